#!/usr/bin/env python3
"""Build holdout12.jsonl: an independent labelled replay corpus for fraudscreen.

Python 3.11 standard library only, deterministic (no clock, no randomness: every
account number, invoice number, WeChat id and credit code is derived from a fixed
tag through SHA-256).  Run from anywhere:

    python3 gen/build.py

Three fictitious tenants:
  lanwan   宁德蓝湾海洋食品有限公司   large-yellow-croaker farming, processing and export (Ningde, Fujian)
  shaguang 宁夏沙光新能源工程有限公司 solar-farm EPC contractor (Yinchuan / Zhongwei, Ningxia)
  zhuying  上海逐影文化传媒有限公司   advertising and film production agency (Shanghai)

Every company, person, account, phone number and scenario is invented.
Scenarios are written one per block; lines are sorted by timestamp inside each
tenant and phase, then numbered (<tenant>-h001…, <tenant>-t001…).
"""

import hashlib
import json
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout12.jsonl"

# ---------------------------------------------------------------------------
# deterministic helpers
# ---------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _hash(tag: str) -> str:
    return hashlib.sha256(tag.encode("utf-8")).hexdigest()


def digits(tag: str, n: int) -> str:
    h = _hash(tag) + _hash(tag + "#2")
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def acct(prefix: str, tag: str, length: int) -> str:
    """A fictitious account number of `length` digits (16–19)."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + tag, length - len(prefix))


def invoice(province: str, tag: str) -> str:
    """A 20-digit fully-digital e-invoice number, e.g. 26 35 ..."""
    return "26" + province + digits("inv:" + tag, 16)


def wxid(tag: str) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    h = _hash("wx:" + tag)
    return "wxid_" + "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


def uscc(prefix8: str, tag: str, lead: str = "MA") -> str:
    """Unified social credit code (GB 32100-2015) with a valid check character.

    prefix8 = registration authority + entity type + 6-digit division code;
    lead = start of the 9-character organisation code (MA… for recent registrations)."""
    h = _hash("uscc:" + tag)
    body = lead + "".join(USCC_CHARS[int(h[i:i + 2], 16) % 31] for i in range(0, 2 * (9 - len(lead)), 2))
    code17 = prefix8 + body
    assert len(code17) == 17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_WEIGHTS))
    return code17 + USCC_CHARS[(31 - s % 31) % 31]


def ts(s: str) -> str:
    """'2026-09-14 10:30' -> RFC 3339 Beijing time."""
    d, t = s.split()
    return f"{d}T{t}:00+08:00"


def money(x) -> str:
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


# ---------------------------------------------------------------------------
# request-body builders (key order = wire contract in PRODUCT.md)
# ---------------------------------------------------------------------------

def payer(account_no, account_name):
    return {"account_no": account_no, "account_name": account_name}


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def payment(rid, when, pyr, pye, amount, purpose, memo, instruction, requested_by, approved_by,
            order_id=None, contract_id=None, invoice_no=None, changed_at=None, verification=None):
    body = {
        "request_id": rid,
        "submitted_at": ts(when),
        "payer": pyr,
        "payee": pye,
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": instruction,
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": ts(changed_at) if changed_at else None,
    }
    if verification is not None:
        body["verification"] = verification
    return body


def verification(number, by, when):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(when)}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit, "unit_price": money(unit_price)}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def order(rid, when, cust, items, channel, address, deadline, terms, third_party=None, fees=(), notes=""):
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
    return {
        "record_id": rid,
        "received_at": ts(when),
        "customer": cust,
        "items": items,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": list(fees),
        "notes": notes,
    }


# ---------------------------------------------------------------------------
# line collection
# ---------------------------------------------------------------------------

LINES = {}          # tenant -> list of (phase, sort_key, line-without-id)
TENANT_ORDER = []


def _add(tenant, phase, label, scam_type, expect, signals, note, request):
    if tenant not in LINES:
        LINES[tenant] = []
        TENANT_ORDER.append(tenant)
    kind = "payment" if "request_id" in request else "order"
    when = request.get("submitted_at") or request.get("received_at")
    line = {"tenant": tenant, "phase": phase, "kind": kind, "label": label,
            "scam_type": scam_type, "expect": expect}
    if phase == "history":
        line["outcome"] = "executed"
    line["signals"] = list(signals)
    line["note"] = note
    line["request"] = request
    LINES[tenant].append((phase, when, line))


def history(tenant, note, request):
    _add(tenant, "history", "legit", None, "allow", [], "Routine: " + note, request)


def routine(tenant, note, request):
    _add(tenant, "test", "legit", None, "allow", [], "Routine: " + note, request)


def hard_negative(tenant, signals, note, request):
    _add(tenant, "test", "legit", None, "allow", signals, "Hard negative: " + note, request)


def scam(tenant, scam_type, expect, signals, note, request):
    _add(tenant, "test", "scam", scam_type, expect, signals, note, request)


# ===========================================================================
# Tenant 1: lanwan — 宁德蓝湾海洋食品有限公司 (Ningde, Fujian)
# Large-yellow-croaker cage farming at Sandu Bay, a processing plant in Qidu,
# domestic wholesale and export to Korea.  ERP: 金蝶云星空.
# Staff: 郑海平 GM E3100 · 陈国栋 finance manager E3101 · 林秀英 cashier E3102 ·
#        吴建华 purchasing E3110 · 黄丽娟 sales manager E3120 · 叶小燕 sales assistant E3125 ·
#        刘梅 HR E3130 · 叶志强 farm manager E3140
# ===========================================================================

T = "lanwan"
LW_NAME = "宁德蓝湾海洋食品有限公司"
LW = payer(acct("3505", "lw-basic", 19), LW_NAME)

LW_FEED = payee("福建三都澳海洋饲料有限公司", acct("1407", "lw-feed", 19), "中国工商银行宁德分行",
                "corporate", "V-LW01", "0593-0000211")
LW_COLD = payee("宁德闽东冷链物流有限公司", acct("1360", "lw-cold-2026", 17), "兴业银行宁德分行",
                "corporate", "V-LW02", "0593-0000342")
LW_COLD_CHANGED = "2026-01-20 10:15"
LW_FOAM = payee("福安市恒鑫泡沫制品有限公司", acct("1365", "lw-foam", 18), "福建福安农村商业银行",
                "corporate", "V-LW03", "0593-0000475")
LW_ICE = payee("宁德市蕉城区七都海丰制冰厂", acct("9070", "lw-ice", 18), "福建宁德农村商业银行七都支行",
               "corporate", "V-LW04", "0593-0000458")
LW_PAYROLL = payee("中国建设银行宁德分行（代发工资专户）", acct("3505", "lw-payroll", 19),
                   "中国建设银行宁德分行", "corporate", "PAY-LW", None)
LW_TAX = payee("国家金库宁德市中心支库", acct("3509", "lw-tax", 17), "国家金库宁德市中心支库",
               "corporate", "TAX-LW", None)

LW_HUXIAN = customer("上海沪鲜水产批发有限公司", uscc("91310115", "huxian"), "周经理", "021-0000736",
                     "zhoujl@huxian-aquatic.cn", None, "C-LW01")
LW_HAEYANG = customer("Busan Haeyang Foods Co., Ltd.", None, "Kim Jae-won", None,
                      "jwkim@bsn-haeyangfd.co.kr", None, "C-LW02")
LW_MINWEI = customer("厦门闽味餐饮管理有限公司", uscc("91350206", "minwei"), "苏经理", "0592-0000617",
                     "caigou@minwei-cy.cn", None, "C-LW03")
LW_MINWEI_ACCT = acct("4103", "lw-minwei", 19)


def lw_erp(who, text):
    return instr("erp", who, None, "金蝶云星空付款单：" + text)


# --- history --------------------------------------------------------------

history(T, "Fish-feed payment to the regular feed mill.", payment(
    "LW-FK-20260803001", "2026-08-03 10:40", LW, LW_FEED, "283500", "货款",
    "8月上旬大黄鱼膨化配合饲料（45吨）",
    lw_erp("吴建华", "三都澳饲料｜大黄鱼膨化料45吨｜合同LW-CG-2026-003｜发票" + invoice("35", "lw-feed-1")),
    "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-003", invoice_no=invoice("35", "lw-feed-1")))

history(T, "Chilled-croaker order from the established Shanghai wholesaler.", order(
    "LW-DD-20260804001", "2026-08-04 09:50", LW_HUXIAN,
    [item("冰鲜大黄鱼（400-500g/尾）", "6500", "公斤", "42.00")], "email",
    "上海市浦东新区江镇沪鲜冷库", "2026-08-07", "月结30天",
    notes="中秋备货第一批，老规矩冷链车直发江镇冷库。"))

history(T, "July cold-chain freight to the regular carrier, whose account change dates from January.", payment(
    "LW-FK-20260806001", "2026-08-06 15:20", LW, LW_COLD, "38600", "运费", "7月冷链运费（宁德—上海/厦门）",
    lw_erp("林秀英", "闽东冷链｜7月冷链运费对账单LW-YF-2607｜合同LW-WL-2026-001"),
    "E3102", ["E3101"], contract_id="LW-WL-2026-001", invoice_no=invoice("35", "lw-cold-1"),
    changed_at=LW_COLD_CHANGED))

history(T, "Crushed ice from the regular ice plant.", payment(
    "LW-FK-20260807001", "2026-08-07 11:05", LW, LW_ICE, "24000", "货款", "7月碎冰款（300吨）",
    lw_erp("吴建华", "海丰制冰厂｜7月碎冰300吨｜入库单汇总LW-RK-2607"),
    "E3110", ["E3101"], contract_id="LW-CG-2026-007", invoice_no=invoice("35", "lw-ice-1")))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "LW-FK-20260810001", "2026-08-10 17:30", LW, LW_PAYROLL, "612400", "工资", "7月工资代发（138人）",
    lw_erp("刘梅", "7月工资代发（138人），工资表已经总经理审批"), "E3130", ["E3101", "E3100"]))

history(T, "Export order from the established Busan importer.", order(
    "LW-DD-20260812001", "2026-08-12 10:15", LW_HAEYANG,
    [item("冻大黄鱼（出口级，300-400g/尾）", "18", "吨", "46000.00")], "email",
    "CIF Busan 釜山港", "2026-08-28", "T/T 30%预付，70%见提单副本",
    notes="PO#HY-2608-031. 30% deposit remitted today, balance against B/L copy. Shipment before end of August please."))

history(T, "Monthly VAT through the tax bureau's three-party debit.", payment(
    "LW-FK-20260814001", "2026-08-14 10:20", LW, LW_TAX, "186352.40", "税款", "7月增值税及附加",
    lw_erp("陈国栋", "电子税务局三方协议扣缴：7月增值税及附加"), "E3101", ["E3100"]))

history(T, "Fish-feed payment to the regular feed mill.", payment(
    "LW-FK-20260817001", "2026-08-17 14:10", LW, LW_FEED, "308700", "货款",
    "8月中旬大黄鱼膨化配合饲料（49吨）",
    lw_erp("吴建华", "三都澳饲料｜大黄鱼膨化料49吨｜合同LW-CG-2026-003｜发票" + invoice("35", "lw-feed-2")),
    "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-003", invoice_no=invoice("35", "lw-feed-2")))

history(T, "Foam boxes from the regular packaging maker.", payment(
    "LW-FK-20260819001", "2026-08-19 16:00", LW, LW_FOAM, "42750", "货款", "泡沫保温箱9500只",
    lw_erp("吴建华", "恒鑫泡沫｜保温箱9500只｜PO-LW-2608-012"),
    "E3110", ["E3101"], contract_id="LW-CG-2026-005", invoice_no=invoice("35", "lw-foam-1")))

history(T, "Chilled-croaker and dried-fish order from the established Xiamen restaurant group.", order(
    "LW-DD-20260824001", "2026-08-24 10:30", LW_MINWEI,
    [item("冰鲜大黄鱼（400-500g/尾）", "1200", "公斤", "43.00"), item("黄鱼鲞", "300", "公斤", "98.00")],
    "email", "厦门市湖里区闽味中央厨房", "2026-08-26", "月结30天", notes="9月门店菜单备货"))

history(T, "Crushed ice from the regular ice plant.", payment(
    "LW-FK-20260826001", "2026-08-26 10:50", LW, LW_ICE, "27200", "货款", "8月上中旬碎冰款（340吨）",
    lw_erp("吴建华", "海丰制冰厂｜碎冰340吨｜入库单汇总LW-RK-2608A"),
    "E3110", ["E3101"], contract_id="LW-CG-2026-007", invoice_no=invoice("35", "lw-ice-2")))

history(T, "Fish-feed payment to the regular feed mill.", payment(
    "LW-FK-20260831001", "2026-08-31 11:25", LW, LW_FEED, "264600", "货款",
    "8月下旬大黄鱼膨化配合饲料（42吨）",
    lw_erp("吴建华", "三都澳饲料｜大黄鱼膨化料42吨｜合同LW-CG-2026-003｜发票" + invoice("35", "lw-feed-3")),
    "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-003", invoice_no=invoice("35", "lw-feed-3")))

history(T, "August cold-chain freight to the regular carrier.", payment(
    "LW-FK-20260903001", "2026-09-03 15:45", LW, LW_COLD, "41200", "运费", "8月冷链运费（宁德—上海/厦门）",
    lw_erp("林秀英", "闽东冷链｜8月冷链运费对账单LW-YF-2608｜合同LW-WL-2026-001"),
    "E3102", ["E3101"], contract_id="LW-WL-2026-001", invoice_no=invoice("35", "lw-cold-2"),
    changed_at=LW_COLD_CHANGED))

history(T, "Chilled-croaker order from the established Shanghai wholesaler.", order(
    "LW-DD-20260908001", "2026-09-08 09:35", LW_HUXIAN,
    [item("冰鲜大黄鱼（400-500g/尾）", "8000", "公斤", "42.50")], "email",
    "上海市浦东新区江镇沪鲜冷库", "2026-09-11", "月结30天", notes="中秋第二批，周五前到库。"))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "LW-FK-20260910001", "2026-09-10 17:40", LW, LW_PAYROLL, "627900", "工资", "8月工资代发（141人）",
    lw_erp("刘梅", "8月工资代发（141人），工资表已经总经理审批"), "E3130", ["E3101", "E3100"]))

# --- test -----------------------------------------------------------------

routine(T, "Fish-feed payment to the regular feed mill.", payment(
    "LW-FK-20260914001", "2026-09-14 10:30", LW, LW_FEED, "295050", "货款",
    "9月上旬大黄鱼膨化配合饲料（46.5吨）",
    lw_erp("吴建华", "三都澳饲料｜大黄鱼膨化料46.5吨｜合同LW-CG-2026-003｜发票" + invoice("35", "lw-feed-4")),
    "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-003", invoice_no=invoice("35", "lw-feed-4")))

scam(T, "fake_purchaser", "flag",
     ["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "credit_terms_requested",
      "far_delivery", "large_first_order"],
     "A company named like the Shanghai wholesaler (贸易 instead of 批发) orders 20 t of frozen croaker on "
     "60-day terms from a new mobile and a free-mail address, for delivery to a transit cold store in Pinghu.",
     order("LW-DD-20260915001", "2026-09-15 10:20",
           customer("上海沪鲜水产贸易有限公司", None, "周经理", "19900005182", "huxian_zhou@163.com",
                    wxid("lw-fake-huxian"), None),
           [item("冻大黄鱼（整条，400-500g/尾）", "20", "吨", "52000.00")], "im",
           "浙江省嘉兴市平湖市独山港某冷库（中转）", "2026-09-18",
           "月结60天",
           notes="黄经理好，我是沪鲜周经理，原来那个号码公司收回了，以后加我这个微信就行😂。"
                 "这批是国庆团购的，量大，货先走平湖那边的中转冷库，账期这次按60天走，老客户了放心。"))

hard_negative(T, ["new_customer", "large_first_order", "evasion_traditional", "deposit_words"],
              "A new Kaohsiung importer writes in traditional characters and its 30% deposit has already "
              "cleared into our own account before the order is keyed.",
              order("LW-DD-20260916001", "2026-09-16 15:10",
                    customer("高雄海旺食品股份有限公司", None, "陳副理", None, "chen.fl@haiwang-foods.tw",
                             None, None),
                    [item("冻大黄鱼（整条，400-500g/尾）", "12", "吨", "50000.00")], "email",
                    "CIF 高雄港", "2026-09-30",
                    "30%訂金已到賬（9月15日建行入賬），70%見提單副本付清",
                    notes="您好，敝司擬訂購冷凍大黃魚（400-500g/尾）12公噸，訂金30%已於9/15電匯至貴司建行帳戶，"
                          "水單請見附件。餘款見提單副本後匯出，請協助安排9月底前出櫃，謝謝。"))

LW_SCHOOL_ORDER = "LW-DD-20260917001"
scam(T, "fake_order", "flag",
     ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only",
      "evasion_homophone", "evasion_spacing"],
     "A 'university canteen teacher' orders 3 t of croaker for staff welfare and wants us to also buy 200 "
     "laver gift boxes from a Xiapu shop he names and settle it with the fish money.",
     order(LW_SCHOOL_ORDER, "2026-09-17 11:05",
           customer("福州某高校后勤集团饮食服务中心", None, "陈老师", "19900004417", None,
                    wxid("lw-school"), None),
           [item("冻大黄鱼（整条，400-500g/尾）", "3", "吨", "52000.00")], "im",
           "福州市闽侯县上街镇某高校后勤仓库", "2026-09-22", "验收后学校财务统一转账",
           third_party=third("霞浦县三沙镇海韵海产品商行", "19900004471", "designated_supplier", "26800"),
           notes="我们学校采购都是威信上沟通，盖章采购单发你了。另外教职工福利还要200盒紫菜礼盒，"
                 "学校只认霞浦海韵这一家，麻烦你们代 采 一下跟鱼一起送过来，钱到时候跟鱼款一起结给你们。"))

hard_negative(T, ["account_changed_long_ago"],
              "Freight to the regular cold-chain carrier whose bank change was keyed in January and used for "
              "every payment since.",
              payment("LW-FK-20260918001", "2026-09-18 10:15", LW, LW_COLD, "12800", "运费",
                      "中秋加急冷链专车（宁德—上海江镇）",
                      lw_erp("林秀英", "闽东冷链｜中秋加急专车2趟｜派车单LW-PC-0912/0914"),
                      "E3102", ["E3101"], contract_id="LW-WL-2026-001",
                      invoice_no=invoice("35", "lw-cold-3"), changed_at=LW_COLD_CHANGED))

scam(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
      "fake_payment_proof", "im_instruction", "urgency", "no_approval", "evasion_symbols"],
     "Sales asks to pay 26.8k to the laver shop the 'canteen teacher' named, on the strength of a bank-slip "
     "photo for money that has not arrived.",
     payment("LW-FK-20260918002", "2026-09-18 16:40", LW,
             payee("霞浦县三沙镇海韵海产品商行", acct("6217", "lw-xiapu-shop", 19), "中国建设银行霞浦支行",
                   "personal"),
             "26800", "代采购", "代购紫菜礼盒200盒（高校中秋订单）",
             instr("im", "陈老师（福州某高校后勤）", wxid("lw-school"),
                   "黄经理，学校财务对公要走审批，款已经打了，回单截图📷发你了，银行说下午到。\n"
                   "紫菜那边今天不付钱就不发货，你们先把2.68万打过去，到时候跟鱼款一块结💰，谢谢理解🙏",
                   urgent=True),
             "E3120", [], order_id=LW_SCHOOL_ORDER))

scam(T, "authority_impersonation", "block",
     ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
      "urgency", "no_approval", "evasion_spacing", "evasion_symbols"],
     "A caller posing as a customs anti-smuggling officer says the Korea shipment is under investigation and "
     "tells the cashier to move 460k into a 'designated safe account' for fund verification by 3 pm, in secret.",
     payment("LW-FK-20260921001", "2026-09-21 12:35", LW,
             payee("福州榕恒资产管理有限公司", acct("1830", "lw-safe-acct", 18), "福建海峡银行福州鼓楼支行",
                   "corporate"),
             "460000", "核查资金", "配合海关资金核查（核查后原路返还）",
             instr("phone", "自称宁德海关缉私分局 林警官", "0591-0000286",
                   "对方来电后发来短信：【协查通知】贵司对韩出口报关单涉嫌低报走私，即日起冻结对公账户。"
                   "为配合资 金 核 查，请于今日15时前将账户可用资金转入海关指定 安-全-账-户，"
                   "核查无误后48小时内原路返还。本案已列为保密案件，不得向任何人（含公司领导）透露，否则按妨碍侦查处理。",
                   urgent=True),
             "E3102", []))

routine(T, "Chilled-croaker order from the established Shanghai wholesaler.", order(
    "LW-DD-20260922001", "2026-09-22 09:40", LW_HUXIAN,
    [item("冰鲜大黄鱼（400-500g/尾）", "5200", "公斤", "43.00")], "email",
    "上海市浦东新区江镇沪鲜冷库", "2026-09-24", "月结30天", notes="节后补货"))

scam(T, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
      "first_time_payee", "no_approval", "boss_role", "off_hours", "urgency"],
     "At night a 'new work WeChat' of the GM asks the cashier for a screenshot of the CCB balance, then "
     "orders a 380k deposit for a Wenzhou fish-farm acquisition, says he is at a dinner and will sign tomorrow.",
     payment("LW-FK-20260922002", "2026-09-22 21:48", LW,
             payee("温州瓯海润泽渔业发展有限公司", acct("6990", "lw-wenzhou", 17), "中国民生银行温州分行",
                   "corporate"),
             "380000", "订金", "渔排收购订金",
             instr("im", "郑海平", wxid("lw-fake-boss"),
                   "郑海平：秀英，在吗\n林秀英：郑总您说\n"
                   "郑海平：我换了个工作号，原来那个留给家里用了。建行那个户现在能用的还有多少？截个图给我\n"
                   "林秀英：[图片]\n"
                   "郑海平：好。温州那边一个渔排收购谈下来了，订金今晚要先过去，38万打给温州瓯海润泽渔业发展有限公司，"
                   "账号我下面发你。我在饭局上不方便接电话📵，明天回来补签字。",
                   urgent=True),
             "E3102", []))

hard_negative(T, ["im_instruction", "urgency", "boss_role", "off_hours"],
              "Early on a typhoon-warning morning the real GM asks by WeChat to pay the regular ice plant at once "
              "for 200 t of emergency ice, and the request carries both approvals in the ERP.",
              payment("LW-FK-20260923001", "2026-09-23 08:10", LW, LW_ICE, "16000", "货款",
                      "台风前紧急起捕用冰（200吨）",
                      instr("im", "郑海平", "企业微信:郑海平（通讯录）",
                            "秀英，台风预警升橙色了，渔排的鱼今天要赶紧起捕，海丰冰厂连夜送了200吨冰，"
                            "冰钱今天一早结给他们，金蝶里我和陈经理都批了🙏", urgent=True),
                      "E3102", ["E3101", "E3100"], contract_id="LW-CG-2026-007",
                      invoice_no=invoice("35", "lw-ice-3")))

hard_negative(T, ["account_lending_words"],
              "A routine foam-box payment whose ERP text says the month's payables voucher has been posted, "
              "using the accounting sense of 过账.",
              payment("LW-FK-20260924001", "2026-09-24 10:05", LW, LW_FOAM, "38700", "货款", "泡沫保温箱8600只",
                      lw_erp("林秀英", "9月应付凭证（记-0917）已过账，付恒鑫泡沫保温箱8600只｜PO-LW-2609-004"),
                      "E3102", ["E3101"], contract_id="LW-CG-2026-005",
                      invoice_no=invoice("35", "lw-foam-2")))

scam(T, "account_lending", "block",
     ["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "no_po_contract",
      "im_instruction", "no_approval", "evasion_pinyin", "evasion_spacing", "evasion_homophone"],
     "A Fuding businessman the finance manager knows asks to route a 500k tender deposit through our "
     "corporate account for a 1% 'hard-work fee', and the money is to go straight out to a construction firm.",
     payment("LW-FK-20260924002", "2026-09-24 15:10", LW,
             payee("宁德市蕉城区宏业建设工程有限公司", acct("1380", "lw-hongye", 18), "宁德银行蕉城支行",
                   "corporate"),
             "500000", "往来款", "代付往来款",
             instr("im", "福鼎 蔡总", wxid("lw-caizong"),
                   "老陈，帮个忙。我们公司投个标要公对公打保证金，我们dgzh额度满了转不出去。"
                   "我让客户先把50万打到你们户上，你们收到后再转给宏业建设，走 个 帐 就行，给你们一个点辛苦费。"
                   "钱上午已经到你们建行了，你查一下。"),
             "E3101", []))

scam(T, "contract_fraud", "flag",
     ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "fee_asked_of_seller",
      "evasion_pinyin"],
     "A two-month-old 'blue ranching' company claiming a state-level ocean-ranch project wants a 200k "
     "cooperation deposit before it will sign for a quota of deep-sea cages.",
     payment("LW-FK-20260928001", "2026-09-28 11:20", LW,
             payee("福建海投蓝色牧场产业发展有限公司", acct("3501", "lw-bluerange", 19),
                   "中国建设银行福州五四支行", "corporate"),
             "200000", "保证金", "深远海养殖网箱项目合作保证金",
             lw_erp("叶志强",
                    "海投蓝色牧场称承接国家级海洋牧场示范区项目（央企背景），深远海网箱指标有限，"
                    "签合作协议前需先交项目合作bzj 20万锁定500口网箱名额，签约后可抵扣网箱款。"
                    "（对方营业执照成立日期2026年7月）"),
             "E3140", ["E3101", "E3100"]))

hard_negative(T, ["refund_words", "first_time_payee"],
              "A short-weight refund to the established Xiamen restaurant group, sent back to the corporate "
              "account its payment came from.",
              payment("LW-FK-20260929001", "2026-09-29 10:50", LW,
                      payee(LW_MINWEI["name"], LW_MINWEI_ACCT, "中国银行厦门湖里支行", "corporate",
                            None, "0592-0000617"),
                      "3870", "退款", "原路退回闽味8月短重货款",
                      lw_erp("林秀英", "闽味餐饮8月24日订单复磅短重90公斤，经双方确认单LW-TK-0926，"
                                    "按原付款账户原路退回3870元"),
                      "E3102", ["E3101"], order_id="LW-DD-20260824001"))

scam(T, "overpayment_refund", "block",
     ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "third_party_payer",
      "urgency"],
     "A new Korean buyer writing in English says its Hong Kong agent paid 100k too much and asks for the "
     "excess to go to a Shenzhen freight forwarder before shipment.",
     order("LW-DD-20261009001", "2026-10-09 14:20",
           customer("Jeju Ocean Trading Co., Ltd.", None, "Mr. Park", None, "park.oceantrade@gmail.com",
                    None, None),
           [item("冻大黄鱼（出口级，300-400g/尾）", "5.6", "吨", "50000.00")], "email",
           "CIF Incheon 仁川港", "2026-10-20", "Prepaid by T/T (agent in Hong Kong)",
           third_party=third("深圳市速航国际货运代理有限公司", "19900007731", "refund_recipient", "100000"),
           notes="Dear Ms. Huang, our agent in Hong Kong has remitted CNY 380,000 by mistake instead of "
                 "280,000, MT103 copy attached. Kindly refund the excess CNY 100,000 to our freight "
                 "forwarder in Shenzhen (account below), they need it today to book the reefer, it is faster "
                 "than sending back to HK. Please ship once refund done. Thanks!"))

routine(T, "Monthly payroll through the bank's payroll account.", payment(
    "LW-FK-20261009002", "2026-10-09 17:20", LW, LW_PAYROLL, "634800", "工资", "9月工资代发（143人）",
    lw_erp("刘梅", "9月工资代发（143人），工资表已经总经理审批"), "E3130", ["E3101", "E3100"]))

hard_negative(T, ["urgency", "deposit_words"],
              "The established Busan importer writes in English that the order is urgent and its 30% deposit "
              "has been wired, exactly as in its earlier orders.",
              order("LW-DD-20261012001", "2026-10-12 09:30", LW_HAEYANG,
                    [item("冻大黄鱼（出口级，300-400g/尾）", "8", "吨", "46500.00")], "email",
                    "CIF Busan 釜山港", "2026-10-22", "T/T 30%预付，70%见提单副本",
                    notes="URGENT pls. PO#HY-2610-007, 8 tons for our winter promotion. 30% deposit T/T to "
                          "your CCB account today as usual, balance against B/L copy. Pls arrange ASAP, 谢谢!"))

scam(T, "overpayment_refund", "block",
     ["refund_words", "overpayment", "refund_to_other_account", "personal_account", "first_time_payee",
      "im_instruction", "personal_account_pretext", "evasion_fullwidth"],
     "A WeChat contact claiming to be the Xiamen restaurant group's accountant says it overpaid and wants "
     "18.6k refunded to a cashier's personal card because the company account is 'in annual review'.",
     payment("LW-FK-20261013001", "2026-10-13 17:05", LW,
             payee("苏雅琴", acct("6222", "lw-fake-minwei-refund", 19), "中国工商银行厦门思明支行", "personal"),
             "18600", "退款", "退闽味9月多付货款",
             instr("im", "闽味餐饮 财务小苏", wxid("lw-fake-minwei"),
                   "林会计您好，我们9月货款对账发现多付了１８６００元，麻烦退一下。"
                   "我们公户这两天在做年审收不了款，先退到我们出纳私人卡上：苏雅琴 工行 下面是卡号，辛苦啦~"),
             "E3102", ["E3101"]))

scam(T, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
     "Structural only: the ice plant's bank account was switched to a Nanning bank three days before this "
     "ordinary ERP payment, the first to the new account.",
     payment("LW-FK-20261015001", "2026-10-15 14:30", LW,
             payee("宁德市蕉城区七都海丰制冰厂", acct("6230", "lw-ice-diverted", 19), "广西北部湾银行南宁分行",
                   "corporate", "V-LW04", "0593-0000458"),
             "86400", "货款", "9月碎冰款（1080吨）",
             lw_erp("吴建华", "海丰制冰厂｜9月碎冰1080吨｜入库单汇总LW-RK-2609"),
             "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-007",
             invoice_no=invoice("35", "lw-ice-4"), changed_at="2026-10-12 16:05"))

scam(T, "fake_invoice", "flag",
     ["renewal_bill", "first_time_payee", "no_po_contract", "urgency", "email_instruction",
      "evasion_traditional"],
     "A 'brand protection centre' e-mail, half in traditional characters, says another firm is registering "
     "the company's Chinese domain name and demands a 6.8k protection fee within two working days.",
     payment("LW-FK-20261016001", "2026-10-16 11:15", LW,
             payee("北京中域网络科技有限公司", acct("1109", "lw-domain", 18), "北京农商银行朝阳支行",
                   "corporate"),
             "6800", "服务费", "“蓝湾大黄鱼”中文域名及通用网址保护注册（1年）",
             instr("email", "中国海洋品牌保护中心 审核部", "shenhe@hy-brandcenter.cn",
                   "關於“藍灣大黃魚”品牌資源爭議審核的通知函：\n"
                   "近日有福州某公司申請註冊“蓝湾大黄鱼.中国”及相关通用网址，经初步审核与贵司品牌存在冲突。"
                   "如贵司需优先保护，请于2个工作日内缴纳保护注册费6800元/年，逾期视为自动放弃，我中心将依规受理他方申请。",
                   urgent=True),
             "E3102", ["E3101"]))

hard_negative(T, ["authority_words", "urgency"],
              "The annual sea-area use fee for the cage farm, paid to the State Treasury with a payment code "
              "from the natural-resources bureau's written notice before its deadline.",
              payment("LW-FK-20261016002", "2026-10-16 15:40", LW, LW_TAX, "92400", "税费",
                      "2026年度海域使用金（三都澳养殖用海）",
                      lw_erp("陈国栋", "宁德市自然资源局海域使用金缴款通知书（宁自然资海〔2026〕118号），"
                                    "非税缴款码3509261018000477，截止10月20日，逾期加收滞纳金"),
                      "E3101", ["E3100"]))

scam(T, "task_rebate", "block",
     ["personal_account", "task_rebate_words", "topup_words", "first_time_payee", "vague_memo", "off_hours",
      "im_instruction", "no_approval", "evasion_pinyin"],
     "Late at night a sales assistant files a 5.6k 'petty cash advance' to a stranger's card, pasting an app "
     "message that a linked task order must be topped up before her commission can be withdrawn.",
     payment("LW-FK-20261019001", "2026-10-19 21:30", LW,
             payee("周志鹏", acct("6228", "lw-task-kefu", 19), "中国农业银行南昌分行", "personal"),
             "5600", "借支", "备用金借支",
             instr("im", "叶小燕", "企业微信:叶小燕（通讯录）",
                   "【任务中心】您的第3组连单已开启，需向专属客服账户chong值5600元解锁本组佣金12800元，"
                   "30分钟内未完成视为违规，本金将被冻结。\n"
                   "陈经理，我急用一下，明天就能提出来，马上还给公司，求求先批一下😭"),
             "E3125", []))

hard_negative(T, ["new_customer", "contact_im_only", "evasion_pinyin", "evasion_fullwidth"],
              "A new local supermarket orders 20 cartons of dried croaker by WeChat with slangy pinyin and "
              "full-width digits, and its "
              "company-to-company transfer is already in our account.",
              order("LW-DD-20261020001", "2026-10-20 09:15",
                    customer("宁德万家福连锁超市有限公司", uscc("91350902", "wanjiafu"), "阿华", "19900002254",
                             None, wxid("lw-wanjiafu"), None),
                    [item("黄鱼鲞（礼盒装）", "20", "箱", "560.00")], "im",
                    "宁德市蕉城区万家福超市东湖店", "2026-10-21", "款到发货（已到账）",
                    notes="老板好👋 订20箱黄鱼鲞礼盒，款已经zz过去了（公对公，１１２００），麻烦明天送到东湖店哈🙏"))

scam(T, "contract_fraud", "flag",
     ["new_customer", "large_first_order", "fake_payment_proof", "guarantee_unverified",
      "credit_terms_requested", "urgency"],
     "A new Ganzhou trader offers an above-market price for 50 t, to be paid with a six-month commercial "
     "acceptance bill from a drawer nobody knows, wants loading within three days and signing at its office.",
     order("LW-DD-20261021001", "2026-10-21 16:00",
           customer("赣州赣鲜冷链贸易有限公司", uscc("91360702", "ganxian"), "钟总", "19900008839", None,
                    wxid("lw-ganxian"), None),
           [item("冻大黄鱼（整条，400-500g/尾）", "50", "吨", "56000.00")], "phone",
           "江西省赣州市章贡区某冷链物流园", "2026-10-24",
           "6个月电子商业承兑汇票（出票人：赣州某城投建设有限公司）",
           notes="价格按你们报价再加4000一吨没问题，不用看样。货款开6个月商票，出票人是我们合作的城投公司，信用没问题。"
                 "三天内装车，合同请黄经理来赣州我们办公室签。"))

scam(T, "fake_salary", "flag",
     ["payroll_change", "email_instruction", "free_mail", "new_contact", "personal_account", "first_time_payee"],
     "A free-mail message in the sales manager's name asks HR to pay her September commission to a new "
     "online-bank card; the name matches but nothing else in the request was checked.",
     payment("LW-FK-20261022001", "2026-10-22 10:40", LW,
             payee("黄丽娟", acct("6214", "lw-fake-paycard", 19), "浙江网商银行", "personal"),
             "23600", "工资", "9月销售提成（黄丽娟）",
             instr("email", "黄丽娟", "huanglijuan_lw@163.com",
                   "刘姐好，我原来的工资卡被冻结了正在处理，这个月提成先打到我新开的卡上，以后工资也都打这张：\n"
                   "户名 黄丽娟　开户行 网商银行　卡号见下。\n我在上海跑客户，手机快没电了，邮件联系就行，谢谢！"),
             "E3130", ["E3101"]))

hard_negative(T, ["deposit_words", "account_changed_long_ago"],
              "A deposit for 400 returnable insulated crates paid to the regular cold-chain carrier under its "
              "existing contract.",
              payment("LW-FK-20261023001", "2026-10-23 11:30", LW, LW_COLD, "24000", "押金",
                      "可循环保温周转箱押金（400只，退箱退押）",
                      lw_erp("林秀英", "闽东冷链｜周转箱押金400只×60元｜合同LW-WL-2026-001补充协议"),
                      "E3102", ["E3101"], contract_id="LW-WL-2026-001", changed_at=LW_COLD_CHANGED))

scam(T, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "first_time_payee", "im_instruction", "new_contact", "evasion_fullwidth"],
     "The look-alike 'Shanghai wholesaler' now says new suppliers must pay its named lab a 6.8k QC "
     "inspection fee, typed in full-width, before it will place the order.",
     payment("LW-FK-20261026001", "2026-10-26 10:20", LW,
             payee("上海沪检食品检测技术服务有限公司", acct("3100", "lw-fake-lab", 19), "上海银行浦东分行",
                   "corporate"),
             "6800", "检测费", "新供应商入库ＱＣ检测费",
             instr("im", "周经理（沪鲜水产贸易）", wxid("lw-fake-huxian"),
                   "黄经理，新供应商进我们冷库要先做一次第三方ＱＣ检测，费用６８００，直接转给沪检，"
                   "他们出报告我们马上下单付款💪，别的供应商都是这么走的。"),
             "E3120", ["E3101"]))

scam(T, "account_lending", "block",
     ["account_lending_words", "third_party_payer", "new_customer", "overpayment", "evasion_traditional"],
     "A new Fuzhou trader orders 380k of dried croaker but will send 1.2m from several partner accounts and "
     "wants the balance forwarded to its 'designated account' for a 2% handling fee.",
     order("LW-DD-20261028001", "2026-10-28 15:35",
           customer("福州鑫润海贸易有限公司", uscc("91350104", "xinrunhai"), "林总", "19900006605", None,
                    wxid("lw-xinrunhai"), None),
           [item("黄鱼鲞", "3800", "公斤", "100.00")], "im",
           "福州市仓山区某冷库", "2026-11-02", "款到发货（由合作方分批打款）",
           third_party=third("福州闽融供应链管理有限公司", "19900006650", "pass_through_payee", "820000"),
           notes="我们货款会从几个合作方账户分批打过来，一共120万，扣掉鱼款38万，剩下82万麻烦转到我们指定的"
                 "闽融供应链，就是借你們對公帳戶過一下賬，手续费按2%给你们，一周做两三次。"))

hard_negative(T, ["deposit_words", "first_time_payee", "evasion_spacing"],
              "A tender deposit to the city public-resources trading centre, whose account details were pasted "
              "from the PDF announcement with spaces between the characters.",
              payment("LW-FK-20261102001", "2026-11-02 10:00", LW,
                      payee("宁德市公共资源交易中心", acct("3505", "lw-ggzy", 19), "中国建设银行宁德分行",
                            "corporate", None, "0593-0000160"),
                      "30000", "投标保证金", "2026年宁德市中小学食堂水产品配送项目投标保证金",
                      lw_erp("黄丽娟", "按招标公告（编号NDGGZY-2026-1107）缴纳：\n"
                                    "投 标 保 证 金 账 户 名 称：宁德市公共资源交易中心\n"
                                    "开 户 银 行：中国建设银行宁德分行\n金额：人民币叁万元整，截止11月5日17:00"),
                      "E3120", ["E3101", "E3100"], contract_id="NDGGZY-2026-1107"))

routine(T, "Fish-feed payment to the regular feed mill.", payment(
    "LW-FK-20261104001", "2026-11-04 10:30", LW, LW_FEED, "251100", "货款",
    "10月下旬大黄鱼膨化配合饲料（40.5吨）",
    lw_erp("吴建华", "三都澳饲料｜大黄鱼膨化料40.5吨｜合同LW-CG-2026-003｜发票" + invoice("35", "lw-feed-5")),
    "E3110", ["E3101", "E3100"], contract_id="LW-CG-2026-003", invoice_no=invoice("35", "lw-feed-5")))

hard_negative(T, ["personal_account", "first_time_payee"],
              "Freight for a live-fish carrier boat paid to the individual boat owner's own card against a "
              "signed trip record.",
              payment("LW-FK-20261105001", "2026-11-05 14:00", LW,
                      payee("林阿弟", acct("6228", "lw-boat", 19), "中国农业银行霞浦支行", "personal",
                            None, "19900003326"),
                      "7200", "运费", "活鱼运输船运费（三都澳—霞浦，3航次）",
                      lw_erp("叶志强", "个体船主林阿弟活鱼船运费，航次签收单LW-HC-1101/1102/1103，"
                                    "税务局代开发票已取得"),
                      "E3140", ["E3101"]))

routine(T, "Order from the established Xiamen restaurant group.", order(
    "LW-DD-20261106001", "2026-11-06 11:10", LW_MINWEI,
    [item("冰鲜大黄鱼（400-500g/尾）", "1500", "公斤", "44.00"), item("黄鱼鲞", "260", "公斤", "98.00")],
    "email", "厦门市湖里区闽味中央厨房", "2026-11-09", "月结30天", notes="11月门店菜单备货"))


# ===========================================================================
# Tenant 2: shaguang — 宁夏沙光新能源工程有限公司 (Yinchuan, Ningxia)
# Solar-farm EPC contractor; projects at Yingshuiqiao (Zhongwei) and Hongsibu (Wuzhong).
# Workflow: 泛微OA.
# Staff: 马建军 GM E3200 · 杨静 finance director E3201 · 丁晓梅 cashier E3202 ·
#        李文博 project manager E3210 · 何娟 purchasing E3211 · 安志刚 engineer E3212 ·
#        王磊 business development E3220 · 纳春燕 HR E3230
# ===========================================================================

T = "shaguang"
SG_NAME = "宁夏沙光新能源工程有限公司"
SG = payer(acct("2902", "sg-basic", 19), SG_NAME)

SG_BRACKET = payee("宁夏固阳光伏支架制造有限公司", acct("1100", "sg-bracket", 18), "宁夏银行银川分行",
                   "corporate", "V-SG01", "0951-0000318")
SG_CABLE = payee("宁夏贺兰线缆有限公司", acct("6405", "sg-cable", 19), "中国建设银行贺兰支行",
                 "corporate", "V-SG02", "0951-0000427")
SG_CRANE = payee("中卫市沙坡头区鑫达吊装服务有限公司", acct("2904", "sg-crane", 19), "中国工商银行中卫分行",
                 "corporate", "V-SG03", "0955-0000562")
SG_LABOUR = payee("宁夏恒力建筑劳务有限公司", acct("6400", "sg-labour", 19), "中国农业银行银川分行",
                  "corporate", "V-SG04", "0951-0000649")
SG_MODULE = payee("银川晶阳光电科技有限公司", acct("1102", "sg-module", 18), "宁夏银行银川分行",
                  "corporate", "V-SG05", "0951-0000736")
SG_WAGE = payee("宁夏沙光新能源工程有限公司（农民工工资专用账户）", acct("2904", "sg-wage-special", 19),
                "中国工商银行中卫分行", "corporate", "PAY-SG02", None)
SG_PAYROLL = payee("中国工商银行银川金凤支行（代发工资专户）", acct("2902", "sg-payroll", 19),
                   "中国工商银行银川金凤支行", "corporate", "PAY-SG01", None)
SG_TAX = payee("国家金库银川市中心支库", acct("6401", "sg-tax", 17), "国家金库银川市中心支库",
               "corporate", "TAX-SG", None)

SG_YINGSHUI = customer("中卫市迎水桥光伏发电有限公司", uscc("91640502", "yingshui"), "冯经理", "0955-0000823",
                       "fengjl@ysq-pv.cn", None, "C-SG01")
SG_LVNENG = customer("吴忠市红寺堡区绿能农光发电有限公司", uscc("91640303", "lvneng"), "白经理", "0953-0000914",
                     "baijl@lvneng-ng.cn", None, "C-SG02")
SG_JUNENGDA = customer("宁夏聚能达商贸有限公司", uscc("91640106", "junengda"), "赵总", "19100006621", None,
                       wxid("sg-junengda"), "C-SG05")
SG_CABLE_INV = invoice("64", "sg-cable-aug")


def sg_oa(who, text):
    return instr("erp", who, None, "泛微OA付款审批已通过：" + text)


# --- history --------------------------------------------------------------

history(T, "Mounting brackets from the regular bracket maker.", payment(
    "SG-FK-20260804001", "2026-08-04 10:20", SG, SG_BRACKET, "1268000", "货款", "迎水桥项目固定支架（第3批）",
    sg_oa("何娟", "固阳支架｜迎水桥100MW固定支架第3批｜合同SG-CG-2026-011｜到货验收单YSQ-DH-0731"),
    "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-011", invoice_no=invoice("64", "sg-bracket-1")))

history(T, "Installation change order from the established Yingshuiqiao project owner.", order(
    "SG-DD-20260805001", "2026-08-05 11:00", SG_YINGSHUI,
    [item("光伏支架及组件安装（迎水桥100MW二期补充）", "5", "MW", "210000.00")], "email",
    "中卫市沙坡头区迎水桥镇光伏项目二期", "2026-09-30", "按月度计量付款，质保金5%",
    notes="二期补充5MW，变更单YSQ-BG-07已盖章。"))

history(T, "Cable from the regular cable maker.", payment(
    "SG-FK-20260806001", "2026-08-06 15:30", SG, SG_CABLE, "356800", "货款", "光伏专用电缆PV1-F 1×4mm²等",
    sg_oa("何娟", "贺兰线缆｜光伏电缆及铝芯电缆｜合同SG-CG-2026-014｜发票" + SG_CABLE_INV),
    "E3211", ["E3201"], contract_id="SG-CG-2026-014", invoice_no=SG_CABLE_INV))

history(T, "Crane hire from the regular lifting contractor.", payment(
    "SG-FK-20260807001", "2026-08-07 16:10", SG, SG_CRANE, "86000", "租赁费", "7月吊装台班费（25吨汽车吊）",
    sg_oa("李文博", "鑫达吊装｜7月台班43个×2000元｜结算单YSQ-DZ-07"),
    "E3210", ["E3201"], contract_id="SG-ZL-2026-003", invoice_no=invoice("64", "sg-crane-1")))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "SG-FK-20260810001", "2026-08-10 17:10", SG, SG_PAYROLL, "468300", "工资", "7月工资代发（76人）",
    sg_oa("纳春燕", "7月工资代发（76人），工资表已审批"), "E3230", ["E3201", "E3200"]))

history(T, "Labour subcontract progress payment to the regular labour contractor.", payment(
    "SG-FK-20260811001", "2026-08-11 10:40", SG, SG_LABOUR, "920000", "工程款", "迎水桥项目劳务进度款（7月）",
    sg_oa("李文博", "恒力劳务｜7月劳务计量单YSQ-LW-07｜合同SG-FB-2026-002"),
    "E3210", ["E3201", "E3200"], contract_id="SG-FB-2026-002", invoice_no=invoice("64", "sg-labour-1")))

history(T, "PV modules from the regular module supplier.", payment(
    "SG-FK-20260812001", "2026-08-12 14:50", SG, SG_MODULE, "2160000", "货款", "单晶双面组件（2.88MW）",
    sg_oa("何娟", "晶阳光电｜组件2.88MW×0.75元/W｜合同SG-CG-2026-009"),
    "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-009", invoice_no=invoice("64", "sg-module-1")))

history(T, "Monthly VAT through the tax bureau's three-party debit.", payment(
    "SG-FK-20260814001", "2026-08-14 10:05", SG, SG_TAX, "231604.18", "税款", "7月增值税及附加",
    sg_oa("杨静", "电子税务局三方协议扣缴：7月增值税及附加"), "E3201", ["E3200"]))

history(T, "Small rooftop system for a new trading company, paid in full before work began.", order(
    "SG-DD-20260818001", "2026-08-18 15:20", {**SG_JUNENGDA, "customer_id": None},
    [item("屋顶分布式光伏系统EPC（仓库屋顶）", "60", "kW", "3300.00")], "im",
    "银川市兴庆区掌政镇聚能达仓库", "2026-09-05", "款到开工（已全额到账）",
    notes="60千瓦仓库屋顶，款已全额打过来，赵总说先做个小的看看效果。"))

history(T, "Mounting brackets from the regular bracket maker.", payment(
    "SG-FK-20260820001", "2026-08-20 11:15", SG, SG_BRACKET, "986000", "货款", "迎水桥项目固定支架（第4批）",
    sg_oa("何娟", "固阳支架｜迎水桥100MW固定支架第4批｜合同SG-CG-2026-011｜到货验收单YSQ-DH-0816"),
    "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-011", invoice_no=invoice("64", "sg-bracket-2")))

history(T, "Migrant workers' wages moved into the project's dedicated wage account, as the wage regulation requires.", payment(
    "SG-FK-20260825001", "2026-08-25 10:30", SG, SG_WAGE, "1240000", "工资", "迎水桥项目7月农民工工资（拨入专户）",
    sg_oa("李文博", "按《保障农民工工资支付条例》拨付迎水桥项目7月农民工工资至农民工工资专用账户，由银行代发至工人本人卡"),
    "E3210", ["E3201", "E3200"]))

history(T, "Crane hire from the regular lifting contractor.", payment(
    "SG-FK-20260901001", "2026-09-01 16:30", SG, SG_CRANE, "74500", "租赁费", "8月吊装台班费（25吨汽车吊）",
    sg_oa("李文博", "鑫达吊装｜8月台班37个+进退场费｜结算单YSQ-DZ-08"),
    "E3210", ["E3201"], contract_id="SG-ZL-2026-003", invoice_no=invoice("64", "sg-crane-2")))

history(T, "Agrivoltaic installation contract from the established Hongsibu project owner.", order(
    "SG-DD-20260904001", "2026-09-04 10:45", SG_LVNENG,
    [item("农光互补光伏区组件安装", "10", "MW", "180000.00"), item("箱变及集电线路安装", "1", "项", "420000.00")],
    "email", "吴忠市红寺堡区太阳山农光互补项目", "2026-11-30", "按月度进度款，质保金5%",
    notes="施工合同LN-SG-2026-03已双方盖章，9月15日进场。"))

history(T, "Labour subcontract progress payment to the regular labour contractor.", payment(
    "SG-FK-20260909001", "2026-09-09 10:50", SG, SG_LABOUR, "1035000", "工程款", "迎水桥项目劳务进度款（8月）",
    sg_oa("李文博", "恒力劳务｜8月劳务计量单YSQ-LW-08｜合同SG-FB-2026-002"),
    "E3210", ["E3201", "E3200"], contract_id="SG-FB-2026-002", invoice_no=invoice("64", "sg-labour-2")))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "SG-FK-20260910001", "2026-09-10 17:20", SG, SG_PAYROLL, "472800", "工资", "8月工资代发（77人）",
    sg_oa("纳春燕", "8月工资代发（77人），工资表已审批"), "E3230", ["E3201", "E3200"]))

# --- test -----------------------------------------------------------------

routine(T, "Mounting brackets from the regular bracket maker.", payment(
    "SG-FK-20260914001", "2026-09-14 10:10", SG, SG_BRACKET, "1124000", "货款", "迎水桥项目固定支架（第5批）",
    sg_oa("何娟", "固阳支架｜迎水桥100MW固定支架第5批｜合同SG-CG-2026-011｜到货验收单YSQ-DH-0910"),
    "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-011", invoice_no=invoice("64", "sg-bracket-3")))

scam(T, "contract_fraud", "flag",
     ["deposit_words", "payee_name_mismatch", "bigproject_words", "first_time_payee", "evasion_homophone"],
     "A 'central-SOE engineering bureau' offering a desert mega-base subcontract wants an 800k performance "
     "bond before signing, paid to a trading company it calls its group's collection platform.",
     payment("SG-FK-20260915001", "2026-09-15 15:00", SG,
             payee("宁夏汇通达商贸有限公司", acct("1101", "sg-huitongda", 18), "宁夏黄河农村商业银行银川分行",
                   "corporate"),
             "800000", "保证金", "沙戈荒大基地二期光伏区施工分包履约保证金",
             sg_oa("王磊",
                   "中能建西北某工程有限公司宁东沙戈荒大基地二期光伏区施工分包（约300MW），对方要求签分包合同前"
                   "缴纳履约保正金80万元，收款单位为其“指定合作单位”宁夏汇通达商贸有限公司（对方称为集团资金归集平台），"
                   "分包合同文本待对方盖章后寄回。"),
             "E3220", ["E3201", "E3200"]))

hard_negative(T, ["deposit_words", "first_time_payee"],
              "A 500k bid bond paid to the regional public-resources trading centre account named in the "
              "tender announcement, with the announcement number linked.",
              payment("SG-FK-20260916001", "2026-09-16 10:30", SG,
                      payee("宁夏回族自治区公共资源交易中心", acct("2902", "sg-ggzy", 19), "中国工商银行银川分行",
                            "corporate", None, "0951-0000150"),
                      "500000", "投标保证金", "红寺堡200MW光伏复合项目EPC总承包投标保证金",
                      sg_oa("王磊", "按招标公告NXGGZY-2026-GC-0918缴纳投标保证金，收款账户与公告一致，"
                                 "系统生成子账号已核对；开标后5个工作日内原路退还"),
                      "E3220", ["E3201", "E3200"], contract_id="NXGGZY-2026-GC-0918"))

scam(T, "contract_fraud", "flag",
     ["middleman_fee", "bigproject_words", "personal_account", "first_time_payee", "im_instruction",
      "evasion_pinyin", "off_hours"],
     "In the evening a 'fixer' promises the Hongsibu 200 MW award for a 150k information fee up front, "
     "paid only to his own card, and the GM files the request himself.",
     payment("SG-FK-20260917001", "2026-09-17 20:40", SG,
             payee("罗振东", acct("6217", "sg-fixer", 19), "中国建设银行西安高新支行", "personal"),
             "150000", "咨询费", "项目信息咨询费",
             instr("im", "罗总（朋友介绍）", wxid("sg-fixer"),
                   "马总，红寺堡那个200兆瓦的标我这边能搞定，包zhong标，前期xxf（信息费）15个先到位，"
                   "中标后再付尾款。只能打我私人卡，公对公不方便走😉 今晚到了明天我就去约人。"),
             "E3200", ["E3201"]))

routine(T, "Additional installation order from the established Yingshuiqiao project owner.", order(
    "SG-DD-20260918001", "2026-09-18 11:30", SG_YINGSHUI,
    [item("光伏支架及组件安装（迎水桥100MW三期）", "8", "MW", "205000.00")], "email",
    "中卫市沙坡头区迎水桥镇光伏项目三期", "2026-11-15", "按月度计量付款，质保金5%",
    notes="三期8MW，补充协议YSQ-BC-03已盖章。"))

scam(T, "account_lending", "block",
     ["account_lending_words", "in_out_match", "personal_account", "first_time_payee", "im_instruction",
      "split_payment", "personal_account_pretext", "no_approval"],
     "The labour contractor's boss says his company account is frozen and asks to run a building-materials "
     "firm's 1.2m through our account to build turnover, then pay it out to three gang leaders' cards.",
     payment("SG-FK-20260921001", "2026-09-21 14:15", SG,
             payee("马福贵", acct("6228", "sg-gang-1", 19), "中国农业银行中卫分行", "personal"),
             "400000", "往来款", "代付恒力劳务班组款（1/3）",
             instr("im", "恒力劳务 张总", wxid("sg-labour-boss"),
                   "杨总，帮个忙，我们公户被冻了。有个建材公司欠我们的120万，我让他今天先打到你们沙光账上，"
                   "走一下流水，你们收到后分三笔转到下面三个班组长卡上，流水做完就好，下个月劳务款里扣都行。"),
             "E3201", []))

hard_negative(T, ["payee_shared_by_employees"],
              "The monthly transfer of migrant workers' wages into the project's own dedicated wage account, "
              "from which the bank pays each worker's own card.",
              payment("SG-FK-20260922001", "2026-09-22 10:20", SG, SG_WAGE, "1316000", "工资",
                      "迎水桥项目8月农民工工资（拨入专户）",
                      sg_oa("李文博", "按《保障农民工工资支付条例》拨付迎水桥项目8月农民工工资（212人）至农民工工资专用账户，"
                                   "由银行按实名制花名册代发至工人本人卡"),
                      "E3210", ["E3201", "E3200"]))

scam(T, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
      "account_change_words", "unusual_bank_region", "evasion_traditional", "evasion_fullwidth"],
     "An e-mail from a hyphenated look-alike of the bracket maker's domain, in traditional characters and "
     "full-width digits, moved its account to a Lanzhou bank five days before this first 328k payment.",
     payment("SG-FK-20260923001", "2026-09-23 15:40", SG,
             payee("宁夏固阳光伏支架制造有限公司", acct("2703", "sg-bracket-diverted", 19), "甘肃银行兰州七里河支行",
                   "corporate", "V-SG01", "0951-0000318"),
             "328000", "货款", "迎水桥项目支架配件（压块、螺栓）",
             instr("email", "固阳支架 财务部", "caiwu@gu-yangpv.cn",
                   "沙光新能源財務部：\n因我司年審及銀行信息變更，即日起貨款請匯至以下新帳戶，原帳戶停止收款：\n"
                   "户名：宁夏固阳光伏支架制造有限公司\n开户行：甘肃银行兰州七里河支行\n"
                   "本次配件款合計３２８０００元，請於本周內安排。附件為蓋章變更函。"),
             "E3211", ["E3201"], contract_id="SG-CG-2026-011", invoice_no=invoice("64", "sg-bracket-4"),
             changed_at="2026-09-18 15:20"))

hard_negative(T, ["account_changed_recent", "first_time_payee", "account_change_words"],
              "A one-yuan test payment to the crane contractor's new account after its branch merger, made "
              "after a stamped change letter and a call-back to the landline on file.",
              payment("SG-FK-20260924001", "2026-09-24 10:40", SG,
                      payee("中卫市沙坡头区鑫达吊装服务有限公司", acct("1100", "sg-crane-new", 18), "宁夏银行中卫分行",
                            "corporate", "V-SG03", "0955-0000562"),
                      "1", "其他", "新账户验证小额打款",
                      sg_oa("丁晓梅", "鑫达吊装开户行变更（原工行中卫分行网点撤并），已收盖章账户变更函，"
                                   "已回拨档案电话0955-0000562与对方财务核实，先打1元验证到账"),
                      "E3202", ["E3201"], changed_at="2026-09-21 11:00",
                      verification=verification("0955-0000562", "E3201", "2026-09-24 10:25")))

SG_HOSPITAL_ORDER = "SG-DD-20260928001"
scam(T, "fake_order", "flag",
     ["institution_claim", "designated_supplier", "new_customer", "contact_im_only", "evasion_spacing",
      "fee_asked_of_seller"],
     "A 'county hospital logistics office' orders a 300 kW rooftop system and insists its own testing "
     "institute does the grid test, with us advancing the 46k fee.",
     order(SG_HOSPITAL_ORDER, "2026-09-28 10:50",
           customer("中卫市某县人民医院后勤保障科", None, "郝科长", "19100003359", None, wxid("sg-hospital"),
                    None),
           [item("屋顶分布式光伏系统EPC（门诊楼及住院楼屋顶）", "300", "kW", "3200.00")], "im",
           "中卫市某县人民医院院内", "2026-11-20", "验收后财政资金支付",
           third_party=third("宁夏瑞通电力检测技术中心", "19100003395", "designated_supplier", "46000"),
           notes="郝科长说医院的项目并网检测只能由瑞通电力检测做，卫健委备案过的。检测费4.6万你们先垫 一 下，"
                 "跟工程款一起结。下周三前先把检测费付了他们才排期。"))

scam(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "im_instruction",
      "urgency"],
     "A new farmers' co-operative that ordered a solar pumping system wants us to buy 40 battery packs from "
     "the dealer it names and pay 136k now, promising to pay once its 'subsidy' arrives.",
     payment("SG-FK-20260929001", "2026-09-29 16:20", SG,
             payee("银川市金凤区恒电新能源设备经营部", acct("6222", "sg-battery-shop", 19), "中国工商银行银川新华支行",
                   "personal"),
             "136000", "代采购", "代购储能电池40组（中宁枸杞合作社光伏提水项目）",
             instr("im", "中宁县杞源枸杞种植专业合作社 马社长", wxid("sg-coop"),
                   "王经理，电池就要恒电这家的，别家的我们社员不认。钱你们先垫上，乡里的补贴款下周一到，"
                   "我们连设备款一起打给你们，放心，我们合作社跑不了。今天他们就要装车，麻烦抓紧。",
                   urgent=True),
             "E3220", ["E3201"], order_id="SG-XS-20260925003"))

hard_negative(T, ["new_customer", "contact_im_only", "evasion_homophone", "loan_fee_words"],
              "A farmer orders a household rooftop system financed by the rural bank's solar loan, which the "
              "bank pays straight into our account, and he spells WeChat the village way.",
              order("SG-DD-20260930001", "2026-09-30 11:40",
                    customer("李建国（永宁县望洪镇农户）", None, "李建国", "19100004408", None,
                             wxid("sg-farmer-li"), None),
                    [item("户用屋顶光伏系统（含逆变器及并网）", "20", "kW", "3100.00")], "phone",
                    "银川市永宁县望洪镇李家庄", "2026-10-25", "农商行光伏贷银行直接放款至我司账户（放款通知书已核对）",
                    notes="李大哥说有事用威信联系他就行。永宁农商行光伏贷已审批，贷款由银行直接放到我们公司账户，"
                          "放款通知书原件已交财务核对，不经过农户本人。"))

scam(T, "advance_fee", "flag",
     ["loan_fee_words", "fee_words", "first_time_payee", "no_po_contract", "evasion_fullwidth",
      "evasion_spacing"],
     "A 'financial outsourcing' firm offering a 5m no-collateral project loan at 3.2% asks for a 50k "
     "'risk deposit' before any loan contract.",
     payment("SG-FK-20261009001", "2026-10-09 14:30", SG,
             payee("宁夏鼎信金融服务外包有限公司", acct("1103", "sg-dingxin", 18), "宁夏银行银川西夏支行",
                   "corporate"),
             "50000", "保证金", "新能源项目贷风险保证金",
             sg_oa("杨静",
                   "鼎信金融称可办理“新能源项目贷”５００万，年化3.2%，无 抵 押，7个工作日放款；"
                   "放款前需缴纳１%风险保证金５万元，放款后随首期利息退还。（贷款合同待放款时签订）"),
             "E3201", ["E3200"]))

scam(T, "advance_fee", "block",
     ["loan_fee_words", "personal_account", "first_time_payee", "urgency", "im_instruction", "no_approval",
      "evasion_traditional"],
     "The same 'loan' now fails because of a 'wrong card number', and an 'auditor' demands a 28k unfreezing "
     "fee, written in traditional characters, on her personal account.",
     payment("SG-FK-20261012001", "2026-10-12 16:50", SG,
             payee("郭丽娜", acct("6230", "sg-unfreeze", 19), "中国光大银行兰州分行", "personal"),
             "28000", "其他", "贷款资金解冻金",
             instr("im", "鼎信金融 审核专员郭丽娜", wxid("sg-dingxin-audit"),
                   "杨总您好，系统顯示貴司預留卡號錯誤，500萬放款失敗，資金已被凍結。需繳納解凍金2.8萬至審核專員賬戶，"
                   "今天17:30前完成可當日重新放款，逾期資金將退回銀行並記入征信。",
                   urgent=True),
             "E3201", []))

routine(T, "Labour subcontract progress payment to the regular labour contractor.", payment(
    "SG-FK-20261013001", "2026-10-13 10:35", SG, SG_LABOUR, "986000", "工程款", "迎水桥项目劳务进度款（9月）",
    sg_oa("李文博", "恒力劳务｜9月劳务计量单YSQ-LW-09｜合同SG-FB-2026-002"),
    "E3210", ["E3201", "E3200"], contract_id="SG-FB-2026-002", invoice_no=invoice("64", "sg-labour-3")))

scam(T, "boss_impersonation", "flag",
     ["email_instruction", "lookalike_domain", "cannot_call", "bypass_process", "secrecy_words",
      "first_time_payee", "no_approval", "boss_role", "urgency"],
     "An e-mail in English and Chinese from a look-alike of the GM's domain says he is abroad with an "
     "investor and wants a 268k equipment advance wired today, confidentially, contract to follow.",
     payment("SG-FK-20261014001", "2026-10-14 11:25", SG,
             payee("上海锦源国际贸易有限公司", acct("3166", "sg-jinyuan", 18), "上海浦东发展银行外高桥支行",
                   "corporate"),
             "268000", "预付款", "储能设备预付款",
             instr("email", "马建军", "majianjun@shaguang-ne.com.cn",
                   "Yang Jing,\nI'm in Dubai meeting the investor for the storage project, can't take calls. "
                   "Please wire the 设备预付款 RMB 268,000 to 上海锦源国际贸易有限公司 today (bank details below), "
                   "contract to follow next week. Keep this confidential until the deal is announced, "
                   "不要在群里说。\nMa",
                   urgent=True),
             "E3201", []))

hard_negative(T, ["third_party_payer"],
              "The established Yingshuiqiao owner says its parent group will pay this advance under a stamped "
              "three-party payment agreement already on file.",
              order("SG-DD-20261015001", "2026-10-15 10:10", SG_YINGSHUI,
                    [item("35kV集电线路改造", "1", "项", "680000.00")], "email",
                    "中卫市沙坡头区迎水桥镇光伏项目升压站", "2026-12-10", "预付30%，按进度结算",
                    notes="本次30%预付款由我司母公司宁夏迎水桥能源集团有限公司代付（三方委托付款协议YSQ-SF-2026-02已盖章），"
                          "请开票给我司。"))

hard_negative(T, ["urgency", "off_hours", "bypass_process"],
              "On a Saturday morning after a sandstorm the regular module supplier is paid at once for "
              "replacement modules, with a GM 'special approval' recorded in the OA.",
              payment("SG-FK-20261017001", "2026-10-17 08:30", SG, SG_MODULE, "336000", "货款",
                      "沙尘暴受损组件更换（448kW）",
                      sg_oa("何娟", "10月16日夜沙尘暴致迎水桥三期组件破损，急！晶阳光电周末加急发货448kW，"
                                 "马总OA特批先付款后补验收单，合同SG-CG-2026-009补充条款"),
                      "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-009",
                      invoice_no=invoice("64", "sg-module-2")))

scam(T, "account_lending", "block",
     ["account_lending_words", "new_customer", "large_first_order", "evasion_pinyin", "third_party_payer"],
     "A new 'industrial' company wants a 2m rooftop EPC contract signed only so the money can pass through "
     "our account and back to its affiliate for its bank statements, minus 3%.",
     order("SG-DD-20261019001", "2026-10-19 15:30",
           customer("宁夏聚鑫源实业有限公司", uscc("91640104", "juxinyuan"), "白总", "19100008812", None,
                    wxid("sg-juxinyuan"), None),
           [item("屋顶分布式光伏EPC（厂房屋顶，合同金额）", "600", "kW", "3400.00")], "im",
           "银川市兴庆区某工业园厂房", "2026-12-31", "合同签订后一次性付清",
           third_party=third("宁夏聚鑫源商贸有限公司", "19100008821", "pass_through_payee", "1978800"),
           notes="合同我们签，钱我们一次打过来，你们扣3个点再转回我们关联公司，项目先不急着做。"
                 "就是帮忙sls（刷流水），银行那边贷款审批要看对公流水，贷款下来就不麻烦你们了。"))

scam(T, "fake_salary", "block",
     ["payroll_change", "payee_not_employee", "personal_account", "im_instruction", "new_contact",
      "first_time_payee"],
     "A DingTalk message from a 'new account' of a site engineer asks HR to pay his October salary to his "
     "'wife's' online-bank card because his own card is lost.",
     payment("SG-FK-20261020001", "2026-10-20 16:45", SG,
             payee("吕小红", acct("6214", "sg-wife-card", 19), "浙江网商银行", "personal"),
             "13850", "工资", "10月工资（安志刚）",
             instr("im", "安志刚", "钉钉:安志刚（新账号）",
                   "纳姐，我手机掉了，这是新钉钉。工资卡也一起丢了正在补，这个月工资先打我爱人卡上吧：\n"
                   "户名 吕小红　网商银行　卡号发你了\n项目上信号差，语音打不通，有事钉钉留言。"),
             "E3230", ["E3201"]))

hard_negative(T, ["credit_terms_requested", "loan_fee_words"],
              "The established Hongsibu owner places phase two under the framework agreement in which the "
              "contractor finances construction and is paid within 90 days of grid connection.",
              order("SG-DD-20261021001", "2026-10-21 10:15", SG_LVNENG,
                    [item("农光互补二期光伏区EPC", "20", "MW", "2650000.00")], "email",
                    "吴忠市红寺堡区太阳山农光互补项目二期", "2027-05-30",
                    "按框架协议由承包方垫资施工，并网验收后90天内付清",
                    notes="二期20MW按2026年框架协议LN-SG-KJ-2026执行，由贵司垫资施工，并网验收后90天内付清，"
                          "履约担保按原协议。"))

scam(T, "overpayment_refund", "block",
     ["refund_words", "overpayment", "fake_payment_proof", "first_time_payee", "im_instruction", "urgency",
      "sales_order_linked"],
     "A new logistics-park customer says it paid its advance twice and wants 186k refunded today to its "
     "company account, while our bank still shows the money as 'in process'.",
     payment("SG-FK-20261022001", "2026-10-22 15:00", SG,
             payee("宁夏陆港物流园管理有限公司", acct("1104", "sg-lugang", 18), "宁夏黄河农村商业银行兴庆支行",
                   "corporate"),
             "186000", "退款", "退陆港物流园重复支付的预付款",
             instr("im", "陆港物流园 财务刘会计", wxid("sg-lugang"),
                   "王经理，我们财务把屋顶光伏的预付款打了两遍，截图发你了，一共372000，多了186000。"
                   "你们银行显示还在处理中是吧？对公跨行延时到账，以实际到账为准。多的先退回我们公司账户吧，月底要关账，今天麻烦处理一下。",
                   urgent=True),
             "E3220", ["E3201"], order_id="SG-XS-20261020004"))

scam(T, "contract_fraud", "flag",
     ["new_customer", "shell_company", "bigproject_words", "deposit_words", "fee_asked_of_seller",
      "large_first_order", "evasion_symbols"],
     "A two-month-old 'energy investment' company awards an 80 MW EPC but asks us for a 1.6m performance "
     "bond and a tender-entry fee before it will sign, with a zero-width character hidden in the keyword.",
     order("SG-DD-20261021002", "2026-10-21 16:40",
           customer("宁夏丝路启明能源投资有限公司", uscc("91640100", "qiming"), "孟总", "19100005570",
                    "qiming_energy@126.com", wxid("sg-qiming"), None),
           [item("80MW光伏电站EPC总承包", "80", "MW", "2850000.00")], "im",
           "吴忠市盐池县某光伏园区", "2027-06-30", "按进度付款（合同签订后）",
           fees=[fee("项目履约保证金", "1600000"), fee("标书及入库费", "8000")],
           notes="国家级重点项目，央企背景资金已落实。中标单位须在签约前缴纳履约保\u200b证金160万元及入库费，"
                 "收款账户以我司通知为准，三日内不缴视为放弃。"))

scam(T, "contract_fraud", "flag",
     ["small_then_large", "credit_terms_requested", "guarantee_unverified"],
     "Structural only: after one small prepaid rooftop job, the same trading company now orders 15 MW on "
     "180-day credit backed by a guarantee letter from a village bank that cannot be verified.",
     order("SG-DD-20261023001", "2026-10-23 14:05", SG_JUNENGDA,
           [item("地面光伏电站EPC（盐池县）", "15", "MW", "2800000.00")], "im",
           "吴忠市盐池县花马池镇", "2027-03-31", "并网后180天付款，银行履约保函担保",
           notes="履约保函由某村镇银行开具，保函扫描件已发，原件后补。"))

scam(T, "account_lending", "flag",
     ["in_out_match", "first_time_payee", "vague_memo", "no_po_contract"],
     "Structural only: an unexplained 468k from an unknown materials firm is paid out the same day as a "
     "'current-account payment' to another first-time trading company.",
     payment("SG-FK-20261026001", "2026-10-26 16:15", SG,
             payee("宁夏瑞丰泰商贸有限公司", acct("6405", "sg-ruifengtai", 19), "中国建设银行银川兴庆支行",
                   "corporate"),
             "468000", "往来款", "往来款",
             sg_oa("王磊", "付往来款，附10月26日宁夏金石建材有限公司来款回单468000元"),
             "E3220", ["E3201"]))

hard_negative(T, ["deposit_words", "first_time_payee"],
              "A performance bond paid to the established Hongsibu owner's own corporate account under a "
              "clause of the signed EPC contract.",
              payment("SG-FK-20261027001", "2026-10-27 10:55", SG,
                      payee(SG_LVNENG["name"], acct("4003", "sg-lvneng", 19), "中国银行吴忠分行", "corporate",
                            None, "0953-0000914"),
                      "530000", "保证金", "红寺堡农光互补二期履约保证金（合同价1%）",
                      sg_oa("王磊", "按施工合同LN-SG-2026-03第12.3条及二期框架协议，向发包人基本户缴纳履约保证金，"
                                 "并网验收后无息退还"),
                      "E3220", ["E3201", "E3200"], contract_id="LN-SG-2026-03"))

scam(T, "fake_invoice", "block",
     ["duplicate_invoice"],
     "Structural only: a cable invoice that was already paid in August is put through the OA again, "
     "unchanged, to the same supplier.",
     payment("SG-FK-20261028001", "2026-10-28 15:25", SG, SG_CABLE, "356800", "货款", "光伏专用电缆PV1-F 1×4mm²等",
             sg_oa("何娟", "贺兰线缆｜光伏电缆及铝芯电缆｜合同SG-CG-2026-014｜发票" + SG_CABLE_INV),
             "E3211", ["E3201"], contract_id="SG-CG-2026-014", invoice_no=SG_CABLE_INV))

scam(T, "fake_invoice", "flag",
     ["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract", "urgency"],
     "A posted 'listing confirmation' from a national new-energy directory bills 3,980 for next year's entry "
     "and threatens deletion if unpaid.",
     payment("SG-FK-20261029001", "2026-10-29 11:00", SG,
             payee("北京新能联信息咨询中心", acct("0200", "sg-directory", 19), "中国工商银行北京丰台支行",
                   "corporate"),
             "3980", "服务费", "《全国新能源企业名录（2027版）》年度收录费",
             instr("letter", "全国新能源企业名录编委会", None,
                   "年度收录确认函：贵单位已列入《全国新能源企业名录（2027版）》光伏EPC类，请于11月5日前缴纳年度收录及"
                   "信息维护费3980元。逾期未缴将从名录及线上平台删除，由此影响招标资格审查的后果自负。",
                   urgent=True),
             "E3202", ["E3201"]))

scam(T, "authority_impersonation", "flag",
     ["authority_words", "personal_account", "phone_instruction", "first_time_payee", "urgency",
      "evasion_symbols"],
     "A caller posing as the emergency-management law-enforcement team fines the Zhongwei site 30k for "
     "unreported hot work and offers to settle for 12k paid to an officer's card.",
     payment("SG-FK-20261030001", "2026-10-30 12:20", SG,
             payee("苏建伟", acct("6217", "sg-fake-officer", 19), "中国建设银行银川分行", "personal"),
             "12000", "罚款", "中卫项目部动火作业未报备处罚",
             instr("phone", "自称中卫市应急管理综合执法大队 苏队长", "0955-0000190",
                   "对方来电后发短信：贵司中卫项目部10月28日动火作业未报备，依规处罚-款3万元。"
                   "如今天内先缴1.2万元至执法大队经办人苏建伟账户，可按从轻处理，不再下发处罚决定书；逾期移交立案。",
                   urgent=True),
             "E3210", ["E3201"]))

routine(T, "PV modules from the regular module supplier.", payment(
    "SG-FK-20261102001", "2026-11-02 10:25", SG, SG_MODULE, "1440000", "货款", "单晶双面组件（1.92MW）",
    sg_oa("何娟", "晶阳光电｜组件1.92MW×0.75元/W｜合同SG-CG-2026-009"),
    "E3211", ["E3201", "E3200"], contract_id="SG-CG-2026-009", invoice_no=invoice("64", "sg-module-3")))

scam(T, "task_rebate", "flag",
     ["task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "vague_memo", "urgency",
      "im_instruction", "no_approval"],
     "A project clerk tries to pay 9.8k from site petty cash to an online merchant for a 'VIP upgrade' that "
     "an earning app says is needed before her task rewards can be withdrawn.",
     payment("SG-FK-20261103001", "2026-11-03 17:50", SG,
             payee("杭州悦赚网络科技有限公司", acct("3301", "sg-yuezhuan", 18), "浙江泰隆商业银行杭州分行",
                   "corporate"),
             "9800", "其他", "项目部备用金支出",
             instr("im", "项目部资料员 韩雪", "企业微信:韩雪（通讯录）",
                   "【悦赚】尊贵的会员，您已完成3单任务，需升级VIP会员（9800元）方可提现，提现通道24小时后关闭。\n"
                   "丁会计，项目部备用金先帮我付一下这个，周末我自己补上，急。",
                   urgent=True),
             "E3212", []))

hard_negative(T, ["personal_account", "first_time_payee", "evasion_homophone"],
              "Haulage of modules by an individual truck owner, paid to his own card against signed delivery "
              "notes and a tax-office invoice, with the everyday variant spelling 转帐 in the request.",
              payment("SG-FK-20261104001", "2026-11-04 15:10", SG,
                      payee("马占林", acct("6228", "sg-trucker", 19), "中国农业银行同心县支行", "personal",
                            None, "19100002217"),
                      "8600", "运费", "组件短驳运费（银川—迎水桥，4车次）",
                      sg_oa("李文博", "个体车主马占林组件短驳4车次，签收单YSQ-DB-1101至1104，税务局代开发票已收，转帐至车主本人银行卡"),
                      "E3210", ["E3201"]))

scam(T, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "institution_claim", "first_time_payee", "email_instruction", "free_mail"],
     "A free-mail 'grid materials supply centre' tells us to pay an 8.8k supplier qualification and "
     "shortlisting fee to a Beijing 'tendering service' before it will list us.",
     payment("SG-FK-20261105001", "2026-11-05 10:45", SG,
             payee("北京电联招采服务有限公司", acct("1109", "sg-dianlian", 18), "北京银行丰台支行", "corporate"),
             "8800", "服务费", "供应商资质审核及入围费",
             instr("email", "电力物资供应服务中心 供应商管理部", "gongyingshang_nx@163.com",
                   "沙光新能源：贵司申请进入2027年度光伏EPC分包供应商库，资质初审已通过。请于3个工作日内缴纳资质审核及"
                   "入围费8800元至我中心指定的招采服务单位北京电联招采服务有限公司，缴费后安排年度框架采购。"),
             "E3220", ["E3201"]))

hard_negative(T, ["institution_claim", "new_customer", "large_first_order"],
              "A new county state-owned investment company orders a 6 MW project after a public award on the "
              "government procurement site, with a valid notice number and contract.",
              order("SG-DD-20261106001", "2026-11-06 11:20",
                    customer("盐池县城乡建设投资有限公司", uscc("91640323", "yanchi-ct"), "高主任", "0953-0000602",
                             "ycct_gcb@ycctjt.cn", None, None),
                    [item("盐池县公共建筑屋顶分布式光伏EPC", "6", "MW", "3050000.00")], "email",
                    "吴忠市盐池县各公共建筑屋顶", "2027-04-30", "按合同进度付款，首付30%",
                    notes="宁夏政府采购网中标公告YCGC-2026-0931，合同已双方盖章，预付款按合同经国库集中支付。"))

scam(T, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "personal_account", "institution_claim", "first_time_payee", "im_instruction",
      "evasion_pinyin"],
     "A self-styled 'group new-energy division' asks us to pay its on-site inspector's travel and "
     "entertainment, 12k, to the liaison's personal card before it signs.",
     payment("SG-FK-20261109001", "2026-11-09 14:40", SG,
             payee("何俊峰", acct("6222", "sg-liaison", 19), "中国工商银行西安雁塔支行", "personal"),
             "12000", "差旅费", "甲方驻厂监造差旅及接待费",
             instr("im", "某能源集团新能源事业部 何经理", wxid("sg-liaison"),
                   "王总，我们集团的规矩，签约前监造组要到贵司和项目现场看一趟，差旅和接待fei按惯例由供应商承担，"
                   "一共1.2万，打我卡上我统一安排，下周一就能签框架合同。"),
             "E3220", ["E3201"]))

hard_negative(T, ["loan_fee_words", "fee_words", "first_time_payee"],
              "A guarantee fee paid after signing to the licensed financing-guarantee company named in the "
              "bank's working-capital loan contract.",
              payment("SG-FK-20261110001", "2026-11-10 10:15", SG,
                      payee("宁夏回族自治区融资担保有限公司", acct("2902", "sg-guarantee", 19), "中国工商银行银川分行",
                            "corporate", None, "0951-0000733"),
                      "36000", "担保费", "流动资金贷款担保费（1200万×1年×0.3%）",
                      sg_oa("杨静", "工行流动资金借款合同GH-LD-2026-117已签，担保合同NXRD-2026-0508已签，"
                                 "按担保合同约定放款前支付担保费"),
                      "E3201", ["E3200"], contract_id="NXRD-2026-0508"))

hard_negative(T, ["refund_words", "deposit_words", "im_instruction", "evasion_pinyin"],
              "The site manager's chat shorthand asks to release the labour contractor's retention money when "
              "it falls due, paid to its usual account under the subcontract.",
              payment("SG-FK-20261111001", "2026-11-11 11:00", SG, SG_LABOUR, "185000", "质保金",
                      "退还恒力劳务2025年项目质保金",
                      instr("im", "李文博", "企业微信:李文博（通讯录）",
                            "杨总，恒力劳务去年灵武那个项目的zbj（质保金）11月到期了，按分包合同SG-FB-2025-006退给他们，"
                            "OA我已经提了。"),
                      "E3210", ["E3201", "E3200"], contract_id="SG-FB-2025-006"))

routine(T, "Monthly VAT through the tax bureau's three-party debit.", payment(
    "SG-FK-20261113001", "2026-11-13 10:00", SG, SG_TAX, "268416.52", "税款", "10月增值税及附加",
    sg_oa("杨静", "电子税务局三方协议扣缴：10月增值税及附加"), "E3201", ["E3200"]))


# ===========================================================================
# Tenant 3: zhuying — 上海逐影文化传媒有限公司 (Shanghai)
# Advertising and film production agency: TVCs, short videos, e-commerce content.
# Workflow: 钉钉审批.
# Staff: 顾言 founder/CEO E3300 · 沈佳 finance manager E3301 · 陆晓雯 cashier E3302 ·
#        许诺 producer E3310 · 周子航 production assistant E3311 · 蒋蕾 account director E3320 ·
#        钱薇 HR E3330
# ===========================================================================

T = "zhuying"
ZY_NAME = "上海逐影文化传媒有限公司"
ZY = payer(acct("1219", "zy-basic", 16), ZY_NAME)

ZY_RENTAL = payee("上海光辉影视器材租赁有限公司", acct("3100", "zy-rental", 19), "交通银行上海长宁支行",
                  "corporate", "V-ZY01", "021-0000381")
ZY_STUDIO = payee("上海棚宇摄影棚管理有限公司", acct("5031", "zy-studio", 19), "上海农商银行松江支行",
                  "corporate", "V-ZY02", "021-0000472")
ZY_POST = payee("上海声画后期制作有限公司", acct("9816", "zy-post", 18), "上海浦东发展银行徐汇支行",
                "corporate", "V-ZY03", "021-0000536")
ZY_DOP = payee("张磊", acct("6225", "zy-dop", 16), "招商银行上海分行", "personal", "V-ZY04", "17300003381")
ZY_ADS = payee("上海星推信息技术有限公司", acct("1219", "zy-ads", 16), "招商银行上海漕河泾支行",
               "corporate", "V-ZY05", "021-0000590")
ZY_PAYROLL = payee("招商银行上海静安支行（代发工资专户）", acct("1219", "zy-payroll", 16),
                   "招商银行上海静安支行", "corporate", "PAY-ZY", None)
ZY_TAX = payee("国家金库上海市静安区支库", acct("3101", "zy-tax", 17), "国家金库上海市静安区支库",
               "corporate", "TAX-ZY", None)

ZY_YUEYIN = customer("上海悦饮食品有限公司", uscc("91310112", "yueyin"), "唐经理", "021-0000645",
                     "tangxm@yueyin-food.cn", None, "C-ZY01")
ZY_ZHIMENG = customer("杭州织梦服饰有限公司", uscc("91330110", "zhimeng"), "孔总监", "0571-0000753",
                      "kong@zhimeng-fs.cn", None, "C-ZY02")
ZY_SHENCHI = customer("上海申驰汽车销售服务有限公司", uscc("91310117", "shenchi"), "任经理", "021-0000862",
                      "renjl@shenchi-auto.cn", None, "C-ZY03")


def zy_dd(who, text):
    return instr("erp", who, None, "钉钉审批·付款申请（已通过）：" + text)


# --- history --------------------------------------------------------------

history(T, "Camera and lighting hire from the regular rental house.", payment(
    "ZY-FK-20260803001", "2026-08-03 11:20", ZY, ZY_RENTAL, "58400", "租赁费", "7月器材租赁费（ARRI套机、灯光）",
    zy_dd("许诺", "光辉器材｜7月租赁结算单GH-2607-118｜框架合同ZY-ZL-2026-01"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-01", invoice_no=invoice("31", "zy-rental-1")))

history(T, "Short-video order from the established beverage client.", order(
    "ZY-DD-20260804001", "2026-08-04 14:30", ZY_YUEYIN,
    [item("夏季新品15秒短视频广告", "6", "条", "38000.00")], "email",
    "上海市闵行区悦饮食品市场部（线上交付）", "2026-08-25", "签约预付50%，交片后付尾款",
    notes="框架合同YY-ZY-2026续签，脚本已确认。"))

history(T, "Studio rent to the regular studio.", payment(
    "ZY-FK-20260805001", "2026-08-05 10:45", ZY, ZY_STUDIO, "36000", "租赁费", "7月摄影棚租金（3号棚6天）",
    zy_dd("许诺", "棚宇摄影棚｜7月3号棚6天｜场租确认单PY-0731"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-02", invoice_no=invoice("31", "zy-studio-1")))

history(T, "Grading and finishing from the regular post-production house.", payment(
    "ZY-FK-20260807001", "2026-08-07 15:10", ZY, ZY_POST, "72000", "服务费", "悦饮夏季短视频调色及包装",
    zy_dd("许诺", "声画后期｜悦饮夏季6条调色、包装｜合同ZY-HQ-2026-05"),
    "E3310", ["E3301"], contract_id="ZY-HQ-2026-05", invoice_no=invoice("31", "zy-post-1")))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "ZY-FK-20260810001", "2026-08-10 17:00", ZY, ZY_PAYROLL, "386500", "工资", "7月工资代发（31人）",
    zy_dd("钱薇", "7月工资代发（31人），工资表已审批"), "E3330", ["E3301", "E3300"]))

history(T, "Labour fee to the regular freelance director of photography.", payment(
    "ZY-FK-20260811001", "2026-08-11 14:20", ZY, ZY_DOP, "18000", "劳务费", "摄影指导劳务费（悦饮项目3天）",
    zy_dd("许诺", "张磊摄影指导劳务费，劳务合同ZY-LW-2026-014，个税由公司代扣代缴"),
    "E3310", ["E3301"], contract_id="ZY-LW-2026-014"))

history(T, "Product-video order from the established apparel client.", order(
    "ZY-DD-20260813001", "2026-08-13 10:40", ZY_ZHIMENG,
    [item("秋冬上新产品主图视频", "40", "条", "2800.00"), item("模特拍摄日", "2", "天", "16000.00")],
    "email", "杭州市余杭区织梦服饰电商部（线上交付）", "2026-09-05", "月结30天",
    notes="秋冬上新第一波，样衣下周寄到棚里。"))

history(T, "Monthly VAT through the tax bureau's three-party debit.", payment(
    "ZY-FK-20260814001", "2026-08-14 10:30", ZY, ZY_TAX, "52318.66", "税款", "7月增值税及附加",
    zy_dd("沈佳", "电子税务局三方协议扣缴：7月增值税及附加"), "E3301", ["E3300"]))

history(T, "Media-buying top-up for the apparel client's in-feed ads through the regular agency.", payment(
    "ZY-FK-20260818001", "2026-08-18 11:00", ZY, ZY_ADS, "150000", "广告费", "织梦服饰8月信息流投放充值",
    zy_dd("蒋蕾", "星推信息｜织梦服饰8月信息流广告充值｜代理合同ZY-MT-2026-03，客户已预付"),
    "E3320", ["E3301"], contract_id="ZY-MT-2026-03", invoice_no=invoice("31", "zy-ads-1")))

history(T, "Camera and lighting hire from the regular rental house.", payment(
    "ZY-FK-20260821001", "2026-08-21 16:30", ZY, ZY_RENTAL, "46200", "租赁费", "8月上旬器材租赁费",
    zy_dd("许诺", "光辉器材｜租赁结算单GH-2608-052｜框架合同ZY-ZL-2026-01"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-01", invoice_no=invoice("31", "zy-rental-2")))

history(T, "Event-coverage order from the established car dealer.", order(
    "ZY-DD-20260826001", "2026-08-26 15:00", ZY_SHENCHI,
    [item("新车上市活动跟拍及剪辑", "1", "项", "86000.00")], "email",
    "上海市嘉定区申驰汽车4S店", "2026-09-06", "活动结束后30天内付清",
    notes="9月5日上市活动，需要2机位+航拍。"))

history(T, "Studio rent to the regular studio.", payment(
    "ZY-FK-20260828001", "2026-08-28 11:40", ZY, ZY_STUDIO, "42000", "租赁费", "8月摄影棚租金（3号棚7天）",
    zy_dd("许诺", "棚宇摄影棚｜8月3号棚7天｜场租确认单PY-0827"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-02", invoice_no=invoice("31", "zy-studio-2")))

history(T, "Mid-Autumn TVC order from the established beverage client.", order(
    "ZY-DD-20260907001", "2026-09-07 10:20", ZY_YUEYIN,
    [item("中秋节点TVC（30秒）", "1", "项", "320000.00")], "email",
    "上海市闵行区悦饮食品市场部（线上交付）", "2026-09-20", "签约预付50%，交片后付尾款",
    notes="9月20日前交片，预付款已安排。"))

history(T, "Monthly payroll through the bank's payroll account.", payment(
    "ZY-FK-20260910001", "2026-09-10 17:10", ZY, ZY_PAYROLL, "391200", "工资", "8月工资代发（32人）",
    zy_dd("钱薇", "8月工资代发（32人），工资表已审批"), "E3330", ["E3301", "E3300"]))

# --- test -----------------------------------------------------------------

routine(T, "Camera and lighting hire from the regular rental house.", payment(
    "ZY-FK-20260914001", "2026-09-14 11:05", ZY, ZY_RENTAL, "63800", "租赁费", "8月下旬器材租赁费",
    zy_dd("许诺", "光辉器材｜租赁结算单GH-2608-131｜框架合同ZY-ZL-2026-01"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-01", invoice_no=invoice("31", "zy-rental-3")))

scam(T, "overpayment_refund", "block",
     ["new_customer", "third_party_payer", "overpayment", "refund_to_other_account", "fake_payment_proof"],
     "A new skincare brand, in Chinese-English chat, says an MCN paid its TVC deposit and sent 50k too much, "
     "and wants the extra refunded to that MCN's account.",
     order("ZY-DD-20260915001", "2026-09-15 16:20",
           customer("上海澜若生物科技有限公司", uscc("91310115", "lanruo"), "Vivian", "17300006612",
                    "vivian.lanruo@163.com", wxid("zy-lanruo"), None),
           [item("30秒品牌TVC（含拍摄及后期）", "1", "项", "300000.00")], "im",
           "上海市浦东新区张江（线上交付）", "2026-10-20", "定金50%由合作方代付，交片后付尾款",
           third_party=third("深圳市星耀文化传播有限公司", "17300006621", "refund_recipient", "50000"),
           notes="Hi 蒋总，定金150k我们让合作方（深圳星耀MCN）代付了，but they transferred 200k by mistake 🙈 "
                 "pls refund the extra 50k to their acct below，他们月底要结算急用。银行回单截图已发你邮箱～"))

hard_negative(T, ["institution_claim", "new_customer", "authority_words", "safe_account_words",
                  "task_rebate_words", "boss_role"],
              "A sub-district office commissions a series of anti-fraud short videos whose brief lists the scam "
              "scripts to dramatise, contracted on the government procurement platform.",
              order("ZY-DD-20260916001", "2026-09-16 14:10",
                    customer("上海市静安区某街道办事处", uscc("11310106", "jingan-jd", lead="00"), "平安办 吴科长",
                             "021-0000195", "pinganban_jd@jingan-jd.cn", None, None),
                    [item("反诈系列短视频（每集3分钟）", "6", "集", "28000.00")], "email",
                    "上海市静安区某街道办事处（线上交付）", "2026-11-30", "验收后财政资金支付",
                    notes="反诈系列短视频6集，选题：冒充公检法要求转入“安全账户”、刷单返利、冒充领导“老板”微信要钱、"
                          "虚假订单代采购。脚本由区反诈中心民警审核；已通过政府采购云平台签约（合同ZC-JA-2026-0412）。"))

scam(T, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "first_time_payee",
      "no_approval", "boss_role", "urgency"],
     "In a 'management' WeChat group created that afternoon the 'founder', mixing English and Chinese, asks "
     "the cashier for the available balance and then for 450k to a Hangzhou firm to lock an IP deal.",
     payment("ZY-FK-20260917001", "2026-09-17 18:55", ZY,
             payee("杭州星河影业文化传播有限公司", acct("3301", "zy-fake-ip", 18), "杭州银行西湖支行", "corporate"),
             "450000", "预付款", "IP版权预付款",
             instr("im", "顾言", "微信群:逐影管理层（当日新建）",
                   "顾言：@陆晓雯 check一下招行那个户 available balance 多少，screenshot 发我\n"
                   "陆晓雯：顾总，可用 1,236,480.00\n"
                   "顾言：OK. 杭州那个 IP 版权的 deal 今晚要 lock，先转 45万 版权预付款给杭州星河影业，account 我发群里。"
                   "我在 pitch，不方便接电话，paperwork 明天补。",
                   urgent=True),
             "E3302", []))

hard_negative(T, ["personal_account", "im_instruction", "boss_role", "urgency"],
              "The real founder, in mixed Chinese and English, asks for the regular freelance cinematographer's "
              "fee to be paid today, and the approval is already in DingTalk.",
              payment("ZY-FK-20260918001", "2026-09-18 10:30", ZY, ZY_DOP, "24000", "劳务费",
                      "摄影指导劳务费（悦饮中秋TVC 4天）",
                      instr("im", "顾言", "钉钉:顾言（通讯录）",
                            "晓雯 pls pay 张磊 劳务费 today，他明天飞 Bangkok 跟组，审批我在钉钉已经过了，谢谢"),
                      "E3302", ["E3301", "E3300"], contract_id="ZY-LW-2026-021"))

scam(T, "contract_fraud", "block",
     ["deposit_words", "safe_account_words", "personal_account", "first_time_payee", "bigproject_words",
      "payee_name_mismatch"],
     "A Beijing media firm selling 'exclusive satellite-TV ad slots' wants a 500k agency deposit paid into a "
     "'project fund supervision account' that is in fact a named individual's card.",
     payment("ZY-FK-20260922001", "2026-09-22 15:35", ZY,
             payee("刘振华", acct("6222", "zy-fake-supervision", 19), "中国工商银行北京朝阳支行", "personal"),
             "500000", "保证金", "2027年度卫视广告独家代理保证金",
             zy_dd("蒋蕾",
                   "北京华视天辰传媒称持有某卫视2027年度黄金时段独家广告代理权，二级代理须缴纳代理保证金50万元，"
                   "存入项目资金监管账户（户名：刘振华，监管专员），签约后由监管方统一退还或抵扣广告款。"),
             "E3320", ["E3301", "E3300"]))

routine(T, "Short-video order from the established beverage client.", order(
    "ZY-DD-20260923001", "2026-09-23 11:15", ZY_YUEYIN,
    [item("国庆节点15秒短视频", "4", "条", "36000.00")], "email",
    "上海市闵行区悦饮食品市场部（线上交付）", "2026-09-30", "签约预付50%，交片后付尾款",
    notes="国庆节点4条，沿用中秋TVC素材。"))

scam(T, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "free_mail",
      "contact_mismatch", "contact_im_only", "far_delivery"],
     "Someone claiming to be a well-known car maker's marketing department orders a 2m campaign on 90-day "
     "terms by WeChat and free mail, and wants the master drives sent to a Suzhou warehouse.",
     order("ZY-DD-20260924001", "2026-09-24 16:05",
           customer("极昼汽车（上海）有限公司 市场部", None, "Kevin 李", "17300007745", "jizhou_mkt@163.com",
                    wxid("zy-fake-car"), None),
           [item("新车上市整合传播（TVC+社媒短视频）", "1", "项", "2000000.00")], "im",
           "江苏省苏州市吴中区某物流园仓库", "2026-10-15", "交付后90天付款",
           notes="集团走年度框架，先干活后走付款流程，账期90天。官方邮箱最近在迁移，先用这个163邮箱。"
                 "成片硬盘请寄苏州物流园仓库，我们那边有人收。"))

scam(T, "fake_purchaser", "flag",
     ["fee_asked_of_seller", "lookalike_company", "first_time_payee", "im_instruction", "new_contact",
      "deposit_words", "evasion_pinyin"],
     "A 'group' version of the beverage client's name tells us a 20k supplier admission deposit must go to "
     "its 'procurement platform' company before the next project is released.",
     payment("ZY-FK-20260928001", "2026-09-28 14:50", ZY,
             payee("上海悦采供应链管理有限公司", acct("3100", "zy-yuecai", 19), "上海银行闵行支行", "corporate"),
             "20000", "保证金", "供应商准入保证金",
             instr("im", "悦饮食品集团 采购中心 方经理", wxid("zy-yuecai"),
                   "蒋总好，集团今年起所有广告供应商统一走悦采平台入库，准入bzj两万，交完系统自动开通，"
                   "下一个新品TVC就直接派给你们。唐经理那边我已经打过招呼了。"),
             "E3320", ["E3301"]))

hard_negative(T, ["task_rebate_words", "topup_words"],
              "A media-buying top-up through the regular agency for the apparel client's 'share-your-order "
              "cash-back' campaign, prepaid by the client.",
              payment("ZY-FK-20260929001", "2026-09-29 10:40", ZY, ZY_ADS, "200000", "广告费",
                      "织梦服饰“晒单返现”活动信息流投放充值",
                      zy_dd("蒋蕾", "星推信息｜织梦服饰双11预热“晒单返现”活动投放充值20万（客户已预付，代理返点3%已在结算单抵扣）"
                                 "｜代理合同ZY-MT-2026-03"),
                      "E3320", ["E3301"], contract_id="ZY-MT-2026-03", invoice_no=invoice("31", "zy-ads-2")))

scam(T, "overpayment_refund", "block",
     ["refund_words", "refund_to_other_account", "personal_account", "first_time_payee"],
     "Structural only: a cancelled client's 60k deposit, received from its company account, is 'refunded' to "
     "a private individual's card named in a letter.",
     payment("ZY-FK-20261008001", "2026-10-08 15:20", ZY,
             payee("韩立明", acct("6217", "zy-hanliming", 19), "中国建设银行上海闵行支行", "personal"),
             "60000", "退款", "退还芮澄餐饮拍摄定金",
             zy_dd("蒋蕾", "芮澄餐饮取消10月餐厅宣传片拍摄，按客户来函退还定金60000元（收款人：韩立明）；"
                        "原定金由上海芮澄餐饮管理有限公司对公账户于9月24日付入"),
             "E3320", ["E3301"]))

hard_negative(T, ["refund_words", "deposit_words", "first_time_payee"],
              "A deposit refund for a cancelled shoot day, sent back to the established apparel client's own "
              "paying account.",
              payment("ZY-FK-20261009001", "2026-10-09 11:10", ZY,
                      payee(ZY_ZHIMENG["name"], acct("3301", "zy-zhimeng", 18), "招商银行杭州分行", "corporate",
                            None, "0571-0000753"),
                      "16000", "退款", "原路退还织梦服饰取消拍摄日定金",
                      zy_dd("蒋蕾", "织梦服饰取消10月12日模特拍摄日，按订单条款原路退还定金至其原付款账户（回单0901-ZM）"),
                      "E3320", ["E3301"], order_id="ZY-DD-20260813001"))

scam(T, "account_lending", "block",
     ["account_lending_words", "invoice_trade_words", "in_out_match", "personal_account", "first_time_payee",
      "im_instruction", "no_approval", "evasion_traditional", "evasion_homophone"],
     "An artist's studio that cannot issue VAT invoices had a brand pay 800k into our account and now wants "
     "752k passed on to the artist's personal card, keeping 6% for the invoice.",
     payment("ZY-FK-20261012001", "2026-10-12 16:30", ZY,
             payee("宋一凡", acct("6225", "zy-artist", 16), "招商银行北京分行", "personal"),
             "752000", "劳务费", "艺人代言费转付",
             instr("im", "宋一凡工作室 经纪人Amy", wxid("zy-artist-agent"),
                   "沈总好，品牌方那80万已经打到你们公司了吧？我们工作室开不了专票，就是借用一下贵司公戶走一下帐，"
                   "票你们开，扣6个点税点，剩下75.2万今天麻烦转到一凡本人卡上，下个月还有两单一样操作。"),
             "E3301", []))

scam(T, "account_lending", "block",
     ["account_lending_words", "new_customer", "large_first_order", "third_party_payer"],
     "A new 'investor' orders a 3m micro-drama but says only 1m is real production and the rest should pass "
     "through us to another project party for a 5% handling fee.",
     order("ZY-DD-20261013001", "2026-10-13 14:15",
           customer("海南鲸落文化投资有限公司", uscc("91460100", "jingluo"), "Eric 周", "17300005518", None,
                    wxid("zy-jingluo"), None),
           [item("短剧制作（24集，竖屏）", "24", "集", "125000.00")], "im",
           "上海市松江区车墩影视基地（线上交付）", "2026-12-31", "合同签订后一次性付清",
           third_party=third("霍尔果斯星岚影视有限公司", "17300005581", "pass_through_payee", "2000000"),
           notes="我们投300万，钱先全打到你们公司，实际制作按100万做。剩下200万你们以制作费名义转给霍尔果斯星岚，"
                 "就是 pay-through only，走一下你们的公户，we'll give 5% handling fee。"))

hard_negative(T, ["task_rebate_words", "urgency", "evasion_symbols"],
              "The established apparel client's order for live-stream warm-up clips is full of emoji, with a "
              "cash-back slogan written as 返💰 for its shoppers.",
              order("ZY-DD-20261014001", "2026-10-14 10:45", ZY_ZHIMENG,
                    [item("双11直播间预热短视频", "12", "条", "3500.00")], "email",
                    "杭州市余杭区织梦服饰电商部（线上交付）", "2026-10-25", "月结30天",
                    notes="双11直播间预热视频×12🔥🔥 贴片文案统一用“下单返💰 晒单再抽免单”，尽快排期，10/25前全部交片！"))

scam(T, "overpayment_refund", "block",
     ["new_customer", "overpayment", "fake_payment_proof", "refund_words", "urgency"],
     "A new restaurant brand sends a screenshot showing 200k paid on a 120k order and wants the 80k excess "
     "returned today, although the bank shows nothing received yet.",
     order("ZY-DD-20261015001", "2026-10-15 17:10",
           customer("上海沐禾餐饮连锁管理有限公司", uscc("91310104", "muhe"), "钱总", "17300002296", None,
                    wxid("zy-muhe"), None),
           [item("品牌宣传片（3分钟）", "1", "项", "120000.00")], "im",
           "上海市徐汇区沐禾餐饮总部（线上交付）", "2026-11-10", "款到开拍",
           notes="转账截图发你了，财务手滑多打了8万，一共打了20万。银行说对公跨行延时到账，以实际到账为准，"
                 "麻烦今天先把多的8万退回我们公户，财务那边要对账。"))

scam(T, "overpayment_refund", "flag",
     ["new_customer", "third_party_payer", "overpayment", "refund_words"],
     "A new Hong Kong-registered client says in English that its Macau parent will pay 80k more than the fee "
     "and that instructions for the balance will follow.",
     order("ZY-DD-20261019001", "2026-10-19 11:30",
           customer("Harbour Lumen Media Limited", None, "Grace Ho", None, "grace.ho@harbourlumen.hk", None, None),
           [item("香港品牌快闪活动视频制作", "1", "项", "180000.00")], "email",
           "香港铜锣湾（线上交付）", "2026-11-20", "由母公司代付",
           notes="Our parent company in Macau will pay on our behalf. Because of their FX quota they will "
                 "remit CNY 260,000 in one go, more than your fee, and we will let you know later what to do "
                 "with the balance."))

scam(T, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
      "fake_payment_proof", "institution_claim", "im_instruction"],
     "A 'district education audiovisual centre' that ordered a school promo film wants us to pay 54k first "
     "for 60 gimbal-and-light kits from the shop it names, citing a screenshot of its own payment.",
     payment("ZY-FK-20261020001", "2026-10-20 15:45", ZY,
             payee("上海市宝山区影创数码器材经营部", acct("6228", "zy-gimbal-shop", 19), "中国农业银行上海宝山支行",
                   "personal"),
             "54000", "代采购", "代购手机稳定器及补光灯套装60套（区教育局宣传片项目）",
             instr("im", "某区教育局电教馆 孙老师", wxid("zy-edu"),
                   "蒋总，宣传片的钱财政那边已经支付了，支付凭证截图发你了，要走两三天。"
                   "各校的拍摄套装只能在影创买，他们今天不见款不发货，你们先付一下，到时候跟片款一起结。"),
             "E3320", ["E3301"], order_id="ZY-XS-20261016002"))

scam(T, "fake_order", "flag",
     ["fee_asked_of_seller", "remote_control", "first_time_payee", "deposit_words", "im_instruction",
      "evasion_pinyin"],
     "During a screen-shared video meeting a 'client' routes the producer to 'platform customer service', "
     "which demands a 5k merchant guarantee deposit before the client's payment can be received.",
     payment("ZY-FK-20261021001", "2026-10-21 14:25", ZY,
             payee("深圳速收网络科技有限公司", acct("4000", "zy-susou", 19), "平安银行深圳分行", "corporate"),
             "5000", "保证金", "企业收款通道商家保障保证金",
             instr("im", "客户 何先生", wxid("zy-fake-client"),
                   "许老师，我们这边付款一直失败，平台客服说贵司收款账户没开通“商家保障服务”。"
                   "麻烦进一下会议号 8831 0729，开启ping幕共享，客服一步步教你们操作，交5000保证金开通后钱马上过去，可退。"),
             "E3310", ["E3301"]))

hard_negative(T, ["deposit_words", "urgency"],
              "A refundable booking deposit for a studio hold paid at short notice to the regular studio under "
              "its framework contract.",
              payment("ZY-FK-20261022001", "2026-10-22 16:20", ZY, ZY_STUDIO, "20000", "押金",
                      "双11档期3号棚锁档押金（10月28日—11月3日）",
                      zy_dd("许诺", "棚宇摄影棚｜双11档期锁棚押金，今天下班前不交就放给别的剧组，加急｜框架合同ZY-ZL-2026-02"),
                      "E3310", ["E3301"], contract_id="ZY-ZL-2026-02"))

scam(T, "account_change", "block",
     ["account_changed_recent", "payee_name_mismatch", "personal_account", "im_instruction",
      "personal_account_pretext", "account_change_words", "first_time_payee", "evasion_traditional"],
     "The rental house's 'finance lady' says on WeChat its company account is frozen and the vendor master "
     "was switched two days ago to the owner's private account, the first payment going there.",
     payment("ZY-FK-20261023001", "2026-10-23 15:05", ZY,
             payee("邵国平", acct("6214", "zy-rental-diverted", 19), "中国银行上海宝山支行", "personal",
                   "V-ZY01", "021-0000381"),
             "71600", "租赁费", "9月器材租赁费",
             instr("im", "光辉器材 财务王姐", wxid("zy-fake-rental"),
                   "陆会计，我们公戶被凍結了在处理，月底前的租金先打我们老板私戶：邵国平 中行，"
                   "新帳戶信息上周已经发给沈经理登记了，以后以新账户为准哈。"),
             "E3302", ["E3301"], contract_id="ZY-ZL-2026-01", invoice_no=invoice("31", "zy-rental-4"),
             changed_at="2026-10-21 17:40"))

scam(T, "account_change", "flag",
     ["email_instruction", "lookalike_domain", "payee_name_mismatch", "first_time_payee",
      "unusual_bank_region", "account_change_words"],
     "An English e-mail from a hyphenated look-alike of the post house's domain says invoices are now "
     "settled by its Hong Kong affiliate, and the request pays that new payee.",
     payment("ZY-FK-20261026001", "2026-10-26 11:35", ZY,
             payee("Shenghua Media (HK) Limited", acct("8012", "zy-fake-post-hk", 16), "某银行（香港）有限公司",
                   "corporate"),
             "96000", "服务费", "悦饮国庆短视频后期制作费",
             instr("email", "声画后期 Accounts", "accounts@shenghua-post.cn",
                   "Dear 沈经理,\nPlease note that with effect from this month our invoices are settled via our "
                   "Hong Kong affiliate, Shenghua Media (HK) Limited. Kindly remit the attached invoice to the "
                   "following account and do not pay the old account. 谢谢配合。\nAccounts Dept."),
             "E3301", ["E3300"]))

hard_negative(T, ["email_instruction", "urgency"],
              "The regular post house e-mails from its usual domain, in Chinese and English, asking for the "
              "final payment by month end, matching contract and invoice.",
              payment("ZY-FK-20261027001", "2026-10-27 14:10", ZY, ZY_POST, "96000", "服务费",
                      "悦饮国庆短视频后期制作费（尾款）",
                      instr("email", "声画后期 财务 Lily", "lily@shenghuapost.cn",
                            "沈经理好，悦饮国庆4条的 final payment 麻烦 EOM 前安排，invoice 和结算单已附，账户不变。Thanks!"),
                      "E3301", ["E3300"], contract_id="ZY-HQ-2026-05", invoice_no=invoice("31", "zy-post-2")))

scam(T, "authority_impersonation", "block",
     ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
      "urgency", "no_approval", "evasion_symbols"],
     "A caller posing as the central bank's account-management office says the company account failed an "
     "anti-money-laundering check and orders the funds into a 'verification account' by 4 pm, telling no one.",
     payment("ZY-FK-20261028001", "2026-10-28 13:40", ZY,
             payee("上海浦江资金清算服务有限公司", acct("3100", "zy-fake-pboc", 19), "上海农商银行浦东分行",
                   "corporate"),
             "880000", "核查资金", "对公账户年检资金核查",
             instr("phone", "自称人民银行上海总部账户管理处 张处长", "021-0000110",
                   "对方来电称贵司对公账户年检未通过，涉嫌反洗钱异常交易，需于今日16:00前将账户资金转入人行指定核查专用账户"
                   "进行资.金.核.查，核查完毕原路退回；此事涉密，勿告知公司其他人员，否则账户将被永久冻结。",
                   urgent=True),
             "E3302", []))

scam(T, "fake_salary", "flag",
     ["subsidy_words", "personal_account", "fee_words", "first_time_payee", "email_instruction",
      "secrecy_words", "urgency", "evasion_homophone"],
     "After a circulated 'social-insurance subsidy' notice with a QR code, HR files a 6.8k agency fee to the "
     "'declaration officer's' personal account so staff can claim the subsidy.",
     payment("ZY-FK-20261029001", "2026-10-29 10:25", ZY,
             payee("陈思远", acct("6217", "zy-subsidy-agent", 19), "中国建设银行上海徐汇支行", "personal"),
             "6800", "服务费", "2026年四季度社保补贴代办服务费",
             instr("email", "人力资源社会保障服务中心（补贴申报组）", "butie_sb2026@126.com",
                   "关于2026年第四季度企业职工社宝补贴申领的通知：贵单位32名在职员工符合条件，每人可领取补贴1580元。"
                   "请扫描附件二维码登记并缴纳代办服务费6800元至申报专员陈思远账户，逾期视为放弃。收到请勿声张，以免影响名额。"),
             "E3330", ["E3301"]))

hard_negative(T, ["fee_words", "first_time_payee"],
              "A notary fee paid to the notary office for a client's notarised prize draw, under a quote on the "
              "notary office's letterhead.",
              payment("ZY-FK-20261030001", "2026-10-30 11:00", ZY,
                      payee("上海市东方公证处", acct("3100", "zy-notary", 19), "交通银行上海分行", "corporate",
                            None, "021-0000277"),
                      "4500", "公证费", "悦饮双11抽奖活动公证费",
                      zy_dd("蒋蕾", "悦饮双11线上抽奖活动保全公证，公证处报价单DF-2026-1029，费用计入项目成本"),
                      "E3320", ["E3301"], contract_id="YY-ZY-2026"))

scam(T, "task_rebate", "block",
     ["personal_account", "task_rebate_words", "topup_words", "first_time_payee", "vague_memo", "off_hours",
      "im_instruction", "no_approval", "evasion_homophone", "evasion_pinyin"],
     "Late at night a production assistant files a 12k 'advance' to a stranger's card, pasting a chat that "
     "his like-and-follow task is 'stuck' and must be prepaid before the 30% rebate is released.",
     payment("ZY-FK-20261102001", "2026-11-02 22:10", ZY,
             payee("刘宇航", acct("6230", "zy-task-kefu", 19), "中国光大银行长沙分行", "personal"),
             "12000", "借支", "员工借支",
             instr("im", "周子航", "钉钉:周子航（通讯录）",
                   "导师：这一组点zan关注任务完成后返力30%，系统显示卡单，需先垫付12000元才能提现，今晚12点前必须完成。\n"
                   "周子航：陆会计，我先借一下，明早返力到了马上还，拜托了🙏"),
             "E3311", []))

routine(T, "Studio rent to the regular studio.", payment(
    "ZY-FK-20261103001", "2026-11-03 11:15", ZY, ZY_STUDIO, "48000", "租赁费", "10月摄影棚租金（3号棚8天）",
    zy_dd("许诺", "棚宇摄影棚｜10月3号棚8天｜场租确认单PY-1031"),
    "E3310", ["E3301"], contract_id="ZY-ZL-2026-02", invoice_no=invoice("31", "zy-studio-3")))

scam(T, "contract_fraud", "flag",
     ["new_customer", "fee_asked_of_seller", "deposit_words", "bigproject_words", "shell_company",
      "evasion_homophone"],
     "A months-old film company offers a cinema-release co-production and an 800k promo-materials job, but "
     "first wants a 300k 'minimum-guarantee' deposit from us.",
     order("ZY-DD-20261104001", "2026-11-04 15:30",
           customer("上海星穹影业有限公司", uscc("91310118", "xingqiong"), "杜总", "17300009934", None,
                    wxid("zy-xingqiong"), None),
           [item("院线电影宣传物料制作（预告片、海报视频）", "1", "项", "800000.00")], "im",
           "上海市青浦区某影视产业园", "2027-01-31", "上映后结算",
           fees=[fee("联合出品保底发行保证金", "300000")],
           notes="这部片子是国家级重点扶持项目，央视电影频道已经在谈。贵司作为联合出品方要先交30万保底发行保症金，"
                 "上映后按票房分账退还，宣传物料80万也一并给你们做。"))

hard_negative(T, ["new_customer", "free_mail", "contact_im_only"],
              "A new neighbourhood bakery with only a QQ mailbox and WeChat orders a small shop video and has "
              "already paid in full from its company account.",
              order("ZY-DD-20261105001", "2026-11-05 10:30",
                    customer("上海禾木烘焙工作室", uscc("92310104", "hemu"), "小禾", "17300004470",
                             "hemu_bakery@qq.com", wxid("zy-hemu"), None),
                    [item("门店探店短视频", "3", "条", "2600.00")], "im",
                    "上海市徐汇区某路禾木烘焙", "2026-11-15", "款到开拍（已到账）",
                    notes="7800已经对公转过来了，发票开普票就行，周末下午人少可以来拍～"))

scam(T, "advance_fee", "flag",
     ["loan_fee_words", "subsidy_words", "fee_words", "first_time_payee", "no_po_contract",
      "evasion_fullwidth"],
     "A consultancy promising a guaranteed city film-industry grant asks for a 38k 'application packaging "
     "fee' up front, with its contact written in full-width letters.",
     payment("ZY-FK-20261106001", "2026-11-06 14:05", ZY,
             payee("上海汇才企业管理咨询有限公司", acct("3100", "zy-huicai", 19), "上海银行长宁支行", "corporate"),
             "38000", "服务费", "影视专项扶持资金申报包装费",
             zy_dd("沈佳", "汇才咨询称可代为申报市级影视产业专项扶持资金（最高500万），“保过”，需预交申报包装费3.8万，"
                        "获批后再收10%佣金。对接人ＶＸ：ｈｕｉｃａｉ＿ｚｘ。（尚未签服务合同）"),
             "E3301", ["E3300"]))

routine(T, "Monthly payroll through the bank's payroll account.", payment(
    "ZY-FK-20261110001", "2026-11-10 17:05", ZY, ZY_PAYROLL, "402300", "工资", "10月工资代发（32人）",
    zy_dd("钱薇", "10月工资代发（32人），工资表已审批"), "E3330", ["E3301", "E3300"]))

hard_negative(T, ["renewal_bill", "first_time_payee"],
              "A trademark renewal paid to the trademark agency the company signed a service contract with, "
              "against the registry's renewal window.",
              payment("ZY-FK-20261111001", "2026-11-11 10:20", ZY,
                      payee("上海知衡知识产权代理有限公司", acct("3100", "zy-tm-agent", 19), "浦发银行静安支行",
                            "corporate", None, "021-0000348"),
                      "2700", "服务费", "“逐影”第35类、第41类商标续展（官费+代理费）",
                      zy_dd("沈佳", "知衡知识产权代理｜商标续展代理合同ZH-2026-0317｜注册证到期日2027-02-13，续展期内办理"),
                      "E3301", ["E3300"], contract_id="ZH-2026-0317"))

routine(T, "Event-coverage order from the established car dealer.", order(
    "ZY-DD-20261112001", "2026-11-12 14:40", ZY_SHENCHI,
    [item("年末促销活动跟拍及剪辑", "1", "项", "68000.00")], "email",
    "上海市嘉定区申驰汽车4S店", "2026-12-06", "活动结束后30天内付清",
    notes="12月5日店庆活动，需要2机位。"))

hard_negative(T, ["first_time_payee", "unusual_bank_region", "email_instruction", "evasion_traditional"],
              "First payment to a Hong Kong colour-grading studio hired for a client's HK campaign, with a "
              "signed contract, purchase order and an e-mail from the studio's own domain.",
              payment("ZY-FK-20261113001", "2026-11-13 15:00", ZY,
                      payee("Lumen Grade Studio Limited", acct("0150", "zy-hk-grade", 16), "某银行（香港）有限公司",
                            "corporate", "V-ZY06", None),
                      "42000", "服务费", "香港快闪活动视频调色",
                      instr("email", "Lumen Grade Studio", "billing@lumengrade.hk",
                            "Hi Shen, please find our invoice LG-2611-03 for the grading per contract ZY-HQ-2026-11 "
                            "and PO ZY-PO-1107. Bank details are as in the signed contract. 發票正本隨後寄出，謝謝！"),
                      "E3301", ["E3300"], contract_id="ZY-HQ-2026-11", invoice_no="LG-2611-03"))


# ---------------------------------------------------------------------------
# write
# ---------------------------------------------------------------------------

def main():
    out = []
    for tenant in TENANT_ORDER:
        rows = LINES[tenant]
        for phase, tag in (("history", "h"), ("test", "t")):
            sel = sorted((r for r in rows if r[0] == phase), key=lambda r: r[1])
            for n, (_, _, line) in enumerate(sel, 1):
                out.append({"id": f"{tenant}-{tag}{n:03d}", **line})
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
