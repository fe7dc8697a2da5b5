#!/usr/bin/env python3
"""Deterministic generator for the holdout33 corpus (healthcare supply).

Writes ../holdout33.jsonl (next to the README). Standard library only, no network,
no randomness: every account number, credit code, invoice number and IM id is derived
from a SHA-256 hash of a fixed label, so two runs give byte-identical output.

All companies, hospitals, people, accounts, credit codes, invoice numbers and phone
numbers are invented. Mobiles use only 140/141/142 + 0000xxxx; landlines area-0000xxx.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout33.jsonl")

# ---------------------------------------------------------------------------
# deterministic identifiers
# ---------------------------------------------------------------------------


def _h(label):
    return hashlib.sha256(("holdout33|" + label).encode("utf-8")).hexdigest()


def digits(label, n):
    s = str(int(_h(label), 16))
    while len(s) < n:
        s += str(int(_h(label + "|" + s), 16))
    return s[:n]


def acct(label, n, prefix):
    """Account number of n digits (16-19) starting with prefix."""
    assert 16 <= n <= 19
    return prefix + digits("acct|" + label, n - len(prefix))


def inv(label, region="65"):
    """20-digit fully-digital e-invoice number: 26 (year) + region + 16 digits."""
    return "26" + region + digits("inv|" + label, 16)


def wx(label):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    v = int(_h("wx|" + label), 16)
    out = ""
    for _ in range(14):
        v, r = divmod(v, 36)
        out += alphabet[r]
    return "wxid_" + out


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(prefix8, label):
    """Unified social credit code with a valid organisation-code check and check character."""
    v = int(_h("uscc|" + label), 16)
    body = ""
    for _ in range(8):
        v, r = divmod(v, len(USCC_CHARS))
        body += USCC_CHARS[r]
    w = [3, 7, 9, 10, 5, 8, 4, 2]

    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    c9 = 11 - sum(val(c) * wi for c, wi in zip(body, w)) % 11
    body += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = prefix8 + body
    weights = [pow(3, i, 31) for i in range(17)]
    s = sum(USCC_CHARS.index(c) * wi for c, wi in zip(code17, weights))
    return code17 + USCC_CHARS[(31 - s % 31) % 31]


def m(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def iso(ts):
    """'2026-03-03 11:15' -> RFC 3339 Beijing time."""
    d, t = ts.split(" ")
    return "%sT%s:00+08:00" % (d, t)


# ---------------------------------------------------------------------------
# tenants, staff, payers
# ---------------------------------------------------------------------------

TENANTS = ["jingkang", "huilin", "baiya"]

STAFF = {
    "jingkang": {"E1001": "韩立新", "E1002": "周雪梅", "E1003": "阿依古丽", "E1004": "刘振",
                 "E1005": "冯国栋", "E1010": "马骏", "E1011": "赵婷", "E1020": "王鹏"},
    "huilin": {"E2001": "蒋德华", "E2002": "何丽娟", "E2003": "马晓燕", "E2004": "帕提古丽",
               "E2010": "孙文", "E2020": "李欣", "E2030": "韩梅"},
    "baiya": {"E3001": "田志远", "E3002": "吴静", "E3003": "迪丽娜尔", "E3004": "王芳",
              "E3005": "许明", "E3010": "陈敏", "E3020": "赵磊"},
}

ERP_PREFIX = {"jingkang": "金蝶K3付款申请：", "huilin": "用友T+付款单：", "baiya": "OA付款申请："}

ID_PREFIX = {
    "jingkang": {"payment": "JK-FK", "order": "JK-XS"},
    "huilin": {"payment": "HL-ZF", "order": "HL-XS"},
    "baiya": {"payment": "BY-FK", "order": "BY-HZ"},
}

PAYER = {
    "jingkang": {"account_no": acct("jk-payer", 19, "2902"), "account_name": "乌鲁木齐景康医疗器械有限公司"},
    "huilin": {"account_no": acct("hl-payer", 17, "3058"), "account_name": "石河子惠林大药房连锁有限公司"},
    "baiya": {"account_no": acct("by-payer", 19, "6505"), "account_name": "克拉玛依百雅口腔医疗管理有限公司"},
}


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


# vendor master (and one-off payees) ------------------------------------------------

V = {}
# jingkang: medical-device and consumables distributor, Urumqi
V["V-JK01"] = payee("江苏康泰医用耗材有限公司", acct("V-JK01-old", 19, "3210"), "中国银行常州武进支行",
                    vendor_id="V-JK01", phone="0519-0000318")
V["V-JK01n"] = payee("江苏康泰医用耗材有限公司", acct("V-JK01-new", 18, "3202"), "江苏银行常州分行",
                     vendor_id="V-JK01", phone="0519-0000318")
V["V-JK02"] = payee("深圳华影医疗设备有限公司", acct("V-JK02", 16, "7559"), "招商银行深圳科技园支行",
                    vendor_id="V-JK02", phone="0755-0000462")
V["V-JK03"] = payee("新疆冷链通医药物流有限公司", acct("V-JK03-old", 19, "6505"), "中国建设银行乌鲁木齐经济技术开发区支行",
                    vendor_id="V-JK03", phone="0991-0000573")
V["V-JK03n"] = payee("新疆冷链通医药物流有限公司", acct("V-JK03-new", 18, "1010"), "兰州银行城关支行",
                     vendor_id="V-JK03", phone="0991-0000573")
V["V-JK04"] = payee("乌鲁木齐高新区医药物流园管理有限公司", acct("V-JK04", 19, "3002"), "中国工商银行乌鲁木齐高新区支行",
                    vendor_id="V-JK04", phone="0991-0000281")
V["V-JK05"] = payee("北京瑞检生物技术有限公司", acct("V-JK05-old", 19, "0200"), "中国工商银行北京海淀支行",
                    vendor_id="V-JK05", phone="010-0000536")
V["V-JK05n"] = payee("北京瑞检生物技术有限公司", acct("V-JK05-new", 16, "1501"), "平安银行深圳福田支行",
                     vendor_id="V-JK05", phone="010-0000536")
V["PAY-JK"] = payee("中国工商银行乌鲁木齐分行（代发工资专户）", acct("PAY-JK", 19, "3002"), "中国工商银行乌鲁木齐分行",
                    vendor_id="PAY-01")
V["TAX-JK"] = payee("国家金库乌鲁木齐市中心支库", acct("TAX-JK", 17, "6501"), "国家金库乌鲁木齐市中心支库",
                    vendor_id="TAX-01")
# huilin: retail pharmacy chain, Shihezi
V["V-HL01"] = payee("新疆天济医药有限公司", acct("V-HL01", 19, "3002"), "中国工商银行乌鲁木齐北京路支行",
                    vendor_id="V-HL01", phone="0991-0000348")
V["V-HL02"] = payee("石河子康源医药批发有限公司", acct("V-HL02", 19, "6505"), "中国建设银行石河子分行",
                    vendor_id="V-HL02", phone="0993-0000271")
V["V-HL03"] = payee("新疆百草堂中药饮片有限公司", acct("V-HL03-old", 19, "6505"), "中国建设银行昌吉分行",
                    vendor_id="V-HL03", phone="0994-0000519")
V["V-HL03n"] = payee("新疆百草堂中药饮片有限公司", acct("V-HL03-new", 18, "8803"), "乌鲁木齐农村商业银行",
                     vendor_id="V-HL03", phone="0994-0000519")
V["V-HL04"] = payee("王建军", acct("V-HL04", 19, "6228"), "中国农业银行石河子分行", account_type="personal",
                    vendor_id="V-HL04", phone="14100003362")
V["V-HL05"] = payee("石河子开发区东城商业管理有限公司", acct("V-HL05", 18, "1077"), "中国银行石河子分行",
                    vendor_id="V-HL05", phone="0993-0000684")
V["V-HL06"] = payee("乌鲁木齐医信通软件有限公司", acct("V-HL06", 16, "9919"), "招商银行乌鲁木齐分行",
                    vendor_id="V-HL06", phone="0991-0000925")
V["PAY-HL"] = payee("中国农业银行石河子分行（代发工资专户）", acct("PAY-HL", 17, "3058"), "中国农业银行石河子分行",
                    vendor_id="PAY-01")
V["TAX-HL"] = payee("国家金库石河子市支库", acct("TAX-HL", 17, "6590"), "国家金库石河子市支库", vendor_id="TAX-01")
# baiya: dental clinic chain, Karamay
V["V-BY01"] = payee("克拉玛依精工义齿加工有限公司", acct("V-BY01", 19, "3004"), "中国工商银行克拉玛依分行",
                    vendor_id="V-BY01", phone="0990-0000415")
V["V-BY02"] = payee("上海瑞植医疗器械有限公司", acct("V-BY02-old", 18, "4398"), "中国银行上海徐汇支行",
                    vendor_id="V-BY02", phone="021-0000738")
V["V-BY02n"] = payee("上海瑞植医疗器械有限公司", acct("V-BY02-new", 17, "4453"), "中国农业银行东莞分行",
                     vendor_id="V-BY02", phone="021-0000738")
V["V-BY03"] = payee("乌鲁木齐洁康口腔材料有限公司", acct("V-BY03", 18, "8801"), "乌鲁木齐银行",
                    vendor_id="V-BY03", phone="0991-0000664")
V["V-BY04"] = payee("克拉玛依银河物业管理有限公司", acct("V-BY04", 17, "3067"), "中国农业银行克拉玛依分行",
                    vendor_id="V-BY04", phone="0990-0000528")
V["V-BY05"] = payee("克拉玛依绿洁医疗废物处置有限公司", acct("V-BY05", 18, "8808"), "克拉玛依市商业银行",
                    vendor_id="V-BY05", phone="0990-0000693")
V["D-LWB"] = payee("李文博", acct("D-LWB", 19, "6217"), "中国建设银行克拉玛依分行", account_type="personal")
V["PAY-BY"] = payee("中国建设银行克拉玛依分行（代发工资专户）", acct("PAY-BY", 19, "6505"), "中国建设银行克拉玛依分行",
                    vendor_id="PAY-01")
V["TAX-BY"] = payee("国家金库克拉玛依市中心支库", acct("TAX-BY", 17, "6502"), "国家金库克拉玛依市中心支库",
                    vendor_id="TAX-01")

CHANGED = {
    "V-JK01n": iso("2026-02-09 15:00"),
    "V-JK02": iso("2025-11-18 10:30"),
    "V-JK03n": iso("2026-04-16 18:20"),
    "V-JK05n": iso("2026-05-11 11:30"),
    "V-HL02": iso("2025-12-01 11:20"),
    "V-HL03n": iso("2026-04-03 15:10"),
    "V-BY02n": iso("2026-03-20 16:40"),
    "V-BY03": iso("2025-10-20 12:00"),
}


def cust(name, code, contact, phone, email=None, im=None, cid=None):
    return {"name": name, "credit_code": code, "contact_name": contact, "phone": phone, "email": email,
            "im_id": im, "customer_id": cid}


C = {}
C["C-JK01"] = cust("乌鲁木齐市博峰人民医院", uscc("12650100", "C-JK01"), "设备科 李建华", "0991-0000412",
                   "sbk@bfrmyy.cn", wx("C-JK01-li"), "C-JK01")
C["C-JK02"] = cust("昌吉州安宁中医医院", uscc("12652300", "C-JK02"), "采购办 胡主任", "0994-0000236",
                   "cgb@anzyy.cn", None, "C-JK02")
C["C-JK03"] = cust("乌鲁木齐市米东区康泽社区卫生服务中心", uscc("12650109", "C-JK03"), "药械科 杨医生", "0991-0000587",
                   "kzsq_yx@kzsqws.cn", None, "C-JK03")
C["C-HL01"] = cust("石河子市向阳街道社区卫生服务站", uscc("12659001", "C-HL01"), "刘医生", "0993-0000446",
                   "xysqz_shz@163.com", None, "C-HL01")
C["C-HL02"] = cust("石河子北泉纺织有限公司", uscc("91659001", "C-HL02"), "行政部 赵主管", "0993-0000563",
                   "xz@bqfz.com.cn", None, "C-HL02")
C["C-BY01"] = cust("克拉玛依恒远油田技术服务有限公司", uscc("91650200", "C-BY01"), "工会 孙主席", "0990-0000351",
                   "gh@hyytjs.com", None, "C-BY01")
C["P-ZXL"] = cust("张秀兰", None, "张秀兰", "14200003817", None, None, "P-BY2231")
C["P-WJP"] = cust("王建平", None, "王建平", "14200005064", None, None, "P-BY2417")

# ---------------------------------------------------------------------------
# request builders
# ---------------------------------------------------------------------------


def pay(t, vkey_or_payee, amount, purpose, memo, text, req, appr, ch="erp", frm=None, contact=None,
        urgent=False, order=None, contract=None, invoice=None, changed=None, verif=None):
    if isinstance(vkey_or_payee, str):
        p = dict(V[vkey_or_payee])
        if changed is None and vkey_or_payee in CHANGED:
            changed = CHANGED[vkey_or_payee]
    else:
        p = dict(vkey_or_payee)
    if ch == "erp":
        frm = STAFF[t][req]
        text = ERP_PREFIX[t] + text
    r = {
        "request_id": None,
        "submitted_at": None,
        "payer": dict(PAYER[t]),
        "payee": p,
        "amount": m(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm, "from_contact": contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": changed,
    }
    if verif is not None:
        r["verification"] = verif
    return r


def verif(number, by, ts):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": iso(ts)}


def order(t, customer, items, terms, ch, addr, deadline, notes, third=None, fees=()):
    its = [{"product": p, "quantity": str(q), "unit": u, "unit_price": m(pr)} for p, q, u, pr in items]
    total = sum((Decimal(str(q)) * Decimal(m(pr)) for p, q, u, pr in items), Decimal("0"))
    return {
        "record_id": None,
        "received_at": None,
        "customer": dict(customer),
        "items": its,
        "total_amount": m(total),
        "currency": "CNY",
        "channel": ch,
        "delivery": {"address": addr, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": m(a)} for r, a in fees],
        "notes": notes,
    }


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": m(amount)}


LINES = {t: [] for t in TENANTS}


def add(t, phase, ts, body, label="legit", st=None, expect="allow", sig=(), note="", key=None):
    kind = "payment" if "payee" in body else "order"
    LINES[t].append({"phase": phase, "ts": ts, "kind": kind, "label": label, "scam_type": st,
                     "expect": expect, "signals": list(sig), "note": note, "body": body, "key": key})


def H(t, ts, body, note, key=None):
    add(t, "history", ts, body, note=note, key=key)


def R(t, ts, body, note, key=None):
    add(t, "test", ts, body, note="Routine: " + note, key=key)


def HN(t, ts, body, sig, note, key=None):
    add(t, "test", ts, body, sig=sig, note="Hard negative: " + note, key=key)


def S(t, ts, body, st, expect, sig, note, key=None):
    add(t, "test", ts, body, label="scam", st=st, expect=expect, sig=sig, note=note, key=key)


# ===========================================================================
# jingkang — 乌鲁木齐景康医疗器械有限公司 (medical devices and consumables, Urumqi)
# ===========================================================================
t = "jingkang"
INV = {k: inv("jk-" + k, r) for k, r in [
    ("h01", "32"), ("h06", "11"), ("h07", "44"), ("h12", "32"), ("h15", "11"), ("h04", "65"), ("h13", "65"),
    ("h03", "65"), ("t01", "65"), ("t03", "65"), ("t04", "32"), ("t12", "11"), ("t14", "65"), ("t16", "65"),
    ("t19", "44"), ("t21", "65"), ("t23", "65"), ("t31", "11"), ("t34", "11"), ("t35", "44")]}

# ---- history (Jan-Feb 2026) ----
H(t, "2026-01-13 11:05", pay(t, "V-JK01", "186400.00", "货款", "输液器、注射器货款（1月第1批）",
  "输液器、注射器货款｜江苏康泰｜合同JK-CG-2026-003｜发票%s" % INV["h01"], "E1003", ["E1002", "E1001"],
  contract="JK-CG-2026-003", invoice=INV["h01"]), "Consumables payment to the regular infusion-set maker.")
H(t, "2026-01-14 15:20", order(t, C["C-JK01"], [("一次性使用输液器（带针）", 20000, "支", "1.85"),
                                               ("一次性使用无菌注射器（5ml）", 30000, "支", "0.42")],
  "验收合格后90天内平台结算", "other", "乌鲁木齐市博峰人民医院中心库房", "2026-01-19",
  "自治区医用耗材集中采购平台订单PT-2601-0093，配送至中心库房，随货同行单一式三份"),
  "Platform consumables order from an established city hospital.")
H(t, "2026-01-16 11:40", pay(t, "V-JK04", "42000.00", "租金", "医药物流园仓储租金（2026年1月）",
  "医药物流园仓储租金（2026年1月）｜合同JK-ZL-2025-002｜发票%s" % INV["h03"], "E1003", ["E1002"],
  contract="JK-ZL-2025-002", invoice=INV["h03"]), "Monthly warehouse rent.")
H(t, "2026-01-20 16:10", pay(t, "V-JK03", "18650.00", "运费", "12月-1月冷链配送运费",
  "12月-1月冷链配送运费｜冷链通｜框架合同JK-WL-2026-001｜发票%s" % INV["h04"], "E1020", ["E1002"],
  contract="JK-WL-2026-001", invoice=INV["h04"]), "Cold-chain freight to the regular carrier.")
H(t, "2026-01-22 12:30", order(t, C["C-JK02"], [("多参数监护仪", 8, "台", "13500.00")],
  "到货验收后60天付款", "letter", "昌吉州安宁中医医院设备科", "2026-02-05",
  "采购函AN-2026-007，院内招标结果已公示，按中标价供货"), "Monitor order by letter from an established hospital.")
H(t, "2026-01-27 17:15", pay(t, "V-JK05", "96300.00", "货款", "生化试剂货款（1月）",
  "生化试剂货款（1月）｜北京瑞检｜合同JK-CG-2026-005｜发票%s" % INV["h06"], "E1003", ["E1002", "E1001"],
  contract="JK-CG-2026-005", invoice=INV["h06"]), "Reagent payment to the regular IVD maker.")
H(t, "2026-01-29 11:25", pay(t, "V-JK02", "74800.00", "货款", "超声探头及配件货款",
  "超声探头及配件货款｜深圳华影｜合同JK-CG-2025-021｜发票%s" % INV["h07"], "E1003", ["E1002"],
  contract="JK-CG-2025-021", invoice=INV["h07"]),
  "Probe payment to the ultrasound maker whose account change dates from Nov 2025.")
H(t, "2026-02-03 18:40", pay(t, "PAY-JK", "268450.00", "工资", "1月工资代发（34人）",
  "1月工资代发（34人），工资表已由韩立新邮件（hanlixin@jingkangmed.com）审批", "E1004", ["E1002", "E1001"]), "Monthly payroll.")
H(t, "2026-02-05 12:05", order(t, C["C-JK03"], [("医用外科口罩", 20000, "只", "0.28"),
                                               ("一次性使用真空采血管", 10000, "支", "0.65")],
  "月结30天", "email", "乌鲁木齐市米东区康泽社区卫生服务中心药械库", "2026-02-10", "2月常规补货"),
  "Consumables order from an established community health centre.", key="jk_h_c3")
H(t, "2026-02-10 16:30", pay(t, "V-JK01n", "1.00", "验证打款", "康泰新账户1元验证打款",
  "康泰变更后新账户1元验证打款（盖章变更函已收，周雪梅已回拨康泰财务原留存座机0519-0000318确认）",
  "E1003", ["E1002"], contract="JK-CG-2026-003",
  verif=verif("0519-0000318", "E1002", "2026-02-09 16:20")),
  "One-yuan test payment to the infusion-set maker's new account after a call-back on the number on file.")
H(t, "2026-02-12 11:10", pay(t, "TAX-JK", "138920.50", "税款", "1月增值税及附加",
  "电子税务局三方协议扣缴：1月增值税及附加", "E1004", ["E1002"]), "Monthly VAT.")
H(t, "2026-02-24 15:45", pay(t, "V-JK01n", "203500.00", "货款", "输液器、注射器货款（2月）",
  "输液器、注射器货款（2月）｜江苏康泰（新账户，已验证）｜合同JK-CG-2026-003｜发票%s" % INV["h12"],
  "E1003", ["E1002", "E1001"], contract="JK-CG-2026-003", invoice=INV["h12"]),
  "First regular payment to the infusion-set maker's verified new account.")
H(t, "2026-02-25 12:20", pay(t, "V-JK03", "15300.00", "运费", "2月冷链配送运费",
  "2月冷链配送运费｜冷链通｜框架合同JK-WL-2026-001｜发票%s" % INV["h13"], "E1020", ["E1002"],
  contract="JK-WL-2026-001", invoice=INV["h13"]), "Cold-chain freight to the regular carrier.")
H(t, "2026-02-26 17:35", order(t, C["C-JK01"], [("一次性使用输液器（带针）", 24000, "支", "1.85"),
                                               ("医用外科口罩", 50000, "只", "0.28")],
  "验收合格后90天内平台结算", "other", "乌鲁木齐市博峰人民医院中心库房", "2026-03-03",
  "自治区医用耗材集中采购平台订单PT-2602-0147"), "Platform consumables order from an established city hospital.")
H(t, "2026-02-27 11:50", pay(t, "V-JK05", "88700.00", "货款", "生化试剂货款（2月）",
  "生化试剂货款（2月）｜北京瑞检（对账单由瑞检财务苏琳suling@ruijianbio.com发送）｜合同JK-CG-2026-005｜发票%s" % INV["h15"], "E1003", ["E1002", "E1001"],
  contract="JK-CG-2026-005", invoice=INV["h15"]), "Reagent payment to the regular IVD maker.")

# ---- test (Mar-May 2026) ----
R(t, "2026-03-03 11:15", pay(t, "V-JK04", "42000.00", "租金", "医药物流园仓储租金（2026年3月）",
  "医药物流园仓储租金（2026年3月）｜合同JK-ZL-2025-002｜发票%s" % INV["t01"], "E1003", ["E1002"],
  contract="JK-ZL-2025-002", invoice=INV["t01"]), "Monthly warehouse rent to the logistics park.")
HN(t, "2026-03-04 15:30", order(t, C["C-JK01"], [("输液泵", 30, "台", "6800.00"),
                                                ("一次性使用精密过滤输液器", 20000, "支", "3.20")],
   "验收合格后180天内平台结算", "other", "乌鲁木齐市博峰人民医院中心库房", "2026-03-20",
   "平台订单PT-2603-0211，ICU扩床项目，分两批到货，按院方设备科验收单结算"),
   ["credit_terms_requested", "institution_claim"],
   "A 180-day-credit order from an established hospital, placed through the regional procurement platform by its usual equipment-section contact.")
R(t, "2026-03-06 12:40", pay(t, "V-JK03", "9860.00", "运费", "3月上旬冷链配送运费",
  "3月上旬冷链配送运费｜冷链通｜框架合同JK-WL-2026-001｜发票%s" % INV["t03"], "E1020", ["E1002"],
  contract="JK-WL-2026-001", invoice=INV["t03"]), "Cold-chain freight to the regular carrier.")
HN(t, "2026-03-09 16:05", pay(t, "V-JK01n", "176200.00", "货款", "输液器、注射器货款（3月）",
   "输液器、注射器货款（3月）｜江苏康泰（2月9日变更后账户，已1元验证并于2月24日正常付款）｜合同JK-CG-2026-003｜发票%s" % INV["t04"],
   "E1003", ["E1002", "E1001"], contract="JK-CG-2026-003", invoice=INV["t04"],
   verif=verif("0519-0000318", "E1002", "2026-02-09 16:20")),
   ["account_changed_recent"],
   "The infusion-set maker changed its account four weeks ago; the change was called back on the number on file, tested with one yuan and already paid once.")
S(t, "2026-03-10 11:35", order(t, cust("乌鲁木齐市博峰人民医院", C["C-JK01"]["credit_code"], "设备科 张科长",
                                       "14000007261", None, wx("jk-fake-zhang"), None),
  [("输液泵", 60, "台", "6900.00")], "到货后走院内审批付款", "im", "乌鲁木齐市博峰人民医院新院区（在建）后门库房",
  "2026-03-13",
  "新院区ICU开科急用输液泵60台，这周必须到。另外科里还要一批一次性使用血液灌流器（BF-230型，120支），你们没有的话找恒润经营部拿，他家是院里指定的，价格都谈好了，跟输液泵一起开票一起结。我这几天一直在开会，电话不方便接，有事加我威信zk-bfyy。",
  third=third("乌鲁木齐市沙依巴克区恒润医疗用品经营部", "14000003915", "designated_supplier", "86400.00")),
  "fake_purchaser", "flag",
  ["institution_claim", "new_customer", "contact_mismatch", "designated_supplier", "off_catalogue_item",
   "large_first_order", "contact_im_only", "urgency", "cannot_call", "evasion_homophone"],
  "A WeChat contact posing as the equipment section of an established hospital orders 60 infusion pumps for a new ICU and tells us to source haemoperfusion cartridges we do not stock from a 'hospital-designated' shop, settled together; contact by '威信' only.",
  key="jk_fp_order")
S(t, "2026-03-12 16:20", pay(t, payee("乌鲁木齐市沙依巴克区恒润医疗用品经营部", acct("jk-hengrun", 19, "6228"),
                                      "中国农业银行乌鲁木齐沙依巴克支行", "personal"),
  "86400.00", "代采购", "代博峰医院采购血液灌流器120支",
  "马经理，院里的款财务已经走了，网银回单截图刚发你，系统显示处理中。恒润那边说不见钱不发货，灌流器明天就要上机，你们先把8.64万打过去，到时候跟输液泵一起结。",
  "E1010", [], ch="im", frm="博峰医院设备科 张科长", contact=wx("jk-fake-zhang"), urgent=True, order="@jk_fp_order"),
  "fake_purchaser", "block",
  ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof",
   "urgency", "im_instruction", "no_approval"],
  "Sales is pushed to advance 86.4k to the 'designated' shop for the fake hospital order while the hospital's payment is only a 'processing' screenshot.")
HN(t, "2026-03-13 12:10", pay(t, payee("新疆天衡招标代理有限公司", acct("jk-tianheng", 19, "6505"),
                                       "中国建设银行乌鲁木齐新华南路支行", vendor_id="V-JK07", phone="0991-0000763"),
   "50000.00", "投标保证金", "博峰人民医院2026年度普通医用耗材采购项目（TH-2026-0317）投标保证金",
   "投标保证金，按招标公告（自治区政府采购网公告TH-2026-0317）第七条载明的代理机构保证金专户缴纳，开标后未中标原路退回",
   "E1011", ["E1002", "E1001"]),
   ["deposit_words", "first_time_payee"],
   "Bid bond for a hospital consumables tender, paid to the tender agent's account named in the published announcement.")
S(t, "2026-03-16 10:50", pay(t, payee("孙浩", acct("jk-sunhao", 19, "6222"), "中国工商银行乌鲁木齐分行", "personal"),
  "30000.00", "保证金", "安宁中医医院耗材遴选项目bzj",
  "来电后短信：赵经理您好，安宁中医医院耗材遴选项目报名已截止，我给贵司留了名额，bzj 3万今天下午5点前转到项目经理孙浩个人卡，公司对公户年审冻结中，开标后连同中标通知书一起退。",
  "E1011", ["E1002"], ch="phone", frm="自称新疆鼎诚招标代理 孙经理", contact="14000005820", urgent=True),
  "contract_fraud", "flag",
  ["deposit_words", "personal_account", "personal_account_pretext", "first_time_payee", "phone_instruction",
   "urgency", "fee_asked_of_seller", "evasion_pinyin"],
  "A caller posing as a tender agent says he 'kept a place' for us in a hospital consumables selection and wants the 30k bid bond ('bzj') on the project manager's personal card because the agency account is 'frozen for review'.")
R(t, "2026-03-18 11:30", order(t, C["C-JK03"], [("医用外科口罩", 30000, "只", "0.28"),
                                               ("一次性使用无菌注射器（5ml）", 20000, "支", "0.42")],
  "月结30天", "email", "乌鲁木齐市米东区康泽社区卫生服务中心药械库", "2026-03-23", "3月常规补货"),
  "Consumables order from an established community health centre.")
S(t, "2026-03-23 12:25", pay(t, payee("新疆瑞德联创科技有限公司", acct("jk-ruide", 16, "1530"), "中国民生银行乌鲁木齐分行"),
  "380000.00", "保证金", "投标保证金",
  "韩立新：@阿依古丽 工行基本户和建行一般户现在各有多少可用余额？截个图发群里\n阿依古丽：韩总，工行可用312万，建行58万，截图已发\n韩立新：博峰医院那个设备项目今天截标，保证金38万要打给代理方的合作单位新疆瑞德联创科技有限公司，我在院里开会不方便接电话，付款审批我回公司补。",
  "E1003", [], ch="im", frm="韩立新", contact="微信群:景康经营管理群（当日新建）", urgent=True),
  "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "deposit_words", "first_time_payee",
   "no_approval", "bypass_process", "cannot_call", "urgency"],
  "In a WeChat group created that day the fake GM has the cashier report both balances, then orders a 380k 'bid bond' to an unknown tech firm, approval 'later'.")
HN(t, "2026-03-24 16:40", order(t, cust("奇台县民康医院", uscc("12652325", "jk-minkang"), "设备科 马科长", "0994-0000651",
                                        "sbk@qtmkyy.cn", None, None),
   [("多参数监护仪", 12, "台", "13200.00"), ("输液泵", 10, "台", "6800.00")],
   "验收合格后90天内平台结算", "other", "昌吉州奇台县民康医院设备科库房", "2026-04-10",
   "自治区医用耗材集中采购平台订单PT-2603-0388（该院2026年度配送关系已在平台备案），发票随货同行"),
   ["new_customer", "large_first_order", "credit_terms_requested", "institution_claim"],
   "A county hospital we have not supplied before orders monitors and pumps on 90-day platform terms, through a delivery relationship registered on the regional procurement platform.")
R(t, "2026-03-26 15:15", pay(t, "V-JK05", "91400.00", "货款", "生化试剂货款（3月）",
  "生化试剂货款（3月）｜北京瑞检｜合同JK-CG-2026-005｜发票%s" % INV["t12"], "E1003", ["E1002", "E1001"],
  contract="JK-CG-2026-005", invoice=INV["t12"]), "Reagent payment to the regular IVD maker.")
S(t, "2026-03-27 17:40", pay(t, payee("乌鲁木齐聚鑫源商贸有限公司", acct("jk-juxin", 18, "8800"), "乌鲁木齐银行"),
  "500000.00", "往来款", "代转投标保证金",
  "马经理，刘主任交代的事：我们一家合作单位要投医院的标，保证金得公对公，借贵司账户走 一 下 账。今天下午他们先打50万到你们基本户，你们收到后原数转给聚鑫源商贸，记往来款，给你们2个点辛苦费。刘主任那边以后订单不会少你们的。",
  "E1010", ["E1002"], ch="im", frm="周建峰（自称医院采购办刘主任介绍）", contact=wx("jk-zhoujf")),
  "account_lending", "block",
  ["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction", "evasion_spacing"],
  "A 'friend' of a hospital buyer asks us to let 500k pass through our account (spaced-out '走 一 下 账') and forward it to a trading firm for a commission.")
HN(t, "2026-03-30 11:45", pay(t, payee("新疆天衡招标代理有限公司", acct("jk-tianheng", 19, "6505"),
                                       "中国建设银行乌鲁木齐新华南路支行", vendor_id="V-JK07", phone="0991-0000763"),
   "7850.00", "服务费", "TH-2026-0317项目中标服务费",
   "中标服务费，依据中标通知书TH-2026-0317-03及招标文件第二章收费标准（差额定率），收款账户与招标公告一致",
   "E1011", ["E1002"]),
   ["fee_words", "first_time_payee"],
   "Tender agent's award service fee, charged at the rate printed in the tender documents, to the account in the announcement.")
S(t, "2026-04-01 16:25", pay(t, payee("新疆恒信招标咨询有限公司", acct("jk-hengxin", 17, "3063"), "中国农业银行乌鲁木齐高新支行"),
  "12000.00", "评审费", "专家评审费及资格预审费",
  "来电称：安宁中医医院超声设备采购项目进入专家评审，需供应商预缴专家评审费1万元和资格预审费2000元，转到恒信招标咨询对公户，不交视为放弃。（查询：恒信招标咨询成立于2026年1月，采购公告中的代理机构并非该公司）",
  "E1011", ["E1002"], ch="phone", frm="自称安宁中医医院采购项目代理 刘工", contact="14000008843"),
  "contract_fraud", "flag",
  ["fee_words", "fee_asked_of_seller", "first_time_payee", "shell_company", "phone_instruction"],
  "A three-month-old 'tender consultancy' that is not the agent in the announcement asks bidders for 'expert review' and pre-qualification fees.")
HN(t, "2026-04-02 21:40", pay(t, "V-JK03", "6300.00", "运费", "夜间加急冷链专车（生化试剂，乌鲁木齐—奎屯）",
   "【加急】奎屯分销商试剂库存告急，冷链通今晚发2-8℃专车，按框架合同JK-WL-2026-001临时加单，周雪梅、冯国栋已审批",
   "E1020", ["E1002", "E1005"], urgent=True, contract="JK-WL-2026-001"),
   ["off_hours", "urgency"],
   "A late-evening rush cold-chain truck from the regular carrier under its framework contract, approved by two managers.")
R(t, "2026-04-07 12:15", order(t, C["C-JK02"], [("一次性使用输液器（带针）", 15000, "支", "1.85"),
                                               ("医用外科口罩", 40000, "只", "0.28")],
  "到货验收后60天付款", "letter", "昌吉州安宁中医医院设备科", "2026-04-14", "采购函AN-2026-041"),
  "Consumables order by letter from an established hospital.")
S(t, "2026-04-08 15:50", order(t, cust("乌鲁木齐慈瑞康复诊所", uscc("92650104", "jk-cirui"), "李院长", "14000002479"),
  [("便携式彩色多普勒超声诊断系统", 2, "台", "168000.00")], "款到发货", "phone", "乌鲁木齐市沙依巴克区某小区底商",
  "2026-04-15",
  "电话订购两台便携彩超，价格没还。说要签电子合同并核对我方收款账户，让销售下载“中银会议”APP进会议，打开共享屏幕按他指导操作网银“确认收款通道”，称不操作诊所财务付不了款。"),
  "fake_order", "flag",
  ["new_customer", "large_first_order", "remote_control", "residential_delivery"],
  "A new 'rehab clinic' orders two portable ultrasound units without haggling and wants the salesman to join a meeting app and share his screen to 'confirm the payment channel' in online banking.")
HN(t, "2026-04-10 11:20", pay(t, "V-JK02", "62400.00", "货款", "超声探头货款（3月）",
   "超声探头货款（3月）｜深圳华影（收款账户2025年11月变更，当时已回拨原留存座机核实，此后付款均正常）｜合同JK-CG-2025-021｜发票%s" % INV["t19"],
   "E1003", ["E1002"], contract="JK-CG-2025-021", invoice=INV["t19"]),
   ["account_changed_long_ago"],
   "The ultrasound maker's account change was recorded in Nov 2025, verified then, and used for every payment since.")
S(t, "2026-04-13 10:40", pay(t, payee("王志刚", acct("jk-wangzg", 19, "6210"), "中国邮政储蓄银行吐鲁番市分行", "personal"),
  "8600.00", "罚款", "二类医疗器械经营备案年审费及罚款",
  "来电称：贵司第二类医疗器械经营备案年度审查未通过，冷库温湿度记录缺失，须缴纳年审费及罚款共8600元至经办人王志刚账户，今天下班前不缴将注销备案并公示。",
  "E1004", ["E1002"], ch="phone", frm="自称乌鲁木齐市市场监督管理局医疗器械科 王科长", contact="0991-0000219",
  urgent=True),
  "authority_impersonation", "flag",
  ["authority_words", "personal_account", "first_time_payee", "phone_instruction", "urgency", "fee_words"],
  "A caller posing as the market-regulation bureau's device section says our Class II filing failed its 'annual review' and wants an 8.6k fee and fine on a personal account today.")
HN(t, "2026-04-14 16:50", pay(t, payee("新疆天检医疗器械检测技术有限公司", acct("jk-tianjian", 19, "3002"),
                                       "中国工商银行乌鲁木齐新市区支行", vendor_id="V-JK08", phone="0991-0000397"),
   "23500.00", "检验费", "医用冷藏箱第二类医疗器械注册检验费",
   "自有品牌医用冷藏箱申请第二类医疗器械注册，委托天检检测（CMA资质，检验委托合同JK-FW-2026-007）出具注册检验报告，按合同预付检验费",
   "E1020", ["E1002", "E1001"], contract="JK-FW-2026-007", invoice=INV["t21"]),
   ["fee_words", "first_time_payee"],
   "Registration-testing fee for our own-brand medical cold box, paid under contract to an accredited testing lab.")
S(t, "2026-04-16 15:05", pay(t, payee("深圳华影医疗器械销售有限公司", acct("jk-hy-sales", 16, "7559"), "招商银行深圳分行"),
  "74800.00", "货款", "超声探头及配件货款",
  "超声探头及配件货款｜华影销售｜发票%s" % INV["h07"], "E1004", ["E1002"], invoice=INV["h07"]),
  "fake_invoice", "block",
  ["duplicate_invoice", "first_time_payee", "payee_name_mismatch", "no_po_contract"],
  "Structural only: a bland ERP request pays a 'Huaying sales company' 74.8k against the invoice number already paid to the real ultrasound maker in January.")
HN(t, "2026-04-20 15:30", pay(t, "TAX-JK", "5000.00", "罚款", "行政处罚罚没款（新高市监罚〔2026〕118号）",
   "高新区市场监督管理局行政处罚决定书（冷库温度记录不全），罚没款通过自治区非税收入缴款书（缴款码6501260041183）缴入国库，法务已复核",
   "E1004", ["E1002", "E1001"]),
   ["authority_words"],
   "A real market-regulation fine, backed by a written penalty decision, paid through the official non-tax payment slip into the state treasury.")
S(t, "2026-04-20 12:35", pay(t, "V-JK03n", "46800.00", "运费", "3-4月冷链配送运费",
  "3-4月冷链配送运费｜冷链通｜框架合同JK-WL-2026-001｜发票%s" % INV["t23"], "E1003", ["E1002", "E1001"],
  contract="JK-WL-2026-001", invoice=INV["t23"]),
  "account_change", "block",
  ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
  "Structural only: the cold-chain carrier's account was switched to a Lanzhou bank four days before this routine freight payment.")
HN(t, "2026-04-21 11:55", order(t, C["C-JK02"], [("一次性使用动脉血气针（招标指定品牌）", 5000, "支", "12.60")],
   "到货验收后60天付款", "letter", "昌吉州安宁中医医院设备科", "2026-04-28",
   "院内招标文件（AN-ZB-2026-02）指定品牌，我司为该品牌新疆区域授权配送商，按中标价供货"),
   ["designated_supplier"],
   "An established hospital orders blood-gas needles of the brand named in its own tender documents, for which we are the authorised distributor.")
S(t, "2026-04-22 18:30", pay(t, payee("陈立伟", acct("jk-chenlw", 19, "6217"), "中国建设银行喀什分行", "personal"),
  "18000.00", "服务费", "投标贷款资信服务费",
  "陈经理（微信）：贵司申请的300万投标贷已过初审，放款前需做一次验·资，把1.8万验·资费转到我个人卡，银行那边当天放款，验完原路退回，对公转账要排队来不及。",
  "E1004", ["E1002"], ch="im", frm="陈立伟（自称融资顾问）", contact=wx("jk-chenlw"), urgent=True),
  "advance_fee", "block",
  ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency", "evasion_symbols"],
  "A 'financing adviser' says our 3m tender loan is approved but needs an 18k capital-verification fee (written 验·资) on his personal card before release.")
HN(t, "2026-04-27 16:15", pay(t, payee("昌吉州安宁中医医院", acct("jk-anning", 17, "3065"), "中国农业银行昌吉分行",
                                       phone="0994-0000236"),
   "31500.00", "履约保证金", "超声设备采购合同履约保证金（合同金额5%）",
   "安宁中医医院彩超采购项目中标，按合同AN-HT-2026-019第九条向采购人缴纳履约保证金，收款账户为合同载明的医院基本户，已与医院采购办座机0994-0000236核对",
   "E1011", ["E1002", "E1001"], contract="AN-HT-2026-019"),
   ["deposit_words", "first_time_payee"],
   "Performance bond to the hospital itself, the contracting party, as the signed contract requires.")
R(t, "2026-04-28 12:45", order(t, C["C-JK01"], [("医用外科口罩", 60000, "只", "0.28"),
                                               ("一次性使用输液器（带针）", 20000, "支", "1.85")],
  "验收合格后90天内平台结算", "other", "乌鲁木齐市博峰人民医院中心库房", "2026-05-06",
  "自治区医用耗材集中采购平台订单PT-2604-0322"), "Platform consumables order from an established city hospital.")
S(t, "2026-04-29 21:15", pay(t, payee("新疆博远医疗科技有限公司", acct("jk-boyuan", 18, "5291"), "中国光大银行乌鲁木齐分行"),
  "150000.00", "诚意金", "项目合作诚意金",
  "周经理：我在北京谈一个三甲医院的整体配送项目，对方要求今晚先付15万诚意金给合作方新疆博远医疗科技，明早签框架协议。我马上登机，电话打不通，这事先别跟其他人说，审批等我回来再补。韩立新",
  "E1002", [], ch="email", frm="韩立新", contact="hanlixin_jk@163.com", urgent=True),
  "boss_impersonation", "flag",
  ["email_instruction", "free_mail", "boss_role", "secrecy_words", "cannot_call", "bypass_process",
   "first_time_payee", "no_approval", "urgency", "off_hours", "deposit_words"],
  "Late at night a free-mail message 'from the GM' about to board a plane asks for a 150k 'good-faith deposit' to an unknown firm, to be kept quiet.")
HN(t, "2026-05-06 12:30", order(t, C["C-JK01"], [("多参数监护仪", 6, "台", "13200.00")],
   "验收合格后90天内平台结算", "im", "乌鲁木齐市博峰人民医院中心库房", "2026-05-08",
   "李科长微信：ICU扩床提前，监护仪6台这周五前务必到货，平台订单今天下午补录（PT-2605-0102），按原中标价"),
   ["institution_claim", "urgency"],
   "The hospital's usual equipment-section contact, on his known WeChat, asks for monitors by Friday; the platform order follows at the tendered price.")
R(t, "2026-05-07 15:40", pay(t, "V-JK05", "92800.00", "货款", "生化试剂货款（4月）",
  "生化试剂货款（4月）｜北京瑞检｜合同JK-CG-2026-005｜发票%s" % INV["t31"], "E1003", ["E1002", "E1001"],
  contract="JK-CG-2026-005", invoice=INV["t31"]), "Reagent payment to the regular IVD maker.")
HN(t, "2026-05-08 11:25", pay(t, payee("乌鲁木齐市米东区康泽社区卫生服务中心", acct("jk-kangze", 17, "3065"),
                                       "中国农业银行乌鲁木齐米东区支行", phone="0991-0000587"),
   "12100.00", "退款", "退回2月订单重复付款",
   "康泽社区卫生服务中心2月订单货款12100元于4月30日重复支付（两笔银行入账均已核实），经对方药械科盖章确认，原路退回其付款账户",
   "E1004", ["E1002"], order="@jk_h_c3"),
   ["refund_words", "overpayment", "first_time_payee", "sales_order_linked"],
   "A health centre paid the same order twice; after both credits were confirmed on our statement the duplicate goes back to the account it came from.")
S(t, "2026-05-11 17:10", pay(t, payee("新疆博峰后勤服务有限公司", acct("jk-bfhq", 18, "8805"), "乌鲁木齐农村商业银行"),
  "45000.00", "履约保证金", "博峰医院消毒供应中心耗材项目履约保证金",
  "来电后短信：贵司已入围我院消毒供应中心耗材项目，合同签订前须缴履约保证金4.5万元，医院账户不收保证金，统一交到医院后勤服务公司账户，交完发合同。（经办人备注：遴选文件未要求履约保证金，采购办留存座机查无此人）",
  "E1011", ["E1002"], ch="phone", frm="自称博峰人民医院采购办 吴老师", contact="14000006394"),
  "contract_fraud", "flag",
  ["deposit_words", "payee_name_mismatch", "first_time_payee", "phone_instruction", "fee_asked_of_seller"],
  "A caller claiming to be the hospital's purchasing office wants a 45k performance bond paid not to the hospital but to a 'hospital logistics company' before the contract is sent.")
S(t, "2026-05-13 16:45", pay(t, "V-JK05n", "128600.00", "货款", "生化试剂货款（5月）",
  "周经理您好：因我司基本户所在支行网点合并，即日起货款请汇至以下新账户（户名不变），原账户将于5月底注销，请以新账户为准。附件为盖章的《收款账户变更告知函》。北京瑞检生物技术有限公司 财务部",
  "E1003", ["E1002", "E1001"], ch="email", frm="北京瑞检 财务部 苏琳", contact="suling@ruijian-bio.com",
  contract="JK-CG-2026-005", invoice=INV["t34"]),
  "account_change", "block",
  ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain", "account_change_words",
   "unusual_bank_region"],
  "An e-mail from a hyphenated look-alike of the reagent maker's domain moves its account to a Shenzhen bank; keyed two days ago, first payment to it.")
HN(t, "2026-05-14 12:50", pay(t, "V-JK02", "58900.00", "货款", "超声探头货款（4月）",
   "周经理：4月探头货款发票已寄出（发票号%s），月底我司关账，麻烦本周内尽快安排付款，账户按原合同账户不变。深圳华影 林晓" % INV["t35"],
   "E1003", ["E1002", "E1001"], ch="email", frm="深圳华影 销售内勤 林晓", contact="linxiao@huaying-med.com",
   urgent=True, contract="JK-CG-2025-021", invoice=INV["t35"]),
   ["account_changed_long_ago", "email_instruction", "urgency"],
   "The ultrasound maker's sales assistant, from its usual domain, chases April's invoice before month-end; account unchanged since the verified 2025 change.")
S(t, "2026-05-15 11:40", order(t, cust("乌鲁木齐市博丰人民医院", uscc("12650100", "jk-bofeng-fake"), "采购办 王主任",
                                       "14000004158", "bfrmyy_cg@163.com", None, None),
  [("输液泵", 40, "台", "6900.00"), ("多参数监护仪", 20, "台", "13500.00")], "货到后60天付款", "email",
  "喀什地区疏附县某物流园3号仓（分院筹备库）", "2026-05-20", "新院区开办设备采购，请按清单备货，合同盖章版随后快递。"),
  "fake_purchaser", "flag",
  ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
   "contact_mismatch", "free_mail"],
  "Structural only: a hospital name one character off an established customer (丰 for 峰) orders 546k on 60-day credit, ship to a Kashgar logistics yard, from a free-mail address.")

# ===========================================================================
# huilin — 石河子惠林大药房连锁有限公司 (retail pharmacy chain, Shihezi)
# ===========================================================================
t = "huilin"
INV = {k: inv("hl-" + k) for k in ["h01", "h04", "h05", "h06", "h07", "h08", "h11", "h12", "h14",
                                   "t01", "t10", "t13", "t18", "t20", "t25", "t29", "t31", "t33", "t34"]}

H(t, "2026-01-12 11:20", pay(t, "V-HL01", "168350.00", "货款", "1月第2周药品货款",
  "天济医药 1月第2周药品货款（合同HL-CG-2026-001，发票%s）" % INV["h01"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["h01"]), "Weekly payment to the main drug wholesaler.")
H(t, "2026-01-13 15:40", pay(t, "V-HL04", "9500.00", "房租", "北泉路店1月房租",
  "北泉路店1月房租（租赁合同HL-ZL-2024-001，出租人王建军本人账户）", "E2003", ["E2002"],
  contract="HL-ZL-2024-001"), "Monthly rent to the individual landlord of the Beiquan Road store.")
H(t, "2026-01-15 12:10", order(t, C["C-HL01"], [("阿莫西林胶囊（0.25g×24粒）", 200, "盒", "12.50"),
                                               ("医用棉签", 500, "包", "1.80"),
                                               ("一次性使用医用口罩", 100, "盒", "15.00")],
  "月结30天", "email", "石河子市向阳街道社区卫生服务站药房", "2026-01-17", "常规补货"),
  "Monthly order from an established community health station.")
H(t, "2026-01-19 16:30", pay(t, "V-HL01", "142780.00", "货款", "1月第3周药品货款",
  "天济医药 1月第3周药品货款（合同HL-CG-2026-001，发票%s）" % INV["h04"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["h04"]), "Weekly payment to the main drug wholesaler.")
H(t, "2026-01-21 11:45", pay(t, "V-HL02", "56420.00", "货款", "1月药品货款（康源）",
  "康源医药 1月药品货款（合同HL-CG-2026-002，发票%s）" % INV["h05"], "E2003", ["E2002"],
  contract="HL-CG-2026-002", invoice=INV["h05"]),
  "Payment to the local wholesaler whose account change dates from Dec 2025.")
H(t, "2026-01-26 17:10", pay(t, "V-HL01", "151900.00", "货款", "1月第4周药品货款",
  "天济医药 1月第4周药品货款（合同HL-CG-2026-001，发票%s）" % INV["h06"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["h06"]), "Weekly payment to the main drug wholesaler.")
H(t, "2026-01-28 12:30", pay(t, "V-HL05", "63000.00", "房租", "东城店2026年一季度租金",
  "东城商业 东城店2026年一季度租金（合同HL-ZL-2025-004，发票%s）" % INV["h07"], "E2003", ["E2002", "E2001"],
  contract="HL-ZL-2025-004", invoice=INV["h07"]), "Quarterly mall rent for the Dongcheng store.")
H(t, "2026-02-02 16:05", pay(t, "V-HL03", "38760.00", "货款", "中药饮片货款（1月）",
  "百草堂 中药饮片货款（1月）（合同HL-CG-2026-003，发票%s）" % INV["h08"], "E2003", ["E2002"],
  contract="HL-CG-2026-003", invoice=INV["h08"]), "Payment to the regular TCM-pieces supplier.")
H(t, "2026-02-04 11:35", order(t, C["C-HL02"], [("急救药箱（车间版）", 60, "套", "168.00"),
                                               ("医用外科口罩", 200, "盒", "18.00")],
  "月结30天", "email", "石河子北泉纺织有限公司行政部", "2026-02-09", "车间急救药箱配置"),
  "First-aid supplies order from an established textile company.", key="hl_h_c2")
H(t, "2026-02-06 18:30", pay(t, "PAY-HL", "286700.00", "工资", "1月工资代发（52人）",
  "1月工资代发（52人），工资表已审批", "E2020", ["E2002", "E2001"]), "Monthly payroll.")
H(t, "2026-02-09 15:25", pay(t, "V-HL01", "173260.00", "货款", "2月第1周药品货款",
  "天济医药 2月第1周药品货款（合同HL-CG-2026-001，发票%s）" % INV["h11"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["h11"]), "Weekly payment to the main drug wholesaler.")
H(t, "2026-02-11 11:50", pay(t, "V-HL06", "9600.00", "软件服务费", "医保接口及进销存系统一季度维护费",
  "医信通 医保接口及进销存系统一季度维护费（合同HL-FW-2025-011，发票%s）" % INV["h12"], "E2004", ["E2002"],
  contract="HL-FW-2025-011", invoice=INV["h12"]), "Quarterly maintenance of the pharmacy and insurance-interface software.")
H(t, "2026-02-12 12:20", pay(t, "TAX-HL", "42315.60", "税款", "1月增值税及附加",
  "电子税务局三方协议扣缴：1月增值税及附加", "E2004", ["E2002"]), "Monthly VAT.")
H(t, "2026-02-25 16:40", pay(t, "V-HL04", "9500.00", "房租", "北泉路店2月房租",
  "北泉路店2月房租（租赁合同HL-ZL-2024-001，出租人王建军本人账户）", "E2003", ["E2002"],
  contract="HL-ZL-2024-001"), "Monthly rent to the individual landlord of the Beiquan Road store.")

# ---- test ----
R(t, "2026-03-02 11:40", pay(t, "V-HL01", "158240.00", "货款", "3月第1周药品货款",
  "天济医药 3月第1周药品货款（合同HL-CG-2026-001，发票%s）" % INV["t01"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["t01"]), "Weekly payment to the main drug wholesaler.")
HN(t, "2026-03-04 16:20", pay(t, "V-HL04", "9500.00", "房租", "北泉路店3月房租",
   "北泉路店3月房租（租赁合同HL-ZL-2024-001，出租人王建军本人账户）", "E2003", ["E2002"],
   contract="HL-ZL-2024-001"),
   ["personal_account"],
   "Monthly shop rent to the individual landlord of the Beiquan Road store, paid to his own card under the lease as every month.")
S(t, "2026-03-05 12:05", order(t, cust("石河子绿城医院药剂科", None, "药剂科 周主任", "14100007714", None,
                                       wx("hl-fake-zhou"), None),
  [("医用外科口罩", 2000, "盒", "18.00"), ("75%医用酒精（500ml）", 3000, "瓶", "6.50"),
   ("一次性使用医用橡胶检查手套", 1000, "盒", "32.00")],
  "款已付", "im", "石河子市北三路绿城医院后勤库房", "2026-03-06",
  "院感检查前要补齐防护物资，今天定。另外科里要4台医用臭氧消毒机，你们药房没有的话从康泽商行拿，他们是院里合作的，6.4万你们先付了，和这批货一起开票。货款我们财务已经对公转了，转账截图发你，银行说跨行延迟到账，下午肯定到。",
  third=third("乌鲁木齐康泽医疗器械商行", "14100002685", "designated_supplier", "64000.00")),
  "fake_purchaser", "block",
  ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
   "large_first_order", "contact_im_only", "urgency"],
  "A 'hospital pharmacy director' on WeChat orders protective supplies and tells us to pay 64k first for ozone disinfectors from a named shop, backed only by a transfer screenshot 'delayed between banks'.")
R(t, "2026-03-06 17:30", pay(t, "PAY-HL", "291450.00", "工资", "2月工资代发（52人）",
  "2月工资代发（52人），工资表已审批", "E2020", ["E2002", "E2001"]), "Monthly payroll through the bank's payroll account.")
HN(t, "2026-03-09 11:10", pay(t, payee("石河子市医疗保障事业服务中心", acct("hl-ybzx", 17, "3058"), "中国农业银行石河子分行",
                                       phone="0993-0000127"),
   "18642.30", "医保基金退回", "2025年度医保检查违规结算费用退回（石医保处〔2026〕7号）",
   "依据石河子市医疗保障局《医保基金违规使用处理决定书》（石医保处〔2026〕7号），东城店2025年超量开药等违规结算费用18642.30元，按决定书载明的医保基金收入户退回，户名账号已在医保服务窗口（座机0993-0000127）当面核对",
   "E2004", ["E2002", "E2001"]),
   ["authority_words", "refund_words", "first_time_payee"],
   "After a real medical-insurance inspection, over-claimed amounts go back to the insurance fund's income account named in the written decision, checked at the service counter.")
R(t, "2026-03-10 15:55", order(t, C["C-HL02"], [("急救药箱补充包", 80, "套", "45.00"),
                                               ("医用外科口罩", 300, "盒", "18.00")],
  "月结30天", "email", "石河子北泉纺织有限公司行政部", "2026-03-13", "季度补充"),
  "First-aid refill order from an established textile company.")
S(t, "2026-03-11 12:35", order(t, cust("石河子市第九小学（校医室）", None, "校医 马老师", "14100005193", None,
                                       wx("hl-fake-ma"), None),
  [("学生急救包", 120, "套", "85.00")], "验收后学校统一对公支付", "im", "石河子市第九小学校医室", "2026-03-16",
  "学校配急救包120套。教育局要求每栋楼配AED，一共2台，你们药店没有的话，安心经营部那边有货，学校只认他们家的型号，麻烦你们先帮我们订，连同急救包一起开票，学校按账期统一结算。",
  third=third("石河子安心医疗设备经营部", "14100008836", "designated_supplier", "39600.00")),
  "fake_order", "flag",
  ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "contact_im_only"],
  "A 'school nurse' orders first-aid kits and asks us to also buy two defibrillators from the one shop the school 'accepts', to be invoiced together later.",
  key="hl_fo_order")
S(t, "2026-03-13 12:20", pay(t, payee("石河子安心医疗设备经营部", acct("hl-anxin", 19, "6217"), "中国建设银行石河子分行",
                                      "personal"),
  "39600.00", "代采购", "代第九小学采购AED 2台",
  "韩店长，学校的钱要下周才能批下来，安心那边说不付款不排货，教育局周一就来检查，你们先把39600转过去，开学校的发票一起结，我以学校名义担保。",
  "E2030", ["E2002"], ch="im", frm="第九小学 马老师", contact=wx("hl-fake-ma"), urgent=True, order="@hl_fo_order"),
  "fake_order", "block",
  ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "urgency", "im_instruction"],
  "The store manager is pressed to advance 39.6k to the 'accepted' defibrillator shop for the school order before the school has paid anything.")
S(t, "2026-03-15 11:20", pay(t, payee("赵美玲", acct("hl-zhaoml", 19, "6217"), "中国建设银行石河子分行", "personal"),
  "60000.00", "定金", "新店铺面定金",
  "小马，我在看新店铺面，房东急着定，别家也在抢。你先转6万定金到房东赵美玲卡上，周一上班再补签字。我这边在跟房东谈，不方便接电话，先别跟何经理说，等定下来我自己讲。",
  "E2003", [], ch="im", frm="蒋德华", contact=wx("hl-fake-jiang"), urgent=True),
  "boss_impersonation", "flag",
  ["im_instruction", "new_contact", "boss_role", "secrecy_words", "cannot_call", "bypass_process",
   "personal_account", "first_time_payee", "no_approval", "deposit_words", "urgency", "off_hours"],
  "On a Sunday a WeChat account in the GM's name tells the cashier to pay a 60k shop deposit to a private 'landlord' card, skip the finance manager and sign later.")
HN(t, "2026-03-17 16:10", pay(t, "V-HL02", "52380.00", "货款", "2月药品货款（康源）",
   "康源医药 2月药品货款（合同HL-CG-2026-002，发票%s；收款账户2025年12月变更，已回拨原留存座机核实）" % INV["t10"],
   "E2003", ["E2002"], contract="HL-CG-2026-002", invoice=INV["t10"]),
   ["account_changed_long_ago"],
   "The local wholesaler's account change was keyed in Dec 2025 after a call-back and has been paid many times since.")
HN(t, "2026-03-18 12:40", pay(t, payee("石河子精诚装饰工程有限公司", acct("hl-jingcheng", 19, "6505"), "中国建设银行石河子分行",
                                       vendor_id="V-HL07", phone="0993-0000815"),
   "30000.00", "定金", "东城二店装修工程定金（合同HL-ZX-2026-002）",
   "蒋德华：何经理，东城二店装修合同今天签了，定金3万今天付给精诚装饰，合同扫描件发你了。\n何丽娟：收到，已在用友走付款流程，按通讯录电话给您回拨确认过了。",
   "E2003", ["E2002", "E2001"], ch="im", frm="蒋德华", contact=wx("hl-real-jiang"), urgent=True,
   contract="HL-ZX-2026-002", verif=verif("14100001208", "E2002", "2026-03-18 12:25")),
   ["im_instruction", "boss_role", "urgency", "deposit_words", "first_time_payee"],
   "The real GM asks on WeChat for a renovation deposit under a signed contract; finance called him back on the directory number and ran the normal two-level approval.")
S(t, "2026-03-24 16:35", pay(t, payee("新疆医保基金监管服务中心", acct("hl-fake-yb", 16, "1530"), "中国民生银行乌鲁木齐分行"),
  "48000.00", "医保资金核查", "医保基金违规资金核查",
  "來電後短信：貴店醫保結算數據異常，涉嫌串換藥品騙取醫保基金，現需將近三個月醫保回款中的4.8萬元轉入醫保基金監管帳戶進行資金核查，核查無誤3個工作日內退回。此事保密，不得告知他人，否則停止醫保結算資格。",
  "E2004", ["E2002"], ch="phone", frm="自称自治区医疗保障局基金监管处 张处长", contact="0991-0000843", urgent=True),
  "authority_impersonation", "block",
  ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee", "urgency",
   "evasion_traditional"],
  "A caller posing as the regional medical-insurance bureau, following up by SMS in traditional characters, wants 48k moved to a 'fund supervision account' for 'verification', in secret.")
HN(t, "2026-03-25 11:35", pay(t, payee("陈淑芬", acct("hl-chensf", 19, "6222"), "中国工商银行石河子分行", "personal",
                                       vendor_id="V-HL08", phone="14100006730"),
   "28500.00", "房租及押金", "北子午路店首期房租（3个月）及押金",
   "北子午路新店租赁合同HL-ZL-2026-003已签（出租人陈淑芬，已核验不动产权证与身份证，产权人与收款人一致），首期三个月房租21000元及押金7500元按合同约定付至出租人本人账户",
   "E2003", ["E2002", "E2001"], contract="HL-ZL-2026-003"),
   ["personal_account", "first_time_payee", "deposit_words"],
   "First rent and deposit for a new store to the individual landlord, whose title deed and ID match the payee, under a signed lease.")
S(t, "2026-03-26 15:20", pay(t, payee("新疆天济医药销售有限公司", acct("hl-tianji-xs", 18, "1077"), "中国银行乌鲁木齐分行"),
  "149860.00", "货款", "3月第4周药品货款",
  "何姐，我们公司这个月起货款由销售子公司统一收，这周的货款打到天济医药销售有限公司，账号发你了，发票还是天济开。",
  "E2003", ["E2002"], ch="im", frm="天济医药 业务员 杨凯", contact=wx("hl-yangkai")),
  "account_change", "flag",
  ["payee_name_mismatch", "first_time_payee", "im_instruction", "account_change_words"],
  "The wholesaler's 'salesman' asks on WeChat that this week's drug payment go to a differently named 'sales subsidiary' while invoices still come from the wholesaler.")
HN(t, "2026-03-30 12:40", order(t, cust("石河子顺达物流有限公司", uscc("91659001", "hl-shunda"), "安全部 李经理",
                                        "0993-0000732", "aqb@sdwl-shz.com", None, None),
   [("急救药箱（车载版）", 150, "套", "168.00"), ("医用外科口罩", 800, "盒", "18.00"),
    ("防暑降温药品套装", 300, "套", "36.00")],
   "全款预付（已到账）", "email", "石河子市开发区顺达物流车队调度中心", "2026-04-03",
   "公司车队安全配置，合同及开票信息已盖章回传，货款50400元已于3月27日从对方基本户汇入我司农行账户，银行已确认入账。"),
   ["new_customer", "large_first_order"],
   "A new logistics company's first order is large but fully prepaid from its own corporate account and already credited.")
R(t, "2026-04-01 11:05", pay(t, "V-HL05", "63000.00", "房租", "东城店2026年二季度租金",
  "东城商业 东城店2026年二季度租金（合同HL-ZL-2025-004，发票%s）" % INV["t13"], "E2003", ["E2002", "E2001"],
  contract="HL-ZL-2025-004", invoice=INV["t13"]), "Quarterly mall rent for the Dongcheng store.")
S(t, "2026-04-02 16:20", pay(t, payee("热依拉", acct("hl-reyila", 19, "6228"), "中国农业银行喀什分行", "personal"),
  "6850.00", "工资", "3月工资（员工：阿不都热合曼）",
  "李欣你好，我是北泉路店阿不都，换了新微信。原来的工资卡丢了在挂失，这个月工资先打到我老婆的yhk，户名热依拉，卡号发你了，谢谢。",
  "E2020", ["E2002"], ch="im", frm="阿不都热合曼", contact=wx("hl-fake-abdu")),
  "fake_salary", "block",
  ["payroll_change", "payee_not_employee", "personal_account", "im_instruction", "new_contact", "first_time_payee",
   "evasion_pinyin"],
  "A 'new WeChat' of a pharmacist asks HR to pay his March wages to his 'wife's yhk' (bank card) in another name, at a bank in another prefecture.")
HN(t, "2026-04-03 12:30", pay(t, "V-HL01", "186900.00", "货款", "4月第1周药品货款",
   "【加急】清明假期前备货，天济医药要求节前回款后发车，4月第1周药品货款（合同HL-CG-2026-001，发票%s）" % INV["t18"],
   "E2003", ["E2002", "E2001"], urgent=True, contract="HL-CG-2026-001", invoice=INV["t18"]),
   ["urgency"],
   "An urgent pre-holiday payment to the main wholesaler so stock ships before the Qingming break; same account, normal approvals.")
R(t, "2026-04-07 17:20", pay(t, "PAY-HL", "293800.00", "工资", "3月工资代发（53人）",
  "3月工资代发（53人），工资表已审批", "E2020", ["E2002", "E2001"]), "Monthly payroll through the bank's payroll account.")
HN(t, "2026-04-08 11:40", pay(t, payee("古丽米娜·买买提", acct("hl-gulmina", 19, "6217"), "中国建设银行石河子分行", "personal"),
   "7420.00", "工资", "3月工资单笔补发（员工：古丽米娜·买买提）",
   "执业药师古丽米娜原工资卡（农行）因换卡升级被退票，本人于4月7日在HR自助系统提交新建行卡（户名本人，已人脸核验），本月工资单笔补发，人事李欣复核",
   "E2020", ["E2002"]),
   ["payroll_change", "personal_account", "first_time_payee"],
   "A pharmacist's returned salary is re-sent to her new card in her own name, changed by herself through the HR self-service system with a face check.")
S(t, "2026-04-09 15:30", pay(t, payee("刘海涛", acct("hl-liuht", 19, "6222"), "中国工商银行广州天河支行", "personal"),
  "9800.00", "推广费", "网店推广任务充值",
  "韩店长，今天第三单唰单任务已派，充值9800进导师账户后系统自动返力12%，连单没做完前面本金冻结提不出来，抓紧。",
  "E2030", [], ch="im", frm="美团药店运营导师 小刘", contact=wx("hl-liuht"), urgent=True),
  "task_rebate", "block",
  ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction", "urgency",
   "no_approval", "evasion_homophone"],
  "A store manager caught in a task scam tries to pay a 9.8k 'top-up' for '唰单' tasks with a '返力' rebate to a 'mentor's' personal card.")
HN(t, "2026-04-10 12:05", pay(t, payee("石河子北泉纺织有限公司", acct("hl-bqfz", 17, "3058"), "中国农业银行石河子分行",
                                       phone="0993-0000563"),
   "10080.00", "退款", "2月订单急救药箱退货款",
   "北泉纺织2月订单中60套急救药箱型号不符已退货入库（入库单TH-0408-03），退回货款10080元至对方原付款账户，对方行政部盖章确认",
   "E2004", ["E2002"], order="@hl_h_c2"),
   ["refund_words", "first_time_payee", "sales_order_linked"],
   "Refund for returned first-aid kits to the established customer's own paying account, after the goods came back.")
S(t, "2026-04-13 16:45", pay(t, "V-HL03n", "41280.00", "货款", "中药饮片货款（3月）",
  "（随货附函，加盖公章）致惠林大药房：因我司基本存款账户变更，自即日起中药饮片货款请汇入新账户，原建行账户停止收款。联系人：财务 王会计 14100009327。",
  "E2003", ["E2002"], ch="letter", frm="新疆百草堂中药饮片有限公司 财务部", contact="14100009327",
  contract="HL-CG-2026-003", invoice=INV["t25"]),
  "account_change", "block",
  ["account_changed_recent", "first_time_payee", "letter_instruction", "account_change_words", "new_contact"],
  "A 'stamped letter' packed with the goods moves the TCM supplier's account to another bank with a new contact mobile; keyed ten days ago, first payment to it.")
HN(t, "2026-04-14 11:15", pay(t, payee("石河子市药品检验检测中心", acct("hl-yaojian", 17, "3058"), "中国农业银行石河子分行",
                                       phone="0993-0000196"),
   "2600.00", "检验费", "委托检验费（黄芪饮片含量测定复检）",
   "市场监管局年度抽检后我司申请对黄芪饮片复检，按检验中心《委托检验受理单》（WT-2026-0414）缴纳检验费，收款账户以受理单载明的对公账户为准",
   "E2010", ["E2002"]),
   ["fee_words", "first_time_payee", "authority_words"],
   "A re-test fee, on the official acceptance slip, paid to the municipal drug-testing centre after a routine regulatory sample check.")
R(t, "2026-04-20 11:30", pay(t, "V-HL01", "171540.00", "货款", "4月第3周药品货款",
  "天济医药 4月第3周药品货款（合同HL-CG-2026-001，发票%s）" % INV["t29"], "E2003", ["E2002", "E2001"],
  contract="HL-CG-2026-001", invoice=INV["t29"]), "Weekly payment to the main drug wholesaler.")
S(t, "2026-04-16 17:35", order(t, cust("石河子康宁诊所", uscc("92659001", "hl-kangning"), "李医生", "14100006258", None,
                                       wx("hl-kangning"), None),
  [("阿莫西林胶囊（0.25g×24粒）", 400, "盒", "12.50"), ("医用棉签", 1000, "包", "1.80")],
  "款到发货", "im", "石河子市老街康宁诊所", "2026-04-17",
  "转账截图发你了，会计手误打了26800，多了2万。麻烦把多的2万退到我表哥李国庆的卡上，他在工地急用，你们这边今天能退吧？",
  third=third("李国庆（个人）", "14100004417", "refund_recipient", "20000.00")),
  "overpayment_refund", "block",
  ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency", "contact_im_only"],
  "A new clinic 'overpays' a 6.8k order by 20k on a screenshot and wants the difference sent today to a cousin's personal card.")
S(t, "2026-04-21 15:45", pay(t, payee("石河子嘉和财税咨询有限公司", acct("hl-jiahe", 19, "6505"), "中国建设银行石河子分行"),
  "15600.00", "服务费", "咨询服务费",
  "孙主管，上月从农户收的中药材26万没票，我们这边可以代开农产品收购发票和咨询费专票，票点6个，15600转过来当天开齐。",
  "E2010", ["E2002"], ch="im", frm="嘉和财税 小周", contact=wx("hl-jiahe")),
  "fake_invoice", "flag",
  ["invoice_trade_words", "first_time_payee", "vague_memo", "im_instruction", "no_po_contract"],
  "A 'tax consultancy' sells invoices at 6 'points' to cover herbs bought from farmers without receipts, billed as a consulting fee.")
HN(t, "2026-04-23 12:25", pay(t, "V-HL06", "19800.00", "软件服务费", "医保接口及进销存系统年度续费（2026.5-2027.4）",
   "医信通软件年度服务续费，续费通知由医信通客户经理邮件发送（发件域名与合同一致），已对照合同HL-FW-2025-011续约条款，价格未变（发票%s）" % INV["t31"],
   "E2004", ["E2002", "E2001"], contract="HL-FW-2025-011", invoice=INV["t31"]),
   ["renewal_bill"],
   "Annual renewal of the pharmacy and insurance-interface software from the vendor under contract, at the contracted price.")
S(t, "2026-04-24 16:10", pay(t, payee("新疆泰和达商贸有限公司", acct("hl-taiheda", 18, "8803"), "乌鲁木齐农村商业银行"),
  "300000.00", "往来款", "代付货款",
  "何经理，帮个忙：一家医院的药款要从你们账上过一下账，明天上午会有30万从医院后勤公司打到你们农行户，到了之后转给泰和达商贸，给你们千分之五手续费，月底我们康源给你们多返点。",
  "E2003", ["E2002"], ch="im", frm="康源医药 区域经理 钱峰", contact=wx("hl-qianfeng")),
  "account_lending", "block",
  ["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction"],
  "A wholesaler's 'regional manager' asks us to pass 300k from a hospital's logistics company through our account to a trading firm for a fee.")
HN(t, "2026-04-27 11:45", pay(t, "V-HL02", "6000.00", "押金", "冷链药品冷藏柜押金（2台）",
   "康源医药为胰岛素等冷链药品配置医用冷藏柜2台，按供货补充协议HL-CG-2026-004第三条支付押金，终止合作时退还",
   "E2010", ["E2002"], contract="HL-CG-2026-004"),
   ["deposit_words", "account_changed_long_ago"],
   "A refundable deposit for two pharmaceutical fridges lent by the local wholesaler under a supplementary supply agreement.")
HN(t, "2026-04-28 16:30", pay(t, "V-HL01", "158760.00", "货款", "4月药品货款（对账单）",
   "何经理您好：附件为4月对账单及发票清单（发票%s），请核对。月底前请尽快安排付款，以免影响5月节前发货。收款账户与合同一致。天济医药 徐娟" % INV["t34"],
   "E2003", ["E2002", "E2001"], ch="email", frm="天济医药 客服 徐娟", contact="xujuan@tianjiyy.com", urgent=True,
   contract="HL-CG-2026-001", invoice=INV["t34"]),
   ["email_instruction", "urgency"],
   "The main wholesaler's customer-service clerk e-mails April's statement and asks for payment before the holiday; account as in the contract.")
S(t, "2026-05-06 12:10", pay(t, payee("新疆宏康医药连锁管理有限公司", acct("hl-hongkang", 19, "3002"), "中国工商银行奎屯分行"),
  "260000.00", "转让费", "奎屯门店转让定金",
  "蒋德华：@马晓燕 农行和建行账上现在可用资金各多少？\n马晓燕：蒋总，农行可用187万，建行36万\n蒋德华：我在兵团医保局开会，手机静音。奎屯那边三家门店转让谈妥了，先付26万定金给宏康医药连锁，协议回头补，先别声张。",
  "E2003", [], ch="im", frm="蒋德华", contact="钉钉群:惠林总部核心群（当日新建）", urgent=True),
  "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "deposit_words", "secrecy_words", "cannot_call",
   "bypass_process", "first_time_payee", "no_approval", "urgency"],
  "In a DingTalk group created that day the fake GM asks for both balances, then wants a 260k 'store-transfer deposit' paid quietly to an unknown chain, paperwork later.")
S(t, "2026-05-08 15:35", pay(t, payee("韩梅", acct("hl-hanmei-new", 19, "6217"), "中信银行西安分行", "personal"),
  "8260.00", "工资", "4月工资（员工：韩梅）",
  "李欣，我换了个新号。原来的工资卡绑定出了问题，这个月工资先打我这张中信的卡，户名是我本人，卡号发你了，下个月我再去HR系统里改。",
  "E2020", ["E2002"], ch="im", frm="韩梅", contact=wx("hl-fake-hanmei")),
  "fake_salary", "flag",
  ["payroll_change", "im_instruction", "new_contact", "personal_account", "first_time_payee", "unusual_bank_region",
   "bypass_process"],
  "A 'new number' of a store manager asks that her April pay go to a card at a Xi'an bank in her name, changing HR records 'next month'; the change skips HR self-service.")
R(t, "2026-05-11 16:25", order(t, C["C-HL02"], [("医用外科口罩", 400, "盒", "18.00"),
                                               ("防暑降温药品套装", 200, "套", "36.00")],
  "月结30天", "email", "石河子北泉纺织有限公司行政部", "2026-05-14", "夏季防暑物资"),
  "Summer supplies order from an established textile company.")
HN(t, "2026-05-12 11:55", order(t, C["C-HL01"], [("门冬胰岛素注射液（指定品牌，3ml:300单位）", 50, "支", "68.00")],
   "月结30天", "email", "石河子市向阳街道社区卫生服务站药房", "2026-05-15",
   "服务站签约糖尿病患者用药指定该品牌（与上级医院处方一致），我店从天济医药按正常采购流程进货，货到后服务站对公转账"),
   ["designated_supplier"],
   "An established health station asks for one insulin brand that matches its patients' prescriptions; we buy it from our usual wholesaler.")

# ===========================================================================
# baiya — 克拉玛依百雅口腔医疗管理有限公司 (dental clinic chain, Karamay)
# ===========================================================================
t = "baiya"
INV = {k: inv("by-" + k, r) for k, r in [
    ("h01", "65"), ("h03", "65"), ("h04", "31"), ("h06", "65"), ("h09", "65"), ("h10", "65"), ("h13", "31"),
    ("t01", "65"), ("t04", "65"), ("t07", "11"), ("t13", "31"), ("t17", "31"), ("t18", "65"), ("t21", "65"),
    ("t23", "65"), ("t25", "65"), ("t30", "65")]}

H(t, "2026-01-12 16:20", pay(t, "V-BY01", "46380.00", "加工费", "12月义齿加工费",
  "精工义齿 12月义齿加工费（合同BY-CG-2025-008，发票%s）" % INV["h01"], "E3003", ["E3002"],
  contract="BY-CG-2025-008", invoice=INV["h01"]), "Monthly bill of the regular dental lab.")
H(t, "2026-01-14 11:30", order(t, C["P-ZXL"], [("种植体（含基台、牙冠）", 2, "颗", "9800.00")],
  "预交定金6000元（本人建行卡POS刷卡，已到账），余款术后结清", "in_person", "百雅口腔白碱滩门诊", "2026-03-31",
  "初诊CBCT评估后签署种植治疗同意书"), "Implant treatment plan of a registered patient, deposit paid by her own card.",
  key="by_h_zxl")
H(t, "2026-01-16 12:10", pay(t, "V-BY04", "36000.00", "房租", "克拉玛依区总院1月房租",
  "银河物业 克拉玛依区总院1月房租（合同BY-ZL-2024-002，发票%s）" % INV["h03"], "E3003", ["E3002"],
  contract="BY-ZL-2024-002", invoice=INV["h03"]), "Monthly clinic rent.")
H(t, "2026-01-20 15:40", pay(t, "V-BY02", "128500.00", "货款", "种植体及配件货款（1月）",
  "上海瑞植 种植体及配件货款（合同BY-CG-2026-001，发票%s）" % INV["h04"], "E3003", ["E3002", "E3001"],
  contract="BY-CG-2026-001", invoice=INV["h04"]), "Payment to the regular implant distributor.")
H(t, "2026-01-22 11:50", order(t, C["C-BY01"], [("员工口腔检查及洁牙套餐", 180, "人次", "160.00")],
  "月结30天", "letter", "克拉玛依恒远油田技术服务有限公司工会", "2026-02-13", "工会年度职工福利口腔检查（第一批）"),
  "Staff dental check-up order from an established oilfield-services company.")
H(t, "2026-01-27 16:55", pay(t, "V-BY03", "23640.00", "货款", "口腔耗材货款（1月）",
  "洁康口腔 口腔耗材货款（合同BY-CG-2026-002，发票%s）" % INV["h06"], "E3003", ["E3002"],
  contract="BY-CG-2026-002", invoice=INV["h06"]),
  "Consumables payment to the supplier whose account change dates from Oct 2025.")
H(t, "2026-02-02 11:15", pay(t, "D-LWB", "18600.00", "绩效提成", "1月种植绩效提成（员工：李文博）",
  "1月种植绩效提成（员工：李文博），按医生绩效方案核算，人事赵磊复核", "E3020", ["E3002", "E3001"]),
  "Monthly commission of an implant dentist to his own card.")
H(t, "2026-02-04 18:20", pay(t, "PAY-BY", "312600.00", "工资", "1月工资代发（41人）",
  "1月工资代发（41人），工资表已由田志远邮件（tianzhiyuan@baiyakq.com）审批", "E3020", ["E3002", "E3001"]), "Monthly payroll.")
H(t, "2026-02-06 12:35", pay(t, "V-BY05", "3200.00", "处置费", "2026年1-2月医疗废物处置费",
  "绿洁医废 2026年1-2月医疗废物处置费（合同BY-FW-2026-001，发票%s）" % INV["h09"], "E3003", ["E3002"],
  contract="BY-FW-2026-001", invoice=INV["h09"]), "Medical-waste disposal fee to the licensed disposer.")
H(t, "2026-02-10 16:05", pay(t, "V-BY01", "51270.00", "加工费", "1月义齿加工费",
  "精工义齿 1月义齿加工费（合同BY-CG-2025-008，发票%s）" % INV["h10"], "E3003", ["E3002"],
  contract="BY-CG-2025-008", invoice=INV["h10"]), "Monthly bill of the regular dental lab.")
H(t, "2026-02-12 11:40", pay(t, "TAX-BY", "27486.90", "税款", "1月增值税、个税及附加",
  "电子税务局三方协议扣缴：1月增值税、代扣个税及附加", "E3004", ["E3002"]), "Monthly taxes.")
H(t, "2026-02-24 15:20", order(t, C["P-WJP"], [("隐形矫治（全疗程）", 1, "例", "32000.00")],
  "首付定金10000元（本人工行卡POS刷卡，已到账），余款分期", "in_person", "百雅口腔克拉玛依区总院", "2026-12-31",
  "签署正畸治疗同意书及分期付款协议"), "Orthodontic plan of a registered patient, deposit paid by his own card.",
  key="by_h_wjp")
H(t, "2026-02-25 12:30", pay(t, "V-BY02", "96400.00", "货款", "种植体货款（2月）",
  "上海瑞植 种植体货款（合同BY-CG-2026-001，发票%s，对账单由瑞植财务周婷zhouting@ruizhi-med.com发送）" % INV["h13"], "E3003", ["E3002", "E3001"],
  contract="BY-CG-2026-001", invoice=INV["h13"]), "Payment to the regular implant distributor.")
H(t, "2026-02-27 11:35", order(t, C["C-BY01"], [("员工口腔检查及洁牙套餐", 150, "人次", "160.00")],
  "月结30天", "letter", "克拉玛依恒远油田技术服务有限公司工会", "2026-03-20", "工会年度职工福利口腔检查（第二批）"),
  "Staff dental check-up order from an established oilfield-services company.")

# ---- test ----
R(t, "2026-03-02 15:10", pay(t, "V-BY04", "36000.00", "房租", "克拉玛依区总院3月房租",
  "银河物业 克拉玛依区总院3月房租（合同BY-ZL-2024-002，发票%s）" % INV["t01"], "E3003", ["E3002"],
  contract="BY-ZL-2024-002", invoice=INV["t01"]), "Monthly clinic rent.")
HN(t, "2026-03-03 11:45", pay(t, payee("张秀兰", acct("by-zxl", 19, "6217"), "中国建设银行克拉玛依分行", "personal",
                                       phone="14200003817"),
   "6000.00", "退款", "种植定金重复刷卡退回（患者：张秀兰）",
   "患者张秀兰1月14日种植定金6000元POS重复刷卡两笔（银联对账单确认两笔均已入账），重复一笔原路退回患者本人付款卡（卡号与POS签购单一致）",
   "E3010", ["E3002", "E3005"], order="@by_h_zxl"),
   ["refund_words", "overpayment", "personal_account", "first_time_payee", "sales_order_linked"],
   "A patient's deposit was swiped twice; both credits are confirmed on the card-acquirer statement and the duplicate goes back to the same card.")
S(t, "2026-03-04 16:30", order(t, cust("克拉玛依新港石化有限公司工会委员会", None, "工会 刘主席", "14200005526", None,
                                       wx("by-fake-liu"), None),
  [("员工口腔检查及洁牙套餐", 600, "人次", "150.00")], "体检结束后统一对公结算", "im",
  "克拉玛依市独山子区新港石化职工活动中心", "2026-03-31",
  "我们工会今年给职工做口腔体检，600人，分三批。按集团规定体检机构要先在集团采购平台入库，入库和资质审核费6800，平台客服会联系你们缴，缴完就签合同。",
  fees=[("供应商入库及资质审核费", "6800.00")]),
  "fake_purchaser", "flag",
  ["institution_claim", "new_customer", "large_first_order", "fee_asked_of_seller", "fee_words", "contact_im_only"],
  "A WeChat contact posing as a petrochemical company's trade union books check-ups for 600 staff, conditional on a 6.8k 'supplier onboarding and qualification fee' to its 'procurement platform'.")
R(t, "2026-03-05 12:20", pay(t, "V-BY01", "49860.00", "加工费", "2月义齿加工费",
  "精工义齿 2月义齿加工费（合同BY-CG-2025-008，发票%s）" % INV["t04"], "E3003", ["E3002"],
  contract="BY-CG-2025-008", invoice=INV["t04"]), "Monthly bill of the regular dental lab.")
HN(t, "2026-03-09 15:55", pay(t, "D-LWB", "21300.00", "绩效提成", "2月种植绩效提成（员工：李文博）",
   "2月种植绩效提成（员工：李文博），按医生绩效方案核算，人事赵磊复核", "E3020", ["E3002", "E3001"]),
   ["personal_account", "task_rebate_words"],
   "A dentist's monthly commission ('提成') paid to his own card, as every month, under the approved scheme.")
S(t, "2026-03-10 11:25", order(t, cust("克拉玛依市白碱滩区阳光幼儿园", None, "保健医 王老师", "14200007142", None,
                                       wx("by-fake-wang"), None),
  [("儿童涂氟防龋", 300, "人次", "60.00")], "活动结束后园方对公转账", "im", "克拉玛依市白碱滩区阳光幼儿园",
  "2026-03-20",
  "幼儿园给孩子做涂氟，300个。家长会要求每个孩子发一套儿童牙刷套装，园里只认童乐店那款，你们帮忙订300套，45一套，和涂氟费一起开票结算，童乐那边要先付款才发货。",
  third=third("克拉玛依童乐母婴用品店", "14200002963", "designated_supplier", "13500.00")),
  "fake_order", "flag",
  ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "contact_im_only"],
  "A 'kindergarten health teacher' books fluoride varnish for 300 children and asks us to buy toothbrush kits from the one shop the kindergarten 'accepts', payment first.")
HN(t, "2026-03-11 16:40", pay(t, payee("北京朗影医疗科技有限公司", acct("by-langying", 19, "0200"), "中国工商银行北京中关村支行",
                                       vendor_id="V-BY06", phone="010-0000847"),
   "98000.00", "预付款", "口腔CBCT设备预付款（合同金额20%）",
   "新店口腔CBCT采购合同BY-SB-2026-003已双方盖章，按合同第四条付20%预付款至合同载明的厂家对公账户；已用厂家官网座机010-0000847回拨确认账户",
   "E3004", ["E3002", "E3001"], contract="BY-SB-2026-003", invoice=INV["t07"]),
   ["deposit_words", "first_time_payee"],
   "A 20% advance for a cone-beam CT unit to the manufacturer's account in the signed contract, confirmed by a call to its published number.")
S(t, "2026-03-12 12:35", order(t, cust("驻克拉玛依某部后勤处", None, "后勤 陈班长", "14200008451", None,
                                       wx("by-fake-chen"), None),
  [("官兵口腔检查及洁牙", 200, "人次", "150.00")], "部队统一对公结算", "im", "克拉玛依市某部营区", "2026-03-18",
  "部队官兵做口腔检查200人。另外要200套军用洗漱包（含电动牙刷），必须用军联商行的，你们先付2.6万给他们，他们直接送部队。我们的3万检查费已经对公转了，转账截图发你，部队财务审批慢，银行显示处理中。",
  third=third("乌鲁木齐军联劳保用品商行", "14200006374", "designated_supplier", "26000.00")),
  "fake_order", "block",
  ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
   "contact_im_only"],
  "A 'military logistics' contact books check-ups and insists we first pay 26k for wash kits from a named shop, 'proving' its own payment with a 'processing' screenshot.")
R(t, "2026-03-16 11:10", order(t, C["C-BY01"], [("员工口腔检查及洁牙套餐", 160, "人次", "160.00")],
  "月结30天", "letter", "克拉玛依恒远油田技术服务有限公司工会", "2026-04-10", "工会年度职工福利口腔检查（第三批）"),
  "Staff dental check-up order from an established oilfield-services company.")
S(t, "2026-03-17 15:25", pay(t, payee("新疆瑞齿医疗科技有限公司", acct("by-ruichi", 18, "5291"), "中国光大银行乌鲁木齐分行"),
  "200000.00", "保证金", "种植体品牌北疆区域独家代理合作保证金",
  "黄总（微信）：田院长，德系品牌种植体北疆独家代理给你们百雅，签约前先交20万合作保证金锁定区域，合作满一年全额退还，后面还有政府民生种植牙项目分给你们做，名额有限这周截止。（注：瑞齿医疗2026年1月成立，注册资本10万元）",
  "E3004", ["E3002"], ch="im", frm="瑞齿医疗 招商总监 黄总", contact=wx("by-huang"), urgent=True),
  "contract_fraud", "flag",
  ["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "fee_asked_of_seller", "im_instruction",
   "urgency"],
  "A two-month-old firm offers 'exclusive regional agency' for an implant brand plus 'government implant projects' against a 200k cooperation deposit before signing.")
HN(t, "2026-03-18 16:50", order(t, cust("马秀英", None, "马秀英", "14200004729"),
   [("全口种植固定修复（All-on-4，上下颌）", 1, "例", "168000.00")],
   "首付定金50000元（本人农行卡POS刷卡，已到账），余款按疗程节点支付", "in_person", "百雅口腔克拉玛依区总院", "2026-09-30",
   "初诊CBCT评估后签署治疗知情同意书及分期付款协议"),
   ["new_customer", "large_first_order"],
   "A new patient's full-arch implant plan is large, but she signed in person and paid the deposit on her own card at the POS.")
R(t, "2026-03-24 11:20", pay(t, "V-BY02", "112300.00", "货款", "种植体货款（3月）",
  "上海瑞植 种植体货款（合同BY-CG-2026-001，发票%s）" % INV["t13"], "E3003", ["E3002", "E3001"],
  contract="BY-CG-2026-001", invoice=INV["t13"]), "Payment to the regular implant distributor.")
S(t, "2026-03-25 12:50", pay(t, payee("克拉玛依弘德医疗投资有限公司", acct("by-hongde", 19, "6217"), "中国建设银行克拉玛依分行"),
  "350000.00", "合作款", "新店合作意向金",
  "吴静：\n请今天下班前把建行基本户和农商行一般户的可用余额发我邮箱。\n独山子新店的合作方已谈定，今天需先支付意向金35万元至克拉玛依弘德医疗投资有限公司（账户见下），合同下周签，付款单待我回来补签。我在乌鲁木齐开会，不方便接电话，有事邮件联系。\n田志远",
  "E3002", [], ch="email", frm="田志远", contact="tianzhiyuan@baiyakq.cn", urgent=True),
  "boss_impersonation", "block",
  ["email_instruction", "lookalike_domain", "balance_probe", "boss_role", "bypass_process", "cannot_call",
   "first_time_payee", "no_approval", "urgency"],
  "An e-mail from a look-alike of the chairman's domain (.cn for .com) asks for both balances and a 350k 'intention payment' to an unknown investment firm today.")
HN(t, "2026-03-26 12:50", order(t, cust("克拉玛依金石钻井工程有限公司", uscc("91650203", "by-jinshi"), "人力资源部 杨经理",
                                        "0990-0000842", "hr@jszj-klmy.com", None, None),
   [("员工口腔检查及洁牙套餐", 320, "人次", "150.00")], "月结30天（凭服务确认单开票）", "letter",
   "克拉玛依金石钻井工程有限公司员工活动中心", "2026-04-30",
   "公司盖章采购函及服务合同已回传，联系人经对方总机0990-0000800转人力资源部核实。"),
   ["new_customer", "credit_terms_requested"],
   "A new drilling company orders staff check-ups on 30-day terms by stamped letter and contract, its contact confirmed through its switchboard.")
HN(t, "2026-03-30 16:15", order(t, cust("阿依夏木·托合提", None, "阿依夏木·托合提", "14200003395"),
   [("烤瓷冠修复", 3, "颗", "2600.00")], "定金3000元（女儿热娜古丽刷卡代付，已到账）", "in_person",
   "百雅口腔克拉玛依区总院", "2026-04-30",
   "患者年迈，女儿陪同就诊并用本人卡代付定金，已在收费单上登记代付关系；如需退费按原路退回付款卡。"),
   ["new_customer", "third_party_payer"],
   "An elderly new patient's deposit is paid at the desk by her daughter, who came with her; the payer is recorded and any refund goes back to that card.")
S(t, "2026-04-01 11:35", pay(t, "V-BY02n", "134800.00", "货款", "种植体货款（3月下）",
  "吴经理您好，我司因年度审计调整结算账户，自3月20日起货款统一汇入东莞工厂结算账户（户名不变），原中行账户暂停收款，具体见附件变更函。请以新账户为准，谢谢配合。上海瑞植 财务 周婷",
  "E3003", ["E3002", "E3005"], ch="email", frm="上海瑞植 财务 周婷", contact="zhouting@ruizhi-med.com",
  contract="BY-CG-2026-001", invoice=INV["t17"]),
  "account_change", "block",
  ["account_changed_recent", "first_time_payee", "email_instruction", "account_change_words", "unusual_bank_region"],
  "An e-mail from the implant distributor's finance mailbox moves payments to a Dongguan account for an 'annual audit'; keyed 12 days ago without a call-back, first payment to it.")
R(t, "2026-04-03 12:15", pay(t, "V-BY05", "3200.00", "处置费", "2026年3-4月医疗废物处置费",
  "绿洁医废 2026年3-4月医疗废物处置费（合同BY-FW-2026-001，发票%s）" % INV["t18"], "E3003", ["E3002"],
  contract="BY-FW-2026-001", invoice=INV["t18"]), "Medical-waste disposal fee to the licensed disposer.")
S(t, "2026-04-07 15:45", pay(t, payee("林志强", acct("by-linzq", 19, "6222"), "中国工商银行深圳宝安支行", "personal"),
  "80000.00", "保证金", "配合调查资金核查",
  "来电称贵院涉嫌套取医保基金被立案，要求视频做笔录并签保密协议；随后短信：请于今日16时前将8万元转入安-全-账-户配合资-金-核-查，核查结束原路退还，不得告知单位其他人员。",
  "E3003", ["E3002"], ch="phone", frm="自称克拉玛依市公安局经侦支队 林警官", contact="0990-0000173", urgent=True),
  "authority_impersonation", "block",
  ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "personal_account",
   "first_time_payee", "urgency", "evasion_symbols"],
  "A 'police economic-crime officer' claims the clinic is under investigation for insurance fraud and wants 80k on a personal 'safe account' (hyphenated 安-全-账-户) for 'fund verification'.")
R(t, "2026-04-07 17:40", pay(t, "PAY-BY", "318900.00", "工资", "3月工资代发（42人）",
  "3月工资代发（42人），工资表已审批", "E3020", ["E3002", "E3001"]), "Monthly payroll through the bank's payroll account.")
S(t, "2026-04-08 16:10", pay(t, payee("周海燕", acct("by-zhouhy", 19, "6210"), "中国邮政储蓄银行克拉玛依分行", "personal"),
  "61480.00", "绩效提成", "3月医生绩效提成（4人）",
  "3月医生绩效提成（4人），明细见附表", "E3020", ["E3002"]),
  "fake_salary", "block",
  ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
  "Structural only: four dentists' March commissions go in one payment to a private card of someone who is not on the staff; the request text is bland.")
HN(t, "2026-04-09 11:50", pay(t, payee("新疆安辐检测技术有限公司", acct("by-anfu", 19, "3002"), "中国工商银行乌鲁木齐友好路支行",
                                       vendor_id="V-BY07", phone="0991-0000754"),
   "4800.00", "检测费", "口腔CBCT及牙片机年度放射防护检测费",
   "按卫健委放射诊疗许可校验要求，委托具备资质的安辐检测（合同BY-FW-2026-006）对CBCT和牙片机做年度状态检测，按合同付款（发票%s）" % INV["t21"],
   "E3004", ["E3002"], contract="BY-FW-2026-006", invoice=INV["t21"]),
   ["fee_words", "first_time_payee", "authority_words"],
   "Annual radiation-protection test of the X-ray units by a licensed firm under contract, as the health commission's licence renewal requires.")
S(t, "2026-04-10 16:35", pay(t, payee("陈丽", acct("by-chenli", 19, "6228"), "中国农业银行克拉玛依分行", "personal"),
  "51270.00", "加工费", "1月义齿加工费（补付）",
  "吴经理：我司1月义齿加工费51270元（发票号%s）至今未到账，财务系统显示未回款。公司对公账户正在做年审，这笔请先打到我个人卡，户名陈丽，收到后给您出收据。" % INV["h10"],
  "E3003", ["E3002"], ch="email", frm="精工义齿 财务 陈丽", contact="jinggong_cl@163.com", urgent=True,
  invoice=INV["h10"]),
  "fake_invoice", "block",
  ["duplicate_invoice", "email_instruction", "free_mail", "personal_account", "personal_account_pretext",
   "first_time_payee", "urgency", "payee_name_mismatch"],
  "A free-mail 'lab accountant' says January's invoice, already paid in February, is unpaid and wants it on her personal card because the lab's account is 'under review'.")
HN(t, "2026-04-13 09:40", pay(t, "V-BY01", "53940.00", "加工费", "3月义齿加工费",
   "田志远：吴静，精工义齿3月的加工费今天安排一下，他们催了几次，别影响这周的急件。\n吴静：好的田院长，按对账单53940元走OA审批，今天付（发票%s）。" % INV["t23"],
   "E3003", ["E3002", "E3005"], ch="im", frm="田志远", contact=wx("by-real-tian"), urgent=True,
   contract="BY-CG-2025-008", invoice=INV["t23"]),
   ["im_instruction", "boss_role", "urgency", "off_hours"],
   "Early in the morning the real chairman asks on his usual WeChat for the regular lab's bill to be paid today; it goes through the normal approvals to the known account.")
HN(t, "2026-04-15 11:30", pay(t, "V-BY03", "27380.00", "货款", "口腔耗材货款（3-4月）",
   "洁康口腔 口腔耗材货款（合同BY-CG-2026-002，发票%s；收款账户2025年10月变更，已回拨核实）" % INV["t25"], "E3003", ["E3002"],
   contract="BY-CG-2026-002", invoice=INV["t25"]),
   ["account_changed_long_ago"],
   "The consumables supplier's account change was recorded in Oct 2025 after a call-back and used for every payment since.")
S(t, "2026-04-16 15:50", pay(t, payee("新疆融通达企业管理咨询有限公司", acct("by-rongtong", 19, "3002"), "中国工商银行乌鲁木齐西虹路支行"),
  "36000.00", "服务费", "设备融资租赁风险保证金及服务费",
  "田院长您好，贵院申请的CBCT融资租赁额度120万已审批，放款前须缴纳3%风险保证金3.6万到我司账户，作为首期租金担保，放款当天退回。今天交明天放款。",
  "E3004", ["E3002"], ch="im", frm="融通达 客户经理 郑磊", contact=wx("by-zhenglei"), urgent=True),
  "advance_fee", "flag",
  ["loan_fee_words", "deposit_words", "fee_words", "first_time_payee", "im_instruction", "urgency"],
  "A consultancy that is not a leasing company says our equipment-lease credit is approved but wants a 36k 'risk deposit' before release.")
HN(t, "2026-04-17 12:40", order(t, cust("刘建国", None, "刘建国", "14200006618"),
   [("种植体（患者指定品牌，含基台、牙冠）", 1, "颗", "12800.00")], "全款预付（本人工行卡POS刷卡，已到账）", "in_person",
   "百雅口腔克拉玛依区总院", "2026-05-20",
   "患者坚持使用某进口品牌，我院向该品牌新疆授权经销商按常规采购流程订货，到货后手术。"),
   ["new_customer", "designated_supplier"],
   "A new patient insists on one imported implant brand and prepays in full on his own card; we order it through the brand's authorised distributor.")
R(t, "2026-04-20 11:15", order(t, C["C-BY01"], [("员工口腔检查及洁牙套餐", 140, "人次", "160.00")],
  "月结30天", "letter", "克拉玛依恒远油田技术服务有限公司工会", "2026-05-15", "工会年度职工福利口腔检查（第四批）"),
  "Staff dental check-up order from an established oilfield-services company.")
HN(t, "2026-04-20 16:30", pay(t, "TAX-BY", "31256.40", "税款", "3月增值税、个税及附加（4月征期最后一天）",
   "【加急】今日为4月征期最后一天，3月增值税、代扣个税及附加税费通过电子税务局三方协议扣缴，逾期将产生滞纳金",
   "E3004", ["E3002"], urgent=True),
   ["urgency", "authority_words"],
   "Monthly taxes on the last day of the filing period, debited to the treasury under the tax bureau's three-party agreement.")
S(t, "2026-04-21 16:45", pay(t, payee("克拉玛依星点网络科技有限公司", acct("by-xingdian", 19, "6505"), "中国建设银行克拉玛依分行"),
  "12000.00", "推广费", "点评平台好评任务充值",
  "陈主管，好评套餐已开通：每条五星好评带图返现20元，充值1.2万可做600单，做完任务返还10%充值奖励，月底前充值还送置顶。",
  "E3010", ["E3002"], ch="im", frm="星点网络 运营 小吴", contact=wx("by-xiaowu")),
  "task_rebate", "flag",
  ["task_rebate_words", "topup_words", "first_time_payee", "im_instruction", "vague_memo"],
  "A 'network company' sells fake five-star reviews as a task package with cashback and a 'top-up bonus', billed as promotion.")
S(t, "2026-04-24 20:35", pay(t, payee("李娟", acct("by-lijuan", 19, "6216"), "中国银行克拉玛依分行", "personal"),
  "10000.00", "退款", "隐形矫治定金退款（患者：王建平）",
  "陈主管你好，我是王建平，换了新微信。我工作调去北京了，矫治做不了，麻烦把1万定金退了，我原来的工行卡注销了，退到我爱人李娟的卡上就行。",
  "E3010", ["E3002"], ch="im", frm="王建平", contact=wx("by-fake-wjp"), order="@by_h_wjp"),
  "overpayment_refund", "block",
  ["refund_words", "refund_to_other_account", "personal_account", "first_time_payee", "im_instruction", "new_contact",
   "sales_order_linked", "off_hours"],
  "In the evening a 'new WeChat' of an orthodontic patient asks for his 10k deposit back on his 'wife's' card instead of the card that paid it.")
S(t, "2026-05-06 15:20", pay(t, payee("新疆众康医疗器械有限公司", acct("by-zhongkang", 19, "3002"), "中国工商银行乌鲁木齐南门支行"),
  "280000.00", "预付款", "设备采购预付款",
  "田志远：迪丽娜尔，账上还有多少钱？截个余额图给我\n迪丽娜尔：田院长，建行可用213万\n田志远：好，先给新疆众康医疗器械转２８万设备预付款，我在卫健委开会，合同和审批单回来补，抓紧。",
  "E3003", [], ch="im", frm="田志远", contact=wx("by-fake-tian"), urgent=True),
  "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "cannot_call", "first_time_payee",
   "no_approval", "urgency", "evasion_fullwidth"],
  "A new WeChat in the chairman's name asks the cashier how much is in the account, then wants a 280k (typed ２８万) 'equipment advance' to an unknown firm, papers later.")
S(t, "2026-05-07 12:30", order(t, cust("孙丽", None, "孙丽", "14200009157", None, wx("by-sunli"), None),
  [("成人正畸（固定矫治）", 1, "例", "26000.00")], "定金3000元", "im", "百雅口腔克拉玛依区总院", "2026-06-30",
  "我朋友帮我转的定金，手机银行截图发你了，他多按了个0，转了30000。多的27000麻烦退到他另一张卡上，户名赵小军，他那张卡要还信用卡，今天急用。",
  third=third("赵小军（个人）", "14200001845", "refund_recipient", "27000.00")),
  "overpayment_refund", "block",
  ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "third_party_payer", "urgency",
   "contact_im_only"],
  "A new orthodontic patient says a friend 'overpaid' her 3k deposit by 27k, shown only by a screenshot, and wants the excess sent to the friend's other card today.")
HN(t, "2026-05-08 12:10", pay(t, "V-BY01", "52410.00", "加工费", "4月义齿加工费",
   "吴经理好，我换了工作微信，之前的号不用了。4月对账单发您了，共52410元，账户还是原来工行那个对公户，不变（发票%s）。" % INV["t30"],
   "E3003", ["E3002"], ch="im", frm="精工义齿 会计 陈丽", contact=wx("by-lab-new"),
   contract="BY-CG-2025-008", invoice=INV["t30"]),
   ["im_instruction", "new_contact"],
   "The regular lab's accountant writes from a new work WeChat with April's statement; the account paid is the unchanged one in the vendor master.")
HN(t, "2026-05-11 16:05", pay(t, "D-LWB", "19850.00", "绩效提成", "4月种植绩效提成（员工：李文博）",
   "4月种植绩效提成（员工：李文博），按医生绩效方案核算，人事赵磊复核", "E3020", ["E3002", "E3001"]),
   ["personal_account", "task_rebate_words"],
   "The implant dentist's April commission to his own card, under the approved scheme.")
S(t, "2026-05-12 22:10", pay(t, payee("吴海波", acct("by-wuhb", 16, "6214"), "招商银行成都分行", "personal"),
  "14600.00", "工资", "4月工资（员工：古丽娜尔·艾山）",
  "赵磊您好：我在成都进修，原工资卡被银行风控冻结了，4月工资麻烦转到我表哥吴海波的招行卡上，进修期间都打这张，谢谢！古丽娜尔",
  "E3020", ["E3002"], ch="email", frm="古丽娜尔·艾山", contact="gulnar_dentist@qq.com"),
  "fake_salary", "block",
  ["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "email_instruction", "free_mail",
   "unusual_bank_region", "off_hours"],
  "Late at night a free-mail message 'from a dentist on a training course' asks that her April salary go to her 'cousin's' card in Chengdu.")


# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------


def build():
    out = []
    keymap = {}
    for tenant in TENANTS:
        lines = LINES[tenant]
        hist = sorted([l for l in lines if l["phase"] == "history"], key=lambda l: l["ts"])
        test = sorted([l for l in lines if l["phase"] == "test"], key=lambda l: l["ts"])
        seq = {}
        for phase, group in (("h", hist), ("t", test)):
            for i, l in enumerate(group, 1):
                l["id"] = "%s-%s%03d" % (tenant, phase, i)
                prefix = ID_PREFIX[tenant][l["kind"]]
                date = l["ts"][:10].replace("-", "")
                k = (prefix, date)
                seq[k] = seq.get(k, 0) + 1
                rid = "%s-%s%03d" % (prefix, date, seq[k])
                body = l["body"]
                if l["kind"] == "payment":
                    body["request_id"] = rid
                    body["submitted_at"] = iso(l["ts"])
                else:
                    body["record_id"] = rid
                    body["received_at"] = iso(l["ts"])
                if l["key"]:
                    keymap[l["key"]] = rid
                out.append(l)
    for l in out:
        if l["kind"] == "payment":
            ref = l["body"]["related"]["order_id"]
            if ref and ref.startswith("@"):
                l["body"]["related"]["order_id"] = keymap[ref[1:]]
    rows = []
    for l in out:
        row = {"id": l["id"], "tenant": l["id"].rsplit("-", 1)[0], "phase": l["phase"], "kind": l["kind"],
               "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
        if l["phase"] == "history":
            row["outcome"] = "executed"
        row["signals"] = l["signals"]
        row["note"] = l["note"]
        row["request"] = l["body"]
        rows.append(json.dumps(row, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    build()
