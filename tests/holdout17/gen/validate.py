#!/usr/bin/env python3
"""Validate tests/holdout17/holdout17.jsonl against the corpus format rules
(/work/shared/corpus/README.md and the wire contract in /work/shared/PRODUCT.md).

Exits 1 and lists every violation if anything is wrong; prints a summary otherwise.
Python 3.11 standard library only.
"""

import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "holdout17.jsonl")

ERRORS = []


def err(lid, msg):
    ERRORS.append(f"{lid}: {msg}")


# ---------------------------------------------------------------------------
# Format constants (from the README and the wire contract)
# ---------------------------------------------------------------------------

LINE_KEYS_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]

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
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
CURRENCIES = {"CNY", "USD", "EUR"}

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

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1[679]20000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
FOREIGN_RE = re.compile(r"^\+\d{1,3}(-\d{1,4})?-0000\d{3,4}$")
CN_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

# Off-hours for these (eastern-China office) tenants: before 08:00, after 18:30,
# weekends, and 2026 public holidays in the corpus window.
HOLIDAYS = {dt.date(2026, 4, 4), dt.date(2026, 4, 5), dt.date(2026, 4, 6),
            dt.date(2026, 5, 1), dt.date(2026, 5, 2), dt.date(2026, 5, 3), dt.date(2026, 5, 4), dt.date(2026, 5, 5),
            dt.date(2026, 6, 19), dt.date(2026, 6, 20), dt.date(2026, 6, 21)}

# Hard-block wording (README block list), checked on a normalised compact view.
T2S = str.maketrans({"監": "监", "帳": "账", "賬": "账", "戶": "户", "資": "资", "國": "国", "會": "会",
                     "過": "过", "驗": "验", "凍": "冻", "轉": "转", "對": "对", "務": "务"})
SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查"]
LENDING_WORDS = ["走账", "走一下账", "过账", "过一下账", "借用贵司对公账户", "借用公户", "借用对公账户", "借你们的户", "刷流水"]
PERSONAL_BLOCK_WORDS = ["任务", "返利", "返佣", "返力", "刷单", "唰单", "充值", "解冻", "验资"]
MEANINGFUL_AMOUNT = Decimal("10000")


def compact(s):
    s = unicodedata.normalize("NFKC", s or "").translate(T2S)
    return re.sub(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]", "", s)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    r = 31 - sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W)) % 31
    if code[17] != USCC_CHARS[0 if r == 31 else r]:
        return False
    org = code[8:17]
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(v(c) * wi for c, wi in zip(org[:8], w)) % 11
    return org[8] == {10: "X", 11: "0"}.get(r, str(r))


def parse_ts(lid, field, s):
    if not isinstance(s, str) or not TS_RE.match(s):
        err(lid, f"{field} not RFC 3339 +08:00: {s!r}")
        return None
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        err(lid, f"{field} invalid timestamp {s!r}")
        return None


def off_hours(t):
    if t.date() in HOLIDAYS or t.weekday() >= 5:
        return True
    minutes = t.hour * 60 + t.minute
    return minutes < 8 * 60 or minutes > 18 * 60 + 30


def money(lid, field, v):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(lid, f"{field} not a 2-place decimal string: {v!r}")
        return None
    d = Decimal(v)
    if d <= 0:
        err(lid, f"{field} not positive: {v}")
    return d


def keys(lid, where, obj, expected, optional_tail=()):
    if not isinstance(obj, dict):
        err(lid, f"{where} is not an object")
        return False
    ks = list(obj.keys())
    ok = ks == expected or any(ks == expected + list(optional_tail[:i + 1]) for i in range(len(optional_tail)))
    if not ok:
        err(lid, f"{where} keys/order {ks} != {expected}")
    return ok


def phone_ok(p):
    return bool(MOBILE_RE.match(p) or LANDLINE_RE.match(p) or FOREIGN_RE.match(p))


def check_phone(lid, field, p, allow_null=True):
    if p is None:
        if not allow_null:
            err(lid, f"{field} missing")
        return
    if not isinstance(p, str) or not phone_ok(p):
        err(lid, f"{field} not a fictitious phone pattern: {p!r}")


def texts_of(rec):
    q = rec["request"]
    if rec["kind"] == "payment":
        return [q.get("purpose"), q.get("memo"), (q.get("instruction") or {}).get("text")]
    return [q.get("notes"), q.get("payment_terms")] + [i.get("product") for i in q.get("items", [])]


# ---------------------------------------------------------------------------

def main():
    try:
        raw = open(PATH, encoding="utf-8").read()
    except OSError as e:
        print(f"cannot read {PATH}: {e}")
        return 1
    if not raw.endswith("\n"):
        err("file", "does not end with a newline")
    recs = []
    for n, line in enumerate(raw.split("\n")[:-1], 1):
        if not line.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
    if not recs:
        err("file", "no records")

    ids = set()
    req_ids = set()
    tenant_order = []
    state = {}  # per tenant
    summary = collections.Counter()

    for rec in recs:
        lid = rec.get("id", "?")
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        phase = rec.get("phase")
        if phase not in ("history", "test"):
            err(lid, f"bad phase {phase!r}")
            continue
        keys(lid, "line", rec, LINE_KEYS_HIST if phase == "history" else LINE_KEYS_TEST)
        tenant = rec.get("tenant")
        if not isinstance(tenant, str) or not re.match(r"^[a-z]+$", tenant):
            err(lid, f"bad tenant {tenant!r}")
            continue
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in tenant_order:
                err(lid, f"tenant {tenant} lines are not contiguous")
            tenant_order.append(tenant)
            state[tenant] = {"seen_test": False, "last": None, "nh": 0, "nt": 0,
                             "hist_accounts": set(), "hist_invoices": set()}
        st = state[tenant]

        # id format and numbering
        if phase == "history":
            st["nh"] += 1
            want = f"{tenant}-h{st['nh']:03d}"
            if st["seen_test"]:
                err(lid, "history line after a test line")
        else:
            st["nt"] += 1
            want = f"{tenant}-t{st['nt']:03d}"
            st["seen_test"] = True
        if lid != want:
            err(lid, f"id should be {want}")

        kind = rec.get("kind")
        label = rec.get("label")
        scam_type = rec.get("scam_type")
        expect = rec.get("expect")
        signals = rec.get("signals")
        note = rec.get("note")
        q = rec.get("request")

        # labels / expect / outcome
        if kind not in ("payment", "order"):
            err(lid, f"bad kind {kind!r}")
            continue
        if label == "legit":
            if scam_type is not None:
                err(lid, "legit line with a scam_type")
            if expect != "allow":
                err(lid, "legit line must expect allow")
        elif label == "scam":
            if scam_type not in SCAM_TYPES:
                err(lid, f"bad scam_type {scam_type!r}")
            if expect not in ("flag", "block"):
                err(lid, "scam line must expect flag or block")
            if phase == "history":
                err(lid, "scam line in history")
        else:
            err(lid, f"bad label {label!r}")
        if phase == "history" and rec.get("outcome") != "executed":
            err(lid, "history outcome must be executed")

        # signals
        if not isinstance(signals, list) or len(set(signals)) != len(signals):
            err(lid, "signals must be a list without duplicates")
            signals = []
        for s in signals:
            if s not in SIGNALS:
                err(lid, f"signal not in README vocabulary: {s}")
        sig = set(signals)
        if phase == "history" and signals:
            err(lid, "history lines carry no signals")

        # note
        if not isinstance(note, str) or not note.strip():
            err(lid, "missing note")
            note = ""
        if CJK_RE.search(note):
            err(lid, "note must be English")
        if not note.endswith("."):
            err(lid, "note must be one sentence ending with a full stop")
        if re.search(r"[.!?]\s+[A-Z]", note[:-1]):
            err(lid, "note looks like more than one sentence")
        if phase == "history" and not note.startswith("Routine: "):
            err(lid, "history note must start with 'Routine:'")
        if phase == "test" and label == "legit":
            if not signals and not note.startswith("Routine: "):
                err(lid, "routine legit line (no signals) must start with 'Routine:'")
            if signals and not note.startswith("Hard negative: "):
                err(lid, "legit line with scam-like signals must start with 'Hard negative:'")
        if label == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
            err(lid, "scam note starts with a legit prefix")

        if not isinstance(q, dict):
            err(lid, "request is not an object")
            continue

        # ---------------- payment -----------------
        if kind == "payment":
            keys(lid, "request", q, PAY_KEYS, PAY_OPTIONAL_TAIL)
            rid = q.get("request_id")
            if not rid or (tenant, kind, rid) in req_ids:
                err(lid, f"missing or duplicate request_id {rid!r}")
            req_ids.add((tenant, kind, rid))
            t = parse_ts(lid, "submitted_at", q.get("submitted_at"))
            payer, payee = q.get("payer") or {}, q.get("payee") or {}
            keys(lid, "payer", payer, PAYER_KEYS)
            keys(lid, "payee", payee, PAYEE_KEYS)
            for who, a in (("payer", payer.get("account_no")), ("payee", payee.get("account_no"))):
                if not isinstance(a, str) or not ACCT_RE.match(a):
                    err(lid, f"{who}.account_no must be 16-19 digits: {a!r}")
            if not payee.get("name"):
                err(lid, "payee.name required")
            if payee.get("account_type") not in ACCOUNT_TYPES:
                err(lid, f"bad account_type {payee.get('account_type')!r}")
            check_phone(lid, "payee.phone", payee.get("phone"))
            amount = money(lid, "amount", q.get("amount"))
            if q.get("currency") not in CURRENCIES:
                err(lid, f"unexpected currency {q.get('currency')!r}")
            ins = q.get("instruction") or {}
            keys(lid, "instruction", ins, INSTR_KEYS)
            channel = ins.get("channel")
            if channel not in CHANNELS:
                err(lid, f"bad instruction.channel {channel!r}")
            if not isinstance(ins.get("urgent"), bool):
                err(lid, "instruction.urgent must be boolean")
            req = q.get("requested_by")
            appr = q.get("approved_by")
            if not isinstance(appr, list) or len(set(appr)) != len(appr):
                err(lid, "approved_by must be a list without duplicates")
                appr = []
            if req in appr:
                err(lid, "requester approves own request")
            if channel == "erp" and (not req or not appr):
                err(lid, "ERP payment needs requested_by and approvers")
            rel = q.get("related") or {}
            keys(lid, "related", rel, RELATED_KEYS)
            changed = q.get("payee_account_changed_at")
            ct = parse_ts(lid, "payee_account_changed_at", changed) if changed is not None else None
            if ct and not payee.get("vendor_id"):
                err(lid, "account change recorded for a payee without vendor_id")
            v = q.get("verification")
            if v is not None:
                keys(lid, "verification", v, VERIF_KEYS)
                check_phone(lid, "verification.callback_number", v.get("callback_number"), allow_null=False)
                vt = parse_ts(lid, "verification.verified_at", v.get("verified_at"))
                if vt and t and vt > t:
                    err(lid, "verification after submission")

            first_time = payee.get("account_no") not in st["hist_accounts"]
            recent = bool(ct and t and dt.timedelta(0) <= t - ct <= dt.timedelta(days=30))
            inv = rel.get("invoice_no")
            dup = bool(inv) and inv in st["hist_invoices"]

            # signals that the data determines
            def agree(name, fact):
                if phase == "test" and (name in sig) != fact:
                    err(lid, f"signal {name} {'missing' if fact else 'not supported by the data'}")
            agree("first_time_payee", first_time)
            agree("account_changed_recent", recent)
            agree("personal_account", payee.get("account_type") == "personal")
            agree("no_approval", not appr)
            agree("duplicate_invoice", dup)
            if t:
                agree("off_hours", off_hours(t))
            if "account_changed_long_ago" in sig and not (ct and t and t - ct > dt.timedelta(days=90)):
                err(lid, "account_changed_long_ago needs a change more than 90 days old")

            if label == "legit" and phase == "test" and recent and first_time:
                if not (v and v.get("callback_done") is True and v.get("callback_number") == payee.get("phone")):
                    err(lid, "legit first payment to a recently changed account needs a call-back to the number on file")

            # README hard-block list, payment side
            reasons = []
            ctext = compact(" ".join(x or "" for x in texts_of(rec)))
            if any(w in ctext for w in SAFE_WORDS) or "safe_account_words" in sig:
                reasons.append("safe/supervised account or fund verification")
            if any(w in ctext for w in LENDING_WORDS) or "account_lending_words" in sig:
                reasons.append("lending / passing money through the account")
            if "refund_to_other_account" in sig or ({"refund_words", "fake_payment_proof"} <= sig):
                reasons.append("refund to another account or before the money cleared")
            if "designated_supplier" in sig:
                reasons.append("paying a customer-designated supplier before the customer's money")
            if recent and first_time and payee.get("vendor_id") and amount is not None and amount >= MEANINGFUL_AMOUNT:
                reasons.append("first meaningful payment to an account changed within 30 days")
            if channel in ("im", "email") and not appr and "balance_probe" in sig and first_time:
                reasons.append("boss instruction, no approval, balance probe, first-time payee")
            if payee.get("account_type") == "personal" and (
                    {"task_rebate_words", "topup_words"} & sig or any(w in ctext for w in PERSONAL_BLOCK_WORDS)):
                reasons.append("personal payee with task/top-up/rebate/unfreeze/verification words")
            if dup:
                reasons.append("invoice number already paid")
            if {"payee_not_employee", "payee_shared_by_employees"} & sig:
                reasons.append("salary to a non-employee or shared account")
            if any(w in ctext for w in SAFE_WORDS) and "safe_account_words" not in sig:
                err(lid, "text has safe-account words but no safe_account_words signal")
            if any(w in ctext for w in LENDING_WORDS) and "account_lending_words" not in sig:
                err(lid, "text has account-lending words but no account_lending_words signal")

            if phase == "history":
                st["hist_accounts"].add(payee.get("account_no"))
                if inv:
                    st["hist_invoices"].add(inv)

        # ---------------- order -----------------
        else:
            keys(lid, "request", q, ORDER_KEYS)
            rid = q.get("record_id")
            if not rid or (tenant, kind, rid) in req_ids:
                err(lid, f"missing or duplicate record_id {rid!r}")
            req_ids.add((tenant, kind, rid))
            t = parse_ts(lid, "received_at", q.get("received_at"))
            c = q.get("customer") or {}
            keys(lid, "customer", c, CUST_KEYS)
            if not c.get("name"):
                err(lid, "customer.name required")
            if c.get("credit_code") is not None and not uscc_ok(c["credit_code"]):
                err(lid, f"invalid unified social credit code {c.get('credit_code')!r}")
            check_phone(lid, "customer.phone", c.get("phone"))
            items = q.get("items")
            total = Decimal("0")
            if not isinstance(items, list) or not items:
                err(lid, "items must be a non-empty list")
                items = []
            for i, it in enumerate(items):
                keys(lid, f"items[{i}]", it, ITEM_KEYS)
                qty = it.get("quantity")
                if not isinstance(qty, str) or not QTY_RE.match(qty):
                    err(lid, f"items[{i}].quantity not a decimal string: {qty!r}")
                    continue
                p = money(lid, f"items[{i}].unit_price", it.get("unit_price"))
                if p is not None:
                    total += Decimal(qty) * p
            ta = money(lid, "total_amount", q.get("total_amount"))
            if ta is not None and ta != total:
                err(lid, f"total_amount {ta} != sum of items {total}")
            if q.get("currency") not in CURRENCIES:
                err(lid, f"unexpected currency {q.get('currency')!r}")
            if q.get("channel") not in CHANNELS:
                err(lid, f"bad order channel {q.get('channel')!r}")
            d = q.get("delivery") or {}
            keys(lid, "delivery", d, DELIV_KEYS)
            dl = d.get("deadline")
            if not isinstance(dl, str) or not DATE_RE.match(dl):
                err(lid, f"bad delivery.deadline {dl!r}")
            elif t and dt.date.fromisoformat(dl) < t.date():
                err(lid, "delivery deadline before the order")
            tpo = q.get("third_party")
            if tpo is not None:
                keys(lid, "third_party", tpo, TP_KEYS)
                if tpo.get("role") not in TP_ROLES:
                    err(lid, f"bad third_party.role {tpo.get('role')!r}")
                money(lid, "third_party.amount", tpo.get("amount"))
                contact = tpo.get("contact") or ""
                if re.search(r"\d{5,}", contact) and not phone_ok(contact):
                    err(lid, f"third_party.contact phone not fictitious pattern: {contact!r}")
            fees = q.get("fees_requested")
            if not isinstance(fees, list):
                err(lid, "fees_requested must be a list")
                fees = []
            for i, f in enumerate(fees):
                keys(lid, f"fees_requested[{i}]", f, FEE_KEYS)
                money(lid, f"fees_requested[{i}].amount", f.get("amount"))
            if phase == "history" and c.get("customer_id") is None:
                err(lid, "history orders come from established customers")
            if phase == "test" and ("new_customer" in sig) != (c.get("customer_id") is None):
                err(lid, "new_customer signal must match customer_id null")
            if t and phase == "test" and ("off_hours" in sig) != off_hours(t):
                err(lid, "off_hours signal does not match the timestamp")
            reasons = []
            ctext = compact(" ".join(x or "" for x in texts_of(rec)))
            if any(w in ctext for w in LENDING_WORDS) or "account_lending_words" in sig or (tpo or {}).get("role") == "pass_through_payee":
                reasons.append("lending / passing money through the account")
            if "refund_to_other_account" in sig or (tpo or {}).get("role") == "refund_recipient":
                reasons.append("refund to another account")
            if ("designated_supplier" in sig or (tpo or {}).get("role") == "designated_supplier") and "fake_payment_proof" in sig:
                reasons.append("designated supplier to be paid first, backed only by a screenshot")
            if any(w in ctext for w in SAFE_WORDS):
                reasons.append("safe/supervised account words")
            if any(w in ctext for w in LENDING_WORDS) and "account_lending_words" not in sig:
                err(lid, "text has account-lending words but no account_lending_words signal")

        # timing within the tenant
        if t:
            if st["last"] and t < st["last"]:
                err(lid, "lines of a tenant are not in chronological order")
            st["last"] = t
            if phase == "history" and off_hours(t):
                err(lid, "history line outside office hours")

        # mobiles inside free text must be the fictitious series
        for txt in texts_of(rec) + [json.dumps(q, ensure_ascii=False)]:
            for m in CN_MOBILE_IN_TEXT.findall(txt or ""):
                if not MOBILE_RE.match(m):
                    err(lid, f"non-fictitious mobile number in text: {m}")

        # expect: block exactly where the README block list applies
        if label == "scam":
            if reasons and expect != "block":
                err(lid, f"block-list condition present ({'; '.join(reasons)}) but expect is {expect}")
            if not reasons and expect == "block":
                err(lid, "expect block without any README block-list condition")

        summary[(tenant, phase)] += 1
        if phase == "test":
            summary[("kind", kind)] += 1
            summary[("label", label)] += 1
            if label == "scam":
                summary[("type", scam_type)] += 1
                summary[("expect", expect)] += 1
                if note.startswith("Structural only:"):
                    summary[("structural",)] += 1
            else:
                summary[("legit", "hard" if signals else "routine")] += 1
            summary[(tenant, "test", label)] += 1
        else:
            summary[("hist_kind", kind)] += 1

    # corpus-level checks
    for st_t in SCAM_TYPES:
        if summary[("type", st_t)] < 2:
            err("corpus", f"fewer than two test lines of scam type {st_t}")
    for tenant in tenant_order:
        if summary[(tenant, "history")] == 0 or summary[(tenant, "test")] == 0:
            err("corpus", f"tenant {tenant} lacks history or test lines")

    # history must precede test in time as well as in order, per tenant
    by_t = collections.defaultdict(lambda: {"h": None, "t": None})
    for rec in recs:
        q = rec.get("request") or {}
        s = q.get("submitted_at") or q.get("received_at")
        if not s or not TS_RE.match(s):
            continue
        tt = dt.datetime.fromisoformat(s)
        b = by_t[rec.get("tenant")]
        if rec.get("phase") == "history":
            b["h"] = max(b["h"], tt) if b["h"] else tt
        else:
            b["t"] = min(b["t"], tt) if b["t"] else tt
    for tenant, b in by_t.items():
        if b["h"] and b["t"] and b["h"] >= b["t"]:
            err("corpus", f"tenant {tenant}: a history line is not earlier than every test line")

    if ERRORS:
        print(f"FAIL: {len(ERRORS)} violation(s)")
        for e in ERRORS:
            print("  " + e)
        return 1

    print(f"OK: {len(recs)} lines, {len(tenant_order)} tenants ({', '.join(tenant_order)})")
    for tenant in tenant_order:
        print(f"  {tenant}: history {summary[(tenant, 'history')]}, test {summary[(tenant, 'test')]} "
              f"(scam {summary[(tenant, 'test', 'scam')]}, legit {summary[(tenant, 'test', 'legit')]})")
    print(f"  test kinds: payment {summary[('kind', 'payment')]}, order {summary[('kind', 'order')]}; "
          f"history kinds: payment {summary[('hist_kind', 'payment')]}, order {summary[('hist_kind', 'order')]}")
    print(f"  test labels: scam {summary[('label', 'scam')]}, legit {summary[('label', 'legit')]} "
          f"(hard negatives {summary[('legit', 'hard')]}, routine {summary[('legit', 'routine')]})")
    print(f"  expect: block {summary[('expect', 'block')]}, flag {summary[('expect', 'flag')]}; "
          f"structural-only scams {summary[('structural',)]}")
    for st_t in sorted(SCAM_TYPES):
        print(f"    {st_t}: {summary[('type', st_t)]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
