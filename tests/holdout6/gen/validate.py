#!/usr/bin/env python3
"""Validate holdout6.jsonl against the corpus format (shared/corpus/README.md).

Standard library only.  Exit status 0 when every check passes, 1 otherwise.
"""
import json
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "holdout6.jsonl"
SAMPLE = Path("/work/shared/corpus/sample.jsonl")   # only used to check nothing was copied

TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
SUB = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
    "item": ["product", "quantity", "unit", "unit_price"],
    "fee": ["reason", "amount"],
}
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
SIGNALS = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words
fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment
account_change_words personal_account_pretext account_lending_words safe_account_words authority_words
subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols
""".split())
INSTR_SIGNAL_CHANNEL = {"im_instruction": "im", "email_instruction": "email", "phone_instruction": {"phone", "sms"},
                        "letter_instruction": "letter"}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
MONEY_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1380000\d{4}$")
LAND_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")

errors = []


def err(lid, msg):
    errors.append(f"{lid}: {msg}")


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def parse_ts(lid, field, v):
    if not isinstance(v, str) or not TS_RE.match(v):
        err(lid, f"{field} not an RFC 3339 +08:00 timestamp: {v!r}")
        return None
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        err(lid, f"{field} unparsable: {v!r}")
        return None


def keys_exact(lid, where, obj, expected, optional_tail=()):
    if not isinstance(obj, dict):
        err(lid, f"{where} is not an object")
        return False
    ks = list(obj.keys())
    n = len(expected)
    if ks[:n] != expected or any(k not in optional_tail for k in ks[n:]) or ks[n:] != [k for k in optional_tail if k in ks[n:]]:
        err(lid, f"{where} keys {ks} != {expected} (+optional {list(optional_tail)})")
        return False
    return True


def check_money(lid, field, v):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(lid, f"{field} not a two-decimal amount string: {v!r}")
        return None
    return Decimal(v)


def check_phone(lid, field, v):
    if v is None:
        return
    if not (isinstance(v, str) and (MOBILE_RE.match(v) or LAND_RE.match(v))):
        err(lid, f"{field} not a fictitious mobile/landline: {v!r}")


def check_payment(lid, r):
    ok = keys_exact(lid, "request", r, PAY_KEYS, PAY_OPTIONAL_TAIL)
    if not ok:
        return
    for k in ("payer", "payee", "instruction", "related"):
        keys_exact(lid, k, r[k], SUB[k])
    if "verification" in r:
        v = r["verification"]
        if keys_exact(lid, "verification", v, SUB["verification"]):
            if not isinstance(v["callback_done"], bool):
                err(lid, "verification.callback_done not bool")
            check_phone(lid, "verification.callback_number", v["callback_number"])
            vt = parse_ts(lid, "verification.verified_at", v["verified_at"])
            st = parse_ts(lid, "submitted_at", r["submitted_at"])
            if vt and st and vt > st:
                err(lid, "verification after submission")
    for k in ("payer", "payee"):
        if not ACCT_RE.match(str(r[k]["account_no"])):
            err(lid, f"{k}.account_no not 16-19 digits")
    if r["payee"]["account_type"] not in ACCOUNT_TYPES:
        err(lid, "payee.account_type enum")
    check_phone(lid, "payee.phone", r["payee"]["phone"])
    if not r["payee"]["name"]:
        err(lid, "payee.name required")
    if r["instruction"]["channel"] not in CHANNELS:
        err(lid, "instruction.channel enum")
    if not isinstance(r["instruction"]["urgent"], bool):
        err(lid, "instruction.urgent not bool")
    check_money(lid, "amount", r["amount"])
    if r["currency"] != "CNY":
        err(lid, "currency")
    if not isinstance(r["approved_by"], list):
        err(lid, "approved_by not a list")
    elif r["requested_by"] in r["approved_by"]:
        err(lid, "requester approves own request")
    if r["payee_account_changed_at"] is not None:
        parse_ts(lid, "payee_account_changed_at", r["payee_account_changed_at"])


def check_order(lid, r):
    if not keys_exact(lid, "request", r, ORD_KEYS):
        return
    c = r["customer"]
    if keys_exact(lid, "customer", c, SUB["customer"]):
        if not c["name"]:
            err(lid, "customer.name required")
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(lid, f"invalid unified social credit code {c['credit_code']}")
        check_phone(lid, "customer.phone", c["phone"])
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items must be a non-empty list")
    for i, it in enumerate(r["items"]):
        if keys_exact(lid, f"items[{i}]", it, SUB["item"]):
            if not QTY_RE.match(it["quantity"]):
                err(lid, f"items[{i}].quantity not a decimal string")
            up = check_money(lid, f"items[{i}].unit_price", it["unit_price"])
            if up is not None and QTY_RE.match(it["quantity"]):
                total += Decimal(it["quantity"]) * up
    t = check_money(lid, "total_amount", r["total_amount"])
    if t is not None and t != total:
        err(lid, f"total_amount {t} != sum of items {total}")
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["channel"] not in CHANNELS:
        err(lid, "channel enum")
    if keys_exact(lid, "delivery", r["delivery"], SUB["delivery"]):
        if not DATE_RE.match(r["delivery"]["deadline"]):
            err(lid, "delivery.deadline not a date")
    tp = r["third_party"]
    if tp is not None and keys_exact(lid, "third_party", tp, SUB["third_party"]):
        if tp["role"] not in TP_ROLES:
            err(lid, "third_party.role enum")
        check_money(lid, "third_party.amount", tp["amount"])
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested not a list")
    else:
        for i, f in enumerate(r["fees_requested"]):
            if keys_exact(lid, f"fees_requested[{i}]", f, SUB["fee"]):
                check_money(lid, f"fees_requested[{i}].amount", f["amount"])


def block_by_rule(sig):
    """The corpus README's hard-block signals, expressed over the line's signals."""
    s = set(sig)
    return any([
        "safe_account_words" in s,
        "account_lending_words" in s,
        "refund_to_other_account" in s,
        "designated_supplier" in s and ("fake_payment_proof" in s or "sales_order_linked" in s),
        "account_changed_recent" in s and "first_time_payee" in s,
        ({"im_instruction", "email_instruction"} & s) and {"no_approval", "balance_probe", "first_time_payee"} <= s,
        "personal_account" in s and bool({"task_rebate_words", "topup_words", "loan_fee_words"} & s),
        "duplicate_invoice" in s,
        bool({"payee_not_employee", "payee_shared_by_employees"} & s),
    ])


def off_hours(dt):
    return dt.weekday() >= 5 or not (10 <= dt.hour < 20)


def main():
    raw = CORPUS.read_text(encoding="utf-8")
    if not raw.endswith("\n"):
        err("file", "no trailing newline")
    lines = []
    for n, text in enumerate(raw.splitlines(), 1):
        try:
            lines.append(json.loads(text))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
    ids = Counter(d.get("id") for d in lines)
    for k, v in ids.items():
        if v > 1:
            err(k, "duplicate id")
    reqids = Counter((d.get("tenant"), d.get("kind"), (d.get("request") or {}).get("request_id") or
                      (d.get("request") or {}).get("record_id")) for d in lines)
    for k, v in reqids.items():
        if v > 1:
            err(str(k), "duplicate request/record id")

    state = {}   # tenant -> dict
    for d in lines:
        lid = d.get("id", "?")
        phase = d.get("phase")
        keys_exact(lid, "line", d, TOP_HIST if phase == "history" else TOP_TEST)
        if phase not in ("history", "test"):
            err(lid, "phase enum")
            continue
        tenant = d["tenant"]
        st = state.setdefault(tenant, {"last": None, "seen_test": False, "payees": set(), "invoices": set()})
        if not lid.startswith(f"{tenant}-{'h' if phase == 'history' else 't'}"):
            err(lid, "id does not follow tenant-hNNN / tenant-tNNN")
        kind, label, stype, expect, sig, note = d["kind"], d["label"], d["scam_type"], d["expect"], d["signals"], d["note"]
        r = d["request"]
        if kind == "payment":
            check_payment(lid, r)
            when = parse_ts(lid, "submitted_at", r.get("submitted_at"))
        elif kind == "order":
            check_order(lid, r)
            when = parse_ts(lid, "received_at", r.get("received_at"))
        else:
            err(lid, "kind enum")
            continue
        # order within tenant
        if when is not None:
            if st["last"] is not None and when < st["last"]:
                err(lid, "not in chronological order within tenant")
            st["last"] = when
            if phase == "history" and not (date(2026, 9, 1) <= when.date() <= date(2026, 10, 31)):
                err(lid, "history line outside Sep-Oct 2026")
            if phase == "test" and not (date(2026, 11, 1) <= when.date() <= date(2026, 12, 31)):
                err(lid, "test line outside Nov-Dec 2026")
        if phase == "history" and st["seen_test"]:
            err(lid, "history line after a test line")
        if phase == "test":
            st["seen_test"] = True
        # enums and labels
        if label not in ("legit", "scam"):
            err(lid, "label enum")
        if label == "legit" and stype is not None:
            err(lid, "legit line with scam_type")
        if label == "scam" and stype not in SCAM_TYPES:
            err(lid, "scam_type enum")
        if not isinstance(sig, list) or any(s not in SIGNALS for s in sig) or len(set(sig)) != len(sig):
            err(lid, f"signals outside vocabulary or repeated: {sig}")
            sig = [s for s in sig if s in SIGNALS]
        if not isinstance(note, str) or not note:
            err(lid, "note missing")
        if phase == "history":
            if (label, expect, d.get("outcome")) != ("legit", "allow", "executed"):
                err(lid, "history lines must be legit/allow/executed")
        else:
            if label == "legit" and expect != "allow":
                err(lid, "legit line must expect allow")
            if label == "scam":
                want = "block" if block_by_rule(sig) else "flag"
                if expect != want:
                    err(lid, f"expect {expect} but README rules give {want} for signals {sig}")
            if label == "legit":
                if block_by_rule(sig):
                    err(lid, "legit line carries a hard-block signal combination")
                if note.startswith("Routine:"):
                    if sig:
                        err(lid, "routine line should carry no signals")
                elif note.startswith("Hard negative:"):
                    if not sig:
                        err(lid, "hard negative should name the scam-like surface in signals")
                else:
                    err(lid, "legit test note must start with Routine: or Hard negative:")
            else:
                if note.startswith(("Routine:", "Hard negative:")):
                    err(lid, "scam note with a legit prefix")
        # structural consistency of signals with the request
        s = set(sig)
        if when is not None and phase == "test":
            if ("off_hours" in s) != off_hours(when):
                err(lid, f"off_hours signal inconsistent with timestamp {when}")
        elif when is not None and off_hours(when):
            err(lid, "history line in off-hours")
        if kind == "payment" and isinstance(r.get("payee"), dict):
            p = r["payee"]
            if ("personal_account" in s) != (p["account_type"] == "personal") and phase == "test":
                err(lid, "personal_account signal vs payee.account_type")
            if phase == "test":
                first = p["account_no"] not in st["payees"]
                if ("first_time_payee" in s) != first:
                    err(lid, f"first_time_payee signal {('first_time_payee' in s)} but payee known={not first}")
                if ("no_approval" in s) != (r["approved_by"] == []):
                    err(lid, "no_approval signal vs approved_by")
                ch = r["payee_account_changed_at"]
                if "account_changed_recent" in s:
                    if not ch or when - datetime.fromisoformat(ch) > timedelta(days=30):
                        err(lid, "account_changed_recent but change not within 30 days")
                if "account_changed_long_ago" in s:
                    if not ch or when - datetime.fromisoformat(ch) <= timedelta(days=30):
                        err(lid, "account_changed_long_ago but change recent or absent")
                if ch and not ({"account_changed_recent", "account_changed_long_ago"} & s):
                    err(lid, "payee_account_changed_at set but no change signal")
                inv = r["related"]["invoice_no"]
                if ("duplicate_invoice" in s) != (inv is not None and inv in st["invoices"]):
                    err(lid, "duplicate_invoice signal vs history invoices")
                for sn, chan in INSTR_SIGNAL_CHANNEL.items():
                    chans = chan if isinstance(chan, set) else {chan}
                    if sn in s and r["instruction"]["channel"] not in chans:
                        err(lid, f"{sn} but instruction.channel={r['instruction']['channel']}")
            else:
                st["payees"].add(p["account_no"])
                if r["related"]["invoice_no"]:
                    st["invoices"].add(r["related"]["invoice_no"])
                if r["approved_by"] == []:
                    err(lid, "history payment without approval")
        if kind == "order" and phase == "test" and isinstance(r.get("customer"), dict):
            if ("new_customer" in s) != (r["customer"]["customer_id"] is None):
                err(lid, "new_customer signal vs customer_id")
            if "designated_supplier" in s and not (r["third_party"] and r["third_party"]["role"] == "designated_supplier"):
                err(lid, "designated_supplier signal without third_party")
            if "refund_to_other_account" in s and not (r["third_party"] and r["third_party"]["role"] == "refund_recipient"):
                err(lid, "refund_to_other_account signal without refund_recipient")
        if "Structural only:" in note and label != "scam":
            err(lid, "Structural only note on a legit line")

    # nothing copied from the public sample
    if SAMPLE.exists():
        ident = set()
        for text in SAMPLE.read_text(encoding="utf-8").splitlines():
            sd = json.loads(text)
            sr = sd["request"]
            for part in ("payer", "payee", "customer", "third_party"):
                o = sr.get(part) or {}
                for k in ("account_no", "account_name", "name", "phone", "email", "im_id", "credit_code", "contact"):
                    if o.get(k):
                        ident.add(str(o[k]))
            ins = sr.get("instruction") or {}
            if ins.get("from_contact"):
                ident.add(ins["from_contact"])
        for d in lines:
            blob = json.dumps(d["request"], ensure_ascii=False)
            for x in ident:
                if len(x) >= 6 and x in blob:
                    err(d["id"], f"reuses an identifier from sample.jsonl: {x}")

    # summary
    test = [d for d in lines if d.get("phase") == "test"]
    print(f"lines: {len(lines)}  history: {len(lines) - len(test)}  test: {len(test)}")
    print("test by expect:", dict(sorted(Counter(d["expect"] for d in test).items())))
    print("test by label/kind:", dict(sorted(Counter(f"{d['label']}/{d['kind']}" for d in test).items())))
    print("scams by type:", dict(sorted(Counter(d["scam_type"] for d in test if d["label"] == "scam").items())))
    hn = [d["id"] for d in test if d["note"].startswith("Hard negative:")]
    print(f"hard negatives ({len(hn)}):", " ".join(hn))
    missing = SCAM_TYPES - {d["scam_type"] for d in test}
    if missing:
        err("corpus", f"scam types not covered: {sorted(missing)}")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
