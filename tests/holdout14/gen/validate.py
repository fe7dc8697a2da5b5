#!/usr/bin/env python3
"""Validate tests/holdout14/holdout14.jsonl against the corpus format rules.

Python 3.11 standard library only. Prints every violation and exits 1 if there
is any; prints a summary and exits 0 otherwise.

Checks (see /work/shared/corpus/README.md and the wire contract in PRODUCT.md):
  * line keys and their order; request keys, sub-object keys and their order; enums
  * phase / label / scam_type / expect / outcome consistency
  * lines grouped by tenant, chronological, every history line before every test line
  * unique line ids (tenant-hNNN / tenant-tNNN, consecutive) and unique request/record ids
  * money as 2-place decimal strings, quantities as decimal strings, total = sum of items
  * RFC 3339 +08:00 timestamps; unified social credit code check characters
  * account numbers 16-19 digits; mobiles only 1770000xxxx / 1660000xxxx / 1840000xxxx;
    landlines area-0000xxx
  * signals from the README vocabulary; note prefixes (Routine:/Hard negative:/Structural only:)
  * signals that can be derived from the data agree with the data (first_time_payee,
    personal_account, no_approval, account_changed_recent/long_ago, new_customer,
    duplicate_invoice, off_hours)
  * expect: block exactly where the README's block list applies
"""
import json
import os
import re
import sys
from datetime import datetime, date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "holdout14.jsonl"))

LINE_KEYS_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
                  "request"]
LINE_KEYS_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPT = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

SIGNALS = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified
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

MOBILE_PREFIXES = ("1770000", "1660000", "1840000")
HOLIDAYS = {date(2026, 6, 19)}  # Dragon Boat Festival 2026
MEANINGFUL = Decimal("10000")   # "a first payment of a meaningful amount"

MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_ANY_RE = re.compile(r"(?<![\d０-９])1[3-9]\d{9}(?![\d０-９])")
LANDLINE_ANY_RE = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
LANDLINE_OK_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    r = 31 - s % 31
    return code[17] == USCC_CHARS[0 if r == 31 else r]


def parse_ts(where, field, v):
    if not isinstance(v, str) or not TS_RE.match(v):
        err(where, f"{field} is not an RFC 3339 +08:00 timestamp: {v!r}")
        return None
    try:
        return datetime.fromisoformat(v)
    except ValueError:
        err(where, f"{field} does not parse: {v!r}")
        return None


def keys_exact(where, obj, keys, name, optional=()):
    if not isinstance(obj, dict):
        err(where, f"{name} is not an object")
        return False
    got = list(obj.keys())
    base = [k for k in got if k not in optional]
    if base != keys:
        err(where, f"{name} keys {got} != {keys} (+ optional {list(optional)} at the end)")
        return False
    extra = got[len(keys):]
    if extra and extra != [k for k in optional if k in obj]:
        err(where, f"{name} optional keys out of order: {extra}")
        return False
    return True


def money(where, field, v):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, f"{field} is not a 2-place decimal string: {v!r}")
        return None
    return Decimal(v)


def strings_in(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings_in(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_in(v)


def in_office(dt):
    d = dt.date()
    return d.weekday() < 5 and d not in HOLIDAYS and 10 <= dt.hour < 18


def clearly_off(dt):
    d = dt.date()
    return d.weekday() >= 5 or d in HOLIDAYS or dt.hour < 8 or dt.hour >= 21


def check_payment(where, r):
    if not keys_exact(where, r, PAY_KEYS, "payment request", PAY_OPT):
        return
    keys_exact(where, r["payer"], PAYER_KEYS, "payer")
    keys_exact(where, r["payee"], PAYEE_KEYS, "payee")
    keys_exact(where, r["instruction"], INSTR_KEYS, "instruction")
    keys_exact(where, r["related"], RELATED_KEYS, "related")
    if "verification" in r:
        if keys_exact(where, r["verification"], VERIF_KEYS, "verification"):
            v = r["verification"]
            if not isinstance(v["callback_done"], bool):
                err(where, "verification.callback_done is not a boolean")
            parse_ts(where, "verification.verified_at", v["verified_at"])
    for f in ("request_id",):
        if not isinstance(r[f], str) or not r[f]:
            err(where, f"{f} missing")
    if not isinstance(r["payee"].get("name"), str) or not r["payee"]["name"]:
        err(where, "payee.name missing")
    for f, v in (("payer.account_no", r["payer"]["account_no"]), ("payee.account_no", r["payee"]["account_no"])):
        if not isinstance(v, str) or not ACCT_RE.match(v):
            err(where, f"{f} is not 16-19 digits: {v!r}")
    if r["payee"]["account_type"] not in ACCOUNT_TYPES:
        err(where, f"payee.account_type {r['payee']['account_type']!r}")
    if r["instruction"]["channel"] not in CHANNELS:
        err(where, f"instruction.channel {r['instruction']['channel']!r}")
    if not isinstance(r["instruction"]["urgent"], bool):
        err(where, "instruction.urgent is not a boolean")
    money(where, "amount", r["amount"])
    if r["currency"] != "CNY":
        err(where, "currency is not CNY")
    if not isinstance(r["approved_by"], list):
        err(where, "approved_by is not a list")
    elif r["requested_by"] in r["approved_by"]:
        err(where, "requester approves own request")
    if r["payee_account_changed_at"] is not None:
        parse_ts(where, "payee_account_changed_at", r["payee_account_changed_at"])


def check_order(where, r):
    if not keys_exact(where, r, ORDER_KEYS, "order record"):
        return
    keys_exact(where, r["customer"], CUST_KEYS, "customer")
    keys_exact(where, r["delivery"], DELIV_KEYS, "delivery")
    if not isinstance(r["customer"].get("name"), str) or not r["customer"]["name"]:
        err(where, "customer.name missing")
    cc = r["customer"]["credit_code"]
    if cc is not None and not uscc_ok(cc):
        err(where, f"credit_code check character invalid: {cc!r}")
    if not isinstance(r["items"], list) or not r["items"]:
        err(where, "items empty")
        return
    total = Decimal("0")
    for i, it in enumerate(r["items"]):
        if not keys_exact(where, it, ITEM_KEYS, f"items[{i}]"):
            continue
        if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
            err(where, f"items[{i}].quantity not a decimal string: {it['quantity']!r}")
            continue
        p = money(where, f"items[{i}].unit_price", it["unit_price"])
        if p is not None:
            total += Decimal(it["quantity"]) * p
    t = money(where, "total_amount", r["total_amount"])
    if t is not None and t != total.quantize(Decimal("0.01")):
        err(where, f"total_amount {t} != sum of items {total}")
    if r["currency"] != "CNY":
        err(where, "currency is not CNY")
    if r["channel"] not in CHANNELS:
        err(where, f"channel {r['channel']!r}")
    if not isinstance(r["delivery"]["deadline"], str) or not DATE_RE.match(r["delivery"]["deadline"]):
        err(where, "delivery.deadline not YYYY-MM-DD")
    tp = r["third_party"]
    if tp is not None and keys_exact(where, tp, THIRD_KEYS, "third_party"):
        if tp["role"] not in ROLES:
            err(where, f"third_party.role {tp['role']!r}")
        money(where, "third_party.amount", tp["amount"])
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested is not a list")
    else:
        for i, fe in enumerate(r["fees_requested"]):
            if keys_exact(where, fe, FEE_KEYS, f"fees_requested[{i}]"):
                money(where, f"fees_requested[{i}].amount", fe["amount"])


def block_condition(line, hist_pay_accts, hist_invoices):
    """The README's expect: block list, evaluated on signals and structure."""
    s = set(line["signals"])
    r = line["request"]
    pay = line["kind"] == "payment"
    reasons = []
    if "safe_account_words" in s:
        reasons.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        reasons.append("lending the corporate account")
    if "refund_to_other_account" in s:
        reasons.append("refund to another account / before clearing")
    if "designated_supplier" in s and ("fake_payment_proof" in s or (pay and "sales_order_linked" in s)):
        reasons.append("customer-designated supplier paid before customer's money arrived")
    if pay and r["payee_account_changed_at"]:
        changed = datetime.fromisoformat(r["payee_account_changed_at"])
        sub = datetime.fromisoformat(r["submitted_at"])
        first = r["payee"]["account_no"] not in hist_pay_accts
        if first and timedelta(0) <= sub - changed <= timedelta(days=30) and Decimal(r["amount"]) >= MEANINGFUL:
            reasons.append("first meaningful payment to an account changed within 30 days")
    if ({"im_instruction", "email_instruction"} & s) and {"no_approval", "balance_probe", "first_time_payee"} <= s:
        reasons.append("IM/e-mail boss instruction + no approval + balance probe + first-time payee")
    if "personal_account" in s and ({"task_rebate_words", "topup_words", "loan_fee_words"} & s):
        reasons.append("personal payee + task/top-up/unfreezing words")
    if "duplicate_invoice" in s:
        reasons.append("invoice already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & s and line["scam_type"] == "fake_salary":
        reasons.append("salary to a non-employee or shared account")
    return reasons


def main():
    if not os.path.exists(PATH):
        print(f"missing {PATH}", file=sys.stderr)
        return 1
    lines = []
    with open(PATH, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.endswith("\n"):
                err(f"line {n}", "no trailing newline")
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"invalid JSON: {e}")
    if errors:
        return report(lines)

    ids, rids = set(), set()
    seen_tenants, cur = [], None
    state = {}

    for n, line in enumerate(lines, 1):
        where = f"line {n} ({line.get('id')})"
        phase = line.get("phase")
        keys_exact(where, line, LINE_KEYS_HIST if phase == "history" else LINE_KEYS_TEST, "line")
        if phase not in ("history", "test"):
            err(where, f"phase {phase!r}")
            continue
        t = line["tenant"]
        if t != cur:
            if t in seen_tenants:
                err(where, f"tenant {t} not contiguous")
            seen_tenants.append(t)
            cur = t
            state[t] = {"nh": 0, "nt": 0, "last": None, "in_test": False, "hist_pay_accts": set(),
                        "hist_vendor_accts": {}, "hist_invoices": set(), "hist_customers": set(),
                        "payer": None}
        st = state[t]

        # ids
        if line["id"] in ids:
            err(where, "duplicate id")
        ids.add(line["id"])
        if phase == "history":
            st["nh"] += 1
            want = f"{t}-h{st['nh']:03d}"
            if st["in_test"]:
                err(where, "history line after a test line")
        else:
            st["nt"] += 1
            want = f"{t}-t{st['nt']:03d}"
            st["in_test"] = True
        if line["id"] != want:
            err(where, f"id should be {want}")

        # labels
        kind, label, stype, expect = line["kind"], line["label"], line["scam_type"], line["expect"]
        if kind not in ("payment", "order"):
            err(where, f"kind {kind!r}")
            continue
        if label == "legit":
            if stype is not None:
                err(where, "legit line with scam_type")
            if expect != "allow":
                err(where, "legit line must expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES:
                err(where, f"scam_type {stype!r}")
            if expect not in ("flag", "block"):
                err(where, "scam line must expect flag or block")
            if phase == "history":
                err(where, "scam in history")
        else:
            err(where, f"label {label!r}")
        if phase == "history" and (label, expect, line.get("outcome")) != ("legit", "allow", "executed"):
            err(where, "history lines must be legit / allow / executed")
        if phase == "test" and "outcome" in line:
            err(where, "test line with outcome")

        # signals and note
        sig = line["signals"]
        if not isinstance(sig, list) or any(x not in SIGNALS for x in sig):
            err(where, f"signals outside the vocabulary: {[x for x in sig if x not in SIGNALS]}")
        if len(set(sig)) != len(sig):
            err(where, "duplicate signals")
        note = line["note"]
        if not isinstance(note, str) or "\n" in note or not note.endswith(".") or len(note) > 320:
            err(where, "note must be one line ending with a full stop")
        body = re.sub(r"^(Routine|Hard negative|Structural only): ", "", note)
        if re.search(r"[.!?]\s+[A-Z]", body[:-1]):
            err(where, "note looks like more than one sentence")
        if sum(1 for c in note if ord(c) > 127) > len(note) * 0.15:
            err(where, "note is not English")
        if phase == "history":
            if sig:
                err(where, "history line with signals")
            if re.match(r"^(Routine|Hard negative|Structural only):", note):
                err(where, "history note with a test prefix")
        elif label == "legit":
            if note.startswith("Routine: "):
                if sig:
                    err(where, "Routine line with signals")
            elif note.startswith("Hard negative: "):
                if not sig:
                    err(where, "Hard negative without the scam-like signals it shares")
            else:
                err(where, "legit test note must start with Routine: or Hard negative:")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(where, "scam note with a legit prefix")
            if not sig:
                err(where, "scam without signals")

        # request body
        r = line["request"]
        if kind == "payment":
            check_payment(where, r)
            at = parse_ts(where, "submitted_at", r.get("submitted_at"))
            rid = r.get("request_id")
        else:
            check_order(where, r)
            at = parse_ts(where, "received_at", r.get("received_at"))
            rid = r.get("record_id")
        if rid in rids:
            err(where, f"duplicate request/record id {rid}")
        rids.add(rid)
        if errors and errors[-1].startswith(where) and "keys" in errors[-1]:
            continue
        if at is not None:
            if st["last"] is not None and at < st["last"]:
                err(where, "not in chronological order within the tenant")
            st["last"] = at

        # phone numbers anywhere in the request
        for sv in strings_in(r):
            for mnum in MOBILE_ANY_RE.findall(sv):
                if not mnum.startswith(MOBILE_PREFIXES):
                    err(where, f"mobile {mnum} outside 1770000/1660000/1840000xxxx")
            for ll in LANDLINE_ANY_RE.findall(sv):
                if not LANDLINE_OK_RE.match(ll):
                    err(where, f"landline {ll} not area-0000xxx")

        s = set(sig)
        if kind == "payment":
            acct_no = r["payee"]["account_no"]
            if st["payer"] is None:
                st["payer"] = r["payer"]["account_no"]
            elif st["payer"] != r["payer"]["account_no"]:
                err(where, "payer account differs within tenant")
            vid = r["payee"]["vendor_id"]
            if phase == "history":
                st["hist_pay_accts"].add(acct_no)
                if r["related"]["invoice_no"]:
                    if r["related"]["invoice_no"] in st["hist_invoices"]:
                        err(where, "invoice paid twice in history")
                    st["hist_invoices"].add(r["related"]["invoice_no"])
                if vid:
                    st["hist_vendor_accts"].setdefault(vid, set()).add(acct_no)
            else:
                first = acct_no not in st["hist_pay_accts"]
                if ("first_time_payee" in s) != first:
                    err(where, f"first_time_payee signal ({'first_time_payee' in s}) != structure ({first})")
                if ("personal_account" in s) != (r["payee"]["account_type"] == "personal"):
                    err(where, "personal_account signal disagrees with payee.account_type")
                if ("no_approval" in s) != (r["approved_by"] == []):
                    err(where, "no_approval signal disagrees with approved_by")
                if label == "legit" and not r["approved_by"]:
                    err(where, "legitimate payment without approval")
                ch = r["payee_account_changed_at"]
                if ch:
                    days = (at - datetime.fromisoformat(ch)).total_seconds() / 86400
                    if days < 0:
                        err(where, "account changed after the payment")
                    recent = days <= 30
                    if ("account_changed_recent" in s) != recent or ("account_changed_long_ago" in s) == recent:
                        err(where, f"account-change signals disagree with change {days:.1f} days earlier")
                else:
                    if {"account_changed_recent", "account_changed_long_ago"} & s:
                        err(where, "account-change signal without payee_account_changed_at")
                    if vid and vid in st["hist_vendor_accts"] and acct_no not in st["hist_vendor_accts"][vid]:
                        err(where, "vendor account differs from history but no change date")
                dup = r["related"]["invoice_no"] in st["hist_invoices"] if r["related"]["invoice_no"] else False
                if ("duplicate_invoice" in s) != dup:
                    err(where, "duplicate_invoice signal disagrees with history")
                if ("sales_order_linked" in s) and not r["related"]["order_id"]:
                    err(where, "sales_order_linked without related.order_id")
                if "verification" in r and label == "scam":
                    err(where, "scam line carries a completed call-back verification")
        else:
            cid = r["customer"]["customer_id"]
            if phase == "history":
                if cid:
                    st["hist_customers"].add(cid)
            else:
                if ("new_customer" in s) != (cid is None):
                    err(where, "new_customer signal disagrees with customer_id")
                if cid is not None and cid not in st["hist_customers"]:
                    err(where, f"established customer {cid} has no history")
                if r["customer"]["credit_code"] is None and "invalid_credit_code" in s:
                    pass

        if phase == "test" and at is not None:
            if "off_hours" in s:
                if not clearly_off(at):
                    err(where, "off_hours signal but not clearly off-hours")
            elif not in_office(at):
                err(where, "outside office hours (10:00-18:00 weekdays) without off_hours")
            if label == "legit" and not note.startswith("Hard negative") and not in_office(at):
                err(where, "routine line outside office hours")
        if phase == "history" and at is not None and not in_office(at):
            err(where, "history line outside office hours")

        # expect: block exactly where the README's block list applies
        if phase == "test" and label == "scam":
            reasons = block_condition(line, st["hist_pay_accts"], st["hist_invoices"])
            if expect == "block" and not reasons:
                err(where, "expect block but no block-list condition holds")
            if expect == "flag" and reasons:
                err(where, f"expect flag but block-list condition holds: {reasons}")
            if note.startswith("Structural only: ") and stype is None:
                err(where, "structural note on a non-scam")

    for t, st in state.items():
        if st["nh"] == 0 or st["nt"] == 0:
            err(t, "tenant needs both history and test lines")
    return report(lines)


def report(lines):
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} violation(s)")
        return 1
    from collections import Counter
    test = [x for x in lines if x["phase"] == "test"]
    print(f"OK: {len(lines)} lines, {len(lines) - len(test)} history, {len(test)} test")
    for t in dict.fromkeys(x["tenant"] for x in lines):
        h = sum(1 for x in lines if x["tenant"] == t and x["phase"] == "history")
        tl = [x for x in test if x["tenant"] == t]
        print(f"  {t}: history {h}, test {len(tl)} (scam {sum(x['label'] == 'scam' for x in tl)}, "
              f"legit {sum(x['label'] == 'legit' for x in tl)})")
    print("  kinds (test):", dict(Counter(x["kind"] for x in test)))
    print("  scam types:", dict(sorted(Counter(x["scam_type"] for x in test if x["scam_type"]).items())))
    print("  expect:", dict(Counter(x["expect"] for x in test)))
    print("  legit: routine", sum(x["note"].startswith("Routine:") for x in test),
          "hard negatives", sum(x["note"].startswith("Hard negative:") for x in test),
          "| structural-only scams", sum(x["note"].startswith("Structural only:") for x in test))
    return 0


if __name__ == "__main__":
    sys.exit(main())
