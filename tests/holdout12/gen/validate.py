#!/usr/bin/env python3
"""Validate holdout12.jsonl against the corpus format rules.

Rules come from /work/shared/corpus/README.md (line format, expect/label/outcome,
signal vocabulary, note prefixes, body conventions) and PRODUCT.md (wire contract).
Python 3.11 standard library only.  Exits 1 and lists every violation found;
prints a summary and exits 0 when the file is clean.

    python3 gen/validate.py [path/to/holdout12.jsonl]
"""

import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "holdout12.jsonl"

SCAM_TYPES = {
    "fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
    "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
    "account_lending",
}

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

TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
TOP_TEST = [k for k in TOP_HISTORY if k != "outcome"]
PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
                "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
THIRD_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
CHANNEL_SIGNAL = {"im": "im_instruction", "email": "email_instruction", "phone": "phone_instruction",
                  "letter": "letter_instruction"}

# fictitious mobile prefixes reserved for this corpus, one per tenant
TENANT_MOBILE = {"lanwan": "1990000", "shaguang": "1910000", "zhuying": "1730000"}
MOBILE_RE = re.compile(r"^(1990000|1910000|1730000)\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")
ID_RE = re.compile(r"^(?P<tenant>[a-z]+)-(?P<tag>[ht])(?P<n>\d{3})$")
EMBEDDED_MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
EMBEDDED_LANDLINE = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# block-worthy evidence (README "expect: block" list), expressed over the line's signals
HARD_ALONE = {"safe_account_words", "account_lending_words", "refund_to_other_account", "duplicate_invoice",
              "payee_not_employee", "payee_shared_by_employees"}

TRADITIONAL_CHARS = set("們賬帳戶過戶對公帳轉匯證貨訂謝單請於頓擬凍結審資變銀費繳專員顯預號錯誤記")
CJK = r"[\u4e00-\u9fff]"

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def parse_ts(where, value, field):
    if not isinstance(value, str) or not TS_RE.match(value):
        err(where, f"{field} is not RFC 3339 with +08:00: {value!r}")
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        err(where, f"{field} is not a valid timestamp: {value!r}")
        return None


def check_money(where, value, field, positive=True):
    if not isinstance(value, str) or not MONEY_RE.match(value):
        err(where, f"{field} is not a 2-place decimal string: {value!r}")
        return None
    d = Decimal(value)
    if positive and d <= 0:
        err(where, f"{field} must be positive: {value}")
    return d


def check_keys(where, obj, keys, name, optional_tail=()):
    if not isinstance(obj, dict):
        err(where, f"{name} is not an object")
        return False
    got = list(obj.keys())
    if got == keys:
        return True
    for extra in optional_tail:
        if got == keys + [extra]:
            return True
    err(where, f"{name} keys {got} != {keys}" + (f" (+ optional {list(optional_tail)})" if optional_tail else ""))
    return False


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings(v)


def check_phone(where, value, field, tenant):
    if value is None:
        return
    if LANDLINE_RE.match(value):
        return
    if MOBILE_RE.match(value):
        if not value.startswith(TENANT_MOBILE.get(tenant, "?")):
            err(where, f"{field} mobile {value} does not use this tenant's prefix {TENANT_MOBILE.get(tenant)}")
        return
    err(where, f"{field} is neither a fictitious mobile nor an area-0000xxx landline: {value!r}")


def is_off_hours(dt):
    minutes = dt.hour * 60 + dt.minute
    return dt.weekday() >= 5 or minutes < 8 * 60 + 30 or minutes >= 20 * 60


def main(path):
    raw = path.read_text(encoding="utf-8")
    if not raw.endswith("\n"):
        err(str(path), "file does not end with a newline")
    lines = []
    for n, text in enumerate(raw.splitlines(), 1):
        if not text.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            lines.append((n, json.loads(text)))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")

    seen_ids = set()
    seen_request_ids = set()
    tenant_seq = []
    state = {}           # tenant -> dict
    summary = Counter()

    for n, line in lines:
        where = f"line {n} ({line.get('id', '?')})"
        phase = line.get("phase")
        if not check_keys(where, line, TOP_HISTORY if phase == "history" else TOP_TEST, "top-level"):
            continue
        lid, tenant, kind = line["id"], line["tenant"], line["kind"]
        label, stype, expect = line["label"], line["scam_type"], line["expect"]
        signals, note, req = line["signals"], line["note"], line["request"]

        # ids and grouping
        m = ID_RE.match(lid)
        if not m or m["tenant"] != tenant or m["tag"] != ("h" if phase == "history" else "t"):
            err(where, f"id {lid!r} does not match tenant/phase")
        if lid in seen_ids:
            err(where, f"duplicate id {lid}")
        seen_ids.add(lid)
        if not tenant_seq or tenant_seq[-1] != tenant:
            if tenant in tenant_seq:
                err(where, f"tenant {tenant} lines are not contiguous")
            tenant_seq.append(tenant)
            state[tenant] = {"phase": "history", "last_ts": None, "h": 0, "t": 0, "payer": None,
                             "hist_accounts": set(), "vendor_acct": {}, "hist_invoices": set(),
                             "customers": {}, "hist_customer_ids": set(), "hist_customer_names": set()}
        st = state[tenant]

        if phase not in ("history", "test"):
            err(where, f"bad phase {phase!r}")
            continue
        if phase == "history" and st["phase"] == "test":
            err(where, "history line after a test line")
        st["phase"] = phase
        if m:
            expected_n = st["h" if phase == "history" else "t"] + 1
            if int(m["n"]) != expected_n:
                err(where, f"id number {m['n']} out of sequence (expected {expected_n:03d})")
        st["h" if phase == "history" else "t"] += 1

        # labels, expect, outcome
        if kind not in ("payment", "order"):
            err(where, f"bad kind {kind!r}")
        if label == "legit":
            if stype is not None or expect != "allow":
                err(where, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES:
                err(where, f"unknown scam_type {stype!r}")
            if expect not in ("flag", "block"):
                err(where, "scam line must expect flag or block")
        else:
            err(where, f"bad label {label!r}")
        if phase == "history":
            if label != "legit" or expect != "allow" or line["outcome"] != "executed":
                err(where, "history line must be legit/allow/executed")
            if signals:
                err(where, "history lines carry no signals")

        # signals
        if not isinstance(signals, list) or len(set(signals)) != len(signals):
            err(where, "signals must be a list without repeats")
            signals = []
        for s in signals:
            if s not in SIGNALS:
                err(where, f"signal {s!r} not in the README vocabulary")
        sig = set(signals)

        # note
        if not isinstance(note, str) or not note.strip():
            err(where, "empty note")
            note = ""
        if not note.endswith("."):
            err(where, "note must be one sentence ending with a full stop")
        if re.search(r"[.!?] [A-Z]", note.split(": ", 1)[-1]):
            err(where, "note looks like more than one sentence")
        if phase == "history" and not note.startswith("Routine: "):
            err(where, "history note must start with 'Routine: '")
        if phase == "test" and label == "legit":
            if note.startswith("Routine: "):
                if signals:
                    err(where, "a Routine line carries no signals; use 'Hard negative:'")
            elif note.startswith("Hard negative: "):
                if not signals:
                    err(where, "a hard negative must name the scam-like surface in signals")
            else:
                err(where, "legit test note must start with 'Routine: ' or 'Hard negative: '")
        if label == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
            err(where, "scam note uses a legit prefix")
        if label == "legit" and note.startswith("Structural only:"):
            err(where, "'Structural only:' is for scams")
        if label == "scam" and note.startswith("Structural only: "):
            summary["structural_only"] += 1

        # request body
        if kind == "payment":
            ok = check_keys(where, req, PAYMENT_KEYS, "payment", optional_tail=("verification",))
            if not ok:
                continue
            rid = req["request_id"]
            when = parse_ts(where, req["submitted_at"], "submitted_at")
            check_keys(where, req["payer"], PAYER_KEYS, "payer")
            check_keys(where, req["payee"], PAYEE_KEYS, "payee")
            check_keys(where, req["instruction"], INSTR_KEYS, "instruction")
            check_keys(where, req["related"], RELATED_KEYS, "related")
            payer_t = (req["payer"]["account_no"], req["payer"]["account_name"])
            if st["payer"] is None:
                st["payer"] = payer_t
            elif st["payer"] != payer_t:
                err(where, "payer differs from this tenant's payer")
            pe = req["payee"]
            for field, acc in (("payer.account_no", req["payer"]["account_no"]), ("payee.account_no", pe["account_no"])):
                if not isinstance(acc, str) or not ACCOUNT_RE.match(acc):
                    err(where, f"{field} must have 16–19 digits: {acc!r}")
            if not pe.get("name"):
                err(where, "payee.name is required")
            if pe["account_type"] not in ACCOUNT_TYPES:
                err(where, f"bad account_type {pe['account_type']!r}")
            check_phone(where, pe["phone"], "payee.phone", tenant)
            check_money(where, req["amount"], "amount")
            if req["currency"] != "CNY":
                err(where, "currency must be CNY")
            ins = req["instruction"]
            if ins["channel"] not in CHANNELS:
                err(where, f"bad instruction.channel {ins['channel']!r}")
            if not isinstance(ins["urgent"], bool):
                err(where, "instruction.urgent must be a boolean")
            if not isinstance(req["approved_by"], list) or req["requested_by"] in req["approved_by"]:
                err(where, "approved_by must be a list that excludes the requester")
            if len(set(req["approved_by"])) != len(req["approved_by"]):
                err(where, "approved_by repeats a person")
            changed = None
            if req["payee_account_changed_at"] is not None:
                changed = parse_ts(where, req["payee_account_changed_at"], "payee_account_changed_at")
                if changed and when and changed > when:
                    err(where, "payee_account_changed_at is after submitted_at")
                if not pe["vendor_id"]:
                    err(where, "payee_account_changed_at set on a payee with no vendor_id")
            if "verification" in req:
                v = req["verification"]
                if check_keys(where, v, VERIF_KEYS, "verification"):
                    vt = parse_ts(where, v["verified_at"], "verification.verified_at")
                    if vt and when and vt > when:
                        err(where, "verification after submission")
                    check_phone(where, v["callback_number"], "verification.callback_number", tenant)

            # structure ↔ vendor master ↔ signals
            acct_key = pe["account_no"]
            vid = pe["vendor_id"]
            if vid:
                prev = st["vendor_acct"].get(vid)
                if prev and prev != acct_key and changed is None:
                    err(where, f"vendor {vid} account differs from history but payee_account_changed_at is null")
            inv = req["related"]["invoice_no"]
            if phase == "history":
                st["hist_accounts"].add(acct_key)
                if vid:
                    st["vendor_acct"][vid] = acct_key
                if inv:
                    if inv in st["hist_invoices"]:
                        err(where, f"invoice {inv} paid twice in history")
                    st["hist_invoices"].add(inv)
            else:
                first = acct_key not in st["hist_accounts"]
                if first != ("first_time_payee" in sig):
                    err(where, f"first_time_payee signal {'missing' if first else 'wrong'} (payee account "
                               f"{'not ' if first else ''}seen in history)")
                if (pe["account_type"] == "personal") != ("personal_account" in sig):
                    err(where, "personal_account signal does not match payee.account_type")
                dup = inv is not None and inv in st["hist_invoices"]
                if dup != ("duplicate_invoice" in sig):
                    err(where, "duplicate_invoice signal does not match invoice history")
                if dup and label != "scam":
                    err(where, "an already-paid invoice on a legit line")
                if not req["approved_by"] and "no_approval" not in sig:
                    err(where, "no approver but no 'no_approval' signal")
                if req["approved_by"] and "no_approval" in sig:
                    err(where, "'no_approval' signal but approvers present")
                wanted = CHANNEL_SIGNAL.get(ins["channel"])
                if wanted and wanted not in sig:
                    err(where, f"channel {ins['channel']} but no {wanted} signal")
                for ch, s in CHANNEL_SIGNAL.items():
                    if s in sig and ins["channel"] != ch:
                        err(where, f"{s} signal but channel is {ins['channel']}")
                if "account_changed_recent" in sig or "account_changed_long_ago" in sig:
                    if changed is None or when is None:
                        err(where, "account-change signal without payee_account_changed_at")
                    else:
                        recent = when - changed <= timedelta(days=30)
                        if recent != ("account_changed_recent" in sig):
                            err(where, "account_changed_recent/long_ago does not match the change date")
                elif changed is not None:
                    err(where, "payee_account_changed_at set but no account-change signal")
                if when is not None:
                    if "off_hours" in sig and not is_off_hours(when):
                        err(where, f"off_hours signal but {when:%a %H:%M} is office time")
                    if "off_hours" not in sig and is_off_hours(when):
                        err(where, f"{when:%a %H:%M} is off-hours but no off_hours signal")
                if "sales_order_linked" in sig and not req["related"]["order_id"]:
                    err(where, "sales_order_linked without related.order_id")
        else:
            ok = check_keys(where, req, ORDER_KEYS, "order")
            if not ok:
                continue
            rid = req["record_id"]
            when = parse_ts(where, req["received_at"], "received_at")
            c = req["customer"]
            if check_keys(where, c, CUSTOMER_KEYS, "customer"):
                if not c["name"]:
                    err(where, "customer.name is required")
                if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                    err(where, f"credit_code {c['credit_code']!r} has a wrong check character")
                check_phone(where, c["phone"], "customer.phone", tenant)
                cid = c["customer_id"]
                if phase == "history":
                    st["hist_customer_names"].add(c["name"])
                if cid is not None:
                    prev = st["customers"].setdefault(cid, c["name"])
                    if prev != c["name"]:
                        err(where, f"customer_id {cid} used for two names")
                    if phase == "history":
                        st["hist_customer_ids"].add(cid)
                    elif cid not in st["hist_customer_ids"] and c["name"] not in st["hist_customer_names"]:
                        err(where, f"established customer {cid} has no history")
                if phase == "test" and (cid is None) != ("new_customer" in sig):
                    err(where, "new_customer signal does not match customer_id")
            items = req["items"]
            if not isinstance(items, list) or not items:
                err(where, "items must be a non-empty list")
                items = []
            total = Decimal(0)
            for i, it in enumerate(items):
                if not check_keys(where, it, ITEM_KEYS, f"items[{i}]"):
                    continue
                if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                    err(where, f"items[{i}].quantity is not a decimal string")
                    continue
                price = check_money(where, it["unit_price"], f"items[{i}].unit_price")
                if price is None:
                    continue
                line_total = Decimal(it["quantity"]) * price
                if line_total != line_total.quantize(Decimal("0.01")):
                    err(where, f"items[{i}] quantity × unit_price has more than 2 decimals")
                total += line_total
            t = check_money(where, req["total_amount"], "total_amount")
            if t is not None and t != total:
                err(where, f"total_amount {t} != sum of items {total}")
            if req["currency"] != "CNY":
                err(where, "currency must be CNY")
            if req["channel"] not in CHANNELS:
                err(where, f"bad order channel {req['channel']!r}")
            if check_keys(where, req["delivery"], DELIVERY_KEYS, "delivery"):
                dl = req["delivery"]["deadline"]
                if dl is not None and not DATE_RE.match(dl):
                    err(where, f"delivery.deadline is not YYYY-MM-DD: {dl!r}")
            tp = req["third_party"]
            if tp is not None and check_keys(where, tp, THIRD_KEYS, "third_party"):
                if tp["role"] not in THIRD_ROLES:
                    err(where, f"bad third_party.role {tp['role']!r}")
                check_money(where, tp["amount"], "third_party.amount")
                if tp["contact"] and re.fullmatch(r"[\d-]+", tp["contact"]):
                    check_phone(where, tp["contact"], "third_party.contact", tenant)
            if not isinstance(req["fees_requested"], list):
                err(where, "fees_requested must be a list")
            else:
                for i, f in enumerate(req["fees_requested"]):
                    if check_keys(where, f, FEE_KEYS, f"fees_requested[{i}]"):
                        check_money(where, f["amount"], f"fees_requested[{i}].amount")

        if rid in seen_request_ids:
            err(where, f"duplicate request/record id {rid}")
        seen_request_ids.add(rid)
        if when is not None:
            if st["last_ts"] and when < st["last_ts"]:
                err(where, "line is earlier than the previous line of this tenant")
            st["last_ts"] = when

        # phone numbers and landlines embedded anywhere in the body
        for s in strings(req):
            for mob in EMBEDDED_MOBILE.findall(s):
                if not mob.startswith(TENANT_MOBILE.get(tenant, "?")):
                    err(where, f"mobile-like number {mob} is not in this tenant's fictitious range")
            for ll in EMBEDDED_LANDLINE.findall(s):
                if not LANDLINE_RE.match(ll):
                    err(where, f"landline-like number {ll} is not area-0000xxx")

        # evasion signals must be visible in the text
        text = "\n".join(strings(req))
        if "evasion_fullwidth" in sig and not re.search(r"[\uff01-\uff5e]", text.replace("（", "").replace("）", "").replace("：", "").replace("，", "").replace("！", "").replace("？", "").replace("；", "").replace("～", "").replace("｜", "")):
            err(where, "evasion_fullwidth but no full-width letters or digits in the text")
        if "evasion_spacing" in sig and not re.search(CJK + r"[ \u3000]+" + CJK + r"[ \u3000]+" + CJK, text):
            err(where, "evasion_spacing but no spaced-out Chinese word in the text")
        if "evasion_traditional" in sig and not any(ch in TRADITIONAL_CHARS for ch in text):
            err(where, "evasion_traditional but no traditional characters in the text")
        if "evasion_pinyin" in sig and not re.search(r"(?<![A-Za-z])[a-z]{2,8}(?![A-Za-z])", text):
            err(where, "evasion_pinyin but no lower-case Latin token in the text")
        if "evasion_symbols" in sig and not (
                re.search(CJK + r"[-.·•*/|\u200b]" + CJK, text)
                or any(unicodedata.category(ch) == "So" for ch in text)):
            err(where, "evasion_symbols but no symbol or emoji in the text")

        # expect: block only with README block-list evidence, and such evidence on a scam ⇒ block
        if label == "scam":
            evidence = bool(sig & HARD_ALONE)
            if {"overpayment", "fake_payment_proof"} <= sig and "refund_words" in sig:
                evidence = True          # refund before the money has cleared
            if "designated_supplier" in sig and (
                    "sales_order_linked" in sig or "fake_payment_proof" in sig):
                evidence = True          # pay the customer's supplier before its money arrives
            if {"account_changed_recent", "first_time_payee"} <= sig:
                evidence = True
            if {"balance_probe", "no_approval", "first_time_payee"} <= sig and sig & {"im_instruction",
                                                                                         "email_instruction"}:
                evidence = True
            if "personal_account" in sig and sig & {"task_rebate_words", "topup_words", "loan_fee_words"}:
                evidence = True
            if expect == "block" and not evidence:
                err(where, "expect block without a README hard-block signal")
            if expect == "flag" and evidence:
                err(where, "carries a README hard-block signal but expects only flag")

        # summary
        summary[(tenant, phase)] += 1
        if phase == "test":
            summary[("label", label)] += 1
            summary[("kind", kind, label)] += 1
            if label == "scam":
                summary[("type", stype)] += 1
                summary[("type_kind", stype, kind)] += 1
                summary[("tenant_scam", tenant)] += 1
            elif note.startswith("Hard negative:"):
                summary["hard_negative"] += 1
                summary[("tenant_hn", tenant)] += 1
            else:
                summary["routine"] += 1
            if expect == "block":
                summary["block"] += 1
                summary[("tenant_block", tenant)] += 1
            for s in sig:
                if s.startswith("evasion_"):
                    summary[(s, label)] += 1

    missing = SCAM_TYPES - {k[1] for k in summary if isinstance(k, tuple) and k[0] == "type"}
    if missing:
        err(str(path), f"scam types not covered: {sorted(missing)}")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} violation(s)")
        return 1

    print(f"OK: {path} — {len(lines)} lines, {len(tenant_seq)} tenants")
    for t in tenant_seq:
        print(f"  {t:9s} history {summary[(t, 'history')]:3d}  test {summary[(t, 'test')]:3d}  "
              f"(scam {summary[('tenant_scam', t)]}, hard negatives {summary[('tenant_hn', t)]}, "
              f"block {summary[('tenant_block', t)]})")
    print(f"  test: scam {summary[('label', 'scam')]}, legit {summary[('label', 'legit')]} "
          f"(hard negatives {summary['hard_negative']}, routine {summary['routine']}), "
          f"expect:block {summary['block']}, structural-only scams {summary['structural_only']}")
    for k in ("payment", "order"):
        print(f"  {k}: scam {summary[('kind', k, 'scam')]}, legit {summary[('kind', k, 'legit')]}")
    print("  scams per type (payment/order):")
    for s in sorted(SCAM_TYPES):
        print(f"    {s:24s} {summary[('type', s)]:2d}  ({summary[('type_kind', s, 'payment')]}/"
              f"{summary[('type_kind', s, 'order')]})")
    print("  evasion signals (scam/legit):")
    for s in sorted(x for x in SIGNALS if x.startswith("evasion_")):
        print(f"    {s:22s} {summary[(s, 'scam')]}/{summary[(s, 'legit')]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
