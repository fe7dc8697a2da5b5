#!/usr/bin/env python3
"""Mechanical checks for holdout7.jsonl.  Standard library only.

Run from the holdout7 folder:  python3 gen/validate.py
Exit status 0 when every check passes, 1 otherwise (all problems are listed).

What is checked
  * every line is JSON with exactly the key order of the corpus README / PRODUCT.md
    wire contract (no duplicate keys, no extra or missing keys);
  * enums, two-decimal amount strings, decimal quantities, order totals equal to the
    item sums, 16-19 digit account numbers, fictitious phone formats, e-mail syntax,
    unified social credit codes with a valid GB 32100-2015 check character,
    RFC 3339 timestamps with +08:00;
  * per tenant: contiguous block, history before test, strictly chronological,
    sequential ids, unique ids / request ids / record ids;
  * signal vocabulary, and the structural signals re-derived from the request and
    from the replayed history (payees, vendor master, contacts, customers, invoices),
    as "present if and only if" rules where the structure decides them;
  * label / expect / outcome rules, and `expect` re-derived from the signals with
    the README's block rules (see hard_block());
  * no identifier or sentence reused from /work/shared/corpus/sample.jsonl.
"""
import json
import os
import re
import sys
from collections import Counter, OrderedDict, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get("HOLDOUT7_CORPUS", os.path.join(HERE, "..", "holdout7.jsonl"))
SAMPLE = os.environ.get("HOLDOUT7_SAMPLE", "/work/shared/corpus/sample.jsonl")

# ------------------------------------------------------------------ contract
TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
               "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note",
            "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

SIG_PAYMENT_STRUCT = ["first_time_payee", "account_changed_recent", "account_changed_long_ago",
                      "payee_name_mismatch", "personal_account", "unusual_bank_region",
                      "third_party_payment_endpoint", "crypto", "no_approval", "no_po_contract",
                      "vague_memo", "sales_order_linked", "just_below_limit", "split_payment", "off_hours",
                      "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company",
                      "guarantee_unverified"]
SIG_PROVENANCE = ["im_instruction", "email_instruction", "phone_instruction", "letter_instruction",
                  "new_contact", "lookalike_domain", "free_mail"]
SIG_WORDING = ["urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
               "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier",
               "fake_payment_proof", "refund_to_other_account", "refund_words", "overpayment",
               "account_change_words", "personal_account_pretext", "account_lending_words",
               "safe_account_words", "authority_words", "subsidy_words", "payroll_change",
               "payee_shared_by_employees", "payee_not_employee", "task_rebate_words", "topup_words",
               "loan_fee_words", "renewal_bill", "invoice_trade_words", "bigproject_words", "middleman_fee",
               "remote_control"]
SIG_ORDER = ["new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
             "residential_delivery", "contact_im_only", "contact_mismatch", "lookalike_company",
             "institution_claim", "third_party_payer", "small_then_large", "hazardous_no_permit",
             "off_catalogue_item", "invalid_credit_code"]
SIG_EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
               "evasion_homophone", "evasion_symbols"]
VOCAB = set(SIG_PAYMENT_STRUCT + SIG_PROVENANCE + SIG_WORDING + SIG_ORDER + SIG_EVASION)

# signals that only make sense on one kind of request
PAYMENT_ONLY = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
                "payee_name_mismatch", "personal_account", "unusual_bank_region", "no_approval",
                "sales_order_linked", "duplicate_invoice", "large_vs_usual", "split_payment",
                "just_below_limit", "in_out_match", "im_instruction", "email_instruction",
                "phone_instruction", "letter_instruction", "new_contact"}
ORDER_ONLY = {"new_customer", "large_first_order", "credit_terms_requested", "contact_im_only",
              "small_then_large", "lookalike_company", "far_delivery", "residential_delivery",
              "off_catalogue_item", "hazardous_no_permit", "invalid_credit_code"}

# --- tenant conventions (documented in README.md) ---------------------------
LARGE_FIRST_ORDER = {"jinghong": Decimal("300000.00"), "mingde": Decimal("100000.00")}
MEANINGFUL_AMOUNT = Decimal("10000.00")   # "first payment of a meaningful amount" (README block rule)
RECENT_DAYS = 30
# Office hours (Beijing time, both tenants): Mon-Fri 10:00-18:00 is plainly in hours;
# weekends, and weekday times before 07:00 or from 21:00 on, are plainly off hours.
# Weekday 07:00-10:00 and 18:00-21:00 are a grey zone that this corpus never uses,
# so the off_hours label does not depend on a tenant's exact office hours.
HOLIDAYS = {date(2026, 9, 25)} | {date(2026, 10, d) for d in range(1, 9)} | {date(2027, 1, 1)}

FREE_MAIL = {"qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "foxmail.com",
             "gmail.com", "outlook.com", "hotmail.com", "yeah.net", "139.com", "aliyun.com"}
CREDIT_TERMS_RE = re.compile(
    r"月结|账期|赊|货到.{0,6}付|验收.{0,8}付|\d+\s*天|\d+\s*日内|后.{0,14}(结算|支付|付清|转账|付款)|年后")

# --- evasion detectors ------------------------------------------------------
FULLWIDTH_ALNUM = re.compile(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
TRAD_CHARS = set("證帳戶轉匯資錢凍結監會這請們號額單發應該總闆萬筆給過個項實廠貨嗎關係須務賬當裡為錯讓帶"
                 "馬間從時後還對經勞員難覺聯繫辦數據認識緝貴進報價調暫無誤屬偵階長韋幫貿續變沒讀")
SPACING_RE = re.compile(r"[\u4e00-\u9fff][ \u3000.·•\-_/\\|*~#+]+[\u4e00-\u9fff][ \u3000.·•\-_/\\|*~#+]+[\u4e00-\u9fff]")
PINYIN_TOKEN_RE = re.compile(r"(?<![A-Za-z])(bzj|yhk|dgzh|zfb|aqzh|gjf|sls|yzm|vx|wx)(?![A-Za-z])", re.I)
PINYIN_MIXED = ["bao证金", "保zj", "垫fu", "zhuan账", "过zhang", "走zhang", "刷dan", "bao密", "yan资", "验zi",
                "zi金"]
HOMOPHONES = ["威信", "薇信", "徽信", "V信", "扣扣", "企鹅", "绿泡泡", "保正金", "保症金", "保征金", "压金",
              "返力", "反利", "唰单", "验正码", "银航卡", "支附宝"]
SYMBOL_RE = re.compile("[\u2600-\u27BF\u2B00-\u2BFF\uFE0F\U0001F000-\U0001FAFF]")

LINE_ID_RE = re.compile(r"^([a-z]+)-(h|t)(\d{3})$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMOUNT_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1390000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
EMP_RE = re.compile(r"^E\d{4}$")
MOBILE_IN_TEXT_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [pow(3, i, 31) for i in range(17)]

ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


# ------------------------------------------------------------------ helpers
def no_dup_pairs(pairs):
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate key in object: %s" % keys)
    return OrderedDict(pairs)


def parse_ts(s):
    return datetime.fromisoformat(s)


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def off_hours(dt):
    """True / False, or None for the grey zone that the corpus must avoid."""
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    minutes = dt.hour * 60 + dt.minute
    if minutes < 7 * 60 or minutes >= 21 * 60:
        return True
    if 10 * 60 <= minutes < 18 * 60:
        return False
    return None


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def domain_of(s):
    if isinstance(s, str) and EMAIL_RE.match(s):
        return s.split("@", 1)[1].lower()
    return None


def free_text(kind, r):
    if kind == "payment":
        parts = [r["purpose"], r["memo"], r["instruction"]["text"]]
    else:
        parts = [r["notes"], r["payment_terms"]] + [i["product"] for i in r["items"]] + \
                [f["reason"] for f in r["fees_requested"]]
    return "\n".join(p for p in parts if isinstance(p, str))


def evasion_found(text):
    found = set()
    if FULLWIDTH_ALNUM.search(text):
        found.add("evasion_fullwidth")
    if any(c in TRAD_CHARS for c in text):
        found.add("evasion_traditional")
    if SPACING_RE.search(text):
        found.add("evasion_spacing")
    if PINYIN_TOKEN_RE.search(text) or any(m in text for m in PINYIN_MIXED):
        found.add("evasion_pinyin")
    if any(h in text for h in HOMOPHONES):
        found.add("evasion_homophone")
    if SYMBOL_RE.search(text):
        found.add("evasion_symbols")
    return found


GENERIC_NAME_PARTS = ["有限公司", "股份", "科技", "集团", "工程", "贸易", "电子", "智能", "服务"] + \
    ["%s市" % c for c in ["东莞", "佛山", "广州", "深圳", "珠海", "惠州", "西安", "中山", "肇庆"]] + \
    ["东莞", "佛山", "广州", "深圳", "珠海", "惠州", "西安", "陕西", "广东"]


def core_name(n):
    for g in sorted(GENERIC_NAME_PARTS, key=len, reverse=True):
        n = n.replace(g, "")
    return n


def shares_core(a, b, k=3):
    a, b = core_name(a), core_name(b)
    return any(a[i:i + k] in b for i in range(len(a) - k + 1))


def check_keys(where, obj, keys, optional_last=None):
    if not isinstance(obj, dict):
        err(where, "expected an object")
        return False
    got = list(obj.keys())
    if got == keys or (optional_last and got == keys + [optional_last]):
        return True
    err(where, "keys %s, expected %s" % (got, keys))
    return False


def is_str(v, nullable=False):
    return isinstance(v, str) and v != "" or (nullable and v is None)


# ------------------------------------------------------------------ shape checks
def check_payment_shape(w, r):
    ok = check_keys(w + ".request", r, PAY_KEYS, "verification")
    if not ok:
        return False
    for k in ("request_id", "submitted_at", "amount", "currency"):
        if not is_str(r[k]):
            err(w, "%s must be a non-empty string" % k)
    if not TS_RE.match(r["submitted_at"] or ""):
        err(w, "submitted_at not RFC 3339 +08:00: %r" % r["submitted_at"])
    check_keys(w + ".payer", r["payer"], PAYER_KEYS)
    check_keys(w + ".payee", r["payee"], PAYEE_KEYS)
    check_keys(w + ".instruction", r["instruction"], INSTR_KEYS)
    check_keys(w + ".related", r["related"], REL_KEYS)
    if not ACCT_RE.match(r["payer"]["account_no"] or ""):
        err(w, "payer account_no must have 16-19 digits")
    pe = r["payee"]
    if not is_str(pe["name"]) or not is_str(pe["bank"]):
        err(w, "payee name/bank must be non-empty strings")
    if not ACCT_RE.match(pe["account_no"] or ""):
        err(w, "payee account_no must have 16-19 digits: %r" % pe["account_no"])
    if pe["account_type"] not in ACCOUNT_TYPES:
        err(w, "payee.account_type %r" % pe["account_type"])
    if pe["vendor_id"] is not None and not re.match(r"^V-[A-Z]{2}\d{2}$", pe["vendor_id"]):
        err(w, "vendor_id format %r" % pe["vendor_id"])
    if pe["phone"] is not None and not (MOBILE_RE.match(pe["phone"]) or LANDLINE_RE.match(pe["phone"])):
        err(w, "payee.phone format %r" % pe["phone"])
    if not AMOUNT_RE.match(r["amount"] or "") or Decimal(r["amount"]) <= 0:
        err(w, "amount must be a positive two-decimal string: %r" % r["amount"])
    if r["currency"] != "CNY":
        err(w, "currency %r" % r["currency"])
    for k in ("purpose", "memo"):
        if not is_str(r[k]):
            err(w, "%s must be a non-empty string" % k)
    ins = r["instruction"]
    if ins["channel"] not in CHANNELS:
        err(w, "instruction.channel %r" % ins["channel"])
    if not isinstance(ins["urgent"], bool):
        err(w, "instruction.urgent must be a boolean")
    if not is_str(ins["text"]) or not is_str(ins["from_name"]):
        err(w, "instruction text/from_name must be non-empty strings")
    if ins["channel"] == "erp" and ins["from_contact"] is not None:
        err(w, "ERP instructions carry no from_contact")
    fc = ins["from_contact"]
    if fc is not None:
        if "@" in fc and not EMAIL_RE.match(fc):
            err(w, "from_contact e-mail syntax %r" % fc)
        if re.fullmatch(r"[\d-]+", fc) and not (MOBILE_RE.match(fc) or LANDLINE_RE.match(fc)):
            err(w, "from_contact phone format %r" % fc)
        if ins["channel"] == "email" and not EMAIL_RE.match(fc):
            err(w, "e-mail instruction needs an e-mail from_contact")
    if not EMP_RE.match(r["requested_by"] or ""):
        err(w, "requested_by %r" % r["requested_by"])
    if not isinstance(r["approved_by"], list) or any(not EMP_RE.match(a or "") for a in r["approved_by"]):
        err(w, "approved_by must be a list of employee ids")
    elif r["requested_by"] in r["approved_by"]:
        err(w, "requester approves own request")
    elif len(set(r["approved_by"])) != len(r["approved_by"]):
        err(w, "duplicate approver")
    for k in REL_KEYS:
        if r["related"][k] is not None and not is_str(r["related"][k]):
            err(w, "related.%s" % k)
    inv = r["related"]["invoice_no"]
    if inv is not None and not re.match(r"^\d{20}$", inv):
        err(w, "invoice_no must be 20 digits: %r" % inv)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not TS_RE.match(ch):
            err(w, "payee_account_changed_at not RFC 3339 +08:00")
        elif parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(w, "payee_account_changed_at after submitted_at")
        if pe["vendor_id"] is None:
            err(w, "an account change needs a vendor-master payee (vendor_id)")
    if "verification" in r:
        v = r["verification"]
        if check_keys(w + ".verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(w, "verification.callback_done must be boolean")
            if not (MOBILE_RE.match(v["callback_number"] or "") or LANDLINE_RE.match(v["callback_number"] or "")):
                err(w, "verification.callback_number format")
            if not EMP_RE.match(v["verified_by"] or ""):
                err(w, "verification.verified_by")
            if not TS_RE.match(v["verified_at"] or ""):
                err(w, "verification.verified_at not RFC 3339 +08:00")
            elif parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
                err(w, "verification after submission")
            elif ch and parse_ts(v["verified_at"]) < parse_ts(ch):
                err(w, "verification before the account change was keyed")
    return True


def check_order_shape(w, r):
    if not check_keys(w + ".request", r, ORD_KEYS):
        return False
    if not TS_RE.match(r["received_at"] or ""):
        err(w, "received_at not RFC 3339 +08:00")
    c = r["customer"]
    if check_keys(w + ".customer", c, CUST_KEYS):
        if not is_str(c["name"]):
            err(w, "customer.name required")
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(w, "credit_code fails GB 32100-2015 check: %r" % c["credit_code"])
        if c["phone"] is not None and not (MOBILE_RE.match(c["phone"]) or LANDLINE_RE.match(c["phone"])):
            err(w, "customer.phone format %r" % c["phone"])
        if c["email"] is not None and not EMAIL_RE.match(c["email"]):
            err(w, "customer.email syntax %r" % c["email"])
        if c["customer_id"] is not None and not re.match(r"^C-[A-Z]{2}\d{2}$", c["customer_id"]):
            err(w, "customer_id format %r" % c["customer_id"])
    if not isinstance(r["items"], list) or not r["items"]:
        err(w, "items must be a non-empty list")
        return True
    total = Decimal("0")
    for i, it in enumerate(r["items"]):
        if not check_keys("%s.items[%d]" % (w, i), it, ITEM_KEYS):
            continue
        if not QTY_RE.match(it["quantity"] or ""):
            err(w, "quantity must be a decimal string: %r" % it["quantity"])
            continue
        if not AMOUNT_RE.match(it["unit_price"] or ""):
            err(w, "unit_price must be a two-decimal string: %r" % it["unit_price"])
            continue
        line_total = Decimal(it["quantity"]) * Decimal(it["unit_price"])
        if line_total != line_total.quantize(Decimal("0.01")):
            err(w, "item total is not a whole number of fen")
        total += line_total
    if not AMOUNT_RE.match(r["total_amount"] or ""):
        err(w, "total_amount must be a two-decimal string")
    elif Decimal(r["total_amount"]) != total:
        err(w, "total_amount %s != item sum %s" % (r["total_amount"], total))
    if r["currency"] != "CNY":
        err(w, "currency %r" % r["currency"])
    if r["channel"] not in CHANNELS:
        err(w, "order channel %r" % r["channel"])
    if check_keys(w + ".delivery", r["delivery"], DELIV_KEYS):
        dl = r["delivery"]["deadline"]
        if not DATE_RE.match(dl or ""):
            err(w, "delivery.deadline must be YYYY-MM-DD")
        elif date.fromisoformat(dl) < parse_ts(r["received_at"]).date():
            err(w, "deadline before the order was received")
    if not is_str(r["payment_terms"]) or not is_str(r["notes"]):
        err(w, "payment_terms / notes must be non-empty strings")
    t = r["third_party"]
    if t is not None and check_keys(w + ".third_party", t, TP_KEYS):
        if t["role"] not in TP_ROLES:
            err(w, "third_party.role %r" % t["role"])
        if not AMOUNT_RE.match(t["amount"] or ""):
            err(w, "third_party.amount format")
        if not (MOBILE_RE.match(t["contact"] or "") or LANDLINE_RE.match(t["contact"] or "")):
            err(w, "third_party.contact format %r" % t["contact"])
    if not isinstance(r["fees_requested"], list):
        err(w, "fees_requested must be a list")
    else:
        for f in r["fees_requested"]:
            if check_keys(w + ".fees_requested[]", f, FEE_KEYS) and not AMOUNT_RE.match(f["amount"] or ""):
                err(w, "fee amount format")
    return True


# ------------------------------------------------------------------ history model
class History:
    """What the replay has learnt from a tenant's history lines."""

    def __init__(self):
        self.payee_accounts = set()
        self.amount_by_account = defaultdict(list)
        self.vendor_accounts = defaultdict(set)
        self.vendor_names = defaultdict(set)
        self.vendor_banks = defaultdict(set)
        self.vendor_phones = defaultdict(set)
        self.invoices = set()
        self.contacts = set()
        self.domains = set()
        self.customers = {}          # customer_id -> name
        self.customer_names = set()

    def add(self, kind, r):
        if kind == "payment":
            pe = r["payee"]
            self.payee_accounts.add(pe["account_no"])
            self.amount_by_account[pe["account_no"]].append(Decimal(r["amount"]))
            if pe["vendor_id"]:
                self.vendor_accounts[pe["vendor_id"]].add(pe["account_no"])
                self.vendor_names[pe["vendor_id"]].add(pe["name"])
                self.vendor_banks[pe["vendor_id"]].add(pe["bank"])
                if pe["phone"]:
                    self.vendor_phones[pe["vendor_id"]].add(pe["phone"])
            if pe["phone"]:
                self.contacts.add(pe["phone"])
            if r["related"]["invoice_no"]:
                self.invoices.add(r["related"]["invoice_no"])
            fc = r["instruction"]["from_contact"]
            if fc:
                self.contacts.add(fc)
                d = domain_of(fc)
                if d and d not in FREE_MAIL:
                    self.domains.add(d)
        else:
            c = r["customer"]
            if c["customer_id"]:
                self.customers[c["customer_id"]] = c["name"]
            self.customer_names.add(c["name"])
            for k in ("phone", "email", "im_id"):
                if c[k]:
                    self.contacts.add(c[k])
            d = domain_of(c["email"])
            if d and d not in FREE_MAIL:
                self.domains.add(d)


# ------------------------------------------------------------------ derivations
def callback_verified(r, hist):
    v = r.get("verification")
    if not v or v.get("callback_done") is not True:
        return False
    vid = r["payee"]["vendor_id"]
    return bool(vid) and v.get("callback_number") in hist.vendor_phones.get(vid, set())


def hard_block(kind, sig, r, hist):
    """README `expect: block` rules, expressed on the signals (+ amount / verification)."""
    reasons = []
    if "safe_account_words" in sig:
        reasons.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in sig:
        reasons.append("lending the company account / pass-through")
    if "refund_to_other_account" in sig or {"refund_words", "fake_payment_proof"} <= sig:
        reasons.append("refund to another account or before the money cleared")
    if kind == "payment" and {"designated_supplier", "sales_order_linked"} <= sig:
        reasons.append("paying a customer-designated supplier for the customer's order")
    if kind == "order" and {"designated_supplier", "fake_payment_proof"} <= sig:
        reasons.append("order asking us to pay a designated supplier on a screenshot")
    if kind == "payment" and {"account_changed_recent", "first_time_payee"} <= sig \
            and Decimal(r["amount"]) >= MEANINGFUL_AMOUNT and not callback_verified(r, hist):
        reasons.append("first meaningful payment to an account changed within 30 days, not called back")
    if "boss_role" in sig and "no_approval" in sig and "balance_probe" in sig and "first_time_payee" in sig \
            and ({"im_instruction", "email_instruction"} & sig):
        reasons.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
    if "personal_account" in sig and ({"task_rebate_words", "topup_words", "loan_fee_words"} & sig):
        reasons.append("personal payee with task/top-up/rebate/unfreezing/capital-verification words")
    if "duplicate_invoice" in sig:
        reasons.append("invoice already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & sig:
        reasons.append("salary to a non-employee or several employees to one account")
    return reasons


# wording-level block triggers that a legitimate line may carry in an innocent sense
INNOCENT_WORD_TRIGGERS = {"safe/national/supervised account or fund verification",
                          "lending the company account / pass-through"}


def iff(w, name, present, derived):
    if present and not derived:
        err(w, "signal %s present but the structure does not support it" % name)
    if derived and not present:
        err(w, "signal %s missing although the structure shows it" % name)


def check_payment_signals(w, r, sig, hist, earlier_lines, tenant):
    pe = r["payee"]
    ins = r["instruction"]
    sub = parse_ts(r["submitted_at"])
    iff(w, "first_time_payee", "first_time_payee" in sig, pe["account_no"] not in hist.payee_accounts)
    iff(w, "personal_account", "personal_account" in sig, pe["account_type"] == "personal")
    iff(w, "no_approval", "no_approval" in sig, not r["approved_by"])
    ch = r["payee_account_changed_at"]
    recent = ch is not None and sub - parse_ts(ch) <= timedelta(days=RECENT_DAYS)
    iff(w, "account_changed_recent", "account_changed_recent" in sig, recent)
    iff(w, "account_changed_long_ago", "account_changed_long_ago" in sig, ch is not None and not recent)
    vid = pe["vendor_id"]
    mismatch = bool(vid) and vid in hist.vendor_names and pe["name"] not in hist.vendor_names[vid]
    iff(w, "payee_name_mismatch", "payee_name_mismatch" in sig, mismatch)
    iff(w, "duplicate_invoice", "duplicate_invoice" in sig, r["related"]["invoice_no"] in hist.invoices)
    iff(w, "sales_order_linked", "sales_order_linked" in sig, r["related"]["order_id"] is not None)
    iff(w, "im_instruction", "im_instruction" in sig, ins["channel"] == "im")
    iff(w, "email_instruction", "email_instruction" in sig, ins["channel"] == "email")
    iff(w, "phone_instruction", "phone_instruction" in sig, ins["channel"] in ("phone", "sms"))
    iff(w, "letter_instruction", "letter_instruction" in sig, ins["channel"] == "letter")
    fc = ins["from_contact"]
    iff(w, "new_contact", "new_contact" in sig, fc is not None and fc not in hist.contacts)
    iff(w, "urgency", "urgency" in sig, ins["urgent"] is True)
    # vendor master consistency
    if vid and vid in hist.vendor_accounts and pe["account_no"] not in hist.vendor_accounts[vid] and ch is None:
        err(w, "vendor %s paid to a new account but no payee_account_changed_at" % vid)
    if "unusual_bank_region" in sig and not (vid and vid in hist.vendor_banks and
                                              pe["bank"] not in hist.vendor_banks[vid]):
        err(w, "unusual_bank_region needs a known vendor now at a different bank")
    if "large_vs_usual" in sig:
        prev = hist.amount_by_account.get(pe["account_no"], [])
        if not prev or Decimal(r["amount"]) < Decimal("1.5") * max(prev):
            err(w, "large_vs_usual needs >= 1.5x the largest earlier payment to this account")
    if "no_po_contract" in sig and r["related"]["contract_id"] is not None:
        err(w, "no_po_contract but a contract is linked")
    if r["related"]["order_id"] is not None:
        if r["related"]["order_id"] not in {l["request"].get("record_id") for l in earlier_lines}:
            err(w, "related.order_id does not reference an earlier order of this tenant")
    if "verification" in r and r["verification"]["callback_done"] and not callback_verified(r, hist):
        err(w, "callback number is not a number on file for this vendor")


def check_order_signals(w, r, sig, hist, earlier_lines, tenant):
    c = r["customer"]
    new = c["customer_id"] is None
    iff(w, "new_customer", "new_customer" in sig, new)
    if not new:
        if hist.customers.get(c["customer_id"]) != c["name"]:
            err(w, "customer_id %s not established in history under this name" % c["customer_id"])
    elif c["name"] in hist.customer_names:
        err(w, "a customer known from history must carry its customer_id")
    total = Decimal(r["total_amount"])
    iff(w, "large_first_order", "large_first_order" in sig, new and total >= LARGE_FIRST_ORDER[tenant])
    iff(w, "credit_terms_requested", "credit_terms_requested" in sig,
        new and bool(CREDIT_TERMS_RE.search(r["payment_terms"])))
    iff(w, "contact_im_only", "contact_im_only" in sig,
        c["email"] is None and c["im_id"] is not None and (c["phone"] is None or bool(MOBILE_RE.match(c["phone"]))))
    iff(w, "fee_asked_of_seller", "fee_asked_of_seller" in sig, bool(r["fees_requested"]))
    earlier_small = [l for l in earlier_lines if l["kind"] == "order"
                     and l["request"]["customer"]["name"] == c["name"]
                     and Decimal(l["request"]["total_amount"]) * 2 <= total]
    iff(w, "small_then_large", "small_then_large" in sig, new and bool(earlier_small))
    tp = r["third_party"]
    if tp and tp["role"] == "designated_supplier" and "designated_supplier" not in sig:
        err(w, "third_party designated_supplier but no designated_supplier signal")
    if tp and tp["role"] == "refund_recipient" and "refund_to_other_account" not in sig:
        err(w, "third_party refund_recipient but no refund_to_other_account signal")
    if tp and tp["role"] == "pass_through_payee" and "account_lending_words" not in sig:
        err(w, "third_party pass_through_payee but no account_lending_words signal")
    if "lookalike_company" in sig:
        if not new or not any(shares_core(c["name"], n) for n in hist.customer_names):
            err(w, "lookalike_company needs a new customer whose name imitates an established one")
    elif new and any(shares_core(c["name"], n) for n in hist.customer_names):
        err(w, "new customer name imitates an established customer but lacks lookalike_company")
    if "invalid_credit_code" in sig and (c["credit_code"] is None or uscc_ok(c["credit_code"])):
        err(w, "invalid_credit_code needs an invalid code")


def emails_of(kind, r):
    if kind == "payment":
        return [r["instruction"]["from_contact"]]
    return [r["customer"]["email"]]


# ------------------------------------------------------------------ sample reuse
ID_KEYS = {"request_id", "record_id", "account_no", "account_name", "name", "contact_name", "from_name",
           "from_contact", "phone", "email", "im_id", "credit_code", "customer_id", "vendor_id", "invoice_no",
           "contract_id", "order_id", "requested_by", "contact", "callback_number", "verified_by", "id"}
TEXT_KEYS = {"memo", "text", "notes", "note", "payment_terms", "address", "product", "reason"}
TOKEN_RES = [re.compile(r"\d{7,}"), re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+"),
             re.compile(r"wxid_[A-Za-z0-9]+"), re.compile(r"\d{3,4}-\d{7}"), re.compile(r"\bE\d{4}\b")]


def walk(o, ids, texts, key=None):
    if isinstance(o, dict):
        for k, v in o.items():
            walk(v, ids, texts, k)
    elif isinstance(o, list):
        for v in o:
            walk(v, ids, texts, key)
    elif isinstance(o, str):
        if key in ID_KEYS or key == "approved_by":
            ids.add(o)
        if key in TEXT_KEYS or key in ("purpose",):
            texts.append(o)
        for rx in TOKEN_RES:
            ids.update(rx.findall(o))


def check_sample_reuse(lines):
    if not os.path.exists(SAMPLE):
        err("sample", "sample.jsonl not found at %s (set HOLDOUT7_SAMPLE)" % SAMPLE)
        return
    s_ids, s_texts = set(), []
    with open(SAMPLE, encoding="utf-8") as f:
        for raw in f:
            if raw.strip():
                walk(json.loads(raw), s_ids, s_texts)
    fragments = set()
    for t in s_texts:
        for frag in re.split(r"[。！？；;\n!?]", t):
            frag = frag.strip()
            if len(frag) >= 8:
                fragments.add(frag)
    for d in lines:
        ids, texts = set(), []
        walk(d, ids, texts)
        for i in sorted(ids & s_ids):
            err(d["id"], "identifier reused from sample.jsonl: %r" % i)
        blob = "\n".join(texts)
        for frag in fragments:
            if frag in blob:
                err(d["id"], "sentence reused from sample.jsonl: %r" % frag)


# ------------------------------------------------------------------ main
def main():
    lines = []
    with open(CORPUS, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.endswith("\n"):
                err("line %d" % n, "missing final newline")
            if not raw.strip():
                err("line %d" % n, "blank line")
                continue
            try:
                d = json.loads(raw, object_pairs_hook=no_dup_pairs)
            except ValueError as e:
                err("line %d" % n, "invalid JSON: %s" % e)
                continue
            lines.append(d)

    seen_ids, seen_req = set(), set()
    tenant_order = []
    by_tenant = defaultdict(list)
    all_invoices_test = Counter()

    for d in lines:
        w = d.get("id", "?")
        phase = d.get("phase")
        if not check_keys(w, d, TOP_HISTORY if phase == "history" else TOP_TEST):
            continue
        if w in seen_ids:
            err(w, "duplicate id")
        seen_ids.add(w)
        m = LINE_ID_RE.match(w)
        if not m or m.group(1) != d["tenant"] or m.group(2) != ("h" if phase == "history" else "t"):
            err(w, "id must be <tenant>-hNNN / <tenant>-tNNN")
        if d["tenant"] not in tenant_order:
            tenant_order.append(d["tenant"])
        elif tenant_order[-1] != d["tenant"]:
            err(w, "lines of a tenant must be contiguous")
        by_tenant[d["tenant"]].append(d)
        if phase not in ("history", "test"):
            err(w, "phase %r" % phase)
        if d["kind"] not in ("payment", "order"):
            err(w, "kind %r" % d["kind"])
            continue
        if d["label"] not in ("legit", "scam"):
            err(w, "label %r" % d["label"])
        if d["expect"] not in ("allow", "flag", "block"):
            err(w, "expect %r" % d["expect"])
        if d["label"] == "legit" and (d["scam_type"] is not None or d["expect"] != "allow"):
            err(w, "legit lines have scam_type null and expect allow")
        if d["label"] == "scam" and (d["scam_type"] not in SCAM_TYPES or d["expect"] not in ("flag", "block")):
            err(w, "scam lines need a scam_type and expect flag/block")
        if phase == "history":
            if d["label"] != "legit" or d["outcome"] != "executed" or d["signals"]:
                err(w, "history lines are legit, executed and carry no signals")
        if not isinstance(d["signals"], list) or len(set(d["signals"])) != len(d["signals"]):
            err(w, "signals must be a list without duplicates")
            continue
        for s in d["signals"]:
            if s not in VOCAB:
                err(w, "unknown signal %r" % s)
        if not is_str(d["note"]):
            err(w, "note required")
        r = d["request"]
        if d["kind"] == "payment":
            if not check_payment_shape(w, r):
                continue
            rid = r["request_id"]
        else:
            if not check_order_shape(w, r):
                continue
            rid = r["record_id"]
        if rid in seen_req:
            err(w, "duplicate request/record id %s" % rid)
        seen_req.add(rid)
        if not re.match(r"^(JH|MD)-(FK|XS|ZF|PX)-\d{11}$", rid):
            err(w, "request/record id format %r" % rid)
        # phone numbers mentioned in free text must be fictitious too
        for mob in MOBILE_IN_TEXT_RE.findall(free_text(d["kind"], r)):
            if not MOBILE_RE.match(mob):
                err(w, "mobile number in text is not 1390000xxxx: %s" % mob)

    for tenant in tenant_order:
        tl = by_tenant[tenant]
        hist = History()
        prev_ts = None
        seen_test = False
        payers = {l["request"]["payer"]["account_no"] for l in tl if l["kind"] == "payment"}
        if len(payers) != 1:
            err(tenant, "one payer account per tenant expected, got %d" % len(payers))
        counters = {"history": 0, "test": 0}
        earlier = []
        for d in tl:
            w, r, kind = d["id"], d["request"], d["kind"]
            counters[d["phase"]] += 1
            if not w.endswith("%03d" % counters[d["phase"]]):
                err(w, "ids must be sequential within tenant and phase")
            t = parse_ts(r["submitted_at"] if kind == "payment" else r["received_at"])
            if prev_ts and t <= prev_ts:
                err(w, "not in chronological order")
            prev_ts = t
            if d["phase"] == "test":
                seen_test = True
            elif seen_test:
                err(w, "history line after a test line")
            oh = off_hours(t)
            if oh is None:
                err(w, "timestamp %s falls in the weekday grey zone (07:00-10:00 / 18:00-21:00)" % t)
            sig = set(d["signals"])
            if d["phase"] == "history":
                if oh:
                    err(w, "history lines are kept inside office hours")
                if not d["note"].startswith("Routine:"):
                    err(w, "history notes start with 'Routine:'")
                hist.add(kind, r)
                earlier.append(d)
                continue
            # ---- test line
            if kind == "payment" and r["related"]["invoice_no"]:
                all_invoices_test[r["related"]["invoice_no"]] += 1
            iff(w, "off_hours", "off_hours" in sig, bool(oh))
            wrong_kind = (sig & ORDER_ONLY) if kind == "payment" else (sig & PAYMENT_ONLY)
            if wrong_kind:
                err(w, "signals not applicable to a %s: %s" % (kind, sorted(wrong_kind)))
            if kind == "payment":
                check_payment_signals(w, r, sig, hist, earlier, tenant)
            else:
                check_order_signals(w, r, sig, hist, earlier, tenant)
            mails = [m for m in emails_of(kind, r) if domain_of(m)]
            doms = {domain_of(m) for m in mails}
            iff(w, "free_mail", "free_mail" in sig, bool(doms & FREE_MAIL))
            look = any(dm not in hist.domains and dm not in FREE_MAIL and
                       any(edit_distance(dm, k) <= 2 or dm.replace("-", "") == k.replace("-", "")
                           for k in hist.domains) for dm in doms)
            iff(w, "lookalike_domain", "lookalike_domain" in sig, look)
            ev = evasion_found(free_text(kind, r))
            for e in SIG_EVASION:
                iff(w, e, e in sig, e in ev)
            # ---- labels and expect
            reasons = hard_block(kind, sig, r, hist)
            note = d["note"]
            if d["label"] == "legit":
                if sig and not note.startswith("Hard negative:"):
                    err(w, "legit test lines with signals are hard negatives ('Hard negative:')")
                if not sig and not note.startswith("Routine:"):
                    err(w, "legit test lines without signals are routine ('Routine:')")
                bad = [x for x in reasons if x not in INNOCENT_WORD_TRIGGERS]
                if bad:
                    err(w, "legitimate line meets a structural hard-block rule: %s" % bad)
            else:
                derived = "block" if reasons else "flag"
                if derived != d["expect"]:
                    err(w, "expect %s but the README rules derive %s (%s)" %
                        (d["expect"], derived, "; ".join(reasons) or "no hard-block signal"))
                if note.startswith(("Routine:", "Hard negative:")):
                    err(w, "scam notes must not start like legit notes")
                if note.startswith("Structural only:"):
                    wording = sig & (set(SIG_WORDING) - {"boss_role"})
                    if wording or sig & set(SIG_EVASION):
                        err(w, "'Structural only' scam carries wording/evasion signals: %s" %
                            sorted(wording | (sig & set(SIG_EVASION))))
            earlier.append(d)

    for inv, n in all_invoices_test.items():
        if n > 1:
            err("invoices", "invoice %s used by %d test lines" % (inv, n))

    check_sample_reuse(lines)

    # ---------------------------------------------------------------- summary
    c = Counter()
    for d in lines:
        c[(d["tenant"], d["phase"], d["kind"])] += 1
    print("lines: %d" % len(lines))
    for k in sorted(c):
        print("  %-9s %-8s %-8s %3d" % (k + (c[k],)))
    test = [d for d in lines if d["phase"] == "test"]
    print("test by expect:", dict(sorted(Counter(d["expect"] for d in test).items())))
    print("test by kind:", dict(sorted(Counter(d["kind"] for d in test).items())))
    print("test hard negatives:", sum(1 for d in test if d["note"].startswith("Hard negative:")),
          " routine:", sum(1 for d in test if d["note"].startswith("Routine:")))
    print("scams by type:", dict(sorted(Counter(d["scam_type"] for d in test if d["scam_type"]).items())))
    missing = SCAM_TYPES - {d["scam_type"] for d in test}
    if missing:
        err("coverage", "scam types without a test line: %s" % sorted(missing))
    legit = sum(1 for d in test if d["label"] == "legit")
    if legit * 2 < len(test):
        err("balance", "fewer than half of the test lines are legitimate")

    if ERRORS:
        print("\n%d problem(s):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
