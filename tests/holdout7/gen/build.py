#!/usr/bin/env python3
"""Build holdout7.jsonl: an independent, labelled replay corpus for fraudscreen.

Deterministic: no randomness; account numbers, invoice numbers, WeChat ids and
credit-code bodies are derived from SHA-256 of fixed seed strings.

Two fictitious tenants:
  jinghong  东莞市精鸿电子科技有限公司 (SMT/PCBA contract manufacturer, Dongguan)
  mingde    西安市未央区明德职业技能培训学校 (private vocational training school, Xi'an)

Every company, person, account, phone number, e-mail, IM id and sentence below is
invented.  Run from the holdout7 folder:  python3 gen/build.py
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "holdout7.jsonl")


# ---------------------------------------------------------------- helpers
def _digits(seed):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    h += hashlib.sha256((seed + "#2").encode("utf-8")).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)


def acct(seed, prefix, length):
    """Fictitious account number: fixed prefix + hash-derived digits."""
    assert 16 <= length <= 19
    return (prefix + _digits("acct:" + seed))[:length]


def invoice(seed, region):
    """20-digit fully-digital e-invoice number (year 26 + region + 16 digits)."""
    return ("26" + region + _digits("inv:" + seed))[:20]


def wxid(seed):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    h = hashlib.sha256(("wx:" + seed).encode("utf-8")).digest()
    return "wxid_" + "".join(alphabet[b % len(alphabet)] for b in h[:14])


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def uscc(kind2, division6, seed):
    """Unified social credit code (GB 32100-2015) with valid check characters.

    The 9-character organisation code (positions 9-17) also carries a valid
    GB 11714 check character; the 18th character is the GB 32100 check."""
    h = hashlib.sha256(("uscc:" + seed).encode("utf-8")).digest()
    body = "".join(USCC_CHARS[b % len(USCC_CHARS)] for b in h[:8])
    s = sum(_org_val(c) * w for c, w in zip(body, ORG_WEIGHTS))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = kind2 + division6 + body + c9
    assert len(first17) == 17 and all(c in USCC_CHARS for c in first17)
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return first17 + USCC_CHARS[(31 - total % 31) % 31]


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(date, hm):
    return "%sT%s:00+08:00" % (date, hm)


# ---------------------------------------------------------------- tenant model
class Tenant:
    def __init__(self, key, pfx, payer, erp):
        self.key = key
        self.pfx = pfx
        self.payer = payer
        self.erp = erp
        self.lines = []
        self.seq = {}
        self.counter = {"history": 0, "test": 0}

    def _rid(self, kind_code, date):
        k = (kind_code, date)
        self.seq[k] = self.seq.get(k, 0) + 1
        return "%s-%s-%s%03d" % (self.pfx, kind_code, date.replace("-", ""), self.seq[k])

    def _line(self, phase, kind, label, scam_type, expect, signals, note, request):
        self.counter[phase] += 1
        d = {
            "id": "%s-%s%03d" % (self.key, "h" if phase == "history" else "t", self.counter[phase]),
            "tenant": self.key,
            "phase": phase,
            "kind": kind,
            "label": label,
            "scam_type": scam_type,
            "expect": expect,
        }
        if phase == "history":
            d["outcome"] = "executed"
        d["signals"] = list(signals)
        d["note"] = note
        d["request"] = request
        self.lines.append(d)
        return d

    # label shorthands ---------------------------------------------------
    @staticmethod
    def _lab(lab):
        """lab: 'H' history, 'L' legit test, or (scam_type, expect)."""
        if lab == "H":
            return "history", "legit", None, "allow"
        if lab == "L":
            return "test", "legit", None, "allow"
        st, ex = lab
        return "test", "scam", st, ex

    def pay(self, lab, date, hm, payee, amount, purpose, memo, channel, from_name,
            from_contact, text, urgent, req, appr, signals=(), note="",
            order_id=None, contract=None, inv=None, changed=None, verification=None):
        phase, label, st, ex = self._lab(lab)
        r = {
            "request_id": self._rid(self.fk, date),
            "submitted_at": ts(date, hm),
            "payer": dict(self.payer),
            "payee": dict(payee),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name,
                            "from_contact": from_contact, "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order_id, "contract_id": contract, "invoice_no": inv},
            "payee_account_changed_at": changed,
        }
        if verification is not None:
            r["verification"] = verification
        return self._line(phase, "payment", label, st, ex, signals, note, r)

    def order(self, lab, date, hm, customer, items, channel, address, deadline, terms,
              notes, third_party=None, fees=(), signals=(), note=""):
        phase, label, st, ex = self._lab(lab)
        its, total = [], Decimal("0")
        for product, qty, unit, price in items:
            its.append({"product": product, "quantity": str(qty), "unit": unit,
                        "unit_price": money(price)})
            total += Decimal(str(qty)) * Decimal(str(price))
        r = {
            "record_id": self._rid(self.xs, date),
            "received_at": ts(date, hm),
            "customer": dict(customer),
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": a, "amount": money(b)} for a, b in fees],
            "notes": notes,
        }
        return self._line(phase, "order", label, st, ex, signals, note, r)


def vendor(name, account_no, bank, account_type, vendor_id, phone):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def cust(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": at}


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


# =====================================================================
# Tenant 1: jinghong — 东莞市精鸿电子科技有限公司 (SMT / PCBA, Dongguan)
# =====================================================================
JH = Tenant("jinghong", "JH",
            {"account_no": acct("jh-payer", "2010", 19),
             "account_name": "东莞市精鸿电子科技有限公司"},
            "金蝶云星空·付款申请")
JH.fk, JH.xs = "FK", "XS"
JERP = JH.erp + "："

# staff: E3101 谭振邦 董事长兼总经理 | E3102 欧阳慧 财务经理 | E3103 麦少玲 出纳
#        E3104 钟伟强 采购主管 | E3105 黄嘉俊 销售经理 | E3106 卢晓彤 业务员
#        E3107 岑美华 人事主管 | E3108 冼志豪 物流关务 | E3111 何静雯 采购助理
BOSS_J_WX = wxid("jh-boss-real")

V_HUAXIN = vendor("深圳市华芯通元器件供应链有限公司", acct("jh-v01", "7559", 16),
                  "招商银行深圳车公庙支行", "corporate", "V-JH01", "0755-0000316")
V_JIETONG = vendor("东莞市捷通锡业材料有限公司", acct("jh-v02", "4425", 17),
                   "中国农业银行东莞长安支行", "corporate", "V-JH02", "0769-0000412")
V_HONGDA = vendor("惠州市宏达电路板有限公司", acct("jh-v03", "6895", 18),
                  "中国银行惠州仲恺支行", "corporate", "V-JH03", "0752-0000238")
V_TONGDA = vendor("东莞市通达顺物流有限公司", acct("jh-v04", "1302", 18),
                  "东莞农村商业银行长安支行", "corporate", "V-JH04", "0769-0000587")
V_JINXIA = vendor("东莞市长安锦厦工业园物业管理有限公司", acct("jh-v05", "4405", 19),
                  "中国建设银行东莞长安支行", "corporate", "V-JH05", "0769-0000190")
V_HENGAN = vendor("东莞市恒安人力资源服务有限公司", acct("jh-v07", "2010", 19),
                  "中国工商银行东莞长安支行", "corporate", "V-JH07", "0769-0000728")
V_ZHILIAN = vendor("深圳市智联贴片设备技术有限公司", acct("jh-v08", "4000", 19),
                   "中国工商银行深圳福永支行", "corporate", "V-JH08", "0755-0000874")
V_JPAYROLL = vendor("中国工商银行东莞长安支行（代发工资专户）", acct("jh-payroll", "2010", 19),
                    "中国工商银行东莞长安支行", "corporate", "V-JH20", None)
V_JTREASURY = vendor("国家金库东莞市中心支库", acct("jh-treasury", "2700", 17),
                     "国家金库东莞市中心支库", "corporate", "V-JH21", None)

C_SHENGLAN = cust("深圳市声澜智能科技有限公司", uscc("91", "440306", "jh-c01"), "孔经理",
                  "0755-0000451", "kongyl@shenglan-audio.com", None, "C-JH01")
C_HENGTI = cust("广州市恒梯智控科技有限公司", uscc("91", "440113", "jh-c02"), "伍工",
                "020-0000378", "procurement@hengti-ic.com", None, "C-JH02")
C_LVYUAN = cust("东莞市绿源储能科技有限公司", uscc("91", "441900", "jh-c03"), "温经理",
                "0769-0000264", "purchase@lvyuan-ess.com", None, "C-JH03")
C_MEIZAO = cust("佛山市美灶厨电有限公司", uscc("91", "440606", "jh-c04"), "梁主管",
                "0757-0000519", "scm@meizao-kd.com", None, "C-JH04")
C_KANGNUO = cust("珠海市康诺医疗电子有限公司", uscc("91", "440404", "jh-c05"), "苏工",
                 "0756-0000347", "buyer@kangnuo-med.com", None, "C-JH05")

ADDR_SHENGLAN = "深圳市宝安区福永街道声澜智能科技园3号楼"
ADDR_HENGTI = "广州市番禺区石楼镇恒梯智控产业园2栋"
ADDR_LVYUAN = "东莞市松山湖园区工业西路绿源储能厂区"
ADDR_MEIZAO = "佛山市顺德区容桂街道美灶厨电工业园"
ADDR_KANGNUO = "珠海市高新区唐家湾康诺医疗电子厂"

P_SL = "音箱主控板PCBA（SL-M3）"
P_HT = "电梯外呼板SMT加工（HT-WH07）"
P_LY = "BMS保护板PCBA（16串，LY-B16）"
P_MZ1 = "灶具主控板PCBA（MZ-C2）"
P_MZ2 = "显示按键板PCBA（MZ-D2）"
P_KN = "监护仪主板PCBA（KN-M5）"


def jinv(seed):
    return invoice("jh-" + seed, "44")


# ------------------------------------------------------------ jinghong history
JH.order("H", "2026-09-01", "10:40", C_SHENGLAN, [(P_SL, 20000, "片", "16.80")], "email",
         ADDR_SHENGLAN, "2026-09-15", "月结60天",
         "9月排产：SL-M3主板2万片，物料按BOM V2.1由贵司代采，9月15日前分两批交货。",
         note="Routine: Monthly speaker-board order from an established audio customer.")
JH.pay("H", "2026-09-02", "14:15", V_HUAXIN, "420000", "货款", "8月电子元器件货款（MCU、电源IC）",
       "erp", "钟伟强", None,
       JERP + "华芯通 8月元器件货款（MCU、电源IC）｜采购合同JH-CG-2026-011｜发票" + jinv("h02"),
       False, "E3104", ["E3102", "E3101"], contract="JH-CG-2026-011", inv=jinv("h02"),
       note="Routine: Monthly component payment to the regular distributor.")
JH.pay("H", "2026-09-03", "11:20", V_JIETONG, "38600", "货款", "锡膏、锡条（8月）",
       "erp", "钟伟强", None,
       JERP + "捷通锡业 8月锡膏锡条款｜采购合同JH-CG-2026-014｜发票" + jinv("h03"),
       False, "E3104", ["E3102"], contract="JH-CG-2026-014", inv=jinv("h03"),
       note="Routine: Solder paste and bar from the regular supplier.")
JH.order("H", "2026-09-07", "15:05", C_HENGTI, [(P_HT, 3000, "套", "46.00")], "email",
         ADDR_HENGTI, "2026-09-25", "月结30天",
         "9月订单，按上月工艺文件生产，首件需我司工程确认。",
         note="Routine: Elevator call-board SMT order from an established customer.")
JH.pay("H", "2026-09-08", "10:30", V_HONGDA, "186400", "货款", "8月PCB光板货款",
       "email", "宏达电路 应收组 何敏", "ar@hongda-pcb.com",
       "欧阳经理您好：\n附件为8月对账单及发票，合计186,400.00元，请按合同账期安排付款，谢谢！\n宏达电路 应收组 何敏",
       False, "E3103", ["E3102", "E3101"], contract="JH-CG-2026-007", inv=jinv("h05"),
       note="Routine: Bare-board payment after the PCB maker's usual statement e-mail.")
JH.pay("H", "2026-09-09", "16:10", V_HENGAN, "268000", "劳务费", "8月派遣工工资及管理费",
       "erp", "岑美华", None,
       JERP + "恒安人力 8月派遣工工资及管理费（派遣186人，考勤已核）｜派遣协议JH-RL-2026-002",
       False, "E3107", ["E3102", "E3101"], contract="JH-RL-2026-002", inv=jinv("h06"),
       note="Routine: Monthly labour-dispatch agency invoice.")
JH.pay("H", "2026-09-10", "11:00", V_JPAYROLL, "1126500", "工资", "8月工资（正式员工412人）",
       "erp", "岑美华", None,
       JERP + "8月工资代发，工资表经人事岑美华、财务欧阳慧复核",
       False, "E3107", ["E3102", "E3101"],
       note="Routine: Monthly payroll to the bank's payroll account.")
JH.order("H", "2026-09-14", "10:25", C_LVYUAN, [(P_LY, 8000, "片", "32.50")], "email",
         ADDR_LVYUAN, "2026-09-30", "月结30天",
         "Q4储能柜项目备货，第一批9月底交。",
         note="Routine: BMS board order from an established energy-storage customer.")
JH.pay("H", "2026-09-15", "14:40", V_TONGDA, "12800", "运费", "8月成品配送运费",
       "erp", "冼志豪", None,
       JERP + "通达顺物流 8月成品配送运费｜运输合同JH-WL-2026-003",
       False, "E3108", ["E3102"], contract="JH-WL-2026-003", inv=jinv("h09"),
       note="Routine: Monthly freight to the regular carrier.")
JH.order("H", "2026-09-16", "10:05", C_MEIZAO,
         [(P_MZ1, 15000, "片", "9.80"), (P_MZ2, 15000, "片", "4.20")], "email",
         ADDR_MEIZAO, "2026-09-28", "月结45天",
         "国庆备货单，显示板和主控板配套出货。",
         note="Routine: Cooker control and display boards from an established appliance maker.")
JH.order("H", "2026-09-17", "15:30", C_SHENGLAN, [(P_SL, 3000, "片", "16.80")], "email",
         ADDR_SHENGLAN, "2026-09-24", "月结60天",
         "线上渠道卖得比预期快，SL-M3补单3000片，随9月第二批一起交。",
         note="Routine: Small top-up order from the established audio customer.")
JH.pay("H", "2026-09-18", "11:45", V_ZHILIAN, "8600", "维保费", "贴片机季度保养费（Q3）",
       "im", "谭振邦", BOSS_J_WX,
       "欧阳，智联的保养做完了，验收单我签了，按合同付掉。",
       False, "E3103", ["E3102", "E3101"], contract="JH-WB-2026-002", inv=jinv("h12"),
       note="Routine: The chairman's own WeChat tells finance to pay the regular machine-service firm; approved in the ERP.")
JH.order("H", "2026-09-21", "10:50", C_KANGNUO, [(P_KN, 2000, "片", "128.00")], "email",
         ADDR_KANGNUO, "2026-10-16", "月结60天",
         "医疗类产品，按ISO 13485要求保留追溯记录。",
         note="Routine: Patient-monitor main boards from an established medical customer.")
JH.pay("H", "2026-09-22", "15:20", V_JTREASURY, "214380", "社保费", "9月社会保险费",
       "erp", "麦少玲", None,
       "电子税务局三方协议扣款：9月社会保险费（单位+个人）",
       False, "E3103", ["E3102"],
       note="Routine: Social insurance collected by the tax bureau under the three-party debit agreement.")
JH.order("H", "2026-10-12", "10:35", C_KANGNUO, [(P_KN, 1500, "片", "128.00")], "email",
         ADDR_KANGNUO, "2026-11-06", "月结60天",
         "10月追加1500片，追溯记录要求同前。",
         note="Routine: Repeat order from the established medical customer.")
JH.order("H", "2026-10-13", "14:00", C_SHENGLAN, [(P_SL, 18000, "片", "16.80")], "email",
         ADDR_SHENGLAN, "2026-10-30", "月结60天",
         "10月排产，BOM不变，注意喇叭座子换了新料号。",
         note="Routine: Monthly speaker-board order from an established audio customer.")
JH.order("H", "2026-10-14", "11:10", C_MEIZAO,
         [(P_MZ1, 12000, "片", "9.80"), (P_MZ2, 12000, "片", "4.20")], "email",
         ADDR_MEIZAO, "2026-10-30", "月结45天",
         "双十一备货，两种板配套出货。",
         note="Routine: Repeat order from the established appliance maker.")
JH.order("H", "2026-10-16", "16:20", C_LVYUAN, [(P_LY, 6000, "片", "32.50")], "email",
         ADDR_LVYUAN, "2026-11-06", "月结30天",
         "储能柜项目第二批。",
         note="Routine: BMS board repeat order.")
JH.order("H", "2026-10-22", "15:00", C_HENGTI, [(P_HT, 3500, "套", "46.00")], "email",
         ADDR_HENGTI, "2026-11-10", "月结30天",
         "11月订单，包装改为防静电吸塑盘。",
         note="Routine: Elevator call-board repeat order.")

# ------------------------------------------------------------ jinghong test
JH.order("L", "2026-11-02", "10:30", C_SHENGLAN, [(P_SL, 22000, "片", "16.80")], "email",
         ADDR_SHENGLAN, "2026-11-20", "月结60天",
         "11月排产2.2万片，双十二备货，BOM V2.2已邮件同步。",
         note="Routine: Monthly speaker-board order from an established audio customer.")
JH.pay("L", "2026-11-02", "15:20", V_HUAXIN, "405600", "货款", "10月电子元器件货款",
       "erp", "钟伟强", None,
       JERP + "华芯通 10月元器件货款｜采购合同JH-CG-2026-011｜发票" + jinv("t02"),
       False, "E3104", ["E3102", "E3101"], contract="JH-CG-2026-011", inv=jinv("t02"),
       note="Routine: Monthly component payment to the regular distributor.")

WJ_ARMED = wxid("jh-armed-chen")
JH.order(("fake_order", "flag"), "2026-11-03", "11:05",
         cust("武警某部营房改造项目部", None, "陈助理", "13900002381", None, WJ_ARMED, None),
         [("LED照明驱动板PCBA", 600, "片", "38.00")], "im",
         "东莞市某营区（到货前电话通知）", "2026-11-28", "验收后由部队财务统一结算",
         "驱动板按我们发的图纸做，月底前要。另外营区还缺180个应急灯箱，我们只认明耀这家的质量，"
         "你们帮忙一起订了随货送过来，灯箱的钱跟板子一块结给你们。有事加我威信详聊。",
         third_party=tp("东莞市明耀应急灯具厂", "13900005512", "designated_supplier", "48600"),
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                  "contact_im_only", "credit_terms_requested", "evasion_homophone"],
         note="A self-styled armed-police barracks project office orders a few LED driver boards and asks us to buy 180 emergency light boxes from the one lamp maker it trusts, to be settled together.")

JH.order(("L"), "2026-11-04", "14:30",
         cust("东莞市安讯消防电子有限公司", uscc("91", "441900", "jh-anxun"), "戴工",
              "0769-0000358", "daigong@anxun-fire.com", None, None),
         [("消防报警控制器主板PCBA（AX-F200）", 1500, "片", "58.00")], "email",
         "东莞市塘厦镇安讯消防电子厂区", "2026-12-04", "款到发货",
         "按我司规格书生产，需提供3C认证用的关键件清单。合同已双方盖章，预付款已转入贵司对公账户。",
         signals=["new_customer", "institution_claim"],
         note="Hard negative: A registered fire-alarm equipment maker (the word 消防 is its product line, not a fire brigade) places a prepaid first order under a signed contract.")

WJ_DINGHONG = wxid("jh-dinghong")
C_DINGHONG = cust("广州市鼎泓电子贸易有限公司", uscc("91", "440104", "jh-dinghong"), "邝生",
                  "13900004476", None, WJ_DINGHONG, None)
JH.order(("fake_purchaser", "flag"), "2026-11-05", "16:40", C_DINGHONG,
         [("蓝牙模块PCBA（BT-05）", 500, "片", "24.00")], "im",
         "广州市白云区江高镇某电子仓", "2026-11-12", "款到发货",
         "先下个小单试试品质。款已经安排了，付款方是我们合作的佛山一家公司，回单稍后发你们。",
         signals=["new_customer", "third_party_payer", "contact_im_only"],
         note="The first, small step of a small-order-to-win-trust setup: a new trading company's trial order is paid from an unrelated Foshan company's account.")

JH.order("L", "2026-11-06", "10:20",
         cust("广东岭南工业技术研究院", uscc("12", "440000", "jh-lingnan"), "罗老师",
              "020-0000746", "luo.jf@lnitri.ac.cn", None, None),
         [("智能电表采集终端主板PCBA", 3000, "套", "112.00")], "email",
         "广州市天河区岭南工业技术研究院中试基地", "2026-12-18",
         "合同签订后预付30%（已到账），验收合格后30日内付清余款",
         "经我院电子采购平台比选确定，合同编号LNGY-CG-2026-0917，已盖章回传；"
         "预付款100,800.00元已于11月5日到贵司账户，银行回单已核。",
         signals=["new_customer", "large_first_order", "institution_claim", "credit_terms_requested"],
         note="Hard negative: A public research institute awards a large first order through its own e-procurement platform, with a signed contract and a 30% prepayment that has cleared.")

WJ_YUNMOU = wxid("jh-yunmou")
JH.order(("fake_order", "flag"), "2026-11-09", "11:30",
         cust("深圳市云眸智能家居有限公司", None, "景先生", "13900007013", None, WJ_YUNMOU, None),
         [("智能门锁主控板PCBA", 5000, "片", "21.50")], "im",
         "深圳市龙华区观澜街道某工业园", "2026-11-30", "款到发货",
         "Gerber和BOM文件太大，微信传了个压缩包，解压码0909。里面有个坐标查看器，"
         "要在电脑上双击运行才能打开贴片坐标。报价没问题的话今天就签。",
         signals=["new_customer", "remote_control", "contact_im_only"],
         note="A new smart-lock 'customer' sends its design files as an archive containing a 'viewer' program to run on the sales PC.")

JH.pay(("fake_salary", "flag"), "2026-11-09", "15:40",
       vendor("林家强", acct("jh-lin-new", "621483", 16), "招商银行东莞分行", "personal", None, None),
       "7860", "工资", "林家强10月工资（改卡单独发放）", "email", "林家强", "linjiaqiang1990@126.com",
       "岑主管你好，我原来那张农行卡被冻结了，这个月开始工资麻烦打到我新办的招行卡上，"
       "卡号" + acct("jh-lin-new", "621483", 16) + "，户名林家强。谢谢！",
       False, "E3107", ["E3102"],
       signals=["payroll_change", "email_instruction", "free_mail", "new_contact", "personal_account",
                "first_time_payee"],
       note="Payroll diversion: a free-mail message in an SMT line leader's name moves his pay to a new card in his own name, so only the channel and the new account give it away.")

JH.pay("L", "2026-11-10", "10:45", V_HENGAN, "486000", "劳务费", "10月派遣工工资及管理费",
       "erp", "岑美华", None,
       JERP + "恒安人力 10月派遣工工资及管理费（旺季派遣312人，考勤表已核）｜派遣协议JH-RL-2026-002",
       False, "E3107", ["E3102", "E3101"], contract="JH-RL-2026-002", inv=jinv("t09"),
       signals=["large_vs_usual"],
       note="Hard negative: Peak-season wages for 312 dispatched workers paid to the regular labour agency, almost double the usual amount.")

JH.order("L", "2026-11-12", "14:20",
         cust("惠州市锐邦新能源科技有限公司", uscc("91", "441302", "jh-ruibang"), "钱工",
              "0752-0000691", "qiangong@ruibang-ev.com", None, None),
         [("充电桩主控板PCBA（打样）", 300, "片", "86.00"), ("工程打样费（NRE）", 1, "项", "3500.00")],
         "email", "惠州市仲恺高新区锐邦新能源厂区", "2026-11-27", "定金50%已到账，余款发货前付清",
         "打样费和定金已转到贵司对公户，财务已确认到账。贴片要求无铅工艺。",
         signals=["new_customer", "deposit_words"],
         note="Hard negative: A new EV-charger maker pays the engineering fee and a deposit to us for a prototype run; the money flows the right way.")

JH.order(("fake_order", "flag"), "2026-11-13", "10:10",
         cust("某建设集团第七工程局珠三角项目部", None, "隋工", "13900006247", None,
              wxid("jh-sui-proj"), None),
         [("塔吊监控终端主板PCBA", 800, "片", "65.00")], "im",
         "中山市火炬开发区某项目工地", "2026-12-05", "预付款到账后发货",
         "我们项目部付款都走集团供应链平台。你们先点我发的链接注册供应商，注册要交一个1680的开通费，"
         "交完就能走付款流程，今天弄好明天就打预付款。",
         fees=[("供应商平台开通费", "1680.00")],
         signals=["new_customer", "institution_claim", "fee_asked_of_seller", "fee_words",
                  "remote_control", "contact_im_only"],
         note="A construction 'project department' wants us to register on its supply-chain platform through a link and pay an activation fee before it can 'release' the prepayment.")

JH.pay("L", "2026-11-14", "11:20", V_TONGDA, "26500", "运费", "声澜急单空运费（深圳机场→河内）",
       "erp", "冼志豪", None,
       JERP + "【加急】声澜SL-M3主板急单，客户越南线停线，今天必须空运出货，空运费26,500元；"
       "谭总、欧阳经理已在手机端审批｜运输合同JH-WL-2026-003",
       True, "E3108", ["E3102", "E3101"], contract="JH-WL-2026-003", inv=jinv("t12"),
       signals=["urgency", "off_hours"],
       note="Hard negative: Saturday air-freight for a customer's stopped line, paid to the regular carrier and approved by both managers on the mobile ERP.")

J_JIETONG_NEW = vendor("东莞市捷通锡业材料有限公司", acct("jh-v02-new", "5300", 17),
                       "东莞银行长安支行", "corporate", "V-JH02", "0769-0000412")
JH.pay("L", "2026-11-16", "10:40", J_JIETONG_NEW, "43800", "货款", "10月锡膏锡条款",
       "erp", "钟伟强", None,
       JERP + "捷通锡业 10月锡膏锡条款｜合同JH-CG-2026-014｜发票" + jinv("t13") +
       "｜备注：该司与东莞银行签现金管理协议，变更基本户，户名不变；盖章《银行账户变更函》原件已收，"
       "11/4欧阳慧按供应商档案电话0769-0000412回拨对方黄总确认，1元测试款对方已确认收到",
       False, "E3104", ["E3102", "E3101"], contract="JH-CG-2026-014", inv=jinv("t13"),
       changed=ts("2026-11-04", "15:30"),
       verification=verif("0769-0000412", "E3102", ts("2026-11-04", "16:05")),
       signals=["account_changed_recent", "first_time_payee", "account_change_words"],
       note="Hard negative: The solder supplier really moved its main account; the change was confirmed by calling back the number on file, the payee name is unchanged and a test payment came back confirmed.")

JH.pay(("contract_fraud", "flag"), "2026-11-17", "11:15",
       vendor("广州博远产业投资咨询有限公司", acct("jh-boyuan", "3602", 19), "中国工商银行广州天河支行",
              "corporate", None, None),
       "150000", "保证金", "储能产业园PCBA配套合作保证金（企查：博远咨询成立于2026年8月，实缴资本0元）", "email", "张琦", "zhangqi@boyuan-invest.com",
       "精鸿电子谭总、欧阳经理：\n经我司推荐，贵司已进入粤北零碳储能产业园一期（总投资120亿元）PCBA配套供应商短名单。"
       "按园区要求，入围单位须在签订框架协议前缴纳合作保证金15万元，由我司统一代收，项目开工后无息退还。"
       "名额有限，请于本周五前完成缴纳。\n广州博远产业投资咨询有限公司 张琦",
       False, "E3105", ["E3102", "E3101"],
       signals=["email_instruction", "new_contact", "first_time_payee", "deposit_words", "bigproject_words",
                "middleman_fee", "shell_company", "no_po_contract"],
       note="A three-month-old consultancy says we are shortlisted for a 12-billion energy-storage park and collects a 'cooperation deposit' on the park's behalf before any contract exists.")

JH.order(("fake_purchaser", "flag"), "2026-11-18", "15:30",
         cust("中科电装集团华南物资采购中心", None, "付主任", "13900003905", "fuzr_cdzb@163.com",
              wxid("jh-fu-zr"), None),
         [("配电终端DTU主板PCBA", 4000, "套", "95.00")], "email",
         "广州市黄埔区某物流园C区", "2026-12-20", "货到验收后90天付款",
         "贵司已通过我中心初审。按集团规定，新供应商须先交入库审核费和质 保 金（bzj）2万，"
         "交到集团指定的服务商账户，交完安排签合同，年内还有两批。",
         fees=[("供应商入库审核费", "3800.00"), ("质量保证金", "20000.00")],
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                  "fee_asked_of_seller", "deposit_words", "free_mail", "contact_mismatch",
                  "evasion_spacing", "evasion_pinyin"],
         note="A 'group procurement centre' writing from free mail dangles a large order on 90-day terms and first wants a vetting fee and a quality deposit, the deposit spelt with spaces and as 'bzj'.")

JH.order("L", "2026-11-19", "10:30", C_LVYUAN, [(P_LY, 7000, "片", "32.50")], "email",
         ADDR_LVYUAN, "2026-12-08", "月结30天",
         "储能柜项目第三批，12月8日前到货。",
         note="Routine: BMS board repeat order from an established customer.")

J_ZHOU = vendor("周国栋", acct("jh-zhou-gd", "621700", 19), "中国建设银行东莞塘厦支行",
                "personal", None, None)
JH.pay(("account_change", "flag"), "2026-11-19", "16:00", J_ZHOU, "9650", "运费",
       "10月零担运费（通达顺）", "im", "通达顺物流 小周", wxid("jh-tongda-fake"),
       "麦姐，上个月运费还没结哈。我们公户这两天在换行，先转到我们老板私人卡上，户名周国栋，"
       "建行" + J_ZHOU["account_no"] + "，发票照开。",
       False, "E3103", ["E3102"],
       signals=["im_instruction", "new_contact", "first_time_payee", "personal_account",
                "account_change_words", "personal_account_pretext"],
       note="A short WeChat from someone claiming to be the carrier's clerk asks for last month's freight to go to the 'owner's' personal card while the company account is 'being moved'.")

JH.order(("contract_fraud", "flag"), "2026-11-20", "11:10",
         cust("湖南湘盛电力设备有限公司", uscc("91", "430111", "jh-xiangsheng"), "谢总", "13900008153",
              "xiesheng_hn@qq.com", wxid("jh-xie"), None),
         [("光伏逆变器控制板PCBA", 6000, "套", "72.00")], "email",
         "长沙市雨花区某物流园", "2026-12-10", "凭履约保函发货，货到60天付款",
         "保函是我们合作的担保公司出的，电子版已经发到你们邮箱，见保函就可以安排生产发货，原件后面快递。",
         signals=["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified",
                  "free_mail"],
         note="A new buyer offers a scanned 'performance guarantee' from an unnamed guarantee firm instead of payment for a 432k order on 60-day terms.")

JH.order("L", "2026-11-23", "10:25",
         cust("广东南粤配电科技股份有限公司", uscc("91", "440000", "jh-nanyue"), "采购部 程经理",
              "020-0000692", "cg@nanyue-pd.com", None, None),
         [("智能断路器控制板PCBA", 12000, "片", "41.00")], "other",
         "广州市增城区南粤配电智能制造基地", "2027-01-20", "验收合格后30日内付款",
         "我司电子招标平台公开招标，招标编号NYPD-ZB-2026-118。投标保证金缴至招标公告载明的招标代理机构账户，"
         "未中标的5个工作日内原路退还。",
         fees=[("投标保证金（中标后转履约保证金）", "10000.00")],
         signals=["new_customer", "large_first_order", "credit_terms_requested", "fee_asked_of_seller",
                  "deposit_words"],
         note="Hard negative: A public tender on a utility supplier's e-procurement platform; the tender bond goes to the tender agent named in the announcement.")

JH.pay("L", "2026-11-24", "14:50",
       vendor("广东华标招标代理有限公司", acct("jh-huabiao", "3602", 19), "中国工商银行广州越秀支行",
              "corporate", None, "020-0000813"),
       "10000", "投标保证金", "南粤配电NYPD-ZB-2026-118投标保证金", "erp", "黄嘉俊", None,
       JERP + "南粤配电NYPD-ZB-2026-118投标保证金，收款账户与招标公告（广东省招标投标监管网发布）一致，公告截图已归档",
       False, "E3105", ["E3102", "E3101"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: The tender bond for that tender, paid to the agent's account printed in the public announcement.")

J_MINGYAO = vendor("东莞市明耀应急灯具厂", acct("jh-mingyao", "622202", 19), "中国工商银行东莞凤岗支行",
                   "personal", None, None)
so_armed = [l for l in JH.lines if l["request"].get("customer", {}).get("im_id") == WJ_ARMED][0]
JH.pay(("fake_order", "block"), "2026-11-25", "10:35", J_MINGYAO, "48600", "代采购",
       "代采应急灯箱180个（武警项目部订单）", "im", "陈助理", WJ_ARMED,
       "黄经理，我们财务下午已经对公转过去了，银行说跨行大额要隔天才到，这是回单截图。"
       "灯箱厂老板催得紧，不给钱不装车，你们先把灯箱钱垫给他，明天一起算。",
       True, "E3105", [], order_id=so_armed["request"]["record_id"],
       signals=["im_instruction", "new_contact", "designated_supplier", "sales_order_linked",
                "first_time_payee", "personal_account", "fake_payment_proof", "urgency", "no_approval"],
       note="Sales is pushed to advance 48.6k to the lamp maker the 'barracks' named, on the strength of a transfer screenshot that has not cleared.")

JH.order("L", "2026-11-25", "14:40",
         cust("东莞市小满智造科技有限公司", uscc("91", "441900", "jh-xiaoman"), "邓先生", "13900009624",
              None, wxid("jh-xiaoman"), None),
         [("桌面机器人主控板PCBA（打样）", 200, "片", "68.00"), ("SMT钢网", 1, "张", "450.00")],
         "im", "东莞市松山湖园区大学创新城A3栋", "2026-12-04", "款到发货（已付全款）",
         "我们就三个人的小团队，平时都用微信沟通。款已经对公转过来了，麻烦贵司财务确认一下，下周能打样最好。",
         signals=["new_customer", "contact_im_only"],
         note="Hard negative: A three-person start-up orders prototypes over WeChat and has already paid in full; the bank shows the money.")

JH.order(("fake_purchaser", "flag"), "2026-11-26", "11:40",
         cust("佛山美灶厨电科技有限公司", uscc("91", "440606", "jh-meizao-fake"), "梁生", "13900005830",
              "meizao_cg@163.com", wxid("jh-meizao-fake"), None),
         [(P_MZ1, 40000, "片", "9.80"), (P_MZ2, 40000, "片", "4.20")], "im",
         "广州市白云区太和镇某物流园B区12号仓", "2026-12-06", "月结60天",
         "我们是新成立的电商事业部，和美灶总部同一个老板，直接用总部的报价。年底大促要货急，先发货后对账。",
         signals=["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
                  "far_delivery", "contact_mismatch", "free_mail", "urgency"],
         note="A name two characters off an established appliance customer orders 560k of its boards on 60-day credit, to a logistics-park bay, from free mail.")

JH.pay("L", "2026-11-27", "10:20",
       vendor("深圳市安联连接器有限公司", acct("jh-anlian", "7559", 16), "招商银行深圳南山支行",
              "corporate", "V-JH12", "0755-0000628"),
       "63200", "货款", "康诺项目AVL指定连接器", "erp", "钟伟强", None,
       JERP + "康诺监护仪主板项目客户AVL指定连接器，安联为原厂授权代理，已完成供应商准入（营业执照、代理证书核验）"
       "｜采购合同JH-CG-2026-031｜康诺物料预付款158,000元已于11/20到账（银行流水已核）",
       False, "E3104", ["E3102", "E3101"], contract="JH-CG-2026-031", inv=jinv("t24"),
       signals=["designated_supplier", "first_time_payee"],
       note="Hard negative: Connectors from the customer's approved-vendor list, bought under our own purchase contract after the customer's material prepayment cleared.")

JH.order("L", "2026-11-30", "10:50", C_HENGTI, [(P_HT, 3200, "套", "46.00")], "email",
         ADDR_HENGTI, "2026-12-18", "月结30天",
         "12月订单，工艺同上月。",
         note="Routine: Elevator call-board repeat order.")

JH.pay("L", "2026-11-30", "14:30", V_JTREASURY, "218460", "社保费", "11月社会保险费",
       "erp", "麦少玲", None,
       "电子税务局三方协议扣款：11月社会保险费（单位+个人部分），申报期截至12月15日，逾期按日加收万分之五滞纳金",
       False, "E3103", ["E3102"],
       signals=["authority_words"],
       note="Hard negative: Social insurance by the usual treasury debit; the tax-bureau reminder about late fees is boilerplate.")

J_HONGDA_NEW = vendor("惠州宏达电子贸易有限公司", acct("jh-v03-new", "4410", 19), "交通银行惠州分行",
                      "corporate", "V-JH03", "0752-0000238")
JH.pay(("account_change", "block"), "2026-12-01", "11:20", J_HONGDA_NEW, "212650", "货款",
       "11月PCB光板货款", "email", "宏达电路 应收组 何敏", "ar@hongda-pbc.com",
       "欧阳经理您好：\nPlease note our bank details have been updated due to the year-end audit. "
       "即日起货款请汇入我司关联公司惠州宏达电子贸易有限公司账户（见附件变更函），"
       "the old account will be closed on 5 Dec. 11月对账单合计212,650.00元，请尽快安排。\n"
       "Best regards\n何敏 Accounts Receivable",
       True, "E3103", ["E3102"], contract="JH-CG-2026-007", inv=jinv("t27"),
       changed=ts("2026-11-27", "17:05"),
       signals=["email_instruction", "new_contact", "lookalike_domain", "account_change_words",
                "account_changed_recent", "payee_name_mismatch", "first_time_payee", "urgency"],
       note="Half-English e-mail from a transposed look-alike of the PCB maker's domain moves payment to an 'affiliate' account keyed in four days earlier.")

JH.pay("L", "2026-12-02", "10:30", V_ZHILIAN, "2340", "货款", "贴片机备件费（10月对账差额补付）",
       "erp", "麦少玲", None,
       JERP + "智联贴片设备 备件费差额补付2,340元。说明：10月应付已于10/31结账过账，本次差额经双方对账确认，"
       "补付后在11月凭证中冲回暂估",
       False, "E3103", ["E3102"], contract="JH-WB-2026-002", inv=jinv("t28"),
       signals=["account_lending_words"],
       note="Hard negative: A small true-up to the regular machine-service firm; 过账 here is the bookkeeping term for posting to the ledger, not moving money through our account.")

JH.pay(("authority_impersonation", "block"), "2026-12-03", "15:10",
       vendor("许振华", acct("jh-xu-zh", "622848", 19), "中国农业银行南宁分行", "personal", None, None),
       "98000", "保证金", "海关调查资金核查", "sms", "自称海关缉私部门 李警官", "13900007745",
       "【海關緝私】貴司11月進口的一批MCU涉嫌低報價格走私，案件編號HG2026-1187。為配合調查，"
       "相關貨款須暫存至監管帳戶進行資金核查，核查無誤後全額退回。此事屬偵查保密階段，請勿告知他人，今日16時前辦理。",
       True, "E3108", [],
       signals=["phone_instruction", "new_contact", "authority_words", "safe_account_words",
                "secrecy_words", "personal_account", "first_time_payee", "no_approval", "urgency",
                "evasion_traditional"],
       note="A caller posing as customs anti-smuggling police, then an SMS in traditional characters, tells the customs clerk to park 98k in a 'supervised account' for checking and tell no one.")

JH.order("L", "2026-12-04", "10:40", C_KANGNUO, [(P_KN, 2500, "片", "128.00")], "email",
         ADDR_KANGNUO, "2026-12-28", "月结60天",
         "年底补库存，追溯要求同前。",
         note="Routine: Patient-monitor main boards from an established medical customer.")

J_LIU = vendor("刘海燕", acct("jh-liu-hy", "621660", 19), "中国银行东莞分行", "personal", None, None)
JH.pay(("boss_impersonation", "flag"), "2026-12-05", "20:16", J_LIU, "268000", "借款", "董事长借支",
       "im", "谭振邦", "QQ 2881937406",
       "小麦，在吗？\n有笔私事要处理，先别跟欧阳说，这事bao密。\n你从公司账上转26.8w到下面这个卡，户名刘海燕，"
       + J_LIU["account_no"] + "，我晚上回来给你补个借支单。\n对方急着要，抓紧。",
       True, "E3103", [],
       signals=["im_instruction", "new_contact", "boss_role", "secrecy_words", "bypass_process",
                "personal_account", "first_time_payee", "no_approval", "urgency", "vague_memo",
                "off_hours", "evasion_pinyin"],
       note="On a Saturday evening a QQ account in the chairman's name asks the cashier, bypassing the finance manager, to move 268k to a private card as a 'loan', with the secrecy word half in pinyin.")

JH.order(("overpayment_refund", "block"), "2026-12-07", "10:15",
         cust("Lucent Harbour Trading Ltd（香港朗港贸易有限公司）", None, "Kevin Tsang", "13900008263",
              "kevin.tsang@lucentharbour.com", None, None),
         [("Wi-Fi模块PCBA（WF-8266）", 2000, "片", "29.00")], "email",
         "深圳市福田区保税区某货代仓", "2026-12-15", "T/T in advance",
         "Hi 黄经理, our finance wired twice by mistake, total 85,000 RMB, bank slip attached. "
         "Pls ship the 58k order and return the 27,000 difference to our Shenzhen agent's account (坤达电子商行), "
         "as our HK account cannot receive RMB. Thx.",
         third_party=tp("深圳市坤达电子商行", "13900006134", "refund_recipient", "27000"),
         signals=["new_customer", "overpayment", "refund_words", "refund_to_other_account",
                  "fake_payment_proof"],
         note="A new Hong Kong buyer claims it overpaid (only a bank slip image) and wants the difference sent to a Shenzhen 'agent' instead of back to the payer.")

JH.order("L", "2026-12-08", "11:30",
         cust("东莞市智骏汽车电子有限公司", uscc("91", "441900", "jh-zhijun"), "阮经理", "0769-0000571",
              "ruan@zhijun-auto.com", None, None),
         [("车载充电器控制板PCBA（ZJ-OBC3）", 5000, "套", "52.00")], "email",
         "东莞市清溪镇智骏汽车电子厂区", "2027-01-08", "月结30天（已投保信用保险，授信额度50万元）",
         "客户11月来厂审厂，双方已签订框架协议；信用额度经信用保险公司审批后开通。",
         signals=["new_customer", "credit_terms_requested"],
         note="Hard negative: A new automotive customer gets 30-day terms only after a factory audit, a framework agreement and an insured credit limit.")

J_HUAXIN_NEW = vendor("深圳市华芯通元器件供应链有限公司", acct("jh-v01-new", "8001", 18),
                      "长沙银行韶山路支行", "corporate", "V-JH01", "0755-0000316")
JH.pay(("account_change", "block"), "2026-12-09", "10:50", J_HUAXIN_NEW, "376500", "货款",
       "11月电子元器件货款", "erp", "钟伟强", None,
       JERP + "华芯通 11月元器件货款｜采购合同JH-CG-2026-011｜发票" + jinv("t34"),
       False, "E3104", ["E3102", "E3101"], contract="JH-CG-2026-011", inv=jinv("t34"),
       changed=ts("2026-12-03", "14:20"),
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: the distributor's account in the vendor master was switched to a Changsha bank six days before this routine monthly payment; nothing in the text is unusual.")

JH.pay("L", "2026-12-10", "15:00", V_JPAYROLL, "1152600", "工资", "11月工资（正式员工421人）",
       "erp", "岑美华", None,
       JERP + "11月工资代发，工资表经人事岑美华、财务欧阳慧复核",
       False, "E3107", ["E3102", "E3101"],
       note="Routine: Monthly payroll to the bank's payroll account.")

JH.order(("fake_purchaser", "flag"), "2026-12-11", "10:20", C_DINGHONG,
         [("蓝牙模块PCBA（BT-05）", 30000, "片", "24.00")], "im",
         "广州市白云区江高镇某电子仓", "2026-12-25", "月结90天",
         "上次的小单品质不错，年底客户放量，这次3万片，按月结90天走。之前合作很愉快，相信贵司。",
         signals=["new_customer", "small_then_large", "large_first_order", "credit_terms_requested",
                  "contact_im_only"],
         note="The same trading company, after the small trial order, now wants 30,000 boards on 90-day credit.")

JH.pay(("fake_invoice", "flag"), "2026-12-14", "11:00",
       vendor("深圳市域邦网络科技有限公司", acct("jh-yubang", "4000", 19), "中国工商银行深圳罗湖支行",
              "corporate", None, None),
       "4980", "域名注册费", "中文域名及网络品牌保护注册（5年）", "email", "网络品牌审核中心 审核部",
       "shenhe@cnbrand-check.org",
       "精鸿电子科技 负责人：\n我中心12月11日收到“东莞汇鸿科技”提交的网络品牌及中文域名“精鸿电子.中国”注册申请，"
       "经核该名称与贵司商号一致。为避免被他人抢注，请于5个工作日内确认是否办理保护注册（5年期4,980元），"
       "逾期我中心将按顺序审核通过对方申请。\n网络品牌审核中心 审核部",
       False, "E3108", ["E3102"],
       signals=["email_instruction", "new_contact", "renewal_bill", "first_time_payee", "no_po_contract"],
       note="A 'brand review centre' e-mail claims another firm is registering our Chinese domain name and bills 4,980 for 'protection'.")

JH.order("L", "2026-12-14", "15:20", C_SHENGLAN, [(P_SL, 12000, "片", "16.80")], "email",
         "深圳市宝安区福永物流园 越海国际货代仓", "2026-12-24", "月结60天",
         "这批走越南工厂，直接送我司指定货代仓报关出口，PO已走邮件，收货联系人仍为孔经理。",
         signals=["far_delivery"],
         note="Hard negative: An established customer ships one batch to its freight forwarder's bonded warehouse for export; PO from its usual domain and contact.")

JH.order("L", "2026-12-15", "10:45", C_KANGNUO, [("血氧模块主板PCBA（KN-S2）", 3000, "片", "36.00")],
         "email", ADDR_KANGNUO, "2027-01-12", "月结60天",
         "元器件须从我司AVL清单内指定品牌选用，其中连接器由我司客供，随料附出库单。",
         signals=["designated_supplier"],
         note="Hard negative: An established medical customer names approved component brands and consigns the connectors itself; nobody asks us to pay a third party.")

JH.pay(("advance_fee", "block"), "2026-12-16", "16:10",
       vendor("陈雨辰", acct("jh-chen-yc", "622202", 19), "中国工商银行广州番禺支行", "personal",
              None, None),
       "30000", "验资款", "经营贷验资（放款时退回）", "im", "助贷经理 陈经理", wxid("jh-loan-chen"),
       "欧阳经理，贵司300万经营贷初审已经过了，年利率3.65%。但风控看你们对公流水偏少，需要先做个yan资，"
       "把3万打到我们客户经理的个人卡上，放款时连本金一起退回。今天下午四点前弄好，明天就能放款。",
       True, "E3102", ["E3101"],
       signals=["im_instruction", "new_contact", "loan_fee_words", "personal_account", "first_time_payee",
                "urgency", "evasion_pinyin"],
       note="A loan 'broker' says a 3-million working-capital loan is approved but first needs a 30k capital check paid to a personal card.")

JH.pay(("task_rebate", "block"), "2026-12-17", "22:40",
       vendor("姚慧", acct("jh-yao-h", "621700", 19), "中国建设银行南昌分行", "personal", None, None),
       "8800", "平台充值", "办公用品商城预充值", "im", "商城客服 小雅", wxid("jh-mall-cs"),
       "亲，您已完成前3单唰单任务，佣金已到账。第4单是组合任务，需要先充值8800，完成后本金+返力一起提现哦～",
       False, "E3111", ["E3102"],
       signals=["im_instruction", "new_contact", "personal_account", "first_time_payee", "task_rebate_words",
                "topup_words", "off_hours", "evasion_homophone"],
       note="Late at night a purchasing assistant caught in a task scam files an 'office-supplies top-up' to a private card; the pasted chat uses homophones for the task words.")

J_MEIZAO_PAYER = vendor("佛山市美灶厨电有限公司", acct("jh-meizao-payer", "4460", 19),
                        "中国建设银行佛山容桂支行", "corporate", None, "0757-0000519")
JH.pay("L", "2026-12-18", "11:40", J_MEIZAO_PAYER, "63000", "退款", "11月货款重复支付退回（原路退回）",
       "erp", "麦少玲", None,
       JERP + "美灶厨电11/27两笔同额付款，经银行流水确认均已入账，其中一笔为重复支付，"
       "按对方盖章退款申请原路退回其付款账户（与到账流水账户一致）",
       False, "E3103", ["E3102", "E3101"],
       signals=["refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: A genuine duplicate payment by an established customer, refunded after the bank confirmed both credits, to the same account it came from.")

JH.pay(("overpayment_refund", "block"), "2026-12-21", "10:10",
       vendor("区志明", acct("jh-ou-zm", "622848", 19), "中国农业银行江门分行", "personal", None, None),
       "12000", "退款", "江门汇川照明多付货款退回", "im", "汇川照明 区总", wxid("jh-huichuan"),
       "黄经理，刚才财务手快多转了1.2万，截图你看下。麻烦把多的退到我个人卡上，公户退回来要走审批太麻烦。",
       True, "E3105", ["E3102"],
       signals=["im_instruction", "new_contact", "refund_words", "overpayment", "refund_to_other_account",
                "fake_payment_proof", "personal_account", "first_time_payee", "urgency"],
       note="A 'customer' shows a screenshot of a 12k overpayment that has not arrived and wants it back on his own card rather than the paying company account.")

J_SHENGFENG = vendor("东莞市晟丰精密设备有限公司", acct("jh-shengfeng", "4405", 19), "中国建设银行东莞松山湖支行",
                     "corporate", None, None)
JH.pay(("boss_impersonation", "block"), "2026-12-22", "10:35", J_SHENGFENG, "380000", "定金",
       "二手贴片线定金", "im", "谭振邦", wxid("jh-boss-fake"),
       "谭振邦：欧阳，在公司吗\n欧阳慧：在的谭总\n谭振邦：工行和招行两个户头现在能动的一共多少？拍给我看下\n"
       "欧阳慧：工行312万，招行46万\n谭振邦：好。松山湖那台二手贴片线谈下来了，对方要先收38万定金锁机，"
       "合同我这边带回来签。我在陪客户吃饭，电话不方便，你先办，办完回个截图。",
       False, "E3102", [],
       signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call",
                "bypass_process", "deposit_words", "first_time_payee", "no_approval"],
       note="A WeChat account copying the chairman's name asks how much the two bank accounts hold, then orders a 380k deposit to an unknown equipment firm, contract 'later'.")

JH.pay("L", "2026-12-23", "11:20", V_ZHILIAN, "18600", "维修费", "3号回流焊温控主板更换",
       "im", "谭振邦", BOSS_J_WX,
       "谭振邦：欧阳，回流焊3号炉温控坏了，智联的工程师今晚过来换主板，配件费1.86万按报价单先付，ERP我已经批了。",
       True, "E3103", ["E3102", "E3101"], contract="JH-WB-2026-002", inv=jinv("t45"),
       signals=["im_instruction", "boss_role", "urgency"],
       note="Hard negative: The chairman, from his usual WeChat, asks for an urgent repair payment to the regular service firm and has already approved it in the ERP.")

JH.order(("account_lending", "block"), "2026-12-24", "10:20",
         cust("肇庆市宏运五金塑胶有限公司", uscc("91", "441203", "jh-hongyun"), "曾总", "13900001492",
              None, wxid("jh-zeng"), None),
         [("电源适配器主板PCBA", 1000, "片", "15.00")], "im",
         "肇庆市端州区某工业园", "2027-01-05", "款到发货",
         "订单先下着。另外有个事帮帮忙：我们一笔50万的货款要借贵司公户过zhang，钱到了你们转48万给梧州永祥，"
         "剩下2万算辛苦费，订单款也从里面扣。",
         third_party=tp("梧州市永祥商贸有限公司", "13900003390", "pass_through_payee", "480000"),
         signals=["new_customer", "account_lending_words", "third_party_payer", "contact_im_only",
                  "evasion_pinyin"],
         note="A small order is the cover for asking to run 500k through our corporate account and forward 480k to a third company for a 'fee'.")

J_YIZHU = vendor("东莞市艺筑装饰工程有限公司", acct("jh-yizhu", "1302", 18), "东莞农村商业银行松山湖支行",
                 "corporate", None, None)
JH.pay(("boss_impersonation", "flag"), "2026-12-28", "10:40", J_YIZHU, "128000", "工程款",
       "松山湖新厂房装修首期款", "email", "谭振邦", "tanzhenbang.jh@163.com",
       "欧阳：\n松山湖新厂房装修首期款，艺筑装饰的合同已经签了，付款信息如下，麻烦安排。\n"
       "收款单位：东莞市艺筑装饰工程有限公司\n开户行：东莞农村商业银行松山湖支行\n账号：" + J_YIZHU["account_no"] +
       "\n金额：128,000.00\n谭",
       False, "E3102", [],
       signals=["email_instruction", "new_contact", "free_mail", "boss_role", "first_time_payee", "no_approval"],
       note="Structural only: a calm, short e-mail signed by the chairman but sent from a free-mail address asks for a renovation payment to a firm never paid before, with no approval.")

JH.order("L", "2026-12-29", "15:30", C_SHENGLAN, [(P_SL, 15000, "片", "16.80")], "email",
         ADDR_SHENGLAN, "2027-01-15", "月结60天",
         "1月排产，春节前交齐。",
         note="Routine: Monthly speaker-board order from an established audio customer.")
JH.order("L", "2026-12-30", "10:30", C_MEIZAO,
         [(P_MZ1, 20000, "片", "9.80"), (P_MZ2, 20000, "片", "4.20")], "email",
         ADDR_MEIZAO, "2027-01-18", "月结45天",
         "春节备货单，按原报价。",
         note="Routine: Cooker boards from the real established appliance customer.")


# =====================================================================
# Tenant 2: mingde — 西安市未央区明德职业技能培训学校 (vocational school, Xi'an)
# =====================================================================
MD = Tenant("mingde", "MD",
            {"account_no": acct("md-payer", "6105", 19),
             "account_name": "西安市未央区明德职业技能培训学校"},
            "钉钉审批·付款申请")
MD.fk, MD.xs = "ZF", "PX"
MERP = MD.erp + "："

# staff: E5101 俞建章 校长（举办者） | E5102 韦秀琴 财务主管 | E5103 庞晓燕 出纳
#        E5104 郝志刚 教务主任 | E5105 雷振东 后勤主任 | E5106 党文博 培训部经理
#        E5107 贺丽娟 人事行政 | E5108 白雪 食堂采购
PRINCIPAL_PHONE = "13900001726"
PRINCIPAL_MAIL = "yujianzhang@mingdeedu.cn"

V_HENGTAI = vendor("西安恒泰商务楼宇管理有限公司", acct("md-v01", "6105", 19), "中国建设银行西安纬什街支行",
                   "corporate", "V-MD01", "029-0000618")
V_QINWEI = vendor("西安秦味园餐饮配送有限公司", acct("md-v02", "6105", 19), "中国建设银行西安凤城支行",
                  "corporate", "V-MD02", "029-0000342")
V_FENGHE = vendor("西安丰禾粮油贸易有限公司", acct("md-v03", "2604", 17), "中国农业银行西安未央支行",
                  "corporate", "V-MD03", "029-0000275")
V_QIWEN = vendor("陕西启文印务有限公司", acct("md-v04", "3700", 19), "中国工商银行西安南大街支行",
                 "corporate", "V-MD04", "029-0000813")
V_XINCHENG = vendor("西安鑫诚教学设备有限公司", acct("md-v05", "1036", 18), "中国银行西安经开支行",
                    "corporate", "V-MD05", "029-0000467")
V_GUANGLIAN = vendor("西安广联网络科技有限公司", acct("md-v06", "6101", 18), "招商银行西安高新支行",
                     "corporate", "V-MD06", "029-0000534")
V_LU = vendor("鲁建民", acct("md-v07", "621700", 19), "中国建设银行西安未央路支行", "personal",
              "V-MD07", "13900004417")
V_ANDA = vendor("西安安达保安服务有限公司", acct("md-v08", "3700", 19), "中国工商银行西安未央路支行",
                "corporate", "V-MD08", "029-0000729")
V_MPAYROLL = vendor("中国建设银行西安未央路支行（代发工资专户）", acct("md-payroll", "6105", 19),
                    "中国建设银行西安未央路支行", "corporate", "V-MD20", None)
V_MTREASURY = vendor("国家金库西安市未央区支库", acct("md-treasury", "2700", 17),
                     "国家金库西安市未央区支库", "corporate", "V-MD21", None)

C_HUAYUE = cust("西安华岳建设工程有限公司", uscc("91", "610112", "md-c01"), "薛经理", "029-0000156",
                "hr@huayue-jianshe.com", None, "C-MD01")
C_WEIBEI = cust("西安渭北汽车零部件有限公司", uscc("91", "610116", "md-c02"), "姚主管", "029-0000923",
                "px@weibei-auto.com", None, "C-MD02")
C_KANGYANG = cust("陕西康养护理服务有限公司", uscc("91", "610103", "md-c03"), "田主任", "029-0000381",
                  "tian@kangyang-hl.com", None, "C-MD03")
C_CHENGBEI = cust("西安城北物业服务有限公司", uscc("91", "610112", "md-c05"), "岳经理", "029-0000574",
                  "px@chengbei-wy.com", None, "C-MD05")
C_SILU = cust("西安丝路云仓物流有限公司", uscc("91", "610132", "md-c04"), "苗经理", "029-0000495",
              "hr@silu-yuncang.com", None, "C-MD04")

SCHOOL = "西安市未央区明德职业技能培训学校（本校实训楼）"


def minv(seed):
    return invoice("md-" + seed, "61")


# ------------------------------------------------------------ mingde history
MD.pay("H", "2026-09-01", "10:20", V_HENGTAI, "405000", "房租", "2026年9–11月教学楼租金",
       "erp", "雷振东", None, MERP + "恒泰楼宇 9–11月教学楼租金（租赁合同MD-ZL-2024-001）",
       False, "E5105", ["E5102", "E5101"], contract="MD-ZL-2024-001", inv=minv("h01"),
       note="Routine: Quarterly rent to the building manager.")
MD.order("H", "2026-09-03", "14:10", C_HUAYUE, [("低压电工作业培训（含取证）", 40, "人", "1350.00")],
         "email", SCHOOL, "2026-10-16", "培训结束后10个工作日内付款",
         "9月中旬开班，学员名单已邮件发送。",
         note="Routine: Electrician licence course for an established construction client.")
MD.order("H", "2026-09-04", "10:50", C_CHENGBEI, [("电梯安全管理员培训（含取证）", 15, "人", "800.00")],
         "email", SCHOOL, "2026-09-30", "培训结束后10个工作日内付款",
         "物业项目新上岗人员，周末班。",
         note="Routine: Lift-safety manager course for an established property-management client.")
MD.pay("H", "2026-09-08", "15:30", V_MPAYROLL, "486200", "工资", "8月教职工工资（86人）",
       "erp", "贺丽娟", None, MERP + "8月教职工工资代发，工资表经人事、财务复核",
       False, "E5107", ["E5102", "E5101"],
       note="Routine: Monthly staff payroll to the bank's payroll account.")
MD.order("H", "2026-09-10", "11:15", C_WEIBEI, [("焊工（熔化焊接与热切割）培训", 25, "人", "2200.00")],
         "email", SCHOOL, "2026-10-30", "培训结束后15日内付款",
         "员工分两批参训，周末班。",
         note="Routine: Welder course for an established auto-parts client.")
MD.pay("H", "2026-09-11", "14:45", V_FENGHE, "12400", "食材款", "9月米面油",
       "erp", "雷振东", None, MERP + "丰禾粮油 9月米面油｜合同MD-HQ-2026-006",
       False, "E5105", ["E5102"], contract="MD-HQ-2026-006", inv=minv("h06"),
       note="Routine: Rice, flour and oil for the canteen.")
MD.pay("H", "2026-09-15", "10:30", V_QINWEI, "48600", "食材款", "9月上半月食材配送",
       "erp", "白雪", None, MERP + "秦味园 9月上半月食材配送｜合同MD-HQ-2026-003",
       False, "E5108", ["E5102", "E5105"], contract="MD-HQ-2026-003", inv=minv("h07"),
       note="Routine: Half-monthly canteen food delivery.")
MD.pay("H", "2026-09-16", "16:00", V_MTREASURY, "132800", "社保费", "9月社会保险费",
       "erp", "庞晓燕", None, "电子税务局三方协议扣款：9月社会保险费（单位+个人）",
       False, "E5103", ["E5102"],
       note="Routine: Social insurance by treasury debit.")
MD.pay("H", "2026-09-17", "11:40", V_LU, "9860", "食材款", "9月上半月蔬菜",
       "erp", "白雪", None, MERP + "绿野蔬菜配送部（个体，经营者鲁建民）9月上半月蔬菜款，按送货单汇总",
       False, "E5108", ["E5102"], inv=minv("h09"),
       note="Routine: Vegetables from a sole-trader supplier paid to the operator's own account.")
MD.pay("H", "2026-09-18", "15:10", V_XINCHENG, "23800", "耗材款", "焊条、焊丝等实训耗材",
       "erp", "郝志刚", None, MERP + "鑫诚教学设备 焊条、焊丝等实训耗材｜合同MD-SB-2026-002",
       False, "E5104", ["E5102"], contract="MD-SB-2026-002", inv=minv("h10"),
       note="Routine: Welding consumables for the workshop.")
MD.order("H", "2026-09-21", "10:40", C_KANGYANG, [("养老护理员培训（初级）", 30, "人", "980.00")],
         "email", SCHOOL, "2026-10-23", "开班前付清",
         "护理员岗前培训，含实操考核。",
         note="Routine: Care-worker course for an established elderly-care client.")
MD.pay("H", "2026-09-22", "14:20", V_ANDA, "38500", "服务费", "9月保安保洁服务费",
       "erp", "雷振东", None, MERP + "安达保安 9月保安保洁服务费｜合同MD-HQ-2026-008",
       False, "E5105", ["E5102"], contract="MD-HQ-2026-008", inv=minv("h12"),
       note="Routine: Outsourced security and cleaning.")
MD.pay("H", "2026-10-13", "10:30", V_QIWEN, "9600", "印刷费", "期中试卷及实训手册加印800套",
       "phone", "俞建章", PRINCIPAL_PHONE,
       "（电话记录）校长来电：期中考试卷和实训手册加印800套，启文已经印好送来了，按合同付款，审批补在钉钉上。",
       False, "E5103", ["E5102", "E5101"], contract="MD-YW-2026-006", inv=minv("h13"),
       note="Routine: The principal phones from his own mobile to have a reprint paid; approval recorded in DingTalk.")
MD.order("H", "2026-10-14", "15:50", C_HUAYUE, [("低压电工作业复审培训", 35, "人", "450.00")],
         "email", SCHOOL, "2026-11-06", "培训结束后10个工作日内付款",
         "持证电工到期复审，名单见附件。",
         note="Routine: Licence-renewal course for an established construction client.")
MD.order("H", "2026-10-16", "11:20", C_SILU, [("叉车司机培训（含取证）", 20, "人", "1600.00")],
         "email", SCHOOL, "2026-11-20", "培训结束后10个工作日内付款",
         "仓库新员工20人，周六周日上课。",
         note="Routine: Forklift course for an established logistics client.")
MD.pay("H", "2026-10-20", "10:15", V_GUANGLIAN, "6800", "服务费", "2027年度官网及招生系统服务器年费",
       "email", "俞建章", PRINCIPAL_MAIL,
       "韦老师：学校官网和招生系统服务器明年的年费，广联报价6800，合同已盖章，请安排付款。俞建章",
       False, "E5102", ["E5101"], contract="MD-XX-2026-002", inv=minv("h16"),
       note="Routine: The principal e-mails from the school domain to pay the regular web host's annual fee.")

# ------------------------------------------------------------ mingde test
MD.pay("L", "2026-11-02", "11:00", V_QINWEI, "51200", "食材款", "10月下半月食材配送",
       "erp", "白雪", None, MERP + "秦味园 10月下半月食材配送｜合同MD-HQ-2026-003",
       False, "E5108", ["E5102", "E5105"], contract="MD-HQ-2026-003", inv=minv("t01"),
       note="Routine: Half-monthly canteen food delivery.")
MD.pay("L", "2026-11-03", "10:30", V_LU, "10420", "食材款", "10月下半月蔬菜",
       "erp", "白雪", None, MERP + "绿野蔬菜配送部（个体，经营者鲁建民）10月下半月蔬菜款，按送货单汇总",
       False, "E5108", ["E5102"], inv=minv("t02"),
       signals=["personal_account"],
       note="Hard negative: Vegetables from the regular sole-trader supplier, paid as always to the operator's own personal account.")

MD.pay(("fake_salary", "flag"), "2026-11-04", "15:20",
       vendor("孙立伟", acct("md-sun-lw", "622202", 19), "中国工商银行咸阳分行", "personal", None, None),
       "1200", "服务费", "培训补贴申领系统对接费", "email", "职业技能提升补贴申领服务中心", "wjbt_xa@126.com",
       "各民办培训机构财务负责人：\n根据《关于做好2026年度职业技能培训补贴发放工作的通知》，贵校第三季度培训补贴"
       "（预计86,400元）已进入拨付名单。请于收到后24小时内扫描附件二维码完成对公账户绑定，"
       "并缴纳系统对接服务费1,200元至经办人账户，逾期视为自动放弃。此通知仅发财务负责人，请勿转发。",
       True, "E5103", ["E5102"],
       signals=["email_instruction", "free_mail", "new_contact", "subsidy_words", "fee_words",
                "secrecy_words", "remote_control", "personal_account", "first_time_payee", "urgency"],
       note="A fake training-subsidy notice from free mail wants a QR-code 'binding' and a 1,200 fee to a personal card within 24 hours.")

MD.pay("L", "2026-11-05", "10:15",
       vendor("任佳宁", acct("md-ren-jn", "621700", 19), "中国建设银行西安长缨路支行", "personal", None, None),
       "5400", "课时费", "10月焊工实训兼职教师课时费（36课时×150元）", "erp", "郝志刚", None,
       MERP + "兼职教师任佳宁10月课时费，劳务协议MD-JZ-2026-019，身份证与银行卡户名一致，代扣个税已计算",
       False, "E5104", ["E5102"], contract="MD-JZ-2026-019",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A newly hired part-time welding instructor's teaching fee paid to his own card under a signed agreement.")

MD.pay("L", "2026-11-09", "10:40", V_MPAYROLL, "492600", "工资", "10月教职工工资（88人）",
       "erp", "贺丽娟", None, MERP + "10月教职工工资代发，工资表经人事、财务复核",
       False, "E5107", ["E5102", "E5101"],
       note="Routine: Monthly staff payroll.")
MD.order("L", "2026-11-10", "11:30", C_WEIBEI, [("焊工（熔化焊接与热切割）培训", 20, "人", "2200.00")],
         "email", SCHOOL, "2026-12-25", "培训结束后15日内付款",
         "第二期，名单下周发。",
         note="Routine: Repeat welder course for an established client.")

M_XC_FAKE = vendor("西安鑫诚教学设备有限公司", acct("md-xincheng-fake", "6228", 19), "中国农业银行渭南分行",
                   "corporate", None, None)
MD.pay(("fake_invoice", "block"), "2026-11-11", "15:00", M_XC_FAKE, "23800", "耗材款",
       "焊条、焊丝等实训耗材（9月）", "email", "鑫诚教学设备 销售部 小冯", "xincheng_jxsb@163.com",
       "韦会计您好，9月那批焊材耗材的款我们财务说一直没收到，发票号" + minv("h10") +
       "，麻烦核一下尽快安排。我们收款账户年中换了，请打到下面这个：农行渭南分行" + M_XC_FAKE["account_no"] + "。谢谢！",
       False, "E5104", ["E5102"], inv=minv("h10"),
       signals=["duplicate_invoice", "email_instruction", "free_mail", "new_contact", "first_time_payee",
                "account_change_words"],
       note="A free-mail 'salesman' chases an invoice the school already paid in September and gives a different account for the 'missing' money.")

MD.order("L", "2026-11-12", "10:20",
         cust("西安市未央区就业服务中心", uscc("12", "610112", "md-jyfw"), "邵科长", "029-0000264",
              "jyfw@wyjyfw.gov.cn", None, None),
         [("失业人员职业技能培训（电工、焊工、养老护理）", 200, "人", "1500.00")], "letter",
         SCHOOL, "2027-03-31", "结业考核后按政府购买服务合同由财政支付",
         "经区政府采购网公开招标确定，合同编号WYJY-GM-2026-033，已双方盖章；学员名单由我中心统一报送。",
         signals=["new_customer", "large_first_order", "institution_claim", "credit_terms_requested"],
         note="Hard negative: A district employment service centre buys 200 training places through a public tender and a signed government-purchase contract, paid by the treasury after the course.")

MD.pay(("account_lending", "block"), "2026-11-13", "14:40",
       vendor("西安恒昌商贸有限公司", acct("md-hengchang", "3700", 19), "中国工商银行西安东新街支行",
              "corporate", None, None),
       "450000", "代付款", "锦程职教学员报名费代转", "im", "锦程职教科技 刘总", wxid("md-jincheng"),
       "俞校長、韋主任好，下午我們有一筆學員報名費46萬打到貴校對公帳戶，麻煩收到後幫忙轉45萬到西安恒昌商貿的帳上，"
       "走個帳，剩下1萬算貴校的手續費。這個月我們公戶在變更，實在沒辦法。",
       False, "E5103", ["E5102"],
       signals=["im_instruction", "new_contact", "account_lending_words", "in_out_match", "first_time_payee",
                "vague_memo", "evasion_traditional"],
       note="A 'partner training firm', writing in traditional characters, wants 460k of its money to pass through the school's account and 450k forwarded to a trading company for a 10k 'fee'.")

M_FENGHE_NEW = vendor("西安丰禾粮油贸易有限公司", acct("md-v03-new", "8610", 18), "西安银行未央支行",
                      "corporate", "V-MD03", "029-0000275")
MD.pay("L", "2026-11-16", "10:35", M_FENGHE_NEW, "13850", "食材款", "11月米面油",
       "erp", "雷振东", None,
       MERP + "丰禾粮油 11月米面油｜合同MD-HQ-2026-006｜发票" + minv("t10") +
       "｜备注：对方被一家粮油集团并购后变更基本户，户名不变；盖章变更函原件已存档，"
       "11/6韦秀琴按供应商档案电话029-0000275回拨对方财务负责人确认",
       False, "E5105", ["E5102", "E5101"], contract="MD-HQ-2026-006", inv=minv("t10"),
       changed=ts("2026-11-06", "11:20"),
       verification=verif("029-0000275", "E5102", ts("2026-11-06", "14:00")),
       signals=["account_changed_recent", "first_time_payee", "account_change_words"],
       note="Hard negative: The grain supplier changed banks after a takeover; finance called back the number on file before keying the change, and the payee name is unchanged.")

MD.order(("fake_order", "flag"), "2026-11-17", "11:10",
         cust("陆军某部退役士兵技能培训办公室", None, "周干事", "13900006689", None, wxid("md-army"), None),
         [("退役士兵叉车及电工技能培训", 60, "人", "1800.00")], "im",
         SCHOOL, "2026-12-31", "培训结束后由部队财务统一转账",
         "60名退役士兵年底前要完成培训。学员统一穿训练服，部队只认军诚这家的，麻烦学校先帮忙订60套一起带过来，"
         "费用和培训费一并结算。有事加V信聊，电话不方便。",
         third_party=tp("西安军诚被服经营部", "13900002935", "designated_supplier", "27600"),
         signals=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested",
                  "designated_supplier", "off_catalogue_item", "contact_im_only", "cannot_call",
                  "evasion_homophone"],
         note="An 'army unit' books training for 60 demobilised soldiers and asks the school to buy uniforms first from the one outfitter it names, to be settled together.")

MD.pay("L", "2026-11-18", "15:30", V_XINCHENG, "8600", "耗材款", "考核前补购焊条焊丝",
       "phone", "俞建章", PRINCIPAL_PHONE,
       "（电话记录）校长来电：下周焊工考核，鑫诚的焊条焊丝已经送到实训楼，按送货单付款，今天处理一下，钉钉我马上批。",
       True, "E5103", ["E5102", "E5101"], contract="MD-SB-2026-002", inv=minv("t12"),
       signals=["phone_instruction", "boss_role", "urgency"],
       note="Hard negative: The principal rings from his usual mobile to have a delivered consumables order paid today; he approves it in DingTalk.")

M_KUNYUAN = vendor("西安坤元工程测绘有限公司", acct("md-kunyuan", "1036", 18), "中国银行西安高新支行",
                   "corporate", None, None)
MD.pay(("boss_impersonation", "flag"), "2026-11-19", "10:20", M_KUNYUAN, "49500", "测绘费",
       "新校区测绘费", "im", "俞建章", wxid("md-boss-fake-1"),
       "韦老师，新校区测绘费，付给下面这家，49500。\n西安坤元工程测绘有限公司\n中国银行西安高新支行\n"
       + M_KUNYUAN["account_no"],
       False, "E5102", [],
       signals=["im_instruction", "new_contact", "boss_role", "first_time_payee", "no_approval"],
       note="Structural only: four plain lines from a WeChat account using the principal's name ask for a surveying fee to a firm never paid before, with no approval.")

MD.pay(("fake_salary", "block"), "2026-11-23", "22:15",
       vendor("杜丽萍", acct("md-du-lp", "621700", 19), "中国建设银行宝鸡分行", "personal", None, None),
       "8350", "工资", "吕卫东11月工资（改发至配偶卡）", "im", "吕卫东", wxid("md-lv-fake"),
       "韦老师好，我是实训部吕卫东，换了个微信。我那张银航卡被冻结了，这个月工资先打我爱人的卡吧，户名杜丽萍，"
       "建行" + acct("md-du-lp", "621700", 19) + "，谢谢啦。",
       False, "E5107", ["E5102"],
       signals=["im_instruction", "new_contact", "payroll_change", "payee_not_employee", "personal_account",
                "first_time_payee", "off_hours", "evasion_homophone"],
       note="Late at night a 'new WeChat' of a workshop instructor asks for his pay to go to his 'wife's' card; 银行卡 is written with a homophone.")

MD.pay("L", "2026-11-24", "14:15",
       vendor("冯秀兰", acct("md-feng-xl", "622848", 19), "中国农业银行西安三桥支行", "personal", None, None),
       "3600", "退费", "学员冯晨退学，按原缴费账户退回剩余学费", "erp", "党文博", None,
       MERP + "学员冯晨（2026秋季电工班）因随家迁居退学，已上课12课时，按退费办法退剩余学费3,600元；"
       "收款账户与9月2日学费入账流水的付款账户一致（户名冯秀兰，学员母亲），原路退回",
       False, "E5106", ["E5102"],
       signals=["personal_account", "first_time_payee", "refund_words"],
       note="Hard negative: A pro-rata tuition refund to the same personal account the fee came from, after the bank statement was checked.")

MD.pay(("authority_impersonation", "flag"), "2026-11-25", "10:40",
       vendor("马俊杰", acct("md-ma-jj", "622202", 19), "中国工商银行兰州分行", "personal", None, None),
       "2800", "年检费", "办学许可证年检逾期费用", "sms", "自称市人社局职业能力建设处", "13900008817",
       "【人社局通知】贵校《民办学校办学许可证》2026年度年检材料逾期未报，已被列入重点核查名单。"
       "请于今日17点前缴纳年检💰2800元至经办人马俊杰账户（工行" + acct("md-ma-jj", "622202", 19) +
       "），逾期将暂停办学资质并公示。",
       True, "E5103", ["E5102"],
       signals=["phone_instruction", "new_contact", "authority_words", "fee_words", "personal_account",
                "first_time_payee", "urgency", "evasion_symbols"],
       note="An SMS 'from the labour bureau' says the school licence inspection is overdue and wants a 2,800 fee, marked with a money emoji, paid to a clerk's personal card today.")

MD.order("L", "2026-11-26", "15:10",
         cust("陕西秦岭建设集团有限公司", uscc("91", "610000", "md-qinling"), "人力资源部 鲍经理",
              "029-0000837", "hr@qinling-jsjt.com", None, None),
         [("特种作业人员安全培训（高处作业、低压电工）", 150, "人", "1200.00")], "other",
         SCHOOL, "2027-01-29", "合同签订后预付30%（已到账），培训完成后60日内付清",
         "经集团电子采购平台询比价确定，合同编号QLJS-PX-2026-0412；预付款54,000元已于11月24日到学校对公账户，银行回单已核。",
         signals=["new_customer", "large_first_order", "credit_terms_requested"],
         note="Hard negative: A large construction group's first training order through its e-procurement platform, with a signed contract and a cleared 30% prepayment.")

M_QIWEN_NEW = vendor("陕西启文文化传播有限公司", acct("md-v04-new", "6228", 19), "中国农业银行西安太白路支行",
                     "corporate", "V-MD04", "029-0000813")
MD.pay(("account_change", "block"), "2026-11-30", "11:20", M_QIWEN_NEW, "68400", "印刷费",
       "2027春季教材印刷预付50%", "erp", "郝志刚", None,
       MERP + "启文 2027春季教材（3,200册）印刷预付50%｜合同MD-YW-2026-011",
       False, "E5104", ["E5102", "E5101"], contract="MD-YW-2026-011",
       changed=ts("2026-11-21", "10:40"),
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch"],
       note="Structural only: the printer's vendor record was switched nine days ago to an account under a different company name; the payment text is an ordinary textbook prepayment.")

MD.pay("L", "2026-12-01", "10:10",
       vendor("西安市公共资源交易中心（投标保证金专户）", acct("md-ggzy", "6105", 19), "中国建设银行西安高新支行",
              "corporate", None, "029-0000952"),
       "20000", "投标保证金", "未央区农民工职业技能培训服务项目投标保证金", "erp", "党文博", None,
       MERP + "2027年度未央区农民工职业技能培训服务项目（项目编号WY-ZC-2026-178）投标保证金，"
       "按采购公告指定的交易中心保证金专户缴纳，未中标原路退还",
       False, "E5106", ["E5102", "E5101"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: A bid bond paid to the public resource trading centre's deposit account named in the procurement notice.")

MD.order(("fake_purchaser", "flag"), "2026-12-01", "15:40",
         cust("西安华岳建设集团有限公司", None, "孟经理", "13900002264", "huayue_jt@163.com",
              wxid("md-huayue-fake"), None),
         [("建筑电工作业培训（含取证）", 120, "人", "1350.00")], "im",
         SCHOOL, "2027-01-15", "月结90天，年后统一付款",
         "我们集团和华岳工程公司是一家，之前在你们那培训过。这批120人年前要拿证，证书先发，钱年后一起结，发票开集团抬头。",
         signals=["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
                  "contact_mismatch", "free_mail", "urgency"],
         note="A 'group' name close to an established client books 120 places on 90-day credit from free mail and wants certificates before paying.")

MD.pay(("authority_impersonation", "block"), "2026-12-02", "14:30",
       vendor("吴俊", acct("md-wu-j", "621660", 19), "中国银行广州白云支行", "personal", None, None),
       "260000", "资金核查", "配合经侦资金核查（暂存）", "phone", "自称市公安局经侦支队 赵警官", "13900009172",
       "（电话记录整理）对方自称市公安局经侦支队警官，称我校基本户收到的一笔学员报名费涉嫌洗钱，已立案。"
       "要求把账上资金先转入aqzh接受核查，查清后原数退回；不得告诉校长和其他人，今天下班前必须完成。",
       True, "E5103", [],
       signals=["phone_instruction", "new_contact", "authority_words", "safe_account_words", "secrecy_words",
                "personal_account", "first_time_payee", "no_approval", "urgency", "evasion_pinyin"],
       note="A caller posing as economic-crime police tells the cashier to move the school's money into a 'safe account' (written aqzh in her notes) for checking and tell nobody.")

MD.pay("L", "2026-12-03", "11:30",
       vendor("陕西华正会计师事务所有限公司", acct("md-huazheng", "3700", 19), "中国工商银行西安高新支行",
              "corporate", None, "029-0000419"),
       "12000", "审计费", "2026年度民办学校年度检查专项审计费", "erp", "韦秀琴", None,
       MERP + "按区教育局《关于开展2026年度民办学校年度检查的通知》，委托华正会计师事务所出具年检专项审计报告，"
       "审计费12,000元，业务约定书MD-SJ-2026-002",
       False, "E5102", ["E5101"], contract="MD-SJ-2026-002",
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: The audit fee for the annual inspection report the education bureau requires, paid to a registered audit firm under an engagement letter.")

M_YUANTUO = vendor("陕西远拓教育咨询有限公司", acct("md-yuantuo", "6101", 18), "招商银行西安小寨支行",
                   "corporate", None, None)
MD.pay(("boss_impersonation", "flag"), "2026-12-04", "10:30", M_YUANTUO, "300000", "意向金",
       "职校举办权并购意向金", "email", "俞建章", "yujianzhang@mingdedu.cn",
       "韦主任：\n我在谈一个并购项目（咸阳一所中职学校的举办权），对方要求本周内付意向金。This is confidential，"
       "暂时不要在行政群里讲，也不要和郝主任他们提。请今天内付至以下账户，正式协议下周签。\n"
       "收款单位：陕西远拓教育咨询有限公司\n金额：300,000.00\n俞建章\nSent from my iPhone",
       True, "E5102", [],
       signals=["email_instruction", "new_contact", "lookalike_domain", "boss_role", "secrecy_words",
                "deposit_words", "bypass_process", "first_time_payee", "no_approval", "urgency"],
       note="An e-mail from a one-letter look-alike of the school's domain, half in English, asks for a confidential 300k 'earnest money' for a school acquisition today.")

MD.order("L", "2026-12-07", "15:20",
         cust("西安市未央区消防救援大队", uscc("11", "610112", "md-xfdd"), "大队办公室 聂参谋",
              "029-0000703", None, None, None),
         [("应急救护员培训（含取证）", 50, "人", "680.00")], "letter", SCHOOL, "2027-01-22",
         "培训结束后凭发票通过国库集中支付",
         "大队以公函委托，联系人为大队办公室座机；无其他采购事项。",
         signals=["new_customer", "institution_claim", "credit_terms_requested"],
         note="Hard negative: A real fire-rescue brigade books first-aid training by official letter, a landline contact and treasury payment after the course; nothing is asked of the school.")

MD.pay(("fake_invoice", "flag"), "2026-12-08", "10:20",
       vendor("北京华夏名录文化传媒有限公司", acct("md-huaxia", "1109", 19), "北京银行朝阳支行", "corporate",
              None, None),
       "3600", "收录费", "2027版全国职业培训机构名录年度收录费", "letter", "华夏职业培训机构名录编辑部",
       "010-0000537",
       "（纸质函件扫描）缴费通知单\n单位名称：西安市未央区明德职业技能培训学校\n"
       "项目：2027版《全国职业培训机构名录》年度收录及网络展示\n应缴金额：3,600.00元　缴费截止：2026年12月20日\n"
       "逾期未缴将不予收录，并影响贵校在招生平台的信用展示。",
       False, "E5107", ["E5102"],
       signals=["letter_instruction", "new_contact", "renewal_bill", "first_time_payee", "no_po_contract"],
       note="A bill-like letter from a directory 'editorial office' charges an annual listing fee the school never ordered.")

M_DESAI = vendor("西安德赛智能装备有限公司", acct("md-desai", "6105", 19), "中国建设银行西安曲江支行",
                 "corporate", None, None)
MD.pay(("boss_impersonation", "block"), "2026-12-09", "11:10", M_DESAI, "158000", "定金",
       "焊接机器人采购定金", "im", "俞建章", "微信群：明德学校行政群（12月9日新建）",
       "俞建章：@韦秀琴 基本户现在余额多少？截个图发群里\n韦秀琴：俞校长，建行基本户可用２１６万\n"
       "俞建章：实训楼那批焊接机器人谈好了，对方要先收定金１５８０００，今天得付。我在教育局开会接不了电话，你先付，审批回来补。\n"
       "收款：西安德赛智能装备有限公司",
       True, "E5102", [],
       signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process",
                "deposit_words", "first_time_payee", "no_approval", "urgency", "evasion_fullwidth"],
       note="In an admin group created that morning the 'principal' asks for a balance screenshot, then a 158k robot deposit to a new firm while he is 'in a meeting'; figures typed full-width.")

M_LEI = vendor("雷建华", acct("md-lei-jh", "622202", 19), "中国工商银行西安纬什街支行", "personal",
               "V-MD01", None)
MD.pay(("account_change", "flag"), "2026-12-10", "10:30", M_LEI, "405000", "房租",
       "2026年12月–2027年2月教学楼租金", "letter", "西安恒泰商务楼宇管理有限公司", None,
       "（快递函件）《关于变更租金收款账户的函》\n明德培训学校：\n因我司与业主雷建华先生的委托管理协议调整，"
       "自2026年12月起贵校租金请直接支付至业主本人账户（户名雷建华，工商银行西安纬什街支行" + M_LEI["account_no"] +
       "）。原公司账户不再收取租金。\n西安恒泰商务楼宇管理有限公司（盖章）",
       False, "E5105", ["E5102", "E5101"], contract="MD-ZL-2024-001",
       changed=ts("2026-11-05", "10:15"),
       signals=["letter_instruction", "account_change_words", "account_changed_long_ago", "first_time_payee",
                "personal_account", "payee_name_mismatch"],
       note="A posted letter moved the quarterly rent to an individual 'owner'; it was keyed into the vendor master 35 days ago, so only the personal payee and the name change stand out.")

MD.pay("L", "2026-12-11", "14:20", V_MTREASURY, "18640", "残保金", "2025年度残疾人就业保障金",
       "erp", "庞晓燕", None,
       "电子税务局三方协议缴款：残疾人就业保障金（2025年度），税务局提醒申报截止12月31日，逾期将按日加收滞纳金并影响纳税信用评价",
       True, "E5103", ["E5102"],
       signals=["authority_words", "urgency"],
       note="Hard negative: The disabled-employment levy paid by treasury debit before the deadline; the late-fee warning is the tax bureau's standard text.")

MD.pay(("task_rebate", "block"), "2026-12-14", "21:50",
       vendor("龚思远", acct("md-gong-sy", "622848", 19), "中国农业银行郑州分行", "personal", None, None),
       "11600", "食材款", "食材团购平台预付", "im", "客服小雅", wxid("md-task-cs"),
       "【客服小雅】亲，第5单是组合刷dan任务，需要先垫付11600元，完成后本金和佣金一起返还到您账户，今晚12点前完成哦～",
       True, "E5108", ["E5102"],
       signals=["im_instruction", "new_contact", "personal_account", "first_time_payee", "task_rebate_words",
                "urgency", "off_hours", "evasion_pinyin"],
       note="At night the canteen buyer, deep in a task scam, disguises an 11.6k 'task' advance to a private card as a food-platform prepayment.")

MD.pay(("advance_fee", "flag"), "2026-12-15", "11:20",
       vendor("陕西鼎盛融通企业管理咨询有限公司", acct("md-dingsheng", "6105", 19), "中国建设银行西安长安路支行",
              "corporate", None, None),
       "18000", "服务费", "校舍扩建贷款前期评估包装费", "im", "鼎盛融通 丁经理", wxid("md-loan-ding"),
       "韦主任，贵校800万的建设贷款我们已经跟银行打好招呼了，授信没问题。按流程要先做资产评估和材料包装，"
       "费用1.8万，放款前付清；放款后我们再收2个点服务费。",
       False, "E5102", ["E5101"],
       signals=["im_instruction", "new_contact", "loan_fee_words", "fee_words", "first_time_payee", "no_po_contract"],
       note="A 'financing consultant' promises an 8-million bank loan and wants an 18k 'packaging and appraisal' fee before any loan contract.")

MD.pay("L", "2026-12-16", "10:10",
       vendor("西安卡联智能科技有限公司", acct("md-kalian", "6101", 18), "招商银行西安分行", "corporate",
              None, "029-0000386"),
       "24000", "伙食补贴", "12月困难学员伙食补贴充值至校园一卡通（80人×300元）", "erp", "党文博", None,
       MERP + "按区人社局培训期间生活补贴拨付文件，12月困难学员伙食补贴批量充值到校园一卡通，名单经教务处和财务双人核对；"
       "卡联为一卡通系统服务商，充值结算户见服务合同MD-XX-2026-004",
       False, "E5106", ["E5102", "E5101"], contract="MD-XX-2026-004",
       signals=["subsidy_words", "topup_words", "first_time_payee"],
       note="Hard negative: Government meal subsidies for needy trainees topped up onto campus cards through the card-system operator under its service contract.")

MD.pay(("fake_salary", "block"), "2026-12-17", "15:30",
       vendor("柴文斌", acct("md-chai-wb", "621700", 19), "中国建设银行西安纺织城支行", "personal", None, None),
       "26400", "课时费", "12月兼职教师课时费（5人合并发放）", "email", "郝志刚", "jiaowu_mingde@163.com",
       "贺老师：本月5位兼职老师（任佳宁、邱海峰、秦雪、包志强、甘露）的课时费，他们说分别打卡麻烦，"
       "统一打到教务这边协调人的卡上，由我发给他们。卡号" + acct("md-chai-wb", "621700", 19) +
       "，户名柴文斌，合计26,400元。郝",
       False, "E5107", ["E5102"],
       signals=["email_instruction", "free_mail", "new_contact", "payee_shared_by_employees",
                "payee_not_employee", "personal_account", "first_time_payee"],
       note="A free-mail note in the academic director's name wants five part-time teachers' fees paid together to one 'coordinator's' card.")

MD.pay("L", "2026-12-18", "10:50", V_ANDA, "72600", "服务费", "12月保安保洁服务费及驻校人员年终奖",
       "erp", "雷振东", None,
       MERP + "安达保安12月保安保洁服务费38,500元＋按合同附件约定的驻校人员年终奖34,100元，合计72,600元，"
       "均付至安达公司对公账户，由其代发",
       False, "E5105", ["E5102", "E5101"], contract="MD-HQ-2026-008", inv=minv("t33"),
       signals=["large_vs_usual"],
       note="Hard negative: December's security and cleaning invoice includes contractual year-end bonuses, nearly doubling the usual amount; paid to the agency's own account.")

MD.pay("L", "2026-12-21", "11:00",
       vendor("邵敏", acct("md-shao-m", "621700", 19), "中国建设银行西安未央路支行", "personal", None, None),
       "11240", "工资", "离职教师邵敏12月工资及未休年假折算", "erp", "贺丽娟", None,
       MERP + "教师邵敏12月20日离职，离职结算工资（含未休年假3天折算）单独发放至本人工资卡"
       "（户名邵敏，与人事档案一致），人事贺丽娟核对",
       False, "E5107", ["E5102", "E5101"],
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: A departing teacher's final pay sent on its own, outside the payroll batch, to her own salary card.")

MD.order("L", "2026-12-22", "14:30",
         cust("西安市未央区老马水电安装部", uscc("92", "610112", "md-laoma"), "马师傅", "13900003561", None,
              wxid("md-laoma"), None),
         [("低压电工作业培训（含取证）", 3, "人", "1350.00")], "im", SCHOOL, "2027-02-05",
         "报名时已全额缴费",
         "师傅们白天干活，只方便微信联系，三个人报元月班，学费已扫学校对公收款码付清。",
         signals=["new_customer", "contact_im_only"],
         note="Hard negative: A small plumbing business enrols three workers over WeChat and has already paid to the school's own account.")

MD.pay(("contract_fraud", "flag"), "2026-12-23", "10:40",
       vendor("陕西汇才教育发展研究院有限公司", acct("md-huicai", "3700", 19), "中国工商银行西安曲江支行",
              "corporate", None, None),
       "80000", "保证金", "省级高技能人才培训基地申报合作保证金（企查：汇才成立于2026年10月）", "email", "刘志远", "liu.zhiyuan@huicai-edu.cn",
       "俞校长：\n经我院与省里相关处室沟通，贵校具备申报省级高技能人才培训基地的条件，获批后可获专项资金300万元。"
       "我院提供全程申报辅导并保证通过，需先缴纳合作保证金8万元，另按获批资金的5%收取居间服务费。\n"
       "陕西汇才教育发展研究院 刘志远",
       False, "E5102", ["E5101"],
       signals=["email_instruction", "new_contact", "bigproject_words", "middleman_fee", "deposit_words",
                "first_time_payee", "shell_company", "no_po_contract"],
       note="A newly formed 'institute' promises a guaranteed provincial training-base designation worth 3 million in return for a cooperation deposit and a success fee.")

MD.order("L", "2026-12-24", "11:10", C_KANGYANG, [("养老护理员培训（初级）", 35, "人", "980.00")],
         "email", SCHOOL, "2027-01-22", "开班前付清",
         "新一批护理员岗前培训。",
         note="Routine: Care-worker course for an established client.")

M_QINWEI_NEW = vendor("西安秦味园餐饮配送有限公司", acct("md-v02-new", "6281", 19), "甘肃银行天水分行",
                      "corporate", "V-MD02", "029-0000342")
MD.pay(("account_change", "block"), "2026-12-28", "10:30", M_QINWEI_NEW, "52800", "食材款",
       "12月下半月食材配送", "im", "秦味园 财务 小程", wxid("md-qinwei-fake"),
       "韦会计您好，年底我们公司开户行调整，原建行账户月底注销，12月下半月的货款请转到新账户：甘肃银行天水分行"
       + M_QINWEI_NEW["account_no"] + "，户名不变。辛苦了！",
       False, "E5108", ["E5102", "E5105"], contract="MD-HQ-2026-003", inv=minv("t38"),
       changed=ts("2026-12-24", "16:40"),
       signals=["im_instruction", "new_contact", "account_change_words", "account_changed_recent",
                "first_time_payee", "unusual_bank_region"],
       note="A WeChat from an unknown 'finance clerk' of the canteen supplier moves payment to an out-of-province bank, keyed in four days before the payment.")

MD.pay("L", "2026-12-29", "10:20", V_XINCHENG, "27500", "耗材款", "焊条、焊丝、砂轮片（12月）",
       "erp", "郝志刚", None, MERP + "鑫诚教学设备 12月实训耗材｜合同MD-SB-2026-002",
       False, "E5104", ["E5102"], contract="MD-SB-2026-002", inv=minv("t39"),
       note="Routine: Welding consumables to the regular supplier's known account.")

MD.pay("L", "2026-12-29", "15:00",
       vendor("西安市中小企业融资担保有限公司", acct("md-danbao", "6105", 19), "中国建设银行西安未央路支行",
              "corporate", None, "029-0000448"),
       "20000", "担保费", "校舍改造贷款担保费（6个月）", "erp", "韦秀琴", None,
       MERP + "建设银行未央路支行500万元校舍改造贷款已签约（借款合同MD-DK-2026-01），按三方担保合同向"
       "西安市中小企业融资担保有限公司（持融资担保业务经营许可证）支付担保费，年化0.8%，按6个月计收",
       False, "E5102", ["E5101"], contract="MD-DK-2026-01",
       signals=["loan_fee_words", "first_time_payee"],
       note="Hard negative: A guarantee fee paid after a bank loan was signed, to a licensed guarantee company named in the three-party contract.")


def main():
    lines = JH.lines + MD.lines
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
