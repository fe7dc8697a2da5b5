#!/usr/bin/env python3
"""Validates ../holdout2.jsonl against the corpus README format and this holdout's own brief.

Checks: JSON and key layout, enums, amounts and totals, credit codes, timestamps and office
hours, chronological order, unique ids, signal vocabulary, signal/structure consistency
(replaying each tenant's history), the README's block list, evasion spellings, coverage
counts, and that no identifier or wording of the public sample is reused.
Exit status 1 on any error. Run: python3 validate.py [path]
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

from common import uscc_valid

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "holdout2.jsonl")
SAMPLE = "/work/shared/corpus/sample.jsonl"

ERRORS = []


def err(where, msg):
    ERRORS.append(f"{where}: {msg}")


SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
VOCAB = set("""
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
LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
PHONE_RE = re.compile(r"^(1380000\d{4}|0\d{2,3}-0000\d{3}|00\d{2,3}(-\d{1,2})?-0000\d{3})$")
HOLIDAYS = {dt.date(2026, 10, d) for d in range(1, 9)}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

# Evasion detectors (heuristic; a declared evasion signal must be visible in the text).
TRAD_CHARS = set("證戶帳賬轉匯驗資墊凍結錢號們對會這個來還說讓給與從應當務業貴統審單發將繳時後裡麼無擔級歸臨藥噴罰總長開間邊過種號處請準備運費闆聯繫")
CJK = r"[\u4e00-\u9fff]"


def has_evasion(kind, text):
    if kind == "evasion_spacing":
        return re.search(CJK + r"[ \u3000]" + CJK + r"[ \u3000]" + CJK, text) is not None
    if kind == "evasion_fullwidth":
        return any("\uff01" <= c <= "\uff5e" and c not in "（）：，；！？｜～" for c in text)
    if kind == "evasion_traditional":
        return sum(c in TRAD_CHARS for c in text) >= 3
    if kind == "evasion_pinyin":
        return re.search(CJK + r"[a-z]{2,}|[a-z]{2,}" + CJK, text) is not None or \
            re.search(r"(?<![A-Za-z])(bzj|dgzh|yhk|aqzh|sls|yzm|zfb|gjf)(?![A-Za-z])", text) is not None
    if kind == "evasion_symbols":
        zw = any(c in "\u200b\u200c\u200d\u2060\ufeff" for c in text)
        emoji = any(unicodedata.category(c) == "So" and ord(c) > 0x2000 for c in text)
        dotted = re.search(CJK + r"[·•.\-/|*~]" + CJK + r"[·•.\-/|*~]" + CJK, text) is not None
        return zw or emoji or dotted
    if kind == "evasion_homophone":
        return any(w in text for w in ["涮单", "返拥", "联单", "咔", "唰", "威信", "薇信", "返力", "压金", "保正金"])
    return True


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def office_hours(t):
    return t.weekday() < 5 and t.date() not in HOLIDAYS and dt.time(9, 0) <= t.time() <= dt.time(18, 0)


def money_ok(where, v):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, f"amount {v!r} is not a 2-decimal string")
        return Decimal(0)
    return Decimal(v)


def strings_of(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from strings_of(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from strings_of(v)


def sample_identifiers():
    ids, texts = set(), []
    for l in open(SAMPLE, encoding="utf-8"):
        d = json.loads(l)
        r = d["request"]
        texts.append(d["note"])
        if d["kind"] == "payment":
            ids.update([r["payer"]["account_no"], r["payer"]["account_name"], r["payee"]["name"],
                        r["payee"]["account_no"], r["request_id"]])
            if r["payee"]["phone"]:
                ids.add(r["payee"]["phone"])
            if r["instruction"]["from_contact"]:
                ids.add(r["instruction"]["from_contact"])
            if r["instruction"]["from_name"]:
                ids.add(r["instruction"]["from_name"])
            texts += [r["instruction"]["text"], r["memo"]]
            for v in (r["related"] or {}).values():
                if v:
                    ids.add(v)
        else:
            c = r["customer"]
            for k in ("name", "credit_code", "phone", "email", "im_id"):
                if c[k]:
                    ids.add(c[k])
            ids.add(r["record_id"])
            if r["third_party"]:
                ids.update([r["third_party"]["name"], r["third_party"]["contact"]])
            texts.append(r["notes"])
        for s in strings_of(r):
            for m in EMAIL_RE.finditer(s):
                ids.add(m.group(0))
            for m in re.finditer(r"wxid_[A-Za-z0-9_]+|1380000\d{4}|\d{16,20}", s):
                ids.add(m.group(0))
    return ids, texts


# Institution names that any corpus about these flows must use.
GENERIC_TERMS = {"公共资源交易中心"}


def windows(text, n):
    """n-grams inside runs of Chinese characters (English notes and ERP codes are not compared)."""
    out = set()
    for run in re.findall(r"[\u4e00-\u9fff]+", text or ""):
        out.update(run[i:i + n] for i in range(len(run) - n + 1))
    return out


def block_criteria(sig):
    s = set(sig)
    return bool(
        "safe_account_words" in s
        or "account_lending_words" in s
        or "refund_to_other_account" in s
        or {"designated_supplier", "fake_payment_proof"} <= s
        or {"account_changed_recent", "first_time_payee"} <= s
        or {"boss_role", "balance_probe", "no_approval", "first_time_payee"} <= s
        or ("personal_account" in s and s & {"task_rebate_words", "topup_words", "loan_fee_words"})
        or "duplicate_invoice" in s
        or s & {"payee_not_employee", "payee_shared_by_employees"}
    )


def main():
    lines = []
    with open(PATH, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")
    seen_ids, seen_tenants, cur_tenant = set(), [], None
    state = {}
    counts = collections.Counter()
    sample_ids, sample_texts = sample_identifiers()
    sample_win = set().union(*(windows(t, 8) for t in sample_texts if t))

    for d in lines:
        lid = d.get("id", "?")
        phase = d.get("phase")
        keys = LINE_KEYS_H if phase == "history" else LINE_KEYS_T
        if list(d.keys()) != keys:
            err(lid, f"line keys {list(d.keys())} != {keys}")
            continue
        if lid in seen_ids:
            err(lid, "duplicate id")
        seen_ids.add(lid)
        t = d["tenant"]
        if t != cur_tenant:
            if t in seen_tenants:
                err(lid, "tenant lines are not contiguous")
            seen_tenants.append(t)
            cur_tenant = t
            state[t] = dict(phase="history", last=None, h=0, t=0, accounts=set(), vendor_acct={},
                            vendor_last=collections.defaultdict(lambda: None), vendor_paid=collections.Counter(),
                            invoices=set(), customers={}, rids=set(), payer=None, personal_paid=0,
                            payroll=0, changed_long_paid=0)
        st = state[t]
        m = re.match(rf"^{re.escape(t)}-([ht])(\d{{3}})$", lid)
        if not m or m.group(1) != phase[0]:
            err(lid, "id does not match tenant/phase pattern")
        else:
            st[m.group(1)] += 1
            if int(m.group(2)) != st[m.group(1)]:
                err(lid, "id numbering not sequential")
        if phase not in ("history", "test"):
            err(lid, f"bad phase {phase}")
        if phase == "history" and st["phase"] == "test":
            err(lid, "history line after a test line")
        st["phase"] = phase
        if d["kind"] not in ("payment", "order"):
            err(lid, f"bad kind {d['kind']}")
        label, stype, expect, sig = d["label"], d["scam_type"], d["expect"], d["signals"]
        if label == "legit":
            if stype is not None or expect != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES or expect not in ("flag", "block"):
                err(lid, "scam line needs a known scam_type and expect flag/block")
            if phase != "test":
                err(lid, "scam in history")
        else:
            err(lid, f"bad label {label}")
        if phase == "history" and (d.get("outcome") != "executed" or label != "legit"):
            err(lid, "history lines must be legit and executed")
        if not isinstance(sig, list) or any(s not in VOCAB for s in sig):
            err(lid, f"unknown signal(s): {[s for s in sig if s not in VOCAB]}")
        if len(set(sig)) != len(sig):
            err(lid, "repeated signal")
        note = d["note"]
        if not isinstance(note, str) or not note or not note.endswith("."):
            err(lid, "note must be one English sentence ending with a full stop")
        if re.search(r"[\u4e00-\u9fff]", note):
            err(lid, "note contains Chinese")
        prefixes = ("Routine:", "Hard negative:", "Structural only:")
        if phase == "history":
            if note.startswith(prefixes) or sig:
                err(lid, "history line notes carry no prefix and no signals")
        elif label == "legit":
            if note.startswith("Routine:"):
                if sig:
                    err(lid, "routine line should carry no signals")
            elif note.startswith("Hard negative:"):
                if not sig:
                    err(lid, "hard negative must name the scam-like surface it shares")
            else:
                err(lid, "legit test note must start with Routine: or Hard negative:")
        elif note.startswith(("Routine:", "Hard negative:")):
            err(lid, "scam note with a legit prefix")

        r = d["request"]
        texts = []
        if d["kind"] == "payment":
            ts_s = r.get("submitted_at")
            want = PAY_KEYS + (["verification"] if "verification" in r else [])
            if list(r.keys()) != want:
                err(lid, f"payment keys {list(r.keys())}")
                continue
            rid = r["request_id"]
            p, ins = r["payee"], r["instruction"]
            if list(p.keys()) != PAYEE_KEYS:
                err(lid, "payee keys")
            if list(ins.keys()) != INSTR_KEYS:
                err(lid, "instruction keys")
            if list(r["payer"].keys()) != ["account_no", "account_name"]:
                err(lid, "payer keys")
            if list(r["related"].keys()) != ["order_id", "contract_id", "invoice_no"]:
                err(lid, "related keys")
            amt = money_ok(lid, r["amount"])
            if r["currency"] not in ("CNY", "USD"):
                err(lid, "currency")
            if p["account_type"] not in ("corporate", "personal", "unknown"):
                err(lid, "account_type")
            if ins["channel"] not in CHANNELS:
                err(lid, "instruction.channel")
            if not isinstance(ins["urgent"], bool):
                err(lid, "urgent must be a bool")
            if not re.match(r"^\d{16,19}$", p["account_no"]) or not re.match(r"^\d{16,19}$", r["payer"]["account_no"]):
                err(lid, "account numbers must have 16-19 digits")
            if p["phone"] is not None and not PHONE_RE.match(p["phone"]):
                err(lid, f"payee phone {p['phone']}")
            if r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            if not r["purpose"] or not r["memo"] or not ins["text"]:
                err(lid, "purpose/memo/text must be filled")
            if ins["channel"] == "erp" and (ins["from_contact"] is not None):
                err(lid, "erp instruction has no from_contact")
            ca = r["payee_account_changed_at"]
            if ca is not None and (not TS_RE.match(ca) or parse_ts(ca) > parse_ts(ts_s)):
                err(lid, "payee_account_changed_at must be a +08:00 time before submission")
            v = r.get("verification")
            if v is not None:
                if list(v.keys()) != VERIF_KEYS or not TS_RE.match(v["verified_at"]):
                    err(lid, "verification keys/format")
                if label == "legit" and v["callback_number"] != p["phone"]:
                    err(lid, "legit verification must call back the phone on file")
                if label == "scam" and v["callback_number"] == p["phone"]:
                    err(lid, "scam line verified on the number on file")
            if st["payer"] is None:
                st["payer"] = r["payer"]["account_no"]
            texts = [r["purpose"], r["memo"], ins["text"], p["name"], ins["from_name"] or ""]

            # structural consistency with the replayed history
            acc = p["account_no"]
            first = acc not in st["accounts"]
            if phase == "test" or True:
                if ("first_time_payee" in sig) != first and phase == "test":
                    err(lid, f"first_time_payee signal inconsistent (first={first})")
            if phase == "test":
                if ("personal_account" in sig) != (p["account_type"] == "personal"):
                    err(lid, "personal_account signal inconsistent")
                if ("no_approval" in sig) != (not r["approved_by"]):
                    err(lid, "no_approval signal inconsistent")
                for ch, s in (("im", "im_instruction"), ("email", "email_instruction")):
                    if (s in sig) != (ins["channel"] == ch):
                        err(lid, f"{s} signal inconsistent")
                if ("phone_instruction" in sig) != (ins["channel"] in ("phone", "sms")):
                    err(lid, "phone_instruction signal inconsistent")
                if ("sales_order_linked" in sig) != (r["related"]["order_id"] is not None):
                    err(lid, "sales_order_linked signal inconsistent")
                dup = r["related"]["invoice_no"] in st["invoices"]
                if ("duplicate_invoice" in sig) != dup:
                    err(lid, "duplicate_invoice signal inconsistent")
                recent = ca is not None and (parse_ts(ts_s) - parse_ts(ca)).days <= 30
                longago = ca is not None and not recent
                if ("account_changed_recent" in sig) != recent or ("account_changed_long_ago" in sig) != longago:
                    err(lid, "account change signals inconsistent with payee_account_changed_at")
                if ("off_hours" in sig) == office_hours(parse_ts(ts_s)):
                    err(lid, "off_hours signal inconsistent with the timestamp")
            vid = p["vendor_id"]
            if vid:
                known = st["vendor_acct"].get(vid)
                if known and known != acc:
                    if ca is None or (st["vendor_last"][vid] and parse_ts(ca) < st["vendor_last"][vid]):
                        err(lid, "vendor account differs from history but no later change is recorded")
                if phase == "history":
                    if known and known != acc:
                        err(lid, "vendor account changed inside history")
                    st["vendor_acct"][vid] = acc
                    st["vendor_last"][vid] = parse_ts(ts_s)
                    st["vendor_paid"][vid] += 1
                    if p["phone"] is None and not vid.startswith("PAY"):
                        err(lid, "regular vendor without a phone on file")
            if phase == "history":
                st["accounts"].add(acc)
                if r["related"]["invoice_no"]:
                    if r["related"]["invoice_no"] in st["invoices"]:
                        err(lid, "history pays an invoice twice")
                    st["invoices"].add(r["related"]["invoice_no"])
                if p["account_type"] == "personal":
                    st["personal_paid"] += 1
                if "代发工资" in p["name"]:
                    st["payroll"] += 1
                if ca is not None:
                    st["changed_long_paid"] += 1
        else:
            ts_s = r.get("received_at")
            if list(r.keys()) != ORDER_KEYS:
                err(lid, f"order keys {list(r.keys())}")
                continue
            rid = r["record_id"]
            c = r["customer"]
            if list(c.keys()) != CUST_KEYS:
                err(lid, "customer keys")
            total = Decimal(0)
            for it in r["items"]:
                if list(it.keys()) != ["product", "quantity", "unit", "unit_price"]:
                    err(lid, "item keys")
                if not QTY_RE.match(it["quantity"]):
                    err(lid, "quantity must be a decimal string")
                total += Decimal(it["quantity"]) * money_ok(lid, it["unit_price"])
            if money_ok(lid, r["total_amount"]) != total:
                err(lid, f"total {r['total_amount']} != sum {total}")
            if r["currency"] not in ("CNY", "USD"):
                err(lid, "currency")
            if r["channel"] not in CHANNELS:
                err(lid, "order channel")
            if list(r["delivery"].keys()) != ["address", "deadline"] or not re.match(r"^\d{4}-\d{2}-\d{2}$", r["delivery"]["deadline"]):
                err(lid, "delivery")
            elif dt.date.fromisoformat(r["delivery"]["deadline"]) < parse_ts(ts_s).date():
                err(lid, "deadline before receipt")
            tp = r["third_party"]
            if tp is not None:
                if list(tp.keys()) != ["name", "contact", "role", "amount"] or tp["role"] not in ROLES:
                    err(lid, "third_party layout/role")
                money_ok(lid, tp["amount"])
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fee in r["fees_requested"]:
                if list(fee.keys()) != ["reason", "amount"]:
                    err(lid, "fee keys")
                money_ok(lid, fee["amount"])
            cc = c["credit_code"]
            if cc is not None:
                if ("invalid_credit_code" in sig) == uscc_valid(cc):
                    err(lid, f"credit code {cc} validity does not match the invalid_credit_code signal")
            elif "invalid_credit_code" in sig:
                err(lid, "invalid_credit_code without a code")
            if c["phone"] is not None and not PHONE_RE.match(c["phone"]):
                err(lid, f"customer phone {c['phone']}")
            if phase == "test" and ("new_customer" in sig) != (c["customer_id"] is None):
                err(lid, "new_customer signal inconsistent with customer_id")
            cid = c["customer_id"]
            if cid is not None:
                prev = st["customers"].get(cid)
                snap = {k: c[k] for k in ("name", "credit_code", "contact_name", "phone", "email", "im_id")}
                if prev is not None and prev != snap:
                    err(lid, "established customer's details changed")
                if phase == "history":
                    st["customers"][cid] = snap
                elif prev is None:
                    err(lid, "customer_id in test line never seen in history")
            if phase == "test" and ("off_hours" in sig) == office_hours(parse_ts(ts_s)):
                err(lid, "off_hours signal inconsistent with the timestamp")
            texts = [r["notes"], r["payment_terms"], c["name"]] + [f["reason"] for f in r["fees_requested"]]
        # common request checks
        if not TS_RE.match(ts_s or ""):
            err(lid, "timestamp must be RFC 3339 with +08:00")
        else:
            tt = parse_ts(ts_s)
            if st["last"] and tt < st["last"]:
                err(lid, "not chronological within tenant")
            st["last"] = tt
            if phase == "history" and not office_hours(tt):
                err(lid, "history line outside office hours")
        if rid in st["rids"]:
            err(lid, f"duplicate request/record id {rid}")
        st["rids"].add(rid)
        full = "\n".join(x for x in texts if x)
        for s in sig:
            if s.startswith("evasion_") and not has_evasion(s, full):
                err(lid, f"{s} declared but not visible in the text")
        if label == "scam" and phase == "test":
            if (expect == "block") != block_criteria(sig):
                err(lid, f"expect {expect} disagrees with the README block list for signals {sig}")
        # sample reuse
        for s in strings_of(r):
            if s in sample_ids:
                err(lid, f"reuses a sample identifier: {s}")
            for m in re.finditer(r"wxid_[A-Za-z0-9_]+|1380000\d{4}|\d{16,20}|" + EMAIL_RE.pattern, s):
                if m.group(0) in sample_ids:
                    err(lid, f"reuses a sample identifier inside text: {m.group(0)}")
        for x in texts:
            common = windows(x or "", 8) & sample_win - GENERIC_TERMS
            if common:
                err(lid, f"shares wording with the sample: {sorted(common)[:3]}")
        # tallies
        if phase == "test":
            counts["test"] += 1
            counts[("label", label)] += 1
            counts[("expect", expect)] += 1
            counts[("tenant", t, label)] += 1
            if label == "scam":
                counts[("type", stype)] += 1
                counts[("type_expect", stype, expect)] += 1
                counts[("type_kind", stype, d["kind"])] += 1
                if note.startswith("Structural only:"):
                    counts["structural"] += 1
            elif note.startswith("Hard negative:"):
                counts["hard"] += 1
            for s in sig:
                if s.startswith("evasion_"):
                    counts[("evasion", s)] += 1
            if (d["kind"] == "payment" and r["instruction"]["channel"] == "email"
                    and re.search(r"\b(the|please|kindly)\b", r["instruction"]["text"], re.I)):
                counts[("english_email", stype)] += 1
        else:
            counts[("history", t)] += 1

    # coverage requirements
    for t, st in state.items():
        h = counts[("history", t)]
        if not 15 <= h <= 20:
            err(t, f"{h} history lines, want 15-20")
        if not any(n >= 3 for vid, n in st["vendor_paid"].items() if vid.startswith("V-")):
            err(t, "no regular vendor paid 3+ times in history")
        if not st["payroll"]:
            err(t, "no payroll in history")
        if st["personal_paid"] < 2:
            err(t, "fewer than two personal-card driver payments in history")
        if not st["changed_long_paid"]:
            err(t, "no payment since an old account change in history")
        if not st["customers"]:
            err(t, "no established customer")
    if counts["test"] < 60:
        err("totals", "fewer than 60 test lines")
    if counts[("label", "scam")] < 34:
        err("totals", "fewer than 34 scams")
    if counts[("label", "legit")] < 26:
        err("totals", "fewer than 26 legit lines")
    if counts["hard"] < 18:
        err("totals", "fewer than 18 hard negatives")
    if counts["structural"] < 4:
        err("totals", "fewer than 4 structural-only scams")
    for st_ in SCAM_TYPES:
        if not 2 <= counts[("type", st_)] <= 4:
            err("totals", f"{st_}: {counts[('type', st_)]} lines, want 2-4")
    for e in ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
              "evasion_homophone", "evasion_symbols"]:
        if not counts[("evasion", e)]:
            err("totals", f"no line with {e}")
    if not counts[("english_email", "boss_impersonation")] or not counts[("english_email", "account_change")]:
        err("totals", "need English e-mails for both boss impersonation and account change")

    # report
    print(f"lines: {len(lines)}  test: {counts['test']}  history: "
          + ", ".join(f"{t}={counts[('history', t)]}" for t in state))
    print("label:", {k[1]: v for k, v in counts.items() if isinstance(k, tuple) and k[0] == "label"})
    print("expect:", {k[1]: v for k, v in counts.items() if isinstance(k, tuple) and k[0] == "expect"})
    print("per tenant:", {f"{k[1]}/{k[2]}": v for k, v in counts.items() if isinstance(k, tuple) and k[0] == "tenant"})
    print(f"hard negatives: {counts['hard']}  structural-only scams: {counts['structural']}")
    print("scam types (total: flag/block; payment/order):")
    for st_ in SCAM_TYPES:
        print(f"  {st_:24s} {counts[('type', st_)]}: flag {counts[('type_expect', st_, 'flag')]} "
              f"block {counts[('type_expect', st_, 'block')]}; payment {counts[('type_kind', st_, 'payment')]} "
              f"order {counts[('type_kind', st_, 'order')]}")
    print("evasion:", {k[1]: v for k, v in counts.items() if isinstance(k, tuple) and k[0] == "evasion"})
    if ERRORS:
        print(f"\n{len(ERRORS)} error(s):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
