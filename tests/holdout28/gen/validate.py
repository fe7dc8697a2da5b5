#!/usr/bin/env python3
"""Strict checks for holdout28.jsonl. Exits non-zero on any violation. Standard library only."""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter, OrderedDict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout28.jsonl")

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
SIGNALS = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction
new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role
deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account
refund_words overpayment account_change_words personal_account_pretext account_lending_words safe_account_words
authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words
topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin
evasion_homophone evasion_symbols""".split())
EVASION = {s for s in SIGNALS if s.startswith("evasion_")}
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MEANINGFUL = Decimal("5000.00")
HIST_RANGE = (dt.date(2026, 8, 1), dt.date(2026, 9, 10))
TEST_RANGE = (dt.date(2026, 9, 11), dt.date(2026, 10, 31))

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VER_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
            "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
TP_KEYS = ["name", "contact", "role", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
PHONE = re.compile(r"^(1490000\d{4}|1670000\d{4}|1700000\d{4}|0\d{2,3}-0000\d{3})$")
MOBILE_ANY = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LAND_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")
ACCT = re.compile(r"^\d{16,19}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors = []


def err(lid, msg):
    errors.append(f"{lid}: {msg}")


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def parse_ts(lid, v, field):
    if not isinstance(v, str) or not TS.match(v):
        err(lid, f"{field} not RFC 3339 +08:00: {v!r}")
        return None
    try:
        return dt.datetime.fromisoformat(v)
    except ValueError:
        err(lid, f"{field} unparsable: {v!r}")
        return None


def keys_exact(lid, obj, keys, where, optional=()):
    if not isinstance(obj, dict):
        err(lid, f"{where} is not an object")
        return False
    got = list(obj.keys())
    want = keys + [k for k in optional if k in obj]
    if got != want:
        err(lid, f"{where} keys {got} != {want}")
        return False
    return True


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def is_str_or_none(v):
    return v is None or isinstance(v, str)


def block_reasons(kind, req, signals, hist):
    """The README's block conditions, evaluated on the data (and on wording signals)."""
    r = []
    s = set(signals)
    if "safe_account_words" in s:
        r.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        r.append("lending the company account / pass-through")
    if "refund_to_other_account" in s:
        r.append("refund to an account other than the payer / before clearing")
    if "designated_supplier" in s and "fake_payment_proof" in s:
        r.append("paying a customer-designated supplier before the customer's money arrived")
    if kind == "payment":
        first = req["payee"]["account_no"] not in hist["accounts"]
        chg = req.get("payee_account_changed_at")
        if chg and first and Decimal(req["amount"]) >= MEANINGFUL:
            d = dt.datetime.fromisoformat(req["submitted_at"]) - dt.datetime.fromisoformat(chg)
            if dt.timedelta(0) <= d <= dt.timedelta(days=30):
                r.append("first meaningful payment to a supplier account changed within 30 days")
        ch = (req.get("instruction") or {}).get("channel")
        if ch in ("im", "email") and not req.get("approved_by") and "balance_probe" in s and first:
            r.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
        if req["payee"].get("account_type") == "personal" and s & {"task_rebate_words", "topup_words", "loan_fee_words"}:
            r.append("personal payee with task/top-up/rebate/unfreezing/capital-verification words")
        inv = (req.get("related") or {}).get("invoice_no")
        if inv and inv in hist["invoices"]:
            r.append("invoice number already paid")
        if s & {"payee_not_employee", "payee_shared_by_employees"}:
            r.append("salary to a non-employee account or shared account")
    return r


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_payment(lid, q, when_range):
    if not keys_exact(lid, q, PAY_KEYS, "payment", optional=["verification"]):
        return None
    for k in ("request_id", "purpose", "memo", "requested_by"):
        if not isinstance(q[k], str) or not q[k]:
            err(lid, f"{k} must be a non-empty string")
    t = parse_ts(lid, q["submitted_at"], "submitted_at")
    keys_exact(lid, q["payer"], ["account_no", "account_name"], "payer")
    if not ACCT.match(q["payer"].get("account_no", "")):
        err(lid, "payer.account_no not 16-19 digits")
    p = q["payee"]
    if keys_exact(lid, p, PAYEE_KEYS, "payee"):
        if not isinstance(p["name"], str) or not p["name"]:
            err(lid, "payee.name missing")
        if not isinstance(p["account_no"], str) or not ACCT.match(p["account_no"]):
            err(lid, f"payee.account_no bad: {p['account_no']!r}")
        if p["account_type"] not in ("corporate", "personal", "unknown"):
            err(lid, "payee.account_type bad")
        if not is_str_or_none(p["vendor_id"]) or not is_str_or_none(p["bank"]):
            err(lid, "payee.vendor_id/bank type")
        if p["phone"] is not None and not PHONE.match(p["phone"]):
            err(lid, f"payee.phone bad: {p['phone']}")
    if not isinstance(q["amount"], str) or not MONEY.match(q["amount"]) or Decimal(q["amount"]) <= 0:
        err(lid, f"amount bad: {q['amount']!r}")
    if q["currency"] != "CNY":
        err(lid, "currency")
    ins = q["instruction"]
    if keys_exact(lid, ins, INSTR_KEYS, "instruction"):
        if ins["channel"] not in CHANNELS:
            err(lid, "instruction.channel")
        if not isinstance(ins["urgent"], bool):
            err(lid, "instruction.urgent not bool")
        if not isinstance(ins["text"], str) or not ins["text"]:
            err(lid, "instruction.text")
        if not is_str_or_none(ins["from_name"]) or not is_str_or_none(ins["from_contact"]):
            err(lid, "instruction.from_* type")
    ap = q["approved_by"]
    if not isinstance(ap, list) or not all(isinstance(a, str) for a in ap) or len(set(ap)) != len(ap):
        err(lid, "approved_by must be a list of distinct strings")
    elif q["requested_by"] in ap:
        err(lid, "requester approves own request")
    if keys_exact(lid, q["related"], REL_KEYS, "related"):
        for k in REL_KEYS:
            if not is_str_or_none(q["related"][k]):
                err(lid, f"related.{k} type")
    c = q["payee_account_changed_at"]
    if c is not None:
        ct = parse_ts(lid, c, "payee_account_changed_at")
        if ct and t and ct > t:
            err(lid, "account changed after submission")
    if "verification" in q:
        v = q["verification"]
        if keys_exact(lid, v, VER_KEYS, "verification"):
            if not isinstance(v["callback_done"], bool):
                err(lid, "verification.callback_done")
            if not PHONE.match(v["callback_number"] or ""):
                err(lid, "verification.callback_number")
            vt = parse_ts(lid, v["verified_at"], "verified_at")
            if vt and t and vt > t:
                err(lid, "verified after submission")
    return t


def check_order(lid, q):
    if not keys_exact(lid, q, ORD_KEYS, "order"):
        return None
    if not isinstance(q["record_id"], str) or not q["record_id"]:
        err(lid, "record_id")
    t = parse_ts(lid, q["received_at"], "received_at")
    cu = q["customer"]
    if keys_exact(lid, cu, CUST_KEYS, "customer"):
        if not isinstance(cu["name"], str) or not cu["name"]:
            err(lid, "customer.name")
        if cu["credit_code"] is not None and not uscc_ok(cu["credit_code"]):
            err(lid, f"credit_code check character invalid: {cu['credit_code']}")
        if cu["phone"] is not None and not PHONE.match(cu["phone"]):
            err(lid, f"customer.phone bad {cu['phone']}")
        for k in ("contact_name", "email", "im_id", "customer_id"):
            if not is_str_or_none(cu[k]):
                err(lid, f"customer.{k} type")
    total = Decimal("0")
    if not isinstance(q["items"], list) or not q["items"]:
        err(lid, "items empty")
    else:
        for it in q["items"]:
            if keys_exact(lid, it, ITEM_KEYS, "item"):
                if not isinstance(it["quantity"], str) or not QTY.match(it["quantity"]):
                    err(lid, f"quantity {it['quantity']!r}")
                elif not isinstance(it["unit_price"], str) or not MONEY.match(it["unit_price"]):
                    err(lid, f"unit_price {it['unit_price']!r}")
                else:
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if not isinstance(q["total_amount"], str) or not MONEY.match(q["total_amount"]):
        err(lid, "total_amount format")
    elif Decimal(q["total_amount"]) != total:
        err(lid, f"total_amount {q['total_amount']} != sum {total}")
    if q["currency"] != "CNY":
        err(lid, "currency")
    if q["channel"] not in CHANNELS:
        err(lid, "channel")
    if keys_exact(lid, q["delivery"], ["address", "deadline"], "delivery"):
        try:
            dl = dt.date.fromisoformat(q["delivery"]["deadline"])
            if t and dl < t.date():
                err(lid, "deadline before receipt")
        except (TypeError, ValueError):
            err(lid, "delivery.deadline not a date")
    tp = q["third_party"]
    if tp is not None and keys_exact(lid, tp, TP_KEYS, "third_party"):
        if tp["role"] not in ROLES:
            err(lid, "third_party.role")
        if not MONEY.match(tp["amount"] or ""):
            err(lid, "third_party.amount")
        if tp["contact"] is not None and not PHONE.match(tp["contact"]):
            err(lid, "third_party.contact phone")
    if not isinstance(q["fees_requested"], list):
        err(lid, "fees_requested not list")
    else:
        for f in q["fees_requested"]:
            if keys_exact(lid, f, ["reason", "amount"], "fee") and not MONEY.match(f["amount"] or ""):
                err(lid, "fee amount")
    return t


def main():
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            try:
                rows.append(json.loads(raw, object_pairs_hook=OrderedDict))
            except json.JSONDecodeError as e:
                errors.append(f"line {n}: bad JSON {e}")
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            err(i, "duplicate id")
    seen_tenants, cur = [], None
    for r in rows:
        if r.get("tenant") != cur:
            cur = r.get("tenant")
            if cur in seen_tenants:
                err(r.get("id"), "tenant lines not grouped")
            seen_tenants.append(cur)
    rids = Counter()
    stats = {}
    for tenant in seen_tenants:
        tl = [r for r in rows if r["tenant"] == tenant]
        hist = {"accounts": set(), "invoices": set(), "customers": set()}
        last_t, in_test = None, False
        st = Counter()
        for r in tl:
            lid = r.get("id", "?")
            ph = r.get("phase")
            keys_exact(lid, r, LINE_KEYS_H if ph == "history" else LINE_KEYS_T, "line")
            if ph not in ("history", "test"):
                err(lid, "phase")
                continue
            if not re.match(rf"^{re.escape(tenant)}-{'h' if ph == 'history' else 't'}\d{{3}}$", lid):
                err(lid, "id pattern")
            if ph == "history" and in_test:
                err(lid, "history after test")
            if ph == "test":
                in_test = True
            kind = r.get("kind")
            if kind not in ("payment", "order"):
                err(lid, "kind")
                continue
            lab, stype, exp = r.get("label"), r.get("scam_type"), r.get("expect")
            if lab == "legit":
                if stype is not None or exp != "allow":
                    err(lid, "legit line must have scam_type null and expect allow")
            elif lab == "scam":
                if stype not in SCAM_TYPES or exp not in ("flag", "block"):
                    err(lid, "scam line needs a scam type and flag/block")
            else:
                err(lid, "label")
            if ph == "history" and (lab != "legit" or r.get("outcome") != "executed"):
                err(lid, "history must be legit/executed")
            sig = r.get("signals")
            if not isinstance(sig, list) or len(set(sig)) != len(sig) or any(s not in SIGNALS for s in sig):
                err(lid, f"signals bad: {sig}")
                sig = [s for s in (sig or []) if s in SIGNALS]
            note = r.get("note", "")
            if not isinstance(note, str) or not note.strip():
                err(lid, "note missing")
            elif lab == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "legit note must start with Routine: or Hard negative:")
            elif lab == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "scam note has a legit prefix")
            if ph == "history" and not note.startswith("Routine:"):
                err(lid, "history note must be Routine:")
            q = r.get("request")
            if kind == "payment":
                t = check_payment(lid, q, None)
                rid = q.get("request_id") if isinstance(q, dict) else None
            else:
                t = check_order(lid, q)
                rid = q.get("record_id") if isinstance(q, dict) else None
            rids[(tenant, kind, rid)] += 1
            if rids[(tenant, kind, rid)] > 1:
                err(lid, f"request/record id reused: {rid}")
            for s in walk_strings(q):
                for m in MOBILE_ANY.findall(s):
                    if not PHONE.match(m):
                        err(lid, f"mobile outside allowed ranges: {m}")
                for m in LAND_ANY.findall(s):
                    if not PHONE.match(m):
                        err(lid, f"landline outside allowed pattern: {m}")
            if t is None:
                continue
            rng = HIST_RANGE if ph == "history" else TEST_RANGE
            if not (rng[0] <= t.date() <= rng[1]):
                err(lid, f"date {t.date()} outside {ph} range")
            if last_t and t < last_t:
                err(lid, "not chronological within tenant")
            last_t = t
            if ph == "test":
                s = set(sig)
                # structural signals must agree with data
                if kind == "payment":
                    first = q["payee"]["account_no"] not in hist["accounts"]
                    checks = {
                        "first_time_payee": first,
                        "personal_account": q["payee"]["account_type"] == "personal",
                        "no_approval": not q["approved_by"],
                        "duplicate_invoice": bool(q["related"]["invoice_no"]) and q["related"]["invoice_no"] in hist["invoices"],
                    }
                    chg = q["payee_account_changed_at"]
                    d = t - dt.datetime.fromisoformat(chg) if chg else None
                    checks["account_changed_recent"] = d is not None and d <= dt.timedelta(days=30)
                    checks["account_changed_long_ago"] = d is not None and d > dt.timedelta(days=30)
                    if q["related"]["order_id"] and "sales_order_linked" not in s and lab == "scam":
                        pass
                else:
                    cid = q["customer"]["customer_id"]
                    checks = {"new_customer": cid is None}
                    if cid is not None and cid not in hist["customers"]:
                        err(lid, f"customer_id {cid} has no history")
                checks["off_hours"] = off_hours(t)
                for name, val in checks.items():
                    if val != (name in s):
                        err(lid, f"signal {name} should be {'present' if val else 'absent'}")
                br = block_reasons(kind, q, sig, hist)
                if (exp == "block") != bool(br):
                    err(lid, f"expect={exp} but block reasons={br}")
                if lab == "legit" and br:
                    err(lid, f"legit line meets a block condition: {br}")
                # tally
                st["test"] += 1
                st["test_" + kind] += 1
                if lab == "scam":
                    st["scam"] += 1
                    if note.startswith("Structural only:"):
                        st["structural"] += 1
                    if s & EVASION:
                        st["evasion"] += 1
                else:
                    st["legit"] += 1
                    st["hard" if note.startswith("Hard negative:") else "routine"] += 1
                if exp == "block":
                    st["block"] += 1
            else:
                st["hist_" + kind] += 1
                if kind == "payment":
                    hist["accounts"].add(q["payee"]["account_no"])
                    if q["related"]["invoice_no"]:
                        hist["invoices"].add(q["related"]["invoice_no"])
                else:
                    if q["customer"]["customer_id"]:
                        hist["customers"].add(q["customer"]["customer_id"])
        stats[tenant] = st
    # corpus-level requirements
    types = Counter(r["scam_type"] for r in rows if r["label"] == "scam")
    for tname in SCAM_TYPES:
        if types[tname] < 3:
            err("corpus", f"scam type {tname} has only {types[tname]} lines")
    tot = Counter()
    for st in stats.values():
        tot.update(st)
    if tot["legit"] and tot["hard"] * 3 < tot["legit"] * 2:
        err("corpus", "hard negatives below two thirds of legit test lines")
    if errors:
        print("\n".join(errors))
        print(f"{len(errors)} violation(s)")
        sys.exit(1)
    for tn, st in stats.items():
        print(tn, dict(st))
    print("total", dict(tot))
    print("types", dict(types))
    print("OK")


if __name__ == "__main__":
    main()
