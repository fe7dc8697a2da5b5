#!/usr/bin/env python3
"""Validate ../holdout5.jsonl against the corpus format (shared/corpus/README.md).

Usage (from the holdout5 folder):  python3 gen/validate.py [--sample PATH] [--corpus PATH]

Exit status 0 when every check passes; otherwise every problem is listed and the
exit status is 1.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import is_off_hours, uscc_valid  # noqa: E402

CORPUS = os.path.join(os.path.dirname(HERE), "holdout5.jsonl")
DEFAULT_SAMPLE = os.path.normpath(os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "sample.jsonl"))
if not os.path.exists(DEFAULT_SAMPLE):
    DEFAULT_SAMPLE = "/work/shared/corpus/sample.jsonl"

# ---------------------------------------------------------------------------
# Format constants (from the corpus README and the wire contract)
# ---------------------------------------------------------------------------
TOP_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
                    "signals", "note", "request"]
TOP_KEYS_TEST = [k for k in TOP_KEYS_HISTORY if k != "outcome"]
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
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
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
EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
           "evasion_homophone", "evasion_symbols"]

MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1380000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
LINE_ID_RE = re.compile(r"^(?P<tenant>[a-z]+)-(?P<tag>[ht])(?P<n>\d{3})$")

CJK = r"\u4e00-\u9fff"
FULLWIDTH_ALNUM_RE = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ZERO_WIDTH_RE = re.compile("[\u200b-\u200f\u2060\ufeff]")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27bf\u2795]")
SPACED_RE = re.compile(f"[{CJK}][ \u3000]+[{CJK}][ \u3000]+[{CJK}]")
PINYIN_RE = re.compile(f"[{CJK}][a-z]{{2,}}|[a-z]{{2,}}[{CJK}]|(?<![A-Za-z])[a-z]{{3}}(?![A-Za-z])")
TRAD_CHARS = set("證轉帳賬戶匯驗資墊凍結錢號們業會處這個對說開務時後將還請讓與醫學術議統費繳驟雜騰訊羅")
HOMOPHONES = ["威信", "薇信", "唰单", "返力", "反利", "保正金", "保症金", "压金", "验正码", "银航卡", "扣扣"]

# Hard-block signals (corpus README, "expect: block") expressed on the signal vocabulary
# plus the request structure.
ALWAYS_HARD = {"safe_account_words", "account_lending_words", "refund_to_other_account",
               "duplicate_invoice", "payee_not_employee", "payee_shared_by_employees"}
TASK_WORDS = {"task_rebate_words", "topup_words", "loan_fee_words"}
MEANINGFUL_AMOUNT = Decimal("10000")


def parse_ts(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def free_texts(line) -> list[str]:
    r = line["request"]
    if line["kind"] == "payment":
        return [r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""]
    out = [r.get("notes") or "", r.get("payment_terms") or ""]
    out += [f["reason"] for f in r.get("fees_requested") or []]
    return out


def hard_block(line) -> list[str]:
    """Return the reasons (if any) why the data carries a hard-block signal."""
    sig = set(line["signals"])
    r = line["request"]
    why = sorted(sig & ALWAYS_HARD)
    if line["label"] == "scam" and "designated_supplier" in sig:
        # In this corpus the signal is used on scam lines only when the company is asked to
        # pay the customer's designated supplier before the customer's money has arrived.
        why.append("designated_supplier(pay-first)")
    if line["kind"] == "payment":
        amount = Decimal(r["amount"])
        if {"account_changed_recent", "first_time_payee"} <= sig and amount >= MEANINGFUL_AMOUNT:
            why.append("first meaningful payment to an account changed within 30 days")
        if ({"boss_role", "balance_probe", "first_time_payee", "no_approval"} <= sig
                and sig & {"im_instruction", "email_instruction"}):
            why.append("boss IM/e-mail + balance probe + first-time payee + no approval")
        if "personal_account" in sig and sig & TASK_WORDS:
            why.append("personal payee + task/top-up/verification words")
    return why


def main() -> int:
    sample_path = DEFAULT_SAMPLE
    if "--sample" in sys.argv:
        sample_path = sys.argv[sys.argv.index("--sample") + 1]
    corpus = CORPUS
    if "--corpus" in sys.argv:
        corpus = sys.argv[sys.argv.index("--corpus") + 1]
    errors: list[str] = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    # ---------------------------------------------------------------- parse
    lines = []
    with open(corpus, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                err(f"line {n}", "blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                err(f"line {n}", f"invalid JSON: {e}")
                continue
            if not isinstance(obj, dict):
                err(f"line {n}", "not a JSON object")
                continue
            lines.append(obj)
    if errors:
        print("\n".join(errors))
        return 1

    ids = collections.Counter(l.get("id") for l in lines)
    for k, v in ids.items():
        if v > 1:
            err(k, f"duplicate id ({v} times)")
    req_ids = collections.Counter()

    # ------------------------------------------------------- per-line checks
    for l in lines:
        lid = l.get("id", "?")
        phase = l.get("phase")
        want = TOP_KEYS_HISTORY if phase == "history" else TOP_KEYS_TEST
        if list(l.keys()) != want:
            err(lid, f"top-level keys {list(l.keys())} != {want}")
            continue
        m = LINE_ID_RE.match(lid)
        if not m or m["tenant"] != l["tenant"] or m["tag"] != ("h" if phase == "history" else "t"):
            err(lid, "id does not match tenant/phase pattern")
        if phase not in ("history", "test"):
            err(lid, f"bad phase {phase}")
        if l["kind"] not in ("payment", "order"):
            err(lid, f"bad kind {l['kind']}")
            continue
        if l["label"] not in ("legit", "scam"):
            err(lid, f"bad label {l['label']}")
        if l["expect"] not in ("allow", "flag", "block"):
            err(lid, f"bad expect {l['expect']}")
        if phase == "history":
            if (l["label"], l["expect"], l["outcome"], l["scam_type"]) != ("legit", "allow", "executed", None):
                err(lid, "history line must be legit/allow/executed with scam_type null")
            if l["signals"]:
                err(lid, "history line carries signals")
        if l["label"] == "legit":
            if l["scam_type"] is not None or l["expect"] != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        else:
            if l["scam_type"] not in SCAM_TYPES:
                err(lid, f"bad scam_type {l['scam_type']}")
            if l["expect"] not in ("flag", "block"):
                err(lid, "scam line must expect flag or block")
        if not isinstance(l["signals"], list) or any(s not in SIGNALS for s in l["signals"]):
            err(lid, f"unknown signal(s): {[s for s in l['signals'] if s not in SIGNALS]}")
        if len(set(l["signals"])) != len(l["signals"]):
            err(lid, "duplicate signal")
        note = l["note"]
        if not isinstance(note, str) or not note.strip():
            err(lid, "empty note")
        if phase == "test":
            if l["label"] == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "legit test note must start with 'Routine:' or 'Hard negative:'")
            if note.startswith("Hard negative:") and not l["signals"]:
                err(lid, "hard negative without the signals it shares")
            if note.startswith("Routine:") and l["signals"]:
                err(lid, "routine line carries signals")
            if l["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "scam note uses a legit prefix")
        if note.count(". ") > 1 or not note.rstrip().endswith((".", "?", "!")):
            err(lid, "note should be one English sentence")

        r = l["request"]
        if l["kind"] == "payment":
            keys = list(r.keys())
            if keys not in (PAY_KEYS, PAY_KEYS + PAY_OPTIONAL_TAIL):
                err(lid, f"payment keys {keys}")
                continue
            for sub, want_keys in (("payer", PAYER_KEYS), ("payee", PAYEE_KEYS),
                                   ("instruction", INSTR_KEYS), ("related", RELATED_KEYS)):
                if not isinstance(r[sub], dict) or list(r[sub].keys()) != want_keys:
                    err(lid, f"{sub} keys {list(r[sub].keys()) if isinstance(r[sub], dict) else r[sub]}")
            if "verification" in r and list(r["verification"].keys()) != VERIF_KEYS:
                err(lid, "verification keys")
            req_ids[(l["tenant"], "payment", r["request_id"])] += 1
            if not TS_RE.match(r["submitted_at"]):
                err(lid, "submitted_at not RFC 3339 +08:00")
            for k in ("payee_account_changed_at",):
                if r[k] is not None and not TS_RE.match(r[k]):
                    err(lid, f"{k} not RFC 3339 +08:00")
            if "verification" in r and not TS_RE.match(r["verification"]["verified_at"]):
                err(lid, "verified_at not RFC 3339 +08:00")
            if not MONEY_RE.match(r["amount"]):
                err(lid, "amount not a two-decimal string")
            if r["currency"] != "CNY":
                err(lid, "currency")
            for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
                if not ACCT_RE.match(acc):
                    err(lid, f"account number {acc} not 16-19 digits")
            if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                err(lid, "payee.account_type")
            if r["instruction"]["channel"] not in CHANNELS:
                err(lid, "instruction.channel")
            if not isinstance(r["instruction"]["urgent"], bool):
                err(lid, "instruction.urgent must be boolean")
            if not isinstance(r["approved_by"], list):
                err(lid, "approved_by must be a list")
            elif r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            if r["instruction"]["channel"] == "erp" and (not r["requested_by"] or not r["approved_by"]):
                err(lid, "ERP payment without requester or approvers")
            for ph in (r["payee"]["phone"], (r.get("verification") or {}).get("callback_number")):
                if ph is not None and not (MOBILE_RE.match(ph) or LANDLINE_RE.match(ph)):
                    err(lid, f"phone {ph} not in the fictitious formats")
            if not r["payee"]["name"] or not r["request_id"]:
                err(lid, "required payment field missing")
        else:
            keys = list(r.keys())
            if keys != ORDER_KEYS:
                err(lid, f"order keys {keys}")
                continue
            if list(r["customer"].keys()) != CUSTOMER_KEYS:
                err(lid, "customer keys")
            if list(r["delivery"].keys()) != DELIVERY_KEYS:
                err(lid, "delivery keys")
            req_ids[(l["tenant"], "order", r["record_id"])] += 1
            if not TS_RE.match(r["received_at"]):
                err(lid, "received_at not RFC 3339 +08:00")
            if not MONEY_RE.match(r["total_amount"]):
                err(lid, "total_amount not a two-decimal string")
            if r["currency"] != "CNY":
                err(lid, "currency")
            if r["channel"] not in CHANNELS:
                err(lid, "order channel")
            total = Decimal("0")
            if not r["items"]:
                err(lid, "order without items")
            for it in r["items"]:
                if list(it.keys()) != ITEM_KEYS:
                    err(lid, "item keys")
                    continue
                if not QTY_RE.match(it["quantity"]) or not MONEY_RE.match(it["unit_price"]):
                    err(lid, f"item quantity/price format {it}")
                    continue
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if MONEY_RE.match(r["total_amount"]) and Decimal(r["total_amount"]) != total:
                err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
            tp = r["third_party"]
            if tp is not None:
                if list(tp.keys()) != TP_KEYS:
                    err(lid, "third_party keys")
                elif tp["role"] not in TP_ROLES:
                    err(lid, "third_party.role")
                elif not MONEY_RE.match(tp["amount"]):
                    err(lid, "third_party.amount format")
                elif not MOBILE_RE.match(tp["contact"].split(" ")[0]) and not LANDLINE_RE.match(tp["contact"].split(" ")[0]):
                    err(lid, "third_party.contact phone format")
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fee in r["fees_requested"]:
                if list(fee.keys()) != FEE_KEYS or not MONEY_RE.match(fee["amount"]):
                    err(lid, f"fee entry {fee}")
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_valid(cc):
                err(lid, f"invalid unified social credit code {cc}")
            ph = r["customer"]["phone"]
            if ph is not None and not (MOBILE_RE.match(ph) or LANDLINE_RE.match(ph)):
                err(lid, f"customer phone {ph} not in the fictitious formats")
            if not DATE_RE.match(r["delivery"]["deadline"] or ""):
                err(lid, "delivery.deadline not YYYY-MM-DD")
            if not r["customer"]["name"] or not r["record_id"]:
                err(lid, "required order field missing")

    for k, v in req_ids.items():
        if v > 1:
            err(f"{k[0]}/{k[1]}", f"duplicate request/record id {k[2]}")
    all_req = collections.Counter(k[2] for k in req_ids)
    for k, v in all_req.items():
        if v > 1:
            err("request ids", f"{k} used more than once")
    if errors:
        print("\n".join(errors))
        return 1

    # ------------------------------------------------ tenant-level structure
    by_tenant: dict[str, list] = collections.OrderedDict()
    seen_tenants = []
    for l in lines:
        if seen_tenants and seen_tenants[-1] != l["tenant"] and l["tenant"] in seen_tenants:
            err(l["id"], "tenant lines are not grouped")
        if not seen_tenants or seen_tenants[-1] != l["tenant"]:
            seen_tenants.append(l["tenant"])
        by_tenant.setdefault(l["tenant"], []).append(l)

    def when(l):
        r = l["request"]
        return parse_ts(r["submitted_at"] if l["kind"] == "payment" else r["received_at"])

    for tenant, tl in by_tenant.items():
        prev = None
        in_test = False
        hist_accounts = set()
        hist_invoices = set()
        hist_vendor_accounts = collections.defaultdict(set)
        hist_customers = {}
        for l in tl:
            w = when(l)
            if prev is not None and w < prev:
                err(l["id"], "not in chronological order")
            prev = w
            if l["phase"] == "test":
                in_test = True
                if not (dt.date(2026, 11, 1) <= w.date() <= dt.date(2026, 12, 31)):
                    err(l["id"], "test line outside November-December 2026")
            else:
                if in_test:
                    err(l["id"], "history line after a test line")
                if not (dt.date(2026, 9, 1) <= w.date() <= dt.date(2026, 10, 31)):
                    err(l["id"], "history line outside September-October 2026")
            r = l["request"]
            sig = set(l["signals"])
            if l["kind"] == "payment":
                payee = r["payee"]
                if r["payer"]["account_no"] != tl[0]["request"].get("payer", r["payer"])["account_no"]:
                    pass
                if l["phase"] == "history":
                    hist_accounts.add(payee["account_no"])
                    if r["related"]["invoice_no"]:
                        hist_invoices.add(r["related"]["invoice_no"])
                    if payee["vendor_id"]:
                        hist_vendor_accounts[payee["vendor_id"]].add(payee["account_no"])
                    continue
                # derived signal consistency (test payments)
                first = payee["account_no"] not in hist_accounts
                if first != ("first_time_payee" in sig):
                    err(l["id"], f"first_time_payee signal {'missing' if first else 'wrong'}")
                if (payee["account_type"] == "personal") != ("personal_account" in sig):
                    err(l["id"], "personal_account signal inconsistent with account_type")
                if (r["approved_by"] == []) != ("no_approval" in sig):
                    err(l["id"], "no_approval signal inconsistent with approved_by")
                ch = r["instruction"]["channel"]
                for c, s in (("im", "im_instruction"), ("email", "email_instruction"),
                             ("phone", "phone_instruction"), ("letter", "letter_instruction")):
                    if (ch == c) != (s in sig):
                        err(l["id"], f"{s} signal inconsistent with instruction.channel")
                dup = bool(r["related"]["invoice_no"]) and r["related"]["invoice_no"] in hist_invoices
                if dup != ("duplicate_invoice" in sig):
                    err(l["id"], "duplicate_invoice signal inconsistent with history invoices")
                ca = r["payee_account_changed_at"]
                recent = ca is not None and (when(l) - parse_ts(ca)) <= dt.timedelta(days=30)
                old = ca is not None and not recent
                if recent != ("account_changed_recent" in sig):
                    err(l["id"], "account_changed_recent inconsistent with payee_account_changed_at")
                if old != ("account_changed_long_ago" in sig):
                    err(l["id"], "account_changed_long_ago inconsistent with payee_account_changed_at")
                if ca is not None and parse_ts(ca) > when(l):
                    err(l["id"], "account change dated after the request")
                vid = payee["vendor_id"]
                if vid and vid in hist_vendor_accounts and payee["account_no"] not in hist_vendor_accounts[vid] and ca is None:
                    err(l["id"], "vendor paid to an account not on file without payee_account_changed_at")
            else:
                cust = r["customer"]
                if l["phase"] == "history":
                    if cust["customer_id"] is None:
                        err(l["id"], "history order from a customer without customer_id")
                    else:
                        hist_customers.setdefault(cust["customer_id"], cust["name"])
                    continue
                if (cust["customer_id"] is None) != ("new_customer" in sig):
                    err(l["id"], "new_customer signal inconsistent with customer_id")
                if cust["customer_id"] is not None:
                    if cust["customer_id"] not in hist_customers:
                        err(l["id"], "customer_id not established in history")
                    elif hist_customers[cust["customer_id"]] != cust["name"]:
                        err(l["id"], "customer_id used with a different name")
            if l["phase"] == "test" and is_off_hours(r["submitted_at"] if l["kind"] == "payment" else r["received_at"]) != ("off_hours" in sig):
                err(l["id"], "off_hours signal inconsistent with the timestamp")

    # ---------------------------------------------------- expect consistency
    for l in lines:
        if l["phase"] != "test":
            continue
        why = hard_block(l)
        if l["label"] == "scam":
            if l["expect"] == "block" and not why:
                err(l["id"], "expect block but no hard-block signal in the data")
            if l["expect"] == "flag" and why:
                err(l["id"], f"expect flag but the data holds a hard-block signal: {why}")
        else:
            # On legitimate lines the signals name the shared surface only; the one word-level
            # trap allowed here is a genuine escrow ("supervised") account named in a contract.
            why = [w for w in why if w not in ("designated_supplier(pay-first)", "safe_account_words")]
            if why:
                err(l["id"], f"legit line carries a hard-block signal: {why}")

    # ------------------------------------------------ evasion signal evidence
    for l in lines:
        if l["phase"] != "test":
            continue
        text = "\n".join(free_texts(l))
        sig = set(l["signals"])
        checks = {
            "evasion_fullwidth": bool(FULLWIDTH_ALNUM_RE.search(text)),
            "evasion_symbols": bool(ZERO_WIDTH_RE.search(text) or EMOJI_RE.search(text)),
            "evasion_spacing": bool(SPACED_RE.search(text)),
            "evasion_traditional": any(c in TRAD_CHARS for c in text),
            "evasion_pinyin": bool(PINYIN_RE.search(text)),
            "evasion_homophone": any(h in text for h in HOMOPHONES),
        }
        for s, present in checks.items():
            if s in sig and not present:
                err(l["id"], f"{s} claimed but no such spelling in the free text")
        # reverse direction for the unambiguous families
        if checks["evasion_fullwidth"] and "evasion_fullwidth" not in sig:
            err(l["id"], "full-width letters/digits without evasion_fullwidth")
        if ZERO_WIDTH_RE.search(text) and "evasion_symbols" not in sig:
            err(l["id"], "zero-width character without evasion_symbols")
        if checks["evasion_traditional"] and "evasion_traditional" not in sig:
            err(l["id"], "traditional characters without evasion_traditional")
        if any(h in text for h in HOMOPHONES) and "evasion_homophone" not in sig:
            err(l["id"], "homophone spelling without evasion_homophone")
        if l["label"] == "legit" and sig & set(EVASION):
            err(l["id"], "legit line with an evasion signal")
        # signals that must be backed by text
        if "safe_account_words" in sig and not re.search("安全账户|国家账户|监管账户|監管賬戶|安全賬戶|资金核查|資金核查", text):
            err(l["id"], "safe_account_words without such words")

    # ------------------------------------- credit codes quoted anywhere else
    uscc_token = re.compile(r"(?<![0-9A-Za-z])[1-9ANY][0-9A-Z]\d{6}[0-9A-Z]{10}(?![0-9A-Za-z])")
    for l in lines:
        for key, val in _walk(l["request"]):
            if key == "credit_code" or not isinstance(val, str):
                continue
            for tok in uscc_token.findall(val):
                if re.search("[A-Z]", tok) and not uscc_valid(tok):
                    err(l["id"], f"invalid credit code quoted in {key}: {tok}")

    # --------------------------------------------------------- coverage
    test = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in test if l["label"] == "scam"]
    st = collections.Counter(l["scam_type"] for l in scams)
    for t in SCAM_TYPES:
        if st[t] < 2:
            err("coverage", f"scam type {t} has {st[t]} lines (< 2)")
    others_max = max(v for k, v in st.items() if k not in ("fake_purchaser", "fake_order"))
    for t in ("fake_purchaser", "fake_order"):
        if st[t] <= 3 or st[t] < others_max:
            err("coverage", f"{t} should have more lines than the other types ({st[t]})")
    for e in EVASION:
        if not any(e in l["signals"] for l in scams):
            err("coverage", f"evasion family {e} unused")
    orders = sum(1 for l in test if l["kind"] == "order")
    if orders * 2 < len(test):
        err("coverage", f"orders are {orders} of {len(test)} test lines (< half)")
    if sum(1 for l in scams if l["note"].startswith("Structural only:")) < 2:
        err("coverage", "fewer than two structural-only scams")
    hn = collections.Counter()
    for l in test:
        if l["note"].startswith("Hard negative:"):
            hn[l["kind"]] += 1
    if sum(hn.values()) < 30:
        err("coverage", f"only {sum(hn.values())} hard negatives")
    for l in scams:
        if l["kind"] == "payment" and not (l["request"]["instruction"]["text"] or "").strip():
            err(l["id"], "scam payment without instruction text")

    # ------------------------------------------------ no reuse of sample.jsonl
    if not os.path.exists(sample_path):
        err("sample", f"cannot find {sample_path} to check for reuse (use --sample PATH)")
    else:
        sample_ids, sample_sentences, sample_windows = collect_sample(sample_path)
        mine_ids = collect_identifiers(lines)
        for value, where in sorted(mine_ids.items()):
            if value in sample_ids:
                err(where, f"identifier reused from sample.jsonl: {value}")
        all_text = "\n".join("\n".join(free_texts(l)) for l in lines)
        for s in sorted(sample_sentences):
            if s in all_text:
                err("reuse", f"sample sentence reused: {s}")
        mine_windows = set()
        for l in lines:
            for t in free_texts(l):
                mine_windows |= windows(t)
        for w in sorted(mine_windows & sample_windows):
            err("reuse", f"12-character run shared with sample.jsonl: {w}")

    # ------------------------------------------------------------- report
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        return 1
    kinds = collections.Counter((l["kind"], l["label"]) for l in test)
    print(f"OK: {len(lines)} lines, {len(by_tenant)} tenants, {len(test)} test lines "
          f"({orders} orders, {len(test) - orders} payments; "
          f"{sum(1 for l in test if l['label'] == 'legit')} legit, {len(scams)} scams; "
          f"expect {dict(collections.Counter(l['expect'] for l in test))}); "
          f"kind x label {dict(kinds)}")
    return 0


# ---------------------------------------------------------------------------
# Reuse checks
# ---------------------------------------------------------------------------
ID_KEYS = {"id", "request_id", "record_id", "account_no", "account_name", "name", "phone", "email", "im_id",
           "credit_code", "from_contact", "from_name", "contact", "contact_name", "vendor_id", "customer_id",
           "contract_id", "invoice_no", "order_id", "callback_number", "requested_by", "verified_by", "address",
           "tenant"}


def _walk(obj, path=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _walk(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v, path)
    else:
        yield path, obj


def collect_identifiers(lines) -> dict:
    out = {}
    for l in lines:
        for key, val in _walk(l):
            if key in ID_KEYS and isinstance(val, str) and val:
                out.setdefault(val, l["id"])
        r = l["request"]
        for emp in (r.get("approved_by") or []):
            out.setdefault(emp, l["id"])
    return out


def windows(text: str, n: int = 12) -> set:
    text = re.sub(r"\s+", "", text)
    return {text[i:i + n] for i in range(0, max(0, len(text) - n + 1))
            if len(re.findall(f"[{CJK}]", text[i:i + n])) >= 6}


def collect_sample(path):
    ids, sentences, wins = set(), set(), set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            l = json.loads(raw)
            for key, val in _walk(l):
                if key in ID_KEYS and isinstance(val, str) and val:
                    ids.add(val)
            for emp in (l["request"].get("approved_by") or []):
                ids.add(emp)
            for t in free_texts(l):
                for s in re.split(r"[。！？；!?;\n]", t):
                    s = s.strip()
                    if len(re.findall(f"[{CJK}]", s)) >= 6:
                        sentences.add(s)
                wins |= windows(t)
    return ids, sentences, wins


if __name__ == "__main__":
    sys.exit(main())
