#!/usr/bin/env python3
"""Build tests/holdout14/holdout14.jsonl.

Python 3.11 standard library only; fully deterministic (no clock, no unseeded
randomness: every synthetic number is derived from a SHA-256 of a fixed key).

Three fictitious tenants:
  mangjing  普洱岚山茶业有限公司            tea plantation and processor, Simao, Pu'er (Yunnan)
  tongqu    成都童趣树幼教管理有限公司      private kindergarten group, Wuhou, Chengdu (Sichuan)
  saihan    鄂尔多斯市赛汉矿山设备租赁有限公司  mining-equipment rental, Dongsheng, Ordos (Inner Mongolia)

Every company, person, account, phone number and case below is invented.
One scenario per block; each block is a history line or a test line.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "holdout14.jsonl"))

# ---------------------------------------------------------------------------
# deterministic synthetic identifiers
# ---------------------------------------------------------------------------


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += "".join(c for c in _h(f"{key}#{i}") if c.isdigit())
        i += 1
    return out[:n]


def acct(prefix, length, key):
    """Fictitious bank account number of `length` digits (16-19)."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    r = 31 - s % 31
    return USCC_CHARS[0 if r == 31 else r]


def uscc(head, area, key):
    """Unified social credit code: head (e.g. '91'), 6-digit area, 'MA' + 7 chars, check char."""
    hx = _h("uscc:" + key)
    body = head + area + "MA" + "".join(USCC_CHARS[int(hx[2 * i:2 * i + 2], 16) % 31] for i in range(7))
    return body + uscc_check(body)


def mobile(prefix, key):
    return prefix + digits("mob:" + key, 4)


def landline(area, key):
    return f"{area}-0000{digits('tel:' + key, 3)}"


def wx(key):
    hx = _h("wx:" + key)
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alpha[int(hx[2 * i:2 * i + 2], 16) % len(alpha)] for i in range(14))


def invoice(prov, key):
    """20-digit fully digital e-invoice number: 26 + province code + 16 digits."""
    return "26" + prov + digits("inv:" + key, 16)


def m(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def ts(at):
    """'2026-06-01 10:38' -> RFC 3339 Beijing time."""
    d, t = at.split(" ")
    return f"{d}T{t}:00+08:00"


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def cust(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": m(amount)}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": ts(at)}


# ---------------------------------------------------------------------------
# tenant context: request ids, payer, line assembly
# ---------------------------------------------------------------------------


class Tenant:
    def __init__(self, tid, pay_code, order_code, payer_name, payer_account, erp_prefix):
        self.tid = tid
        self.pay_code = pay_code
        self.order_code = order_code
        self.payer_name = payer_name
        self.payer_account = payer_account
        self.erp_prefix = erp_prefix
        self.seq = {}
        self.lines = []
        self.nh = 0
        self.nt = 0

    def _rid(self, code, at):
        day = at.split(" ")[0].replace("-", "")
        k = (code, day)
        self.seq[k] = self.seq.get(k, 0) + 1
        return f"{code}-{day}{self.seq[k]:03d}"

    def erp(self, from_name, text, urgent=False):
        return instr("erp", from_name, None, self.erp_prefix + text, urgent)

    def pay(self, at, py, amount, purpose, memo, ins, by, appr,
            order=None, contract=None, inv=None, changed=None, verification=None):
        body = {
            "request_id": self._rid(self.pay_code, at),
            "submitted_at": ts(at),
            "payer": {"account_no": self.payer_account, "account_name": self.payer_name},
            "payee": py,
            "amount": m(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": ins,
            "requested_by": by,
            "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verification is not None:
            body["verification"] = verification
        return body

    def order(self, at, customer, items, channel, address, deadline, terms, notes,
              third_party=None, fees=()):
        total = sum(Decimal(q) * Decimal(p) for _, q, _, p in items)
        return {
            "record_id": self._rid(self.order_code, at),
            "received_at": ts(at),
            "customer": customer,
            "items": [{"product": pr, "quantity": q, "unit": u, "unit_price": m(p)} for pr, q, u, p in items],
            "total_amount": m(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": m(a)} for r, a in fees],
            "notes": notes,
        }

    @staticmethod
    def _kind(body):
        return "payment" if "request_id" in body else "order"

    def hist(self, note, body):
        self.nh += 1
        self.lines.append({
            "id": f"{self.tid}-h{self.nh:03d}", "tenant": self.tid, "phase": "history",
            "kind": self._kind(body), "label": "legit", "scam_type": None, "expect": "allow",
            "outcome": "executed", "signals": [], "note": note, "request": body})
        return body

    def legit(self, note, signals, body):
        self.nt += 1
        self.lines.append({
            "id": f"{self.tid}-t{self.nt:03d}", "tenant": self.tid, "phase": "test",
            "kind": self._kind(body), "label": "legit", "scam_type": None, "expect": "allow",
            "signals": list(signals), "note": note, "request": body})
        return body

    def scam(self, scam_type, expect, signals, note, body):
        self.nt += 1
        self.lines.append({
            "id": f"{self.tid}-t{self.nt:03d}", "tenant": self.tid, "phase": "test",
            "kind": self._kind(body), "label": "scam", "scam_type": scam_type, "expect": expect,
            "signals": list(signals), "note": note, "request": body})
        return body


TENANTS = []

# ===========================================================================
# Tenant 1: mangjing — 普洱岚山茶业有限公司 (tea plantation + processing, Simao, Pu'er)
# ===========================================================================
MJ = Tenant("mangjing", "LS-FK", "LS-XS", "普洱岚山茶业有限公司",
            acct("24590101040", 17, "mj-payer"), "金蝶K3付款申请：")
TENANTS.append(MJ)
MJ_MOB = "1770000"
YN = "53"  # invoice province code

# people: 段国华 chairman E1100 · 杨丽琼 finance manager E1102 · 刀玉香 cashier E1103 ·
#         李建昆 purchasing E1104 · 普文斌 sales manager E1110 · 王晓梅 HR E1120 ·
#         岩罕 e-commerce operator E1130 · 叶春燕 e-commerce assistant E1131
MJ_BOSS_WX = wx("mj-boss-duan")

mj_v01 = payee("澜沧县惠民古茶专业合作社", acct("2459182101040", 17, "mj-v01"), "中国农业银行澜沧县支行",
               vendor_id="V-LS01", phone=landline("0879", "mj-v01"))
mj_v02 = payee("昆明滇颂包装制品有限公司", acct("5305016253", 19, "mj-v02"), "中国建设银行昆明西山支行",
               vendor_id="V-LS02", phone=landline("0871", "mj-v02"))
mj_v03 = payee("云南滇南物流有限公司", acct("2502021309", 19, "mj-v03"), "中国工商银行昆明官渡支行",
               vendor_id="V-LS03", phone=landline("0871", "mj-v03"))
mj_v04 = payee("云南滇电普洱供电服务有限公司", acct("2459010104", 17, "mj-v04"), "中国农业银行普洱思茅支行",
               vendor_id="V-LS04", phone=landline("0879", "mj-v04"))
mj_v05 = payee("普洱茗工劳务派遣有限公司", acct("8801033", 18, "mj-v05"), "普洱农村商业银行思茅支行",
               vendor_id="V-LS05", phone=landline("0879", "mj-v05"))
mj_v06 = payee("普洱瑞丰茶叶机械有限公司", acct("2459010104", 17, "mj-v06"), "中国农业银行普洱思茅支行",
               vendor_id="V-LS06", phone=landline("0879", "mj-v06"))
mj_v07 = payee("澜沧县酒井乡岩丙茶叶初制所", acct("8802287", 18, "mj-v07"), "澜沧县农村信用合作联社",
               vendor_id="V-LS07", phone=landline("0879", "mj-v07"))
mj_v08 = payee("昆明云茶优选电子商务有限公司", acct("5305016278", 19, "mj-v08"), "中国建设银行昆明五华支行",
               vendor_id="V-LS08", phone=landline("0871", "mj-v08"))
mj_pay = payee("中国农业银行普洱分行（代发工资专户）", acct("2459010104", 17, "mj-payroll"),
               "中国农业银行普洱分行", vendor_id="PAY-01", phone=None)
mj_tax = payee("国家金库普洱市思茅区支库", acct("2459010104", 17, "mj-treasury"),
               "中国人民银行普洱市中心支行", vendor_id="TAX-01", phone=None)

mj_c01 = cust("昆明茗悦茶叶销售有限公司", uscc("91", "530102", "mj-c01"), "赵经理",
              landline("0871", "mj-c01"), "zhaojl@mingyuetea.com", None, "C-LS01")
mj_c02 = cust("广州茶源汇贸易有限公司", uscc("91", "440103", "mj-c02"), "黄志明",
              landline("020", "mj-c02"), "huang@chayuanhui.com.cn", None, "C-LS02")
mj_c03 = cust("上海沁园茶业连锁有限公司", uscc("91", "310106", "mj-c03"), "沈经理",
              landline("021", "mj-c03"), "shen@qinyuantea.com", None, "C-LS03")

# ---- history --------------------------------------------------------------

MJ.hist("Spring fresh-leaf payment to the regular ancient-tree tea cooperative.", MJ.pay(
    "2026-04-20 10:42", mj_v01, "186400", "货款", "春茶鲜叶款（4月1日—10日）",
    MJ.erp("李建昆", "惠民古茶合作社 春茶鲜叶款（收购单LS-SG-0401至0410）｜收购合同LS-CG-2026-003｜发票"
           + invoice(YN, "mj-h01")),
    "E1104", ["E1102", "E1100"], contract="LS-CG-2026-003", inv=invoice(YN, "mj-h01")))

MJ.hist("Ripe pu'er cake order from the established Kunming distributor, paid before dispatch.", MJ.order(
    "2026-04-21 14:05", mj_c01, [("普洱熟茶饼（357克）", "2000", "饼", "98")], "erp",
    "昆明市五华区茗悦茶叶仓库", "2026-04-25", "款到发货", "款已到账，物流发昆明仓"))

MJ.hist("Wrapping paper, inner tickets and cartons from the regular packaging maker.", MJ.pay(
    "2026-04-22 15:20", mj_v02, "38600", "货款", "棉纸、内飞、外箱款",
    MJ.erp("李建昆", "滇颂包装 棉纸、内飞、外箱款｜合同LS-CG-2026-005｜发票" + invoice(YN, "mj-h03")),
    "E1104", ["E1102"], contract="LS-CG-2026-005", inv=invoice(YN, "mj-h03")))

MJ.hist("Picker labour fee for the first half of April paid to the licensed dispatch firm.", MJ.pay(
    "2026-04-24 11:10", mj_v05, "168480", "劳务费", "4月上半月采茶工劳务费（52人）",
    MJ.erp("王晓梅", "茗工劳务 4月1日—15日采茶工劳务费（52人×15天×200元，另加8%管理费）｜劳务派遣合同LS-LW-2026-001｜发票"
           + invoice(YN, "mj-h04")),
    "E1120", ["E1102", "E1100"], contract="LS-LW-2026-001", inv=invoice(YN, "mj-h04")))

MJ.hist("Freight for tea shipments to Kunming with the regular carrier.", MJ.pay(
    "2026-04-27 16:15", mj_v03, "12450", "运费", "4月茶叶发运运费（普洱—昆明）",
    MJ.erp("刀玉香", "滇南物流 4月运费｜运输合同LS-WL-2026-002｜发票" + invoice(YN, "mj-h05")),
    "E1103", ["E1102"], contract="LS-WL-2026-002", inv=invoice(YN, "mj-h05")))

MJ.hist("Raw pu'er cake order from the established Guangzhou trader on 30-day terms.", MJ.order(
    "2026-04-28 10:30", mj_c02, [("古树普洱生茶饼（357克）", "3000", "饼", "135")], "email",
    "广州市荔湾区芳村茶叶市场茶源汇仓库", "2026-05-06", "月结30天", "春茶新饼，照旧发芳村仓"))

MJ.hist("Mid-April fresh-leaf payment to the regular cooperative.", MJ.pay(
    "2026-04-30 11:25", mj_v01, "214750", "货款", "春茶鲜叶款（4月11日—25日）",
    MJ.erp("李建昆", "惠民古茶合作社 春茶鲜叶款｜收购合同LS-CG-2026-003｜发票" + invoice(YN, "mj-h07")),
    "E1104", ["E1102", "E1100"], contract="LS-CG-2026-003", inv=invoice(YN, "mj-h07")))

MJ.hist("Old-tree leaf from a small primary processor whose invoice is issued by the county tax office.", MJ.pay(
    "2026-05-06 14:40", mj_v07, "58200", "货款", "古树鲜叶款（酒井乡）",
    MJ.erp("李建昆", "岩丙茶叶初制所 古树鲜叶款｜收购合同LS-CG-2026-008｜发票由澜沧县税务局代开｜发票"
           + invoice(YN, "mj-h08")),
    "E1104", ["E1102"], contract="LS-CG-2026-008", inv=invoice(YN, "mj-h08")))

MJ.hist("Picker labour fee for the second half of April paid to the dispatch firm.", MJ.pay(
    "2026-05-08 10:55", mj_v05, "158760", "劳务费", "4月下半月采茶工劳务费（49人）",
    MJ.erp("王晓梅", "茗工劳务 4月16日—30日采茶工劳务费（49人×15天×200元，另加8%管理费）｜劳务派遣合同LS-LW-2026-001｜发票"
           + invoice(YN, "mj-h09")),
    "E1120", ["E1102", "E1100"], contract="LS-LW-2026-001", inv=invoice(YN, "mj-h09")))

MJ.hist("April payroll through the bank's payroll account.", MJ.pay(
    "2026-05-11 16:20", mj_pay, "418300.50", "工资", "4月工资代发（63人）",
    MJ.erp("王晓梅", "4月工资代发（63人），工资表经董事长段国华邮件（duanguohua@lanshantea.com）确认"),
    "E1120", ["E1100"]))

MJ.hist("Monthly electricity for the processing plant.", MJ.pay(
    "2026-05-13 10:15", mj_v04, "46820.40", "电费", "4月电费（初制所及精制车间）",
    MJ.erp("刀玉香", "滇电普洱供电 4月电费｜供用电合同LS-NY-2026-001｜发票" + invoice(YN, "mj-h11")),
    "E1103", ["E1102"], contract="LS-NY-2026-001", inv=invoice(YN, "mj-h11")))

MJ.hist("Monthly VAT paid to the treasury by tripartite debit.", MJ.pay(
    "2026-05-15 11:00", mj_tax, "58230.75", "税款", "4月增值税及附加",
    MJ.erp("刀玉香", "电子税务局三方协议扣缴：4月增值税及附加"),
    "E1103", ["E1102"]))

MJ.hist("Mixed raw-cake and brick order from the established Shanghai tea chain, prepaid.", MJ.order(
    "2026-05-19 15:35", mj_c03,
    [("古树普洱生茶饼（357克）", "800", "饼", "150"), ("普洱熟茶砖（250克）", "1000", "块", "45")], "email",
    "上海市静安区沁园茶业配送中心", "2026-05-26", "款到发货", "货款已付，发上海配送中心"))

MJ.hist("Repair of the rolling machines by the regular tea-machinery firm.", MJ.pay(
    "2026-05-20 10:35", mj_v06, "15600", "维修费", "揉捻机及杀青机检修费",
    MJ.erp("李建昆", "瑞丰茶机 揉捻机及杀青机检修｜服务合同LS-FW-2026-003｜发票" + invoice(YN, "mj-h14")),
    "E1104", ["E1102"], contract="LS-FW-2026-003", inv=invoice(YN, "mj-h14")))

MJ.hist("Monthly fee to the contracted e-commerce agency running the Douyin shop.", MJ.pay(
    "2026-05-22 14:10", mj_v08, "28000", "服务费", "5月直播代运营服务费",
    MJ.erp("岩罕", "云茶优选 5月直播代运营服务费｜代运营合同LS-DS-2026-001｜发票" + invoice(YN, "mj-h15")),
    "E1130", ["E1102"], contract="LS-DS-2026-001", inv=invoice(YN, "mj-h15")))

MJ_DUP_INV = invoice(YN, "mj-h16")
MJ.hist("Second packaging order of the month from the regular maker.", MJ.pay(
    "2026-05-26 15:50", mj_v02, "42300", "货款", "内飞、棉纸、外箱款",
    MJ.erp("李建昆", "滇颂包装 内飞、棉纸、外箱款｜合同LS-CG-2026-005｜对账联系人周敏 zhoumin@diansongpack.com｜发票"
           + MJ_DUP_INV),
    "E1104", ["E1102"], contract="LS-CG-2026-005", inv=MJ_DUP_INV))

# ---- test -----------------------------------------------------------------

MJ.legit("Routine: Summer fresh-leaf payment to the regular cooperative.", [], MJ.pay(
    "2026-06-01 10:38", mj_v01, "152300", "货款", "夏茶鲜叶款（5月16日—31日）",
    MJ.erp("李建昆", "惠民古茶合作社 夏茶鲜叶款｜收购合同LS-CG-2026-003｜发票" + invoice(YN, "mj-t01")),
    "E1104", ["E1102", "E1100"], contract="LS-CG-2026-003", inv=invoice(YN, "mj-t01")))

MJ.scam("fake_salary", "block",
        ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee",
         "im_instruction", "new_contact", "urgency"],
        "A WeChat contact calling himself the dispatch firm's new settlement clerk asks that 46 pickers' "
        "late-May wages go to the gang master's personal card because the firm's own account is 'under annual review'.",
        MJ.pay("2026-06-01 15:12",
               payee("岩温", acct("622848", 19, "mj-t02-card"), "中国农业银行澜沧县支行", "personal"),
               "147200", "劳务费", "5月下半月采茶工工钱（46人）",
               instr("im", "茗工劳务 结算员小陈", wx("mj-t02-chen"),
                     "刀会计你好，我是茗工劳务新来的结算员小陈，之前跟你们对接的罗姐调去西双版纳项目了。\n"
                     "我们公司对公户这几天在做年审，网银用不了。这期46个采茶工的工钱先打到带班的岩温师傅卡上，"
                     "他在山上直接发现金，工人都等着买米。\n"
                     "明细表和岩温身份证照片我发你，发票下周一起补。", True),
               "E1120", ["E1102"]))

MJ.legit("Hard negative: The chairman asks on WeChat to settle the regular packaging supplier today "
         "because paper prices are rising; the payee is on file and the payment has two approvals.",
         ["im_instruction", "urgency", "boss_role"],
         MJ.pay("2026-06-02 11:20", mj_v02, "36900", "货款", "6月内飞、棉纸、提袋款",
                instr("im", "段国华", MJ_BOSS_WX,
                      "玉香，滇颂那边说纸价下周要涨，他们这批料要先进，包装款今天给人家结了吧，单子李建昆已经在系统里提了。",
                      True),
                "E1104", ["E1102", "E1100"], contract="LS-CG-2026-005", inv=invoice(YN, "mj-t03")))

MJ.scam("boss_impersonation", "block",
        ["im_instruction", "new_contact", "balance_probe", "secrecy_words", "bypass_process", "deposit_words",
         "first_time_payee", "no_approval", "boss_role", "unusual_bank_region", "urgency"],
        "A 'new WeChat' of the chairman asks the cashier for both bank balances, then orders a 280k "
        "'price-lock deposit' for an old-tree tea garden to an unknown company banking in Nanning, paperwork to follow.",
        MJ.pay("2026-06-03 12:46",
               payee("西双版纳勐宋古茶业有限公司", acct("7781018", 18, "mj-t04"), "中国光大银行南宁分行"),
               "280000", "定金", "勐宋古树茶园初制所收购定金",
               instr("im", "段国华", wx("mj-t04-fakeboss"),
                     "段国华：小刀，这个是我新号，原来那个手机掉在昆明了，先加着。\n"
                     "段国华：农行基本户和富滇那个户头上一共还有好多钱？拍个余额给我看看\n"
                     "刀玉香：段总，农行这边63万多，富滇18万\n"
                     "段国华：勐宋那片古树茶园连初制所我谈下来了，对方要先收28万定金锁价，打到他们公司户，"
                     "合同我下周带回来补签。这事先莫声张，怕别家抬价。", True),
               "E1103", []))

MJ.legit("Routine: Ripe-cake order from the established Kunming distributor, paid before dispatch.", [], MJ.order(
    "2026-06-04 10:15", mj_c01, [("普洱熟茶饼（357克）", "2400", "饼", "98")], "erp",
    "昆明市五华区茗悦茶叶仓库", "2026-06-08", "款到发货", "款已到账，走德邦到昆明仓"))

MJ.scam("authority_impersonation", "flag",
        ["authority_words", "personal_account", "first_time_payee", "urgency", "evasion_traditional"],
        "An SMS in traditional characters 'from the market-regulation bureau' says a tea-cake batch failed a "
        "pesticide test and demands a 12,000 fine by 5 pm to a case officer's personal account.",
        MJ.pay("2026-06-05 16:30",
               payee("杨志军", acct("622202", 19, "mj-t06-card"), "中国工商银行曲靖分行", "personal"),
               "12000", "罚款", "古树生茶抽检不合格罚款",
               instr("sms", "普洱市市場監督管理局（短信）", landline("0879", "mj-t06-caller"),
                     "【普洱市市場監督管理局】岚山茶業：貴司送檢批次「2026古樹春茶生餅」農殘檢測不合格，"
                     "依《食品安全法》處以罰款壹萬貳仟元。請於今日17時前轉入執法辦案人員楊志軍帳戶"
                     "（工行6222 0240 ****），逾期將暫停食品生產許可證並上報抽檢不合格名單。", True),
               "E1103", ["E1102"]))

MJ.legit("Hard negative: Back-tax and a late-payment surcharge named in a tax-office notice, paid to the "
         "treasury through the e-tax bureau's tripartite debit.",
         ["authority_words"],
         MJ.pay("2026-06-08 10:50", mj_tax, "23416.80", "税款", "2025年度代扣个税补缴及滞纳金",
                MJ.erp("刀玉香", "根据思茅区税务局《税务事项通知书》（思税通〔2026〕1187号），补缴2025年度代扣代缴个人所得税"
                       "21,980.00元及滞纳金1,436.80元，通过电子税务局三方协议扣缴入库"),
                "E1103", ["E1102", "E1100"]))

MJ.scam("fake_invoice", "block", ["duplicate_invoice"],
        "Structural only: a re-sent scan of the packaging invoice already paid on 26 May is keyed in again "
        "as a new payable to the same supplier.",
        MJ.pay("2026-06-08 15:30", mj_v02, "42300", "货款", "内飞、棉纸、外箱款",
               MJ.erp("李建昆", "滇颂包装 内飞、棉纸、外箱款｜合同LS-CG-2026-005｜附件：供应商业务员重新发送的发票扫描件｜发票"
                      + MJ_DUP_INV),
               "E1104", ["E1102"], contract="LS-CG-2026-005", inv=MJ_DUP_INV))

MJ.legit("Hard negative: A new corporate customer prepaid a gift-tea order in full and named the box maker "
         "whose logo boxes we buy through our own purchasing.",
         ["designated_supplier", "new_customer", "large_first_order"],
         MJ.order("2026-06-09 14:20",
                  cust("云南滇通建设集团有限公司", uscc("91", "530111", "mj-t09"), "何主任",
                       landline("0871", "mj-t09"), "hezr@diantong-group.com"),
                  [("定制古树生茶礼盒（357克×2饼）", "800", "盒", "560")], "email",
                  "昆明市官渡区滇通集团总部行政楼", "2026-08-20", "全款预付（已到账）",
                  "集团中秋福利茶。礼盒要用集团指定的金马印象做（带集团LOGO烫金），盒子由贵司向金马下单采购、含在单价里。"
                  "货款448,000元已于6月8日汇入贵司农行账户，请财务核对回单（农行回单号0608-2231）。",
                  third_party=third("昆明金马印象包装设计有限公司", landline("0871", "mj-t09-box"),
                                    "designated_supplier", "64000")))

MJ.scam("task_rebate", "block",
        ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
         "no_approval", "evasion_homophone"],
        "The e-commerce operator tries to send 8,800 of company money to a personal card as the second "
        "'boost task' top-up of a fake Douyin traffic-support scheme that paid out a small rebate first.",
        MJ.pay("2026-06-10 14:35",
               payee("郑丽娟", acct("621483", 16, "mj-t10-card"), "招商银行广州天河支行", "personal"),
               "8800", "推广费", "抖店流量扶持充值",
               instr("im", "抖音电商招商经理 Vivian", "QQ:3291805527",
                     "Vivian：岩先生您好，贵店已入选夏季新茶流量扶持计划🎉 完成三单助力任务即可解锁首页推荐位，"
                     "每单返佣15%，当天返还本金。\n"
                     "Vivian：第一单888已经给您返了1020，您看到账了吧？第二单需要充值8800，充得越多返得越多哦，"
                     "转到我们结算专员郑丽娟的卡上，备注写店铺号。有问题加我薇信细聊。"),
               "E1130", []))

MJ.legit("Hard negative: The same 46 pickers' late-May labour fee paid to the licensed dispatch firm's "
         "corporate account on file, under the dispatch contract.",
         ["payee_shared_by_employees"],
         MJ.pay("2026-06-11 10:25", mj_v05, "158976", "劳务费", "5月下半月采茶工劳务费（46人）",
                MJ.erp("王晓梅", "茗工劳务 5月16日—31日采茶工劳务费（46人×16天×200元，另加8%管理费，考勤表经茶园主管签字）"
                       "｜劳务派遣合同LS-LW-2026-001｜按合同付至茗工劳务对公账户，由其发放工人工资｜发票"
                       + invoice(YN, "mj-t11")),
                "E1120", ["E1102", "E1100"], contract="LS-LW-2026-001", inv=invoice(YN, "mj-t11")))

MJ.scam("advance_fee", "flag",
        ["fee_words", "subsidy_words", "middleman_fee", "first_time_payee", "no_po_contract", "urgency",
         "phone_instruction", "shell_company"],
        "A three-month-old 'project consultancy' promises a 2-million provincial tea-industry grant if the "
        "company first pays a 38k application fee that includes money for 'expert review'.",
        MJ.pay("2026-06-12 11:40",
               payee("昆明惠农项目申报咨询有限公司", acct("6227010", 18, "mj-t12"), "中国民生银行昆明分行"),
               "38000", "服务费", "茶产业专项资金申报前期服务费",
               instr("phone", "惠农咨询 钱经理", mobile(MJ_MOB, "mj-t12-qian"),
                     "钱经理电话及微信说明：省里今年有茶产业绿色发展专项资金，岚山茶业符合条件，可以申请200万元。"
                     "他们和厅里熟，包申报包下达，先交前期服务费3.8万（材料编制、专家评审打点），资金下达后再收8%。"
                     "名额这周五截止。（经查该公司2026年3月成立）", True),
               "E1102", ["E1100"]))

MJ.legit("Hard negative: First payment to an accredited certification body for the annual organic "
         "re-certification, under a signed contract with the audit already scheduled.",
         ["fee_words", "first_time_payee"],
         MJ.pay("2026-06-15 10:40",
                payee("北京绿源华信认证中心有限公司", acct("0200049", 19, "mj-t13"), "中国工商银行北京海淀支行",
                      vendor_id="V-LS09", phone=landline("010", "mj-t13")),
                "26500", "认证费", "2026年度有机产品认证（再认证）费用",
                MJ.erp("杨丽琼", "绿源华信认证 2026年度有机产品再认证费（茶园1,860亩及初制所）｜认证委托合同LS-RZ-2026-001"
                       "｜认证机构批准号可在国家认监委网站查询｜检查员6月22日到场｜发票" + invoice("11", "mj-t13")),
                "E1102", ["E1100"], contract="LS-RZ-2026-001", inv=invoice("11", "mj-t13")))

MJ.scam("account_change", "block",
        ["account_changed_recent", "first_time_payee", "unusual_bank_region", "email_instruction",
         "lookalike_domain", "account_change_words"],
        "An e-mail from a hyphenated look-alike of the packaging supplier's domain moves its receiving account "
        "to a Shenzhen bank 'after a system upgrade'; the vendor master was changed three days before this payment.",
        MJ.pay("2026-06-15 14:55",
               payee("昆明滇颂包装制品有限公司", acct("1501", 18, "mj-t14"), "平安银行深圳福田支行",
                     vendor_id="V-LS02", phone=mj_v02["phone"]),
               "39800", "货款", "6月第二批包装材料款",
               instr("email", "滇颂包装 财务部 周敏", "zhoumin@diansong-pack.com",
                     "岚山茶业财务部：\n"
                     "您好！因我司开户行系统升级并入总部统一结算，原农行账户自6月15日起暂停收款。"
                     "本月起所有货款请汇入以下新账户：户名 昆明滇颂包装制品有限公司，开户行 平安银行深圳福田支行。"
                     "请勿再付往旧账户，以免造成资金滞留。盖章变更函扫描件见附件。\n"
                     "滇颂包装 财务部 周敏"),
               "E1104", ["E1102"], contract="LS-CG-2026-005", inv=invoice(YN, "mj-t14"),
               changed="2026-06-12 17:20"))

MJ.scam("fake_purchaser", "flag",
        ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
         "contact_mismatch", "contact_im_only"],
        "A 'Dongguan subsidiary' of the established Guangzhou tea trader, writing from free mail and WeChat, "
        "orders 5,000 cakes on 90-day terms for a logistics-park warehouse.",
        MJ.order("2026-06-17 10:55",
                 cust("茶源汇（东莞）供应链有限公司", uscc("91", "441900", "mj-t16"), "黄志明",
                      mobile(MJ_MOB, "mj-t16"), "chayuanhui_dg@163.com", wx("mj-t16")),
                 [("古树普洱生茶饼（357克）", "5000", "饼", "135")], "im",
                 "东莞市虎门镇某物流园B区12号仓", "2026-06-24", "货到90天付款（集团统一结算）",
                 "我们是广州茶源汇新成立的东莞公司，以后华南的货都从东莞走。你们跟老黄熟的，这批跟之前一样的生饼，"
                 "先发5000饼，账期按集团统一的90天。"))

MJ.scam("fake_salary", "block",
        ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee",
         "email_instruction", "free_mail", "payroll_change", "urgency"],
        "An e-mail from a free-mail address in the sales manager's name asks that three salespeople's May "
        "commissions go together to one card in a name that is not on the payroll.",
        MJ.pay("2026-06-18 16:05",
               payee("陈思远", acct("622202", 19, "mj-t18-card"), "中国工商银行昆明正义路支行", "personal"),
               "27600", "工资", "5月销售提成（普文斌、李春、岩香3人）",
               instr("email", "销售部 普文斌", "puwenbin1986@163.com",
                     "王姐：5月提成表老板已经签过了。我们三个的工资卡这个月都在换卡（银行说要升级成一类户），"
                     "提成先统一打到销售内勤陈思远卡上，她再转给我们，麻烦今天安排一下，端午要用钱。普文斌", True),
               "E1120", ["E1102"]))

MJ.legit("Routine: Raw-cake order from the established Guangzhou trader on its usual terms.", [], MJ.order(
    "2026-06-22 10:30", mj_c02, [("古树普洱生茶饼（357克）", "2800", "饼", "135")], "email",
    "广州市荔湾区芳村茶叶市场茶源汇仓库", "2026-06-30", "月结30天", "端午后补货，照旧发芳村仓"))

MJ_FO = MJ.scam("fake_order", "flag",
                ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                 "contact_im_only"],
                "A WeChat-only 'army logistics office' orders 1,200 cakes for Army Day and wants us to buy "
                "60 clay tea sets from the kiln shop it names, paying a deposit first, to be settled together later.",
                MJ.order("2026-06-22 15:45",
                         cust("驻滇某部后勤保障处", None, "张助理", mobile(MJ_MOB, "mj-t20"), None, wx("mj-t20")),
                         [("古树普洱生茶饼（357克）", "1200", "饼", "168")], "im",
                         "普洱市思茅区某营区北门", "2026-07-20", "验收后对公转账，财务月底统一结算",
                         "八一慰问用茶1200饼。首长交代要配60套建水紫陶茶具，我们一直从陶然居拿货，"
                         "麻烦你们帮忙订一下一起送，茶具钱一起结。陶然居老板电话发你了，要先付定金才排窑。",
                         third_party=third("建水县陶然居紫陶经营部", mobile(MJ_MOB, "mj-t20-kiln"),
                                           "designated_supplier", "54000")))

MJ.scam("fake_order", "block",
        ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof", "urgency",
         "im_instruction"],
        "Sales asks to advance 54k to the kiln shop the 'army office' named because the army's payment is "
        "only an e-receipt said to arrive tomorrow.",
        MJ.pay("2026-06-23 16:40",
               payee("建水县陶然居紫陶经营部", acct("8803128", 18, "mj-t21"), "建水县农村信用合作联社"),
               "54000", "代采购", "代购紫陶茶具60套（驻滇某部订单）",
               instr("im", "驻滇某部 张助理", wx("mj-t20"),
                     "普经理，我们财务的款已经走了，电子回单发你了，银行说跨行要明天到。"
                     "陶然居那边窑今晚就要装，你们先把5.4万茶具钱付过去，不然八一前赶不出来，首长那边我不好交代。", True),
               "E1110", ["E1102"], order=MJ_FO["record_id"]))

MJ.legit("Hard negative: Refund for 200 cakes damaged in transit, sent back to the Kunming distributor's "
         "own paying account under a signed return note.",
         ["refund_words", "first_time_payee"],
         MJ.pay("2026-06-24 11:15",
                payee("昆明茗悦茶叶销售有限公司", acct("5305016291", 19, "mj-c01-acct"), "中国建设银行昆明五华支行",
                      phone=mj_c01["phone"]),
                "19600", "退款", "熟茶饼运输破损退货款（200饼）原路退回",
                MJ.erp("刀玉香", "茗悦茶叶6月4日订单运输途中破损200饼，双方签退货确认单，按对方付款回单（建行0604-5512）"
                       "原路退回其付款账户"),
                "E1103", ["E1102"]))

MJ.scam("overpayment_refund", "block",
        ["overpayment", "refund_to_other_account", "refund_words", "personal_account", "first_time_payee",
         "fake_payment_proof"],
        "A new Dali tea-shop buyer claims it paid 30k too much, shows a screenshot of a transfer that has not "
        "arrived, and asks for the difference to go to his wife's personal card.",
        MJ.pay("2026-06-25 14:50",
               payee("段丽萍", acct("621700", 19, "mj-t23-card"), "中国建设银行大理分行", "personal"),
               "30000", "退款", "大理新客户多付货款退还",
               instr("im", "大理苍洱茶庄 李老板", wx("mj-t23"),
                     "普经理，刚才财务转账转多了，本来是4万8的货，转成了7万8，回单截图你看下。"
                     "多出来的3万麻烦先退给我，退到我爱人段丽萍的卡上就行，公司那个户今天有笔款要用。"
                     "银行说跨行明早到，你们先退，发货不急。", True),
               "E1110", ["E1102"]))

MJ.scam("task_rebate", "flag",
        ["crypto", "topup_words", "task_rebate_words", "first_time_payee", "off_hours", "no_approval",
         "vague_memo"],
        "Late on a Friday night the e-commerce assistant tries to pay 50k of company money, labelled 'goods', "
        "to a Shenzhen firm that sells USDT, to top up an investment platform that promises an 8% bonus.",
        MJ.pay("2026-06-26 22:15",
               payee("深圳市链通数字科技有限公司", acct("4000023", 19, "mj-t24"), "中国工商银行深圳宝安支行"),
               "50000", "货款", "茶叶货款",
               instr("im", "承兑商 阿伟", wx("mj-t24"),
                     "阿伟：美女，5万按7.18给你上U，6963.79U，到账后直接打到你平台的充值地址。备注写‘货款’就行，别写U。\n"
                     "平台导师：今天充值满5万升VIP，返佣8%，提现前要先把流水补足哦。", True),
               "E1131", []))

MJ.legit("Routine: Summer fresh-leaf payment to the regular cooperative.", [], MJ.pay(
    "2026-06-29 10:20", mj_v01, "136900", "货款", "夏茶鲜叶款（6月1日—15日）",
    MJ.erp("李建昆", "惠民古茶合作社 夏茶鲜叶款｜收购合同LS-CG-2026-003｜发票" + invoice(YN, "mj-t25")),
    "E1104", ["E1102", "E1100"], contract="LS-CG-2026-003", inv=invoice(YN, "mj-t25")))

MJ.legit("Hard negative: First freight payment to the carrier's new account, changed two weeks earlier on "
         "a stamped letter and confirmed by calling the carrier's landline on file.",
         ["account_changed_recent", "first_time_payee", "account_change_words"],
         MJ.pay("2026-06-29 14:15",
                payee("云南滇南物流有限公司", acct("8800215", 18, "mj-v03-new"), "富滇银行昆明分行",
                      vendor_id="V-LS03", phone=mj_v03["phone"]),
                "13280", "运费", "6月上半月茶叶发运运费",
                MJ.erp("刀玉香", "滇南物流 6月上半月运费｜运输合同LS-WL-2026-002｜收款账户已于6月15日按对方盖章《银行账户变更函》"
                       "变更（原工行账户因贷款行调整销户），出纳按供应商档案留存座机回拨物流公司财务杜经理确认，新户名与合同主体一致"
                       "｜发票" + invoice(YN, "mj-t26")),
                "E1103", ["E1102"], contract="LS-WL-2026-002", inv=invoice(YN, "mj-t26"),
                changed="2026-06-15 11:30",
                verification=verif(mj_v03["phone"], "E1103", "2026-06-15 15:20")))

MJ.legit("Hard negative: The established Shanghai chain sends its usual order to the shop but asks for "
         "tasting packs to go to the buyer's home address for a tasting event.",
         ["residential_delivery"],
         MJ.order("2026-06-30 11:05", mj_c03,
                  [("古树普洱生茶饼（357克）", "600", "饼", "150"), ("新品试饮装（古树生茶8克×20泡）", "30", "盒", "60")],
                  "email", "上海市静安区沁园茶业配送中心；试饮装寄上海市静安区某小区（沈经理家）", "2026-07-06",
                  "款到发货", "600饼按老地址发配送中心；30盒试饮装寄我家里，7月初在家里办一场品鉴会。货款按老规矩已付。"))

MJ.scam("account_change", "block",
        ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
        "Structural only: the leaf cooperative's account was re-keyed the afternoon before to a Nanning bank, "
        "and this routine-looking leaf payment is the first to it.",
        MJ.pay("2026-07-01 10:45",
               payee("澜沧县惠民古茶专业合作社", acct("8001", 18, "mj-t28"), "广西北部湾银行南宁分行",
                     vendor_id="V-LS01", phone=mj_v01["phone"]),
               "148600", "货款", "夏茶鲜叶款（6月16日—30日）",
               MJ.erp("李建昆", "惠民古茶合作社 夏茶鲜叶款｜收购合同LS-CG-2026-003｜发票" + invoice(YN, "mj-t28")),
               "E1104", ["E1102", "E1100"], contract="LS-CG-2026-003", inv=invoice(YN, "mj-t28"),
               changed="2026-06-30 16:10"))

MJ.scam("advance_fee", "flag",
        ["fee_words", "first_time_payee", "email_instruction", "free_mail", "urgency", "no_po_contract"],
        "A consultant writing in mixed English and Chinese from free mail promises EU-organic and Rainforest "
        "Alliance certificates 'guaranteed, no audit' for a 68k expedite fee paid up front.",
        MJ.pay("2026-07-02 14:30",
               payee("深圳市国标通认证咨询有限公司", acct("4425010", 19, "mj-t29"), "中国建设银行深圳宝安支行"),
               "68000", "服务费", "欧盟有机及雨林联盟认证加急服务费",
               instr("email", "国标通 认证顾问 Kevin Liu", "kevin.gbt@outlook.com",
                     "Dear 段总,\n"
                     "As discussed, our package guarantees EU Organic + Rainforest Alliance certificates within 20 "
                     "working days, 不用等检查员到场，包过。Please remit the expedite fee RMB 68,000 before Friday to "
                     "lock the auditor slot; 名额有限，过期要排到明年。\n"
                     "Kevin Liu | GBT Certification Consulting", True),
               "E1102", ["E1100"]))

MJ.legit("Hard negative: A county agriculture-bureau subsidy received for 38 contract tea farmers is passed "
         "on through the bank's payroll account, citing the bureau's notice.",
         ["subsidy_words", "authority_words"],
         MJ.pay("2026-07-02 16:20", mj_pay, "95760", "补贴", "代发2026年茶园绿色防控补助（38户）",
                MJ.erp("杨丽琼", "思茅区农业农村局《关于下达2026年茶园绿色防控补助资金的通知》（思农发〔2026〕31号）"
                       "补助资金95,760元已于6月29日拨入我司账户，按公示名册（38户签约茶农）通过农行代发专户发放至茶农本人账户，"
                       "名册经合作社及村委会盖章"),
                "E1102", ["E1100"]))

MJ.scam("boss_impersonation", "flag",
        ["email_instruction", "lookalike_domain", "cannot_call", "secrecy_words", "urgency", "first_time_payee",
         "no_approval", "boss_role", "large_vs_usual"],
        "An e-mail in the chairman's name from a look-alike domain, half in English, says he is in closed-door "
        "talks and that 'our lawyer' will give escrow details for a 386k good-faith deposit to be kept secret.",
        MJ.pay("2026-07-06 11:35",
               payee("深圳市前海鼎信商务咨询有限公司", acct("7472", 18, "mj-t31"), "中国银行深圳前海支行"),
               "386000", "诚意金", "勐海茶厂并购诚意金（共管）",
               instr("email", "段国华", "duanguohua@lanshan-tea.cn",
                     "Hi 玉香,\n"
                     "I'm in Kunming closing the Menghai factory deal, phones off in the negotiation room all afternoon. "
                     "我们请的张律师会另发邮件给你共管账户信息，按他说的今天把386,000诚意金付过去，对方今天不收到就转给别家了。"
                     "Keep this confidential until the deal is announced, 别在群里说。\n"
                     "段国华\nSent from my iPhone\n"
                     "---- 转发 ----\n"
                     "张律师：刀女士您好，共管账户户名深圳市前海鼎信商务咨询有限公司（律所指定托管方），请备注“并购诚意金”。", True),
               "E1103", []))

MJ.legit("Hard negative: A hospital trade union orders Mid-Autumn gift tea through the union welfare "
         "purchasing platform, to be paid by the union within 30 days of acceptance.",
         ["institution_claim", "new_customer", "credit_terms_requested"],
         MJ.order("2026-07-07 10:50",
                  cust("普洱市茶城中心医院工会委员会", uscc("81", "530802", "mj-t32"), "李老师",
                       landline("0879", "mj-t32"), "gonghui@ccyy-pe.org.cn"),
                  [("中秋福利茶礼盒（古树生茶357克＋熟茶砖250克）", "420", "盒", "280")], "email",
                  "普洱市思茅区茶城中心医院工会办公室", "2026-09-10", "工会福利平台下单，验收后30日内对公支付",
                  "通过市总工会“工会福利采购平台”下单（平台订单号GHFL-2026-07-0392），发票开工会委员会，验收后由工会账户对公支付。"))

MJ.legit("Routine: June payroll through the bank's payroll account.", [], MJ.pay(
    "2026-07-08 16:10", mj_pay, "432185.30", "工资", "6月工资代发（64人）",
    MJ.erp("王晓梅", "6月工资代发（64人），工资表已审批"),
    "E1120", ["E1100"]))

MJ.scam("authority_impersonation", "block",
        ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "remote_control",
         "first_time_payee", "no_approval", "large_vs_usual", "vague_memo"],
        "A video-calling 'economic-crime officer' says the chairman's ID was used for money laundering and has "
        "the cashier move 600k into a 'clearing protection account' for a fund comparison, to be returned in 72 hours.",
        MJ.pay("2026-07-09 11:25",
               payee("北京华盾资产托管服务有限公司", acct("1120", 19, "mj-t34"), "中国农业银行北京丰台支行"),
               "600000", "往来款", "配合调查资金临时归集",
               instr("phone", "自称云南省公安厅经侦总队 李警官", landline("0871", "mj-t34-caller"),
                     "对方视频连线出示“协查通报”，称段国华身份证被用于注册空壳公司洗钱，公司账户涉案将被冻结。"
                     "要求把基本户可用资金临时归集到“最高检清算保护账户”（户名北京华盾资产托管服务有限公司）做资金比对，"
                     "证明清白后72小时原路退回；全程不得告知他人，需下载“警务通”会议软件共享屏幕。", True),
               "E1103", []))

MJ.legit("Hard negative: The chairman introduces on WeChat the lawyer retained for a land-lease dispute; the "
         "fee goes to the law firm's own account under a signed engagement, checked by calling the firm's listed number.",
         ["boss_role", "im_instruction", "first_time_payee"],
         MJ.pay("2026-07-10 10:40",
                payee("云南滇正律师事务所", acct("2502021388", 19, "mj-t35"), "中国工商银行昆明盘龙支行",
                      vendor_id="V-LS10", phone=landline("0871", "mj-t35")),
                "60000", "律师费", "茶园土地租赁纠纷代理费（首期）",
                instr("im", "段国华", MJ_BOSS_WX,
                      "玉香，这是我们请的滇正律所杨律师，澜沧那块茶地的租赁官司委托他们了，委托合同我签好了放在丽琼那里，"
                      "律师费首期6万按合同付到律所对公户。"),
                "E1103", ["E1102", "E1100"], contract="LS-FW-2026-007", inv=invoice(YN, "mj-t35"),
                verification=verif(landline("0871", "mj-t35"), "E1102", "2026-07-10 10:20")))

MJ.legit("Hard negative: Monthly live-stream advertising top-up paid to the contracted e-commerce agency, "
         "with last month's platform rebate netted off.",
         ["topup_words", "task_rebate_words"],
         MJ.pay("2026-07-13 15:00", mj_v08, "45000", "推广费", "7月直播投流充值（6月返点已抵扣）",
                MJ.erp("岩罕", "云茶优选 7月抖音直播间千川投流充值45,000元（充值至我司千川广告账户，平台开具发票），"
                       "6月平台返点3,200元已在对账单中抵扣｜代运营合同LS-DS-2026-001｜发票" + invoice(YN, "mj-t36")),
                "E1130", ["E1102"], contract="LS-DS-2026-001", inv=invoice(YN, "mj-t36")))

MJ.scam("fake_invoice", "flag",
        ["invoice_trade_words", "fee_words", "first_time_payee", "no_po_contract", "im_instruction",
         "evasion_pinyin"],
        "A 'tax planning' contact offers special VAT invoices for unreceipted leaf purchases at six points, and "
        "purchasing submits the 36k 'consulting fee' to the seller's trading company.",
        MJ.pay("2026-07-14 11:10",
               payee("昆明鼎盛汇商贸有限公司", acct("8800467", 18, "mj-t37"), "昆明农村商业银行"),
               "36000", "服务费", "咨询服务费",
               instr("im", "税务筹划 刘老师", wx("mj-t37"),
                     "李经理，你们收鲜叶没票的那部分，我这边可以帮你们开zp，13个点的专票按6个点收，"
                     "开60万的额度就是3.6万，转我公司户，票三天内给你们。都是正规公司开的，网上能查。"),
               "E1104", ["E1102"]))

MJ.legit("Routine: Raw-cake order from the established Shanghai tea chain, prepaid.", [], MJ.order(
    "2026-07-15 10:30", mj_c03, [("古树普洱生茶饼（357克）", "700", "饼", "150")], "email",
    "上海市静安区沁园茶业配送中心", "2026-07-22", "款到发货", "货款已付，发上海配送中心"))


# ===========================================================================
# Tenant 2: tongqu — 成都童趣树幼教管理有限公司 (private kindergarten group, Wuhou, Chengdu)
# ===========================================================================
TQ = Tenant("tongqu", "TQ-ZF", "TQ-HT", "成都童趣树幼教管理有限公司",
            acct("10013000", 17, "tq-payer"), "钉钉OA付款审批已通过：")
TENANTS.append(TQ)
TQ_MOB = "1660000"
SC = "51"

# people: 周雅琴 chairwoman E2100 · 龚明 CFO E2101 · 谢婷 cashier E2102 · 唐静 accountant E2103 ·
#         何晓燕 head principal E2105 · 蒋蕾 HR E2110 · 吴刚 facilities E2120 · 廖佳 admissions E2130 ·
#         罗敏 campus care supervisor E2140
TQ_BOSS_WX = wx("tq-boss-zhou")

tq_v01 = payee("成都蜀禾食品配送有限公司", acct("5105014261", 19, "tq-v01"), "中国建设银行成都武侯支行",
               vendor_id="V-TQ01", phone=landline("028", "tq-v01"))
tq_v02 = payee("四川童乐玩教具有限公司", acct("6224", 18, "tq-v02"), "成都农村商业银行金牛支行",
               vendor_id="V-TQ02", phone=landline("028", "tq-v02"))
tq_v03 = payee("成都浣花置业有限公司", acct("4402209", 19, "tq-v03"), "中国工商银行成都青羊支行",
               vendor_id="V-TQ03", phone=landline("028", "tq-v03"))
tq_v04 = payee("成都蓉安保安服务有限公司", acct("1230", 18, "tq-v04"), "中国银行成都高新支行",
               vendor_id="V-TQ04", phone=landline("028", "tq-v04"))
tq_v05 = payee("四川卓越人力资源服务有限公司", acct("1289", 16, "tq-v05"), "招商银行成都分行",
               vendor_id="V-TQ05", phone=landline("028", "tq-v05"))
tq_pay = payee("成都银行武侯支行（代发工资专户）", acct("10013000", 17, "tq-payroll"), "成都银行武侯支行",
               vendor_id="PAY-01")
tq_tax = payee("国家金库成都市武侯区支库", acct("10013000", 17, "tq-treasury"), "中国人民银行成都分行营业管理部",
               vendor_id="TAX-01")
tq_own = payee("成都童趣树幼教管理有限公司", acct("6224", 18, "tq-escrow"), "成都农村商业银行武侯支行（保教费监管专户）",
               vendor_id="OWN-01")

tq_c01 = cust("成都锦城智谷科技园管理有限公司", uscc("91", "510107", "tq-c01"), "吕经理",
              landline("028", "tq-c01"), "lvjl@jczg-park.com", None, "C-TQ01")
tq_c02 = cust("成都蓉北文旅发展有限公司", uscc("91", "510106", "tq-c02"), "邱经理",
              landline("028", "tq-c02"), "qiu@rongbei-travel.com", None, "C-TQ02")

# ---- history --------------------------------------------------------------

TQ.hist("Weekly canteen food delivery from the regular supplier.", TQ.pay(
    "2026-04-20 10:30", tq_v01, "68420.50", "货款", "4月第3周食材款（六园区）",
    TQ.erp("唐静", "蜀禾配送 4月第3周食材款｜配送合同TQ-CG-2026-002｜发票" + invoice(SC, "tq-h01")),
    "E2103", ["E2101"], contract="TQ-CG-2026-002", inv=invoice(SC, "tq-h01")))

TQ.hist("Monthly campus rent for three campuses to the landlord.", TQ.pay(
    "2026-04-21 14:00", tq_v03, "186000", "租金", "5月租金（锦官、浣花、玉林三园区）",
    TQ.erp("唐静", "浣花置业 5月租金｜租赁合同TQ-ZL-2024-001/002/003｜发票" + invoice(SC, "tq-h02")),
    "E2103", ["E2101", "E2100"], contract="TQ-ZL-2024-001", inv=invoice(SC, "tq-h02")))

TQ.hist("Employer childcare places for May from the tech park, on monthly terms.", TQ.order(
    "2026-04-22 11:00", tq_c01,
    [("托育服务（全日托）", "16", "人·月", "3200"), ("托育餐费", "16", "人·月", "600")], "email",
    "成都市武侯区锦城智谷园区托育点", "2026-05-01", "次月10日前对公支付", "5月园区员工子女托育名额"))

TQ.hist("Teaching aids from the regular toy supplier.", TQ.pay(
    "2026-04-24 15:30", tq_v02, "23650", "货款", "区角玩教具及绘本",
    TQ.erp("吴刚", "童乐玩教具 区角玩教具及绘本｜采购合同TQ-CG-2026-004｜发票" + invoice(SC, "tq-h04")),
    "E2120", ["E2101"], contract="TQ-CG-2026-004", inv=invoice(SC, "tq-h04")))

TQ.hist("Prepaid May tuition moved to the group's own supervised tuition account, as required each month.", TQ.pay(
    "2026-04-28 10:45", tq_own, "412800", "资金划转", "5月保教费预收款转存监管专户",
    TQ.erp("唐静", "5月保教费预收款转存保教费监管专户（成都农商银行），按区教育局民办园收费资金监管要求按月划转"),
    "E2103", ["E2101"]))

TQ.hist("Monthly security-guard service fee.", TQ.pay(
    "2026-04-29 16:00", tq_v04, "37800", "服务费", "4月保安服务费（六园区）",
    TQ.erp("吴刚", "蓉安保安 4月保安服务费｜服务合同TQ-FW-2026-001｜发票" + invoice(SC, "tq-h06")),
    "E2120", ["E2101"], contract="TQ-FW-2026-001", inv=invoice(SC, "tq-h06")))

TQ.hist("Dispatch fee for 21 dispatched care aides and kitchen staff.", TQ.pay(
    "2026-05-06 11:20", tq_v05, "118650", "劳务费", "4月保育员、厨工劳务费（21人）",
    TQ.erp("蒋蕾", "卓越人力 4月派遣人员劳务费（21人）｜劳务派遣协议TQ-LW-2026-001｜发票" + invoice(SC, "tq-h07")),
    "E2110", ["E2101"], contract="TQ-LW-2026-001", inv=invoice(SC, "tq-h07")))

TQ.hist("Weekly canteen food delivery from the regular supplier.", TQ.pay(
    "2026-05-08 10:10", tq_v01, "71305", "货款", "5月第1周食材款（六园区）",
    TQ.erp("唐静", "蜀禾配送 5月第1周食材款｜配送合同TQ-CG-2026-002｜发票" + invoice(SC, "tq-h08")),
    "E2103", ["E2101"], contract="TQ-CG-2026-002", inv=invoice(SC, "tq-h08")))

TQ.hist("April payroll through the bank's payroll account.", TQ.pay(
    "2026-05-11 15:40", tq_pay, "1032460.80", "工资", "4月工资代发（186人）",
    TQ.erp("蒋蕾", "4月工资代发（186人），工资表经董事长周雅琴（zhouyaqin@tongqushu.cn）审批"),
    "E2110", ["E2101", "E2100"]))

TQ.hist("Social insurance and withheld income tax paid to the treasury.", TQ.pay(
    "2026-05-15 10:30", tq_tax, "268914.36", "社保费", "4月社会保险费及代扣个税",
    TQ.erp("唐静", "税务部门三方协议扣缴：4月社会保险费及代扣代缴个人所得税"),
    "E2103", ["E2101"]))

TQ.hist("Employer childcare places for June from the tech park.", TQ.order(
    "2026-05-18 14:20", tq_c01,
    [("托育服务（全日托）", "18", "人·月", "3200"), ("托育餐费", "18", "人·月", "600")], "email",
    "成都市武侯区锦城智谷园区托育点", "2026-06-01", "次月10日前对公支付", "6月园区员工子女托育名额"))

TQ.hist("Group booking of summer-camp places by an established tourism company.", TQ.order(
    "2026-05-20 11:15", tq_c02, [("暑期自然探索营（5天）", "60", "人", "1680")], "email",
    "成都市金牛区蓉北文旅研学基地", "2026-07-13", "预付50%，开营前付清", "员工子女暑期营第一批"))

TQ.hist("Weekly canteen food delivery from the regular supplier.", TQ.pay(
    "2026-05-22 10:40", tq_v01, "66980", "货款", "5月第3周食材款（六园区）",
    TQ.erp("唐静", "蜀禾配送 5月第3周食材款｜配送合同TQ-CG-2026-002｜发票" + invoice(SC, "tq-h13")),
    "E2103", ["E2101"], contract="TQ-CG-2026-002", inv=invoice(SC, "tq-h13")))

TQ.hist("Prepaid June tuition moved to the group's own supervised tuition account.", TQ.pay(
    "2026-05-26 15:10", tq_own, "398600", "资金划转", "6月保教费预收款转存监管专户",
    TQ.erp("唐静", "6月保教费预收款转存保教费监管专户（成都农商银行），按区教育局民办园收费资金监管要求按月划转"),
    "E2103", ["E2101"]))

TQ.hist("Outdoor play equipment parts from the regular toy supplier.", TQ.pay(
    "2026-05-27 11:30", tq_v02, "18420", "货款", "户外玩具配件",
    TQ.erp("吴刚", "童乐玩教具 户外玩具配件｜采购合同TQ-CG-2026-004｜发票" + invoice(SC, "tq-h15")),
    "E2120", ["E2101"], contract="TQ-CG-2026-004", inv=invoice(SC, "tq-h15")))

# ---- test -----------------------------------------------------------------

TQ.legit("Routine: Weekly canteen food delivery from the regular supplier.", [], TQ.pay(
    "2026-06-01 10:20", tq_v01, "69874", "货款", "5月第4周食材款（六园区）",
    TQ.erp("唐静", "蜀禾配送 5月第4周食材款｜配送合同TQ-CG-2026-002｜发票" + invoice(SC, "tq-t01")),
    "E2103", ["E2101"], contract="TQ-CG-2026-002", inv=invoice(SC, "tq-t01")))

TQ.scam("fake_salary", "flag",
        ["subsidy_words", "fee_words", "authority_words", "personal_account", "first_time_payee",
         "email_instruction", "free_mail", "urgency", "secrecy_words"],
        "A 'forwarded labour-bureau notice' from a free-mail HR address promises each teacher a 3,600 subsidy "
        "via a QR code and asks the group to pay a 68-per-head 'verification fee' to a named official's personal account.",
        TQ.pay("2026-06-01 16:40",
               payee("王建华", acct("621799", 19, "tq-t02-card"), "中国邮政储蓄银行成都分行", "personal"),
               "12648", "手续费", "2026年上半年幼教岗位补贴申领核验费（186人）",
               instr("email", "人力资源部（转发：市人社局）", "hr-tongqushu@126.com",
                     "各园财务、人事：\n"
                     "根据《关于发放2026年上半年学前教育从业人员岗位补贴的通知》，我园在职教职工每人可领取补贴3600元。"
                     "为加快审核，请单位于48小时内按每人68元统一缴纳信息核验费至人社局指定经办人账户（王建华 邮储银行），"
                     "逾期视为自动放弃。\n"
                     "领取方式：扫描附件二维码，填写本人银行卡号、卡内余额及短信验证码。\n"
                     "此通知仅限内部传阅，请勿外传。", True),
               "E2110", ["E2101"]))

TQ.legit("Hard negative: A district education-bureau teacher subsidy already received by the group is paid "
         "on to 186 teachers through the bank's payroll account, citing the bureau's notice.",
         ["subsidy_words", "authority_words"],
         TQ.pay("2026-06-02 11:30", tq_pay, "223200", "补贴", "代发2026年春季学期普惠园教师岗位补助（186人）",
                TQ.erp("蒋蕾", "武侯区教育局《关于拨付2026年春季学期普惠性民办幼儿园教师岗位补助资金的通知》（武教发〔2026〕58号），"
                       "补助资金223,200元已于5月29日由区财政国库集中支付拨入我司基本户，按区教育局审核名册（186人）"
                       "通过成都银行代发专户发放至教师本人工资卡，不收取任何费用"),
                "E2110", ["E2101", "E2100"]))

TQ.scam("boss_impersonation", "block",
        ["im_instruction", "new_contact", "balance_probe", "bypass_process", "deposit_words", "first_time_payee",
         "no_approval", "boss_role", "urgency", "cannot_call"],
        "In a DingTalk group created that day, voice messages from the 'chairwoman' ask the cashier for "
        "screenshots of both balances and then a 320k lease deposit for a new campus, approval to be added later.",
        TQ.pay("2026-06-03 12:35",
               payee("成都双流瑞祥置业有限公司", acct("6225", 19, "tq-t04"), "四川天府银行成都双流支行"),
               "320000", "押金", "双流新园区租赁押金",
               instr("im", "周雅琴", "钉钉群：童趣树核心管理群（当日新建，群主“周雅琴”）",
                     "周雅琴：@谢婷 在吗\n"
                     "谢婷：周总我在\n"
                     "周雅琴：[语音 0:21 转文字] 我这边陪区里领导看双流那个新园址，说话不方便。你把两个公户现在能用的钱截个图发群里，我算一下\n"
                     "谢婷：[图片] 成都银行基本户可用87.6万，农商行一般户23.1万\n"
                     "周雅琴：好。房东今天要收32万押金才肯签，不然就租给隔壁早教机构了，你先打过去，审批我晚上回来在钉钉上补。"
                     "龚总在开会，不用等他", True),
               "E2102", []))

TQ.legit("Routine: Employer childcare places for July from the tech park.", [], TQ.order(
    "2026-06-04 10:15", tq_c01,
    [("托育服务（全日托）", "19", "人·月", "3200"), ("托育餐费", "19", "人·月", "600")], "email",
    "成都市武侯区锦城智谷园区托育点", "2026-07-01", "次月10日前对公支付", "7月园区员工子女托育名额"))

TQ.scam("task_rebate", "block",
        ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval",
         "evasion_spacing"],
        "A campus care supervisor asks the cashier to send 12.8k of petty cash to a Guangxi personal card for "
        "'picture books', but the chat she pastes is a task-scam 'mentor' demanding an unfreezing top-up.",
        TQ.pay("2026-06-05 17:10",
               payee("覃海燕", acct("621700", 19, "tq-t06-card"), "中国建设银行南宁分行", "personal"),
               "12800", "采购", "绘本采购（锦官园）",
               instr("im", "罗敏（锦官园保育主任）", wx("tq-luomin"),
                     "谢老师，园里急着买一批绘本，麻烦从备用金里先转12800到这个卡，发票后补。\n"
                     "（附截图文字）导师小雨：亲，您第3单卡单了，系统判定操作超时，需要再充值12800才能解 冻，"
                     "解 冻后本金和佣金4680一起提现哦～", True),
               "E2140", []))

TQ.legit("Hard negative: May payroll through the bank's payroll account, including board-approved pay rises "
         "and two new hires who registered their own cards in the HR self-service system.",
         ["payroll_change"],
         TQ.pay("2026-06-08 10:45", tq_pay, "1068932.40", "工资", "5月工资代发（188人，含23名教师调薪）",
                TQ.erp("蒋蕾", "5月工资代发（188人）｜工资表已经人事、财务双审｜其中23名教师自5月起按董事会《2026年教师薪酬调整方案》"
                       "调薪，调整明细已在HR系统生效｜2名新入职员工的工资卡由本人在HR自助端绑定并上传银行卡照片"),
                "E2110", ["E2101", "E2100"]))

TQ.scam("fake_salary", "block",
        ["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "email_instruction",
         "free_mail", "secrecy_words"],
        "An English e-mail from a free-mail address in a foreign teacher's name asks HR to pay her separately "
        "run May salary to a 'friend's' card and not to tell the head principal.",
        TQ.pay("2026-06-08 15:20",
               payee("李雪", acct("622660", 19, "tq-t08-card"), "中国光大银行成都分行", "personal"),
               "14500", "工资", "5月外籍教师工资（Emily Carter，单独发放）",
               instr("email", "Emily Carter", "emily.carter.teach@gmail.com",
                     "Hi Jiang Lei,\n"
                     "My ICBC card got frozen after I sent money home and the bank says it will take weeks to fix. "
                     "Could you pay my May salary to my friend's card instead? Name: 李雪, China Everbright Bank, "
                     "card number in the attachment. I'll sort out my own account later. Sorry for the trouble, and "
                     "please don't mention it to Principal He, it's a bit embarrassing.\n"
                     "Thanks,\nEmily"),
               "E2110", ["E2101"]))

TQ.legit("Routine: Utilities and property charges recharged by the campus landlord.", [], TQ.pay(
    "2026-06-09 11:10", tq_v03, "23460", "物业费", "5月园区水电及物业分摊费（三园区）",
    TQ.erp("唐静", "浣花置业 5月水电及物业分摊｜租赁合同TQ-ZL-2024-001｜发票" + invoice(SC, "tq-t09")),
    "E2103", ["E2101"], contract="TQ-ZL-2024-001", inv=invoice(SC, "tq-t09")))

TQ.scam("authority_impersonation", "flag",
        ["authority_words", "fee_words", "personal_account", "first_time_payee", "urgency"],
        "An SMS 'from the district education bureau' says the annual licence inspection is overdue and asks for "
        "a 6,800 review and fire-assessment fee to a section clerk's personal account.",
        TQ.pay("2026-06-10 14:40",
               payee("王志刚", acct("622848", 19, "tq-t10-card"), "中国农业银行成都金牛支行", "personal"),
               "6800", "年检费", "2025年度办学许可证年检审核费及消防评估费",
               instr("sms", "自称武侯区教育局民办教育科", landline("028", "tq-t10-caller"),
                     "【武侯区教育局】童趣树幼儿园：你园2025年度民办学校年检材料逾期未报，需在6月12日前缴纳年检审核费及消防评估费"
                     "共6800元至民办科经办人账户（王志刚 农行），逾期将暂停招生资格并列入年检不合格名单。咨询王老师。", True),
               "E2105", ["E2101"]))

TQ.legit("Hard negative: A market-regulation fine under a written penalty decision, paid with the decision's "
         "payment code to the district finance bureau's non-tax revenue account.",
         ["authority_words", "first_time_payee"],
         TQ.pay("2026-06-11 10:35",
                payee("成都市武侯区财政局非税收入汇缴结算户", acct("10013000", 17, "tq-t11"), "成都银行武侯支行"),
                "5000", "罚款", "行政处罚罚款（武市监处罚〔2026〕312号）",
                TQ.erp("唐静", "武侯区市场监督管理局《行政处罚决定书》（武市监处罚〔2026〕312号）：锦官园食堂食品留样记录不全，罚款5,000元。"
                       "按决定书载明的非税收入缴款码通过四川省非税收入缴款平台缴入区财政非税结算户"),
                "E2103", ["E2101", "E2100"]))

TQ.scam("fake_invoice", "flag",
        ["lookalike_company", "first_time_payee", "email_instruction", "free_mail", "no_po_contract"],
        "A 'second instalment' invoice for a playground slide arrives by free mail from a company whose name swaps "
        "two characters of the regular toy supplier; no such contract or delivery exists.",
        TQ.pay("2026-06-12 11:25",
               payee("四川童乐教玩具有限公司", acct("6226", 19, "tq-t12"), "中国民生银行成都分行"),
               "48600", "货款", "户外大型组合滑梯二期款",
               instr("email", "四川童乐 销售部 陈经理", "tongle_jwj@163.com",
                     "唐会计您好：贵园双流新园区户外大型组合滑梯已按合同安装完毕，附件是二期款发票（48,600元）和验收单，"
                     "请于本周内安排付款至发票所列账户。如有疑问请回复本邮件。"),
               "E2103", ["E2101"], inv=invoice(SC, "tq-t12")))

TQ.legit("Routine: Monthly security-guard service fee.", [], TQ.pay(
    "2026-06-15 10:05", tq_v04, "37800", "服务费", "5月保安服务费（六园区）",
    TQ.erp("吴刚", "蓉安保安 5月保安服务费｜服务合同TQ-FW-2026-001｜发票" + invoice(SC, "tq-t13")),
    "E2120", ["E2101"], contract="TQ-FW-2026-001", inv=invoice(SC, "tq-t13")))

TQ.legit("Hard negative: The monthly transfer of prepaid tuition into the group's own bank-supervised "
         "tuition account, the same payee as every month.",
         ["safe_account_words"],
         TQ.pay("2026-06-15 14:30", tq_own, "405300", "资金划转", "7月保教费预收款转存监管专户",
                TQ.erp("唐静", "7月保教费预收款转存保教费监管专户（成都农商银行），按区教育局《民办幼儿园收费资金监管办法》要求，"
                       "预收保教费须全额存入监管专户，按月拨付"),
                "E2103", ["E2101"]))

TQ.scam("boss_impersonation", "flag",
        ["im_instruction", "cannot_call", "secrecy_words", "bypass_process", "middleman_fee", "personal_account",
         "first_time_payee", "no_approval", "boss_role"],
        "Transcribed voice messages from the chairwoman's own, hijacked, WeChat ask the accountant to pay a 58k "
        "'coordination fee' for admission quotas to a personal card, outside DingTalk and without telling the CFO.",
        TQ.pay("2026-06-16 11:50",
               payee("刘建明", acct("622202", 19, "tq-t15-card"), "中国工商银行成都金牛支行", "personal"),
               "58000", "服务费", "秋季招生协调费",
               instr("im", "周雅琴", TQ_BOSS_WX,
                     "[语音 0:09 转文字] 唐静，我在开家长会，不方便接电话。\n"
                     "[语音 0:17 转文字] 教育局那边一个朋友帮我们协调了秋季两个普惠园的学位指标，人家要意思一下，五万八，"
                     "转到这个卡上，刘建明。这个不要走钉钉，也不要跟龚总说，回头我自己处理票的事。"),
               "E2103", []))

TQ.legit("Hard negative: A police sub-bureau trade union books summer-camp places for officers' children, "
         "with half prepaid to the group's account and the rest through its purchasing process.",
         ["institution_claim", "authority_words", "new_customer"],
         TQ.order("2026-06-17 10:25",
                  cust("成都市公安局锦城分局工会委员会", uscc("81", "510107", "tq-t16"), "刘警官",
                       landline("028", "tq-t16"), "ghbgs@jcfj-gh.org.cn"),
                  [("暑期自然探索营（5天）", "32", "人", "1680")], "email",
                  "成都市金牛区蓉北文旅研学基地", "2026-07-20", "预付50%（已到账），开营前付清",
                  "分局工会为民警子女团购暑期营名额，已按报价单预付26,880元至贵司基本户（回单号0616-0447），"
                  "合同走工会采购流程，发票开工会委员会。"))

TQ.scam("fake_order", "block",
        ["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
         "contact_im_only"],
        "A WeChat-only 'fire station' books a fire-safety camp and asks us to pay its usual shop for 40 child "
        "firefighter suits first, citing a transfer screenshot 'arriving this afternoon'.",
        TQ.order("2026-06-18 15:40",
                 cust("成都市某区消防救援站", None, "陈指导员", mobile(TQ_MOB, "tq-t17"), None, wx("tq-t17")),
                 [("消防安全主题夏令营（3天）", "40", "人", "980")], "im",
                 "成都市某区消防救援站训练场", "2026-07-08", "站里财务对公转账（截图已发）",
                 "站里给消防员子女办的夏令营，40个孩子。营服要统一穿儿童消防服，我们一直在蓉消买，麻烦你们先把40套的钱（27600）"
                 "付给蓉消，他们直接送到营地。我们的营费和服装费已经对公转过去了，回单截图发你了，银行说下午到。",
                 third_party=third("成都蓉消安防器材经营部", mobile(TQ_MOB, "tq-t17-shop"),
                                   "designated_supplier", "27600")))

TQ.scam("account_change", "block",
        ["account_changed_recent", "personal_account", "payee_name_mismatch", "first_time_payee",
         "im_instruction", "new_contact", "account_change_words", "evasion_pinyin"],
        "The campus landlord's 'cashier' says rent now goes to the legal representative's personal card 'for tax "
        "reasons'; the vendor master was re-keyed four days before this first rent payment to it.",
        TQ.pay("2026-06-22 11:45",
               payee("李浣", acct("622848", 19, "tq-t18-card"), "中国农业银行成都青羊支行", "personal",
                     vendor_id="V-TQ03", phone=tq_v03["phone"]),
               "186000", "租金", "7月租金（锦官、浣花、玉林三园区）",
               instr("im", "浣花置业 出纳小何", wx("tq-t18"),
                     "谢会计好，跟您说一下，我们公司税务上在做筹划，从7月起租金不走dgzh了，统一打到我们法人李浣总的个人卡上，"
                     "发票照开。变更函我们老板签了字，照片发你。系统里的账户麻烦你们改一下哈。"),
               "E2102", ["E2101", "E2100"], contract="TQ-ZL-2024-001", changed="2026-06-18 17:30"))

TQ.legit("Hard negative: First payment to the food supplier's new account, changed on a stamped notice and "
         "confirmed by calling the supplier's landline on file.",
         ["account_changed_recent", "first_time_payee", "account_change_words"],
         TQ.pay("2026-06-23 10:50",
                payee("成都蜀禾食品配送有限公司", acct("6224", 18, "tq-v01-new"), "成都农村商业银行武侯支行",
                      vendor_id="V-TQ01", phone=tq_v01["phone"]),
                "70236", "货款", "6月第3周食材款（六园区）",
                TQ.erp("唐静", "蜀禾配送 6月第3周食材款｜配送合同TQ-CG-2026-002｜收款账户变更：6月5日收到蜀禾盖章《收款账户变更通知》"
                       "（原建行账户因贷款银行调整销户），出纳按供应商档案座机回拨蜀禾财务主管确认，新账户户名与合同主体一致｜发票"
                       + invoice(SC, "tq-t19")),
                "E2103", ["E2101"], contract="TQ-CG-2026-002", inv=invoice(SC, "tq-t19"),
                changed="2026-06-05 10:20",
                verification=verif(tq_v01["phone"], "E2102", "2026-06-05 15:00")))

TQ.scam("fake_salary", "block",
        ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
        "Structural only: nine casual camp assistants' fees go in one payment to a single private card whose "
        "holder is not on the assistant list, under a bland approval text.",
        TQ.pay("2026-06-24 10:30",
               payee("何俊", acct("621483", 16, "tq-t20-card"), "招商银行成都分行", "personal"),
               "16200", "劳务费", "夏令营外聘助教岗前培训劳务费（9人）",
               TQ.erp("蒋蕾", "夏令营外聘助教岗前培训劳务费（9人，每人1,800元），劳务明细表见附件"),
               "E2110", ["E2101"]))

TQ.legit("Routine: Second group booking of summer-camp places by the established tourism company.", [], TQ.order(
    "2026-06-25 14:10", tq_c02, [("暑期自然探索营（5天）", "45", "人", "1680")], "email",
    "成都市金牛区蓉北文旅研学基地", "2026-07-27", "预付50%，开营前付清", "员工子女暑期营第二批"))

TQ.scam("contract_fraud", "flag",
        ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "unusual_bank_region"],
        "A three-month-old 'education group' banking in Harbin offers to get two campuses bought out as public "
        "kindergartens if a 150k brand-cooperation deposit is paid before any agreement.",
        TQ.pay("2026-06-26 11:20",
               payee("北京金色童年教育科技集团有限公司", acct("2305", 19, "tq-t22"), "中国建设银行哈尔滨道里支行"),
               "150000", "保证金", "品牌合作保证金（普惠园转公办名额）",
               TQ.erp("龚明", "北京金色童年教育科技集团称与多地教育局合作“民办园转公办”试点，可为我司争取2个园区转为公办并获财政回购"
                      "（预计每园800万元），签订《战略合作框架协议》前须缴纳品牌合作保证金15万元；经查该公司2026年3月成立，"
                      "注册资本未实缴，开户行在哈尔滨"),
               "E2101", ["E2100"]))

TQ.legit("Hard negative: A tender deposit for running a public kindergarten, paid to the account named in the "
         "public-resource trading centre's announcement.",
         ["deposit_words", "first_time_payee"],
         TQ.pay("2026-06-29 10:40",
                payee("成都市双流区公共资源交易服务中心", acct("10013000", 17, "tq-t23"), "成都银行双流支行"),
                "50000", "投标保证金", "双流区公办幼儿园委托办园项目投标保证金",
                TQ.erp("龚明", "双流区教育局“2026年公办幼儿园委托管理服务”（项目编号SL-GGZY-2026-0611）投标保证金5万元，"
                       "按招标公告第七条载明账户缴纳，未中标原路退还，不接受个人账户缴纳"),
                "E2101", ["E2100"]))

TQ.scam("account_lending", "block",
        ["account_lending_words", "new_customer", "large_first_order", "third_party_payer"],
        "A new study-tour firm proposes that parents pay camp fees into the group's account and that the group "
        "forwards 95% to it, openly asking to borrow the corporate account because its own is limited.",
        TQ.order("2026-06-29 16:15",
                 cust("成都星河研学旅行有限公司", uscc("91", "510104", "tq-t24"), "邓总",
                      mobile(TQ_MOB, "tq-t24"), None, wx("tq-t24")),
                 [("暑期研学营联合招生名额", "120", "人", "2980")], "im",
                 "成都市锦江区星河研学营地", "2026-07-15", "家长缴费至贵司账户，扣除5%后转付我司",
                 "我们的研学营借你们幼儿园的名义招生，家长报名费统一交到你们公户，你们留5个点，剩下的转给我们。"
                 "我们公户最近被限额了，借你们公户过一下账，都是正常的报名费，放心。",
                 third_party=third("成都星河研学旅行有限公司", mobile(TQ_MOB, "tq-t24"),
                                   "pass_through_payee", "339720")))

TQ.scam("advance_fee", "flag",
        ["fee_words", "subsidy_words", "first_time_payee", "no_po_contract", "urgency", "im_instruction"],
        "A 'capital consultancy' promises a regional equity-exchange listing and a 3-million listing subsidy if a "
        "48k first-stage coaching fee arrives this week.",
        TQ.pay("2026-06-30 11:30",
               payee("成都汇融资本咨询有限公司", acct("1135", 18, "tq-t25"), "华夏银行成都分行"),
               "48000", "服务费", "区域股权市场挂牌辅导服务费（首期）",
               instr("im", "汇融资本 钟总监", mobile(TQ_MOB, "tq-t25"),
                     "钟总监：周总您好，按上午电话沟通的，贵集团在区域股权交易中心“专精特新板”挂牌我们包办，"
                     "挂牌后可以申请市里的挂牌补贴最高300万，补贴下来我们只收10%。挂牌辅导首期服务费4.8万需本周内到账，"
                     "我们才能排进7月那批审核，名额只有5个。", True),
               "E2101", ["E2100"]))

TQ.legit("Hard negative: The chairwoman urges on WeChat that a fire-inspection fee be paid today before "
         "tomorrow's acceptance check; the firm is under contract and the payment has two approvals.",
         ["im_instruction", "urgency", "boss_role", "first_time_payee"],
         TQ.pay("2026-07-01 10:20",
                payee("四川蜀安消防技术服务有限公司", acct("5105014288", 19, "tq-t26"), "中国建设银行成都高新支行",
                      vendor_id="V-TQ08", phone=landline("028", "tq-t26")),
                "18600", "检测费", "双流新园区消防设施检测及电气检测费",
                instr("im", "周雅琴", TQ_BOSS_WX,
                      "周雅琴：龚明，双流新园明天上午消防验收，检测报告今天必须出，蜀安那边要先结检测费才给盖章报告，"
                      "你今天一定帮我付掉。合同吴刚那里有。", True),
                "E2120", ["E2101", "E2100"], contract="TQ-FW-2026-014", inv=invoice(SC, "tq-t26")))

TQ.scam("fake_invoice", "flag",
        ["renewal_bill", "first_time_payee", "letter_instruction", "urgency", "no_po_contract"],
        "A 'brand resource dispute notice' warns that another firm is registering the group's name as a Chinese "
        "domain and demands a 3,980 'protection renewal' within seven working days.",
        TQ.pay("2026-07-02 14:45",
               payee("北京华网中文域名服务中心", acct("0109", 18, "tq-t27"), "北京农村商业银行海淀支行"),
               "3980", "续费", "中文域名“童趣树幼儿园”及通用网址年度续费",
               instr("letter", "中国互联网品牌保护审核中心（北京华网）", landline("010", "tq-t27"),
                     "《品牌资源争议审核通知函》贵单位：近日我中心收到“成都启迪童趣教育咨询有限公司”申请注册“童趣树幼儿园”"
                     "中文域名及通用网址，经审核与贵单位品牌存在冲突。贵单位作为商标持有人享有优先保护权，须在7个工作日内缴纳"
                     "年度保护续费3,980元，逾期将视为自动放弃，该名称将由申请方注册。", True),
               "E2130", ["E2101"]))

TQ.legit("Hard negative: Unused tuition refunded to a withdrawing pupil's parent, back to the same card the "
         "fees were paid from.",
         ["refund_words", "personal_account", "first_time_payee"],
         TQ.pay("2026-07-03 10:55",
                payee("张丽", acct("621483", 16, "tq-t28-card"), "招商银行成都分行", "personal"),
                "9360", "退款", "退园学生7—8月保教费原路退回",
                TQ.erp("唐静", "锦官园小二班王子涵（家长张丽）因随迁转学，按《保教费收退费办法》退还7—8月未入园保教费9,360元，"
                       "原路退回家长缴费时使用的招商银行卡（缴费流水0412-2231，卡号与缴费记录一致），家长已签退费申请表"),
                "E2103", ["E2101", "E2105"]))

TQ.scam("task_rebate", "block",
        ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "evasion_pinyin",
         "off_hours", "no_approval"],
        "On a Monday night the admissions officer submits an 8.6k 'promotion fee' to a Chongqing personal card; "
        "the pasted chat is a 'merchant service' demanding an advance for a linked task.",
        TQ.pay("2026-07-06 21:35",
               payee("刘晓庆", acct("621799", 19, "tq-t29-card"), "中国邮政储蓄银行重庆分行", "personal"),
               "8600", "推广费", "招生推广费",
               instr("im", "小红书商家客服 糖糖", wx("tq-t29"),
                     "亲，您已完成第1单任务，佣金186元已返到您账户～第2单是联单任务，需先垫fu 8600元，转到财务专员卡上，"
                     "完成后本金加佣金10320元一起提现。温馨提示：备注请写“推广费”，不要写返佣哦。"),
               "E2130", []))

TQ.legit("Hard negative: Monthly dispatch fee for 21 dispatched care aides and cooks, paid to the licensed "
         "dispatch firm that pays their wages.",
         ["payee_shared_by_employees"],
         TQ.pay("2026-07-07 11:05", tq_v05, "121380", "劳务费", "6月保育员、厨工劳务费（21人，含工资及社保）",
                TQ.erp("蒋蕾", "卓越人力 6月派遣人员（保育员9人、厨工12人）劳务费｜劳务派遣协议TQ-LW-2026-001｜"
                       "派遣人员工资由卓越人力发放，考勤表经各园园长签字｜发票" + invoice(SC, "tq-t30")),
                "E2110", ["E2101"], contract="TQ-LW-2026-001", inv=invoice(SC, "tq-t30")))

TQ.legit("Routine: June payroll through the bank's payroll account.", [], TQ.pay(
    "2026-07-08 15:30", tq_pay, "1071204.60", "工资", "6月工资代发（189人）",
    TQ.erp("蒋蕾", "6月工资代发（189人），工资表已审批"),
    "E2110", ["E2101", "E2100"]))

TQ.scam("boss_impersonation", "block",
        ["email_instruction", "lookalike_domain", "balance_probe", "secrecy_words", "bypass_process",
         "first_time_payee", "no_approval", "boss_role", "large_vs_usual"],
        "An e-mail thread from a look-alike of the chairwoman's domain first asks the CFO for both balances and "
        "then for a 420k down payment on a kindergarten acquisition, board papers to follow and nothing said internally.",
        TQ.pay("2026-07-09 10:25",
               payee("成都温江金苗幼教投资有限公司", acct("7411", 19, "tq-t32"), "中信银行成都分行"),
               "420000", "股权转让款", "温江某幼儿园股权收购首付款",
               instr("email", "周雅琴", "zhouyaqin@tongqushu-edu.cn",
                     "龚总监：\n请把今天基本户和一般户的可用余额回复我一下。\n周雅琴\n\n"
                     "——\n龚明：周总，基本户可用91.2万，一般户22.4万。\n——\n\n"
                     "龚总监：\n温江那家幼儿园的股权收购谈妥了，对方要求今天先付42万首付款锁定，账户见下。"
                     "协议和董事会决议我周末带回来补，此事在公告前请勿在集团内部讨论。\n周雅琴\n发自我的iPad", True),
               "E2101", []))

TQ.scam("authority_impersonation", "block",
        ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
         "no_approval", "urgency", "large_vs_usual"],
        "A caller posing as a provincial social-security audit office orders the group's funds into a "
        "'social-insurance custody reconciliation account' for comparison, to be returned within 48 hours.",
        TQ.pay("2026-07-10 11:15",
               payee("成都社保资金托管结算有限公司", acct("2281", 19, "tq-t33"), "中国农业银行绵阳分行"),
               "380000", "往来款", "社保基金专项稽核资金比对",
               instr("phone", "自称四川省社保局稽核处 赵科长", landline("028", "tq-t33-caller"),
                     "来电人称：贵单位2025年度社保缴费基数申报异常，涉嫌套取社保补贴，已启动社保基金专项稽核。"
                     "需在今日16点前将单位账户资金转入“社保资金托管核对账户”进行比对，核对无误48小时内原路返还，"
                     "否则冻结单位账户并移送公安。稽核期间严禁对外透露，包括单位负责人。", True),
               "E2102", []))

TQ.legit("Hard negative: Social-insurance arrears found in an audit notice, paid to the treasury through the "
         "tax department's tripartite debit.",
         ["authority_words"],
         TQ.pay("2026-07-13 10:40", tq_tax, "46218.72", "社保费", "2025年度社保缴费基数稽核补缴",
                TQ.erp("唐静", "成都市社保局稽核通知（成社稽〔2026〕0716号）：2025年度部分岗位缴费基数申报偏低，补缴社会保险费"
                       "46,218.72元（不含滞纳金），通过税务部门社保费征收系统三方协议扣缴入国库"),
                "E2103", ["E2101", "E2100"]))

TQ.legit("Hard negative: A new employer buys 24 childcare places with the first quarter already paid into "
         "the group's account under a stamped contract.",
         ["new_customer", "large_first_order"],
         TQ.order("2026-07-14 14:20",
                  cust("成都锦程云算科技有限公司", uscc("91", "510107", "tq-t35"), "范经理",
                       landline("028", "tq-t35"), "hr@jcyunsuan.com"),
                  [("托育服务（全日托）", "24", "人·月", "3200"), ("托育餐费", "24", "人·月", "600")], "email",
                  "成都市武侯区锦城智谷园区托育点", "2026-08-01", "按季度预付（首季度已到账）",
                  "我司为员工子女采购企业托育名额，首季度费用273,600元已于7月13日汇入贵司基本户（回单号0713-5521），合同已盖章。"))

TQ.legit("Routine: Employer childcare places for August from the tech park.", [], TQ.order(
    "2026-07-15 10:10", tq_c01,
    [("托育服务（全日托）", "19", "人·月", "3200"), ("托育餐费", "19", "人·月", "600")], "email",
    "成都市武侯区锦城智谷园区托育点", "2026-08-01", "次月10日前对公支付", "8月园区员工子女托育名额"))


# ===========================================================================
# Tenant 3: saihan — 鄂尔多斯市赛汉矿山设备租赁有限公司 (mining-equipment rental, Dongsheng, Ordos)
# ===========================================================================
SH = Tenant("saihan", "SH-ZJ", "SH-DD", "鄂尔多斯市赛汉矿山设备租赁有限公司",
            acct("05430101040", 17, "sh-payer"), "浪潮GS付款单：")
TENANTS.append(SH)
SH_MOB = "1840000"
NM = "15"

# people: 巴特尔 chairman E3100 · 高志刚 general manager E3101 · 刘玉芬 finance manager E3102 ·
#         乌云 cashier E3103 · 张海燕 accountant E3104 · 王建军 equipment manager E3110 ·
#         赵鹏 equipment buyer E3111 · 苏和 sales manager E3120 · 李娜 HR and admin E3130
SH_BOSS_WX = wx("sh-boss-bateer")

sh_v01 = payee("包头市重科工程机械配件有限公司", acct("1505016071", 19, "sh-v01"), "中国建设银行包头昆区支行",
               vendor_id="V-SH01", phone=landline("0472", "sh-v01"))
sh_v02 = payee("鄂尔多斯市东胜区蒙顺石化销售有限公司", acct("8811", 18, "sh-v02"), "鄂尔多斯农村商业银行东胜支行",
               vendor_id="V-SH02", phone=landline("0477", "sh-v02"))
sh_v03 = payee("内蒙古蒙银融资租赁有限公司", acct("1502", 18, "sh-v03"), "中国银行呼和浩特新华支行",
               vendor_id="V-SH03", phone=landline("0471", "sh-v03"))
sh_v04 = payee("鄂尔多斯市安达拖运服务有限公司", acct("05430101040", 17, "sh-v04-new"), "中国农业银行鄂尔多斯东胜支行",
               vendor_id="V-SH04", phone=landline("0477", "sh-v04"))
SH_V04_CHANGED = "2026-03-10 10:15"
sh_v05 = payee("鄂尔多斯市驰远机械维修有限公司", acct("8812", 18, "sh-v05"), "鄂尔多斯农村商业银行康巴什支行",
               vendor_id="V-SH05", phone=landline("0477", "sh-v05"))
sh_v06 = payee("鄂尔多斯市东胜区固德轮胎经销有限公司", acct("1062", 18, "sh-v06"), "内蒙古银行鄂尔多斯分行",
               vendor_id="V-SH06", phone=landline("0477", "sh-v06"))
sh_pay = payee("中国银行鄂尔多斯分行（代发工资专户）", acct("1523", 18, "sh-payroll"), "中国银行鄂尔多斯分行",
               vendor_id="PAY-01")
sh_tax = payee("国家金库鄂尔多斯市东胜区支库", acct("05430101040", 17, "sh-treasury"), "中国人民银行鄂尔多斯市分行",
               vendor_id="TAX-01")

sh_c01 = cust("准格尔旗宏远煤炭有限责任公司", uscc("91", "150622", "sh-c01"), "刘经理",
              landline("0477", "sh-c01"), "liujl@hongyuan-coal.com", None, "C-SH01")
sh_c02 = cust("内蒙古蒙达土石方工程有限公司", uscc("91", "150602", "sh-c02"), "乔工",
              landline("0477", "sh-c02"), "qiaogong@mengda-ts.com", None, "C-SH02")
sh_c03 = cust("伊金霍洛旗红庆河矿业服务有限公司", uscc("91", "150627", "sh-c03"), "郝经理",
              landline("0477", "sh-c03"), "haojl@hqh-mining.com", None, "C-SH03")

EXC = "挖掘机租赁（36吨级，含操作手）"
TRK = "矿用自卸车租赁（60吨级，含司机）"
LDR = "装载机租赁（5吨级）"
DRL = "潜孔钻机租赁"

# ---- history --------------------------------------------------------------

SH.hist("Monthly excavator and dump-truck rental for an established open-pit coal mine.", SH.order(
    "2026-04-20 10:50", sh_c01, [(EXC, "4", "台·月", "68000"), (TRK, "6", "台·月", "42000")], "erp",
    "准格尔旗薛家湾镇宏远煤矿露天采区", "2026-04-25", "月结（次月15日前）", "5月设备续租"))

SH.hist("Diesel for the rental fleet from the regular fuel supplier.", SH.pay(
    "2026-04-21 11:30", sh_v02, "186450", "货款", "4月中旬0号柴油款",
    SH.erp("赵鹏", "蒙顺石化 4月中旬柴油款｜供油合同SH-CG-2026-002｜发票" + invoice(NM, "sh-h02")),
    "E3111", ["E3102", "E3101"], contract="SH-CG-2026-002", inv=invoice(NM, "sh-h02")))

SH.hist("Monthly finance-lease instalment for the excavator fleet.", SH.pay(
    "2026-04-23 15:10", sh_v03, "238600", "租金", "融资租赁第12期租金",
    SH.erp("刘玉芬", "蒙银融资租赁 第12期租金｜融资租赁合同MYZL-2025-0318｜发票" + invoice(NM, "sh-h03")),
    "E3102", ["E3101"], contract="MYZL-2025-0318", inv=invoice(NM, "sh-h03")))

SH.hist("Spare parts from the regular parts dealer.", SH.pay(
    "2026-04-24 10:40", sh_v01, "64320", "货款", "挖掘机斗齿、液压油管等配件",
    SH.erp("赵鹏", "重科配件 斗齿、液压油管等｜采购合同SH-CG-2026-004｜发票" + invoice(NM, "sh-h04")),
    "E3111", ["E3110", "E3102"], contract="SH-CG-2026-004", inv=invoice(NM, "sh-h04")))

SH.hist("Low-bed transport of equipment, paid to the carrier's account changed in March.", SH.pay(
    "2026-04-27 14:25", sh_v04, "18600", "运费", "挖掘机转场拖运费（东胜—薛家湾）",
    SH.erp("赵鹏", "安达拖运 转场拖运费｜运输合同SH-WL-2026-001｜发票" + invoice(NM, "sh-h05")),
    "E3111", ["E3102"], contract="SH-WL-2026-001", inv=invoice(NM, "sh-h05"), changed=SH_V04_CHANGED))

SH.hist("Loader and excavator rental for an established earthworks contractor.", SH.order(
    "2026-04-28 11:15", sh_c02, [(LDR, "3", "台·月", "26000"), (EXC, "2", "台·月", "68000")], "erp",
    "鄂尔多斯市东胜区铜川镇蒙达二期土方工地", "2026-05-01", "月结（次月15日前）", "5月设备续租"))

SH.hist("Mining tyres from the regular tyre dealer.", SH.pay(
    "2026-04-29 16:05", sh_v06, "45800", "货款", "矿卡轮胎款（7条）",
    SH.erp("赵鹏", "固德轮胎 矿卡轮胎｜采购合同SH-CG-2026-006｜发票" + invoice(NM, "sh-h07")),
    "E3111", ["E3102"], contract="SH-CG-2026-006", inv=invoice(NM, "sh-h07")))

SH_DUP_INV = invoice(NM, "sh-h08")
SH.hist("Overhaul of an excavator by the regular repair shop.", SH.pay(
    "2026-05-08 10:35", sh_v05, "28750", "维修费", "4月大修配件及工时费",
    SH.erp("王建军", "驰远维修 4月挖掘机大修配件及工时费｜维修合同SH-FW-2026-002｜发票" + SH_DUP_INV),
    "E3110", ["E3102"], contract="SH-FW-2026-002", inv=SH_DUP_INV))

SH.hist("April payroll for drivers and operators through the bank's payroll account.", SH.pay(
    "2026-05-11 15:20", sh_pay, "512380", "工资", "4月工资代发（47人）",
    SH.erp("李娜", "4月工资代发（司机及操作手47人），工资表已审批"),
    "E3130", ["E3102", "E3101"]))

SH.hist("Diesel for the rental fleet from the regular fuel supplier.", SH.pay(
    "2026-05-13 11:40", sh_v02, "203110", "货款", "5月上旬0号柴油款",
    SH.erp("赵鹏", "蒙顺石化 5月上旬柴油款｜供油合同SH-CG-2026-002｜发票" + invoice(NM, "sh-h10")),
    "E3111", ["E3102", "E3101"], contract="SH-CG-2026-002", inv=invoice(NM, "sh-h10")))

SH.hist("Monthly VAT paid to the treasury by tripartite debit.", SH.pay(
    "2026-05-15 10:20", sh_tax, "96418.55", "税款", "4月增值税及附加",
    SH.erp("张海燕", "电子税务局三方协议扣缴：4月增值税及附加"),
    "E3104", ["E3102"]))

SH.hist("Drill-rig and dump-truck rental for an established mining-services customer, first month prepaid.", SH.order(
    "2026-05-18 14:35", sh_c03, [(DRL, "2", "台·月", "55000"), (TRK, "4", "台·月", "42000")], "erp",
    "伊金霍洛旗红庆河矿区二号采场", "2026-05-22", "预付一个月租金（已到账），押金另付", "新签半年租赁"))

SH.hist("Low-bed transport of equipment to a customer site.", SH.pay(
    "2026-05-20 10:45", sh_v04, "22400", "运费", "钻机及矿卡进场拖运费（东胜—红庆河）",
    SH.erp("赵鹏", "安达拖运 进场拖运费｜运输合同SH-WL-2026-001｜发票" + invoice(NM, "sh-h13")),
    "E3111", ["E3102"], contract="SH-WL-2026-001", inv=invoice(NM, "sh-h13"), changed=SH_V04_CHANGED))

SH.hist("Monthly finance-lease instalment for the excavator fleet.", SH.pay(
    "2026-05-22 16:10", sh_v03, "238600", "租金", "融资租赁第13期租金",
    SH.erp("刘玉芬", "蒙银融资租赁 第13期租金｜融资租赁合同MYZL-2025-0318｜发票" + invoice(NM, "sh-h14")),
    "E3102", ["E3101"], contract="MYZL-2025-0318", inv=invoice(NM, "sh-h14")))

SH.hist("Spare parts from the regular parts dealer.", SH.pay(
    "2026-05-26 11:10", sh_v01, "51860", "货款", "液压泵密封件及滤芯",
    SH.erp("赵鹏", "重科配件 密封件及滤芯｜采购合同SH-CG-2026-004｜发票" + invoice(NM, "sh-h15")),
    "E3111", ["E3110", "E3102"], contract="SH-CG-2026-004", inv=invoice(NM, "sh-h15")))

# ---- test -----------------------------------------------------------------

SH.legit("Routine: Diesel for the rental fleet from the regular fuel supplier.", [], SH.pay(
    "2026-06-01 10:35", sh_v02, "198760", "货款", "5月中旬0号柴油款",
    SH.erp("赵鹏", "蒙顺石化 5月中旬柴油款｜供油合同SH-CG-2026-002｜发票" + invoice(NM, "sh-t01")),
    "E3111", ["E3102", "E3101"], contract="SH-CG-2026-002", inv=invoice(NM, "sh-t01")))

SH.scam("boss_impersonation", "block",
        ["im_instruction", "new_contact", "balance_probe", "cannot_call", "secrecy_words", "bypass_process",
         "deposit_words", "first_time_payee", "no_approval", "boss_role", "large_vs_usual"],
        "In a WeChat Work group created that day the 'chairman', via a transcribed voice note, has the cashier "
        "report both balances and then pay a 680k deposit on eight used mining trucks without telling the general manager.",
        SH.pay("2026-06-02 12:20",
               payee("乌海市鑫达矿用车辆贸易有限公司", acct("1508", 19, "sh-t02"), "内蒙古银行乌海分行"),
               "680000", "定金", "二手矿卡采购定金（8台）",
               instr("im", "巴特尔", "企业微信群：赛汉设备经营决策群（当日新建）",
                     "巴特尔：乌云，你在办公室没\n"
                     "乌云：在呢巴总\n"
                     "巴特尔：[语音 0:18 转文字] 我在锡林浩特跟矿上的人吃饭，信号不好别打电话。你把农行跟蒙商两个户头的余额报一下\n"
                     "乌云：农行可用214万，蒙商银行53万\n"
                     "巴特尔：乌海有8台二手60吨矿卡，人家急着出手，价格比市场低三成，今天先给人家68万定金把车锁住，"
                     "付款单我明天回来补签。这事先别跟高总说，他一直不同意买二手的", True),
               "E3103", []))

SH.legit("Routine: Monthly excavator and dump-truck rental for the established coal mine.", [], SH.order(
    "2026-06-02 15:30", sh_c01, [(EXC, "4", "台·月", "68000"), (TRK, "8", "台·月", "42000")], "erp",
    "准格尔旗薛家湾镇宏远煤矿露天采区", "2026-06-05", "月结（次月15日前）", "6月设备续租，新增2台矿卡"))

SH.legit("Hard negative: The regular finance-lease instalment whose text mentions the security deposit and "
         "late-payment penalties from the lease contract.",
         ["deposit_words"],
         SH.pay("2026-06-03 11:05", sh_v03, "238600", "租金", "融资租赁第14期租金",
                SH.erp("刘玉芬", "蒙银融资租赁 第14期租金｜融资租赁合同MYZL-2025-0318：逾期按日万分之五收取违约金，"
                       "租赁保证金30万元于租期届满时冲抵留购价｜发票" + invoice(NM, "sh-t04")),
                "E3102", ["E3101"], contract="MYZL-2025-0318", inv=invoice(NM, "sh-t04")))

SH_LOAN = "内蒙古鑫融普惠金融服务有限公司"
SH.scam("advance_fee", "flag",
        ["loan_fee_words", "deposit_words", "fee_words", "first_time_payee", "phone_instruction",
         "no_po_contract"],
        "A 'financial services' firm offers an 8-million equipment loan with no site appraisal and asks for "
        "96k of appraisal fee and risk deposit before any bank contract exists.",
        SH.pay("2026-06-04 10:50",
               payee(SH_LOAN, acct("1507", 19, "sh-t05"), "蒙商银行呼和浩特分行"),
               "96000", "保证金", "设备抵押贷款评估费及风险保证金",
               instr("phone", "鑫融普惠 客户经理孙磊", mobile(SH_MOB, "sh-t05"),
                     "孙经理电话沟通要点：可办理设备抵押贷款800万元，年化4.2%，无需实地评估，一周放款。"
                     "放款前需先缴评估费3.6万元和风险保证金6万元至公司账户，保证金放款时一并退还。"
                     "对方称与多家银行合作，但未提供任何银行的贷款合同或授信批复。"),
               "E3102", ["E3101"]))

SH.scam("account_change", "block",
        ["account_changed_recent", "payee_name_mismatch", "unusual_bank_region", "first_time_payee",
         "im_instruction", "new_contact", "account_change_words"],
        "A 'new accountant' of the fuel supplier on WeChat moves its account to a Shijiazhuang bank under a "
        "name missing the district, two days after the vendor master was changed.",
        SH.pay("2026-06-05 14:35",
               payee("鄂尔多斯市蒙顺石化销售有限公司", acct("1301", 19, "sh-t06"), "河北银行石家庄分行",
                     vendor_id="V-SH02", phone=sh_v02["phone"]),
               "205300", "货款", "5月下旬0号柴油款",
               instr("im", "蒙顺石化 财务王会计", wx("sh-t06"),
                     "乌会计你好，我是蒙顺新来的财务王会计。我们公司基本户开户网点撤并了，农商行那个户6月起不再收款，"
                     "油款请打到新账户，户名鄂尔多斯市蒙顺石化销售有限公司，河北银行石家庄分行，账号发你了。"
                     "盖章的变更告知函照片也在上面。之前的户再打会被退回，耽误你们对账。"),
               "E3103", ["E3102"], contract="SH-CG-2026-002", inv=invoice(NM, "sh-t06"),
               changed="2026-06-03 16:40"))

SH.legit("Hard negative: A low-bed transport payment to the carrier whose account change was recorded in "
         "March and has been used since.",
         ["account_changed_long_ago"],
         SH.pay("2026-06-08 10:30", sh_v04, "19850", "运费", "矿卡进场拖运费（东胜—薛家湾）",
                SH.erp("赵鹏", "安达拖运 进场拖运费｜运输合同SH-WL-2026-001｜发票" + invoice(NM, "sh-t07")),
                "E3111", ["E3102"], contract="SH-WL-2026-001", inv=invoice(NM, "sh-t07"), changed=SH_V04_CHANGED))

SH.scam("fake_salary", "block",
        ["payee_shared_by_employees", "payee_not_employee", "first_time_payee", "im_instruction", "payroll_change"],
        "The operators' crew leader asks that 14 operators' May wages be paid in one sum to a labour-service "
        "shop registered to his brother-in-law, which he says will hand the money out.",
        SH.pay("2026-06-09 11:20",
               payee("鄂尔多斯市东胜区宏达劳务服务部", acct("8813", 18, "sh-t08"), "鄂尔多斯农村商业银行铁西支行"),
               "178400", "工资", "5月挖机操作手工资（14人）",
               instr("im", "操作手班组长 白永军", wx("sh-t08"),
                     "李娜，跟你说个事，我们班14个操作手这个月工资打到我小舅子开的劳务服务部对公户上，我这边统一发，"
                     "有的兄弟卡被冻了、有的在老家办不了卡。工资表我按原来的做好了，该签字的都签了。"),
               "E3130", ["E3102", "E3101"]))

SH.legit("Routine: Spare parts from the regular parts dealer.", [], SH.pay(
    "2026-06-10 10:40", sh_v01, "58940", "货款", "斗齿、销轴及液压滤芯",
    SH.erp("赵鹏", "重科配件 斗齿、销轴及滤芯｜采购合同SH-CG-2026-004｜发票" + invoice(NM, "sh-t10")),
    "E3111", ["E3110", "E3102"], contract="SH-CG-2026-004", inv=invoice(NM, "sh-t10")))

SH.scam("fake_salary", "block",
        ["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "new_contact",
         "evasion_traditional", "evasion_fullwidth", "urgency"],
        "A text in traditional characters and full-width digits from an unknown number, in a driver's name, asks "
        "HR to resend his bounced May pay to his sister's card.",
        SH.pay("2026-06-10 16:20",
               payee("王海霞", acct("621700", 19, "sh-t09-card"), "中国建设银行包头分行", "personal"),
               "11260", "工资", "5月工资退票重发（王涛）",
               instr("sms", "王濤（短信）", mobile(SH_MOB, "sh-t09"),
                     "李娜姐，我是設備部司機王濤，我原來那張工資卡被凍結了，這個月工資退回來了。"
                     "麻煩把工資和補貼先打到我姐王海霞的建行卡上：６２１７　００３４　＊＊＊＊，開戶名王海霞。"
                     "今天能弄一下嗎，家裡等著用錢。", True),
               "E3130", ["E3102"]))

SH.scam("authority_impersonation", "flag",
        ["authority_words", "deposit_words", "personal_account", "first_time_payee", "phone_instruction",
         "urgency"],
        "A caller posing as the emergency-management bureau says a rented excavator overturned at a mine and "
        "demands a 50k 'accident investigation deposit' to a task-force member's personal account to avoid a shutdown.",
        SH.pay("2026-06-11 15:10",
               payee("马志强", acct("622202", 19, "sh-t11-card"), "中国工商银行呼和浩特分行", "personal"),
               "50000", "保证金", "事故调查保证金",
               instr("phone", "自称鄂尔多斯市应急管理局 马科长", landline("0477", "sh-t11-caller"),
                     "来电称：贵公司出租给红庆河矿业的一台挖掘机在采区侧翻，致一人受伤，已立案调查，设备出租方负连带责任。"
                     "今天下午5点前缴纳事故调查保证金5万元到专案组马志强账户，可以不公开通报、不停业整顿；"
                     "不配合就扣车、罚款。", True),
               "E3102", ["E3101"]))

SH.legit("Hard negative: A labour-dispute enforcement payment to the district court's own enforcement account "
         "named in the court's notice.",
         ["authority_words", "first_time_payee"],
         SH.pay("2026-06-12 10:30",
                payee("鄂尔多斯市东胜区人民法院", acct("05430101040", 17, "sh-t12"), "中国农业银行鄂尔多斯东胜支行"),
                "86500", "执行款", "（2026）内0602执1123号劳动争议案执行款",
                SH.erp("张海燕", "东胜区人民法院（2026）内0602执1123号执行通知书，支付原操作手郭某工伤赔偿执行款86,500元，"
                       "按执行通知书载明的法院执行款专户（户名：鄂尔多斯市东胜区人民法院）缴纳，法务已核对通知书原件"),
                "E3104", ["E3102", "E3101"]))

SH.scam("fake_purchaser", "flag",
        ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
         "contact_mismatch"],
        "A name one word off the established coal-mine customer (煤业 for 煤炭) orders 16 machines for a site in "
        "Xilingol with payment in six months, from a free-mail address and a mobile.",
        SH.order("2026-06-15 11:20",
                 cust("准格尔旗宏远煤业有限责任公司", uscc("91", "150622", "sh-t13"), "刘经理",
                      mobile(SH_MOB, "sh-t13"), "hongyuan_mt@163.com", wx("sh-t13")),
                 [(EXC, "6", "台·月", "68000"), (TRK, "10", "台·月", "42000")], "im",
                 "锡林郭勒盟西乌珠穆沁旗某矿区", "2026-06-20", "按季度结算，首期款180天后支付",
                 "我们是宏远新成立的锡盟项目部，跟准格尔那边一个老板。新矿开工急用设备，老刘那边跟你们合作好几年了，"
                 "条件按集团的走，先进场，款半年后统一结。"))

SH.legit("Hard negative: A large first rental order from a new Xinjiang mine, chosen by public comparison, "
         "with the first month and deposit already received.",
         ["new_customer", "large_first_order", "far_delivery"],
         SH.order("2026-06-16 14:25",
                  cust("新疆准东露天煤业工程有限公司", uscc("91", "652300", "sh-t14"), "马工",
                       landline("0994", "sh-t14"), "magong@zdlt-mining.com"),
                  [("挖掘机租赁（36吨级，含操作手，疆内）", "5", "台·月", "72000"),
                   ("矿用自卸车租赁（60吨级，含司机，疆内）", "10", "台·月", "45000")], "email",
                  "新疆昌吉州吉木萨尔县准东经济技术开发区五彩湾矿区", "2026-06-30", "首月租金及押金预付（已到账）",
                  "我司经公开比选选定贵司（比选公告编号ZDLT-BX-2026-027），首月租金81万元及设备押金60万元已于6月15日"
                  "汇入贵司农行基本户（回单号0615-3310），运输由贵司安排，费用另计。"))

SH.scam("contract_fraud", "flag",
        ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "payee_name_mismatch",
         "unusual_bank_region"],
        "A four-month-old 'mining engineering' firm with a huge stripping contract wants a 300k performance bond "
        "before mobilisation, paid to a different trading company.",
        SH.pay("2026-06-17 10:55",
               payee("呼和浩特市锦运商贸有限公司", acct("6105", 19, "sh-t15"), "中国民生银行西安分行"),
               "300000", "履约保证金", "某国有露天矿剥离工程设备租赁履约保证金",
               SH.erp("苏和", "内蒙古中能华拓矿业工程有限公司称承接某国有露天煤矿2,800万方剥离工程，拟租我司挖掘机12台、矿卡30台，"
                      "合同在对方呼市办公室用对方模板签订，进场前须交履约保证金30万元，对方要求打到其“合作单位”锦运商贸账户；"
                      "经查中能华拓2026年2月成立，实缴资本为零"),
               "E3120", ["E3102", "E3101"], contract="SH-ZL-2026-031"))

SH.legit("Hard negative: A performance bond paid under a signed contract to the long-standing earthworks "
         "customer's own account, returnable at completion.",
         ["deposit_words", "first_time_payee"],
         SH.pay("2026-06-18 11:35",
                payee("内蒙古蒙达土石方工程有限公司", acct("1062", 18, "sh-c02-acct"), "内蒙古银行鄂尔多斯分行",
                      phone=sh_c02["phone"]),
                "100000", "履约保证金", "蒙达二期土方工程设备租赁履约保证金（完工后退还）",
                SH.erp("苏和", "蒙达土石方二期设备租赁合同SH-ZL-2026-022第九条约定，租赁期内出租方缴纳履约保证金10万元，"
                       "合同期满无违约全额退还；蒙达为2024年起的老客户，合同经双方法务审核，在我司会议室签订"),
                "E3120", ["E3102", "E3101"], contract="SH-ZL-2026-022"))

SH.scam("boss_impersonation", "flag",
        ["im_instruction", "new_contact", "cannot_call", "bypass_process", "middleman_fee", "personal_account",
         "first_time_payee", "no_approval", "boss_role", "off_hours"],
        "On the Dragon Boat holiday a 'new WeChat' of the general manager, in a transcribed voice note, asks the "
        "cashier to send an 80k finder's fee to a personal card outside the payment process.",
        SH.pay("2026-06-19 11:40",
               payee("侯建平", acct("621700", 19, "sh-t17-card"), "中国建设银行太原分行", "personal"),
               "80000", "服务费", "二期剥离工程居间费",
               instr("im", "高志刚", wx("sh-t17-fakegm"),
                     "高志刚：乌云，端午还打扰你了，这是我新号。\n"
                     "高志刚：[语音 0:23 转文字] 我在北京跟宏远的人吃饭，不方便说话。宏远二期剥离的设备租赁有个中间人帮我们搞定了，"
                     "要先意思一下，8万转到这个卡上，侯建平。别走公司流程，节后我找票平账。", True),
               "E3103", []))

SH.legit("Hard negative: The established mining-services customer moves its rigs to a distant new pit and "
         "switches to 30-day terms under a signed supplement.",
         ["credit_terms_requested", "far_delivery"],
         SH.order("2026-06-22 10:50", sh_c03, [(DRL, "2", "台·月", "55000"), (TRK, "6", "台·月", "42000")], "email",
                  "鄂托克前旗上海庙镇红庆河矿业新采区", "2026-06-28", "月结30天（已签补充协议）",
                  "新采区开工，设备直接从伊旗现场转场到上海庙，转场运费我方承担。付款方式按6月签的补充协议改为月结30天。"))

SH.scam("overpayment_refund", "block",
        ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "refund_words"],
        "A new building-materials firm renting two loaders sends a screenshot showing 60k too much and asks for "
        "the excess to go to its 'accountant's' personal card today.",
        SH.order("2026-06-23 15:05",
                 cust("鄂托克旗鑫磊建材有限公司", None, "闫老板", mobile(SH_MOB, "sh-t19"), None, wx("sh-t19")),
                 [(LDR, "6", "台·月", "26000")], "im",
                 "鄂托克旗棋盘井镇鑫磊建材厂", "2026-06-30", "3个月租金及押金预付",
                 "租金15.6万加押金3万，一共应付18.6万，会计手快打成了24.6万，对公转账截图发你了。"
                 "多的6万麻烦今天退到我们财务闫秀梅卡上，她要给工人发工资。设备不急，下周进场。",
                 third_party=third("闫秀梅（个人）", mobile(SH_MOB, "sh-t19-yan"), "refund_recipient", "60000")))

SH.legit("Hard negative: A rental deposit returned after two drill rigs came back undamaged, to the same "
         "account the customer paid it from.",
         ["refund_words", "deposit_words", "first_time_payee"],
         SH.pay("2026-06-24 10:25",
                payee("伊金霍洛旗红庆河矿业服务有限公司", acct("1505016123", 19, "sh-c03-acct"), "中国建设银行伊金霍洛旗支行",
                      phone=sh_c03["phone"]),
                "60000", "退款", "退还2台钻机租赁押金（设备已退场验收）",
                SH.erp("张海燕", "红庆河矿业5月租赁2台潜孔钻，6月20日退场，设备部王建军验收无损（验收单SH-YS-0620-02），"
                       "按合同退还押金6万元，原路退回其押金付款账户（建行回单0518-2207）"),
                "E3104", ["E3102"]))

SH.scam("account_lending", "block",
        ["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction"],
        "A would-be customer whose 1 million arrived that morning asks the company to keep two points and pass "
        "the rest to a Baotou trading firm, openly borrowing the corporate account.",
        SH.pay("2026-06-25 11:15",
               payee("包头市汇通达商贸有限公司", acct("7765", 19, "sh-t21"), "中国光大银行包头分行"),
               "980000", "往来款", "代付款",
               instr("im", "鄂尔多斯市金川工贸 郝总", wx("sh-t21"),
                     "刘经理，钱已经到你们户上了吧？100万，你们扣两个点，剩下98万今天转给汇通达。"
                     "我们公户被银行限额了，借你们公户过一下账，就这一次，以后设备租赁都找你们。", True),
               "E3120", ["E3102"]))

SH.scam("advance_fee", "block",
        ["loan_fee_words", "personal_account", "first_time_payee", "urgency", "im_instruction", "evasion_symbols"],
        "The same 'loan platform' now says the approved 8 million is frozen for thin turnover and demands a 38k "
        "unfreezing fee to a risk officer's personal card by 4 pm.",
        SH.pay("2026-06-26 14:05",
               payee("孙立伟", acct("622202", 19, "sh-t22-card"), "中国工商银行呼和浩特分行", "personal"),
               "38000", "手续费", "贷款解冻金",
               instr("im", "鑫融普惠 风控部孙立伟", wx("sh-t22"),
                     "刘经理您好，贵司800万贷款已审批放款，但系统检测到贵司对公流水不足，资金已被冻结在放款账户。"
                     "按规定需缴纳放款金额0.475%的解·冻·金38,000元至风控专员账户，解冻后30分钟到账，保证金放款时一起退还。"
                     "今天16点前不处理将自动撤销贷款并扣除评估费。", True),
               "E3102", ["E3101"]))

SH.legit("Routine: Loader and excavator rental for the established earthworks contractor.", [], SH.order(
    "2026-06-29 10:40", sh_c02, [(LDR, "3", "台·月", "26000"), (EXC, "2", "台·月", "68000")], "erp",
    "鄂尔多斯市东胜区铜川镇蒙达二期土方工地", "2026-07-01", "月结（次月15日前）", "7月设备续租"))

SH.scam("fake_invoice", "block",
        ["duplicate_invoice", "im_instruction"],
        "The repair shop's salesman re-sends on WeChat the April overhaul invoice that was paid on 8 May and "
        "asks for it to be paid again.",
        SH.pay("2026-06-29 15:20", sh_v05, "28750", "维修费", "4月大修配件及工时费",
               instr("im", "驰远维修 业务员小贾", wx("sh-t24"),
                     "刘经理，4月那台挖机大修的费用你们财务好像一直没付，老板让我再问一下，发票还是原来那张，我重新拍照发你了，"
                     "麻烦这周安排一下。"),
               "E3111", ["E3102"], contract="SH-FW-2026-002", inv=SH_DUP_INV))

SH.legit("Hard negative: Late at night the chairman has an urgent main-pump purchase paid to the regular parts "
         "dealer so it ships overnight; the amount is unusually large but all three approvals are in the system.",
         ["boss_role", "urgency", "im_instruction", "large_vs_usual", "off_hours"],
         SH.pay("2026-06-30 21:20", sh_v01, "186500", "货款", "36吨挖掘机主泵总成（加急）",
                instr("im", "巴特尔", SH_BOSS_WX,
                      "巴特尔：王建军，宏远那台挖机主泵坏了，停一天赔人家两万多。重科有现货，今天必须把款打过去让他们连夜发车。"
                      "海燕、玉芬你们抓紧走流程。", True),
                "E3110", ["E3102", "E3101", "E3100"], contract="SH-CG-2026-004", inv=invoice(NM, "sh-t25")))

SH.scam("task_rebate", "block",
        ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "evasion_pinyin",
         "off_hours", "no_approval"],
        "At night the equipment buyer submits a 15k 'small parts' payment to a Ganzhou personal card; the pasted "
        "chat is a part-time-job dispatcher demanding a top-up for a triple order.",
        SH.pay("2026-07-01 21:40",
               payee("吴丽", acct("622848", 19, "sh-t26-card"), "中国农业银行赣州分行", "personal"),
               "15000", "采购", "零星配件采购",
               instr("im", "兼职群 派单员小七", wx("sh-t26"),
                     "派单员小七：亲，第5单是三连单，完成后一次性返yong 30%，本金+佣金19500元即时到账。"
                     "请充值15000到财务专员吴丽卡上，备注“配件款”。超时未完成会冻结账户，之前的佣金无法提现哦～"),
               "E3111", []))

SH.legit("Hard negative: An appraisal fee for a bank equipment-mortgage loan, paid to an appraiser on the "
         "bank's approved list under a signed engagement after the credit approval.",
         ["loan_fee_words", "fee_words", "first_time_payee"],
         SH.pay("2026-07-02 10:55",
                payee("内蒙古正衡资产评估有限公司", acct("1505016140", 19, "sh-t27"), "中国建设银行呼和浩特分行",
                      vendor_id="V-SH09", phone=landline("0471", "sh-t27")),
                "24000", "评估费", "设备抵押贷款抵押物评估费",
                SH.erp("刘玉芬", "内蒙古银行鄂尔多斯分行设备抵押贷款（授信批复内银鄂授〔2026〕0187号）需对24台设备进行抵押物评估，"
                       "评估机构从银行准入名单中选定，评估委托合同SH-FW-2026-019，评估费付至评估公司对公账户；"
                       "贷款本息由银行按合同从我司账户扣收，无其他前置费用｜发票" + invoice(NM, "sh-t27")),
                "E3102", ["E3101", "E3100"], contract="SH-FW-2026-019", inv=invoice(NM, "sh-t27")))

SH.scam("account_change", "flag",
        ["account_changed_long_ago", "payee_name_mismatch", "first_time_payee", "unusual_bank_region"],
        "Structural only: the tyre dealer's bank details were re-keyed five weeks ago to a Dongguan account "
        "under a slightly different company name, and this first payment to it looks routine.",
        SH.pay("2026-07-03 10:40",
               payee("鄂尔多斯市固德轮胎销售有限公司", acct("9550", 19, "sh-t28"), "广发银行东莞分行",
                     vendor_id="V-SH06", phone=sh_v06["phone"]),
               "52600", "货款", "矿卡轮胎款（8条）",
               SH.erp("赵鹏", "固德轮胎 矿卡轮胎｜采购合同SH-CG-2026-006｜发票" + invoice(NM, "sh-t28")),
               "E3111", ["E3102"], contract="SH-CG-2026-006", inv=invoice(NM, "sh-t28"),
               changed="2026-05-27 15:20"))

SH.scam("authority_impersonation", "block",
        ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "remote_control",
         "first_time_payee", "no_approval", "large_vs_usual"],
        "A caller posing as the central bank's anti-money-laundering centre tells the cashier to move the account "
        "balance into a 'PBoC reserve supervision account' for a 30-day review, sharing her screen and telling no one.",
        SH.pay("2026-07-06 11:25",
               payee("北京中金备付清算服务有限公司", acct("0200", 19, "sh-t29"), "中国工商银行北京西城支行"),
               "1200000", "往来款", "反洗钱审查资金暂存",
               instr("phone", "自称中国人民银行反洗钱监测分析中心 周处长", landline("010", "sh-t29-caller"),
                     "来电人称：贵司农行对公账户被电诈团伙用来转移赃款，已被列为高风险账户，需在今天内将账户余额转入"
                     "“人行备付金监管户”接受反洗钱审查，审查期30天，无问题全额返还；要求出纳下载“人行会议”APP共享屏幕指导操作，"
                     "不得告知公司领导，否则视为配合洗钱。", True),
               "E3103", []))

SH.legit("Hard negative: A trademark renewal paid to the contracted IP agent, with the expiry date checked on "
         "the trademark office's website.",
         ["renewal_bill", "first_time_payee"],
         SH.pay("2026-07-07 10:35",
                payee("鄂尔多斯市知信知识产权代理有限公司", acct("8814", 18, "sh-t30"), "鄂尔多斯农村商业银行东胜支行",
                      vendor_id="V-SH08", phone=landline("0477", "sh-t30")),
                "2700", "代理费", "“赛汉”注册商标续展（第37、39类）官费及代理费",
                SH.erp("李娜", "“赛汉”商标2026年10月到期，委托知信知识产权按代理合同SH-FW-2026-021办理续展，官费1,000元由代理机构"
                       "代缴国家知识产权局，代理费1,700元；到期日已在国家知识产权局商标局网站核实｜发票" + invoice(NM, "sh-t30")),
                "E3130", ["E3102"], contract="SH-FW-2026-021", inv=invoice(NM, "sh-t30")))

SH.legit("Routine: June payroll for drivers and operators through the bank's payroll account.", [], SH.pay(
    "2026-07-08 15:40", sh_pay, "531760", "工资", "6月工资代发（49人）",
    SH.erp("李娜", "6月工资代发（司机及操作手49人），工资表已审批"),
    "E3130", ["E3102", "E3101"]))

SH.scam("boss_impersonation", "flag",
        ["im_instruction", "new_contact", "boss_role", "cannot_call", "deposit_words", "first_time_payee",
         "no_approval", "urgency"],
        "A stranger who says the chairman introduced him forwards a 'message from the chairman' and asks the "
        "finance manager directly for a 250k deposit on two used drill rigs.",
        SH.pay("2026-07-09 11:10",
               payee("鄂尔多斯市泰和矿山机械有限公司", acct("1407", 19, "sh-t32"), "晋商银行太原分行"),
               "250000", "定金", "二手潜孔钻回购定金",
               instr("im", "李总（称巴总介绍）", wx("sh-t32"),
                     "李总：刘经理您好，我是泰和机械老李，巴总让我直接跟您对接。\n"
                     "李总：[转发] 巴特尔：“老李那两台潜孔钻我们要了，定金25万你直接找我们财务刘玉芬，我这两天在盟里开会，手机不方便接。”\n"
                     "李总：合同我这边盖好章了，照片发您，麻烦今天把定金付了，别家也在看这两台钻。", True),
               "E3102", []))

SH.legit("Hard negative: The chairman writes from a new WeChat after changing phones; the cashier confirmed "
         "by calling his mobile on file, and the payee is the regular parts dealer with approvals.",
         ["im_instruction", "new_contact", "boss_role"],
         SH.pay("2026-07-10 10:30", sh_v01, "47300", "货款", "6月液压件款",
                instr("im", "巴特尔", wx("sh-boss-bateer-new"),
                      "巴特尔：乌云，我手机换了，这是新微信，旧号过几天注销。\n"
                      "巴特尔：重科的液压件款今天给人家付了，他们月底要盘账。"),
                "E3111", ["E3102", "E3100"], contract="SH-CG-2026-004", inv=invoice(NM, "sh-t34"),
                verification=verif(mobile(SH_MOB, "sh-boss-bateer"), "E3103", "2026-07-10 10:05")))

SH.legit("Routine: Monthly excavator and dump-truck rental for the established coal mine.", [], SH.order(
    "2026-07-13 10:15", sh_c01, [(EXC, "5", "台·月", "68000"), (TRK, "8", "台·月", "42000")], "erp",
    "准格尔旗薛家湾镇宏远煤矿露天采区", "2026-07-15", "月结（次月15日前）", "7月设备续租，新增1台挖掘机"))

SH.scam("fake_order", "flag",
        ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
        "A WeChat-only 'mine rescue team' rents two loaders and wants us to buy ten gas detectors from the shop it "
        "names, paid up front, to be settled later with the rent from public funds.",
        SH.order("2026-07-14 14:30",
                 cust("乌审旗某矿山救护队", None, "任队长", mobile(SH_MOB, "sh-t36"), None, wx("sh-t36")),
                 [(LDR, "2", "台·月", "26000")], "im",
                 "乌审旗某矿山救护队训练基地", "2026-08-01", "财政支付（验收后）",
                 "救护队下月演练要租两台装载机。另外演练还缺10台四合一气体检测仪，我们指定的是包头安信矿用仪器经营部的货，"
                 "麻烦你们代购一下随车送来，仪器钱跟租金一起走财政。仪器那边要先付款才发货。",
                 third_party=third("包头安信矿用仪器经营部", mobile(SH_MOB, "sh-t36-shop"),
                                   "designated_supplier", "36800")))

SH.legit("Routine: Diesel for the rental fleet from the regular fuel supplier.", [], SH.pay(
    "2026-07-15 10:45", sh_v02, "196320", "货款", "7月上旬0号柴油款",
    SH.erp("赵鹏", "蒙顺石化 7月上旬柴油款｜供油合同SH-CG-2026-002｜发票" + invoice(NM, "sh-t37")),
    "E3111", ["E3102", "E3101"], contract="SH-CG-2026-002", inv=invoice(NM, "sh-t37")))


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------


def main():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for t in TENANTS:
            for line in t.lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
    n = sum(len(t.lines) for t in TENANTS)
    print(f"wrote {n} lines to {OUT}")


if __name__ == "__main__":
    main()
