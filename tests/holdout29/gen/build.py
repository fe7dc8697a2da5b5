#!/usr/bin/env python3
"""Deterministic generator for the holdout29 corpus.

Writes ../holdout29.jsonl (next to the README). Standard library only, no
randomness: every account number, phone number, WeChat id, invoice number and
credit code is derived from a fixed key through SHA-256, so two runs produce
byte-identical output.

Focus: three small firms in southern Xinjiang (Kashgar, Aksu, Hotan) whose
books are kept by an outside bookkeeping agency (代理记账) and a part-time
cashier.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout29.jsonl")


# ---------------------------------------------------------------------------
# deterministic identifiers
# ---------------------------------------------------------------------------
def _digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f"holdout29|{key}|{i}".encode()).hexdigest(), 16))
        i += 1
    return out[:n]


def acct(key, n=19, prefix="62"):
    """Fictitious bank account number of n digits."""
    return prefix + _digits("acct:" + key, n - len(prefix))


def corp(key, n=17, prefix="30"):
    return acct(key, n, prefix)


def mobile(key):
    """Fictitious mobile number 1XX0000xxxx with XX in 46/65/74."""
    d = _digits("mob:" + key, 5)
    pre = ["146", "165", "174"][int(d[0]) % 3]
    return pre + "0000" + d[1:5]


def landline(area, key):
    return f"{area}-0000{_digits('tel:' + key, 3)}"


def wxid(key):
    h = hashlib.sha256(f"holdout29|wx|{key}".encode()).hexdigest()
    n = int(h, 16)
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    s = ""
    for _ in range(14):
        n, r = divmod(n, 36)
        s += alphabet[r]
    return "wxid_" + s


def invoice(key):
    return "2665" + _digits("inv:" + key, 16)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(kind2, area6, key):
    """Unified social credit code with a valid organisation-code check and check character."""
    h = int(hashlib.sha256(f"holdout29|uscc|{key}".encode()).hexdigest(), 16)
    body = "MA"
    for _ in range(6):
        h, r = divmod(h, 31)
        body += USCC_CHARS[r]

    def oval(c):
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(oval(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    s17 = kind2 + area6 + body + c9
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    check = (31 - total % 31) % 31
    return s17 + USCC_CHARS[check]


def money(x):
    return f"{Decimal(str(x)):.2f}"


# ---------------------------------------------------------------------------
# line builders
# ---------------------------------------------------------------------------
LINES = []
COUNTERS = {}
RIDS = {}


def ts(date, time):
    return f"2026-{date}T{time}:00+08:00"


def _rid(prefix, kind, date):
    code = "FK" if kind == "payment" else "DD"
    d = "2026" + date.replace("-", "")
    k = (prefix, code, d)
    COUNTERS[k] = COUNTERS.get(k, 0) + 1
    return f"{prefix}-{code}-{d}{COUNTERS[k]:03d}"


def _line(tenant, phase, kind, label, scam_type, expect, signals, note, request):
    line = {
        "id": None,
        "tenant": tenant,
        "phase": phase,
        "kind": kind,
        "label": label,
        "scam_type": scam_type,
        "expect": expect,
    }
    if phase == "history":
        line["outcome"] = "executed"
    line["signals"] = list(signals)
    line["note"] = note
    line["request"] = request
    LINES.append(line)
    return line


class Tenant:
    def __init__(self, tid, prefix, payer_name, payer_acct):
        self.tid = tid
        self.prefix = prefix
        self.payer = {"account_no": payer_acct, "account_name": payer_name}

    def pay(self, phase, date, time, payee, amount, purpose, memo, ch, frm, contact, text,
            urgent, req, appr, order=None, contract=None, inv=None, changed=None,
            verif=None, label="legit", st=None, expect="allow", signals=(), note="", key=None):
        rid = _rid(self.prefix, "payment", date)
        if key:
            RIDS[key] = rid
        r = {
            "request_id": rid,
            "submitted_at": ts(date, time),
            "payer": dict(self.payer),
            "payee": dict(payee),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": ch, "from_name": frm, "from_contact": contact,
                            "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
            "payee_account_changed_at": changed,
        }
        if verif:
            r["verification"] = verif
        return _line(self.tid, phase, "payment", label, st, expect, signals, note, r)

    def order(self, phase, date, time, customer, items, ch, address, deadline, terms, notes,
              third=None, fees=(), label="legit", st=None, expect="allow", signals=(),
              note="", key=None):
        rid = _rid(self.prefix, "order", date)
        if key:
            RIDS[key] = rid
        its = []
        total = Decimal("0")
        for prod, qty, unit, price in items:
            its.append({"product": prod, "quantity": qty, "unit": unit, "unit_price": money(price)})
            total += Decimal(qty) * Decimal(money(price))
        r = {
            "record_id": rid,
            "received_at": ts(date, time),
            "customer": dict(customer),
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": ch,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third,
            "fees_requested": [{"reason": a, "amount": money(b)} for a, b in fees],
            "notes": notes,
        }
        return _line(self.tid, phase, "order", label, st, expect, signals, note, r)


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def verification(number, by, date, time):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(date, time)}


# ===========================================================================
# Tenant 1: gaotai — 喀什高台国际旅行社有限公司 (travel agency + tour-bus fleet, Kashgar)
# ===========================================================================
GT = Tenant("gaotai", "GT", "喀什高台国际旅行社有限公司", corp("gt-payer", 17, "30"))
GT_OWNER = "艾尔肯·吐尔逊（艾总）"
GT_OWNER_WX = wxid("gt-owner")
GT_OWNER_TEL = mobile("gt-owner")
GT_BK = "周慧"          # agency bookkeeper (喀什信达财税代理记账有限公司), ERP login E2190
GT_OPS = "马莉"         # 计调 / operations manager E2105
GT_CASH = "古再丽努尔·艾买提"  # part-time cashier E2102

gt_v = {
    "hotel": payee("喀什古韵大酒店有限公司", corp("gt-hotel-new2026", 19, "62"), "中国工商银行喀什分行",
                   vendor_id="V-GT01", phone=landline("0998", "gt-hotel")),
    "yurt": payee("塔什库尔干县帕米尔云顶旅游服务有限公司", corp("gt-yurt", 17, "30"),
                  "中国农业银行塔什库尔干县支行", vendor_id="V-GT02", phone=landline("0998", "gt-yurt")),
    "fuel": payee("喀什丝路能源加油站有限公司", corp("gt-fuel", 18, "65"), "中国建设银行喀什分行",
                  vendor_id="V-GT03", phone=landline("0998", "gt-fuel")),
    "repair": payee("喀什市通达汽车修理有限公司", corp("gt-repair", 18, "88"), "喀什农村商业银行",
                    vendor_id="V-GT04", phone=landline("0998", "gt-repair")),
    "books": payee("喀什信达财税代理记账有限公司", corp("gt-books", 19, "10"), "中国银行喀什分行",
                   vendor_id="V-GT06", phone=landline("0998", "gt-books")),
    "food": payee("喀什老城巴扎风味餐饮有限公司", corp("gt-food", 17, "30"), "中国农业银行喀什分行",
                  vendor_id="V-GT07", phone=landline("0998", "gt-food")),
    "tax": payee("国家金库喀什市中心支库", corp("gt-tax", 17, "65"), "国家金库喀什市中心支库",
                 vendor_id="TAX-01"),
    "payroll": payee("中国农业银行喀什分行（代发工资专户）", corp("gt-payroll", 19, "30"),
                     "中国农业银行喀什分行", vendor_id="PAY-01"),
    "guide": payee("努尔曼古丽·阿不力米提", acct("gt-guide"), "喀什农村商业银行", "personal",
                   vendor_id="G-GT01", phone=mobile("gt-guide")),
}
GT_HOTEL_CHANGED = "2026-01-12T11:20:00+08:00"

gt_c = {
    "tianma": customer("乌鲁木齐天马国际旅行社有限公司", uscc("91", "650102", "gt-tianma"), "孙建华",
                       landline("0991", "gt-tianma"), "sunjh@tianma-travel.cn", None, "C-GT01"),
    "pujiang": customer("上海浦江假日旅行社有限公司", uscc("91", "310101", "gt-pujiang"), "陈静怡",
                        landline("021", "gt-pujiang"), "groups@pujiang-holiday.com", None, "C-GT02"),
}


def gt_erp(memo, contract=None, inv=None):
    parts = ["ERP付款单：" + memo]
    if contract:
        parts.append("合同" + contract)
    if inv:
        parts.append("发票" + inv)
    return "｜".join(parts)


def build_gaotai():
    H, T = "history", "test"
    v = gt_v
    # ---------------- history ----------------
    GT.pay(H, "03-04", "11:20", v["payroll"], "77480.00", "工资", "2月工资代发（司机、导游、计调共18人）",
           "erp", GT_BK, None, "ERP付款单：2月工资代发（18人），工资表经艾总审批", False, "E2190", ["E2100"],
           note="February payroll through the bank's payroll account.")
    GT.order(H, "03-10", "12:05", gt_c["tianma"],
             [("喀什古城—塔县—喀拉库勒湖4日地接（含车、导、住宿）", "26", "人", "1850.00")],
             "email", "喀什机场接团，行程见确认单", "2026-04-02", "团款出团前7日汇入我社对公账户",
             "4月2日团，26人含全陪1人，按确认单执行。",
             note="Ground-handling booking from the established Urumqi agency.")
    GT.pay(H, "03-13", "10:45", v["tax"], "6820.50", "税款", "2月增值税及附加、代扣个税",
           "erp", GT_BK, None, "电子税务局三方协议扣款：2月增值税及附加、代扣个税", False, "E2190", ["E2100"],
           note="Monthly tax by tripartite debit.")
    inv = invoice("gt-h-books1")
    GT.pay(H, "03-18", "15:30", v["books"], "4500.00", "服务费", "2026年一季度代理记账服务费",
           "erp", GT_BK, None, gt_erp("2026年一季度代理记账服务费｜信达财税", "GT-FW-2025-009", inv), False,
           "E2190", ["E2100"], contract="GT-FW-2025-009", inv=inv,
           note="Quarterly fee of the outside bookkeeping agency.")
    inv = invoice("gt-h-fuel1")
    GT.pay(H, "03-24", "16:10", v["fuel"], "30000.00", "油费", "大巴车队加油卡充值（12台车）",
           "erp", GT_BK, None, gt_erp("大巴车队加油卡充值｜丝路能源", "GT-CG-2026-002", inv), False,
           "E2190", ["E2100"], contract="GT-CG-2026-002", inv=inv,
           note="Fuel-card top-up for the bus fleet.")
    inv = invoice("gt-h-repair1")
    GT.pay(H, "03-31", "11:50", v["repair"], "12600.00", "维修费", "3号车（新Q·2T635）保养及更换刹车片",
           "erp", GT_BK, None, gt_erp("3号车保养及更换刹车片｜通达汽修", "GT-WX-2026-002", inv), False,
           "E2190", ["E2100"], contract="GT-WX-2026-002", inv=inv,
           note="Bus maintenance by the regular repair shop.")
    GT.order(H, "04-08", "14:20", gt_c["pujiang"],
             [("南疆喀什—帕米尔高原5日游地接", "32", "人", "2680.00")],
             "email", "喀什机场接团", "2026-05-06", "出团前付清团款",
             "5月6日团32人，含领队1人，住宿标准按报价单A。",
             note="Ground-handling booking from the established Shanghai sender.")
    GT.pay(H, "04-10", "12:40", v["payroll"], "79260.00", "工资", "3月工资代发（18人）",
           "erp", GT_BK, None, "ERP付款单：3月工资代发（18人），工资表经艾总审批", False, "E2190", ["E2100"],
           note="March payroll.")
    inv = invoice("gt-h-hotel1")
    GT.pay(H, "04-15", "16:35", v["hotel"], "38400.00", "住宿费", "4月上旬两团房费（64间夜）",
           "erp", GT_BK, None, gt_erp("4月上旬两团房费｜古韵大酒店", "GT-ZS-2026-001", inv), False,
           "E2190", ["E2100"], contract="GT-ZS-2026-001", inv=inv, changed=GT_HOTEL_CHANGED,
           note="Hotel paid on the account it moved to in January, verified by call-back then.")
    GT.order(H, "04-20", "12:15",
             customer("张伟", None, "张伟", mobile("gt-zhangwei"), None, wxid("gt-zhangwei"), None),
             [("喀什—塔县4日精品小包团（7月12日出发）", "4", "人", "2300.00")],
             "im", "喀什机场接站", "2026-07-12", "全款预付（已到账）",
             "一家四口，两大两小，暑假7月12日出发，团款9200元已转到贵社对公账户。",
             note="Walk-in family books a July small-group tour and prepays it.", key="gt-zhangwei")
    inv = invoice("gt-h-yurt1")
    GT.pay(H, "04-22", "15:50", v["yurt"], "21600.00", "住宿费", "4月两团毡房住宿及石头城门票",
           "erp", GT_BK, None, gt_erp("4月两团毡房住宿及门票｜帕米尔云顶", "GT-ZS-2026-003", inv), False,
           "E2190", ["E2100"], contract="GT-ZS-2026-003", inv=inv,
           note="Yurt camp and site tickets in Tashkurgan.")
    GT.pay(H, "04-28", "11:35", v["guide"], "4200.00", "劳务费", "4月两团地陪导游服务费（7天）",
           "erp", GT_BK, None, "ERP付款单：外聘导游努尔曼古丽4月两团带团劳务费7天，按600元/天", False,
           "E2190", ["E2100"],
           note="Freelance guide's day fees to her own card.")
    GT.order(H, "05-06", "12:25", gt_c["tianma"],
             [("喀什古城—塔县—喀拉库勒湖4日地接（含车、导、住宿）", "40", "人", "1920.00")],
             "email", "喀什机场接团，行程见确认单", "2026-05-28", "团款出团前7日汇入我社对公账户",
             "5月28日团40人，两台车。",
             note="Ground-handling booking from the established Urumqi agency.")
    inv = invoice("gt-h-food1")
    GT.pay(H, "05-07", "16:05", v["food"], "15360.00", "餐费", "4月团餐（5个团 96人次）",
           "erp", GT_BK, None, gt_erp("4月团餐｜巴扎风味餐饮", "GT-CY-2026-001", inv), False,
           "E2190", ["E2100"], contract="GT-CY-2026-001", inv=inv,
           note="Group meals at the regular restaurant.")
    inv = invoice("gt-h-hotel2")
    GT.pay(H, "05-08", "11:10", v["hotel"], "44800.00", "住宿费", "五一期间三团房费（72间夜）",
           "im", GT_OWNER, GT_OWNER_WX,
           "周会计，古韵酒店五一期间三个团的房费44800，发票到了，今天付掉，我在手机上批了。", False,
           "E2190", ["E2100"], contract="GT-ZS-2026-001", inv=inv, changed=GT_HOTEL_CHANGED,
           note="Owner's WeChat say-so, keyed and approved in the ERP, for the regular hotel.")

    # ---------------- test ----------------
    GT.order(T, "05-12", "11:05", gt_c["pujiang"],
             [("南疆喀什—帕米尔高原5日游地接", "28", "人", "2680.00")],
             "email", "喀什机场接团", "2026-06-02", "出团前付清团款",
             "6月2日团28人，住宿标准按报价单A，有两位老人需低楼层。",
             note="Routine: Booking from the established Shanghai sender.")
    inv = invoice("gt-t-fuel")
    GT.pay(T, "05-13", "16:20", v["fuel"], "40000.00", "油费", "旺季车队加油卡充值（12台车）",
           "erp", GT_BK, None, gt_erp("旺季车队加油卡充值｜丝路能源", "GT-CG-2026-002", inv), False,
           "E2190", ["E2100"], contract="GT-CG-2026-002", inv=inv,
           signals=["topup_words"],
           note="Hard negative: Peak-season fuel-card top-up paid to the regular fuel company's corporate account.")
    GT.order(T, "05-15", "12:40",
             customer("中晟能源集团有限公司工会委员会", None, "刘主席", mobile("gt-zs-union"), "zsny_gh@163.com",
                      wxid("gt-zs-union"), None),
             [("帕米尔高原疗休养6日团（含接送、食宿）", "300", "人", "2980.00")],
             "im", "喀什机场分5批接团，行程另定", "2026-06-20", "工会经费9月底统一拨付，先按月结",
             "我们集团工会今年职工疗休养放在喀什，300人分五批，第一批6月20日到。价格就按你报的，不用再谈了。"
             "工会经费要等9月拨下来，你们先把车和酒店都订好，合同我们盖好章快递过去。"
             "有事微信联系我，办公室电话在装修暂时打不通。",
             label="scam", st="fake_purchaser", expect="flag",
             signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                      "contact_im_only", "free_mail"],
             note="A self-styled energy-group trade union books a 300-person rest tour at the quoted price "
                  "without haggling, wants buses and hotels held on credit until September, reachable only on WeChat.")
    inv = invoice("gt-t-food1")
    GT.pay(T, "05-18", "11:30", v["food"], "17280.00", "餐费", "5月上旬团餐（6个团 108人次）",
           "erp", GT_BK, None, gt_erp("5月上旬团餐｜巴扎风味餐饮", "GT-CY-2026-001", inv), False,
           "E2190", ["E2100"], contract="GT-CY-2026-001", inv=inv,
           note="Routine: Group meals at the regular restaurant.")
    GT.pay(T, "05-19", "15:10",
           payee("喀什高台国际旅行社有限公司", corp("gt-qualdep", 19, "29"), "中国工商银行喀什分行"),
           "200000.00", "保证金", "旅游服务质量保证金存缴（银行保函到期转现金）",
           "erp", GT_BK, None,
           "ERP付款单：按地区文旅局《关于旅游服务质量保证金存缴的通知》，本社质量保证金银行保函5月25日到期，"
           "改为现金存入本社在工行开立的质量保证金专用存款账户（户名：喀什高台国际旅行社有限公司），"
           "存款协议已与银行签订", False, "E2190", ["E2100"],
           signals=["deposit_words", "authority_words", "first_time_payee"],
           note="Hard negative: The agency moves its statutory tourism quality deposit from an expiring bank "
                "guarantee into a deposit account in its own name, as the tourism bureau's notice requires.")
    gt_wj = wxid("gt-wj-yang")
    GT.order(T, "05-21", "17:45",
             customer("武警某部喀什支队后勤处", None, "杨助理", mobile("gt-wj-yang"), None, gt_wj, None),
             [("塔县—喀拉库勒湖2日团建（含车、餐、住）", "45", "人", "1280.00")],
             "im", "喀什市营区门口集合", "2026-06-06", "活动结束后凭发票统一对公结算",
             "团建定了，45人。另外领导交代每人带一箱牦牛肉干回去，要雪域珍品那家的，60箱一箱480，"
             "他们只认熟人订单，麻烦你们帮我们代订，钱跟团费一起结给你们。",
             third={"name": "喀什市雪域珍品特产商行", "contact": mobile("gt-xueyu"),
                    "role": "designated_supplier", "amount": "28800.00"},
             label="scam", st="fake_order", expect="flag",
             signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                      "contact_im_only"],
             note="A caller claiming to be an armed-police unit's logistics office books a team-building trip and "
                  "asks the agency to buy 60 boxes of yak jerky from a shop he names, settled with the tour fee.",
             key="gt-wj")
    GT.pay(T, "05-22", "11:50",
           payee("喀什市雪域珍品特产商行", acct("gt-xueyu"), "喀什农村商业银行", "personal",
                 phone=mobile("gt-xueyu")),
           "28800.00", "代采购", "代购牦牛肉干60箱（武警团建订单）",
           "im", "杨助理", gt_wj,
           "马经理，团费我们财务昨天已经对公转了，截图你看一下，银行说跨行要两个工作日才到。"
           "特产店那边今天不付款就不给留货了，你们先把28800转给他们，回头一起结。", True,
           "E2105", [], order=RIDS["gt-wj"],
           label="scam", st="fake_order", expect="block",
           signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                    "fake_payment_proof", "im_instruction", "no_approval", "urgency"],
           note="The ops manager is asked to advance 28.8k to the jerky shop the 'armed-police' customer named; "
                "the customer's own payment is only a screenshot of a transfer 'still in transit'.")
    GT.pay(T, "05-25", "21:40",
           payee("喀什远景商贸有限公司", corp("gt-yuanjing", 19, "62"), "中国民生银行广州天河支行"),
           "186000.00", "定金", "节后包车合作定金",
           "im", "艾尔肯·吐尔逊", "微信群:高台旅行社管理群（当晚新建）",
           "艾尔肯·吐尔逊：@周会计 明天开始过节，有个事今晚要办\n"
           "周会计：艾总您说\n"
           "艾尔肯·吐尔逊：农行基本户现在能用的有多少？发个截图\n"
           "周会计：可用21万多一点，截图发您了\n"
           "艾尔肯·吐尔逊：节后有一批包车的大单，对方要先收定金，你先给喀什远景商贸转186000，"
           "审批的事过完节我来补，这事先别跟其他人说", True,
           "E2190", [],
           label="scam", st="boss_impersonation", expect="block",
           signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "secrecy_words",
                    "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency", "off_hours",
                    "unusual_bank_region"],
           note="On the eve of Corban a fake owner in a WeChat group created that evening has the agency "
                "bookkeeper screenshot the balance, then orders a 186k 'charter deposit' to an unknown trading "
                "firm, approval 'after the holiday'.")
    inv = invoice("gt-t-yurt-corban")
    GT.pay(T, "05-27", "11:15", v["yurt"], "32400.00", "住宿费", "5月28日到达团毡房及门票尾款（54人）",
           "im", GT_OWNER, GT_OWNER_WX,
           "周会计，过节也辛苦你一下，明天塔县那个54人的团，云顶那边毡房和门票尾款32400今天要付掉，"
           "不然他们不留房。我在手机上批了。", True,
           "E2190", ["E2100"], contract="GT-ZS-2026-003", inv=inv,
           signals=["off_hours", "im_instruction", "boss_role", "urgency"],
           note="Hard negative: On Corban day the real owner, from his usual WeChat, asks the bookkeeper to pay the "
                "regular yurt camp's balance for a group arriving next day and approves it in the ERP app.")
    GT.pay(T, "06-01", "12:20", v["payroll"], "96340.00", "工资", "5月工资代发（旺季22人）",
           "erp", GT_BK, None, "ERP付款单：5月工资代发（22人，含旺季临时司机4人），工资表经艾总审批", False,
           "E2190", ["E2100"],
           note="Routine: May payroll through the bank's payroll account.")
    GT.pay(T, "06-03", "16:05",
           payee("喀什老城巴扎风味餐饮有限公司", corp("gt-food-new", 19, "62"), "招商银行深圳福田支行",
                 vendor_id="V-GT07", phone=landline("0998", "gt-food")),
           "19680.00", "餐费", "5月下旬团餐（7个团 123人次）",
           "email", "巴扎风味餐饮 财务室", "bazarfw_cw@163.com",
           "高台旅行社财务：您好！我店原农行账户因年度审计暂停收款，自即日起餐费请汇入以下新账户，户名不变，"
           "开户行招商银行深圳福田支行。原账户请勿再汇款，以免退票影响结算。巴扎风味餐饮 财务室", False,
           "E2190", ["E2100"], contract="GT-CY-2026-001", inv=invoice("gt-t-food2"),
           changed="2026-05-30T15:10:00+08:00",
           label="scam", st="account_change", expect="block",
           signals=["account_changed_recent", "first_time_payee", "email_instruction", "free_mail",
                    "account_change_words", "unusual_bank_region"],
           note="A free-mail message 'from the restaurant's finance office' moves its account to a Shenzhen bank "
                "for an 'annual audit'; keyed into the vendor master four days ago, first payment now.")
    inv = invoice("gt-t-hotel")
    GT.pay(T, "06-05", "11:40", v["hotel"], "52800.00", "住宿费", "5月下旬三团房费（88间夜）",
           "erp", GT_BK, None, gt_erp("5月下旬三团房费｜古韵大酒店", "GT-ZS-2026-001", inv), False,
           "E2190", ["E2100"], contract="GT-ZS-2026-001", inv=inv, changed=GT_HOTEL_CHANGED,
           signals=["account_changed_long_ago"],
           note="Hard negative: Hotel paid on the account it moved to in January 2026, confirmed then by call-back "
                "and paid several times since.")
    GT.order(T, "06-08", "15:30",
             customer("上海浦江嘉日旅行社有限公司", uscc("91", "310101", "gt-jiari"), "陈晓",
                      mobile("gt-jiari"), "pj_jiari@126.com", None, None),
             [("南疆喀什—帕米尔高原5日游地接", "60", "人", "2680.00")],
             "email", "喀什机场接团（两批）", "2026-07-05", "回团后30日内结清",
             "暑期亲子团60人，行程和报价同4月那团，分两批到，具体名单下周发。",
             label="scam", st="fake_purchaser", expect="flag",
             signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
                      "large_first_order", "free_mail"],
             note="Structural only: a name one character off the established Shanghai sender (嘉日 for 假日) books 60 "
                  "people on the same itinerary with 30-day post-tour credit, from a new mobile and a free-mail "
                  "address; the text is ordinary.")
    zw_acct = acct("gt-zhangwei")
    GT.pay(T, "06-10", "12:10", payee("张伟", zw_acct, "中国建设银行西安分行", "personal"),
           "8740.00", "退款", "7月12日小包团退团退款（张伟一家4人，扣5%损失）",
           "erp", GT_OPS, None,
           f"ERP付款单：张伟一家因孩子生病取消7月12日团，团款9200元已于4月20日到账，按合同扣除5%损失后"
           f"原路退回其付款卡（建行尾号{zw_acct[-4:]}），退团申请及诊断证明已附", False,
           "E2105", ["E2100"], order=RIDS["gt-zhangwei"],
           signals=["refund_words", "personal_account", "first_time_payee"],
           note="Hard negative: A family that prepaid in April cancels; the refund less the contractual 5% goes back "
                "to the card that paid, long after the money cleared.")
    GT.pay(T, "06-12", "22:30",
           payee("刘洋", acct("gt-liuyang"), "中国邮政储蓄银行佛山分行", "personal"),
           "5000.00", "配件款", "预付大巴配件款",
           "im", "接单客服-小雨", wxid("gt-task"),
           "亲，您的第3单任务已派发，需充💰值5000元激活，完成后本金+佣金6500元一起返还到您卡上，"
           "超时未完成视为放弃。请转至下方账户：刘洋 邮储银行", True,
           "E2102", [],
           label="scam", st="task_rebate", expect="block",
           signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval",
                    "no_po_contract", "im_instruction", "urgency", "off_hours", "evasion_symbols"],
           note="Late at night the part-time cashier, caught in a task-rebate scam, keys a 5k 'bus parts "
                "prepayment' to a private card; the pasted chat asks a 'third task' top-up with an emoji inside "
                "the keyword.")
    GT.order(T, "06-15", "16:40", gt_c["tianma"],
             [("喀什古城—塔县—喀拉库勒湖4日地接（含车、导、住宿）", "38", "人", "1920.00")],
             "email", "喀什机场接团，行程见确认单", "2026-07-01", "团款出团前7日汇入我社对公账户",
             "7月1日团38人，其中3人素食。",
             note="Routine: Booking from the established Urumqi agency.")
    GT.pay(T, "06-17", "11:55", v["guide"], "6300.00", "劳务费", "5月三团地陪导游服务费（9天）",
           "erp", GT_BK, None, "ERP付款单：外聘导游努尔曼古丽5月三团带团劳务费9天，按700元/天", False,
           "E2190", ["E2100"],
           signals=["personal_account"],
           note="Hard negative: The regular freelance guide's day fees go to her own card, as every month.")
    GT.pay(T, "06-18", "12:30",
           payee("喀什地区旅游服务质量保证金监管中心", corp("gt-fake-jg", 19, "62"), "中国工商银行东莞分行"),
           "50000.00", "保证金", "质量保证金配合调查",
           "phone", "地区文旅局市场管理科 王科长", landline("0998", "gt-fake-wenlv"),
           "（古再丽努尔电话记录）王科长说我社质量保证金涉及一起旅游诈骗案的流水，要配合公安调查，今天下班前必须转5万，"
           "查清后原路退回，不许告诉别人，否则按妨碍调查处理。随后收到短信如下：\n"
           "【文旅局】贵社质量保证金需进行资 金 核 查，请于今日17:00前将50000元转入监 管 账 户："
           "喀什地区旅游服务质量保证金监管中心 工行东莞分行。逾期冻结贵社经营资格。", True,
           "E2102", [],
           label="scam", st="authority_impersonation", expect="block",
           signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words",
                    "first_time_payee", "no_approval", "urgency", "unusual_bank_region", "evasion_spacing"],
           note="A caller posing as the prefecture tourism bureau tells the part-time cashier the quality deposit is "
                "under 'fund verification' and 50k must go to a 'supervision account' (spaced out in the SMS), "
                "in secret.")
    inv = invoice("gt-t-tyre")
    GT.pay(T, "06-22", "15:15",
           payee("喀什市鑫路轮胎销售有限公司", corp("gt-tyre", 18, "88"), "喀什农村商业银行",
                 vendor_id="V-GT08", phone=landline("0998", "gt-tyre")),
           "16800.00", "货款", "大巴轮胎8条（帕米尔线换季）",
           "im", GT_OWNER, GT_OWNER_WX,
           "周会计，5号车和8号车下午要跑塔县，轮胎得今天换，鑫路轮胎8条16800，合同和发票刚拍给你了，"
           "我在手机上批了，你付一下。", True,
           "E2190", ["E2100"], contract="GT-CG-2026-011", inv=inv,
           verif=verification(GT_OWNER_TEL, "E2190", "06-22", "15:05"),
           signals=["im_instruction", "boss_role", "first_time_payee", "urgency"],
           note="Hard negative: The owner, from his usual WeChat, asks for a first payment to a new tyre dealer the "
                "same afternoon; contract and invoice attached, approved in the ERP and confirmed by calling his "
                "number on file.")
    GT.pay(T, "06-24", "17:20",
           payee("深圳市恒信达供应链管理有限公司", corp("gt-hengxinda", 19, "62"), "平安银行深圳分行"),
           "96040.00", "代付", "代付团款（广州粤行旅行社）",
           "im", "广州粤行旅行社 黄总", wxid("gt-yuexing"),
           "马经理，我们那个团款98000已经打到你们对公账户了，麻烦借用一下你们公户过一下账，"
           "扣掉2%给你们当辛苦费，剩下96040转到深圳恒信达这个账户，我们老板急着用。", True,
           "E2105", [],
           label="scam", st="account_lending", expect="block",
           signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "new_contact",
                    "no_approval", "urgency", "fee_words"],
           note="A Guangzhou 'partner agency' has 98k land in the agency's account and asks to pass it through, "
                "keeping 2%, to a Shenzhen supply-chain firm.")
    GT.pay(T, "06-26", "11:35", v["tax"], "14350.80", "税款", "5月增值税及附加、代扣个税",
           "erp", GT_BK, None, "电子税务局三方协议扣款：5月增值税及附加、代扣个税", False, "E2190", ["E2100"],
           note="Routine: Monthly tax by tripartite debit.")
    GT.order(T, "06-29", "12:05",
             customer("香港嘉華假期旅遊有限公司", None, "黃小姐", None, "groups@kahwa-holidays.hk", None, None),
             [("喀什—塔縣—帕米爾高原6日遊地接", "22", "人", "3380.00")],
             "email", "喀什機場接團", "2026-08-08", "訂金30%已電匯（已到賬），餘款出團前14日付清",
             "您好！本社8月8日團共22位團友，行程按貴社報價單第二方案，訂金22308元已於6月26日電匯至貴社對公帳戶，"
             "請查收並回傳確認書。謝謝！",
             signals=["new_customer", "evasion_traditional"],
             note="Hard negative: A Hong Kong agency writes its first booking in traditional characters; the 30% "
                  "deposit has already arrived by wire and the balance is due before departure.")
    GT.pay(T, "07-01", "15:50",
           payee("热合曼·买买提", acct("gt-rehman-new"), "中国邮政储蓄银行喀什分行", "personal"),
           "23200.00", "工资", "6月司机旺季加班费（8人）",
           "im", "车队长 热合曼", wxid("gt-rehman-fake"),
           "周会计，我原来的微信登不上了，用这个号。6月8个司机的加班费都打到我这张新卡上，我来发给他们，"
           "他们在山上跑车，银行卡都不在身上。名单我发你了。", False,
           "E2190", ["E2100"],
           label="scam", st="fake_salary", expect="block",
           signals=["payee_shared_by_employees", "payroll_change", "personal_account", "first_time_payee",
                    "im_instruction", "new_contact"],
           note="A 'new WeChat' of the bus-team leader asks that eight drivers' June overtime all go to one new "
                "card in his name.")
    GT.order(T, "07-03", "11:10",
             customer("新疆天和电力有限公司工会委员会", uscc("81", "650102", "gt-tianhe-union"), "赵敏",
                      landline("0991", "gt-tianhe"), "gonghui@tianhe-power.com.cn", None, None),
             [("帕米尔高原职工疗休养5日团", "60", "人", "2780.00")],
             "erp", "喀什机场接团（两批，7月20日、7月27日）", "2026-07-20",
             "合同签订后预付30%（已到账），余款验收后30日内支付",
             "经公司电子采购平台询价成交（成交通知书 THDL-CG-2026-0433），合同已双方盖章，预付款50040元已到账。",
             signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
             note="Hard negative: A power company's trade union books a rest tour through its e-procurement platform, "
                  "with a signed contract and a 30% prepayment already received.")
    GT.pay(T, "07-06", "16:30",
           payee("李娜", acct("gt-lina"), "中国建设银行乌鲁木齐分行", "personal"),
           "38000.00", "押金", "塔县酒店旺季包房押金",
           "im", GT_OWNER, wxid("gt-owner-fake2"),
           "周会计，我原来的威信被封了，加这个新号。我在塔县山上信号不好，别打电话，有事发消息。"
           "石头城那边酒店旺季包房要交38000押金，他们经理让先打到她个人卡上，李娜，建行。你先转，单子我下山补。", True,
           "E2190", [],
           label="scam", st="boss_impersonation", expect="flag",
           signals=["im_instruction", "new_contact", "cannot_call", "personal_account", "personal_account_pretext",
                    "first_time_payee", "no_approval", "boss_role", "deposit_words", "bypass_process", "urgency",
                    "evasion_homophone"],
           note="A fake owner on a 'new' account (spelt 威信) who 'has no signal in the mountains' asks for a 38k "
                "hotel deposit to a hotel manager's private card, paperwork later.")
    inv = invoice("gt-t-yurt2")
    GT.pay(T, "07-08", "12:45", v["yurt"], "43200.00", "住宿费", "7月上旬三团毡房住宿及门票",
           "erp", GT_BK, None, gt_erp("7月上旬三团毡房住宿及门票｜帕米尔云顶", "GT-ZS-2026-003", inv), False,
           "E2190", ["E2100"], contract="GT-ZS-2026-003", inv=inv,
           note="Routine: Yurt camp and site tickets in Tashkurgan.")
    inv = invoice("gt-t-repair2")
    GT.pay(T, "07-13", "15:05",
           payee("喀什市通达汽车修理有限公司", corp("gt-repair-new", 19, "62"), "中国农业银行乌鲁木齐米东支行",
                 vendor_id="V-GT04", phone=landline("0998", "gt-repair")),
           "18600.00", "维修费", "1号车（新Q·2T618）变速箱维修",
           "erp", GT_BK, None, gt_erp("1号车变速箱维修｜通达汽修", "GT-WX-2026-002", inv), False,
           "E2190", ["E2100"], contract="GT-WX-2026-002", inv=inv, changed="2026-07-10T18:40:00+08:00",
           label="scam", st="account_change", expect="block",
           signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
           note="Structural only: the repair shop's bank details were switched three days ago to an Urumqi account; "
                "the gearbox repair request itself reads as routine.")
    am_acct = acct("gt-amina")
    GT.pay(T, "07-15", "16:10", payee("阿米娜·吐尔洪", am_acct, "中国工商银行喀什分行", "personal"),
           "7850.00", "工资", "6月工资及离职结算（员工：阿米娜·吐尔洪）",
           "erp", GT_BK, None,
           "ERP付款单：导游阿米娜·吐尔洪6月工资及离职结算。本人7月14日来公司办离职，当面提交新工资卡复印件和身份证，"
           "已核对户名一致", False, "E2190", ["E2100"],
           signals=["payroll_change", "personal_account", "first_time_payee"],
           note="Hard negative: A guide who left hands in her new wage card in person with her ID; the final pay goes "
                "to a card in her own name.")
    GT.pay(T, "07-17", "11:45",
           payee("王静", acct("gt-wangjing"), "中国民生银行郑州分行", "personal"),
           "24000.00", "退款", "研学团定金多付退回",
           "im", "郑州启航研学 刘老师", wxid("gt-qihang"),
           "马经理您好，我们财务把研学团定金付了两遍，各24000，转账截图发您了，银行说跨行还在处理中。"
           "麻烦把多的24000先退给我们财务王静的个人卡，学校的账户退不了，孩子下周就到喀什了，谢谢！", True,
           "E2105", [], order="GT-DD-20260714002",
           label="scam", st="overpayment_refund", expect="block",
           signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof",
                    "personal_account", "first_time_payee", "im_instruction", "no_approval", "urgency"],
           note="A new study-tour organiser says its deposit went out twice (a 'still processing' screenshot) and "
                "wants 24k back to its accountant's private card at once.")
    GT.order(T, "07-20", "12:00", gt_c["tianma"],
             [("塔县高端摄影团5日（指定酒店）", "35", "人", "3680.00")],
             "email", "喀什机场接团", "2026-08-03", "全款预付（已到账）",
             "客人点名住石头城精品酒店（28间夜），请贵社按协议价代订，房费含在团款内，团款128800元已于7月17日汇出。",
             third={"name": "塔什库尔干县石头城精品酒店有限公司", "contact": landline("0998", "gt-stonecity"),
                    "role": "designated_supplier", "amount": "33600.00"},
             signals=["designated_supplier"],
             note="Hard negative: The established Urumqi ground-handler asks for a named boutique hotel inside a fully "
                  "prepaid package; the customer's money has already arrived.", key="gt-photo")
    inv = invoice("gt-t-books2")
    GT.pay(T, "07-21", "12:15", v["books"], "9600.00", "服务费", "2026年下半年代理记账及年度汇算清缴服务费",
           "erp", GT_BK, None,
           "ERP付款单：信达财税服务合同续签（2026年7月—12月），含汇算清缴和工商年报，发票已到｜合同GT-FW-2026-004｜发票"
           + inv, False, "E2190", ["E2100"], contract="GT-FW-2026-004", inv=inv,
           signals=["renewal_bill"],
           note="Hard negative: The outside bookkeeping firm's half-year renewal bill, paid to the firm the agency has "
                "used for years.")
    GT.pay(T, "07-23", "17:05",
           payee("华夏网络品牌管理中心", corp("gt-domain", 19, "62"), "中国银行成都高新支行"),
           "3600.00", "服务费", "中文域名“高台旅游.中国”续费（3年）",
           "email", "华夏网络品牌管理中心 审核部", "shenhe@hxppgl.com",
           "喀什高台国际旅行社有限公司：贵单位注册的中文域名“高台旅游.中国”“高台旅行社.中国”将于7月31日到期，"
           "逾期将被其他机构抢注，影响贵单位品牌。请于7月28日前缴纳续费3600元（3年），到账后为贵单位续期。"
           "本函为缴费通知。", True,
           "E2190", [],
           label="scam", st="fake_invoice", expect="flag",
           signals=["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency",
                    "no_approval"],
           note="An official-looking 'renewal notice' for Chinese-language domain names the agency never registered "
                "asks 3.6k before someone else 'registers them'.")
    inv = invoice("gt-t-stonecity")
    GT.pay(T, "07-28", "11:30",
           payee("塔什库尔干县石头城精品酒店有限公司", corp("gt-stonecity", 17, "30"), "中国农业银行塔什库尔干县支行",
                 vendor_id="V-GT09", phone=landline("0998", "gt-stonecity")),
           "33600.00", "住宿费", "天马8月3日摄影团房费（28间夜）",
           "erp", GT_OPS, None,
           "ERP付款单：天马国旅8月3日团指定酒店房费，团款128800元7月17日已到账（回单0717-026），"
           "与酒店签订协议GT-ZS-2026-014｜发票" + inv, False,
           "E2105", ["E2100"], order=RIDS["gt-photo"], contract="GT-ZS-2026-014", inv=inv,
           signals=["designated_supplier", "sales_order_linked", "first_time_payee"],
           note="Hard negative: The hotel the ground-handler named is paid under a hotel agreement after the group's "
                "money has cleared.")
    GT.pay(T, "08-04", "15:40",
           payee("喀什丝路星河文旅开发有限公司", corp("gt-xinghe", 19, "62"), "中国工商银行长沙分行"),
           "200000.00", "保证金", "沙漠星空营地门票独家代理合作保证金",
           "im", "丝路星河 总经理 韩涛", wxid("gt-xinghe"),
           "艾总，营地是自治区重点文旅项目，投资十几个亿，南疆独家代理只给三家。合作保证金20万先交，名额就锁定，"
           "合同等营地开业前统一签，到时候保证金抵门票款。", True,
           "E2190", ["E2100"],
           label="scam", st="contract_fraud", expect="flag",
           signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "no_po_contract",
                    "fee_asked_of_seller", "im_instruction", "urgency", "unusual_bank_region"],
           note="A two-month-old 'cultural-tourism developer' wants a 200k deposit, approved by the owner, to lock in "
                "exclusive ticket distribution for a desert camp with no contract yet.")
    GT.order(T, "08-12", "11:50", gt_c["pujiang"],
             [("南疆喀什—帕米尔高原5日游地接", "30", "人", "2880.00")],
             "email", "喀什机场接团", "2026-09-02", "出团前付清团款",
             "9月2日团30人，秋季线路价格按新报价单。",
             note="Routine: Booking from the established Shanghai sender.")
    GT.pay(T, "08-17", "16:15", v["tax"], "18920.40", "税款", "7月增值税及附加、代扣个税",
           "erp", GT_BK, None, "电子税务局三方协议扣款：7月增值税及附加、代扣个税，今天申报截止，请尽快确认扣款", True,
           "E2190", ["E2100"],
           signals=["authority_words", "urgency"],
           note="Hard negative: Tax debited to the treasury on the filing deadline, marked urgent.")


# ===========================================================================
# Tenant 2: mingxue — 阿克苏市明学职业技能培训学校 (private vocational training school, Aksu)
# ===========================================================================
MX = Tenant("mingxue", "MX", "阿克苏市明学职业技能培训学校", acct("mx-payer", 19, "65"))
MX_HEAD = "张志刚（校长）"
MX_HEAD_WX = wxid("mx-head")
MX_BK = "刘芳"      # agency bookkeeper (阿克苏众信代理记账有限公司), E2290
MX_CASH = "热依拉·艾海提"  # part-time cashier E2202
MX_EDU = "王海燕"   # 教务主任 E2205

mx_v = {
    "rent": payee("阿克苏金桥物业管理有限公司", corp("mx-rent", 17, "30"), "中国农业银行阿克苏分行",
                  vendor_id="V-MX01", phone=landline("0997", "mx-rent")),
    "weld": payee("阿克苏华工焊接设备有限公司", corp("mx-weld", 18, "65"), "中国建设银行阿克苏分行",
                  vendor_id="V-MX02", phone=landline("0997", "mx-weld")),
    "books": payee("新疆天池职教图书发行有限公司", corp("mx-textbook-2026", 19, "10"), "中国银行阿克苏分行",
                   vendor_id="V-MX03", phone=landline("0991", "mx-textbook")),
    "canteen": payee("阿克苏市康乐餐饮服务有限公司", corp("mx-canteen", 18, "88"), "阿克苏农村商业银行",
                     vendor_id="V-MX04", phone=landline("0997", "mx-canteen")),
    "agency": payee("阿克苏众信代理记账有限公司", corp("mx-agency", 17, "30"), "中国农业银行阿克苏分行",
                    vendor_id="V-MX05", phone=landline("0997", "mx-agency")),
    "exam": payee("阿克苏地区职业技能等级认定评价中心", corp("mx-exam", 19, "29"), "中国工商银行阿克苏分行",
                  vendor_id="V-MX06", phone=landline("0997", "mx-exam")),
    "tax": payee("国家金库阿克苏市中心支库", corp("mx-tax", 17, "65"), "国家金库阿克苏市中心支库",
                 vendor_id="TAX-01"),
    "payroll": payee("中国建设银行阿克苏分行（代发工资专户）", corp("mx-payroll", 19, "65"),
                     "中国建设银行阿克苏分行", vendor_id="PAY-01"),
    "teacher": payee("李建新", acct("mx-teacher"), "中国建设银行阿克苏分行", "personal",
                     vendor_id="T-MX01", phone=mobile("mx-teacher")),
}
MX_BOOKS_CHANGED = "2026-02-09T16:30:00+08:00"

mx_c = {
    "huajin": customer("阿克苏华锦纺织有限公司", uscc("91", "652901", "mx-huajin"), "人事部 沈丽",
                       landline("0997", "mx-huajin"), "hr@huajin-textile.cn", None, "C-MX01"),
    "tahe": customer("新疆塔河建筑安装有限公司", uscc("91", "652901", "mx-tahe"), "王建国",
                     landline("0997", "mx-tahe"), "wangjg@tahe-jianan.com", None, "C-MX02"),
}


def mx_sys(memo, contract=None, inv=None):
    parts = ["财务系统付款申请：" + memo]
    if contract:
        parts.append("合同" + contract)
    if inv:
        parts.append("发票" + inv)
    return "｜".join(parts)


MX_WELD_MARCH_INV = invoice("mx-h-weld1")


def build_mingxue():
    H, T = "history", "test"
    v = mx_v
    # ---------------- history ----------------
    inv = invoice("mx-h-rent1")
    MX.pay(H, "03-03", "11:30", v["rent"], "36000.00", "房租", "校舍租金（3—5月）",
           "erp", MX_BK, None, mx_sys("校舍租金（3—5月）｜金桥物业", "MX-ZL-2025-001", inv), False,
           "E2290", ["E2200"], contract="MX-ZL-2025-001", inv=inv,
           note="Quarterly campus rent.")
    MX.order(H, "03-06", "12:20", mx_c["tahe"], [("焊工（初级）培训及取证", "20", "人", "2800.00")],
             "email", "明学学校焊接实训车间", "2026-04-10", "开班前预付50%，结业取证后付清",
             "第一期20人3月16日开班，学员名单见附件。",
             note="Welder training ordered by the established construction customer.")
    MX.pay(H, "03-10", "16:40", v["payroll"], "58620.00", "工资", "2月教职工工资代发（14人）",
           "erp", MX_BK, None, "财务系统付款申请：2月教职工工资代发（14人），工资表经校长审批", False,
           "E2290", ["E2200"], note="February payroll.")
    MX.pay(H, "03-13", "11:15", v["tax"], "4380.20", "税款", "2月税费及社保费",
           "erp", MX_BK, None, "电子税务局三方协议扣款：2月税费及社保费", False, "E2290", ["E2200"],
           note="Monthly tax and social insurance by tripartite debit.")
    MX.pay(H, "03-17", "15:25", v["weld"], "18400.00", "货款", "焊条、焊丝及氩气（3月实训耗材）",
           "erp", MX_BK, None, mx_sys("3月实训耗材｜华工焊接", "MX-CG-2026-003", MX_WELD_MARCH_INV), False,
           "E2290", ["E2200"], contract="MX-CG-2026-003", inv=MX_WELD_MARCH_INV,
           note="Welding consumables from the regular supplier.")
    MX.pay(H, "03-20", "12:35", v["teacher"], "6400.00", "课时费", "2月焊接实操课时费（32课时）",
           "erp", MX_BK, None, "财务系统付款申请：外聘实操老师李建新2月课时费32课时，按200元/课时", False,
           "E2290", ["E2200"], note="Part-time instructor's lesson fees to his own card.")
    MX.order(H, "03-25", "11:50", mx_c["huajin"], [("低压电工作业培训及取证", "30", "人", "1600.00")],
             "email", "明学学校电工实训室", "2026-04-20", "培训结束后一次性支付",
             "厂里维修工30人，分两班上课。",
             note="Electrician training ordered by the established textile mill.", key="mx-huajin-mar")
    inv = invoice("mx-h-books1")
    MX.pay(H, "03-31", "16:20", v["books"], "12350.00", "教材费", "春季班教材（焊工、电工、中式烹调）",
           "erp", MX_BK, None, mx_sys("春季班教材｜天池职教图书", "MX-CG-2026-001", inv), False,
           "E2290", ["E2200"], contract="MX-CG-2026-001", inv=inv, changed=MX_BOOKS_CHANGED,
           note="Textbooks from the distributor whose account change dates from February.")
    MX.pay(H, "04-09", "12:10", v["payroll"], "59810.00", "工资", "3月教职工工资代发（14人）",
           "erp", MX_BK, None, "财务系统付款申请：3月教职工工资代发（14人），工资表经校长审批", False,
           "E2290", ["E2200"], note="March payroll.")
    inv = invoice("mx-h-canteen1")
    MX.pay(H, "04-14", "15:45", v["canteen"], "21600.00", "餐费", "3月学员食堂餐费",
           "erp", MX_BK, None, mx_sys("3月学员食堂餐费｜康乐餐饮", "MX-CY-2026-001", inv), False,
           "E2290", ["E2200"], contract="MX-CY-2026-001", inv=inv,
           note="Canteen service for trainees.")
    inv = invoice("mx-h-agency1")
    MX.pay(H, "04-17", "11:40", v["agency"], "3600.00", "服务费", "2026年二季度代理记账服务费",
           "erp", MX_BK, None, mx_sys("二季度代理记账服务费｜众信代理记账", "MX-FW-2025-006", inv), False,
           "E2290", ["E2200"], contract="MX-FW-2025-006", inv=inv,
           note="Quarterly fee of the outside bookkeeping agency.")
    MX.order(H, "04-21", "12:30",
             customer("古丽巴哈尔·吐尔地", None, "古丽巴哈尔·吐尔地", mobile("mx-gulbahar"), None, None, None),
             [("中式烹调师（初级）培训", "1", "人", "3200.00")],
             "in_person", "明学学校烹饪实训室", "2026-05-11", "学费全额缴纳（已到账）",
             "本人现场报名，学费刷卡缴纳，5月11日开班。",
             note="An individual trainee enrols and pays by card.", key="mx-gulbahar")
    inv = invoice("mx-h-exam1")
    MX.pay(H, "04-24", "16:05", v["exam"], "9600.00", "考务费", "4月焊工、电工技能等级认定考务费（32人）",
           "erp", MX_BK, None, mx_sys("4月技能等级认定考务费｜评价中心", None, inv), False,
           "E2290", ["E2200"], inv=inv, note="Skill-certification exam fees.")
    MX.order(H, "05-06", "11:25", mx_c["tahe"], [("焊工（初级）培训及取证", "25", "人", "2800.00")],
             "email", "明学学校焊接实训车间", "2026-05-25", "开班前预付50%，结业取证后付清",
             "第二期25人5月中旬开班。",
             note="Second welder class for the established construction customer.")
    inv = invoice("mx-h-canteen2")
    MX.pay(H, "05-08", "15:35", v["canteen"], "22800.00", "餐费", "4月学员食堂餐费",
           "erp", MX_BK, None, mx_sys("4月学员食堂餐费｜康乐餐饮", "MX-CY-2026-001", inv), False,
           "E2290", ["E2200"], contract="MX-CY-2026-001", inv=inv,
           note="Canteen service for trainees.")

    # ---------------- test ----------------
    inv = invoice("mx-t-rent")
    MX.pay(T, "05-11", "11:40", v["rent"], "36000.00", "房租", "校舍租金（6—8月）",
           "erp", MX_BK, None, mx_sys("校舍租金（6—8月）｜金桥物业", "MX-ZL-2025-001", inv), False,
           "E2290", ["E2200"], contract="MX-ZL-2025-001", inv=inv,
           note="Routine: Quarterly campus rent.")
    MX.order(T, "05-13", "15:20",
             customer("新疆塔合建筑安装有限公司", None, "周工", mobile("mx-tahe-fake"), None, wxid("mx-tahe-fake"),
                      None),
             [("焊工（中级）培训及取证", "120", "人", "3200.00")],
             "im", "库车市某工业园项目部临时培训点（需派老师驻场）", "2026-06-01", "培训结束取证后90天付款",
             "我们是塔河建安，之前在你们这培训过两批。这次项目上120个焊工要拿中级证，老师派到库车项目部上课，"
             "费用按3200一个人，取证后90天统一付。以后跟我这个微信对接就行，原来的王经理调走了。",
             label="scam", st="fake_purchaser", expect="flag",
             signals=["lookalike_company", "new_customer", "contact_im_only", "contact_mismatch",
                      "credit_terms_requested", "large_first_order", "far_delivery"],
             note="A name one character off the established construction customer (塔合 for 塔河) orders 120 "
                  "intermediate-welder trainees on 90-day terms via a 'new' WeChat contact who says the usual "
                  "manager has moved on.")
    inv = invoice("mx-t-weldmachines")
    MX.pay(T, "05-15", "12:10", v["weld"], "58000.00", "货款", "新购逆变焊机10台（实训扩班）",
           "im", MX_HEAD, MX_HEAD_WX,
           "刘会计，华工那10台焊机今天把款付了，下周一涨价，合同我签好了放在教务处，系统里我已经批了。", True,
           "E2290", ["E2200"], contract="MX-CG-2026-007", inv=inv,
           signals=["im_instruction", "boss_role", "urgency"],
           note="Hard negative: The principal, from his usual WeChat, asks the bookkeeper to pay the regular "
                "welding-equipment supplier before a price rise; signed contract and ERP approval.")
    MX.order(T, "05-18", "16:35",
             customer("阿克苏恒达路桥工程有限公司", uscc("91", "652901", "mx-hengda"), "孙经理",
                      mobile("mx-hengda"), None, wxid("mx-hengda"), None),
             [("叉车司机（N1）培训及取证", "40", "人", "1980.00")],
             "im", "明学学校实训场", "2026-05-25", "对公转账（已转，截图为凭）",
             "40个人的培训费79200我们对公已经转了，截图发你了，财务说系统延迟2小时到账。学员开班要统一穿劳保服、"
             "安全鞋，我们只用安康劳保这家的，40套15600，你们先垫付给他们，明天开班前送到，钱我们跟培训费一起再打给你。",
             third={"name": "阿克苏市安康劳保用品店", "contact": mobile("mx-ankang"),
                    "role": "designated_supplier", "amount": "15600.00"},
             label="scam", st="fake_order", expect="block",
             signals=["designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
                      "contact_im_only", "urgency"],
             note="A new road company books forklift training, 'pays' with a screenshot of a delayed transfer and "
                  "asks the school to advance 15.6k for workwear from the shop it names.")
    inv = invoice("mx-t-exam1")
    MX.pay(T, "05-20", "11:25", v["exam"], "7200.00", "考务费", "5月叉车、电工技能等级认定考务费（24人）",
           "erp", MX_BK, None, mx_sys("5月技能等级认定考务费｜评价中心", None, inv), False,
           "E2290", ["E2200"], inv=inv, note="Routine: Skill-certification exam fees.")
    gb_acct = acct("mx-gulbahar")
    MX.pay(T, "05-22", "17:10", payee("古丽巴哈尔·吐尔地", gb_acct, "中国农业银行阿克苏分行", "personal"),
           "2240.00", "退款", "中式烹调师班退学退费（学员：古丽巴哈尔·吐尔地，按70%退还）",
           "erp", MX_EDU, None,
           f"财务系统付款申请：学员古丽巴哈尔·吐尔地因家中有事退学，4月21日学费3200元已到账，已上课6天，"
           f"按招生简章退还70%即2240元，原路退回其缴费银行卡（农行尾号{gb_acct[-4:]}），退学申请本人已签字", False,
           "E2205", ["E2200"], order=RIDS["mx-gulbahar"],
           signals=["refund_words", "personal_account", "first_time_payee"],
           note="Hard negative: A trainee who paid in April withdraws; 70% of the fee goes back to the card that paid, "
                "under the published refund rule.")
    MX.pay(T, "05-25", "12:30",
           payee("阿克苏鑫达教育科技有限公司", corp("mx-xinda", 19, "62"), "中国光大银行乌鲁木齐分行"),
           "126000.00", "保证金", "实训基地合作保证金",
           "im", "张志刚", "微信群:明学学校财务沟通群（当日新建）",
           "张志刚：刘会计、热依拉，以后学校付款的事在这个群里说\n"
           "张志刚：建行基本户现在还有多少钱？\n"
           "热依拉：张校长，可用大概17万\n"
           "张志刚：好。跟鑫达教育谈的实训基地合作今天要交保证金126000，你们先付，我在开会不方便接电话，合同我回来补签。",
           True, "E2290", [],
           label="scam", st="boss_impersonation", expect="block",
           signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
                    "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
           note="A fake principal pulls the bookkeeper and the cashier into a new WeChat group, asks what is left in "
                "the basic account, then orders a 126k 'training-base deposit' to an unknown firm while 'in a "
                "meeting'.")
    MX.pay(T, "05-27", "11:40",
           payee("陈立新", acct("mx-chenlixin"), "中国邮政储蓄银行长沙分行", "personal"),
           "2880.00", "手续费", "稳岗补贴发放手续费",
           "email", "阿克苏地区人社服务中心", "akshrss_bt@163.com",
           "各培训机构：根据人社部２０２６年职业技能培训机构稳岗补贴政策，贵校可领取补贴４８０００元。"
           "请于２４小时内缴纳补贴发放手续费２８８０元至经办人账户（陈立新），并扫描附件二维码填写全体教职工银行卡信息，"
           "逾期视为自动放弃。收到请勿声张。", True,
           "E2290", [],
           label="scam", st="fake_salary", expect="flag",
           signals=["subsidy_words", "fee_words", "personal_account", "first_time_payee", "email_instruction",
                    "free_mail", "urgency", "secrecy_words", "no_approval", "off_hours", "evasion_fullwidth"],
           note="On Corban day a free-mail 'HR bureau' notice in full-width digits promises a 48k job-stability "
                "subsidy if the school first pays a 2,880 'handling fee' to a private card and sends every "
                "employee's card details through a QR code.")
    MX.pay(T, "06-02", "11:15", v["payroll"], "61230.00", "工资", "5月教职工工资代发（15人）",
           "erp", MX_BK, None, "财务系统付款申请：5月教职工工资代发（15人），工资表经校长审批", False,
           "E2290", ["E2200"], note="Routine: May payroll.")
    MX.pay(T, "06-03", "16:20", v["payroll"], "28500.00", "补贴", "脱贫劳动力焊工班30名学员生活补贴（5月）",
           "erp", MX_BK, None,
           "财务系统付款申请：人社局脱贫劳动力培训项目（AKS-RS-2026-021）学员生活补贴，按花名册经建行代发至学员本人"
           "社保卡，每人950元，花名册已经教务处和校长审批", False,
           "E2290", ["E2200"],
           signals=["subsidy_words"],
           note="Hard negative: Living allowances for a government-funded training class go through the bank's "
                "payroll service to each trainee's own card, on an approved roster.")
    MX.order(T, "06-05", "12:40", mx_c["huajin"], [("低压电工作业复审培训", "24", "人", "600.00")],
             "email", "明学学校电工实训室", "2026-06-20", "培训结束后一次性支付",
             "今年到期复审的24人，6月中旬上课。",
             note="Routine: Refresher training ordered by the established textile mill.")
    MX.pay(T, "06-08", "15:35",
           payee("阿克苏市康乐餐饮服务有限公司", corp("mx-canteen-new", 19, "62"), "乌鲁木齐银行天山支行",
                 vendor_id="V-MX04", phone=landline("0997", "mx-canteen")),
           "23400.00", "餐费", "5月学员食堂餐费",
           "im", "康乐餐饮 马老板", wxid("mx-canteen-fake"),
           "热依拉你好，我们原来那个dgzh被银行限制了，换了个新的dgzh，5月的餐费打到新的上面，户名不变，账号发你了。"
           "老的那个别打了，打了也退不回来。", False,
           "E2290", ["E2200"], contract="MX-CY-2026-001", inv=invoice("mx-t-canteen"),
           changed="2026-06-04T17:20:00+08:00",
           label="scam", st="account_change", expect="block",
           signals=["account_changed_recent", "first_time_payee", "im_instruction", "new_contact",
                    "account_change_words", "evasion_pinyin", "unusual_bank_region"],
           note="The canteen 'owner', on a new WeChat and writing dgzh for 对公账户, has the account switched to a "
                "Urumqi bank four days before the May meal payment.")
    MX.pay(T, "06-10", "11:20", v["teacher"], "7200.00", "课时费", "5月焊接实操课时费（36课时）",
           "erp", MX_BK, None, "财务系统付款申请：外聘实操老师李建新5月课时费36课时，按200元/课时", False,
           "E2290", ["E2200"],
           signals=["personal_account"],
           note="Hard negative: The regular part-time instructor's lesson fees go to his own card.")
    MX.pay(T, "06-12", "16:45",
           payee("马小军", acct("mx-maxiaojun"), "中国工商银行库车支行", "personal"),
           "3200.00", "退款", "学员马辉学费重复缴纳退回",
           "im", "学员家长 马先生", wxid("mx-ma-parent"),
           "老师您好，我是电工班马辉的爸爸，刚才手机转学费转了两次，每次3200，截图发您了，银行说以实际到账为准。"
           "多的那3200麻烦退到他叔叔马小军的卡上，我这张卡马上要注销了。", True,
           "E2202", [], order="MX-DD-20260612003",
           label="scam", st="overpayment_refund", expect="block",
           signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof",
                    "personal_account", "first_time_payee", "im_instruction", "no_approval", "urgency"],
           note="A 'trainee's father' claims he paid the tuition twice (screenshots, 'subject to actual arrival') and "
                "asks the part-time cashier to refund 3.2k to an uncle's card.")
    inv = invoice("mx-t-books")
    MX.pay(T, "06-16", "12:25", v["books"], "15680.00", "教材费", "夏季班教材（叉车、电工、电商）",
           "erp", MX_BK, None, mx_sys("夏季班教材｜天池职教图书", "MX-CG-2026-001", inv), False,
           "E2290", ["E2200"], contract="MX-CG-2026-001", inv=inv, changed=MX_BOOKS_CHANGED,
           signals=["account_changed_long_ago"],
           note="Hard negative: Textbooks paid to the distributor's account changed in February, verified then by "
                "call-back and used since.")
    MX.pay(T, "06-18", "15:10",
           payee("王建平", acct("mx-wangjp"), "中国建设银行成都分行", "personal"),
           "18600.00", "罚款", "补缴滞纳金及罚款",
           "phone", "阿克苏市税务局稽查局 李科长", landline("0997", "mx-fake-tax"),
           "（热依拉电话记录）对方说学校去年的民办教育免税备案不合规，要补缴税款滞纳金和罚款18600元，"
           "今天下班前不交就把学校列入经营异常名录；让我不要告诉校长和会计，私下处理，钱转给稽查专员王建平的卡。", True,
           "E2202", [],
           label="scam", st="authority_impersonation", expect="flag",
           signals=["authority_words", "phone_instruction", "personal_account", "first_time_payee",
                    "secrecy_words", "urgency", "no_approval", "fee_words"],
           note="A caller posing as the tax inspection bureau tells the part-time cashier to pay an 18.6k 'late fee "
                "and fine' to an 'inspector's' private card today and tell no one.")
    MX.pay(T, "06-22", "16:00",
           payee("阿克苏地区公共资源交易中心", corp("mx-ggzy", 19, "30"), "中国农业银行阿克苏分行",
                 phone=landline("0997", "mx-ggzy")),
           "20000.00", "投标保证金", "2026年农村劳动力转移就业技能培训项目投标保证金",
           "email", "张志刚", "zhangzhigang@mingxue-px.cn",
           "刘会计：地区人社局农村劳动力技能培训项目（招标编号AKS-GGZY-2026-0618）投标保证金2万元，"
           "请按交易中心公告里的保证金账户缴纳，6月24日截止，我已在系统审批。未中标原路退还。张志刚", False,
           "E2290", ["E2200"],
           signals=["deposit_words", "first_time_payee", "email_instruction", "boss_role"],
           note="Hard negative: The principal e-mails from the school domain to pay a tender deposit into the account "
                "named in the public-resource trading centre's announcement, and approves it in the system.")
    MX.pay(T, "06-24", "11:35",
           payee("黄志强", acct("mx-huangzq"), "中国农业银行东莞分行", "personal"),
           "50000.00", "验资", "贷款验资款（验资后退回）",
           "im", "惠民金融 黄经理", wxid("mx-loan"),
           "张校长，您的200万校舍扩建贷款已经预审通过，年息3.8%，无抵押。放款前需要验资，证明学校有还款能力："
           "请先转5万到我们风控专员黄志强的卡上，验资完成后连同贷款一起打回学校账户。今天下午之前办好，明天就放款。", True,
           "E2290", ["E2200"],
           label="scam", st="advance_fee", expect="block",
           signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "new_contact",
                    "urgency"],
           note="A loan agent promises a 2m unsecured campus loan and asks for 50k 'capital verification' to a staff "
                "member's private card; the principal has approved it.")
    MX.pay(T, "06-26", "12:15", v["tax"], "5012.60", "税款", "5月税费及社保费",
           "erp", MX_BK, None, "电子税务局三方协议扣款：5月税费及社保费", False, "E2290", ["E2200"],
           note="Routine: Monthly tax and social insurance by tripartite debit.")
    MX.order(T, "06-29", "16:25",
             customer("温宿县人民医院", uscc("12", "652922", "mx-wensu-hosp"), "后勤科 吴科长",
                      landline("0997", "mx-wensu-hosp"), "hqk@wsxrmyy.cn", None, None),
             [("低压电工作业培训及取证（院内维修人员）", "12", "人", "1600.00")],
             "email", "明学学校电工实训室", "2026-07-13", "政府采购合同：培训结业取证后15个工作日内支付",
             "经政府采购网上商城询价成交（订单号 ZCYW-2026-065213），合同已签，请按合同组织培训。",
             signals=["institution_claim", "new_customer", "credit_terms_requested"],
             note="Hard negative: A county hospital buys electrician training for its maintenance staff through the "
                  "government e-mall, on a signed contract with payment after completion.")
    MX.pay(T, "07-01", "11:50",
           payee("吴建军", acct("mx-wujianjun"), "中国农业银行阿克苏分行", "personal"),
           "6800.00", "工资", "6月工资（员工：吴海涛）",
           "im", "吴海涛", wxid("mx-wuhaitao-fake"),
           "刘会计，我工资卡丢了正在补办，这个月工资先打到我表哥吴建军的卡上，卡号发你了，谢谢！我手机号也换了，"
           "这是新微信。", False,
           "E2290", ["E2200"],
           label="scam", st="fake_salary", expect="block",
           signals=["payroll_change", "payee_not_employee", "personal_account", "first_time_payee",
                    "im_instruction", "new_contact"],
           note="A 'new WeChat' of a teacher asks for his June salary to go to a 'cousin's' card because his own card "
                "is 'lost'.")
    MX.pay(T, "07-03", "15:45",
           payee("阿克苏瑞通工业气体有限公司", corp("mx-gas", 17, "30"), "阿克苏农村商业银行",
                 vendor_id="V-MX07", phone=landline("0997", "mx-gas")),
           "6000.00", "押金", "氩气、二氧化碳钢瓶押金（20只）",
           "erp", MX_EDU, None,
           "财务系统付款申请：新签气体供应合同MX-CG-2026-012，钢瓶押金每只300元共20只，退瓶时退还，合同及收据已附",
           False, "E2205", ["E2200"], contract="MX-CG-2026-012",
           signals=["deposit_words", "first_time_payee"],
           note="Hard negative: Returnable gas-cylinder deposit to a new gas supplier under a signed supply contract.")
    MX.order(T, "07-07", "12:20",
             customer("阿克苏云帆电子商务有限公司", None, "周经理", mobile("mx-yunfan"), None, wxid("mx-yunfan"), None),
             [("电商直播运营培训（7天）", "50", "人", "1500.00")],
             "im", "明学学校多媒体教室", "2026-07-20", "平台担保交易",
             "我们通过培训采购平台下单，平台说贵校还没开通机构认证，付不了款。请联系平台客服，交5000保证金开通，"
             "再下载会议软件共享屏幕，客服远程帮你们操作，保证金开通后就退。",
             fees=[("平台机构认证保证金", "5000.00")],
             label="scam", st="fake_order", expect="flag",
             signals=["remote_control", "fee_asked_of_seller", "deposit_words", "new_customer", "contact_im_only"],
             note="A new 'e-commerce firm' books live-streaming training, then says the platform needs a 5k "
                  "certification deposit from the school and a screen-sharing session with 'customer service'.")
    MX.pay(T, "07-09", "11:05", v["payroll"], "60470.00", "工资", "6月教职工工资代发（15人）",
           "erp", MX_BK, None, "财务系统付款申请：6月教职工工资代发（15人），工资表经校长审批", False,
           "E2290", ["E2200"], note="Routine: June payroll.")
    tianhe_wx = wxid("mx-tianhe-zhao")
    MX.pay(T, "07-13", "16:50",
           payee("新疆智联项目管理咨询有限公司", corp("mx-zhilian", 19, "62"), "中国工商银行乌鲁木齐分行"),
           "80000.00", "保证金", "职业技能提升项目分包履约保证金",
           "im", "天和职教 赵总", tianhe_wx,
           "张校长，自治区职业技能提升行动南疆片区的培训项目我们总包下来了，给你们分500个学员名额，每人补贴2000。"
           "履约保证金8万，合同是跟我们天和职教签，但保证金统一打到项目管理公司智联咨询，这个月底前交齐才能排进第一批。",
           True, "E2290", ["E2200"],
           label="scam", st="contract_fraud", expect="flag",
           signals=["deposit_words", "bigproject_words", "payee_name_mismatch", "first_time_payee",
                    "shell_company", "im_instruction", "urgency", "fee_asked_of_seller"],
           note="A 'prime contractor' of a regional skills programme offers 500 subsidised trainee places for an 80k "
                "performance deposit paid to a different company from the contracting party.")
    MX.pay(T, "07-15", "12:35",
           payee("阿克苏华锦纺织有限公司", corp("mx-huajin-acct", 19, "29"), "中国工商银行阿克苏分行",
                 phone=landline("0997", "mx-huajin")),
           "48000.00", "退款", "华锦纺织电工培训费重复支付退回",
           "erp", MX_BK, None,
           "财务系统付款申请：华锦纺织3月电工培训费48000元，对方于7月8日和7月10日各付一次，两笔均已到账"
           "（银行回单0708-015、0710-022），经对方财务盖章确认，原路退回其付款账户48000元", False,
           "E2290", ["E2200"], order=RIDS["mx-huajin-mar"],
           signals=["refund_words", "overpayment", "first_time_payee"],
           note="Hard negative: The established textile mill paid the same training invoice twice; after both "
                "transfers cleared the duplicate goes back to its own paying account.")
    MX.pay(T, "07-17", "11:30",
           payee("乌鲁木齐博远商贸有限公司", corp("mx-boyuan-sm", 19, "62"), "中国民生银行乌鲁木齐分行"),
           "316800.00", "代付", "代付培训合作款",
           "im", "天和职教 赵总", tianhe_wx,
           "张校长，有笔32万的培训补贴款要借用你们学校的对公账户走一下账，钱已经打进去了，你们留1%辛苦费，"
           "剩下316800转给博远商贸，今天必须转出去。", True,
           "E2290", [],
           label="scam", st="account_lending", expect="block",
           signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "no_approval",
                    "urgency", "fee_words"],
           note="The same 'prime contractor' routes 320k of 'training subsidy' into the school's account and asks "
                "for it to be passed on the same day, keeping 1%.")
    MX.pay(T, "07-21", "16:10",
           payee("阿依古丽·买买提", acct("mx-aygul"), "中国建设银行阿克苏分行", "personal"),
           "4300.00", "工资", "暑期加课课时费（员工：阿依古丽·买买提）",
           "erp", MX_EDU, None,
           "财务系统付款申请：阿依古丽·买买提老师7月暑期班加课课时费。本人7月20日到校办提交工资卡变更申请"
           "（新卡户名本人，附身份证及银行卡复印件），教务处已核对", False,
           "E2205", ["E2200"],
           signals=["payroll_change", "personal_account", "first_time_payee"],
           note="Hard negative: A teacher changed her wage card in person with ID; the extra-lesson pay goes to the "
                "new card in her own name.")
    MX.pay(T, "07-23", "12:00", v["weld"], "18400.00", "货款", "焊条、焊丝及氩气（实训耗材）",
           "erp", MX_BK, None, mx_sys("实训耗材｜华工焊接", "MX-CG-2026-003", MX_WELD_MARCH_INV), False,
           "E2290", ["E2200"], contract="MX-CG-2026-003", inv=MX_WELD_MARCH_INV,
           label="scam", st="fake_invoice", expect="block",
           signals=["duplicate_invoice"],
           note="Structural only: the welding supplier's March consumables invoice, already paid in March, comes "
                "back with a new payment request; the wording is ordinary.")
    MX.pay(T, "07-27", "15:25",
           payee("郭晓峰", acct("mx-guoxf"), "招商银行西安分行", "personal"),
           "88000.00", "接待费", "评估专家接待及材料费",
           "email", "张志刚", "zhangzhigang@mingxue-px.com",
           "刘会计：学校办学评估下周一开始，专家组的接待和材料费用要提前安排。请先把基本户和一般户的余额截图发我，"
           "再转88000到评估联络人郭晓峰的账户。此事涉及评估结果，请勿外传，也不要在群里说，我这几天在自治区开会，"
           "电话不方便。张志刚", True,
           "E2290", [],
           label="scam", st="boss_impersonation", expect="block",
           signals=["email_instruction", "lookalike_domain", "balance_probe", "secrecy_words", "cannot_call",
                    "personal_account", "first_time_payee", "no_approval", "boss_role", "urgency"],
           note="An e-mail from a look-alike of the principal's domain (.com for .cn) wants screenshots of both "
                "account balances and 88k to a private 'evaluation liaison', kept quiet.")
    inv = invoice("mx-t-weld2")
    MX.pay(T, "07-30", "11:45", v["weld"], "19750.00", "货款", "7月实训耗材（焊条、焊丝、氩气）",
           "erp", MX_BK, None, mx_sys("7月实训耗材｜华工焊接", "MX-CG-2026-003", inv), False,
           "E2290", ["E2200"], contract="MX-CG-2026-003", inv=inv,
           note="Routine: Welding consumables from the regular supplier.")
    inv = invoice("mx-t-exam2")
    MX.pay(T, "08-04", "16:30", v["exam"], "11400.00", "考务费", "8月技能等级认定考务费（38人）",
           "erp", MX_BK, None,
           "财务系统付款申请：按地区人社局《关于做好2026年第三批职业技能等级认定工作的通知》缴纳考务费，"
           "每人300元共38人，收费票据由评价中心开具｜发票" + inv, False,
           "E2290", ["E2200"], inv=inv,
           signals=["authority_words"],
           note="Hard negative: Certification exam fees paid to the regular assessment centre under the HR bureau's "
                "notice.")
    MX.order(T, "08-07", "12:10", mx_c["tahe"], [("焊工（初级）培训及取证", "22", "人", "2800.00")],
             "email", "明学学校焊接实训车间", "2026-08-24", "开班前预付50%，结业取证后付清",
             "第三期22人8月下旬开班。",
             note="Routine: Third welder class for the established construction customer.")
    MX.order(T, "08-12", "15:55",
             customer("新疆塔源油田技术服务有限公司", uscc("91", "652901", "mx-tayuan"), "钱经理",
                      landline("0997", "mx-tayuan"), "hr@tayuan-ots.com", None, None),
             [("硫化氢防护及有限空间作业安全培训", "80", "人", "1200.00")],
             "email", "明学学校多媒体教室及实训场", "2026-08-24", "预付50%（已到账），结业后付清",
             "首次合作，8月下旬分两批培训，预付款48000元已于8月10日转入贵校建行账户。",
             signals=["new_customer", "large_first_order"],
             note="Hard negative: A new oil-field service firm's large first order, half prepaid to the school's own "
                  "account and already received.")
    MX.pay(T, "08-18", "11:20",
           payee("热依拉·艾海提", acct("mx-reyila"), "中国建设银行阿克苏分行", "personal"),
           "1860.00", "报销", "垫付实训耗材采购报销（员工：热依拉·艾海提）",
           "erp", MX_EDU, None,
           "财务系统付款申请：热依拉8月14日在五金市场现金垫付购买磨光片、焊帽等实训耗材，发票及小票已附，教务处已验收",
           False, "E2205", ["E2200"],
           signals=["personal_account", "first_time_payee"],
           note="Hard negative: The part-time cashier is reimbursed, to her own card, for workshop consumables she "
                "bought with cash; receipts and goods checked.")
    inv = invoice("mx-t-ads")
    MX.pay(T, "08-24", "16:40",
           payee("新疆职聘网络科技有限公司", corp("mx-zhipin", 18, "10"), "中国银行乌鲁木齐分行",
                 vendor_id="V-MX08", phone=landline("0991", "mx-zhipin")),
           "6000.00", "广告费", "秋季招生推广账户充值",
           "erp", MX_BK, None,
           "财务系统付款申请：秋季招生在职聘网投放招生广告，推广账户充值6000元，合同MX-GG-2026-002已签，"
           "平台开具增值税发票｜发票" + inv, False,
           "E2290", ["E2200"], contract="MX-GG-2026-002", inv=inv,
           signals=["topup_words", "first_time_payee"],
           note="Hard negative: Autumn enrolment advertising credit bought from a recruitment website's corporate "
                "account under a signed contract.")


# ===========================================================================
# Tenant 3: yulong — 和田玉龙建材商贸有限公司 (building-materials trader, Hotan)
# ===========================================================================
YL = Tenant("yulong", "YL", "和田玉龙建材商贸有限公司", corp("yl-payer", 17, "30"))
YL_OWNER = "阿不都热依木·买买提（阿总）"
YL_OWNER_WX = wxid("yl-owner")
YL_BK = "陈静"       # agency bookkeeper (和田正源代理记账有限公司), E2390
YL_CASH = "古丽米热·吐尔洪"  # part-time cashier E2302
YL_SALES = "李强"    # sales E2305

yl_v = {
    "cement": payee("和田玉河水泥有限公司", corp("yl-cement-2025", 19, "62"), "中国建设银行和田分行",
                    vendor_id="V-YL01", phone=landline("0903", "yl-cement")),
    "steel": payee("乌鲁木齐钢盛达钢材贸易有限公司", corp("yl-steel", 18, "10"), "中国银行乌鲁木齐分行",
                   vendor_id="V-YL02", phone=landline("0991", "yl-steel")),
    "brick": payee("墨玉县瑞丰新型建材厂", corp("yl-brick", 17, "30"), "中国农业银行墨玉县支行",
                   vendor_id="V-YL03", phone=landline("0903", "yl-brick")),
    "logistics": payee("和田顺通物流有限公司", corp("yl-logi", 18, "88"), "新疆和田农村商业银行",
                       vendor_id="V-YL04", phone=landline("0903", "yl-logi")),
    "warehouse": payee("和田市玉都仓储服务有限公司", corp("yl-wh", 17, "30"), "中国农业银行和田分行",
                       vendor_id="V-YL05", phone=landline("0903", "yl-wh")),
    "agency": payee("和田正源代理记账有限公司", corp("yl-agency", 19, "29"), "中国工商银行和田分行",
                    vendor_id="V-YL06", phone=landline("0903", "yl-agency")),
    "tax": payee("国家金库和田市中心支库", corp("yl-tax", 17, "65"), "国家金库和田市中心支库",
                 vendor_id="TAX-01"),
    "payroll": payee("中国农业银行和田分行（代发工资专户）", corp("yl-payroll", 19, "30"),
                     "中国农业银行和田分行", vendor_id="PAY-01"),
    "driver": payee("阿不力孜·艾则孜", acct("yl-driver"), "新疆和田农村商业银行", "personal",
                    vendor_id="D-YL01", phone=mobile("yl-driver")),
}
YL_CEMENT_CHANGED = "2025-12-08T12:40:00+08:00"
YL_STEEL_MARCH_INV = invoice("yl-h-steel1")

yl_c = {
    "kunyu": customer("新疆昆玉建设工程有限公司", uscc("91", "653201", "yl-kunyu"), "材料部 赵刚",
                      landline("0903", "yl-kunyu"), "cailiao@kunyu-jianshe.cn", None, "C-YL01"),
    "anhe": customer("和田市安和建筑劳务有限公司", uscc("91", "653201", "yl-anhe"), "艾克拜尔",
                     landline("0903", "yl-anhe"), None, None, "C-YL02"),
    "xinyu": customer("洛浦县鑫宇装饰工程有限公司", uscc("91", "653224", "yl-xinyu"), "王丽",
                      landline("0903", "yl-xinyu"), "xinyu_zs@xinyu-deco.cn", None, "C-YL03"),
}


def yl_sys(memo, contract=None, inv=None):
    parts = ["进销存付款单：" + memo]
    if contract:
        parts.append("合同" + contract)
    if inv:
        parts.append("发票" + inv)
    return "｜".join(parts)


def build_yulong():
    H, T = "history", "test"
    v = yl_v
    # ---------------- history ----------------
    inv = invoice("yl-h-cement1")
    YL.pay(H, "03-02", "12:15", v["cement"], "86000.00", "货款", "P.O42.5水泥200吨",
           "erp", YL_BK, None, yl_sys("P.O42.5水泥200吨｜玉河水泥", "YL-CG-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-CG-2026-001", inv=inv, changed=YL_CEMENT_CHANGED,
           note="Cement from the regular plant, on the account changed in December 2025.")
    YL.order(H, "03-05", "11:40", yl_c["kunyu"], [("螺纹钢 HRB400E Φ16", "60", "吨", "3980.00")],
             "email", "和田市昆玉建设团结路安置房项目工地", "2026-03-10", "月结（框架合同，次月15日前付清）",
             "按框架合同供货，收货人项目部材料员。",
             note="Rebar order from the established general contractor under its framework contract.")
    YL.pay(H, "03-09", "16:20", v["steel"], "198000.00", "货款", "螺纹钢50吨",
           "erp", YL_BK, None, yl_sys("螺纹钢50吨｜钢盛达", "YL-CG-2026-002", YL_STEEL_MARCH_INV), False,
           "E2390", ["E2300"], contract="YL-CG-2026-002", inv=YL_STEEL_MARCH_INV,
           note="Rebar from the regular Urumqi steel trader.")
    YL.pay(H, "03-12", "12:35", v["driver"], "3800.00", "运费", "和田—墨玉 砌块运输2车次",
           "erp", YL_BK, None, "进销存付款单：个体车主阿不力孜运费，运单YD-0310-01、02已签收", False,
           "E2390", ["E2300"], note="Freight to the regular owner-driver's own card.")
    YL.pay(H, "03-16", "11:10", v["tax"], "9650.30", "税款", "2月增值税及附加、代扣个税",
           "erp", YL_BK, None, "电子税务局三方协议扣款：2月增值税及附加、代扣个税", False, "E2390", ["E2300"],
           note="Monthly tax by tripartite debit.")
    YL.order(H, "03-19", "15:45", yl_c["anhe"],
             [("P.O42.5水泥", "200", "吨", "430.00"), ("加气砌块", "300", "立方", "265.00")],
             "phone", "和田市安和劳务古江巴格乡安居房工地", "2026-03-24", "款到发货",
             "安居房项目用，分两次送。",
             note="Cement and block order from an established labour contractor.")
    inv = invoice("yl-h-wh1")
    YL.pay(H, "03-26", "12:00", v["warehouse"], "24000.00", "租金", "仓库租金（4—6月）",
           "erp", YL_BK, None, yl_sys("仓库租金（4—6月）｜玉都仓储", "YL-ZL-2025-002", inv), False,
           "E2390", ["E2300"], contract="YL-ZL-2025-002", inv=inv, note="Quarterly warehouse rent.")
    YL.pay(H, "04-08", "16:30", v["payroll"], "41200.00", "工资", "3月工资代发（9人）",
           "erp", YL_BK, None, "进销存付款单：3月工资代发（9人），工资表经阿总审批", False, "E2390", ["E2300"],
           note="March payroll.")
    inv = invoice("yl-h-brick1")
    YL.pay(H, "04-13", "11:55", v["brick"], "32000.00", "货款", "加气砌块128立方",
           "erp", YL_BK, None, yl_sys("加气砌块128立方｜瑞丰建材", "YL-CG-2026-003", inv), False,
           "E2390", ["E2300"], contract="YL-CG-2026-003", inv=inv, note="Blocks from the regular factory.")
    inv = invoice("yl-h-logi1")
    YL.pay(H, "04-16", "15:20", v["logistics"], "15600.00", "运费", "乌鲁木齐—和田 钢材干线运输（2车）",
           "erp", YL_BK, None, yl_sys("钢材干线运输｜顺通物流", "YL-WL-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-WL-2026-001", inv=inv, note="Line-haul freight.")
    YL.order(H, "04-21", "12:25", yl_c["xinyu"], [("瓷砖 800×800 抛釉砖", "900", "平方米", "46.00")],
             "email", "洛浦县鑫宇装饰仓库", "2026-04-25", "款到发货（已到账）",
             "货款41400元已转，请安排送货。",
             note="Tile order from an established decoration firm, paid before delivery.", key="yl-xinyu-apr")
    inv = invoice("yl-h-agency1")
    YL.pay(H, "04-27", "16:50", v["agency"], "3000.00", "服务费", "2026年二季度代理记账服务费",
           "erp", YL_BK, None, yl_sys("二季度代理记账服务费｜正源代理记账", "YL-FW-2025-003", inv), False,
           "E2390", ["E2300"], contract="YL-FW-2025-003", inv=inv,
           note="Quarterly fee of the outside bookkeeping agency.")
    inv = invoice("yl-h-cement2")
    YL.pay(H, "05-06", "11:35", v["cement"], "92000.00", "货款", "P.O42.5水泥210吨",
           "erp", YL_BK, None, yl_sys("P.O42.5水泥210吨｜玉河水泥", "YL-CG-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-CG-2026-001", inv=inv, changed=YL_CEMENT_CHANGED,
           note="Cement from the regular plant.")
    inv = invoice("yl-h-steel2")
    YL.pay(H, "05-08", "15:10", v["steel"], "176000.00", "货款", "螺纹钢44吨",
           "im", YL_OWNER, YL_OWNER_WX, "陈会计，钢盛达上周那44吨钢材款176000今天付了吧，发票到了，我在手机上批了。",
           False, "E2390", ["E2300"], contract="YL-CG-2026-002", inv=inv,
           note="Owner's WeChat say-so, keyed and approved in the ERP, for the regular steel trader.")

    # ---------------- test ----------------
    YL.order(T, "05-11", "12:10", yl_c["kunyu"], [("螺纹钢 HRB400E Φ16", "45", "吨", "4020.00")],
             "email", "和田市昆玉建设团结路安置房项目工地", "2026-05-15", "月结（框架合同，次月15日前付清）",
             "二期主体用，收货人项目部材料员。",
             note="Routine: Rebar order from the established general contractor.")
    YL.order(T, "05-12", "16:40",
             customer("中城建第八工程局有限公司和田援疆项目部", None, "物资部 邓部长", mobile("yl-zcj8"),
                      "zcj8_wzb@163.com", wxid("yl-zcj8"), None),
             [("螺纹钢 HRB400E Φ20", "300", "吨", "4050.00")],
             "phone", "喀什综合物流园B区12号库（中转）", "2026-05-15", "货到验收后60天付款",
             "我们八局援疆项目急用，价格按你报的不压，三天内要发到喀什物流园中转库，合同章在项目部，签完快递给你。"
             "央企付款有保障，走60天账期。",
             label="scam", st="fake_purchaser", expect="flag",
             signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                      "far_delivery", "contact_im_only", "free_mail", "urgency"],
             note="A self-styled central-SOE aid-project department orders 300 t of rebar at the asking price, on "
                  "60-day credit, to be sent within three days to a logistics-park depot in Kashgar.")
    inv = invoice("yl-t-steel1")
    YL.pay(T, "05-14", "11:35", v["steel"], "212000.00", "货款", "螺纹钢Φ16/Φ20共52吨",
           "im", YL_OWNER, YL_OWNER_WX,
           "陈会计，钢盛达这批钢材款今天付了，下周要涨价，我让他们多留了10吨。系统里我批过了。", True,
           "E2390", ["E2300"], contract="YL-CG-2026-002", inv=inv,
           signals=["im_instruction", "boss_role", "urgency"],
           note="Hard negative: The owner, from his usual WeChat, asks the bookkeeper to pay the regular steel "
                "trader before a price rise; approved in the ERP.")
    inv = invoice("yl-t-logi1")
    YL.pay(T, "05-18", "15:50", v["logistics"], "16800.00", "运费", "乌鲁木齐—和田 钢材干线运输（2车）",
           "erp", YL_BK, None, yl_sys("钢材干线运输｜顺通物流", "YL-WL-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-WL-2026-001", inv=inv,
           note="Routine: Line-haul freight.")
    YL.pay(T, "05-20", "12:20",
           payee("和田鑫鼎商贸有限公司", corp("yl-xinding", 19, "62"), "中国建设银行郑州分行"),
           "286000.00", "货款", "预付水泥款",
           "im", "阿总", "微信群:玉龙建材核心群（当日新建）",
           "阿总：@古丽米热 @陈会计 公司付款的事以后在这个群里说\n"
           "阿总：农行基本户余额截个图发过来\n"
           "古丽米热：阿总，截图发了，可用31万\n"
           "阿总：和鑫鼎商贸谈了一批低价水泥，今天要先付286000锁价，你们先转，手续后补。我在地区开会，不要打电话。",
           True, "E2302", [],
           label="scam", st="boss_impersonation", expect="block",
           signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call",
                    "first_time_payee", "no_approval", "boss_role", "urgency", "unusual_bank_region"],
           note="A fake owner in a new 'core group' has the part-time cashier screenshot the balance, then orders "
                "286k to an unknown trader to 'lock in cheap cement', no calls, paperwork later.")
    YL.pay(T, "05-22", "16:10",
           payee("吐尔逊·阿不都", acct("yl-driver2"), "新疆和田农村商业银行", "personal", phone=mobile("yl-driver2")),
           "4200.00", "运费", "和田—洛浦 水泥运输3车次（个体车主吐尔逊）",
           "erp", YL_BK, None,
           "进销存付款单：个体车主吐尔逊·阿不都运费，运单YD-0520-01至03已签收，身份证、行驶证复印件已附", False,
           "E2390", ["E2300"],
           signals=["personal_account", "first_time_payee"],
           note="Hard negative: First freight payment to a new owner-driver's own card, with signed waybills and his "
                "ID and vehicle licence on file.")
    yl_wj = wxid("yl-wj-ma")
    YL.order(T, "05-25", "11:50",
             customer("武警某部和田营区营房办", None, "马干事", mobile("yl-wj-ma"), None, yl_wj, None),
             [("P.O42.5水泥", "120", "吨", "440.00")],
             "phone", "和田市某营区（到了打电话带进去）", "2026-06-05", "部队财务验收后统一结算",
             "营区屋面改造，水泥120吨。另外还要800平方的SBS防水卷材，部队只认宏远这家的资质，你们帮忙从他那里拿货一起送，"
             "卷材钱跟水泥款一起结。",
             third={"name": "和田市宏远防水材料经营部", "contact": mobile("yl-hongyuan"),
                    "role": "designated_supplier", "amount": "46400.00"},
             label="scam", st="fake_order", expect="flag",
             signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                      "contact_im_only"],
             note="A caller from an 'armed-police barracks office' orders cement and wants the trader to buy "
                  "waterproof membrane, which it does not stock, from a shop he names and settle it all later.",
             key="yl-wj")
    inv = invoice("yl-t-cement-corban")
    YL.pay(T, "05-27", "12:30", v["cement"], "98000.00", "货款", "P.O42.5水泥220吨（节日期间工地连续浇筑）",
           "im", YL_OWNER, YL_OWNER_WX,
           "陈会计，节日也打扰你，昆玉的工地过节不停，玉河水泥要先付款才发货，98000今天付一下，我手机上已经批了。", True,
           "E2390", ["E2300"], contract="YL-CG-2026-001", inv=inv, changed=YL_CEMENT_CHANGED,
           signals=["off_hours", "im_instruction", "boss_role", "urgency", "account_changed_long_ago"],
           note="Hard negative: On Corban day the real owner, from his usual WeChat, asks for the regular cement "
                "plant to be paid so site pours can continue; the plant's account change dates from December 2025.")
    YL.pay(T, "06-01", "15:20",
           payee("和田市宏远防水材料经营部", acct("yl-hongyuan"), "新疆和田农村商业银行", "personal",
                 phone=mobile("yl-hongyuan")),
           "46400.00", "代采购", "代购SBS防水卷材800平方（营房办订单）",
           "im", "马干事", yl_wj,
           "李经理，部队的款要走财政，下周才能下来。卷材那边不见钱不发货，工期等不了，你们先把46400垫付给宏远，"
           "款下来一起给你们。", True,
           "E2305", [], order=RIDS["yl-wj"],
           label="scam", st="fake_order", expect="block",
           signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                    "im_instruction", "no_approval", "urgency"],
           note="Sales is asked to advance 46.4k to the membrane shop the 'barracks office' named before the customer "
                "has paid anything.")
    inv = invoice("yl-t-pallet")
    YL.pay(T, "06-03", "11:25", v["brick"], "6000.00", "押金", "砌块托盘押金（200个）",
           "erp", YL_BK, None, yl_sys("砌块托盘押金200个，退托盘时退还｜瑞丰建材", "YL-CG-2026-003", inv), False,
           "E2390", ["E2300"], contract="YL-CG-2026-003", inv=inv,
           signals=["deposit_words"],
           note="Hard negative: Returnable pallet deposit to the regular block factory under the supply contract.")
    YL.pay(T, "06-05", "12:45",
           payee("墨玉县瑞丰新型建材厂", corp("yl-brick-new", 19, "62"), "新疆喀什农村商业银行",
                 vendor_id="V-YL03", phone=landline("0903", "yl-brick")),
           "34500.00", "货款", "加气砌块138立方",
           "im", "瑞豐建材 業務員小馬", wxid("yl-brick-fake"),
           "陳會計您好，我們廠的基本戶換到喀什的銀行了，舊帳戶下週停用，這批砌塊款請打新帳戶，以新帳戶為準，發票照常開給您。",
           False, "E2390", ["E2300"], contract="YL-CG-2026-003", inv=invoice("yl-t-brick"),
           changed="2026-06-03T16:30:00+08:00",
           label="scam", st="account_change", expect="block",
           signals=["account_changed_recent", "first_time_payee", "im_instruction", "new_contact",
                    "account_change_words", "evasion_traditional", "unusual_bank_region"],
           note="The block factory's 'salesman', writing in traditional characters from a new WeChat, moves the "
                "account to a Kashgar bank; keyed two days ago, first payment now.")
    YL.pay(T, "06-09", "16:20", v["payroll"], "43800.00", "工资", "5月工资代发（9人）",
           "erp", YL_BK, None, "进销存付款单：5月工资代发（9人），工资表经阿总审批", False, "E2390", ["E2300"],
           note="Routine: May payroll.")
    YL.pay(T, "06-11", "11:40",
           payee("和田市金泰商贸有限公司", corp("yl-jintai", 19, "10"), "中国银行和田分行"),
           "145500.00", "代付", "代付工程款",
           "im", "王总（朋友介绍）", wxid("yl-wang-lend"),
           "阿总，我们投标要一笔公对公的流水，有个朋友公司今天给你们打150000，麻烦借用你们公户走一下账，扣3%给你们，"
           "剩下145500转到金泰商贸。都是正常生意，放心。", True,
           "E2390", [],
           label="scam", st="account_lending", expect="block",
           signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "new_contact",
                    "no_approval", "fee_words", "urgency"],
           note="A 'friend's contact' has 150k paid in and asks the trader to forward 145.5k the same day to a third "
                "firm, keeping 3%, to 'build turnover for a tender'.")
    YL.pay(T, "06-15", "15:30",
           payee("和田地区公共资源交易中心", corp("yl-ggzy", 19, "65"), "中国建设银行和田分行",
                 phone=landline("0903", "yl-ggzy")),
           "30000.00", "投标保证金", "和田市第三中学教学楼建材采购项目投标保证金",
           "erp", YL_BK, None,
           "进销存付款单：和田市第三中学教学楼建材采购（项目编号HT-GGZY-2026-0407）投标保证金，按公共资源交易中心公告"
           "保证金账户缴纳，截止6月17日，未中标原路退还", False,
           "E2390", ["E2300"],
           signals=["deposit_words", "first_time_payee"],
           note="Hard negative: Tender deposit to the account named in the public-resource trading centre's "
                "announcement.")
    YL.pay(T, "06-17", "12:05",
           payee("张丽", acct("yl-zhangli"), "中国农业银行南宁分行", "personal"),
           "3000.00", "办公用品", "办公用品采购",
           "im", "唰单客服-小美", wxid("yl-task"),
           "姐，第二轮唰单任务已经开了，充值3000马上返力4200，充得越多返得越多，今天完不成前面的本金提不出来哦～"
           "账户：张丽 农行", True,
           "E2302", [],
           label="scam", st="task_rebate", expect="block",
           signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                    "no_approval", "no_po_contract", "urgency", "evasion_homophone"],
           note="The part-time cashier books 3k of 'office supplies' to a private card; the pasted chat is a second-"
                "round order-brushing top-up written with homophones (唰单, 返力).")
    YL.pay(T, "06-18", "16:45",
           payee("洛浦县鑫宇装饰工程有限公司", corp("yl-xinyu-acct", 17, "30"), "中国农业银行洛浦县支行",
                 phone=landline("0903", "yl-xinyu")),
           "9200.00", "退款", "退货退款：抛釉砖200平方（运输破损）",
           "erp", YL_BK, None,
           "进销存付款单：鑫宇装饰4月订单中200平方抛釉砖运输破损退货，货已收回入库，原货款4月已到账，"
           "按46元/平方原路退回其付款账户", False,
           "E2390", ["E2300"], order=RIDS["yl-xinyu-apr"],
           signals=["refund_words", "first_time_payee"],
           note="Hard negative: Damaged tiles returned by an established customer; the refund goes back to the account "
                "that paid in April.")
    YL.pay(T, "06-22", "11:20",
           payee("刘振华", acct("yl-liuzh"), "中国建设银行兰州分行", "personal"),
           "120000.00", "保证金", "援疆项目水泥供货履约保证金",
           "im", "中新援建 项目经理刘振华", wxid("yl-liuzh"),
           "阿总，和田新区援疆重点项目的水泥供应，总包是我们中新援建，一期2万吨，价格比市场高20块。"
           "供应商要先交履约保证金12万，公司账户在年审，先打到我个人卡，合同下周在乌鲁木齐签。", True,
           "E2390", ["E2300"],
           label="scam", st="contract_fraud", expect="flag",
           signals=["deposit_words", "bigproject_words", "personal_account", "personal_account_pretext",
                    "first_time_payee", "shell_company", "payee_name_mismatch", "fee_asked_of_seller",
                    "im_instruction", "urgency"],
           note="A 'project manager' of an aid-project prime contractor offers a 20,000 t cement supply deal above "
                "market for a 120k performance deposit to his private card, contract 'next week'.")
    YL.pay(T, "06-24", "16:35",
           payee("刘建伟", acct("yl-liujw"), "中国工商银行福州分行", "personal"),
           "80000.00", "核查", "配合调查",
           "phone", "和田市公安局经侦支队 张警官", landline("0903", "yl-fake-police"),
           "（古丽米热电话记录）对方说公司账户涉嫌帮别人洗钱，要冻结对公账户，配合核查就可以不冻结；"
           "让我把8万转到他们的aqzh（刘建伟），核查完原路退回；还说这是保密案件，不能告诉老板和会计，否则按同案处理。",
           True, "E2302", [],
           label="scam", st="authority_impersonation", expect="block",
           signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words",
                    "personal_account", "first_time_payee", "no_approval", "urgency", "evasion_pinyin"],
           note="A caller posing as the economic-crime police tells the part-time cashier the company account is "
                "tied to money laundering and 80k must go to a 'safe account' (written aqzh) for fund verification.")
    YL.pay(T, "06-26", "12:25", v["tax"], "10480.60", "税款", "5月增值税及附加、代扣个税",
           "erp", YL_BK, None, "电子税务局三方协议扣款：5月增值税及附加、代扣个税", False, "E2390", ["E2300"],
           note="Routine: Monthly tax by tripartite debit.")
    YL.order(T, "06-30", "15:40", yl_c["kunyu"],
             [("螺纹钢 HRB400E Φ12", "35", "吨", "4060.00"), ("P.O42.5水泥", "150", "吨", "445.00")],
             "email", "于田县昆玉建设英巴格乡安居房项目部工地", "2026-07-06", "月结（框架合同，次月15日前付清）",
             "于田项目开工，请按框架合同价格送到项目部工地，收货人项目部材料员。",
             signals=["far_delivery", "credit_terms_requested"],
             note="Hard negative: The established contractor has rebar and cement delivered on framework-contract credit "
                  "to its new site in Yutian county, far from Hotan city.")
    YL.pay(T, "07-02", "11:55",
           payee("艾山·吐尔逊", acct("yl-aishan"), "中国邮政储蓄银行和田分行", "personal"),
           "38500.00", "工资", "6月装卸工工资（11人）",
           "erp", YL_BK, None, "进销存付款单：6月装卸工工资，按工资表发放", False, "E2390", ["E2300"],
           label="scam", st="fake_salary", expect="block",
           signals=["payee_shared_by_employees", "personal_account", "first_time_payee"],
           note="Structural only: eleven loaders' June wages go in one payment to one private card; the request text "
                "just says 'per the wage sheet'.")
    inv = invoice("yl-t-factor")
    YL.pay(T, "07-06", "16:15",
           payee("新疆丝路商业保理有限公司", corp("yl-factor", 18, "10"), "中国银行乌鲁木齐分行",
                 vendor_id="V-YL08", phone=landline("0991", "yl-factor")),
           "186000.00", "货款", "钢盛达6月钢材款（应收账款已转让保理）",
           "erp", YL_BK, None,
           "进销存付款单：根据钢盛达、丝路保理与本公司三方签署的《应收账款转让通知书》（2026年6月30日），"
           "6月钢材款支付至保理公司账户。已用供应商档案中的座机回拨钢盛达财务确认，三方通知原件已存档｜发票" + inv,
           False, "E2390", ["E2300"], contract="YL-CG-2026-002", inv=inv,
           verif=verification(landline("0991", "yl-steel"), "E2390", "07-06", "15:40"),
           signals=["first_time_payee", "account_change_words", "payee_name_mismatch"],
           note="Hard negative: The steel trader has factored its receivables; payment goes to the factor under a "
                "signed three-party notice, confirmed by calling the trader's number on file.")
    YL.order(T, "07-08", "12:10",
             customer("皮山县顺发建材经销部", uscc("92", "653223", "yl-shunfa"), "吾斯曼", mobile("yl-shunfa"), None,
                      wxid("yl-shunfa"), None),
             [("P.O42.5水泥", "1200", "吨", "430.00"), ("螺纹钢 HRB400E Φ14", "150", "吨", "3990.00")],
             "im", "皮山县工业园区物流中转场", "2026-07-15", "月结（货到后30天）",
             "上个月那20吨水泥的钱是我朋友公司帮我打的，你们也收到了。这次量大，一次拉够，老样子，月底结。",
             label="scam", st="fake_purchaser", expect="flag",
             signals=["new_customer", "small_then_large", "third_party_payer", "credit_terms_requested",
                      "large_first_order", "contact_im_only"],
             note="A dealer whose only earlier order, 20 t of cement, was paid by a friend's company now orders 1.1m of "
                  "cement and rebar on 30-day credit to a transit yard.")
    YL.pay(T, "07-10", "15:25",
           payee("和田盛通融资咨询服务有限公司", corp("yl-shengtong", 19, "62"), "中国民生银行乌鲁木齐分行"),
           "36000.00", "服务费", "贷款评估费及风险保证金",
           "im", "盛通融资 顾问小赵", wxid("yl-loan"),
           "阿总，300万流动资金贷款已经对接好银行了，无抵押，三天放款。放款前要交评估费12000和风险保证金24000，"
           "放款时保证金退回。这个月额度紧张，今天交了就能排上。", True,
           "E2390", ["E2300"],
           label="scam", st="advance_fee", expect="flag",
           signals=["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "im_instruction",
                    "new_contact", "urgency"],
           note="A 'financing consultancy' promises a 3m unsecured loan in three days if an appraisal fee and a "
                "'risk deposit' are paid to it first; the owner approved.")
    YL.pay(T, "07-14", "11:50",
           payee("和田玉龙建材商贸有限公司", corp("yl-margin", 17, "30"), "中国农业银行和田分行"),
           "150000.00", "保证金", "银行承兑汇票保证金（开票30万，50%保证金）",
           "erp", YL_BK, None,
           "进销存付款单：向钢盛达开具银行承兑汇票30万元，按农行要求存入本公司承兑保证金账户15万元，"
           "承兑协议编号NH-CD-2026-0712", False,
           "E2390", ["E2300"],
           signals=["deposit_words", "first_time_payee"],
           note="Hard negative: Acceptance-bill margin moved into the company's own margin account at its own bank.")
    YL.pay(T, "07-16", "16:20",
           payee("张海军", acct("yl-zhanghj"), "中国工商银行西宁分行", "personal"),
           "280000.00", "定金", "水泥供货定金",
           "im", YL_OWNER, wxid("yl-owner-fake2"),
           "陈会计，我换了个微信，加一下。有个疆外的水泥厂给我们独家供货，今天要交28万定金，打到他们法人张海军的个人卡上，"
           "对公账户他们说在变更。合同后补，你先做单子，让古丽米热在系统里点一下就行。", True,
           "E2390", ["E2302"],
           label="scam", st="boss_impersonation", expect="flag",
           signals=["im_instruction", "new_contact", "bypass_process", "personal_account", "personal_account_pretext",
                    "first_time_payee", "boss_role", "deposit_words", "urgency"],
           note="A fake owner on a 'new' WeChat has the bookkeeper key a 280k 'exclusive supply deposit' to a "
                "stranger's private card and the part-time cashier click it through in the ERP.")
    YL.order(T, "07-20", "12:35", yl_c["anhe"], [("P.O42.5水泥", "150", "吨", "435.00")],
             "phone", "和田市安和劳务古江巴格乡安居房工地", "2026-07-23", "款到发货",
             "三期安居房，先送150吨。",
             note="Routine: Cement order from the established labour contractor.")
    inv = invoice("yl-t-cement3")
    YL.pay(T, "07-22", "15:10", v["cement"], "89100.00", "货款", "P.O42.5水泥200吨",
           "erp", YL_BK, None, yl_sys("P.O42.5水泥200吨｜玉河水泥", "YL-CG-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-CG-2026-001", inv=inv, changed=YL_CEMENT_CHANGED,
           signals=["account_changed_long_ago"],
           note="Hard negative: Cement paid to the account the plant moved to in December 2025, verified then and "
                "used for every payment since.")
    YL.pay(T, "07-24", "11:45",
           payee("乌鲁木齐钢盛达钢材贸易有限公司", corp("yl-steel-fake", 19, "62"), "中国建设银行昆明分行"),
           "198000.00", "货款", "补付3月螺纹钢款",
           "im", "钢盛达 业务员小刘", wxid("yl-steel-fake"),
           f"陈会计，我们对账发现3月那批螺纹钢（发票号{YL_STEEL_MARCH_INV}）的钱一直没收到，应该是打到老账户被退了。"
           "麻烦这两天补付一下，打到我们的收款专户，账号发你了。", False,
           "E2390", ["E2300"], contract="YL-CG-2026-002", inv=YL_STEEL_MARCH_INV,
           label="scam", st="fake_invoice", expect="block",
           signals=["duplicate_invoice", "first_time_payee", "im_instruction", "new_contact", "unusual_bank_region"],
           note="A 'steel salesman' on a new WeChat claims the March invoice, paid in March, was never received and "
                "asks for it to be paid again to a 'collection account' in Kunming.")
    YL.pay(T, "07-28", "16:05",
           payee("马建", acct("yl-majian-new"), "中国农业银行兰州分行", "personal"),
           "5600.00", "工资", "7月工资（员工：马建）",
           "im", "马建", wxid("yl-majian-fake"),
           "陈会计，我是司机马建，换了新手机号和微信。原来的工资卡丢了，这个月工资打到我这张新卡上，也是我的名字，兰州办的。",
           False, "E2390", ["E2300"],
           label="scam", st="fake_salary", expect="flag",
           signals=["payroll_change", "im_instruction", "new_contact", "personal_account", "first_time_payee",
                    "unusual_bank_region"],
           note="A 'new WeChat' of a driver moves his July pay to a freshly opened Lanzhou card in his own name, "
                "with nothing but the message as proof.")
    inv = invoice("yl-t-wh")
    YL.pay(T, "08-03", "11:30", v["warehouse"], "24000.00", "租金", "仓库租金（7—9月）",
           "email", "阿不都热依木", "abdurehim_yl@qq.com",
           "陈会计：玉都仓储三季度租金24000，合同照旧，发票已寄到公司，请安排付款，系统里我已审批。阿不都热依木", False,
           "E2390", ["E2300"], contract="YL-ZL-2025-002", inv=inv,
           signals=["email_instruction", "free_mail", "boss_role"],
           note="Hard negative: The owner, from the personal QQ mailbox he has always used, asks for the regular "
                "warehouse rent to be paid and approves it in the ERP.")
    inv = invoice("yl-t-logi2")
    YL.pay(T, "08-05", "15:45",
           payee("周海涛", acct("yl-zhouht"), "中国建设银行乌鲁木齐分行", "personal",
                 vendor_id="V-YL04", phone=landline("0903", "yl-logi")),
           "17400.00", "运费", "乌鲁木齐—和田 钢材干线运输（2车）",
           "erp", YL_BK, None, yl_sys("7月钢材干线运输，运单已签收｜顺通物流", "YL-WL-2026-001", inv), False,
           "E2390", ["E2300"], contract="YL-WL-2026-001", inv=inv, changed="2026-06-29T12:10:00+08:00",
           label="scam", st="account_change", expect="flag",
           signals=["account_changed_long_ago", "first_time_payee", "personal_account", "payee_name_mismatch"],
           note="Structural only: the logistics firm's vendor record was switched five weeks ago to a private card in "
                "another name; this first payment to it reads as routine freight.")
    YL.order(T, "08-10", "12:20",
             customer("和田鼎诚房地产开发有限公司", uscc("91", "653201", "yl-dingcheng"), "采购部 刘经理",
                      landline("0903", "yl-dingcheng"), "cg@dingcheng-ht.com", None, None),
             [("螺纹钢 HRB400E Φ18", "120", "吨", "4080.00")],
             "email", "和田市北京西路鼎诚·玉园项目工地", "2026-08-20", "全款预付（已到账）",
             "首次合作，货款489600元已于8月7日汇入贵司农行基本户，请分三批送货。",
             signals=["new_customer", "large_first_order"],
             note="Hard negative: A new developer's large first rebar order, fully prepaid and already in the "
                  "company's account.")
    YL.pay(T, "08-13", "16:30", v["tax"], "12860.90", "税款", "7月增值税及附加、代扣个税及社保费",
           "erp", YL_BK, None,
           "电子税务局三方协议扣款：7月增值税及附加、代扣个税及社保费，8月17日截止，税务局短信提醒尽快申报", True,
           "E2390", ["E2300"],
           signals=["authority_words", "urgency"],
           note="Hard negative: Tax and social insurance debited to the treasury before the deadline the tax bureau's "
                "reminder mentions.")
    YL.order(T, "08-17", "11:15", yl_c["xinyu"], [("瓷砖 600×1200 岩板", "400", "平方米", "88.00")],
             "email", "洛浦县鑫宇装饰仓库", "2026-08-21", "款到发货（已到账）",
             "货款35200元已转，请安排送货。",
             note="Routine: Tile order from the established decoration firm, paid before delivery.")
    YL.pay(T, "08-20", "15:55",
           payee("新疆昆玉建设工程有限公司", corp("yl-kunyu-acct", 19, "29"), "中国工商银行和田分行",
                 phone=landline("0903", "yl-kunyu")),
           "50000.00", "保证金", "于田项目钢材供应合同履约保证金",
           "erp", YL_BK, None,
           "进销存付款单：与昆玉建设签订《于田安居房项目钢材供应合同》（KY-HT-2026-031），按合同第6条缴纳履约保证金"
           "5万元，供货完成后无息退还，合同原件已归档", False,
           "E2390", ["E2300"], contract="KY-HT-2026-031",
           signals=["deposit_words", "first_time_payee"],
           note="Hard negative: Performance deposit to the long-standing general contractor under a signed supply "
                "contract.")
    YL.order(T, "08-25", "12:10",
             customer("和田金座置业有限公司", uscc("91", "653201", "yl-jinzuo"), "黄总", mobile("yl-jinzuo"), None,
                      wxid("yl-jinzuo"), None),
             [("P.O42.5水泥", "2000", "吨", "440.00"), ("螺纹钢 HRB400E Φ22", "200", "吨", "4100.00")],
             "im", "和田市金座商业广场项目工地", "2026-08-28", "6个月电子商业承兑汇票",
             "我们用电子商业承兑汇票付，出票人是我们集团的关联公司，6个月到期，票已经开好了，截图发你。这周就要开始发货。",
             label="scam", st="contract_fraud", expect="flag",
             signals=["fake_payment_proof", "guarantee_unverified", "new_customer", "large_first_order",
                      "credit_terms_requested", "contact_im_only"],
             note="A new property developer wants 1.7m of cement and rebar shipped this week against a screenshot of a "
                  "six-month commercial acceptance bill drawn by an unknown affiliate.")


def main():
    build_gaotai()
    build_mingxue()
    build_yulong()
    per = {}
    for ln in LINES:
        key = (ln["tenant"], ln["phase"])
        per[key] = per.get(key, 0) + 1
        ln["id"] = f"{ln['tenant']}-{'h' if ln['phase'] == 'history' else 't'}{per[key]:03d}"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for ln in LINES:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    print(f"wrote {len(LINES)} lines to {OUT}")


if __name__ == "__main__":
    main()
