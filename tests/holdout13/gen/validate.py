#!/usr/bin/env python3
"""Check tests/holdout13/holdout13.jsonl against the corpus format rules.

Python 3.11 standard library only. Prints every violation found and exits 1 if
there is any, else prints a summary of counts and exits 0.

Usage: python3 gen/validate.py [path/to/file.jsonl]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "holdout13.jsonl"

LINE_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
                     "signals", "note", "request"]
LINE_KEYS_TEST = [k for k in LINE_KEYS_HISTORY if k != "outcome"]

PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
                "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
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
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
THIRD_PARTY_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

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

# README "expect: block" list, as signal groups. A block line must satisfy at least one
# group; a flagged scam must satisfy none (otherwise it should have been a block).
def block_groups(sig: set, req: dict, kind: str) -> list[str]:
    hit = []
    if "safe_account_words" in sig:
        hit.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in sig:
        hit.append("lending the company account / pass-through")
    if "refund_to_other_account" in sig or ({"refund_words", "fake_payment_proof"} <= sig):
        hit.append("refund to another account or before clearing")
    if "designated_supplier" in sig and ("fake_payment_proof" in sig) and (
            kind == "order" or "sales_order_linked" in sig):
        hit.append("customer-designated supplier paid before the customer's money")
    if kind == "payment" and {"account_changed_recent", "first_time_payee"} <= sig \
            and Decimal(req["amount"]) >= Decimal("10000"):
        hit.append("first meaningful payment to an account changed within 30 days")
    if {"boss_role", "balance_probe", "first_time_payee", "no_approval"} <= sig:
        hit.append("boss instruction + balance probe + first-time payee, no approval")
    if "personal_account" in sig and sig & {"task_rebate_words", "topup_words", "loan_fee_words"}:
        hit.append("personal payee with task/top-up/rebate/unfreeze/capital-verification words")
    if "duplicate_invoice" in sig:
        hit.append("invoice already paid")
    if sig & {"payee_not_employee", "payee_shared_by_employees"}:
        hit.append("salary to a non-employee or shared account")
    return hit


AMOUNT_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1(76|53|45)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ANY_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
ID_RE = re.compile(r"^(?P<tenant>[a-z]+)-(?P<letter>[ht])(?P<n>\d{3})$")

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Office hours of all three tenants: Mon-Fri 08:30-18:00 Beijing time, outside
# the 2026 public holidays that fall in the corpus window.
HOLIDAYS = {dt.date(2026, 4, 4), dt.date(2026, 4, 5), dt.date(2026, 4, 6)} \
    | {dt.date(2026, 5, d) for d in range(1, 6)} | {dt.date(2026, 6, d) for d in (19, 20, 21)}


def off_hours(ts: str) -> bool:
    t = dt.datetime.fromisoformat(ts)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    minutes = t.hour * 60 + t.minute
    return minutes < 8 * 60 + 30 or minutes >= 18 * 60


def uscc_ok(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_ALPHABET for c in code):
        return False
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - total % 31) % 31] == code[17]


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.where = ""

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.where}: {msg}")

    def keys(self, obj, expected, what, optional_tail=()):
        if not isinstance(obj, dict):
            self.err(f"{what} is not an object")
            return False
        got = list(obj.keys())
        allowed = [expected + list(optional_tail[:i]) for i in range(len(optional_tail) + 1)]
        if got not in allowed:
            self.err(f"{what} keys {got} != {expected}" + (f" (+ optional {list(optional_tail)})"
                                                            if optional_tail else ""))
            return False
        return True

    def amount(self, value, what):
        if not isinstance(value, str) or not AMOUNT_RE.match(value):
            self.err(f"{what} {value!r} is not a 2-place decimal string")
            return None
        if Decimal(value) <= 0:
            self.err(f"{what} {value!r} is not positive")
        return Decimal(value)

    def ts(self, value, what):
        if not isinstance(value, str) or not TS_RE.match(value):
            self.err(f"{what} {value!r} is not RFC 3339 with +08:00")
            return None
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            self.err(f"{what} {value!r} is not a valid timestamp")
            return None

    def account(self, value, what):
        if not isinstance(value, str) or not ACCOUNT_RE.match(value):
            self.err(f"{what} {value!r} is not a 16-19 digit account number")

    def phone(self, value, what):
        if value is None:
            return
        if not isinstance(value, str) or not (MOBILE_RE.match(value) or LANDLINE_RE.match(value)):
            self.err(f"{what} {value!r} is neither a 1760000/1530000/1450000xxxx mobile nor area-0000xxx")

    def texts_mobiles(self, obj, path="request"):
        """Every 11-digit number starting with 1, anywhere in the body, must be a fictitious mobile."""
        if isinstance(obj, dict):
            for k, v in obj.items():
                self.texts_mobiles(v, f"{path}.{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                self.texts_mobiles(v, f"{path}[{i}]")
        elif isinstance(obj, str):
            for m in ANY_MOBILE_IN_TEXT.findall(obj):
                if not MOBILE_RE.match(m):
                    self.err(f"{path} contains a mobile number {m} outside the fictitious ranges")


def main(path: Path) -> int:
    c = Checker()
    raw_lines = path.read_text(encoding="utf-8").split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    else:
        c.where = str(path)
        c.err("file does not end with a newline")

    ids: set = set()
    request_ids: set = set()
    tenant_order: list[str] = []
    per_tenant = defaultdict(list)
    parsed = []

    for no, raw in enumerate(raw_lines, 1):
        c.where = f"line {no}"
        if not raw.strip():
            c.err("blank line")
            continue
        try:
            line = json.loads(raw)
        except json.JSONDecodeError as e:
            c.err(f"invalid JSON: {e}")
            continue
        parsed.append((no, line))
        c.where = f"line {no} ({line.get('id')})"

        # --- line envelope ---------------------------------------------------
        phase = line.get("phase")
        if phase == "history":
            c.keys(line, LINE_KEYS_HISTORY, "line")
        elif phase == "test":
            c.keys(line, LINE_KEYS_TEST, "line")
        else:
            c.err(f"phase {phase!r} is not history/test")
            continue

        lid = line.get("id")
        m = ID_RE.match(lid or "")
        if not m:
            c.err(f"id {lid!r} does not look like tenant-h001 / tenant-t001")
        elif m["tenant"] != line.get("tenant") or (m["letter"] == "h") != (phase == "history"):
            c.err(f"id {lid!r} does not match tenant/phase")
        if lid in ids:
            c.err(f"duplicate id {lid!r}")
        ids.add(lid)

        tenant = line.get("tenant")
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in tenant_order:
                c.err(f"tenant {tenant!r} lines are not contiguous")
            tenant_order.append(tenant)
        per_tenant[tenant].append((no, line))

        kind, label, scam_type, expect = line.get("kind"), line.get("label"), line.get("scam_type"), line.get("expect")
        if kind not in ("payment", "order"):
            c.err(f"kind {kind!r}")
        if label == "legit":
            if scam_type is not None:
                c.err("legit line with a scam_type")
            if expect != "allow":
                c.err("legit line must expect allow")
        elif label == "scam":
            if scam_type not in SCAM_TYPES:
                c.err(f"scam_type {scam_type!r} not in the README list")
            if expect not in ("flag", "block"):
                c.err("scam line must expect flag or block")
            if phase != "test":
                c.err("scam line in history")
        else:
            c.err(f"label {label!r}")
        if phase == "history":
            if line.get("outcome") != "executed":
                c.err("history outcome must be 'executed'")
            if label != "legit":
                c.err("history line must be legit")

        signals = line.get("signals")
        if not isinstance(signals, list) or not all(isinstance(s, str) for s in signals):
            c.err("signals must be a list of strings")
            signals = []
        for s in signals:
            if s not in SIGNALS:
                c.err(f"signal {s!r} not in the README vocabulary")
        if len(set(signals)) != len(signals):
            c.err("duplicate signals")
        sig = set(signals)

        note = line.get("note")
        if not isinstance(note, str) or not note.strip():
            c.err("note missing")
            note = ""
        else:
            if not note.endswith("."):
                c.err("note should be one sentence ending with a full stop")
            if re.search(r"[.!?] [A-Z]", note[:-1]):
                c.err("note looks like more than one sentence")
            if re.search(r"[\u4e00-\u9fff]", note) and not re.search(r"\(.*[\u4e00-\u9fff].*\)|'.*[\u4e00-\u9fff].*'", note):
                c.err("note should be in English (Chinese only inside quotes or brackets)")
        prefixes = ("Routine:", "Hard negative:", "Structural only:")
        if phase == "history":
            if note.startswith(prefixes):
                c.err("history notes carry no Routine/Hard negative/Structural prefix")
        elif label == "legit":
            if signals and not note.startswith("Hard negative: "):
                c.err("legit test line with signals must be a 'Hard negative:'")
            if not signals and not note.startswith("Routine: "):
                c.err("legit test line without signals must be 'Routine:'")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                c.err("scam note must not start with Routine:/Hard negative:")
            if not signals:
                c.err("scam line without signals")

        req = line.get("request")
        if not isinstance(req, dict):
            c.err("request is not an object")
            continue
        c.texts_mobiles(req)

        # --- payment body ----------------------------------------------------
        if kind == "payment":
            if not c.keys(req, PAYMENT_KEYS, "payment", PAYMENT_OPTIONAL_TAIL):
                continue
            rid = req["request_id"]
            when = c.ts(req["submitted_at"], "submitted_at")
            c.keys(req["payer"], PAYER_KEYS, "payer")
            c.account(req["payer"].get("account_no"), "payer.account_no")
            p = req["payee"]
            if c.keys(p, PAYEE_KEYS, "payee"):
                if not p["name"]:
                    c.err("payee.name is required")
                c.account(p["account_no"], "payee.account_no")
                if p["account_type"] not in ACCOUNT_TYPES:
                    c.err(f"payee.account_type {p['account_type']!r}")
                c.phone(p["phone"], "payee.phone")
            c.amount(req["amount"], "amount")
            if req["currency"] != "CNY":
                c.err("currency must be CNY")
            ins = req["instruction"]
            if c.keys(ins, INSTRUCTION_KEYS, "instruction"):
                if ins["channel"] not in CHANNELS:
                    c.err(f"instruction.channel {ins['channel']!r}")
                if not isinstance(ins["urgent"], bool):
                    c.err("instruction.urgent must be a boolean")
                if ins["channel"] == "erp" and ins["from_contact"] is not None:
                    c.err("ERP instruction has a from_contact")
            appr = req["approved_by"]
            if not isinstance(appr, list):
                c.err("approved_by must be a list")
                appr = []
            if req["requested_by"] in appr:
                c.err("requester approves own request")
            if len(set(appr)) != len(appr):
                c.err("duplicate approver")
            c.keys(req["related"], RELATED_KEYS, "related")
            changed = req["payee_account_changed_at"]
            changed_t = c.ts(changed, "payee_account_changed_at") if changed is not None else None
            if changed_t and when and changed_t > when:
                c.err("payee_account_changed_at is after submitted_at")
            if "verification" in req:
                v = req["verification"]
                if c.keys(v, VERIFICATION_KEYS, "verification"):
                    vt = c.ts(v["verified_at"], "verification.verified_at")
                    if vt and when and vt > when:
                        c.err("verification after submission")
                    c.phone(v["callback_number"], "verification.callback_number")
            # signal <-> structure consistency (payments)
            if "no_approval" in sig and appr:
                c.err("no_approval but approved_by is not empty")
            for s, ch in (("im_instruction", "im"), ("email_instruction", "email"), ("phone_instruction", "phone")):
                if s in sig and ins.get("channel") != ch:
                    c.err(f"{s} but instruction.channel is {ins.get('channel')!r}")
            if "personal_account" in sig and p.get("account_type") != "personal":
                c.err("personal_account but payee is not personal")
            if "sales_order_linked" in sig and not req["related"].get("order_id"):
                c.err("sales_order_linked without related.order_id")
            if changed_t and when:
                age = when - changed_t
                if "account_changed_recent" in sig and age > dt.timedelta(days=30):
                    c.err("account_changed_recent but change is older than 30 days")
                if "account_changed_long_ago" in sig and age <= dt.timedelta(days=30):
                    c.err("account_changed_long_ago but change is within 30 days")
            elif sig & {"account_changed_recent", "account_changed_long_ago"}:
                c.err("account-change signal without payee_account_changed_at")

        # --- order body ------------------------------------------------------
        else:
            if not c.keys(req, ORDER_KEYS, "order"):
                continue
            rid = req["record_id"]
            when = c.ts(req["received_at"], "received_at")
            cu = req["customer"]
            if c.keys(cu, CUSTOMER_KEYS, "customer"):
                if not cu["name"]:
                    c.err("customer.name is required")
                if cu["credit_code"] is not None and not uscc_ok(cu["credit_code"]):
                    c.err(f"customer.credit_code {cu['credit_code']!r} has an invalid check character")
                c.phone(cu["phone"], "customer.phone")
                if "new_customer" in sig and cu["customer_id"] is not None:
                    c.err("new_customer but customer_id is set")
            total = Decimal("0")
            if not isinstance(req["items"], list) or not req["items"]:
                c.err("items must be a non-empty list")
            else:
                for i, it in enumerate(req["items"]):
                    if c.keys(it, ITEM_KEYS, f"items[{i}]"):
                        if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                            c.err(f"items[{i}].quantity {it['quantity']!r} is not a decimal string")
                            continue
                        price = c.amount(it["unit_price"], f"items[{i}].unit_price")
                        if price is not None:
                            total += Decimal(it["quantity"]) * price
            tot = c.amount(req["total_amount"], "total_amount")
            if tot is not None and tot != total:
                c.err(f"total_amount {tot} != sum of items {total}")
            if req["currency"] != "CNY":
                c.err("currency must be CNY")
            if req["channel"] not in CHANNELS:
                c.err(f"order channel {req['channel']!r}")
            if c.keys(req["delivery"], DELIVERY_KEYS, "delivery"):
                dl = req["delivery"]["deadline"]
                if dl is not None and (not isinstance(dl, str) or not DATE_RE.match(dl)):
                    c.err(f"delivery.deadline {dl!r} is not a date")
                elif dl and when and dt.date.fromisoformat(dl) < when.date():
                    c.err("delivery deadline before the order")
            tp = req["third_party"]
            if tp is not None and c.keys(tp, THIRD_PARTY_KEYS, "third_party"):
                if tp["role"] not in THIRD_PARTY_ROLES:
                    c.err(f"third_party.role {tp['role']!r}")
                c.amount(tp["amount"], "third_party.amount")
                if isinstance(tp["contact"], str) and re.match(r"^[\d-]+$", tp["contact"]):
                    c.phone(tp["contact"], "third_party.contact")
            if not isinstance(req["fees_requested"], list):
                c.err("fees_requested must be a list")
            else:
                for i, f in enumerate(req["fees_requested"]):
                    if c.keys(f, FEE_KEYS, f"fees_requested[{i}]"):
                        c.amount(f["amount"], f"fees_requested[{i}].amount")
            role = tp["role"] if isinstance(tp, dict) else None
            if "designated_supplier" in sig and role != "designated_supplier":
                c.err("designated_supplier signal but third_party.role is not designated_supplier")
            if "refund_to_other_account" in sig and role != "refund_recipient":
                c.err("refund_to_other_account but third_party.role is not refund_recipient")
            if "fee_asked_of_seller" in sig and not req["fees_requested"]:
                c.err("fee_asked_of_seller but fees_requested is empty")

        if rid in request_ids:
            c.err(f"duplicate request/record id {rid!r}")
        request_ids.add(rid)

        # --- timing ----------------------------------------------------------
        ts_value = req.get("submitted_at") or req.get("received_at")
        if isinstance(ts_value, str) and TS_RE.match(ts_value):
            is_off = off_hours(ts_value)
            if phase == "history" and is_off:
                c.err("history line outside office hours")
            if phase == "test" and is_off != ("off_hours" in sig):
                c.err("off_hours signal does not match the timestamp")

        # --- expect: block consistency ---------------------------------------
        if label == "scam":
            groups = block_groups(sig, req, kind)
            if expect == "block" and not groups:
                c.err("expect block but no README block condition is present in the signals")
            if expect == "flag" and groups:
                c.err(f"expect flag but a block condition is present: {groups}")

    # --- per-tenant ordering and history references ----------------------------
    for tenant, lines in per_tenant.items():
        seen_test = False
        last = None
        payer = None
        hist_accounts, hist_invoices, hist_customers, order_ids = set(), set(), set(), set()
        counters = {"h": 0, "t": 0}
        for no, line in lines:
            c.where = f"line {no} ({line.get('id')})"
            req = line.get("request") or {}
            phase = line.get("phase")
            if phase == "test":
                seen_test = True
            elif seen_test:
                c.err(f"history line after a test line in tenant {tenant}")
            letter = "h" if phase == "history" else "t"
            counters[letter] += 1
            if line.get("id") != f"{tenant}-{letter}{counters[letter]:03d}":
                c.err(f"id out of sequence (expected {tenant}-{letter}{counters[letter]:03d})")
            ts_value = req.get("submitted_at") or req.get("received_at")
            if isinstance(ts_value, str) and TS_RE.match(ts_value):
                t = dt.datetime.fromisoformat(ts_value)
                if last and t < last:
                    c.err("lines are not in chronological order within the tenant")
                last = t
            sig = set(line.get("signals") or [])
            if line.get("kind") == "payment" and "payee" in req:
                if payer is None:
                    payer = req.get("payer")
                elif req.get("payer") != payer:
                    c.err("payer differs within the tenant")
                acc = req["payee"].get("account_no")
                if "first_time_payee" in sig and acc in hist_accounts:
                    c.err("first_time_payee but the account was paid in history")
                if line.get("note", "").startswith("Routine:") and acc not in hist_accounts:
                    c.err("routine payment to an account not seen in history")
                inv = (req.get("related") or {}).get("invoice_no")
                if "duplicate_invoice" in sig and inv not in hist_invoices:
                    c.err("duplicate_invoice but the invoice number was not paid in history")
                if "duplicate_invoice" not in sig and inv and inv in hist_invoices:
                    c.err("invoice number already paid in history but not marked duplicate_invoice")
                oid = (req.get("related") or {}).get("order_id")
                if oid and oid not in order_ids:
                    c.err(f"related.order_id {oid!r} is not an earlier order of this tenant")
                if phase == "history":
                    hist_accounts.add(acc)
                    if inv:
                        hist_invoices.add(inv)
            elif line.get("kind") == "order" and "customer" in req:
                order_ids.add(req.get("record_id"))
                cid = req["customer"].get("customer_id")
                if line.get("note", "").startswith("Routine:") and cid not in hist_customers:
                    c.err("routine order from a customer not seen in history")
                if phase == "history" and cid:
                    hist_customers.add(cid)

    if c.errors:
        for e in c.errors:
            print("ERROR", e)
        print(f"{len(c.errors)} violation(s) in {path}")
        return 1

    # --- summary ---------------------------------------------------------------
    lines = [ln for _, ln in parsed]
    print(f"OK: {path} ({len(lines)} lines)")
    for tenant in tenant_order:
        tl = [ln for ln in lines if ln["tenant"] == tenant]
        h = [ln for ln in tl if ln["phase"] == "history"]
        t = [ln for ln in tl if ln["phase"] == "test"]
        print(f"  {tenant:10s} history {len(h):3d}  test {len(t):3d}  "
              f"(scam {sum(ln['label'] == 'scam' for ln in t)}, legit {sum(ln['label'] == 'legit' for ln in t)}, "
              f"orders {sum(ln['kind'] == 'order' for ln in t)}, payments {sum(ln['kind'] == 'payment' for ln in t)}, "
              f"block {sum(ln['expect'] == 'block' for ln in t)})")
    test = [ln for ln in lines if ln["phase"] == "test"]
    print(f"  test lines {len(test)}: orders {sum(ln['kind'] == 'order' for ln in test)}, "
          f"payments {sum(ln['kind'] == 'payment' for ln in test)}")
    print(f"  scams {sum(ln['label'] == 'scam' for ln in test)}, legit {sum(ln['label'] == 'legit' for ln in test)} "
          f"(hard negatives {sum(ln['note'].startswith('Hard negative:') for ln in test)}, "
          f"routine {sum(ln['note'].startswith('Routine:') for ln in test)}), "
          f"structural-only scams {sum(ln['note'].startswith('Structural only:') for ln in test)}")
    print(f"  expect: block {sum(ln['expect'] == 'block' for ln in test)}, "
          f"flag {sum(ln['expect'] == 'flag' for ln in test)}, allow {sum(ln['expect'] == 'allow' for ln in test)}")
    by_type = Counter((ln["scam_type"], ln["kind"]) for ln in test if ln["label"] == "scam")
    for st in sorted({k[0] for k in by_type}):
        o, p = by_type.get((st, "order"), 0), by_type.get((st, "payment"), 0)
        b = sum(1 for ln in test if ln["scam_type"] == st and ln["expect"] == "block")
        print(f"    {st:24s} {o + p:2d}  (orders {o}, payments {p}, block {b})")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
