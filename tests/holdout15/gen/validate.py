#!/usr/bin/env python3
"""Validate tests/holdout15/holdout15.jsonl against the corpus format rules.

Checks the format of /work/shared/corpus/README.md and the wire contract of PRODUCT.md, plus
this corpus's own consistency rules (approval limits, office hours, signal-vs-structure
agreement, and expect: block exactly where the README's block list applies).

Python 3.11 standard library only. Prints every violation and exits 1 if there is any.
Usage: python3 gen/validate.py [path/to/holdout15.jsonl]
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

PATH = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "holdout15.jsonl"

# ---------------------------------------------------------------- format constants
KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
KEYS_TEST = [k for k in KEYS_HISTORY if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
THIRD_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"}

SIG_PAYMENT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
               "personal_account", "unusual_bank_region", "third_party_payment_endpoint", "crypto", "no_approval",
               "no_po_contract", "vague_memo", "sales_order_linked", "just_below_limit", "split_payment", "off_hours",
               "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company", "guarantee_unverified"}
SIG_PROVENANCE = {"im_instruction", "email_instruction", "phone_instruction", "letter_instruction", "new_contact",
                  "lookalike_domain", "free_mail"}
SIG_WORDING = {"urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
               "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier", "fake_payment_proof",
               "refund_to_other_account", "refund_words", "overpayment", "account_change_words",
               "personal_account_pretext", "account_lending_words", "safe_account_words", "authority_words",
               "subsidy_words", "payroll_change", "payee_shared_by_employees", "payee_not_employee",
               "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill", "invoice_trade_words",
               "bigproject_words", "middleman_fee", "remote_control"}
SIG_ORDER = {"new_customer", "large_first_order", "credit_terms_requested", "far_delivery", "residential_delivery",
             "contact_im_only", "contact_mismatch", "lookalike_company", "institution_claim", "third_party_payer",
             "small_then_large", "hazardous_no_permit", "off_catalogue_item", "invalid_credit_code"}
SIG_EVASION = {"evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin", "evasion_homophone",
               "evasion_symbols"}
VOCAB = SIG_PAYMENT | SIG_PROVENANCE | SIG_WORDING | SIG_ORDER | SIG_EVASION
# 'Structural only' scams: evidence in the structure, so no wording or evasion signals (the two
# payroll-structure signals sit in the README's wording list but describe the account, not the text).
STRUCTURAL_OK = SIG_PAYMENT | SIG_PROVENANCE | SIG_ORDER | {"payee_shared_by_employees", "payee_not_employee"}

# ---------------------------------------------------------------- corpus constants
TENANTS = {  # approval limit, finance manager, general manager
    "kongque": (Decimal("100000"), "E3102", "E3101"),
    "danhong": (Decimal("50000"), "E5202", "E5201"),
    "kezi": (Decimal("50000"), "E8402", "E8401"),
}
HOLIDAYS_2026 = {date(2026, 1, 1), date(2026, 5, 1), date(2026, 5, 4), date(2026, 5, 5), date(2026, 6, 19),
                 date(2026, 9, 25)} | {date(2026, 10, d) for d in range(1, 8)}
XJ_AREA_CODES = {"0990", "0991", "0992", "0993", "0994", "0995", "0996", "0997", "0998", "0999",
                 "0901", "0902", "0903", "0906", "0908", "0909"}
MOBILE_RE = re.compile(r"^(188|157|147)0000[0-9]{4}$")
LANDLINE_RE = re.compile(r"^(0[0-9]{3})-0000[0-9]{3}$")
MOBILE_ANY = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
LANDLINE_ANY = re.compile(r"(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])")
MONEY_RE = re.compile(r"^[0-9]+\.[0-9]{2}$")
QTY_RE = re.compile(r"^[0-9]+(\.[0-9]+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FREE_MAIL = ("@163.com", "@126.com", "@qq.com", "@sina.com", "@139.com")
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors: list[str] = []


def err(where: str, msg: str) -> None:
    errors.append(f"{where}: {msg}")


def parse_ts(s, where):
    if not isinstance(s, str) or not TS_RE.match(s):
        err(where, f"timestamp not RFC 3339 +08:00: {s!r}")
        return None
    try:
        return datetime.fromisoformat(s)
    except ValueError:
        err(where, f"invalid timestamp {s!r}")
        return None


def money_ok(v, where, field):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, f"{field} is not a 2-place decimal string: {v!r}")
        return None
    d = Decimal(v)
    if d <= 0:
        err(where, f"{field} must be positive: {v}")
    return d


def keys_exact(obj, keys, where, what):
    if not isinstance(obj, dict):
        err(where, f"{what} is not an object")
        return False
    if list(obj.keys()) != keys:
        err(where, f"{what} keys {list(obj.keys())} != {keys}")
        return False
    return True


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31] == code[17]


def account_ok(v, where, field):
    if not isinstance(v, str) or not v.isascii() or not v.isdigit() or not 16 <= len(v) <= 19:
        err(where, f"{field} must be 16-19 ASCII digits: {v!r}")


def phone_field_ok(v, where, field):
    if v is None:
        return
    if not isinstance(v, str):
        err(where, f"{field} not a string")
        return
    if MOBILE_RE.match(v):
        return
    m = LANDLINE_RE.match(v)
    if m and m.group(1) in XJ_AREA_CODES:
        return
    err(where, f"{field} is not a fictitious 1880000/1570000/1470000 mobile or Xinjiang 0000 landline: {v!r}")


def strings(obj):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)
    elif isinstance(obj, str):
        yield obj


def office_time(dt: datetime) -> bool:
    return dt.weekday() < 5 and dt.date() not in HOLIDAYS_2026 and 10 <= dt.hour < 20


def block_rule(line) -> list[str]:
    """Which of the README's hard-block conditions the line carries (from its signals and data)."""
    s = set(line["signals"])
    req = line["request"]
    fired = []
    if "safe_account_words" in s:
        fired.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        fired.append("lending the company account")
    if "refund_to_other_account" in s:
        fired.append("refund to another account")
    if {"overpayment", "refund_words", "fake_payment_proof"} <= s:
        fired.append("refund before the money has cleared")
    if "designated_supplier" in s and ({"fake_payment_proof", "sales_order_linked"} & s):
        fired.append("paying a customer-designated supplier before the customer's money arrived")
    if (line["kind"] == "payment" and {"account_changed_recent", "first_time_payee"} <= s
            and not (req.get("verification") or {}).get("callback_done")):
        fired.append("first payment to a supplier account changed within 30 days")
    if {"boss_role", "balance_probe", "no_approval", "first_time_payee"} <= s and (
            {"im_instruction", "email_instruction"} & s):
        fired.append("boss IM/e-mail, no approval, balance probe, first-time payee")
    if "personal_account" in s and ({"task_rebate_words", "topup_words", "loan_fee_words"} & s):
        fired.append("personal payee with task/top-up/unfreezing/verification words")
    if "duplicate_invoice" in s:
        fired.append("invoice number already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & s:
        fired.append("salary to a non-employee or shared account")
    return fired


def main() -> int:
    if not PATH.exists():
        print(f"missing {PATH}")
        return 1
    raw = PATH.read_bytes()
    if not raw.endswith(b"\n"):
        err("file", "must end with a newline")
    lines = []
    for n, text in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            err(f"line {n}", "not a JSON object")
            continue
        lines.append(obj)

    seen_ids, seen_rids = set(), set()
    tenant_order: list[str] = []
    state = {}  # tenant -> dict of running facts
    for obj in lines:
        lid = obj.get("id", "?")
        w = str(lid)
        phase = obj.get("phase")
        if phase not in ("history", "test"):
            err(w, f"bad phase {phase!r}")
            continue
        if not keys_exact(obj, KEYS_HISTORY if phase == "history" else KEYS_TEST, w, "line"):
            continue
        tenant, kind, label = obj["tenant"], obj["kind"], obj["label"]
        if tenant not in TENANTS:
            err(w, f"unknown tenant {tenant!r}")
            continue
        # grouping and ids
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in tenant_order:
                err(w, f"tenant {tenant} lines are not contiguous")
            tenant_order.append(tenant)
            state[tenant] = {"phase": "history", "last_ts": None, "hist_accounts": {}, "hist_invoices": set(),
                             "hist_customers": set(), "orders": set(), "hist_wage_accounts": {},
                             "test_invoices": set(), "h": 0, "t": 0}
        st = state[tenant]
        if lid in seen_ids:
            err(w, "duplicate line id")
        seen_ids.add(lid)
        tag = "h" if phase == "history" else "t"
        st[tag] += 1
        if lid != f"{tenant}-{tag}{st[tag]:03d}":
            err(w, f"id should be {tenant}-{tag}{st[tag]:03d}")
        if phase == "history" and st["phase"] == "test":
            err(w, "history line after a test line")
        st["phase"] = phase
        # labels
        if kind not in ("payment", "order"):
            err(w, f"bad kind {kind!r}")
            continue
        if phase == "history":
            if (label, obj["scam_type"], obj["expect"], obj["outcome"]) != ("legit", None, "allow", "executed"):
                err(w, "history lines must be legit / null / allow / executed")
        if label == "legit":
            if obj["scam_type"] is not None or obj["expect"] != "allow":
                err(w, "legit lines need scam_type null and expect allow")
        elif label == "scam":
            if obj["scam_type"] not in SCAM_TYPES:
                err(w, f"bad scam_type {obj['scam_type']!r}")
            if obj["expect"] not in ("flag", "block"):
                err(w, "scam lines need expect flag or block")
        else:
            err(w, f"bad label {label!r}")
        # signals
        sig = obj["signals"]
        if not isinstance(sig, list) or not all(isinstance(x, str) for x in sig):
            err(w, "signals must be a list of strings")
            sig = []
        if len(set(sig)) != len(sig):
            err(w, "duplicate signals")
        for x in sig:
            if x not in VOCAB:
                err(w, f"signal {x!r} not in the README vocabulary")
        if phase == "history" and sig:
            err(w, "history lines carry no signals")
        s = set(sig)
        # note
        note = obj["note"]
        if not isinstance(note, str) or not note.strip():
            err(w, "empty note")
            note = ""
        else:
            if not note.endswith(".") or re.search(r"[.!?] [A-Z]", note[:-1].split(": ", 1)[-1]):
                err(w, f"note should be one sentence ending with a full stop: {note!r}")
            if re.search(r"[\u4e00-\u9fff]{5,}", note):
                err(w, "note should be English (short Chinese quotations only)")
        prefixes = ("Routine:", "Hard negative:", "Structural only:")
        if phase == "history":
            if note.startswith(prefixes):
                err(w, "history notes carry no test prefix")
        elif label == "legit":
            want = "Routine:" if not sig else "Hard negative:"
            if not note.startswith(want + " "):
                err(w, f"legit test note must start with '{want}' ({'no' if not sig else 'some'} signals)")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(w, "scam note cannot start with Routine:/Hard negative:")
            if note.startswith("Structural only:"):
                bad = s - STRUCTURAL_OK
                if bad:
                    err(w, f"'Structural only' scam carries wording/evasion signals {sorted(bad)}")
                if not s:
                    err(w, "'Structural only' scam needs structural signals")
        # expect: block exactly where the README's block list applies
        if label == "scam":
            fired = block_rule(obj)
            if fired and obj["expect"] != "block":
                err(w, f"carries a hard-block signal ({'; '.join(fired)}) but expect is {obj['expect']}")
            if not fired and obj["expect"] == "block":
                err(w, "expect block without any of the README's hard-block conditions")

        req = obj["request"]
        # phones and fictitious numbers anywhere in the body
        for text in strings(req):
            for m in MOBILE_ANY.findall(text):
                if not MOBILE_RE.match(m):
                    err(w, f"mobile number {m} outside the 1880000/1570000/1470000 fictitious ranges")
            for m in LANDLINE_ANY.findall(text):
                mm = LANDLINE_RE.match(m)
                if not mm or mm.group(1) not in XJ_AREA_CODES:
                    err(w, f"landline {m} is not a Xinjiang area-0000xxx number")

        if kind == "payment":
            keys = list(req.keys()) if isinstance(req, dict) else []
            if keys not in (PAY_KEYS, PAY_KEYS + PAY_OPTIONAL_TAIL):
                err(w, f"payment keys {keys} do not follow the wire contract order")
                continue
            rid = req["request_id"]
            if not isinstance(rid, str) or not rid:
                err(w, "request_id required")
            elif ("payment", rid) in seen_rids:
                err(w, f"duplicate request_id {rid}")
            seen_rids.add(("payment", rid))
            dt = parse_ts(req["submitted_at"], w)
            if keys_exact(req["payer"], PAYER_KEYS, w, "payer"):
                account_ok(req["payer"]["account_no"], w, "payer.account_no")
            pe = req["payee"]
            if keys_exact(pe, PAYEE_KEYS, w, "payee"):
                if not pe["name"]:
                    err(w, "payee.name required")
                account_ok(pe["account_no"], w, "payee.account_no")
                if pe["account_type"] not in ACCOUNT_TYPES:
                    err(w, f"bad account_type {pe['account_type']!r}")
                phone_field_ok(pe["phone"], w, "payee.phone")
            amount = money_ok(req["amount"], w, "amount")
            if req["currency"] != "CNY":
                err(w, "currency must be CNY")
            ins = req["instruction"]
            if keys_exact(ins, INSTR_KEYS, w, "instruction"):
                if ins["channel"] not in CHANNELS:
                    err(w, f"bad instruction.channel {ins['channel']!r}")
                if not isinstance(ins["urgent"], bool):
                    err(w, "instruction.urgent must be boolean")
                if ins["channel"] == "erp" and ins["from_contact"] is not None:
                    err(w, "ERP instructions carry no from_contact")
            if not isinstance(req["requested_by"], str) or not isinstance(req["approved_by"], list):
                err(w, "requested_by must be a string and approved_by a list")
            elif req["requested_by"] in req["approved_by"]:
                err(w, "requester approves own request")
            keys_exact(req["related"], RELATED_KEYS, w, "related")
            changed = req["payee_account_changed_at"]
            cdt = parse_ts(changed, w) if changed is not None else None
            if cdt and dt and cdt > dt:
                err(w, "payee_account_changed_at after submitted_at")
            if changed is not None and not pe.get("vendor_id"):
                err(w, "an account change needs a vendor_id")
            if "verification" in req:
                v = req["verification"]
                if keys_exact(v, VERIF_KEYS, w, "verification"):
                    if not isinstance(v["callback_done"], bool):
                        err(w, "verification.callback_done must be boolean")
                    phone_field_ok(v["callback_number"], w, "verification.callback_number")
                    vdt = parse_ts(v["verified_at"], w)
                    if vdt and dt and vdt > dt:
                        err(w, "verified_at after submitted_at")
            # approval limits (legit lines follow the company's rule)
            limit, fm, gm = TENANTS[tenant]
            if label == "legit" and amount is not None:
                appr = req["approved_by"]
                if amount >= limit and not {fm, gm} <= set(appr):
                    err(w, f"legit payment of {amount} needs {fm} and {gm}")
                if amount < limit and not appr:
                    err(w, "legit payment without approver")
            # signal/structure agreement
            acc = pe.get("account_no")
            new_payee = acc not in st["hist_accounts"]
            if phase == "test":
                if ("first_time_payee" in s) != new_payee:
                    err(w, f"first_time_payee signal {'missing' if new_payee else 'wrong'}: account "
                           f"{'never' if new_payee else 'already'} paid in history")
                if ("no_approval" in s) != (req["approved_by"] == []):
                    err(w, "no_approval signal disagrees with approved_by")
                if "personal_account" in s and pe["account_type"] != "personal":
                    err(w, "personal_account signal on a non-personal payee")
                if "sales_order_linked" in s and not req["related"]["order_id"]:
                    err(w, "sales_order_linked without related.order_id")
                if "just_below_limit" in s and amount is not None and not (limit * Decimal("0.9") <= amount < limit):
                    err(w, "just_below_limit but amount not in [0.9 x limit, limit)")
                if "account_changed_recent" in s and not (cdt and dt and dt - cdt <= timedelta(days=30)):
                    err(w, "account_changed_recent needs a change within 30 days")
                if "account_changed_long_ago" in s and not (cdt and dt and dt - cdt > timedelta(days=30)):
                    err(w, "account_changed_long_ago needs a change over 30 days ago")
                if cdt and dt and dt - cdt <= timedelta(days=30) and "account_changed_recent" not in s:
                    err(w, "recent account change not signalled")
                for sg, ch in (("im_instruction", {"im"}), ("email_instruction", {"email"}),
                               ("phone_instruction", {"phone", "sms"}), ("letter_instruction", {"letter"})):
                    if sg in s and ins.get("channel") not in ch:
                        err(w, f"{sg} but instruction.channel is {ins.get('channel')}")
                if "free_mail" in s and not str(ins.get("from_contact") or "").endswith(FREE_MAIL):
                    err(w, "free_mail but the sender is not a free-mail address")
                inv = req["related"]["invoice_no"]
                if inv:
                    dup = inv in st["hist_invoices"]
                    if dup != ("duplicate_invoice" in s):
                        err(w, "duplicate_invoice signal disagrees with history invoice numbers")
                    if dup and label == "legit":
                        err(w, "legit line re-uses a paid invoice number")
                    if inv in st["test_invoices"]:
                        err(w, "invoice number repeated among test lines")
                    st["test_invoices"].add(inv)
                elif "duplicate_invoice" in s:
                    err(w, "duplicate_invoice without invoice_no")
                if req["purpose"] == "工资" and acc in st["hist_wage_accounts"] and \
                        st["hist_wage_accounts"][acc] != pe["name"]:
                    if "payee_shared_by_employees" not in s or label != "scam":
                        err(w, "wages to another worker's account must be a payee_shared_by_employees scam")
                oid = req["related"]["order_id"]
                if oid and oid not in st["orders"]:
                    err(w, f"related.order_id {oid} is not an earlier order of this tenant")
            else:
                inv = req["related"]["invoice_no"]
                if inv:
                    if inv in st["hist_invoices"]:
                        err(w, "history invoice number paid twice")
                    st["hist_invoices"].add(inv)
                st["hist_accounts"][acc] = pe["name"]
                if req["purpose"] == "工资" and pe["account_type"] == "personal":
                    st["hist_wage_accounts"][acc] = pe["name"]
        else:  # order
            keys = list(req.keys()) if isinstance(req, dict) else []
            if keys != ORDER_KEYS:
                err(w, f"order keys {keys} do not follow the wire contract order")
                continue
            rid = req["record_id"]
            if not isinstance(rid, str) or not rid:
                err(w, "record_id required")
            elif ("order", rid) in seen_rids:
                err(w, f"duplicate record_id {rid}")
            seen_rids.add(("order", rid))
            st["orders"].add(rid)
            dt = parse_ts(req["received_at"], w)
            c = req["customer"]
            if keys_exact(c, CUSTOMER_KEYS, w, "customer"):
                if not c["name"]:
                    err(w, "customer.name required")
                if c["credit_code"] is not None and not uscc_valid(c["credit_code"]):
                    err(w, f"invalid credit code {c['credit_code']}")
                phone_field_ok(c["phone"], w, "customer.phone")
                if phase == "test":
                    if (c["customer_id"] is None) != ("new_customer" in s):
                        err(w, "new_customer signal disagrees with customer_id")
                    if c["customer_id"] is not None and c["name"] not in st["hist_customers"]:
                        err(w, "established customer with no history order")
                    if "free_mail" in s and not str(c["email"] or "").endswith(FREE_MAIL):
                        err(w, "free_mail but the customer e-mail is not free mail")
                else:
                    st["hist_customers"].add(c["name"])
            items = req["items"]
            total = Decimal(0)
            if not isinstance(items, list) or not items:
                err(w, "items must be a non-empty list")
                items = []
            for it in items:
                if keys_exact(it, ITEM_KEYS, w, "item"):
                    if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                        err(w, f"quantity not a decimal string: {it['quantity']!r}")
                        continue
                    p = money_ok(it["unit_price"], w, "unit_price")
                    if p is not None:
                        total += Decimal(it["quantity"]) * p
            t = money_ok(req["total_amount"], w, "total_amount")
            if t is not None and t != total.quantize(Decimal("0.01")):
                err(w, f"total_amount {t} != sum of items {total}")
            if req["currency"] != "CNY":
                err(w, "currency must be CNY")
            if req["channel"] not in CHANNELS:
                err(w, f"bad order channel {req['channel']!r}")
            if keys_exact(req["delivery"], DELIVERY_KEYS, w, "delivery"):
                dl = req["delivery"]["deadline"]
                if not isinstance(dl, str) or not DATE_RE.match(dl):
                    err(w, f"delivery.deadline not a date: {dl!r}")
                elif dt and date.fromisoformat(dl) < dt.date():
                    err(w, "delivery deadline before the order")
            tp = req["third_party"]
            if tp is not None and keys_exact(tp, THIRD_KEYS, w, "third_party"):
                if tp["role"] not in THIRD_ROLES:
                    err(w, f"bad third_party.role {tp['role']!r}")
                phone_field_ok(tp["contact"], w, "third_party.contact")
                if tp["amount"] is not None:
                    money_ok(tp["amount"], w, "third_party.amount")
            if not isinstance(req["fees_requested"], list):
                err(w, "fees_requested must be a list")
            else:
                for fee in req["fees_requested"]:
                    if keys_exact(fee, FEE_KEYS, w, "fee"):
                        money_ok(fee["amount"], w, "fee amount")
            if not isinstance(req["notes"], str):
                err(w, "notes must be a string")

        # time: chronological, office hours, off_hours signal
        if dt:
            if st["last_ts"] and dt < st["last_ts"] and phase == st.get("last_phase"):
                err(w, "lines not in chronological order within the tenant")
            if st.get("last_phase") == "history" and phase == "test" and st["last_ts"] and dt < st["last_ts"]:
                err(w, "first test line precedes the last history line")
            st["last_ts"], st["last_phase"] = dt, phase
            if phase == "history" and not office_time(dt):
                err(w, "history lines are ordinary business inside office hours")
            if phase == "test" and ("off_hours" in s) == office_time(dt):
                err(w, f"off_hours signal disagrees with {dt:%a %Y-%m-%d %H:%M}")

    if not lines:
        err("file", "no lines")
    for t in TENANTS:
        if t not in state:
            err("file", f"tenant {t} missing")
        elif state[t]["h"] == 0 or state[t]["t"] == 0:
            err("file", f"tenant {t} needs history and test lines")
    test = [l for l in lines if l.get("phase") == "test"]
    for stype in sorted(SCAM_TYPES):
        n = sum(1 for l in test if l.get("scam_type") == stype)
        if n < 4:
            err("coverage", f"scam type {stype} has {n} test lines (< 4)")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} violation(s) in {PATH}")
        return 1
    print(f"OK: {len(lines)} lines ({len(lines) - len(test)} history, {len(test)} test) in {PATH.name} pass all checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
