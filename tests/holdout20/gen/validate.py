#!/usr/bin/env python3
"""Validate tests/holdout20/holdout20.jsonl against the corpus format rules
(shared/corpus/README.md and the wire contract in shared/PRODUCT.md).

Python 3.11, standard library only.  Exits 1 and lists every violation found;
exits 0 and prints a summary when the file is clean.

Usage: python3 gen/validate.py [path/to/file.jsonl]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "holdout20.jsonl")

ERRORS = []


def err(where, msg):
    ERRORS.append(f"{where}: {msg}")


# ------------------------------------------------------------------ vocabulary (corpus README)

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]

SIG_STRUCT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
              "personal_account", "unusual_bank_region", "third_party_payment_endpoint", "crypto", "no_approval",
              "no_po_contract", "vague_memo", "sales_order_linked", "just_below_limit", "split_payment",
              "off_hours", "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company",
              "guarantee_unverified"}
SIG_PROVENANCE = {"im_instruction", "email_instruction", "phone_instruction", "letter_instruction",
                  "new_contact", "lookalike_domain", "free_mail"}
SIG_WORDING = {"urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
               "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier", "fake_payment_proof",
               "refund_to_other_account", "refund_words", "overpayment", "account_change_words",
               "personal_account_pretext", "account_lending_words", "safe_account_words", "authority_words",
               "subsidy_words", "payroll_change", "payee_shared_by_employees", "payee_not_employee",
               "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill", "invoice_trade_words",
               "bigproject_words", "middleman_fee", "remote_control"}
SIG_ORDER = {"new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
             "residential_delivery", "contact_im_only", "contact_mismatch", "lookalike_company",
             "institution_claim", "third_party_payer", "small_then_large", "hazardous_no_permit",
             "off_catalogue_item", "invalid_credit_code"}
SIG_EVASION = {"evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
               "evasion_homophone", "evasion_symbols"}
SIGNALS = SIG_STRUCT | SIG_PROVENANCE | SIG_WORDING | SIG_ORDER | SIG_EVASION
# Wording that a "Structural only:" scam must not rely on.  payee_* and payroll_change are
# structural facts of a payroll line in this corpus, so they are allowed there.
STRUCTURAL_ONLY_FORBIDDEN = (SIG_WORDING - {"payee_shared_by_employees", "payee_not_employee"}) | SIG_EVASION | {
    "new_contact", "lookalike_domain", "free_mail"}

CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

LINE_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
                     "note", "request"]
LINE_KEYS_TEST = [k for k in LINE_KEYS_HISTORY if k != "outcome"]
PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
                "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
SUB_KEYS = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "item": ["product", "quantity", "unit", "unit_price"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
    "fee": ["reason", "amount"],
}

# ------------------------------------------------------------------ format helpers

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_MONEY = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_ACCOUNT = re.compile(r"^\d{16,19}$")
RE_MOBILE_OK = re.compile(r"^1(340000|590000|830000)\d{4}$")
RE_LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_LANDLINE_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")
RE_STAFF = re.compile(r"^E\d{4}$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SERVICE_NUMBERS = {"12366"}

USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
RE_USCC = re.compile(r"^[1-9ANY][1-5789ABCDEFGHJKLMNPQRTUWXY]\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")


def uscc_ok(code):
    if not RE_USCC.match(code):
        return False
    s = sum(USCC_CS.index(c) * w for c, w in zip(code[:17], USCC_W))
    if USCC_CS[(31 - s % 31) % 31] != code[17]:
        return False
    body = code[8:16]                               # embedded organisation code (GB 11714)
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    r = 11 - sum(val(c) * w for c, w in zip(body, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return code[16] == ("X" if r == 10 else "0" if r == 11 else str(r))


HOLIDAYS = set()
for a, b in (("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21")):
    d = date.fromisoformat(a)
    while d <= date.fromisoformat(b):
        HOLIDAYS.add(d)
        d += timedelta(days=1)


def off_hours(dt):
    """Offices of these three firms keep 08:00-18:30 Beijing time on working days."""
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    minutes = dt.hour * 60 + dt.minute
    return not (8 * 60 <= minutes < 18 * 60 + 30)


def parse_ts(where, value, field):
    if not isinstance(value, str) or not RE_TS.match(value):
        err(where, f"{field} is not an RFC 3339 +08:00 timestamp: {value!r}")
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        err(where, f"{field} is not a valid date-time: {value!r}")
        return None


def check_keys(where, obj, keys, name):
    if not isinstance(obj, dict):
        err(where, f"{name} is not an object")
        return False
    if list(obj.keys()) != keys:
        err(where, f"{name} keys {list(obj.keys())} != documented order {keys}")
        return False
    return True


def check_money(where, value, field, positive=True):
    if not isinstance(value, str) or not RE_MONEY.match(value):
        err(where, f"{field} is not a 2-place decimal string: {value!r}")
        return None
    d = Decimal(value)
    if positive and d <= 0:
        err(where, f"{field} must be positive: {value}")
    return d


def check_phone(where, value, field, allow_null=True):
    if value is None:
        if not allow_null:
            err(where, f"{field} is null")
        return
    if value in SERVICE_NUMBERS:
        return
    if not (RE_MOBILE_OK.match(value) or RE_LANDLINE_OK.match(value)):
        err(where, f"{field} is not a fictitious 1340000/1590000/1830000 mobile or area-0000xxx landline: {value!r}")


T2S = str.maketrans({"驗": "验", "資": "资", "凍": "冻", "帳": "账", "賬": "账", "戶": "户", "監": "监",
                     "國": "国", "結": "结", "轉": "转", "筆": "笔"})


def norm(text):
    """Compact, roughly simplified view of a text for the hard-block word checks."""
    return re.sub(r"\s+", "", (text or "").translate(T2S))


SAFE_WORDS = ("安全账户", "国家账户", "监管账户", "资金核查")
LENDING_WORDS = ("走账", "过账", "倒一下手", "走一下账", "借用公户", "借用对公账户", "借我们的公户", "借我们公户", "借我们的dgzh",
                 "dgzh", "走zhang", "刷流水")
VERIFY_UNFREEZE = ("验资", "解冻")
TRADITIONAL = set("驗資貸賬帳凍結轉監戶審萬協書審關於將內無誤鑒經議涉與費國稱臨")
HOMOPHONES = ("返力", "唰单", "威信", "薇信", "保正金", "压金", "反利", "验正码", "银航卡", "支附宝")
PINYIN = ("dgzh", "bzj", "yhk", "zfb", "aqzh", "gjf", "sls", "yzm", "zhang", "zhuan", "垫fu")
RE_FULLWIDTH_ALNUM = re.compile(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
RE_SPACED = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
RE_EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]")
RE_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def scan_phone_like(where, text, field):
    for m in RE_MOBILE_ANY.finditer(text or ""):
        if not RE_MOBILE_OK.match(m.group()):
            err(where, f"{field} contains a non-fictitious mobile {m.group()}")
    for m in RE_LANDLINE_ANY.finditer(text or ""):
        if not RE_LANDLINE_OK.match(m.group()):
            err(where, f"{field} contains a non-fictitious landline {m.group()}")


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


# ------------------------------------------------------------------ main pass

def main():
    try:
        raw = open(PATH, encoding="utf-8").read()
    except OSError as e:
        print(f"cannot read {PATH}: {e}")
        return 1
    if not raw.endswith("\n"):
        err("file", "does not end with a newline")
    lines = []
    for n, text in enumerate(raw.split("\n")[:-1], 1):
        if not text.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            lines.append((n, json.loads(text)))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"not JSON: {e}")

    seen_ids, seen_rids = set(), set()
    tenant_order, finished_tenants = [], set()
    state = {}   # per tenant: history payees, invoices, vendor phones, orders, last ts, phase
    customer_names = {}
    stats = Counter()
    per_type = Counter()

    for n, line in lines:
        where = f"line {n} ({line.get('id', '?')})"
        if not isinstance(line, dict):
            err(where, "not an object")
            continue
        phase = line.get("phase")
        keys = LINE_KEYS_HISTORY if phase == "history" else LINE_KEYS_TEST
        if phase not in ("history", "test"):
            err(where, f"phase {phase!r} not history/test")
        if list(line.keys()) != keys:
            err(where, f"line keys {list(line.keys())} != documented order {keys}")
            continue

        tenant = line["tenant"]
        if not isinstance(tenant, str) or not re.fullmatch(r"[a-z]+", tenant):
            err(where, f"bad tenant {tenant!r}")
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in finished_tenants or tenant in tenant_order:
                err(where, f"tenant {tenant} lines are not grouped together")
            if tenant_order:
                finished_tenants.add(tenant_order[-1])
            tenant_order.append(tenant)
        st = state.setdefault(tenant, {"payees": set(), "invoices": set(), "vendor_phone": {},
                                       "orders": set(), "last": None, "phase": "history"})

        # ids
        lid = line["id"]
        if not re.fullmatch(rf"{re.escape(tenant)}-{'h' if phase == 'history' else 't'}\d{{3}}", str(lid)):
            err(where, f"id {lid!r} does not match <tenant>-h### / <tenant>-t###")
        if lid in seen_ids:
            err(where, f"duplicate id {lid}")
        seen_ids.add(lid)

        # phase ordering
        if phase == "history" and st["phase"] == "test":
            err(where, "history line after a test line of the same tenant")
        st["phase"] = phase

        kind, label, stype, expect = line["kind"], line["label"], line["scam_type"], line["expect"]
        if kind not in ("payment", "order"):
            err(where, f"kind {kind!r}")
            continue
        if label not in ("legit", "scam"):
            err(where, f"label {label!r}")
        if label == "legit":
            if stype is not None:
                err(where, "legit line with a scam_type")
            if expect != "allow":
                err(where, "legit line must expect allow")
        else:
            if stype not in SCAM_TYPES:
                err(where, f"scam_type {stype!r} not in README list")
            if expect not in ("flag", "block"):
                err(where, "scam line must expect flag or block")
        if phase == "history":
            if line["outcome"] != "executed":
                err(where, "history outcome must be executed")
            if label != "legit":
                err(where, "history lines must be legit")

        # signals
        sig = line["signals"]
        if not isinstance(sig, list) or not all(isinstance(s, str) for s in sig):
            err(where, "signals must be a list of strings")
            sig = []
        if len(set(sig)) != len(sig):
            err(where, "duplicate signals")
        for s in sig:
            if s not in SIGNALS:
                err(where, f"signal {s!r} not in README vocabulary")
        s = set(sig)

        # note
        note = line["note"]
        if not isinstance(note, str) or not note:
            err(where, "note missing")
            note = ""
        if not note.isascii():
            err(where, "note is not plain English ASCII")
        if len(RE_SENTENCE_END.findall(note)) != 1 or not note.endswith("."):
            err(where, "note must be exactly one sentence ending with a full stop")
        prefixes = ("Routine:", "Hard negative:", "Structural only:")
        if phase == "history":
            if note.startswith(prefixes):
                err(where, "history notes carry no Routine:/Hard negative:/Structural only: prefix")
        elif label == "legit":
            if note.startswith("Routine:"):
                if s:
                    err(where, "Routine: line must have no signals")
                stats["routine"] += 1
            elif note.startswith("Hard negative:"):
                if not s:
                    err(where, "Hard negative: line must name the scam-like surface in signals")
                stats["hard_negative"] += 1
            else:
                err(where, "legit test note must start with Routine: or Hard negative:")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(where, "scam note starts with a legit prefix")
            if note.startswith("Structural only:"):
                bad = s & STRUCTURAL_ONLY_FORBIDDEN
                if bad:
                    err(where, f"Structural only: scam relies on wording signals {sorted(bad)}")
                stats["structural_only"] += 1

        # request
        req = line["request"]
        rid_key = "request_id" if kind == "payment" else "record_id"
        if kind == "payment":
            keys_ok = list(req.keys()) in (PAYMENT_KEYS, PAYMENT_KEYS + ["verification"])
            if not keys_ok:
                err(where, f"payment keys {list(req.keys())} != documented order {PAYMENT_KEYS} (+ verification)")
                continue
        else:
            if not check_keys(where, req, ORDER_KEYS, "order"):
                continue
        rid = req[rid_key]
        if not isinstance(rid, str) or not rid:
            err(where, f"{rid_key} missing")
        if rid in seen_rids:
            err(where, f"duplicate {rid_key} {rid}")
        seen_rids.add(rid)
        ts = parse_ts(where, req["submitted_at" if kind == "payment" else "received_at"], "timestamp")
        if ts is not None:
            if st["last"] is not None and ts < st["last"]:
                err(where, "not in chronological order within its tenant")
            st["last"] = ts
            if ("off_hours" in s) != off_hours(ts):
                err(where, f"off_hours signal {'present' if 'off_hours' in s else 'absent'} but timestamp "
                           f"{ts.isoformat()} is {'off' if off_hours(ts) else 'in'} hours")
        if req["currency"] != "CNY":
            err(where, "currency must be CNY")
        for text in all_strings(req):
            scan_phone_like(where, text, "request text")

        block_reasons = []
        if kind == "payment":
            payer, pe, ins, rel = req["payer"], req["payee"], req["instruction"], req["related"]
            check_keys(where, payer, SUB_KEYS["payer"], "payer")
            check_keys(where, pe, SUB_KEYS["payee"], "payee")
            check_keys(where, ins, SUB_KEYS["instruction"], "instruction")
            check_keys(where, rel, SUB_KEYS["related"], "related")
            for acc, f in ((payer.get("account_no"), "payer.account_no"), (pe.get("account_no"), "payee.account_no")):
                if not isinstance(acc, str) or not RE_ACCOUNT.match(acc):
                    err(where, f"{f} must have 16-19 digits: {acc!r}")
            if not pe.get("name"):
                err(where, "payee.name required")
            if pe.get("account_type") not in ACCOUNT_TYPES:
                err(where, f"payee.account_type {pe.get('account_type')!r}")
            check_phone(where, pe.get("phone"), "payee.phone")
            amount = check_money(where, req["amount"], "amount")
            if ins.get("channel") not in CHANNELS:
                err(where, f"instruction.channel {ins.get('channel')!r}")
            if not isinstance(ins.get("urgent"), bool):
                err(where, "instruction.urgent must be boolean")
            if not isinstance(ins.get("text"), str) or not ins["text"]:
                err(where, "instruction.text missing")
            fc = ins.get("from_contact")
            if isinstance(fc, str) and re.fullmatch(r"[\d-]+", fc):
                check_phone(where, fc, "instruction.from_contact")
            by, appr = req["requested_by"], req["approved_by"]
            if not isinstance(by, str) or not RE_STAFF.match(by):
                err(where, f"requested_by {by!r}")
            if not isinstance(appr, list) or not all(isinstance(a, str) and RE_STAFF.match(a) for a in appr):
                err(where, f"approved_by {appr!r}")
                appr = []
            if by in appr:
                err(where, "requester approves own request")
            if len(set(appr)) != len(appr):
                err(where, "duplicate approver")

            changed = req["payee_account_changed_at"]
            changed_dt = parse_ts(where, changed, "payee_account_changed_at") if changed is not None else None
            ver = req.get("verification")
            if "verification" in req:
                if check_keys(where, ver, SUB_KEYS["verification"], "verification"):
                    if ver["callback_done"] is not True:
                        err(where, "verification.callback_done must be true when present")
                    check_phone(where, ver["callback_number"], "verification.callback_number", allow_null=False)
                    vdt = parse_ts(where, ver["verified_at"], "verification.verified_at")
                    if vdt and ts and vdt > ts:
                        err(where, "verification after submission")
                    if not RE_STAFF.match(str(ver["verified_by"])):
                        err(where, "verification.verified_by")
            if changed_dt and ts and changed_dt > ts:
                err(where, "payee_account_changed_at after submission")

            # data-derived signal consistency (test lines; history lines carry no signals)
            first = pe.get("account_no") not in st["payees"]
            T = phase == "test"
            if T and ("first_time_payee" in s) != first:
                err(where, f"first_time_payee signal {'present' if 'first_time_payee' in s else 'absent'} "
                           f"but payee account {'never' if first else 'already'} paid in history")
            if T and ("personal_account" in s) != (pe.get("account_type") == "personal"):
                err(where, "personal_account signal disagrees with payee.account_type")
            if T and ("no_approval" in s) != (len(appr) == 0):
                err(where, "no_approval signal disagrees with approved_by")
            inv = rel.get("invoice_no")
            dup = inv is not None and inv in st["invoices"]
            if T and ("duplicate_invoice" in s) != dup:
                err(where, "duplicate_invoice signal disagrees with the history invoices")
            oid = rel.get("order_id")
            if T and ("sales_order_linked" in s) != (oid is not None):
                err(where, "sales_order_linked signal disagrees with related.order_id")
            if oid is not None and oid not in st["orders"]:
                err(where, f"related.order_id {oid} is not an earlier order of this tenant")
            recent = changed_dt is not None and ts is not None and ts - changed_dt <= timedelta(days=30)
            if T and ("account_changed_recent" in s) != recent:
                err(where, "account_changed_recent signal disagrees with payee_account_changed_at")
            if "account_changed_long_ago" in s and (changed_dt is None or recent):
                err(where, "account_changed_long_ago needs a change more than 30 days old")
            for ch, sg in (("phone", "phone_instruction"), ("letter", "letter_instruction"),
                           ("im", "im_instruction"), ("email", "email_instruction")):
                if T and ins.get("channel") == ch and sg not in s:
                    err(where, f"channel {ch} without {sg}")
            on_file = st["vendor_phone"].get(pe.get("vendor_id"))
            verified_on_file = bool(ver) and on_file is not None and ver.get("callback_number") == on_file
            if label == "legit" and recent and first:
                if not verified_on_file:
                    err(where, "legit first payment to a recently changed account needs a call-back to the number on file")
            if ver and recent and label == "scam" and verified_on_file:
                err(where, "scam account change was verified on the number on file")

            text = " ".join([req.get("purpose") or "", req.get("memo") or "", ins.get("text") or ""])
            # hard-block conditions (README "expect: block" list)
            if any(w in norm(text) for w in SAFE_WORDS):
                block_reasons.append("safe/supervised account or fund verification")
            if "account_lending_words" in s:
                block_reasons.append("lending the company account")
            if "refund_to_other_account" in s:
                block_reasons.append("refund to another account")
            if "designated_supplier" in s and oid is not None:
                block_reasons.append("paying a customer-designated supplier before the customer's money")
            if (pe.get("vendor_id") and recent and first and amount is not None and amount >= 10000
                    and not verified_on_file):
                block_reasons.append("first payment to a supplier account changed within 30 days")
            if (ins.get("channel") in ("im", "email") and "balance_probe" in s and first and not appr
                    and "boss_role" in s):
                block_reasons.append("boss instruction by IM/e-mail, balance probe, first-time payee, no approval")
            if pe.get("account_type") == "personal" and (
                    {"task_rebate_words", "topup_words"} & s or any(w in norm(text) for w in VERIFY_UNFREEZE)):
                block_reasons.append("personal payee with task/top-up/unfreezing/verification words")
            if dup:
                block_reasons.append("invoice already paid")
            if {"payee_not_employee", "payee_shared_by_employees"} & s:
                block_reasons.append("salary to a non-employee or shared account")
            if ("safe_account_words" in s) != any(w in norm(text) for w in SAFE_WORDS):
                err(where, "safe_account_words signal disagrees with the text")
            if "account_lending_words" in s and not any(w in norm(text) for w in LENDING_WORDS):
                err(where, "account_lending_words without lending words in the text")

            # update history state
            if phase == "history":
                st["payees"].add(pe.get("account_no"))
                if inv:
                    st["invoices"].add(inv)
                if pe.get("vendor_id") and pe.get("phone") and pe["vendor_id"] not in st["vendor_phone"]:
                    st["vendor_phone"][pe["vendor_id"]] = pe["phone"]
            stats["payment"] += 1
        else:
            T = phase == "test"
            cu = req["customer"]
            if check_keys(where, cu, SUB_KEYS["customer"], "customer"):
                if not cu["name"]:
                    err(where, "customer.name required")
                cc = cu["credit_code"]
                if cc is not None and not (isinstance(cc, str) and uscc_ok(cc)):
                    err(where, f"credit_code {cc!r} has an invalid check character or format")
                check_phone(where, cu["phone"], "customer.phone")
                cid = cu["customer_id"]
                if T and ("new_customer" in s) != (cid is None):
                    err(where, "new_customer signal disagrees with customer_id")
                if cid is not None:
                    if customer_names.setdefault((tenant, cid), cu["name"]) != cu["name"]:
                        err(where, f"customer_id {cid} used for two names")
            items = req["items"]
            total = Decimal("0")
            if not isinstance(items, list) or not items:
                err(where, "items must be a non-empty list")
                items = []
            for it in items:
                if check_keys(where, it, SUB_KEYS["item"], "item"):
                    if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
                        err(where, f"quantity {it['quantity']!r} is not a decimal string")
                        continue
                    price = check_money(where, it["unit_price"], "unit_price")
                    if price is not None:
                        total += Decimal(it["quantity"]) * price
            tot = check_money(where, req["total_amount"], "total_amount")
            if tot is not None and tot != total.quantize(Decimal("0.01")):
                err(where, f"total_amount {tot} != sum of items {total}")
            if req["channel"] not in CHANNELS:
                err(where, f"order channel {req['channel']!r}")
            dl = req["delivery"]
            if check_keys(where, dl, SUB_KEYS["delivery"], "delivery"):
                if not RE_DATE.match(str(dl["deadline"])):
                    err(where, "delivery.deadline is not YYYY-MM-DD")
                elif ts and date.fromisoformat(dl["deadline"]) < ts.date():
                    err(where, "delivery.deadline before the order")
            tp = req["third_party"]
            if tp is not None and check_keys(where, tp, SUB_KEYS["third_party"], "third_party"):
                if tp["role"] not in ROLES:
                    err(where, f"third_party.role {tp['role']!r}")
                check_money(where, tp["amount"], "third_party.amount")
                if isinstance(tp["contact"], str) and re.fullmatch(r"[\d-]+", tp["contact"]):
                    check_phone(where, tp["contact"], "third_party.contact")
            fees = req["fees_requested"]
            if not isinstance(fees, list):
                err(where, "fees_requested must be a list")
                fees = []
            for f in fees:
                if check_keys(where, f, SUB_KEYS["fee"], "fee"):
                    check_money(where, f["amount"], "fee amount")
            role = tp["role"] if isinstance(tp, dict) else None
            if T and ("designated_supplier" in s) != (role == "designated_supplier"):
                err(where, "designated_supplier signal disagrees with third_party.role")
            if fees and "fee_asked_of_seller" not in s:
                err(where, "fees_requested without fee_asked_of_seller")
            if "refund_to_other_account" in s and role != "refund_recipient":
                err(where, "refund_to_other_account without a refund_recipient third party")
            if role == "pass_through_payee" and "account_lending_words" not in s:
                err(where, "pass_through_payee without account_lending_words")
            text = req["notes"] or ""
            if any(w in norm(text) for w in SAFE_WORDS):
                block_reasons.append("safe/supervised account or fund verification")
            if "account_lending_words" in s or role == "pass_through_payee":
                block_reasons.append("lending the company account")
            if "refund_to_other_account" in s:
                block_reasons.append("refund to another account")
            if role == "designated_supplier" and "fake_payment_proof" in s:
                block_reasons.append("designated supplier to be paid first, backed only by a screenshot")
            if "account_lending_words" in s and not any(w in norm(text) for w in LENDING_WORDS):
                err(where, "account_lending_words without lending words in the notes")
            st["orders"].add(rid)
            stats["order"] += 1

        # evasion spellings must really be in the text
        all_text = " ".join(all_strings(req))
        checks = {
            "evasion_fullwidth": bool(RE_FULLWIDTH_ALNUM.search(all_text)),
            "evasion_spacing": bool(RE_SPACED.search(all_text)),
            "evasion_symbols": bool(RE_EMOJI.search(all_text)),
            "evasion_traditional": sum(ch in TRADITIONAL for ch in all_text) >= 3,
            "evasion_homophone": any(h in all_text for h in HOMOPHONES),
            "evasion_pinyin": any(re.search(rf"(?<![A-Za-z]){p}(?![A-Za-z])", all_text) for p in PINYIN),
        }
        for name, present in checks.items():
            if name in s and not present:
                err(where, f"{name} signal but no such spelling in the request")
            if name in ("evasion_fullwidth", "evasion_symbols", "evasion_spacing") and present and name not in s:
                err(where, f"text has an {name} spelling but the signal is missing")

        # expect: block exactly where the README block list applies
        if label == "scam":
            if (expect == "block") != bool(block_reasons):
                err(where, f"expect {expect} but block conditions are {block_reasons or 'none'}")
        elif block_reasons:
            err(where, f"legit line meets hard-block conditions {block_reasons}")

        # tallies
        stats[f"{phase}"] += 1
        stats[f"{tenant}:{phase}"] += 1
        if phase == "test":
            stats[f"test:{label}"] += 1
            stats[f"test:{kind}"] += 1
            stats[f"{tenant}:test:{label}"] += 1
            if expect == "block":
                stats["expect_block"] += 1
            if label == "scam":
                per_type[stype] += 1

    for t in SCAM_TYPES:
        if per_type[t] < 3:
            err("corpus", f"scam type {t} has {per_type[t]} test lines (< 3)")

    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print(f"{len(ERRORS)} violation(s)")
        return 1
    print(f"OK: {len(lines)} lines, {stats['history']} history, {stats['test']} test "
          f"({stats['test:scam']} scam, {stats['test:legit']} legit: {stats['hard_negative']} hard negatives, "
          f"{stats['routine']} routine), {stats['expect_block']} expect:block, "
          f"{stats['structural_only']} structural-only; payments {stats['payment']}, orders {stats['order']}")
    for t in tenant_order:
        print(f"  {t}: history {stats[t + ':history']}, test {stats[t + ':test']} "
              f"(scam {stats[t + ':test:scam']}, legit {stats[t + ':test:legit']})")
    print("  scams per type: " + ", ".join(f"{t} {per_type[t]}" for t in SCAM_TYPES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
