#!/usr/bin/env python3
"""Build tests/holdout23/holdout23.jsonl, the independent holdout corpus no. 23.

Standard library only, deterministic: every account number, invoice number,
credit code and WeChat id is derived from a fixed text key through SHA-256, so
two runs write byte-identical output.  Run from tests/holdout23:

    python3 gen/build.py

Three fictitious public-sector-adjacent organisations that pay like companies:
  qingxi    青溪县人民医院 (a county people's hospital, Hunan, area code 0736)
  qiusuo    蜀川理工大学先进材料研究院 (a university research institute, Chengdu, 028)
  huaichuan 淮川县城乡建设投资集团有限公司 (a county state-owned construction and
            investment company, Henan, 0376)
Every organisation, person, account, code and number is invented.
"""
import hashlib
import json
import os
from decimal import Decimal

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "holdout23.jsonl")

# ---------------------------------------------------------------------------
# deterministic identifiers
# ---------------------------------------------------------------------------


def _digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        out += "".join(c for c in hashlib.sha256(f"{key}#{i}".encode()).hexdigest() if c.isdigit())
        i += 1
    return out[:n]


def acct(key, prefix, length):
    return prefix + _digits("acct:" + key, length - len(prefix))


def inv(key, prov):
    """20-digit fully digital e-invoice number: 26 (year) + province + 16 digits."""
    return "26" + prov + _digits("inv:" + key, 16)


def wxid(key):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    h = hashlib.sha256(("wx:" + key).encode()).digest()
    return "wxid_" + "".join(alphabet[b % len(alphabet)] for b in h[:14])


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(prefix8, key):
    """Unified social credit code with a valid organisation-code check and USCC check."""
    h = hashlib.sha256(("uscc:" + key).encode()).digest()
    body_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "MA" + "".join(body_chars[b % len(body_chars)] for b in h[:6])
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = prefix8 + body + c9
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    chk = 31 - total % 31
    chk = 0 if chk == 31 else chk
    return first17 + USCC_CHARS[chk]


def ts(s):
    """'2026-10-12 10:20' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------------------
# line constructors
# ---------------------------------------------------------------------------

LINES = []  # (tenant, phase, sort_key, line-dict with placeholders)


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def vendor(v, **changes):
    d = dict(v)
    d.update(changes)
    return payee(d["name"], d["account_no"], d["bank"], d["account_type"], d["vendor_id"], d["phone"])


class T:
    """Per-tenant context."""

    def __init__(self, tid, code, payer, staff, pay_prefix, order_prefix):
        self.tid, self.code, self.payer, self.staff = tid, code, payer, staff
        self.pay_prefix, self.order_prefix = pay_prefix, order_prefix

    def pay(self, phase, when, pe, amount, purpose, memo, text, req, appr, *, key=None, label="legit",
            scam=None, expect="allow", signals=(), note="", channel="erp", from_name=None,
            from_contact=None, urgent=False, order=None, contract=None, invoice=None, changed=None,
            verification=None):
        if from_name is None and channel == "erp":
            from_name = self.staff[req]
        r = {
            "request_id": None,
            "submitted_at": ts(when),
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
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verification:
            num, by, at = verification
            r["verification"] = {"callback_done": True, "callback_number": num, "verified_by": by,
                                 "verified_at": ts(at)}
        self._add(phase, "payment", when, r, key, label, scam, expect, signals, note)

    def order(self, phase, when, customer, items, terms, notes, *, channel="erp", address="",
              deadline=None, third=None, fees=(), key=None, label="legit", scam=None, expect="allow",
              signals=(), note=""):
        its = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
            total += Decimal(str(qty)) * Decimal(money(price))
        r = {
            "record_id": None,
            "received_at": ts(when),
            "customer": customer,
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": None,
            "fees_requested": [{"reason": a, "amount": money(b)} for a, b in fees],
            "notes": notes,
        }
        if third:
            name, contact, role, amount = third
            r["third_party"] = {"name": name, "contact": contact, "role": role, "amount": money(amount)}
        self._add(phase, "order", when, r, key, label, scam, expect, signals, note)

    def _add(self, phase, kind, when, r, key, label, scam, expect, signals, note):
        line = {
            "id": None, "tenant": self.tid, "phase": phase, "kind": kind, "label": label,
            "scam_type": scam, "expect": expect,
        }
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = r
        LINES.append((self, phase, ts(when), key, line))


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


# ===========================================================================
# Tenant 1: qingxi — 青溪县人民医院 (Hunan, Changde, fictitious 青溪县), 0736
# ===========================================================================

QX = T("qingxi", "QX",
       {"account_no": acct("qx-basic", "43050176", 19), "account_name": "青溪县人民医院"},
       {"E3100": "谭立军", "E3090": "向国平", "E3105": "刘建新", "E3101": "覃慧玲", "E3102": "龚晓雯",
        "E3103": "舒敏", "E3104": "黄丽", "E3107": "彭佳", "E3120": "周涛", "E3122": "邓海波",
        "E3140": "李红霞", "E3150": "熊亮"},
       "QX-FK", "QX-TJ")

QV = {
    "V-QX01": payee("湖南康瑞医药有限公司", acct("qx-v01", "19080501", 19), "中国工商银行常德武陵支行",
                    vendor_id="V-QX01", phone="0736-0000218"),
    "V-QX02": payee("常德华信医疗器械有限公司", acct("qx-v02", "8101", 18), "长沙银行常德分行",
                    vendor_id="V-QX02", phone="0736-0000341"),
    "V-QX03": payee("湖南迈科医学设备有限公司", acct("qx-v03", "7319", 16), "招商银行长沙分行",
                    vendor_id="V-QX03", phone="0731-0000562"),
    "V-QX04": payee("湖南众和检验试剂有限公司", acct("qx-v04-new", "43150001", 19), "交通银行长沙芙蓉支行",
                    vendor_id="V-QX04", phone="0731-0000477"),
    "V-QX05": payee("常德洁康医疗废物处置有限公司", acct("qx-v05", "18", 17), "中国农业银行常德鼎城支行",
                    vendor_id="V-QX05", phone="0736-0000629"),
    "V-QX06": payee("国网湖南省电力有限公司青溪县供电分公司", acct("qx-v06", "43050176", 19),
                    "中国建设银行青溪县支行", vendor_id="V-QX06", phone="0736-0000195"),
    "V-QX07": payee("青溪县恒安物业管理有限公司", acct("qx-v07", "8201", 18), "青溪农村商业银行",
                    vendor_id="V-QX07", phone="0736-0000403"),
    "V-QX08": payee("常德市湘氧医用气体有限公司", acct("qx-v08-new", "43050170", 19), "中国建设银行常德武陵支行",
                    vendor_id="V-QX08", phone="0736-0000735"),
    "PAY": payee("中国建设银行青溪县支行（代发工资专户）", acct("qx-pay", "43050176", 19), "中国建设银行青溪县支行",
                 vendor_id="PAY-QX01"),
}
QX_V04_CHANGED = "2026-08-20 10:12"
QX_V08_CHANGED = "2026-09-16 15:30"

QC = {
    "C-QX01": customer("青溪县第一中学", uscc("12430799", "qx-c01"), "工会 刘主席", "0736-0000512",
                       customer_id="C-QX01"),
    "C-QX02": customer("湖南青溪水泥有限公司", uscc("91430799", "qx-c02"), "安环部 胡部长", "0736-0000648",
                       email="anhuan@qxsn.com.cn", customer_id="C-QX02"),
}

INV_QX_DUP = inv("qx-h-0929-v02", "43")

# ---- qingxi history (September 2026) --------------------------------------
H = "history"
QX.pay(H, "2026-09-02 10:15", QV["V-QX01"], "386420.50", "药品款", "8月下半月药品配送款",
       f"HRP付款申请单FK2609-0012｜康瑞医药｜8月16—31日药品配送货款（入库单47张，对账单由kr@kangruiyy.com发来已核）｜合同QX-YP-2026-003｜发票{inv('qx-h-0902', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-YP-2026-003", invoice=inv("qx-h-0902", "43"),
       note="Fortnightly drug-distribution payment to the regular distributor.")
QX.pay(H, "2026-09-03 15:20", QV["V-QX02"], "92318.00", "耗材款", "8月一次性医用耗材货款",
       f"HRP付款申请单FK2609-0020｜华信医疗器械｜8月一次性耗材（注射器、输液器、敷料）｜合同QX-HC-2026-007｜发票{inv('qx-h-0903', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-HC-2026-007", invoice=inv("qx-h-0903", "43"),
       note="Monthly disposable-consumables payment.")
QX.pay(H, "2026-09-04 09:40", QV["V-QX06"], "148630.27", "电费", "8月电费",
       "HRP付款申请单FK2609-0024｜县供电分公司｜8月电费（门诊楼、住院楼、医技楼）｜户号430799008812",
       "E3102", ["E3101"], note="Monthly electricity bill.")
QX.order(H, "2026-09-08 10:30", QC["C-QX01"], [("教职工年度健康体检（标准套餐）", 186, "人", "380.00")],
         "体检结束后凭发票对公转账",
         "教职工年度体检，分三批，9月14日起每周一上午到院，凭发票由学校对公结算。按2025年体检协议续签。",
         channel="email", address="青溪县人民医院体检中心", deadline="2026-09-30",
         note="Annual staff health checks booked by the county's No. 1 middle school.")
QX.pay(H, "2026-09-09 16:05", QV["V-QX04"], "64880.00", "试剂款", "8月检验试剂款",
       f"HRP付款申请单FK2609-0031｜众和试剂｜8月生化、免疫试剂｜合同QX-SJ-2026-002｜发票{inv('qx-h-0909', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-SJ-2026-002", invoice=inv("qx-h-0909", "43"),
       changed=QX_V04_CHANGED, note="Reagent payment to the supplier's account changed in August.")
QX.pay(H, "2026-09-10 17:10", QV["PAY"], "2846390.00", "工资", "8月工资代发（612人）",
       "HRP付款申请单FK2609-0036：8月在编及聘用人员工资代发（612人），工资表经人事科、财务科审核，院长办公会审批",
       "E3102", ["E3101", "E3100"], note="Monthly payroll through the bank's payroll account.")
QX.pay(H, "2026-09-11 11:00",
       payee("陈立峰", acct("qx-chenlifeng", "6216", 19), "中国银行长沙韶山路支行", "personal"),
       "2560.00", "专家劳务费", "外聘专家手术指导劳务费 税前3,000.00 代扣个税440.00（陈立峰）",
       "HRP付款申请：医务科申请，湘雅系统专家陈立峰主任9月5日来院手术指导（胃癌根治术2台），按院内外聘专家劳务标准发放，个税已代扣代缴。",
       "E3102", ["E3101"], note="Visiting surgeon's fee to his own card, tax withheld.")
QX.pay(H, "2026-09-14 10:20", QV["V-QX05"], "18600.00", "医疗废物处置费", "8月医疗废物处置费（6.2吨）",
       f"HRP付款申请单FK2609-0041｜洁康医废｜8月感染性、损伤性废物6.2吨｜合同QX-HW-2026-001｜发票{inv('qx-h-0914', '43')}",
       "E3102", ["E3101"], contract="QX-HW-2026-001", invoice=inv("qx-h-0914", "43"),
       note="Monthly medical-waste disposal fee.")
QX.pay(H, "2026-09-15 14:50", QV["V-QX03"], "126000.00", "设备维保费", "CT/DR第三季度维保费",
       f"HRP付款申请单FK2609-0046｜迈科医学｜CT、DR全保第三季度｜合同QX-SB-2025-011｜发票{inv('qx-h-0915', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-SB-2025-011", invoice=inv("qx-h-0915", "43"),
       note="Quarterly CT/DR maintenance fee.")
QX.order(H, "2026-09-16 09:30", QC["C-QX02"], [("职业健康检查（粉尘、噪声岗位）", 240, "人", "260.00")],
         "检查结束后30日内对公付款",
         "粉尘、噪声岗位在岗期间职业健康检查，按合同QX-TJ-2026-02执行，分两周到院。",
         channel="email", address="青溪县人民医院体检中心", deadline="2026-10-16",
         note="Occupational health checks for a cement works' dust and noise posts.")
QX.pay(H, "2026-09-17 15:30",
       payee("王秋菊", acct("qx-wangqiuju", "6217", 19), "中国建设银行青溪县支行", "personal"),
       "3216.40", "预交金退费", f"住院号2609118 出院结算预交金余额退费（原付款账户{acct('qx-wangqiuju', '6217', 19)}）",
       "HIS出院结算：患者王秋菊，预交金8,000.00，结算自付4,783.60，余额3,216.40按原缴款银行卡退回；收费处已核对身份证及缴款凭条。",
       "E3104", ["E3101"], note="Patient's unused deposit refunded to the card she paid with.")
QX.pay(H, "2026-09-18 10:45", QV["V-QX08"], "21450.00", "医用氧气费", "9月上半月医用液氧",
       f"HRP付款申请单FK2609-0052｜湘氧气体｜9月1—15日医用液氧｜合同QX-YQ-2026-001｜发票{inv('qx-h-0918', '43')}｜开户行变更函已盖章，9月16日回拨合同预留电话0736-0000735核实",
       "E3102", ["E3101", "E3105"], contract="QX-YQ-2026-001", invoice=inv("qx-h-0918", "43"),
       changed=QX_V08_CHANGED, verification=("0736-0000735", "E3101", "2026-09-16 16:10"),
       note="First oxygen payment to the supplier's new account after a stamped letter and call-back.")
QX.pay(H, "2026-09-22 16:20", QV["V-QX01"], "412905.30", "药品款", "9月上半月药品配送款",
       f"HRP付款申请单FK2609-0058｜康瑞医药｜9月1—15日药品配送货款（入库单51张）｜合同QX-YP-2026-003｜发票{inv('qx-h-0922', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-YP-2026-003", invoice=inv("qx-h-0922", "43"),
       note="Fortnightly drug-distribution payment.")
QX.pay(H, "2026-09-24 10:10", QV["V-QX07"], "176000.00", "物业服务费", "9月保洁、护工外包服务费",
       f"HRP付款申请单FK2609-0063｜恒安物业｜9月保洁及护工外包｜合同QX-WY-2026-001｜发票{inv('qx-h-0924', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-WY-2026-001", invoice=inv("qx-h-0924", "43"),
       note="Monthly cleaning and care-worker outsourcing fee.")
QX.pay(H, "2026-09-29 15:00", QV["V-QX02"], "88760.00", "耗材款", "9月一次性医用耗材货款",
       f"HRP付款申请单FK2609-0071｜华信医疗器械｜9月一次性耗材｜合同QX-HC-2026-007｜发票{INV_QX_DUP}",
       "E3102", ["E3101", "E3105"], contract="QX-HC-2026-007", invoice=INV_QX_DUP,
       note="Monthly consumables payment (its invoice is re-presented in October).")

# ---- qingxi test (8 Oct – 30 Nov 2026) ------------------------------------
X = "test"
QX.pay(X, "2026-10-12 10:20", QV["V-QX01"], "401236.80", "药品款", "9月下半月药品配送款",
       f"HRP付款申请单FK2610-0008｜康瑞医药｜9月16—30日药品配送货款（入库单49张）｜合同QX-YP-2026-003｜发票{inv('qx-t-1012', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-YP-2026-003", invoice=inv("qx-t-1012", "43"),
       note="Routine: fortnightly drug payment to the regular distributor.")
QX.pay(X, "2026-10-12 11:40", QV["V-QX08"], "22860.00", "医用氧气费", "9月下半月医用液氧",
       f"HRP付款申请单FK2610-0011｜湘氧气体｜9月16—30日医用液氧｜合同QX-YQ-2026-001｜发票{inv('qx-t-1012b', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-YQ-2026-001", invoice=inv("qx-t-1012b", "43"),
       changed=QX_V08_CHANGED, signals=["account_changed_recent"],
       note="Hard negative: oxygen paid to the supplier's account changed on 16 Sep, verified by call-back and already used on 18 Sep.")
QX.pay(X, "2026-10-13 12:40",
       payee("湖南德康医疗科技有限公司", acct("qx-s-dekang", "6013", 19), "中国银行长沙芙蓉支行"),
       "380000.00", "设备定金", "DSA设备采购定金（院长微信交办）",
       "【微信群：院务工作小群（10月13日新建，4人）】\n"
       "谭立军：舒敏在吗？基本户和医保回款户现在各有多少余额，拍个截图给我\n"
       "舒敏：谭院长，基本户可用1,386万，医保回款户274万\n"
       "谭立军：好。DSA那个项目厂家要先付定金锁价，38万，今天必须打过去，合同我下周从省里回来补签\n"
       f"谭立军：湖南德康医疗科技有限公司 中国银行长沙芙蓉支行 {acct('qx-s-dekang', '6013', 19)}\n"
       "谭立军：我在省卫健委开会，不方便接电话，打完把回单截图发群里",
       "E3103", [], channel="im", from_name="谭立军", from_contact=wxid("qx-fake-tan"), urgent=True,
       label="scam", scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call",
                "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
       note="In a WeChat group created that morning the fake director has the cashier report both balances, then orders a 380k 'DSA deposit' to an unknown firm, contract to follow.")
QX.pay(X, "2026-10-13 16:00",
       payee("覃友元", acct("qx-qinyouyuan", "6217", 19), "中国建设银行青溪县支行", "personal"),
       "5684.30", "预交金退费", f"住院号2610034 出院结算预交金余额退费（原付款账户{acct('qx-qinyouyuan', '6217', 19)}）",
       "HIS出院结算单：患者覃友元，10月2日入院交预交金10,000.00（建设银行卡刷卡），结算自付4,315.70，余额5,684.30原卡退回；患者本人持身份证在收费窗口签字确认。",
       "E3104", ["E3101"], signals=["refund_words", "personal_account", "first_time_payee"],
       note="Hard negative: a discharged patient's unused deposit refunded to the same card he paid with, after he signed at the window.")
QX.order(X, "2026-10-14 10:20",
         customer("武警某支队青溪中队", None, "后勤 张干事", "1370000" + "4127", im_id=wxid("qx-wj-zhang")),
         [("入伍新兵体检（标准套餐）", 96, "人", "300.00")], "体检结束后部队财务对公结算",
         "张干事电话：下周四带96名新兵来体检。上级要求每人加做一套心理测评，必须用长沙智衡的《军人心理适应量表》系统，一套400元，"
         "部队不能直接跟厂家签，请医院先帮忙采购，费用和体检费一起报。智衡周经理电话1520000" "3361，只加微信联系。",
         channel="phone", address="青溪县人民医院体检中心（集体到院）", deadline="2026-10-23",
         third=("长沙智衡心理科技有限公司", "周经理 1520000" "3361（微信同号）", "designated_supplier", "38400.00"),
         key="QX-WJ", label="scam", scam="fake_order", expect="flag",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
         note="A caller 'from an armed-police squad' books recruit check-ups and asks the hospital to buy a psychological-test licence from the one firm the unit 'accepts'.")
QX.pay(X, "2026-10-14 15:10", QV["V-QX06"], "152904.66", "电费", "9月电费",
       "HRP付款申请单FK2610-0019｜县供电分公司｜9月电费（门诊楼、住院楼、医技楼）｜户号430799008812",
       "E3102", ["E3101"], note="Routine: monthly electricity bill.")
QX.pay(X, "2026-10-15 09:30", QV["V-QX05"], "19320.00", "医疗废物处置费", "9月医疗废物处置费（6.4吨）",
       f"HRP付款申请单FK2610-0022｜洁康医废｜9月感染性、损伤性废物6.4吨｜合同QX-HW-2026-001｜发票{inv('qx-t-1015', '43')}",
       "E3102", ["E3101"], contract="QX-HW-2026-001", invoice=inv("qx-t-1015", "43"),
       note="Routine: monthly medical-waste disposal fee.")
QX.pay(X, "2026-10-15 10:30",
       payee("青溪县医疗保障事务中心", acct("qx-ybzx", "43050176", 19), "中国建设银行青溪县支行", phone="0736-0000266"),
       "37415.60", "医保基金追回款", "县医保局专项检查追回违规医保基金（青医保处〔2026〕17号）",
       "HRP付款申请：根据县医疗保障局《行政处理决定书》（青医保处〔2026〕17号），追回2025年度超标准收费医保基金37,415.60元，"
       "缴入县医疗保障事务中心医保基金收入户；账户信息与决定书附件一致，已电话0736-0000266向县医保局基金监督股核实。",
       "E3102", ["E3101", "E3105", "E3100"], verification=("0736-0000266", "E3101", "2026-10-15 09:50"),
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: money the county medical-insurance bureau ordered back in a written decision, paid to the fund's own income account after a call-back.")
QX.pay(X, "2026-10-15 15:10",
       payee("长沙瑞达商务信息咨询有限公司", acct("qx-s-ruida", "5501", 19), "中国民生银行长沙分行"),
       "268000.00", "医保基金退回", "省医保局飞行检查违规基金退回（电话通知）",
       "电话记录（财务科覃慧玲，15:02）：\n"
       "来电人自称省医保局飞行检查组王处长，来电号码0731-0000913。\n"
       "称我院2025年医保结算存在分解住院、串换项目，涉及违规基金26.8万元，\n"
       "要求今天下班前将26.8万元转入“省医保基金监管账户”（户名长沙瑞达商务信息咨询有限公司，系代管单位），\n"
       "否则明天起暂停我院医保结算并通报；要求此事暂不向县医保局透露，以免影响检查结论。",
       "E3101", [], channel="phone", from_name="省医保局飞检组 王处长", from_contact="0731-0000913", urgent=True,
       label="scam", scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                "first_time_payee", "no_approval"],
       note="A caller posing as a provincial medical-insurance inspection team demands 268k into a 'supervised fund account' held by a consulting firm, today and in secret.")
QX.pay(X, "2026-10-16 11:30",
       payee("长沙智衡心理科技有限公司", acct("qx-s-zhiheng", "6228", 19), "中国农业银行长沙雨花支行"),
       "38400.00", "代采购", "新兵心理测评系统96套（武警中队体检订单代购）",
       "熊主任，我们的体检费加测评费一共67200，已经走对公了，银行说要24小时到账，截图发你了。\n"
       "智衡那边今天要先收款才给开通账号，麻烦你们先付38400，后面一起结。",
       "E3150", ["E3101"], channel="im", from_name="张干事", from_contact=wxid("qx-wj-zhang"), urgent=True,
       order="@QX-WJ", label="scam", scam="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof",
                "urgency", "im_instruction"],
       note="The check-up centre asks to pay the 'squad's' chosen test vendor first; the squad's own payment is only a screenshot 'arriving in 24 hours'.")
QX.pay(X, "2026-10-16 17:10", QV["V-QX03"], "86500.00", "设备维修费", "CT球管更换（维保合同外配件）",
       "HRP付款申请（加急）：CT球管10月15日晚报废，急诊CT停机。谭院长在院务工作群（2019年建群）指示：“迈科今天能换管，费用按维保合同外配件价，走流程今天付。”"
       f"合同QX-SB-2025-011补充协议第3条，配件款86,500.00元，发票{inv('qx-t-1016', '43')}。",
       "E3120", ["E3101", "E3105", "E3100"], urgent=True, contract="QX-SB-2025-011",
       invoice=inv("qx-t-1016", "43"), signals=["boss_role", "urgency"],
       note="Hard negative: the director's urgent order in the long-standing staff group to pay the regular CT maintainer, run through the full approval chain.")
QX.pay(X, "2026-10-19 10:10",
       payee("孙伟明", acct("qx-sunweiming", "6222", 19), "中国工商银行常德分行", "personal"),
       "4200.00", "专家劳务费", "外聘专家会诊劳务费 税前5,000.00 代扣个税800.00（孙伟明）",
       "HRP付款申请：医务科申请，常德市某三甲医院心内科孙伟明主任医师10月17日来院疑难病例会诊及带教，按《外聘专家劳务费管理办法》发放；"
       "收款卡为专家本人工资卡，身份证及银行卡复印件已存档。",
       "E3102", ["E3101"], signals=["personal_account", "first_time_payee"],
       note="Hard negative: a visiting cardiologist's consultation fee paid to his own card with income tax withheld.")
QX.pay(X, "2026-10-19 16:40",
       payee("田志军", acct("qx-s-tianzhijun", "6228", 19), "中国农业银行常德分行", "personal"),
       "12480.00", "预交金退费", f"住院号2609877 患者田德顺出院预交金退费（原付款账户{acct('qx-tiandeshun', '6231', 19)}）",
       "收费处电话记录（黄丽）：\n"
       "来电男子自称患者田德顺之子田志军，手机1860000" "2094。\n"
       "说父亲已出院回乡下，原来交押金的那张卡（田德顺本人的农商行卡）已经挂失补办不了，\n"
       f"预交金余额12,480元请直接退到他本人农行卡{acct('qx-s-tianzhijun', '6228', 19)}，户名田志军；\n"
       "说今天要用钱给父亲买药，问能不能不用本人来窗口，身份证照片微信发过来。",
       "E3104", ["E3101"], channel="phone", from_name="田志军", from_contact="1860000" "2094", urgent=True,
       label="scam", scam="overpayment_refund", expect="block",
       signals=["refund_words", "refund_to_other_account", "phone_instruction", "personal_account",
                "first_time_payee", "urgency"],
       note="A caller claiming to be a discharged patient's son wants the patient's deposit balance refunded to his own card instead of the card that paid.")
QX.pay(X, "2026-10-20 10:50",
       vendor(QV["V-QX01"], account_no=acct("qx-s-kangrui-new", "9550", 19), bank="广发银行广州天河支行"),
       "398650.20", "药品款", "10月上半月药品配送款",
       "发件人：湖南康瑞医药有限公司 财务部 <caiwu@kangrui-yy.com>\n"
       "收件时间：2026-10-16 14:41\n"
       "主题：关于变更收款账户的函\n"
       "青溪县人民医院财务科：\n"
       "因我司并入华南医药集团统一资金管理，原工商银行常德武陵支行账户自10月20日起停止收款，请将10月起所有货款汇至以下账户：\n"
       f"户名：湖南康瑞医药有限公司  开户行：广发银行广州天河支行  账号：{acct('qx-s-kangrui-new', '9550', 19)}\n"
       "此前已开具发票不受影响。请勿再汇入原账户，以免资金退回影响配送。\n"
       "（盖章函件见附件）",
       "E3102", ["E3101", "E3105"], channel="email", from_name="康瑞医药 财务部",
       from_contact="caiwu@kangrui-yy.com", contract="QX-YP-2026-003", invoice=inv("qx-t-1020", "43"),
       changed="2026-10-16 15:20", label="scam", scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
                "account_change_words", "unusual_bank_region"],
       note="An email from a hyphenated look-alike of the drug distributor's domain moves its account to a Guangzhou bank; keyed in four days ago, first payment to it.")
QX.order(X, "2026-10-21 10:00", QC["C-QX01"], [("新生入学体检", 612, "人", "45.00")],
         "体检结束后凭发票对公转账",
         "2026级高一新生入学体检，按教育局统一项目，10月26日起分班到院。",
         channel="email", address="青溪县人民医院体检中心", deadline="2026-11-06",
         note="Routine: new-student check-ups for the regular school customer.")
QX.pay(X, "2026-10-22 14:30", QV["V-QX04"], "67290.00", "试剂款", "9月检验试剂款",
       f"HRP付款申请单FK2610-0047｜众和试剂｜9月生化、免疫试剂｜合同QX-SJ-2026-002｜发票{inv('qx-t-1022', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-SJ-2026-002", invoice=inv("qx-t-1022", "43"),
       changed=QX_V04_CHANGED, signals=["account_changed_long_ago"],
       note="Hard negative: reagents paid to the account the supplier changed on 20 Aug, already used in September.")
QX.pay(X, "2026-10-23 09:50",
       payee("湖南正信招标咨询有限公司", acct("qx-zhengxin", "43050110", 19), "中国建设银行长沙河西支行",
             phone="0731-0000386"),
       "18600.00", "招标代理服务费", "DSA设备采购项目招标代理服务费（QXGGZY-2026-0417）",
       "HRP付款申请：DSA血管造影系统采购项目已在青溪县公共资源交易中心完成招标（项目编号QXGGZY-2026-0417），中标人已签合同。"
       f"按委托代理合同QX-ZB-2026-05约定，招标人支付代理服务费18,600.00元（差额定率法），代理机构已开发票{inv('qx-t-1023', '43')}，账户与委托合同一致。",
       "E3120", ["E3101", "E3105"], contract="QX-ZB-2026-05", invoice=inv("qx-t-1023", "43"),
       signals=["first_time_payee", "fee_words"],
       note="Hard negative: the agency fee owed under the contract to the real tender agent that ran the DSA tender at the county trading centre.")
QX.pay(X, "2026-10-26 11:20", QV["V-QX03"], "63000.00", "保证金退还",
       f"DR设备履约保证金退还（质保期满）（原付款账户{QV['V-QX03']['account_no']}）",
       "HRP付款申请：湖南迈科医学设备有限公司2023年10月交DR采购履约保证金63,000.00元（从其招行基本户转入），质保期三年已于2026年10月20日届满，"
       "设备科验收无质量问题，按合同第9条原路退还。",
       "E3102", ["E3101", "E3105"], contract="QX-SB-2023-008", signals=["refund_words", "deposit_words"],
       note="Hard negative: an equipment supplier's performance bond returned to the account it came from after the warranty period.")
QX.pay(X, "2026-10-27 10:50",
       payee("常德华信医疗器械有限公司", acct("qx-s-huaxin-fake", "43050170", 19), "中国建设银行常德城东支行"),
       "88760.00", "耗材款", "9月一次性医用耗材货款（补付）",
       "微信（华信医疗 业务员，10月26日新加好友）：\n"
       "龚会计您好，我是华信新来的对接人罗斌，之前的刘经理离职了。\n"
       "我们这边对账，9月29日那张88,760的发票你们还没付，财务催得紧，\n"
       f"麻烦这周付一下，打我们公司一般户：建设银行常德城东支行 {acct('qx-s-huaxin-fake', '43050170', 19)}，发票还是原来那张。",
       "E3102", ["E3101"], channel="im", from_name="华信医疗 罗斌", from_contact=wxid("qx-s-luobin"),
       contract="QX-HC-2026-007", invoice=INV_QX_DUP, label="scam", scam="fake_invoice", expect="block",
       signals=["duplicate_invoice", "first_time_payee", "im_instruction", "new_contact"],
       note="A 'new sales contact' says the September consumables invoice is unpaid and gives another account; that invoice was paid on 29 Sep.")
QX.pay(X, "2026-10-28 15:40",
       vendor(QV["V-QX05"], account_no=acct("qx-v05-new", "8205", 18), bank="常德农村商业银行鼎城支行"),
       "1.00", "账户验证", "收款账户变更验证小额打款",
       "HRP付款申请：洁康医废10月20日来函（加盖公章及财务专用章）称因开户行调整，收款账户由农行变更为常德农商行。"
       "10月23日财务科按合同预留电话0736-0000629回拨洁康财务负责人确认；先打1元验证，待对方确认到账后再付10月处置费。",
       "E3102", ["E3101"], changed="2026-10-23 11:00", verification=("0736-0000629", "E3101", "2026-10-23 10:40"),
       signals=["account_changed_recent", "first_time_payee", "account_change_words"],
       note="Hard negative: a one-yuan test transfer to the waste disposer's new account after a stamped letter and a call-back to the number on file.")
QX.pay(X, "2026-10-29 10:20",
       payee("北京华卫医院管理咨询有限公司", acct("qx-s-huawei", "1100", 19), "北京银行海淀支行"),
       "28000.00", "服务费", "高质量发展示范项目申报评审服务费",
       "主题：关于确定2026年县级公立医院高质量发展示范项目入选单位的通知\n"
       "青溪县人民医院：\n"
       "经专家评审，贵院入选2026年度县级公立医院高质量发展示范项目，拟下达中央补助资金500万元。\n"
       f"请于10月31日前完成项目实施方案备案，并缴纳申报评审服务费2.8万元至技术支持单位北京华卫医院管理咨询有限公司（账号{acct('qx-s-huawei', '1100', 19)}），逾期视为自动放弃。\n"
       "资金下达后可在项目经费中列支。\n"
       "联系人：孙老师 1520000" "5873",
       "E3102", ["E3101"], channel="email", from_name="基层卫生发展促进中心 项目办",
       from_contact="xmb_gwjc@126.com", urgent=True, label="scam", scam="advance_fee", expect="flag",
       signals=["fee_words", "bigproject_words", "authority_words", "email_instruction", "free_mail",
                "first_time_payee", "urgency"],
       note="A free-mail 'selection notice' promises a 5m central subsidy if the hospital first pays a 28k review fee to a consulting firm.")
QX.pay(X, "2026-11-02 09:20",
       payee("罗敏", acct("qx-s-luomin", "6230", 19), "青溪农村商业银行", "personal"),
       "46800.00", "会务费", "基层医生培训班协办会务费（书记邮件交办）",
       "发件人：向国平 <xgp_qxrmyy@163.com>\n"
       "时间：2026-11-02 08:51\n"
       "覃科长：\n"
       "县里牵头的基层医生培训班本周在我院办，市医学会那边要我们协办，会务费4.68万先由我院垫付。\n"
       f"会务组是罗敏同志在对接，钱直接转她卡上：青溪农商行 {acct('qx-s-luomin', '6230', 19)} 罗敏。\n"
       "这事我已经跟谭院长说过，你先办，OA我下午补。我今天在市委党校学习，手机要上交，有事加我威信 xgp0736 留言。",
       "E3101", [], channel="email", from_name="向国平", from_contact="xgp_qxrmyy@163.com",
       label="scam", scam="boss_impersonation", expect="flag",
       signals=["email_instruction", "free_mail", "boss_role", "personal_account", "first_time_payee",
                "no_approval", "cannot_call", "bypass_process", "evasion_homophone"],
       note="A free-mail message 'from the party secretary' wants a training-course fee advanced to a private card, paperwork later, reachable only through 'WeiXin' spelt as a homophone.")
QX.pay(X, "2026-11-03 14:10",
       payee("恒康人寿保险股份有限公司湖南分公司", acct("qx-hengkang", "43001500", 19), "中国建设银行长沙华兴支行",
             phone="0731-0000384"),
       "8420.00", "多付款退回", f"恒康人寿直赔重复支付退回（原付款账户{acct('qx-hengkang', '43001500', 19)}）",
       "郵件（亞太醫療理賠服務有限公司 代恒康人壽湖南分公司，10月30日）：\n"
       "貴院好，我司於10月21日及10月23日就患者周曉梅住院費用重複撥付直賠款8,420.00元，請按原路退回恒康人壽湖南分公司付款帳戶。\n"
       "——财务科核对：10月21日、23日两笔来款均已到账，付款账户一致；10月31日回拨恒康人寿湖南分公司合作协议预留电话0731-0000384确认。",
       "E3102", ["E3101", "E3105"], channel="email", from_name="亞太醫療理賠服務（代恒康人寿）",
       from_contact="claims@apmc-hk.com", verification=("0731-0000384", "E3101", "2026-10-31 10:20"),
       signals=["overpayment", "refund_words", "email_instruction", "evasion_traditional", "first_time_payee"],
       note="Hard negative: a Hong Kong claims processor, writing in traditional characters, asks for a real duplicate insurer payment to go back to the insurer's own paying account.")
QX.pay(X, "2026-11-04 11:15",
       payee("湖南省非税收入汇缴结算户", acct("qx-feishui", "43050161", 19), "中国建设银行长沙铁银支行"),
       "5000.00", "罚款", "医疗废物分类不规范行政处罚罚款（青卫罚〔2026〕09号）",
       "HRP付款申请：县卫生健康局《行政处罚决定书》（青卫罚〔2026〕09号）对我院医疗废物暂存点分类不规范处罚款5,000元，"
       "按决定书载明的缴款码通过湖南省非税收入缴款平台缴纳（缴款码4307992026110400126）。",
       "E3102", ["E3101", "E3105"], signals=["authority_words", "first_time_payee"],
       note="Hard negative: a real health-bureau fine paid through the provincial non-tax payment platform with the decision's payment code.")
QX.pay(X, "2026-11-06 18:40",
       payee("王可欣", acct("qx-s-wangkexin", "6228", 19), "中国农业银行岳阳分行", "personal"),
       "9800.00", "借支", "个人借支（家中急事）",
       "舒姐，帮我个忙，借支9800今晚能不能先打到这个卡，"
       f"王可欣 农行{acct('qx-s-wangkexin', '6228', 19)}。\n"
       "我在一个平台做任务，第三组卡单了，要再充值9800才能把前面的本金和佣金一起提现，\n"
       "明天一提现我就还，求你了，别跟科长说。",
       "E3107", [], channel="im", from_name="彭佳", from_contact=wxid("qx-pengjia"), urgent=True,
       label="scam", scam="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval",
                "off_hours", "secrecy_words", "urgency"],
       note="After hours a billing clerk caught in a task scam asks the cashier for a 'cash advance' to a stranger's card to 'top up' a stuck task.")
QX.pay(X, "2026-11-10 17:20", QV["PAY"], "2871540.00", "工资", "10月工资代发（615人）",
       "HRP付款申请单FK2611-0033：10月在编及聘用人员工资代发（615人），工资表经人事科、财务科审核，院长办公会审批",
       "E3102", ["E3101", "E3100"], note="Routine: monthly payroll through the bank's payroll account.")
QX.pay(X, "2026-11-11 10:05",
       payee("欧阳婷", acct("qx-s-ouyangting", "6217", 19), "中国建设银行常德分行", "personal"),
       "14260.00", "绩效工资", "10月绩效工资单独发放（龙海）",
       "短信（发信号码1370000" "8816，自称急诊科龙海）：\n"
       "李科长好，我是急诊科龙海，我的工资yhk上周在外地丢了，补卡要回常德办，\n"
       f"这个月绩效麻烦别走代发了，单独打我爱人卡上：欧阳婷 建行{acct('qx-s-ouyangting', '6217', 19)}，\n"
       "我在120车上跟车不方便接电话，辛苦了。",
       "E3140", ["E3101"], channel="sms", from_name="龙海（自称）", from_contact="1370000" "8816",
       label="scam", scam="fake_salary", expect="block",
       signals=["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "new_contact",
                "cannot_call", "evasion_pinyin"],
       note="A text from an unknown number 'from an emergency doctor' diverts his bonus to a card in his 'wife's' name; 'bank card' is written as yhk.")
QX.order(X, "2026-11-12 09:50",
         customer("湖南清溪水泥有限公司", uscc("91430100", "qx-s-fake-cement"), "人力资源部 邓经理",
                  "1860000" "7402", email="qxsn_hr@163.com"),
         [("员工年度健康体检（A套餐）", 420, "人", "560.00")], "体检全部完成后次年3月统一结算",
         "我司今年员工体检委托贵院，共420人，需派体检车到长沙望城生产基地上门体检，报告统一发人力资源部邮箱。"
         "费用按年度统一预算，次年3月结算，请尽快回复排期。",
         channel="email", address="长沙市望城区铜官街道某物流园员工宿舍（体检车上门）", deadline="2026-11-30",
         label="scam", scam="fake_purchaser", expect="flag",
         signals=["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
                  "far_delivery", "contact_mismatch", "free_mail"],
         note="Structural only: a name one character off the cement-works customer (清 for 青), free mail and a new mobile, books 420 premium check-ups at a distant site on credit until March.")
QX.pay(X, "2026-11-13 11:00", QV["V-QX01"], "395118.40", "药品款", "10月下半月药品配送款",
       f"HRP付款申请单FK2611-0041｜康瑞医药｜10月16—31日药品配送货款（入库单46张）｜合同QX-YP-2026-003｜发票{inv('qx-t-1113', '43')}",
       "E3102", ["E3101", "E3105"], contract="QX-YP-2026-003", invoice=inv("qx-t-1113", "43"),
       note="Routine: fortnightly drug payment to the distributor's usual account on file.")
QX.pay(X, "2026-11-16 11:20",
       payee("北京华医传媒文化中心", acct("qx-s-huayi", "11", 19), "中国农业银行北京通州支行"),
       "6800.00", "收录费", "《中国县级医院发展年鉴（2026卷）》收录确认及排版费",
       "纸质函件（挂号信，11月13日收）：\n"
       "《中国县级医院发展年鉴（2026卷）》编委会 收录确认暨缴费通知书\n"
       "贵院已被确定为本卷“县域医疗标杆单位”收录单位，收录内容见附页（院徽、院长简介、特色科室）。\n"
       "请于11月20日前缴纳收录确认及排版费6,800元，逾期将按未确认处理，撤下页面并不予退稿。\n"
       f"收款单位：北京华医传媒文化中心  开户行：农业银行北京通州支行  账号：{acct('qx-s-huayi', '11', 19)}\n"
       "（本通知书可作为报销凭证）",
       "E3122", ["E3101"], channel="letter", from_name="《中国县级医院发展年鉴》编委会",
       label="scam", scam="fake_invoice", expect="flag",
       signals=["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract", "urgency"],
       note="An unsolicited 'yearbook listing confirmation' posted like a bill asks 6,800 for an entry nobody ordered.")
QX.order(X, "2026-11-17 14:10",
         customer("青溪县人民武装部", uscc("11430799", "qx-wuzhuangbu"), "政工科 吴参谋", "0736-0000157"),
         [("征兵体检（含心理检测）", 150, "人", "320.00")], "体检结束后凭结算单由县财政国库集中支付",
         "县征兵办公函（青征办〔2026〕5号）：上半年征兵体检定于11月24—27日在县人民医院征兵体检站进行，约150人，"
         "项目按省征兵体检标准，心理检测使用体检站现有系统，费用由县财政统一结算。联系人吴参谋0736-0000157。",
         channel="letter", address="青溪县人民医院（县征兵体检站）", deadline="2026-11-27",
         signals=["institution_claim", "new_customer"],
         note="Hard negative: the county armed-forces department books conscript check-ups by official letter, paid by the county treasury, with no supplier to buy from.")
QX.pay(X, "2026-11-18 14:20",
       payee("石磊", acct("qx-s-shilei", "6216", 16), "浙江网商银行", "personal"),
       "11360.00", "工资", "10月工资代发退票补发（石磊）",
       "邮件（发件人：石磊 <shilei_mzk@163.com>，11月17日 22:47）：\n"
       "人事科李科长：\n"
       "我是麻醉科石磊，原来的工资卡因为一笔网购纠纷被银行冻结了，这次代发被退回来了。\n"
       f"麻烦把10月工资改打到我新开的网商银行卡上（户名是我本人），卡号{acct('qx-s-shilei', '6216', 16)}，\n"
       "以后工资也都打这张卡。科里这两天手术排满，我就不跑人事科了，谢谢！",
       "E3140", ["E3101"], channel="email", from_name="石磊", from_contact="shilei_mzk@163.com",
       label="scam", scam="fake_salary", expect="flag",
       signals=["payroll_change", "email_instruction", "free_mail", "personal_account", "first_time_payee"],
       note="A free-mail message 'from an anaesthetist' moves his pay to a new online-bank card in his own name and avoids coming to HR in person.")
QX.pay(X, "2026-11-19 10:40",
       payee("湖南博远医疗投资有限公司", acct("qx-s-boyuan", "43050188", 19), "中国建设银行长沙星沙支行"),
       "150000.00", "保证金", "血液透析设备投放合作履约保证金",
       "HRP付款申请：设备科申请。博远医疗提出向我院免费投放血液透析机6台，合作期5年，期间透析耗材由其指定渠道供应；"
       "签约前须我院缴纳设备投放履约保证金15万元，合作期满退还。\n"
       "对方提供的合作协议为其自有模板，未经院法务审核；经查该公司成立于2026年8月，注册资本100万元，实缴0。对方要求本周内到账后安排装机。",
       "E3120", ["E3101"], label="scam", scam="contract_fraud", expect="flag",
       signals=["deposit_words", "first_time_payee", "shell_company", "no_po_contract", "urgency"],
       note="A three-month-old firm 'placing free dialysis machines' wants a 150k bond before signing its own template contract.")
QX.pay(X, "2026-11-20 10:00", QV["V-QX03"], "1260000.00", "设备款", "监护仪更新项目第二期合同款",
       "HRP付款申请：向书记在院务会前问财务科“年底前账上可用资金还能不能覆盖设备尾款”，财务科已书面报送资金余额表；"
       f"经11月18日院长办公会（纪要〔2026〕21号）研究，支付迈科医学监护仪更新项目第二期合同款1,260,000.00元，合同QX-SB-2026-019，发票{inv('qx-t-1120', '43')}。",
       "E3102", ["E3101", "E3105", "E3100"], contract="QX-SB-2026-019", invoice=inv("qx-t-1120", "43"),
       signals=["balance_probe", "boss_role", "large_vs_usual"],
       note="Hard negative: the party secretary asked how much money was available, and the board-approved instalment goes to a long-standing supplier.")
QX.pay(X, "2026-11-21 10:30", QV["V-QX08"], "9880.00", "医用氧气费", "医用液氧应急补充（周六加送）",
       "HRP付款申请（加急）：周六ICU、急诊用氧量激增，液氧储罐低于警戒线，湘氧气体上午加送一车，按合同单价结算，总务科邓海波现场签收；"
       f"供应商要求货到当日付款，已电话请示刘副院长同意。发票{inv('qx-t-1121', '43')}",
       "E3122", ["E3101", "E3105"], urgent=True, contract="QX-YQ-2026-001", invoice=inv("qx-t-1121", "43"),
       changed=QX_V08_CHANGED, signals=["off_hours", "urgency", "account_changed_long_ago"],
       note="Hard negative: a Saturday emergency oxygen delivery paid the same day to the regular supplier.")
QX.pay(X, "2026-11-24 15:50",
       payee("深圳前海瑞丰信息咨询有限公司", acct("qx-s-ruifeng", "7559", 16), "招商银行深圳前海支行"),
       "23600.00", "多付款退回", f"恒康人寿直赔多付款退回（原付款账户{acct('qx-hengkang', '43001500', 19)}）",
       "郵件（發件人：claims-hn@hengkang-life.cn，11月23日）：\n"
       "青溪縣人民醫院財務科：\n"
       "經我司複核，10月份直賠結算中重複撥付貴院23,600.00元。因我司湖南分公司帳戶正在進行年度審計，暫停收款，\n"
       f"請將上述款項退至我司指定的理賠服務商帳戶：深圳前海瑞豐信息諮詢有限公司  招商銀行深圳前海支行 {acct('qx-s-ruifeng', '7559', 16)}。\n"
       "請於本週內辦理，逾期將從下月直賠款中加收滯納金。",
       "E3102", ["E3101"], channel="email", from_name="恒康人壽 理賠部", from_contact="claims-hn@hengkang-life.cn",
       urgent=True, label="scam", scam="overpayment_refund", expect="block",
       signals=["overpayment", "refund_to_other_account", "refund_words", "email_instruction",
                "first_time_payee", "urgency", "evasion_traditional"],
       note="An email in traditional characters 'from the insurer' claims a duplicate settlement and wants it refunded to a Shenzhen 'claims servicer' instead of the insurer's paying account.")
QX.pay(X, "2026-11-27 10:30",
       payee("谢丽娟", acct("qx-xielijuan", "6217", 19), "中国建设银行青溪县支行", "personal"),
       "7840.00", "工资", "10月工资代发退票重发（谢丽娟）",
       "HRP付款申请：人事科通知，护理部谢丽娟原工资卡（农商行）销户致10月工资代发退票；本人11月25日持身份证到人事科，"
       "在人力资源系统中将工资卡变更为本人建设银行卡，人事科已核对户名与身份证一致，现单笔重发10月工资7,840.00元。",
       "E3140", ["E3101"], signals=["payroll_change", "personal_account", "first_time_payee"],
       note="Hard negative: a nurse's bounced salary re-sent to her own new card, changed in person at HR with ID.")

# ===========================================================================
# Tenant 2: qiusuo — 蜀川理工大学先进材料研究院 (Chengdu, Sichuan), 028
# ===========================================================================

QS = T("qiusuo", "QS",
       {"account_no": acct("qs-basic", "1289", 19), "account_name": "蜀川理工大学先进材料研究院"},
       {"E4100": "陈明远", "E4099": "周建华", "E4101": "罗晓琳", "E4102": "何静", "E4103": "蒲雪",
        "E4110": "田野", "E4120": "王博", "E4130": "李卫国", "E4131": "张晓燕", "E4132": "郑凯",
        "E4140": "万琪"},
       "QS-ZF", "QS-WT")

SV = {
    "V-QS01": payee("成都赛诺仪器设备有限公司", acct("qs-v01", "1289", 16), "招商银行成都高新支行",
                    vendor_id="V-QS01", phone="028-0000614"),
    "V-QS02": payee("四川蓉试科技有限公司", acct("qs-v02", "1001", 18), "成都银行高新支行",
                    vendor_id="V-QS02", phone="028-0000327"),
    "V-QS03": payee("成都金港气体有限公司", acct("qs-v03", "51050142", 19), "中国建设银行成都新都支行",
                    vendor_id="V-QS03", phone="028-0000458"),
    "V-QS04": payee("国网四川省电力公司成都供电公司", acct("qs-v04", "51001408", 19), "中国建设银行成都第一支行",
                    vendor_id="V-QS04", phone="028-0000195"),
    "V-QS05": payee("成都天衡检测技术有限公司", acct("qs-v05", "4402", 19), "中国工商银行成都高新支行",
                    vendor_id="V-QS05", phone="028-0000736"),
    "PAY": payee("中国银行成都高新支行（代发工资专户）", acct("qs-pay", "1289", 19), "中国银行成都高新支行",
                 vendor_id="PAY-QS01"),
}


def student(name):
    return payee(name, acct("qs-stu-" + name, "6217", 19), "中国银行成都高新支行", "personal")


SC = {
    "C-QS01": customer("四川锦材新能源科技有限公司", uscc("91510100", "qs-c01"), "研发中心 余工", "028-0000882",
                       email="yugong@jincaine.com", customer_id="C-QS01"),
    "C-QS02": customer("成都宏岳航空零部件有限公司", uscc("91510100", "qs-c02"), "质量部 姜经理", "028-0000921",
                       email="jiang@hongyue-aero.com", customer_id="C-QS02"),
}

# ---- qiusuo history --------------------------------------------------------
QS.pay(H, "2026-09-01 10:20", SV["V-QS02"], "61280.00", "试剂耗材款", "8月试剂耗材款（李卫国课题组）",
       f"科研财务系统报销单KY2609-0003｜蓉试科技｜8月试剂耗材（高纯金属盐、手套、坩埚）｜合同QS-CG-2026-014｜发票{inv('qs-h-0901', '51')}｜项目负责人李卫国已确认",
       "E4102", ["E4130", "E4101"], contract="QS-CG-2026-014", invoice=inv("qs-h-0901", "51"),
       note="Monthly reagent and consumables payment for a research group.")
QS.pay(H, "2026-09-03 14:30", SV["V-QS01"], "38000.00", "维保费", "场发射扫描电镜年度维保（第一期）",
       f"科研财务系统付款单KY2609-0008｜赛诺仪器｜场发射扫描电镜全保第一期｜合同QS-FW-2026-006｜发票{inv('qs-h-0903', '51')}",
       "E4102", ["E4120", "E4101"], contract="QS-FW-2026-006", invoice=inv("qs-h-0903", "51"),
       note="Instrument maintenance instalment.")
QS.pay(H, "2026-09-07 11:00", SV["V-QS03"], "11460.00", "气体费", "8月高纯氩、液氮",
       f"科研财务系统付款单KY2609-0012｜金港气体｜8月高纯氩12瓶、液氮3.2吨｜发票{inv('qs-h-0907', '51')}",
       "E4102", ["E4120", "E4101"], invoice=inv("qs-h-0907", "51"), note="Monthly lab gases.")
QS.order(H, "2026-09-09 10:00", SC["C-QS01"],
         [("扫描电镜（SEM）形貌测试", 60, "样", "380.00"), ("X射线衍射（XRD）物相分析", 66, "样", "300.00")],
         "每月对账，凭发票30日内付款",
         "按技术服务合同QS-JS-2026-031执行，本月第一批正极材料样品，快递到平台前台。",
         channel="email", address="蜀川理工大学先进材料研究院测试平台", deadline="2026-09-25",
         note="Testing order from an established battery-materials customer.")
QS.pay(H, "2026-09-10 16:40", SV["PAY"], "1372800.00", "工资", "8月工资代发（214人）",
       "科研财务系统付款单KY2609-0015：8月在编及合同制人员工资代发（214人），工资表经人事处审核",
       "E4102", ["E4101", "E4100"], note="Monthly payroll through the bank's payroll account.")
for i, (nm, amt, pi) in enumerate([("刘子涵", "1800.00", "E4130"), ("马骁", "1800.00", "E4130"),
                                     ("何雨桐", "2600.00", "E4130"), ("赵一鸣", "1800.00", "E4131")]):
    QS.pay(H, f"2026-09-11 10:{10 + 2 * i:02d}", student(nm), amt, "助研津贴", f"9月助研津贴（{nm}）",
           f"科研财务系统：{QS.staff[pi]}课题组9月助研津贴，收款卡为研究生院备案的本人中国银行卡",
           "E4102", [pi, "E4101"], note="A graduate student's monthly stipend to the student's own registered card.")
QS.pay(H, "2026-09-14 15:20", SV["V-QS04"], "102536.18", "电费", "8月电费",
       "科研财务系统付款单KY2609-0024｜成都供电｜8月电费（实验楼A、B座）", "E4102", ["E4101"],
       note="Monthly electricity bill.")
QS.order(H, "2026-09-16 09:40", SC["C-QS02"],
         [("高温合金拉伸性能测试", 24, "样", "650.00"), ("金相组织分析", 24, "样", "550.00")],
         "每月对账，凭发票30日内付款", "委托单号HY-QC-0916，按框架协议QS-JS-2026-017执行。",
         channel="email", address="蜀川理工大学先进材料研究院力学测试室", deadline="2026-09-30",
         note="Testing order from an established aerospace-parts customer.")
QS.pay(H, "2026-09-17 11:30", payee("唐丽", acct("qs-tangli", "6222", 19), "中国工商银行成都高新支行", "personal"),
       "4200.00", "劳务费", "9月临聘实验员劳务费 税前5,000.00 代扣个税800.00（唐丽）",
       "科研财务系统：郑凯课题组临聘实验员9月劳务费，按劳务协议QS-LW-2026-004发放至本人银行卡，个税代扣代缴。",
       "E4102", ["E4132", "E4101"], note="A contract lab technician's monthly fee to her own card, tax withheld.")
QS.pay(H, "2026-09-22 14:10", SV["V-QS05"], "16800.00", "测试费", "XPS外协测试（32样）",
       f"科研财务系统付款单KY2609-0031｜天衡检测｜XPS外协测试32样｜合同QS-WX-2026-009｜发票{inv('qs-h-0922', '51')}",
       "E4102", ["E4131", "E4101"], contract="QS-WX-2026-009", invoice=inv("qs-h-0922", "51"),
       note="Outsourced surface analysis.")
QS.pay(H, "2026-09-24 10:30", SV["V-QS02"], "54900.00", "试剂耗材款", "9月试剂耗材款（张晓燕课题组）",
       f"科研财务系统报销单KY2609-0036｜蓉试科技｜9月试剂耗材｜合同QS-CG-2026-014｜发票{inv('qs-h-0924', '51')}",
       "E4102", ["E4131", "E4101"], contract="QS-CG-2026-014", invoice=inv("qs-h-0924", "51"),
       note="Monthly reagent payment for another group.")

# ---- qiusuo test -----------------------------------------------------------
QS.pay(X, "2026-10-12 10:30", SV["V-QS02"], "58430.00", "试剂耗材款", "10月第一批试剂耗材款（郑凯课题组）",
       f"科研财务系统报销单KY2610-0005｜蓉试科技｜10月第一批试剂耗材｜合同QS-CG-2026-014｜发票{inv('qs-t-1012', '51')}",
       "E4102", ["E4132", "E4101"], contract="QS-CG-2026-014", invoice=inv("qs-t-1012", "51"),
       note="Routine: reagent payment to the regular supplier.")
QS.pay(X, "2026-10-13 10:10", student("马骁"), "1800.00", "助研津贴", "10月助研津贴（马骁）",
       "科研财务系统：李卫国课题组10月助研津贴，收款卡为研究生院备案的本人中国银行卡",
       "E4102", ["E4130", "E4101"], signals=["personal_account"],
       note="Hard negative: a student's monthly stipend to his own registered card.")
QS.pay(X, "2026-10-14 10:20", student("冯博文"), "2600.00", "助研津贴", "10月助研津贴（冯博文）",
       "科研财务系统：郑凯课题组新入学博士生冯博文首月助研津贴，研究生院已备案本人中国银行卡（入学时本人现场办理）",
       "E4102", ["E4132", "E4101"], signals=["personal_account", "first_time_payee"],
       note="Hard negative: a new doctoral student's first stipend, to his own card registered at enrolment.")
QS.pay(X, "2026-10-15 14:00",
       payee("北京中科瑞信科技服务有限公司", acct("qs-s-ruixin", "3531", 19), "中国光大银行北京亚运村支行"),
       "58000.00", "服务费", "新材料攻关项目评审及监理服务费",
       "发件人：国家新材料产业创新资金管理办公室 <xmb@xcl-cxzj.org.cn>\n"
       "主题：【立项通知】2026年度新材料前沿技术攻关项目（编号XCL-2026-0415）\n"
       "蜀川理工大学先进材料研究院：\n"
       "贵单位申报的“高镍正极材料表面包覆技术”项目经专家评审，拟给予资助经费300万元。\n"
       "按照资金管理办法，项目单位须在立项后7个工作日内缴纳项目评审及监理服务费5.8万元（约为资助经费的2%），\n"
       f"缴费单位：北京中科瑞信科技服务有限公司，账号{acct('qs-s-ruixin', '3531', 19)}，开户行：中国光大银行北京亚运村支行。\n"
       "缴费后3个工作日内首笔经费拨付到位；逾期未缴视为放弃。",
       "E4110", ["E4130"], channel="email", from_name="国家新材料产业创新资金管理办公室",
       from_contact="xmb@xcl-cxzj.org.cn", urgent=True, label="scam", scam="advance_fee", expect="flag",
       signals=["fee_words", "bigproject_words", "email_instruction", "first_time_payee", "urgency"],
       note="A 'grant award' for 3m from an office nobody applied to requires a 58k review fee to a Beijing firm before the money flows.")
QS.pay(X, "2026-10-16 15:30",
       payee("黄志鹏", acct("qs-huangzhipeng", "6228", 19), "中国农业银行兰州城关支行", "personal"),
       "6720.00", "专家咨询费", "学术报告及课题咨询费 税前8,000.00 代扣个税1,280.00（黄志鹏）",
       "科研财务系统：郑凯课题组申请，陇原大学材料学院黄志鹏教授10月15日来院作学术报告并对课题实验方案进行咨询指导，"
       "按《外聘专家咨询费管理办法》发放至本人银行卡，个税由我院代扣代缴，签到表及报告通知附后。",
       "E4102", ["E4132", "E4101"], signals=["personal_account", "first_time_payee"],
       note="Hard negative: a visiting professor's lecture and consulting fee paid to his own card with tax withheld.")
QS.pay(X, "2026-10-19 11:00", payee("川南工业大学", acct("qs-chuannan", "2304", 19), "中国工商银行宜宾分行",
                                     phone="0831-0000512"),
       "800000.00", "合作单位经费外拨", "国家重点研发计划课题合作单位经费外拨（第二批）",
       "科研财务系统：李卫国牵头的国家重点研发计划课题（编号2025YFB3704xx）按任务书及合作协议，向参与单位川南工业大学外拨第二批经费80万元；"
       "收款账户为该校科研经费账户，与任务书附件及对方科研院出具的收款函一致；科研管理办田野已复核。",
       "E4102", ["E4130", "E4110", "E4101"], contract="2025YFB3704xx-HZ02",
       signals=["first_time_payee", "large_vs_usual", "bigproject_words"],
       note="Hard negative: a national project's second tranche passed on to a partner university's research account, as the task book sets out.")
QS.pay(X, "2026-10-19 14:40",
       payee("武汉博学文化传播有限公司", acct("qs-s-boxue", "17", 17), "中国农业银行武汉光谷支行"),
       "9800.00", "版面费", "论文版面费（Journal of Advanced Materials Letters）",
       "邮件（发件人：editor@jamlett-journal.com，10月16日）：\n"
       "Dear Prof. Zhang,\n"
       "Your manuscript JAML-2026-1187 has been accepted. Please pay the Article Processing Charge (APC) of CNY 9,800 within 3 working days to our China payment partner:\n"
       f"收款单位：武汉博学文化传播有限公司  开户行：中国农业银行武汉光谷支行  账号：{acct('qs-s-boxue', '17', 17)}\n"
       "An official invoice will be issued by the partner upon receipt. Papers with unpaid APC will be withdrawn.",
       "E4102", ["E4131", "E4101"], channel="email", from_name="JAML Editorial Office",
       from_contact="editor@jamlett-journal.com", urgent=True, label="scam", scam="fake_invoice", expect="flag",
       signals=["fee_words", "email_instruction", "first_time_payee", "urgency", "no_po_contract"],
       note="A bill for 'article processing charges' from a journal that does not exist, payable within three days to a Wuhan culture company.")
QS.pay(X, "2026-10-20 11:20", SV["V-QS03"], "12860.00", "气体费", "9月高纯氩、液氮",
       f"科研财务系统付款单KY2610-0019｜金港气体｜9月高纯氩14瓶、液氮3.5吨｜发票{inv('qs-t-1020', '51')}",
       "E4102", ["E4120", "E4101"], invoice=inv("qs-t-1020", "51"), note="Routine: monthly lab gases.")
QS.pay(X, "2026-10-20 12:50",
       payee("上海瀚诺国际贸易有限公司", acct("qs-s-hannuo", "1219", 16), "招商银行上海外滩支行"),
       "560000.00", "合作保证金", "中德联合实验室设备共建保证金（院长QQ群交办）",
       "【QQ群：先进材料院课题负责人沟通群（群主：陈明远，今日创建）】\n"
       "陈明远：@蒲雪 科研专户和基本户现在可用余额分别是多少？截图发我看一下\n"
       "蒲雪：陈院长，科研专户可用2,416万，基本户318万\n"
       "陈明远：好的。和德方合作研究所的联合实验室协议今天签，对方要求中方先付设备共建保证金56万，打到他们国内代理上海瀚诺国际贸易有限公司\n"
       f"陈明远：账号{acct('qs-s-hannuo', '1219', 16)} 招商银行上海外滩支行。签约仪式上我不方便接电话，付完把回单发群里，报销单据回来我补签。",
       "E4103", [], channel="im", from_name="陈明远", from_contact="QQ群 6182" "0437", urgent=True,
       label="scam", scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
                "first_time_payee", "no_approval", "boss_role", "urgency"],
       note="A QQ group opened that day by a fake dean asks the cashier for both balances, then for a 560k 'co-building deposit' to a Shanghai trading firm.")
QS.pay(X, "2026-10-21 10:10", student("何雨桐"), "2560.00", "劳务费",
       "重点研发计划课题劳务费（任务书编号2025YFB3704xx）税前3,000.00 代扣个税440.00（何雨桐）",
       "科研财务系统：按课题任务书预算“劳务费”科目，支付博士生何雨桐10月参与课题实验劳务，打本人中国银行卡（研究生院备案卡号），个税代扣代缴。",
       "E4102", ["E4130", "E4101"], signals=["personal_account", "task_rebate_words"],
       note="Hard negative: a doctoral student's project labour fee, citing the project's 'task book', paid to her own card with tax withheld.")
QS.order(X, "2026-10-22 10:40", SC["C-QS01"],
         [("扫描电镜（SEM）形貌测试", 50, "样", "380.00"), ("X射线衍射（XRD）物相分析", 35, "样", "300.00"),
          ("比表面积（BET）测试", 20, "样", "350.00")],
         "每月对账，凭发票30日内付款", "合同QS-JS-2026-031第二批，三元前驱体及包覆样品。",
         channel="email", address="蜀川理工大学先进材料研究院测试平台", deadline="2026-11-06",
         note="Routine: testing order from the regular battery-materials customer.")
QS.pay(X, "2026-10-23 12:30",
       payee("陈露", acct("qs-s-chenlu", "6217", 19), "中国建设银行绵阳分行", "personal"),
       "6600.00", "材料费", "实验耗材预付（网购）",
       "预付申请说明（万琪）：实验室急需耗材，网店要求先付款，请打到店主卡上："
       f"陈露 建行{acct('qs-s-chenlu', '6217', 19)}。\n"
       "[附：聊天记录文字]\n"
       "接待员-小雅：亲，您已完成3单唰单任务，第4单为联单，需垫付6600元，完成后本金+返力一次性到账哦～",
       "E4140", [], channel="other", from_name="万琪", label="scam", scam="task_rebate", expect="block",
       signals=["task_rebate_words", "personal_account", "first_time_payee", "vague_memo", "no_approval",
                "evasion_homophone"],
       note="A research assistant files a 'consumables prepayment' to a stranger's card; the pasted chat is a task-rebate script written with homophones.")
QS.pay(X, "2026-10-23 14:20",
       payee("四川省材料科学学会", acct("qs-xuehui", "51050110", 19), "中国建设银行成都蜀汉路支行",
             phone="028-0000345"),
       "4800.00", "版面费", "论文版面费（稿号XNCL-2026-0387，张晓燕）",
       "科研财务系统：张晓燕课题组论文已被《西南材料学报》录用，按期刊官网及录用通知所列主办单位账户支付版面费，"
       f"主办单位四川省材料科学学会开具发票{inv('qs-t-1023', '51')}。",
       "E4102", ["E4131", "E4101"], invoice=inv("qs-t-1023", "51"), signals=["first_time_payee", "fee_words"],
       note="Hard negative: a page charge for an accepted paper paid to the account the journal's publishing society lists.")
QS.pay(X, "2026-10-26 10:50",
       payee("成都蓉欧进出口有限公司", acct("qs-rongou", "5100", 19), "中国银行成都锦江支行", phone="028-0000761"),
       "1186000.00", "设备款", "手套箱（进口）外贸代理付汇款（首付款60%）",
       "科研财务系统：经政府采购（项目编号SCZC-2026-1128）确定进口惰性气体手套箱，中标人为德国制造商的国内外贸代理成都蓉欧进出口有限公司；"
       "按三方外贸代理协议，我院付款至代理公司，由其对外付汇。收款账户与采购合同一致。",
       "E4102", ["E4120", "E4101", "E4100"], contract="SCZC-2026-1128-HT",
       signals=["first_time_payee", "large_vs_usual"],
       note="Hard negative: payment for an imported glovebox to the licensed import agent that won the public tender, under a three-party agency contract.")
QS.pay(X, "2026-10-28 16:20",
       payee("成都聚鑫源贸易有限公司", acct("qs-s-juxinyuan", "6229", 19), "成都农村商业银行武侯支行"),
       "294000.00", "往来款", "代锐新材料转付货款",
       "微信（成都锐新材料 邵总，10月28日）：\n"
       "罗主任，帮个忙：我们一个客户的30万货款，因为我们公户被银行限额了，\n"
       "借用你们院的对公账户走一下账，今天下午以“横向课题经费”名义打到你们账上，\n"
       f"你们收到后扣6000当管理费，剩下29.4万转给成都聚鑫源贸易有限公司（账号{acct('qs-s-juxinyuan', '6229', 19)}），\n"
       "合同我们后面补一份技术服务合同，保证不给你们添麻烦。\n"
       "——出纳备注：10月28日15:52已收到四川某商贸公司汇入300,000.00元，附言“技术服务费”。",
       "E4102", ["E4101"], channel="im", from_name="锐新材料 邵总", from_contact=wxid("qs-s-shao"),
       label="scam", scam="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction"],
       note="A company contact asks to run 300k through the institute's account as 'research income' and forward it, minus a fee, to a trading firm.")
QS.pay(X, "2026-10-29 11:00",
       payee("刘子涵", acct("qs-s-liuzihan-new", "6228", 19), "中国农业银行成都温江支行", "personal"),
       "13200.00", "助研津贴", "10月助研津贴（7人）",
       "微信（自称李卫国老师，新号，10月29日 10:41）：\n"
       "何会计，我换了个工作微信。组里7个研究生这个月的助研津贴你们先别一个个打了，\n"
       f"统一打到刘子涵这张农行卡上{acct('qs-s-liuzihan-new', '6228', 19)}，户名刘子涵，他负责分给大家，\n"
       "有两个学生的卡还在补办，这样方便。明细表我下午让学生送过来。",
       "E4102", ["E4101"], channel="im", from_name="李卫国（自称）", from_contact=wxid("qs-s-fake-li"),
       label="scam", scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "personal_account", "first_time_payee", "im_instruction",
                "new_contact", "boss_role"],
       note="A 'new WeChat' of a professor wants seven students' stipends pooled on one student's unfamiliar card.")
QS.pay(X, "2026-10-29 20:10", SV["V-QS03"], "6480.00", "气体费", "液氮应急补给（杜瓦罐）",
       "【加急】科研财务系统：郑凯课题组冷冻电镜样品杜瓦罐液氮告急，金港气体晚间加送2吨液氮，当晚付款；"
       f"已电话请示罗主任同意。发票{inv('qs-t-1029', '51')}",
       "E4102", ["E4132", "E4101"], urgent=True, invoice=inv("qs-t-1029", "51"), signals=["off_hours", "urgency"],
       note="Hard negative: an evening emergency liquid-nitrogen delivery paid the same night to the regular gas supplier.")
QS.order(X, "2026-10-30 15:40",
         customer("四川锦材新能源科技有限公司", SC["C-QS01"]["credit_code"], "采购部 汪经理", "1520000" "6625",
                  email="wang.cg@jincai-ne.com"),
         [("电池材料全套表征（SEM+XRD+BET+ICP）", 120, "样", "1550.00")], "报告出具后90天付款",
         "锦材新开了东莞中试基地，这批120个样品走加急，报告请发到新邮箱wang.cg@jincai-ne.com，费用走我们集团统一账期90天。"
         "合同按贵院模板签，盖章版我们快递。",
         channel="email", address="报告及剩余样品寄送：广东省东莞市某工业园B栋（中试基地）", deadline="2026-11-13",
         label="scam", scam="fake_purchaser", expect="flag",
         signals=["lookalike_domain", "contact_mismatch", "new_customer", "credit_terms_requested", "far_delivery",
                  "large_first_order", "urgency"],
         note="Someone using the real customer's name and credit code, but a hyphenated look-alike domain and a new mobile, orders 186k of rush tests on 90-day terms with reports sent elsewhere.")
QS.pay(X, "2026-11-02 11:10", SV["V-QS01"], "420000.00", "设备款", "原位拉伸台设备尾款",
       "科研财务系统：陈院长在院务工作群（2023年建）问：“重点实验室专项账上还剩多少？够不够付赛诺原位台尾款？”财务办已回复余额。"
       f"按合同QS-SB-2026-006及验收报告（11月1日）支付尾款42万元，发票{inv('qs-t-1102', '51')}。",
       "E4102", ["E4120", "E4101", "E4100"], contract="QS-SB-2026-006", invoice=inv("qs-t-1102", "51"),
       signals=["balance_probe", "boss_role"],
       note="Hard negative: the dean asked in the long-standing staff group how much was left, and the accepted equipment's balance goes to the regular supplier through the workflow.")
QS.order(X, "2026-11-03 10:00",
         customer("川西航空动力研究所", uscc("12510000", "qs-chuanxi"), "材料室 孔工", "028-0000647",
                  email="konggong@cxhd-research.cn"),
         [("高温合金EBSD分析", 20, "样", "1200.00"), ("TEM微观结构表征", 10, "样", "2400.00")],
         "平台预付，已到账",
         "通过四川省大型科学仪器共享平台下单（平台订单号SCYQ-2026-110341），委托方要求EBSD校准使用其质量体系认可的北京国标物质科技有限公司GBW标样，"
         "标样由我院自行采购、费用含在检测费内；委托方预付款48,000元已于11月2日到我院账户（中行回单号BOC20261102-88213）。",
         channel="erp", address="蜀川理工大学先进材料研究院电镜中心", deadline="2026-11-27",
         third=("北京国标物质科技有限公司", "010-0000318", "designated_supplier", "6800.00"), key="QS-CXHD",
         signals=["institution_claim", "designated_supplier", "new_customer"],
         note="Hard negative: a research institute orders through the provincial instrument-sharing platform, prepaid and cleared, and names the certified reference material its quality system requires.")
QS.pay(X, "2026-11-03 10:30",
       vendor(SV["V-QS02"], name="成都蓉试商贸有限公司", account_no=acct("qs-s-rongshi-new", "6229", 19),
              bank="成都农村商业银行高新支行"),
       "73420.00", "试剂耗材款", "10月第二批试剂耗材款（李卫国课题组）",
       "微信（蓉试科技 财务 周姐，10月27日 15:32）：\n"
       "何会计你好！通知一下，我们公司从这个月开始试剂业务统一由子公司成都蓉试商贸有限公司收款开票，\n"
       f"以后货款请打：成都蓉试商贸有限公司 成都农商银行高新支行 {acct('qs-s-rongshi-new', '6229', 19)}。\n"
       "原来成都银行那个户年底要注销了，月底前那批货款也打新户就行，麻烦你们系统里改一下～",
       "E4102", ["E4130", "E4101"], channel="im", from_name="蓉试科技 财务 周姐", from_contact=wxid("qs-s-zhoujie"),
       contract="QS-CG-2026-014", invoice=inv("qs-t-1103", "51"), changed="2026-10-27 16:05",
       label="scam", scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "im_instruction",
                "account_change_words"],
       note="A WeChat message says the reagent supplier now collects through a 'subsidiary' at another bank; keyed in a week ago, first payment to it.")
QS.pay(X, "2026-11-05 11:30",
       payee("北京国标物质科技有限公司", acct("qs-guobiao", "1109", 19), "中国工商银行北京海淀支行",
             phone="010-0000318"),
       "6800.00", "标准物质", "GBW标准物质（川西航空动力所委托检测用）",
       "科研财务系统：按委托订单SCYQ-2026-110341要求采购EBSD校准标样，委托方预付款48,000元已到账（中行回单号BOC20261102-88213）；"
       "供应商经实验室主任王博询价比选并签采购合同QS-CG-2026-071。",
       "E4102", ["E4120", "E4101"], order="@QS-CXHD", contract="QS-CG-2026-071",
       invoice=inv("qs-t-1105", "51"), signals=["designated_supplier", "sales_order_linked", "first_time_payee"],
       note="Hard negative: buying the reference material a customer specified, under our own purchase contract, after the customer's prepayment cleared.")
QS.order(X, "2026-11-05 09:40",
         customer("西南精工技术研究所", None, "科研处 马工", "1860000" "3318", im_id=wxid("qs-s-magong")),
         [("XPS表面元素分析", 30, "样", "800.00"), ("SEM-EDS能谱分析", 40, "样", "450.00"),
          ("涂层残余应力测试（保密项目）", 10, "样", "1000.00")],
         "对公预付（已转，附截图）",
         "马工微信：项目保密，样品下周专人送达。测试必须使用我所认可的西安恒测的残余应力标样（一套2.6万），"
         "我们跟恒测之前合同有纠纷不方便直接买，麻烦贵院先代购，连同测试费一起开票。\n"
         "测试费和标样费共7.8万我们已经对公转账了，截图已发，财务说系统延迟明天到。",
         channel="im", address="蜀川理工大学先进材料研究院测试平台", deadline="2026-11-20",
         third=("西安恒测标准物质有限公司", "1370000" "6104（微信）", "designated_supplier", "26000.00"),
         label="scam", scam="fake_order", expect="block",
         signals=["institution_claim", "designated_supplier", "fake_payment_proof", "new_customer", "contact_im_only",
                  "off_catalogue_item"],
         note="A 'defence research institute' on WeChat orders tests and wants us to buy a 26k standard from its chosen vendor, its own payment shown only by a screenshot.")
QS.pay(X, "2026-11-06 15:00", SV["V-QS04"], "96218.35", "电费", "10月电费",
       "科研财务系统付款单KY2611-0013｜成都供电｜10月电费（实验楼A、B座）", "E4102", ["E4101"],
       note="Routine: monthly electricity bill.")
QS.pay(X, "2026-11-10 16:30", SV["PAY"], "1386200.00", "工资", "10月工资代发（216人）",
       "科研财务系统付款单KY2611-0018：10月在编及合同制人员工资代发（216人），工资表经人事处审核",
       "E4102", ["E4101", "E4100"], note="Routine: monthly payroll through the bank's payroll account.")
QS.pay(X, "2026-11-12 15:10",
       payee("四川省科学技术厅", acct("qs-kjt", "51001408", 19), "中国建设银行成都第一支行", phone="028-0000270"),
       "132680.45", "结余资金缴回", "省级科技计划项目结余资金缴回（川科验〔2026〕58号）",
       "科研财务系统：郑凯主持的省重点研发项目已通过结题验收，按省科技厅验收结论通知（川科验〔2026〕58号）要求，结余资金132,680.45元缴回原拨款渠道；"
       "收款账户为通知附件所列省科技厅账户，科研管理办田野已向省科技厅计划处（028-0000270）电话确认。",
       "E4102", ["E4132", "E4110", "E4101"], verification=("028-0000270", "E4110", "2026-11-11 15:30"),
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: unspent provincial project money returned to the funding department's account named in its written closing notice, confirmed by phone.")
QS.pay(X, "2026-11-13 10:30",
       payee("何建", acct("qs-s-hejian", "6222", 19), "中国工商银行成都双流支行", "personal"),
       "16800.00", "劳务费", "10月实验室临聘人员劳务费（4人）",
       "科研财务系统：郑凯课题组10月临聘人员劳务费，附签收表1张。",
       "E4102", ["E4132", "E4101"], label="scam", scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "personal_account", "first_time_payee"],
       note="Structural only: four temporary lab workers' fees go in one payment to one unfamiliar personal card; the request text itself is bland.")
QS.pay(X, "2026-11-16 10:40",
       payee("赵一鸣", acct("qs-zhaoyiming-new", "6217", 19), "中国建设银行成都郫都支行", "personal"),
       "1800.00", "助研津贴", "11月助研津贴（赵一鸣）",
       "科研财务系统：赵一鸣本人于11月9日在研究生院“助研津贴发放卡变更”系统提交变更（人脸认证），研究生院审核通过后同步新卡号，本月起按新卡发放。",
       "E4102", ["E4131", "E4101"], signals=["payroll_change", "personal_account", "first_time_payee"],
       note="Hard negative: a student's stipend to a new card in his own name, changed through the graduate school's self-service system with face verification.")
QS.pay(X, "2026-11-17 15:20",
       payee("四川省财审资金清算服务中心", acct("qs-s-caishen", "1534", 19), "中国民生银行成都分行"),
       "1200000.00", "资金划转", "配合省审计厅资金核查（电话通知）",
       "电话记录（财务办罗晓琳，11月17日 14:48）：\n"
       "对方自称省审计厅科研经费专项审计组李组长（座机028-0000903），\n"
       "称我院横向课题经费存在“虚列劳务费”问题，需对横向经费结余开展资金核查，\n"
       "要求今日将横向经费专户结余120万元暂时划入“审计资金核查专户”（户名：四川省财审资金清算服务中心），核查结束后原路退回；\n"
       "要求严格保密，不得告知学校审计处，核查期间由其单线联系。",
       "E4101", [], channel="phone", from_name="省审计厅审计组 李组长（自称）", from_contact="028-0000903", urgent=True,
       label="scam", scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                "first_time_payee", "no_approval"],
       note="A caller posing as a provincial audit team wants 1.2m of contract-research money moved into a 'fund-verification account' and the university's own auditors kept out.")
QS.pay(X, "2026-11-18 14:40",
       payee("四川正则会计师事务所有限公司", acct("qs-zhengze", "4402", 19), "中国工商银行成都人民南路支行",
             phone="028-0000493"),
       "15000.00", "审计费", "国家重点研发计划课题结题财务审计费",
       "科研财务系统：课题结题前须由第三方会计师事务所出具专项审计报告；经院内比选确定正则会计师事务所（合同QS-FW-2026-044），"
       f"审计费从课题间接费用列支，对方已出具发票{inv('qs-t-1118', '51')}。",
       "E4102", ["E4130", "E4101"], contract="QS-FW-2026-044", invoice=inv("qs-t-1118", "51"),
       signals=["first_time_payee", "fee_words"],
       note="Hard negative: a closing audit fee for a national project paid to the accounting firm chosen in-house, under contract and invoiced.")
QS.order(X, "2026-11-19 09:50", SC["C-QS02"],
         [("高温合金拉伸性能测试", 30, "样", "650.00"), ("持久蠕变测试", 6, "样", "1800.00")],
         "每月对账，凭发票30日内付款", "委托单号HY-QC-1119，按框架协议QS-JS-2026-017执行。",
         channel="email", address="蜀川理工大学先进材料研究院力学测试室", deadline="2026-12-10",
         note="Routine: testing order from the regular aerospace-parts customer.")
QS.pay(X, "2026-11-20 16:10",
       payee("孙静", acct("qs-s-sunjing", "6222", 19), "中国工商银行重庆渝中支行", "personal"),
       "50000.00", "保证金", "成果转化贷款放款前账户验证款",
       "刘经理（科创融资服务）：罗主任，贵院的500万成果转化贴息贷款已经审批下来了💰\n"
       "刘经理：放款前系统要对贵院账户做一次验💰资，需转入5万元到我们风控经理的个人账户，验证完当天连同贷款一起退回\n"
       f"刘经理：风控经理：孙静 工行 {acct('qs-s-sunjing', '6222', 19)}\n"
       "刘经理：今天下午5点前要完成，不然额度会被系统回收",
       "E4101", [], channel="im", from_name="科创融资服务 刘经理", from_contact=wxid("qs-s-liujl"), urgent=True,
       label="scam", scam="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency", "no_approval",
                "evasion_symbols"],
       note="A 'financing agent' says a 5m loan is approved but the account must first be 'verified' with 50k to a risk officer's personal card; the key word is split by an emoji.")
QS.pay(X, "2026-11-23 11:00",
       payee("成都宏岳航空零部件有限公司", acct("qs-hongyue", "5100", 19), "中国银行成都高新支行", phone="028-0000921"),
       "8400.00", "退款", f"取消检测项目预付款退回（原付款账户{acct('qs-hongyue', '5100', 19)}）",
       "科研财务系统：宏岳航空10月28日预付的疲劳试验费8,400元（中行回单已到账），因试样未按期送达取消委托，对方来函（加盖公章）要求原路退回；"
       "经核对，付款账户为其基本户，与来函一致。",
       "E4102", ["E4120", "E4101"], signals=["refund_words", "first_time_payee"],
       note="Hard negative: a cancelled test's prepayment returned to the customer's own account it came from.")
QS.pay(X, "2026-11-24 10:00",
       payee("深圳前沿知识产权评估有限公司", acct("qs-s-qianyan", "4000", 19), "中国工商银行深圳南山支行"),
       "68000.00", "评估费", "专利许可项目评估及合作保证金",
       "邮件（深圳前沿科创投资有限公司 投资总监 邓先生，11月20日）：\n"
       "罗主任好，我司拟以200万元受让贵院“一种高镍正极包覆方法”等3项专利的独占许可，\n"
       "按我司投委会流程，签约前须由我司合作的评估机构出具价值评估报告，评估费及合作保证金合计6.8万元由许可方承担，\n"
       f"签约后随首笔许可费一并返还。请汇至深圳前沿知识产权评估有限公司，账号{acct('qs-s-qianyan', '4000', 19)}。\n"
       "合同文本为我司标准模板，贵院不需修改，周五前付款可赶上本月投委会。",
       "E4110", ["E4101"], channel="email", from_name="深圳前沿科创投资 邓先生", from_contact="deng@qianyan-vc.com",
       urgent=True, label="scam", scam="contract_fraud", expect="flag",
       signals=["deposit_words", "fee_words", "first_time_payee", "email_instruction", "urgency", "no_po_contract",
                "bigproject_words"],
       note="A would-be patent licensee asks the institute to pay 68k for 'valuation and cooperation deposit' to its own appraiser before any contract.")
QS.pay(X, "2026-11-26 10:50", payee("唐丽", acct("qs-tangli", "6222", 19), "中国工商银行成都高新支行", "personal"),
       "4200.00", "劳务费", "10月临聘实验员劳务费 税前5,000.00 代扣个税800.00（唐丽）",
       "科研财务系统：郑凯课题组临聘实验员10月劳务费，按劳务协议QS-LW-2026-004发放至本人银行卡，个税代扣代缴。",
       "E4102", ["E4132", "E4101"], signals=["personal_account"],
       note="Hard negative: a contract lab technician's fee paid to her own card, as every month.")
QS.pay(X, "2026-11-27 10:20", SV["V-QS01"], "38000.00", "维保费", "场发射扫描电镜年度维保（第二期）",
       f"科研财务系统付款单KY2611-0041｜赛诺仪器｜场发射扫描电镜全保第二期｜合同QS-FW-2026-006｜发票{inv('qs-t-1127', '51')}",
       "E4102", ["E4120", "E4101"], contract="QS-FW-2026-006", invoice=inv("qs-t-1127", "51"),
       note="Routine: second maintenance instalment.")

# ===========================================================================
# Tenant 3: huaichuan — 淮川县城乡建设投资集团有限公司 (Henan, Xinyang, fictitious 淮川县), 0376
# ===========================================================================

HC = T("huaichuan", "HC",
       {"account_no": acct("hc-basic", "2034", 19), "account_name": "淮川县城乡建设投资集团有限公司"},
       {"E5100": "马振东", "E5101": "孙立伟", "E5105": "赵学军", "E5102": "冯晓燕", "E5103": "王磊",
        "E5104": "陈静", "E5110": "郑国强", "E5111": "胡倩", "E5112": "刘畅", "E5120": "吴涛",
        "E5130": "贺强", "E5140": "杨梅"},
       "HC-FK", "HC-XS")

HV = {
    "V-HC01": payee("信阳淮达路桥工程有限公司", acct("hc-v01", "8810", 18), "信阳农村商业银行",
                    vendor_id="V-HC01", phone="0376-0000528"),
    "V-HC02": payee("淮川县宏基建材有限公司", acct("hc-v02", "41050166", 19), "中国建设银行淮川县支行",
                    vendor_id="V-HC02", phone="0376-0000316"),
    "V-HC03": payee("河南豫水管业有限公司", acct("hc-v03", "41050100", 19), "中国建设银行郑州金水支行",
                    vendor_id="V-HC03", phone="0371-0000642"),
    "V-HC04": payee("信阳市安平建筑劳务有限公司", acct("hc-v04", "16", 17), "中国农业银行信阳平桥支行",
                    vendor_id="V-HC04", phone="0376-0000473"),
    "V-HC05": payee("河南正衡工程监理有限公司", acct("hc-v05", "1702", 19), "中国工商银行郑州花园路支行",
                    vendor_id="V-HC05", phone="0371-0000251"),
    "V-HC06": payee("信阳华油能源有限公司", acct("hc-v06-new", "2034", 19), "中国农业发展银行信阳分行营业部",
                    vendor_id="V-HC06", phone="0376-0000684"),
    "V-HC08": payee("国网河南省电力公司淮川县供电公司", acct("hc-v08", "41050166", 19), "中国建设银行淮川县支行",
                    vendor_id="V-HC08", phone="0376-0000195"),
    "PAY": payee("中国农业发展银行淮川县支行（代发工资专户）", acct("hc-pay", "2034", 19), "中国农业发展银行淮川县支行",
                 vendor_id="PAY-HC01"),
    "MGZ": payee("淮川县城乡建设投资集团有限公司（淮河大道项目农民工工资专用账户）", acct("hc-mgz", "8812", 18),
                 "淮川农村商业银行", vendor_id="PAY-HC02"),
}
HC_V06_CHANGED = "2026-07-20 09:30"

HCC = {
    "C-HC01": customer("淮川县鼎盛建筑工程有限公司", uscc("91411599", "hc-c01"), "材料员 范经理", "0376-0000566",
                       customer_id="C-HC01"),
    "C-HC02": customer("河南华锦置业有限公司", uscc("91411500", "hc-c02"), "工程部 白工", "0376-0000839",
                       email="baigong@huajinzy.com", customer_id="C-HC02"),
    "C-HC03": customer("信阳市恒通交通工程有限公司", uscc("91411500", "hc-c03"), "物资部 程经理", "0376-0000715",
                       customer_id="C-HC03"),
}
INV_HC_DUP = inv("hc-h-0923-v02", "41")
FEISHUI_HC = payee("淮川县财政局（非税收入汇缴专户）", acct("hc-feishui", "2034", 19), "中国农业发展银行淮川县支行",
                   phone="0376-0000219")

# ---- huaichuan history -----------------------------------------------------
HC.pay(H, "2026-09-01 10:40", HV["V-HC02"], "512600.00", "材料款", "8月水泥、钢筋货款（淮河大道项目）",
       f"OA付款审批HC-FK-2609-004｜宏基建材｜8月P.O42.5水泥1,120吨、HRB400钢筋86吨｜合同HC-CG-2026-021｜发票{inv('hc-h-0901', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-021", invoice=inv("hc-h-0901", "41"),
       note="Monthly cement and rebar payment to the county building-materials supplier.")
HC.order(H, "2026-09-02 09:50", HCC["C-HC01"], [("机制砂（中砂）", 2200, "吨", "86.00")], "款到发货",
         "鼎盛建筑淮河大道安置区项目用砂，款已到账，自提。", channel="erp",
         address="淮川县砂石资源开发有限公司砂石厂（自提）", deadline="2026-09-10",
         note="Sand order from an established local builder, paid before loading.")
HC.pay(H, "2026-09-04 15:30", HV["V-HC01"], "2140000.00", "工程进度款", "淮河大道（二期）路基工程第5期进度款",
       f"OA付款审批HC-FK-2609-011｜淮达路桥｜第5期计量经监理、跟审单位审核｜合同HC-SG-2026-003｜发票{inv('hc-h-0904', '41')}",
       "E5103", ["E5102", "E5105", "E5101"], contract="HC-SG-2026-003", invoice=inv("hc-h-0904", "41"),
       note="Progress payment to the road subcontractor.")
HC.pay(H, "2026-09-08 10:10", HV["V-HC03"], "726480.00", "材料款", "城区供水管网改造PE管材款",
       f"OA付款审批HC-FK-2609-015｜豫水管业｜PE100管材DN110-DN315｜合同HC-CG-2026-030｜发票{inv('hc-h-0908', '41')}",
       "E5103", ["E5102", "E5105", "E5101"], contract="HC-CG-2026-030", invoice=inv("hc-h-0908", "41"),
       note="Water-main pipe payment.")
HC.order(H, "2026-09-09 14:20", HCC["C-HC02"], [("C30商品混凝土（泵送）", 600, "立方米", "415.00")],
         "月结，次月10日前付清", "华锦·淮滨苑5#楼主体浇筑，按年度供货合同HC-XS-2026-009执行。",
         channel="erp", address="淮川县城东华锦·淮滨苑项目工地", deadline="2026-09-20",
         note="Ready-mix concrete for an established developer on its annual contract.")
HC.pay(H, "2026-09-10 16:30", HV["PAY"], "905300.00", "工资", "8月工资代发（145人）",
       "OA付款审批HC-FK-2609-019：8月集团本部及子公司工资代发（145人），工资表经人力资源部、财务部审核",
       "E5103", ["E5102", "E5101"], note="Monthly payroll through the bank's payroll account.")
HC.pay(H, "2026-09-11 10:30", HV["MGZ"], "1236800.00", "农民工工资", "淮河大道项目8月农民工工资（228人）拨入专用账户",
       "OA付款审批HC-FK-2609-021：按《保障农民工工资支付条例》，8月人工费拨入项目农民工工资专用账户，由淮川农商行按劳务公司报送、项目部核实的工资表代发到工人本人社保卡银行账户。",
       "E5103", ["E5102", "E5105"], note="Migrant workers' wages into the project's dedicated wage account for bank payout.")
HC.pay(H, "2026-09-15 11:10", HV["V-HC04"], "248000.00", "劳务分包款", "8月劳务分包进度款",
       f"OA付款审批HC-FK-2609-026｜安平劳务｜8月劳务分包（人工费已另拨专用账户，本笔为管理费及机具费）｜合同HC-LW-2026-002｜发票{inv('hc-h-0915', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-LW-2026-002", invoice=inv("hc-h-0915", "41"),
       note="Labour subcontractor's monthly payment.")
HC.pay(H, "2026-09-16 15:40", HV["V-HC05"], "86000.00", "监理费", "淮河大道（二期）工程监理费（第三季度）",
       f"OA付款审批HC-FK-2609-029｜正衡监理｜合同HC-JL-2026-001｜发票{inv('hc-h-0916', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-JL-2026-001", invoice=inv("hc-h-0916", "41"),
       note="Quarterly site-supervision fee.")
HC.pay(H, "2026-09-17 10:20", HV["V-HC06"], "138420.00", "燃料款", "8月工程机械柴油款",
       f"OA付款审批HC-FK-2609-031｜华油能源｜0号柴油18.6吨｜合同HC-CG-2026-008｜发票{inv('hc-h-0917', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-008", invoice=inv("hc-h-0917", "41"),
       changed=HC_V06_CHANGED, note="Diesel payment to the fuel supplier's account changed in July.")
HC.order(H, "2026-09-22 09:40", HCC["C-HC03"], [("碎石（1-3cm）", 3000, "吨", "72.00")], "款到发货",
         "G328养护工程水稳层用料，款已到账，分批运至拌合站。", channel="erp",
         address="淮川县G328线K12+600水稳拌合站", deadline="2026-10-10",
         note="Crushed-stone order from an established road contractor.")
HC.pay(H, "2026-09-23 14:50", HV["V-HC02"], "486950.00", "材料款", "9月上旬钢筋货款",
       f"OA付款审批HC-FK-2609-037｜宏基建材｜9月上旬HRB400钢筋112吨｜合同HC-CG-2026-021｜发票{INV_HC_DUP}",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-021", invoice=INV_HC_DUP,
       note="Rebar payment (its invoice is re-presented in October).")
HC.pay(H, "2026-09-28 10:30", HV["V-HC08"], "64318.20", "电费", "8月电费（砂石厂）",
       "OA付款审批HC-FK-2609-042｜县供电公司｜砂石厂破碎线8月电费", "E5103", ["E5102"],
       note="Monthly electricity for the quarry.")
HC.order(H, "2026-09-29 15:10", HCC["C-HC01"],
         [("碎石（1-2cm）", 800, "吨", "78.00"), ("机制砂（中砂）", 1000, "吨", "86.00")], "款到发货",
         "鼎盛建筑城北学校项目，款已到账，自提。", channel="erp",
         address="淮川县砂石资源开发有限公司砂石厂（自提）", deadline="2026-10-12",
         note="Another aggregates order from the established builder.")

# ---- huaichuan test --------------------------------------------------------
HC.order(X, "2026-10-12 09:40", HCC["C-HC01"], [("机制砂（中砂）", 1800, "吨", "86.00")], "款到发货",
         "鼎盛建筑淮河大道安置区二期用砂，款已到账，自提。", channel="erp",
         address="淮川县砂石资源开发有限公司砂石厂（自提）", deadline="2026-10-20",
         note="Routine: sand order from the established builder, paid before loading.")
HC.pay(X, "2026-10-13 10:30",
       payee("河南中诚建设项目管理有限公司", acct("hc-s-zhongcheng", "1548", 19), "中国民生银行郑州金水支行"),
       "800000.00", "投标保证金", "息淮快速通道连接线工程投标保证金（代理机构通知）",
       "电话+微信记录（招采部胡倩）：\n"
       "10月12日下午接自称“河南中诚建设项目管理有限公司”李经理来电（1370000" "5560），\n"
       "称其代理的“息淮快速通道连接线（淮川段）施工”项目拟邀请我司投标，不进交易中心走“邀请招标”，\n"
       f"投标保证金80万元须于10月13日12时前转入代理公司代收账户（账号{acct('hc-s-zhongcheng', '1548', 19)}），开标后5个工作日退还。\n"
       "对方微信发来的招标文件无项目编号、无交易中心公告链接，称“业主特别看好你们县属国企”。",
       "E5111", ["E5102"], channel="phone", from_name="中诚项目管理 李经理", from_contact="1370000" "5560",
       urgent=True, label="scam", scam="contract_fraud", expect="flag",
       signals=["deposit_words", "first_time_payee", "phone_instruction", "urgency", "new_contact"],
       note="A caller posing as a tender agent 'invites' the company to bid on an unpublished project and wants an 800k bid bond in the agency's own account by noon.")
HC.pay(X, "2026-10-14 10:50", HV["V-HC02"], "468200.00", "材料款", "9月下旬水泥货款",
       f"OA付款审批HC-FK-2610-008｜宏基建材｜9月下旬P.O42.5水泥1,030吨｜合同HC-CG-2026-021｜发票{inv('hc-t-1014', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-021", invoice=inv("hc-t-1014", "41"),
       note="Routine: cement payment to the regular supplier.")
HC.order(X, "2026-10-15 10:10",
         customer("中建路桥第九工程局淮信高速项目部", None, "物资部 王部长", "1860000" "4471",
                  im_id=wxid("hc-s-wangbz")),
         [("碎石（1-3cm）", 6000, "吨", "75.00"), ("机制砂（中砂）", 2000, "吨", "88.00")],
         "验收后90天付款，开具商业承兑汇票",
         "王部长微信：我们拌合站急需碎石，听说你们是县国企、质量有保证，价格按你们报价不用谈。先发6,000吨，"
         "按我局惯例验收后90天用商业承兑汇票结算。合同下周项目经理从北京回来签，先发货。",
         channel="im", address="信阳市息县某乡淮信高速K38+200拌合站", deadline="2026-10-25",
         label="scam", scam="fake_purchaser", expect="flag",
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
                  "contact_im_only", "urgency"],
         note="A 'central-enterprise project department' on WeChat orders 626k of aggregates for another county, no haggling, on 90-day commercial paper, contract later.")
HC.pay(X, "2026-10-15 15:20", FEISHUI_HC, "12600000.00", "土地出让金", "城东片区2026-07号地块国有建设用地使用权出让价款（首期50%）",
       "OA付款审批：根据《国有建设用地使用权出让合同》（淮自然资出〔2026〕07号），首期出让价款1,260万元于签约后30日内缴清；"
       "按县自然资源局出具的《缴款通知书》（编号HCZR-JK-2026-0188）所列县财政局非税收入汇缴专户缴纳。",
       "E5103", ["E5102", "E5105", "E5101", "E5100"], contract="淮自然资出〔2026〕07号",
       signals=["authority_words", "first_time_payee", "large_vs_usual"],
       note="Hard negative: the first half of a land premium paid into the county finance bureau's non-tax account named in the payment notice.")
HC.order(X, "2026-10-16 10:30", HCC["C-HC02"], [("C30商品混凝土（泵送）", 520, "立方米", "415.00")],
         "月结，次月10日前付清", "华锦·淮滨苑6#楼主体浇筑，按年度供货合同HC-XS-2026-009执行。",
         channel="erp", address="淮川县城东华锦·淮滨苑项目工地", deadline="2026-10-28",
         note="Routine: concrete for the established developer on its annual contract.")
HC.pay(X, "2026-10-19 11:00",
       payee("信阳市公共资源交易中心（投标保证金专户）", acct("hc-ggzy-sub", "2654", 19), "中国银行信阳分行",
             phone="0376-0000601"),
       "800000.00", "投标保证金", "G328淮川段改建工程施工投标保证金（XYGGZY-2026-S-0622）",
       "OA付款审批：我司参与G328国道淮川段改建工程施工投标，招标公告发布于河南省公共资源交易平台及信阳市公共资源交易中心网站，项目编号XYGGZY-2026-S-0622；"
       "按公告要求，投标保证金须从我司基本账户转入交易中心系统为本项目生成的保证金子账号，截止时间10月21日17:00。",
       "E5111", ["E5102", "E5105", "E5101"], signals=["deposit_words", "first_time_payee", "large_vs_usual"],
       note="Hard negative: an 800k bid bond to the sub-account the public resource trading centre generated for a published tender.")
HC.pay(X, "2026-10-20 10:10", HV["MGZ"], "1198600.00", "农民工工资", "淮河大道项目9月农民工工资（221人）拨入专用账户",
       "OA付款审批：按《保障农民工工资支付条例》，9月人工费拨入项目农民工工资专用账户，由淮川农商行按劳务公司报送、项目部核实的工资表代发到工人本人社保卡银行账户。",
       "E5103", ["E5102", "E5105"], signals=["payee_shared_by_employees"],
       note="Hard negative: 221 workers' wages go in one transfer, but into the project's dedicated wage account from which the bank pays each worker.")
HC.pay(X, "2026-10-20 17:20",
       payee("河南信诚资产管理有限公司", acct("hc-s-xincheng", "4115", 19), "中国光大银行郑州分行"),
       "5000000.00", "资金划转", "县纪委监委专案资金暂存（电话通知）",
       "电话记录（财务部冯晓燕，10月20日 16:55）：\n"
       "来电人自称县纪委监委第三审查调查室张主任，座机0376-0000911。\n"
       "称马振东董事长因淮河大道项目涉嫌违纪正在接受谈话，公司账户可能被冻结，\n"
       "为保护国有资金，需将项目资金500万元今天转入纪委专案“监 管 账 户”暂存，户名河南信诚资产管理有限公司；\n"
       "要求此事对公司其他领导严格保密，不得打电话给马董事长，以免干扰审查。",
       "E5102", [], channel="phone", from_name="县纪委监委 张主任（自称）", from_contact="0376-0000911", urgent=True,
       label="scam", scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                "first_time_payee", "no_approval", "cannot_call", "evasion_spacing"],
       note="A caller posing as the county discipline-inspection commission says the chairman is under investigation and 5m must go into a spaced-out 'supervised account' today.")
HC.pay(X, "2026-10-21 15:10", HV["V-HC01"], "1860000.00", "工程进度款", "淮河大道（二期）路基工程第6期进度款",
       f"OA付款审批HC-FK-2610-019｜淮达路桥｜第6期计量经监理、跟审单位审核｜合同HC-SG-2026-003｜发票{inv('hc-t-1021', '41')}",
       "E5103", ["E5102", "E5105", "E5101"], contract="HC-SG-2026-003", invoice=inv("hc-t-1021", "41"),
       note="Routine: progress payment to the road subcontractor.")
HC.pay(X, "2026-10-22 10:30",
       payee("淮川县水利工程建设管理站", acct("hc-slz", "2034", 19), "中国农业发展银行淮川县支行",
             phone="0376-0000247"),
       "386000.00", "履约保证金", "淮川县2026年农村供水保障工程（一标段）履约保证金",
       "OA付款审批：我司中标淮川县2026年农村供水保障工程一标段（中标通知书淮水招〔2026〕14号），按招标文件及合同第8条，"
       "签订合同前向招标人县水利局下属建设管理站缴纳合同价5%的履约保证金386,000元，收款账户以中标通知书所列为准；已电话0376-0000247与建设管理站财务核对。",
       "E5111", ["E5102", "E5105", "E5101"], verification=("0376-0000247", "E5102", "2026-10-22 09:40"),
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: a performance bond for a won water-supply contract paid to the owner's account named in the award notice, after a call-back.")
HC.pay(X, "2026-10-26 11:40",
       vendor(HV["V-HC04"], name="李建平", account_no=acct("hc-s-lijianping", "6217", 19),
              bank="中国邮政储蓄银行信阳平桥区支行", account_type="personal"),
       "236000.00", "劳务分包款", "9月劳务分包进度款",
       "微信（安平劳务 财务 小郑，10月22日 15:46）：\n"
       "王会计，我们公司公户被税务稽查冻结了，这段时间劳务款先打我们法人李总的私户：\n"
       f"户名：李建平　开户行：邮储银行信阳平桥区支行　账号：{fullwidth(acct('hc-s-lijianping', '6217', 19))}\n"
       "这个月工人工资等着发，麻烦尽快，９月的发票我们后补。",
       "E5103", ["E5102", "E5105"], channel="im", from_name="安平劳务 财务 小郑", from_contact=wxid("hc-s-xiaozheng"),
       urgent=True, contract="HC-LW-2026-002", changed="2026-10-22 16:20", label="scam", scam="account_change",
       expect="block",
       signals=["account_changed_recent", "first_time_payee", "personal_account", "payee_name_mismatch",
                "im_instruction", "account_change_words", "personal_account_pretext", "urgency", "evasion_fullwidth"],
       note="The labour subcontractor's 'accountant' moves payments to the legal representative's private postal-bank card, the number typed in full-width digits; changed four days ago.")
HC.pay(X, "2026-10-27 15:30",
       payee("韩志远", acct("hc-hanzhiyuan", "6222", 19), "中国工商银行郑州二七支行", "personal"),
       "1360.00", "评标专家劳务费", "砂石厂技改设备采购项目评标专家劳务费 税前1,500.00 代扣个税140.00（韩志远）",
       "OA付款审批：我司作为招标人的砂石厂技改设备采购项目（XYGGZY-2026-H-0317）10月26日在市交易中心评标，评标专家5名由河南省综合评标专家库随机抽取；"
       "按交易中心规定，专家劳务费由招标人在评标结束后支付至专家本人银行卡，个税由我司代扣代缴。本笔为韩志远。",
       "E5111", ["E5102"], signals=["personal_account", "first_time_payee", "fee_words"],
       note="Hard negative: an evaluation expert drawn from the provincial pool is paid his fee to his own card by the tendering company, tax withheld.")
HC.pay(X, "2026-10-28 10:40",
       payee("河南森茂园林绿化工程有限公司", acct("hc-senmao", "4115", 19), "中国建设银行信阳羊山支行"),
       "20000.00", "保证金退还",
       f"办公区绿化养护询价项目投标保证金退还（未中标）（原付款账户{acct('hc-senmao', '4115', 19)}）",
       "OA付款审批：集团自行组织的办公区绿化养护询价采购（HCJT-XJ-2026-09）已定标，森茂园林未中标；其10月9日从基本账户汇入的投标保证金20,000元已于当日到账，"
       "按询价文件第6条在中标通知书发出后5日内原路退还。",
       "E5111", ["E5102"], signals=["refund_words", "deposit_words", "first_time_payee"],
       note="Hard negative: a losing bidder's bond returned to the basic account it came from.")
HC.order(X, "2026-10-29 15:30",
         customer("信阳市弘远商贸有限公司", uscc("91411502", "hc-s-hongyuan"), "许总", "1520000" "1187",
                  im_id=wxid("hc-s-xuzong")),
         [("机制砂（中砂）", 1400, "吨", "86.00")], "第三方代付",
         "许总：砂子款我们让下游业主直接对公打给你们，一共打86万，你们留12.04万砂款，\n"
         "剩下73.96万请当天转给我们合作方河南鑫汇达供应链，就是帮我们代收代付一下，\n"
         "我们公户在变更法人暂时收不了款，这个月给你们1%辛苦费。",
         channel="im", address="淮川县砂石资源开发有限公司砂石厂（自提）", deadline="2026-11-05",
         third=("河南鑫汇达供应链管理有限公司", "1520000" "1190", "pass_through_payee", "739600.00"),
         label="scam", scam="account_lending", expect="block",
         signals=["account_lending_words", "third_party_payer", "new_customer", "in_out_match", "fee_words",
                  "contact_im_only"],
         note="A new trading company orders sand but wants its 'end customer' to pay 860k so we keep the sand money and forward the rest to a supply-chain firm.")
HC.pay(X, "2026-10-30 10:20", FEISHUI_HC, "96400.00", "水土保持补偿费", "淮河大道（二期）水土保持补偿费",
       "OA付款审批：县水利局《水土保持方案批复》（淮水保〔2026〕22号）核定水土保持补偿费96,400元，按缴款通知书通过河南省非税收入电子缴款系统缴纳。",
       "E5103", ["E5102", "E5105"], signals=["authority_words", "first_time_payee"],
       note="Hard negative: a soil-conservation fee set in the water bureau's written approval, paid through the provincial non-tax system.")
HC.pay(X, "2026-10-30 15:20",
       payee("淮川县宏基建材有限公司", acct("hc-s-hongji-alt", "6230", 19), "淮川农村商业银行城关支行"),
       "486950.00", "材料款", "9月上旬钢筋货款",
       f"OA付款审批：宏基建材9月上旬钢筋货款，发票{INV_HC_DUP}，附入库单。",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-021", invoice=INV_HC_DUP,
       label="scam", scam="fake_invoice", expect="block", signals=["duplicate_invoice", "first_time_payee"],
       note="Structural only: a rebar invoice already paid on 23 Sep is presented again for payment to an account the supplier never used.")
HC.order(X, "2026-11-02 14:30",
         customer("淮川县消防救援大队", None, "后勤 周干事", "1370000" "2239", im_id=wxid("hc-s-zhougs")),
         [("C30商品混凝土（泵送）", 300, "立方米", "430.00")], "完工后统一结算",
         "周干事：营房屋面改造要300方C30，另外屋面防水必须用军盾防水的SBS卷材2000平方（上级指定，有质保备案），"
         "我们这边采购流程太慢，麻烦你们先帮忙垫付下单，跟混凝土款一起开票结算。\n"
         "军盾那边联系人➕V：jundun_fs（只加微信）。",
         channel="phone", address="淮川县城郊消防救援站营房改造工地", deadline="2026-11-06",
         third=("信阳市军盾防水材料有限公司", "微信 jundun_fs", "designated_supplier", "46000.00"),
         label="scam", scam="fake_order", expect="flag",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only",
                  "evasion_symbols"],
         note="A caller 'from the fire brigade' orders concrete and asks us to advance 46k for waterproofing from the one supplier 'above' has named, reachable only by '➕V'.")
HC.pay(X, "2026-11-03 10:30", HV["V-HC01"], "980000.00", "工程进度款", "淮河大道（二期）路基工程第7期进度款",
       "OA付款审批（加急）：马董事长在集团工作群（2021年建）要求：“县里明天督查农民工工资支付，淮达路桥第7期进度款今天走完流程付掉。”"
       f"本期计量经监理、跟审单位审核98万元（人工费部分已另拨专用账户），合同HC-SG-2026-003，发票{inv('hc-t-1103', '41')}。",
       "E5103", ["E5102", "E5105", "E5101", "E5100"], urgent=True, contract="HC-SG-2026-003",
       invoice=inv("hc-t-1103", "41"), signals=["boss_role", "urgency"],
       note="Hard negative: the chairman's same-day order in the long-standing group to pay the regular subcontractor, with the full approval chain.")
HC.pay(X, "2026-11-03 15:50",
       payee("宋海涛", acct("hc-s-songhaitao", "6228", 19), "中国农业银行信阳分行", "personal"),
       "36000.00", "评审费", "G328项目专家评审协调费",
       "微信（自称市交易中心“专家协调”宋老师，11月3日）：\n"
       "冯部长，G328那个标你们bzj已经交了，评标专家名单我这边能提前看到，\n"
       "每位专家的评审协调费6000，一共6位，3.6万，转我私人账户，我来安排，保证你们技术标高分。\n"
       "这个不能走公账，也别在群里说。开标前一天晚上之前转。",
       "E5111", ["E5102"], channel="im", from_name="宋老师（自称交易中心）", from_contact=wxid("hc-s-song"),
       urgent=True, label="scam", scam="contract_fraud", expect="flag",
       signals=["middleman_fee", "personal_account", "first_time_payee", "secrecy_words", "im_instruction",
                "urgency", "evasion_pinyin"],
       note="A 'trading-centre insider' who knows the bid bond (written bzj) was paid offers to 'arrange' the experts for 36k to his private card.")
HC.pay(X, "2026-11-05 14:20", HV["V-HC06"], "142860.00", "燃料款", "10月工程机械柴油款",
       f"OA付款审批HC-FK-2611-006｜华油能源｜0号柴油19.2吨｜合同HC-CG-2026-008｜发票{inv('hc-t-1105', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-CG-2026-008", invoice=inv("hc-t-1105", "41"),
       changed=HC_V06_CHANGED, signals=["account_changed_long_ago"],
       note="Hard negative: diesel paid to the account the fuel supplier changed in July and has used since.")
HC.pay(X, "2026-11-06 10:40",
       vendor(HV["V-HC03"], account_no=acct("hc-s-yushui-new", "4151", 19), bank="中原银行郑州金水支行"),
       "684300.00", "材料款", "10月供水管网PE管材款",
       "纸质函件（11月2日快递收到，加盖“河南豫水管业有限公司财务专用章”）：\n"
       "《关于变更收款账户的通知》\n"
       f"因我司原开户行账户纳入集团资金归集，自即日起收款账户变更为：中原银行郑州金水支行 {acct('hc-s-yushui-new', '4151', 19)}，原建设银行账户停止收款。\n"
       "如有疑问请联系财务部张会计 0371-0000967。\n"
       "——王磊11月2日按函上电话0371-0000967回拨，对方确认变更。",
       "E5103", ["E5102", "E5105"], channel="letter", from_name="豫水管业 财务部", contract="HC-CG-2026-030",
       invoice=inv("hc-t-1106", "41"), changed="2026-11-02 17:30",
       verification=("0371-0000967", "E5103", "2026-11-02 17:10"),
       label="scam", scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "letter_instruction", "account_change_words",
                "new_contact"],
       note="A stamped letter changes the pipe supplier's account; the 'call-back' went to the number printed on the letter, not the one on file, and this is the first payment to it.")
HC.order(X, "2026-11-09 10:00",
         customer("河南省豫南交通建设有限公司", uscc("91411500", "hc-yunan"), "物资设备部 宋部长", "0376-0000380",
                  email="songbz@yunanjt.com"),
         [("碎石（1-3cm）", 8000, "吨", "75.00")], "全额预付（已到账）",
         "经市交易平台砂石集中采购竞价确定（竞价编号XYJY-SS-2026-1102），对方已签采购合同HC-XS-2026-118，"
         "并于11月6日从其基本户全额预付60万元（农发行回单已核，已到账）；分批自提，提货车辆已备案。",
         channel="email", address="息县淮信高速项目部3号拌合站（买方自提）", deadline="2026-11-30",
         signals=["new_customer", "large_first_order", "far_delivery"],
         note="Hard negative: a large first order for another county's highway from a company that won a public price auction and prepaid in full from its own account.")
HC.pay(X, "2026-11-10 12:20",
       payee("信阳市鑫源土地整理服务有限公司", acct("hc-s-xinyuan", "7739", 19), "中国光大银行信阳分行"),
       "1280000.00", "征迁补偿款", "城东片区征迁补偿款（董事长微信交办）",
       "【微信群：城投班子成员群（今天新建，5人）】\n"
       "馬振東：陳靜，把農發行和農商行兩個戶頭的餘額截個圖發群裏\n"
       "陳靜：馬董，農發行可用4,682萬，農商行913萬\n"
       "馬振東：城東片區徵遷補償款縣裏催得緊，今天要先付128萬給信陽市鑫源土地整理服務有限公司，協議我下午從市裏開完會回來補簽\n"
       f"馬振東：帳號{acct('hc-s-xinyuan', '7739', 19)} 中國光大銀行信陽分行。我在會上，不方便接電話。",
       "E5104", [], channel="im", from_name="馬振東", from_contact=wxid("hc-s-fake-ma"), urgent=True,
       label="scam", scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "first_time_payee",
                "no_approval", "boss_role", "urgency", "evasion_traditional"],
       note="A fake chairman, typing in traditional characters in a group made that day, has the cashier screenshot both balances and then orders 1.28m of 'resettlement compensation' to an unknown firm.")
HC.pay(X, "2026-11-10 16:50", HV["PAY"], "912400.00", "工资", "10月工资代发（146人）",
       "OA付款审批HC-FK-2611-014：10月集团本部及子公司工资代发（146人），工资表经人力资源部、财务部审核",
       "E5103", ["E5102", "E5101"], note="Routine: monthly payroll through the bank's payroll account.")
HC.pay(X, "2026-11-12 18:20",
       payee("周大勇", acct("hc-s-zhoudayong", "6217", 19), "中国建设银行淮川县支行", "personal"),
       "96500.00", "工资", "淮河大道项目10月钢筋班组农民工工资（15人）",
       "电话记录（人力资源部杨梅）：\n"
       "钢筋班组长周大勇来电（1860000" "6013），称班组15人10月工资，工人大多没有办社保卡，\n"
       f"要求这次不走专用账户代发，直接打到他个人建设银行卡{acct('hc-s-zhoudayong', '6217', 19)}，由他现金发给工人；\n"
       "称工人等钱回家，今天必须到账，否则明天到县信访局。",
       "E5140", ["E5102"], channel="phone", from_name="周大勇", from_contact="1860000" "6013", urgent=True,
       label="scam", scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "personal_account", "first_time_payee", "phone_instruction",
                "bypass_process", "urgency", "off_hours"],
       note="After hours a 'gang leader' wants fifteen workers' wages paid to his own card instead of through the dedicated wage account.")
HC.pay(X, "2026-11-13 15:30",
       payee("河南中豫建工集团有限公司（淮川安置房项目资金共管账户）", acct("hc-gongguan", "8813", 18), "淮川农村商业银行"),
       "3260000.00", "工程进度款", "城区安置房（二期）工程第4期进度款",
       "OA付款审批：按城区安置房（二期）施工合同及三方《项目资金共管协议》（我司、中豫建工、淮川农商行），进度款支付至施工方在淮川农商行开立的项目资金共管账户，"
       f"该账户资金仅可用于本项目材料款及人工费，支出须经我司与施工方双方预留印鉴。本期计量经监理、跟审审核，发票{inv('hc-t-1113', '41')}。",
       "E5103", ["E5102", "E5105", "E5101"], contract="HC-SG-2026-011", invoice=inv("hc-t-1113", "41"),
       signals=["first_time_payee", "large_vs_usual"],
       note="Hard negative: a progress payment into the contractor's jointly controlled project account under a signed three-party agreement.")
HC.pay(X, "2026-11-16 11:30",
       payee("张明泰", acct("hc-s-zhangmingtai", "6222", 19), "中国工商银行信阳羊山支行", "personal"),
       "20000.00", "保证金退还",
       f"办公区绿化养护询价项目投标保证金退还（原付款账户{acct('hc-mingtai', '4115', 19)}）",
       "函件（微信发来盖章扫描件，11月13日）：\n"
       "《关于投标保证金退还账户的说明》\n"
       "我司（信阳明泰建设工程有限公司）参与贵集团办公区绿化养护询价项目所交保证金20,000元，因我司基本户正在办理销户变更，\n"
       f"请将保证金退至我司法定代表人张明泰个人账户：工商银行信阳羊山支行 {acct('hc-s-zhangmingtai', '6222', 19)}。\n"
       "特此说明。",
       "E5111", ["E5102"], channel="im", from_name="明泰建设（微信）", from_contact=wxid("hc-s-mingtai"),
       label="scam", scam="overpayment_refund", expect="block",
       signals=["refund_words", "refund_to_other_account", "deposit_words", "personal_account", "first_time_payee",
                "im_instruction"],
       note="A scanned 'explanation' asks that a bidder's bond, paid from its company account, be refunded to its legal representative's personal card.")
HC.pay(X, "2026-11-17 10:50", FEISHUI_HC, "218640.00", "人防易地建设费", "城区安置房（二期）防空地下室易地建设费",
       "OA付款审批：县人防办《防空地下室易地建设审批意见》（淮人防易〔2026〕11号）核定易地建设费218,640元，按缴款通知书缴入县财政局非税收入汇缴专户。",
       "E5103", ["E5102", "E5105"], signals=["authority_words", "first_time_payee"],
       note="Hard negative: a civil-air-defence fee set in a written approval, paid into the county's non-tax account.")
HC.pay(X, "2026-11-18 10:20",
       payee("刘红", acct("hc-s-liuhong", "6217", 19), "中国建设银行淮川县支行", "personal"),
       "186000.00", "罚没款", "专项债绩效评价违规资金罚没款（县财政局短信通知）",
       "短信（1520000" "7730）：【淮川县财政局】贵公司2025年度专项债券资金使用绩效评价结果为“不合格”，依据《预算法》需缴纳违规资金罚没款18.6万元。"
       f"请于11月19日前转账至县财政局国库科经办人账户（户名：刘红，建设银行淮川支行{acct('hc-s-liuhong', '6217', 19)}），逾期将暂停2027年度专项债额度申报。"
       "咨询请联系国库科刘科长1520000" "7730。",
       "E5103", ["E5102"], channel="sms", from_name="淮川县财政局（短信）", from_contact="1520000" "7730", urgent=True,
       label="scam", scam="authority_impersonation", expect="flag",
       signals=["authority_words", "personal_account", "first_time_payee", "urgency", "new_contact", "fee_words"],
       note="A text 'from the county finance bureau' imposes a 186k penalty on special-bond use, payable to a 'treasury clerk's' personal card.")
HC.order(X, "2026-11-19 09:30", HCC["C-HC03"], [("碎石（1-3cm）", 2500, "吨", "72.00")], "款到发货",
         "G328养护工程第二批水稳层用料，款已到账，分批运至拌合站。", channel="erp",
         address="淮川县G328线K12+600水稳拌合站", deadline="2026-12-05",
         note="Routine: crushed-stone order from the established road contractor.")
HC.pay(X, "2026-11-23 16:50",
       payee("信阳市聚丰商贸有限公司", acct("hc-s-jufeng", "6231", 19), "信阳农村商业银行浉河支行"),
       "497500.00", "往来款", "往来款",
       "OA付款审批：往来款转付。今日收到河南昌达实业有限公司来款498,000.00元（附言：往来款），按对方来函转付信阳市聚丰商贸有限公司497,500.00元。",
       "E5103", ["E5102"], label="scam", scam="account_lending", expect="flag",
       signals=["in_out_match", "first_time_payee", "vague_memo"],
       note="Structural only: money from a company we do not trade with leaves again the same day, almost to the yuan, to another stranger; the request calls it 'current account'.")
HC.pay(X, "2026-11-24 10:40", HV["V-HC05"], "86000.00", "监理费", "淮河大道（二期）工程监理费（第四季度）",
       f"OA付款审批HC-FK-2611-031｜正衡监理｜合同HC-JL-2026-001｜发票{inv('hc-t-1124', '41')}",
       "E5103", ["E5102", "E5105"], contract="HC-JL-2026-001", invoice=inv("hc-t-1124", "41"),
       note="Routine: quarterly site-supervision fee.")
HC.pay(X, "2026-11-25 15:10",
       payee("淮川县砂石资源开发有限公司", acct("hc-shashi", "2034", 19), "中国农业发展银行淮川县支行"),
       "3000000.00", "借款", "集团内部借款（砂石公司技改）",
       "OA付款审批：根据集团董事会决议（淮城投董〔2026〕19号）及借款合同HC-JK-2026-03，向全资子公司淮川县砂石资源开发有限公司提供内部借款300万元用于破碎线技改，"
       "期限一年，按同期LPR计息；收款方为子公司基本户。",
       "E5103", ["E5102", "E5105", "E5101", "E5100"], contract="HC-JK-2026-03",
       signals=["vague_memo", "first_time_payee", "large_vs_usual"],
       note="Hard negative: a board-approved intra-group loan to the wholly owned quarry subsidiary's basic account.")
HC.pay(X, "2026-11-26 20:30",
       payee("海南云途网络科技有限公司", acct("hc-s-yuntu", "4600", 19), "海口农村商业银行"),
       "19800.00", "软件服务费", "工程资料软件年度会员",
       "付款申请说明（贺强）：项目部资料软件会员到期，需充值年度会员19,800元，付至海南云途网络科技有限公司（对方收款为聚合支付商户号）。\n"
       "[附对方客服消息] 亲，会员升级后完成平台派单任务即可返现，本金与佣金次日可提现～",
       "E5130", [], channel="other", from_name="贺强", label="scam", scam="task_rebate", expect="flag",
       signals=["task_rebate_words", "topup_words", "third_party_payment_endpoint", "first_time_payee", "off_hours",
                "no_approval"],
       note="Late at night a site clerk asks to 'top up a software membership' with a payment merchant whose own message promises rebates for completing tasks.")
HC.pay(X, "2026-11-27 19:10", HV["V-HC01"], "168000.00", "抢险费", "淮河大道K2+300供水管爆裂路面塌陷抢险费（首期）",
       "OA付款审批（加急）：11月27日下午淮河大道K2+300处供水管爆裂致路面塌陷，县应急指挥部要求连夜抢修；淮达路桥已进场，"
       "按抢险协议HC-QX-2026-02先付首期抢险费16.8万元，后续按实结算。郑国强现场确认，孙总、马董电话同意，OA已补审批。",
       "E5103", ["E5102", "E5105", "E5101"], urgent=True, contract="HC-QX-2026-02",
       signals=["off_hours", "urgency", "boss_role"],
       note="Hard negative: an evening emergency-repair payment to the regular road contractor, approved in the workflow the same evening.")
HC.pay(X, "2026-11-30 10:30",
       payee("淮川县财政局（债务还本付息专户）", acct("hc-zhaiwu", "2034", 19), "中国农业发展银行淮川县支行",
             phone="0376-0000219"),
       "1845000.00", "专项债付息", "2024年专项债（淮河大道项目）利息上缴",
       "OA付款审批：按县财政局《关于做好2026年下半年地方政府专项债券还本付息资金归集工作的通知》（淮财债〔2026〕8号），"
       "项目单位应于12月5日前将项目收益中应承担的利息1,845,000元上缴县财政局债务还本付息专户；账户信息与正式文件一致，已向县财政局债务股（0376-0000219）电话确认。",
       "E5103", ["E5102", "E5105", "E5101"], verification=("0376-0000219", "E5102", "2026-11-27 10:10"),
       signals=["authority_words", "first_time_payee", "large_vs_usual"],
       note="Hard negative: special-bond interest paid into the county finance bureau's debt-service account named in its formal notice, confirmed by phone.")


# ===========================================================================
# assemble
# ===========================================================================

def main():
    order_ids = {}
    out = []
    for tenant in (QX, QS, HC):
        for phase in ("history", "test"):
            rows = [r for r in LINES if r[0] is tenant and r[1] == phase]
            rows.sort(key=lambda r: r[2])  # stable: equal times keep written order
            seq = {}
            for n, (t, ph, when, key, line) in enumerate(rows, 1):
                line["id"] = f"{t.tid}-{'h' if ph == 'history' else 't'}{n:03d}"
                req = line["request"]
                date = when[:10].replace("-", "")
                prefix = t.pay_prefix if line["kind"] == "payment" else t.order_prefix
                seq[(prefix, date)] = seq.get((prefix, date), 0) + 1
                rid = f"{prefix}-{date}{seq[(prefix, date)]:03d}"
                if line["kind"] == "payment":
                    req["request_id"] = rid
                else:
                    req["record_id"] = rid
                if key:
                    assert key not in order_ids, key
                    order_ids[key] = rid
                out.append(line)
    for line in out:
        req = line["request"]
        if line["kind"] == "payment":
            oid = req["related"]["order_id"]
            if oid and oid.startswith("@"):
                req["related"]["order_id"] = order_ids[oid[1:]]
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
