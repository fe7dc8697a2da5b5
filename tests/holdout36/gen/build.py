#!/usr/bin/env python3
"""Deterministic generator for the holdout36 corpus (transport and fleets).

Standard library only, no network; the only randomness is random.Random(SEED),
used for account numbers, phone numbers, IM ids, credit codes and invoice numbers.
Writes ../holdout36.jsonl (next to the README). Running it twice gives identical bytes.
"""
import datetime
import json
import os
import random
from decimal import Decimal

SEED = 36036
RNG = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "holdout36.jsonl"))

# ---------------------------------------------------------------- id helpers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_used = set()


def _uniq(fn):
    while True:
        v = fn()
        if v not in _used:
            _used.add(v)
            return v


def uscc(prefix):
    """prefix = registration dept + type + 6-digit region, e.g. '91650502'."""
    def make():
        body = prefix + "MA" + "".join(RNG.choice(USCC_CHARS) for _ in range(7))
        s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
        return body + USCC_CHARS[(31 - s % 31) % 31]
    return _uniq(make)


def acct(prefix, length):
    return _uniq(lambda: prefix + "".join(RNG.choice("0123456789") for _ in range(length - len(prefix))))


def card(bank):
    return acct({"icbc": "6222", "abc": "6228", "ccb": "6217", "boc": "6216", "rcc": "6231"}[bank], 19)


def corp(bank):
    return {"icbc": lambda: acct("30", 19), "abc": lambda: acct("306", 17), "ccb": lambda: acct("6505", 19),
            "boc": lambda: acct("10", 18), "city": lambda: acct("88", 18), "rcc": lambda: acct("7", 18)}[bank]()


def mob():
    return _uniq(lambda: "18" + RNG.choice("678") + "0000" + "".join(RNG.choice("0123456789") for _ in range(4)))


def land(area):
    return _uniq(lambda: area + "-0000" + "".join(RNG.choice("0123456789") for _ in range(3)))


def wx():
    return _uniq(lambda: "wxid_" + "".join(RNG.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(14)))


def inv():
    return _uniq(lambda: "2665" + "".join(RNG.choice("0123456789") for _ in range(16)))


def P(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None, changed=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone, "_changed": changed}


def C(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


# ---------------------------------------------------------------- line builders
LINES = []
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def _meta(tenant, ts, phase, label, st, expect, sig, note, key):
    assert not set(sig) & set(STRUCTURAL), (note, sig)
    return {"tenant": tenant, "ts": ts, "phase": phase, "label": label, "scam_type": st, "expect": expect,
            "sig": list(sig), "note": note, "key": key}


def pay(tenant, ts, payee, amount, purpose, memo, text, *, ch="erp", frm=None, contact=None, urgent=False,
        req=None, appr=(), order=None, contract=None, invoice=None, verification=None,
        phase="test", label="legit", st=None, expect="allow", sig=(), note="", key=None):
    m = _meta(tenant, ts, phase, label, st, expect, sig, note, key)
    m["kind"] = "payment"
    pe = {k: v for k, v in payee.items() if not k.startswith("_")}
    body = {
        "request_id": None,
        "submitted_at": ts,
        "payer": dict(TEN[tenant]["payer"]),
        "payee": pe,
        "amount": amount,
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm, "from_contact": contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": payee.get("_changed"),
    }
    if verification is not None:
        body["verification"] = verification
    m["body"] = body
    LINES.append(m)


def order(tenant, ts, cust, items, ch, addr, deadline, terms, notes, *, third=None, fees=(),
          phase="test", label="legit", st=None, expect="allow", sig=(), note="", key=None):
    m = _meta(tenant, ts, phase, label, st, expect, sig, note, key)
    m["kind"] = "order"
    its = [{"product": p, "quantity": q, "unit": u, "unit_price": up} for p, q, u, up in items]
    total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its), Decimal("0"))
    body = {
        "record_id": None,
        "received_at": ts,
        "customer": dict(cust),
        "items": its,
        "total_amount": str(total.quantize(Decimal("0.01"))),
        "currency": "CNY",
        "channel": ch,
        "delivery": {"address": addr, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": a} for r, a in fees],
        "notes": notes,
    }
    m["body"] = body
    LINES.append(m)


def H(**kw):
    kw.update(phase="history")
    return kw


def ts(d, hm):
    return "2026-%s-%sT%s:00+08:00" % (d[:2], d[3:], hm)


# ---------------------------------------------------------------- tenants
TEN = {}

# ======================================================================
# changtu: long-haul trucking, Hami
# ======================================================================
T = "changtu"
TEN[T] = {"payer": {"account_no": corp("icbc"), "account_name": "哈密长途驰远运输有限公司"}, "pfx": "CT"}
CT = {
    "tyre": P("哈密驰通轮胎销售有限公司", corp("abc"), "中国农业银行哈密分行", vendor_id="V-CT01", phone=land("0902"),
              changed="2025-11-20T11:30:00+08:00"),
    "fuel": P("哈密天驰石油销售有限公司", corp("icbc"), "中国工商银行哈密分行", vendor_id="V-CT02", phone=land("0902")),
    "etc": P("新疆路畅通行ETC服务有限公司", corp("boc"), "中国银行乌鲁木齐分行", vendor_id="V-CT03", phone=land("0991")),
    "repair": P("哈密市伊州区顺安汽车修理有限公司", corp("city"), "哈密市商业银行", vendor_id="V-CT04", phone=land("0902")),
    "payroll": P("中国建设银行哈密分行（代发工资专户）", corp("ccb"), "中国建设银行哈密分行", vendor_id="PAY-CT"),
    "trailer": P("哈密通衢挂车租赁有限公司", corp("ccb"), "中国建设银行哈密分行", vendor_id="V-CT06", phone=land("0902")),
    "loan": P("天山融通汽车金融有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", vendor_id="V-CT07", phone=land("0991")),
    "beidou": P("哈密星途北斗科技有限公司", corp("abc"), "中国农业银行哈密分行", vendor_id="V-CT08", phone=land("0902")),
    "ins": P("天佑财产保险股份有限公司哈密中心支公司", corp("boc"), "中国银行哈密分行", vendor_id="V-CT09", phone=land("0902")),
    "tax": P("国家金库哈密市中心支库", acct("6505", 17), "国家金库哈密市中心支库", vendor_id="TAX-CT"),
    "d_maqiang": P("马强", card("ccb"), "中国建设银行哈密分行", "personal"),
    "d_liwenbin": P("李文斌", card("icbc"), "中国工商银行哈密分行", "personal"),
    "d_reheman": P("热合曼·托合提", card("abc"), "中国农业银行哈密分行", "personal"),
    "d_zhang_old": P("张志军", card("icbc"), "中国工商银行哈密分行", "personal"),
}
CT["repair_new"] = dict(CT["repair"], account_no=corp("city"), bank="甘肃银行兰州七里河支行",
                        _changed="2026-11-16T15:20:00+08:00")
CT["trailer_new"] = P("哈密通衢物流服务部", acct("88", 18), "哈密市商业银行", vendor_id="V-CT06",
                      phone=CT["trailer"]["phone"], changed="2026-08-25T16:05:00+08:00")
CTC = {
    "xingda": C("哈密淖毛湖兴达煤业有限公司", uscc("91650522"), "贾经理", land("0902"), "yx@nmhxingda.com", None, "C-CT01"),
    "hongyue": C("新疆鸿岳硅业有限公司", uscc("91650502"), "蒲主任", land("0902"), "wl@hongyuesi.com", None, "C-CT02"),
}
A_ = dict(req="E2101", frm="古丽娜", appr=("E2102",))
A2 = dict(req="E2101", frm="古丽娜", appr=("E2102", "E2100"))
AD = dict(req="E2103", frm="何建新", appr=("E2102",))


def k3(memo, short, contract=None, invoice=None):
    s = "金蝶云星空付款单：" + memo + "｜" + short
    if contract:
        s += "｜合同" + contract
    if invoice:
        s += "｜发票" + invoice
    return s


def ctpay(d, hm, pk, amount, purpose, memo, short, contract=None, invoice=None, who=A_, **kw):
    pay(T, ts(d, hm), CT[pk] if isinstance(pk, str) else pk, amount, purpose, memo, k3(memo, short, contract, invoice),
        contract=contract, invoice=invoice, **dict(who, **kw))


i1 = inv()
order(T, ts("08-03", "10:40"), CTC["xingda"], [("原煤运输（淖毛湖—嘉峪关）", "1500", "吨", "168.00")], "erp",
      "甘肃省嘉峪关市酒钢料场", "2026-08-09", "每月25日对账，次月10日前付清",
      "8月第一批，32吨车型，过磅单随车", **H(note="Coal-haul order from the established Naomaohu mine."))
ctpay("08-04", "11:15", "fuel", "120000.00", "燃油费", "车队加油卡充值（8月）", "天驰石油", "CT-RY-2026-01",
      inv(), who=A2, **H(note="Monthly fuel-card top-up for the fleet."))
ctpay("08-05", "15:30", "d_maqiang", "8640.00", "趟次工资", "8月上旬趟次工资 3趟（员工：马强）", "马强", who=AD,
      **H(note="Per-trip pay to a driver's own card."))
ctpay("08-06", "12:20", "etc", "50000.00", "通行费", "ETC记账卡预存通行费（8月）", "路畅通行ETC", "CT-ETC-2025-03",
      inv(), **H(note="ETC toll prepayment."))
ctpay("08-10", "16:10", "tyre", "64800.00", "货款", "轮胎款（12R22.5 全钢胎24条）", "驰通轮胎", "CT-CG-2026-04",
      inv(), **H(note="Tyres from the regular dealer, whose account change dates from Nov 2025."))
ctpay("08-11", "11:30", "trailer", "36000.00", "租金", "挂车租金（2026年第三季度，12台）", "通衢挂车", "CT-ZL-2025-02",
      inv(), **H(note="Quarterly trailer rental."))
ctpay("08-12", "14:00", "repair", "28450.00", "维修费", "新A7·3318号车变速箱大修", "顺安修理", "CT-WX-2026-01",
      inv(), **H(note="Gearbox repair at the regular workshop."))
ctpay("08-14", "17:20", "d_liwenbin", "9120.00", "趟次工资", "8月上旬趟次工资 3趟（员工：李文斌）", "李文斌", who=AD,
      **H(note="Per-trip pay to a driver's own card."))
order(T, ts("08-17", "10:50"), CTC["hongyue"], [("硅铁运输（哈密—西安）", "600", "吨", "320.00")], "erp",
      "陕西省西安市国际港务区某物流园", "2026-08-24", "预付80%运费，到货结清",
      "硅铁吨袋装，篷布苫盖，8月内分三批发", **H(note="Ferrosilicon haul for an established smelter.", key="ct_hy_aug"))
ctpay("08-20", "15:00", "loan", "186500.00", "贷款还款", "牵引车按揭贷款第8期（18台）", "融通汽车金融", "CT-DK-2025-01",
      who=A2, **H(note="Monthly truck-loan instalment to the licensed auto-finance company."))
ctpay("08-26", "11:40", "d_zhang_old", "7680.00", "趟次工资", "8月中旬趟次工资 2趟（员工：张志军）", "张志军", who=AD,
      **H(note="Per-trip pay to a driver's own card."))
pay(T, ts("09-08", "19:00"), CT["payroll"], "312600.00", "工资", "8月工资代发（46人）",
    "金蝶云星空付款单：8月工资代发（46人），工资表经人事、财务审核", req="E2102", frm="周海燕", appr=("E2100",),
    **H(note="Monthly payroll through the bank payroll account."))
ctpay("09-10", "11:20", "d_reheman", "7980.00", "趟次工资", "8月下旬趟次工资 3趟（员工：热合曼·托合提）", "热合曼", who=AD,
      **H(note="Per-trip pay to a driver's own card."))
pay(T, ts("09-15", "10:30"), CT["tax"], "88420.00", "税款", "8月增值税及附加",
    "电子税务局三方协议扣缴：8月增值税及附加", req="E2102", frm="周海燕", appr=("E2100",),
    **H(note="Monthly VAT by tripartite debit."))
ctpay("09-21", "16:45", "ins", "146000.00", "保险费", "牵引车交强险及商业险（第二批18台）", "天佑财险", "CT-BX-2026-02",
      inv(), who=A2, **H(note="Fleet insurance premium."))
ctpay("09-24", "12:10", "beidou", "6600.00", "服务费", "北斗定位终端服务费（第四季度）", "星途北斗", "CT-FW-2026-03",
      inv(), **H(note="Telematics service fee."))

# ---- changtu test
order(T, ts("10-09", "11:20"), CTC["xingda"], [("原煤运输（淖毛湖—嘉峪关）", "1800", "吨", "168.00")], "erp",
      "甘肃省嘉峪关市酒钢料场", "2026-10-16", "每月25日对账，次月10日前付清", "10月第一批，过磅单随车",
      note="Routine: Coal-haul order from the established Naomaohu mine.")
ctpay("10-09", "15:40", "fuel", "150000.00", "燃油费", "车队加油卡充值（10月）", "天驰石油", "CT-RY-2026-01", inv(),
      who=A2, sig=["topup_words"],
      note="Hard negative: The monthly fuel-card top-up ('充值') to the regular fuel company's corporate account.")
ctpay("10-12", "11:05", CT["trailer_new"], "36000.00", "租金", "挂车租金（2026年第四季度，12台）", "通衢", "CT-ZL-2025-02",
      inv(), label="scam", st="account_change", expect="flag", sig=["payee_name_mismatch"],
      note="Structural only: The quarterly trailer rent goes for the first time to an account keyed in as a 'change' in late August under a different name (a 服务部, not the leasing company); the ERP text is the usual one.")
ctpay("10-13", "16:30", "d_maqiang", "9360.00", "趟次工资", "10月上旬趟次工资 3趟（员工：马强）", "马强", who=AD,
      sig=[], note="Hard negative: Per-trip pay to a driver's own personal card, as every month.")
order(T, ts("10-14", "12:40"),
      C("哈密淖毛湖鑫达煤业有限公司", uscc("91650522"), "贾总", mob(), "nmhxinda_wl@163.com", wx(), None),
      [("原煤运输（淖毛湖—成都）", "3600", "吨", "395.00")], "im", "四川省成都市青白江区某货场", "2026-10-20",
      "运费货到90天结算",
      "我是兴达新来的运输负责人贾总，今年新签了成都的长协，先安排60车，运费按90天结，比你们报价每吨多给15块，明天就能装。",
      label="scam", st="fake_purchaser", expect="flag",
      sig=["lookalike_company", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order",
           "contact_im_only"],
      note="A name one character off the established Naomaohu mine (鑫 for 兴) books sixty trucks to Chengdu on 90-day terms at an above-market rate through a new mobile and WeChat.")
pay(T, ts("10-15", "10:25"), CT["tax"], "91260.00", "税款", "9月增值税及附加", "电子税务局三方协议扣缴：9月增值税及附加",
    req="E2102", frm="周海燕", appr=("E2100",), note="Routine: Monthly VAT by tripartite debit.")
pay(T, ts("10-16", "17:50"), P("韩建平", card("abc"), "中国农业银行吐鲁番分行", "personal"), "4000.00", "罚款",
    "超限运输罚款（新A7·5621）",
    "短信：【运输执法】你单位新A7·5621号车10月14日在G30线超限运输，依法处罚4000元。请于今日17点前将罚没款转至执法经办人韩建平账户，逾期将暂扣车辆营运证并计入信用记录。咨询：18700009415",
    ch="sms", frm="自称哈密市交通运输综合行政执法支队", contact="18700009415", urgent=True, req="E2104", appr=("E2102",),
    label="scam", st="authority_impersonation", expect="flag", sig=["authority_words", "urgency"],
    note="An SMS 'from the transport enforcement unit' (运管) demands a 4,000 overloading fine to a named officer's personal card by 5 pm, threatening to suspend the truck's operating permit.")
pay(T, ts("10-19", "10:45"), P("王建华", card("ccb"), "中国建设银行哈密分行", "personal"), "6240.00", "趟次工资",
    "10月上旬趟次工资 2趟（员工：王建华）", "金蝶云星空付款单：10月上旬趟次工资 2趟（员工：王建华，新入职司机，工资卡为本人建行卡，入职资料已核）",
    **AD, sig=[], note="Hard negative: A newly hired driver's first per-trip pay to a personal card in his own name, registered at onboarding.")
pay(T, ts("10-20", "21:40"), P("哈密市伊州区鑫路通道路救援有限公司", corp("city"), "哈密市商业银行", phone=land("0902")),
    "7800.00", "救援费", "新A7·6207星星峡路段抛锚拖车救援",
    "【加急】金蝶云星空付款单：新A7·6207晚上在G30星星峡段传动轴断裂，路政指派的鑫路通救援拖车进厂，对方要求结清拖车费后放车，周经理手机审批",
    urgent=True, req="E2103", frm="何建新", appr=("E2102",), sig=["urgency"],
    note="Hard negative: A late-evening tow after a breakdown on the G30, paid to a licensed rescue firm for the first time, urgent but approved.")
pay(T, ts("10-21", "12:05"), P("新疆恒骏汽车贸易有限公司", corp("icbc"), "中国工商银行昌吉分行", phone=None), "280000.00",
    "定金", "新购牵引车定金",
    "驰远车队司机群（新）\n马国栋：古丽娜在吗？\n古丽娜：马总，在的\n马国栋：账上现在还有多少钱？截个图给我\n古丽娜：基本户可用163万，一般户21万\n马国栋：昌吉恒骏那边的10台新车要先交定金28万，今天下午必须到账，你先转，合同我回来补签",
    ch="im", frm="马国栋", contact=wx(), urgent=True, req="E2101", appr=(),
    label="scam", st="boss_impersonation", expect="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "bypass_process", "urgency", "deposit_words"],
    note="In a newly made copy of the drivers' WeChat group the fake GM asks the cashier for the bank balance, then orders a 280k deposit for new tractors to an unknown dealer with the contract 'to follow'.")
ctpay("10-22", "11:30", "tyre", "51600.00", "货款", "轮胎款（12R22.5 全钢胎20条）", "驰通轮胎", "CT-CG-2026-04", inv(),
      sig=[],
      note="Hard negative: Tyres paid to the regular dealer on the account changed in Nov 2025 (stamped letter, call-back) and used for every payment since.")
ctpay("10-23", "15:10", "repair", "19870.00", "维修费", "新A7·2145号车更换离合器总成", "顺安修理", "CT-WX-2026-01", inv(),
      note="Routine: Clutch replacement at the regular workshop.")
pay(T, ts("10-26", "11:50"), P("苏晓梅", card("icbc"), "中国工商银行兰州分行", "personal"), "48000.00", "燃油费",
    "加油卡批量充值（8.5折）",
    "苏晓梅（油卡渠道）：古丽娜你好，我们是石油公司大客户渠道，车队加油卡充值走我这边8.5折，充4.8万到账5.6万额度，另外每充一单返利1%到你个人微信。款打我卡上，两小时内油卡到账。",
    ch="im", frm="苏晓梅", contact=wx(), req="E2101", appr=("E2102",),
    label="scam", st="task_rebate", expect="block",
    sig=["topup_words", "task_rebate_words", "im_instruction", "new_contact", "personal_account_pretext"],
    note="A 'major-account channel' offers fuel-card top-ups at 15% off with a personal kickback, and wants the 48k paid to her own card.")
ctpay("10-27", "16:20", "etc", "60000.00", "通行费", "ETC记账卡预存通行费（11月）", "路畅通行ETC", "CT-ETC-2025-03", inv(),
      sig=["topup_words"], note="Hard negative: ETC toll prepayment ('预存/充值') to the regular ETC issuer under its contract.")
order(T, ts("10-28", "14:30"),
      C("武警某部后勤保障处", None, "王助理", mob(), None, wx(), None),
      [("物资运输（哈密—若羌，9.6米厢车）", "4", "车次", "12800.00")], "phone", "巴州若羌县某营区", "2026-11-02",
      "任务结束后统一转账",
      "部队冬季物资要运到若羌，4车。另外营区要120块加厚防寒篷布，我们只认哈密市鑫盛帆布经营部的货，你们帮忙采购一起拉过来，篷布钱你们先垫付，运费和篷布款一起结。",
      third={"name": "哈密市伊州区鑫盛帆布经营部", "contact": mob(), "role": "designated_supplier", "amount": "26400.00"},
      label="scam", st="fake_order", expect="flag", key="ct_wj",
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
      note="A caller posing as an armed-police logistics office books four trucks and asks us to buy 120 tarpaulins from the canvas shop it names, advance the money and 'settle together'.")
pay(T, ts("10-29", "12:15"), P("哈密市伊州区鑫盛帆布经营部", card("abc"), "中国农业银行哈密分行", "personal"), "26400.00",
    "代采购", "代购防寒篷布120块（武警物资运输单）",
    "王助理：何调度，部队的运费财务已经走了，截图发你了，是公务卡对公转账，显示处理中。帆布店那边等着装车，你们先把2.64万付给鑫盛，一起结。",
    ch="im", frm="王助理", contact=wx(), urgent=True, req="E2103", appr=("E2102",), order=("ref", "ct_wj"),
    label="scam", st="fake_order", expect="block",
    sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "urgency", "im_instruction"],
    note="The 'armed police' contact sends a 'processing' transfer screenshot and has dispatch advance 26.4k to the named canvas shop before any freight money has arrived.")
pay(T, ts("11-02", "10:40"), P("吐尔逊·阿不都", card("rcc"), "哈密市农村信用合作联社", "personal"), "23500.00", "赔偿款",
    "新A7·3318号车剐蹭事故赔偿（对方车损及护栏）",
    "金蝶云星空付款单：10月27日G312哈密东收费站事故，交警出具道路交通事故认定书（哈公交认字〔2026〕第0412号）我方全责，按交警主持调解协议赔偿对方车主吐尔逊·阿不都车损，保险公司已核损，先行赔付后向保险索赔",
    req="E2104", frm="艾力", appr=("E2102", "E2100"), sig=["authority_words"],
    note="Hard negative: Accident compensation to the other driver's personal card under a traffic-police liability finding and mediation agreement, insurer already assessed.")
pay(T, ts("11-03", "15:25"), P("新疆中投鼎盛建设工程有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", phone=land("0991")),
    "200000.00", "保证金", "十三间房风电基地土方运输项目履约保证金",
    "鼎盛 项目部 吴经理：张总（负责人）说了，十三间房风电基地是国家级重点项目，土方运输分包给你们300台车·月，先交20万bzj锁定名额，合同在我们总部签，交了bzj下周进场。",
    ch="phone", frm="吴经理", contact=mob(), req="E2101", appr=("E2102",),
    label="scam", st="contract_fraud", expect="flag",
    sig=["deposit_words", "bigproject_words", "fee_asked_of_seller", "shell_company", "phone_instruction",
         "evasion_pinyin"],
    note="A two-month-old 'general contractor' offers a wind-farm earth-haul subcontract and asks a 200k performance deposit (written 'bzj') before any contract is signed at its own office.")
pay(T, ts("11-05", "11:10"), P("新疆维吾尔自治区非税收入汇缴结算户", acct("30", 19), "中国工商银行乌鲁木齐分行"), "200.00",
    "罚款", "交通违法罚款（新A7·6207 超速）",
    "金蝶云星空付款单：交管12123已确认新A7·6207号车违法记录（决定书编号6522011000238471），按处罚决定书经非税收入缴款码缴纳罚款200元，驾驶员扣分已处理",
    req="E2104", frm="艾力", appr=("E2102",), sig=["authority_words"],
    note="Hard negative: A speeding fine paid through the official non-tax payment code of a written penalty decision.")
pay(T, ts("11-06", "17:00"), P("邓丽华", card("ccb"), "中国建设银行成都分行", "personal"), "18600.00", "服务费",
    "运输发票开具服务费（税点3%）",
    "邓丽华：你们油钱那么多没票吧？我这边可以开9%运输专票，60万票面只收3个点税点，今天打款明天寄票，票都能查验。",
    ch="im", frm="邓丽华", contact=wx(), req="E2101", appr=("E2102",),
    label="scam", st="fake_invoice", expect="flag", sig=["invoice_trade_words", "im_instruction", "new_contact"],
    note="An invoice seller offers 600k of freight VAT invoices for a 3% 'tax point' fee paid to her personal card.")
pay(T, ts("11-09", "19:05"), CT["payroll"], "318940.00", "工资", "10月工资代发（47人）",
    "金蝶云星空付款单：10月工资代发（47人），工资表经人事、财务审核", req="E2102", frm="周海燕", appr=("E2100",),
    note="Routine: Monthly payroll through the bank payroll account.")
pay(T, ts("11-10", "12:30"), P("杨宏伟", card("boc"), "中国银行哈密分行", "personal"), "34560.00", "工资",
    "10月下旬趟次工资（员工：马强、李文斌、热合曼·托合提、张志军）",
    "车队长 杨宏伟：古丽娜，这趟去西安的四个司机说卡都在车上不方便，趟次工资一起打我卡上，我回来分给他们，一共34560。",
    ch="im", frm="杨宏伟", contact=wx(), req="E2101", appr=("E2102",),
    label="scam", st="fake_salary", expect="block",
    sig=["payee_not_employee", "payee_shared_by_employees", "payroll_change", "im_instruction"],
    note="Four drivers' trip wages are requested in one payment to the convoy leader's own card, on a WeChat message.")
pay(T, ts("11-12", "10:55"), CT["repair"], "46300.00", "维修费", "新A7·6207传动轴及后桥维修",
    "马国栋（微信）：古丽娜，星星峡拖回来的那台车顺安修好了，今天把修理费结了，单子我已经在金蝶上批了。\n金蝶云星空付款单：新A7·6207传动轴及后桥维修｜顺安修理｜合同CT-WX-2026-01",
    ch="im", frm="马国栋", contact="wxid_ctmaguodong01", urgent=True, req="E2101", appr=("E2102", "E2100"),
    contract="CT-WX-2026-01", invoice=inv(), sig=["im_instruction", "boss_role", "urgency"],
    note="Hard negative: The GM chases a repair bill on WeChat, but the payee is the regular workshop's known account and the ERP approval is complete.")
ctpay("11-13", "16:40", "loan", "186500.00", "贷款还款", "牵引车按揭贷款第11期（18台）", "融通汽车金融", "CT-DK-2025-01",
      who=A2, sig=["loan_fee_words"],
      note="Hard negative: Truck-loan instalment to the licensed auto-finance company under the signed loan contract.")
pay(T, ts("11-17", "11:20"), P("周建国", card("icbc"), "中国工商银行西安分行", "personal"), "96000.00", "保证金",
    "案件保证金",
    "來電後對方發來：你單位新A7·3318號車涉嫌10月在陝西境內一起肇事逃逸案件，車輛已列入協查。為配合調查，請將案件保證金9.6萬元轉入辦案民警周建國的監管帳戶，結案後全額退還。此事屬偵查保密，不得告知他人。",
    ch="phone", frm="自称西安市公安局交警支队 周警官", contact=mob(), urgent=True, req="E2104", appr=("E2102",),
    label="scam", st="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "secrecy_words", "deposit_words", "phone_instruction",
         "evasion_traditional"],
    note="A 'traffic police' caller ties a truck to a hit-and-run and, in a traditional-character follow-up, demands a 96k 'case deposit' into an officer's 'supervision account' and secrecy.")
ctpay("11-18", "15:45", "beidou", "9000.00", "押金", "北斗视频终端押金（新增15台，退机返还）", "星途北斗", "CT-FW-2026-03",
      sig=["deposit_words"],
      note="Hard negative: A refundable deposit for 15 extra video telematics units to the regular telematics vendor under contract.")
order(T, ts("11-20", "10:30"), CTC["hongyue"], [("硅铁运输（哈密—西安）", "500", "吨", "320.00")], "erp",
      "陕西省西安市国际港务区某物流园", "2026-11-27", "预付80%运费，到货结清", "吨袋装，篷布苫盖",
      note="Routine: Ferrosilicon haul for the established smelter.")
pay(T, ts("11-24", "12:50"), CT["repair_new"], "42000.00", "维修费", "新A7·2145号车发动机大修",
    "发件人：顺安汽修财务 <caiwu@shunan-qixiu.com.cn>\n古丽娜您好：我厂因年审更换开户行，原哈密市商业银行账户已停用，发动机大修款请汇至我厂新账户（甘肃银行兰州七里河支行），以新账户为准。\n金蝶云星空付款单：新A7·2145号车发动机大修｜顺安修理｜合同CT-WX-2026-01",
    ch="email", frm="顺安汽修财务", contact="caiwu@shunan-qixiu.com.cn", req="E2101", appr=("E2102",),
    contract="CT-WX-2026-01", invoice=inv(), label="scam", st="account_change", expect="block",
    sig=["email_instruction", "new_contact", "account_change_words", "unusual_bank_region"],
    note="An e-mail from an address never used before says the account moved to a Lanzhou bank for an 'annual review'; the vendor master was changed eight days before this first payment to it.")
pay(T, ts("11-25", "20:45"), P("刘振东", card("ccb"), "中国建设银行郑州分行", "personal"), "18000.00", "服务费",
    "车辆融资贷款解冻金",
    "刘振东（融资专员）：马总您好，贵司申请的8台牵引车融资款240万已审批，但放款时系统提示收款账户卡号错误，资金被冻结。按规定需缴纳10%以下的解冻金1.8万元验资，转到我的个人账户，半小时内解冻放款，解冻金随贷款一并返还。",
    ch="phone", frm="刘振东", contact=mob(), urgent=True, req="E2101", appr=("E2102",),
    label="scam", st="advance_fee", expect="block",
    sig=["loan_fee_words", "urgency", "phone_instruction", "new_contact"],
    note="A 'financing officer' says an approved truck-financing loan is frozen by a 'wrong card number' and wants an 18k unfreezing and capital-verification fee on his personal card.")
pay(T, ts("11-27", "11:40"), P("新疆鸿岳硅业有限公司", corp("icbc"), "中国工商银行哈密分行", phone=CTC["hongyue"]["phone"]),
    "38400.00", "退款", "原路退回鸿岳硅业8月运费重复支付",
    "金蝶云星空付款单：鸿岳硅业8月运费（对账单CT-DZ-0825）于9月3日重复汇入，银行回单已核对到账，经对方财务蒲主任盖章函确认，原路退回其付款账户",
    req="E2101", frm="古丽娜", appr=("E2102",), order=("ref", "ct_hy_aug"), sig=["refund_words", "overpayment"],
    note="Hard negative: A duplicated freight payment, cleared at the bank, refunded to the same corporate account it came from under a stamped letter.")
pay(T, ts("12-01", "16:15"), P("李秀兰", card("icbc"), "中国工商银行哈密分行", "personal"), "10260.00", "工资",
    "11月下旬趟次工资 3趟（员工：李文斌）", "金蝶云星空付款单：11月下旬趟次工资 3趟（员工：李文斌）｜李秀兰",
    **AD, label="scam", st="fake_salary", expect="block", sig=["payee_not_employee"],
    note="Structural only: A driver's trip wages go to a card held by someone else; the ERP text is the usual one.")
pay(T, ts("12-03", "10:25"), P("张志军", card("ccb"), "中国建设银行哈密分行", "personal"), "9840.00", "趟次工资",
    "11月下旬趟次工资 3趟（员工：张志军）",
    "金蝶云星空付款单：11月下旬趟次工资 3趟（员工：张志军）｜工资卡11月25日由本人在HR自助系统人脸核验后变更为建行卡，人事陈蓉已电话确认",
    **AD, sig=["payroll_change"],
    note="Hard negative: A driver's trip pay to his new card in his own name, changed by himself through HR self-service with face verification.")
pay(T, ts("12-07", "13:00"), P("何立新", card("abc"), "中国农业银行乌鲁木齐分行", "personal"), "65000.00", "咨询费",
    "项目前期咨询费",
    "发件人：马国栋 <maguodong.cy@outlook.com>\n古丽娜：我在外地谈一个煤矿运输总包，需要先给对方的中间人付6.5万前期咨询费，打到何立新的卡上。这件事目前只有你知道，不要和周经理说，我回来补手续。",
    ch="email", frm="马国栋", contact="maguodong.cy@outlook.com", urgent=True, req="E2101", appr=(),
    label="scam", st="boss_impersonation", expect="flag",
    sig=["email_instruction", "free_mail", "boss_role", "secrecy_words", "bypass_process", "middleman_fee"],
    note="A free-mail message 'from the GM' asks the cashier to pay a 65k 'consulting fee' to a middleman's personal card, keep it from the finance manager and do the paperwork later.")
pay(T, ts("12-08", "19:10"), CT["payroll"], "55200.00", "补贴", "冬季取暖补贴（46人，每人1200元）",
    "金蝶云星空付款单：按公司福利制度发放冬季取暖补贴（46人），随工资代发", req="E2102", frm="周海燕", appr=("E2100",),
    sig=["subsidy_words"],
    note="Hard negative: The winter heating allowance paid through the bank payroll account under the company's benefit policy.")
ctpay("12-14", "11:35", "ins", "152000.00", "保险费", "牵引车交强险及商业险（第三批18台）", "天佑财险", "CT-BX-2026-02",
      inv(), who=A2, note="Routine: Fleet insurance premium.")
order(T, ts("12-28", "10:50"), CTC["xingda"], [("原煤运输（淖毛湖—嘉峪关）", "2000", "吨", "168.00")], "erp",
      "甘肃省嘉峪关市酒钢料场", "2027-01-05", "每月25日对账，次月10日前付清", "元旦前后运力，过磅单随车",
      note="Routine: Coal-haul order from the established Naomaohu mine.")

# ======================================================================
# yunke: coach and bus company, Yining
# ======================================================================
T = "yunke"
TEN[T] = {"payer": {"account_no": corp("boc"), "account_name": "伊犁天驿汽车客运有限公司"}, "pfx": "YK"}
YK = {
    "station": P("伊宁市汽车客运总站有限公司", corp("icbc"), "中国工商银行伊宁分行", vendor_id="V-YK01", phone=land("0999")),
    "fuel": P("伊犁远航油品销售有限公司", corp("icbc"), "中国工商银行伊宁分行", vendor_id="V-YK02", phone=land("0999")),
    "repair": P("伊宁市众鑫客车维修有限公司", corp("abc"), "中国农业银行伊宁分行", vendor_id="V-YK03", phone=land("0999"),
                changed="2026-03-10T12:40:00+08:00"),
    "ins": P("天佑财产保险股份有限公司伊犁中心支公司", corp("boc"), "中国银行伊宁分行", vendor_id="V-YK04", phone=land("0999")),
    "payroll": P("中国银行伊宁分行（代发工资专户）", corp("boc"), "中国银行伊宁分行", vendor_id="PAY-YK"),
    "parts": P("伊犁宏通汽车配件有限公司", corp("ccb"), "中国建设银行伊宁分行", vendor_id="V-YK06", phone=land("0999")),
    "ticket": P("新疆畅行票务信息技术有限公司", corp("ccb"), "中国建设银行乌鲁木齐分行", vendor_id="V-YK07", phone=land("0991")),
    "hire": P("伊宁市顺途汽车租赁有限公司", corp("rcc"), "伊犁农村商业银行", vendor_id="V-YK08", phone=land("0999")),
    "dealer": P("新疆金驰客车销售服务有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", vendor_id="V-YK09", phone=land("0991")),
    "tax": P("国家金库伊宁市支库", acct("6540", 17), "国家金库伊宁市支库", vendor_id="TAX-YK"),
}
YK["parts_new"] = dict(YK["parts"], account_no=corp("icbc"), bank="中国工商银行喀什分行",
                       _changed="2026-10-09T17:10:00+08:00")
YK["fuel_new"] = dict(YK["fuel"], account_no=corp("rcc"), bank="霍尔果斯农村商业银行",
                      _changed="2026-11-13T18:30:00+08:00")
YK["ticket_new"] = dict(YK["ticket"], account_no=corp("boc"), bank="中国银行乌鲁木齐分行",
                        _changed="2026-10-26T15:00:00+08:00")
YKC = {
    "qiaxi": C("伊犁恰西国际旅行社有限公司", uscc("91654002"), "古丽米热", land("0999"), "jd@qiaxitravel.com", None, "C-YK01"),
    "hengyuan": C("伊犁恒源煤电有限公司", uscc("91654021"), "郝科长", land("0999"), "xzb@hengyuanmd.com", None, "C-YK02"),
    "silu": C("伊犁丝路研学旅行服务有限公司", uscc("91654002"), "潘老师", land("0999"), "yx@silu-yanxue.com", None, "C-YK03"),
}
Y1 = dict(req="E3201", frm="阿依古丽", appr=("E3202",))
Y2 = dict(req="E3201", frm="阿依古丽", appr=("E3202", "E3205"))


def tplus(memo, short, contract=None, invoice=None):
    s = "畅捷通T+付款单：" + memo + "｜" + short
    if contract:
        s += "｜合同" + contract
    if invoice:
        s += "｜发票" + invoice
    return s


def ykpay(d, hm, pk, amount, purpose, memo, short, contract=None, invoice=None, who=Y1, **kw):
    pay(T, ts(d, hm), YK[pk] if isinstance(pk, str) else pk, amount, purpose, memo,
        tplus(memo, short, contract, invoice), contract=contract, invoice=invoice, **dict(who, **kw))


order(T, ts("08-03", "11:00"), YKC["qiaxi"], [("旅游包车（53座，伊宁—那拉提 3天）", "9", "车·天", "3200.00")], "erp",
      "伊宁市斯大林街恰西旅行社门店集合", "2026-08-08", "团款到账后出车", "暑期团，3台车，司机食宿由旅行社安排",
      **H(note="Summer tour charter for the established travel agency."))
ykpay("08-04", "15:20", "station", "48300.00", "站务费", "7月站务费及售票代理费", "客运总站", "YK-ZW-2026-01", inv(),
      **H(note="Monthly bus-station fees."))
ykpay("08-06", "12:30", "fuel", "80000.00", "燃油费", "客车加油卡充值（8月）", "远航油品", "YK-RY-2026-02", inv(),
      who=Y2, **H(note="Monthly fuel-card top-up."))
ykpay("08-07", "16:00", "repair", "22600.00", "维修费", "新F·K2081客车空调压缩机更换", "众鑫维修", "YK-WX-2026-01", inv(),
      **H(note="Coach repair at the regular workshop, whose account change dates from March."))
ykpay("08-11", "10:40", "ins", "68000.00", "保险费", "承运人责任险（第三季度）", "天佑财险", "YK-BX-2026-01", inv(), who=Y2,
      **H(note="Carrier liability insurance premium."))
ykpay("08-13", "11:50", "parts", "31200.00", "货款", "客车刹车片、滤芯等配件", "宏通配件", "YK-CG-2026-03", inv(),
      **H(note="Spare parts from the regular dealer."))
order(T, ts("08-18", "14:20"), YKC["hengyuan"], [("职工通勤班车（伊宁—电厂，月包）", "22", "车·天", "1500.00")], "erp",
      "伊宁市边境经济合作区恒源煤电厂区", "2026-08-31", "月结，次月10日前付款（合同YK-BC-2025-04）", "8月通勤班车",
      **H(note="Monthly staff-shuttle order from the established power plant."))
ykpay("08-21", "17:10", "ticket", "9860.00", "服务费", "7月联网售票平台服务费", "畅行票务", "YK-PT-2025-02", inv(),
      **H(note="Online ticketing platform fee."))
order(T, ts("08-25", "12:00"), YKC["silu"], [("研学包车（53座，伊宁—特克斯 2天）", "8", "车·天", "3000.00")], "erp",
      "伊宁市第二十三中学门口集合", "2026-10-26", "签约预付30%定金，出发前结清", "秋季研学，4台车",
      **H(note="Autumn study-trip charter for the established study-tour company, 30% deposit paid.", key="yk_silu"))
pay(T, ts("09-08", "19:15"), YK["payroll"], "402300.00", "工资", "8月工资代发（62人）",
    "畅捷通T+付款单：8月工资代发（62人），工资表经人事、财务审核", req="E3202", frm="王丽娟", appr=("E3205",),
    **H(note="Monthly payroll through the bank payroll account."))
ykpay("09-09", "11:30", "hire", "12000.00", "租车费", "临时租用53座客车（伊宁—昭苏 2天）", "顺途租赁", "YK-ZL-2026-01", inv(),
      **H(note="Temporary coach hire from the partner rental company."))
pay(T, ts("09-15", "10:20"), YK["tax"], "52840.00", "税款", "8月增值税及附加", "电子税务局三方协议扣缴：8月增值税及附加",
    req="E3202", frm="王丽娟", appr=("E3205",), **H(note="Monthly VAT by tripartite debit."))
ykpay("09-16", "15:40", "station", "51600.00", "站务费", "8月站务费及售票代理费", "客运总站", "YK-ZW-2026-01", inv(),
      **H(note="Monthly bus-station fees."))
ykpay("09-22", "12:10", "dealer", "18400.00", "货款", "客车原厂配件（变速箱阀体）", "金驰客车", "YK-CG-2026-05", inv(),
      **H(note="Original parts from the coach dealer."))
ykpay("09-24", "16:30", "parts", "27900.00", "货款", "客车轮胎及蓄电池", "宏通配件", "YK-CG-2026-03", inv(),
      **H(note="Spare parts from the regular dealer."))

# ---- yunke test
ykpay("10-09", "10:50", "station", "50700.00", "站务费", "9月站务费及售票代理费", "客运总站", "YK-ZW-2026-01", inv(),
      note="Routine: Monthly bus-station fees.")
ykpay("10-09", "15:20", "fuel", "90000.00", "燃油费", "客车加油卡充值（10月）", "远航油品", "YK-RY-2026-02", inv(), who=Y2,
      sig=["topup_words"], note="Hard negative: The monthly fuel-card top-up to the regular fuel seller's corporate account.")
order(T, ts("10-12", "11:40"),
      C("乌鲁木齐乐途假日旅行社有限公司", uscc("91650104"), "小林", mob(), None, wx(), None),
      [("旅游包车（53座，伊宁—赛里木湖—果子沟 2天）", "10", "车·天", "3400.00")], "im",
      "伊宁市解放路某酒店门口", "2026-10-17", "平台担保交易",
      "我们团款走平台担保，你们是新商家要先开通收款。财务下载'中银会议'APP，我们客服开会议共享屏幕，一步步教你们开通，十分钟就好。",
      label="scam", st="fake_order", expect="flag", sig=["remote_control", "contact_im_only"],
      note="A new 'travel agency' books five coaches and then wants finance to install a meeting app and share the screen with its 'platform customer service' to 'activate receiving payments'.")
pay(T, ts("10-13", "15:20"), P("马秀英", card("rcc"), "伊犁农村商业银行", "personal"), "1140.00", "退款",
    "10月5日伊宁—乌鲁木齐班车停运退票款（5张）",
    "畅捷通T+付款单：10月5日伊宁—乌鲁木齐班车因果子沟大雪封路停运，旅客马秀英为家人团购5张票（对公转账，银行流水已核对到账），按退票规定全额原路退回其付款卡",
    **Y1, sig=["refund_words"],
    note="Hard negative: Tickets for a bus cancelled by snow, bought by bank transfer and cleared, refunded in full to the passenger's own paying card.")
order(T, ts("10-14", "12:20"),
      C("兵团第四师机关事务服务中心", None, "何主任", mob(), None, wx(), None),
      [("通勤包车（53座，培训基地月包）", "600", "车·天", "1650.00")], "im", "可克达拉市某培训基地", "2026-11-01",
      "月结，财政拨款后统一结算",
      "我们集训要包20台车一个月，价格按你们报价走。按规定供应商要先交3000元入库费才能录进供应商库，款转给经办人，详细的加我威信说：hzr_40s。",
      fees=[("供应商入库费", "3000.00")],
      label="scam", st="fake_purchaser", expect="flag",
      sig=["institution_claim", "large_first_order", "credit_terms_requested", "fee_asked_of_seller", "contact_im_only",
           "evasion_homophone"],
      note="A self-styled corps administration centre books 20 coaches for a month on credit and wants a 3,000 'supplier registration fee' first, with the WeChat spelled 威信.")
pay(T, ts("10-15", "10:30"), YK["tax"], "55180.00", "税款", "9月增值税及附加", "电子税务局三方协议扣缴：9月增值税及附加",
    req="E3202", frm="王丽娟", appr=("E3205",), note="Routine: Monthly VAT by tripartite debit.")
ykpay("10-16", "16:50", YK["parts_new"], "33600.00", "货款", "客车刹车片、滤芯等配件", "宏通配件", "YK-CG-2026-03", inv(),
      label="scam", st="account_change", expect="block", sig=["unusual_bank_region"],
      note="Structural only: The parts dealer's account was switched to a Kashgar bank a week ago; this ordinary ERP parts payment is the first to it.")
pay(T, ts("10-19", "11:15"), P("伊犁哈萨克自治州公共资源交易中心", acct("30", 19), "中国工商银行伊宁分行", phone=land("0999")),
    "50000.00", "投标保证金", "伊宁市城乡公交线路经营权招标投标保证金",
    "畅捷通T+付款单：伊宁市城乡公交线路经营权招标（项目编号YL-GGZY-2026-0930），按伊犁州公共资源交易中心招标公告载明的保证金账户缴纳，未中标原路退还",
    **Y2, sig=["deposit_words"],
    note="Hard negative: A tender deposit to the prefecture public-resource trading centre's account named in the published announcement.")
ykpay("10-20", "15:35", "station", "46900.00", "站务费", "9月站务费及安检费（售票款由车站代收代付，按代理协议另行结算）",
      "客运总站", "YK-ZW-2026-01", inv(), sig=["account_lending_words"],
      note="Hard negative: Settlement with the bus station under the ticket-agency contract, whose statement uses 代收代付 for the ticket money it collects for us.")
pay(T, ts("10-21", "20:30"), P("吐尔逊江·买买提", card("abc"), "中国农业银行伊宁分行", "personal"), "14850.00", "工资",
    "10月乘务员工资（员工：热依拉、古丽扎尔、阿娜尔）",
    "乘务班长 热依拉：阿依古丽姐，我们三个乘务员的卡都被银行锁了，10月工资麻烦都打到我老公的yhk上，户名吐尔逊江·买买提，我们自己分。",
    ch="im", frm="热依拉", contact=wx(), req="E3201", appr=("E3202",),
    label="scam", st="fake_salary", expect="block",
    sig=["payee_not_employee", "payee_shared_by_employees", "payroll_change", "im_instruction", "new_contact",
         "evasion_pinyin"],
    note="In the evening a message 'from' the attendants' team leader asks that three attendants' wages all go to her husband's card (written 'yhk').")
order(T, ts("10-22", "12:45"),
      C("伊宁市第三中学", uscc("12654002"), "总务处 阿力木", land("0999"), "zwc@yn3z.edu.cn", None, None),
      [("研学包车（53座，伊宁—霍尔果斯 1天）", "6", "车·天", "2600.00")], "email", "伊宁市第三中学校门", "2026-10-30",
      "验收后财政国库集中支付（政府采购合同YN-ZFCG-2026-118）",
      "经伊宁市政府采购网询价成交，成交通知书及合同已盖章寄出，请按合同开票，不需要预付任何费用。",
      sig=["institution_claim"],
      note="Hard negative: A real school's charter won through a published government-procurement quotation, paid by the treasury after the trip, no advance asked.")
order(T, ts("10-23", "11:05"), YKC["hengyuan"], [("职工通勤班车（伊宁—电厂，月包）", "22", "车·天", "1500.00")], "erp",
      "伊宁市边境经济合作区恒源煤电厂区", "2026-10-31", "月结，次月10日前付款（合同YK-BC-2025-04）", "10月通勤班车",
      note="Routine: Monthly staff-shuttle order from the established power plant.")
order(T, ts("10-26", "16:10"),
      C("伊宁市金途假日旅行社有限公司", uscc("91654002"), "马晓燕", mob(), None, wx(), None),
      [("旅游包车（53座，伊宁—喀拉峻—那拉提 4天）", "12", "车·天", "3200.00")], "im", "伊宁市汉人街某酒店", "2026-10-30",
      "团款已转（对公转账截图）",
      "团款转过去了，截图你看。会计手误多打了４２０００，一共转了８０４００。多的４２０００麻烦今天退到我个人卡上，户名马晓燕，明天导游还要用。",
      third={"name": "马晓燕", "contact": mob(), "role": "refund_recipient", "amount": "42000.00"},
      label="scam", st="overpayment_refund", expect="block", key="yk_jt",
      sig=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only", "evasion_fullwidth"],
      note="A new agency books a 38,400 tour, shows a screenshot of 80,400 'paid', and wants the 42,000 'excess' (full-width digits) back on the manager's personal card today.")
pay(T, ts("10-27", "11:25"), P("马晓燕", card("ccb"), "中国建设银行伊宁分行", "personal"), "42000.00", "退款",
    "金途旅行社多付团款退回",
    "孙婷（票务）：金途旅行社马经理催退多付的团款4.2万，她说对公款已经转了，退到她个人卡。",
    ch="im", frm="孙婷", contact="wxid_ykst2024", urgent=True, req="E3203", appr=("E3202",), order=("ref", "yk_jt"),
    label="scam", st="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "urgency", "sales_order_linked"],
    note="Ticketing raises the 42k 'overpayment refund' for the new agency to the manager's personal card rather than the company that supposedly paid.")
pay(T, ts("10-28", "15:00"), YK["ticket_new"], "1.00", "服务费", "新账户小额验证打款",
    "畅捷通T+付款单：畅行票务因开户行迁移更换收款账户，已收到盖章《银行账户变更函》，王丽娟按合同所留座机回拨对方财务确认，先付1元验证，对方确认到账后再付10月服务费",
    **Y1, verification={"callback_done": True, "callback_number": YK["ticket"]["phone"], "verified_by": "E3202",
                        "verified_at": "2026-10-28T14:20:00+08:00"},
    sig=["account_change_words"],
    note="Hard negative: A one-yuan test payment to the ticket platform's newly changed account after a stamped letter and a call-back to the number on file.")
pay(T, ts("10-30", "12:35"), P("伊犁金泰企业管理咨询有限公司", corp("rcc"), "霍城农村商业银行"), "350000.00", "意向金",
    "客运站收购意向金",
    "天驿公司高管群（今日新建）\n趙德明：阿依古丽，帳上餘額還有多少？截圖發群裡\n阿依古丽：赵董，中行可用96万\n趙德明：霍城那邊的客運站要收購，先付意向金35萬給伊犁金泰企業管理諮詢有限公司，我在開會不方便接電話，手續回來補。",
    ch="im", frm="趙德明", contact="QQ群：天驿公司高管群", urgent=True, req="E3201", appr=(),
    label="scam", st="boss_impersonation", expect="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process",
         "evasion_traditional"],
    note="In a QQ 'executives' group created that day the fake chairman, typing in traditional characters, probes the balance and orders a 350k 'intention payment' for a station acquisition to an unknown consultancy.")
pay(T, ts("11-02", "10:45"), P("伊宁市仁和综合医院", corp("icbc"), "中国工商银行伊宁分行", phone=land("0999")), "26800.00",
    "医疗费", "11月1日伊宁—霍城班车事故受伤旅客住院费（2人）",
    "【加急】畅捷通T+付款单：11月1日伊宁—霍城班车被追尾，受伤旅客2人在仁和医院住院，按承运人责任先行垫付医疗费，天佑财险已报案（报案号YLBA20261101-07），理赔后冲抵",
    urgent=True, req="E3201", frm="阿依古丽", appr=("E3202", "E3205"), sig=["urgency"],
    note="Hard negative: Urgent first payment to a hospital to advance two injured passengers' bills after a crash, reported to the insurer and fully approved.")
pay(T, ts("11-03", "14:50"), P("新疆融信达金融服务有限公司", corp("ccb"), "中国建设银行乌鲁木齐分行", phone=land("0991")),
    "8000.00", "服务费", "新能源客车融资评估服务费",
    "融信达 客户经理：赵总，贵司6台新能源客车的融资租赁额度300万初审通过，无抵押，三天放款。放款前需先交评估服务费8000元，对公转我司账户，款到安排终审。",
    ch="phone", frm="融信达 客户经理 杜经理", contact=mob(), req="E3201", appr=("E3202",),
    label="scam", st="advance_fee", expect="flag", sig=["loan_fee_words", "fee_words", "phone_instruction", "new_contact"],
    note="An unlicensed 'financial services' firm promises a 3m unsecured coach-leasing line and asks an 8k 'assessment fee' before any contract or disbursement.")
ykpay("11-04", "11:30", "repair", "17350.00", "维修费", "新F·K3307客车发动机保养及喷油嘴更换", "众鑫维修", "YK-WX-2026-01", inv(),
      sig=[],
      note="Hard negative: Repairs paid to the regular workshop on the account changed in March (stamped letter, call-back) and used ever since.")
pay(T, ts("11-06", "16:05"), P("伊犁州涉案资金核查中心", corp("rcc"), "喀什农村商业银行"), "500000.00", "核查资金",
    "票款资金核查",
    "来电：我是州交通运输局稽查科，你公司客运票款账户与一起洗钱案有资金往来，现在要做资金核查。请今天把账上50万票款转入核查账户，核查完毕原数返还，期间不要声张，否则按妨碍调查处理。",
    ch="phone", frm="自称伊犁州交通运输局稽查科", contact=mob(), urgent=True, req="E3201", appr=("E3202",),
    label="scam", st="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "secrecy_words", "urgency", "phone_instruction"],
    note="A caller posing as the transport bureau's inspectors links the ticket account to money laundering and demands 500k into a 'verification account' for fund checking.")
pay(T, ts("11-09", "19:20"), YK["payroll"], "408900.00", "工资", "10月工资代发（63人）",
    "畅捷通T+付款单：10月工资代发（63人），工资表经人事、财务审核", req="E3202", frm="王丽娟", appr=("E3205",),
    note="Routine: Monthly payroll through the bank payroll account.")
pay(T, ts("11-10", "11:40"), YK["dealer"], "300000.00", "定金", "6台新能源客车购车定金（合同YK-CG-2026-09）",
    "赵德明（微信）：阿依古丽，金驰的6台新车合同签了，定金30万今天付，OA我已经批了。\n畅捷通T+付款单：6台新能源客车购车定金｜金驰客车｜合同YK-CG-2026-09",
    ch="im", frm="赵德明", contact="wxid_ykzdm1968", urgent=True, req="E3201", appr=("E3202", "E3205"),
    contract="YK-CG-2026-09", sig=["im_instruction", "boss_role", "deposit_words", "urgency"],
    note="Hard negative: The chairman asks on WeChat for a coach-purchase deposit, but it goes to the known dealer under a signed contract with full approval.")
pay(T, ts("11-12", "15:15"), P("努尔江·吾拉孜别克", card("abc"), "中国农业银行霍尔果斯分行", "personal"), "7850.00", "工资",
    "11月工资（员工：努尔江·吾拉孜别克）",
    "努尔江（新微信）：阿依古丽你好，我原来的工资卡丢了，以后工资打到这张农行卡上，户名是我自己，这个月就打新卡。",
    ch="im", frm="努尔江", contact=wx(), req="E3201", appr=("E3202",),
    label="scam", st="fake_salary", expect="flag",
    sig=["payroll_change", "im_instruction", "new_contact", "unusual_bank_region"],
    note="A 'new WeChat' of a driver asks, days before pay day, for his wages to go to a new card at another county's bank, bypassing HR self-service.")
ykpay("11-14", "09:20", "hire", "9000.00", "租车费", "临时租用53座客车（伊宁—乌鲁木齐班线故障替班）", "顺途租赁",
      "YK-ZL-2026-01", inv(), who=dict(Y1, urgent=True), sig=["urgency"],
      note="Hard negative: Saturday-morning hire of a replacement coach from the partner rental firm after a breakdown, approved on mobile.")
pay(T, ts("11-16", "12:00"), P("伊犁环湖文旅发展有限公司", corp("ccb"), "中国建设银行博乐分行", phone=land("0909")), "150000.00",
    "保证金", "赛里木湖环湖旅游专线合作保证金",
    "发件人：丝路环湖旅游集团 <hhly_group@163.com>\n天驿客运：贵司已入选赛里木湖环湖旅游专线独家承运单位（合同甲方：新疆丝路环湖旅游集团有限公司），请于3日内将合作保证金15万元汇入我集团指定的项目公司伊犁环湖文旅发展有限公司，逾期视为放弃。",
    ch="email", frm="丝路环湖旅游集团", contact="hhly_group@163.com", urgent=True, req="E3201", appr=("E3202",),
    contract="HH-ZX-2026-11",
    label="scam", st="contract_fraud", expect="flag",
    sig=["deposit_words", "bigproject_words", "payee_name_mismatch", "fee_asked_of_seller", "email_instruction",
         "free_mail"],
    note="A 'tourism group' grants an exclusive lakeside route and wants a 150k cooperation deposit paid within three days to a different 'project company'.")
order(T, ts("11-18", "10:35"), YKC["qiaxi"],
      [("会务包车（53座，伊宁市区接送 3天）", "36", "车·天", "1800.00")], "erp", "伊宁市某国际会展中心",
      "2026-11-24", "预付全款，已到账（中行回单1117-052）",
      "会务方指定其中4台由伊犁远景旅游客运有限公司的新车承运，由我社统一结算，会务方合同和委托函已发邮件。",
      third={"name": "伊犁远景旅游客运有限公司", "contact": land("0999"), "role": "designated_supplier", "amount": "21600.00"},
      sig=["designated_supplier"],
      note="Hard negative: The established travel agency's conference charter names a partner coach firm for four vehicles, but the full price has already cleared at the bank.")
pay(T, ts("11-19", "16:25"), YK["fuel_new"], "95000.00", "燃油费", "客车加油卡充值（11月）",
    "远航油品 客户经理（微信）：阿依古丽，我们公司财务系统升级，原工行账户停用了，这个月起油卡充值款打新账户，霍尔果斯农商行，以新账户为准。\n畅捷通T+付款单：客车加油卡充值（11月）｜远航油品｜合同YK-RY-2026-02",
    ch="im", frm="远航油品 客户经理", contact=wx(), req="E3201", appr=("E3202", "E3205"), contract="YK-RY-2026-02",
    label="scam", st="account_change", expect="block",
    sig=["account_change_words", "im_instruction", "new_contact", "unusual_bank_region", "topup_words"],
    note="A WeChat message 'from the fuel seller's account manager' cites a system upgrade; the account was changed in the master six days before this first top-up to it.")
pay(T, ts("11-23", "11:10"), P("伊犁丝路研学旅行服务有限公司", corp("ccb"), "中国建设银行伊宁分行", phone=YKC["silu"]["phone"]),
    "7200.00", "退款", "丝路研学秋季研学包车定金退回（行程取消）",
    "畅捷通T+付款单：丝路研学10月26日特克斯研学因学校调整取消，双方签署解除协议，8月定金7200元（银行回单已核对到账）原路退回其付款账户",
    **Y1, order=("ref", "yk_silu"), sig=["refund_words"],
    note="Hard negative: A cancelled study-trip deposit, long cleared, refunded to the same company account that paid it under a signed termination.")
order(T, ts("11-25", "12:25"),
      C("伊宁市第七中学", None, "德育处 周老师", mob(), None, wx(), None),
      [("研学包车（53座，伊宁—惠远古城 1天）", "10", "车·天", "2600.00")], "im", "伊宁市第七中学", "2026-11-28",
      "学校对公转账（截图已发，银行显示处理中）",
      "包车款学校已经对公转了，截图发你了，可能要24小时到账。学生意外险和午餐盒饭必须用教育局指定的安途研学服务部，麻烦你们先把18600付给他们，我们一起结算，周五就出发。",
      third={"name": "伊宁市安途研学服务部", "contact": mob(), "role": "designated_supplier", "amount": "18600.00"},
      label="scam", st="fake_order", expect="block",
      sig=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only",
           "urgency"],
      note="A 'school teacher' books ten coaches, shows only a pending-transfer screenshot and asks us to pay the insurance-and-lunch supplier it names first, settling together.")
ykpay("11-26", "15:30", "station", "49800.00", "站务费", "10月站务费及售票代理费", "客运总站", "YK-ZW-2026-01", inv(),
      note="Routine: Monthly bus-station fees.")
pay(T, ts("12-01", "10:55"), YK["payroll"], "37800.00", "补贴", "11月夜班及冬季行车补贴（63人）",
    "畅捷通T+付款单：按公司薪酬制度发放11月夜班及冬季行车补贴（63人），随工资代发", req="E3202", frm="王丽娟",
    appr=("E3205",), sig=["subsidy_words"],
    note="Hard negative: Night-shift and winter driving allowances paid through the bank payroll account under the pay policy.")
pay(T, ts("12-03", "16:40"), P("马国林", card("icbc"), "中国工商银行伊宁分行", "personal"), "80000.00", "押金",
    "客运站改造施工押金",
    "刘洋（新微信）：阿依古丽，我在州里开会，不方便接电话。客运站候车厅改造的施工押金8万，先打到施工队老板马国林的卡上，他们明天进场，手续后补。",
    ch="im", frm="刘洋", contact=wx(), urgent=True, req="E3201", appr=(),
    label="scam", st="boss_impersonation", expect="flag",
    sig=["im_instruction", "new_contact", "boss_role", "cannot_call", "bypass_process", "deposit_words",
         "personal_account_pretext"],
    note="A 'new WeChat' of the general manager, 'in a meeting and unable to talk', orders an 80k construction deposit to a foreman's personal card with paperwork later.")
order(T, ts("12-07", "11:20"),
      C("伊犁北辰矿业有限公司", uscc("91654023"), "行政部 贺经理", land("0999"), "xzb@beichenmining.com", None, None),
      [("职工通勤班车（伊宁—矿区，2台，季度包）", "180", "车·天", "1450.00")], "email", "伊宁县北辰矿业矿区", "2027-01-01",
      "月结，次月15日前付款（合同YK-BC-2026-07，已双方盖章）",
      "经实地考察贵司车辆和安全台账后签约，2027年一季度通勤班车，联系人座机及邮箱见合同。",
      sig=["large_first_order", "credit_terms_requested"],
      note="Hard negative: A new mining company's quarterly staff-shuttle contract on monthly terms, signed after a site visit, with landline and corporate e-mail.")
pay(T, ts("12-09", "19:25"), YK["payroll"], "411600.00", "工资", "11月工资代发（63人）",
    "畅捷通T+付款单：11月工资代发（63人），工资表经人事、财务审核", req="E3202", frm="王丽娟", appr=("E3205",),
    note="Routine: Monthly payroll through the bank payroll account.")
order(T, ts("12-14", "12:15"), YKC["qiaxi"], [("旅游包车（53座，伊宁—那拉提滑雪场 2天）", "6", "车·天", "3300.00")], "erp",
      "伊宁市斯大林街恰西旅行社门店集合", "2026-12-19", "团款到账后出车", "冬季滑雪团，3台车",
      note="Routine: Ski-tour charter for the established travel agency.")

# ======================================================================
# tuoyun: freight-forwarding broker, Urumqi
# ======================================================================
T = "tuoyun"
TEN[T] = {"payer": {"account_no": corp("ccb"), "account_name": "乌鲁木齐通途达货运代理有限公司"}, "pfx": "TY"}
TY = {
    "platform": P("新疆云途网络货运有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", vendor_id="V-TY01", phone=land("0991")),
    "fleet": P("乌鲁木齐鑫远车队运输有限公司", corp("abc"), "中国农业银行乌鲁木齐分行", vendor_id="V-TY02", phone=land("0991"),
               changed="2026-02-12T16:20:00+08:00"),
    "yard": P("乌鲁木齐北站物流园管理有限公司", corp("city"), "乌鲁木齐银行", vendor_id="V-TY03", phone=land("0991")),
    "payroll": P("中国建设银行乌鲁木齐分行（代发工资专户）", corp("ccb"), "中国建设银行乌鲁木齐分行", vendor_id="PAY-TY"),
    "ins": P("天佑财产保险股份有限公司乌鲁木齐分公司", corp("boc"), "中国银行乌鲁木齐分行", vendor_id="V-TY05", phone=land("0991")),
    "anda": P("新疆安达物流有限公司", corp("abc"), "中国农业银行昌吉分行", vendor_id="V-TY06", phone=land("0994")),
    "fuel": P("乌鲁木齐油联石化销售有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", vendor_id="V-TY07", phone=land("0991")),
    "tax": P("国家金库乌鲁木齐市中心支库", acct("6501", 17), "国家金库乌鲁木齐市中心支库", vendor_id="TAX-TY"),
}
TY["anda_new"] = P("周永刚", card("abc"), "中国农业银行吐鲁番分行", "personal", vendor_id="V-TY06",
                   phone=TY["anda"]["phone"], changed="2026-11-13T17:40:00+08:00")
TYC = {
    "changhui": C("新疆昌辉铝业有限公司", uscc("91650100"), "牛经理", land("0991"), "wl@changhui-al.com", None, "C-TY01"),
    "fengshun": C("新疆丰顺番茄制品有限公司", uscc("91652301"), "康主任", land("0994"), "chuyun@fstomato.com", None, "C-TY02"),
    "hongtai": C("昌吉宏泰建材有限公司", uscc("91652301"), "司经理", land("0994"), "gx@cjhongtai.com", None, "C-TY03"),
}
B1 = dict(req="E4301", frm="李娜", appr=("E4302",))
B2 = dict(req="E4301", frm="李娜", appr=("E4302", "E4300"))


def dd(memo, short, contract=None, invoice=None):
    s = "钉钉审批·付款申请（已通过）：" + memo + "｜" + short
    if contract:
        s += "｜合同" + contract
    if invoice:
        s += "｜发票" + invoice
    return s


def typay(d, hm, pk, amount, purpose, memo, short, contract=None, invoice=None, who=B1, **kw):
    pay(T, ts(d, hm), TY[pk] if isinstance(pk, str) else pk, amount, purpose, memo,
        dd(memo, short, contract, invoice), contract=contract, invoice=invoice, **dict(who, **kw))


DUP_INV = inv()
order(T, ts("08-03", "10:30"), TYC["changhui"], [("整车运输（铝锭，乌鲁木齐—成都）", "320", "吨", "430.00")], "erp",
      "四川省成都市青白江区某铝材市场", "2026-08-10", "预付50%，到货后7日内结清", "铝锭打捆，防雨篷布",
      **H(note="Aluminium-ingot consignment from an established shipper."))
typay("08-04", "14:10", "platform", "186400.00", "运费", "7月平台运费结算（个体车主87车次）", "云途网络货运", "TY-PT-2025-01",
      inv(), who=B2, **H(note="Monthly freight settled through the network-freight platform to owner-drivers."))
typay("08-05", "16:20", "fleet", "96000.00", "运费", "7月分包运费（鑫远车队）", "鑫远车队", "TY-FB-2025-03", inv(),
      **H(note="Subcontract freight to the partner fleet, whose account change dates from February."))
order(T, ts("08-07", "11:00"), TYC["fengshun"], [("整车运输（番茄酱，乌鲁木齐—天津港）", "500", "吨", "385.00")], "erp",
      "天津港东疆港区某集装箱堆场", "2026-08-20", "预付运费全款", "出口番茄酱大桶，分批发运",
      **H(note="Tomato-paste consignment from an established shipper, freight prepaid.", key="ty_fs_aug"))
typay("08-10", "15:30", "yard", "45000.00", "租金", "北站物流园场地租金（第三季度）", "北站物流园", "TY-ZL-2024-02", inv(),
      **H(note="Quarterly yard rent."))
typay("08-12", "12:15", "anda", "58600.00", "运费", "7月分包运费（安达物流）", "安达物流", "TY-FB-2026-01", inv(),
      **H(note="Subcontract freight to a regular carrier."))
order(T, ts("08-17", "10:50"), TYC["hongtai"], [("整车运输（建材，昌吉—哈密）", "400", "吨", "120.00")], "erp",
      "哈密市伊州区宏泰建材仓库", "2026-08-22", "月结（合同TY-YS-2025-07）", "袋装水泥及砂浆",
      **H(note="Building-materials consignment from an established shipper."))
typay("08-19", "16:40", "platform", "203500.00", "运费", "8月上半月平台运费结算（个体车主95车次）", "云途网络货运",
      "TY-PT-2025-01", DUP_INV, who=B2, **H(note="Freight settled through the network-freight platform."))
typay("08-24", "11:25", "ins", "24000.00", "保险费", "货物运输险（第三季度预约保单）", "天佑财险", "TY-BX-2026-01", inv(),
      **H(note="Cargo insurance premium."))
pay(T, ts("09-08", "19:10"), TY["payroll"], "168300.00", "工资", "8月工资代发（29人）",
    "钉钉审批·付款申请（已通过）：8月工资代发（29人），工资表经人事、财务审核", req="E4302", frm="陈立新", appr=("E4300",),
    **H(note="Monthly payroll through the bank payroll account."))
typay("09-09", "15:05", "fuel", "30000.00", "燃油费", "业务车加油卡充值（9月）", "油联石化", "TY-RY-2026-01", inv(),
      **H(note="Fuel-card top-up for the company's own vans."))
typay("09-14", "11:40", "anda", "61200.00", "运费", "8月分包运费（安达物流）", "安达物流", "TY-FB-2026-01", inv(),
      **H(note="Subcontract freight to a regular carrier."))
pay(T, ts("09-15", "10:20"), TY["tax"], "38760.00", "税款", "8月增值税及附加", "电子税务局三方协议扣缴：8月增值税及附加",
    req="E4302", frm="陈立新", appr=("E4300",), **H(note="Monthly VAT by tripartite debit."))
order(T, ts("09-21", "15:50"), TYC["changhui"], [("整车运输（铝锭，乌鲁木齐—成都）", "360", "吨", "430.00")], "erp",
      "四川省成都市青白江区某铝材市场", "2026-09-28", "预付50%，到货后7日内结清", "铝锭打捆",
      **H(note="Aluminium-ingot consignment from an established shipper."))

# ---- tuoyun test
typay("10-09", "11:10", "platform", "214800.00", "运费", "9月平台运费结算（个体车主101车次）", "云途网络货运", "TY-PT-2025-01",
      inv(), who=B2, note="Routine: Monthly freight settled through the network-freight platform.")
order(T, ts("10-12", "15:30"),
      C("新疆丰顺番茄制品有限公司", TYC["fengshun"]["credit_code"], "康主任助理 小刘", mob(), "chuyun@fengshun-tomato.com",
        wx(), None),
      [("整车运输（番茄酱，乌鲁木齐—连云港）", "1200", "吨", "410.00")], "email", "江苏省连云港市某保税物流中心",
      "2026-10-18", "今年改为货到60天付款",
      "通途达：今年出口量大，1200吨发连云港保税区（不再走天津港），运费改为货到60天付，合同稍后补，请尽快安排车。康主任助理小刘",
      label="scam", st="fake_purchaser", expect="flag",
      sig=["lookalike_domain", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order",
           "email_instruction"],
      note="An e-mail from a look-alike of the established tomato shipper's domain, from a new 'assistant', moves a 1,200 t load to a new port on 60-day credit instead of prepayment.")
order(T, ts("10-13", "10:40"),
      C("新疆天峰棉业有限公司", uscc("91652901"), "储运部 唐经理", land("0997"), "cy@tianfengcotton.com", None, None),
      [("整车运输（皮棉，阿克苏—江苏南通）", "800", "吨", "460.00")], "erp", "江苏省南通市某棉花交割库", "2026-10-25",
      "预付全款，已到账（建行回单1012-07）", "新棉上市，首单按报价执行，合同已盖章回传",
      sig=["large_first_order"],
      note="Hard negative: A large first order from a new cotton shipper, fully prepaid and cleared at the bank before dispatch.")
pay(T, ts("10-14", "16:00"), P("新疆瑞通物资有限公司", corp("rcc"), "乌鲁木齐农村商业银行", phone=None), "300000.00", "货款",
    "代付恒昌达货款",
    "恒昌达 王总（微信）：李会计，帮个忙，我们有笔30万的货款要从你们公户走 一 下 账，钱下午就打到你们账上，你们收到后转给新疆瑞通物资，给你们2个点辛苦费，我们老合作了。",
    ch="im", frm="恒昌达 王总", contact=wx(), urgent=True, req="E4304", appr=("E4302",),
    label="scam", st="account_lending", expect="block",
    sig=["account_lending_words", "in_out_match", "vague_memo", "im_instruction", "evasion_spacing"],
    note="A 'customer' asks to pass 300k through the company account for a 2% fee, with the key words spaced out, and sales raises the onward payment.")
pay(T, ts("10-15", "10:25"), TY["tax"], "40120.00", "税款", "9月增值税及附加", "电子税务局三方协议扣缴：9月增值税及附加",
    req="E4302", frm="陈立新", appr=("E4300",), note="Routine: Monthly VAT by tripartite debit.")
pay(T, ts("10-16", "12:10"), P("王海军", card("ccb"), "中国建设银行昌吉分行", "personal"), "7400.00", "运费",
    "个体车主运费（新A·U7521，乌鲁木齐—库尔勒）",
    "钉钉审批·付款申请（已通过）：个体车主王海军运费（新A·U7521，运单TY-YD-1015-03，回单已签收），收款卡为车主本人，身份证、行驶证与道路运输证已核",
    **B1, sig=[],
    note="Hard negative: An owner-driver's freight paid to his own card after delivery, with ID and vehicle papers checked.")
order(T, ts("10-19", "15:50"),
      C("新疆博峰铝业集团有限公司", uscc("91650100"), "集团物流中心 邵部长", mob(), None, wx(), None),
      [("整车运输（铝锭，乌鲁木齐—四川成都，80车）", "2600", "吨", "445.00")], "phone", "四川省成都市青白江区某铝材市场",
      "2026-10-25", "运费月结，集团预付款审批中",
      "我们集团年底要发2600吨铝锭，运力紧张，按集团规定必须有我们合作的众联通达车队押车随行，押车费5万由承运方先付给众联通达，集团预付款审批下来一起结。",
      third={"name": "新疆众联通达车队运输有限公司", "contact": mob(), "role": "designated_supplier", "amount": "50000.00"},
      label="scam", st="fake_purchaser", expect="flag", key="ty_bf",
      sig=["institution_claim", "designated_supplier", "large_first_order", "credit_terms_requested", "contact_im_only"],
      note="A caller claiming to be a large aluminium group's logistics centre books 80 trucks on monthly terms and requires us to pay its designated escort fleet a 50k fee first.")
pay(T, ts("10-20", "11:35"), P("新疆众联通达车队运输有限公司", corp("icbc"), "中国工商银行石河子分行"), "50000.00", "押车费",
    "博峰铝业订单押车费（代付）",
    "邵部长（微信）：吴经理，车队今天就要出发，集团预付款财务在走审批，还没打出来。你们先把5万押车费付给众联通达，一起结。",
    ch="im", frm="邵部长", contact=wx(), urgent=True, req="E4304", appr=("E4302",), order=("ref", "ty_bf"),
    label="scam", st="fake_purchaser", expect="block",
    sig=["designated_supplier", "sales_order_linked", "urgency", "im_instruction"],
    note="Sales is pushed to pay the 'group's' designated escort fleet 50k before any money from the supposed shipper has arrived.")
typay("10-21", "16:20", "platform", "50000.00", "保证金", "网络货运平台运费保证金（预存，按服务合同第6条）", "云途网络货运",
      "TY-PT-2025-01", who=B2, sig=["deposit_words"],
      note="Hard negative: The freight-deposit top-up the network-freight platform's signed service contract requires, to its known account.")
order(T, ts("10-22", "10:20"), TYC["hongtai"], [("整车运输（散装水泥，昌吉—哈密）", "600", "吨", "125.00")], "erp",
      "哈密市伊州区某光伏项目搅拌站", "2026-10-28", "预付全款，已到账（建行回单1021-19）",
      "散装水泥须用我司准入名单内的罐车，本批指定捷达罐车承运，运费我司已全额预付，贵司按月与捷达结算。",
      third={"name": "昌吉市捷达罐车运输有限公司", "contact": land("0994"), "role": "designated_supplier", "amount": "52000.00"},
      key="ty_ht", sig=["designated_supplier"],
      note="Hard negative: An established shipper requires a tanker fleet from its own approved-carrier list, with the freight already prepaid and cleared.")
typay("10-22", "12:40", "platform", "203500.00", "运费", "9月下半月平台运费结算（个体车主95车次）", "云途网络货运",
      "TY-PT-2025-01", DUP_INV, who=B2, label="scam", st="fake_invoice", expect="block", sig=[],
      note="Structural only: A platform freight payment carries an invoice number already paid in August; the request text is ordinary.")
pay(T, ts("10-23", "10:55"), P("昌吉市捷达罐车运输有限公司", corp("ccb"), "中国建设银行昌吉分行", phone=land("0994")),
    "52000.00", "运费", "宏泰建材散装水泥运费（捷达罐车承运）",
    "钉钉审批·付款申请（已通过）：宏泰建材指定准入承运商捷达罐车承运600吨散装水泥，客户运费已全额预付到账（建行回单1021-19），按合同结算捷达运费",
    **B2, order=("ref", "ty_ht"), sig=["designated_supplier", "sales_order_linked"],
    note="Hard negative: First payment to the shipper-designated tanker fleet, after the shipper's prepayment cleared, under the order's terms.")
pay(T, ts("10-26", "14:45"), P("乌鲁木齐汇丰达商贸有限公司", corp("city"), "乌鲁木齐银行"), "120000.00", "退款",
    "退回预付运费（订单取消）",
    "吴婷（销售）：汇丰达说昨天下午打了12万预付运费，发了转账截图，现在说单子取消了，要求今天必须退回，我看银行那边还是处理中。",
    ch="im", frm="吴婷", contact="wxid_tywuting88", urgent=True, req="E4304", appr=("E4302",),
    label="scam", st="overpayment_refund", expect="block",
    sig=["refund_words", "fake_payment_proof", "urgency", "im_instruction"],
    note="A new shipper 'prepays' 120k by screenshot, cancels the next day and demands the refund today while the incoming transfer is still pending.")
pay(T, ts("10-27", "11:05"), P("新疆丰顺番茄制品有限公司", corp("icbc"), "中国工商银行昌吉分行", phone=TYC["fengshun"]["phone"]),
    "15400.00", "退款", "丰顺番茄8月取消批次预付运费退回（40吨）",
    "钉钉审批·付款申请（已通过）：丰顺番茄8月番茄酱最后一批40吨取消发运，对账确认预付运费15400元（8月银行回单已到账），原路退回其付款账户",
    **B1, order=("ref", "ty_fs_aug"), sig=["refund_words"],
    note="Hard negative: Prepaid freight for a cancelled batch, cleared in August, refunded to the shipper's own paying account after reconciliation.")
pay(T, ts("10-28", "16:30"), P("张立勇", card("icbc"), "中国工商银行北京分行", "personal"), "50000.00", "居间费",
    "电网物资运输标居间服务费",
    "张立勇：吴经理，国网那个物资运输框架标我里面有人，保你们中标，先付5万居间费到我卡上，中标后再付3个点。",
    ch="im", frm="张立勇", contact=wx(), req="E4304", appr=("E4302",),
    label="scam", st="contract_fraud", expect="flag",
    sig=["middleman_fee", "bigproject_words", "im_instruction", "new_contact"],
    note="A stranger promising a guaranteed win in a grid-materials transport tender wants a 50k 'finder's fee' on his personal card.")
order(T, ts("10-29", "12:50"), TYC["changhui"], [("整车运输（铝锭，乌鲁木齐—成都）", "340", "吨", "430.00")], "erp",
      "四川省成都市青白江区某铝材市场", "2026-11-05", "预付50%，到货后7日内结清", "铝锭打捆",
      note="Routine: Aluminium-ingot consignment from an established shipper.")
order(T, ts("11-02", "10:35"),
      C("新疆锦程达供应链管理有限公司", uscc("91650102"), "钱总", mob(), None, wx(), None),
      [("零担运输（日用品，乌鲁木齐—奎屯）", "30", "吨", "180.00")], "im", "奎屯市某商贸城", "2026-11-05", "款到发车",
      "运费好说。另外我们有一笔200万的货款想先打到你们公户过个账，你们收到后再转给我们上游厂家，给你们2个点。",
      label="scam", st="account_lending", expect="block",
      sig=["account_lending_words", "contact_im_only"],
      note="A new shipper wraps a small consignment round a request to route 2m through our corporate account for a 2% cut.")
pay(T, ts("11-03", "15:40"), TY["yard"], "45000.00", "租金", "北站物流园场地租金（第四季度）",
    "发件人：韩振宇 <hanzy@tongtuda.com>\n陈经理：物流园第四季度场地租金对方催了，合同内的款，今天安排付，钉钉我已经批了。\n钉钉审批·付款申请（已通过）：北站物流园场地租金（第四季度）｜北站物流园｜合同TY-ZL-2024-02",
    ch="email", frm="韩振宇", contact="hanzy@tongtuda.com", urgent=True, req="E4301", appr=("E4302", "E4300"),
    contract="TY-ZL-2024-02", invoice=inv(), sig=["email_instruction", "boss_role", "urgency"],
    note="Hard negative: The GM e-mails from the company domain to pay the contracted yard rent today; payee known, approval complete.")
pay(T, ts("11-04", "20:50"), P("罗丽", card("ccb"), "中国建设银行喀什分行", "personal"), "10000.00", "通行费",
    "ETC充值（返力8%）",
    "罗丽（ETC渠道经理）：李会计，ETC卡年底充值返力活动，充1万返力8%，当天到账。充值款转我个人卡，我这边后台统一充到你们车队ETC卡上。",
    ch="im", frm="罗丽", contact=wx(), req="E4301", appr=("E4302",),
    label="scam", st="task_rebate", expect="block",
    sig=["topup_words", "task_rebate_words", "im_instruction", "new_contact", "evasion_homophone"],
    note="In the evening an 'ETC channel manager' offers an 8% 'rebate' (spelled 返力) on ETC top-ups paid to her personal card.")
typay("11-05", "11:15", "fleet", "104000.00", "运费", "10月分包运费（鑫远车队）", "鑫远车队", "TY-FB-2025-03", inv(),
      sig=[],
      note="Hard negative: Subcontract freight to the partner fleet on the account changed in February (verified) and used every month since.")
order(T, ts("11-06", "16:45"),
      C("新疆鼎盛泰和能源有限公司", uscc("91650104"), "宋总", mob(), None, wx(), None),
      [("整车运输（煤炭，准东—甘肃武威）", "2000", "吨", "260.00")], "im", "甘肃省武威市某储煤场", "2026-11-08",
      "商业承兑汇票（出票人：新疆某投资有限公司，6个月）",
      "52万运费用商票付，票已经背书给你们了，照片发你。今天安排40台车去准东装车，别耽误。",
      label="scam", st="contract_fraud", expect="flag",
      sig=["fake_payment_proof", "guarantee_unverified", "large_first_order", "urgency", "contact_im_only"],
      note="A new shipper pays a 520k haul with a photographed six-month commercial acceptance bill from an unknown drawer and wants 40 trucks today.")
pay(T, ts("11-09", "19:05"), TY["payroll"], "171900.00", "工资", "10月工资代发（30人）",
    "钉钉审批·付款申请（已通过）：10月工资代发（30人），工资表经人事、财务审核", req="E4302", frm="陈立新", appr=("E4300",),
    note="Routine: Monthly payroll through the bank payroll account.")
pay(T, ts("11-10", "12:20"), P("王磊", card("icbc"), "中国工商银行乌鲁木齐分行", "personal"), "29500.00", "工资",
    "10月装卸工工资（员工：买买提·艾力、阿不都热合曼、王磊、赵永、刘成）",
    "装卸班长 王磊：李会计，我们装卸组5个人这个月的工资都打我这张卡上吧，他们有的卡丢了有的没开，我领了再分。",
    ch="im", frm="王磊", contact=wx(), req="E4305", appr=("E4302",),
    label="scam", st="fake_salary", expect="block",
    sig=["payee_shared_by_employees", "payroll_change", "im_instruction"],
    note="Five loaders' wages are requested in one payment to the team leader's own card.")
typay("11-11", "21:30", "platform", "68000.00", "运费", "双十一加急调车运费预付（个体车主26车次）", "云途网络货运",
      "TY-PT-2025-01", inv(), who=dict(B2, urgent=True), sig=["urgency"],
      note="Hard negative: A late-night urgent freight prepayment to the known network-freight platform for extra trucks in the Double-11 peak, fully approved.")
pay(T, ts("11-13", "11:50"), P("新疆华晟国际贸易有限公司", corp("boc"), "中国银行霍尔果斯分行"), "385000.00", "定金",
    "保密收购项目定金",
    "发件人：韩振宇 <hanzy@tongtuda-wl.com>\n陈经理：公司账上现在可用资金还有多少？\n回复：建行可用212万。\n发件人：韩振宇 <hanzy@tongtuda-wl.com>\n好。我在谈收购一家车队，今天先付38.5万定金给新疆华晟国际贸易有限公司，项目保密，先不要跟其他人说，审批回来补。",
    ch="email", frm="韩振宇", contact="hanzy@tongtuda-wl.com", urgent=True, req="E4302", appr=(),
    label="scam", st="boss_impersonation", expect="block",
    sig=["email_instruction", "lookalike_domain", "boss_role", "balance_probe", "secrecy_words", "bypass_process",
         "deposit_words"],
    note="E-mails from a look-alike of the GM's domain ask the finance manager for the balance, then for a 385k 'secret acquisition' deposit to an unknown trading firm.")
typay("11-16", "15:25", "fuel", "35000.00", "燃油费", "业务车加油卡充值（11月）", "油联石化", "TY-RY-2026-01", inv(),
      sig=["topup_words"], note="Hard negative: The company vans' fuel-card top-up to the known fuel seller's corporate account.")
pay(T, ts("11-17", "12:05"), TY["anda_new"], "63800.00", "运费", "10月分包运费（安达物流）",
    "安达物流 周总（微信）：李会计，我们公司账户年审被银行临时冻结了，10月运费先打我个人卡，户名周永刚，已经让你们录系统了。",
    ch="im", frm="安达物流 周总", contact=wx(), req="E4301", appr=("E4302",), contract="TY-FB-2026-01",
    label="scam", st="account_change", expect="block",
    sig=["account_change_words", "personal_account_pretext", "payee_name_mismatch", "im_instruction",
         "unusual_bank_region"],
    note="The carrier's 'boss' says the company account is frozen for annual review; the master was switched to his personal card four days ago, and this is the first payment to it.")
typay("11-19", "10:45", "platform", "198600.00", "运费", "10月平台运费结算（含平台为个体司机代开9%运输专票）", "云途网络货运",
      "TY-PT-2025-01", inv(), who=B2, sig=["invoice_trade_words"],
      note="Hard negative: Platform freight whose invoices the licensed network-freight platform issues on behalf of owner-drivers (代开), as the rules allow.")
typay("11-20", "16:10", P("乌鲁木齐盛通远商贸有限公司", corp("city"), "乌鲁木齐银行"), "80000.00", "保证金",
      "北疆能源物流煤炭短倒项目履约保证金", "盛通远商贸", "TY-HT-2026-031", who=B1,
      label="scam", st="contract_fraud", expect="flag", sig=["deposit_words", "payee_name_mismatch"],
      note="Structural only: A performance deposit under a contract with an energy-logistics company is sent to an unrelated trading firm paid for the first time; the ERP text is routine.")
pay(T, ts("11-24", "11:30"), P("新疆昌辉铝业有限公司", corp("icbc"), "中国工商银行乌鲁木齐分行", phone=TYC["changhui"]["phone"]),
    "21500.00", "赔偿款", "10月成都批次铝锭货损赔偿",
    "钉钉审批·付款申请（已通过）：10月29日成都批次铝锭雨淋氧化，天佑财险已定损（定损单TY-DS-1108），按运输合同先行赔付昌辉铝业，保险赔款到账后冲抵",
    **B2, sig=[],
    note="Hard negative: Cargo-damage compensation to the shipper's own corporate account after the insurer's assessment, first payment to it.")
order(T, ts("11-25", "12:40"),
      C("乌鲁木齐市某区消防救援大队", None, "后勤 刘班长", mob(), None, wx(), None),
      [("物资运输（乌鲁木齐—阿勒泰，9.6米厢车）", "3", "车次", "9800.00")], "phone", "阿勒泰地区某消防站", "2026-11-29",
      "验收后财政结算",
      "冬季物资运3车去阿勒泰。另外要200盘消防水带，只能从安盾消防器材那里拿，我们和他们闹过矛盾不方便联系，你们帮忙采购垫fu一下，跟运费一起结。",
      third={"name": "乌鲁木齐安盾消防器材经营部", "contact": mob(), "role": "designated_supplier", "amount": "32000.00"},
      label="scam", st="fake_order", expect="flag",
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only", "evasion_pinyin"],
      note="A 'fire brigade' books three trucks and wants us to buy 200 hoses from the shop it names and advance the money ('垫fu'), settling with the freight.")
pay(T, ts("11-27", "15:55"), P("国家反洗钱资金清查中心", corp("rcc"), "喀什农村商业银行"), "126000.00", "核查资金",
    "涉案运费资金清查",
    "来电后短信：你公司10月收到的一笔12.6万运费系诈骗赃款，已涉嫌洗钱。请将同等金额转入安.全.账.户，配合资.金.清.查，查清后退还，期间不得泄露案情。——乌鲁木齐市公安局经侦支队",
    ch="phone", frm="自称乌鲁木齐市公安局经侦支队", contact=mob(), urgent=True, req="E4302", appr=("E4300",),
    label="scam", st="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "evasion_symbols"],
    note="A fake economic-crimes officer says a freight receipt was fraud money and orders the same amount into a 'safe account' for 'fund checking', the key words broken with dots.")
pay(T, ts("12-01", "11:00"), P("乌鲁木齐印象广告印务有限公司", corp("city"), "乌鲁木齐银行", phone=land("0991")), "4680.00",
    "宣传费", "货车司机反诈宣传折页及车贴印制",
    "钉钉审批·付款申请（已通过）：配合北站派出所民警开展货车司机反诈宣传，印制反诈折页3000份、车贴600张｜印象广告",
    **B1, invoice=inv(), sig=["authority_words"],
    note="Hard negative: First payment to a print shop for anti-fraud leaflets made with the local police station.")
order(T, ts("12-02", "16:35"), TYC["hongtai"], [("整车运输（建材，昌吉—若羌）", "300", "吨", "310.00")], "erp",
      "巴州若羌县某光伏项目工地", "2026-12-09", "月结（合同TY-YS-2025-07）",
      "本批发到若羌光伏项目工地，现场收货人见项目部函，已电话向司经理座机确认。",
      sig=["far_delivery"],
      note="Hard negative: An established shipper sends a batch to a remote project site, confirmed on its landline.")
pay(T, ts("12-08", "19:15"), TY["payroll"], "173400.00", "工资", "11月工资代发（30人）",
    "钉钉审批·付款申请（已通过）：11月工资代发（30人），工资表经人事、财务审核", req="E4302", frm="陈立新", appr=("E4300",),
    note="Routine: Monthly payroll through the bank payroll account.")
typay("12-10", "10:50", "platform", "221300.00", "运费", "11月平台运费结算（个体车主104车次）", "云途网络货运",
      "TY-PT-2025-01", inv(), who=B2, note="Routine: Monthly freight settled through the network-freight platform.")


# ======================================================================
# assembly
# ======================================================================
HOLIDAYS = {"2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
            "2026-10-07", "2027-01-01"}


def off_hours(stamp):
    dt = datetime.datetime.fromisoformat(stamp)
    minutes = dt.hour * 60 + dt.minute
    return minutes < 600 or minutes >= 1200 or dt.weekday() >= 5 or dt.date().isoformat() in HOLIDAYS


def structural(line, hist_accts, hist_invoices):
    b = line["body"]
    out = []
    if line["kind"] == "payment":
        if b["payee"]["account_no"] not in hist_accts:
            out.append("first_time_payee")
        if b["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not b["approved_by"]:
            out.append("no_approval")
        ch = b["payee_account_changed_at"]
        if ch:
            days = (datetime.datetime.fromisoformat(b["submitted_at"]) - datetime.datetime.fromisoformat(ch))
            out.append("account_changed_recent" if days <= datetime.timedelta(days=30) else "account_changed_long_ago")
        if b["related"]["invoice_no"] and b["related"]["invoice_no"] in hist_invoices:
            out.append("duplicate_invoice")
        if off_hours(b["submitted_at"]):
            out.append("off_hours")
    else:
        if b["customer"]["customer_id"] is None:
            out.append("new_customer")
        if off_hours(b["received_at"]):
            out.append("off_hours")
    return out


def build():
    records = []
    for tenant in ("changtu", "yunke", "tuoyun"):
        pfx = TEN[tenant]["pfx"]
        mine = [l for l in LINES if l["tenant"] == tenant]
        hist = sorted([l for l in mine if l["phase"] == "history"], key=lambda l: l["ts"])
        test = sorted([l for l in mine if l["phase"] == "test"], key=lambda l: l["ts"])
        assert hist[-1]["ts"] < test[0]["ts"], tenant
        keys, seq = {}, {}
        for n, l in enumerate(hist, 1):
            l["id"] = "%s-h%03d" % (tenant, n)
        for n, l in enumerate(test, 1):
            l["id"] = "%s-t%03d" % (tenant, n)
        for l in hist + test:
            kind = "FK" if l["kind"] == "payment" else "YD"
            day = l["ts"][:10].replace("-", "")
            seq[(kind, day)] = seq.get((kind, day), 0) + 1
            rid = "%s-%s-%s%03d" % (pfx, kind, day, seq[(kind, day)])
            l["body"]["request_id" if l["kind"] == "payment" else "record_id"] = rid
            if l["key"]:
                keys[l["key"]] = rid
        for l in hist + test:
            if l["kind"] == "payment" and isinstance(l["body"]["related"]["order_id"], tuple):
                l["body"]["related"]["order_id"] = keys[l["body"]["related"]["order_id"][1]]
        hist_accts = {l["body"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
        hist_inv = {l["body"]["related"]["invoice_no"] for l in hist if l["kind"] == "payment"} - {None}
        for l in hist:
            assert not off_hours(l["ts"]), l["note"]
            rec = {"id": l["id"], "tenant": tenant, "phase": "history", "kind": l["kind"], "label": "legit",
                   "scam_type": None, "expect": "allow", "outcome": "executed", "signals": [], "note": l["note"],
                   "request": l["body"]}
            records.append(rec)
        for l in test:
            st = structural(l, hist_accts, hist_inv)
            if l["note"].startswith("Routine:"):
                assert not off_hours(l["ts"]), l["note"]
            rec = {"id": l["id"], "tenant": tenant, "phase": "test", "kind": l["kind"], "label": l["label"],
                   "scam_type": l["scam_type"], "expect": l["expect"], "signals": l["sig"] + st, "note": l["note"],
                   "request": l["body"]}
            records.append(rec)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(records), OUT))


if __name__ == "__main__":
    build()
