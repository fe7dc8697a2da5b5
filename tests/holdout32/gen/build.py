#!/usr/bin/env python3
"""Deterministic generator for the holdout32 corpus (farming cooperatives and
agricultural service firms in Xinjiang, September-November 2026).

Writes ../holdout32.jsonl. Standard library only; no network, no clock, no unseeded
randomness. Running it twice gives byte-identical output. Every "random-looking" value (account numbers, phone tails,
WeChat ids, invoice numbers, credit codes) is derived from a SHA-256 of a fixed key,
so the output never depends on run order, time or the environment.
"""
import hashlib
import json
import os
from datetime import datetime, timedelta
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]  # GB 11714


def _h(key):
    return int(hashlib.sha256(("holdout32|" + key).encode("utf-8")).hexdigest(), 16)


def digits(key, n):
    """n pseudo-random decimal digits derived from key."""
    v = _h(key)
    out = []
    for _ in range(n):
        out.append(str(v % 10))
        v //= 10
    return "".join(out)


def acct(key, prefix, length):
    """A fictitious bank account number of `length` digits starting with `prefix`."""
    assert 16 <= length <= 19
    return prefix + digits("acct|" + key, length - len(prefix))


def mob(prefix, key):
    """Fictitious mobile: 1XX0000xxxx with XX in the allowed prefixes."""
    assert prefix in ("169", "194", "148")
    return prefix + "0000" + digits("mob|" + key, 4)


def tel(area, key):
    """Fictitious landline: area-0000xxx."""
    return area + "-0000" + digits("tel|" + key, 3)


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    v = _h("wx|" + key)
    s = []
    for _ in range(14):
        s.append(alphabet[v % len(alphabet)])
        v //= len(alphabet)
    return "wxid_" + "".join(s)


def invoice(key):
    """20-digit fully digital e-invoice number, Xinjiang (65) issue."""
    return "2665" + digits("inv|" + key, 16)


def org_check(body8):
    total = 0
    for ch, w in zip(body8, ORG_WEIGHTS):
        val = int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10
        total += val * w
    c = 11 - total % 11
    if c == 10:
        return "X"
    if c == 11:
        return "0"
    return str(c)


def uscc_check(first17):
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    c = 31 - total % 31
    if c == 31:
        c = 0
    return USCC_CHARS[c]


def uscc(key, kind, area):
    """Unified social credit code. kind: '91' company, '92' individual business,
    '93' farmers' cooperative. Both the org-code and the final check are valid."""
    v = _h("uscc|" + key)
    body = "MA"
    while len(body) < 8:
        ch = USCC_CHARS[v % len(USCC_CHARS)]
        v //= len(USCC_CHARS)
        body += ch
    oc = org_check(body)
    first17 = kind + area + body + oc
    assert len(first17) == 17
    return first17 + uscc_check(first17)


def money(x):
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    return format(d, "f")


FW = {ord(c): ord(c) + 0xFEE0 for c in "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fullwidth(s):
    return s.translate(FW)


# ---------------------------------------------------------------------------
# Corpus framework
# ---------------------------------------------------------------------------

STRUCTURAL = [
    "first_time_payee", "personal_account", "no_approval", "account_changed_recent",
    "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours",
]
# Public holidays of the test window (off-hours all day). No line is placed on the
# uncertain make-up working days (Sep 20, Oct 10-11) or on the holidays themselves.
HOLIDAYS = {"2026-09-25", "2026-09-26", "2026-09-27"} | {"2026-10-%02d" % d for d in range(1, 8)}


def is_off_hours(t):
    d = datetime.fromisoformat(t)
    if d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS:
        return True
    m = d.hour * 60 + d.minute
    return m < 10 * 60 or m >= 20 * 60


def T(s):
    """'2026-09-01 11:20' -> RFC 3339 Beijing time."""
    return s.replace(" ", "T") + ":00+08:00"


def H(note):
    return dict(phase="history", label="legit", scam_type=None, expect="allow", sig=[], note=note)


def R(note):
    return dict(phase="test", label="legit", scam_type=None, expect="allow", sig=[],
                note="Routine: " + note, cls="routine")


def N(sig, note):
    return dict(phase="test", label="legit", scam_type=None, expect="allow", sig=list(sig),
                note="Hard negative: " + note, cls="hard_negative")


def S(scam_type, expect, sig, note):
    return dict(phase="test", label="scam", scam_type=scam_type, expect=expect, sig=list(sig),
                note=note, cls="scam")


def payee(name, account_no, bank, account_type, vendor_id, phone):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def cust(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def im(from_name, from_contact, text, urgent=False, channel="im"):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact, "text": text,
            "urgent": urgent}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": T(at)}


class Tenant:
    def __init__(self, tid, prefix, payer_no, payer_name, erp_prefix, order_code):
        self.tid = tid
        self.prefix = prefix
        self.payer = {"account_no": payer_no, "account_name": payer_name}
        self.erp_prefix = erp_prefix
        self.order_code = order_code
        self.lines = []
        self.seq = {}
        self.last = {"history": "", "test": ""}

    def _rid(self, code, t):
        day = t[:10].replace("-", "")
        k = (code, day)
        self.seq[k] = self.seq.get(k, 0) + 1
        return "%s-%s-%s%03d" % (self.prefix, code, day, self.seq[k])

    def _add(self, kind, t, request, meta):
        phase = meta["phase"]
        assert t >= self.last[phase], (self.tid, t, "out of order")
        if phase == "test":
            assert self.last["history"] < t
        self.last[phase] = t
        assert not (set(meta["sig"]) & set(STRUCTURAL)), (t, meta["sig"])
        self.lines.append({"kind": kind, "t": t, "request": request, **meta})

    def erp(self, from_name, text, urgent=False):
        return {"channel": "erp", "from_name": from_name, "from_contact": None,
                "text": self.erp_prefix + text, "urgent": urgent}

    def pay(self, when, pe, amount, purpose, memo, instr, req, appr, rel=(None, None, None),
            changed=None, verification=None, meta=None):
        t = T(when)
        rid = self._rid("FK", t)
        body = {
            "request_id": rid,
            "submitted_at": t,
            "payer": dict(self.payer),
            "payee": dict(pe),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": instr,
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": rel[0], "contract_id": rel[1], "invoice_no": rel[2]},
            "payee_account_changed_at": T(changed) if changed else None,
        }
        if verification is not None:
            body["verification"] = verification
        self._add("payment", t, body, meta)
        return rid

    def order(self, when, customer, items, channel, address, deadline, terms, third=None, fees=(),
              notes="", meta=None):
        t = T(when)
        rid = self._rid(self.order_code, t)
        its = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
            total += Decimal(str(qty)) * Decimal(money(price))
        tp = None
        if third is not None:
            name, contact, role, amount = third
            tp = {"name": name, "contact": contact, "role": role, "amount": money(amount) if amount is not None else None}
        body = {
            "record_id": rid,
            "received_at": t,
            "customer": customer,
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": tp,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        self._add("order", t, body, meta)
        return rid

    def finish(self):
        hist = [l for l in self.lines if l["phase"] == "history"]
        test = [l for l in self.lines if l["phase"] == "test"]
        known_accounts = {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
        paid_invoices = {l["request"]["related"]["invoice_no"] for l in hist
                         if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]}
        out = []
        for phase, group, letter in (("history", hist, "h"), ("test", test, "t")):
            for i, l in enumerate(group, 1):
                sig = list(l["sig"])
                if phase == "test":
                    sig += structural(l["kind"], l["request"], known_accounts, paid_invoices)
                rec = {
                    "id": "%s-%s%03d" % (self.tid, letter, i),
                    "tenant": self.tid,
                    "phase": phase,
                    "kind": l["kind"],
                    "label": l["label"],
                    "scam_type": l["scam_type"],
                    "expect": l["expect"],
                }
                if phase == "history":
                    rec["outcome"] = "executed"
                rec["signals"] = sig
                rec["note"] = l["note"]
                rec["request"] = l["request"]
                out.append(rec)
        return out


def structural(kind, r, known_accounts, paid_invoices):
    s = []
    if kind == "payment":
        if r["payee"]["account_no"] not in known_accounts:
            s.append("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            s.append("personal_account")
        if not r["approved_by"]:
            s.append("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            age = datetime.fromisoformat(r["submitted_at"]) - datetime.fromisoformat(ch)
            s.append("account_changed_recent" if age <= timedelta(days=30) else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in paid_invoices:
            s.append("duplicate_invoice")
        if is_off_hours(r["submitted_at"]):
            s.append("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            s.append("new_customer")
        if is_off_hours(r["received_at"]):
            s.append("off_hours")
    return s


# ---------------------------------------------------------------------------
# Tenant 1: shamian - cotton cooperative in Shaya county (Aksu prefecture)
# ---------------------------------------------------------------------------

def build_shamian():
    tn = Tenant("shamian", "SM", acct("sm-payer", "30", 17), "沙雅县白棉棉花种植专业合作社",
                "畅捷通T+付款单：", "XS")
    # staff: E3101 艾尔肯·吐尔逊 (理事长), E3102 张玉兰 (会计), E3103 热娜古丽·买买提 (出纳),
    #        E3104 马国栋 (采收队长), E3105 周斌 (棉花销售)
    CHAIR, ACC, CASH, FIELD, SALES = "E3101", "E3102", "E3103", "E3104", "E3105"

    gin = payee("沙雅县塔河轧花有限公司", acct("sm-gin", "30", 17), "中国农业银行沙雅县支行", "corporate",
                "V-SM01", tel("0997", "sm-gin"))
    gin_fake = payee("沙雅县塔河轧花有限公司", acct("sm-gin-new", "8806", 18), "库尔勒农村商业银行",
                     "corporate", "V-SM01", tel("0997", "sm-gin"))
    agri = payee("沙雅县金穗农资有限公司", acct("sm-agri", "6505", 19), "中国建设银行沙雅县支行", "corporate",
                 "V-SM02", tel("0997", "sm-agri"))
    labour = payee("阿克苏恒通劳务服务有限公司", acct("sm-labour", "3006", 19), "中国工商银行阿克苏分行",
                   "corporate", "V-SM03", tel("0997", "sm-labour"))
    labour_changed = "2025-11-20 11:30"
    water = payee("沙雅县渭干河灌区供水服务站", acct("sm-water", "8806", 18), "新疆沙雅农村商业银行",
                  "corporate", "V-SM04", tel("0997", "sm-water"))
    water_new = payee("沙雅县渭干河灌区供水服务站", acct("sm-water-new", "1076", 18), "中国银行阿克苏分行",
                      "corporate", "V-SM04", tel("0997", "sm-water"))
    ins = payee("中华联合财产保险股份有限公司沙雅支公司", acct("sm-ins", "3006", 19), "中国工商银行沙雅县支行",
                "corporate", "V-SM05", tel("0997", "sm-ins"))
    l1 = payee("买买提·依明", acct("sm-l1", "6228", 19), "中国农业银行沙雅县支行", "personal", "L-SM01",
               mob("169", "sm-l1"))
    l2 = payee("吐尔洪·阿不都", acct("sm-l2", "6230", 19), "新疆沙雅农村商业银行", "personal", "L-SM02",
               mob("194", "sm-l2"))
    l3 = payee("阿布都热合曼·卡德尔", acct("sm-l3", "6228", 19), "中国农业银行沙雅县支行", "personal",
               "L-SM03", mob("148", "sm-l3"))
    l4 = payee("艾买提·沙吾提", acct("sm-l4", "6228", 19), "中国农业银行沙雅县支行", "personal", "L-SM04",
               mob("169", "sm-l4"))
    ayg = payee("阿依古丽·热合曼", acct("sm-ayg", "6228", 19), "中国农业银行沙雅县支行", "personal", None,
                mob("194", "sm-ayg"))
    ayg_fake = payee("阿依古丽·热合曼", acct("sm-ayg-fake", "6217", 19), "中国建设银行喀什分行", "personal",
                     None, None)
    crew = payee("阿卜杜外力·肉孜", acct("sm-crew", "6228", 19), "中国农业银行沙雅县支行", "personal", None,
                 mob("148", "sm-crew"))

    c_mill = cust("阿克苏华纺纺织有限公司", uscc("sm-c1", "91", "652901"), "刘科长", tel("0997", "sm-c1"),
                  "cgb@huafang-aks.com", None, "C-SM01")
    c_oil = cust("沙雅县丰源油脂有限公司", uscc("sm-c2", "91", "652924"), "何经理", tel("0997", "sm-c2"),
                 "fyyz_xs@fengyuan-oil.cn", None, "C-SM02")
    mill_addr = "阿克苏市纺织工业城华纺纺织有限公司原料库"
    oil_addr = "沙雅县工业园区丰源油脂厂"

    # ------------------------------ history ------------------------------
    tn.pay("2026-07-21 11:40", agri, 86400, "货款", "滴灌带及追施尿素货款",
           tn.erp("热娜古丽·买买提", "金穗农资 滴灌带及追施尿素货款｜合同SM-CG-2026-012｜发票" + invoice("sm-h1")),
           CASH, [ACC, CHAIR], rel=(None, "SM-CG-2026-012", invoice("sm-h1")),
           meta=H("Drip tape and urea from the regular farm-supply dealer."))
    tn.pay("2026-07-23 16:15", l1, 43200, "土地流转费", "2026年度土地流转费第二期（120亩）",
           tn.erp("热娜古丽·买买提", "土地流转费第二期｜买买提·依明（托依堡勒迪镇阿热勒村）｜合同SM-TD-2026-011｜打入本人银行卡"),
           CASH, [ACC], rel=(None, "SM-TD-2026-011", None),
           meta=H("Second land-rent instalment to a villager on his own card."))
    tn.order("2026-07-24 12:30", c_mill, [("皮棉（2025年产，3129B）", "200", "吨", "15400.00")], "erp", mill_addr,
             "2026-07-31", "款到发货", notes="2025年度库存皮棉，货款已到账，分两车发运",
             meta=H("Lint order from the established spinning mill."))
    tn.pay("2026-07-28 17:05", ayg, 2160, "工资", "7月打顶工资（阿依古丽·热合曼本人，18天）",
           tn.erp("马国栋", "7月打顶工资｜阿依古丽·热合曼｜考勤表0728-02本人签字｜打入本人银行卡"),
           FIELD, [ACC], meta=H("Cotton-topping wage to a seasonal worker on her own card."))
    tn.pay("2026-07-30 11:10", water, 52300, "水费", "7月灌溉水费（第4轮）",
           tn.erp("热娜古丽·买买提", "7月灌溉水费（第4轮，8120亩）｜渭干河灌区供水服务站｜缴费通知单SY-GQ-2607-118"),
           CASH, [ACC], meta=H("Irrigation water fee to the district water station."))
    tn.pay("2026-08-03 12:20", l2, 30960, "土地流转费", "2026年度土地流转费第二期（86亩）",
           tn.erp("热娜古丽·买买提", "土地流转费第二期｜吐尔洪·阿不都（海楼镇英买力村）｜合同SM-TD-2026-014｜打入本人银行卡"),
           CASH, [ACC], rel=(None, "SM-TD-2026-014", None),
           meta=H("Second land-rent instalment to a villager on his own card."))
    tn.pay("2026-08-05 16:40", labour, 38500, "劳务费", "7月打顶除草劳务外包服务费",
           tn.erp("马国栋", "恒通劳务 7月打顶除草劳务外包服务费｜合同SM-LW-2026-003｜发票" + invoice("sm-h7")),
           FIELD, [ACC, CHAIR], rel=(None, "SM-LW-2026-003", invoice("sm-h7")), changed=labour_changed,
           meta=H("Labour-outsourcing fee to the labour-service company whose account change dates from Nov 2025."))
    tn.order("2026-08-07 11:35", c_oil, [("棉籽（2025年产）", "180", "吨", "2650.00")], "erp", oil_addr,
             "2026-08-12", "款到发货", notes="库存棉籽，油厂自提",
             meta=H("Cotton-seed order from the established oil mill."))
    tn.pay("2026-08-11 15:50", gin, 126800, "加工费", "2025年度籽棉加工费尾款",
           tn.erp("热娜古丽·买买提", "塔河轧花 2025年度籽棉加工费尾款｜合同SM-JG-2025-002｜发票" + invoice("sm-h9")),
           CASH, [ACC, CHAIR], rel=(None, "SM-JG-2025-002", invoice("sm-h9")),
           meta=H("Final ginning fee for last season to the regular ginnery."))
    tn.pay("2026-08-13 12:05", l3, 36000, "土地流转费", "2026年度土地流转费第二期（100亩）",
           tn.erp("热娜古丽·买买提", "土地流转费第二期｜阿布都热合曼·卡德尔（托依堡勒迪镇阿热勒村）｜合同SM-TD-2026-012｜打入本人银行卡"),
           CASH, [ACC], rel=(None, "SM-TD-2026-012", None),
           meta=H("Second land-rent instalment to a villager on his own card."))
    tn.pay("2026-08-17 17:20", crew, 4400, "带工费", "8月打顶带工费（阿卜杜外力·肉孜本人，带工20人）",
           tn.erp("马国栋", "8月打顶带工费｜阿卜杜外力·肉孜｜工人工资已按花名册分别打入各人银行卡，本笔为带工人本人带工费"),
           FIELD, [ACC], meta=H("The crew leader's own team-leading fee to his own card."))
    tn.pay("2026-08-19 11:25", agri, 27600, "货款", "缩节胺及叶面肥货款",
           tn.erp("热娜古丽·买买提", "金穗农资 缩节胺及叶面肥货款｜合同SM-CG-2026-012｜发票" + invoice("sm-h12")),
           CASH, [ACC], rel=(None, "SM-CG-2026-012", invoice("sm-h12")),
           meta=H("Growth regulator and foliar fertiliser from the regular dealer."))
    tn.order("2026-08-24 16:30", c_mill, [("皮棉（2025年产，2129B）", "150", "吨", "15350.00")], "erp", mill_addr,
             "2026-08-28", "款到发货", notes="货款已到账，8月28日前发完",
             meta=H("Lint order from the established spinning mill."))
    tn.pay("2026-08-26 12:40", ins, 19488, "保险费", "2026年度棉花种植保险保费（合作社自缴部分）",
           tn.erp("热娜古丽·买买提", "棉花种植保险保费自缴部分（8120亩×2.4元）｜保单PICC-SY-2026-0831"),
           CASH, [ACC], meta=H("Cooperative's share of the cotton crop-insurance premium."))
    tn.pay("2026-08-28 16:10", labour, 29800, "劳务费", "8月田间管理劳务外包服务费",
           tn.erp("马国栋", "恒通劳务 8月田间管理劳务外包服务费｜合同SM-LW-2026-003｜发票" + invoice("sm-h15")),
           FIELD, [ACC, CHAIR], rel=(None, "SM-LW-2026-003", invoice("sm-h15")), changed=labour_changed,
           meta=H("Labour-outsourcing fee to the labour-service company whose account change dates from Nov 2025."))

    # ------------------------------ test ------------------------------
    tn.pay("2026-09-01 11:20", agri, 64800, "货款", "脱叶剂（噻苯隆·敌草隆）货款",
           tn.erp("热娜古丽·买买提", "金穗农资 脱叶剂货款（1800瓶）｜合同SM-CG-2026-012｜发票" + invoice("sm-t1")),
           CASH, [ACC, CHAIR], rel=(None, "SM-CG-2026-012", invoice("sm-t1")),
           meta=R("Defoliant bought from the regular farm-supply dealer before the harvest."))
    tn.pay("2026-09-02 16:05", l4, 30600, "土地流转费", "2026年度土地流转费（85亩，补充协议）",
           tn.erp("热娜古丽·买买提", "土地流转费｜艾买提·沙吾提（阿热勒村）｜6月补充协议SM-TD-2026-019，村委会见证，本人身份证及银行卡复印件已存档｜打入本人银行卡"),
           CASH, [ACC, CHAIR], rel=(None, "SM-TD-2026-019", None),
           meta=N([], "First land-rent payment to a villager whose 85 mu joined in June, to his own card under a contract witnessed by the village committee."))
    tn.pay("2026-09-03 12:40", payee("高建明", acct("sm-s2", "6222", 19), "中国工商银行乌鲁木齐分行", "personal", None, None),
           3600, "手续费", "棉花目标价格补贴资料审核工本费及代发手续费",
           im("自称沙雅县农业农村局经作站 高科长", tel("0997", "sm-s2-caller"),
              "来电后收到短信：【棉花补贴发放通知】您社2026年度棉花目标价格补贴面积已核定8120亩，已进入本批发放名单。按规定发放前须缴纳补贴资料审核工本费及代发手续费合计3600元，请于9月4日前转至经办人高建明账户，逾期自动转入下一批次。",
              urgent=True, channel="phone"),
           CASH, [ACC],
           meta=S("authority_impersonation", "flag",
                  ["authority_words", "subsidy_words", "fee_words", "phone_instruction", "urgency"],
                  "A caller posing as the county agriculture bureau says the cooperative's cotton subsidy is ready but a 3,600 'review and disbursement fee' must first go to an officer's personal card."))
    tn.order("2026-09-04 17:10", c_mill, [("皮棉（2025年产，3129B）", "100", "吨", "15500.00")], "erp", mill_addr,
             "2026-09-09", "款到发货", notes="最后一批2025年度库存皮棉，货款已到账",
             meta=R("Last lint order of the 2025 stock from the established spinning mill."))
    tn.pay("2026-09-07 11:45", payee("帕提古丽·艾力", acct("sm-pk1", "6228", 19), "中国农业银行沙雅县支行", "personal", None,
                                     mob("169", "sm-pk1")),
           1346.40, "工资", "9月第一周拾花工资（帕提古丽·艾力本人，612公斤）",
           tn.erp("马国栋", "拾花工资（612公斤×2.20元）｜采收二队过秤单0906-17本人签字｜打入本人银行卡"),
           FIELD, [ACC],
           meta=N([], "A new cotton picker's first weekly wage, by the weighing slip she signed, paid to her own card."))
    tn.pay("2026-09-08 18:30", payee("阿克苏棉联机械设备有限公司", acct("sm-s6", "3006", 19), "中国工商银行阿克苏城中支行",
                                     "corporate", None, None),
           280000, "定金", "轧花设备定金",
           im("艾尔肯·吐尔逊（理事长）", "微信群：白棉合作社理事会群（今日新建）",
              "艾尔肯·吐尔逊：热娜古丽，农行基本户现在能用的钱还有多少？截个余额图发群里\n热娜古丽·买买提：理事长，可用余额163万\n艾尔肯·吐尔逊：好。今年咱们自己上一条小轧花线，设备定金28万今天要付给阿克苏棉联机械设备有限公司，合同我明天带回来，你先操作，审批回来补。",
              urgent=True),
           CASH, [],
           meta=S("boss_impersonation", "block",
                  ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "deposit_words", "urgency"],
                  "In a WeChat 'council group' created that day the fake chairman asks for the bank balance, then orders a 280k gin-equipment deposit to an unknown machinery firm, paperwork later."))
    tn.pay("2026-09-09 12:15", crew, 4840, "带工费", "9月上旬带工费（阿卜杜外力·肉孜本人，带拾花工22人）",
           tn.erp("马国栋", "9月上旬拾花带工费｜阿卜杜外力·肉孜｜22名拾花工工资已按过秤单分别打入各人银行卡，本笔为带工人本人带工费"),
           FIELD, [ACC],
           meta=N([], "The crew leader's own team-leading fee for 22 pickers goes to his own card, while each picker's wage went to the picker's card."))
    tn.pay("2026-09-10 16:50", payee("买合木提·阿不都", acct("sm-s3", "6230", 19), "新疆沙雅农村商业银行", "personal", None, None),
           18936, "工资", "9月上旬拾花工资（9人，见过秤汇总）",
           im("采收三队带队 艾则孜", wxid("sm-s3"),
              "热娜古丽出纳你好，我是三队的艾则孜，换了个微信。我们队9个人这次的拾花工钱你统一打到我表弟买合木提的卡上，他们几个的卡是在和田老家办的，这边取不出来，我领了现金发给他们。户名买合木提·阿不都，农商行。"),
           FIELD, [ACC],
           meta=S("fake_salary", "block",
                  ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact"],
                  "A 'new WeChat' of a picking-crew leader asks that nine pickers' wages all be paid to his cousin's card, which belongs to none of them."))
    tn.pay("2026-09-11 11:30", l2, 13760, "补贴转付", "2025年度棉花目标价格补贴二次分配（吐尔洪·阿不都，入股土地86亩）",
           tn.erp("热娜古丽·买买提", "按2026年8月社员大会决议，2025年度棉花目标价格补贴按入股面积分配｜吐尔洪·阿不都86亩×160元｜打入社员本人银行卡，分配表经理事长签字"),
           CASH, [ACC, CHAIR],
           meta=N(["subsidy_words"], "The cooperative passes a member's share of last year's cotton subsidy to his own card under the members' meeting resolution."))
    r_mill_new = tn.order("2026-09-15 17:40", cust("新疆金棉纺织股份有限公司", uscc("sm-n11", "91", "650106"), "贾部长", tel("0991", "sm-n11"),
                                      "purchase@jinmian-tex.com", None, None),
             [("皮棉（2026年产，3129B）", "300", "吨", "15800.00")], "email",
             "乌鲁木齐市头屯河区纺织工业园金棉纺织原料库", "2026-10-30",
             "预付30%定金（已到账），余款款到发货",
             notes="通过阿克苏棉花交易市场认识，已来社里看过棉田和轧花点。30%定金142.2万元已于9月15日从我司基本户汇入贵社农行账户，请核对。",
             meta=N(["large_first_order"], "A new spinning company orders 300 t of new-crop lint after visiting the fields, with a 30% deposit already in the cooperative's account."))
    tn.pay("2026-09-16 10:50", agri, 18600, "货款", "采棉袋及棉包打包布货款",
           tn.erp("热娜古丽·买买提", "金穗农资 采棉袋（3000条）及打包布货款｜合同SM-CG-2026-012｜发票" + invoice("sm-t12")),
           CASH, [ACC], rel=(None, "SM-CG-2026-012", invoice("sm-t12")),
           meta=R("Picking bags and bale wrap from the regular dealer."))
    tn.order("2026-09-17 12:30", cust("华夏纺织集团西北棉花采购中心", None, "孙主任", mob("194", "sm-s10"), None, wxid("sm-s10"), None),
             [("皮棉（2026年产，2129B）", "800", "吨", "16200.00")], "im", "江苏省南通市某物流园中转库", "2026-09-21",
             "货到验收后90天商业承兑",
             notes="集团统一收储新棉，量大，价格比市场高两百，下周一前必须发第一批200吨，运费我们出，合同走集团流程，盖章后寄过来。",
             meta=S("fake_purchaser", "flag",
                    ["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only", "urgency"],
                    "A self-styled 'textile group procurement centre' on WeChat orders 800 t of lint above market on 90-day commercial paper, to a transit yard in Jiangsu, first lot by Monday."))
    tn.pay("2026-09-18 19:20", payee("吾斯曼·喀迪尔", acct("sm-s4", "6228", 19), "中国农业银行库车市支行", "personal", None, None),
           12474, "工资", "9月中旬拾花工资（6人）",
           tn.erp("马国栋", "采收一队拾花工资｜过秤汇总表0918-A"),
           FIELD, [ACC],
           meta=S("fake_salary", "block", ["payee_shared_by_employees"],
                  "Structural only: six pickers' wages go in one payment to a single personal card in another town, on a bland payroll line."))
    tn.pay("2026-09-21 12:10", agri, 46800, "货款", "脱叶剂追加货款",
           im("艾尔肯·吐尔逊（理事长）", wxid("sm-chair"),
              "张会计，金穗的脱叶剂明天要送到三号地，追加的4.68万今天付掉，合同和入库单小周拿给你。\n——已补录畅捷通T+付款单，合同SM-CG-2026-012补充协议，理事长本人审批。",
              urgent=True),
           CASH, [ACC, CHAIR], rel=(None, "SM-CG-2026-012", invoice("sm-t15")),
           meta=N(["im_instruction", "boss_role", "urgency"], "The real chairman asks on WeChat for an urgent top-up of defoliant from the regular dealer, and the payment goes through the system with his own approval."))
    tn.pay("2026-09-22 15:35", payee("新疆棉联订单农业服务有限公司", acct("sm-s12", "3002", 19), "中国工商银行乌鲁木齐新华北路支行",
                                     "corporate", None, None),
           80000, "保证金", "2027年度长绒棉订单农业项目合作履约保证金",
           tn.erp("周斌", "新疆棉联订单农业服务有限公司称与内地纺织集团签有长绒棉保底收购协议，2027年收购价每公斤高于市价0.5元，签订订单农业合作协议前须缴合作履约保证金8万元；该公司2026年7月成立，注册资本10万元。"),
           SALES, [ACC, CHAIR],
           meta=S("contract_fraud", "flag", ["deposit_words", "bigproject_words", "shell_company", "fee_asked_of_seller"],
                  "A two-month-old 'contract-farming' firm promising above-market long-staple prices wants an 80k performance deposit before any contract exists."))
    tn.pay("2026-09-23 11:55", labour, 31200, "劳务费", "9月拾花工招募及现场管理服务费（花名册52人）",
           tn.erp("马国栋", "恒通劳务 9月拾花工招募及现场管理服务费｜合同SM-LW-2026-003｜花名册52人已签字存档，拾花工资由合作社按过秤单直接打入各人银行卡｜发票" + invoice("sm-t17")),
           FIELD, [ACC, CHAIR], rel=(None, "SM-LW-2026-003", invoice("sm-t17")), changed=labour_changed,
           verification=verif(tel("0997", "sm-labour"), ACC, "2025-11-20 15:10"),
           meta=N([], "Service fee to the labour-broker company on its corporate account, changed ten months ago and verified by call-back; the pickers are paid individually."))
    tn.order("2026-09-24 16:20", cust("绍兴柯桥锦程纺织品有限公司", uscc("sm-s11", "91", "330603"), "钱总", mob("148", "sm-s11"), None,
                                      wxid("sm-s11"), None),
             [("皮棉（2026年产，3129B）", "500", "吨", "16300.00")], "im", "浙江省绍兴市柯桥区某纺织园区仓库", "2026-10-15",
             "预付30%，余款提货前付清",
             third=("阿克苏天成包装材料经营部", mob("169", "sm-s11-tp"), "designated_supplier", 42000),
             notes="我们出口订单要求棉包用指定的防伪包装带和溯源标签，只有阿克苏天成包装材料经营部有，你们先付4.2万订货，包装费我们加在货款里一起结。预付款已经转了，截图发你了，跨行对公要明天到账，包装材料那边今天不见钱不发货。",
             meta=S("fake_purchaser", "block",
                    ["designated_supplier", "fake_payment_proof", "large_first_order", "contact_im_only", "urgency"],
                    "A new Zhejiang 'buyer' ordering 500 t of lint says the bales need anti-counterfeit strapping from one named Aksu shop, which we must pay first, while its own deposit is only a screenshot."))
    tn.pay("2026-09-28 12:20", l3, 36000, "土地流转费", "2026年度土地流转费尾款（100亩）",
           tn.erp("热娜古丽·买买提", "土地流转费尾款｜阿布都热合曼·卡德尔｜合同SM-TD-2026-012｜打入本人银行卡"),
           CASH, [ACC], rel=(None, "SM-TD-2026-012", None),
           meta=N([], "Land-rent balance to a known villager on the same card used in August."))
    tn.pay("2026-09-29 17:05", payee("阿克苏鑫盛商贸有限公司", acct("sm-s13", "3006", 19), "中国工商银行阿克苏分行", "corporate",
                                     None, None),
           13500, "开票费", "农资进项专票开票费（税点4.5%）",
           im("鑫盛商贸 马经理", wxid("sm-s13"),
              "张会计，上次说的事：我们这边可以给你们开30万的滴灌带和化肥专票，不用真发货，票点4.5个，先把13500票点转过来，今天就把票开出去，项目验收够用了。"),
           ACC, [],
           meta=S("fake_invoice", "flag", ["invoice_trade_words", "im_instruction", "no_po_contract"],
                  "A trading firm offers 300k of VAT invoices for farm inputs that will never be delivered, for a 4.5% 'tax point' paid up front."))
    tn.pay("2026-09-30 11:10", payee("新疆金棉纺织股份有限公司", acct("sm-n11-payer", "3002", 19), "中国工商银行乌鲁木齐头屯河支行",
                                     "corporate", None, tel("0991", "sm-n11")),
           189600, "退款", "原路退回金棉纺织多付定金（订单由300吨调减为260吨）",
           tn.erp("周斌", "金棉纺织9月15日定金142.2万元已到账（农行回单0915-044）；经双方盖章确认订单调减为260吨，多付定金18.96万元原路退回其付款账户"),
           SALES, [ACC, CHAIR], rel=(r_mill_new, None, None),
           meta=N(["refund_words", "overpayment"], "After its deposit cleared and the order was cut to 260 t, the spinning company's excess deposit is returned to the account it came from."))
    tn.pay("2026-10-12 12:45", payee("阿克苏地区财政资金监管中心", acct("sm-s1", "6217", 19), "中国建设银行乌鲁木齐分行", "unknown",
                                     None, None),
           326000, "补贴核查", "棉花目标价格补贴资金核查",
           im("自称阿克苏地区财政局资金监管科 王科长", tel("0997", "sm-s1-caller"),
              "來電後收到短信：貴社已領取的2025年度棉花目標價格補貼存在重複申報，現需進行資金核查。請於今日16時前將補貼款32.6萬元轉入財政監管帳戶核驗，核查無誤後全額退回；逾期未轉將追回補貼並移送公安機關處理。此事涉及案件，請勿外傳。",
              urgent=True, channel="phone"),
           CASH, [],
           meta=S("authority_impersonation", "block",
                  ["safe_account_words", "authority_words", "subsidy_words", "phone_instruction", "secrecy_words", "urgency", "evasion_traditional"],
                  "A caller posing as the prefecture finance bureau, texting in traditional characters, wants last year's 326k cotton subsidy moved to a 'supervised account' for a fund check."))
    tn.pay("2026-10-13 16:40", gin, 168000, "加工费", "2026年度籽棉加工费（第一批420吨）",
           tn.erp("热娜古丽·买买提", "塔河轧花 籽棉加工费（第一批420吨）｜合同SM-JG-2026-002｜发票" + invoice("sm-t23")),
           CASH, [ACC, CHAIR], rel=(None, "SM-JG-2026-002", invoice("sm-t23")),
           meta=R("First processing fee of the season to the regular ginnery's usual account."))
    tn.pay("2026-10-14 11:35", ayg_fake, 2420, "工资", "10月上旬拾花工资（阿依古丽·热合曼，1100公斤）",
           im("阿依古丽·热合曼", wxid("sm-s5"),
              "热娜古丽姐，我是二队的阿依古丽，原来那张农行卡被冻住了，这次的工钱打我新办的建行卡吧，户名还是我，卡是在喀什办的。"),
           FIELD, [ACC],
           meta=S("fake_salary", "flag",
                  ["payroll_change", "im_instruction", "new_contact", "unusual_bank_region"],
                  "A new WeChat in a known picker's name asks for her wage to go to a 'new' card opened in Kashgar; the name matches but the request never came in person."))
    tn.order("2026-10-15 12:00", c_mill, [("皮棉（2026年产，3129B）", "220", "吨", "15900.00")], "erp", mill_addr,
             "2026-10-25", "款到发货",
             notes="首批货款已于10月14日到账。按我司质量标准，棉包须使用我司指定规格的本白棉布包装，由我司的包装供应商直接送到贵社轧花点，费用由我司与供应商直接结算，贵社无需垫付。",
             meta=N(["designated_supplier"], "The established spinning mill, already paid up, specifies its own bale cloth and has its own supplier deliver and bill it directly."))
    tn.order("2026-10-16 17:30", c_oil, [("棉籽（2026年产）", "120", "吨", "2700.00")], "erp", oil_addr,
             "2026-10-20", "款到发货", notes="新季棉籽，货款已到账，油厂自提",
             meta=R("New-season cotton-seed order from the established oil mill."))
    tn.pay("2026-10-19 11:25", payee("库车市顺发棉业有限公司", acct("sm-s14", "6505", 19), "中国建设银行库车市支行", "corporate",
                                     None, None),
           480000, "往来款", "往来款",
           im("棉花经纪人 老韩", wxid("sm-s14"),
              "热娜古丽，帮个忙：我朋友收棉花的48万今天先打到你们合作社账上，你们收到后帮我走 一 下 账，转给库车市顺发棉业，给你们千分之五的辛苦费，不耽误你们事。"),
           CASH, [],
           meta=S("account_lending", "block",
                  ["account_lending_words", "in_out_match", "vague_memo", "im_instruction", "evasion_spacing"],
                  "A cotton broker asks to run 480k of a friend's cotton money through the cooperative's account to a Kuqa cotton firm for a 0.5% 'fee', spacing out the key words."))
    tn.pay("2026-10-20 16:15", payee("沙雅县白棉棉花种植专业合作社", acct("sm-margin", "30", 17), "中国农业银行沙雅县支行",
                                     "corporate", None, None),
           150000, "保证金", "银行承兑汇票保证金（票面50万元，收款人金穗农资，到期解付后退还）",
           tn.erp("张玉兰", "开立银行承兑汇票保证金｜转入本社农行保证金专户｜票面50万元，保证金比例30%，承兑协议ABC-SY-CD-2026-087"),
           ACC, [CHAIR],
           meta=N(["deposit_words"], "Margin for a bank acceptance bill moved into the cooperative's own margin account at its own bank."))
    tn.pay("2026-10-21 12:50", gin, 152400, "加工费", "2026年度籽棉加工费（第二批381吨）",
           tn.erp("热娜古丽·买买提", "塔河轧花 籽棉加工费（第二批381吨）｜合同SM-JG-2026-002｜发票" + invoice("sm-t29")),
           CASH, [ACC, CHAIR], rel=(None, "SM-JG-2026-002", invoice("sm-t29")),
           meta=R("Second processing fee to the regular ginnery."))
    tn.pay("2026-10-22 22:10", payee("买买提江·吐尔地", acct("sm-pk2", "6228", 19), "中国农业银行和田分行", "personal", None,
                                     mob("148", "sm-pk2")),
           3047.00, "工资", "10月拾花工资结清（买买提江·吐尔地本人，1385公斤）",
           tn.erp("马国栋", "（移动端审批）和田拾花工买买提江·吐尔地今晚坐夜班车回家，结清10月拾花工资1385公斤×2.20元，本人持卡到采收点签字确认", urgent=True),
           FIELD, [ACC],
           meta=N(["urgency"], "A picker going home to Hotan on the night bus is paid off late in the evening to his own card, approved on the mobile app."))
    tn.pay("2026-10-28 11:40", payee("依明江·买买提", acct("sm-s7", "6228", 19), "中国农业银行阿克苏分行", "personal", None, None),
           50000, "押金", "2027年度土地流转押金",
           im("艾尔肯·吐尔逊", wxid("sm-s7"),
              fullwidth("张会计，我在地区开棉花收购会，不方便接电话。阿热勒村买买提家明年的地要先交押金，你先转50000到他儿子卡上：") +
              fullwidth(acct("sm-s7", "6228", 19)) + "，户名依明江·买买提，手续我回来补。",
              urgent=True),
           CASH, [ACC],
           meta=S("boss_impersonation", "flag",
                  ["boss_role", "im_instruction", "new_contact", "cannot_call", "bypass_process", "deposit_words", "evasion_fullwidth"],
                  "The 'chairman', typing amounts and card number in full-width digits from a meeting he cannot leave, wants a 50k land deposit sent to a landlord's son's card, paperwork later."))
    tn.pay("2026-11-03 12:30", payee("沙雅县新华彩印部", acct("sm-print", "8806", 18), "新疆沙雅农村商业银行", "corporate", None,
                                     tel("0997", "sm-print")),
           4650, "宣传费", "拾花工防诈骗宣传折页印制费",
           tn.erp("张玉兰", "配合沙雅县公安局反诈中心在采收点开展防诈骗宣传，印制维汉双语宣传折页3000份｜新华彩印部｜发票" + invoice("sm-t32")),
           ACC, [CHAIR], rel=(None, None, invoice("sm-t32")),
           meta=N(["authority_words"], "Anti-fraud leaflets for the pickers, printed with the county police anti-fraud centre, bought from a local print shop for the first time."))
    tn.pay("2026-11-10 16:45", water_new, 97440, "水费", "冬灌水费（8120亩）",
           tn.erp("热娜古丽·买买提", "冬灌水费（8120亩×12元）｜渭干河灌区供水服务站｜缴费通知单SY-GQ-2611-031"),
           CASH, [ACC], changed="2026-11-02 12:15",
           meta=S("account_change", "block", [],
                  "Structural only: the water station's account was switched in the vendor master eight days before this routine winter-irrigation payment."))
    tn.pay("2026-11-17 11:20", gin, 50000, "保证金", "2027年度籽棉加工合同履约保证金",
           tn.erp("张玉兰", "塔河轧花 2027年度籽棉加工合同履约保证金｜合同SM-JG-2027-001第六条｜加工结束无质量争议后退还"),
           ACC, [CHAIR], rel=(None, "SM-JG-2027-001", None),
           meta=N(["deposit_words"], "Performance deposit under next season's signed processing contract with the regular ginnery, to its usual account."))
    tn.order("2026-11-20 17:55", c_mill, [("皮棉（2026年产，2129B）", "200", "吨", "15850.00")], "erp", mill_addr,
             "2026-11-30", "款到发货", notes="货款已到账，按月度计划发运",
             meta=R("Monthly lint order from the established spinning mill."))
    tn.pay("2026-11-24 12:05", gin_fake, 186000, "加工费", "2026年度籽棉加工费尾款（第三批465吨）",
           im("塔河轧花 财务 小陈", wxid("sm-s8"),
              "张会计您好，我司基本户因银行年审暂停收款，本季最后一批籽棉加工费请付到新.账.户，户名不变，开户行库尔勒农商行，账.户.变.更.函盖章件已发您邮箱，以新账户为准，原农行账户请勿再付。"),
           CASH, [ACC, CHAIR], rel=(None, "SM-JG-2026-002", None), changed="2026-11-20 17:20",
           meta=S("account_change", "block",
                  ["im_instruction", "account_change_words", "unusual_bank_region", "evasion_symbols"],
                  "The ginnery's 'finance clerk', dotting the key words apart, moves its account to a Korla rural bank four days before the season's last processing-fee payment."))
    return tn


# ---------------------------------------------------------------------------
# Tenant 2: caoyuan - cattle and sheep cooperative in Yining county (Ili)
# ---------------------------------------------------------------------------

def build_caoyuan():
    tn = Tenant("caoyuan", "CY", acct("cy-payer", "30", 17), "伊宁县喀什河牛羊养殖专业合作社",
                "金蝶精斗云付款申请（已审批）：", "XS")
    # staff: E3201 努尔兰·哈孜 (理事长), E3202 李春梅 (会计), E3203 阿丽米拉·吐尔逊 (出纳),
    #        E3204 王建军 (收购员), E3205 赵磊 (销售)
    CHAIR, ACC, CASH, BUY, SALES = "E3201", "E3202", "E3203", "E3204", "E3205"

    feed = payee("伊犁绿源饲料有限公司", acct("cy-feed", "30", 17), "中国农业银行伊宁市分行", "corporate", "V-CY01",
                 tel("0999", "cy-feed"))
    feed_fake = payee("伊犁绿源农牧科技有限公司", acct("cy-feed-new", "1076", 18), "中国银行伊宁市分行", "corporate",
                      "V-CY01", tel("0999", "cy-feed"))
    vet = payee("伊宁县康牧兽药有限公司", acct("cy-vet", "6505", 19), "中国建设银行伊宁县支行", "corporate", "V-CY02",
                tel("0999", "cy-vet"))
    vet_changed = "2026-03-10 11:20"
    vet_fake = payee("伊宁县康牧兽药经销部", acct("cy-vet-fake", "8806", 18), "伊宁县农村商业银行", "corporate", None, None)
    hay = payee("伊宁县天山牧草种植专业合作社", acct("cy-hay", "8806", 18), "伊宁县农村商业银行", "corporate", "V-CY03",
                tel("0999", "cy-hay"))
    picc = payee("中国人民财产保险股份有限公司伊宁县支公司", acct("cy-picc", "3006", 19), "中国工商银行伊宁县支行",
                 "corporate", "V-CY04", tel("0999", "cy-picc"))
    market = payee("伊宁县活畜交易市场管理有限公司", acct("cy-market", "30", 17), "中国农业银行伊宁县支行", "corporate",
                   "V-CY05", tel("0999", "cy-market"))
    h1 = payee("叶尔兰·别克", acct("cy-h1", "6228", 19), "中国农业银行伊宁县支行", "personal", "M-CY01", mob("169", "cy-h1"))
    h2 = payee("加尔肯·努尔太", acct("cy-h2", "6230", 19), "伊宁县农村商业银行", "personal", "M-CY02", mob("194", "cy-h2"))
    h3 = payee("马合沙提·吐尔逊", acct("cy-h3", "6228", 19), "中国农业银行伊宁县支行", "personal", "M-CY03",
               mob("148", "cy-h3"))
    w1 = payee("叶尔肯·加马力", acct("cy-w1", "6228", 19), "中国农业银行伊宁县支行", "personal", None, mob("169", "cy-w1"))
    w2 = payee("库尔曼别克·沙比提", acct("cy-w2", "6230", 19), "伊宁县农村商业银行", "personal", None, mob("194", "cy-w2"))
    w2_new = payee("库尔曼别克·沙比提", acct("cy-w2-new", "6217", 19), "中国建设银行伊宁县支行", "personal", None,
                   mob("194", "cy-w2"))

    c_meat = cust("伊犁雪峰清真肉类加工有限公司", uscc("cy-c1", "91", "654002"), "哈里别克", tel("0999", "cy-c1"),
                  "caigou@xuefeng-halal.com", None, "C-CY01")
    c_feedlot = cust("霍城县金草原牧业有限公司", uscc("cy-c2", "91", "654023"), "杜场长", tel("0999", "cy-c2"),
                     "jcy_muye@jincaoyuan-muye.cn", None, "C-CY02")
    meat_addr = "伊宁市边境经济合作区雪峰清真肉类加工厂"
    feedlot_addr = "霍城县清水河镇金草原育肥场"

    # ------------------------------ history ------------------------------
    tn.pay("2026-07-21 11:30", feed, 98400, "货款", "育肥精饲料货款（120吨）",
           tn.erp("阿丽米拉·吐尔逊", "绿源饲料 育肥精饲料120吨｜合同CY-CG-2026-004｜发票" + invoice("cy-h1")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", invoice("cy-h1")),
           meta=H("Concentrate feed from the regular feed mill."))
    tn.order("2026-07-22 16:20", c_meat, [("育肥羊（活重45公斤左右）", "300", "只", "1380.00")], "erp", meat_addr,
             "2026-07-25", "款到发货", notes="货款已到账，分两车送屠宰厂",
             meta=H("Fattened-sheep order from the established halal slaughterhouse."))
    tn.pay("2026-07-24 12:10", h1, 82800, "收购款", "收购育肥牛6头（叶尔兰·别克本人）",
           tn.erp("王建军", "牲畜收购款｜叶尔兰·别克 育肥牛6头×13800元｜收购单SG-0724-02、动物检疫合格证明已附｜打入卖方本人银行卡"),
           BUY, [ACC], meta=H("Cattle bought from a herder, paid to his own card."))
    tn.pay("2026-07-29 16:45", vet, 24600, "货款", "口蹄疫疫苗及兽药款",
           tn.erp("阿丽米拉·吐尔逊", "康牧兽药 口蹄疫疫苗及兽药款｜合同CY-CG-2026-002｜发票" + invoice("cy-h4")),
           CASH, [ACC], rel=(None, "CY-CG-2026-002", invoice("cy-h4")), changed=vet_changed,
           meta=H("Vaccines from the vet-drug supplier whose account change dates from March 2026."))
    tn.pay("2026-07-31 11:50", w1, 4500, "工资", "7月牧工工资（叶尔肯·加马力本人）",
           tn.erp("李春梅", "7月牧工工资｜叶尔肯·加马力｜考勤表0731本人签字｜打入本人银行卡"),
           ACC, [CHAIR], meta=H("A hired herdsman's monthly wage to his own card."))
    tn.pay("2026-08-04 12:30", w2, 4500, "工资", "7月牧工工资（库尔曼别克·沙比提本人）",
           tn.erp("李春梅", "7月牧工工资｜库尔曼别克·沙比提｜考勤表0731本人签字｜打入本人银行卡"),
           ACC, [CHAIR], meta=H("A hired herdsman's monthly wage to his own card."))
    tn.pay("2026-08-06 17:10", h2, 43750, "收购款", "收购羊35只（加尔肯·努尔太本人）",
           tn.erp("王建军", "牲畜收购款｜加尔肯·努尔太 羊35只×1250元｜收购单SG-0806-01、动物检疫合格证明已附｜打入卖方本人银行卡"),
           BUY, [ACC], meta=H("Sheep bought from a herder, paid to his own card."))
    tn.order("2026-08-10 11:20", c_feedlot, [("架子牛（西门塔尔杂交，300公斤左右）", "40", "头", "9600.00")], "erp",
             feedlot_addr, "2026-08-14", "款到发货", notes="货款已到账，育肥场自派车拉运",
             meta=H("Store-cattle order from the established feedlot."))
    tn.pay("2026-08-12 16:35", hay, 90000, "货款", "青贮玉米款（200吨）",
           tn.erp("阿丽米拉·吐尔逊", "天山牧草 青贮玉米200吨｜合同CY-CG-2026-006｜发票" + invoice("cy-h9")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-006", invoice("cy-h9")),
           meta=H("Silage from the regular forage cooperative."))
    tn.pay("2026-08-14 12:15", picc, 18720, "保险费", "能繁母牛养殖保险保费（合作社自缴部分）",
           tn.erp("阿丽米拉·吐尔逊", "能繁母牛养殖保险保费自缴部分（312头×60元）｜保单PICC-YN-2026-0412"),
           CASH, [ACC], meta=H("Cooperative's share of the breeding-cow insurance premium."))
    tn.pay("2026-08-18 17:30", h3, 35280, "收购款", "收购羊28只（马合沙提·吐尔逊本人）",
           tn.erp("王建军", "牲畜收购款｜马合沙提·吐尔逊 羊28只×1260元｜收购单SG-0818-03、动物检疫合格证明已附｜打入卖方本人银行卡"),
           BUY, [ACC], meta=H("Sheep bought from a herder, paid to his own card."))
    tn.pay("2026-08-20 11:40", vet, 36480, "货款", "驱虫药及消毒药款",
           tn.erp("阿丽米拉·吐尔逊", "康牧兽药 驱虫药及消毒药款｜合同CY-CG-2026-002｜发票" + invoice("cy-h12")),
           CASH, [ACC], rel=(None, "CY-CG-2026-002", invoice("cy-h12")), changed=vet_changed,
           meta=H("Wormers and disinfectant from the vet-drug supplier whose account change dates from March 2026."))
    r_meat_aug = tn.order("2026-08-25 16:05", c_meat, [("育肥羊（活重45公斤左右）", "250", "只", "1400.00")], "erp",
                          meat_addr, "2026-08-28", "分两期付款（首期款到发货）", notes="首期货款28万元已到账，余款7万元验收后付",
                          meta=H("Fattened-sheep order from the established halal slaughterhouse."))
    tn.pay("2026-08-27 12:25", feed, 106600, "货款", "育肥精饲料货款（130吨）",
           tn.erp("阿丽米拉·吐尔逊", "绿源饲料 育肥精饲料130吨｜合同CY-CG-2026-004｜发票" + invoice("cy-h14")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", invoice("cy-h14")),
           meta=H("Concentrate feed from the regular feed mill."))
    tn.pay("2026-08-31 16:50", market, 6300, "服务费", "8月活畜交易进场服务费",
           tn.erp("阿丽米拉·吐尔逊", "活畜交易市场 8月进场交易服务费｜结算单YN-HC-2608-021"),
           CASH, [ACC], meta=H("Monthly livestock-market service fee."))

    # ------------------------------ test ------------------------------
    tn.pay("2026-09-01 12:20", feed, 110700, "货款", "育肥精饲料货款（135吨）",
           tn.erp("阿丽米拉·吐尔逊", "绿源饲料 育肥精饲料135吨｜合同CY-CG-2026-004｜发票" + invoice("cy-t1")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", invoice("cy-t1")),
           meta=R("Concentrate feed from the regular feed mill to its usual account."))
    tn.pay("2026-09-02 16:40", payee("别克波拉特·阿曼", acct("cy-n2", "6228", 19), "中国农业银行伊宁县支行", "personal", None,
                                     mob("148", "cy-n2")),
           41160, "收购款", "收购羔羊42只（别克波拉特·阿曼本人）",
           tn.erp("王建军", "牲畜收购款｜别克波拉特·阿曼 羔羊42只×980元｜收购单SG-0902-04、动物检疫合格证明6540210902xx已附｜卖方本人身份证与银行卡户名一致，打入本人银行卡"),
           BUY, [ACC],
           meta=N([], "Lambs bought from a herder the cooperative has not paid before, to his own card, with the purchase slip and quarantine certificate."))
    r_silk = tn.order("2026-09-03 11:15", cust("中亚丝路清真食品集团有限公司采购部", None, "马经理", mob("148", "cy-s3"), None,
                                               wxid("cy-s3"), None),
                      [("育肥羔羊（活重40公斤以上）", "2000", "只", "1450.00")], "phone", "甘肃省临夏州某清真屠宰场",
                      "2026-09-12", "屠宰验收后60天结算",
                      notes="我们集团做中东清真羊肉出口，今年订单多，伊犁的羊有多少要多少，价格比你们本地高50一只。先发2000只，运输我们安排，验收合格60天内打款，合同走集团盖章。",
                      meta=S("fake_purchaser", "flag",
                             ["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only"],
                             "A self-styled halal-export 'group' reachable only by mobile and WeChat orders 2,000 lambs above market, to be trucked to Gansu and paid 60 days after slaughter."))
    tn.order("2026-09-07 12:40", c_feedlot, [("架子牛（西门塔尔杂交，300公斤左右）", "30", "头", "9800.00")], "erp",
             feedlot_addr, "2026-09-10", "款到发货", notes="货款已到账，育肥场自派车拉运",
             meta=R("Store-cattle order from the established feedlot."))
    tn.pay("2026-09-08 17:15", payee("马文忠", acct("cy-s4", "6228", 19), "中国农业银行临夏州分行", "personal", None, None),
           36000, "代采购", "出口羔羊专用电子耳标及清真认证费（代中亚丝路集团采购）",
           im("中亚丝路集团 马经理", wxid("cy-s3"),
              "赵经理，出口的羊必须戴我们指定的电子耳标，还要做清真认证，只有临夏这家认证服务中心能办，你们先把3.6万付给他们负责人马文忠，费用算进羊款里。我们30%定金87万财务已经转了，银行显示处理中，明天一起到。"),
           SALES, [ACC], rel=(r_silk, None, None),
           meta=S("fake_purchaser", "block",
                  ["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "unusual_bank_region"],
                  "The 'export group' then wants 36k paid to a Gansu individual for its designated ear tags and halal certificate, while its own deposit is still 'processing'."))
    tn.pay("2026-09-09 11:50", w2_new, 4500, "工资", "8月牧工工资（库尔曼别克·沙比提本人）",
           im("库尔曼别克·沙比提", None,
              "本人持身份证和新开的建行卡到合作社办公室，填写《工资卡变更申请表》并签字，原农商行卡已挂失；会计李春梅当面核对身份证及银行卡原件，并回拨其登记手机确认。",
              channel="in_person"),
           ACC, [CHAIR], verification=verif(mob("194", "cy-w2"), ACC, "2026-09-09 11:20"),
           meta=N(["payroll_change"], "A herdsman changed his wage card in person with ID and a signed form, and the first wage goes to the new card in his own name."))
    tn.pay("2026-09-10 16:05", payee("伊犁天润草业贸易有限公司", acct("cy-s7", "3006", 19), "中国工商银行伊宁市解放路支行",
                                     "corporate", None, None),
           180000, "定金", "冬储苜蓿草定金",
           im("努尔兰·哈孜 理事长", "微信群：喀什河合作社管理群（今天新建）",
              "努尔兰·哈孜：阿丽米拉，基本户和一般户现在余额各多少？截图发我看一下\n阿丽米拉·吐尔逊：理事长，基本户92.6万，一般户13.4万\n努尔兰·哈孜：冬草要提前锁价，昭苏那边的苜蓿草我谈好了，定金18万今天下班前打给伊犁天润草业贸易有限公司。我在州里开会不方便接电话，合同回来签。",
              urgent=True),
           CASH, [],
           meta=S("boss_impersonation", "block",
                  ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process", "deposit_words", "urgency"],
                  "In a WeChat group created that day the fake chairman asks for both account balances, then orders a 180k hay deposit to an unknown trader before the office closes."))
    tn.pay("2026-09-11 12:30", h2, 8000, "理赔款转付", "转付社员能繁母牛死亡理赔款（加尔肯·努尔太，保单PICC-YN-2026-0412）",
           tn.erp("李春梅", "人保9月10日将社员加尔肯·努尔太2头能繁母牛死亡理赔款8000元赔付至合作社账户（团体保单，到账回单0910-07），按理赔清单原额转付被保险社员本人银行卡"),
           ACC, [CHAIR],
           meta=N(["in_out_match"], "A group-policy insurance payout that arrived the day before is passed on, unchanged, to the insured member's own card."))
    r_xs = tn.order("2026-09-14 11:35", cust("奎屯市鑫盛牛羊贩运部", uscc("cy-s1", "92", "654003"), "马占福", mob("169", "cy-s1"),
                                             None, wxid("cy-s1"), None),
                    [("育肥牛（活重550公斤左右）", "15", "头", "14500.00")], "im", "奎屯市开干齐乡活畜交易市场", "2026-09-16",
                    "款到发货", third=("韩志刚（个人）", mob("194", "cy-s1-tp"), "refund_recipient", 50000),
                    notes="牛款转过去了，手机银行截图你看一下。会计手快多打了5万，一共转了267500，多出来的5万麻烦退到我合伙人韩志刚的卡上，他那边拉羊的车等着付运费。",
                    meta=S("overpayment_refund", "block",
                           ["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
                           "A new livestock dealer sends a phone-banking screenshot 50k above the price of 15 cattle and wants the 'excess' sent to his partner's card."))
    tn.pay("2026-09-15 16:55", payee("韩志刚", acct("cy-s2", "6228", 19), "中国农业银行奎屯市支行", "personal", None, None),
           50000, "退款", "退鑫盛贩运部多付牛款（退至其合伙人韩志刚）",
           im("奎屯鑫盛贩运部 马占福", wxid("cy-s1"),
              "赵经理，多的5万今天一定帮我退一下，退到韩志刚卡上，截图你也看到了，牛我们明天来拉，别耽误了。", urgent=True),
           SALES, [ACC], rel=(r_xs, None, None),
           meta=S("overpayment_refund", "block",
                  ["refund_to_other_account", "refund_words", "overpayment", "sales_order_linked", "im_instruction", "urgency"],
                  "Sales then requests the 50k 'refund' to the dealer's partner, a person who never paid the cooperative anything."))
    tn.pay("2026-09-16 12:10", payee("伊犁雪峰清真肉类加工有限公司", acct("cy-c1-payer", "3006", 19), "中国工商银行伊宁市分行",
                                     "corporate", None, tel("0999", "cy-c1")),
           70000, "退款", "原路退回雪峰肉联重复支付货款",
           tn.erp("赵磊", "雪峰肉联8月25日订单（250只）余款7万元于9月14日重复汇入两笔（农行回单0914-12、0914-19，均已到账），经对方财务盖章函确认，原路退回其付款账户"),
           SALES, [ACC, CHAIR], rel=(r_meat_aug, None, None),
           meta=N(["refund_words", "overpayment"], "A duplicate balance payment by the established slaughterhouse, cleared at the bank, is returned to the account it came from."))
    tn.pay("2026-09-17 17:25", hay, 99000, "货款", "青贮玉米款（220吨）",
           tn.erp("阿丽米拉·吐尔逊", "天山牧草 青贮玉米220吨｜合同CY-CG-2026-006｜发票" + invoice("cy-t12")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-006", invoice("cy-t12")),
           meta=R("Silage from the regular forage cooperative."))
    tn.pay("2026-09-18 11:45", payee("努尔别克·阿斯力别克", acct("cy-s11", "6230", 19), "伊宁县农村商业银行", "personal", None, None),
           4500, "工资", "8月牧工工资（叶尔肯·加马力）",
           im("叶尔肯·加马力", wxid("cy-s11"),
              "阿丽米拉，我是叶尔肯，换了个微信。我的卡转场的时候在夏牧场弄丢了，8月的工资先打我外甥的yhk上，户名努尔别克·阿斯力别克，卡号" + acct("cy-s11", "6230", 19) + "，等我下山补了卡再说。"),
           CASH, [ACC],
           meta=S("fake_salary", "block",
                  ["payroll_change", "payee_not_employee", "im_instruction", "new_contact", "evasion_pinyin"],
                  "A 'new WeChat' of a herdsman up on the summer pasture asks for his wage to go to his 'nephew's yhk', a card in someone else's name."))
    tn.pay("2026-09-21 12:35", h3, 6000, "补贴转付", "2026年度能繁母牛饲养补贴转付（马合沙提·吐尔逊，存栏12头）",
           tn.erp("李春梅", "县畜牧兽医局公示名单第3批｜能繁母牛饲养补贴12头×500元｜补贴资金已拨入合作社账户，按名单转付社员本人银行卡"),
           ACC, [CHAIR],
           meta=N(["subsidy_words"], "A breeding-cow subsidy received on members' behalf is passed on to a listed member's own card."))
    r_army = tn.order("2026-09-22 16:30", cust("武警某部后勤处", None, "李助理", mob("194", "cy-s5"), None, wxid("cy-s5"), None),
                      [("羯羊（活重45公斤左右）", "60", "只", "1500.00")], "phone", "伊宁市某部队营区（到时电话联系）",
                      "2026-09-29", "验收后财政统一支付",
                      third=("伊宁市华宇厨具商行", mob("169", "cy-s5-tp"), "designated_supplier", 18600),
                      notes="节日会餐用羊60只。另外部队要30套不锈钢保温餐桶和一批清真调料，只认华宇厨具商行的货，你们顺便帮忙采购一起送来，钱跟羊款一起结，发票开在一张上。",
                      meta=S("fake_order", "flag",
                             ["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
                             "A caller posing as an armed-police logistics office orders 60 sheep and asks the cooperative to buy food containers and spices from one named shop, settled 'together'."))
    tn.pay("2026-09-23 12:05", payee("伊宁市华宇厨具商行", acct("cy-s6", "6222", 19), "中国工商银行伊宁市分行", "personal", None, None),
           18600, "代采购", "代购保温餐桶及调料（部队订单）",
           im("武警某部后勤处 李助理", wxid("cy-s5"),
              "赵经理，羊款我们财务已经走了，对公转账要24小时才到，回单截图发你了。餐桶那边今天就要装车，你们先把18600付给华宇，明天跟羊款一起结。",
              urgent=True),
           SALES, [], rel=(r_army, None, None),
           meta=S("fake_order", "block",
                  ["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
                  "The 'logistics assistant' then wants the shop paid today, citing a transfer receipt screenshot for money that has not arrived."))
    tn.order("2026-09-24 11:30", cust("新疆伊牧源食品有限公司", uscc("cy-n17", "91", "654002"), "古丽娜尔", tel("0999", "cy-n17"),
                                      "caigou@yimuyuan-food.com", None, None),
             [("育肥羔羊（活重40公斤以上）", "500", "只", "1420.00")], "email", "伊宁市边境经济合作区伊牧源屠宰加工厂",
             "2026-09-30", "预付50%（已到账），余款验收后3日内付清",
             notes="经雪峰肉联介绍，9月22日来合作社看过羊群。预付款35.5万元已于9月23日从我司对公账户汇入贵社农行账户，请查收。",
             meta=N(["large_first_order"], "A new local meat processor that visited the flock orders 500 lambs with half the price already in the cooperative's account."))
    tn.pay("2026-09-28 17:40", market, 7450, "服务费", "9月活畜交易进场服务费",
           tn.erp("阿丽米拉·吐尔逊", "活畜交易市场 9月进场交易服务费｜结算单YN-HC-2609-019"),
           CASH, [ACC], meta=R("Monthly livestock-market service fee."))
    tn.pay("2026-09-30 16:10", vet, 41200, "货款", "秋季防疫疫苗及驱虫药款",
           tn.erp("阿丽米拉·吐尔逊", "康牧兽药 秋季防疫疫苗及驱虫药款｜合同CY-CG-2026-002｜发票" + invoice("cy-t20")),
           CASH, [ACC], rel=(None, "CY-CG-2026-002", invoice("cy-t20")), changed=vet_changed,
           verification=verif(tel("0999", "cy-vet"), ACC, "2026-03-10 16:30"),
           meta=N([], "Autumn vaccines from the vet-drug supplier whose account change in March was verified by call-back and used since."))
    tn.pay("2026-10-12 11:55", payee("周海峰", acct("cy-s13", "6222", 19), "中国工商银行乌鲁木齐分行", "personal", None, None),
           12800, "手续费", "贷款解冻费及验资保证金",
           im("农牧e贷 信贷专员 周经理", wxid("cy-s13"),
              "努爾蘭理事長您好，您社申請的50萬元低息養殖貸款已審批通過，但放款時系統提示收款帳戶信息有誤，資金已被凍結。按規定需繳納解凍費及驗資保證金共12800元至我司風控專員個人帳戶，到帳後2小時內放款，保證金隨貸款一併退回。",
              urgent=True),
           ACC, [CHAIR],
           meta=S("advance_fee", "block",
                  ["loan_fee_words", "im_instruction", "urgency", "evasion_traditional"],
                  "A 'loan officer' writing in traditional characters says the cooperative's low-interest livestock loan is frozen and wants an unfreezing and capital-verification fee on a personal card."))
    tn.pay("2026-10-13 16:25", payee("伊犁州农牧业融资担保有限公司", acct("cy-guar", "30", 17), "中国农业银行伊宁市分行",
                                     "corporate", None, tel("0999", "cy-guar")),
           5000, "担保费", "养殖贷款担保费（贷款50万元，费率1%）",
           tn.erp("李春梅", "农行伊宁县支行养殖贷款50万元（借款合同ABC-YN-DK-2026-1013）担保费｜按担保合同DB-2026-0588付至担保公司对公账户｜贷款已于10月12日放款到账"),
           ACC, [CHAIR],
           meta=N(["loan_fee_words", "fee_words"], "Guarantee fee for a real bank livestock loan that has already been disbursed, paid to the licensed guarantee company named in the contract."))
    tn.pay("2026-10-14 12:20", payee("新疆天牧生物科技有限公司", acct("cy-s8", "3002", 19), "中国工商银行乌鲁木齐南湖路支行",
                                     "corporate", None, None),
           96000, "技术服务费", "肉牛品种改良项目冻精及技术服务费",
           im("努尔兰·哈孜", "nurlan.hazi@kashihe-coop.com.cn",
              "李会计：州畜牧局的肉牛品种改良试点我已经替合作社争取下来了，要先付一笔冻精和技术服务费9.6万给新疆天牧生物科技有限公司。名单还没公布，先不要在群里说，今天下班前办好，回来我补签字。\n努尔兰",
              urgent=True, channel="email"),
           ACC, [],
           meta=S("boss_impersonation", "flag",
                  ["email_instruction", "new_contact", "secrecy_words", "urgency", "boss_role", "bypass_process"],
                  "An e-mail signed by the chairman from an unfamiliar domain asks for 96k to a biotech firm for a 'breed-improvement pilot', to be kept quiet and paid today."))
    tn.order("2026-10-15 11:40", c_meat, [("育肥羊（活重45公斤左右）", "300", "只", "1420.00")], "erp", meat_addr,
             "2026-10-19", "款到发货", notes="货款已到账，分三车送屠宰厂",
             meta=R("Fattened-sheep order from the established halal slaughterhouse."))
    tn.pay("2026-10-16 16:50", payee("伊宁县畜牧兽医站", acct("cy-station", "30", 17), "中国农业银行伊宁县支行", "corporate",
                                     None, tel("0999", "cy-station")),
           3960, "工本费", "牲畜电子耳标工本费（1800枚）",
           tn.erp("阿丽米拉·吐尔逊", "县畜牧兽医站统一采购牲畜电子耳标，按收费通知（伊县牧兽〔2026〕41号）每枚2.2元，对公转账至兽医站账户，开具财政票据"),
           CASH, [ACC],
           meta=N(["authority_words", "fee_words"], "Ear-tag charges paid on a written notice to the county animal-husbandry station's own account for the first time."))
    tn.pay("2026-10-19 12:10", payee("新疆天山牧业托养服务有限公司", acct("cy-s14", "3002", 19), "中国工商银行乌鲁木齐分行",
                                     "corporate", None, None),
           150000, "保证金", "万头肉牛托养分红项目合作保证金",
           tn.erp("王建军", "天山牧业托养称承接自治区万头肉牛托养项目，合作社每托养100头可年分红12万元；签约前须缴项目合作保证金15万元，另需向介绍人支付居间费2万元。该公司2026年8月成立，注册资本50万元，查无自有牧场。"),
           BUY, [ACC, CHAIR],
           meta=S("contract_fraud", "flag",
                  ["deposit_words", "bigproject_words", "shell_company", "middleman_fee", "fee_asked_of_seller"],
                  "A new 'cattle-custody' company with no ranch promises dividends on a 10,000-head project and wants a 150k cooperation deposit plus a finder's fee before signing."))
    tn.pay("2026-10-20 17:05", feed, 123000, "货款", "育肥精饲料货款（150吨）",
           tn.erp("阿丽米拉·吐尔逊", "绿源饲料 育肥精饲料150吨｜合同CY-CG-2026-004｜发票" + invoice("cy-t27")),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", invoice("cy-t27")),
           meta=R("Concentrate feed from the regular feed mill to its usual account."))
    tn.pay("2026-10-21 12:30", payee("伊犁众保保险咨询服务有限公司", acct("cy-s16", "8806", 18), "伊宁市农村商业银行", "corporate",
                                     None, None),
           4250, "服务费", "理赔加急服务费",
           im("自称人保理赔中心 孙专员", tel("0999", "cy-s16-caller"),
              "来电后收到短信：您社17头牛死亡理赔款8.5万元已进入理赔审核。走加急通道需先付理赔金额5%的加急服务费4250元至合作服务机构伊犁众保保险咨询服务有限公司，到账后3个工作日内赔付，否则按普通流程约需60天。",
              urgent=True, channel="phone"),
           ACC, [CHAIR],
           meta=S("advance_fee", "flag", ["fee_words", "phone_instruction", "urgency"],
                  "A caller posing as the insurer's claims centre wants a 5% 'express handling fee' paid to a consultancy before a livestock death claim is paid."))
    tn.pay("2026-10-25 11:20", payee("吐尔逊·卡力别克", acct("cy-n29", "6228", 19), "中国农业银行伊宁县支行", "personal", None,
                                     mob("169", "cy-n29")),
           37800, "收购款", "巴扎收购菜牛3头（吐尔逊·卡力别克本人）",
           tn.erp("王建军", "（移动端审批）周日活畜巴扎现场收购菜牛3头×12600元｜过磅单1025-03、动物检疫合格证明已附｜卖方本人身份证与银行卡户名一致"),
           BUY, [ACC],
           meta=N([], "On the Sunday livestock bazaar a herder is paid on the spot, to his own card, for three cattle weighed and certified there."))
    tn.pay("2026-10-28 16:35", vet_fake, 36480, "货款", "驱虫药及消毒药款",
           tn.erp("阿丽米拉·吐尔逊", "康牧兽药 驱虫药及消毒药款｜发票" + invoice("cy-h12")),
           CASH, [ACC], rel=(None, None, invoice("cy-h12")),
           meta=S("fake_invoice", "block", ["payee_name_mismatch"],
                  "Structural only: an invoice number already paid in August comes back on a payment to a near-identical vendor name with a new account."))
    tn.pay("2026-11-02 12:15", market, 20000, "保证金", "2026—2027年度经纪交易保证金（退场退还）",
           tn.erp("阿丽米拉·吐尔逊", "按《伊宁县活畜交易市场经纪管理办法》缴纳年度经纪交易保证金，市场开具收据，退场时无欠款全额退还"),
           CASH, [ACC, CHAIR],
           meta=N(["deposit_words"], "Yearly trading deposit paid under the market's rules to the livestock market operator's usual account."))
    tn.pay("2026-11-04 17:20", picc, 21600, "保险费", "冬春季牛羊养殖保险保费（合作社自缴部分）",
           tn.erp("阿丽米拉·吐尔逊", "冬春季牛羊养殖保险保费自缴部分｜保单PICC-YN-2026-1102"),
           CASH, [ACC], meta=R("Cooperative's share of the winter livestock-insurance premium."))
    tn.pay("2026-11-10 11:45", feed, 214000, "货款", "冬储精饲料货款（260吨）",
           im("努尔兰·哈孜（理事长）", wxid("cy-chair"),
              "李会计，天气预报说下周要下大雪，绿源的冬储精饲料今天把款付了，让他们明天开始往各个圈舍送。\n——已补录金蝶付款申请，合同CY-CG-2026-004补充协议，理事长本人审批。",
              urgent=True),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", invoice("cy-t33")),
           meta=N(["im_instruction", "boss_role", "urgency"], "The real chairman asks on WeChat for the winter feed to be paid before the snow, and the payment to the regular mill goes through the system with his approval."))
    tn.order("2026-11-17 16:20", c_meat, [("育肥羊（活重45公斤左右）", "200", "只", "1450.00")], "erp", meat_addr,
             "2026-11-20", "款到发货",
             notes="上一批多付的2万元经双方对账确认抵作本批货款，其余27万元已到账。",
             meta=N(["overpayment"], "The established slaughterhouse offsets an earlier reconciled overpayment against this order instead of asking for any refund."))
    tn.pay("2026-11-19 12:15", feed_fake, 98400, "货款", "补充育肥精饲料货款（120吨）",
           im("伊犁绿源饲料有限公司 财务部", "caiwu@lvyuan-feed.cn",
              "喀什河合作社财务：因我司一般纳税人资格年审，原农行账户暂停收款，自11月起货款统一由关联公司伊犁绿源农牧科技有限公司收取，请以本函所附账户为准，原账户请勿再汇。\n伊犁绿源饲料有限公司财务部",
              channel="email"),
           CASH, [ACC, CHAIR], rel=(None, "CY-CG-2026-004", None), changed="2026-11-06 10:40",
           meta=S("account_change", "block",
                  ["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch"],
                  "An e-mail from a hyphenated look-alike of the feed mill's domain moved its payments to an 'affiliate' thirteen days before this first payment to it."))
    tn.pay("2026-11-24 12:40", h1, 71000, "收购款", "收购育肥牛5头（叶尔兰·别克本人）",
           tn.erp("王建军", "牲畜收购款｜叶尔兰·别克 育肥牛5头×14200元｜收购单SG-1124-01、动物检疫合格证明已附｜打入卖方本人银行卡"),
           BUY, [ACC],
           meta=N([], "Cattle bought again from a herder the cooperative paid in July, to the same card."))
    return tn


# ---------------------------------------------------------------------------
# Tenant 3: nongfei - agricultural-machinery service company in Changji
# ---------------------------------------------------------------------------

def build_nongfei():
    tn = Tenant("nongfei", "NF", acct("nf-payer", "6505", 19), "昌吉市翼丰农机作业服务有限公司",
                "钉钉审批·付款申请已通过：", "DD")
    # staff: E3301 陈志强 (总经理), E3302 韩丽 (财务主管), E3303 古丽巴哈尔·艾山 (出纳),
    #        E3304 刘洋 (作业调度), E3305 杨帆 (业务经理)
    BOSS, ACC, CASH, OPS, SALES = "E3301", "E3302", "E3303", "E3304", "E3305"

    fuel = payee("昌吉州顺通石油销售有限公司", acct("nf-fuel", "6505", 19), "中国建设银行昌吉分行", "corporate", "V-NF01",
                 tel("0994", "nf-fuel"))
    fuel_fake = payee("昌吉州顺通石油销售有限公司", acct("nf-fuel-new", "8806", 18), "乌鲁木齐农村商业银行", "corporate",
                      "V-NF01", tel("0994", "nf-fuel"))
    drone = payee("昌吉市天翼农业无人机销售服务有限公司", acct("nf-drone", "3002", 19), "中国工商银行昌吉分行", "corporate",
                  "V-NF02", tel("0994", "nf-drone"))
    drone_changed = "2026-02-12 11:00"
    parts = payee("新疆驰远农机配件有限公司", acct("nf-parts", "30", 17), "中国农业银行昌吉分行", "corporate", "V-NF03",
                  tel("0994", "nf-parts"))
    beidou = payee("昌吉州北斗农机信息服务有限公司", acct("nf-beidou", "8806", 18), "昌吉农村商业银行", "corporate", "V-NF04",
                   tel("0994", "nf-beidou"))
    repair = payee("昌吉市宏远农机修理厂", acct("nf-repair", "30", 17), "中国农业银行昌吉分行", "corporate", "V-NF05",
                   tel("0994", "nf-repair"))
    repair_fake = payee("张红梅", acct("nf-repair-new", "6217", 19), "中国建设银行昌吉分行", "personal", "V-NF05",
                        tel("0994", "nf-repair"))
    p1 = payee("王涛", acct("nf-p1", "6217", 19), "中国建设银行昌吉分行", "personal", None, mob("169", "nf-p1"))
    p2 = payee("马小军", acct("nf-p2", "6228", 19), "中国农业银行昌吉分行", "personal", None, mob("194", "nf-p2"))
    m1 = payee("赵德胜", acct("nf-m1", "6228", 19), "中国农业银行呼图壁县支行", "personal", "S-NF01", mob("148", "nf-m1"))

    c_farm = cust("昌吉市榆树沟镇麦香家庭农场", uscc("nf-c1", "92", "652301"), "李场主", mob("169", "nf-c1"), None, None,
                  "C-NF01")
    c_cotton = cust("新疆昌吉丰庆棉业有限公司", uscc("nf-c2", "91", "652301"), "丁经理", tel("0994", "nf-c2"),
                    "nongwu@fengqing-cotton.com", None, "C-NF02")
    c_coop = cust("呼图壁县绿野种植专业合作社", uscc("nf-c3", "93", "652323"), "孟社长", tel("0994", "nf-c3"), None, None,
                  "C-NF03")
    c_ma = cust("马建华", None, "马建华", mob("148", "nf-c4"), None, None, "C-NF04")
    cotton_addr = "昌吉市六工镇丰庆棉业种植基地"
    coop_addr = "呼图壁县五工台镇绿野合作社地块"
    farm_addr = "昌吉市榆树沟镇麦香家庭农场"
    spray = "无人机飞防作业（脱叶剂喷施）"

    # ------------------------------ history ------------------------------
    tn.order("2026-07-21 11:50", c_cotton, [("无人机飞防作业（叶面肥及杀虫剂）", "8000", "亩", "8.00")], "erp", cotton_addr,
             "2026-07-28", "作业完成后7日内付款（月结客户）", notes="七月统防统治，按北斗作业面积结算",
             meta=H("Drone-spraying job for the established cotton company."))
    tn.pay("2026-07-22 16:10", fuel, 142200, "货款", "0#柴油款（18吨）",
           tn.erp("古丽巴哈尔·艾山", "顺通石油 0#柴油18吨｜合同NF-CG-2026-003｜发票" + invoice("nf-h2")),
           CASH, [ACC, BOSS], rel=(None, "NF-CG-2026-003", invoice("nf-h2")),
           meta=H("Diesel from the regular fuel distributor."))
    tn.pay("2026-07-27 12:35", drone, 38400, "货款", "植保无人机智能电池及配件款",
           tn.erp("古丽巴哈尔·艾山", "天翼无人机 智能电池8块及桨叶｜合同NF-CG-2026-005｜发票" + invoice("nf-h3")),
           CASH, [ACC], rel=(None, "NF-CG-2026-005", invoice("nf-h3")), changed=drone_changed,
           meta=H("Drone batteries from the dealer whose account change dates from Feb 2026."))
    tn.pay("2026-07-29 17:15", repair, 12600, "维修费", "拖拉机及播种机维修费",
           tn.erp("刘洋", "宏远农机修理厂 拖拉机及播种机维修费｜维修单HY-0728-03｜发票" + invoice("nf-h4")),
           OPS, [ACC], rel=(None, None, invoice("nf-h4")),
           meta=H("Tractor repairs by the local repair shop."))
    tn.pay("2026-07-30 11:40", p1, 11600, "工资", "7月飞手工资（王涛本人，作业4300亩）",
           tn.erp("刘洋", "7月飞手工资（底薪3000元+作业提成4300亩×2元）｜王涛｜劳动合同NF-LD-2026-003｜作业量按北斗平台记录｜打入本人银行卡"),
           OPS, [ACC], meta=H("A drone pilot's monthly wage to his own card."))
    tn.order("2026-08-03 16:25", c_coop, [("无人机飞防作业（叶面肥及杀虫剂）", "5000", "亩", "7.50")], "erp", coop_addr,
             "2026-08-08", "月结30天", notes="合作社统一组织，按北斗作业面积结算",
             meta=H("Drone-spraying job for the established farmers' cooperative."))
    tn.pay("2026-08-05 12:20", p2, 10400, "工资", "7月飞手工资（马小军本人，作业3700亩）",
           tn.erp("刘洋", "7月飞手工资（底薪3000元+作业提成3700亩×2元）｜马小军｜劳动合同NF-LD-2026-004｜作业量按北斗平台记录｜打入本人银行卡"),
           OPS, [ACC], meta=H("A drone pilot's monthly wage to his own card."))
    tn.pay("2026-08-07 16:50", parts, 56800, "货款", "采棉机保养配件款",
           tn.erp("刘洋", "驰远农机配件 采棉机保养配件（摘锭、滤芯、皮带）｜合同NF-CG-2026-008｜发票" + invoice("nf-h8")),
           OPS, [ACC, BOSS], rel=(None, "NF-CG-2026-008", invoice("nf-h8")),
           meta=H("Cotton-picker service parts from the regular parts dealer."))
    tn.pay("2026-08-11 11:15", beidou, 3600, "服务费", "农机北斗终端上半年维护费（12台）",
           tn.erp("古丽巴哈尔·艾山", "北斗农机信息服务 上半年终端维护费12台×300元｜服务合同NF-FW-2025-009｜发票" + invoice("nf-h9")),
           CASH, [ACC], rel=(None, "NF-FW-2025-009", invoice("nf-h9")),
           meta=H("Half-year maintenance of the machines' BeiDou terminals by the contracted provider."))
    tn.order("2026-08-13 17:40", c_farm, [("无人机飞防作业（叶面肥及杀虫剂）", "1200", "亩", "8.00")], "phone", farm_addr,
             "2026-08-16", "作业完成后付款", notes="老客户，作业完扫对公码付款",
             meta=H("Drone-spraying job for an established family farm."))
    tn.pay("2026-08-17 12:05", fuel, 118500, "货款", "0#柴油款（15吨）",
           tn.erp("古丽巴哈尔·艾山", "顺通石油 0#柴油15吨｜合同NF-CG-2026-003｜发票" + invoice("nf-h11")),
           CASH, [ACC, BOSS], rel=(None, "NF-CG-2026-003", invoice("nf-h11")),
           meta=H("Diesel from the regular fuel distributor."))
    tn.pay("2026-08-20 16:30", m1, 74250, "分包作业费", "7月小麦机收分包作业费（赵德胜本人，1650亩）",
           tn.erp("刘洋", "赵德胜自有联合收割机分包小麦机收1650亩×45元｜分包合同NF-FB-2026-002｜打入本人银行卡"),
           OPS, [ACC, BOSS], rel=(None, "NF-FB-2026-002", None),
           meta=H("Sub-contracted wheat harvesting paid to the owner-operator of the combine on his own card."))
    tn.order("2026-08-26 11:35", c_cotton, [("采棉机机采作业（含运棉）", "6000", "亩", "185.00")], "erp", cotton_addr,
             "2026-10-31", "预付20%（已到账），余款采收完成后结清", notes="九月下旬开采，预付款22.2万元已到账",
             meta=H("Machine cotton-picking booking from the established cotton company, 20% prepaid."))
    r_ma = tn.order("2026-08-28 12:50", c_ma, [("无人机飞防作业（脱叶剂喷施）", "600", "亩", "8.00")], "phone",
                    "昌吉市佃坝镇马建华承包地", "2026-09-08", "全款预付（已到账）", notes="个人农户，4800元已从本人农行卡转入公司账户",
                    meta=H("Defoliant-spraying booking from a smallholder, prepaid from his own card."))

    # ------------------------------ test ------------------------------
    tn.pay("2026-09-01 11:10", fuel, 126400, "货款", "0#柴油款（16吨）",
           tn.erp("古丽巴哈尔·艾山", "顺通石油 0#柴油16吨｜合同NF-CG-2026-003｜发票" + invoice("nf-t1")),
           CASH, [ACC, BOSS], rel=(None, "NF-CG-2026-003", invoice("nf-t1")),
           meta=R("Diesel from the regular fuel distributor to its usual account."))
    tn.order("2026-09-02 12:25", cust("第六师某团农业发展服务中心", None, "周主任", mob("169", "nf-s1"), None, wxid("nf-s1"), None),
             [(spray, "2000", "亩", "12.00")], "phone", "五家渠市某团场（具体地块另行通知）", "2026-09-10",
             "作业完成后通过团场结算平台支付", fees=[("平台接入保证金", 3000)],
             notes="团里今年统一走“农服通”作业调度平台结算。你们先下载平台APP注册，按客服要求开屏幕共享绑定对公账户，再交3000元平台接入保证金，审核通过就能派单结算。",
             meta=S("fake_order", "flag",
                    ["remote_control", "fee_asked_of_seller", "institution_claim", "contact_im_only"],
                    "A caller for a 'regiment service centre' books defoliant spraying but first wants the team to install a settlement app, share its screen and pay a 3,000 platform deposit."))
    tn.pay("2026-09-03 16:30", payee("李强", acct("nf-n3", "6217", 19), "中国建设银行昌吉分行", "personal", None, mob("148", "nf-n3")),
           6720, "工资", "8月飞手工资（李强本人，作业1860亩）",
           tn.erp("刘洋", "新招季节性飞手8月工资（底薪3000元+作业提成1860亩×2元）｜李强｜劳动合同NF-LD-2026-014｜作业量按北斗平台记录｜打入本人银行卡"),
           OPS, [ACC],
           meta=N([], "A newly hired seasonal drone pilot's first wage, base pay plus a per-mu bonus from the logged spraying area, to his own card."))
    tn.order("2026-09-04 12:00", cust("昌吉市沃野农业科技有限公司", uscc("nf-s2", "91", "652301"), "孙总", mob("194", "nf-s2"), None,
                                      wxid("nf-s2"), None),
             [(spray, "3000", "亩", "12.00")], "im", "昌吉市三工镇沃野农业种植基地", "2026-09-05",
             "作业款及药款预付（截图）",
             third=("呼图壁县农丰农资经营部", mob("148", "nf-s2-tp"), "designated_supplier", 54000),
             notes="脱叶剂必须用“棉叶净”这个牌子，只有呼图壁农丰农资有货，你们先把5.4万药款付给他们，连作业费一起算在你们账上。我们的预付款已经转了，截图你看，跨行要明天到账，农资店今天不见钱不发货，明天一早就要打药。",
             meta=S("fake_order", "block",
                    ["designated_supplier", "fake_payment_proof", "urgency", "contact_im_only"],
                    "A new 'agri-tech' client books defoliant spraying and wants the team to pay 54k first to the one shop stocking its chosen brand, backed only by a transfer screenshot."))
    tn.pay("2026-09-07 17:35", payee("黄晓东", acct("nf-s7", "6222", 19), "中国工商银行南宁分行", "personal", None, None),
           8800, "充值", "农飞帮平台接单充值",
           im("农飞帮派单平台 客服小雅", wxid("nf-s7"),
              "陈总您好，贵队已入驻农飞帮平台。新入驻团队完成3笔唰单任务即可解锁万亩派单资格，每笔返力12%。第1笔任务需充值8800元至平台结算专员黄晓东账户，完成后本金和返力一起提现到贵司账户。"),
           OPS, [ACC],
           meta=S("task_rebate", "block",
                  ["task_rebate_words", "topup_words", "im_instruction", "unusual_bank_region", "evasion_homophone"],
                  "A 'job-dispatch platform' tells the dispatcher to top up 8,800 to a personal account for 'order-boosting tasks' with a 12% 'rebate', written with homophones."))
    tn.pay("2026-09-08 12:45", m1, 179200, "分包作业费", "9月机采棉分包作业费（赵德胜本人，1120亩）",
           tn.erp("刘洋", "赵德胜自有采棉机分包丰庆棉业地块1120亩×160元｜分包合同NF-FB-2026-006｜作业量以北斗终端及丰庆棉业签字验收单为准｜打入本人银行卡"),
           OPS, [ACC, BOSS], rel=(None, "NF-FB-2026-006", None),
           meta=N([], "A large sub-contracting payment to the owner-operator of a cotton picker on the same personal card used in August."))
    tn.pay("2026-09-09 16:10", payee("新疆疆翼智能装备有限公司", acct("nf-s3", "3002", 19), "中国工商银行乌鲁木齐高新区支行",
                                     "corporate", None, None),
           150000, "定金", "植保无人机采购定金（10台）",
           im("陈志强（陈总）", wxid("nf-s3"),
              "陈志强：古丽巴哈尔，建行基本户还有多少钱？余额截个图发我\n古丽巴哈尔·艾山：陈总，可用余额87.3万\n陈志强：行。我在乌鲁木齐跟州植保站谈明年统防统治的项目，要先订10台无人机，定金15万今天必须到疆翼智能装备的账上。我一直在开会，别打电话，流程回来补。",
              urgent=True),
           CASH, [],
           meta=S("boss_impersonation", "block",
                  ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process", "deposit_words", "urgency"],
                  "A WeChat account with the general manager's name asks the cashier for the balance, then wants a 150k drone deposit sent to an unknown equipment firm today, no calls."))
    tn.pay("2026-09-10 11:25", payee("马建华", acct("nf-c4-payer", "6228", 19), "中国农业银行昌吉分行", "personal", None,
                                     mob("148", "nf-c4")),
           2400, "退款", "原路退回马建华飞防预付款（降雨取消300亩）",
           tn.erp("杨帆", "马建华8月28日全款预付600亩飞防作业款4800元（农行回单0828-33已到账）；9月上旬连续降雨，双方确认取消300亩，剩余预付款2400元原路退回其付款银行卡"),
           SALES, [ACC], rel=(r_ma, None, None),
           meta=N(["refund_words"], "Part of a smallholder's cleared prepayment is refunded, after rain cancelled half the job, to the card he paid from."))
    tn.order("2026-09-11 17:05", c_cotton, [(spray, "4000", "亩", "11.00")], "erp", cotton_addr, "2026-09-18",
             "作业完成后7日内付款（月结客户）", notes="追加脱叶剂喷施，药剂由丰庆棉业自备",
             meta=R("Extra defoliant spraying for the established cotton company."))
    tn.pay("2026-09-14 12:15", payee("苏晓燕", acct("nf-s6", "6230", 19), "昌吉农村商业银行", "personal", None, None),
           24600, "工资", "8月飞手工资（3人）",
           im("飞手组长 王涛", wxid("nf-s6"),
              "韩姐，我换了个微信号。这个月我们组3个飞手的工资你统一打到我对象苏晓燕卡上吧，我们几个的卡都在老家，她在昌吉方便取，我取了再分给他们。"),
           OPS, [ACC],
           meta=S("fake_salary", "block",
                  ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact"],
                  "A 'new WeChat' of the pilot team leader asks for three pilots' wages to be paid together to his girlfriend's card."))
    tn.pay("2026-09-15 16:40", drone, 46200, "货款", "植保无人机智能电池及桨叶款",
           tn.erp("古丽巴哈尔·艾山", "天翼无人机 智能电池10块及桨叶｜合同NF-CG-2026-005｜发票" + invoice("nf-t11")),
           CASH, [ACC, BOSS], rel=(None, "NF-CG-2026-005", invoice("nf-t11")), changed=drone_changed,
           verification=verif(tel("0994", "nf-drone"), ACC, "2026-02-12 15:20"),
           meta=N([], "Batteries from the drone dealer whose February account change was verified by call-back and used since."))
    tn.pay("2026-09-16 11:55", payee("李国华", acct("nf-s15", "6222", 19), "中国工商银行乌鲁木齐分行", "unknown", None, None),
           186000, "补贴核验", "农机购置与应用补贴核验",
           im("自称昌吉州农业农村局农机化管理科 李科长", tel("0994", "nf-s15-caller"),
              "来电后收到短信：贵公司申领的2026年农机购置与应用补贴18.6万元因涉嫌重复申报被列入核查名单，请于今日17时前将补贴款转入aqzh冻结核验，核验无误原路返还。逾期将追缴补贴并纳入失信名单，请勿向他人透露。",
              urgent=True, channel="phone"),
           CASH, [],
           meta=S("authority_impersonation", "block",
                  ["safe_account_words", "authority_words", "subsidy_words", "phone_instruction", "secrecy_words", "urgency", "evasion_pinyin"],
                  "A caller posing as the prefecture agriculture bureau wants the 186k machinery subsidy moved into an 'aqzh' (safe account) for a duplicate-claim check."))
    tn.pay("2026-09-17 12:35", parts, 43700, "货款", "采棉机配件款（脱棉盘、摘锭）",
           tn.erp("刘洋", "驰远农机配件 脱棉盘及摘锭｜合同NF-CG-2026-008｜发票" + invoice("nf-t13")),
           OPS, [ACC], rel=(None, "NF-CG-2026-008", invoice("nf-t13")),
           meta=R("Cotton-picker parts from the regular dealer."))
    tn.order("2026-09-18 16:20", cust("昌吉州惠农现代农业发展有限公司", uscc("nf-n14", "91", "652300"), "严科长", tel("0994", "nf-n14"),
                                      "zbcg@cjhuinong.com.cn", None, None),
             [(spray, "20000", "亩", "10.00")], "email", "昌吉州惠农公司大西渠、二六工棉花基地", "2026-09-30",
             "预付30%（已到账），余款验收后15日内付清",
             notes="昌吉州政府采购网公开招标项目（项目编号CJZC-2026-0906，中标通知书已发），预付款6万元已于9月17日从我司对公账户到账。",
             meta=N(["large_first_order", "institution_claim"], "A state-owned agricultural company books 20,000 mu after a public tender, with 30% already paid from its own account."))
    tn.pay("2026-09-21 11:40", payee("赵鹏", acct("nf-s9", "6217", 19), "中国建设银行郑州分行", "personal", None, None),
           8800, "验资费", "农机购置贷款验资费",
           im("农机e贷 信贷经理 刘经理", wxid("nf-s9"),
              "陈总，您申请的" + fullwidth("200") + "万元农机购置低息贷款（年化" + fullwidth("2.8") + "%，无抵押）已初审通过，放款前需要验资，请先把" +
              fullwidth("8800") + "元验资费转到我们专员个人" + fullwidth("yhk") + "，户名赵鹏，验资完成当天放款。"),
           ACC, [BOSS],
           meta=S("advance_fee", "block",
                  ["loan_fee_words", "im_instruction", "unusual_bank_region", "evasion_fullwidth", "evasion_pinyin"],
                  "A 'loan manager' offering a 2m low-interest machinery loan wants an 8,800 capital-verification fee on a personal card, amounts and 'yhk' typed full-width."))
    tn.pay("2026-09-22 17:15", payee("中国石油天然气股份有限公司新疆昌吉销售分公司", acct("nf-cnpc", "3002", 19), "中国工商银行昌吉分行",
                                     "corporate", None, tel("0994", "nf-cnpc")),
           50000, "充值", "公司加油卡充值（采棉机作业季）",
           tn.erp("刘洋", "中石油昌吉销售分公司 车队加油卡（主卡NF-JYK-01）充值｜加油卡协议NF-YK-2026-001｜充值后开具增值税专用发票"),
           OPS, [ACC, BOSS],
           meta=N(["topup_words"], "A top-up of the company's fleet fuel card, paid to the oil company's corporate account under the card agreement."))
    tn.order("2026-09-23 12:05", cust("昌吉市鑫泰棉业有限公司", uscc("nf-s10", "91", "652301"), "周老板", mob("169", "nf-s10"), None,
                                      wxid("nf-s10"), None),
             [("采棉机机采作业（含运棉）", "1500", "亩", "185.00")], "phone", "昌吉市佃坝镇鑫泰棉业承包地", "2026-10-20",
             "作业完成后结算",
             third=("昌吉市鼎盛商贸有限公司", mob("194", "nf-s10-tp"), "pass_through_payee", 380000),
             notes="我们的棉款和补贴回款这几天要先打到你们公司账上过一下账，38万左右，你们扣掉作业费，剩下的转给鼎盛商贸，另外给你们加2个点。",
             meta=S("account_lending", "block",
                    ["account_lending_words", "third_party_payer", "contact_im_only"],
                    "A new cotton grower books machine picking on condition that 380k of its money passes through the team's account to a trading firm, for a 2% cut."))
    tn.pay("2026-09-24 16:45", payee("昌吉州公共资源交易中心", acct("nf-ggzy", "3002", 19), "中国工商银行昌吉分行", "corporate",
                                     None, tel("0994", "nf-ggzy")),
           20000, "投标保证金", "昌吉市2026年冬小麦统防统治作业服务项目投标保证金",
           tn.erp("杨帆", "按招标公告CJGGZY-2026-0917指定的昌吉州公共资源交易中心保证金账户缴纳，未中标5个工作日内原路退还"),
           SALES, [ACC, BOSS],
           meta=N(["deposit_words"], "Tender deposit paid to the account named in the public-resource trading centre's announcement."))
    tn.pay("2026-09-29 17:30", beidou, 7200, "服务费", "2027年度北斗终端数据服务费（12台）",
           tn.erp("古丽巴哈尔·艾山", "北斗农机信息服务 2027年度终端数据服务续费12台×600元｜服务合同NF-FW-2025-009续签｜发票" + invoice("nf-t20")),
           CASH, [ACC], rel=(None, "NF-FW-2025-009", invoice("nf-t20")),
           meta=N(["renewal_bill"], "Next year's BeiDou data renewal paid to the contracted provider already in the vendor master."))
    tn.pay("2026-10-12 12:10", payee("深圳农飞帮网络科技有限公司", acct("nf-s8", "4000", 19), "中国工商银行深圳福田支行", "corporate",
                                     None, None),
           19800, "会员费", "农飞帮平台VIP团队会员升级费",
           im("农飞帮派单平台 客服小雅", wxid("nf-s7"),
              "陈总，上次的连单任务系统判定异常，需要升级VIP团队会员才能把前面的本金和返利一起提现，升级费19800元请对公转到平台运营公司深圳农飞帮网络科技有限公司。"),
           OPS, [ACC],
           meta=S("task_rebate", "flag", ["task_rebate_words", "topup_words", "im_instruction"],
                  "The same 'dispatch platform' now says the earlier tasks are stuck and a 19,800 'VIP upgrade' to its operating company will release principal and rebates."))
    tn.pay("2026-10-13 16:55", parts, 68500, "货款", "采棉机摘锭及脱棉盘货款",
           im("陈志强（总经理）", wxid("nf-boss"),
              "韩丽，驰远的摘锭和脱棉盘今天一定要付，明天两台采棉机等着换，不然要停机。\n——已补录钉钉付款审批，采购合同NF-CG-2026-021，总经理本人审批。",
              urgent=True),
           OPS, [ACC, BOSS], rel=(None, "NF-CG-2026-021", invoice("nf-t22")),
           meta=N(["im_instruction", "boss_role", "urgency"], "The real general manager asks on WeChat for urgent picker parts, and the payment to the regular dealer goes through the approval flow."))
    tn.pay("2026-10-14 12:40", payee("新疆天禾农业服务集团有限公司", acct("nf-s12", "3002", 19), "中国工商银行乌鲁木齐分行",
                                     "corporate", None, None),
           100000, "保证金", "高标准农田统防统治项目分包履约保证金",
           tn.erp("杨帆", "天禾农业服务集团称中标昌吉州10万亩高标准农田统防统治项目（国家级重点项目），拟分包给我司2万亩，签分包合同前须缴分包履约保证金10万元，另需向项目协调人支付居间费3万元；经查该公司2026年6月成立，实缴资本为0。"),
           SALES, [ACC, BOSS],
           meta=S("contract_fraud", "flag",
                  ["deposit_words", "bigproject_words", "shell_company", "middleman_fee", "fee_asked_of_seller"],
                  "A four-month-old 'service group' with no paid-in capital offers a sub-contract on a 'national key project' for a 100k performance deposit and a finder's fee."))
    tn.order("2026-10-15 17:20", c_coop, [("秋翻地作业（深翻30厘米）", "3000", "亩", "45.00")], "erp", coop_addr,
             "2026-11-10", "月结30天", notes="棉花采收后秋翻，按北斗作业面积结算",
             meta=R("Autumn ploughing for the established farmers' cooperative."))
    tn.pay("2026-10-16 11:35", payee("吴永福", acct("nf-weld", "6228", 19), "中国农业银行昌吉分行", "personal", None, mob("169", "nf-weld")),
           6800, "维修费", "采棉机割台焊接维修费（吴永福焊接修理部）",
           tn.erp("刘洋", "吴永福焊接修理部（个体工商户）采棉机割台焊接维修｜维修单WX-1016-02｜税务局代开增值税普通发票" + invoice("nf-t25")),
           OPS, [ACC], rel=(None, None, invoice("nf-t25")),
           meta=N(["invoice_trade_words"], "A sole-trader welding shop, paid on its owner's card, supplies an invoice issued for it by the tax office."))
    tn.pay("2026-10-19 16:15", payee("乌鲁木齐恒瑞达商贸有限公司", acct("nf-s11", "3002", 19), "中国工商银行乌鲁木齐分行",
                                     "corporate", None, None),
           320000, "代付款", "代付款",
           im("棉花经纪人 老孙", wxid("nf-s11"),
              "韩会计，借你们dgzh过一下账，我这边32万的棉款今天打到你们公司，你们收到后原数转给乌鲁木齐恒瑞达商贸，给你们2个点的好处费。"),
           ACC, [],
           meta=S("account_lending", "block",
                  ["account_lending_words", "in_out_match", "vague_memo", "im_instruction", "evasion_pinyin"],
                  "A cotton broker asks to borrow the company's 'dgzh' (corporate account) to forward 320k of cotton money to an Urumqi trading firm for a 2% cut."))
    tn.pay("2026-10-20 12:30", payee("新疆蓝天航空科技职业培训学校", acct("nf-school", "3002", 19), "中国工商银行乌鲁木齐分行",
                                     "corporate", None, tel("0991", "nf-school")),
           13600, "培训费", "植保无人机驾驶员培训及考证费（2名飞手）",
           tn.erp("刘洋", "民航局备案培训机构｜培训协议NF-PX-2026-03｜学员李强、马小军｜发票" + invoice("nf-t27")),
           OPS, [ACC], rel=(None, None, invoice("nf-t27")),
           meta=N(["fee_words"], "Pilot training and licensing fees paid to a registered training school's corporate account for the first time."))
    tn.pay("2026-10-21 21:40", drone, 23100, "货款", "智能电池4块（夜间抢购）",
           tn.erp("刘洋", "（移动端审批）脱叶剂喷施高峰，3台无人机电池鼓包停飞，天翼无人机门店连夜送货｜合同NF-CG-2026-005｜总经理、财务主管移动端审批", urgent=True),
           OPS, [ACC, BOSS], rel=(None, "NF-CG-2026-005", invoice("nf-t28")), changed=drone_changed,
           meta=N(["urgency"], "Late-evening emergency batteries from the regular drone dealer during peak spraying, approved by both managers on their phones."))
    tn.pay("2026-10-22 11:50", payee("全国农机北斗作业监测服务中心", acct("nf-s14", "0200", 19), "中国工商银行北京海淀支行", "corporate",
                                     None, None),
           4680, "服务费", "2027年度北斗终端数据续费（6台）",
           im("全国农机北斗作业监测服务中心", "service@nj-beidou-jc.cn",
              "尊敬的用户：贵单位6台农机北斗终端数据服务将于2026年10月31日到期，请于到期前缴纳2027年度数据续费4680元，逾期将停止作业数据上传，影响本年度农机作业补贴核定。缴费后开具电子发票。",
              urgent=True, channel="email"),
           CASH, [ACC],
           meta=S("fake_invoice", "flag", ["renewal_bill", "email_instruction", "urgency", "no_po_contract"],
                  "A 'national BeiDou monitoring centre' the company has no contract with e-mails a renewal bill for terminal data, threatening the machinery subsidy."))
    tn.pay("2026-10-28 16:25", fuel, 134300, "货款", "0#柴油款（17吨）",
           tn.erp("古丽巴哈尔·艾山", "顺通石油 0#柴油17吨｜合同NF-CG-2026-003｜发票" + invoice("nf-t30")),
           CASH, [ACC, BOSS], rel=(None, "NF-CG-2026-003", invoice("nf-t30")),
           meta=R("Diesel from the regular fuel distributor to its usual account."))
    tn.order("2026-11-03 12:20", cust("新疆金垦农业发展集团有限公司", uscc("nf-s13", "91", "650104"), "钱总", mob("148", "nf-s13"), None,
                                      wxid("nf-s13"), None),
             [("秋翻地及残膜回收作业", "12000", "亩", "55.00")], "im", "昌吉市及呼图壁县金垦集团各承包地块", "2026-11-20",
             "商业承兑汇票（出票人：新疆某商贸有限公司，期限6个月）", fees=[("履约保证金", 30000)],
             notes="集团今年在昌吉新流转了1.2万亩地，秋翻和残膜回收全包给你们。付款用商票，出票人是我们的合作方，票面66万，下周背书给你们。签合同前你们先交3万履约保证金到集团账户，明天就进场。",
             meta=S("contract_fraud", "flag",
                    ["fake_payment_proof", "guarantee_unverified", "large_first_order", "deposit_words", "fee_asked_of_seller", "contact_im_only", "urgency"],
                    "A new 'agricultural group' wants 12,000 mu ploughed against six-month commercial paper from an unknown drawer, and a 30k performance deposit from the contractor first."))
    tn.pay("2026-11-05 16:50", repair_fake, 15400, "维修费", "拖拉机秋季保养费",
           tn.erp("刘洋", "宏远农机修理厂 拖拉机秋季保养费｜维修单HY-1102-05｜收款账户按9月22日宏远来邮件变更为老板娘张红梅个人银行卡（未电话核实）"),
           OPS, [ACC], changed="2026-09-22 11:05",
           meta=S("account_change", "flag", ["account_change_words", "payee_name_mismatch"],
                  "The repair shop's account was switched by an unverified e-mail six weeks ago to 'the owner's wife's' personal card, and this is the first payment to it."))
    tn.order("2026-11-10 12:35", c_coop, [("无人机飞防作业（冬小麦化学除草）", "1800", "亩", "6.00")], "erp", coop_addr,
             "2026-11-15", "月结30天",
             notes="药剂用我社统一采购的指定品牌除草剂，由我社自行送到田间，贵司只收作业费，按合同月结。",
             meta=N(["designated_supplier"], "The established cooperative names the herbicide brand but buys and delivers it itself, paying only for the spraying."))
    tn.pay("2026-11-12 12:25", fuel_fake, 86400, "货款", "0#柴油款（秋翻用油10.8吨）",
           im("顺通石油 财务部", "caiwu@shuntong-oil.cn",
              "翼丰农机财务部：因税务系统升级，我司原建行账户暂停使用，即日起油款请汇入我司在乌鲁木齐农商行新开立的账户（户名不变），以本邮件所附变更函为准，请勿再汇原账户。\n顺通石油财务部",
              channel="email"),
           CASH, [ACC], rel=(None, "NF-CG-2026-003", None), changed="2026-11-09 15:30",
           meta=S("account_change", "block",
                  ["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"],
                  "An e-mail from a look-alike of the fuel distributor's domain moved its account to an Urumqi rural bank three days before this first diesel payment to it."))
    tn.pay("2026-11-17 17:10", p2, 10920, "工资", "10月飞手工资（马小军本人，作业3960亩）",
           tn.erp("刘洋", "10月飞手工资（底薪3000元+作业提成3960亩×2元）｜马小军｜劳动合同NF-LD-2026-004｜作业量按北斗平台记录｜打入本人银行卡"),
           OPS, [ACC],
           meta=N([], "A pilot's October wage, base pay plus the per-mu bonus for the defoliation peak, to the same personal card as in the summer."))
    tn.pay("2026-11-24 11:45", parts, 38900, "货款", "拖拉机及犁具配件款",
           tn.erp("刘洋", "驰远农机配件 拖拉机及犁具配件｜合同NF-CG-2026-008｜发票" + invoice("nf-t35")),
           OPS, [ACC], rel=(None, "NF-CG-2026-008", invoice("nf-t35")),
           meta=R("Tractor and plough parts from the regular dealer."))
    tn.order("2026-11-26 16:30", c_farm, [("秋翻地作业（深翻30厘米）", "800", "亩", "45.00")], "phone", farm_addr,
             "2026-11-30", "作业完成后付款", notes="老客户，作业完扫对公码付款",
             meta=R("Autumn ploughing for an established family farm."))
    return tn


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(os.path.dirname(here), "holdout32.jsonl")
    lines = []
    for build in (build_shamian, build_caoyuan, build_nongfei):
        lines += build().finish()
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), out_path))


if __name__ == "__main__":
    main()
