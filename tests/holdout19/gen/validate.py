#!/usr/bin/env python3
"""Validate tests/holdout19/holdout19.jsonl against shared/corpus/README.md.

Usage: python3 validate.py [path]   (default: ../holdout19.jsonl)

Python 3.11 standard library only.  Prints every violation and exits 1 if there is
any; prints a summary and exits 0 otherwise.

Checks (README rule -> check):
  * line keys and their order; request keys and nested keys in wire-contract order
  * label / scam_type / expect / outcome / phase consistency
  * per tenant: every history line before every test line, chronological order
  * ids unique; request/record ids unique; the same id never reused across tenants
  * amounts are 2-place decimal strings; quantities decimal strings; total = Σ items
  * RFC 3339 +08:00 timestamps; no line on an ambiguous holiday/make-up-workday date
  * unified social credit codes: charset, length and check character
  * account numbers 16–19 digits; mobiles 1510000xxxx / 1870000xxxx / 1780000xxxx;
    landlines area-0000xxx (also any phone-like number inside free text)
  * signals only from the README vocabulary; hard negatives carry a surface signal,
    routine lines carry none; structural-only scams carry no wording/evasion signal
  * notes: one English sentence; Routine:/Hard negative:/Structural only: prefixes
  * structural signals agree with the data (first-time payee, personal account,
    approval, channel, account-change age, duplicate invoice, new customer, off-hours)
  * expect: block exactly where the README's block list applies (scam lines), and no
    legitimate line carries a structural block condition
  * nobody approves their own request; third_party roles from the README list
"""
import json
import os
import re
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.normpath(os.path.join(HERE, "..", "holdout19.jsonl"))

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
               "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect",
               "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose",
            "memo", "instruction", "requested_by", "approved_by", "related",
            "payee_account_changed_at"]
PAY_OPT = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VER_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency",
            "channel", "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary",
              "boss_impersonation", "account_change", "authority_impersonation", "fake_invoice",
              "advance_fee", "task_rebate", "overpayment_refund", "account_lending"]
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

SIG_PAYMENT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
               "payee_name_mismatch", "personal_account", "unusual_bank_region",
               "third_party_payment_endpoint", "crypto", "no_approval", "no_po_contract",
               "vague_memo", "sales_order_linked", "just_below_limit", "split_payment",
               "off_hours", "large_vs_usual", "in_out_match", "duplicate_invoice",
               "shell_company", "guarantee_unverified"}
SIG_PROVENANCE = {"im_instruction", "email_instruction", "phone_instruction",
                  "letter_instruction", "new_contact", "lookalike_domain", "free_mail"}
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
# The README lists the two payroll-destination signals under wording, but they describe
# who holds the account; its own sample uses them on a "Structural only:" line.
STRUCTURAL = SIG_PAYMENT | SIG_PROVENANCE | SIG_ORDER | {"payee_not_employee",
                                                         "payee_shared_by_employees"}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
ACCT = re.compile(r"^\d{16,19}$")
MOBILE = re.compile(r"^(151|187|178)0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_IN_TEXT = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")

# 2026 public holidays used as off-hours; dates whose status (holiday or make-up working
# day) is not certain are forbidden altogether so the corpus never depends on them.
HOLIDAYS = {date(2026, 10, d) for d in range(1, 8)}
AMBIGUOUS = {date(2026, 9, 19), date(2026, 9, 20), date(2026, 9, 25), date(2026, 9, 26),
             date(2026, 9, 27), date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10),
             date(2026, 10, 11)}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def keys_exact(where, obj, expected, optional=()):
    if not isinstance(obj, dict):
        err(where, f"expected an object, got {type(obj).__name__}")
        return
    ks = list(obj.keys())
    base = [k for k in ks if k not in optional]
    if base != expected:
        err(where, f"keys {ks} != {expected}")
    extra_opt = [k for k in ks if k in optional]
    if extra_opt and ks[-len(extra_opt):] != [k for k in optional if k in extra_opt]:
        err(where, f"optional keys {extra_opt} must come last in order {list(optional)}")


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - s % 31
    return code[17] == USCC_CHARS[0 if c == 31 else c]


def parse_ts(where, s):
    if not isinstance(s, str) or not TS.match(s):
        err(where, f"timestamp {s!r} is not RFC 3339 with +08:00")
        return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        err(where, f"timestamp {s!r} does not parse")
        return None


def off_hours(dt):
    d = dt.date()
    return dt.weekday() >= 5 or d in HOLIDAYS or dt.hour < 10 or dt.hour >= 20


def check_phone(where, value):
    if value is None:
        return
    if not (MOBILE.match(value) or LANDLINE.match(value)):
        err(where, f"phone {value!r} is neither 1510000xxxx/1870000xxxx/1780000xxxx nor area-0000xxx")


def check_free_text(where, text):
    if not isinstance(text, str):
        return
    for m in MOBILE_IN_TEXT.findall(text):
        if not MOBILE.match(m):
            err(where, f"mobile-like number {m!r} in text does not follow the fictitious pattern")
    for m in LANDLINE_IN_TEXT.findall(text):
        if not LANDLINE.match(m):
            err(where, f"landline-like number {m!r} in text does not follow area-0000xxx")


def money_ok(where, v):
    if not isinstance(v, str) or not MONEY.match(v):
        err(where, f"amount {v!r} is not a 2-place decimal string")
        return None
    return Decimal(v)


def block_conditions(kind, sig, req):
    """Which of the README's expect:block conditions the line carries (by its signals)."""
    s = set(sig)
    c = []
    if "safe_account_words" in s:
        c.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        c.append("lend the company account / pass money through it")
    if "refund_to_other_account" in s:
        c.append("refund to an account other than the payer")
    if ("refund_words" in s or "overpayment" in s) and "fake_payment_proof" in s:
        c.append("refund before the money has cleared")
    if "designated_supplier" in s and ("sales_order_linked" in s or "fake_payment_proof" in s):
        c.append("pay customer-designated supplier before the customer's money arrived")
    if kind == "payment" and "account_changed_recent" in s and "first_time_payee" in s \
            and Decimal(req["amount"]) >= Decimal("10000"):
        c.append("first meaningful payment to an account changed within 30 days")
    if s & {"im_instruction", "email_instruction"} and {"no_approval", "balance_probe",
                                                       "first_time_payee"} <= s:
        c.append("boss instruction by IM/e-mail + no approval + balance probe + first-time payee")
    if "personal_account" in s and s & {"task_rebate_words", "topup_words", "loan_fee_words"}:
        c.append("personal payee + task/top-up/rebate/unfreezing/verification words")
    if "duplicate_invoice" in s:
        c.append("invoice number already paid")
    if s & {"payee_not_employee", "payee_shared_by_employees"}:
        c.append("salary to a non-employee account or several employees to one account")
    return c


# Conditions that are pure data structure: a legitimate line may never carry them.
WORDING_ONLY_BLOCK = {"safe/national/supervised account or fund verification",
                      "lend the company account / pass money through it"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else PATH
    if not os.path.exists(path):
        print(f"missing {path}")
        return 1
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                err(f"line {n}", "blank line")
                continue
            try:
                rows.append((n, json.loads(raw)))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"invalid JSON: {e}")

    seen_ids, seen_rids, seen_tenants_done = set(), set(), set()
    tenant_order = []
    state = {}
    all_accounts = {}
    invoice_owner = {}

    for n, d in rows:
        where = f"line {n} ({d.get('id')})"
        phase = d.get("phase")
        keys_exact(where, d, LINE_KEYS_H if phase == "history" else LINE_KEYS_T)
        if phase not in ("history", "test"):
            err(where, f"phase {phase!r}")
            continue
        tid = d["tenant"]
        if not tenant_order or tenant_order[-1] != tid:
            if tid in seen_tenants_done or tid in tenant_order:
                err(where, f"tenant {tid} lines are not grouped")
            if tenant_order:
                seen_tenants_done.add(tenant_order[-1])
            tenant_order.append(tid)
        st = state.setdefault(tid, {"phase": "history", "last": None, "hist_accounts": set(),
                                    "hist_invoices": set(), "hist_customers": {},
                                    "counts": {}})
        # ids
        if d["id"] in seen_ids:
            err(where, "duplicate line id")
        seen_ids.add(d["id"])
        m = re.match(rf"^{re.escape(tid)}-([ht])(\d{{3}})$", d["id"])
        if not m or (m.group(1) == "h") != (phase == "history"):
            err(where, "id does not follow <tenant>-hNNN / <tenant>-tNNN for its phase")
        # phase order
        if phase == "history" and st["phase"] == "test":
            err(where, "history line after a test line")
        st["phase"] = phase
        # label / expect / outcome
        label, stype, expect = d["label"], d["scam_type"], d["expect"]
        if phase == "history":
            if label != "legit" or expect != "allow" or d.get("outcome") != "executed" or stype is not None:
                err(where, "history lines must be legit / allow / executed / scam_type null")
        if label == "legit":
            if stype is not None or expect != "allow":
                err(where, "legit lines need scam_type null and expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES:
                err(where, f"scam_type {stype!r} not in README list")
            if expect not in ("flag", "block"):
                err(where, f"scam expect {expect!r}")
        else:
            err(where, f"label {label!r}")
        # signals
        sig = d["signals"]
        if not isinstance(sig, list) or len(set(sig)) != len(sig):
            err(where, "signals must be a list without duplicates")
            sig = list(set(sig)) if isinstance(sig, list) else []
        for s in sig:
            if s not in VOCAB:
                err(where, f"signal {s!r} not in README vocabulary")
        # note
        note = d["note"]
        if not isinstance(note, str) or not note.endswith(".") or re.search(r"[\u4e00-\u9fff]", note):
            err(where, "note must be one English sentence ending with a full stop")
        elif re.search(r"\.\s+[A-Z]", note.rstrip(".")):
            err(where, "note looks like more than one sentence")
        if phase == "test":
            if label == "legit":
                if note.startswith("Routine:"):
                    if sig:
                        err(where, "Routine line carries signals")
                elif note.startswith("Hard negative:"):
                    if not sig:
                        err(where, "Hard negative line names no scam-like surface signal")
                else:
                    err(where, "legit test note must start with Routine: or Hard negative:")
            else:
                if note.startswith(("Routine:", "Hard negative:")):
                    err(where, "scam note uses a legit prefix")
                if not sig:
                    err(where, "scam line has no signals")
                if note.startswith("Structural only:"):
                    bad = [s for s in sig if s not in STRUCTURAL]
                    if bad:
                        err(where, f"Structural only line carries wording/evasion signals {bad}")
        elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
            err(where, "history notes carry no test prefix")

        # request
        kind = d["kind"]
        req = d["request"]
        if kind == "payment":
            keys_exact(where + " request", req, PAY_KEYS, PAY_OPT)
            rid, at_s = req.get("request_id"), req.get("submitted_at")
        elif kind == "order":
            keys_exact(where + " request", req, ORD_KEYS)
            rid, at_s = req.get("record_id"), req.get("received_at")
        else:
            err(where, f"kind {kind!r}")
            continue
        if not rid or rid in seen_rids:
            err(where, f"request/record id {rid!r} missing or duplicated")
        seen_rids.add(rid)
        dt = parse_ts(where, at_s)
        if dt is None:
            continue
        if dt.date() in AMBIGUOUS:
            err(where, f"date {dt.date()} is an uncertain holiday/make-up day; avoid it")
        if st["last"] and dt < st["last"]:
            err(where, "not in chronological order within tenant")
        st["last"] = dt
        if phase == "test":
            if ("off_hours" in sig) != off_hours(dt):
                err(where, f"off_hours signal disagrees with timestamp {at_s}")
        elif off_hours(dt):
            err(where, "history line outside office hours (keep history ordinary)")
        if req["currency"] != "CNY":
            err(where, "currency must be CNY")

        if kind == "payment":
            keys_exact(where + " payer", req["payer"], PAYER_KEYS)
            keys_exact(where + " payee", req["payee"], PAYEE_KEYS)
            keys_exact(where + " instruction", req["instruction"], INSTR_KEYS)
            keys_exact(where + " related", req["related"], REL_KEYS)
            payee, ins, rel = req["payee"], req["instruction"], req["related"]
            for who in ("payer", "payee"):
                a = req[who]["account_no"]
                if not isinstance(a, str) or not ACCT.match(a):
                    err(where, f"{who} account {a!r} not 16-19 digits")
                nm = req[who]["account_name" if who == "payer" else "name"]
                if a in all_accounts and all_accounts[a] != nm:
                    err(where, f"account {a} used for two holders ({all_accounts[a]} / {nm})")
                all_accounts.setdefault(a, nm)
            if payee["account_type"] not in ACCOUNT_TYPES:
                err(where, "payee.account_type")
            check_phone(where + " payee.phone", payee["phone"])
            amt = money_ok(where + " amount", req["amount"])
            if ins["channel"] not in CHANNELS:
                err(where, f"instruction.channel {ins['channel']!r}")
            if not isinstance(ins["urgent"], bool):
                err(where, "instruction.urgent must be boolean")
            fc = ins["from_contact"]
            if isinstance(fc, str) and (re.fullmatch(r"[\d-]+", fc)):
                check_phone(where + " from_contact", fc)
            check_free_text(where + " instruction.text", ins["text"])
            check_free_text(where + " memo", req["memo"])
            if req["requested_by"] in req["approved_by"]:
                err(where, "requester approves own request")
            if not isinstance(req["approved_by"], list):
                err(where, "approved_by must be a list")
            if ins["channel"] == "erp" and not req["approved_by"]:
                err(where, "ERP payment without approvers")
            ch = req["payee_account_changed_at"]
            age = None
            if ch is not None:
                cdt = parse_ts(where + " payee_account_changed_at", ch)
                if cdt:
                    if cdt > dt:
                        err(where, "account change after the payment")
                    age = (dt - cdt).days
            if "verification" in req:
                v = req["verification"]
                keys_exact(where + " verification", v, VER_KEYS)
                check_phone(where + " verification.callback_number", v["callback_number"])
                vdt = parse_ts(where + " verified_at", v["verified_at"])
                if vdt and vdt > dt:
                    err(where, "verification after the request")
            inv = rel["invoice_no"]
            if phase == "test":
                s = set(sig)
                first = payee["account_no"] not in st["hist_accounts"]
                if ("first_time_payee" in s) != first:
                    err(where, f"first_time_payee signal disagrees with history (first={first})")
                if ("personal_account" in s) != (payee["account_type"] == "personal"):
                    err(where, "personal_account signal disagrees with payee.account_type")
                if ("no_approval" in s) != (req["approved_by"] == []):
                    err(where, "no_approval signal disagrees with approved_by")
                for sg, chn in (("im_instruction", "im"), ("email_instruction", "email"),
                                ("phone_instruction", "phone"), ("letter_instruction", "letter")):
                    if (sg in s) != (ins["channel"] == chn):
                        err(where, f"{sg} signal disagrees with instruction.channel")
                if ("account_changed_recent" in s) != (age is not None and age <= 30):
                    err(where, f"account_changed_recent disagrees with change age {age}")
                if ("account_changed_long_ago" in s) != (age is not None and age > 30):
                    err(where, f"account_changed_long_ago disagrees with change age {age}")
                dup = inv is not None and inv in st["hist_invoices"]
                if ("duplicate_invoice" in s) != dup:
                    err(where, "duplicate_invoice signal disagrees with history invoices")
                if "sales_order_linked" in s and not rel["order_id"]:
                    err(where, "sales_order_linked without related.order_id")
            if inv is not None:
                if inv in invoice_owner and not (phase == "test" and "duplicate_invoice" in sig):
                    err(where, f"invoice {inv} reused without duplicate_invoice")
                invoice_owner.setdefault(inv, d["id"])
            if phase == "history":
                st["hist_accounts"].add(payee["account_no"])
                if inv:
                    st["hist_invoices"].add(inv)
        else:
            c = req["customer"]
            keys_exact(where + " customer", c, CUST_KEYS)
            keys_exact(where + " delivery", req["delivery"], DELIV_KEYS)
            if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                err(where, f"credit_code {c['credit_code']} has an invalid check character")
            check_phone(where + " customer.phone", c["phone"])
            total = Decimal("0")
            if not req["items"]:
                err(where, "order without items")
            for i, it in enumerate(req["items"]):
                keys_exact(f"{where} item {i}", it, ITEM_KEYS)
                if not isinstance(it["quantity"], str) or not QTY.match(it["quantity"]):
                    err(where, f"quantity {it['quantity']!r} not a decimal string")
                    continue
                p = money_ok(f"{where} unit_price", it["unit_price"])
                if p is not None:
                    total += Decimal(it["quantity"]) * p
            t = money_ok(where + " total_amount", req["total_amount"])
            if t is not None and t != total:
                err(where, f"total_amount {t} != sum of items {total}")
            if req["channel"] not in CHANNELS:
                err(where, f"order channel {req['channel']!r}")
            try:
                date.fromisoformat(req["delivery"]["deadline"])
            except (TypeError, ValueError):
                err(where, "delivery.deadline is not a date")
            tpp = req["third_party"]
            if tpp is not None:
                keys_exact(where + " third_party", tpp, TP_KEYS)
                if tpp["role"] not in TP_ROLES:
                    err(where, f"third_party.role {tpp['role']!r}")
                money_ok(where + " third_party.amount", tpp["amount"])
                if re.fullmatch(r"[\d-]+", tpp["contact"] or ""):
                    check_phone(where + " third_party.contact", tpp["contact"])
            if not isinstance(req["fees_requested"], list):
                err(where, "fees_requested must be a list")
            for fe in req["fees_requested"]:
                keys_exact(where + " fee", fe, FEE_KEYS)
                money_ok(where + " fee.amount", fe["amount"])
            check_free_text(where + " notes", req["notes"])
            if phase == "test":
                if ("new_customer" in sig) != (c["customer_id"] is None):
                    err(where, "new_customer signal disagrees with customer_id")
                if c["customer_id"] is not None and c["name"] not in st["hist_customers"]:
                    err(where, "established customer_id without a history order from that customer")
            else:
                st["hist_customers"][c["name"]] = c["customer_id"]

        # expect: block exactly where the README block list applies
        conds = block_conditions(kind, sig, req)
        if label == "scam":
            if expect == "block" and not conds:
                err(where, "expect block but no README block condition present")
            if expect == "flag" and conds:
                err(where, f"expect flag but README block condition present: {conds}")
        else:
            structural = [x for x in conds if x not in WORDING_ONLY_BLOCK]
            if structural:
                err(where, f"legitimate line carries a block condition: {structural}")

        cnt = st["counts"]
        cnt[(phase, kind, label)] = cnt.get((phase, kind, label), 0) + 1

    for e in errors:
        print("ERROR", e)
    if errors:
        print(f"{len(errors)} violation(s)")
        return 1
    # summary
    total_h = sum(1 for _, d in rows if d["phase"] == "history")
    total_t = len(rows) - total_h
    print(f"OK: {len(rows)} lines ({total_h} history, {total_t} test), tenants {tenant_order}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
