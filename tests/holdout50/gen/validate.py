"""Independent re-check of ../holdout50.jsonl. Standard library only. Exits non-zero on any failure.

It does not import build.py or the data files: every rule is recomputed from the JSON lines.
`block_reasons(line)` returns which `expect: block` condition of the corpus README the line meets,
computed from the data alone (text after normalisation, structure, and the tenant's history).
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout50.jsonl")

TENANTS_ALLOWED = {"xuedu", "kanasi", "youlan", "halake"}
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment account_change_words
personal_account_pretext account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company
institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOBILE_RE = re.compile(r"^1(83|84|85)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

HOLIDAY_RANGES = [("2025-10-01", "2025-10-08"), ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
                  ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"),
                  ("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07")]
MAKEUP_DAYS = {"2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
               "2026-09-20", "2026-10-10"}

SALARY_PURPOSES = {"工资", "日薪", "劳务费", "教练费", "提成", "补贴", "工资结算"}

# ------------------------------------------------------------------ normalisation
T2S = dict(zip("監帳戶資轉錢會賬單與將這個請驗凍結過門虛聲稱調謝號碼費練約簽麗達於時無為後來對認證傳專項檢實報嚴絡銷舊發戶",
               "监账户资转钱会账单与将这个请验冻结过门虚声称调谢号码费练约签丽达于时无为后来对认证传专项检实报严络销旧发户"))
HOMOPHONES = [("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("刷dan", "刷单"), ("保正金", "保证金"),
              ("压金", "押金"), ("帐", "账")]
INITIALISMS = {"aqzh": "安全账户", "sls": "刷流水", "dgzh": "对公账户", "bzj": "保证金", "yhk": "银行卡",
               "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}
SEPARATORS = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+💰")


def normalise(text):
    """NFKC, drop zero-width chars, traditional->simplified fold, homophones, initialisms, lower-case,
    then the compact view (whitespace and separator symbols removed)."""
    s = unicodedata.normalize("NFKC", text or "")
    s = re.sub("[\u200b-\u200f\u2060\ufeff]", "", s)
    s = "".join(T2S.get(c, c) for c in s).lower()
    for a, b in HOMOPHONES:
        s = s.replace(a, b)
    s = re.sub(r"(?<![a-z])(" + "|".join(INITIALISMS) + r")(?![a-z])", lambda m: INITIALISMS[m.group(1)], s)
    return "".join(c for c in s if c not in SEPARATORS)


def line_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r["purpose"], r["memo"], r["instruction"]["text"]]
    else:
        parts = [r["notes"], r["payment_terms"]] + [f["reason"] for f in r["fees_requested"]]
    return normalise("\n".join(p or "" for p in parts))


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公户",
                 "借用你们公户", "刷流水", "出借账户", "u盾"]
BALANCE_WORDS = ["账上还有多少", "账上余额", "账户余额", "可用资金", "可用余额", "还有多少钱", "余额截图", "资金情况"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现", "连单", "卡单", "做单"]
PENDING_WORDS = ["截图", "处理中", "未到账", "尚未到账", "以实际到账为准", "延迟到账", "到账有延迟", "晚点到"]
REFUND_WORDS = ["退款", "退还", "退回"]
PAYER_ACCT_RE = re.compile(r"原付款账户[：:]\s*(\d{16,19})")

CTX = {}


def build_context(lines):
    ctx = {"hist_accounts": defaultdict(set), "hist_invoices": defaultdict(set), "orders": {}}
    for ln in lines:
        r = ln["request"]
        if ln["kind"] == "order":
            ctx["orders"][(ln["tenant"], r["record_id"])] = ln
        elif ln["phase"] == "history":
            ctx["hist_accounts"][ln["tenant"]].add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                ctx["hist_invoices"][ln["tenant"]].add(r["related"]["invoice_no"])
    return ctx


def is_refund(r):
    return any(w in (r["purpose"] or "") + (r["memo"] or "") for w in REFUND_WORDS)


def stated_payer_accounts(r):
    raw = unicodedata.normalize("NFKC", (r["memo"] or "") + "\n" + (r["instruction"]["text"] or ""))
    return PAYER_ACCT_RE.findall(raw)


def employees_in_memo(memo):
    m = re.search(r"员工：([^）)]+)", memo or "")
    return [x.strip() for x in m.group(1).split("、")] if m else []


def block_reasons(line, ctx=None):
    """Which README `expect: block` conditions the line meets, recomputed from the data."""
    ctx = ctx or CTX
    reasons = []
    r = line["request"]
    text = line_text(line)
    tenant = line["tenant"]
    if line["kind"] == "payment":
        first_time = r["payee"]["account_no"] not in ctx["hist_accounts"][tenant]
        personal = r["payee"]["account_type"] == "personal"
        if any(w in text for w in SAFE_WORDS):
            reasons.append("safe_account_transfer")
        if any(w in text for w in LENDING_WORDS):
            reasons.append("account_lending")
        if is_refund(r):
            payers = stated_payer_accounts(r)
            if any(p != r["payee"]["account_no"] for p in payers):
                reasons.append("refund_to_other_account")
            if any(w in text for w in PENDING_WORDS):
                reasons.append("refund_before_cleared")
        oid = r["related"]["order_id"]
        if oid and (tenant, oid) in ctx["orders"]:
            tp = ctx["orders"][(tenant, oid)]["request"]["third_party"]
            if tp and tp["role"] == "designated_supplier" and tp["name"] == r["payee"]["name"] and first_time:
                reasons.append("designated_supplier_prepay")
        changed = r["payee_account_changed_at"]
        if changed and first_time and Decimal(r["amount"]) >= Decimal("5000.00"):
            delta = dt.datetime.fromisoformat(r["submitted_at"]) - dt.datetime.fromisoformat(changed)
            if dt.timedelta(0) <= delta <= dt.timedelta(days=30):
                reasons.append("recent_account_change_first_payment")
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"]
                and any(w in text for w in BALANCE_WORDS) and first_time):
            reasons.append("boss_balance_probe_new_payee")
        if personal and any(w in text for w in TASK_WORDS):
            reasons.append("personal_account_task_words")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"][tenant]:
            reasons.append("invoice_already_paid")
        if personal and r["purpose"] in SALARY_PURPOSES:
            emps = employees_in_memo(r["memo"])
            if len(emps) > 1 or (emps and emps[0] != r["payee"]["name"]):
                reasons.append("salary_holder_mismatch")
    else:
        tp = r["third_party"]
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_to_other_account")
        if tp and tp["role"] == "pass_through_payee":
            reasons.append("account_lending")
        if any(w in text for w in LENDING_WORDS):
            reasons.append("account_lending")
        if tp and tp["role"] == "designated_supplier" and any(w in text for w in ["截图", "到账有延迟", "延迟到账"]):
            reasons.append("designated_supplier_prepay_screenshot")
    return reasons


# ------------------------------------------------------------------ helpers
ERRORS = []


def fail(lid, msg):
    ERRORS.append(f"{lid}: {msg}")


def holidays():
    out = set()
    for a, b in HOLIDAY_RANGES:
        d = dt.date.fromisoformat(a)
        while d <= dt.date.fromisoformat(b):
            out.add(d.isoformat())
            d += dt.timedelta(days=1)
    return out


HOLIDAYS = holidays()


def is_off_hours(ts):
    d = dt.datetime.fromisoformat(ts)
    minutes = d.hour * 60 + d.minute
    return d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS or minutes < 600 or minutes >= 1200


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return code[17] == USCC_CHARS[(31 - total % 31) % 31]


def check_keys(lid, obj, keys, where, optional=()):
    got = list(obj.keys())
    expected = keys + [k for k in optional if k in obj]
    if got != expected:
        fail(lid, f"{where} key order {got} != {expected}")


def check_ts(lid, v, where):
    if not isinstance(v, str) or not TS_RE.match(v):
        fail(lid, f"{where} not RFC 3339 +08:00: {v!r}")
        return
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        fail(lid, f"{where} invalid timestamp {v!r}")


def check_amount(lid, v, where):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        fail(lid, f"{where} not a 2-dp decimal string: {v!r}")


def check_phone(lid, v, where):
    if v is None:
        return
    if not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        fail(lid, f"{where} phone {v!r} not 1XX0000xxxx (XX in 83/84/85) or area-0000xxx")


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


def check_text_numbers(lid, req):
    for s in all_strings(req):
        s = unicodedata.normalize("NFKC", s)
        for m in re.finditer(r"(?<!\d)\d{11}(?!\d)", s):
            if m.group(0).startswith("1") and not MOBILE_RE.match(m.group(0)):
                fail(lid, f"mobile-like number {m.group(0)} not in the fictitious pattern")
        for m in re.finditer(r"(?<![\d-])0\d{2,3}-\d{5,8}(?!\d)", s):
            if not LANDLINE_RE.match(m.group(0)):
                fail(lid, f"landline {m.group(0)} not area-0000xxx")
        for m in re.finditer(r"(?<!\d)\d{12,}(?!\d)", s):
            if not 16 <= len(m.group(0)) <= 20:
                fail(lid, f"long digit run {m.group(0)} is neither a 16-19 digit account nor a 20-digit invoice")


FULLWIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
TRAD_CHARS = set("監帳戶資轉錢會賬單與將這個請驗凍結過門虛聲稱調謝號碼費練約簽麗達於時無為後來對認證傳專項檢實報嚴絡銷舊發戶")
HOMOPHONE_FORMS = ["返力", "反利", "唰单", "刷dan", "保正金", "压金", "威信", "薇信", "扣扣"]
PINYIN_RE = re.compile(r"(?<![a-z])(" + "|".join(INITIALISMS) + r")(?![a-z])")
SPACING_RE = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")
SYMBOL_RE = re.compile(r"[\u4e00-\u9fff][.\-_/\\|*~#@+·•💰][\u4e00-\u9fff][.\-_/\\|*~#@+·•💰][\u4e00-\u9fff]")
SYMBOL_RE2 = re.compile(r"[a-zA-Z\u4e00-\u9fff]/[\u4e00-\u9fff]/[\u4e00-\u9fff]")


def free_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        return "\n".join(x or "" for x in (r["memo"], r["instruction"]["text"]))
    return "\n".join(x or "" for x in (r["notes"], r["payment_terms"]))


def evasion_present(line):
    t = free_text(line)
    low = unicodedata.normalize("NFKC", t).lower()
    return {
        "evasion_fullwidth": bool(FULLWIDTH_ALNUM.search(t)),
        "evasion_traditional": any(c in TRAD_CHARS for c in t),
        "evasion_homophone": any(h in low for h in HOMOPHONE_FORMS),
        "evasion_pinyin": bool(PINYIN_RE.search(low)),
        "evasion_spacing": bool(SPACING_RE.search(t)),
        "evasion_symbols": bool(SYMBOL_RE.search(t) or SYMBOL_RE2.search(t)),
    }


# ------------------------------------------------------------------ main checks
def main():
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n"):
        fail("file", "does not end with a newline")
    lines = []
    for n, b in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            lines.append(json.loads(b))
        except json.JSONDecodeError as e:
            fail(f"line {n}", f"invalid JSON: {e}")
    if ERRORS:
        return report(lines)
    global CTX
    CTX = build_context(lines)

    ids, req_ids = set(), set()
    tenants_seen = []
    per_tenant = defaultdict(list)
    for ln in lines:
        lid = ln.get("id", "?")
        if ln["tenant"] not in TENANTS_ALLOWED:
            fail(lid, "tenant not allowed")
        if not tenants_seen or tenants_seen[-1] != ln["tenant"]:
            if ln["tenant"] in tenants_seen:
                fail(lid, "tenant lines not grouped")
            tenants_seen.append(ln["tenant"])
        per_tenant[ln["tenant"]].append(ln)
        check_line(ln)
        if lid in ids:
            fail(lid, "duplicate id")
        ids.add(lid)
        rid = ln["request"].get("request_id") or ln["request"].get("record_id")
        if rid in req_ids:
            fail(lid, f"duplicate request/record id {rid}")
        req_ids.add(rid)

    for tenant, tl in per_tenant.items():
        check_tenant(tenant, tl)
    check_composition(lines, per_tenant)
    return report(lines)


def check_line(ln):
    lid = ln["id"]
    phase = ln["phase"]
    check_keys(lid, ln, LINE_KEYS_H if phase == "history" else LINE_KEYS_T, "line")
    if not re.fullmatch(rf"{ln['tenant']}-{'h' if phase == 'history' else 't'}\d{{3}}", lid):
        fail(lid, "id pattern")
    if ln["kind"] not in ("payment", "order"):
        fail(lid, "kind")
    if ln["label"] == "legit":
        if ln["scam_type"] is not None or ln["expect"] != "allow":
            fail(lid, "legit line must have scam_type null and expect allow")
    elif ln["label"] == "scam":
        if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block"):
            fail(lid, "scam line needs a scam type and expect flag/block")
    else:
        fail(lid, "label")
    if phase == "history":
        if ln["label"] != "legit" or ln["outcome"] != "executed" or ln["signals"] != []:
            fail(lid, "history lines are legit, executed, with no signals")
    elif phase != "test":
        fail(lid, "phase")
    for s in ln["signals"]:
        if s not in VOCAB:
            fail(lid, f"signal {s} not in the vocabulary")
    if len(set(ln["signals"])) != len(ln["signals"]):
        fail(lid, "repeated signal")
    note = ln["note"]
    if phase == "test":
        if ln["label"] == "legit":
            if note.startswith("Routine: "):
                if ln["signals"]:
                    fail(lid, "routine line must have no signals")
            elif note.startswith("Hard negative: "):
                if not ln["signals"]:
                    fail(lid, "hard negative must name the scam-like surface in signals")
            else:
                fail(lid, "legit test note must start with Routine: or Hard negative:")
        elif note.startswith(("Routine:", "Hard negative:")):
            fail(lid, "scam note with a legit prefix")
    r = ln["request"]
    if ln["kind"] == "payment":
        check_payment(lid, r)
    else:
        check_order(lid, r)
    check_text_numbers(lid, r)
    # evasion signals exact
    pres = evasion_present(ln)
    for sig, present in pres.items():
        if (sig in ln["signals"]) != present:
            fail(lid, f"{sig}: signal {'missing' if present else 'claimed but no such spelling'}")


def check_payment(lid, r):
    check_keys(lid, r, PAY_KEYS, "payment", optional=["verification"])
    check_keys(lid, r["payer"], PAYER_KEYS, "payer")
    check_keys(lid, r["payee"], PAYEE_KEYS, "payee")
    check_keys(lid, r["instruction"], INSTR_KEYS, "instruction")
    check_keys(lid, r["related"], REL_KEYS, "related")
    check_ts(lid, r["submitted_at"], "submitted_at")
    if r["payee_account_changed_at"] is not None:
        check_ts(lid, r["payee_account_changed_at"], "payee_account_changed_at")
    for who in ("payer", "payee"):
        if not re.fullmatch(r"\d{16,19}", r[who]["account_no"]):
            fail(lid, f"{who}.account_no must have 16-19 digits")
    if not r["payee"]["name"]:
        fail(lid, "payee.name required")
    check_amount(lid, r["amount"], "amount")
    if r["currency"] != "CNY":
        fail(lid, "currency")
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        fail(lid, "account_type")
    if r["instruction"]["channel"] not in CHANNELS:
        fail(lid, "instruction.channel")
    if not isinstance(r["instruction"]["urgent"], bool):
        fail(lid, "instruction.urgent must be a boolean")
    if r["instruction"]["channel"] == "erp" and r["instruction"]["from_contact"] is not None:
        fail(lid, "ERP instructions carry no from_contact")
    if r["requested_by"] in r["approved_by"] or len(set(r["approved_by"])) != len(r["approved_by"]):
        fail(lid, "requester approves own request, or repeated approver")
    check_phone(lid, r["payee"]["phone"], "payee.phone")
    fc = r["instruction"]["from_contact"]
    if fc and re.fullmatch(r"[\d-]+", fc):
        check_phone(lid, fc, "instruction.from_contact")
    if "verification" in r:
        v = r["verification"]
        check_keys(lid, v, VERIF_KEYS, "verification")
        check_phone(lid, v["callback_number"], "verification.callback_number")
        check_ts(lid, v["verified_at"], "verification.verified_at")
        if v["verified_at"] > r["submitted_at"]:
            fail(lid, "verification after submission")
    if r["related"]["invoice_no"] is not None and not re.fullmatch(r"\d{20}", r["related"]["invoice_no"]):
        fail(lid, "invoice_no must be a 20-digit number")
    if is_refund(r):
        payers = stated_payer_accounts(r)
        if len(set(payers)) != 1:
            fail(lid, "a refund must state exactly one 原付款账户：<account>")
    if r["payee"]["account_type"] == "personal" and r["purpose"] in SALARY_PURPOSES:
        if not employees_in_memo(r["memo"]):
            fail(lid, "pay to a personal card must name the employee(s) as 员工：<name> in memo")


def check_order(lid, r):
    check_keys(lid, r, ORDER_KEYS, "order")
    check_keys(lid, r["customer"], CUST_KEYS, "customer")
    check_keys(lid, r["delivery"], DELIV_KEYS, "delivery")
    check_ts(lid, r["received_at"], "received_at")
    if not r["customer"]["name"]:
        fail(lid, "customer.name required")
    if r["customer"]["credit_code"] is not None and not uscc_ok(r["customer"]["credit_code"]):
        fail(lid, f"invalid credit code {r['customer']['credit_code']}")
    check_phone(lid, r["customer"]["phone"], "customer.phone")
    total = Decimal(0)
    for it in r["items"]:
        check_keys(lid, it, ITEM_KEYS, "item")
        check_amount(lid, it["unit_price"], "unit_price")
        if not QTY_RE.match(it["quantity"]):
            fail(lid, "quantity not a decimal string")
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_amount(lid, r["total_amount"], "total_amount")
    if Decimal(r["total_amount"]) != total:
        fail(lid, f"total_amount {r['total_amount']} != sum of items {total}")
    if r["currency"] != "CNY":
        fail(lid, "currency")
    if r["channel"] not in CHANNELS:
        fail(lid, "order channel")
    if not DATE_RE.match(r["delivery"]["deadline"]):
        fail(lid, "delivery.deadline must be YYYY-MM-DD")
    tp = r["third_party"]
    if tp is not None:
        check_keys(lid, tp, THIRD_KEYS, "third_party")
        if tp["role"] not in ROLES:
            fail(lid, "third_party.role")
        check_amount(lid, tp["amount"], "third_party.amount")
        if re.fullmatch(r"[\d-]+", tp["contact"] or ""):
            check_phone(lid, tp["contact"], "third_party.contact")
    if not isinstance(r["fees_requested"], list):
        fail(lid, "fees_requested must be a list")
    for f in r["fees_requested"]:
        check_keys(lid, f, FEE_KEYS, "fee")
        check_amount(lid, f["amount"], "fee amount")


def ts_of(ln):
    r = ln["request"]
    return r.get("submitted_at") or r.get("received_at")


def check_tenant(tenant, tl):
    # history before test, chronological, sequential ids, one payer
    seen_test = False
    prev = None
    counters = {"history": 0, "test": 0}
    payers = set()
    for ln in tl:
        if ln["phase"] == "test":
            seen_test = True
        elif seen_test:
            fail(ln["id"], "history line after a test line")
        counters[ln["phase"]] += 1
        if ln["id"] != f"{tenant}-{'h' if ln['phase'] == 'history' else 't'}{counters[ln['phase']]:03d}":
            fail(ln["id"], "ids not sequential")
        t = dt.datetime.fromisoformat(ts_of(ln))
        if prev and t < prev:
            fail(ln["id"], "not in chronological order")
        prev = t
        if t.date().isoformat() in MAKEUP_DAYS:
            fail(ln["id"], "timestamp on a make-up working day (ambiguous office hours)")
        if ln["kind"] == "payment":
            payers.add(json.dumps(ln["request"]["payer"], ensure_ascii=False))
    if len(payers) != 1:
        fail(tenant, "payer account varies within a tenant")
    # vendor-master account changes: a vendor seen with a second account must carry payee_account_changed_at
    first_acct = {}
    for ln in tl:
        if ln["kind"] != "payment":
            continue
        p = ln["request"]["payee"]
        vid = p["vendor_id"]
        if not vid or not vid.startswith("V-"):
            continue
        if vid not in first_acct:
            first_acct[vid] = p["account_no"]
        elif p["account_no"] != first_acct[vid] and not ln["request"]["payee_account_changed_at"]:
            fail(ln["id"], f"{vid} paid to a new account without payee_account_changed_at")
    # structural signals exact on test lines; block reasons exact
    for ln in tl:
        if ln["phase"] != "test":
            continue
        r = ln["request"]
        want = set()
        if ln["kind"] == "payment":
            if r["payee"]["account_no"] not in CTX["hist_accounts"][tenant]:
                want.add("first_time_payee")
            if r["payee"]["account_type"] == "personal":
                want.add("personal_account")
            if not r["approved_by"]:
                want.add("no_approval")
            if r["payee_account_changed_at"]:
                delta = dt.datetime.fromisoformat(r["submitted_at"]) - dt.datetime.fromisoformat(r["payee_account_changed_at"])
                if delta < dt.timedelta(0):
                    fail(ln["id"], "account changed after the payment")
                want.add("account_changed_recent" if delta <= dt.timedelta(days=30) else "account_changed_long_ago")
            if r["related"]["invoice_no"] in CTX["hist_invoices"][tenant]:
                want.add("duplicate_invoice")
        elif r["customer"]["customer_id"] is None:
            want.add("new_customer")
        if is_off_hours(ts_of(ln)):
            want.add("off_hours")
        have = {s for s in ln["signals"] if s in STRUCTURAL}
        if have != want:
            fail(ln["id"], f"structural signals {sorted(have)} != data {sorted(want)}")
        reasons = block_reasons(ln)
        if ln["expect"] == "block" and not reasons:
            fail(ln["id"], "expect block but the data meets no README block condition")
        if ln["expect"] != "block" and reasons:
            fail(ln["id"], f"expect {ln['expect']} but the data meets block condition(s) {reasons}")


def check_composition(lines, per_tenant):
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    if len(per_tenant) != 3:
        fail("corpus", "needs exactly 3 tenants")
    for t, tl in per_tenant.items():
        h = sum(1 for l in tl if l["phase"] == "history")
        n = sum(1 for l in tl if l["phase"] == "test")
        if not 13 <= h <= 15:
            fail(t, f"{h} history lines (13-15 wanted)")
        if not 34 <= n <= 37:
            fail(t, f"{n} test lines (34-37 wanted)")
    if not 40 <= len(hist) <= 45:
        fail("corpus", f"{len(hist)} history lines")
    if not 100 <= len(test) <= 110:
        fail("corpus", f"{len(test)} test lines")
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    if not 0.35 <= len(scams) / len(test) <= 0.45:
        fail("corpus", f"scam share {len(scams)}/{len(test)}")
    types = Counter(l["scam_type"] for l in scams)
    for st in SCAM_TYPES:
        if types[st] < 2:
            fail("corpus", f"scam type {st} has {types[st]} lines (>= 2 wanted)")
    blocks = sum(1 for l in scams if l["expect"] == "block")
    if not 25 <= blocks <= 30:
        fail("corpus", f"{blocks} block lines (25-30 wanted)")
    hn = sum(1 for l in legit if l["note"].startswith("Hard negative: "))
    if not 0.6 <= hn / len(legit) <= 0.72:
        fail("corpus", f"hard negatives {hn}/{len(legit)}")
    ev = [l for l in test if any(s.startswith("evasion_") for s in l["signals"])]
    if not 8 <= len(ev) <= 10 or not any(l["label"] == "legit" for l in ev):
        fail("corpus", f"{len(ev)} evasion lines, legit among them: {any(l['label'] == 'legit' for l in ev)}")
    if not any(l["note"].startswith("Structural only: ") for l in scams):
        fail("corpus", "no structural-only scam")


def report(lines):
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print(f"{len(ERRORS)} failure(s)")
        return 1
    test = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    print(f"OK: {len(lines)} lines, {len(lines) - len(test)} history, {len(test)} test; "
          f"scams {len(scams)} (block {sum(l['expect'] == 'block' for l in scams)}, "
          f"flag {sum(l['expect'] == 'flag' for l in scams)}); legit {len(legit)} "
          f"(routine {sum(l['note'].startswith('Routine: ') for l in legit)}, "
          f"hard negatives {sum(l['note'].startswith('Hard negative: ') for l in legit)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
