#!/usr/bin/env python3
"""Build holdout26.jsonl: an independent labelled replay corpus.

Three fictitious companies:
  huoyan   - calcium carbide / PVC / caustic soda plant, Shanshan industrial park (Turpan)
  yinmian  - cotton-spinning mill, Aksu textile park
  fengshou - compound-feed mill, Changji

Standard library only, deterministic: every account number, invoice number, phone
number, credit code and IM id is derived from a fixed text key through SHA-256, so the
output is byte-identical on every run. Run from tests/holdout26 as `python3 gen/build.py`.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout26.jsonl")

# ----------------------------------------------------------------------------- helpers

DIGITS = "0123456789"
LOWER = "abcdefghijkmnpqrstuvwxyz23456789"
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def hx(key, n, alphabet=DIGITS):
    out = []
    i = 0
    while len(out) < n:
        d = hashlib.sha256(("%s#%d" % (key, i)).encode("utf-8")).digest()
        for b in d:
            if len(out) < n:
                out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out)


def acct(prefix, length, key):
    return prefix + hx("acct:" + key, length - len(prefix))


def inv(key):
    return "2665" + hx("inv:" + key, 16)


def uscc(kind, region, key, valid=True):
    body = kind + region + "MA" + hx("uscc:" + key, 7, USCC_CHARS)
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    r = 31 - s % 31
    check = USCC_CHARS[0 if r == 31 else r]
    if not valid:
        check = USCC_CHARS[(USCC_CHARS.index(check) + 7) % 31]
    return body + check


def mob(key, prefix="1320000"):
    assert prefix in ("1320000", "1900000", "1960000")
    return prefix + hx("mob:" + key, 4)


def tel(area, key):
    return "%s-0000%s" % (area, hx("tel:" + key, 3))


def wxid(key):
    return "wxid_" + hx("wx:" + key, 14, LOWER)


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(s):
    return s + ":00+08:00"


# ----------------------------------------------------------------------------- line store

LINES = []          # dicts with meta + request (ids assigned later)
TENANT_ORDER = ["huoyan", "yinmian", "fengshou"]
PREFIX = {
    "huoyan": {"payment": "HY-FK-{d}{n:03d}", "order": "HY-XS-{d}{n:03d}"},
    "yinmian": {"payment": "ZJZF-YM-{d4}-{n:02d}", "order": "XSDD-YM-{d4}-{n:02d}"},
    "fengshou": {"payment": "FS-FK-{d6}-{n:02d}", "order": "FS-DD-{d6}-{n:02d}"},
}


def add(tenant, phase, kind, req, label="legit", scam_type=None, expect="allow",
        signals=(), note="", key=None):
    LINES.append({
        "tenant": tenant, "phase": phase, "kind": kind, "label": label,
        "scam_type": scam_type, "expect": expect, "signals": list(signals),
        "note": note, "request": req, "key": key,
    })


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, text, from_contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def pay(payer, when, pe, amount, purpose, memo, ins, requested_by, approved_by,
        order_id=None, contract_id=None, invoice_no=None, changed=None, verification=None):
    req = {
        "request_id": None,
        "submitted_at": ts(when),
        "payer": payer,
        "payee": dict(pe),
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": ins,
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if verification is not None:
        number, by, at = verification
        req["verification"] = {"callback_done": True, "callback_number": number,
                               "verified_by": by, "verified_at": ts(at)}
    return req


def customer(name, credit_code, contact_name, phone=None, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def order(when, cust, items, channel, address, deadline, terms, notes,
          third_party=None, fees=()):
    its = []
    total = Decimal("0")
    for product, qty, unit, price in items:
        q = Decimal(str(qty))
        p = Decimal(str(price)).quantize(Decimal("0.01"))
        total += q * p
        its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": str(p)})
    tp = None
    if third_party:
        n, c, role, amt = third_party
        tp = {"name": n, "contact": c, "role": role, "amount": money(amt) if amt is not None else None}
    return {
        "record_id": None,
        "received_at": ts(when),
        "customer": cust,
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": tp,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


# ============================================================================= HUOYAN
# 新疆火焰氯碱化工有限公司 — calcium carbide, PVC, caustic soda; Shanshan industrial park.

T = "huoyan"
HY_PAYER = {"account_no": acct("3004211709", 19, "hy-payer"), "account_name": "新疆火焰氯碱化工有限公司"}
HY_E = {"E3100": "闫国栋", "E3101": "梁秀梅", "E3102": "热孜万古丽", "E3103": "庞立新",
        "E3110": "邓文斌", "E3111": "古丽扎尔", "E3120": "牛振宇", "E3130": "努尔比亚", "E3140": "贾海峰"}

HYV = {
    "lantan": payee("托克逊县金岭兰炭有限公司", acct("3058510104", 17, "hy-lantan"),
                    "中国农业银行托克逊县支行", vendor_id="V-HY01", phone=tel("0995", "hy-lantan")),
    "lime_old": payee("鄯善县七克台石灰石矿业有限公司", acct("8806", 18, "hy-lime-old"),
                      "鄯善县农村信用合作联社", vendor_id="V-HY02", phone=tel("0995", "hy-lime")),
    "lime_new": payee("鄯善县七克台石灰石矿业有限公司", acct("650501", 19, "hy-lime-new"),
                      "中国建设银行鄯善支行", vendor_id="V-HY02", phone=tel("0995", "hy-lime")),
    "power": payee("鄯善工业园区配售电有限公司", acct("3004211719", 19, "hy-power"),
                   "中国工商银行鄯善支行", vendor_id="V-HY03", phone=tel("0995", "hy-power")),
    "paste": payee("石嘴山市恒晟碳素制品有限公司", acct("1071", 18, "hy-paste"),
                   "中国银行石嘴山分行", vendor_id="V-HY04", phone=tel("0952", "hy-paste")),
    "rail": payee("新疆铁鹏物流有限公司", acct("650501", 19, "hy-rail"),
                  "中国建设银行吐鲁番分行", vendor_id="V-HY07", phone=tel("0995", "hy-rail")),
    "cat": payee("宁夏贺兰山触媒科技有限公司", acct("0802", 18, "hy-cat"),
                 "宁夏银行银川分行", vendor_id="V-HY09", phone=tel("0951", "hy-cat")),
    "tax": payee("国家金库鄯善县支库", acct("6504", 17, "hy-tax"), "国家金库鄯善县支库",
                 vendor_id="TAX-01"),
    "payroll": payee("中国工商银行鄯善支行（代发工资过渡户）", acct("3004211729", 19, "hy-payroll"),
                     "中国工商银行鄯善支行", vendor_id="PAY-01"),
}
HY_CAT_CHANGED = "2026-02-26T15:10"
HY_LIME_CHANGED = "2026-08-05T15:30"

HYC = {
    "tiansu": customer("新疆天塑管业有限公司", uscc("91", "650109", "hy-tiansu"), "范经理",
                       tel("0991", "hy-tiansu"), "purchase@tiansu-pipe.com", None, "C-HY01"),
    "hengtong": customer("昌吉市恒达塑业型材有限公司", uscc("91", "652301", "hy-hengtong"), "覃经理",
                         tel("0994", "hy-hengtong"), "qin@ht-profile.cn", None, "C-HY02"),
    "dongyuan": customer("新疆东源氧化铝有限公司", uscc("91", "652327", "hy-dongyuan"), "申工",
                         tel("0994", "hy-dongyuan"), "gongxiao@dyalumina.com", None, "C-HY03"),
    "chenyu": customer("新疆晨宇化工有限公司", uscc("91", "652801", "hy-chenyu"), "柴经理",
                       tel("0996", "hy-chenyu"), "cg@chenyuchem.com", None, "C-HY04"),
}
HY_HENGTONG_ACCT = acct("8803", 18, "hy-hengtong-bank")


def hy_erp(memo, short, contract=None, invoice=None, extra=None):
    s = "金蝶云星空·付款申请单：%s；收款单位：%s" % (memo, short)
    if contract:
        s += "；合同%s" % contract
    if invoice:
        s += "；发票%s" % invoice
    if extra:
        s += "；" + extra
    return s


def hyp(when, pe, amount, purpose, memo, requested_by, approved_by, text=None, channel="erp",
        from_name=None, from_contact=None, urgent=False, short=None, **kw):
    if text is None:
        text = hy_erp(memo, short or pe["name"], kw.get("contract_id"), kw.get("invoice_no"))
    ins = instr(channel, from_name or HY_E.get(requested_by, requested_by), text, from_contact, urgent)
    return pay(HY_PAYER, when, pe, amount, purpose, memo, ins, requested_by, approved_by, **kw)


# ---- huoyan history
H = "history"
i1 = inv("hy-h-lantan-0701")
add(T, H, "payment", hyp("2026-07-01T10:48", HYV["lantan"], "982800", "货款", "兰炭款（1260吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-003", invoice_no=i1,
    text=hy_erp("兰炭款（1260吨，6月下旬到货）", "金岭兰炭", "HY-CG-2026-003", i1)),
    note="Weekly semi-coke payment to the regular reductant supplier.")
add(T, H, "order", order("2026-07-02T15:20", HYC["tiansu"], [("PVC树脂SG-5", "300", "吨", "5150")],
    "email", "乌鲁木齐甘泉堡经济技术开发区天塑管业厂区", "2026-07-08", "款到发货", "预付款已到，铁路专用线发运"),
    note="PVC resin order from an established pipe maker.")
add(T, H, "payment", hyp("2026-07-03T11:05", HYV["power"], "6850000", "电费", "7月电费预付",
    "E3101", ["E3100"], contract_id="HY-NY-2026-001",
    text=hy_erp("7月电费预付（电石炉、PVC装置）", "园区配售电", "HY-NY-2026-001")),
    note="Monthly electricity prepayment to the park power distributor.")
i2 = inv("hy-h-lime-0707")
add(T, H, "payment", hyp("2026-07-07T16:32", HYV["lime_old"], "637200", "货款", "石灰石款（5400吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-005", invoice_no=i2, short="七克台石灰石"),
    note="Limestone from the regular quarry, old bank account.")
add(T, H, "order", order("2026-07-09T12:10", HYC["dongyuan"], [("液碱（32%）", "1200", "吨", "820")],
    "erp", "昌吉州准东经济技术开发区东源氧化铝厂区", "2026-07-20", "月结30天", "7月计划，槽车分批送"),
    note="Monthly caustic-soda order from an established alumina refiner.")
add(T, H, "payment", hyp("2026-07-10T17:45", HYV["payroll"], "3276540", "工资", "6月工资代发（436人）",
    "E3101", ["E3100"], text="金蝶云星空·付款申请单：6月工资代发（436人），工资表经人力资源部、财务部审核"),
    note="Monthly payroll through the bank's payroll account.")
i_paste_jul = inv("hy-h-paste-0714")
add(T, H, "payment", hyp("2026-07-14T11:40", HYV["paste"], "783000", "货款", "电极糊款（180吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-007", invoice_no=i_paste_jul, short="恒晟碳素"),
    note="Electrode paste from the regular Ningxia supplier.")
add(T, H, "payment", hyp("2026-07-15T10:30", HYV["tax"], "1418362.47", "税款", "6月增值税及附加",
    "E3101", ["E3100"], text="三方协议实时扣税（电子税务局申报）：6月增值税及附加"),
    note="Monthly VAT through the tax bureau's three-party debit.")
add(T, H, "order", order("2026-07-21T16:05", HYC["chenyu"], [("电石（发气量≥295L/kg）", "600", "吨", "2850")],
    "email", "巴州库尔勒经济技术开发区晨宇化工厂区", "2026-07-28", "款到发货",
    "危化品经营许可证及购买单位备案在档；客户委托危货专用车辆运输"),
    note="Calcium-carbide order from an established BDO producer with its permits on file.")
i3 = inv("hy-h-cat-0723")
add(T, H, "payment", hyp("2026-07-23T11:22", HYV["cat"], "498000", "货款", "低汞触媒款（12吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-009", invoice_no=i3, changed=HY_CAT_CHANGED,
    short="贺兰山触媒"),
    note="Low-mercury catalyst from the supplier whose bank change dates from February.")
i4 = inv("hy-h-rail-0728")
add(T, H, "payment", hyp("2026-07-28T15:50", HYV["rail"], "286450", "运费", "PVC铁路运费（7月，鄯善站发郑州、西安）",
    "E3103", ["E3101"], contract_id="HY-WL-2026-002", invoice_no=i4, short="铁鹏物流"),
    note="Rail freight for PVC to the regular forwarding agent.")
add(T, H, "payment", hyp("2026-08-04T10:55", HYV["power"], "7120000", "电费", "8月电费预付",
    "E3101", ["E3100"], contract_id="HY-NY-2026-001",
    text=hy_erp("8月电费预付（电石炉、PVC装置）", "园区配售电", "HY-NY-2026-001")),
    note="Monthly electricity prepayment to the park power distributor.")
add(T, H, "payment", hyp("2026-08-07T17:10", HYV["lime_new"], "1", "货款", "账户变更试汇款（1元）",
    "E3103", ["E3101"], contract_id="HY-CG-2026-005", changed=HY_LIME_CHANGED,
    verification=(HYV["lime_new"]["phone"], "E3101", "2026-08-06T11:15"),
    text=hy_erp("账户变更试汇款（1元）", "七克台石灰石", "HY-CG-2026-005",
                extra="对方8月5日寄来盖章《银行账户变更函》，已按供应商档案座机回拨朱会计确认；先试汇1元，到账后对方回传回单")),
    note="One-yuan test transfer to the quarry's new account after a stamped letter and a call-back.")
add(T, H, "order", order("2026-08-11T12:35", HYC["hengtong"], [("PVC树脂SG-5", "120", "吨", "5080")],
    "email", "昌吉市高新区恒达塑业型材厂", "2026-08-14", "款到发货", "货款已到，汽运"),
    note="PVC resin order from an established window-profile maker.")
add(T, H, "payment", hyp("2026-08-12T18:20", HYV["payroll"], "3301877.60", "工资", "7月工资代发（441人）",
    "E3101", ["E3100"], text="金蝶云星空·付款申请单：7月工资代发（441人），工资表经人力资源部、财务部审核"),
    note="Monthly payroll through the bank's payroll account.")

# ---- huoyan test
X = "test"
i = inv("hy-t-lantan-0818")
add(T, X, "order", order("2026-08-17T11:20", HYC["tiansu"], [("PVC树脂SG-5", "260", "吨", "5050")],
    "email", "乌鲁木齐甘泉堡经济技术开发区天塑管业厂区", "2026-08-21", "款到发货", "预付款已到，铁路专用线发运"),
    note="Routine: PVC resin order from an established pipe maker.")
add(T, X, "payment", hyp("2026-08-18T10:50", HYV["lantan"], "861100", "货款", "兰炭款（1090吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-003", invoice_no=i, short="金岭兰炭"),
    note="Routine: Weekly semi-coke payment to the regular reductant supplier.")
i = inv("hy-t-lime-0819")
add(T, X, "payment", hyp("2026-08-19T11:35", HYV["lime_new"], "613600", "货款", "石灰石款（5200吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-005", invoice_no=i, changed=HY_LIME_CHANGED,
    verification=(HYV["lime_new"]["phone"], "E3101", "2026-08-06T11:15"),
    text=hy_erp("石灰石款（5200吨）", "七克台石灰石", "HY-CG-2026-005", i,
                extra="新账户8月7日已试汇1元并经对方朱会计电话确认到账")),
    signals=["account_changed_recent"],
    note="Hard negative: Limestone paid to the quarry's new account, changed two weeks earlier on a stamped letter, called back on the number on file and already proven by a one-yuan test transfer.")
hy_fake_gm = "yanguodong@huoyanchern.com"
add(T, X, "payment", hyp("2026-08-20T16:10",
    payee("北京中衡能评技术咨询有限公司", acct("0200", 19, "hy-zhongheng"), "中国工商银行北京海淀支行"),
    "65000", "咨询费", "二期能耗指标咨询费", "E3101", [], channel="email", from_name="闫国栋",
    from_contact=hy_fake_gm, urgent=True,
    text="梁经理：\n自治区那边二期电石炉的能耗指标下周上会，我托人找了北京一家做能评的咨询公司帮着协调，前期咨询费6.5万，对方说今天到账才给排期。\n收款：北京中衡能评技术咨询有限公司，工行北京海淀支行。\n这事还没上班子会，你直接办，先别在群里说，合同后面让邓文斌补。\n\n闫国栋\n发自我的iPhone"),
    label="scam", scam_type="boss_impersonation", expect="flag",
    signals=["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "bypass_process",
             "urgency", "first_time_payee", "no_approval", "no_po_contract"],
    note="An e-mail from 'huoyanchern.com' (rn for m) signed by the GM asks the finance manager to pay a 65k 'energy-quota consulting' fee to a Beijing firm today and keep it out of the group chat.")
add(T, X, "payment", hyp("2026-08-21T14:25",
    payee("艾买提江·吐尔逊", acct("622848", 19, "hy-driver"), "中国农业银行鄯善县支行", "personal"),
    "6480", "运费", "电石渣短驳运费（8月第3周，2车）", "E3103", ["E3101"],
    text=hy_erp("电石渣短驳运费（8月第3周，2车×27吨，鄯善县金石水泥厂）", "个体运输户艾买提江", extra="运单HY-DB-0817-03/04，过磅单已附")),
    signals=["personal_account", "first_time_payee"],
    note="Hard negative: Short-haul freight for carbide slag paid to the owner-driver's own card against two waybills and weighbridge tickets.")
add(T, X, "order", order("2026-08-24T12:05",
    customer("新疆天塑管材有限公司", uscc("91", "650104", "hy-tiansu-fake"), "郭主任",
             mob("hy-guo", "1900000"), "tiansu_gc@163.com", wxid("hy-guo"), None),
    [("PVC树脂SG-5", "1200", "吨", "5060")], "phone", "河南省郑州市中牟县某物流园B区12号库", "2026-08-28",
    "货到验收后90天电汇",
    "电话里自称天塑管业新成立的管材事业部，说原来的范经理调走了，以后找他。郑州有个市政管网项目急用料，价格按你们报价不还，要求先发货，后面加微信对接。"),
    label="scam", scam_type="fake_purchaser", expect="flag",
    signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
             "far_delivery", "large_first_order", "urgency"],
    note="A firm named 天塑管材 (one word off the established pipe maker 天塑管业) orders 1,200 t on 90-day terms for a Zhengzhou logistics park, with a new contact and a 163.com address.")
add(T, X, "payment", hyp("2026-08-25T15:45",
    payee("新疆火焰氯碱化工有限公司", acct("3004211739", 19, "hy-margin"), "中国工商银行鄯善支行"),
    "900000", "承兑保证金", "开立银行承兑汇票保证金（30%）", "E3103", ["E3101", "E3100"],
    contract_id="HY-CG-2026-007",
    text=hy_erp("开立银行承兑汇票保证金", "本公司保证金账户",
                extra="支付恒晟碳素电极糊货款拟开银承300万元，按工行鄯善支行授信批复缴存30%保证金90万元至我司在该行的保证金户（户名本公司）")),
    signals=["deposit_words", "first_time_payee"],
    note="Hard negative: A 30% margin for a bank acceptance bill moved into the company's own margin account at its bank.")
add(T, X, "payment", hyp("2026-08-26T11:10",
    payee("深圳鹏程盛达商务咨询有限公司", acct("4430", 19, "hy-pengcheng"), "平安银行深圳福田支行"),
    "800000", "保证金", "尾气制LNG合作项目履约保证金", "E3140", ["E3101"], channel="im",
    from_name="中科聚能 项目经理 袁明", from_contact=wxid("hy-yuanming"), urgent=True,
    text="袁明：贾工，协议已经定稿了，签约前的履 约 保 证 金80万今天能走吗？\n袁明：按我们集团规定，保证金统一打到结算单位鹏程盛达，那边出收据，协议还是跟中科聚能签。\n袁明：这个项目是国家级示范，新疆就两个名额，晚了别家就顶上了。\n贾海峰：我报财务。"),
    label="scam", scam_type="contract_fraud", expect="flag",
    signals=["im_instruction", "deposit_words", "bigproject_words", "payee_name_mismatch",
             "first_time_payee", "shell_company", "urgency", "evasion_spacing"],
    note="A 'national demonstration' tail-gas-to-LNG partner wants an 800k performance bond before signing, paid not to the contracting party but to a two-month-old Shenzhen 'settlement' consultancy; the chat spaces out the deposit word.")
add(T, X, "payment", hyp("2026-08-27T10:40", HYV["power"], "1860000", "电费", "8月电费补缴（超预付部分）",
    "E3102", ["E3101", "E3100"], channel="im", from_name="闫国栋", from_contact=wxid("hy-yanguodong"),
    contract_id="HY-NY-2026-001", urgent=True,
    text="闫国栋：热孜万古丽，配售电公司刚来电话，8月电量超了预付，电费户头只够三天，月底前要补一笔，不然要限负荷。\n闫国栋：按他们发的补缴通知走，今天把流程走完，梁经理那边我说过了。\n热孜万古丽：好的闫总，我马上在金蝶提单。"),
    signals=["im_instruction", "boss_role", "urgency"],
    note="Hard negative: The GM on his usual WeChat tells the cashier to top up the power bill before a load cut; the payee is the park power distributor on file and the request goes through both approvers.")
add(T, X, "payment", hyp("2026-08-28T17:20",
    payee("刘春花", acct("621700", 19, "hy-liuchunhua"), "中国建设银行吐鲁番分行", "personal"),
    "23640", "工资", "包装车间临时工8月上半月工资（6人）", "E3130", ["E3101"],
    text="金蝶云星空·付款申请单：包装车间临时工8月上半月工资（6人），考勤表已附"),
    label="scam", scam_type="fake_salary", expect="block",
    signals=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
    note="Structural only: Six temporary packers' half-month wages go in one transfer to a single private card whose holder is not on the crew list; the memo reads like any payroll line.")
add(T, X, "order", order("2026-08-31T11:15", HYC["chenyu"], [("电石（发气量≥295L/kg）", "500", "吨", "2880")],
    "email", "巴州库尔勒经济技术开发区晨宇化工厂区", "2026-09-07", "款到发货",
    "危化品经营许可证及购买单位备案在档；客户委托危货专用车辆运输"),
    note="Routine: Calcium-carbide order from an established BDO producer with its permits on file.")
add(T, X, "order", order("2026-09-01T10:25",
    customer("鄯善县润泉水务有限公司", uscc("91", "650421", "hy-runquan"), "阿不都热合曼",
             tel("0995", "hy-runquan"), "rqsw@ssrqsw.cn", None, None),
    [("盐酸（31%）", "40", "吨", "360")], "email", "鄯善县城南水厂加药间", "2026-09-04",
    "款到发货（对公已到账）",
    "县属水务公司二次供水消毒及管道除垢用。已提供易制毒化学品购买备案证明（鄯公易购备〔2026〕0087号）及营业执照，货款从其基本户对公转账，8月31日到账；我方危货槽车送货。"),
    signals=["new_customer", "institution_claim"],
    note="Hard negative: A county water utility buys hydrochloric acid, a listed precursor chemical, with its filing certificate, paying in advance from its own account.")
add(T, X, "payment", hyp("2026-09-02T15:30",
    payee("新疆鑫汇通达商贸有限公司", acct("6230", 19, "hy-xinhui"), "广西北部湾银行南宁分行"),
    "480000", "资金核查", "配合经侦资金核查（核查后退回）", "E3102", [], channel="phone",
    from_name="自称吐鲁番市公安局经侦支队 王警官", from_contact=tel("0995", "hy-fakepolice"), urgent=True,
    text="（出纳接到自称吐鲁番市公安局经侦支队王警官来电，称公司对公账户涉嫌为电诈团伙洗钱，随后收到短信）\n【吐魯番市公安局】新疆火焰氯碱化工有限公司：貴司對公賬戶涉嫌洗錢案（案號吐公經2026-0917），請於今日17時前將賬戶資金轉入安全帳戶配合資金核查，核查無誤後原路退回。此案保密，不得告知他人，否則按妨礙偵查處理。"),
    label="scam", scam_type="authority_impersonation", expect="block",
    signals=["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency",
             "first_time_payee", "no_approval", "unusual_bank_region", "evasion_traditional"],
    note="A caller posing as the Turpan economic-crime police, followed by an SMS in traditional characters, tells the cashier to move 480k into a 'safe account' for fund verification and tell no one.")
add(T, X, "payment", hyp("2026-09-03T11:50",
    payee("吐鲁番市中级人民法院执行款专户", acct("3058010104", 17, "hy-court"), "中国农业银行吐鲁番分行"),
    "186420", "执行款", "（2026）新21执87号执行款", "E3103", ["E3101", "E3100"],
    verification=(tel("0995", "hy-court"), "E3101", "2026-09-02T16:40"),
    text=hy_erp("（2026）新21执87号执行款（原二期安装分包工程款纠纷）", "吐鲁番中院执行款专户",
                extra="按执行通知书载明账户缴纳；法务已用法院官网公布的执行局电话向书记员核实账户")),
    signals=["authority_words", "first_time_payee"],
    note="Hard negative: Court-ordered payment in a subcontracting dispute, to the intermediate court's own enforcement account named in the notice and checked by phone on the court's published number.")
hy_han = mob("hy-xiaohan")
add(T, X, "payment", hyp("2026-09-04T16:40",
    payee("宁夏恒晟商贸有限公司", acct("1071", 18, "hy-hs-trade"), "中国银行石嘴山分行", vendor_id="V-HY04",
          phone=HYV["paste"]["phone"]),
    "766500", "货款", "电极糊款（175吨）", "E3103", ["E3101", "E3100"], channel="im",
    from_name="恒晟碳素 销售小韩", from_contact=wxid("hy-xiaohan"), contract_id="HY-CG-2026-007",
    changed="2026-09-03T18:40", verification=(hy_han, "E3110", "2026-09-03T18:30"),
    text="小韩：邓经理好，跟您说个事，我们碳素厂基本户因为税务稽查临时冻结了，这个月电极糊款麻烦打到我们关联公司恒晟商贸，对公户，发票还是碳素厂开，不影响。\n小韩：账户信息我发图片了，有疑问打我电话%s。\n邓文斌：行，我让财务改一下档案。" % hy_han),
    label="scam", scam_type="account_change", expect="block",
    signals=["im_instruction", "account_change_words", "account_changed_recent", "payee_name_mismatch",
             "first_time_payee"],
    note="The electrode-paste salesman says on WeChat that the plant's account is frozen for a tax audit and asks for payment to an 'affiliate'; changed the evening before, and the 'call-back' went to the mobile in the same chat, not the landline on file.")
add(T, X, "payment", hyp("2026-09-07T10:35",
    payee("新疆云腾网络科技有限公司", acct("3002", 19, "hy-yunteng"), "中国工商银行乌鲁木齐高新区支行",
          vendor_id="V-HY11", phone=tel("0991", "hy-yunteng")),
    "3860", "服务费", "企业邮箱及huoyanchem.com域名年度续费", "E3103", ["E3101"],
    contract_id="HY-FW-2025-031", invoice_no=inv("hy-t-yunteng"),
    text=hy_erp("企业邮箱（50用户）及huoyanchem.com域名年度续费（2026.9—2027.9）", "云腾网络", "HY-FW-2025-031",
                inv("hy-t-yunteng"), extra="信息中心确认到期日9月12日")),
    signals=["renewal_bill", "first_time_payee"],
    note="Hard negative: Yearly renewal of the company's own domain and mailboxes to the hosting firm that has held them since 2025.")
add(T, X, "payment", hyp("2026-09-08T14:50",
    payee("北京华域网信科技有限公司", acct("1109", 18, "hy-huayu"), "招商银行北京望京支行"),
    "5600", "服务费", "中文域名及通用网址保护费", "E3103", ["E3101"], channel="letter",
    from_name="中国化工企业品牌保护中心（挂号信）", from_contact=tel("010", "hy-brand"), urgent=True,
    text="关于“火焰化工”中文域名及通用网址争议审核的通知函\n新疆火焰氯碱化工有限公司：\n我中心近日受理乌鲁木齐某科技公司提交的注册申请，拟注册“火焰化工.cn”“火焰化工.中国”及通用网址“火焰化工”。经审核，上述名称与贵司字号相同。如贵司未在本函发出之日起7个工作日内提交保护申请，我中心将依程序予以核准。\n保护年限五年，服务费人民币5600元，请汇入我中心指定受理单位北京华域网信科技有限公司。\n联系人：杨老师"),
    label="scam", scam_type="fake_invoice", expect="flag",
    signals=["letter_instruction", "renewal_bill", "urgency", "first_time_payee", "no_po_contract"],
    note="A registered letter from a 'brand protection centre' claims another firm is registering 火焰化工 as a Chinese domain and asks 5,600 within seven working days to a Beijing tech firm.")
i = inv("hy-t-lantan-0909")
add(T, X, "payment", hyp("2026-09-09T11:05", HYV["lantan"], "955900", "货款", "兰炭款（1210吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-003", invoice_no=i, short="金岭兰炭"),
    note="Routine: Weekly semi-coke payment to the regular reductant supplier.")
add(T, X, "payment", hyp("2026-09-10T17:50", HYV["payroll"], "3318264.30", "工资", "8月工资代发（443人）",
    "E3101", ["E3100"], text="金蝶云星空·付款申请单：8月工资代发（443人），工资表经人力资源部、财务部审核"),
    note="Routine: Monthly payroll through the bank's payroll account.")
add(T, X, "payment", hyp("2026-09-10T16:15",
    payee("哈密博源环保科技有限公司", acct("650501", 19, "hy-boyuan"), "中国建设银行哈密分行",
          vendor_id="V-HY08", phone=tel("0902", "hy-boyuan")),
    "74000", "处置费", "废汞触媒处置预付款（首批8吨，50%）", "E3103", ["E3101", "E3100"],
    contract_id="HY-FW-2026-019",
    text=hy_erp("废汞触媒处置预付款（首批8吨×18500元，预付50%）", "博源环保", "HY-FW-2026-019",
                extra="对方持危险废物经营许可证（HW29类），转移联单已在自治区固废系统申报")),
    signals=["first_time_payee", "fee_words"],
    note="Hard negative: First prepayment to a licensed hazardous-waste disposer for spent mercury catalyst under a signed contract and a declared transfer manifest.")
add(T, X, "payment", hyp("2026-09-11T12:20",
    payee("沈浩然", acct("621700", 19, "hy-shenhr"), "中国建设银行杭州分行", "personal"),
    "128000", "验资款", "流动资金贷款验资款（放款时返还）", "E3103", ["E3101"], channel="phone",
    from_name="丝路普惠金融服务 客户经理宋某", from_contact=mob("hy-song", "1960000"), urgent=True,
    text="来电记录（9月11日上午，财务部座机）：对方自称“丝路普惠金融服务”客户经理，说看到我司二期项目在园区公示，可以对接一笔3000万元流动资金贷款，年化3.65%，无抵押，一周放款。放款前银行要做“账户实力验资”，需先打验资款12.8万元到他们风控专员个人卡，验资完毕连同贷款一起返还。收款人：沈浩然，建行杭州分行。"),
    label="scam", scam_type="advance_fee", expect="block",
    signals=["phone_instruction", "loan_fee_words", "personal_account", "first_time_payee",
             "unusual_bank_region", "urgency"],
    note="A cold-calling 'inclusive finance' broker offers an unsecured 30m loan and wants 128k 'capital verification' money on a risk officer's private card in Hangzhou first.")
add(T, X, "payment", hyp("2026-09-14T15:30", HYV["tax"], "1392118.06", "税款", "8月增值税及附加",
    "E3101", ["E3100"], text="三方协议实时扣税（电子税务局申报）：8月增值税及附加"),
    note="Routine: Monthly VAT through the tax bureau's three-party debit.")
add(T, X, "payment", hyp("2026-09-15T11:40",
    payee("李秀英", acct("622202", 19, "hy-lixiuying"), "中国工商银行长沙分行", "personal"),
    "9800", "借支", "个人借支（下月工资扣还）", "E3111", ["E3110"],
    text="金蝶云星空·借支单：个人借支9800元，下月工资扣还。\n借支说明：本人在网上接了唰单兼职，前两单都按时返力了，第三单系统提示卡单，派单老师说要补充值9800元才能把前面的本金和返力一起提出来，今天不补就清零。收款人是平台财务李秀英。"),
    label="scam", scam_type="task_rebate", expect="block",
    signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo",
             "evasion_homophone"],
    note="A purchasing clerk asks for a 9,800 staff advance to a stranger's card to 'unstick' an online order-brushing task, copying the platform's homophone spellings 唰单 and 返力.")
add(T, X, "payment", hyp("2026-09-16T16:05",
    payee(HYC["hengtong"]["name"], HY_HENGTONG_ACCT, "昌吉农村商业银行高新区支行", phone=HYC["hengtong"]["phone"]),
    "18000", "退款", "PVC价格补差退款（原路退回）", "E3103", ["E3101"],
    text=hy_erp("8月11日订单（120吨）价格补差退款（原路退回）", "恒达塑业型材",
                extra="按补充协议HY-XS-BC-2026-04，8月中旬挂牌价下调150元/吨，差价18000元退回客户原付款账户（其工商银行回单对应账号）")),
    signals=["refund_words", "first_time_payee"],
    note="Hard negative: A price-drop difference refunded under a signed supplement to an established profile maker's own paying account.")
add(T, X, "order", order("2026-09-17T12:30",
    customer("乌鲁木齐聚鑫源新材料科技有限公司", uscc("91", "650106", "hy-juxinyuan"), "曹总",
             mob("hy-cao", "1960000"), None, wxid("hy-cao"), None),
    [("盐酸（31%）", "60", "吨", "380")], "im", "吐鲁番市高昌区亚尔乡某村5组（院内自提）", "2026-09-18",
    "个人微信转账（付款人为其表弟个人账户）",
    "说是做管道清洗用的，易制毒备案证明“还在公安那边办，先发货后补”；付款人是“我表弟”的个人账户；要求晚上来拉，车是自己的普通厢货。"),
    label="scam", scam_type="fake_purchaser", expect="flag",
    signals=["hazardous_no_permit", "new_customer", "third_party_payer", "residential_delivery",
             "contact_im_only"],
    note="A new 'materials' trader wants 60 t of hydrochloric acid without its precursor-chemical filing, paid from a cousin's personal account and collected at night from a village yard in an ordinary van.")
add(T, X, "payment", hyp("2026-09-21T14:10",
    payee("江苏恒锐重型装备有限公司", acct("1060140104", 17, "hy-hengrui"), "中国农业银行常州武进支行"),
    "980000", "定金", "二期电石炉设备定金", "E3102", [], channel="im", from_name="闫国栋",
    from_contact="企业微信群：火焰化工·二期项目协调（当日09:12新建）", urgent=True,
    text="【企业微信群：火焰化工·二期项目协调】\n闫国栋：@热孜万古丽 工行和农行现在可用余额各多少？截个图发群里\n热孜万古丽：[图片] 闫总，工行可用1236万，农行218万\n闫国栋：好。二期电石炉的设备厂家今天要定金锁排产，江苏恒锐那边合同我在谈，先付98万定金，账户我发你\n闫国栋：江苏恒锐重型装备有限公司 农行常州武进支行\n闫国栋：我跟梁经理在自治区开会，电话不方便，先办，审批单回来我签\n热孜万古丽：好的闫总"),
    label="scam", scam_type="boss_impersonation", expect="block",
    signals=["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process",
             "deposit_words", "urgency", "first_time_payee", "no_approval"],
    note="In a WeChat Work group created that morning the fake GM has the cashier screenshot both bank balances, then orders a 980k equipment deposit to an unknown Changzhou maker, paperwork 'after the meeting'.")
add(T, X, "order", order("2026-09-22T11:20", HYC["dongyuan"], [("液碱（32%）", "800", "吨", "820")],
    "erp", "昌吉州准东五彩湾东源氧化铝二期项目部（新厂区）", "2026-09-30", "月结30天",
    "二期新厂区试车用碱，收货人仍为申工，收货地址变更已由东源供应部盖章函确认"),
    signals=["far_delivery"],
    note="Hard negative: The established alumina refiner has this month's caustic soda sent to its new second-phase site, confirmed by a stamped letter, on its usual terms and contact.")
add(T, X, "order", order("2026-09-24T10:30",
    customer("白银市金塑管业有限公司", uscc("91", "620402", "hy-jinsu"), "温经理",
             tel("0943", "hy-jinsu"), "wen@by-jinsu.cn", None, None),
    [("PVC树脂SG-5", "400", "吨", "5000")], "email", "甘肃省白银市平川区金塑管业厂区", "2026-10-10",
    "全款预付（9月23日已到账，工行回单）",
    "通过行业资讯平台询价，首单全款预付，2000000元已到我司工行基本户，汽运自提，提货车辆清单已发。"),
    signals=["new_customer", "large_first_order"],
    note="Hard negative: A new Gansu pipe maker's 2m first order, paid in full to the company account before any loading.")
add(T, X, "payment", hyp("2026-09-25T17:40",
    payee("喀什市宏达建材贸易有限公司", acct("6230", 19, "hy-hongda"), "喀什农村商业银行"),
    "158000", "退款", "客户误转款退回（转付其供应商）", "E3120", [], channel="im",
    from_name="喀什新客户 阿里木", from_contact=wxid("hy-alimu"), urgent=True,
    text="阿里木：牛经理，我们财务转了两笔，一笔是货款9.6万，另一笔本来是给我们管材供应商的15.8万，操作员转错到你们账上了，截图发你了\n阿里木：麻烦把15.8万退到喀什宏达建材（我们供应商）账户上，他们今天等着发货，节日也没办法\n牛振宇：我让财务看看"),
    label="scam", scam_type="overpayment_refund", expect="block",
    signals=["im_instruction", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency",
             "first_time_payee", "no_approval", "off_hours"],
    note="On the Mid-Autumn holiday a new Kashgar buyer claims a 158k mistaken transfer, shown only by a screenshot, and wants it 'returned' to a third company it calls its supplier.")
add(T, X, "payment", hyp("2026-09-28T10:45", HYV["cat"], "415000", "货款", "低汞触媒款（10吨）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-009", invoice_no=inv("hy-t-cat-0928"),
    changed=HY_CAT_CHANGED, short="贺兰山触媒"),
    signals=["account_changed_long_ago"],
    note="Hard negative: Catalyst paid to the supplier whose bank change was recorded in February and has been used since.")
add(T, X, "payment", hyp("2026-09-30T11:10",
    payee("新疆化建安装工程有限公司", acct("3002", 19, "hy-huajian"), "中国工商银行乌鲁木齐新市区支行",
          vendor_id="V-HY12", phone=tel("0991", "hy-huajian")),
    "218400", "质保金", "二期电石炉安装工程质保金（期满支付5%）", "E3103", ["E3101", "E3100"],
    contract_id="HY-GC-2025-012",
    text=hy_erp("二期电石炉安装工程质保金（合同价4368000元×5%）", "化建安装", "HY-GC-2025-012",
                extra="质保期2025.9.20—2026.9.20已满，设备部验收单无遗留问题，按合同第十二条支付")),
    signals=["deposit_words", "first_time_payee"],
    note="Hard negative: Release of a 5% installation retention to the contractor after the one-year warranty, with the equipment department's sign-off.")
add(T, X, "payment", hyp("2026-10-03T15:30", HYV["rail"], "134800", "运费", "国庆期间PVC铁路运费预付（加开敞车）",
    "E3103", ["E3101", "E3100"], contract_id="HY-WL-2026-002", urgent=True,
    text=hy_erp("国庆期间PVC铁路运费预付（鄯善站加开敞车12辆，发成都）", "铁鹏物流", "HY-WL-2026-002",
                extra="【加急】铁路局节日期间临时增配车皮，需今日预付才能装车，梁经理、闫总手机端审批")),
    signals=["off_hours", "urgency"],
    note="Hard negative: A holiday rail-freight prepayment to the regular forwarding agent for extra wagons, approved on mobile by both managers.")
add(T, X, "payment", hyp("2026-10-09T16:20",
    payee("乌鲁木齐汇鼎企业管理咨询有限公司", acct("3002", 19, "hy-huiding"), "中国工商银行乌鲁木齐北京路支行"),
    "60000", "保证金", "贷款担保风险保证金", "E3103", ["E3101"], channel="email",
    from_name="汇鼎咨询 金融服务部", from_contact="huiding_jr@126.com", urgent=True,
    text="火焰化工梁总：您好！贵司申请的300万元流动资金贷款已通过我司合作银行初审，按流程需由我司提供担保，请于10月12日前缴纳风险保证金6万元（贷款额2%），放款后10个工作日内无息退还。逾期未缴视为放弃，名额将让给其他企业。\n附：担保意向书（电子章）\n乌鲁木齐汇鼎企业管理咨询有限公司 金融服务部"),
    label="scam", scam_type="advance_fee", expect="flag",
    signals=["email_instruction", "free_mail", "loan_fee_words", "deposit_words", "urgency", "first_time_payee"],
    note="A management consultancy with a 126.com address, not a licensed guarantor, asks a 2% 'risk deposit' before a 3m bank loan it says it has pre-approved.")
add(T, X, "payment", hyp("2026-10-12T11:45",
    payee("托克逊县金岭兰炭有限公司", acct("620501", 19, "hy-lantan-fake"), "中国建设银行武威分行",
          vendor_id="V-HY01", phone=HYV["lantan"]["phone"]),
    "908500", "货款", "兰炭款（1150吨）", "E3103", ["E3101", "E3100"], channel="email",
    from_name="金岭兰炭 财务部", from_contact="caiwu@jinling1antan.com", contract_id="HY-CG-2026-003",
    invoice_no=inv("hy-t-lantan-1012"), changed="2026-10-09T18:10",
    text="火焰化工财务部：\n因我司基本户所在托克逊农行网点撤并，10月起货款暂停入该账户。经公司研究，启用建行武威分行结算户（户名不变），请以本函为准，原账户来款将被退回。\n附：银行账户变更确认函（盖章扫描件）\n金岭兰炭 财务部 马会计"),
    label="scam", scam_type="account_change", expect="block",
    signals=["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent",
             "first_time_payee", "unusual_bank_region"],
    note="An e-mail from 'jinling1antan.com' (digit 1 for l) moves the semi-coke supplier to a bank in Wuwei, Gansu; keyed three days before this 909k payment, with no call-back.")
add(T, X, "payment", hyp("2026-10-14T15:55", HYV["paste"], "783000", "货款", "电极糊款（7月批次）",
    "E3103", ["E3101", "E3100"], contract_id="HY-CG-2026-007", invoice_no=i_paste_jul,
    text=hy_erp("电极糊款（7月批次，180吨）", "恒晟碳素", "HY-CG-2026-007", i_paste_jul)),
    label="scam", scam_type="fake_invoice", expect="block",
    signals=["duplicate_invoice"],
    note="Structural only: A copy of July's electrode-paste invoice, already paid in full on 14 July, comes back through purchasing as a new payment to the regular account.")


# ============================================================================= YINMIAN
# 阿克苏银棉纺织有限公司 — cotton spinning, Aksu textile park.

T = "yinmian"
YM_PAYER = {"account_no": acct("3090010104", 17, "ym-payer"), "account_name": "阿克苏银棉纺织有限公司"}
YM_E = {"E5200": "郑宏伟", "E5201": "石建业", "E5202": "柯雪梅", "E5203": "阿依古丽", "E5204": "魏婷",
        "E5210": "潘志勇", "E5220": "叶朝阳", "E5221": "吴佳琪", "E5230": "帕提古丽", "E5240": "谭永强"}

YMV = {
    "xinfeng": payee("阿瓦提县鑫丰棉业有限公司", acct("2036529", 19, "ym-xinfeng"), "中国农业发展银行阿瓦提县支行",
                     vendor_id="V-YM01", phone=tel("0997", "ym-xinfeng")),
    "tahe": payee("沙雅县塔河轧花有限公司", acct("3092410104", 17, "ym-tahe"), "中国农业银行沙雅县支行",
                  vendor_id="V-YM02", phone=tel("0997", "ym-tahe")),
    "power": payee("阿克苏纺织工业城供电有限公司", acct("3008", 19, "ym-power"), "中国工商银行阿克苏分行",
                   vendor_id="V-YM03", phone=tel("0997", "ym-power")),
    "tube": payee("阿克苏恒通纸管有限公司", acct("8807", 18, "ym-tube"), "阿克苏农村商业银行",
                  vendor_id="V-YM04", phone=tel("0997", "ym-tube")),
    "logis": payee("阿克苏丝路通达物流有限公司", acct("652901", 19, "ym-logis"), "中国建设银行阿克苏分行",
                   vendor_id="V-YM05", phone=tel("0997", "ym-logis")),
    "aircon": payee("阿克苏天翔空调工程有限公司", acct("3008", 19, "ym-aircon"), "中国工商银行阿克苏分行",
                    vendor_id="V-YM08", phone=tel("0997", "ym-aircon")),
    "group": payee("新疆银棉控股集团有限公司", acct("3090010104", 17, "ym-group"), "中国农业银行阿克苏分行",
                   vendor_id="V-YM09", phone=tel("0997", "ym-group")),
    "tax": payee("国家金库阿克苏市支库", acct("6529", 17, "ym-tax"), "国家金库阿克苏市支库", vendor_id="TAX-01"),
    "payroll": payee("中国农业银行阿克苏分行（工资代发账户）", acct("3090010104", 17, "ym-payroll"),
                     "中国农业银行阿克苏分行", vendor_id="PAY-01"),
}
YMC = {
    "jinxiu": customer("绍兴柯桥锦绣织造有限公司", uscc("91", "330603", "ym-jinxiu"), "何经理",
                       tel("0575", "ym-jinxiu"), "he@jinxiu-weaving.com", None, "C-YM01"),
    "huamian": customer("阿克苏华棉织布有限公司", uscc("91", "652901", "ym-huamian"), "阿不都",
                        tel("0997", "ym-huamian"), "hm_cg@huamian-tex.cn", None, "C-YM02"),
    "junye": customer("佛山南海骏业纺织有限公司", uscc("91", "440605", "ym-junye"), "梁小姐",
                      tel("0757", "ym-junye"), "liang@junye-textile.com", None, "C-YM03"),
}
YM_JINXIU_ACCT = acct("3301", 19, "ym-jinxiu-bank")


def ym_erp(memo, short, contract=None, invoice=None, extra=None):
    s = "【浪潮GS】资金支付单已审批｜%s｜收款方：%s" % (memo, short)
    if contract:
        s += "｜合同号%s" % contract
    if invoice:
        s += "｜票号%s" % invoice
    if extra:
        s += "｜" + extra
    return s


def ymp(when, pe, amount, purpose, memo, requested_by, approved_by, text=None, channel="erp",
        from_name=None, from_contact=None, urgent=False, short=None, **kw):
    if text is None:
        text = ym_erp(memo, short or pe["name"], kw.get("contract_id"), kw.get("invoice_no"))
    ins = instr(channel, from_name or YM_E.get(requested_by, requested_by), text, from_contact, urgent)
    return pay(YM_PAYER, when, pe, amount, purpose, memo, ins, requested_by, approved_by, **kw)


# ---- yinmian history
H = "history"
i = inv("ym-h-xinfeng-0701")
add(T, H, "payment", ymp("2026-07-01T11:20", YMV["xinfeng"], "1824000", "货款", "皮棉款（3129B，120吨）",
    "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-003", invoice_no=i, short="鑫丰棉业"),
    note="Lint cotton from the regular Awati ginnery.")
add(T, H, "order", order("2026-07-03T15:35", YMC["jinxiu"], [("精梳紧密纺纯棉纱JC40S", "60", "吨", "23800")],
    "email", "浙江省绍兴市柯桥区锦绣织造厂", "2026-07-15", "款到发货", "货款已到，铁路集装箱发绍兴"),
    note="Combed-yarn order from an established Keqiao weaving mill.")
add(T, H, "payment", ymp("2026-07-07T10:50", YMV["power"], "1126430", "电费", "6月电费",
    "E5204", ["E5202"], contract_id="YM-NY-2026-001", invoice_no=inv("ym-h-power-0707"), short="工业城供电"),
    note="Monthly electricity bill from the textile-park power company.")
add(T, H, "payment", ymp("2026-07-08T17:40", YMV["payroll"], "3492660", "工资", "6月工资代发（612人）",
    "E5202", ["E5201"], text="【浪潮GS】资金支付单已审批｜6月工资代发（612人）｜工资表经人事部、车间主任会签"),
    note="Monthly payroll through the bank's payroll account.")
add(T, H, "order", order("2026-07-10T12:15", YMC["huamian"], [("纯棉纱C32S", "40", "吨", "21600")],
    "erp", "阿克苏纺织工业城华棉织布厂", "2026-07-14", "月结30天", "本地织布厂，厂车自提"),
    note="Carded-yarn order from an established local weaving mill on monthly terms.")
add(T, H, "payment", ymp("2026-07-13T16:20", YMV["tube"], "40800", "货款", "纸管款（60000只）",
    "E5204", ["E5202"], contract_id="YM-CG-2026-011", invoice_no=inv("ym-h-tube-0713"), short="恒通纸管"),
    note="Paper yarn tubes from the regular local maker.")
add(T, H, "payment", ymp("2026-07-15T10:40", YMV["tax"], "612934.18", "税款", "6月增值税及附加",
    "E5202", ["E5201"], text="税库银三方协议扣款：6月增值税及附加"),
    note="Monthly VAT through the three-party debit.")
add(T, H, "payment", ymp("2026-07-17T14:05", YMV["tahe"], "1515000", "货款", "皮棉款（3128B，100吨）",
    "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-004", invoice_no=inv("ym-h-tahe-0717"), short="塔河轧花"),
    note="Lint cotton from the regular Shaya ginnery.")
add(T, H, "payment", ymp("2026-07-21T11:30", YMV["logis"], "128600", "运费", "棉纱发运运费（7月上旬，阿克苏—绍兴）",
    "E5204", ["E5202"], contract_id="YM-WL-2026-002", invoice_no=inv("ym-h-logis-0721"), short="丝路通达物流"),
    note="Yarn freight to the regular carrier.")
add(T, H, "payment", ymp("2026-07-24T16:45", YMV["group"], "3000000", "资金归集", "集团内部往来——7月资金上划",
    "E5202", ["E5201"], text="【浪潮GS】资金支付单已审批｜7月资金上划集团资金池｜依据《银棉集团资金集中管理协议》"),
    note="Monthly sweep to the parent group's cash pool under the treasury agreement.")
add(T, H, "order", order("2026-07-28T12:50", YMC["junye"], [("纯棉纱C21S", "50", "吨", "20400")],
    "email", "广东省佛山市南海区骏业纺织厂", "2026-08-08", "款到发货", "货款已到，汽运专线"),
    note="Yarn order from an established Foshan mill.")
add(T, H, "payment", ymp("2026-08-04T11:15", YMV["power"], "1208770", "电费", "7月电费",
    "E5204", ["E5202"], contract_id="YM-NY-2026-001", invoice_no=inv("ym-h-power-0804"), short="工业城供电"),
    note="Monthly electricity bill from the textile-park power company.")
add(T, H, "payment", ymp("2026-08-07T15:30", YMV["aircon"], "36500", "维修费", "细纱车间空调机组季度保养",
    "E5204", ["E5202"], contract_id="YM-FW-2026-006", invoice_no=inv("ym-h-aircon-0807"), short="天翔空调"),
    note="Quarterly air-conditioning maintenance by the regular contractor.")
add(T, H, "payment", ymp("2026-08-10T17:25", YMV["payroll"], "3531240", "工资", "7月工资代发（618人）",
    "E5202", ["E5201"], text="【浪潮GS】资金支付单已审批｜7月工资代发（618人）｜工资表经人事部、车间主任会签"),
    note="Monthly payroll through the bank's payroll account.")
add(T, H, "payment", ymp("2026-08-13T10:35", YMV["xinfeng"], "1989000", "货款", "皮棉款（3129B，130吨）",
    "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-003", invoice_no=inv("ym-h-xinfeng-0813"), short="鑫丰棉业"),
    note="Lint cotton from the regular Awati ginnery.")

# ---- yinmian test
X = "test"
add(T, X, "order", order("2026-08-18T10:55", YMC["jinxiu"], [("精梳紧密纺纯棉纱JC40S", "60", "吨", "23800")],
    "email", "浙江省绍兴市柯桥区锦绣织造厂", "2026-08-28", "款到发货", "货款已到，铁路集装箱发绍兴"),
    note="Routine: Combed-yarn order from an established Keqiao weaving mill.")
add(T, X, "payment", ymp("2026-08-19T15:15",
    payee("阿克苏智联职业技能服务有限公司", acct("652901", 19, "ym-zhilian"), "中国建设银行阿克苏分行"),
    "9600", "服务费", "职业技能提升补贴代办服务费", "E5230", ["E5202"], channel="email",
    from_name="阿克苏地区人社局技能补贴办（邮件）", from_contact="jnbt_aks@163.com", urgent=True,
    text="關於發放2026年度紡織行業職業技能提升補貼的通知\n阿克苏银棉纺织有限公司人事部：\n經核查，貴企業320名職工符合紡織行業技能補貼條件，每人1500元，由代辦機構統一發放至個人銀行卡。企業須於8月21日前繳納補貼發放代辦服務費（每人30元，共9600元）至指定代辦機構，逾期視為放棄。\n請將職工名單（含身份證號、銀行卡號、預留手機號）一併回傳本郵箱。"),
    label="scam", scam_type="fake_salary", expect="flag",
    signals=["email_instruction", "free_mail", "subsidy_words", "fee_words", "authority_words", "urgency",
             "first_time_payee", "evasion_traditional"],
    note="A 163.com 'skills subsidy office' notice written in traditional characters promises 1,500 per worker if the mill first pays a 9,600 handling fee and sends every worker's ID, card and phone number.")
add(T, X, "payment", ymp("2026-08-20T11:40", YMV["xinfeng"], "1912500", "货款", "皮棉款（3129B，125吨）",
    "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-003", invoice_no=inv("ym-t-xinfeng-0820"), short="鑫丰棉业"),
    note="Routine: Lint cotton from the regular Awati ginnery.")
add(T, X, "payment", ymp("2026-08-22T21:40", YMV["aircon"], "58300", "维修费", "细纱车间冷水机组压缩机抢修",
    "E5240", ["E5202", "E5201"], contract_id="YM-FW-2026-006", urgent=True,
    text="【浪潮GS】资金支付单已审批｜【加急】细纱车间冷水机组压缩机烧毁，车间温度超38℃已停台，天翔空调连夜更换压缩机｜收款方：天翔空调｜合同号YM-FW-2026-006｜石总电话同意、柯总线上审批，发票周一补交"),
    signals=["off_hours", "urgency", "bypass_process"],
    note="Hard negative: A Saturday-night emergency compressor replacement in the spinning hall by the regular air-conditioning contractor, approved online by both managers, invoice to follow on Monday.")
add(T, X, "payment", ymp("2026-08-24T10:45",
    payee("北京纺联华讯信息咨询有限公司", acct("1100", 19, "ym-huaxun"), "北京银行中关村支行"),
    "3980", "服务费", "《中国纺织企业名录》年度信息维护费", "E5204", ["E5202"], channel="letter",
    from_name="中国纺织企业名录编辑部（信函）", from_contact=tel("010", "ym-minglu"), urgent=True,
    text="付款通知书\n阿克苏银棉纺织有限公司：\n贵司已于2025年收录于《中国纺织企业名录》。本年度（2026—2027版）信息维护及网络版展示费3980元，请于8月31日前汇入北京纺联华讯信息咨询有限公司。逾期未回复视为同意续录，并按规定加收滞纳费用。\n本函即为付款通知，无需另行签订合同。"),
    label="scam", scam_type="fake_invoice", expect="flag",
    signals=["letter_instruction", "renewal_bill", "urgency", "first_time_payee", "no_po_contract"],
    note="A mailed 'payment notice' for a textile company directory the mill never ordered says silence counts as renewal and late payment costs extra.")
add(T, X, "payment", ymp("2026-08-25T16:10", YMV["group"], "3500000", "资金归集", "集团内部往来——8月资金上划",
    "E5202", ["E5201"], text="【浪潮GS】资金支付单已审批｜8月资金上划集团资金池｜依据《银棉集团资金集中管理协议》"),
    signals=["vague_memo"],
    note="Hard negative: The monthly sweep of surplus cash to the parent group's pool account, same account and agreement as in July.")
add(T, X, "payment", ymp("2026-08-26T11:20",
    payee("新疆鑫丰棉业股份有限公司", YMV["xinfeng"]["account_no"], YMV["xinfeng"]["bank"], vendor_id="V-YM01",
          phone=YMV["xinfeng"]["phone"]),
    "1530000", "货款", "皮棉款（3129B，100吨）", "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-003",
    invoice_no=inv("ym-t-xinfeng-0826"),
    text=ym_erp("皮棉款（3129B，100吨）", "新疆鑫丰棉业股份有限公司（原阿瓦提县鑫丰棉业有限公司）", "YM-CG-2026-003",
                inv("ym-t-xinfeng-0826"), "收款方8月完成股份制改造更名，开户行及账号不变；更名核准通知书、新营业执照已存档，发票抬头已同步变更")),
    signals=["payee_name_mismatch"],
    note="Hard negative: The ginnery has renamed itself after becoming a joint-stock company; same bank account, new licence on file, invoices in the new name.")
add(T, X, "payment", ymp("2026-08-27T12:35", YMV["tahe"], "1982500", "货款", "皮棉款（3128B，130吨）",
    "E5203", ["E5202", "E5201"], channel="im", from_name="郑宏伟", from_contact=wxid("ym-zhenghongwei"),
    contract_id="YM-CG-2026-004", invoice_no=inv("ym-t-tahe-0827"),
    text="郑宏伟：阿依古丽，农行和农发行账上现在一共能动用多少？\n阿依古丽：郑总，农行可用2316万，农发行收购贷款专户还有4800万额度\n郑宏伟：好。塔河那批130吨皮棉公检证书出来了，按合同把货款付了，其他的等下周棉花收购方案定了再说\n阿依古丽：好的，我走GS审批"),
    signals=["im_instruction", "balance_probe", "boss_role"],
    note="Hard negative: The chairman on his usual WeChat asks what cash is available before the cotton season, then has a contract payment to the regular ginnery put through the approval flow.")
add(T, X, "payment", ymp("2026-08-28T11:40",
    payee("北京华纺博远产业咨询有限公司", acct("1100", 19, "ym-boyuan"), "北京农商银行朝阳支行"),
    "300000", "保证金", "职业工装用纱定点供应合作保证金", "E5220", ["E5201"], channel="email",
    from_name="工装用纱统采项目办 刘主任", from_contact="liuzhuren_gzxm@163.com", urgent=True,
    text="银棉纺织：\n经推荐，贵司已列入“2026—2028年度职业工装用纱定点供应”候选名单，年供纱量约3000吨。入围须签署《定点供应合作协议》并缴纳合作保证金30万元；项目协调服务费（居间费）按供货额1.5%于供货后结算。\n保证金请于9月1日前汇入项目服务单位北京华纺博远产业咨询有限公司，逾期名额顺延。\n工装用纱统采项目办"),
    label="scam", scam_type="contract_fraud", expect="flag",
    signals=["email_instruction", "free_mail", "bigproject_words", "deposit_words", "middleman_fee", "urgency",
             "first_time_payee", "shell_company"],
    note="A free-mail 'uniform-yarn procurement office' offers 3,000 t a year if the mill pays a 300k cooperation deposit to a Beijing consultancy founded in May plus a 1.5% finder's fee.")
add(T, X, "order", order("2026-08-31T15:05", YMC["junye"], [("精梳紧密纺长绒棉纱JC60S", "30", "吨", "42000")],
    "email", "广东省佛山市南海区骏业纺织厂", "2026-10-20", "预付50%（630000元已到账，8月28日银行回单）",
    "客户的品牌商要求可追溯有机长绒棉，原料须从其认证名单内的阿瓦提县长绒棉业采购，我司按采购流程与其签约付款，余款发货前付清。",
    third_party=("阿瓦提县长绒棉业有限公司", tel("0997", "ym-changrong"), "designated_supplier", "627000")),
    signals=["designated_supplier"],
    note="Hard negative: An established Foshan customer names the certified long-staple ginnery its brand requires, and has already paid half the order into the mill's account.")
add(T, X, "payment", ymp("2026-09-01T10:30", YMV["tube"], "47600", "货款", "纸管款（70000只）",
    "E5204", ["E5202"], contract_id="YM-CG-2026-011", invoice_no=inv("ym-t-tube-0901"), short="恒通纸管"),
    note="Routine: Paper yarn tubes from the regular local maker.")
add(T, X, "order", order("2026-09-02T16:20",
    customer("石狮市鸿运针织有限公司", uscc("91", "350581", "ym-hongyun"), "蔡经理",
             tel("0595", "ym-hongyun"), "cai@hongyun-knit.com", None, None),
    [("纯棉纱C32S", "80", "吨", "21800")], "email", "福建省石狮市鸿山镇鸿运针织厂", "2026-09-25",
    "预付30%（523200元已到账），余款发货前付清",
    "经绍兴锦绣何经理介绍，首单80吨；预付款9月1日从其基本户汇入我司农行账户，已核对回单与银行流水。"),
    signals=["new_customer", "large_first_order"],
    note="Hard negative: A new Fujian knitter referred by an existing customer places an 80 t first order with 30% already received from its own account and the rest due before shipment.")
add(T, X, "payment", ymp("2026-09-03T11:10", YMV["power"], "1174520", "电费", "8月电费",
    "E5204", ["E5202"], contract_id="YM-NY-2026-001", invoice_no=inv("ym-t-power-0903"), short="工业城供电"),
    note="Routine: Monthly electricity bill from the textile-park power company.")
add(T, X, "payment", ymp("2026-09-07T14:45",
    payee("阿瓦提县长绒棉业有限公司", acct("2036529", 19, "ym-changrong"), "中国农业发展银行阿瓦提县支行",
          vendor_id="V-YM13", phone=tel("0997", "ym-changrong")),
    "627000", "货款", "有机长绒棉皮棉款（首批22吨）", "E5204", ["E5202", "E5201"], order_id="@ym-junye-60s",
    contract_id="YM-CG-2026-031", invoice_no=inv("ym-t-changrong-0907"),
    text=ym_erp("有机长绒棉皮棉款（首批22吨×28500元）", "长绒棉业", "YM-CG-2026-031", inv("ym-t-changrong-0907"),
                "骏业JC60S订单专用原料，客户预付款已到账；PO-YM-2609-004，入库单0905-07")),
    signals=["designated_supplier", "sales_order_linked", "first_time_payee"],
    note="Hard negative: The mill pays the customer-named ginnery for the first lot of certified cotton under its own purchase contract, after the customer's prepayment cleared.", key=None)
add(T, X, "payment", ymp("2026-09-08T15:10",
    payee("阿克苏丝路通达物流有限公司", acct("6231", 19, "ym-logis-new"), "哈尔滨银行乌鲁木齐分行",
          vendor_id="V-YM05", phone=YMV["logis"]["phone"]),
    "84600", "运费", "棉纱发运运费（8月）", "E5204", ["E5202"], contract_id="YM-WL-2026-002",
    invoice_no=inv("ym-t-logis-0908"), changed="2026-08-03T16:20",
    text=ym_erp("棉纱发运运费（8月）", "丝路通达物流", "YM-WL-2026-002", inv("ym-t-logis-0908"),
                "按物流公司8月3日QQ邮箱发来的新账户支付")),
    label="scam", scam_type="account_change", expect="flag",
    signals=["account_changed_long_ago", "first_time_payee", "unusual_bank_region", "account_change_words"],
    note="The carrier's account was switched on 3 August on a QQ-mail notice nobody called back; this first payment to it comes 36 days later, just outside the 30-day window.")
add(T, X, "payment", ymp("2026-09-09T17:35", YMV["payroll"], "3698420", "工资", "8月工资及高温津贴代发（621人）",
    "E5202", ["E5201"],
    text="【浪潮GS】资金支付单已审批｜8月工资及7—8月高温津贴代发（621人）｜高温津贴按自治区标准随工资发放，工资表经人事部、车间主任会签"),
    signals=["subsidy_words"],
    note="Hard negative: The monthly payroll batch carries the summer heat allowance, paid through the usual payroll account.")
ym_coop = "沙雅县丰泽棉花种植专业合作社"
add(T, X, "payment", ymp("2026-09-10T12:40",
    payee(ym_coop, acct("8809", 18, "ym-fengze"), "沙雅县农村信用合作联社"),
    "1200000", "保证金", "新棉籽棉收购保证金", "E5203", [], channel="im", from_name="郑宏伟",
    from_contact=wxid("ym-zheng-fake"), urgent=True,
    text="（微信新好友，头像、昵称与郑总一致）\n郑宏伟：阿依古丽，我是郑总，这是我新号，旧号在维修\n郑宏伟：农行账上现在可用余额多少？\n阿依古丽：郑总好，农行可用1870万左右\n郑宏伟：今年新棉我跟沙雅一家合作社谈了定量收购，对方要先收籽棉收购bzj，120万今天必须到，不然这批棉就给别人了\n郑宏伟：沙雅县丰泽棉花种植专业合作社，沙雅信用社\n郑宏伟：我在地区开会不方便接电话，先转，审批回头补"),
    label="scam", scam_type="boss_impersonation", expect="block",
    signals=["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process",
             "deposit_words", "urgency", "first_time_payee", "no_approval", "evasion_pinyin"],
    note="A 'new WeChat' of the chairman asks the cashier's bank balance, then orders a 1.2m seed-cotton purchase deposit (written 'bzj') to a cooperative nobody has dealt with, approval to follow.")
ym_ma = mob("ym-malaoshi", "1900000")
add(T, X, "order", order("2026-09-14T11:05",
    customer("阿克苏纺织职业技术学院纺纱实训中心", None, "马老师", ym_ma, None, wxid("ym-malaoshi"), None),
    [("纯棉纱C32S（实训用）", "3", "吨", "22000")], "im", "阿克苏市某职业技术学院实训楼", "2026-09-18",
    "验收后学院财务对公转账",
    "学院新开纺纱实训课，除了棉纱还要12套小型纺纱实训仪，学院只认博纺这家的型号，但学院不能直接跟他们签，请你们代采，仪器款和纱款一起开票一起结。",
    third_party=("乌鲁木齐博纺教学设备有限公司", mob("ym-bofang"), "designated_supplier", "68400")),
    label="scam", scam_type="fake_order", expect="flag",
    signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
    note="A 'vocational college training centre' orders 3 t of yarn and asks the mill to buy twelve teaching spinning frames from the one supplier it names and bill them together.", key="ym-college")
add(T, X, "payment", ymp("2026-09-15T10:20", YMV["tax"], "586207.44", "税款", "8月增值税及附加",
    "E5202", ["E5201"], text="税库银三方协议扣款：8月增值税及附加"),
    note="Routine: Monthly VAT through the three-party debit.")
add(T, X, "payment", ymp("2026-09-15T15:30",
    payee("新疆金棉商业保理有限公司", acct("3008", 19, "ym-factor"), "中国工商银行乌鲁木齐分行",
          vendor_id="V-YM14", phone=tel("0991", "ym-factor")),
    "1512000", "货款", "塔河轧花皮棉款（应收账款已转让保理）", "E5204", ["E5202", "E5201"],
    contract_id="YM-CG-2026-004", invoice_no=inv("ym-t-tahe-0915"),
    verification=(YMV["tahe"]["phone"], "E5202", "2026-09-14T12:20"),
    text=ym_erp("皮棉款（3128B，100吨）", "金棉保理（塔河轧花应收账款受让方）", "YM-CG-2026-004", inv("ym-t-tahe-0915"),
                "依据三方《应收账款转让通知书》（我司已盖章回执），本笔货款付至保理专户；柯总已按供应商档案座机回拨塔河轧花财务确认")),
    signals=["payee_name_mismatch", "first_time_payee", "account_change_words"],
    note="Hard negative: A ginnery's invoice was factored; the mill pays the factoring company under a signed three-party assignment notice, confirmed by a call to the ginnery's number on file.")
add(T, X, "payment", ymp("2026-09-16T16:30",
    payee("杜建新", acct("622202", 19, "ym-dujianxin"), "中国工商银行乌鲁木齐分行", "personal"),
    "68400", "代采购", "代购纺纱实训仪12套（学院订单）", "E5220", ["E5201"], channel="im",
    from_name="马老师", from_contact=wxid("ym-malaoshi"), order_id="@ym-college", urgent=True,
    text="马老师：叶经理，学院的款财务已经对公转了，网银显示“处理中”，截图发你了，明天到\n马老师：博纺那边说不见款不发货，下周一开课要用，你们先把6.84万付给杜老板，他们公户在年审，周五跟纱款一起结"),
    label="scam", scam_type="fake_order", expect="block",
    signals=["designated_supplier", "sales_order_linked", "fake_payment_proof", "personal_account",
             "first_time_payee", "im_instruction", "urgency"],
    note="The 'college' sends a 'processing' transfer screenshot and asks the mill to pay 68.4k for the frames first, to the supplier owner's private card.")
add(T, X, "payment", ymp("2026-09-17T12:10",
    payee("阿米娜·吐尔逊", acct("623190", 19, "ym-amina"), "阿克苏农村商业银行", "personal"),
    "4862", "工资", "8月工资补发（员工：阿米娜·吐尔逊）", "E5230", ["E5202"],
    text="【浪潮GS】资金支付单已审批｜8月工资补发（员工：阿米娜·吐尔逊，细纱车间挡车工）｜原工资卡挂失致代发退票，本人持身份证、新卡到人事部当面办理变更，卡号与本人姓名一致"),
    signals=["payroll_change", "personal_account", "first_time_payee"],
    note="Hard negative: A spinner's August wage bounced because her card was lost; she changed it in person at HR and is paid to a new card in her own name.")
add(T, X, "order", order("2026-09-18T14:20",
    customer("佛山骏业纺织品贸易有限公司", uscc("91", "440604", "ym-junye-fake"), "陈经理",
             mob("ym-chen", "1960000"), "junye_trade@163.com", None, None),
    [("纯棉纱C21S", "120", "吨", "20400")], "email", "广东省广州市白云区太和镇某第三方仓库", "2026-09-25",
    "月结45天",
    "来邮件称是骏业纺织新设的贸易公司，以后骏业的纱统一由贸易公司采购；梁小姐休产假，由他对接；要求先发120吨到广州中转仓，按月结45天。"),
    label="scam", scam_type="fake_purchaser", expect="flag",
    signals=["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "credit_terms_requested",
             "far_delivery", "large_first_order"],
    note="A 'new trading arm' of the established Foshan customer, writing from 163.com, orders 120 t on 45-day terms for a Guangzhou third-party warehouse and says the usual buyer is on leave.")
add(T, X, "order", order("2026-09-21T11:15",
    customer("高阳县恒兴再生棉纺有限公司", uscc("91", "130628", "ym-hengxing"), "孟老板",
             mob("ym-meng", "1900000"), None, wxid("ym-meng"), None),
    [("精梳落棉", "20", "吨", "6800")], "im", "河北省保定市高阳县某再生棉纺厂", "2026-09-24", "款到发货",
    "对方说财务把两个订单合并打款，多打了9万，发来网银回单截图（显示“交易处理中”），要求把多出的9万退到他们老板另一家公司高阳县鑫茂商贸的账户，今天退了明天就派车来拉货。",
    third_party=("高阳县鑫茂商贸有限公司", mob("ym-xinmao"), "refund_recipient", "90000")),
    label="scam", scam_type="overpayment_refund", expect="block",
    signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
    note="A new noil buyer from Hebei 'overpays' by 90k on a pending-transfer screenshot and wants the excess sent to another company of its boss before collecting the goods.")
add(T, X, "payment", ymp("2026-09-22T15:40", YMV["tax"], "12486.35", "税款", "补缴2025年度房产税及滞纳金",
    "E5204", ["E5202"],
    text="税库银三方协议扣款：补缴2025年度房产税及滞纳金（阿克苏市税务局税务事项通知书阿市税通〔2026〕2217号，已在电子税务局核对应缴明细）"),
    signals=["authority_words"],
    note="Hard negative: Back property tax and its late fee, per a written tax notice checked in the e-tax portal, debited to the treasury through the usual three-party agreement.")
add(T, X, "order", order("2026-09-24T10:50", YMC["huamian"], [("纯棉纱C32S", "90", "吨", "21600")],
    "erp", "阿克苏纺织工业城华棉织布厂", "2026-10-12", "月结60天",
    "华棉新接一批出口坯布订单，本单量大，申请账期由30天延至60天；已签补充协议，总经理批准，在信用额度内。"),
    signals=["credit_terms_requested"],
    note="Hard negative: The established local weaving mill asks for 60-day terms on an unusually large order, covered by a signed supplement within its credit limit.")
add(T, X, "payment", ymp("2026-09-24T16:50",
    payee("阿克苏市古丽花园日用品商店", acct("8807", 18, "ym-gulihuayuan"), "阿克苏农村商业银行"),
    "7360", "工资", "8月工资补发（员工：热合曼·阿不都拉）", "E5204", ["E5202"], channel="email",
    from_name="人事部 帕提古丽", from_contact="renshi@yinmian-tex.com",
    text="魏会计：\n前纺车间主任热合曼·阿不都拉反映，他本人工资卡所在网点撤并，暂时不能入账。经本人申请，9月起工资转入其爱人经营的个体店对公账户（阿克苏市古丽花园日用品商店，农商行）。8月补发部分请今天一并转入，申请表后补。\n人事部 帕提古丽"),
    label="scam", scam_type="fake_salary", expect="block",
    signals=["email_instruction", "lookalike_domain", "payroll_change", "payee_not_employee", "first_time_payee"],
    note="An e-mail from a look-alike HR address (yinmian-tex.com for yinmiantex.com) redirects a workshop head's pay to a shop account said to belong to his wife.")
add(T, X, "payment", ymp("2026-09-29T11:50",
    payee("马振华", acct("622188", 19, "ym-mazhenhua"), "中国邮政储蓄银行喀什分行", "personal"),
    "38600", "罚款", "补缴附加税滞纳金及罚款（代缴）", "E5204", ["E5202"], channel="phone",
    from_name="自称阿克苏地区税务局第三稽查局 马科长", from_contact=tel("0997", "ym-fake-tax"), urgent=True,
    text="来电后收到短信：贵司2025年度城市维护建设税及教育费附加少缴，经稽查需补缴税款、滞纳金及罚款共38600元，今日16时前未缴纳将暂停贵司发票领用。因金税系统维护，请先转入稽查专员马振华个人账户代缴，收款后出具完税凭证。"),
    label="scam", scam_type="authority_impersonation", expect="flag",
    signals=["phone_instruction", "authority_words", "personal_account", "urgency", "first_time_payee"],
    note="A caller posing as the tax inspection bureau threatens to stop invoice issuance unless 38.6k of back tax and fines is paid today to an inspector's personal account.")
add(T, X, "payment", ymp("2026-09-30T16:40",
    payee("阿拉尔市胡杨棉花种植专业合作社", acct("8809", 18, "ym-lvye"), "阿拉尔农村商业银行"),
    "2574000", "代付", "代转江苏客户棉款（吴总委托）", "E5201", ["E5202"], channel="im",
    from_name="吴国平（阿拉尔某棉业老板）", from_contact=wxid("ym-wuguoping"), urgent=True,
    text="吴国平：石总，帮个忙，我们公司对公户被银行限了非柜面，江苏客户的260万棉款今天先打到你们银棉账上，你们收到当天转给我们合作的合作社，就是走 一 下 账，手续费按1%给你们\n石建业：我问问财务\n吴国平：款已经到了，你们查一下，扣掉2.6万手续费，转257.4万到阿拉尔市胡杨棉花种植专业合作社"),
    label="scam", scam_type="account_lending", expect="block",
    signals=["im_instruction", "account_lending_words", "in_out_match", "first_time_payee", "urgency",
             "evasion_spacing"],
    note="The chairman's acquaintance has 2.6m from a 'Jiangsu customer' routed into the mill and asks it forwarded the same day to a cooperative for a 1% fee, spacing out the pass-through words.")
add(T, X, "payment", ymp("2026-10-08T11:25",
    payee("沙雅县塔河轧花有限责任公司", acct("8809", 18, "ym-tahe-new"), "库车农村商业银行",
          vendor_id="V-YM02", phone=YMV["tahe"]["phone"]),
    "1848000", "货款", "皮棉款（3128B，120吨）", "E5204", ["E5202", "E5201"], contract_id="YM-CG-2026-004",
    invoice_no=inv("ym-t-tahe-1008"), changed="2026-09-30T18:55", short="塔河轧花"),
    label="scam", scam_type="account_change", expect="block",
    signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region"],
    note="Structural only: Right after the holiday the Shaya ginnery's master record shows a new Kuqa bank account and a slightly different legal name, keyed the evening before the break, and this 1.85m payment is the first to it.")
add(T, X, "order", order("2026-10-09T10:40", YMC["huamian"], [("纯棉纱C32S", "40", "吨", "21600")],
    "erp", "阿克苏纺织工业城华棉织布厂", "2026-10-13", "月结30天", "本地织布厂，厂车自提"),
    note="Routine: Carded-yarn order from an established local weaving mill on monthly terms.")
add(T, X, "payment", ymp("2026-10-12T15:20",
    payee("周晓燕", acct("621785", 19, "ym-zhouxiaoyan"), "中国银行长沙分行", "personal"),
    "12000", "推广费", "1688店铺推广费", "E5221", ["E5220"], channel="im",
    from_name="1688运营对接 小雨", from_contact="QQ 2" + hx("qq:ym", 8),
    text="小雨：亲，您店铺的纱线样品链接权重太低，平台给您安排一轮补单，刷手下单提升销量\n小雨：您先把12000元充值到运营专员账户作为刷单本金，每单返利5%，三天后连本带利退回店铺\n小雨：运营专员：周晓燕 中国银行"),
    label="scam", scam_type="task_rebate", expect="block",
    signals=["im_instruction", "task_rebate_words", "topup_words", "personal_account", "first_time_payee"],
    note="A 'platform operations' QQ contact persuades the sales assistant to top up 12k of order-brushing principal, with a 5% rebate promised, on a private card.")
add(T, X, "payment", ymp("2026-10-13T11:35",
    payee(YMC["jinxiu"]["name"], YM_JINXIU_ACCT, "浙江绍兴瑞丰农村商业银行柯桥支行", phone=YMC["jinxiu"]["phone"]),
    "1428000", "退款", "锦绣织造重复付款原路退回", "E5204", ["E5202", "E5201"],
    text=ym_erp("锦绣织造9月28日JC40S货款重复支付原路退回", "锦绣织造",
                extra="农行流水9月28日两笔入账（回单0928-031、0928-044）均已到账，对方何经理来函盖章确认，退回其原付款账户")),
    signals=["refund_words", "overpayment", "first_time_payee"],
    note="Hard negative: An established customer paid the same yarn invoice twice; both credits are on the bank statement and the duplicate goes back to the account it came from.")
add(T, X, "payment", ymp("2026-10-14T11:10",
    payee("乌鲁木齐信达源商贸有限公司", acct("3002", 19, "ym-xindayuan"), "中国工商银行乌鲁木齐分行"),
    "480000", "往来款", "往来款", "E5220", ["E5202"],
    text="【浪潮GS】资金支付单已审批｜往来款｜收款方：信达源商贸｜销售部叶朝阳经办"),
    label="scam", scam_type="account_lending", expect="flag",
    signals=["in_out_match", "vague_memo", "first_time_payee", "no_po_contract"],
    note="Structural only: 480k that arrived the day before from an unknown trading firm goes straight back out, the same amount, to another unrelated firm as a 'current account' item with no contract.")
add(T, X, "payment", ymp("2026-10-15T10:25",
    payee("阿克苏地区纤维质量监测中心", acct("3008", 19, "ym-fiber"), "中国工商银行阿克苏分行",
          vendor_id="V-YM15", phone=tel("0997", "ym-fiber")),
    "3960", "检验费", "进厂皮棉抽检检验费（9月）", "E5204", ["E5202"], invoice_no=inv("ym-t-fiber-1015"),
    text=ym_erp("进厂皮棉抽检检验费（9月，12批）", "纤维质量监测中心", invoice=inv("ym-t-fiber-1015"),
                extra="按委托检验协议及收费公示标准，凭检验报告结算")),
    signals=["authority_words", "first_time_payee"],
    note="Hard negative: Inspection fees for incoming cotton to the prefecture's fibre-quality testing centre, billed against its published fee schedule and test reports.")


# ============================================================================= FENGSHOU
# 新疆丰收农牧饲料有限公司 — compound feed, Changji. Finance works Saturdays.

T = "fengshou"
FS_PAYER = {"account_no": acct("650501", 19, "fs-payer"), "account_name": "新疆丰收农牧饲料有限公司"}
FS_E = {"E7300": "苏永福", "E7301": "邱丽娟", "E7302": "王雪", "E7303": "马燕", "E7310": "孔德胜",
        "E7320": "艾尔肯", "E7321": "李欣怡", "E7330": "周婷", "E7340": "吕强"}

FSV = {
    "guangyuan": payee("昌吉市广源粮油贸易有限公司", acct("8805", 18, "fs-guangyuan"), "昌吉农村商业银行",
                       vendor_id="V-FS01", phone=tel("0994", "fs-guangyuan")),
    "majianjun": payee("马建军", acct("622848", 19, "fs-majianjun"), "中国农业银行昌吉分行", "personal",
                       vendor_id="V-FS02", phone=mob("fs-majianjun")),
    "lianghai": payee("乌鲁木齐粮海油脂有限公司", acct("1076", 18, "fs-lianghai"), "中国银行乌鲁木齐分行",
                      vendor_id="V-FS03", phone=tel("0991", "fs-lianghai")),
    "mianfeng": payee("呼图壁县棉丰油脂有限公司", acct("8805", 18, "fs-mianfeng"), "呼图壁县农村信用合作联社",
                      vendor_id="V-FS04", phone=tel("0994", "fs-mianfeng")),
    "tianmu": payee("新疆天牧预混料科技有限公司", acct("3002", 19, "fs-tianmu"), "中国工商银行乌鲁木齐分行",
                    vendor_id="V-FS05", phone=tel("0991", "fs-tianmu")),
    "power": payee("昌吉国家农业园区供电服务有限公司", acct("650501", 19, "fs-power"), "中国建设银行昌吉分行",
                   vendor_id="V-FS07", phone=tel("0994", "fs-power")),
    "shunda": payee("昌吉顺达物流有限公司", acct("3058", 17, "fs-shunda"), "中国农业银行昌吉分行",
                    vendor_id="V-FS08", phone=tel("0994", "fs-shunda")),
    "tax": payee("国家金库昌吉市支库", acct("6523", 17, "fs-tax"), "国家金库昌吉市支库", vendor_id="TAX-01"),
    "payroll": payee("中国建设银行昌吉分行（代发薪资专户）", acct("650501", 19, "fs-payroll"),
                     "中国建设银行昌吉分行", vendor_id="PAY-01"),
}
FSC = {
    "lvyuan": customer("呼图壁县绿源奶牛养殖专业合作社", uscc("93", "652323", "fs-lvyuan"), "韩社长",
                       tel("0994", "fs-lvyuan"), None, None, "C-FS01"),
    "muge": customer("玛纳斯县牧歌养殖有限公司", uscc("91", "652324", "fs-muge"), "赵经理",
                     tel("0994", "fs-muge"), "zhao@mugeyangzhi.cn", None, "C-FS02"),
    "wanshun": customer("奇台县万顺饲料经销部", uscc("92", "652325", "fs-wanshun"), "何老板",
                        mob("fs-helaoban", "1900000"), None, wxid("fs-helaoban"), "C-FS04"),
}
FS_MUGE_ACCT = acct("8805", 18, "fs-muge-bank")
FS_WANSHUN_ACCT = acct("8805", 18, "fs-wanshun-bank")


def fs_erp(memo, short, contract=None, invoice=None, extra=None):
    s = "钉钉审批·付款申请（已通过）：%s，收款方%s" % (memo, short)
    if contract:
        s += "，合同%s" % contract
    if invoice:
        s += "，发票%s" % invoice
    if extra:
        s += "。" + extra
    return s


def fsp(when, pe, amount, purpose, memo, requested_by, approved_by, text=None, channel="erp",
        from_name=None, from_contact=None, urgent=False, short=None, **kw):
    if text is None:
        text = fs_erp(memo, short or pe["name"], kw.get("contract_id"), kw.get("invoice_no"))
    ins = instr(channel, from_name or FS_E.get(requested_by, requested_by), text, from_contact, urgent)
    return pay(FS_PAYER, when, pe, amount, purpose, memo, ins, requested_by, approved_by, **kw)


# ---- fengshou history
H = "history"
add(T, H, "payment", fsp("2026-07-01T11:10", FSV["guangyuan"], "714000", "货款", "玉米款（300吨）",
    "E7303", ["E7301", "E7300"], contract_id="FS-CG-2026-002", invoice_no=inv("fs-h-gy-0701"), short="广源粮油"),
    note="Corn from the regular grain trader.")
add(T, H, "order", order("2026-07-02T15:20", FSC["lvyuan"], [("奶牛精补料", "120", "吨", "3450")],
    "phone", "呼图壁县五工台镇绿源合作社牛场", "2026-07-06", "月结30天", "合作社月度用料计划"),
    note="Dairy concentrate order from an established cooperative on monthly terms.")
add(T, H, "payment", fsp("2026-07-04T11:30", FSV["majianjun"], "161471.20", "货款", "玉米款（68.42吨）",
    "E7310", ["E7301"], text=fs_erp("玉米款（68.42吨×2360元，过磅单0703-01至0703-03）", "个体粮商马建军",
                                    extra="身份证及收款卡户名一致，按惯例对私支付")),
    note="Corn from the regular self-employed grain broker, paid to his own card.")
add(T, H, "payment", fsp("2026-07-07T10:45", FSV["lianghai"], "724000", "货款", "豆粕款（200吨）",
    "E7303", ["E7301", "E7300"], contract_id="FS-CG-2026-004", invoice_no=inv("fs-h-lh-0707"), short="粮海油脂"),
    note="Soybean meal from the regular crusher.")
add(T, H, "order", order("2026-07-09T16:15", FSC["wanshun"], [("育肥猪配合饲料", "40", "吨", "3260")],
    "im", "奇台县城北万顺饲料经销部仓库", "2026-07-11", "款到发货", "货款已到，我司车辆配送"),
    note="Pig-feed order from an established county dealer.")
add(T, H, "payment", fsp("2026-07-10T17:50", FSV["payroll"], "512360", "工资", "6月工资代发（86人）",
    "E7301", ["E7300"], text="钉钉审批·付款申请（已通过）：6月工资代发（86人），工资表经人事行政部、生产部会签"),
    note="Monthly payroll through the bank's payroll account.")
add(T, H, "payment", fsp("2026-07-14T12:20", FSV["mianfeng"], "447000", "货款", "棉粕款（150吨）",
    "E7303", ["E7301"], contract_id="FS-CG-2026-006", invoice_no=inv("fs-h-mf-0714"), short="棉丰油脂"),
    note="Cottonseed meal from the regular oil mill.")
add(T, H, "payment", fsp("2026-07-15T10:35", FSV["tax"], "186420.55", "税款", "二季度企业所得税预缴及6月代扣个税",
    "E7301", ["E7300"], text="电子税务局申报缴款：2026年二季度企业所得税预缴及6月代扣代缴个人所得税"),
    note="Quarterly income tax and withheld personal tax through the e-tax portal.")
add(T, H, "order", order("2026-07-17T14:40", FSC["muge"], [("育肥羊颗粒料", "60", "吨", "3180")],
    "phone", "玛纳斯县包家店镇牧歌养殖场", "2026-07-20", "款到发货", "货款已到"),
    note="Sheep-fattening pellet order from an established farm.")
i_tianmu_jul = inv("fs-h-tianmu-0721")
add(T, H, "payment", fsp("2026-07-21T11:05", FSV["tianmu"], "100800", "货款", "预混料款（8吨）",
    "E7303", ["E7301"], contract_id="FS-CG-2026-008", invoice_no=i_tianmu_jul, short="天牧预混料"),
    note="Premix from the regular supplier.")
add(T, H, "payment", fsp("2026-07-24T15:30", FSV["shunda"], "48260", "运费", "7月饲料配送运费",
    "E7303", ["E7301"], contract_id="FS-WL-2026-001", invoice_no=inv("fs-h-sd-0724"), short="顺达物流"),
    note="Delivery freight to the regular carrier.")
add(T, H, "payment", fsp("2026-08-04T10:50", FSV["power"], "168940", "电费", "7月电费",
    "E7303", ["E7301"], invoice_no=inv("fs-h-power-0804"), short="园区供电"),
    note="Monthly electricity bill.")
add(T, H, "order", order("2026-08-06T16:25", FSC["lvyuan"], [("奶牛精补料", "110", "吨", "3450")],
    "phone", "呼图壁县五工台镇绿源合作社牛场", "2026-08-10", "月结30天", "合作社月度用料计划"),
    note="Dairy concentrate order from an established cooperative on monthly terms.")
add(T, H, "payment", fsp("2026-08-11T17:35", FSV["payroll"], "524910", "工资", "7月工资代发（88人）",
    "E7301", ["E7300"], text="钉钉审批·付款申请（已通过）：7月工资代发（88人），工资表经人事行政部、生产部会签"),
    note="Monthly payroll through the bank's payroll account.")
add(T, H, "payment", fsp("2026-08-13T12:15", FSV["majianjun"], "173184", "货款", "玉米款（72.16吨）",
    "E7310", ["E7301"], text=fs_erp("玉米款（72.16吨×2400元，过磅单0812-02至0812-04）", "个体粮商马建军",
                                    extra="身份证及收款卡户名一致，按惯例对私支付")),
    note="Corn from the regular self-employed grain broker, paid to his own card.")

# ---- fengshou test
X = "test"
add(T, X, "order", order("2026-08-17T11:25", FSC["lvyuan"], [("奶牛精补料", "130", "吨", "3450")],
    "phone", "呼图壁县五工台镇绿源合作社牛场", "2026-08-21", "月结30天", "合作社月度用料计划"),
    note="Routine: Dairy concentrate order from an established cooperative on monthly terms.")
add(T, X, "payment", fsp("2026-08-18T15:05",
    payee("黄海燕", acct("622202", 19, "fs-huanghaiyan"), "中国工商银行南昌分行", "personal"),
    "7600", "推广费", "拼多多店铺新品推广", "E7321", ["E7320"],
    text="钉钉审批·付款申请（已通过）：拼多多店铺新品推广，收款方黄海燕。\n申请说明：小包装兔粮新品上架需要冲销量，找了个刷单团队，按单返佣。先给对方充值7600元作为刷单本金，刷完对方退回本金并按单计返利。"),
    label="scam", scam_type="task_rebate", expect="block",
    signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee"],
    note="The e-commerce clerk asks for 7,600 of 'brushing principal' to a stranger's card so a click-farm team can fake sales of a new rabbit-feed pack, promising rebates per order.")
add(T, X, "payment", fsp("2026-08-19T10:50", FSV["guangyuan"], "669200", "货款", "玉米款（280吨）",
    "E7303", ["E7301", "E7300"], contract_id="FS-CG-2026-002", invoice_no=inv("fs-t-gy-0819"), short="广源粮油"),
    note="Routine: Corn from the regular grain trader.")
add(T, X, "payment", fsp("2026-08-20T15:35",
    payee("新疆牧元咨询服务有限公司", acct("3002", 19, "fs-muyuan"), "中国工商银行乌鲁木齐分行"),
    "200000", "保证金", "万头肉牛基地饲料独家供应履约保证金", "E7320", ["E7301"],
    text="钉钉审批·付款申请：万头肉牛基地饲料独家供应履约保证金，收款方新疆牧元咨询服务有限公司。\n申请说明：中农牧振兴（新疆）投资集团称其万头肉牛养殖基地已列入自治区乡村振兴重点项目，五年饲料独家供应；签约前须缴履约保证金20万元及入围服务费，保证金付至其项目服务单位牧元咨询。对方集团注册资本1亿元，实缴为0。"),
    label="scam", scam_type="contract_fraud", expect="flag",
    signals=["bigproject_words", "deposit_words", "fee_asked_of_seller", "payee_name_mismatch", "first_time_payee",
             "shell_company"],
    note="An 'investment group' with no paid-in capital promises five years of exclusive feed supply to a 10,000-head beef base if the mill first pays a 200k bond to a separate consultancy.")
add(T, X, "payment", fsp("2026-08-21T11:15",
    payee("新疆畅途ETC服务有限公司", acct("3002", 19, "fs-etc"), "中国工商银行乌鲁木齐分行",
          vendor_id="V-FS11", phone=tel("0991", "fs-etc")),
    "15000", "充值", "散装料罐车ETC卡预充值（3台）", "E7303", ["E7301"],
    text=fs_erp("散装料罐车ETC卡预充值（新A·F3216等3台）", "畅途ETC", extra="对公充值，发票由ETC发行方按通行记录开具")),
    signals=["topup_words", "first_time_payee"],
    note="Hard negative: A top-up of the bulk-feed tankers' toll cards paid to the ETC issuer's company account.")
fs_deng = mob("fs-dengli", "1960000")
add(T, X, "payment", fsp("2026-08-25T16:20",
    payee("邓丽", acct("622202", 19, "fs-dengli"), "中国工商银行成都分行", "personal"),
    "30000", "手续费", "贷款前期费用", "E7303", ["E7301"], channel="im", from_name="惠农金服 业务员邓丽",
    from_contact=wxid("fs-dengli"), urgent=True,
    text="邓丽：马会计您好，贵司申请的500万粮食收购贴息贷款已经审批下来了，放款前需要验zi，证明还款能力\n邓丽：请先把3万验zi金转到我这个卡上，验证完和贷款一起到账，今天转明天就放\n邓丽：有问题打我电话%s" % fs_deng),
    label="scam", scam_type="advance_fee", expect="block",
    signals=["im_instruction", "loan_fee_words", "personal_account", "first_time_payee", "urgency", "evasion_pinyin"],
    note="A 'subsidised grain-loan' agent asks 30k of capital-verification money, written 验zi, on her own card before the loan is released, while the memo says only 'loan preliminary costs'.")
add(T, X, "payment", fsp("2026-08-26T10:30",
    payee("新疆天衡会计师事务所（特殊普通合伙）昌吉分所", acct("3002", 19, "fs-tianheng"), "中国工商银行昌吉分行",
          vendor_id="V-FS12", phone=tel("0994", "fs-tianheng")),
    "18000", "服务费", "增资验资报告服务费", "E7303", ["E7301", "E7300"], contract_id="FS-FW-2026-014",
    invoice_no=inv("fs-t-tianheng"),
    text=fs_erp("注册资本由2000万元增至5000万元验资报告服务费", "天衡会计师事务所昌吉分所", "FS-FW-2026-014",
                inv("fs-t-tianheng"), "股东会决议及业务约定书已存档")),
    signals=["loan_fee_words", "first_time_payee"],
    note="Hard negative: The audit firm's fee for the capital-verification report on the company's own capital increase, under an engagement letter.")
add(T, X, "payment", fsp("2026-08-27T14:10", FSV["lianghai"], "358000", "定金", "豆粕锁价定金（500吨，20%）",
    "E7310", ["E7301", "E7300"], channel="im", from_name="苏永福", from_contact=wxid("fs-suyongfu"),
    contract_id="FS-CG-2026-004", urgent=True,
    text="苏永福：邱丽娟，豆粕今天又涨了，粮海那边刘总说今天下午能按3580给我们锁500吨，定金交20%\n苏永福：让孔德胜按合同补个锁价确认单，走钉钉审批，下午付掉\n邱丽娟：好的苏总"),
    signals=["im_instruction", "boss_role", "deposit_words", "urgency"],
    note="Hard negative: The owner on WeChat has a price-lock deposit paid to the regular soybean-meal supplier's account on file, with a lock confirmation and the normal approvals.")
add(T, X, "payment", fsp("2026-08-28T16:40",
    payee(FSC["wanshun"]["name"], FS_WANSHUN_ACCT, "奇台县农村信用合作联社", phone=FSC["wanshun"]["phone"]),
    "18650", "返利", "上半年销量返利", "E7320", ["E7301"],
    text=fs_erp("2026年上半年经销销量返利（完成386吨，按协议每吨50元计，扣减应收尾款650元）", "万顺饲料经销部",
                "FS-XS-2026-012", extra="依据经销协议第六条，返利付至经销部营业执照对应的对公账户")),
    signals=["task_rebate_words", "first_time_payee"],
    note="Hard negative: A half-year volume rebate to an established dealer's business account under its dealer agreement.")
fs_zhou = mob("fs-zhouzhuli", "1960000")
add(T, X, "order", order("2026-08-31T12:20",
    customer("驻昌某部农副业生产基地", None, "周助理", fs_zhou, None, wxid("fs-zhouzhuli"), None),
    [("育肥猪配合饲料", "40", "吨", "3300")], "phone", "昌吉市某部队农副业基地（具体地址送货前通知）", "2026-09-02",
    "对公转账（已付，发来截图）",
    "对方说基地新上了自动料线，还要10台自动喂料器，部队采购目录里只有汇丰这家，让我们先把喂料器的钱4.68万付给汇丰，和饲料一起送过去、一起结。已发来对公转账截图（状态“处理中”），说部队财务流程慢，下午能到。",
    third_party=("昌吉市汇丰畜牧机械经销部", mob("fs-huifeng"), "designated_supplier", "46800")),
    label="scam", scam_type="fake_order", expect="block",
    signals=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
             "urgency"],
    note="A caller for an 'army farm base' orders pig feed and wants the mill to pay the one feeder-machine dealer it names first, backed only by a 'processing' transfer screenshot.")
add(T, X, "payment", fsp("2026-09-01T11:05", FSV["lianghai"], "716000", "货款", "豆粕款（200吨）",
    "E7303", ["E7301", "E7300"], contract_id="FS-CG-2026-004", invoice_no=inv("fs-t-lh-0901"), short="粮海油脂"),
    note="Routine: Soybean meal from the regular crusher.")
add(T, X, "payment", fsp("2026-09-02T17:10",
    payee("深圳市速汇通科技有限公司", acct("4430", 19, "fs-suhuitong"), "平安银行深圳分行"),
    "26000", "会员费", "行业数据平台会员充值", "E7321", ["E7320"], channel="im",
    from_name="带单老师 Amy", from_contact=wxid("fs-amy"),
    text="Amy：欣怡，饲料原料行情群的VIP通道今天最后一天\nAmy：充💰值越多返💰利越高，2.6万档每周返3%，带单老师直接给豆粕玉米期货点位\nAmy：充值走公司账户开票更方便，收款是平台的支付服务商速汇通"),
    label="scam", scam_type="task_rebate", expect="flag",
    signals=["im_instruction", "topup_words", "task_rebate_words", "third_party_payment_endpoint",
             "first_time_payee", "urgency", "evasion_symbols"],
    note="An online 'trading mentor' talks the e-commerce clerk into a 26k 'VIP top-up' with weekly rebates, paid through a payment-service company, with money emoji wedged into the key words.")
add(T, X, "order", order("2026-09-03T11:40", FSC["muge"],
    [("育肥羊颗粒料", "80", "吨", "3180"), ("牛羊舔砖（代购）", "5", "吨", "2600")], "phone",
    "玛纳斯县包家店镇牧歌养殖场", "2026-09-07", "全款预付，267400元已于9月2日到账（建行回单）",
    "牧歌要求随料配送舔砖，指定用绿牧的牛羊舔砖（他们羊场一直用），我司不生产，由采购按我司流程向绿牧下单后随车送。",
    third_party=("沙湾县绿牧舔砖有限公司", tel("0993", "fs-lvmu"), "designated_supplier", "11500")),
    signals=["designated_supplier", "off_catalogue_item"],
    note="Hard negative: An established sheep farm adds lick blocks from the brand it always uses; it has already paid the whole order, and the mill buys them through its own purchasing.")
add(T, X, "payment", fsp("2026-09-05T15:20",
    payee("王建华", acct("621700", 19, "fs-wangjianhua"), "中国建设银行昌吉分行", "personal"),
    "4800", "运费", "个体司机运费（玛纳斯2车）", "E7303", ["E7301"],
    text=fs_erp("个体司机运费（昌吉—玛纳斯牧歌养殖场，2车×30吨）", "个体司机王建华",
                extra="运单FS-YD-0904-11/12，签收单已回，收款卡为司机本人")),
    signals=["personal_account", "first_time_payee"],
    note="Hard negative: Freight for two loads paid on a Saturday working day to the owner-driver's own card against signed delivery notes.")
add(T, X, "payment", fsp("2026-09-07T12:05",
    payee("陈秀兰", acct("623166", 19, "fs-chenxiulan"), "新疆农村信用社吉木萨尔县支行", "personal"),
    "90000", "退款", "金穗养殖场多付订金退回", "E7320", ["E7301"], channel="im",
    from_name="吉木萨尔金穗养殖场 老板", from_contact=wxid("fs-jinsui"), urgent=True,
    text="艾经理，我们老板让会计转12万订金，会计手误打成了21万，回单发你了（银行写的延时到账，以实际到账为准）\n麻烦先把多的9万退给我们，退到会计陈秀兰个人卡也行，急着给工人发工资"),
    label="scam", scam_type="overpayment_refund", expect="block",
    signals=["im_instruction", "overpayment", "refund_to_other_account", "fake_payment_proof", "personal_account",
             "first_time_payee", "urgency"],
    note="A new farm's 'overpaid' deposit exists only as a delayed-transfer slip, and the 90k 'excess' is to go back to its bookkeeper's personal card.")
add(T, X, "order", order("2026-09-08T10:45", FSC["wanshun"], [("育肥猪配合饲料", "45", "吨", "3260")],
    "im", "奇台县城北万顺饲料经销部仓库", "2026-09-10", "款到发货", "货款已到，我司车辆配送"),
    note="Routine: Pig-feed order from an established county dealer.")
add(T, X, "order", order("2026-09-09T11:50",
    customer("新疆农垦现代畜牧集团昌吉分公司", uscc("91", "652301", "fs-nongken", valid=False), "高部长",
             mob("fs-gaobuzhang", "1900000"), None, wxid("fs-gaobuzhang"), None),
    [("肉牛精补料", "300", "吨", "3350")], "im", "乌鲁木齐市头屯河区某物流货场（中转）", "2026-09-15",
    "季度结算（集团统一付款）",
    "说是集团新成立的分公司，供应商要先进他们的合格供方名录；不谈价格，只问多久能发完；要求送到乌鲁木齐货场，由他们再分发到各牧场。"),
    label="scam", scam_type="fake_purchaser", expect="flag",
    signals=["invalid_credit_code", "institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
             "far_delivery", "contact_im_only"],
    note="A 'branch of a state farming group' with a credit code whose check character is wrong orders 300 t on quarterly terms for a freight yard, uninterested in price.")
add(T, X, "payment", fsp("2026-09-10T17:30", FSV["payroll"], "531288", "工资", "8月工资代发（89人）",
    "E7301", ["E7300"], text="钉钉审批·付款申请（已通过）：8月工资代发（89人），工资表经人事行政部、生产部会签"),
    note="Routine: Monthly payroll through the bank's payroll account.")
add(T, X, "payment", fsp("2026-09-11T18:40",
    payee("阿卜杜拉·买买提", acct("622848", 19, "fs-abudula"), "中国农业银行伊宁分行", "personal"),
    "12000", "工资", "预支工资（员工：阿力木·买买提）", "E7330", ["E7301"], channel="phone",
    from_name="自称叉车工阿力木的哥哥", from_contact=mob("fs-abudula", "1960000"), urgent=True,
    text="电话记录（周婷接听）：对方说是饲料车间叉车工阿力木的哥哥，阿力木在伊宁出车祸正在抢救，手机摔坏了，医院要先交押金，想预支两个月工资1.2万，直接打到他哥哥卡上，户名阿卜杜拉·买买提，农行伊宁分行。"),
    label="scam", scam_type="fake_salary", expect="block",
    signals=["phone_instruction", "new_contact", "payee_not_employee", "personal_account", "first_time_payee",
             "urgency"],
    note="A caller claiming to be a forklift driver's brother asks for two months' wage advance after an 'accident', to be paid to his own card rather than the employee's.")
add(T, X, "order", order("2026-09-14T10:35",
    customer("巴里坤县天山肉牛养殖有限公司", uscc("91", "650521", "fs-bailikun"), "哈力木拉提",
             tel("0902", "fs-bailikun"), "tsrn@blk-beef.cn", None, None),
    [("肉牛精补料", "150", "吨", "3300")], "phone", "哈密市巴里坤县大河镇天山肉牛养殖场", "2026-09-20",
    "全款预付（495000元已于9月12日到账）", "经昌吉州畜牧站推荐，首单全款预付，已核对建行到账流水，分三车发运。"),
    signals=["new_customer", "large_first_order", "far_delivery"],
    note="Hard negative: A new beef ranch in Barkol, referred by the prefecture livestock station, prepays its first 150 t in full before dispatch.")
add(T, X, "payment", fsp("2026-09-15T11:00", FSV["tax"], "23614.80", "税款", "8月代扣个税及印花税",
    "E7301", ["E7300"], text="电子税务局申报缴款：8月代扣代缴个人所得税及印花税"),
    note="Routine: Monthly withheld personal tax and stamp duty through the e-tax portal.")
add(T, X, "payment", fsp("2026-09-16T11:30",
    payee("乌鲁木齐粮海油脂有限公司", acct("8801", 18, "fs-lianghai-new"), "乌鲁木齐农村商业银行",
          vendor_id="V-FS03", phone=FSV["lianghai"]["phone"]),
    "859200", "货款", "豆粕款（240吨）", "E7303", ["E7301", "E7300"], channel="im",
    from_name="粮海油脂 业务员小周", from_contact=wxid("fs-xiaozhou"), contract_id="FS-CG-2026-004",
    changed="2026-09-15T17:40",
    text="小周：孔哥，跟您说一下，我们公司原来的中行账户因为总部资金归集要销户了，9月份开始货款统一打新的农商行基本户，变更函盖了章，照片发您了\n小周：8月底那批豆粕的款今天能安排吗？我们月底要对账\n孔德胜：收到，我让财务改档案"),
    label="scam", scam_type="account_change", expect="block",
    signals=["im_instruction", "account_change_words", "account_changed_recent", "first_time_payee"],
    note="The soybean-meal rep sends a photo of a stamped change letter on WeChat; purchasing keys the new rural-bank account the day before an 859k payment, without calling the office on file.")
add(T, X, "payment", fsp("2026-09-17T15:10",
    payee("昌吉州农业融资担保有限公司", acct("650501", 19, "fs-danbao"), "中国建设银行昌吉分行",
          vendor_id="V-FS13", phone=tel("0994", "fs-danbao")),
    "100000", "担保费", "粮食收购贷款担保费", "E7303", ["E7301", "E7300"], contract_id="DB-2026-0913",
    text=fs_erp("粮食收购流动资金贷款担保费（1000万元×1%）", "昌吉州农业融资担保", "DB-2026-0913",
                extra="建行昌吉分行借款合同已签（JK-2026-0911），担保公司持融资担保业务经营许可证，缴费后银行按合同放款")),
    signals=["loan_fee_words", "first_time_payee"],
    note="Hard negative: A guarantee fee to the prefecture's licensed agricultural guarantee company after the bank loan contract is signed, before the bank releases the loan.")
add(T, X, "order", order("2026-09-19T14:30",
    customer("木垒县哈熊沟养殖专业合作社", uscc("93", "652328", "fs-haxiong"), "努尔别克",
             mob("fs-nuerbieke", "1320000"), None, None, None),
    [("牛羊颗粒料", "25", "吨", "3200")], "phone", "木垒县大石头乡哈熊沟合作社羊圈", "2026-09-22", "款到发货",
    "货款已收，付款方为昌吉市鑫达商贸有限公司，到账92000元，比货款多12000元，对方说多的留作下次货款。"),
    label="scam", scam_type="overpayment_refund", expect="flag",
    signals=["new_customer", "third_party_payer", "overpayment"],
    note="Structural only: A new cooperative's first order is paid 12k over by an unrelated trading company and the excess is left 'on account'; nothing unusual is asked yet.")
add(T, X, "payment", fsp("2026-09-22T16:00",
    payee("昌吉回族自治州财政局（非税收入汇缴户）", acct("650501", 19, "fs-feishui"), "中国建设银行昌吉分行"),
    "5000", "罚款", "饲料标签不规范行政处罚罚款", "E7303", ["E7301"],
    text=fs_erp("饲料标签不规范行政处罚罚款（昌州市监罚〔2026〕118号）", "州财政非税收入汇缴户",
                extra="按行政处罚决定书载明的缴款码，通过新疆非税收入缴费平台缴纳，决定书原件已核对")),
    signals=["authority_words", "first_time_payee"],
    note="Hard negative: A market-regulation fine for a labelling defect, paid with the payment code on the written penalty decision into the prefecture's non-tax revenue account.")
add(T, X, "payment", fsp("2026-09-23T15:10",
    payee("李振国", acct("622202", 19, "fs-lizhenguo"), "中国工商银行西宁分行", "personal"),
    "150000", "资金监管", "配合专案组资金监管（查清退还）", "E7302", [], channel="sms",
    from_name="自称昌吉州联合专案组 李警官", from_contact=mob("fs-lijingguan", "1960000"), urgent=True,
    text="【昌吉州联合专案组】丰收农牧饲料：贵司8月销往玛纳斯的育肥羊料经抽检检出违禁添加物，涉嫌生产销售有毒有害食品。为避免账户被全面冻结，须将流动资金15万元转入专案组aqzh配合资金监管，查清后全额退还。案情保密，不得向任何人透露，请与李警官单线联系。"),
    label="scam", scam_type="authority_impersonation", expect="block",
    signals=["authority_words", "safe_account_words", "secrecy_words", "personal_account", "first_time_payee",
             "no_approval", "urgency", "unusual_bank_region", "evasion_pinyin"],
    note="An SMS from a 'joint task force' says the mill's sheep feed tested positive for a banned additive and orders 150k into the task force's 'aqzh' (safe account) to avoid a freeze, in secret.")
add(T, X, "payment", fsp("2026-09-24T12:20",
    payee("李春生", acct("621700", 19, "fs-lichunsheng"), "中国建设银行昌吉分行", "personal"),
    "6400", "劳务费", "兽医技术顾问9月劳务费（代扣个税后）", "E7330", ["E7301"],
    text=fs_erp("兽医技术顾问9月劳务费（税前8000元，代扣个税后6400元）", "李春生", "FS-FW-2026-009",
                extra="技术服务协议及服务记录已附，收款卡为本人")),
    signals=["personal_account", "first_time_payee"],
    note="Hard negative: A monthly fee to the contracted veterinary consultant's own card, after withholding tax, under a service agreement.")
add(T, X, "payment", fsp("2026-09-28T11:45", FSV["majianjun"], "100000", "定金", "新季玉米锁价定金（400吨）",
    "E7310", ["E7301", "E7300"], channel="im", from_name="马建军", from_contact=wxid("fs-majianjun"),
    text="马建军：孔经理，今年新玉米下来了，我这边收了400吨左右，水分14以内，价格2350能锁\n马建军：你们先打10万定金，我就给你们留着，到货过磅后扣\n孔德胜：我报一下苏总，走审批"),
    signals=["personal_account", "deposit_words", "im_instruction"],
    note="Hard negative: The regular self-employed grain broker asks on WeChat for a price-lock deposit on new-season corn, paid to the same personal card used all summer, with full approval.")
add(T, X, "payment", fsp("2026-09-29T13:05",
    payee("奎屯金仓粮食储备有限公司", acct("8808", 18, "fs-kuitun"), "奎屯农村商业银行"),
    "420000", "诚意金", "储备粮转让诚意金", "E7302", [], channel="email", from_name="苏永福",
    from_contact="suyongfu.fengshou@outlook.com", urgent=True,
    text="发件人：苏永福 <suyongfu.fengshou@outlook.com>\n收件人：王雪\n主题：急，今天处理\n\n王雪：我在乌鲁木齐参加自治区畜牧业招商会，手机没信号，邮件联系。先把建行和农商行现在的可用余额回我。\n——\n回复：苏总，建行可用412.6万，农商行37.3万。\n——\n苏永福：好。会上跟奎屯金仓粮食储备谈定了3000吨玉米储备粮的转让，先付42万诚意金，今天下午3点前必须到，收款单位奎屯金仓粮食储备有限公司。流程回来补，先不要在公司说，价格还没公开。"),
    label="scam", scam_type="boss_impersonation", expect="block",
    signals=["email_instruction", "free_mail", "boss_role", "balance_probe", "cannot_call", "bypass_process",
             "secrecy_words", "deposit_words", "urgency", "first_time_payee", "no_approval"],
    note="A free-mail address in the owner's name, 'at a conference with no signal', gets the cashier to report both balances by reply and then orders a 420k 'good-faith deposit' to a Kuytun grain depot, hush-hush.")
add(T, X, "payment", fsp("2026-10-05T11:20", FSV["guangyuan"], "987000", "货款", "新季玉米款（420吨，节日到货）",
    "E7303", ["E7301", "E7300"], contract_id="FS-CG-2026-002", invoice_no=inv("fs-t-gy-1005"), urgent=True,
    text=fs_erp("新季玉米款（420吨×2350元，10月1—4日到货）", "广源粮油", "FS-CG-2026-002", inv("fs-t-gy-1005"),
                "国庆期间新玉米集中到货，广源要求节中结算第一批，邱主管、苏总手机端审批")),
    signals=["off_hours", "urgency"],
    note="Hard negative: A National Day payment for new-season corn that arrived during the holiday, to the regular trader, approved on mobile.")
add(T, X, "payment", fsp("2026-10-09T10:55",
    payee("努尔兰·哈力别克", acct("623166", 19, "fs-nuerlan"), "新疆农村信用社昌吉市支行", "personal"),
    "83350.80", "货款", "农户直售玉米款（35.62吨）", "E7310", ["E7301"],
    text=fs_erp("农户直售玉米款（35.62吨×2340元，过磅单1008-05/06）", "农户努尔兰·哈力别克",
                extra="身份证复印件、土地承包合同已附，收款卡户名与售粮人一致")),
    signals=["personal_account", "first_time_payee"],
    note="Hard negative: A farmer selling his own corn at the gate is paid to his own card against weighbridge tickets and a copy of his ID.")
add(T, X, "payment", fsp("2026-10-12T11:20",
    payee("新疆汇诚商务服务有限公司", acct("3002", 19, "fs-huicheng"), "中国工商银行乌鲁木齐分行"),
    "100800", "货款", "天牧预混料7月货款（委托催收）", "E7303", ["E7301"], channel="email",
    from_name="天牧预混料 财务部", from_contact="caiwu@tianmu-premix.com", contract_id="FS-CG-2026-008",
    invoice_no=i_tianmu_jul, urgent=True,
    text="丰收农牧财务：\n贵司7月预混料货款（发票号%s，金额100800元）我司系统显示仍未到账。我司已将该笔应收账款委托新疆汇诚商务服务有限公司统一催收，请于本周内将款项汇至汇诚商务账户，逾期将按合同收取违约金。\n天牧预混料 财务部" % i_tianmu_jul),
    label="scam", scam_type="fake_invoice", expect="block",
    signals=["email_instruction", "duplicate_invoice", "payee_name_mismatch", "first_time_payee", "urgency"],
    note="A 'collection' e-mail re-bills the premix invoice that was paid on 21 July and asks the money be sent to a debt-collection firm instead of the supplier.")
add(T, X, "payment", fsp("2026-10-13T10:30", FSV["mianfeng"], "461100", "货款", "棉粕款（150吨）",
    "E7303", ["E7301"], contract_id="FS-CG-2026-006", invoice_no=inv("fs-t-mf-1013"), short="棉丰油脂"),
    note="Routine: Cottonseed meal from the regular oil mill.")
add(T, X, "order", order("2026-10-13T16:45",
    customer("新源县金草原牧业有限公司", None, "蒋总", mob("fs-jiangzong", "1900000"), None, wxid("fs-jiangzong"), None),
    [("肉牛精补料", "30", "吨", "3300")], "im", "伊犁州新源县那拉提镇某牧场", "2026-10-17", "平台担保交易",
    "客户在抖音上联系，说走平台“担保交易”下单。平台客服（ＶＸ：ｐｔｋｆ２０２６）说我方商家账户未开通“商家保障服务”，要先交保证金５０００元才能收款，付完可原路退回；让我们加客服ＶＸ，并下载会议APP共享屏幕操作开通。",
    fees=[("商家保障服务保证金", "5000")]),
    label="scam", scam_type="fake_order", expect="flag",
    signals=["fee_asked_of_seller", "deposit_words", "remote_control", "new_customer", "contact_im_only",
             "evasion_fullwidth"],
    note="A ranch found on Douyin orders through a 'guaranteed trade' whose 'customer service', written in full-width letters and digits, wants a 5,000 seller deposit and a screen-sharing app installed.")
add(T, X, "payment", fsp("2026-10-14T15:30",
    payee(FSC["muge"]["name"], FS_MUGE_ACCT, "玛纳斯县农村信用合作联社", phone=FSC["muge"]["phone"]),
    "63600", "退款", "牧歌养殖第二批取消订单预付款原路退回", "E7303", ["E7301"],
    text=fs_erp("牧歌养殖9月第二批（20吨）取消订单预付款原路退回", "牧歌养殖",
                extra="对方羊只提前出栏，盖章取消函已到；预付款9月25日到账，按原付款账户退回")),
    signals=["refund_words", "first_time_payee"],
    note="Hard negative: A cancelled second batch's prepayment goes back to the established farm's own paying account on its stamped cancellation letter.")
add(T, X, "payment", fsp("2026-10-15T11:40",
    payee("何建伟", acct("622848", 19, "fs-hejianwei"), "中国农业银行奇台县支行", "personal"),
    "300000", "代付", "万顺经销部委托转付", "E7320", ["E7301"], channel="im",
    from_name="何老板（万顺饲料经销部）", from_contact=wxid("fs-helaoban"), urgent=True,
    text="何老板：艾经理，帮个忙，我在农商行办的经营贷下来了，银行要求受托支付到供应商对公账户，我就借用你们公户一下，30万打到你们账上，你们当天再转到我这张卡上\n何老板：款刚到，你看一下，算我欠你个人情，年底多进你们的料"),
    label="scam", scam_type="account_lending", expect="block",
    signals=["im_instruction", "account_lending_words", "in_out_match", "personal_account", "first_time_payee",
             "urgency"],
    note="An established dealer asks to borrow the mill's company account so a bank loan paid to a 'supplier' can be forwarded back to his personal card the same day.")


# ============================================================================= assemble

def assemble():
    out = []
    refs = {}
    for tenant in TENANT_ORDER:
        lines = [l for l in LINES if l["tenant"] == tenant]
        for phase in ("history", "test"):
            ph = [l for l in lines if l["phase"] == phase]

            def when(l):
                r = l["request"]
                return r.get("submitted_at") or r.get("received_at")
            ph.sort(key=when)
            counters = {}
            for n, l in enumerate(ph, 1):
                l["id"] = "%s-%s%03d" % (tenant, "h" if phase == "history" else "t", n)
                r = l["request"]
                stamp = when(l)
                d = stamp[:10].replace("-", "")
                ck = (l["kind"], d)
                counters[ck] = counters.get(ck, 0) + 1
                rid = PREFIX[tenant][l["kind"]].format(d=d, d4=d[:4] + "-" + d[4:], d6=d[2:],
                                                       n=counters[ck])
                if l["kind"] == "payment":
                    r["request_id"] = rid
                else:
                    r["record_id"] = rid
                if l.get("key"):
                    refs[l["key"]] = rid
                out.append(l)
    for l in out:
        r = l["request"]
        if l["kind"] == "payment":
            oid = r["related"]["order_id"]
            if isinstance(oid, str) and oid.startswith("@"):
                r["related"]["order_id"] = refs[oid[1:]]
    return out


def main():
    # the JC60S order is referenced by key; tag it here to keep the data block readable
    for l in LINES:
        r = l["request"]
        if l["kind"] == "order" and r["items"][0]["product"].startswith("精梳紧密纺长绒棉纱JC60S"):
            l["key"] = "ym-junye-60s"
    lines = assemble()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            obj = {
                "id": l["id"], "tenant": l["tenant"], "phase": l["phase"], "kind": l["kind"],
                "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"],
            }
            if l["phase"] == "history":
                obj["outcome"] = "executed"
            obj["signals"] = l["signals"]
            obj["note"] = l["note"]
            obj["request"] = l["request"]
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
