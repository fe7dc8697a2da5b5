#!/usr/bin/env python3
"""Independent re-check of ../holdout46.jsonl. Exits non-zero on any failure.

Does not import the generator; every rule is re-implemented from the corpus README
conventions (see ../README.md, "Format conventions").
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
PATH = os.path.join(HERE, "..", "holdout46.jsonl")

TENANTS = ["fengneng", "guangfu", "lanfeng"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified im_instruction email_instruction phone_instruction
letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call
balance_probe boss_role deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof
refund_to_other_account refund_words overpayment account_change_words personal_account_pretext
account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company
institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin
evasion_homophone evasion_symbols""".split())
STRUCT = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
          "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}
EVASION = {s for s in VOCAB if s.startswith("evasion_")}

TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
HOLIDAYS = {dt.date(2026, 6, 19), dt.date(2026, 6, 20), dt.date(2026, 6, 21)}
MEANINGFUL = Decimal("10000.00")

RE_AMT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE_OK = re.compile(r"^1(70|71|72)0000\d{4}$")
RE_LAND_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<![\d０-９])1\d{10}(?![\d０-９])")
RE_LAND_ANY = re.compile(r"(?<![\d０-９])0\d{2,3}-\d{5,8}(?![\d０-９])")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors = []


def fail(msg):
    errors.append(msg)


# ---------------------------------------------------------------- text normalisation
TRAD = str.maketrans({"帳": "账", "賬": "账", "帐": "账", "戶": "户", "過": "过", "轉": "转", "驗": "验",
                      "資": "资", "凍": "冻", "監": "监", "單": "单", "證": "证", "錢": "钱", "結": "结",
                      "託": "托", "務": "务", "刷": "刷", "標": "标", "號": "号", "變": "变", "匯": "汇",
                      "審": "审", "查": "查", "還": "还", "擔": "担", "貸": "贷", "費": "费", "國": "国",
                      "們": "们", "寄": "寄", "盾": "盾", "戸": "户"})
HOMOPHONES = [("唰单", "刷单"), ("刷dan", "刷单"), ("s单", "刷单"), ("返力", "返利"), ("反利", "返利"),
              ("返立", "返利"), ("保正金", "保证金"), ("保症金", "保证金"), ("走帐", "走账"), ("过帐", "过账")]
INITIALISMS = {"aqzh": "安全账户", "sls": "刷流水", "dgzh": "对公账户", "yhk": "银行卡", "bzj": "保证金",
               "zfb": "支付宝", "gjf": "公检法", "yzm": "验证码"}
RE_LATIN = re.compile(r"[a-z]+")


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub("[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]", "", t)
    t = t.translate(TRAD).lower()
    for a, b in HOMOPHONES:
        t = t.replace(a, b)
    t = RE_LATIN.sub(lambda m: INITIALISMS.get(m.group(0), m.group(0)), t)
    # compact view: keep only CJK, latin letters and digits
    return "".join(c for c in t if c.isalnum())


def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r["purpose"], r["memo"], r["instruction"]["text"]]
    else:
        parts = [r["notes"], r["payment_terms"]] + [f["reason"] for f in r["fees_requested"]]
    return normalise("\n".join(p for p in parts if p))


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查", "核查账户"]
LENDING_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用账户", "借用对公账户", "借你们公司账户", "借个对公账户",
                 "刷流水", "做流水", "邮寄u盾", "u盾寄", "出租账户"]
H7_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资"]
PROBE_WORDS = ["余额", "可用资金", "还有多少钱", "账上还有多少", "资金情况"]
BOSS_WORDS = ["总经理", "董事长", "老板", "领导", "总裁", "法人", "副总"]
DESIGNATED_WORDS = ["代购", "代采", "垫付", "垫款", "指定", "一起结", "一并结"]
UNCLEARED_WORDS = ["截图", "处理中", "未到账", "还没到账", "延迟到账", "延时到账", "以实际到账为准",
                   "明天到", "2小时到账", "还没看到"]
SALARY_RE = re.compile(r"工资|薪")
RE_HEADCOUNT = re.compile(r"（(?:[^（）]*，)?(\d+)人[）,，]")
RE_EMPLOYEE = re.compile(r"员工：([^，）]+)")
RE_TAIL = re.compile(r"尾号(\d{4})")


def ts(s):
    return dt.datetime.fromisoformat(s)


def is_refund_payment(r):
    return bool(re.search(r"退款|退还|退回", r["purpose"] or ""))


def block_reasons(line, ctx):
    """Which README `expect: block` condition(s) the data of this line meets."""
    r = line["request"]
    tx = texts(line)
    out = []
    if any(w in tx for w in SAFE_WORDS):
        out.append("safe_account")
    if any(w in tx for w in LENDING_WORDS):
        out.append("account_lending")
    if line["kind"] == "order":
        tp = r["third_party"]
        role = tp["role"] if tp else None
        if role == "pass_through_payee" and "account_lending" not in out:
            out.append("account_lending")
        if role == "refund_recipient":
            out.append("refund_other_account")
        if role == "designated_supplier" and any(w in tx for w in UNCLEARED_WORDS):
            out.append("designated_supplier_before_cleared")
        return out
    payee = r["payee"]
    first_time = payee["account_no"] not in ctx["hist_accounts"]
    personal = payee["account_type"] == "personal"
    # refund to another account or before clearing
    if is_refund_payment(r):
        m = RE_TAIL.search(r["memo"] + "\n" + r["instruction"]["text"])
        if m is None:
            fail(f"{line['id']}: refund payment does not state the paying account's tail (尾号NNNN)")
        elif not payee["account_no"].endswith(m.group(1)) or any(w in tx for w in UNCLEARED_WORDS):
            out.append("refund_other_account")
    # customer-designated supplier paid before the customer's money cleared
    oid = r["related"]["order_id"] or ""
    if oid.startswith(ctx["pfx"] + "-DD-") and any(w in tx for w in DESIGNATED_WORDS):
        cleared = "入账" in tx and not any(w in tx for w in UNCLEARED_WORDS)
        if not cleared:
            out.append("designated_supplier_before_cleared")
    # first meaningful payment to an account changed within 30 days
    ch = r["payee_account_changed_at"]
    if ch is not None and first_time and Decimal(r["amount"]) >= MEANINGFUL:
        if (ts(r["submitted_at"]) - ts(ch)) <= dt.timedelta(days=30):
            out.append("recent_account_change_first_payment")
    # boss instruction by IM / e-mail, no approval, balance probe, first-time payee
    ins = r["instruction"]
    if ins["channel"] in ("im", "email") and not r["approved_by"] and first_time:
        boss = any(w in (ins["from_name"] or "") for w in BOSS_WORDS)
        if boss and any(w in tx for w in PROBE_WORDS):
            out.append("boss_probe_first_time")
    # personal payee with task / top-up / rebate / unfreezing / capital-verification words
    if personal and any(w in tx for w in H7_WORDS):
        out.append("personal_task_words")
    # invoice number already paid
    inv = r["related"]["invoice_no"]
    if inv and inv in ctx["hist_invoices"]:
        out.append("invoice_already_paid")
    # salary to an account that is not the employee's, or several employees to one account
    if SALARY_RE.search(r["purpose"] or "") and personal:
        hc = RE_HEADCOUNT.search(r["memo"])
        emp = RE_EMPLOYEE.search(r["memo"])
        if hc and int(hc.group(1)) >= 2:
            out.append("salary_shared_or_not_employee")
        elif emp:
            if emp.group(1).strip() != payee["name"]:
                out.append("salary_shared_or_not_employee")
        else:
            fail(f"{line['id']}: personal salary payment names neither a headcount nor 员工：NAME in memo")
    return out


# ---------------------------------------------------------------- helpers
def off_hours(s):
    t = ts(s)
    return t.weekday() >= 5 or t.date() in HOLIDAYS or not (10 <= t.hour < 20)


def uscc_ok(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def check_keys(lid, obj, keys, what):
    if list(obj.keys()) != keys:
        fail(f"{lid}: {what} keys {list(obj.keys())} != {keys}")


def check_amount(lid, v, what):
    if not isinstance(v, str) or not RE_AMT.match(v):
        fail(f"{lid}: {what} not a 2-dp decimal string: {v!r}")


def check_ts(lid, v, what):
    if not isinstance(v, str) or not RE_TS.match(v):
        fail(f"{lid}: {what} not RFC 3339 +08:00: {v!r}")
        return False
    try:
        ts(v)
    except ValueError:
        fail(f"{lid}: {what} invalid date: {v!r}")
        return False
    return True


def check_phone(lid, v, what):
    if v is None:
        return
    if not (RE_MOBILE_OK.match(v) or RE_LAND_OK.match(v)):
        fail(f"{lid}: {what} phone {v!r} not 1(70|71|72)0000xxxx or area-0000xxx")


def check_text_phones(lid, text, what):
    for m in RE_MOBILE_ANY.finditer(text or ""):
        if not RE_MOBILE_OK.match(m.group(0)):
            fail(f"{lid}: {what} contains mobile {m.group(0)} outside the fictitious range")
    for m in RE_LAND_ANY.finditer(text or ""):
        if not RE_LAND_OK.match(m.group(0)):
            fail(f"{lid}: {what} contains landline {m.group(0)} outside the fictitious range")


# ---------------------------------------------------------------- main check
def main():
    raw = open(PATH, encoding="utf-8").read()
    if not raw.endswith("\n") or "\r" in raw:
        fail("file must be LF-terminated lines")
    lines = []
    for n, s in enumerate(raw.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            fail(f"line {n}: invalid JSON: {e}")
            return
    ids = set()
    rids = set()
    seen_tenants = []
    by_tenant = collections.OrderedDict()
    for l in lines:
        if l.get("id") in ids:
            fail(f"duplicate id {l.get('id')}")
        ids.add(l.get("id"))
        t = l.get("tenant")
        if t not in TENANTS:
            fail(f"{l.get('id')}: unknown tenant {t}")
        if seen_tenants and seen_tenants[-1] != t and t in seen_tenants:
            fail(f"{l['id']}: tenant lines are not contiguous")
        if not seen_tenants or seen_tenants[-1] != t:
            seen_tenants.append(t)
        by_tenant.setdefault(t, []).append(l)

    comp = collections.Counter()
    type_counts = collections.Counter()
    evasion_lines = []
    for tenant, tl in by_tenant.items():
        pfx = {"fengneng": "FN", "guangfu": "GF", "lanfeng": "LF"}[tenant]
        phases = [l["phase"] for l in tl]
        if "test" in phases and "history" in phases[phases.index("test"):]:
            fail(f"{tenant}: a history line follows a test line")
        stamps = []
        hist = [l for l in tl if l["phase"] == "history"]
        test = [l for l in tl if l["phase"] == "test"]
        if not 13 <= len(hist) <= 15:
            fail(f"{tenant}: {len(hist)} history lines (want 13-15)")
        if not 34 <= len(test) <= 37:
            fail(f"{tenant}: {len(test)} test lines (want 34-37)")
        for i, l in enumerate(hist, 1):
            if l["id"] != f"{tenant}-h{i:03d}":
                fail(f"{l['id']}: expected id {tenant}-h{i:03d}")
        for i, l in enumerate(test, 1):
            if l["id"] != f"{tenant}-t{i:03d}":
                fail(f"{l['id']}: expected id {tenant}-t{i:03d}")
        hist_accounts = {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
        hist_invoices = {l["request"]["related"]["invoice_no"] for l in hist
                         if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]}
        ctx = {"hist_accounts": hist_accounts, "hist_invoices": hist_invoices, "pfx": pfx}
        payer = None
        seen_hist_accounts, seen_hist_invoices = set(), set()
        for l in tl:
            lid = l["id"]
            if l["phase"] == "history":
                # a history line is judged against the history before it
                line_ctx = {"hist_accounts": set(seen_hist_accounts),
                            "hist_invoices": set(seen_hist_invoices), "pfx": pfx}
                if l["kind"] == "payment":
                    seen_hist_accounts.add(l["request"]["payee"]["account_no"])
                    if l["request"]["related"]["invoice_no"]:
                        seen_hist_invoices.add(l["request"]["related"]["invoice_no"])
            else:
                line_ctx = ctx
            check_keys(lid, l, TOP_HIST if l["phase"] == "history" else TOP_TEST, "top-level")
            if l["kind"] not in ("payment", "order"):
                fail(f"{lid}: bad kind")
                continue
            r = l["request"]
            # labels
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    fail(f"{lid}: legit line must have scam_type null and expect allow")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    fail(f"{lid}: bad scam_type/expect")
                if l["phase"] != "test":
                    fail(f"{lid}: scam on a history line")
            else:
                fail(f"{lid}: bad label")
            if l["phase"] == "history" and l.get("outcome") != "executed":
                fail(f"{lid}: history outcome must be executed")
            for s in l["signals"]:
                if s not in VOCAB:
                    fail(f"{lid}: signal {s} not in vocabulary")
            if len(set(l["signals"])) != len(l["signals"]):
                fail(f"{lid}: repeated signal")
            note = l["note"]
            if not isinstance(note, str) or not note:
                fail(f"{lid}: empty note")
            if l["phase"] == "test" and l["label"] == "legit":
                if not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                    fail(f"{lid}: legit test note must start with Routine:/Hard negative:")
                if note.startswith("Routine: ") and l["signals"]:
                    fail(f"{lid}: routine line carries signals {l['signals']}")
                if note.startswith("Hard negative: ") and not l["signals"]:
                    fail(f"{lid}: hard negative names no surface signal")
            if l["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                fail(f"{lid}: scam note with a legit prefix")
            if l["phase"] == "history" and (l["signals"] or note.startswith(("Routine:", "Hard negative:", "Structural only:"))):
                fail(f"{lid}: history line must have no signals and no test prefix")
            if note.startswith("Structural only:") and l["label"] != "scam":
                fail(f"{lid}: Structural only note on a legit line")

            # request body
            if l["kind"] == "payment":
                keys = PAY_KEYS + (["verification"] if "verification" in r else [])
                check_keys(lid, r, keys, "payment request")
                rid, stamp = r["request_id"], r["submitted_at"]
                check_keys(lid, r["payer"], ["account_no", "account_name"], "payer")
                check_keys(lid, r["payee"], ["name", "account_no", "bank", "account_type", "vendor_id", "phone"], "payee")
                check_keys(lid, r["instruction"], ["channel", "from_name", "from_contact", "text", "urgent"], "instruction")
                check_keys(lid, r["related"], ["order_id", "contract_id", "invoice_no"], "related")
                if payer is None:
                    payer = r["payer"]
                elif r["payer"] != payer:
                    fail(f"{lid}: payer differs within the tenant")
                for what, a in (("payer", r["payer"]["account_no"]), ("payee", r["payee"]["account_no"])):
                    if not RE_ACCT.match(a or ""):
                        fail(f"{lid}: {what} account {a!r} not 16-19 digits")
                if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                    fail(f"{lid}: bad account_type")
                check_amount(lid, r["amount"], "amount")
                if r["currency"] != "CNY":
                    fail(f"{lid}: currency")
                if r["instruction"]["channel"] not in CHANNELS:
                    fail(f"{lid}: bad channel")
                if not isinstance(r["instruction"]["urgent"], bool):
                    fail(f"{lid}: urgent must be bool")
                if r["requested_by"] in r["approved_by"]:
                    fail(f"{lid}: requester approves own request")
                if r["instruction"]["channel"] == "erp" and not r["approved_by"]:
                    fail(f"{lid}: ERP payment without approvers")
                if r["payee_account_changed_at"] is not None:
                    if check_ts(lid, r["payee_account_changed_at"], "payee_account_changed_at") and \
                            ts(r["payee_account_changed_at"]) > ts(stamp):
                        fail(f"{lid}: account change after the payment")
                    if r["payee"]["vendor_id"] is None:
                        fail(f"{lid}: account change recorded for a payee without vendor_id")
                if "verification" in r:
                    v = r["verification"]
                    check_keys(lid, v, ["callback_done", "callback_number", "verified_by", "verified_at"], "verification")
                    check_phone(lid, v["callback_number"], "callback_number")
                    check_ts(lid, v["verified_at"], "verified_at")
                check_phone(lid, r["payee"]["phone"], "payee")
                for what in ("purpose", "memo"):
                    check_text_phones(lid, r[what], what)
                check_text_phones(lid, r["instruction"]["text"], "instruction.text")
                check_text_phones(lid, r["instruction"]["from_contact"], "from_contact")
            else:
                check_keys(lid, r, ORD_KEYS, "order request")
                rid, stamp = r["record_id"], r["received_at"]
                c = r["customer"]
                check_keys(lid, c, ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"], "customer")
                if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                    fail(f"{lid}: invalid unified social credit code {c['credit_code']}")
                check_phone(lid, c["phone"], "customer")
                total = Decimal("0")
                for it in r["items"]:
                    check_keys(lid, it, ["product", "quantity", "unit", "unit_price"], "item")
                    if not RE_QTY.match(it["quantity"]):
                        fail(f"{lid}: quantity {it['quantity']!r}")
                    check_amount(lid, it["unit_price"], "unit_price")
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                check_amount(lid, r["total_amount"], "total_amount")
                if Decimal(r["total_amount"]) != total:
                    fail(f"{lid}: total_amount {r['total_amount']} != sum of items {total}")
                if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                    fail(f"{lid}: currency/channel")
                check_keys(lid, r["delivery"], ["address", "deadline"], "delivery")
                if not RE_DATE.match(r["delivery"]["deadline"] or ""):
                    fail(f"{lid}: deadline")
                tp = r["third_party"]
                if tp is not None:
                    check_keys(lid, tp, ["name", "contact", "role", "amount"], "third_party")
                    if tp["role"] not in TP_ROLES:
                        fail(f"{lid}: third_party role {tp['role']}")
                    check_amount(lid, tp["amount"], "third_party.amount")
                    check_phone(lid, tp["contact"], "third_party.contact")
                if not isinstance(r["fees_requested"], list):
                    fail(f"{lid}: fees_requested must be a list")
                for f in r["fees_requested"]:
                    check_keys(lid, f, ["reason", "amount"], "fee")
                    check_amount(lid, f["amount"], "fee amount")
                check_text_phones(lid, r["notes"], "notes")
            if rid in rids:
                fail(f"{lid}: duplicate request/record id {rid}")
            rids.add(rid)
            if not re.match(rf"^{pfx}-(FK|DD)-\d{{11}}$", rid or ""):
                fail(f"{lid}: request id {rid!r} does not follow {pfx}-FK|DD-YYYYMMDDNNN")
            if check_ts(lid, stamp, "timestamp"):
                stamps.append((ts(stamp), lid))

            # structural signals on test lines
            if l["phase"] == "test":
                want = set()
                if l["kind"] == "payment":
                    if r["payee"]["account_no"] not in hist_accounts:
                        want.add("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        want.add("personal_account")
                    if not r["approved_by"]:
                        want.add("no_approval")
                    ch = r["payee_account_changed_at"]
                    if ch is not None:
                        recent = ts(stamp) - ts(ch) <= dt.timedelta(days=30)
                        want.add("account_changed_recent" if recent else "account_changed_long_ago")
                    if r["related"]["invoice_no"] in hist_invoices:
                        want.add("duplicate_invoice")
                else:
                    if r["customer"]["customer_id"] is None:
                        want.add("new_customer")
                if off_hours(stamp):
                    want.add("off_hours")
                have = set(l["signals"]) & STRUCT
                if have != want:
                    fail(f"{lid}: structural signals {sorted(have)} != data {sorted(want)}")

            # block reasons
            reasons = block_reasons(l, line_ctx)
            if l["expect"] == "block" and not reasons:
                fail(f"{lid}: expect block but no README block condition is met by the data")
            if l["expect"] != "block" and reasons:
                fail(f"{lid}: expect {l['expect']} but data meets block condition(s) {reasons}")

            # composition
            if l["phase"] == "test":
                if l["label"] == "scam":
                    comp[("scam", l["expect"])] += 1
                    type_counts[(l["scam_type"], l["expect"])] += 1
                else:
                    comp[("legit", "routine" if note.startswith("Routine") else "hard_negative")] += 1
                if set(l["signals"]) & EVASION:
                    evasion_lines.append((lid, l["label"], sorted(set(l["signals"]) & EVASION)))
                comp[("kind", l["kind"])] += 1
        if [s for s, _ in stamps] != sorted(s for s, _ in stamps):
            fail(f"{tenant}: lines are not in chronological order")
        if hist and test and max(ts(l["request"].get("submitted_at") or l["request"].get("received_at")) for l in hist) > \
                min(ts(l["request"].get("submitted_at") or l["request"].get("received_at")) for l in test):
            fail(f"{tenant}: a history line is later than a test line")

    # mix
    n_test = sum(v for (k, _), v in comp.items() if k in ("scam", "legit"))
    n_scam = comp[("scam", "flag")] + comp[("scam", "block")]
    n_legit = n_test - n_scam
    if not 100 <= n_test <= 110:
        fail(f"{n_test} test lines (want 100-110)")
    if not 25 <= comp[("scam", "block")] <= 30:
        fail(f"{comp[('scam', 'block')]} expect:block lines (want 25-30)")
    if not 0.37 <= n_scam / n_test <= 0.43:
        fail(f"scam share {n_scam / n_test:.2f} (want about 40%)")
    if not 0.6 <= comp[("legit", "hard_negative")] / n_legit <= 0.72:
        fail("hard negatives are not about two thirds of legit lines")
    for st in SCAM_TYPES:
        if type_counts[(st, "flag")] + type_counts[(st, "block")] < 2:
            fail(f"scam type {st} has fewer than 2 lines")
    if not 8 <= len(evasion_lines) <= 10:
        fail(f"{len(evasion_lines)} evasion lines (want 8-10)")
    if sum(1 for e in evasion_lines if e[1] == "legit") < 2:
        fail("fewer than two legitimate evasion lines")

    print(f"lines: {len(lines)}; test {n_test}: scam {n_scam} (flag {comp[('scam', 'flag')]}, block {comp[('scam', 'block')]}), "
          f"legit {n_legit} (routine {comp[('legit', 'routine')]}, hard negatives {comp[('legit', 'hard_negative')]}); "
          f"payments {comp[('kind', 'payment')]}, orders {comp[('kind', 'order')]}")
    for st in SCAM_TYPES:
        print(f"  {st:26s} flag {type_counts[(st, 'flag')]}  block {type_counts[(st, 'block')]}")
    for e in evasion_lines:
        print(f"  evasion {e[0]} {e[1]} {','.join(e[2])}")


if __name__ == "__main__":
    main()
    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} failure(s)")
        sys.exit(1)
    print("OK")
