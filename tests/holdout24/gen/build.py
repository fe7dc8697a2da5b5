#!/usr/bin/env python3
"""Build the holdout24 corpus (cross-border trade at Xinjiang's land ports).

Standard library only and deterministic: every account number, credit code and invoice
number is derived from a fixed label with SHA-256, and no date is taken from the clock.
Run from tests/holdout24 as `python3 gen/build.py`; it writes ../holdout24.jsonl
(relative to this file). Every company, person, account, phone number, credit code and
document number is invented.
"""
import datetime
import hashlib
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout24.jsonl")
YEAR = 2026
TZ = "+08:00"

# ---------------------------------------------------------------- helpers


def _h(label):
    return hashlib.sha256(label.encode("utf-8")).hexdigest()


def digits(label, n):
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h("%s#%d" % (label, i)), 16))[1:]
        i += 1
    return out[:n]


def acct(label, prefix, length=19):
    return prefix + digits("acct:" + label, length - len(prefix))


def inv(label):
    """A 20-digit fully digital VAT invoice number (year 26, region 65)."""
    return "2665" + digits("inv:" + label, 16)


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(label, region, head="91"):
    hv = int(_h("uscc:" + label), 16)
    body = "MA"
    while len(body) < 8:
        body += USCC_CS[hv % 31]
        hv //= 31

    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - s % 11
    c9 = "X" if r == 10 else ("0" if r == 11 else str(r))
    code17 = head + region + body + c9
    s = sum(USCC_CS.index(c) * w for c, w in zip(code17, USCC_W))
    return code17 + USCC_CS[(31 - s % 31) % 31]


def ts(when):
    """'09-17 11:10' -> RFC 3339 Beijing time in 2026."""
    d, t = when.split(" ")
    return "%d-%s-%sT%s:00%s" % (YEAR, d[:2], d[3:5], t, TZ)


def V(name, account_no, bank, account_type, vendor_id, phone):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def C(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def verif(number, by, when):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(when)}


# ---------------------------------------------------------------- tenants

TENANTS = {
    "guomen": {
        "company": "霍尔果斯国门通达国际货运代理有限公司",
        "pay_prefix": "GM-FK", "order_prefix": "GM-WT",
        "payer": {"CNY": acct("gm-payer-cny", "1076"), "USD": acct("gm-payer-usd", "1077")},
        "hours": ("10:00", "20:00"),
        "staff": {"E2100": "王建新", "E2101": "李娜", "E2102": "阿依古丽·买买提", "E2103": "努尔兰·吐尔逊",
                  "E2104": "赵磊", "E2105": "马晓梅", "E2106": "张强", "E2107": "古丽娜尔"},
    },
    "hongguo": {
        "company": "阿拉山口红果进出口贸易有限公司",
        "pay_prefix": "HG-FK", "order_prefix": "HG-XS",
        "payer": {"CNY": acct("hg-payer-cny", "3089"), "USD": acct("hg-payer-usd", "1078")},
        "hours": ("10:00", "19:30"),
        "staff": {"E2200": "周红梅", "E2201": "陈立", "E2202": "热依拉", "E2203": "刘洋",
                  "E2204": "买买提江", "E2205": "孙悦", "E2206": "何平", "E2207": "帕提古丽"},
    },
    "hanhai": {
        "company": "乌鲁木齐瀚海建材国际贸易有限公司",
        "pay_prefix": "HH-ZF", "order_prefix": "HH-SO",
        "payer": {"CNY": acct("hh-payer-cny", "6505"), "USD": acct("hh-payer-usd", "1079")},
        "hours": ("10:00", "19:30"),
        "staff": {"E2300": "韩志远", "E2301": "郑晓", "E2302": "古丽巴哈尔", "E2303": "杨帆",
                  "E2304": "阿斯哈尔", "E2305": "吴婷", "E2306": "冯凯", "E2307": "李静"},
    },
}
TENANT_ORDER = ["guomen", "hongguo", "hanhai"]
HOLIDAYS = {datetime.date(2026, 9, 25)} | {datetime.date(2026, 10, d) for d in range(1, 8)}

LINES = {t: [] for t in TENANT_ORDER}
_SEQ = [0]


def _add(t, entry):
    _SEQ[0] += 1
    entry["_seq"] = _SEQ[0]
    LINES[t].append(entry)


def pay(t, phase, when, payee, amount, *, purpose, memo, text, req, appr, cur="CNY",
        ch="erp", frm=None, contact=None, urgent=False, order=None, contract=None,
        invoice=None, changed=None, check=None, label="legit", stype=None,
        expect="allow", sig=(), note, ref=None):
    cfg = TENANTS[t]
    body = {
        "request_id": None,
        "submitted_at": ts(when),
        "payer": {"account_no": cfg["payer"][cur], "account_name": cfg["company"]},
        "payee": dict(payee),
        "amount": amount,
        "currency": cur,
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm or cfg["staff"][req],
                        "from_contact": contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if check is not None:
        body["verification"] = check
    _add(t, {"phase": phase, "kind": "payment", "label": label, "scam_type": stype,
             "expect": expect, "signals": list(sig), "note": note, "request": body,
             "ref": ref})


def order(t, phase, when, cust, items, *, ch, addr, deadline, terms, notes, cur="CNY",
          third=None, fees=(), label="legit", stype=None, expect="allow", sig=(), note,
          ref=None):
    its = [{"product": p, "quantity": q, "unit": u, "unit_price": pr} for p, q, u, pr in items]
    total = sum((Decimal(q) * Decimal(pr) for _, q, _, pr in items), Decimal("0"))
    if total != total.quantize(Decimal("0.01")):
        raise SystemExit("total has more than two decimals: %r" % (items,))
    body = {
        "record_id": None,
        "received_at": ts(when),
        "customer": dict(cust),
        "items": its,
        "total_amount": str(total.quantize(Decimal("0.01"))),
        "currency": cur,
        "channel": ch,
        "delivery": {"address": addr, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": a} for r, a in fees],
        "notes": notes,
    }
    _add(t, {"phase": phase, "kind": "order", "label": label, "scam_type": stype,
             "expect": expect, "signals": list(sig), "note": note, "request": body,
             "ref": ref})


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": amount}


H, T = "history", "test"

# ====================================================================== guomen
# 霍尔果斯国门通达国际货运代理有限公司 — freight forwarder and customs broker at Khorgos.

g = "guomen"
GM = {
    "tianma": V("伊犁天马国际道路运输有限公司", acct("gm-tianma", "3068"), "中国农业银行霍尔果斯市支行",
                "corporate", "V-GM01", "0999-0000311"),
    "zhetysu": V("ТОО «Жетысу Транзит»", acct("gm-zhetysu-2", "6216", 18), "中国工商银行（阿拉木图）股份有限公司",
                 "corporate", "V-GM02", "+7 700 0002318"),
    "customs": V("霍尔果斯海关", acct("gm-customs", "2907"), "国家金库霍尔果斯市支库", "corporate", "V-GM03",
                 "0999-0000120"),
    "rail": V("中国铁路乌鲁木齐局集团有限公司霍尔果斯站", acct("gm-rail", "3002"), "中国工商银行霍尔果斯支行",
              "corporate", "V-GM04", "0999-0000452"),
    "yard": V("霍尔果斯通商国际物流园管理有限公司", acct("gm-yard", "6505"), "中国建设银行霍尔果斯支行",
              "corporate", "V-GM05", "0999-0000536"),
    "mafulin": V("马福林", acct("gm-mafulin", "622848"), "中国农业银行伊宁市分行", "personal", "V-GM06",
                 "13000001417"),
    "yerlan": V("叶尔兰·别克", acct("gm-yerlan", "621700"), "中国建设银行霍尔果斯支行", "personal", "V-GM07",
                "15600001382"),
    "fuel": V("中国石油天然气股份有限公司新疆伊犁销售分公司", acct("gm-fuel", "3002"), "中国工商银行伊宁分行",
              "corporate", "V-GM08", "0999-0000618"),
    "nur": V("ТОО «Нур Брокер»", acct("gm-nur-1", "6217", 18), "中国银行（哈萨克斯坦）股份有限公司",
             "corporate", "V-GM09", "+7 700 0004415"),
    "daniyar": V("Сейтказиев Данияр", acct("gm-daniyar", "6222", 18), "中国工商银行（阿拉木图）股份有限公司",
                 "personal", "V-GM10", "+7 700 0006620"),
    "payroll": V("中国银行霍尔果斯分行（代发工资专户）", acct("gm-payroll", "1076"), "中国银行霍尔果斯分行",
                 "corporate", "PAY-GM", None),
}
GM_C = {
    "xinyaou": C("乌鲁木齐新亚欧日用品进出口有限公司", uscc("xinyaou", "650104"), "何经理", "0991-0000742",
                 "ops@xinyaou-trade.com", None, "C-GM01"),
    "alatau": C("ТОО «Алатау Импорт Групп»", None, "Асель Нурланова", "+7 700 0003107",
                "a.nurlanova@alatau-import.kz", None, "C-GM02"),
    "tianshan": C("伊宁市天山红果业有限公司", uscc("tianshanhong", "654002"), "吴总", "0999-0000873",
                  "thg@tshguoye.cn", None, "C-GM03"),
    "jinsui": C("霍尔果斯金穗粮油贸易有限公司", uscc("jinsuiliangyou", "654004"), "帕尔哈提", "0999-0000268",
                "jinsui_ly@163.com", None, "C-GM04"),
}
GM_ZT_CHANGED = "06-29 11:05"  # Zhetysu's bank change, keyed before the history window

# ---- guomen history
order(g, H, "08-03 11:20", GM_C["xinyaou"],
      [("霍尔果斯—阿拉木图整车运输（13.6米厢式，日用百货）", "6", "车", "9800.00"),
       ("出口报关代理（含单一窗口申报）", "6", "票", "350.00")],
      ch="email", addr="哈萨克斯坦阿拉木图市 ТОО «Алатау Импорт Групп» 收货仓", deadline="2026-08-10",
      terms="月结30天", notes="8月第一批，6车日用百货，8月5日乌鲁木齐装车，霍尔果斯公路口岸出境。",
      note="Established exporter books six trucks to Almaty with export declarations.")
pay(g, H, "08-04 16:05", GM["tianma"], "49200.00", purpose="运费", memo="霍—阿整车运费 8月第1批 6车",
    text="金蝶付款单：天马运输 8月第1批 霍尔果斯—阿拉木图整车运费 6车×8200｜合同GM-YS-2026-003｜发票%s" % inv("gm-h-tianma1"),
    req="E2102", appr=["E2101"], contract="GM-YS-2026-003", invoice=inv("gm-h-tianma1"),
    note="Truck freight to the regular Ili fleet.")
pay(g, H, "08-06 12:40", GM["zhetysu"], "3900.00", cur="USD", purpose="运费", memo="努尔饶尔—阿拉木图段运费 4车",
    text="金蝶付款单：Жетысу Транзит 8月努尔饶尔（Нур Жолы）—阿拉木图段 4车，Счёт № ZT-0803｜合同GM-YS-2026-005",
    req="E2102", appr=["E2101"], contract="GM-YS-2026-005", invoice="ZT-0803", changed=GM_ZT_CHANGED,
    note="USD freight to the Kazakh carrier for the leg beyond the border, to the account it moved to in June.")
pay(g, H, "08-07 17:10", GM["customs"], "126385.40", purpose="代缴税款", memo="代金穗粮油缴进口增值税（葵花籽油）",
    text="单一窗口税费支付：报关单号806520261000317742，进口增值税126385.40元，客户霍尔果斯金穗粮油贸易有限公司税款已预付到我司账户。",
    req="E2103", appr=["E2101"], note="Import VAT paid to customs on behalf of a client who prepaid it.")
pay(g, H, "08-11 11:35", GM["rail"], "36480.00", purpose="铁路运费", memo="8月上旬霍尔果斯站换装作业费及货场费",
    text="金蝶付款单：霍尔果斯站 8月1日—10日换装作业费、货场占用费｜结算单HRS-2608-011",
    req="E2102", appr=["E2101"], note="Transshipment and yard charges to the railway station.")
order(g, H, "08-12 15:20", GM_C["alatau"],
      [("霍尔果斯铁路口岸宽轨换装（准轨→宽轨，集装箱）", "12", "箱", "180.00"),
       ("中方出口报关及单证服务", "3", "票", "95.00")],
      cur="USD", ch="email", addr="霍尔果斯铁路口岸换装库场", deadline="2026-08-18",
      terms="货到霍尔果斯后7天内电汇",
      notes="Прошу организовать перегрузку 12 контейнеров (бытовая техника) на ширококолейные платформы, отправка на ст. Алматы-1. Документы пришлю до 14.08.\n（12个家电集装箱换装宽轨，发阿拉木图1站。）",
      note="Almaty importer books gauge-change transshipment for twelve containers.")
pay(g, H, "08-14 18:25", GM["mafulin"], "7850.00", purpose="运费", memo="7月短驳运费（铁路场站—物流园 31趟）",
    text="金蝶付款单：个体车主马福林 7月短驳31趟，派车单已核对（张强）", req="E2106", appr=["E2101"],
    note="Monthly short-haul pay to an owner-driver's own card.")
pay(g, H, "08-18 10:50", GM["yard"], "11260.00", purpose="场站费", memo="7月停车及查验场地使用费",
    text="金蝶付款单：通商物流园 7月停车费、查验场地使用费｜发票%s" % inv("gm-h-yard1"),
    req="E2102", appr=["E2101"], invoice=inv("gm-h-yard1"), note="Logistics-park parking and inspection-yard fees.")
pay(g, H, "08-19 16:30", GM["nur"], "2450.00", cur="USD", purpose="报关费", memo="哈方进口申报代理费 7月（14票）",
    text="金蝶付款单：ТОО «Нур Брокер» 7月哈方进口申报14票，Счёт № NB-117 от 15.08.2026｜代理协议GM-DL-2026-001",
    req="E2103", appr=["E2101"], contract="GM-DL-2026-001", invoice="NB-117",
    note="Kazakh-side customs broker paid for July declarations.")
order(g, H, "08-21 12:15", GM_C["tianshan"],
      [("霍尔果斯—阿拉木图冷藏车运输（苹果，0~2℃）", "8", "车", "11200.00"),
       ("出口报关代理", "8", "票", "350.00"), ("植物检疫证书代办", "8", "票", "120.00")],
      ch="email", addr="哈萨克斯坦阿拉木图市 Алтын Орда 市场冷库", deadline="2026-08-27", terms="月结30天",
      notes="早熟富士，25号前装完。", note="Apple exporter books eight reefer trucks.")
pay(g, H, "08-25 11:05", GM["fuel"], "30000.00", purpose="燃油费", memo="自有集卡油卡充值",
    text="金蝶付款单：中石油伊犁销售 自有集卡3台加油IC卡主卡充值｜协议GM-RY-2026-001",
    req="E2106", appr=["E2101"], contract="GM-RY-2026-001", note="Fuel-card top-up for the firm's own container trucks.")
pay(g, H, "08-28 17:45", GM["daniyar"], "1150.00", cur="USD", purpose="佣金", memo="7月揽货佣金（23票）",
    text="金蝶付款单：代理人Сейтказиев Данияр 7月介绍哈方客户揽货佣金，按代理协议GM-DL-2026-002 每票50美元，共23票。",
    req="E2105", appr=["E2101", "E2100"], contract="GM-DL-2026-002",
    note="Commission to the Almaty sales agent under his agency agreement.")
pay(g, H, "09-04 15:10", GM["yerlan"], "6400.00", purpose="运费", memo="8月短驳运费（26趟）",
    text="金蝶付款单：个体车主叶尔兰·别克 8月短驳26趟，派车单已核对", req="E2106", appr=["E2101"],
    note="Monthly short-haul pay to a second owner-driver.")
order(g, H, "09-09 13:30", GM_C["jinsui"],
      [("进口报关代理（小麦粉，铁路）", "4", "票", "600.00"), ("代办进境植物检疫", "4", "票", "150.00")],
      ch="email", addr="霍尔果斯金穗粮油仓库", deadline="2026-09-15", terms="税款客户预付，代理费月结",
      notes="哈萨克斯坦面粉4批，税款按票预付到贵司账户。", note="Grain importer books clearance of four flour lots.")
pay(g, H, "09-10 18:40", GM["payroll"], "187600.00", purpose="工资", memo="8月工资代发（23人）",
    text="金蝶付款单：8月工资代发（23人），工资表已审批", req="E2101", appr=["E2100"], note="Monthly payroll.")

# ---- guomen test
pay(g, T, "09-17 11:10", GM["tianma"], "65600.00", purpose="运费", memo="霍—阿整车运费 9月第2批 8车",
    text="金蝶付款单：天马运输 9月第2批 霍尔果斯—阿拉木图整车运费 8车×8200｜合同GM-YS-2026-003｜发票%s" % inv("gm-t-tianma1"),
    req="E2102", appr=["E2101"], contract="GM-YS-2026-003", invoice=inv("gm-t-tianma1"),
    note="Routine: Truck freight to the regular Ili fleet.")
pay(g, T, "09-18 14:20", GM["mafulin"], "9350.00", purpose="运费", memo="8月短驳运费（34趟）",
    text="金蝶付款单：个体车主马福林 8月短驳34趟（铁路换装库—通商物流园），派车单34张已与GPS轨迹核对。车主无营业执照，按个人劳务到税务局代开发票。",
    req="E2106", appr=["E2101"], sig=["personal_account", "invoice_trade_words"],
    note="Hard negative: Owner-driver paid to his own card for the month's trips, with a tax-office-issued invoice that mentions 代开.")
pay(g, T, "09-21 11:50", V("霍尔果斯口岸资金监管中心", acct("gm-s-safe", "6226"), "中国民生银行深圳宝安支行",
                          "corporate", None, None), "380000.00",
    purpose="资金核查", memo="配合海关缉私资金核查",
    text="【来电记录 11:20，出纳阿依古丽接听】对方自称霍尔果斯海关缉私分局刘警官，说我司8月代理申报的一票“二手工程机械”涉嫌走私和洗钱，公司基本户已被列入冻结名单。要求今天下班前把账上资金转到“监管账户”做资金核查，核查完48小时内原路退回，并且不得告诉任何人，包括公司领导，否则按妨碍侦查处理。\n随后收到短信：收款单位 霍尔果斯口岸资金监管中心，中国民生银行深圳宝安支行，金额380000元。",
    ch="phone", frm="自称霍尔果斯海关缉私分局 刘警官", contact="0999-0000110", urgent=True,
    req="E2102", appr=[], label="scam", stype="authority_impersonation", expect="block",
    sig=["safe_account_words", "authority_words", "secrecy_words", "phone_instruction", "urgency",
         "first_time_payee", "no_approval", "unusual_bank_region"],
    note="A caller posing as customs anti-smuggling police says a declared lot involves money laundering and orders 380k into a 'supervised account' for fund verification, telling the cashier to tell no one.")
pay(g, T, "09-22 12:30", GM["zhetysu"], "4650.00", cur="USD", purpose="运费", memo="努尔饶尔—阿拉木图段运费 9月上半月 6车",
    text="金蝶付款单：Жетысу Транзит 9月上半月努尔饶尔—阿拉木图段 6车，Счёт № ZT-0914 от 14.09.2026｜合同GM-YS-2026-005｜收款账户为6月底变更后的工行阿拉木图账户，变更后已多次付款，对账邮件buh@zhetysu-tranzit.kz。",
    req="E2102", appr=["E2101"], contract="GM-YS-2026-005", invoice="ZT-0914", changed=GM_ZT_CHANGED,
    sig=["account_changed_long_ago"],
    note="Hard negative: Kazakh carrier paid to the account it changed to in June and that has been paid since.")
pay(g, T, "09-24 20:40", GM["customs"], "84212.60", purpose="代缴税款", memo="代金穗粮油缴进口增值税（面粉4车）",
    text="【加急】单一窗口税费支付：金穗粮油 面粉4车 报关单806520261000342215，税单20:10才出，海关说今晚缴款明早第一批放行，否则要节后才能提货。客户税款已预付。李娜手机审批，王总同意。",
    urgent=True, req="E2103", appr=["E2101", "E2100"], sig=["off_hours", "urgency", "authority_words"],
    note="Hard negative: Late-evening import VAT paid to customs on the eve of Mid-Autumn so a client's flour trucks are released in the morning.")
order(g, T, "09-23 15:40", GM_C["xinyaou"],
      [("霍尔果斯—阿拉木图整车运输（13.6米厢式，日用百货）", "5", "车", "9800.00"),
       ("出口报关代理（含单一窗口申报）", "5", "票", "350.00")],
      ch="email", addr="哈萨克斯坦阿拉木图市 ТОО «Алатау Импорт Групп» 收货仓", deadline="2026-09-30",
      terms="月结30天", notes="节前最后一批，9月24日乌鲁木齐装车。",
      note="Routine: Established exporter books five trucks to Almaty.")
order(g, T, "09-28 15:30", C("中亚丝路建设集团乌兹别克斯坦项目部", None, "孙经理", "13100002284",
                             "zysl_wzbkst@163.com", "wxid_zysl_sun2026", None),
      [("乌鲁木齐—塔什干整车运输（工程机械配件）", "40", "车", "16800.00"),
       ("中方出口报关+乌方清关代理", "40", "票", "900.00"),
       ("乌兹别克斯坦进口关税及增值税垫付", "1", "项", "380000.00")],
      ch="im", addr="乌兹别克斯坦吉扎克州 某水泥厂项目工地", deadline="2026-10-12",
      terms="项目验收后90天统一结算",
      notes="孙经理（微信）：我们是央企背景，项目很急，国庆期间也要发。运费和乌方关税先请贵司垫付，项目验收后统一结算。合同章在北京总部，先按微信确认执行，后面补合同，有事加我威信说。",
      label="scam", stype="fake_purchaser", expect="flag",
      sig=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested",
           "contact_im_only", "free_mail", "far_delivery", "evasion_homophone"],
      note="A self-described state-owned project office books forty trucks to Uzbekistan by WeChat (spelled with a homophone) and wants the forwarder to advance freight and Uzbek duties for 90 days after acceptance.")
pay(g, T, "09-29 11:15", V("ТОО «Нур Брокер»", acct("gm-nur-2", "6222", 18), "中国工商银行（阿拉木图）股份有限公司",
                          "corporate", "V-GM09", "+7 700 0004415"), "1.00", cur="USD",
    purpose="报关费", memo="新账户验证小额汇款",
    text="金蝶付款单：ТОО «Нур Брокер» 新账户验证小额汇款1美元。对方9月25日寄来盖章的《银行账户变更通知》（原中国银行（哈萨克斯坦）账户因集团统一结算改到工行阿拉木图），李娜已按供应商档案原留电话回拨其财务总监Айгерим确认。小额到账确认后再付9月代理费。",
    req="E2103", appr=["E2101"], contract="GM-DL-2026-001", changed="09-28 11:30",
    check=verif("+7 700 0004415", "E2101", "09-28 17:05"),
    sig=["account_changed_recent", "first_time_payee", "account_change_words"],
    note="Hard negative: One-dollar test transfer to the Kazakh broker's new account after a stamped letter and a call-back to the number on file.")
pay(g, T, "09-30 16:40", V("霍尔果斯海关", acct("gm-customs-bzj", "1076"), "中国银行霍尔果斯分行", "corporate",
                          None, "0999-0000120"), "48000.00",
    purpose="保证金", memo="税款担保保证金（葵花籽油归类待定）",
    text="金蝶付款单：金穗粮油进口葵花籽油一票，税号1512.11/1512.19归类待定，霍尔果斯海关同意凭保证金先行放行，缴款通知书HGS-BZJ-2026-0931，缴入霍尔果斯海关保证金专户，归类确定后多退少补。客户已将48000元打入我司账户。",
    req="E2103", appr=["E2101", "E2100"], sig=["deposit_words", "authority_words", "first_time_payee"],
    note="Hard negative: Duty guarantee deposit paid into customs' own deposit account so a disputed import lot can be released.")
pay(g, T, "09-30 11:20", V("北京中贸通信用评价服务有限公司", acct("gm-s-aqcert", "0200"), "中国工商银行北京丰台支行",
                          "corporate", None, None), "3980.00",
    purpose="年审费", memo="国际货代企业资质年审及备案维护费",
    text="《关于开展2026—2027年度国际货运代理企业资质年审的通知》（中货资审〔2026〕第118号）\n霍尔果斯国门通达国际货运代理有限公司：\n根据国际货代行业管理相关规定，贵单位备案资质将于2026年10月31日到期。请于10月15日前缴纳年审及备案维护费3980元，逾期未年审的企业将在全国货代企业信用平台标注为“资质异常”，影响通关及银行结算。\n收款单位：北京中贸通信用评价服务有限公司",
    ch="letter", frm="中国国际货运代理资质认证中心（来函）", req="E2107", appr=["E2101"],
    label="scam", stype="fake_invoice", expect="flag",
    sig=["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract", "urgency"],
    note="A mailed 'annual qualification review' bill from an invented forwarding-certification centre asks 3,980 to a Beijing rating firm, though forwarder filing costs nothing.")
order(g, T, "10-08 12:20", C("ТОО «Сарыарка Агро Логистик»", None, "Ержан Мукашев", "+7 700 0007781", None,
                             "WhatsApp +7 700 0007781", None),
      [("霍尔果斯—卡拉干达整车运输（温室大棚膜）", "9", "车", "2050.00"), ("出口报关代理", "9", "票", "50.00")],
      cur="USD", ch="im", addr="哈萨克斯坦卡拉干达市 Сарыарка Агро 仓库", deadline="2026-10-16",
      terms="100%预付（10月8日中行美元户已到账18900美元，汇款人为客户本公司，李娜核实）",
      notes="Ержан (WhatsApp): Здравствуйте! 9 машин плёнки для теплиц, загрузка в Урумчи 12.10, доставка Караганда. Предоплату 100% отправили 06.10.\n（9车大棚膜，10月12日乌鲁木齐装车；预付款已到账，财务已查银行入账。）",
      sig=["new_customer", "contact_im_only", "large_first_order"],
      note="Hard negative: New Kazakh importer books nine trucks over WhatsApp, fully prepaid from its own account and confirmed on the bank statement.")
order(g, T, "10-09 15:00", GM_C["tianshan"],
      [("霍尔果斯—阿拉木图冷藏车运输（苹果，0~2℃）", "6", "车", "11200.00"), ("出口报关代理", "6", "票", "350.00")],
      ch="email", addr="哈萨克斯坦阿拉木图市 Алтын Орда 市场冷库", deadline="2026-10-16",
      terms="运费月结；木托盘熏蒸费由我司代垫，客户已预付4800元（10月9日已到账）",
      third=third("伊犁恒安熏蒸消毒服务有限公司", "0999-0000587", "designated_supplier", "4800.00"),
      notes="吴总：收货方合同写明木托盘按IPPC标准熏蒸，并由恒安出具熏蒸证书（哈方检疫要这家的证书格式）。熏蒸费请你们先代垫，钱我们已经单独打过去了。",
      sig=["designated_supplier"], ref="gm_apple_fum",
      note="Hard negative: Established apple exporter names the consignee's fumigation firm for the pallets and has already paid the fee to us.")
pay(g, T, "10-14 11:40", V("伊犁恒安熏蒸消毒服务有限公司", acct("gm-fum", "3068"), "中国农业银行霍尔果斯市支行",
                          "corporate", "V-GM14", "0999-0000587"), "4800.00",
    purpose="代垫费用", memo="代天山红果业垫付木托盘熏蒸费",
    text="金蝶付款单：代天山红果业垫付木托盘熏蒸费（委托单{@gm_apple_fum}），恒安熏蒸为收货方合同指定，客户4800元已于10月9日到账（回单0009-1021）。熏蒸证书已取。｜发票%s" % inv("gm-t-fum"),
    req="E2104", appr=["E2101"], order="@gm_apple_fum", invoice=inv("gm-t-fum"),
    sig=["designated_supplier", "sales_order_linked", "first_time_payee"],
    note="Hard negative: The forwarder pays the consignee-named fumigation firm for a client's booking only after the client's money for it arrived.")
pay(g, T, "10-12 11:50", GM["customs"], "97406.30", purpose="代缴税款", memo="代金穗粮油缴进口增值税（面粉6车）",
    text="单一窗口税费支付：金穗粮油 面粉6车 报关单806520261000366109，进口增值税97406.30元，客户税款已预付。",
    req="E2103", appr=["E2101"], note="Routine: Import VAT paid to customs for a client who prepaid it.")
pay(g, T, "10-13 18:30", GM["payroll"], "191250.00", purpose="工资", memo="9月工资代发（23人）",
    text="金蝶付款单：9月工资代发（23人），工资表已审批", req="E2101", appr=["E2100"],
    note="Routine: Monthly payroll.")
pay(g, T, "10-15 12:40", V("高建国", acct("gm-s-gao", "621700"), "中国建设银行伊宁分行", "personal", None, None),
    "6800.00", purpose="罚款", memo="口岸暂扣车辆罚款及通行证补办费",
    text="國門通達調度：你司新F·7K2**、新F·3Q5**等3台集卡今天在口岸限定區違規停放、通行證過期，已暫扣。按口岸管理規定每車罰款2000元、通行證補辦費800元，合計6800元，今天轉到經辦人高建國帳戶，票據明天補，超過下午4點車輛移交交警處理。",
    ch="im", frm="自称口岸联合执法办 马科长", contact="wxid_kaj_ma0915", urgent=True, req="E2106", appr=["E2101"],
    label="scam", stype="authority_impersonation", expect="flag",
    sig=["authority_words", "fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency",
         "evasion_traditional"],
    note="A WeChat contact posing as the port's joint enforcement office, writing in traditional characters, says three trucks are impounded and wants 6,800 in fines and permit fees to an 'officer's' personal account.")
pay(g, T, "10-16 17:30", GM["daniyar"], "1380.00", cur="USD", purpose="佣金", memo="9月揽货佣金（27票）",
    text="金蝶付款单：代理人Сейтказиев Данияр 9月揽货佣金，介绍Сарыарка Агро等客户27票×50美元，另加新客户奖励30美元，按代理协议GM-DL-2026-002，Акт от 15.10.2026 已签。",
    req="E2105", appr=["E2101", "E2100"], contract="GM-DL-2026-002",
    sig=["personal_account", "middleman_fee"],
    note="Hard negative: Monthly commission to the Almaty sales agent's own account under the agency agreement.")
pay(g, T, "10-17 10:30", GM["yard"], "8640.00", purpose="场站费", memo="车辆滞留停车费（14车）",
    text="【加急】金蝶付款单：哈方努尔饶尔口岸排队，我司14台车滞留通商物流园第3天，园区要求周末结清停车及滞留费后才放行出园排队。张强申请，李娜手机审批。｜发票%s" % inv("gm-t-yard"),
    urgent=True, req="E2106", appr=["E2101"], invoice=inv("gm-t-yard"), sig=["off_hours", "urgency"],
    note="Hard negative: Saturday payment of parking and detention fees to the usual logistics park so queued trucks can leave.")
pay(g, T, "10-19 16:10", V("ТОО «Жетысу Транзит»", acct("gm-zhetysu-3", "1030", 18), "ОАО «Бакай Банк»（吉尔吉斯斯坦比什凯克）",
                          "corporate", "V-GM02", "+7 700 0002318"), "8200.00", cur="USD",
    purpose="运费", memo="努尔饶尔—阿拉木图段运费 10月上半月",
    text="From: Бухгалтерия ТОО «Жетысу Транзит» <buh@zhetysu-tranzlt.kz>\nSubject: Смена банковских реквизитов / 变更收款账户\n\nУважаемые коллеги!\nВ связи с переходом на обслуживание в другой банк просим все платежи по договору GM-YS-2026-005, начиная с 15.10.2026, направлять на новый счёт в ОАО «Бакай Банк» (г. Бишкек). Старый счёт в ICBC Алматы закрывается, платежи на него будут возвращены.\nСчёт № ZT-1012 на 8 200 USD прилагаем. Просим оплатить до конца недели.\n\nС уважением,\nгл. бухгалтер Гульнара Ахметова",
    ch="email", frm="Бухгалтерия ТОО «Жетысу Транзит»", contact="buh@zhetysu-tranzlt.kz",
    req="E2102", appr=["E2101"], contract="GM-YS-2026-005", invoice="ZT-1012", changed="10-15 15:20",
    label="scam", stype="account_change", expect="block",
    sig=["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
         "account_change_words", "unusual_bank_region"],
    note="A Russian e-mail from a one-letter look-alike of the Kazakh carrier's domain moves its account to a bank in Bishkek four days before the first payment to it.")
pay(g, T, "10-20 13:05", V("霍尔果斯汇通嘉业商贸有限公司", acct("gm-s-huitong", "6505"), "中国建设银行霍尔果斯支行",
                          "corporate", None, None), "186000.00",
    purpose="保证金", memo="哈方合作清关保证金",
    text="王建新：阿依古丽，在吗\n阿依古丽：王总您好\n王建新：中行人民币户和美元户现在各有多少？截个图给我\n阿依古丽：[图片] 人民币户可用213万，美元户8.4万\n王建新：我在乌鲁木齐跟哈方谈合作，对方要先收清关保证金18.6万，打到霍尔果斯汇通嘉业商贸有限公司，今天必须到账。我在开会不方便接电话，审批单回去补。\n阿依古丽：好的",
    ch="im", frm="王建新", contact="wxid_k7v3qp9wjx", urgent=True, req="E2102", appr=[],
    label="scam", stype="boss_impersonation", expect="block",
    sig=["boss_role", "im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
         "deposit_words", "first_time_payee", "no_approval", "urgency"],
    note="A new WeChat account using the GM's name asks for both balances, then orders a 186k 'clearance deposit' to an unknown trading firm with paperwork later.")
order(g, T, "10-21 12:05", GM_C["tianshan"],
      [("霍尔果斯—阿拉木图冷藏车运输（苹果，0~2℃）", "7", "车", "11200.00"), ("出口报关代理", "7", "票", "350.00")],
      ch="email", addr="哈萨克斯坦阿拉木图市 Алтын Орда 市场冷库", deadline="2026-10-26", terms="月结30天",
      notes="晚熟富士，10月26日前装完。", note="Routine: Apple exporter books seven reefer trucks.")
pay(g, T, "10-22 15:45", GM["rail"], "42760.00", purpose="铁路运费", memo="10月中旬霍尔果斯站换装作业费",
    text="王建新（微信）：阿依古丽，霍尔果斯站那边说本周宽轨车皮紧，今天四点前不交换装费就排到下周了，你走个单子把10月中旬的换装费结了，李娜我跟她说过了。\n阿依古丽：好的王总，结算单HRS-2610-021，42760元，我提金蝶。",
    ch="im", frm="王建新", contact="wxid_wangjx_gmtd", urgent=True, req="E2102", appr=["E2101"],
    sig=["boss_role", "im_instruction", "urgency"],
    note="Hard negative: The real GM tells the cashier on WeChat to pay the railway station's regular bill today, and it goes through the normal approval.")
order(g, T, "10-23 12:30", C("ТОО «Жаркент Солар Энерджи»", None, "Руслан Ибраев", "+7 700 0005236", None,
                             "WhatsApp +7 700 0005236", None),
      [("霍尔果斯—扎尔肯特整车运输（光伏组件）", "4", "车", "1600.00"), ("中方出口报关代理", "4", "票", "50.00")],
      cur="USD", ch="im", addr="哈萨克斯坦扎尔肯特市 工业区光伏电站工地", deadline="2026-10-28",
      terms="预付100%（客户称已汇出，只发来银行回单截图，银行未入账）",
      third=third("ТОО «ЕвразСерт Консалт»", "+7 700 0005871", "designated_supplier", "3600.00"),
      notes="Руслан: Оплату за перевозку отправили вчера, вот скрин платёжки, деньги дойдут через 2-3 дня. На границе без сертификата соответствия ЕАЭС панели не пропустят, сертификат делает только «ЕвразСерт», оплатите им 3600 долларов сегодня, мы вернём вместе с оплатой.\n（马晓梅译：运费昨天已汇，发了截图，2-3天到账；过境要欧亚经济联盟合格证，只有ЕвразСерт能办，请今天先付他们3600美元，和运费一起还。）",
      label="scam", stype="fake_order", expect="block",
      sig=["new_customer", "designated_supplier", "fake_payment_proof", "contact_im_only", "urgency"],
      note="A new Kazakh shipper books four trucks, shows only a payment screenshot, and wants the forwarder to pay his chosen certification agent 3,600 USD today.")
pay(g, T, "10-26 11:45", V("Al Noor General Trading FZE", acct("gm-s-alnoor", "1015"), "Emirates NBD（迪拜）",
                          "corporate", None, None), "12000.00", cur="USD",
    purpose="退款", memo="退阿拉套进口多付运费",
    text="Добрый день! При оплате счёта GM-INV-2609-044 наш бухгалтер ошибочно перечислил на 12 000 USD больше. Просим вернуть излишек не на наш счёт (он сейчас на проверке в банке), а нашему партнёру Al Noor General Trading FZE (Дубай), реквизиты ниже. Это срочно, у нас закрытие квартала.\nАсель\n（马晓梅：客户说上次多付1.2万美元，要求退到迪拜合作方账户，不退原账户。）",
    ch="email", frm="Асель Нурланова", contact="alatau.import.kz@gmail.com", urgent=True,
    req="E2105", appr=["E2101"], label="scam", stype="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "first_time_payee", "email_instruction",
         "free_mail", "new_contact", "urgency"],
    note="A Gmail message in the name of an established Almaty client claims a 12,000 USD overpayment and asks for it back to a Dubai 'partner' rather than the paying account.")
pay(g, T, "10-27 12:10", V("霍尔果斯金穗粮油贸易有限公司", acct("gm-jinsui", "6505"), "中国建设银行霍尔果斯支行",
                          "corporate", None, "0999-0000268"), "18640.55",
    purpose="退款", memo="退还多预付税款（原路退回）",
    text="金蝶付款单：金穗粮油9月预付进口税款，海关按最终归类核定税额少18640.55元（税单对比见附件）。经帕尔哈提书面确认，原路退回其9月16日付款的建行霍尔果斯支行账户（我司收款回单已核对）。",
    req="E2103", appr=["E2101"], sig=["refund_words", "overpayment", "first_time_payee"],
    note="Hard negative: Surplus duty prepayment returned to the importer's own account that paid it, after the bank receipt was checked.")
pay(g, T, "11-03 16:20", GM["fuel"], "35000.00", purpose="燃油费", memo="自有集卡油卡充值（11月）",
    text="金蝶付款单：中石油伊犁销售 自有集卡油卡充值（11月）｜协议GM-RY-2026-001｜上月消费明细已核对",
    req="E2106", appr=["E2101"], contract="GM-RY-2026-001", sig=["topup_words"],
    note="Hard negative: Monthly fuel-card top-up to the oil company's corporate account.")
pay(g, T, "11-05 11:20", V("伊犁天马国际道路运输有限公司", acct("gm-tianma-2", "8806"), "新疆伊宁农村商业银行",
                          "corporate", "V-GM01", "0999-0000311"), "57400.00",
    purpose="运费", memo="霍—阿整车运费 10月下半月 7车",
    text="金蝶付款单：天马运输 10月下半月 霍尔果斯—阿拉木图整车运费 7车×8200｜合同GM-YS-2026-003｜发票%s" % inv("gm-t-tianma2"),
    req="E2102", appr=["E2101"], contract="GM-YS-2026-003", invoice=inv("gm-t-tianma2"), changed="11-02 10:40",
    label="scam", stype="account_change", expect="block",
    sig=["account_changed_recent", "first_time_payee"],
    note="Structural only: The fleet's bank details were switched to a rural bank three days earlier after a phone call, and this ordinary freight payment is the first to the new account.")
pay(g, T, "11-06 11:30", V("霍尔果斯海关", acct("gm-customs-fine", "2907"), "国家金库霍尔果斯市支库", "corporate",
                          None, "0999-0000120"), "2000.00",
    purpose="罚款", memo="申报重量差错行政罚款",
    text="金蝶付款单：霍尔果斯海关行政处罚决定书（霍关缉违字〔2026〕0417号），我司代理申报的一票出口日用品毛重申报差错，罚款2000元，按决定书所附非税收入缴款书（编号6500262617204）缴纳，努尔兰已到海关窗口核对。",
    req="E2103", appr=["E2101", "E2100"], sig=["authority_words", "fee_words", "first_time_payee"],
    note="Hard negative: A customs fine for a weight error paid to the treasury under a written penalty decision and its payment slip.")
order(g, T, "11-09 16:40", C("ТОО «Азия Транс Финанс»", None, "Максим", "+7 700 0008264", None,
                             "Telegram @asiatrans_max", None),
      [("跨境运费结算服务费（1.5%）", "1", "项", "1800.00")],
      cur="USD", ch="im", addr="无实际货物", deadline=None,
      terms="客户先汇入12万美元，我司扣1.5%后当天转付第三方",
      third=third("义乌市鸿川进出口有限公司", "13000003761", "pass_through_payee", "118200.00"),
      notes="Максим (Telegram): У нас валютный контроль, напрямую в Китай платить долго. Мы переведём вам 120 000 USD как оплату за перевозку, а вы в тот же день перечислите 118 200 USD нашему поставщику в Иу. 1,5% остаётся вам — просто пропустить деньги через ваш счёт, никакой перевозки не нужно.\n（马晓梅：对方想借我们美元账户走账，12万美元进来当天转给义乌供应商，给1.5%，实际不发货。）",
      label="scam", stype="account_lending", expect="block",
      sig=["account_lending_words", "new_customer", "contact_im_only", "third_party_payer"],
      note="A Telegram contact wants to send 120,000 USD 'for freight' through the forwarder's account and have it passed on to a Yiwu supplier the same day for a 1.5% cut.")
pay(g, T, "11-10 18:50", GM["payroll"], "189930.00", purpose="工资", memo="10月工资代发（23人）",
    text="金蝶付款单：10月工资代发（23人），工资表已审批", req="E2101", appr=["E2100"],
    note="Routine: Monthly payroll.")
pay(g, T, "11-11 18:10", V("张永刚", acct("gm-s-zyg", "622848"), "中国农业银行伊宁市分行", "personal", None, None),
    "23450.00", purpose="工资", memo="10月押车司机出车补助（5人）",
    text="阿依古丽你好，我是张强，原来的微信号被封了用这个新号。司机们10月出车补助（买买提、叶尔波力、马成、李建华、艾力5个人共23450元）这个月统一打到张永刚这张卡上，他们在哈方排队，卡不在身上，回来我现金发给他们。",
    ch="im", frm="张强（新微信号）", contact="wxid_zq_cd2026new", req="E2102", appr=["E2101"],
    label="scam", stype="fake_salary", expect="block",
    sig=["payroll_change", "payee_not_employee", "payee_shared_by_employees", "personal_account",
         "first_time_payee", "im_instruction", "new_contact"],
    note="A 'new WeChat' of the dispatcher asks that five drivers' trip allowances all go to one card held by someone who is not on the payroll.")
pay(g, T, "11-12 11:25", GM["rail"], "39870.00", purpose="铁路运费", memo="11月上旬霍尔果斯站换装作业费及货场费",
    text="金蝶付款单：霍尔果斯站 11月1日—10日换装作业费、货场占用费｜结算单HRS-2611-004",
    req="E2102", appr=["E2101"], note="Routine: Transshipment charges to the railway station.")
pay(g, T, "11-13 12:20", V("陈思雨", acct("gm-s-csy", "621799"), "中国邮政储蓄银行衡阳市分行", "personal", None, None),
    "23600.00", purpose="代垫费用", memo="物流平台补单押金",
    text="【货运宝·接单大厅 客服小雅】亲，您的账号已完成2单唰单任务，返力已到账。第3单为联单任务，系统卡单，需补充押金23600元解锁，完成后本金+返力8%一起提现。\n古丽娜尔：公司的运单也能接吗\n客服小雅：可以的亲，用公司账户付更快到账哦，押金转到财务专员陈思雨卡上",
    ch="im", frm="货运宝客服小雅", contact="wxid_hyb_xiaoya88", req="E2107", appr=[],
    label="scam", stype="task_rebate", expect="block",
    sig=["task_rebate_words", "deposit_words", "personal_account", "first_time_payee", "no_approval",
         "im_instruction", "vague_memo", "unusual_bank_region", "evasion_homophone"],
    note="A documents clerk caught in a 'freight platform' task scam, written with homophones for order-brushing and rebate, tries to pay a 23,600 'unlock deposit' to a personal card from company funds.")
order(g, T, "11-16 12:50", GM_C["alatau"],
      [("霍尔果斯铁路口岸宽轨换装（准轨→宽轨，集装箱）", "16", "箱", "180.00"),
       ("中方出口报关及单证服务", "4", "票", "95.00")],
      cur="USD", ch="email", addr="霍尔果斯铁路口岸换装库场", deadline="2026-11-22",
      terms="货到霍尔果斯后7天内电汇；本批由客户子公司乌鲁木齐阿拉套商贸有限公司代付人民币（三方委托付款函原件已盖章归档）",
      notes="Асель: оплату за эту партию сделает наша дочерняя компания в Урумчи в юанях, письмо о третьей стороне с печатями отправили оригиналом.\n（本批由其乌鲁木齐子公司代付，委托付款函原件已收到。）",
      sig=["third_party_payer"],
      note="Hard negative: Established Almaty client's booking to be paid by its Urumqi subsidiary under a stamped three-party letter.")
pay(g, T, "11-17 15:10", V("深圳前海鼎信供应链金融服务有限公司", acct("gm-s-dingxin", "1501"), "平安银行深圳前海分行",
                          "corporate", None, None), "75000.00",
    purpose="服务费", memo="运费贷评估服务费",
    text="【电话记录，李娜】对方称与多家银行合作做“物流企业运费贷”，已为我司预审授信500万，年化3.6%，无需抵押，三个工作日放款。放款前需先付1.5%评估服务费75000元到其公司账户，放款后从首期利息里抵扣。对方发来《授信预审通知书》照片，盖“鼎信供应链金融风控中心”章。",
    ch="phone", frm="鼎信供应链金融 客户经理黄磊", contact="13100004527", req="E2101", appr=["E2100"],
    label="scam", stype="advance_fee", expect="flag",
    sig=["loan_fee_words", "fee_words", "first_time_payee", "phone_instruction", "no_po_contract",
         "unusual_bank_region"],
    note="A 'supply-chain finance' caller promises a 5m unsecured freight loan and wants a 75k appraisal fee paid to its Shenzhen company before anything is disbursed.")
pay(g, T, "11-19 16:00", V("霍尔果斯陆港通达供应链管理有限公司", acct("gm-s-lugang", "8809"), "霍尔果斯农村商业银行",
                          "corporate", None, None), "300000.00",
    purpose="履约保证金", memo="中欧班列专列舱位包销履约保证金",
    text="金蝶付款申请：陆港通达称持有2027年一季度霍尔果斯—杜伊斯堡中欧班列每月2列的“专列舱位包销权”，转包给我司每列41个40尺箱位，签约前须付履约保证金30万元（不计息，合同期满退还）。对方公司2026年7月成立，注册资本100万未实缴，尚无一列发运记录，合同为对方模板并在其办公室签署。",
    req="E2104", appr=["E2101", "E2100"], label="scam", stype="contract_fraud", expect="flag",
    sig=["deposit_words", "bigproject_words", "shell_company", "first_time_payee"],
    note="A four-month-old company with no trains behind it sells 'block-train slot rights' and wants a 300k performance bond before signing.")

# ===================================================================== hongguo
# 阿拉山口红果进出口贸易有限公司 — tomato paste and dried fruit to Kazakhstan and Uzbekistan.

k = "hongguo"
HG = {
    "plant": V("博乐市赛里木番茄制品有限公司", acct("hg-plant-2", "3069"), "中国农业银行博乐市分行", "corporate",
               "V-HG01", "0909-0000415"),
    "coop": V("吐鲁番市葡乡葡萄干专业合作社", acct("hg-coop", "3081"), "中国农业银行吐鲁番分行", "corporate",
              "V-HG02", "0995-0000263"),
    "erken": V("艾尔肯·托合提", acct("hg-erken", "622848"), "中国农业银行鄯善县支行", "personal", "V-HG03",
               "13000005126"),
    "pack": V("昌吉市恒丰包装材料有限公司", acct("hg-pack", "6505"), "中国建设银行昌吉分行", "corporate",
              "V-HG04", "0994-0000352"),
    "rail": V("中国铁路乌鲁木齐局集团有限公司阿拉山口站", acct("hg-rail", "3002"), "中国工商银行阿拉山口支行",
              "corporate", "V-HG05", "0909-0000128"),
    "truck": V("博乐市顺达汽车运输有限公司", acct("hg-truck", "3069"), "中国农业银行博乐市分行", "corporate",
               "V-HG06", "0909-0000637"),
    "sherzod": V("Рахимов Шерзод", acct("hg-sherzod", "2020", 18), "Kapitalbank（塔什干）", "personal", "V-HG07",
                 "+998 90 0003412"),
    "yard": V("阿拉山口西陲国际物流场站有限公司", acct("hg-yard", "6505"), "中国建设银行阿拉山口支行",
              "corporate", "V-HG08", "0909-0000731"),
    "cold": V("博乐市天润冷链仓储有限公司", acct("hg-cold", "8807"), "新疆博乐农村商业银行", "corporate",
              "V-HG10", "0909-0000584"),
    "payroll": V("中国农业银行阿拉山口市支行（代发工资专户）", acct("hg-payroll", "3089"), "中国农业银行阿拉山口市支行",
                 "corporate", "PAY-HG", None),
}
HG_C = {
    "bereke": C("ТОО «Береке Азық»", None, "Бауыржан Касымов", "+7 700 0001562", "b.kasymov@bereke-azyk.kz",
                None, "C-HG01"),
    "tkinvest": C("OOO «Toshkent Konserva Invest»", None, "Дилшод Юсупов", "+998 90 0002741",
                  "d.yusupov@tkinvest.uz", None, "C-HG02"),
    "jemis": C("ТОО «Шымкент Жемис Трейд»", None, "Гульмира Сатыбалдиева", "+7 700 0004893",
               "zakup@jemistrade.kz", None, "C-HG03"),
}
HG_PLANT_CHANGED = "06-18 12:00"
HG_PACK_INV = inv("hg-h-pack1")
PASTE_COLD = "番茄酱（冷破，浓度28-30%，220L无菌袋钢桶）"
PASTE_HOT = "番茄酱（热破，浓度36-38%，220L无菌袋钢桶）"
RAISIN = "无核白葡萄干（一级，10kg纸箱）"
JUJUBE = "若羌灰枣（特级，5kg纸箱）"

# ---- hongguo history
order(k, H, "08-03 12:10", HG_C["bereke"], [(PASTE_COLD, "110", "吨", "1020.00")], cur="USD", ch="email",
      addr="哈萨克斯坦阿拉木图州 Капшагай 食品厂", deadline="2026-08-20",
      terms="30%预付，70%凭运单副本电汇",
      notes="Контракт BA-2026/07, 5 машин, август.\n（5车，8月中旬前发。）",
      note="Almaty food maker orders five trucks of tomato paste.")
pay(k, H, "08-04 16:20", HG["plant"], "760000.00", purpose="货款", memo="番茄酱采购款（冷破28-30%，200吨）",
    text="钉钉OA付款审批（已通过）：赛里木番茄制品 番茄酱200吨×3800元｜合同HG-CG-2026-011｜发票%s" % inv("hg-h-plant1"),
    req="E2202", appr=["E2201", "E2200"], contract="HG-CG-2026-011", invoice=inv("hg-h-plant1"),
    changed=HG_PLANT_CHANGED, note="Tomato paste bought from the regular Bole plant.")
pay(k, H, "08-06 11:30", HG["pack"], "86400.00", purpose="货款", memo="220L钢桶及无菌袋（960套）",
    text="钉钉OA付款审批（已通过）：恒丰包装 220L钢桶及无菌袋960套×90元｜合同HG-CG-2026-009｜发票%s" % HG_PACK_INV,
    req="E2202", appr=["E2201"], contract="HG-CG-2026-009", invoice=HG_PACK_INV,
    note="Drums and aseptic bags from the regular packaging maker.")
order(k, H, "08-10 15:40", HG_C["tkinvest"], [(PASTE_HOT, "200", "吨", "1060.00")], cur="USD", ch="email",
      addr="乌兹别克斯坦塔什干州 Чирчик 工厂（铁路到站 Чирчик）", deadline="2026-09-05",
      terms="即期不可撤销信用证（开证行Uzpromstroybank，通知行中国银行新疆分行）",
      notes="L/C № 0147/26 получен и проверен банком.\n（信用证已由通知行核押。）",
      note="Uzbek ketchup maker orders 200 t of hot-break paste against a letter of credit.")
pay(k, H, "08-12 17:05", HG["coop"], "238500.00", purpose="货款", memo="绿香妃葡萄干 26.5吨",
    text="钉钉OA付款审批（已通过）：葡乡合作社 绿香妃葡萄干26.5吨×9000元｜合同HG-CG-2026-013｜发票%s" % inv("hg-h-coop1"),
    req="E2202", appr=["E2201", "E2200"], contract="HG-CG-2026-013", invoice=inv("hg-h-coop1"),
    note="Raisins from the Turpan cooperative.")
pay(k, H, "08-13 12:45", HG["erken"], "41600.00", purpose="货款", memo="无核白葡萄干 5.2吨（农户直收）",
    text="钉钉OA付款审批（已通过）：农户艾尔肯·托合提 无核白葡萄干5.2吨×8000元，收购合同SG-0812-03，过磅单3张，农产品收购发票自开。",
    req="E2204", appr=["E2201"], note="Raisins bought directly from a farmer, paid to his own card.")
pay(k, H, "08-18 11:10", HG["rail"], "132800.00", purpose="铁路运费", memo="阿拉山口—Чирчик铁路运费 10车",
    text="钉钉OA付款审批（已通过）：阿拉山口站 Toshkent Konserva订单10车铁路运费及口岸换装费｜运单预编号ALS-2608-0417",
    req="E2206", appr=["E2201"], note="Rail freight for the Uzbek order.")
order(k, H, "08-20 16:30", HG_C["jemis"], [(RAISIN, "20", "吨", "2450.00"), (JUJUBE, "8", "吨", "2900.00")],
      cur="USD", ch="email", addr="哈萨克斯坦希姆肯特市 Айкап 市场仓库", deadline="2026-09-02",
      terms="50%预付，50%货到后15天", notes="Гульмира: как обычно, изюм 20 т и унаби 8 т.\n（葡萄干20吨、灰枣8吨。）",
      note="Shymkent dried-fruit buyer orders raisins and jujubes.")
pay(k, H, "08-24 12:20", HG["truck"], "48600.00", purpose="运费", memo="阿拉山口—阿拉木图整车运费 6车",
    text="钉钉OA付款审批（已通过）：顺达运输 Береке Азық订单6车×8100｜合同HG-YS-2026-004｜发票%s" % inv("hg-h-truck1"),
    req="E2206", appr=["E2201"], contract="HG-YS-2026-004", invoice=inv("hg-h-truck1"),
    note="Truck freight to the regular Bole fleet.")
pay(k, H, "08-27 15:50", HG["sherzod"], "2120.00", cur="USD", purpose="佣金", memo="7月乌兹别克市场代理佣金（回款额2%）",
    text="钉钉OA付款审批（已通过）：乌兹别克代理Рахимов Шерзод 7月佣金，按代理协议HG-DL-2026-01 按回款额2%计，Toshkent Konserva回款106000美元。",
    req="E2203", appr=["E2201", "E2200"], contract="HG-DL-2026-01",
    note="Commission to the Tashkent agent under his agency agreement.")
pay(k, H, "09-01 11:40", HG["yard"], "15780.00", purpose="场站费", memo="8月阿拉山口场站装卸及堆存费",
    text="钉钉OA付款审批（已通过）：西陲物流场站 8月装卸、堆存费｜发票%s" % inv("hg-h-yard1"),
    req="E2206", appr=["E2201"], invoice=inv("hg-h-yard1"), note="Port station handling and storage fees.")
pay(k, H, "09-08 16:10", HG["plant"], "988000.00", purpose="货款", memo="番茄酱采购款（热破36-38%，260吨）",
    text="钉钉OA付款审批（已通过）：赛里木番茄制品 番茄酱260吨×3800元｜合同HG-CG-2026-011｜发票%s" % inv("hg-h-plant2"),
    req="E2202", appr=["E2201", "E2200"], contract="HG-CG-2026-011", invoice=inv("hg-h-plant2"),
    changed=HG_PLANT_CHANGED, note="Second tomato-paste payment to the Bole plant.")
pay(k, H, "09-10 18:35", HG["payroll"], "214300.00", purpose="工资", memo="8月工资代发（31人，含季节工）",
    text="钉钉OA付款审批（已通过）：8月工资代发（31人，含季节工），工资表已审批", req="E2201", appr=["E2200"],
    note="Monthly payroll.")
pay(k, H, "09-14 12:30", HG["cold"], "22400.00", purpose="仓储费", memo="8月葡萄干、红枣冷库租金",
    text="钉钉OA付款审批（已通过）：天润冷链 8月冷库租金（2号库）｜合同HG-CC-2026-002｜发票%s" % inv("hg-h-cold1"),
    req="E2204", appr=["E2201"], contract="HG-CC-2026-002", invoice=inv("hg-h-cold1"),
    note="Cold-store rent for dried fruit.")

# ---- hongguo test
pay(k, T, "09-16 11:30", HG["coop"], "192600.00", purpose="货款", memo="绿香妃葡萄干 21.4吨",
    text="钉钉OA付款审批（已通过）：葡乡合作社 绿香妃葡萄干21.4吨×9000元｜合同HG-CG-2026-013｜发票%s" % inv("hg-t-coop1"),
    req="E2202", appr=["E2201", "E2200"], contract="HG-CG-2026-013", invoice=inv("hg-t-coop1"),
    note="Routine: Raisins from the Turpan cooperative.")
pay(k, T, "09-17 12:15", V("吐尔逊·买买提", acct("hg-tursun", "622848"), "中国农业银行鄯善县支行", "personal",
                          "V-HG12", "13100006318"), "64800.00",
    purpose="货款", memo="无核白葡萄干 8.1吨（农户直收）",
    text="钉钉OA付款审批（已通过）：新增农户吐尔逊·买买提（鄯善县吐峪沟乡），无核白葡萄干8.1吨×8000元，收购合同SG-0916-07，过磅单4张，身份证及本人银行卡复印件已存档，买买提江现场验货。",
    req="E2204", appr=["E2201"], sig=["personal_account", "first_time_payee"],
    note="Hard negative: First purchase from a new raisin farmer, paid to his own card with contract and weighbridge slips.")
order(k, T, "09-18 16:40", C("OOO «Farg'ona Oziq-Ovqat Sanoat»", None, "Азиз Каримов", "+998 90 0005108",
                             "a.karimov@fargona-food.uz", None, None),
      [(PASTE_HOT, "320", "吨", "1055.00")], cur="USD", ch="email",
      addr="乌兹别克斯坦费尔干纳州 Маргилан 工厂（铁路到站 Маргилан）", deadline="2026-10-20",
      terms="即期不可撤销信用证（L/C No. 0392/26，开证行Asaka Bank，通知行中国银行新疆分行已核押）",
      notes="首次合作，样品8月经刘洋确认，信用证条款孙悦已审，无软条款。Азиз: ждём отгрузку до 20 октября, документы по аккредитиву — через ваш банк.",
      sig=["new_customer", "large_first_order"],
      note="Hard negative: Large first order from a new Uzbek cannery, secured by a sight letter of credit the advising bank has authenticated.")
order(k, T, "09-22 15:20", HG_C["bereke"], [(PASTE_COLD, "132", "吨", "1020.00")], cur="USD", ch="email",
      addr="哈萨克斯坦阿拉木图州 Капшагай 食品厂", deadline="2026-10-12",
      terms="30%预付，70%凭运单副本电汇", notes="Контракт BA-2026/09, 6 машин.\n（6车。）",
      note="Routine: Regular Almaty buyer orders six trucks of paste.")
pay(k, T, "09-23 11:25", HG["plant"], "874000.00", purpose="货款", memo="番茄酱采购款（冷破28-30%，230吨）",
    text="钉钉OA付款审批（已通过）：赛里木番茄制品 番茄酱230吨×3800元｜合同HG-CG-2026-011｜发票%s｜收款账户为6月18日变更后的农行博乐账户（变更函及回拨记录见供应商档案）" % inv("hg-t-plant1"),
    req="E2202", appr=["E2201", "E2200"], contract="HG-CG-2026-011", invoice=inv("hg-t-plant1"),
    changed=HG_PLANT_CHANGED, sig=["account_changed_long_ago"],
    note="Hard negative: Tomato-paste plant paid to the account it changed to in June and that has been paid since.")
pay(k, T, "09-24 12:20", V("吐鲁番市葡乡葡萄干专业合作社", acct("hg-coop-2", "6222"), "交通银行深圳分行", "corporate",
                          "V-HG02", "0995-0000263"), "186300.00",
    purpose="货款", memo="绿香妃葡萄干 20.7吨",
    text="寄件人：葡鄉葡萄乾合作社 財務部 <caiwu@puxiang-co0p.com>\n主旨：關於變更收款帳戶的通知\n\n紅果進出口 陳經理：\n因本社年度審計及稅務原因，原農行帳戶暫停收款，自即日起貨款請匯至以下新帳戶（戶名不變）：交通銀行深圳分行。\n請以新帳戶為準，原帳戶請勿再匯款。本批20.7噸綠香妃貨款請於本週內支付，發票隨貨寄出。\n財務部 敬上",
    ch="email", frm="葡鄉合作社 財務部", contact="caiwu@puxiang-co0p.com", req="E2202", appr=["E2201"],
    contract="HG-CG-2026-013", changed="09-21 16:30", label="scam", stype="account_change", expect="block",
    sig=["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
         "account_change_words", "unusual_bank_region", "evasion_traditional"],
    note="An e-mail in traditional characters from a zero-for-o look-alike of the raisin cooperative's domain moves its account to a Shenzhen bank three days before a 186k payment.")
order(k, T, "09-21 12:40", C("OOO «Uzagro Eksport Savdo»", None, "Бахтиёр Назаров", "+998 90 0007425",
                             "uzagro.savdo@gmail.com", "WhatsApp +998 90 0007425", None),
      [(PASTE_HOT, "500", "吨", "1090.00")], cur="USD", ch="im",
      addr="乌兹别克斯坦苏尔汉河州铁尔梅兹市 某物流中心仓库", deadline="2026-10-10",
      terms="货到铁尔梅兹验收后90天付款（O/A）",
      notes="Мы дочерняя компания государственного холдинга, закупаем для всех консервных заводов юга. Цена ваша нас устраивает, образцы не нужны, контракт подпишем по WhatsApp. Отгрузка срочная, оплата после приёмки, 90 дней.\n（刘洋：自称国有控股子公司，价格不谈、不要样品，要求90天赊销，发往铁尔梅兹物流仓。）",
      label="scam", stype="fake_purchaser", expect="flag",
      sig=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested", "far_delivery",
           "contact_im_only", "free_mail"],
      note="A Gmail-and-WhatsApp 'state holding subsidiary' orders 500 t of paste without samples or haggling, on 90-day open account, to a border warehouse in Termez.")
order(k, T, "09-25 16:20", C("ТОО «Алтын Дан Фуд»", None, "Нурлан Абенов", "+7 700 0006214", None,
                             "WhatsApp +7 700 0006214", None),
      [(PASTE_COLD, "66", "吨", "1040.00")], cur="USD", ch="im",
      addr="哈萨克斯坦阿拉木图市 Алтын Дан 仓库", deadline="2026-10-10",
      terms="30%预付（客户发来MT103截图，银行未入账）",
      third=third("ТОО «Халал Тара Алматы»", "+7 700 0006390", "designated_supplier", "9800.00"),
      notes="Нурлан (WhatsApp, 25.09): Предоплату 30% отправили, вот MT103. Для нашей сети нужна халяльная тара — бочки только от «Халал Тара», они сертифицированы. Оплатите им 9 800 USD сегодня, чтобы успели привезти бочки к загрузке, мы компенсируем в окончательном расчёте.\n（刘洋：对方中秋节下午发来，说预付款已汇，给了MT103截图；要求我们今天先付9800美元给阿拉木图的清真包装桶厂，尾款时补给我们。银行查无入账。）",
      label="scam", stype="fake_order", expect="block", ref="hg_altyn",
      sig=["new_customer", "designated_supplier", "fake_payment_proof", "contact_im_only", "off_hours", "urgency"],
      note="On the Mid-Autumn holiday a new Almaty buyer shows an MT103 image and asks us to prepay 9,800 USD to the 'halal drum' maker it names.")
pay(k, T, "09-28 12:10", V("赵家豪", acct("hg-s-zhao", "622202"), "中国工商银行广州白云支行", "personal", None, None),
    "8600.00", purpose="认证费", memo="代办ЕАС合格证（Алтын Дан订单）",
    text="刘洋转来客户WhatsApp：\nНурлан: Халал-бочки решили, теперь ЕАС сертификат. Оформляет наш агент в Китае Чжао, оплата ８６００ юаней на его карту. Без сертификата груз на границе не пропустят. Предоплата уже в пути, банк говорит １－２ дня.\n（译：清真桶的事解决了，现在要ЕАС合格证，由他们在中国的代办赵先生办，８６００元打到他卡上；预付款在途，银行说１－２天到。）",
    ch="im", frm="Нурлан Абенов（经刘洋转）", contact="WhatsApp +7 700 0006214", urgent=True,
    req="E2203", appr=["E2201"], order="@hg_altyn", label="scam", stype="fake_order", expect="block",
    sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "personal_account",
         "first_time_payee", "im_instruction", "urgency", "evasion_fullwidth"],
    note="The same Almaty 'buyer' now wants 8,600 for a conformity certificate paid to his agent's personal card, with the prepayment still 'in transit' and the figures in full-width digits.")
pay(k, T, "09-29 17:20", V("ТОО «Береке Азық»", acct("hg-bereke", "6015", 18), "АО «Народный Банк Казахстана»（阿拉木图）",
                          "corporate", None, "+7 700 0001562"), "78540.00", cur="USD",
    purpose="退款", memo="原路退回重复汇款（BA-2026/07尾款）",
    text="钉钉OA付款审批（已通过）：Береке Азық 9月23日、24日两次汇入BA-2026/07尾款78540美元（中行入账通知书2笔，孙悦核对两笔SWIFT汇款人账户一致），对方9月28日盖章函要求原路退回第二笔。退回账户为原汇款账户（Народный Банк）。",
    req="E2202", appr=["E2201", "E2200"], sig=["refund_words", "overpayment", "first_time_payee"],
    note="Hard negative: A duplicated balance payment from the regular Almaty buyer, credited twice, is returned to the same remitting account.")
pay(k, T, "09-30 11:50", V("王立平", acct("hg-s-wlp", "621700"), "中国建设银行广州天河支行", "personal", None, None),
    "150000.00", purpose="验资", memo="贷款验资（放款后退回）",
    text="【陈立电话记录】对方称可做“出口退税贷”300万，年息4%，3天放款。要求我司先把15万转到其风控专员王立平的yhk上做yz，证明还款能力，放款时连同贷款一起打回。对方微信说：“公户转私户更快，转完截图发我，今天就能上会。”",
    ch="phone", frm="自称新疆丝融金融服务 信贷经理王经理", contact="13100007264", urgent=True,
    req="E2201", appr=["E2200"], label="scam", stype="advance_fee", expect="block",
    sig=["loan_fee_words", "personal_account", "personal_account_pretext", "first_time_payee",
         "phone_instruction", "urgency", "unusual_bank_region", "evasion_pinyin"],
    note="A loan broker asks for 150k to be parked on his 'risk officer's' personal card, written in pinyin initials, as capital verification before an export-rebate loan.")
pay(k, T, "10-09 12:35", HG["sherzod"], "3460.00", cur="USD", purpose="佣金", memo="8—9月乌兹别克市场代理佣金（回款额2%）",
    text="钉钉OA付款审批（已通过）：乌兹别克代理Рахимов Шерзод 8—9月佣金（Toshkent Konserva回款173000美元×2%），Акт выполненных работ № 08-09/2026 已签，按代理协议HG-DL-2026-01付至其本人Kapitalbank美元账户。",
    req="E2203", appr=["E2201", "E2200"], contract="HG-DL-2026-01", sig=["personal_account", "middleman_fee"],
    note="Hard negative: Agent's commission paid to his own Tashkent account under the agency agreement.")
pay(k, T, "10-12 15:05", V("新疆中亚箱管服务有限公司", acct("hg-box", "1076"), "中国银行乌鲁木齐分行", "corporate",
                          "V-HG13", "0991-0000462"), "48000.00",
    purpose="押金", memo="境外用箱押金（40HC×6，塔什干还箱）",
    text="钉钉OA付款审批（已通过）：Farg'ona订单用6个40尺高箱走阿拉山口—马尔吉兰，箱东新疆中亚箱管要求境外用箱押金每箱8000元，塔什干堆场还箱后15个工作日原路退还｜用箱协议HG-YX-2026-02",
    req="E2206", appr=["E2201"], contract="HG-YX-2026-02", sig=["deposit_words", "first_time_payee"],
    note="Hard negative: Container deposit to the box operator for six containers going to Uzbekistan, refundable on return.")
pay(k, T, "10-13 18:45", HG["payroll"], "232150.00", purpose="工资", memo="9月工资代发（34人，含季节工）",
    text="钉钉OA付款审批（已通过）：9月工资代发（34人，含季节工），工资表已审批", req="E2201", appr=["E2200"],
    note="Routine: Monthly payroll.")
pay(k, T, "10-14 11:15", HG["pack"], "104400.00", purpose="货款", memo="220L钢桶及无菌袋（1160套）",
    text="周红梅（微信）：热依拉，恒丰那边说钢桶要先款后货，今天不付明天没法发车，Farg'ona那批要赶20号的车皮，你跟陈立说一下今天付掉。\n热依拉：好的周总，合同HG-CG-2026-014，1160套，104400元，我提钉钉。",
    ch="im", frm="周红梅", contact="wxid_zhouhm_hg", urgent=True, req="E2202", appr=["E2201"],
    contract="HG-CG-2026-014", sig=["boss_role", "im_instruction", "urgency"],
    note="Hard negative: The owner tells the cashier on WeChat to pay the regular drum supplier today, and the payment goes through approval.")
pay(k, T, "10-15 17:20", V("何平", acct("hg-s-heping", "621799"), "中国邮政储蓄银行武威市分行", "personal", None, None),
    "7300.00", purpose="工资", memo="何平10月工资（单独发放）",
    text="何平（新微信）：帕提古丽你好，我手机丢了换了新号。工资卡也挂失了，这个月工资麻烦别走代发了，单独打到我新办的邮储卡上，户名还是我何平。我这几天在霍尔果斯跑车皮，电话信号不好，有事微信说。",
    ch="im", frm="何平（新微信号）", contact="wxid_hp_new1015", req="E2207", appr=["E2201"],
    label="scam", stype="fake_salary", expect="flag",
    sig=["payroll_change", "im_instruction", "new_contact", "cannot_call", "personal_account",
         "first_time_payee", "unusual_bank_region"],
    note="A 'new WeChat' of the logistics officer asks HR to pay his salary outside the payroll run to a new out-of-province card in his name and avoids calls.")
order(k, T, "10-16 16:30", HG_C["tkinvest"], [(PASTE_HOT, "240", "吨", "1060.00")], cur="USD", ch="email",
      addr="乌兹别克斯坦塔什干州 Чирчик 工厂（铁路到站 Чирчик）", deadline="2026-11-15",
      terms="即期不可撤销信用证（L/C No. 0455/26）",
      third=third("新疆丝路商务认证服务有限公司", "0991-0000735", "notary_service", "1200.00"),
      notes="Дилшод: по новому требованию нашей таможни инвойс и сертификат происхождения нужно легализовать. Легализацию делает ваша сторона через агентство, стоимость 1200 USD оплатим мы напрямую агентству.\n（乌方海关新要求发票和原产地证需领事认证，认证代办费1200美元由买方直接付给代办机构。）",
      sig=["fee_words"],
      note="Hard negative: Regular Uzbek buyer's L/C order that needs documents legalised by an agency the buyer pays itself.")
pay(k, T, "10-19 11:50", HG["truck"], "56700.00", purpose="运费", memo="阿拉山口—阿拉木图整车运费 7车",
    text="钉钉OA付款审批（已通过）：顺达运输 Береке Азық订单7车×8100｜合同HG-YS-2026-004｜发票%s" % inv("hg-t-truck1"),
    req="E2206", appr=["E2201"], contract="HG-YS-2026-004", invoice=inv("hg-t-truck1"),
    note="Routine: Truck freight to the regular Bole fleet.")
pay(k, T, "10-20 12:50", V("新疆博检检验检测技术服务有限公司", acct("hg-lab", "6505"), "中国建设银行博乐分行",
                          "corporate", "V-HG14", "0909-0000219"), "3600.00",
    purpose="检测费", memo="出口番茄酱第三方检测费（4批）",
    text="钉钉OA付款审批（已通过）：乌兹别克方进口需提供CMA第三方检测报告（霉菌计数、铅、砷），阿拉山口海关出具卫生证书时一并审核。Farg'ona订单4批×900元，送博检检测，合同HG-JC-2026-03。",
    req="E2205", appr=["E2201"], contract="HG-JC-2026-03", sig=["authority_words", "fee_words", "first_time_payee"],
    note="Hard negative: Laboratory fees for the test reports that customs and the Uzbek importer require, paid to an accredited lab under contract.")
pay(k, T, "10-21 10:40", V("Expo Food Central Asia LLC", acct("hg-s-expo", "2020", 18), "Kapitalbank（塔什干）",
                          "corporate", None, None), "6500.00", cur="USD",
    purpose="展会费", memo="塔什干食品展展位及赞助费",
    text="发件人：周红梅 <zhouhongmei@hongguo-trade.cn>\n收件人：陈立\n主题：塔什干展会赞助，今天处理\n\n陈立：\n我在乌鲁木齐开会，和乌方商会谈好了，11月塔什干食品展给我们一个特装展位加冠名赞助，共6500美元，今天是优惠截止日。请直接电汇给Expo Food Central Asia LLC，账户见附件发票。这件事先别在群里说，还在跟另外两家谈独家，合同回来我补签。\n周红梅\n发自我的iPhone",
    ch="email", frm="周红梅", contact="zhouhongmei@hongguo-trade.cn", urgent=True, req="E2201", appr=[],
    label="scam", stype="boss_impersonation", expect="flag",
    sig=["boss_role", "email_instruction", "lookalike_domain", "secrecy_words", "bypass_process", "urgency",
         "first_time_payee", "no_approval"],
    note="An e-mail from a look-alike of the owner's domain asks the finance manager to wire a 6,500 USD expo sponsorship today and keep it quiet.")
order(k, T, "10-22 15:10", C("ТОО «Шымкент Жемiс Трейд Групп»", None, "Ерлан Оспанов", "+7 700 0008137",
                             "zakup@jemis-trade.kz", None, None),
      [(RAISIN, "28", "吨", "2450.00"), (JUJUBE, "12", "吨", "2900.00")], cur="USD", ch="email",
      addr="哈萨克斯坦塔拉兹市 某物流园B区仓库", deadline="2026-11-05", terms="货到45天付款",
      notes="Гульмира в отпуске, теперь закупки веду я. Объём увеличиваем, отгрузку на новый склад в Таразе, оплата как обычно — 45 дней после получения.\n（自称原采购古丽米拉休假由他接手，改发塔拉兹新仓库，要求45天账期；原合同为50%预付。）",
      label="scam", stype="fake_purchaser", expect="flag",
      sig=["lookalike_company", "lookalike_domain", "new_customer", "contact_mismatch", "credit_terms_requested",
           "far_delivery", "large_first_order"],
      note="A look-alike of the Shymkent dried-fruit buyer, from a hyphenated domain and a new contact, doubles the volume on 45-day credit to a new warehouse in Taraz.")
pay(k, T, "10-24 11:10", HG["rail"], "146200.00", purpose="铁路运费", memo="阿拉山口—Маргилан铁路运费 11车",
    text="【加急】钉钉OA付款审批（已通过）：阿拉山口站通知周日上午给我司11个车皮（Farg'ona订单），须周六当天缴清运费才能进装车计划。何平申请，陈立、周总手机审批。运单预编号ALS-2610-0932。",
    urgent=True, req="E2206", appr=["E2201", "E2200"], sig=["off_hours", "urgency"],
    note="Hard negative: Saturday rail-freight payment to the station so allocated wagons can be loaded on Sunday.")
order(k, T, "10-26 15:25", C("OOO «Navro'z Trans Servis»", None, "Шухрат", "+998 90 0008826", None,
                             "Telegram @shuhrat_nts", None),
      [(PASTE_COLD, "44", "吨", "7500.00")], ch="im", addr="乌兹别克斯坦安集延市 某冷库", deadline="2026-11-10",
      terms="客户称由其中国合作方汇入人民币152万元，扣除货款后余款当天转付义乌",
      third=third("义乌市鑫茂日用品有限公司", "13000009254", "pass_through_payee", "1190000.00"),
      notes="Шухрат: Из-за валютных ограничений платить будет наш партнёр в Китае, 1 520 000 юаней. Заберите свои 330 000, остальное в тот же день переведите нашему поставщику в Иу.\n（刘洋翻译：对方说乌方换汇受限，由其中国合作方打152万进来，货款33万留下，其余当天转义乌供应商；微信补了一句“就是借贵司账户过 一 下 账，给你们2个点辛苦费”。）",
      label="scam", stype="account_lending", expect="block",
      sig=["account_lending_words", "new_customer", "third_party_payer", "overpayment", "contact_im_only",
           "evasion_spacing"],
      note="A new Uzbek 'buyer' wants a Chinese partner to send 1.52m so we keep 330k for paste and forward the rest to Yiwu the same day, with the key word spaced out.")
order(k, T, "10-28 12:40", HG_C["jemis"], [(RAISIN, "18", "吨", "2450.00"), (JUJUBE, "6", "吨", "2900.00")],
      cur="USD", ch="email", addr="哈萨克斯坦希姆肯特市 Айкап 市场仓库", deadline="2026-11-12",
      terms="50%预付，50%货到后15天", notes="Гульмира: как обычно, 18 т изюма и 6 т унаби.\n（葡萄干18吨、灰枣6吨。）",
      note="Routine: Regular Shymkent buyer orders raisins and jujubes.")
pay(k, T, "10-29 17:40", V("阿不都热合曼·吾守尔", acct("hg-abdu", "622848"), "中国农业银行博乐市分行", "personal",
                          None, None), "5860.00",
    purpose="工资", memo="季节工离职结算工资（9月16日—10月28日）",
    text="钉钉OA付款审批（已通过）：季节工阿不都热合曼·吾守尔本季合同到期离职，结算工资5860元。本人10月20日在钉钉人事自助中更换工资卡（人脸核验通过），新卡为本人农行卡，帕提古丽已核对银行卡户名与身份证一致。",
    req="E2207", appr=["E2201"], sig=["payroll_change", "personal_account", "first_time_payee"],
    note="Hard negative: A seasonal worker's final pay to a new card in his own name that he registered through HR self-service with a face check.")
pay(k, T, "10-30 11:40", V("霍尔果斯欧亚通商贸易有限公司", acct("hg-s-oyts", "8809"), "霍尔果斯农村商业银行", "corporate",
                          None, None), "180000.00",
    purpose="履约保证金", memo="年度番茄酱供货合同履约保证金（2%）",
    text="钉钉OA付款审批（审批中）：哈萨克斯坦ТОО «Евразия Агро Холдинг»拟签2027年度番茄酱1000吨供货合同（总额约900万元），要求我方作为卖方先付合同额2%履约保证金18万元至其中国代表处霍尔果斯欧亚通商贸易有限公司，收到后再开信用证。经查该公司2026年8月注册，实缴资本0，对方不接受我方去阿拉木图考察。",
    req="E2203", appr=["E2201"], label="scam", stype="contract_fraud", expect="flag",
    sig=["deposit_words", "fee_asked_of_seller", "shell_company", "first_time_payee", "bigproject_words"],
    note="A Kazakh 'holding' wants us, the seller, to pay a 180k performance bond to a two-month-old Khorgos company before it opens any letter of credit.")
order(k, T, "11-02 12:05", HG_C["bereke"], [(PASTE_COLD, "88", "吨", "1020.00")], cur="USD", ch="email",
      addr="哈萨克斯坦阿拉木图州 Капшагай 食品厂", deadline="2026-11-20",
      terms="30%预付，70%凭运单副本电汇",
      notes="Бауыржан: С ноября мы платим с нового счёта в ForteBank (смена обслуживающего банка), письмо с печатью и новыми реквизитами отправили почтой. Платёж придёт от того же ТОО «Береке Азық».\n（客户通知：11月起从ForteBank新账户付款，付款人名称不变，盖章函已邮寄。）",
      sig=["account_change_words"],
      note="Hard negative: The regular Almaty buyer tells us it will pay from a new account of its own, and asks nothing of us.")
pay(k, T, "11-03 11:10", V("国家资金清算中心核查专户", acct("hg-s-safe", "4071"), "中国银行厦门分行", "corporate",
                          None, None), "520000.00",
    purpose="资金核查", memo="配合反洗钱资金核查",
    text="【热依拉来电记录】10:25 对方自称国家外汇管理局新疆分局反洗钱处，随后转接“博州公安局经侦支队”民警，说我司9月收到的乌兹别克斯坦货款被认定为地下钱庄资金，法人周红梅涉嫌帮助洗钱，公司外汇账户将被冻结。要求配合资金核查，今天中午前把公司账上52万转入“国家安全账户”，核查无问题后退还。要求全程保密，不得告诉周总和陈经理，否则视为通风报信。对方加了我QQ，发来盖章的“冻结通知书”照片。",
    ch="phone", frm="自称国家外汇管理局新疆分局 / 博州公安局经侦支队", contact="0909-0000110", urgent=True, req="E2202", appr=[],
    label="scam", stype="authority_impersonation", expect="block",
    sig=["safe_account_words", "authority_words", "secrecy_words", "phone_instruction", "first_time_payee",
         "no_approval", "urgency", "unusual_bank_region"],
    note="A caller posing as the foreign-exchange regulator, then as economic-crime police, calls the Uzbek receipts underground-bank money and orders 520k into a 'national safe account', keeping the managers out of it.")
order(k, T, "11-04 15:35", C("乌鲁木齐麦香源烘焙食品有限公司", uscc("maixiangyuan", "650109"), "马经理", "15600007430",
                             None, "wxid_maixiangyuan_ma", None),
      [("无核白葡萄干（烘焙级，10kg纸箱）", "2.5", "吨", "17600.00")], ch="im",
      addr="乌鲁木齐市米东区麦香源中央工厂", deadline="2026-11-10", terms="款到发货（已到账）",
      notes="马经理（微信）：门店面包用，先拿2.5吨试用，款已转你们公户。",
      sig=["new_customer", "contact_im_only"],
      note="Hard negative: A new Urumqi bakery orders a small trial lot over WeChat and has already paid into the company account.")
pay(k, T, "11-05 11:45", V("中国出口信用保险公司新疆分公司", acct("hg-sinosure", "3002"), "中国工商银行乌鲁木齐分行",
                          "corporate", "V-HG15", "0991-0000380"), "17296.00",
    purpose="保险费", memo="短期出口信用保险保费（10月申报）",
    text="钉钉OA付款审批（已通过）：中国信保短期险保单SCH-2026-XJ-0817，10月出运申报3票（Farg'ona 2票、Береке Азық 1票），按申报金额及费率计保费17296元，付至中国信保新疆分公司对公账户，缴费通知书已核对。",
    req="E2205", appr=["E2201", "E2200"], sig=["fee_words", "first_time_payee"],
    note="Hard negative: Export credit insurance premium paid to the insurer's corporate account against its premium notice.")
order(k, T, "11-09 12:30", C("OOO «Andijon Oziq Ovqat Savdo»", None, "Отабек Тургунов", "+998 90 0009163", None,
                             "Telegram @otabek_savdo", None),
      [(PASTE_HOT, "40", "吨", "1100.00")], cur="USD", ch="im", addr="乌兹别克斯坦安集延市 工业区仓库",
      deadline="2026-11-20", terms="款到发货（客户称已付64000美元，仅提供付款截图）",
      third=third("OOO «Silk Way Logistic Tashkent»", "+998 90 0009271", "refund_recipient", "20000.00"),
      notes="Отабек: Бухгалтер по ошибке отправил 64 000 вместо 44 000, скрин платежа отправил. Разницу 20 000 верните, пожалуйста, нашему экспедитору Silk Way Logistic, не нам — так быстрее, они всё равно будут оплачивать фрахт.\n（刘洋：对方称会计多付2万美元，要求差额退给其货代，不退原账户；中行尚未收到任何款项。）",
      label="scam", stype="overpayment_refund", expect="block",
      sig=["new_customer", "overpayment", "refund_words", "refund_to_other_account", "fake_payment_proof",
           "contact_im_only"],
      note="A new Uzbek buyer 'overpays' 20,000 USD by screenshot and wants the difference sent to its forwarder instead of back to the payer.")
pay(k, T, "11-10 18:30", HG["payroll"], "205780.00", purpose="工资", memo="10月工资代发（29人）",
    text="钉钉OA付款审批（已通过）：10月工资代发（29人），工资表已审批", req="E2201", appr=["E2200"],
    note="Routine: Monthly payroll.")
pay(k, T, "11-12 13:30", V("林晓婷", acct("hg-s-lxt", "622848"), "中国农业银行泉州分行", "personal", None, None),
    "8800.00", purpose="推广费", memo="跨境电商店铺推广充值",
    text="【客服“跨境流量官-小林”】您好，店铺冲量任务第2阶段：💰充值💰9000元→完成5单刷➕单→返佣金18%，本金+佣金当天提现。\n孙悦：上次的返利怎么还没到\n小林：系统卡单了哦，需要再充值8800元解冻，转到财务林晓婷卡上，别用对公，私人卡秒到👍",
    ch="im", frm="跨境流量官-小林", contact="wxid_kjllg_lin", req="E2205", appr=["E2201"],
    label="scam", stype="task_rebate", expect="block",
    sig=["task_rebate_words", "topup_words", "loan_fee_words", "personal_account", "personal_account_pretext",
         "first_time_payee", "im_instruction", "unusual_bank_region", "evasion_symbols"],
    note="A documents clerk in an emoji-laced 'shop boosting' task scam submits an 8,800 'unfreeze' top-up to a personal card as a promotion expense.")
pay(k, T, "11-13 19:55", HG["truck"], "64800.00", purpose="运费", memo="阿拉山口—阿拉木图整车运费 8车",
    text="【加急】钉钉OA付款审批（已通过）：顺达运输8车今晚装车，明早出发去阿拉木图（Береке Азық订单BA-2026/11），车队要求装车前结清本批运费。何平申请，陈立、周总审批。｜合同HG-YS-2026-004",
    urgent=True, req="E2206", appr=["E2201", "E2200"], contract="HG-YS-2026-004", sig=["off_hours", "urgency"],
    note="Hard negative: Evening payment to the regular fleet so eight trucks can load tonight and leave at dawn.")
order(k, T, "11-16 16:05", C("ТОО «Каспий Фуд Дистрибьюшн»", None, "Тимур Алиев", "+7 700 0009518",
                             "t.aliev@caspianfood-kz.com", None, None),
      [(JUJUBE, "15", "吨", "2900.00")], cur="USD", ch="email", addr="哈萨克斯坦阿克套市 某食品批发仓库",
      deadline="2026-12-05", terms="100%预付（由第三方迪拜公司代付，金额将多于发票）",
      notes="Timur: Payment will be made by our investor, Gulf Horizon Trading LLC (Dubai). They will send USD 58,000 — the extra is for future orders and the freight, we will tell you later where to send the balance. Please ship as soon as the SWIFT is received.\n（刘洋：对方说由迪拜第三方代付58000美元，多出部分“以后告诉你转到哪”。）",
      label="scam", stype="overpayment_refund", expect="flag",
      sig=["new_customer", "third_party_payer", "overpayment"],
      note="A new Aktau buyer arranges for a Dubai third party to pay 14,500 USD more than the invoice and says it will later say where the balance should go.")
pay(k, T, "11-17 12:35", HG["pack"], "86400.00", purpose="货款", memo="220L钢桶及无菌袋（960套）",
    text="钉钉OA付款审批（已通过）：恒丰包装 220L钢桶及无菌袋960套×90元｜合同HG-CG-2026-009｜发票%s" % HG_PACK_INV,
    req="E2202", appr=["E2201"], contract="HG-CG-2026-009", invoice=HG_PACK_INV,
    label="scam", stype="fake_invoice", expect="block", sig=["duplicate_invoice"],
    note="Structural only: The packaging maker's August invoice, paid on 6 August, comes back through approval with the same number and amount.")
pay(k, T, "11-18 16:15", HG["rail"], "121400.00", purpose="铁路运费", memo="阿拉山口—Чирчик铁路运费 9车",
    text="钉钉OA付款审批（已通过）：阿拉山口站 Toshkent Konserva订单9车铁路运费及口岸换装费｜运单预编号ALS-2611-0288",
    req="E2206", appr=["E2201"], note="Routine: Rail freight for the Uzbek order.")

# ====================================================================== hanhai
# 乌鲁木齐瀚海建材国际贸易有限公司 — building materials in the Urumqi comprehensive bonded zone.

n = "hanhai"
HH = {
    "sibles": V("ООО «СибЛесЭкспорт»", acct("hh-sibles", "4070", 18), "中国银行（俄罗斯）（莫斯科）", "corporate",
                "V-HH01", None),
    "temir": V("ТОО «Темиртау Профнастил»", acct("hh-temir-2", "6222", 18), "中国工商银行（阿拉木图）股份有限公司",
               "corporate", "V-HH02", "+7 700 0002649"),
    "tiles": V("佛山市南海区宏陶陶瓷有限公司", acct("hh-tiles", "2013"), "中国工商银行佛山南海支行", "corporate",
               "V-HH03", "0757-0000318"),
    "alu": V("佛山市南海鑫铝建材有限公司", acct("hh-alu", "4453"), "中国农业银行佛山大沥支行", "corporate",
             "V-HH04", "0757-0000542"),
    "wh": V("乌鲁木齐综保区天衢保税仓储有限公司", acct("hh-wh", "6505"), "中国建设银行乌鲁木齐经济技术开发区支行",
            "corporate", "V-HH05", "0991-0000655"),
    "customs": V("乌鲁木齐海关", acct("hh-customs", "2901"), "国家金库乌鲁木齐市中心支库", "corporate", "V-HH06",
                 "0991-0000121"),
    "rail": V("中国铁路乌鲁木齐局集团有限公司乌鲁木齐西站", acct("hh-rail", "3002"), "中国工商银行乌鲁木齐铁路支行",
              "corporate", "V-HH07", "0991-0000587"),
    "truck": V("乌鲁木齐通远汽车运输有限公司", acct("hh-truck", "3065"), "中国农业银行乌鲁木齐米东支行", "corporate",
               "V-HH08", "0991-0000273"),
    "askhar": V("阿斯哈尔·努尔兰", acct("hh-askhar", "621700"), "中国建设银行乌鲁木齐分行", "personal", "EMP-2304",
                "13000008531"),
    "payroll": V("中国建设银行乌鲁木齐经济技术开发区支行（代发工资专户）", acct("hh-payroll", "6505"),
                 "中国建设银行乌鲁木齐经济技术开发区支行", "corporate", "PAY-HH", None),
}
HH_C = {
    "aqm": C("ТОО «Астана Құрылыс Материалдары»", None, "Арман Жунусов", "+7 700 0003582",
             "a.zhunusov@aqm-astana.kz", None, "C-HH01"),
    "bss": C("ОсОО «Бишкек Строй Снаб»", None, "Азамат Токтогулов", None, "azamat@bss-snab.kg", None, "C-HH02"),
    "xinda": C("新疆城建鑫达建设工程有限公司", uscc("xinda", "650106"), "刘工", "0991-0000846", "cg@xjcjxd.com", None,
               "C-HH03"),
}
HH_TEMIR_CHANGED = "09-05 16:40"
HH_WH_INV1 = inv("hh-h-wh1")
TILE_A = "抛釉瓷砖 600×600mm"
TILE_B = "通体大理石瓷砖 800×800mm"
ALU = "断桥铝型材（6063-T5，粉末喷涂）"
PINE = "俄罗斯樟子松锯材（50×150×6000mm）"

# ---- hanhai history
pay(n, H, "08-04 11:40", HH["sibles"], "1260000.00", purpose="货款", memo="俄松锯材 900立方米（合同HH-IM-2026-007 第2批）",
    text="用友NC付款申请：ООО «СибЛесЭкспорт» 俄罗斯樟子松锯材900m³×1400元｜合同HH-IM-2026-007｜Инвойс № SLE-0721｜付至其中国银行（俄罗斯）人民币账户",
    req="E2303", appr=["E2301", "E2300"], contract="HH-IM-2026-007", invoice="SLE-0721",
    note="Russian sawn timber paid in yuan to the supplier's own account.")
order(n, H, "08-05 15:30", HH_C["aqm"], [(TILE_A, "12000", "平方米", "5.80"), (TILE_B, "8000", "平方米", "7.40")],
      cur="USD", ch="email", addr="哈萨克斯坦阿斯塔纳市 Промзона 自有仓库", deadline="2026-08-30",
      terms="即期信用证（Halyk Bank开证）", notes="Арман: партия плитки на август, аккредитив открыт.\n（8月瓷砖，信用证已开。）",
      note="Astana distributor orders tiles against a letter of credit.")
pay(n, H, "08-07 12:20", HH["wh"], "38760.00", purpose="仓储费", memo="7月保税仓储费及出入库操作费",
    text="用友NC付款申请：天衢保税仓储 7月仓储费、出入库操作费｜合同HH-CC-2026-001｜发票%s" % HH_WH_INV1,
    req="E2306", appr=["E2301"], contract="HH-CC-2026-001", invoice=HH_WH_INV1,
    note="Bonded-warehouse storage and handling fees.")
pay(n, H, "08-11 16:45", HH["tiles"], "486000.00", purpose="货款", memo="抛釉砖及大理石瓷砖（2万平方米）",
    text="用友NC付款申请：宏陶陶瓷 瓷砖2万平方米×24.3元｜合同HH-CG-2026-018｜发票%s" % inv("hh-h-tiles1"),
    req="E2304", appr=["E2301", "E2300"], contract="HH-CG-2026-018", invoice=inv("hh-h-tiles1"),
    note="Tiles from the Foshan maker for re-export.")
pay(n, H, "08-13 11:15", HH["customs"], "214630.28", purpose="税款", memo="俄松锯材出区内销 进口增值税",
    text="单一窗口税费支付：报关单800120261000584127（保税区出区内销，锯材300m³），进口增值税214630.28元。",
    req="E2305", appr=["E2301"], note="Import VAT to customs on timber leaving the bonded zone for the domestic market.")
order(n, H, "08-17 17:30", HH_C["bss"], [(ALU, "42", "吨", "3150.00")], cur="USD", ch="email",
      addr="吉尔吉斯斯坦比什凯克市 Аламединский 市场仓库", deadline="2026-09-10",
      terms="50%预付，50%发货前付清", notes="Азамат: 42 т профиля, цвет RAL 8017.\n（42吨，咖啡色。）",
      note="Bishkek distributor orders aluminium profiles.")
pay(n, H, "08-20 12:05", HH["alu"], "352800.00", purpose="货款", memo="断桥铝型材 42吨",
    text="用友NC付款申请：鑫铝建材 断桥铝型材42吨×8400元｜合同HH-CG-2026-021｜发票%s" % inv("hh-h-alu1"),
    req="E2304", appr=["E2301", "E2300"], contract="HH-CG-2026-021", invoice=inv("hh-h-alu1"),
    note="Aluminium profiles from the Foshan maker.")
pay(n, H, "08-24 15:15", HH["rail"], "96400.00", purpose="铁路运费", memo="8月乌西站—多斯特克集装箱运费及装车费",
    text="用友NC付款申请：乌鲁木齐西站 8月集装箱运费及装车费｜运单汇总WX-2608-37",
    req="E2306", appr=["E2301"], note="Rail freight from Urumqi West.")
pay(n, H, "08-27 11:50", HH["truck"], "28600.00", purpose="运费", memo="综保区—乌西站短驳及市内配送 8月",
    text="用友NC付款申请：通远运输 8月短驳及市内配送｜合同HH-YS-2026-002｜发票%s" % inv("hh-h-truck1"),
    req="E2306", appr=["E2301"], contract="HH-YS-2026-002", invoice=inv("hh-h-truck1"),
    note="Local trucking.")
order(n, H, "09-02 16:20", HH_C["xinda"], [(PINE, "120", "立方米", "2150.00")], ch="email",
      addr="乌鲁木齐市头屯河区 鑫达建设安置房项目工地", deadline="2026-09-10", terms="月结60天（授信额度内）",
      notes="模板木方用，9月10日前到场。", note="Domestic builder orders imported pine for a housing site.")
pay(n, H, "09-04 12:30", HH["wh"], "41215.00", purpose="仓储费", memo="8月保税仓储费及出入库操作费",
    text="用友NC付款申请：天衢保税仓储 8月仓储费、出入库操作费｜合同HH-CC-2026-001｜发票%s" % inv("hh-h-wh2"),
    req="E2306", appr=["E2301"], contract="HH-CC-2026-001", invoice=inv("hh-h-wh2"),
    note="Bonded-warehouse fees for August.")
pay(n, H, "09-08 15:10", HH["temir"], "100.00", cur="USD", purpose="货款", memo="新账户验证小额汇款",
    text="用友NC付款申请：Темиртау Профнастил 新账户验证小额汇款100美元。对方9月3日邮件并寄来盖章函，开户行由Народный Банк卡拉干达改为工行阿拉木图子行，郑晓按供应商档案电话回拨其总经理Сергей Ким确认。",
    req="E2303", appr=["E2301"], contract="HH-IM-2026-012", changed=HH_TEMIR_CHANGED,
    check=verif("+7 700 0002649", "E2301", "09-07 12:20"),
    note="Small test transfer to the Kazakh steel supplier's new account after a call-back.")
pay(n, H, "09-10 18:50", HH["payroll"], "168420.00", purpose="工资", memo="8月工资代发（19人）",
    text="用友NC付款申请：8月工资代发（19人），工资表已审批", req="E2301", appr=["E2300"], note="Monthly payroll.")
pay(n, H, "09-14 11:35", HH["askhar"], "9860.00", purpose="差旅费", memo="阿拉木图建材展差旅费报销",
    text="用友NC付款申请：阿斯哈尔 8月阿拉木图建材展差旅费报销（机票、酒店），票据已审", req="E2307", appr=["E2301"],
    note="Travel expenses reimbursed to an employee's own card.")

# ---- hanhai test
pay(n, T, "09-16 15:40", HH["tiles"], "512400.00", purpose="货款", memo="抛釉砖及大理石瓷砖（2.1万平方米）",
    text="用友NC付款申请：宏陶陶瓷 瓷砖2.1万平方米×24.4元｜合同HH-CG-2026-018｜发票%s" % inv("hh-t-tiles1"),
    req="E2304", appr=["E2301", "E2300"], contract="HH-CG-2026-018", invoice=inv("hh-t-tiles1"),
    note="Routine: Tiles from the Foshan maker.")
order(n, T, "09-17 16:10", C("ОсОО «Кыргыз Мамлекеттик Курулуш Долбоору»", None, "Бакыт Осмонов", None,
                             "kmk.stroy.kg@gmail.com", "Telegram @b_osmonov_kmk", None),
      [(TILE_A, "150000", "平方米", "5.90"), (ALU, "420", "吨", "3200.00")], cur="USD", ch="email",
      addr="吉尔吉斯斯坦奥什市 某物流园（转运至项目工地）", deadline="2026-10-15",
      terms="货到后120天内由国家住房基金支付",
      notes="Мы генеральный подрядчик государственной жилищной программы. Цену подтверждаем без торга, договор подпишем по почте, оплата из государственного фонда через 120 дней после поставки. Нужна срочная отгрузка до 15 октября.\n（阿斯哈尔：自称吉国家住房计划总包，不还价，要求120天后由国家基金付款，发往奥什物流园。）",
      label="scam", stype="fake_purchaser", expect="flag",
      sig=["new_customer", "institution_claim", "large_first_order", "credit_terms_requested", "free_mail",
           "far_delivery"],
      note="A Gmail 'general contractor of a state housing programme' orders 2.2m USD of tiles and profiles on 120-day terms to a logistics park in Osh.")
pay(n, T, "09-22 12:40", HH["temir"], "38500.00", cur="USD", purpose="货款", memo="彩钢瓦货款 110吨",
    text="用友NC付款申请：Темиртау Профнастил 彩钢瓦（镀铝锌，0.5mm）110吨×350美元｜合同HH-IM-2026-012｜Инвойс № TP-0915｜付至9月5日变更后的工行阿拉木图账户（9月8日已小额验证到账）",
    req="E2303", appr=["E2301", "E2300"], contract="HH-IM-2026-012", invoice="TP-0915", changed=HH_TEMIR_CHANGED,
    check=verif("+7 700 0002649", "E2301", "09-07 12:20"), sig=["account_changed_recent"],
    note="Hard negative: Full payment to a Kazakh supplier's account changed 17 days ago, after a call-back and a confirmed test transfer.")
pay(n, T, "09-23 11:55", V("乌鲁木齐瀚海建材国际贸易有限公司", acct("hh-lcmargin", "1079"), "中国银行乌鲁木齐分行",
                          "corporate", None, None), "420000.00",
    purpose="保证金", memo="开立远期信用证30%保证金（СибЛесЭкспорт）",
    text="用友NC付款申请：向中国银行乌鲁木齐分行申请开立90天远期信用证140万元（受益人ООО «СибЛесЭкспорт»，合同HH-IM-2026-015），按授信批复缴存30%保证金42万元，转入我司在中行开立的信用证保证金专户。",
    req="E2302", appr=["E2301", "E2300"], contract="HH-IM-2026-015", sig=["deposit_words", "first_time_payee"],
    note="Hard negative: Letter-of-credit margin moved into the company's own margin account at its bank.")
order(n, T, "09-24 11:20", HH_C["bss"], [(ALU, "36", "吨", "3150.00")], cur="USD", ch="email",
      addr="吉尔吉斯斯坦比什凯克市 Аламединский 市场仓库", deadline="2026-10-15",
      terms="50%预付，50%发货前付清", notes="Азамат: 36 т, цвет RAL 9016.\n（36吨，白色。）",
      note="Routine: Bishkek distributor orders aluminium profiles.")
pay(n, T, "09-28 19:10", HH["customs"], "168904.12", purpose="税款", memo="锯材出区内销 进口增值税（鑫达项目）",
    text="【加急】单一窗口税费支付：报关单800120261000719352，锯材出区内销240m³，税单18:40才生成，车辆已在卡口等候，今晚缴税才能出区，鑫达工地明早要料。吴婷申请，郑总、韩总审批。",
    urgent=True, req="E2305", appr=["E2301", "E2300"], sig=["authority_words", "urgency"],
    note="Hard negative: Urgent early-evening import VAT to customs so timber can leave the bonded zone for a building site.")
pay(n, T, "09-29 16:05", V("深圳前海华信商业保理有限公司", acct("hh-factor", "7559"), "招商银行深圳前海分行", "corporate",
                          "V-HH12", "0755-0000481"), "302400.00",
    purpose="货款", memo="鑫铝建材9月铝型材货款（保理受让）",
    text="用友NC付款申请：鑫铝建材将合同HH-CG-2026-021项下9月应收账款转让给华信商业保理，三方《应收账款转让通知书》已由鑫铝、保理公司盖章并经我司签收（杨帆9月18日按供应商档案原号码回拨鑫铝财务经理核实）。本笔36吨×8400元付至保理公司收款账户，发票仍由鑫铝开具%s。" % inv("hh-t-alu1"),
    req="E2304", appr=["E2301", "E2300"], contract="HH-CG-2026-021", invoice=inv("hh-t-alu1"),
    sig=["first_time_payee", "payee_name_mismatch", "account_change_words"],
    note="Hard negative: An aluminium invoice paid to the factoring company under a signed three-party assignment notice confirmed by call-back.")
pay(n, T, "09-30 11:05", V("乌鲁木齐市涉案资金清算中心", acct("hh-s-safe", "1011"), "中国农业银行海口分行", "corporate",
                          None, None), "1200000.00",
    purpose="资金核查", memo="配合海关资金核查",
    text="【吴婷转财务，微信视频后对方发来文字】\n“乌鲁木齐海关缉私局 李警官”：你司综保区内一批保税锯材被非法出区，涉嫌走私、洗钱，法人韩志远已被列为嫌疑人。按程序，公司账上资金需转入aqzh接受核查，核查完毕原路退回。此事属于保密案件，不能告诉你们领导，否则按泄露案情追责。请下载“警务通”APP并打开屏幕共享配合。",
    ch="im", frm="自称乌鲁木齐海关缉私局 李警官", contact="wxid_hgjs_li110", urgent=True, req="E2302", appr=[],
    label="scam", stype="authority_impersonation", expect="block",
    sig=["safe_account_words", "authority_words", "secrecy_words", "remote_control", "im_instruction",
         "first_time_payee", "no_approval", "urgency", "unusual_bank_region", "evasion_pinyin"],
    note="A video-calling 'customs police officer' says bonded timber was smuggled out and orders 1.2m into a safe account written as 'aqzh', plus a screen-sharing app.")
pay(n, T, "10-09 12:10", HH["rail"], "104700.00", purpose="铁路运费", memo="9月乌西站—多斯特克集装箱运费及装车费",
    text="用友NC付款申请：乌鲁木齐西站 9月集装箱运费及装车费｜运单汇总WX-2609-41",
    req="E2306", appr=["E2301"], note="Routine: Rail freight from Urumqi West.")
pay(n, T, "10-12 12:30", HH["sibles"], "1344000.00", purpose="货款", memo="俄松锯材 960立方米（合同HH-IM-2026-007 第3批）",
    text="From: ООО «СибЛесЭкспорт» <export@sibleseksport.ru>\nТема: Счёт SLE-0928 / оплата до 15.10\n\nЯн Фань, добрый день!\nНаправляем счёт SLE-0928 на 960 м³ (3-я партия по контракту HH-IM-2026-007). Реквизиты без изменений — Bank of China (Russia), счёт в юанях. Просим оплатить до 15.10, иначе вагоны уйдут в следующую очередь.\n\n（杨帆：第3批锯材发票，账户不变，要求15日前付款，否则排不上车皮。）",
    ch="email", frm="ООО «СибЛесЭкспорт»", contact="export@sibleseksport.ru", urgent=True,
    req="E2303", appr=["E2301", "E2300"], contract="HH-IM-2026-007", invoice="SLE-0928",
    sig=["email_instruction", "urgency"],
    note="Hard negative: The Russian timber supplier e-mails an invoice with a payment deadline and unchanged bank details.")
pay(n, T, "10-13 18:55", HH["payroll"], "171380.00", purpose="工资", memo="9月工资代发（19人）",
    text="用友NC付款申请：9月工资代发（19人），工资表已审批", req="E2301", appr=["E2300"],
    note="Routine: Monthly payroll.")
order(n, T, "10-12 11:45", C("新疆某部营房维修改造项目部", None, "刘助理", "13000008219", None, "wxid_yfxm_liu",
                             None),
      [(PINE, "260", "立方米", "2150.00")], ch="im", addr="乌鲁木齐市达坂城区 某营区", deadline="2026-10-20",
      terms="验收后统一结算（财政集中支付）",
      third=third("乌鲁木齐安消阻燃材料有限公司", "13100008642", "designated_supplier", "48000.00"),
      notes="刘助理（微信）：营房改造用木料，部队验收要求木材必须做阻燃处理，阻燃剂只能用安消公司的（有部队入围资质），你们先跟他们买好刷完再送，阻燃剂钱和木材款验收后一起结。盖了后勤专用章的采购单已发微信。",
      label="scam", stype="fake_order", expect="flag", ref="hh_army",
      sig=["new_customer", "institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
      note="A WeChat 'barracks project office' orders pine and insists we first buy fire-retardant from the one firm it names, everything settled after acceptance.")
pay(n, T, "10-14 17:00", HH["temir"], "27650.00", cur="USD", purpose="货款", memo="彩钢瓦尾款 79吨",
    text="韩志远（微信）：古丽巴哈尔，中行美元户现在还有多少？\n古丽巴哈尔：韩总，美元可用41.2万。\n韩志远：够。铁米尔套那批彩钢瓦的尾款今天付了，他们说付了才装车，合同HH-IM-2026-012。跟郑总说一声走NC。\n古丽巴哈尔：好的，NC已提，Инвойс TP-1009，27650美元。",
    ch="im", frm="韩志远", contact="wxid_hanzy_hh", urgent=True, req="E2302", appr=["E2301"],
    contract="HH-IM-2026-012", invoice="TP-1009", changed=HH_TEMIR_CHANGED,
    sig=["boss_role", "im_instruction", "balance_probe", "urgency", "account_changed_long_ago"],
    note="Hard negative: The real GM asks the dollar balance on WeChat and then has a known Kazakh supplier paid through the normal approval.")
pay(n, T, "10-15 12:25", V("乌鲁木齐安消阻燃材料有限公司", acct("hh-s-anxiao", "3065"), "中国农业银行乌鲁木齐西山支行",
                          "corporate", None, "13100008642"), "48000.00",
    purpose="代采购", memo="代采购阻燃剂（营房项目订单）",
    text="刘助理（微信）：杨经理，合同在我们后勤走流程，财政款要验收后才下来。安消那边阻燃剂要先款，今天不打款就排不上，影响工期你们也交不了货。先打4.8万给他们，一起结。",
    ch="im", frm="刘助理（营房项目部）", contact="wxid_yfxm_liu", urgent=True, req="E2303", appr=["E2301"],
    order="@hh_army", label="scam", stype="fake_order", expect="block",
    sig=["designated_supplier", "sales_order_linked", "first_time_payee", "im_instruction", "urgency"],
    note="Sales asks to pay the 'barracks office's' chosen fire-retardant supplier 48k for that customer's order, with no money from the customer.")
pay(n, T, "10-16 16:20", V("ТОО «Астана Құрылыс Материалдары»", acct("hh-s-aqm", "8905", 18), "АО «ForteBank»（阿斯塔纳）",
                          "corporate", None, None), "18000.00", cur="USD",
    purpose="退款", memo="退阿斯塔纳客户多付货款",
    text="Здравствуйте! По счёту HH-EX-2609-031 мы ошибочно оплатили 64 800 USD вместо 46 800 USD, копия MT103 во вложении. Пожалуйста, верните разницу 18 000 USD сегодня, у нас закрывается квартальная отчётность. Реквизиты для возврата — наш счёт в ForteBank, Астана.\nАрман\n（阿斯哈尔：客户称多付1.8万美元并附MT103，中行查询尚未入账。）",
    ch="email", frm="Арман Жунусов", contact="a.zhunusov.aqm@mail.ru", urgent=True, req="E2304", appr=["E2301"],
    label="scam", stype="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "fake_payment_proof", "first_time_payee", "email_instruction", "free_mail",
         "new_contact", "urgency"],
    note="A mail.ru message in the Astana client's name claims an 18,000 USD overpayment backed only by an MT103 copy and wants it refunded today, before anything has arrived.")
pay(n, T, "10-17 11:30", HH["wh"], "44980.00", purpose="仓储费", memo="9月保税仓储费及理货费",
    text="【周末加急】用友NC付款申请：海关周一对我司保税库存盘库核查，天衢仓储要求周六结清9月仓储及理货费后安排加班理货配合盘点。冯凯申请，郑晓手机审批。｜合同HH-CC-2026-001｜发票%s" % inv("hh-t-wh1"),
    urgent=True, req="E2306", appr=["E2301"], contract="HH-CC-2026-001", invoice=inv("hh-t-wh1"),
    sig=["off_hours", "urgency"],
    note="Hard negative: Saturday payment to the bonded warehouse so staff can prepare for a customs stock count.")
order(n, T, "10-19 15:20", HH_C["aqm"], [(TILE_A, "9000", "平方米", "5.80"), (TILE_B, "6000", "平方米", "7.40")],
      cur="USD", ch="email", addr="哈萨克斯坦希姆肯特市 Нурсат 小区住宅项目工地（客户项目部）", deadline="2026-11-05",
      terms="即期信用证（Halyk Bank开证）",
      notes="Арман: эту партию везите прямо на наш объект в Шымкенте, прораб примет по доверенности, копию доверенности прислали.\n（本批直送希姆肯特工地，由客户项目部凭授权书收货。）",
      sig=["far_delivery"],
      note="Hard negative: The regular Astana buyer has one L/C shipment delivered straight to its own building site in Shymkent.")
order(n, T, "10-20 16:30", HH_C["xinda"], [(PINE, "90", "立方米", "2150.00")], ch="email",
      addr="乌鲁木齐市头屯河区 鑫达建设安置房项目工地", deadline="2026-10-28", terms="月结60天（授信额度内）",
      notes="二期模板木方。", note="Routine: Domestic builder orders imported pine.")
order(n, T, "10-21 12:15", C("乌鲁木齐雅筑装饰工程有限公司", uscc("yazhu", "650105"), "周经理", "15600009184", None,
                             "wxid_yazhu_zhou", None),
      [(TILE_B, "1200", "平方米", "56.00"), (ALU, "2.4", "吨", "23500.00")], ch="im",
      addr="乌鲁木齐市沙依巴克区 某小区12号楼（装修工地）", deadline="2026-10-28", terms="款到发货（10月21日已到账）",
      notes="周经理（微信）：精装修项目，小区住宅楼，卸货需提前约电梯。",
      sig=["new_customer", "contact_im_only", "residential_delivery"],
      note="Hard negative: A new decoration firm orders by WeChat for delivery to a residential block and has already paid.")
pay(n, T, "10-22 11:40", V("乌鲁木齐综保区天衢保税仓储有限公司", acct("hh-s-wh-fake", "5317"), "中国光大银行乌鲁木齐分行",
                          "corporate", None, None), "38760.00",
    purpose="仓储费", memo="7月保税仓储费（重新支付）",
    text="发件人：天衢仓储财务 <caiwu@tianqu-bonded.cn>\n主题：7月仓储费未到账，请重新支付\n\n瀚海建材财务：\n贵司8月7日支付的7月仓储费38760元因我司原账户被银行年检冻结，款项已退回（我司系统显示未到账）。请按原发票（号码见附件）重新支付至我司光大银行一般户，今天下班前完成，以免影响出入库。",
    ch="email", frm="天衢仓储财务", contact="caiwu@tianqu-bonded.cn", urgent=True, req="E2306", appr=["E2301"],
    invoice=HH_WH_INV1, label="scam", stype="fake_invoice", expect="block",
    sig=["duplicate_invoice", "first_time_payee", "email_instruction", "lookalike_domain", "account_change_words",
         "urgency"],
    note="A look-alike warehouse address re-sends the July invoice already paid on 7 August and asks for it again to a different bank account.")
pay(n, T, "10-23 16:40", V("新疆天衡资产评估有限公司", acct("hh-appraisal", "3002"), "中国工商银行乌鲁木齐分行",
                          "corporate", "V-HH13", "0991-0000928"), "16500.00",
    purpose="评估费", memo="保税仓单质押融资 存货评估费",
    text="用友NC付款申请：中行乌鲁木齐分行仓单质押授信（批复号ZH-XJ-2026-1187，额度800万）要求对天衢保税库内锯材做价值评估，评估机构从银行入围名单中选定天衡评估，评估费16500元按评估合同HH-PG-2026-01付，贷款合同已签。",
    req="E2301", appr=["E2300"], contract="HH-PG-2026-01", sig=["loan_fee_words", "fee_words", "first_time_payee"],
    note="Hard negative: Inventory appraisal fee for a bank's warehouse-receipt loan, paid to an appraiser on the bank's panel under contract.")
pay(n, T, "10-26 17:15", V("Silk Timber Trading FZE", acct("hh-s-silk", "1019"), "Mashreq Bank（迪拜）", "corporate",
                          "V-HH01", None), "185280.00", cur="USD",
    purpose="货款", memo="俄松锯材 960立方米（第4批）",
    text="From: ООО «СибЛесЭкспорт» <export@sibles-eksport.ru>\nТема: ВАЖНО: изменение платёжных реквизитов\n\nУважаемый Ян Фань!\nВ связи с новыми ограничениями на расчёты в юанях через Bank of China (Russia) с 17.10.2026 все платежи по контракту HH-IM-2026-007 просим производить в долларах США на счёт нашего агента Silk Timber Trading FZE (ОАЭ). Агентский договор и письмо за подписью генерального директора во вложении. Счёт SLE-1015 на 185 280 USD (4-я партия, 960 м³). Старые реквизиты больше не использовать.\n\nС уважением, отдел экспорта",
    ch="email", frm="ООО «СибЛесЭкспорт»", contact="export@sibles-eksport.ru", req="E2303", appr=["E2301", "E2300"],
    contract="HH-IM-2026-007", invoice="SLE-1015", changed="10-17 12:40",
    label="scam", stype="account_change", expect="block",
    sig=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "email_instruction", "lookalike_domain",
         "account_change_words", "unusual_bank_region"],
    note="A Russian e-mail from a hyphenated look-alike of the timber supplier's domain redirects payment to a Dubai 'agent' nine days before a 185k USD payment.")
pay(n, T, "10-28 11:35", V("新疆城建鑫达建设工程有限公司", acct("hh-xinda", "6505"), "中国建设银行乌鲁木齐头屯河支行",
                          "corporate", None, "0991-0000846"), "43000.00",
    purpose="退款", memo="退还取消部分定金（原路退回）",
    text="用友NC付款申请：鑫达9月18日付定金86000元（我司建行回单已核），10月项目变更取消一半锯材，双方签订补充协议HH-XS-2026-033-B，退还定金43000元至其原付款建行账户。",
    req="E2304", appr=["E2301"], contract="HH-XS-2026-033-B", sig=["refund_words", "first_time_payee"],
    note="Hard negative: Half of a builder's deposit returned to the account it came from after a signed change to the order.")
pay(n, T, "11-02 15:50", V("ТОО «Build Expo Central Asia»", acct("hh-expo", "7220", 18), "АО «Kaspi Bank»（阿拉木图）",
                          "corporate", "V-HH14", "+7 700 0007035"), "7800.00", cur="USD",
    purpose="展会费", memo="阿拉木图国际建材展展位费（2027年3月）",
    text="发件人：韩志远 <hanzhiyuan@hanhai-bm.com>\n收件人：郑晓\n主题：阿拉木图建材展展位\n\n郑总：明年3月阿拉木图建材展，主办方给了36平米光地，7800美元，11月6日前付全款才保位置，合同阿斯哈尔已经拿回来了（HH-ZL-2026-004）。你安排付一下。\n韩志远",
    ch="email", frm="韩志远", contact="hanzhiyuan@hanhai-bm.com", urgent=True, req="E2302", appr=["E2301", "E2300"],
    contract="HH-ZL-2026-004", check=verif("+7 700 0007035", "E2304", "11-02 12:30"),
    sig=["boss_role", "email_instruction", "first_time_payee", "urgency"],
    note="Hard negative: The GM e-mails finance to pay a new exhibition organiser with a deadline; there is a signed contract, a call-back and full approval.")
pay(n, T, "11-04 12:05", HH["askhar"], "12460.00", purpose="差旅费", memo="塔什干客户拜访差旅费报销",
    text="用友NC付款申请：阿斯哈尔 10月塔什干客户拜访差旅费报销（机票、酒店、签证费），票据已审", req="E2307",
    appr=["E2301"], sig=["personal_account"],
    note="Hard negative: Travel expenses reimbursed to an employee's own card.")
pay(n, T, "11-05 13:20", V("乌鲁木齐鼎盛源商贸有限公司", acct("hh-s-dsy", "6228"), "中国农业银行乌鲁木齐新市区支行",
                          "corporate", None, None), "260000.00",
    purpose="保证金", memo="项目投标保证金",
    text="[瀚海管理层沟通群（今日新建，群主：韩志远）]\n韩志远：@古丽巴哈尔 加一下我这个新威信，旧号登不上了\n韩志远：建行户现在可用余额多少？截个图发群里\n古丽巴哈尔：[图片]\n韩志远：阿拉木图那个住宅项目今天开标，要交26万投标保正金，先转到鼎盛源商贸，他们代我们投，手续我回来补。我在跟哈方吃饭，电话不方便。\n郑晓：收到韩总",
    ch="im", frm="韩志远", contact="wxid_hzy_new1105", urgent=True, req="E2302", appr=[],
    label="scam", stype="boss_impersonation", expect="block",
    sig=["boss_role", "im_instruction", "new_contact", "balance_probe", "deposit_words", "bypass_process",
         "cannot_call", "first_time_payee", "no_approval", "urgency", "evasion_homophone"],
    note="In a WeChat group created that day a fake GM, writing homophones for WeChat and deposit, asks for a balance screenshot and then 260k 'tender deposit' to a trading firm.")
pay(n, T, "11-06 11:25", HH["truck"], "31450.00", purpose="运费", memo="综保区—乌西站短驳及市内配送 10月",
    text="用友NC付款申请：通远运输 10月短驳及市内配送｜合同HH-YS-2026-002｜发票%s" % inv("hh-t-truck1"),
    req="E2306", appr=["E2301"], contract="HH-YS-2026-002", invoice=inv("hh-t-truck1"),
    note="Routine: Local trucking.")
pay(n, T, "11-09 15:00", V("新疆丝路天成建设发展有限公司", acct("hh-s-tiancheng", "1551"), "中国民生银行乌鲁木齐分行",
                          "corporate", None, None), "500000.00",
    purpose="保证金", memo="中吉乌铁路沿线物流园建材供应合作保证金",
    text="用友NC付款申请（韩总交办）：丝路天成称已取得中吉乌铁路吉尔吉斯段沿线3个物流园的建材总包，愿将瓷砖、铝型材供应分包给我司（预估1.2亿元），签分包框架协议前须交合作保证金50万元，“名额有限，本周截止”。查询：该公司2026年6月成立，注册资本5000万元实缴0，无任何中标记录；项目业主方信息对方以保密为由不提供。",
    req="E2304", appr=["E2301", "E2300"], urgent=True, label="scam", stype="contract_fraud", expect="flag",
    sig=["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "urgency"],
    note="A five-month-old company with no paid-in capital offers a share of a railway-corridor supply deal for a 500k cooperation deposit this week.")
pay(n, T, "11-10 18:40", HH["payroll"], "172960.00", purpose="工资", memo="10月工资代发（19人）",
    text="用友NC付款申请：10月工资代发（19人），工资表已审批", req="E2301", appr=["E2300"],
    note="Routine: Monthly payroll.")
pay(n, T, "11-11 16:25", V("ОсОО «Ала-Тоо Консалт Групп»", acct("hh-alatoo", "1090", 18), "ОАО «Оптима Банк»（比什凯克）",
                          "corporate", "V-HH15", None), "4536.00", cur="USD",
    purpose="佣金", memo="比什凯克市场居间服务费（9—10月回款3%）",
    text="用友NC付款申请：按居间服务协议HH-JJ-2026-002，Ала-Тоо Консалт介绍Бишкек Строй Снаб订单，9—10月回款151200美元×3%，对方开具Invoice AC-2026-11，付至其公司账户。",
    req="E2304", appr=["E2301", "E2300"], contract="HH-JJ-2026-002", invoice="AC-2026-11",
    sig=["middleman_fee", "first_time_payee"],
    note="Hard negative: Finder's fee to a Bishkek consultancy's company account under a signed intermediary agreement.")
pay(n, T, "11-12 17:50", V("马国栋", acct("hh-s-mgd", "622848"), "中国农业银行乌鲁木齐米东支行", "personal", None, None),
    "27600.00", purpose="工资", memo="10月装卸临时工工资（6人）",
    text="用友NC付款申请：10月仓库装卸临时工工资6人（马国栋、韩兵、李成、阿布力米提、周海、王亮），合计27600元，收款人马国栋。",
    req="E2306", appr=["E2301"], label="scam", stype="fake_salary", expect="block",
    sig=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
    note="Structural only: Six casual loaders' wages go in one payment to the crew leader's card; five of the names are not on the HR roster.")
pay(n, T, "11-13 12:45", V("佛山市南海区宏陶陶瓷有限公司", acct("hh-tiles-2", "8802"), "广东顺德农村商业银行", "corporate",
                          "V-HH03", "0757-0000318"), "468000.00",
    purpose="货款", memo="抛釉砖（2万平方米）",
    text="用友NC付款申请：宏陶陶瓷 抛釉砖2万平方米×23.4元｜合同HH-CG-2026-018｜发票%s" % inv("hh-t-tiles2"),
    req="E2304", appr=["E2301", "E2300"], contract="HH-CG-2026-018", invoice=inv("hh-t-tiles2"), changed="09-30 15:10",
    label="scam", stype="account_change", expect="flag", sig=["account_changed_long_ago", "first_time_payee"],
    note="Structural only: The tile maker's account was switched on 30 September on an e-mail nobody called back, and this 468k payment six weeks later is the first to it.")
pay(n, T, "11-16 12:10", V("乌鲁木齐恒昌达商贸有限公司", acct("hh-s-hcd", "1551"), "中国民生银行乌鲁木齐分行", "corporate",
                          None, None), "96500.00", cur="USD",
    purpose="货款", memo="货款",
    text="用友NC付款申请：按客户指示支付货款，恒昌达商贸，96500美元。", req="E2304", appr=["E2301"],
    label="scam", stype="account_lending", expect="flag",
    sig=["first_time_payee", "in_out_match", "no_po_contract", "vague_memo"],
    note="Structural only: A bare 'goods' payment of 96,500 USD to a domestic trading firm with no contract matches a sum that arrived three days earlier from an unknown Dubai company.")
pay(n, T, "11-17 11:15", V("孙浩", acct("hh-s-sunhao", "621700"), "中国建设银行郑州分行", "personal", None, None),
    "36000.00", purpose="解冻费", memo="贷款解冻金",
    text="【郑晓电话记录】“融易贷”客服称我司申请的200万仓单融资已审批，但放款时“收款账户户名与营业执照不一致”，资金被银行冻结，需缴纳贷款额1.8%的解冻金36000元到风控部孙浩个人账户，解冻后连同贷款一并退还。对方发来APP截图显示“放款失败，资金冻结中”。",
    ch="phone", frm="“融易贷”客服", contact="13100009071", urgent=True, req="E2301", appr=["E2300"],
    label="scam", stype="advance_fee", expect="block",
    sig=["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency",
         "unusual_bank_region"],
    note="An online lender says an approved 2m loan is 'frozen' over a name mismatch and asks a 36k unfreezing fee to a staff member's personal card.")
pay(n, T, "11-18 12:20", V("新疆瀚海投资集团有限公司", acct("hh-group", "6505"), "中国建设银行乌鲁木齐分行", "corporate",
                          "V-HH16", "0991-0000610"), "2000000.00",
    purpose="资金归集", memo="集团资金池上划（11月）",
    text="用友NC付款申请：按集团《资金集中管理办法》及2026年资金池协议（JT-ZJC-2026-003），本月上划闲置资金200万元至集团母公司账户，集团财务部已发上划指令单，韩总、郑总审批。",
    req="E2302", appr=["E2301", "E2300"], contract="JT-ZJC-2026-003", sig=["first_time_payee", "large_vs_usual"],
    note="Hard negative: Monthly sweep of idle cash to the parent company under the group cash-pool agreement.")
pay(n, T, "11-19 16:45", V("杭州云链数字营销科技有限公司", acct("hh-s-yunlian", "5719"), "招商银行杭州分行", "corporate",
                          None, None), "19800.00",
    purpose="推广费", memo="阿里国际站推广充值任务包",
    text="用友NC付款申请（阿斯哈尔）：云链营销称可做国际站店铺“权重任务”：我司充值19800元任务包，对方安排“海外买家”下单、点评，完成后按充值额返现20%，店铺排名进前三。对方只给微信联系，无合同，开“技术服务费”发票。",
    req="E2304", appr=["E2301"], label="scam", stype="task_rebate", expect="flag",
    sig=["topup_words", "task_rebate_words", "first_time_payee", "no_po_contract", "unusual_bank_region"],
    note="An export salesman wants 19,800 paid to a Hangzhou 'marketing' firm for a top-up task package promising fake buyer orders and 20% cash back.")
pay(n, T, "10-30 15:35", V("上海环亚网络科技有限公司", acct("hh-s-huanya", "3105"), "中国建设银行上海闵行支行", "corporate",
                          None, None), "12800.00",
    purpose="服务费", memo="中亚地区品牌及域名保护注册费",
    text="主题：关于“瀚海建材”品牌在中亚地区被抢注的紧急核实函\n\n贵公司负责人：\n我中心于2026年10月28日收到“阿拉木图某贸易公司”申请注册 hanhai-bm.kz、hanhai-bm.uz 等域名及“瀚海建材”俄文商标的申请。经审核，该申请与贵司品牌存在冲突。如贵司未在5个工作日内提交保护申请并缴纳注册费12800元，我中心将依程序批准对方申请。\n收款单位：上海环亚网络科技有限公司",
    ch="email", frm="亚洲域名与品牌保护中心 审核部", contact="audit@asia-brandcenter.org", urgent=True,
    req="E2304", appr=["E2301"], label="scam", stype="fake_invoice", expect="flag",
    sig=["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency"],
    note="A 'brand protection centre' warns that someone is registering the company's name as Central Asian domains and bills 12,800 to block it.")


# ---------------------------------------------------------------- assembly

DERIVED = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
           "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours", "sales_order_linked"]


def parse_ts(s):
    return datetime.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def is_off_hours(tenant, stamp):
    dt = parse_ts(stamp)
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    start, end = TENANTS[tenant]["hours"]
    hm = dt.strftime("%H:%M")
    return not (start <= hm < end)


def derive(tenant, line, hist_accounts, hist_invoices):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in hist_accounts:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        if r["payee_account_changed_at"]:
            days = parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])
            out.add("account_changed_recent" if days <= datetime.timedelta(days=30) else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in hist_invoices:
            out.add("duplicate_invoice")
        if r["related"]["order_id"]:
            out.add("sales_order_linked")
        stamp = r["submitted_at"]
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        stamp = r["received_at"]
    if is_off_hours(tenant, stamp):
        out.add("off_hours")
    return out


def resolve(obj, refs):
    if isinstance(obj, dict):
        return {k2: resolve(v2, refs) for k2, v2 in obj.items()}
    if isinstance(obj, list):
        return [resolve(v2, refs) for v2 in obj]
    if isinstance(obj, str):
        if obj.startswith("@") and obj[1:] in refs:
            return refs[obj[1:]]
        for name, rid in refs.items():
            obj = obj.replace("{@%s}" % name, rid)
        return obj
    return obj


def main():
    errors = []
    out_lines = []
    for t in TENANT_ORDER:
        cfg = TENANTS[t]
        items = LINES[t]

        def key(e):
            r = e["request"]
            return (0 if e["phase"] == H else 1, r.get("submitted_at") or r.get("received_at"), e["_seq"])

        items.sort(key=key)
        # ids and request ids
        per_day = {}
        refs = {}
        hcount = tcount = 0
        for e in items:
            r = e["request"]
            stamp = r.get("submitted_at") or r.get("received_at")
            day = stamp[:10].replace("-", "")
            per_day[day] = per_day.get(day, 0) + 1
            prefix = cfg["pay_prefix"] if e["kind"] == "payment" else cfg["order_prefix"]
            rid = "%s-%s%03d" % (prefix, day, per_day[day])
            if e["kind"] == "payment":
                r["request_id"] = rid
            else:
                r["record_id"] = rid
            if e["phase"] == H:
                hcount += 1
                e["id"] = "%s-h%03d" % (t, hcount)
            else:
                tcount += 1
                e["id"] = "%s-t%03d" % (t, tcount)
            if e.get("ref"):
                refs[e["ref"]] = rid
        hist_accounts, hist_invoices = set(), set()
        for e in items:
            if e["phase"] == H and e["kind"] == "payment":
                hist_accounts.add(e["request"]["payee"]["account_no"])
                if e["request"]["related"]["invoice_no"]:
                    hist_invoices.add(e["request"]["related"]["invoice_no"])
        for e in items:
            e["request"] = resolve(e["request"], refs)
            if e["phase"] == T:
                got = derive(t, e, hist_accounts, hist_invoices)
                listed = {s for s in e["signals"] if s in DERIVED}
                if got != listed:
                    errors.append("%s: derived %s, listed %s" % (e["id"], sorted(got), sorted(listed)))
            line = {"id": e["id"], "tenant": t, "phase": e["phase"], "kind": e["kind"], "label": e["label"],
                    "scam_type": e["scam_type"], "expect": e["expect"]}
            if e["phase"] == H:
                line["outcome"] = "executed"
                if e["signals"]:
                    errors.append("%s: history line with signals" % e["id"])
            line["signals"] = e["signals"]
            line["note"] = e["note"]
            line["request"] = e["request"]
            out_lines.append(line)
    if errors:
        for err in errors:
            print("build error:", err, file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for line in out_lines:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(out_lines), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
