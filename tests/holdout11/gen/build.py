#!/usr/bin/env python3
"""Deterministic builder for the holdout11 corpus (python3 standard library only).

Every party, account, phone, e-mail, IM id and sentence below is invented for this
corpus.  Account numbers, invoice numbers and credit codes are derived from a SHA-256
hash of a fixed tag, so a rebuild gives byte-identical output.

Structural signals (first_time_payee, personal_account, no_approval, channel-derived
provenance, off_hours, account_changed_*, payee_name_mismatch, duplicate_invoice,
sales_order_linked, payee_not_employee, new_customer, contact_im_only,
designated_supplier, fee_asked_of_seller, refund_to_other_account for orders,
free_mail) are added here from the request structure and the tenant's history;
wording signals and `expect` are written by hand per scenario.  validate.py
re-derives both independently.
"""
import datetime as dt
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout11.jsonl")

# ---------------------------------------------------------------- helpers
def _h(tag):
    return int(hashlib.sha256(("holdout11|" + tag).encode("utf-8")).hexdigest(), 16)


def acct(tag, personal=False):
    d = str(_h("acct|" + tag))
    if personal:
        return "6" + d[:18]            # 19 digits, card-like
    return "3" + d[3:20]               # 18 digits, corporate-like


def invoice(tag, region):
    return "26" + region + str(_h("inv|" + tag))[:16]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(tag, division, reg="9", typ="1"):
    h = _h("uscc|" + tag)
    body = ""
    for _ in range(8):
        body += USCC_CHARS[h % 31]
        h //= 31
    # GB 11714 check on the 9-character organisation code
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c9 = 11 - sum(v(c) * wi for c, wi in zip(body, w)) % 11
    body += {10: "X", 11: "0"}.get(c9, str(c9))
    s17 = reg + typ + division + body
    tot = sum(USCC_CHARS.index(c) * pow(3, i, 31) for i, c in enumerate(s17))
    c18 = 31 - tot % 31
    return s17 + USCC_CHARS[0 if c18 == 31 else c18]


def money(x):
    return "%.2f" % x


FREE_MAIL = {"163.com", "126.com", "qq.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "sina.com"}
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 9)}


def off_hours(ts):
    t = dt.datetime.fromisoformat(ts)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    m = t.hour * 60 + t.minute
    return not (8 * 60 + 30 <= m <= 18 * 60 + 30)


def is_landline(p):
    return bool(p) and "-" in p


# ---------------------------------------------------------------- tenants
T = {
    "jianye": {
        "company": "重庆建业鸿基建设集团有限公司",
        "bank": "中国建设银行重庆渝北支行",
        "region": "50",
        "erp": "金蝶云星空付款申请",
        "staff": {"E2090": "邓国华", "E2100": "彭丽娟", "E2101": "冉小芳", "E2102": "谭洪",
                  "E2110": "向东", "E2111": "付强"},
        "pid": "JY-FK", "oid": "JY-XM",
    },
    "jinsha": {
        "company": "绍兴金纱服饰进出口有限公司",
        "bank": "中国银行绍兴柯桥支行",
        "region": "33",
        "erp": "钉钉OA付款审批",
        "staff": {"E3190": "屠建明", "E3200": "金海燕", "E3201": "俞佳怡", "E3202": "陈思远",
                  "E3203": "孟晓婷"},
        "pid": "JS-FK", "oid": "JS-SO",
    },
}
for k, t in T.items():
    t["payer"] = {"account_no": acct(k + "|payer"), "account_name": t["company"]}

# vendor master: id -> (name, bank, phone, account_type)
V = {
    "V-JY01": ("重庆巴岳钢材贸易有限公司", "中国工商银行重庆铜梁支行", "023-0000411"),
    "V-JY02": ("重庆江津兴旺商品混凝土有限公司", "重庆农村商业银行江津支行", "023-0000527"),
    "V-JY03": ("四川达州鑫泰劳务有限公司", "中国农业银行达州通川支行", "0818-0000236"),
    "V-JY04": ("重庆璧山恒固模板租赁有限公司", "中国建设银行重庆璧山支行", "023-0000683"),
    "V-JY05": ("贵州遵义汇力机电安装工程有限公司", "贵州银行遵义红花岗支行", "0851-0000374"),
    "V-JY06": ("重庆合川嘉陵石料有限公司", "重庆银行合川支行", "023-0000752"),
    "V-JY07": ("重庆建业鸿基建设集团有限公司礼嘉项目农民工工资专用账户", "中国建设银行重庆渝北支行", None),
    "V-JS01": ("绍兴柯桥锦华纺织有限公司", "绍兴银行柯桥支行", "0575-0000318"),
    "V-JS02": ("绍兴上虞明珠印染有限公司", "中国农业银行绍兴上虞支行", "0575-0000426"),
    "V-JS03": ("宁波港联国际货运代理有限公司", "宁波银行江北支行", "0574-0000519"),
    "V-JS04": ("绍兴越城恒达服装辅料有限公司", "中国工商银行绍兴越城支行", "0575-0000637"),
    "V-JS05": ("绍兴滨海新区天宇包装材料有限公司", "中国建设银行绍兴滨海支行", "0575-0000745"),
}


def vendor(vid, acct_tag=None, name=None, bank=None, personal=False, phone="keep"):
    n, b, p = V[vid]
    return {"name": name or n, "account_no": acct(acct_tag or vid, personal), "bank": bank or b,
            "account_type": "personal" if personal else "corporate", "vendor_id": vid,
            "phone": p if phone == "keep" else phone}


def newpayee(name, bank, personal=False, phone=None, tag=None):
    return {"name": name, "account_no": acct(tag or name, personal), "bank": bank,
            "account_type": "personal" if personal else "corporate", "vendor_id": None, "phone": phone}


EMPLOYEE_CARD = {
    "冉小芳": ("中国建设银行重庆渝北支行", "emp|ranxf|old"),
    "陈思远": ("中国银行绍兴柯桥支行", "emp|chensy"),
    "孟晓婷": ("中国银行绍兴柯桥支行", "emp|mengxt"),
}


def employee(name, tag=None, bank=None):
    b, t = EMPLOYEE_CARD[name]
    return {"name": name, "account_no": acct(tag or t, True), "bank": bank or b,
            "account_type": "personal", "vendor_id": None, "phone": None}


CUST = {
    "C-JY01": {"name": "重庆两江鼎盛置业有限公司", "credit_code": uscc("dszy", "500112"),
               "contact_name": "石经理", "phone": "023-0000815", "email": "shijl@dszy-cq.com",
               "im_id": None, "customer_id": "C-JY01"},
    "C-JY02": {"name": "重庆璧南工业园区开发建设有限公司", "credit_code": uscc("binan", "500120"),
               "contact_name": "蓝工", "phone": "023-0000928", "email": "langong@binan-kf.com",
               "im_id": None, "customer_id": "C-JY02"},
    "C-JS01": {"name": "Northbay Outfitters Ltd", "credit_code": None, "contact_name": "Fiona Gallagher",
               "phone": None, "email": "fiona.g@northbay-outfitters.co.uk", "im_id": None, "customer_id": "C-JS01"},
    "C-JS02": {"name": "Brennholz Moden GmbH", "credit_code": None, "contact_name": "Jonas Weidmann",
               "phone": None, "email": "j.weidmann@brennholz-moden.de", "im_id": None, "customer_id": "C-JS02"},
    "C-JS03": {"name": "杭州云裳优品电子商务有限公司", "credit_code": uscc("yunshang", "330106"),
               "contact_name": "柴经理", "phone": "0571-0000286", "email": "chaijl@yunshang-yp.com",
               "im_id": None, "customer_id": "C-JS03"},
}

ENTRIES = []
_counter = {}


def _rid(tenant, prefix, ts):
    d = ts[:10].replace("-", "")
    k = (tenant, prefix, d)
    _counter[k] = _counter.get(k, 0) + 1
    return "%s-%s-%02d" % (prefix, d, _counter[k])


def _meta(tenant, phase, kind, label, scam_type, expect, sig, note, req):
    e = {"tenant": tenant, "phase": phase, "kind": kind, "label": label, "scam_type": scam_type,
         "expect": expect}
    if phase == "history":
        e["outcome"] = "executed"
    e["signals"] = list(sig)
    e["note"] = note
    e["request"] = req
    ENTRIES.append(e)
    return req


def P(tenant, phase, ts, payee, amount, purpose, memo, by, appr, *, instr=None, order=None,
      contract=None, inv=None, changed=None, verif=None, currency="CNY", label="legit",
      scam=None, expect="allow", sig=(), note=""):
    t = T[tenant]
    if instr is None:
        parts = [memo, payee["name"]]
        if contract:
            parts.append("合同" + contract)
        if inv:
            parts.append("发票" + inv)
        instr = {"channel": "erp", "from_name": t["staff"][by], "from_contact": None,
                 "text": t["erp"] + "：" + "｜".join(parts), "urgent": False}
    req = {"request_id": _rid(tenant, t["pid"], ts), "submitted_at": ts, "payer": dict(t["payer"]),
           "payee": payee, "amount": money(amount), "currency": currency, "purpose": purpose,
           "memo": memo, "instruction": instr, "requested_by": by, "approved_by": list(appr),
           "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
           "payee_account_changed_at": changed}
    if verif:
        req["verification"] = verif
    return _meta(tenant, phase, "payment", label, scam, expect, sig, note, req)


def O(tenant, phase, ts, customer, items, channel, address, deadline, terms, *, third=None, fees=(),
      notes="", currency="CNY", label="legit", scam=None, expect="allow", sig=(), note=""):
    t = T[tenant]
    its, tot = [], 0
    for prod, qty, unit, price in items:
        its.append({"product": prod, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
        tot += round(qty * price * 100)
    req = {"record_id": _rid(tenant, t["oid"], ts), "received_at": ts, "customer": customer,
           "items": its, "total_amount": "%d.%02d" % divmod(tot, 100), "currency": currency,
           "channel": channel, "delivery": {"address": address, "deadline": deadline},
           "payment_terms": terms, "third_party": third,
           "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees], "notes": notes}
    return _meta(tenant, phase, "order", label, scam, expect, sig, note, req)


def im(name, contact, text, urgent=False, channel="im"):
    return {"channel": channel, "from_name": name, "from_contact": contact, "text": text, "urgent": urgent}


def ts(d, hm):
    return "2026-%s T%s:00+08:00".replace(" ", "") % (d, hm)


JY, JS = "jianye", "jinsha"
RT = "Routine: "
HN = "Hard negative: "

# ================================================================ jianye history
c1 = O(JY, "history", ts("09-03", "10:15"), dict(CUST["C-JY01"]),
       [("礼嘉安置房三期 二次结构砌筑", 3200, "立方米", 420.00), ("礼嘉安置房三期 内墙抹灰", 26000, "平方米", 38.50)],
       "in_person", "重庆市渝北区礼嘉街道安置房三期工地", "2026-12-31", "按月进度款80%，竣工验收后付至97%",
       notes="补充协议双方已盖章，工程量按月计量。", note="Supplementary works contract from the established developer.")
P(JY, "history", ts("09-08", "14:20"), vendor("V-JY01"), 612480.00, "材料款", "礼嘉三期8月螺纹钢款", "E2102", ["E2100"],
  contract="JY-CG-2026-011", inv=invoice("jy-steel-08", "50"), note="Monthly rebar payment to the regular steel trader.")
P(JY, "history", ts("09-11", "09:40"), vendor("V-JY03"), 418000.00, "劳务款", "礼嘉三期劳务分包8月进度款", "E2102", ["E2100", "E2090"],
  contract="JY-FB-2026-004", inv=invoice("jy-lab-08", "50"), note="Labour subcontractor progress payment to its long-standing account.")
P(JY, "history", ts("09-15", "15:05"), vendor("V-JY07"), 1126300.00, "农民工工资", "礼嘉项目8月农民工工资（按实名制考勤表）", "E2101", ["E2100", "E2090"],
  note="Monthly transfer into the project's migrant-worker wage account.")
P(JY, "history", ts("09-17", "10:30"), vendor("V-JY04"), 86400.00, "租赁费", "铝模板8月租金", "E2102", ["E2100"],
  contract="JY-ZL-2026-006", inv=invoice("jy-form-08", "50"), note="Formwork rental.")
DUP_INV = invoice("jy-conc-08", "50")
P(JY, "history", ts("09-22", "11:00"), vendor("V-JY02"), 274950.00, "材料款", "礼嘉三期8月C30商砼款", "E2102", ["E2100"],
  contract="JY-CG-2026-014", inv=DUP_INV, note="Ready-mix concrete payment.")
c2 = O(JY, "history", ts("09-29", "16:10"), dict(CUST["C-JY02"]),
       [("璧南园区标准厂房 场平土方", 48000, "立方米", 18.60), ("璧南园区标准厂房 重力式挡土墙", 1650, "立方米", 560.00)],
       "in_person", "重庆市璧山区璧南工业园区B3地块", "2027-03-31", "按月进度款75%",
       notes="施工合同BN-SG-2026-09已签，业主指定监理计量。", note="Site-levelling contract from the park developer.")
P(JY, "history", ts("10-12", "10:05"), vendor("V-JY06", acct_tag="V-JY06|old"), 138600.00, "材料款", "9月碎石及机制砂款", "E2102", ["E2100"],
  contract="JY-CG-2026-019", inv=invoice("jy-stone-09", "50"), note="Aggregate supplier, original account.")
P(JY, "history", ts("10-15", "14:40"), employee("冉小芳"), 7420.00, "工资", "9月工资 冉小芳", "E2102", ["E2100"],
  note="Staff salary to the cashier's own card.")
P(JY, "history", ts("10-19", "09:50"), vendor("V-JY05", acct_tag="V-JY05|old"), 356200.00, "工程款", "礼嘉三期机电安装9月进度款", "E2102", ["E2100", "E2090"],
  contract="JY-FB-2026-007", inv=invoice("jy-mep-09", "50"), note="MEP subcontractor progress payment.")

# ================================================================ jinsha history
O(JS, "history", ts("09-07", "10:40"), dict(CUST["C-JS01"]),
  [("Women's woven shirt, cotton poplin (NB-W2611)", 8000, "件", 6.85), ("Men's chino trousers (NB-M2604)", 5000, "件", 9.40)],
  "email", "Felixstowe, United Kingdom (FOB Ningbo)", "2026-10-30", "30% T/T deposit, 70% against B/L copy",
  currency="USD", notes="Spring drop, same trims as last season. Deposit sent today.", note="Repeat export order from the UK buyer.")
P(JS, "history", ts("09-09", "14:25"), vendor("V-JS01", acct_tag="V-JS01|old"), 386520.00, "货款", "NB-W2611全棉府绸坯布款", "E3201", ["E3200"],
  contract="JS-CG-2026-031", inv=invoice("js-fab-1", "33"), note="Fabric mill payment.")
P(JS, "history", ts("09-14", "11:05"), vendor("V-JS04"), 42860.00, "货款", "纽扣、织带及吊牌款", "E3201", ["E3200"],
  contract="JS-CG-2026-033", inv=invoice("js-trim-1", "33"), note="Trims supplier.")
O(JS, "history", ts("09-16", "15:40"), dict(CUST["C-JS03"]),
  [("女式针织开衫（YS-K0926）", 3000, "件", 58.00)], "erp", "杭州市余杭区仓前街道云裳电商仓", "2026-10-10", "款到发货",
  notes="款已到账，分两批发。", note="Domestic e-commerce order, paid in advance.")
P(JS, "history", ts("09-18", "10:20"), vendor("V-JS02", acct_tag="V-JS02|old"), 128700.00, "加工费", "8月染色加工费", "E3201", ["E3200"],
  contract="JS-JG-2026-008", inv=invoice("js-dye-08", "33"), note="Dye house, account before its bank switch.")
P(JS, "history", ts("09-24", "09:50"), vendor("V-JS03"), 36480.00, "运费", "NB-W2611海运费及港杂", "E3201", ["E3200"],
  contract="JS-HY-2026-002", inv=invoice("js-fwd-1", "33"), note="Freight forwarder.")
P(JS, "history", ts("10-13", "10:30"), vendor("V-JS02", acct_tag="V-JS02|new", bank="浙商银行绍兴上虞支行"), 141350.00, "加工费",
  "9月染色加工费", "E3201", ["E3200"], contract="JS-JG-2026-008", inv=invoice("js-dye-09", "33"),
  changed="2026-09-21T14:00:00+08:00", note="Dye house paid at its new bank after a change verified in September.")
P(JS, "history", ts("10-15", "14:10"), employee("陈思远"), 9240.00, "工资", "9月工资 陈思远", "E3203", ["E3200"], note="Staff salary.")
P(JS, "history", ts("10-15", "14:12"), employee("孟晓婷"), 8150.00, "工资", "9月工资 孟晓婷", "E3201", ["E3200"], note="Staff salary.")
O(JS, "history", ts("10-20", "11:35"), dict(CUST["C-JS02"]),
  [("Knitted polo shirt, pique 220gsm (BM-P27)", 12000, "件", 5.90)], "email", "Hamburg, Germany (FOB Ningbo)", "2026-12-05",
  "30% T/T deposit, 70% against B/L copy", currency="USD", notes="Colours as per lab dips approved on 14 Oct.",
  note="Repeat order from the German buyer.")
P(JS, "history", ts("10-23", "15:15"), vendor("V-JS05"), 23940.00, "货款", "外箱及内盒", "E3201", ["E3200"],
  contract="JS-CG-2026-036", inv=invoice("js-box-1", "33"), note="Carton supplier.")

# ================================================================ jianye test
P(JY, "test", ts("11-03", "10:20"), vendor("V-JY01"), 684300.00, "材料款", "礼嘉三期10月螺纹钢款", "E2102", ["E2100"],
  contract="JY-CG-2026-011", inv=invoice("jy-steel-10", "50"), note=RT + "monthly rebar payment to the regular steel trader.")
O(JY, "test", ts("11-04", "09:45"), dict(CUST["C-JY01"]), [("礼嘉安置房三期 地下车库防水（设计变更）", 8400, "平方米", 96.00)],
  "email", "重庆市渝北区礼嘉街道安置房三期工地", "2027-01-20", "按月进度款80%",
  notes="设计变更单BG-017已由监理签认，价格按投标清单同类项。", note=RT + "variation order from the established developer.")
P(JY, "test", ts("11-05", "11:30"), newpayee("海南琼兴恒达商贸有限公司", "中国光大银行海口龙华支行"), 960000.00, "其他",
  "配合劳动监察资金核查", "E2101", [],
  instr=im("自称渝北区人社局劳动监察大队 韦科长", "0898-0000513",
           "（出纳电话记录）韦科长：你们礼嘉那个工资专户牵扯到一起恶意欠薪加洗钱的案子，明天上午就要冻结。\n"
           "要配合的话今天下班前把专户余额转到我们指定的监 管 账 户，做资 金 核 查，查清楚了原路退回。\n"
           "这个是保密案件，项目部和你们老板都先不要讲，走漏了你要负责。", True, "phone"),
  label="scam", scam="authority_impersonation", expect="block",
  sig=["safe_account_words", "authority_words", "secrecy_words", "urgency", "evasion_spacing", "unusual_bank_region"],
  note="A caller posing as a labour inspector tells the cashier to move the wage-account balance to a 'supervised account' for 'fund verification' and to tell no one.")
P(JY, "test", ts("11-06", "14:10"), newpayee("重庆渝开工程招标代理有限公司", "重庆农村商业银行渝北支行", tag="yk-bond"), 200000.00, "投标保证金",
  "青杠街道安置小区二期施工总承包投标保证金（招标公告YK-ZB-2026-117所列保证金专户）", "E2102", ["E2100", "E2090"],
  label="legit", sig=["deposit_words"],
  note=HN + "a tender bond paid to the bond account printed in the public tender notice.")
P(JY, "test", ts("11-09", "16:40"), newpayee("重庆中渝通达建设工程咨询有限公司", "中国民生银行重庆江北支行"), 480000.00, "保证金",
  "投标保证金", "E2101", [],
  instr=im("邓国华", "微信群:建业鸿基礼嘉项目管理群（今日新建）",
           "邓国华：@冉小芳 在不在\n冉小芳：在的邓总\n邓国华：基本户跟一般户现在还剩好多，截个图发我看下\n"
           "冉小芳：[图片] 基本户312万，一般户47万\n"
           "邓国华：中渝通达那边的投标保证金今天必须到，48万，户名账号我私发给你\n"
           "邓国华：我在区里开会接不到电话，审批单明天回来补签，这个事先莫在群外头讲", True),
  label="scam", scam="boss_impersonation", expect="block",
  sig=["boss_role", "balance_probe", "new_contact", "cannot_call", "bypass_process", "secrecy_words", "urgency", "deposit_words"],
  note="A 'GM' in a group created that day asks for both bank balances, then orders a 480k 'tender bond' to an unknown consultancy, paperwork later.")
o_wj = O(JY, "test", ts("11-10", "10:30"),
         {"name": "武警某部渝北营区后勤保障处", "credit_code": None, "contact_name": "黎班长", "phone": "13300004417",
          "email": None, "im_id": "wxid_lbz_k93q2", "customer_id": None},
         [("营区围墙翻新", 620, "米", 380.00), ("岗亭改造", 2, "座", 26000.00)], "phone", "重庆市渝北区某营区（进场另行通知）", "2026-12-20",
         "验收合格后一次性支付",
         third={"name": "重庆渝北区锐盾安防器材经营部", "contact": "13300006128", "role": "designated_supplier", "amount": "64000.00"},
         notes="围墙和岗亭的活你们做。部队有规定防冲撞升降柱只能用锐盾的（有备案），麻烦项目上先帮我们订8套一起装，钱算进工程款，验收后一起走财务。",
         label="scam", scam="fake_order", expect="flag", sig=["institution_claim", "off_catalogue_item"],
         note="A self-styled army logistics office orders wall repairs and asks us to buy eight bollards from the shop it names, to be settled with the works.")
P(JY, "test", ts("11-11", "15:20"), newpayee("重庆渝北区锐盾安防器材经营部", "重庆农村商业银行两路支行", personal=True, tag="ruidun"), 64000.00,
  "代采购", "代武警营区采购升降柱8套（全款）", "E2111", [], order=o_wj["record_id"],
  instr=im("黎班长", "wxid_lbz_k93q2",
           "付经理，部队财务走账要等季度末统一结，锐盾那边不见钱不排产，你们先把6.4万打过去，我这边给你出个承诺函，"
           "工程款里一起结，部队不会差你们这点钱的。", True),
  label="scam", scam="fake_order", expect="block", sig=["designated_supplier", "urgency"],
  note="Site manager asked to prepay the bollard shop named by the 'army' customer before any money from that customer.")
P(JY, "test", ts("11-12", "09:30"), vendor("V-JY07"), 1208650.00, "农民工工资", "礼嘉项目10月农民工工资（按实名制考勤表）", "E2101", ["E2100", "E2090"],
  note=RT + "monthly transfer into the project's migrant-worker wage account.")
P(JY, "test", ts("11-13", "11:15"), vendor("V-JY02"), 318420.00, "材料款", "礼嘉三期10月C30商砼款", "E2102", ["E2100", "E2090"],
  contract="JY-CG-2026-014", inv=invoice("jy-conc-10", "50"),
  instr=im("邓国华", "wxid_dgh_jyhj01",
           "邓国华：兴旺那边讲这周五前不结上个月砼款就停供，礼嘉三期周六要浇顶板。小彭你按合同走流程，今天批掉，发票让向东拿过来。", True),
  sig=["boss_role", "urgency"],
  note=HN + "the real GM pushes in WeChat for an urgent concrete payment, but to the regular supplier, through approval.")
P(JY, "test", ts("11-16", "10:40"), vendor("V-JY02"), 274950.00, "材料款", "礼嘉三期商砼款", "E2110", ["E2100"],
  contract="JY-CG-2026-014", inv=DUP_INV, label="scam", scam="fake_invoice", expect="block",
  note="Structural only: the site office submits again a concrete invoice number that was paid in September.")
P(JY, "test", ts("11-17", "14:30"),
  vendor("V-JY06", acct_tag="V-JY06|new", bank="重庆农村商业银行合川支行"), 142800.00, "材料款",
  "10月碎石款（新账户首付，盖章变更函及回访记录附后）", "E2102", ["E2100"],
  contract="JY-CG-2026-019", inv=invoice("jy-stone-10", "50"), changed="2026-11-06T10:00:00+08:00",
  verif={"callback_done": True, "callback_number": "023-0000752", "verified_by": "E2100", "verified_at": "2026-11-09T15:20:00+08:00"},
  sig=["account_change_words"],
  note=HN + "first payment to a supplier's new account, changed by stamped letter and confirmed by calling the number on file.")
P(JY, "test", ts("11-18", "20:45"), newpayee("黄诗琪", "中国邮政储蓄银行柳州柳南支行", personal=True), 28600.00, "备用金",
  "项目部临时备用金", "E2101", [],
  instr=im("导师小雨", "wxid_xiaoyu_rw2026",
           "【任务大厅】恭喜进入VIP三连单 唰单返力30%\n导师小雨：亲，第3单系统卡单了，要再冲28600才能解冻提现，本金佣金一起到账\n"
           "导师小雨：12点前没充完系统判违规，前面两单的本金也提不出来哦", True),
  label="scam", scam="task_rebate", expect="block",
  sig=["task_rebate_words", "topup_words", "evasion_homophone", "vague_memo", "urgency"],
  note="Late at night the cashier keys a 'petty cash' payment to a stranger's card to top up a stuck task-rebate order.")
O(JY, "test", ts("11-19", "10:40"),
  {"name": "重庆渝西陆港国际物流枢纽开发有限公司", "credit_code": uscc("luogang", "500118"), "contact_name": "欧阳总",
   "phone": "13300002761", "email": "oyz_lgsn@163.com", "im_id": "wxid_oyz_88lg", "customer_id": None},
  [("渝西陆港冷链物流园一期EPC总承包", 1, "项", 328000000.00)], "im", "重庆市永川区某物流园规划用地", "2027-06-30",
  "按节点付款，首付款开工后30日内",
  fees=[("履约保证金", 800000.00)],
  notes="国家级物流枢纽重点项目，已列入十五五盘子。贵司中标后签约前须缴履约保证金80万到我司合作单位账户，进场即退。后续请加欧阳总私人微信对接。",
  label="scam", scam="contract_fraud", expect="flag",
  sig=["bigproject_words", "deposit_words", "large_first_order"],
  note="An unknown 'national logistics hub' developer offers a 328m EPC job if we first pay an 800k performance bond to its partner.")
P(JY, "test", ts("11-20", "10:10"),
  vendor("V-JY03", acct_tag="V-JY03|new", bank="广西北部湾银行南宁琅东支行"), 412600.00, "劳务款", "礼嘉三期劳务分包10月进度款", "E2102", ["E2100"],
  contract="JY-FB-2026-004", inv=invoice("jy-lab-10", "50"), changed="2026-11-09T16:30:00+08:00",
  instr=im("鑫泰劳务-何会计", "wxid_xthkj_2611",
           "彭姐好，我们达州那个基本户被上游牵连冻起了，正在走解封。这期进度款麻烦打南宁这个新户，老户千万莫打，打过去要退好久。\n"
           "变更函盖了章拍照发你了哈，今天能到最好，工人等到起要生活费。", True),
  label="scam", scam="account_change", expect="block",
  sig=["account_change_words", "urgency", "unusual_bank_region"],
  note="The labour subcontractor's 'accountant' moves the payee to a Nanning account eleven days before the progress payment; no call-back was made.")
P(JY, "test", ts("11-23", "11:25"), employee("冉小芳", tag="emp|ranxf|new", bank="招商银行重庆渝北支行"), 7480.00, "工资",
  "11月工资 冉小芳（本人经HR自助系统变更工资卡，人事已核身份证及银行卡）", "E2102", ["E2100"], sig=["payroll_change"],
  note=HN + "a salary card changed by the employee herself through HR self-service, holder name unchanged.")
P(JY, "test", ts("11-24", "15:50"), newpayee("覃德贵", "中国农业银行南宁西乡塘支行", personal=True), 58200.00, "农民工工资",
  "钢筋班组10月工资 覃德贵、蒙小军、韦海林、黄志刚、覃德福、陆春生", "E2111", [],
  instr=im("钢筋班组长 覃德贵", "wxid_qdg_gj66",
           "付经理，我们班组这几个兄弟是新来的，工资卡还没办下来，实名制平台也还没录进去。这个月先打我卡上我来发，下个月再走专户。"),
  label="scam", scam="fake_salary", expect="block",
  sig=["payee_shared_by_employees", "payroll_change", "bypass_process"],
  note="A gang leader asks for six workers' wages to be paid to his own card, outside the wage account.")
O(JY, "test", ts("11-26", "10:20"),
  {"name": "重庆市璧山区青杠实验小学", "credit_code": uscc("qgsx", "500120", reg="1", typ="2"), "contact_name": "邹老师",
   "phone": "023-0000946", "email": "zouls@qgsyxx-bs.cn", "im_id": None, "customer_id": None},
  [("教学楼外墙翻新", 5400, "平方米", 68.00)], "other", "重庆市璧山区青杠街道青杠实验小学", "2027-02-15",
  "财政国库集中支付，按合同节点",
  notes="政府采购云平台成交通知书BS-ZC-2026-0438，合同按采购文件签订，不涉及代购、垫资或保证金转付。",
  sig=["institution_claim"], note=HN + "a school awards exterior repairs through the government procurement platform.")
P(JY, "test", ts("11-27", "16:30"), newpayee("卢海波", "中国邮政储蓄银行南宁青秀支行", personal=True), 35000.00, "服务费",
  "融资服务费", "E2102", [],
  instr=im("融信通供应链-卢经理", "wxid_luhb_rxt",
           "谭会计，邓总那边500万授信已经批下来了。放款前系统要验一下贵司还款能力，先打3.5万验zi金到风控专员卡上，放款后连第一期利息一起退。\n"
           "今天不验的话额度明天就冻起了，到时候要交解冻费更麻烦。", True),
  label="scam", scam="advance_fee", expect="block",
  sig=["loan_fee_words", "evasion_pinyin", "urgency", "vague_memo", "no_po_contract"],
  note="A 'supply-chain finance' agent wants a capital-verification deposit paid to a personal card before releasing a loan.")
P(JY, "test", ts("11-30", "09:55"), vendor("V-JY05", acct_tag="V-JY05|old"), 362800.00, "工程款", "礼嘉三期机电安装10月进度款", "E2102", ["E2100", "E2090"],
  contract="JY-FB-2026-007", inv=invoice("jy-mep-10", "50"), note=RT + "MEP subcontractor progress payment.")
O(JY, "test", ts("12-01", "14:00"),
  {"name": "中国建筑第十二工程局有限公司西南物资中心", "credit_code": None, "contact_name": "舒主任", "phone": "13300005093",
   "email": "zj12ju_wzzx@163.com", "im_id": "wxid_szr_wz12", "customer_id": None},
  [("Φ48×3.0脚手架钢管（周转旧料）", 180, "吨", 3150.00), ("扣件（旧）", 24000, "套", 4.20)], "phone",
  "贵州省毕节市某项目临时堆场（车到前另行通知）", "2026-12-03", "货到后月结60天，走我局集中支付",
  notes="西南片区急需周转材料，价格按你们报的不还价，明天就要装车。合同用我们局里的模板，盖章版后补，营业执照等下发。",
  label="scam", scam="fake_purchaser", expect="flag",
  sig=["institution_claim", "lookalike_company", "large_first_order", "credit_terms_requested", "far_delivery", "urgency"],
  note="A 'materials centre' of a big state builder wants our used scaffolding on 60-day credit, shipped to an unnamed yard in another province.")
O(JY, "test", ts("12-02", "10:45"),
  {"name": "重庆汇通聚源商贸有限公司", "credit_code": uscc("htjy", "500105"), "contact_name": "牟总", "phone": "13300007384",
   "email": None, "im_id": "wxid_mz_htjy6", "customer_id": None},
  [("C30商品混凝土（转售）", 2000, "立方米", 455.00)], "im", "重庆市江北区（不实际发货）", "2026-12-04", "预付全款",
  third={"name": "重庆渝丰铭达建材有限公司", "contact": "13300007519", "role": "pass_through_payee", "amount": "882700.00"},
  notes="合同就是个形式，钱从我们这边打进贵司dgzh，你们当天转给渝丰那边，走个账做点流水，给你们3个点辛苦费，货不用发，发票也不用开。",
  label="scam", scam="account_lending", expect="block",
  sig=["account_lending_words", "evasion_pinyin", "off_catalogue_item", "in_out_match"],
  note="A paper 'concrete order' whose real purpose is to run 910k through our corporate account to a third company for a 3% cut.")
P(JY, "test", ts("12-04", "11:10"), newpayee("重庆璧南工业园区开发建设有限公司", "中国农业银行重庆璧山支行", tag="binan|bond"), 181680.00,
  "履约保证金", "璧南园区场平及挡土墙工程履约保证金（合同BN-SG-2026-09第7条，业主盖章通知函）", "E2102", ["E2100", "E2090"],
  contract="BN-SG-2026-09", sig=["deposit_words"],
  note=HN + "a contractual performance bond paid to the established project owner under a signed contract.")
o_hs = O(JY, "test", ts("12-07", "10:00"),
         {"name": "重庆铜梁区鸿顺再生资源回收有限公司", "credit_code": uscc("hongshun", "500151"), "contact_name": "曾老板",
          "phone": "13300008265", "email": None, "im_id": "wxid_zlb_hs09", "customer_id": None},
         [("HRB400E Φ25螺纹钢（项目余料）", 46, "吨", 3280.00)], "im", "重庆市渝北区礼嘉街道安置房三期工地（自提）", "2026-12-08", "款到提货",
         third={"name": "重庆永川鑫发钢材经营部", "contact": "13300008391", "role": "refund_recipient", "amount": "120000.00"},
         notes="货款我们已经打了，手机银行截图发你们财务了。操作失误多打了12万，多的那部分麻烦退到我们供货商永川鑫发那个账户，他们等到要钱，退了我们马上来拉货。",
         label="scam", scam="overpayment_refund", expect="block", sig=["fake_payment_proof", "overpayment", "refund_words"],
         note="A new scrap buyer claims, with only a screenshot, to have overpaid by 120k and wants the excess sent to its own supplier.")
P(JY, "test", ts("12-08", "09:40"), newpayee("重庆永川鑫发钢材经营部", "重庆三峡银行永川支行", personal=True, tag="xinfa"), 120000.00, "退款",
  "鸿顺回收多付款退回", "E2102", [], order=o_hs["record_id"],
  instr=im("曾老板", "wxid_zlb_hs09",
           "谭会计，截图你也看到了，银行说跨行大额要第二天才到账。供货商在厂门口堵起了，你先把12万退给鑫发，我这边钱一到你们一看就晓得了。", True),
  label="scam", scam="overpayment_refund", expect="block",
  sig=["refund_to_other_account", "refund_words", "overpayment", "fake_payment_proof", "urgency"],
  note="The follow-up refund of the unproven 'overpayment' to the scrap buyer's supplier, before any money has cleared.")
P(JY, "test", ts("12-10", "15:00"),
  vendor("V-JY05", acct_tag="V-JY05|new", name="遵义汇力机电设备工程有限公司", bank="广东华兴银行深圳福田支行"), 298400.00, "工程款",
  "礼嘉三期机电安装11月进度款", "E2102", ["E2100"], contract="JY-FB-2026-007", inv=invoice("jy-mep-11", "50"),
  changed="2026-12-01T11:00:00+08:00",
  verif={"callback_done": True, "callback_number": "0851-0000391", "verified_by": "E2102", "verified_at": "2026-12-10T14:30:00+08:00"},
  instr=im("汇力机电 财务部", "caiwu@hulli-jd.com",
           "尊敬的建业鸿基财务部：\n因我司开展年度审计，原贵州银行账户暂停收款，自即日起工程款请汇至以下新账户。本通知盖章之日起生效，旧账户收款一律无效。\n"
           "如需核实请致电本函所列财务专线0851-0000391。\n汇力机电 财务部", False, "email"),
  label="scam", scam="account_change", expect="block",
  sig=["account_change_words", "lookalike_domain", "unusual_bank_region"],
  note="An 'audit' letter from a lookalike domain moves the MEP subcontractor's account to Shenzhen; the call-back went to the number in the letter, not the one on file.")
P(JY, "test", ts("12-11", "10:00"), vendor("V-JY07"), 1187900.00, "农民工工资", "礼嘉项目11月农民工工资（按实名制考勤表）", "E2101", ["E2100", "E2090"],
  note=RT + "monthly transfer into the project's migrant-worker wage account.")
P(JY, "test", ts("12-12", "10:30"), vendor("V-JY01"), 96750.00, "材料款", "礼嘉三期顶板浇筑前钢筋补货款（周六加急）", "E2102", ["E2100", "E2090"],
  contract="JY-CG-2026-011", inv=invoice("jy-steel-11b", "50"), sig=["urgency"],
  note=HN + "a Saturday rush payment for extra rebar to the regular supplier, fully approved.")
P(JY, "test", ts("12-14", "10:50"), newpayee("甘志勇", "中国农业银行贵阳云岩支行", personal=True), 46000.00, "其他", "礼嘉项目周边协调费", "E2101", [],
  instr=im("邓国华", "QQ:2874410563",
           "小冉，礼嘉那边村里堵路的事我找了个人摆平，4.6万协调费打给甘志勇，私人户头，这种钱没法走公账你懂的。\n我在车上信号不好莫打电话，单子年底一起补。", True),
  label="scam", scam="boss_impersonation", expect="flag",
  sig=["boss_role", "cannot_call", "bypass_process", "personal_account_pretext", "vague_memo", "urgency"],
  note="A 'GM' on QQ wants a 46k 'coordination fee' to a private person, no call, paperwork at year end; no balance probe this time.")
P(JY, "test", ts("12-15", "11:20"),
  vendor("V-JY04", acct_tag="V-JY04|new", name="璧山区恒固建材经营部", bank="重庆三峡银行璧山支行", personal=True), 91800.00, "租赁费",
  "铝模板11月租金", "E2110", ["E2100"], contract="JY-ZL-2026-006", inv=invoice("jy-form-11", "50"),
  changed="2026-10-28T09:30:00+08:00", label="scam", scam="account_change", expect="flag",
  note="Structural only: the formwork lessor's master record was switched in October to a personal account under another name; this is the first payment to it.")
P(JY, "test", ts("12-16", "10:15"), newpayee("重庆建业鸿基建设集团有限公司", "中国建设银行重庆渝北支行", tag="jy|margin"), 300000.00, "承兑保证金",
  "开立银行承兑汇票（票面100万，保证金比例30%），存入本公司保证金账户", "E2102", ["E2100", "E2090"], sig=["deposit_words"],
  note=HN + "acceptance-bill margin paid into the company's own margin account at its own bank.")
P(JY, "test", ts("12-17", "14:20"), newpayee("国家金库重庆市渝北区支库", "国家金库重庆市渝北区支库", tag="jy|treasury"), 213460.00, "税款",
  "11月增值税及附加（三方协议扣款失败，柜面缴纳，今日申报期截止）", "E2102", ["E2100"], sig=["authority_words", "urgency"],
  note=HN + "an urgent tax payment to the district treasury on the filing deadline.")
O(JY, "test", ts("12-21", "15:30"), dict(CUST["C-JY02"]), [("璧南园区标准厂房 室外雨污管网", 2600, "米", 245.00)], "email",
  "重庆市璧山区璧南工业园区B3地块", "2027-04-30", "按月进度款75%", notes="按主合同单价，增补协议随后寄出。",
  note=RT + "additional works from the established park developer.")
c = dict(CUST["C-JY01"])
c.update({"contact_name": "庞工", "phone": "023-0000817", "email": "panggong@dszy-cq.com"})
O(JY, "test", ts("12-22", "10:20"), c, [("礼嘉安置房三期 景观硬质铺装", 7300, "平方米", 132.00)], "email",
  "重庆市渝北区礼嘉街道安置房三期工地", "2027-04-15", "按月进度款80%",
  notes="石经理调去新盘了，三期后面由我对接，联系人变更通知已发贵司经营部。", sig=["new_contact"],
  note=HN + "the established developer's new site contact, writing from the company's own domain.")

# ================================================================ jinsha test
P(JS, "test", ts("11-02", "10:15"), vendor("V-JS01", acct_tag="V-JS01|old"), 418960.00, "货款", "NB-W2702全棉府绸坯布款", "E3201", ["E3200"],
  contract="JS-CG-2026-031", inv=invoice("js-fab-2", "33"), note=RT + "fabric mill payment.")
O(JS, "test", ts("11-03", "14:30"), dict(CUST["C-JS01"]),
  [("Women's woven shirt, cotton poplin (NB-W2702)", 9000, "件", 6.90), ("Linen blend shorts (NB-M2710)", 6000, "件", 7.25)],
  "email", "Felixstowe, United Kingdom (FOB Ningbo)", "2027-01-15", "30% T/T deposit, 70% against B/L copy", currency="USD",
  notes="Summer drop, PP samples approved. Deposit remitted this morning.", note=RT + "repeat order from the UK buyer.")
O(JS, "test", ts("11-05", "10:05"), dict(CUST["C-JS02"]), [("Knitted polo shirt, pique 220gsm (BM-P31)", 15000, "件", 6.05)], "email",
  "Hamburg, Germany (FOB Ningbo)", "2027-01-30", "30% T/T deposit (received), 70% against B/L copy", currency="USD",
  third={"name": "绍兴柯桥艾丽斯织唛有限公司", "contact": "0575-0000852", "role": "designated_supplier", "amount": "10350.00"},
  notes="Woven labels and hang tags must come from our nominated label mill for brand compliance. You place the PO with them, "
        "they invoice you, and it stays inside the FOB price as usual. The 30% deposit of USD 27,225.00 was credited to your BOC account on 4 Nov.",
  note=HN + "an established buyer nominates its label mill, but we buy under our own PO and its deposit has already cleared.")
P(JS, "test", ts("11-06", "15:10"), vendor("V-JS01", acct_tag="yueshang-factoring", name="绍兴越商商业保理有限公司", bank="绍兴银行越城支行"),
  388540.00, "货款", "锦华纺织9-10月布款，应收账款已转让（三方转让通知书YS-BL-2026-031）", "E3201", ["E3200"],
  contract="JS-CG-2026-031",
  verif={"callback_done": True, "callback_number": "0575-0000318", "verified_by": "E3200", "verified_at": "2026-11-06T11:40:00+08:00"},
  note=HN + "the fabric mill's receivable was factored; payment goes to the factor under a signed three-party notice, confirmed on the mill's number on file.")
P(JS, "test", ts("11-09", "10:50"), newpayee("义乌市博瑞进出口有限公司", "浙江稠州商业银行义乌江东支行"), 580000.00, "订金", "辅料订金", "E3201", [],
  instr=im("屠建明(新号)", "wxid_tjm_0575x",
           "屠建明(新号)：小俞，我老威信登不上了，先加这个\n屠建明(新号)：中行跟农行两个户头现在余额多少？截个图给我\n"
           "俞佳怡：屠总，中行２８６万，农行６１万\n"
           "屠建明(新号)：义乌博瑞那批辅料订金今天要付掉，５８万，账户发你了。我在海关开会不方便接电话，付款单回来补签，先别跟金总讲，我自己跟她说", True),
  label="scam", scam="boss_impersonation", expect="block",
  sig=["boss_role", "balance_probe", "new_contact", "cannot_call", "bypass_process", "secrecy_words", "urgency", "deposit_words",
       "evasion_homophone", "evasion_fullwidth"],
  note="A 'chairman' on a new WeChat account asks for both balances, then a 580k deposit to an unknown Yiwu trader, keeping the finance director out.")
O(JS, "test", ts("11-10", "09:35"),
  {"name": "Brennholz Moden GmbH", "credit_code": None, "contact_name": "Jonas Weidmann", "phone": None,
   "email": "j.weidmann@brennholz-rnoden.de", "im_id": None, "customer_id": "C-JS02"},
  [("Knitted polo shirt, pique 220gsm (BM-P40)", 40000, "件", 6.20)], "email",
  "Lager 7, Industriestrasse 12, Slubice, Poland (DAP)", "2026-12-20", "90 days open account after delivery", currency="USD",
  notes="Hi team, urgent repeat for our new Eastern Europe channel. Pls ship to our consolidation warehouse in Poland, not Hamburg. "
        "Given the volume we need 90 days open account this time, finance will send the credit insurance paper later. Confirm today pls, price no problem.",
  label="scam", scam="fake_purchaser", expect="flag",
  sig=["lookalike_domain", "contact_mismatch", "credit_terms_requested", "far_delivery", "urgency"],
  note="An order 'from' the German buyer arrives from rn-for-m lookalike mail, three times the usual size, on open account to a Polish warehouse.")
P(JS, "test", ts("11-11", "14:00"), vendor("V-JS03"), 41260.00, "运费", "NB-W2702海运费及港杂", "E3201", ["E3200"],
  contract="JS-HY-2026-002", inv=invoice("js-fwd-2", "33"), note=RT + "freight forwarder.")
P(JS, "test", ts("11-12", "10:25"), newpayee("金华市婺城区瑞晟商务咨询有限公司", "中国民生银行金华分行营业部"), 468000.00, "税款",
  "配合出口退税资金核查", "E3203", [],
  instr=im("自称柯桥区税务局出口退税科 詹科长", "0575-0000963",
           "（会计电话记录）詹科长：你们10月申报的出口退税有3票被系统预警，涉嫌骗取退税，要做退税资金核查。\n"
           "先把已退税款46.8万转到核查专户（他说是国家安全账户，内部代码aqzh），核对无误48小时内原路退回。\n期间不得对外透露，否则按骗税移送公安。", True,
           "phone"),
  label="scam", scam="authority_impersonation", expect="block",
  sig=["safe_account_words", "authority_words", "secrecy_words", "urgency", "evasion_pinyin"],
  note="A fake tax officer says three export-rebate filings are suspect and demands the rebate be parked in a 'safe account' for checking.")
P(JS, "test", ts("11-13", "11:40"), newpayee("绍兴柯桥通关报关有限公司", "绍兴银行柯桥支行", tag="kq-customs-broker"), 6850.00, "服务费",
  "10月报关及出口退税申报代理服务费（合同JS-BG-2026-02，发票已验真）", "E3203", ["E3200"], contract="JS-BG-2026-02",
  inv=invoice("js-broker-10", "33"), sig=["fee_words"],
  note=HN + "a first fee to a newly contracted customs broker for export-rebate filing, with contract and invoice.")
P(JS, "test", ts("11-16", "10:30"),
  vendor("V-JS01", acct_tag="lumeijuan", name="鲁美娟", bank="中国邮政储蓄银行金华金东支行", personal=True), 436200.00, "货款",
  "10月布款", "E3201", ["E3200"], contract="JS-CG-2026-031", changed="2026-11-10T16:20:00+08:00",
  instr=im("锦华纺织-鲁会计", "wxid_jhfz_lukj",
           "俞小姐您好，我司對公帳戶因稅務稽查暫時凍結，本期布款請匯入我們老闆娘個人帳戶，發票照開不誤，麻煩今天安排，謝謝！", True),
  label="scam", scam="account_change", expect="block",
  sig=["account_change_words", "personal_account_pretext", "evasion_traditional", "urgency"],
  note="The fabric mill's 'accountant' switches the payee to the owner's wife's personal card six days before payment; nobody called the mill.")
O(JS, "test", ts("11-17", "15:45"),
  {"name": "绍兴越州职业技术学院后勤服务中心", "credit_code": uscc("yzzy", "330602", reg="1", typ="2"), "contact_name": "许老师",
   "phone": "13300003846", "email": None, "im_id": "wxid_xls_yzzy", "customer_id": None},
  [("学生实训服（春秋款）", 3200, "套", 118.00)], "phone", "绍兴市越城区某职业学院后勤仓库", "2026-12-15", "对公转账，已付50%预付款",
  third={"name": "杭州拱墅区锦绣刺绣加工部", "contact": "13300003972", "role": "designated_supplier", "amount": "57600.00"},
  notes="实训服你们做，胸口校徽刺绣贴学校只认锦绣那家（有校方授权），麻烦你们先付5.76万让他们排产。"
        "我们50%预付款昨天已经走对公了，回单截图发你微信了，银行说对公跨行要24小时到。",
  label="scam", scam="fake_order", expect="block", sig=["fake_payment_proof", "institution_claim"],
  note="A 'college logistics centre' orders uniforms and wants us to prepay its chosen embroidery shop, backed only by a transfer screenshot.")
P(JS, "test", ts("11-18", "10:10"), newpayee("绍兴柯桥天逸纺织科技有限公司", "中国农业银行绍兴柯桥支行"), 12000.00, "打样费", "天丝面料打样费",
  "E3202", ["E3200"],
  instr=im("屠建明", "wxid_tjm_jinsha",
           "屠建明：柯桥那家新开的天丝面料厂样布不错，先付打样费1.2万。合同和付款单思远去走，金总批了再付。"),
  sig=["boss_role"],
  note=HN + "the real chairman suggests a small sampling fee to a new mill in WeChat, sent through contract and approval.")
P(JS, "test", ts("11-19", "16:20"), newpayee("广州穗丰国际贸易有限公司", "中国建设银行广州天河支行"), 18400.00, "退款",
  "Kestrel重复付款退回（对方指定代理账户）", "E3201", [], currency="USD",
  instr=im("Kestrel Garments Pty Ltd - Accounts", "accounts.kestrelgarments@gmail.com",
           "Dear Ms Yu,\nOur accounts team mistakenly remitted the deposit twice (USD 18,400 x2), see attached MT103 copies. "
           "Kindly refund the duplicate USD 18,400 to our sourcing agent in Guangzhou, details below, as our AU account is under review.\n"
           "Urgent pls, our auditor closes the books on Friday.\nBest, Accounts", True, "email"),
  label="scam", scam="overpayment_refund", expect="block",
  sig=["refund_to_other_account", "refund_words", "overpayment", "fake_payment_proof", "urgency"],
  note="A new overseas 'buyer' claims a double deposit shown only on MT103 copies and asks the refund to go to a Guangzhou agent.")
O(JS, "test", ts("11-20", "10:40"),
  {"name": "Maple & Moss Studio", "credit_code": None, "contact_name": "Hannah Liu", "phone": None,
   "email": "maplemoss.studio@gmail.com", "im_id": None, "customer_id": None},
  [("Women's linen shirt (MM-01)", 600, "件", 11.80), ("Linen wide-leg trousers (MM-02)", 400, "件", 13.50)], "email",
  "Vancouver, BC, Canada (EXW Shaoxing, buyer's forwarder)", "2027-01-10", "100% T/T before shipment; 30% deposit received 19 Nov",
  currency="USD", notes="Small capsule for our online store. Our forwarder will collect from your warehouse.",
  sig=["far_delivery"], note=HN + "a small new overseas buyer on free mail whose deposit has already cleared.")
P(JS, "test", ts("11-23", "11:05"), newpayee("赵志鹏", "中国建设银行绍兴越城支行", personal=True), 8150.00, "工资", "11月工资 孟晓婷",
  "E3201", ["E3200"],
  instr=im("孟晓婷", "mengxt.jinsha@163.com",
           "金总、俞佳怡：我的工资卡丢了在补办，这个月工资麻烦先打到我爱人赵志鹏的建行卡上，卡号见下。人在外面培训，电话不方便接，谢谢。", False, "email"),
  label="scam", scam="fake_salary", expect="block", sig=["payroll_change", "cannot_call"],
  note="A free-mail message 'from' the accountant asks for her salary to be paid to her 'husband's' card.")
O(JS, "test", ts("11-24", "14:35"),
  {"name": "Sahara Crest Trading FZE", "credit_code": None, "contact_name": "Omar Haddad", "phone": None,
   "email": "omar.haddad.saharacrest@outlook.com", "im_id": None, "customer_id": None},
  [("Men's denim jacket (SC-DJ1)", 30000, "件", 14.60), ("Men's cargo pants (SC-CP2)", 30000, "件", 9.80)], "email",
  "Jebel Ali Free Zone, Dubai (CIF)", "2026-12-15", "90 days open account after B/L, or L/C from our bank later", currency="USD",
  notes="We are big distributor for GCC and Africa, your price is fine no need sample, want shipment in 3 weeks. "
        "Our forwarder handle all documents, pls release original B/L to them direct.",
  label="scam", scam="fake_purchaser", expect="flag",
  sig=["large_first_order", "credit_terms_requested", "far_delivery", "urgency"],
  note="A new Gulf 'distributor' on free mail places a 732k-dollar first order on open account and wants the original B/L released to its forwarder.")
P(JS, "test", ts("11-25", "10:20"), newpayee("何雨桐", "中国工商银行南宁民族支行", personal=True), 9800.00, "样衣费", "样衣采购费", "E3202", [],
  instr=im("测评组Lily", "wxid_lily_cpz77",
           "思远哥，你那个店铺测评任务第5单要先垫fu 9800充到刷单账户，唰单返力按12%算，今天做完一起提现。收款人换成我们财务何雨桐的卡。", True),
  label="scam", scam="task_rebate", expect="block",
  sig=["task_rebate_words", "topup_words", "evasion_pinyin", "evasion_homophone", "urgency"],
  note="A merchandiser dresses up a task-rebate top-up as a sample-garment fee to a stranger's personal card.")
O(JS, "test", ts("11-26", "09:45"), dict(CUST["C-JS03"]), [("女式羽绒马甲（YS-D1126）", 2500, "件", 96.00)], "erp",
  "杭州市余杭区仓前街道云裳电商仓", "2026-12-10", "款到发货", notes="款已到账。", note=RT + "domestic e-commerce order, paid in advance.")
P(JS, "test", ts("11-27", "15:00"), newpayee("北京华贸环球企业名录编审中心", "中国银行北京丰台支行"), 3980.00, "年费", "出口商名录收录及维护费", "E3203", [],
  instr=im("全球纺织服装出口商名录编委会", None,
           "缴费通知（第二次催缴）\n贵司在《全球纺织服装出口商名录（2027版）》的收录即将到期，请于12月5日前缴纳年度收录及网络推广维护费3980元，"
           "逾期将撤销贵司条目并影响海外买家检索。\n本通知不作为发票。", True, "letter"),
  label="scam", scam="fake_invoice", expect="flag", sig=["renewal_bill", "urgency", "no_po_contract"],
  note="A mailed 'second reminder' for an export-directory listing the company never ordered.")
P(JS, "test", ts("11-30", "10:30"),
  {"name": "Northbay Outfitters Ltd", "account_no": acct("northbay|hsbc"), "bank": "HSBC UK Bank plc, Leeds",
   "account_type": "corporate", "vendor_id": None, "phone": None}, 3150.00, "退款",
  "NB-W2702订单11月25日重复到账USD 3,150.00，银行已入账，原路退回付款账户（付款行水单NB-TT-1125）", "E3201", ["E3200"], currency="USD",
  sig=["refund_words", "overpayment"],
  note=HN + "a real, cleared double payment refunded to the same account the buyer paid from.")
P(JS, "test", ts("12-01", "11:15"), newpayee("义乌市鼎盛鸿进出口商行", "义乌农村商业银行稠城支行", personal=True, tag="dsh-yiwu"), 512000.00, "往来款",
  "代收代付（客户委托过账）", "E3202", [],
  instr=im("Ahmed - Al Noor General Trading", "alnoor.gt.dubai@gmail.com",
           "Dear partner,\nAs agreed our USD 72,000 landed in your account yesterday. Please transfer RMB 512,000 to our Yiwu agent today, "
           "you keep 1.5% for the help. No goods this time, next month we place real order.\nThanks brother", True, "email"),
  label="scam", scam="account_lending", expect="block",
  sig=["account_lending_words", "in_out_match", "vague_memo", "no_po_contract", "urgency"],
  note="A 'buyer' routes dollars through our account and asks us to forward the yuan to a Yiwu trader, no goods involved.")
P(JS, "test", ts("12-02", "14:50"), employee("陈思远"), 6000.00, "差旅借支", "12月广州面料展差旅借支 陈思远（出差审批CC-2026-118）", "E3202",
  ["E3200"], note=HN + "a travel advance to the employee's own salary card, with an approved trip.")
P(JS, "test", ts("12-03", "10:00"), employee("陈思远", tag="emp|chensy|new", bank="湖南三湘银行长沙岳麓支行"), 9240.00, "工资", "12月工资 陈思远",
  "E3201", ["E3200"],
  instr=im("陈思远", "chensiyuan.work@outlook.com",
           "Hi 俞佳怡, I've switched banks, pls pay my Dec salary to the new card below (same name). Effective this payroll.\n"
           "My phone is being repaired so email only pls. Thanks, Siyuan", True, "email"),
  label="scam", scam="fake_salary", expect="flag",
  sig=["payroll_change", "cannot_call", "unusual_bank_region", "urgency"],
  note="A free-mail 'salary card change' for the merchandiser to an out-of-province card in his own name, outside HR self-service.")
P(JS, "test", ts("12-05", "09:30"), vendor("V-JS03"), 52380.00, "运费", "BM-P31周六截关海运费及THC", "E3201", ["E3200"],
  contract="JS-HY-2026-002", inv=invoice("js-fwd-3", "33"), sig=["urgency"],
  note=HN + "a Saturday payment to the regular forwarder before the vessel cut-off, fully approved.")
O(JS, "test", ts("12-07", "11:30"),
  {"name": "Everline Brands Licensing Ltd", "credit_code": None, "contact_name": "Gavin Cheung", "phone": None,
   "email": "licensing@everline-brands.com", "im_id": None, "customer_id": None},
  [("Licensed cartoon hoodie (EV-H01)", 20000, "件", 12.40)], "email", "Hong Kong (FOB Ningbo)", "2027-02-28", "Net 60 after B/L",
  currency="USD",
  third={"name": "Pinnacle Social Compliance Services Ltd", "contact": "audit@pinnacle-sc.com", "role": "notary_service", "amount": "26800.00"},
  fees=[("factory compliance audit fee", 26800.00), ("refundable licence deposit", 50000.00)],
  notes="Congratulations, your factory is shortlisted as an authorised maker for our cartoon licence. Before PO release please settle the "
        "audit fee to our appointed auditor and the refundable licence deposit, both within 5 working days, otherwise the slot goes to the next factory.",
  label="scam", scam="contract_fraud", expect="flag", sig=["deposit_words", "fee_words", "credit_terms_requested", "urgency"],
  note="A 'licensing' company dangles a branded order but wants an audit fee and a licence deposit from us before any PO.")
O(JS, "test", ts("12-08", "10:45"), dict(CUST["C-JS03"]), [("女式摇粒绒卫衣（YS-F1208）", 4000, "件", 72.00)], "erp",
  "嘉兴市平湖市独山港云仓（代运营第三方仓）", "2026-12-22", "月结30天（年度合同约定，授信额度内）",
  notes="年货节备货，直接送代运营云仓，收货人为仓库主管。", sig=["credit_terms_requested"],
  note=HN + "an established customer uses its contractual monthly credit and ships to its third-party warehouse.")
O(JS, "test", ts("12-09", "15:20"),
  {"name": "Larkspur Retail Group Inc.", "credit_code": None, "contact_name": "Megan Ortiz", "phone": None,
   "email": "procurement@larkspur-retailgroup.com", "im_id": None, "customer_id": None},
  [("Women's fleece hoodie (LR-FH3)", 18000, "件", 8.20)], "email", "Savannah, GA, USA (FOB Ningbo)", "2027-01-31", "Net 60 after delivery",
  currency="USD",
  third={"name": "Shenzhen Tagwise RFID Technology Co., Ltd.", "contact": "sales@tagwise-rfid.cn", "role": "designated_supplier", "amount": "12600.00"},
  notes="Each unit needs our RFID hang tag from our nominated vendor Tagwise. Pls pay them upfront so they can encode the tags this week, "
        "we will reimburse together with the first invoice. Vendor only accepts prepayment.",
  label="scam", scam="fake_order", expect="flag", sig=["credit_terms_requested", "large_first_order"],
  note="A new US 'retailer' on credit terms wants us to prepay its nominated RFID tag vendor, to be 'reimbursed' later.")
P(JS, "test", ts("12-10", "11:10"), vendor("V-JS02", acct_tag="V-JS02|new", bank="浙商银行绍兴上虞支行"), 152930.00, "加工费", "11月染色加工费",
  "E3201", ["E3200"], contract="JS-JG-2026-008", inv=invoice("js-dye-11", "33"), changed="2026-09-21T14:00:00+08:00",
  note=HN + "the dye house's account changed in September and has been paid since; nothing new.")
P(JS, "test", ts("12-14", "10:25"), newpayee("杭州鼎汇融通金融信息服务有限公司", "杭州银行西湖支行"), 28000.00, "服务费", "出口订单融资前期服务费",
  "E3203", [],
  instr=im("鼎汇融通 客户经理 柯经理", "13300009417",
           "（会计电话记录）柯经理：我们合作的银行可以按你们在手外贸订单给300万信用贷，不用抵押，3天放款。先交评估服务费2.8万，放款后从贷款里抵扣。",
           False, "phone"),
  label="scam", scam="advance_fee", expect="flag", sig=["loan_fee_words", "fee_words", "no_po_contract"],
  note="A 'financial information' firm offers an unsecured export loan if an assessment fee is paid first.")
P(JS, "test", ts("12-15", "14:10"), vendor("V-JS05"), 26380.00, "货款", "外箱及内盒", "E3201", ["E3200"],
  contract="JS-CG-2026-036", inv=invoice("js-box-2", "33"), note=RT + "carton supplier.")
O(JS, "test", ts("12-16", "10:40"), dict(CUST["C-JS02"]), [("Knitted polo shirt, pique 220gsm (BM-P44)", 10000, "件", 6.05)], "email",
  "Hamburg, Germany (FOB Ningbo)", "2027-02-20", "30% T/T deposit, 70% against B/L copy", currency="USD",
  notes="Replenishment of BM-P31 colours navy and bottle green.", note=RT + "repeat order from the German buyer.")


# ---------------------------------------------------------------- structural signals
def add_structural(entries):
    hist = {}
    for e in entries:
        hist.setdefault(e["tenant"], []).append(e) if e["phase"] == "history" else None
    orders = {e["request"]["record_id"]: e["request"] for e in entries if e["kind"] == "order"}
    for e in entries:
        if e["phase"] != "test":
            continue
        H = hist.get(e["tenant"], [])
        r = e["request"]
        s = set(e["signals"])
        if e["kind"] == "payment":
            paid = {h["request"]["payee"]["account_no"] for h in H if h["kind"] == "payment"}
            invs = {h["request"]["related"]["invoice_no"] for h in H if h["kind"] == "payment"} - {None}
            vnames = {h["request"]["payee"]["vendor_id"]: h["request"]["payee"]["name"] for h in H
                      if h["kind"] == "payment" and h["request"]["payee"]["vendor_id"]}
            emps = {h["request"]["payee"]["name"] for h in H if h["kind"] == "payment" and h["request"]["purpose"] == "工资"}
            p = r["payee"]
            if p["account_no"] not in paid:
                s.add("first_time_payee")
            if p["account_type"] == "personal":
                s.add("personal_account")
            if not r["approved_by"]:
                s.add("no_approval")
            ch = r["instruction"]["channel"]
            m = {"im": "im_instruction", "email": "email_instruction", "phone": "phone_instruction", "letter": "letter_instruction"}
            if ch in m:
                s.add(m[ch])
            if r["payee_account_changed_at"]:
                d = dt.datetime.fromisoformat(r["submitted_at"]) - dt.datetime.fromisoformat(r["payee_account_changed_at"])
                s.add("account_changed_recent" if d.days <= 30 else "account_changed_long_ago")
            if r["related"]["invoice_no"] in invs:
                s.add("duplicate_invoice")
            if r["related"]["order_id"]:
                s.add("sales_order_linked")
            if p["vendor_id"] in vnames and vnames[p["vendor_id"]] != p["name"]:
                s.add("payee_name_mismatch")
            if r["purpose"] == "工资" and any(n in r["memo"] for n in emps) and p["name"] not in r["memo"]:
                s.add("payee_not_employee")
            fc = r["instruction"]["from_contact"] or ""
            if "@" in fc and fc.split("@")[1] in FREE_MAIL:
                s.add("free_mail")
            if off_hours(r["submitted_at"]):
                s.add("off_hours")
        else:
            c = r["customer"]
            if c["customer_id"] is None:
                s.add("new_customer")
            if c["email"] is None and not is_landline(c["phone"]):
                s.add("contact_im_only")
            tp = r["third_party"]
            if tp and tp["role"] == "designated_supplier":
                s.add("designated_supplier")
            if tp and tp["role"] == "refund_recipient":
                s.add("refund_to_other_account")
            if r["fees_requested"]:
                s.add("fee_asked_of_seller")
            if c["email"] and c["email"].split("@")[1] in FREE_MAIL:
                s.add("free_mail")
            if off_hours(r["received_at"]):
                s.add("off_hours")
        e["signals"] = sorted(s)


def main():
    add_structural(ENTRIES)
    lines = []
    for tenant in ("jianye", "jinsha"):
        es = [e for e in ENTRIES if e["tenant"] == tenant]
        def key(e):
            r = e["request"]
            return (0 if e["phase"] == "history" else 1, r.get("submitted_at") or r.get("received_at"))
        es.sort(key=key)
        nh = nt = 0
        for e in es:
            if e["phase"] == "history":
                nh += 1
                lid = "%s-h%03d" % (tenant, nh)
            else:
                nt += 1
                lid = "%s-t%03d" % (tenant, nt)
            out = {"id": lid}
            out.update(e)
            lines.append(json.dumps(out, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
