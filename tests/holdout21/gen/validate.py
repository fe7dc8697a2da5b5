#!/usr/bin/env python3
"""Check tests/holdout21/holdout21.jsonl against the corpus format rules.

Python 3.11, standard library only.  Usage (from tests/holdout21/):

    python3 gen/validate.py [path/to/file.jsonl]

Exits 0 and prints a summary when the file is valid; prints every violation
and exits 1 otherwise.

What is checked (format: /work/shared/corpus/README.md, wire contract:
/work/shared/PRODUCT.md):

* every line is a JSON object with the documented keys in the documented
  order; request bodies have the wire-contract keys in the contract's order
  (payment `verification` optional, last);
* ids unique and of the form <tenant>-hNNN / <tenant>-tNNN, numbered in order;
  request/record ids unique; tenants contiguous; per tenant every history line
  before every test line and timestamps in chronological order;
* label / scam_type / expect / outcome consistent;
* signals from the README vocabulary, no duplicates;
* notes: one English sentence; history and routine lines start with
  "Routine:", legitimate test lines with a signal start with "Hard negative:",
  "Structural only:" only on scams and only with structural signals;
* expect: block on a scam line exactly when one of the README's block
  conditions holds (see block_reasons);
* amounts are 2-place decimal strings, total_amount = sum(quantity x
  unit_price), RFC 3339 +08:00 timestamps, unified social credit codes with a
  valid check character (invalid only when the line carries
  invalid_credit_code), account numbers of 16-19 digits, mobiles
  1360000xxxx / 1580000xxxx / 1820000xxxx, landlines area-0000xxx;
* the structural signals of test lines agree with the data (personal_account,
  first_time_payee, no_approval, account_changed_recent/long_ago,
  new_customer, off_hours, duplicate_invoice, invalid_credit_code) and
  evasion signals are visible in the text;
* every scam type has at least two test lines.
"""

import collections
import datetime as dt
import json
import pathlib
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = pathlib.Path(__file__).resolve().parent
DEFAULT = HERE.parent / "holdout21.jsonl"

TOP_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect",
                    "outcome", "signals", "note", "request"]
TOP_KEYS_TEST = [k for k in TOP_KEYS_HISTORY if k != "outcome"]
PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose",
                "memo", "instruction", "requested_by", "approved_by", "related",
                "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency",
              "channel", "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTRUCTION_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIFICATION_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_PARTY_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary",
              "boss_impersonation", "account_change", "authority_impersonation", "fake_invoice",
              "advance_fee", "task_rebate", "overpayment_refund", "account_lending"}

SIG_PAYMENT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
               "payee_name_mismatch", "personal_account", "unusual_bank_region",
               "third_party_payment_endpoint", "crypto", "no_approval", "no_po_contract",
               "vague_memo", "sales_order_linked", "just_below_limit", "split_payment", "off_hours",
               "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company",
               "guarantee_unverified"}
SIG_PROVENANCE = {"im_instruction", "email_instruction", "phone_instruction", "letter_instruction",
                  "new_contact", "lookalike_domain", "free_mail"}
SIG_WORDING = {"urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe",
               "boss_role", "deposit_words", "fee_words", "fee_asked_of_seller",
               "designated_supplier", "fake_payment_proof", "refund_to_other_account",
               "refund_words", "overpayment", "account_change_words", "personal_account_pretext",
               "account_lending_words", "safe_account_words", "authority_words", "subsidy_words",
               "payroll_change", "payee_shared_by_employees", "payee_not_employee",
               "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill",
               "invoice_trade_words", "bigproject_words", "middleman_fee", "remote_control"}
SIG_ORDER = {"new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
             "residential_delivery", "contact_im_only", "contact_mismatch", "lookalike_company",
             "institution_claim", "third_party_payer", "small_then_large", "hazardous_no_permit",
             "off_catalogue_item", "invalid_credit_code"}
SIG_EVASION = {"evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
               "evasion_homophone", "evasion_symbols"}
VOCAB = SIG_PAYMENT | SIG_PROVENANCE | SIG_WORDING | SIG_ORDER | SIG_EVASION

# A "Structural only:" scam has innocent text: no wording or evasion signal,
# except the three wording names that describe who receives the money.
STRUCTURAL_WORDING_OK = {"refund_to_other_account", "payee_not_employee",
                         "payee_shared_by_employees"}

# README: "a first payment of a meaningful amount to a supplier account changed
# within the last 30 days".  This corpus uses 5,000 CNY as "meaningful".
MEANINGFUL = Decimal("5000.00")
RECENT_DAYS = 30

# Office hours of the finance office of each tenant (Beijing time, [start, end)).
OFFICE_HOURS = {"yamali": (dt.time(10, 0), dt.time(20, 0)),     # Urumqi
                "shudeng": (dt.time(9, 0), dt.time(18, 0)),     # Zhengzhou
                "bijifang": (dt.time(9, 0), dt.time(18, 30))}   # Kunming
DEFAULT_HOURS = (dt.time(10, 0), dt.time(20, 0))
# Public holidays inside the corpus window (Mid-Autumn, National Day 2026).
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_MONEY = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_ACCOUNT = re.compile(r"^\d{16,19}$")
RE_MOBILE_ANY = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_MOBILE_OK = re.compile(r"^1(36|58|82)0000\d{4}$")
RE_LANDLINE_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?![\d-])")
RE_LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_PHONE_FIELD = re.compile(r"^(1(36|58|82)0000\d{4}|0\d{2,3}-0000\d{3})$")

TRADITIONAL_CHARS = set("資驗轉賬帳賬戶號碼證護稅務滯納經偵凍結錢個內時萬將請於進們會務幣還臨這爲為認體開關單條處罰")
HOMOPHONES = ["返力", "反利", "唰单", "S单", "s单", "刷dan", "威信", "薇信", "徽信", "扣扣",
              "保正金", "保症金", "压金", "验正码", "银航卡", "支附宝"]
PINYIN = ["bzj", "yzm", "yhk", "zfb", "aqzh", "gjf", "dgzh", "sls", "vx", "wx"]
RE_SPACED = re.compile(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]")
RE_FULLWIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
RE_SYMBOL = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2795\u2B00-\u2BFF]")


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def parse_ts(s):
    if not isinstance(s, str) or not RE_TS.match(s):
        return None
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def money(s):
    if not isinstance(s, str) or not RE_MONEY.match(s):
        return None
    return Decimal(s)


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def keys_exact(ck, where, obj, keys, optional_tail=()):
    if not isinstance(obj, dict):
        ck.err(where, f"expected an object, got {type(obj).__name__}")
        return False
    got = list(obj.keys())
    allowed = [keys + list(optional_tail[:i]) for i in range(len(optional_tail) + 1)]
    if got not in allowed:
        ck.err(where, f"keys {got} != documented {keys + list(optional_tail)}")
        return False
    return True


def off_hours(tenant, when):
    start, end = OFFICE_HOURS.get(tenant, DEFAULT_HOURS)
    if when.date() in HOLIDAYS or when.weekday() >= 5:
        return True
    t = when.time()
    return not (start <= t < end)


def texts_of(line):
    r = line["request"]
    if line["kind"] == "payment":
        ins = r.get("instruction") or {}
        return " ".join(str(x) for x in (r.get("memo"), r.get("purpose"), ins.get("text")) if x)
    return " ".join(str(x) for x in (r.get("notes"), r.get("payment_terms")) if x)


def block_reasons(line):
    """The README's `expect: block` list, expressed on the line's signals and data."""
    s = set(line["signals"])
    r = line["request"]
    kind = line["kind"]
    reasons = []
    if "safe_account_words" in s:
        reasons.append("transfer to a safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        reasons.append("lending the company account / pass-through")
    if "refund_to_other_account" in s:
        reasons.append("refund to an account other than the payer's")
    if "fake_payment_proof" in s and ({"refund_words", "overpayment"} & s):
        reasons.append("refund before the money has cleared")
    if "designated_supplier" in s and (
            (kind == "payment" and "sales_order_linked" in s)
            or (kind == "order" and "fake_payment_proof" in s)):
        reasons.append("paying a customer-designated supplier before the customer's money arrived")
    if kind == "payment" and {"account_changed_recent", "first_time_payee"} <= s:
        amt = money(r.get("amount"))
        if amt is not None and amt >= MEANINGFUL:
            reasons.append("first meaningful payment to an account changed within 30 days")
    if ({"boss_role", "no_approval", "balance_probe", "first_time_payee"} <= s
            and ({"im_instruction", "email_instruction"} & s)):
        reasons.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
    if "personal_account" in s and ({"task_rebate_words", "topup_words", "loan_fee_words"} & s):
        reasons.append("personal payee with task/top-up/rebate/unfreezing/verification words")
    if "duplicate_invoice" in s:
        reasons.append("invoice number already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & s:
        reasons.append("salary to a non-employee account or several employees to one account")
    return reasons


def check_payment(ck, where, r, tenant_state):
    if not keys_exact(ck, where + " request", r, PAYMENT_KEYS, ["verification"]):
        return
    if not isinstance(r["request_id"], str) or not r["request_id"]:
        ck.err(where, "request_id missing")
    if parse_ts(r["submitted_at"]) is None:
        ck.err(where, f"submitted_at not RFC 3339 +08:00: {r['submitted_at']!r}")
    if keys_exact(ck, where + " payer", r["payer"], PAYER_KEYS):
        if not RE_ACCOUNT.match(str(r["payer"]["account_no"])):
            ck.err(where, f"payer.account_no not 16-19 digits: {r['payer']['account_no']!r}")
        prev = tenant_state.setdefault("payer", r["payer"])
        if prev != r["payer"]:
            ck.err(where, "payer differs from the tenant's other payments")
    if keys_exact(ck, where + " payee", r["payee"], PAYEE_KEYS):
        p = r["payee"]
        if not isinstance(p["name"], str) or not p["name"]:
            ck.err(where, "payee.name missing")
        if not isinstance(p["account_no"], str) or not RE_ACCOUNT.match(p["account_no"]):
            ck.err(where, f"payee.account_no not 16-19 digits: {p['account_no']!r}")
        if p["account_type"] not in ACCOUNT_TYPES:
            ck.err(where, f"payee.account_type {p['account_type']!r}")
        if p["phone"] is not None and not RE_PHONE_FIELD.match(p["phone"]):
            ck.err(where, f"payee.phone not fictitious pattern: {p['phone']!r}")
    amt = money(r["amount"])
    if amt is None or amt <= 0:
        ck.err(where, f"amount not a positive 2-place decimal string: {r['amount']!r}")
    if r["currency"] != "CNY":
        ck.err(where, "currency must be CNY")
    for k in ("purpose", "memo"):
        if not isinstance(r[k], str):
            ck.err(where, f"{k} must be a string")
    if keys_exact(ck, where + " instruction", r["instruction"], INSTRUCTION_KEYS):
        ins = r["instruction"]
        if ins["channel"] not in CHANNELS:
            ck.err(where, f"instruction.channel {ins['channel']!r}")
        if not isinstance(ins["urgent"], bool):
            ck.err(where, "instruction.urgent must be a boolean")
        if not isinstance(ins["text"], str) or not ins["text"]:
            ck.err(where, "instruction.text missing")
    if not isinstance(r["requested_by"], str) or not r["requested_by"]:
        ck.err(where, "requested_by missing")
    if not isinstance(r["approved_by"], list) or not all(isinstance(x, str) for x in r["approved_by"]):
        ck.err(where, "approved_by must be a list of strings")
    elif r["requested_by"] in r["approved_by"]:
        ck.err(where, "requester approves own request")
    keys_exact(ck, where + " related", r["related"], RELATED_KEYS)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        chd, sub = parse_ts(ch), parse_ts(r["submitted_at"])
        if chd is None:
            ck.err(where, f"payee_account_changed_at not RFC 3339 +08:00: {ch!r}")
        elif sub is not None and chd > sub:
            ck.err(where, "payee_account_changed_at after submitted_at")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(ck, where + " verification", v, VERIFICATION_KEYS):
            if not isinstance(v["callback_done"], bool):
                ck.err(where, "verification.callback_done must be a boolean")
            if v["verified_at"] is not None and parse_ts(v["verified_at"]) is None:
                ck.err(where, "verification.verified_at not RFC 3339 +08:00")


def check_order(ck, where, r, signals):
    if not keys_exact(ck, where + " request", r, ORDER_KEYS):
        return
    if not isinstance(r["record_id"], str) or not r["record_id"]:
        ck.err(where, "record_id missing")
    if parse_ts(r["received_at"]) is None:
        ck.err(where, f"received_at not RFC 3339 +08:00: {r['received_at']!r}")
    if keys_exact(ck, where + " customer", r["customer"], CUSTOMER_KEYS):
        c = r["customer"]
        if not isinstance(c["name"], str) or not c["name"]:
            ck.err(where, "customer.name missing")
        cc = c["credit_code"]
        if cc is not None:
            valid = uscc_ok(cc)
            if "invalid_credit_code" in signals and valid:
                ck.err(where, "invalid_credit_code signal but the code is valid")
            if "invalid_credit_code" not in signals and not valid:
                ck.err(where, f"credit_code {cc!r} has a wrong check character")
        elif "invalid_credit_code" in signals:
            ck.err(where, "invalid_credit_code signal without a credit code")
        if c["phone"] is not None and not RE_PHONE_FIELD.match(c["phone"]):
            ck.err(where, f"customer.phone not fictitious pattern: {c['phone']!r}")
    total = Decimal(0)
    if not isinstance(r["items"], list) or not r["items"]:
        ck.err(where, "items must be a non-empty list")
    else:
        for i, it in enumerate(r["items"]):
            if not keys_exact(ck, f"{where} items[{i}]", it, ITEM_KEYS):
                continue
            if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
                ck.err(where, f"items[{i}].quantity not a decimal string: {it['quantity']!r}")
                continue
            up = money(it["unit_price"])
            if up is None:
                ck.err(where, f"items[{i}].unit_price not a 2-place decimal string")
                continue
            total += Decimal(it["quantity"]) * up
    tot = money(r["total_amount"])
    if tot is None:
        ck.err(where, f"total_amount not a 2-place decimal string: {r['total_amount']!r}")
    elif tot != total.quantize(Decimal("0.01")):
        ck.err(where, f"total_amount {tot} != sum of items {total}")
    if r["currency"] != "CNY":
        ck.err(where, "currency must be CNY")
    if r["channel"] not in CHANNELS:
        ck.err(where, f"channel {r['channel']!r}")
    if keys_exact(ck, where + " delivery", r["delivery"], DELIVERY_KEYS):
        d = r["delivery"]["deadline"]
        if d is not None and not (isinstance(d, str) and RE_DATE.match(d)):
            ck.err(where, f"delivery.deadline not a date: {d!r}")
    tp = r["third_party"]
    if tp is not None and keys_exact(ck, where + " third_party", tp, THIRD_PARTY_KEYS):
        if tp["role"] not in ROLES:
            ck.err(where, f"third_party.role {tp['role']!r}")
        if tp["amount"] is not None and money(tp["amount"]) is None:
            ck.err(where, "third_party.amount not a 2-place decimal string")
    if not isinstance(r["fees_requested"], list):
        ck.err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(r["fees_requested"]):
            if keys_exact(ck, f"{where} fees_requested[{i}]", f, FEE_KEYS):
                if money(f["amount"]) is None:
                    ck.err(where, f"fees_requested[{i}].amount not a 2-place decimal string")


def iff(ck, where, name, signals, fact):
    if (name in signals) != bool(fact):
        ck.err(where, f"signal {name!r} {'present' if name in signals else 'absent'} "
                      f"but the data says {'yes' if fact else 'no'}")


def main(path):
    ck = Checker()
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n"):
        ck.err(str(path), "file must end with a newline")
    lines = []
    for n, text in enumerate(raw.split("\n")[:-1] if raw.endswith("\n") else raw.split("\n"), 1):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            ck.err(f"line {n}", f"not JSON: {e}")
            continue
        if not isinstance(obj, dict):
            ck.err(f"line {n}", "not a JSON object")
            continue
        lines.append((n, obj))

    seen_ids, seen_reqs = set(), set()
    tenants_done, current = [], None
    state = collections.defaultdict(dict)
    counters = collections.defaultdict(lambda: {"h": 0, "t": 0})

    for n, line in lines:
        where = f"line {n} ({line.get('id')})"
        phase = line.get("phase")
        expected = TOP_KEYS_HISTORY if phase == "history" else TOP_KEYS_TEST
        if list(line.keys()) != expected:
            ck.err(where, f"top-level keys {list(line.keys())} != {expected}")
            continue
        tenant, kind = line["tenant"], line["kind"]
        st = state[tenant]

        # grouping and ids
        if tenant != current:
            if tenant in tenants_done:
                ck.err(where, f"tenant {tenant!r} lines are not contiguous")
            if current is not None:
                tenants_done.append(current)
            current = tenant
        if phase not in ("history", "test"):
            ck.err(where, f"phase {phase!r}")
            continue
        letter = "h" if phase == "history" else "t"
        counters[tenant][letter] += 1
        want_id = f"{tenant}-{letter}{counters[tenant][letter]:03d}"
        if line["id"] != want_id:
            ck.err(where, f"id should be {want_id}")
        if line["id"] in seen_ids:
            ck.err(where, "duplicate id")
        seen_ids.add(line["id"])
        if phase == "history" and st.get("seen_test"):
            ck.err(where, "history line after a test line of the same tenant")
        if phase == "test":
            st["seen_test"] = True

        # labels
        label, scam, expect = line["label"], line["scam_type"], line["expect"]
        if kind not in ("payment", "order"):
            ck.err(where, f"kind {kind!r}")
            continue
        if phase == "history":
            if line["outcome"] != "executed":
                ck.err(where, "history outcome must be 'executed'")
            if label != "legit" or expect != "allow" or scam is not None:
                ck.err(where, "history lines must be legit / allow / scam_type null")
        if label == "legit":
            if scam is not None or expect != "allow":
                ck.err(where, "legit lines need scam_type null and expect allow")
        elif label == "scam":
            if scam not in SCAM_TYPES:
                ck.err(where, f"scam_type {scam!r}")
            if expect not in ("flag", "block"):
                ck.err(where, f"scam expect must be flag or block, not {expect!r}")
        else:
            ck.err(where, f"label {label!r}")

        # signals and note
        sig = line["signals"]
        if not isinstance(sig, list) or not all(isinstance(x, str) for x in sig):
            ck.err(where, "signals must be a list of strings")
            sig = []
        unknown = [x for x in sig if x not in VOCAB]
        if unknown:
            ck.err(where, f"signals not in the README vocabulary: {unknown}")
        if len(set(sig)) != len(sig):
            ck.err(where, "duplicate signals")
        sset = set(sig)
        note = line["note"]
        if not isinstance(note, str) or "\n" in note or not note.endswith("."):
            ck.err(where, "note must be one sentence on one line ending with '.'")
            note = str(note)
        if re.search(r"[\u4e00-\u9fff]", note):
            ck.err(where, "note must be in English")
        if len(re.findall(r"[.!?](\s|$)", note)) > 1:
            ck.err(where, "note has more than one sentence")
        prefixes = ("Routine:", "Hard negative:", "Structural only:")
        if phase == "history" or (label == "legit" and not sig):
            if not note.startswith("Routine: "):
                ck.err(where, "routine line note must start with 'Routine: '")
        elif label == "legit":
            if not note.startswith("Hard negative: "):
                ck.err(where, "legitimate test line with signals must start with 'Hard negative: '")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                ck.err(where, "scam note must not start with Routine:/Hard negative:")
            if note.startswith("Structural only: "):
                bad = [x for x in sig if (x in SIG_WORDING and x not in STRUCTURAL_WORDING_OK)
                       or x in SIG_EVASION]
                if bad:
                    ck.err(where, f"'Structural only' scam carries wording/evasion signals {bad}")
            elif note.startswith("Structural only"):
                ck.err(where, "write 'Structural only: ' with a colon and space")
        if phase == "history" and sig:
            ck.err(where, "history lines carry no signals in this corpus")

        # request body
        r = line["request"]
        if kind == "payment":
            check_payment(ck, where, r, st)
            rid, when = r.get("request_id"), parse_ts(r.get("submitted_at"))
        else:
            check_order(ck, where, r, sset)
            rid, when = r.get("record_id"), parse_ts(r.get("received_at"))
        if (kind, rid) in seen_reqs:
            ck.err(where, f"duplicate {kind} id {rid!r}")
        seen_reqs.add((kind, rid))
        if when is not None:
            last = st.get("last_ts")
            if last is not None and when < last:
                ck.err(where, "timestamps out of chronological order within the tenant")
            st["last_ts"] = when

        # phones anywhere in the request
        blob = json.dumps(r, ensure_ascii=False)
        for m in RE_MOBILE_ANY.findall(blob):
            if not RE_MOBILE_OK.match(m):
                ck.err(where, f"mobile {m} outside 1360000xxxx/1580000xxxx/1820000xxxx")
        for m in RE_LANDLINE_ANY.findall(blob):
            if not RE_LANDLINE_OK.match(m):
                ck.err(where, f"landline {m} not of the form area-0000xxx")

        # history bookkeeping (what a replay learns)
        if phase == "history":
            if kind == "payment" and isinstance(r, dict) and isinstance(r.get("payee"), dict):
                p = r["payee"]
                st.setdefault("accounts", set()).add(p.get("account_no"))
                if p.get("vendor_id"):
                    st.setdefault("vendors", {})[p["vendor_id"]] = (
                        p.get("account_no"), r.get("payee_account_changed_at"))
                inv_no = (r.get("related") or {}).get("invoice_no")
                if inv_no:
                    if inv_no in st.setdefault("invoices", set()):
                        ck.err(where, "history pays the same invoice twice")
                    st["invoices"].add(inv_no)
            continue

        # ----- test lines: expect/block consistency and structural signals -----
        reasons = block_reasons(line)
        if label == "scam":
            if expect == "block" and not reasons:
                ck.err(where, "expect block but no README block condition holds")
            if expect == "flag" and reasons:
                ck.err(where, f"expect flag but a block condition holds: {reasons}")

        if when is not None:
            iff(ck, where, "off_hours", sset, off_hours(tenant, when))
        if kind == "payment" and isinstance(r.get("payee"), dict):
            p = r["payee"]
            iff(ck, where, "personal_account", sset, p["account_type"] == "personal")
            iff(ck, where, "first_time_payee", sset, p["account_no"] not in st.get("accounts", set()))
            iff(ck, where, "no_approval", sset, not r["approved_by"])
            ch = parse_ts(r["payee_account_changed_at"]) if r["payee_account_changed_at"] else None
            recent = ch is not None and when is not None and (when - ch).days <= RECENT_DAYS
            iff(ck, where, "account_changed_recent", sset, recent)
            iff(ck, where, "account_changed_long_ago", sset, ch is not None and not recent)
            inv_no = r["related"]["invoice_no"]
            iff(ck, where, "duplicate_invoice", sset, inv_no in st.get("invoices", set()))
            vid = p["vendor_id"]
            if vid and vid in st.get("vendors", {}):
                acct, changed = st["vendors"][vid]
                if acct != p["account_no"] and r["payee_account_changed_at"] is None:
                    ck.err(where, f"vendor {vid} has a new account but no payee_account_changed_at")
                if acct == p["account_no"] and r["payee_account_changed_at"] != changed:
                    ck.err(where, f"vendor {vid} account unchanged but change date differs")
        if kind == "order" and isinstance(r.get("customer"), dict):
            iff(ck, where, "new_customer", sset, r["customer"]["customer_id"] is None)

        text = texts_of(line)
        checks = {
            "evasion_spacing": RE_SPACED.search(text),
            "evasion_fullwidth": RE_FULLWIDTH_ALNUM.search(text),
            "evasion_traditional": any(c in TRADITIONAL_CHARS for c in text),
            "evasion_pinyin": any(re.search(rf"(?<![a-z]){w}(?![a-z])", text) for w in PINYIN),
            "evasion_homophone": any(h in text for h in HOMOPHONES),
            "evasion_symbols": RE_SYMBOL.search(text),
        }
        for name, found in checks.items():
            if name in sset and not found:
                ck.err(where, f"{name} signal but no such spelling in the text")

    # corpus-level
    per_type = collections.Counter(o["scam_type"] for _, o in lines
                                   if o.get("phase") == "test" and o.get("label") == "scam")
    for t in sorted(SCAM_TYPES):
        if per_type[t] < 2:
            ck.err("corpus", f"scam type {t} has {per_type[t]} test lines (< 2)")

    if ck.errors:
        for e in ck.errors:
            print("ERROR", e)
        print(f"{len(ck.errors)} violation(s) in {path}")
        return 1

    summary(lines)
    print(f"OK: {path} passes all checks")
    return 0


def summary(lines):
    objs = [o for _, o in lines]
    by_tenant = collections.OrderedDict()
    for o in objs:
        c = by_tenant.setdefault(o["tenant"], collections.Counter())
        c[o["phase"]] += 1
        if o["phase"] == "test":
            c["scam" if o["label"] == "scam" else "legit"] += 1
            if o["note"].startswith("Hard negative:"):
                c["hard_negative"] += 1
            if o["note"].startswith("Routine:"):
                c["routine"] += 1
            if o["expect"] == "block":
                c["block"] += 1
            c[o["kind"]] += 1
    print("tenant     history  test  scam  legit  hard_neg  routine  block  payment  order")
    tot = collections.Counter()
    for t, c in by_tenant.items():
        tot.update(c)
        print(f"{t:<10} {c['history']:>7} {c['test']:>5} {c['scam']:>5} {c['legit']:>6} "
              f"{c['hard_negative']:>9} {c['routine']:>8} {c['block']:>6} {c['payment']:>8} {c['order']:>6}")
    c = tot
    print(f"{'total':<10} {c['history']:>7} {c['test']:>5} {c['scam']:>5} {c['legit']:>6} "
          f"{c['hard_negative']:>9} {c['routine']:>8} {c['block']:>6} {c['payment']:>8} {c['order']:>6}")
    test = [o for o in objs if o["phase"] == "test"]
    print("scam type               lines  block  flag  structural_only")
    for t in sorted(SCAM_TYPES):
        rows = [o for o in test if o["scam_type"] == t]
        print(f"{t:<23} {len(rows):>5} {sum(o['expect'] == 'block' for o in rows):>6} "
              f"{sum(o['expect'] == 'flag' for o in rows):>5} "
              f"{sum(o['note'].startswith('Structural only:') for o in rows):>16}")
    ev = collections.Counter(s for o in test for s in o["signals"] if s.startswith("evasion_"))
    print("evasion spellings:", dict(sorted(ev.items())))


if __name__ == "__main__":
    sys.exit(main(pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
