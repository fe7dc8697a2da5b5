#!/usr/bin/env python3
"""Build tests/holdout20/holdout20.jsonl.

Python 3.11, standard library only, deterministic: every account number, phone
number, credit code and invoice number is derived from a fixed tag by SHA-256,
so running this twice gives a byte-identical file.

Three fictitious companies:
  cuiyan  宝兴县翠岩水电开发有限公司  a county run-of-river hydropower station in Ya'an, Sichuan
  lubai   山东鲁柏纸业有限公司        a recycled-fibre paper mill in Linqing, Shandong
  qinwei  西安秦渭气体有限公司        a medical-oxygen and industrial-gas supplier in Xi'an

Every person, company, account, phone number and document number is invented.
Each scenario is one block below; the line ids are assigned in file order.
"""
import hashlib
import json
import os
from decimal import Decimal

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout20.jsonl")

# ---------------------------------------------------------------- helpers

def _digits(tag, n):
    out, i = "", 0
    while len(out) < n:
        h = hashlib.sha256(f"{tag}#{i}".encode()).hexdigest()
        out += "".join(str(int(c, 16) % 10) for c in h)
        i += 1
    return out[:n]


def acct(tag, prefix, length):
    """A fictitious account number of `length` digits starting with `prefix`."""
    return prefix + _digits("acct:" + tag, length - len(prefix))


def mob(tag, block):
    """Fictitious mobile: 1340000xxxx, 1590000xxxx or 1830000xxxx."""
    assert block in ("134", "159", "183")
    return f"{block}0000{_digits('mob:' + tag, 4)}"


def tel(area, tag):
    """Fictitious landline area-0000xxx."""
    return f"{area}-0000{_digits('tel:' + tag, 3)}"


def wxid(tag):
    h = hashlib.sha256(("wx:" + tag).encode()).hexdigest()
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


def invoice(tag, prov):
    """A 20-digit fully-digital e-invoice number: 26 + province + 16 digits."""
    return "26" + prov + _digits("inv:" + tag, 16)


_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(val(c) * w for c, w in zip(body8, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if r == 10 else "0" if r == 11 else str(r)


def uscc(tag, area, kind="91"):
    """Unified social credit code with valid org-code and final check characters.
    kind 91 = enterprise, 92 = individual business, 12 = public institution."""
    h = hashlib.sha256(("uscc:" + tag).encode()).digest()
    if kind == "12":
        body = "".join(str(b % 10) for b in h[:8])
    else:
        body = "MA" + "".join(_CS[b % len(_CS)] for b in h[:6])
    s17 = kind + area + body + _org_check(body)
    return s17 + _CS[(31 - sum(_CS.index(c) * w for c, w in zip(s17, _W)) % 31) % 31]


def ts(s):
    """'2026-05-07 15:40' -> '2026-05-07T15:40:00+08:00' (Beijing time)."""
    return s.replace(" ", "T") + ":00+08:00"


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def verified(number, by, at):
    return {"callback_done": True, "callback_number": number,
            "verified_by": by, "verified_at": ts(at)}


LINES = []


class Tenant:
    def __init__(self, tid, prefix, payer_name, payer_account):
        self.tid, self.prefix = tid, prefix
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self._seq = {}

    def _rid(self, kind, when):
        day = when[:10].replace("-", "")
        key = (kind, day)
        self._seq[key] = self._seq.get(key, 0) + 1
        return f"{self.prefix}-{'FK' if kind == 'payment' else 'XS'}-{day}{self._seq[key]:03d}"

    def _line(self, phase, kind, label, scam_type, expect, signals, note, request):
        line = {"id": None, "tenant": self.tid, "phase": phase, "kind": kind,
                "label": label, "scam_type": scam_type, "expect": expect}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = request
        LINES.append(line)

    def payment(self, phase, when, *, note, payee, amount, purpose, memo, channel,
                from_name, text, by, approvers, from_contact=None, urgent=False,
                label="legit", scam_type=None, expect="allow", signals=(),
                order_id=None, contract_id=None, invoice_no=None,
                changed_at=None, verification=None):
        rid = self._rid("payment", when)
        req = {"request_id": rid, "submitted_at": ts(when), "payer": dict(self.payer),
               "payee": payee, "amount": money(amount), "currency": "CNY",
               "purpose": purpose, "memo": memo,
               "instruction": {"channel": channel, "from_name": from_name,
                               "from_contact": from_contact, "text": text, "urgent": urgent},
               "requested_by": by, "approved_by": list(approvers),
               "related": {"order_id": order_id, "contract_id": contract_id,
                           "invoice_no": invoice_no},
               "payee_account_changed_at": ts(changed_at) if changed_at else None}
        if verification is not None:
            req["verification"] = verification
        self._line(phase, "payment", label, scam_type, expect, signals, note, req)
        return rid

    def order(self, phase, when, *, note, customer, items, channel, address, deadline,
              terms, notes, third_party=None, fees=(), label="legit", scam_type=None,
              expect="allow", signals=()):
        rid = self._rid("order", when)
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
        req = {"record_id": rid, "received_at": ts(when), "customer": customer,
               "items": list(items), "total_amount": money(total), "currency": "CNY",
               "channel": channel, "delivery": {"address": address, "deadline": deadline},
               "payment_terms": terms, "third_party": third_party,
               "fees_requested": list(fees), "notes": notes}
        self._line(phase, "order", label, scam_type, expect, signals, note, req)
        return rid


def scam(scam_type, expect, signals):
    """Keyword arguments for a scam line."""
    return {"label": "scam", "scam_type": scam_type, "expect": expect, "signals": signals}


def write():
    counters = {}
    for line in LINES:
        key = (line["tenant"], line["phase"])
        counters[key] = counters.get(key, 0) + 1
        line["id"] = f"{line['tenant']}-{'h' if line['phase'] == 'history' else 't'}{counters[key]:03d}"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in LINES:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(LINES)} lines to {os.path.normpath(OUT)}")

# ====================================================================
# cuiyan — 宝兴县翠岩水电开发有限公司 (2 x 12.5 MW run-of-river station)
# staff: E3100 高明川 站长 | E3101 罗国华 会计主管 | E3102 杨晓琴 出纳
#        E3111 王建 检修班长 | E3120 李娟 仓管 | E3130 何芳 综合办
# ERP: 金蝶K3.  Office hours 08:30-18:00.
# ====================================================================
CY = Tenant("cuiyan", "CY", "宝兴县翠岩水电开发有限公司", acct("cy:payer", "22", 19))

CY_V = {
    "01": payee("四川雅电设备检修有限公司", acct("cy:v01", "22", 19), "中国农业银行雅安分行",
                vendor_id="V-CY01", phone=tel("0835", "cy:v01")),
    "02": payee("成都蜀能水轮机配件有限公司", acct("cy:v02", "5105", 19), "中国建设银行成都第一支行",
                vendor_id="V-CY02", phone=tel("028", "cy:v02")),
    "04": payee("四川川西润滑油销售有限公司", acct("cy:v04", "5105", 19), "中国建设银行雅安分行",
                vendor_id="V-CY04", phone=tel("0835", "cy:v04")),
    "05": payee("宝兴县安顺劳务服务有限公司", acct("cy:v05", "22", 19), "中国农业银行宝兴县支行",
                vendor_id="V-CY05", phone=tel("0835", "cy:v05")),
    "06": payee("四川华岳大坝安全监测技术有限公司", acct("cy:v06", "4402", 19), "中国工商银行成都高新支行",
                vendor_id="V-CY06", phone=tel("028", "cy:v06")),
    "grp": payee("四川翠岩能源集团有限公司", acct("cy:grp", "4402", 19), "中国工商银行成都分行营业部",
                 vendor_id="V-CY07", phone=tel("028", "cy:grp")),
    "pay": payee("中国农业银行宝兴县支行（代发工资专户）", acct("cy:pay", "22", 19), "中国农业银行宝兴县支行",
                 vendor_id="PAY-CY"),
    "tax": payee("国家金库宝兴县支库", acct("cy:tax", "2207", 19), "中国人民银行宝兴县支行",
                 vendor_id="TAX-CY"),
}
CY_C01 = customer("宝兴县蜀西硅业有限公司", uscc("cy:c01", "511827"), "赵科长", tel("0835", "cy:c01"),
                  email="gyk@shuxi-si.com", customer_id="C-CY01")
CY_C02 = customer("宝兴县鑫磊石材有限公司", uscc("cy:c02", "511827"), "何经理", mob("cy:c02", "134"),
                  customer_id="C-CY02")
CY_GAO_MOBILE = mob("cy:gao", "134")           # 高站长, company directory
CY_INV_0303 = invoice("cy:0303", "51")         # March overhaul invoice, paid in history


def cy_erp(memo, short, contract, inv):
    return f"金蝶K3付款申请单｜{memo}｜{short}｜合同{contract}｜发票{inv}"


def cy_power(month, wan_kwh, price):
    return item(f"直供电量（10kV，{month}）", wan_kwh, "万千瓦时", price)


# ---------------------------------------------------------------- cuiyan history

CY.payment("history", "2026-03-03 10:20", note="March overhaul of unit 1 paid to the regular maintenance contractor.",
           payee=CY_V["01"], amount="68500", purpose="检修费", memo="1#机组3月检修费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=cy_erp("1#机组3月检修费", "雅电检修", "CY-JX-2026-01", CY_INV_0303),
           contract_id="CY-JX-2026-01", invoice_no=CY_INV_0303)

CY.order("history", "2026-03-05 14:30", note="April direct-supply power prepayment order from the silicon smelter.",
         customer=CY_C01, items=[cy_power("2026年4月", 120, "2680")], channel="erp",
         address="宝兴县灵关镇蜀西硅业厂区10kV专线", deadline="2026-04-01",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-01，4月计划电量")

CY.payment("history", "2026-03-10 11:00", note="Turbine and transformer oil from the regular lubricant dealer.",
           payee=CY_V["04"], amount="18960", purpose="货款", memo="透平油、变压器油（2月）",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101"],
           text=cy_erp("透平油、变压器油（2月）", "川西润滑油", "CY-CG-2026-05", invoice("cy:0310", "51")),
           contract_id="CY-CG-2026-05", invoice_no=invoice("cy:0310", "51"))

CY.payment("history", "2026-03-12 16:00", note="February payroll through the bank payroll account.",
           payee=CY_V["pay"], amount="286400", purpose="工资", memo="2月工资代发（42人）",
           channel="erp", from_name="何芳", by="E3130", approvers=["E3101", "E3100"],
           text="金蝶K3付款申请单｜2月工资代发（42人）｜工资表已审批")

CY.payment("history", "2026-03-17 10:40", note="Guide-vane bushings from the regular turbine-parts supplier.",
           payee=CY_V["02"], amount="142800", purpose="货款", memo="水轮机导叶轴套及密封件",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=cy_erp("水轮机导叶轴套及密封件", "蜀能水轮机配件", "CY-CG-2026-03", invoice("cy:0317", "51")),
           contract_id="CY-CG-2026-03", invoice_no=invoice("cy:0317", "51"))

CY.payment("history", "2026-03-24 15:10", note="Reservoir debris clearing by the local labour company.",
           payee=CY_V["05"], amount="36000", purpose="劳务费", memo="3月库区清漂劳务费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101"],
           text=cy_erp("3月库区清漂劳务费", "安顺劳务", "CY-LW-2026-02", invoice("cy:0324", "51")),
           contract_id="CY-LW-2026-02", invoice_no=invoice("cy:0324", "51"))

CY.payment("history", "2026-03-31 10:30", note="First-quarter dam safety monitoring fee.",
           payee=CY_V["06"], amount="27500", purpose="服务费", memo="一季度大坝安全监测服务费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101"],
           text=cy_erp("一季度大坝安全监测服务费", "华岳监测", "CY-JC-2026-01", invoice("cy:0331", "51")),
           contract_id="CY-JC-2026-01", invoice_no=invoice("cy:0331", "51"))

CY.order("history", "2026-04-02 11:20", note="April direct-supply order from the marble processor.",
         customer=CY_C02, items=[cy_power("2026年4月", 35, "2750")], channel="erp",
         address="宝兴县穆坪镇鑫磊石材加工厂", deadline="2026-04-05",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-02")

CY.payment("history", "2026-04-09 10:15", note="First-quarter water-resources tax paid to the treasury by tripartite debit.",
           payee=CY_V["tax"], amount="64320", purpose="税款", memo="2026年一季度水资源税",
           channel="erp", from_name="罗国华", by="E3101", approvers=["E3100"],
           text="金蝶K3付款申请单｜2026年一季度水资源税｜电子税务局申报，三方协议扣缴")

CY.payment("history", "2026-04-14 14:00", note="Monthly cash sweep to the parent group under the treasury agreement.",
           payee=CY_V["grp"], amount="5000000", purpose="资金归集", memo="4月资金上划集团",
           channel="erp", from_name="罗国华", by="E3101", approvers=["E3100"],
           text="金蝶K3付款申请单｜4月资金上划集团｜依据《集团资金集中管理办法》")

CY.order("history", "2026-04-22 10:50", note="May direct-supply order from the marble processor.",
         customer=CY_C02, items=[cy_power("2026年5月", 36, "2750")], channel="erp",
         address="宝兴县穆坪镇鑫磊石材加工厂", deadline="2026-05-06",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-02")

CY.order("history", "2026-04-23 15:00", note="May direct-supply order from the silicon smelter.",
         customer=CY_C01, items=[cy_power("2026年5月", 130, "2680")], channel="erp",
         address="宝兴县灵关镇蜀西硅业厂区10kV专线", deadline="2026-05-06",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-01，5月计划电量")

CY.payment("history", "2026-04-28 10:10", note="April routine maintenance by the regular contractor.",
           payee=CY_V["01"], amount="52000", purpose="检修费", memo="4月日常维护费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=cy_erp("4月日常维护费", "雅电检修", "CY-JX-2026-01", invoice("cy:0428", "51")),
           contract_id="CY-JX-2026-01", invoice_no=invoice("cy:0428", "51"))

# ---------------------------------------------------------------- cuiyan test

CY.payment("test", "2026-05-06 10:15", note="Routine: May maintenance fee to the regular contractor.",
           payee=CY_V["01"], amount="48600", purpose="检修费", memo="2#机组小修费用（5月）",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=cy_erp("2#机组小修费用（5月）", "雅电检修", "CY-JX-2026-01", invoice("cy:0506", "51")),
           contract_id="CY-JX-2026-01", invoice_no=invoice("cy:0506", "51"))

# A couriered, sealed "account change" letter for the turbine-parts supplier.
_acc = acct("cy:v02-fake", "7559", 16)
CY.payment("test", "2026-05-07 15:40",
           note="A sealed bank-change letter couriered in the turbine-parts supplier's name moves its account to a Shenzhen branch a day before a 186k parts payment, and nobody rang the number on file.",
           payee=dict(CY_V["02"], account_no=_acc, bank="招商银行深圳车公庙支行"),
           amount="186400", purpose="货款", memo="水轮机转轮密封环及导叶轴套（4月到货）",
           channel="letter", from_name="成都蜀能水轮机配件有限公司（来函落款：财务部）",
           from_contact="0755-0000836", by="E3102", approvers=["E3101", "E3100"],
           text=("【顺丰到件，出纳扫描录入】\n关于变更我司收款账户的函\n宝兴县翠岩水电开发有限公司财务部：\n"
                 "我司因基本存款账户所在网点撤并，经董事会决定，自即日起贵司应付我司的全部款项请汇入以下新账户：\n"
                 f"户名：成都蜀能水轮机配件有限公司\n开户行：招商银行深圳车公庙支行\n账号：{_acc}\n"
                 "原成都账户将于5月底前注销，请勿再向原账户付款，以免款项退回影响贵司检修进度。"
                 "对账事宜请联系本函所列财务电话0755-0000836。\n特此函告。\n"
                 "成都蜀能水轮机配件有限公司（公章、财务专用章）\n2026年4月30日"),
           contract_id="CY-CG-2026-03", invoice_no=invoice("cy:0507", "51"),
           changed_at="2026-05-06 09:40",
           **scam("account_change", "block", ["letter_instruction", "account_change_words", "account_changed_recent",
                                               "first_time_payee", "unusual_bank_region"]))

# The genuine version: sealed letter handed over by the known salesman, call-back on file, test remittance.
_acc = acct("cy:v04-new", "8816", 19)
CY.payment("test", "2026-05-08 09:50",
           note="Hard negative: First payment to the lubricant dealer's new rural-bank account, changed eleven days earlier on a sealed letter and confirmed by a call-back to the number on file and a one-yuan test remittance.",
           payee=dict(CY_V["04"], account_no=_acc, bank="四川雅安农村商业银行雨城支行"),
           amount="23760", purpose="货款", memo="透平油及变压器油（4月）",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=(cy_erp("透平油及变压器油（4月）", "川西润滑油", "CY-CG-2026-05", invoice("cy:0508", "51")) +
                 "\n附：川西润滑油4月25日《银行账户变更函》原件，其业务员张伟来站送油时当面交来，盖公章及财务章。"
                 f"4月27日罗国华按供应商档案预留电话{CY_V['04']['phone']}回拨对方财务周会计，确认开户行由建行改为雅安农商行，户名不变；"
                 "4月28日试付1.00元，对方回电确认到账。"),
           contract_id="CY-CG-2026-05", invoice_no=invoice("cy:0508", "51"),
           changed_at="2026-04-27 10:20",
           verification=verified(CY_V["04"]["phone"], "E3101", "2026-04-27 09:55"),
           signals=["account_changed_recent", "letter_instruction", "account_change_words", "first_time_payee"])

CY.order("test", "2026-05-11 10:30", note="Routine: June direct-supply prepayment order from the silicon smelter.",
         customer=CY_C01, items=[cy_power("2026年6月", 125, "2680")], channel="erp",
         address="宝兴县灵关镇蜀西硅业厂区10kV专线", deadline="2026-06-01",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-01，6月计划电量")

# A phone call from a "police economic-crime officer" demanding a supervised account.
_acc = acct("cy:ai-jt", "6933", 19)
CY.payment("test", "2026-05-12 14:20",
           note="A caller claiming to be from the city police economic-crime unit tells the cashier the station's account is tied to a laundering case and orders 380k moved to a supervised account for checking, keeping it from colleagues.",
           payee=payee("成都锦泰融通商务服务有限公司", _acc, "中国民生银行成都分行营业部"),
           amount="380000", purpose="资金核查", memo="配合经侦资金核查转入监管账户（核查后退回）",
           channel="phone", from_name="自称雅安市公安局经侦支队 张警官", from_contact="0835-0000110",
           by="E3102", approvers=[], urgent=True,
           text=("14:05 来电记录（杨晓琴）：对方称是雅安市公安局经侦支队张警官，说我站在农行的电费结算户被一起电信诈骗洗钱案牵连，"
                 "有一笔赃款流入，要求今天下班前把账上38万转到公安机关的监管账户做资金核查，核查完三个工作日原路退回；"
                 "不转就冻结整个账户，影响电费到账。要求不能告诉单位其他人，说泄露案情要负法律责任。"
                 "对方报的收款户名：成都锦泰融通商务服务有限公司（称是公安合作的资金托管方）。"),
           **scam("authority_impersonation", "block", ["phone_instruction", "authority_words", "safe_account_words",
                                                        "secrecy_words", "urgency", "first_time_payee", "no_approval"]))

# Genuine court enforcement notice served in person; paid to the court's own account.
_court = acct("cy:court", "22", 19)
CY.payment("test", "2026-05-13 11:05",
           note="Hard negative: Enforcement money under a final judgment paid to the county people's court's own account after two bailiffs served the notice and the case number was checked against the court's published line.",
           payee=payee("宝兴县人民法院", _court, "中国农业银行宝兴县支行", phone="0835-0000231"),
           amount="127350", purpose="执行款", memo="(2026)川1827执218号 执行款",
           channel="letter", from_name="宝兴县人民法院执行局", from_contact="0835-0000231",
           by="E3102", approvers=["E3101", "E3100"],
           text=("执行通知书 (2026)川1827执218号\n宝兴县翠岩水电开发有限公司：\n"
                 "申请执行人雅安市宏坤建筑劳务有限公司与你单位建设工程施工合同纠纷一案，本院(2025)川1827民初1064号民事判决书已发生法律效力。"
                 "申请执行人于2026年4月30日向本院申请强制执行。依照《中华人民共和国民事诉讼法》规定，责令你单位自收到本通知之日起履行下列义务：\n"
                 "一、支付工程款118000元及利息；\n二、负担迟延履行期间的债务利息及执行费。\n"
                 f"款项请汇入本院执行款专户（户名：宝兴县人民法院，开户行：中国农业银行宝兴县支行，账号{_court}），汇款时注明案号。\n"
                 "——执行干警2人于5月12日到站送达，罗国华签收；已按法院官网公布电话核实案号及账户；法律顾问意见：判决已生效，按期履行。"),
           verification=verified("0835-0000231", "E3101", "2026-05-12 15:30"),
           signals=["authority_words", "letter_instruction", "first_time_payee"])

# "The chairman's secretary" on the phone.
_acc = acct("cy:bi-ca", "1234", 19)
CY.payment("test", "2026-05-14 16:10",
           note="A woman phoning as the group chairman's new secretary says he is in a flood-control meeting and wants a 98k deposit for emergency gear paid today to a Chengdu firm without troubling the station manager.",
           payee=payee("成都川安应急装备有限公司", _acc, "中国银行成都高新技术产业开发区支行"),
           amount="98000", purpose="预付款", memo="防汛应急物资预订金（董事长交办）",
           channel="phone", from_name="自称集团董事长秘书 唐秘书", from_contact=mob("cy:bi-tang", "183"),
           by="E3102", approvers=[], urgent=True,
           text=("电话记录（5月14日15:52，杨晓琴）：\n对方说是集团任董事长新来的秘书小唐，董事长在省里开防汛调度会，手机交上去了不方便接电话。"
                 "董事长交代：今年汛期要提前备冲锋舟、抽水泵，集团统一在成都川安应急装备订了一批，翠岩站分摊9万8千的预订金，"
                 "让今天务必付过去，不然排不上货。合同和集团的文件等董事长开完会回来补签，这事董事长说直接办，不用再去麻烦高站长。"
                 "收款信息她随后短信发过来了。"),
           **scam("boss_impersonation", "flag", ["phone_instruction", "boss_role", "new_contact", "cannot_call",
                                                  "bypass_process", "secrecy_words", "urgency", "deposit_words",
                                                  "first_time_payee", "no_approval"]))

# Genuine phone instruction from the station manager, approved in the ERP.
CY.payment("test", "2026-05-15 10:40",
           note="Hard negative: After a night storm the station manager phones from the dam to hire two excavators from a local firm, and the payment goes through the ERP with his own mobile approval.",
           payee=payee("宝兴县顺发工程机械租赁有限公司", acct("cy:shunfa", "8816", 19), "四川雅安农村商业银行宝兴支行",
                       phone=tel("0835", "cy:shunfa")),
           amount="16800", purpose="机械租赁费", memo="5月14日暴雨后进水口拦污栅清淤挖机台班（14台班）",
           channel="phone", from_name="高明川", from_contact=CY_GAO_MOBILE,
           by="E3111", approvers=["E3100", "E3101"], urgent=True,
           text=("电话记录（5月15日8:55，王建）：高站长在坝上打电话，昨晚暴雨进水口拦污栅被树枝和淤泥堵了，出力掉了一半，"
                 "让马上从县城顺发机械叫两台挖机来清，按台班结算，今天先付14个台班。\n"
                 "——高站长已在金蝶K3移动审批通过（单号FK-0515-03），罗国华审核；对方营业执照、台班签认单已附。"),
           signals=["phone_instruction", "boss_role", "urgency", "first_time_payee"])

# An SMS "allowance" notice asking the company to pay a handling fee and collect staff card details.
_acc = acct("cy:fs-deng", "6217", 19)
CY.payment("test", "2026-05-18 09:30",
           note="An SMS signed by the city human-resources bureau promises a reservoir-post allowance to 36 staff if the company first pays a per-head handling fee to a named clerk and sends everyone's card and phone details.",
           payee=payee("邓小梅", _acc, "中国邮政储蓄银行成都市分行", account_type="personal"),
           amount="5400", purpose="服务费", memo="库区岗位津贴发放服务费（36人×150元）",
           channel="sms", from_name="短信署名：雅安人社 职工津贴办", from_contact=mob("cy:fs-sms", "159"),
           by="E3130", approvers=["E3101"],
           text=("【雅安人社】宝兴县翠岩水电开发有限公司：根据川人社发〔2026〕11号文件，贵单位36名库区一线职工2026年度岗位津贴（每人3200元）已核定，"
                 f"由代发机构统一发放到个人。请单位于5月20日前按每人150元缴纳代发服务费至经办人邓小梅账户（邮储银行 {_acc}），"
                 "并将职工姓名、身份证号、银行卡号及预留手机号整理后回复本号码，过期名额收回。\n——何芳转财务申请付款。"),
           **scam("fake_salary", "flag", ["subsidy_words", "fee_words", "urgency", "personal_account", "first_time_payee"]))

CY.payment("test", "2026-05-19 15:15", note="Routine: April-May dam safety monitoring fee to the regular monitoring firm.",
           payee=CY_V["06"], amount="18300", purpose="服务费", memo="4-5月大坝安全监测服务费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101"],
           text=cy_erp("4-5月大坝安全监测服务费", "华岳监测", "CY-JC-2026-01", invoice("cy:0519", "51")),
           contract_id="CY-JC-2026-01", invoice_no=invoice("cy:0519", "51"))

# A "dunning letter" that reuses the already-paid March overhaul invoice and a near-identical company name.
_acc = acct("cy:fi-yadian", "6229", 19)
CY.payment("test", "2026-05-20 11:20",
           note="A posted dunning letter from a near-namesake of the maintenance contractor claims the March overhaul invoice, already paid, is still open and asks for payment to the namesake's account.",
           payee=payee("雅安雅电检修工程有限公司", _acc, "四川天府银行雅安分行"),
           amount="68500", purpose="检修费", memo="3月1#机组检修费（对方催款）",
           channel="letter", from_name="雅安雅电检修工程有限公司 财务部", from_contact=tel("0835", "cy:fi-yadian"),
           by="E3102", approvers=["E3101"],
           text=("催款函\n宝兴县翠岩水电开发有限公司：\n"
                 f"我司于2026年3月为贵站1#机组完成检修，已开具增值税专用发票（发票号码{CY_INV_0303}，金额68500元），至今未收到款项。"
                 "因我司内部重组，检修业务已划转至雅安雅电检修工程有限公司，请贵司收到本函后5个工作日内将上述款项支付至以下账户：\n"
                 f"户名：雅安雅电检修工程有限公司  开户行：四川天府银行雅安分行  账号：{_acc}\n"
                 "逾期将按合同约定计收违约金。\n（盖章）2026年5月15日\n——出纳备注：EMS寄到；发票复印件附后。"),
           invoice_no=CY_INV_0303,
           **scam("fake_invoice", "block", ["letter_instruction", "duplicate_invoice", "payee_name_mismatch",
                                             "first_time_payee", "account_change_words", "urgency"]))

CY.payment("test", "2026-05-21 14:00",
           note="Hard negative: April water-resources tax and VAT paid to the county treasury by tripartite debit after a posted deadline reminder from the tax bureau.",
           payee=CY_V["tax"], amount="71880", purpose="税款", memo="2026年4月水资源税、增值税",
           channel="letter", from_name="国家税务总局宝兴县税务局", from_contact="12366",
           by="E3101", approvers=["E3100"],
           text=("国家税务总局宝兴县税务局 税务事项通知书（宝税通〔2026〕0412号）：你单位2026年4月所属期水资源税、增值税申报期限为5月22日，"
                 "请按期通过电子税务局申报并缴纳税款，逾期将依法加收滞纳金。\n"
                 "——罗国华已在电子税务局完成申报，应纳税额71880.00元，三方协议扣缴。"),
           signals=["authority_words", "letter_instruction", "urgency"])

# A couriered "loan approval" asking for appraisal fee and risk deposit before disbursement.
_acc = acct("cy:af-hc", "6230", 19)
CY.payment("test", "2026-05-22 10:10",
           note="A couriered loan-approval letter from a Chengdu consultancy says a 3m unsecured flood-repair loan is ready once the station pays an appraisal fee and a risk deposit to the consultancy.",
           payee=payee("四川汇川锦程企业管理咨询有限公司", _acc, "成都农村商业银行青羊支行"),
           amount="26000", purpose="服务费", memo="水毁修复贷款评估费及风险保证金",
           channel="letter", from_name="四川汇川锦程企业管理咨询有限公司（融资服务部）", from_contact=mob("cy:af-hc", "183"),
           by="E3102", approvers=["E3101"],
           text=("贷款审批结果告知书\n宝兴县翠岩水电开发有限公司：\n"
                 "贵司申请的水毁工程修复专项贷款（额度300万元，年化3.2%，期限3年，无需抵押）已通过合作银行预审。"
                 "根据放款流程，请于5月26日前缴纳资产评估费6000元及风险保证金20000元（放款后随首期利息退还）至我司账户，"
                 "我司收款后3个工作日内安排银行面签放款。\n"
                 f"户名：四川汇川锦程企业管理咨询有限公司\n开户行：成都农村商业银行青羊支行  账号：{_acc}\n（盖章）\n"
                 "——背景：4月底有一位自称融资顾问的人到站里推荐过该贷款，高站长未作决定。"),
           **scam("advance_fee", "flag", ["letter_instruction", "loan_fee_words", "fee_words", "first_time_payee",
                                           "no_po_contract"]))

_acc = acct("cy:feishui", "22", 19)
CY.payment("test", "2026-05-25 11:30",
           note="Hard negative: Reservoir fund levy paid to the county finance bureau's non-tax collection account after a written payment notice checked on the provincial non-tax system.",
           payee=payee("宝兴县财政局非税收入汇缴结算户", _acc, "中国农业银行宝兴县支行"),
           amount="45600", purpose="库区基金", memo="2025年度大中型水库库区基金（按上网电量核定）",
           channel="letter", from_name="宝兴县财政局", from_contact=tel("0835", "cy:czj"),
           by="E3101", approvers=["E3100"],
           text=("缴款通知书 宝财非税〔2026〕27号：经核定，你单位2025年度应缴大中型水库库区基金45600元，"
                 "请于2026年5月31日前通过非税收入缴款码缴入汇缴结算户。\n"
                 "——罗国华已在四川省非税收入一体化系统核对缴款码、收款账户及金额无误。"),
           signals=["authority_words", "letter_instruction", "first_time_payee"])

# A warehouse keeper caught in a task scam asks for a personal advance to a stranger's card.
_acc = acct("cy:tr-wang", "6217", 19)
CY.payment("test", "2026-05-26 16:45",
           note="The warehouse keeper files a cash advance to a stranger's card, and the attached SMS shows a task platform demanding a top-up to release a frozen balance and its kickbacks.",
           payee=payee("王梦雪", _acc, "中国建设银行东莞分行", account_type="personal"),
           amount="18800", purpose="借支", memo="个人借支（家中急用）",
           channel="erp", from_name="李娟", by="E3120", approvers=["E3101"],
           text=("金蝶K3借支单：借支人李娟（仓库），事由：家里急用，下月工资扣回。收款人：王梦雪（亲戚代收）。\n"
                 "附件截图（李娟手机短信，一并上传）：\n【任务中心】尊敬的会员，您当前第4单为组合任务，系统检测到连单未完成，账户已冻结。"
                 "需补充值18800元完成该组合单，完成后本金及返力一次性提现至您的银行卡，超时将清空积分。"),
           **scam("task_rebate", "block", ["task_rebate_words", "topup_words", "personal_account", "first_time_payee",
                                            "vague_memo", "evasion_homophone"]))

CY.order("test", "2026-05-27 10:25", note="Routine: June direct-supply order from the marble processor.",
         customer=CY_C02, items=[cy_power("2026年6月", 38, "2750")], channel="erp",
         address="宝兴县穆坪镇鑫磊石材加工厂", deadline="2026-06-01",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-02")

# A sealed "overpayment" letter asking the refund to go to an affiliate.
_acc = acct("cy:or-wz", "6231", 19)
CY.payment("test", "2026-05-28 15:30",
           note="A letter stamped with the smelter's finance seal claims a 150k overpayment of the May power prepayment and asks the refund to go to an affiliated trading company, though the bank statement shows no extra money.",
           payee=payee("雅安蜀西物资贸易有限公司", _acc, "雅安市商业银行雨城支行"),
           amount="150000", purpose="退款", memo="退还蜀西硅业5月直供电多付预付款",
           channel="letter", from_name="宝兴县蜀西硅业有限公司（来函，盖财务专用章）", from_contact=mob("cy:or-sx", "159"),
           by="E3102", approvers=["E3101"],
           text=("情况说明\n翠岩水电财务部：\n我司5月份直供电预付款应付34.84万元，因出纳操作失误实际转出49.84万元，多付15万元，银行回单照片已发贵站罗会计手机。"
                 "现我司基本户正在做年度审计，暂不能收款，请将多付的15万元退至我司关联公司雅安蜀西物资贸易有限公司账户"
                 f"（开户行：雅安市商业银行雨城支行，账号：{_acc}），我司下月对账时一并冲抵。\n宝兴县蜀西硅业有限公司财务部（财务专用章）\n"
                 "——罗国华备注：农行流水只查到5月6日蜀西硅业到账34.84万元一笔，未见多付款项。"),
           **scam("overpayment_refund", "block", ["letter_instruction", "refund_words", "overpayment",
                                                   "refund_to_other_account", "payee_name_mismatch", "first_time_payee"]))

_acc = acct("cy:c01acct", "22", 19)
CY.payment("test", "2026-06-01 10:05",
           note="Hard negative: A duplicated capacity-charge payment is refunded to the smelter's own paying account after the bank statement showed both credits and a call-back to its finance office.",
           payee=payee("宝兴县蜀西硅业有限公司", _acc, "中国农业银行宝兴县支行", phone=CY_C01["phone"]),
           amount="40200", purpose="退款", memo="原路退回蜀西硅业4月基本电费重复付款",
           channel="letter", from_name="宝兴县蜀西硅业有限公司财务部", from_contact=CY_C01["phone"],
           by="E3102", approvers=["E3101", "E3100"],
           text=("蜀西硅业5月28日来函（盖公章、财务章）：我司4月基本容量电费40200元于4月24日重复支付两次（回单号0424-031与0424-047），"
                 "请原路退回其中一笔至我司付款账户。\n"
                 f"——罗国华核对农行流水，两笔均已入账，付款账户均为{_acc}；按客户档案电话回拨其财务主管确认；原路退回。"),
           verification=verified(CY_C01["phone"], "E3101", "2026-05-29 10:20"),
           signals=["refund_words", "overpayment", "letter_instruction", "first_time_payee"])

# Structural-only diversion of the labour company's account.
CY.payment("test", "2026-06-02 14:40",
           note="Structural only: the labour company's account was switched to a new postal-savings account seven days before this routine 42k clearing payment, with nothing unusual in the wording.",
           payee=dict(CY_V["05"], account_no=acct("cy:v05-new", "9510", 19), bank="中国邮政储蓄银行雅安市分行"),
           amount="42000", purpose="劳务费", memo="5月库区清漂及坝前漂浮物清理",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101"],
           text=cy_erp("5月库区清漂及坝前漂浮物清理", "安顺劳务", "CY-LW-2026-02", invoice("cy:0602", "51")),
           contract_id="CY-LW-2026-02", invoice_no=invoice("cy:0602", "51"),
           changed_at="2026-05-26 10:00",
           **scam("account_change", "block", ["account_changed_recent", "first_time_payee"]))

CY.payment("test", "2026-06-03 09:45", note="Routine: May payroll through the bank payroll account.",
           payee=CY_V["pay"], amount="291600", purpose="工资", memo="5月工资代发（42人）",
           channel="erp", from_name="何芳", by="E3130", approvers=["E3101", "E3100"],
           text="金蝶K3付款申请单｜5月工资代发（42人）｜工资表已审批")

# A former contractor's boss asks to pass 600k through the station's account.
_acc = acct("cy:al-hr", "6232", 19)
CY.payment("test", "2026-06-04 11:10",
           note="A former road contractor's boss phones to route 600k that has just landed from an unknown Chengdu firm through the station's account to a building-materials trader, offering one percent.",
           payee=payee("成都恒锐建材贸易有限公司", _acc, "成都银行金牛支行"),
           amount="600000", purpose="往来款", memo="代鼎盛路桥转付材料款",
           channel="phone", from_name="雅安市鼎盛路桥工程有限公司 康总", from_contact=mob("cy:al-kang", "134"),
           by="E3102", approvers=["E3101"],
           text=("电话记录（6月4日9:20，杨晓琴）：鼎盛路桥康总来电，说他们中标了县里一个公路项目，业主要求材料款必须公对公，"
                 "他们自己的账户在做变更用不了，想借我们站的户头把钱倒一下手：上午已让成都一家公司给我们户上打了60万，请我们今天转给成都恒锐建材，"
                 "给我们1个点的手续费。说跟高站长是老熟人，打过招呼了。\n"
                 "——查农行流水：10:02到账60万元，付款人：四川锦程通达商贸有限公司，摘要：货款。"),
           **scam("account_lending", "block", ["phone_instruction", "account_lending_words", "in_out_match",
                                                "first_time_payee", "vague_memo", "no_po_contract"]))

CY.payment("test", "2026-06-05 10:30",
           note="Hard negative: The group finance office phones to bring the monthly cash sweep forward and raise it to 8m, confirmed by calling the group's landline on file and approved in the ERP.",
           payee=CY_V["grp"], amount="8000000", purpose="资金归集", memo="6月资金上划集团（提前）",
           channel="phone", from_name="集团财务部 资金主管 周敏", from_contact=CY_V["grp"]["phone"],
           by="E3101", approvers=["E3100"], urgent=True,
           text=("电话记录（6月5日9:10，罗国华）：集团财务部周敏来电，因集团6月8日要归还银行贷款，本月资金上划提前到今天，金额800万元，"
                 "按《集团资金集中管理办法》上划至集团在工行成都分行的归集账户。\n——已回拨集团财务部座机核实；高站长在K3审批。"),
           verification=verified(CY_V["grp"]["phone"], "E3101", "2026-06-05 09:25"),
           signals=["phone_instruction", "urgency", "large_vs_usual"])

# An in-person "tunnel project department" wanting construction power on credit.
CY.order("test", "2026-06-08 15:20",
         note="A man with a sealed introduction letter from a 'tunnel project department' asks for six months of construction power on quarterly credit, gives only a mobile and a QQ mailbox, and the firm was registered in February.",
         customer=customer("中交隧建（四川）工程有限公司", uscc("cy:fp-zj", "510107"), "项目部物资部长 黄立新",
                           mob("cy:fp-huang", "183"), email="zjsj_baoxing@qq.com"),
         items=[item("施工临时用电（10kV直供）", 180, "万千瓦时", "2700")], channel="in_person",
         address="宝兴县硗碛乡隧道施工营地（10kV临时线路接入）", deadline="2026-06-20",
         terms="按季度结算，业主计量款拨付后支付",
         notes=("项目部黄部长持盖章介绍信来站洽谈：宝兴至小金公路隧道标段施工用电，要求6月20日前从我站10kV出线接临时线路，"
                "先供电后结算，按季度付，业主计量款下来就付。介绍信上的办公电话打不通，黄部长说项目部还没装座机，有事打他手机或发QQ邮箱。"
                "营业执照复印件显示公司成立于2026年2月。"),
         **scam("fake_purchaser", "flag", ["institution_claim", "new_customer", "large_first_order",
                                            "credit_terms_requested", "contact_mismatch", "shell_company"]))

CY.order("test", "2026-06-09 10:50",
         note="Hard negative: The smelter's supply chief brings a sealed supplement raising July power to 1.8m kWh on monthly settlement, signed by both legal representatives.",
         customer=CY_C01, items=[cy_power("2026年7月", 180, "2680")], channel="in_person",
         address="宝兴县灵关镇蜀西硅业厂区10kV专线", deadline="2026-07-01",
         terms="先用电后按月结算（补充协议CY-GD-2026-01-B）",
         notes=("蜀西硅业供应科赵科长到站送来盖章的《2026年直供电补充协议》：新增一台矿热炉，7月起月用电量增加到180万千瓦时，"
                "改为先用电后按月结算，协议经双方法定代表人签字，高站长批准。"),
         signals=["credit_terms_requested", "letter_instruction"])

# An in-person "pumped-storage project manager" selling a subcontract for a performance bond.
_acc = acct("cy:cf-cn", "6233", 19)
CY.payment("test", "2026-06-10 16:00",
           note="A visitor presenting himself as the main O&M contractor of a provincial pumped-storage plant offers a 12m three-year subcontract if the station first pays a 280k performance bond to his three-month-old firm.",
           payee=payee("四川川能拓远工程管理有限公司", _acc, "成都银行高新支行"),
           amount="280000", purpose="履约保证金", memo="抽水蓄能电站运维分包项目履约保证金",
           channel="in_person", from_name="四川川能拓远工程管理有限公司 项目经理 屈志远", from_contact=mob("cy:cf-qu", "159"),
           by="E3101", approvers=["E3100"],
           text=("来访记录（6月10日，高站长、罗国华接待）：屈经理称其公司是某省属能源集团抽水蓄能电站的运维总包单位，电站总投资80多亿，"
                 "是省重点项目，想把机组日常检修分包给周边有经验的小水电站，三年合同额约1200万元。"
                 "要求我站先交28万元履约保证金才能进入分包名单，合同文本在保证金到账后由总包方盖章寄来。\n"
                 "——查询：该公司2026年3月成立，注册资本100万元，未实缴；经营范围为工程管理咨询。"),
           **scam("contract_fraud", "flag", ["bigproject_words", "deposit_words", "fee_asked_of_seller", "shell_company",
                                              "first_time_payee", "no_po_contract"]))

# A foreman phones to have six temporary workers' wages paid to his card.
_acc = acct("cy:fs-ma", "6228", 19)
CY.payment("test", "2026-06-11 11:40",
           note="The foreman of six temporary dam patrol workers phones to have all their May wages paid to his own card, saying he will hand out cash.",
           payee=payee("马德贵", _acc, "中国农业银行雅安分行", account_type="personal"),
           amount="32400", purpose="工资", memo="汛期临时巡坝工5月工资（6人）",
           channel="phone", from_name="临时工班长 马德贵", from_contact=mob("cy:fs-ma", "183"),
           by="E3130", approvers=["E3101"],
           text=("电话记录（6月11日，何芳）：巡坝临时工班长马德贵打电话说，6个人的卡有的丢了、有的是外地卡取钱不方便，"
                 "这个月的工资统一打到他卡上，他取了现金发给大家。工资表另附。"),
           **scam("fake_salary", "block", ["phone_instruction", "payroll_change", "payee_not_employee",
                                            "payee_shared_by_employees", "personal_account", "first_time_payee"]))

CY.order("test", "2026-06-15 10:20", note="Routine: July direct-supply order from the marble processor.",
         customer=CY_C02, items=[cy_power("2026年7月", 37, "2750")], channel="erp",
         address="宝兴县穆坪镇鑫磊石材加工厂", deadline="2026-07-01",
         terms="月度预付，次月按表计结算", notes="按直供电合同CY-GD-2026-02")

# A posted "dam registration review" notice routing a fee to a consultancy.
_acc = acct("cy:ai-ard", "5121", 19)
CY.payment("test", "2026-06-16 14:30",
           note="A posted notice in the name of the energy regulator's dam-registration team threatens to cut the station off the grid unless a review fee reaches a private safety consultancy within days.",
           payee=payee("四川安瑞达安全技术咨询有限公司", _acc, "中国光大银行成都分行"),
           amount="8600", purpose="评审费", memo="水电站大坝安全注册年度复核评审费",
           channel="letter", from_name="自称国家能源局四川监管办公室 大坝安全注册工作组", from_contact=mob("cy:ai-liu", "159"),
           by="E3102", approvers=["E3101"],
           text=("关于开展2026年度小水电站大坝安全注册复核的通知\n各相关水电站：\n"
                 "根据上级安排，2026年对辖区小水电站开展大坝安全注册复核。请你站于6月20日前缴纳复核评审费8600元至技术支撑单位"
                 f"四川安瑞达安全技术咨询有限公司（开户行：中国光大银行成都分行，账号{_acc}），评审组将于缴费后安排现场检查。"
                 "逾期未缴的，视为放弃注册，按有关规定暂停并网发电。\n"
                 f"联系人：刘工 {mob('cy:ai-liu', '159')}\n（盖章：大坝安全注册工作组）\n——快递寄到站里；文号处为空，落款章不是单位全称。"),
           **scam("authority_impersonation", "flag", ["authority_words", "letter_instruction", "fee_words", "urgency",
                                                       "first_time_payee", "no_po_contract"]))

CY.order("test", "2026-06-17 10:00",
         note="Hard negative: The county water-supply company, a new state-owned customer, sends a sealed application and the development bureau's approval for monthly-settled direct supply to its pumping station.",
         customer=customer("宝兴县城乡供水有限公司", uscc("cy:water", "511827"), "办公室 苏主任", tel("0835", "cy:water"),
                           email="bxgs_office@bxwater.cn"),
         items=[cy_power("2026年7月", 8, "2750")], channel="letter",
         address="宝兴县穆坪镇城北取水泵站", deadline="2026-07-01",
         terms="按月抄表结算（供用电合同经县国资委批复）",
         notes=("县城乡供水公司（县属国企）办公室送来盖章的《直供电申请函》和县发改局同意直供的批复文件，取水泵站新装10kV专线，"
                "月用电约8万千瓦时，按月抄表结算；对方座机与县政府网站公布一致。"),
         signals=["institution_claim", "new_customer", "credit_terms_requested", "letter_instruction"])

_acc = acct("cy:train", "22", 19)
CY.payment("test", "2026-06-18 09:40",
           note="Hard negative: A safety-refresher training fee for three managers paid to the training centre named in the county emergency bureau's posted and published notice.",
           payee=payee("雅安市安全生产培训中心", _acc, "中国农业银行雅安分行", phone=tel("0835", "cy:train")),
           amount="3600", purpose="培训费", memo="主要负责人及安全管理人员安全生产知识复训（3人）",
           channel="letter", from_name="宝兴县应急管理局", from_contact=tel("0835", "cy:yjj"),
           by="E3130", approvers=["E3101"],
           text=("宝兴县应急管理局《关于组织2026年度安全生产管理人员复训的通知》（宝应急发〔2026〕19号，县政府网站同步公布）："
                 "各电站主要负责人和安全管理人员须参加复训，培训费每人1200元，由培训机构开具发票。\n"
                 "——罗国华在县政府网站核对文件及培训机构收款账户一致，已报名3人。"),
           signals=["authority_words", "letter_instruction", "fee_words", "first_time_payee"])

# A directory "listing fee" dressed as a bill.
_acc = acct("cy:fi-hdl", "0110", 19)
CY.payment("test", "2026-06-22 15:10",
           note="A mailed payment slip for an industry directory listing the station never ordered, looking like an invoice and warning that unpaid entries will be marked unverified.",
           payee=payee("北京华电联信息技术有限公司", _acc, "北京农村商业银行海淀支行"),
           amount="3980", purpose="信息服务费", memo="《中国水电企业名录》2026年度收录费",
           channel="letter", from_name="《中国水电企业名录》编委会", from_contact=tel("010", "cy:fi-hdl"),
           by="E3102", approvers=["E3101"],
           text=("《中国水电企业名录（2026版）》收录确认及缴费通知单\n单位名称：宝兴县翠岩水电开发有限公司  收录编号：SD-2026-51-0873\n"
                 "贵单位信息已列入2026版名录（纸质版+网络版），年度收录维护费3980元，请于收到通知后7日内汇至："
                 f"北京华电联信息技术有限公司  开户行：北京农村商业银行海淀支行  账号：{_acc}\n"
                 "未按期缴费的，名录中贵单位信息将标注为“待核实”。\n——随信附一张发票样式的“缴费凭单”。我站从未订过该名录。"),
           **scam("fake_invoice", "flag", ["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract",
                                            "urgency"]))

# A "rural bank loan officer" asks for a capital-verification transfer to a personal card.
_acc = acct("cy:af-zhong", "6222", 19)
CY.payment("test", "2026-06-23 11:00",
           note="A caller posing as a rural-bank loan officer says a 5m upgrade loan is approved but needs 200k parked on a 'supervisor's' personal card to prove liquidity, followed by an SMS in traditional characters.",
           payee=payee("钟雨涵", _acc, "中国工商银行成都春熙支行", account_type="personal"),
           amount="200000", purpose="验资", memo="贷款验资（放款后退回）",
           channel="phone", from_name="自称宝兴农商行合作信贷经理 陈经理", from_contact=mob("cy:af-chen", "183"),
           by="E3102", approvers=["E3101"], urgent=True,
           text=("电话记录（6月23日，杨晓琴）：陈经理说我站技改贷款已批，放款前要看企业有没有还款能力，需要先转一笔钱，银行下午4点截止。\n"
                 "对方随后发来短信：【貸款部】您公司技改貸款500萬已審批通過，放款前需驗資20萬至監管員鍾雨涵賬戶"
                 f"（工行 {_acc}），驗資完成即放款並全額退回。"),
           **scam("advance_fee", "block", ["phone_instruction", "loan_fee_words", "personal_account", "first_time_payee",
                                            "urgency", "evasion_traditional"]))

_acc = acct("cy:hx", "5101", 19)
CY.payment("test", "2026-06-24 10:30",
           note="Hard negative: Collateral appraisal fee for a real upgrade loan paid to an appraiser on the lending bank's panel, as the signed loan contract provides.",
           payee=payee("四川衡信资产评估有限公司", _acc, "中国建设银行成都新华支行", phone=tel("028", "cy:hx")),
           amount="12000", purpose="评估费", memo="技改贷款抵押资产评估费（贷款行入围评估机构）",
           channel="erp", from_name="罗国华", by="E3101", approvers=["E3100"],
           text=("金蝶K3付款申请单｜技改贷款抵押物（2#机组设备）评估费｜衡信评估｜依据：与宝兴县农村商业银行签订的"
                 "《固定资产借款合同》（宝农商借字2026第0611号）第8条，评估费由借款人承担；评估机构在银行入围名单内，评估委托书三方盖章。"),
           contract_id="宝农商借字2026第0611号",
           signals=["loan_fee_words", "first_time_payee"])

CY.payment("test", "2026-06-29 14:50", note="Routine: June maintenance fee to the regular contractor.",
           payee=CY_V["01"], amount="51200", purpose="检修费", memo="6月日常维护费",
           channel="erp", from_name="杨晓琴", by="E3102", approvers=["E3101", "E3100"],
           text=cy_erp("6月日常维护费", "雅电检修", "CY-JX-2026-01", invoice("cy:0629", "51")),
           contract_id="CY-JX-2026-01", invoice_no=invoice("cy:0629", "51"))

# Evening WeChat from a new account wearing the station manager's photo.
_acc = acct("cy:bi-rh", "5105", 19)
CY.payment("test", "2026-07-02 19:40",
           note="In the evening a newly added WeChat account with the station manager's photo asks the cashier for a photo of the balance, then for a 265k governor prepayment to an unknown firm with approval 'tomorrow'.",
           payee=payee("四川蓉辉机电设备有限公司", _acc, "中国建设银行成都金牛支行"),
           amount="265000", purpose="设备款", memo="高站长交办 调速器设备预付款",
           channel="im", from_name="微信“高明川”", from_contact=wxid("cy:bi-gao"),
           by="E3102", approvers=[], urgent=True,
           text=("（7月2日19:26 微信，新加的好友，头像是高站长）\n高明川：晓琴，在吗\n高明川：我在雅安跟设计院吃饭，不方便语音\n"
                 "高明川：农行户上现在还有多少？拍个余额给我看下\n杨晓琴：[图片]\n"
                 f"高明川：好，2#机调速器要换，刚跟厂家谈好了，先付26万5预付款给他们，户名四川蓉辉机电设备有限公司，账号{_acc}，建行成都金牛支行\n"
                 "高明川：今晚就转，审批明天我回来再补"),
           **scam("boss_impersonation", "block", ["im_instruction", "new_contact", "boss_role", "cannot_call",
                                                   "balance_probe", "bypass_process", "urgency", "first_time_payee",
                                                   "no_approval", "off_hours"]))

# ====================================================================
# lubai — 山东鲁柏纸业有限公司 (recycled-fibre corrugating medium and kraftliner, Linqing)
# staff: E5200 刘建军 总经理 | E5201 王立新 财务经理 | E5203 孙晓燕 出纳
#        E5210 张磊 销售经理 | E5211 陈静 销售内勤 | E5220 马强 采购
#        E5230 赵丽 人事行政 | E5240 邢卫东 原料车间主任
# chairman 刘德厚 (the general manager's father).  ERP: 用友NC.  Office hours 08:00-17:30.
# ====================================================================
LB = Tenant("lubai", "LB", "山东鲁柏纸业有限公司", acct("lb:payer", "3705", 19))

LB_V = {
    "01": payee("临清市恒通废旧物资回收有限公司", acct("lb:v01", "1610", 19), "山东临清农村商业银行城区支行",
                vendor_id="V-LB01", phone=tel("0635", "lb:v01")),
    "02": payee("李春生", acct("lb:v02", "6228", 19), "中国农业银行临清支行", account_type="personal",
                vendor_id="V-LB02", phone=mob("lb:v02", "159")),
    "03": payee("山东泰和化工助剂有限公司", acct("lb:v03", "1603", 19), "中国工商银行淄博张店支行",
                vendor_id="V-LB03", phone=tel("0533", "lb:v03")),
    "04": payee("临清市热电有限公司", acct("lb:v04", "3705", 19), "中国建设银行临清支行",
                vendor_id="V-LB04", phone=tel("0635", "lb:v04")),
    "05": payee("山东潍坊华纺造纸毛毯有限公司", acct("lb:v05", "1607", 19), "中国工商银行潍坊分行",
                vendor_id="V-LB05", phone=tel("0536", "lb:v05")),
    "06": payee("临清顺达物流有限公司", acct("lb:v06", "1610", 19), "山东临清农村商业银行城区支行",
                vendor_id="V-LB06", phone=tel("0635", "lb:v06")),
    "pay": payee("中国建设银行临清支行（代发工资专户）", acct("lb:pay", "3705", 19), "中国建设银行临清支行",
                 vendor_id="PAY-LB"),
}
LB_C01 = customer("德州市鑫宇包装制品有限公司", uscc("lb:c01", "371402"), "孟经理", tel("0534", "lb:c01"),
                  email="cg@xinyu-pack.com", customer_id="C-LB01")
LB_C02 = customer("聊城市东昌府区万通纸箱厂", uscc("lb:c02", "371502"), "万厂长", mob("lb:c02", "159"),
                  customer_id="C-LB02")
LB_C03 = customer("济南恒丰印刷包装有限公司", uscc("lb:c03", "370112"), "孙经理", tel("0531", "lb:c03"),
                  email="purchase@hengfeng-pkg.com", customer_id="C-LB03")
LB_C07_NEW = customer("河北故城县祥瑞纸制品有限公司", uscc("lb:c07", "131126"), "苗总", mob("lb:c07", "183"))
LB_C07 = dict(LB_C07_NEW, customer_id="C-LB07")
LB_LIU_MOBILE = mob("lb:liu", "134")           # 刘总, company directory


def lb_erp(memo, short, contract, inv):
    return f"用友NC付款单：{memo}｜{short}｜合同{contract}｜发票{inv}"


# ---------------------------------------------------------------- lubai history

LB.order("history", "2026-03-02 10:10", note="Corrugating medium for the established Dezhou box maker on its annual contract.",
         customer=LB_C01, items=[item("高强瓦楞原纸（120g）", 200, "吨", "2580")], channel="erp",
         address="德州市德城区鑫宇包装制品有限公司厂区", deadline="2026-03-06",
         terms="月结30天（年度合同LB-XS-2026-003）", notes="年度合同内常规订货")

LB.payment("history", "2026-03-04 14:20", note="Recovered cardboard from the regular waste-paper company.",
           payee=LB_V["01"], amount="528000", purpose="货款", memo="国废黄板纸（2月下旬到货320吨）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text=lb_erp("国废黄板纸（2月下旬到货320吨）", "恒通回收", "LB-CG-2026-001", invoice("lb:0304", "37")),
           contract_id="LB-CG-2026-001", invoice_no=invoice("lb:0304", "37"))

LB.payment("history", "2026-03-06 10:40", note="Waste paper from the individual collector paid to his own card under the purchase agreement.",
           payee=LB_V["02"], amount="139320", purpose="货款", memo="废纸款（李春生打包站，2月86吨）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text="用友NC付款单：个体废纸收购点李春生2月交货86吨（过磅单已附），单价1620元/吨，按收购协议打其本人银行卡。")

LB.payment("history", "2026-03-09 15:00", note="Surface-sizing starch from the regular chemical supplier.",
           payee=LB_V["03"], amount="74500", purpose="货款", memo="表面施胶淀粉（2月到货）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text=lb_erp("表面施胶淀粉（2月到货）", "泰和助剂", "LB-CG-2026-004", invoice("lb:0309", "37")),
           contract_id="LB-CG-2026-004", invoice_no=invoice("lb:0309", "37"))

LB.order("history", "2026-03-11 11:30", note="Kraftliner order from the local box factory, paid before dispatch.",
         customer=LB_C02, items=[item("牛卡纸（150g）", 60, "吨", "3280")], channel="phone",
         address="聊城市东昌府区万通纸箱厂", deadline="2026-03-14",
         terms="款到发货", notes="万厂长电话订货，款已到")

LB.payment("history", "2026-03-13 16:20", note="February payroll through the bank payroll account.",
           payee=LB_V["pay"], amount="1012600", purpose="工资", memo="2月工资代发（168人）",
           channel="erp", from_name="赵丽", by="E5230", approvers=["E5201", "E5200"],
           text="用友NC付款单：2月工资代发（168人），工资表已审批")

LB.payment("history", "2026-03-18 10:20", note="February steam bill from the park's combined heat and power plant.",
           payee=LB_V["04"], amount="382400", purpose="蒸汽费", memo="2月蒸汽费",
           channel="erp", from_name="孙晓燕", by="E5203", approvers=["E5201"],
           text=lb_erp("2月蒸汽费", "临清热电", "LB-NY-2026-001", invoice("lb:0318", "37")),
           contract_id="LB-NY-2026-001", invoice_no=invoice("lb:0318", "37"))

LB.payment("history", "2026-03-20 14:50", note="Two press felts from the regular felt maker.",
           payee=LB_V["05"], amount="118000", purpose="货款", memo="BM2纸机压榨毛布2条",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201", "E5200"],
           text=lb_erp("BM2纸机压榨毛布2条", "华纺毛毯", "LB-CG-2026-007", invoice("lb:0320", "37")),
           contract_id="LB-CG-2026-007", invoice_no=invoice("lb:0320", "37"))

LB.order("history", "2026-03-25 10:30", note="Small prepaid first order from a Hebei paper-products firm, paid by a partner company.",
         customer=LB_C07_NEW, items=[item("高强瓦楞原纸（140g）", 20, "吨", "2600")], channel="phone",
         address="河北省衡水市故城县郑口镇祥瑞纸制品厂", deadline="2026-03-28",
         terms="款到发货", notes="新客户试单，货款由其合作方故城县宏发商贸有限公司代付，已到账")

LB.payment("history", "2026-03-27 15:30", note="March freight to the regular carrier.",
           payee=LB_V["06"], amount="46820", purpose="运费", memo="3月成品纸运费",
           channel="erp", from_name="孙晓燕", by="E5203", approvers=["E5201"],
           text=lb_erp("3月成品纸运费", "顺达物流", "LB-WL-2026-001", invoice("lb:0327", "37")),
           contract_id="LB-WL-2026-001", invoice_no=invoice("lb:0327", "37"))

LB.order("history", "2026-04-09 10:50", note="Second small prepaid order from the Hebei paper-products firm.",
         customer=LB_C07, items=[item("高强瓦楞原纸（140g）", 30, "吨", "2600")], channel="phone",
         address="河北省衡水市故城县郑口镇祥瑞纸制品厂", deadline="2026-04-12",
         terms="款到发货", notes="货款仍由故城县宏发商贸有限公司代付，已到账")

LB.order("history", "2026-04-14 14:10", note="Kraftliner order from the established Jinan printing-and-packaging customer.",
         customer=LB_C03, items=[item("牛卡纸（170g）", 80, "吨", "3260")], channel="erp",
         address="济南市历城区恒丰印刷包装有限公司", deadline="2026-04-18",
         terms="款到发货", notes="常规订货，款已到")

LB.order("history", "2026-04-21 11:00", note="Corrugating medium for the Dezhou box maker on its annual contract.",
         customer=LB_C01, items=[item("高强瓦楞原纸（120g）", 210, "吨", "2570")], channel="erp",
         address="德州市德城区鑫宇包装制品有限公司厂区", deadline="2026-04-25",
         terms="月结30天（年度合同LB-XS-2026-003）", notes="年度合同内常规订货")

LB.order("history", "2026-04-24 15:10", note="Kraftliner order from the local box factory, paid before dispatch.",
         customer=LB_C02, items=[item("牛卡纸（150g）", 55, "吨", "3270")], channel="phone",
         address="聊城市东昌府区万通纸箱厂", deadline="2026-04-28",
         terms="款到发货", notes="万厂长电话订货，款已到")

# ---------------------------------------------------------------- lubai test

LB.order("test", "2026-05-06 09:20", note="Routine: Corrugating medium for the Dezhou box maker on its annual contract.",
         customer=LB_C01, items=[item("高强瓦楞原纸（120g）", 220, "吨", "2560")], channel="erp",
         address="德州市德城区鑫宇包装制品有限公司厂区", deadline="2026-05-09",
         terms="月结30天（年度合同LB-XS-2026-003）", notes="年度合同内常规补货")

# A visitor from a look-alike of the Dezhou customer wants 400 t on 60-day credit shipped to a Tianjin yard.
LB.order("test", "2026-05-07 10:40",
         note="A visitor with a sealed letter from a company named almost like the Dezhou customer says it is a new sister firm and wants 400 t of kraftliner on 60-day credit sent to a Tianjin logistics-park warehouse within five days.",
         customer=customer("德州鑫宇包装材料有限公司", uscc("lb:fp-xy", "371402"), "采购部 高经理",
                           mob("lb:fp-gao", "159"), email="xinyu_cg@163.com"),
         items=[item("牛卡纸（170g）", 400, "吨", "3250")], channel="in_person",
         address="天津市东丽区某物流园B区12号库", deadline="2026-05-12", terms="货到60天付款",
         notes=("来人自称德州鑫宇的采购经理高经理，带着盖章的采购委托书来厂，说鑫宇新成立了包装材料公司，跟老鑫宇是一个老板，"
                "以后牛卡纸都走新公司下单。这次要400吨，价格按我们报价不还价，要求5天内发到天津东丽的物流园，说是给天津的新厂备货，"
                "货到60天付款。留的是手机和163邮箱，说老鑫宇的采购孟姐调岗了。"),
         **scam("fake_purchaser", "flag", ["lookalike_company", "new_customer", "large_first_order",
                                            "credit_terms_requested", "far_delivery", "contact_mismatch"]))

LB.payment("test", "2026-05-08 15:10", note="Routine: Recovered cardboard from the regular waste-paper company.",
           payee=LB_V["01"], amount="504000", purpose="货款", memo="国废黄板纸（4月下旬到货300吨）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text=lb_erp("国废黄板纸（4月下旬到货300吨）", "恒通回收", "LB-CG-2026-001", invoice("lb:0508", "37")),
           contract_id="LB-CG-2026-001", invoice_no=invoice("lb:0508", "37"))

# The waste-paper company's salesman brings a sealed note: pay the owner's personal card while the company account is "frozen".
_acc = acct("lb:v01-zhao", "6228", 19)
LB.payment("test", "2026-05-11 10:05",
           note="The waste-paper company's salesman hands over a sealed note saying the company account is frozen by a court and payments should go to the owner's personal card, and the owner cannot be reached.",
           payee=dict(LB_V["01"], name="赵玉恒", account_no=_acc, bank="中国农业银行临清支行", account_type="personal"),
           amount="336000", purpose="货款", memo="国废黄板纸（5月上旬到货200吨）",
           channel="in_person", from_name="恒通回收 业务员 孔祥东（带函来厂）", from_contact=mob("lb:kong", "183"),
           by="E5220", approvers=["E5201"],
           text=("5月8日下午恒通回收业务员孔祥东来厂送磅单，带来一份盖恒通公章的《付款账户临时变更说明》，原文：\n"
                 "“鲁柏纸业财务部：因我司与他人经济纠纷，我司对公账户被法院临时冻结，预计一个月内解除。冻结期间货款请暂付至我司法定代表人"
                 f"赵玉恒个人账户（农行临清支行 {_acc}），由此产生的一切责任由我司承担。解冻后恢复原账户。”\n"
                 "孔祥东说赵总这两天在外地收货，电话不方便接，让先按函付款，不然下一车料不好发。"),
           contract_id="LB-CG-2026-001", invoice_no=invoice("lb:0511", "37"),
           changed_at="2026-05-08 17:20",
           **scam("account_change", "block", ["letter_instruction", "account_change_words", "account_changed_recent",
                                               "personal_account", "payee_name_mismatch", "personal_account_pretext",
                                               "first_time_payee", "cannot_call"]))

LB.payment("test", "2026-05-12 14:30",
           note="Hard negative: Waste paper from the individual collector paid to his own personal card with weighbridge slips, as every month.",
           payee=LB_V["02"], amount="118260", purpose="货款", memo="废纸款（李春生打包站，5月上旬73吨）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text=("用友NC付款单：个体废纸收购点李春生5月1日-10日交货73吨（过磅单号GB0501-GB0510共11张），单价1620元/吨，"
                 "按收购协议打其本人银行卡。"),
           signals=["personal_account"])

# A phoned-in "army unit" order that bolts on a designated film supplier, backed by a transfer screenshot.
_sup = mob("lb:fo-han", "134")
LB_FO_ARMY = LB.order("test", "2026-05-13 11:15",
         note="A caller from an 'army logistics office' orders 60 t of kraftliner, says only one local shop can supply the military moisture film, asks us to buy it first and sends a 'processing' card-transfer screenshot.",
         customer=customer("聊城某部后勤保障处", None, "采购助理 孙干事", mob("lb:fo-sun", "183"),
                           im_id=wxid("lb:fo-sun")),
         items=[item("牛卡纸（200g）", 60, "吨", "3300")], channel="phone",
         address="聊城市东昌府区某营区（到达后电话联系）", deadline="2026-05-16", terms="公务卡预付全款",
         third_party=third("临清恒盾包装材料经营部", _sup, "designated_supplier", "48600"),
         notes=("孙干事电话下单60吨牛卡纸，说是做物资包装箱用，价格按我们报价。另外部队包装箱必须配军标防潮内衬膜，只有临清恒盾这家有资质，"
                "让我们找恒盾订1800卷（27元/卷）随纸一起送来，钱他们一起付给我们。下午发来一张公务卡转账截图，显示向我公司转账246600元“处理中”，"
                "说部队走财务要第二天才到，让我们先给恒盾付款，恒盾那边要先见款才排产。"),
         **scam("fake_order", "block", ["institution_claim", "designated_supplier", "off_catalogue_item",
                                         "fake_payment_proof", "new_customer"]))

_acc = acct("lb:fo-han", "6228", 19)
LB.payment("test", "2026-05-14 16:20",
           note="Sales asks finance to pay the 'army unit's' film shop owner 48.6k on his personal card while the unit's money exists only as a screenshot.",
           payee=payee("韩立峰", _acc, "中国农业银行临清支行", account_type="personal", phone=_sup),
           amount="48600", purpose="货款", memo="代部队客户采购军标防潮内衬膜1800卷",
           channel="erp", from_name="张磊", by="E5210", approvers=["E5201"], urgent=True,
           text=("用友NC付款单（销售部申请）：部队牛卡纸订单配套防潮内衬膜，客户指定恒盾经营部供货，1800卷×27元。"
                 "客户公务卡付款截图已附（对方称次日到账）。恒盾要求款到排产，收款人为经营部负责人韩立峰个人卡。请财务今天安排，客户催得紧。"),
           order_id=LB_FO_ARMY,
           **scam("fake_order", "block", ["designated_supplier", "sales_order_linked", "fake_payment_proof",
                                           "personal_account", "first_time_payee", "urgency"]))

LB.order("test", "2026-05-15 09:30",
         note="Hard negative: The Jinan customer requires food-contact sizing agent from the one maker on its approved list, which is already our own supplier, and its 50 percent prepayment has cleared.",
         customer=LB_C03, items=[item("牛卡纸（食品级，230g）", 50, "吨", "3680")], channel="erp",
         address="济南市历城区恒丰印刷包装有限公司", deadline="2026-05-25",
         terms="预付50%（已到账），余款发货前付清",
         third_party=third("山东泰和化工助剂有限公司", LB_V["03"]["phone"], "designated_supplier", "21600"),
         notes=("恒丰接了一家食品厂的外箱订单，要求这批纸用食品接触级表面施胶剂，客户合格供方名录里只有泰和化工（我司现有供应商）。"
                "施胶剂由我司采购部按自己的采购合同向泰和下单，不替客户付款。恒丰预付款92000元已于5月14日到我司建行账户（回单已核）。"),
         signals=["designated_supplier"])

# SMS from "the general manager's temporary number".
_acc = acct("lb:bi-lx", "3780", 19)
LB.payment("test", "2026-05-18 10:45",
           note="An SMS from an unknown number signed as the general manager says his phone fell in water, he is in bank meetings all day, and a 68k equipment deposit must go to a Jinan firm without telling the finance manager.",
           payee=payee("济南鲁信机电设备有限公司", _acc, "中国光大银行济南分行"),
           amount="68000", purpose="定金", memo="刘总交办 复卷机设备定金",
           channel="sms", from_name="短信署名“刘建军”", from_contact=mob("lb:bi-sms", "183"),
           by="E5203", approvers=[],
           text=("（5月18日10:12 收到陌生号码短信）\n晓燕，我是刘建军，手机昨晚掉水里了，先用这个号。我在济南跟银行谈授信，一会儿一直在会上，电话接不了。"
                 "复卷机那个项目我跟济南鲁信机电谈妥了，先给他们付6万8的定金，户名济南鲁信机电设备有限公司，光大银行济南分行，"
                 f"账号{_acc}。合同我回去补签，王经理那边我回去跟他说，你先办。"),
           **scam("boss_impersonation", "flag", ["new_contact", "boss_role", "cannot_call", "bypass_process",
                                                  "secrecy_words", "deposit_words", "first_time_payee", "no_approval"]))

LB.payment("test", "2026-05-19 14:00",
           note="Hard negative: A night-shift allowance top-up paid to a workshop head's new card in his own name, which he registered through the face-verified HR self-service system.",
           payee=payee("邢卫东", acct("lb:xing-new", "6222", 19), "中国工商银行临清支行", account_type="personal"),
           amount="6850", purpose="工资", memo="补发邢卫东4月夜班津贴及绩效差额",
           channel="erp", from_name="赵丽", by="E5230", approvers=["E5201"],
           text=("用友NC付款单（人事部）：补发原料车间邢卫东4月夜班津贴和绩效差额6850元。邢卫东已于5月11日通过HR自助系统（人脸识别）"
                 "将工资卡变更为本人工行卡，系统变更记录编号HR-CHG-0511-07，户名与身份证一致。"),
           signals=["payroll_change", "personal_account", "first_time_payee"])

LB.order("test", "2026-05-20 19:35",
         note="Hard negative: The established Jinan customer's buyer phones in the evening for 35 t of kraftliner by next morning for a rush beverage job and has already transferred the money.",
         customer=LB_C03, items=[item("牛卡纸（170g）", 35, "吨", "3250")], channel="phone",
         address="济南市历城区恒丰印刷包装有限公司", deadline="2026-05-21",
         terms="款到发货（网银已付，次日早核对到账后放行）",
         notes="恒丰采购部老孙晚上打电话：一个饮料厂的加急单，明早八点前要35吨170克牛卡纸，款已经网银转过来了，请连夜装车。出纳次日7:50确认到账后放行。",
         signals=["urgency", "off_hours"])

LB.payment("test", "2026-05-23 10:30",
           note="Hard negative: On a Saturday the general manager phones to rush-pay the regular felt maker for a replacement press felt, approved by him and the finance manager in the ERP app.",
           payee=LB_V["05"], amount="59000", purpose="货款", memo="BM2纸机压榨毛布（紧急补货1条）",
           channel="phone", from_name="刘建军", from_contact=LB_LIU_MOBILE,
           by="E5220", approvers=["E5200", "E5201"], urgent=True,
           text=("电话记录（5月23日周六9:50，孙晓燕）：刘总打电话说2号纸机压榨毛布昨晚夜班起褶报废了，备品用完，华纺毛毯答应今天发一条过来，"
                 "要求款到发货，让今天上午付5.9万。\n——刘总、王经理已在用友NC手机端审批（单号NC-FK-0523-01）；华纺为长期供应商，收款账户与档案一致。"),
           contract_id="LB-CG-2026-007", invoice_no=invoice("lb:0523", "37"),
           signals=["phone_instruction", "boss_role", "urgency", "off_hours"])

# A faxed purchase order from a "tobacco materials supply centre".
LB_TOBACCO = customer("豫东卷烟物资供应中心有限公司", uscc("lb:fp-yd", "410100"), "采购科 宋科长",
                      mob("lb:fp-song", "159"), email="yd_cg2026@qq.com")
LB.order("test", "2026-05-25 11:00",
         note="A faxed purchase order stamped by a 'tobacco materials supply centre' takes 300 t of carton board at list price, with 90-day terms, delivery to a Zhengzhou transit warehouse and only a mobile and a QQ mailbox.",
         customer=LB_TOBACCO, items=[item("箱板纸（烟箱用，250g）", 300, "吨", "3420")], channel="other",
         address="郑州市经开区国际物流园C3仓（中转）", deadline="2026-05-30", terms="验收合格后90天付款",
         notes=("传真来一份盖“物资供应中心采购专用章”的采购订单，说是年度烟箱纸补充采购，直接按我们网站报价下单，不要样品也不来验厂。"
                "要求发到郑州物流园的中转仓，验收后90天付款。传真上只有手机和QQ邮箱，落款座机是空号。"),
         **scam("fake_purchaser", "flag", ["institution_claim", "new_customer", "large_first_order",
                                            "credit_terms_requested", "far_delivery", "contact_mismatch"]))

_acc = acct("lb:fp-hc", "4101", 19)
LB.payment("test", "2026-05-26 15:30",
           note="The same 'supply centre' then posts a notice that new suppliers must pay a 3.5k onboarding review fee to a Zhengzhou consultancy before the contract is issued.",
           payee=payee("郑州恒诚企业管理咨询有限公司", _acc, "郑州银行金水支行"),
           amount="3500", purpose="服务费", memo="豫东卷烟物资中心供应商入库审核费",
           channel="letter", from_name="豫东卷烟物资供应中心有限公司 采购科（快递来函）", from_contact=LB_TOBACCO["phone"],
           by="E5210", approvers=["E5201"],
           text=("供应商入库通知\n山东鲁柏纸业有限公司：\n贵司报价已通过初审，按我中心供应商管理规定，新入库供应商须完成资质审核及质量体系评审，"
                 "审核工作委托第三方郑州恒诚企业管理咨询有限公司办理，审核费3500元，请于5月28日前汇入该公司账户"
                 f"（郑州银行金水支行，{_acc}），审核通过后我中心即下达首批300吨订单的正式合同。\n（盖章）"),
           **scam("fake_purchaser", "flag", ["fee_asked_of_seller", "letter_instruction", "fee_words",
                                              "first_time_payee", "institution_claim"]))

LB.order("test", "2026-05-27 10:10", note="Routine: Kraftliner order from the local box factory, paid before dispatch.",
         customer=LB_C02, items=[item("牛卡纸（150g）", 50, "吨", "3260")], channel="phone",
         address="聊城市东昌府区万通纸箱厂", deadline="2026-05-30",
         terms="款到发货", notes="万厂长电话订货，款已到")

# Small-then-large: after two small third-party-paid orders, 500 t against an unverifiable commercial bill.
LB.order("test", "2026-05-28 14:45",
         note="After two small orders paid by a partner company, the Hebei buyer wants 500 t shipped against a six-month commercial acceptance bill from a drawer the bank has never seen honour anything.",
         customer=LB_C07, items=[item("高强瓦楞原纸（140g）", 500, "吨", "2620")], channel="phone",
         address="河北省衡水市故城县郑口镇祥瑞纸制品厂", deadline="2026-06-05",
         terms="商业承兑汇票（6个月），票到发货",
         notes=("祥瑞的苗总来电：前两次小单都按时付了（都是他们合作方故城宏发商贸代付的），这次接了大客户的订单，要500吨，"
                "付6个月商业承兑汇票，出票人是“河北冀南供应链管理有限公司”，票据照片已经发过来了，要求票一背书过来就发货。"
                "问了开户行，该出票人没有任何承兑兑付记录。"),
         **scam("contract_fraud", "flag", ["small_then_large", "credit_terms_requested", "guarantee_unverified",
                                            "third_party_payer"]))

LB.order("test", "2026-06-01 10:30",
         note="Hard negative: The Dezhou customer's known buyer and finance director come in to sign a supplement doubling June volume to 600 t and stretching terms to 60 days, approved by the general manager.",
         customer=LB_C01, items=[item("高强瓦楞原纸（120g）", 600, "吨", "2540")], channel="in_person",
         address="德州市德城区鑫宇包装制品有限公司厂区", deadline="2026-06-10",
         terms="月结60天（补充协议LB-XS-2026-003-B）",
         notes=("鑫宇采购部孟经理和财务总监来厂签补充协议：其新增一条五层线，6月用量翻倍到600吨，账期由30天延长到60天；"
                "补充协议双方盖章，刘总批准，授信额度经财务评估。联系人、收货地址与客户档案一致。"),
         signals=["credit_terms_requested"])

# A phoned "double payment" and a refund request to someone else's account.
LB.order("test", "2026-06-02 16:00",
         note="A new box maker's bookkeeper orders 15 t, claims the payment went through twice, shows a 'bank processing' receipt photo and asks for the extra 38.4k to go straight to her company's paper supplier.",
         customer=customer("聊城市茌平区润达包装有限公司", uscc("lb:or-rd", "371523"), "张会计", mob("lb:or-zhang", "159")),
         items=[item("高强瓦楞原纸（120g）", 15, "吨", "2560")], channel="phone",
         address="聊城市茌平区振兴路润达包装", deadline="2026-06-05", terms="款到发货",
         third_party=third("聊城市茌平区鑫盛纸品有限公司", mob("lb:or-xs", "134"), "refund_recipient", "38400"),
         notes=("润达张会计来电：下单15吨瓦楞纸，说会计手误把货款38400元转了两次，共76800元，发来网银回单照片（状态“银行处理中”）。"
                "让我们把多出来的38400元直接转给他们的原纸供应商鑫盛纸品，抵他们欠鑫盛的货款，省得再退来退去。我们账上目前还没看到这笔钱。"),
         **scam("overpayment_refund", "block", ["new_customer", "overpayment", "refund_words",
                                                 "refund_to_other_account", "fake_payment_proof"]))

LB.payment("test", "2026-06-03 09:50",
           note="Hard negative: A refund for eight tonnes of damp rolls returned by the Jinan customer, sent back to the account it paid from after joint inspection.",
           payee=payee("济南恒丰印刷包装有限公司", acct("lb:c03acct", "3701", 19), "中国建设银行济南历城支行",
                       phone=LB_C03["phone"]),
           amount="26240", purpose="退款", memo="恒丰印刷包装5月退货（受潮纸卷8吨）退款",
           channel="erp", from_name="陈静", by="E5211", approvers=["E5210", "E5201"],
           text=("用友NC付款单（销售部）：济南恒丰5月9日到货的牛卡纸有8吨受潮，经双方质检确认退货（退货入库单RK0528-02），"
                 "按3280元/吨退款26240元，原路退回恒丰付款账户（与历次回款账户一致）。"),
           signals=["refund_words", "first_time_payee"])

# A posted "penalty pre-notice" routing the fine through an environmental services firm.
_acc = acct("lb:ai-ly", "1610", 19)
LB.payment("test", "2026-06-04 11:30",
           note="A posted penalty pre-notice in the environment bureau's name alleges effluent breaches and tells the mill to pay a 45k fine within three days to an environmental services firm 'collecting on the bureau's behalf'.",
           payee=payee("临清市绿源环保技术服务有限公司", _acc, "山东临清农村商业银行新华支行"),
           amount="45000", purpose="罚款", memo="废水超标排放罚款（环保局委托代收）",
           channel="letter", from_name="自称聊城市生态环境局执法支队", from_contact=tel("0635", "lb:ai-hb"),
           by="E5203", approvers=["E5201"], urgent=True,
           text=("行政处罚事先告知书（聊环罚告〔2026〕第0603号）\n山东鲁柏纸业有限公司：\n"
                 "经在线监测数据核查，你单位5月份废水总排口COD多次超过排放标准，拟处罚款肆万伍仟元。为减少对企业生产的影响，"
                 f"请于收到本告知书3日内将罚款汇至我局委托代收单位临清市绿源环保技术服务有限公司（山东临清农村商业银行新华支行，{_acc}），"
                 f"逾期将依法下达停产整治决定。\n联系人：刘科长 {mob('lb:ai-liu', '183')}\n"
                 "——EMS寄到；公司环保科查了在线监测平台，5月数据没有超标记录。"),
           **scam("authority_impersonation", "flag", ["authority_words", "letter_instruction", "urgency",
                                                       "first_time_payee", "no_po_contract"]))

LB.payment("test", "2026-06-05 14:10",
           note="Hard negative: A 20k fine under a penalty decision served in person by enforcement officers, paid to the city finance bureau's non-tax account with the official payment code.",
           payee=payee("临清市财政局非税收入汇缴专户", acct("lb:feishui", "3705", 19), "中国建设银行临清支行"),
           amount="20000", purpose="罚款", memo="聊环罚〔2026〕第0517号 行政处罚罚款",
           channel="letter", from_name="聊城市生态环境局", from_contact=tel("0635", "lb:sthj"),
           by="E5203", approvers=["E5201", "E5200"],
           text=("行政处罚决定书 聊环罚〔2026〕第0517号：你单位4月28日危废暂存间标识不规范、台账不全，违反《固体废物污染环境防治法》，"
                 "决定处罚款20000元。请于十五日内持本决定书及缴款码通过山东省非税收入缴款平台缴纳。\n"
                 "——执法人员5月29日现场送达，环保科签收；缴款码在山东省非税平台查询一致。"),
           signals=["authority_words", "letter_instruction", "first_time_payee"])

# Structural only: fifteen unloaders' wages to one personal card.
LB.payment("test", "2026-06-08 10:20",
           note="Structural only: fifteen yard unloaders' May wages go in one payment to a single personal card that is not on the payroll, under a bland workshop request.",
           payee=payee("吴宝山", acct("lb:fs-wu", "6221", 19), "中国邮政储蓄银行临清市支行", account_type="personal"),
           amount="57600", purpose="工资", memo="5月原料场卸车工工资（15人）",
           channel="erp", from_name="邢卫东", by="E5240", approvers=["E5201"],
           text="用友NC付款单（原料车间）：5月原料场卸车工工资，15人，明细见附表。",
           **scam("fake_salary", "block", ["payee_not_employee", "payee_shared_by_employees", "personal_account",
                                            "first_time_payee"]))

_acc = acct("lb:tr-han", "6214", 19)
LB.payment("test", "2026-06-09 15:40",
           note="A sales clerk's cash advance goes to a friend's card, and the attached SMS in full-width digits shows a task platform demanding a top-up to unlock her commission.",
           payee=payee("韩晓", _acc, "招商银行广州天河支行", account_type="personal"),
           amount="26800", purpose="借支", memo="陈静个人借支",
           channel="erp", from_name="陈静", by="E5211", approvers=["E5201"],
           text=("用友NC借支单：借支人陈静（销售内勤），借款事由：个人急用，6月工资中扣还。收款人：韩晓（朋友代收）。\n"
                 "附：陈静提交的手机短信截图文字：\n【任务中心】恭喜您完成第３单，当前为联单任务，需充值２６８００元激活联单，"
                 "任务完成后佣金及本金将一次性返还至您的银行卡，请在３０分钟内完成。"),
           **scam("task_rebate", "block", ["task_rebate_words", "topup_words", "personal_account", "first_time_payee",
                                            "vague_memo", "evasion_fullwidth"]))

LB.order("test", "2026-06-10 10:00", note="Routine: Kraftliner order from the established Jinan printing-and-packaging customer.",
         customer=LB_C03, items=[item("牛卡纸（170g）", 60, "吨", "3250")], channel="erp",
         address="济南市历城区恒丰印刷包装有限公司", deadline="2026-06-14",
         terms="款到发货", notes="常规订货，款已到")

# An in-person "buyer" who wants to route 1.03m through the mill's account.
LB.order("test", "2026-06-11 14:20",
         note="A new trader visiting about 30 t of medium wants his investor to pay about 1.03m into the mill's company account, written in pinyin initials, and the mill to forward 950k the same day to a builder for a one-percent cut.",
         customer=customer("临清市瑞源商贸有限公司", uscc("lb:al-ry", "371581"), "周总", mob("lb:al-zhou", "134"),
                           im_id=wxid("lb:al-zhou")),
         items=[item("高强瓦楞原纸（140g）", 30, "吨", "2620")], channel="in_person",
         address="临清市先锋路瑞源商贸仓库", deadline="2026-06-15", terms="款到发货",
         third_party=third("山东泓远建设工程有限公司", mob("lb:al-hy", "159"), "pass_through_payee", "950000"),
         notes=("瑞源周总来厂谈30吨瓦楞纸，说他们的投资方会往我们公司dgzh打103万左右，我们扣下7.86万货款，剩下的95万当天转到泓远建设，"
                "给我们按1个点算好处费。他说他们自己的公户额度满了，借我们的dgzh走一下，合同可以按103万的纸签。"),
         **scam("account_lending", "block", ["account_lending_words", "new_customer", "third_party_payer",
                                              "in_out_match", "evasion_pinyin"]))

LB.order("test", "2026-06-12 09:40",
         note="Hard negative: A new Liaocheng box maker orders 120 t by phone after visiting for samples and has already paid in full from its own company account.",
         customer=customer("聊城市东昌府区盛达彩印包装有限公司", uscc("lb:sd", "371502"), "采购 郑经理",
                           tel("0635", "lb:sd"), email="sd_caigou@shengda-pack.cn"),
         items=[item("牛卡纸（170g）", 120, "吨", "3250")], channel="phone",
         address="聊城市东昌府区盛达彩印包装有限公司（营业执照注册地址）", deadline="2026-06-16",
         terms="款到发货（已全额到账）",
         notes=("盛达新投产一条纸箱线，电话下单120吨，已于6月11日从其对公账户全额付款390000元，出纳网银核对到账；"
                "此前来厂看过样品，收货地址为其营业执照注册地址。"),
         signals=["new_customer", "large_first_order"])

# A "brand protection centre" letter about a trademark squatter.
_acc = acct("lb:fi-hz", "0200", 19)
LB.payment("test", "2026-06-15 15:00",
           note="A 'brand protection centre' letter warns that a Guangdong firm is registering a look-alike of the mill's mark and demands a 6.8k objection fee to a Beijing agency within days.",
           payee=payee("北京华知盛品知识产权代理有限公司", _acc, "中国民生银行北京中关村支行"),
           amount="6800", purpose="服务费", memo="“鲁柏”商标品牌保护（异议申报）费",
           channel="letter", from_name="中华企业品牌保护中心（来函）", from_contact=tel("010", "lb:fi-pp"),
           by="E5230", approvers=["E5201"], urgent=True,
           text=("关于“鲁柏”商标存在被抢注风险的紧急通知\n山东鲁柏纸业有限公司：\n"
                 "我中心监测发现，近期有广东某企业申请注册与贵司“鲁柏LUBAI”近似的商标（第16类纸制品），初审公告期内如贵司不提出异议，"
                 "将丧失品牌在该类别的保护。请贵司于6月19日前缴纳品牌保护异议申报费6800元至我中心指定代理机构"
                 f"北京华知盛品知识产权代理有限公司（中国民生银行北京中关村支行，{_acc}），我中心即代为提交异议材料。\n（盖章）\n"
                 "——我们的商标一直由聊城知信商标事务所代理，对方从未联系过。"),
           **scam("fake_invoice", "flag", ["renewal_bill", "letter_instruction", "urgency", "first_time_payee",
                                            "no_po_contract"]))

LB.payment("test", "2026-06-16 10:30",
           note="Hard negative: A trademark renewal handled by the mill's contracted trademark agent under a 2024 agency contract, with the filing receipt attached.",
           payee=payee("聊城市知信商标代理有限公司", acct("lb:zx", "3705", 19), "中国建设银行聊城分行",
                       vendor_id="V-LB08", phone=tel("0635", "lb:zx")),
           amount="4200", purpose="代理费", memo="“鲁柏”商标第16类续展代理费及官费",
           channel="erp", from_name="赵丽", by="E5230", approvers=["E5201"],
           text=("用友NC付款单：鲁柏商标（第16类）2026年10月到期，按2024年签订的《商标代理委托合同》由知信商标事务所办理续展，"
                 "官费+代理费合计4200元；续展申请回执已附，可在国家知识产权局商标网查询。"),
           contract_id="LB-FW-2024-012", invoice_no=invoice("lb:0616", "37"),
           signals=["renewal_bill", "first_time_payee"])

# Loan "unfreezing" fee to a personal card, with the key words spaced out.
_acc = acct("lb:af-lin", "6222", 19)
LB.payment("test", "2026-06-17 11:45",
           note="An online lender the finance manager applied to says the 800k loan is stuck because of a wrong digit and must be released by a 15k fee to a 'risk officer's' personal card, its SMS spacing out the key word.",
           payee=payee("林嘉豪", _acc, "中国工商银行深圳福田支行", account_type="personal"),
           amount="15000", purpose="手续费", memo="贷款放款手续费（对方称放款后退回）",
           channel="phone", from_name="自称“惠企通”贷款平台 审核专员", from_contact=mob("lb:af-hqt", "183"),
           by="E5203", approvers=["E5201"], urgent=True,
           text=("电话记录（6月17日，孙晓燕）：上周王经理在手机上申请过一个“惠企通”企业经营贷，对方今天来电说80万已批，"
                 "但我们填的收款账号有一位错了，钱被系统卡住，需要先交1.5万元到他们风控专员林嘉豪的个人卡，款放出来后连贷款一起打回。\n"
                 "对方随后发来短信：“贵司贷款因卡号错误已被系统锁定，请于今日16:00前完成 解 冻 金 1.5万元缴纳，逾期将影响征信。”"),
           **scam("advance_fee", "block", ["phone_instruction", "loan_fee_words", "personal_account", "first_time_payee",
                                            "urgency", "evasion_spacing"]))

LB.order("test", "2026-06-18 14:00", note="Routine: Kraftliner order from the local box factory, paid before dispatch.",
         customer=LB_C02, items=[item("牛卡纸（150g）", 55, "吨", "3260")], channel="phone",
         address="聊城市东昌府区万通纸箱厂", deadline="2026-06-22",
         terms="款到发货", notes="万厂长电话订货，款已到")

# The "chairman" writes from a free mailbox, asks the balances and orders a loan to a friend.
_acc = acct("lb:bi-hcy", "7401", 19)
LB.payment("test", "2026-06-22 10:15",
           note="An e-mail from a free mailbox in the chairman's name asks how much is in each company account, then orders a 350k 'loan to a friend' to a Jinan trading firm that afternoon and says to keep the general manager out of it.",
           payee=payee("济南恒昌源商贸有限公司", _acc, "上海浦东发展银行济南分行"),
           amount="350000", purpose="借款", memo="董事长交办 往来借款",
           channel="email", from_name="刘德厚", from_contact="liudehou.lubai@163.com",
           by="E5203", approvers=[], urgent=True,
           text=("发件人：刘德厚 <liudehou.lubai@163.com>\n主题：急\n晓燕：\n我这几天在北京，用私人邮箱给你写。"
                 "公司基本户和一般户现在各有多少钱？回邮件告诉我个数。\n"
                 "另外济南恒昌源的朋友周转急用，公司先借给他35万，今天下午转过去：户名济南恒昌源商贸有限公司，上海浦东发展银行济南分行，"
                 f"账号{_acc}。借款协议我回去签，这事先不要跟建军说，他知道了又要啰嗦。\n刘德厚"),
           **scam("boss_impersonation", "block", ["email_instruction", "free_mail", "boss_role", "balance_probe",
                                                   "secrecy_words", "bypass_process", "urgency", "first_time_payee",
                                                   "no_approval", "vague_memo"]))

# An in-person "state-owned textbook printer" that bolts on a designated ink shop.
LB.order("test", "2026-06-23 15:20",
         note="A visitor from a self-described state-owned textbook printer orders 80 t of kraftliner on fiscal-payment terms and asks us to buy twenty drums of soy ink from the only shop 'the education authority accepts'.",
         customer=customer("鲁西教材印务有限公司", uscc("lb:fo-lx", "371500"), "物资科 韦科长", mob("lb:fo-wei", "159"),
                           im_id=wxid("lb:fo-wei")),
         items=[item("牛卡纸（170g）", 80, "吨", "3250")], channel="in_person",
         address="聊城市高新区鲁西教材印务有限公司", deadline="2026-07-01", terms="财政资金，验收后支付",
         third_party=third("聊城墨彩油墨经营部", mob("lb:fo-mc", "134"), "designated_supplier", "36000"),
         notes=("自称市属国企鲁西教材印务的韦科长带着盖章采购单来厂，订80吨牛卡纸做教材包装箱。另外他们印教材要用一种大豆环保油墨，"
                "说教育部门只认墨彩这家的，墨彩不给他们开公对公，让我们先替他们买20桶（1800元/桶）跟纸一起送，钱和纸款一起结。"),
         **scam("fake_order", "flag", ["institution_claim", "designated_supplier", "off_catalogue_item",
                                        "new_customer", "credit_terms_requested"]))

LB.order("test", "2026-06-24 10:40",
         note="Hard negative: The Jinan customer's new buyer sends a sealed contact-change letter with her first order, confirmed by calling the customer's landline on file.",
         customer=dict(LB_C03, contact_name="采购部 郭婷", email="guoting@hengfeng-pkg.com"),
         items=[item("牛卡纸（170g）", 70, "吨", "3300")], channel="letter",
         address="济南市历城区恒丰印刷包装有限公司", deadline="2026-06-28", terms="款到发货",
         notes=("恒丰EMS寄来盖公章的《业务联系人变更函》：原采购孙经理退休，由郭婷接手，随函附70吨订单。"
                "销售部按客户档案座机回拨恒丰总经理办公室确认属实；收货地址、付款账户不变。"),
         signals=["contact_mismatch", "letter_instruction"])

LB.order("test", "2026-06-25 10:20",
         note="Hard negative: A new Hebei box maker introduced by the Dezhou customer prepays 80 t in full and has it shipped to its contract converter in Tianjin.",
         customer=customer("河北沧州嘉诚包装有限公司", uscc("lb:jc", "130902"), "采购 刘经理", tel("0317", "lb:jc"),
                           email="liu@jiacheng-pack.cn"),
         items=[item("高强瓦楞原纸（140g）", 80, "吨", "2620")], channel="phone",
         address="天津市静海区某纸箱代工厂（嘉诚委托加工）", deadline="2026-06-30",
         terms="款到发货（已全额到账）",
         notes=("德州鑫宇孟经理介绍的客户，嘉诚把纸箱外包给静海的代工厂，要求直接发到代工厂；已收到嘉诚对公账户全额付款209600元并核对到账，"
                "另有嘉诚与代工厂的委托加工合同复印件。"),
         signals=["new_customer", "far_delivery", "large_first_order"])

# Structural only: the starch supplier's account moved to Guangzhou seven weeks ago, first payment now.
LB.payment("test", "2026-06-29 09:30",
           note="Structural only: the starch supplier's account was moved to a Guangzhou bank seven weeks ago and never used since, and this first 81k payment to it carries only the usual ERP text.",
           payee=dict(LB_V["03"], account_no=acct("lb:v03-gz", "8000", 19), bank="广州银行天河支行"),
           amount="81200", purpose="货款", memo="表面施胶淀粉（6月到货28吨）",
           channel="erp", from_name="马强", by="E5220", approvers=["E5201"],
           text=lb_erp("表面施胶淀粉（6月到货28吨）", "泰和助剂", "LB-CG-2026-004", invoice("lb:0629", "37")),
           contract_id="LB-CG-2026-004", invoice_no=invoice("lb:0629", "37"),
           changed_at="2026-05-12 14:30",
           **scam("account_change", "flag", ["first_time_payee", "unusual_bank_region", "account_changed_long_ago"]))

LB.payment("test", "2026-07-01 10:00",
           note="Hard negative: June payroll through the bank payroll account, including the provincial summer heat allowance.",
           payee=LB_V["pay"], amount="1096500", purpose="工资", memo="6月工资及防暑降温补贴代发（171人）",
           channel="erp", from_name="赵丽", by="E5230", approvers=["E5201", "E5200"],
           text=("用友NC付款单：6月工资代发171人，含6-9月防暑降温补贴（按省人社厅、财政厅规定标准，每人每月300元），工资表已经总经理审批。"),
           signals=["subsidy_words"])

LB.order("test", "2026-07-02 14:30", note="Routine: Corrugating medium for the Dezhou box maker under its supplement.",
         customer=LB_C01, items=[item("高强瓦楞原纸（120g）", 230, "吨", "2540")], channel="erp",
         address="德州市德城区鑫宇包装制品有限公司厂区", deadline="2026-07-06",
         terms="月结60天（补充协议LB-XS-2026-003-B）", notes="补充协议内常规订货")

# ====================================================================
# qinwei — 西安秦渭气体有限公司 (medical oxygen, liquid oxygen, welding and industrial gases; Gaoling, Xi'an)
# staff: E7300 秦海涛 总经理 | E7301 赵宏伟 财务经理 | E7302 白雪 出纳
#        E7310 周凯 销售经理 | E7311 刘倩 销售内勤 | E7320 孟军 充装站长
#        E7321 韩冬 采购物流 | E7330 杜娟 市场专员
# ERP: 浪潮GS.  Office hours 08:30-18:00.
# ====================================================================
QW = Tenant("qinwei", "QW", "西安秦渭气体有限公司", acct("qw:payer", "3700", 19))

QW_V = {
    "01": payee("咸阳鼎泰空分气体有限公司", acct("qw:v01", "3704", 19), "中国工商银行咸阳分行",
                vendor_id="V-QW01", phone=tel("029", "qw:v01")),
    "02": payee("西安华安气瓶检测有限公司", acct("qw:v02", "6101", 19), "中国建设银行西安高陵支行",
                vendor_id="V-QW02", phone=tel("029", "qw:v02")),
    "03": payee("陕西顺安危险货物运输有限公司", acct("qw:v03", "6105", 19), "中国建设银行西安经济技术开发区支行",
                vendor_id="V-QW03", phone=tel("029", "qw:v03")),
    "05": payee("中国石化销售股份有限公司陕西西安石油分公司", acct("qw:v05", "3700", 19), "中国工商银行西安南大街支行",
                vendor_id="V-QW05", phone=tel("029", "qw:v05")),
    "pay": payee("中国工商银行西安高陵支行（代发工资专户）", acct("qw:pay", "3700", 19), "中国工商银行西安高陵支行",
                 vendor_id="PAY-QW"),
}
QW_C01 = customer("西安渭城骨科医院有限公司", uscc("qw:c01", "610112"), "设备科 曹科长", tel("029", "qw:c01"),
                  email="sbk@wcgk-hosp.com", customer_id="C-QW01")
QW_C02 = customer("陕西秦川焊接结构件有限公司", uscc("qw:c02", "610117"), "采购 牛经理", mob("qw:c02", "134"),
                  customer_id="C-QW02")
QW_C03 = customer("西安鼎立钢结构工程有限公司", uscc("qw:c03", "610117"), "设备部 黄工", tel("029", "qw:c03"),
                  customer_id="C-QW03")
QW_C03_ACCOUNT = acct("qw:c03acct", "3700", 19)
QW_QIN_MOBILE = mob("qw:qin", "134")           # 秦总, company directory
QW_INV_0311 = invoice("qw:0311", "61")         # March cylinder inspection invoice, paid in history

O2_MED = "医用氧（40L钢瓶）"
LOX_MED = "医用液态氧"


def qw_erp(memo, short, contract, inv):
    return f"浪潮GS付款单：{memo}｜{short}｜合同{contract}｜发票{inv}"


# ---------------------------------------------------------------- qinwei history

QW.payment("history", "2026-03-03 10:30", note="Medical liquid oxygen bought from the regular air-separation plant.",
           payee=QW_V["01"], amount="165600", purpose="货款", memo="医用液氧（2月下旬-3月上旬120吨）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("医用液氧（2月下旬-3月上旬120吨）", "鼎泰空分", "QW-CG-2026-01", invoice("qw:0303", "61")),
           contract_id="QW-CG-2026-01", invoice_no=invoice("qw:0303", "61"))

QW.order("history", "2026-03-05 14:00", note="Monthly medical oxygen for the established orthopaedic hospital under its framework agreement.",
         customer=QW_C01, items=[item(O2_MED, 600, "瓶", "35"), item(LOX_MED, 12, "吨", "2100")], channel="erp",
         address="西安市未央区渭城骨科医院供氧站", deadline="2026-03-31",
         terms="月结（框架协议QW-XS-2026-001）", notes="3月常规供氧")

QW.order("history", "2026-03-09 11:10", note="Welding gases for the established structural-parts maker.",
         customer=QW_C02, items=[item("氩气（40L）", 200, "瓶", "95"), item("二氧化碳（40L）", 150, "瓶", "60")],
         channel="phone", address="西安市高陵区泾渭工业园秦川焊接结构件厂", deadline="2026-03-12",
         terms="月结", notes="牛经理电话订气")

QW.payment("history", "2026-03-11 15:20", note="Periodic cylinder inspection by the regular inspection station.",
           payee=QW_V["02"], amount="21600", purpose="检测费", memo="钢瓶定期检验费（480只）",
           channel="erp", from_name="孟军", by="E7320", approvers=["E7301"],
           text=qw_erp("钢瓶定期检验费（480只）", "华安气瓶检测", "QW-JC-2026-01", QW_INV_0311),
           contract_id="QW-JC-2026-01", invoice_no=QW_INV_0311)

QW.payment("history", "2026-03-13 16:00", note="February payroll through the bank payroll account.",
           payee=QW_V["pay"], amount="398700", purpose="工资", memo="2月工资代发（56人）",
           channel="erp", from_name="白雪", by="E7302", approvers=["E7301", "E7300"],
           text="浪潮GS付款单：2月工资代发（56人），工资表已审批")

QW.payment("history", "2026-03-16 10:40", note="Hazardous-goods haulage by the licensed regular carrier.",
           payee=QW_V["03"], amount="38450", purpose="运费", memo="危险货物运输费（2月下半月）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("危险货物运输费（2月下半月）", "顺安危运", "QW-WL-2026-01", invoice("qw:0316", "61")),
           contract_id="QW-WL-2026-01", invoice_no=invoice("qw:0316", "61"))

QW.order("history", "2026-03-19 14:30", note="Oxygen and acetylene for the established steel-structure firm.",
         customer=QW_C03, items=[item("工业氧（40L）", 300, "瓶", "25"), item("溶解乙炔（40L）", 80, "瓶", "150")],
         channel="phone", address="西安市高陵区崇皇街道鼎立钢结构厂区", deadline="2026-03-21",
         terms="月结", notes="黄工电话订气，危化品购买备案在档")

QW.payment("history", "2026-03-24 11:00", note="Fuel-card top-up for the delivery trucks at the oil company.",
           payee=QW_V["05"], amount="20000", purpose="油费", memo="危运车队加油卡充值（3月）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text="浪潮GS付款单：车队加油卡（主卡）充值20000元｜中国石化西安石油分公司｜IC卡充值，按月开具发票")

QW.payment("history", "2026-04-01 10:20", note="Medical liquid oxygen bought from the regular air-separation plant.",
           payee=QW_V["01"], amount="172500", purpose="货款", memo="医用液氧（3月中下旬125吨）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("医用液氧（3月中下旬125吨）", "鼎泰空分", "QW-CG-2026-01", invoice("qw:0401", "61")),
           contract_id="QW-CG-2026-01", invoice_no=invoice("qw:0401", "61"))

QW.order("history", "2026-04-07 15:10", note="Monthly medical oxygen for the established orthopaedic hospital under its framework agreement.",
         customer=QW_C01, items=[item(O2_MED, 620, "瓶", "35"), item(LOX_MED, 13, "吨", "2100")], channel="erp",
         address="西安市未央区渭城骨科医院供氧站", deadline="2026-04-30",
         terms="月结（框架协议QW-XS-2026-001）", notes="4月常规供氧")

QW.order("history", "2026-04-15 10:50", note="Welding gases for the established structural-parts maker.",
         customer=QW_C02, items=[item("氩气（40L）", 210, "瓶", "95"), item("二氧化碳（40L）", 140, "瓶", "60")],
         channel="phone", address="西安市高陵区泾渭工业园秦川焊接结构件厂", deadline="2026-04-18",
         terms="月结", notes="牛经理电话订气")

QW.payment("history", "2026-04-16 14:20", note="Hazardous-goods haulage by the licensed regular carrier.",
           payee=QW_V["03"], amount="40120", purpose="运费", memo="危险货物运输费（3月下半月-4月上半月）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("危险货物运输费（3月下半月-4月上半月）", "顺安危运", "QW-WL-2026-01", invoice("qw:0416", "61")),
           contract_id="QW-WL-2026-01", invoice_no=invoice("qw:0416", "61"))

QW.payment("history", "2026-04-27 14:40", note="Medical liquid oxygen bought from the regular air-separation plant.",
           payee=QW_V["01"], amount="165600", purpose="货款", memo="医用液氧（4月120吨）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("医用液氧（4月120吨）", "鼎泰空分", "QW-CG-2026-01", invoice("qw:0427", "61")),
           contract_id="QW-CG-2026-01", invoice_no=invoice("qw:0427", "61"))

# ---------------------------------------------------------------- qinwei test

QW.order("test", "2026-05-06 10:00", note="Routine: Monthly medical oxygen for the orthopaedic hospital under its framework agreement.",
         customer=QW_C01, items=[item(O2_MED, 650, "瓶", "35"), item(LOX_MED, 14, "吨", "2100")], channel="erp",
         address="西安市未央区渭城骨科医院供氧站", deadline="2026-05-31",
         terms="月结（框架协议QW-XS-2026-001）", notes="5月常规供氧")

# An in-person "hospital equipment buyer" with a designated oxygen-concentrator dealer and a pending-transfer screenshot.
_sup = mob("qw:fo-kr", "183")
QW_FO_HOSP = QW.order("test", "2026-05-07 11:20",
         note="A walk-in 'equipment-office buyer' of a large hospital orders cylinders of medical oxygen and asks us to source twenty oxygen concentrators from the one dealer the hospital must use, showing a 'processing' transfer screenshot as payment.",
         customer=customer("陕西省泾渭中心医院", uscc("qw:fo-jw", "610000", kind="12"), "设备处 采购员 任浩",
                           mob("qw:fo-ren", "159"), im_id=wxid("qw:fo-ren")),
         items=[item(O2_MED, 400, "瓶", "36")], channel="in_person",
         address="西安市未央区（具体科室到货前电话通知）", deadline="2026-05-09", terms="医院对公转账，称已付款",
         third_party=third("西安康瑞医疗设备经营部", _sup, "designated_supplier", "156000"),
         notes=("任浩拿着盖医院设备处章的采购单来公司，说医院新院区投用前要一批医用氧，价格没问题。另外新院区发热门诊急缺20台医用分子筛制氧机"
                "（7800元/台），院里招标来不及，只能从康瑞医疗设备经营部拿货，康瑞只跟供应商做、不直接对医院，所以请我们先向康瑞订货、"
                "连同氧气一起送，医院一次性把货款170400元付给我们。当场给周经理看了手机上的医院对公转账截图（显示“交易处理中，预计24小时内到账”）。"),
         **scam("fake_order", "block", ["institution_claim", "designated_supplier", "off_catalogue_item",
                                         "fake_payment_proof", "new_customer"]))

_acc = acct("qw:fo-kr", "6104", 19)
QW.payment("test", "2026-05-08 15:00",
           note="Sales asks to pay the 'hospital's' designated dealer 156k for the concentrators while the hospital's money exists only as a pending-transfer screenshot.",
           payee=payee("西安康瑞医疗设备经营部", _acc, "长安银行西安未央支行", phone=_sup),
           amount="156000", purpose="货款", memo="代泾渭中心医院采购医用分子筛制氧机20台",
           channel="erp", from_name="周凯", by="E7310", approvers=["E7301"], urgent=True,
           text=("浪潮GS付款单（销售部）：泾渭中心医院新院区订单配套采购医用分子筛制氧机20台，医院指定康瑞供货，康瑞要求全款后48小时发货。"
                 "医院货款170400元付款截图已附，银行显示处理中。医院催货，请今天支付。"),
           order_id=QW_FO_HOSP,
           **scam("fake_order", "block", ["designated_supplier", "sales_order_linked", "fake_payment_proof",
                                           "first_time_payee", "urgency"]))

QW.payment("test", "2026-05-11 09:40", note="Routine: Medical liquid oxygen from the regular air-separation plant.",
           payee=QW_V["01"], amount="172500", purpose="货款", memo="医用液氧（4月下旬-5月上旬125吨）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=qw_erp("医用液氧（4月下旬-5月上旬125吨）", "鼎泰空分", "QW-CG-2026-01", invoice("qw:0511", "61")),
           contract_id="QW-CG-2026-01", invoice_no=invoice("qw:0511", "61"))

QW.order("test", "2026-05-12 14:10",
         note="Hard negative: A district hospital, new to us, orders a year of medical oxygen on monthly fiscal settlement after a tender award published on the provincial government procurement site.",
         customer=customer("西安市浐灞康宁医院", uscc("qw:kn", "610100", kind="12"), "设备科 冯科长",
                           tel("029", "qw:kn"), email="sbk@cbkn-hospital.cn"),
         items=[item(O2_MED, 3600, "瓶", "34.50"), item(LOX_MED, 60, "吨", "2050")], channel="letter",
         address="西安市灞桥区浐灞康宁医院供氧站", deadline="2026-06-01",
         terms="按月验收后财政支付（中标合同约定）",
         notes=("陕西省政府采购网公告的浐灞康宁医院2026-2027年度医用氧气采购项目（项目编号SXZC-2026-0417）我司中标，"
                "中标通知书由采购代理机构邮寄送达，公告及中标结果可在省政府采购网查询；合同已在医院签订。无任何费用要求。"),
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "letter_instruction"])

# A faxed account-change notice; the "call-back" went to the number printed on the fax.
_acc = acct("qw:v01-pa", "1501", 19)
_fax_tel = tel("020", "qw:ac-fax")
QW.payment("test", "2026-05-13 10:30",
           note="A faxed notice moves the liquid-oxygen supplier's account to a Guangzhou bank two days before a 248k payment, and the cashier's 'verification' was a call to the number printed on the fax.",
           payee=dict(QW_V["01"], account_no=_acc, bank="平安银行广州天河支行"),
           amount="248400", purpose="货款", memo="医用液氧（5月上中旬180吨）",
           channel="letter", from_name="咸阳鼎泰空分气体有限公司（传真，落款财务部）", from_contact=_fax_tel,
           by="E7321", approvers=["E7301"],
           text=("【传真件，出纳录入】\n账户变更告知函\n西安秦渭气体有限公司：\n因我司与平安银行签订供应链金融合作协议，自2026年5月11日起，"
                 "我司所有货款统一归集至以下专用收款账户，原工行账户停止收款：\n"
                 f"户名：咸阳鼎泰空分气体有限公司\n开户行：平安银行广州天河支行\n账号：{_acc}\n"
                 f"请贵司财务更新供应商档案。如需核实，请致电我司财务部{_fax_tel}。\n咸阳鼎泰空分气体有限公司（财务专用章）\n"
                 "——5月11日16:20出纳按函中电话回拨，对方自称财务部刘会计，确认变更。"),
           contract_id="QW-CG-2026-01", invoice_no=invoice("qw:0513", "61"),
           changed_at="2026-05-11 16:40",
           verification=verified(_fax_tel, "E7302", "2026-05-11 16:20"),
           **scam("account_change", "block", ["letter_instruction", "account_change_words", "account_changed_recent",
                                               "first_time_payee", "unusual_bank_region"]))

QW.payment("test", "2026-05-14 16:30",
           note="Hard negative: First payment to the hazmat carrier's new local-bank account, whose sealed change letter its long-known account manager delivered in person and which was confirmed by a call-back on file and a ten-fen test remittance.",
           payee=dict(QW_V["03"], account_no=acct("qw:v03-new", "7100", 19), bank="西安银行高陵支行"),
           amount="41260", purpose="运费", memo="危险货物运输费（4月下半月-5月上旬）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text=(qw_erp("危险货物运输费（4月下半月-5月上旬）", "顺安危运", "QW-WL-2026-01", invoice("qw:0514", "61")) +
                 "\n附：顺安危运业务经理郑海军（合作三年）5月6日到公司当面送交《银行账户变更函》（公章、法人章），原因：基本户从建行迁至西安银行高陵支行，户名不变。"
                 f"赵宏伟按供应商档案预留座机{QW_V['03']['phone']}回拨顺安财务经理确认；5月7日试汇0.10元，对方确认收到。"),
           contract_id="QW-WL-2026-01", invoice_no=invoice("qw:0514", "61"),
           changed_at="2026-05-07 11:00",
           verification=verified(QW_V["03"]["phone"], "E7301", "2026-05-07 10:40"),
           signals=["account_changed_recent", "letter_instruction", "account_change_words", "first_time_payee"])

# Acetylene, hydrogen and empty cylinders for a "college lab", on credit, to a residential garage.
QW.order("test", "2026-05-15 10:15",
         note="A phone caller for a 'college chemistry lab' wants acetylene, hydrogen and fifty empty cylinders on credit, delivered to a housing-estate garage, with no hazardous-goods purchase filing and only a mobile and WeChat.",
         customer=customer("陕西渭北理工学院（化学实验中心）", None, "实验中心 雷老师", mob("qw:fp-lei", "183"),
                           im_id=wxid("qw:fp-lei")),
         items=[item("溶解乙炔（40L）", 30, "瓶", "150"), item("氢气（40L，高纯）", 20, "瓶", "120"),
                item("40L钢瓶（带阀，购买）", 50, "只", "680")], channel="phone",
         address="西安市长安区郭杜街道某小区地下车库（雷老师自提点）", deadline="2026-05-16",
         terms="货到后学校公对公转账（报账周期约一个月）",
         notes=("雷老师电话下单，说是学院实验室用气，要乙炔、氢气和50只空瓶，让送到长安区一个小区的地下车库，说实验楼在装修暂时放那里。"
                "问他要易制爆/危化品购买备案和学校采购审批单，他说学校报账慢，先发货，手续后面补，只留了手机和微信。"),
         **scam("fake_purchaser", "flag", ["institution_claim", "hazardous_no_permit", "residential_delivery",
                                            "credit_terms_requested", "new_customer", "contact_im_only"]))

QW.order("test", "2026-05-18 11:00",
         note="Hard negative: A new heavy-machinery maker orders acetylene and oxygen with its hazardous-chemicals user registration and purchase filing, prepaid from its own company account.",
         customer=customer("西安泾河重工机械有限公司", uscc("qw:jh", "610117"), "设备部 马工", tel("029", "qw:jh"),
                           email="mag@jinghe-hi.com"),
         items=[item("溶解乙炔（40L）", 60, "瓶", "150"), item("工业氧（40L）", 200, "瓶", "25")], channel="phone",
         address="西安市高陵区泾河工业园泾河重工厂区（注册地址）", deadline="2026-05-20",
         terms="款到发货（已到账）",
         notes=("新客户泾河重工焊装车间用气，已提供营业执照、危险化学品使用单位登记及购买备案回执（公安高陵分局），"
                "付款账户为其对公基本户，14000元5月15日已到账；收货地址为其注册厂址。"),
         signals=["new_customer"])

# A couriered "court freezing notice" in traditional characters plus a "judge's assistant" on the phone.
_acc = acct("qw:ai-rt", "7111", 19)
QW.payment("test", "2026-05-19 15:45",
           note="A couriered 'assistance-in-freezing notice' written in traditional characters, followed by a call from a 'judge's assistant', tells the company to move 680k into a court-designated supervised account for checking before 5 pm and tell no one.",
           payee=payee("西安瑞通资产托管有限公司", _acc, "中信银行西安分行营业部"),
           amount="680000", purpose="资金核查", memo="法院协查 资金监管",
           channel="letter", from_name="自称西安市中级人民法院执行局 法官助理 王某", from_contact=tel("029", "qw:ai-court"),
           by="E7302", approvers=[], urgent=True,
           text=("【闪送送达文件，扫描转录】\n協助凍結存款通知書\n西安秦渭氣體有限公司：\n"
                 "本院在審理一起非法吸收公眾存款案件中查明，你公司工行賬戶與涉案資金存在往來，依法應予凍結。鑒於你公司為醫療供氧單位，"
                 "經合議庭研究，准予你公司將賬戶內資金轉入本院指定監管帳戶接受資金核查，核查無誤後於七個工作日內全額返還，賬戶不予凍結。\n"
                 f"監管帳戶：西安瑞通資產託管有限公司  中信銀行西安分行  {_acc}\n本案涉密，不得向無關人員透露。\n（印章）\n"
                 "——白雪备注：随后王法官助理打来电话，要求今天17点前转68万，并全程保持通话。"),
           **scam("authority_impersonation", "block", ["authority_words", "safe_account_words", "letter_instruction",
                                                        "phone_instruction", "secrecy_words", "urgency",
                                                        "first_time_payee", "evasion_traditional", "no_approval"]))

QW.order("test", "2026-05-20 10:20", note="Routine: Welding gases for the established structural-parts maker.",
         customer=QW_C02, items=[item("氩气（40L）", 220, "瓶", "95"), item("二氧化碳（40L）", 160, "瓶", "60")],
         channel="phone", address="西安市高陵区泾渭工业园秦川焊接结构件厂", deadline="2026-05-23",
         terms="月结", notes="牛经理电话订气")

# A voicemail in the general manager's voice from an unknown number.
_acc = acct("qw:bi-bz", "5105", 19)
QW.payment("test", "2026-05-21 14:50",
           note="A voicemail in what sounds like the general manager's voice, from a number not in the directory, says not to call back and to pay a 45k booth and sample deposit to a Chengdu events firm today.",
           payee=payee("成都博展会展服务有限公司", _acc, "中国建设银行成都天府新区支行"),
           amount="45000", purpose="预付款", memo="秦总交办 医疗器械展展位费及样机定金",
           channel="phone", from_name="语音留言（声音像秦总）", from_contact=mob("qw:bi-vm", "159"),
           by="E7302", approvers=[], urgent=True,
           text=("语音信箱留言转写（5月21日14:18，来电号码不在通讯录）：\n“小白，我秦海涛。我在成都医疗器械博览会，这边信号很差，电话老断，你别回了。"
                 "展会上看中一家的制氧设备，展位和样机定金一共四万五，今天必须付掉，不然位置给别人了。我让他们把户名账号发你手机，你先付，流程我回去补。”\n"
                 f"随后收到短信：成都博展会展服务有限公司，建行成都天府新区支行，{_acc}。"),
           **scam("boss_impersonation", "flag", ["phone_instruction", "boss_role", "new_contact", "cannot_call",
                                                  "bypass_process", "urgency", "deposit_words", "first_time_payee",
                                                  "no_approval"]))

QW.payment("test", "2026-05-22 11:30",
           note="Hard negative: The general manager phones to buy seventy tonnes of medical liquid oxygen from a new licensed plant while the usual supplier is down, confirmed by a call-back on his directory number and approved in the ERP.",
           payee=payee("渭南秦东工业气体有限公司", acct("qw:qd", "3705", 19), "中国工商银行渭南分行",
                       phone=tel("0913", "qw:qd")),
           amount="96600", purpose="货款", memo="医用液氧应急采购70吨（鼎泰检修停产期间）",
           channel="phone", from_name="秦海涛", from_contact=QW_QIN_MOBILE,
           by="E7321", approvers=["E7301", "E7300"], urgent=True,
           text=("电话记录（5月22日9:40，赵宏伟）：秦总来电，鼎泰空分5月25日起停产检修一周，医院供氧不能断，已与渭南秦东工业气体谈好临时供应70吨医用液氧，"
                 "合同（QW-CG-2026-07）已由韩冬盖章寄回，对方药品生产许可证（医用氧）已核验，要求款到发车。\n"
                 "——赵宏伟用公司通讯录号码回拨秦总确认；浪潮GS审批：韩冬申请，赵宏伟、秦海涛审批。"),
           contract_id="QW-CG-2026-07",
           verification=verified(QW_QIN_MOBILE, "E7301", "2026-05-22 09:50"),
           signals=["phone_instruction", "boss_role", "urgency", "first_time_payee"])

# "The driver" on a new number: pay my wages to my wife's card.
_acc = acct("qw:fs-zy", "6228", 19)
QW.payment("test", "2026-05-25 10:10",
           note="A caller on a new number says he is one of the hazmat drivers, has lost his card and wants his May wages and trip allowance paid to his wife's card.",
           payee=payee("张艳", _acc, "中国农业银行西安长安支行", account_type="personal"),
           amount="7860", purpose="工资", memo="司机刘军5月工资及出车补贴",
           channel="phone", from_name="自称司机刘军", from_contact=mob("qw:fs-lj", "183"),
           by="E7302", approvers=["E7301"],
           text=("电话记录（5月25日，白雪）：来电说是危运车队司机刘军，手机换号了。说他的工资卡上周丢了还没补办，"
                 f"这个月工资和出车补贴先打到他爱人张艳的卡上（农行 {_acc}），人在外地跑车回不来。"),
           **scam("fake_salary", "block", ["phone_instruction", "new_contact", "payroll_change", "payee_not_employee",
                                            "personal_account", "first_time_payee"]))

QW.payment("test", "2026-05-26 15:20",
           note="Hard negative: May social-insurance contributions paid to the district treasury through the e-tax bureau after the tax office's SMS deadline reminder.",
           payee=payee("国家金库西安市高陵区支库", acct("qw:tax", "2610", 19), "中国人民银行西安市高陵区支行",
                       vendor_id="TAX-QW"),
           amount="186420", purpose="社会保险费", memo="2026年5月社会保险费（单位+个人）",
           channel="sms", from_name="国家税务总局西安市高陵区税务局", from_contact="12366",
           by="E7301", approvers=["E7300"],
           text=("【国家税务总局西安市高陵区税务局】贵单位2026年5月社会保险费申报期截至5月31日，请及时通过电子税务局申报缴纳，"
                 "逾期将按日加收万分之五滞纳金。如有疑问请拨打12366。\n——赵宏伟已在电子税务局核定缴费金额，三方协议扣款。"),
           signals=["authority_words", "urgency", "first_time_payee"])

# A faxed PO from a look-alike of the established hospital, with resale-friendly empty cylinders.
QW.order("test", "2026-05-27 10:40",
         note="A faxed purchase order from a 'hospital management company' named like the established hospital adds 120 empty cylinders, asks for 30-day credit and delivery to a Xianyang logistics warehouse, and gives a mobile instead of the hospital's landline.",
         customer=customer("西安渭城骨科医院管理有限公司", uscc("qw:fp-wc", "610104"), "采购部 吴主任",
                           mob("qw:fp-wu", "159"), email="wcgk_caigou@163.com"),
         items=[item(O2_MED, 300, "瓶", "35"), item("40L钢瓶（带阀，购买）", 120, "只", "680")], channel="other",
         address="咸阳市秦都区某物流园7号仓", deadline="2026-05-29", terms="月结30天",
         notes=("传真来一份抬头为“西安渭城骨科医院管理有限公司”的采购单，说是渭城骨科新成立的医院管理公司统一采购，这次除了氧气还要买120只空钢瓶，"
                "送到咸阳一个物流园的仓库，月结30天。联系人吴主任我们没见过，电话是手机，和渭城骨科设备科的座机不一样。"),
         **scam("fake_purchaser", "flag", ["lookalike_company", "new_customer", "credit_terms_requested",
                                            "far_delivery", "contact_mismatch", "large_first_order"]))

QW.order("test", "2026-05-28 14:10", note="Routine: June medical oxygen for the orthopaedic hospital under its framework agreement.",
         customer=QW_C01, items=[item(O2_MED, 680, "瓶", "35"), item(LOX_MED, 15, "吨", "2100")], channel="erp",
         address="西安市未央区渭城骨科医院供氧站", deadline="2026-06-30",
         terms="月结（框架协议QW-XS-2026-001）", notes="6月常规供氧")

# A "law firm" letter demanding a settlement on a contract that never existed, payable to the lawyer's own card.
_acc = acct("qw:cf-zlq", "6214", 19)
QW.payment("test", "2026-06-01 10:00",
           note="A law-firm letter claims the company broke a cylinder-leasing contract it never signed and offers to settle for 68k paid to the handling lawyer's personal card, threatening suit and an account freeze.",
           payee=payee("郑立群", _acc, "招商银行西安分行", account_type="personal"),
           amount="68000", purpose="违约金", memo="陕西正衡律师事务所律师函 和解款",
           channel="letter", from_name="陕西正衡律师事务所 郑立群律师（来函）", from_contact=mob("qw:cf-zlq", "183"),
           by="E7302", approvers=["E7301"], urgent=True,
           text=("律师函（正衡律函〔2026〕第0529号）\n西安秦渭气体有限公司：\n"
                 "本所受陕西恒泰工业气体有限公司委托，就贵司违反双方2024年8月签订的《钢瓶租赁及气体供应合同》（合同编号HT-QT-2024-0816）"
                 "提前终止合作一事致函如下：依合同第十一条，贵司应支付违约金136000元。鉴于双方长期合作，委托人同意按50%即68000元一次性和解。"
                 f"请于收函后3日内将和解款汇至本所经办律师郑立群账户（招商银行西安分行 {_acc}），逾期本所将依法提起诉讼并申请财产保全，冻结贵司银行账户。\n"
                 "（律所章、律师签名）\n——公司合同台账无此合同，也从未与恒泰工业气体发生业务。"),
           **scam("contract_fraud", "flag", ["letter_instruction", "personal_account", "payee_name_mismatch",
                                              "first_time_payee", "no_po_contract", "urgency", "authority_words"]))

QW.payment("test", "2026-06-02 15:30",
           note="Hard negative: Compensation for a delivery truck that hit a customer's gate, paid to that customer's own company account under a court pre-litigation mediation record.",
           payee=payee("西安鼎立钢结构工程有限公司", QW_C03_ACCOUNT, "中国工商银行西安高陵支行", phone=QW_C03["phone"]),
           amount="23500", purpose="赔偿款", memo="危运车倒车撞坏鼎立厂区电动门 诉前调解赔偿款",
           channel="letter", from_name="西安市高陵区人民法院（诉前调解）", from_contact=tel("029", "qw:glcourt"),
           by="E7302", approvers=["E7301", "E7300"],
           text=("西安市高陵区人民法院诉前调解书（(2026)陕0117诉前调1188号）：经调解，双方自愿达成协议：秦渭气体于2026年6月10日前"
                 "向鼎立钢结构支付电动门修复及误工损失23500元，汇入鼎立钢结构对公账户。\n"
                 "——法务核对调解书原件；收款账户与鼎立历年向我司付款的对公账户一致。"),
           signals=["authority_words", "letter_instruction", "first_time_payee"])

# A Chinese-domain "renewal" bill for a domain the company never registered.
_acc = acct("qw:fi-yl", "3101", 19)
QW.payment("test", "2026-06-03 11:10",
           note="A posted renewal bill for a Chinese-language domain and keyword the company never registered warns the website and mail will stop unless 2,980 reaches a Shanghai 'authorised provider'.",
           payee=payee("上海域联网络信息技术有限公司", _acc, "上海银行闵行支行"),
           amount="2980", purpose="服务费", memo="中文域名“秦渭气体.中国”三年续费",
           channel="letter", from_name="中国互联网名址服务中心（来函）", from_contact=tel("021", "qw:fi-yl"),
           by="E7330", approvers=["E7301"], urgent=True,
           text=("域名续费通知书\n尊敬的西安秦渭气体有限公司：\n贵司持有的中文域名“秦渭气体.中国”及通用网址“秦渭气体”将于2026年6月15日到期，"
                 "到期后将进入赎回期，其他企业可申请注册，届时贵司网站及邮箱将无法访问。请于到期前缴纳三年服务费2980元至授权服务商"
                 f"上海域联网络信息技术有限公司（上海银行闵行支行，{_acc}）。\n"
                 "——公司从未注册过中文域名；网站和邮箱域名在西安云栈网络（现有服务商）。"),
           **scam("fake_invoice", "flag", ["renewal_bill", "letter_instruction", "urgency", "first_time_payee",
                                            "no_po_contract"]))

# Structural only: the cylinder-inspection bill with an invoice number already paid in March.
QW.payment("test", "2026-06-04 14:40",
           note="Structural only: a cylinder-inspection payment request carries the very invoice number already paid in March, with the ordinary ERP wording and the supplier's usual account.",
           payee=QW_V["02"], amount="21600", purpose="检测费", memo="钢瓶定期检验费（480只）",
           channel="erp", from_name="孟军", by="E7320", approvers=["E7301"],
           text=qw_erp("钢瓶定期检验费（480只）", "华安气瓶检测", "QW-JC-2026-01", QW_INV_0311),
           contract_id="QW-JC-2026-01", invoice_no=QW_INV_0311,
           **scam("fake_invoice", "block", ["duplicate_invoice"]))

QW.payment("test", "2026-06-05 10:00",
           note="Hard negative: Annual renewal of the company mailbox and cloud server with its contracted hosting provider, checked against the provider's console.",
           payee=payee("西安云栈网络科技有限公司", acct("qw:yz", "6101", 19), "中国建设银行西安高新技术产业开发区支行",
                       vendor_id="V-QW06", phone=tel("029", "qw:yz")),
           amount="3600", purpose="服务费", memo="企业邮箱及网站服务器年度续费（2026.6-2027.6）",
           channel="erp", from_name="杜娟", by="E7330", approvers=["E7301"],
           text=("浪潮GS付款单：企业邮箱（50用户）及云服务器年度续费｜云栈网络｜合同QW-IT-2025-02（三年期，2025年签）"
                 f"｜发票{invoice('qw:0605', '61')}。续费通知来自云栈网络客户经理（合同约定联系人），已在其控制台核对到期日。"),
           contract_id="QW-IT-2025-02", invoice_no=invoice("qw:0605", "61"),
           signals=["renewal_bill", "first_time_payee"])

# An in-person "loan facilitator" wants notary fee and risk deposit before an equipment loan.
_acc = acct("qw:af-rt", "6102", 19)
QW.payment("test", "2026-06-08 15:00",
           note="A visiting 'bank partner' loan facilitator promises a 3m unsecured equipment loan in two weeks if the company first pays a notary fee and a risk deposit to his consultancy under an agreement no bank has stamped.",
           payee=payee("西安融通汇达信息咨询有限公司", _acc, "西安银行小寨支行"),
           amount="18000", purpose="服务费", memo="设备融资公证费及风险保证金",
           channel="in_person", from_name="西安融通汇达信息咨询有限公司 客户经理 邵斌", from_contact=mob("qw:af-shao", "159"),
           by="E7301", approvers=["E7300"],
           text=("来访记录（6月8日，赵宏伟接待）：邵经理称是几家银行的“合作助贷机构”，可为我们新上的空分装置办300万设备融资，年化3.85%，"
                 "不用抵押，两周放款。前提是先交公证费6000元和风险保证金12000元到他们公司账户，说银行放款后保证金退还。"
                 "给了一份没有银行盖章的《融资服务协议》。"),
           **scam("advance_fee", "flag", ["loan_fee_words", "fee_words", "deposit_words", "first_time_payee",
                                           "no_po_contract"]))

# A "short-video promotion" top-up with a rebate promise, paid to a payment-platform merchant.
_acc = acct("qw:tr-xt", "9551", 19)
QW.payment("test", "2026-06-09 10:30",
           note="The marketing clerk asks to top up a 'short-video promotion platform' through a payment-platform merchant account, on a promise of 30 percent kickbacks for completing like-and-follow tasks, with an emoji stuck inside a key word.",
           payee=payee("深圳市星推互动网络科技有限公司（财付通商户）", _acc, "财付通支付科技有限公司"),
           amount="15000", purpose="推广费", memo="短视频推广平台充值",
           channel="erp", from_name="杜娟", by="E7330", approvers=["E7301"],
           text=("浪潮GS付款单（市场部）：短视频推广平台账户充值15000元。\n附平台客服发来的说明："
                 "“企业号做任务推广，先充值再派单，完成点赞关注任务后按充💰值金额的30%返利到企业账户，档位越高返点越高，本期名额今天截止。”\n"
                 "收款方为平台的财付通商户号。"),
           **scam("task_rebate", "flag", ["task_rebate_words", "topup_words", "third_party_payment_endpoint",
                                           "first_time_payee", "urgency", "evasion_symbols", "no_po_contract"]))

QW.payment("test", "2026-06-10 14:00",
           note="Hard negative: Monthly fuel-card top-up for the delivery trucks paid to the oil company, as every month.",
           payee=QW_V["05"], amount="30000", purpose="油费", memo="危运车队加油卡充值（6月）",
           channel="erp", from_name="韩冬", by="E7321", approvers=["E7301"],
           text="浪潮GS付款单：车队加油卡（主卡）充值30000元｜中国石化西安石油分公司｜IC卡充值，按月开具发票",
           signals=["topup_words"])

# Phoned "overpayment" from a new customer; refund to the boss's personal card before anything has arrived.
_acc = acct("qw:or-hjb", "6217", 19)
QW.payment("test", "2026-06-11 10:20",
           note="A new steel fabricator's boss phones that his bookkeeper sent 50k instead of 5k, shows a 'submitted' online-banking page and wants 45k back on his personal card, though nothing has arrived.",
           payee=payee("侯建斌", _acc, "中国建设银行咸阳分行", account_type="personal"),
           amount="45000", purpose="退款", memo="咸阳聚力钢构多付货款退回",
           channel="phone", from_name="咸阳聚力钢结构有限公司 侯总", from_contact=mob("qw:or-hou", "159"),
           by="E7311", approvers=["E7310"],
           text=("电话记录（6月11日9:30，刘倩）：咸阳聚力钢构侯总来电，说昨天订了氩气和乙炔5000元，他们会计转成了50000元，多转了45000，"
                 "发了张网银付款页面截图（显示“已提交，待银行处理”）。他说公司账户月底要对账，不方便原路退，让把45000退到他个人建行卡上。\n"
                 "——财务查询：目前尚未收到聚力的任何来款。"),
           **scam("overpayment_refund", "block", ["phone_instruction", "refund_words", "overpayment",
                                                   "refund_to_other_account", "fake_payment_proof",
                                                   "personal_account", "first_time_payee"]))

QW.payment("test", "2026-06-12 15:10",
           note="Hard negative: Deposits for twenty returned cylinders refunded to the steel-structure customer's own account that paid them.",
           payee=payee("西安鼎立钢结构工程有限公司", QW_C03_ACCOUNT, "中国工商银行西安高陵支行", phone=QW_C03["phone"]),
           amount="12000", purpose="押金退还", memo="鼎立钢结构退还钢瓶20只押金原路退回",
           channel="erp", from_name="刘倩", by="E7311", approvers=["E7310", "E7301"],
           text=("浪潮GS付款单（销售部）：鼎立钢结构6月9日退回乙炔瓶、氧气瓶共20只（回收入库单HS0609-03，瓶号清单已附），"
                 "按押金收据退押金每只600元，原路退回其当初交押金的对公账户。"),
           signals=["refund_words", "deposit_words", "first_time_payee"])

# An in-person "construction boss" who wants 1.2m routed through the company account.
QW.order("test", "2026-06-15 09:50",
         note="A builder ordering 50k of site gases wants 1.2m of 'project money' paid into the company and 1.15m forwarded the same day to his materials dealer for a two-percent fee, calling it routing through the account in mixed pinyin.",
         customer=customer("陕西宏晟建设工程有限公司", uscc("qw:al-hs", "610113"), "项目经理 贺总", mob("qw:al-he", "134"),
                           im_id=wxid("qw:al-he")),
         items=[item("工业氧（40L）", 800, "瓶", "25"), item("溶解乙炔（40L）", 200, "瓶", "150")], channel="in_person",
         address="西安市高陵区某安置房项目工地", deadline="2026-06-20", terms="款到发货",
         third_party=third("西安鑫达建材有限公司", mob("qw:al-xd", "183"), "pass_through_payee", "1150000"),
         notes=("贺总来公司谈工地用气，5万块的气按我们价格要。但他提出业主的工程款120万先打到我们公司，我们留下5万气款，"
                "其余115万当天转给他们的材料商鑫达建材，说他们公司的户被限额了，借我们公户走zhang一次，给我们2%的费用，"
                "合同可以按120万签成供气合同。"),
         **scam("account_lending", "block", ["account_lending_words", "new_customer", "third_party_payer",
                                              "in_out_match", "evasion_pinyin"]))

# A couriered "award notice" for a tender the company never entered.
QW.order("test", "2026-06-16 14:30",
         note="A couriered award notice says the company won a three-year oxygen contract for a new hospital campus it never bid for, payable only after a performance bond and an award service fee reach the agent.",
         customer=customer("汉中市天汉医院投资建设有限公司", uscc("qw:cf-th", "610702"), "招标代理 陕西众诚招标有限公司 陈工",
                           mob("qw:cf-chen", "183")),
         items=[item(O2_MED, 36000, "瓶", "34")], channel="letter",
         address="汉中市汉台区天汉医院新院区", deadline="2026-07-15", terms="按季度结算",
         fees=[fee("履约保证金", "61200"), fee("中标服务费", "18360")],
         notes=("快递收到《中标通知书》，称我司在天汉医院新院区三年医用氧供应项目中标，要求7日内将履约保证金（合同额5%）和中标服务费"
                "汇入代理机构账户后到汉中签合同。我司从未参加过该项目投标，陕西省政府采购网和汉中市公共资源交易平台都查不到该项目。"),
         **scam("contract_fraud", "flag", ["institution_claim", "fee_asked_of_seller", "deposit_words",
                                            "new_customer", "large_first_order", "letter_instruction"]))

QW.payment("test", "2026-06-17 10:50",
         note="Hard negative: A bid bond paid to the Xi'an public resource trading centre account named in the hospital's published tender announcement.",
         payee=payee("西安市公共资源交易中心", acct("qw:ggzy", "3700", 19), "中国工商银行西安南关支行",
                     phone=tel("029", "qw:ggzy")),
         amount="20000", purpose="投标保证金", memo="临潼区骊山医院医用气体采购项目（XAGGZY-2026-1107）投标保证金",
         channel="erp", from_name="周凯", by="E7310", approvers=["E7301", "E7300"],
         text=("浪潮GS付款单：按西安市公共资源交易中心招标公告指定的保证金账户缴纳，公告及账户信息已在交易中心官网核对，未中标原路退还。"),
         signals=["deposit_words", "first_time_payee"])

# A phoned "armed-police logistics" order with a designated concentrator dealer, no screenshot yet.
QW.order("test", "2026-06-18 15:20",
         note="A caller from an 'armed-police detachment' orders 80 cylinders of medical oxygen for altitude training and wants us to buy ten portable concentrators from the one dealer the unit deals with, talking only over WeChat.",
         customer=customer("武警某支队后勤保障处", None, "王助理", mob("qw:fo-wang", "183"), im_id=wxid("qw:fo-wang")),
         items=[item(O2_MED, 80, "瓶", "36")], channel="phone",
         address="西安市长安区某营区", deadline="2026-06-24", terms="部队财务验收后转账",
         third_party=third("西安高原康氧科技经营部", mob("qw:fo-gy", "134"), "designated_supplier", "64000"),
         notes=("王助理打电话订80瓶医用氧，说是部队进藏前适应性训练用。还要10台便携式制氧机（6400元/台），部队这边只能从高原康氧拿，"
                "那家只做熟人生意、不跟部队直接签，请我们出面先订、一起送到营区，部队到时候一次性跟我们结。全程加微信沟通，不接受我们上门。"),
         **scam("fake_order", "flag", ["institution_claim", "designated_supplier", "off_catalogue_item",
                                        "new_customer", "contact_im_only"]))

QW.order("test", "2026-06-22 10:15",
         note="Hard negative: The orthopaedic hospital's long-standing equipment chief brings a sealed order doubling July oxygen for a new ward block, on the framework's monthly terms.",
         customer=QW_C01, items=[item(O2_MED, 1200, "瓶", "35"), item(LOX_MED, 26, "吨", "2100")], channel="in_person",
         address="西安市未央区渭城骨科医院供氧站", deadline="2026-07-31",
         terms="月结（框架协议QW-XS-2026-001）",
         notes=("渭城骨科设备科曹科长来公司送盖章采购单：新住院楼6月底启用，7月起用氧量翻倍，要求增加液氧储罐配送频次；"
                "采购单抬头、印章、联系人与客户档案一致，曹科长为老联系人。"),
         signals=["institution_claim", "credit_terms_requested"])

# A couriered "job-retention subsidy" notice that needs a handling fee first.
_acc = acct("qw:fs-zh", "6105", 19)
QW.payment("test", "2026-06-23 14:00",
           note="A couriered notice in the employment service centre's name says a 320k job-retention subsidy is ready once the company pays a three-percent handling fee to an HR agency before the end of June.",
           payee=payee("陕西众合人力资源服务有限公司", _acc, "中国建设银行西安雁塔支行"),
           amount="9600", purpose="服务费", memo="稳岗补贴代办服务费",
           channel="letter", from_name="自称西安市就业服务中心（快递来函）", from_contact=tel("029", "qw:fs-jy"),
           by="E7302", approvers=["E7301"],
           text=("关于领取2026年度失业保险稳岗补贴的通知\n西安秦渭气体有限公司：\n经审核，你单位符合2026年度稳岗返还条件，核定补贴金额320000元。"
                 "为加快发放进度，本年度补贴统一由受委托机构陕西众合人力资源服务有限公司代为办理，单位需按补贴金额3%缴纳代办服务费9600元"
                 f"（中国建设银行西安雁塔支行，{_acc}），到账后5个工作日内补贴拨付至单位账户。请于6月30日前办理，过了期限申领通道自动关闭。\n"
                 "——人事查询：陕西稳岗返还由人社部门直接拨付到单位账户，从不收费。"),
           **scam("fake_salary", "flag", ["subsidy_words", "fee_words", "letter_instruction", "urgency",
                                           "first_time_payee", "no_po_contract"]))

QW.order("test", "2026-06-24 11:00", note="Routine: Oxygen and acetylene for the established steel-structure firm.",
         customer=QW_C03, items=[item("工业氧（40L）", 320, "瓶", "25"), item("溶解乙炔（40L）", 90, "瓶", "150")],
         channel="phone", address="西安市高陵区崇皇街道鼎立钢结构厂区", deadline="2026-06-26",
         terms="月结", notes="黄工电话订气，危化品购买备案在档")

# A phoned "special-equipment inspectorate" demanding an annual-review fee to a private service shop.
_acc = acct("qw:ai-ad", "6106", 19)
QW.payment("test", "2026-06-29 15:30",
           note="A caller claiming to be from the market-regulation bureau's special-equipment office says the cylinder-filling licence review is overdue and a 4.8k fee must reach a private technical-service shop today or filling will be suspended.",
           payee=payee("西安安达特种设备技术服务部", _acc, "西安农村商业银行未央支行"),
           amount="4800", purpose="培训费", memo="气瓶充装许可年审及充装人员培训费",
           channel="phone", from_name="自称西安市市场监管局特种设备安全监察处 李科长", from_contact=tel("029", "qw:ai-scj"),
           by="E7320", approvers=["E7301"], urgent=True,
           text=("电话记录（6月29日，孟军）：李科长说我们的气瓶充装许可证年审逾期，系统已标红，要求今天内缴纳年审费和充装人员培训费共4800元"
                 "到技术服务部账户，否则下周起暂停充装资格，派人上门查封。我说要走公司流程，他说可以先交，发票后面开。"),
           **scam("authority_impersonation", "flag", ["phone_instruction", "authority_words", "fee_words", "urgency",
                                                       "first_time_payee", "bypass_process", "no_po_contract"]))

QW.order("test", "2026-06-30 10:40",
         note="Hard negative: A new dental clinic orders a few cylinders of medical oxygen over WeChat, shows a practice licence that checks out on the health commission site and pays through the company's own collection code.",
         customer=customer("西安高陵惠民口腔诊所", uscc("qw:hm", "610117", kind="92"), "李医生", mob("qw:hm", "134"),
                           im_id=wxid("qw:hm")),
         items=[item("医用氧（10L钢瓶）", 10, "瓶", "30"), item(O2_MED, 6, "瓶", "35")], channel="im",
         address="西安市高陵区鹿苑街道惠民口腔诊所", deadline="2026-07-02", terms="款到发货（已付）",
         notes=("诊所李医生加了销售内勤微信下单，小量医用氧，提供了医疗机构执业许可证照片（可在卫健委网站查到），"
                "款510元已通过公司对公收款码付清。"),
         signals=["new_customer", "contact_im_only"])

QW.order("test", "2026-07-01 10:00", note="Routine: Welding gases for the established structural-parts maker.",
         customer=QW_C02, items=[item("氩气（40L）", 230, "瓶", "95"), item("二氧化碳（40L）", 150, "瓶", "60")],
         channel="phone", address="西安市高陵区泾渭工业园秦川焊接结构件厂", deadline="2026-07-04",
         terms="月结", notes="牛经理电话订气")

QW.order("test", "2026-07-02 14:20",
         note="Hard negative: The orthopaedic hospital phones for oxygen to be delivered to its newly opened branch in Jingyang, confirmed by calling its equipment office back, and billed to the main hospital as usual.",
         customer=QW_C01, items=[item(O2_MED, 200, "瓶", "35")], channel="phone",
         address="咸阳市泾阳县渭城骨科医院泾阳分院", deadline="2026-07-04",
         terms="月结（框架协议QW-XS-2026-001）",
         notes=("渭城骨科设备科曹科长来电，泾阳分院（渭城骨科全资设立，分院执业许可证已报备）开诊，先送200瓶到分院；"
                "我方回拨设备科座机确认，结算仍由总院按月结。"),
         signals=["far_delivery", "credit_terms_requested"])


if __name__ == "__main__":
    write()
