#!/usr/bin/env python3
"""Build tests/holdout19/holdout19.jsonl.

Independent labelled replay corpus for fraudscreen (format: shared/corpus/README.md).
Three fictitious firms in Xinjiang industrial parks:

  hongchun  新疆准东鸿醇煤化工有限公司  coal-to-methanol plant, Zhundong (0994)
  qingfu    霍城清馥香料有限公司        lavender essential-oil producer, Huocheng (0999)
  lianshi   鄯善炼石硅业有限公司        silicon-metal smelter, Shanshan (0995)

Python 3.11 standard library only; deterministic (no clock, no randomness: every
account, invoice and credit-code number is derived from a fixed key with SHA-256).
Each scenario is one block of code.  Lines are sorted per tenant (history first,
then test, each chronological); request/record ids are assigned after sorting.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "holdout19.jsonl"))

# --------------------------------------------------------------------------- helpers


def _h(key):
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)


def digits(key, n):
    return str(_h(key) % (10 ** n)).zfill(n)


def acct(key, prefix, length):
    """Fictitious account number: fixed prefix + hash digits, 16-19 digits in all."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def inv(key):
    """Fictitious 20-digit fully-digital e-invoice (数电票) number."""
    return "2665" + digits("inv:" + key, 16)


def wx(key):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    n = _h("wx:" + key)
    s = ""
    for _ in range(14):
        n, r = divmod(n, 36)
        s += alphabet[r]
    return "wxid_" + s


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(key, region, kind="91"):
    """Unified social credit code (GB 32100-2015) with valid check characters.

    kind: 91 enterprise, 92 sole trader, 93 farmers' co-operative, 81 trade union.
    The 9-character organisation code carries its own GB 11714 check character.
    """
    n = _h("uscc:" + key)
    body = "MA"
    for _ in range(6):
        n, r = divmod(n, 31)
        body += USCC_CHARS[r]
    s = sum(ORG_W[i] * (int(c) if c.isdigit() else ord(c) - 55) for i, c in enumerate(body))
    c9 = 11 - s % 11
    body += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    code17 = kind + region + body
    assert len(code17) == 17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    c = 31 - s % 31
    return code17 + USCC_CHARS[0 if c == 31 else c]


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(s):
    """'2026-09-15 11:40' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


def vendor(name, account_no, bank, vid, phone=None, account_type="corporate"):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vid, "phone": phone}


def person(name, account_no, bank, phone=None):
    return vendor(name, account_no, bank, None, phone, "personal")


def newpayee(name, account_no, bank, phone=None, vid=None, account_type="corporate"):
    return vendor(name, account_no, bank, vid, phone, account_type)


def cust(name, credit_code, contact, phone, email=None, im=None, cid=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact,
            "phone": phone, "email": email, "im_id": im, "customer_id": cid}


def item(product, qty, unit, price):
    return {"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)}


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def verified(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(at)}


# --------------------------------------------------------------------------- tenants


class Tenant:
    def __init__(self, tid, prefix, payer_account, payer_name, erp):
        self.tid = tid
        self.prefix = prefix
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self.erp = erp
        self.lines = []

    def erp_text(self, memo, short, contract=None, invoice=None, extra=None):
        s = f"{self.erp}：{memo}｜{short}"
        if contract:
            s += f"｜合同{contract}"
        if invoice:
            s += f"｜发票{invoice}"
        if extra:
            s += f"｜{extra}"
        return s

    def _add(self, phase, kind, at, req, label, scam_type, expect, signals, note, key):
        line = {"id": None, "tenant": self.tid, "phase": phase, "kind": kind,
                "label": label, "scam_type": scam_type, "expect": expect}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = req
        self.lines.append({"at": at, "key": key, "line": line})

    def pay(self, phase, at, *, payee, amount, purpose, memo, text, by, approvers,
            channel="erp", from_name=None, from_contact=None, urgent=False,
            order_id=None, contract=None, invoice=None, changed_at=None,
            verification=None, scam=None, expect=None, signals=(), note, key=None):
        req = {"request_id": None, "submitted_at": ts(at), "payer": dict(self.payer),
               "payee": dict(payee), "amount": money(amount), "currency": "CNY",
               "purpose": purpose, "memo": memo,
               "instruction": {"channel": channel, "from_name": from_name,
                               "from_contact": from_contact, "text": text, "urgent": urgent},
               "requested_by": by, "approved_by": list(approvers),
               "related": {"order_id": order_id, "contract_id": contract, "invoice_no": invoice},
               "payee_account_changed_at": ts(changed_at) if changed_at else None}
        if verification is not None:
            req["verification"] = verification
        label = "scam" if scam else "legit"
        self._add(phase, "payment", at, req, label, scam,
                  expect or ("flag" if scam else "allow"), signals, note, key)

    def order(self, phase, at, *, customer, items, channel, address, deadline, terms,
              notes, third_party=None, fees=(), scam=None, expect=None, signals=(),
              note, key=None):
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
        req = {"record_id": None, "received_at": ts(at), "customer": dict(customer),
               "items": list(items), "total_amount": money(total), "currency": "CNY",
               "channel": channel, "delivery": {"address": address, "deadline": deadline},
               "payment_terms": terms, "third_party": third_party,
               "fees_requested": list(fees), "notes": notes}
        label = "scam" if scam else "legit"
        self._add(phase, "order", at, req, label, scam,
                  expect or ("flag" if scam else "allow"), signals, note, key)

    def finish(self):
        """Sort, assign line ids and request ids, resolve '@key' order references."""
        rank = {"history": 0, "test": 1}
        self.lines.sort(key=lambda e: (rank[e["line"]["phase"]], e["at"]))
        counters, keymap = {}, {}
        n = {"history": 0, "test": 0}
        for e in self.lines:
            line = e["line"]
            ph = line["phase"]
            n[ph] += 1
            line["id"] = f"{self.tid}-{'h' if ph == 'history' else 't'}{n[ph]:03d}"
            day = e["at"][:10].replace("-", "")
            tag = "FK" if line["kind"] == "payment" else "XS"
            counters[(tag, day)] = counters.get((tag, day), 0) + 1
            rid = f"{self.prefix}-{tag}-{day}{counters[(tag, day)]:03d}"
            field = "request_id" if line["kind"] == "payment" else "record_id"
            line["request"][field] = rid
            if e["key"]:
                keymap[e["key"]] = rid
        for e in self.lines:
            rel = e["line"]["request"].get("related")
            if rel and isinstance(rel.get("order_id"), str) and rel["order_id"].startswith("@"):
                rel["order_id"] = keymap[rel["order_id"][1:]]
        return [e["line"] for e in self.lines]


H, T = "history", "test"

# =========================================================================== hongchun
# 新疆准东鸿醇煤化工有限公司 — 60万吨/年煤制甲醇, 准东经济技术开发区五彩湾产业园.
# Staff: E2100 赵国栋 总经理 · E2101 马文涛 财务经理 · E2102 周立新 会计 ·
#        E2103 古丽娜尔 出纳 · E2110 邓建军 采购主管 · E2120 韩雪峰 销售经理 ·
#        E2130 帕尔哈提 人事专员

hc = Tenant("hongchun", "HC", acct("hc-payer", "306201010400", 17),
            "新疆准东鸿醇煤化工有限公司", "金蝶云星空付款单")

HC_COAL = vendor("新疆五彩湾恒昌煤业有限公司", acct("hc-coal", "650501", 19),
                 "中国建设银行昌吉准东支行", "V-HC01", "0994-0000211")
HC_COAL_CHANGED = "2026-06-22 11:30"          # change keyed in June, verified then
HC_CAT = vendor("成都川西催化材料有限公司", acct("hc-cat", "4402", 19),
                "中国工商银行成都高新支行", "V-HC02", "028-0000436")
HC_FREIGHT = vendor("昌吉州安运危险货物运输有限公司", acct("hc-freight", "8803", 18),
                    "昌吉农村商业银行准东支行", "V-HC03", "0994-0000547")
HC_POWER = vendor("新疆准东能投售电有限公司", acct("hc-power", "306201010400", 17),
                  "中国农业银行昌吉准东支行", "V-HC04", "0994-0000105")
HC_IT = vendor("乌鲁木齐信达网络科技有限公司", acct("hc-it", "3002", 19),
               "中国工商银行乌鲁木齐高新区支行", "V-HC05", "0991-0000672")
HC_TAX = vendor("国家金库准东经济技术开发区支库", acct("hc-tax", "65230000", 17),
                "国家金库准东经济技术开发区支库", "TAX-01", None)

C_HC01 = cust("昌吉州东方甲醛有限公司", uscc("hc-c01", "652301"), "刘经理",
              "0994-0000318", "cg@dfjiaquan.com", None, "C-HC01")
C_HC02 = cust("奎屯北辰化学有限公司", uscc("hc-c02", "654003"), "孟工",
              "0992-0000457", "purchase@beichenchem.cn", None, "C-HC02")
C_HC03 = cust("石河子瀚海化工有限公司", uscc("hc-c03", "659001"), "郭经理",
              "0993-0000562", "guo@hanhaichem.com", None, "C-HC03")
ADDR_HC01 = "昌吉市高新区东方甲醛厂区"
ADDR_HC02 = "奎屯—独山子经济技术开发区北辰化学厂区"
ADDR_HC03 = "石河子市化工新材料产业园瀚海化工厂区"
MEOH = "精甲醇（GB 338 优等品）"

DUP_INVOICE = inv("hc-freight-aug-1")          # paid in August, resubmitted in October

# ---- hongchun history ------------------------------------------------------------

hc.order(H, "2026-08-03 11:20", customer=C_HC01, items=[item(MEOH, 600, "吨", 2260)],
         channel="erp", address=ADDR_HC01, deadline="2026-08-06", terms="款到发货",
         notes="预付款已到账，槽车自提",
         note="Methanol order from the established formaldehyde maker, prepaid.")

hc.pay(H, "2026-08-04 15:40", payee=HC_COAL, amount="1290000.00", purpose="货款",
       memo="原煤款（6000吨）", by="E2102", approvers=["E2110", "E2101"],
       text=hc.erp_text("原煤款（6000吨）", "恒昌煤业", "HC-CG-2026-001", inv("hc-coal-1")),
       from_name="周立新", contract="HC-CG-2026-001", invoice=inv("hc-coal-1"),
       changed_at=HC_COAL_CHANGED,
       note="Coal payment to the regular mine, whose account change dates from June.")

hc.order(H, "2026-08-05 12:10", customer=C_HC02, items=[item(MEOH, 1200, "吨", 2240)],
         channel="email", address=ADDR_HC02, deadline="2026-08-12", terms="月结30天",
         notes="8月计划量，铁路槽车发运",
         note="Monthly methanol order from the established acetic-acid maker on its usual 30-day terms.")

hc.pay(H, "2026-08-06 16:30", payee=HC_FREIGHT, amount="186400.00", purpose="运费",
       memo="8月上旬甲醇槽车运费（准东—奎屯）", by="E2102", approvers=["E2101"],
       text=hc.erp_text("8月上旬甲醇槽车运费（准东—奎屯）", "安运危货", "HC-WL-2026-003", DUP_INVOICE),
       from_name="周立新", contract="HC-WL-2026-003", invoice=DUP_INVOICE,
       note="Tank-truck freight to the regular hazardous-goods carrier.")

hc.pay(H, "2026-08-10 11:05", payee=HC_CAT, amount="480000.00", purpose="货款",
       memo="甲醇合成催化剂进度款（第一期）", by="E2110", approvers=["E2101", "E2100"],
       text=hc.erp_text("甲醇合成催化剂进度款（第一期）", "川西催化", "HC-CG-2026-011", inv("hc-cat-1")),
       from_name="邓建军", contract="HC-CG-2026-011", invoice=inv("hc-cat-1"),
       note="First instalment for methanol-synthesis catalyst to the regular catalyst maker.")

hc.order(H, "2026-08-11 17:20", customer=C_HC03, items=[item(MEOH, 800, "吨", 2250)],
         channel="erp", address=ADDR_HC03, deadline="2026-08-15", terms="款到发货",
         notes="预付款已到账",
         note="Methanol order from the established Shihezi chemical customer, prepaid.")

hc.order(H, "2026-08-13 10:50", customer=C_HC01, items=[item(MEOH, 500, "吨", 2270)],
         channel="erp", address=ADDR_HC01, deadline="2026-08-17", terms="款到发货",
         notes="预付款已到账，槽车自提",
         note="Methanol order from the established formaldehyde maker, prepaid.")

hc.pay(H, "2026-08-17 14:35", payee=HC_IT, amount="28600.00", purpose="服务费",
       memo="ERP云服务器及企业邮箱年费", by="E2102", approvers=["E2101"],
       text=hc.erp_text("ERP云服务器及企业邮箱年费", "信达网络", "HC-FW-2026-014", inv("hc-it-1")),
       from_name="周立新", contract="HC-FW-2026-014", invoice=inv("hc-it-1"),
       note="Annual cloud-server and mailbox fee to the plant's IT provider.")

hc.order(H, "2026-08-18 12:40", customer=C_HC02, items=[item(MEOH, 1000, "吨", 2255)],
         channel="email", address=ADDR_HC02, deadline="2026-08-25", terms="月结30天",
         notes="补充量，铁路槽车发运",
         note="Top-up methanol order from the established acetic-acid maker.")

hc.order(H, "2026-08-21 15:30", customer=C_HC01, items=[item(MEOH, 450, "吨", 2275)],
         channel="erp", address=ADDR_HC01, deadline="2026-08-25", terms="款到发货",
         notes="预付款已到账，槽车自提",
         note="Methanol order from the established formaldehyde maker, prepaid.")

hc.pay(H, "2026-08-20 10:35", payee=HC_TAX, amount="1238460.50", purpose="税款",
       memo="7月增值税及附加", by="E2102", approvers=["E2101"],
       text="电子税务局三方协议扣缴：7月增值税及附加", from_name="周立新",
       note="Monthly VAT by three-party debit to the treasury.")

hc.pay(H, "2026-08-24 15:10", payee=HC_COAL, amount="1161000.00", purpose="货款",
       memo="原煤款（5400吨）", by="E2102", approvers=["E2110", "E2101"],
       text=hc.erp_text("原煤款（5400吨）", "恒昌煤业", "HC-CG-2026-001", inv("hc-coal-2")),
       from_name="周立新", contract="HC-CG-2026-001", invoice=inv("hc-coal-2"),
       changed_at=HC_COAL_CHANGED,
       note="Coal payment to the regular mine, whose account change dates from June.")

hc.order(H, "2026-08-26 11:45", customer=C_HC03, items=[item(MEOH, 700, "吨", 2245)],
         channel="erp", address=ADDR_HC03, deadline="2026-08-31", terms="款到发货",
         notes="预付款已到账",
         note="Methanol order from the established Shihezi chemical customer, prepaid.")

hc.pay(H, "2026-08-28 16:55", payee=HC_POWER, amount="2648300.00", purpose="电费",
       memo="8月电费", by="E2102", approvers=["E2101", "E2100"],
       text=hc.erp_text("8月电费", "准东能投售电", "HC-NY-2026-001", inv("hc-power-1")),
       from_name="周立新", contract="HC-NY-2026-001", invoice=inv("hc-power-1"),
       note="Monthly electricity bill to the park's power retailer.")

hc.order(H, "2026-09-01 11:30", customer=C_HC01, items=[item(MEOH, 550, "吨", 2280)],
         channel="erp", address=ADDR_HC01, deadline="2026-09-04", terms="款到发货",
         notes="预付款已到账，槽车自提",
         note="Methanol order from the established formaldehyde maker, prepaid.")

hc.order(H, "2026-09-08 13:15", customer=C_HC02, items=[item(MEOH, 1100, "吨", 2260)],
         channel="email", address=ADDR_HC02, deadline="2026-09-15", terms="月结30天",
         notes="9月计划量，铁路槽车发运",
         note="Monthly methanol order from the established acetic-acid maker.")

hc.order(H, "2026-09-10 16:05", customer=C_HC03, items=[item(MEOH, 750, "吨", 2275)],
         channel="erp", address=ADDR_HC03, deadline="2026-09-14", terms="款到发货",
         notes="预付款已到账",
         note="Methanol order from the established Shihezi chemical customer, prepaid.")

# ---- hongchun test: routine ------------------------------------------------------

hc.order(T, "2026-09-15 11:40", customer=C_HC01, items=[item(MEOH, 600, "吨", 2290)],
         channel="erp", address=ADDR_HC01, deadline="2026-09-18", terms="款到发货",
         notes="预付款已到账，槽车自提",
         note="Routine: Methanol order from the established formaldehyde maker, prepaid.")

hc.pay(T, "2026-10-14 15:20", payee=HC_FREIGHT, amount="172800.00", purpose="运费",
       memo="9月下旬甲醇槽车运费（准东—奎屯）", by="E2102", approvers=["E2101"],
       text=hc.erp_text("9月下旬甲醇槽车运费（准东—奎屯）", "安运危货", "HC-WL-2026-003", inv("hc-freight-sep")),
       from_name="周立新", contract="HC-WL-2026-003", invoice=inv("hc-freight-sep"),
       note="Routine: Tank-truck freight to the regular hazardous-goods carrier.")

hc.order(T, "2026-10-21 12:05", customer=C_HC02, items=[item(MEOH, 1000, "吨", 2310)],
         channel="email", address=ADDR_HC02, deadline="2026-10-28", terms="月结30天",
         notes="10月计划量，铁路槽车发运",
         note="Routine: Monthly methanol order from the established acetic-acid maker.")

hc.pay(T, "2026-11-03 16:40", payee=HC_POWER, amount="2712900.00", purpose="电费",
       memo="10月电费", by="E2102", approvers=["E2101", "E2100"],
       text=hc.erp_text("10月电费", "准东能投售电", "HC-NY-2026-001", inv("hc-power-oct")),
       from_name="周立新", contract="HC-NY-2026-001", invoice=inv("hc-power-oct"),
       note="Routine: Monthly electricity bill to the park's power retailer.")

hc.order(T, "2026-11-18 11:10", customer=C_HC03, items=[item(MEOH, 800, "吨", 2330)],
         channel="erp", address=ADDR_HC03, deadline="2026-11-23", terms="款到发货",
         notes="预付款已到账",
         note="Routine: Methanol order from the established Shihezi chemical customer, prepaid.")

# ---- hongchun test: scams --------------------------------------------------------

# boss_impersonation — Feishu group created today, AI-cloned voice notes, balance probe.
hc.pay(T, "2026-09-16 18:40",
       payee=newpayee("新疆金泰源煤炭贸易有限公司", acct("hc-jintaiyuan", "3050", 19),
                      "中国民生银行乌鲁木齐分行"),
       amount="860000.00", purpose="预付款", memo="冬季煤炭保供预付款",
       channel="im", from_name="赵国栋（飞书）", from_contact="feishu:ou_7c1e5a0b3d9f4e21",
       text=("【飞书群“鸿醇经营班子（临时）”，今日新建】\n"
             "赵国栋：[语音 0:14]（转文字）小古，账上现在能动的钱有多少？把两个基本户的余额截个图发群里。\n"
             "古丽娜尔：[图片]\n"
             "赵国栋：[语音 0:21]（转文字）冬储煤要抢量，金泰源那边今天必须先付86万预付款锁价，"
             "我在开保供会不方便接电话，你先付，审批我回来补。"),
       urgent=True, by="E2103", approvers=[],
       scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
                "urgency", "boss_role", "first_time_payee", "no_approval"],
       note="In a Feishu group created the same day, AI-cloned voice notes from the 'GM' ask the cashier for a balance screenshot, then order an 860k coal 'lock-in prepayment' to an unknown trader with approval to follow.")

# boss_impersonation — structural only: Saturday night, new contact, private card.
hc.pay(T, "2026-10-17 21:36",
       payee=person("马玉梅", acct("hc-mayumei", "6221", 19), "中国邮政储蓄银行西宁市分行"),
       amount="46500.00", purpose="往来款", memo="往来款",
       channel="im", from_name="赵国栋", from_contact=wx("hc-fake-zhao"),
       text="周会计，这个账户付一下4.65万，谢谢。", urgent=False, by="E2102", approvers=[],
       scam="boss_impersonation",
       signals=["im_instruction", "new_contact", "personal_account", "first_time_payee",
                "no_approval", "off_hours", "vague_memo", "unusual_bank_region"],
       note="Structural only: on a Saturday night a new WeChat contact in the GM's name has the accountant pay 46.5k as 'current account' to a private card in Xining, with no approval and a one-line polite message.")

# account_change — catalyst maker's "Shenzhen settlement account", 'verified' on the
# mobile given in the same e-mail; hyphenated look-alike domain (real one: chuanxicatalyst.com).
HC_CAT_NEW = dict(HC_CAT, account_no=acct("hc-cat-new", "4000", 19), bank="中国工商银行深圳福田支行")
hc.pay(T, "2026-10-13 11:25", payee=HC_CAT_NEW, amount="720000.00", purpose="货款",
       memo="甲醇合成催化剂进度款（第二期）",
       channel="email", from_name="成都川西催化材料有限公司 财务部 林会计",
       from_contact="finance@chuanxi-catalyst.com",
       text=("马经理您好：\n因我司基本户所在支行系统迁移，即日起货款请汇至我司深圳结算中心账户"
             "（工行深圳福田支行，账号见附件《收款账户变更告知函》及数电票备注栏）。"
             "原成都账户将于本月底停用，请勿再汇入。\n如需核实请致电我司财务 15100008247（林会计）。\n"
             "成都川西催化材料有限公司 财务部"),
       by="E2102", approvers=["E2101", "E2100"], contract="HC-CG-2026-011",
       invoice=inv("hc-cat-2"), changed_at="2026-10-12 17:40",
       verification=verified("15100008247", "E2101", "2026-10-13 10:50"),
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region",
                "email_instruction", "lookalike_domain", "account_change_words", "new_contact"],
       note="The catalyst supplier's 'new Shenzhen settlement account' arrives by e-mail from a hyphenated look-alike domain and is echoed in an e-invoice remark; the clerk 'verified' it by calling the mobile given in the same e-mail.")

# account_change — 'collection moved to our subsidiary': a new payee record, so the
# vendor master shows no change at all.  Real carrier domain: anyunwl.cn.
hc.pay(T, "2026-11-05 15:35",
       payee=newpayee("昌吉安运供应链管理有限公司", acct("hc-anyun-sub", "6221", 19),
                      "新疆银行昌吉分行", vid="V-HC09"),
       amount="158200.00", purpose="运费", memo="10月甲醇槽车运费",
       channel="email", from_name="昌吉州安运危险货物运输有限公司 结算部",
       from_contact="jiesuan@anyun-wl.cn",
       text=("韩经理：根据集团安排，自11月起运费统一由子公司昌吉安运供应链管理有限公司收取并开具数电票，"
             "开票信息及收款账户见附件，请按新主体付款，原账户仅用于保证金往来。"),
       by="E2102", approvers=["E2101"], contract="HC-WL-2026-003", invoice=inv("hc-anyun-sub"),
       scam="account_change",
       signals=["email_instruction", "lookalike_domain", "account_change_words",
                "payee_name_mismatch", "first_time_payee"],
       note="An e-mail from a look-alike of the carrier's domain says freight must now go to a 'subsidiary', keyed as a new payee record, so no account change ever shows in the vendor master.")

# fake_salary — structural only: one employee's wage to someone else's card.
hc.pay(T, "2026-10-16 17:50",
       payee=person("李春梅", acct("hc-lichunmei", "6228", 19), "中国农业银行伊宁分行"),
       amount="9860.00", purpose="工资", memo="9月工资 张伟（E2257）",
       text=hc.erp_text("9月工资单笔发放", "张伟（E2257）", extra="收款信息以HR系统为准"),
       from_name="帕尔哈提", by="E2130", approvers=["E2101"],
       scam="fake_salary", expect="block",
       signals=["payee_not_employee", "personal_account", "first_time_payee"],
       note="Structural only: a single-line September wage for employee Zhang Wei goes to a card held by someone else, keyed from an HR record change nobody questioned.")

# fake_salary — 'my card is frozen, pay my digital-RMB wallet' (name matches).
HC_WALLET = acct("hc-aili-wallet", "0029", 16)
hc.pay(T, "2026-11-10 12:20",
       payee=person("艾力·吐尔逊", HC_WALLET, "数字人民币钱包（个人四类钱包）"),
       amount="8420.00", purpose="工资", memo="10月工资补发 艾力·吐尔逊（E2231）",
       channel="im", from_name="艾力·吐尔逊", from_contact=wx("hc-aili-new"),
       text=(f"帕哥，我原来那张工资卡被冻结了，说是涉及电诈流水要去柜台解，这个月工资先打我数字人民币钱包吧，"
             f"钱包编号{HC_WALLET}，名字是我本人的。急用，谢谢🙏"),
       urgent=True, by="E2130", approvers=["E2101"],
       scam="fake_salary",
       signals=["payroll_change", "im_instruction", "new_contact", "personal_account",
                "first_time_payee", "urgency"],
       note="A new WeChat contact using a driver's name asks for his wages to go to an anonymous-tier digital-RMB wallet 'in his own name' because his card is 'frozen', bypassing HR self-service.")

# authority_impersonation — fake anti-fraud centre that itself asks for a transfer.
hc.pay(T, "2026-09-22 10:45",
       payee=newpayee("乌鲁木齐华信融通商贸有限公司", acct("hc-huaxin", "3002", 19),
                      "中国工商银行乌鲁木齐友好路支行"),
       amount="1500000.00", purpose="资金核查", memo="配合反诈中心资金核查，核查后原路退回",
       channel="phone", from_name="自称准东公安分局反诈中心 李警官", from_contact="0994-0000110",
       text=("（电话记录，古丽娜尔整理）对方自称准东公安分局反诈中心李警官，警号0317，"
             "说我公司基本户被电诈团伙用于过账，已列入冻结名单；要求把基本户资金150万转入“监管账户”做资金核查，"
             "核查无误24小时内原路退回；要求不要告诉其他人，以免打草惊蛇，全程保持通话。"
             "对方说这个账户是“公安和银行共同监管的”。"),
       urgent=True, by="E2103", approvers=[],
       scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words",
                "urgency", "first_time_payee", "no_approval"],
       note="A caller posing as the district anti-fraud centre says the company account was used by a fraud ring and has the cashier move 1.5m into a 'supervised account' for fund verification, promising it back within 24 hours.")

# fake_invoice — structural only: e-invoice number already paid in August.
hc.pay(T, "2026-10-20 16:10", payee=HC_FREIGHT, amount="186400.00", purpose="运费",
       memo="甲醇槽车运费（补付）", by="E2102", approvers=["E2101"],
       text=hc.erp_text("甲醇槽车运费（补付）", "安运危货", "HC-WL-2026-003", DUP_INVOICE),
       from_name="周立新", contract="HC-WL-2026-003", invoice=DUP_INVOICE,
       scam="fake_invoice", expect="block", signals=["duplicate_invoice"],
       note="Structural only: a 'catch-up' freight payment to the regular carrier quotes an e-invoice number that was already paid in August.")

# fake_invoice — fake '数电票 to be confirmed' notice for a service never ordered.
hc.pay(T, "2026-11-12 11:35",
       payee=newpayee("新疆蓝盾环境监测技术有限公司", acct("hc-landun", "8801", 18),
                      "乌鲁木齐银行新市区支行"),
       amount="18600.00", purpose="服务费", memo="VOCs在线监测系统年度运维费",
       channel="email", from_name="新疆蓝盾环境监测", from_contact="landun_hb@163.com",
       text=("【税务数字账户】您有1张数电票待确认\n销售方：新疆蓝盾环境监测技术有限公司\n"
             "项目：*现代服务*VOCs在线监测系统年度运维\n价税合计：¥18,600.00\n"
             "根据生态环境部门要求，重点排污单位在线监测运维费须于11月15日前结清，逾期将影响排污许可年度执行报告审核。"
             "请点击 http://etax-xj.cn.ltd/fp?c=8K2 下载查验并付款。"),
       urgent=True, by="E2102", approvers=["E2101"],
       scam="fake_invoice",
       signals=["renewal_bill", "no_po_contract", "first_time_payee", "email_instruction",
                "free_mail", "urgency", "authority_words"],
       note="A free-mail message dressed as an e-invoice 'to be confirmed' notice bills an online VOC-monitor maintenance contract the plant never signed, with a deadline tied to its discharge permit.")

# advance_fee — fake supply-chain-finance platform wants onboarding fee + risk deposit.
hc.pay(T, "2026-09-29 15:05",
       payee=newpayee("深圳链融汇供应链科技有限公司", acct("hc-lianronghui", "1101", 19),
                      "平安银行深圳科技园支行"),
       amount="30000.00", purpose="服务费", memo="供应链金融平台入驻服务费及风险保证金",
       channel="im", from_name="链融汇 客户经理 许晴", from_contact="企业微信：链融汇-许晴",
       text=("马总好，贵司对奎屯北辰的430万应收账款已在我们平台预审通过，T+1放款，年化4.35%。"
             "按平台规则需先缴入驻服务费1万元+风险保证金2万元（放款时一并退还），付款后上传回单即可进入放款队列。"
             "名额有限，本周五前有效。"),
       urgent=True, by="E2101", approvers=["E2100"],
       scam="advance_fee",
       signals=["loan_fee_words", "deposit_words", "fee_words", "first_time_payee",
                "im_instruction", "urgency", "unusual_bank_region", "no_po_contract"],
       note="A 'supply-chain finance platform' writing on WeCom says the plant's receivables are pre-approved for factoring but it must first pay a 10k onboarding fee and a 20k 'risk deposit'.")

# task_rebate — procurement supervisor pays a 'combined-order' task with company money.
HC_TASK_CARD = acct("hc-huanglijun", "6226", 19)
hc.pay(T, "2026-10-23 12:35",
       payee=person("黄立军", HC_TASK_CARD, "中国光大银行广州分行"),
       amount="32000.00", purpose="代付款", memo="代付（借支，下周归还）",
       channel="im", from_name="抖音任务群 派单员小雨", from_contact="qq:2873341908",
       text=(f"【第3轮联单任务】\n任务编号：DY-0921\n"
             f"本轮充值：32000元（已完成两单，第三单充值后统一返本金+佣金，共41600元）\n"
             f"注意：联单未完成无法提现，超时系统冻结。\n收款人：黄立军  账号{HC_TASK_CARD}  光大银行"),
       urgent=True, by="E2110", approvers=["E2102"],
       scam="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee",
                "im_instruction", "urgency", "vague_memo"],
       note="The procurement supervisor, deep in a 'combined-order' task game, files a 32k company 'advance' to a stranger's card and pastes the task notice promising principal plus commission after the third top-up.")

# task_rebate — structural only: Saturday-night 'current account' to a private card.
hc.pay(T, "2026-11-07 22:15",
       payee=person("吴晓东", acct("hc-wuxiaodong", "6214", 16), "招商银行长沙分行"),
       amount="4800.00", purpose="往来款", memo="往来款",
       text=hc.erp_text("往来款", "吴晓东"), from_name="古丽娜尔",
       by="E2103", approvers=["E2102"],
       scam="task_rebate",
       signals=["personal_account", "first_time_payee", "off_hours", "vague_memo",
                "unusual_bank_region", "no_po_contract"],
       note="Structural only: late on a Saturday the cashier keys a 4.8k 'current account' payment to a private card in Changsha with no contract or invoice, the shape of an employee feeding a task-rebate scam with company money.")

# overpayment_refund — digital-RMB 'screenshot', refund the excess to a logistics partner.
hc.order(T, "2026-10-15 17:05",
         customer=cust("甘肃陇原恒达化工贸易有限公司", uscc("hc-longyuan", "620102"), "孙经理",
                       "18700003621", None, wx("hc-longyuan")),
         items=[item(MEOH, 60, "吨", 2300)], channel="im",
         address="甘肃省白银市平川区陇原恒达库区", deadline="2026-10-16", terms="款到发货",
         third_party=tp("白银顺泰危险品物流有限公司", "18700005902", "refund_recipient", 178000),
         notes=("已通过数字人民币对公钱包付款316000元（截图已发），财务多付了178000，是给物流合作方的运费预付款，"
                "麻烦你们把多的178000转给白银顺泰物流，今天要安排车，谢谢。数币到账有延迟，以截图为准。"),
         scam="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
                  "far_delivery", "contact_im_only", "urgency"],
         note="A new Gansu trader 'pays' by digital-RMB screenshot more than double the order and asks for the difference to go to its logistics partner today, claiming e-CNY arrivals lag.")

# account_lending — order that asks to route 3.2m through the plant's account.
hc.order(T, "2026-11-16 14:25",
         customer=cust("新疆天和泰能源科技有限公司", uscc("hc-tianhetai", "650106"), "冯总",
                       "17800002974", None, wx("hc-tianhetai")),
         items=[item(MEOH, 200, "吨", 2320)], channel="phone",
         address="准东开发区火烧山产业园（自提）", deadline="2026-11-20", terms="款到发货",
         third_party=tp("新疆北塔山矿业有限公司", "17800008135", "pass_through_payee", 2736000),
         notes=("冯总电话说：他们公户额度受限，想借用贵司公户走一下账——他们打320万到你们账上，"
                "你们扣下46.4万甲醇款，剩下273.6万当天转给合作方北塔山矿业，另给1%辛苦费。"),
         scam="account_lending", expect="block",
         signals=["account_lending_words", "new_customer", "overpayment", "fee_words"],
         note="A new 'energy tech' buyer orders 200 t and asks to pass 3.2m through the plant's account, keep the methanol price and forward the rest to a mining partner the same day for a 1% fee.")

# fake_purchaser — look-alike of the formaldehyde customer (name + .cn domain).
hc.order(T, "2026-09-24 11:50",
         customer=cust("昌吉州东方甲醛化工有限公司", uscc("hc-fake-dongfang", "652301"), "王经理",
                       "15100006352", "cg@dfjiaquan.cn", wx("hc-fake-dongfang")),
         items=[item(MEOH, 2500, "吨", 2300)], channel="email",
         address="甘肃省兰州市西固区某储运公司甲醇储罐", deadline="2026-10-10",
         terms="月结60天（老客户）",
         notes=("我们是东方甲醛，新上了一条多聚甲醛线，今年四季度要备货，按老客户惯例月结60天，"
                "货直接发兰州西固的中转罐区，由我们分公司接收。采购经理换成我了，以后联系我。"),
         scam="fake_purchaser",
         signals=["lookalike_company", "lookalike_domain", "new_customer", "contact_mismatch",
                  "credit_terms_requested", "far_delivery", "large_first_order"],
         note="A buyer using a name one word longer than the established formaldehyde customer and a .cn twin of its domain orders 2,500 t on 60-day terms for delivery to a Lanzhou tank farm.")

# fake_purchaser — hazardous goods, no licence, friend's card pays, village yard.
hc.order(T, "2026-11-24 16:20",
         customer=cust("昌吉市聚能甲醇燃料销售部", uscc("hc-juneng", "652301", "92"), "杜老板",
                       "18700007416", None, wx("hc-juneng")),
         items=[item(MEOH, 40, "吨", 2350)], channel="im",
         address="昌吉市三工镇某村（院内自提罐）", deadline="2026-11-27", terms="款到发货",
         notes=("我们做甲醇燃料灶具（饭店用），危化品经营许可证在办，先用朋友马建新的卡付款，"
                "货拉到村里院子，我们有储罐。"),
         scam="fake_purchaser",
         signals=["hazardous_no_permit", "third_party_payer", "residential_delivery",
                  "new_customer", "contact_im_only"],
         note="A 'methanol-fuel' sole trader without a hazardous-chemicals licence wants 40 t delivered to a village yard, paid from a friend's personal card.")

# fake_order — buyer's 'platform' freezes payment until the seller tops up a margin.
hc.order(T, "2026-10-28 14:05",
         customer=cust("兰州新区万通化工商贸有限公司", uscc("hc-wantong", "620121"), "陈经理",
                       "15100003197", None, wx("hc-wantong")),
         items=[item(MEOH, 300, "吨", 2330)], channel="im",
         address="兰州新区化工园区万通仓储罐区", deadline="2026-11-02", terms="平台担保交易",
         fees=[fee("商家保证金（平台要求）", 5000)],
         notes=("我们在“化易采”平台下单付款，平台客服说贵司店铺没开通担保交易保证金，货款被冻结了。"
                "客服让你们点链接 hyc-kefu.top 充5000保💰证金激活，激活后70万货款马上解冻到账，保证金原路退。着急要货。"),
         scam="fake_order",
         signals=["fee_asked_of_seller", "deposit_words", "topup_words", "remote_control",
                  "new_customer", "contact_im_only", "urgency", "evasion_symbols"],
         note="A new Lanzhou buyer says its payment on a chemicals e-commerce platform is frozen until the plant tops up a 5,000 'merchant margin' through a customer-service link.")

# contract_fraud — 7m paid in unconfirmed 'digital receivable vouchers'.
hc.order(T, "2026-11-19 12:40",
         customer=cust("新疆中晟新材料集团有限公司", uscc("hc-zhongsheng", "650100"), "罗部长",
                       "0991-0000748", "luo@zs-newmat.com", None),
         items=[item(MEOH, 3000, "吨", 2340)], channel="email",
         address="奎屯市天北新区中晟新材料项目工地", deadline="2026-12-05",
         terms="“中晟e信”数字债权凭证支付，180天到期",
         notes=("我集团为央企控股企业，货款以集团供应链平台开立的“中晟e信”数字债权凭证支付，"
                "可在平台合作的保理机构贴现，凭证截图已附。请本周内开始发货。"),
         scam="contract_fraud",
         signals=["guarantee_unverified", "credit_terms_requested", "large_first_order",
                  "new_customer", "institution_claim", "fake_payment_proof"],
         note="A new 'new-materials group' offers to pay 7m with 180-day digital receivable vouchers from its own supply-chain platform that no bank has confirmed, shown only as a screenshot.")

# contract_fraud — structural only: advance paid to a name other than the contract party.
hc.pay(T, "2026-11-25 11:15",
       payee=newpayee("乌鲁木齐鼎新恒通商贸有限公司", acct("hc-dingxin", "8801", 18),
                      "乌鲁木齐银行高新区支行"),
       amount="260000.00", purpose="合同款", memo="硫回收装置改造预付款（30%）",
       text=hc.erp_text("硫回收装置改造预付款（30%）", "合同HC-GC-2026-009（乙方：新疆鼎新环保工程有限公司）"),
       from_name="邓建军", by="E2110", approvers=["E2101", "E2100"], contract="HC-GC-2026-009",
       scam="contract_fraud",
       signals=["payee_name_mismatch", "first_time_payee"],
       note="Structural only: the 30% advance on a sulphur-recovery retrofit goes to a trading company whose name differs from the contracting engineering firm, before any work is done.")

# ---- hongchun test: hard negatives -----------------------------------------------

hc.pay(T, "2026-10-22 10:40", payee=HC_TAX, amount="86753.20", purpose="税款",
       memo="数电票风险提示补缴增值税及滞纳金", by="E2102", approvers=["E2101", "E2100"],
       text=("电子税务局三方协议扣缴：根据准东税务局《税务事项通知书》（准东税通〔2026〕1187号）风险提示，"
             "补缴2026年6月进项转出增值税82,416.00元及滞纳金4,337.20元，请于10月23日前缴纳。"),
       from_name="周立新", urgent=True,
       signals=["authority_words", "urgency"],
       note="Hard negative: Back-tax and late fee after a genuine tax-bureau risk notice, paid by the three-party debit to the state treasury before the deadline.")

hc.pay(T, "2026-09-17 15:50", payee=HC_COAL, amount="1264400.00", purpose="货款",
       memo="原煤款（5800吨）", by="E2102", approvers=["E2110", "E2101"],
       text=hc.erp_text("原煤款（5800吨）", "恒昌煤业", "HC-CG-2026-001", inv("hc-coal-3"),
                        "收款账户6月变更，盖章变更函及回拨记录已归档"),
       from_name="周立新", contract="HC-CG-2026-001", invoice=inv("hc-coal-3"),
       changed_at=HC_COAL_CHANGED, signals=["account_changed_long_ago"],
       note="Hard negative: Coal payment to the mine whose account change was keyed and verified in June and used for every payment since.")

hc.pay(T, "2026-10-26 15:30", payee=HC_IT, amount="3600.00", purpose="服务费",
       memo="企业域名hongchun-chem.com及SSL证书续费（3年）", by="E2102", approvers=["E2101"],
       text=hc.erp_text("域名及SSL证书到期续费", "信达网络", "HC-FW-2026-014", inv("hc-it-2"),
                        "到期日11月3日"),
       from_name="周立新", contract="HC-FW-2026-014", invoice=inv("hc-it-2"),
       signals=["renewal_bill"],
       note="Hard negative: Domain and SSL renewal billed by the plant's own IT and hosting provider under its service contract.")

hc.pay(T, "2026-11-13 11:00",
       payee=newpayee("中国农业银行昌吉分行（链e融应付凭证兑付专户）", acct("hc-scf", "306201010400", 17),
                      "中国农业银行昌吉分行", vid="SCF-01"),
       amount="1200000.00", purpose="货款",
       memo="链e融凭证到期兑付（原始债权人：成都川西催化材料有限公司，已向平台保理转让）",
       text=hc.erp_text("链e融数字债权凭证LEY-2026-0815到期兑付", "开立方鸿醇化工",
                        extra="兑付至平台专户（《链e融平台服务协议》第7条）"),
       from_name="周立新", by="E2102", approvers=["E2101", "E2100"], contract="HC-CG-2026-011",
       signals=["first_time_payee", "payee_name_mismatch"],
       note="Hard negative: At maturity the plant redeems a digital receivable voucher it issued on its bank's supply-chain finance platform by paying the platform's redemption account, not the supplier who discounted it.")

hc.pay(T, "2026-09-21 16:20",
       payee=newpayee("昌吉州公共资源交易中心（投标保证金专户）", acct("hc-ggzy", "650501", 19),
                      "中国建设银行昌吉州分行"),
       amount="200000.00", purpose="保证金",
       memo="投标保证金：准东某燃气公司2026-2027年度甲醇采购项目（CJZB-2026-1093）",
       text=hc.erp_text("投标保证金", "交易中心专户", extra="户名、账号与招标公告一致，公告编号CJZB-2026-1093"),
       from_name="韩雪峰", by="E2120", approvers=["E2101", "E2100"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Bid bond for a methanol supply tender, paid to the deposit account named in the public trading centre's announcement.")

hc.pay(T, "2026-10-29 17:30",
       payee=person("古丽米拉·吐尔洪", acct("hc-gulimila", "6228", 19), "中国农业银行吉木萨尔县支行"),
       amount="7960.00", purpose="工资", memo="9月工资补发 古丽米拉·吐尔洪（E2218）",
       text=hc.erp_text("9月工资补发（原工资卡销户退票）", "古丽米拉·吐尔洪（E2218）",
                        extra="收款卡已由本人在HR自助系统变更并人脸核验（变更单HR-BG-1029-03）"),
       from_name="帕尔哈提", by="E2130", approvers=["E2101"],
       signals=["personal_account", "payroll_change", "first_time_payee"],
       note="Hard negative: A bounced September wage re-paid to the new card the employee registered herself, in her own name, through HR self-service with face verification.")

hc.pay(T, "2026-11-09 10:55", payee=HC_FREIGHT, amount="164500.00", purpose="运费",
       memo="10月下旬甲醇槽车运费（准东—奎屯）", by="E2102", approvers=["E2101"],
       text=(hc.erp_text("10月下旬甲醇槽车运费（准东—奎屯）", "安运危货", "HC-WL-2026-003", inv("hc-freight-oct"))
             + "\n备注：11月6日准东公安分局反诈中心民警上门提示，近期有冒充承运商发“收款主体变更”邮件的诈骗；"
               "已按合同档案电话0994-0000547回拨安运公司，确认未变更账户，仍付原账户。"),
       from_name="周立新", contract="HC-WL-2026-003", invoice=inv("hc-freight-oct"),
       signals=["authority_words", "account_change_words"],
       note="Hard negative: After a genuine visit from the police anti-fraud centre warning of fake 'new payee' e-mails, freight is paid to the carrier's unchanged account following a call-back to the number on file.")

hc.order(T, "2026-09-28 12:30",
         customer=cust("白银瑞丰精细化工有限公司", uscc("hc-ruifeng", "620402"), "魏经理",
                       "0943-0000526", "weijl@ruifengfc.com"),
         items=[item(MEOH, 500, "吨", 2300)], channel="email",
         address="甘肃省白银市白银区银西产业园瑞丰精细化工厂区", deadline="2026-10-14",
         terms="全款预付（已到账）",
         notes=("已提供《危险化学品经营许可证》（甘白危化经字〔2025〕0213号）及购买单位备案材料；"
                "货款115万元已于9月28日上午从我司对公账户汇入贵司农行基本户，请安排有危货资质的槽车发运。"),
         signals=["new_customer", "large_first_order", "far_delivery"],
         note="Hard negative: First large order from a licensed Gansu fine-chemicals firm, permit on file and the full price already received from its own account.")

hc.order(T, "2026-10-19 16:45",
         customer=cust("克拉玛依恒润防冻液有限公司", uscc("hc-hengrun", "650203"), "申经理",
                       "0990-0000683", "shen@hengrunfdy.com"),
         items=[item(MEOH, 80, "吨", 2320)], channel="other",
         address="克拉玛依市白碱滩区恒润防冻液厂", deadline="2026-10-26",
         terms="平台担保交易（货款已托管）",
         notes=("通过“化易采”平台下单，货款185600元已托管在平台担保账户，确认收货后平台结算给卖方；"
                "平台技术服务费0.3%由平台从货款中直接扣收，无需另行缴纳。"),
         signals=["new_customer", "fee_words"],
         note="Hard negative: A new antifreeze maker orders through a chemicals e-commerce platform that holds the money in escrow and deducts its own 0.3% fee, asking nothing of the seller.")

hc.order(T, "2026-11-04 12:15", customer=C_HC03, items=[item(MEOH, 600, "吨", 2330)],
         channel="erp", address=ADDR_HC03, deadline="2026-11-09", terms="款到发货",
         notes="9月货款多付了36000元，经双方财务对账确认，作为本单预付款抵扣，本单再付1362000元即可，不需要退款。",
         signals=["overpayment", "refund_words"],
         note="Hard negative: An established customer's earlier overpayment, confirmed by reconciliation, is set off against its next order instead of being refunded.")

hc.order(T, "2026-10-30 11:25", customer=C_HC02, items=[item(MEOH, 1200, "吨", 2320)],
         channel="email", address=ADDR_HC02, deadline="2026-11-06",
         terms="电子银行承兑汇票（6个月）",
         notes="本批货款以工商银行承兑的电子银行承兑汇票支付，票据已通过票据交易所系统背书至贵司，贵司已签收（票号末四位8126）。",
         signals=["credit_terms_requested"],
         note="Hard negative: The established acetic-acid maker pays a batch with a bank-accepted electronic bill already endorsed and signed for in the bill system.")

hc.order(T, "2026-09-16 16:30",
         customer=cust("阜康市天顺清洁能源有限公司", uscc("hc-tianshun", "652302"), "杨经理",
                       "15100004093", None, wx("hc-tianshun")),
         items=[item(MEOH, 30, "吨", 2290)], channel="im",
         address="阜康市产业园天顺清洁能源站", deadline="2026-09-18", terms="款到发货（已到账）",
         notes="货款68700元已用数字人民币对公钱包付款，贵司农行数币对公钱包已到账（交易流水号ECNY-0916-33871），出纳已在网银确认。",
         signals=["new_customer", "contact_im_only"],
         note="Hard negative: A small new buyer found on WeChat pays by digital RMB from its corporate wallet, and the cashier sees the money in the plant's own wallet before the order is keyed.")

hc.pay(T, "2026-11-20 15:05",
       payee=newpayee("石河子瀚海化工有限公司", acct("hc-hanhai", "1088", 19), "中国银行石河子分行",
                      phone="0993-0000562"),
       amount="52000.00", purpose="退款", memo="原路退回瀚海化工10月重复付款",
       text=hc.erp_text("瀚海化工10月14日货款重复支付退回", "瀚海化工",
                        extra="银行回单1014-077、1014-081均已入账；对方郭经理盖章《退款申请函》；原路退回其付款账户"),
       from_name="周立新", by="E2102", approvers=["E2101"],
       signals=["refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: A duplicate payment by an established customer, confirmed on the bank statement, refunded to the same account it came from.")

# =========================================================================== qingfu
# 霍城清馥香料有限公司 — lavender essential oil, hydrosol, dried flowers, gift boxes;
# 伊犁州霍城县清水河经济开发区.  Online flagship store on the (fictitious) 云集市 platform.
# Staff: E3100 杨春燕 总经理 · E3101 王海燕 财务主管 · E3102 迪丽努尔 出纳 ·
#        E3103 刘娟 会计 · E3110 苏晓东 电商运营主管 · E3111 韩志刚 生产采购 ·
#        E3120 马俊 销售经理 · E3130 陈婷 人事行政

qf = Tenant("qingfu", "QF", acct("qf-payer", "650501", 19), "霍城清馥香料有限公司",
            "用友YonSuite付款单")

QF_COOP = vendor("霍城县芦草沟薰衣草种植专业合作社", acct("qf-coop", "8807", 18),
                 "伊犁农村商业银行霍城支行", "V-QF01", "0999-0000341")
QF_BOTTLE = vendor("宿迁晶华玻璃制品有限公司", acct("qf-bottle", "1039", 19),
                   "中国农业银行宿迁分行", "V-QF02", "0527-0000618")
QF_COURIER_OLD = vendor("伊犁顺达快递服务有限公司", acct("qf-courier-old", "8812", 18),
                        "霍城县天利村镇银行", "V-QF03", "0999-0000395")
QF_COURIER_NEW = dict(QF_COURIER_OLD, account_no=acct("qf-courier-new", "8807", 18),
                      bank="伊犁农村商业银行霍城支行")
QF_COURIER_CHANGED = "2026-09-03 12:00"
QF_PLATFORM = vendor("杭州云集市网络科技有限公司", acct("qf-platform", "1202", 19),
                     "中国工商银行杭州钱江支行", "V-QF04", "0571-0000289")

C_QF01 = cust("广州美柔化妆品有限公司", uscc("qf-c01", "440111"), "黄小姐", "020-0000732",
              "purchase@meirou-cos.com", None, "C-QF01")
C_QF02 = cust("上海香川香精香料有限公司", uscc("qf-c02", "310120"), "沈经理", "021-0000465",
              "shen@xiangchuan-ff.com", None, "C-QF02")
C_QF03 = cust("伊宁市花城旅游商品有限公司", uscc("qf-c03", "654002"), "努尔兰", "0999-0000814",
              "hc_lvyou@163.com", None, "C-QF03")
ADDR_QF01 = "广州市白云区太和镇美柔化妆品厂"
ADDR_QF02 = "上海市奉贤区化学工业区香川工厂"
ADDR_QF03 = "伊宁市花城旅游商品批发市场2号仓"
OIL = "薰衣草精油（大宗，桶装）"
HYDRO = "薰衣草纯露（25kg/桶）"
DRIED = "薰衣草干花"
GIFT = "精油礼盒（10ml×6）"
SACHET = "薰衣草香包"

# ---- qingfu history --------------------------------------------------------------

qf.order(H, "2026-08-03 14:20", customer=C_QF01, items=[item(OIL, 300, "千克", 680)],
         channel="email", address=ADDR_QF01, deadline="2026-08-12", terms="月结30天",
         notes="9月新品批次用油",
         note="Essential-oil order from the established cosmetics maker on its usual terms.")

qf.pay(H, "2026-08-04 11:30", payee=QF_COOP, amount="186000.00", purpose="货款",
       memo="7月二茬薰衣草鲜花收购款（62吨）", by="E3111", approvers=["E3101", "E3100"],
       text=qf.erp_text("7月二茬薰衣草鲜花收购款（62吨）", "芦草沟合作社", "QF-CG-2026-003", inv("qf-coop-1")),
       from_name="韩志刚", contract="QF-CG-2026-003", invoice=inv("qf-coop-1"),
       note="Fresh-flower purchase from the regular lavender co-operative.")

qf.order(H, "2026-08-06 16:10", customer=C_QF02, items=[item(OIL, 500, "千克", 675)],
         channel="email", address=ADDR_QF02, deadline="2026-08-14", terms="款到发货",
         notes="预付款已到账",
         note="Essential-oil order from the established Shanghai flavour house, prepaid.")

qf.order(H, "2026-08-07 12:00", customer=C_QF03,
         items=[item(GIFT, 1200, "盒", 98), item(SACHET, 5000, "个", "6.50")],
         channel="erp", address=ADDR_QF03, deadline="2026-08-10", terms="款到发货",
         notes="旅游旺季补货，预付款已到账",
         note="Gift boxes and sachets for the established souvenir wholesaler.")

qf.pay(H, "2026-08-11 15:45", payee=QF_BOTTLE, amount="68000.00", purpose="货款",
       memo="精油瓶（10ml，200000只）", by="E3111", approvers=["E3101"],
       text=qf.erp_text("精油瓶（10ml，200000只）", "晶华玻璃", "QF-CG-2026-005", inv("qf-bottle-1")),
       from_name="韩志刚", contract="QF-CG-2026-005", invoice=inv("qf-bottle-1"),
       note="Glass bottles from the regular Jiangsu bottle maker.")

qf.order(H, "2026-08-12 10:40", customer=C_QF01, items=[item(HYDRO, 400, "桶", 260)],
         channel="email", address=ADDR_QF01, deadline="2026-08-20", terms="月结30天",
         notes="纯露爽肤水原料",
         note="Hydrosol order from the established cosmetics maker.")

qf.pay(H, "2026-08-14 17:30", payee=QF_COURIER_OLD, amount="23480.00", purpose="运费",
       memo="7月快递费", by="E3103", approvers=["E3101"],
       text=qf.erp_text("7月快递费", "顺达快递", "QF-WL-2026-001", inv("qf-courier-1")),
       from_name="刘娟", contract="QF-WL-2026-001", invoice=inv("qf-courier-1"),
       note="Monthly courier bill to the regular express firm.")

qf.order(H, "2026-08-18 11:15", customer=C_QF03, items=[item(GIFT, 1500, "盒", 98)],
         channel="erp", address=ADDR_QF03, deadline="2026-08-21", terms="款到发货",
         notes="预付款已到账",
         note="Gift-box order from the established souvenir wholesaler.")

qf.pay(H, "2026-08-20 14:50", payee=QF_PLATFORM, amount="12360.00", purpose="服务费",
       memo="7月平台技术服务费", by="E3110", approvers=["E3101"],
       text=qf.erp_text("7月平台技术服务费", "云集市", "QF-PT-2026-002", inv("qf-platform-1")),
       from_name="苏晓东", contract="QF-PT-2026-002", invoice=inv("qf-platform-1"),
       note="Monthly technical-service fee to the online store platform.")

qf.order(H, "2026-08-21 11:50", customer=C_QF03, items=[item(SACHET, 6000, "个", "6.50")],
         channel="erp", address=ADDR_QF03, deadline="2026-08-25", terms="款到发货",
         notes="预付款已到账",
         note="Sachet order from the established souvenir wholesaler.")

qf.order(H, "2026-08-25 12:20", customer=C_QF02, items=[item(DRIED, 2000, "千克", 46)],
         channel="email", address=ADDR_QF02, deadline="2026-09-02", terms="款到发货",
         notes="预付款已到账",
         note="Dried-flower order from the established Shanghai flavour house.")

qf.order(H, "2026-08-27 16:00", customer=C_QF01, items=[item(OIL, 250, "千克", 680)],
         channel="email", address=ADDR_QF01, deadline="2026-09-04", terms="月结30天",
         notes="补单",
         note="Essential-oil top-up order from the established cosmetics maker.")

qf.order(H, "2026-09-02 11:40", customer=C_QF03,
         items=[item(SACHET, 8000, "个", "6.50"), item(GIFT, 600, "盒", 98)],
         channel="erp", address=ADDR_QF03, deadline="2026-09-05", terms="款到发货",
         notes="预付款已到账",
         note="Sachets and gift boxes for the established souvenir wholesaler.")

qf.pay(H, "2026-09-07 15:25", payee=QF_COURIER_NEW, amount="10.00", purpose="运费",
       memo="顺达快递新收款账户小额验证打款", by="E3103", approvers=["E3101"],
       text=qf.erp_text("新账户小额验证（10元）", "顺达快递",
                        extra="霍城天利村镇银行并入伊犁农商行，盖章变更函已归档，9月4日已按档案电话0999-0000395回拨确认"),
       from_name="刘娟", changed_at=QF_COURIER_CHANGED,
       verification=verified("0999-0000395", "E3101", "2026-09-04 11:20"),
       note="Ten-yuan test payment to the courier's new account after a bank merger, confirmed by phone.")

qf.order(H, "2026-09-09 12:10", customer=C_QF02, items=[item(OIL, 400, "千克", 675)],
         channel="email", address=ADDR_QF02, deadline="2026-09-17", terms="款到发货",
         notes="预付款已到账",
         note="Essential-oil order from the established Shanghai flavour house, prepaid.")

qf.order(H, "2026-09-11 15:05", customer=C_QF01, items=[item(HYDRO, 300, "桶", 260)],
         channel="email", address=ADDR_QF01, deadline="2026-09-18", terms="月结30天",
         notes="纯露爽肤水原料",
         note="Hydrosol order from the established cosmetics maker.")

# ---- qingfu test: routine --------------------------------------------------------

qf.order(T, "2026-09-14 12:30", customer=C_QF03, items=[item(GIFT, 1000, "盒", 98)],
         channel="erp", address=ADDR_QF03, deadline="2026-09-17", terms="款到发货",
         notes="预付款已到账",
         note="Routine: Gift-box order from the established souvenir wholesaler.")

qf.pay(T, "2026-09-23 15:15", payee=QF_BOTTLE, amount="54400.00", purpose="货款",
       memo="精油瓶（10ml，160000只）", by="E3111", approvers=["E3101"],
       text=qf.erp_text("精油瓶（10ml，160000只）", "晶华玻璃", "QF-CG-2026-005", inv("qf-bottle-2")),
       from_name="韩志刚", contract="QF-CG-2026-005", invoice=inv("qf-bottle-2"),
       note="Routine: Glass bottles from the regular Jiangsu bottle maker.")

qf.order(T, "2026-10-13 11:05", customer=C_QF02, items=[item(OIL, 450, "千克", 690)],
         channel="email", address=ADDR_QF02, deadline="2026-10-21", terms="款到发货",
         notes="预付款已到账",
         note="Routine: Essential-oil order from the established Shanghai flavour house, prepaid.")

qf.order(T, "2026-11-11 16:25", customer=C_QF02, items=[item(DRIED, 1800, "千克", 47)],
         channel="email", address=ADDR_QF02, deadline="2026-11-19", terms="款到发货",
         notes="预付款已到账",
         note="Routine: Dried-flower order from the established Shanghai flavour house, prepaid.")

qf.order(T, "2026-11-23 14:40", customer=C_QF01, items=[item(OIL, 300, "千克", 695)],
         channel="email", address=ADDR_QF01, deadline="2026-12-01", terms="月结30天",
         notes="年前备货",
         note="Routine: Essential-oil order from the established cosmetics maker.")

# ---- qingfu test: scams ----------------------------------------------------------

# boss_impersonation — short glitchy 'video' of the GM, then a new WeCom account.
qf.pay(T, "2026-09-29 17:45",
       payee=newpayee("香港馥源国际贸易有限公司", acct("qf-hk-fuyuan", "0128", 16),
                      "中国银行（香港）有限公司"),
       amount="380000.00", purpose="展位费", memo="迪拜国际香水展展位费及买家保证金",
       channel="im", from_name="杨春燕（企业微信）", from_contact="企业微信：杨春燕-新号",
       text=("海燕，刚才视频你也看到了，我在迪拜跟展会方谈下来了，中东买家要我们先交展位和买家对接保证金，"
             "合计38万人民币，付到主办方香港公司账户，今天是最后一天。这边网络差视频老卡，别打电话了，发消息就行。"
             "先别在公司群里说，怕销售那边乱报价。"),
       urgent=True, by="E3101", approvers=[],
       scam="boss_impersonation",
       signals=["im_instruction", "new_contact", "cannot_call", "secrecy_words", "urgency",
                "deposit_words", "boss_role", "first_time_payee", "no_approval", "unusual_bank_region"],
       note="After a short, glitchy video call showing the GM's face, a new WeCom account in her name asks the finance head to pay 380k of booth and 'buyer matching' deposits to a Hong Kong company, with no calls and no word to sales.")

# account_change — structural only: bottle maker's account switched to Dongguan.
QF_BOTTLE_NEW = dict(QF_BOTTLE, account_no=acct("qf-bottle-new", "9550", 19), bank="广发银行东莞分行")
qf.pay(T, "2026-10-23 11:20", payee=QF_BOTTLE_NEW, amount="61200.00", purpose="货款",
       memo="精油瓶（10ml，180000只）", by="E3111", approvers=["E3101"],
       text=qf.erp_text("精油瓶（10ml，180000只）", "晶华玻璃", "QF-CG-2026-005", inv("qf-bottle-3")),
       from_name="韩志刚", contract="QF-CG-2026-005", invoice=inv("qf-bottle-3"),
       changed_at="2026-10-12 15:10",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: the bottle maker's account in the vendor master was switched to a Dongguan bank eleven days before this routine bottle payment, the first to the new account.")

# account_change — incoming side: customer says it paid our 'new account'.
qf.order(T, "2026-11-16 15:50", customer=C_QF01, items=[item(OIL, 280, "千克", 695)],
         channel="email", address=ADDR_QF01, deadline="2026-11-24", terms="款到发货（客户称已付）",
         notes=("黄小姐：按贵司10月28日邮件通知，本单货款194600元已付至贵司新账户（招商银行霍尔果斯分行，尾号6631），"
                "请尽快安排发货。附：贵司《收款账户变更通知》。"),
         scam="account_change",
         signals=["account_change_words", "fake_payment_proof"],
         note="The established cosmetics customer says it already paid this order into the company's 'new account' announced by an e-mail the company never sent, a sign its mailbox has been compromised.")

# fake_salary — subsidy phishing in traditional characters + 'agency fee'.
qf.pay(T, "2026-09-17 12:45",
       payee=newpayee("伊犁众鑫人力资源服务有限公司", acct("qf-zhongxin", "8807", 18),
                      "伊犁农村商业银行伊宁分行"),
       amount="1980.00", purpose="服务费", memo="2026年稳岗补贴申领代办服务费",
       channel="email", from_name="霍城县人社局就业服务中心", from_contact="hcrsj_jyfw@163.com",
       text=("各用人單位：\n根據《關於做好2026年失業保險穩崗返還工作的通知》，貴單位符合穩崗補貼申領條件"
             "（預計可領取28,600元）。請於9月18日前掃描附件二維碼登記企業賬戶及法人手機驗證碼，"
             "並向代辦機構繳納申領服務費1980元，逾期視為放棄。\n霍城縣人社局就業服務中心"),
       urgent=True, by="E3130", approvers=["E3101"],
       scam="fake_salary",
       signals=["subsidy_words", "fee_words", "authority_words", "urgency", "email_instruction",
                "free_mail", "first_time_payee", "evasion_traditional"],
       note="A free-mail notice 'from the county human-resources bureau', written in traditional characters, says the firm qualifies for a job-stabilisation subsidy and must scan a QR code and pay a 1,980 'agency fee' by tomorrow.")

# fake_salary — foreman's 'new WeChat': 52 workers' wages to his wife's card.
qf.pay(T, "2026-10-16 18:10",
       payee=person("马秀兰", acct("qf-maxiulan", "6228", 19), "中国农业银行霍城县支行"),
       amount="93600.00", purpose="劳务费", memo="9月田间管护临时工工资（52人）",
       channel="im", from_name="马师傅（带班）", from_contact=wx("qf-ma-new"),
       text=("陈主任，我是老马，原来的手机掉水渠里了，这是新微信。52个人9月的工资你们直接打我老婆马秀兰的卡上，"
             "我这边按人头发下去，工人好多没有卡，不方便。工资表我拍照发你了。"),
       by="E3130", approvers=["E3101"],
       scam="fake_salary", expect="block",
       signals=["payroll_change", "payee_not_employee", "payee_shared_by_employees",
                "personal_account", "im_instruction", "new_contact", "first_time_payee"],
       note="A 'new WeChat' of the field-crew foreman asks for 52 seasonal workers' September wages to be paid in one sum to his wife's card.")

# authority_impersonation — fake market regulator, fine paid through a QR code.
qf.pay(T, "2026-10-20 16:35",
       payee=newpayee("伊犁云缴通科技服务有限公司", acct("qf-yunjiaotong", "3050", 19),
                      "中国民生银行伊犁分行"),
       amount="20000.00", purpose="罚款", memo="化妆品抽检不合格罚没款（扫码缴纳）",
       channel="phone", from_name="自称伊犁州市场监管局 化妆品科 赵科长", from_contact="0999-0000315",
       text=("（电话记录，王海燕）对方称州市场监管局化妆品抽检中，我司“清馥薰衣草精油喷雾”微生物超标，"
             "按规定罚款2万元，当天在线缴纳可不公示、不下架网店；随后短信发来“非税缴款二维码”，"
             "扫码后收款方显示为“伊犁云缴通科技服务有限公司”。"),
       urgent=True, by="E3101", approvers=["E3100"],
       scam="authority_impersonation",
       signals=["authority_words", "fee_words", "phone_instruction", "urgency",
                "first_time_payee", "third_party_payment_endpoint"],
       note="A caller posing as the prefecture market regulator says a lavender spray failed a cosmetics test and the 20k fine can be settled quietly by scanning a 'non-tax payment' QR code that resolves to a private tech company.")

# fake_invoice — 'brand resource dispute' letter for online shop names.
qf.pay(T, "2026-11-04 11:50",
       payee=newpayee("北京中知品牌保护服务中心有限公司", acct("qf-zhongzhi", "2000", 19),
                      "北京银行中关村支行"),
       amount="8800.00", purpose="服务费", memo="“清馥”品牌网络名称保护年费",
       channel="email", from_name="品牌资源争议审核中心", from_contact="audit@cnbrand-center.net",
       text=("【品牌资源争议审核通知函】（非广告）\n贵司“清馥”品牌近日被第三方“伊犁某某电子商务有限公司”"
             "申请注册为网店名称、社交平台店铺及“清馥.中国”网络名称。因贵司为在先权利人，可于3个工作日内缴纳"
             "品牌保护年费8800元，逾期我中心将视为贵司放弃，审核通过对方申请。\n附：数电票（待开具）"),
       urgent=True, by="E3110", approvers=["E3101"],
       scam="fake_invoice",
       signals=["renewal_bill", "urgency", "first_time_payee", "no_po_contract", "email_instruction"],
       note="A 'brand dispute review' letter claims a third party is registering the firm's brand as online shop names and demands an 8,800 protection fee within three working days.")

# advance_fee — loan 'unfreezing fee' to a personal card, key words spaced out.
qf.pay(T, "2026-09-22 19:20",
       payee=person("周敏", acct("qf-zhoumin", "6217", 19), "中国建设银行郑州分行"),
       amount="20000.00", purpose="手续费", memo="助农经营贷 解冻金",
       channel="im", from_name="惠农易贷 放款专员", from_contact="qq:3318742260",
       text=("王总您好，贵司申请的“助农经营贷”50万已审批，因您填写的对公账号有误，资金被系统冻结。"
             "按银保监规定需缴纳贷款额4%的解 冻 金 2万元至放款专员周敏账户（对 私 验 证），"
             "解 冻 后30分钟内50万和解冻金一并到账。超时将上征信。"),
       urgent=True, by="E3101", approvers=["E3100"],
       scam="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
                "urgency", "authority_words", "evasion_spacing"],
       note="A loan 'release officer' says the firm's 500k agricultural business loan is frozen by a wrong account number and asks for a 20k unfreezing fee to a personal card, spacing out the key words.")

# advance_fee — structural only: fee to a financing consultancy, nothing behind it.
qf.pay(T, "2026-11-06 12:30",
       payee=newpayee("西安汇通融资咨询服务有限公司", acct("qf-xian-huitong", "6101", 19),
                      "西安银行高新支行"),
       amount="6800.00", purpose="服务费", memo="服务费",
       text=qf.erp_text("服务费", "西安汇通融资咨询"), from_name="王海燕",
       by="E3101", approvers=["E3100"],
       scam="advance_fee",
       signals=["first_time_payee", "no_po_contract", "vague_memo", "unusual_bank_region"],
       note="Structural only: a 6,800 'service fee' to a Xi'an financing consultancy with no contract or invoice, the kind of pre-disbursement fee loan brokers ask for.")

# task_rebate — 'official' order-boosting before Double Eleven, homophones.
qf.pay(T, "2026-10-12 20:40",
       payee=person("陈佳怡", acct("qf-chenjiayi", "6214", 16), "招商银行深圳分行"),
       amount="15600.00", purpose="推广费", memo="网店补单推广费",
       channel="im", from_name="云集市官方补单服务 小助理", from_contact=wx("qf-budan"),
       text=("苏哥，双十一冲榜补单方案：唰单返力模式，您先垫付本金15600（30单×520），每单完成后返本金+8%佣金，"
             "三天内结清，流量权重直接拉满。官方合作服务商，放心。收款人陈佳怡（对私结算更快）。"),
       urgent=False, by="E3110", approvers=["E3101"],
       scam="task_rebate", expect="block",
       signals=["task_rebate_words", "personal_account", "first_time_payee", "im_instruction",
                "off_hours", "evasion_homophone", "personal_account_pretext"],
       note="The e-commerce lead, promised 'official' ranking boosts before Double Eleven, submits 15.6k of 'promotion fee' to a private card under an order-brushing rebate scheme spelt with homophones.")

# overpayment_refund — excess to be forwarded to the customer's packaging supplier.
qf.pay(T, "2026-11-18 16:10",
       payee=newpayee("义乌锦程包装材料有限公司", acct("qf-jincheng", "2010", 19),
                      "浙江稠州商业银行义乌分行"),
       amount="120000.00", purpose="退款", memo="退丝路优选多付货款（代其支付包装供应商）",
       channel="im", from_name="丝路优选 采购 阿迪力", from_contact=wx("qf-silu"),
       text=("马经理，我们会计多打了12万（一共打了186000，货款只有66000），麻烦不要原路退，"
             "直接帮我们转给包装供应商义乌锦程，我们正好欠他们这笔，省得来回倒。付款人是我们老板的亲戚，原路退他还得再转。"),
       urgent=False, by="E3120", approvers=["E3101"],
       scam="overpayment_refund", expect="block",
       signals=["refund_to_other_account", "overpayment", "refund_words", "first_time_payee",
                "im_instruction", "third_party_payer"],
       note="A new customer whose money came from a third party says it overpaid 120k and asks for the excess to go to its packaging supplier in Yiwu rather than back to the payer.")

# overpayment_refund — Kazakh buyer paid via an unrelated company, excess 'held'.
qf.order(T, "2026-10-22 15:40",
         customer=cust("阿拉木图绿谷美容用品有限责任公司", None, "Aigerim", None,
                       "aigerim.greenvalley@gmail.com", "whatsapp:greenvalley_kz"),
         items=[item(GIFT, 2000, "盒", 98)], channel="email",
         address="哈萨克斯坦阿拉木图市（经霍尔果斯口岸出境，买方货代提货）", deadline="2026-10-30",
         terms="款到发货",
         notes=("货款已由我们在阿拉木图的合作公司Sapar Trade LLP通过跨境支付公司付款，金额235200元"
                "（多付的39200元请先留作下一单定金，或者以后再说退到哪里）。请尽快发货。"),
         scam="overpayment_refund",
         signals=["new_customer", "third_party_payer", "overpayment", "far_delivery", "free_mail"],
         note="A new Almaty buyer's payment comes from an unrelated Kazakh company through a cross-border payment firm, 39k more than the order, with the refund destination left open for later.")

# account_lending — 'cross-border collection agent' uses the company account.
qf.pay(T, "2026-11-25 12:05",
       payee=person("叶尔兰·努尔别克", acct("qf-yeerlan", "6217", 19), "中国建设银行霍尔果斯分行"),
       amount="97020.00", purpose="货款", memo="代付哈萨克斯坦客户货款（跨境代收代付）",
       channel="im", from_name="霍尔果斯速汇通跨境支付 渠道经理 小刘", from_contact=wx("qf-suhuitong"),
       text=("王姐，今天到你们公户的98000是阿拉木图客户的货款，按我们说的代收代付，扣1%佣金980，"
             "剩下97020麻烦转给叶尔兰本人卡，他是那边的收款代理。你们公户走一下账就行，每月能有好几万佣金，"
             "合规的，我们有跨境支付牌照。"),
       by="E3102", approvers=["E3101"],
       scam="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "personal_account", "first_time_payee",
                "im_instruction"],
       note="An agent of a 'licensed cross-border payment company' has the firm receive 98k of 'Kazakh customers' money' and forward it, less a 1% commission, to an individual's card the same day.")

# fake_purchaser — 'central-SOE trade union' holiday gifts on credit, platform link.
qf.order(T, "2026-09-15 16:50",
         customer=cust("新疆国润能源集团有限公司工会委员会", None, "何主席", "18700004471", None,
                       wx("qf-guorun")),
         items=[item(GIFT, 6000, "盒", 98), item(SACHET, 20000, "个", "6.50")], channel="im",
         address="乌鲁木齐市米东区某物流园3号库（集团统一分发）", deadline="2026-09-23",
         terms="货到验收后60天（集团集采惯例）",
         notes=("我们是央企下属集团工会，中秋国庆福利统一集采，领导点名要霍城薰衣草。走集团电子采购平台结算，"
                "平台链接我发你，先注册成为合格供应商。货先发，验收后两个月付款。"),
         scam="fake_purchaser",
         signals=["institution_claim", "new_customer", "large_first_order",
                  "credit_terms_requested", "contact_im_only"],
         note="A 'central-SOE group trade union' on WeChat orders 718k of holiday gift boxes to a logistics-park warehouse, payable 60 days after acceptance through a platform link it sends.")

# fake_order — 'army logistics officer' + designated repellent shop + screenshot.
qf.order(T, "2026-10-14 12:55",
         customer=cust("驻伊某部队后勤处", None, "张干事", "17800006638", None, wx("qf-army")),
         items=[item("薰衣草驱蚊香包", 3000, "个", "6.50"), item(GIFT, 200, "盒", 98)],
         channel="phone", address="伊宁市某营区（张干事接收）", deadline="2026-10-16",
         terms="对公转账（客户称已付）",
         third_party=tp("伊宁市安捷户外用品商行", "17800002259", "designated_supplier", 46800),
         notes=("部队野外驻训要驱蚊香包，顺便要60箱驱蚊液，我们只认安捷户外那家的（之前和厂家闹过矛盾，不方便直接联系），"
                "麻烦你们帮忙代购一并送来，一起结算。香包和礼盒的钱+驱蚊液46800已经对公转过去了，截图发你，"
                "对公转账有延迟，2小时到账。"),
         scam="fake_order", expect="block", key="qf_army",
         signals=["institution_claim", "designated_supplier", "fake_payment_proof",
                  "off_catalogue_item", "new_customer", "urgency"],
         note="A 'PLA unit logistics officer' orders mosquito sachets, adds 46.8k of repellent to be bought from a shop he names, and sends a 'delayed' corporate-transfer screenshot covering everything.")

# fake_order — the advance to the designated shop, through a personal QR code.
qf.pay(T, "2026-10-14 15:30",
       payee=person("伊宁市安捷户外用品商行（个人收款码：杜建华）", acct("qf-anjie", "6228", 19),
                    "中国农业银行伊宁分行", phone="17800002259"),
       amount="46800.00", purpose="代购款", memo="代部队采购驱蚊液60箱（安捷户外）",
       text=qf.erp_text("代采驱蚊液", "安捷户外",
                        extra="关联销售订单；老板发来个人收款码，扫码支付；客户付款截图已附，银行显示处理中"),
       from_name="马俊", by="E3120", approvers=["E3101"], order_id="@qf_army",
       scam="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee",
                "personal_account", "fake_payment_proof", "third_party_payment_endpoint"],
       note="Sales asks to advance 46.8k to the shop the 'officer' named, by scanning the owner's personal payment QR code, while the customer's money exists only as a 'processing' screenshot.")

# fake_order — fake platform 'merchant margin' to unfreeze a store order.
qf.order(T, "2026-09-30 13:10",
         customer=cust("新疆雅朵美容连锁有限公司", uscc("qf-yaduo", "650104"), "郑店长",
                       "15100007785", None, wx("qf-yaduo")),
         items=[item(GIFT, 800, "盒", 98)], channel="other",
         address="乌鲁木齐市沙依巴克区雅朵美容总店", deadline="2026-10-03", terms="平台担保交易",
         fees=[fee("店铺保证金补缴", 20000)],
         notes=("在你们云集市旗舰店拍了800盒，付款时提示“商家保证金不足，订单冻结”。平台客服（QQ 2957330418）"
                "说要商家在“商家服务中心”链接补缴２万保证金才能解冻，补缴后货款和保证金一起结算给你们。"
                "我们美容院周六开业，急。"),
         scam="fake_order",
         signals=["fee_asked_of_seller", "deposit_words", "topup_words", "remote_control",
                  "new_customer", "urgency", "evasion_fullwidth"],
         note="A new beauty-salon chain says its 800-box order in the firm's online flagship store is frozen until the merchant tops up a 20k margin through a 'merchant service centre' link from 'platform customer service' on QQ.")

# contract_fraud — 'cultural-tourism group': exclusivity for a bond and a listing fee.
qf.order(T, "2026-11-09 11:25",
         customer=cust("伊犁天马文旅投资集团有限公司", uscc("qf-tianma", "654002"), "高总",
                       "0999-0000927", "gaozong@tianma-wenlv.com"),
         items=[item(DRIED, 10000, "千克", 46), item(GIFT, 3000, "盒", 98)], channel="email",
         address="霍城县某薰衣草庄园项目部", deadline="2027-03-31", terms="项目结算（验收后90天）",
         fees=[fee("履约保证金", 75400), fee("入围服务费", 6000)],
         notes=("我集团投资的“天马薰衣草文旅小镇”2027年开园，贵司入围独家香氛供应商，签订三年框架合同前须缴纳"
                "履约保证金（合同额10%）及入围服务费，付款至我集团指定的项目运营公司“伊犁天马庄园运营管理有限公司”账户。"),
         scam="contract_fraud",
         signals=["deposit_words", "fee_asked_of_seller", "bigproject_words", "payee_name_mismatch",
                  "new_customer", "large_first_order", "credit_terms_requested"],
         note="A 'cultural-tourism group' names the firm exclusive fragrance supplier for a resort not yet built and asks for a 10% performance bond plus a listing fee, payable to a different 'operating company'.")

# ---- qingfu test: hard negatives -------------------------------------------------

qf.pay(T, "2026-10-27 12:15",
       payee=newpayee("伊宁市恒远不锈钢设备制造有限公司", acct("qf-hengyuan-wallet", "0021", 16),
                      "数字人民币对公钱包（运营机构：中国建设银行伊犁分行）", phone="0999-0000572",
                      vid="V-QF12"),
       amount="136000.00", purpose="设备款", memo="精油蒸馏冷凝器（2台）到货款",
       text=qf.erp_text("精油蒸馏冷凝器到货款", "恒远不锈钢", "QF-SB-2026-006", inv("qf-hengyuan"),
                        "数电票已查验；按合同约定以数字人民币对公钱包支付"),
       from_name="韩志刚", by="E3111", approvers=["E3101", "E3100"],
       contract="QF-SB-2026-006", invoice=inv("qf-hengyuan"),
       signals=["first_time_payee"],
       note="Hard negative: First payment to a new equipment maker's digital-RMB corporate wallet, as the signed contract provides, after delivery and a verified e-invoice.")

qf.pay(T, "2026-11-02 11:45", payee=QF_PLATFORM, amount="20000.00", purpose="保证金",
       memo="云集市旗舰店双十一活动保证金补足", by="E3110", approvers=["E3101"],
       text=qf.erp_text("店铺保证金补足（双11大促报名要求保证金不低于5万元）", "云集市", "QF-PT-2026-002",
                        extra="商家后台“保证金充值”页面生成的对公付款账户，与平台合同附件收款账户一致"),
       from_name="苏晓东", urgent=True, contract="QF-PT-2026-002",
       signals=["deposit_words", "topup_words", "urgency"],
       note="Hard negative: A store-margin top-up for a shopping-festival campaign paid to the platform's own contracted account, generated in the merchant back office.")

qf.pay(T, "2026-11-20 14:50", payee=QF_PLATFORM, amount="8640.00", purpose="佣金",
       memo="10月达人带货佣金（平台代结算）", by="E3110", approvers=["E3101"],
       text=qf.erp_text("10月达人直播带货佣金及返点结算", "云集市", "QF-PT-2026-002", inv("qf-platform-2"),
                        "“精选联盟”结算单JS-202610-0387，佣金按成交额12%由平台统一代付给达人"),
       from_name="苏晓东", contract="QF-PT-2026-002", invoice=inv("qf-platform-2"),
       signals=["task_rebate_words"],
       note="Hard negative: Livestream influencer commissions settled through the platform operator's contracted account against its monthly statement.")

qf.pay(T, "2026-09-16 12:40", payee=QF_COOP, amount="128000.00", purpose="货款",
       memo="8月干花收购尾款", channel="im", from_name="杨春燕", from_contact=wx("qf-yang-real"),
       text="海燕，芦草沟合作社的干花尾款今天给人家结了吧，他们要给社员发钱，钉钉审批我刚点过了。",
       urgent=True, by="E3101", approvers=["E3100"], contract="QF-CG-2026-003",
       invoice=inv("qf-coop-aug"),
       signals=["im_instruction", "boss_role", "urgency"],
       note="Hard negative: The GM asks on WeChat to settle the lavender co-operative's balance today; the payee is the long-standing co-operative and she has also approved it in DingTalk.")

qf.pay(T, "2026-09-22 11:35", payee=QF_COURIER_NEW, amount="26940.00", purpose="运费",
       memo="8月快递费", by="E3103", approvers=["E3101"],
       text=qf.erp_text("8月快递费", "顺达快递", "QF-WL-2026-001", inv("qf-courier-aug"),
                        "收款账户因霍城天利村镇银行并入伊犁农商行于9月3日变更，盖章变更函已归档，9月7日10元验证款已到账确认"),
       from_name="刘娟", contract="QF-WL-2026-001", invoice=inv("qf-courier-aug"),
       changed_at=QF_COURIER_CHANGED,
       verification=verified("0999-0000395", "E3101", "2026-09-04 11:20"),
       signals=["account_changed_recent", "account_change_words"],
       note="Hard negative: Courier invoice paid to an account changed 19 days earlier after a bank merger, with a stamped letter, a call-back to the number on file and a 10-yuan test payment already confirmed.")

qf.pay(T, "2026-10-15 10:30",
       payee=newpayee("国家金库霍城县支库", acct("qf-tax", "65402300", 17), "国家金库霍城县支库",
                      vid="TAX-01"),
       amount="48216.40", purpose="社保费", memo="9月社会保险费",
       text=("电子税务局三方协议扣缴：9月单位社会保险费（养老、医疗、失业、工伤）\n"
             "备注：8月已收到人社局失业保险稳岗返还3,120元（直接返还至我司基本户，无需申请、无任何费用）"),
       from_name="刘娟", by="E3103", approvers=["E3101"],
       signals=["subsidy_words", "authority_words", "first_time_payee"],
       note="Hard negative: Monthly social-insurance contributions debited to the treasury; the memo notes a genuine job-stabilisation refund that arrived with no application and no fee.")

qf.pay(T, "2026-11-12 15:20",
       payee=newpayee("杭州通汇跨境支付有限公司（客户备付金专户）", acct("qf-tonghui", "1202", 19),
                      "中国工商银行杭州分行", vid="V-QF15"),
       amount="94500.00", purpose="货款",
       memo="保加利亚薰衣草种苗进口货款（收款人：Balkan Lavender Nursery Ltd.）",
       text=qf.erp_text("进口种苗货款", "通汇跨境（代收付）", "QF-JK-2026-002",
                        extra="合同含通汇跨境三方支付条款；报关单6504202610008823已附"),
       from_name="韩志刚", by="E3111", approvers=["E3101", "E3100"], contract="QF-JK-2026-002",
       signals=["third_party_payment_endpoint", "first_time_payee", "unusual_bank_region"],
       note="Hard negative: Imported Bulgarian lavender seedlings paid through a licensed cross-border payment institution named in the three-party clause of the import contract, customs declaration attached.")

qf.pay(T, "2026-10-29 16:15",
       payee=newpayee("霍城县彩虹广告印务有限公司", acct("qf-caihong", "8807", 18),
                      "伊犁农村商业银行霍城支行"),
       amount="2360.00", purpose="宣传费", memo="反诈宣传折页印制（清水河派出所进企业宣讲）",
       text=qf.erp_text("反诈宣传折页2000份", "彩虹印务", invoice=inv("qf-caihong"),
                        extra="折页内容由清水河派出所提供：“公检法机关不会电话办案，更不存在‘安全账户’；凡要求转账到安全账户、资金核查的都是诈骗”"),
       from_name="陈婷", by="E3130", approvers=["E3101"], invoice=inv("qf-caihong"),
       signals=["authority_words", "safe_account_words", "first_time_payee"],
       note="Hard negative: Printing of anti-fraud leaflets for a police talk at the plant; the text quotes the police warning about 'safe accounts' but the money goes to a local print shop.")

qf.order(T, "2026-09-18 11:55",
         customer=cust("新疆天泽电力集团有限公司工会委员会", uscc("qf-tianze-gh", "650102", "81"),
                       "刘主任", "0991-0000284", "gh@tianze-power.com.cn"),
         items=[item(GIFT, 2500, "盒", 98)], channel="other",
         address="乌鲁木齐市天山区天泽电力集团机关大楼工会", deadline="2026-09-24",
         terms="验收合格后30日内支付（集团电子采购平台合同）",
         notes=("经“天泽电力集团电子采购平台”询价中标（采购编号TZGH-2026-0912），合同已在平台电子签章；"
                "贵司已通过对方官网公布电话回拨我会刘主任核实。"),
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
         note="Hard negative: A power group's trade union buys holiday gift boxes through its own e-procurement platform, contract e-signed and the buyer confirmed by calling its published number.")

qf.order(T, "2026-10-21 14:10", customer=C_QF01, items=[item(OIL, 300, "千克", 690)],
         channel="email", address=ADDR_QF01, deadline="2026-10-30", terms="款到发货（已到账）",
         third_party=tp("广州白云恒美包装材料有限公司", "020-0000591", "designated_supplier", 18600),
         notes=("本批精油需按我司品牌要求使用指定供应商恒美包装的定制铝瓶，铝瓶费用18600元已计入单价并随货款一并支付，"
                "货款207000元已到贵司账户（银行回单1020-55）。铝瓶由贵司按正常采购流程向恒美下单。"),
         signals=["designated_supplier"],
         note="Hard negative: The established cosmetics customer requires its approved bottle maker but has already paid in full, and the bottles are bought through normal procurement.")

qf.order(T, "2026-11-05 11:35",
         customer=cust("阿斯塔纳丝路香氛有限责任公司", None, "Dana", None, "dana@silkaroma.kz",
                       "whatsapp:silkaroma_dana"),
         items=[item(GIFT, 1500, "盒", 98)], channel="email",
         address="哈萨克斯坦阿斯塔纳（经霍尔果斯口岸出境，买方货代提货）", deadline="2026-11-15",
         terms="全款预付（已到账）",
         notes="货款147000元已由我司本公司账户通过持牌跨境支付机构付款，贵司已收到（付款人名称与合同买方一致，附我司公司注册证明及付款电文）。",
         signals=["new_customer", "far_delivery"],
         note="Hard negative: A new Kazakh distributor prepays from its own company account through a licensed cross-border payment institution, and the payer name matches the contract.")

qf.order(T, "2026-10-28 17:20",
         customer=cust("霍城县花语民宿", uscc("qf-huayu", "654023", "92"), "阿依努尔",
                       "17800005318", None, wx("qf-huayu")),
         items=[item(GIFT, 120, "盒", 98), item(SACHET, 800, "个", "6.50")], channel="im",
         address="霍城县清水河镇某村阿依努尔家（民宿自用）", deadline="2026-10-30",
         terms="款到发货（已到账）",
         notes="用数字人民币个体户钱包付的16960，已到你们数币钱包了，礼盒放民宿房间里当伴手礼，送到我家院子就行。",
         signals=["new_customer", "residential_delivery", "contact_im_only"],
         note="Hard negative: A local guesthouse owner orders gift boxes to her home and has already paid from her own sole-trader digital-RMB wallet.")

qf.pay(T, "2026-10-30 17:40",
       payee=newpayee("伊犁恒安劳务派遣有限公司", acct("qf-hengan", "6505", 19),
                      "中国建设银行伊宁分行", vid="V-QF11"),
       amount="118300.00", purpose="劳务费", memo="9-10月秋季剪枝派遣工劳务费（48人）",
       text=qf.erp_text("派遣工劳务费", "恒安劳务派遣", "QF-LW-2026-004", inv("qf-hengan"),
                        "工资由派遣公司逐人代发（附代发回单）"),
       from_name="陈婷", by="E3130", approvers=["E3101", "E3100"],
       contract="QF-LW-2026-004", invoice=inv("qf-hengan"),
       signals=["first_time_payee"],
       note="Hard negative: Wages for 48 seasonal pruners paid to the licensed labour-dispatch company under contract, which pays each worker individually.")

# =========================================================================== lianshi
# 鄯善炼石硅业有限公司 — industrial silicon (553#/441#) and silica fume, 鄯善工业园区.
# Staff: E4100 孙建华 总经理 · E4101 郑万里 董事长 · E4102 刘晓梅 财务经理 ·
#        E4103 吾斯曼 会计 · E4104 张丽娟 出纳 · E4110 何永强 采购经理 ·
#        E4120 蔡志明 销售经理 · E4130 王芳 人事行政

ls = Tenant("lianshi", "LS", acct("ls-payer", "3012", 19), "鄯善炼石硅业有限公司", "浪潮GS付款单")

LS_QUARTZ = vendor("鄯善县鑫石硅石矿业有限公司", acct("ls-quartz", "8803", 18),
                   "吐鲁番农村商业银行鄯善支行", "V-LS01", "0995-0000362")
LS_ELECTRODE = vendor("平顶山恒力炭素制品有限公司", acct("ls-electrode", "2507", 19),
                      "中国银行平顶山分行", "V-LS02", "0375-0000451")
LS_COAL = vendor("哈密宏泰洗煤有限公司", acct("ls-coal", "6505", 19),
                 "中国建设银行哈密分行", "V-LS03", "0902-0000523")
LS_POWER = vendor("吐鲁番东电售电有限公司", acct("ls-power", "3062", 17),
                  "中国农业银行吐鲁番分行", "V-LS04", "0995-0000118")

C_LS01 = cust("新疆天晟有机硅有限公司", uscc("ls-c01", "659001"), "姜经理", "0993-0000614",
              "cg@tiansheng-si.com", None, "C-LS01")
C_LS02 = cust("包头晶辉光伏材料有限公司", uscc("ls-c02", "150207"), "白工", "0472-0000385",
              "baigong@jinghui-pv.com", None, "C-LS02")
C_LS03 = cust("洛阳豫新铝合金有限公司", uscc("ls-c03", "410322"), "冯经理", "0379-0000247",
              "feng@yuxin-al.com", None, "C-LS03")
LS07_NAME, LS07_CODE = "兰州瑞达金属材料贸易有限公司", uscc("ls-c07", "620102")
ADDR_LS01 = "石河子市化工新材料产业园天晟有机硅厂区"
ADDR_LS02 = "内蒙古包头市九原区晶辉光伏材料厂区"
ADDR_LS03 = "河南省洛阳市孟津区豫新铝合金厂"
SI553, SI441, FUME = "工业硅（553#）", "工业硅（441#）", "微硅粉"

# ---- lianshi history -------------------------------------------------------------

ls.order(H, "2026-08-03 16:30", customer=C_LS01, items=[item(SI553, 300, "吨", 9600)],
         channel="erp", address=ADDR_LS01, deadline="2026-08-08", terms="款到发货",
         notes="预付款已到账，汽运",
         note="Silicon order from the established organosilicon maker, prepaid.")

ls.pay(H, "2026-08-04 12:50", payee=LS_QUARTZ, amount="2100000.00", purpose="货款",
       memo="硅石款（5000吨）", by="E4110", approvers=["E4102", "E4100"],
       text=ls.erp_text("硅石款（5000吨）", "鑫石矿业", "LS-CG-2026-001", inv("ls-quartz-1")),
       from_name="何永强", contract="LS-CG-2026-001", invoice=inv("ls-quartz-1"),
       note="Quartz payment to the regular local mine.")

ls.order(H, "2026-08-05 15:20", customer=C_LS02, items=[item(SI441, 500, "吨", 10200)],
         channel="email", address=ADDR_LS02, deadline="2026-08-15", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established polysilicon maker, prepaid.")

ls.pay(H, "2026-08-07 11:10", payee=LS_ELECTRODE, amount="1320000.00", purpose="货款",
       memo="石墨电极款（60吨）", by="E4110", approvers=["E4102", "E4100"],
       text=ls.erp_text("石墨电极款（60吨）", "恒力炭素", "LS-CG-2026-004", inv("ls-electrode-1")),
       from_name="何永强", contract="LS-CG-2026-004", invoice=inv("ls-electrode-1"),
       note="Graphite-electrode payment to the regular Henan supplier.")

ls.order(H, "2026-08-10 14:00", customer=C_LS03, items=[item(SI553, 200, "吨", 9550)],
         channel="email", address=ADDR_LS03, deadline="2026-08-20", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established aluminium-alloy maker, prepaid.")

ls.order(H, "2026-08-12 10:45",
         customer=cust(LS07_NAME, LS07_CODE, "谢经理", "18700009264", None, wx("ls-c07")),
         items=[item(SI553, 20, "吨", 9600)], channel="im",
         address="甘肃省兰州市西固区某物流园", deadline="2026-08-18", terms="款到发货",
         notes="首单试用，货款由我们合作方兰州鑫泰商贸代付，已到账。",
         note="First small trial order from a new Lanzhou trader, paid in advance by a partner company.")

ls.pay(H, "2026-08-14 16:40", payee=LS_COAL, amount="2360000.00", purpose="货款",
       memo="精煤款（2000吨）", by="E4110", approvers=["E4102", "E4100"],
       text=ls.erp_text("精煤款（2000吨）", "宏泰洗煤", "LS-CG-2026-003", inv("ls-coal-1")),
       from_name="何永强", contract="LS-CG-2026-003", invoice=inv("ls-coal-1"),
       note="Reductant-coal payment to the regular Hami washery.")

ls.order(H, "2026-08-18 11:25", customer=C_LS01, items=[item(SI553, 350, "吨", 9620)],
         channel="erp", address=ADDR_LS01, deadline="2026-08-23", terms="款到发货",
         notes="预付款已到账，汽运",
         note="Silicon order from the established organosilicon maker, prepaid.")

ls.order(H, "2026-08-20 15:35", customer=C_LS02, items=[item(SI441, 400, "吨", 10250)],
         channel="email", address=ADDR_LS02, deadline="2026-08-30", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established polysilicon maker, prepaid.")

ls.pay(H, "2026-08-25 12:15", payee=LS_POWER, amount="21846500.00", purpose="电费",
       memo="8月电费", by="E4103", approvers=["E4102", "E4100"],
       text=ls.erp_text("8月电费", "东电售电", "LS-NY-2026-001", inv("ls-power-1")),
       from_name="吾斯曼", contract="LS-NY-2026-001", invoice=inv("ls-power-1"),
       note="Monthly electricity bill to the smelter's power retailer.")

ls.order(H, "2026-08-24 16:05", customer=C_LS01, items=[item(FUME, 180, "吨", 1440)],
         channel="erp", address=ADDR_LS01, deadline="2026-08-28", terms="款到发货",
         notes="预付款已到账",
         note="Silica-fume order from the established organosilicon maker.")

ls.order(H, "2026-08-27 10:55", customer=C_LS03, items=[item(SI553, 180, "吨", 9580)],
         channel="email", address=ADDR_LS03, deadline="2026-09-05", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established aluminium-alloy maker, prepaid.")

ls.order(H, "2026-09-01 14:45",
         customer=cust(LS07_NAME, LS07_CODE, "谢经理", "18700009264", None, wx("ls-c07"), "C-LS07"),
         items=[item(SI553, 30, "吨", 9600)], channel="im",
         address="甘肃省兰州市西固区某物流园", deadline="2026-09-07", terms="款到发货",
         notes="第二单，货款仍由合作方兰州鑫泰商贸代付，已到账。",
         note="Second small order from the Lanzhou trader, again paid in advance by its partner company.")

ls.order(H, "2026-09-03 16:20", customer=C_LS01, items=[item(FUME, 200, "吨", 1450)],
         channel="erp", address=ADDR_LS01, deadline="2026-09-08", terms="款到发货",
         notes="预付款已到账",
         note="Silica-fume order from the established organosilicon maker.")

ls.order(H, "2026-09-08 11:50", customer=C_LS02, items=[item(SI441, 450, "吨", 10250)],
         channel="email", address=ADDR_LS02, deadline="2026-09-18", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established polysilicon maker, prepaid.")

ls.order(H, "2026-09-09 14:20", customer=C_LS03, items=[item(SI553, 210, "吨", 9600)],
         channel="email", address=ADDR_LS03, deadline="2026-09-18", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Silicon order from the established aluminium-alloy maker, prepaid.")

ls.pay(H, "2026-09-10 15:10", payee=LS_QUARTZ, amount="2016000.00", purpose="货款",
       memo="硅石款（4800吨）", by="E4110", approvers=["E4102", "E4100"],
       text=ls.erp_text("硅石款（4800吨）", "鑫石矿业", "LS-CG-2026-001", inv("ls-quartz-2")),
       from_name="何永强", contract="LS-CG-2026-001", invoice=inv("ls-quartz-2"),
       note="Quartz payment to the regular local mine.")

# ---- lianshi test: routine -------------------------------------------------------

ls.order(T, "2026-09-14 15:25", customer=C_LS01, items=[item(SI553, 320, "吨", 9650)],
         channel="erp", address=ADDR_LS01, deadline="2026-09-19", terms="款到发货",
         notes="预付款已到账，汽运",
         note="Routine: Silicon order from the established organosilicon maker, prepaid.")

ls.pay(T, "2026-09-24 11:20", payee=LS_QUARTZ, amount="2142000.00", purpose="货款",
       memo="硅石款（5100吨）", by="E4110", approvers=["E4102", "E4100"],
       text=ls.erp_text("硅石款（5100吨）", "鑫石矿业", "LS-CG-2026-001", inv("ls-quartz-3")),
       from_name="何永强", contract="LS-CG-2026-001", invoice=inv("ls-quartz-3"),
       note="Routine: Quartz payment to the regular local mine.")

ls.order(T, "2026-10-19 12:40", customer=C_LS02, items=[item(SI441, 480, "吨", 10300)],
         channel="email", address=ADDR_LS02, deadline="2026-10-29", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Routine: Silicon order from the established polysilicon maker, prepaid.")

ls.pay(T, "2026-11-10 16:10", payee=LS_POWER, amount="22318700.00", purpose="电费",
       memo="10月电费", by="E4103", approvers=["E4102", "E4100"],
       text=ls.erp_text("10月电费", "东电售电", "LS-NY-2026-001", inv("ls-power-oct")),
       from_name="吾斯曼", contract="LS-NY-2026-001", invoice=inv("ls-power-oct"),
       note="Routine: Monthly electricity bill to the smelter's power retailer.")

ls.order(T, "2026-11-26 11:30", customer=C_LS03, items=[item(SI553, 190, "吨", 9750)],
         channel="email", address=ADDR_LS03, deadline="2026-12-08", terms="款到发货",
         notes="预付款已到账，铁路发运",
         note="Routine: Silicon order from the established aluminium-alloy maker, prepaid.")

# ---- lianshi test: scams ---------------------------------------------------------

# boss_impersonation — chairman's look-alike domain (real: lianshi-silicon.com).
ls.pay(T, "2026-09-16 15:45",
       payee=newpayee("新疆疆电绿能交易服务有限公司", acct("ls-lvneng", "3030", 19),
                      "中国光大银行乌鲁木齐分行"),
       amount="500000.00", purpose="保证金", memo="绿电交易入市保正金",
       channel="email", from_name="郑万里", from_contact="zhengwl@lianshi-si1icon.com",
       text=("晓梅：\n自治区2027年度绿电直购名额今天下午6点截止，我在北京开会，已经和交易服务公司谈好，"
             "先交50万入市保正金锁定名额（比网电便宜8分），手续回来补。我手机静音，有事薇信留言。\n郑万里"),
       urgent=True, by="E4102", approvers=[],
       scam="boss_impersonation",
       signals=["email_instruction", "lookalike_domain", "boss_role", "deposit_words",
                "bypass_process", "cannot_call", "urgency", "first_time_payee", "no_approval",
                "evasion_homophone"],
       note="An e-mail from a look-alike of the chairman's domain ('1' for 'l') orders a 500k 'green-power market entry deposit', spelt with a homophone, paid today with paperwork to follow.")

# boss_impersonation — new WeChat group, fake GM + fake chairman, e-CNY wallet.
LS_BOSS_WALLET = acct("ls-wangzhigang-wallet", "0031", 16)
ls.pay(T, "2026-10-21 13:25",
       payee=person("王志刚", LS_BOSS_WALLET, "数字人民币钱包（个人）"),
       amount="290000.00", purpose="预付款", memo="石墨电极紧急采购预付款",
       channel="im", from_name="孙建华", from_contact=wx("ls-fake-sun"),
       text=("【微信群“炼石硅业高管沟通群”（群成员4人，今日创建）】\n"
             "孙建华：丽娟，现在账上可用余额多少？截图发一下\n张丽娟：[图片]\n"
             f"孙建华：3号炉电极断了，河南那边现货要抢，对方只收数字人民币，先转29万到这个数币钱包{LS_BOSS_WALLET}（王志刚），"
             "今天必须发车。合同我让何永强后补，我在州里开会不方便接电话。\n郑万里：同意，抓紧办。"),
       urgent=True, by="E4104", approvers=[],
       scam="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "boss_role", "urgency",
                "bypass_process", "cannot_call", "personal_account", "first_time_payee", "no_approval"],
       note="In a four-member WeChat group created that day, fake GM and chairman accounts take a balance screenshot and then have the cashier send 290k for 'emergency electrodes' to a personal digital-RMB wallet.")

# account_change — forged receivables-assignment notice redirects to a 'factor'.
LS_ELECTRODE_FACTOR = dict(LS_ELECTRODE, name="深圳前海恒信商业保理有限公司",
                           account_no=acct("ls-factor-fake", "1101", 19), bank="平安银行深圳前海分行")
ls.pay(T, "2026-11-03 15:05", payee=LS_ELECTRODE_FACTOR, amount="1386000.00", purpose="货款",
       memo="石墨电极款（63吨）",
       channel="email", from_name="平顶山恒力炭素制品有限公司 财务部",
       from_contact="caiwu@hengli-tansu.com.cn",
       text=("刘经理您好：\n我司已将对贵司的应收账款转让给深圳前海恒信商业保理有限公司（附《应收账款转让通知书》扫描件），"
             "自即日起电极货款请付至保理公司专户，付至原账户将不能视为有效付款。此事已在供应链金融平台完成登记，"
             "无需另行电话确认。\n恒力炭素 财务部"),
       by="E4103", approvers=["E4102", "E4100"], contract="LS-CG-2026-004",
       invoice=inv("ls-electrode-2"), changed_at="2026-10-30 16:20",
       scam="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch",
                "email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"],
       note="A forged 'receivables assignment notice' e-mailed from a look-alike domain redirects the electrode supplier's payments to a Shenzhen factoring company, keyed into the vendor master four days earlier.")

# fake_salary — team leader's 'new wx': nine workers' overtime into his own card.
ls.pay(T, "2026-09-30 18:30",
       payee=person("阿不都热合曼·买买提", acct("ls-abdurahman", "6217", 19), "中国建设银行鄯善县支行"),
       amount="76500.00", purpose="加班费", memo="3号炉班组9月加班费（9人）",
       channel="im", from_name="阿不都热合曼（3号炉班长）", from_contact=wx("ls-abdu-new"),
       text=("王主任，3号炉九个人的加班费这个月统一打我卡上，我来分，好几个兄弟的工资卡是外地的，到账慢。"
             "人名和金额我列在下面了，一共76500。这是我新的wx，原来的号被封了。"),
       by="E4130", approvers=["E4102"],
       scam="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "payroll_change", "im_instruction", "new_contact",
                "personal_account", "first_time_payee", "evasion_pinyin"],
       note="A new WeChat account in the furnace team leader's name asks for nine workers' September overtime to be paid into his own card in one sum.")

# authority_impersonation — fake tax inspection, 'tax supervision account' in trad. chars.
ls.pay(T, "2026-10-13 16:50",
       payee=newpayee("新疆税企通财税咨询有限公司", acct("ls-shuiqitong", "8801", 18),
                      "乌鲁木齐银行天山区支行"),
       amount="680000.00", purpose="资金核查", memo="数电票风险核查资金验证",
       channel="phone", from_name="自称吐鲁番市税务局稽查局 马科长", from_contact="0995-0000366",
       text=("（电话记录，刘晓梅）对方称我司数电票开票额度被系统判定异常（疑似虚开），需对近三个月进项对应资金做“资金核查”，"
             "要求将68万转入稅務監管賬戶（户名新疆税企通财税咨询有限公司）冻结验证，72小时内原路退回，否则暂停开票并移送公安。"
             "对方要求不要告诉领导，核查期间保持电话畅通。"),
       urgent=True, by="E4102", approvers=["E4100"],
       scam="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction",
                "urgency", "first_time_payee", "evasion_traditional"],
       note="A caller posing as the tax inspection bureau says the firm's e-invoice quota is flagged for fake invoicing and has 680k moved into a 'tax supervision account', written in traditional characters, for fund verification.")

# authority_impersonation — fake safety bureau, training fee to a personal card.
ls.pay(T, "2026-11-17 11:45",
       payee=person("杨帆", acct("ls-yangfan", "6222", 19), "中国工商银行乌鲁木齐分行"),
       amount="12800.00", purpose="培训费", memo="安全生产专项整治培训费及资料费",
       channel="im", from_name="吐鲁番市应急管理局 安全科 杨帆", from_contact="企业微信：应急管理局-杨帆",
       text=("各重点企业：根据自治区冶金行业安全生产专项整治要求，贵企业矿热炉岗位人员须于11月20日前参加取证培训，"
             "培训费及资料费12800元（8人）请转至经办人杨帆账户，开具正式票据。未参训企业将列入重点检查名单并责令停炉整改。"),
       urgent=True, by="E4130", approvers=["E4102"],
       scam="authority_impersonation",
       signals=["authority_words", "fee_words", "personal_account", "first_time_payee",
                "im_instruction", "urgency"],
       note="A WeCom message from a 'safety bureau officer' tells furnace staff to pay 12.8k of training and materials fees to his personal account or face a shutdown inspection.")

# fake_invoice — buying input e-invoices at 3 'ticket points'.
ls.pay(T, "2026-10-15 14:25",
       payee=newpayee("乌鲁木齐鼎盛汇财税服务有限公司", acct("ls-dingshenghui", "8801", 18),
                      "乌鲁木齐银行新市区支行"),
       amount="46500.00", purpose="服务费", memo="进项数电票开票服务费（票点3%）",
       channel="im", from_name="鼎盛汇 李经理", from_contact=wx("ls-dingshenghui"),
       text=("何经理，上次说的进项票，我们这边有石油焦、电极的真实数电票，能走全国查验，票点3个，"
             "155万的票收你4.65万，今天付款明天开出来，贵司进项不够正好抵税。放心，都是真实企业开的。"),
       urgent=True, by="E4110", approvers=["E4102"],
       scam="fake_invoice",
       signals=["invoice_trade_words", "first_time_payee", "im_instruction", "no_po_contract", "urgency"],
       note="A 'tax services' firm offers 1.55m of input e-invoices at 3 'ticket points', and procurement submits the 46.5k as a service charge.")

# advance_fee — fake silicon supply-chain-finance platform wants 'capital verification'.
LS_VERIFY_CARD = acct("ls-hanliwei", "6228", 19)
ls.pay(T, "2026-09-23 12:05",
       payee=person("韩立伟", LS_VERIFY_CARD, "中国农业银行西安分行"),
       amount="500000.00", purpose="验资", memo="电费贷 验资款（放款前流水验证）",
       channel="im", from_name="硅链通供应链金融平台 客户经理 韩立伟", from_contact="钉钉：硅链通-韩立伟",
       text=("刘经理，贵司800万电费贷（以多晶硅客户应收账款质押）终审通过。放款前银行要求验资："
             "请将50万转至我方验资专员个人账户做流水验证，放款时与800万一并退回。"
             f"yhk信息：韩立伟 农行 {LS_VERIFY_CARD}。今天下班前完成可明早放款，过期额度收回。"),
       urgent=True, by="E4102", approvers=["E4100"],
       scam="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
                "urgency", "evasion_pinyin"],
       note="A 'silicon supply-chain finance platform' on DingTalk says an 8m power-bill loan is approved but needs 500k of 'capital verification' sent to its officer's personal card first.")

# advance_fee — bill broker wants discount interest before taking the bill.
ls.pay(T, "2026-11-19 16:30",
       payee=newpayee("郑州汇金票据服务有限公司", acct("ls-huijin", "4101", 19), "郑州银行金水支行"),
       amount="38400.00", purpose="贴息", memo="商业承兑汇票贴现预付贴息及服务费",
       channel="im", from_name="汇金票据 业务经理 周", from_contact=wx("ls-huijin"),
       text=("刘经理，贵司收的那张包头晶辉320万商票，我们这边年化3.2%能贴，比银行低一半。"
             "按行规先付贴息和服务费38400，款到我们就安排背书签收，当天放款。票面信息我这边查过了，没问题。"),
       by="E4102", approvers=["E4100"],
       scam="advance_fee",
       signals=["loan_fee_words", "fee_words", "first_time_payee", "im_instruction", "unusual_bank_region"],
       note="A bill broker offers to discount a 3.2m commercial acceptance bill at half the bank rate but wants 38.4k of 'discount interest and service fee' before taking the bill.")

# task_rebate (investment) — 'mentor' futures signals, Hong Kong, USDT accepted.
ls.pay(T, "2026-10-28 17:15",
       payee=newpayee("香港鼎峰国际资产管理有限公司", acct("ls-dingfeng", "0128", 16),
                      "中国银行（香港）有限公司"),
       amount="200000.00", purpose="投资款", memo="工业硅期货套保账户入金",
       channel="im", from_name="蔡志明", from_contact=None,
       text=("（蔡志明附言）工业硅期货套保，鼎峰国际的导师带单，近两个月跟单收益18%，平台入金最低20万，"
             "可用对公或U（USDT）。已截图平台收益记录。"),
       by="E4120", approvers=["E4102"],
       scam="task_rebate",
       signals=["crypto", "first_time_payee", "unusual_bank_region", "no_po_contract", "im_instruction"],
       note="The sales manager, following a 'mentor' in a futures-signal group, asks for 200k of company money to fund a 'silicon futures hedging' account at a Hong Kong asset manager that also takes USDT.")

# overpayment_refund — unsigned commercial bill, excess wired to buyer's supplier.
ls.order(T, "2026-11-11 12:20",
         customer=cust("江苏华硅新材料科技有限公司", uscc("ls-huagui", "320412"), "钱经理",
                       "18700002748", "qianjl@huagui-nm.com"),
         items=[item(SI441, 130, "吨", 10400)], channel="email",
         address="江苏省常州市武进区华硅新材料厂区", deadline="2026-11-20", terms="电子商业汇票",
         third_party=tp("江苏润通金属贸易有限公司", "18700006317", "refund_recipient", 648000),
         notes=("我司已开出一张200万元电子商业承兑汇票给贵司（票据状态：提示收票待签收），"
                "超出货款的64.8万元请在签收前先转给我司供应商润通金属，以免影响我们那边发货。"),
         scam="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
                  "guarantee_unverified", "large_first_order"],
         note="A new Jiangsu buyer issues a 2m commercial bill, not yet signed for, against a 1.35m order and asks for the 648k 'excess' to be wired to its own supplier before signing.")

# account_lending — solar-EPC 'account frozen by risk control', 1% fee.
ls.pay(T, "2026-10-22 14:35",
       payee=newpayee("新疆天际光能工程有限公司", acct("ls-tianji", "6505", 19), "中国建设银行吐鲁番分行"),
       amount="1485000.00", purpose="往来款", memo="光伏EPC项目款代付",
       channel="im", from_name="吐鲁番光伏项目 陈总", from_contact=wx("ls-chen-epc"),
       text=("何经理，刚才到你们账上的150万是业主付的工程款，我们公司账户被风控了，借用贵司公户过一下账，"
             "扣1%（1.5万）算辛苦费，剩148.5万转给天际光能。以后每月都有，长期合作。"),
       urgent=True, by="E4110", approvers=["E4102"],
       scam="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "vague_memo"],
       note="A solar-EPC contact whose 'account is frozen by risk control' routes 1.5m through the smelter's account and asks for it to be forwarded, less a 1% fee, to a third company.")

# account_lending — structural only: in-out match with no contract on either leg.
ls.pay(T, "2026-11-24 15:55",
       payee=newpayee("新疆丰禾源农业发展有限公司", acct("ls-fengheyuan", "3166", 19), "昆仑银行乌鲁木齐分行"),
       amount="475200.00", purpose="往来款", memo="往来款",
       text=ls.erp_text("往来款", "丰禾源农业",
                        extra="关联到账：11月24日 乌鲁木齐瑞通商贸有限公司 480,000.00（回单1124-012）"),
       from_name="吾斯曼", by="E4103", approvers=["E4102"],
       scam="account_lending",
       signals=["in_out_match", "first_time_payee", "vague_memo", "no_po_contract"],
       note="Structural only: on the day 480k arrives from an unknown trading company, 475.2k leaves as 'current account' to an unrelated agricultural firm, with no contract behind either leg.")

# fake_purchaser — structural only: two small trials paid by a partner, then 600 t on credit.
ls.order(T, "2026-10-27 11:40",
         customer=cust(LS07_NAME, LS07_CODE, "谢经理", "18700009264", None, wx("ls-c07"), "C-LS07"),
         items=[item(SI553, 600, "吨", 9650)], channel="im",
         address="甘肃省兰州市西固区某物流园", deadline="2026-11-05", terms="月结60天",
         notes="老规矩，这次量大，月底一起结。",
         scam="fake_purchaser",
         signals=["small_then_large", "credit_terms_requested", "far_delivery", "contact_im_only"],
         note="Structural only: after two small trial orders paid by a partner company, the Lanzhou trader orders 600 t on 60-day credit to a logistics-park address in a one-line WeChat message.")

# fake_purchaser — 'group procurement centre': listing fee + CA certificate by QR code.
ls.order(T, "2026-09-17 12:35",
         customer=cust("国晶硅业集团有限公司西北物资采购中心", None, "武主任", "17800001956", None,
                       wx("ls-guojing")),
         items=[item(SI553, 1000, "吨", 9700)], channel="im",
         address="宁夏石嘴山市某物流园中转库", deadline="2026-10-10",
         terms="货到验收后90天（集团统一结算）",
         fees=[fee("供应商入库年费", 3800), fee("CA数字证书", 1200)],
         notes=("我们集团多晶硅基地年需工业硅10万吨，贵司进入合格供应商名录须先在“国晶e采”平台办理入库（年费3800元）"
                "和CA数字证书（1200元），扫码缴费后即可参与本月1000吨订单。"),
         scam="fake_purchaser",
         signals=["institution_claim", "fee_asked_of_seller", "fee_words", "new_customer",
                  "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only"],
         note="A 'group procurement centre' of a polysilicon giant dangles a 1,000 t order on 90-day terms but first wants supplier-listing and CA-certificate fees paid by QR code.")

# fake_order — buyer insists on a 'UnionPay meeting' screen share with online banking open.
ls.order(T, "2026-11-13 15:15",
         customer=cust("湖北楚天新材料有限公司", uscc("ls-chutian", "420117"), "易总",
                       "15100002863", None, wx("ls-chutian")),
         items=[item(SI553, 80, "吨", 9700)], channel="im",
         address="湖北省武汉市新洲区楚天新材料厂", deadline="2026-11-25", terms="款到发货",
         notes=("易总视频里说付款要走他们银行的“银联会议”对账：让我们下载银联会议APP，共享屏幕打开网银，"
                "他那边远程指导核对收款账户，确认后马上付77.6万。会议号 883 622 175。"),
         scam="fake_order",
         signals=["remote_control", "new_customer", "contact_im_only"],
         note="A new Hubei buyer insists the seller install a 'UnionPay meeting' app and share its screen with online banking open so he can 'check the receiving account' before paying.")

# contract_fraud — cheap direct green power, 1.2m bond to a July-registered company.
ls.pay(T, "2026-10-16 16:05",
       payee=newpayee("新疆源网荷储能源科技有限公司", acct("ls-yuanwang", "3002", 19),
                      "中国工商银行乌鲁木齐新华南路支行"),
       amount="1200000.00", purpose="保证金", memo="“源网荷储一体化”绿电直连项目履约保证金",
       text=ls.erp_text("履约保证金", "源网荷储能源科技",
                        extra=("项目合作协议（草签，对方尚未盖章）约定：签约前缴纳120万履约保证金，项目投运后电价0.22元/kWh；"
                               "对方称项目已列入自治区重点项目，投资45亿元；营业执照显示成立于2026年7月，注册资本100万元")),
       from_name="何永强", by="E4110", approvers=["E4102", "E4100"],
       scam="contract_fraud",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "no_po_contract", "shell_company"],
       note="A company registered in July promises cheap direct green power from a 4.5bn 'key project' and wants a 1.2m performance bond before it has even stamped the agreement.")

# contract_fraud — credit backed by an 'electronic payment guarantee' that cannot be verified.
ls.order(T, "2026-11-20 11:05",
         customer=cust("新疆天域建设集团有限公司", uscc("ls-tianyu", "650105"), "韦经理",
                       "0991-0000553", "weijl@tianyu-jianshe.com"),
         items=[item(FUME, 1500, "吨", 1450)], channel="email",
         address="和田地区某高速公路项目部搅拌站", deadline="2026-12-10",
         terms="货到90天付款（提供电子付款保函）",
         notes="我集团已由“中保信融资担保”开立电子付款保函，保函二维码附后，可扫码验真。请按90天账期供货。",
         scam="contract_fraud",
         signals=["guarantee_unverified", "credit_terms_requested", "new_customer",
                  "large_first_order", "far_delivery"],
         note="A new road contractor wants 2.2m of silica fume on 90-day terms backed by an 'electronic payment guarantee' whose QR code leads to a verification page the guarantor does not operate.")

# ---- lianshi test: hard negatives ------------------------------------------------

ls.pay(T, "2026-10-14 11:30",
       payee=newpayee("天山银海商业保理有限公司", acct("ls-yinhai", "3002", 19),
                      "中国工商银行乌鲁木齐分行", vid="V-LS21"),
       amount="1180000.00", purpose="货款", memo="精煤款（1000吨）—已转让应收账款",
       text=ls.erp_text("宏泰洗煤精煤款", "天山银海保理", "LS-CG-2026-003", inv("ls-coal-factored"),
                        "《应收账款转让通知书》三方盖章原件已归档，已在动产融资统一登记公示系统登记；已按合同档案电话0902-0000523回拨宏泰洗煤财务确认"),
       from_name="吾斯曼", by="E4103", approvers=["E4102", "E4100"],
       contract="LS-CG-2026-003", invoice=inv("ls-coal-factored"),
       verification=verified("0902-0000523", "E4102", "2026-10-13 16:10"),
       signals=["first_time_payee", "payee_name_mismatch", "account_change_words"],
       note="Hard negative: A coal invoice paid to the bank-affiliated factor named in a three-party assignment notice that is publicly registered and was confirmed by calling the supplier's number on file.")

ls.pay(T, "2026-10-29 15:40",
       payee=newpayee("鄯善县人民法院执行款专户", acct("ls-court", "3062", 17), "中国农业银行鄯善县支行"),
       amount="356820.00", purpose="执行款", memo="（2026）新0421执1187号案件执行款",
       text=ls.erp_text("执行款", "鄯善县人民法院",
                        extra="（2026）新0421执1187号执行通知书（法院送达）载明的执行款专户，已到法院立案大厅核对账户；申请执行人：吐鲁番通达物流有限公司（运费纠纷）"),
       from_name="吾斯曼", by="E4103", approvers=["E4102", "E4100"],
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: Court-ordered payment in a freight dispute, made to the court's own enforcement account as printed in the served enforcement notice.")

ls.pay(T, "2026-11-04 18:20",
       payee=newpayee("上海新国际硅业展览服务有限公司", acct("ls-expo", "3100", 19), "交通银行上海浦东分行"),
       amount="86000.00", purpose="展位费", memo="2026上海国际硅业展览会展位费",
       channel="im", from_name="孙建华", from_contact="feishu:ou_2b8d41c07e6a9f35",
       text="晓梅，硅业展的展位费今天是优惠截止日，合同我已经在OA里发起了，郑董也批了，你抓紧付一下。",
       urgent=True, by="E4102", approvers=["E4101"], contract="LS-SC-2026-015",
       verification=verified("18700003030", "E4102", "2026-11-04 18:05"),
       signals=["im_instruction", "boss_role", "urgency", "first_time_payee"],
       note="Hard negative: The travelling GM asks on Feishu for an exhibition-booth fee on its deadline day; the contract is in OA, the chairman approved it and finance called the GM back on his directory number.")

ls.pay(T, "2026-09-28 11:15",
       payee=newpayee("鄯善炼石硅业有限公司（银行承兑汇票保证金账户）", acct("ls-margin", "3012", 19),
                      "中国工商银行鄯善支行"),
       amount="1500000.00", purpose="保证金", memo="开立银行承兑汇票保证金（敞口50%）",
       text=ls.erp_text("银承保证金", "转入本公司保证金专户", extra="工行鄯善支行《银行承兑协议》2026-YC-017"),
       from_name="吾斯曼", by="E4103", approvers=["E4102", "E4100"],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Margin for a bank acceptance bill moved into the company's own margin account at its bank under the signed acceptance agreement.")

ls.pay(T, "2026-10-23 17:05",
       payee=person("马占山", acct("ls-mazhanshan", "6228", 19), "中国农业银行哈密分行"),
       amount="8640.00", purpose="运费", memo="个体车辆运费（硅石 鄯善矿区—厂区 4车）",
       text=ls.erp_text("个体司机运费", "马占山（新K·3J27X）", extra="磅单4张，运输协议LS-YS-2026-017"),
       from_name="何永强", by="E4110", approvers=["E4102"], contract="LS-YS-2026-017",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: Freight to an owner-driver's personal card for four quartz loads, with weighbridge tickets and a haulage agreement.")

ls.pay(T, "2026-11-06 11:20",
       payee=newpayee("吐鲁番金鼎耐火材料有限公司", acct("ls-jinding", "8803", 18),
                      "吐鲁番农村商业银行高昌支行", vid="V-LS12"),
       amount="236800.00", purpose="货款", memo="矿热炉炉衬耐火砖款",
       text=ls.erp_text("耐火砖到货款", "金鼎耐火", "LS-CG-2026-021", inv("ls-jinding"),
                        "数电票已在全国增值税发票查验平台查验一致；入库单1104-06"),
       from_name="何永强", by="E4110", approvers=["E4102", "E4100"],
       contract="LS-CG-2026-021", invoice=inv("ls-jinding"),
       signals=["first_time_payee"],
       note="Hard negative: First payment to a new refractory-brick supplier against a contract, a goods receipt and an e-invoice checked on the national verification platform.")

ls.pay(T, "2026-09-22 15:55", payee=LS_POWER, amount="800000.00", purpose="保证金",
       memo="2027年度绿电零售合同履约保证金", by="E4103", approvers=["E4102", "E4100"],
       text=ls.erp_text("2027年度绿电零售合同履约保证金", "东电售电", "LS-NY-2027-001",
                        extra="合同已双方盖章；按电力交易中心规则缴入售电公司合同约定账户"),
       from_name="吾斯曼", contract="LS-NY-2027-001",
       signals=["deposit_words"],
       note="Hard negative: A performance deposit for next year's green-power retail contract, signed by both sides, paid to the smelter's existing electricity retailer.")

ls.order(T, "2026-10-20 12:10", customer=C_LS03, items=[item(SI553, 800, "吨", 9600)],
         channel="email", address=ADDR_LS03, deadline="2026-11-10", terms="款到发货（已到账）",
         notes="新上再生铝合金产线，本单量较大，货款768万元已从我司基本户汇出并到账，请分批铁路发运。",
         signals=["small_then_large"],
         note="Hard negative: The established aluminium-alloy customer quadruples its usual order for a new line and pays the full 7.68m in advance from its own account.")

ls.order(T, "2026-09-29 16:15",
         customer=dict(C_LS01, im_id="dingtalk:jiangjl_ts"),
         items=[item(SI553, 300, "吨", 9650)], channel="im", address=ADDR_LS01,
         deadline="2026-10-12", terms="款到发货",
         notes="姜经理钉钉下单：公司采购改用钉钉审批，预付款已从天晟基本户汇出，请查收后安排发货。",
         signals=["contact_im_only"],
         note="Hard negative: The established organosilicon customer now places orders through DingTalk, with the prepayment sent from its usual company account.")

ls.order(T, "2026-11-16 12:35", customer=C_LS02, items=[item(SI441, 500, "吨", 10300)],
         channel="email", address=ADDR_LS02, deadline="2026-11-26",
         terms="“链融信”数字债权凭证（已确权，可在开立银行贴现）",
         notes=("本单以我司在开户银行“链融信”平台开立的数字债权凭证支付，凭证已由开立行确权，"
                "贵司已在平台签收（凭证号RY-2026-11-0442），可随时在平台向银行申请融资。"),
         signals=["credit_terms_requested"],
         note="Hard negative: The established polysilicon customer pays with a digital receivable voucher on its bank's platform, already confirmed by the bank and signed for by the seller.")

ls.order(T, "2026-11-25 15:25", customer=C_LS01, items=[item(SI553, 260, "吨", 9700)],
         channel="erp", address="宁夏中卫市沙坡头区某工业园委托加工厂（天晟委托加工）",
         deadline="2026-12-04", terms="款到发货",
         notes="本批货直接发我司在中卫的委托加工厂，收货人和地址见附件委托加工合同，货款已预付。",
         signals=["far_delivery"],
         note="Hard negative: The established customer asks for delivery to its toll processor in Ningxia, named in the processing contract, and prepays as usual.")

ls.pay(T, "2026-10-26 16:40",
       payee=newpayee("乌鲁木齐天衡知识产权代理有限公司", acct("ls-tianheng", "8801", 18),
                      "乌鲁木齐银行高新区支行"),
       amount="2700.00", purpose="服务费", memo="“炼石”商标续展官费及代理费",
       text=ls.erp_text("商标续展", "天衡知识产权", "LS-FW-2025-008",
                        extra="第6类“炼石”商标2026年12月到期，官费500元+代理费2200元，国家知识产权局官网可查到期日"),
       from_name="王芳", by="E4130", approvers=["E4102"], contract="LS-FW-2025-008",
       signals=["renewal_bill", "first_time_payee"],
       note="Hard negative: Trademark renewal paid to the firm's own contracted IP agent, with the expiry date checkable on the national IP office website.")

# --------------------------------------------------------------------------- write


def main():
    lines = []
    for tenant in (hc, qf, ls):
        lines.extend(tenant.finish())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
