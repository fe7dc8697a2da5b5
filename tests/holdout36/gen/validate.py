#!/usr/bin/env python3
"""Independent checker for holdout36.jsonl (standard library only).

Checks the corpus README's format rules, recomputes the structural signals from the data and
compares them with the labels, and recomputes with block_reasons(line) why each `expect: block`
line carries a hard-block signal of the README's list. Prints counts; exits 1 on any failure.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "holdout36.jsonl"))

ERRORS = []


def err(line_id, msg):
    ERRORS.append("%s: %s" % (line_id, msg))


# ------------------------------------------------------------------ schema
TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
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

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
MAIN_SIX = SCAM_TYPES[:6]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction new_contact
lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words
fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account refund_words
overpayment account_change_words personal_account_pretext account_lending_words safe_account_words authority_words
subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control new_customer
large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch
lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE = re.compile(r"^18[678]0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ANY_MOBILE = re.compile(r"(?<!\d)1\d{10}(?!\d)")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
HOLIDAYS = {"2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06",
            "2026-10-07", "2027-01-01"}


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def keys_are(obj, expected, where, lid, optional_tail=()):
    got = list(obj.keys()) if isinstance(obj, dict) else None
    if got is None:
        err(lid, "%s is not an object" % where)
        return
    base = [k for k in got if k not in optional_tail]
    tail = [k for k in got if k in optional_tail]
    if base != expected or got != expected + tail or tail != [k for k in optional_tail if k in tail]:
        err(lid, "%s keys %s, expected %s" % (where, got, expected + list(optional_tail)))


def parse_ts(s):
    return datetime.datetime.fromisoformat(s)


def off_hours(s):
    dt = parse_ts(s)
    m = dt.hour * 60 + dt.minute
    return m < 600 or m >= 1200 or dt.weekday() >= 5 or dt.date().isoformat() in HOLIDAYS


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


# ------------------------------------------------------------------ text normalisation (TYPOLOGIES section 3)
TRAD = str.maketrans({"監": "监", "帳": "账", "帐": "账", "賬": "账", "戶": "户", "餘": "余", "額": "额", "驗": "验",
                      "資": "资", "凍": "冻", "結": "结", "證": "证", "轉": "转", "匯": "汇", "總": "总", "還": "还",
                      "錢": "钱", "過": "过", "補": "补", "開": "开", "會": "会", "單": "单", "號": "号", "發": "发",
                      "請": "请", "將": "将", "辦": "办", "協": "协", "調": "调", "査": "查", "現": "现", "戶": "户",
                      "貴": "贵", "車": "车", "輛": "辆", "務": "务", "護": "护", "後": "后", "儲": "储", "圖": "图",
                      "群": "群", "裡": "里", "裏": "里", "邊": "边", "諮": "咨", "詢": "询", "運": "运", "業": "业",
                      "費": "费", "給": "给", "訊": "讯", "嫌": "嫌", "偵": "侦", "縣": "县", "則": "则", "們": "们"})
HOMOPHONE = [("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("威信", "微信"), ("薇信", "微信"), ("保正金", "保证金"),
             ("保症金", "保证金"), ("压金", "押金"), ("验正码", "验证码"), ("银航卡", "银行卡")]
PINYIN = {"aqzh": "安全账户", "sls": "刷流水", "bzj": "保证金", "yhk": "银行卡", "dgzh": "对公账户", "zfb": "支付宝",
          "yzm": "验证码", "gjf": "公检法"}
SEPARATORS = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]+")


def views(text):
    """Normal and compact views of a text after NFKC, traditional fold, homophones and initialisms."""
    t = unicodedata.normalize("NFKC", text or "").translate(TRAD).lower()
    for a, b in HOMOPHONE:
        t = t.replace(a, b)
    t = re.sub(r"(?<![a-z])(%s)(?![a-z])" % "|".join(PINYIN), lambda m: PINYIN[m.group(1)], t)
    return t, SEPARATORS.sub("", t)


def has_any(texts, words):
    for text in texts:
        for v in views(text):
            for w in words:
                if w in v:
                    return w
    return None


def line_texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return [r.get("purpose"), r.get("memo"), r["instruction"].get("text")]
    return [r.get("notes"), r.get("payment_terms")] + [f["reason"] for f in r.get("fees_requested", [])]


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "核查账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "过账", "走一下账", "过一下账", "过个账", "借用公户", "借用账户", "借用对公", "借你们公司账户",
                 "借个对公账户", "刷流水", "做流水", "邮寄u盾", "u盾寄"]
PENDING_WORDS = ["处理中", "未到账", "还没到账", "没到账", "以实际到账为准", "延时到账", "延迟到账", "截图"]
TASK_WORDS = ["任务", "返利", "返现", "刷单", "充值", "解冻", "验资"]
BALANCE_WORDS = ["余额", "可用资金", "还有多少", "有多少钱", "资金情况", "账上有多少"]
MEANINGFUL = Decimal("10000.00")


class Ctx:
    """Per-tenant history facts needed to recompute the data-derived signals."""

    def __init__(self, lines):
        self.hist_accts = collections.defaultdict(set)
        self.hist_invoices = collections.defaultdict(set)
        self.orders = {}
        for l in lines:
            t = l["tenant"]
            if l["kind"] == "order":
                self.orders[(t, l["request"]["record_id"])] = l
            if l["phase"] == "history" and l["kind"] == "payment":
                self.hist_accts[t].add(l["request"]["payee"]["account_no"])
                inv = l["request"]["related"]["invoice_no"]
                if inv:
                    self.hist_invoices[t].add(inv)


def structural(line, ctx):
    r = line["request"]
    t = line["tenant"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in ctx.hist_accts[t]:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            age = parse_ts(r["submitted_at"]) - parse_ts(ch)
            out.add("account_changed_recent" if age <= datetime.timedelta(days=30) else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.hist_invoices[t]:
            out.add("duplicate_invoice")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
    if off_hours(when(line)):
        out.add("off_hours")
    return out


def employees_in(memo):
    m = re.search(r"员工：([^）]+)）", memo or "")
    return [n.strip() for n in m.group(1).split("、") if n.strip()] if m else []


def block_reasons(line, ctx):
    """Recompute from the data which hard-block conditions of the corpus README the line meets."""
    r = line["request"]
    t = line["tenant"]
    texts = line_texts(line)
    reasons = []
    w = has_any(texts, SAFE_WORDS)
    if w:
        reasons.append("safe_account: transfer to a safe/supervised account or for fund checking (%s)" % w)
    w = has_any(texts, LENDING_WORDS)
    if w:
        reasons.append("account_lending: asks to pass money through the company account (%s)" % w)
    if line["kind"] == "order":
        tp = r.get("third_party")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_account: order asks a refund to %s, not the customer" % tp["name"])
        if tp and tp["role"] == "designated_supplier" and "已到账" not in (r["payment_terms"] or "") \
                and has_any([r["notes"], r["payment_terms"]], ["截图"]):
            reasons.append("designated_supplier_first: order asks us to pay its supplier, backed only by a screenshot")
        return reasons
    # payments
    amount = Decimal(r["amount"])
    first = r["payee"]["account_no"] not in ctx.hist_accts[t]
    personal = r["payee"]["account_type"] == "personal"
    linked = ctx.orders.get((t, r["related"]["order_id"])) if r["related"]["order_id"] else None
    is_refund = "退" in (r["purpose"] or "") or has_any([r["memo"], r["instruction"]["text"]], ["退款", "退回", "退还"])
    if is_refund and r["purpose"] in ("退款",):
        if linked and linked["request"]["customer"]["name"] != r["payee"]["name"]:
            reasons.append("refund_other_account: refund to %s, the order's customer is %s"
                           % (r["payee"]["name"], linked["request"]["customer"]["name"]))
        w = has_any([r["instruction"]["text"]], PENDING_WORDS)
        if w:
            reasons.append("refund_before_cleared: the incoming money has not cleared (%s)" % w)
    if linked:
        tp = linked["request"].get("third_party")
        if tp and tp["role"] == "designated_supplier" and tp["name"] == r["payee"]["name"] \
                and "已到账" not in (linked["request"]["payment_terms"] or "") \
                and not has_any([r["instruction"]["text"]], ["已到账", "已全额预付到账"]):
            reasons.append("designated_supplier_first: pays the customer-designated %s before the customer's money arrived"
                           % tp["name"])
    ch = r["payee_account_changed_at"]
    if ch and r["payee"]["vendor_id"] and first and amount >= MEANINGFUL:
        age = parse_ts(r["submitted_at"]) - parse_ts(ch)
        verified = bool(r.get("verification", {}).get("callback_done"))
        if datetime.timedelta(0) <= age <= datetime.timedelta(days=30) and not verified:
            reasons.append("account_change_recent: first payment of %s to an account changed %d days earlier"
                           % (r["amount"], age.days))
    if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first:
        w = has_any([r["instruction"]["text"]], BALANCE_WORDS)
        if w:
            reasons.append("boss_probe: IM/e-mail instruction, no approval, balance probe (%s), first-time payee" % w)
    if personal:
        w = has_any(texts, TASK_WORDS)
        if w:
            reasons.append("personal_task_words: personal payee with task/top-up/rebate/unfreeze words (%s)" % w)
    inv = r["related"]["invoice_no"]
    if inv and inv in ctx.hist_invoices[t]:
        reasons.append("duplicate_invoice: invoice %s was already paid" % inv)
    if personal and ("工资" in (r["purpose"] or "") or "工资" in (r["memo"] or "")):
        names = employees_in(r["memo"])
        if len(names) >= 2:
            reasons.append("salary_shared_account: %d employees paid to one account" % len(names))
        elif len(names) == 1 and names[0] != r["payee"]["name"]:
            reasons.append("salary_not_employee: wage of %s paid to %s" % (names[0], r["payee"]["name"]))
    return reasons


# ------------------------------------------------------------------ checks
def check_phone(lid, where, value, allow_other=False):
    if value is None:
        return
    if MOBILE.match(value) or LANDLINE.match(value):
        return
    if allow_other and not re.fullmatch(r"[\d\-+ ]+", value):
        return
    err(lid, "%s %r is not a 186/187/188 mobile or area-0000xxx landline" % (where, value))


def check_line(line, n):
    lid = line.get("id", "line%d" % n)
    hist = line.get("phase") == "history"
    keys_are(line, TOP_HISTORY if hist else TOP_TEST, "top level", lid)
    if line.get("phase") not in ("history", "test"):
        err(lid, "bad phase")
    if line.get("kind") not in ("payment", "order"):
        err(lid, "bad kind")
        return
    label, st, expect = line.get("label"), line.get("scam_type"), line.get("expect")
    if label == "legit":
        if st is not None or expect != "allow":
            err(lid, "legit line must have scam_type null and expect allow")
    elif label == "scam":
        if st not in SCAM_TYPES or expect not in ("flag", "block"):
            err(lid, "scam line needs a known scam_type and expect flag/block")
    else:
        err(lid, "bad label")
    if hist:
        if label != "legit" or line.get("outcome") != "executed" or line.get("signals") != []:
            err(lid, "history line must be legit, executed, no signals")
    elif "outcome" in line:
        err(lid, "test line carries outcome")
    for s in line.get("signals", []):
        if s not in VOCAB:
            err(lid, "signal %r not in the vocabulary" % s)
    if len(set(line.get("signals", []))) != len(line.get("signals", [])):
        err(lid, "duplicate signals")
    note = line.get("note", "")
    if not hist and label == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
        err(lid, "legit test note must start with Routine: or Hard negative:")
    if label == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
        err(lid, "scam note with a legit prefix")
    if not re.fullmatch(r"[a-z]+-[ht]\d{3}", lid) or lid.split("-")[0] != line.get("tenant") \
            or lid.split("-")[1][0] != ("h" if hist else "t"):
        err(lid, "id format")
    r = line["request"]
    if line["kind"] == "payment":
        keys_are(r, PAY_KEYS, "payment", lid, optional_tail=("verification",))
        keys_are(r["payer"], PAYER_KEYS, "payer", lid)
        keys_are(r["payee"], PAYEE_KEYS, "payee", lid)
        keys_are(r["instruction"], INSTR_KEYS, "instruction", lid)
        keys_are(r["related"], REL_KEYS, "related", lid)
        if "verification" in r:
            keys_are(r["verification"], VERIF_KEYS, "verification", lid)
            check_phone(lid, "callback_number", r["verification"]["callback_number"])
            if not TS.match(r["verification"]["verified_at"]):
                err(lid, "verified_at format")
        if not TS.match(r["submitted_at"]):
            err(lid, "submitted_at format")
        if r["payee_account_changed_at"] is not None and not TS.match(r["payee_account_changed_at"]):
            err(lid, "payee_account_changed_at format")
        if not MONEY.match(r["amount"]):
            err(lid, "amount %r" % r["amount"])
        if r["currency"] != "CNY":
            err(lid, "currency")
        for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
            if not re.fullmatch(r"\d{16,19}", acc):
                err(lid, "account number %r is not 16-19 digits" % acc)
        if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
            err(lid, "account_type")
        if r["instruction"]["channel"] not in CHANNELS:
            err(lid, "channel")
        if not isinstance(r["instruction"]["urgent"], bool):
            err(lid, "urgent must be a bool")
        if r["requested_by"] in r["approved_by"]:
            err(lid, "requester approves own request")
        check_phone(lid, "payee.phone", r["payee"]["phone"])
        fc = r["instruction"]["from_contact"]
        if fc and re.fullmatch(r"[\d\-]+", fc):
            check_phone(lid, "from_contact", fc)
        texts = [r["instruction"]["text"], r["memo"]]
    else:
        keys_are(r, ORDER_KEYS, "order", lid)
        keys_are(r["customer"], CUST_KEYS, "customer", lid)
        keys_are(r["delivery"], DELIV_KEYS, "delivery", lid)
        if not TS.match(r["received_at"]):
            err(lid, "received_at format")
        total = Decimal("0")
        for it in r["items"]:
            keys_are(it, ITEM_KEYS, "item", lid)
            if not QTY.match(it["quantity"]) or not MONEY.match(it["unit_price"]):
                err(lid, "item quantity/unit_price format")
            else:
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
        if not MONEY.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
            err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
        if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
            err(lid, "currency/channel")
        cc = r["customer"]["credit_code"]
        if cc is not None and not uscc_ok(cc):
            err(lid, "credit code %s has a bad check character" % cc)
        check_phone(lid, "customer.phone", r["customer"]["phone"])
        tp = r["third_party"]
        if tp is not None:
            keys_are(tp, THIRD_KEYS, "third_party", lid)
            if tp["role"] not in ROLES or not MONEY.match(tp["amount"]):
                err(lid, "third_party role/amount")
            check_phone(lid, "third_party.contact", tp["contact"])
        if not isinstance(r["fees_requested"], list):
            err(lid, "fees_requested must be a list")
        for f in r["fees_requested"]:
            keys_are(f, FEE_KEYS, "fee", lid)
            if not MONEY.match(f["amount"]):
                err(lid, "fee amount")
        texts = [r["notes"]]
    for text in texts:
        for m in ANY_MOBILE.findall(unicodedata.normalize("NFKC", text or "")):
            if not MOBILE.match(m):
                err(lid, "mobile %s in text outside the 186/187/188 0000 scheme" % m)


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err("file", "no final newline")
    lines = []
    for n, s in enumerate(raw.splitlines(), 1):
        try:
            lines.append(json.loads(s))
        except ValueError as e:
            err("line%d" % n, "bad JSON: %s" % e)
    ids = collections.Counter(l.get("id") for l in lines)
    for i, c in ids.items():
        if c > 1:
            err(i, "duplicate id")
    for n, l in enumerate(lines, 1):
        check_line(l, n)
    if ERRORS:
        report_and_exit()

    # grouping, ordering
    order_seen, req_ids = [], collections.Counter()
    by_tenant = collections.OrderedDict()
    for l in lines:
        if not order_seen or order_seen[-1] != l["tenant"]:
            if l["tenant"] in order_seen:
                err(l["id"], "tenant lines are not grouped")
            order_seen.append(l["tenant"])
        by_tenant.setdefault(l["tenant"], []).append(l)
        rid = l["request"]["request_id" if l["kind"] == "payment" else "record_id"]
        req_ids[(l["tenant"], rid)] += 1
    for (t, rid), c in req_ids.items():
        if c > 1:
            err(t, "request/record id %s used %d times" % (rid, c))
    for t, ls in by_tenant.items():
        seen_test = False
        prev = None
        hn = tn = 0
        for l in ls:
            if l["phase"] == "test":
                seen_test = True
                tn += 1
                if l["id"] != "%s-t%03d" % (t, tn):
                    err(l["id"], "test ids not consecutive")
            else:
                hn += 1
                if seen_test:
                    err(l["id"], "history line after a test line")
                if l["id"] != "%s-h%03d" % (t, hn):
                    err(l["id"], "history ids not consecutive")
            cur = parse_ts(when(l))
            if prev is not None and cur < prev:
                err(l["id"], "not in chronological order")
            prev = cur
            if l["kind"] == "payment" and l["request"]["related"]["order_id"]:
                oid = l["request"]["related"]["order_id"]
                if not any(o["kind"] == "order" and o["request"]["record_id"] == oid for o in ls):
                    err(l["id"], "related.order_id %s not found in tenant" % oid)

    ctx = Ctx(lines)
    # structural signals
    for l in lines:
        if l["phase"] != "test":
            if off_hours(when(l)):
                err(l["id"], "history line in off-hours")
            continue
        want = structural(l, ctx)
        have = {s for s in l["signals"] if s in STRUCTURAL}
        for s in sorted(want - have):
            err(l["id"], "structural signal %s holds in the data but is not labelled" % s)
        for s in sorted(have - want):
            err(l["id"], "structural signal %s labelled but not true in the data" % s)

    # block reasons
    reason_counts = collections.Counter()
    for l in lines:
        if l["phase"] != "test":
            continue
        rs = block_reasons(l, ctx)
        if l["expect"] == "block":
            if not rs:
                err(l["id"], "expect block but no hard-block reason recomputed from the data")
            for x in rs:
                reason_counts[x.split(":")[0]] += 1
        elif rs:
            err(l["id"], "%s line carries hard-block reason(s): %s" % (l["expect"], rs))
        if l["note"].startswith("Structural only:") and l["label"] != "scam":
            err(l["id"], "Structural only on a legit line")

    # mix requirements
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    hn = [l for l in legit if l["note"].startswith("Hard negative:")]
    blocks = [l for l in test if l["expect"] == "block"]
    evasion = [l for l in test if any(s.startswith("evasion_") for s in l["signals"])]
    per_type = collections.Counter(l["scam_type"] for l in scams)
    if len(by_tenant) != 3:
        err("mix", "expected 3 tenants")
    if not 40 <= len(hist) <= 45:
        err("mix", "history lines %d not in 40-45" % len(hist))
    if not 100 <= len(test) <= 110:
        err("mix", "test lines %d not in 100-110" % len(test))
    if not 0.37 <= len(scams) / len(test) <= 0.44:
        err("mix", "scam share %.2f" % (len(scams) / len(test)))
    for st in SCAM_TYPES:
        need = 3 if st in MAIN_SIX else 2
        if per_type[st] < need:
            err("mix", "scam type %s has %d lines, needs %d" % (st, per_type[st], need))
    if not 25 <= len(blocks) <= 30:
        err("mix", "block lines %d not in 25-30" % len(blocks))
    if not 0.6 <= len(hn) / len(legit) <= 0.72:
        err("mix", "hard-negative share %.2f" % (len(hn) / len(legit)))
    if not 8 <= len(evasion) <= 10:
        err("mix", "evasion lines %d not in 8-10" % len(evasion))
    if not any(l["note"].startswith("Structural only:") for l in scams):
        err("mix", "no Structural only scams")

    # report
    print("lines %d (history %d, test %d): scams %d (%.0f%%), legit %d (hard negatives %d, routine %d), "
          "expect block %d, evasion lines %d" % (len(lines), len(hist), len(test), len(scams),
                                                100.0 * len(scams) / len(test), len(legit), len(hn),
                                                len(legit) - len(hn), len(blocks), len(evasion)))
    print("\nblock reasons (a line may have more than one):")
    for k, v in sorted(reason_counts.items()):
        print("  %-26s %d" % (k, v))
    print("\n| tenant | history payment | history order | test | scams | legit | hard negatives | routine | expect block | test payments | test orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = collections.Counter()
    for t, ls in by_tenant.items():
        h = [l for l in ls if l["phase"] == "history"]
        te = [l for l in ls if l["phase"] == "test"]
        row = collections.OrderedDict([
            ("hp", sum(l["kind"] == "payment" for l in h)), ("ho", sum(l["kind"] == "order" for l in h)),
            ("test", len(te)), ("scam", sum(l["label"] == "scam" for l in te)),
            ("legit", sum(l["label"] == "legit" for l in te)),
            ("hn", sum(l["note"].startswith("Hard negative:") for l in te)),
            ("rt", sum(l["note"].startswith("Routine:") for l in te)),
            ("blk", sum(l["expect"] == "block" for l in te)),
            ("tp", sum(l["kind"] == "payment" for l in te)), ("to", sum(l["kind"] == "order" for l in te))])
        tot.update(row)
        print("| %s | %s |" % (t, " | ".join(str(v) for v in row.values())))
    print("| **total** | %s |" % " | ".join(str(tot[k]) for k in ["hp", "ho", "test", "scam", "legit", "hn", "rt", "blk", "tp", "to"]))
    print("\n| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    for st in SCAM_TYPES:
        ls = [l for l in scams if l["scam_type"] == st]
        print("| %s | %d | %d | %d | %d |" % (st, len(ls), sum(l["expect"] == "block" for l in ls),
                                            sum(l["expect"] == "flag" for l in ls),
                                            sum(l["note"].startswith("Structural only:") for l in ls)))
    print("| **total** | %d | %d | %d | %d |" % (len(scams), len(blocks), len(scams) - len(blocks),
                                                sum(l["note"].startswith("Structural only:") for l in scams)))
    print("\nevasion lines:")
    for l in evasion:
        print("  %s %s %s" % (l["id"], l["scam_type"] or "legit",
                              ",".join(s for s in l["signals"] if s.startswith("evasion_"))))
    report_and_exit()


def report_and_exit():
    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK")
    sys.exit(0)


if __name__ == "__main__":
    main()
