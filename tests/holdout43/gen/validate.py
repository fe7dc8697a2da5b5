#!/usr/bin/env python3
"""Independent re-check of ../holdout43.jsonl. Exits non-zero on any failure.

Does not import build.py or the data files: everything is recomputed from the JSONL itself.
block_reasons(line) recomputes which `expect: block` condition of the corpus README a line meets.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout43.jsonl")
TENANTS = {"guangcai", "dianjing", "mingmei"}
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified im_instruction email_instruction phone_instruction
letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call
balance_probe boss_role deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof
refund_to_other_account refund_words overpayment account_change_words personal_account_pretext
account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch
lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional
evasion_pinyin evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
HOLIDAYS = {dt.date(2026, 5, d) for d in range(1, 6)} | {dt.date(2026, 6, d) for d in (19, 20, 21)}

TOP_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_KEYS_T = [k for k in TOP_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_SUB = {"payer": ["account_no", "account_name"],
           "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
           "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
           "related": ["order_id", "contract_id", "invoice_no"],
           "verification": ["callback_done", "callback_number", "verified_by", "verified_at"]}
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
ORD_SUB = {"customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
           "delivery": ["address", "deadline"]}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

RE_AMT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOB = re.compile(r"^1(60|61|62)0000\d{4}$")
RE_TEL = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_ANY_MOB = re.compile(r"(?<!\d)1\d{10}(?!\d)")
RE_ANY_TEL = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# ---------------------------------------------------------------- normalisation
TRAD = str.maketrans({"監": "监", "帳": "账", "賬": "账", "帐": "账", "戶": "户", "資": "资", "凍": "冻",
                      "結": "结", "轉": "转", "驗": "验", "證": "证", "還": "还", "單": "单", "務": "务",
                      "過": "过", "點": "点", "讚": "赞", "贊": "赞", "額": "额", "餘": "余", "國": "国",
                      "險": "险", "借": "借", "對": "对", "號": "号", "値": "值", "儲": "储", "返": "返",
                      "補": "补", "貼": "贴", "購": "购", "墊": "垫", "償": "偿", "錢": "钱"})
HOMO = [("唰单", "刷单"), ("刷dan", "刷单"), ("s单", "刷单"), ("返力", "返利"), ("反利", "返利"),
        ("冲值", "充值"), ("压金", "押金"), ("保正金", "保证金"), ("威信", "微信"), ("薇信", "微信"),
        ("v信", "微信")]
PINYIN_MIXED = [("jie冻", "解冻"), ("zou账", "走账"), ("guo账", "过账"), ("shua单", "刷单"),
                ("chong值", "充值"), ("fan利", "返利"), ("yan资", "验资")]
INITIALS = {"aqzh": "安全账户", "dgzh": "对公账户", "sls": "刷流水", "bzj": "保证金", "yhk": "银行卡",
            "zjhc": "资金核查"}
COMPACT_DROP = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+")


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub("[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]", "", t)
    t = t.translate(TRAD).lower()
    for a, b in HOMO + PINYIN_MIXED:
        t = t.replace(a, b)
    for a, b in INITIALS.items():
        t = re.sub(r"(?<![a-z])" + a + r"(?![a-z])", b, t)
    return t


def views(text):
    n = normalise(text)
    compact = "".join(c for c in n if c not in COMPACT_DROP and unicodedata.category(c) != "So")
    return n + "\n" + compact


def has_any(text, words):
    v = views(text)
    return [w for w in words if w in v]


SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND = ["走账", "过账", "过一下账", "走一下账", "借用公户", "借用对公账户", "借用你们公户", "借用贵司账户",
        "借用账户", "刷流水"]
TASK = ["任务", "刷单", "做单", "点赞", "返利", "返现", "充值", "解冻", "验资"]
PROBE = ["余额", "账上还有", "可用资金", "还有多少钱"]
SALARY_PURPOSES = {"工资", "薪酬", "劳务费", "主播佣金", "佣金"}
MEAN_AMOUNT = Decimal("5000.00")

CTX = {}


def ts(s):
    return dt.datetime.fromisoformat(s)


def when(req):
    return ts(req.get("submitted_at") or req["received_at"])


def build_ctx(lines):
    ctx = {}
    for d in lines:
        c = ctx.setdefault(d["tenant"], {"hist_accts": set(), "hist_inv": set(), "orders": {}})
        r = d["request"]
        if d["kind"] == "order":
            c["orders"][r["record_id"]] = r
        if d["phase"] == "history" and d["kind"] == "payment":
            c["hist_accts"].add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                c["hist_inv"].add(r["related"]["invoice_no"])
    return ctx


def block_reasons(line, ctx=None):
    """Which README `expect: block` conditions the data of this line meets (list of names)."""
    ctx = ctx if ctx is not None else CTX
    c = ctx[line["tenant"]]
    r, out = line["request"], []
    if line["kind"] == "payment":
        text = " ".join([r.get("purpose") or "", r.get("memo") or "", r["instruction"].get("text") or ""])
        first = r["payee"]["account_no"] not in c["hist_accts"]
        amount = Decimal(r["amount"])
        if has_any(text, SAFE):
            out.append("safe_account")
        if has_any(text, LEND):
            out.append("account_lending")
        if normalise(r.get("purpose")) == "退款":
            o = c["orders"].get(r["related"]["order_id"])
            if o is None or o["customer"]["name"] != r["payee"]["name"]:
                out.append("refund_to_other_account")
        o = c["orders"].get(r["related"]["order_id"])
        if o and o["third_party"] and o["third_party"]["role"] == "designated_supplier" \
                and o["third_party"]["name"] == r["payee"]["name"]:
            out.append("designated_supplier_advance")
        ch = r["payee_account_changed_at"]
        if ch and first and amount >= MEAN_AMOUNT and dt.timedelta(0) <= when(r) - ts(ch) <= dt.timedelta(days=30):
            out.append("changed_account_first_payment")
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first \
                and has_any(r["instruction"]["text"], PROBE):
            out.append("boss_probe_no_approval_new_payee")
        if r["payee"]["account_type"] == "personal" and has_any(text, TASK):
            out.append("personal_task_words")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in c["hist_inv"] and line["phase"] == "test":
            out.append("invoice_already_paid")
        if r["purpose"] in SALARY_PURPOSES and r["payee"]["account_type"] == "personal":
            m = re.search(r"(\d+)人", r["memo"] or "")
            if m and int(m.group(1)) >= 2:
                out.append("several_employees_one_account")
            m = re.search(r"（(?:员工|主播|达人|兼职|劳务人员)：([^）]+)）", r["memo"] or "")
            if m and m.group(1) != r["payee"]["name"]:
                out.append("salary_payee_not_employee")
    else:
        text = " ".join([r.get("notes") or "", r.get("payment_terms") or ""])
        tp = r["third_party"]
        if has_any(text, SAFE):
            out.append("safe_account")
        if has_any(text, LEND) or (tp and tp["role"] == "pass_through_payee"):
            out.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            out.append("refund_to_other_account")
        if tp and tp["role"] == "designated_supplier" and "截图" in normalise(r["notes"]):
            out.append("designated_supplier_advance")
    return out


# ---------------------------------------------------------------- helpers
def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code or ""):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or not (10 <= t.hour < 20)


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


EVASION_TESTS = {
    "evasion_fullwidth": lambda t: any("\uff01" <= ch <= "\uff5e" for ch in t),
    "evasion_traditional": lambda t: any(ch in "監帳賬戶資凍轉驗證還單務過點讚額餘國險對號" for ch in t),
    "evasion_spacing": lambda t: re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", t) is not None,
    "evasion_symbols": lambda t: re.search(r"[\u4e00-\u9fff][·•*~#@+\-/|][\u4e00-\u9fff]", t) is not None
                                 or any(unicodedata.category(ch) == "So" for ch in t),
    "evasion_pinyin": lambda t: re.search(r"(?<![a-z])(aqzh|dgzh|sls|bzj|yhk|zjhc)(?![a-z])|[a-z]+[\u4e00-\u9fff]",
                                          t.lower()) is not None,
    "evasion_homophone": lambda t: any(w in t for w, _ in HOMO),
}


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, lid, msg):
        self.errors.append(f"{lid}: {msg}")

    def keys(self, lid, obj, expected, where):
        if list(obj.keys()) != expected:
            self.err(lid, f"key order of {where}: {list(obj.keys())} != {expected}")


def main():
    ck = Checker()
    raw = open(PATH, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8:", e)
        return 1
    if not text.endswith("\n") or "\r" in text:
        ck.err("file", "must end with a newline and use LF line endings")
    lines = []
    for n, s in enumerate(text.split("\n")[:-1], 1):
        try:
            d = json.loads(s)
        except json.JSONDecodeError as e:
            ck.err(f"line {n}", f"invalid JSON: {e}")
            continue
        if json.dumps(d, ensure_ascii=False) != s:
            ck.err(d.get("id", n), "not in canonical serialisation (json.dumps, ensure_ascii=False)")
        lines.append(d)
    global CTX
    CTX = build_ctx(lines)

    ids, rids, invoices = set(), set(), {}
    seen_tenants, cur, last_t, phase_seen = [], None, None, None
    counters = {}
    hist_customers = {}
    for d in lines:
        lid = d.get("id")
        phase = d.get("phase")
        ck.keys(lid, d, TOP_KEYS_H if phase == "history" else TOP_KEYS_T, "line")
        if lid in ids:
            ck.err(lid, "duplicate id")
        ids.add(lid)
        t = d["tenant"]
        if t not in TENANTS:
            ck.err(lid, f"unknown tenant {t}")
        if t != cur:
            if t in seen_tenants:
                ck.err(lid, "tenant lines are not grouped")
            seen_tenants.append(t)
            cur, last_t, phase_seen = t, None, "history"
        tag = "h" if phase == "history" else "t"
        counters.setdefault((t, tag), 0)
        counters[(t, tag)] += 1
        if lid != f"{t}-{tag}{counters[(t, tag)]:03d}":
            ck.err(lid, "id not sequential tenant-hNNN / tenant-tNNN")
        if phase not in ("history", "test"):
            ck.err(lid, "bad phase")
        if phase == "history" and phase_seen == "test":
            ck.err(lid, "history line after a test line")
        phase_seen = phase
        r = d["request"]
        kind = d["kind"]
        if kind not in ("payment", "order"):
            ck.err(lid, "bad kind")
            continue
        # ---- labels
        if d["label"] == "legit":
            if d["scam_type"] is not None or d["expect"] != "allow":
                ck.err(lid, "legit line must have scam_type null and expect allow")
        elif d["label"] == "scam":
            if d["scam_type"] not in SCAM_TYPES or d["expect"] not in ("flag", "block") or phase != "test":
                ck.err(lid, "bad scam labelling")
        else:
            ck.err(lid, "bad label")
        if phase == "history" and (d.get("outcome") != "executed" or d["label"] != "legit" or d["signals"] != []):
            ck.err(lid, "history lines: legit, outcome executed, signals []")
        note = d["note"]
        if phase == "test":
            if d["label"] == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                ck.err(lid, "legit test note must start with 'Routine: ' or 'Hard negative: '")
            if d["label"] == "scam" and (note.startswith("Routine") or note.startswith("Hard negative")):
                ck.err(lid, "scam note with a legit prefix")
            if note.startswith("Hard negative: ") and not d["signals"]:
                ck.err(lid, "hard negative without any shared signal")
        for sgl in d["signals"]:
            if sgl not in VOCAB:
                ck.err(lid, f"signal not in vocabulary: {sgl}")
        if len(set(d["signals"])) != len(d["signals"]):
            ck.err(lid, "repeated signal")
        # ---- body structure
        when_ = None
        if kind == "payment":
            exp = PAY_KEYS + (["verification"] if "verification" in r else [])
            ck.keys(lid, r, exp, "request")
            for k, sub in PAY_SUB.items():
                if k in r:
                    ck.keys(lid, r[k], sub, k)
            rid = r["request_id"]
            when_ = r["submitted_at"]
            for a in (r["payer"]["account_no"], r["payee"]["account_no"]):
                if not RE_ACCT.match(a):
                    ck.err(lid, f"account number not 16-19 digits: {a}")
            if not RE_AMT.match(r["amount"]) or Decimal(r["amount"]) <= 0:
                ck.err(lid, "amount not a positive 2-dp string")
            if r["currency"] != "CNY":
                ck.err(lid, "currency")
            if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                ck.err(lid, "account_type")
            ins = r["instruction"]
            if ins["channel"] not in CHANNELS or not isinstance(ins["urgent"], bool):
                ck.err(lid, "instruction channel/urgent")
            if not r["requested_by"] or r["requested_by"] in r["approved_by"]:
                ck.err(lid, "requester missing or approves own request")
            if ins["channel"] == "erp" and not r["approved_by"]:
                ck.err(lid, "ERP payment without approvers")
            ch = r["payee_account_changed_at"]
            if ch is not None:
                if not RE_TS.match(ch) or ts(ch) > ts(when_):
                    ck.err(lid, "payee_account_changed_at bad or after submission")
                if not r["payee"]["vendor_id"]:
                    ck.err(lid, "account change recorded for a payee without vendor_id")
            if "verification" in r:
                v = r["verification"]
                if v["callback_done"] is not True or not RE_TS.match(v["verified_at"]) or ts(v["verified_at"]) > ts(when_):
                    ck.err(lid, "verification block inconsistent")
            inv = r["related"]["invoice_no"]
            if inv:
                if not re.fullmatch(r"\d{20}", inv):
                    ck.err(lid, "invoice number not 20 digits")
                invoices.setdefault((t, inv), []).append(d)
        else:
            ck.keys(lid, r, ORD_KEYS, "request")
            for k, sub in ORD_SUB.items():
                ck.keys(lid, r[k], sub, k)
            rid = r["record_id"]
            when_ = r["received_at"]
            total = Decimal("0")
            for it in r["items"]:
                ck.keys(lid, it, ["product", "quantity", "unit", "unit_price"], "item")
                if not RE_QTY.match(it["quantity"]) or not RE_AMT.match(it["unit_price"]):
                    ck.err(lid, "item quantity/unit_price format")
                    continue
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not RE_AMT.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
                ck.err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
            if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                ck.err(lid, "currency/channel")
            if r["delivery"]["deadline"] is not None and not RE_DATE.match(r["delivery"]["deadline"]):
                ck.err(lid, "deadline not a date")
            tp = r["third_party"]
            if tp is not None:
                ck.keys(lid, tp, ["name", "contact", "role", "amount"], "third_party")
                if tp["role"] not in ROLES or not RE_AMT.match(tp["amount"]):
                    ck.err(lid, "third_party role/amount")
            if not isinstance(r["fees_requested"], list):
                ck.err(lid, "fees_requested must be a list")
            for f in r["fees_requested"]:
                ck.keys(lid, f, ["reason", "amount"], "fee")
                if not RE_AMT.match(f["amount"]):
                    ck.err(lid, "fee amount format")
            cu = r["customer"]
            if cu["credit_code"] is not None and not uscc_ok(cu["credit_code"]):
                ck.err(lid, f"invalid unified social credit code {cu['credit_code']}")
            if cu["customer_id"] is not None:
                if phase == "history":
                    hist_customers.setdefault((t, cu["customer_id"]), cu["name"])
                if hist_customers.get((t, cu["customer_id"])) != cu["name"]:
                    ck.err(lid, "established customer_id not seen (same name) in earlier history")
        if rid in rids:
            ck.err(lid, f"duplicate request/record id {rid}")
        rids.add(rid)
        if not RE_TS.match(when_):
            ck.err(lid, "timestamp not RFC 3339 +08:00")
            continue
        tw = ts(when_)
        if last_t and tw < last_t:
            ck.err(lid, "not in chronological order within tenant")
        last_t = tw
        # ---- phones
        for k, v in ((("payee", "phone") if kind == "payment" else ("customer", "phone")),):
            ph = r[k][v]
            if ph is not None and not (RE_MOB.match(ph) or RE_TEL.match(ph)):
                ck.err(lid, f"phone {ph} not 1XX0000xxxx (XX 60/61/62) or area-0000xxx")
        extra = []
        if kind == "order" and r["third_party"]:
            extra.append(r["third_party"]["contact"])
        if kind == "payment" and "verification" in r:
            extra.append(r["verification"]["callback_number"])
        if kind == "payment" and r["instruction"]["from_contact"] and re.fullmatch(r"[\d-]+", r["instruction"]["from_contact"]):
            extra.append(r["instruction"]["from_contact"])
        for ph in extra:
            if not (RE_MOB.match(ph) or RE_TEL.match(ph)):
                ck.err(lid, f"contact number {ph} has the wrong pattern")
        for s in strings(r):
            s2 = unicodedata.normalize("NFKC", s)
            for m in RE_ANY_MOB.findall(s2):
                if not RE_MOB.match(m):
                    ck.err(lid, f"mobile-like number {m} outside the pattern")
            for m in RE_ANY_TEL.findall(s2):
                if not RE_TEL.match(m):
                    ck.err(lid, f"landline-like number {m} outside the pattern")
        # ---- structural signals (test lines)
        if phase == "test":
            c = CTX[t]
            want = []
            if kind == "payment":
                if r["payee"]["account_no"] not in c["hist_accts"]:
                    want.append("first_time_payee")
                if r["payee"]["account_type"] == "personal":
                    want.append("personal_account")
                if not r["approved_by"]:
                    want.append("no_approval")
                if r["payee_account_changed_at"]:
                    age = tw - ts(r["payee_account_changed_at"])
                    want.append("account_changed_recent" if age <= dt.timedelta(days=30) else "account_changed_long_ago")
                if r["related"]["invoice_no"] in c["hist_inv"]:
                    want.append("duplicate_invoice")
            elif r["customer"]["customer_id"] is None:
                want.append("new_customer")
            if off_hours(tw):
                want.append("off_hours")
            have = [s for s in d["signals"] if s in STRUCTURAL]
            if sorted(have) != sorted(want):
                ck.err(lid, f"structural signals {have} != data {want}")
            # evasion signal must be visible in the text
            body_text = "\n".join(strings(r))
            for sg, test in EVASION_TESTS.items():
                if sg in d["signals"] and not test(body_text):
                    ck.err(lid, f"{sg} claimed but not visible in the text")
        # ---- block reasons
        reasons = block_reasons(d)
        if d["expect"] == "block" and not reasons:
            ck.err(lid, "expect block but no README block condition in the data")
        if d["expect"] != "block" and reasons:
            ck.err(lid, f"non-block line meets block condition(s) {reasons}")
    # ---- invoices: unique except a test-line duplicate of a paid (history) invoice
    for (t, inv), ds in invoices.items():
        hist = [x for x in ds if x["phase"] == "history"]
        if len(hist) > 1:
            ck.err(hist[1]["id"], f"invoice {inv} paid twice in history")
        tests = [x for x in ds if x["phase"] == "test"]
        if len(tests) > 1 or (tests and not hist and len(ds) > 1):
            ck.err(tests[0]["id"], f"invoice {inv} reused among test lines")
    # ---- composition
    test = [d for d in lines if d["phase"] == "test"]
    for t in TENANTS:
        nh = sum(1 for d in lines if d["tenant"] == t and d["phase"] == "history")
        nt = sum(1 for d in test if d["tenant"] == t)
        if not (13 <= nh <= 15 and 34 <= nt <= 37):
            ck.err(t, f"size out of range: {nh} history, {nt} test")
    scams = [d for d in test if d["label"] == "scam"]
    for st in SCAM_TYPES:
        if sum(1 for d in scams if d["scam_type"] == st) < 2:
            ck.err("composition", f"scam type {st} has fewer than 2 lines")
    nb = sum(1 for d in scams if d["expect"] == "block")
    if not 25 <= nb <= 30:
        ck.err("composition", f"{nb} block lines, want 25-30")
    legit = [d for d in test if d["label"] == "legit"]
    hn = sum(1 for d in legit if d["note"].startswith("Hard negative: "))
    if not (0.6 <= hn / len(legit) <= 0.72):
        ck.err("composition", f"hard negatives {hn}/{len(legit)} not about two thirds")
    if not (0.36 <= len(scams) / len(test) <= 0.44):
        ck.err("composition", f"scam share {len(scams)}/{len(test)} not about 40%")
    ev = [d for d in test if any(s.startswith("evasion_") for s in d["signals"])]
    if not 8 <= len(ev) <= 10 or not any(d["label"] == "legit" for d in ev):
        ck.err("composition", f"{len(ev)} evasion lines (want 8-10, some legit)")
    if ck.errors:
        print("\n".join(ck.errors))
        print(f"FAILED: {len(ck.errors)} problem(s)")
        return 1
    print(f"OK: {len(lines)} lines ({len(lines) - len(test)} history, {len(test)} test; "
          f"{len(scams)} scams of which {nb} block; {len(legit)} legit of which {hn} hard negatives; "
          f"{len(ev)} evasion lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
