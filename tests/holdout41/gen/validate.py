#!/usr/bin/env python3
"""Independent re-check of ../holdout41.jsonl. Exits non-zero on any failure.

It does not import the generator: every rule below is recomputed from the file itself.
Checks: JSON validity and key order, corpus-format rules (amounts, totals, account numbers,
credit codes, timestamps, phone numbers, ordering, ids), exact structural signals on test
lines, and block_reasons(line) against `expect`.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout41.jsonl")

TENANTS = ("jinmian", "xuehua", "baimian")
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee",
              "task_rebate", "overpayment_refund", "account_lending"]
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified im_instruction email_instruction
phone_instruction letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words
bypass_process cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment
account_change_words personal_account_pretext account_lending_words safe_account_words
authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee
task_rebate_words topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words
middleman_fee remote_control new_customer large_first_order credit_terms_requested far_delivery
residential_delivery contact_im_only contact_mismatch lookalike_company institution_claim
third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols""".split())
STRUCTURAL = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
               "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

RE_AMOUNT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE = re.compile(r"^1(53|55|56)0000\d{4}$")
RE_LAND = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_INVOICE = re.compile(r"^\d{20}$")

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Holiday window of the 2026 autumn (Mid-Autumn and National Day). The corpus deliberately
# has no line between 19 Sep and 11 Oct, so adjusted working days never matter.
HOLIDAYS = {dt.date(2026, 9, 25), dt.date(2026, 9, 26), dt.date(2026, 9, 27)} | {
    dt.date(2026, 10, d) for d in range(1, 8)}
EMPTY_WINDOW = (dt.date(2026, 9, 19), dt.date(2026, 10, 11))
MEANINGFUL = Decimal("10000.00")

# ---- text normalisation used by block_reasons ---------------------------------------------
T2S = str.maketrans({
    "監": "监", "帳": "账", "賬": "账", "戶": "户", "資": "资", "驗": "验", "證": "证", "轉": "转",
    "過": "过", "凍": "冻", "餘": "余", "額": "额", "單": "单", "務": "务", "國": "国", "險": "险",
    "齊": "齐", "結": "结", "匯": "汇", "款": "款", "帐": "账", "號": "号", "們": "们", "調": "调",
    "為": "为", "紗": "纱", "紡": "纺", "訂": "订", "噸": "吨", "緊": "紧", "錢": "钱", "務": "务",
    "唰": "刷", "証": "证",
})
PHRASES = [("返力", "返利"), ("反利", "返利"), ("冲值", "充值"), ("保正金", "保证金"), ("压金", "押金"),
           ("aqzh", "安全账户"), ("dgzh", "对公账户"), ("sls", "刷流水"), ("yhk", "银行卡"),
           ("bzj", "保证金"), ("垫fu", "垫付"), ("zou账", "走账"), ("guo账", "过账")]

SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公户",
              "借个对公账户", "刷流水", "做流水", "出借账户", "出租账户", "邮寄u盾"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现", "连单", "卡单"]
BALANCE_WORDS = ["余额", "可用资金", "能动用的资金", "还有多少钱", "账上还有多少", "资金情况"]
PENDING_WORDS = ["截图", "处理中", "未到账", "延迟到账", "到账有延迟", "系统延迟", "以实际到账为准",
                 "对公延迟", "明天到账"]


def compact(s):
    s = unicodedata.normalize("NFKC", s or "").lower().translate(T2S)
    s = "".join(c for c in s if c.isalnum())
    for a, b in PHRASES:
        s = s.replace(a, b)
    return s


def has_any(text, words):
    return [w for w in words if w in text]


# ---- global context built by load() --------------------------------------------------------
CTX = {}


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def line_time(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def off_hours(ts):
    t = parse_ts(ts)
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def payment_text(r):
    return compact(" ".join([r["payee"]["name"], r["purpose"] or "", r["memo"] or "",
                             (r["instruction"] or {}).get("text") or ""]))


def order_text(r):
    return compact(" ".join([r["payment_terms"] or "", r["notes"] or ""]))


def first_time(line):
    return line["request"]["payee"]["account_no"] not in CTX[line["tenant"]]["hist_accounts"]


def salary_employees(memo):
    m = re.search(r"员工：([^）]*)）", memo or "")
    if not m:
        return None
    names = [n.strip() for n in re.split(r"[、，,]", m.group(1)) if n.strip()]
    return [n for n in names if not re.fullmatch(r"\d+人", n)]


def block_reasons(line):
    """The `expect: block` conditions of the corpus README that this line meets, from its data."""
    ctx = CTX[line["tenant"]]
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        text = payment_text(r)
        instr = r["instruction"] or {}
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has_any(text, LEND_WORDS):
            reasons.append("account_lending")
        if "退款" in (r["purpose"] or ""):
            order = ctx["orders"].get(r["related"]["order_id"])
            if order is None:
                raise ValueError("refund payment not linked to an order of the tenant")
            if (r["payee"]["name"] != order["request"]["customer"]["name"]
                    or has_any(text, PENDING_WORDS)):
                reasons.append("refund_other_account_or_uncleared")
        order = ctx["orders"].get(r["related"]["order_id"])
        if order is not None:
            tp = order["request"]["third_party"]
            if tp and tp["role"] == "designated_supplier" and tp["name"] == r["payee"]["name"]:
                cleared = re.search(r"已到账.{0,8}回单", text) and not has_any(text, PENDING_WORDS)
                if not cleared:
                    reasons.append("designated_supplier_before_funds")
        changed = r["payee_account_changed_at"]
        if (r["payee"]["vendor_id"] and changed
                and parse_ts(r["submitted_at"]) - parse_ts(changed) <= dt.timedelta(days=30)
                and first_time(line) and Decimal(r["amount"]) >= MEANINGFUL):
            reasons.append("first_payment_to_recently_changed_account")
        if (instr.get("channel") in ("im", "email") and not r["approved_by"]
                and has_any(compact(instr.get("text")), BALANCE_WORDS) and first_time(line)):
            reasons.append("boss_im_balance_probe_first_time_payee")
        if r["payee"]["account_type"] == "personal" and has_any(text, TASK_WORDS):
            reasons.append("personal_account_task_words")
        inv = r["related"]["invoice_no"]
        if inv and ctx["hist_invoices"].get(inv, line["id"]) != line["id"]:
            reasons.append("invoice_already_paid")
        if r["purpose"] == "工资" and r["payee"]["account_type"] == "personal":
            names = salary_employees(r["memo"])
            if names is None:
                raise ValueError("salary to a personal account must name the employees in memo")
            if len(names) > 1 or names[0] != r["payee"]["name"]:
                reasons.append("salary_not_to_employee")
    else:
        text = order_text(r)
        tp = r["third_party"]
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has_any(text, LEND_WORDS):
            reasons.append("account_lending")
        if tp and tp["role"] == "designated_supplier" and has_any(text, PENDING_WORDS):
            reasons.append("designated_supplier_screenshot_only")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_account_or_uncleared")
    return reasons


# ---- checks ----------------------------------------------------------------------------------
ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


def keys(where, obj, expected, optional=()):
    got = list(obj.keys())
    exp = list(expected) + [k for k in optional if k in obj]
    if got != exp:
        err(where, "keys %s, expected %s" % (got, exp))


def amount(where, v):
    if not isinstance(v, str) or not RE_AMOUNT.match(v):
        err(where, "amount %r is not a 2-dp decimal string" % (v,))


def timestamp(where, v):
    if not isinstance(v, str) or not RE_TS.match(v):
        err(where, "timestamp %r is not RFC 3339 +08:00" % (v,))
        return
    try:
        parse_ts(v)
    except ValueError:
        err(where, "timestamp %r does not parse" % v)


def phone(where, v, allow_null=True):
    if v is None and allow_null:
        return
    if not isinstance(v, str) or not (RE_MOBILE.match(v) or RE_LAND.match(v)):
        err(where, "phone %r is neither 1XX0000xxxx (XX in 53/55/56) nor area-0000xxx" % (v,))


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code):
        return False
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    c = 31 - total % 31
    return USCC_ALPHABET[0 if c == 31 else c] == code[17]


def scan_texts(where, strings):
    for s in strings:
        for m in RE_MOBILE_IN_TEXT.finditer(s or ""):
            if not RE_MOBILE.match(m.group(0)):
                err(where, "mobile-like number %s in text breaks the phone pattern" % m.group(0))


def check_payment(where, r):
    keys(where + ".request", r, PAY_KEYS, ["verification"])
    keys(where + ".payer", r["payer"], PAYER_KEYS)
    keys(where + ".payee", r["payee"], PAYEE_KEYS)
    keys(where + ".related", r["related"], RELATED_KEYS)
    timestamp(where + ".submitted_at", r["submitted_at"])
    for k in ("payer", "payee"):
        if not RE_ACCT.match(r[k]["account_no"] or ""):
            err(where, "%s.account_no %r is not 16-19 digits" % (k, r[k]["account_no"]))
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        err(where, "bad account_type")
    phone(where + ".payee.phone", r["payee"]["phone"])
    amount(where + ".amount", r["amount"])
    if r["currency"] != "CNY":
        err(where, "currency")
    ins = r["instruction"]
    keys(where + ".instruction", ins, INSTR_KEYS)
    if ins["channel"] not in CHANNELS:
        err(where, "bad instruction.channel")
    if not isinstance(ins["urgent"], bool):
        err(where, "instruction.urgent must be a boolean")
    if ins["channel"] in ("phone", "sms"):
        phone(where + ".instruction.from_contact", ins["from_contact"])
    if not r["requested_by"] or r["requested_by"] in r["approved_by"]:
        err(where, "requester missing or approving own request")
    if ins["channel"] == "erp" and not r["approved_by"]:
        err(where, "ERP payment without approvers")
    inv = r["related"]["invoice_no"]
    if inv is not None and not RE_INVOICE.match(inv):
        err(where, "invoice_no %r is not 20 digits" % inv)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        timestamp(where + ".payee_account_changed_at", ch)
        if not r["payee"]["vendor_id"]:
            err(where, "account change recorded for a payee without vendor_id")
        elif parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(where, "account change after submission")
    if "verification" in r:
        v = r["verification"]
        keys(where + ".verification", v, VERIF_KEYS)
        phone(where + ".verification.callback_number", v["callback_number"], allow_null=False)
        timestamp(where + ".verification.verified_at", v["verified_at"])
    scan_texts(where, [r["memo"], r["purpose"], ins["text"], ins["from_contact"]])


def check_order(where, r):
    keys(where + ".request", r, ORDER_KEYS)
    keys(where + ".customer", r["customer"], CUST_KEYS)
    timestamp(where + ".received_at", r["received_at"])
    c = r["customer"]
    if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
        err(where, "credit_code %r has a bad check character" % c["credit_code"])
    phone(where + ".customer.phone", c["phone"])
    if not r["items"]:
        err(where, "no items")
    total = Decimal("0")
    for i, it in enumerate(r["items"]):
        keys("%s.items[%d]" % (where, i), it, ITEM_KEYS)
        if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
            err(where, "quantity %r is not a decimal string" % (it["quantity"],))
            continue
        amount(where + ".unit_price", it["unit_price"])
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    amount(where + ".total_amount", r["total_amount"])
    if RE_AMOUNT.match(r["total_amount"]) and Decimal(r["total_amount"]) != total:
        err(where, "total_amount %s != sum of items %s" % (r["total_amount"], total))
    if r["currency"] != "CNY":
        err(where, "currency")
    if r["channel"] not in CHANNELS:
        err(where, "bad channel")
    keys(where + ".delivery", r["delivery"], ["address", "deadline"])
    if not RE_DATE.match(r["delivery"]["deadline"] or ""):
        err(where, "delivery.deadline is not a date")
    tp = r["third_party"]
    if tp is not None:
        keys(where + ".third_party", tp, TP_KEYS)
        if tp["role"] not in ROLES:
            err(where, "bad third_party.role")
        amount(where + ".third_party.amount", tp["amount"])
        phone(where + ".third_party.contact", tp["contact"])
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested must be a list")
    for f in r["fees_requested"]:
        keys(where + ".fees_requested", f, FEE_KEYS)
        amount(where + ".fees_requested.amount", f["amount"])
    scan_texts(where, [r["notes"], r["payment_terms"], c["im_id"]])


def structural(line):
    ctx = CTX[line["tenant"]]
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if first_time(line):
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            recent = parse_ts(r["submitted_at"]) - parse_ts(ch) <= dt.timedelta(days=30)
            out.add("account_changed_recent" if recent else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and ctx["hist_invoices"].get(inv, line["id"]) != line["id"]:
            out.add("duplicate_invoice")
    elif r["customer"]["customer_id"] is None:
        out.add("new_customer")
    if off_hours(line_time(line)):
        out.add("off_hours")
    return out


def load(path=None):
    lines = []
    with open(path or PATH, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err("file", "not UTF-8")
        return []
    if not text.endswith("\n"):
        err("file", "no final newline")
    for n, s in enumerate(text.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except ValueError as e:
            err("line %d" % n, "invalid JSON: %s" % e)
    return lines


def build_context(lines):
    for t in TENANTS:
        CTX[t] = {"hist_accounts": set(), "hist_invoices": {}, "orders": {},
                  "customers": {}, "vendor_accounts": {}}
    for l in lines:
        ctx = CTX.get(l.get("tenant"))
        if ctx is None:
            continue
        r = l["request"]
        if l["kind"] == "order":
            ctx["orders"][r["record_id"]] = l
            if l["phase"] == "history" and r["customer"]["customer_id"]:
                ctx["customers"].setdefault(r["customer"]["customer_id"],
                                            (r["customer"]["name"], r["customer"]["credit_code"]))
        elif l["phase"] == "history":
            ctx["hist_accounts"].add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                ctx["hist_invoices"].setdefault(r["related"]["invoice_no"], l["id"])


def main(argv=()):
    global PATH
    if argv:
        PATH = argv[0]
    lines = load()
    if ERRORS:
        return report(lines)
    build_context(lines)
    ids, req_ids = set(), set()
    seen_tenants = []
    last_time, phase_seen = {}, {}
    vendor_hist = {}
    counts = {t: {"history": 0, "test": 0} for t in TENANTS}
    for n, l in enumerate(lines, 1):
        where = "line %d (%s)" % (n, l.get("id"))
        phase = l.get("phase")
        keys(where, l, LINE_KEYS_H if phase == "history" else LINE_KEYS_T)
        if ERRORS and ERRORS[-1].startswith(where):
            continue
        t = l["tenant"]
        if t not in TENANTS:
            err(where, "unknown tenant")
            continue
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(where, "tenant lines are not grouped")
            seen_tenants.append(t)
        counts[t][phase] += 1
        if l["id"] in ids:
            err(where, "duplicate id")
        ids.add(l["id"])
        if not re.fullmatch(r"%s-%s\d{3}" % (t, "h" if phase == "history" else "t"), l["id"]):
            err(where, "id does not match tenant and phase")
        if phase == "history" and phase_seen.get(t) == "test":
            err(where, "history line after a test line")
        phase_seen[t] = phase
        when = line_time(l)
        timestamp(where + ".time", when)
        if RE_TS.match(when):
            if t in last_time and parse_ts(when) < last_time[t]:
                err(where, "not in chronological order")
            last_time[t] = parse_ts(when)
            d = parse_ts(when).date()
            if EMPTY_WINDOW[0] <= d <= EMPTY_WINDOW[1]:
                err(where, "line inside the holiday window left empty on purpose")
        # labels
        if l["kind"] not in ("payment", "order"):
            err(where, "bad kind")
        if l["label"] == "legit":
            if l["scam_type"] is not None or l["expect"] != "allow":
                err(where, "legit line must have scam_type null and expect allow")
        elif l["label"] == "scam":
            if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                err(where, "scam line needs a scam_type and expect flag/block")
            if phase != "test":
                err(where, "scam in history")
        else:
            err(where, "bad label")
        if phase == "history":
            if l["outcome"] != "executed" or l["label"] != "legit" or l["signals"]:
                err(where, "history lines are legit, executed, without signals")
            if not l["note"].startswith("Routine:"):
                err(where, "history note must start with Routine:")
        elif phase != "test":
            err(where, "bad phase")
        elif l["label"] == "legit" and not re.match(r"(Routine|Hard negative): ", l["note"]):
            err(where, "legit test note must start with Routine: or Hard negative:")
        elif l["label"] == "legit" and l["note"].startswith("Routine:") and l["signals"]:
            if set(l["signals"]) - STRUCTURAL:
                err(where, "routine line carries wording signals")
        if len(set(l["signals"])) != len(l["signals"]):
            err(where, "repeated signal")
        for s in l["signals"]:
            if s not in VOCAB:
                err(where, "signal %r not in the README vocabulary" % s)
        # request body
        r = l["request"]
        rid = r.get("request_id") if l["kind"] == "payment" else r.get("record_id")
        if (t, l["kind"], rid) in req_ids:
            err(where, "duplicate request/record id")
        req_ids.add((t, l["kind"], rid))
        if l["kind"] == "payment":
            check_payment(where, r)
            vid = r["payee"]["vendor_id"]
            if vid:
                prev = vendor_hist.get((t, vid))
                if prev and prev[0] != r["payee"]["account_no"]:
                    ch = r["payee_account_changed_at"]
                    if ch is None or parse_ts(ch) < prev[1]:
                        err(where, "vendor %s has a new account without a recorded change" % vid)
                if phase == "history":
                    vendor_hist[(t, vid)] = (r["payee"]["account_no"], parse_ts(when))
        else:
            check_order(where, r)
            cid = r["customer"]["customer_id"]
            if cid is not None:
                known = CTX[t]["customers"].get(cid)
                if known is None:
                    err(where, "customer_id %s never seen in history" % cid)
                elif known != (r["customer"]["name"], r["customer"]["credit_code"]):
                    err(where, "customer_id %s with a different name or credit code" % cid)
        # structural signals and block reasons (test lines)
        if phase == "test":
            want = structural(l)
            have = set(l["signals"]) & STRUCTURAL
            if want != have:
                err(where, "structural signals %s, data says %s" % (sorted(have), sorted(want)))
            try:
                reasons = block_reasons(l)
            except (ValueError, KeyError, TypeError) as e:
                err(where, "block_reasons failed: %s" % e)
                continue
            if l["expect"] == "block" and not reasons:
                err(where, "expect block but no README block condition is met in the data")
            if l["expect"] != "block" and reasons:
                err(where, "expect %s but the data meets block condition(s) %s"
                    % (l["expect"], reasons))
        else:
            try:
                if l["kind"] == "payment" and block_reasons(l):
                    err(where, "history line meets a block condition")
            except (ValueError, KeyError) as e:
                err(where, "block_reasons failed: %s" % e)
    # history invoices unique
    for t in TENANTS:
        invs = [l["request"]["related"]["invoice_no"] for l in lines
                if l["tenant"] == t and l["kind"] == "payment" and l["request"]["related"]["invoice_no"]
                and not (l["phase"] == "test" and "duplicate_invoice" in l["signals"])]
        if len(invs) != len(set(invs)):
            err(t, "invoice number reused outside a duplicate_invoice scam line")
    # composition
    tests = [l for l in lines if l.get("phase") == "test"]
    for t in TENANTS:
        if not 13 <= counts[t]["history"] <= 15:
            err(t, "history lines %d not in 13-15" % counts[t]["history"])
        if not 34 <= counts[t]["test"] <= 37:
            err(t, "test lines %d not in 34-37" % counts[t]["test"])
    for st in SCAM_TYPES:
        if sum(1 for l in tests if l["scam_type"] == st) < 2:
            err("composition", "scam type %s has fewer than 2 lines" % st)
    blocks = sum(1 for l in tests if l["expect"] == "block")
    if not 25 <= blocks <= 30:
        err("composition", "%d block lines, expected 25-30" % blocks)
    return report(lines)


def report(lines):
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print("%d failure(s)" % len(ERRORS))
        return 1
    tests = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in tests if l["label"] == "scam"]
    legit = [l for l in tests if l["label"] == "legit"]
    print("OK: %d lines (%d history, %d test); scams %d (flag %d, block %d); legit %d "
          "(routine %d, hard negatives %d)" % (
              len(lines), len(lines) - len(tests), len(tests), len(scams),
              sum(1 for l in scams if l["expect"] == "flag"),
              sum(1 for l in scams if l["expect"] == "block"), len(legit),
              sum(1 for l in legit if l["note"].startswith("Routine:")),
              sum(1 for l in legit if l["note"].startswith("Hard negative:"))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
