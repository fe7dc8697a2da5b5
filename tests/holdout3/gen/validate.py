#!/usr/bin/env python3
"""Validate holdout3.jsonl against the corpus format of /work/shared/corpus/README.md.

Run from the holdout3 folder:  python3 gen/build.py && python3 gen/validate.py
Exit status 0 when every check passes, 1 otherwise.

What is checked
  * every line is a JSON object with the exact top-level key layout and enums of the README;
  * request bodies have the exact key layout of the wire contract (PRODUCT.md), correct types,
    two-decimal amount strings, decimal quantity strings, totals equal to the sum of the items;
  * unified social credit codes (GB 32100-2015 check character) wherever one appears;
  * +08:00 RFC 3339 timestamps, history in Sep-Oct 2026 in office hours, tests in Nov-Dec 2026,
    chronological order per tenant, history before test, tenants contiguous;
  * unique line ids and request/record ids; id numbering;
  * label / scam_type / expect consistency and `expect: block` exactly when a README hard-block
    signal is present on a scam line (legit lines with such a surface must be hard negatives);
  * signals against the data (first-time payee vs history, personal account, account change
    age, approvals, channel, off-hours, new customer, duplicate invoice, evasion spellings...);
  * no identifier, name or Chinese sentence of the public sample is reused, and no long Chinese
    run of TYPOLOGIES.md is quoted verbatim;
  * coverage: every scam type >= 3 lines, every evasion family >= 2 lines, structural-only
    scams, English-language scams.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402  (vocabularies only; the checks below are independent)

CORPUS = os.path.join(os.path.dirname(HERE), "holdout3.jsonl")
SAMPLE = os.environ.get("HOLDOUT3_SAMPLE", "/work/shared/corpus/sample.jsonl")
TYPOLOGIES = os.environ.get("HOLDOUT3_TYPOLOGIES", "/work/shared/domain/TYPOLOGIES.md")

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


# ---------------------------------------------------------------------------------------
# Layouts and enums
# ---------------------------------------------------------------------------------------

TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
               "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]

PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]

ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

PHASES = {"history", "test"}
KINDS = {"payment", "order"}
LABELS = {"legit", "scam"}
EXPECTS = {"allow", "flag", "block"}
SCAM_TYPES = set(common.SCAM_TYPES)
CHANNELS = set(common.CHANNELS)
ACCOUNT_TYPES = set(common.ACCOUNT_TYPES)
ROLES = set(common.THIRD_PARTY_ROLES)
VOCAB = common.SIGNAL_VOCAB

STRUCTURAL_OK = set(common.SIG_PAYMENT_STRUCTURE) | set(common.SIG_PROVENANCE) | {
    "new_customer", "large_first_order", "far_delivery", "residential_delivery", "small_then_large",
    "contact_im_only", "contact_mismatch", "third_party_payer",
    # listed under "Wording" in the README but they are facts about the payee, not words
    "payee_not_employee", "payee_shared_by_employees"}
PAYMENT_ONLY = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
                "personal_account", "no_approval", "sales_order_linked", "duplicate_invoice",
                "payee_name_mismatch", "im_instruction", "email_instruction", "phone_instruction",
                "letter_instruction"}
ORDER_ONLY = set(common.SIG_ORDER)

MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1[3-9]\d0000\d{4}$")          # 11 digits, fictitious 0000 block
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")       # area-0000xxx
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
EMP_RE = re.compile(r"^E\d{4}$")
CJK = "\u4e00-\u9fff"
CJK_RE = re.compile(f"[{CJK}]")

HOLIDAYS_2026 = {date(2026, 9, 25)} | {date(2026, 10, d) for d in range(1, 9)}


def parse_ts(s: str, where: str):
    if not isinstance(s, str) or not TS_RE.match(s):
        err(where, f"timestamp not RFC 3339 +08:00: {s!r}")
        return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        err(where, f"timestamp does not parse: {s!r}")
        return None


def off_hours(dt: datetime) -> bool:
    d = dt.date()
    if dt.weekday() >= 5 or d in HOLIDAYS_2026:
        return True
    return not (10 <= dt.hour < 20)


def check_keys(obj, keys, where, optional_tail=()):
    if not isinstance(obj, dict):
        err(where, f"expected object, got {type(obj).__name__}")
        return False
    got = list(obj.keys())
    if got == list(keys):
        return True
    for n in range(1, len(optional_tail) + 1):
        if got == list(keys) + list(optional_tail[:n]):
            return True
    err(where, f"key layout {got} != {list(keys)}" + (f" (+ optional {list(optional_tail)})" if optional_tail else ""))
    return False


def is_str_or_none(v):
    return v is None or isinstance(v, str)


def check_money(v, where, positive=True):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, f"amount must be a two-decimal string: {v!r}")
        return None
    d = Decimal(v)
    if positive and d <= 0:
        err(where, f"amount must be positive: {v}")
    return d


def check_phone(v, where):
    if v is None:
        return
    if not isinstance(v, str) or not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        err(where, f"phone not a fictitious mobile (1XX0000XXXX) or landline (area-0000xxx): {v!r}")


# ----- unified social credit code (independent re-implementation) -----
_UC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code: str) -> bool:
    if not isinstance(code, str) or len(code) != 18 or any(c not in _UC for c in code):
        return False
    s = sum(_UC.index(c) * w for c, w in zip(code[:17], _UW))
    r = (31 - s % 31) % 31
    return _UC[r] == code[17]


USCC_IN_TEXT = re.compile(r"(?:信用代码|credit code|USCC)[：:\s]*([0-9A-Z]{18})", re.I)


# ---------------------------------------------------------------------------------------
# Evasion detectors (used to check that evasion signals match the text)
# ---------------------------------------------------------------------------------------

FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff]")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27bf]")
SPACED = re.compile(f"[{CJK}](?:[ .·\\-/][{CJK}]){{3,}}")
TRAD_CHARS = set("帳戶轉賬貨匯經們請週舊會覆與這號應協議繳納後單訂噸項規劃億僅視動棄紡紗蘇錠鋼膠長陳業務開銀國"
                 "處額過貴劉麼環貿萬費聯驗資貸風險還內專馮誤趕機構證審稅稽發鬆內實現")
PINYIN_TOKENS = {"bzj", "sls", "dgzh", "aqzh", "yhk", "zfb", "yzm", "gjf", "jgzh", "zjhc"}
PINYIN_ADJ = re.compile(
    f"(?:(?<![A-Za-z0-9_.@\\-])[a-z]{{2,}}(?=[{CJK}]))|(?:(?<=[{CJK}])[a-z]{{2,}}(?![A-Za-z0-9_.@\\-]))")
HOMOPHONES = ["涮单", "饭利", "维信", "银杭卡", "溦信", "保政金", "节冻金"]


def free_text(kind: str, req: dict) -> str:
    if kind == "payment":
        parts = [req.get("purpose") or "", req.get("memo") or "", (req.get("instruction") or {}).get("text") or ""]
    else:
        parts = [req.get("notes") or "", req.get("payment_terms") or ""]
        parts += [f.get("reason") or "" for f in req.get("fees_requested") or []]
    return "\n".join(parts)


def evasion_present(text: str) -> set[str]:
    found = set()
    if FULLWIDTH_ALNUM.search(text):
        found.add("evasion_fullwidth")
    if ZERO_WIDTH.search(text) or EMOJI.search(text):
        found.add("evasion_symbols")
    if SPACED.search(text):
        found.add("evasion_spacing")
    if any(c in TRAD_CHARS for c in text):
        found.add("evasion_traditional")
    # pinyin is typed in lower case; upper-case acronyms (SAP, APP, QQ, USDT) are not evasion
    norm = unicodedata.normalize("NFKC", text)
    tokens = set(re.findall(r"[a-z]+", norm))
    if tokens & PINYIN_TOKENS or PINYIN_ADJ.search(norm):
        found.add("evasion_pinyin")
    if any(h in text for h in HOMOPHONES):
        found.add("evasion_homophone")
    return found


# ---------------------------------------------------------------------------------------
# README hard-block rules, by meaning, expressed over the recorded signals + data
# ---------------------------------------------------------------------------------------

UNFREEZE_VERIFY = re.compile("验资|驗資|解冻|解凍|节冻|節凍|冻结|凍結|资金核验")


def hard_reasons(kind: str, sig: set, req: dict) -> list[str]:
    r = []
    if "safe_account_words" in sig:
        r.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in sig:
        r.append("lending the company account / pass-through")
    if "refund_to_other_account" in sig:
        r.append("refund to an account other than the payer")
    if "refund_words" in sig and "fake_payment_proof" in sig:
        r.append("refund before the money has cleared")
    if "designated_supplier" in sig and ({"fake_payment_proof", "sales_order_linked"} & sig):
        r.append("customer-designated supplier paid before the customer's money")
    if kind == "payment" and "account_changed_recent" in sig and "first_time_payee" in sig \
            and Decimal(req["amount"]) >= Decimal("10000"):
        r.append("first meaningful payment to an account changed within 30 days")
    if "boss_role" in sig and ({"im_instruction", "email_instruction"} & sig) and "no_approval" in sig \
            and "balance_probe" in sig and "first_time_payee" in sig:
        r.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
    if "personal_account" in sig:
        if {"task_rebate_words", "topup_words"} & sig:
            r.append("personal payee with task/top-up/rebate words")
        elif "loan_fee_words" in sig and UNFREEZE_VERIFY.search(free_text(kind, req)):
            r.append("personal payee with unfreezing/capital-verification words")
    if "duplicate_invoice" in sig:
        r.append("invoice number already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & sig:
        r.append("salary to a non-employee account or several employees to one account")
    return r


# ---------------------------------------------------------------------------------------
# Request checks
# ---------------------------------------------------------------------------------------


def check_payment(req: dict, where: str):
    if not check_keys(req, PAY_KEYS, where + ".request", PAY_OPTIONAL_TAIL):
        return
    for k in ("request_id", "submitted_at", "amount"):
        if not isinstance(req[k], str) or not req[k]:
            err(where, f"{k} required")
    check_keys(req["payer"], PAYER_KEYS, where + ".payer")
    if check_keys(req["payee"], PAYEE_KEYS, where + ".payee"):
        pe = req["payee"]
        if not isinstance(pe["name"], str) or not pe["name"]:
            err(where, "payee.name required")
        if not isinstance(pe["account_no"], str) or not ACCOUNT_RE.match(pe["account_no"]):
            err(where, f"payee.account_no must be 16-19 digits: {pe['account_no']!r}")
        if pe["account_type"] not in ACCOUNT_TYPES:
            err(where, f"bad account_type {pe['account_type']!r}")
        if not is_str_or_none(pe["vendor_id"]) or not is_str_or_none(pe["bank"]):
            err(where, "payee.vendor_id/bank must be string or null")
        check_phone(pe["phone"], where + ".payee.phone")
    if isinstance(req["payer"], dict):
        if not ACCOUNT_RE.match(str(req["payer"].get("account_no"))):
            err(where, "payer.account_no must be 16-19 digits")
    check_money(req["amount"], where + ".amount")
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    for k in ("purpose", "memo"):
        if not is_str_or_none(req[k]):
            err(where, f"{k} must be string or null")
    if check_keys(req["instruction"], INSTR_KEYS, where + ".instruction"):
        ins = req["instruction"]
        if ins["channel"] not in CHANNELS:
            err(where, f"bad instruction.channel {ins['channel']!r}")
        if not isinstance(ins["urgent"], bool):
            err(where, "instruction.urgent must be boolean")
        if not isinstance(ins["text"], str) or not ins["text"]:
            err(where, "instruction.text must be a non-empty string")
        if ins["channel"] == "erp" and ins["from_contact"] is not None:
            err(where, "erp instructions carry no from_contact")
    if not isinstance(req["requested_by"], str) or not EMP_RE.match(req["requested_by"]):
        err(where, f"requested_by must be an employee id: {req['requested_by']!r}")
    if not isinstance(req["approved_by"], list) or any(not isinstance(a, str) or not EMP_RE.match(a) for a in req["approved_by"]):
        err(where, "approved_by must be a list of employee ids")
    elif req["requested_by"] in req["approved_by"]:
        err(where, "requester approves own request")
    elif len(set(req["approved_by"])) != len(req["approved_by"]):
        err(where, "duplicate approver")
    if check_keys(req["related"], RELATED_KEYS, where + ".related"):
        for k in RELATED_KEYS:
            if not is_str_or_none(req["related"][k]):
                err(where, f"related.{k} must be string or null")
    sub = parse_ts(req["submitted_at"], where + ".submitted_at")
    ch = req["payee_account_changed_at"]
    if ch is not None:
        cdt = parse_ts(ch, where + ".payee_account_changed_at")
        if cdt and sub and cdt > sub:
            err(where, "payee_account_changed_at after submitted_at")
    if "verification" in req:
        v = req["verification"]
        if check_keys(v, VERIF_KEYS, where + ".verification"):
            if not isinstance(v["callback_done"], bool):
                err(where, "verification.callback_done must be boolean")
            check_phone(v["callback_number"], where + ".verification.callback_number")
            if not EMP_RE.match(str(v["verified_by"])):
                err(where, "verification.verified_by must be an employee id")
            vdt = parse_ts(v["verified_at"], where + ".verification.verified_at")
            if vdt and sub and vdt > sub:
                err(where, "verification after submission")


def check_order(req: dict, where: str):
    if not check_keys(req, ORDER_KEYS, where + ".request"):
        return
    for k in ("record_id", "received_at", "total_amount"):
        if not isinstance(req[k], str) or not req[k]:
            err(where, f"{k} required")
    if check_keys(req["customer"], CUSTOMER_KEYS, where + ".customer"):
        c = req["customer"]
        if not isinstance(c["name"], str) or not c["name"]:
            err(where, "customer.name required")
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(where, f"invalid unified social credit code {c['credit_code']!r}")
        check_phone(c["phone"], where + ".customer.phone")
        if c["email"] is not None and not EMAIL_RE.match(c["email"]):
            err(where, f"bad email {c['email']!r}")
        for k in ("contact_name", "im_id", "customer_id"):
            if not is_str_or_none(c[k]):
                err(where, f"customer.{k} must be string or null")
    total = Decimal("0")
    if not isinstance(req["items"], list) or not req["items"]:
        err(where, "items must be a non-empty list")
    else:
        for i, it in enumerate(req["items"]):
            w = f"{where}.items[{i}]"
            if not check_keys(it, ITEM_KEYS, w):
                continue
            if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                err(w, f"quantity must be a decimal string: {it['quantity']!r}")
                continue
            p = check_money(it["unit_price"], w + ".unit_price")
            if p is not None:
                total += Decimal(it["quantity"]) * p
    t = check_money(req["total_amount"], where + ".total_amount")
    if t is not None and t != total.quantize(Decimal("0.01")):
        err(where, f"total_amount {t} != sum of items {total}")
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    if req["channel"] not in CHANNELS:
        err(where, f"bad channel {req['channel']!r}")
    rec = parse_ts(req["received_at"], where + ".received_at")
    if check_keys(req["delivery"], DELIVERY_KEYS, where + ".delivery"):
        dl = req["delivery"]["deadline"]
        if dl is not None:
            if not DATE_RE.match(str(dl)):
                err(where, f"deadline not YYYY-MM-DD: {dl!r}")
            elif rec and date.fromisoformat(dl) < rec.date():
                err(where, "deadline before received_at")
    tp = req["third_party"]
    if tp is not None and check_keys(tp, THIRD_KEYS, where + ".third_party"):
        if tp["role"] not in ROLES:
            err(where, f"bad third_party.role {tp['role']!r}")
        check_money(tp["amount"], where + ".third_party.amount")
    if not isinstance(req["fees_requested"], list):
        err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(req["fees_requested"]):
            if check_keys(f, FEE_KEYS, f"{where}.fees_requested[{i}]"):
                check_money(f["amount"], f"{where}.fees_requested[{i}].amount")
    if not is_str_or_none(req["payment_terms"]) or not is_str_or_none(req["notes"]):
        err(where, "payment_terms/notes must be string or null")


# ---------------------------------------------------------------------------------------
# Sample / typologies reuse
# ---------------------------------------------------------------------------------------

ID_PATHS_PAYMENT = [("request_id",), ("payer", "account_no"), ("payer", "account_name"), ("payee", "name"),
                    ("payee", "account_no"), ("payee", "phone"), ("payee", "vendor_id"),
                    ("instruction", "from_name"), ("instruction", "from_contact"), ("requested_by",),
                    ("related", "order_id"), ("related", "contract_id"), ("related", "invoice_no")]
ID_PATHS_ORDER = [("record_id",), ("customer", "name"), ("customer", "credit_code"), ("customer", "contact_name"),
                  ("customer", "phone"), ("customer", "email"), ("customer", "im_id"),
                  ("customer", "customer_id"), ("third_party", "name"), ("third_party", "contact")]
TOKEN_RE = re.compile(r"\d{11,20}|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}|wxid_\w+|\d{3,4}-\d{7}")
SENT_SPLIT = re.compile(r"[。！？!?；;\n]")


def get_path(d, path):
    for p in path:
        if not isinstance(d, dict):
            return None
        d = d.get(p)
    return d


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def identifiers(objs):
    vals = set()
    for o in objs:
        r = o.get("request", {})
        paths = ID_PATHS_PAYMENT if o.get("kind") == "payment" else ID_PATHS_ORDER
        for p in paths:
            v = get_path(r, p)
            if isinstance(v, str) and v:
                vals.add(v)
        for a in r.get("approved_by") or []:
            vals.add(a)
        vals.add(o.get("id"))
    return vals


def check_reuse(lines):
    if not os.path.exists(SAMPLE):
        err("sample", f"cannot read {SAMPLE}; reuse check not run")
        return
    sample = [json.loads(l) for l in open(SAMPLE, encoding="utf-8") if l.strip()]
    s_ids = identifiers(sample)
    m_ids = identifiers(lines)
    for v in sorted(s_ids & m_ids):
        err("reuse", f"identifier/name from sample reused: {v!r}")
    my_text = "\n".join(s for o in lines for s in all_strings(o))
    s_text = [s for o in sample for s in all_strings(o)]
    # numeric / e-mail / IM tokens of the sample anywhere in our file
    s_tokens = {t for s in s_text for t in TOKEN_RE.findall(s)}
    for t in sorted(s_tokens):
        if t in my_text:
            err("reuse", f"sample token appears in corpus: {t!r}")
    # names (3+ chars) of the sample as substrings of our text
    s_names = set()
    for o in sample:
        r = o["request"]
        for p in (("payee", "name"), ("payer", "account_name"), ("customer", "name"),
                  ("customer", "contact_name"), ("instruction", "from_name"), ("third_party", "name")):
            v = get_path(r, p)
            if isinstance(v, str) and len(v) >= 3:
                s_names.add(v)
    for n in sorted(s_names):
        if n in my_text:
            err("reuse", f"sample name appears in corpus text: {n!r}")
    # Chinese sentences (>= 6 CJK chars) and 12-character CJK runs
    for s in s_text:
        for sent in SENT_SPLIT.split(s):
            sent = sent.strip()
            if len(CJK_RE.findall(sent)) >= 6 and sent in my_text:
                err("reuse", f"sample sentence reused: {sent!r}")
    my_runs = set()
    for m in re.finditer(f"[{CJK}]{{12,}}", my_text):
        run = m.group(0)
        for i in range(len(run) - 11):
            my_runs.add(run[i:i + 12])
    hits = set()
    for s in s_text:
        for m in re.finditer(f"[{CJK}]{{12,}}", s):
            run = m.group(0)
            for i in range(len(run) - 11):
                if run[i:i + 12] in my_runs:
                    hits.add(run[i:i + 12])
    for h in sorted(hits):
        err("reuse", f"12-character Chinese run shared with the sample: {h!r}")


def check_typologies_quotes(lines):
    if not os.path.exists(TYPOLOGIES):
        err("typologies", f"cannot read {TYPOLOGIES}; quote check not run")
        return
    t = open(TYPOLOGIES, encoding="utf-8").read()
    runs = {m.group(0) for m in re.finditer(f"[{CJK}]{{8,}}", t)}
    my_text = "\n".join(s for o in lines for s in all_strings(o))
    for r in sorted(runs):
        if r in my_text:
            err("typologies", f"TYPOLOGIES.md Chinese run quoted verbatim: {r!r}")


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------


def main() -> int:
    if not os.path.exists(CORPUS):
        print(f"FAIL: {CORPUS} not found (run gen/build.py first)")
        return 1
    raw = open(CORPUS, encoding="utf-8").read()
    if not raw.endswith("\n"):
        err("file", "must end with a newline")
    lines = []
    for n, text in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        if not text.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"line {n}", "not a JSON object")
            continue
        lines.append(obj)

    seen_ids, seen_req = set(), set()
    tenant_order: list[str] = []
    last_ts: dict[str, datetime] = {}
    phase_seen_test: dict[str, bool] = defaultdict(bool)
    counters: dict[tuple, int] = defaultdict(int)
    hist_accounts: dict[str, set] = defaultdict(set)
    hist_vendor_accounts: dict[tuple, set] = defaultdict(set)
    hist_invoices: dict[str, set] = defaultdict(set)
    hist_customers: dict[str, set] = defaultdict(set)

    for obj in lines:
        lid = obj.get("id", "?")
        w = str(lid)
        phase = obj.get("phase")
        if phase not in PHASES:
            err(w, f"bad phase {phase!r}")
            continue
        if not check_keys(obj, TOP_HISTORY if phase == "history" else TOP_TEST, w):
            continue
        tenant, kind, label, st, expect = obj["tenant"], obj["kind"], obj["label"], obj["scam_type"], obj["expect"]
        req, sig_list, note = obj["request"], obj["signals"], obj["note"]

        # ids, grouping, numbering
        if lid in seen_ids:
            err(w, "duplicate id")
        seen_ids.add(lid)
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in tenant_order:
                err(w, "tenant lines are not contiguous")
            tenant_order.append(tenant)
        letter = "h" if phase == "history" else "t"
        counters[(tenant, phase)] += 1
        want = f"{tenant}-{letter}{counters[(tenant, phase)]:03d}"
        if lid != want:
            err(w, f"id should be {want}")
        if phase == "history" and phase_seen_test[tenant]:
            err(w, "history line after a test line")
        if phase == "test":
            phase_seen_test[tenant] = True

        # enums and label consistency
        if kind not in KINDS:
            err(w, f"bad kind {kind!r}")
            continue
        if label not in LABELS or expect not in EXPECTS:
            err(w, "bad label/expect")
        if label == "legit" and (st is not None or expect != "allow"):
            err(w, "legit lines need scam_type null and expect allow")
        if label == "scam" and (st not in SCAM_TYPES or expect not in ("flag", "block")):
            err(w, "scam lines need a known scam_type and expect flag/block")
        if phase == "history" and (label != "legit" or obj.get("outcome") != "executed" or sig_list != []):
            err(w, "history lines are legit/allow/executed with no signals")
        if not isinstance(sig_list, list) or len(set(sig_list)) != len(sig_list):
            err(w, "signals must be a list without duplicates")
            sig_list = []
        for s in sig_list:
            if s not in VOCAB:
                err(w, f"signal not in README vocabulary: {s!r}")
        sig = set(sig_list)

        # note
        if not isinstance(note, str) or not note.strip():
            err(w, "note required")
            note = ""
        if CJK_RE.search(note):
            err(w, "note must be English")
        if not note.endswith("."):
            err(w, "note must be one sentence ending with a full stop")
        if re.search(r"[.!?]\s+[A-Z]", note[:-1]):
            err(w, "note looks like more than one sentence")
        if phase == "test":
            if label == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(w, "legit test notes start with 'Routine:' or 'Hard negative:'")
            if label == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(w, "scam note with a legit prefix")
            if note.startswith("Routine:") and sig:
                err(w, "routine lines carry no signals")
        elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
            err(w, "history notes carry no test prefix")

        # request body
        if kind == "payment":
            check_payment(req, w)
            if not isinstance(req, dict) or "submitted_at" not in req:
                continue
            rid, at_s = req["request_id"], req["submitted_at"]
        else:
            check_order(req, w)
            if not isinstance(req, dict) or "received_at" not in req:
                continue
            rid, at_s = req["record_id"], req["received_at"]
        if (tenant, rid) in seen_req or rid in {r for _, r in seen_req}:
            err(w, f"duplicate request/record id {rid}")
        seen_req.add((tenant, rid))
        at = parse_ts(at_s, w)
        if at is None:
            continue
        if tenant in last_ts and at < last_ts[tenant]:
            err(w, "not in chronological order within the tenant")
        last_ts[tenant] = at
        if phase == "history":
            if not (date(2026, 9, 1) <= at.date() <= date(2026, 10, 31)):
                err(w, "history lines are dated September-October 2026")
            if off_hours(at):
                err(w, "history lines must fall in office hours on working days")
        else:
            if not (date(2026, 11, 1) <= at.date() <= date(2026, 12, 31)):
                err(w, "test lines are dated November-December 2026")

        # USCC inside free text
        for s in all_strings(req):
            for m in USCC_IN_TEXT.finditer(s):
                if not uscc_ok(m.group(1)):
                    err(w, f"invalid credit code in text: {m.group(1)}")

        if phase == "history":
            if kind == "payment":
                pe = req["payee"]
                if pe["vendor_id"]:
                    known = hist_vendor_accounts[(tenant, pe["vendor_id"])]
                    if known and pe["account_no"] not in known and req["payee_account_changed_at"] is None:
                        err(w, "vendor account differs from history but payee_account_changed_at is null")
                    known.add(pe["account_no"])
                hist_accounts[tenant].add(pe["account_no"])
                if req["related"]["invoice_no"]:
                    if req["related"]["invoice_no"] in hist_invoices[tenant]:
                        err(w, "history pays the same invoice twice")
                    hist_invoices[tenant].add(req["related"]["invoice_no"])
                if not req["approved_by"]:
                    err(w, "history payments are approved")
            else:
                if req["customer"]["customer_id"]:
                    hist_customers[tenant].add(req["customer"]["customer_id"])
            continue

        # ---------------- test lines: signals against data ----------------
        oh = off_hours(at)
        if oh != ("off_hours" in sig):
            err(w, f"off_hours signal {'missing' if oh else 'set'} (timestamp {at_s})")
        if kind == "payment":
            pe = req["payee"]
            first = pe["account_no"] not in hist_accounts[tenant]
            if first != ("first_time_payee" in sig):
                err(w, f"first_time_payee signal {'missing' if first else 'set'}")
            if (pe["account_type"] == "personal") != ("personal_account" in sig):
                err(w, "personal_account signal does not match payee.account_type")
            if (not req["approved_by"]) != ("no_approval" in sig):
                err(w, "no_approval signal does not match approved_by")
            ch = req["payee_account_changed_at"]
            recent = longago = False
            if ch:
                age = at - datetime.fromisoformat(ch)
                recent, longago = age <= timedelta(days=30), age > timedelta(days=30)
            if recent != ("account_changed_recent" in sig) or longago != ("account_changed_long_ago" in sig):
                err(w, "account_changed_* signal does not match payee_account_changed_at")
            chan = req["instruction"]["channel"]
            for c, s in (("im", "im_instruction"), ("email", "email_instruction"),
                         ("phone", "phone_instruction"), ("letter", "letter_instruction")):
                if (chan == c) != (s in sig):
                    err(w, f"{s} signal does not match instruction.channel={chan}")
            if "sales_order_linked" in sig and not req["related"]["order_id"]:
                err(w, "sales_order_linked without related.order_id")
            dup = bool(req["related"]["invoice_no"]) and req["related"]["invoice_no"] in hist_invoices[tenant]
            if dup != ("duplicate_invoice" in sig):
                err(w, "duplicate_invoice signal does not match invoice history")
            if pe["vendor_id"]:
                known = hist_vendor_accounts.get((tenant, pe["vendor_id"]), set())
                if known and pe["account_no"] not in known and not ch:
                    err(w, "vendor account differs from history but payee_account_changed_at is null")
            bad = sig & ORDER_ONLY
            if bad:
                err(w, f"order-only signals on a payment: {sorted(bad)}")
        else:
            cid = req["customer"]["customer_id"]
            if (cid is None) != ("new_customer" in sig):
                err(w, "new_customer signal does not match customer_id")
            if cid is not None and cid not in hist_customers[tenant]:
                err(w, f"customer_id {cid} not established in history")
            tp = req["third_party"]
            if tp and tp["role"] == "designated_supplier" and "designated_supplier" not in sig:
                err(w, "designated_supplier third party without the signal")
            if tp and tp["role"] == "refund_recipient" and "refund_to_other_account" not in sig:
                err(w, "refund_recipient third party without refund_to_other_account")
            if req["fees_requested"] and "fee_asked_of_seller" not in sig:
                err(w, "fees_requested without fee_asked_of_seller")
            bad = sig & PAYMENT_ONLY
            if bad:
                err(w, f"payment-only signals on an order: {sorted(bad)}")

        # evasion signals against the text
        ev_found = evasion_present(free_text(kind, req))
        ev_sig = {s for s in sig if s.startswith("evasion_")}
        if ev_found != ev_sig:
            err(w, f"evasion signals {sorted(ev_sig)} but text shows {sorted(ev_found)}")

        # structural-only scams
        if note.startswith("Structural only:"):
            if label != "scam":
                err(w, "'Structural only:' is for scam lines")
            extra = sig - STRUCTURAL_OK
            if extra:
                err(w, f"structural-only line carries wording signals {sorted(extra)}")

        # expect vs README hard-block rules
        reasons = hard_reasons(kind, sig, req)
        if label == "scam":
            if expect == "block" and not reasons:
                err(w, "expect block but no README hard-block signal present")
            if expect == "flag" and reasons:
                err(w, f"expect flag but hard-block signal present: {reasons}")
        elif reasons and not note.startswith("Hard negative:"):
            err(w, f"legit line with a hard-block surface must be a hard negative: {reasons}")

    # ---------------- corpus-level checks ----------------
    tests = [o for o in lines if o.get("phase") == "test"]
    scams = [o for o in tests if o.get("label") == "scam"]
    if len(tenant_order) < 2:
        err("corpus", "two tenants expected")
    by_type = Counter(o["scam_type"] for o in scams)
    for st in common.SCAM_TYPES:
        if by_type[st] < 3:
            err("coverage", f"scam type {st} has {by_type[st]} lines (< 3)")
    ev = Counter(s for o in tests for s in o["signals"] if s.startswith("evasion_"))
    for fam in common.SIG_EVASION:
        if ev[fam] < 2:
            err("coverage", f"evasion family {fam} used {ev[fam]} times (< 2)")
    so = [o for o in scams if o["note"].startswith("Structural only:")]
    if len(so) < 3:
        err("coverage", "fewer than 3 structural-only scams")

    def mostly_english(o):
        r = o["request"]
        t = r["instruction"]["text"] if o["kind"] == "payment" else (r["notes"] or "")
        letters = sum(c.isascii() and c.isalpha() for c in t)
        return letters > 0.6 * max(1, len(t.replace(" ", "")))

    eng = [o for o in scams if mostly_english(o)]
    if len(eng) < 2:
        err("coverage", "fewer than 2 English-language scam lines")

    check_reuse(lines)
    check_typologies_quotes(lines)

    # ---------------- report ----------------
    hist = [o for o in lines if o.get("phase") == "history"]
    print(f"holdout3.jsonl: {len(lines)} lines ({len(hist)} history, {len(tests)} test) in tenants {tenant_order}")
    print("test lines by expect:", dict(sorted(Counter(o['expect'] for o in tests).items())))
    print("scam lines by type:", dict(sorted(by_type.items())))
    print("evasion families:", dict(sorted(ev.items())))
    print(f"structural-only scams: {len(so)}; English-language scams: {len(eng)}; hard negatives: "
          f"{sum(1 for o in tests if o['note'].startswith('Hard negative:'))}")
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
