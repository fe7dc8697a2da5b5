#!/usr/bin/env python3
"""Deterministic builder of tests/holdout8/holdout8.jsonl (Python 3.11 standard library only).

Every identifier is derived from a SHA-256 hash of a fixed key, so a rebuild gives byte-identical
output. Nothing is random and nothing depends on the clock. Writes ../holdout8.jsonl relative to this file.
"""
import hashlib
from decimal import Decimal

YEAR = 2026

# ---------------------------------------------------------------- hashing


def num(key, n):
    """n decimal digits derived from key."""
    out = ""
    i = 0
    while len(out) < n:
        d = hashlib.sha256(f"holdout8:{key}:{i}".encode()).digest()
        out += "".join(str(b % 10) for b in d)
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """A fictitious account number: a bank-style prefix and hash digits, 16-19 digits."""
    assert 16 <= length <= 19
    return prefix + num("acct:" + key, length - len(prefix))


def wxid(key):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    d = hashlib.sha256(f"holdout8:wx:{key}".encode()).digest()
    return "wxid_" + "".join(alphabet[b % 36] for b in d[:14])


def mobile(n):
    assert 0 <= n <= 9999
    return f"1370000{n:04d}"


def landline(area, n):
    assert 0 <= n <= 999
    return f"{area}-0000{n:03d}"


def invoice(key, prov):
    """20-digit fully-digital e-invoice style number."""
    return "26" + prov + num("inv:" + key, 16)


# ---------------------------------------------------------------- credit codes

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check(s17):
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(s8):
    c = 11 - sum(_orgval(ch) * w for ch, w in zip(s8, ORG_W)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc(key, head, region):
    """Unified social credit code with valid GB 11714 and GB 32100 check characters.
    head: '91' enterprise, '92' individual business, '12' public institution, '11' government organ."""
    if head in ("91", "92"):
        pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        d = hashlib.sha256(f"holdout8:uscc:{key}".encode()).digest()
        body = "MA" + "".join(pool[b % len(pool)] for b in d[:6])
    else:
        body = num("uscc:" + key, 8)
    org = body + org_check(body)
    s17 = head + region + org
    return s17 + uscc_check(s17)


def broken_uscc(key, head, region):
    good = uscc(key, head, region)
    wrong = USCC_CHARS[(USCC_CHARS.index(good[-1]) + 7) % 31]
    return good[:-1] + wrong


# ---------------------------------------------------------------- money / time


def money(x):
    d = Decimal(str(x))
    return f"{d.quantize(Decimal('0.01'))}"


def ts(mmdd_hhmm):
    """'11-02 10:05' -> '2026-11-02T10:05:00+08:00'"""
    day, hm = mmdd_hhmm.split()
    return f"{YEAR}-{day}T{hm}:00+08:00"


# ---------------------------------------------------------------- record builders


def party(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


class Tenant:
    def __init__(self, tenant, company, payer_account, emp, pay_prefix, order_prefix):
        self.tenant = tenant
        self.company = company
        self.payer = {"account_no": payer_account, "account_name": company}
        self.emp = emp
        self.pay_prefix = pay_prefix
        self.order_prefix = order_prefix
        self.lines = []  # scenario dicts, ids assigned later

    # --- payments
    def pay(self, phase, when, payee, amount, purpose, memo, text, req, appr, *,
            channel="erp", from_name=None, from_contact=None, urgent=False,
            order_ref=None, contract=None, invoice_no=None, changed_at=None,
            verification=None, label="legit", scam_type=None, signals=(), note="",
            key=None):
        assert req not in appr, (when, memo)
        req_body = {
            "request_id": None,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": dict(payee),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {
                "channel": channel,
                "from_name": from_name if from_name is not None else self.emp[req],
                "from_contact": from_contact,
                "text": text,
                "urgent": urgent,
            },
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order_ref, "contract_id": contract, "invoice_no": invoice_no},
            "payee_account_changed_at": ts(changed_at) if changed_at else None,
        }
        if verification:
            num_, by, at = verification
            req_body["verification"] = {"callback_done": True, "callback_number": num_,
                                        "verified_by": by, "verified_at": ts(at)}
        self._add(phase, "payment", req_body, label, scam_type, signals, note, key)

    # --- orders
    def order(self, phase, when, cust, items, channel, address, deadline, terms, notes, *,
              third_party=None, fees=(), label="legit", scam_type=None, signals=(), note="",
              key=None):
        its = [{"product": p, "quantity": q, "unit": u, "unit_price": money(pr)}
               for (p, q, u, pr) in items]
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its)
        body = {
            "record_id": None,
            "received_at": ts(when),
            "customer": dict(cust),
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": money(a)} for (r, a) in fees],
            "notes": notes,
        }
        self._add(phase, "order", body, label, scam_type, signals, note, key)

    def _add(self, phase, kind, body, label, scam_type, signals, note, key):
        self.lines.append({"phase": phase, "kind": kind, "body": body, "label": label,
                           "scam_type": scam_type, "signals": list(signals), "note": note,
                           "key": key})

# =====================================================================================
# Tenant 1: hexiang — 成都禾香餐饮管理有限公司 (catering and canteen management, Chengdu)
# =====================================================================================


def build_hexiang():
    emp = {
        "E2000": "钟国栋",  # 总经理
        "E2001": "罗晓梅",  # 出纳
        "E2002": "付佳",    # 会计
        "E2003": "苟建华",  # 财务经理
        "E2010": "廖志勇",  # 采购主管
        "E2011": "曾庆",    # 项目经理（新都、锦宏食堂）
        "E2012": "蒲雨婷",  # 人事行政
        "E2020": "向楠",    # 销售经理
        "E2021": "吕大军",  # 送餐司机
    }
    T = Tenant("hexiang", "成都禾香餐饮管理有限公司", acct("hx-basic", "5101", 19), emp,
               "HXCY-FK", "HXCY-XS")
    H, X = "history", "test"
    A = "028"

    veg = party("成都蜀禾鲜农产品配送有限公司", acct("hx-veg", "2294", 17), "中国农业银行成都双流支行",
                "corporate", "V-HX01", landline(A, 214))
    meat = party("成都川嘉肉类食品有限公司", acct("hx-meat", "8811", 18), "成都农商银行郫都支行",
                 "corporate", "V-HX02", landline(A, 367))
    frozen = party("彭春燕", acct("hx-frozen", "621799", 19), "中国邮政储蓄银行成都金牛区支行",
                   "personal", "V-HX03", mobile(2816))
    landlord = party("邓光明", acct("hx-landlord", "621700", 19), "中国建设银行成都温江支行",
                     "personal", "V-HX04", mobile(3905))
    gas = party("成都蓉燃燃气有限公司", acct("hx-gas", "4402", 19), "中国工商银行成都天府支行",
                "corporate", "V-HX05", landline(A, 486))
    payroll = party("建行成都高新支行代发工资过渡户", acct("hx-payroll", "5101", 19), "中国建设银行成都高新支行",
                    "corporate", None, None)
    pt_xu = party("胥春兰", acct("hx-xuchunlan", "622848", 19), "中国农业银行成都新都支行",
                  "personal", None, mobile(5127))
    day_dai = party("代明富", acct("hx-daimingfu", "621458", 19), "成都农商银行新都支行",
                    "personal", None, mobile(5348))
    treasury = party("国家金库成都市高新区支库", acct("hx-treasury", "2701", 17), "国家金库成都市高新区支库",
                     "corporate", None, None)

    c_jinhong = customer("成都锦宏精密机械有限公司", uscc("hx-jinhong", "91", "510114"), "周玉梅",
                         landline(A, 532), "zhouym@jinhong-jm.com", None, "C-HX01")
    c_rongjian = customer("四川蓉建建筑工程有限公司", uscc("hx-rongjian", "91", "510100"), "唐永刚",
                          landline(A, 719), None, None, "C-HX02")
    c_yunzhan = customer("成都云栈信息技术有限公司", uscc("hx-yunzhan", "91", "510107"), "黄诗琪",
                         landline(A, 653), "hsq@yunzhan-it.com", None, "C-HX03")

    def sp(no, body):
        return f"钉钉审批（{no}）：{body}"

    # ------------------------------------------------------------------ history
    T.order(H, "09-02 10:20", c_jinhong,
            [("员工工作餐（午餐，两荤两素一汤）", "6600", "份", "16.00"), ("员工工作餐（晚餐）", "1850", "份", "14.00")],
            "erp", "成都市新都区工业东区锦宏精密机械有限公司职工食堂", "2026-09-30", "月结30天（按实际就餐人次）",
            "9月食堂托管，按门禁刷卡就餐人次结算", key="hx-jinhong-sep",
            note="Routine: Monthly canteen-management meals for an established machinery plant.")
    T.pay(H, "09-03 14:10", veg, "36482.50", "货款", "8月下半月蔬菜款",
          sp("HX-SP-0903-02", f"8月下半月蔬菜款｜蜀禾鲜配送｜合同HX-CG-2026-003｜发票{invoice('hx-veg-08b', '51')}"),
          "E2010", ["E2003"], contract="HX-CG-2026-003", invoice_no=invoice("hx-veg-08b", "51"),
          note="Routine: Fortnightly vegetable delivery paid to the regular distributor.")
    T.pay(H, "09-07 11:05", landlord, "4800.00", "房租", "新都员工宿舍9月房租",
          sp("HX-SP-0907-01", "新都员工宿舍9月房租，租赁合同HX-ZL-2025-011，付房东邓光明本人账户"),
          "E2012", ["E2003"], contract="HX-ZL-2025-011", signals=["personal_account"],
          note="Routine: Monthly staff-dormitory rent to the individual landlord's own card.")
    T.pay(H, "09-10 16:30", pt_xu, "3150.00", "工资", "8月兼职帮厨工资（21个班次×150）",
          sp("HX-SP-0910-03", "新都食堂兼职帮厨胥春兰8月工资，21个班次×150元，考勤表见附件"),
          "E2012", ["E2003"], signals=["personal_account"],
          note="Routine: Part-time kitchen helper's monthly pay to her own card.")
    T.pay(H, "09-11 15:20", payroll, "186430.00", "工资", "8月工资（代发，86人）",
          sp("HX-SP-0911-01", "8月工资代发86人，工资表经人事、财务复核"),
          "E2002", ["E2003", "E2000"], note="Routine: Monthly payroll through the bank's payroll service.")
    T.order(H, "09-15 10:40", c_rongjian, [("盒饭（两荤一素）", "4200", "份", "15.00")],
            "phone", "成都市新都区锦城湖安置房项目部工地", "2026-09-30", "每周对账，月底结清",
            "9月工地午餐配送，每天11点半前送到项目部", key="hx-rongjian-sep",
            note="Routine: Box lunches for an established construction site.")
    T.pay(H, "09-17 14:00", meat, "52960.00", "货款", "8月猪肉、牛肉款",
          "禾香餐饮财务部：\n您好！附件为8月对账单及发票（" + invoice("hx-meat-08", "51") +
          "），金额52,960.00元，请核对后按合同HX-CG-2026-005付款。\n成都川嘉肉类食品有限公司 财务部",
          "E2010", ["E2003"], channel="email", from_name="川嘉肉类 财务部",
          from_contact="caiwu@chuanjiafood.com.cn", contract="HX-CG-2026-005",
          invoice_no=invoice("hx-meat-08", "51"), signals=["email_instruction"],
          note="Routine: Monthly meat invoice e-mailed by the regular supplier and paid through DingTalk approval.")
    T.pay(H, "09-22 10:15", frozen, "8760.00", "货款", "9月上中旬冻品款（鸭货、冻虾）",
          sp("HX-SP-0922-02", "彭记冻品（蓉西农贸批发市场个体户）9月上中旬冻品款，送货单12张"),
          "E2010", ["E2003"], signals=["personal_account"],
          note="Routine: Market stall-holder paid to her own card for frozen goods.")
    T.pay(H, "10-13 11:30", gas, "12684.30", "燃气费", "9月燃气费（新都、锦宏两个食堂）",
          sp("HX-SP-1013-01", "9月燃气费｜蓉燃燃气｜户号两个"), "E2002", ["E2003"],
          note="Routine: Monthly gas bill of two canteens.")
    T.order(H, "10-14 16:00", c_yunzhan, [("自助午餐", "180", "份", "68.00"), ("茶歇", "2", "场", "1500.00")],
            "email", "成都市高新区天府软件园E区云栈科技会议室", "2026-10-20", "月结30天",
            "10月20日员工培训会餐饮", key="hx-yunzhan-oct",
            note="Routine: Training-day catering for an established software company.")
    T.pay(H, "10-15 15:10", treasury, "48216.72", "税费", "9月社会保险费（三方协议扣缴）",
          sp("HX-SP-1015-02", "9月社会保险费经电子税务局申报，三方协议扣缴"), "E2002", ["E2003"],
          note="Routine: Monthly social-insurance contribution to the treasury.")
    T.pay(H, "10-16 10:30", day_dai, "3780.00", "工资", "9月洗碗临时工工资（21天×180）",
          sp("HX-SP-1016-01", "锦宏食堂洗碗临时工代明富9月工资，21天×180元"), "E2012", ["E2003"],
          signals=["personal_account"], note="Routine: Casual dishwasher's monthly pay to his own card.")

    # ------------------------------------------------------------------ test
    T.pay(X, "11-02 10:05", veg, "41205.60", "货款", "10月下半月蔬菜款",
          sp("HX-SP-1102-01", f"10月下半月蔬菜款｜蜀禾鲜配送｜合同HX-CG-2026-003｜发票{invoice('hx-veg-10b', '51')}"),
          "E2010", ["E2003"], contract="HX-CG-2026-003", invoice_no=invoice("hx-veg-10b", "51"),
          note="Routine: Fortnightly vegetable delivery paid to the regular distributor.")
    xiangnan = party("向楠", acct("hx-xiangnan", "621483", 16), "招商银行成都分行营业部", "personal", None, mobile(2240))
    T.pay(X, "11-02 14:30", xiangnan, "658.00", "报销", "报销10-11月工作手机话费充值及客户拜访停车费",
          sp("HX-BX-1102-04", "向楠 工作手机话费充值300元×2（营业厅充值发票2张），客户拜访停车费58元，合计658元，打本人工资卡"),
          "E2020", ["E2003"], signals=["personal_account", "first_time_payee", "topup_words"],
          note="Hard negative: A sales manager is reimbursed for work-phone top-ups and parking, paid to his own salary card.")
    c_ruituo = customer("成都锐拓广告传媒有限公司", uscc("hx-ruituo", "91", "510107"), "谢婉清",
                        mobile(2093), None, wxid("hx-ruituo"), None)
    T.order(X, "11-03 09:40", c_ruituo, [("年会宴席（12人桌，标准B）", "15", "桌", "2880.00")],
            "im", "成都市武侯区锐拓传媒办公楼一楼大厅", "2026-12-18", "定金30%，余款宴前3天结清",
            "谢女士微信下单，年会12月18日晚。她说定金12960元已经转到我们对公账户，把网银回单截图发了过来；"
            "财务在网银上查到已到账（付款方为锐拓传媒对公户），已确认档期。",
            key="hx-ruituo", signals=["new_customer", "contact_im_only", "deposit_words", "fake_payment_proof"],
            note="Hard negative: A new ad agency books its annual dinner by WeChat and sends a screenshot of its deposit, which finance has already seen arrive from the agency's own account.")
    T.pay(X, "11-03 15:20", pt_xu, "3300.00", "工资", "10月兼职帮厨工资（22个班次×150）",
          sp("HX-SP-1103-02", "新都食堂兼职帮厨胥春兰10月工资，22个班次，每班150元，考勤表见附件，打本人农行卡"),
          "E2012", ["E2003"], signals=["personal_account", "task_rebate_words"],
          note="Hard negative: Part-time kitchen helper's monthly pay to the same own card as before; the memo says 兼职 (part-time).")
    T.pay(X, "11-04 10:10", day_dai, "3240.00", "工资", "10月洗碗临时工工资（日结汇总18天×180）",
          sp("HX-SP-1104-01", "锦宏食堂洗碗临时工代明富，10月出勤18天，日结标准180元/天，月底汇总发放，打本人账户"),
          "E2012", ["E2003"], signals=["personal_account", "task_rebate_words"],
          note="Hard negative: Day-rate dishwasher's month of 日结 (daily-rate) wages to his own card.")
    qin = party("秦永福", acct("hx-qinyongfu", "622848", 19), "中国农业银行成都新都支行", "personal", None, None)
    T.pay(X, "11-04 16:40", qin, "880.00", "劳务费", "新都项目食堂开荒保洁临时工4天",
          "罗姐，新都那边开荒保洁请的临时工秦师傅干了4天，一天220，说好干完就结的。卡号是他自己拍照发我的：\n"
          f"户名：秦永福\n农业银行 {qin['account_no']}\n考勤和身份证复印件我传钉钉了，苟经理已经批了。",
          "E2011", ["E2003"], channel="im", from_contact=wxid("hx-emp-zengqing"),
          signals=["im_instruction", "first_time_payee", "personal_account"],
          note="Hard negative: A site manager forwards by WeChat the card details a casual cleaner gave himself; the payee is the worker and the approval is in DingTalk.")
    feng = party("冯秀英", acct("hx-fengxiuying", "621799", 19), "中国邮政储蓄银行成都新都区支行", "personal", None, mobile(5561))
    T.pay(X, "11-05 11:00", feng, "500.00", "退款", "退还离职员工工服押金及宿舍押金",
          sp("HX-SP-1105-02", "锦宏食堂切配工冯秀英10月31日离职，退还入职时缴纳的工服押金200元（工服已交回）、宿舍押金300元（钥匙已交回），退回本人工资卡"),
          "E2012", ["E2003"], signals=["first_time_payee", "personal_account", "deposit_words", "refund_words"],
          note="Hard negative: Uniform and dormitory deposits refunded to a departing kitchen worker's own card.")
    T.order(X, "11-05 15:00", c_jinhong,
            [("员工工作餐（午餐，两荤两素一汤）", "6500", "份", "16.00"), ("员工工作餐（晚餐）", "1900", "份", "14.00")],
            "erp", "成都市新都区工业东区锦宏精密机械有限公司职工食堂", "2026-11-30", "月结30天（按实际就餐人次）",
            "11月食堂托管，按门禁刷卡就餐人次结算",
            note="Routine: Monthly canteen-management meals for an established machinery plant.")
    que = party("阙德福", acct("hx-quedefu", "621458", 19), "成都农商银行新都支行", "personal", None, mobile(3377))
    T.pay(X, "11-06 10:30", que, "9600.00", "房租", "新都二号宿舍押一付三（押金2400、11月-1月房租7200）",
          sp("HX-SP-1106-01", "新增新都二号员工宿舍（8人），与房东阙德福签订一年租约，押一付三：押金2400元，11月至次年1月房租7200元。"
             "房产证、房东身份证复印件、租赁合同见附件，付房东本人账户。"),
          "E2012", ["E2003", "E2000"], contract="HX-ZL-2026-019",
          signals=["first_time_payee", "personal_account", "deposit_words"],
          note="Hard negative: First rent and deposit to a new individual landlord under a signed lease.")
    lv = party("吕大军", acct("hx-lvdajun", "621226", 19), "中国工商银行成都新都支行", "personal", None, mobile(4408))
    T.pay(X, "11-09 10:20", lv, "1862.40", "报销", "10月送餐车加油费、ETC充值报销",
          sp("HX-BX-1109-02", "送餐车川A·5HX27 10月加油4次1,462.40元（加油站发票4张），ETC卡充值400元（充值凭证1张），合计1,862.40元，打吕大军本人卡"),
          "E2021", ["E2003"], signals=["first_time_payee", "personal_account", "topup_words"],
          note="Hard negative: The delivery-van driver is reimbursed for fuel and an ETC top-up, paid to his own card.")
    T.pay(X, "11-10 09:50", gas, "13207.80", "燃气费", "10月燃气费（燃气公司催缴：逾期停气）",
          sp("HX-SP-1110-01", "【加急】10月燃气费13,207.80元，蓉燃燃气11月9日发来缴费通知，11月12日前未缴将暂停供气，食堂不能停火，请今天付。"),
          "E2002", ["E2003"], urgent=True, signals=["urgency"],
          note="Hard negative: Monthly gas bill to the known utility, marked urgent because of a disconnection deadline.")
    c_school = customer("成都市新都区桂溪实验学校", uscc("hx-school", "12", "510114"), "蒋老师",
                        landline(A, 588), "hqc@gxsyxx.edu.cn", None, None)
    T.order(X, "11-10 15:30", c_school, [("学生午餐配送（含餐具回收）", "36000", "份", "12.50")],
            "other", "成都市新都区桂溪实验学校食堂", "2027-01-22", "按月验收后由财政集中支付（约30个工作日）",
            "区政府采购平台公开招标（项目编号XDCG-2026-1107）中标，中标通知书已在平台公示；合同在区教育局监督下签订。"
            "联系人是学校后勤处，座机已打过，与学校官网一致。",
            signals=["new_customer", "large_first_order", "institution_claim", "credit_terms_requested"],
            note="Hard negative: A school's lunch contract won in a public tender on the government procurement platform, paid after monthly acceptance.")
    pu = party("蒲雨婷", acct("hx-puyuting", "621483", 16), "招商银行成都高新支行", "personal", None, mobile(4719))
    T.pay(X, "11-11 10:05", pu, "1398.00", "报销", "报销：健康证体检费、公证费、快递费及跨行手续费",
          sp("HX-BX-1111-01", "\n1. 新员工健康证体检费 12人×60元=720元（疾控中心发票）\n2. 营业执照及食品经营许可证副本公证费 580元（公证处发票）\n"
             "3. 顺丰快递寄送投标文件 72元\n4. 跨行汇款手续费 26元\n合计1,398元，打蒲雨婷本人卡"),
          "E2012", ["E2003"], signals=["first_time_payee", "personal_account", "fee_words"],
          note="Hard negative: HR is reimbursed for health certificates, a notary fee, courier and a bank handling fee, paid to her own card.")
    liu = party("刘建波", acct("hx-liujianbo", "621661", 19), "中国银行南宁民族大道支行", "personal", None, None)
    T.pay(X, "11-11 14:20", liu, "38600.00", "保证金", "市场监管罚没保证金（待核查）",
          "14:05 接到010-0000461来电，对方自称区市场监督管理局食品安全执法科张科长，说锦宏食堂10月送检的凉拌菜抽检不合格，已经立案，"
          "让我马上按短信办理。随后收到短信：\n"
          "【罰沒通知】成都禾香餐飲：貴司食堂抽檢不合格已立案，請於今日17時前將保證金38600元轉入監管賬戶（劉建波 中國銀行 "
          f"{liu['account_no']}）配合資金核查，核查無問題三個工作日內退回。逾期將吊銷食品經營許可證。案件保密，請勿告知他人。",
          "E2001", [], channel="phone", from_name="自称市场监管局执法科 张科长", from_contact="010-0000461",
          urgent=True, label="scam", scam_type="authority_impersonation",
          signals=["phone_instruction", "new_contact", "authority_words", "safe_account_words", "secrecy_words",
                   "urgency", "deposit_words", "personal_account", "first_time_payee", "no_approval",
                   "unusual_bank_region", "evasion_traditional"],
          note="A caller posing as the market-regulation bureau says a canteen sample failed and wants a 'penalty deposit' moved today into a 'supervised account' held by a private person, with a follow-up SMS in traditional characters.")
    c_rongjian2 = customer("四川蓉建建筑工程有限公司", c_rongjian["credit_code"], "邓浩", landline(A, 719), None, None, "C-HX02")
    T.order(X, "11-13 10:40", c_rongjian2,
            [("盒饭（两荤一素）", "3900", "份", "15.00"), ("冬季姜汤", "3900", "份", "1.00")],
            "phone", "成都市新都区锦城湖安置房项目部工地", "2026-11-30", "每周对账，月底结清",
            "项目部原对接人唐永刚调去德阳项目，新对接人是项目部材料员邓浩（手机13700004512）。已打项目部座机028-0000719核实，"
            "唐永刚也在微信里确认了交接。付款仍由蓉建建筑对公账户支付。",
            key="hx-rongjian-nov", signals=["contact_mismatch"],
            note="Hard negative: An established construction customer's site contact changes; the switch was confirmed on the site-office landline on file and payment still comes from the customer's own account.")
    yin = party("尹建国", acct("hx-yinjianguo", "621700", 19), "中国建设银行成都金牛支行", "personal", None, mobile(6035))
    T.pay(X, "11-16 10:10", yin, "6210.00", "佣金", "团餐代理佣金（锦宏食堂续约，年管理费3%）",
          sp("HX-SP-1116-01", "按《团餐业务代理协议》HX-DL-2026-002，代理人尹建国促成锦宏精密机械食堂托管合同续约（年管理费207,000元），"
             "提成3%即6,210元。已附税务局代开的劳务费发票及个税扣缴记录，付代理人本人账户。"),
          "E2020", ["E2003", "E2000"], contract="HX-DL-2026-002",
          signals=["first_time_payee", "personal_account", "task_rebate_words", "invoice_trade_words"],
          note="Hard negative: A contractual commission to an individual sales agent, with a tax-office-issued invoice, paid to his own card.")
    jinhong_acct = party("成都锦宏精密机械有限公司", acct("hx-jinhong-acct", "1283", 17), "中国银行成都新都支行",
                         "corporate", None, landline(A, 532))
    T.pay(X, "11-17 10:30", jinhong_acct, "7836.00", "返利", "锦宏食堂三季度就餐量返利（合同第8条）",
          sp("HX-SP-1117-02", "按《食堂托管合同》HX-TG-2025-004第8条，季度就餐人次超过18000人次的，按餐费总额2%返还甲方。"
             "三季度餐费391,800元，返利7,836元，付锦宏精密机械对公账户（合同载明账户）。"),
          "E2020", ["E2003", "E2000"], order_ref=("hx-jinhong-sep",), contract="HX-TG-2025-004",
          signals=["first_time_payee", "task_rebate_words", "sales_order_linked"],
          note="Hard negative: A volume rebate owed under the canteen contract, paid to the client company's own account named in the contract.")
    bingfeng = party("成都冰峰制冷设备工程有限公司", acct("hx-bingfeng", "4402", 19), "中国工商银行成都新都支行",
                     "corporate", None, landline(A, 771))
    T.pay(X, "11-18 14:00", bingfeng, "18500.00", "维修费", "锦宏食堂冷库压缩机更换",
          "钟国栋：冷库压缩机昨晚烧了，两吨肉放不住，今天必须换好。冰峰制冷的报价单我看了，18500含安装，比另外两家便宜。"
          "钉钉审批我已经批了，小罗你按流程付款。\n罗晓梅：收到钟总，审批单、三家报价单和维修合同都在，我现在付。",
          "E2001", ["E2003", "E2000"], channel="im", from_name="钟国栋", from_contact=wxid("hx-emp-boss"),
          urgent=True, contract="HX-WX-2026-031",
          signals=["im_instruction", "boss_role", "urgency", "first_time_payee"],
          note="Hard negative: The general manager really does approve by WeChat, urgently, for a first-time refrigeration contractor; the DingTalk approval and three quotes are attached.")
    c_lantu = customer("成都澜图建筑设计有限公司", uscc("hx-lantu", "91", "510109"), "周先生", mobile(6604), None, None, None)
    T.order(X, "11-19 10:15", c_lantu, [("会议午餐（商务简餐）", "200", "份", "45.00")],
            "other", "成都市高新区天府大道北段澜图设计18层会议室", "2026-11-21", "平台预付（平台担保交易）",
            "客户通过“蓉城企业团餐”平台下单并在线付款，餐费由平台存放在平台的预付资金监管账户，送餐完成、客户确认收货后由平台结算到我司对公账户。"
            "我方无需付任何款项。",
            signals=["new_customer", "contact_im_only", "safe_account_words"],
            note="Hard negative: A new customer orders through a catering platform that holds the prepaid money in its supervised escrow account (资金监管账户) until delivery.")
    T.pay(X, "11-20 11:30", frozen, "7960.00", "货款", "11月上旬冻品款（周转筐押金已于10月抵扣）",
          sp("HX-SP-1120-03", "彭记冻品11月上旬冻品款7,960元。周转筐押金（20个×30元）10月已在货款里抵扣，本次不再扣。打彭春燕本人卡（与以往一致）。"),
          "E2010", ["E2003"], signals=["personal_account", "deposit_words"],
          note="Hard negative: The regular market stall-holder is paid to her usual own card; the memo mentions a crate deposit.")
    zhou = party("周晓飞", acct("hx-zhouxiaofei", "621700", 19), "中国建设银行", "personal", None, None)
    T.pay(X, "11-23 21:40", zhou, "8000.00", "借支", "借支备用金",
          "罗姐，急事，帮我从备用金先借支8000，打到这张卡：周晓飞 yhk " + zhou["account_no"] +
          " 建行。\n我在做一个线上唰单任务，卡单了，再充值这一单就能把本金和返力一起提出来，明天一早就还，工资里扣也行。别跟苟经理说哈。",
          "E2011", [], channel="im", from_contact=wxid("hx-emp-zengqing"), urgent=True,
          label="scam", scam_type="task_rebate",
          signals=["im_instruction", "personal_account", "first_time_payee", "task_rebate_words", "topup_words",
                   "urgency", "secrecy_words", "no_approval", "off_hours", "vague_memo",
                   "evasion_homophone", "evasion_pinyin"],
          note="Late at night a site manager caught in a task-rebate scam asks the cashier for an 8,000 'advance' to a stranger's card to 'top up' a stuck order, written with homophones and pinyin.")
    T.order(X, "11-24 10:30", c_yunzhan,
            [("年会自助晚宴", "260", "份", "98.00"), ("签到墙及布场服务", "1", "项", "2000.00")],
            "email", "成都市高新区天府软件园E区云栈科技一楼多功能厅", "2026-12-24", "月结30天",
            "黄诗琪邮件确认年会方案：现场做一面扫码签到墙，员工扫二维码签到后参与抽奖，二维码由他们IT部门生成，我们只负责布场和打印。",
            key="hx-yunzhan-dec", signals=["remote_control"],
            note="Hard negative: An established client's year-end party includes a QR-code sign-in wall; nobody asks us to scan, pay or install anything.")
    T.pay(X, "11-26 14:10", treasury, "49031.16", "税费", "10月社会保险费及代扣个人所得税（三方协议扣缴）",
          sp("HX-SP-1126-01", "电子税务局申报10月社会保险费44,873.50元、代扣个人所得税4,157.66元，经三方协议从基本户扣缴国库。"),
          "E2002", ["E2003"], signals=["authority_words"],
          note="Hard negative: Monthly social insurance and withheld income tax to the treasury via the tax bureau's three-party debit.")
    ruituo_acct = party("成都锐拓广告传媒有限公司", acct("hx-ruituo-acct", "4402", 19), "中国工商银行成都武侯支行",
                        "corporate", None, None)
    T.pay(X, "11-27 10:50", ruituo_acct, "2592.00", "退款", "原路退回锐拓传媒多付定金（年会由15桌减为12桌）",
          sp("HX-SP-1127-02", "锐拓传媒年会宴席由15桌调整为12桌（谢婉清11月26日邮件确认，附补充确认单），定金按30%重算为10,368元，"
             "多收的2,592元原路退回其付款的对公账户（与11月3日到账回单上的付款账户一致）。"),
          "E2020", ["E2003"], order_ref=("hx-ruituo",),
          signals=["first_time_payee", "refund_words", "overpayment", "deposit_words", "sales_order_linked"],
          note="Hard negative: Part of a banquet deposit is refunded, by the original route, to the corporate account that paid it after the customer reduced the table count.")
    c_fake_army = customer("武警某支队后勤处", None, "陈班长", mobile(8127), None, wxid("hx-fake-army"), None)
    T.order(X, "12-01 10:00", c_fake_army, [("冬训野外盒饭（两荤两素）", "600", "份", "22.00")],
            "im", "成都市郫都区某训练场", "2026-12-04", "验收后统一结算",
            "陈班长加我威信下的单：冬训拉练两天，要600份野外盒饭，价格不用谈。另外部队要40份佛跳墙礼盒慰问老兵，说只有聚福楼这家做得正宗，"
            "他们跟老板闹过矛盾不方便直接买，让我们先帮忙代购，钱跟盒饭一起结算，盖后勤专用章的采购单稍后发过来。",
            third_party={"name": "成都聚福楼特色食品商行", "contact": mobile(8841), "role": "designated_supplier",
                         "amount": "36800.00"},
            label="scam", scam_type="fake_order",
            signals=["new_customer", "institution_claim", "designated_supplier", "off_catalogue_item",
                     "contact_im_only", "credit_terms_requested", "evasion_homophone"],
            note="A self-styled armed-police logistics office orders field lunches and wants us to buy 40 gift boxes of 佛跳墙 from the shop it names, to be 'settled together'.")
    lab = party("四川蓉检食品检测技术有限公司", acct("hx-lab", "5101", 19), "中国建设银行成都武侯支行",
                "corporate", None, landline(A, 825))
    T.pay(X, "12-01 15:30", lab, "4320.00", "检测费", "食品安全自检检测费（12批次）",
          sp("HX-SP-1201-03", "11月区市场监管局例行检查后要求加强自检，委托蓉检检测（CMA资质）检测凉拌菜、豆制品等12批次，每批360元，"
             "检测报告已出，付检测公司对公账户。"),
          "E2010", ["E2003"], contract="HX-JC-2026-007",
          signals=["first_time_payee", "authority_words", "fee_words"],
          note="Hard negative: Testing fees to an accredited food lab after a routine market-regulation inspection; the regulator is only mentioned, not paid.")
    xu_sister = party("胥春梅", acct("hx-xuchunmei", "621700", 19), "中国建设银行成都龙泉驿支行", "personal", None, None)
    T.pay(X, "12-02 11:20", xu_sister, "3450.00", "工资", "11月兼职帮厨工资（23个班次×150）",
          "罗会计你好，我是新都食堂帮厨胥春兰，原来的微信号被封了，用这个新号。\n我那张农行卡被冻结了，这个月的兼职工资麻烦打到我妹妹卡上："
          f"胥春梅，建设银行，{xu_sister['account_no']}，她转给我就行。",
          "E2001", ["E2003"], channel="im", from_name="胥春兰（新微信）", from_contact=wxid("hx-fake-xu"),
          label="scam", scam_type="fake_salary",
          signals=["im_instruction", "new_contact", "payroll_change", "payee_not_employee", "personal_account",
                   "first_time_payee", "task_rebate_words"],
          note="A 'new WeChat' of a part-time helper asks for her wages to go to her 'sister's' card because her own card is 'frozen'.")
    T.pay(X, "12-03 10:40", pt_xu, "3450.00", "工资", "11月兼职帮厨工资（23个班次×150）",
          sp("HX-SP-1203-01", "新都食堂兼职帮厨胥春兰11月工资，23个班次×150元。备注：12月2日有人用新微信冒充胥春兰，要求把工资改打他人卡，已拦截；"
             "12月3日胥春兰本人到办公室确认没有换卡，工资仍打本人农行卡。"),
          "E2012", ["E2003"], signals=["personal_account", "task_rebate_words", "payroll_change"],
          note="Hard negative: After the impostor was stopped, the helper confirms in person that her card is unchanged and is paid to it as usual.")
    c_qian = customer("钱卫东", None, "钱卫东", mobile(7250), None, wxid("hx-qianweidong"), None)
    T.order(X, "12-06 21:15", c_qian, [("上门家宴（10人，含厨师及服务）", "1", "场", "3680.00")],
            "im", "成都市金牛区沙湾路某小区6幢2单元1101室", "2026-12-12", "全款预付（已到账）",
            "客户周日晚上加微信预订12月12日给老人做寿的上门家宴。我们把公司对公收款二维码发给他，他扫码付清3680元，财务周一核对到账后确认。",
            signals=["new_customer", "contact_im_only", "residential_delivery", "remote_control", "off_hours"],
            note="Hard negative: A private household books a home birthday banquet by WeChat on a Sunday night and pays in full by scanning the company's collection QR code.")
    ruralbank = party("成都农商银行新都支行", acct("hx-loanbank", "8811", 18), "成都农商银行新都支行",
                      "corporate", None, landline(A, 903))
    T.pay(X, "12-07 10:10", ruralbank, "22537.50", "利息", "流动资金贷款四季度利息",
          sp("HX-SP-1207-01", "成都农商银行新都支行流动资金贷款（借款合同HX-JK-2026-001，本金150万元，年利率6.01%），"
             "四季度利息22,537.50元，按借款合同第6条付至贷款行收息账户（账户信息见合同附件）。"),
          "E2002", ["E2003", "E2000"], contract="HX-JK-2026-001",
          signals=["first_time_payee", "loan_fee_words"],
          note="Hard negative: Quarterly interest on a real working-capital loan, paid to the lending bank's own account named in the loan contract.")
    meat_fake = party("成都川嘉肉类食品有限公司", acct("hx-meat-fake", "6214", 16), "招商银行昆明分行",
                      "corporate", "V-HX02", landline(A, 367))
    T.pay(X, "12-07 15:00", meat_fake, "52960.00", "货款", "补付8月猪肉、牛肉款",
          "禾香餐饮财务：\n贵司8月货款发票（号码" + invoice("hx-meat-08", "51") + "，金额52,960.00元）我司系统显示尚未到账，请尽快付清。"
          f"因我司基本户正在年审，本次请改为付至发票备注栏账户：招商银行昆明分行 {meat_fake['account_no']}。\n川嘉肉类 财务部",
          "E2010", ["E2003"], channel="email", from_name="川嘉肉类 财务部", from_contact="caiwu@chuanjia-food.com.cn",
          contract="HX-CG-2026-005", invoice_no=invoice("hx-meat-08", "51"),
          label="scam", scam_type="fake_invoice",
          signals=["duplicate_invoice", "email_instruction", "lookalike_domain", "first_time_payee",
                   "unusual_bank_region", "account_change_words", "urgency"],
          note="An e-mail from a hyphenated look-alike of the meat supplier's domain chases an August invoice that was paid in September and asks for it to go to a Kunming account.")
    T.order(X, "12-09 11:00", c_rongjian2,
            [("盒饭（两荤一素）", "4100", "份", "15.00"), ("冬至羊肉汤（含当归生姜）", "600", "份", "12.00")],
            "phone", "成都市新都区锦城湖安置房项目部工地", "2026-12-31", "每周对账，月底结清",
            "项目部邓浩来电：冬至那周加600份羊肉汤，问能不能顺便采购点当归、生姜一起炖上。羊肉和药材都由我们自己的供应商供货，"
            "按菜单价一并结算，不需要他们指定厂家，也不需要我们替他们付款。",
            signals=["designated_supplier"],
            note="Hard negative: An established customer asks us to 'also buy' herbs and settle together, but we use our own suppliers and the customer pays us as usual.")
    T.pay(X, "12-10 16:00", payroll, "191260.00", "工资", "11月工资（代发，88人）",
          sp("HX-SP-1210-02", "11月工资代发88人，工资表经人事、财务复核"), "E2002", ["E2003", "E2000"],
          note="Routine: Monthly payroll through the bank's payroll service.")
    ggzy = party("成都市新都区公共资源交易服务中心", acct("hx-ggzy", "5101", 19), "中国建设银行成都新都支行",
                 "corporate", None, landline(A, 667))
    T.pay(X, "12-14 10:20", ggzy, "20000.00", "投标保证金", "新都区人民医院职工食堂托管项目投标保证金",
          sp("HX-SP-1214-01", "新都区人民医院职工食堂托管服务项目（招标编号XDGGZY-2026-1198）投标保证金2万元，按交易中心网站招标公告载明的保证金专户缴纳，"
             "未中标的项目结束后原路退还。公告页面及编号已附。"),
          "E2020", ["E2003", "E2000"], signals=["first_time_payee", "deposit_words"],
          note="Hard negative: A tender deposit to the account named in the public resource trading centre's announcement.")
    gas_new = party("成都蓉燃燃气有限公司", acct("hx-gas-new", "5101", 19), "中国建设银行成都天府新区支行",
                    "corporate", "V-HX05", landline(A, 486))
    T.pay(X, "12-15 15:10", gas_new, "14022.90", "燃气费", "11月燃气费",
          sp("HX-SP-1215-02", "11月燃气费14,022.90元。蓉燃燃气11月30日寄来盖章的《银行账户变更告知函》（开户行由工行天府支行变更为建行天府新区支行）；"
             "12月11日苟建华按供应商档案中的营业厅电话028-0000486回拨核实，对方确认变更，原因为集团统一更换结算银行。供应商主数据已于当日更新。"),
          "E2002", ["E2003"], changed_at="12-11 10:30",
          verification=(landline(A, 486), "E2003", "12-11 11:05"),
          signals=["account_changed_recent", "first_time_payee", "account_change_words"],
          note="Hard negative: First payment to the gas utility's new bank account, changed four days earlier after a stamped letter and a call-back to the number on file.")
    shui = party("税春花", acct("hx-shuichunhua", "622848", 19), "中国农业银行成都新都支行", "personal", None, mobile(5792))
    T.pay(X, "12-17 11:40", shui, "1230.00", "工资", "冬至备餐计件工资及加班费（兼职面点工）",
          sp("HX-SP-1217-02", "兼职面点工税春花12月冬至备餐：包饺子计件3,600个×0.30元=1,080元，加班6小时×25元=150元，合计1,230元，"
             "计件单和加班单经曾庆签字，付本人农行卡。"),
          "E2012", ["E2003"], signals=["first_time_payee", "personal_account", "task_rebate_words"],
          note="Hard negative: Piece-rate and overtime pay for a part-time dumpling maker, paid to her own card.")
    c_hengzhiyuan = customer("成都恒之源商贸有限公司", uscc("hx-hengzhiyuan", "91", "510105"), "邹先生",
                             landline(A, 846), "hzy_chengdu@qq.com", None, None)
    T.order(X, "12-21 10:15", c_hengzhiyuan, [("年终答谢宴（10人桌，标准A）", "8", "桌", "2380.00")],
            "email", "成都市青羊区恒之源商贸公司仓库二楼", "2026-12-30", "款到确认档期",
            "邹先生用公司QQ邮箱发来订餐确认函和开票信息（公司名称、税号、开户行及账号），要求开增值税专用发票。开票信息与国家企业信用信息公示系统一致。",
            signals=["new_customer", "free_mail"],
            note="Hard negative: A small trading firm orders its year-end dinner from a QQ mailbox and sends its own bank details only for the VAT invoice.")
    he = party("何志鹏", acct("hx-hezhipeng", "621226", 19), "中国工商银行成都新都支行", "personal", None, None)
    T.pay(X, "12-22 14:20", he, "286.50", "退款", "锦宏食堂离职员工餐卡余额退还",
          sp("HX-SP-1222-01", "锦宏精密机械员工何志鹏12月离职，食堂餐卡余额286.50元（均为其本人银行卡充值），经锦宏行政部周玉梅确认，按原充值路径退回本人银行卡。"),
          "E2011", ["E2003"], signals=["first_time_payee", "personal_account", "refund_words", "topup_words", "balance_probe"],
          note="Hard negative: A leaver's canteen meal-card balance, which he topped up from his own card, is refunded to that card.")
    own_margin = party("成都禾香餐饮管理有限公司", acct("hx-margin", "5101", 19), "中国建设银行成都高新支行",
                       "corporate", None, None)
    T.pay(X, "12-28 10:30", own_margin, "150000.00", "保证金", "开立银行承兑汇票存入保证金（本公司保证金账户）",
          sp("HX-SP-1228-01", "向建行高新支行申请开立50万元银行承兑汇票支付川嘉肉类春节备货款，按银行要求存入30%承兑保证金15万元至本公司在建行开立的保证金专户（户名即本公司）。"),
          "E2002", ["E2003", "E2000"], contract="HX-CD-2026-002",
          signals=["first_time_payee", "deposit_words", "fake_payment_proof"],
          note="Hard negative: Margin for a bank acceptance bill moved into the company's own margin account at its own bank.")
    T.order(X, "12-29 11:10", c_yunzhan, [("元旦加班餐", "120", "份", "35.00")],
            "email", "成都市高新区天府软件园E区云栈科技", "2026-12-31", "月结30天（抵扣上次多付800元）",
            "黄诗琪邮件：11月培训餐费他们财务多付了800元，不用退，直接在本次元旦加班餐里抵扣。已与我司应收台账核对，11月确有800元溢收。",
            signals=["overpayment", "refund_words"],
            note="Hard negative: An established client offsets an earlier overpayment against a new order instead of asking for a refund anywhere.")
    T.pay(X, "12-30 16:00", meat, "49865.00", "货款", "11月猪肉、牛肉款",
          sp("HX-SP-1230-02", f"11月猪肉、牛肉款｜川嘉肉类｜合同HX-CG-2026-005｜发票{invoice('hx-meat-11', '51')}"),
          "E2010", ["E2003"], contract="HX-CG-2026-005", invoice_no=invoice("hx-meat-11", "51"),
          note="Routine: Monthly meat invoice paid to the regular supplier's account on file.")
    return T

# =====================================================================================
# Tenant 2: yuanfeng — 郑州远丰物流有限公司 (small freight fleet, Zhengzhou)
# =====================================================================================


def build_yuanfeng():
    emp = {
        "E3000": "常永军",  # 总经理
        "E3001": "耿丽娜",  # 出纳
        "E3002": "牛晓静",  # 会计
        "E3003": "申海峰",  # 财务主管
        "E3010": "樊建业",  # 调度
        "E3011": "郜红旗",  # 车队长
        "E3020": "卢鹏飞",  # 业务经理
        "E3030": "宋天佑",  # 驾驶员
    }
    T = Tenant("yuanfeng", "郑州远丰物流有限公司", acct("yf-basic", "1702", 19), emp, "YFWL-FK", "YFWL-YD")
    H, X = "history", "test"
    A = "0371"

    fuel = party("郑州通衢石油销售有限公司", acct("yf-fuel", "1702", 19), "中国工商银行郑州金水支行",
                 "corporate", "V-YF01", landline(A, 316))
    etc = party("河南中原畅行ETC服务有限公司", acct("yf-etc", "2563", 17), "中国银行郑州分行营业部",
                "corporate", "V-YF02", landline(A, 428))
    tyre = party("郑州金驰汽车轮胎维修有限公司", acct("yf-tyre", "9080", 18), "郑州银行金水支行",
                 "corporate", "V-YF03", landline(A, 537))
    box = party("河南陆港集装箱租赁有限公司", acct("yf-box", "4105", 19), "中国建设银行郑州航空港支行",
                "corporate", "V-YF04", landline(A, 649))
    nie = party("聂国强", acct("yf-nieguoqiang", "622848", 19), "中国农业银行郑州中原支行",
                "personal", "V-YF11", mobile(1123))
    yan = party("闫保全", acct("yf-yanbaoquan", "621799", 19), "中国邮政储蓄银行郑州管城区支行",
                "personal", "V-YF12", mobile(1247))
    jia = party("贾卫东", acct("yf-jiaweidong", "623595", 19), "郑州银行二七支行",
                "personal", "V-YF13", mobile(1359))
    payroll = party("工行郑州金水支行代发工资过渡户", acct("yf-payroll", "1702", 19), "中国工商银行郑州金水支行",
                    "corporate", None, None)

    c_yuxiang = customer("河南豫香食品有限公司", uscc("yf-yuxiang", "91", "410122"), "闵晓丽",
                         landline(A, 813), "minxl@yuxiangfood.com", None, "C-YF01")
    c_hengyuan = customer("郑州恒远建材有限公司", uscc("yf-hengyuan", "91", "410102"), "谷建伟",
                          landline(A, 874), None, None, "C-YF02")
    c_ruifeng = customer("新乡市瑞丰纸业有限公司", uscc("yf-ruifeng", "91", "410700"), "岳凯",
                         landline("0373", 415), None, None, "C-YF03")

    def fk(no, body):
        return f"金蝶付款单 {no}：{body}"

    xian_lane = "冷链整车运输（郑州—西安，9.6米冷藏车）"

    # ------------------------------------------------------------------ history
    T.pay(H, "09-01 10:30", fuel, "60000.00", "油费", "9月车队加油卡充值（28张卡）",
          fk("FK-0901-01", "9月车队加油卡充值｜通衢石油｜合同YF-RY-2026-001"), "E3011", ["E3003"],
          contract="YF-RY-2026-001", note="Routine: Monthly fuel-card load at the regular fuel-card company.")
    T.order(H, "09-02 15:00", c_yuxiang, [(xian_lane, "6", "车次", "4200.00")], "email",
            "西安市灞桥区豫香食品西安分仓", "2026-09-10", "月结30天", "豫香物流部闵晓丽邮件下单，速冻汤圆，全程-18℃",
            note="Routine: Cold-chain loads for an established frozen-food shipper.")
    T.pay(H, "09-04 11:20", nie, "18600.00", "运费", "8月外协运费（郑州—济南线12趟）",
          fk("FK-0904-02", "8月外协运费｜司机聂国强｜12趟｜对账单司机签字"), "E3011", ["E3003"],
          signals=["personal_account"], note="Routine: Owner-driver paid to his own card for a month of trips.")
    T.pay(H, "09-08 14:40", etc, "23415.60", "通行费", "8月ETC通行费结算",
          fk("FK-0908-01", "8月ETC记账卡通行费｜中原畅行ETC｜合同YF-TX-2026-002"), "E3002", ["E3003"],
          contract="YF-TX-2026-002", note="Routine: Monthly ETC toll settlement.")
    T.pay(H, "09-14 10:10", box, "20000.00", "押金", "20尺集装箱租赁押金（10个×2000）",
          fk("FK-0914-01", "20尺集装箱租赁押金10个｜陆港集装箱｜合同YF-ZL-2026-006"), "E3010", ["E3003"],
          contract="YF-ZL-2026-006", note="Routine: Container-lease deposit to the regular leasing firm.")
    T.order(H, "09-16 16:00", c_hengyuan, [("平板车运输（郑州—洛阳）", "12", "车次", "1850.00")], "phone",
            "洛阳市伊滨区建材市场恒远建材仓库", "2026-09-30", "月结30天", "瓷砖、岩板，需苫布",
            note="Routine: Flatbed loads for an established building-materials shipper.")
    T.pay(H, "09-18 11:00", tyre, "12880.00", "维修费", "更换轮胎8条及四轮定位",
          fk("FK-0918-02", f"更换轮胎8条及四轮定位｜金驰轮胎｜发票{invoice('yf-tyre-09', '41')}"), "E3011", ["E3003"],
          invoice_no=invoice("yf-tyre-09", "41"), note="Routine: Tyres from the regular tyre shop.")
    T.pay(H, "09-23 15:30", yan, "9420.00", "运费", "9月上旬外协运费（郑州—合肥线5趟）",
          fk("FK-0923-01", "9月上旬外协运费｜司机闫保全｜5趟"), "E3011", ["E3003"],
          signals=["personal_account"], note="Routine: Owner-driver paid to his own card.")
    T.pay(H, "09-24 10:40", jia, "8760.00", "运费", "9月上旬外协运费（郑州—武汉线4趟）",
          fk("FK-0924-01", "9月上旬外协运费｜司机贾卫东｜4趟"), "E3011", ["E3003"],
          signals=["personal_account"], note="Routine: Owner-driver paid to his own card.")
    T.pay(H, "10-15 14:20", payroll, "142380.00", "工资", "9月工资（代发，41人）",
          fk("FK-1015-01", "9月工资代发41人"), "E3002", ["E3003", "E3000"],
          note="Routine: Monthly payroll through the bank's payroll service.")
    T.order(H, "10-16 10:10", c_yuxiang, [(xian_lane, "8", "车次", "4200.00")], "email",
            "西安市灞桥区豫香食品西安分仓", "2026-10-25", "月结30天", "10月速冻汤圆、水饺发西安分仓",
            note="Routine: Cold-chain loads for an established frozen-food shipper.")
    T.order(H, "10-19 09:50", c_ruifeng, [("零担运输（新乡—郑州）", "18", "吨", "260.00")], "other",
            "郑州市经开区瑞丰纸业郑州仓", "2026-10-21", "平台结算（T+3）", "中原运链网络货运平台订单，运费由平台结算",
            note="Routine: Less-than-truckload order via the freight platform from an established shipper.")

    # ------------------------------------------------------------------ test
    T.pay(X, "11-02 10:30", fuel, "60000.00", "油费", "11月车队加油卡充值（28张卡）",
          fk("FK-1102-01", "11月车队加油卡充值｜通衢石油（加油卡服务商）｜合同YF-RY-2026-001｜充值明细见附表"),
          "E3011", ["E3003"], contract="YF-RY-2026-001", signals=["topup_words"],
          note="Hard negative: Monthly top-up of the fleet's fuel cards at the regular fuel-card company.")
    T.pay(X, "11-02 15:10", nie, "17240.00", "运费", "10月外协运费（郑州—济南线11趟）",
          fk("FK-1102-03", "10月外协运费，司机聂国强11趟，对账单司机本人签字，付本人农行卡"), "E3011", ["E3003"],
          signals=["personal_account"],
          note="Hard negative: Owner-driver's monthly freight pay to the same personal card as before.")
    c_antai = customer("焦作市安泰纺织品有限公司", uscc("yf-antai", "91", "410800"), "王建伟", mobile(3318), None, None, None)
    T.order(X, "11-03 10:00", c_antai, [("整车运输（焦作—郑州航空港）", "2", "车次", "2150.00")], "other",
            "郑州航空港区跨境物流园3号库", "2026-11-05", "平台担保支付",
            "中原运链平台订单：货主下单时运费已由平台冻结在担保账户，司机上传签收单后平台解冻并结算到我司账户。",
            signals=["new_customer", "contact_im_only", "loan_fee_words"],
            note="Hard negative: A new shipper books through the official freight platform, which 'freezes' the freight in escrow and 'unfreezes' it to us after delivery.")
    song = party("宋天佑", acct("yf-songtianyou", "621700", 19), "中国建设银行郑州经开支行", "personal", None, mobile(1466))
    T.pay(X, "11-04 11:30", song, "1586.00", "报销", "郑州—成都单趟路桥费、ETC充值、加油报销",
          fk("BX-1104-02", "驾驶员宋天佑出车郑州—成都，ETC卡余额不足现场充值500元，高速现金缴费286元，加油800元，合计1,586元，票据已贴单，付本人工资卡。"),
          "E3030", ["E3011", "E3003"], signals=["first_time_payee", "personal_account", "topup_words", "balance_probe"],
          note="Hard negative: An employed driver is reimbursed for an ETC top-up, cash tolls and fuel on a trip, to his own card.")
    ma = party("马秀兰", acct("yf-maxiulan", "621799", 19), "中国邮政储蓄银行许昌魏都区支行", "personal", None, mobile(2071))
    T.pay(X, "11-05 09:40", ma, "3260.00", "赔偿款", "货损赔偿（11月1日郑州—许昌整车，纸箱受潮）",
          fk("FK-1105-01", "收货人马秀兰（许昌市魏都区个体食品批发部经营者）签收时发现6件货物受潮，经货主及保险公估确认损失3,260元，由我司先行赔付。"
             "收款账户为马秀兰本人提供的本人银行卡，户名与营业执照经营者一致。"),
          "E3020", ["E3003"], signals=["first_time_payee", "personal_account", "unusual_bank_region"],
          note="Hard negative: Cargo-damage compensation, assessed by the insurer, paid to the consignee (a sole trader) on her own card in another city.")
    T.pay(X, "11-05 16:20", yan, "10000.00", "退款", "退还车辆挂靠保证金（挂靠协议到期）",
          fk("FK-1105-04", "外协司机闫保全挂靠协议10月31日到期不再续签，2025年11月其本人转入的挂靠保证金1万元，车辆及证照已交接、无违章，"
             "原路退回其本人卡（即历次运费收款卡）。"),
          "E3002", ["E3011", "E3003"], signals=["personal_account", "deposit_words", "refund_words"],
          note="Hard negative: An owner-driver's affiliation deposit is refunded to the same card he paid it from and is always paid to.")
    T.pay(X, "11-06 10:15", etc, "25208.40", "通行费", "10月ETC通行费结算及储值卡充值",
          fk("FK-1106-01", "10月ETC记账卡通行费22,208.40元+3张储值卡充值3,000元，合计25,208.40元｜中原畅行ETC｜合同YF-TX-2026-002"),
          "E3002", ["E3003"], contract="YF-TX-2026-002", signals=["topup_words"],
          note="Hard negative: Monthly ETC tolls plus a stored-value card top-up to the regular ETC provider.")
    T.order(X, "11-09 10:50", c_yuxiang, [(xian_lane, "9", "车次", "4200.00")], "email",
            "西安市灞桥区豫香食品西安分仓", "2026-11-20", "月结30天", "11月速冻水饺发西安分仓",
            key="yf-yuxiang-nov", note="Routine: Cold-chain loads for an established frozen-food shipper.")
    kong = party("孔祥瑞", acct("yf-kongxiangrui", "622848", 19), "中国农业银行郑州金水支行", "personal", None, mobile(2284))
    T.pay(X, "11-09 15:30", kong, "4800.00", "信息费", "10月货源居间信息费（24车次×200）",
          fk("FK-1109-03", "按《货源居间服务协议》YF-JJ-2026-004，居间人孔祥瑞（郑州北站物流园信息部）10月介绍回程货源24车次，每车次信息费200元，"
             "运单号清单附后，已取得税务局代开发票，付居间人本人账户。"),
          "E3020", ["E3003"], contract="YF-JJ-2026-004",
          signals=["first_time_payee", "personal_account", "middleman_fee", "invoice_trade_words"],
          note="Hard negative: Per-load finder's fees to an individual freight broker under a signed brokerage agreement.")
    tyre_new = party("郑州金驰汽车轮胎维修有限公司", acct("yf-tyre-fake", "4505", 19), "中国建设银行南宁江南支行",
                     "corporate", "V-YF03", landline(A, 537))
    fw = tyre_new["account_no"].translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    T.pay(X, "11-10 10:20", tyre_new, "16740.00", "维修费", "10月轮胎款（更换轮胎10条）",
          "耿会计您好，我是金驰轮胎新来的财务小刘。我们公司基本户这个月换到南宁分公司统一结算了，以后货款请打新账户：\n"
          f"户名：郑州金驰汽车轮胎维修有限公司\n开户行：建行南宁江南支行\n账号：{fw}\n原来郑州银行那个账户下周停用，10月份的轮胎款16740元麻烦这两天安排一下。",
          "E3011", ["E3003"], channel="im", from_name="金驰轮胎 财务小刘", from_contact=wxid("yf-fake-tyre"),
          changed_at="11-07 15:30", invoice_no=invoice("yf-tyre-10", "41"),
          label="scam", scam_type="account_change",
          signals=["account_changed_recent", "first_time_payee", "im_instruction", "new_contact",
                   "account_change_words", "unusual_bank_region", "evasion_fullwidth"],
          note="A 'new finance clerk' of the tyre shop sends a Nanning account by WeChat in full-width digits; the vendor master was changed three days before this first payment, with no call-back.")
    nsr = party("郑州市非税收入汇缴结算户", acct("yf-feishui", "1702", 19), "中国工商银行郑州分行营业部",
                "corporate", None, None)
    T.pay(X, "11-11 14:00", nsr, "200.00", "罚款", "豫A·YF318货车超速罚款（按处罚决定书缴纳）",
          fk("FK-1111-02", "公司名下货车豫A·YF318于10月28日在连霍高速超速（未达10%），交警出具电子处罚决定书，罚款200元，"
             "按决定书载明的非税收入汇缴账户缴纳，同时在交管12123上核对了违法记录。"),
          "E3011", ["E3003"], signals=["first_time_payee", "authority_words"],
          note="Hard negative: A 200-yuan speeding fine paid to the official non-tax revenue account printed on the penalty decision.")
    T.order(X, "11-12 10:30", c_hengyuan, [("平板车运输（郑州—洛阳）", "14", "车次", "1850.00")], "phone",
            "洛阳市伊滨区建材市场恒远建材仓库", "2026-11-30", "月结30天",
            "恒远建材谷建伟来电：本月14车，签收回单原件随车带回，扫描件当天发对账群，运费照旧月结；上月对账单余额1,850元已于本周结清。",
            signals=["fake_payment_proof", "balance_probe"],
            note="Hard negative: An established shipper's order mentions 回单 (in freight, the signed delivery receipt) and a settled statement balance.")
    dealer = party("郑州宏运商用车销售服务有限公司", acct("yf-dealer", "7731", 18), "中国光大银行郑州分行",
                   "corporate", None, landline(A, 962))
    T.pay(X, "11-13 11:15", dealer, "50000.00", "定金", "二手牵引车定金（3台，合同YF-GC-2026-011）",
          "常永军：宏运那三台二手牵引车我看过车了，合同昨天已经签了，定金5万按合同付。我在外地开会，有事微信说，金蝶审批我已经批了。\n"
          "耿丽娜：好的常总，合同和审批单都在，申经理已按合同上的座机回拨宏运确认过收款账户。",
          "E3001", ["E3003", "E3000"], channel="im", from_name="常永军", from_contact=wxid("yf-emp-boss"),
          contract="YF-GC-2026-011", verification=(landline(A, 962), "E3003", "11-13 10:40"),
          signals=["im_instruction", "boss_role", "cannot_call", "deposit_words", "first_time_payee"],
          note="Hard negative: The boss, away at a meeting, confirms by WeChat a contractual deposit he has already approved in the ERP; the dealer's account was confirmed by call-back.")
    insurer = party("中原安达财产保险股份有限公司郑州中心支公司", acct("yf-insurer", "4105", 19), "中国建设银行郑州金水支行",
                    "corporate", None, landline(A, 775))
    T.pay(X, "11-16 10:00", insurer, "86400.00", "保险费", "车队交强险及商业险续保（24台，11月20日到期）",
          fk("FK-1116-01", "24台营运货车交强险及商业险11月20日到期，按保险公司盖章的续保报价单续保，保费86,400元付保险公司对公账户。"),
          "E3011", ["E3003", "E3000"], signals=["first_time_payee", "renewal_bill"],
          note="Hard negative: Fleet insurance renewal paid to the insurer's own corporate account before the policies expire.")
    c_hongtai = customer("洛阳市鸿泰建材商贸有限公司", uscc("yf-hongtai", "91", "410300"), "赵经理",
                         mobile(6152), None, wxid("yf-hongtai"), None)
    T.order(X, "11-17 14:40", c_hongtai, [("整车运输（郑州—成都，17.5米平板）", "2", "车次", "9800.00")], "im",
            "成都市双流区某建材市场", "2026-11-20", "款到派车",
            "赵经理发来网银转账截图，说财务把运费和货款搞混了，一共打了39600，多打了2万，让我们先把多的2万退到他们老板赵海军的个人卡上，"
            "他那边急着付货款，对公到账可能要明天。",
            third_party={"name": "赵海军（个人）", "contact": mobile(6190), "role": "refund_recipient", "amount": "20000.00"},
            label="scam", scam_type="overpayment_refund",
            signals=["new_customer", "contact_im_only", "fake_payment_proof", "overpayment", "refund_to_other_account",
                     "far_delivery", "urgency"],
            note="A new building-materials trader sends a transfer screenshot 20k above the freight and wants the 'excess' sent to its boss's personal card before anything has arrived.")
    T.pay(X, "11-18 10:10", song, "1350.00", "补贴", "11月上半月出车补助（含夜间行车补贴）",
          fk("FK-1118-01", "驾驶员宋天佑11月1-15日出车9天，按《驾驶员出车补助标准》每天150元（含夜间行车补贴），计1,350元，随车队考勤表发放至本人卡。"),
          "E3011", ["E3003"], signals=["first_time_payee", "personal_account", "subsidy_words"],
          note="Hard negative: A driver's trip allowance under the company's written allowance standard, paid to his own card.")
    pallet = party("郑州循环托盘共享服务有限公司", acct("yf-pallet", "4110", 18), "交通银行郑州分行",
                   "corporate", "V-YF05", landline(A, 752))
    T.pay(X, "11-19 15:20", pallet, "720.00", "押金", "托盘丢失赔偿后补足押金差额",
          fk("FK-1119-02", "循环托盘租赁（合同YF-ZL-2026-003，今年3月已交押金12,000元）：11月盘点丢失托盘12片，按协议从押金中扣除赔偿，"
             "另补足押金差额720元，付托盘公司对公账户。"),
          "E3010", ["E3003"], contract="YF-ZL-2026-003", signals=["first_time_payee", "deposit_words"],
          note="Hard negative: Topping up a pallet-pool deposit after lost pallets were charged against it.")
    dingrong = party("河南鼎融金融服务外包有限公司", acct("yf-dingrong", "1548", 16), "中国民生银行郑州分行",
                     "corporate", None, None)
    T.pay(X, "11-20 10:40", dingrong, "27600.00", "保证金", "融资租赁贷款验资保证金及资料包装费",
          "鼎融金服王经理来电：我司申请的5台牵引车融资租赁贷款（额度120万）已初审通过，放款前需缴纳额度2%的验资保证金24000元和资料包装费3600元，"
          "合计27600元，放款后保证金退还。要求今天下午4点前到账，否则额度作废。",
          "E3001", [], channel="phone", from_name="鼎融金服 客户经理王浩", from_contact=mobile(7736), urgent=True,
          label="scam", scam_type="advance_fee",
          signals=["phone_instruction", "new_contact", "first_time_payee", "loan_fee_words", "fee_words",
                   "deposit_words", "urgency", "no_approval", "no_po_contract"],
          note="A 'financial services' firm says a truck-financing loan is approved but wants a capital-verification deposit and a 'packaging fee' before release, today.")
    zzbank = party("郑州银行股份有限公司经开区支行", acct("yf-zzbank", "9080", 18), "郑州银行经开区支行",
                   "corporate", None, landline(A, 930))
    T.pay(X, "11-23 11:00", zzbank, "38215.60", "贷款还款", "车辆按揭贷款第11期本息",
          fk("FK-1123-01", "郑州银行车辆按揭贷款（合同YF-DK-2025-008）第11期，本金33,333.33元+利息4,882.27元，合计38,215.60元，付至贷款合同约定的还款账户。"),
          "E3002", ["E3003"], contract="YF-DK-2025-008", signals=["first_time_payee", "loan_fee_words"],
          note="Hard negative: A scheduled instalment of principal and interest on a real bank vehicle loan, to the account in the loan contract.")
    c_hongshun = customer("开封市宏顺家具有限公司", uscc("yf-hongshun", "91", "410200"), "李娟", mobile(4426), None, None, None)
    T.order(X, "11-23 16:30", c_hongshun, [("回程整车（郑州—开封，13米高栏）", "1", "车次", "1200.00")], "other",
            "开封市祥符区宏顺家具厂", "2026-11-25", "平台订金500元，余款卸货后平台结算",
            "中原运链平台回程车订单，货主已在平台支付订金500元，余款卸货确认后由平台结算。",
            signals=["new_customer", "contact_im_only", "deposit_words"],
            note="Hard negative: A back-haul load booked on the freight platform with a small platform-held deposit.")
    T.pay(X, "11-24 10:20", box, "40000.00", "押金", "新增20尺集装箱20个租赁押金",
          fk("FK-1124-01（加急）", "陆港集装箱新增20个20尺箱，押金每个2000元，港区堆场要求押金到账后才能提箱，豫香的出口单明天装箱，请今天付。合同YF-ZL-2026-006补充协议。"),
          "E3010", ["E3003"], urgent=True, contract="YF-ZL-2026-006", signals=["deposit_words", "urgency"],
          note="Hard negative: An urgent container deposit to the regular leasing firm so boxes can be collected for tomorrow's loading.")
    junchi = party("河南骏驰汽车贸易有限公司", acct("yf-junchi", "6014", 18), "中原银行郑州经开支行", "corporate", None, None)
    T.pay(X, "11-25 14:50", junchi, "180000.00", "定金", "新车团购定金",
          "常永军：耿丽娜在吗，基本户和一般户上现在还有多少能动的钱？截个图发群里\n耿丽娜：常总，基本户可用63万，一般户12万\n"
          "常永军：我在跟北站那边谈新车团购，对方要先付18万定金锁价，我在开会不方便接电话，你先转过去，审批回来给你补。\n"
          f"户名：河南骏驰汽车贸易有限公司\n开户行：中原银行郑州经开支行\n账号：{junchi['account_no']}",
          "E3001", [], channel="im", from_name="常永军", from_contact="微信群：远丰车队管理群（今日新建）",
          label="scam", scam_type="boss_impersonation",
          signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process",
                   "deposit_words", "first_time_payee", "no_approval"],
          note="In a WeChat group created that day the fake boss asks for both account balances, then orders a 180k 'group-purchase deposit' to an unknown dealer, approval to follow.")
    jia_new = party("贾卫东", acct("yf-jiaweidong-new", "621700", 19), "中国建设银行郑州二七支行",
                    "personal", "V-YF13", mobile(1359))
    T.pay(X, "11-26 10:30", jia_new, "11280.00", "运费", "11月上半月外协运费（郑州—武汉线5趟）",
          fk("FK-1126-02", "外协司机贾卫东原郑州银行卡丢失已挂失注销，11月20日本人持身份证和新卡（建设银行，户名贾卫东）到公司办理变更，"
             "申海峰当场按档案手机号13700001359回拨确认，供应商主数据同日更新。本次为变更后首次付款。"),
          "E3011", ["E3003"], changed_at="11-20 16:10", verification=(mobile(1359), "E3003", "11-20 16:40"),
          signals=["account_changed_recent", "first_time_payee", "personal_account", "account_change_words"],
          note="Hard negative: First payment to a driver's new card after he changed it in person with ID and was called back on the number on file.")
    c_yuxiang_new_wh = c_yuxiang
    T.order(X, "11-27 11:10", c_yuxiang_new_wh, [(xian_lane, "7", "车次", "4200.00")], "email",
            "西安市国际港务区豫香食品西安新仓", "2026-12-10", "月结30天",
            "闵晓丽邮件通知：西安分仓12月起由灞桥区搬到国际港务区，收货地址以新仓为准。已打豫香物流部座机0371-0000813向闵晓丽本人核实，收货人和付款方式不变。",
            signals=["account_change_words"],
            note="Hard negative: An established shipper moves its receiving warehouse and says 'use the new one from now on'; confirmed on the landline on file, nothing about money changes.")
    fan = party("范二虎", acct("yf-fanerhu", "621799", 19), "中国邮政储蓄银行郑州航空港区支行", "personal", None, None)
    T.pay(X, "12-01 10:30", fan, "1560.00", "劳务费", "11月临时装卸工日结工资汇总（13天×120）",
          fk("FK-1201-02", "航空港仓临时装卸工范二虎，11月出工13天，每天120元日结，按考勤汇总发放至本人卡（身份证与卡户名一致）。"),
          "E3010", ["E3003"], signals=["first_time_payee", "personal_account", "task_rebate_words"],
          note="Hard negative: A casual loader's month of daily-rate (日结) wages to his own card.")
    c_fake_yx = customer("河南豫湘食品有限公司", broken_uscc("yf-yuxiang-fake", "91", "410122"), "孙经理",
                         mobile(6288), None, wxid("yf-fake-yuxiang"), None)
    T.order(X, "12-02 09:40", c_fake_yx, [("冷链整车运输（郑州—乌鲁木齐）", "8", "车次", "16500.00")], "im",
            "乌鲁木齐市米东区某物流园自提仓", "2026-12-08", "货到60天付款（月结）",
            "自称豫香食品物流部新来的孙经理，说公司接了新疆的大单，要连续发8车冷冻丸子到乌鲁木齐，合同走他们新疆分公司，运费60天账期。"
            "只加了微信，没有留座机，说原来对接的闵晓丽调岗了。",
            label="scam", scam_type="fake_purchaser",
            signals=["new_customer", "lookalike_company", "invalid_credit_code", "contact_im_only", "contact_mismatch",
                     "credit_terms_requested", "far_delivery", "large_first_order"],
            note="A name one character off an established frozen-food shipper (湘 for 香) books eight reefer loads to Urumqi on 60-day credit through a new WeChat-only contact.")
    T.pay(X, "12-04 10:10", nie, "3000.00", "借支", "借支",
          fk("FK-1204-01", "外协司机聂国强家中老人住院，申请借支3000元，从12月运费中扣回。车队长郜红旗提交，申海峰、常永军审批。"),
          "E3011", ["E3003", "E3000"], signals=["personal_account", "vague_memo"],
          note="Hard negative: A small advance to a long-standing owner-driver's usual card, with a one-word memo, to be deducted from his next freight pay.")
    treasury = party("国家金库郑州市金水区支库", acct("yf-treasury", "2701", 17), "国家金库郑州市金水区支库",
                     "corporate", None, None)
    T.pay(X, "12-07 11:30", treasury, "27648.35", "税费", "11月增值税及附加（电子税务局申报，12月15日截止）",
          fk("FK-1207-01", "11月增值税及附加税费27,648.35元，电子税务局已申报，申报截止12月15日，三方协议扣缴。"),
          "E3002", ["E3003"], signals=["first_time_payee", "authority_words", "urgency"],
          note="Hard negative: Monthly VAT paid to the treasury through the tax bureau before the filing deadline.")
    etc_renamed = party("河南畅行智慧交通服务有限公司", etc["account_no"], etc["bank"], "corporate", "V-YF02", landline(A, 428))
    T.pay(X, "12-08 15:00", etc_renamed, "24906.10", "通行费", "11月ETC通行费结算",
          fk("FK-1208-03", "11月ETC通行费｜ETC服务商于11月25日更名为河南畅行智慧交通服务有限公司（营业执照变更登记通知书及盖章更名函已存档，"
             "统一社会信用代码及收款账户均不变），供应商主数据已更新名称。"),
          "E3002", ["E3003"], contract="YF-TX-2026-002", signals=["payee_name_mismatch"],
          note="Hard negative: The ETC provider changed its name but not its credit code or account; the payee name now differs from the earlier one.")
    c_hosp = customer("郑州市金水区康宁医院", uscc("yf-hosp", "12", "410105"), "袁主任", landline(A, 588),
                      "yjk@kangning-hosp.cn", None, None)
    T.order(X, "12-09 10:40", c_hosp, [("医药冷链配送服务（2-8℃，市区点对点）", "960", "单", "85.00")], "other",
            "郑州市金水区康宁医院药剂科库房", "2027-06-30", "按月验收，次月30天内付款",
            "医院药品冷链配送服务采购项目（采购编号ZZJS-2026-0931）在市政府采购网公开比选，我司中标，中标公告已在网上公示；合同按医院格式文本签订。",
            signals=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested"],
            note="Hard negative: A hospital's cold-chain delivery contract won through a published public procurement, paid monthly in arrears.")
    T.pay(X, "12-10 10:00", payroll, "145920.00", "工资", "11月工资（代发，42人）",
          fk("FK-1210-01", "11月工资代发42人"), "E3002", ["E3003", "E3000"],
          note="Routine: Monthly payroll through the bank's payroll service.")
    yx_acct = party("河南豫香食品有限公司", acct("yf-yuxiang-acct", "2563", 17), "中国银行郑州经开支行", "corporate", None, landline(A, 813))
    T.pay(X, "12-11 16:20", yx_acct, "37800.00", "退款", "原路退回豫香食品11月运费重复付款",
          fk("FK-1211-02", "豫香食品11月9日运单（9车次，37,800元）运费于12月4日、12月7日各支付一次，两笔银行回单付款账户均为豫香对公户，"
             "经闵晓丽盖章确认，原路退回其付款账户。"),
          "E3002", ["E3003"], order_ref=("yf-yuxiang-nov",),
          signals=["first_time_payee", "refund_words", "overpayment", "sales_order_linked"],
          note="Hard negative: A customer's duplicate freight payment refunded by the original route to the corporate account it came from.")
    yuan = party("袁小军", acct("yf-yuanxiaojun", "622848", 19), "中国农业银行信阳分行", "personal", None, mobile(7512))
    T.pay(X, "12-14 20:40", yuan, "2800.00", "救援费", "京港澳高速信阳段挂车爆胎道路救援及拖车费",
          fk("移动审批 FK-1214-05（夜间加急）", "20:05 豫A·YF206挂车在京港澳高速信阳段爆胎，救援队袁小军拖车+换胎共2,800元，对方为个体救援车，"
             "收款卡为本人（户名与驾驶证一致），司机宋天佑现场确认。郜红旗、申海峰手机审批通过。"),
          "E3010", ["E3011", "E3003"], urgent=True,
          signals=["off_hours", "urgency", "first_time_payee", "personal_account", "unusual_bank_region"],
          note="Hard negative: A night-time roadside rescue paid urgently to the individual tow operator's own card, approved on mobile by two managers.")
    T.order(X, "12-15 10:30", c_hengyuan, [("平板车运输（郑州—洛阳）", "10", "车次", "1850.00")], "phone",
            "洛阳市伊滨区建材市场恒远建材仓库", "2026-12-31", "月结60天（双方补充协议）",
            "恒远建材合作满两年，申请自2027年1月起运费由月结30天改为月结60天，已签补充协议并经总经理审批。",
            signals=["credit_terms_requested"],
            note="Hard negative: A two-year customer negotiates longer credit terms in a signed supplement.")
    yin = party("殷海涛", acct("yf-yinhaitao", "621483", 16), "招商银行郑州分行", "personal", None, mobile(3095))
    T.pay(X, "12-18 10:10", yin, "9450.00", "提成", "11月货源代理提成（实收运费3%）",
          fk("FK-1218-01", "按《货源代理协议》YF-DL-2026-003，代理人殷海涛11月介绍货主3家，实收运费315,000元，提成3%计9,450元，附运费到账明细及税务局代开发票。"),
          "E3020", ["E3003", "E3000"], contract="YF-DL-2026-003",
          signals=["first_time_payee", "personal_account", "task_rebate_words", "invoice_trade_words"],
          note="Hard negative: A contractual commission to an individual freight agent, with a tax-office-issued invoice.")
    c_fengmao = customer("郑州丰茂农产品有限公司", uscc("yf-fengmao", "91", "410183"), "杜经理", mobile(5580), None,
                         wxid("yf-fengmao"), None)
    T.order(X, "12-21 14:30", c_fengmao, [("冷链整车运输（郑州—上海，9.6米冷藏车）", "3", "车次", "7600.00")], "im",
            "上海市嘉定区某冷库", "2026-12-24", "款到派车",
            "杜经理微信发来付款截图，我们没有按截图派车；财务12月21日下午在网银查到丰茂农产品对公账户转入22,800元后才安排车辆。",
            signals=["new_customer", "contact_im_only", "fake_payment_proof"],
            note="Hard negative: A new shipper sends a payment screenshot, but trucks are dispatched only after finance sees the money arrive from the shipper's own account.")
    T.pay(X, "12-28 15:00", nie, "58000.00", "运费", "2026年度外协运费清算及安全行车奖",
          fk("FK-1228-02", "外协司机聂国强全年运费清算差额46,000元（按年度对账单，司机签字）+全年无事故安全行车奖12,000元（按《外协车辆管理办法》），"
             "合计58,000元，付本人农行卡（与历次一致）。"),
          "E3011", ["E3003", "E3000"], signals=["personal_account", "large_vs_usual"],
          note="Hard negative: A year-end settlement and safety bonus to a long-standing owner-driver, much larger than his usual monthly pay, to his usual card.")
    T.order(X, "12-29 10:00", c_ruifeng, [("零担运输（新乡—郑州）", "22", "吨", "260.00")], "other",
            "郑州市经开区瑞丰纸业郑州仓", "2026-12-31", "平台结算（T+3）", "中原运链网络货运平台订单，运费由平台结算",
            note="Routine: Less-than-truckload order via the freight platform from an established shipper.")
    return T

# =====================================================================================
# Tenant 3: qingshan — 杭州青山物业服务有限公司 (property management, Hangzhou)
# =====================================================================================


def build_qingshan():
    emp = {
        "E4000": "骆伟明",  # 总经理
        "E4001": "俞婷",    # 出纳
        "E4002": "童佳慧",  # 会计
        "E4003": "楼建新",  # 财务经理
        "E4010": "应国平",  # 工程部经理
        "E4011": "方晓燕",  # 客服主管
        "E4012": "施建强",  # 枫林苑项目经理
        "E4020": "严伟",    # 市场拓展经理
    }
    T = Tenant("qingshan", "杭州青山物业服务有限公司", acct("qs-basic", "3301", 19), emp, "QSWY-FK", "QSWY-HT")
    H, X = "history", "test"
    A = "0571"

    lift = party("杭州恒梯电梯维保有限公司", acct("qs-lift", "3301", 18), "杭州银行城西支行",
                 "corporate", "V-QS01", landline(A, 318))
    guard = party("杭州安盾劳务派遣有限公司", acct("qs-guard", "1202", 19), "中国工商银行杭州西湖支行",
                  "corporate", "V-QS02", landline(A, 427))
    guard_new = party("杭州安盾劳务派遣有限公司", acct("qs-guard-new", "1903", 17), "中国农业银行杭州西湖支行",
                      "corporate", "V-QS02", landline(A, 427))
    water = party("杭州钱塘供水服务有限公司", acct("qs-water", "3301", 19), "中国建设银行杭州城东支行",
                  "corporate", "V-QS03", landline(A, 536))
    power = party("杭州西城供电营业服务有限公司", acct("qs-power", "1202", 19), "中国工商银行杭州城西支行",
                  "corporate", "V-QS04", landline(A, 645))
    clean = party("杭州洁源保洁服务有限公司", acct("qs-clean", "2010", 17), "浙江农商联合银行杭州分行",
                  "corporate", "V-QS05", landline(A, 754))
    jin = party("金荣华", acct("qs-jinronghua", "622848", 19), "中国农业银行杭州西湖支行",
                "personal", "V-QS06", mobile(6182))
    owners = party("杭州市西湖区枫林苑小区业主大会", acct("qs-owners", "2010", 18), "杭州联合农商银行西湖支行",
                   "corporate", "V-QS07", landline(A, 863))
    owners_new = party("杭州市西湖区枫林苑小区业主大会", acct("qs-owners-new", "3301", 19), "杭州银行西湖支行",
                       "corporate", "V-QS07", landline(A, 863))

    c_park = customer("杭州望江科技园开发有限公司", uscc("qs-park", "91", "330106"), "许丹",
                      landline(A, 926), "xudan@wangjiang-park.com", None, "C-QS01")
    c_chengjiang = customer("杭州澄江电子有限公司", uscc("qs-chengjiang", "91", "330106"), "钱伟",
                            landline(A, 971), "qianwei@chengjiang-elec.com", None, "C-QS02")

    def oa(body, tag="已通过"):
        return f"泛微OA·付款审批（{tag}）：{body}"

    office = "写字楼物业服务费"

    # ------------------------------------------------------------------ history
    T.pay(H, "09-02 11:00", lift, "28800.00", "维保费", "三季度电梯维保费（枫林苑、望江科技园共24台）",
          "青山物业财务部：\n您好，三季度电梯维保费28,800元对账单及发票（" + invoice("qs-lift-q3", "33") +
          "）已随邮件附上，请按合同QS-WB-2026-001安排付款。\n恒梯电梯维保 财务部",
          "E4010", ["E4003"], channel="email", from_name="恒梯电梯维保 财务部", from_contact="caiwu@hengtidt.com",
          contract="QS-WB-2026-001", invoice_no=invoice("qs-lift-q3", "33"), signals=["email_instruction"],
          note="Routine: Quarterly lift maintenance invoice e-mailed by the regular contractor and paid through OA approval.")
    T.pay(H, "09-03 15:20", guard, "198400.00", "劳务费", "8月保安劳务派遣费（32人）",
          oa("8月保安劳务派遣费（32人）｜安盾劳务｜合同QS-PQ-2026-002"), "E4002", ["E4003", "E4000"],
          contract="QS-PQ-2026-002", note="Routine: Monthly security-guard dispatch fee to the labour-dispatch firm.")
    T.order(H, "09-07 10:30", c_park, [(f"{office}（9月）", "18000", "平方米", "4.50")], "erp",
            "杭州市西湖区望江科技园A、B座", "2026-09-30", "按月结算", "望江科技园A、B座9月物业服务费",
            note="Routine: Monthly property-service fee of an established office park.")
    T.pay(H, "09-09 14:10", water, "9326.40", "水费", "8月公共区域水费",
          oa("8月公共区域水费｜钱塘供水"), "E4002", ["E4003"], note="Routine: Monthly water bill for common areas.")
    T.pay(H, "09-17 16:00", clean, "46500.00", "服务费", "8月保洁服务费",
          oa("8月保洁服务费｜洁源保洁｜合同QS-BJ-2026-001"), "E4012", ["E4003"], contract="QS-BJ-2026-001",
          note="Routine: Monthly cleaning subcontract.")
    T.pay(H, "09-21 10:20", jin, "4350.00", "维修费", "枫林苑8月零星水电维修（人工）",
          oa("枫林苑8月零星水电维修人工｜水电工金荣华｜工单23张"), "E4010", ["E4003"],
          signals=["personal_account"], note="Routine: Individual electrician paid to his own card for a month of small repairs.")
    T.pay(H, "10-12 11:30", power, "31842.70", "电费", "9月公共区域电费",
          oa("9月公共区域电费｜西城供电营业"), "E4002", ["E4003"], note="Routine: Monthly common-area electricity.")
    T.order(H, "10-13 10:00", c_park, [(f"{office}（10月）", "18000", "平方米", "4.50")], "erp",
            "杭州市西湖区望江科技园A、B座", "2026-10-31", "按月结算", "望江科技园A、B座10月物业服务费",
            note="Routine: Monthly property-service fee of an established office park.")
    T.order(H, "10-14 15:00", c_chengjiang, [("固定车位月租（10月）", "40", "个", "350.00")], "email",
            "杭州市西湖区望江科技园地下车库", "2026-10-31", "按月结算", "澄江电子员工固定车位",
            note="Routine: Monthly reserved parking for an established tenant company.")
    T.pay(H, "10-16 10:50", owners, "36200.00", "公共收益", "三季度小区公共收益分配（停车、广告）",
          oa("三季度公共收益分配｜枫林苑业主大会账户｜按业主大会决议"), "E4012", ["E4003", "E4000"],
          note="Routine: Quarterly share of common-area income paid to the owners' assembly account.")
    T.pay(H, "10-20 14:30", guard, "201600.00", "劳务费", "9月保安劳务派遣费（32人）",
          oa("9月保安劳务派遣费（32人）｜安盾劳务｜合同QS-PQ-2026-002"), "E4002", ["E4003", "E4000"],
          contract="QS-PQ-2026-002", note="Routine: Monthly security-guard dispatch fee to the labour-dispatch firm.")

    # ------------------------------------------------------------------ test
    T.pay(X, "11-02 10:10", clean, "46500.00", "服务费", "10月保洁服务费",
          oa("10月保洁服务费｜洁源保洁｜合同QS-BJ-2026-001"), "E4012", ["E4003"], contract="QS-BJ-2026-001",
          note="Routine: Monthly cleaning subcontract.")
    xu = party("许志刚", acct("qs-xuzhigang", "621226", 19), "中国工商银行杭州文三支行", "personal", None, mobile(6315))
    T.pay(X, "11-02 14:40", xu, "3000.00", "退款", "退还装修保证金（枫林苑3幢1单元502室）",
          oa("枫林苑3幢1单元502室业主许志刚装修保证金3,000元，装修已于10月30日验收合格（验收单QS-ZX-1030-07），无违规及损坏，"
             "按缴款记录原路退回业主本人缴款银行卡。"),
          "E4011", ["E4003"], signals=["first_time_payee", "personal_account", "deposit_words", "refund_words"],
          note="Hard negative: A decoration deposit refunded by the original route to the owner who paid it, after the works passed inspection.")
    zhumei = party("杭州筑美装饰工程有限公司", acct("qs-zhumei", "3301", 18), "杭州银行文创支行", "corporate", None, landline(A, 207))
    T.pay(X, "11-03 11:00", zhumei, "5000.00", "退款", "退还装修保证金（枫林苑7幢2单元1201室，装修公司代缴）",
          oa("7幢2单元1201室装修保证金5,000元当时由筑美装饰对公账户代业主缴纳，装修验收合格，业主周宁签字同意退回原缴款的装修公司账户"
             "（附缴款回单复印件、业主确认书）。"),
          "E4011", ["E4003"], signals=["first_time_payee", "deposit_words", "refund_words"],
          note="Hard negative: A decoration deposit that the fit-out company paid for the owner goes back to that company's account, the one it came from, with the owner's written consent.")
    T.pay(X, "11-04 09:50", guard_new, "203200.00", "劳务费", "10月保安劳务派遣费（32人）",
          oa("10月保安劳务派遣费203,200元（32人，含工资、社保、管理费，明细见派遣公司盖章结算单）。安盾劳务10月下旬来函（加盖公章）告知因集团统一结算，"
             "收款账户由工行西湖支行变更为农行西湖支行；10月28日楼建新按合同及供应商档案留存的座机0571-0000427回拨安盾财务负责人核实无误，"
             "供应商主数据已于当日更新。"),
          "E4002", ["E4003", "E4000"], contract="QS-PQ-2026-002", changed_at="10-28 10:00",
          verification=(landline(A, 427), "E4003", "10-28 11:20"),
          signals=["account_changed_recent", "first_time_payee", "account_change_words", "payee_shared_by_employees"],
          note="Hard negative: 32 guards' wages go to the labour-dispatch firm's newly changed account, verified by a stamped letter and a call-back to the number on file.")
    T.pay(X, "11-05 10:30", jin, "2680.00", "维修费", "枫林苑9幢地下室水管爆裂抢修（人工及辅材）",
          oa("11月4日夜枫林苑9幢地下室给水管爆裂，水电工金荣华连夜抢修，人工1,800元、辅材880元，工程部应国平验收签字，今日付清。", "加急"),
          "E4010", ["E4003"], urgent=True, signals=["personal_account", "urgency"],
          note="Hard negative: Urgent payment to the regular individual electrician for a night-time burst-pipe repair.")
    c_wu = customer("吴振华（业主）", None, "吴振华", mobile(6931), None, None, None)
    T.order(X, "11-05 15:50", c_wu, [("装修垃圾清运（袋装）", "3", "车", "380.00")], "other",
            "杭州市西湖区枫林苑小区11幢1单元602室", "2026-11-07", "物业APP扫码支付（已支付）",
            "业主在“青山管家”APP下单有偿服务，扫码付款，款项直接进入我司对公收款账户。",
            signals=["new_customer", "contact_im_only", "residential_delivery", "remote_control"],
            note="Hard negative: An owner orders paid rubbish removal in the property app and pays by scanning a code into our own account.")
    T.pay(X, "11-06 10:20", owners_new, "12480.00", "公共收益", "10月小区公共收益（停车、广告）分配",
          oa("枫林苑业委会10月完成换届，新一届业委会按街道备案要求开立了业主大会新账户。街道办出具的备案回执、业主大会决议及新账户开户许可证已存档；"
             "11月3日楼建新按档案电话0571-0000863回拨业委会办公室，由新任主任确认账户信息。"),
          "E4012", ["E4003", "E4000"], changed_at="11-03 14:00", verification=(landline(A, 863), "E4003", "11-03 15:10"),
          signals=["account_changed_recent", "first_time_payee", "account_change_words"],
          note="Hard negative: Common-area income to the owners' assembly's new account after a committee election, with the sub-district filing on record and a call-back to the number on file.")
    T.pay(X, "11-09 11:00", water, "9684.20", "水费", "10月公共区域水费（含滞纳金48.42元）",
          oa("10月公共区域水费9,635.78元，因缴费通知寄错地址逾期5天，产生滞纳金48.42元，合计9,684.20元，付钱塘供水对公账户。"),
          "E4002", ["E4003"], signals=["fee_words"],
          note="Hard negative: The regular water bill with a small late fee.")
    brand = party("亚太网络品牌保护中心（深圳）有限公司", acct("qs-fake-brand", "7559", 17), "中国农业银行深圳福田支行",
                  "corporate", None, None)
    T.pay(X, "11-10 14:30", brand, "4980.00", "服务费", "品牌保护续费（3年）",
          "《品牌资源争议审核通知函》\n尊敬的负责人：我中心近日收到“香港青山控股”申请注册“青山物业”中文域名及通用网址，经审核发现与贵司品牌存在冲突。"
          "如贵司未在5个工作日内办理品牌保护续费（3年4980元），系统将默认放弃，相关名称将被他人永久注册。\n汇款账户：亚太网络品牌保护中心（深圳）有限公司 "
          f"农行深圳福田支行 {brand['account_no']}\n审核部",
          "E4002", ["E4003"], channel="email", from_name="亚太网络品牌保护中心 审核部", from_contact="shenhe@yt-brand-center.com",
          label="scam", scam_type="fake_invoice",
          signals=["email_instruction", "new_contact", "first_time_payee", "renewal_bill", "fee_words", "urgency",
                   "no_po_contract", "unusual_bank_region"],
          note="An unsolicited 'brand dispute review' letter says someone is registering the company's Chinese domain name and demands a 3-year 'protection renewal' within five working days.")
    T.order(X, "11-11 10:00", c_park, [(f"{office}（11月）", "18000", "平方米", "4.50")], "erp",
            "杭州市西湖区望江科技园A、B座", "2026-11-30", "按月结算", "望江科技园A、B座11月物业服务费",
            note="Routine: Monthly property-service fee of an established office park.")
    mao = party("毛永强", acct("qs-maoyongqiang", "621700", 19), "中国建设银行杭州之江支行", "personal", None, mobile(6448))
    T.pay(X, "11-12 15:00", mao, "7250.00", "佣金", "望江商业街2号商铺招租居间佣金",
          oa("按《商铺招租居间协议》QS-JJ-2026-006，居间人毛永强促成望江商业街2号商铺租约（月租14,500元），佣金为首月租金50%即7,250元，"
             "承租方首月租金已到账，附税务局代开发票。"),
          "E4020", ["E4003", "E4000"], contract="QS-JJ-2026-006",
          signals=["first_time_payee", "personal_account", "middleman_fee", "task_rebate_words", "invoice_trade_words"],
          note="Hard negative: A leasing commission to an individual agent under a signed brokerage agreement, after the tenant's first rent arrived.")
    chai = party("柴晓东", acct("qs-chaixiaodong", "621483", 16), "招商银行杭州分行营业部", "personal", None, mobile(6570))
    T.pay(X, "11-13 10:10", chai, "2880.00", "退款", "退还预缴物业费（房屋已过户）",
          oa("枫林苑5幢302室原业主柴晓东已于10月底办理房屋过户，其预缴的2026年11月至2027年6月物业费2,880元，经客服部核对缴费记录（当时以本人银行卡缴纳），原路退回本人卡。"),
          "E4011", ["E4003"], signals=["first_time_payee", "personal_account", "refund_words"],
          note="Hard negative: Prepaid service charges refunded to a seller of a flat, to the card he paid them from.")
    suilong = party("广州市穗隆贸易有限公司", acct("qs-suilong", "3602", 19), "中国工商银行广州天河支行", "corporate", None, None)
    T.pay(X, "11-16 10:40", suilong, "470000.00", "往来款", "代付货款",
          "俞婷，望江园区3楼的租户鑫拓贸易汪总刚打了48万到我们基本户，备注物业费预存。他们公司对公账户被限额了，想借用一下我们公司账户走*账，"
          "让我们今天把47万转给他们的供应商广州穗隆贸易，剩下1万算给我们的辛苦费。汪总是老客户了，你先转一下，流程我后面补。\n"
          f"收款：广州市穗隆贸易有限公司 工行广州天河支行 {suilong['account_no']}",
          "E4020", [], channel="im", from_contact=wxid("qs-emp-yanwei"),
          label="scam", scam_type="account_lending",
          signals=["im_instruction", "account_lending_words", "in_out_match", "first_time_payee", "no_approval",
                   "bypass_process", "no_po_contract", "unusual_bank_region", "vague_memo", "evasion_symbols"],
          note="A tenant wants to 'borrow' the company account: 480k came in as 'prepaid service charges' and 470k should go straight out to a Guangzhou trader, with 10k as a thank-you.")
    T.pay(X, "11-21 10:30", lift, "9650.00", "维修费", "望江B座3号梯主板更换（困人故障）",
          oa("望江科技园B座3号电梯周五晚困人后停梯，恒梯维保检测为主板故障，更换主板9,650元（报价单及故障报告已附）。维保合同约定配件款到账后发货，"
             "为尽快恢复运行，应国平、楼建新周末审批。", "周六加急"),
          "E4010", ["E4003", "E4000"], urgent=True, contract="QS-WB-2026-001", signals=["off_hours", "urgency"],
          note="Hard negative: A Saturday emergency lift repair paid urgently to the regular maintenance contractor's account on file.")
    c_yunfan = customer("杭州云帆数智科技有限公司", uscc("qs-yunfan", "91", "330106"), "庞丽", landline(A, 582),
                        "pangli@yunfan-tech.cn", None, None)
    T.order(X, "11-18 10:00", c_yunfan, [(f"{office}（12个月）", "28800", "平方米·月", "4.80")], "email",
            "杭州市西湖区望江科技园B座12层", "2026-12-01", "首年物业费一次性预付（款到入驻）",
            "新租户入驻B座12层，按《物业服务协议》首年物业费一次性预付；另按园区规定收取装修保证金2万元，装修验收合格后原路退还。",
            signals=["new_customer", "large_first_order", "deposit_words"],
            note="Hard negative: A new office tenant prepays a year of service charges and pays us a refundable fit-out deposit.")
    treasury = party("国家金库杭州市西湖区支库", acct("qs-treasury", "2701", 17), "国家金库杭州市西湖区支库", "corporate", None, None)
    T.pay(X, "11-19 14:50", treasury, "96532.80", "税费", "10月社会保险费及代扣个人所得税",
          oa("电子税务局申报10月社会保险费88,217.60元、代扣个人所得税8,315.20元，通过三方协议划缴国库。"),
          "E4002", ["E4003"], signals=["first_time_payee", "authority_words"],
          note="Hard negative: Social insurance and withheld income tax to the treasury through the tax bureau's three-party debit.")
    zhou = party("周德海", acct("qs-zhoudehai", "622848", 19), "中国农业银行杭州余杭支行", "personal", None, None)
    T.pay(X, "11-20 10:30", zhou, "3600.00", "维修费", "枫林苑2幢屋面防水补漏（人工）",
          "应国平：俞婷，2幢顶楼漏水那家的屋面补漏，周师傅两个人干了3天，人工3600，报价单和验收照片我都传OA了，楼经理已经批了。周师傅的卡号是他自己发我的：\n"
          f"周德海 农业银行 {zhou['account_no']}\n他是个体防水工，没有对公账户。",
          "E4010", ["E4003"], channel="im", from_contact=wxid("qs-emp-yingguoping"),
          signals=["im_instruction", "first_time_payee", "personal_account"],
          note="Hard negative: The maintenance manager relays by WeChat the card details an individual roofer gave himself; approval is in OA.")
    lift_fake = party("杭州恒梯电梯工程有限公司", acct("qs-lift-fake", "1588", 18), "浙江稠州商业银行杭州分行",
                      "corporate", "V-QS01", landline(A, 318))
    T.pay(X, "11-23 10:10", lift_fake, "28800.00", "维保费", "四季度电梯维保费",
          "青山物业财务：\n因集团内部结算调整，自本季度起我司维保费统一由关联公司杭州恒梯电梯工程有限公司收取并开票，四季度维保费28,800元请付至以下新账户，原账户不再使用：\n"
          f"户名：杭州恒梯电梯工程有限公司\n开户行：浙江稠州商业银行杭州分行\n账号：{lift_fake['account_no']}\n附《收款账户变更说明》扫描件。\n恒梯电梯 财务部",
          "E4010", ["E4003"], channel="email", from_name="恒梯电梯 财务部", from_contact="caiwu@hengti-dt.com",
          contract="QS-WB-2026-001", label="scam", scam_type="account_change",
          signals=["email_instruction", "lookalike_domain", "payee_name_mismatch", "first_time_payee", "account_change_words"],
          note="An e-mail from a hyphenated look-alike of the lift contractor's domain redirects the quarterly fee to a 'related company' account; the vendor master was never changed.")
    anxiao = party("杭州安消消防设备有限公司", acct("qs-anxiao", "3301", 19), "中国建设银行杭州西湖支行", "corporate", None, landline(A, 289))
    T.pay(X, "11-24 15:30", anxiao, "7800.00", "货款", "更换过期灭火器60具（消防检查整改）",
          oa("11月18日区消防救援大队对枫林苑例行检查，发现部分灭火器过期，限期11月30日前整改。向安消消防采购4kg干粉灭火器60具，每具130元，合同QS-CG-2026-044，发票已开。"),
          "E4010", ["E4003"], contract="QS-CG-2026-044", invoice_no=invoice("qs-anxiao-11", "33"),
          signals=["first_time_payee", "authority_words", "urgency"],
          note="Hard negative: New extinguishers bought from a fire-equipment firm after a fire-brigade inspection set a deadline; the authority is mentioned, not paid.")
    c_chengjiang2 = customer("杭州澄江电子科技有限公司", c_chengjiang["credit_code"], "钱伟", landline(A, 971),
                             "qianwei@chengjiang-elec.com", None, "C-QS02")
    T.order(X, "11-25 10:40", c_chengjiang2, [("固定车位月租（12月）", "38", "个", "350.00")], "email",
            "杭州市西湖区望江科技园地下车库", "2026-12-31", "按月结算",
            "澄江电子钱伟邮件：公司已完成更名（原杭州澄江电子有限公司，统一社会信用代码不变），12月起车位费发票抬头改为新名称，付款账户为更名后的同一对公户"
            "（银行出具的账户名称变更证明已附），已与客服部电话核实。",
            signals=["account_change_words"],
            note="Hard negative: An established tenant company renames itself; same credit code, same paying account, confirmed by phone.")
    lu = party("鲁春燕", acct("qs-luchunyan", "621058", 19), "杭州联合农商银行西湖支行", "personal", None, mobile(6713))
    T.pay(X, "11-30 11:00", lu, "1860.00", "退款", "业主重复缴纳物业费退款（APP重复扣款）",
          oa("枫林苑8幢1103室业主鲁春燕11月26日在青山管家APP缴纳2027年上半年物业费时重复支付两笔（支付流水尾号0417、0418），经对账确认多收1,860元，原路退回业主付款的本人银行卡。"),
          "E4011", ["E4003"], signals=["first_time_payee", "personal_account", "overpayment", "refund_words"],
          note="Hard negative: An owner's duplicate app payment is refunded by the original route to her own card.")
    zhongheng = party("浙江中衡建设咨询有限公司", acct("qs-zhongheng", "1202", 19), "中国工商银行杭州钱江支行", "corporate", None, None)
    T.pay(X, "12-01 10:00", zhongheng, "500000.00", "投标保证金", "翠苑二期物业项目投标保证金",
          "俞婷：\n我在上海开会，不方便接电话。翠苑二期物业项目投标今天截止，需马上缴纳投 标 保 证 金50万元到招标代理账户：\n"
          f"浙江中衡建设咨询有限公司 工行杭州钱江支行 {zhongheng['account_no']}\n此事还没对外公开，先不要跟其他人说，审批手续我回来补。收到回复。\n骆伟明 总经理",
          "E4001", [], channel="email", from_name="骆伟明", from_contact="luoweiming.hz@163.com", urgent=True,
          label="scam", scam_type="boss_impersonation",
          signals=["email_instruction", "free_mail", "new_contact", "boss_role", "cannot_call", "urgency", "deposit_words",
                   "secrecy_words", "bypass_process", "first_time_payee", "no_approval", "evasion_spacing"],
          note="An e-mail from a free-mail address in the general manager's name wants a 500k 'tender deposit' paid today, kept quiet, with approval to follow; the key word is spaced out.")
    T.pay(X, "12-02 15:20", lift, "28800.00", "维保费", "四季度电梯维保费（枫林苑、望江科技园共24台）",
          "青山物业财务部：\n您好！我司四季度电梯维保费28,800元的对账单及发票（" + invoice("qs-lift-q4", "33") +
          "）已随本邮件附上，请按合同QS-WB-2026-001付至我司原收款账户（杭州银行城西支行，账号与合同一致）。\n"
          "另：近期有人冒用我司名义发送“收款账户变更”邮件，我司收款账户从未变更，如收到此类邮件请以合同账户为准并致电0571-0000318核实。\n"
          "杭州恒梯电梯维保有限公司 财务部",
          "E4010", ["E4003"], channel="email", from_name="恒梯电梯维保 财务部", from_contact="caiwu@hengtidt.com",
          contract="QS-WB-2026-001", invoice_no=invoice("qs-lift-q4", "33"),
          signals=["email_instruction", "account_change_words"],
          note="Hard negative: The real lift contractor e-mails its quarterly invoice from its usual domain, to its usual account, and warns about fake account-change e-mails.")
    c_shuyun = customer("浙江华数云港产业园运营管理有限公司", uscc("qs-shuyun", "91", "330110"), "邹主任", mobile(6866), None,
                        wxid("qs-shuyun"), None)
    T.order(X, "12-02 10:30", c_shuyun, [("园区综合物业服务（首年）", "1", "年", "2860000.00")], "im",
            "杭州市余杭区某数字经济产业园（在建）", "2027-03-01", "签约后按季度支付",
            "对方称是省重点数字经济产业园项目，一期占地800亩，物业服务直接定我们，但签约前要先交8万履约保证金和6800元入围审核费，打到项目筹备组指定的账户，"
            "说是走内部指标，不公开招标。查了一下公司成立才4个月。",
            fees=[("履约保证金", "80000.00"), ("入围审核费", "6800.00")],
            label="scam", scam_type="contract_fraud",
            signals=["new_customer", "large_first_order", "fee_asked_of_seller", "deposit_words", "fee_words",
                     "bigproject_words", "shell_company", "contact_im_only"],
            note="A four-month-old 'industrial park operator' promises a huge property contract without a tender if we first pay a performance bond and a 'shortlisting fee'.")
    T.pay(X, "12-04 10:20", guard_new, "204800.00", "劳务费", "11月保安劳务派遣费（32人）",
          oa("11月保安劳务派遣费204,800元（32人），按安盾劳务盖章结算单支付至10月28日回拨核实后的新账户。"),
          "E4002", ["E4003", "E4000"], contract="QS-PQ-2026-002", changed_at="10-28 10:00",
          signals=["account_changed_long_ago", "first_time_payee", "payee_shared_by_employees"],
          note="Hard negative: The next monthly guard fee to the dispatch firm's account changed (and verified) 37 days earlier.")
    c_jd = customer("杭州市西湖区文新街道办事处", uscc("qs-jd", "11", "330106"), "葛科长", landline(A, 618), None, None, None)
    T.order(X, "12-07 14:00", c_jd, [("社区服务中心物业服务（2027年1-6月）", "6", "月", "16800.00")], "other",
            "杭州市西湖区文新街道社区服务中心", "2027-01-01", "按季度考核验收后财政支付",
            "浙江政府采购网公开采购（项目编号XHWX-2026-212），成交结果已公告，合同经街道办公室审核后签订；联系人座机与街道官网公布一致。",
            signals=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested"],
            note="Hard negative: A sub-district office buys property services for a community centre through the provincial government procurement site.")
    T.pay(X, "12-08 10:40", owners_new, "13150.00", "公共收益", "11月小区公共收益（停车、广告）分配",
          oa("11月公共收益13,150元，按业主大会决议每月分配，付业主大会新账户（11月3日已回拨核实）。"),
          "E4012", ["E4003", "E4000"], changed_at="11-03 14:00",
          signals=["account_changed_long_ago", "first_time_payee"],
          note="Hard negative: The next monthly income share to the owners' assembly's new account, changed and verified 35 days earlier.")
    xiang = party("项立新", acct("qs-xianglixin", "621661", 19), "中国银行杭州西湖支行", "personal", None, mobile(7024))
    T.pay(X, "12-09 11:10", xiang, "3000.00", "退款", "退还装修保证金（枫林苑10幢1单元301室）",
          oa("10幢1单元301室业主项立新装修验收合格，退装修保证金3,000元。业主在物业服务群里单独发消息给客服，提供账户：“项立新，中国银行，"
             f"{xiang['account_no']}”，客服方晓燕核对与3月缴款时的付款卡号一致，原路退回。"),
          "E4011", ["E4003"], signals=["first_time_payee", "personal_account", "deposit_words", "refund_words"],
          note="Hard negative: An owner types his own card number in chat for his decoration-deposit refund, and it matches the card he paid from.")
    T.pay(X, "12-10 15:30", jin, "16800.00", "维修费", "2026年度零星维修人工结算（枫林苑）",
          oa("水电工金荣华2026年1-11月零星维修人工按工单汇总结算（工单112张，工程部逐单签字），扣除已付款项后差额16,800元，付本人卡（与以往一致）。"),
          "E4010", ["E4003", "E4000"], signals=["personal_account", "large_vs_usual"],
          note="Hard negative: A year-end settlement to the regular individual electrician, several times his usual monthly amount, to his usual card.")
    T.order(X, "12-11 10:00", c_park, [(f"{office}（12月）", "18000", "平方米", "4.50")], "erp",
            "杭州市西湖区望江科技园A、B座", "2026-12-31", "按月结算", "望江科技园A、B座12月物业服务费",
            note="Routine: Monthly property-service fee of an established office park.")
    T.pay(X, "12-14 10:30", power, "50000.00", "电费", "公共区域预付费电表充值（12月）",
          oa("枫林苑公共照明及水泵房预付费电表12月充值5万元，付西城供电营业对公账户（缴费单已附）。"),
          "E4002", ["E4003"], signals=["topup_words"],
          note="Hard negative: Topping up prepaid common-area electricity meters at the regular utility.")
    c_yunlan = customer("杭州云澜置业有限公司", uscc("qs-yunlan", "91", "330110"), "胡晓峰", landline(A, 695),
                        "hxf@yunlan-zhiye.com", None, None)
    T.order(X, "12-16 10:50", c_yunlan, [("前期物业服务（云澜府，2027年度）", "12", "月", "58000.00")], "other",
            "杭州市余杭区云澜府小区", "2027-01-01", "按月支付（次月10日前）",
            "云澜府前期物业服务招标（招标公告编号YLF-WY-2026-01，在区住建局备案）我司中标，已签订前期物业服务合同并报备；投标保证金5万元已于11月原路退还我司。",
            signals=["new_customer", "large_first_order", "deposit_words"],
            note="Hard negative: A developer's first-period property contract won in a registered tender; our tender deposit has already come back.")
    zhang = party("章慧敏", acct("qs-zhanghuimin", "621226", 19), "中国工商银行杭州分行营业部", "personal", None, mobile(7136))
    T.pay(X, "12-18 11:30", zhang, "684.00", "返还", "2027年度物业费提前缴纳优惠返现",
          oa("按枫林苑业主大会决议（2026年第3号），12月20日前一次性缴清2027年度物业费的业主享受5%优惠。业主章慧敏已缴13,680元，返现684元原路返还至其缴费的本人银行卡。"),
          "E4011", ["E4003"], signals=["first_time_payee", "personal_account", "task_rebate_words"],
          note="Hard negative: An early-payment cashback (返现) decided by the owners' assembly, returned to the owner's own paying card.")
    assoc = party("杭州市西湖区物业服务行业协会", acct("qs-assoc", "3301", 19), "杭州银行西湖支行", "corporate", None, landline(A, 356))
    T.pay(X, "12-21 10:10", assoc, "3000.00", "会费", "2027年度会员单位会费",
          oa("西湖区物业服务行业协会2027年度会费3,000元（理事单位），按协会章程及会费通知缴纳，协会开具社会团体会费票据。"),
          "E4002", ["E4003"], signals=["first_time_payee", "renewal_bill"],
          note="Hard negative: Annual dues to a genuine local trade association.")
    T.pay(X, "12-22 10:30", guard_new, "9600.00", "补贴", "保安冬季取暖补贴（32人×300）",
          "骆伟明：今年冷得早，同意给枫林苑和望江两个项目的32名保安每人发取暖补贴300元，按派遣协议通过安盾劳务发放，OA我已经批了。\n"
          "俞婷：收到骆总，安盾的结算单已到，我按流程付。",
          "E4001", ["E4003", "E4000"], channel="im", from_name="骆伟明", from_contact=wxid("qs-emp-boss"),
          contract="QS-PQ-2026-002", changed_at="10-28 10:00",
          signals=["im_instruction", "boss_role", "subsidy_words", "first_time_payee", "account_changed_long_ago",
                   "payee_shared_by_employees"],
          note="Hard negative: The general manager confirms by WeChat a winter allowance for the guards, already approved in OA and paid through the dispatch firm.")
    T.pay(X, "12-28 11:00", clean, "46500.00", "服务费", "11月保洁服务费",
          oa("11月保洁服务费｜洁源保洁｜合同QS-BJ-2026-001"), "E4012", ["E4003"], contract="QS-BJ-2026-001",
          note="Routine: Monthly cleaning subcontract.")
    T.order(X, "12-29 16:00", c_park, [(f"{office}（2027年一季度）", "54000", "平方米·月", "4.60")], "email",
            "杭州市西湖区望江科技园A、B座", "2027-03-31", "季度预付",
            "望江科技园续签2027年物业服务合同，单价调整为4.60元/平方米·月。许丹邮件请我们把盖章合同扫描件和我司对公收款二维码发给他们财务，年前先付一季度。",
            signals=["remote_control"],
            note="Hard negative: An established client renewing for 2027 asks for our own collection QR code so it can prepay a quarter.")
    return T


# =====================================================================================
# Assembly: sort, assign ids, resolve references, write JSON Lines
# =====================================================================================

import json
import os

TOP_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
                    "signals", "note", "request"]
TOP_KEYS_TEST = [k for k in TOP_KEYS_HISTORY if k != "outcome"]

# The hard-block conditions of corpus/README.md ("expect: block"), stated on signals.
# validate.py re-derives expect independently; this copy only sets the labels.
def expect_for(line):
    if line["label"] == "legit":
        return "allow"
    s = set(line["signals"])
    b = line["body"]
    text = ""
    if line["kind"] == "payment":
        text = (b["memo"] or "") + (b["instruction"]["text"] or "")
    hard = (
        "safe_account_words" in s
        or "account_lending_words" in s
        or "refund_to_other_account" in s
        or ("fake_payment_proof" in s and ("overpayment" in s or "refund_words" in s))
        or ("designated_supplier" in s and ("sales_order_linked" in s or "fake_payment_proof" in s))
        or ("account_changed_recent" in s and "first_time_payee" in s and line["kind"] == "payment"
            and Decimal(b["amount"]) >= Decimal("5000") and "verification" not in b)
        or ("boss_role" in s and ({"im_instruction", "email_instruction"} & s) and "no_approval" in s
            and "balance_probe" in s and "first_time_payee" in s)
        or ("personal_account" in s and ("task_rebate_words" in s or "topup_words" in s
                                         or ("loan_fee_words" in s and any(w in text for w in ("解冻", "验资")))))
        or "duplicate_invoice" in s
        or "payee_not_employee" in s or "payee_shared_by_employees" in s
    )
    return "block" if hard else "flag"


def assemble(T):
    for phase in ("history", "test"):
        pass
    def when(l):
        b = l["body"]
        return b["submitted_at"] if l["kind"] == "payment" else b["received_at"]
    hist = sorted([l for l in T.lines if l["phase"] == "history"], key=when)
    test = sorted([l for l in T.lines if l["phase"] == "test"], key=when)
    ordered = hist + test
    # request ids: prefix + date + per-day sequence, per kind
    seq = {}
    for l in ordered:
        b = l["body"]
        date = when(l)[:10].replace("-", "")
        prefix = T.pay_prefix if l["kind"] == "payment" else T.order_prefix
        seq[(prefix, date)] = seq.get((prefix, date), 0) + 1
        rid = f"{prefix}{date}{seq[(prefix, date)]:02d}"
        if l["kind"] == "payment":
            b["request_id"] = rid
        else:
            b["record_id"] = rid
    keys = {l["key"]: l["body"]["record_id"] for l in ordered if l["kind"] == "order" and l["key"]}
    for l in ordered:
        if l["kind"] == "payment" and isinstance(l["body"]["related"]["order_id"], tuple):
            l["body"]["related"]["order_id"] = keys[l["body"]["related"]["order_id"][0]]
    out = []
    h = t = 0
    for l in ordered:
        if l["phase"] == "history":
            h += 1
            lid = f"{T.tenant}-h{h:03d}"
        else:
            t += 1
            lid = f"{T.tenant}-t{t:03d}"
        rec = {"id": lid, "tenant": T.tenant, "phase": l["phase"], "kind": l["kind"], "label": l["label"],
               "scam_type": l["scam_type"], "expect": expect_for(l)}
        if l["phase"] == "history":
            rec["outcome"] = "executed"
        rec["signals"] = l["signals"]
        rec["note"] = l["note"]
        rec["request"] = l["body"]
        out.append(rec)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "holdout8.jsonl")
    records = []
    for build in (build_hexiang, build_yuanfeng, build_qingshan):
        records += assemble(build())
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} lines to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
