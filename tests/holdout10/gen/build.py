"""Build holdout10.jsonl: an independent, labelled holdout corpus for fraudscreen.

Usage (from tests/holdout10):  python3 gen/build.py && python3 gen/validate.py

Every scenario below is written out by hand (parties, texts, signals, note, expect).
Everything is invented: account numbers, phone numbers, chat ids, credit codes and
invoice numbers are derived from SHA-256 of a fixed label, so a rebuild gives
byte-identical output. Lines are sorted per tenant by timestamp, history first,
and numbered <tenant>-hNNN / <tenant>-tNNN.
"""
import hashlib
import json
import os
from decimal import Decimal

# GB 32100-2015 character set and weights (unified social credit code).
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

_used_numbers = {}


def _h(*parts):
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def _digits(label, n):
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h("digits", label, str(i)), 16))
        i += 1
    return out[:n]


def acct(label, length, prefix=""):
    """A fictitious bank account number of `length` digits (16-19)."""
    assert 16 <= length <= 19
    body = _digits("acct:" + label, length - len(prefix))
    no = prefix + body
    assert len(no) == length
    return _claim(no, label)


def _claim(value, label):
    owner = _used_numbers.get(value)
    if owner is not None and owner != label:
        raise ValueError("number collision %s between %s and %s" % (value, owner, label))
    _used_numbers[value] = label
    return value


def mobile(label):
    """A fictitious mobile number in the reserved 1350000xxxx block."""
    i = 0
    while True:
        cand = "1350000" + _digits("mob:%s:%d" % (label, i), 4)
        if cand not in _used_numbers or _used_numbers[cand] == label:
            return _claim(cand, label)
        i += 1


def landline(area, label):
    """A fictitious landline area-0000xxx."""
    i = 0
    while True:
        cand = "%s-0000%s" % (area, _digits("land:%s:%d" % (label, i), 3))
        if cand not in _used_numbers or _used_numbers[cand] == label:
            return _claim(cand, label)
        i += 1


def wxid(label):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    n = int(_h("wx", label), 16)
    s = ""
    for _ in range(14):
        n, r = divmod(n, len(alphabet))
        s += alphabet[r]
    return _claim("wxid_" + s, label)


def cc_check(code17):
    total = sum(CC_CHARS.index(c) * w for c, w in zip(code17, CC_WEIGHTS))
    return CC_CHARS[(31 - total % 31) % 31]


def credit_code(prefix8, label, ma=True):
    """Unified social credit code: 2-char type + 6-digit region + 9-char body + check."""
    assert len(prefix8) == 8
    n = int(_h("cc", label), 16)
    body = ""
    need = 7 if ma else 9
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for _ in range(need):
        n, r = divmod(n, len(chars))
        body += chars[r]
    if ma:
        body = "MA" + body
    code17 = prefix8 + body
    return _claim(code17 + cc_check(code17), label)


def invoice(label, prov):
    """A 20-digit fully-digital invoice number: 26 + province + 16 digits."""
    return _claim("26" + prov + _digits("inv:" + label, 16), label)


def money(x):
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    return format(d, "f")


def ts(s):
    """'2026-11-02 09:15' -> RFC 3339 Beijing time."""
    date, time = s.split(" ")
    return "%sT%s:00+08:00" % (date, time)


# ---------------------------------------------------------------------------
# Request and line constructors (key order follows the wire contract exactly)
# ---------------------------------------------------------------------------

def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, text, from_name=None, from_contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def pay(tenant, rid, when, pe, amount, purpose, memo, ins, requested_by, approved_by,
        order_id=None, contract_id=None, invoice_no=None, changed_at=None,
        verification=None, currency="CNY"):
    body = {
        "request_id": rid,
        "submitted_at": ts(when),
        "payer": {"account_no": PAYER[tenant][0], "account_name": PAYER[tenant][1]},
        "payee": pe,
        "amount": money(amount),
        "currency": currency,
        "purpose": purpose,
        "memo": memo,
        "instruction": ins,
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": ts(changed_at) if changed_at else None,
    }
    if verification is not None:
        body["verification"] = verification
    return body


def verif(number, by, when):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(when)}


def cust(name, credit_code=None, contact_name=None, phone=None, email=None, im_id=None,
         customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def order(rid, when, cu, items, terms, channel, address, deadline, notes,
          third_party=None, fees=(), currency="CNY"):
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
    return {
        "record_id": rid,
        "received_at": ts(when),
        "customer": cu,
        "items": items,
        "total_amount": money(total),
        "currency": currency,
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": list(fees),
        "notes": notes,
    }


LINES = []


def line(tenant, phase, label, scam_type, expect, signals, note, request):
    kind = "payment" if "request_id" in request else "order"
    LINES.append({"tenant": tenant, "phase": phase, "kind": kind, "label": label,
                  "scam_type": scam_type, "expect": expect, "signals": list(signals),
                  "note": note, "request": request})


def H(tenant, note, request):
    line(tenant, "history", "legit", None, "allow", [], note, request)


def OK(tenant, signals, note, request):
    line(tenant, "test", "legit", None, "allow", signals, note, request)


def SCAM(tenant, scam_type, expect, signals, note, request):
    line(tenant, "test", "scam", scam_type, expect, signals, note, request)


PAYER = {}


# ===========================================================================
# Tenant 1: gangxin - 唐山钢信商贸有限公司, steel trader in Tangshan
# ===========================================================================
T = "gangxin"
GX_NAME = "唐山钢信商贸有限公司"
PAYER[T] = (acct("gx-payer", 19, "13050"), GX_NAME)

# vendors (vendor master)
GX01 = payee("迁安市冀峰钢铁有限公司", acct("gx-v01", 19, "13050"), "中国建设银行迁安支行",
             vendor_id="V-GX01", phone=landline("0315", "gx-v01"))
GX02_OLD = payee("唐山市丰南区恒晟带钢有限公司", acct("gx-v02", 19, "04030"),
                 "中国工商银行唐山丰南支行", vendor_id="V-GX02", phone=landline("0315", "gx-v02"))
GX02_NEW = payee("唐山市丰南区恒晟带钢有限公司", acct("gx-v02-new", 18, "10076"),
                 "中国银行唐山丰南支行", vendor_id="V-GX02", phone=GX02_OLD["phone"])
GX03_PHONE = landline("0315", "gx-v03")
GX03 = payee("唐山港畅物流有限公司", acct("gx-v03", 17, "4100"), "河北银行唐山分行",
             vendor_id="V-GX03", phone=GX03_PHONE)
GX03_FAKE = payee("唐山港畅物流有限公司", acct("gx-v03-fake", 16, "1150"),
                  "平安银行深圳福田支行", vendor_id="V-GX03", phone=GX03_PHONE)
GX04 = payee("唐山曹妃甸瀚海仓储有限公司", acct("gx-v04", 18, "0913"), "唐山银行曹妃甸支行",
             vendor_id="V-GX04", phone=landline("0315", "gx-v04"))
GX04_CHANGED = "2025-12-08 10:15"
GX_PAYROLL = payee("中国建设银行唐山分行（代发工资专户）", acct("gx-payroll", 19, "13050"),
                   "中国建设银行唐山分行", vendor_id="PAY-GX")
GX_BOSS_WX = wxid("gx-boss-real")

# customers
CGX01 = cust("河北城垣建工集团有限公司", credit_code("91130100", "cgx01"), "褚经理",
             landline("0311", "cgx01"), "chu.wz@chengyuanjg.com", None, "C-GX01")
CGX01_ADDR = "石家庄市鹿泉区城垣建工西山项目部料场"
CGX02 = cust("天津津港顺达钢材贸易有限公司", credit_code("91120116", "cgx02"), "盛经理",
             landline("022", "cgx02"), None, wxid("cgx02"), "C-GX02")
CGX02_ADDR = "天津市滨海新区津港顺达钢材库"
CGX03 = cust("唐山市政路桥工程有限公司", credit_code("91130203", "cgx03"), "付工",
             landline("0315", "cgx03"), "fugong@tsszlq.com", None, "C-GX03")
CGX03_ADDR = "唐山市路北区市政路桥公司材料站"
CGX04 = cust("秦皇岛海港钢结构有限公司", credit_code("91130302", "cgx04"), "严经理",
             landline("0335", "cgx04"), "yan@hgsteelstruct.cn", None, "C-GX04")
CGX04_ADDR = "秦皇岛市海港区海港钢结构厂"
CGX05_NEW = cust("滦州市恒通建材商行", credit_code("92130284", "cgx05"), "牛老板",
                 mobile("cgx05"), None, wxid("cgx05"), None)
CGX05 = dict(CGX05_NEW, customer_id="C-GX05")
CGX05_ADDR = "滦州市响堂镇恒通建材商行货场"

RB = "螺纹钢（HRB400E Φ%d）"

# ---------------- history ----------------
H(T, "Rebar for the established construction group, settled by bank acceptance bill.",
  order("GX-XS-20260902-01", "2026-09-02 09:40", CGX01,
        [item(RB % 20, 600, "吨", 3520), item(RB % 25, 200, "吨", 3500)],
        "银行承兑汇票（6个月）", "email", CGX01_ADDR, "2026-09-12",
        "西山项目二标段主体用料。承兑汇票由集团财务背书转让，票面信息随邮件附上，收票后分批发货。"))
H(T, "First September payment to the regular rebar mill.",
  pay(T, "GX-FK-20260903-01", "2026-09-03 14:20", GX01, 1650000, "货款", "螺纹钢采购款（9月第一批）",
      instr("erp", "金蝶云付款申请单：冀峰钢铁 螺纹钢采购款｜合同GX-CG-2026-031｜发票%s"
            % invoice("gx-h2", "13"), "孟雪"),
      "E3102", ["E3105", "E3101"], contract_id="GX-CG-2026-031", invoice_no=invoice("gx-h2", "13")))
H(T, "Hot-rolled coil for the established Tianjin trader, cash before delivery.",
  order("GX-XS-20260908-01", "2026-09-08 10:05", CGX02,
        [item("热轧卷板（Q235B 4.75mm）", 280, "吨", 3680)],
        "款到发货", "phone", CGX02_ADDR, "2026-09-10", "款下午走网银，车周四到库提货。"))
H(T, "Freight statement e-mailed by the regular carrier and paid after approval.",
  pay(T, "GX-FK-20260910-01", "2026-09-10 16:30", GX03, 46800, "运费", "9月上旬钢材短倒运费",
      instr("email", "钢信商贸财务：\n9月1日至10日短倒运费对账单已核对，共计46,800.00元，"
            "请按合同GX-WL-2026-007付至我司河北银行账户。\n港畅物流 对账组",
            "港畅物流对账组", "duizhang@gangchang-wl.com"),
      "E3102", ["E3105"], contract_id="GX-WL-2026-007", invoice_no=invoice("gx-h4", "13")))
H(T, "Rebar and coil rebar for the municipal road-and-bridge customer on monthly terms.",
  order("GX-XS-20260915-01", "2026-09-15 11:10", CGX03,
        [item("盘螺（HRB400E Φ8）", 90, "吨", 3620), item(RB % 16, 60, "吨", 3540)],
        "月结30天", "email", CGX03_ADDR, "2026-09-18", "滦河大桥引道工程9月计划，按框架协议月结。"))
H(T, "August payroll through the bank's payroll account.",
  pay(T, "GX-FK-20260915-01", "2026-09-15 15:40", GX_PAYROLL, 389460, "工资", "8月工资代发（46人）",
      instr("erp", "金蝶云付款申请单：8月工资代发（46人），工资表经人事、财务复核", "乔振宇"),
      "E3103", ["E3105"]))
H(T, "A small first rebar order from a county building-materials shop, paid by another trading firm on its behalf.",
  order("GX-XS-20260922-01", "2026-09-22 09:30", CGX05_NEW,
        [item(RB % 12, 30, "吨", 3580)], "款到发货", "phone", CGX05_ADDR, "2026-09-22",
        "货款由滦州众诚商贸代付到贵司账户了，麻烦今天装车，工地等着绑筋。"))
H(T, "Strip-steel payment to the regular Fengnan mill.",
  pay(T, "GX-FK-20260924-01", "2026-09-24 15:05", GX02_OLD, 412300, "货款", "热轧带钢采购款",
      instr("erp", "金蝶云付款申请单：恒晟带钢 热轧带钢采购款｜合同GX-CG-2026-044｜发票%s"
            % invoice("gx-h8", "13"), "孟雪"),
      "E3102", ["E3105"], contract_id="GX-CG-2026-044", invoice_no=invoice("gx-h8", "13")))
H(T, "Quarterly storage fee to the port warehouse whose account change dates from December 2025.",
  pay(T, "GX-FK-20261009-01", "2026-10-09 10:20", GX04, 58900, "仓储费", "三季度库位及装卸费",
      instr("erp", "金蝶云付款申请单：瀚海仓储 三季度库位及装卸费｜合同GX-CC-2026-009｜发票%s"
            % invoice("gx-h9", "13"), "孟雪"),
      "E3102", ["E3105"], contract_id="GX-CC-2026-009", invoice_no=invoice("gx-h9", "13"),
      changed_at=GX04_CHANGED))
H(T, "H-beams and angles for the established steel-structure fabricator.",
  order("GX-XS-20261013-01", "2026-10-13 14:00", CGX04,
        [item("H型钢（HN300×150）", 120, "吨", 3760), item("角钢（50×5）", 40, "吨", 3690)],
        "款到发货", "email", CGX04_ADDR, "2026-10-16", "厂房钢结构备料，预付款今天汇出，请留意查收。"))
H(T, "The GM's WeChat reminder to pay the mill, already approved in the ERP.",
  pay(T, "GX-FK-20261020-01", "2026-10-20 16:10", GX01, 980000, "货款", "螺纹钢采购款（10月第二批）",
      instr("im", "孟雪，冀峰10月第二批螺纹钢的款今天安排一下，金蝶里邢经理已经批了，我这边也点了同意。",
            "韩立东（总经理）", GX_BOSS_WX),
      "E3102", ["E3105", "E3101"], contract_id="GX-CG-2026-031", invoice_no=invoice("gx-h11", "13")))
H(T, "Rebar for the construction group's second section, bank acceptance bill again.",
  order("GX-XS-20261028-01", "2026-10-28 10:45", CGX01,
        [item(RB % 18, 450, "吨", 3490)], "银行承兑汇票（6个月）", "email", CGX01_ADDR, "2026-11-05",
        "二标段收尾用料，汇票照旧背书，票据影像件已发财务邮箱。"))

# ---------------- test ----------------
OK(T, [], "Routine: Hot-rolled coil for the established Tianjin trader, paid by online banking.",
   order("GX-XS-20261102-01", "2026-11-02 09:15", CGX02,
         [item("热轧卷板（Q235B 4.75mm）", 300, "吨", 3650)], "款到发货", "phone", CGX02_ADDR,
         "2026-11-04", "还是4.75的卷，要300吨，钱今天上午走网银，车明天到。"))

SCAM(T, "fake_purchaser", "flag",
     ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
      "far_delivery", "free_mail", "contact_mismatch"],
     "A buyer whose name differs from the established construction group by one character, writing from a free-mail box, wants 1,500 t of rebar on 60-day terms delivered to a Tianjin logistics yard.",
     order("GX-XS-20261103-01", "2026-11-03 10:30",
           cust("河北城垣建设集团有限公司", credit_code("91130100", "gx-s1"), "葛经理",
                mobile("gx-s1"), "cyjs_wuzi@163.com", wxid("gx-s1"), None),
           [item(RB % 22, 1500, "吨", 3510)], "到货后60天内付款（承兑或现汇均可）", "email",
           "天津市静海区某钢材物流园B区12号库", "2026-11-09",
           "我们西山项目那边的料一直是你们供的吧，这次是另一个标段，量大，走集团统一结算。"
           "先发到天津库，项目部自己派车去拉。下周一前能到最好。"))

OK(T, ["fake_payment_proof"],
   "Hard negative: The established construction group orders again from its usual contact and pays, as always, with a bank acceptance bill endorsed by its group finance.",
   order("GX-XS-20261104-01", "2026-11-04 14:40", CGX01,
         [item(RB % 20, 900, "吨", 3480)], "银行承兑汇票（6个月）", "email", CGX01_ADDR, "2026-11-20",
         "西山项目三标段开始用料。汇票还是由我们集团财务背书给贵司，票面信息另发邮件，收到票再装车。"))

OK(T, [], "Routine: November rebar payment to the regular mill under the annual contract.",
   pay(T, "GX-FK-20261105-01", "2026-11-05 10:50", GX01, 1230000, "货款", "螺纹钢采购款（11月第一批）",
       instr("erp", "金蝶云付款申请单：冀峰钢铁 螺纹钢采购款｜合同GX-CG-2026-031｜发票%s"
             % invoice("gx-l3", "13"), "孟雪"),
       "E3102", ["E3105", "E3101"], contract_id="GX-CG-2026-031", invoice_no=invoice("gx-l3", "13")))

GX_S2_WX = wxid("gx-s2")
SCAM(T, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
      "far_delivery", "contact_im_only", "urgency"],
     "A self-described state railway-construction project department orders 3.8m of sections by WeChat, says price is no issue, will sign only after delivery and pay in 90 days through 'bureau central purchasing'.",
     order("GX-XS-20261106-01", "2026-11-06 16:20",
           cust("国铁华建第十四工程局集团锡林浩特项目经理部", None, "屈部长", mobile("gx-s2"), None,
                GX_S2_WX, None),
           [item("H型钢（HW300×300）", 800, "吨", 3790), item("工字钢（I25a）", 200, "吨", 3720)],
           "物资到场验收后走局集采结算（90天）", "im", "内蒙古锡林浩特市经济开发区某物流园3号场地",
           "2026-11-28",
           "我们项目部用料都是局物资中心统一下单，你们的报价我看了，价格不用再谈。"
           "合同章在局里，货到了一起签。今年工期压得紧，月底前得全部进场，越快越好。"))

OK(T, ["account_changed_recent", "first_time_payee", "account_change_words"],
   "Hard negative: First payment to the strip mill's new account, keyed from a stamped change letter, confirmed by a call-back to the number on file and a one-yuan test transfer.",
   pay(T, "GX-FK-20261109-01", "2026-11-09 11:00", GX02_NEW, 368500, "货款", "热轧带钢采购款",
       instr("erp", "金蝶云付款申请单：恒晟带钢 热轧带钢采购款｜合同GX-CG-2026-044｜新账户按10月30日盖章"
             "账户变更函登记，邢丽娟当日回拨%s与对方财务核实，11月2日1元试汇已确认到账" % GX02_OLD["phone"],
             "孟雪"),
       "E3102", ["E3105"], contract_id="GX-CG-2026-044", invoice_no=invoice("gx-l4", "13"),
       changed_at="2026-10-30 10:20",
       verification=verif(GX02_OLD["phone"], "E3105", "2026-10-30 11:05")))

GX_S4_WX = wxid("gx-s4")
GX_S4_SUPPLIER_MOB = mobile("gx-s4-supplier")
SCAM(T, "fake_order", "flag",
     ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
      "contact_im_only", "credit_terms_requested"],
     "A 'school' orders rebar and square tube for a sports ground, then adds 160 steel bunk beds it wants us to source from a furniture maker it has fallen out with, all to be settled together.",
     order("GX-XS-20261110-01", "2026-11-10 09:20",
           cust("唐山市路南区育英实验学校", None, "常老师", mobile("gx-s4"), None, GX_S4_WX, None),
           [item(RB % 14, 35, "吨", 3600), item("方矩管（80×80×3）", 12, "吨", 4100),
            item("钢制双层学生床（1.9米）", 160, "张", 680)],
           "验收后学校统一转账", "im", "唐山市路南区育英实验学校新建风雨操场工地", "2026-11-16",
           "学校新建风雨操场，钢材从你们这儿走。另外宿舍要一批双层床，我们一直用乐亭那家金属家具厂的，"
           "上学期因为结款跟他们老板闹得不太愉快，现在不好直接找他。你们帮着从他家进，发票开你们的，"
           "钱跟钢材款一起结给你们。厂家电话我推给你。",
           third_party=third("乐亭县鸿运金属家具厂", GX_S4_SUPPLIER_MOB, "designated_supplier", 108800)))

SCAM(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
      "fake_payment_proof", "im_instruction", "new_contact", "urgency", "deposit_words"],
     "Sales asks to advance half the bunk-bed price to the furniture-maker owner's personal card while the 'school' payment is only a screenshot of a transfer said to take days.",
     pay(T, "GX-FK-20261111-01", "2026-11-11 15:30",
         payee("袁海滨", acct("gx-s5", 19, "62215"), "河北乐亭农村商业银行", "personal",
               phone=GX_S4_SUPPLIER_MOB),
         54400, "定金", "学校指定床厂定金（代采购，50%）",
         instr("im", "学校财务那边已经走了付款流程，截图给你看，公对公要两三个工作日。\n"
               "床厂老板说不见定金不排产，你们先把一半定金给他打过去，下周一宿舍楼验收，拖不起了。",
               "常老师", GX_S4_WX, True),
         "E3110", ["E3105"], order_id="GX-XS-20261110-01"))

OK(T, ["first_time_payee", "deposit_words"],
   "Hard negative: Bid deposit for a county road-steel tender, paid to the account printed in the public tender announcement.",
   pay(T, "GX-FK-20261112-01", "2026-11-12 10:10",
       payee("唐山市公共资源交易中心", acct("gx-l5", 19, "13050"), "中国建设银行唐山分行"),
       80000, "投标保证金", "投标保证金（TSGG-2026-1187）",
       instr("erp", "金蝶云付款申请单：唐山市丰润区2026年农村公路改造工程钢材采购项目投标保证金｜"
             "招标编号TSGG-2026-1187｜收款账户与河北省公共资源交易平台招标公告第三条一致，公告页已打印附后",
             "乔振宇"),
       "E3103", ["E3105"]))

SCAM(T, "contract_fraud", "flag",
     ["fake_payment_proof", "guarantee_unverified", "new_customer", "large_first_order",
      "credit_terms_requested", "urgency"],
     "A new Cangzhou trader 'pays' a 2m plate order with a nine-month commercial acceptance bill drawn by a 'sister company' and wants trucks loaded the next morning.",
     order("GX-XS-20261113-01", "2026-11-13 11:25",
           cust("沧州渤润建材贸易有限公司", credit_code("91130900", "gx-s7"), "庞经理",
                mobile("gx-s7"), "pang@borun-jc.com", None, None),
           [item("中厚板（Q355B 20mm）", 500, "吨", 3980)],
           "电子商业承兑汇票（出票人：河北晟泰实业集团有限公司，9个月）", "email",
           "沧州市运河区渤润建材堆场", "2026-11-14",
           "票已经在系统里提示付款给你们了，你们财务签收一下就行。出票人是我们集团兄弟公司，实力没问题。"
           "车队明早到厂，今天能签收的话明天一早就装。"))

OK(T, ["institution_claim", "new_customer", "credit_terms_requested"],
   "Hard negative: A district transport bureau orders rebar and galvanised pipe after awarding the public tender, with payment from the treasury after acceptance.",
   order("GX-XS-20261116-01", "2026-11-16 09:05",
         cust("唐山市丰润区交通运输局", credit_code("11130208", "gx-l6", ma=False), "邸科长",
              landline("0315", "gx-l6"), "dikz@frjtj-ts.gov.cn", None, None),
         [item(RB % 16, 180, "吨", 3500), item("镀锌管（DN100）", 25, "吨", 4650)],
         "验收合格后30日内国库集中支付", "other", "唐山市丰润区左家坞镇农村公路改造工程项目部",
         "2026-11-30",
         "丰润区2026年农村公路改造工程钢材采购项目中标通知书（TSGG-2026-1187）已在河北省公共资源交易平台公示，"
         "合同双方已签章，按合同附件的批次计划送货，验收单由项目部现场签。"))

SCAM(T, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "unusual_bank_region", "lookalike_domain",
      "email_instruction", "new_contact", "account_change_words"],
     "The carrier's account was re-keyed five days earlier from an e-mail on a look-alike domain (w1 for wl) pointing to a Shenzhen bank, and this freight payment is the first to it.",
     pay(T, "GX-FK-20261117-01", "2026-11-17 14:15", GX03_FAKE, 63200, "运费", "10月下旬至11月上旬短倒运费",
         instr("email", "钢信商贸财务：\n我司河北银行账户年底要配合集团做资金归集，暂停对外收款。"
               "11月起运费请汇至我司平安银行账户（户名不变），账号见附件盖章说明，原账户请勿再付，以免退汇影响对账。\n"
               "本期对账单63,200.00元一并附上。\n港畅物流 财务部",
               "港畅物流财务部", "duizhang@gangchang-w1.com"),
         "E3102", ["E3105"], contract_id="GX-WL-2026-007", invoice_no=invoice("gx-s10", "13"),
         changed_at="2026-11-12 15:40"))

OK(T, ["new_customer", "large_first_order"],
   "Hard negative: A new Chengde builder's large first rebar order, already paid in full into the company account and seen by the cashier.",
   order("GX-XS-20261118-01", "2026-11-18 10:40",
         cust("承德北辰建设工程有限公司", credit_code("91130800", "gx-l9"), "滕经理",
              landline("0314", "gx-l9"), "teng@beichen-build.com", None, None),
         [item(RB % 25, 400, "吨", 3470)], "全款预付，款已到账", "email", "承德市双桥区北辰建设滨河小学项目工地",
         "2026-11-27",
         "11月17日已通过工行对公账户汇入138.8万元，贵司出纳已在网银查到入账，流水号见邮件。"
         "请18日起分三批发货到工地。"))

SCAM(T, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "boss_role", "balance_probe", "bypass_process", "cannot_call",
      "deposit_words", "evasion_pinyin", "urgency", "first_time_payee", "no_approval",
      "just_below_limit"],
     "In a new 'executives' WeChat group the fake GM asks the cashier for both account balances, then orders a 460k 'deposit' to a Beijing project firm, unapproved, while 'at dinner with a client'.",
     pay(T, "GX-FK-20261119-01", "2026-11-19 16:50",
         payee("北京恒远兴业项目管理有限公司", acct("gx-s11", 16, "6216"), "中国民生银行北京分行"),
         460000, "保证金", "项目合作保证金",
         instr("im", "【钢信高管沟通群】\n韩立东：孟雪在吗？把基本户和一般户现在的余额报一下\n"
               "孟雪：韩总，基本户三百一十多万，一般户四十来万\n"
               "韩立东：好。曹妃甸那个项目跟对方谈妥了，今天要先打一笔bao证金过去锁定份额，对方账户我发你\n"
               "韩立东：我这边陪客户吃饭，说话不方便，你先办，单子明天回来我补签",
               "韩立东", wxid("gx-s11-fakeboss"), True),
         "E3102", []))

OK(T, ["far_delivery"],
   "Hard negative: The established fabricator has H-beams dropped at its own construction site in Luanzhou instead of its plant, prepaid as usual.",
   order("GX-XS-20261120-01", "2026-11-20 09:30", CGX04,
         [item("H型钢（HN400×200）", 150, "吨", 3740)], "款到发货", "email",
         "滦州市经济开发区新建厂房项目工地（海港钢结构安装现场）", "2026-11-25",
         "这批H型钢直接送到滦州的厂房工地，收货人是我们现场施工员，款昨天已经打了，发货前请再跟我确认一下卸车时间。"))

SCAM(T, "fake_purchaser", "flag",
     ["small_then_large", "credit_terms_requested", "contact_im_only"],
     "Structural only: The county shop whose first 30 t order was paid by a third party now orders 500 t, sixteen times as much, on month-end credit, in friendly ordinary wording.",
     order("GX-XS-20261123-01", "2026-11-23 10:15", CGX05,
           [item(RB % 12, 300, "吨", 3560), item("盘螺（HRB400E Φ8）", 200, "吨", 3600)],
           "月结（月底对账付款）", "phone", CGX05_ADDR, "2026-11-26",
           "上回那批料工地反映挺好。这次两个楼盘一起开工，量大一点，先发货，月底一块儿对账。"))

SCAM(T, "contract_fraud", "flag",
     ["deposit_words", "fee_asked_of_seller", "bigproject_words", "shell_company", "first_time_payee",
      "evasion_spacing", "no_po_contract"],
     "A three-month-old 'supply-chain' firm claiming the steel package for resettlement housing asks for a 300k performance deposit before any contract, the word written with spaces.",
     pay(T, "GX-FK-20261124-01", "2026-11-24 14:30",
         payee("雄安智建供应链管理有限公司", acct("gx-s8", 19, "10135"), "中国银行雄安分行"),
         300000, "保证金", "钢材年度集采入围履 约 保 证 金",
         instr("erp", "金蝶云付款申请单：雄安智建供应链 钢材年度集采入围履 约 保 证 金｜对方称承接某片区安置房二期、三期"
               "钢材总包，年用量约18万吨，入围供应商须先缴30万元，签约后从首批货款中抵扣｜对方公司2026年8月注册，"
               "注册资本1000万元认缴", "苗国栋"),
         "E3110", ["E3105"]))

OK(T, ["refund_words", "overpayment", "first_time_payee", "sales_order_linked"],
   "Hard negative: The Tianjin trader paid the same coil order twice; both credits are on the bank statement and the duplicate goes back to the account it came from.",
   pay(T, "GX-FK-20261125-01", "2026-11-25 11:05",
       payee(CGX02["name"], acct("cgx02-bank", 19, "02000"), "中国工商银行天津滨海分行",
             phone=CGX02["phone"]),
       1095000, "退款", "原路退回重复付款",
       instr("erp", "金蝶云付款申请单：津港顺达11月2日热轧卷货款网银重复支付，银行流水两笔均已入账，"
             "经对方盛经理盖章函确认，退回其原付款账户", "孟雪"),
       "E3102", ["E3105", "E3101"], order_id="GX-XS-20261102-01"))

GX_S6_WX = wxid("gx-s6")
SCAM(T, "fake_order", "block",
     ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
      "new_customer", "contact_im_only", "evasion_traditional", "evasion_homophone", "urgency"],
     "A 'fire station' orders angles and channels, adds fire hoses from its own supplier for us to pay first, and says its corporate transfer is delayed but a screenshot was sent, writing 'advance' in traditional script and WeChat as a homophone.",
     order("GX-XS-20261126-01", "2026-11-26 15:45",
           cust("唐山市路北区龙泽路消防救援站", None, "聂班长", mobile("gx-s6"), None, GX_S6_WX, None),
           [item("角钢（63×6）", 18, "吨", 3700), item("槽钢（[16）", 14, "吨", 3750),
            item("消防水带（DN65 25米）", 300, "盘", 185)],
           "款到发货", "im", "唐山市路北区龙泽路消防救援站训练塔", "2026-11-28",
           "训练塔改造要角钢槽钢，清单盖了后勤章，发你威信了。另外队里急要300盘水带，"
           "我们一直合作的厂家就在你们那边，你们顺手帮忙墊付一下，货款一起走。我们的付款截图已经发你了，"
           "对公系统延迟，今天下午肯定到。",
           third_party=third("唐山安达消防器材经销部", mobile("gx-s6-supplier"), "designated_supplier", 55500)))

OK(T, ["deposit_words", "account_changed_long_ago"],
   "Hard negative: Next year's storage-bay deposit to the port warehouse under its signed contract, to the account it has been paid on for a year.",
   pay(T, "GX-FK-20261127-01", "2026-11-27 10:20", GX04, 50000, "押金", "曹妃甸库区2027年度库位押金",
       instr("erp", "金蝶云付款申请单：瀚海仓储 2027年度库位押金｜合同GX-CC-2026-009第六条：次年库位以押金锁定，"
             "合同到期无违约全额退还", "孟雪"),
       "E3102", ["E3105"], contract_id="GX-CC-2026-009", changed_at=GX04_CHANGED))

SCAM(T, "overpayment_refund", "block",
     ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
     "A new Baoding buyer says its cashier 'mixed up two orders' and sent 160k too much, and asks that the excess go straight to another trading company instead of back to it.",
     order("GX-XS-20261130-01", "2026-11-30 14:00",
           cust("保定冀联钢材销售有限公司", credit_code("91130600", "gx-s9"), "冯会计", mobile("gx-s9"),
                None, wxid("gx-s9"), None),
           [item("焊管（DN50）", 40, "吨", 4280)], "款到发货", "im", "保定市竞秀区冀联钢材市场", "2026-12-02",
           "不好意思，出纳把两个单子弄混了，打过去的是331,200，多出来16万。这16万本来是要付给曦和商贸的，"
           "麻烦你们直接转给他们，省得来回倒两次。回单在微信里。",
           third_party=third("保定市曦和商贸有限公司", mobile("gx-s9-recipient"), "refund_recipient", 160000)))

SCAM(T, "account_lending", "block",
     ["account_lending_words", "new_customer", "middleman_fee", "contact_im_only", "in_out_match"],
     "A new trader wants 3.2m routed through our corporate account: we keep the price of a small rebar order and forward the rest to a mill the same day for a 'handling fee'.",
     order("GX-XS-20261202-01", "2026-12-02 11:30",
           cust("唐山润鑫商贸有限公司", credit_code("91130203", "gx-s12"), "詹总", mobile("gx-s12"), None,
                wxid("gx-s12"), None),
           [item(RB % 20, 100, "吨", 3500)], "款到发货", "im", "唐山市路北区润鑫商贸堆场", "2026-12-04",
           "我们年底要给上游钢厂付一笔预付款，公户额度这个月用满了。想借贵司对公账户过一下：我们先打320万进来，"
           "你们留下这批螺纹钢的货款，剩下的当天转给迁西那边的钢厂，我们按千分之三给辛苦费。",
           third_party=third("迁西县宏峪钢铁有限公司", landline("0315", "gx-s12-mill"), "pass_through_payee",
                             2850000)))

SCAM(T, "fake_invoice", "flag",
     ["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract", "urgency"],
     "A mailed 'yearbook inclusion confirmation' from an unknown Beijing information centre asks 3,980 for listing maintenance by a deadline, with a small 'this is not an invoice' line.",
     pay(T, "GX-FK-20261203-01", "2026-12-03 14:20",
         payee("北京钢贸通企业信息服务中心", acct("gx-s13", 19, "11001"), "中国建设银行北京西城支行"),
         3980, "服务费", "企业名录年度收录费",
         instr("letter", "《全国钢材流通企业年鉴（2027卷）》入编确认函：贵单位已列入本年度收录名单，"
               "版面及电子数据库年度维护费3980元，请于12月10日前汇款，逾期将不再保留版面。（本函不作为发票）",
               "北京钢贸通企业信息服务中心"),
         "E3103", ["E3105"]))

OK(T, ["im_instruction", "boss_role", "urgency"],
   "Hard negative: The real GM, from the WeChat account finance already knows, hurries a mill payment that was approved in the ERP the same morning.",
   pay(T, "GX-FK-20261204-01", "2026-12-04 10:00", GX01, 1460000, "货款", "螺纹钢采购款（11月结算）",
       instr("im", "孟雪，冀峰那边催11月的螺纹款，今天下班前安排出去，邢经理在系统里批过了，别耽误人家月底盘账。",
             "韩立东（总经理）", GX_BOSS_WX, True),
       "E3102", ["E3105", "E3101"], contract_id="GX-CG-2026-031", invoice_no=invoice("gx-l12", "13")))

OK(T, ["urgency", "off_hours"],
   "Hard negative: Early on a Saturday the municipal road customer's engineer begs for 20 t of rebar the same morning for a deck pour, on its usual monthly terms.",
   order("GX-XS-20261205-01", "2026-12-05 07:10", CGX03,
         [item(RB % 12, 20, "吨", 3580)], "月结30天", "phone", CGX03_ADDR, "2026-12-05",
         "桥面铺装今天浇筑，Φ12的料差20吨，昨晚收工才发现。麻烦今天一早务必发出来，月结照旧。"))

SCAM(T, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "fee_words", "first_time_payee", "im_instruction", "new_contact",
      "urgency", "no_po_contract"],
     "The same railway 'project department' says our quote is shortlisted but we must first pay a platform 'network certification' fee to a technology company.",
     pay(T, "GX-FK-20261207-01", "2026-12-07 11:15",
         payee("北京国采链科技有限公司", acct("gx-s15", 17, "1109"), "招商银行北京望京支行"),
         6800, "服务费", "供应商入网认证费",
         instr("im", "贵司报价已进入我局候选名单。按集团规定，新供应商要先在阳光采购平台完成入网认证，"
               "认证年费6800元，由平台运营方国采链科技收取，发票由他们开。今天认证完，明天就能在平台上签合同。",
               "屈部长", GX_S2_WX),
         "E3110", ["E3105"]))

SCAM(T, "advance_fee", "flag",
     ["loan_fee_words", "deposit_words", "phone_instruction", "new_contact", "first_time_payee",
      "no_po_contract"],
     "A 'supply-chain finance' caller offers 5m of bridge money in three days without a credit check, but first wants a 2% 'risk deposit' paid to his company.",
     pay(T, "GX-FK-20261208-01", "2026-12-08 15:10",
         payee("冀东鑫融供应链管理有限公司", acct("gx-s14", 18, "0313"), "唐山农村商业银行开平支行"),
         100000, "保证金", "过桥资金风险保证金",
         instr("phone", "电话记录：简经理称可为我司办理500万元供应链过桥资金，年化6%，三天放款，不看征信；"
               "放款前须先交2%风险保证金10万元到其公司账户，放款后随首期利息退还。",
               "简经理", mobile("gx-s14")),
         "E3105", ["E3101"]))

OK(T, ["third_party_payer"],
   "Hard negative: The Tianjin trader's controlling shareholder pays for this coil order under a signed three-party payment agreement held by finance.",
   order("GX-XS-20261209-01", "2026-12-09 09:40", CGX02,
         [item("热轧卷板（Q235B 5.75mm）", 200, "吨", 3640)], "款到发货", "phone", CGX02_ADDR, "2026-12-11",
         "本单货款由我司控股股东天津津港实业集团有限公司按三方代付协议（JG-DF-2026-02）从其对公账户支付，"
         "协议原件已寄贵司财务。"))

OK(T, ["deposit_words", "first_time_payee"],
   "Hard negative: Performance deposit under the signed 2027 supply contract with the long-standing construction group, to its basic account named in the contract and confirmed by phone on file.",
   pay(T, "GX-FK-20261210-01", "2026-12-10 14:35",
       payee(CGX01["name"], acct("cgx01-bank", 19, "13050"), "中国建设银行石家庄鹿泉支行",
             phone=CGX01["phone"]),
       260000, "保证金", "西山项目2027年度钢材供货合同履约保证金",
       instr("erp", "金蝶云付款申请单：城垣建工西山项目2027年度钢材供货合同（GX-XS-HT-2026-052，双方已盖章）"
             "第九条约定供方缴纳合同额5%%的履约保证金；收款账户为合同载明的城垣建工基本户，"
             "已回拨客户档案中的%s与褚经理核对" % CGX01["phone"], "孟雪"),
       "E3102", ["E3105"], contract_id="GX-XS-HT-2026-052",
       verification=verif(CGX01["phone"], "E3105", "2026-12-10 11:20")))

OK(T, [], "Routine: Angles and channels for the established fabricator, prepaid.",
   order("GX-XS-20261214-01", "2026-12-14 10:25", CGX04,
         [item("角钢（63×6）", 60, "吨", 3710), item("槽钢（[16）", 30, "吨", 3760)], "款到发货", "email",
         CGX04_ADDR, "2026-12-17", "补一批角钢槽钢，款已汇出，银行流水号发你们邮箱了。"))

OK(T, [], "Routine: December rebar call-off from the municipal road customer on monthly terms.",
   order("GX-XS-20261216-01", "2026-12-16 10:50", CGX03,
         [item(RB % 20, 80, "吨", 3530)], "月结30天", "email", CGX03_ADDR, "2026-12-18",
         "12月计划第二批，送到材料站，月结。"))


# ===========================================================================
# Tenant 2: zhongfeng - 张掖中丰种业有限公司, seeds and farm inputs, Zhangye (Gansu)
# ===========================================================================
T = "zhongfeng"
ZF_NAME = "张掖中丰种业有限公司"
PAYER[T] = (acct("zf-payer", 17, "2707"), ZF_NAME)

ZF01 = payee("甘肃祁连沃土化肥有限公司", acct("zf-v01", 19, "62013"), "甘肃银行张掖分行",
             vendor_id="V-ZF01", phone=landline("0936", "zf-v01"))
ZF01_FAKE = payee("甘肃祁连沃土化肥有限公司", acct("zf-v01-new", 16, "7751"), "中国光大银行郑州分行",
                  vendor_id="V-ZF01", phone=ZF01["phone"])
ZF02 = payee("武威天骏塑业有限公司", acct("zf-v02", 18, "6205"), "甘肃武威农村商业银行",
             vendor_id="V-ZF02", phone=landline("0935", "zf-v02"))
ZF03 = payee("张掖市甘州区驰远货运有限公司", acct("zf-v03", 19, "62070"), "张掖农村商业银行甘州支行",
             vendor_id="V-ZF03", phone=landline("0936", "zf-v03"))
ZF_F11 = payee("鲁占山", acct("zf-f11", 19, "62310"), "张掖农村商业银行临泽支行", "personal",
               vendor_id="F-ZF011", phone=mobile("zf-f11"))
ZF_F12 = payee("雷秀芳", acct("zf-f12", 19, "62218"), "中国邮政储蓄银行张掖市甘州区支行", "personal",
               vendor_id="F-ZF012", phone=mobile("zf-f12"))
ZF_PAYROLL = payee("中国农业银行张掖分行（代发工资专户）", acct("zf-payroll", 17, "2707"),
                   "中国农业银行张掖分行", vendor_id="PAY-ZF")

CZF01 = cust("民乐县洪水河谷种植农民专业合作社", credit_code("93620722", "czf01"), "寇长林",
             landline("0936", "czf01"), None, None, "C-ZF01")
CZF01_ADDR = "民乐县洪水镇洪水河谷合作社农资库"
CZF02 = cust("山丹县大马营镇瑞禾家庭农场", credit_code("92620725", "czf02"), "卓建军",
             mobile("czf02"), "ruihe_farm@163.com", None, "C-ZF02")
CZF02_ADDR = "山丹县大马营镇瑞禾家庭农场种薯窖"
CZF03 = cust("酒泉市肃州区金穗农资经销有限公司", credit_code("91620902", "czf03"), "景经理",
             landline("0937", "czf03"), "jing@jinsuinz.com", None, "C-ZF03")
CZF03_ADDR = "酒泉市肃州区金穗农资仓库"
CZF04 = cust("蔺福祥", None, "蔺福祥", mobile("czf04"), None, wxid("czf04"), "C-ZF04")
CZF04_ADDR = "张掖市甘州区党寨镇蔺福祥农资门市"

CORN = "玉米种子（丰玉536 单粒精播 2.5万粒/袋）"
NPK = "复合肥（17-17-17）"
SPUD = "马铃薯种薯（原种 一级）"
TAPE = "滴灌带（16mm 内镶贴片式）"

# ---------------- history ----------------
H(T, "Autumn base fertiliser for the long-standing cooperative on its usual after-harvest credit.",
  order("ZF-DD-20260902-01", "2026-09-02 10:20", CZF01, [item(NPK, 80, "吨", 2950)],
        "秋后结算（12月31日前）", "phone", CZF01_ADDR, "2026-09-08",
        "秋翻地底肥，按合作社跟贵司多年的赊销协议，秋粮卖了统一结，理事会决议已传真过去。"))
H(T, "Fertiliser purchase from the regular supplier.",
  pay(T, "ZF-FK-20260904-01", "2026-09-04 15:10", ZF01, 318000, "货款", "复合肥采购款",
      instr("erp", "T+付款单：沃土化肥 复合肥采购款｜合同ZF-CG-2026-022｜发票%s" % invoice("zf-h2", "62"),
            "安秀英"),
      "E5205", ["E5203", "E5201"], contract_id="ZF-CG-2026-022", invoice_no=invoice("zf-h2", "62")))
H(T, "Tomato seed for a village broker buying for several greenhouse growers.",
  order("ZF-DD-20260909-01", "2026-09-09 11:30", CZF04, [item("番茄种子（粉果 1000粒/袋）", 300, "袋", 45)],
        "款到发货", "phone", CZF04_ADDR, "2026-09-10", "党寨几个棚户一起要的，钱我手机银行转过去了，明天一早来拉。"))
H(T, "Seed-production advance to a contract grower's own bank card.",
  pay(T, "ZF-FK-20260914-01", "2026-09-14 16:00", ZF_F11, 36000, "制种款", "2026年制种玉米预付款",
      instr("erp", "T+付款单：临泽县沙河镇制种户鲁占山 制种玉米预付款（制种合同ZF-ZZ-2026-118，60亩×600元），付本人银行卡",
            "安秀英"),
      "E5205", ["E5203"], contract_id="ZF-ZZ-2026-118"))
H(T, "Next spring's hybrid-corn seed for the established Jiuquan distributor.",
  order("ZF-DD-20260918-01", "2026-09-18 10:40", CZF03, [item(CORN, 2000, "袋", 165)],
        "款到发货", "email", CZF03_ADDR, "2026-09-25", "明年春播的预订量，款本周内汇到，开专票。"))
H(T, "September payroll.",
  pay(T, "ZF-FK-20260930-01", "2026-09-30 14:20", ZF_PAYROLL, 412580, "工资", "9月工资代发（63人）",
      instr("erp", "T+付款单：9月工资代发（63人），工资表已由人事和财务负责人签字", "包文静"),
      "E5207", ["E5203", "E5201"]))
H(T, "Seed potatoes for the established family farm, 30% deposit paid.",
  order("ZF-DD-20261012-01", "2026-10-12 10:50", CZF02, [item(SPUD, 120, "吨", 2600)],
        "定金30%（93,600元）已付，余款提货前结清", "email", CZF02_ADDR, "2026-10-20",
        "种薯入窖过冬，明年四月播种，提货前把余款打过去。"))
H(T, "Freight to the regular haulier.",
  pay(T, "ZF-FK-20261015-01", "2026-10-15 15:30", ZF03, 28650, "运费", "10月上半月种子发运运费",
      instr("erp", "T+付款单：驰远货运 10月上半月种子发运运费｜合同ZF-WL-2026-003｜发票%s"
            % invoice("zf-h8", "62"), "安秀英"),
      "E5205", ["E5203"], contract_id="ZF-WL-2026-003", invoice_no=invoice("zf-h8", "62")))
H(T, "Seed-corn settlement to a contract grower's own bank card.",
  pay(T, "ZF-FK-20261020-01", "2026-10-20 11:10", ZF_F12, 54320, "制种款", "2026年制种玉米收购结算款",
      instr("erp", "T+付款单：甘州区党寨镇制种户雷秀芳 制种玉米收购结算款（合同ZF-ZZ-2026-064，"
            "入库干籽及扣款明细见结算单JS-1020-07），付本人银行卡", "安秀英"),
      "E5205", ["E5203"], contract_id="ZF-ZZ-2026-064"))
H(T, "Fertiliser for the village broker, paid in advance.",
  order("ZF-DD-20261026-01", "2026-10-26 09:50", CZF04, [item(NPK, 10, "吨", 3000)],
        "款到发货", "phone", CZF04_ADDR, "2026-10-27", "冬灌前给几家大户备的肥，款已转。"))
H(T, "Drip-tape purchase from the regular plastics supplier.",
  pay(T, "ZF-FK-20261028-01", "2026-10-28 16:10", ZF02, 146000, "货款", "滴灌带采购款",
      instr("erp", "T+付款单：天骏塑业 滴灌带采购款｜合同ZF-CG-2026-031｜发票%s" % invoice("zf-h11", "62"),
            "安秀英"),
      "E5205", ["E5203", "E5201"], contract_id="ZF-CG-2026-031", invoice_no=invoice("zf-h11", "62")))

# ---------------- test ----------------
OK(T, ["credit_terms_requested"],
   "Hard negative: The long-standing cooperative books next year's seed and fertiliser on the same after-harvest credit it has had for years, with a board resolution.",
   order("ZF-DD-20261102-01", "2026-11-02 10:05", CZF01,
         [item(CORN, 1800, "袋", 160), item(NPK, 60, "吨", 2980)],
         "秋后结算（2027年10月31日前）", "phone", CZF01_ADDR, "2027-03-15",
         "合作社2027年统一供种，还是按老协议秋后结账，理事会决议和担保函原件下周送来，社员名单附后。"))

SCAM(T, "fake_purchaser", "flag",
     ["contact_mismatch", "far_delivery", "credit_terms_requested", "contact_im_only"],
     "Structural only: An order in the name of the established Jiuquan distributor comes from an unknown mobile and WeChat, to be shipped to Inner Mongolia on 45-day terms; the wording is plain.",
     order("ZF-DD-20261103-01", "2026-11-03 14:30",
           cust(CZF03["name"], CZF03["credit_code"], "景经理", mobile("zf-s1"), None, wxid("zf-s1"), "C-ZF03"),
           [item(CORN, 5000, "袋", 165)], "货到45天付款", "im", "内蒙古巴彦淖尔市临河区某物流园中转库",
           "2026-11-12", "今年这批发临河的库，量比往年大，到货后一个半月付清，开票信息不变。"))

OK(T, ["new_customer", "contact_im_only", "evasion_fullwidth"],
   "Hard negative: A farmer with only a mobile number reserves onion seed for spring, typing the acreage in full-width digits, and pays at the shop counter.",
   order("ZF-DD-20261104-01", "2026-11-04 11:20",
         cust("尚德明", None, "尚德明", mobile("zf-l3"), None, None, None),
         [item("洋葱种子（黄皮 500克/罐）", 6, "罐", 380)], "现款自提（已在门市付清）", "phone",
         "高台县南华镇尚德明自提", "2026-12-20",
         "明年开春种１２亩洋葱，先把种子订下，腊月里来拉。"))

SCAM(T, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
      "residential_delivery", "contact_im_only"],
     "A 'demonstration-park management committee' orders 60 t of wheat seed by WeChat, to be paid when provincial money arrives next year, and wants it unloaded in a villager's yard.",
     order("ZF-DD-20261105-01", "2026-11-05 15:40",
           cust("高台县现代农业示范园区管委会物资保障科", credit_code("11620724", "zf-s2", ma=False), "闫科长",
                mobile("zf-s2"), None, wxid("zf-s2"), None),
           [item("小麦种子（春小麦 甘春9号）", 60, "吨", 5200)], "财政资金到位后支付（预计2027年3月）", "im",
           "高台县骆驼城镇前进村七社闫家院子", "2026-11-10",
           "园区冬储良种，资金是省里的项目款，年后才下达，先把种子发过来入库。园区仓库在改造，"
           "先卸在村里闫家院子，有人看着。"))

OK(T, ["personal_account", "just_below_limit"],
   "Hard negative: Seed-corn settlement to a contract grower's own card, net of the September advance and inputs, exactly as the season's contract sets out.",
   pay(T, "ZF-FK-20261106-01", "2026-11-06 10:10", ZF_F11, 93480, "制种款", "2026年制种玉米收购结算款",
       instr("erp", "T+付款单：鲁占山 制种玉米收购结算款（合同ZF-ZZ-2026-118：60亩，入库干籽26.7吨×5,850元=156,195元，"
             "扣9月预付款36,000元及亲本种子、地膜款26,715元），付本人银行卡", "安秀英"),
       "E5205", ["E5203"], contract_id="ZF-ZZ-2026-118"))

ZF_S3_WX = wxid("zf-s3")
SCAM(T, "fake_order", "flag",
     ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
      "contact_im_only", "evasion_traditional"],
     "A 'garrison farm logistics office' orders seed potatoes and fertiliser, then wants us to buy greenhouse quilts from a factory it has quarrelled with and advance the money, key words in traditional characters.",
     order("ZF-DD-20261109-01", "2026-11-09 09:50",
           cust("驻张掖某部队农场后勤处", None, "欧阳助理", mobile("zf-s3"), None, ZF_S3_WX, None),
           [item(SPUD, 20, "吨", 2600), item(NPK, 15, "吨", 3000), item("温室保温被（8米×1.5米）", 200, "床", 260)],
           "部队统一结算", "im", "张掖市甘州区某部队农场", "2026-11-15",
           "开春种土豆的种薯和肥料找你们。大棚保温被我们有个一直合作的厂家，上次結賬闹了点矛盾，"
           "麻烦你们出面帮忙採購一下，钱你们先墊上，跟种薯肥料一起走部队結算。",
           third_party=third("张掖市甘州区暖棚保温材料厂", mobile("zf-s3-supplier"), "designated_supplier", 52000)))

SCAM(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof",
      "im_instruction", "new_contact", "urgency"],
     "The 'garrison farm' sends a transfer slip it says takes days through a military account and presses sales to pay the quilt factory 52k today.",
     pay(T, "ZF-FK-20261110-01", "2026-11-10 16:20",
         payee("张掖市甘州区暖棚保温材料厂", acct("zf-s4", 18, "6207"), "张掖农村商业银行甘州支行"),
         52000, "货款", "部队农场指定厂家保温被款（代采）",
         instr("im", "部队财务的转账凭证发你了，军队资金走的是专户，到地方账户得三到五个工作日。"
               "保温被厂那边今天不交钱不发货，棚里菜苗等不起，你们先把5.2万付了，到账一起扣。",
               "欧阳助理", ZF_S3_WX, True),
         "E5210", ["E5203"], order_id="ZF-DD-20261109-01"))

OK(T, ["institution_claim", "new_customer", "credit_terms_requested"],
   "Hard negative: A county agricultural extension centre orders demonstration seed under a published provincial procurement award, paid by the treasury after acceptance.",
   order("ZF-DD-20261111-01", "2026-11-11 11:00",
         cust("临泽县农业技术推广服务中心", credit_code("12620723", "zf-l2", ma=False), "芮主任",
              landline("0936", "zf-l2"), "njzx@lzagri-ext.gov.cn", None, None),
         [item(CORN, 1200, "袋", 158)], "验收合格后财政直接支付", "other", "临泽县各乡镇农技站（按分配表）",
         "2027-02-28",
         "甘肃省政府采购网2027年良种示范推广项目成交公告（LZCG-2026-0957），合同已在平台签订，"
         "按合同附件分配表送到各乡镇农技站。"))

SCAM(T, "fake_order", "flag",
     ["remote_control", "evasion_homophone", "new_customer", "contact_im_only", "urgency",
      "fake_payment_proof"],
     "A new family farm says it paid on an agri 'platform' where the money is frozen, and sends us to a 'customer service' WeChat, spelt with a homophone, to install an app and share our screen.",
     order("ZF-DD-20261112-01", "2026-11-12 14:50",
           cust("民勤县沙井子众鑫家庭农场", credit_code("92620621", "zf-s5"), "贾场长", mobile("zf-s5"), None,
                wxid("zf-s5"), None),
           [item(NPK, 30, "吨", 3000)], "平台担保交易", "im", "民勤县沙井子众鑫家庭农场", "2026-11-14",
           "钱我在惠农通平台上付了，平台提示你们商户没开通收款保障，钱被冻结在平台里。客服说要你们下个商家版，"
           "开屏幕共享，她一步步教你们解冻，加一下客服薇信 hnt-kefu08。今天弄好我这边就能发车。"))

OK(T, ["deposit_words", "far_delivery", "free_mail"],
   "Hard negative: The established family farm, writing from its usual 163 mailbox, orders drip tape for newly rented land with the deposit already received.",
   order("ZF-DD-20261113-01", "2026-11-13 10:30", CZF02, [item(TAPE, 1200, "卷", 210)],
         "定金5万元已到账，余款发货前结清", "email", "山丹县位奇镇瑞禾农场二分场（新流转地块）", "2027-03-20",
         "明年新流转了八百亩地，滴灌带先订下，开春直接送到二分场。定金昨天打的，贵司会计已经回话收到了。"))

SCAM(T, "fake_order", "flag",
     ["fee_asked_of_seller", "deposit_words", "evasion_fullwidth", "evasion_pinyin", "new_customer",
      "contact_im_only"],
     "A Lanzhou 'platform buyer' says we must first pay an 8,000 platform deposit, typed as full-width ｂｚｊ, before its orders can be pushed to us.",
     order("ZF-DD-20261116-01", "2026-11-16 15:20",
           cust("兰州陇源优选供应链有限公司", credit_code("91620100", "zf-s6"), "祝经理", mobile("zf-s6"), None,
                wxid("zf-s6"), None),
           [item("有机肥（颗粒）", 200, "吨", 820)], "平台担保交易（确认收货后放款）", "im",
           "兰州市七里河区陇源优选分拣仓", "2026-11-25",
           "我们是在平台上集采的，贵司得先入驻成为认证商家，交８０００的ｂｚｊ开通担保收款，钱万一退不了平台兜底。"
           "开通后订单马上推过来，以后每个月都有单。",
           fees=[fee("平台保证金", 8000)]))

OK(T, ["personal_account", "first_time_payee", "middleman_fee"],
   "Hard negative: A village broker's commission under his signed brokerage agreement, per tonne of seed he organised growers to deliver, paid to his own card.",
   pay(T, "ZF-FK-20261117-01", "2026-11-17 10:45",
       payee("蔺福祥", acct("zf-l7", 19, "62284"), "中国农业银行张掖党寨支行", "personal", phone=CZF04["phone"]),
       10620, "服务费", "2026年制种收购组织服务佣金",
       instr("erp", "T+付款单：蔺福祥组织党寨镇17户制种户交售干籽共88.5吨，按经纪服务协议ZF-JJ-2026-07每吨120元"
             "计付佣金，交售明细经制种部马骁核对", "安秀英"),
       "E5205", ["E5203"], contract_id="ZF-JJ-2026-07"))

SCAM(T, "contract_fraud", "flag",
     ["fee_asked_of_seller", "deposit_words", "fee_words", "bigproject_words", "shell_company",
      "new_customer", "large_first_order", "credit_terms_requested"],
     "A four-month-old 'industrial park developer' places a 2.2m order but requires a 5% performance deposit and a vetting fee before signing on its own template at its office.",
     order("ZF-DD-20261118-01", "2026-11-18 14:10",
           cust("甘肃河西走廊现代种业产业园开发有限公司", credit_code("91620700", "zf-s7"), "薄总",
                mobile("zf-s7"), "bo@hxzl-zyy.com", None, None),
           [item(CORN, 8000, "袋", 165), item(NPK, 300, "吨", 2980)], "产业园项目资金拨付后分期支付", "email",
           "张掖市甘州区某现代种业产业园一期", "2027-03-31",
           "省级重点项目，三万亩制种基地一期，供种供肥都从你们这儿走。按园区招商规定，供应商签约前先交5%履约保证金和审核费，"
           "项目资金到位后随首笔货款一起退。公司是7月份为这个项目新注册的平台公司。合同用我们的模板，约个时间来我们办公室签。",
           fees=[fee("履约保证金（合同额5%）", 110700), fee("入园供应商资质审核费", 6000)]))

OK(T, ["subsidy_words"],
   "Hard negative: The winter heating allowance decided by management is paid to all staff through the usual payroll account.",
   pay(T, "ZF-FK-20261119-01", "2026-11-19 09:35", ZF_PAYROLL, 113400, "福利费", "2026年度职工冬季取暖补贴代发（63人）",
       instr("erp", "T+付款单：按公司2026年第11号总经理办公会纪要，职工冬季取暖补贴每人1,800元，通过农行代发专户发放，"
             "明细经人事核对", "包文静"),
       "E5207", ["E5203", "E5201"]))

SCAM(T, "overpayment_refund", "block",
     ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only",
      "urgency"],
     "A new private buyer shows a mobile-banking screenshot of 100k for a 66k seed order and wants the 34k 'excess' sent to his sister's card.",
     order("ZF-DD-20261120-01", "2026-11-20 16:00",
           cust("邵春林", None, "邵春林", mobile("zf-s9"), None, wxid("zf-s9"), None),
           [item(CORN, 400, "袋", 165)], "款到发货", "im", "酒泉市金塔县邵春林自提", "2026-11-23",
           "手机银行转了十万，截屏发你了，比货款多出三万四。多的那部分是我妹妹的钱，麻烦直接转她卡上，她那边着急用。"
           "种子我周一来拉。",
           third_party=third("邵春燕（个人，建设银行）", mobile("zf-s9-sister"), "refund_recipient", 34000)))

OK(T, ["third_party_payer"],
   "Hard negative: The county supply-and-marketing cooperative pays for the cooperative's mulch film under a stamped three-party agreement.",
   order("ZF-DD-20261123-01", "2026-11-23 11:40", CZF01, [item("地膜（0.01mm 加厚）", 25, "吨", 11800)],
         "款到发货（由民乐县供销合作社代付）", "phone", CZF01_ADDR, "2026-11-30",
         "地膜款由县供销社按“供销社+合作社+企业”三方协议（MLGX-2026-031）从供销社对公账户支付，协议已盖章，"
         "原件在贵司业务部。"))

SCAM(T, "contract_fraud", "flag",
     ["personal_account", "first_time_payee", "deposit_words", "personal_account_pretext",
      "payee_name_mismatch", "bypass_process"],
     "A land-cooperation deposit under a contract with a land cooperative is to go to its chairman's personal card because the cooperative's account is 'being changed', signature page to follow.",
     pay(T, "ZF-FK-20261124-01", "2026-11-24 15:15",
         payee("祁建荣", acct("zf-s8", 19, "62170"), "中国建设银行临泽支行", "personal"),
         80000, "保证金", "制种基地流转合作保证金",
         instr("erp", "T+付款单：临泽县板桥镇2027年制种基地合作（合同对方：临泽县板桥瑞丰土地股份合作社）首期合作保证金。"
               "对方理事长称合作社公户正在变更法人，要求先打到他本人卡上，合同签字页后补", "马骁"),
         "E5212", ["E5203"], contract_id="ZF-ZZ-2027-003"))

OK(T, ["new_customer", "credit_terms_requested", "deposit_words", "free_mail"],
   "Hard negative: A new vegetable family farm with a QQ mailbox orders fertiliser, 30% deposit already in the bank and the rest cash on delivery.",
   order("ZF-DD-20261125-01", "2026-11-25 10:20",
         cust("甘州区碱滩镇兴旺蔬菜种植家庭农场", credit_code("92620702", "zf-l10"), "毛场长", mobile("zf-l10"),
              "xingwang_nc@qq.com", None, None),
         [item(NPK, 40, "吨", 2980), item("有机肥（颗粒）", 60, "吨", 820)], "定金30%已到账，余款货到付款", "phone",
         "甘州区碱滩镇兴旺蔬菜种植家庭农场", "2026-12-05",
         "日光温室冬茬用肥，定金五万零五百二已经打到你们公户，你们会计核过了，剩下的货到了当场转。"))

SCAM(T, "overpayment_refund", "block",
     ["refund_words", "refund_to_other_account", "personal_account", "first_time_payee", "in_out_match",
      "im_instruction", "new_contact", "personal_account_pretext", "off_hours"],
     "After 86k arrives from a trading company nobody knows, a 'cooperative accountant' cancels the 'order' and wants the money refunded to a cashier's personal card because the cooperative account is 'frozen'.",
     pay(T, "ZF-FK-20261126-01", "2026-11-26 18:50",
         payee("聂秋菊", acct("zf-s10", 19, "62226"), "中国工商银行武威分行", "personal"),
         86000, "退款", "退还订货款",
         instr("im", "您好，我们合作社今天上午用凉州区鑫农商贸的账户给贵司打了86000，本来是订复合肥的，理事会没通过，订单取消。"
               "合作社公户被冻结了退不回去，麻烦把这8.6万退到我们出纳聂秋菊个人卡上，卡号在下面。",
               "马会计", wxid("zf-s10")),
         "E5210", ["E5203"]))

OK(T, [], "Routine: Seed-corn order from the established Jiuquan distributor through its usual landline and mailbox, prepaid.",
   order("ZF-DD-20261127-01", "2026-11-27 14:40", CZF03, [item(CORN, 1500, "袋", 165)], "款到发货", "email",
         CZF03_ADDR, "2026-12-04", "补一批丰玉536，款今天下午汇出，发票照旧。"))

SCAM(T, "fake_salary", "block",
     ["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "email_instruction",
      "new_contact", "free_mail"],
     "A free-mail message 'from' a salesman asks that his November pay go to his wife's card at another bank while his own card is 'being replaced'.",
     pay(T, "ZF-FK-20261130-01", "2026-11-30 10:10",
         payee("梁玉珍", acct("zf-s11", 19, "62170"), "中国建设银行兰州城关支行", "personal"),
         7860, "工资", "11月工资（焦宏伟）",
         instr("email", "路经理好，我原来那张农行工资卡丢了在补办，这个月工资麻烦先打到我爱人梁玉珍的建行卡上，"
               "卡号已经填在付款单里了，下个月开始恢复原卡。谢谢！焦宏伟",
               "焦宏伟", "jiaohw1988@163.com"),
         "E5207", ["E5203"]))

OK(T, ["contact_im_only"],
   "Hard negative: The established village broker orders tomato seed on WeChat with only his mobile, as he always does, and pays in advance.",
   order("ZF-DD-20261201-01", "2026-12-01 09:20", CZF04, [item("番茄种子（粉果 1000粒/袋）", 250, "袋", 45)],
         "款到发货", "im", CZF04_ADDR, "2026-12-02", "冬茬育苗的，钱晚上转帐给你们，明早来门市拉。"))

SCAM(T, "authority_impersonation", "block",
     ["safe_account_words", "authority_words", "secrecy_words", "phone_instruction", "new_contact",
      "first_time_payee", "no_approval", "evasion_pinyin", "evasion_traditional"],
     "A caller posing as the central bank's anti-money-laundering section tells the cashier to move 480k into a 'supervision account' for fund verification and tell no one, some words in traditional script and pinyin.",
     pay(T, "ZF-FK-20261202-01", "2026-12-02 16:30",
         payee("甘肃瑞安达商贸有限公司", acct("zf-s12", 16, "6230"), "兰州银行城关支行"),
         480000, "其他", "资金核查",
         instr("phone", "来电记录（自称人民银行反洗钱科穆科长）：我司基本户涉嫌为一起跨省洗钱案过账，需将账户资金转入監管賬戶"
               "做资金核查，核查无误48小时内原路退回。对方要求不得告诉其他人，包括公司领导，否则按妨碍调查处理。"
               "对方短信发来的aqzh信息已填入付款单。",
               "穆科长", landline("0931", "zf-s12")),
         "E5205", []))

OK(T, ["refund_words", "deposit_words", "first_time_payee", "sales_order_linked"],
   "Hard negative: The family farm cut its seed-potato order in writing, and the excess deposit goes back to the account it was paid from.",
   pay(T, "ZF-FK-20261203-01", "2026-12-03 11:10",
       payee(CZF02["name"], acct("czf02-bank", 19, "62284"), "中国农业银行山丹支行", phone=CZF02["phone"]),
       23400, "退款", "原路退回种薯定金差额",
       instr("erp", "T+付款单：瑞禾家庭农场10月12日种薯订单由120吨调减为90吨（卓建军11月30日书面变更并盖章），"
             "按比例退回多收定金23,400元，原路退回其10月12日付款账户（农行入账回单已核对）", "安秀英"),
       "E5205", ["E5203"], order_id="ZF-DD-20261012-01"))

SCAM(T, "advance_fee", "block",
     ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "new_contact"],
     "A 'loan service' on WeChat says an approved 2m farm loan is frozen over a name error and a 20k 'unfreezing fee' must go to a risk officer's personal account.",
     pay(T, "ZF-FK-20261204-01", "2026-12-04 14:05",
         payee("蒋立伟", acct("zf-s13", 19, "62148"), "中国民生银行西安分行", "personal"),
         20000, "手续费", "贷款解冻金",
         instr("im", "贵司申请的200万惠农流动资金贷款已审批，放款时因收款账户户名有误被系统冻结，需缴纳贷款额1%的解冻金2万元"
               "至风控专员个人账户做还款能力验证，解冻后30分钟内放款。", "惠农e贷客服", wxid("zf-s13")),
         "E5203", ["E5201"]))

OK(T, ["new_customer", "evasion_traditional", "far_delivery"],
   "Hard negative: A Hong Kong seed distributor writes in traditional characters that its telegraphic transfer has already been credited and asks us to arrange export.",
   order("ZF-DD-20261207-01", "2026-12-07 10:30",
         cust("香港裕豐種苗貿易有限公司", None, "鄧先生", None, "orders@yufungseeds.hk", None, None),
         [item("洋葱种子（黄皮 500克/罐）", 200, "罐", 360)], "电汇预付（已到账）", "email",
         "香港新界元朗裕豐種苗倉", "2027-01-15",
         "貨款折合人民幣72,000元已於12月4日電匯至貴司中國銀行帳戶，貴司財務已回覆確認收妥，請安排報關出口。"))

SCAM(T, "task_rebate", "block",
     ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "evasion_homophone",
      "evasion_pinyin"],
     "A storekeeper files an advance request to 'finish three platform tasks' and withdraw principal plus rebate, with the payee a private account the platform chose.",
     pay(T, "ZF-FK-20261208-01", "2026-12-08 15:50",
         payee("卢晓敏", acct("zf-s14", 19, "62179"), "中国银行南宁分行", "personal"),
         19800, "借支", "备用金借支",
         instr("erp", "T+借支单：仓管员闵小军申请借支19,800元。事由：刷dan平台的任务还差三单就能全部提现，"
               "本金加返力一起退，最迟周五还到公司账上；收款人为平台指定的卢晓敏个人账户", "闵小军"),
         "E5216", ["E5203"]))

SCAM(T, "contract_fraud", "flag",
     ["guarantee_unverified", "credit_terms_requested", "new_customer", "large_first_order"],
     "A new Dingxi potato trader offers a scanned 'on-demand bank guarantee' from a village bank to get 818k of goods on 90-day credit.",
     order("ZF-DD-20261209-01", "2026-12-09 10:40",
           cust("定西市安定区薯都农产品供应链有限公司", credit_code("91621102", "zf-s18"), "申经理",
                mobile("zf-s18"), "shen@shudu-scm.com", None, None),
           [item(SPUD, 200, "吨", 2600), item(NPK, 100, "吨", 2980)], "凭银行保函赊销，货到90天付款", "email",
           "定西市安定区薯都农产品冷库", "2026-12-20",
           "我们给贵司出一份见索即付的银行保函，担保额90万，开函行是我们当地村镇银行的营业部，扫描件先发你，"
           "原件随后快递。保函一到就请安排发货，明年三月底前付清。"))

SCAM(T, "account_lending", "block",
     ["account_lending_words", "in_out_match", "middleman_fee", "first_time_payee", "im_instruction",
      "new_contact", "urgency"],
     "A 'customer' says the 380k that reached our account the day before was someone else's money and asks us to forward 368k to a Lanzhou firm today, keeping 12k for the trouble.",
     pay(T, "ZF-FK-20261210-01", "2026-12-10 14:45",
         payee("兰州恒利达商贸有限公司", acct("zf-s15", 18, "6229"), "甘肃银行兰州安宁支行"),
         368000, "货款", "代付款",
         instr("im", "焦经理，昨天打到贵司账上的38万收到了吧？那笔是我们一个客户的货款，我们公户年底审计不方便收，"
               "就借你们账户走一下。麻烦今天把36.8万转到兰州恒利达，剩下1.2万是给你们的辛苦钱。",
               "武总", wxid("zf-s15")),
         "E5210", ["E5203", "E5201"]))

SCAM(T, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
     "Structural only: The fertiliser supplier's bank account was re-keyed nine days ago to a Zhengzhou bank, and this routine-looking invoice payment is the first to it.",
     pay(T, "ZF-FK-20261211-01", "2026-12-11 10:00", ZF01_FAKE, 264000, "货款", "11月复合肥货款",
         instr("erp", "T+付款单：沃土化肥 11月复合肥货款｜合同ZF-CG-2026-022｜发票%s" % invoice("zf-s16", "62"),
               "安秀英"),
         "E5205", ["E5203", "E5201"], contract_id="ZF-CG-2026-022", invoice_no=invoice("zf-s16", "62"),
         changed_at="2026-12-02 16:40"))

OK(T, ["urgency", "off_hours", "credit_terms_requested"],
   "Hard negative: On a Saturday morning the long-standing cooperative urgently wants pepper seed and fertiliser for greenhouse transplanting, on its usual after-harvest credit.",
   order("ZF-DD-20261212-01", "2026-12-12 08:05", CZF01,
         [item("辣椒种子（线椒 1000粒/袋）", 180, "袋", 58), item(NPK, 5, "吨", 3000)], "秋后结算", "phone",
         CZF01_ADDR, "2026-12-12", "日光温室这茬辣椒苗等着定植，今天上午务必发车，晚了苗就老了。"))

OK(T, [], "Routine: The cooperative buys winter-stock drip tape and pays for this batch up front.",
   order("ZF-DD-20261214-01", "2026-12-14 11:30", CZF01, [item(TAPE, 600, "卷", 210)], "款到发货", "phone",
         CZF01_ADDR, "2026-12-18", "冬储滴灌带，这批合作社账上有钱，先付款，下午转账。"))

SCAM(T, "boss_impersonation", "flag",
     ["im_instruction", "new_contact", "boss_role", "cannot_call", "bypass_process", "secrecy_words",
      "urgency", "deposit_words", "first_time_payee", "no_approval", "just_below_limit", "off_hours"],
     "At night a new DingTalk account 'of the GM' tells the cashier to pay a 98k seed-station deposit before morning, not to call and not to tell the finance manager.",
     pay(T, "ZF-FK-20261216-01", "2026-12-16 19:40",
         payee("甘肃金种源种业科技有限公司", acct("zf-s17", 19, "62150"), "甘肃银行武威分行"),
         98000, "定金", "种子站合作协议定金",
         instr("im", "小安，我在兰州开会，手机快没电了，别打过来。\n种子站那个合作协议今晚要把9.8万的定金付掉，不然名额给别人了，"
               "收款账户发你了，明天我签字补手续。\n先别跟路经理说，她那边流程慢。",
               "甄永年 总经理", "dingtalk:zhenyn-2026"),
         "E5205", []))

OK(T, [], "Routine: December payroll through the bank's payroll account.",
   pay(T, "ZF-FK-20261230-01", "2026-12-30 16:00", ZF_PAYROLL, 421760, "工资", "12月工资代发（64人）",
       instr("erp", "T+付款单：12月工资代发（64人），工资表已由人事和财务负责人签字", "包文静"),
       "E5207", ["E5203", "E5201"]))


# ===========================================================================
# Tenant 3: yunqi - 深圳市云祺信息技术有限公司, small IT-services firm, Shenzhen
# ===========================================================================
T = "yunqi"
YQ_NAME = "深圳市云祺信息技术有限公司"
PAYER[T] = (acct("yq-payer", 16, "7559"), YQ_NAME)

YQ01 = payee("深圳青穹云计算有限公司", acct("yq-v01", 16, "7559"), "招商银行深圳科技园支行",
             vendor_id="V-YQ01", phone=landline("0755", "yq-v01"))
YQ02 = payee("杭州简码软件有限公司", acct("yq-v02", 16, "5719"), "招商银行杭州分行",
             vendor_id="V-YQ02", phone=landline("0571", "yq-v02"))
YQ02_FAKE = payee("Jianma Software (HK) Limited", acct("yq-v02-fake", 16, "0160"),
                  "DBS Bank (Hong Kong) Limited", vendor_id="V-YQ02", phone=None)
YQ03 = payee("东莞码力信息科技有限公司", acct("yq-v03", 19, "44010"), "东莞农村商业银行南城支行",
             vendor_id="V-YQ03", phone=landline("0769", "yq-v03"))
YQ03_FACTOR = payee("深圳前海融通商业保理有限公司", acct("yq-v03-factor", 17, "1101"), "平安银行深圳前海分行",
                    vendor_id="V-YQ03", phone=landline("0755", "yq-factor"))
YQ05 = payee("广州域盾网络科技有限公司", acct("yq-v05", 19, "36020"), "中国工商银行广州天河支行",
             vendor_id="V-YQ05", phone=landline("020", "yq-v05"))
YQ_F01 = payee("钟晓岚", acct("yq-f01", 16, "6214"), "招商银行深圳车公庙支行", "personal",
               vendor_id="F-YQ01", phone=mobile("yq-f01"))
YQ_F02 = payee("严启航", acct("yq-f02", 16, "6225"), "招商银行成都分行", "personal",
               vendor_id="F-YQ02", phone=mobile("yq-f02"))
YQ_PAYROLL = payee("招商银行深圳分行（代发工资专户）", acct("yq-payroll", 16, "7559"), "招商银行深圳分行",
                   vendor_id="PAY-YQ")

CYQ01 = cust("深圳市味和连锁餐饮管理有限公司", credit_code("91440304", "cyq01"), "孔经理",
             landline("0755", "cyq01"), "kong@weihe-catering.com", None, "C-YQ01")
CYQ01_ADDR = "深圳市福田区味和餐饮总部"
CYQ02 = cust("Brightwater Analytics Pte. Ltd.", None, "Priya Nair", None,
             "priya.nair@brightwater-analytics.com.sg", None, "C-YQ02")
CYQ02_ADDR = "18 Kallang Tide Road #05-12, Singapore (remote delivery)"
CYQ03 = cust("东莞市恒准精密五金制品有限公司", credit_code("91441900", "cyq03"), "黄工",
             landline("0769", "cyq03"), "huanggong@hengzhun-hw.com", None, "C-YQ03")
CYQ03_ADDR = "东莞市长安镇恒准精密厂区"
CYQ04 = cust("Harbourline Trading Limited", None, "K. Kwok", None, "accounts@harbourline-trading.hk",
             None, "C-YQ04")
CYQ04_ADDR = "香港九龙观塘海滨道某商业大厦（远程交付）"

RET = "门店点餐系统运维服务（2026年%d月）"

# ---------------- history ----------------
H(T, "September maintenance retainer for the established restaurant chain.",
  order("YQ-SO-20260901-01", "2026-09-01 10:30", CYQ01, [item(RET % 9, 1, "月", 18000)], "月结", "email",
        CYQ01_ADDR, "2026-09-30", "9月运维费照合同月结，专票抬头不变。"))
H(T, "August cloud bill from the regular cloud provider.",
  pay(T, "YQ-PAY-20260903-01", "2026-09-03 14:10", YQ01, 23416.80, "云服务费", "8月云资源账单",
      instr("erp", "飞书审批（付款）已通过：青穹云 8月云资源账单｜合同YQ-CG-2025-011｜发票%s"
            % invoice("yq-h2", "44"), "卢浩"),
      "E8303", ["E8302"], contract_id="YQ-CG-2025-011", invoice_no=invoice("yq-h2", "44")))
H(T, "Phase-2 dashboard project from the Singapore client, in US dollars.",
  order("YQ-SO-20260907-01", "2026-09-07 11:45", CYQ02,
        [item("Analytics dashboard development - Phase 2", 1, "项", 24000)],
        "50% advance, 50% on acceptance (net 15)", "email", CYQ02_ADDR, "2026-11-30",
        "Hi team, PO BW-2026-088 is attached. We'll wire the advance this week, so please kick off on Monday. Thanks, Priya",
        currency="USD"))
H(T, "A freelance designer's monthly fee to her own card.",
  pay(T, "YQ-PAY-20260910-01", "2026-09-10 16:20", YQ_F01, 8500, "劳务费", "品牌视觉设计劳务费（9月）",
      instr("erp", "飞书审批（付款）已通过：自由设计师钟晓岚 9月品牌视觉设计劳务费（协议YQ-LW-2026-012），个税代扣代缴",
            "卢浩"),
      "E8303", ["E8302"], contract_id="YQ-LW-2026-012"))
H(T, "August payroll.",
  pay(T, "YQ-PAY-20260915-01", "2026-09-15 15:00", YQ_PAYROLL, 378600, "工资", "8月工资代发（21人）",
      instr("erp", "飞书审批（付款）已通过：8月工资代发（21人），工资表HR与财务已复核", "谭悦"),
      "E8308", ["E8302", "E8301"]))
H(T, "MES phase-one contract for the Dongguan hardware maker.",
  order("YQ-SO-20260922-01", "2026-09-22 10:50", CYQ03,
        [item("MES系统实施（一期）", 1, "项", 268000), item("车间看板硬件集成调试", 1, "项", 32000)],
        "合同签订预付30%，验收后付60%，质保金10%一年后付", "email", CYQ03_ADDR, "2027-01-31",
        "一期合同已盖章寄出，预付款下周安排。"))
H(T, "Domain renewals with the registrar in the vendor master.",
  pay(T, "YQ-PAY-20260924-01", "2026-09-24 11:20", YQ05, 690, "服务费", "yunqi-tech.cn等3个域名续费（3年）",
      instr("erp", "飞书审批（付款）已通过：域盾网络 域名续费3个（3年）｜订单号YD-0924-7731｜发票%s"
            % invoice("yq-h7", "44"), "卢浩"),
      "E8303", ["E8302"], invoice_no=invoice("yq-h7", "44")))
H(T, "Subcontracted development paid to the regular Dongguan subcontractor.",
  pay(T, "YQ-PAY-20261009-01", "2026-10-09 11:30", YQ03, 96000, "外包费", "外包开发费（味和小程序二期）",
      instr("erp", "飞书审批（付款）已通过：码力信息 外包开发费｜合同YQ-WB-2026-004｜发票%s"
            % invoice("yq-h8", "44"), "卢浩"),
      "E8303", ["E8302", "E8301"], contract_id="YQ-WB-2026-004", invoice_no=invoice("yq-h8", "44")))
H(T, "Annual SaaS renewal billed by e-mail in English.",
  pay(T, "YQ-PAY-20261013-01", "2026-10-13 14:40", YQ02, 39600, "软件订阅费", "简码团队版年费（25席）",
      instr("email", "Hello Yunqi team,\nYour Team plan (25 seats) renews on 15 October. Invoice JM-2026-1013 for "
            "CNY 39,600.00 is attached; payment details are unchanged from last year.\nBest regards,\nJianma Software Billing",
            "Jianma Software Billing", "billing@jianma-soft.com"),
      "E8303", ["E8302"], contract_id="YQ-CG-2025-019", invoice_no=invoice("yq-h9", "33")))
H(T, "Q4 website retainer for the Hong Kong trading client.",
  order("YQ-SO-20261019-01", "2026-10-19 10:15", CYQ04, [item("Website maintenance retainer (Q4 2026)", 1, "季", 27000)],
        "季度预付（开票后15天内）", "email", CYQ04_ADDR, "2026-12-31",
        "Hi 卢生, Q4 retainer as usual. Invoice to Harbourline Trading Limited please. K. Kwok"))
YQ_SEP_CLOUD_INV = invoice("yq-h11", "44")
H(T, "September cloud bill.",
  pay(T, "YQ-PAY-20261022-01", "2026-10-22 16:40", YQ01, 24905.60, "云服务费", "9月云资源账单",
      instr("erp", "飞书审批（付款）已通过：青穹云 9月云资源账单｜合同YQ-CG-2025-011｜发票%s" % YQ_SEP_CLOUD_INV, "卢浩"),
      "E8303", ["E8302"], contract_id="YQ-CG-2025-011", invoice_no=YQ_SEP_CLOUD_INV))
H(T, "A freelance developer's October fee, requested by e-mail from his usual Gmail address.",
  pay(T, "YQ-PAY-20261027-01", "2026-10-27 17:10", YQ_F02, 15000, "劳务费", "外包开发劳务费（10月）",
      instr("email", "静怡你好，10月工时表和税务局代开的劳务发票都在附件，一共120小时，按协议计15,000元，还是打原来那张招行卡。启航",
            "严启航", "yanqihang.dev@gmail.com"),
      "E8303", ["E8302"], contract_id="YQ-LW-2026-015"))
H(T, "October maintenance retainer for the restaurant chain.",
  order("YQ-SO-20261030-01", "2026-10-30 10:20", CYQ01, [item(RET % 10, 1, "月", 18000)], "月结", "email",
        CYQ01_ADDR, "2026-10-31", "10月运维费，月结，发票照旧。"))

# ---------------- test ----------------
OK(T, [], "Routine: November maintenance retainer for the established restaurant chain.",
   order("YQ-SO-20261102-01", "2026-11-02 10:40", CYQ01, [item(RET % 11, 1, "月", 18000)], "月结", "email",
         CYQ01_ADDR, "2026-11-30", "11月运维费，老样子月结，专票寄到财务部。"))

OK(T, ["off_hours", "urgency"],
   "Hard negative: The Singapore client's known project lead e-mails late at night asking for phase 3 to start as soon as possible, advance already received.",
   order("YQ-SO-20261103-01", "2026-11-03 23:20", CYQ02,
         [item("Data pipeline migration to cloud - Phase 3", 1, "项", 36000)],
         "50% advance (received 2 Nov), balance net 15 after acceptance", "email", CYQ02_ADDR, "2027-02-26",
         "Hi all, sorry for the late note. Board signed off phase 3 this evening our time. Thanks for confirming on "
         "Monday that the advance landed. Could we start ASAP? Same team as phase 2 would be ideal. Priya",
         currency="USD"))

SCAM(T, "fake_purchaser", "flag",
     ["contact_mismatch", "lookalike_domain", "off_catalogue_item", "credit_terms_requested",
      "far_delivery", "urgency"],
     "Someone writing from a look-alike of the Singapore client's domain (l for i) says he has taken over procurement and wants 40 laptops on net-60 shipped to a Hong Kong forwarder.",
     order("YQ-SO-20261104-01", "2026-11-04 11:10",
           cust(CYQ02["name"], None, "Daniel Koh", None, "daniel.koh@brightwater-analytlcs.com.sg", None, "C-YQ02"),
           [item("Laptop (14-inch, 32GB RAM)", 40, "台", 1450), item("USB-C docking station", 40, "台", 180)],
           "Net 60", "email", "c/o Swiftlane Forwarding, Kwai Chung, Hong Kong", "2026-11-13",
           "Hi, I've taken over regional procurement from Priya. Since you already handle our dashboards, we'd like you "
           "to source the laptops for the new analytics team as well, specs in the attached sheet. Please ship to our "
           "forwarder in Kwai Chung, they consolidate for Singapore. Standard net 60 per our vendor terms. "
           "Would appreciate a quick turnaround, the team onboards on the 16th.",
           currency="USD"))

OK(T, ["personal_account", "first_time_payee"],
   "Hard negative: First payment to a new freelance illustrator's own card under a signed service agreement, with the work accepted and tax withheld.",
   pay(T, "YQ-PAY-20261105-01", "2026-11-05 15:20",
       payee("欧阳诗涵", acct("yq-l3", 19, "62148"), "中国银行深圳南山支行", "personal"),
       9600, "劳务费", "小程序插画劳务费（12张）",
       instr("erp", "飞书审批（付款）已通过：自由插画师欧阳诗涵 味和点餐小程序插画12张（劳务协议YQ-LW-2026-031，"
             "验收单已签，个税由公司代扣代缴）", "卢浩"),
       "E8303", ["E8302"], contract_id="YQ-LW-2026-031"))

YQ_S2_WX = wxid("yq-s2")
SCAM(T, "fake_order", "flag",
     ["institution_claim", "designated_supplier", "new_customer", "contact_im_only", "invoice_trade_words",
      "credit_terms_requested"],
     "A 'university lab' orders a website and asks us to buy simulation-software licences from its chosen reseller and bill them as development services.",
     order("YQ-SO-20261106-01", "2026-11-06 10:25",
           cust("深港理工大学智能感知实验室", None, "卞老师", mobile("yq-s2"), None, YQ_S2_WX, None),
           [item("实验室官网开发", 1, "项", 68000)], "验收后学校统一付款", "im", "深港理工大学智能感知实验室",
           "2026-12-31",
           "官网的需求文档发你了，预算没问题。另外课题组要一批仿真软件的正版授权，学校采购系统里这家经销商还没入库，"
           "走不了流程。你们帮忙从睿思达那边买一下，发票开到你们公司，我们按技术服务费一并付给你们，"
           "合同里写成“系统开发及软件配套”就行。",
           third_party=third("深圳市睿思达软件科技有限公司", mobile("yq-s2-reseller"), "designated_supplier", 46000)))

SCAM(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof", "im_instruction",
      "new_contact", "urgency", "evasion_pinyin", "just_below_limit"],
     "The 'lab' sends a screenshot of an internal payment request and asks us to advance 46k, the word half in pinyin, to the reseller today before the licences are 'taken by another school'.",
     pay(T, "YQ-PAY-20261109-01", "2026-11-09 14:50",
         payee("深圳市睿思达软件科技有限公司", acct("yq-s3", 16, "6226"), "中国民生银行深圳车公庙支行"),
         46000, "代采购款", "代深港理工大学采购仿真软件授权",
         instr("im", "学校财务说这笔走的是科研经费，报销系统月底才放款，付款申请截图发你了。睿思达那边授权码今天不付款"
               "就被别的学校抢了，你们先垫fu一下，月底跟官网的钱一起打给你们。", "卞老师", YQ_S2_WX, True),
         "E8306", ["E8302"], order_id="YQ-SO-20261106-01"))

OK(T, ["institution_claim", "new_customer", "credit_terms_requested"],
   "Hard negative: A street office awards a year of mini-program maintenance through the city government e-mall, paid quarterly by the treasury.",
   order("YQ-SO-20261110-01", "2026-11-10 11:35",
         cust("深圳市南山区前湾街道办事处", credit_code("11440305", "yq-l4", ma=False), "戚科长",
              landline("0755", "yq-l4"), "qikz@qianwan-jd.gov.cn", None, None),
         [item("街道政务小程序运维服务（2027年度）", 1, "年", 96000)], "验收后按季度财政支付", "other",
         "深圳市南山区前湾街道办事处", "2027-12-31",
         "深圳市政府采购网电子卖场成交通知书（SZCG-NS-2026-1124）已发到贵司邮箱，合同在平台线上签署，首季度服务1月1日开始。"))

SCAM(T, "fake_order", "flag",
     ["fee_asked_of_seller", "fee_words", "remote_control", "new_customer", "free_mail"],
     "A Gmail 'retail client' wants us onboarded to its 'vendor portal' for a USD 300 fee and asks for an AnyDesk session to set up our payout profile.",
     order("YQ-SO-20261111-01", "2026-11-11 16:05",
           cust("Northgate Retail Solutions LLC", None, "Mark Ellison", None, "mark.ellison.ngr@gmail.com",
                "tg:@ngr_vendorops", None),
           [item("E-commerce website development", 1, "项", 18500)], "Paid via vendor portal", "email",
           "Northgate Retail Solutions (remote delivery)", "2027-01-15",
           "We'd love to get started this week. Our finance team pays every vendor through the NGR vendor portal, so "
           "you'll need to be onboarded first; there is a one-time USD 300 compliance fee. Easiest is a quick AnyDesk "
           "session so our onboarding team can set up your payout profile with you. Ping me on Telegram and I'll send the session ID.",
           fees=[fee("Vendor portal onboarding fee", 300)], currency="USD"))

OK(T, [], "Routine: October cloud bill from the regular cloud provider with a new invoice.",
   pay(T, "YQ-PAY-20261112-01", "2026-11-12 10:05", YQ01, 25118.40, "云服务费", "10月云资源账单",
       instr("erp", "飞书审批（付款）已通过：青穹云 10月云资源账单｜合同YQ-CG-2025-011｜发票%s" % invoice("yq-l5", "44"),
             "卢浩"),
       "E8303", ["E8302"], contract_id="YQ-CG-2025-011", invoice_no=invoice("yq-l5", "44")))

SCAM(T, "contract_fraud", "flag",
     ["fee_asked_of_seller", "deposit_words", "bigproject_words", "shell_company", "new_customer",
      "large_first_order", "credit_terms_requested"],
     "A newly set-up 'smart-city group' offers a 1.28m subcontract on a 'key city project' but wants a 10% performance deposit before we start.",
     order("YQ-SO-20261113-01", "2026-11-13 15:40",
           cust("深圳华粤智城科技集团有限公司", credit_code("91440300", "yq-s5"), "麦总", mobile("yq-s5"),
                "mai@hyzc-group.com", None, None),
           [item("智慧社区平台定制开发（分包）", 1, "项", 1280000)], "总包方收到业主进度款后支付（按节点）", "email",
           "深圳市前海华粤智城项目部", "2027-06-30",
           "我们拿下的是市里重点的智慧社区项目，总盘子三个多亿，软件这块分给你们做。按总包管理办法，分包单位进场前交10%履约保证金，"
           "项目完工后无息退还。公司是为这个项目新设的，股东有国企背景。合同下周在我们前海办公室签。",
           fees=[fee("分包履约保证金", 128000)]))

OK(T, ["new_customer", "contact_im_only", "deposit_words", "credit_terms_requested"],
   "Hard negative: A small tea restaurant ordering by WeChat has already paid its 50% deposit into the company account, which the cashier confirmed.",
   order("YQ-SO-20261116-01", "2026-11-16 11:20",
         cust("深圳市宝安区福永半岛茶餐厅", credit_code("92440306", "yq-l6"), "龙老板", mobile("yq-l6"), None,
              wxid("yq-l6"), None),
         [item("小程序点单系统搭建", 1, "项", 12800)], "定金50%已到公户，上线验收后付尾款", "im",
         "深圳市宝安区福永半岛茶餐厅", "2026-12-20",
         "定金已经转到你们公户了，你们出纳也确认了。菜单照片今晚发你，过年前能上线就行。"))

SCAM(T, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region",
      "lookalike_domain", "email_instruction", "new_contact", "account_change_words", "urgency"],
     "An English e-mail from a look-alike of the SaaS vendor's domain (sofft) moves its receivables to a 'Hong Kong entity'; the vendor master was changed four days ago and this is the first payment there.",
     pay(T, "YQ-PAY-20261117-01", "2026-11-17 14:15", YQ02_FAKE, 42800, "软件订阅费", "简码团队版扩容（10席）",
         instr("email", "Hi Yunqi finance team,\nFollowing our year-end restructuring, receivables are now handled by our "
               "Hong Kong entity. Effective immediately, please remit invoice JM-2026-1109 to the account below and do not "
               "use the previous CMB account, which closes on 20 November.\nBeneficiary: Jianma Software (HK) Limited\n"
               "Bank: DBS Bank (Hong Kong) Limited\nThanks for your prompt attention.\nAccounts Receivable | Jianma Software",
               "Jianma Software Billing", "billing@jianma-sofft.com"),
         "E8303", ["E8302"], contract_id="YQ-CG-2025-019", invoice_no=invoice("yq-s9", "33"),
         changed_at="2026-11-13 11:20"))

OK(T, ["payee_name_mismatch", "account_changed_recent", "first_time_payee", "account_change_words"],
   "Hard negative: The subcontractor has assigned this receivable to a factoring company under a stamped three-party notice, confirmed by a call-back to the subcontractor's number on file.",
   pay(T, "YQ-PAY-20261118-01", "2026-11-18 10:50", YQ03_FACTOR, 72000, "外包费", "MES二期外包开发款（保理收款）",
       instr("erp", "飞书审批（付款）已通过：码力信息MES二期外包开发款。码力已将本合同项下应收账款转让给融通商业保理，"
             "三方《应收账款转让通知书》（RT-BL-2026-0217，三方盖章）11月6日到司并变更主数据收款账户；"
             "黎静怡当日回拨码力财务%s确认" % YQ03["phone"], "卢浩"),
       "E8303", ["E8302", "E8301"], contract_id="YQ-WB-2026-009", invoice_no=invoice("yq-l7", "44"),
       changed_at="2026-11-06 15:10", verification=verif(YQ03["phone"], "E8302", "2026-11-06 16:30")))

SCAM(T, "contract_fraud", "flag",
     ["middleman_fee", "bigproject_words", "personal_account", "first_time_payee", "im_instruction",
      "new_contact", "secrecy_words"],
     "A go-between promises a top-three place in a government cloud tender for a 50k 'information fee' paid to his own card, off the books.",
     pay(T, "YQ-PAY-20261119-01", "2026-11-19 16:30",
         payee("石海峰", acct("yq-s6", 19, "62170"), "中国建设银行深圳福田支行", "personal"),
         50000, "服务费", "项目信息费",
         instr("im", "邝总，政务云那个标我跟评审那边都打好招呼了，保证你们进前三。前期先把五万的信息费打我卡上，"
               "中标后再按合同额3个点结。这个不走公账，也别开票，你懂的，别跟其他人提。", "老石", wxid("yq-s6")),
         "E8306", ["E8302", "E8301"]))

OK(T, ["evasion_traditional"],
   "Hard negative: The Hong Kong client's usual contact renews the website retainer in mixed English and traditional Chinese.",
   order("YQ-SO-20261120-01", "2026-11-20 09:45", CYQ04, [item("Website maintenance retainer (Q1 2027)", 1, "季", 27000)],
         "季度预付（开票后15天内）", "email", CYQ04_ADDR, "2027-03-31",
         "Hi 卢生, 請安排Q1 2027網站維護，合約照舊，發票抬頭不變。Thanks! K. Kwok"))

SCAM(T, "overpayment_refund", "block",
     ["overpayment", "refund_words", "refund_to_other_account", "fake_payment_proof", "new_customer"],
     "A new Malaysian client 'overpays' USD 12,000 per an MT103 copy and asks for the excess to go to its packaging supplier rather than back to itself.",
     order("YQ-SO-20261123-01", "2026-11-23 14:05",
           cust("Meridian Craft Supplies Sdn. Bhd.", None, "Aaron Lim", None, "aaron@meridiancraft.com.my", None, None),
           [item("Online store customization", 1, "项", 6800)], "Paid in full in advance", "email",
           "Meridian Craft Supplies (remote delivery)", "2026-12-18",
           "Our accounts team sent USD 18,800 instead of 6,800, they merged two payments by mistake. MT103 copy attached. "
           "Rather than sending it back to us (our bank charges a lot for inward returns), could you forward the USD 12,000 "
           "excess to our packaging supplier? Details below. Sorry for the hassle!",
           third_party=third("Hoshi Packaging Trading (Kuala Lumpur)", "acct. ref. MY-HPT-0042", "refund_recipient", 12000),
           currency="USD"))

SCAM(T, "fake_salary", "flag",
     ["subsidy_words", "fee_words", "authority_words", "personal_account", "first_time_payee",
      "email_instruction", "new_contact", "free_mail", "urgency"],
     "A 163-mail 'subsidy notice' tells HR that 21 staff can claim a wage subsidy once the company pays a per-head 'review fee' to a clerk's personal account by Friday.",
     pay(T, "YQ-PAY-20261124-01", "2026-11-24 11:30",
         payee("邬建平", acct("yq-s11", 19, "62226"), "中国工商银行东莞分行", "personal"),
         2520, "服务费", "员工技能补贴申领材料审核费（21人）",
         instr("email", "各用人单位：根据2026年第四季度稳岗及员工技能补贴政策，贵单位21名在职员工可申领每人2,600元补贴。"
               "申领需由单位统一缴纳材料审核服务费（每人120元），请于本周五前汇至下列经办人账户，过期视为自动放弃。"
               "审核通过后补贴直接发放至员工工资卡。\n人社服务中心补贴申领组",
               "人社服务中心（补贴申领）", "szrs_butie@163.com"),
         "E8308", ["E8302"]))

OK(T, ["renewal_bill"],
   "Hard negative: Trademark-name domain and SSL renewal billed by the registrar already in the vendor master.",
   pay(T, "YQ-PAY-20261125-01", "2026-11-25 15:15", YQ05, 1860, "服务费", "云祺中文域名及SSL证书续费（1年）",
       instr("erp", "飞书审批（付款）已通过：域盾网络 中文域名“云祺信息”续费及通配符SSL证书（1年），到期日12月9日｜"
             "订单号YD-1125-2208｜发票%s" % invoice("yq-l9", "44"), "卢浩"),
       "E8303", ["E8302"], invoice_no=invoice("yq-l9", "44")))

SCAM(T, "fake_invoice", "block",
     ["duplicate_invoice"],
     "Structural only: September's cloud invoice, paid on 22 October, comes back through approval with the same number and amount and plain wording.",
     pay(T, "YQ-PAY-20261126-01", "2026-11-26 10:40", YQ01, 24905.60, "云服务费", "9月云资源账单",
         instr("erp", "飞书审批（付款）已通过：青穹云 9月云资源账单｜合同YQ-CG-2025-011｜发票%s" % YQ_SEP_CLOUD_INV, "卢浩"),
         "E8303", ["E8302"], contract_id="YQ-CG-2025-011", invoice_no=YQ_SEP_CLOUD_INV))

SCAM(T, "boss_impersonation", "flag",
     ["im_instruction", "new_contact", "boss_role", "cannot_call", "bypass_process", "secrecy_words",
      "urgency", "deposit_words", "evasion_symbols", "first_time_payee", "no_approval", "just_below_limit"],
     "A new WeCom account 'of the CEO', 'in an investor meeting', wants a 48k cooperation deposit, with a money emoji inside the word, paid before close of day, kept out of the group chat.",
     pay(T, "YQ-PAY-20261127-01", "2026-11-27 18:50",
         payee("深圳市前海博睿投资咨询有限公司", acct("yq-s10", 16, "7559"), "平安银行深圳前海分行"),
         48000, "保证金", "合作保证金",
         instr("im", "卢浩，在吗\n我在跟投资方开会，电话接不了，有事文字说\n今天要给合作方付一笔合作保💰证金，4.8万，对方账户我发你\n"
               "流程我回来补签，这事先别在群里说，等官宣\n下班前弄好，回单发我", "温子谦 | CEO", "wecom:wenzq_ceo", True),
         "E8303", []))

OK(T, ["deposit_words"],
   "Hard negative: The Dongguan manufacturer signs MES phase two with the usual retention clause and its 30% prepayment has already cleared.",
   order("YQ-SO-20261130-01", "2026-11-30 10:15", CYQ03, [item("MES系统实施（二期）", 1, "项", 420000)],
         "合同签订预付30%（已到账），验收后付60%，质保金10%一年后付", "email", CYQ03_ADDR, "2027-05-31",
         "二期合同已双方盖章，预付款12.6万元11月27日已到贵司招行账户，出纳已确认。质保金条款同一期。"))

SCAM(T, "authority_impersonation", "flag",
     ["authority_words", "urgency", "secrecy_words", "phone_instruction", "new_contact", "first_time_payee",
      "no_approval"],
     "A caller posing as a tax inspector demands 37,650 in 'back tax and late fees' to a tax-agency account outside the e-tax bureau by 5 pm, and says it is confidential.",
     pay(T, "YQ-PAY-20261201-01", "2026-12-01 14:20",
         payee("深圳市税银通财税服务有限公司", acct("yq-s12", 16, "4403"), "中国光大银行深圳八卦岭支行"),
         37650, "税费", "补缴税款及滞纳金",
         instr("phone", "电话记录：对方自称南山区税务局稽查科王科员，称我司2025年有两张进项发票被认定为异常凭证，需补缴税款及滞纳金"
               "共37,650元，今天17点前不缴将把企业列入经营异常名录并停开发票。对方要求汇到“税银通”代收账户，"
               "不走电子税务局，并叮嘱此事涉及稽查保密，不要对外讲。", "王科员", landline("0755", "yq-s12")),
         "E8303", []))

SCAM(T, "overpayment_refund", "block",
     ["refund_to_other_account", "fake_payment_proof", "middleman_fee", "new_customer", "contact_im_only"],
     "A new client's purchasing supervisor shows a 'delayed transfer, subject to actual receipt' notice and asks for an 8% kickback to his own card right away.",
     order("YQ-SO-20261202-01", "2026-12-02 10:30",
           cust("深圳市拓鲲智能装备有限公司", credit_code("91440306", "yq-s18"), "邹主管", mobile("yq-s18"), None,
                wxid("yq-s18"), None),
           [item("设备售后服务小程序开发", 1, "项", 58000)], "款到开工", "im", "深圳市宝安区拓鲲智能装备厂区",
           "2027-01-20",
           "合同款58000我已经让财务走了，银行显示延时到账，以实际到账为准，截图发你。按之前说好的，八个点4640你这边先转到我个人卡上，"
           "公司那边我来搞定，后面的单子都给你们。",
           third_party=third("邹海洋（个人）", mobile("yq-s18-card"), "refund_recipient", 4640)))

SCAM(T, "task_rebate", "flag",
     ["task_rebate_words", "topup_words", "third_party_payment_endpoint", "first_time_payee", "no_po_contract"],
     "An operations employee tops up a 'review task package' with a rebate-per-order scheme through an Alipay merchant account to push a client's mini-program up the charts.",
     pay(T, "YQ-PAY-20261203-01", "2026-12-03 16:10",
         payee("星耀传媒（聚合支付商户）", acct("yq-s15", 16, "2088"), "支付宝（中国）网络技术有限公司", "unknown"),
         16000, "推广费", "推广任务充值",
         instr("erp", "飞书审批（付款）已通过：运营部味和小程序上线冲榜推广，星耀传媒好评任务包充值；每单返佣3元，"
               "平台要求先充值后派单，充值余额可随时提现", "付思琪"),
         "E8310", ["E8302"]))

OK(T, [], "Routine: December maintenance retainer for the restaurant chain.",
   order("YQ-SO-20261204-01", "2026-12-04 10:30", CYQ01, [item(RET % 12, 1, "月", 18000)], "月结", "email",
         CYQ01_ADDR, "2026-12-31", "12月运维费，月结。年底门店多，值班安排麻烦提前发一下。"))

SCAM(T, "account_lending", "block",
     ["account_lending_words", "invoice_trade_words", "new_customer", "large_first_order", "contact_im_only"],
     "A new games company will pay 560k for 'development' that a studio without invoicing rights does, and asks us to invoice, keep 15% and pass the rest on the same day.",
     order("YQ-SO-20261207-01", "2026-12-07 15:45",
           cust("深圳市启航互娱网络科技有限公司", credit_code("91440305", "yq-s16"), "鲍总", mobile("yq-s16"), None,
                wxid("yq-s16"), None),
           [item("游戏运营后台开发", 1, "项", 560000)], "款到开票", "im", "深圳市南山区启航互娱", "2026-12-31",
           "项目钱我们下周一次性打给你们56万，你们开技术服务费的专票。实际活是幻点工作室在做，他们开不了票，你们收到钱扣15个点，"
           "剩下47.6万当天转给幻点。就是借你们公司走个账，合同我这边出。",
           third_party=third("广州幻点网络工作室", mobile("yq-s16-studio"), "pass_through_payee", 476000)))

SCAM(T, "overpayment_refund", "block",
     ["refund_words", "overpayment", "fake_payment_proof", "first_time_payee", "im_instruction", "new_contact"],
     "A company we have never been paid by claims it paid twice, shows two 'successful' e-receipts and wants one refunded before anything has reached our bank.",
     pay(T, "YQ-PAY-20261208-01", "2026-12-08 11:15",
         payee("深圳市星湾教育科技有限公司", acct("yq-s8", 16, "7559"), "招商银行深圳南山支行"),
         36000, "退款", "退还重复付款（对方称）",
         instr("im", "你好，我们财务重复提交了两次，网银显示两笔都扣款成功了，电子回单已经发你。麻烦把多的一笔36000原路退回我们公户，"
               "年底要对账，今天能退最好。", "星湾教育 财务小陈", wxid("yq-s8")),
         "E8303", ["E8302"]))

OK(T, ["personal_account", "email_instruction", "free_mail", "invoice_trade_words"],
   "Hard negative: The regular freelance developer e-mails his November timesheet and tax-office-issued invoice from his usual Gmail, to be paid to his usual card.",
   pay(T, "YQ-PAY-20261209-01", "2026-12-09 10:05", YQ_F02, 16000, "劳务费", "外包开发劳务费（11月）",
       instr("email", "静怡，11月工时表在附件，一共128小时，按协议16,000元。劳务发票是在税务局代开的，也一并附上。收款卡不变。启航",
             "严启航", "yanqihang.dev@gmail.com"),
       "E8303", ["E8302"], contract_id="YQ-LW-2026-015"))

SCAM(T, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "residential_delivery",
      "off_catalogue_item", "free_mail", "contact_mismatch"],
     "A 'city state-owned digital platform' using a free-mail box orders six servers on 90-day terms, to be delivered to a flat in a residential block.",
     order("YQ-SO-20261210-01", "2026-12-10 14:30",
           cust("深圳鹏投数科集团有限公司", credit_code("91440300", "yq-s14"), "吕主任", mobile("yq-s14"),
                "lv_zhuren_ptsk@126.com", None, None),
           [item("服务器（2U 双路）", 6, "台", 48000), item("系统集成部署", 1, "项", 20000)],
           "货到验收后90天付款", "phone", "深圳市龙华区民治街道某小区12栋1603（临时库房）", "2026-12-18",
           "我们是市属国企下面的数科平台，走集团年度框架。机器先送到临时库房，机房装修完再搬。付款按国企流程90天，"
           "放心，国企不会欠你们钱。"))

OK(T, ["new_customer", "credit_terms_requested"],
   "Hard negative: A new Singapore start-up commissions an app in English; its 30% advance has already been received.",
   order("YQ-SO-20261211-01", "2026-12-11 11:40",
         cust("Tidewell Health Pte. Ltd.", None, "Grace Teo", None, "grace@tidewellhealth.sg", None, None),
         [item("Patient booking app (MVP) development", 1, "项", 22000)],
         "30% advance (received 10 Dec), 70% on delivery", "email", "Tidewell Health (remote delivery)", "2027-03-31",
         "Great speaking with you on Tuesday. Our advance went out on the 9th and your finance team confirmed it "
         "arrived yesterday. Looking forward to the kickoff.",
         currency="USD"))

OK(T, ["contact_mismatch"],
   "Hard negative: The Singapore client introduces a new project contact from its real domain, with the previous contact copied, and renews on its usual net-30 terms.",
   order("YQ-SO-20261215-01", "2026-12-15 10:20",
         cust(CYQ02["name"], None, "Tan Wei Ling", None, "weiling.tan@brightwater-analytics.com.sg", None, "C-YQ02"),
         [item("Dashboard maintenance retainer (Q1 2027)", 1, "季", 9000)], "Net 30 as per MSA", "email", CYQ02_ADDR,
         "2027-03-31",
         "Hi team, I'm taking over from Priya, who has moved to our Jakarta office (she's copied here). Please address "
         "invoices to me from January. Renewal PO BW-2026-141 attached.",
         currency="USD"))

SCAM(T, "fake_order", "flag",
     ["remote_control", "new_customer", "contact_im_only", "urgency"],
     "A new gym 'client' sends the requirements as a password-protected archive and asks us to open the 'requirements list' file on a computer.",
     order("YQ-SO-20261216-01", "2026-12-16 16:50",
           cust("深圳市跃动空间健身管理有限公司", credit_code("91440307", "yq-s17"), "喻店长", mobile("yq-s17"), None,
                wxid("yq-s17"), None),
           [item("会员预约小程序开发", 1, "项", 45000)], "预付30%", "im", "深圳市龙岗区跃动空间健身", "2027-02-28",
           "需求文档和参考界面都打包发你了，压缩包密码6688，解压后点开“需求清单”那个文件就能看到全部功能。"
           "文件有点大，电脑上打开快一些，看完今天能报价的话预付款明天就安排。"))

OK(T, ["designated_supplier"],
   "Hard negative: The Dongguan manufacturer, which has already paid us, requires the database licence to come from the vendor's authorised reseller, bought through our own purchasing.",
   order("YQ-SO-20261217-01", "2026-12-17 11:30", CYQ03, [item("系统集成（含客户指定数据库授权采购）", 1, "项", 86000)],
         "款到发货（86,000元已于12月16日到账）", "email", CYQ03_ADDR, "2027-01-15",
         "按二期合同附件三，数据库授权须从原厂授权经销商科讯采购，授权证书抬头写我司。款已付到贵司账户，请贵司按自己的采购流程下单。",
         third_party=third("东莞市科讯软件经销有限公司", landline("0769", "yq-l17"), "designated_supplier", 61000)))


# ===========================================================================
# Output
# ===========================================================================
TENANT_ORDER = ["gangxin", "zhongfeng", "yunqi"]


def _when(rec):
    r = rec["request"]
    return r.get("submitted_at") or r.get("received_at")


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout10.jsonl")
    rows = []
    for tenant in TENANT_ORDER:
        for phase, letter in (("history", "h"), ("test", "t")):
            recs = [r for r in LINES if r["tenant"] == tenant and r["phase"] == phase]
            recs.sort(key=_when)  # stable; timestamps share one offset so text order is time order
            for n, r in enumerate(recs, 1):
                row = {"id": "%s-%s%03d" % (tenant, letter, n), "tenant": tenant, "phase": phase,
                       "kind": r["kind"], "label": r["label"], "scam_type": r["scam_type"],
                       "expect": r["expect"]}
                if phase == "history":
                    row["outcome"] = "executed"
                row["signals"] = r["signals"]
                row["note"] = r["note"]
                row["request"] = r["request"]
                rows.append(row)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), os.path.normpath(out_path)))


if __name__ == "__main__":
    main()
