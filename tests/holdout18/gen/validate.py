#!/usr/bin/env python3
"""Validate ../holdout18.jsonl against the corpus format rules.

Checks (standard library only; exits 1 on any violation, 0 when clean):
  * line keys and their order; request body keys and their order (wire contract)
  * ids unique and shaped <tenant>-hNNN / <tenant>-tNNN; tenants contiguous;
    per tenant every history line before every test line and timestamps in order
  * label / scam_type / expect / outcome consistency
  * signals drawn from the README vocabulary, no duplicates; history lines carry none
  * notes: one English sentence; Routine: / Hard negative: / Structural only: used
    exactly where the README says (see NOTE RULES below)
  * amounts are 2-place decimal strings, quantities decimal strings,
    total_amount = sum of items; RFC 3339 +08:00 timestamps; currency CNY
  * unified social credit codes carry a valid check character
  * bank account numbers have 16-19 digits; phones are fictitious
    (mobiles 1330000xxxx / 1810000xxxx / 1750000xxxx, landlines area-0000xxx)
  * structural signals agree with the data and the tenant's history (on test
    lines: first_time_payee, personal_account, no_approval, channel signals,
    sales_order_linked, duplicate_invoice, payee_name_mismatch, account_changed_*,
    new_customer, free_mail and off_hours hold exactly when the data says so)
  * expect: block exactly where the README's block list applies

NOTE RULES used here: history lines are routine ("Routine:", no signals); a
legitimate test line is "Routine:" when it has no signals and "Hard negative:"
when it has some; a scam is "Structural only:" exactly when none of its signals
is text evidence (wording or evasion spellings) - the amount/payee facts
payee_not_employee, payee_shared_by_employees, overpayment and
refund_to_other_account count as structure, as in the public sample.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "holdout18.jsonl"

LINE_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect",
                     "outcome", "signals", "note", "request"]
LINE_KEYS_TEST = [k for k in LINE_KEYS_HISTORY if k != "outcome"]

PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose",
                "memo", "instruction", "requested_by", "approved_by", "related",
                "payee_account_changed_at"]
PAYMENT_OPTIONAL_TAIL = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTRUCTION_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIFICATION_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]

ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_PARTY_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee",
              "task_rebate", "overpayment_refund", "account_lending"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

SIG_STRUCTURE = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
                 "payee_name_mismatch", "personal_account", "unusual_bank_region",
                 "third_party_payment_endpoint", "crypto", "no_approval", "no_po_contract",
                 "vague_memo", "sales_order_linked", "just_below_limit", "split_payment",
                 "off_hours", "large_vs_usual", "in_out_match", "duplicate_invoice",
                 "shell_company", "guarantee_unverified"}
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
VOCAB = SIG_STRUCTURE | SIG_PROVENANCE | SIG_WORDING | SIG_ORDER | SIG_EVASION
STRUCTURAL_WORDING = {"payee_not_employee", "payee_shared_by_employees", "overpayment",
                      "refund_to_other_account"}
TEXT_EVIDENCE = (SIG_WORDING - STRUCTURAL_WORDING) | SIG_EVASION

MOBILE_PREFIXES = ("1330000", "1810000", "1750000")
FREE_MAIL = ("@qq.com", "@163.com", "@126.com", "@sina.com", "@139.com", "@gmail.com",
             "@hotmail.com", "@yeah.net", "@sohu.com", "@aliyun.com")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
INVOICE_RE = re.compile(r"^\d{20}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# literal words of the README's block list (after folding traditional forms and spaces)
SAFE_WORDS = ("安全账户", "国家账户", "监管账户", "资金核查", "资金清查")
LENDING_WORDS = ("走账", "过账", "借用公户", "借用对公", "借你们公户", "借咱们公户", "借用你们")
UNFREEZE_WORDS = ("解冻", "验资")
FOLD = str.maketrans({"帳": "账", "賬": "账", "戶": "户", "監": "监", "資": "资", "凍": "冻",
                      "驗": "验", "過": "过", "國": "国", "產": "产", "轉": "转", "餘": "余",
                      "核": "核", "查": "查", "專": "专", "項": "项", "單": "单", "結": "结"})
HOLIDAY = {datetime(2026, 10, d).date() for d in range(1, 8)}

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_ts(where, value, field):
    if not isinstance(value, str) or not TS_RE.match(value):
        err(where, f"{field} is not an RFC 3339 +08:00 timestamp: {value!r}")
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        err(where, f"{field} is not a valid date-time: {value!r}")
        return None


def check_keys(where, obj, keys, what, optional_tail=()):
    if not isinstance(obj, dict):
        err(where, f"{what} is not an object")
        return False
    got = list(obj.keys())
    allowed = [keys + list(optional_tail[:n]) for n in range(len(optional_tail) + 1)]
    if got not in allowed:
        err(where, f"{what} keys {got} != documented order {keys}"
                   + (f" (+ optional {list(optional_tail)})" if optional_tail else ""))
        return False
    return True


def money(where, value, field):
    if not isinstance(value, str) or not MONEY_RE.match(value):
        err(where, f"{field} must be a 2-place decimal string, got {value!r}")
        return None
    return Decimal(value)


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    r = 31 - s % 31
    return code[17] == USCC_CHARS[0 if r == 31 else r]


def phone_ok(value):
    if value is None:
        return True
    if LANDLINE_RE.match(value):
        return True
    return len(value) == 11 and value.isdigit() and value.startswith(MOBILE_PREFIXES)


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def folded_text(req):
    parts = []
    if "request_id" in req:
        parts += [req.get("purpose") or "", req.get("memo") or "",
                  (req.get("instruction") or {}).get("text") or ""]
    else:
        parts += [req.get("notes") or "", req.get("payment_terms") or ""]
        parts += [f.get("reason", "") for f in req.get("fees_requested") or []]
    text = "".join(parts).translate(FOLD)
    return re.sub(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]", "", text)


def off_hours(ts):
    return ts.weekday() >= 5 or ts.date() in HOLIDAY or ts.hour < 8 or ts.hour >= 18


def hard_block(line, ts, text):
    """The README's expect: block list, evaluated on the line's signals and data."""
    s = set(line["signals"])
    req = line["request"]
    reasons = []
    if "safe_account_words" in s:
        reasons.append("safe/national/supervised account or fund verification")
    if s & {"account_lending_words", "in_out_match"}:
        reasons.append("lending the account / passing money through it")
    if "refund_to_other_account" in s:
        reasons.append("refund to an account other than the payer")
    if s & {"refund_words", "overpayment"} and "fake_payment_proof" in s:
        reasons.append("refund before the money has cleared")
    if "designated_supplier" in s and (
            "sales_order_linked" in s or (line["kind"] == "order" and "fake_payment_proof" in s)):
        reasons.append("paying a customer-designated supplier before the customer's money arrived")
    if (line["kind"] == "payment" and {"account_changed_recent", "first_time_payee"} <= s
            and Decimal(req["amount"]) >= Decimal("5000")):
        reasons.append("first meaningful payment to an account changed within 30 days")
    if {"boss_role", "no_approval", "balance_probe", "first_time_payee"} <= s and \
            s & {"im_instruction", "email_instruction"}:
        reasons.append("boss instruction by IM/e-mail, no approval, balance probe, new payee")
    if "personal_account" in s and (s & {"task_rebate_words", "topup_words"}
                                    or any(w in text for w in UNFREEZE_WORDS)):
        reasons.append("personal payee with task/top-up/unfreezing/capital-verification words")
    if "duplicate_invoice" in s:
        reasons.append("invoice number already paid")
    if s & {"payee_not_employee", "payee_shared_by_employees"}:
        reasons.append("salary to a non-employee or several employees to one account")
    return reasons


def validate(lines):
    seen_ids = set()
    seen_requests = set()
    tenant_order = []
    per_tenant = defaultdict(list)

    for n, line in enumerate(lines, 1):
        where = f"line {n} ({line.get('id', '?') if isinstance(line, dict) else '?'})"
        if not isinstance(line, dict):
            err(where, "not a JSON object")
            continue
        phase = line.get("phase")
        if phase not in ("history", "test"):
            err(where, f"phase {phase!r}")
            continue
        if not check_keys(where, line, LINE_KEYS_HISTORY if phase == "history" else LINE_KEYS_TEST, "line"):
            continue
        tenant = line["tenant"]
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in tenant_order:
                err(where, f"tenant {tenant} lines are not contiguous")
            tenant_order.append(tenant)
        lid = line["id"]
        if lid in seen_ids:
            err(where, f"duplicate id {lid}")
        seen_ids.add(lid)
        if not re.match(rf"^{re.escape(tenant)}-{'h' if phase == 'history' else 't'}\d{{3}}$", lid):
            err(where, f"id {lid} does not match tenant/phase")
        if line["kind"] not in ("payment", "order"):
            err(where, f"kind {line['kind']!r}")
            continue

        # labels
        label, stype, expect = line["label"], line["scam_type"], line["expect"]
        if label == "legit":
            if stype is not None or expect != "allow":
                err(where, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES:
                err(where, f"unknown scam_type {stype!r}")
            if expect not in ("flag", "block"):
                err(where, f"scam expect must be flag or block, got {expect!r}")
            if phase == "history":
                err(where, "history lines must be legit")
        else:
            err(where, f"label {label!r}")
        if phase == "history" and line.get("outcome") != "executed":
            err(where, "history outcome must be executed")

        # signals
        sig = line["signals"]
        if not isinstance(sig, list) or len(set(sig)) != len(sig):
            err(where, "signals must be a list without duplicates")
            sig = []
        for s in sig:
            if s not in VOCAB:
                err(where, f"signal {s!r} not in the README vocabulary")
        if "invalid_credit_code" in sig:
            err(where, "invalid_credit_code is not used: every credit code must be valid")
        if phase == "history" and sig:
            err(where, "history lines carry no signals")

        # notes
        note = line["note"]
        if not isinstance(note, str) or not note.endswith(".") or re.search(r"[.!?]\s", note[:-1]):
            err(where, f"note must be exactly one sentence ending in '.': {note!r}")
        elif re.search(r"[\u4e00-\u9fff]", re.sub(r"\([^)]*\)", "", note)):
            err(where, "note must be English (CJK only inside parentheses)")
        text_evidence = set(sig) & TEXT_EVIDENCE
        if phase == "history" or (label == "legit" and not sig):
            if not note.startswith("Routine: "):
                err(where, "routine line note must start with 'Routine:'")
        elif label == "legit":
            if not note.startswith("Hard negative: "):
                err(where, "legit line with signals must start with 'Hard negative:'")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(where, "scam note starts with a legit prefix")
            if not sig:
                err(where, "scam line without signals")
            if not text_evidence and not note.startswith("Structural only: "):
                err(where, "scam without text evidence must start with 'Structural only:'")
            if text_evidence and note.startswith("Structural only:"):
                err(where, f"'Structural only:' scam carries text signals {sorted(text_evidence)}")

        req = line["request"]
        if line["kind"] == "payment":
            ok = check_payment(where, req)
            key = req.get("request_id") if isinstance(req, dict) else None
        else:
            ok = check_order(where, req)
            key = req.get("record_id") if isinstance(req, dict) else None
        if (tenant, line["kind"], key) in seen_requests:
            err(where, f"duplicate request/record id {key}")
        seen_requests.add((tenant, line["kind"], key))
        if ok:
            per_tenant[tenant].append(line)

        # fictitious phone numbers anywhere in the body
        for s in strings(req):
            for run in re.findall(r"\d+", s):
                if len(run) == 11 and run.startswith("1") and not run.startswith(MOBILE_PREFIXES):
                    err(where, f"mobile-like number {run} outside 1330000/1810000/1750000xxxx")
            if "1380000" in s:
                err(where, "uses the 1380000 mobile range reserved for other corpora")

    for tenant, tl in per_tenant.items():
        check_tenant(tenant, tl)


def check_payment(where, req):
    if not check_keys(where, req, PAYMENT_KEYS, "payment request", PAYMENT_OPTIONAL_TAIL):
        return False
    ok = True
    ok &= check_keys(where, req["payer"], PAYER_KEYS, "payer")
    ok &= check_keys(where, req["payee"], PAYEE_KEYS, "payee")
    ok &= check_keys(where, req["instruction"], INSTRUCTION_KEYS, "instruction")
    ok &= check_keys(where, req["related"], RELATED_KEYS, "related")
    if "verification" in req:
        ok &= check_keys(where, req["verification"], VERIFICATION_KEYS, "verification")
    if not ok:
        return False
    for f in ("request_id",):
        if not isinstance(req[f], str) or not req[f]:
            err(where, f"{f} required")
    ts = parse_ts(where, req["submitted_at"], "submitted_at")
    if not req["payee"]["name"] or not req["payee"]["account_no"]:
        err(where, "payee.name and payee.account_no are required")
    amount = money(where, req["amount"], "amount")
    if amount is not None and amount <= 0:
        err(where, "amount must be positive")
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    for who in ("payer", "payee"):
        acc = req[who]["account_no"]
        if not isinstance(acc, str) or not ACCOUNT_RE.match(acc):
            err(where, f"{who}.account_no must have 16-19 digits: {acc!r}")
    if req["payee"]["account_type"] not in ACCOUNT_TYPES:
        err(where, f"payee.account_type {req['payee']['account_type']!r}")
    if not phone_ok(req["payee"]["phone"]):
        err(where, f"payee.phone not fictitious: {req['payee']['phone']!r}")
    ins = req["instruction"]
    if ins["channel"] not in CHANNELS:
        err(where, f"instruction.channel {ins['channel']!r}")
    if not isinstance(ins["urgent"], bool):
        err(where, "instruction.urgent must be a boolean")
    if not isinstance(req["approved_by"], list):
        err(where, "approved_by must be a list")
    elif req["requested_by"] in req["approved_by"]:
        err(where, "requester approves own request")
    if ins["channel"] == "erp" and (not req["requested_by"] or not req["approved_by"]):
        err(where, "ERP payments carry a requester and approvers")
    inv = req["related"]["invoice_no"]
    if inv is not None and not INVOICE_RE.match(inv):
        err(where, f"invoice_no must be 20 digits: {inv!r}")
    changed = req["payee_account_changed_at"]
    if changed is not None:
        c = parse_ts(where, changed, "payee_account_changed_at")
        if c and ts and c > ts:
            err(where, "payee account changed after the payment")
    if "verification" in req:
        v = req["verification"]
        if not isinstance(v["callback_done"], bool) or not phone_ok(v["callback_number"]):
            err(where, "verification callback fields")
        parse_ts(where, v["verified_at"], "verification.verified_at")
    return ts is not None and amount is not None


def check_order(where, req):
    if not check_keys(where, req, ORDER_KEYS, "order record"):
        return False
    ok = check_keys(where, req["customer"], CUSTOMER_KEYS, "customer")
    ok &= check_keys(where, req["delivery"], DELIVERY_KEYS, "delivery")
    if not ok:
        return False
    ts = parse_ts(where, req["received_at"], "received_at")
    cust = req["customer"]
    if not cust["name"]:
        err(where, "customer.name required")
    if cust["credit_code"] is not None and not uscc_ok(cust["credit_code"]):
        err(where, f"credit_code check character invalid: {cust['credit_code']}")
    if not phone_ok(cust["phone"]):
        err(where, f"customer.phone not fictitious: {cust['phone']!r}")
    total = Decimal(0)
    if not isinstance(req["items"], list) or not req["items"]:
        err(where, "items must be a non-empty list")
    for i, item in enumerate(req["items"] or []):
        if not check_keys(where, item, ITEM_KEYS, f"items[{i}]"):
            continue
        if not isinstance(item["quantity"], str) or not QTY_RE.match(item["quantity"]):
            err(where, f"items[{i}].quantity must be a decimal string")
            continue
        price = money(where, item["unit_price"], f"items[{i}].unit_price")
        if price is not None:
            total += Decimal(item["quantity"]) * price
    declared = money(where, req["total_amount"], "total_amount")
    if declared is not None and declared != total:
        err(where, f"total_amount {declared} != sum of items {total}")
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    if req["channel"] not in CHANNELS:
        err(where, f"channel {req['channel']!r}")
    if not DATE_RE.match(req["delivery"]["deadline"] or ""):
        err(where, "delivery.deadline must be YYYY-MM-DD")
    tp = req["third_party"]
    if tp is not None and check_keys(where, tp, THIRD_PARTY_KEYS, "third_party"):
        if tp["role"] not in ROLES:
            err(where, f"third_party.role {tp['role']!r}")
        money(where, tp["amount"], "third_party.amount")
        if not phone_ok(tp["contact"]):
            err(where, f"third_party.contact not fictitious: {tp['contact']!r}")
    if not isinstance(req["fees_requested"], list):
        err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(req["fees_requested"]):
            if check_keys(where, f, FEE_KEYS, f"fees_requested[{i}]"):
                money(where, f["amount"], f"fees_requested[{i}].amount")
    return ts is not None and declared is not None


def check_tenant(tenant, lines):
    """Ordering, history coherence and structural signals for one tenant."""
    def when(line):
        r = line["request"]
        return datetime.fromisoformat(r.get("submitted_at") or r.get("received_at"))

    phases = [l["phase"] for l in lines]
    if "history" in phases and "test" in phases and \
            max(i for i, p in enumerate(phases) if p == "history") > phases.index("test"):
        err(tenant, "a history line comes after a test line")
    prev = None
    for l in lines:
        t = when(l)
        if prev and t < prev:
            err(l["id"], "lines are not in chronological order within the tenant")
        prev = t

    payer = {json.dumps(l["request"]["payer"], sort_keys=True) for l in lines if l["kind"] == "payment"}
    if len(payer) > 1:
        err(tenant, "payer differs between lines")

    hist_accounts = set()
    hist_invoices = set()
    vendor_name = {}
    vendor_account = {}
    customer_name = {}
    for l in lines:
        r = l["request"]
        lid = l["id"]
        if l["kind"] == "payment":
            p = r["payee"]
            vid = p["vendor_id"]
            if vid in vendor_account and vendor_account[vid] != p["account_no"] \
                    and r["payee_account_changed_at"] is None:
                err(lid, f"vendor {vid} account differs from history but no change is recorded")
        else:
            c = r["customer"]
            cid = c["customer_id"]
            if cid is not None and cid in customer_name and customer_name[cid] != c["name"]:
                err(lid, f"customer {cid} name differs from the customer master")
        if l["phase"] == "history":
            if l["kind"] == "payment":
                hist_accounts.add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    if r["related"]["invoice_no"] in hist_invoices:
                        err(lid, "history pays the same invoice twice")
                    hist_invoices.add(r["related"]["invoice_no"])
                if r["payee"]["vendor_id"]:
                    vendor_name[r["payee"]["vendor_id"]] = r["payee"]["name"]
                    vendor_account[r["payee"]["vendor_id"]] = r["payee"]["account_no"]
            elif r["customer"]["customer_id"]:
                customer_name[r["customer"]["customer_id"]] = r["customer"]["name"]
            continue
        check_test_structure(l, when(l), hist_accounts, hist_invoices, vendor_name)


def check_test_structure(l, ts, hist_accounts, hist_invoices, vendor_name):
    s = set(l["signals"])
    r = l["request"]
    lid = l["id"]
    text = folded_text(r)

    def iff(name, fact):
        if (name in s) != bool(fact):
            err(lid, f"signal {name} {'missing' if fact else 'not supported by the data'}")

    iff("off_hours", off_hours(ts))

    if l["kind"] == "payment":
        p = r["payee"]
        ins = r["instruction"]
        iff("first_time_payee", p["account_no"] not in hist_accounts)
        iff("personal_account", p["account_type"] == "personal")
        iff("no_approval", not r["approved_by"])
        iff("im_instruction", ins["channel"] == "im")
        iff("email_instruction", ins["channel"] == "email")
        iff("phone_instruction", ins["channel"] == "phone")
        iff("letter_instruction", ins["channel"] == "letter")
        iff("sales_order_linked", r["related"]["order_id"] is not None)
        iff("duplicate_invoice", r["related"]["invoice_no"] in hist_invoices)
        vid = p["vendor_id"]
        iff("payee_name_mismatch", vid in vendor_name and vendor_name[vid] != p["name"])
        changed = r["payee_account_changed_at"]
        age = ts - datetime.fromisoformat(changed) if changed else None
        iff("account_changed_recent", age is not None and age <= timedelta(days=30))
        iff("account_changed_long_ago", age is not None and age > timedelta(days=30))
        contacts = [ins["from_contact"] or ""]
    else:
        c = r["customer"]
        iff("new_customer", c["customer_id"] is None)
        tp = r["third_party"]
        role = tp["role"] if tp else None
        if role == "designated_supplier" and "designated_supplier" not in s:
            err(lid, "designated third party without designated_supplier signal")
        if role == "refund_recipient" and "refund_to_other_account" not in s:
            err(lid, "refund recipient without refund_to_other_account signal")
        if role == "pass_through_payee" and not s & {"account_lending_words", "in_out_match"}:
            err(lid, "pass-through payee without a lending signal")
        if r["fees_requested"] and not s & {"fee_asked_of_seller", "deposit_words", "fee_words"}:
            err(lid, "fees requested without a fee/deposit signal")
        if "contact_im_only" in s and not (c["im_id"] and not c["email"]):
            err(lid, "contact_im_only but the customer has e-mail or no IM id")
        if "small_then_large" in s and c["customer_id"] is None:
            err(lid, "small_then_large needs an earlier order from the same customer")
        if "lookalike_company" in s and c["customer_id"] is not None:
            err(lid, "a look-alike company cannot carry an established customer id")
        contacts = [c["email"] or ""]
    iff("free_mail", any(x.lower().endswith(FREE_MAIL) for x in contacts))

    # literal block-list words must be labelled, and never sit on a legit line
    if any(w in text for w in SAFE_WORDS) and "safe_account_words" not in s:
        err(lid, "safe-account words in the text without safe_account_words")
    if any(w in text for w in LENDING_WORDS) and "account_lending_words" not in s:
        err(lid, "account-lending words in the text without account_lending_words")

    reasons = hard_block(l, ts, text)
    if l["label"] == "legit" and reasons:
        err(lid, f"legit line carries a hard-block signal: {reasons}")
    if l["label"] == "scam":
        if reasons and l["expect"] != "block":
            err(lid, f"expect must be block ({reasons[0]})")
        if not reasons and l["expect"] == "block":
            err(lid, "expect block but no README block-list condition applies")
        if l["scam_type"] in ("account_lending", "overpayment_refund") and l["expect"] != "block":
            err(lid, f"{l['scam_type']} scams pass money through or refund elsewhere: block")


def summary(lines):
    out = []
    tenants = Counter((l["tenant"], l["phase"]) for l in lines)
    for t in dict.fromkeys(l["tenant"] for l in lines):
        out.append(f"  {t}: history {tenants[(t, 'history')]}, test {tenants[(t, 'test')]}")
    test = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    out.append(f"  test lines {len(test)}: scams {len(scams)} ({100 * len(scams) / len(test):.0f} %), "
               f"legit {len(legit)} (routine {sum(not l['signals'] for l in legit)}, "
               f"hard negatives {sum(bool(l['signals']) for l in legit)})")
    out.append(f"  expect: block {sum(l['expect'] == 'block' for l in scams)}, "
               f"flag {sum(l['expect'] == 'flag' for l in scams)}; "
               f"structural only {sum(l['note'].startswith('Structural only:') for l in scams)}")
    kinds = Counter((l["kind"], l["label"]) for l in test)
    out.append("  test kinds: " + ", ".join(f"{k}/{lab} {n}" for (k, lab), n in sorted(kinds.items())))
    per_type = Counter(l["scam_type"] for l in scams)
    blocks = Counter(l["scam_type"] for l in scams if l["expect"] == "block")
    for st in sorted(SCAM_TYPES):
        out.append(f"    {st:24s} {per_type[st]} (block {blocks[st]})")
    nsig = Counter(len(l["signals"]) for l in scams)
    out.append("  scam signal counts: " + ", ".join(f"{k}:{v}" for k, v in sorted(nsig.items())))
    ev = Counter(s for l in test for s in l["signals"] if s.startswith("evasion_"))
    out.append("  evasion spellings: " + ", ".join(f"{k} {v}" for k, v in sorted(ev.items())))
    return "\n".join(out)


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else PATH
    lines = []
    with path.open(encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.endswith("\n") or raw.strip() == "":
                err(f"line {n}", "blank line or missing newline")
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"invalid JSON: {e}")
    validate(lines)
    per_type = Counter(l.get("scam_type") for l in lines
                       if isinstance(l, dict) and l.get("phase") == "test" and l.get("label") == "scam")
    for st in SCAM_TYPES:
        if per_type[st] < 2:
            err("corpus", f"fewer than two {st} scams")
    if errors:
        print(f"{path.name}: {len(errors)} violation(s)")
        for e in errors:
            print("  " + e)
        return 1
    print(f"{path.name}: OK, {len(lines)} lines")
    print(summary(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
