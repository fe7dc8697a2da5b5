#!/usr/bin/env python3
"""Build holdout16.jsonl: an independent labelled replay corpus of small and micro businesses.

Python 3.11 standard library only, fully deterministic (no clock, no random state):
account numbers, mobiles, WeChat ids, invoice numbers and credit codes are derived from
SHA-256 of a readable label, so editing one scenario never shifts the others.

Three fictitious tenants:
  maodu   - a family-run hotpot chain with three shops in Chongqing (重庆谭记老灶火锅餐饮管理有限公司)
  banjin  - a car repair and parts shop in Lanzhou (兰州金顺达汽车维修服务有限公司)
  tangxin - a farmers' apple cooperative in Aksu (阿克苏市糖心果园苹果种植农民专业合作社)

Each scenario is one block below. Blocks may be written in any order inside a tenant; the
builder sorts each tenant's lines (history first, then test, each by timestamp) and numbers them.

Run from the corpus folder:  python3 gen/build.py
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout16.jsonl")

TENANT_ORDER = ["maodu", "banjin", "tangxin"]

# ---------------------------------------------------------------------------
# deterministic fictitious identifiers
# ---------------------------------------------------------------------------
_seen = {}


def _digits(label):
    return str(int(hashlib.sha256(label.encode("utf-8")).hexdigest(), 16))


def _unique(kind, label, value):
    key = (kind, value)
    if key in _seen and _seen[key] != label:
        raise SystemExit(f"identifier collision: {kind} {value} for {label} and {_seen[key]}")
    _seen[key] = label
    return value


def acct(label, length, prefix):
    """Corporate account number: prefix + hash digits, 16-19 digits long."""
    assert 16 <= length <= 19
    return _unique("acct", label, (prefix + _digits("acct:" + label))[:length])


def card(label, bin6="622202", length=19):
    """Personal bank card: BIN + hash digits + Luhn check digit."""
    assert length in (16, 19)
    partial = (bin6 + _digits("card:" + label))[: length - 1]
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return _unique("acct", label, partial + str((10 - total % 10) % 10))


def mob(label, prefix="193"):
    """Fictitious mobile 1930000xxxx / 1550000xxxx / 1890000xxxx."""
    assert prefix in ("193", "155", "189")
    return _unique("mob", label, prefix + "0000" + _digits("mob:" + label)[-4:])


def tel(area, label):
    """Fictitious landline area-0000xxx."""
    return _unique("tel", label, f"{area}-0000{_digits('tel:' + label)[-3:]}")


def wxid(label):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    n = int(hashlib.sha256(("wx:" + label).encode("utf-8")).hexdigest(), 16)
    s = ""
    for _ in range(14):
        n, r = divmod(n, 36)
        s += alphabet[r]
    return _unique("wx", label, "wxid_" + s)


def inv(label, region):
    """20-digit fully-digital invoice number: 26 + province code + 16 digits."""
    return _unique("inv", label, ("26" + region + _digits("inv:" + label))[:20])


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(w[i] * (int(c) if c.isdigit() else ord(c) - 55) for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(label, prefix2, region):
    """Unified social credit code with valid organisation-code and 18th check characters.
    prefix2: 91 company, 92 sole trader, 93 farmers' cooperative, 11 government organ, 12 public institution."""
    h = _digits("uscc:" + label)
    if prefix2.startswith("9"):
        body = "MA" + "".join(USCC_CHARS[int(h[2 * i: 2 * i + 2]) % 31] for i in range(6))
    else:
        body = h[:8]
    s17 = prefix2 + region + body + _org_check(body)
    total = sum(USCC_CHARS.index(c) * USCC_W[i] for i, c in enumerate(s17))
    return _unique("uscc", label, s17 + USCC_CHARS[(31 - total % 31) % 31])


# ---------------------------------------------------------------------------
# request builders (key order exactly as in the wire contract)
# ---------------------------------------------------------------------------
def m(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(s):
    """'2026-06-04 14:20' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


def P(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def I(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def V(callback_number, verified_by, verified_at):
    return {"callback_done": True, "callback_number": callback_number,
            "verified_by": verified_by, "verified_at": ts(verified_at)}


def C(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def it(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit, "unit_price": m(unit_price)}


def TP(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": m(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": m(amount)}


class Firm:
    def __init__(self, tid, name, payer_account):
        self.tid = tid
        self.payer = {"account_no": payer_account, "account_name": name}

    def pay(self, rid, at, payee, amount, purpose, memo, instruction, by, approvers,
            order=None, contract=None, invoice=None, changed=None, verified=None):
        req = {
            "request_id": rid,
            "submitted_at": ts(at),
            "payer": dict(self.payer),
            "payee": dict(payee),
            "amount": m(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": instruction,
            "requested_by": by,
            "approved_by": list(approvers),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verified is not None:
            req["verification"] = verified
        return req

    def order(self, rid, at, customer, items, channel, address, deadline, terms, notes,
              third_party=None, fees=()):
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
        assert total == total.quantize(Decimal("0.01")), rid
        return {
            "record_id": rid,
            "received_at": ts(at),
            "customer": dict(customer),
            "items": list(items),
            "total_amount": m(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": list(fees),
            "notes": notes,
        }


# ---------------------------------------------------------------------------
# line registry
# ---------------------------------------------------------------------------
LINES = []


def _add(tenant, phase, label, scam_type, expect, signals, note, request):
    kind = "payment" if "request_id" in request else "order"
    LINES.append({"tenant": tenant, "phase": phase, "kind": kind, "label": label,
                  "scam_type": scam_type, "expect": expect, "signals": list(signals),
                  "note": note, "request": request})


def hist(firm, note, request):
    _add(firm.tid, "history", "legit", None, "allow", [], note, request)


def routine(firm, note, request):
    _add(firm.tid, "test", "legit", None, "allow", [], "Routine: " + note, request)


def hardneg(firm, signals, note, request):
    _add(firm.tid, "test", "legit", None, "allow", signals, "Hard negative: " + note, request)


def scam(firm, scam_type, expect, signals, note, request):
    _add(firm.tid, "test", "scam", scam_type, expect, signals, note, request)


# ===========================================================================
# TENANT 1: maodu, 重庆谭记老灶火锅餐饮管理有限公司 (three hotpot shops, Chongqing)
# People: 谭德贵 owner E1600; 刘秀英 owner's wife, keeps the books E1601; 何晓燕 bookkeeper and
# cashier E1602; shop managers 谭小军 解放碑 E1603, 陈丽 南坪 E1604, 周强 观音桥 E1605;
# 杨雪 part-time cashier at 南坪 E1606.
# ===========================================================================
MD = Firm("maodu", "重庆谭记老灶火锅餐饮管理有限公司", acct("maodu/basic", 18, "8102"))
MD_OWNER_WX = wxid("maodu/owner-tandegui")
MD_WIFE_WX = wxid("maodu/wife-liuxiuying")

TJ01 = P("重庆巴渝香火锅底料有限公司", acct("maodu/TJ01", 19, "3100"), "重庆银行江北支行", "corporate",
         "V-TJ01", tel("023", "maodu/TJ01"))
TJ02 = P("黄志勇", card("maodu/TJ02-huangzhiyong", "622848"), "中国农业银行重庆菜园坝支行", "personal",
         "V-TJ02", mob("maodu/TJ02-huangzhiyong", "193"))
TJ03 = P("重庆渝鲜农产品配送有限公司", acct("maodu/TJ03", 18, "5001"), "中国建设银行重庆九龙坡支行",
         "corporate", "V-TJ03", tel("023", "maodu/TJ03"))
TJ04_PHONE = mob("maodu/TJ04-wangjiahua", "189")
TJ04 = P("王家华", card("maodu/TJ04-wangjiahua-old", "622848"), "中国农业银行重庆南坪支行", "personal",
         "V-TJ04", TJ04_PHONE)
TJ05 = P("重庆江州啤酒饮料经销有限公司", acct("maodu/TJ05", 17, "3107"), "重庆农村商业银行江北支行",
         "corporate", "V-TJ05", tel("023", "maodu/TJ05"))
TJ06 = P("重庆鲜团网络科技有限公司", acct("maodu/TJ06", 19, "1100"), "招商银行重庆分行营业部", "corporate",
         "V-TJ06", tel("023", "maodu/TJ06"))
TJ07 = P("重庆安渝消防设施维保有限公司", acct("maodu/TJ07", 18, "5005"), "中国工商银行重庆渝中支行",
         "corporate", "V-TJ07", tel("023", "maodu/TJ07"))
MD_PAYROLL = P("重庆农村商业银行渝中支行（代发工资专户）", acct("maodu/payroll", 18, "8102"),
               "重庆农村商业银行渝中支行", "corporate", "PAY-01", None)

LINJIA = C("重庆邻家生鲜超市有限公司", uscc("maodu/linjia", "91", "500107"), "采购 邓经理",
           tel("023", "maodu/linjia"), "caigou@linjiasx.cn", None, "C-TJ01")
BEER_APRIL_INVOICE = inv("maodu/TJ05/0428", "50")
LUO_CARD = card("maodu/luochunyan", "621700")
BANQUET_ID = "TJ-DD-20260520-01"


def md_erp(text):
    return I("erp", "何晓燕", None, "付款申请单｜" + text)


# --- maodu history ---------------------------------------------------------
inv_md_h1 = inv("maodu/TJ01/0414", "50")
hist(MD, "Beef-tallow hotpot base from the regular base factory.", MD.pay(
    "TJ-FK-20260414-01", "2026-04-14 10:40", TJ01, "38600", "货款", "4月上旬牛油底料、清油底料款",
    md_erp(f"巴渝香底料｜4月上旬牛油底料、清油底料款｜合同TJ-CG-2026-01｜发票{inv_md_h1}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-01", invoice=inv_md_h1))

hist(MD, "Half-month tripe and duck-intestine bill of the market stallholder, a sole trader paid on his own card.", MD.pay(
    "TJ-FK-20260415-01", "2026-04-15 15:10", TJ02, "12480", "货款", "4月1日-15日毛肚、鸭肠、黄喉货款",
    md_erp("菜园坝志勇鲜货（个体户黄志勇）｜4月1日-15日毛肚鸭肠黄喉｜送货单15张已核"),
    "E1602", ["E1601"]))

inv_md_h3 = inv("maodu/TJ03/0420", "50")
hist(MD, "Vegetable delivery bill from the regular produce distributor.", MD.pay(
    "TJ-FK-20260420-01", "2026-04-20 11:05", TJ03, "9860", "货款", "4月上中旬蔬菜配送款",
    md_erp(f"渝鲜配送｜4月1日-18日蔬菜配送款｜合同TJ-CG-2026-03｜发票{inv_md_h3}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-03", invoice=inv_md_h3))

hist(MD, "May rent for the Nanping shop paid to the individual landlord.", MD.pay(
    "TJ-FK-20260420-02", "2026-04-20 16:30", TJ04, "18000", "房租", "南坪店5月房租",
    md_erp("南坪店5月房租｜房东王家华｜租赁合同TJ-ZL-2024-02"),
    "E1602", ["E1601"], contract="TJ-ZL-2024-02"))

hist(MD, "Hotpot-base order from the established neighbourhood supermarket chain.", MD.order(
    "TJ-DD-20260424-01", "2026-04-24 14:00", LINJIA,
    [it("谭记老灶牛油火锅底料（500g袋装）", 600, "袋", "18.50"),
     it("谭记老灶清油火锅底料（400g袋装）", 300, "袋", "15.00")],
    "email", "重庆市九龙坡区杨家坪邻家生鲜配送仓", "2026-04-27", "月结30天", "5月门店补货"))

hist(MD, "April beer and soft-drink bill from the regular distributor.", MD.pay(
    "TJ-FK-20260428-01", "2026-04-28 15:20", TJ05, "14200", "货款", "4月啤酒饮料款",
    md_erp(f"江州啤酒｜4月啤酒饮料款｜对账单已核｜发票{BEER_APRIL_INVOICE}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-05", invoice=BEER_APRIL_INVOICE))

hist(MD, "April payroll through the bank's payroll service.", MD.pay(
    "TJ-FK-20260430-01", "2026-04-30 18:10", MD_PAYROLL, "126400", "工资", "4月工资代发（38人）",
    md_erp("4月工资代发（38人），工资表老板已签"), "E1602", ["E1600"]))

inv_md_h8 = inv("maodu/TJ07/0506", "50")
hist(MD, "Quarterly fire-equipment maintenance by the contracted maintenance firm.", MD.pay(
    "TJ-FK-20260506-01", "2026-05-06 11:30", TJ07, "2400", "维保费", "二季度消防设施维保费（三店）",
    md_erp(f"安渝消防｜二季度消防设施维保｜合同TJ-FW-2026-02｜发票{inv_md_h8}"),
    "E1602", ["E1601"], contract="TJ-FW-2026-02", invoice=inv_md_h8))

inv_md_h9 = inv("maodu/TJ01/0508", "50")
hist(MD, "Beef-tallow hotpot base from the regular base factory.", MD.pay(
    "TJ-FK-20260508-01", "2026-05-08 10:50", TJ01, "41200", "货款", "4月下旬至5月上旬底料款",
    md_erp(f"巴渝香底料｜4月下旬至5月上旬底料款｜合同TJ-CG-2026-01｜发票{inv_md_h9}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-01", invoice=inv_md_h9))

hist(MD, "Top-up of the chain's advertising account on the local group-buy platform.", MD.pay(
    "TJ-FK-20260511-01", "2026-05-11 15:00", TJ06, "3000", "推广费", "鲜团推广通账户充值",
    md_erp("鲜团网络｜推广通账户充值（五一后引流）｜平台开票"), "E1602", ["E1601"]))

hist(MD, "Half-month tripe and duck-intestine bill of the market stallholder, a sole trader paid on his own card.", MD.pay(
    "TJ-FK-20260515-01", "2026-05-15 14:40", TJ02, "12960", "货款", "5月1日-15日毛肚、鸭肠、黄喉货款",
    md_erp("菜园坝志勇鲜货（个体户黄志勇）｜5月1日-15日毛肚鸭肠黄喉｜送货单15张已核"),
    "E1602", ["E1601"]))

hist(MD, "A birthday-banquet booking by WeChat with a 2,000 deposit paid from the customer's own card.", MD.order(
    BANQUET_ID, "2026-05-20 20:30",
    C("罗春燕", None, "罗女士", mob("maodu/luochunyan", "155"), None, wxid("maodu/luochunyan"), None),
    [it("寿宴套餐（十人桌）", 12, "桌", "1288.00")],
    "im", "南坪店二楼宴会厅", "2026-06-13",
    f"定金2000元已付（罗女士建行卡尾号{LUO_CARD[-4:]}转入），余款宴后结清",
    "给妈妈办七十大寿，12桌，6月13号中午，菜单按1288的标准，要一个寿桃蛋糕。"))

hist(MD, "Hotpot-base order from the established neighbourhood supermarket chain.", MD.order(
    "TJ-DD-20260522-01", "2026-05-22 10:10", LINJIA,
    [it("谭记老灶牛油火锅底料（500g袋装）", 800, "袋", "18.50"),
     it("谭记老灶清油火锅底料（400g袋装）", 400, "袋", "15.00")],
    "email", "重庆市九龙坡区杨家坪邻家生鲜配送仓", "2026-05-25", "月结30天", "端午备货"))

hist(MD, "May payroll through the bank's payroll service.", MD.pay(
    "TJ-FK-20260529-01", "2026-05-29 18:20", MD_PAYROLL, "131050", "工资", "5月工资代发（39人）",
    md_erp("5月工资代发（39人），工资表老板已签"), "E1602", ["E1600"]))

# --- maodu test: routine ---------------------------------------------------
inv_md_r1 = inv("maodu/TJ03/0602", "50")
routine(MD, "Vegetable delivery bill from the regular produce distributor.", MD.pay(
    "TJ-FK-20260602-01", "2026-06-02 09:50", TJ03, "10240", "货款", "5月下旬蔬菜配送款",
    md_erp(f"渝鲜配送｜5月19日-31日蔬菜配送款｜合同TJ-CG-2026-03｜发票{inv_md_r1}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-03", invoice=inv_md_r1))

inv_md_r2 = inv("maodu/TJ01/0603", "50")
routine(MD, "Hotpot-base bill from the regular base factory.", MD.pay(
    "TJ-FK-20260603-01", "2026-06-03 10:30", TJ01, "39800", "货款", "5月中下旬底料款",
    md_erp(f"巴渝香底料｜5月中下旬底料款｜合同TJ-CG-2026-01｜发票{inv_md_r2}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-01", invoice=inv_md_r2))

routine(MD, "Hotpot-base order from the established neighbourhood supermarket chain.", MD.order(
    "TJ-DD-20260608-01", "2026-06-08 11:00", LINJIA,
    [it("谭记老灶牛油火锅底料（500g袋装）", 500, "袋", "18.50"),
     it("谭记老灶清油火锅底料（400g袋装）", 200, "袋", "15.00")],
    "email", "重庆市九龙坡区杨家坪邻家生鲜配送仓", "2026-06-11", "月结30天", "6月门店补货"))

inv_md_r4 = inv("maodu/TJ05/0618", "50")
routine(MD, "Beer and soft-drink bill from the regular distributor.", MD.pay(
    "TJ-FK-20260618-01", "2026-06-18 10:20", TJ05, "16850", "货款", "5月啤酒饮料款",
    md_erp(f"江州啤酒｜5月啤酒饮料款｜对账单已核｜发票{inv_md_r4}"),
    "E1602", ["E1601"], contract="TJ-CG-2026-05", invoice=inv_md_r4))

routine(MD, "June payroll through the bank's payroll service.", MD.pay(
    "TJ-FK-20260630-01", "2026-06-30 18:00", MD_PAYROLL, "134700", "工资", "6月工资代发（40人）",
    md_erp("6月工资代发（40人），工资表老板已签"), "E1602", ["E1600"]))

routine(MD, "Hotpot-base order from the established neighbourhood supermarket chain.", MD.order(
    "TJ-DD-20260706-01", "2026-07-06 16:00", LINJIA,
    [it("谭记老灶牛油火锅底料（500g袋装）", 600, "袋", "18.50"),
     it("谭记老灶清油火锅底料（400g袋装）", 300, "袋", "15.00")],
    "email", "重庆市九龙坡区杨家坪邻家生鲜配送仓", "2026-07-09", "月结30天", "7月门店补货"))

# --- maodu test: hard negatives --------------------------------------------
hardneg(MD, ["im_instruction", "boss_role", "urgency", "personal_account"],
        "The owner approves by WeChat voice message, transcribed with homophone slips, the half-month bill of the regular tripe stallholder, paid on the stallholder's own card.",
        MD.pay("TJ-FK-20260602-02", "2026-06-02 15:30", TJ02, "13150", "货款", "5月16日-31日毛肚、鸭肠、黄喉货款",
               I("im", "谭德贵", MD_OWNER_WX,
                 "[语音转文字] 晓燕 你把志勇那边下半个月的毛肚鸭肠钱装给他嘛 一万三千一百五 送货单在南坪店陈丽那里 "
                 "他说今天要去进或 手头紧 我在解放碑这边忙不赢 你先弄 我晚上在系统头点批准", urgent=True),
               "E1602", ["E1600"]))

hardneg(MD, ["personal_account", "first_time_payee", "task_rebate_words"],
        "A part-time kitchen helper hired for five busy days is paid his day wages on his own card.",
        MD.pay("TJ-FK-20260606-01", "2026-06-06 21:10",
               P("蒋勇", card("maodu/jiangyong-helper", "622848"), "中国农业银行重庆南岸支行", "personal"),
               "1100", "劳务费", "兼职帮厨工资（6月1日-5日，每天220元）",
               I("in_person", "陈丽", None,
                 "南坪店这个礼拜生意好得很，后厨忙不过来，请了临时帮厨蒋勇5天，每天220，考勤表和身份证复印件在店里，工钱打他本人农行卡。"),
               "E1604", ["E1601"]))

TJ04_NEW = dict(TJ04, account_no=card("maodu/TJ04-wangjiahua-new", "621700", 16), bank="重庆银行南坪支行")
hardneg(MD, ["account_changed_recent", "first_time_payee", "personal_account", "account_change_words"],
        "The Nanping landlord lost his card, came to the shop with his ID and the new card, signed an account-change form and was confirmed on his phone number on file, so June rent goes to the new card.",
        MD.pay("TJ-FK-20260610-01", "2026-06-10 10:40", TJ04_NEW, "18000", "房租", "南坪店6月房租（房东换卡后补付）",
               I("in_person", "王家华", None,
                 "房东王家华6月5日本人到店，原来那张农行卡丢了已挂失，带身份证和新办的重庆银行卡，"
                 "签了《收款账户变更确认书》；刘秀英当面核对身份证，并拨打合同上留存的手机号确认是他本人。"),
               "E1602", ["E1601"], contract="TJ-ZL-2024-02", changed="2026-06-05 15:20",
               verified=V(TJ04_PHONE, "E1601", "2026-06-05 15:10")))

hardneg(MD, ["refund_words", "personal_account", "first_time_payee", "sales_order_linked", "im_instruction"],
        "A cancelled birthday banquet's 2,000 deposit goes back to the same personal card the customer paid it from.",
        MD.pay("TJ-FK-20260612-01", "2026-06-12 11:20",
               P("罗春燕", LUO_CARD, "中国建设银行重庆南坪支行", "personal"),
               "2000", "退款", "罗春燕寿宴取消，定金原路退回",
               I("im", "罗春燕", wxid("maodu/luochunyan"),
                 f"老板娘，不好意思哈，我妈住院了，13号的寿宴只有取消了😔 定金2000麻烦退到我原来付款那张建行卡上，"
                 f"尾号{LUO_CARD[-4:]}，谢谢你们了🙏"),
               "E1604", ["E1601"], order=BANQUET_ID))

hardneg(MD, ["off_hours", "urgency", "personal_account", "first_time_payee", "im_instruction"],
        "Near midnight the cold-room compressor at one shop fails and a local refrigeration repairman, a sole trader, is paid on his own card after the owner agrees by phone.",
        MD.pay("TJ-FK-20260613-01", "2026-06-13 23:40",
               P("邱永福", card("maodu/qiuyongfu-repair", "622202"), "中国工商银行重庆江北支行", "personal"),
               "1850", "维修费", "观音桥店冻库压缩机抢修（换启动电容、加氟）",
               I("im", "周强", wxid("maodu/staff-zhouqiang"),
                 "何姐，冻库压缩机半夜停了，里头还有两万多块钱的毛肚鸭血，喊了附近修冷库的邱师傅来修好了，"
                 "换了启动电容加了氟，一共1850，维修单拍给你了。我给谭总打了电话他同意的，先转邱师傅卡上嘛。", urgent=True),
               "E1605", ["E1600"]))

hardneg(MD, ["topup_words"],
        "Top-up of the chain's advertising account on the group-buy platform it has used since spring, paid to the platform company.",
        MD.pay("TJ-FK-20260615-01", "2026-06-15 14:30", TJ06, "5000", "推广费", "鲜团推广通账户充值（端午团购套餐引流）",
               md_erp("鲜团网络｜推广通账户充值5000元，充到我司商户号XT-CQ-061877｜平台开具发票"),
               "E1602", ["E1601"]))

hardneg(MD, ["authority_words", "first_time_payee"],
        "A real administrative fine for two expired staff health certificates is paid with the official payment code into the district finance bureau's non-tax account.",
        MD.pay("TJ-FK-20260623-01", "2026-06-23 11:10",
               P("重庆市南岸区财政局非税收入汇缴结算户", acct("maodu/nanan-feishui", 18, "3100"),
                 "重庆农村商业银行南岸支行", "corporate"),
               "2000", "罚款", "南坪店行政处罚罚款（南市监罚〔2026〕217号）",
               md_erp("南岸区市场监管局6月18日现场检查，南坪店2名员工健康证过期，已收到行政处罚决定书（南市监罚〔2026〕217号），"
                      "罚款2000元，按缴款通知书上的非税收入缴款码缴入财政专户"),
               "E1602", ["E1601"]))

inv_md_hn8 = inv("maodu/TJ07/0624", "50")
hardneg(MD, ["authority_words"],
        "The contracted fire-maintenance firm bills the third-quarter service and extinguisher refills that the fire brigade's inspection asked for.",
        MD.pay("TJ-FK-20260624-01", "2026-06-24 14:00", TJ07, "3600", "维保费", "三季度消防维保及观音桥店灭火器换药18具",
               md_erp(f"安渝消防｜三季度消防维保2400元＋按江北区消防救援大队检查意见观音桥店灭火器换药18具1200元｜"
                      f"合同TJ-FW-2026-02｜发票{inv_md_hn8}"),
               "E1602", ["E1601"], contract="TJ-FW-2026-02", invoice=inv_md_hn8))

hardneg(MD, ["personal_account", "first_time_payee", "vague_memo"],
        "The owner has the first 30k of a documented 100k family loan, borrowed in March for a shop renovation, repaid to his brother-in-law's own card.",
        MD.pay("TJ-FK-20260625-01", "2026-06-25 17:20",
               P("刘建明", card("maodu/liujianming", "622202"), "中国工商银行重庆沙坪坝支行", "personal"),
               "30000", "还款", "还借款",
               I("in_person", "谭德贵", None,
                 "老板当面交代：3月装修观音桥店向舅子刘建明借的10万周转（有借条），分三次还，这次先还3万，打他本人工行卡。"),
               "E1602", ["E1600"]))

YUNZHAN = C("重庆云栈软件科技有限公司", uscc("maodu/yunzhan", "91", "500112"), "行政 罗小姐",
            mob("maodu/yunzhan-luo", "189"), "hr@yunzhansoft.cn", wxid("maodu/yunzhan-luo"), None)
YUNZHAN_ID = "TJ-DD-20260627-01"
hardneg(MD, ["new_customer", "large_first_order"],
        "A software company new to the chain books a 15-table mid-year staff dinner by WeChat and has already paid the deposit into the company account.",
        MD.order(YUNZHAN_ID, "2026-06-27 20:15", YUNZHAN,
                 [it("年中团建火锅套餐（十人桌）", 15, "桌", "988.00")],
                 "im", "解放碑店三楼", "2026-07-10", "定金3000元已对公转入（农商行已到账），余款聚餐当天结",
                 "公司年中聚餐，15桌，7月10号晚上，人数可能还要加，到时候微信跟你们说哈。"))

hardneg(MD, ["institution_claim", "new_customer", "credit_terms_requested"],
        "A middle school orders hotpot base through the municipal school-canteen procurement platform, to be paid monthly after acceptance under the platform contract.",
        MD.order("TJ-DD-20260629-01", "2026-06-29 10:00",
                 C("重庆市渝中区和平路实验中学", uscc("maodu/hepinglu-school", "12", "500103"), "后勤处 吴老师",
                   tel("023", "maodu/hepinglu-school"), "houqin@hplsyzx.cn", None, None),
                 [it("谭记老灶清油火锅底料（400g袋装）", 120, "袋", "15.00"),
                  it("谭记老灶牛油火锅底料（500g袋装）", 80, "袋", "18.50")],
                 "other", "重庆市渝中区和平路实验中学食堂", "2026-07-03", "验收后月结（平台合同）",
                 "重庆市中小学食堂大宗食材阳光采购平台订单YG-2026-0629-0113，暑期教师培训用餐，发票开学校全称。"))

hardneg(MD, ["deposit_words", "first_time_payee"],
        "A two-month deposit for a rented cold room goes to the cold-storage company named in the signed lease.",
        MD.pay("TJ-FK-20260702-01", "2026-07-02 11:00",
               P("重庆冷源冷链仓储有限公司", acct("maodu/lengyuan", 18, "5001"), "中国建设银行重庆渝北支行",
                 "corporate", "V-TJ08", tel("023", "maodu/lengyuan")),
               "6000", "押金", "冷库租赁押金（2个月）",
               md_erp("冷源冷链｜渝北冷库12号库位租赁押金（2个月）｜租赁合同TJ-ZL-2026-05｜老板看过库"),
               "E1602", ["E1600"], contract="TJ-ZL-2026-05"))

hardneg(MD, ["personal_account", "first_time_payee"],
        "A shop manager is reimbursed on her own card for vegetables she bought at the market with her own money when the delivery failed.",
        MD.pay("TJ-FK-20260704-01", "2026-07-04 14:00",
               P("陈丽", card("maodu/staff-chenli", "621700"), "中国建设银行重庆南坪支行", "personal"),
               "1236.50", "报销", "6月28日配送断货，店长自购蔬菜报销",
               md_erp("南坪店6月28日渝鲜配送断货，店长陈丽在南坪菜市场自己垫钱买的蔬菜，小票7张共1236.5元，报销到她本人卡"),
               "E1602", ["E1601"]))

hardneg(MD, ["im_instruction", "boss_role", "personal_account", "first_time_payee", "urgency"],
        "In the evening the owner's wife, on her usual WeChat, asks the bookkeeper to move 50k to the owner's own card as a shareholder loan he has already entered and approved in the system.",
        MD.pay("TJ-FK-20260707-01", "2026-07-07 21:50",
               P("谭德贵", card("maodu/owner-tandegui", "622580", 16), "招商银行重庆解放碑支行", "personal"),
               "50000", "借款", "股东借款（谭德贵）",
               I("im", "刘秀英", MD_WIFE_WX,
                 "晓燕，明天一早谭哥要去把观音桥店装修的尾款结了，装修队只认现金，你先从公司账上转5万到他自己那张招行卡，"
                 "走股东借款，借款单他下午已经在系统头提了也批了，你看一哈就晓得。", urgent=True),
               "E1601", ["E1600"]))

hardneg(MD, ["refund_words", "overpayment", "sales_order_linked", "first_time_payee"],
        "The software company reduces its dinner from 15 to 12 tables after prepaying in full, and the difference goes back to the corporate account it paid from.",
        MD.pay("TJ-FK-20260709-01", "2026-07-09 11:00",
               P("重庆云栈软件科技有限公司", acct("maodu/yunzhan", 19, "1239"), "招商银行重庆分行营业部", "corporate"),
               "2964", "退款", "团建餐减少3桌，多付款原路退回",
               md_erp("云栈软件7月6日对公预付全款14820元（农商行回单已到账），7月10日聚餐改为12桌，"
                      "按罗小姐邮件确认，多付的2964元原路退回其付款账户"),
               "E1602", ["E1601"], order=YUNZHAN_ID))

# --- maodu test: scams -----------------------------------------------------
scam(MD, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "balance_probe", "boss_role", "first_time_payee", "personal_account",
      "no_approval", "bypass_process", "cannot_call", "deposit_words", "unusual_bank_region", "evasion_homophone"],
     "The 'owner' writes from a new WeChat, has the cashier screenshot the balance, then wants an 80k shop-transfer deposit sent to a private card while he 'cannot take calls' in a teahouse.",
     MD.pay("TJ-FK-20260604-01", "2026-06-04 14:20",
            P("邓永刚", card("maodu/fake-boss-dengyonggang", "622848"), "中国农业银行贵州毕节分行", "personal"),
            "80000", "定金", "观音桥铺面转让定金",
            I("im", "谭德贵", wxid("maodu/fake-owner-newwx"),
              "谭德贵：晓燕，我换了个新威信，老的那个号登不上了，先加这个哈\n"
              "何晓燕：好的谭总\n"
              "谭德贵：公司农商行卡上现在还有好多钱？截个图我看一哈\n"
              "何晓燕：[图片] 17万3千多\n"
              "谭德贵：观音桥隔壁那个铺面我谈下来了，老板要先收8万转让定金才肯签，钱打给他本人邓永刚，卡号我发你。"
              "我在茶楼跟他扯，电话不方便接，你弄完截个图给我，单子我回来补签", urgent=True),
            "E1602", []))

TJ01_NEW = dict(TJ01, account_no=acct("maodu/TJ01-fake-new", 19, "3940"), bank="中国光大银行佛山分行")
inv_md_s2 = inv("maodu/TJ01/0609", "50")
scam(MD, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "im_instruction", "account_change_words", "unusual_bank_region"],
     "The base factory's 'salesman' sends a stamped change letter over WeChat; the vendor account was switched to a Foshan bank the day before and this 43.7k is the first payment to it.",
     MD.pay("TJ-FK-20260609-01", "2026-06-09 16:10", TJ01_NEW, "43700", "货款", "5月下旬至6月上旬底料款",
            I("im", "巴渝香 业务员彭小兵", wxid("maodu/fake-pengxiaobing"),
              "何会计你好，我们厂对公户6月起换到光大银行了，盖了公章的变更函发你了[文件]，这期底料钱麻烦打新的这个账号，"
              "老的那个月底就销户了，打过去莫得用哈😂 有啥子问题直接找我"),
            "E1602", ["E1601"], contract="TJ-CG-2026-01", invoice=inv_md_s2, changed="2026-06-08 17:40"))

scam(MD, "fake_invoice", "block", ["duplicate_invoice"],
     "Structural only: the beer distributor's April invoice, already paid on 28 April, comes back on an ordinary-looking request after its salesman re-sent it as an unpaid statement.",
     MD.pay("TJ-FK-20260616-01", "2026-06-16 16:00", TJ05, "14200", "货款", "4月啤酒饮料款",
            I("erp", "周强", None, f"付款申请单｜江州啤酒｜4月啤酒饮料款｜对账单｜发票{BEER_APRIL_INVOICE}"),
            "E1605", ["E1601"], contract="TJ-CG-2026-05", invoice=BEER_APRIL_INVOICE))

scam(MD, "authority_impersonation", "flag",
     ["authority_words", "phone_instruction", "personal_account", "first_time_payee", "urgency", "evasion_spacing"],
     "A caller posing as the district market regulator claims a tripe sample failed a formaldehyde test and wants a 20k 'fine' on the personal card of the 'case officer' by 5 pm to avoid a shutdown.",
     MD.pay("TJ-FK-20260611-01", "2026-06-11 15:50",
            P("周志明", card("maodu/fake-regulator-zhouzhiming", "622202"), "中国工商银行重庆沙坪坝支行", "personal"),
            "20000", "罚款", "南坪店食品抽检不合格罚款",
            I("phone", "自称南岸区市场监管局食品科 周科长", mob("maodu/fake-regulator", "155"),
              "来电后发的短信：谭记老灶南坪店，你店6月5日抽检的毛肚检出甲醛超 标，依据食品安全法应处罚 款2万元。"
              "考虑你们是小微企业，今天下午5点前把罚 款交到经办人周志明账户可以从轻处理，不立案、不停业，过了时间就移交稽查。",
              urgent=True),
            "E1604", ["E1601"]))

scam(MD, "authority_impersonation", "flag",
     ["authority_words", "personal_account", "first_time_payee", "deposit_words", "im_instruction"],
     "Two men claiming to be fire-brigade inspectors tell a shop manager to pay a 5k 'rectification deposit' to an 'auxiliary officer's' card instead of receiving a penalty notice.",
     MD.pay("TJ-FK-20260622-01", "2026-06-22 16:30",
            P("李安平", card("maodu/fake-fire-lianping", "621661"), "中国银行重庆江北支行", "personal"),
            "5000", "保证金", "消防整改保证金（观音桥店）",
            I("im", "周强", wxid("maodu/staff-zhouqiang"),
              "何姐，下午来了两个说是消防大队的，查了后厨，说灭火器过期、疏散通道堆了货，按规定要罚5000。"
              "他们讲交5000整改保证金就不开罚单，整改完了退，叫转给他们协管员李安平，卡号在这。"
              "还说灭火器要在他们指定那家换。我先问一哈要不要转🙏"),
            "E1605", ["E1601"]))

SCHOOL_FAKE_ID = "TJ-DD-20260615-01"
scam(MD, "fake_order", "flag",
     ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "contact_im_only"],
     "A 'vocational school canteen' orders hotpot base and asks the chain to buy 600 self-heating hotpots from a factory the school 'only accepts', to be settled together later.",
     MD.order(SCHOOL_FAKE_ID, "2026-06-15 10:15",
              C("重庆市巴南区惠民职业中学食堂", None, "蒋老师", mob("maodu/fake-school-jiang", "155"), None,
                wxid("maodu/fake-school-jiang"), None),
              [it("谭记老灶清油火锅底料（400g袋装）", 400, "袋", "15.00"),
               it("谭记老灶牛油火锅底料（500g袋装）", 200, "袋", "18.50")],
              "im", "重庆市巴南区惠民职业中学后勤处", "2026-06-18", "学校财务对公转账，验收后一并结算",
              "学校食堂下学期想换底料，先订一批试一哈。另外期末教职工聚餐要600盒自热小火锅，学校只认荣昌鑫禾这家的（有检测报告），"
              "我们学校自己走采购流程太慢了，麻烦你们帮我们一起采了送过来，钱和底料一起从学校对公户结给你们，发票开你们的就行。"
              "鑫禾的联系人我推给你。",
              third_party=TP("荣昌区鑫禾自热食品厂", mob("maodu/fake-xinhe", "193"), "designated_supplier", "28800")))

scam(MD, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof",
      "im_instruction", "urgency", "evasion_symbols"],
     "A shop manager asks to advance 28.8k to the self-heating-pot 'factory owner' for the school order, on the strength of a transfer-receipt screenshot whose money has not arrived.",
     MD.pay("TJ-FK-20260617-01", "2026-06-17 11:40",
            P("孔德明", card("maodu/fake-xinhe-kongdeming", "622848"), "中国农业银行重庆荣昌支行", "personal"),
            "28800", "代采购", "代购自热小火锅600盒（惠民职中订单）",
            I("im", "谭小军", wxid("maodu/staff-tanxiaojun"),
              "何姐，惠民职中蒋老师说学校财务上午已经对公转了，回单截图在这[图片]，说跨行要明天才到。"
              "鑫禾那边不见钱不发货，明天上午就要送，叫我们先垫💰付2万8千8给鑫禾孔老板，学校的钱到了一起结。你看能不能搞快点", urgent=True),
            "E1603", ["E1601"], order=SCHOOL_FAKE_ID))

WEDDING_ID = "TJ-DD-20260624-01"
WEDDING_WX = wxid("maodu/fake-groom-zhanghao")
scam(MD, "overpayment_refund", "block",
     ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "third_party_payer", "contact_im_only"],
     "A new 'groom' booking a 30-table wedding sends a 60,000 screenshot for a 6,000 deposit and wants the 'extra' 54,000 paid on to his wedding planner.",
     MD.order(WEDDING_ID, "2026-06-24 13:30",
              C("张浩", None, "张先生", mob("maodu/fake-groom-zhanghao", "189"), None, WEDDING_WX, None),
              [it("婚宴套餐（十人桌，含酒水）", 30, "桌", "2388.00")],
              "im", "解放碑店三楼宴会厅", "2026-07-18", "定金6000元，余款婚宴当天结清",
              "张先生订7月18号婚宴30桌，说定金转过来了，发来的转账截图是60000（多打了个0）。他讲钱是他老丈人公司账上转的，"
              "多出来的54000不用退他，直接打给他们请的婚庆公司喜悦婚礼抵婚庆尾款，「反正都是我们屋头的钱，省得转来转去」。",
              third_party=TP("重庆喜悦婚礼策划有限公司", mob("maodu/fake-wedding-planner", "193"), "refund_recipient", "54000")))

scam(MD, "overpayment_refund", "block",
     ["refund_to_other_account", "overpayment", "refund_words", "fake_payment_proof", "sales_order_linked",
      "first_time_payee", "im_instruction", "urgency"],
     "The same afternoon the cashier is asked to send the 54k 'overpayment' to the wedding planner before the groom's money has shown up in the account.",
     MD.pay("TJ-FK-20260624-02", "2026-06-24 17:45",
            P("重庆喜悦婚礼策划有限公司", acct("maodu/fake-wedding-planner", 16, "1541"), "中国民生银行重庆分行",
              "corporate"),
            "54000", "退款", "张浩婚宴定金多付部分转付婚庆公司",
            I("im", "张浩", WEDDING_WX,
              "老板娘，婚庆那边在催尾款了，麻烦今天把多的54000转给喜悦婚礼嘛🙏 我老丈人公司是对公转的，"
              "银行说跨行要明天才显示，截图你们也看到了的，不得有问题。明天我过来签合同", urgent=True),
            "E1603", ["E1601"], order=WEDDING_ID))

scam(MD, "task_rebate", "block",
     ["personal_account", "task_rebate_words", "topup_words", "first_time_payee", "im_instruction", "urgency",
      "unusual_bank_region"],
     "A part-time cashier caught in a 'follow-for-commission' job asks for a 3k pay advance sent to a friend's card so she can top up and unlock her stuck commission.",
     MD.pay("TJ-FK-20260626-01", "2026-06-26 12:40",
            P("吴佳佳", card("maodu/task-wujiajia", "621661"), "中国银行湖南衡阳分行", "personal"),
            "3000", "借支", "杨雪预支6月工资",
            I("im", "杨雪", wxid("maodu/staff-yangxue"),
              "陈姐😭 我想预支3000块工资，急得很，直接打到这张卡上嘛，是我朋友吴佳佳的。我在做那个给抖音号点关注的兼职，"
              "前面几单都返了钱的，这回卡单了，客服说要再充3000把这一组做完，才能把本金和佣金一起提出来，提出来我马上还给公司",
              urgent=True),
            "E1606", ["E1604"]))

scam(MD, "contract_fraud", "flag",
     ["deposit_words", "first_time_payee", "shell_company", "bigproject_words", "middleman_fee", "fee_asked_of_seller"],
     "A mall-management firm registered in April pitches a rent-free flagship spot in a 4-billion 'mall' not yet built and wants a 50k intent deposit plus an 8k leasing fee before any lease.",
     MD.pay("TJ-FK-20260701-01", "2026-07-01 15:10",
            P("重庆两江锦荟商业管理有限公司", acct("maodu/fake-jinhui", 19, "0300"), "重庆银行两江分行", "corporate"),
            "58000", "保证金", "锦荟天街美食广场旗舰铺位入驻意向保证金5万＋招商服务费8千",
            md_erp("锦荟商业｜对方称在建「两江锦荟天街」总投资40亿，美食广场旗舰铺位给我们免三年租金，"
                   "签正式租约前须先交入驻意向保证金5万元和招商服务费8千元；锦荟商业2026年4月注册，项目现场还没动工"),
            "E1601", ["E1600"]))

LENDING_WX = wxid("maodu/lending-randehua")
scam(MD, "account_lending", "block",
     ["account_lending_words", "evasion_pinyin", "new_customer", "in_out_match", "contact_im_only"],
     "A 'fellow villager' books a 50-table site-opening banquet and asks to route 130k of 'project money' through the company account, forwarding 120k to a building-materials firm for a fee.",
     MD.order("TJ-DD-20260703-01", "2026-07-03 21:30",
              C("冉德华", None, "冉老板", mob("maodu/lending-randehua", "193"), None, LENDING_WX, None),
              [it("开工宴套餐（十人桌）", 50, "桌", "1688.00")],
              "im", "观音桥店二楼", "2026-08-08", "定金1万元，余款宴后结清",
              "冉老板说是老乡，订8月8号工地开工宴50桌。他讲甲方只能公对公付款，他自己没得公司，想借你们dgzh过一哈："
              "先打13万进来，1万算宴席定金，剩下12万帮他转给鼎盛建材，给你们两个点的辛苦费。",
              third_party=TP("重庆鼎盛建材贸易有限公司", mob("maodu/lending-dingsheng", "155"), "pass_through_payee", "120000")))

scam(MD, "advance_fee", "flag",
     ["loan_fee_words", "first_time_payee", "fee_words", "im_instruction", "urgency"],
     "A 'micro-loan service company' says a 300k unsecured loan is approved but asks for a 6,800 'risk deposit' to its own account before releasing it.",
     MD.pay("TJ-FK-20260706-01", "2026-07-06 10:30",
            P("重庆渝信普惠金融服务有限公司", acct("maodu/fake-yuxin", 19, "3100"), "中国工商银行重庆大渡口支行",
              "corporate"),
            "6800", "服务费", "经营贷30万放款前风险保证金",
            I("im", "渝信普惠 客户经理唐经理", wxid("maodu/fake-yuxin-tang"),
              "谭总您好，您申请的小微经营贷30万已经审批下来了（无抵押，月息三厘二），按流程放款前要先交一笔风险保证金6800到我们公司账户，"
              "放款的时候一起退给您。今天交今天放，明天就要排到下周了哦😊", urgent=True),
            "E1602", ["E1600"]))

scam(MD, "fake_salary", "block",
     ["payroll_change", "payee_not_employee", "personal_account", "im_instruction", "new_contact", "first_time_payee",
      "unusual_bank_region"],
     "A 'new WeChat' of a cook asks that his June pay go to his 'cousin's' card because his own card is 'frozen'.",
     MD.pay("TJ-FK-20260708-01", "2026-07-08 15:20",
            P("孙建波", card("maodu/fake-cook-sunjianbo", "622188"), "中国邮政储蓄银行云南昭通分行", "personal"),
            "5600", "工资", "刘强6月工资（解放碑店厨师）",
            I("im", "刘强", wxid("maodu/fake-cook-newwx"),
              f"何会计，我刘强，换了个微信。我那张工资卡被冻了，钱取不出来，这个月工资麻烦打我表哥孙建波的卡，我跟他说好了的，"
              f"卡号{card('maodu/fake-cook-sunjianbo', '622188')}"),
            "E1602", ["E1601"]))

# ===========================================================================
# TENANT 2: banjin, 兰州金顺达汽车维修服务有限公司 (car repair and parts, Lanzhou)
# People: 马福成 owner E1620; 李娟 bookkeeper and cashier E1621; 王磊 parts buyer E1622;
# 苏晴 front desk E1623; mechanics 张永强 E1624, 杨海涛 E1625, 赵小龙 E1626.
# ===========================================================================
SD = Firm("banjin", "兰州金顺达汽车维修服务有限公司", acct("banjin/basic", 18, "1010"))
SD_OWNER_WX = wxid("banjin/owner-mafucheng")

SD01 = P("兰州汇通汽车配件有限公司", acct("banjin/SD01", 19, "2703"), "中国工商银行兰州七里河支行", "corporate",
         "V-SD01", tel("0931", "banjin/SD01"))
SD02 = P("甘肃陇运轮胎销售有限公司", acct("banjin/SD02", 17, "6200"), "甘肃银行兰州西站支行", "corporate",
         "V-SD02", tel("0931", "banjin/SD02"))
SD03_PHONE = mob("banjin/SD03-hanzhigang", "155")
SD03 = P("韩志刚", card("banjin/SD03-hanzhigang-old", "622848"), "中国农业银行兰州七里河支行", "personal",
         "V-SD03", SD03_PHONE)
SD04 = P("兰州恒润润滑油经销有限公司", acct("banjin/SD04", 18, "6201"), "兰州银行西固支行", "corporate",
         "V-SD04", tel("0931", "banjin/SD04"))
SD04_CHANGED = "2026-01-12 10:00"
SD05 = P("兰州建兰物业管理有限公司", acct("banjin/SD05", 18, "1010"), "兰州银行七里河支行", "corporate",
         "V-SD05", tel("0931", "banjin/SD05"))
SD06 = P("甘肃清源危险废物处置有限公司", acct("banjin/SD06", 19, "2703"), "中国工商银行白银分行", "corporate",
         "V-SD06", tel("0943", "banjin/SD06"))
SD07 = P("陕西云配网络科技有限公司", acct("banjin/SD07", 16, "6102"), "招商银行西安高新支行", "corporate",
         "V-SD07", tel("029", "banjin/SD07"))
SD_PAYROLL = P("兰州银行七里河支行（代发工资专户）", acct("banjin/payroll", 18, "1010"), "兰州银行七里河支行",
               "corporate", "PAY-01", None)

LONGTONG = C("兰州陇通物流有限公司", uscc("banjin/longtong", "91", "620105"), "调度 马经理",
             tel("0931", "banjin/longtong"), "diaodu@longtongwl.cn", None, "C-SD01")
XIAOMA = C("榆中县金崖小马汽车修理有限公司", uscc("banjin/xiaoma", "91", "620123"), "马小军",
           mob("banjin/xiaoma", "189"), None, wxid("banjin/xiaoma"), "C-SD02")


def sd_erp(text, by="李娟"):
    return I("erp", by, None, "付款审批单：" + text)


# --- banjin history --------------------------------------------------------
inv_sd_h1 = inv("banjin/SD01/0413", "62")
hist(SD, "Parts bill from the regular parts wholesaler.", SD.pay(
    "SD-FK-20260413-01", "2026-04-13 11:00", SD01, "23450", "货款", "4月上旬配件款（刹车片、滤清器、火花塞）",
    sd_erp(f"汇通汽配｜4月上旬配件款｜合同SD-CG-2026-01｜发票{inv_sd_h1}｜对账邮件来自duizhang@huitongqp.cn"),
    "E1621", ["E1620"], contract="SD-CG-2026-01", invoice=inv_sd_h1))

hist(SD, "Small parts from the sole-trader stall in the parts market, paid on the stallholder's own card.", SD.pay(
    "SD-FK-20260416-01", "2026-04-16 16:20", SD03, "3680", "货款", "机滤、灯泡、雨刮（汽配城志刚汽配）",
    sd_erp("志刚汽配（个体户韩志刚）｜机滤、灯泡、雨刮｜送货单6张"), "E1621", ["E1620"]))

hist(SD, "Monthly fleet service order from the established logistics customer.", SD.order(
    "SD-DD-20260417-01", "2026-04-17 10:30", LONGTONG,
    [it("车辆定期保养（含机油机滤）", 12, "台次", "680.00"), it("前轮刹车片更换", 6, "套", "420.00")],
    "email", "兰州市七里河区金顺达汽修厂", "2026-04-24", "月结30天", "4月车队保养计划"))

inv_sd_h4 = inv("banjin/SD02/0421", "62")
hist(SD, "Tyres from the regular tyre dealer.", SD.pay(
    "SD-FK-20260421-01", "2026-04-21 15:00", SD02, "18400", "货款", "4月轮胎款",
    sd_erp(f"陇运轮胎｜4月轮胎款｜合同SD-CG-2026-02｜发票{inv_sd_h4}"),
    "E1621", ["E1620"], contract="SD-CG-2026-02", invoice=inv_sd_h4))

inv_sd_h5 = inv("banjin/SD05/0424", "62")
hist(SD, "Quarterly workshop rent to the property company.", SD.pay(
    "SD-FK-20260424-01", "2026-04-24 11:30", SD05, "36000", "房租", "二季度厂房租金",
    sd_erp(f"建兰物业｜二季度厂房租金｜合同SD-ZL-2025-01｜发票{inv_sd_h5}"),
    "E1621", ["E1620"], contract="SD-ZL-2025-01", invoice=inv_sd_h5))

inv_sd_h6 = inv("banjin/SD04/0427", "62")
hist(SD, "Engine oil from the lubricant distributor whose account change dates from January.", SD.pay(
    "SD-FK-20260427-01", "2026-04-27 14:10", SD04, "15600", "货款", "4月机油款",
    sd_erp(f"恒润润滑油｜4月机油款｜经销协议SD-CG-2026-04｜发票{inv_sd_h6}"),
    "E1621", ["E1620"], contract="SD-CG-2026-04", invoice=inv_sd_h6, changed=SD04_CHANGED))

hist(SD, "April payroll through the bank's payroll service.", SD.pay(
    "SD-FK-20260430-01", "2026-04-30 17:30", SD_PAYROLL, "62300", "工资", "4月工资代发（11人）",
    sd_erp("4月工资代发（11人），工资表马总已签"), "E1621", ["E1620"]))

hist(SD, "Prepaid parts order from an established village garage.", SD.order(
    "SD-DD-20260508-01", "2026-05-08 10:40", XIAOMA,
    [it("陶瓷刹车片（前）", 20, "套", "210.00"), it("机油滤清器", 60, "个", "18.00")],
    "im", "榆中县金崖镇小马汽修", "2026-05-10", "款到发货（已到账）", "老样子，物流发过来"))

inv_sd_h9 = inv("banjin/SD01/0512", "62")
hist(SD, "Parts bill from the regular parts wholesaler.", SD.pay(
    "SD-FK-20260512-01", "2026-05-12 15:30", SD01, "27980", "货款", "4月下旬至5月上旬配件款",
    sd_erp(f"汇通汽配｜4月下旬至5月上旬配件款｜合同SD-CG-2026-01｜发票{inv_sd_h9}"),
    "E1621", ["E1620"], contract="SD-CG-2026-01", invoice=inv_sd_h9))

inv_sd_h10 = inv("banjin/SD06/0514", "62")
hist(SD, "Waste-oil and battery disposal by the licensed hazardous-waste firm.", SD.pay(
    "SD-FK-20260514-01", "2026-05-14 11:20", SD06, "2400", "处置费", "4-5月废机油、废电瓶处置费",
    sd_erp(f"清源危废｜4-5月废机油、废电瓶处置费｜合同SD-FW-2026-01｜发票{inv_sd_h10}"),
    "E1621", ["E1620"], contract="SD-FW-2026-01", invoice=inv_sd_h10))

hist(SD, "Monthly fleet service order from the established logistics customer.", SD.order(
    "SD-DD-20260518-01", "2026-05-18 09:40", LONGTONG,
    [it("车辆定期保养（含机油机滤）", 10, "台次", "680.00"), it("离合器片更换", 2, "套", "1350.00")],
    "email", "兰州市七里河区金顺达汽修厂", "2026-05-25", "月结30天", "5月车队保养计划"))

hist(SD, "Small parts from the sole-trader stall in the parts market, paid on the stallholder's own card.", SD.pay(
    "SD-FK-20260520-01", "2026-05-20 16:00", SD03, "4120", "货款", "机滤、灯泡、刹车油（汽配城志刚汽配）",
    sd_erp("志刚汽配（个体户韩志刚）｜机滤、灯泡、刹车油｜送货单7张"), "E1621", ["E1620"]))

hist(SD, "Prepayment top-up on the B2B parts platform the garage orders from.", SD.pay(
    "SD-FK-20260522-01", "2026-05-22 10:30", SD07, "5000", "预付款", "云配平台预存款充值",
    sd_erp("云配平台｜企业账户预存款充值｜平台按月开票"), "E1621", ["E1620"]))

hist(SD, "May payroll through the bank's payroll service.", SD.pay(
    "SD-FK-20260529-01", "2026-05-29 17:40", SD_PAYROLL, "64800", "工资", "5月工资代发（11人）",
    sd_erp("5月工资代发（11人），工资表马总已签"), "E1621", ["E1620"]))

# --- banjin test: routine --------------------------------------------------
inv_sd_r1 = inv("banjin/SD06/0601", "62")
routine(SD, "Waste-oil and battery disposal by the licensed hazardous-waste firm.", SD.pay(
    "SD-FK-20260601-01", "2026-06-01 10:20", SD06, "2650", "处置费", "5-6月废机油、废电瓶处置费",
    sd_erp(f"清源危废｜5-6月废机油、废电瓶处置费｜合同SD-FW-2026-01｜发票{inv_sd_r1}"),
    "E1621", ["E1620"], contract="SD-FW-2026-01", invoice=inv_sd_r1))

routine(SD, "Monthly fleet service order from the established logistics customer.", SD.order(
    "SD-DD-20260605-01", "2026-06-05 09:50", LONGTONG,
    [it("车辆定期保养（含机油机滤）", 11, "台次", "680.00"), it("前轮刹车片更换", 4, "套", "420.00")],
    "email", "兰州市七里河区金顺达汽修厂", "2026-06-12", "月结30天", "6月车队保养计划"))

routine(SD, "Monthly fleet service order from the established logistics customer.", SD.order(
    "SD-DD-20260618-01", "2026-06-18 10:10", LONGTONG,
    [it("空调系统检修加氟", 8, "台次", "260.00"), it("车辆定期保养（含机油机滤）", 3, "台次", "680.00")],
    "email", "兰州市七里河区金顺达汽修厂", "2026-06-24", "月结30天", "夏季空调检修"))

inv_sd_r4 = inv("banjin/SD05/0624", "62")
routine(SD, "Quarterly workshop rent to the property company.", SD.pay(
    "SD-FK-20260624-01", "2026-06-24 11:00", SD05, "36000", "房租", "三季度厂房租金",
    sd_erp(f"建兰物业｜三季度厂房租金｜合同SD-ZL-2025-01｜发票{inv_sd_r4}"),
    "E1621", ["E1620"], contract="SD-ZL-2025-01", invoice=inv_sd_r4))

routine(SD, "June payroll through the bank's payroll service.", SD.pay(
    "SD-FK-20260630-01", "2026-06-30 17:30", SD_PAYROLL, "65200", "工资", "6月工资代发（11人）",
    sd_erp("6月工资代发（11人），工资表马总已签"), "E1621", ["E1620"]))

routine(SD, "Prepaid parts order from an established village garage.", SD.order(
    "SD-DD-20260703-01", "2026-07-03 10:30", XIAOMA,
    [it("陶瓷刹车片（前）", 16, "套", "210.00"), it("空调滤芯", 40, "个", "22.00")],
    "im", "榆中县金崖镇小马汽修", "2026-07-05", "款到发货（已到账）", "还是物流发，谢了兄弟"))

# --- banjin test: hard negatives -------------------------------------------
inv_sd_hn2 = inv("banjin/SD01/0604", "62")
hardneg(SD, ["im_instruction", "boss_role"],
        "The owner, away at a parts fair, tells the bookkeeper on his usual WeChat to raise the parts bill that falls due and approves it from his phone.",
        SD.pay("SD-FK-20260604-01", "2026-06-04 11:30", SD01, "26730", "货款", "5月中下旬配件款",
               I("im", "马福成", SD_OWNER_WX,
                 "李娟，汇通5月下半月的货款今天到期了，对账单王磊核过了，发飘我也看了没麻达，你在系统里提一哈，"
                 "我在西安配件展上，手机上给你批。"),
               "E1621", ["E1620"], contract="SD-CG-2026-01", invoice=inv_sd_hn2))

hardneg(SD, ["personal_account", "first_time_payee", "task_rebate_words"],
        "A casual labourer from the labour market who unloaded two truckloads of tyres is paid three days' wages on his own card.",
        SD.pay("SD-FK-20260606-01", "2026-06-06 17:30",
               P("白有福", card("banjin/baiyoufu-labour", "622848"), "中国农业银行兰州七里河支行", "personal"),
               "540", "劳务费", "临时搬运工3天日结工钱（卸轮胎、倒库）",
               I("in_person", "王磊", None,
                 "库房到了两车胎，叫了劳务市场的白师傅卸了3天，一天180，日结的，他没有微信，打他农行卡，身份证拍了存档。"),
               "E1622", ["E1620"]))

inv_sd_hn4 = inv("banjin/SD04/0609", "62")
hardneg(SD, ["task_rebate_words", "account_changed_long_ago"],
        "The engine-oil bill is paid net of the first-quarter rebate the lubricant distributor granted under the dealer agreement.",
        SD.pay("SD-FK-20260609-01", "2026-06-09 15:20", SD04, "13260", "货款", "5月机油款15600元，扣一季度返点2340元后实付",
               sd_erp(f"恒润润滑油｜5月机油款15600元，按2026年经销协议冲抵一季度返点2340元（返点确认函已盖章），"
                      f"实付13260元｜发票{inv_sd_hn4}"),
               "E1621", ["E1620"], contract="SD-CG-2026-04", invoice=inv_sd_hn4, changed=SD04_CHANGED))

hardneg(SD, ["task_rebate_words", "first_time_payee"],
        "A half-year purchase rebate owed under a written agreement goes to the corporate account of a village garage that buys parts from the shop.",
        SD.pay("SD-FK-20260611-01", "2026-06-11 16:00",
               P("榆中县金崖小马汽车修理有限公司", acct("banjin/xiaoma", 17, "6200"), "甘肃榆中农村商业银行", "corporate"),
               "3600", "返点", "2026年上半年配件采购返点（协议3%）",
               sd_erp("小马汽修上半年从我司采购配件12万元，按《年度采购返点协议》返3%计3600元，付至对方对公户（与其付款账户一致），对方开收据"),
               "E1621", ["E1620"], contract="SD-XS-2026-07"))

hardneg(SD, ["off_hours", "personal_account", "first_time_payee", "phone_instruction", "urgency"],
        "Late on a Saturday night a sole-trader tow-truck driver who hauled a regular customer's broken-down car off the motorway is paid on his own card on the owner's phone instruction.",
        SD.pay("SD-FK-20260613-01", "2026-06-13 22:30",
               P("何建平", card("banjin/hejianping-tow", "621700"), "中国建设银行兰州西固支行", "personal"),
               "600", "拖车费", "客户车辆高速抛锚拖车费（柳沟河—七里河）",
               I("phone", "马福成", mob("banjin/owner-mafucheng", "189"),
                 "马总电话交代：老客户的车在连霍高速柳沟河抛锚了，叫了何师傅的拖车拖回厂里，600块，"
                 "何师傅是个体拖车，直接转他卡上，回头算进客户维修款里。", urgent=True),
               "E1621", ["E1620"]))

SUN_CARD = card("banjin/sunzhiqiang", "622202")
hardneg(SD, ["refund_words", "personal_account", "first_time_payee", "sales_order_linked"],
        "An engine-overhaul deposit is refunded to the same bank card the car owner paid it with, after the block could not be sourced.",
        SD.pay("SD-FK-20260616-01", "2026-06-16 15:40",
               P("孙志强", SUN_CARD, "中国工商银行兰州安宁支行", "personal"),
               "2000", "退款", "发动机大修定金退回（配件缺货取消）",
               sd_erp(f"车主孙志强6月5日刷卡付发动机大修定金2000元（POS小票存档，工行卡尾号{SUN_CARD[-4:]}），"
                      f"原厂缸体缺货取消维修，原路退回其付款银行卡"),
               "E1621", ["E1620"], order="GD-0605-11"))

inv_sd_hn3 = inv("banjin/junchi/0617", "44")
hardneg(SD, ["first_time_payee", "unusual_bank_region"],
        "First payment to a Guangzhou parts wholesaler for an imported gearbox, against a purchase order and a signed goods-received note.",
        SD.pay("SD-FK-20260617-01", "2026-06-17 14:30",
               P("广州市骏驰汽车配件贸易有限公司", acct("banjin/junchi", 19, "3602"), "中国工商银行广州花都支行",
                 "corporate", "V-SD09", tel("020", "banjin/junchi")),
               "18500", "货款", "进口6AT变速箱总成1台",
               sd_erp(f"骏驰汽配｜进口6AT变速箱总成1台｜采购单SD-PO-2606-004｜到货验收单0616-02（王磊签收）｜发票{inv_sd_hn3}", by="王磊"),
               "E1622", ["E1620"], invoice=inv_sd_hn3))

SD03_NEW = dict(SD03, account_no=card("banjin/SD03-hanzhigang-new", "621700"), bank="中国建设银行兰州安宁支行")
hardneg(SD, ["account_changed_recent", "first_time_payee", "personal_account", "account_change_words"],
        "The parts-market stallholder's card was swallowed by an ATM, so he brought his ID and a new card to the shop and was called back on his number on file before the change was keyed.",
        SD.pay("SD-FK-20260623-01", "2026-06-23 15:10", SD03_NEW, "3950", "货款", "6月上旬机滤、灯泡款（汽配城志刚汽配）",
               I("in_person", "韩志刚", None,
                 "韩志刚6月20日到店，说原来的农行卡被ATM吞了已挂失，拿了新办的建行卡和身份证；"
                 "李娟打他登记在供应商资料里的老手机号回拨确认，是他本人，登记了新卡。"),
               "E1621", ["E1620"], changed="2026-06-20 10:30",
               verified=V(SD03_PHONE, "E1621", "2026-06-20 10:40")))

hardneg(SD, ["new_customer", "large_first_order"],
        "A driving school new to the garage books servicing for 25 training cars and has already paid in full from its corporate account.",
        SD.order("SD-DD-20260626-01", "2026-06-26 10:50",
                 C("兰州安行机动车驾驶员培训有限公司", uscc("banjin/anxing", "91", "620105"), "车管 马科长",
                   tel("0931", "banjin/anxing"), "chegan@anxingjx.cn", None, None),
                 [it("教练车保养（含机油机滤）", 25, "台次", "520.00"), it("离合器片更换", 10, "套", "860.00")],
                 "phone", "兰州市安宁区安行驾校训练场", "2026-07-05", "全款预付（6月25日已对公到账）",
                 "暑期学车高峰前集中保养，款已从驾校对公户打过来了，车分批开过来。"))

hardneg(SD, ["institution_claim", "new_customer", "credit_terms_requested"],
        "A sub-district office sends two official cars under the district's government-procurement designated-repair agreement, paid by the treasury after acceptance.",
        SD.order("SD-DD-20260701-01", "2026-07-01 11:20",
                 C("兰州市七里河区建兰路街道办事处", uscc("banjin/jianlan-jiedao", "11", "620103"), "综合办 王主任",
                   tel("0931", "banjin/jianlan-jiedao"), None, None, None),
                 [it("公务车辆更换正时皮带套件", 2, "台次", "1850.00")],
                 "other", "兰州市七里河区金顺达汽修厂", "2026-07-08", "完工验收后财政国库集中支付",
                 "七里河区公务车辆定点维修协议（政府采购），我厂为第二批定点厂，派车单JL-2026-031。"))

hardneg(SD, ["deposit_words", "first_time_payee"],
        "A lease deposit for a parts shopfront goes to the parts-market management company named in the signed lease.",
        SD.pay("SD-FK-20260704-01", "2026-07-04 10:40",
               P("兰州汽配城市场管理有限公司", acct("banjin/qipeicheng", 18, "1010"), "兰州银行七里河支行", "corporate",
                 "V-SD10", tel("0931", "banjin/qipeicheng")),
               "10000", "押金", "汽配城C区12号门面租赁押金",
               sd_erp("汽配城市场管理公司｜C区12号门面租赁押金｜租赁合同SD-ZL-2026-03｜马总现场看过门面"),
               "E1621", ["E1620"], contract="SD-ZL-2026-03"))

hardneg(SD, ["topup_words"],
        "Monthly prepayment top-up on the B2B parts platform the garage has ordered from since spring.",
        SD.pay("SD-FK-20260706-01", "2026-07-06 10:10", SD07, "8000", "预付款", "云配平台预存款充值（7月）",
               sd_erp("云配平台｜企业账户预存款充值8000元，充值单号YP-2607-00391｜平台按月开票"),
               "E1621", ["E1620"]))

hardneg(SD, ["personal_account", "first_time_payee", "vague_memo"],
        "The owner repays half of a documented 100k winter cash-flow loan from his uncle to the uncle's own card.",
        SD.pay("SD-FK-20260709-01", "2026-07-09 16:30",
               P("马永贵", card("banjin/mayonggui", "622848"), "中国农业银行临夏分行", "personal"),
               "50000", "还款", "归还借款",
               I("in_person", "马福成", None,
                 "马福成交代：去年冬天淡季工资发不出来，跟我舅舅马永贵借了10万周转，借条在保险柜里，这次先还5万，打他本人农行卡。"),
               "E1621", ["E1620"]))

GUO_CARD = card("banjin/guohaiyan", "621661")
hardneg(SD, ["refund_words", "overpayment", "personal_account", "first_time_payee", "sales_order_linked"],
        "After the insurer paid a crash repair in full, the part the car owner had paid herself goes back to the card she paid with.",
        SD.pay("SD-FK-20260710-01", "2026-07-10 11:30",
               P("郭海燕", GUO_CARD, "中国银行兰州城关支行", "personal"),
               "4500", "退款", "保险公司已直赔，退还车主自付部分",
               sd_erp(f"车主郭海燕追尾维修，6月24日车主先刷卡自付4500元（中行卡尾号{GUO_CARD[-4:]}），"
                      f"7月8日保险公司直赔款9800元已到账（含该部分），按原路退回车主付款卡"),
               "E1621", ["E1620"], order="GD-0624-07"))

# --- banjin test: scams ----------------------------------------------------
scam(SD, "boss_impersonation", "flag",
     ["im_instruction", "new_contact", "boss_role", "first_time_payee", "personal_account", "no_approval",
      "cannot_call", "bypass_process", "urgency"],
     "A voice-to-text message from the 'owner's new number' tells the bookkeeper to transfer 32k to a parts dealer's private card while he is 'driving on the motorway', with no approval.",
     SD.pay("SD-FK-20260603-01", "2026-06-03 10:50",
            P("周海龙", card("banjin/fake-boss-zhouhailong", "622202"), "中国工商银行定西分行", "personal"),
            "32000", "货款", "配件款（老周）",
            I("im", "马福成", wxid("banjin/fake-owner-newwx"),
              "[语音转文字] 李娟 我马福成 这个是我新号 旧手机掉水里了 你现在给配件城老周那边装三万二 他那边变速箱的货等着提 "
              "账号我一哈发给你 我在高速上开车 接不了电话 到了兰州再给你补单子 赶紧些", urgent=True),
            "E1621", []))

SD01_FAKE = dict(SD01, name="周国华", account_no=card("banjin/fake-huitong-zhouguohua", "621700"),
                 bank="中国建设银行银川兴庆支行", account_type="personal")
inv_sd_b2 = inv("banjin/SD01/0608", "62")
scam(SD, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "personal_account", "payee_name_mismatch", "email_instruction",
      "lookalike_domain", "account_change_words", "unusual_bank_region"],
     "A look-alike of the parts supplier's e-mail domain announces a 'tax-audit freeze' and redirects payment to the legal representative's personal card, keyed into the vendor master three days earlier.",
     SD.pay("SD-FK-20260608-01", "2026-06-08 14:50", SD01_FAKE, "31260", "货款", "5月下旬至6月初配件款",
            I("email", "兰州汇通汽车配件有限公司 财务部", "duizhang@huitong-qp.cn",
              "金顺达汽修 李会计：\n"
              "我司对公账户因税务稽查暂被限制收款（预计7月解除），期间货款请汇入我司法定代表人周国华个人账户，"
              "盖章的《收款账户变更告知函》见附件，原对公账户暂停使用，给贵司带来不便敬请谅解。\n"
              "汇通汽配 财务部 刘会计"),
            "E1622", ["E1620"], contract="SD-CG-2026-01", invoice=inv_sd_b2, changed="2026-06-05 16:10"))

SD02_NEW = dict(SD02, account_no=acct("banjin/SD02-fake-new", 19, "2012"), bank="中国工商银行佛山南海支行")
inv_sd_b3 = inv("banjin/SD02/0616", "62")
scam(SD, "account_change", "flag",
     ["account_changed_long_ago", "first_time_payee", "unusual_bank_region"],
     "Structural only: the tyre dealer's account was switched to a Foshan bank in early May, outside the 30-day window, and this routine-looking bill is the first payment to it.",
     SD.pay("SD-FK-20260616-02", "2026-06-16 16:20", SD02_NEW, "21600", "货款", "6月轮胎款（夏季胎32条）",
            sd_erp(f"陇运轮胎｜6月轮胎款｜合同SD-CG-2026-02｜发票{inv_sd_b3}"),
            "E1622", ["E1620"], contract="SD-CG-2026-02", invoice=inv_sd_b3, changed="2026-05-02 11:20"))

scam(SD, "fake_purchaser", "flag",
     ["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested", "far_delivery",
      "large_first_order", "urgency"],
     "A 'new buyer at the fleet customer', under a company name two characters longer than the real one, orders 85.6k of tyres and batteries on 60-day credit to a Wuwei logistics park.",
     SD.order("SD-DD-20260610-01", "2026-06-10 15:30",
              C("兰州陇通物流运输有限公司", uscc("banjin/fake-longtong", "91", "620105"), "采购 刘经理",
                mob("banjin/fake-longtong-liu", "155"), "longtongwl2026@163.com", None, None),
              [it("载重轮胎12R22.5", 40, "条", "1650.00"), it("免维护蓄电池6-QW-180", 20, "块", "980.00")],
              "phone", "武威市凉州区某物流园B区12号库", "2026-06-12", "货到60天结（同陇通以往月结）",
              "自称陇通物流新来的采购刘经理，说公司在武威新开了分公司，车队要换胎换电瓶，价格不压，按你们报价来，"
              "就是急，后天要到武威，账期跟陇通以前一样走。留的是163邮箱和手机，没用过陇通原来的调度电话。"))

WJ_ORDER_ID = "SD-DD-20260612-01"
scam(SD, "fake_order", "flag",
     ["institution_claim", "new_customer", "designated_supplier", "contact_im_only"],
     "A 'squad leader' of an armed-police unit books a fleet service and asks the garage to buy 200 drums of antifreeze from the one maker 'the unit accepts', to be billed together.",
     SD.order(WJ_ORDER_ID, "2026-06-12 11:10",
              C("武警某部车管股", None, "王班长", mob("banjin/fake-wj-wang", "193"), None, wxid("banjin/fake-wj-wang"), None),
              [it("车辆定期保养（含机油机滤）", 8, "台次", "680.00"), it("全合成机油4L", 40, "桶", "260.00")],
              "im", "兰州市城关区某营区车场", "2026-06-16", "部队财务对公转账，保养完一次结清",
              "王班长说支队车辆半年保养放在你们这，价格你们报就行。另外要200桶零下45度专用防冻液，部队只认雪峰这一家，"
              "是上面定的，他们跟雪峰没有对公合同不好直接采，叫我们帮忙采了一起开票，钱一起结。雪峰的联系人微信推过来了。",
              third_party=TP("甘肃雪峰车用化学品有限公司", mob("banjin/fake-xuefeng", "155"), "designated_supplier", "26000")))

scam(SD, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof", "im_instruction", "urgency"],
     "The parts buyer asks to pay the antifreeze maker 26k first, because the 'unit' sent a transfer-receipt screenshot that 'takes 24 hours to clear'.",
     SD.pay("SD-FK-20260615-01", "2026-06-15 16:40",
            P("甘肃雪峰车用化学品有限公司", acct("banjin/fake-xuefeng", 19, "2714"), "中国农业银行临夏分行", "corporate"),
            "26000", "代采购", "代采购零下45度防冻液200桶（武警车管订单）",
            I("im", "王磊", wxid("banjin/staff-wanglei"),
              "李娟，武警那边王班长把对公转账回单截图发过来了，说部队的款要24小时才到，雪峰那边要先见款才装车，明天一早要送到营区。"
              "你先把2万6付给雪峰，部队的钱到了一起冲。", urgent=True),
            "E1622", ["E1620"], order=WJ_ORDER_ID))

scam(SD, "authority_impersonation", "block",
     ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee", "urgency",
      "no_approval", "unusual_bank_region"],
     "A 'police economic-crime officer' on the phone says a repair receipt was scam money and has the bookkeeper move 180k to a 'national safe account' for verification, telling her to tell no one.",
     SD.pay("SD-FK-20260618-01", "2026-06-18 15:30",
            P("海南中盛鑫达商贸有限公司", acct("banjin/fake-police-zhongsheng", 17, "4600"), "中国银行海口分行", "corporate"),
            "180000", "资金核查", "配合公安资金核查",
            I("phone", "自称兰州市公安局经侦支队 赵警官", mob("banjin/fake-police-zhao", "155"),
              "来电内容（李娟事后补记）：你们公司对公户收的一笔维修款是电诈赃款，账户涉嫌帮助洗钱，马上要冻结。"
              "要想不冻结，今天把账上18万转到公安指定的国家安全账户做资金核查，查清没问题48小时内原数退回。"
              "这是秘密侦查，不能告诉老板和任何人，否则按妨碍侦查处理。", urgent=True),
            "E1621", []))

scam(SD, "fake_invoice", "flag",
     ["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency", "evasion_fullwidth"],
     "A mailed 'domain expiry notice' in full-width digits bills 1,980 to renew a Chinese-language domain the garage never registered.",
     SD.pay("SD-FK-20260622-01", "2026-06-22 10:40",
            P("北京华网通域名管理中心", acct("banjin/fake-domain", 19, "1100"), "中国农业银行北京海淀支行", "corporate"),
            "1980", "续费", "中文域名及通用网址年度续费",
            I("letter", "华网通域名管理中心", None,
              "《中文域名到期续费通知书》\n贵单位注册的中文域名「金顺达汽修.中国」及通用网址将于２０２６年６月３０日到期，"
              "逾期将被他人抢注，由此造成的品牌损失由贵单位自行承担。请于到期前将续费１９８０元汇至下列账户。"
              "（本通知即为续费凭证，收款后寄发票）", urgent=True),
            "E1623", ["E1621"]))

scam(SD, "advance_fee", "flag",
     ["loan_fee_words", "first_time_payee", "urgency", "im_instruction"],
     "A loan broker says the 200k equipment loan for a wheel aligner is 'frozen' by a wrong card number and wants a 5,000 unfreezing fee to its company account.",
     SD.pay("SD-FK-20260625-01", "2026-06-25 15:00",
            P("甘肃融信达金融信息服务有限公司", acct("banjin/fake-rongxinda", 18, "6202"), "兰州农村商业银行安宁支行",
              "corporate"),
            "5000", "手续费", "贷款解冻金",
            I("im", "融信达 贷款专员杨经理", wxid("banjin/fake-rongxinda-yang"),
              "马总，您申请的20万设备贷款系统已经放款了，但是您填的收款卡号少了一位，资金被银行风控冻结在过渡账户里。"
              "需要先交一笔解冻金5000到我们公司账户，解冻后连同贷款一起到账，超过今天就要走人工复核，至少一个月。", urgent=True),
            "E1621", ["E1620"]))

scam(SD, "account_lending", "block",
     ["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction"],
     "The owner's friend has 86k paid into the garage account and asks for 85k to be forwarded to a labour company, leaving 1,000 as a 'thank-you'.",
     SD.pay("SD-FK-20260629-01", "2026-06-29 14:20",
            P("甘肃宏泰劳务服务有限公司", acct("banjin/lending-hongtai", 19, "2703"), "中国工商银行白银分行", "corporate"),
            "85000", "往来款", "代马建军转付",
            I("im", "马建军", wxid("banjin/lending-majianjun"),
              "李会计，我跟你们马总说好了的。上午兰州鑫盛建材商行打到你们公户的86000是我的工程款，我那边公司账户被冻了收不了，"
              "借你们账户走一下帐，麻烦转85000给宏泰劳务，剩下1000算给你们的辛苦费，收据我回头补。"),
            "E1621", ["E1620"]))

scam(SD, "overpayment_refund", "block",
     ["refund_to_other_account", "overpayment", "fake_payment_proof", "refund_words", "personal_account",
      "first_time_payee", "sales_order_linked", "urgency"],
     "A walk-in driver shows a 'pending' 6,800 transfer for a 3,800 repair and wants 3,000 refunded at once to his wife's card, although nothing has arrived.",
     SD.pay("SD-FK-20260702-01", "2026-07-02 17:20",
            P("刘彩霞", card("banjin/overpay-liucaixia", "622188"), "中国邮政储蓄银行兰州西固区支行", "personal"),
            "3000", "退款", "客户多付修车款退回（车主陈立新）",
            I("in_person", "陈立新", None,
              "前台记录：车主陈立新取车，修理费3800，他用手机银行转了6800，给我们看了转账页面（写着「预计24小时内到账，以实际到账为准」），"
              "说多转了3000，他着急走，要我们先把3000退到他老婆刘彩霞的卡上，说他自己那张是信用卡收不了。公户目前没看到这笔钱。",
              urgent=True),
            "E1623", ["E1620"], order="GD-0702-05"))

scam(SD, "fake_salary", "block",
     ["payee_not_employee", "payee_shared_by_employees", "personal_account", "first_time_payee"],
     "Structural only: the three mechanics' June wages go in one transfer to a card held by someone on no payroll list, on a bland payroll line.",
     SD.pay("SD-FK-20260706-02", "2026-07-06 16:50",
            P("马晓东", card("banjin/fake-salary-maxiaodong", "622848"), "中国农业银行兰州七里河支行", "personal"),
            "19800", "工资", "6月机修组工资（张永强、杨海涛、赵小龙）",
            sd_erp("6月机修组3人工资，按工资表合并发放"), "E1621", ["E1620"]))

scam(SD, "task_rebate", "flag",
     ["first_time_payee", "third_party_payment_endpoint", "no_po_contract", "unusual_bank_region"],
     "Structural only: the front-desk clerk, secretly paying 'tasks' on a rebate app, requests 1,200 for 'office supplies' to a Haikou payment-collection merchant never used before, with no order or delivery note.",
     SD.pay("SD-FK-20260707-01", "2026-07-07 11:20",
            P("海口星耀网络科技有限公司", acct("banjin/task-xingyao", 16, "1100"), "平安银行海口分行", "corporate"),
            "1200", "办公用品", "打印纸、硒鼓",
            sd_erp("打印纸、硒鼓一批｜对方扫码收款商户", by="苏晴"), "E1623", ["E1621"]))

scam(SD, "task_rebate", "flag",
     ["first_time_payee", "third_party_payment_endpoint", "no_po_contract", "vague_memo", "urgency",
      "unusual_bank_region"],
     "Structural only: a day later the same clerk asks 4,800 of 'parts money' for another unknown collection merchant, four times the previous request and outside the parts buyer's suppliers.",
     SD.pay("SD-FK-20260708-01", "2026-07-08 16:40",
            P("长沙叁拾陆度电子商务有限公司", acct("banjin/task-36du", 18, "8001"), "长沙银行岳麓支行", "corporate"),
            "4800", "货款", "配件款（急）",
            sd_erp("配件款｜对方商户收款", by="苏晴"), "E1623", ["E1621"]))

# ===========================================================================
# TENANT 3: tangxin, 阿克苏市糖心果园苹果种植农民专业合作社 (apple cooperative, Aksu)
# People: 王建新 chairman 理事长 E1640; 阿不都热合曼·吐尔逊 vice-chairman E1641; 李春梅 accountant E1642;
# 古丽娜尔·艾力 cashier E1643; 周婷 online-shop clerk E1644; 马俊 sales E1645.
# Offices keep roughly 10:00-20:00 Beijing time.
# ===========================================================================
TX = Firm("tangxin", "阿克苏市糖心果园苹果种植农民专业合作社", acct("tangxin/basic", 17, "8806"))
TX_CHAIR_WX = wxid("tangxin/chair-wangjianxin")

TX01 = P("阿克苏天润包装制品有限公司", acct("tangxin/TX01", 18, "3029"), "中国农业银行阿克苏分行", "corporate",
         "V-TX01", tel("0997", "tangxin/TX01"))
TX02 = P("阿克苏浙阿冷链仓储有限公司", acct("tangxin/TX02", 17, "8806"), "阿克苏农村商业银行营业部", "corporate",
         "V-TX02", tel("0997", "tangxin/TX02"))
TX03 = P("阿克苏丰收农资有限公司", acct("tangxin/TX03", 19, "3002"), "中国工商银行阿克苏分行", "corporate",
         "V-TX03", tel("0997", "tangxin/TX03"))
TX04 = P("吐尔逊·阿木提", card("tangxin/TX04-tuerxun", "622848"), "中国农业银行阿克苏红旗坡支行", "personal",
         "V-TX04", mob("tangxin/TX04-tuerxun", "155"))
TX05 = P("新疆天山冷链物流有限公司", acct("tangxin/TX05", 18, "6505"), "中国建设银行乌鲁木齐分行", "corporate",
         "V-TX05", tel("0991", "tangxin/TX05"))
TX06 = P("上海果多多网络科技有限公司", acct("tangxin/TX06", 16, "3101"), "招商银行上海分行营业部", "corporate",
         "V-TX06", tel("021", "tangxin/TX06"))
ZHANGDEFU = P("张德福", card("tangxin/member-zhangdefu", "621700"), "中国建设银行阿克苏分行", "personal",
              "M-023", mob("tangxin/member-zhangdefu", "189"))
TX_PAYROLL = P("阿克苏农村商业银行营业部（代发工资专户）", acct("tangxin/payroll", 17, "8806"),
               "阿克苏农村商业银行营业部", "corporate", "PAY-01", None)

XIANGUOHUI = C("广州市鲜果汇果品贸易有限公司", uscc("tangxin/xianguohui", "91", "440103"), "陈经理",
               tel("020", "tangxin/xianguohui"), "cg@xianguohui-gz.cn", None, "C-TX01")
JIUDING = C("乌鲁木齐九鼎果业有限公司", uscc("tangxin/jiuding", "91", "650104"), "采购 何经理",
            tel("0991", "tangxin/jiuding"), "jdgy@jiudingguoye.cn", None, "C-TX02")
XIANFENGHUI = C("鲜丰汇超市连锁有限公司", uscc("tangxin/xianfenghui", "91", "330106"), "生鲜采购 沈经理",
                tel("0571", "tangxin/xianfenghui"), "shengxian@xianfenghui.com.cn", None, "C-TX03")
SILU = C("喀什丝路鲜果商贸有限公司", uscc("tangxin/silu", "91", "653101"), "艾老板",
         mob("tangxin/silu-ai", "193"), None, wxid("tangxin/silu-ai"), "C-TX04")


def tx_erp(text, by="李春梅"):
    return I("erp", by, None, "合作社付款审批：" + text)


# --- tangxin history -------------------------------------------------------
hist(TX, "Cold-store apple order from the established Guangzhou wholesaler, paid before shipment.", TX.order(
    "TX-XS-20260414-01", "2026-04-14 12:10", XIANGUOHUI,
    [it("冰糖心苹果（80#，冷库货）", 20000, "千克", "6.80")],
    "phone", "广州市白云区江南果菜批发市场鲜果汇档口", "2026-04-20", "款到发货", "4月冷库货，款已到"))

inv_tx_h2 = inv("tangxin/TX02/0416", "65")
hist(TX, "April cold-storage rent.", TX.pay(
    "TX-FK-20260416-01", "2026-04-16 16:40", TX02, "32000", "仓储费", "4月冷库租金（400吨库位）",
    tx_erp(f"浙阿冷链｜4月冷库租金｜合同TX-ZL-2025-01｜发票{inv_tx_h2}"),
    "E1642", ["E1640"], contract="TX-ZL-2025-01", invoice=inv_tx_h2))

inv_tx_h3 = inv("tangxin/TX05/0420", "65")
hist(TX, "Refrigerated freight to Guangzhou by the regular cold-chain carrier.", TX.pay(
    "TX-FK-20260420-01", "2026-04-20 12:30", TX05, "18600", "运费", "阿克苏—广州冷链运费（20吨）",
    tx_erp(f"天山冷链｜阿克苏—广州冷链运费｜合同TX-WL-2026-01｜发票{inv_tx_h3}"),
    "E1642", ["E1640"], contract="TX-WL-2026-01", invoice=inv_tx_h3))

inv_tx_h4 = inv("tangxin/TX03/0423", "65")
hist(TX, "Spring fertiliser from the regular farm-supply dealer.", TX.pay(
    "TX-FK-20260423-01", "2026-04-23 17:10", TX03, "46800", "货款", "春季有机肥、复合肥款",
    tx_erp(f"丰收农资｜春季有机肥、复合肥款｜合同TX-CG-2026-03｜发票{inv_tx_h4}"),
    "E1642", ["E1640"], contract="TX-CG-2026-03", invoice=inv_tx_h4))

hist(TX, "Apple order from the established supermarket chain on monthly terms.", TX.order(
    "TX-XS-20260428-01", "2026-04-28 13:00", XIANFENGHUI,
    [it("冰糖心苹果（85#，冷库货）", 12000, "千克", "7.20")],
    "email", "杭州市余杭区鲜丰汇生鲜配送中心", "2026-05-06", "月结30天", "五一档期"))

hist(TX, "Blossom-thinning labour paid to the contracted crew leader's own card.", TX.pay(
    "TX-FK-20260507-01", "2026-05-07 18:30", TX04, "38400", "劳务费", "疏花疏果劳务费（32人×8天）",
    tx_erp("吐尔逊·阿木提劳务队｜疏花疏果劳务费｜劳务承包协议TX-LW-2026-01｜考勤表、工人签字名单附后"),
    "E1642", ["E1640"], contract="TX-LW-2026-01"))

hist(TX, "Cold-store apple settlement for a long-standing member farmer, paid to his own card.", TX.pay(
    "TX-FK-20260509-01", "2026-05-09 12:20", ZHANGDEFU, "26500", "果款", "社员冷库果款结算（10.2吨）",
    tx_erp("社员张德福（社员证TX-M-023）冷库果10.2吨，按社员大会定价2.6元/kg结算"), "E1642", ["E1640"]))

inv_tx_h8 = inv("tangxin/TX01/0512", "65")
hist(TX, "Fruit cartons from the regular packaging maker.", TX.pay(
    "TX-FK-20260512-01", "2026-05-12 16:00", TX01, "21300", "货款", "5kg、10kg水果纸箱款",
    tx_erp(f"天润包装｜5kg、10kg水果纸箱款｜合同TX-CG-2026-01｜发票{inv_tx_h8}"),
    "E1642", ["E1640"], contract="TX-CG-2026-01", invoice=inv_tx_h8))

hist(TX, "Annual technical-service fee of the e-commerce platform the co-op sells on.", TX.pay(
    "TX-FK-20260515-01", "2026-05-15 12:40", TX06, "6000", "服务费", "果多多店铺年度技术服务费",
    tx_erp("果多多｜店铺年度技术服务费｜商家后台生成对公付款单｜平台开票", by="周婷"), "E1644", ["E1642"]))

hist(TX, "Apple order from the established Urumqi fruit wholesaler, paid before shipment.", TX.order(
    "TX-XS-20260518-01", "2026-05-18 11:30", JIUDING,
    [it("冰糖心苹果（80#，冷库货）", 15000, "千克", "6.60")],
    "email", "乌鲁木齐市北园春果蔬批发市场九鼎库", "2026-05-22", "款到发货", "5月货"))

inv_tx_h11 = inv("tangxin/TX02/0520", "65")
hist(TX, "May cold-storage rent.", TX.pay(
    "TX-FK-20260520-01", "2026-05-20 17:00", TX02, "30500", "仓储费", "5月冷库租金",
    tx_erp(f"浙阿冷链｜5月冷库租金｜合同TX-ZL-2025-01｜发票{inv_tx_h11}"),
    "E1642", ["E1640"], contract="TX-ZL-2025-01", invoice=inv_tx_h11))

hist(TX, "Small first order from a Kashgar fruit trader, paid in full before shipment.", TX.order(
    "TX-XS-20260521-01", "2026-05-21 13:10", SILU,
    [it("冰糖心苹果（80#，冷库货）", 3000, "千克", "6.90")],
    "phone", "喀什市疏附县果品交易市场", "2026-05-24", "款到发货（已到账）", "先拿3吨试试市场"))

inv_tx_h13 = inv("tangxin/TX05/0525", "65")
hist(TX, "Refrigerated freight by the regular cold-chain carrier.", TX.pay(
    "TX-FK-20260525-01", "2026-05-25 15:20", TX05, "17900", "运费", "阿克苏—乌鲁木齐、喀什冷链运费",
    tx_erp(f"天山冷链｜5月冷链运费｜合同TX-WL-2026-01｜发票{inv_tx_h13}"),
    "E1642", ["E1640"], contract="TX-WL-2026-01", invoice=inv_tx_h13))

hist(TX, "May payroll of the co-op's staff through the bank's payroll service.", TX.pay(
    "TX-FK-20260528-01", "2026-05-28 19:00", TX_PAYROLL, "41600", "工资", "5月工资代发（9人）",
    tx_erp("5月工资代发（9人），工资表理事长已签"), "E1642", ["E1640"]))

# --- tangxin test: routine -------------------------------------------------
inv_tx_r1 = inv("tangxin/TX02/0602", "65")
routine(TX, "June cold-storage rent.", TX.pay(
    "TX-FK-20260602-01", "2026-06-02 12:00", TX02, "31200", "仓储费", "6月冷库租金",
    tx_erp(f"浙阿冷链｜6月冷库租金｜合同TX-ZL-2025-01｜发票{inv_tx_r1}"),
    "E1642", ["E1640"], contract="TX-ZL-2025-01", invoice=inv_tx_r1))

JIUDING_JUNE_ID = "TX-XS-20260605-01"
routine(TX, "Apple order from the established Urumqi fruit wholesaler, paid before shipment.", TX.order(
    JIUDING_JUNE_ID, "2026-06-05 11:20", JIUDING,
    [it("冰糖心苹果（80#，冷库货）", 15000, "千克", "6.80")],
    "email", "乌鲁木齐市北园春果蔬批发市场九鼎库", "2026-06-09", "款到发货", "6月货"))

inv_tx_r3 = inv("tangxin/TX05/0616", "65")
routine(TX, "Refrigerated freight by the regular cold-chain carrier.", TX.pay(
    "TX-FK-20260616-01", "2026-06-16 16:30", TX05, "16400", "运费", "阿克苏—乌鲁木齐冷链运费（15吨）",
    tx_erp(f"天山冷链｜6月上半月冷链运费｜合同TX-WL-2026-01｜发票{inv_tx_r3}"),
    "E1642", ["E1640"], contract="TX-WL-2026-01", invoice=inv_tx_r3))

routine(TX, "Cold-store apple order from the established Guangzhou wholesaler, paid before shipment.", TX.order(
    "TX-XS-20260623-01", "2026-06-23 11:50", XIANGUOHUI,
    [it("冰糖心苹果（80#，冷库货）", 18000, "千克", "6.90")],
    "phone", "广州市白云区江南果菜批发市场鲜果汇档口", "2026-06-29", "款到发货", "6月下旬冷库货"))

routine(TX, "June payroll of the co-op's staff through the bank's payroll service.", TX.pay(
    "TX-FK-20260630-01", "2026-06-30 19:00", TX_PAYROLL, "43200", "工资", "6月工资代发（9人）",
    tx_erp("6月工资代发（9人），工资表理事长已签"), "E1642", ["E1640"]))

inv_tx_r6 = inv("tangxin/TX01/0707", "65")
routine(TX, "Fruit cartons from the regular packaging maker.", TX.pay(
    "TX-FK-20260707-01", "2026-07-07 12:30", TX01, "19800", "货款", "10kg水果纸箱款",
    tx_erp(f"天润包装｜10kg水果纸箱款｜合同TX-CG-2026-01｜发票{inv_tx_r6}"),
    "E1642", ["E1640"], contract="TX-CG-2026-01", invoice=inv_tx_r6))

# --- tangxin test: hard negatives ------------------------------------------
hardneg(TX, ["personal_account"],
        "Bagging-season wages for a 42-person crew go to the crew leader's own card under the labour contract the co-op has used all spring.",
        TX.pay("TX-FK-20260604-01", "2026-06-04 17:40", TX04, "52920", "劳务费", "苹果套袋劳务费（42人×9天）",
               tx_erp("吐尔逊·阿木提劳务队｜6月苹果套袋劳务费｜按劳务承包协议TX-LW-2026-01结算到队长本人账户｜考勤表和工人签字名单附后"),
               "E1642", ["E1640"], contract="TX-LW-2026-01"))

hardneg(TX, ["personal_account", "first_time_payee"],
        "A member farmer delivering to the co-op's cold store for the first time is paid for his apples on his own card.",
        TX.pay("TX-FK-20260606-01", "2026-06-06 12:30",
               P("艾买提·托乎提", card("tangxin/member-aimaiti", "622848"), "中国农业银行阿克苏红旗坡支行", "personal", "M-031"),
               "18720", "果款", "社员冷库果款结算（7.2吨）",
               tx_erp("社员艾买提·托乎提（社员证TX-M-031）入库冷库果7.2吨，按社员大会定价2.6元/kg结算，打社员本人卡"),
               "E1642", ["E1640"]))

inv_tx_hn3 = inv("tangxin/TX01/0609", "65")
hardneg(TX, ["im_instruction", "boss_role", "urgency", "off_hours"],
        "After office hours the chairman, by WeChat voice message with transcription slips, has the cashier pay the regular carton maker so gift boxes can be loaded next morning.",
        TX.pay("TX-FK-20260609-01", "2026-06-09 21:40", TX01, "24600", "货款", "礼盒纸箱款（5kg装6000个）",
               I("im", "王建新", TX_CHAIR_WX,
                 "[语音转文字] 古丽 纸箱厂那边的或款你现在给他付了 明天早上八点他们要装车 这批礼盒箱子我看过了莫麻达 "
                 "单子我在手机上已经点过了 付完跟李春梅说一声", urgent=True),
               "E1643", ["E1640"], contract="TX-CG-2026-01", invoice=inv_tx_hn3))

hardneg(TX, ["task_rebate_words", "first_time_payee"],
        "The half-year sales rebate owed to the Guangzhou distributor under the written distribution agreement goes to the same corporate account it pays from.",
        TX.pay("TX-FK-20260611-01", "2026-06-11 12:50",
               P("广州市鲜果汇果品贸易有限公司", acct("tangxin/xianguohui", 19, "3602"), "中国工商银行广州江南支行", "corporate"),
               "18000", "返利", "2026年上半年经销返利（协议2%）",
               tx_erp("广州鲜果汇上半年进货90万元，按《2026年度经销协议》第6条返利2%计18000元，付至其对公账户（与其付货款账户一致）"),
               "E1642", ["E1640"], contract="TX-XS-2026-01"))

hardneg(TX, ["deposit_words", "topup_words"],
        "The e-commerce platform raises the fresh-fruit category deposit and the co-op tops it up through the merchant console to the platform company's account.",
        TX.pay("TX-FK-20260613-01", "2026-06-13 13:00", TX06, "10000", "保证金", "果多多店铺保证金补缴（生鲜类目）",
               tx_erp("果多多商家后台通知：生鲜水果类目店铺保证金由1万调整为2万，需补缴1万元；"
                      "通过商家后台「保证金充值」生成的对公付款单付至平台公司账户，不付任何个人", by="周婷"),
               "E1644", ["E1642"]))

hardneg(TX, ["loan_fee_words", "first_time_payee"],
        "After the bank disbursed an 800k working-capital loan, the guarantee fee goes to the policy agricultural credit-guarantee company under its contract.",
        TX.pay("TX-FK-20260618-01", "2026-06-18 12:40",
               P("阿克苏地区农业信贷融资担保有限公司", acct("tangxin/danbao", 17, "8806"), "阿克苏农村商业银行营业部",
                 "corporate"),
               "9600", "担保费", "农商行80万流动资金贷款担保费（费率1.2%）",
               tx_erp("阿克苏农商行流动资金贷款80万元（借款合同AKS-NS-2026-0612）已于6月16日放款到我社账户，"
                      "由政策性农业信贷担保公司担保，按担保合同DB-2026-0447缴担保费1.2%"),
               "E1642", ["E1640", "E1641"], contract="DB-2026-0447"))

hardneg(TX, ["personal_account", "first_time_payee", "unusual_bank_region"],
        "A sole-trader refrigerated-truck driver hired when the regular carrier ran short is paid the freight on his own card, with licence copies and a signed waybill on file.",
        TX.pay("TX-FK-20260620-01", "2026-06-20 14:10",
               P("马海军", card("tangxin/driver-mahaijun", "622848"), "中国农业银行临夏分行", "personal"),
               "6800", "运费", "阿克苏—乌鲁木齐冷藏车运费（个体车主马海军）",
               I("in_person", "马俊", None,
                 "九鼎的货今天装车，天山冷链的车不够，找了个体冷藏车马师傅，运费6800，司机行驶证、驾驶证复印件存档，运单签回。"),
               "E1645", ["E1640"]))

hardneg(TX, ["institution_claim", "new_customer", "credit_terms_requested"],
        "A hospital staff canteen orders apples through the city's government-procurement online mall, to be paid the month after acceptance under the framework agreement.",
        TX.order("TX-XS-20260625-01", "2026-06-25 12:30",
                 C("阿克苏市红桥医院", uscc("tangxin/hongqiao-hospital", "12", "652901"), "后勤科 杨科长",
                   tel("0997", "tangxin/hongqiao-hospital"), None, None, None),
                 [it("冰糖心苹果（80#）", 1500, "千克", "7.60")],
                 "other", "阿克苏市红桥医院职工食堂", "2026-06-28", "验收后次月结算（政府采购框架协议）",
                 "阿克苏市政府采购网上商城订单AKSZC-2026-06-0417，职工食堂和病号餐水果，按框架协议送货，发票开医院全称。"))

hardneg(TX, ["new_customer", "large_first_order", "far_delivery"],
        "A Guangzhou wholesaler introduced by an existing customer visits the cold store, signs a contract and prepays half of a 30 t order into the co-op account.",
        TX.order("TX-XS-20260627-01", "2026-06-27 13:40",
                 C("广州市嘉禾果品批发有限公司", uscc("tangxin/jiahe", "91", "440111"), "陈总",
                   mob("tangxin/jiahe-chen", "189"), "jiahe_fruit@jiahegp.cn", wxid("tangxin/jiahe-chen"), None),
                 [it("冰糖心苹果（85#，冷库货）", 30000, "千克", "7.30")],
                 "phone", "广州市白云区江南果菜批发市场嘉禾档口", "2026-07-08",
                 "50%预付（6月26日已对公到账），余款到货验收后3日内付清",
                 "鲜果汇介绍过来的，陈总亲自来阿克苏看了冷库和果园，签了合同TX-XS-2026-09，预付款109500元已到账。"))

hardneg(TX, ["new_customer", "residential_delivery", "contact_im_only", "large_first_order"],
        "A live-streaming fruit seller orders 2,000 gift boxes for drop-shipping to consumers' homes and has prepaid in full to the co-op's corporate account.",
        TX.order("TX-XS-20260701-01", "2026-07-01 12:00",
                 C("乌鲁木齐市小北果园电子商务商行", uscc("tangxin/xiaobei", "92", "650102"), "小北",
                   mob("tangxin/xiaobei", "155"), None, wxid("tangxin/xiaobei"), None),
                 [it("冰糖心苹果礼盒（5kg装）", 2000, "盒", "62.00")],
                 "im", "按主播提供的消费者收货地址一件代发（全国）", "2026-07-06", "全款预付（6月30日已对公到账）",
                 "7月2号晚上直播带货，2000单一件代发，收货地址表直播完导出来发你们，款已经全部打到合作社农商行对公户了🍎"))

hardneg(TX, ["refund_words", "overpayment", "sales_order_linked", "first_time_payee"],
        "The Urumqi wholesaler paid its June order twice and the duplicate goes back to the corporate account it came from, with both bank receipts on file.",
        TX.pay("TX-FK-20260702-01", "2026-07-02 12:30",
               P("乌鲁木齐九鼎果业有限公司", acct("tangxin/jiuding", 18, "6540"), "乌鲁木齐银行北园春支行", "corporate"),
               "102000", "退款", "6月5日订单货款重复支付，原路退回",
               tx_erp("九鼎果业6月6日、6月8日两次对公转入同一笔货款102000元（农商行回单两张均已入账），对方财务盖章说明，原路退回其付款账户"),
               "E1642", ["E1640"], order=JIUDING_JUNE_ID))

hardneg(TX, ["deposit_words", "first_time_payee"],
        "A storage deposit for autumn space in a Wensu cold store goes to the cold-store company named in the signed lease.",
        TX.pay("TX-FK-20260704-01", "2026-07-04 13:00",
               P("温宿县天源果蔬冷藏有限公司", acct("tangxin/tianyuan-wensu", 18, "3029"), "中国农业银行温宿县支行",
                 "corporate", "V-TX07", tel("0997", "tangxin/tianyuan-wensu")),
               "20000", "押金", "温宿冷库200吨库位租赁押金（9月至次年3月）",
               tx_erp("天源果蔬冷藏｜温宿冷库200吨库位租赁押金｜合同TX-ZL-2026-02｜王建新、阿不都热合曼实地看过库"),
               "E1642", ["E1640", "E1641"], contract="TX-ZL-2026-02"))

hardneg(TX, ["personal_account", "vague_memo"],
        "A member farmer's documented April loan to the co-op for cartons is repaid with interest to his own card.",
        TX.pay("TX-FK-20260706-01", "2026-07-06 12:20", ZHANGDEFU, "51000", "还款", "归还社员借款本息",
               tx_erp("4月8日社员张德福借给合作社5万元周转买纸箱（借款协议经理事会通过），本金5万元＋利息1000元，还到他本人卡"),
               "E1642", ["E1640"]))

hardneg(TX, ["subsidy_words", "first_time_payee"],
        "The co-op pays its 30 percent share of the state-subsidised apple crop insurance premium to the insurer.",
        TX.pay("TX-FK-20260708-01", "2026-07-08 17:20",
               P("天山农业保险股份有限公司阿克苏中心支公司", acct("tangxin/insurer", 19, "3002"), "中国工商银行阿克苏分行",
                 "corporate"),
               "14400", "保险费", "2026年苹果政策性种植保险合作社自缴部分",
               tx_erp("投保面积480亩，保费每亩100元共48000元，中央和自治区财政补贴70%，合作社自缴30%计14400元，保单号TSNX-AKS-2026-01583"),
               "E1642", ["E1640"]))

# --- tangxin test: scams ---------------------------------------------------
scam(TX, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "balance_probe", "boss_role", "first_time_payee", "personal_account",
      "no_approval", "refund_words", "cannot_call", "bypass_process", "urgency"],
     "In a 'co-op board' WeChat group created that morning, the fake chairman asks the cashier for a balance screenshot, then orders a 120k 'deposit refund' to a cold-store owner's card while he is 'in a meeting'.",
     TX.pay("TX-FK-20260603-01", "2026-06-03 13:30",
            P("邵明亮", card("tangxin/fake-boss-shaomingliang", "622848"), "中国农业银行温宿县支行", "personal"),
            "120000", "退押金", "退温宿冷库押金（邵明亮）",
            I("im", "王建新", "微信群：糖心合作社理事会（当日新建）",
              "王建新：@古丽娜尔·艾力 合作社农商行账上现在能动的钱有多少，发个截图上来\n"
              "古丽娜尔·艾力：理事长，可用42万6千\n"
              "王建新：温宿那个冷库老板邵明亮的押金要退给他，12万，今天先给他退过去，卡号我私发你。"
              "我和阿不都副理事长在地区开会，手机静音的，电话接不了，回来签字\n"
              "阿不都热合曼：收到，古丽抓紧办", urgent=True),
            "E1643", []))

scam(TX, "boss_impersonation", "flag",
     ["im_instruction", "new_contact", "first_time_payee", "no_approval", "no_po_contract"],
     "Structural only: a two-line WeChat from an unknown account using the chairman's name asks for 68k to an agri-trading firm the co-op has never paid, with no contract or approval.",
     TX.pay("TX-FK-20260622-01", "2026-06-22 13:15",
            P("乌鲁木齐金丰禾农资商贸有限公司", acct("tangxin/fake-jinfenghe", 18, "6540"), "乌鲁木齐银行北京路支行",
              "corporate"),
            "68000", "货款", "化肥款",
            I("im", "王建新", wxid("tangxin/fake-chair-newwx"), "古丽，把这个付一下，化肥的，谢谢。\n[图片]"),
            "E1643", []))

TX03_NEW = dict(TX03, account_no=acct("tangxin/TX03-fake-new", 19, "4419"), bank="东莞农村商业银行长安支行")
inv_tx_t3 = inv("tangxin/TX03/0610", "65")
scam(TX, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
     "Structural only: the fertiliser dealer's account was changed to a Dongguan bank four days earlier and this ordinary fertiliser bill is the first payment to it.",
     TX.pay("TX-FK-20260610-01", "2026-06-10 16:10", TX03_NEW, "38400", "货款", "6月膨果肥款（硫酸钾型复合肥）",
            tx_erp(f"丰收农资｜6月膨果肥款｜合同TX-CG-2026-03｜发票{inv_tx_t3}"),
            "E1642", ["E1640"], contract="TX-CG-2026-03", invoice=inv_tx_t3, changed="2026-06-06 18:20"))

FAKE_XFH_WX = wxid("tangxin/fake-xfh-lin")
scam(TX, "fake_purchaser", "flag",
     ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
      "contact_mismatch", "institution_claim"],
     "A 'South China procurement centre' borrowing the name of an existing supermarket customer orders 120 t at an unhaggled price on 60-day credit, to a Dongguan logistics park, via WeChat and a 163 mailbox.",
     TX.order("TX-XS-20260608-01", "2026-06-08 12:40",
              C("鲜丰汇超市（集团）华南采购中心", None, "采购部 林经理", mob("tangxin/fake-xfh-lin", "155"),
                "xfh_caigou@163.com", FAKE_XFH_WX, None),
              [it("冰糖心苹果（85#，冷库货）", 120000, "千克", "7.50")],
              "im", "东莞市虎门镇某冷链物流园C3库", "2026-06-15", "货到验收后60天结",
              "林经理说他们是鲜丰汇集团华南新开的采购中心（跟你们供货的那个鲜丰汇是一家），中秋备货要120吨冷库冰糖心，"
              "价格按7块5不用谈，就是要快，一周内发到东莞中转库，账期60天。只加了微信，发来的采购单是盖章的照片。"))

scam(TX, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "personal_account", "first_time_payee", "im_instruction", "fee_words", "unusual_bank_region"],
     "The same 'procurement centre' says new suppliers must pay 3,600 for 'onboarding review and pesticide testing' to a 'QC engineer's' personal card before the contract.",
     TX.pay("TX-FK-20260612-01", "2026-06-12 17:30",
            P("陈晓红", card("tangxin/fake-xfh-chenxiaohong", "621700"), "中国建设银行东莞虎门支行", "personal"),
            "3600", "服务费", "鲜丰汇供应商入库资质审核费及农残检测费",
            I("im", "鲜丰汇华南采购中心 林经理", FAKE_XFH_WX,
              "马经理，合同走流程之前，集团要求新供应商先做入库资质审核和农残检测，费用3600，转给我们质检部陈工，"
              "报告出来当天就签合同下订单，这个是集团规定，每家都一样哈👍"),
            "E1645", ["E1640"]))

scam(TX, "fake_order", "flag",
     ["remote_control", "new_customer", "contact_im_only", "institution_claim"],
     "A 'union chairman' ordering 500 gift boxes on a video call wants the online-shop clerk to install a meeting app and share her phone screen to 'confirm the corporate payment'.",
     TX.order("TX-XS-20260615-01", "2026-06-15 12:20",
              C("新疆天煜能源集团有限公司工会委员会", None, "工会 赵主席", mob("tangxin/fake-union-zhao", "193"), None,
                wxid("tangxin/fake-union-zhao"), None),
              [it("冰糖心苹果礼盒（5kg装）", 500, "盒", "88.00")],
              "im", "乌鲁木齐市米东区天煜能源职工之家", "2026-06-20", "对公转账",
              "赵主席视频通话下单500盒职工福利礼盒，说付款要走他们集团的「对公支付验证」，让周婷下载一个「银企会议」APP进会议，"
              "共享手机屏幕，他那边「远程指导收款确认」，周婷觉得不对没有弄。"))

scam(TX, "contract_fraud", "flag",
     ["deposit_words", "first_time_payee", "shell_company", "bigproject_words", "payee_name_mismatch",
      "fee_asked_of_seller"],
     "An export trader founded in March signs a 5,000 t 'exclusive Russian supply' contract and has the co-op pay a 200k performance bond to a different 'settlement' company.",
     TX.pay("TX-FK-20260617-01", "2026-06-17 18:00",
            P("乌鲁木齐恒信达商务咨询有限公司", acct("tangxin/fake-hengxinda", 19, "6505"), "中国建设银行乌鲁木齐分行",
              "corporate"),
            "200000", "履约保证金", "对俄出口独家供货合同履约保证金",
            tx_erp("与新疆丝路远洋国际贸易有限公司签订《冰糖心苹果对俄出口独家供货合同》（5000吨，合同额约4000万元），"
                   "对方要求签约后3日内缴纳履约保证金20万元，付至其「关联结算公司」乌鲁木齐恒信达商务咨询；"
                   "丝路远洋2026年3月成立，注册资本未实缴", by="马俊"),
            "E1645", ["E1640", "E1641"], contract="TX-XS-2026-11"))

scam(TX, "contract_fraud", "flag",
     ["small_then_large", "credit_terms_requested"],
     "A buyer whose only order was a promptly paid 3 t in May now wants 150 t, fifty times as much, on 90-day credit.",
     TX.order("TX-XS-20260624-01", "2026-06-24 17:00", SILU,
              [it("冰糖心苹果（80#，冷库货）", 150000, "千克", "6.90")],
              "phone", "喀什市疏附县果品交易市场冷库", "2026-06-30", "货到90天结",
              "丝路鲜果上个月拿了3吨，款到得很快。这次说要给乌兹别克的客户走150吨，价格照上次，要求货到90天结，"
              "说「老客户了，先发货，回款慢不了」。"))

scam(TX, "fake_salary", "flag",
     ["payroll_change", "personal_account", "first_time_payee", "new_contact", "unusual_bank_region"],
     "A text from a new number 'of a sorting-line worker' asks that her June pay go to a new card in Guangzhou in her own name.",
     TX.pay("TX-FK-20260701-01", "2026-07-01 17:30",
            P("阿依古丽·买买提", card("tangxin/fake-salary-ayiguli", "622202"), "中国工商银行广州白云支行", "personal"),
            "3900", "工资", "6月分拣工工资（阿依古丽·买买提）",
            I("sms", "阿依古丽·买买提", mob("tangxin/fake-salary-ayiguli", "189"),
              f"李会计你好 我是分拣组的阿依古丽 我手机号换了 原来的农商行工资卡丢了 补办要回老家 "
              f"这个月工资打我在广州的新卡吧 户名一样 卡号{card('tangxin/fake-salary-ayiguli', '622202')} 谢谢🌹"),
            "E1642", ["E1640"]))

scam(TX, "authority_impersonation", "flag",
     ["authority_words", "personal_account", "first_time_payee", "phone_instruction", "urgency",
      "evasion_traditional", "unusual_bank_region"],
     "A 'tax inspection officer' texting in traditional characters threatens to stop the co-op's invoicing unless an 8,650 'late fee' reaches the 'case officer's' card by 5 pm.",
     TX.pay("TX-FK-20260629-01", "2026-06-29 12:10",
            P("孙建平", card("tangxin/fake-tax-sunjianping", "621661"), "中国银行泉州分行", "personal"),
            "8650", "滞纳金", "补缴2025年农产品收购发票税款滞纳金",
            I("phone", "自称阿克苏地区税务局稽查局 孙科长", mob("tangxin/fake-tax-sun", "193"),
              "來電後發來的短信：你社2025年開具的農產品收購發票存在虛開嫌疑，經稽查需補繳稅款滯納金8650元，"
              "今日17時前轉入經辦人孫建平賬戶可按自查補報處理，逾期將移送公安並暫停發票領用。", urgent=True),
            "E1642", ["E1640"]))

scam(TX, "fake_invoice", "flag",
     ["invoice_trade_words", "personal_account", "first_time_payee", "im_instruction"],
     "An 'invoice agent' offers to issue a VAT special invoice for a supermarket sale for a 3 percent 'tax point' fee, 5,400 paid in advance to his own card.",
     TX.pay("TX-FK-20260703-01", "2026-07-03 16:50",
            P("刘海波", card("tangxin/fake-invoice-liuhaibo", "622848"), "中国农业银行喀什分行", "personal"),
            "5400", "开票费", "代开增值税专用发票（鲜丰汇货款18万，3个点）",
            I("im", "票务 刘总", wxid("tangxin/fake-invoice-liu"),
              "马经理，你们合作社开不了专票，超市那边又非要9个点的专票，我这边有公司可以帮你们开，18万的货款收你3个点税点5400，"
              "先转税点，票两天寄到，放心正规的，好多合作社都在我这开。"),
            "E1645", ["E1640"]))

FAKE_LOAN_WX = wxid("tangxin/fake-loan-wu")
scam(TX, "advance_fee", "block",
     ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "evasion_traditional", "urgency",
      "unusual_bank_region"],
     "A 'rural-revitalisation loan' agent, half in traditional characters, wants a 16k 'capital verification deposit' on his own card before releasing an 800k unsecured loan to the co-op.",
     TX.pay("TX-FK-20260626-01", "2026-06-26 16:20",
            P("吴国庆", card("tangxin/fake-loan-wuguoqing", "621700"), "中国建设银行南充分行", "personal"),
            "16000", "保证金", "合作社乡村振兴贷款验资保证金",
            I("im", "惠农金服 吴经理", FAKE_LOAN_WX,
              "王理事长您好，你们合作社申请的鄉村振興專項貸款80萬已經初審通過，年息3.2%、無抵押，"
              "按規定放款前要做驗資：把貸款額2%的驗資保證金16000轉到經辦人賬戶，證明你社還款能力，驗資完跟貸款一起退。"
              "今天辦完明天就能放款。", urgent=True),
            "E1642", ["E1640"]))

scam(TX, "task_rebate", "block",
     ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "evasion_homophone", "im_instruction",
      "unusual_bank_region"],
     "The co-op's online-shop clerk, hooked by a 'platform boosting tutor', asks for 5,000 of 'promotion fee' to a private card to finish a 'linked order' and recover her earlier stake.",
     TX.pay("TX-FK-20260706-02", "2026-07-06 17:10",
            P("黄丽娟", card("tangxin/task-huanglijuan", "622188"), "中国邮政储蓄银行南宁分行", "personal"),
            "5000", "推广费", "果多多店铺推广费",
            I("im", "周婷", wxid("tangxin/staff-zhouting"),
              "李姐，店铺推广的钱，麻烦转一下。[转发的聊天记录]\n"
              "推广导师：亲，你们店参加的是平台合作唰单返力活动，做完这一组任务本金加12%佣金一起返到店铺账户\n"
              "推广导师：系统显示你连单了，需要再充值5000完成本组，否则前面的3800无法返还\n"
              "周婷：好的，我找财务转"),
            "E1644", ["E1642"]))

scam(TX, "overpayment_refund", "block",
     ["new_customer", "overpayment", "refund_to_other_account", "third_party_payer", "fake_payment_proof",
      "evasion_pinyin", "contact_im_only"],
     "A new fruit dealer 'paid' 96k through a friend's company for a 56k order and wants the extra 40k sent to his driver's bank card.",
     TX.order("TX-XS-20260708-01", "2026-07-08 13:00",
              C("伽师县阿力木果蔬批发部", uscc("tangxin/alimu", "92", "653129"), "阿力木",
                mob("tangxin/alimu", "193"), None, wxid("tangxin/alimu"), None),
              [it("冰糖心苹果（75#）", 8000, "千克", "7.00")],
              "im", "伽师县果蔬批发市场", "2026-07-10", "款到发货",
              "阿力木说他朋友的公司帮他付的款，转了96000，多了4万，发了网银截图。要我们把多的4万退到他司机买买提江的yhk上，"
              "说司机要拿这个钱在阿克苏再拉一车红枣，着急得很。",
              third_party=TP("买买提江·吐尔逊（司机）", mob("tangxin/alimu-driver", "155"), "refund_recipient", "40000")))

scam(TX, "account_lending", "block",
     ["account_lending_words", "loan_fee_words", "first_time_payee", "im_instruction"],
     "The same 'loan agent' then wants 200k cycled through a trading firm to 'build turnover' and the co-op's banking USB key posted to him.",
     TX.pay("TX-FK-20260709-01", "2026-07-09 16:00",
            P("新疆鑫汇通商贸有限公司", acct("tangxin/lending-xinhuitong", 19, "7691"), "中国光大银行乌鲁木齐分行",
              "corporate"),
            "200000", "往来款", "贷款前做流水",
            I("im", "惠农金服 吴经理", FAKE_LOAN_WX,
              "王理事长，银行那边说你们合作社对公流水不够，放款前要做一下流水：你先从公户转20万到鑫汇通这个账户，他们当天再转回来，"
              "走三轮流水就够了。另外把对公U盾寄一个过来，我们这边帮你操作更快，快递地址我发你。"),
            "E1642", ["E1640"]))


# ===========================================================================
# write the file
# ===========================================================================
KEY_ORDER_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
                     "note", "request"]
KEY_ORDER_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]


def _time(line):
    r = line["request"]
    return r.get("submitted_at") or r.get("received_at")


def main():
    out = []
    for tenant in TENANT_ORDER:
        for phase, letter in (("history", "h"), ("test", "t")):
            group = [ln for ln in LINES if ln["tenant"] == tenant and ln["phase"] == phase]
            group.sort(key=_time)  # stable; RFC 3339 strings with one offset sort chronologically
            for n, ln in enumerate(group, 1):
                rec = dict(ln, id=f"{tenant}-{letter}{n:03d}")
                if phase == "history":
                    rec["outcome"] = "executed"
                order = KEY_ORDER_HISTORY if phase == "history" else KEY_ORDER_TEST
                out.append({k: rec[k] for k in order})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    print(f"wrote {OUT}: {len(out)} lines")
    for tenant in TENANT_ORDER:
        h = sum(1 for r in out if r["tenant"] == tenant and r["phase"] == "history")
        t = sum(1 for r in out if r["tenant"] == tenant and r["phase"] == "test")
        s = sum(1 for r in out if r["tenant"] == tenant and r["label"] == "scam")
        print(f"  {tenant}: history {h}, test {t} (scam {s}, legit {t - s})")
    test = [r for r in out if r["phase"] == "test"]
    print("  scam types:", dict(sorted(Counter(r["scam_type"] for r in test if r["scam_type"]).items())))
    print("  expect:", dict(Counter(r["expect"] for r in test)))
    print("  hard negatives:", sum(1 for r in test if r["note"].startswith("Hard negative:")),
          " routine:", sum(1 for r in test if r["note"].startswith("Routine:")),
          " structural only:", sum(1 for r in test if r["note"].startswith("Structural only:")))
    print("  kinds (test):", dict(Counter(r["kind"] for r in test)), " kinds (all):", dict(Counter(r["kind"] for r in out)))


if __name__ == "__main__":
    main()
