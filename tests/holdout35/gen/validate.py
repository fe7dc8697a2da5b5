#!/usr/bin/env python3
"""Independent checks for holdout35.jsonl. Standard library only. Exit status 1 on any failure.

Usage: python3 validate.py [path/to/holdout35.jsonl]
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout35.jsonl")

ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


# ---------------------------------------------------------------------------------------
# format constants (from the corpus README and PRODUCT.md)
# ---------------------------------------------------------------------------------------
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
SUB_KEYS = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
}
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
FEE_KEYS = ["reason", "amount"]
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction new_contact
lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role
deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account
refund_words overpayment account_change_words personal_account_pretext account_lending_words
safe_account_words authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee
task_rebate_words topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee
remote_control new_customer large_first_order credit_terms_requested far_delivery residential_delivery
contact_im_only contact_mismatch lookalike_company institution_claim third_party_payer small_then_large
hazardous_no_permit off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth
evasion_traditional evasion_pinyin evasion_homophone evasion_symbols
""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
# Beijing-time office hours 10:00-20:00, Monday-Friday; public holidays in the corpus period
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
MEANINGFUL = Decimal("5000.00")

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE = re.compile(r"^15[789]0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCOUNT = re.compile(r"^\d{16,19}$")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def is_off_hours(s):
    d = parse_ts(s)
    return d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS or d.hour < 10 or d.hour >= 20


# ---------------------------------------------------------------------------------------
# text normalisation (my own, following TYPOLOGIES §3): NFKC, traditional->simplified for the
# characters that matter, homophones, initialisms, and a compact view without separators
# ---------------------------------------------------------------------------------------
T2S = dict(zip("驗資帳戶變賬匯貨舊轉證凍結錢過請號後補餘額戶資金核查帳戶續費領導總經裡開會對鬆實單劃撥項萬貸款審業",
               "验资账户变账汇货旧转证冻结钱过请号后补余额户资金核查账户续费领导总经里开会对松实单划拨项万贷款审业"))
HOMOPHONE = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("保正金", "保证金"), ("保症金", "保证金"),
             ("薇信", "微信"), ("威信", "微信"), ("压金", "押金")]
INITIALS = {"aqzh": "安全账户", "bzj": "保证金", "sls": "刷流水", "yhk": "银行卡", "dgzh": "对公账户", "zfb": "支付宝"}
SEPARATORS = re.compile(r"(?<=[\u4e00-\u9fff])[\s\u3000·•.,，。、\-_/\\|*~#@+]+(?=[\u4e00-\u9fff])")


def normal_views(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(T2S.get(c, c) for c in t)
    t = t.lower()
    for a, b in HOMOPHONE:
        t = t.replace(a, b)
    for a, b in INITIALS.items():
        t = re.sub(r"(?<![a-z])%s(?![a-z])" % a, b, t)
    return t, SEPARATORS.sub("", t)


def contains_any(text, words):
    a, b = normal_views(text)
    return [w for w in words if w in a or w in b]


def payment_text(r):
    return "\n".join(x or "" for x in (r.get("purpose"), r.get("memo"), r["instruction"].get("text")))


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公司账户",
                 "刷流水", "出租账户", "把u盾寄"]
H7_WORDS = ["任务", "刷单", "返利", "返现", "充值", "解冻", "验资"]
BALANCE_WORDS = ["余额", "可用资金", "能动用的钱", "账上还有多少", "还有多少可用", "可用余额"]
SALARY_PURPOSE = ["工资", "薪酬", "劳务费"]
PAY_FIRST = ["先付", "先把", "先垫", "垫付", "垫一下"]


def block_reasons(line, ctx):
    """Recompute from the data why a line carries a hard-block signal (corpus README list).

    ctx: per-tenant history facts {"hist_accounts", "hist_invoices", "orders"}.
    Returns a list of reason names (empty when none applies)."""
    reasons = []
    r = line["request"]
    if line["kind"] == "payment":
        text = payment_text(r)
        payee = r["payee"]
        personal = payee["account_type"] == "personal"
        first = payee["account_no"] not in ctx["hist_accounts"]
        amount = Decimal(r["amount"])
        # 1. safe / national / supervised account, fund verification
        if contains_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        # 2. lending the company account / pass-through
        if contains_any(text, LENDING_WORDS):
            reasons.append("account_lending")
        # 3. refund to an account other than the payer's (payer = the linked order's customer)
        oid = r["related"]["order_id"]
        linked = ctx["orders"].get(oid) if oid else None
        if linked is not None and "退" in (r["purpose"] or "") and \
                linked["customer"]["name"] != payee["name"]:
            reasons.append("refund_other_account")
        # 4. paying a customer-designated supplier for the customer's own order
        if linked is not None and linked.get("third_party") and \
                linked["third_party"]["role"] == "designated_supplier" and \
                linked["third_party"]["name"] == payee["name"]:
            reasons.append("designated_supplier_advance")
        # 5. first meaningful payment to a vendor account changed within 30 days
        ch = r["payee_account_changed_at"]
        if ch and payee.get("vendor_id") and first and amount >= MEANINGFUL:
            days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400
            if 0 <= days <= 30:
                reasons.append("account_changed_recent_first_payment")
        # 6. boss instruction by IM / e-mail, no approval, balance probe, first-time payee
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first and \
                contains_any(r["instruction"].get("text"), BALANCE_WORDS):
            reasons.append("boss_balance_probe_new_payee")
        # 7. personal payee + task / top-up / rebate / unfreezing / capital-verification words
        if personal and contains_any(text, H7_WORDS):
            reasons.append("personal_account_task_words")
        # 8. invoice number already paid
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"]:
            reasons.append("duplicate_invoice")
        # 9. salary to a non-employee holder, or several employees to one account
        if personal and any(w in (r["purpose"] or "") for w in SALARY_PURPOSE):
            memo = r["memo"] or ""
            m = re.search(r"人员：([^｜|]+)", memo)
            if m and m.group(1).strip() != payee["name"]:
                reasons.append("salary_holder_not_employee")
            n = re.search(r"(\d+)人(?![天日次])", memo)
            if n and int(n.group(1)) >= 2:
                reasons.append("salary_several_employees_one_account")
    else:
        notes = r["notes"] or ""
        tp = r.get("third_party")
        if contains_any(notes, SAFE_WORDS):
            reasons.append("safe_account")
        if contains_any(notes, LENDING_WORDS) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_account")
        if tp and tp["role"] == "designated_supplier" and "截图" in notes and \
                any(w in notes for w in PAY_FIRST):
            reasons.append("designated_supplier_advance")
    return reasons


# ---------------------------------------------------------------------------------------
# evasion-spelling presence checks
# ---------------------------------------------------------------------------------------
def evasion_present(sig, text):
    if sig == "evasion_fullwidth":
        return any("\uff01" <= c <= "\uff5e" and not ("\uff08" <= c <= "\uff09") and c not in "，：；！？｜～"
                   for c in text)
    if sig == "evasion_traditional":
        return any(c in T2S and T2S[c] != c for c in text)
    if sig == "evasion_spacing":
        return re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", text) is not None
    if sig == "evasion_symbols":
        return re.search(r"[\u4e00-\u9fff][.\-·*_/][\u4e00-\u9fff]", text) is not None
    if sig == "evasion_pinyin":
        return re.search(r"(?<![a-z])(%s)(?![a-z])" % "|".join(INITIALS), text.lower()) is not None
    if sig == "evasion_homophone":
        return any(a in text for a, _ in HOMOPHONE)
    return True


def line_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        return payment_text(r)
    return (r["notes"] or "") + "\n" + json.dumps(r["customer"], ensure_ascii=False)


# ---------------------------------------------------------------------------------------
def check_keys(lid, obj, keys, what, optional_tail=()):
    got = list(obj.keys())
    if got != keys and got != keys + [k for k in optional_tail if k in obj]:
        err(lid, "%s key order %s != %s" % (what, got, keys))


def check_phone(lid, v, what):
    if v is None:
        return
    if not (MOBILE.match(v) or LANDLINE.match(v)):
        err(lid, "%s %r is not a 157/158/159 mobile or area-0000xxx landline" % (what, v))


def main(path):
    lines = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            try:
                lines.append(json.loads(raw))
            except ValueError as e:
                err("line %d" % n, "invalid JSON: %s" % e)
    ids = set()
    tenants_seen = []
    by_tenant = collections.OrderedDict()
    for l in lines:
        by_tenant.setdefault(l.get("tenant"), []).append(l)
        if not tenants_seen or tenants_seen[-1] != l.get("tenant"):
            if l.get("tenant") in tenants_seen:
                err(l.get("id"), "tenant lines are not grouped")
            tenants_seen.append(l.get("tenant"))

    reason_counts = collections.Counter()
    stats = collections.OrderedDict()
    type_stats = collections.OrderedDict((t, collections.Counter()) for t in sorted(SCAM_TYPES))
    evasion_lines = []

    for tid, ls in by_tenant.items():
        st = collections.Counter()
        stats[tid] = st
        hist_accounts, hist_invoices, orders = set(), set(), {}
        seen_test = False
        prev = None
        req_ids = set()
        for l in ls:
            lid = l.get("id")
            # ---- top level
            phase = l.get("phase")
            check_keys(lid, l, TOP_HIST if phase == "history" else TOP_TEST, "top-level")
            if lid in ids:
                err(lid, "duplicate id")
            ids.add(lid)
            if not re.match(r"^%s-%s\d{3}$" % (re.escape(tid), "h" if phase == "history" else "t"), lid or ""):
                err(lid, "id does not match tenant/phase")
            if not re.match(r"^[a-z]+$", tid or ""):
                err(lid, "tenant id is not a lowercase word")
            if phase not in ("history", "test"):
                err(lid, "bad phase")
            if phase == "history" and seen_test:
                err(lid, "history line after a test line")
            if phase == "test":
                seen_test = True
            if l["kind"] not in ("payment", "order"):
                err(lid, "bad kind")
            r = l["request"]
            t = when(l)
            if not TS.match(t):
                err(lid, "timestamp not RFC 3339 +08:00: %s" % t)
            if prev and parse_ts(t) < parse_ts(prev):
                err(lid, "not chronological")
            prev = t
            if phase == "test" and not ("2026-06-01" <= t[:10] <= "2026-08-31"):
                err(lid, "test line outside June-August 2026")
            # ---- labels
            if phase == "history":
                if l.get("outcome") != "executed" or l["label"] != "legit" or l["expect"] != "allow" \
                        or l["scam_type"] is not None or l["signals"]:
                    err(lid, "history line must be legit/allow/executed with no signals")
            else:
                if "outcome" in l:
                    err(lid, "outcome on a test line")
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    err(lid, "legit line needs scam_type null and expect allow")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    err(lid, "scam line needs a known scam_type and expect flag/block")
            else:
                err(lid, "bad label")
            for s in l["signals"]:
                if s not in VOCAB:
                    err(lid, "signal %r not in the README vocabulary" % s)
            if len(set(l["signals"])) != len(l["signals"]):
                err(lid, "repeated signal")
            note = l["note"]
            if phase == "test":
                if l["label"] == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                    err(lid, "legit test note must start with Routine: or Hard negative:")
                if note.startswith("Routine:") and l["signals"]:
                    err(lid, "routine line carries signals %s" % l["signals"])
                if note.startswith("Hard negative:") and not l["signals"]:
                    err(lid, "hard negative without any shared surface signal")
                if l["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                    err(lid, "scam note with a legit prefix")
            # ---- request body
            if l["kind"] == "payment":
                check_keys(lid, r, PAY_KEYS, "payment request", optional_tail=("verification",))
                for k in ("payer", "payee", "instruction", "related"):
                    check_keys(lid, r[k], SUB_KEYS[k], k)
                if r.get("verification") is not None:
                    check_keys(lid, r["verification"], SUB_KEYS["verification"], "verification")
                    check_phone(lid, r["verification"]["callback_number"], "callback_number")
                if r["request_id"] in req_ids:
                    err(lid, "duplicate request_id")
                req_ids.add(r["request_id"])
                if not MONEY.match(r["amount"]):
                    err(lid, "amount not a two-place decimal string")
                if r["currency"] != "CNY":
                    err(lid, "currency")
                for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
                    if not ACCOUNT.match(acc):
                        err(lid, "account number %r not 16-19 digits" % acc)
                if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                    err(lid, "account_type")
                if r["instruction"]["channel"] not in CHANNELS:
                    err(lid, "instruction.channel")
                if r["requested_by"] in r["approved_by"]:
                    err(lid, "requester approves own request")
                check_phone(lid, r["payee"]["phone"], "payee.phone")
                fc = r["instruction"]["from_contact"]
                if fc and re.match(r"^[\d-]+$", fc):
                    check_phone(lid, fc, "from_contact")
                if r["payee_account_changed_at"] is not None and not TS.match(r["payee_account_changed_at"]):
                    err(lid, "payee_account_changed_at format")
                if not r["payee"]["name"] or not r["payee"]["account_no"]:
                    err(lid, "missing required payee field")
            else:
                check_keys(lid, r, ORD_KEYS, "order request")
                for k in ("customer", "delivery"):
                    check_keys(lid, r[k], SUB_KEYS[k], k)
                if r["record_id"] in req_ids:
                    err(lid, "duplicate record_id")
                req_ids.add(r["record_id"])
                total = Decimal("0")
                for it in r["items"]:
                    check_keys(lid, it, ITEM_KEYS, "item")
                    if not MONEY.match(it["unit_price"]) or not QTY.match(it["quantity"]):
                        err(lid, "item price/quantity format")
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                if not MONEY.match(r["total_amount"]):
                    err(lid, "total_amount format")
                elif Decimal(r["total_amount"]) != total:
                    err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
                cc = r["customer"]["credit_code"]
                if cc is not None and not uscc_ok(cc):
                    err(lid, "invalid unified social credit code %s" % cc)
                check_phone(lid, r["customer"]["phone"], "customer.phone")
                tp = r["third_party"]
                if tp is not None:
                    check_keys(lid, tp, SUB_KEYS["third_party"], "third_party")
                    if tp["role"] not in ROLES:
                        err(lid, "third_party.role")
                    if tp["amount"] is not None and not MONEY.match(tp["amount"]):
                        err(lid, "third_party.amount format")
                    check_phone(lid, tp["contact"], "third_party.contact")
                if not isinstance(r["fees_requested"], list):
                    err(lid, "fees_requested must be a list")
                for fee in r["fees_requested"]:
                    check_keys(lid, fee, FEE_KEYS, "fee")
                    if not MONEY.match(fee["amount"]):
                        err(lid, "fee amount format")
                if r["currency"] != "CNY":
                    err(lid, "currency")
            # ---- structural signals (test lines), computed from the data
            if phase == "test":
                comp = set()
                if l["kind"] == "payment":
                    if r["payee"]["account_no"] not in hist_accounts:
                        comp.add("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        comp.add("personal_account")
                    if not r["approved_by"]:
                        comp.add("no_approval")
                    ch = r["payee_account_changed_at"]
                    if ch:
                        days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400
                        comp.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in hist_invoices:
                        comp.add("duplicate_invoice")
                elif r["customer"]["customer_id"] is None:
                    comp.add("new_customer")
                if is_off_hours(t):
                    comp.add("off_hours")
                have = {s for s in l["signals"] if s in STRUCTURAL}
                if have != comp:
                    err(lid, "structural signals %s but data says %s" % (sorted(have), sorted(comp)))
                if "structural only" in note.lower() and not note.startswith("Structural only:"):
                    err(lid, "structural-only note prefix")
            # ---- block reasons
            ctx = {"hist_accounts": hist_accounts, "hist_invoices": hist_invoices, "orders": orders}
            reasons = block_reasons(l, ctx)
            if phase == "history" and reasons:
                verified = (r.get("verification") or {}).get("callback_done") is True
                if reasons == ["account_changed_recent_first_payment"] and verified:
                    print("info: %s (history) is the first payment to an account changed within 30 days, "
                          "made after a recorded call-back verification" % lid)
                else:
                    err(lid, "history line meets a block condition: %s" % reasons)
            if phase == "test":
                if l["expect"] == "block" and not reasons:
                    err(lid, "expect block but no hard-block reason found in the data")
                if l["expect"] != "block" and reasons:
                    err(lid, "expect %s but the data meets a block condition: %s" % (l["expect"], reasons))
                if l["expect"] == "block":
                    for x in reasons:
                        reason_counts[x] += 1
                    reason_counts["_lines"] += 1
            # ---- evasion presence
            ev = [s for s in l["signals"] if s.startswith("evasion_")]
            if ev:
                evasion_lines.append(lid)
                txt = line_text(l)
                for s in ev:
                    if not evasion_present(s, txt):
                        err(lid, "%s claimed but not visible in the text" % s)
            # ---- stats
            if phase == "history":
                st["history_" + l["kind"]] += 1
            else:
                st["test"] += 1
                st["test_" + l["kind"]] += 1
                if l["label"] == "scam":
                    st["scam"] += 1
                    ts_ = type_stats[l["scam_type"]]
                    ts_["lines"] += 1
                    ts_[l["expect"]] += 1
                    if note.startswith("Structural only:"):
                        ts_["structural"] += 1
                else:
                    st["legit"] += 1
                    st["hard_negative" if note.startswith("Hard negative:") else "routine"] += 1
                if l["expect"] == "block":
                    st["block"] += 1
            # ---- history facts become known only after a history line
            if phase == "history":
                if l["kind"] == "payment":
                    hist_accounts.add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        hist_invoices.add(r["related"]["invoice_no"])
            if l["kind"] == "order":
                orders[r["record_id"]] = r
        # payment order references must resolve inside the tenant
        for l in ls:
            if l["kind"] == "payment":
                oid = l["request"]["related"]["order_id"]
                if oid and oid not in orders:
                    err(l["id"], "related.order_id %s not found in tenant" % oid)

    # ---- summary
    tot = collections.Counter()
    for st in stats.values():
        tot.update(st)
    cols = ["history_payment", "history_order", "test", "scam", "legit", "hard_negative", "routine", "block",
            "test_payment", "test_order"]
    print("tenant      " + " ".join("%15s" % c for c in cols))
    for tid, st in stats.items():
        print("%-11s " % tid + " ".join("%15d" % st[c] for c in cols))
    print("%-11s " % "total" + " ".join("%15d" % tot[c] for c in cols))
    print()
    print("%-26s %6s %6s %6s %11s" % ("scam_type", "lines", "block", "flag", "structural"))
    for stype, c in type_stats.items():
        print("%-26s %6d %6d %6d %11d" % (stype, c["lines"], c["block"], c["flag"], c["structural"]))
    print()
    print("block reasons (expect: block lines = %d):" % reason_counts["_lines"])
    for k, v in sorted(reason_counts.items()):
        if k != "_lines":
            print("  %-40s %d" % (k, v))
    print("evasion lines: %d (%s)" % (len(evasion_lines), ", ".join(evasion_lines)))
    share = tot["scam"] / tot["test"] if tot["test"] else 0
    hn_share = tot["hard_negative"] / tot["legit"] if tot["legit"] else 0
    print("scam share of test lines: %.1f%%; hard-negative share of legit test lines: %.1f%%" %
          (100 * share, 100 * hn_share))
    missing = [t for t, c in type_stats.items() if c["lines"] < 2]
    if missing:
        ERRORS.append("scam types with fewer than 2 lines: %s" % missing)
    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        return 1
    print("\nOK: %d lines, all checks passed" % len(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
