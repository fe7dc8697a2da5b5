"""Validate park.jsonl against the corpus README and the wire contract; print the counts.

Usage: python3 validate.py [path/to/park.jsonl] [--sample /work/shared/corpus/sample.jsonl]
Exit status 1 on any error.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import is_off_hours, uscc_valid  # noqa: E402

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
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
EVASIONS = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
            "evasion_homophone", "evasion_symbols"]
LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = {"request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"}
PAY_OPT = {"verification"}
ORDER_KEYS = {"record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
AMT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
MOBILE_RE = re.compile(r"^1380000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
CJK = re.compile(r"[\u4e00-\u9fff]")

# Evidence for the evasion signals (checked on the concatenated free text of a line).
TRAD = set("證帳戶轉匯驗資凍結錢貨們過賬鹼噸萬貴審請於時將務與這個總說還運費稅補貼當積對監單號誠")
HOMOPHONES = ["威信", "薇信", "扣扣", "返力", "唰单", "保正金", "压金", "V信", "企鹅", "绿泡泡", "反利"]
PINYIN = re.compile(r"(?<![A-Za-z])(bzj|yhk|dgzh|aqzh|sls|zfb|gjf|yzm)(?![A-Za-z])|bao证金|垫fu|zhuan账|zhang户|"
                    r"保mi|shua单|yan资|zou账|fan利|dian赞", re.I)
SPACED = re.compile(r"[\u4e00-\u9fff](?:[ \u3000\-\*\.·/][\u4e00-\u9fff]){2,}")


def free_text(req, kind):
    if kind == "payment":
        return "\n".join(x or "" for x in [req["memo"], req["purpose"], req["instruction"]["text"]])
    return "\n".join([req["notes"] or "", req["payment_terms"] or ""] + [f["reason"] for f in req["fees_requested"]])


def evasion_evidence(text):
    ev = set()
    if any(0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A or 0xFF41 <= ord(c) <= 0xFF5A for c in text):
        ev.add("evasion_fullwidth")
    if any(c in TRAD for c in text):
        ev.add("evasion_traditional")
    if any(h in text for h in HOMOPHONES):
        ev.add("evasion_homophone")
    if PINYIN.search(text):
        ev.add("evasion_pinyin")
    if SPACED.search(text):
        ev.add("evasion_spacing")
    if "\u200b" in text or any(unicodedata.category(c) == "So" and CJK.search(text[max(0, i - 1):i + 2] or "")
                                for i, c in enumerate(text)):
        ev.add("evasion_symbols")
    return ev


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = args[0] if args else os.path.join(here, "park.jsonl")
    sample = "/work/shared/corpus/sample.jsonl"
    errors = []
    warnings = []

    def err(lid, msg):
        errors.append(f"{lid}: {msg}")

    def warn(lid, msg):
        warnings.append(f"{lid}: {msg}")

    lines = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")
    ids = set()
    req_ids = collections.defaultdict(set)
    tenants_seen = []
    hist = collections.defaultdict(list)
    last_ts = {}
    phase_state = {}
    for line in lines:
        lid = line.get("id", "?")
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        ph = line.get("phase")
        want = LINE_KEYS_H if ph == "history" else LINE_KEYS_T
        if list(line.keys()) != want:
            err(lid, f"line keys {list(line.keys())}")
        t = line["tenant"]
        if not tenants_seen or tenants_seen[-1] != t:
            if t in tenants_seen:
                err(lid, "tenant lines are not grouped")
            tenants_seen.append(t)
        if ph not in ("history", "test"):
            err(lid, "bad phase")
        if phase_state.get(t) == "test" and ph == "history":
            err(lid, "history after test")
        phase_state[t] = ph
        kind = line["kind"]
        if kind not in ("payment", "order"):
            err(lid, "bad kind")
        label, st, exp = line["label"], line["scam_type"], line["expect"]
        if label == "legit":
            if st is not None or exp != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if st not in SCAM_TYPES or exp not in ("flag", "block"):
                err(lid, "scam line needs scam_type and expect flag|block")
        else:
            err(lid, "bad label")
        if ph == "history":
            if label != "legit" or line.get("outcome") != "executed":
                err(lid, "history must be legit/executed")
        for s in line["signals"]:
            if s not in SIGNALS:
                err(lid, f"unknown signal {s}")
        if len(set(line["signals"])) != len(line["signals"]):
            err(lid, "duplicate signal")
        note = line["note"]
        if ph == "test":
            if label == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                err(lid, "legit test note must start with Routine:/Hard negative:")
            if label == "scam" and (note.startswith("Routine") or note.startswith("Hard negative")):
                err(lid, "scam note prefix")
            if note.startswith("Routine: ") and line["signals"]:
                err(lid, "routine line with signals")
        if CJK.search(note):
            err(lid, "note must be English")
        r = line["request"]
        if kind == "payment":
            keys = set(r.keys())
            if not PAY_KEYS <= keys or keys - PAY_KEYS - PAY_OPT:
                err(lid, f"payment keys {sorted(keys ^ PAY_KEYS)}")
            when = r["submitted_at"]
            rid = r["request_id"]
            if set(r["payer"].keys()) != {"account_no", "account_name"}:
                err(lid, "payer keys")
            p = r["payee"]
            if set(p.keys()) != {"name", "account_no", "bank", "account_type", "vendor_id", "phone"}:
                err(lid, "payee keys")
            if p["account_type"] not in ACCOUNT_TYPES:
                err(lid, "account_type")
            for acct in (p["account_no"], r["payer"]["account_no"]):
                if not ACCT_RE.match(acct):
                    err(lid, f"account number {acct}")
            if p["phone"] and not (MOBILE_RE.match(p["phone"]) or LANDLINE_RE.match(p["phone"])):
                err(lid, f"phone {p['phone']}")
            if not AMT_RE.match(r["amount"]) or Decimal(r["amount"]) <= 0:
                err(lid, "amount format")
            if r["currency"] != "CNY":
                err(lid, "currency")
            ins = r["instruction"]
            if set(ins.keys()) != {"channel", "from_name", "from_contact", "text", "urgent"}:
                err(lid, "instruction keys")
            if ins["channel"] not in CHANNELS:
                err(lid, "channel")
            if not isinstance(ins["urgent"], bool):
                err(lid, "urgent must be bool")
            if r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            if len(set(r["approved_by"])) != len(r["approved_by"]):
                err(lid, "duplicate approver")
            if set(r["related"].keys()) != {"order_id", "contract_id", "invoice_no"}:
                err(lid, "related keys")
            ch = r["payee_account_changed_at"]
            if ch is not None:
                if not TS_RE.match(ch):
                    err(lid, "changed_at format")
                elif ch >= when:
                    err(lid, "account changed after the payment")
            v = r.get("verification")
            if v is not None:
                if set(v.keys()) != {"callback_done", "callback_number", "verified_by", "verified_at"}:
                    err(lid, "verification keys")
                if not TS_RE.match(v["verified_at"]) or v["verified_at"] > when:
                    err(lid, "verified_at")
            if ph == "history" and ins["channel"] != "erp":
                warn(lid, "history payment not from ERP")
            if ph == "history" and not r["approved_by"]:
                err(lid, "history payment without approval")
        else:
            keys = set(r.keys())
            if keys != ORDER_KEYS:
                err(lid, f"order keys {sorted(keys ^ ORDER_KEYS)}")
            when = r["received_at"]
            rid = r["record_id"]
            c = r["customer"]
            if set(c.keys()) != {"name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"}:
                err(lid, "customer keys")
            if c["credit_code"] is not None and not uscc_valid(c["credit_code"]):
                err(lid, f"invalid credit code {c['credit_code']}")
            if c["phone"] and not (MOBILE_RE.match(c["phone"]) or LANDLINE_RE.match(c["phone"])):
                err(lid, f"phone {c['phone']}")
            total = Decimal("0")
            for it in r["items"]:
                if set(it.keys()) != {"product", "quantity", "unit", "unit_price"}:
                    err(lid, "item keys")
                if not QTY_RE.match(it["quantity"]) or not AMT_RE.match(it["unit_price"]):
                    err(lid, "item number format")
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not AMT_RE.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
                err(lid, f"total {r['total_amount']} != {total}")
            if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                err(lid, "currency/channel")
            if set(r["delivery"].keys()) != {"address", "deadline"}:
                err(lid, "delivery keys")
            if r["delivery"]["deadline"] and r["delivery"]["deadline"] < when[:10]:
                err(lid, "deadline before order")
            tp = r["third_party"]
            if tp is not None:
                if set(tp.keys()) != {"name", "contact", "role", "amount"} or tp["role"] not in ROLES:
                    err(lid, "third_party")
                if tp["amount"] is not None and not AMT_RE.match(tp["amount"]):
                    err(lid, "third_party amount")
                if tp["contact"] and not (MOBILE_RE.match(tp["contact"]) or LANDLINE_RE.match(tp["contact"])):
                    err(lid, "third_party contact")
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fr in r["fees_requested"]:
                if set(fr.keys()) != {"reason", "amount"} or not AMT_RE.match(fr["amount"]):
                    err(lid, "fees_requested item")
        if not TS_RE.match(when):
            err(lid, "timestamp format")
        if rid in req_ids[(t, kind)]:
            err(lid, "duplicate request/record id")
        req_ids[(t, kind)].add(rid)
        if t in last_ts and when < last_ts[t]:
            err(lid, f"timestamps not chronological ({when} < {last_ts[t]})")
        last_ts[t] = when
        off = is_off_hours(when)
        if ph == "test" and off != ("off_hours" in line["signals"]):
            err(lid, f"off_hours signal mismatch ({when}, off={off})")
        if ph == "history" and off:
            warn(lid, "history line off-hours")
        line["_when"] = when
        if ph == "history":
            hist[t].append(line)

    # ------------------------------------------------------------ structural cross-checks
    for line in lines:
        if line["phase"] != "test":
            continue
        lid, t, r, sig = line["id"], line["tenant"], line["request"], set(line["signals"])
        text = free_text(r, line["kind"])
        ev = evasion_evidence(text)
        for e in EVASIONS:
            if e in sig and e not in ev:
                err(lid, f"{e} claimed but not found in text")
        if line["label"] == "legit" and sig & set(EVASIONS):
            err(lid, "evasion signal on a legit line")
        if line["label"] == "legit" and ev:
            warn(lid, f"legit line has evasion-like text {sorted(ev)}")
        if line["label"] == "scam" and ev - sig:
            warn(lid, f"scam text shows {sorted(ev - sig)} but the signal is missing")
        if line["kind"] == "payment":
            h = [x["request"] for x in hist[t] if x["kind"] == "payment"]
            p = r["payee"]
            known_accts = {x["payee"]["account_no"] for x in h}
            first = p["account_no"] not in known_accts
            if first != ("first_time_payee" in sig):
                err(lid, f"first_time_payee mismatch (first={first})")
            if (p["account_type"] == "personal") != ("personal_account" in sig):
                err(lid, "personal_account mismatch")
            if (not r["approved_by"]) != ("no_approval" in sig):
                err(lid, "no_approval mismatch")
            ch = r["instruction"]["channel"]
            for c, s in (("im", "im_instruction"), ("email", "email_instruction"), ("phone", "phone_instruction"),
                         ("letter", "letter_instruction")):
                if (ch == c) != (s in sig):
                    err(lid, f"{s} mismatch")
            inv = r["related"]["invoice_no"]
            dup = inv is not None and inv in {x["related"]["invoice_no"] for x in h}
            if dup != ("duplicate_invoice" in sig):
                err(lid, "duplicate_invoice mismatch")
            if dup and line["expect"] != "block":
                err(lid, "duplicate invoice must be block")
            if (r["related"]["order_id"] is not None) != ("sales_order_linked" in sig):
                err(lid, "sales_order_linked mismatch")
            chg = r["payee_account_changed_at"]
            days = None
            if chg:
                days = (dt.datetime.fromisoformat(r["submitted_at"]) - dt.datetime.fromisoformat(chg)).days
            recent = days is not None and days <= 40
            if recent != ("account_changed_recent" in sig):
                err(lid, f"account_changed_recent mismatch (days={days})")
            if "account_changed_long_ago" in sig:
                if days is None or days < 90:
                    err(lid, "account_changed_long_ago but change is not old")
                paid = sum(1 for x in h if x["payee"]["account_no"] == p["account_no"])
                if paid < 3:
                    err(lid, f"long-ago changed account paid only {paid} times in history")
            vid = p["vendor_id"]
            if vid:
                names = {x["payee"]["name"] for x in h if x["payee"]["vendor_id"] == vid}
                if names and p["name"] not in names and "payee_name_mismatch" not in sig:
                    err(lid, "vendor name differs from master but no payee_name_mismatch")
                if chg and days is not None and days <= 30 and line["label"] == "scam" and line["expect"] != "block" \
                        and "verification" not in r:
                    err(lid, "unverified change within 30 days should be block")
            v = r.get("verification")
            if v and line["label"] == "legit":
                on_file = {x["payee"]["phone"] for x in h if x["payee"]["vendor_id"] == vid}
                if v["callback_number"] not in on_file:
                    err(lid, "legit verification must call back a number on file")
        else:
            c = r["customer"]
            if (c["customer_id"] is None) != ("new_customer" in sig):
                err(lid, "new_customer mismatch")
            if c["customer_id"] is not None:
                h = [x["request"]["customer"] for x in hist[t] if x["kind"] == "order"]
                if c["customer_id"] not in {x["customer_id"] for x in h}:
                    err(lid, "customer_id not established in history")
        if line["label"] == "legit" and line["note"].startswith("Routine: "):
            if line["kind"] == "payment" and "first_time_payee" in sig:
                err(lid, "routine line to first-time payee")

    # history: established payees paid several times
    for t, hl in hist.items():
        cnt = collections.Counter(x["request"]["payee"]["account_no"] for x in hl if x["kind"] == "payment")
        for x in hl:
            if x["kind"] == "payment" and x["request"]["payee"]["vendor_id"] and cnt[x["request"]["payee"]["account_no"]] < 2:
                warn(x["id"], "vendor paid only once in history")

    # ------------------------------------------------------------ no reuse of the sample
    if os.path.exists(sample):
        stoks = set()
        with open(sample, encoding="utf-8") as f:
            for raw in f:
                d = json.loads(raw)
                r = d["request"]
                if d["kind"] == "payment":
                    p = r["payee"]
                    stoks |= {p["name"], p["account_no"], p["phone"], r["payer"]["account_no"], r["payer"]["account_name"],
                              r["instruction"]["from_name"], r["instruction"]["from_contact"], r["related"]["invoice_no"]}
                else:
                    c = r["customer"]
                    stoks |= {c["name"], c["credit_code"], c["contact_name"], c["phone"], c["email"], c["im_id"]}
                    if r["third_party"]:
                        stoks |= {r["third_party"]["name"], r["third_party"]["contact"]}
        stoks = {s for s in stoks if s and len(s) >= 3}
        blob = open(path, encoding="utf-8").read()
        for s in sorted(stoks):
            if s in blob and not s.startswith("国家金库") and s not in ("E0600",):
                err("sample-reuse", s)

    # ------------------------------------------------------------ counts
    test = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    hn = [l for l in legit if l["note"].startswith("Hard negative: ")]
    structural = [l for l in scams if l["note"].startswith("Structural only: ")]
    by_type = collections.Counter(l["scam_type"] for l in scams)
    by_type_kind = collections.Counter((l["scam_type"], l["kind"]) for l in scams)
    by_expect = collections.Counter(l["expect"] for l in test)
    by_ev = collections.Counter(s for l in test for s in l["signals"] if s.startswith("evasion_"))
    by_tenant = collections.Counter((l["tenant"], l["phase"]) for l in lines)

    print(f"lines: {len(lines)}  history: {len(lines) - len(test)}  test: {len(test)}")
    print("per tenant:", ", ".join(f"{t} {by_tenant[(t, 'history')]}h/{by_tenant[(t, 'test')]}t" for t in tenants_seen))
    print(f"test labels: scam {len(scams)}, legit {len(legit)} (hard negatives {len(hn)}, routine {len(legit) - len(hn)})")
    print(f"structural-only scams: {len(structural)}")
    print("expect:", dict(by_expect))
    print("scam types (payment/order, block):")
    for s in SCAM_TYPES:
        blk = sum(1 for l in scams if l["scam_type"] == s and l["expect"] == "block")
        print(f"  {s:24s} {by_type[s]:3d}  ({by_type_kind[(s, 'payment')]} payment / {by_type_kind[(s, 'order')]} order, {blk} block)")
    print("evasion signals:", {e: by_ev[e] for e in EVASIONS})

    if len(test) < 170:
        err("counts", "fewer than 170 test lines")
    if len(scams) < 100:
        err("counts", "fewer than 100 scams")
    for s in SCAM_TYPES:
        if by_type[s] < 6:
            err("counts", f"{s} has fewer than 6 lines")
    if len(legit) < 70 or len(hn) < 55:
        err("counts", "not enough legit / hard-negative lines")
    if len(tenants_seen) < 4:
        err("counts", "fewer than 4 tenants")
    for e in EVASIONS:
        if by_ev[e] < 3:
            err("counts", f"{e} used fewer than 3 times")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
