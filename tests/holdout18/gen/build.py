#!/usr/bin/env python3
"""Build ../holdout18.jsonl, an independent labelled replay corpus for fraudscreen.

Python 3.11 standard library only, fully deterministic: every account number,
credit code, invoice number, mobile number and chat id is derived from a fixed
key with SHA-256, so two runs write byte-identical files.

Two fictitious tenants, one month of history (September 2026) and one month of
scored traffic (October 2026):

  nenwan  - 富裕县嫩江湾粮食收储有限公司, a grain purchasing and storage depot in
            Fuyu county (Qiqihar, Heilongjiang): buys soybeans, maize and paddy
            from farmers, brokers and co-operatives (often to personal cards),
            dries and stores it, sells to feed mills, starch plants, rice mills.
  chengbi - 百色澄碧湖客运有限公司, a coach and bus company in Baise (Guangxi):
            scheduled lines, school shuttles, tour and company charters.

Each scenario is one block below: a comment, then one call that adds one line.
Lines are sorted by timestamp inside each phase and numbered afterwards.
Office hours for both tenants: working days 08:00-18:00 Beijing time; weekends
and the National Day holiday (1-7 October) are off-hours.
"""

import hashlib
import json
import string
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "holdout18.jsonl"

# --------------------------------------------------------------------------
# deterministic fictitious identifiers
# --------------------------------------------------------------------------


def _bytes(key):
    i = 0
    while True:
        yield from hashlib.sha256(f"holdout18|{key}|{i}".encode()).digest()
        i += 1


def digits(key, n):
    out = []
    for b in _bytes("digits:" + key):
        if b < 250:
            out.append(str(b % 10))
        if len(out) == n:
            return "".join(out)


def acct(prefix, length, key):
    """Bank account number: fixed prefix + hashed digits, 16-19 digits in all."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def invoice(prov, key):
    """20-digit fully-digital VAT invoice number: 26 (year) + province + 16 digits."""
    return "26" + prov + digits("inv:" + key, 16)


MOBILE_PREFIXES = ("1330000", "1810000", "1750000")


def mobile(prefix, key):
    assert prefix in MOBILE_PREFIXES
    return prefix + digits("mob:" + key, 4)


def landline(area, key):
    return f"{area}-0000{digits('tel:' + key, 3)}"


def wxid(key):
    alphabet = string.ascii_lowercase + string.digits
    chars = [alphabet[b % 36] for _, b in zip(range(14), _bytes("wx:" + key))]
    return "wxid_" + "".join(chars)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(head, division, key):
    """Unified social credit code (GB 32100-2015) with valid check characters.

    head: registration authority + entity type, e.g. "91" company, "92"
    individual business, "93" farmers' co-operative, "12" public institution,
    "11" government organ. division: 6-digit administrative division code.
    The 9-character organisation code also carries its GB 11714 check.
    """
    stream = _bytes("uscc:" + key)
    if head in ("11", "12"):
        body = "".join(str(next(stream) % 10) for _ in range(8))
    else:
        body = "MA" + "".join(USCC_CHARS[next(stream) % 31] for _ in range(6))
    val = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    r = 11 - sum(v * w for v, w in zip(val, ORG_WEIGHTS)) % 11
    org = body + {10: "X", 11: "0"}.get(r, str(r))
    code17 = head + division + org
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_WEIGHTS))
    r = 31 - s % 31
    return code17 + USCC_CHARS[0 if r == 31 else r]


# --------------------------------------------------------------------------
# request builders (wire contract of PRODUCT.md, keys in documented order)
# --------------------------------------------------------------------------


def m(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def mul(a, b):
    return m(Decimal(str(a)) * Decimal(str(b)))


def at(when):
    """'10-08 09:20' -> '2026-10-08T09:20:00+08:00'."""
    date, time = when.split()
    return f"2026-{date}T{time}:00+08:00"


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def verification(number, by, when):
    return {"callback_done": True, "callback_number": number,
            "verified_by": by, "verified_at": at(when)}


class Tenant:
    def __init__(self, tenant, payer_account, payer_name, staff):
        self.tenant = tenant
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self.staff = staff
        self.rows = []

    # ---- request bodies -------------------------------------------------
    def pay(self, rid, when, to, amount, purpose, memo, text, *, req, appr,
            channel="erp", frm=None, contact=None, urgent=False, order=None,
            contract=None, invoice_no=None, changed=None, verified=None):
        body = {
            "request_id": rid,
            "submitted_at": at(when),
            "payer": dict(self.payer),
            "payee": to,
            "amount": m(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel,
                            "from_name": frm if frm is not None else self.staff[req],
                            "from_contact": contact, "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice_no},
            "payee_account_changed_at": at(changed) if changed else None,
        }
        if verified is not None:
            body["verification"] = verified
        return body

    @staticmethod
    def order(rid, when, customer, items, channel, address, deadline, terms, notes,
              third_party=None, fees=()):
        rows = [{"product": p, "quantity": q, "unit": u, "unit_price": m(price)}
                for p, q, u, price in items]
        total = sum(Decimal(r["quantity"]) * Decimal(r["unit_price"]) for r in rows)
        return {
            "record_id": rid,
            "received_at": at(when),
            "customer": customer,
            "items": rows,
            "total_amount": m(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": f"2026-{deadline}"
                         if len(deadline) == 5 else deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": m(a)} for r, a in fees],
            "notes": notes,
        }

    # ---- lines ------------------------------------------------------------
    def history(self, note, request):
        self.rows.append(("history", "legit", None, "allow", [], note, request))

    def legit(self, signals, note, request):
        self.rows.append(("test", "legit", None, "allow", list(signals), note, request))

    def scam(self, scam_type, expect, signals, note, request):
        self.rows.append(("test", "scam", scam_type, expect, list(signals), note, request))

    def lines(self):
        def ts(row):
            req = row[6]
            return req.get("submitted_at") or req.get("received_at")

        out = []
        for phase, tag in (("history", "h"), ("test", "t")):
            rows = sorted((r for r in self.rows if r[0] == phase), key=ts)
            for n, (ph, label, stype, expect, signals, note, req) in enumerate(rows, 1):
                line = {
                    "id": f"{self.tenant}-{tag}{n:03d}",
                    "tenant": self.tenant,
                    "phase": ph,
                    "kind": "payment" if "request_id" in req else "order",
                    "label": label,
                    "scam_type": stype,
                    "expect": expect,
                }
                if ph == "history":
                    line["outcome"] = "executed"
                line["signals"] = signals
                line["note"] = note
                line["request"] = req
                out.append(line)
        return out


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": m(amount)}


# ==========================================================================
# Tenant 1: nenwan - 富裕县嫩江湾粮食收储有限公司 (Heilongjiang grain depot)
# ==========================================================================


def build_nenwan():
    staff = {
        "E2100": "刘庆丰",   # general manager
        "E2101": "孙丽娟",   # cashier
        "E2102": "高振宇",   # accountant
        "E2103": "于海燕",   # finance manager
        "E2110": "王立军",   # purchasing (收购部) manager
        "E2120": "赵明杰",   # sales
        "E2130": "曲长江",   # storage (保管科) chief
        "E2140": "韩雪",     # HR
        "E2150": "杜晓琳",   # office clerk
    }
    T = Tenant("nenwan", acct("2030227", 19, "nw-payer"), "富裕县嫩江湾粮食收储有限公司", staff)
    K = "金蝶云付款申请已审批："            # ERP text prefix
    GM_WX = wxid("nw-gm-real")             # the real GM's WeChat, seen in history

    # ---- vendor master ----------------------------------------------------
    power = payee("富裕县城乡供电有限公司", acct("0908022", 19, "nw-power"),
                  "中国工商银行富裕支行", vendor_id="V-NW03", phone=landline("0452", "nw-power"))
    coal = payee("富裕县宏达煤炭经销有限公司", acct("2305016", 19, "nw-coal"),
                 "中国建设银行富裕支行", vendor_id="V-NW01", phone=landline("0452", "nw-coal"))
    coal_diverted = payee("富裕县宏达煤炭经销有限公司", acct("6307", 18, "nw-coal-diverted"),
                          "中国民生银行哈尔滨分行", vendor_id="V-NW01", phone=coal["phone"])
    diesel_old = payee("齐齐哈尔龙沙油品销售有限公司", acct("0806010", 17, "nw-diesel-old"),
                       "中国农业银行齐齐哈尔龙沙支行", vendor_id="V-NW02",
                       phone=landline("0452", "nw-diesel"))
    diesel_new = payee("齐齐哈尔龙沙油品销售有限公司", acct("0908020", 19, "nw-diesel-new"),
                       "中国工商银行齐齐哈尔龙沙支行", vendor_id="V-NW02", phone=diesel_old["phone"])
    parts = payee("齐齐哈尔鹤城粮机设备有限公司", acct("0908021", 19, "nw-parts"),
                  "中国工商银行齐齐哈尔分行", vendor_id="V-NW04", phone=landline("0452", "nw-parts"))
    freight = payee("富裕县顺通物流有限公司", acct("0806030", 17, "nw-freight"),
                    "中国农业银行富裕县支行", vendor_id="V-NW05", phone=landline("0452", "nw-freight"))
    bags = payee("黑龙江嫩丰包装制品有限公司", acct("2305016", 19, "nw-bags"),
                 "中国建设银行齐齐哈尔分行", vendor_id="V-NW06", phone=landline("0452", "nw-bags"))
    fumig = payee("齐齐哈尔安粮储粮药剂有限公司", acct("0908021", 19, "nw-fumig"),
                  "中国工商银行齐齐哈尔分行", vendor_id="V-NW07", phone=landline("0452", "nw-fumig"))
    insurer = payee("鹤城财产保险股份有限公司齐齐哈尔中心支公司", acct("2305016", 19, "nw-insurer"),
                    "中国建设银行齐齐哈尔分行", vendor_id="V-NW08", phone=landline("0452", "nw-insurer"))
    payroll = payee("中国农业银行富裕县支行（代发工资专户）", acct("0806039", 17, "nw-payroll"),
                    "中国农业银行富裕县支行", vendor_id="PAY-NW")
    tax = payee("国家金库富裕县支库", acct("2302270", 17, "nw-tax"), "国家金库富裕县支库",
                vendor_id="TAX-NW")
    broker = payee("马洪波", acct("6231", 19, "nw-broker"), "黑龙江富裕农村商业银行",
                   "personal", vendor_id="V-NW10")
    farmer_zhang = payee("张玉山", acct("6231", 19, "nw-farmer-zhang"), "黑龙江富裕农村商业银行",
                         "personal", vendor_id="NH-0112")

    # ---- customer master ---------------------------------------------------
    dafeng_code = uscc("91", "230205", "nw-dafeng")
    dafeng = customer("齐齐哈尔大丰饲料有限公司", dafeng_code, "邱经理",
                      landline("0452", "nw-dafeng"), "cgb@dafengsl.com.cn", None, "C-NW01")
    dafeng_acct = acct("1662", 18, "nw-dafeng-acct")
    jinyu = customer("龙江县金玉淀粉有限公司", uscc("91", "230221", "nw-jinyu"), "褚部长",
                     landline("0452", "nw-jinyu"), "ylb@jinyudianfen.com", None, "C-NW02")
    nenfeng = customer("富裕县嫩丰米业有限公司", uscc("91", "230227", "nw-nenfeng"), "关经理",
                       landline("0452", "nw-nenfeng"), "guanjl@nenfengmy.cn", None, "C-NW03")
    zhonghe_code = uscc("91", "230103", "nw-zhonghe")
    zhonghe_phone = mobile("1750000", "nw-zhonghe")
    zhonghe_wx = wxid("nw-zhonghe")

    # ======================= HISTORY: September 2026 =======================

    # August electricity for the dryer and store ventilation.
    T.history("Routine: Monthly electricity bill paid to the county power company.", T.pay(
        "NW-FK-20260901-01", "09-01 09:14", power, "18640.35", "电费", "8月电费（烘干塔、仓房通风机）",
        K + "城乡供电 8月电费，户号0227-01883，发票" + invoice("23", "nw-power-08"),
        req="E2102", appr=["E2103"], contract="NW-NY-2026-002", invoice_no=invoice("23", "nw-power-08")))

    # Old-crop maize sold to the established feed mill, prepaid.
    T.history("Routine: Old-crop maize order from the established feed mill, prepaid.", T.order(
        "NW-XS-20260902-01", "09-02 10:05", dafeng,
        [("玉米（2025年产，国标二等）", "600", "吨", "2180.00")], "email",
        "齐齐哈尔市昂昂溪区大丰饲料厂原料库", "09-08", "款到发货",
        "陈玉米600吨，水分14%以内，分三天汽运；货款已按合同汇入贵库农发行账户。"))

    # Pre-season overhaul parts for the grain dryer.
    T.history("Routine: Pre-season overhaul parts for the grain dryer from the regular machinery firm.", T.pay(
        "NW-FK-20260903-01", "09-03 14:20", parts, "46800.00", "货款", "烘干塔季前检修配件",
        K + "鹤城粮机 烘干塔季前检修配件（热风炉换热管、排粮轮），合同NW-CG-2026-031，入库单0903-02",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-031", invoice_no=invoice("23", "nw-parts-0903")))

    # August payroll through the bank's payroll account.
    T.history("Routine: Monthly payroll through the bank's payroll account.", T.pay(
        "NW-FK-20260904-01", "09-04 15:30", payroll, "148762.00", "工资", "8月工资代发（31人）",
        K + "8月工资代发（31人），工资表经人事、财务复核",
        req="E2140", appr=["E2103", "E2100"]))

    # Woven bags and tarpaulins for the harvest (this invoice is re-billed in October).
    T.history("Routine: Woven bags and tarpaulins from the regular packaging maker.", T.pay(
        "NW-FK-20260907-01", "09-07 10:40", bags, "28500.00", "货款", "编织袋20000条、苫布60块",
        K + "嫩丰包装 编织袋20000条、苫布60块，合同NW-CG-2026-019，发票" + invoice("23", "nw-bags-0907"),
        req="E2130", appr=["E2103"], contract="NW-CG-2026-019", invoice_no=invoice("23", "nw-bags-0907")))

    # Starch plant buys maize.
    T.history("Routine: Maize order from the established starch plant.", T.order(
        "NW-XS-20260908-01", "09-08 09:30", jinyu,
        [("玉米（2025年产，国标二等）", "800", "吨", "2200.00")], "phone",
        "龙江县金玉淀粉有限公司原料场", "09-15", "款到发货", "淀粉厂用粮，霉变粒2%以内，款到即发。"))

    # Haulage of the feed-mill maize.
    T.history("Routine: Haulage paid to the regular trucking firm.", T.pay(
        "NW-FK-20260909-01", "09-09 16:10", freight, "36000.00", "运费", "陈玉米600吨运费（富裕—昂昂溪，60元/吨）",
        K + "顺通物流 陈玉米600吨运费，合同NW-YS-2026-004，发票" + invoice("23", "nw-freight-0909"),
        req="E2102", appr=["E2103"], contract="NW-YS-2026-004", invoice_no=invoice("23", "nw-freight-0909")))

    # Monthly VAT through the tax bureau's three-party debit.
    T.history("Routine: Monthly VAT paid through the tax bureau's three-party agreement.", T.pay(
        "NW-FK-20260910-01", "09-10 11:00", tax, "21567.35", "税款", "8月增值税及附加",
        "电子税务局三方协议扣缴：8月增值税及附加税费", req="E2102", appr=["E2103"]))

    # Fumigant (aluminium phosphide) bought under a police purchase permit.
    T.history("Routine: Fumigant tablets from the licensed storage-chemicals supplier.", T.pay(
        "NW-FK-20260911-01", "09-11 13:50", fumig, "12600.00", "货款", "磷化铝片剂600公斤（秋粮入仓熏蒸）",
        K + "安粮药剂 磷化铝片剂600公斤，剧毒化学品购买许可证富公剧购字2026-017，合同NW-CG-2026-024",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-024", invoice_no=invoice("23", "nw-fumig-0911")))

    # Diesel for loaders, paid to the old ABC account.
    T.history("Routine: Diesel for loaders and the dryer from the regular fuel dealer.", T.pay(
        "NW-FK-20260914-01", "09-14 10:20", diesel_old, "38450.00", "货款", "0号柴油5吨（装载机、烘干塔）",
        K + "龙沙油品 0号柴油5吨，合同NW-CG-2026-011，发票" + invoice("23", "nw-diesel-0914"),
        req="E2102", appr=["E2103"], contract="NW-CG-2026-011", invoice_no=invoice("23", "nw-diesel-0914")))

    # First batch of drying coal.
    T.history("Routine: First batch of drying coal from the regular coal dealer.", T.pay(
        "NW-FK-20260915-01", "09-15 09:45", coal, "246000.00", "货款", "烘干用煤300吨（820元/吨）第一批",
        K + "宏达煤炭 烘干用煤300吨第一批，合同NW-CG-2026-027，发票" + invoice("23", "nw-coal-0915"),
        req="E2102", appr=["E2103", "E2100"], contract="NW-CG-2026-027",
        invoice_no=invoice("23", "nw-coal-0915")))

    # Paddy sold to the local rice mill.
    T.history("Routine: Paddy order from the established local rice mill.", T.order(
        "NW-XS-20260916-01", "09-16 14:30", nenfeng,
        [("稻谷（2025年产圆粒，出糙率≥77%）", "200", "吨", "2760.00")], "phone",
        "富裕县嫩江湾粮库（买方自提）", "09-20", "款到发货", "上门自提，车号随后报。"))

    # Quarterly stored-grain insurance.
    T.history("Routine: Quarterly stored-grain insurance premium to the regular insurer.", T.pay(
        "NW-FK-20260917-01", "09-17 10:10", insurer, "31200.00", "保险费", "四季度储粮财产保险费",
        K + "鹤城财险 四季度储粮财产险保费，保单HCCX-2026-QQ-03377",
        req="E2102", appr=["E2103"], contract="HCCX-2026-QQ-03377"))

    # The real GM approves a small repair bill in WeChat (sets his real account).
    T.history("Routine: The GM, from his usual WeChat, asks finance to settle a finished conveyor-belt repair that went through approval.", T.pay(
        "NW-FK-20260918-01", "09-18 15:00", parts, "8900.00", "维修费", "2号提升机皮带更换",
        "刘庆丰：2号提升机皮带今天换完了，粮机那边的8900给结了吧，验收单老曲签过了。",
        req="E2102", appr=["E2103", "E2100"], channel="im", frm="刘庆丰", contact=GM_WX,
        invoice_no=invoice("23", "nw-parts-0918")))

    # New-crop soybeans bought from the regular grain broker (individual business, personal card).
    T.history("Routine: New-crop soybeans bought from the regular grain broker, paid to his registered card.", T.pay(
        "NW-FK-20260921-01", "09-21 11:20", broker, mul("62480", "4.32"), "收购款", "新季大豆收购款（62,480公斤）",
        K + "收购结算单SG-0921-003：马洪波交售新季大豆62,480公斤，一等，4.32元/公斤，质检单ZJ-0921-011，磅单0921-026/027",
        req="E2110", appr=["E2103", "E2100"]))

    # Diesel dealer's bank change, verified by call-back; first payment to the new account.
    T.history("Routine: First diesel payment to the dealer's new bank account after a stamped change letter and a call-back to the number on file.", T.pay(
        "NW-FK-20260928-02", "09-28 14:10", diesel_new, "21300.00", "货款", "0号柴油3吨",
        K + "龙沙油品 0号柴油3吨。对方9月21日递交盖章变更函，开户行改为工行齐齐哈尔龙沙支行；"
        "已按档案电话回拨其财务负责人确认，于经理复核",
        req="E2102", appr=["E2103"], contract="NW-CG-2026-011", invoice_no=invoice("23", "nw-diesel-0928"),
        changed="09-22 11:30", verified=verification(diesel_old["phone"], "E2103", "09-22 11:05")))

    # A Harbin trader's first, small soybean order, paid in advance (it returns in October).
    T.history("Routine: First small soybean order from a new Harbin trader, paid in full before loading.", T.order(
        "NW-XS-20260923-01", "09-23 10:30",
        customer("哈尔滨众禾粮油贸易有限公司", zhonghe_code, "许经理", zhonghe_phone, None, zhonghe_wx, None),
        [("大豆（2026年产，国标一等）", "40", "吨", "4400.00")], "phone",
        "富裕县嫩江湾粮库（买方自提）", "09-26", "款到发货",
        "首次合作，先拉40吨看看质量，货款已由哈尔滨禾丰商贸代付到贵库账户。"))

    # A regular farmer sells soybeans; paid to his own rural-bank card.
    T.history("Routine: A regular farmer is paid for his soybeans on his own rural-bank card.", T.pay(
        "NW-FK-20260924-01", "09-24 09:50", farmer_zhang, mul("18640", "4.30"), "收购款", "大豆收购款（18,640公斤）",
        K + "收购结算单SG-0924-008：张玉山（富裕镇永胜村）交售大豆18,640公斤，4.30元/公斤，磅单0924-015",
        req="E2110", appr=["E2103"]))

    # Second batch of drying coal.
    T.history("Routine: Second batch of drying coal from the regular coal dealer.", T.pay(
        "NW-FK-20260928-01", "09-28 09:40", coal, "164000.00", "货款", "烘干用煤200吨（820元/吨）第二批",
        K + "宏达煤炭 烘干用煤200吨第二批，合同NW-CG-2026-027，发票" + invoice("23", "nw-coal-0928"),
        req="E2102", appr=["E2103", "E2100"], contract="NW-CG-2026-027",
        invoice_no=invoice("23", "nw-coal-0928")))

    # Feed mill again before the holiday.
    T.history("Routine: Maize order from the established feed mill before the holiday.", T.order(
        "NW-XS-20260930-01", "09-30 10:15", dafeng,
        [("玉米（2025年产，国标二等）", "500", "吨", "2200.00")], "email",
        "齐齐哈尔市昂昂溪区大丰饲料厂原料库", "10-09", "款到发货", "节后发货，款已付。"))

    # ========================= TEST: October 2026 ==========================

    # --- routine --------------------------------------------------------------

    T.legit([], "Routine: September electricity bill to the county power company.", T.pay(
        "NW-FK-20261008-01", "10-08 09:20", power, "26310.80", "电费", "9月电费（烘干塔、仓房通风机）",
        K + "城乡供电 9月电费，户号0227-01883，发票" + invoice("23", "nw-power-09"),
        req="E2102", appr=["E2103"], contract="NW-NY-2026-002", invoice_no=invoice("23", "nw-power-09")))

    T.legit([], "Routine: Third batch of drying coal from the regular coal dealer.", T.pay(
        "NW-FK-20261009-01", "10-09 09:30", coal, "249000.00", "货款", "烘干用煤300吨（830元/吨）第三批",
        K + "宏达煤炭 烘干用煤300吨第三批，合同NW-CG-2026-027，发票" + invoice("23", "nw-coal-1009"),
        req="E2102", appr=["E2103", "E2100"], contract="NW-CG-2026-027",
        invoice_no=invoice("23", "nw-coal-1009")))

    T.legit([], "Routine: Maize order from the established feed mill, prepaid.", T.order(
        "NW-XS-20261009-01", "10-09 14:10", dafeng,
        [("玉米（2025年产，国标二等）", "600", "吨", "2230.00")], "email",
        "齐齐哈尔市昂昂溪区大丰饲料厂原料库", "10-15", "款到发货", "600吨，按实际过磅结算，多退少补。"))

    T.legit([], "Routine: September payroll through the bank's payroll account.", T.pay(
        "NW-FK-20261012-01", "10-12 09:10", payroll, "156418.00", "工资", "9月工资代发（33人）",
        K + "9月工资代发（33人），工资表经人事、财务复核",
        req="E2140", appr=["E2103", "E2100"]))

    T.legit([], "Routine: Haulage to the feed mill by the regular trucking firm.", T.pay(
        "NW-FK-20261012-02", "10-12 10:30", freight, mul("600", "62"), "运费", "玉米600吨运费（富裕—昂昂溪，62元/吨）",
        K + "顺通物流 玉米600吨运费，合同NW-YS-2026-004，发票" + invoice("23", "nw-freight-1012"),
        req="E2102", appr=["E2103"], contract="NW-YS-2026-004", invoice_no=invoice("23", "nw-freight-1012")))

    T.legit([], "Routine: Fumigant tablets for new grain from the licensed supplier.", T.pay(
        "NW-FK-20261013-01", "10-13 09:40", fumig, "6300.00", "货款", "磷化铝片剂300公斤（新粮入仓熏蒸）",
        K + "安粮药剂 磷化铝片剂300公斤，购买许可证富公剧购字2026-029，合同NW-CG-2026-024",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-024", invoice_no=invoice("23", "nw-fumig-1013")))

    T.legit([], "Routine: Maize order from the established starch plant.", T.order(
        "NW-XS-20261013-01", "10-13 10:50", jinyu,
        [("玉米（2025年产，国标二等）", "800", "吨", "2240.00")], "phone",
        "龙江县金玉淀粉有限公司原料场", "10-20", "款到发货", "老规格，款到发货。"))

    T.legit([], "Routine: Monthly VAT through the three-party agreement.", T.pay(
        "NW-FK-20261015-01", "10-15 09:20", tax, "19842.16", "税款", "9月增值税及附加",
        "电子税务局三方协议扣缴：9月增值税及附加税费", req="E2102", appr=["E2103"]))

    T.legit([], "Routine: Fourth batch of drying coal from the regular coal dealer.", T.pay(
        "NW-FK-20261015-02", "10-15 10:10", coal, "207500.00", "货款", "烘干用煤250吨（830元/吨）第四批",
        K + "宏达煤炭 烘干用煤250吨第四批，合同NW-CG-2026-027，发票" + invoice("23", "nw-coal-1015"),
        req="E2102", appr=["E2103", "E2100"], contract="NW-CG-2026-027",
        invoice_no=invoice("23", "nw-coal-1015")))

    T.legit([], "Routine: A new batch of bags and tarpaulins from the regular packaging maker.", T.pay(
        "NW-FK-20261016-01", "10-16 09:40", bags, "20650.00", "货款", "编织袋15000条、苫布40块",
        K + "嫩丰包装 编织袋15000条、苫布40块，合同NW-CG-2026-019，发票" + invoice("23", "nw-bags-1016"),
        req="E2130", appr=["E2103"], contract="NW-CG-2026-019", invoice_no=invoice("23", "nw-bags-1016")))

    T.legit([], "Routine: Burner nozzles and grate bars for the dryer from the regular machinery firm.", T.pay(
        "NW-FK-20261019-01", "10-19 09:30", parts, "17460.00", "货款", "热风炉燃烧机喷嘴及炉排片",
        K + "鹤城粮机 热风炉燃烧机喷嘴6只、炉排片40片，合同NW-CG-2026-031，入库单1017-01",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-031", invoice_no=invoice("23", "nw-parts-1019")))

    T.legit([], "Routine: New-crop paddy order from the established rice mill.", T.order(
        "NW-XS-20261020-01", "10-20 09:40", nenfeng,
        [("稻谷（2026年产圆粒，出糙率≥77%）", "300", "吨", "2800.00")], "phone",
        "富裕县嫩江湾粮库（买方自提）", "10-24", "款到发货", "新稻300吨，款今天打，明天来车。"))

    T.legit([], "Routine: Haulage of new maize by the regular trucking firm.", T.pay(
        "NW-FK-20261021-01", "10-21 09:30", freight, "28400.00", "运费", "新玉米短倒运费（收购点—库区）",
        K + "顺通物流 繁荣乡、塔哈镇收购点至库区短倒运费，合同NW-YS-2026-004，发票" + invoice("23", "nw-freight-1021"),
        req="E2102", appr=["E2103"], contract="NW-YS-2026-004", invoice_no=invoice("23", "nw-freight-1021")))

    T.legit([], "Routine: Maize order from the established feed mill.", T.order(
        "NW-XS-20261023-01", "10-23 09:20", dafeng,
        [("玉米（2025年产，国标二等）", "500", "吨", "2240.00")], "email",
        "齐齐哈尔市昂昂溪区大丰饲料厂原料库", "10-28", "款到发货", "500吨，款已汇。"))

    T.legit([], "Routine: Additional premium for the larger grain stock, paid to the regular insurer.", T.pay(
        "NW-FK-20261026-01", "10-26 09:30", insurer, "12480.00", "保险费", "新粮入库批改加保保费",
        K + "鹤城财险 储粮财产险批改加保（库存增加1.2万吨），批单HCCX-2026-QQ-03377-P02",
        req="E2102", appr=["E2103"], contract="HCCX-2026-QQ-03377"))

    T.legit([], "Routine: Maize order from the established starch plant.", T.order(
        "NW-XS-20261027-01", "10-27 10:30", jinyu,
        [("玉米（2025年产，国标二等）", "800", "吨", "2250.00")], "phone",
        "龙江县金玉淀粉有限公司原料场", "11-03", "款到发货", "本月第二批，款到发货。"))

    T.legit([], "Routine: Replacement temperature-sensing cables for the grain-monitoring system.", T.pay(
        "NW-FK-20261028-01", "10-28 09:20", parts, "9860.00", "货款", "粮情测控系统测温电缆更换",
        K + "鹤城粮机 3号仓测温电缆24根更换，合同NW-CG-2026-031，验收单1027-03",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-031", invoice_no=invoice("23", "nw-parts-1028")))

    T.legit([], "Routine: Haulage by the regular trucking firm.", T.pay(
        "NW-FK-20261029-01", "10-29 09:30", freight, "30600.00", "运费", "稻谷、玉米出库运费",
        K + "顺通物流 10月下旬出库运费，合同NW-YS-2026-004，发票" + invoice("23", "nw-freight-1029"),
        req="E2102", appr=["E2103"], contract="NW-YS-2026-004", invoice_no=invoice("23", "nw-freight-1029")))

    T.legit([], "Routine: A second lot of fumigant from the licensed supplier.", T.pay(
        "NW-FK-20261029-02", "10-29 10:20", fumig, "4200.00", "货款", "磷化铝片剂200公斤",
        K + "安粮药剂 磷化铝片剂200公斤，购买许可证富公剧购字2026-033，合同NW-CG-2026-024",
        req="E2130", appr=["E2103"], contract="NW-CG-2026-024", invoice_no=invoice("23", "nw-fumig-1029")))

    T.legit([], "Routine: Paddy order from the established rice mill.", T.order(
        "NW-XS-20261030-01", "10-30 09:30", nenfeng,
        [("稻谷（2026年产圆粒，出糙率≥77%）", "250", "吨", "2800.00")], "phone",
        "富裕县嫩江湾粮库（买方自提）", "11-04", "款到发货", "下周一来车。"))

    # --- hard negatives -------------------------------------------------------

    # Holiday purchase from a new farmer, own card.
    T.legit(["personal_account", "first_time_payee", "off_hours"],
            "Hard negative: During the National Day holiday the depot pays a new farmer for 24 t of soybeans on her own rural-bank card, with weigh and grading slips.",
            T.pay("NW-FK-20261002-01", "10-02 09:40",
                  payee("李凤霞", acct("6231", 19, "nw-farmer-li"), "黑龙江富裕农村商业银行", "personal", "NH-0376"),
                  mul("24360", "4.32"), "收购款", "大豆收购款（24,360公斤）",
                  K + "收购结算单SG-1002-005：李凤霞（富裕镇永安村）交售大豆24,360公斤，一等，4.32元/公斤，"
                  "质检单ZJ-1002-004，磅单1002-011/012。国庆期间收购照常，款付售粮人本人一卡通",
                  req="E2110", appr=["E2103"]))

    # Holiday purchase from the known farmer.
    T.legit(["personal_account", "off_hours"],
            "Hard negative: On a holiday morning a regular farmer is paid for another load of soybeans on the card he has been paid on before.",
            T.pay("NW-FK-20261003-01", "10-03 10:20", farmer_zhang, mul("9820", "4.32"), "收购款",
                  "大豆收购款（9,820公斤）",
                  K + "收购结算单SG-1003-002：张玉山（富裕镇永胜村）交售大豆9,820公斤，4.32元/公斤，磅单1003-004",
                  req="E2110", appr=["E2103"]))

    # Night-time emergency repair of the dryer.
    T.legit(["urgency", "off_hours"],
            "Hard negative: A dryer fan motor burns out on a holiday night and the regular machinery firm replaces it at once, approved by phone and online by both managers.",
            T.pay("NW-FK-20261006-01", "10-06 21:50", parts, "13850.00", "维修费", "2号烘干塔引风机电机抢修",
                  K + "夜班抢修：2号烘干塔引风机电机烧毁，塔内湿粮已停烘3小时。鹤城粮机连夜从其仓库调电机更换，"
                  "电机款及工时费13,850元，刘总电话同意，于经理网银复核，验收单随后补签",
                  req="E2102", appr=["E2103", "E2100"], urgent=True, contract="NW-CG-2026-031"))

    # Small livestock farm orders by WeChat, already paid from its own account.
    T.legit(["new_customer", "contact_im_only"],
            "Hard negative: A small livestock farm orders 30 t of maize by WeChat and has already paid from its own business account.",
            T.order("NW-XS-20261008-01", "10-08 10:40",
                    customer("富裕县塔哈镇兴旺养殖场", uscc("92", "230227", "nw-xingwang"), "孟场长",
                             mobile("1330000", "nw-xingwang"), None, wxid("nw-xingwang"), None),
                    [("玉米（2025年产，国标二等）", "30", "吨", "2250.00")], "im",
                    "富裕县塔哈镇兴旺养殖场", "10-10", "款到发货（已到账）",
                    "养殖场自用，微信下的单；67,500元已从养殖场对公户转入，财务已查到账。"))

    # Regular broker, registered card.
    T.legit(["personal_account"],
            "Hard negative: The regular grain broker is paid for 41 t of soybeans on the card held in the vendor master.",
            T.pay("NW-FK-20261009-02", "10-09 16:20", broker, mul("41200", "4.34"), "收购款",
                  "新季大豆收购款（41,200公斤）",
                  K + "收购结算单SG-1009-011：马洪波交售大豆41,200公斤，一等，4.34元/公斤，质检单ZJ-1009-006，磅单1009-031/032",
                  req="E2110", appr=["E2103", "E2100"]))

    # Farmer's closed card: paid to his wife with a signed authorisation.
    T.legit(["personal_account", "first_time_payee"],
            "Hard negative: A farmer whose card was closed is paid through his wife's card on his signed authorisation and household register.",
            T.pay("NW-FK-20261012-03", "10-12 11:20",
                  payee("赵桂芝", acct("6231", 19, "nw-farmer-zhao"), "黑龙江富裕农村商业银行", "personal", "NH-0419"),
                  mul("26940", "2.36"), "收购款", "玉米收购款（折干26,940公斤）",
                  K + "收购结算单SG-1012-019：售粮人孙德林（繁荣乡新华村）交售玉米31,560公斤，折干后26,940公斤，2.36元/公斤。"
                  "孙德林本人银行卡已销户，凭其签字委托书及户口本，款付其妻赵桂芝一卡通",
                  req="E2110", appr=["E2103"]))

    # Real GM, usual WeChat, mobile dryer rental and its deposit.
    T.legit(["im_instruction", "boss_role", "deposit_words"],
            "Hard negative: The GM, on his usual WeChat, asks for the rent and returnable deposit of a mobile dryer from the regular machinery firm under a signed lease, approved in the workflow.",
            T.pay("NW-FK-20261013-02", "10-13 15:00", parts, "48000.00", "租金及押金",
                  "移动式烘干机租赁（10月）租金1.8万及设备押金3万",
                  "刘庆丰：今年玉米水分大，两座塔烘不过来。跟鹤城粮机租的那台移动烘干机明天进场，"
                  "租金和押金按合同NW-ZL-2026-006付，押金退机时他们原路退回，于经理审一下。",
                  req="E2102", appr=["E2103", "E2100"], channel="im", frm="刘庆丰", contact=GM_WX,
                  contract="NW-ZL-2026-006"))

    # Diesel to the account changed in September, already used once after the call-back.
    T.legit(["account_changed_recent"],
            "Hard negative: Diesel paid to the dealer's account changed three weeks ago on a stamped letter, confirmed by call-back and already paid once.",
            T.pay("NW-FK-20261014-01", "10-14 09:30", diesel_new, "44280.00", "货款", "0号柴油6吨",
                  K + "龙沙油品 0号柴油6吨，合同NW-CG-2026-011，发票" + invoice("23", "nw-diesel-1014"),
                  req="E2102", appr=["E2103"], contract="NW-CG-2026-011",
                  invoice_no=invoice("23", "nw-diesel-1014"), changed="09-22 11:30",
                  verified=verification(diesel_old["phone"], "E2103", "09-22 11:05")))

    # Tender deposit to the public resource trading centre.
    T.legit(["deposit_words", "first_time_payee"],
            "Hard negative: Bid deposit for the city reserve-grain storage tender, paid to the deposit account named in the trading centre's announcement.",
            T.pay("NW-FK-20261014-03", "10-14 14:20",
                  payee("齐齐哈尔市公共资源交易中心", acct("0908020", 19, "nw-ggzy"), "中国工商银行齐齐哈尔分行",
                        phone=landline("0452", "nw-ggzy")),
                  "50000.00", "投标保证金", "市级储备粮代储库点遴选项目投标保证金",
                  K + "齐齐哈尔市2026年市级储备粮代储库点遴选（项目编号QQHR-GGZY-2026-1187）投标保证金，"
                  "按交易中心公告载明的保证金账户缴纳，未中标原路退回",
                  req="E2130", appr=["E2103", "E2100"]))

    # City reserve centre buys new maize through the provincial grain exchange.
    T.legit(["institution_claim", "new_customer", "large_first_order"],
            "Hard negative: The city reserve-grain centre buys 3,000 t of new maize through an auction on the provincial grain exchange, with the money already held by the exchange.",
            T.order("NW-XS-20261015-01", "10-15 14:30",
                    customer("齐齐哈尔市地方储备粮管理中心", uscc("12", "230200", "nw-reserve"), "孟科长",
                             landline("0452", "nw-reserve"), "cbk@qqhrdfcbl.cn", None, None),
                    [("玉米（2026年产新粮，国标二等，水分≤14%）", "3000", "吨", "2260.00")], "other",
                    "齐齐哈尔市地方储备粮管理中心直属库（建华区）", "11-20",
                    "交易中心资金结算：买方货款已足额存入省粮食交易中心结算账户，验收出库后划转",
                    "黑龙江省粮食交易平台地方储备轮入竞价成交（成交编号HLJ-LS-2026-10-0457），按交易规则签订购销合同，分批出库。"))

    # Overshipment refund to the feed mill's own paying account.
    T.legit(["refund_words", "overpayment", "first_time_payee", "sales_order_linked"],
            "Hard negative: The feed mill prepaid for 600 t but 586 t were loaded, so the difference goes back to the account it paid from.",
            T.pay("NW-FK-20261016-02", "10-16 10:50",
                  payee("齐齐哈尔大丰饲料有限公司", dafeng_acct, "中国银行齐齐哈尔分行",
                        phone=dafeng["phone"]),
                  "30283.40", "退款", "10月9日订单实发586.42吨，多收货款原路退回",
                  K + "大丰饲料订单NW-XS-20261009-01预收1,338,000.00元，实发586.42吨（过磅单汇总附后）"
                  "×2,230元=1,307,716.60元，差额30,283.40元按对方盖章结算单原路退回其付款账户（与入账回单账号一致）",
                  req="E2120", appr=["E2103"], order="NW-XS-20261009-01"))

    # Statutory weighbridge verification.
    T.legit(["authority_words", "first_time_payee"],
            "Hard negative: Statutory annual verification of the two truck scales, paid to the city metrology institute at the regulator's published rate.",
            T.pay("NW-FK-20261019-02", "10-19 10:40",
                  payee("齐齐哈尔市计量检定测试所", acct("0908021", 19, "nw-metrology"), "中国工商银行齐齐哈尔分行",
                        phone=landline("0452", "nw-metrology")),
                  "2400.00", "检定费", "100吨电子汽车衡年度强制检定费（2台）",
                  K + "汽车衡年度强制检定，按市场监管局计量检定收费标准每台1,200元，检定所开具票据，检定证书随后寄达",
                  req="E2130", appr=["E2103"]))

    # Guarantee fee for the ADBC purchase loan.
    T.legit(["loan_fee_words", "first_time_payee"],
            "Hard negative: Guarantee fee for the policy bank's harvest-purchase loan, paid to the licensed provincial guarantor named in the loan contract.",
            T.pay("NW-FK-20261020-02", "10-20 10:30",
                  payee("黑龙江省农信融资担保有限公司", acct("2030100", 19, "nw-guarantor"),
                        "中国农业发展银行黑龙江省分行营业部", phone=landline("0451", "nw-guarantor")),
                  "36000.00", "担保费", "农发行秋粮收购贷款1200万元担保费（0.3%）",
                  K + "农发行富裕县支行秋粮收购贷款1,200万元（借款合同ADBC-FY-2026-0931），由省农信担保提供担保，"
                  "担保费按担保合同0.3%一次性收取，付担保公司对公账户",
                  req="E2102", appr=["E2103", "E2100"], contract="ADBC-FY-2026-0931"))

    # Travel advance for the purchasing team.
    T.legit(["personal_account", "first_time_payee"],
            "Hard negative: Travel and float advance to the purchasing manager's own card for setting up village buying points.",
            T.pay("NW-FK-20261021-02", "10-21 10:40",
                  payee("王立军", acct("6228", 19, "nw-wanglijun"), "中国农业银行富裕县支行", "personal", "EMP-2110"),
                  "8000.00", "借支", "收购部下乡收购差旅及现场备用金借支",
                  K + "收购部王立军带队赴繁荣乡、塔哈镇设立临时收购点，差旅及现场备用金借支8,000元，11月5日前报销冲账",
                  req="E2110", appr=["E2103"]))

    # Rice mill names the lab that must test the paddy, and pays the lab itself.
    T.legit(["designated_supplier"],
            "Hard negative: The established rice mill requires testing by the city grain-quality lab it names, pays the lab itself and has already paid for the paddy.",
            T.order("NW-XS-20261022-01", "10-22 14:20", nenfeng,
                    [("稻谷（2026年产圆粒，出糙率≥77%）", "200", "吨", "2800.00")], "email",
                    "富裕县嫩江湾粮库（买方自提）", "10-29", "款到发货（已到账）",
                    "这批稻谷做出口转加工，出库前请按我方指定由市粮油质量检测中心扦样检测，检测费3,200元由我公司直接付给检测中心，检测合格后发货。",
                    third_party=third("齐齐哈尔市粮油质量检测中心", landline("0452", "nw-lab"),
                                      "designated_supplier", "3200.00")))

    # Starch plant offsets an earlier overpayment against a new order.
    T.legit(["overpayment"],
            "Hard negative: The established starch plant offsets its earlier overpayment against the next order instead of asking for money back.",
            T.order("NW-XS-20261023-02", "10-23 14:40", jinyu,
                    [("玉米（2025年产，国标二等）", "600", "吨", "2250.00")], "phone",
                    "龙江县金玉淀粉有限公司原料场", "10-30", "款到发货（上批多付32,400元抵扣后已补足）",
                    "上批（10月13日）结算后我方多付32,400元，本批直接抵扣，余款1,317,600元已汇出，请核对后安排装车。"))

    # Separation pay to a departing gatekeeper's own card.
    T.legit(["personal_account", "first_time_payee"],
            "Hard negative: Final wages of a retiring gatekeeper paid to his own card after HR's settlement sheet.",
            T.pay("NW-FK-20261026-03", "10-26 11:30",
                  payee("周德顺", acct("6228", 19, "nw-zhoudeshun"), "中国农业银行富裕县支行", "personal", "EMP-2177"),
                  "6420.00", "工资", "门卫周德顺退休离岗工资结算",
                  K + "门卫周德顺10月退休，10月1—26日工资及未休年假折算共6,420元，按人事结算单付其本人工资卡",
                  req="E2140", appr=["E2103"]))

    # Renewal notice e-mailed by the regular insurer.
    T.legit(["renewal_bill", "email_instruction"],
            "Hard negative: The regular insurer e-mails the yearly renewal of the storage-facility policy, payable to the account already in the vendor master.",
            T.pay("NW-FK-20261027-02", "10-27 09:40", insurer, "26800.00", "保险费", "2027年度仓储设施财产险续保保费",
                  "于经理您好：贵库仓储设施财产险将于11月15日到期，续保方案与去年一致（保额4,860万元），"
                  "续保保费26,800元，请于到期前付至我司对公账户（账号与往年一致），出单后寄送保单原件。鹤城财险 崔敏",
                  req="E2102", appr=["E2103", "E2100"], channel="email", frm="鹤城财险齐齐哈尔中心支公司 崔敏",
                  contact="cuimin@hcic-qqhr.com.cn", contract="HCCX-2027-QQ-00118"))

    # Partial repayment of the purchase loan to the policy bank.
    T.legit(["large_vs_usual", "first_time_payee"],
            "Hard negative: A 3m partial repayment of last season's purchase loan to the policy bank, as its closed-loop lending rules require.",
            T.pay("NW-FK-20261028-02", "10-28 10:40",
                  payee("中国农业发展银行富裕县支行（贷款归还户）", acct("2030227", 19, "nw-adbc-loan"),
                        "中国农业发展银行富裕县支行", phone=landline("0452", "nw-adbc")),
                  "3000000.00", "还款", "归还2025年度收购贷款本金（部分）",
                  K + "2025年产稻谷销售回笼款300万元，按农发行收购贷款封闭运行要求归还借款合同ADBC-FY-2025-0877项下本金",
                  req="E2102", appr=["E2103", "E2100"], contract="ADBC-FY-2025-0877"))

    # A farmers' co-operative sells maize to its own business account.
    T.legit(["first_time_payee"],
            "Hard negative: A farmers' co-operative is paid for 186 t of maize on its own business account, with its licence on file.",
            T.pay("NW-FK-20261029-03", "10-29 14:10",
                  payee("富裕县繁荣乡丰收种植专业合作社", acct("8805", 19, "nw-coop"), "黑龙江富裕农村商业银行",
                        vendor_id="NH-C021"),
                  mul("186400", "2.36"), "收购款", "玉米收购款（折干186,400公斤）",
                  K + "收购结算单SG-1029-002：丰收种植合作社交售玉米（折干后）186,400公斤，2.36元/公斤，"
                  "合作社营业执照、开户许可证已留档，款付合作社对公账户",
                  req="E2110", appr=["E2103", "E2100"]))

    # Evening payment to a farmer queueing since morning.
    T.legit(["personal_account", "first_time_payee", "off_hours"],
            "Hard negative: After a long queue at the weighbridge a new farmer is paid in the evening on his own card.",
            T.pay("NW-FK-20261030-02", "10-30 18:40",
                  payee("杜永福", acct("6231", 19, "nw-farmer-du"), "黑龙江富裕农村商业银行", "personal", "NH-0455"),
                  mul("22150", "2.36"), "收购款", "玉米收购款（折干22,150公斤）",
                  K + "收购结算单SG-1030-041：杜永福（塔哈镇东塔哈村）交售玉米，折干后22,150公斤，2.36元/公斤，"
                  "排队过磅至傍晚，当日结清，款付售粮人本人一卡通",
                  req="E2110", appr=["E2103"]))

    # --- scams ------------------------------------------------------------------

    # fake_purchaser: one extra character on the feed mill's name, credit terms.
    T.scam("fake_purchaser", "flag", ["lookalike_company", "new_customer", "credit_terms_requested"],
           "Structural only: A buyer whose name adds one character (市) to the established feed mill's name asks for 500 t on 30-day credit to a logistics-park store, in ordinary trade language.",
           T.order("NW-XS-20261009-02", "10-09 15:30",
                   customer("齐齐哈尔市大丰饲料有限公司", uscc("91", "230102", "nw-dafeng-fake"), "宋经理",
                            mobile("1810000", "nw-dafeng-fake"), None, None, None),
                   [("玉米（2025年产，国标二等）", "500", "吨", "2230.00")], "phone",
                   "齐齐哈尔市铁锋区扎龙路物流园区3号库", "10-14", "货到验收后30天付款",
                   "今年厂里扩产，原料先进铁锋物流园的新库。先发500吨，验收后一个月内付款，盖章合同随车带回。"))

    # fake_order (1/2): "school canteen" order with a designated oil supplier.
    T.scam("fake_order", "flag", ["institution_claim", "designated_supplier", "new_customer", "off_catalogue_item"],
           "A 'school canteen' orders bagged rice and asks the depot to buy 60 drums of soybean oil from the shop it names and deliver it with the rice, to be settled together.",
           T.order("NW-XS-20261012-03", "10-12 14:00",
                   customer("富裕县启明中学食堂", None, "王老师", landline("0452", "nw-qiming"), None,
                            wxid("nw-qiming-teacher"), None),
                   [("嫩江湾牌长粒香大米（25公斤/袋）", "240", "袋", "168.00")], "im",
                   "富裕县启明中学后勤仓库", "10-16", "学校统一报账，月底财政支付",
                   "食堂下个月的米在你们这订。另外这学期学校指定用香满园那家的非转基因一级豆油，60桶，"
                   "麻烦你们一块进了跟大米一起送来，油钱和米钱月底一起报给你们。",
                   third_party=third("齐齐哈尔市香满园粮油经销部", mobile("1810000", "nw-xiangmanyuan"),
                                     "designated_supplier", "18600.00")))

    # fake_order (2/2): sales pays the designated oil shop before the "school" pays.
    T.scam("fake_order", "block", ["designated_supplier", "sales_order_linked", "first_time_payee"],
           "Sales asks to pay the oil shop the 'school canteen' named for 60 drums of soybean oil, linked to the rice order, before the school has paid anything.",
           T.pay("NW-FK-20261014-02", "10-14 10:40",
                 payee("齐齐哈尔市香满园粮油经销部", acct("2305017", 19, "nw-xiangmanyuan"), "中国建设银行齐齐哈尔分行"),
                 "18600.00", "采购款", "代学校采购非转基因一级豆油60桶",
                 K + "（销售部）启明中学食堂大米订单NW-XS-20261012-03配套豆油60桶，按学校要求从香满园采购，"
                 "先付油款，学校月底连同米款一并支付",
                 req="E2120", appr=["E2103"], order="NW-XS-20261012-03"))

    # contract_fraud: new "supply-chain" firm sells storage business for a deposit.
    T.scam("contract_fraud", "flag", ["deposit_words", "first_time_payee", "fee_asked_of_seller"],
           "A supply-chain firm offering 20,000 t of storage business asks the depot, the party that would earn the storage fees, for an 80k performance deposit before signing its own contract template.",
           T.pay("NW-FK-20261015-03", "10-15 16:00",
                 payee("黑龙江北仓供应链管理有限公司", acct("3661", 19, "nw-beicang"), "中国光大银行哈尔滨分行"),
                 "80000.00", "保证金", "2万吨大豆代储合作履约保证金",
                 K + "北仓供应链拟委托我库代储大豆2万吨（保管费每吨每年60元），签约前须交代储履约保证金8万元，"
                 "代储期满无损耗一次性退还，合同为对方提供的文本",
                 req="E2130", appr=["E2103", "E2100"]))

    # fake_salary: nine loaders' piece wages on the foreman's card.
    T.scam("fake_salary", "block", ["payee_shared_by_employees", "personal_account", "first_time_payee"],
           "Structural only: Nine casual loaders' piece-rate wages go in one transfer to a card the 'foreman' supplied, with a bland payroll memo.",
           T.pay("NW-FK-20261016-03", "10-16 14:00",
                 payee("鲍春生", acct("6228", 19, "nw-baochunsheng"), "中国农业银行富裕县支行", "personal"),
                 "30780.00", "劳务费", "10月1日—15日临时装卸工计件工资（9人）",
                 K + "临时装卸工10月上半月计件工资，装卸班9人（名单及吨数见附表），按班长鲍春生提供的银行卡统一支付",
                 req="E2140", appr=["E2103"]))

    # boss_impersonation: new WeChat "GM" books an inspection reception.
    T.scam("boss_impersonation", "flag", ["im_instruction", "new_contact", "boss_role", "first_time_payee", "no_po_contract"],
           "A WeChat account using the GM's name, but not his usual one, tells the cashier to prepay 48k to a trading firm for hosting a provincial inspection, invoice to follow.",
           T.pay("NW-FK-20261019-03", "10-19 15:20",
                 payee("富裕县鹤源商贸有限公司", acct("9230", 19, "nw-heyuan"), "中国邮政储蓄银行富裕县支行"),
                 "48000.00", "会务费", "省局秋粮收购检查组接待及会务费",
                 "刘庆丰：小孙，下周二省局秋粮收购检查组到咱们库，会务、住宿和接待我已经让鹤源商贸统一安排了，"
                 "先给他们预付4.8万，发票后面他们开过来。付款单你直接找于经理审。",
                 req="E2101", appr=["E2103"], channel="im", frm="刘庆丰", contact=wxid("nw-gm-fake")))

    # fake_purchaser: small prepaid order in September, now 900 t on credit to a port.
    T.scam("fake_purchaser", "flag", ["small_then_large", "credit_terms_requested"],
           "Structural only: The Harbin trader whose 40 t trial order was prepaid by another firm now wants 900 t of soybeans on 15-day credit to its own Harbin store.",
           T.order("NW-XS-20261020-02", "10-20 14:30",
                   customer("哈尔滨众禾粮油贸易有限公司", zhonghe_code, "许经理", zhonghe_phone, None,
                            zhonghe_wx, "C-NW05"),
                   [("大豆（2026年产，国标一等）", "900", "吨", "4420.00")], "phone",
                   "哈尔滨市道外区团结镇众禾粮油仓库", "10-31", "到货验收后15天付款",
                   "上回40吨豆子质量不错，这次下游油厂要货，先发900吨到我们哈尔滨库，验收完半个月内结清。"))

    # authority_impersonation: "reserve bureau" wants the purchase money in a "supervised account".
    T.scam("authority_impersonation", "block",
           ["safe_account_words", "authority_words", "phone_instruction", "first_time_payee", "evasion_traditional"],
           "A caller posing as the provincial grain-reserve bureau's inspectors, texting in traditional characters, says the harvest-purchase money is under review and must sit in a 'supervised account' until checked.",
           T.pay("NW-FK-20261021-03", "10-21 15:10",
                 payee("哈尔滨宏盛达商贸有限公司", acct("1503", 18, "nw-hongshengda"), "中国民生银行哈尔滨分行"),
                 "300000.00", "暂存款", "收购资金核查暂存",
                 "对方来电后发来短信：你库2026年秋粮收购资金使用存在疑点，已列入專項核查名單。為配合核查，"
                 "請於今日將收購資金中的30萬元轉入指定監管帳戶（戶名：哈尔滨宏盛达商贸有限公司），核查結束後原路退回。",
                 req="E2101", appr=["E2103"], channel="phone", frm="自称省粮食和物资储备局执法督查处 周处长",
                 contact=landline("0451", "nw-fake-bureau")))

    # account_change: coal dealer's account switched three days before the fifth batch.
    T.scam("account_change", "block", ["account_changed_recent", "first_time_payee"],
           "Structural only: The coal dealer's bank account was switched in the vendor master three days before this otherwise routine fifth coal payment.",
           T.pay("NW-FK-20261022-01", "10-22 09:40", coal_diverted, "207500.00", "货款", "烘干用煤250吨（830元/吨）第五批",
                 K + "宏达煤炭 烘干用煤250吨第五批，合同NW-CG-2026-027，发票" + invoice("23", "nw-coal-1022"),
                 req="E2102", appr=["E2103", "E2100"], contract="NW-CG-2026-027",
                 invoice_no=invoice("23", "nw-coal-1022"), changed="10-19 16:40"))

    # fake_invoice: September bag invoice billed again.
    T.scam("fake_invoice", "block", ["duplicate_invoice"],
           "Structural only: The bag maker's September statement bills again an invoice the depot already paid on 7 September; the request looks like any other bag payment.",
           T.pay("NW-FK-20261023-01", "10-23 10:30", bags, "28500.00", "货款", "编织袋、苫布货款（9月对账）",
                 K + "嫩丰包装9月对账单所列编织袋20000条、苫布60块，合同NW-CG-2026-019，发票" + invoice("23", "nw-bags-0907"),
                 req="E2130", appr=["E2103"], contract="NW-CG-2026-019", invoice_no=invoice("23", "nw-bags-0907")))

    # advance_fee: "financing channel" fee before a harvest loan.
    T.scam("advance_fee", "flag", ["loan_fee_words", "first_time_payee"],
           "A consultancy promising an 8m unsecured harvest loan from a 'factoring partner' wants a 1.5% risk-assessment and channel fee paid before anything is lent.",
           T.pay("NW-FK-20261026-02", "10-26 14:00",
                 payee("哈尔滨融汇通企业管理咨询有限公司", acct("1023", 17, "nw-ronghuitong"), "哈尔滨银行道里支行"),
                 "120000.00", "服务费", "收购周转资金800万元融资服务费（1.5%）",
                 K + "为补充秋粮收购周转资金，融汇通咨询可对接合作保理机构放款800万元（年化4.2%，不用抵押），"
                 "放款前须支付风控评估及通道服务费1.5%即12万元，放款后3个工作日到账",
                 req="E2102", appr=["E2103", "E2100"]))

    # task_rebate: "stuck order" on a purchasing site, top-up to a personal card.
    T.scam("task_rebate", "block", ["personal_account", "topup_words", "task_rebate_words", "first_time_payee"],
           "An office clerk asks to top up a 'settlement officer's' personal card so that a stuck glove order on a purchasing site is released with a 3% commission.",
           T.pay("NW-FK-20261027-03", "10-27 15:10",
                 payee("何晓燕", acct("6221", 19, "nw-hexiaoyan"), "中国邮政储蓄银行哈尔滨分行", "personal"),
                 "6800.00", "采购款", "劳保手套平台订单卡单充值",
                 "付款申请（办公室）：在“优采企业购”平台下单劳保手套300副，平台客服称订单被系统卡住，"
                 "需向结算专员个人账户充值6,800元解卡，完成后连同本金及3%返佣一并退回公司账户。",
                 req="E2150", appr=["E2102"]))

    # overpayment_refund: "money sent by mistake" to be returned to a group company.
    T.scam("overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "first_time_payee", "sales_order_linked"],
           "A letter in the starch plant's name says 180k meant for another supplier was added to its last payment and asks for it back to a 'group settlement company', not to the plant's own account.",
           T.pay("NW-FK-20261028-03", "10-28 14:50",
                 payee("龙江县金玉粮贸有限公司", acct("8802", 19, "nw-jinyu-fake"), "黑龙江龙江农村商业银行"),
                 "180000.00", "退款", "退金玉淀粉误汇款",
                 K + "（销售部）金玉淀粉采购部10月28日来函称，10月27日其财务将应付他方的18万元误并入我库货款一同汇出，"
                 "要求将多汇部分退至其集团内结算公司“龙江县金玉粮贸有限公司”账户",
                 req="E2120", appr=["E2103"], order="NW-XS-20261027-01"))

    # account_lending: broker routes a feed mill's payment through the depot.
    T.scam("account_lending", "block", ["account_lending_words", "in_out_match", "personal_account", "first_time_payee"],
           "The regular broker asks the depot to pass a feed mill's 215,600 through its account to a person he names, for a commission, although he delivered no grain to the depot.",
           T.pay("NW-FK-20261029-04", "10-29 15:30",
                 payee("吕凤祥", acct("6231", 19, "nw-lvfengxiang"), "黑龙江富裕农村商业银行", "personal"),
                 "215600.00", "收购款", "代付经纪人马洪波粮款",
                 K + "经纪人马洪波称：今天上午双合饲料打到我库户上的215,600元是他那车玉米的钱，粮没进我库，"
                 "是直接卖给饲料厂的，借咱们公户过一下，请按他给的名单转给吕凤祥，手续费按千分之五给我库",
                 req="E2101", appr=["E2103"]))

    # account_lending: new buyer wants to park extra money in the depot's account.
    T.scam("account_lending", "block", ["account_lending_words", "new_customer", "evasion_pinyin", "contact_im_only"],
           "A new trader buying 300 t of maize will send 2m to the depot's 'dgzh' and wants the 1.32m surplus forwarded to a third company when told, for a fee.",
           T.order("NW-XS-20261030-02", "10-30 14:20",
                   customer("哈尔滨瑞丰达粮食贸易有限公司", uscc("91", "230108", "nw-ruifengda"), "邢总",
                            mobile("1330000", "nw-ruifengda"), None, wxid("nw-ruifengda"), None),
                   [("玉米（2026年产新粮，国标二等）", "300", "吨", "2260.00")], "im",
                   "富裕县嫩江湾粮库（买方自提）", "11-05", "款到发货",
                   "我们先往贵库dgzh打200万，其中67.8万是玉米款，剩下132.2万是我们跟恒远达的往来，"
                   "到账后麻烦按我们通知转给恒远达，贵库按千分之三收手续费。",
                   third_party=third("大庆市恒远达物资有限公司", mobile("1330000", "nw-hengyuanda"),
                                     "pass_through_payee", "1322000.00")))

    return T


# ==========================================================================
# Tenant 2: chengbi - 百色澄碧湖客运有限公司 (Guangxi coach and bus company)
# ==========================================================================


def build_chengbi():
    staff = {
        "E3100": "陆建明",   # general manager
        "E3101": "黄秋菊",   # cashier
        "E3102": "农志强",   # accountant
        "E3103": "韦丽萍",   # head of finance
        "E3110": "罗海波",   # operations and dispatch
        "E3120": "梁晓雯",   # charter sales
        "E3130": "黄德胜",   # fleet chief
        "E3140": "蒙小燕",   # HR
        "E3160": "班秀兰",   # ticket office
    }
    T = Tenant("chengbi", acct("2106220", 19, "cb-payer"), "百色澄碧湖客运有限公司", staff)
    K = "用友NC付款单："
    GM_WX = wxid("cb-gm-real")

    # ---- vendor master ----------------------------------------------------
    fuel = payee("百色右江能源销售有限公司", acct("2106220", 19, "cb-fuel"), "中国工商银行百色分行",
                 vendor_id="V-CB01", phone=landline("0776", "cb-fuel"))
    etc = payee("广西八桂通行科技有限公司", acct("4505016", 19, "cb-etc"), "中国建设银行南宁分行",
                vendor_id="V-CB02", phone=landline("0771", "cb-etc"))
    parts_old = payee("百色市鑫驰汽车配件有限公司", acct("8801", 19, "cb-parts-old"), "广西百色农村商业银行",
                      vendor_id="V-CB03", phone=landline("0776", "cb-parts"))
    parts_diverted = payee("百色市鑫驰汽车配件有限公司", acct("6603", 18, "cb-parts-diverted"),
                           "桂林银行百色分行", vendor_id="V-CB03", phone=parts_old["phone"])
    repair_old = payee("百色市通达客车维修服务有限公司", acct("6301", 18, "cb-repair-old"), "中国银行百色分行",
                       vendor_id="V-CB04", phone=landline("0776", "cb-repair"))
    repair_new = payee("百色市通达客车维修服务有限公司", acct("4505017", 19, "cb-repair-new"),
                       "中国建设银行百色分行", vendor_id="V-CB04", phone=repair_old["phone"])
    station = payee("百色汽车总站有限公司", acct("2106220", 19, "cb-station"), "中国工商银行百色分行",
                    vendor_id="V-CB05", phone=landline("0776", "cb-station"))
    insurer = payee("桂中财产保险股份有限公司百色中心支公司", acct("4505017", 19, "cb-insurer"),
                    "中国建设银行百色分行", vendor_id="V-CB06", phone=landline("0776", "cb-insurer"))
    lease = payee("南宁邕江融资租赁有限公司", acct("2102112", 19, "cb-lease"), "中国工商银行南宁分行",
                  vendor_id="V-CB07", phone=landline("0771", "cb-lease"))
    beidou = payee("广西星途北斗科技有限公司", acct("6100", 17, "cb-beidou"), "中国银行南宁分行",
                   vendor_id="V-CB08", phone=landline("0771", "cb-beidou"))
    beidou_diverted = payee("广西星途北斗科技有限公司", acct("4505019", 19, "cb-beidou-diverted"),
                            "中国建设银行南宁分行", vendor_id="V-CB08", phone=beidou["phone"])
    power = payee("百色市城区供电有限公司", acct("2106220", 19, "cb-power"), "中国工商银行百色分行",
                  vendor_id="V-CB09", phone=landline("0776", "cb-power"))
    tax = payee("国家金库百色市中心支库", acct("4510000", 17, "cb-tax"), "国家金库百色市中心支库",
                vendor_id="TAX-CB")
    payroll = payee("中国工商银行百色分行（代发工资专户）", acct("2106220", 19, "cb-payroll"),
                    "中国工商银行百色分行", vendor_id="PAY-CB")
    driver_qin = payee("覃志军", acct("6230", 19, "cb-qinzhijun"), "广西百色农村商业银行", "personal", "EMP-3217")

    # ---- customer master ---------------------------------------------------
    school = customer("百色市右江区澄江中学", uscc("12", "451002", "cb-school"), "黄主任",
                      landline("0776", "cb-school"), "hqc@bscjzx.edu.cn", None, "C-CB01")
    hongcheng = customer("百色红城国际旅行社有限公司", uscc("91", "451002", "cb-hongcheng"), "杨丽",
                         landline("0776", "cb-hongcheng"), "jidiao@hongcheng-travel.cn", None, "C-CB02")

    # ======================= HISTORY: September 2026 =======================

    T.history("Routine: August motorway tolls settled with the ETC card issuer.", T.pay(
        "CB-ZF-20260901-01", "09-01 09:30", etc, "86420.50", "通行费", "8月ETC记账卡通行费（58台）",
        K + "八桂通行 8月ETC记账卡通行费（58台），对账单及通行费电子发票" + invoice("45", "cb-etc-08"),
        req="E3102", appr=["E3103"], contract="BGTX-JZK-2023-0457", invoice_no=invoice("45", "cb-etc-08")))

    T.history("Routine: The regular travel agency books four coaches for a National Day tour.", T.order(
        "CB-BC-20260901-01", "09-01 15:20", hongcheng,
        [("45座旅游大巴包车（国庆5日游：百色—德天—通灵—靖西）", "4", "辆", "9800.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "10-01", "出发前3日付清",
        "国庆团4辆车，10月1日07:00发车，司机食宿我社负责。"))

    T.history("Routine: Diesel for the fleet bought from the regular fuel dealer.", T.pay(
        "CB-ZF-20260902-01", "09-02 10:10", fuel, "150000.00", "燃油费", "9月上旬柴油款（加油IC卡）",
        K + "右江能源 9月上旬柴油款，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-0902"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-0902")))

    T.history("Routine: Tyres from the regular parts dealer, paid to its long-standing account.", T.pay(
        "CB-ZF-20260902-02", "09-02 14:40", parts_old, mul("24", "1380"), "货款", "子午线轮胎295/80R22.5 24条",
        K + "鑫驰配件 轮胎24条，合同CB-CG-2026-022，发票" + invoice("45", "cb-parts-0902"),
        req="E3130", appr=["E3103"], contract="CB-CG-2026-022", invoice_no=invoice("45", "cb-parts-0902")))

    T.history("Routine: Monthly finance-lease instalment for six coaches.", T.pay(
        "CB-ZF-20260903-01", "09-03 11:00", lease, "68340.00", "租金", "9月融资租赁租金（6台客车，第24期）",
        K + "邕江租赁 融资租赁合同YJZL-2024-1187第24期租金",
        req="E3102", appr=["E3103", "E3100"], contract="YJZL-2024-1187"))

    T.history("Routine: Monthly payroll through the bank's payroll account.", T.pay(
        "CB-ZF-20260904-01", "09-04 16:00", payroll, "538260.00", "工资", "8月工资代发（96人）",
        K + "8月工资代发（96人），工资表经人事部、财务部审核",
        req="E3140", appr=["E3103", "E3100"]))

    T.history("Routine: September weekend shuttle order from the school under its procurement contract.", T.order(
        "CB-BC-20260908-01", "09-08 10:30", school,
        [("学生周末返乡专线（9月，4个周末往返）", "8", "趟次", "1450.00")], "email",
        "百色市右江区澄江中学校门", "09-30", "按月结算（政府采购合同BS-ZFCG-2026-0318）",
        "9月周末返乡专线8趟次，按合同线路执行。"))

    T.history("Routine: A long-distance driver's monthly trip allowance to his own card.", T.pay(
        "CB-ZF-20260909-01", "09-09 17:10", driver_qin, "3260.00", "补贴", "8月长途班线出车补贴（百色—广州）",
        K + "驾驶员覃志军8月长途班线出车补贴，按车队出车记录核定",
        req="E3130", appr=["E3103"]))

    T.history("Routine: Scheduled maintenance by the regular repair shop, paid to its old account.", T.pay(
        "CB-ZF-20260910-01", "09-10 10:20", repair_old, "18760.00", "维修费", "8月车辆二级维护（12台）",
        K + "通达维修 8月二级维护12台，合同CB-WX-2026-003，发票" + invoice("45", "cb-repair-0910"),
        req="E3130", appr=["E3103"], contract="CB-WX-2026-003", invoice_no=invoice("45", "cb-repair-0910")))

    T.history("Routine: Monthly VAT through the three-party agreement.", T.pay(
        "CB-ZF-20260914-01", "09-14 15:00", tax, "38512.44", "税款", "8月增值税及附加",
        "电子税务局三方协议扣缴：8月增值税及附加税费", req="E3102", appr=["E3103"]))

    T.history("Routine: Quarterly carrier-liability insurance to the regular insurer.", T.pay(
        "CB-ZF-20260915-01", "09-15 10:00", insurer, "45600.00", "保险费", "四季度承运人责任险保费（58台）",
        K + "桂中财险 四季度承运人责任险，保单GZCX-2026-BS-01128",
        req="E3102", appr=["E3103"], contract="GZCX-2026-BS-01128"))

    T.history("Routine: Quarterly vehicle-tracking platform fee to the regular Beidou provider.", T.pay(
        "CB-ZF-20260915-02", "09-15 11:30", beidou, "10440.00", "服务费", "四季度动态监控平台服务费（58台）",
        K + "星途北斗 四季度动态监控服务费，58台×60元×3月，合同XT-JK-2025-0091",
        req="E3110", appr=["E3103"], contract="XT-JK-2025-0091", invoice_no=invoice("45", "cb-beidou-0915")))

    T.history("Routine: Diesel for the fleet from the regular fuel dealer.", T.pay(
        "CB-ZF-20260916-01", "09-16 09:40", fuel, "150000.00", "燃油费", "9月中旬柴油款（加油IC卡）",
        K + "右江能源 9月中旬柴油款，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-0916"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-0916")))

    T.history("Routine: The regular travel agency books two coaches for a Mid-Autumn trip.", T.order(
        "CB-BC-20260917-01", "09-17 14:20", hongcheng,
        [("45座旅游大巴包车（中秋2日游：百色—巴马）", "2", "辆", "4200.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "09-26", "出发前3日付清", "中秋团2辆车。"))

    T.history("Routine: The GM, from his usual WeChat, asks finance to settle the bus station's quarterly fees through the workflow.", T.pay(
        "CB-ZF-20260918-01", "09-18 14:20", station, "24600.00", "站务费", "三季度进站停车及安检服务费",
        "陆建明：总站那边三季度的停车安检费催了两次了，合同价没变，今天走流程付掉。",
        req="E3102", appr=["E3103", "E3100"], channel="im", frm="陆建明", contact=GM_WX,
        contract="BSZZ-JZ-2026-007", invoice_no=invoice("45", "cb-station-0918")))

    T.history("Routine: Monthly electricity for the depot and chargers.", T.pay(
        "CB-ZF-20260921-01", "09-21 10:50", power, "12880.00", "电费", "8月电费（保修厂、充电桩）",
        K + "城区供电 8月电费，户号0776-51-0392，发票" + invoice("45", "cb-power-08"),
        req="E3102", appr=["E3103"], contract="BS-GD-2025-118", invoice_no=invoice("45", "cb-power-08")))

    T.history("Routine: First payment to the repair shop's new account after a stamped change letter and a call-back to the number on file.", T.pay(
        "CB-ZF-20260924-01", "09-24 10:40", repair_new, "9350.00", "维修费", "9月小修配件及工时",
        K + "通达维修 9月小修。对方9月17日递交加盖公章及法人签字的账户变更函（原中行网点撤并，改至建行百色分行），"
        "财务部已按档案电话回拨其财务负责人核实",
        req="E3130", appr=["E3103"], contract="CB-WX-2026-003", invoice_no=invoice("45", "cb-repair-0924"),
        changed="09-18 16:00", verified=verification(repair_old["phone"], "E3103", "09-18 15:10")))

    T.history("Routine: October weekend shuttle order from the school.", T.order(
        "CB-BC-20260928-01", "09-28 09:50", school,
        [("学生周末返乡专线（10月，4个周末往返）", "8", "趟次", "1450.00")], "email",
        "百色市右江区澄江中学校门", "10-31", "按月结算（政府采购合同BS-ZFCG-2026-0318）",
        "10月周末返乡专线8趟次，国庆假期前后加开班次另行通知。"))

    T.history("Routine: Extra diesel before the holiday peak.", T.pay(
        "CB-ZF-20260929-01", "09-29 11:10", fuel, "180000.00", "燃油费", "国庆前柴油款（加油IC卡）",
        K + "右江能源 国庆加班车用油，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-0929"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-0929")))

    T.history("Routine: A long-distance driver's monthly trip allowance to his own card.", T.pay(
        "CB-ZF-20260930-01", "09-30 10:00", driver_qin, "3480.00", "补贴", "9月长途班线出车补贴（百色—广州）",
        K + "驾驶员覃志军9月长途班线出车补贴，按车队出车记录核定",
        req="E3130", appr=["E3103"]))

    # ========================= TEST: October 2026 ==========================

    # --- routine --------------------------------------------------------------

    T.legit([], "Routine: September motorway tolls settled with the ETC card issuer.", T.pay(
        "CB-ZF-20261008-01", "10-08 09:20", etc, "92318.70", "通行费", "9月ETC记账卡通行费（58台）",
        K + "八桂通行 9月ETC记账卡通行费（58台），对账单及通行费电子发票" + invoice("45", "cb-etc-09"),
        req="E3102", appr=["E3103"], contract="BGTX-JZK-2023-0457", invoice_no=invoice("45", "cb-etc-09")))

    T.legit([], "Routine: The regular travel agency books three coaches for a weekend trip.", T.order(
        "CB-BC-20261008-01", "10-08 10:30", hongcheng,
        [("45座旅游大巴包车（10月17—18日 百色—巴马2日游）", "3", "辆", "5600.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "10-17", "出发前3日付清", "周末团3辆车，早上7点半发车。"))

    T.legit([], "Routine: Monthly finance-lease instalment for six coaches.", T.pay(
        "CB-ZF-20261009-01", "10-09 09:40", lease, "68340.00", "租金", "10月融资租赁租金（6台客车，第25期）",
        K + "邕江租赁 融资租赁合同YJZL-2024-1187第25期租金",
        req="E3102", appr=["E3103", "E3100"], contract="YJZL-2024-1187"))

    T.legit([], "Routine: September payroll through the bank's payroll account.", T.pay(
        "CB-ZF-20261009-02", "10-09 14:30", payroll, "551930.00", "工资", "9月工资代发（97人）",
        K + "9月工资代发（97人），工资表经人事部、财务部审核",
        req="E3140", appr=["E3103", "E3100"]))

    T.legit([], "Routine: Mid-month diesel from the regular fuel dealer.", T.pay(
        "CB-ZF-20261012-01", "10-12 09:30", fuel, "150000.00", "燃油费", "10月中旬柴油款（加油IC卡）",
        K + "右江能源 10月中旬柴油款，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-1012"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-1012")))

    T.legit([], "Routine: September electricity for the depot and chargers.", T.pay(
        "CB-ZF-20261013-01", "10-13 10:20", power, "13420.60", "电费", "9月电费（保修厂、充电桩）",
        K + "城区供电 9月电费，户号0776-51-0392，发票" + invoice("45", "cb-power-09"),
        req="E3102", appr=["E3103"], contract="BS-GD-2025-118", invoice_no=invoice("45", "cb-power-09")))

    T.legit([], "Routine: The school books shuttle runs for its sports day.", T.order(
        "CB-BC-20261014-01", "10-14 09:50", school,
        [("秋季运动会学生接送（10月23日，体育中心往返）", "6", "车次", "650.00")], "email",
        "百色市右江区澄江中学校门—百色市体育中心", "10-23", "按月结算（政府采购合同BS-ZFCG-2026-0318）",
        "运动会当天6车次，随10月专线一并结算。"))

    T.legit([], "Routine: Monthly VAT through the three-party agreement.", T.pay(
        "CB-ZF-20261015-01", "10-15 09:30", tax, "41806.27", "税款", "9月增值税及附加",
        "电子税务局三方协议扣缴：9月增值税及附加税费", req="E3102", appr=["E3103"]))

    T.legit([], "Routine: Insurance added for two new coaches with the regular insurer.", T.pay(
        "CB-ZF-20261015-02", "10-15 11:00", insurer, "14260.00", "保险费", "新增2台客车承运人责任险及交强险",
        K + "桂中财险 新增车辆桂L·D3306、桂L·D3307承运人责任险及交强险，保单GZCX-2026-BS-01128批改",
        req="E3102", appr=["E3103"], contract="GZCX-2026-BS-01128"))

    T.legit([], "Routine: The bus station's service fee for holiday relief coaches.", T.pay(
        "CB-ZF-20261016-01", "10-16 09:40", station, "7860.00", "站务费", "国庆黄金周加班车进站服务费",
        K + "汽车总站 国庆加班车进站服务费，合同BSZZ-JZ-2026-007，发票" + invoice("45", "cb-station-1016"),
        req="E3110", appr=["E3103"], contract="BSZZ-JZ-2026-007", invoice_no=invoice("45", "cb-station-1016")))

    T.legit([], "Routine: The regular travel agency books two coaches for a five-day tour.", T.order(
        "CB-BC-20261019-01", "10-19 10:10", hongcheng,
        [("45座旅游大巴包车（10月24—28日 桂林5日游）", "2", "辆", "10200.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "10-24", "出发前3日付清", "桂林5日游2辆车。"))

    T.legit([], "Routine: Late-October diesel from the regular fuel dealer.", T.pay(
        "CB-ZF-20261020-01", "10-20 09:30", fuel, "150000.00", "燃油费", "10月下旬柴油款（加油IC卡）",
        K + "右江能源 10月下旬柴油款，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-1020"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-1020")))

    T.legit([], "Routine: Two extra tracking terminals from the regular Beidou provider.", T.pay(
        "CB-ZF-20261021-01", "10-21 11:00", beidou, "3960.00", "货款", "新增2台车载终端（含安装）",
        K + "星途北斗 新车车载视频终端2套及安装，合同XT-JK-2025-0091补充协议，发票" + invoice("45", "cb-beidou-1021"),
        req="E3110", appr=["E3103"], contract="XT-JK-2025-0091", invoice_no=invoice("45", "cb-beidou-1021")))

    T.legit([], "Routine: Quarterly stamp duty and property tax.", T.pay(
        "CB-ZF-20261022-01", "10-22 09:40", tax, "6128.50", "税款", "三季度印花税、房产税",
        "电子税务局三方协议扣缴：三季度印花税、房产税", req="E3102", appr=["E3103"]))

    T.legit([], "Routine: The regular travel agency books three coaches for a company outing.", T.order(
        "CB-BC-20261023-01", "10-23 10:20", hongcheng,
        [("45座旅游大巴包车（11月1—2日 企业团建2日游）", "3", "辆", "5600.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "11-01", "出发前3日付清", "企业团建3辆车。"))

    T.legit([], "Routine: November weekend shuttle order from the school.", T.order(
        "CB-BC-20261026-01", "10-26 09:30", school,
        [("学生周末返乡专线（11月，4个周末往返）", "8", "趟次", "1450.00")], "email",
        "百色市右江区澄江中学校门", "11-30", "按月结算（政府采购合同BS-ZFCG-2026-0318）",
        "11月周末返乡专线8趟次。"))

    T.legit([], "Routine: Station cleaning and waiting-room advertising fees to the bus station.", T.pay(
        "CB-ZF-20261027-01", "10-27 10:10", station, "9600.00", "站务费", "10月站场保洁及候车厅广告位费用",
        K + "汽车总站 10月站场保洁及候车厅广告位，合同BSZZ-JZ-2026-007，发票" + invoice("45", "cb-station-1027"),
        req="E3110", appr=["E3103"], contract="BSZZ-JZ-2026-007", invoice_no=invoice("45", "cb-station-1027")))

    T.legit([], "Routine: The regular travel agency books two coaches for a seniors' trip.", T.order(
        "CB-BC-20261029-01", "10-29 09:30", hongcheng,
        [("45座旅游大巴包车（11月7—8日 老年团2日游）", "2", "辆", "5800.00")], "email",
        "百色市右江区向阳路红城国旅门店集合", "11-07", "出发前3日付清", "老年团，请安排经验丰富的司机。"))

    T.legit([], "Routine: The school books extra runs after mid-term exams.", T.order(
        "CB-BC-20261030-01", "10-30 09:30", school,
        [("期中考试后学生返乡加班车", "4", "趟次", "1450.00")], "email",
        "百色市右江区澄江中学校门", "11-13", "按月结算（政府采购合同BS-ZFCG-2026-0318）",
        "期中考后加开4趟次，随11月结算。"))

    T.legit([], "Routine: Early-November diesel from the regular fuel dealer.", T.pay(
        "CB-ZF-20261030-02", "10-30 10:40", fuel, "120000.00", "燃油费", "11月上旬柴油款（加油IC卡）",
        K + "右江能源 11月上旬柴油款，年度供油合同YJNY-2026-01，发票" + invoice("45", "cb-fuel-1030"),
        req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-1030")))

    # --- hard negatives -------------------------------------------------------

    # Night tow on the motorway during the holiday.
    T.legit(["first_time_payee", "urgency", "off_hours"],
            "Hard negative: A holiday relief coach breaks down on the motorway at night and a roadside-rescue firm is paid that evening, confirmed on site by the fleet chief.",
            T.pay("CB-ZF-20261002-01", "10-02 21:30",
                  payee("广西畅通道路救援服务有限公司", acct("2005", 19, "cb-rescue"), "中国农业银行南宁分行",
                        phone=landline("0771", "cb-rescue")),
                  "6800.00", "救援费", "国庆加班车广昆高速田东段故障拖车及现场抢修",
                  K + "国庆值班：桂L·B2817（百色—南宁加班车）在广昆高速田东段变速箱故障，已调备车接驳旅客。"
                  "救援公司拖车至田东服务区并现场抢修，按高速救援收费标准当晚结清，车队长黄德胜现场确认，陆总电话同意",
                  req="E3102", appr=["E3103"], urgent=True))

    # Group-ticket refund to the buyer's own account.
    T.legit(["refund_words", "first_time_payee"],
            "Hard negative: Group tickets for a cancelled holiday trip are refunded in full to the company account that bought them.",
            T.pay("CB-ZF-20261009-03", "10-09 10:50",
                  payee("百色市恒润建材有限公司", acct("4505017", 19, "cb-hengrun"), "中国建设银行百色分行",
                        phone=landline("0776", "cb-hengrun")),
                  mul("38", "120"), "退款", "国庆团体票退票款（38张×120元）原路退回",
                  K + "恒润建材9月28日对公购买10月3日百色—南宁团体票38张（收款回单0928-07），因田东段塌方停运，"
                  "按客运站退票规定全额退款，原路退回其付款账户",
                  req="E3160", appr=["E3103"]))

    # Holiday overtime allowance, known driver.
    T.legit(["personal_account"],
            "Hard negative: Holiday overtime trip allowance to a long-distance driver's own card, as every month.",
            T.pay("CB-ZF-20261009-04", "10-09 15:10", driver_qin, "2980.00", "补贴", "国庆加班出车补贴",
                  K + "驾驶员覃志军国庆加班车出车补贴，按车队出车记录核定",
                  req="E3130", appr=["E3103"]))

    # Holiday overtime allowance, a driver not paid separately before.
    T.legit(["personal_account", "first_time_payee"],
            "Hard negative: Holiday overtime allowance to another driver's own card, the first separate payment to him.",
            T.pay("CB-ZF-20261009-05", "10-09 15:20",
                  payee("黄永新", acct("6230", 19, "cb-huangyongxin"), "广西百色农村商业银行", "personal", "EMP-3241"),
                  "2640.00", "补贴", "国庆加班出车补贴",
                  K + "驾驶员黄永新国庆加班车出车补贴，按车队出车记录核定，付本人工资卡",
                  req="E3130", appr=["E3103"]))

    # Verified account change, already used.
    T.legit(["account_changed_recent"],
            "Hard negative: Maintenance paid to the repair shop's account changed last month on a stamped letter, confirmed by call-back and already used once.",
            T.pay("CB-ZF-20261013-02", "10-13 11:10", repair_new, "22480.00", "维修费", "9月车辆二级维护（14台）",
                  K + "通达维修 9月二级维护14台，合同CB-WX-2026-003，发票" + invoice("45", "cb-repair-1013"),
                  req="E3130", appr=["E3103"], contract="CB-WX-2026-003", invoice_no=invoice("45", "cb-repair-1013"),
                  changed="09-18 16:00",
                  verified=verification(repair_old["phone"], "E3103", "09-18 15:10")))

    # District education bureau school-transport contract from a public tender.
    T.legit(["institution_claim", "new_customer", "large_first_order"],
            "Hard negative: The district education bureau records the rural school-transport contract the company won in a public tender, paid monthly through the treasury.",
            T.order("CB-BC-20261013-02", "10-13 15:00",
                    customer("百色市田阳区教育局", uscc("11", "451003", "cb-edu"), "覃股长",
                             landline("0776", "cb-edu"), "xszz@tyjyj.cn", None, None),
                    [("农村学生上下学接送服务（2026年秋季学期，12条线路）", "1", "项", "486000.00")], "other",
                    "百色市田阳区各乡镇中小学（12条线路）", "2027-01-20",
                    "按政府采购合同分月支付（财政国库集中支付）",
                    "广西政府采购云平台公开招标中标（项目编号BSZC2026-G1-0418-TY），中标通知书已发，合同已签订。"))

    # Sugar-mill commuter contract.
    T.legit(["new_customer", "large_first_order", "credit_terms_requested"],
            "Hard negative: A sugar mill that chose the company in an open selection signs a crushing-season commuter contract with monthly settlement.",
            T.order("CB-BC-20261014-02", "10-14 10:30",
                    customer("田东县甘华糖业有限公司", uscc("91", "451022", "cb-ganhua"), "韦经理",
                             landline("0776", "cb-ganhua"), "xzb@ganhuasugar.com", None, None),
                    [("榨季员工通勤班车（11月—次年3月，4台×150天）", "600", "台·日", "880.00")], "email",
                    "田东县甘华糖业厂区及平马镇生活区", "2027-03-31", "月结（每月5日前结上月，合同已签）",
                    "经公开比选确定贵司为2026/27榨季员工通勤服务商，合同GH-XZ-2026-031已双方盖章，按月对账结算。"))

    # Tender deposit for a route concession.
    T.legit(["deposit_words", "first_time_payee"],
            "Hard negative: Bid deposit for a county coach-line concession, paid to the account in the public resource trading centre's announcement.",
            T.pay("CB-ZF-20261015-03", "10-15 14:30",
                  payee("百色市公共资源交易中心", acct("6301", 18, "cb-ggzy"), "中国银行百色分行",
                        phone=landline("0776", "cb-ggzy")),
                  "60000.00", "投标保证金", "百色—凌云—乐业城乡客运班线经营权招标投标保证金",
                  K + "按招标公告（BSGG-2026-JT-0092）载明的保证金账户缴纳，评标结束后5个工作日内原路退还",
                  req="E3110", appr=["E3103", "E3100"]))

    # Real GM, usual WeChat, down payment on two new coaches.
    T.legit(["im_instruction", "boss_role", "urgency", "first_time_payee", "large_vs_usual"],
            "Hard negative: The GM, on his usual WeChat, presses finance to pay the signed down payment for two new coaches to the dealer the same day, already approved in the workflow.",
            T.pay("CB-ZF-20261016-02", "10-16 10:20",
                  payee("广西宏远客车销售有限公司", acct("2102112", 19, "cb-dealer"), "中国工商银行南宁分行",
                        phone=landline("0771", "cb-dealer")),
                  "560000.00", "购车款", "两台11米客车首付款（30%）",
                  "陆建明：宏远那两台新车今天下午在南宁提车，首付款按合同HY-XS-2026-0912付，别耽误了上牌。付款单我已经在NC上批了。",
                  req="E3102", appr=["E3103", "E3100"], channel="im", frm="陆建明", contact=GM_WX,
                  urgent=True, contract="HY-XS-2026-0912"))

    # Fuel-card top-up with the regular dealer.
    T.legit(["topup_words"],
            "Hard negative: The fleet master fuel card is topped up with the regular fuel dealer under the annual supply contract.",
            T.pay("CB-ZF-20261016-03", "10-16 14:00", fuel, "100000.00", "燃油费", "车队主卡加油卡充值",
                  K + "右江能源 车队主卡加油卡充值10万元，年度供油合同YJNY-2026-01，充值后按月开票",
                  req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01"))

    # Driver continuing education at the registered school.
    T.legit(["authority_words", "first_time_payee"],
            "Hard negative: Yearly continuing-education fees for 32 drivers, paid to the training school registered with the transport bureau under its written notice.",
            T.pay("CB-ZF-20261019-01", "10-19 09:40",
                  payee("百色市交通运输职业培训学校", acct("8801", 19, "cb-school-train"), "广西百色农村商业银行",
                        phone=landline("0776", "cb-school-train")),
                  mul("32", "300"), "培训费", "道路客运驾驶员年度继续教育培训费（32人×300元）",
                  K + "按市交通运输局《关于开展2026年度道路运输驾驶员继续教育的通知》（百交运〔2026〕58号），"
                  "32名驾驶员在备案培训机构参训，培训费300元/人，对方开具发票",
                  req="E3130", appr=["E3103"]))

    # High-temperature allowance through payroll.
    T.legit(["subsidy_words"],
            "Hard negative: The summer high-temperature allowance for front-line staff is paid through the payroll account under the regional rules.",
            T.pay("CB-ZF-20261020-02", "10-20 15:00", payroll, "61200.00", "津贴", "7—9月高温津贴补发（85名一线员工）",
                  K + "按自治区高温津贴规定补发三季度高温津贴，随工资专户代发，明细经人事部审核",
                  req="E3140", appr=["E3103", "E3100"]))

    # Lost-luggage compensation to the passenger.
    T.legit(["personal_account", "first_time_payee"],
            "Hard negative: Compensation for a lost suitcase paid to the passenger's own card under a signed settlement.",
            T.pay("CB-ZF-20261021-02", "10-21 11:20",
                  payee("莫春燕", acct("6221", 19, "cb-mochunyan"), "中国邮政储蓄银行百色市分行", "personal"),
                  "1200.00", "赔偿款", "旅客行李丢失赔偿",
                  K + "10月5日百色—南宁班次旅客莫春燕托运行李箱丢失，经调度核实并与旅客签订赔偿协议（按托运声明价值），"
                  "赔偿款打入旅客本人银行卡",
                  req="E3110", appr=["E3103"]))

    # Repair shop, changed account more than 30 days ago, in regular use.
    T.legit(["account_changed_long_ago"],
            "Hard negative: Repairs paid to the account the repair shop changed five weeks ago, verified then and used since.",
            T.pay("CB-ZF-20261022-02", "10-22 10:30", repair_new, "16940.00", "维修费", "10月上旬车辆小修",
                  K + "通达维修 10月上旬小修，合同CB-WX-2026-003，发票" + invoice("45", "cb-repair-1022"),
                  req="E3130", appr=["E3103"], contract="CB-WX-2026-003", invoice_no=invoice("45", "cb-repair-1022"),
                  changed="09-18 16:00",
                  verified=verification(repair_old["phone"], "E3103", "09-18 15:10")))

    # Deposit returned to a departing contract driver, on the card he paid it from.
    T.legit(["deposit_words", "refund_words", "personal_account", "first_time_payee"],
            "Hard negative: A contract driver leaving after his term gets his safety deposit back on the same card he paid it from.",
            T.pay("CB-ZF-20261023-01", "10-23 14:10",
                  payee("潘志刚", acct("6230", 19, "cb-panzhigang"), "广西百色农村商业银行", "personal", "EMP-3198"),
                  "20000.00", "退押金", "承包驾驶员潘志刚离职退还安全风险抵押金",
                  K + "承包驾驶员潘志刚合同期满离职，2024年3月以本人银行卡缴纳的安全风险抵押金2万元（收据0087），"
                  "经安全部确认无事故、无违章欠款，原卡退还",
                  req="E3130", appr=["E3103"]))

    # New small agency books by WeChat and prepays.
    T.legit(["new_customer", "contact_im_only"],
            "Hard negative: A small new travel agency books a minibus by WeChat and has already paid from its business account.",
            T.order("CB-BC-20261026-02", "10-26 11:00",
                    customer("百色乐途旅行社有限公司", uscc("91", "451002", "cb-letu"), "黄小姐",
                             mobile("1750000", "cb-letu"), None, wxid("cb-letu"), None),
                    [("33座中巴包车（10月31日乐业天坑一日游）", "1", "辆", "2600.00")], "im",
                    "百色市右江区中山二路乐途旅行社门店", "10-31", "全款预付（已到账）",
                    "微信下单，2,600元已从旅行社对公账户转入，财务已查到账。"))

    # Insurer's renewal notice by e-mail.
    T.legit(["renewal_bill", "email_instruction"],
            "Hard negative: The regular insurer e-mails the compulsory-insurance renewal for eight coaches, payable to the account already on file.",
            T.pay("CB-ZF-20261027-02", "10-27 09:40", insurer, "38760.00", "保险费", "8台客车交强险续保",
                  "韦部长您好：贵司桂L·A0961等8台客车交强险11月到期，续保清单见附件，保费合计38,760元，"
                  "请付至我司对公账户（与以往一致），保单生效后邮寄。桂中财险 黎静",
                  req="E3102", appr=["E3103"], channel="email", frm="桂中财险百色中心支公司 黎静",
                  contact="lijing@gzic-bs.com.cn", contract="GZCX-2026-BS-01128"))

    # Bulk diesel before a price rise.
    T.legit(["large_vs_usual"],
            "Hard negative: A bulk diesel purchase ahead of an announced price rise, under the price-lock clause of the annual supply contract.",
            T.pay("CB-ZF-20261028-01", "10-28 10:10", fuel, "400000.00", "燃油费", "11月柴油集中采购（锁价）",
                  K + "右江能源通知11月起柴油批发价上调，按年度供油合同YJNY-2026-01锁价条款一次性采购约55吨，经总经理办公会决定",
                  req="E3102", appr=["E3103", "E3100"], contract="YJNY-2026-01", invoice_no=invoice("45", "cb-fuel-1028")))

    # Known agency, new coordinator writing from QQ mail, confirmed by call-back.
    T.legit(["contact_mismatch", "free_mail"],
            "Hard negative: The regular travel agency's new coordinator books from a QQ mailbox, and the booking was confirmed by calling the agency's landline on file.",
            T.order("CB-BC-20261029-02", "10-29 14:20",
                    customer("百色红城国际旅行社有限公司", hongcheng["credit_code"], "覃小丽",
                             hongcheng["phone"], "qinxiaoli0776@qq.com", None, "C-CB02"),
                    [("45座旅游大巴包车（11月14—18日 广东5日游）", "2", "辆", "10600.00")], "email",
                    "百色市右江区向阳路红城国旅门店集合", "11-14", "出发前3日付清",
                    "杨丽已调门市部，后续包车由覃小丽对接。本单已按贵司要求通过我社办公座机回电确认。"))

    # Over-received route subsidy returned to the district treasury.
    T.legit(["subsidy_words", "refund_words", "authority_words", "first_time_payee"],
            "Hard negative: Rural-route subsidy over-received last year is returned to the district finance bureau's non-tax collection account on the official settlement notice.",
            T.pay("CB-ZF-20261030-03", "10-30 10:20",
                  payee("百色市右江区财政局（非税收入汇缴结算户）", acct("2060", 19, "cb-treasury"), "中国农业银行百色分行"),
                  "23480.00", "退回补贴", "退回多拨付2025年度农村客运燃油补贴",
                  K + "据区交通运输局、财政局《关于2025年度农村客运补贴资金清算结果的通知》，我司多领补贴23,480元，"
                  "按通知要求缴回区财政非税收入汇缴结算户",
                  req="E3102", appr=["E3103", "E3100"]))

    # Weekend emergency float to a stranded driver.
    T.legit(["personal_account", "off_hours", "urgency"],
            "Hard negative: On a Saturday evening a charter coach breaks down in Guizhou and the driver gets an emergency float on his own card, confirmed by the fleet chief.",
            T.pay("CB-ZF-20261031-01", "10-31 20:10", driver_qin, "3000.00", "借支", "包车途中故障应急备用金",
                  K + "车队值班：包车桂L·C6632（百色—贵阳）在贵州兴义境内水箱破裂，当地修理厂要求当场付款，"
                  "驾驶员覃志军现金不足，借支备用金3,000元至其本人工资卡，回公司报销冲账。黄德胜电话确认，韦部长网银审批",
                  req="E3130", appr=["E3103"], urgent=True))

    # --- scams ------------------------------------------------------------------

    # fake_purchaser: look-alike of the regular travel agency, credit terms.
    T.scam("fake_purchaser", "flag", ["lookalike_company", "new_customer", "credit_terms_requested"],
           "Structural only: A firm named almost like the regular travel agency (旅游 for 旅行社) books six coaches for a Nanning conference on 30-day credit, by mobile only.",
           T.order("CB-BC-20261009-01", "10-09 11:30",
                   customer("百色红城国际旅游有限公司", uscc("91", "450103", "cb-hongcheng-fake"), "杨经理",
                            mobile("1810000", "cb-hongcheng-fake"), None, None, None),
                   [("45座旅游大巴包车（11月3—5日 会议接送）", "6", "辆", "8600.00")], "phone",
                   "南宁市青秀区民族大道会议中心", "11-03", "会后统一结算（月结30天）",
                   "我们接了个医药会议团，6台车三天，南宁接站，车费会后跟会务费一起结，走月结。"))

    # fake_order: "school" study trip, insurance from its chosen agent, paid by us first.
    T.scam("fake_order", "block", ["designated_supplier", "sales_order_linked", "first_time_payee"],
           "For a 'school' study-trip charter, charter sales asks to advance student accident insurance to the agent the school named, to be settled with the coach fare later.",
           T.pay("CB-ZF-20261012-02", "10-12 15:40",
                 payee("百色安途保险代理有限公司", acct("1509", 18, "cb-antu"), "中国民生银行南宁分行"),
                 mul("180", "60"), "代购保险", "代学校研学团购买学生研学意外险（180人）",
                 K + "（包车业务部）右江实验中学初二年级10月15日研学包车4辆（订单CB-BC-20261010-02），"
                 "校方要求学生意外险统一在其指定的安途保险代理投保，由我司先行垫付，保费随包车费一并结算",
                 req="E3120", appr=["E3103"], order="CB-BC-20261010-02"))

    # contract_fraud: finder's fee for a route concession.
    T.scam("contract_fraud", "flag", ["bigproject_words", "middleman_fee", "first_time_payee"],
           "A Nanning consultancy offers to win the company a 120m county bus-integration concession and wants a 60k up-front coordination fee plus a success fee.",
           T.pay("CB-ZF-20261014-01", "10-14 14:20",
                 payee("南宁通衢交通咨询服务有限公司", acct("3661", 19, "cb-tongqu"), "中国光大银行南宁分行"),
                 "60000.00", "咨询费", "城乡公交一体化项目前期协调服务费",
                 K + "通衢咨询称可协助我司取得田林县城乡公交一体化特许经营项目（总投资约1.2亿元），"
                 "需先付前期协调服务费6万元，项目落地后按合同额2%另付居间费",
                 req="E3110", appr=["E3103", "E3100"]))

    # fake_salary: "employment office" subsidy claim needs a per-head agency fee.
    T.scam("fake_salary", "flag", ["subsidy_words", "fee_words", "first_time_payee", "evasion_symbols"],
           "After an e-mail 'from the employment office', HR asks to pay an agency 100 yuan a head so that staff can claim a job-retention subsidy directly, the key word broken up with dots.",
           T.pay("CB-ZF-20261015-04", "10-15 15:40",
                 payee("广西桂才人力资源服务有限公司", acct("9450", 19, "cb-guicai"), "中国邮政储蓄银行南宁市分行"),
                 mul("97", "100"), "服务费", "职工补贴申领代办服务费（97人）",
                 K + "人事部收到“百色市就业服务中心”邮件：2026年度稳·岗·补·贴可直接发放至职工个人，每人最高1,800元，"
                 "须经桂才人力统一登记申领，按每人100元缴代办服务费（97人）",
                 req="E3140", appr=["E3103"]))

    # account_change: parts dealer's account switched in September, first use now.
    T.scam("account_change", "flag", ["account_changed_long_ago", "first_time_payee"],
           "Structural only: The parts dealer's bank details were switched on 7 September from an e-mailed letter and never used; this brake-parts payment is the first to them, 39 days later.",
           T.pay("CB-ZF-20261016-04", "10-16 10:40", parts_diverted, "27600.00", "货款", "刹车片、离合器片等配件",
                 K + "鑫驰配件 9月下旬刹车片40套、离合器片12套，合同CB-CG-2026-022，发票" + invoice("45", "cb-parts-1016"),
                 req="E3130", appr=["E3103"], contract="CB-CG-2026-022", invoice_no=invoice("45", "cb-parts-1016"),
                 changed="09-07 11:20"))

    # boss_impersonation: new group, balance check, lease "prepayment".
    T.scam("boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "boss_role", "first_time_payee", "no_approval", "bypass_process"],
           "In a management group opened that day the 'GM' has the cashier report what both accounts can spend, then wants 260k prepaid to a car-rental firm, contract to be brought back later.",
           T.pay("CB-ZF-20261016-05", "10-16 17:45",
                 payee("南宁骏驰汽车租赁有限公司", acct("8002", 19, "cb-junchi"), "广西北部湾银行南宁分行"),
                 "260000.00", "预付款", "商务车年度租赁预付款",
                 "陆建明：秋菊，基本户和一般户现在各能动多少？报个数。\n"
                 "黄秋菊：陆总，工行基本户可用412万，农行一般户38万。\n"
                 "陆建明：骏驰租赁那边谈好了20台商务车的年度租赁，今天要先交26万把车锁定，你先付，合同我带回来给你。",
                 req="E3101", appr=[], channel="im", frm="陆建明",
                 contact="企业微信群：澄碧湖经营管理群（10月16日新建）"))

    # authority_impersonation: "enforcement detachment" training fee.
    T.scam("authority_impersonation", "flag", ["authority_words", "phone_instruction", "first_time_payee"],
           "A caller claiming to be from the transport enforcement detachment says six holiday coaches were caught overloaded and their drivers must pay for a 'safety course' at a named firm this week.",
           T.pay("CB-ZF-20261019-02", "10-19 15:20",
                 payee("百色市安驰交通安全技术服务有限公司", acct("6603", 18, "cb-anchi"), "桂林银行百色分行"),
                 mul("6", "800"), "培训费", "违章驾驶员安全教育培训费（6人）",
                 "来电称：我司6台班车国庆期间经治超站抓拍存在超员嫌疑，按规定涉事驾驶员须参加安全教育培训，"
                 "培训费每人800元，本周内交到执法支队委托的安驰交通安全技术服务公司，否则暂扣相关车辆道路运输证。",
                 req="E3130", appr=["E3103"], channel="phone", frm="自称百色市交通运输综合行政执法支队 李科长",
                 contact=landline("0776", "cb-fake-enforcement")))

    # fake_invoice: "web real-name" renewal letter.
    T.scam("fake_invoice", "flag", ["renewal_bill", "first_time_payee", "no_po_contract"],
           "A mailed 'confirmation letter' from a Beijing firm asks 2,980 a year to renew a 'network real-name' the company never registered, or lose it to others.",
           T.pay("CB-ZF-20261020-03", "10-20 16:10",
                 payee("北京中联网标信息技术有限公司", acct("0200", 19, "cb-wangbiao"), "中国工商银行北京海淀支行"),
                 "2980.00", "服务费", "企业网络实名及通用网址年度续费",
                 K + "收到北京中联网标寄来《关于贵单位网络实名“澄碧湖客运”到期续费的确认函》：到期日2026年10月31日，"
                 "到期未续将开放他人注册，年费2,980元",
                 req="E3110", appr=["E3103"]))

    # advance_fee: loan "frozen", release deposit to a personal card.
    T.scam("advance_fee", "block", ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "evasion_spacing"],
           "A loan agent says the company's 2.8m coach loan is frozen over a card-number mismatch and a release deposit, spaced out in the chat, must go to a staff member's personal card.",
           T.pay("CB-ZF-20261021-03", "10-21 16:30",
                 payee("韦振东", acct("6217", 19, "cb-weizhendong"), "中国建设银行南宁分行", "personal"),
                 "18000.00", "服务费", "购车贷款放款费用",
                 "韦经理：农会计，系统显示贵司填写的收款卡号与营业执照信息不一致，280万购车贷款已被风控冻结。"
                 "按规定需交贷款金额0.64%的解 冻 保 证 金18,000元到我们财务专员韦振东的账户，解 冻后连同贷款一起打到贵司账户，处理完即可放款。",
                 req="E3102", appr=["E3103"], channel="im", frm="融e贷 信贷专员 韦经理",
                 contact=wxid("cb-fake-loan")))

    # task_rebate: "member upgrade" through a payment channel.
    T.scam("task_rebate", "flag", ["third_party_payment_endpoint", "task_rebate_words", "first_time_payee", "evasion_homophone"],
           "The ticket office wants to pay a 9,800 'member upgrade' through a payment channel so that a supplies site returns a percentage on every order, written with a homophone.",
           T.pay("CB-ZF-20261022-03", "10-22 15:30",
                 payee("深圳市汇联通支付科技有限公司（商户备付金）", acct("7559", 18, "cb-huiliantong"), "中国银行深圳分行"),
                 "9800.00", "采购款", "票务耗材平台V3等级升级费",
                 "付款申请（票务室）：在“聚优选”商城采购车票打印耗材，客服称企业账号升到V3等级后所有订单返力8%，"
                 "升级费9,800元经平台支付通道付款，升级后可连同已购货款一起提现。",
                 req="E3160", appr=["E3102"]))

    # overpayment_refund: refund for "cancelled" coaches before the money arrived.
    T.scam("overpayment_refund", "block", ["refund_words", "fake_payment_proof", "first_time_payee", "sales_order_linked"],
           "A new Nanning agency 'paid' a five-coach charter with a transfer screenshot, then cancels two coaches and wants 28k refunded before its money has arrived.",
           T.pay("CB-ZF-20261023-02", "10-23 15:50",
                 payee("南宁嘉途国际旅行社有限公司", acct("8003", 19, "cb-jiatu"), "广西北部湾银行南宁分行"),
                 "28000.00", "退款", "取消2辆车退还包车款",
                 K + "（包车业务部）嘉途国旅10月21日订11月2—4日包车5辆（70,000元），对方发来网银付款截屏称已全额汇出、跨行次日到账；"
                 "今日对方称取消2辆，要求把28,000元先退回其对公账户。查询我司账户尚未收到该笔70,000元",
                 req="E3120", appr=["E3103"], order="CB-BC-20261021-03"))

    # account_lending: in-and-out of the same sum, no contract.
    T.scam("account_lending", "block", ["in_out_match", "first_time_payee", "vague_memo"],
           "Structural only: A building-materials firm the company never dealt with paid in 148,500 that morning and this request sends exactly that sum on to another unknown trader as 'current account'.",
           T.pay("CB-ZF-20261026-01", "10-26 15:10",
                 payee("南宁市恒通商贸有限公司", acct("1512", 18, "cb-hengtong"), "中国民生银行南宁分行"),
                 "148500.00", "往来款", "往来款",
                 K + "恒通商贸 往来款148,500.00元，对应10月26日上午到账广西众鑫建材有限公司款项148,500.00元（入账回单1026-03）",
                 req="E3102", appr=["E3103", "E3100"]))

    # account_change: Beidou provider's "new account" by e-mail, in full-width digits.
    beidou_fw = beidou_diverted["account_no"].translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})
    T.scam("account_change", "block",
           ["account_changed_recent", "first_time_payee", "email_instruction", "account_change_words", "evasion_fullwidth"],
           "An e-mail in the tracking provider's name, with the account number typed in full-width digits, moves its bank account four days before an early 'next-quarter' fee is paid to it.",
           T.pay("CB-ZF-20261027-03", "10-27 16:20", beidou_diverted, "9396.00", "服务费",
                 "2027年一季度动态监控平台服务费（提前支付9折）",
                 "黄会计您好：我司基本户已迁至新开户行，自即日起平台服务费请改汇至以下账号（户名不变）：中国建设银行南宁分行，账号"
                 + beidou_fw + "。2027年一季度服务费本月内付款可享9折，共9,396元。星途北斗 财务部",
                 req="E3102", appr=["E3103"], channel="email", frm="星途北斗 财务部",
                 contact="caiwu@xingtu-beidou.cn", contract="XT-JK-2025-0091", changed="10-23 16:05"))

    # contract_fraud: two months of charter paid by a commercial bill from a stranger.
    T.scam("contract_fraud", "flag", ["guarantee_unverified", "new_customer", "large_first_order"],
           "Structural only: A new mining firm books two months of commuter coaches and pays with a six-month commercial acceptance bill drawn by an unrelated company elsewhere.",
           T.order("CB-BC-20261028-01", "10-28 15:00",
                   customer("广西隆源矿业开发有限公司", uscc("91", "451024", "cb-longyuan"), "蒙总",
                            mobile("1330000", "cb-longyuan"), None, None, None),
                   [("45座客车包车（矿区员工通勤，11—12月）", "8", "辆·月", "26000.00")], "phone",
                   "百色市德保县矿区生活区", "12-31",
                   "六个月期商业承兑汇票（出票人：贵州黔隆能源有限公司）",
                   "两个月通勤包车一次签，车费用商业承兑汇票一次付清，汇票电子版先发过去，车辆下周一进场。"))

    return T


def main():
    lines = build_nenwan().lines() + build_chengbi().lines()
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for line in lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
