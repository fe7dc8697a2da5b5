#!/usr/bin/env python3
"""Deterministic generator for the holdout31 corpus (hospitality and retail).

Standard library only, no randomness: every account number, invoice number,
IM id and credit code is derived from a SHA-256 hash of a fixed key, so two runs
write byte-identical output.  Writes ../holdout31.jsonl (next to the README).

Three fictitious tenants:
  huozhou  - a hotel group in Turpan
  lixiang  - a supermarket chain in Korla
  hongshan - a restaurant group in Urumqi
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout31.jsonl")

# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------


def _digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(("%s#%d" % (key, i)).encode("utf-8")).hexdigest()
        out += "".join(str(int(c, 16) % 10) for c in h)
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """A fictitious account number of `length` digits (16-19)."""
    assert 16 <= length <= 19
    return prefix + _digits("acct:" + key, length - len(prefix))


def inv(key):
    """A fictitious 20-digit electronic invoice number."""
    return "2665" + _digits("inv:" + key, 16)


def wxid(key):
    h = hashlib.sha256(("wx:" + key).encode("utf-8")).hexdigest()
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


def mobile(prefix, four):
    assert prefix in ("161", "163", "164") and len(four) == 4
    return prefix + "0000" + four


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(key, region, head="91"):
    """Unified social credit code with a valid organisation-code check (GB 11714)
    and a valid final check character (GB 32100)."""
    h = hashlib.sha256(("uscc:" + key).encode("utf-8")).hexdigest()
    body = "MA" + "".join(USCC_CHARS[int(h[i:i + 2], 16) % 31] for i in range(0, 12, 2))
    s = sum(_org_val(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    org_check = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = head + region + body + org_check
    assert len(code17) == 17
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return code17 + USCC_CHARS[(31 - total % 31) % 31]


def money(x):
    return "%.2f" % Decimal(str(x))


# --------------------------------------------------------------------------
# line builders
# --------------------------------------------------------------------------

LINES = []
_seq = {}


def _rid(prefix, dt):
    day = dt[:10].replace("-", "")
    k = (prefix, day)
    _seq[k] = _seq.get(k, 0) + 1
    return "%s-%s%03d" % (prefix, day, _seq[k])


def ts(d, hm):
    return "2026-%s-%sT%s:00+08:00" % (d[:2], d[3:5], hm)


class Tenant:
    def __init__(self, tid, pay_prefix, ord_prefix, payer, erp):
        self.tid = tid
        self.pay_prefix = pay_prefix
        self.ord_prefix = ord_prefix
        self.payer = payer
        self.erp = erp          # ERP system label used in pasted ERP texts
        self.emp = {}
        self.n = {"history": 0, "test": 0}

    def _meta(self, phase, kind, label, scam_type, expect, signals, note):
        self.n[phase] += 1
        lid = "%s-%s%03d" % (self.tid, "h" if phase == "history" else "t", self.n[phase])
        m = {"id": lid, "tenant": self.tid, "phase": phase, "kind": kind,
             "label": label, "scam_type": scam_type, "expect": expect}
        if phase == "history":
            m["outcome"] = "executed"
        m["signals"] = list(signals)
        m["note"] = note
        return m

    def pay(self, phase, d, hm, payee, amount, purpose, memo, *, req, appr,
            text=None, channel="erp", from_name=None, from_contact=None, urgent=False,
            order_id=None, contract=None, invoice=None, changed=None, verification=None,
            label="legit", scam_type=None, expect="allow", signals=(), note=""):
        dt = ts(d, hm)
        rid = _rid(self.pay_prefix, dt)
        if invoice is True:
            invoice = inv(rid)
        if channel == "erp":
            if from_name is None:
                from_name = self.emp[req]
            if text is None:
                parts = [memo, payee.get("short", payee["name"])]
                if contract:
                    parts.append("合同" + contract)
                if invoice:
                    parts.append("发票" + invoice)
                text = self.erp + "：" + "｜".join(parts)
        pe = {k: payee[k] for k in ("name", "account_no", "bank", "account_type", "vendor_id", "phone")}
        body = {
            "request_id": rid,
            "submitted_at": dt,
            "payer": dict(self.payer),
            "payee": pe,
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name, "from_contact": from_contact,
                            "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order_id, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": changed,
        }
        if verification is not None:
            body["verification"] = verification
        line = self._meta(phase, "payment", label, scam_type, expect, signals, note)
        line["request"] = body
        LINES.append(line)
        return rid, invoice

    def order(self, phase, d, hm, customer, items, *, channel, address, deadline, terms,
              notes, third_party=None, fees=(), label="legit", scam_type=None,
              expect="allow", signals=(), note=""):
        dt = ts(d, hm)
        rid = _rid(self.ord_prefix, dt)
        its = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
            total += Decimal(str(qty)) * Decimal(money(price))
        cu = {k: customer[k] for k in ("name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id")}
        body = {
            "record_id": rid,
            "received_at": dt,
            "customer": cu,
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        line = self._meta(phase, "order", label, scam_type, expect, signals, note)
        line["request"] = body
        LINES.append(line)
        return rid


def vendor(name, account_no, bank, vid, phone, short=None, account_type="corporate"):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vid, "phone": phone, "short": short or name}


def person(name, account_no, bank):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": "personal",
            "vendor_id": None, "phone": None, "short": name}


def corp(name, account_no, bank, vid=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": "corporate",
            "vendor_id": vid, "phone": phone, "short": name}


def moved(v, account_no, bank, name=None, account_type=None):
    w = dict(v)
    w["account_no"] = account_no
    w["bank"] = bank
    if name:
        w["name"] = name
    if account_type:
        w["account_type"] = account_type
    return w


def customer(name, credit_code, contact_name, phone, email, im_id, cid):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": cid}


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


H, T = "history", "test"

# ==========================================================================
# Tenant 1: huozhou - 吐鲁番火洲酒店管理有限公司 (hotel group, Turpan)
# ==========================================================================
hz = Tenant("huozhou", "HZ-FK", "HZ-YD",
            {"account_no": acct("hz-payer", "3016", 19), "account_name": "吐鲁番火洲酒店管理有限公司"},
            "畅捷通T+付款申请")
hz.emp = {"E2100": "马振东", "E2101": "古丽娜尔", "E2102": "周海燕", "E2110": "阿不都热依木",
          "E2120": "韩磊", "E2130": "李娟", "E2140": "赵雪", "E2150": "王勇"}

HZ_LAUNDRY = vendor("吐鲁番洁白洗涤服务有限公司", acct("hz-laundry", "3016", 19), "中国工商银行吐鲁番分行",
                    "V-HZ01", "0995-0000214", "洁白洗涤")
HZ_LINEN = vendor("乌鲁木齐天羽布草用品有限公司", acct("hz-linen-new", "30", 17), "中国农业银行乌鲁木齐新市区支行",
                  "V-HZ02", "0991-0000356", "天羽布草")
HZ_LINEN_CHANGED = "2025-11-12T11:00:00+08:00"
HZ_PRODUCE = vendor("吐鲁番葡乡果蔬配送有限公司", acct("hz-produce", "6521", 19), "中国建设银行吐鲁番分行",
                    "V-HZ03", "0995-0000387", "葡乡果蔬")
HZ_OTA = vendor("途悦网络科技（上海）有限公司", acct("hz-ota", "1219", 16), "招商银行上海分行",
                "V-HZ04", "021-0000736", "途悦网络")
HZ_POWER = vendor("吐鲁番高昌供电服务有限公司", acct("hz-power", "3016", 19), "中国工商银行吐鲁番分行",
                  "V-HZ05", "0995-0000451", "高昌供电")
HZ_AMEN = vendor("吐鲁番雪莲客房用品有限公司", acct("hz-amen-old", "6521", 19), "中国建设银行吐鲁番分行",
                 "V-HZ06", "0995-0000528", "雪莲客房用品")
HZ_AMEN_NEW = moved(HZ_AMEN, acct("hz-amen-new", "8808", 18), "吐鲁番农村商业银行高昌支行")
HZ_AMEN_CHANGED = "2026-06-22T15:10:00+08:00"
HZ_AC = vendor("吐鲁番冷暖机电安装维修有限公司", acct("hz-ac", "30", 17), "中国农业银行吐鲁番分行",
               "V-HZ07", "0995-0000643", "冷暖机电")
HZ_PAYROLL = vendor("中国工商银行吐鲁番分行（代发工资专户）", acct("hz-payroll", "3016", 19), "中国工商银行吐鲁番分行",
                    "PAY-01", None, "代发工资")
HZ_TAX = vendor("国家金库吐鲁番市中心支库", acct("hz-tax", "6521", 17), "国家金库吐鲁番市中心支库",
                "TAX-01", None, "国库")

C_HZ01 = customer("新疆丝路行国际旅行社有限公司", uscc("hz-c1", "650102"), "苏经理", "0991-0000412",
                  "jd@silulu-travel.com", None, "C-HZ01")
C_HZ02 = customer("乌鲁木齐天山之旅旅行社有限公司", uscc("hz-c2", "650103"), "王丽", "0991-0000638",
                  "group@tszl-travel.cn", None, "C-HZ02")
C_HZ02_ACCT = acct("hz-c2-acct", "1200", 18)
HOTEL = "吐鲁番火洲大酒店（高昌区）"

# ---- history ----
hz.order(H, "05-18", "11:20", C_HZ01, [("标准间（团队价）", 36, "间夜", 260), ("团队早餐", 72, "份", 35)],
         channel="email", address=HOTEL, deadline="2026-05-24", terms="团款月结（合同HZ-XS-2026-003）",
         notes="5月24日入住 上海团 18间2晚，含早", note="Group booking from an established travel agency.")
hz.pay(H, "05-19", "15:10", HZ_LAUNDRY, 21480, "洗涤费", "5月上半月布草洗涤费", req="E2101", appr=["E2102"],
       contract="HZ-FW-2026-002", invoice=True, note="Linen laundry bill from the regular laundry.")
hz.pay(H, "05-20", "12:30", HZ_AMEN, 16350, "货款", "客房一次性用品（牙具、洗护）", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-006", invoice=True, note="Guest-room amenities from the regular supplier.")
hz.pay(H, "05-21", "16:40", HZ_PRODUCE, 12860, "货款", "早餐果蔬款（5月第3周）", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-003", invoice=True, note="Breakfast fruit and vegetables from the regular supplier.")
hz.pay(H, "05-25", "11:15", HZ_LINEN, 38600, "货款", "床单被套补货（200套）", req="E2101", appr=["E2102", "E2100"],
       contract="HZ-CG-2026-002", invoice=True, changed=HZ_LINEN_CHANGED,
       note="Linen restock from the supplier whose account change dates from Nov 2025.")
hz.order(H, "05-27", "14:50", C_HZ02, [("标准间（团队价）", 24, "间夜", 250)],
         channel="email", address=HOTEL, deadline="2026-06-02", terms="团款月结（合同HZ-XS-2026-005）",
         notes="6月2日入住 广东团 12间2晚", note="Group booking from an established travel agency.")
hz.pay(H, "06-01", "11:05", HZ_LAUNDRY, 22930, "洗涤费", "5月下半月布草洗涤费", req="E2101", appr=["E2102"],
       contract="HZ-FW-2026-002", invoice=True, note="Linen laundry bill from the regular laundry.")
hz.pay(H, "06-03", "15:30", HZ_OTA, 10000, "推广费", "途悦酒店推广通6月预充值", req="E2140", appr=["E2102"],
       contract="HZ-FW-2026-011", invoice=True, note="Advertising top-up on the OTA platform under its agreement.")
hz.pay(H, "06-05", "10:40", HZ_POWER, 46720, "电费", "5月电费（火洲大酒店、葡萄沟驿站）", req="E2101", appr=["E2102"],
       contract="HZ-NY-2026-001", invoice=True, note="Monthly electricity.")
hz.pay(H, "06-08", "16:10", HZ_AC, 8600, "维修费", "中央空调季前保养", req="E2150", appr=["E2102"],
       contract="HZ-FW-2026-007", invoice=True, note="Pre-season air-conditioning service by the regular contractor.")
hz.pay(H, "06-10", "17:20", HZ_PAYROLL, 412380, "工资", "5月工资（正式员工168人）", req="E2130", appr=["E2102", "E2100"],
       note="Monthly payroll through the bank payroll account.")
HZ_H_ORDER = hz.order(H, "06-12", "12:15", C_HZ01,
                      [("标准间（团队价）", 40, "间夜", 280), ("团队晚餐（葡萄架下晚宴）", 40, "份", 68)],
                      channel="email", address=HOTEL, deadline="2026-06-18", terms="团款月结（合同HZ-XS-2026-003）",
                      notes="6月18日入住 北京团 20间2晚，含一次晚餐", note="Group booking from an established travel agency.")
hz.pay(H, "06-15", "11:40", HZ_TAX, 58412.60, "税款", "5月增值税及附加", req="E2102", appr=["E2100"],
       note="Monthly VAT.")
hz.pay(H, "06-16", "16:25", HZ_PRODUCE, 14275, "货款", "早餐果蔬款（6月第2周）", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-003", invoice=True, note="Breakfast fruit and vegetables from the regular supplier.")
hz.pay(H, "06-25", "11:30", HZ_AMEN_NEW, 1280, "货款", "客房洗护用品补货（变更后新账户首笔）", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-006", invoice=True, changed=HZ_AMEN_CHANGED,
       text="畅捷通T+付款申请：雪莲客房用品补货1280元｜6月22日收到盖章账户变更函（开户行调整），已回拨档案电话0995-0000528核实，先付小额首笔确认到账｜合同HZ-CG-2026-006",
       verification={"callback_done": True, "callback_number": "0995-0000528", "verified_by": "E2102",
                     "verified_at": "2026-06-22T16:30:00+08:00"},
       note="First, small payment to the amenities supplier's new account after a stamped change letter and a call-back to the number on file.")
hz.pay(H, "06-29", "15:45", HZ_LAUNDRY, 23105, "洗涤费", "6月上半月布草洗涤费", req="E2101", appr=["E2102"],
       contract="HZ-FW-2026-002", invoice=True, note="Linen laundry bill from the regular laundry.")

# ---- test ----
hz.order(T, "07-01", "11:20", C_HZ01, [("标准间（团队价）", 50, "间夜", 300), ("团队早餐", 100, "份", 35)],
         channel="email", address=HOTEL, deadline="2026-07-06", terms="团款月结（合同HZ-XS-2026-003）",
         notes="7月6日入住 江苏团 25间2晚，含早",
         note="Routine: Summer group booking from an established travel agency on its monthly-settlement contract.")

g1 = person("陈思远", acct("hz-guest1", "6217", 19), "中国建设银行南京分行")
hz.pay(T, "07-02", "15:40", g1, 2000, "退款", "退还客人押金（房号8206，已退房）", req="E2110", appr=["E2102"],
       order_id="HZ-RM-20260628-8206",
       text="畅捷通T+付款申请：8206房客人陈思远7月1日退房，入住时以银行转账交押金2000元，财务已核实到账，退房无消费挂账。原付款账户：%s（户名：陈思远），原路退回。" % g1["account_no"],
       signals=["refund_words", "deposit_words", "personal_account", "first_time_payee", "sales_order_linked"],
       note="Hard negative: A guest's room deposit, paid by bank transfer and confirmed received, is returned after checkout to the same card that paid it.")

hz.order(T, "07-03", "16:05",
         customer("武警某部后勤保障处", None, "刘助理", mobile("163", "7315"), None, wxid("hz-army"), None),
         [("标准间（协议价）", 75, "间夜", 320)],
         channel="phone", address=HOTEL, deadline="2026-07-12", terms="离店后凭发票单位转账结算",
         third_party=tp("鄯善县瓜香园果业合作社", mobile("164", "2618"), "designated_supplier", 9000),
         notes="部队来吐鲁番集训，订25间住3晚。另外首长交代慰问用的哈密瓜礼盒60箱，只认鄯善瓜香园的，麻烦酒店帮忙订一下，瓜钱你们先垫上，退房时和房费一起结。",
         label="scam", scam_type="fake_order", expect="flag",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer"],
         note="A caller claiming to be an armed-police logistics office books 25 rooms and asks the hotel to buy 60 boxes of melons from the orchard it names and advance the money until checkout.")

hz.pay(T, "07-06", "11:30", HZ_LAUNDRY, 24310, "洗涤费", "6月下半月布草洗涤费", req="E2101", appr=["E2102"],
       contract="HZ-FW-2026-002", invoice=True, note="Routine: Linen laundry bill from the regular laundry.")

fake_agency = customer("新疆丝路行国际旅游有限公司", uscc("hz-fake-agency", "650102"), "丁经理", mobile("161", "5847"),
                       "silulu_travel@163.com", wxid("hz-fake-agency"), None)
HZ_GUIDE_ORDER = hz.order(
    T, "07-07", "13:15", fake_agency, [("标准间（团队价）", 120, "间夜", 300), ("团队早餐", 240, "份", 35)],
    channel="im", address=HOTEL, deadline="2026-07-10", terms="团款称已对公转账（银行处理中）",
    third_party=tp("马建勇", mobile("163", "9214"), "designated_supplier", 16800),
    notes="我们是丝路行新来的计调，这个团60间住两晚。团款44400已经对公转过去了，转账截图发你微信了，银行显示处理中。地接导游马建勇那边要先交火焰山、葡萄沟的团队门票和大巴费16800，他个人垫不起，你们先帮忙垫付给他，团款到了一起扣。",
    label="scam", scam_type="fake_purchaser", expect="block",
    signals=["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "designated_supplier",
             "fake_payment_proof", "large_first_order"],
    note="A look-alike of an established agency (旅游 for 旅行社) books 60 rooms, 'pays' with a processing screenshot and asks the hotel to advance 16,800 to the tour guide it names.")

guide = person("马建勇", acct("hz-guide", "6228", 19), "中国农业银行乌鲁木齐分行")
hz.pay(T, "07-08", "10:45", guide, 16800, "代付", "代垫丝路行团队门票及大巴费（地接导游马建勇）", req="E2120", appr=["E2102"],
       channel="im", from_name="丝路行 丁经理", from_contact=wxid("hz-fake-agency"), urgent=True,
       order_id=HZ_GUIDE_ORDER,
       text="韩经理，团款昨天就转了，截图你也看到了，对公到账慢，银行说还在处理中。导游这边景区马上要验票，16800今天上午必须打给马建勇，不然团进不了火焰山。到账后从团款里扣就行。",
       label="scam", scam_type="fake_purchaser", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                "fake_payment_proof", "im_instruction", "urgency"],
       note="Sales asks to pay 16,800 to the 'tour guide' named by the look-alike agency; the agency's own payment is only a 'processing' screenshot.")

hz.pay(T, "07-08", "16:20", HZ_AMEN_NEW, 18460, "货款", "7月客房洗护用品", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-006", invoice=True, changed=HZ_AMEN_CHANGED,
       text="畅捷通T+付款申请：雪莲客房用品7月洗护用品款｜该供应商6月22日因开户行调整变更收款账户，已收盖章变更函并回拨档案电话0995-0000528核实，6月25日首笔1280元已确认到账｜合同HZ-CG-2026-006",
       verification={"callback_done": True, "callback_number": "0995-0000528", "verified_by": "E2102",
                     "verified_at": "2026-06-22T16:30:00+08:00"},
       signals=["account_changed_recent", "account_change_words"],
       note="Hard negative: The amenities supplier changed bank 16 days ago, with a stamped letter, a call-back to the number on file and a small first payment already confirmed.")

hz.pay(T, "07-09", "12:10", HZ_LINEN, 42800, "货款", "旺季布草补货（床单、浴巾）", req="E2101", appr=["E2102", "E2100"],
       contract="HZ-CG-2026-002", invoice=True, changed=HZ_LINEN_CHANGED,
       signals=["account_changed_long_ago"],
       note="Hard negative: Linen supplier whose account change was keyed in Nov 2025 and used for every payment since.")

hz.pay(T, "07-10", "17:30", HZ_PAYROLL, 448960, "工资", "6月工资（正式员工171人）", req="E2130", appr=["E2102", "E2100"],
       note="Routine: Monthly payroll through the bank payroll account.")

hz.order(T, "07-13", "14:25",
         customer("臺灣絲路假期旅行社有限公司", None, "林美玲", None, "tour@silkholiday-tw.com", None, None),
         [("標準間（團隊價）", 72, "間夜", 330), ("團隊早餐", 144, "份", 35)],
         channel="email", address=HOTEL, deadline="2026-08-03", terms="全額預付（已電匯，財務已確認到賬）",
         notes="敬啟者：本社8月初組團新疆絲路之旅，需訂貴酒店標準間24間住3晚（8月3日至6日），含早。團費28800元已於7月10日電匯至貴公司對公帳戶，請查收並回傳確認單。謝謝！（销售备注：财务周海燕已核实7月10日到账28800元）",
         signals=["new_customer", "evasion_traditional"],
         note="Hard negative: A Taiwan travel agency writing in traditional characters books 24 rooms and has paid in full by wire, confirmed received by finance.")

g2_pay = acct("hz-guest2-payer", "6217", 19)
g2 = person("李文博", acct("hz-guest2-cousin", "6228", 19), "中国农业银行乌鲁木齐分行")
hz.pay(T, "07-14", "19:40", g2, 6000, "退款", "退还客人多付房费（原付款账户：%s，户名张浩然）" % g2_pay,
       req="E2110", appr=["E2102"], channel="im", from_name="客人张浩然", from_contact=wxid("hz-guest2"),
       urgent=True, order_id="HZ-YD-20260712-031",
       text="前台你好，我订8间房的钱转多了，本来是12600，手滑转成了18600，截图你看下。多的6000麻烦今天退一下，我那张卡被限额了，退到我表弟的yhk上，农行 %s，户名李文博。" % g2["account_no"],
       label="scam", scam_type="overpayment_refund", expect="block",
       signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "personal_account",
                "first_time_payee", "im_instruction", "sales_order_linked", "urgency", "evasion_pinyin"],
       note="A guest who booked 8 rooms claims by screenshot that he overpaid 6,000 and wants it refunded to his 'cousin's' bank card (yhk), not the card that paid.")

hz.pay(T, "07-15", "11:05", HZ_TAX, 63915.40, "税款", "6月增值税及附加", req="E2102", appr=["E2100"],
       note="Routine: Monthly VAT.")

rebate1 = person("黄晓琳", acct("hz-task", "6217", 19), "中国邮政储蓄银行广州分行")
hz.pay(T, "07-16", "20:35", rebate1, 3000, "推广费", "途悦平台排名提升任务充值", req="E2140", appr=[],
       channel="im", from_name="途悦平台金牌运营-小黄", from_contact=wxid("hz-task"), urgent=True,
       text="赵经理，咱们酒店想冲到吐鲁番热门榜前三，平台现在有内部扶持：按我给的任务单刷/单冲量，每单先充-值，完成后本金加12%佣金一起返-利到你们账上。第一单3000，今晚十点前完成，过时任务作废。收款人黄晓琳（平台结算专员）。",
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                "urgency", "off_hours", "no_approval", "evasion_symbols"],
       note="A self-styled OTA 'ranking operator' gets the e-commerce clerk to top up a 'boost task' to a personal account, with the key words broken up by symbols.")

hz.pay(T, "07-17", "15:10", HZ_OTA, 20000, "推广费", "途悦酒店推广通7-8月旺季预充值", req="E2140", appr=["E2102"],
       contract="HZ-FW-2026-011", invoice=True,
       text="畅捷通T+付款申请：途悦酒店推广通7-8月旺季预充值｜商家后台充值订单TY-CZ-0716-5520，付至平台公司对公账户，平台开具发票｜合同HZ-FW-2026-011",
       signals=["topup_words"],
       note="Hard negative: Advertising top-up paid to the OTA platform's own corporate account under the advertising agreement, as in June.")

HZ_LAUNDRY_NEW = moved(HZ_LAUNDRY, acct("hz-laundry-new", "6527", 19), "中国建设银行喀什分行")
hz.pay(T, "07-20", "12:40", HZ_LAUNDRY_NEW, 23460, "洗涤费", "7月上半月布草洗涤费", req="E2101", appr=["E2102"],
       contract="HZ-FW-2026-002", invoice=True, changed="2026-07-15T18:20:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: the laundry's bank account in the vendor master was switched to a Kashgar branch less than five days before this routine bill; first payment to it.")

hz.pay(T, "07-21", "10:50", HZ_PRODUCE, 15940, "货款", "早餐果蔬款（7月第3周）", req="E2101", appr=["E2102"],
       contract="HZ-CG-2026-003", invoice=True, note="Routine: Breakfast fruit and vegetables from the regular supplier.")

hz.pay(T, "07-23", "13:05", corp("新疆驼峰文旅开发有限公司", acct("hz-boss", "1076", 18), "中国银行乌鲁木齐分行"),
       280000, "保证金", "交河景区合作保证金", req="E2101", appr=[],
       channel="im", from_name="马振东", from_contact="QQ群:火洲酒店经营管理群（当日新建）", urgent=True,
       text="马振东：古丽娜尔，工行账上现在可用余额多少？\n古丽娜尔：马总，工行可用312万，农行还有27万。\n马振东：好。我在交河这边跟景区谈独家合作，对方要先交28万合作保证金，打给新疆驼峰文旅开发有限公司，中行账号我私发你。我在开会不方便接电话，合同和审批单回来补。",
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
                "first_time_payee", "no_approval", "boss_role", "urgency"],
       note="In a QQ group created that day the fake GM asks the cashier for the bank balances, then orders a 280k 'scenic-area cooperation deposit' to an unknown company, paperwork later.")

hz.pay(T, "07-25", "22:40", HZ_AC, 27600, "维修费", "火洲大酒店2#冷水机组压缩机抢修", req="E2150", appr=["E2102", "E2100"],
       contract="HZ-FW-2026-007", invoice=True, urgent=True,
       text="【加急】畅捷通T+付款申请：室外46℃，火洲大酒店2#冷水机组压缩机烧毁，冷暖机电连夜更换，配件及工时费按合同HZ-FW-2026-007附件报价结算；工程部王勇申请，马总电话确认，周经理审批",
       signals=["off_hours", "urgency"],
       note="Hard negative: Saturday-night emergency chiller repair in a 46 °C heatwave by the regular air-conditioning contractor, approved by both managers.")

hz.pay(T, "07-27", "11:35", corp("乌鲁木齐天山之旅旅行社有限公司", C_HZ02_ACCT, "乌鲁木齐银行"), 15000, "退款",
       "退还7月团队取消预付款", req="E2120", appr=["E2102"], order_id="HZ-YD-20260720-018",
       text="畅捷通T+付款申请：天山之旅7月26日团（15间2晚）因航班取消全团取消，按合同第6条退还预付款15000元。该款7月20日由对方对公户汇入，银行已入账。原付款账户：%s（户名：乌鲁木齐天山之旅旅行社有限公司），原路退回。" % C_HZ02_ACCT,
       signals=["refund_words", "first_time_payee", "sales_order_linked"],
       note="Hard negative: An established agency's group is cancelled after a flight cancellation; its prepayment goes back to the corporate account it came from.")

hz.pay(T, "07-28", "18:10", person("刘海军", acct("hz-cleaner-lead", "6217", 19), "中国建设银行吐鲁番分行"),
       31500, "工资", "暑期临时保洁7月工资（9人）", req="E2130", appr=["E2102"],
       channel="sms", from_name="暑期保洁劳务队", from_contact=mobile("164", "3172"),
       text="【通知】火洲酒店人事：因部分保洁员银行卡未激活，7月9人工资请统一转至劳务队结算账户（户名：刘海军），由我方代发，名单及金额按考勤表。劳务队",
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee",
                "new_contact", "payroll_change"],
       note="An SMS from an unknown number 'for the labour crew' asks that nine summer cleaners' July wages all go to one private card.")

hz.pay(T, "07-30", "12:20", corp("吐鲁番交河文化旅游发展有限公司", acct("hz-jiaohe", "3016", 19), "中国工商银行吐鲁番分行"),
       40000, "预付款", "8月团队门票预付款（合作协议HZ-HZ-2026-009）", req="E2101", appr=["E2102", "E2100"],
       channel="email", from_name="马振东", from_contact="mazhendong@huozhouhotel.com",
       contract="HZ-HZ-2026-009",
       text="周经理：与交河文旅的团队门票合作协议已签（HZ-HZ-2026-009，原件在行政部），按协议预付8月门票款4万元，请按付款审批流程办理，今天能付最好。马振东",
       signals=["email_instruction", "boss_role", "first_time_payee", "urgency"],
       note="Hard negative: The real GM e-mails from the company domain to prepay scenic-area tickets under a signed agreement; the payment goes through both approvals.")

hz.pay(T, "08-03", "16:45", person("阿依古丽·买买提", acct("hz-temp1", "6228", 19), "中国农业银行吐鲁番分行"),
       3960, "工资", "暑期临时保洁7月工资（员工：阿依古丽·买买提，22天×180元）", req="E2130", appr=["E2102"],
       text="畅捷通T+付款申请：暑期临时保洁员阿依古丽·买买提7月工资，按考勤22天、日薪180元，打本人入职登记的农行卡（身份证、银行卡复印件在人事档案）",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A summer cleaner's July wages paid to her own card registered at hiring.")

hz.pay(T, "08-04", "21:15", person("周文涛", acct("hz-unfreeze", "6217", 19), "中国建设银行深圳分行"),
       5000, "保证金", "途悦商家账户解冻保证金", req="E2140", appr=[],
       channel="im", from_name="途悦商家服务中心-工号8817", from_contact="QQ:2864097315", urgent=True,
       text="【途悦商家服务中心】尊敬的商家您好，贵店未开通消费者保障服务，客人张先生预订20间房的房款已被系统冻结，无法结算。请在30分钟内缴纳解冻保证金5000元至平台结算专员周文涛账户，解冻后保证金连同房款一并返还。逾期店铺将被限流下架。",
       label="scam", scam_type="fake_order", expect="block",
       signals=["fee_asked_of_seller", "deposit_words", "personal_account", "first_time_payee", "im_instruction",
                "new_contact", "urgency", "off_hours", "no_approval"],
       note="A 'guest' says his 20-room booking failed; a fake OTA service desk on QQ then asks a 5,000 'unfreezing deposit' to a personal account.")

hz.pay(T, "08-05", "10:30", HZ_POWER, 71360, "电费", "7月电费（火洲大酒店、葡萄沟驿站）", req="E2101", appr=["E2102"],
       contract="HZ-NY-2026-001", invoice=True, note="Routine: Monthly electricity.")

hz.pay(T, "08-06", "14:00", person("陈立军", acct("hz-safe", "6222", 19), "中国工商银行西安分行"),
       120000, "资金核查", "配合公安资金核查", req="E2101", appr=[],
       channel="phone", from_name="自称吐鲁番市公安局经侦支队 刘警官", from_contact="0995-0000917", urgent=True,
       text="对方来电称：贵公司对公账户7月收到的一笔团款涉嫌洗钱案件，账户即将被冻结。要求财务将12万元转入'安 全 账 户'配合资 金 核 查，核查完48小时内退回；要求签保密协议，不得告知任何人，包括公司领导。随后短信发来收款账户。",
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "personal_account",
                "first_time_payee", "no_approval", "urgency", "evasion_spacing"],
       note="A fake economic-crimes officer tells the cashier to move 120k to a spaced-out 'safe account' for 'fund verification' and tell nobody.")

hz.pay(T, "08-07", "11:10", corp("吐鲁番市公共资源交易中心", acct("hz-ggzy", "30", 17), "中国农业银行吐鲁番分行"),
       20000, "投标保证金", "2026吐鲁番葡萄节嘉宾接待酒店采购项目投标保证金", req="E2120", appr=["E2102", "E2100"],
       text="畅捷通T+付款申请：2026吐鲁番葡萄节嘉宾接待酒店采购项目（项目编号TLF-GGZY-2026-0731）投标保证金，按交易中心公告指定的保证金专户缴纳，未中标原路退还",
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Tender deposit to the public resource trading centre's account named in the procurement announcement.")

hz.pay(T, "08-11", "15:30", corp("乌鲁木齐恒通达商贸有限公司", acct("hz-lend", "1229", 18), "兴业银行乌鲁木齐分行"),
       194000, "代付", "丝路驼铃国旅团款转付", req="E2120", appr=["E2102"],
       channel="im", from_name="丝路驼铃国旅 张总", from_contact=wxid("hz-lend"), urgent=True,
       text="韩经理，上次说的事：我们旅行社这个月对公额度满了，有笔20万团款借你们酒店对公账户走一下账，今天上午已经打到你们工行了，麻烦转19.4万给恒通达商贸，剩下6000算你们的手续费。以后团都往你们这放。",
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "fee_words", "urgency"],
       note="A travel-agency contact has 200k of 'tour money' passed through the hotel's corporate account and asks for 194k to be forwarded to a trading company, 6k kept as a fee.")

HZ_DESIGN_ACCT = acct("hz-design", "6521", 19)
hz.pay(T, "08-12", "12:45", corp("吐鲁番市水利勘察设计院有限公司", HZ_DESIGN_ACCT, "中国建设银行吐鲁番分行"),
       8640, "退款", "退还会议费重复付款", req="E2120", appr=["E2102"],
       text="畅捷通T+付款申请：水利设计院7月30日会议套餐费8640元，8月3日、8月4日各汇入一次（银行流水0803-0027、0804-0019），对方财务来函盖章确认重复支付，两笔均已入账。原付款账户：%s（户名：吐鲁番市水利勘察设计院有限公司），原路退回一笔。" % HZ_DESIGN_ACCT,
       signals=["overpayment", "refund_words", "first_time_payee"],
       note="Hard negative: A conference client paid the same meeting bill twice; one payment goes back to its own corporate account after both were confirmed received.")

HZ_PRODUCE_NEW = moved(HZ_PRODUCE, acct("hz-produce-new", "30", 17), "中国农业银行西宁城中支行")
hz.pay(T, "08-13", "17:20", HZ_PRODUCE_NEW, 31200, "货款", "早餐果蔬款（7月第4周至8月第1周）", req="E2101", appr=["E2102"],
       channel="email", from_name="葡乡果蔬 财务部", from_contact="caiwu@puxiang-gs.com",
       contract="HZ-CG-2026-003", invoice=True, changed="2026-08-10T11:40:00+08:00",
       text="火洲酒店财务部：因我司基本户所在银行系统升级，即日起货款请汇至我司新账户（户名不变），原建行账户暂停收款，请以本函为准。附：账户变更函（盖章扫描件）。如需核实请联系会计小王%s。葡乡果蔬财务部" % mobile("163", "8826"),
       verification={"callback_done": True, "callback_number": mobile("163", "8826"), "verified_by": "E2101",
                     "verified_at": "2026-08-10T11:20:00+08:00"},
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "lookalike_domain", "email_instruction",
                "account_change_words", "unusual_bank_region"],
       note="An e-mail from a look-alike of the produce supplier's domain moves its account to a Xining branch three days before payment; the 'call-back' went to the mobile given in the same e-mail, not the landline on file.")

hz.order(T, "08-18", "11:25", C_HZ02, [("标准间（团队价）", 32, "间夜", 300)],
         channel="email", address=HOTEL, deadline="2026-08-24", terms="团款月结（合同HZ-XS-2026-005）",
         notes="8月24日入住 四川团 16间2晚",
         note="Routine: Group booking from an established travel agency on its monthly-settlement contract.")

hz.pay(T, "08-19", "10:40", corp("北京华夏文旅名录编审中心", acct("hz-directory", "1531", 18), "中国民生银行北京分行"),
       3680, "服务费", "2026年度全国文旅住宿企业名录收录费", req="E2101", appr=["E2102"],
       channel="letter", from_name="全国文旅住宿企业名录编委会", from_contact="010-0000847",
       text="《2026年度全国文旅住宿企业名录》收录确认及缴费通知书：贵单位已被列入本年度名录（编号WL-2026-65-0417），收录及网站年度展示费3680元，请于8月25日前汇入指定账户，逾期将视为放弃并移除相关信息。（随函附增值税普通发票复印件）",
       label="scam", scam_type="fake_invoice", expect="flag",
       signals=["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
       note="A mailed 'directory listing confirmation' that looks like a bill asks 3,680 for an unrequested national accommodation directory entry.")

hz.order(T, "08-20", "16:30", C_HZ01, [("标准间（团队价）", 240, "间夜", 300), ("团队早餐", 480, "份", 35)],
         channel="email", address=HOTEL, deadline="2026-09-18", terms="团款月结（合同HZ-XS-2026-003，授信额度30万元）",
         notes="9月中秋前后三批团，每批40间住2晚（9月10日、9月14日、9月18日入住），按合同月结",
         signals=["credit_terms_requested"],
         note="Hard negative: The established agency books three September groups on the monthly credit already in its contract, from its usual contact and e-mail.")

hz.pay(T, "08-25", "15:15", corp("新疆汇鼎融资咨询服务有限公司", acct("hz-loan", "8801", 18), "乌鲁木齐农村商业银行"),
       18000, "服务费", "300万装修贷款风险保证金", req="E2102", appr=["E2100"],
       channel="phone", from_name="汇鼎融资 客户经理 钱先生", from_contact=mobile("161", "4470"),
       text="对方电话及微信说明：可为酒店办理淡季装修贷款300万元，年息3.6%，无抵押，3个工作日放款；放款前需缴纳贷款额0.6%的风险保证金18000元至公司账户，放款后随首期利息退还。对方未提供任何银行贷款合同。",
       label="scam", scam_type="advance_fee", expect="flag",
       signals=["loan_fee_words", "fee_words", "first_time_payee", "phone_instruction", "no_po_contract"],
       note="A 'financing consultancy' promises a 3m unsecured renovation loan but wants an 18k 'risk deposit' before any disbursement, with no bank contract.")

hz.pay(T, "08-26", "11:50", corp("吐鲁番市高昌区彩虹广告印务有限公司", acct("hz-print", "8808", 18), "吐鲁番农村商业银行高昌支行"),
       1850, "宣传费", "员工反诈培训海报及手册印制", req="E2130", appr=["E2102"],
       text="畅捷通T+付款申请：配合高昌路派出所8月28日来店开展员工反诈宣讲，印制'冒充公检法''刷单诈骗''冒充领导'警示海报30张、手册200本｜彩虹广告印务",
       signals=["authority_words", "task_rebate_words", "first_time_payee"],
       note="Hard negative: Posters and handbooks for an anti-fraud talk the local police station gives to hotel staff, printed by a local shop for the first time.")

hz.order(T, "09-02", "14:35",
         customer("新疆塔里木能源装备有限公司", uscc("hz-newcorp", "652801"), "工会 何主席", "0996-0000733",
                  "gh@tlmny-zb.com", None, None),
         [("标准间（会议价）", 90, "间夜", 280), ("会议室（全天）", 2, "天", 3800), ("会议餐", 180, "份", 88)],
         channel="email", address=HOTEL, deadline="2026-09-16", terms="全款预付（9月1日已到账）",
         notes="工会组织劳模疗休养，45人住2晚，9月16日入住。会务费48640元已于9月1日对公汇入贵公司工行账户（财务已核实入账）。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: A new corporate customer's union books a 45-person retreat and has already paid in full to the hotel's account.")

hz.pay(T, "09-08", "16:10", corp("吐鲁番丝路明珠文旅投资有限公司", acct("hz-bigproj", "8808", 18), "吐鲁番农村商业银行"),
       50000, "保证金", "丝路明珠文旅综合体指定接待酒店合作保证金", req="E2120", appr=["E2102", "E2100"],
       text="畅捷通T+付款申请：丝路明珠文旅投资称承建'国家级丝路文化旅游综合体'（总投资86亿元），拟确定3家指定接待酒店，签约前须交合作保证金5万元，项目开工后返还。该公司成立于2026年5月，注册资本100万元未实缴；对方未提供项目批复文件。",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "fee_asked_of_seller"],
       note="A four-month-old company touting an 8.6bn 'national' tourism complex wants a 50k deposit before naming the hotel an official partner.")

# ==========================================================================
# Tenant 2: lixiang - 库尔勒梨香超市连锁有限公司 (supermarket chain, Korla)
# ==========================================================================
lx = Tenant("lixiang", "LX-FK", "LX-TG",
            {"account_no": acct("lx-payer", "30", 17), "account_name": "库尔勒梨香超市连锁有限公司"},
            "金蝶K3付款单")
lx.emp = {"E3200": "王德胜", "E3201": "帕提古丽", "E3202": "刘建新", "E3210": "赵志强", "E3220": "陈静",
          "E3230": "热孜万古丽", "E3240": "孙倩", "E3250": "杜明", "E3260": "李想"}

LX_DAIRY = vendor("库尔勒天牧乳品销售有限公司", acct("lx-dairy", "6528", 19), "中国建设银行库尔勒分行",
                  "V-LX01", "0996-0000214", "天牧乳品")
LX_PRODUCE = vendor("巴州鲜达农产品配送有限公司", acct("lx-produce", "8808", 18), "库尔勒农村商业银行",
                    "V-LX02", "0996-0000385", "鲜达农产品")
LX_GRAIN = vendor("巴州丰裕粮油贸易有限公司", acct("lx-grain", "30", 17), "中国农业银行库尔勒分行",
                  "V-LX03", "0996-0000457", "丰裕粮油")
LX_DELIVERY = vendor("库尔勒速达同城配送有限公司", acct("lx-delivery", "8001", 18), "新疆银行库尔勒分行",
                     "V-LX04", "0996-0000529", "速达配送")
LX_POS = vendor("库尔勒恒信收银设备有限公司", acct("lx-pos", "1076", 18), "中国银行库尔勒分行",
                "V-LX05", "0996-0000672", "恒信收银")
LX_MOON = vendor("库尔勒月满楼食品有限公司", acct("lx-moon", "3008", 19), "中国工商银行库尔勒分行",
                 "V-LX06", "0996-0000748", "月满楼食品")
LX_PLATFORM = vendor("鲜到家网络科技（杭州）有限公司", acct("lx-platform", "5719", 16), "招商银行杭州分行",
                     "V-LX07", "0571-0000362", "鲜到家平台")
LX_COLD = vendor("库尔勒冰峰制冷设备维修有限公司", acct("lx-cold", "6528", 19), "中国建设银行库尔勒分行",
                 "V-LX08", "0996-0000863", "冰峰制冷")
LX_PAYROLL = vendor("中国农业银行库尔勒分行（代发工资专户）", acct("lx-payroll", "30", 17), "中国农业银行库尔勒分行",
                    "PAY-01", None, "代发工资")
LX_TAX = vendor("国家金库库尔勒市支库", acct("lx-tax", "6528", 17), "国家金库库尔勒市支库", "TAX-01", None, "国库")

C_LX01 = customer("巴州天宇石油技术服务有限公司", uscc("lx-c1", "652801"), "工会 郑主席", "0996-0000811",
                  "ghzx@tianyu-oil.com", None, "C-LX01")
C_LX01_ACCT = acct("lx-c1-acct", "6528", 19)
C_LX02 = customer("库尔勒市梨城第二小学", uscc("lx-c2", "652801", head="12"), "后勤 彭主任", "0996-0000906",
                  None, None, "C-LX02")

# ---- history ----
lx.pay(H, "05-18", "11:30", LX_DAIRY, 48260, "货款", "鲜奶及酸奶货款（5月第2周）", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-001", invoice=True, note="Weekly dairy payment to the regular supplier.")
_, LX_DUP_INV_A = lx.pay(H, "05-19", "15:20", LX_PRODUCE, 36740, "货款", "蔬果货款（5月第2周）", req="E3201", appr=["E3202"],
                         contract="LX-CG-2026-002", invoice=True, note="Weekly produce payment to the regular supplier.")
lx.order(H, "05-21", "12:10", C_LX01, [("端午粽子礼盒", 260, "盒", 128), ("食用油礼包", 260, "份", 89)],
         channel="email", address="巴州天宇石油技术服务有限公司（库尔勒市石化大道）", deadline="2026-06-12",
         terms="单位团购 月结30天（合同LX-TG-2026-002）", notes="端午职工福利",
         note="Staff-welfare group purchase from an established corporate customer.")
lx.pay(H, "05-22", "16:45", LX_GRAIN, 52800, "货款", "大米、面粉、食用油货款", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-003", invoice=True, note="Grain and oil from the regular supplier.")
lx.pay(H, "05-26", "11:50", LX_DELIVERY, 9460, "配送费", "5月同城配送服务费", req="E3201", appr=["E3202"],
       contract="LX-FW-2026-006", invoice=True, note="Monthly same-city delivery fee.")
lx.order(H, "05-27", "14:30", C_LX02, [("六一文具礼包", 680, "份", 25)],
         channel="phone", address="库尔勒市梨城第二小学", deadline="2026-05-29",
         terms="学校财务转账（验收后15日内）", notes="六一儿童节学生礼品，5月29日前送到学校",
         note="Children's Day gift order from an established school customer.")
lx.pay(H, "06-03", "10:50", LX_POS, 4200, "维保费", "收银机及扫码枪季度维保费（二季度）", req="E3201", appr=["E3202"],
       contract="LX-FW-2026-004", invoice=True, note="Quarterly POS maintenance.")
_, LX_DUP_INV = lx.pay(H, "06-05", "16:05", LX_PRODUCE, 38915, "货款", "蔬果货款（5月第4周）", req="E3201", appr=["E3202"],
                       contract="LX-CG-2026-002", invoice=True, note="Weekly produce payment to the regular supplier.")
lx.pay(H, "06-09", "12:40", LX_COLD, 6800, "维保费", "冷柜年度保养（8家门店）", req="E3220", appr=["E3202"],
       contract="LX-FW-2026-008", invoice=True, note="Annual refrigeration service by the regular contractor.")
lx.pay(H, "06-10", "17:00", LX_PAYROLL, 356420, "工资", "5月工资（正式员工214人）", req="E3230", appr=["E3202", "E3200"],
       note="Monthly payroll through the bank payroll account.")
lx.pay(H, "06-12", "11:15", LX_DAIRY, 51030, "货款", "鲜奶及酸奶货款（6月第1周）", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-001", invoice=True, note="Weekly dairy payment to the regular supplier.")
lx.pay(H, "06-15", "10:35", LX_TAX, 42687.30, "税款", "5月增值税及附加", req="E3202", appr=["E3200"],
       note="Monthly VAT.")
lx.pay(H, "06-22", "15:55", LX_GRAIN, 49600, "货款", "大米、面粉、食用油货款", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-003", invoice=True, note="Grain and oil from the regular supplier.")
lx.pay(H, "06-26", "16:20", LX_PRODUCE, 40120, "货款", "蔬果货款（6月第3周）", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-002", invoice=True, note="Weekly produce payment to the regular supplier.")

# ---- test ----
lx.pay(T, "07-01", "11:40", LX_DAIRY, 53480, "货款", "鲜奶及酸奶货款（6月第4周）", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-001", invoice=True, note="Routine: Weekly dairy payment to the regular supplier.")

m1 = person("古丽巴哈尔·艾买提", acct("lx-member1", "6222", 19), "中国工商银行库尔勒分行")
lx.pay(T, "07-02", "15:20", m1, 1286.50, "退款", "会员储值卡余额退还（卡号LX88021457）", req="E3240", appr=["E3202"],
       text="金蝶K3付款单：会员古丽巴哈尔·艾买提因工作调动离开库尔勒，申请注销储值卡并退还余额1286.50元。会员中心已核对本人身份证及储值流水，储值款均由其本人工行卡转入。原付款账户：%s（户名：古丽巴哈尔·艾买提），原路退回。" % m1["account_no"],
       signals=["refund_words", "personal_account", "first_time_payee"],
       note="Hard negative: A member leaving town closes her stored-value card; the balance goes back to her own bank card that loaded it.")

fake_ty = customer("巴州天宇石油科技服务有限公司", uscc("lx-fake-ty", "652801"), "采购部 许经理", mobile("164", "6372"),
                   "tianyu_cg@126.com", wxid("lx-fake-ty"), None)
lx.order(T, "07-06", "12:30", fake_ty, [("中秋月饼礼盒", 1200, "盒", 168), ("新疆红枣礼盒", 1200, "盒", 98)],
         channel="im", address="轮台县某物流园3号库", deadline="2026-07-20", terms="货到60天付款",
         notes="我们是天宇石油新换的采购，今年中秋福利统一提前备，1200份，先送轮台物流园我们的中转库，60天结。原来对接的郑主席调走了，以后找我就行。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested", "far_delivery",
                  "large_first_order", "contact_im_only", "free_mail"],
         note="A name one word off an established oil-services customer (科技 for 技术) orders 1,200 festival gift sets on 60-day credit for a logistics-park warehouse, from a new WeChat contact.")

lx.pay(T, "07-07", "16:15", LX_GRAIN, 55200, "货款", "大米、面粉、食用油货款", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-003", invoice=True, note="Routine: Grain and oil from the regular supplier.")

lx.pay(T, "07-08", "13:50", person("迪丽努尔·艾则孜", acct("lx-promoter1", "6228", 19), "中国农业银行库尔勒分行"),
       2400, "劳务费", "暑期饮料促销员日薪（员工：迪丽努尔·艾则孜，6月20日—7月5日，16天×150元）", req="E3220", appr=["E3202"],
       text="金蝶K3付款单：暑期饮料促销员迪丽努尔·艾则孜劳务费，按促销考勤表16天、日薪150元，打本人劳务登记的农行卡（身份证、银行卡复印件已存档）",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A summer drinks promoter's day rate paid to her own card registered at hiring.")

lx.pay(T, "07-09", "17:05", person("许文斌", acct("lx-fee", "6217", 19), "中国建设银行乌鲁木齐分行"),
       2800, "服务费", "天宇石油供应商入围审核费", req="E3250", appr=["E3202"],
       channel="im", from_name="天宇石油 采购部许经理", from_contact=wxid("lx-fake-ty"), urgent=True,
       text="杜经理，我们集团今年福利采购要先入供应商库，入围审核费2800，转我们采购部经办人许文斌，今天交明天就能下采购合同，过了这周名额就满了。",
       label="scam", scam_type="fake_purchaser", expect="flag",
       signals=["fee_asked_of_seller", "personal_account", "first_time_payee", "im_instruction", "urgency"],
       note="The same look-alike buyer asks 2,800 'supplier-list admission fee' paid to a staff member's personal card before it will sign.")

lx.pay(T, "07-10", "16:40", LX_PAYROLL, 362870, "工资", "6月工资（正式员工216人）", req="E3230", appr=["E3202", "E3200"],
       note="Routine: Monthly payroll through the bank payroll account.")

lx.order(T, "07-13", "11:15",
         customer("库尔勒市第七中学食堂", None, "食堂 马主任", mobile("163", "4519"), None, wxid("lx-school"), None),
         [("大米（25kg/袋）", 80, "袋", 135), ("食用油（20L/桶）", 40, "桶", 268)],
         channel="phone", address="库尔勒市第七中学", deadline="2026-07-16", terms="学校对公转账（对方称已付，发来截图）",
         third_party=tp("库尔勒洁安厨具经营部", mobile("161", "2935"), "designated_supplier", 26000),
         notes="马主任说学校财务已经对公转了21520，发了转账截图，银行延迟到账。另外暑期托管班食堂要2台消毒柜，教育局要求必须用洁安厨具的型号，让我们先把26000付给洁安，他们直接送货，学校连同粮油款一起结。",
         label="scam", scam_type="fake_order", expect="block",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer"],
         note="A 'school canteen' orders rice and oil, shows a delayed-transfer screenshot and asks the supermarket to pay 26,000 first to the kitchen-equipment shop it names.")

g_reg = person("张立伟", acct("lx-register", "6228", 19), "中国农业银行库尔勒分行")
lx.pay(T, "07-14", "18:30", g_reg, 200, "退款", "收银长款退还顾客（天山路店3号收银台）", req="E3220", appr=["E3202"],
       text="金蝶K3付款单：7月12日天山路店顾客张立伟刷银行卡付款时多刷200元（应付186元，实付386元），当日3号收银台长款200元与其付款记录一致，监控已核对。原付款账户：%s（户名：张立伟），原路退回。" % g_reg["account_no"],
       signals=["overpayment", "refund_words", "personal_account", "first_time_payee"],
       note="Hard negative: A till overage matches a shopper's card over-charge, checked on CCTV; the 200 goes back to the card that paid.")

lx.pay(T, "07-15", "10:55", LX_TAX, 45210.80, "税款", "6月增值税及附加", req="E3202", appr=["E3200"],
       note="Routine: Monthly VAT.")

lx_m2_pay = acct("lx-member2-payer", "6222", 19)
lx.pay(T, "07-16", "14:45", person("孙浩宇", acct("lx-member2-son", "6217", 19), "中国邮政储蓄银行库尔勒分行"),
       5000, "退款", "会员储值重复转账退款（原付款账户：%s，户名：孙立平）" % lx_m2_pay, req="E3240", appr=["E3202"],
       channel="phone", from_name="会员孙立平（自称）", from_contact=mobile("163", "1946"), urgent=True,
       text="会员来电：7月15日通过银行转账给储值卡存了5000元，手机卡顿又转了一次，共转了10000元，多的5000元请退到他儿子孙浩宇的邮储卡，他本人工行卡已挂失。会员中心查询：储值系统只显示一笔5000元入账，财务尚未核对第二笔到账。",
       label="scam", scam_type="overpayment_refund", expect="block",
       signals=["overpayment", "refund_words", "refund_to_other_account", "personal_account", "first_time_payee",
                "phone_instruction", "urgency"],
       note="A caller says he loaded a member card twice and wants the 'extra' 5,000 refunded to his son's card; only one load is on record.")

lx.pay(T, "07-20", "12:05", LX_DELIVERY, 11280, "配送费", "6月同城配送服务费", req="E3201", appr=["E3202"],
       contract="LX-FW-2026-006", invoice=True, note="Routine: Monthly same-city delivery fee.")

lx.pay(T, "07-21", "15:35", LX_GRAIN, 6000, "退款", "退还丰裕粮油未使用端架陈列费", req="E3210", appr=["E3202"],
       contract="LX-CG-2026-003",
       text="金蝶K3付款单：丰裕粮油7月端架陈列活动因厂家断货取消，6月30日其对公户支付的端架陈列费6000元按协议全额退还。原付款账户：%s（户名：巴州丰裕粮油贸易有限公司），原路退回。" % LX_GRAIN["account_no"],
       signals=["refund_words"],
       note="Hard negative: An unused end-cap display (slotting) fee is refunded under the agreement to the supplier's own account that paid it.")

lx.pay(T, "07-22", "21:50", person("吴佳怡", acct("lx-task", "6217", 19), "中国建设银行长沙分行"),
       6500, "推广费", "门店线上推广任务充值", req="E3260", appr=[],
       channel="im", from_name="本地生活推广导师", from_contact=wxid("lx-task"), urgent=True,
       text="李想，今晚的任务单是连单，第三单必须充值6500才能把前面两单的本金和佣金一起提现，卡单了不充就全部冻结。收款人吴佳怡，完成后返利8%。",
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                "off_hours", "no_approval", "urgency"],
       note="The online-ops clerk, hooked by a 'store promotion' task group, requests 6,500 of company money as the third 'linked order' top-up to a personal account.")

lx.pay(T, "07-23", "11:45", LX_PLATFORM, 15000, "推广费", "鲜到家平台中秋档期推广预充值", req="E3260", appr=["E3202"],
       contract="LX-FW-2026-012", invoice=True,
       text="金蝶K3付款单：鲜到家平台中秋档期推广预充值｜按平台商家推广服务协议在商家后台生成充值订单XDJ-0723-88107，付至平台公司对公账户，平台开具发票｜合同LX-FW-2026-012",
       signals=["topup_words", "first_time_payee"],
       note="Hard negative: First advertising top-up on a delivery platform, paid to the platform company's corporate account under a signed agreement.")

lx.pay(T, "07-24", "16:25", corp("库尔勒聚鑫源商贸有限公司", acct("lx-lend", "8808", 18), "库尔勒农村商业银行"),
       98000, "代付", "POS刷卡款转付", req="E3220", appr=["E3202"],
       channel="im", from_name="POS代理 老周", from_contact=wxid("lx-lend"), urgent=True,
       text="陈经理，跟你们王总说好的：借你们的dgzh和收银POS走一下账，今天下午我们的客户在你们店刷了10万，钱进你们公户了，麻烦转98000到聚鑫源商贸，剩下2000是给你们的点。以后每个月都有，长期合作。",
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "fee_words",
                "urgency", "evasion_pinyin"],
       note="A 'POS agent' runs 100k of card-machine money through the supermarket's tills and corporate account (dgzh) and wants 98k forwarded to a trading company.")

lx.order(T, "07-27", "13:30",
         customer("巴州孔雀河水务工程有限公司", uscc("lx-newcorp", "652801"), "办公室 蔡主任", "0996-0000372",
                  "bgs@kqhsw.com", None, None),
         [("中秋月饼礼盒", 420, "盒", 158), ("库尔勒香梨礼盒", 420, "盒", 78)],
         channel="email", address="巴州孔雀河水务工程有限公司（库尔勒市人民东路）", deadline="2026-09-15",
         terms="全款预付（7月24日已到账）",
         notes="中秋职工福利，9月15日前分批配送。货款99120元已于7月24日汇入贵司农行基本户，财务已核实到账。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: A new corporate customer orders 420 festival gift sets and has paid in full to the supermarket's account.")

lx.pay(T, "07-29", "17:45", person("王志刚", acct("lx-promoter-lead", "6228", 19), "中国农业银行库尔勒分行"),
       14400, "劳务费", "7月饮料促销员日薪（6人）", req="E3220", appr=["E3202"],
       channel="im", from_name="促销员领队 王志刚（新微信）", from_contact=wxid("lx-promoter-lead"),
       text="陈经理，我是促销组的王志刚，换了个新微信。7月份我们组6个人的日薪一共14400，这次统一打到我卡上，我再转给她们，她们几个的卡都在老家办的，跨行到账慢。",
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "personal_account", "first_time_payee", "im_instruction", "new_contact",
                "payroll_change"],
       note="A 'new WeChat' of the promoters' team leader asks that six promoters' July day rates all go to one card.")

LX_DAIRY_NEW = moved(LX_DAIRY, acct("lx-dairy-new", "8001", 18), "新疆银行乌鲁木齐分行")
lx.pay(T, "07-31", "12:15", LX_DAIRY_NEW, 46800, "货款", "鲜奶及酸奶货款（7月第3-4周）", req="E3201", appr=["E3202"],
       channel="email", from_name="天牧乳品 業務部 黃經理", from_contact="huang.jl@tianmu-dalry.com",
       contract="LX-CG-2026-001", invoice=True, changed="2026-07-29T16:50:00+08:00",
       text="梨香超市財務部您好：因本公司帳戶年度審計，原建行帳戶暫停收款，即日起貨款請匯入本公司新疆銀行新帳戶，帳號見附件變更函，以新帳戶為準，請勿再匯入舊帳戶。如有疑問請回覆本郵件。天牧乳品業務部 黃經理",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "email_instruction", "account_change_words",
                "lookalike_domain", "evasion_traditional"],
       note="An e-mail in traditional characters from a look-alike of the dairy's domain (dalry) moves payments to a new account; keyed in two days before this first payment.")

lx.pay(T, "08-03", "11:05", LX_MOON, 60000, "定金", "中秋月饼采购定金（合同LX-CG-2026-018）", req="E3210", appr=["E3202", "E3200"],
       channel="im", from_name="王德胜", from_contact=wxid("lx-gm-real"), contract="LX-CG-2026-018",
       text="刘经理，月满楼的月饼采购合同我昨天签了（LX-CG-2026-018），原件交采购部了。按合同付30%定金6万，你按流程报批，今天付掉，他们好排产。",
       signals=["im_instruction", "boss_role", "deposit_words", "first_time_payee", "urgency"],
       note="Hard negative: The real GM asks on WeChat for the 30% deposit on a signed mooncake contract; it goes through both approvals.")

lx.pay(T, "08-04", "19:20", corp("新疆华月食品有限公司", acct("lx-boss", "5391", 18), "中国光大银行乌鲁木齐分行"),
       186000, "预付款", "中秋月饼预付款", req="E3201", appr=[],
       channel="im", from_name="王德胜", from_contact="微信群:梨香超市管理层（当日新建）", urgent=True,
       text="王德胜：帕提古丽，现在农行和工行账上可用资金各有多少？截图发群里。\n帕提古丽：[图片]\n王德胜：收到。今年中秋加订一批华月的月饼，对方要先付18.6万预付款才排产，你马上转过去，合同和审批我明天回来补签。我在州里开会，有事群里说。",
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "first_time_payee",
                "no_approval", "boss_role", "urgency"],
       note="In a WeChat group created that day the fake GM asks for a screenshot of both balances, then orders 186k to an unknown mooncake maker, sign-off tomorrow.")

lx.pay(T, "08-06", "15:00", corp("新疆味源天下品牌管理有限公司", acct("lx-agent", "1531", 18), "中国民生银行乌鲁木齐分行"),
       80000, "保证金", "全国知名零食品牌南疆区域独家经销保证金", req="E3210", appr=["E3202", "E3200"],
       text="金蝶K3付款单：味源天下称获得某全国知名零食品牌南疆五地州独家授权，邀我司做库尔勒区域独家经销商，签约前须交独家经销保证金8万元，承诺年度进场费及返点不低于20万元。该公司2026年6月成立，未提供品牌方授权书原件。",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "fee_asked_of_seller"],
       note="A two-month-old 'brand manager' claiming exclusive rights to a national snack brand wants an 80k exclusive-distribution deposit before signing.")

lx.pay(T, "08-08", "07:40", LX_COLD, 9850, "维修费", "人民东路店冷库压缩机抢修", req="E3220", appr=["E3202", "E3200"],
       contract="LX-FW-2026-008", invoice=True, urgent=True,
       text="【加急】金蝶K3付款单：周六清晨人民东路店冷库温度升至12℃，冰峰制冷紧急更换压缩机，避免鲜肉乳品损失；营运陈静申请，刘经理、王总审批｜合同LX-FW-2026-008",
       signals=["off_hours", "urgency"],
       note="Hard negative: Saturday-dawn emergency cold-store repair by the regular refrigeration contractor, approved by both managers.")

lx.pay(T, "08-10", "12:35", LX_PRODUCE, 38915, "货款", "蔬果货款", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-002", invoice=LX_DUP_INV,
       label="scam", scam_type="fake_invoice", expect="block",
       signals=["duplicate_invoice"],
       note="Structural only: the produce supplier's invoice already paid on 5 June comes back with the same amount; the text is the usual ERP line.")

lx.pay(T, "08-14", "16:50", person("李建军", acct("lx-fine", "6222", 19), "中国工商银行库尔勒分行"),
       8000, "罚款", "明码标价违规罚款", req="E3220", appr=["E3202"],
       channel="phone", from_name="自称库尔勒市市场监督管理局价格科 李科长", from_contact="0996-0000157", urgent=True,
       text="对方来电称：梨香超市建设路店8月12日被消费者投诉价签与结算价不符，构成价格违法，按规定罚款8000元；今天下班前缴到执法人员李建军账户可以不立案、不公示，否则列入经营异常名录并影响食品经营许可证年审。",
       label="scam", scam_type="authority_impersonation", expect="flag",
       signals=["authority_words", "personal_account", "phone_instruction", "first_time_payee", "urgency"],
       note="A caller posing as the market-regulation bureau demands an 8,000 'price-tag fine' into an officer's personal account today to avoid a case.")

lx.order(T, "08-17", "10:20", C_LX02, [("教师节慰问品（食用油+大米组合）", 96, "份", 168)],
         channel="phone", address="库尔勒市梨城第二小学", deadline="2026-09-08",
         terms="学校财务转账（验收后15日内，按往年惯例）", notes="教师节慰问品，9月8日前送到学校",
         signals=["institution_claim", "credit_terms_requested"],
         note="Hard negative: An established school customer orders Teachers' Day gifts on the usual pay-after-acceptance terms.")

LX_POS_NEW = moved(LX_POS, acct("lx-pos-new", "1531", 18), "中国民生银行西安分行")
lx.pay(T, "08-18", "14:10", LX_POS_NEW, 4200, "维保费", "收银机及扫码枪季度维保费（三季度）", req="E3201", appr=["E3202"],
       contract="LX-FW-2026-004", invoice=True, changed="2026-08-12T10:30:00+08:00",
       label="scam", scam_type="account_change", expect="flag",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: the POS-maintenance firm's account was switched to a Xi'an branch six days before this small quarterly bill.")

lx.pay(T, "08-20", "11:30", person("何俊峰", acct("lx-loan", "6217", 19), "中国建设银行乌鲁木齐分行"),
       30000, "验资", "经营贷款验资款", req="E3202", appr=["E3200"],
       channel="im", from_name="信贷经理 何俊峰", from_contact=wxid("lx-loan"), urgent=True,
       text="刘经理，你们申请的100万中秋备货贷款已经审批通过了，年化3.2%，但系统显示贵司流水不足，需要先做个验资：转3万到我这个账户，验资完当天连同贷款一起打回你们公户。今天下午四点前要办，明天放款。",
       label="scam", scam_type="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency"],
       note="A 'loan officer' says a 1m stock loan is approved but 30k of 'capital verification' must first go to his personal account.")

lx.pay(T, "08-21", "15:45", corp("库尔勒星光传媒广告有限公司", acct("lx-led", "6528", 19), "中国建设银行库尔勒分行"),
       3200, "宣传费", "门店LED屏反诈宣传片播放（8-9月）", req="E3220", appr=["E3202"],
       text="金蝶K3付款单：配合萨依巴格派出所'反诈进商超'活动，8家门店LED屏循环播放反诈宣传片（冒充客服、冒充公检法等案例），8-9月播放费｜星光传媒",
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: Store LED screens show the local police station's anti-fraud clips; the media firm is paid for the airtime.")

lx.pay(T, "08-25", "13:20", person("王小龙", acct("lx-notemp", "6217", 19), "中国建设银行库尔勒分行"),
       2250, "劳务费", "中秋月饼促销员日薪（员工：阿依努尔·托合提，15天×150元）", req="E3220", appr=["E3202"],
       text="金蝶K3付款单：中秋月饼促销员8月日薪｜营运部考勤表0825｜收款信息见劳务登记变更单",
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_not_employee", "personal_account", "first_time_payee"],
       note="Structural only: the memo names the promoter but the payee is a different person; the text is a bland ERP line.")

lx.pay(T, "08-26", "17:10", person("古丽米热·吐尔逊", acct("lx-cashier-new", "8001", 18), "新疆银行库尔勒分行"),
       4860, "工资", "8月工资（员工：古丽米热·吐尔逊，工资卡已变更）", req="E3230", appr=["E3202"],
       text="金蝶K3付款单：收银员古丽米热·吐尔逊8月在人力系统自助变更工资卡（本人身份证+银行卡实名核验通过，8月3日生效），新卡非代发行，本月工资单独发放至本人新工资卡。",
       signals=["payroll_change", "personal_account", "first_time_payee"],
       note="Hard negative: A cashier changed her salary card through the HR self-service system with ID checks; her pay goes to the new card in her own name.")

lx.order(T, "08-27", "11:00", C_LX01, [("中秋月饼礼盒", 300, "盒", 168), ("库尔勒香梨礼盒", 300, "盒", 78)],
         channel="email", address="巴州天宇石油技术服务有限公司（库尔勒市石化大道）", deadline="2026-09-18",
         terms="单位团购 月结30天（合同LX-TG-2026-002）", notes="中秋职工福利，9月18日前送到",
         note="Routine: Festival staff-welfare order from the established corporate customer.")

lx.pay(T, "09-02", "16:35", corp("库尔勒百汇商贸有限公司", acct("lx-boss2", "3008", 19), "中国工商银行库尔勒分行"),
       45000, "退款", "退还进场费", req="E3202", appr=[],
       channel="email", from_name="王德胜", from_contact="wangdesheng@lixiang-chaoshi.cn", urgent=True,
       text="刘经理：百汇商贸的进场费4.5万我已经同意退给他们，今天务必付掉，他们老板是我朋友，这事你办了就行，不要跟采购部说，审批我回头补。王德胜（手机在充电，有事邮件说）",
       label="scam", scam_type="boss_impersonation", expect="flag",
       signals=["email_instruction", "lookalike_domain", "secrecy_words", "bypass_process", "cannot_call", "urgency",
                "first_time_payee", "no_approval", "boss_role", "refund_words"],
       note="An e-mail from a look-alike of the company domain, signed by the GM, orders a 45k 'slotting-fee refund' to a trader today, skipping approval and keeping purchasing out of it.")

lx.pay(T, "09-03", "10:45", LX_PRODUCE, 42360, "货款", "蔬果货款（8月第4周）", req="E3201", appr=["E3202"],
       contract="LX-CG-2026-002", invoice=True, note="Routine: Weekly produce payment to the regular supplier.")

lx.pay(T, "09-07", "14:55", LX_MOON, 140000, "货款", "中秋月饼货款尾款（合同LX-CG-2026-018，入库单0905-03）", req="E3210",
       appr=["E3202", "E3200"], contract="LX-CG-2026-018", invoice=True,
       text="金蝶K3付款单：月满楼月饼已全部入库验收（入库单0905-03），按合同LX-CG-2026-018支付70%尾款14万元｜月满楼食品",
       signals=["first_time_payee"],
       note="Hard negative: Balance for mooncakes received and checked, paid to the new supplier's account in the vendor master under the signed contract.")

lx.pay(T, "09-09", "15:25", corp("乌鲁木齐鑫盛源商贸有限公司", acct("lx-mismatch", "1200", 18), "乌鲁木齐银行"),
       20000, "保证金", "年度返利协议履约保证金（新疆百味源食品有限公司）", req="E3210", appr=["E3202"],
       text="金蝶K3付款单：新疆百味源食品称签订年度返利协议（年销售额达标返4%），需我司先交履约保证金2万元；协议甲方为百味源，但对方要求打入'关联公司'鑫盛源商贸账户，理由是百味源公户年审中。百味源非我司现有供应商。",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["deposit_words", "payee_name_mismatch", "first_time_payee", "fee_asked_of_seller"],
       note="A would-be supplier offers a rebate agreement but wants a 20k performance bond first, paid to a different 'related' company's account.")

lx.pay(T, "09-10", "12:50", corp("巴州天宇石油技术服务有限公司", C_LX01_ACCT, "中国建设银行库尔勒分行"),
       7380, "返利", "年度团购返利（合同LX-TG-2026-002第8条）", req="E3250", appr=["E3202"],
       contract="LX-TG-2026-002",
       text="金蝶K3付款单：按团购合同第8条，上半年团购额超过20万元部分返利3%，经对方工会盖章确认，付至其合同约定的对公账户。",
       signals=["task_rebate_words", "first_time_payee"],
       note="Hard negative: A contractual volume rebate paid to the established corporate customer's own account named in the contract.")

# ==========================================================================
# Tenant 3: hongshan - 乌鲁木齐红山宴餐饮管理有限公司 (restaurant group, Urumqi)
# ==========================================================================
hs = Tenant("hongshan", "HS-FK", "HS-YY",
            {"account_no": acct("hs-payer", "1200", 18), "account_name": "乌鲁木齐红山宴餐饮管理有限公司"},
            "餐饮云ERP付款申请")
hs.emp = {"E4300": "吴建国", "E4301": "马丽", "E4302": "张志华", "E4310": "杨帆", "E4320": "孙浩",
          "E4330": "米娜瓦尔", "E4340": "林晓", "E4350": "陈刚"}

HS_MUTTON = vendor("乌鲁木齐天山牧歌羊业食品有限公司", acct("hs-mutton", "6501", 19), "中国建设银行乌鲁木齐分行",
                   "V-HS01", "0991-0000263", "天山牧歌羊业")
HS_VEG = vendor("乌鲁木齐北园春蔬菜配送有限公司", acct("hs-veg", "1200", 18), "乌鲁木齐银行",
                "V-HS02", "0991-0000318", "北园春蔬菜")
HS_SPICE = vendor("新疆丝路香调味品有限公司", acct("hs-spice-new", "30", 17), "中国农业银行乌鲁木齐分行",
                  "V-HS03", "0991-0000475", "丝路香调味品")
HS_SPICE_CHANGED = "2026-01-08T12:00:00+08:00"
HS_GAS = vendor("乌鲁木齐新捷燃气服务有限公司", acct("hs-gas", "3002", 19), "中国工商银行乌鲁木齐分行",
                "V-HS04", "0991-0000581", "新捷燃气")
HS_PLATFORM = vendor("饭点网络科技（上海）有限公司", acct("hs-platform", "1219", 16), "招商银行上海分行",
                     "V-HS05", "021-0000618", "饭点外卖")
HS_LIQUOR = vendor("乌鲁木齐鸿运酒水商行", acct("hs-liquor", "8801", 18), "乌鲁木齐农村商业银行",
                   "V-HS06", "0991-0000744", "鸿运酒水")
HS_PAYROLL = vendor("乌鲁木齐银行（代发工资专户）", acct("hs-payroll", "1200", 18), "乌鲁木齐银行", "PAY-01", None, "代发工资")
HS_TAX = vendor("国家金库乌鲁木齐市中心支库", acct("hs-tax", "6501", 17), "国家金库乌鲁木齐市中心支库", "TAX-01", None, "国库")

C_HS01 = customer("新疆天诚建设集团有限公司", uscc("hs-c1", "650104"), "行政部 韩主任", "0991-0000832",
                  "xzb@tiancheng-jt.com", None, "C-HS01")
C_HS01_ACCT = acct("hs-c1-acct", "6501", 19)
C_HS02 = customer("新疆驼铃国际旅行社有限公司", uscc("hs-c2", "650102"), "计调 周静", "0991-0000927",
                  "jd@tuoling-travel.com", None, "C-HS02")
YOUHAO = "红山宴·友好路店 3楼宴会厅"
NANHU = "红山宴·南湖店 1楼宴会厅"

# ---- history ----
hs.pay(H, "05-18", "11:45", HS_MUTTON, 62400, "货款", "羊肉货款（5月第2周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Weekly mutton payment to the regular supplier.")
hs.order(H, "05-19", "15:30", C_HS01, [("商务宴席套餐（每桌）", 12, "桌", 2888)],
         channel="email", address=YOUHAO, deadline="2026-05-22", terms="月结（合同HS-XS-2026-004）",
         notes="公司项目签约晚宴", note="Banquet booking from an established corporate customer.")
hs.pay(H, "05-20", "12:20", HS_VEG, 18460, "货款", "蔬菜货款（5月第2周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-002", invoice=True, note="Weekly vegetables from the regular supplier.")
hs.pay(H, "05-22", "16:10", HS_SPICE, 12780, "货款", "调料及食用油货款", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-003", invoice=True, changed=HS_SPICE_CHANGED,
       note="Spices and oil from the supplier whose account change dates from Jan 2026.")
hs.pay(H, "05-25", "11:05", HS_MUTTON, 58900, "货款", "羊肉货款（5月第3周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Weekly mutton payment to the regular supplier.")
hs.pay(H, "05-27", "14:40", HS_GAS, 21350, "燃气费", "5月燃气费（5家门店）", req="E4301", appr=["E4302"],
       contract="HS-NY-2026-001", invoice=True, note="Monthly gas bill.")
hs.order(H, "06-01", "12:35", C_HS02, [("团餐（每人）", 240, "份", 68)],
         channel="email", address="红山宴各门店", deadline="2026-06-30", terms="月结（合同HS-XS-2026-006）",
         notes="6月团队用餐计划（每团30-40人）", note="Tour-group meal plan from an established travel agency.")
hs.pay(H, "06-02", "15:15", HS_PLATFORM, 8000, "推广费", "饭点外卖推广6月预充值", req="E4340", appr=["E4302"],
       contract="HS-FW-2026-010", invoice=True, note="Advertising top-up on the delivery platform under its agreement.")
hs.pay(H, "06-04", "11:25", HS_LIQUOR, 23600, "货款", "宴会酒水采购", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-009", invoice=True, note="Banquet drinks from the regular liquor dealer.")
hs.pay(H, "06-08", "16:30", HS_MUTTON, 64750, "货款", "羊肉货款（6月第1周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Weekly mutton payment to the regular supplier.")
hs.pay(H, "06-10", "17:05", HS_PAYROLL, 298640, "工资", "5月工资（正式员工187人）", req="E4330", appr=["E4302", "E4300"],
       note="Monthly payroll through the bank payroll account.")
hs.pay(H, "06-15", "10:50", HS_TAX, 51382.20, "税款", "5月增值税及附加", req="E4302", appr=["E4300"],
       note="Monthly VAT.")
hs.pay(H, "06-17", "14:20", HS_VEG, 19870, "货款", "蔬菜货款（6月第2周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-002", invoice=True, note="Weekly vegetables from the regular supplier.")
hs.order(H, "06-23", "12:40", C_HS01, [("商务宴席套餐（每桌）", 20, "桌", 2888)],
         channel="email", address=YOUHAO, deadline="2026-06-26", terms="月结（合同HS-XS-2026-004）",
         notes="年中总结会晚宴", note="Banquet booking from an established corporate customer.")
hs.pay(H, "06-29", "15:55", HS_MUTTON, 61200, "货款", "羊肉货款（6月第4周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Weekly mutton payment to the regular supplier.")

# ---- test ----
hs.pay(T, "07-01", "11:10", HS_MUTTON, 66300, "货款", "羊肉货款（6月第5周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Routine: Weekly mutton payment to the regular supplier.")

w1 = person("努尔艾力·买买提", acct("hs-wedding1", "6222", 19), "中国工商银行乌鲁木齐分行")
hs.pay(T, "07-03", "14:30", w1, 20000, "退款", "婚宴取消退还定金（预订号HS-YY-20260512-007）", req="E4310", appr=["E4302"],
       order_id="HS-YY-20260512-007",
       text="餐饮云ERP付款申请：客人努尔艾力·买买提原定8月8日婚宴20桌，因家中变故取消，提前30天以上，按预订协议第5条全额退还定金2万元。定金5月12日由其本人工行卡转入，已入账。原付款账户：%s（户名：努尔艾力·买买提），原路退回。" % w1["account_no"],
       signals=["refund_words", "deposit_words", "personal_account", "first_time_payee", "sales_order_linked"],
       note="Hard negative: A cancelled wedding's deposit, received in May, is returned under the booking terms to the card that paid it.")

HS_ARMY_ORDER = hs.order(
    T, "07-06", "15:50",
    customer("武警某支队政治处", None, "王干事", mobile("163", "5162"), None, wxid("hs-army"), None),
    [("宴席套餐（每桌）", 20, "桌", 1888)],
    channel="im", address=YOUHAO, deadline="2026-07-31", terms="活动结束后部队财务统一转账",
    third_party=tp("乌鲁木齐军悦酒业商行", mobile("164", "8317"), "designated_supplier", 38400),
    notes="八一建军节聚餐20桌。酒水必须用军悦酒业的部队特供酒（48箱），首长只认这个，别的酒不能上桌。你们跟军悦订，货款先帮我们垫上，活动结束后和餐费一起结。",
    label="scam", scam_type="fake_order", expect="flag",
    signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
    note="A WeChat 'armed-police unit' books a 20-table Army Day dinner and insists the restaurant buy 'special-supply' liquor from the dealer it names and advance the money.")

hs.pay(T, "07-07", "10:40", HS_VEG, 21340, "货款", "蔬菜货款（7月第1周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-002", invoice=True, note="Routine: Weekly vegetables from the regular supplier.")

hs.pay(T, "07-08", "12:25", HS_SPICE, 13960, "货款", "调料及食用油货款", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-003", invoice=True, changed=HS_SPICE_CHANGED,
       signals=["account_changed_long_ago"],
       note="Hard negative: Spice supplier whose account change was keyed in Jan 2026 and used for every payment since.")

hs.pay(T, "07-09", "16:55",
       {"name": "乌鲁木齐军悦酒业商行", "account_no": acct("hs-army-liquor", "6217", 19), "bank": "中国建设银行乌鲁木齐分行",
        "account_type": "personal", "vendor_id": None, "phone": None},
       38400, "代付", "代垫武警支队八一聚餐酒水款（48箱）", req="E4310", appr=["E4302"],
       channel="im", from_name="武警某支队 王干事", from_contact=wxid("hs-army"), urgent=True,
       order_id=HS_ARMY_ORDER,
       text="杨经理，我们支队财务已经把餐费定金对公转过去了，这是转账截图，部队走的是集中支付，到账要两三天。军悦那边不见钱不发货，酒今天必须拉到，你们先把38400付给军悦，到账后一起结。",
       label="scam", scam_type="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                "fake_payment_proof", "im_instruction", "urgency"],
       note="Banquet sales asks to pay 38,400 to the liquor dealer the 'armed-police unit' named, on the strength of a transfer screenshot.")

hs.pay(T, "07-10", "17:15", HS_PAYROLL, 305280, "工资", "6月工资（正式员工190人）", req="E4330", appr=["E4302", "E4300"],
       note="Routine: Monthly payroll through the bank payroll account.")

hs.pay(T, "07-13", "13:40", person("马小军", acct("hs-waiter1", "1200", 18), "乌鲁木齐银行"),
       1920, "劳务费", "兼职服务员劳务费（员工：马小军，6月24日—7月12日，12班×160元）", req="E4330", appr=["E4302"],
       text="餐饮云ERP付款申请：兼职服务员马小军劳务费，按排班表12个班次、每班160元，打本人入职登记的乌鲁木齐银行卡（身份证、银行卡复印件已存档）",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A part-time waiter's shift pay sent to his own card registered at hiring.")

hs.pay(T, "07-15", "11:20", HS_TAX, 55904.60, "税款", "6月增值税及附加", req="E4302", appr=["E4300"],
       note="Routine: Monthly VAT.")

hs.order(T, "07-15", "20:45",
         customer("马永强", None, "马永强", mobile("161", "7429"), None, wxid("hs-wedding-fake"), None),
         [("婚宴套餐（每桌）", 30, "桌", 3288)],
         channel="im", address=NANHU, deadline="2026-08-22", terms="定金30000元（对方发来转账截图，财务未查到入账）",
         third_party=tp("马永刚", mobile("163", "2584"), "refund_recipient", 30000),
         notes="客人订8月22日婚宴30桌，说定金本来转3万，手机上多点了一个零转成了6万，发了转账截图。让我们把多的3万退到他哥哥马永刚的卡上，说他自己的卡转完就被限额了，今晚就要。",
         label="scam", scam_type="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "off_hours",
                  "large_first_order"],
         note="A new wedding customer shows a screenshot of a 60k 'deposit' for a 30k deposit and wants the 'extra' refunded tonight to his brother's card.")

hs.pay(T, "07-16", "15:05", HS_PLATFORM, 12000, "推广费", "饭点外卖推广7-8月预充值", req="E4340", appr=["E4302"],
       contract="HS-FW-2026-010", invoice=True,
       text="餐饮云ERP付款申请：饭点外卖推广7-8月预充值｜商家后台充值订单FD-0716-30291，付至平台公司对公账户，平台开具发票｜合同HS-FW-2026-010",
       signals=["topup_words"],
       note="Hard negative: Delivery-platform advertising top-up to the platform company's own corporate account, as in June.")

hs.order(T, "07-18", "21:10",
         customer("阿迪力·吐尔洪", None, "阿迪力·吐尔洪", mobile("164", "3906"), None, None, None),
         [("婚宴套餐（每桌）", 18, "桌", 3288)],
         channel="in_person", address=YOUHAO, deadline="2026-10-03", terms="定金10000元已刷卡（POS交易成功），余款婚宴当日结清",
         notes="客人周六晚到店看场地后当场签预订单，定金1万元刷卡，POS已显示交易成功。",
         signals=["new_customer", "off_hours"],
         note="Hard negative: A couple books an October wedding in person on a Saturday evening and pays the deposit by card on the spot.")

hs.pay(T, "07-20", "22:30", person("邓丽娟", acct("hs-task", "6228", 19), "中国农业银行成都分行"),
       4800, "推广费", "点评必吃榜冲榜任务充值", req="E4340", appr=[],
       channel="im", from_name="点评榜单运营-阿杰", from_contact=wxid("hs-task"), urgent=True,
       text="林经理，咱们南湖店冲'必吃榜'的名额给你留着，规则你知道的：我们安排达人唰单+写好评，每一单先由商家充值，做完7天内连本带返力一起退。今晚这组任务单4800，收款人邓丽娟，做完拉你进VIP群，加我威信发你截图。",
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                "off_hours", "no_approval", "urgency", "evasion_homophone"],
       note="A 'ranking operator' sells fake reviews as a top-up task: the ops manager is to pay 4,800 to a personal account, with homophones for 刷单, 返利 and 微信.")

hs.order(T, "07-22", "12:00", C_HS02, [("团餐（每人）", 300, "份", 68)],
         channel="email", address="红山宴各门店", deadline="2026-07-31", terms="月结（合同HS-XS-2026-006）",
         notes="7月下旬团队用餐计划", note="Routine: Tour-group meal plan from the established travel agency.")

hs.pay(T, "07-23", "13:25", corp("新疆锦程装饰工程有限公司", acct("hs-boss", "1076", 18), "中国银行乌鲁木齐分行"),
       350000, "工程款", "会展中心新店装修首期款", req="E4301", appr=[],
       channel="im", from_name="吴建国", from_contact="钉钉群:红山宴核心管理群（当日新建）", urgent=True,
       text="吴建国：马丽，把公司几个账户的余额截图发群里，我看下资金情况。\n马丽：[图片]\n吴建国：会展中心新店的装修合同昨晚签了，首期款35万今天要到对方账上，锦程装饰，账号发你了。我陪领导在外面，不方便接电话，付款单和合同我明天回来补。这事先别在店长群里说。",
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "secrecy_words",
                "first_time_payee", "no_approval", "boss_role", "urgency"],
       note="In a DingTalk group created that day the fake chairman asks for balance screenshots, then orders a 350k 'renovation first instalment' to an unknown firm.")

HS_BRAND_ORDER = hs.order(
    T, "07-24", "16:40", C_HS01, [("商务宴席套餐（每桌）", 30, "桌", 2888), ("指定品牌白酒（箱）", 30, "箱", 1680)],
    channel="email", address=YOUHAO, deadline="2026-08-06", terms="全款预付（7月23日对公到账137040元，财务已核实）",
    third_party=tp("乌鲁木齐鸿运酒水商行", "0991-0000744", "designated_supplier", 42000),
    notes="天诚建设8月6日项目庆功宴30桌。客户指定某品牌53度白酒，由我店长期合作的鸿运酒水供货（已在供应商名录），按采购流程支付。",
    signals=["designated_supplier"],
    note="Hard negative: An established customer, already paid in full, specifies a liquor brand that the restaurant buys from its own regular dealer.")

hs.pay(T, "07-28", "19:05", person("刘晓东", acct("hs-notemp", "6217", 19), "中国建设银行兰州分行"),
       4350, "工资", "离职结算工资（员工：艾力江·热合曼）", req="E4330", appr=["E4302"],
       channel="im", from_name="艾力江·热合曼（新微信）", from_contact=wxid("hs-quit"),
       text="米娜姐，我是南湖店传菜的艾力江，6月底离职了，结算工资还没发吧？我原来那张卡丢了，麻烦打到我朋友刘晓东的建行卡上，我人在兰州打工回不去，谢谢！",
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_not_employee", "personal_account", "first_time_payee", "im_instruction", "new_contact",
                "unusual_bank_region"],
       note="A 'new WeChat' of a waiter who left in June asks for his final pay to go to a friend's card in Lanzhou.")

hs.pay(T, "07-29", "11:30", HS_MUTTON, 63180, "货款", "羊肉货款（7月第4周）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-001", invoice=True, note="Routine: Weekly mutton payment to the regular supplier.")

hs.pay(T, "07-30", "14:20", HS_LIQUOR, 42000, "货款", "天诚建设庆功宴指定品牌白酒采购（30箱）", req="E4320", appr=["E4302"],
       contract="HS-CG-2026-009", invoice=True, order_id=HS_BRAND_ORDER,
       text="餐饮云ERP付款申请：天诚建设8月6日庆功宴客户指定品牌白酒30箱，客户全款已于7月23日到账，按采购流程向鸿运酒水采购｜合同HS-CG-2026-009",
       signals=["designated_supplier", "sales_order_linked"],
       note="Hard negative: The customer-specified liquor is bought from the regular dealer after the customer's money has cleared.")

HS_MUTTON_NEW = moved(HS_MUTTON, acct("hs-mutton-wife", "6228", 19), "中国农业银行乌鲁木齐分行",
                      name="古丽孜巴·阿不都", account_type="personal")
hs.pay(T, "08-03", "12:50", HS_MUTTON_NEW, 52000, "货款", "羊肉货款（7月第5周）", req="E4320", appr=["E4302"],
       channel="im", from_name="天山牧歌 老板 阿不都", from_contact=wxid("hs-mutton-fake"), urgent=True,
       contract="HS-CG-2026-001", invoice=True, changed="2026-07-31T17:30:00+08:00",
       text="马会计，我们公户在搞年审，被银行临时限制收款了，这段时间货款先打我爱人古丽孜巴的农行卡，账户信息上周五已经发给采购孙浩录进去了。下周还要给牧民结账，今天一定要打。",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "personal_account", "payee_name_mismatch",
                "im_instruction", "account_change_words", "personal_account_pretext", "urgency"],
       note="The mutton supplier's 'boss' on a new WeChat has its account switched to his wife's personal card because the company account is 'under annual review'; first payment three days later.")

hs.pay(T, "08-05", "10:35", HS_GAS, 24680, "燃气费", "7月燃气费（5家门店）", req="E4301", appr=["E4302"],
       contract="HS-NY-2026-001", invoice=True, note="Routine: Monthly gas bill.")

hs.pay(T, "08-06", "15:40", corp("新疆天工装饰工程有限公司", acct("hs-decor", "6501", 19), "中国建设银行乌鲁木齐分行"),
       120000, "工程款", "会展中心新店装修进度款（第一期）", req="E4301", appr=["E4302", "E4300"],
       channel="im", from_name="吴建国", from_contact=wxid("hs-chair-real"), contract="HS-GC-2026-002",
       text="张经理，天工装饰的装修合同（HS-GC-2026-002）上周董事会已通过，原件在行政。第一期进度款12万，监理已签进度确认单，你按流程报批，今天付了。",
       signals=["im_instruction", "boss_role", "first_time_payee", "urgency"],
       note="Hard negative: The real chairman asks on WeChat for the first progress payment under a board-approved renovation contract; both approvals are in place.")

hs.pay(T, "08-10", "11:55", person("张海涛", acct("hs-safe", "6222", 19), "中国工商银行广州分行"),
       230000, "资金核查", "配合专案组资金核查", req="E4301", appr=[],
       channel="phone", from_name="自称乌鲁木齐市公安局刑侦支队 张警官", from_contact="0991-0000563", urgent=True,
       text="对方视频通话出示'警官证'和'冻结令'，称红山宴南湖店7月一批外卖订单涉嫌帮助洗钱，公司账户将被冻结；要求财务把２３００００元转到专案组指定的ＡＱＺＨ做资金核查，核查无误后原路退回，全程保密，不得告诉老板。",
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "personal_account",
                "first_time_payee", "no_approval", "urgency", "evasion_fullwidth"],
       note="A video-call 'detective' with a fake warrant tells the cashier to move 230k to a full-width 'ＡＱＺＨ' (safe account) for 'fund verification' and keep it from the boss.")

hs.pay(T, "08-11", "16:05", corp("新疆天诚建设集团有限公司", C_HS01_ACCT, "中国建设银行乌鲁木齐分行"),
       57760, "退款", "退还天诚建设6月宴会款重复支付", req="E4310", appr=["E4302", "E4300"],
       text="餐饮云ERP付款申请：天诚建设6月26日宴会款57760元于8月5日、8月7日各付一次（银行流水0805-112、0807-046），对方财务盖章函确认重复支付，两笔均已入账。原付款账户：%s（户名：新疆天诚建设集团有限公司），原路退回一笔。" % C_HS01_ACCT,
       signals=["overpayment", "refund_words", "first_time_payee"],
       note="Hard negative: An established customer paid the same banquet bill twice; one payment goes back to its own corporate account after both were confirmed received.")

hs.order(T, "08-12", "18:40",
         customer("新疆天成建设集团有限公司", uscc("hs-fake-tc", "650104"), "办公室 刘秘书", mobile("161", "9953"),
                  "tiancheng_jt@163.com", wxid("hs-fake-tc"), None),
         [("商务宴席套餐（每桌）", 50, "桌", 2888)],
         channel="im", address=YOUHAO, deadline="2026-09-24", terms="宴后60天对公结算",
         notes="我们是天成建设新来的行政，中秋答谢宴50桌，领导说按老规矩挂账，宴后60天统一结。合同细节加我薇信 tcjt_liu 发你，韩主任那边不用再联系了，他调项目部了。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
                  "large_first_order", "contact_im_only", "free_mail", "evasion_homophone"],
         note="A name one character off the established construction customer (成 for 诚) books a 50-table banquet on 60-day credit via a new contact who says the usual contact has moved on.")

hs.pay(T, "08-13", "23:20", HS_GAS, 6480, "维修费", "友好路店后厨燃气管道泄漏抢修", req="E4350", appr=["E4302", "E4300"],
       contract="HS-NY-2026-001", invoice=True, urgent=True,
       text="【加急】餐饮云ERP付款申请：晚上十点半友好路店后厨报燃气泄漏，新捷燃气抢修队到场更换阀门及管段，按燃气服务合同HS-NY-2026-001结算；张经理电话请示吴董后审批",
       signals=["off_hours", "urgency"],
       note="Hard negative: Late-night gas-leak repair by the regular gas company, approved by both managers.")

hs.pay(T, "08-17", "14:15", corp("新疆丝路美食文旅城运营管理有限公司", acct("hs-foodcity", "1531", 18), "中国民生银行乌鲁木齐分行"),
       60000, "保证金", "丝路美食文旅城品牌入驻保证金", req="E4310", appr=["E4302", "E4300"],
       text="餐饮云ERP付款申请：丝路美食文旅城（号称总投资50亿元的自治区重点项目）招商，邀请我司以'红山宴'品牌入驻，签约前须交品牌入驻保证金6万元锁定铺位，开业后抵扣租金。该运营公司2026年4月成立，项目用地尚未取得施工许可。",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "fee_asked_of_seller"],
       note="A four-month-old operator of a 5bn 'key project' food city wants a 60k brand-entry deposit before any lease, on land without a building permit.")

hs.pay(T, "08-19", "12:30", corp("乌鲁木齐西域星光文化传媒有限公司", acct("hs-mcn", "3002", 19), "中国工商银行乌鲁木齐分行"),
       8800, "推广费", "达人探店合作费（饭点平台达人合作订单DR-2026-0815）", req="E4340", appr=["E4302"],
       contract="HS-FW-2026-014", invoice=True,
       text="餐饮云ERP付款申请：经饭点平台官方达人合作频道下单，3位美食达人到南湖店探店并发布真实体验视频，按平台订单支付合作费（含平台技术服务佣金）至达人所属MCN机构对公账户，机构开具发票；合同未约定好评或评分。",
       signals=["task_rebate_words", "first_time_payee"],
       note="Hard negative: A food-influencer visit booked through the platform's official creator channel, paid to the agency's corporate account, with no rating promised.")

hs.pay(T, "08-20", "15:55", corp("乌鲁木齐市非税收入汇缴结算户", acct("hs-nontax", "3002", 19), "中国工商银行乌鲁木齐分行"),
       2000, "罚款", "行政处罚罚没款（乌市监罚〔2026〕1187号）", req="E4302", appr=["E4300"],
       text="餐饮云ERP付款申请：市场监管局7月检查发现南湖店部分预包装调料超出标签保质期，出具《行政处罚决定书》（乌市监罚〔2026〕1187号），罚款2000元，按决定书所附非税缴款码缴入非税收入汇缴结算户。",
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: A real market-regulation fine under a written penalty decision, paid to the official non-tax revenue account.")

hs.pay(T, "08-24", "16:20", corp("新疆优评网络科技有限公司", acct("hs-review", "8801", 18), "乌鲁木齐农村商业银行"),
       9800, "推广费", "点评口碑代运营冲榜套餐（季度）", req="E4340", appr=["E4302"],
       text="餐饮云ERP付款申请：优评网络推销'口碑冲榜套餐'：每月安排200条五星好评、刷高收藏量，保证三个月内进入'必吃榜'前五，不进榜退一半。无正式合同，只有对方微信发来的报价单。",
       label="scam", scam_type="task_rebate", expect="flag",
       signals=["task_rebate_words", "first_time_payee", "no_po_contract"],
       note="A 'reputation agency' sells a package of 200 fake five-star reviews a month and a guaranteed ranking, with only a WeChat price list.")

hs.pay(T, "08-27", "11:40", corp("乌鲁木齐宴宾客餐具租赁有限公司", acct("hs-rental", "1200", 18), "乌鲁木齐银行"),
       15000, "押金", "户外婚宴桌椅餐具租赁押金（合同HS-ZL-2026-004）", req="E4310", appr=["E4302"],
       contract="HS-ZL-2026-004",
       text="餐饮云ERP付款申请：9月5日南湖公园草坪婚宴（40桌）租用桌椅、餐具、帐篷，按租赁合同HS-ZL-2026-004付押金1.5万元，归还验收后退还。",
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Deposit for rented tables, tableware and tents for an outdoor wedding, under a signed rental contract.")

hs.pay(T, "09-01", "20:50", person("周海斌", acct("hs-boss-refund", "6228", 19), "中国农业银行乌鲁木齐分行"),
       66000, "退款", "包厢预订款退还（吴总交办）", req="E4301", appr=[],
       channel="im", from_name="吴建国", from_contact=wxid("hs-chair-fake"), urgent=True,
       text="马丽，我朋友周总（周海斌）之前在我们这订了中秋包厢，预付了6.6万，现在活动取消了，你把钱退给他，账号我发你。我在北京开会，不方便接电话，明天上午之前办好。",
       label="scam", scam_type="boss_impersonation", expect="flag",
       signals=["im_instruction", "new_contact", "cannot_call", "refund_words", "personal_account", "first_time_payee",
                "no_approval", "boss_role", "off_hours", "urgency"],
       note="A new WeChat 'chairman' orders a 66k 'private-room prepayment refund' to a friend although no such prepayment is on the books.")

hs.order(T, "09-03", "13:10",
         customer("甘肃敦煌飞天国际旅行社有限公司", uscc("hs-newagency", "620982"), "计调 赵敏", "0937-0000514",
                  "jd@fttravel-dh.com", None, None),
         [("团餐（每人）", 160, "份", 78), ("特色烤全羊（只）", 4, "只", 1680)],
         channel="email", address="红山宴各门店", deadline="2026-09-24", terms="全款预付（9月2日对公到账，财务已核实）",
         notes="9月中下旬4个团共160人次用餐，其中4桌烤全羊。",
         signals=["new_customer"],
         note="Hard negative: A new travel agency books group meals and has paid in full to the restaurant's account.")

hs.pay(T, "09-08", "17:35", person("马小军", acct("hs-waiter1-new", "6217", 19), "中国邮政储蓄银行西宁分行"),
       2240, "劳务费", "兼职服务员劳务费（员工：马小军，8月，14班×160元）", req="E4330", appr=["E4302"],
       channel="im", from_name="马小军（新微信）", from_contact=wxid("hs-waiter-fake"),
       text="米娜姐，我是马小军，手机丢了换了新微信。原来那张乌鲁木齐银行卡也一起丢了，8月的兼职工资麻烦打我新办的邮储卡，户名还是马小军，发工资前帮我改一下。",
       label="scam", scam_type="fake_salary", expect="flag",
       signals=["payroll_change", "personal_account", "first_time_payee", "im_instruction", "new_contact",
                "unusual_bank_region"],
       note="A 'new WeChat' of a part-time waiter asks, just before payday, to move his pay to a new card in his name opened in Xining.")

parent_acct = acct("hs-parent", "6217", 19)
hs.pay(T, "09-10", "14:45", person("阿不都热合曼·吐尔逊", parent_acct, "中国建设银行乌鲁木齐分行"),
       8000, "退款", "寿宴减桌退还多付定金（预订号HS-YY-20260802-015）", req="E4310", appr=["E4302"],
       order_id="HS-YY-20260802-015",
       text="餐饮云ERP付款申请：古丽娜·阿不都热合曼为其父亲预订9月寿宴，由父亲阿不都热合曼·吐尔逊从本人建行卡支付定金16000元（8月2日入账）。现减少10桌，按协议退还多付定金8000元。原付款账户：%s（户名：阿不都热合曼·吐尔逊），原路退回付款人账户（已与预订人电话确认）。" % parent_acct,
       signals=["refund_words", "deposit_words", "personal_account", "first_time_payee", "sales_order_linked",
                "payee_name_mismatch"],
       note="Hard negative: A birthday banquet booked by a daughter and paid by her father shrinks; the excess deposit goes back to the father's card that paid it.")


# --------------------------------------------------------------------------
def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in LINES:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(LINES), OUT))


if __name__ == "__main__":
    main()
