#!/usr/bin/env python3
"""Mechanical checks for holdout9.jsonl (Python 3.11 standard library only).

    python3 gen/validate.py            # run every check, exit 1 on any error
    python3 gen/validate.py --counts   # print the counts block used in README.md

What is checked (see README.md for the rules these encode):
  * line and body key order (corpus README + PRODUCT.md), enums, id formats, uniqueness
  * two-decimal money strings, decimal quantities, order totals = item sums
  * unified social credit codes (GB 32100-2015 check character)
  * RFC 3339 +08:00 timestamps; per-tenant chronological order; history before test;
    history in Sep-Oct 2026, test in Nov-Dec 2026, history inside office hours
  * phone / account-number formats, requester never approves own request
  * signal vocabulary; every structural signal re-derived from the request and the
    replayed history of its tenant (both directions where the structure decides it)
  * evasion signals re-derived from the text (both directions)
  * `expect` re-derived from the signals with the corpus README's block/flag/allow rules
  * note prefixes (Routine: / Hard negative: / Structural only:)
  * nothing reused from sample.jsonl (identifiers, names, sentences, 12-char CJK runs)
  * the counts block in README.md matches the file
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "holdout9.jsonl")
README = os.path.join(ROOT, "README.md")
SAMPLE_CANDIDATES = [os.environ.get("HOLDOUT9_SAMPLE", ""),
                     "/work/shared/corpus/sample.jsonl",
                     os.path.join(ROOT, "..", "..", "..", "shared", "corpus", "sample.jsonl")]

# ------------------------------------------------------------------ the spec

TENANTS = ["haiyue", "changqi", "yiwu"]
FACTS = {
    # limit: single-approver payment limit T (just_below_limit = [0.9T, T), CNY)
    # large_first: first-order size that counts as large, per currency
    "haiyue": {"limit": Decimal("200000"), "large_first": {"CNY": Decimal("300000")},
               "domains": {"haiyuechem.com", "yongxingchem.com", "chengjiangresin.com"},
               "catalogue": {"乙酸乙酯", "乙酸丁酯", "二甲苯", "甲苯", "丙酮", "异丙醇", "正丁醇",
                             "环氧树脂E-51", "不饱和聚酯树脂191", "丙烯酸树脂"}},
    "changqi": {"limit": Decimal("300000"), "large_first": {"CNY": Decimal("500000")},
                "domains": {"changqi-auto.com.cn", "hongda-casting.com"},
                "catalogue": {"转向节", "下控制臂", "制动盘", "轮毂轴承座", "副车架安装支架",
                              "稳定杆连杆", "制动钳支架"}},
    "yiwu": {"limit": Decimal("50000"), "large_first": {"USD": Decimal("20000"), "CNY": Decimal("140000")},
             "domains": {"yunfan-trade.com", "jiehang-logistics.com"},
             "catalogue": {"Hair claw clip set (12 pcs)", "LED fairy lights (10 m)",
                           "Party balloon set (50 pcs)", "Christmas hanging ornaments (24 pcs)",
                           "Storage basket (seagrass, set of 3)", "Phone case (TPU, assorted)"}},
}
OFFICE_OPEN, OFFICE_CLOSE = (8, 0), (18, 30)       # Mon-Fri, Beijing time
HOLIDAYS = {date(2026, 9, 25)} | {date(2026, 10, d) for d in range(1, 9)}
MEANINGFUL = Decimal("10000")                       # "meaningful amount" for the account-change block
FREE_MAIL = {"qq.com", "163.com", "126.com", "sina.com", "sohu.com", "foxmail.com", "aliyun.com",
             "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com"}
CREDIT_WORDS = ["月结", "账期", "天结", "货到", "赊", "验收后", "验收合格后", "后付", "承兑", "商票",
                "汇票", "后90天", "后60天", "年底统一结算", "net ", "days after", "days sight",
                "open account", "on credit"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
               "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_SUB = {"payer": ["account_no", "account_name"],
           "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
           "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
           "related": ["order_id", "contract_id", "invoice_no"],
           "verification": ["callback_done", "callback_number", "verified_by", "verified_at"]}
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
ORD_SUB = {"customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
           "delivery": ["address", "deadline"],
           "third_party": ["name", "contact", "role", "amount"]}
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

SIG_PAY_STRUCT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago",
                  "payee_name_mismatch", "personal_account", "unusual_bank_region",
                  "third_party_payment_endpoint", "crypto", "no_approval", "no_po_contract", "vague_memo",
                  "sales_order_linked", "just_below_limit", "split_payment", "off_hours", "large_vs_usual",
                  "in_out_match", "duplicate_invoice", "shell_company", "guarantee_unverified"}
SIG_PROV = {"im_instruction", "email_instruction", "phone_instruction", "letter_instruction", "new_contact",
            "lookalike_domain", "free_mail"}
SIG_WORD = {"urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
            "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier", "fake_payment_proof",
            "refund_to_other_account", "refund_words", "overpayment", "account_change_words",
            "personal_account_pretext", "account_lending_words", "safe_account_words", "authority_words",
            "subsidy_words", "payroll_change", "payee_shared_by_employees", "payee_not_employee",
            "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill", "invoice_trade_words",
            "bigproject_words", "middleman_fee", "remote_control"}
SIG_ORDER = {"new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
             "residential_delivery", "contact_im_only", "contact_mismatch", "lookalike_company",
             "institution_claim", "third_party_payer", "small_then_large", "hazardous_no_permit",
             "off_catalogue_item", "invalid_credit_code"}
SIG_EVASION = {"evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
               "evasion_homophone", "evasion_symbols"}
VOCAB = SIG_PAY_STRUCT | SIG_PROV | SIG_WORD | SIG_ORDER | SIG_EVASION
# The corpus README files the two payroll-destination signals under "Wording", but they
# describe who owns the destination account (structure); sample.jsonl's own "Structural only"
# payroll line carries them, so they are accepted on structural-only lines too.
STRUCTURAL_ONLY_OK = SIG_PAY_STRUCT | SIG_PROV | SIG_ORDER | {"payee_not_employee", "payee_shared_by_employees"}
PAYMENT_ONLY = {"first_time_payee", "account_changed_recent", "account_changed_long_ago", "personal_account",
                "no_approval", "sales_order_linked", "just_below_limit", "large_vs_usual",
                "duplicate_invoice", "payee_name_mismatch", "im_instruction", "email_instruction",
                "phone_instruction", "letter_instruction", "split_payment"}
ORDER_ONLY = {"new_customer", "large_first_order", "credit_terms_requested", "small_then_large",
              "contact_im_only", "lookalike_company", "invalid_credit_code", "off_catalogue_item"}

USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_MONEY = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_MOBILE = re.compile(r"^1360000\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_EMP = re.compile(r"^E\d{4}$")
RE_CJK = "[\u4e00-\u9fff]"
RE_SPACING = re.compile(RE_CJK + r"[ \u3000.·\-_/*|~]" + RE_CJK + r"[ \u3000.·\-_/*|~]" + RE_CJK)
RE_FULLWIDTH = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
RE_SYMBOL = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55]")
TRAD = set("證帳賬戶匯轉資墊凍結錢號餘額開會話補貼過務稅應請與這們時來對說將後為單員國實銀驗關總經給謝讓麼"
           "問題覺辦專還進選擇點長門見現發於視劃職")
PINYIN_TOKENS = re.compile(r"(?<![a-z])(bzj|yzm|yhk|zfb|aqzh|gjf|dgzh|sls)(?![a-z])")
PINYIN_MIXED = ["bao证金", "保zj", "zhuan账", "垫fu", "墊fu", "刷dan", "屏幕gx"]
HOMOPHONES = ["保正金", "保症金", "保征金", "威信", "薇信", "徽信", "V信", "扣扣", "企鹅", "抠抠", "压金",
              "返力", "反利", "唰单", "S单", "验正码", "银航卡", "支附宝", "绿泡泡"]
ID_KEYS = {"account_no", "request_id", "record_id", "credit_code", "phone", "email", "im_id", "from_contact",
           "contact", "callback_number", "invoice_no", "order_id", "contract_id", "vendor_id", "customer_id",
           "requested_by", "verified_by", "submitted_at", "received_at", "verified_at",
           "payee_account_changed_at", "deadline", "amount", "total_amount", "unit_price", "quantity",
           "currency", "channel", "account_type", "role"}

ERRORS = []


def err(where, msg):
    ERRORS.append(f"{where}: {msg}")


# ------------------------------------------------------------------ helpers

def ts(s):
    return datetime.fromisoformat(s)


def money(x):
    return Decimal(x)


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC for c in code):
        return False
    s = sum(USCC.index(c) * w for c, w in zip(code[:17], W18))
    return USCC[(31 - s % 31) % 31] == code[17]


def lev(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def domain(addr):
    if isinstance(addr, str) and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", addr):
        return addr.split("@", 1)[1].lower()
    return None


def off_hours(dt):
    t = (dt.hour, dt.minute)
    return dt.weekday() >= 5 or dt.date() in HOLIDAYS or t < OFFICE_OPEN or t >= OFFICE_CLOSE


def phone_ok(p):
    return isinstance(p, str) and bool(RE_MOBILE.match(p) or RE_LANDLINE.match(p))


def text_fields(obj, key=None):
    """All free-text leaves of a request (identifiers, dates and enums excluded)."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k not in ID_KEYS:
                yield from text_fields(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from text_fields(v, key)
    elif isinstance(obj, str):
        yield obj


def evasion_signals(texts):
    found = set()
    for t in texts:
        low = unicodedata.normalize("NFKC", t).lower()
        if RE_SPACING.search(t):
            found.add("evasion_spacing")
        if RE_FULLWIDTH.search(t):
            found.add("evasion_fullwidth")
        if any(c in TRAD for c in t):
            found.add("evasion_traditional")
        if PINYIN_TOKENS.search(low) or any(m in t for m in PINYIN_MIXED):
            found.add("evasion_pinyin")
        if any(m in t for m in HOMOPHONES):
            found.add("evasion_homophone")
        if RE_SYMBOL.search(t):
            found.add("evasion_symbols")
    return found


def credit_terms(terms):
    low = (terms or "").lower()
    return any(w in low for w in CREDIT_WORDS)


def check_keys(where, obj, keys, optional_tail=()):
    got = list(obj.keys()) if isinstance(obj, dict) else None
    if got is None:
        err(where, "not an object")
        return False
    allowed = [keys + list(optional_tail[:i]) for i in range(len(optional_tail) + 1)]
    if got not in allowed:
        err(where, f"key order {got} != {keys}{' (+' + str(list(optional_tail)) + ')' if optional_tail else ''}")
        return False
    return True


# ------------------------------------------------------------- expect rules

def hard_block_reasons(kind, sig, amount):
    """The corpus README's `expect: block` conditions, evaluated on the signal set."""
    r = []
    if "safe_account_words" in sig:
        r.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in sig:
        r.append("lending the company account / pass-through")
    if "refund_to_other_account" in sig:
        r.append("refund to an account other than the payer")
    if ({"refund_words", "overpayment"} & sig) and "fake_payment_proof" in sig:
        r.append("refund before the money has cleared")
    if "designated_supplier" in sig and ("fake_payment_proof" in sig or
                                         (kind == "payment" and "sales_order_linked" in sig)):
        r.append("paying a customer-designated supplier before the customer's money arrived")
    if kind == "payment" and {"account_changed_recent", "first_time_payee"} <= sig and amount >= MEANINGFUL:
        r.append("first meaningful payment to an account changed within 30 days")
    if {"boss_role", "no_approval", "balance_probe", "first_time_payee"} <= sig and \
            ({"im_instruction", "email_instruction"} & sig):
        r.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
    if "personal_account" in sig and ({"task_rebate_words", "topup_words", "loan_fee_words"} & sig):
        r.append("personal account with task/top-up/rebate/unfreezing/capital-verification words")
    if "duplicate_invoice" in sig:
        r.append("invoice already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & sig:
        r.append("salary to a non-employee or shared account")
    return r


# ------------------------------------------------------------ history state

class History:
    def __init__(self, tenant):
        self.tenant = tenant
        self.paid_accounts = {}          # account_no -> [amounts]
        self.vendor = {}                 # vendor_id -> dict(name, account_no, phone, last_paid)
        self.invoices = set()
        self.customers = {}              # customer_id -> dict(totals by currency, credit)
        self.customer_names = set()
        self.contacts = set()
        self.domains = set(FACTS[tenant]["domains"])
        self.records = {}                # record_id -> phase

    def add(self, line):
        r = line["request"]
        if line["kind"] == "payment":
            p = r["payee"]
            self.paid_accounts.setdefault(p["account_no"], []).append(money(r["amount"]))
            if p["vendor_id"]:
                self.vendor[p["vendor_id"]] = {"name": p["name"], "account_no": p["account_no"],
                                               "phone": p["phone"], "last_paid": ts(r["submitted_at"])}
            if r["related"]["invoice_no"]:
                self.invoices.add(r["related"]["invoice_no"])
            fc = r["instruction"]["from_contact"]
            if fc:
                self.contacts.add(fc)
                if domain(fc) and domain(fc) not in FREE_MAIL:
                    self.domains.add(domain(fc))
        else:
            c = r["customer"]
            self.customer_names.add(c["name"])
            for k in ("phone", "email", "im_id"):
                if c[k]:
                    self.contacts.add(c[k])
            if domain(c["email"]) and domain(c["email"]) not in FREE_MAIL:
                self.domains.add(domain(c["email"]))
            if c["customer_id"]:
                d = self.customers.setdefault(c["customer_id"], {"totals": defaultdict(list), "credit": False})
                d["totals"][r["currency"]].append(money(r["total_amount"]))
                d["credit"] = d["credit"] or credit_terms(r["payment_terms"])

    def lookalike_domain(self, d):
        if not d or d in FREE_MAIL or d in self.domains:
            return False
        return any(lev(d, k) <= 2 or d.replace("-", "") == k.replace("-", "") for k in self.domains)

    def lookalike_company(self, name):
        if name in self.customer_names:
            return False
        return any(len(name) >= 6 and lev(name, k) <= 2 for k in self.customer_names)


# ------------------------------------------------------------------- checks

def check_common(line, where):
    keys = LINE_KEYS_H if line.get("phase") == "history" else LINE_KEYS_T
    check_keys(where, line, keys)
    if line.get("tenant") not in TENANTS:
        err(where, f"unknown tenant {line.get('tenant')}")
    if line.get("phase") not in ("history", "test"):
        err(where, "bad phase")
    if line.get("kind") not in ("payment", "order"):
        err(where, "bad kind")
    if line.get("label") not in ("legit", "scam"):
        err(where, "bad label")
    if line["label"] == "legit" and line["scam_type"] is not None:
        err(where, "legit line with scam_type")
    if line["label"] == "scam" and line["scam_type"] not in SCAM_TYPES:
        err(where, f"bad scam_type {line['scam_type']}")
    if line.get("expect") not in ("allow", "flag", "block"):
        err(where, "bad expect")
    if line["label"] == "legit" and line["expect"] != "allow":
        err(where, "legit line must expect allow")
    if line["label"] == "scam" and line["expect"] == "allow":
        err(where, "scam line cannot expect allow")
    if line["phase"] == "history":
        if line["label"] != "legit" or line["expect"] != "allow" or line.get("outcome") != "executed":
            err(where, "history lines are legit / allow / executed")
        if line["signals"]:
            err(where, "history lines carry no signals")
    tag = "h" if line["phase"] == "history" else "t"
    if not re.fullmatch(rf"{line['tenant']}-{tag}\d{{3}}", line["id"]):
        err(where, "id format")
    sig = line["signals"]
    if not isinstance(sig, list) or len(set(sig)) != len(sig):
        err(where, "signals must be a list without repeats")
    for s in sig:
        if s not in VOCAB:
            err(where, f"signal not in vocabulary: {s}")
    if not isinstance(line["note"], str) or not line["note"].strip():
        err(where, "empty note")


def check_payment_body(r, where, tenant):
    check_keys(where + " request", r, PAY_KEYS, ("verification",))
    for k, sub in PAY_SUB.items():
        if k in r and r[k] is not None:
            check_keys(f"{where} {k}", r[k], sub)
    if not RE_TS.match(r["submitted_at"]):
        err(where, "submitted_at not RFC 3339 +08:00")
    if not RE_MONEY.match(r["amount"]) or money(r["amount"]) <= 0:
        err(where, f"amount {r['amount']}")
    if r["currency"] not in ("CNY", "USD"):
        err(where, "currency")
    for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
        if not RE_ACCT.match(acc):
            err(where, f"account number {acc} not 16-19 digits")
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        err(where, "account_type")
    if r["payee"]["phone"] is not None and not phone_ok(r["payee"]["phone"]):
        err(where, f"payee phone {r['payee']['phone']}")
    ins = r["instruction"]
    if ins["channel"] not in CHANNELS:
        err(where, "instruction.channel")
    if not isinstance(ins["urgent"], bool):
        err(where, "urgent must be boolean")
    fc = ins["from_contact"]
    if fc and re.fullmatch(r"[\d-]+", fc) and not phone_ok(fc):
        err(where, f"from_contact phone format {fc}")
    if ins["channel"] == "erp" and fc is not None:
        err(where, "ERP instruction with a from_contact")
    if not RE_EMP.match(r["requested_by"]) or any(not RE_EMP.match(a) for a in r["approved_by"]):
        err(where, "employee id format")
    if r["requested_by"] in r["approved_by"]:
        err(where, "requester approves own request")
    if len(set(r["approved_by"])) != len(r["approved_by"]):
        err(where, "duplicate approver")
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not RE_TS.match(ch):
            err(where, "payee_account_changed_at format")
        elif ts(ch) > ts(r["submitted_at"]):
            err(where, "account change after the payment")
    v = r.get("verification")
    if v is not None:
        if v["callback_done"] is not True or not phone_ok(v["callback_number"]) or \
                not RE_EMP.match(v["verified_by"]) or not RE_TS.match(v["verified_at"]):
            err(where, "verification fields")
        elif ts(v["verified_at"]) > ts(r["submitted_at"]):
            err(where, "verification after submission")
    if r["payer"]["account_name"] != PAYER_NAME[tenant]:
        err(where, "payer name is not the tenant")


def check_order_body(r, where, tenant):
    check_keys(where + " request", r, ORD_KEYS)
    for k, sub in ORD_SUB.items():
        if r[k] is not None:
            check_keys(f"{where} {k}", r[k], sub)
    if not RE_TS.match(r["received_at"]):
        err(where, "received_at not RFC 3339 +08:00")
    if r["currency"] not in ("CNY", "USD"):
        err(where, "currency")
    if r["channel"] not in CHANNELS:
        err(where, "order channel")
    total = Decimal("0")
    if not r["items"]:
        err(where, "no items")
    for i, it in enumerate(r["items"]):
        check_keys(f"{where} items[{i}]", it, ITEM_KEYS)
        if not RE_QTY.match(it["quantity"]) or not RE_MONEY.match(it["unit_price"]):
            err(where, f"item {i} quantity/price format")
            continue
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if not RE_MONEY.match(r["total_amount"]):
        err(where, "total_amount format")
    elif money(r["total_amount"]) != total:
        err(where, f"total_amount {r['total_amount']} != item sum {total}")
    c = r["customer"]
    if c["credit_code"] is not None and (len(c["credit_code"]) != 18 or
                                         any(ch not in USCC for ch in c["credit_code"])):
        err(where, "credit_code charset/length")
    if c["phone"] is not None and not phone_ok(c["phone"]):
        err(where, f"customer phone {c['phone']}")
    if c["email"] is not None and not domain(c["email"]):
        err(where, "customer email")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["delivery"]["deadline"] or ""):
        err(where, "delivery.deadline")
    elif date.fromisoformat(r["delivery"]["deadline"]) < ts(r["received_at"]).date():
        err(where, "deadline before the order")
    tp = r["third_party"]
    if tp is not None:
        if tp["role"] not in ROLES:
            err(where, "third_party.role")
        if not RE_MONEY.match(tp["amount"]):
            err(where, "third_party.amount")
        if not phone_ok(tp["contact"]):
            err(where, f"third_party.contact {tp['contact']}")
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested must be a list")
    for i, f in enumerate(r["fees_requested"]):
        check_keys(f"{where} fees[{i}]", f, FEE_KEYS)
        if not RE_MONEY.match(f["amount"]):
            err(where, "fee amount")


def derive_payment(r, hist, tenant):
    """Structural signals that must be present (iff) and facts used by one-way checks."""
    d = {}
    sub = ts(r["submitted_at"])
    p = r["payee"]
    d["first_time_payee"] = p["account_no"] not in hist.paid_accounts
    d["personal_account"] = p["account_type"] == "personal"
    ch = r["payee_account_changed_at"]
    d["account_changed_recent"] = bool(ch) and sub - ts(ch) <= timedelta(days=30)
    d["account_changed_long_ago"] = bool(ch) and sub - ts(ch) > timedelta(days=30)
    d["no_approval"] = not r["approved_by"]
    chan = r["instruction"]["channel"]
    d["im_instruction"] = chan == "im"
    d["email_instruction"] = chan == "email"
    d["phone_instruction"] = chan in ("phone", "sms")
    d["letter_instruction"] = chan == "letter"
    d["off_hours"] = off_hours(sub)
    d["sales_order_linked"] = r["related"]["order_id"] is not None
    d["duplicate_invoice"] = r["related"]["invoice_no"] in hist.invoices
    amt = money(r["amount"])
    lim = FACTS[tenant]["limit"]
    d["just_below_limit"] = r["currency"] == "CNY" and lim * Decimal("0.9") <= amt < lim
    past = hist.paid_accounts.get(p["account_no"])
    d["large_vs_usual"] = bool(past) and amt > 3 * max(past)
    dom = domain(r["instruction"]["from_contact"])
    d["free_mail"] = dom in FREE_MAIL
    d["lookalike_domain"] = hist.lookalike_domain(dom)
    return d


def derive_order(r, hist, tenant):
    d = {}
    c = r["customer"]
    cur = r["currency"]
    total = money(r["total_amount"])
    known = hist.customers.get(c["customer_id"]) if c["customer_id"] else None
    d["new_customer"] = c["customer_id"] is None
    thr = FACTS[tenant]["large_first"].get(cur)
    d["large_first_order"] = d["new_customer"] and thr is not None and total >= thr
    d["credit_terms_requested"] = credit_terms(r["payment_terms"]) and not (known and known["credit"])
    prior = known["totals"].get(cur) if known else None
    d["small_then_large"] = bool(prior) and total >= 5 * max(prior)
    d["contact_im_only"] = (c["email"] is None and c["im_id"] is not None and
                            (c["phone"] is None or bool(RE_MOBILE.match(c["phone"]))))
    d["free_mail"] = domain(c["email"]) in FREE_MAIL
    d["lookalike_domain"] = hist.lookalike_domain(domain(c["email"]))
    d["lookalike_company"] = hist.lookalike_company(c["name"])
    d["invalid_credit_code"] = c["credit_code"] is not None and not uscc_ok(c["credit_code"])
    d["off_hours"] = off_hours(ts(r["received_at"]))
    return d


def check_test_line(line, hist, where, tenant, records):
    r = line["request"]
    kind = line["kind"]
    sig = set(line["signals"])
    # kind-specific signals
    bad = sig & (ORDER_ONLY if kind == "payment" else PAYMENT_ONLY)
    if bad:
        err(where, f"signals not applicable to a {kind}: {sorted(bad)}")
    derived = derive_payment(r, hist, tenant) if kind == "payment" else derive_order(r, hist, tenant)
    for s, must in derived.items():
        if must and s not in sig:
            err(where, f"structure says '{s}' but the signal is missing")
        if not must and s in sig:
            err(where, f"signal '{s}' not supported by the structure/history")
    # one-way structural implications
    if kind == "payment":
        p = r["payee"]
        v = hist.vendor.get(p["vendor_id"]) if p["vendor_id"] else None
        if v and p["name"] != v["name"] and "payee_name_mismatch" not in sig:
            err(where, "vendor name differs from history but payee_name_mismatch missing")
        if v and p["account_no"] != v["account_no"]:
            ch = r["payee_account_changed_at"]
            if ch is None or ts(ch) <= v["last_paid"]:
                err(where, "vendor account differs from history without a later payee_account_changed_at")
        if v and p["phone"] != v["phone"]:
            err(where, "vendor phone differs from vendor master")
        if r["instruction"]["urgent"] and "urgency" not in sig:
            err(where, "instruction.urgent is true but 'urgency' missing")
        if "new_contact" in sig and (not r["instruction"]["from_contact"] or
                                     r["instruction"]["from_contact"] in hist.contacts):
            err(where, "new_contact but the contact is absent or already known")
        oid = r["related"]["order_id"]
        if oid is not None and oid not in records:
            err(where, f"related.order_id {oid} is not an earlier order of this tenant")
    else:
        tp = r["third_party"]
        need = {"designated_supplier": "designated_supplier", "refund_recipient": "refund_to_other_account",
                "pass_through_payee": "account_lending_words"}
        if tp and tp["role"] in need and need[tp["role"]] not in sig:
            err(where, f"third_party role {tp['role']} needs signal {need[tp['role']]}")
        if r["fees_requested"] and "fee_asked_of_seller" not in sig:
            err(where, "fees_requested present but fee_asked_of_seller missing")
        cat = FACTS[tenant]["catalogue"]
        if any(it["product"] not in cat for it in r["items"]) and "off_catalogue_item" not in sig:
            err(where, "item outside the catalogue but off_catalogue_item missing")
    # evasion (both directions)
    ev = evasion_signals(list(text_fields(r)))
    for s in SIG_EVASION:
        if s in ev and s not in sig:
            err(where, f"text shows {s} but the signal is missing")
        if s in sig and s not in ev:
            err(where, f"signal {s} but no such spelling in the text")
    # note prefixes
    note = line["note"]
    if line["label"] == "legit":
        if note.startswith("Routine:"):
            if sig:
                err(where, "Routine line with signals")
        elif note.startswith("Hard negative:"):
            if not sig:
                err(where, "Hard negative without the signals it shares")
        else:
            err(where, "legit test note must start with 'Routine:' or 'Hard negative:'")
    else:
        if not sig:
            err(where, "scam without signals")
        if note.startswith(("Routine:", "Hard negative:")):
            err(where, "scam with a legit note prefix")
        if note.startswith("Structural only:") and not sig <= STRUCTURAL_ONLY_OK:
            err(where, f"Structural only line with wording/evasion signals {sorted(sig - STRUCTURAL_ONLY_OK)}")
    # expect
    amount = money(r["amount"]) if kind == "payment" else money(r["total_amount"])
    reasons = hard_block_reasons(kind, sig, amount)
    if line["label"] == "scam":
        want = "block" if reasons else "flag"
        if line["expect"] != want:
            err(where, f"expect {line['expect']} but the README rules give {want} {reasons}")
        if kind == "payment" and "account_changed_recent" in sig and r.get("verification"):
            v = hist.vendor.get(r["payee"]["vendor_id"])
            if v and r["verification"]["callback_number"] == v["phone"]:
                err(where, "scam account change verified by a call-back to the number on file?")
    else:
        for why in reasons:
            if why.startswith(("safe/", "lending")):
                continue  # an innocent overlap of words (e.g. a poster slogan, bookkeeping 过账)
            if why.startswith("first meaningful payment"):
                v = hist.vendor.get(r["payee"]["vendor_id"])
                ver = r.get("verification")
                if v and ver and ver["callback_number"] == v["phone"]:
                    continue  # change verified by call-back to the number held before the change
            err(where, f"legit line meets a hard-block condition without a mitigation: {why}")
        if reasons and not note.startswith("Hard negative:"):
            err(where, "legit line with a hard-block-shaped signal must be a Hard negative")


PAYER_NAME = {"haiyue": "宁波海悦化工贸易有限公司", "changqi": "长春长骐汽车零部件有限公司",
              "yiwu": "义乌市云帆跨境电子商务有限公司"}


# --------------------------------------------------------- sample re-use

SAMPLE_ID_KEYS = {"account_no", "account_name", "name", "phone", "email", "im_id", "credit_code",
                  "from_contact", "from_name", "contact_name", "contact", "request_id", "record_id",
                  "invoice_no", "contract_id", "order_id", "vendor_id", "customer_id", "requested_by",
                  "approved_by", "id", "callback_number"}
NAME_KEYS = {"account_name", "name", "from_name", "contact_name"}
FREE_TEXT_KEYS = {"text", "memo", "notes", "note", "address"}


def walk(obj, key=None):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from walk(v, k)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk(v, key)
    elif isinstance(obj, str):
        yield key, obj


def sentences(t):
    out = []
    for part in re.split(r"[。！？!?\n；;]|(?<=[a-z])\. ", t):
        part = part.strip(" ：:，,“”\"'")
        if len(part) >= 8:
            out.append(part)
    return out


def check_sample(lines):
    path = next((p for p in SAMPLE_CANDIDATES if p and os.path.exists(p)), None)
    if not path:
        print("WARNING: sample.jsonl not found; re-use check skipped (set HOLDOUT9_SAMPLE)")
        return
    ids, names, sents, runs = set(), set(), set(), set()
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if not raw.strip():
                continue
            for k, v in walk(json.loads(raw)):
                if k in SAMPLE_ID_KEYS and v:
                    ids.add(v)
                if k in NAME_KEYS and len(v) >= 3:
                    names.add(v)
                if k in FREE_TEXT_KEYS:
                    sents.update(sentences(v))
                    compact = re.sub(r"\s", "", v)
                    for i in range(len(compact) - 11):
                        w = compact[i:i + 12]
                        if len(re.findall(RE_CJK, w)) >= 8:
                            runs.add(w)
    for line in lines:
        where = line["id"]
        mine = list(walk(line))
        for k, v in mine:
            if k in SAMPLE_ID_KEYS and v in ids:
                err(where, f"identifier re-used from sample: {k}={v}")
            for n in names:
                if n in v:
                    err(where, f"sample name '{n}' appears in {k}")
            if k in FREE_TEXT_KEYS:
                for s in sents:
                    if s in v:
                        err(where, f"sentence re-used from sample: {s}")
                compact = re.sub(r"\s", "", v)
                for i in range(len(compact) - 11):
                    if compact[i:i + 12] in runs:
                        err(where, f"12-character run shared with sample: {compact[i:i + 12]}")
                        break


# --------------------------------------------------------------- counts

def counts_block(lines):
    test = [l for l in lines if l["phase"] == "test"]
    out = ["| tenant | history | test | test payments | test orders | scam | legit (hard negatives) | expect block | expect flag |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for t in TENANTS + ["all"]:
        L = [l for l in lines if t == "all" or l["tenant"] == t]
        T = [l for l in L if l["phase"] == "test"]
        hn = sum(1 for l in T if l["note"].startswith("Hard negative:"))
        out.append(f"| {t} | {sum(l['phase'] == 'history' for l in L)} | {len(T)} | "
                   f"{sum(l['kind'] == 'payment' for l in T)} | {sum(l['kind'] == 'order' for l in T)} | "
                   f"{sum(l['label'] == 'scam' for l in T)} | {sum(l['label'] == 'legit' for l in T)} ({hn}) | "
                   f"{sum(l['expect'] == 'block' for l in T)} | {sum(l['expect'] == 'flag' for l in T)} |")
    out += ["", "| scam type | test lines | payment | order | expect block | expect flag | structural only |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    for st in SCAM_TYPES:
        S = [l for l in test if l["scam_type"] == st]
        out.append(f"| `{st}` | {len(S)} | {sum(l['kind'] == 'payment' for l in S)} | "
                   f"{sum(l['kind'] == 'order' for l in S)} | {sum(l['expect'] == 'block' for l in S)} | "
                   f"{sum(l['expect'] == 'flag' for l in S)} | "
                   f"{sum(l['note'].startswith('Structural only:') for l in S)} |")
    ev = Counter(s for l in test for s in l["signals"] if s in SIG_EVASION)
    out += ["", "Evasion spellings on test lines: " +
            ", ".join(f"`{k}` {ev[k]}" for k in sorted(SIG_EVASION)) + "."]
    return "\n".join(out)


def check_readme(lines):
    if not os.path.exists(README):
        err("README.md", "missing")
        return
    text = open(README, encoding="utf-8").read()
    m = re.search(r"<!-- counts:begin -->\n(.*?)\n<!-- counts:end -->", text, re.S)
    if not m:
        err("README.md", "counts block markers missing")
    elif m.group(1).strip() != counts_block(lines).strip():
        err("README.md", "counts block is stale; paste the output of `python3 gen/validate.py --counts`")


# ----------------------------------------------------------------- main

def main():
    lines = []
    with open(CORPUS, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                err(f"line {n}", "blank line")
                continue
            lines.append(json.loads(raw))
    if "--counts" in sys.argv:
        print(counts_block(lines))
        return 0

    seen_ids, seen_req = set(), set()
    order_of_tenants = []
    state = {t: History(t) for t in TENANTS}
    last_ts = {}
    phase_seen = {}
    records = {t: set() for t in TENANTS}
    for line in lines:
        where = line.get("id", "?")
        check_common(line, where)
        t, phase, kind, r = line["tenant"], line["phase"], line["kind"], line["request"]
        if where in seen_ids:
            err(where, "duplicate line id")
        seen_ids.add(where)
        if not order_of_tenants or order_of_tenants[-1] != t:
            if t in order_of_tenants:
                err(where, "tenant lines are not grouped")
            order_of_tenants.append(t)
        rid = r.get("request_id") if kind == "payment" else r.get("record_id")
        if (t, kind, rid) in seen_req:
            err(where, f"duplicate request/record id {rid}")
        seen_req.add((t, kind, rid))
        if kind == "payment":
            check_payment_body(r, where, t)
            stamp = r["submitted_at"]
        else:
            check_order_body(r, where, t)
            stamp = r["received_at"]
        when = ts(stamp)
        if t in last_ts and when < last_ts[t]:
            err(where, "not in chronological order within the tenant")
        last_ts[t] = when
        if phase_seen.get(t) == "test" and phase == "history":
            err(where, "history line after a test line")
        phase_seen[t] = phase
        if phase == "history":
            if not (date(2026, 9, 1) <= when.date() <= date(2026, 10, 31)):
                err(where, "history outside Sep-Oct 2026")
            if off_hours(when):
                err(where, "history line outside office hours")
            hist_ev = evasion_signals(list(text_fields(r)))
            if hist_ev:
                err(where, f"history text shows {sorted(hist_ev)}")
            state[t].add(line)
        else:
            if not (date(2026, 11, 1) <= when.date() <= date(2026, 12, 31)):
                err(where, "test line outside Nov-Dec 2026")
            check_test_line(line, state[t], where, t, records[t])
        if kind == "order":
            records[t].add(r["record_id"])
            cc = r["customer"]["credit_code"]
            if cc and not uscc_ok(cc) and "invalid_credit_code" not in line["signals"]:
                err(where, "credit code fails its GB 32100-2015 check character")
    if order_of_tenants != TENANTS:
        err("file", f"tenants should appear as {TENANTS}, got {order_of_tenants}")
    test = [l for l in lines if l["phase"] == "test"]
    for st in SCAM_TYPES:
        if sum(l["scam_type"] == st for l in test) < 2:
            err("coverage", f"scam type {st} has fewer than two test lines")
    for s in SIG_EVASION:
        if not any(s in l["signals"] for l in test):
            err("coverage", f"no test line uses {s}")
    check_sample(lines)
    check_readme(lines)

    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print(f"{len(ERRORS)} error(s) in {len(lines)} lines")
        return 1
    c = Counter((l["phase"], l["label"]) for l in lines)
    print(f"OK: {len(lines)} lines ({c[('history', 'legit')]} history, {c[('test', 'scam')]} scam + "
          f"{c[('test', 'legit')]} legit test lines); all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
