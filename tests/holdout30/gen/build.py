#!/usr/bin/env python3
"""Deterministic generator for the holdout30 corpus (year-end / Spring Festival season).

Writes ../holdout30.jsonl (next to the README). Standard library only, no network,
no randomness: every account number, phone, WeChat id, credit code and invoice number
is derived from a SHA-256 hash of a fixed label, so two runs give byte-identical output.

Every company, person, account, phone number, credit code and invoice number is invented.
"""
import datetime
import hashlib
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout30.jsonl")

# --------------------------------------------------------------------------------------
# deterministic identifiers
# --------------------------------------------------------------------------------------

_cache = {}
_used = set()


def _h(label):
    return hashlib.sha256(label.encode("utf-8")).hexdigest()


def _digits(label, n):
    out, i = "", 0
    while len(out) < n:
        out += str(int(_h("%s#%d" % (label, i)), 16))[3:60]
        i += 1
    return out[:n]


def _unique(kind, label, gen):
    key = (kind, label)
    if key in _cache:
        return _cache[key]
    k = 0
    while True:
        v = gen(label if k == 0 else "%s~%d" % (label, k))
        if v not in _used:
            _used.add(v)
            _cache[key] = v
            return v
        k += 1


def acct(label, prefix, length):
    """Account / card number of `length` digits (16-19) starting with `prefix`."""
    assert 16 <= length <= 19
    return _unique("acct", label, lambda l: prefix + _digits("acct:" + l, length - len(prefix)))


def mob(label, pfx):
    """Fictitious mobile: 154/168/179 + 0000 + 4 digits."""
    assert pfx in ("154", "168", "179")
    return _unique("mob", label, lambda l: pfx + "0000" + _digits("mob:" + l, 4))


def tel(label, area):
    """Fictitious landline: area-0000xxx."""
    return _unique("tel", label, lambda l: "%s-0000%s" % (area, _digits("tel:" + l, 3)))


def wx(label):
    chars = "abcdefghijklmnopqrstuvwxyz0123456789"

    def g(l):
        n = int(_h("wx:" + l), 16)
        s = ""
        for _ in range(14):
            s += chars[n % 36]
            n //= 36
        return "wxid_" + s

    return _unique("wx", label, g)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(label, head="91", region="650100"):
    """Unified social credit code with a valid 18th check character."""

    def g(l):
        n = int(_h("uscc:" + l), 16)
        body = ""
        for _ in range(7):
            body += USCC_CHARS[n % 31]
            n //= 31
        base = head + region + "MA" + body
        s = sum(USCC_CHARS.index(c) * w for c, w in zip(base, USCC_W))
        return base + USCC_CHARS[(31 - s % 31) % 31]

    return _unique("uscc", label, g)


def inv(label, year="26"):
    """20-digit fully-digital invoice number (year + Xinjiang + serial)."""
    return _unique("inv", label, lambda l: year + "652000" + _digits("inv:" + l, 12))


# --------------------------------------------------------------------------------------
# request builders
# --------------------------------------------------------------------------------------


def T(s):
    """'2026-11-02 11:20' -> RFC 3339 Beijing time."""
    d, t = s.split()
    return "%sT%s:00+08:00" % (d, t)


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def instr(channel, text, from_name=None, from_contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": T(at)}


def P(ts, payer, pye, amount, purpose, memo, ins, req, appr, order=None, contract=None,
      invoice=None, changed=None, verification=None):
    r = {"request_id": None, "submitted_at": T(ts), "payer": dict(payer), "payee": dict(pye),
         "amount": amount, "currency": "CNY", "purpose": purpose, "memo": memo,
         "instruction": ins, "requested_by": req, "approved_by": list(appr),
         "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
         "payee_account_changed_at": T(changed) if changed else None}
    if verification is not None:
        r["verification"] = verification
    return r


def cust(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": quantity, "unit": unit, "unit_price": unit_price}


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": amount}


def O(ts, customer, items, channel, address, deadline, terms, notes, third_party=None, fees=()):
    total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items), Decimal("0"))
    return {"record_id": None, "received_at": T(ts), "customer": dict(customer), "items": list(items),
            "total_amount": str(total.quantize(Decimal("0.01"))), "currency": "CNY", "channel": channel,
            "delivery": {"address": address, "deadline": deadline}, "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": a} for r, a in fees], "notes": notes}


# --------------------------------------------------------------------------------------
# line builders
# --------------------------------------------------------------------------------------

LINES = []


def _kind(req):
    return "order" if "record_id" in req else "payment"


def H(tenant, note, req, tag=None):
    LINES.append({"tenant": tenant, "phase": "history", "label": "legit", "scam_type": None,
                  "expect": "allow", "signals": [], "note": note, "request": req, "tag": tag})


def R(tenant, note, req, tag=None):
    LINES.append({"tenant": tenant, "phase": "test", "label": "legit", "scam_type": None,
                  "expect": "allow", "signals": [], "note": "Routine: " + note, "request": req, "tag": tag})


def HN(tenant, signals, note, req, tag=None):
    LINES.append({"tenant": tenant, "phase": "test", "label": "legit", "scam_type": None,
                  "expect": "allow", "signals": signals, "note": "Hard negative: " + note,
                  "request": req, "tag": tag})


def S(tenant, scam_type, expect, signals, note, req, structural=False, tag=None):
    assert expect in ("flag", "block")
    LINES.append({"tenant": tenant, "phase": "test", "label": "scam", "scam_type": scam_type,
                  "expect": expect, "signals": signals,
                  "note": ("Structural only: " + note) if structural else note,
                  "request": req, "tag": tag})


def ref(tag):
    return "REF:" + tag


# ======================================================================================
# Tenant 1: zhucheng — 昌吉州筑城建设劳务有限公司 (construction labour subcontractor, Changji)
# ======================================================================================
ZC = "zhucheng"
ZC_CO = "昌吉州筑城建设劳务有限公司"
ZC_BASIC = {"account_no": "30650201040018826", "account_name": ZC_CO}
ZC_WAGE_NO = acct("zc-wage-special", "650501627", 19)
ZC_WAGE = {"account_no": ZC_WAGE_NO, "account_name": ZC_CO + "（农民工工资专用账户）"}
ERP_ZC = "金蝶付款申请："

zc_own_wage = payee(ZC_CO + "（农民工工资专用账户）", ZC_WAGE_NO, "中国建设银行昌吉分行", "corporate", "OWN-ZC01")
zc_own_guar = payee(ZC_CO + "（工资保证金专用账户）", acct("zc-guarantee", "3002311", 19), "中国工商银行昌吉分行",
                    "corporate", "OWN-ZC02")
zc_payroll = payee("中国建设银行昌吉分行（代发工资专户）", acct("zc-payroll", "650501627", 19), "中国建设银行昌吉分行",
                   "corporate", "PAY-ZC01")
zc_v01 = payee("昌吉市宏固建筑设备租赁有限公司", acct("zc-v01", "306502", 17), "中国农业银行昌吉分行", "corporate",
               "V-ZC01", tel("zc-v01", "0994"))
zc_v02 = payee("新疆安途劳保用品有限公司", acct("zc-v02", "3002043", 19), "中国工商银行乌鲁木齐友好路支行", "corporate",
               "V-ZC02", tel("zc-v02", "0991"))
zc_v03 = payee("昌吉州顺达客运有限公司", acct("zc-v03", "8807", 19), "昌吉农村商业银行股份有限公司", "corporate",
               "V-ZC03", tel("zc-v03", "0994"))
zc_v04 = payee("新疆恒力建材有限公司", acct("zc-v04", "650501628", 19), "中国建设银行昌吉分行", "corporate",
               "V-ZC04", tel("zc-v04", "0994"))
zc_v04_new = payee("李红梅", acct("zc-v04-new", "621799", 19), "中国邮政储蓄银行昌吉市支行", "personal", "V-ZC04",
                   zc_v04["phone"])
zc_tax = payee("国家金库昌吉州中心支库", acct("zc-tax", "65230000", 17), "国家金库昌吉州中心支库", "corporate", "TAX-ZC01")
zc_wang = payee("王海涛", acct("zc-wanghaitao", "622848", 19), "中国农业银行昌吉分行", "personal")
ZC_V01_CHANGED = "2026-08-18 16:10"
ZC_V01_VERIF = verif(zc_v01["phone"], "E2101", "2026-08-18 17:05")

zc_c01 = cust("新疆天山建工集团第三工程有限公司", uscc("zc-c01", "91", "650100"), "陈工", tel("zc-c01", "0991"),
              "chengong@tsjg3.com.cn", None, "C-ZC01")
zc_c02 = cust("昌吉州城建工程有限公司", uscc("zc-c02", "91", "652301"), "马经理", tel("zc-c02", "0994"),
              "majl@cjcj-gc.cn", None, "C-ZC02")

# ---- history (November 2026) ----
H(ZC, "Monthly transfer of migrant-worker wages into the company's own wage special account.",
  P("2026-11-02 11:20", ZC_BASIC, zc_own_wage, "1286400.00", "工资", "拨付10月农民工工资至工资专用账户",
    instr("erp", ERP_ZC + "拨付10月农民工工资至本公司农民工工资专用账户｜实名制考勤表及工资表已由项目部和劳资员审核", "赵志强"),
    "E2103", ["E2101", "E2100"]))
H(ZC, "Monthly rebar labour work order from the established general contractor.",
  O("2026-11-03 10:45", zc_c01, [item("钢筋制作安装劳务（北部新区安置房二标段）", "380", "吨", "460.00")], "erp",
    "昌吉市北部新区安置房二标段项目部", "2026-11-30", "按月计量，次月付款", "11月钢筋劳务分包计量单"))
H(ZC, "Winter protective gear from the regular PPE supplier.",
  P("2026-11-04 15:10", ZC_BASIC, zc_v02, "38650.00", "货款", "冬季劳保用品（防寒安全帽、棉手套、劳保鞋）",
    instr("erp", ERP_ZC + "冬季劳保用品｜安途劳保｜合同ZC-CG-2026-011｜发票" + inv("zc-h003"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-CG-2026-011", invoice=inv("zc-h003")))
H(ZC, "Scaffolding rental to the lessor whose account change dates from August.",
  P("2026-11-05 11:40", ZC_BASIC, zc_v01, "126800.00", "租金", "10月钢管扣件租赁费（北部新区项目）",
    instr("erp", ERP_ZC + "10月钢管扣件租赁费｜宏固租赁｜合同ZC-ZL-2026-003｜发票" + inv("zc-h004"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-ZL-2026-003", invoice=inv("zc-h004"), changed=ZC_V01_CHANGED))
H(ZC, "October wages paid from the wage special account through the bank's payroll service.",
  P("2026-11-06 16:30", ZC_WAGE, zc_payroll, "1284960.00", "工资", "10月农民工工资代发（136人）",
    instr("erp", ERP_ZC + "10月农民工工资银行代发｜实名制花名册136人，代发明细已与考勤核对，逐人发放至本人社保卡银行账户", "赵志强"),
    "E2103", ["E2101", "E2100"]))
H(ZC, "Commuter bus service from the regular coach company.",
  P("2026-11-10 12:05", ZC_BASIC, zc_v03, "18600.00", "运费", "11月工人通勤班车费",
    instr("erp", ERP_ZC + "11月工人通勤班车费｜顺达客运｜合同ZC-YS-2026-007｜发票" + inv("zc-h006"), "帕提古丽"),
    "E2102", ["E2101"], contract="ZC-YS-2026-007", invoice=inv("zc-h006")))
H(ZC, "Site consumables from the regular building-materials supplier.",
  P("2026-11-11 17:25", ZC_BASIC, zc_v04, "24380.00", "货款", "扎丝、钢筋垫块等辅材",
    instr("erp", ERP_ZC + "扎丝、钢筋垫块等辅材｜恒力建材｜合同ZC-CG-2026-014｜发票" + inv("zc-h007"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-CG-2026-014", invoice=inv("zc-h007")))
H(ZC, "Formwork labour work order from an established local contractor.",
  O("2026-11-12 11:15", zc_c02, [item("模板安装劳务（昌吉高新区标准厂房）", "5200", "平方米", "38.00")], "erp",
    "昌吉高新区标准厂房项目部", "2026-11-30", "按月计量，次月付款", "标准厂房模板劳务分包计量单（11月）"))
H(ZC, "Monthly VAT.",
  P("2026-11-13 10:50", ZC_BASIC, zc_tax, "96540.20", "税款", "10月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：10月增值税及附加", "孙丽娟"), "E2101", ["E2100"]))
H(ZC, "Travel expenses reimbursed to the project manager.",
  P("2026-11-17 16:40", ZC_BASIC, zc_wang, "3860.00", "报销", "项目经理差旅费报销（乌鲁木齐—准东）",
    instr("erp", "金蝶报销单：王海涛11月差旅费，票据已审核", "王海涛"), "E2110", ["E2101"]))
H(ZC, "Additional scaffolding rental to the same lessor.",
  P("2026-11-19 11:35", ZC_BASIC, zc_v01, "52300.00", "租金", "11月新增钢管扣件租赁费（高新区厂房项目）",
    instr("erp", ERP_ZC + "11月新增钢管扣件租赁费｜宏固租赁｜合同ZC-ZL-2026-003｜发票" + inv("zc-h011"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-ZL-2026-003", invoice=inv("zc-h011"), changed=ZC_V01_CHANGED))
H(ZC, "Individual income tax withheld.",
  P("2026-11-20 15:20", ZC_BASIC, zc_tax, "38720.00", "税款", "10月代扣代缴个人所得税",
    instr("erp", "电子税务局三方协议扣缴：10月代扣代缴个人所得税", "孙丽娟"), "E2101", ["E2100"]))
H(ZC, "Winter work clothing from the regular PPE supplier.",
  P("2026-11-25 12:30", ZC_BASIC, zc_v02, "21480.00", "货款", "防寒工作服",
    instr("erp", ERP_ZC + "防寒工作服｜安途劳保｜合同ZC-CG-2026-011｜发票" + inv("zc-h013"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-CG-2026-011", invoice=inv("zc-h013")))
H(ZC, "Masonry labour work order from the established general contractor.",
  O("2026-11-27 16:00", zc_c01, [item("砌筑劳务（北部新区安置房二标段）", "2600", "立方米", "85.00")], "erp",
    "昌吉市北部新区安置房二标段项目部", "2026-12-31", "按月计量，次月付款", "砌筑劳务分包计量单（11—12月）"))

# ---- test (1 Dec 2026 – 15 Feb 2027) ----
R(ZC, "November wages moved into the company's own wage special account.",
  P("2026-12-01 11:30", ZC_BASIC, zc_own_wage, "1312600.00", "工资", "拨付11月农民工工资至工资专用账户",
    instr("erp", ERP_ZC + "拨付11月农民工工资至本公司农民工工资专用账户｜实名制考勤表及工资表已审核", "赵志强"),
    "E2103", ["E2101", "E2100"]))
R(ZC, "Extra winter PPE from the regular supplier.",
  P("2026-12-02 16:10", ZC_BASIC, zc_v02, "19860.00", "货款", "冬季劳保用品补充（防寒面罩、护膝）",
    instr("erp", ERP_ZC + "冬季劳保用品补充｜安途劳保｜合同ZC-CG-2026-011｜发票" + inv("zc-t002"), "刘斌"),
    "E2104", ["E2101"], contract="ZC-CG-2026-011", invoice=inv("zc-t002")))
zc_dingsheng = payee("新疆鼎昇项目管理咨询有限公司", acct("zc-dingsheng", "1076", 18), "中国银行乌鲁木齐北京路支行",
                     "corporate")
S(ZC, "contract_fraud", "flag",
  ["bigproject_words", "middleman_fee", "first_time_payee", "no_po_contract", "im_instruction", "urgency"],
  "A consultancy claiming a 'reserved' labour-subcontract slot on a central-SOE new-energy base asks for a 168k finder's fee before any contract exists.",
  P("2026-12-03 15:40", ZC_BASIC, zc_dingsheng, "168000.00", "居间费", "准东新能源基地劳务分包项目信息居间费",
    instr("im", "杜总您好，准东那个新能源基地是央企背景的重点项目，劳务分包这块走的是内部指标，我这边已经帮贵司把名额报上去了。"
                "按行规居间费16.8万，今天到位的话下周就安排和总包签合同进场，年后一开工就有活干。"
                "账户：新疆鼎昇项目管理咨询有限公司，中国银行乌鲁木齐北京路支行。",
          "鼎昇咨询 周经理", wx("zc-zhou-dingsheng"), True),
    "E2101", ["E2100"]))
HN(ZC, ["deposit_words", "authority_words", "first_time_payee"],
   "The statutory migrant-wage guarantee deposit is placed in the company's own newly opened wage-guarantee account, as the labour bureau's notice requires.",
   P("2026-12-04 11:10", ZC_BASIC, zc_own_guar, "150000.00", "工资保证金", "高新区标准厂房改造项目农民工工资保证金",
     instr("erp", ERP_ZC + "按昌吉州人力资源和社会保障局《关于落实工资保证金存储的通知》，本公司承建的高新区标准厂房改造项目"
                           "需存储农民工工资保证金15万元，存入本公司在工行昌吉分行新开立的工资保证金专用账户，开户证明及人社局备案回执附后",
           "孙丽娟"),
     "E2101", ["E2100"]))
R(ZC, "December commuter bus service.",
  P("2026-12-07 10:30", ZC_BASIC, zc_v03, "18600.00", "运费", "12月工人通勤班车费",
    instr("erp", ERP_ZC + "12月工人通勤班车费｜顺达客运｜合同ZC-YS-2026-007｜发票" + inv("zc-t005"), "帕提古丽"),
    "E2102", ["E2101"], contract="ZC-YS-2026-007", invoice=inv("zc-t005")))
HN(ZC, ["account_changed_long_ago", "account_change_words"],
   "Scaffolding rental paid to the account the lessor changed in August, verified by call-back then and used for every payment since.",
   P("2026-12-08 15:20", ZC_BASIC, zc_v01, "131200.00", "租金", "11月钢管扣件租赁费（北部新区项目）",
     instr("erp", ERP_ZC + "宏固租赁11月钢管扣件租赁费｜合同ZC-ZL-2026-003｜发票" + inv("zc-t006")
           + "（该供应商8月变更收款账户，当时已回拨原留存座机确认）", "刘斌"),
     "E2104", ["E2101"], contract="ZC-ZL-2026-003", invoice=inv("zc-t006"), changed=ZC_V01_CHANGED,
     verification=ZC_V01_VERIF))
zc_juxinlong = payee("新疆聚鑫隆商贸有限公司", acct("zc-juxinlong", "3002036", 19), "中国工商银行乌鲁木齐南门支行", "corporate")
S(ZC, "account_lending", "block",
  ["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "new_contact", "vague_memo", "urgency"],
  "A 'new project manager' of the general contractor asks us to pass 800k that has just arrived through our account to a steel trader the same day, keeping 4,000 as a fee.",
  P("2026-12-09 12:20", ZC_BASIC, zc_juxinlong, "796000.00", "往来款", "转付天山建工三公司往来款",
    instr("im", "帕提古丽你好，我是三公司新来的项目经理钱伟。刚才打到你们农行的80万是我们公司的钢材款，供应商那边催得紧，"
                "我们账户这周额度用完了，麻烦你们帮忙过一下账，今天把79.6万转给新疆聚鑫隆商贸，剩下4000算你们的手续费。杜总那边我打过招呼了。",
          "天山建工三公司 钱经理", wx("zc-qianwei"), True),
    "E2102", ["E2101"]))
R(ZC, "Monthly VAT.",
  P("2026-12-10 16:45", ZC_BASIC, zc_tax, "102318.60", "税款", "11月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：11月增值税及附加", "孙丽娟"), "E2101", ["E2100"]))
HN(ZC, ["new_customer"],
   "A new dairy plant books a crew for insulation work during its Spring Festival shutdown, with a signed contract and a 30% prepayment already received.",
   O("2026-12-11 11:05",
     cust("昌吉市丰泽乳业有限公司", uscc("zc-fengze", "91", "652301"), "马工（设备部）", tel("zc-fengze", "0994"),
          "magong@fengzedairy.cn"),
     [item("冷库保温板拆装劳务", "1800", "平方米", "65.00")], "email", "昌吉市高新区丰泽乳业二号冷库", "2027-02-10",
     "预付30%（已到账），验收后付清",
     "春节停产检修期间（1月28日至2月10日）更换二号冷库保温板，保温板由我方自购，贵司负责拆装。"
     "合同已双方盖章，预付款35100元已于12月10日汇入贵司农行基本户。"))
zc_ruifeng = payee("乌鲁木齐瑞丰通达商贸有限公司", acct("zc-ruifeng", "650501401", 19), "中国建设银行乌鲁木齐西虹路支行",
                   "corporate")
S(ZC, "contract_fraud", "block",
  ["deposit_words", "safe_account_words", "payee_name_mismatch", "first_time_payee", "email_instruction", "free_mail",
   "urgency"],
  "A free-mail 'project office' of a general contractor makes a spring subcontract conditional on a 200k performance bond paid into a 'project fund supervision account' that belongs to an unrelated trading company.",
  P("2026-12-14 10:40", ZC_BASIC, zc_ruifeng, "200000.00", "履约保证金", "乌昌快速路配套工程劳务分包履约保证金",
    instr("email", "筑城劳务：经我部研究，乌昌快速路配套工程钢筋、模板劳务分包拟由贵司承接，合同文本见附件。"
                   "按集团规定，分包单位须在合同签订前缴纳履约保证金20万元，汇入我部项目资金监管账户"
                   "（户名：乌鲁木齐瑞丰通达商贸有限公司，建行乌鲁木齐西虹路支行），本周五前未到账视为放弃，名额顺延给下一家。"
                   "保证金于首期进度款支付时一并退还。——新疆中拓建设集团乌昌快速路项目部",
          "新疆中拓建设集团乌昌快速路项目部 李经理", "zhongtuo_wcxm@163.com", True),
    "E2101", ["E2100"], contract="ZT-WC-LW-2027-006"))
R(ZC, "December formwork work order from an established local contractor.",
  O("2026-12-15 15:20", zc_c02, [item("模板安装劳务（昌吉高新区标准厂房）", "4300", "平方米", "38.00")], "erp",
    "昌吉高新区标准厂房项目部", "2026-12-31", "按月计量，次月付款", "标准厂房模板劳务分包计量单（12月）"))
zc_mafucheng = payee("马福成", acct("zc-mafucheng", "621700", 19), "中国建设银行昌吉分行", "personal")
HN(ZC, ["first_time_payee", "personal_account"],
   "A rebar worker going home early is paid his wages to his own card from the wage special account, with his signature on the pay slip.",
   P("2026-12-16 11:50", ZC_WAGE, zc_mafucheng, "14260.00", "工资", "11—12月工资结清（员工：马福成，提前返乡）",
     instr("erp", ERP_ZC + "钢筋班组马福成家中有事提前返乡，按实名制考勤结清11月21日至12月15日工资，"
                           "已核对本人身份证及本人名下银行卡，本人签字确认工资明细", "赵志强"),
     "E2103", ["E2101"]))
zc_ggzy = payee("昌吉州公共资源交易中心", acct("zc-ggzy", "3002311", 19), "中国工商银行昌吉分行", "corporate", None,
                tel("zc-ggzy", "0994"))
HN(ZC, ["deposit_words", "first_time_payee"],
   "A tender deposit paid to the prefecture public resource trading centre account named in the tender notice.",
   P("2026-12-17 12:40", ZC_BASIC, zc_ggzy, "50000.00", "投标保证金", "昌吉州2027年保障性住房维修工程劳务分包投标保证金",
     instr("erp", ERP_ZC + "昌吉州2027年保障性住房维修工程劳务分包（项目编号CJ-GGZY-2026-1187）投标保证金，"
                           "按招标公告载明的交易中心保证金账户缴纳，未中标原路退还", "孙丽娟"),
     "E2101", ["E2100"]))
zc_liuzhenhua = payee("刘振华", acct("zc-liuzhenhua", "622848", 19), "中国农业银行乌鲁木齐分行", "personal")
S(ZC, "authority_impersonation", "block",
  ["authority_words", "safe_account_words", "secrecy_words", "personal_account", "first_time_payee",
   "phone_instruction", "no_approval", "urgency"],
  "A caller posing as the labour-inspection brigade claims a wage-arrears complaint and orders 360k into a 'supervision account' in a private name for 'fund verification', to be kept quiet.",
  P("2026-12-18 17:30", ZC_BASIC, zc_liuzhenhua, "360000.00", "工资款", "欠薪专项检查资金核查",
    instr("phone", "来电后短信：筑城劳务公司，你单位被农民工实名投诉拖欠工资。根据根治欠薪冬季专项行动要求，"
                   "请于今日18点前将36万元工资款转入欠薪处置监管账户（经办人刘振华，农行" + zc_liuzhenhua["account_no"]
                   + "），我队完成资金核查后48小时内退回。核查期间不得对外透露，否则将你单位列入拖欠农民工工资失信联合惩戒名单。",
          "自称昌吉州劳动保障监察支队 刘科长", mob("zc-fake-inspector", "168"), True),
    "E2102", []))
R(ZC, "November wages paid from the wage special account through the bank's payroll service.",
  P("2026-12-21 10:20", ZC_WAGE, zc_payroll, "1310880.00", "工资", "11月农民工工资代发（139人）",
    instr("erp", ERP_ZC + "11月农民工工资银行代发｜实名制花名册139人，代发明细已与考勤核对", "赵志强"),
    "E2103", ["E2101", "E2100"]))
zc_court = payee("昌吉市人民法院（执行款专户）", acct("zc-court", "306502", 17), "中国农业银行昌吉分行", "corporate", None,
                 tel("zc-court", "0994"))
HN(ZC, ["authority_words", "first_time_payee"],
   "A court-ordered wage-dispute award paid into the court's own enforcement account named in the enforcement notice.",
   P("2026-12-22 16:30", ZC_BASIC, zc_court, "46800.00", "执行款", "（2026）新2301执1457号劳动争议案执行款",
     instr("erp", ERP_ZC + "按昌吉市人民法院（2026）新2301执1457号执行通知书，支付原木工班组工人劳动报酬纠纷案执行款，"
                           "缴入执行通知书载明的法院执行款专户", "孙丽娟"),
     "E2101", ["E2100"]))
zc_hanyongqiang = payee("韩永强", acct("zc-hanyongqiang", "622202", 19), "中国工商银行乌鲁木齐分行", "personal")
S(ZC, "fake_salary", "block", ["payee_shared_by_employees", "personal_account", "first_time_payee"],
  "nine rebar workers' half-month wages are keyed as one payment to a single private card taken from a roster the 'crew' e-mailed in; the request text is bland.",
  P("2026-12-23 11:40", ZC_WAGE, zc_hanyongqiang, "58320.00", "工资", "钢筋二班12月上半月工资（9人）",
    instr("erp", ERP_ZC + "钢筋二班12月1日至15日工资，按班组报送的工资表支付", "赵志强"),
    "E2103", ["E2101"]), structural=True)
HN(ZC, ["im_instruction", "boss_role", "urgency", "deposit_words"],
   "The GM asks on WeChat for the homeward charter-bus deposit to the regular coach company; the request goes through the ERP with both approvals.",
   P("2026-12-25 15:10", ZC_BASIC, zc_v03, "36000.00", "运费", "春节返乡包车定金（6辆）",
     instr("im", "杜建国：帕提古丽，顺达那边的返乡大巴定金今天付一下，腊月二十以后车就不好订了，合同孙经理已经审过了。\n"
                 "帕提古丽：好的杜总，我在金蝶提单。", "杜建国", wx("zc-dujianguo"), True),
     "E2102", ["E2101", "E2100"], contract="ZC-YS-2026-021"))
S(ZC, "account_change", "block",
  ["account_changed_recent", "first_time_payee", "personal_account", "payee_name_mismatch", "account_change_words",
   "personal_account_pretext"],
  "The consumables supplier's master record was switched on 22 December, on a stamped letter sent by WeChat, to a private card in the 'owner's wife's' name; this is the first payment to it.",
  P("2026-12-28 10:50", ZC_BASIC, zc_v04_new, "46720.00", "货款", "12月扎丝、垫块等辅材款",
    instr("erp", ERP_ZC + "恒力建材12月辅材款｜合同ZC-CG-2026-014｜供应商12月22日微信发来盖章变更函："
                          "公户年审冻结，年前货款改付法人配偶李红梅个人账户", "刘斌"),
    "E2104", ["E2101"], contract="ZC-CG-2026-014", changed="2026-12-22 18:40"))
S(ZC, "fake_order", "block",
  ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
   "large_first_order", "contact_im_only", "urgency"],
  "A self-styled power-plant 'project department' books a 30-man holiday repair crew and asks us to advance 86k for heating film from the shop it names, showing only a screenshot of its 'delayed' prepayment.",
  O("2026-12-29 12:10",
    cust("新疆能建电力工程有限公司准东项目部", None, "孙主任", mob("zc-sun-zhuren", "179"), None, wx("zc-sun-zhuren")),
    [item("冬季抢修劳务（电工、焊工）", "30", "人·月", "15000.00")], "im",
    "昌吉州准东经济技术开发区五彩湾某电厂施工现场", "2027-01-03", "预付30%，余款完工结算",
    "元旦到春节工期紧，需要30个电工焊工驻场抢修。暖棚用的电热膜和保温被必须用暖通达的货，和项目上其他标段统一，"
    "麻烦你们先垫付8.64万把货拉到现场，和劳务费一起结算。我们30%预付款13.5万已经走对公了，截图发你，"
    "财务说对公跨行延迟到账，明天肯定到。",
    third_party=tp("昌吉市暖通达建材经营部", mob("zc-nuantongda", "179"), "designated_supplier", "86400.00")))
HN(ZC, ["email_instruction", "urgency"],
   "The regular PPE supplier e-mails to ask for December's bill to be settled before its holiday, to the unchanged account on file.",
   P("2026-12-30 16:20", ZC_BASIC, zc_v02, "27340.00", "货款", "12月劳保用品款（年前结清）",
     instr("email", "筑城劳务财务：您好，我司财务1月30日起放假，请于年前结清12月劳保用品款27340元，收款账户不变"
                    "（工行乌鲁木齐友好路支行），发票已随货寄出。安途劳保 马会计",
           "安途劳保 财务 马会计", "caiwu@antu-lb.com", True),
     "E2104", ["E2101"], contract="ZC-CG-2026-011", invoice=inv("zc-t021")))
HN(ZC, ["authority_words"],
   "Back-paid work-injury insurance and its late fee, debited to the state treasury through the tax bureau's three-party agreement.",
   P("2027-01-04 11:30", ZC_BASIC, zc_tax, "21860.00", "社保费", "2026年工伤保险费补缴及滞纳金",
     instr("erp", "电子税务局三方协议扣缴：按昌吉市税务局社保费征缴通知，补缴2026年7—11月新增人员工伤保险费及滞纳金", "孙丽娟"),
     "E2101", ["E2100"]))
zc_handesheng = payee("韩德胜", acct("zc-handesheng", "622848", 19), "中国农业银行昌吉分行", "personal")
S(ZC, "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "secrecy_words", "personal_account",
   "first_time_payee", "no_approval", "urgency"],
  "A 'new WeChat' of the GM asks the cashier for the bank balance, then orders 120k sent at once to a private card for crew leaders' holiday advances, paperwork later and nothing said in the group.",
  P("2027-01-06 19:10", ZC_BASIC, zc_handesheng, "120000.00", "借款", "班组长春节预支（杜总微信通知）",
    instr("im", "杜建国：帕提古丽，我换了个微信，旧号在手机上登不了。农行账上现在还有多少？\n"
                "帕提古丽：杜总，基本户可用大概296万。\n"
                "杜建国：几个班组长在闹过年钱的事，先稳住。你马上转12万到韩德胜这张卡，农行" + zc_handesheng["account_no"]
                + "，手续我回来补，这事先别在群里说。",
          "杜建国", wx("zc-fake-du"), True),
    "E2102", []))
zc_hanyoulu = payee("韩有禄", acct("zc-hanyoulu", "621700", 19), "中国建设银行昌吉分行", "personal")
HN(ZC, ["refund_words", "personal_account", "first_time_payee"],
   "A crew leader's tool deposit, received by transfer from his own account in September, is returned to that same account after the tools came back.",
   P("2027-01-08 14:30", ZC_BASIC, zc_hanyoulu, "5000.00", "退款", "退还木工班组电动工具押金（原路退回）",
     instr("erp", ERP_ZC + "木工班组长韩有禄9月12日交来的电动工具押金5000元（银行回单0912-036，本人账户转入），"
                           "工具已于1月7日验收归还，按原付款账户原路退回", "帕提古丽"),
     "E2102", ["E2101"]))
zc_qianliwei = payee("钱立伟", acct("zc-qianliwei", "622202", 19), "中国工商银行乌鲁木齐分行", "personal")
S(ZC, "advance_fee", "block",
  ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "new_contact", "urgency",
   "evasion_pinyin"],
  "A 'microfinance' agent offers a 3m holiday wage loan and asks 50k 'capital verification' money to his own account first, writing 'dgzh' for the corporate account.",
  P("2027-01-11 15:50", ZC_BASIC, zc_qianliwei, "50000.00", "验资款", "农民工工资周转贷款验资金（放款后退回）",
    instr("im", "杜总，贵司春节农民工工资周转贷300万已经初审通过，年息3.6%，无抵押，3个工作日放款。"
                "风控那边看了流水，你们dgzh近半年流水偏少，需要先验资5万证明还款能力，打到我个人账户就行，"
                "放款时连本带息一起退给你们，今天打明天就能上会。",
          "鑫融普惠 客户经理 钱立伟", wx("zc-qianliwei"), True),
    "E2101", ["E2100"]))
R(ZC, "Monthly VAT.",
  P("2027-01-13 11:20", ZC_BASIC, zc_tax, "88431.50", "税款", "12月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：12月增值税及附加", "孙丽娟"), "E2101", ["E2100"]))
zc_danbao = payee("昌吉州融资担保有限公司", acct("zc-danbao", "3002311", 19), "中国工商银行昌吉分行", "corporate", None,
                  tel("zc-danbao", "0994"))
HN(ZC, ["loan_fee_words", "fee_words", "first_time_payee"],
   "A guarantee fee paid after signing to the licensed state guarantee company backing a real bank loan for pre-holiday wages.",
   P("2027-01-15 16:40", ZC_BASIC, zc_danbao, "60000.00", "担保费", "农行500万元流动资金贷款担保费（担保合同CJDB-2027-0031）",
     instr("erp", ERP_ZC + "农行昌吉分行500万元流动资金借款合同已签订（用于春节前农民工工资支付），按担保合同约定向昌吉州融资担保有限公司"
                           "支付担保费，费率1.2%，对方持有融资担保业务经营许可证", "孙丽娟"),
     "E2101", ["E2100"], contract="CJDB-2027-0031"))
zc_zhouchangming = payee("周长明", acct("zc-zhouchangming", "622848", 19), "中国农业银行吐鲁番分行", "personal")
S(ZC, "fake_salary", "block",
  ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee",
   "im_instruction", "new_contact", "urgency"],
  "A man claiming to have taken over the carpentry crew asks that all 22 workers' wages go to his own card, citing a thumb-printed roster e-mailed in.",
  P("2027-01-19 12:30", ZC_WAGE, zc_zhouchangming, "187000.00", "工资", "木工班12月16日—1月15日工资（22人）",
    instr("im", "帕提古丽你好，韩有禄家里老人病了已经回甘肃，木工班现在由我带。22个人的工资年前结清，统一打我这张卡上我来发，"
                "大家的卡有的丢了有的在老家办不了。花名册每个人都按了手印，已经发你邮箱了，今天能打吗？大家等着买车票。",
          "木工班新班组长 周长明", wx("zc-zhouchangming"), True),
    "E2103", ["E2101"]))
zc_huangxiaolin = payee("黄晓琳", acct("zc-huangxiaolin", "621700", 19), "中国建设银行乌鲁木齐分行", "personal")
S(ZC, "fake_salary", "flag",
  ["subsidy_words", "fee_words", "authority_words", "personal_account", "first_time_payee", "email_instruction",
   "free_mail", "urgency", "evasion_traditional"],
  "A free-mail 'employment service centre' notice in traditional characters promises a homeward subsidy for 48 workers once the firm pays a 1,440 'handling fee' to a clerk's card and scans a QR code with the workers' card details.",
  P("2027-01-21 17:20", ZC_BASIC, zc_huangxiaolin, "1440.00", "手续费", "农民工返乡补贴发放手续费",
    instr("email", "筑城勞務公司：根據《2026年度農民工返鄉補貼發放通知》，貴司申報的48名農民工每人可領取返鄉補貼1500元，已審核通過。"
                   "請於1月22日前由企業代繳2%補貼發放手續費1440元至經辦人黃曉琳賬戶，並掃描附件二維碼核對工人銀行卡信息，"
                   "逾期視為自動放棄。",
          "昌吉州人社局就业服务中心", "cjrsj_jyfw@163.com", True),
    "E2103", ["E2101"]))
HN(ZC, ["authority_words", "urgency"],
   "December wages for 141 workers go out through the bank's payroll service before the holiday, citing the labour bureau's wage-arrears campaign deadline.",
   P("2027-01-25 10:30", ZC_WAGE, zc_payroll, "1342150.00", "工资", "12月农民工工资代发（141人，春节前足额支付）",
     instr("erp", ERP_ZC + "12月农民工工资银行代发｜实名制花名册141人｜按昌吉州人社局根治欠薪冬季专项行动要求，"
                           "春节前须足额支付到工人本人账户，请务必1月27日前到账", "赵志强", None, True),
     "E2103", ["E2101", "E2100"]))
zc_driver = payee("阿不都热依木·买买提", acct("zc-driver", "623091", 19), "昌吉农村商业银行股份有限公司", "personal")
HN(ZC, ["first_time_payee", "personal_account"],
   "Freight for eight truckloads paid to the owner-driver's own card, with waybills and signed receipts.",
   P("2027-01-27 15:00", ZC_BASIC, zc_driver, "9600.00", "运费", "钢管扣件退场运输费（个体车主，8车次）",
     instr("erp", ERP_ZC + "北部新区项目钢管扣件退场运回宏固租赁站，个体车主阿不都热依木·买买提8车次，运单及签收单附后，"
                           "收款账户为车主本人", "刘斌"),
     "E2104", ["E2101"]))
zc_chensiyuan = payee("陈思远", acct("zc-chensiyuan", "621483", 16), "招商银行乌鲁木齐分行", "personal")
S(ZC, "boss_impersonation", "flag",
  ["phone_instruction", "boss_role", "new_contact", "cannot_call", "bypass_process", "personal_account",
   "first_time_payee", "urgency"],
  "A caller sounding exactly like the GM, on an unknown number, has the finance manager approve 66k in 'holiday gifts' to a private card and says not to call his usual phone.",
  P("2027-01-29 16:40", ZC_BASIC, zc_chensiyuan, "66000.00", "礼金", "春节礼金（杜总电话通知）",
    instr("phone", "来电记录：杜总说在乌鲁木齐开会，声音和平时一样，说手机没电借同事电话打的，让马上给北部新区项目甲方代表准备6.6万春节礼金，"
                   "转到陈思远的招行卡，签字单回来补，不要再打他原来的号码，开会不方便接。",
          "杜建国", mob("zc-fake-du-phone", "168"), True),
    "E2102", ["E2101"]))
HN(ZC, ["phone_instruction", "urgency"],
   "The regular coach company phones to ask for the charter balance before departure; the account is unchanged and the call was returned on the number on file.",
   P("2027-02-01 11:10", ZC_BASIC, zc_v03, "31200.00", "运费", "春节返乡包车尾款（6辆）",
     instr("phone", "顺达客运来电（号码与供应商档案一致）：返乡包车2月3日早上发车，尾款需发车前付清，收款账户不变。已回拨档案座机确认。",
           "顺达客运调度 何师傅", zc_v03["phone"], True),
     "E2102", ["E2101"], contract="ZC-YS-2026-021"))
zc_zhaojianxin = payee("赵建新", acct("zc-zhaojianxin", "621661", 19), "中国银行乌鲁木齐分行", "personal")
S(ZC, "contract_fraud", "flag", ["deposit_words", "personal_account", "first_time_payee"],
  "an 80k 'tender deposit' for a labour subcontract is paid to a private individual's card rather than a trading centre or the tendering company; the request text is ordinary.",
  P("2027-02-03 18:30", ZC_BASIC, zc_zhaojianxin, "80000.00", "投标保证金", "乌昌快速路绿化工程劳务分包投标保证金",
    instr("erp", ERP_ZC + "乌昌快速路绿化工程劳务分包投标保证金，按招标文件要求缴纳", "孙丽娟"),
    "E2101", ["E2100"]), structural=True)
HN(ZC, ["off_hours", "urgency"],
   "Holiday-duty wages and overtime for twelve site guards, paid through the bank payroll service during the Spring Festival break.",
   P("2027-02-09 10:40", ZC_WAGE, zc_payroll, "64800.00", "工资", "春节留守值班人员工资及加班费代发（12人）",
     instr("erp", ERP_ZC + "春节期间北部新区项目留守看护12人工资及法定节假日加班费，银行代发至本人账户，考勤表已由项目经理签字",
           "赵志强", None, True),
     "E2103", ["E2101"]))

# ======================================================================================
# Tenant 2: bingquan — 乌鲁木齐冰泉冷链食品有限公司 (cold-chain food wholesaler, Midong, Urumqi)
# ======================================================================================
BQ = "bingquan"
BQ_CO = "乌鲁木齐冰泉冷链食品有限公司"
BQ_BASIC = {"account_no": "3002012309200076541", "account_name": BQ_CO}
ERP_BQ = "畅捷通T+付款申请："

bq_v01 = payee("内蒙古草原丰牧肉业有限公司", acct("bq-v01", "0547", 17), "中国农业银行锡林浩特分行", "corporate",
               "V-BQ01", tel("bq-v01", "0479"))
bq_v01_new = payee("内蒙古草原丰牧肉业有限公司呼和浩特分公司", acct("bq-v01-new", "1528", 18), "中国银行呼和浩特如意开发区支行",
                   "corporate", "V-BQ01", bq_v01["phone"])
bq_v02 = payee("乌鲁木齐米东恒温冷库仓储有限公司", acct("bq-v02", "3002012", 19), "中国工商银行乌鲁木齐米东支行",
               "corporate", "V-BQ02", tel("bq-v02", "0991"))
bq_v02_new = payee("乌鲁木齐米东恒温冷库仓储有限公司", acct("bq-v02-new", "8810", 19), "喀什农村商业银行股份有限公司",
                   "corporate", "V-BQ02", bq_v02["phone"])
BQ_V02_CHANGED = "2026-12-03 11:20"
bq_v03_old = payee("威海鑫海水产有限公司", acct("bq-v03-old", "371501", 19), "中国建设银行威海分行", "corporate",
                   "V-BQ03", tel("bq-v03", "0631"))
bq_v03 = payee("威海鑫海水产有限公司", acct("bq-v03-new", "8170", 19), "威海市商业银行", "corporate", "V-BQ03",
               bq_v03_old["phone"])
BQ_V03_CHANGED = "2026-11-24 15:30"
BQ_V03_VERIF = verif(bq_v03["phone"], "E3202", "2026-11-24 16:05")
bq_v04 = payee("新疆金盒包装制品有限公司", acct("bq-v04", "650501649", 19), "中国建设银行乌鲁木齐经济技术开发区支行",
               "corporate", "V-BQ04", tel("bq-v04", "0991"))
BQ_V04_CHANGED = "2026-06-12 11:00"
bq_v05 = payee("乌鲁木齐顺冷物流有限公司", acct("bq-v05", "306501", 17), "中国农业银行乌鲁木齐米东支行", "corporate",
               "V-BQ05", tel("bq-v05", "0991"))
bq_v06 = payee("杭州优选到家网络科技有限公司", acct("bq-v06", "5719", 16), "招商银行杭州分行", "corporate", "V-BQ06",
               tel("bq-v06", "0571"))
bq_payroll = payee("中国工商银行乌鲁木齐米东支行（代发工资专户）", acct("bq-payroll", "3002012", 19),
                   "中国工商银行乌鲁木齐米东支行", "corporate", "PAY-BQ01")
bq_tax = payee("国家金库乌鲁木齐市米东区支库", acct("bq-tax", "65010900", 17), "国家金库乌鲁木齐市米东区支库", "corporate",
               "TAX-BQ01")

bq_c01 = cust("乌鲁木齐友佳超市连锁有限公司", uscc("bq-c01", "91", "650100"), "王经理（采购部）", tel("bq-c01", "0991"),
              "wangjl@youjia-market.com", None, "C-BQ01")
bq_c02 = cust("新疆品味楼餐饮管理有限公司", uscc("bq-c02", "91", "650105"), "韩经理", tel("bq-c02", "0991"),
              "hanjl@pinweilou.cn", None, "C-BQ02")
bq_c02_payee = payee("新疆品味楼餐饮管理有限公司", acct("bq-c02-acct", "650501403", 19), "中国建设银行乌鲁木齐新华北路支行",
                     "corporate", None, bq_c02["phone"])
bq_c03 = cust("昌吉市惠民生鲜配送有限公司", uscc("bq-c03", "91", "652301"), "吴经理", tel("bq-c03", "0994"),
              "wu@huimin-sx.cn", None, "C-BQ03")
BQ_BOSS_WX = wx("bq-jiangwentao")

# ---- history (November 2026) ----
H(BQ, "Weekly restock order from an established supermarket chain.",
  O("2026-11-02 11:10", bq_c01, [item("冷冻羊肉卷（2.5kg/袋）", "800", "袋", "118.00"),
                                 item("冷冻牛腱子（20kg/箱）", "60", "箱", "1260.00")], "erp",
    "乌鲁木齐友佳超市配送中心（米东区）", "2026-11-04", "月结（年度供货合同）", "11月第一周门店补货"))
H(BQ, "Frozen beef and lamb from the regular Inner Mongolia supplier.",
  P("2026-11-03 15:30", BQ_BASIC, bq_v01, "386400.00", "货款", "冷冻牛羊肉（12吨）",
    instr("erp", ERP_BQ + "冷冻牛羊肉12吨｜草原丰牧｜合同BQ-CG-2026-002｜发票" + inv("bq-h02"), "马俊"),
    "E3204", ["E3202"], contract="BQ-CG-2026-002", invoice=inv("bq-h02")))
H(BQ, "Monthly cold-store rent.",
  P("2026-11-04 12:15", BQ_BASIC, bq_v02, "42000.00", "租金", "10月冷库租金（2号库）",
    instr("erp", ERP_BQ + "10月冷库租金｜恒温冷库｜合同BQ-ZL-2026-001｜发票" + inv("bq-h03"), "迪丽拜尔"),
    "E3203", ["E3202"], contract="BQ-ZL-2026-001", invoice=inv("bq-h03")))
H(BQ, "Order from an established restaurant group.",
  O("2026-11-05 16:20", bq_c02, [item("冷冻羊排（5kg/箱）", "120", "箱", "398.00"),
                                 item("手工羊肉水饺（1kg/袋）", "300", "袋", "32.00")], "erp",
    "乌鲁木齐市天山区品味楼中央厨房", "2026-11-07", "月结（年度供货合同）", "11月上旬备货"))
H(BQ, "Cold-chain delivery freight to the regular carrier.",
  P("2026-11-06 11:45", BQ_BASIC, bq_v05, "27350.00", "运费", "10月冷链配送运费",
    instr("erp", ERP_BQ + "10月冷链配送运费｜顺冷物流｜合同BQ-WL-2026-001｜发票" + inv("bq-h05"), "马俊"),
    "E3204", ["E3202"], contract="BQ-WL-2026-001", invoice=inv("bq-h05")))
H(BQ, "Gift-box cartons from the packaging maker whose account change dates from June.",
  P("2026-11-09 17:05", BQ_BASIC, bq_v04, "58600.00", "货款", "春节礼盒外箱及保温内衬（首批）",
    instr("erp", ERP_BQ + "春节礼盒外箱及保温内衬｜金盒包装｜合同BQ-CG-2026-009｜发票" + inv("bq-h06"), "马俊"),
    "E3204", ["E3202"], contract="BQ-CG-2026-009", invoice=inv("bq-h06"), changed=BQ_V04_CHANGED))
H(BQ, "Monthly payroll through the bank's payroll service.",
  P("2026-11-10 10:40", BQ_BASIC, bq_payroll, "318460.00", "工资", "10月工资代发（46人）",
    instr("erp", ERP_BQ + "10月工资代发（46人），工资表已审批", "何春燕"), "E3202", ["E3200"]))
H(BQ, "Order from an established fresh-food distributor.",
  O("2026-11-11 15:10", bq_c03, [item("冷冻鸡腿（10kg/箱）", "200", "箱", "165.00")], "erp",
    "昌吉市惠民生鲜配送中心", "2026-11-13", "月结（年度供货合同）", "11月配送备货"))
H(BQ, "Frozen seafood from the Weihai supplier (old account).",
  P("2026-11-12 11:20", BQ_BASIC, bq_v03_old, "212800.00", "货款", "冻虾仁、带鱼段",
    instr("erp", ERP_BQ + "冻虾仁、带鱼段｜鑫海水产｜合同BQ-CG-2026-005｜发票" + inv("bq-h09"), "马俊"),
    "E3204", ["E3202"], contract="BQ-CG-2026-005", invoice=inv("bq-h09")))
H(BQ, "Monthly VAT.",
  P("2026-11-13 16:30", BQ_BASIC, bq_tax, "64218.40", "税款", "10月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：10月增值税及附加", "何春燕"), "E3202", ["E3200"]))
H(BQ, "Festival advertising credit on the e-commerce platform's official back office.",
  P("2026-11-17 12:00", BQ_BASIC, bq_v06, "20000.00", "推广费", "年货节店铺推广费充值（平台官方后台）",
    instr("erp", ERP_BQ + "年货节店铺推广费｜优选到家平台｜合同BQ-TG-2026-002｜发票" + inv("bq-h11"), "周晓雯"),
    "E3211", ["E3210", "E3202"], contract="BQ-TG-2026-002", invoice=inv("bq-h11")))
H(BQ, "Second November order from the supermarket chain.",
  O("2026-11-19 15:45", bq_c01, [item("冷冻羊肉卷（2.5kg/袋）", "1000", "袋", "118.00")], "erp",
    "乌鲁木齐友佳超市配送中心（米东区）", "2026-11-21", "月结（年度供货合同）", "11月第三周门店补货"))
H(BQ, "Frozen beef and lamb from the regular supplier.",
  P("2026-11-23 11:30", BQ_BASIC, bq_v01, "402500.00", "货款", "冷冻牛羊肉（12.5吨）",
    instr("erp", ERP_BQ + "冷冻牛羊肉12.5吨｜草原丰牧｜合同BQ-CG-2026-002｜发票" + inv("bq-h13"), "马俊"),
    "E3204", ["E3202"], contract="BQ-CG-2026-002", invoice=inv("bq-h13")))
H(BQ, "One-yuan test payment to the seafood supplier's newly changed account after a call-back.",
  P("2026-11-26 16:10", BQ_BASIC, bq_v03, "1.00", "验证打款", "新收款账户小额验证",
    instr("erp", ERP_BQ + "鑫海水产11月24日寄来盖章账户变更函，已回拨其档案座机确认，按流程先向新账户小额打款1元验证", "迪丽拜尔"),
    "E3203", ["E3202"], contract="BQ-CG-2026-005", changed=BQ_V03_CHANGED))
H(BQ, "Late-November order from the restaurant group.",
  O("2026-11-27 11:50", bq_c02, [item("冷冻羊排（5kg/箱）", "150", "箱", "398.00"),
                                 item("牛肉丸（2.5kg/袋）", "200", "袋", "86.00")], "erp",
    "乌鲁木齐市天山区品味楼中央厨房", "2026-11-30", "月结（年度供货合同）", "11月下旬备货"), tag="bq_h15")

# ---- test ----
R(BQ, "December restock order from an established supermarket chain.",
  O("2026-12-01 11:20", bq_c01, [item("冷冻羊肉卷（2.5kg/袋）", "900", "袋", "118.00"),
                                 item("冷冻牛腩块（1kg/袋）", "1200", "袋", "46.00")], "erp",
    "乌鲁木齐友佳超市配送中心（米东区）", "2026-12-03", "月结（年度供货合同）", "12月第一周门店补货"))
R(BQ, "Frozen beef and lamb from the regular supplier.",
  P("2026-12-02 15:40", BQ_BASIC, bq_v01, "398000.00", "货款", "冷冻牛羊肉（12.3吨）",
    instr("erp", ERP_BQ + "冷冻牛羊肉12.3吨｜草原丰牧｜合同BQ-CG-2026-002｜发票" + inv("bq-t02"), "马俊"),
    "E3204", ["E3202"], contract="BQ-CG-2026-002", invoice=inv("bq-t02")))
BQ_UNION_WX = wx("bq-fake-union")
S(BQ, "fake_purchaser", "flag",
  ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "contact_im_only"],
  "A 'group company trade union' orders 1,500 gift boxes at list price without haggling, to be paid after the holiday and delivered to a logistics-park depot, contact by WeChat only.",
  O("2026-12-03 11:50",
    cust("新疆天泰能源集团有限公司工会委员会", None, "李干事（工会办公室）", mob("bq-fake-union", "154"), None, BQ_UNION_WX),
    [item("牛羊肉春节礼盒（A款 5kg）", "1500", "盒", "398.00")], "im",
    "乌鲁木齐市头屯河区三坪物流园7号库", "2026-12-20", "节后统一结算（月结）",
    "集团给一线职工发春节福利，1500盒年前分三批送到三坪物流园的中转库，由我们自己分发到各矿区。"
    "工会经费要走年后审批，款节后统一结，价格就按你们报的，不还价。后续联系加我微信就行。"))
HN(BQ, ["institution_claim", "new_customer", "credit_terms_requested"],
   "A district trade union buys 600 gift boxes through the government e-procurement mall, to be paid by the treasury after acceptance.",
   O("2026-12-04 16:10",
     cust("乌鲁木齐市米东区总工会", uscc("bq-mdzgh", "81", "650109"), "赵科长", tel("bq-mdzgh", "0991"),
          "zhaoke@mdzgh.org.cn"),
     [item("牛羊肉春节礼盒（B款 4kg）", "600", "盒", "328.00")], "email",
     "乌鲁木齐市米东区总工会（米东区政务服务中心院内）", "2026-12-22", "验收后30日内财政集中支付",
     "新疆政府采购网上商城（电子卖场）订单号ZCY-2026-650109-08812，职工春节慰问品，按电子卖场成交价，"
     "送货至米东区总工会，验收后走财政集中支付。"))
bq_lina = payee("李娜", acct("bq-lina", "622202", 19), "中国工商银行乌鲁木齐分行", "personal")
S(BQ, "fake_purchaser", "flag",
  ["fee_asked_of_seller", "personal_account", "first_time_payee", "im_instruction", "institution_claim"],
  "The same 'trade union' then wants a 2,800 'supplier qualification review fee' paid to its 'procurement officer's' private card before issuing a contract.",
  P("2026-12-07 11:30", BQ_BASIC, bq_lina, "2800.00", "资质审核费", "天泰能源工会福利采购供应商资质审核费",
    instr("im", "罗经理，礼盒的合同审批走到集团采购部了，按规定新供应商要交供应商资质审核费2800元，交到我们采购专员李娜的卡上就行，"
                "审完马上出合同，其他几家报价的都交了。", "天泰能源工会 李干事", BQ_UNION_WX),
    "E3210", ["E3202"]))
R(BQ, "Cold-chain delivery freight to the regular carrier.",
  P("2026-12-08 15:20", BQ_BASIC, bq_v05, "31480.00", "运费", "11月冷链配送运费",
    instr("erp", ERP_BQ + "11月冷链配送运费｜顺冷物流｜合同BQ-WL-2026-001｜发票" + inv("bq-t06"), "马俊"),
    "E3204", ["E3202"], contract="BQ-WL-2026-001", invoice=inv("bq-t06")))
BQ_WJ_WX = wx("bq-fake-wujing")
S(BQ, "fake_order", "block",
  ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
   "contact_im_only", "evasion_pinyin"],
  "A 'military logistics office' orders 300 meat gift boxes and asks us to advance 57k for nut packs from the shop it names, writing '垫fu' and offering only a 'processing' transfer screenshot.",
  O("2026-12-09 17:40",
    cust("武警某部后勤保障处", None, "陈班长", mob("bq-fake-wujing", "168"), None, BQ_WJ_WX),
    [item("牛羊肉慰问礼盒（6kg）", "300", "盒", "420.00")], "im", "乌鲁木齐市新市区某营区东门", "2026-12-15",
    "对公转账（已付）",
    "春节给战士们发的慰问品，牛羊肉礼盒300盒，盖了后勤专用章的采购单发你了。另外还要300份干果礼包，部队一直用果香源的，"
    "我们领导和他们老板之前闹了点矛盾，不方便直接联系，麻烦你们帮忙代购，先垫fu 5.7万给他们，和肉款一起结。"
    "肉款12.6万已经对公打了，转账截图发你微信了，显示处理中。",
    third_party=tp("乌鲁木齐市沙依巴克区果香源干果商行", mob("bq-guoxiangyuan", "179"), "designated_supplier", "57000.00")),
  tag="bq_wujing")
bq_guoxiang = payee("乌鲁木齐市沙依巴克区果香源干果商行", acct("bq-guoxiangyuan", "622848", 19), "中国农业银行乌鲁木齐分行",
                    "personal")
S(BQ, "fake_order", "block",
  ["designated_supplier", "sales_order_linked", "fake_payment_proof", "first_time_payee", "personal_account",
   "no_approval", "im_instruction", "urgency"],
  "Sales asks to pay the 57k to the nut shop the 'military' buyer named before the buyer's money has arrived, on the buyer's word that its transfer is delayed.",
  P("2026-12-10 12:30", BQ_BASIC, bq_guoxiang, "57000.00", "代采购", "代购干果礼包300份（武警后勤订单）",
    instr("im", "罗经理，我们的款财务说跨行延迟，明天一早肯定到。果香源那边今天不收到钱就不排货了，你们先把5.7万付过去，"
                "干果礼包直接送营区，到时候一起结，领导那边我担着。", "陈班长", BQ_WJ_WX, True),
    "E3210", [], order=ref("bq_wujing")))
HN(BQ, ["account_changed_recent", "account_change_words"],
   "Seafood paid to the supplier's account changed 16 days earlier, verified by call-back and already proven by a one-yuan test payment.",
   P("2026-12-10 16:50", BQ_BASIC, bq_v03, "286400.00", "货款", "12月冻虾仁、带鱼段款",
     instr("erp", ERP_BQ + "鑫海水产12月冻品款｜合同BQ-CG-2026-005｜发票" + inv("bq-t09")
           + "｜按11月24日盖章变更函支付至新账户（已回拨档案座机确认，11月26日1元验证款对方已确认收到）", "马俊"),
     "E3204", ["E3202", "E3200"], contract="BQ-CG-2026-005", invoice=inv("bq-t09"), changed=BQ_V03_CHANGED,
     verification=BQ_V03_VERIF))
HN(BQ, ["new_customer", "large_first_order"],
   "A new hotel places a large first order and has already paid the full amount into our account from its own.",
   O("2026-12-11 11:40",
     cust("乌鲁木齐博格达国际酒店有限公司", uscc("bq-bogeda", "91", "650103"), "潘经理（采购部）", tel("bq-bogeda", "0991"),
          "pan.cg@bogedahotel.com"),
     [item("牛羊肉春节礼盒（A款 5kg）", "800", "盒", "398.00"), item("冷冻羊腿（整只）", "300", "只", "420.00")],
     "email", "乌鲁木齐市沙依巴克区博格达国际酒店后勤库", "2026-12-25", "全款预付（已到账）",
     "员工春节福利礼盒及年夜饭备货，合同已盖章回传，货款444400元已于12月10日由我司工行基本户汇入贵司工行账户，请核收后按期送货。"))
S(BQ, "fake_purchaser", "flag",
  ["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested", "far_delivery",
   "large_first_order", "free_mail"],
  "A company one character off an established supermarket chain (嘉 for 佳) orders 554k on 30-day credit for delivery to a Kuytun cold store, from a new contact with a free-mail address.",
  O("2026-12-14 15:30",
    cust("乌鲁木齐友嘉超市连锁有限公司", uscc("bq-fake-youjia", "91", "650100"), "孙经理", mob("bq-fake-youjia", "154"),
         "youjia_caigou@163.com", wx("bq-fake-youjia")),
    [item("牛羊肉春节礼盒（A款 5kg）", "800", "盒", "398.00"), item("冷冻羊肉卷（2.5kg/袋）", "2000", "袋", "118.00")],
    "phone", "奎屯市北京东路某冷库", "2026-12-20", "货到30天付款",
    "我是友佳新开的奎屯店负责采购的孙经理，年货节备货量大，这批直接发奎屯的冷库，账期还是按老规矩30天。"
    "王经理调去总部了，以后奎屯的货找我就行。"))
R(BQ, "Monthly payroll through the bank's payroll service.",
  P("2026-12-15 11:10", BQ_BASIC, bq_payroll, "331920.00", "工资", "11月工资代发（48人）",
    instr("erp", ERP_BQ + "11月工资代发（48人），工资表已审批", "何春燕"), "E3202", ["E3200"]))
S(BQ, "overpayment_refund", "block",
  ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only", "urgency"],
  "A new 'hotel' sends a screenshot showing 50k more than its 79.6k order and wants the excess back today on its buyer's personal card.",
  O("2026-12-16 16:20",
    cust("乌鲁木齐金樽大酒店有限公司", uscc("bq-jinzun", "91", "650102"), "王立军", mob("bq-wanglijun", "179"), None,
         wx("bq-wanglijun")),
    [item("牛羊肉春节礼盒（A款 5kg）", "200", "盒", "398.00")], "im", "乌鲁木齐市天山区某酒店", "2026-12-18", "款到发货",
    "会计转账时多输了一个数，一共打了129600，对公回单截图已发你。多出来的5万麻烦今天退一下，直接退到我个人卡上就行，"
    "公户那边退回来还要走审批，太麻烦。礼盒收到款再发都行。",
    third_party=tp("王立军（个人）", mob("bq-wanglijun", "179"), "refund_recipient", "50000.00")))
HN(BQ, ["refund_words", "overpayment", "first_time_payee"],
   "An established restaurant group's duplicate payment, cleared twice on our statement, is refunded to the account it came from.",
   P("2026-12-17 12:00", BQ_BASIC, bq_c02_payee, "76900.00", "退款", "原路退回品味楼餐饮11月27日订单重复付款",
     instr("erp", ERP_BQ + "品味楼餐饮11月27日订单货款76900元重复支付（银行流水11月30日两笔同额入账，回单号1130-207、1130-219），"
                           "经对方财务盖章确认，原路退回其付款账户", "迪丽拜尔"),
     "E3203", ["E3202"], order=ref("bq_h15")))
S(BQ, "account_change", "block",
  ["account_changed_recent", "first_time_payee", "payee_name_mismatch", "im_instruction", "account_change_words",
   "urgency", "evasion_spacing"],
  "The beef supplier's 'salesman' says on WeChat that head office's account is frozen by a tax audit and payment must go to a 'Hohhot branch', spacing out the key words; the branch account was keyed in two days earlier.",
  P("2026-12-18 17:50", BQ_BASIC, bq_v01_new, "438500.00", "货款", "冷冻牛羊肉（13.2吨）",
    instr("im", "何经理，年底对账了。我们总公司的账户被税务稽查暂时冻结，年前的货款先打到呼市分公司，以 新 账 户 为 准，"
                "原账户先别打了，分公司的开户信息和盖章函已经发您了，麻烦今天安排。",
          "草原丰牧 业务员 包小军", wx("bq-fake-baoxiaojun"), True),
    "E3204", ["E3202", "E3200"], contract="BQ-CG-2026-002", changed="2026-12-16 19:20"))
S(BQ, "contract_fraud", "flag",
  ["fake_payment_proof", "guarantee_unverified", "new_customer", "large_first_order", "credit_terms_requested"],
  "A new restaurant chain wants 660k of holiday stock delivered this week against a six-month commercial acceptance bill drawn by an unknown 'affiliate', shown only as a photo.",
  O("2026-12-21 11:30",
    cust("新疆味满楼餐饮连锁有限公司", uscc("bq-weimanlou", "91", "650104"), "杨总", mob("bq-weimanlou", "154"),
         "yang@weimanlou.com", wx("bq-weimanlou")),
    [item("冷冻牛羊肉（分割）", "9500", "千克", "56.00"), item("手工羊肉水饺（1kg/袋）", "4000", "袋", "32.00")],
    "phone", "乌鲁木齐市水磨沟区味满楼中央厨房", "2026-12-28", "6个月电子商业承兑汇票",
    "签全年供货框架合同，首批年前备货66万。付款用我们关联公司新疆鼎泰投资控股有限公司开的电子商业承兑汇票，6个月到期，"
    "票面照片已发您，票今天就能背书过去，货这周内送到中央厨房。"))
R(BQ, "Order from an established fresh-food distributor.",
  O("2026-12-22 15:50", bq_c03, [item("冷冻鸡腿（10kg/箱）", "260", "箱", "165.00"),
                                 item("冷冻鸡翅中（5kg/箱）", "80", "箱", "310.00")], "erp",
    "昌吉市惠民生鲜配送中心", "2026-12-24", "月结（年度供货合同）", "12月下旬配送备货"))
bq_xianghe = payee("乌鲁木齐祥和乳品商贸有限公司", acct("bq-xianghe", "650501404", 19), "中国建设银行乌鲁木齐红山路支行",
                   "corporate")
S(BQ, "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process", "deposit_words",
   "first_time_payee", "no_approval", "evasion_traditional"],
  "In a QQ group created that day the 'deputy GM', typing in traditional characters, asks the cashier for a balance screenshot and then a 150k deposit to an unknown dairy trader, sign-off later.",
  P("2026-12-23 12:20", BQ_BASIC, bq_xianghe, "150000.00", "定金", "春节备货乳品定金",
    instr("im", "徐慧：迪麗拜爾，帳上還有多少可用資金？截個圖發群裡。\n"
                "迪丽拜尔：徐总，工行基本户可用312万。\n"
                "徐慧：祥和乳品那邊春節備貨的定金15萬今天要付，打到這個賬戶：烏魯木齊祥和乳品商貿有限公司，建行紅山路支行。"
                "我在外地開會不方便接電話，審批單我回來補簽。",
          "徐慧", "QQ群:冰泉管理层（当日新建）"),
    "E3203", []))
HN(BQ, ["topup_words"],
   "Festival advertising credit topped up to the e-commerce platform's own corporate account under the platform contract.",
   P("2026-12-24 16:40", BQ_BASIC, bq_v06, "30000.00", "推广费", "年货节直播推广费充值（平台官方后台）",
     instr("erp", ERP_BQ + "年货节直播间推广费，充值至优选到家平台官方商家后台（对公账户见平台合同），平台按月开具增值税专票"
                           "｜合同BQ-TG-2026-002", "周晓雯"),
     "E3211", ["E3210", "E3202"], contract="BQ-TG-2026-002"))
bq_zhenghao = payee("郑浩", acct("bq-zhenghao", "621700", 19), "中国建设银行兰州分行", "personal")
S(BQ, "advance_fee", "block",
  ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "new_contact", "urgency"],
  "A loan 'platform' says a 500k stock-up loan is frozen because of a wrong card number and wants a 25k 'unfreezing fee' paid to a staff member's card.",
  P("2026-12-28 11:10", BQ_BASIC, bq_zhenghao, "25000.00", "解冻金", "年货备货贷款解冻金",
    instr("im", "何经理，贵司50万备货贷款已审批放款，但系统显示收款卡号填写错误，资金已被风控冻结。按平台规定需缴纳5%解冻金25000元"
                "至风控专员账户，解冻后与贷款一并打回，今天下午4点前办理，逾期资金将退回并影响征信。",
          "金信通贷款平台 客服 郑浩", wx("bq-zhenghao"), True),
    "E3202", ["E3200"]))
HN(BQ, ["residential_delivery"],
   "An established restaurant group has its staff gift boxes delivered to the owner's residential compound, billed to its usual monthly account.",
   O("2026-12-29 15:00", bq_c02, [item("牛羊肉春节礼盒（B款 4kg）", "120", "盒", "328.00")], "phone",
     "乌鲁木齐市水磨沟区南湖北路某小区12号楼", "2027-01-05", "月结（年度供货合同）",
     "韩经理来电：今年给员工发的春节礼盒120盒，送到韩总家小区，员工年会那天自己去取，货款按月结并入品味楼账单。"))
HN(BQ, ["designated_supplier", "new_customer"],
   "A new corporate buyer wants its logo printed on the boxes by a named packaging maker (already our regular supplier) and has prepaid the whole order into our account.",
   O("2026-12-30 12:10",
     cust("乌鲁木齐新丝路电子商务产业园管理有限公司", uscc("bq-xsl", "91", "650106"), "古丽（行政部）", tel("bq-xsl", "0991"),
          "admin@xsl-park.cn"),
     [item("牛羊肉春节礼盒（定制外包装 5kg）", "400", "盒", "428.00")], "email",
     "乌鲁木齐市高新区新丝路电商产业园行政楼", "2027-01-15", "全款预付（已到账）",
     "礼盒外包装印我们园区logo，按我们指定的设计稿在金盒包装定制，印版费和外箱费1.2万含在礼盒单价里。"
     "全款171200元已于12月29日从我司基本户汇入贵司工行账户，请核收。",
     third_party=tp("新疆金盒包装制品有限公司", bq_v04["phone"], "designated_supplier", "12000.00")))
HN(BQ, ["off_hours", "urgency"],
   "An established supermarket chain phones in an urgent restock on the New Year holiday weekend.",
   O("2027-01-02 10:30", bq_c01, [item("冷冻羊肉卷（2.5kg/袋）", "600", "袋", "118.00"),
                                  item("手工羊肉水饺（1kg/袋）", "800", "袋", "32.00")], "phone",
     "乌鲁木齐友佳超市配送中心（米东区）", "2027-01-02", "月结（年度供货合同）",
     "元旦假期门店羊肉卷断货，王经理来电加急补货，今天下午送到配送中心。"))
S(BQ, "fake_order", "flag",
  ["fee_asked_of_seller", "deposit_words", "new_customer", "large_first_order", "contact_im_only",
   "institution_claim"],
  "A 'workers' welfare mall' dangles a 1,000-box order but first wants a 9,200 platform deposit and listing fee from us.",
  O("2027-01-05 16:30",
    cust("乌鲁木齐惠工网络科技有限公司（惠工福利商城）", uscc("bq-huigong", "91", "650100"), "刘经理（招商部）",
         mob("bq-huigong", "154"), None, wx("bq-huigong")),
    [item("牛羊肉春节礼盒（A款 5kg）", "1000", "盒", "398.00")], "im", "按商城订单分送各企业工会", "2027-01-25",
    "商城订单结算（节后15日）",
    "我们是全疆职工福利商城，几十家企业工会的年货都在我们商城下单，首批就给您1000盒。成为商城供应商要先交入驻保证金8000元"
    "和上架费1200元，交完马上给您开后台，订单自动推送。",
    fees=[("平台入驻保证金", "8000.00"), ("商品上架费", "1200.00")]))
HN(BQ, ["im_instruction", "boss_role", "urgency"],
   "The chairman asks on WeChat for the regular carrier's December freight to be settled early; it goes through the ERP with approvals.",
   P("2027-01-06 11:40", BQ_BASIC, bq_v05, "46800.00", "运费", "12月冷链配送运费及节前加班车费",
     instr("im", "蒋文涛：何经理，顺冷那边12月的运费和加班车费今天结一下，节前他们要给司机发钱，单子马俊已经对过了。\n"
                 "何春燕：好的蒋总，走T+流程。", "蒋文涛", BQ_BOSS_WX, True),
     "E3203", ["E3202", "E3200"], contract="BQ-WL-2026-001", invoice=inv("bq-t25")))
R(BQ, "Order from an established restaurant group.",
  O("2027-01-08 15:10", bq_c02, [item("冷冻羊排（5kg/箱）", "160", "箱", "398.00"),
                                 item("牛肉丸（2.5kg/袋）", "240", "袋", "86.00")], "erp",
    "乌鲁木齐市天山区品味楼中央厨房", "2027-01-11", "月结（年度供货合同）", "1月上旬备货"))
S(BQ, "account_lending", "block",
  ["account_lending_words", "new_customer", "large_first_order", "overpayment", "contact_im_only"],
  "A new trading company orders 1.2m of seafood boxes but will pay 1.5m and asks us to forward the extra 300k the same day to a road-building firm as a 'tender deposit'.",
  O("2027-01-11 12:30",
    cust("新疆盛达源贸易有限公司", uscc("bq-shengdayuan", "91", "650100"), "赵总", mob("bq-shengdayuan", "168"), None,
         wx("bq-shengdayuan")),
    [item("海鲜春节礼盒（大虾、带鱼 4kg）", "3000", "盒", "400.00")], "im", "乌鲁木齐市高新区某仓库", "2027-01-20",
    "款到发货",
    "礼盒3000盒，我们今天对公打150万过去，其中30万是合作方的投标保证金，他们公户这周额度满了，麻烦你们收到后帮忙走一下账，"
    "当天转给新疆汇通路桥工程有限公司，我们按千分之三给你们手续费。",
    third_party=tp("新疆汇通路桥工程有限公司", mob("bq-huitong", "179"), "pass_through_payee", "300000.00")))
S(BQ, "account_change", "flag",
  ["account_changed_long_ago", "first_time_payee", "account_change_words", "unusual_bank_region"],
  "The cold store's bank details were switched 41 days ago on an unverified e-mail, to a Kashgar rural bank, just outside the 30-day window; this is the first payment to the new account.",
  P("2027-01-13 16:00", BQ_BASIC, bq_v02_new, "84000.00", "租金", "12月—1月冷库租金（2号库）",
    instr("erp", ERP_BQ + "恒温冷库12月—1月租金｜合同BQ-ZL-2026-001｜按供应商12月3日邮件《关于变更收款账户的通知》"
                          "支付至喀什农商行新账户（因银行系统升级，原工行账户停用）", "迪丽拜尔"),
    "E3203", ["E3202"], contract="BQ-ZL-2026-001", changed=BQ_V02_CHANGED))
HN(BQ, ["deposit_words", "account_changed_long_ago"],
   "A returnable deposit on 2,000 insulated crates paid to the regular packaging supplier, whose account change dates from June.",
   P("2027-01-15 11:20", BQ_BASIC, bq_v04, "40000.00", "押金", "保温周转箱押金（2000个，节后退箱返还）",
     instr("erp", ERP_BQ + "春节旺季租用金盒包装保温周转箱2000个，押金4万元，退箱后凭收据返还｜合同BQ-ZL-2027-001"
                           "（金盒包装6月变更的收款账户，之后已多次付款）", "马俊"),
     "E3204", ["E3202"], contract="BQ-ZL-2027-001", changed=BQ_V04_CHANGED))
bq_sunting = payee("孙婷", acct("bq-sunting", "621799", 19), "中国邮政储蓄银行郑州分行", "personal")
S(BQ, "task_rebate", "block",
  ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval", "im_instruction",
   "new_contact", "urgency", "evasion_symbols"],
  "The e-commerce assistant, caught in a 'merchant boost' task scam, submits 38k to a private card to 'unfreeze' a stuck task, with an emoji and an asterisk splitting the key words.",
  P("2027-01-19 15:40", BQ_BASIC, bq_sunting, "38000.00", "推广费", "店铺推广任务充值",
    instr("im", "周小姐，您的商家助力任务已完成2单，第3单是联单任务，系统卡单，需要充💰值38000才能解冻，完成后本金加佣金一起返还，"
                "刷*单记录已截图给您。今天18点前不处理任务作废，前面的本金也提不出来。",
          "优选联盟 派单客服 小雅", wx("bq-xiaoya"), True),
    "E3211", []))
HN(BQ, ["task_rebate_words"],
   "Year-end sales commissions and bonuses paid through the bank's payroll service on the board-approved list.",
   P("2027-01-21 12:10", BQ_BASIC, bq_payroll, "286500.00", "奖金", "2026年度销售提成及年终奖代发（48人）",
     instr("erp", ERP_BQ + "2026年度销售提成及年终奖，按董事会审批的考核结果由工行代发至员工本人工资卡，明细表人事部已复核", "何春燕"),
     "E3202", ["E3201", "E3200"]))
R(BQ, "Monthly payroll through the bank's payroll service.",
  P("2027-01-25 16:30", BQ_BASIC, bq_payroll, "352780.00", "工资", "12月工资代发（52人）",
    instr("erp", ERP_BQ + "12月工资代发（52人），工资表已审批", "何春燕"), "E3202", ["E3200"]))
bq_jihan = payee("新疆极寒冷链运输有限公司", acct("bq-jihan", "3002008", 19), "中国工商银行乌鲁木齐北京南路支行", "corporate",
                 None, tel("bq-jihan", "0991"))
HN(BQ, ["deposit_words", "first_time_payee"],
   "A returnable deposit for three hired refrigerated trucks, paid to a licensed carrier's account that matches the signed contract.",
   P("2027-01-27 11:50", BQ_BASIC, bq_jihan, "30000.00", "押金", "春节旺季冷藏车租赁押金（3辆，合同期满退还）",
     instr("erp", ERP_BQ + "春节旺季临时租用极寒冷链冷藏车3辆（1月28日—2月20日），押金3万元，合同BQ-WL-2027-002已盖章，"
                           "对方持道路运输经营许可证，收款账户与合同及开户许可证一致", "马俊"),
     "E3204", ["E3202"], contract="BQ-WL-2027-002"))
HN(BQ, ["im_instruction", "boss_role", "balance_probe", "account_changed_long_ago", "urgency"],
   "The chairman asks about the balance on WeChat before the holiday, then has the regular seafood supplier paid through the normal approvals to its verified account.",
   P("2027-02-01 15:20", BQ_BASIC, bq_v03, "312600.00", "货款", "春节前冻品款（冻虾仁、鱿鱼）",
     instr("im", "蒋文涛：何经理，账上还有多少？年前鑫海的货款够不够付？\n"
                 "何春燕：蒋总，工行可用486万，鑫海31.26万已经提单了。\n"
                 "蒋文涛：那就按流程付，别拖到放假。", "蒋文涛", BQ_BOSS_WX, True),
     "E3203", ["E3202", "E3200"], contract="BQ-CG-2026-005", invoice=inv("bq-t34"), changed=BQ_V03_CHANGED,
     verification=BQ_V03_VERIF))
HN(BQ, ["new_customer", "off_hours", "contact_im_only"],
   "A small restaurant orders during the Spring Festival holiday and has already paid through the company's own merchant QR code.",
   O("2027-02-10 11:00",
     cust("乌鲁木齐市天山区老马家手抓饭店", uscc("bq-laoma", "92", "650102"), "马老板", mob("bq-laoma", "168"), None,
          wx("bq-laoma")),
     [item("冷冻羊排（5kg/箱）", "20", "箱", "398.00"), item("冷冻羊肉卷（2.5kg/袋）", "5", "袋", "118.00")], "im",
     "乌鲁木齐市天山区某街道老马家手抓饭店", "2027-02-11", "微信收款码付款（已到账）",
     "初五开门营业，临时要20箱羊排、5袋羊肉卷，已扫公司收款码付了8550元，值班销售已在商户后台确认到账。"))

# ======================================================================================
# Tenant 3: xinrui — 新疆芯锐电子科技有限公司 (electronics assembler, Urumqi ETDZ)
# ======================================================================================
XR = "xinrui"
XR_CO = "新疆芯锐电子科技有限公司"
XR_BASIC = {"account_no": "107660385214409187", "account_name": XR_CO}
ERP_XR = "用友NC付款单："

xr_v01 = payee("深圳市华创精密电路有限公司", acct("xr-v01", "7559", 16), "招商银行深圳科技园支行", "corporate", "V-XR01",
               tel("xr-v01", "0755"))
xr_v01_new = payee("深圳市华创精密电路有限公司", acct("xr-v01-new", "4418", 19), "交通银行东莞分行", "corporate", "V-XR01",
                   xr_v01["phone"])
xr_v02 = payee("东莞市联芯电子元器件有限公司", acct("xr-v02", "2010024", 19), "中国工商银行东莞长安支行", "corporate",
               "V-XR02", tel("xr-v02", "0769"))
xr_v02_new = payee("东莞市联芯电子元器件有限公司", acct("xr-v02-new", "450501", 19), "中国建设银行南宁分行", "corporate",
                   "V-XR02", xr_v02["phone"])
xr_v03 = payee("乌鲁木齐天工精密钣金有限公司", acct("xr-v03", "306501", 17), "中国农业银行乌鲁木齐经济技术开发区支行",
               "corporate", "V-XR03", tel("xr-v03", "0991"))
xr_v04 = payee("新疆华远物流有限公司", acct("xr-v04", "650501405", 19), "中国建设银行乌鲁木齐经济技术开发区支行",
               "corporate", "V-XR04", tel("xr-v04", "0991"))
xr_v05 = payee("乌鲁木齐经开区电力服务有限公司", acct("xr-v05", "3002009", 19), "中国工商银行乌鲁木齐经济技术开发区支行",
               "corporate", "V-XR05", tel("xr-v05", "0991"))
xr_v06 = payee("北京云途互联信息技术有限公司", acct("xr-v06", "1109", 16), "招商银行北京中关村支行", "corporate", "V-XR06",
               tel("xr-v06", "010"))
xr_v08 = payee("新疆德润塑胶制品有限公司", acct("xr-v08", "1076", 18), "中国银行乌鲁木齐头屯河支行", "corporate", "V-XR08",
               tel("xr-v08", "0991"))
xr_v08_factor = payee("新疆丝路商业保理有限公司", acct("xr-v08-factor", "3002001", 19), "中国工商银行乌鲁木齐分行营业部",
                      "corporate", "V-XR08", xr_v08["phone"])
XR_V08_CHANGED = "2026-11-25 15:40"
xr_audit = payee("新疆正信会计师事务所（特殊普通合伙）", acct("xr-audit", "1076", 18), "中国银行乌鲁木齐新华南路支行",
                 "corporate", "V-XR09", tel("xr-audit", "0991"))
xr_margin = payee(XR_CO + "（承兑保证金账户）", acct("xr-margin", "1076", 18), "中国银行乌鲁木齐经济技术开发区支行",
                  "corporate", "OWN-XR01")
xr_payroll = payee("中国银行乌鲁木齐经济技术开发区支行（代发工资专户）", acct("xr-payroll", "1076", 18),
                   "中国银行乌鲁木齐经济技术开发区支行", "corporate", "PAY-XR01")
xr_tax = payee("国家金库乌鲁木齐市头屯河区支库", acct("xr-tax", "65010600", 17), "国家金库乌鲁木齐市头屯河区支库", "corporate",
               "TAX-XR01")
xr_customs = payee("国家金库乌鲁木齐中心支库", acct("xr-customs", "65010000", 17), "国家金库乌鲁木齐中心支库", "corporate",
                   "TAX-XR02")
XR_DUP_INV = inv("xr-h04")
XR_BOSS_WX = wx("xr-zhengguodong")

xr_c01 = cust("新疆天合智能装备有限公司", uscc("xr-c01", "91", "650106"), "周工（采购部）", tel("xr-c01", "0991"),
              "zhougong@tianhe-zn.com", None, "C-XR01")
xr_c01_payee = payee("新疆天合智能装备有限公司", acct("xr-c01-acct", "3002009", 19), "中国工商银行乌鲁木齐经济技术开发区支行",
                     "corporate", None, xr_c01["phone"])
xr_c02 = cust("乌鲁木齐光谷照明科技有限公司", uscc("xr-c02", "91", "650106"), "吴经理（采购）", tel("xr-c02", "0991"),
              "wujl@guanggu-light.com", None, "C-XR02")
xr_c03 = cust("新疆博瑞新能源设备有限公司", uscc("xr-c03", "91", "650100"), "马经理（供应链部）", tel("xr-c03", "0991"),
              "ma.scm@borui-ne.com", None, "C-XR03")

# ---- history (November 2026) ----
H(XR, "Bare PCBs from the regular Shenzhen board maker.",
  P("2026-11-02 11:40", XR_BASIC, xr_v01, "286500.00", "货款", "10月PCB光板（XR-CB200、XR-PM5K）",
    instr("erp", ERP_XR + "10月PCB光板｜华创精密｜合同XR-CG-2026-003｜发票" + inv("xr-h01"), "黄磊"),
    "E4320", ["E4302"], contract="XR-CG-2026-003", invoice=inv("xr-h01")))
H(XR, "Controller-board order from an established equipment maker.",
  O("2026-11-03 15:20", xr_c01, [item("PLC控制主板（XR-CB200）", "800", "块", "265.00")], "erp",
    "乌鲁木齐经济技术开发区天合智能装备厂", "2026-11-12", "月结60天（框架合同）", "11月排产订单"))
H(XR, "Electronic components from the regular distributor.",
  P("2026-11-04 12:10", XR_BASIC, xr_v02, "512300.00", "货款", "10月电子元器件（MCU、MOSFET、电容）",
    instr("erp", ERP_XR + "10月电子元器件｜联芯电子｜合同XR-CG-2026-014｜发票" + inv("xr-h03"), "黄磊"),
    "E4320", ["E4302", "E4301"], contract="XR-CG-2026-014", invoice=inv("xr-h03")))
H(XR, "Sheet-metal enclosures from the local supplier.",
  P("2026-11-05 16:30", XR_BASIC, xr_v03, "68400.00", "货款", "机箱钣金外壳（1200套）",
    instr("erp", ERP_XR + "天工钣金机箱外壳款｜合同XR-CG-2026-009｜发票" + XR_DUP_INV, "黄磊"),
    "E4320", ["E4302"], contract="XR-CG-2026-009", invoice=XR_DUP_INV))
H(XR, "LED driver order from an established lighting customer.",
  O("2026-11-06 11:15", xr_c02, [item("LED驱动电源（60W）", "5000", "个", "38.50")], "erp",
    "乌鲁木齐光谷照明科技有限公司成品库", "2026-11-16", "月结60天（框架合同）", "11月常规补货"))
H(XR, "Outbound logistics to the regular carrier.",
  P("2026-11-09 15:45", XR_BASIC, xr_v04, "23780.00", "运费", "10月成品发运物流费",
    instr("erp", ERP_XR + "10月成品发运物流费｜华远物流｜合同XR-WL-2026-002｜发票" + inv("xr-h06"), "黄磊"),
    "E4320", ["E4302"], contract="XR-WL-2026-002", invoice=inv("xr-h06")))
H(XR, "Injection-moulded housings from the local plastics supplier (old account).",
  P("2026-11-10 11:30", XR_BASIC, xr_v08, "74900.00", "货款", "注塑外壳（PM5K系列）",
    instr("erp", ERP_XR + "注塑外壳｜德润塑胶｜合同XR-CG-2026-017｜发票" + inv("xr-h07"), "黄磊"),
    "E4320", ["E4302"], contract="XR-CG-2026-017", invoice=inv("xr-h07")))
H(XR, "Monthly payroll through the bank's payroll service.",
  P("2026-11-11 16:10", XR_BASIC, xr_payroll, "1386420.00", "工资", "10月工资代发（212人）",
    instr("erp", ERP_XR + "10月工资代发（212人），工资表已审批", "宋佳"), "E4310", ["E4302", "E4301"]))
H(XR, "Power-module order from an established energy-equipment customer.",
  O("2026-11-12 12:20", xr_c03, [item("储能逆变器功率模块（5kW）", "600", "个", "1180.00")], "erp",
    "乌鲁木齐经济技术开发区博瑞新能源总装车间", "2026-11-25", "月结90天（框架合同）", "11月项目交付批次"))
H(XR, "Monthly VAT.",
  P("2026-11-13 10:50", XR_BASIC, xr_tax, "186530.40", "税款", "10月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：10月增值税及附加", "张敏"), "E4303", ["E4302"]))
H(XR, "Margin for a bank acceptance bill into the company's own margin account.",
  P("2026-11-17 15:30", XR_BASIC, xr_margin, "300000.00", "承兑保证金", "开立银行承兑汇票保证金（支付联芯电子货款）",
    instr("erp", ERP_XR + "中行开立银行承兑汇票100万元，存入本公司在中行的承兑保证金账户，保证金比例30%，授信协议XR-ZX-2026-02",
          "张敏"), "E4303", ["E4302"]))
H(XR, "Monthly electricity.",
  P("2026-11-19 11:20", XR_BASIC, xr_v05, "96300.00", "电费", "10月电费",
    instr("erp", ERP_XR + "10月电费｜经开区电力服务｜合同XR-NY-2026-001｜发票" + inv("xr-h12"), "张敏"),
    "E4303", ["E4302"], contract="XR-NY-2026-001", invoice=inv("xr-h12")))
H(XR, "Second batch of enclosures from the sheet-metal supplier.",
  P("2026-11-24 16:40", XR_BASIC, xr_v03, "45600.00", "货款", "机箱钣金外壳（800套）",
    instr("erp", ERP_XR + "天工钣金机箱外壳款｜合同XR-CG-2026-009｜发票" + inv("xr-h13"), "黄磊"),
    "E4320", ["E4302"], contract="XR-CG-2026-009", invoice=inv("xr-h13")))
H(XR, "Controller and IO boards for the established equipment maker.",
  O("2026-11-26 12:30", xr_c01, [item("PLC控制主板（XR-CB200）", "600", "块", "265.00"),
                                 item("IO扩展板（XR-IO16）", "600", "块", "88.00")], "erp",
    "乌鲁木齐经济技术开发区天合智能装备厂", "2026-12-05", "月结60天（框架合同）", "12月排产订单"), tag="xr_h14")

# ---- test ----
R(XR, "Outbound logistics to the regular carrier.",
  P("2026-12-01 11:10", XR_BASIC, xr_v04, "25160.00", "运费", "11月成品发运物流费",
    instr("erp", ERP_XR + "11月成品发运物流费｜华远物流｜合同XR-WL-2026-002｜发票" + inv("xr-t01"), "黄磊"),
    "E4320", ["E4302"], contract="XR-WL-2026-002", invoice=inv("xr-t01")))
R(XR, "LED driver order from an established lighting customer.",
  O("2026-12-02 15:30", xr_c02, [item("LED驱动电源（60W）", "6000", "个", "38.50")], "erp",
    "乌鲁木齐光谷照明科技有限公司成品库", "2026-12-12", "月结60天（框架合同）", "12月常规补货"))
xr_huashen = payee("北京华审企业信息服务有限公司", acct("xr-huashen", "0200004", 19), "中国工商银行北京海淀支行", "corporate")
S(XR, "fake_invoice", "flag",
  ["renewal_bill", "authority_words", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
  "A mailed 'national audit-report filing centre' notice bills 4,800 for a filing and e-seal that no authority requires, payable to a Beijing service company.",
  P("2026-12-03 12:00", XR_BASIC, xr_huashen, "4800.00", "备案费", "2026年度审计报告备案及电子签章费",
    instr("letter", "（快递信函）《关于办理2026年度财务审计报告备案的通知》：贵单位2026年度财务审计报告须于年报公示前完成电子备案及防伪签章，"
                    "备案费4800元请于12月10日前汇至备案服务单位北京华审企业信息服务有限公司，逾期未备案将影响企业年报公示、"
                    "银行授信及招投标资格。",
          "全国企业财务审计报告备案中心", tel("xr-huashen", "010"), True),
    "E4303", ["E4302"]))
HN(XR, ["first_time_payee"],
   "The first instalment of the annual audit fee to the accounting firm under its signed engagement letter, paid for the first time this year.",
   P("2026-12-04 16:20", XR_BASIC, xr_audit, "60000.00", "审计费", "2026年度财务报表审计费（首期50%）",
     instr("erp", ERP_XR + "正信会计师事务所2026年度财务报表审计，业务约定书XR-SJ-2026-001已双方盖章，首期审计费6万元，"
                           "收款账户与约定书及事务所执业证书信息一致", "张敏"),
     "E4303", ["E4302", "E4301"], contract="XR-SJ-2026-001"))
S(XR, "fake_purchaser", "flag",
  ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "residential_delivery",
   "free_mail", "contact_mismatch"],
  "A 'central-SOE procurement centre' using a free-mail address orders 2.36m of power modules on 90-day terms, to be delivered to a flat in a residential block.",
  O("2026-12-07 11:30",
    cust("中能国投新疆分公司物资采购中心", None, "张主任（物资部）", mob("xr-fake-zhongneng", "154"), "znct_wzcg@126.com"),
    [item("储能逆变器功率模块（5kW）", "2000", "个", "1180.00")], "email",
    "乌鲁木齐市新市区北京南路某小区8栋2单元（收货人：张女士）", "2026-12-20", "货到验收后90天付款",
    "我中心承担集团新疆区域储能项目物资集中采购，贵司产品已列入年度短名单。首批2000个功率模块年底前到货，"
    "按央企惯例货到验收后90天付款。因项目仓库尚在建设，先送到我们临时收货点。"))
R(XR, "Monthly electricity.",
  P("2026-12-08 15:40", XR_BASIC, xr_v05, "102800.00", "电费", "11月电费",
    instr("erp", ERP_XR + "11月电费｜经开区电力服务｜合同XR-NY-2026-001｜发票" + inv("xr-t06"), "张敏"),
    "E4303", ["E4302"], contract="XR-NY-2026-001", invoice=inv("xr-t06")))
HN(XR, ["institution_claim", "new_customer"],
   "A college orders training boards through its own procurement platform and its finance office has already paid into our account.",
   O("2026-12-09 12:20",
     cust("新疆理工学院电气与信息工程学院", uscc("xr-xjlg", "12", "650000"), "刘老师（实验中心）", tel("xr-xjlg", "0991"),
          "liulaoshi@xjlgxy.edu.cn"),
     [item("PLC控制主板（XR-CB200）", "60", "块", "265.00"), item("IO扩展板（XR-IO16）", "60", "块", "88.00")], "email",
     "乌鲁木齐市新市区新疆理工学院电气实验楼", "2026-12-25", "学校采购平台下单，预付（已到账）",
     "学院实训室教学设备，已在学校采购平台完成询价成交（成交通知书编号XJLG-CG-2026-1209），货款21180元已由学校财务处对公汇入贵司中行账户。"))
HN(XR, ["deposit_words"],
   "Margin for a bank acceptance bill moved into the company's own margin account at its bank.",
   P("2026-12-10 16:30", XR_BASIC, xr_margin, "240000.00", "承兑保证金", "开立银行承兑汇票保证金（支付华创精密货款）",
     instr("erp", ERP_XR + "中行开立银行承兑汇票80万元，存入本公司在中行的承兑保证金账户，保证金比例30%，授信协议XR-ZX-2026-02",
           "张敏"), "E4303", ["E4302"]))
xr_youpinhui = payee("杭州优品汇供应链管理有限公司", acct("xr-youpinhui", "330501", 19), "中国建设银行杭州余杭支行", "corporate")
S(XR, "contract_fraud", "flag",
  ["deposit_words", "fee_asked_of_seller", "first_time_payee", "email_instruction", "no_po_contract", "urgency"],
  "A four-month-old 'authorised platform service provider' wants a 50k cooperation deposit before listing our products in a festival e-commerce zone.",
  P("2026-12-11 11:50", XR_BASIC, xr_youpinhui, "50000.00", "保证金", "年货节工业品专场合作保证金",
    instr("email", "芯锐电子您好：贵司已入选某头部电商平台年货节“工业品严选专场”认证供应商名单，我司为平台官方授权服务商（2026年8月成立）。"
                   "按平台规则，入驻需缴纳合作保证金5万元（活动结束后无违规全额退还），请于12月14日前汇入我司账户，"
                   "逾期名额将释放给其他厂家。合作协议请回签盖章。",
          "优品汇 招商部", "zhaoshang@youpinhui-svc.com", True),
    "E4340", ["E4302"]))
R(XR, "Monthly payroll through the bank's payroll service.",
  P("2026-12-14 11:20", XR_BASIC, xr_payroll, "1402380.00", "工资", "11月工资代发（214人）",
    instr("erp", ERP_XR + "11月工资代发（214人），工资表已审批", "宋佳"), "E4310", ["E4302", "E4301"]))
S(XR, "fake_order", "flag", ["remote_control", "new_customer", "contact_im_only"],
  "A new 'automation company' wants the sales manager to share his screen in a meeting app and read out a verification code so its 'SRM platform' can pay.",
  O("2026-12-15 16:10",
    cust("新疆智远自动化科技有限公司", uscc("xr-zhiyuan", "91", "652301"), "何先生（采购）", mob("xr-zhiyuan", "179"), None,
         wx("xr-zhiyuan")),
    [item("PLC控制主板（XR-CB200）", "500", "块", "265.00")], "im", "昌吉市高新区某厂房", "2026-12-22",
    "平台下单后付款",
    "我们公司采购要走SRM平台，麻烦陈经理进一下腾讯会议（会议号发你微信了），共享屏幕我教你在平台上确认订单；"
    "平台付款要用中银会议APP收款，手机上装好后把收到的验证码报给我就能到账。"))
HN(XR, ["authority_words", "urgency", "first_time_payee"],
   "Import duty and VAT for a chip shipment paid through the customs single window to the state treasury, urgently to avoid port charges.",
   P("2026-12-16 12:30", XR_BASIC, xr_customs, "68420.00", "关税", "进口芯片关税及进口环节增值税（报关单650120261000487213）",
     instr("erp", ERP_XR + "乌鲁木齐海关进口报关单650120261000487213税款，经国际贸易“单一窗口”电子支付，税款缴入国库，"
                           "滞港费按日计收，请今日办结", "张敏", None, True),
     "E4303", ["E4302"]))
xr_jinhua = payee("乌鲁木齐锦华会展服务有限公司", acct("xr-jinhua", "3002004", 19), "中国工商银行乌鲁木齐西北路支行", "corporate")
S(XR, "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "urgency", "first_time_payee",
   "no_approval"],
  "In a WeChat 'annual-meeting preparation' group created that day, the 'chairman' asks for a balance screenshot and then 380k to an events firm nobody has used, approval to follow.",
  P("2026-12-17 17:30", XR_BASIC, xr_jinhua, "380000.00", "预付款", "年会场地及礼品预付款",
    instr("im", "郑国栋：阿依古丽，中行账上现在可用余额多少？截图发群里。\n"
                "阿依古丽：郑总，中行基本户可用518万。\n"
                "郑国栋：年会的场地和礼品我已经跟锦华会展谈好了，预付38万，今天下班前付过去，林总知道这事，审批流程后补。"
                "账户：乌鲁木齐锦华会展服务有限公司，工行西北路支行。",
          "郑国栋", "微信群:芯锐年终总结会筹备群（当日新建）", True),
    "E4304", []))
xr_hotel = payee("乌鲁木齐天山雪莲大酒店有限公司", acct("xr-hotel", "650501406", 19), "中国建设银行乌鲁木齐人民路支行",
                 "corporate", None, tel("xr-hotel", "0991"))
HN(XR, ["im_instruction", "boss_role", "first_time_payee", "deposit_words", "account_lending_words"],
   "The real chairman asks on WeChat for the annual-meeting venue deposit; the hotel contract went through OA and the account was confirmed by calling the hotel's landline (the reply '确认过账户' contains the characters 过账).",
   P("2026-12-18 11:40", XR_BASIC, xr_hotel, "50000.00", "定金", "2027年会场地定金（1月23日）",
     instr("im", "郑国栋：许总监，年会就定在天山雪莲酒店，定金5万按合同付，合同行政部已经走完OA了。\n"
                 "许文静：好的郑总，我已按合同上的酒店座机回拨确认过账户。", "郑国栋", XR_BOSS_WX),
     "E4304", ["E4302", "E4301"], contract="XR-HW-2026-031",
     verification=verif(xr_hotel["phone"], "E4302", "2026-12-18 11:20")))
xr_shuitong = payee("新疆税通财务咨询有限公司", acct("xr-shuitong", "306501", 17), "中国农业银行乌鲁木齐南门支行", "corporate")
S(XR, "authority_impersonation", "flag",
  ["authority_words", "first_time_payee", "phone_instruction", "urgency", "no_po_contract"],
  "A caller posing as a tax inspector demands 86k of 'back tax and late fees' paid not to the treasury but to a named 'tax agency'.",
  P("2026-12-21 15:20", XR_BASIC, xr_shuitong, "86400.00", "税款", "2025年度企业所得税汇算补缴税款及滞纳金",
    instr("phone", "来电：贵司2025年度企业所得税汇算清缴存在少缴，经大数据比对需补缴税款及滞纳金共86400元，年底前由指定的税务代理机构"
                   "新疆税通财务咨询有限公司代收代缴，否则下周将下达《税务处理决定书》并暂停发票领用。",
          "自称乌鲁木齐市税务局第二稽查局 王科长", tel("xr-fake-tax", "0991"), True),
    "E4303", ["E4302"]))
R(XR, "Controller-board order from an established equipment maker.",
  O("2026-12-22 11:30", xr_c01, [item("PLC控制主板（XR-CB200）", "900", "块", "265.00")], "erp",
    "乌鲁木齐经济技术开发区天合智能装备厂", "2027-01-08", "月结60天（框架合同）", "1月排产订单"))
xr_chenhao_new = payee("陈浩", acct("xr-chenhao-new", "623091", 19), "广州农村商业银行天河支行", "personal")
S(XR, "fake_salary", "flag",
  ["payroll_change", "im_instruction", "new_contact", "personal_account", "first_time_payee", "unusual_bank_region",
   "urgency"],
  "A 'new WeChat' of the sales manager asks for his year-end bonus to go to a new card in his own name at a Guangzhou bank, bypassing HR's self-service system.",
  P("2026-12-23 16:50", XR_BASIC, xr_chenhao_new, "36000.00", "奖金", "2026年度年终奖单独发放（员工：陈浩）",
    instr("im", "宋经理，我是陈浩，换了个新微信。我原来那张中行工资卡被冻结了，年终奖能不能单独发到我广州这张新卡上？户名是我自己，卡号"
                + xr_chenhao_new["account_no"] + "，这两天就要用钱，麻烦尽快。",
          "陈浩", wx("xr-fake-chenhao"), True),
    "E4310", ["E4302"]))
xr_yangfan = payee("杨帆", acct("xr-yangfan", "621661", 19), "中国银行乌鲁木齐分行", "personal")
HN(XR, ["personal_account", "first_time_payee", "payroll_change"],
   "A departing engineer's final pay goes to the card he updated himself in the HR self-service system with face verification.",
   P("2026-12-28 12:10", XR_BASIC, xr_yangfan, "23650.00", "工资", "离职结算工资及年终奖（员工：杨帆）",
     instr("erp", ERP_XR + "研发工程师杨帆12月31日离职，结算12月工资及折算年终奖，发至其本人于HR自助系统（人脸核验）更新的工资卡，"
                           "离职交接单已签", "宋佳"),
     "E4310", ["E4302"]))
xr_wanglixin = payee("王立新", acct("xr-wanglixin", "622202", 19), "中国工商银行厦门分行", "personal")
S(XR, "boss_impersonation", "block",
  ["email_instruction", "free_mail", "balance_probe", "boss_role", "secrecy_words", "cannot_call", "bypass_process",
   "personal_account", "first_time_payee", "no_approval", "evasion_pinyin", "evasion_homophone"],
  "From a free-mail address the 'GM' says his '威信' is blocked, asks the finance director for the available balance and then for 260k in 'client red envelopes' to a private 'yhk', to be kept quiet.",
  P("2026-12-29 16:00", XR_BASIC, xr_wanglixin, "260000.00", "礼金", "客户年终红包（林总邮件通知）",
    instr("email", "发件人：林晓峰 <linxf.xinrui@163.com>\n"
                   "许总监：我威信号被封了，这两天先用邮件联系。年底要给两家大客户的采购负责人发年终红包，你先看一下中行账上可用资金还有多少，"
                   "直接回邮件告诉我，不要打电话，我在跟客户谈。\n"
                   "——许文静回复：林总，中行可用约503万。\n"
                   "——林晓峰：好。先转26万到这张yhk：王立新，工行" + xr_wanglixin["account_no"] + "，此事不要外传，手续年后我补。",
          "林晓峰", "linxf.xinrui@163.com", True),
    "E4302", []))
HN(XR, ["credit_terms_requested"],
   "An established customer's big year-end order on the credit terms of its framework contract, to its usual address.",
   O("2026-12-30 11:20", xr_c03, [item("储能逆变器功率模块（5kW）", "1500", "个", "1180.00")], "email",
     "乌鲁木齐经济技术开发区博瑞新能源总装车间", "2027-01-20", "月结90天（框架合同）",
     "年底项目集中交付，追加1500个功率模块，按2026年框架合同价格及账期执行，收货地址不变。"))
R(XR, "Outbound logistics to the regular carrier.",
  P("2027-01-04 15:10", XR_BASIC, xr_v04, "27440.00", "运费", "12月成品发运物流费",
    instr("erp", ERP_XR + "12月成品发运物流费｜华远物流｜合同XR-WL-2026-002｜发票" + inv("xr-t21", "27"), "黄磊"),
    "E4320", ["E4302"], contract="XR-WL-2026-002", invoice=inv("xr-t21", "27")))
S(XR, "account_change", "block",
  ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain", "account_change_words"],
  "A 'new year, new bank' e-mail from a letter-swapped look-alike of the PCB supplier's domain redirects the 486k December settlement; the change was keyed in a week ago.",
  P("2027-01-06 11:40", XR_BASIC, xr_v01_new, "486200.00", "货款", "12月对账款（PCB光板）",
    instr("email", "芯锐电子财务部：新年好！因我司2027年起统一使用新的结算银行，原招商银行科技园支行账户已于12月31日停止收款，"
                   "请将12月对账款486200元汇至以下新账户：户名深圳市华创精密电路有限公司，交通银行东莞分行，账号"
                   + xr_v01_new["account_no"] + "。请勿再向原账户付款，以新账户为准。华创精密财务部",
          "华创精密 财务部", "finance@huachaung-pcb.com"),
    "E4320", ["E4302"], contract="XR-CG-2026-003", changed="2026-12-30 16:20"))
HN(XR, ["account_changed_long_ago", "first_time_payee", "payee_name_mismatch", "account_change_words"],
   "The plastics supplier's receivables were factored; payment goes to the factor named in a signed three-party notice from November, confirmed by call-back.",
   P("2027-01-08 16:20", XR_BASIC, xr_v08_factor, "81600.00", "货款", "注塑外壳货款（应收账款已转让保理商）",
     instr("erp", ERP_XR + "德润塑胶12月注塑外壳款｜合同XR-CG-2026-017｜德润塑胶已将对我司应收账款转让给新疆丝路商业保理有限公司，"
                           "三方《应收账款转让通知书》11月25日盖章签回，已回拨德润塑胶档案座机确认，按通知书载明的保理商账户付款", "黄磊"),
     "E4320", ["E4302", "E4301"], contract="XR-CG-2026-017", changed=XR_V08_CHANGED,
     verification=verif(xr_v08["phone"], "E4302", "2026-11-25 16:30")))
S(XR, "account_change", "block", ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
  "the component distributor's bank details were switched six days earlier to a Nanning account, and the 636k year-end settlement is the first payment to it; the request text is routine.",
  P("2027-01-11 12:00", XR_BASIC, xr_v02_new, "635800.00", "货款", "12月对账款（电子元器件）",
    instr("erp", ERP_XR + "联芯电子12月电子元器件对账款｜合同XR-CG-2026-014", "黄磊"),
    "E4320", ["E4302", "E4301"], contract="XR-CG-2026-014", changed="2027-01-05 17:50"), structural=True)
R(XR, "Monthly VAT.",
  P("2027-01-13 15:30", XR_BASIC, xr_tax, "204716.80", "税款", "12月增值税及附加",
    instr("erp", "电子税务局三方协议扣缴：12月增值税及附加", "张敏"), "E4303", ["E4302"]))
xr_hongtai = payee("新疆宏泰资产托管有限公司", acct("xr-hongtai", "650501407", 19), "中国建设银行乌鲁木齐黄河路支行", "corporate")
S(XR, "authority_impersonation", "block",
  ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee", "urgency",
   "vague_memo", "evasion_spacing", "evasion_symbols"],
  "A 'tax inspection bureau' caller says our input invoices are under criminal investigation and orders 1.2m into a 'supervised account' for 'fund verification', the key words broken up by dots and spaces.",
  P("2027-01-15 11:10", XR_BASIC, xr_hongtai, "1200000.00", "往来款", "税务稽查配合款",
    instr("phone", "来电后短信：新疆芯锐电子科技有限公司，你司2026年度取得的进项发票涉嫌虚开，已移送立案。为证明资金清白，须于今日将基本户资金"
                   "120万元转入 监.管.账.户 进行 资 金 核 查（户名新疆宏泰资产托管有限公司），核查无误后原路退回。此案涉密，"
                   "不得向任何人透露，否则按妨碍调查处理。",
          "自称国家税务总局乌鲁木齐市税务局稽查局 王科长", mob("xr-fake-inspector", "154"), True),
    "E4302", ["E4301"]))
S(XR, "fake_invoice", "block", ["duplicate_invoice"],
  "in the year-end reconciliation the sheet-metal supplier's November invoice, already paid on 5 November, comes through again for the same amount under a routine-looking request.",
  P("2027-01-18 16:40", XR_BASIC, xr_v03, "68400.00", "货款", "机箱钣金外壳（1200套）",
    instr("erp", ERP_XR + "天工钣金机箱外壳款｜合同XR-CG-2026-009｜发票" + XR_DUP_INV, "黄磊"),
    "E4320", ["E4302"], contract="XR-CG-2026-009", invoice=XR_DUP_INV), structural=True)
xr_liuyang = payee("刘洋", acct("xr-liuyang", "621483", 16), "招商银行深圳分行", "personal")
S(XR, "fake_salary", "block",
  ["payee_shared_by_employees", "payroll_change", "email_instruction", "lookalike_domain", "personal_account",
   "first_time_payee"],
  "An e-mail from a hyphenated look-alike of HR's domain adds three 'forgotten' bonuses and asks for all three to be paid to one of the three's card.",
  P("2027-01-19 12:20", XR_BASIC, xr_liuyang, "54000.00", "奖金", "年终奖补发（员工：赵磊、孙琦、刘洋）",
    instr("email", "张会计：年终奖审批表里漏了研发部三位同事（赵磊、孙琦、刘洋），每人1.8万，总经理已口头同意。他们三个的工资卡都在办挂失，"
                   "先一起打到刘洋的招行卡，他们自己分，附件是补发明细。人力资源部 宋佳",
          "人力资源部 宋佳", "songjia@xinrui-dz.com"),
    "E4303", ["E4302"]))
S(XR, "fake_purchaser", "flag",
  ["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested", "far_delivery",
   "large_first_order", "free_mail", "evasion_fullwidth"],
  "A name one character off an established lighting customer (固 for 谷) orders 1.2m of drivers on 60-day credit for a Shenzhen forwarder's depot, giving its contacts in full-width characters.",
  O("2027-01-20 11:30",
    cust("乌鲁木齐光固照明科技有限公司", uscc("xr-fake-guanggu", "91", "650106"), "钱经理（采购）", mob("xr-fake-guanggu", "168"),
         "guanggu_cg@163.com"),
    [item("LED驱动电源（60W）", "20000", "个", "38.50"), item("LED驱动电源（100W）", "8000", "个", "56.00")], "email",
    "深圳市宝安区福永某物流中转仓", "2027-01-28", "货到60天付款",
    "年前补一批驱动电源，这批是出口订单，直接发深圳中转仓，账期照旧60天。吴经理休产假了，这段时间由我对接，"
    "有问题加ＱＱ：２８６６４１０５３ 或 ｖｘ同号。"))
HN(XR, ["urgency", "large_vs_usual"],
   "The annual bonus for 218 staff, more than twice a normal payroll, goes out through the bank's payroll service before the holiday on the board's resolution.",
   P("2027-01-22 15:40", XR_BASIC, xr_payroll, "3268500.00", "奖金", "2026年度年终奖代发（218人）",
     instr("erp", ERP_XR + "2026年度年终奖，按董事会决议及绩效考核结果由中行代发至员工本人工资卡，务必在1月29日前到账，春节前发放到位",
           "宋佳", None, True),
     "E4310", ["E4302", "E4301", "E4300"]))
xr_hengxinda = payee("深圳市恒信达电子有限公司", acct("xr-hengxinda", "7559", 16), "招商银行深圳华强北支行", "corporate")
S(XR, "overpayment_refund", "block",
  ["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "first_time_payee",
   "im_instruction", "urgency"],
  "A new customer claims to have overpaid 80k, shows only a screenshot, and asks for the 'excess' to go straight to its supplier in Shenzhen instead of back to itself.",
  P("2027-01-25 12:10", XR_BASIC, xr_hengxinda, "80000.00", "退款", "退还鑫源达电子多付货款",
    instr("im", "陈经理，我们财务付驱动电源货款的时候多打了8万，一共打了20万，对公回单截图发你了，银行说今天下午到账。"
                "多出来的8万不用原路退回了，直接帮我们转给供应商深圳市恒信达电子有限公司，我们欠他们的货款，省得来回折腾。",
          "鑫源达电子 采购 丁总", wx("xr-fake-dingzong"), True),
    "E4340", ["E4302"]))
HN(XR, ["refund_words", "first_time_payee"],
   "An established customer is refunded for returned defective boards, to the same account its cleared payment came from.",
   P("2027-01-26 16:20", XR_BASIC, xr_c01_payee, "23760.00", "退款", "天合智能退货退款（IO扩展板不良品270块）",
     instr("erp", ERP_XR + "天合智能11月26日订单中IO扩展板不良品退货270块（退货入库单RK-2027-0112），该订单货款已于12月28日到账"
                           "（中行回单1228-041），按红字发票金额原路退回其付款账户", "张敏"),
     "E4303", ["E4302"], order=ref("xr_h14")))
xr_rongxin = payee("新疆融信通金融服务外包有限公司", acct("xr-rongxin", "3002005", 19), "中国工商银行乌鲁木齐中山路支行",
                   "corporate")
S(XR, "advance_fee", "flag",
  ["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "im_instruction", "new_contact", "urgency"],
  "A 'financial outsourcing' firm offers a 3m no-collateral loan to cover year-end bonuses but wants 90k in 'packaging fees and risk deposit' first.",
  P("2027-01-27 11:50", XR_BASIC, xr_rongxin, "90000.00", "服务费", "年终奖周转贷款包装费及风险保证金",
    instr("im", "许总监，年前发奖金差的300万我们这边能做，低息无抵押，3天放款。按流程要先交3%的包装费和风险保证金共9万，"
                "打到我们公司对公账户，放款后风险保证金退回，今天交明天就能上审批会。",
          "融信通 客户经理 吕经理", wx("xr-rongxin"), True),
    "E4302", ["E4301"]))
HN(XR, ["renewal_bill", "first_time_payee"],
   "The yearly domain and mailbox renewal billed by the company's actual registrar, a vendor on file under a standing contract.",
   P("2027-01-28 15:30", XR_BASIC, xr_v06, "3860.00", "服务费", "域名及企业邮箱年度续费（2027年度）",
     instr("erp", ERP_XR + "公司域名及企业邮箱2027年度续费，续费通知来自我司域名注册商云途互联（供应商档案V-XR06，合同XR-IT-2024-002），"
                           "按合同账户付款，发票随后开具", "张敏"),
     "E4303", ["E4302"], contract="XR-IT-2024-002"))
xr_wuqian = payee("吴倩", acct("xr-wuqian", "622848", 19), "中国农业银行长沙分行", "personal")
S(XR, "task_rebate", "block",
  ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval", "off_hours",
   "im_instruction", "new_contact", "urgency", "evasion_homophone"],
  "During the Spring Festival break the warehouse supervisor, hooked by a part-time 'order-boosting' job, submits a late-night 28.8k 'staff advance' to the task platform's private card.",
  P("2027-02-08 21:40", XR_BASIC, xr_wuqian, "28800.00", "借支", "个人借支（急用）",
    instr("im", "李哥，前面两单唰单返力已经到你卡上了，第3单是连单任务，需要先充值28800，三单做完本金和返力一起提现。"
                "今晚12点前不完成系统会判定违规，前面的本金都提不出来。",
          "派单员 小美", wx("xr-xiaomei"), True),
    "E4330", []))
HN(XR, ["authority_words"],
   "Fourth-quarter corporate income tax, including an estimated top-up, debited to the state treasury through the tax bureau's three-party agreement.",
   P("2027-02-15 11:20", XR_BASIC, xr_tax, "312460.00", "税款", "2026年第四季度企业所得税预缴（含补缴）",
     instr("erp", "电子税务局三方协议扣缴：2026年第四季度企业所得税预缴，含年度汇算预估补缴部分", "张敏"),
     "E4303", ["E4302"]))


# ======================================================================================
# assembly
# ======================================================================================

HOLIDAYS = {datetime.date(2027, 1, 1)} | {datetime.date(2027, 2, d) for d in range(5, 13)}
PREFIX = {"zhucheng": "ZC", "bingquan": "BQ", "xinrui": "XR"}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def _ts(req):
    return datetime.datetime.fromisoformat(req.get("submitted_at") or req.get("received_at"))


def _off_hours(dt):
    return dt.hour < 10 or dt.hour >= 20 or dt.weekday() >= 5 or dt.date() in HOLIDAYS


def structural(line, known_accounts, known_invoices):
    req = line["request"]
    dt = _ts(req)
    out = set()
    if _off_hours(dt):
        out.add("off_hours")
    if _kind(req) == "order":
        if req["customer"]["customer_id"] is None:
            out.add("new_customer")
        return out
    if req["payee"]["account_no"] not in known_accounts:
        out.add("first_time_payee")
    if req["payee"]["account_type"] == "personal":
        out.add("personal_account")
    if not req["approved_by"]:
        out.add("no_approval")
    ch = req["payee_account_changed_at"]
    if ch:
        if dt - datetime.datetime.fromisoformat(ch) <= datetime.timedelta(days=30):
            out.add("account_changed_recent")
        else:
            out.add("account_changed_long_ago")
    if req["related"]["invoice_no"] and req["related"]["invoice_no"] in known_invoices:
        out.add("duplicate_invoice")
    return out


def build():
    tenants = []
    for ln in LINES:
        if ln["tenant"] not in tenants:
            tenants.append(ln["tenant"])
    out, tags, errors = [], {}, []
    for t in tenants:
        lines = [ln for ln in LINES if ln["tenant"] == t]
        hist = [ln for ln in lines if ln["phase"] == "history"]
        test = [ln for ln in lines if ln["phase"] == "test"]
        assert lines == hist + test, "history must precede test for " + t
        seq = {}
        for n, ln in enumerate(hist, 1):
            ln["id"] = "%s-h%03d" % (t, n)
        for n, ln in enumerate(test, 1):
            ln["id"] = "%s-t%03d" % (t, n)
        for ln in lines:
            req = ln["request"]
            kind = _kind(req)
            day = _ts(req).strftime("%Y%m%d")
            key = (kind, day)
            seq[key] = seq.get(key, 0) + 1
            rid = "%s-%s-%s%03d" % (PREFIX[t], "DD" if kind == "order" else "FK", day, seq[key])
            if kind == "order":
                req["record_id"] = rid
            else:
                req["request_id"] = rid
            if ln.get("tag"):
                tags[ln["tag"]] = rid
        known_acc = {ln["request"]["payee"]["account_no"] for ln in hist if _kind(ln["request"]) == "payment"}
        known_inv = {ln["request"]["related"]["invoice_no"] for ln in hist
                     if _kind(ln["request"]) == "payment" and ln["request"]["related"]["invoice_no"]}
        prev = None
        for ln in lines:
            dt = _ts(ln["request"])
            if prev is not None and dt < prev:
                errors.append("%s: out of chronological order" % ln["id"])
            prev = dt
            if ln["phase"] == "test":
                calc = structural(ln, known_acc, known_inv)
                given = {s for s in ln["signals"] if s in STRUCTURAL}
                if calc != given:
                    errors.append("%s: structural signals given %s computed %s"
                                  % (ln["id"], sorted(given), sorted(calc)))
        out.extend(lines)
    for ln in out:
        rel = ln["request"].get("related")
        if rel and isinstance(rel.get("order_id"), str) and rel["order_id"].startswith("REF:"):
            rel["order_id"] = tags[rel["order_id"][4:]]
    if errors:
        sys.stderr.write("\n".join(errors) + "\n")
        sys.exit(1)
    rows = []
    for ln in out:
        row = {"id": ln["id"], "tenant": ln["tenant"], "phase": ln["phase"], "kind": _kind(ln["request"]),
               "label": ln["label"], "scam_type": ln["scam_type"], "expect": ln["expect"]}
        if ln["phase"] == "history":
            row["outcome"] = "executed"
        row["signals"] = ln["signals"]
        row["note"] = ln["note"]
        row["request"] = ln["request"]
        rows.append(row)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), OUT))


if __name__ == "__main__":
    build()
