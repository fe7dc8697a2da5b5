#!/usr/bin/env python3
"""Build tests/holdout21/holdout21.jsonl, the holdout21 replay corpus.

Python 3.11, standard library only, deterministic (no clock, no randomness):
running it twice gives the same bytes.

Three fictitious consumer-facing firms whose counterparties are often
individuals:

  yamali    乌鲁木齐雅玛里汽车销售服务有限公司  a car dealership (4S store) in Urumqi
  shudeng   郑州书灯文化艺术培训有限公司        an after-school art/coding school chain in Zhengzhou
  bijifang  昆明碧鸡坊房地产经纪有限公司        a residential real-estate agency in Kunming

Each scenario below is one call, in its own block, with a comment.  Within a
tenant the lines are sorted by timestamp (history first, then test) and the
line ids (yamali-h001, yamali-t001, ...) are assigned after sorting.

Everything is invented: companies, people, account numbers, invoice numbers,
credit codes, phone numbers (mobiles 1360000xxxx / 1580000xxxx / 1820000xxxx,
landlines area-0000xxx).
"""

import hashlib
import json
import pathlib
from decimal import Decimal

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent / "holdout21.jsonl"

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(body8):
    """GB 11714 check digit of the 8-character organisation code body."""
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(val(c) * w for c, w in zip(body8, ORG_WEIGHTS)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def uscc(prefix8, body8):
    """Unified social credit code (GB 32100) with valid check characters.

    prefix8 = registration authority + organisation type + 6-digit division
    code, body8 = first 8 characters of the organisation code."""
    first17 = prefix8 + body8 + _org_check(body8)
    assert len(first17) == 17 and all(c in USCC_CHARS for c in first17), first17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARS[(31 - s % 31) % 31]


def uscc_bad(prefix8, body8):
    """A code whose final check character is wrong (for invalid_credit_code)."""
    good = uscc(prefix8, body8)
    wrong = USCC_CHARS[(USCC_CHARS.index(good[-1]) + 7) % 31]
    return good[:-1] + wrong


def inv(seed, province):
    """A 20-digit fully-digital invoice number, deterministic from a seed."""
    digits = str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:16]
    return "26" + province + digits


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(s):
    """'2026-09-07T16:40' -> '2026-09-07T16:40:00+08:00'"""
    return s + ":00+08:00"


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code=None, contact_name=None, phone=None, email=None,
             im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code,
            "contact_name": contact_name if contact_name is not None else name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def instr(channel, from_name, text, from_contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def erp(from_name, text, urgent=False):
    return instr("erp", from_name, text, None, urgent)


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def verified(number, by, at):
    return {"callback_done": True, "callback_number": number,
            "verified_by": by, "verified_at": ts(at)}


class Tenant:
    def __init__(self, tid, payer_account, payer_name):
        self.tid = tid
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self.lines = []

    def _add(self, phase, kind, at, request, scam, expect, signals, note):
        label = "scam" if scam else "legit"
        if expect is None:
            expect = "flag" if scam else "allow"
        line = {"id": None, "tenant": self.tid, "phase": phase, "kind": kind,
                "label": label, "scam_type": scam, "expect": expect}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = request
        self.lines.append((at, line))

    def pay(self, phase, at, rid, to, amount, purpose, memo, instruction,
            requested_by, approved_by, *, order_id=None, contract_id=None,
            invoice_no=None, changed_at=None, verification=None,
            scam=None, expect=None, signals=(), note):
        req = {"request_id": rid, "submitted_at": ts(at), "payer": dict(self.payer),
               "payee": to, "amount": money(amount), "currency": "CNY",
               "purpose": purpose, "memo": memo, "instruction": instruction,
               "requested_by": requested_by, "approved_by": list(approved_by),
               "related": {"order_id": order_id, "contract_id": contract_id,
                           "invoice_no": invoice_no},
               "payee_account_changed_at": ts(changed_at) if changed_at else None}
        if verification is not None:
            req["verification"] = verification
        self._add(phase, "payment", at, req, scam, expect, signals, note)

    def order(self, phase, at, rid, cust, items, channel, address, deadline, terms,
              notes, *, third_party=None, fees=(), scam=None, expect=None,
              signals=(), note):
        its = [{"product": p, "quantity": q, "unit": u, "unit_price": money(up)}
               for (p, q, u, up) in items]
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its)
        req = {"record_id": rid, "received_at": ts(at), "customer": cust,
               "items": its, "total_amount": money(total), "currency": "CNY",
               "channel": channel, "delivery": {"address": address, "deadline": deadline},
               "payment_terms": terms, "third_party": third_party,
               "fees_requested": [{"reason": r, "amount": money(a)} for (r, a) in fees],
               "notes": notes}
        self._add(phase, "order", at, req, scam, expect, signals, note)

    def finished_lines(self):
        out = []
        for phase, letter in (("history", "h"), ("test", "t")):
            chosen = sorted((x for x in self.lines if x[1]["phase"] == phase),
                            key=lambda x: x[0])
            for n, (_, line) in enumerate(chosen, 1):
                line["id"] = f"{self.tid}-{letter}{n:03d}"
                out.append(line)
        return out


# ===========================================================================
# yamali — 乌鲁木齐雅玛里汽车销售服务有限公司 (远澜汽车 4S store, Urumqi)
# Office hours 10:00–20:00 Beijing time.
# Staff: E3100 韩立峰 GM · E3101 古丽娜尔 cashier · E3102 周建新 finance manager
#        E3110 李响 sales manager · E3111 马晓军 sales · E3112 阿不都 used cars
#        E3120 王倩 HR · E3130 何静 after-sales.  Chairman (owner): 汤国栋.
# ===========================================================================

YM = Tenant("yamali", "3002042109200317745", "乌鲁木齐雅玛里汽车销售服务有限公司")

YM_OEM = payee("远澜汽车销售有限公司", "1101020909000231186", "中国工商银行北京经济技术开发区支行",
               "corporate", "V-YM01", "010-0000318")
YM_LOGI = payee("新疆安捷商品车物流有限公司", "30020101040018437", "中国农业银行乌鲁木齐头屯河支行",
                "corporate", "V-YM02", "0991-0000472")
YM_DECOR = payee("新疆车艺汽车用品有限公司", "105010520000387216", "乌鲁木齐银行经济技术开发区支行",
                 "corporate", "V-YM03", "0991-0000635")
YM_PLATE = payee("乌鲁木齐畅行机动车登记代办服务有限公司", "880101000273645109",
                 "新疆天山农村商业银行头屯河支行", "corporate", "V-YM04", "0991-0000287")
YM_FIN = payee("远澜汽车金融有限公司", "1101020909000877013", "中国工商银行北京亦庄支行",
               "corporate", "V-YM05", "010-0000562")
YM_FIN_CHANGED = "2026-05-28T15:20"     # stamped letter + call-back, long before the window
YM_AGENT_WU = payee("吴海涛", "6217002940118376524", "中国建设银行乌鲁木齐北京路支行",
                    "personal", "V-YM11", "15800002746")
YM_PAYROLL = payee("中国工商银行乌鲁木齐经济技术开发区支行（代发工资专户）", "3002042129000418806",
                   "中国工商银行乌鲁木齐经济技术开发区支行", "corporate", "PAY-YM")
YM_TAX = payee("国家金库乌鲁木齐市头屯河区支库", "65010600192487315", "国家金库乌鲁木齐市头屯河区支库",
               "corporate", "TAX-YM")

YM_CHANGDA = customer("新疆畅达出租汽车有限公司", uscc("91650104", "MA78RT2K"), "邵经理",
                      "0991-0000412", "cg@changda-taxi.cn", None, "C-YM01")
YM_TIANYI = customer("乌鲁木齐天驿汽车租赁有限公司", uscc("91650105", "MA79C4LH"), "卢主管",
                     "0991-0000538", "lu@tianyi-zuche.com", None, "C-YM02")
SHOWROOM = "乌鲁木齐经济技术开发区卫星路远澜雅玛里4S店（到店提车）"

L5 = "远澜L5 2026款 豪华型"
X7 = "远澜X7 2026款 四驱旗舰版"
E3 = "远澜E3 纯电标准续航版"
P3 = "远澜P3 皮卡 两驱舒适版"

# ---- yamali history -------------------------------------------------------

# First August batch of new cars from the manufacturer.
YM.pay("history", "2026-08-03T11:20", "YM-FK-20260803001", YM_OEM, "1568800", "货款",
       "8月第一批整车采购款（L5×8、E3×4）",
       erp("古丽娜尔", "金蝶云付款单：8月第一批整车采购款（L5×8、E3×4）｜远澜汽车销售｜合同YM-CG-2026-001"),
       "E3101", ["E3102", "E3100"], contract_id="YM-CG-2026-001", invoice_no=inv("YM-h-oem1", "65"),
       note="Routine: First August batch of new cars paid to the manufacturer.")

# Taxi company's fleet order.
YM.order("history", "2026-08-04T15:10", "YM-DD-20260804001", YM_CHANGDA,
         [(E3 + "（出租车型）", "8", "台", "109800")], "email",
         "乌鲁木齐市新市区畅达出租公司停车场", "2026-08-20",
         "合同约定：预付50%已到账，余款上牌后15日内付清",
         "第三季度车辆更新计划，预付款43.92万元已到我司工行基本户",
         note="Routine: Fleet order of eight electric taxis from an established taxi company.")

# Freight for new cars.
YM.pay("history", "2026-08-05T12:30", "YM-FK-20260805001", YM_LOGI, "38600", "运费",
       "商品车运输费（北京—乌鲁木齐，12台）",
       erp("古丽娜尔", "金蝶云付款单：商品车运输费（北京—乌鲁木齐，12台）｜安捷物流｜合同YM-WL-2026-002"),
       "E3101", ["E3102"], contract_id="YM-WL-2026-002", invoice_no=inv("YM-h-logi1", "65"),
       note="Routine: Car-carrier freight to the regular logistics firm.")

# Accessories (window film, mats, dash cams).  Its invoice is re-used in a test scam.
YM_DECOR_AUG_INVOICE = inv("YM-h-decor1", "65")
YM.pay("history", "2026-08-07T16:20", "YM-FK-20260807001", YM_DECOR, "26480", "货款",
       "精品采购款（贴膜、脚垫、行车记录仪）",
       erp("古丽娜尔", "金蝶云付款单：精品采购款（贴膜、脚垫、行车记录仪）｜车艺汽车用品｜合同YM-CG-2026-007"),
       "E3101", ["E3102"], contract_id="YM-CG-2026-007", invoice_no=YM_DECOR_AUG_INVOICE,
       note="Routine: Accessories bought from the regular accessories supplier.")

# Referral reward to a former customer who sends buyers (individual, under a referral agreement).
YM.pay("history", "2026-08-10T17:40", "YM-FK-20260810001", YM_AGENT_WU, "2000", "佣金",
       "老客户转介绍奖励（刘志强购车，7月成交）",
       erp("李响", "金蝶云付款单：转介绍奖励2000元｜吴海涛（老客户，转介绍协议YM-ZJS-2026-014）｜被介绍客户已交车"),
       "E3110", ["E3102"], contract_id="YM-ZJS-2026-014",
       note="Routine: Referral reward to a former customer under his referral agreement.")

# Plate-registration agent's monthly fee.
YM.pay("history", "2026-08-11T12:15", "YM-FK-20260811001", YM_PLATE, "14200", "服务费",
       "8月上牌代办服务费（27台）",
       erp("古丽娜尔", "金蝶云付款单：8月上牌代办服务费（27台）｜畅行代办｜合同YM-FW-2026-004"),
       "E3101", ["E3102"], contract_id="YM-FW-2026-004", invoice_no=inv("YM-h-plate1", "65"),
       note="Routine: Monthly fee of the plate-registration agent.")

# Rental company's framework order on 30-day terms.
YM.order("history", "2026-08-12T13:40", "YM-DD-20260812001", YM_TIANYI,
         [(L5, "6", "台", "159800")], "email",
         "乌鲁木齐市水磨沟区天驿租车南湖门店", "2026-08-25",
         "月结30天（框架合同YM-XS-2026-006）", "暑期运力补充",
         note="Routine: Framework order of six SUVs from an established car-rental company.")

# Interest subsidy owed to the brand's finance company for 0% promotions.
YM.pay("history", "2026-08-14T11:50", "YM-FK-20260814001", YM_FIN, "46380", "贴息款",
       "7月0息分期贴息（12笔）",
       erp("古丽娜尔", "金蝶云付款单：7月0息分期贴息｜远澜汽车金融｜厂家金融政策YM-JR-2026-03，放款清单12笔"),
       "E3101", ["E3102"], contract_id="YM-JR-2026-03", invoice_no=inv("YM-h-fin1", "65"),
       changed_at=YM_FIN_CHANGED,
       note="Routine: Interest subsidy for zero-interest loans paid to the brand's finance company.")

# Second August batch of new cars.
YM.pay("history", "2026-08-17T12:05", "YM-FK-20260817001", YM_OEM, "1983700", "货款",
       "8月第二批整车采购款（L5×6、X7×5）",
       erp("古丽娜尔", "金蝶云付款单：8月第二批整车采购款（L5×6、X7×5）｜远澜汽车销售｜合同YM-CG-2026-001"),
       "E3101", ["E3102", "E3100"], contract_id="YM-CG-2026-001", invoice_no=inv("YM-h-oem2", "65"),
       note="Routine: Second August batch of new cars paid to the manufacturer.")

# A walk-in buyer signs for an SUV with a card-paid deposit (he cancels later).
YM.order("history", "2026-08-19T16:30", "YM-DD-20260819001",
         customer("赵文斌", phone="13600004215", customer_id="C-YM1209"),
         [(X7, "1", "台", "239800")], "in_person", SHOWROOM, "2026-09-10",
         "定金5000元POS刷卡（本人卡），余款月底付清", "展厅成交，客户本人名下银行卡付定金",
         note="Routine: Walk-in buyer signs for an SUV and pays the deposit with his own card.")

# Monthly payroll.
YM.pay("history", "2026-08-20T18:10", "YM-FK-20260820001", YM_PAYROLL, "412650", "工资",
       "7月工资代发（46人）", erp("周建新", "金蝶云付款单：7月工资代发（46人），工资表已审批"),
       "E3102", ["E3100"], note="Routine: Monthly payroll through the bank's payroll account.")

# Buyer with a car loan from the brand's finance company.
YM.order("history", "2026-08-24T14:25", "YM-DD-20260824001",
         customer("陈静", phone="15800003381", customer_id="C-YM1217"),
         [(E3, "1", "台", "109800"), ("延保服务（3年）", "1", "份", "4980")], "in_person",
         SHOWROOM, "2026-09-05",
         "首付3.5万元本人刷卡已到账，余款远澜汽车金融有限公司放款（已审批）",
         "贷款购车，36期", note="Routine: Buyer pays a down payment and finances the rest with the brand's finance company.")

# Deposit paid by the buyer's mother with her own card; the buyer signs.
YM.order("history", "2026-08-26T15:45", "YM-DD-20260826001",
         customer("孙悦", phone="13600007319", customer_id="C-YM1221"),
         [(E3, "1", "台", "109800")], "in_person", SHOWROOM, "2026-09-30",
         "定金1万元由其母赵桂芝持本人农行卡刷卡支付，余款提车前付清",
         "孙悦与母亲同来，母亲代付定金，POS小票及关系说明存档",
         note="Routine: A young buyer's deposit is paid at the counter by her mother's card.")

# Monthly VAT.
YM.pay("history", "2026-09-02T11:35", "YM-FK-20260902001", YM_TAX, "168420.30", "税款",
       "8月增值税及附加", erp("周建新", "电子税务局三方协议扣缴：8月增值税及附加"),
       "E3102", ["E3100"], note="Routine: Monthly VAT through the tax bureau's three-party debit.")

# ---- yamali test ----------------------------------------------------------

# Routine car purchase.
YM.pay("test", "2026-09-07T11:05", "YM-FK-20260907001", YM_OEM, "1739600", "货款",
       "9月第一批整车采购款（L5×7、E3×5、P3×2）",
       erp("古丽娜尔", "金蝶云付款单：9月第一批整车采购款（L5×7、E3×5、P3×2）｜远澜汽车销售｜合同YM-CG-2026-001"),
       "E3101", ["E3102", "E3100"], contract_id="YM-CG-2026-001", invoice_no=inv("YM-t-oem1", "65"),
       note="Routine: September batch of new cars paid to the manufacturer.")

# SCAM overpayment_refund: "buyer" overpays the deposit, wants excess sent to a friend.
YM.order("test", "2026-09-07T16:40", "YM-DD-20260907002",
         customer("黄志远", phone="18200003172", im_id="wxid_hzy83k2p0q7ms"),
         [(X7, "1", "台", "239800")], "im", SHOWROOM, "2026-09-20",
         "定金2万元（客户称已转账6.8万元）",
         "客户微信说：定金本来交两万，手机银行转的时候多按了个数，转成6万8了，回执截图发你了。"
         "多出来的4万8你们直接转给我朋友沈立伟吧，他等着这笔钱周转，卡号我发你。——财务查工行流水暂未看到这笔入账。",
         third_party=third("沈立伟", "13600005821", "refund_recipient", "48000"),
         scam="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof"],
         note="A new 'buyer' says he overpaid an SUV deposit by 48k, sends a receipt image and wants the excess paid to a friend, though nothing has reached the account.")

# SCAM overpayment_refund: refund of a deposit that has not cleared.
YM.pay("test", "2026-09-08T12:30", "YM-FK-20260908001",
       payee("马骏", "6228480038829174615", "中国农业银行乌鲁木齐友好路支行", "personal"),
       "30000", "退款", "退马骏订车定金（E3）",
       instr("im", "马骏（客户）",
             "马哥你好，我昨天晚上手机银行转的3万定金，银行那边显示“交易处理中”，说要24小时到账。"
             "家里人商量了还是先不买了，你们今天能先把3万退我吗？等着用，回单截图我发你了。",
             "15800006124", urgent=True),
       "E3111", ["E3110"],
       scam="overpayment_refund", expect="block",
       signals=["refund_words", "fake_payment_proof", "personal_account", "first_time_payee",
                "urgency", "im_instruction"],
       note="A would-be buyer wants his 30k deposit back the day after 'paying' it, while his own receipt still shows the transfer as processing.")

# Hard negative: deposit refunded to the buyer's own card that paid it.
YM.pay("test", "2026-09-08T17:15", "YM-FK-20260908002",
       payee("赵文斌", "6217002940137725083", "中国建设银行乌鲁木齐新华南路支行", "personal"),
       "5000", "退款", "赵文斌订车定金退还（X7，客户取消订单）",
       erp("古丽娜尔", "金蝶云付款单：赵文斌X7订车定金5000元退还。8月19日POS刷卡（尾号5083），已超POS撤销期限，"
           "按原卡号转账退回；退订申请及身份证复印件已存档。"),
       "E3101", ["E3102"], order_id="YM-DD-20260819001",
       signals=["personal_account", "refund_words", "first_time_payee"],
       note="Hard negative: A cancelled SUV deposit is refunded by transfer to the same card that paid it, because the POS reversal window had passed.")

# Routine fleet top-up order.
YM.order("test", "2026-09-09T12:10", "YM-DD-20260909001", YM_CHANGDA,
         [(E3 + "（出租车型）", "4", "台", "109800")], "email",
         "乌鲁木齐市新市区畅达出租公司停车场", "2026-09-25",
         "合同约定：预付50%已到账，余款上牌后15日内付清", "第三季度车辆更新计划第二批",
         note="Routine: Second fleet order of electric taxis from the established taxi company.")

# SCAM boss_impersonation (block): fake chairman, balance probe, first-time payee, no approval.
YM.pay("test", "2026-09-09T13:25", "YM-FK-20260909002",
       payee("新疆鼎盛广告会展有限公司", "880105001938274610", "乌鲁木齐农村商业银行米东支行", "corporate"),
       "380000", "订金", "克拉玛依展车场地订金",
       instr("im", "汤国栋",
             "汤国栋：古丽，在吗？今天账上能动的钱有多少\n"
             "古丽娜尔：汤总您好，工行基本户可用大概210万，建行一般户60来万\n"
             "汤国栋：行。克拉玛依那边车展的场地我谈下来了，订金38万今天要付给新疆鼎盛广告会展有限公司，账号发你。合同我签了，回头补给周经理\n"
             "汤国栋：我这边陪客户看车，电话先别打，转完截个图发我",
             "wxid_tgd2026vip", urgent=True),
       "E3101", [],
       scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "boss_role", "first_time_payee",
                "no_approval", "cannot_call", "bypass_process", "deposit_words"],
       note="Someone using the chairman's name on a new WeChat account asks what money is available, then orders a 380k 'venue deposit' to an unknown events firm, no calls, paperwork later.")

# Hard negative: down payment paid by the buyer's father.
YM.order("test", "2026-09-10T16:20", "YM-DD-20260910001",
         customer("艾力·吐尔逊", contact_name="艾力", phone="13600002967"),
         [("远澜L5 2026款 舒适型", "1", "台", "139800")], "in_person", SHOWROOM, "2026-09-26",
         "定金1万元由客户父亲吐尔逊·买买提持本人银行卡到店刷卡支付；余款远澜汽车金融贷款（审批中）",
         "艾力刚参加工作，首付由父亲代付，父子同来展厅签订车单，付款人与购车人关系已登记（户口本复印件存档）。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: A young first-time buyer's deposit is paid at the counter by his father, both present, with the rest financed by the brand's finance company.")

# Hard negative: interest subsidy to the brand's finance company (account changed months ago).
YM.pay("test", "2026-09-11T12:40", "YM-FK-20260911001", YM_FIN, "52140", "贴息款",
       "8月0息分期贴息（14笔）",
       erp("古丽娜尔", "金蝶云付款单：8月0息分期贴息｜远澜汽车金融｜厂家金融政策YM-JR-2026-03，放款清单14笔"),
       "E3101", ["E3102"], contract_id="YM-JR-2026-03", invoice_no=inv("YM-t-fin1", "65"),
       changed_at=YM_FIN_CHANGED,
       signals=["account_changed_long_ago", "loan_fee_words"],
       note="Hard negative: Monthly interest subsidy to the brand's finance company, whose account change dates from May and has been used since.")

# SCAM fake_purchaser: "army unit" bulk order of pickups on credit to a remote camp.
YM.order("test", "2026-09-14T11:50", "YM-DD-20260914001",
         customer("某部队后勤保障处", contact_name="刘助理", phone="18200004518",
                  im_id="wxid_lzl9xq2hb81c"),
         [(P3, "20", "台", "118800")], "phone",
         "和田地区皮山县某营区（具体地址到时电话通知）", "2026-09-25",
         "验收后走部队财务统一结算（约60天）",
         "对方打电话说是部队后勤的，营区巡逻要换一批皮卡，20台，价格不用谈按指导价，合同到我们这边盖章再寄过来，"
         "车要在国庆前送到皮山，货到验收后走部队财务结算。只加了微信，没有单位座机。",
         scam="fake_purchaser",
         signals=["institution_claim", "new_customer", "large_first_order",
                  "credit_terms_requested", "far_delivery", "contact_im_only"],
         note="A caller claiming to be an army logistics officer orders 20 pickups at list price for a remote camp, to be paid by 'unit finance' about 60 days after acceptance, reachable only by mobile and WeChat.")

# Hard negative: Douyin merchant deposit to the platform's own deposit account.
YM.pay("test", "2026-09-14T16:05", "YM-FK-20260914002",
       payee("抖音生活服务商家保证金专户", "1109302101000458271", "招商银行北京分行营业部", "corporate"),
       "2000", "保证金", "抖音来客门店保证金（售后保养团购上线）",
       erp("何静", "金蝶云付款单：抖音来客商家后台开通保养团购，平台要求缴纳门店保证金2000元，"
           "缴纳页面由商家后台生成，收款账户与平台服务协议第7条一致"),
       "E3130", ["E3102"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: The after-sales manager pays the platform's merchant deposit to open group-buy service vouchers, via the page generated in the merchant back office.")

# SCAM fake_order (block): the "army unit" wants us to pay its designated supplier first.
YM.pay("test", "2026-09-15T16:05", "YM-FK-20260915001",
       payee("乌鲁木齐市沙依巴克区北辰通讯器材经营部", "6222023002118649372",
             "中国工商银行乌鲁木齐西虹路支行", "personal"),
       "64000", "代采购", "代部队采购车载北斗终端及警示灯（20套）",
       instr("im", "刘助理（部队后勤）",
             "马经理，皮卡上要统一装北斗定位和顶灯，这个必须用北辰的，他们有部队的入围资质，我们跟老板之前闹了点不愉快不好直接找他。"
             "你们先把6万4付给北辰，货款跟车款一起结给你们，我们财务的付款申请已经报上去了。今天下午能付吗",
             "wxid_lzl9xq2hb81c", urgent=True),
       "E3110", ["E3102"], order_id="YM-DD-20260914001",
       scam="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                "urgency", "im_instruction"],
       note="The 'army unit' asks the dealership to pay 64k first to the radio shop it insists on for beacons and lights, to be 'settled with the car money'.")

# Hard negative: referral reward to the established referrer.
YM.pay("test", "2026-09-15T17:30", "YM-FK-20260915002", YM_AGENT_WU, "4000", "佣金",
       "老客户转介绍奖励（艾力·吐尔逊、王建军购车）",
       erp("李响", "金蝶云付款单：转介绍奖励2笔×2000元｜吴海涛｜协议YM-ZJS-2026-014｜两台车均已交车"),
       "E3110", ["E3102"], contract_id="YM-ZJS-2026-014",
       signals=["personal_account", "task_rebate_words"],
       note="Hard negative: Referral commission to the former customer who has been paid under the same agreement before.")

# Hard negative: an energy group buys EVs for its staff, paid by the group.
YM.order("test", "2026-09-16T12:20", "YM-DD-20260916001",
         customer("新疆天山能源发展集团有限公司", uscc("91650100", "MA77Y6PB"), "工会 何主席",
                  "0991-0000716", "ghw@tsny-group.com.cn"),
         [(E3 + "（团购价）", "12", "台", "102800")], "email",
         "乌鲁木齐市水磨沟区天山能源集团办公区", "2026-10-15",
         "团购协议：单位统一付款，首批款61.68万元已由集团基本户汇入我司工行账户（已到账）",
         "集团工会组织员工团购新能源车，车辆登记在员工个人名下，单位统一付款后由员工分批到店提车。",
         signals=["new_customer", "large_first_order", "institution_claim"],
         note="Hard negative: A state-owned energy group's union buys twelve EVs for staff, with the first half already received from the group's own account.")

# SCAM advance_fee: a "car-loan channel" wants a release deposit from the dealer.
YM.pay("test", "2026-09-17T15:45", "YM-FK-20260917001",
       payee("鑫融汽车金融服务（新疆）有限公司", "880102002764519038", "乌鲁木齐农村商业银行沙依巴克支行",
             "corporate"),
       "2400", "服务费", "王建伟购车贷款放款风险保证金",
       instr("im", "鑫融金服 杨经理",
             "马经理，王建伟那单贷款12万已经批下来了。按我们渠道的规矩，经销商这边要先交放款金额2%的风险保证金，2400，"
             "到账后半小时内放款到你们公司账户。今天下班前交不上的话，额度要退回重新排队。",
             "18200008263", urgent=True),
       "E3111", ["E3110"],
       scam="advance_fee",
       signals=["im_instruction", "loan_fee_words", "deposit_words", "fee_asked_of_seller",
                "first_time_payee", "urgency"],
       note="A 'car-loan channel' that is not the brand's finance arm says a buyer's loan is approved but the dealer must first pay a 2% release deposit to its company account.")

# Routine accessories purchase.
YM.pay("test", "2026-09-18T12:00", "YM-FK-20260918001", YM_DECOR, "31750", "货款",
       "9月精品采购款（贴膜、座套、充电桩配件）",
       erp("古丽娜尔", "金蝶云付款单：9月精品采购款（贴膜、座套、充电桩配件）｜车艺汽车用品｜合同YM-CG-2026-007"),
       "E3101", ["E3102"], contract_id="YM-CG-2026-007", invoice_no=inv("YM-t-decor1", "65"),
       note="Routine: Monthly accessories order from the regular supplier.")

# SCAM task_rebate (block): salesman wants the company to fund a "linked task" top-up.
YM.pay("test", "2026-09-18T19:40", "YM-FK-20260918002",
       payee("周婷婷", "6212260200140098317", "中国工商银行南宁民族支行", "personal"),
       "8800", "推广费", "短视频推广任务垫付",
       instr("im", "马晓军",
             "【任务客服】亲，您当前为第3单联单任务，需充值8800元激活，三单完成后本金+佣金一并返还，佣金比例15%。\n"
             "【任务客服】超过30分钟未完成，系统判定违规，前两单本金冻结。\n"
             "马晓军：周经理，这是店里抖音号涨粉做的推广任务，先从公司垫一下，返力到账马上还回来。",
             "群:抖音推广任务12群", urgent=True),
       "E3111", [],
       scam="task_rebate", expect="block",
       signals=["personal_account", "first_time_payee", "task_rebate_words", "topup_words",
                "evasion_homophone", "urgency", "no_approval", "im_instruction"],
       note="A salesman asks the company to front 8,800 to a private card in another province to unlock the third 'linked task' of a promotion group, promising it back with commission.")

# Hard negative: Douyin group-buy service voucher redeemed at the workshop.
YM.order("test", "2026-09-21T13:10", "YM-DD-20260921001",
         customer("张宁", phone="15800001957"),
         [("保养套餐A（机油机滤+全车检测，抖音团购券）", "1", "次", "699")], "other",
         "远澜雅玛里4S店售后车间", "2026-09-23",
         "抖音团购券到店核销，平台按月结算至我司账户",
         "客户在抖音门店直播间买的保养券，到店出示券码核销，钱由平台结算，不经过门店收银。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: A service voucher bought on Douyin is redeemed at the workshop and settled by the platform, not by the customer.")

# SCAM account_change (block), structural only: carrier's account switched four days ago.
YM.pay("test", "2026-09-22T12:35", "YM-FK-20260922001",
       payee("新疆安捷商品车物流有限公司", "880206000184730921", "霍城县农村信用合作联社清水河分社",
             "corporate", "V-YM02", "0991-0000472"),
       "41200", "运费", "商品车运输费（北京—乌鲁木齐，13台）",
       erp("古丽娜尔", "金蝶云付款单：商品车运输费（北京—乌鲁木齐，13台）｜安捷物流｜合同YM-WL-2026-002"),
       "E3101", ["E3102", "E3100"], contract_id="YM-WL-2026-002", invoice_no=inv("YM-t-logi1", "65"),
       changed_at="2026-09-18T17:50",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: The car carrier's bank details were switched four days earlier to a rural credit union near the border, and this ordinary freight payment is the first to the new account.")

# Hard negative: deposit refunded to the mother's card that paid it, with the buyer's written consent.
YM.pay("test", "2026-09-23T16:10", "YM-FK-20260923001",
       payee("赵桂芝", "6228480038841276613", "中国农业银行乌鲁木齐南湖路支行", "personal"),
       "10000", "退款", "孙悦订车定金退还（原付款卡：其母赵桂芝）",
       erp("古丽娜尔", "金蝶云付款单：孙悦E3订车定金1万元退还。定金系其母赵桂芝持本人农行卡（尾号6613）刷卡支付，POS小票存档；"
           "孙悦本人签字《退款授权书》同意原卡退回，已回拨孙悦留档手机核实。"),
       "E3101", ["E3102"], order_id="YM-DD-20260826001",
       verification=verified("13600007319", "E3102", "2026-09-23T15:40"),
       signals=["personal_account", "refund_words", "first_time_payee", "payee_name_mismatch"],
       note="Hard negative: A cancelled deposit goes back to the mother's card that paid it, with the buyer's signed authorisation and a call-back to her number on file.")

# SCAM fake_salary (block): "salesman" on a new WeChat wants pay sent to a partner's card.
YM.pay("test", "2026-09-24T18:30", "YM-FK-20260924001",
       payee("李娟", "6217002940150043286", "中国建设银行乌鲁木齐红山路支行", "personal"),
       "11860", "工资", "吕鹏8月工资及提成",
       instr("im", "吕鹏",
             "周经理好，我之前那个微信号登不上了，用这个新号。我工资卡丢了还在补办，这个月工资和提成先打到我对象卡上吧，"
             "户名李娟，卡号6217002940150043286，麻烦了🙏",
             "wxid_lp_newphone88"),
       "E3120", ["E3102"],
       scam="fake_salary", expect="block",
       signals=["payroll_change", "payee_not_employee", "im_instruction", "new_contact",
                "personal_account", "first_time_payee"],
       note="A 'salesman' writing from a new WeChat account asks for his wages and commission to go to a card in his partner's name.")

# Hard negative: urgent plate fees paid on the Mid-Autumn holiday before National Day deliveries.
YM.pay("test", "2026-09-25T14:20", "YM-FK-20260925001", YM_PLATE, "18900", "服务费",
       "9月下旬上牌代办服务费（35台，国庆交车）",
       erp("古丽娜尔", "【加急】金蝶云付款单：国庆交车35台上牌代办，车管所节前最后办理日，代办费今日结清｜畅行代办｜合同YM-FW-2026-004",
           urgent=True),
       "E3101", ["E3102", "E3100"], contract_id="YM-FW-2026-004", invoice_no=inv("YM-t-plate1", "65"),
       signals=["off_hours", "urgency"],
       note="Hard negative: On the Mid-Autumn holiday the regular plate agent is paid urgently so 35 cars can be registered before National Day.")

# SCAM fake_purchaser, structural only: one character off the rental company's name.
YM.order("test", "2026-09-28T12:50", "YM-DD-20260928001",
         customer("乌鲁木齐天译汽车租赁有限公司", uscc("91650105", "MA7A8N3D"), "韩经理",
                  "18200006094", "tianyizc_2026@qq.com", "wxid_hjl0928tyzc"),
         [(X7, "10", "台", "239800")], "im", "昌吉市高新区某物流园停车场", "2026-10-05",
         "月结90天", "国庆租车旺季追加10台X7，合同按之前的模板走，车直接送到昌吉的停车场。",
         scam="fake_purchaser",
         signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
                  "large_first_order", "free_mail"],
         note="Structural only: A rental firm whose name differs from an established customer by one character, with a new contact and a QQ-mail address, orders ten SUVs on 90-day credit to a logistics-park lot.")

# Routine car purchase.
YM.pay("test", "2026-09-29T11:45", "YM-FK-20260929001", YM_OEM, "1323800", "货款",
       "9月第二批整车采购款（X7×4、L5×3）",
       erp("古丽娜尔", "金蝶云付款单：9月第二批整车采购款（X7×4、L5×3）｜远澜汽车销售｜合同YM-CG-2026-001"),
       "E3101", ["E3102", "E3100"], contract_id="YM-CG-2026-001", invoice_no=inv("YM-t-oem2", "65"),
       note="Routine: Second September batch of new cars paid to the manufacturer.")

# SCAM authority_impersonation (block): fake economic-crime police, "fund verification" account.
YM.pay("test", "2026-09-30T15:30", "YM-FK-20260930001",
       payee("刘振华", "6222023002139957184", "中国工商银行喀什分行", "personal"),
       "260000", "资金核查", "配合核查涉案资金",
       instr("phone", "自称乌鲁木齐市公安局经侦支队 王警官",
             "对方来电称：你公司今年6月卖出的一台X7被用于走私案，购车款属于涉案资金，公司账户要被冻结。随后短信：\n"
             "【經偵通知】雅玛里汽车：請於今日17時前將26萬元轉入資金核查專戶（經辦人劉振華）進行資金核查，核查無誤後原路退回。"
             "此案涉密，不得向任何人透露，否則按妨礙偵查處理。",
             "0991-0000110", urgent=True),
       "E3101", [],
       scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction",
                "personal_account", "first_time_payee", "urgency", "no_approval", "evasion_traditional"],
       note="A caller posing as economic-crime police says a sold SUV was used in smuggling and orders 260k into a 'fund verification' account held by an individual, by SMS in traditional characters.")

# Hard negative: National Day walk-in buyer pays in full with his own card.
YM.order("test", "2026-10-02T15:20", "YM-DD-20261002001",
         customer("古丽米热·阿不都热依木", contact_name="古丽米热", phone="13600008842"),
         [("远澜E3 纯电长续航版", "1", "台", "125800"), ("家用充电桩及安装", "1", "套", "2800")],
         "in_person", SHOWROOM, "2026-10-06", "全款本人银行卡POS刷卡（已到账）",
         "国庆车展现场成交，客户本人刷卡付全款，节后上牌。",
         signals=["new_customer", "off_hours"],
         note="Hard negative: During the National Day show a walk-in buyer pays the full price with her own card.")

# SCAM boss_impersonation (flag): look-alike e-mail from the GM, no balance probe.
YM.pay("test", "2026-10-03T16:50", "YM-FK-20261003001",
       payee("新疆星耀文化传媒有限公司", "3002041509200384172", "中国工商银行乌鲁木齐人民路支行", "corporate"),
       "156000", "广告费", "国庆车展抖音直播推广费",
       instr("email", "韩立峰",
             "周经理：国庆车展直播的投放合同我和星耀已经谈妥，对方要求今天付清15.6万才排期，请直接安排付款，"
             "流程等我回乌鲁木齐再走。我在北京厂家开会，有事邮件联系。\n韩立峰\n发自我的手机",
             "hanlifeng@yamali-autos.cn", urgent=True),
       "E3102", [],
       scam="boss_impersonation",
       signals=["email_instruction", "lookalike_domain", "boss_role", "first_time_payee", "no_approval",
                "urgency", "bypass_process", "cannot_call", "off_hours"],
       note="On a holiday an e-mail from a look-alike of the GM's address tells the finance manager to pay a media firm 156k today and do the paperwork later.")

# Hard negative: a buyer really paid the balance twice; refund to the same card.
YM.pay("test", "2026-10-08T12:15", "YM-FK-20261008001",
       payee("王建军", "6217002940162237741", "中国建设银行乌鲁木齐光明路支行", "personal"),
       "45000", "退款", "王建军购车尾款重复支付退回",
       erp("古丽娜尔", "金蝶云付款单：客户王建军L5尾款4.5万元于9月30日POS刷卡一笔、10月1日又网银转账一笔，银行对账单两笔均已入账，"
           "经客户书面申请，转账退回其本人付款卡（尾号7741）。"),
       "E3101", ["E3102"],
       signals=["personal_account", "refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: A buyer who paid his balance both by card and by transfer, both on the bank statement, gets one payment back to his own card.")

# Hard negative: the rest of the price will come from the brand's finance company.
YM.order("test", "2026-10-09T13:30", "YM-DD-20261009001",
         customer("买买提江·艾合买提", contact_name="买买提江", phone="15800004630"),
         [("远澜X7 2026款 两驱豪华版", "1", "台", "219800")], "in_person", SHOWROOM, "2026-10-20",
         "首付6.6万元本人银行卡已到账；余款15.38万元由远澜汽车金融有限公司审批后直接放款至我司账户",
         "客户贷款方案：36期，远澜汽车金融已出具放款通知书，放款到账后办理上牌提车。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: A buyer's down payment has cleared and the balance will be paid to the dealership directly by the brand's finance company.")

# SCAM fake_invoice (block), structural only: August's paid invoice sent again to a new account.
YM.pay("test", "2026-10-12T12:45", "YM-FK-20261012001",
       payee("新疆车艺汽车用品有限公司", "6230580000193846201", "平安银行乌鲁木齐分行", "corporate",
             None, "0991-0000635"),
       "26480", "货款", "精品采购款（贴膜、脚垫、行车记录仪）",
       instr("email", "车艺汽车用品 财务",
             "雅玛里财务您好：附件为贵司8月精品采购的发票及对账单，请安排付款，谢谢。\n新疆车艺汽车用品有限公司 财务部",
             "caiwu@cheyi-autoparts.com"),
       "E3101", ["E3102"], invoice_no=YM_DECOR_AUG_INVOICE,
       scam="fake_invoice", expect="block",
       signals=["duplicate_invoice", "first_time_payee", "email_instruction"],
       note="Structural only: An e-mailed bill carries the number of the accessories invoice already paid in August and asks for payment to an account not in the vendor master.")

# SCAM fake_order (block): project department orders pickups, designated fit-out shop, screenshot.
YM.order("test", "2026-10-14T17:20", "YM-DD-20261014001",
         customer("新疆恒路路桥工程有限公司（和若铁路项目部）", contact_name="项目部 吴工",
                  phone="18200002751", im_id="wxid_wg_hrtl_xmb"),
         [("远澜P3 皮卡 四驱豪华版", "3", "台", "142800")], "im",
         "和田地区民丰县和若铁路项目部", "2026-10-18",
         "对公转账（客户称已付全款，提供转账截图）",
         "吴工说车款42.84万已经从项目部对公户转了，截图显示“银行处理中”。皮卡还要加装绞盘和防滚架，项目上只认骏野改装厂，"
         "让我们先把3.75万改装费付给骏野，改好一起送过来，改装费他们跟车款一起结。",
         third_party=third("乌鲁木齐骏野汽车改装厂", "13600003408", "designated_supplier", "37500"),
         scam="fake_order", expect="block",
         signals=["designated_supplier", "fake_payment_proof", "new_customer", "off_catalogue_item",
                  "contact_im_only", "far_delivery"],
         note="A 'railway project department' orders three pickups, shows only a 'processing' transfer image, and wants the dealer to pay its chosen fit-out shop 37.5k first.")

# SCAM contract_fraud: new ride-hailing start-up wants a cooperation deposit.
YM.pay("test", "2026-10-15T12:30", "YM-FK-20261015001",
       payee("新疆畅e行出行科技有限公司", "880103003120485716", "乌鲁木齐银行高新区支行", "corporate"),
       "100000", "保证金", "网约车运力合作保证金（50台E3）",
       erp("李响", "金蝶云付款单：畅e行出行科技拟与我司合作投放50台E3网约车（对方称已获某市级交通集团背书），签约前须缴纳运力合作保证金10万元，"
           "合作满一年退还。该公司成立于2026年7月，注册资本100万元，实缴0。"),
       "E3110", ["E3102", "E3100"],
       scam="contract_fraud",
       signals=["deposit_words", "first_time_payee", "shell_company", "bigproject_words",
                "fee_asked_of_seller"],
       note="A two-month-old ride-hailing start-up with no paid-in capital wants a 100k 'capacity cooperation deposit' before signing a 50-car deal.")

# Routine payroll.
YM.pay("test", "2026-10-16T12:00", "YM-FK-20261016001", YM_PAYROLL, "428930", "工资",
       "9月工资代发（47人）", erp("周建新", "金蝶云付款单：9月工资代发（47人），工资表已审批"),
       "E3102", ["E3100"], note="Routine: Monthly payroll through the bank's payroll account.")

# SCAM advance_fee (block): "capital verification" to a personal account.
YM.pay("test", "2026-10-19T16:40", "YM-FK-20261019001",
       payee("郭志鹏", "6222023002157730419", "中国工商银行西宁城中支行", "personal"),
       "300000", "验资", "经营贷验资款（2小时后退回）",
       instr("im", "融通贷款 郭经理",
             "韩总，贵司申请的500万库存融资我们风控这边初审过了，但是最近三个月流水偏少，需要做一次驗資：打30萬到我们风控专员个人账户，"
             "系统自动核验，2小時內原路退回，退回后当天放款。这个是走绿色通道，不用跟财务那边说太细。",
             "wxid_rtdk_gjl2026"),
       "E3100", ["E3102"],
       scam="advance_fee", expect="block",
       signals=["personal_account", "loan_fee_words", "first_time_payee", "evasion_traditional",
                "secrecy_words", "im_instruction"],
       note="A loan broker tells the GM to park 300k on a 'risk officer's' personal card for capital verification before a stock loan is released.")

# SCAM account_lending (block): a customer's friend parked money to be forwarded.
YM.pay("test", "2026-10-20T12:20", "YM-FK-20261020001",
       payee("新疆丰茂建材贸易有限公司", "880104002855317462", "乌鲁木齐农村商业银行北京路支行", "corporate"),
       "185000", "代付", "代黄涛朋友公司付款",
       instr("im", "客户 黄涛",
             "李经理，上午转到你们公司账上的18.5万你们收到了吧？那是我一个朋友公司的钱，借你们对公账户走一下账，"
             "麻烦原数转给新疆丰茂建材贸易有限公司。回头我来提车的时候请你们吃饭。",
             "15800007712"),
       "E3110", ["E3102"],
       scam="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction"],
       note="A car customer's friend put 185k into the dealership's account that morning and now wants it forwarded in full to a building-materials trader.")

# Routine rental-company order.
YM.order("test", "2026-10-21T11:30", "YM-DD-20261021001", YM_TIANYI,
         [(L5, "5", "台", "159800")], "email", "乌鲁木齐市水磨沟区天驿租车南湖门店", "2026-11-05",
         "月结30天（框架合同YM-XS-2026-006）", "冬季运力补充",
         note="Routine: Framework order of five SUVs from the established car-rental company.")

# Hard negative: trade-in purchase of a used car paid to the owner's own card.
YM.pay("test", "2026-10-22T15:50", "YM-FK-20261022001",
       payee("杜建国", "6228480038857712905", "中国农业银行乌鲁木齐铁路局支行", "personal"),
       "68000", "二手车收购款", "置换收购杜建国2019款轿车（新A·D5K28）",
       erp("阿不都", "金蝶云付款单：二手车置换收购款｜车主杜建国本人｜收购合同YM-ES-2026-031，行驶证、登记证书原件已收，"
           "车辆已过户至我司名下，收款卡为车主本人名下"),
       "E3112", ["E3102", "E3100"], contract_id="YM-ES-2026-031",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A trade-in car bought from a private owner is paid to his own card after the title transfer.")

# Hard negative: loan part of a returned car goes back to the finance company that paid it.
YM.pay("test", "2026-10-26T12:10", "YM-FK-20261026001", YM_FIN, "79780", "退款",
       "陈静退车贷款部分原路退回远澜汽车金融",
       erp("古丽娜尔", "金蝶云付款单：客户陈静E3因电池包故障经厂家批准退车（厂家函YL-TH-2026-112），贷款部分7.978万元原路退回放款机构远澜汽车金融，"
           "首付部分另单退回客户本人原卡。"),
       "E3101", ["E3102", "E3100"], order_id="YM-DD-20260824001", changed_at=YM_FIN_CHANGED,
       signals=["refund_words", "account_changed_long_ago"],
       note="Hard negative: After a manufacturer-approved return, the loan part of the price goes back to the finance company that disbursed it.")

# Hard negative: deposit paid by scanning the dealership's own QR code.
YM.order("test", "2026-10-28T13:40", "YM-DD-20261028001",
         customer("孔德明", phone="18200005386"),
         [(L5, "1", "台", "159800")], "in_person", SHOWROOM, "2026-11-10",
         "定金3000元客户本人扫门店收款码支付（已到账），余款提车前付清",
         "客户到店扫前台立牌上的收款码付的定金，聚合支付后台已显示入账。",
         signals=["new_customer", "remote_control"],
         note="Hard negative: A walk-in buyer pays his deposit by scanning the dealership's own counter QR code, and it shows as received.")


# ===========================================================================
# shudeng — 郑州书灯文化艺术培训有限公司 (art, calligraphy and coding classes,
# campuses in 金水, 二七 and, from October, 郑东新区).  Finance office 09:00–18:00;
# campuses teach evenings and weekends.  Tuition is pre-paid into a bank
# pre-payment supervision account (预收费资金监管专户) as Zhengzhou requires.
# Staff: E4200 宋晓梅 principal/owner · E4201 程雪 cashier · E4202 任志刚 finance lead
#        E4210 刘畅 course adviser (金水) · E4211 黄蕾 二七 campus head
#        E4212 许诺 郑东 campus head · E4220 冯雨 HR.
# ===========================================================================

SD = Tenant("shudeng", "411901010090017325", "郑州书灯文化艺术培训有限公司")

SD_RENT_JS = payee("郑州文华置业有限公司", "1702020109000376541", "中国工商银行郑州金水支行",
                   "corporate", "V-SD01", "0371-0000512")
SD_ART = payee("河南墨香文化用品有限公司", "410501603108000125", "郑州银行金水东路支行",
               "corporate", "V-SD02", "0371-0000634")
SD_PRINT = payee("郑州启明印务有限公司", "30070101040021548", "中国农业银行郑州二七支行",
                 "corporate", "V-SD03", "0371-0000278")
SD_PROP = payee("郑州众联物业服务有限公司", "1702020509000514776", "中国工商银行郑州二七支行",
                "corporate", "V-SD04", "0371-0000391")
SD_LANDLORD_JIA = payee("贾国强", "6217002280041163875", "中国建设银行郑州大学路支行",
                        "personal", "V-SD06", "13600006153")
SD_TEACHER_BAI = payee("白露", "6228480568820034117", "中国农业银行郑州文化路支行", "personal", "V-SD11")
SD_ESCROW = payee("郑州书灯文化艺术培训有限公司（预收费资金监管专户）", "411901010090028816",
                  "中原银行郑州金水支行", "corporate", "OWN-JG")
SD_PAYROLL = payee("中原银行郑州金水支行（代发工资专户）", "411901010090030047", "中原银行郑州金水支行",
                   "corporate", "PAY-SD")
SD_TAX = payee("国家金库郑州市金水区支库", "41010500193366581", "国家金库郑州市金水区支库",
               "corporate", "TAX-SD")

JINSHUI = "金水校区（郑州市金水区文化路某号）"
ERQI = "二七校区（郑州市二七区大学路某号）"
ZHENGDONG = "郑东新区校区（郑州市郑东新区商务外环路某号）"
ART_AUTUMN = "少儿美术 秋季班（48课时）"
CODE_36 = "少儿编程 Scratch进阶（36课时）"
PEN_30 = "硬笔书法 秋季班（30课时）"
BRUSH_40 = "软笔书法 周末班（40课时）"

# ---- shudeng history ------------------------------------------------------

# Quarterly rent for the Jinshui campus.
SD.pay("history", "2026-08-03T10:30", "SD-FK-20260803001", SD_RENT_JS, "96000", "租金",
       "金水校区2026年第三季度房租",
       erp("程雪", "钉钉审批单：金水校区2026年第三季度房租｜文华置业｜租赁合同SD-ZL-2024-001"),
       "E4201", ["E4202", "E4200"], contract_id="SD-ZL-2024-001", invoice_no=inv("SD-h-rent1", "41"),
       note="Routine: Quarterly rent for the Jinshui campus paid to the landlord company.")

# A returning parent renews the art class.
SD.order("history", "2026-08-04T15:20", "SD-DD-20260804001",
         customer("王丽娟", phone="13600001846", customer_id="C-SD031"),
         [(ART_AUTUMN, "1", "人", "4800")], "in_person", JINSHUI, "2026-09-05",
         "银行转账至监管专户（已到账）", "老学员陈可欣续报秋季班",
         note="Routine: A returning pupil's parent renews the autumn art class, paid into the supervision account.")

# Art supplies.
SD.pay("history", "2026-08-05T11:00", "SD-FK-20260805001", SD_ART, "18650", "货款",
       "秋季画材采购（水彩、画纸、画板）",
       erp("程雪", "钉钉审批单：秋季画材采购（水彩、画纸、画板）｜墨香文化｜合同SD-CG-2026-002"),
       "E4201", ["E4202"], contract_id="SD-CG-2026-002", invoice_no=inv("SD-h-art1", "41"),
       note="Routine: Autumn art supplies from the regular stationery wholesaler.")

# Part-time calligraphy teacher's fee.
SD.pay("history", "2026-08-06T16:00", "SD-FK-20260806001", SD_TEACHER_BAI, "3600", "劳务费",
       "7月书法兼职课时费（24课时）",
       erp("冯雨", "钉钉审批单：兼职教师白露7月书法课时费24课时×150元，劳务协议SD-JZ-2026-011，已代扣个税"),
       "E4220", ["E4202"], contract_id="SD-JZ-2026-011",
       note="Routine: Monthly fee of a part-time calligraphy teacher paid to her own card.")

# Utilities and property fee.
SD.pay("history", "2026-08-07T10:40", "SD-FK-20260807001", SD_PROP, "8420.50", "物业费",
       "7月水电及物业费（二七校区）",
       erp("程雪", "钉钉审批单：7月水电及物业费（二七校区）｜众联物业｜物业合同SD-WY-2025-003"),
       "E4201", ["E4202"], contract_id="SD-WY-2025-003", invoice_no=inv("SD-h-prop1", "41"),
       note="Routine: Monthly utilities and property fee for the Erqi campus.")

# Coding-class enrolment (the pupil withdraws in September).
SD.order("history", "2026-08-10T14:30", "SD-DD-20260810001",
         customer("李建华", phone="15800002531", customer_id="C-SD044"),
         [(CODE_36, "1", "人", "5400")], "in_person", JINSHUI, "2026-09-06",
         "银行卡转账至监管专户（已到账）", "学员李沐阳，周六上午班",
         note="Routine: A parent enrols a child in the coding class, paid into the supervision account.")

# Printing of course books.
SD.pay("history", "2026-08-11T11:20", "SD-FK-20260811001", SD_PRINT, "12300", "印刷费",
       "秋季教材印刷（美术、书法）",
       erp("程雪", "钉钉审批单：秋季教材印刷（美术、书法）｜启明印务｜合同SD-CG-2026-004"),
       "E4201", ["E4202"], contract_id="SD-CG-2026-004", invoice_no=inv("SD-h-print1", "41"),
       note="Routine: Autumn course books from the regular printer.")

# Art-class enrolment paid from the mother's own card.
SD.order("history", "2026-08-12T15:10", "SD-DD-20260812001",
         customer("林雅", phone="18200001694", customer_id="C-SD057"),
         [(ART_AUTUMN, "1", "人", "4800")], "in_person", JINSHUI, "2026-09-05",
         "学费由家长林雅本人银行卡转入监管专户（已到账）", "学员陈思睿，周日下午班",
         note="Routine: A mother enrols her son in the art class and pays from her own card.")

# Tuition refund to the card that paid.
SD.pay("history", "2026-08-13T16:40", "SD-FK-20260813001",
       payee("张敏", "6217002280036618204", "中国建设银行郑州纬四路支行", "personal"),
       "2400", "退费", "张敏（学员刘子墨）暑期班剩余课时退费",
       erp("刘畅", "钉钉审批单：学员刘子墨暑期班剩余16课时×150元退费，按原付款卡（尾号8204）退回，家长签字退费申请已上传"),
       "E4210", ["E4202"],
       note="Routine: Unused summer-class hours refunded to the parent's card that paid.")

# Monthly payroll.
SD.pay("history", "2026-08-17T15:00", "SD-FK-20260817001", SD_PAYROLL, "268540", "工资",
       "7月工资代发（38人）", erp("任志刚", "钉钉审批单：7月工资代发（38人），工资表已审批"),
       "E4202", ["E4200"], note="Routine: Monthly payroll through the bank's payroll account.")

# Tuition taken at the front desk moved into the supervision account.
SD.pay("history", "2026-08-19T11:30", "SD-FK-20260819001", SD_ESCROW, "42600", "学费归集",
       "8月上旬线下收取学费归集至监管专户",
       erp("程雪", "钉钉审批单：按《郑州市校外培训机构预收费监管实施办法》，8月1日—15日前台POS收取学费42600元归集至中原银行预收费资金监管专户"),
       "E4201", ["E4202"],
       note="Routine: Tuition taken at the front desk is moved into the school's own supervised pre-payment account.")

# Calligraphy enrolment.
SD.order("history", "2026-08-20T14:50", "SD-DD-20260820001",
         customer("周婷", phone="13600009427", customer_id="C-SD052"),
         [(BRUSH_40, "1", "人", "3600")], "in_person", ERQI, "2026-09-06",
         "银行转账至监管专户（已到账）", "学员周子涵，周六下午班",
         note="Routine: A parent enrols a child in the weekend calligraphy class.")

# Quarterly rent to the individual landlord of the Erqi campus.
SD.pay("history", "2026-09-01T11:10", "SD-FK-20260901001", SD_LANDLORD_JIA, "45000", "租金",
       "二七校区第三季度房租",
       erp("程雪", "钉钉审批单：二七校区第三季度房租｜出租人贾国强（个人）｜租赁合同SD-ZL-2025-002，税务局代开租赁发票"),
       "E4201", ["E4202", "E4200"], contract_id="SD-ZL-2025-002",
       note="Routine: Quarterly rent for the Erqi campus paid to its individual landlord.")

# Monthly VAT.
SD.pay("history", "2026-09-03T16:00", "SD-FK-20260903001", SD_TAX, "21386.40", "税款",
       "8月增值税及附加", erp("任志刚", "电子税务局三方协议扣缴：8月增值税及附加"),
       "E4202", ["E4200"], note="Routine: Monthly VAT through the tax bureau's three-party debit.")

# ---- shudeng test ---------------------------------------------------------

# Routine art-supply top-up.
SD.pay("test", "2026-09-07T10:20", "SD-FK-20260907001", SD_ART, "9860", "货款",
       "9月画材补货（丙烯颜料、素描纸）",
       erp("程雪", "钉钉审批单：9月画材补货（丙烯颜料、素描纸）｜墨香文化｜合同SD-CG-2026-002"),
       "E4201", ["E4202"], contract_id="SD-CG-2026-002", invoice_no=inv("SD-t-art1", "41"),
       note="Routine: Monthly art-supply top-up from the regular wholesaler.")

# Hard negative: a software company buys coding classes for its employees' children.
SD.order("test", "2026-09-08T14:30", "SD-DD-20260908001",
         customer("郑州智航软件科技有限公司", uscc("91410100", "MA9G3K7R"), "人事行政部 常女士",
                  "0371-0000759", "hr@zhihang-soft.cn"),
         [("少儿编程 Scratch入门（36课时，企业团购价）", "25", "人", "3980")], "email",
         ZHENGDONG, "2026-09-19", "公司对公转账至我校预收费监管专户（已到账）",
         "公司给员工子女的年度福利，名单25人由HR提供，学费由公司统一支付，发票抬头为公司。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: A software company buys 25 coding-class places for employees' children and has already paid from its own account.")

# SCAM overpayment_refund (block): fake parent on a new WeChat, refund to her "brother".
SD.pay("test", "2026-09-08T17:40", "SD-FK-20260908001",
       payee("王磊", "6222020200118825374", "中国工商银行商丘分行", "personal"),
       "3200", "退费", "王丽娟（学员陈可欣）秋季班剩余课时退费",
       instr("im", "王丽娟（家长）",
             "刘老师，我是可欣妈妈，换了个微信。孩子这学期要转学去商丘了，美术课剩下的课时退了吧，大概3200。"
             "我原来付款那张卡挂失了，退到我弟弟王磊卡上就行，6222020200118825374，今天能退吗？",
             "wxid_wlj_0908new"),
       "E4210", ["E4202"], order_id="SD-DD-20260804001",
       scam="overpayment_refund", expect="block",
       signals=["refund_words", "refund_to_other_account", "im_instruction", "new_contact",
                "personal_account", "first_time_payee"],
       note="A 'mother' writing from a new WeChat account asks for her child's unused art-class fees to be refunded to her brother's card because hers is 'lost'.")

# Hard negative: unused coding hours refunded to the card that paid.
SD.pay("test", "2026-09-09T11:30", "SD-FK-20260909001",
       payee("李建华", "6217002280069912358", "中国建设银行郑州纬五路支行", "personal"),
       "2850", "退费", "李建华（学员李沐阳）编程课剩余19课时退费",
       erp("刘畅", "钉钉审批单：学员李沐阳因课后托管时间冲突退课，剩余19课时×150元=2850元，按原付款卡（尾号2358）退回；"
           "家长签字退费申请已上传，监管户已按退费申请划回基本户。"),
       "E4210", ["E4202"], order_id="SD-DD-20260810001",
       signals=["personal_account", "refund_words", "first_time_payee"],
       note="Hard negative: A pupil drops the coding class and the unused hours go back to the parent's card that paid.")

# Hard negative: front-desk tuition moved into the school's own supervised account.
SD.pay("test", "2026-09-10T12:00", "SD-FK-20260910001", SD_ESCROW, "58300", "学费归集",
       "9月上旬线下收取学费归集至监管专户",
       erp("程雪", "钉钉审批单：按《郑州市校外培训机构预收费监管实施办法》，9月1日—9日前台POS及现金收取学费58300元归集至中原银行预收费资金监管专户"),
       "E4201", ["E4202"],
       signals=["safe_account_words"],
       note="Hard negative: Tuition taken at the front desk is moved, as the city's rules require, into the school's own supervised pre-payment account.")

# SCAM authority_impersonation (block): fake education bureau, "supervision account" held by a person.
SD.pay("test", "2026-09-11T13:20", "SD-FK-20260911001",
       payee("孙立群", "6228480568834471205", "中国农业银行周口分行", "personal"),
       "86000", "监管资金", "预收费监管差额补缴",
       instr("sms", "自称郑州市教育局校外培训监管科",
             "【校外培训监管平台】郑州书灯文化艺术培训有限公司：经系统比对，贵机构秋季预收学费未足额纳入监 管 账 户，差额86000元。"
             "请于今日16时前转入监 管 账 户（临时代收人：孙立群 6228480568834471205），逾期将暂停招生并列入黑名单。咨询：18200003317",
             "18200003317", urgent=True),
       "E4201", ["E4202"],
       scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "personal_account", "first_time_payee",
                "urgency", "evasion_spacing"],
       note="An SMS posing as the education bureau claims a shortfall in supervised tuition and demands 86k today into a 'supervision account' collected by an individual.")

# Routine calligraphy renewal.
SD.order("test", "2026-09-14T15:10", "SD-DD-20260914001",
         customer("周婷", phone="13600009427", customer_id="C-SD052"),
         [(PEN_30, "1", "人", "2850")], "in_person", ERQI, "2026-09-19",
         "银行转账至监管专户（已到账）", "学员周子涵加报硬笔书法",
         note="Routine: An established parent adds a pen-calligraphy class for her child.")

# Routine utilities.
SD.pay("test", "2026-09-14T16:30", "SD-FK-20260914001", SD_PROP, "9137.80", "物业费",
       "8月水电及物业费（二七校区）",
       erp("程雪", "钉钉审批单：8月水电及物业费（二七校区）｜众联物业｜物业合同SD-WY-2025-003"),
       "E4201", ["E4202"], contract_id="SD-WY-2025-003", invoice_no=inv("SD-t-prop1", "41"),
       note="Routine: Monthly utilities and property fee for the Erqi campus.")

# Hard negative: Meituan merchant deposit paid from the merchant back office.
SD.pay("test", "2026-09-15T10:30", "SD-FK-20260915001",
       payee("美团平台商家保证金专户", "1109302101000512604", "招商银行北京分行营业部", "corporate"),
       "5000", "保证金", "美团教培类目商家保证金（二七校区门店）",
       erp("黄蕾", "钉钉审批单：二七校区美团门店开通教培类目，按美团商家后台《保证金缴纳通知》向平台保证金专户缴纳5000元，"
           "闭店可申请退还；缴费页面从商家后台进入，非客服提供。"),
       "E4211", ["E4202"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: The Erqi campus pays Meituan's merchant deposit through the page in its own merchant back office.")

# SCAM fake_order (block): "school teacher" wants us to advance money to her chosen stationery shop.
SD.order("test", "2026-09-15T10:50", "SD-DD-20260915001",
         customer("郑州市金水区某小学（课后服务）", contact_name="张老师", phone="15800008315",
                  im_id="wxid_zls_jsxx2026"),
         [("课后服务美术课程（3个班，1学期）", "1", "项", "36000")], "im",
         "郑州市金水区某小学", "2026-09-21",
         "学校对公转账（对方发来转账截图，称次日到账）",
         "张老师说学校课后服务要开3个美术班，课时费3.6万学校已经转了，截图发过来了。另外120套画具学校只认文渊文具店的，"
         "让我们先垫1.44万给文渊，连课时费一起走学校账。",
         third_party=third("郑州市金水区文渊文具店", "13600004562", "designated_supplier", "14400"),
         scam="fake_order", expect="block",
         signals=["institution_claim", "designated_supplier", "fake_payment_proof", "new_customer",
                  "contact_im_only"],
         note="A 'primary-school teacher' books after-school art classes, sends a transfer image, and asks the school chain to advance 14.4k for easels at the stationery shop she names.")

# Hard negative: part-time teacher's monthly fee.
SD.pay("test", "2026-09-16T15:40", "SD-FK-20260916001", SD_TEACHER_BAI, "4050", "劳务费",
       "8月书法兼职课时费（27课时）",
       erp("冯雨", "钉钉审批单：兼职教师白露8月书法课时费27课时×150元，劳务协议SD-JZ-2026-011，已代扣个税"),
       "E4220", ["E4202"], contract_id="SD-JZ-2026-011",
       signals=["personal_account"],
       note="Hard negative: A part-time teacher's monthly fee paid to her own card, as in earlier months.")

# SCAM task_rebate (block): course adviser wants company money for review-boosting "tasks".
SD.pay("test", "2026-09-17T11:10", "SD-FK-20260917001",
       payee("韦春燕", "6212260200165530981", "中国工商银行柳州分行", "personal"),
       "5000", "推广费", "点评好评推广任务充值",
       instr("im", "刘畅",
             "【派单员】第5单为组合任务，充值5000元，完成后返本金+佣金650元。\n"
             "刘畅：任主管，这是校区做点评S单涨好评的任务，前几单都返了，这单要先充值，我自己卡里钱不够，先用公司的，返了就还。",
             "群:大众点评商家助力群"),
       "E4210", [],
       scam="task_rebate", expect="block",
       signals=["personal_account", "first_time_payee", "task_rebate_words", "topup_words",
                "evasion_homophone", "no_approval", "im_instruction"],
       note="A course adviser asks for 5,000 of company money to a stranger's card to finish a 'combined task' for fake reviews, expecting principal plus commission back.")

# SCAM account_change (block): landlord's "new account" by free-mail two days before rent.
SD.pay("test", "2026-09-18T16:10", "SD-FK-20260918001",
       payee("郑州文华置业有限公司", "6225880288124716", "招商银行郑州分行营业部", "corporate",
             "V-SD01", "0371-0000512"),
       "96000", "租金", "金水校区2026年第四季度房租",
       instr("email", "文华置业 财务部",
             "书灯培训财务：\n因我司基本户迁移，原工行账户即将注销，第四季度房租请汇入招商银行郑州分行营业部新账户（见附件盖章函），原账户请勿再汇。\n"
             "郑州文华置业有限公司 财务部",
             "wenhuazhiye_cw@163.com"),
       "E4201", ["E4202", "E4200"], contract_id="SD-ZL-2024-001", invoice_no=inv("SD-t-rent1", "41"),
       changed_at="2026-09-16T10:25",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "email_instruction",
                "account_change_words", "free_mail"],
       note="A free-mail message 'from the landlord' moves the Jinshui campus rent to a new bank account keyed in two days earlier, and this quarter's rent is the first payment to it.")

# Hard negative: Meituan trial-class voucher, settled by the platform.
SD.order("test", "2026-09-21T13:50", "SD-DD-20260921001",
         customer("何倩", phone="18200007265"),
         [("少儿美术体验课（美团团购，2课时）", "1", "次", "99")], "other", ERQI, "2026-09-27",
         "美团团购券到店核销，平台按周结算", "家长在美团买的体验课，核销后平台结算，不在校区收款。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: A trial class bought on Meituan is redeemed at the campus and settled by the platform.")

# SCAM boss_impersonation (block): fake principal, balance probe, emoji for money.
SD.pay("test", "2026-09-22T12:40", "SD-FK-20260922001",
       payee("河南锦程装饰工程有限公司", "1702021809000284513", "中国工商银行郑州花园路支行", "corporate"),
       "126000", "预付款", "郑东校区装修预付款",
       instr("im", "宋晓梅",
             "宋晓梅：小程，现在账上能用的钱有多少？截个图给我\n"
             "程雪：宋校长，基本户可用31万多，监管户不能动\n"
             "宋晓梅：好的。郑东校区装修的合同我昨天签了，预付款12.6万今天要给锦程装饰💰，账号我发你。"
             "我这边在教育局开会，手机静音，有事微信说。审批单等我回去签，先别跟任主管讲，我自己跟他说。",
             "wxid_sxm_xiaozhang", urgent=True),
       "E4201", [],
       scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "boss_role", "first_time_payee",
                "no_approval", "cannot_call", "secrecy_words", "bypass_process", "evasion_symbols"],
       note="A fake 'principal' asks the cashier for a balance screenshot, then orders a 126k fit-out prepayment to an unknown decorator without approval and without telling the finance lead.")

# Hard negative: parent charged twice at the POS; one charge returned to the same card.
SD.pay("test", "2026-09-24T15:20", "SD-FK-20260924001",
       payee("郑慧", "6217002280081145209", "中国建设银行郑州经三路支行", "personal"),
       "4800", "退费", "郑慧重复缴费退回（学员刘一诺美术秋季班）",
       erp("黄蕾", "钉钉审批单：家长郑慧9月20日在前台POS刷卡缴费时因小票未出重复刷卡两次，银行结算单显示两笔4800元均已入账，"
           "经家长申请将多缴的一笔退回原卡（尾号5209）。"),
       "E4211", ["E4202"],
       signals=["personal_account", "refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: A parent who was really charged twice at the front-desk terminal gets one charge back to the same card.")

# SCAM fake_salary (block): five part-time teachers' fees to the "team leader's" card.
SD.pay("test", "2026-09-28T16:30", "SD-FK-20260928001",
       payee("秦朗", "6228480568846612390", "中国农业银行郑州花园路支行", "personal"),
       "13650", "劳务费", "9月兼职老师课时费（5人）",
       instr("im", "秦朗（兼职助教组长）",
             "冯老师好，这个月5个兼职老师的课时费统一打我卡上吧，我再一个个转给她们，她们都是大学生，卡不好弄。"
             "明细：周敏3150、陶然2700、韩笑2850、米粒2400、孔雪2550。",
             "wxid_qinlang_zj"),
       "E4220", ["E4202"],
       scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "payee_not_employee", "personal_account",
                "first_time_payee", "im_instruction"],
       note="A self-styled leader of the part-time assistants asks for five teachers' fees to be paid in one sum to his own card.")

# Hard negative: quarterly rent to the individual landlord.
SD.pay("test", "2026-09-29T11:20", "SD-FK-20260929001", SD_LANDLORD_JIA, "45000", "租金",
       "二七校区第四季度房租",
       erp("程雪", "钉钉审批单：二七校区第四季度房租｜出租人贾国强（个人）｜租赁合同SD-ZL-2025-002，税务局代开租赁发票"),
       "E4201", ["E4202", "E4200"], contract_id="SD-ZL-2025-002",
       signals=["personal_account"],
       note="Hard negative: Quarterly rent to the Erqi campus's individual landlord, same card as last quarter.")

# Hard negative: Teachers' Day and Mid-Autumn allowances through payroll.
SD.pay("test", "2026-09-30T11:20", "SD-FK-20260930001", SD_PAYROLL, "24600", "福利费",
       "教师节及中秋慰问补贴代发（41人）",
       erp("任志刚", "钉钉审批单：教师节及中秋慰问补贴，按员工名册41人×600元，经代发工资专户发放至各人工资卡"),
       "E4202", ["E4200"],
       signals=["subsidy_words"],
       note="Hard negative: Holiday allowances for 41 staff paid through the usual payroll account.")

# SCAM advance_fee: fee and risk deposit before an unsecured loan is paid out.
SD.pay("test", "2026-10-08T14:20", "SD-FK-20261008001",
       payee("河南豫融企业管理咨询有限公司", "1702022309000417362", "中国工商银行郑州东风路支行", "corporate"),
       "12000", "服务费", "校区扩张贷款前期服务费及风险保证金",
       instr("phone", "豫融企业 客户经理 顾先生",
             "电话沟通后对方微信发来：宋总您好，贵校80万无抵押信用贷已预审通过，年化3.6%，放款前需支付贷款金额1.5%的前期服务费及风险保证金共1.2万元，"
             "到账后3个工作日内放款。名额有限，本周内办理。",
             "15800005197"),
       "E4202", ["E4200"],
       scam="advance_fee",
       signals=["phone_instruction", "loan_fee_words", "fee_words", "deposit_words", "first_time_payee"],
       note="A consultancy says an 800k unsecured loan for a new campus is pre-approved but wants 12k in fees and a risk deposit before paying it out.")

# SCAM contract_fraud: regional agency for an "AI coding" course, deposit to a new shell.
SD.pay("test", "2026-10-09T16:00", "SD-FK-20261009001",
       payee("郑州智启未来教育科技有限公司", "1702024109000530218", "中国工商银行郑州郑东新区支行", "corporate"),
       "50000", "保证金", "AI编程课程区域代理保证金",
       erp("许诺", "钉钉审批单：智启未来称其AI编程课程由国家级重点实验室背书，授予我校金水区独家代理权，签约前须交代理保证金5万元（一年后无违约退还），"
           "另按招生额15%收取渠道居间费。该公司成立于2026年7月，实缴资本0，合同为对方模板。"),
       "E4212", ["E4202", "E4200"],
       scam="contract_fraud",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company",
                "fee_asked_of_seller", "middleman_fee"],
       note="A three-month-old firm with no paid-in capital sells an 'exclusive district agency' for an AI coding course against a 50k deposit and a finder's cut.")

# Hard negative: first rent and deposit to the new campus landlord, verified by call-back.
SD.pay("test", "2026-10-12T11:40", "SD-FK-20261012001",
       payee("郑州正弘商业运营管理有限公司", "1702024509000211837", "中国工商银行郑州商务内环支行",
             "corporate", "V-SD07", "0371-0000926"),
       "126000", "租金", "郑东校区首期房租（3个月）及租赁押金",
       erp("许诺", "钉钉审批单：郑东校区租赁合同SD-ZL-2026-003已双方盖章，首期房租9万元+押金3.6万元，收款账户与合同及出租方营业执照名称一致，"
           "已回拨出租方公示座机核实账户。"),
       "E4212", ["E4202", "E4200"], contract_id="SD-ZL-2026-003", invoice_no=inv("SD-t-rent2", "41"),
       verification=verified("0371-0000926", "E4202", "2026-10-12T11:10"),
       signals=["first_time_payee", "deposit_words"],
       note="Hard negative: First rent and deposit for the new campus go to the landlord company named in the signed lease, confirmed by a call to its published number.")

# Hard negative: tuition paid by the pupil's grandfather.
SD.order("test", "2026-10-13T15:30", "SD-DD-20261013001",
         customer("孙浩", phone="13600005928"),
         [(CODE_36, "1", "人", "5400")], "in_person", JINSHUI, "2026-10-17",
         "学费由学员外公杜永明银行卡转账至监管专户（已到账）",
         "孙浩夫妇在外地工作，孩子由外公杜永明接送，学费外公代付，家长在报名表上签字确认。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: A pupil's grandfather, who brings him to class, pays the coding-class fee into the supervision account on the parents' behalf.")

# SCAM fake_invoice: "directory listing and web-address renewal" notice.
SD.pay("test", "2026-10-14T10:40", "SD-FK-20261014001",
       payee("中教信息名录服务中心", "6230520280001937645", "中国农业银行北京海淀支行", "unknown",
             None, "010-0000294"),
       "2680", "年费", "全国教育培训机构名录年度收录及网址续费",
       instr("letter", "中教信息名录服务中心",
             "《年度收录续费通知单》\n郑州书灯文化艺术培训有限公司：贵单位在《全国教育培训机构名录》的收录及配套通用网址“书灯培训”将于2026年10月31日到期，"
             "请于到期前缴纳年度续费2680元，逾期将停止收录并释放网址，由他人注册。",
             "010-0000294"),
       "E4201", ["E4202"],
       scam="fake_invoice",
       signals=["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
       note="A posted 'renewal notice' from an unknown directory centre bills 2,680 for a listing and web address the school never ordered.")

# Hard negative: refund to the grandfather's card that paid, with the parent's written authorisation.
SD.pay("test", "2026-10-15T16:10", "SD-FK-20261015001",
       payee("杜永明", "6228480568852297734", "中国农业银行郑州金水支行", "personal"),
       "5400", "退费", "孙浩（学员孙一鸣）编程课全额退费，原路退回付款人杜永明",
       erp("刘畅", "钉钉审批单：学员孙一鸣开课前退课，学费5400元系外公杜永明农行卡（尾号7734）转入监管专户；家长孙浩签署《退费授权书》同意退回原付款卡，"
           "已用报名表留存手机回拨孙浩确认，监管户已划回。"),
       "E4210", ["E4202"], order_id="SD-DD-20261013001",
       verification=verified("13600005928", "E4202", "2026-10-15T15:45"),
       signals=["personal_account", "refund_words", "first_time_payee", "payee_name_mismatch"],
       note="Hard negative: A full refund goes back to the grandfather's card that paid, with the parent's signed authorisation and a call-back to the number on the enrolment form.")

# Routine payroll.
SD.pay("test", "2026-10-16T11:00", "SD-FK-20261016001", SD_PAYROLL, "275910", "工资",
       "9月工资代发（41人）", erp("任志刚", "钉钉审批单：9月工资代发（41人），工资表已审批"),
       "E4202", ["E4200"], note="Routine: Monthly payroll through the bank's payroll account.")

# SCAM account_lending (block): parent wants his friend's company money passed through.
SD.order("test", "2026-10-19T14:10", "SD-DD-20261019001",
         customer("韩冬", phone="15800003806", im_id="wxid_handong_zz77"),
         [(BRUSH_40, "1", "人", "3600")], "im", JINSHUI, "2026-10-24",
         "对公转账（付款方为韩冬朋友的公司）",
         "家长说孩子学费3600他让朋友公司一起打，打68000过来，扣掉学费剩下64400麻烦转到鸿通商贸，"
         "就是借你们公户过一下账，他朋友那边公对公走不了。",
         third_party=third("郑州鸿通商贸有限公司", "15800003806", "pass_through_payee", "64400"),
         scam="account_lending", expect="block",
         signals=["account_lending_words", "new_customer", "third_party_payer", "overpayment"],
         note="A new parent wants his friend's company to send 68k for a 3,600 class and the rest forwarded to a trading company through the school's account.")

# SCAM account_change (block), structural only: stationery supplier's account moved to Guangzhou.
SD.pay("test", "2026-10-20T11:30", "SD-FK-20261020001",
       payee("河南墨香文化用品有限公司", "440501580609000027", "中国建设银行广州天河支行", "corporate",
             "V-SD02", "0371-0000634"),
       "14280", "货款", "10月画材补货（国画颜料、宣纸）",
       erp("程雪", "钉钉审批单：10月画材补货（国画颜料、宣纸）｜墨香文化｜合同SD-CG-2026-002"),
       "E4201", ["E4202"], contract_id="SD-CG-2026-002", invoice_no=inv("SD-t-art2", "41"),
       changed_at="2026-10-15T17:05",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: The Zhengzhou stationery supplier's bank account was switched five days earlier to a Guangzhou branch, and this routine order is the first payment to it.")

# Hard negative: referral reward to a parent's own card.
SD.pay("test", "2026-10-21T15:20", "SD-FK-20261021001",
       payee("王丽娟", "6217002280093364518", "中国建设银行郑州丰产路支行", "personal"),
       "300", "推荐奖励", "老带新转介绍返现（推荐学员2名）",
       erp("刘畅", "钉钉审批单：秋季老带新活动，王丽娟推荐2名新学员已缴费上课，按活动规则每名150元返现，打至家长本人银行卡（与缴费卡一致）。"),
       "E4210", ["E4202"],
       signals=["personal_account", "task_rebate_words", "first_time_payee"],
       note="Hard negative: A parent gets the advertised cash-back for two referred pupils on the same card she pays tuition from.")

# SCAM overpayment_refund (block), structural only: refund keyed to a card nobody authorised.
SD.pay("test", "2026-10-22T12:30", "SD-FK-20261022001",
       payee("陈晓东", "6222020200134471186", "中国工商银行郑州陇海路支行", "personal"),
       "3200", "退费", "林雅（学员陈思睿）美术秋季班剩余课时退费",
       erp("刘畅", "钉钉审批单：学员陈思睿美术秋季班退课，剩余32课时×100元=3200元，退费至陈晓东（尾号1186）。"),
       "E4210", ["E4202"], order_id="SD-DD-20260812001",
       scam="overpayment_refund", expect="block",
       signals=["refund_to_other_account", "personal_account", "first_time_payee"],
       note="Structural only: A refund for a class paid from the mother's card is keyed to a card in another name that has never been paid and has no authorisation on file.")

# Routine printing.
SD.pay("test", "2026-10-23T10:50", "SD-FK-20261023001", SD_PRINT, "8760", "印刷费",
       "冬季班教材印刷", erp("程雪", "钉钉审批单：冬季班教材印刷｜启明印务｜合同SD-CG-2026-004"),
       "E4201", ["E4202"], contract_id="SD-CG-2026-004", invoice_no=inv("SD-t-print1", "41"),
       note="Routine: Winter-term course books from the regular printer.")

# Hard negative: Saturday refund at the campus to the card that paid.
SD.pay("test", "2026-10-24T16:30", "SD-FK-20261024001",
       payee("杨帆", "6217002280105527163", "中国建设银行郑州紫荆山路支行", "personal"),
       "1425", "退费", "杨帆（学员杨子轩）硬笔书法剩余课时退费",
       erp("黄蕾", "钉钉审批单：周六家长到二七校区办理退课，剩余15课时×95元=1425元，按原付款卡（尾号7163）退回，校区主管现场核对缴费记录，财务主管手机端审批。"),
       "E4211", ["E4202"],
       signals=["personal_account", "refund_words", "first_time_payee", "off_hours"],
       note="Hard negative: On a Saturday, when the campus is busiest, a parent's unused hours are refunded to the card that paid, approved on the finance lead's phone.")

# Hard negative: a primary school buys after-school calligraphy through public procurement.
SD.order("test", "2026-10-26T14:40", "SD-DD-20261026001",
         customer("郑州市金水区文博路小学", uscc("12410105", "41603872"), "教务处 马主任",
                  "0371-0000437", "jwc@wbl-school.edu.cn"),
         [("课后服务书法课程（6个班，2026-2027学年第一学期）", "1", "项", "64800")], "email",
         "郑州市金水区文博路小学", "2026-11-02",
         "政府采购合同：验收合格后财政国库集中支付（约30天）",
         "经金水区政府采购网公开比选成交（项目编号JSCG-2026-1187），合同已双方盖章，无需我方垫付任何费用，书法用具由学校自行采购。",
         signals=["institution_claim", "new_customer", "credit_terms_requested", "large_first_order"],
         note="Hard negative: A primary school awards after-school calligraphy classes through a published public procurement, paid by the treasury after acceptance.")

# Routine renewal by an established parent.
SD.order("test", "2026-10-28T15:00", "SD-DD-20261028001",
         customer("王丽娟", phone="13600001846", customer_id="C-SD031"),
         [(BRUSH_40, "1", "人", "3600")], "in_person", JINSHUI, "2026-11-07",
         "银行转账至监管专户（已到账）", "学员陈可欣加报软笔书法周末班",
         note="Routine: An established parent adds a weekend calligraphy class for her child.")


# ===========================================================================
# bijifang — 昆明碧鸡坊房地产经纪有限公司 (second-hand sales and managed
# rentals 租赁托管, Kunming).  Finance office 09:00–18:30; shops open weekends.
# Staff: E5300 杨建明 GM/owner · E5301 普琳 cashier · E5302 段志华 finance lead
#        E5310 李想 Xishan shop manager · E5311 和文斌 / E5312 字丽 / E5313 张海 agents
#        E5320 赵倩 title & escrow clerk.
# Buyers' deposits held by the agency go into the city's second-hand housing
# escrow account (存量房交易资金监管专户) under a three-party agreement.
# ===========================================================================

BJ = Tenant("bijifang", "530101020380015476", "昆明碧鸡坊房地产经纪有限公司")

BJ_SHOPRENT = payee("昆明滇池路商业管理有限公司", "2502012709000386541", "中国工商银行昆明滇池路支行",
                    "corporate", "V-BJ01", "0871-0000536")
BJ_AGENT_YANG = payee("杨春燕", "6217003760025583146", "中国建设银行昆明人民中路支行",
                      "personal", "V-BJ02", "15800009034")
BJ_COOP = payee("昆明春城置家房产经纪有限公司", "530501623600018471", "中国建设银行昆明北京路支行",
                "corporate", "V-BJ03", "0871-0000284")
BJ_LANDLORD_LI = payee("李秀英", "6228480868810273355", "中国农业银行昆明西山支行",
                       "personal", "V-BJ04", "13600003975")
BJ_LANDLORD_MA = payee("马国华", "6217003760031148729", "中国建设银行昆明东风路支行",
                       "personal", "V-BJ05", "18200009641")
BJ_PORTAL = payee("云房通网络科技（昆明）有限公司", "2502013409000447215", "中国工商银行昆明高新支行",
                  "corporate", "V-BJ06", "0871-0000719")
BJ_CLEAN = payee("昆明洁家家政服务有限公司", "880107000329576148", "昆明农村商业银行西山支行",
                 "corporate", "V-BJ07", "0871-0000462")
BJ_ESCROW = payee("昆明市存量房交易资金监管专户", "530501623600027735", "中国建设银行昆明城西支行",
                  "corporate", "JG-KM")
BJ_PAYROLL = payee("富滇银行昆明西山支行（代发工资专户）", "530101020380022917", "富滇银行昆明西山支行",
                   "corporate", "PAY-BJ")
BJ_TAX = payee("国家金库昆明市西山区支库", "53011200194471628", "国家金库昆明市西山区支库",
               "corporate", "TAX-BJ")

BJ_DIANYUN = customer("云南滇运物流有限公司", uscc("91530112", "MA6N8T4R"), "人事部 王主管",
                      "0871-0000294", "hr@dianyun-wl.com", None, "C-BJ301")
BJ_DUAN = customer("段丽华", phone="13600008016", customer_id="C-BJ205")

# ---- bijifang history -----------------------------------------------------

# Shop rent.
BJ.pay("history", "2026-08-03T10:40", "BJ-FK-20260803001", BJ_SHOPRENT, "28000", "租金",
       "西山店8月门店租金", erp("普琳", "OA审批：西山店8月门店租金｜滇池路商管｜租赁合同BJ-ZL-2024-002"),
       "E5301", ["E5302"], contract_id="BJ-ZL-2024-002", invoice_no=inv("BJ-h-shop1", "53"),
       note="Routine: Monthly rent for the Xishan shop.")

# Monthly rent passed on to a landlord whose flat the agency manages.
BJ.pay("history", "2026-08-04T11:30", "BJ-FK-20260804001", BJ_LANDLORD_LI, "3200", "租金",
       "托管房源8月租金（滇池路某小区2-3-502）",
       erp("普琳", "OA审批：托管房源8月租金｜房东李秀英（托管合同BJ-TG-2025-118）｜租客租金已收"),
       "E5301", ["E5302"], contract_id="BJ-TG-2025-118",
       note="Routine: Rent collected from a tenant passed on to the landlord of a managed flat.")

# A buyer's brokerage order.
BJ.order("history", "2026-08-05T15:00", "BJ-DD-20260805001",
         customer("钱立新", phone="15800004427", customer_id="C-BJ101"),
         [("二手房买卖居间服务（成交价128万元）", "1", "单", "25600")], "in_person",
         "昆明市西山区滇池路某小区3栋1单元801", "2026-08-20", "网签后3日内买方支付",
         "买方钱立新，首付+公积金贷款，房款走存量房资金监管",
         note="Routine: Brokerage agreement with a buyer whose purchase funds go through the city escrow.")

# Commission split with a partner agency.
BJ.pay("history", "2026-08-06T14:20", "BJ-FK-20260806001", BJ_COOP, "12800", "分佣款",
       "合作成交分佣（钱立新单，50%）",
       erp("普琳", "OA审批：合作成交分佣（钱立新单）｜春城置家｜合作协议BJ-HZ-2025-007"),
       "E5301", ["E5302"], contract_id="BJ-HZ-2025-007", invoice_no=inv("BJ-h-coop1", "53"),
       note="Routine: Commission split with the regular partner agency.")

# Rent passed on to a second managed-flat landlord.
BJ.pay("history", "2026-08-07T16:10", "BJ-FK-20260807001", BJ_LANDLORD_MA, "2800", "租金",
       "托管房源8月租金（马国华）",
       erp("普琳", "OA审批：托管房源8月租金｜房东马国华（托管合同BJ-TG-2025-131）｜租客租金已收"),
       "E5301", ["E5302"], contract_id="BJ-TG-2025-131",
       note="Routine: Rent passed on to the landlord of another managed flat.")

# Split with an independent agent.
BJ.pay("history", "2026-08-10T11:50", "BJ-FK-20260810001", BJ_AGENT_YANG, "6400", "佣金",
       "合作经纪人分佣（8月第1单）",
       erp("李想", "OA审批：独立经纪人杨春燕（合作协议BJ-HZ-2026-003）带看成交，按协议分佣6400元，代扣个税后支付至本人卡"),
       "E5310", ["E5302"], contract_id="BJ-HZ-2026-003",
       note="Routine: Commission split with an independent agent under her agreement.")

# A buyer's deposit held by the agency goes into the city escrow.
BJ.pay("history", "2026-08-12T15:30", "BJ-FK-20260812001", BJ_ESCROW, "50000", "定金监管",
       "钱立新购房定金转入存量房资金监管专户",
       erp("赵倩", "OA审批：钱立新购房定金5万元由我司代收，按《存量房交易资金监管协议》（编号KMJG-2026-08-0317）转入市存量房交易资金监管专户"),
       "E5320", ["E5302", "E5300"],
       note="Routine: A buyer's deposit held by the agency is moved into the city escrow account under the three-party agreement.")

# A landlord signs a management agreement.
BJ.order("history", "2026-08-13T10:30", "BJ-DD-20260813001", BJ_DUAN,
         [("房屋租赁托管服务（12个月）", "1", "套", "4200")], "in_person",
         "昆明市西山区前卫片区某小区7栋2单元602", "2026-08-20", "托管服务费从首月租金中扣除",
         "业主段丽华委托出租", note="Routine: A landlord signs a twelve-month rental-management agreement.")

# Listing-portal fees.
BJ.pay("history", "2026-08-14T11:10", "BJ-FK-20260814001", BJ_PORTAL, "9600", "服务费",
       "8月房源端口费（西山店12个端口）",
       erp("普琳", "OA审批：8月房源端口费｜云房通｜服务合同BJ-FW-2026-001"),
       "E5301", ["E5302"], contract_id="BJ-FW-2026-001", invoice_no=inv("BJ-h-portal1", "53"),
       note="Routine: Monthly listing-portal fees.")

# Payroll with commissions.
BJ.pay("history", "2026-08-17T16:00", "BJ-FK-20260817001", BJ_PAYROLL, "486300", "工资",
       "7月工资及提成代发（52人）", erp("段志华", "OA审批：7月工资及提成代发（52人），工资表已审批"),
       "E5302", ["E5300"], note="Routine: Monthly payroll and agents' commissions through the bank.")

# Cleaning and repairs for managed flats.
BJ.pay("history", "2026-08-20T14:40", "BJ-FK-20260820001", BJ_CLEAN, "4350", "服务费",
       "托管房源保洁及维修（7月）",
       erp("普琳", "OA审批：托管房源保洁及维修（7月）｜洁家家政｜服务合同BJ-FW-2025-009"),
       "E5301", ["E5302"], contract_id="BJ-FW-2025-009", invoice_no=inv("BJ-h-clean1", "53"),
       note="Routine: Cleaning and small repairs for managed flats.")

# A logistics company rents staff dormitories through the agency.
BJ.order("history", "2026-09-01T11:00", "BJ-DD-20260901001", BJ_DIANYUN,
         [("员工宿舍整租代理服务（6套，12个月）", "6", "套", "1800")], "email",
         "昆明市官渡区滇运物流园周边小区", "2026-09-10", "月结（合同BJ-QY-2026-004）",
         "新招司机宿舍", note="Routine: A logistics company rents six staff flats through the agency on monthly terms.")

# Monthly VAT.
BJ.pay("history", "2026-09-03T15:30", "BJ-FK-20260903001", BJ_TAX, "38562.80", "税款",
       "8月增值税及附加", erp("段志华", "电子税务局三方协议扣缴：8月增值税及附加"),
       "E5302", ["E5300"], note="Routine: Monthly VAT through the tax bureau's three-party debit.")

# ---- bijifang test --------------------------------------------------------

# Hard negative: managed-flat rent to the landlord, same card as before.
BJ.pay("test", "2026-09-07T11:20", "BJ-FK-20260907001", BJ_LANDLORD_LI, "3200", "租金",
       "托管房源9月租金（滇池路某小区2-3-502）",
       erp("普琳", "OA审批：托管房源9月租金｜房东李秀英（托管合同BJ-TG-2025-118）｜租客租金已收"),
       "E5301", ["E5302"], contract_id="BJ-TG-2025-118",
       signals=["personal_account"],
       note="Hard negative: Rent from a managed flat is passed on to the landlord's own card, as every month.")

# SCAM authority_impersonation (block): fake housing-bureau "new supervision account".
BJ.pay("test", "2026-09-08T15:40", "BJ-FK-20260908001",
       payee("云南安居资金监管服务中心", "6230580000217746520", "平安银行昆明分行营业部", "corporate",
             None, "0871-0000388"),
       "80000", "定金监管", "许志刚购房定金转入新监管账户",
       instr("phone", "自称市住建局存量房资金监管科 刘科长",
             "对方来电：自9月起全市存量房交易资金监管账户统一切换到“云南安居资金监管服务中心”，原建行监管专户停止接收，"
             "你们手上许志刚那套房的8万定金今天之内要转到新的监管账户，不转的话网签备案会被退回。随后发来新账户短信，"
             "要求不要给买卖双方打电话，免得他们误会。",
             "0871-0000388", urgent=True),
       "E5320", ["E5302"],
       scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "first_time_payee",
                "urgency", "secrecy_words", "account_change_words"],
       note="A caller posing as the housing bureau says the city escrow has 'moved' and a buyer's 80k deposit must go to a new 'supervision account' today without telling the parties.")

# Hard negative: the same deposit goes into the real city escrow account.
BJ.pay("test", "2026-09-09T12:10", "BJ-FK-20260909001", BJ_ESCROW, "80000", "定金监管",
       "许志刚购房定金转入存量房资金监管专户",
       erp("赵倩", "OA审批：许志刚购房定金8万元由我司代收，按《存量房交易资金监管协议》（编号KMJG-2026-09-0452）转入市存量房交易资金监管专户，"
           "协议上的监管账户与住建局官网公示账户一致。"),
       "E5320", ["E5302", "E5300"],
       signals=["safe_account_words", "deposit_words"],
       note="Hard negative: A buyer's deposit is moved into the genuine city escrow account named in the three-party agreement and on the bureau's website.")

# SCAM overpayment_refund (block): "buyer" overpays the reservation money, excess to a friend.
BJ.order("test", "2026-09-10T16:50", "BJ-DD-20260910001",
         customer("吕建波", phone="18200001473", im_id="wxid_ljb_km0910"),
         [("二手房买卖居间服务（翠湖片区房源，意向价205万元）", "1", "单", "41000")], "im",
         "昆明市五华区翠湖片区某小区", "2026-09-20", "意向金1万元（客户称已转账3万元）",
         "吕先生看中翠湖那套房，说意向金1万他转成了3万，发了手机银行截图，让我们把多的2万退给他朋友周海，"
         "说是之前借周海的钱正好还上。财务核对：对公账户未见入账。",
         third_party=third("周海", "13600007530", "refund_recipient", "20000"),
         scam="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
                  "contact_im_only"],
         note="A new 'buyer' claims he sent 30k instead of 10k reservation money and wants the 20k 'excess' paid to a friend he owes, though nothing has arrived.")

# Routine shop rent.
BJ.pay("test", "2026-09-11T10:30", "BJ-FK-20260911001", BJ_SHOPRENT, "28000", "租金",
       "西山店9月门店租金", erp("普琳", "OA审批：西山店9月门店租金｜滇池路商管｜租赁合同BJ-ZL-2024-002"),
       "E5301", ["E5302"], contract_id="BJ-ZL-2024-002", invoice_no=inv("BJ-t-shop1", "53"),
       note="Routine: Monthly rent for the Xishan shop.")

# Hard negative: commission split with the established independent agent.
BJ.pay("test", "2026-09-14T15:10", "BJ-FK-20260914001", BJ_AGENT_YANG, "9750", "佣金",
       "合作经纪人分佣（9月第1单，成交价195万元）",
       erp("李想", "OA审批：独立经纪人杨春燕（合作协议BJ-HZ-2026-003）带看成交，按协议分佣9750元，代扣个税后支付至本人卡"),
       "E5310", ["E5302"], contract_id="BJ-HZ-2026-003",
       signals=["personal_account", "task_rebate_words"],
       note="Hard negative: An independent agent's commission split paid to her own card, as under her agreement before.")

# SCAM boss_impersonation (block): fake owner, balance probe in pinyin, personal payee, secrecy.
BJ.pay("test", "2026-09-15T12:20", "BJ-FK-20260915001",
       payee("朱永康", "6228480868829914462", "中国农业银行曲靖分行", "personal"),
       "200000", "定金", "呈贡房源收购定金",
       instr("im", "杨建明",
             "杨建明：普琳，dgzh上现在还有多少？\n"
             "普琳：杨总，富滇基本户可用142万左右\n"
             "杨建明：呈贡有套法拍转出来的房子我谈好了，业主朱永康要先收20万定金才肯签，你马上转给他，卡号6228480868829914462。"
             "这事先别跟段志华说，他嘴不严，手续明天我补。",
             "wxid_yjm_bjf888", urgent=True),
       "E5301", [],
       scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "personal_account",
                "first_time_payee", "no_approval", "secrecy_words", "bypass_process", "evasion_pinyin",
                "deposit_words"],
       note="A fake 'owner' on WeChat asks how much is in the company account, then orders 200k to a private 'seller' at once and tells the cashier to keep the finance lead out of it.")

# Hard negative: a company organises a group purchase of flats for its staff.
BJ.order("test", "2026-09-16T14:30", "BJ-DD-20260916001",
         customer("云南滇中新材料有限公司", uscc("91530100", "MA6PXC2N"), "综合部 杨部长",
                  "0871-0000853", "zhb@dzxcl-yn.com"),
         [("员工团购二手房居间服务（按成交价1.5%计）", "8", "单", "16500")], "email",
         "昆明市呈贡区某小区（员工团购房源）", "2026-10-31", "居间服务费网签后由公司统一对公支付",
         "公司为引进的技术骨干团购住房，8名员工分别为买方，公司与我司签团购服务协议并统一支付服务费，不涉及我司代收代付房款。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: A manufacturer signs for eight staff home purchases and will pay the brokerage from its own account after contracts are filed.")

# SCAM account_change (block): managed-flat landlord's "new card" in another province.
BJ.pay("test", "2026-09-17T16:20", "BJ-FK-20260917001",
       payee("马国华", "6214830871125560", "招商银行贵阳分行", "personal", "V-BJ05", "18200009641"),
       "5600", "租金", "托管房源9—10月租金（马国华）",
       instr("im", "马国华（房东）",
             "小李，我原来那张建行卡被冻结了，以后房租打这张招行卡，我人在贵阳这边，名字还是我的，麻烦你们财务改一下。"
             "这两个月的租金今天能到吗？",
             "wxid_mgh_new0914"),
       "E5310", ["E5302"], contract_id="BJ-TG-2025-131", changed_at="2026-09-14T18:05",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "im_instruction", "new_contact",
                "account_change_words", "personal_account", "unusual_bank_region"],
       note="A 'landlord' on a new WeChat account had his rent card switched to a bank in another province three days ago, and two months' rent is now due to it.")

# Hard negative: reservation money refunded to the buyer's card that paid it.
BJ.pay("test", "2026-09-18T11:40", "BJ-FK-20260918001",
       payee("罗敏", "6217003760047728135", "中国建设银行昆明正义路支行", "personal"),
       "20000", "退款", "罗敏购房意向金退还（业主未签约，原路退回）",
       erp("和文斌", "OA审批：买方罗敏9月5日转入意向金2万元（银行回单0905-0213，付款卡尾号8135），业主最终未签约，按《意向金协议》第4条全额原路退回。"),
       "E5311", ["E5302"],
       signals=["personal_account", "refund_words", "first_time_payee", "deposit_words"],
       note="Hard negative: When the seller does not sign, the buyer's reservation money goes back to the card it came from, matched to the bank receipt.")

# SCAM fake_salary (block), structural only: three agents' commissions in one transfer.
BJ.pay("test", "2026-09-21T11:00", "BJ-FK-20260921001",
       payee("字丽", "6217003760052213698", "中国建设银行昆明滇池路支行", "personal"),
       "27460", "提成", "8月成交提成（和文斌、字丽、张海）",
       erp("赵倩", "OA审批：8月成交提成发放，明细见附表（和文斌9820、字丽8740、张海8900）。"),
       "E5320", ["E5302"],
       scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "personal_account", "first_time_payee"],
       note="Structural only: Three agents' commissions, normally paid through payroll, are sent in one sum to one agent's personal card.")

# SCAM fake_purchaser: "central SOE project HQ" wants 40 dorm flats on credit.
BJ.order("test", "2026-09-22T15:00", "BJ-DD-20260922001",
         customer("中铁某局集团云南指挥部", uscc_bad("91530111", "MA6R2E9W"), "物资部 陈部长",
                  "15800006681", "ztj_ynzhb@163.com", "wxid_czb_ztj2026"),
         [("员工宿舍整租代理服务（40套，12个月）", "40", "套", "1800")], "email",
         "昆明市官渡区（项目部附近，具体楼盘待定）", "2026-09-30",
         "季度结算；押金及首月租金由我司先行垫付，随季度结算",
         "对方说是央企项目部，要给300名工人租40套宿舍，租金和服务费按季度结，让我们先跟房东把租约签下来、押金和首月租金先由我们垫付，"
         "合同到他们项目部盖章签。",
         scam="fake_purchaser",
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                  "contact_mismatch", "free_mail", "invalid_credit_code"],
         note="A self-described central-SOE project office with a free-mail address and a credit code that fails its check wants 40 dorm flats, with the agency fronting deposits and first rents.")

# Routine commission split with the partner agency.
BJ.pay("test", "2026-09-23T10:50", "BJ-FK-20260923001", BJ_COOP, "15600", "分佣款",
       "合作成交分佣（9月，西山区某小区）",
       erp("普琳", "OA审批：合作成交分佣（9月）｜春城置家｜合作协议BJ-HZ-2025-007"),
       "E5301", ["E5302"], contract_id="BJ-HZ-2025-007", invoice_no=inv("BJ-t-coop1", "53"),
       note="Routine: Commission split with the regular partner agency.")

# SCAM task_rebate (block): agent wants the float for "video views" tasks, full-width digits.
BJ.pay("test", "2026-09-24T17:30", "BJ-FK-20260924001",
       payee("黄海燕", "6212260200178843019", "中国工商银行南宁分行", "personal"),
       "8800", "推广费", "房源短视频推广任务充值",
       instr("im", "和文斌",
             "【导师小雅】本轮为３单连单，第２单需充值８８００，完成后本金＋佣金１３２０一起返，中途退出前面的不返。\n"
             "和文斌：李店，这个是给店里房源视频刷播放量的任务，前面两单都返了，这单先从店里备用金走一下，返了我就还回来。",
             "群:房产短视频推广互助群"),
       "E5311", ["E5310"],
       scam="task_rebate", expect="block",
       signals=["personal_account", "first_time_payee", "task_rebate_words", "topup_words",
                "evasion_fullwidth", "im_instruction"],
       note="An agent asks for 8,800 of shop float to a stranger's card to clear the second of three 'linked orders' for video views.")

# Hard negative: brokerage paid by the buyer's son.
BJ.order("test", "2026-09-28T16:10", "BJ-DD-20260928001",
         customer("包振宇", phone="13600002284"),
         [("二手房买卖居间服务（成交价96万元）", "1", "单", "19200")], "in_person",
         "昆明市西山区前卫片区某小区", "2026-10-15",
         "居间服务费由买方之子包晨（上海）银行转账代付，付款人已在居间合同补充条款中载明",
         "买方年纪大，儿子在上海工作，佣金由儿子转账代付，父子均在补充条款签字。",
         signals=["new_customer", "third_party_payer"],
         note="Hard negative: An elderly buyer's brokerage fee will be paid by his son in Shanghai, as written into the signed contract.")

# SCAM advance_fee: "bridging finance" firm wants fees before paying out.
BJ.pay("test", "2026-09-29T14:40", "BJ-FK-20260929001",
       payee("云南鼎鑫融资服务有限公司", "2502015209000569310", "中国工商银行昆明北市区支行", "corporate"),
       "15000", "服务费", "业主赎楼垫资前期服务费及保证金",
       instr("im", "鼎鑫融资 王经理",
             "李店长，你们那套滇池卫城的房子业主要赎楼，垫资120万我们这边可以做，3天放款。按流程先打1.5万前期服务费和风控保证金到公司账户，"
             "放款时一起扣。今天交今天排单，明天再交就要排到下周了。",
             "18200002619", urgent=True),
       "E5310", ["E5302"],
       scam="advance_fee",
       signals=["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "urgency",
                "im_instruction"],
       note="A 'financing service' firm offers to fund a seller's mortgage redemption but wants 15k in fees and deposit from the agency before any money is released.")

# Hard negative: tenant's deposit returned to the card that paid it.
BJ.pay("test", "2026-10-08T11:20", "BJ-FK-20261008001",
       payee("邓晓宇", "6217003760069935417", "中国建设银行昆明青年路支行", "personal"),
       "5600", "退款", "托管房源租客押金退还（租期届满，原路退回）",
       erp("李想", "OA审批：托管房源滇池路某小区2-3-502租客邓晓宇租期届满退租，房屋交接单已签，押金5600元（押二）按原付款卡（尾号5417）退回。"),
       "E5310", ["E5302"],
       signals=["personal_account", "refund_words", "first_time_payee", "deposit_words"],
       note="Hard negative: At the end of a lease the tenant's two-month deposit goes back to the card that paid it, after the handover form is signed.")

# Hard negative: the owner's WeChat reminder pasted into a normal approved rent payment.
BJ.pay("test", "2026-10-09T11:30", "BJ-FK-20261009001", BJ_SHOPRENT, "28000", "租金",
       "西山店10月门店租金",
       erp("普琳", "OA审批：西山店10月门店租金｜滇池路商管｜租赁合同BJ-ZL-2024-002。附杨总微信：“普琳，滇池路那边的房租今天记得付，别拖了，合同照旧。”",
           urgent=True),
       "E5301", ["E5302"], contract_id="BJ-ZL-2024-002", invoice_no=inv("BJ-t-shop2", "53"),
       signals=["boss_role", "urgency"],
       note="Hard negative: The owner's WeChat nudge to pay the shop rent today is pasted into an ordinary approved payment to the usual landlord.")

# SCAM contract_fraud: distribution deposit paid to a channel firm, not the developer.
BJ.pay("test", "2026-10-09T15:50", "BJ-FK-20261009002",
       payee("云南锦城渠道管理有限公司", "2502016309000715442", "中国工商银行昆明呈贡支行", "corporate"),
       "300000", "保证金", "呈贡某新盘独家分销保证金",
       erp("杨建明", "OA审批：锦城渠道称受某置业公司委托负责其呈贡新盘（总货值30亿元）的全部分销，我司签独家分销协议须缴分销保证金30万元，"
           "收款方为锦城渠道而非开发商；开发商盖章的委托书仅为照片，锦城渠道成立于2026年6月。"),
       "E5300", ["E5302"],
       scam="contract_fraud",
       signals=["deposit_words", "payee_name_mismatch", "first_time_payee", "shell_company",
                "bigproject_words"],
       note="A four-month-old 'channel manager' sells exclusive rights to a big new development for a 300k deposit paid to itself rather than the developer, with only a photo of the mandate.")

# Hard negative: registration fee paid through the official non-tax channel.
BJ.pay("test", "2026-10-12T12:30", "BJ-FK-20261012001",
       payee("昆明市非税收入汇缴结算户", "2502010129000028331", "中国工商银行昆明分行营业部", "corporate"),
       "550", "登记费", "代缴不动产转移登记费（许志刚购房，客户已预付）",
       erp("赵倩", "OA审批：许志刚购房过户，不动产登记中心缴费通知书（缴款码530112260001873）登记费550元，经云南省非税收入统一缴费平台缴纳，费用已由买方预付给我司。"),
       "E5320", ["E5302"],
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: A property-registration fee is paid through the province's official non-tax payment platform with the registry's payment code.")

# SCAM fake_invoice: fake "credit information publication" annual review fee.
BJ.pay("test", "2026-10-13T10:40", "BJ-FK-20261013001",
       payee("全国房地产经纪信用信息公示服务中心", "6230580000228751196", "平安银行北京分行营业部",
             "unknown", None, "010-0000375"),
       "1980", "年费", "房地产经纪机构信用信息公示年审费",
       instr("email", "信用信息公示服务中心",
             "昆明碧鸡坊房地产经纪有限公司：\n贵机构在“全国房地产经纪信用信息公示平台”的年度公示将于10月20日到期，到期未年审的机构将标注为“信息异常”，"
             "影响网签资格。请于到期前缴纳年审服务费1980元，缴费后3个工作日内更新公示。\n（本通知由系统自动发送，请勿回复）",
             "gsfw_center@126.com"),
       "E5301", ["E5302"],
       scam="fake_invoice",
       signals=["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "free_mail",
                "authority_words", "urgency"],
       note="A free-mail 'annual review' bill from an unheard-of publication centre threatens the agency's contract-filing rights unless 1,980 is paid.")

# Hard negative: first commission to a newly signed independent agent.
BJ.pay("test", "2026-10-14T14:20", "BJ-FK-20261014001",
       payee("沈佳", "6228480868837761254", "中国农业银行昆明五华支行", "personal", "V-BJ08"),
       "7200", "佣金", "合作经纪人分佣（沈佳，10月第1单）",
       erp("李想", "OA审批：独立经纪人沈佳（合作协议BJ-HZ-2026-019，身份证及本人银行卡已备案）带看成交翠湖片区一套，按协议分佣7200元，代扣个税后支付至本人卡。"),
       "E5310", ["E5302"], contract_id="BJ-HZ-2026-019",
       signals=["personal_account", "first_time_payee", "task_rebate_words"],
       note="Hard negative: A newly signed independent agent receives her first commission split on her own registered card.")

# SCAM fake_order: "fire station" rents flats and wants appliances bought from its chosen shop.
BJ.order("test", "2026-10-15T16:40", "BJ-DD-20261015001",
         customer("某消防救援站", contact_name="后勤 陈班长", phone="15800002087",
                  im_id="wxid_cbz_xfz1015"),
         [("房屋租赁居间服务（12套，消防员家属周转房）", "12", "套", "1500")], "phone",
         "昆明市官渡区（站点附近小区）", "2026-10-22", "签约后由单位统一支付",
         "陈班长说站里给家属租12套周转房，每套要配冰箱洗衣机，单位只认佳宜家电这家的报价，让我们先跟佳宜订了把钱付了，"
         "房租、服务费和家电钱月底单位一起结给我们。",
         third_party=third("昆明市官渡区佳宜家电经营部", "18200004735", "designated_supplier", "56400"),
         scam="fake_order",
         signals=["institution_claim", "designated_supplier", "new_customer", "off_catalogue_item",
                  "contact_im_only"],
         note="A 'fire-station quartermaster' books twelve rentals and asks the agency to pay for appliances at the shop he names, to be settled with the rent at month end.")

# Routine listing-portal fees.
BJ.pay("test", "2026-10-16T11:10", "BJ-FK-20261016001", BJ_PORTAL, "9600", "服务费",
       "10月房源端口费（西山店12个端口）",
       erp("普琳", "OA审批：10月房源端口费｜云房通｜服务合同BJ-FW-2026-001"),
       "E5301", ["E5302"], contract_id="BJ-FW-2026-001", invoice_no=inv("BJ-t-portal1", "53"),
       note="Routine: Monthly listing-portal fees.")

# SCAM account_lending (block): seller wants purchase money passed through the agency's account.
BJ.pay("test", "2026-10-19T15:30", "BJ-FK-20261019001",
       payee("昆明恒达顺商贸有限公司", "2502017409000825563", "中国工商银行昆明东风支行", "corporate"),
       "460000", "代付", "代业主付款",
       instr("im", "业主 苏志强",
             "李店，买家那边今天打到你们公司账上的46万，是我让他先打过来的，不走监管了，太麻烦。你们直接转给恒达顺商贸，"
             "就当借你们公户过一下，手续费我另外给你们两千。",
             "wxid_szq_km77"),
       "E5310", ["E5302"],
       scam="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "bypass_process",
                "im_instruction"],
       note="A seller had the buyer pay 460k into the agency's account to dodge the escrow and now wants it forwarded to a trading company for a 'handling fee'.")

# SCAM authority_impersonation: fake tax inspector, traditional characters, company payee.
BJ.pay("test", "2026-10-20T12:00", "BJ-FK-20261020001",
       payee("云南税企服务咨询有限公司", "2502018509000936174", "中国工商银行昆明金碧支行", "corporate"),
       "9860", "罚款", "个税代扣代缴异常补缴及滞纳金",
       instr("phone", "自称西山区税务局稽查科 何科长",
             "对方来电后发来短信：【稅務稽查通知】碧雞坊房地產經紀：貴司2025年經紀人個稅代扣代繳異常，須補繳稅款及滯納金合計9860元，"
             "請於今日轉入指定代征單位賬戶，逾期將移交稽查並列入異常名錄。",
             "0871-0000612", urgent=True),
       "E5301", ["E5302"],
       scam="authority_impersonation",
       signals=["authority_words", "phone_instruction", "first_time_payee", "urgency",
                "evasion_traditional"],
       note="A caller posing as a tax inspector demands back tax and late fees on agents' income tax, payable today to a 'collection agent' company rather than the treasury.")

# Routine payroll.
BJ.pay("test", "2026-10-21T11:30", "BJ-FK-20261021001", BJ_PAYROLL, "512780", "工资",
       "9月工资及提成代发（53人）", erp("段志华", "OA审批：9月工资及提成代发（53人），工资表已审批"),
       "E5302", ["E5300"], note="Routine: Monthly payroll and agents' commissions through the bank.")

# Routine cleaning and repairs.
BJ.pay("test", "2026-10-22T12:20", "BJ-FK-20261022001", BJ_CLEAN, "5120", "服务费",
       "托管房源保洁及维修（9月）",
       erp("普琳", "OA审批：托管房源保洁及维修（9月）｜洁家家政｜服务合同BJ-FW-2025-009"),
       "E5301", ["E5302"], contract_id="BJ-FW-2025-009", invoice_no=inv("BJ-t-clean1", "53"),
       note="Routine: Cleaning and small repairs for managed flats.")

# Hard negative: Sunday transfer of a deposit into the real city escrow before Monday's filing.
BJ.pay("test", "2026-10-25T16:20", "BJ-FK-20261025001", BJ_ESCROW, "60000", "定金监管",
       "包振宇购房定金转入存量房资金监管专户",
       erp("李想", "【加急】OA审批：包振宇购房定金6万元按《存量房交易资金监管协议》（编号KMJG-2026-10-0871）转入监管专户，"
           "周一上午网签，协议约定网签前定金须进入监管。店长周日值班发起，财务主管手机审批。", urgent=True),
       "E5310", ["E5302"],
       signals=["safe_account_words", "off_hours", "urgency", "deposit_words"],
       note="Hard negative: On a Sunday the shop moves a buyer's deposit into the genuine city escrow account so the contract can be filed on Monday.")

# Routine dormitory top-up from the logistics company.
BJ.order("test", "2026-10-26T11:40", "BJ-DD-20261026001", BJ_DIANYUN,
         [("员工宿舍整租代理服务（4套，12个月）", "4", "套", "1800")], "email",
         "昆明市官渡区滇运物流园周边小区", "2026-11-05", "月结（合同BJ-QY-2026-004）",
         "冬季新增司机宿舍", note="Routine: The established logistics company rents four more staff flats on its usual terms.")

# Hard negative: first split with a newly signed partner agency, verified by call-back.
BJ.pay("test", "2026-10-27T15:10", "BJ-FK-20261027001",
       payee("昆明官渡安家房地产经纪有限公司", "2502019609000147285", "中国工商银行昆明官渡支行",
             "corporate", "V-BJ09", "0871-0000538"),
       "11400", "分佣款", "合作成交分佣（官渡安家，10月第1单）",
       erp("普琳", "OA审批：与官渡安家签合作分佣协议BJ-HZ-2026-022（双方盖章），成交一单，按协议分佣11400元，收款账户为对方营业执照同名对公户，"
           "已回拨其备案座机核实。"),
       "E5301", ["E5302"], contract_id="BJ-HZ-2026-022", invoice_no=inv("BJ-t-coop2", "53"),
       verification=verified("0871-0000538", "E5302", "2026-10-27T14:40"),
       signals=["first_time_payee"],
       note="Hard negative: The first commission split with a newly signed partner agency goes to its own company account, confirmed by a call to its registered number.")

# Hard negative: seller's listing order that mentions the escrow account.
BJ.order("test", "2026-10-28T10:50", "BJ-DD-20261028001",
         customer("龙雪梅", phone="15800007348"),
         [("二手房买卖居间服务（卖方，成交价152万元）", "1", "单", "15200")], "in_person",
         "昆明市五华区某小区5栋2单元1101", "2026-11-20",
         "房款全部通过市存量房交易资金监管账户划转，居间服务费网签后支付",
         "卖方委托出售，买方首付及贷款均进入资金监管账户，过户完成后由监管账户直接划给卖方，我司不代收房款。",
         signals=["new_customer", "safe_account_words"],
         note="Hard negative: A seller's brokerage agreement states that all purchase money will move through the city escrow account.")

# Routine management agreement for a second flat.
BJ.order("test", "2026-10-29T15:40", "BJ-DD-20261029001", BJ_DUAN,
         [("房屋租赁托管服务（12个月）", "1", "套", "4200")], "in_person",
         "昆明市西山区前卫片区某小区9栋1单元301", "2026-11-05", "托管服务费从首月租金中扣除",
         "业主段丽华第二套房委托出租", note="Routine: An established landlord puts a second flat under management.")

# Hard negative: genuine trade-association membership fee.
BJ.pay("test", "2026-10-30T12:10", "BJ-FK-20261030001",
       payee("昆明市房地产经纪行业协会", "2502010409000358826", "中国工商银行昆明护国支行", "corporate",
             None, "0871-0000475"),
       "3000", "会费", "2027年度会员会费",
       erp("普琳", "OA审批：昆明市房地产经纪行业协会2027年度会费缴费通知（昆房经协〔2026〕31号），会员单位会费3000元，收款账户与协会官网及上年度收据一致。"),
       "E5301", ["E5302"],
       signals=["renewal_bill", "first_time_payee"],
       note="Hard negative: The yearly membership fee of the city's real-estate agents' association, paid to the account on its website and last year's receipt.")


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------

def main():
    lines = []
    for tenant in (YM, SD, BJ):
        lines.extend(tenant.finished_lines())
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
