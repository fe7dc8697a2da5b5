#!/usr/bin/env python3
"""Validate ../holdout4.jsonl against the corpus format (shared/corpus/README.md).

Run from the holdout4 folder:  python3 gen/validate.py
Exit status 0 when every check passes, 1 otherwise.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import (ACCOUNT_TYPES, FREE_MAIL_DOMAINS, INSTRUCTION_CHANNELS, LINE_KEYS,  # noqa: E402
                    ORDER_KEYS, PAYMENT_KEYS, SCAM_TYPES, SIGNALS, THIRD_PARTY_ROLES,
                    in_ambiguous_window, is_off_hours, is_valid_uscc, parse_ts)

ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "holdout4.jsonl")
README = os.path.join(ROOT, "README.md")
SAMPLE = os.environ.get("HOLDOUT4_SAMPLE", "/work/shared/corpus/sample.jsonl")

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1380000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
EMP_RE = re.compile(r"^E\d{4}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CJK = "\u4e00-\u9fff"

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

TRADITIONAL_CHARS = set("財務帳戶審國銀請匯謝貨開號與這個們對會發過證書時點業續將處幣額實無")
HOMOPHONES = ["保正金", "保症金", "保征金", "返力", "反利", "唰单", "威信", "薇信", "徽信", "扣扣",
              "压金", "验正码", "银航卡", "支附宝", "绿泡泡"]
ZERO_WIDTH = re.compile("[\u200b-\u200f\u2060\ufeff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]")
SEP_BETWEEN_CJK = re.compile(f"[{CJK}][·•.\\-_/\\\\|*~#@+][{CJK}]")
SPACE_BETWEEN_CJK = re.compile(f"[{CJK}][ \u3000]+[{CJK}]")
FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
PINYIN_MIX = re.compile(f"(?:[{CJK}][a-z]{{2,}}(?![A-Za-z0-9_.@-])|(?<![A-Za-z0-9_.@-])[a-z]{{2,}}[{CJK}]"
                        f"|\\b(?:bzj|yzm|yhk|zfb|aqzh|gjf|dgzh|sls)\\b)")
MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_IN_TEXT = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")

errors: list[str] = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def keys_exact(where, obj, keys, optional_tail=()):
    if not isinstance(obj, dict):
        err(where, f"expected object, got {type(obj).__name__}")
        return False
    got = list(obj.keys())
    allowed = [keys + list(optional_tail[:i]) for i in range(len(optional_tail) + 1)]
    if got not in allowed:
        err(where, f"keys {got} != {keys}{' (+' + ','.join(optional_tail) + ')' if optional_tail else ''}")
        return False
    return True


def is_str(v):
    return isinstance(v, str) and v != ""


def str_or_null(v):
    return v is None or isinstance(v, str)


def check_money(where, v):
    if not (isinstance(v, str) and MONEY_RE.match(v)):
        err(where, f"amount {v!r} is not a two-decimal string")
        return None
    return Decimal(v)


def check_ts(where, v):
    if not (isinstance(v, str) and TS_RE.match(v)):
        err(where, f"timestamp {v!r} is not RFC 3339 with +08:00")
        return None
    try:
        return parse_ts(v)
    except ValueError:
        err(where, f"timestamp {v!r} does not parse")
        return None


def check_phone(where, v, allow_null=True):
    if v is None and allow_null:
        return
    if not (isinstance(v, str) and (MOBILE_RE.match(v) or LANDLINE_RE.match(v))):
        err(where, f"phone {v!r} does not follow 1380000xxxx / area-0000xxx")


def free_texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return [r.get("memo") or "", (r.get("instruction") or {}).get("text") or "", r.get("purpose") or ""]
    return [r.get("notes") or "", r.get("payment_terms") or ""]


def email_domain(addr):
    if isinstance(addr, str) and "@" in addr:
        return addr.rsplit("@", 1)[1].lower()
    return None


def block_condition(s: set) -> bool:
    """The README's list of hard-block signals, expressed on this corpus's signal names."""
    return any([
        "safe_account_words" in s,
        "account_lending_words" in s,
        "refund_to_other_account" in s,
        {"refund_words", "fake_payment_proof"} <= s,
        {"designated_supplier", "fake_payment_proof"} <= s,
        {"account_changed_recent", "first_time_payee"} <= s,
        {"boss_role", "no_approval", "balance_probe", "first_time_payee"} <= s
        and bool({"im_instruction", "email_instruction"} & s),
        "personal_account" in s and bool({"task_rebate_words", "topup_words", "loan_fee_words"} & s),
        "duplicate_invoice" in s,
        "payee_not_employee" in s,
        "payee_shared_by_employees" in s,
    ])


# --------------------------------------------------------------------------------------
def load_lines(path):
    lines = []
    with open(path, encoding="utf-8") as f:
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
    return lines


def check_line_shape(line):
    lid = line.get("id", "?")
    expected = [k for k in LINE_KEYS if k != "outcome" or line.get("phase") == "history"]
    if list(line.keys()) != expected:
        err(lid, f"top-level keys {list(line.keys())} != {expected}")
        return False
    if line["phase"] not in ("history", "test"):
        err(lid, "bad phase")
    if line["kind"] not in ("payment", "order"):
        err(lid, "bad kind")
        return False
    if line["label"] not in ("legit", "scam"):
        err(lid, "bad label")
    if line["expect"] not in ("allow", "flag", "block"):
        err(lid, "bad expect")
    if line["label"] == "legit":
        if line["scam_type"] is not None:
            err(lid, "legit line with scam_type")
        if line["expect"] != "allow":
            err(lid, "legit line must expect allow")
    else:
        if line["scam_type"] not in SCAM_TYPES:
            err(lid, f"bad scam_type {line['scam_type']!r}")
        if line["expect"] not in ("flag", "block"):
            err(lid, "scam line must expect flag or block")
    if line["phase"] == "history":
        if line["label"] != "legit" or line["expect"] != "allow" or line.get("outcome") != "executed":
            err(lid, "history lines must be legit/allow/executed")
        if line["signals"] != []:
            err(lid, "history lines carry no signals")
    if not isinstance(line["signals"], list) or len(set(line["signals"])) != len(line["signals"]):
        err(lid, "signals must be a list without duplicates")
    else:
        for s in line["signals"]:
            if s not in SIGNALS:
                err(lid, f"unknown signal {s!r}")
    note = line["note"]
    if not is_str(note) or "\n" in note or not note.endswith("."):
        err(lid, "note must be one sentence ending with a full stop")
    else:
        if line["phase"] == "test" and line["label"] == "legit":
            if not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                err(lid, "legit test note must start with 'Routine:' or 'Hard negative:'")
        if line["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
            err(lid, "scam note with a legit prefix")
        if note.startswith("Structural only:") and line["label"] != "scam":
            err(lid, "'Structural only:' is for scams")
        if line["phase"] == "history" and note.split(":")[0] in ("Routine", "Hard negative", "Structural only"):
            err(lid, "history notes carry no test prefix")
    return True


def check_payment(lid, r):
    if not keys_exact(lid + " request", r, PAYMENT_KEYS, ("verification",)):
        return
    if not is_str(r["request_id"]):
        err(lid, "request_id required")
    check_ts(lid + " submitted_at", r["submitted_at"])
    keys_exact(lid + " payer", r["payer"], PAYER_KEYS)
    if not ACCT_RE.match(str(r["payer"].get("account_no"))):
        err(lid, "payer account_no must have 16-19 digits")
    p = r["payee"]
    if keys_exact(lid + " payee", p, PAYEE_KEYS):
        if not is_str(p["name"]):
            err(lid, "payee.name required")
        if not (isinstance(p["account_no"], str) and ACCT_RE.match(p["account_no"])):
            err(lid, f"payee account_no {p['account_no']!r} must have 16-19 digits")
        if p["account_type"] not in ACCOUNT_TYPES:
            err(lid, "bad account_type")
        if not str_or_null(p["vendor_id"]) or not is_str(p["bank"]):
            err(lid, "payee vendor_id/bank types")
        check_phone(lid + " payee.phone", p["phone"])
    check_money(lid + " amount", r["amount"])
    if r["currency"] != "CNY":
        err(lid, "currency must be CNY")
    for k in ("purpose", "memo"):
        if not is_str(r[k]):
            err(lid, f"{k} must be a non-empty string")
    ins = r["instruction"]
    if keys_exact(lid + " instruction", ins, INSTR_KEYS):
        if ins["channel"] not in INSTRUCTION_CHANNELS:
            err(lid, f"bad instruction.channel {ins['channel']!r}")
        if not isinstance(ins["urgent"], bool):
            err(lid, "instruction.urgent must be boolean")
        if not is_str(ins["text"]) or not str_or_null(ins["from_name"]) or not str_or_null(ins["from_contact"]):
            err(lid, "instruction field types")
        if ins["channel"] == "erp" and ins["from_contact"] is not None:
            err(lid, "erp instructions carry no from_contact")
    if not (isinstance(r["requested_by"], str) and EMP_RE.match(r["requested_by"])):
        err(lid, "requested_by must be an employee id")
    if not isinstance(r["approved_by"], list) or any(not EMP_RE.match(str(a)) for a in r["approved_by"]):
        err(lid, "approved_by must be a list of employee ids")
    elif r["requested_by"] in r["approved_by"] or len(set(r["approved_by"])) != len(r["approved_by"]):
        err(lid, "nobody approves their own request; no duplicate approvers")
    keys_exact(lid + " related", r["related"], RELATED_KEYS)
    if r["payee_account_changed_at"] is not None:
        c = check_ts(lid + " payee_account_changed_at", r["payee_account_changed_at"])
        s = parse_ts(r["submitted_at"]) if TS_RE.match(r["submitted_at"]) else None
        if c and s and c > s:
            err(lid, "account change recorded after the payment request")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(lid + " verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(lid, "verification.callback_done must be boolean")
            check_phone(lid + " verification.callback_number", v["callback_number"], allow_null=False)
            if not EMP_RE.match(str(v["verified_by"])):
                err(lid, "verification.verified_by must be an employee id")
            vt = check_ts(lid + " verification.verified_at", v["verified_at"])
            if vt and vt > parse_ts(r["submitted_at"]):
                err(lid, "verification after submission")


def check_order(lid, r):
    if not keys_exact(lid + " request", r, ORDER_KEYS):
        return
    if not is_str(r["record_id"]):
        err(lid, "record_id required")
    rt = check_ts(lid + " received_at", r["received_at"])
    c = r["customer"]
    if keys_exact(lid + " customer", c, CUSTOMER_KEYS):
        if not is_str(c["name"]):
            err(lid, "customer.name required")
        if c["credit_code"] is not None and not is_valid_uscc(c["credit_code"]):
            err(lid, f"credit_code {c['credit_code']!r} fails the GB 32100-2015 check")
        check_phone(lid + " customer.phone", c["phone"])
        for k in ("contact_name", "email", "im_id", "customer_id"):
            if not str_or_null(c[k]):
                err(lid, f"customer.{k} type")
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items must be a non-empty list")
    else:
        for i, it in enumerate(r["items"]):
            if keys_exact(f"{lid} items[{i}]", it, ITEM_KEYS):
                if not (isinstance(it["quantity"], str) and QTY_RE.match(it["quantity"])):
                    err(lid, f"quantity {it['quantity']!r} must be a decimal string")
                    continue
                up = check_money(f"{lid} items[{i}].unit_price", it["unit_price"])
                if up is not None:
                    total += Decimal(it["quantity"]) * up
    t = check_money(lid + " total_amount", r["total_amount"])
    if t is not None and t != total:
        err(lid, f"total_amount {t} != sum of items {total}")
    if r["currency"] != "CNY":
        err(lid, "currency must be CNY")
    if r["channel"] not in INSTRUCTION_CHANNELS:
        err(lid, f"bad order channel {r['channel']!r}")
    d = r["delivery"]
    if keys_exact(lid + " delivery", d, DELIVERY_KEYS):
        if not (isinstance(d["deadline"], str) and DATE_RE.match(d["deadline"])):
            err(lid, "delivery.deadline must be YYYY-MM-DD")
        elif rt and date.fromisoformat(d["deadline"]) < rt.date():
            err(lid, "delivery deadline before the order")
    tp = r["third_party"]
    if tp is not None and keys_exact(lid + " third_party", tp, THIRD_KEYS):
        if tp["role"] not in THIRD_PARTY_ROLES:
            err(lid, f"bad third_party.role {tp['role']!r}")
        check_money(lid + " third_party.amount", tp["amount"])
        check_phone(lid + " third_party.contact", tp["contact"])
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested must be a list")
    else:
        for i, fee in enumerate(r["fees_requested"]):
            if keys_exact(f"{lid} fees_requested[{i}]", fee, FEE_KEYS):
                check_money(f"{lid} fees_requested[{i}].amount", fee["amount"])
    if not isinstance(r["notes"], str) or not is_str(r["payment_terms"]):
        err(lid, "notes/payment_terms types")


def check_texts(line):
    lid = line["id"]
    for t in free_texts(line):
        for m in MOBILE_IN_TEXT.findall(t):
            if not MOBILE_RE.match(m):
                err(lid, f"mobile {m} in text does not follow 1380000xxxx")
        for m in LANDLINE_IN_TEXT.findall(t):
            if not LANDLINE_RE.match(m):
                err(lid, f"landline {m} in text does not follow area-0000xxx")
        for tok in re.findall(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])", t):
            if re.search("[A-Z]", tok) and not is_valid_uscc(tok):
                err(lid, f"credit-code-like token {tok} fails the check character")


def check_signals_vs_structure(line, hist):
    lid, s, r = line["id"], set(line["signals"]), line["request"]
    texts = "\n".join(free_texts(line))

    def must(cond, sig):
        if cond and sig not in s:
            err(lid, f"structure implies signal {sig!r}")
        if not cond and sig in s:
            err(lid, f"signal {sig!r} not supported by the request")

    if line["kind"] == "payment":
        p = r["payee"]
        at = parse_ts(r["submitted_at"])
        must(p["account_type"] == "personal", "personal_account")
        must(r["approved_by"] == [], "no_approval")
        must(p["account_no"] not in hist["accounts"], "first_time_payee")
        ch = r["payee_account_changed_at"]
        recent = ch is not None and at - parse_ts(ch) <= timedelta(days=30)
        must(recent, "account_changed_recent")
        must(ch is not None and not recent, "account_changed_long_ago")
        must(r["related"]["invoice_no"] is not None and r["related"]["invoice_no"] in hist["invoices"],
             "duplicate_invoice")
        must(r["related"]["order_id"] is not None, "sales_order_linked")
        chan = r["instruction"]["channel"]
        must(chan == "email", "email_instruction")
        must(chan == "im", "im_instruction")
        must(chan == "phone", "phone_instruction")
        must(chan == "letter", "letter_instruction")
        must(email_domain(r["instruction"]["from_contact"]) in FREE_MAIL_DOMAINS, "free_mail")
        vid = p["vendor_id"]
        if vid and vid in hist["vendor_names"] and hist["vendor_names"][vid] != p["name"]:
            must(True, "payee_name_mismatch")
        if vid and vid in hist["vendor_accounts"] and p["account_no"] not in hist["vendor_accounts"][vid]:
            if ch is None:
                err(lid, "vendor account differs from history but payee_account_changed_at is null")
        if "no_po_contract" in s and (r["related"]["contract_id"] or r["related"]["invoice_no"]):
            err(lid, "no_po_contract but a contract or invoice is linked")
        if "verification" in r and vid in hist["vendor_phones"] and (
                ch is not None or "payee_name_mismatch" in s or "account_change_words" in s):
            on_file = hist["vendor_phones"][vid]
            if line["label"] == "legit" and r["verification"]["callback_number"] != on_file:
                err(lid, "legit call-back must use the number on file")
        at_s = r["submitted_at"]
    else:
        c = r["customer"]
        must(c["customer_id"] is None, "new_customer")
        must(email_domain(c["email"]) in FREE_MAIL_DOMAINS, "free_mail")
        if c["customer_id"] is not None and c["customer_id"] not in hist["customers"]:
            err(lid, "customer_id not established in history")
        if "contact_im_only" in s and (c["email"] or not MOBILE_RE.match(str(c["phone"]))):
            err(lid, "contact_im_only but a landline or e-mail is on the order")
        if "refund_to_other_account" in s and not (r["third_party"] and r["third_party"]["role"] == "refund_recipient"):
            err(lid, "refund_to_other_account without a refund_recipient third party")
        if "designated_supplier" in s and line["label"] == "scam" and not (
                r["third_party"] and r["third_party"]["role"] == "designated_supplier"):
            err(lid, "designated-supplier scam order without the third party")
        at_s = r["received_at"]
    must(is_off_hours(at_s), "off_hours")
    if in_ambiguous_window(at_s):
        err(lid, "test line falls in a window whose office-hours status is ambiguous")
    # evasion spellings
    must(bool(SPACE_BETWEEN_CJK.search(texts)), "evasion_spacing")
    must(bool(FULLWIDTH_ALNUM.search(texts)), "evasion_fullwidth")
    must(sum(ch in TRADITIONAL_CHARS for ch in texts) >= 3, "evasion_traditional")
    must(bool(ZERO_WIDTH.search(texts) or EMOJI.search(texts) or SEP_BETWEEN_CJK.search(texts)),
         "evasion_symbols")
    must(bool(PINYIN_MIX.search(texts)), "evasion_pinyin")
    must(any(h in texts for h in HOMOPHONES), "evasion_homophone")
    # expect vs the README's hard-block list
    if line["label"] == "scam":
        want = "block" if block_condition(s) else "flag"
        if line["expect"] != want:
            err(lid, f"expect {line['expect']} but the signals say {want}")


# --------------------------------------------------------------------------------------
def sample_material(path):
    ids, sentences = set(), set()
    if not os.path.exists(path):
        print(f"warning: {path} not found; sample-reuse check skipped")
        return ids, sentences
    for raw in open(path, encoding="utf-8"):
        o = json.loads(raw)
        ids.add(o["id"])
        r = o["request"]
        for k in ("request_id", "record_id", "requested_by"):
            if r.get(k):
                ids.add(r[k])
        ids.update(r.get("approved_by") or [])
        for sub in ("payer", "payee", "customer", "related", "instruction", "third_party", "delivery"):
            d = r.get(sub) or {}
            for k, v in d.items():
                if k in ("account_type", "channel", "urgent", "role", "amount", "deadline", "text"):
                    continue
                if isinstance(v, str) and v:
                    ids.add(v)
        for t in (r.get("memo"), (r.get("instruction") or {}).get("text"), r.get("notes"),
                  r.get("payment_terms")):
            if not t:
                continue
            for seg in re.split(r"[。！？；，、：\n!?;,:]", t):
                seg = seg.strip()
                if len(re.findall(f"[{CJK}]", seg)) >= 6:
                    sentences.add(seg)
    return ids, sentences


def my_identifiers(line):
    r = line["request"]
    vals = {line["id"]}
    for k in ("request_id", "record_id", "requested_by"):
        if r.get(k):
            vals.add(r[k])
    vals.update(r.get("approved_by") or [])
    for sub in ("payer", "payee", "customer", "related", "instruction", "third_party", "delivery"):
        d = r.get(sub) or {}
        for k, v in d.items():
            if k in ("account_type", "channel", "urgent", "role", "amount", "deadline", "text"):
                continue
            if isinstance(v, str) and v:
                vals.add(v)
    if "verification" in r:
        vals.add(r["verification"]["callback_number"])
    return vals


def main():
    if not os.path.exists(CORPUS):
        print("holdout4.jsonl not found; run gen/build.py first")
        return 1
    lines = load_lines(CORPUS)
    shaped = [l for l in lines if check_line_shape(l)]

    # ids, grouping, order
    ids = Counter(l["id"] for l in lines)
    for k, n in ids.items():
        if n > 1:
            err(k, "duplicate line id")
    rids = Counter()
    by_tenant = defaultdict(list)
    seen_tenants = []
    for l in shaped:
        if not seen_tenants or seen_tenants[-1] != l["tenant"]:
            if l["tenant"] in seen_tenants:
                err(l["id"], "tenant lines are not contiguous")
            seen_tenants.append(l["tenant"])
        by_tenant[l["tenant"]].append(l)
        r = l["request"]
        if l["kind"] == "payment":
            check_payment(l["id"], r)
            rids[r.get("request_id")] += 1
        else:
            check_order(l["id"], r)
            rids[r.get("record_id")] += 1
        check_texts(l)
    for k, n in rids.items():
        if n > 1:
            err(str(k), "duplicate request_id / record_id")

    invoices_all = Counter()
    for tenant, tl in by_tenant.items():
        phases = [l["phase"] for l in tl]
        if "history" in phases and "test" in phases and \
                max(i for i, p in enumerate(phases) if p == "history") > phases.index("test"):
            err(tenant, "a history line comes after a test line")
        counters = {"history": 0, "test": 0}
        prev = None
        hist = {"accounts": set(), "invoices": set(), "vendor_names": {}, "vendor_accounts": defaultdict(set),
                "vendor_phones": {}, "customers": set()}
        for l in tl:
            counters[l["phase"]] += 1
            tag = "h" if l["phase"] == "history" else "t"
            if l["id"] != f"{tenant}-{tag}{counters[l['phase']]:03d}":
                err(l["id"], f"id out of sequence (expected {tenant}-{tag}{counters[l['phase']]:03d})")
            r = l["request"]
            at_s = r.get("submitted_at") or r.get("received_at")
            if not (isinstance(at_s, str) and TS_RE.match(at_s)):
                continue
            at = parse_ts(at_s)
            if prev and at < prev:
                err(l["id"], "not in chronological order")
            prev = at
            if l["phase"] == "history" and not (date(2026, 9, 1) <= at.date() <= date(2026, 10, 31)):
                err(l["id"], "history lines belong to September-October 2026")
            if l["phase"] == "test" and not (date(2026, 11, 1) <= at.date() <= date(2026, 12, 31)):
                err(l["id"], "test lines belong to November-December 2026")
            if l["kind"] == "payment":
                inv = r["related"]["invoice_no"]
                if inv:
                    invoices_all[inv] += 1
            if l["phase"] == "test":
                check_signals_vs_structure(l, hist)
            else:
                if l["kind"] == "payment":
                    p = r["payee"]
                    hist["accounts"].add(p["account_no"])
                    if r["related"]["invoice_no"]:
                        hist["invoices"].add(r["related"]["invoice_no"])
                    if p["vendor_id"]:
                        hist["vendor_names"].setdefault(p["vendor_id"], p["name"])
                        hist["vendor_accounts"][p["vendor_id"]].add(p["account_no"])
                        if p["phone"]:
                            hist["vendor_phones"].setdefault(p["vendor_id"], p["phone"])
                elif r["customer"]["customer_id"]:
                    hist["customers"].add(r["customer"]["customer_id"])
    dup_lines = {l["request"]["related"]["invoice_no"] for l in shaped
                 if l["kind"] == "payment" and "duplicate_invoice" in l["signals"]}
    for inv, n in invoices_all.items():
        if n > 1 and inv not in dup_lines:
            err(inv, "invoice number used twice without a duplicate_invoice signal")

    # independence from the public sample
    s_ids, s_sentences = sample_material(SAMPLE)
    for l in shaped:
        for v in my_identifiers(l) & s_ids:
            err(l["id"], f"identifier or name {v!r} also appears in sample.jsonl")
        for t in free_texts(l):
            for seg in s_sentences:
                if seg in t:
                    err(l["id"], f"Chinese sentence reused from sample.jsonl: {seg!r}")

    # README lists every hard negative
    if os.path.exists(README):
        readme = open(README, encoding="utf-8").read()
        for l in shaped:
            if l["note"].startswith("Hard negative:") and l["id"] not in readme:
                err(l["id"], "hard negative not listed in README.md")
    else:
        err("README.md", "missing")

    # summary
    test = [l for l in shaped if l["phase"] == "test"]
    print(f"lines: {len(lines)}  tenants: {', '.join(by_tenant)}")
    print(f"history: {sum(l['phase'] == 'history' for l in shaped)}  test: {len(test)}")
    print("test lines by expect:", dict(Counter(l["expect"] for l in test)))
    print("scams by type:", dict(sorted(Counter(l["scam_type"] for l in test if l["label"] == "scam").items())))
    print("hard negatives:", sum(l["note"].startswith("Hard negative:") for l in test),
          " routine:", sum(l["note"].startswith("Routine:") for l in test),
          " structural-only scams:", sum(l["note"].startswith("Structural only:") for l in test))
    ev = Counter(s for l in test for s in l["signals"] if s.startswith("evasion_"))
    print("evasion families:", dict(sorted(ev.items())))
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
