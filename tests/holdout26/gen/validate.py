#!/usr/bin/env python3
"""Strict checker for holdout26.jsonl. Standard library only.

Checks
  * the line format of the shared corpus README (keys and order, enums, outcome only on
    history, ids unique and sequential, tenants grouped, chronological, history before test,
    date windows);
  * the wire contract of PRODUCT.md for every request body (field names, order and types,
    two-place decimal strings, total = sum of items, RFC 3339 +08:00, valid unified social
    credit codes unless the line is flagged invalid_credit_code, nobody approving their
    own request, phone-number ranges);
  * that the structural signals on test lines agree with the data (first_time_payee,
    personal_account, no_approval, account_changed_recent / _long_ago, duplicate_invoice,
    new_customer, off_hours) and that `expect: block` is set exactly when block_reasons()
    finds one of the README's hard-block conditions;
  * corpus-level proportions (sizes, scam share, types, hard negatives, evasion lines).

Exits non-zero on any violation and prints the count tables used in the README.
Run from tests/holdout26 as `python3 gen/validate.py` (or give the file as argument).
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout26.jsonl")

TENANTS = ["huoyan", "yinmian", "fengshou"]
# finance-office working days (0 = Monday) and hours, Beijing time
HOURS = {
    "huoyan": {"days": {0, 1, 2, 3, 4}, "start": 10, "end": 20},
    "yinmian": {"days": {0, 1, 2, 3, 4}, "start": 10, "end": 20},
    "fengshou": {"days": {0, 1, 2, 3, 4, 5}, "start": 10, "end": 20},
}
HOLIDAYS = {"2026-09-25"} | {"2026-10-%02d" % d for d in range(1, 8)}
HIST_FROM, HIST_TO = "2026-07-01", "2026-08-15"
TEST_FROM, TEST_TO = "2026-08-17", "2026-10-16"
MEANINGFUL = Decimal("10000.00")      # "meaningful amount" for the account-change block rule
RECENT_DAYS = 30

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
SIGNALS = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified
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
CHECKED_SIGNALS = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
                   "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^(1320000|1900000|1960000)\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_IN_TEXT = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# ----------------------------------------------------------------------------- text normalisation
# Our own small fold for the spellings this corpus uses; enough to decide the block rules.
TRAD = dict(zip("資帳賬戶轉將錢偵處經貴號無誤後補貼職業級關於發棉紡織廠請會計銀行遲認證凍結驗墊匯這時書",
                "资账账户转将钱侦处经贵号无误后补贴职业级关于发棉纺织厂请会计银行迟认证冻结验垫汇这时书"))
TRAD_MARKERS = set("資帳賬戶轉錢偵貴號誤補貼職業關於發紡織廠請會凍結驗墊匯這時")
HOMOPHONES = {"唰单": "刷单", "返力": "返利", "反利": "返利", "保正金": "保证金", "压金": "押金",
              "威信": "微信", "薇信": "微信", "扣扣": "qq", "银航卡": "银行卡", "验正码": "验证码"}
PINYIN = {"aqzh": "安全账户", "bzj": "保证金", "yhk": "银行卡", "dgzh": "对公账户", "sls": "刷流水",
          "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}
MIXED = {"验zi": "验资", "bao证金": "保证金", "保zj": "保证金", "zhuan账": "转账", "垫fu": "垫付"}
CJK = r"[\u4e00-\u9fff]"
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]")


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub("[\u200b-\u200f\u2060\ufeff]", "", t)
    t = "".join(TRAD.get(c, c) for c in t)
    t = t.replace("帐", "账")
    t = t.lower()
    for k, v in MIXED.items():
        t = t.replace(k, v)
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    for k, v in PINYIN.items():
        t = re.sub(r"(?<![a-z])%s(?![a-z])" % k, v, t)
    return t


def compact(text):
    t = normalise(text)
    t = EMOJI_RE.sub("", t)
    return re.sub(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]", "", t)


def views(*texts):
    joined = "\n".join(x for x in texts if x)
    return normalise(joined), compact(joined)


def has_any(vs, words):
    return [w for w in words if any(w in v for v in vs)]


SAFE_ACCOUNT = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用账户", "借用对公账户", "借用你们公户",
           "借用一下你们公户", "借你们公户", "借个公户", "刷流水", "寄u盾", "邮寄u盾", "出租账户"]
RATE_WORDS = ["任务", "刷单", "返利", "返现", "返佣", "充值", "解冻", "验资", "做单"]
BALANCE = ["余额", "可用资金", "能动用", "还有多少钱", "账上还有多少", "账上有多少", "头寸"]
PENDING = ["截图", "处理中", "延时到账", "延迟到账", "以实际到账为准", "未到账"]
REFUND_MEMO = ["退款", "多付", "多打", "多转", "重复支付", "重复付款", "原路退回", "误转"]

# ----------------------------------------------------------------------------- small helpers

ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


def parse_ts(s):
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def check_keys(lid, obj, keys, where, optional=()):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return False
    got = list(obj.keys())
    want = [k for k in keys] + [k for k in optional if k in obj]
    if got != want:
        err(lid, "%s keys %s, expected %s" % (where, got, want))
        return False
    return True


def check_money(lid, v, where, allow_null=False):
    if v is None and allow_null:
        return None
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(lid, "%s must be a decimal string with two places, got %r" % (where, v))
        return None
    try:
        return Decimal(v)
    except InvalidOperation:
        err(lid, "%s not a decimal" % where)
        return None


def check_ts(lid, v, where, allow_null=False):
    if v is None and allow_null:
        return None
    if not isinstance(v, str) or not TS_RE.match(v):
        err(lid, "%s must be RFC 3339 with +08:00, got %r" % (where, v))
        return None
    try:
        return parse_ts(v)
    except ValueError:
        err(lid, "%s invalid timestamp %r" % (where, v))
        return None


def check_phone(lid, v, where, allow_null=True):
    if v is None and allow_null:
        return
    if not isinstance(v, str) or not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        err(lid, "%s phone %r outside the allowed ranges" % (where, v))


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    r = 31 - s % 31
    return USCC_CHARS[0 if r == 31 else r] == code[17]


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


def off_hours(tenant, dt):
    h = HOURS[tenant]
    if dt.strftime("%Y-%m-%d") in HOLIDAYS:
        return True
    if dt.weekday() not in h["days"]:
        return True
    minutes = dt.hour * 60 + dt.minute
    return not (h["start"] * 60 <= minutes < h["end"] * 60)


# ----------------------------------------------------------------------------- request checks

def check_payment(lid, r):
    ok = check_keys(lid, r, PAY_KEYS, "payment request", optional=("verification",))
    if not ok:
        return
    for k in ("request_id",):
        if not isinstance(r[k], str) or not r[k]:
            err(lid, "%s missing" % k)
    check_ts(lid, r["submitted_at"], "submitted_at")
    if check_keys(lid, r["payer"], PAYER_KEYS, "payer"):
        if not ACCT_RE.match(r["payer"]["account_no"] or ""):
            err(lid, "payer.account_no must have 16-19 digits")
    pe = r["payee"]
    if check_keys(lid, pe, PAYEE_KEYS, "payee"):
        if not isinstance(pe["name"], str) or not pe["name"]:
            err(lid, "payee.name required")
        if not isinstance(pe["account_no"], str) or not ACCT_RE.match(pe["account_no"]):
            err(lid, "payee.account_no must have 16-19 digits")
        if pe["account_type"] not in ACCOUNT_TYPES:
            err(lid, "payee.account_type %r" % pe["account_type"])
        if pe["vendor_id"] is not None and not isinstance(pe["vendor_id"], str):
            err(lid, "payee.vendor_id type")
        check_phone(lid, pe["phone"], "payee.phone")
    amt = check_money(lid, r["amount"], "amount")
    if amt is not None and amt <= 0:
        err(lid, "amount must be positive")
    if r["currency"] != "CNY":
        err(lid, "currency")
    for k in ("purpose", "memo"):
        if not isinstance(r[k], str):
            err(lid, "%s must be a string" % k)
    ins = r["instruction"]
    if check_keys(lid, ins, INSTR_KEYS, "instruction"):
        if ins["channel"] not in CHANNELS:
            err(lid, "instruction.channel %r" % ins["channel"])
        if not isinstance(ins["urgent"], bool):
            err(lid, "instruction.urgent must be boolean")
        if not isinstance(ins["text"], str) or not ins["text"]:
            err(lid, "instruction.text must be a non-empty string")
        fc = ins["from_contact"]
        if isinstance(fc, str) and re.match(r"^[\d-]+$", fc):
            check_phone(lid, fc, "instruction.from_contact")
    if not isinstance(r["requested_by"], str):
        err(lid, "requested_by must be a string")
    if not isinstance(r["approved_by"], list) or any(not isinstance(x, str) for x in r["approved_by"]):
        err(lid, "approved_by must be a list of strings")
    elif r["requested_by"] in r["approved_by"]:
        err(lid, "requester %s approves their own request" % r["requested_by"])
    elif len(set(r["approved_by"])) != len(r["approved_by"]):
        err(lid, "approver listed twice")
    if check_keys(lid, r["related"], RELATED_KEYS, "related"):
        for k in RELATED_KEYS:
            if r["related"][k] is not None and not isinstance(r["related"][k], str):
                err(lid, "related.%s type" % k)
    check_ts(lid, r["payee_account_changed_at"], "payee_account_changed_at", allow_null=True)
    if "verification" in r:
        v = r["verification"]
        if check_keys(lid, v, VERIF_KEYS, "verification"):
            if not isinstance(v["callback_done"], bool):
                err(lid, "verification.callback_done must be boolean")
            check_phone(lid, v["callback_number"], "verification.callback_number", allow_null=False)
            va = check_ts(lid, v["verified_at"], "verification.verified_at")
            sa = check_ts(lid, r["submitted_at"], "submitted_at")
            if va and sa and va > sa:
                err(lid, "verification after submission")


def check_order(lid, r, signals):
    if not check_keys(lid, r, ORDER_KEYS, "order request"):
        return
    if not isinstance(r["record_id"], str) or not r["record_id"]:
        err(lid, "record_id missing")
    check_ts(lid, r["received_at"], "received_at")
    c = r["customer"]
    if check_keys(lid, c, CUST_KEYS, "customer"):
        if not isinstance(c["name"], str) or not c["name"]:
            err(lid, "customer.name required")
        if c["credit_code"] is not None:
            valid = uscc_ok(c["credit_code"])
            if "invalid_credit_code" in signals:
                if valid:
                    err(lid, "credit code is valid but line says invalid_credit_code")
            elif not valid:
                err(lid, "credit code %r has a wrong check character" % c["credit_code"])
        elif "invalid_credit_code" in signals:
            err(lid, "invalid_credit_code without a credit code")
        check_phone(lid, c["phone"], "customer.phone")
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items must be a non-empty list")
    else:
        for n, it in enumerate(r["items"]):
            if check_keys(lid, it, ITEM_KEYS, "items[%d]" % n):
                if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                    err(lid, "items[%d].quantity must be a decimal string" % n)
                    continue
                p = check_money(lid, it["unit_price"], "items[%d].unit_price" % n)
                if p is not None:
                    total += Decimal(it["quantity"]) * p
    t = check_money(lid, r["total_amount"], "total_amount")
    if t is not None and t != total:
        err(lid, "total_amount %s != sum of items %s" % (t, total))
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["channel"] not in CHANNELS:
        err(lid, "channel %r" % r["channel"])
    if check_keys(lid, r["delivery"], DELIV_KEYS, "delivery"):
        if r["delivery"]["deadline"] is not None and not DATE_RE.match(r["delivery"]["deadline"]):
            err(lid, "delivery.deadline must be YYYY-MM-DD")
    tp = r["third_party"]
    if tp is not None and check_keys(lid, tp, TP_KEYS, "third_party"):
        if tp["role"] not in TP_ROLES:
            err(lid, "third_party.role %r" % tp["role"])
        check_money(lid, tp["amount"], "third_party.amount", allow_null=True)
        if isinstance(tp["contact"], str) and re.match(r"^[\d-]+$", tp["contact"]):
            check_phone(lid, tp["contact"], "third_party.contact")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested must be a list")
    else:
        for n, f in enumerate(r["fees_requested"]):
            if check_keys(lid, f, FEE_KEYS, "fees_requested[%d]" % n):
                check_money(lid, f["amount"], "fees_requested[%d].amount" % n)
    if not isinstance(r["notes"], str):
        err(lid, "notes must be a string")


# ----------------------------------------------------------------------------- history context

class Ctx:
    def __init__(self):
        self.accounts = set()         # payee accounts paid in history
        self.invoices = set()         # invoice numbers paid in history
        self.customers = {}           # customer_id -> name (history orders)
        self.customer_names = set()
        self.vendor_accounts = {}     # vendor_id -> last account in history
        self.orders = {}              # record_id -> order request (all phases, for links)

    def add_history(self, kind, r):
        if kind == "payment":
            self.accounts.add(r["payee"]["account_no"])
            inv = r["related"]["invoice_no"]
            if inv:
                self.invoices.add(inv)
            if r["payee"]["vendor_id"]:
                self.vendor_accounts[r["payee"]["vendor_id"]] = r["payee"]["account_no"]
        else:
            c = r["customer"]
            if c["customer_id"]:
                self.customers[c["customer_id"]] = c["name"]
            self.customer_names.add(c["name"])


def computed_signals(tenant, kind, r, ctx):
    s = set()
    if kind == "payment":
        dt = parse_ts(r["submitted_at"])
        if r["payee"]["account_no"] not in ctx.accounts:
            s.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            s.add("personal_account")
        if not r["approved_by"]:
            s.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            delta = dt - parse_ts(ch)
            if delta < timedelta(0):
                s.add("_changed_in_future")
            elif delta <= timedelta(days=RECENT_DAYS):
                s.add("account_changed_recent")
            else:
                s.add("account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.invoices:
            s.add("duplicate_invoice")
    else:
        dt = parse_ts(r["received_at"])
        if r["customer"]["customer_id"] is None:
            s.add("new_customer")
    if off_hours(tenant, dt):
        s.add("off_hours")
    return s


def order_cleared(o):
    v = views(o["payment_terms"], o["notes"])
    return bool(has_any(v, ["已到账"])) and not has_any(v, PENDING)


def block_reasons(tenant, kind, r, ctx):
    """The README's hard-block conditions, decided from the data alone."""
    reasons = []
    if kind == "payment":
        pe = r["payee"]
        amount = Decimal(r["amount"])
        first = pe["account_no"] not in ctx.accounts
        vs = views(r["purpose"], r["memo"], r["instruction"]["text"])
        memo_vs = views(r["purpose"], r["memo"])
        # 1 safe / national / supervised account, fund verification
        if has_any(vs, SAFE_ACCOUNT):
            reasons.append("safe_account")
        # 2 lending the company account / pass-through
        if has_any(vs, LENDING):
            reasons.append("account_lending")
        # 3 refund to an account other than the payer's, or before the money cleared
        if has_any(memo_vs, REFUND_MEMO):
            if pe["name"] not in ctx.customer_names or pe["account_type"] == "personal" or has_any(vs, PENDING):
                reasons.append("refund_other_or_uncleared")
        # 4 paying a customer-designated supplier before the customer's money arrived
        oid = r["related"]["order_id"]
        if oid and oid in ctx.orders:
            o = ctx.orders[oid]
            tp = o["third_party"]
            if tp and tp["role"] == "designated_supplier":
                for_it = pe["name"] == tp["name"] or r["purpose"] in ("代采购", "代购", "垫付")
                if for_it and (not order_cleared(o) or has_any(vs, PENDING)):
                    reasons.append("designated_supplier_prepay")
        # 5 first meaningful payment to an account changed within 30 days
        ch = r["payee_account_changed_at"]
        if ch and first and amount >= MEANINGFUL:
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if timedelta(0) <= delta <= timedelta(days=RECENT_DAYS):
                reasons.append("recent_account_change")
        # 6 boss instruction by IM / e-mail, no approval, balance probe, first-time payee
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first \
                and has_any(views(r["instruction"]["text"]), BALANCE):
            reasons.append("boss_balance_probe")
        # 7 personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if pe["account_type"] == "personal" and has_any(vs, RATE_WORDS):
            reasons.append("personal_rebate_words")
        # 8 invoice already paid
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.invoices:
            reasons.append("invoice_already_paid")
        # 9 salary to a non-employee account, or several employees to one account
        if r["purpose"] == "工资" and not (pe["vendor_id"] or "").startswith("PAY-"):
            m_many = re.search(r"（(\d+)人", r["memo"])
            m_one = re.search(r"员工：([^）]+)）", r["memo"])
            if m_many and int(m_many.group(1)) > 1:
                reasons.append("salary_shared_account")
            elif m_one:
                if m_one.group(1).strip() != pe["name"]:
                    reasons.append("salary_not_employee")
            else:
                reasons.append("_salary_memo_unparsed")
    else:
        vs = views(r["payment_terms"], r["notes"], *[f["reason"] for f in r["fees_requested"]])
        tp = r["third_party"]
        if has_any(vs, SAFE_ACCOUNT):
            reasons.append("safe_account")
        if has_any(vs, LENDING) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and has_any(vs, PENDING) and not order_cleared(r):
            reasons.append("designated_supplier_prepay")
    return reasons


# ----------------------------------------------------------------------------- evasion evidence

def evasion_evidence(sig, text):
    if sig == "evasion_traditional":
        return any(c in TRAD_MARKERS for c in text)
    if sig == "evasion_fullwidth":
        return any("\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a" for c in text)
    if sig == "evasion_spacing":
        return re.search(r"%s[ \u3000]%s[ \u3000]%s" % (CJK, CJK, CJK), text) is not None
    if sig == "evasion_pinyin":
        low = text.lower()
        return any(re.search(r"(?<![a-z])%s(?![a-z])" % k, low) for k in PINYIN) or any(k in low for k in MIXED)
    if sig == "evasion_homophone":
        return any(k in text for k in HOMOPHONES)
    if sig == "evasion_symbols":
        return re.search(r"%s%s+%s" % (CJK, EMOJI_RE.pattern, CJK), text) is not None
    return False


# ----------------------------------------------------------------------------- main

def main(path):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\n"):
        err("file", "must end with a newline")
    text = raw.decode("utf-8")
    lines = []
    for n, ln in enumerate(text.split("\n")[:-1], 1):
        if not ln.strip():
            err("line %d" % n, "blank line")
            continue
        try:
            obj = json.loads(ln, object_pairs_hook=OrderedDict)
        except ValueError as e:
            err("line %d" % n, "bad JSON: %s" % e)
            continue
        lines.append(obj)

    ids = set()
    rids = defaultdict(set)
    seen_tenants = []
    per_tenant = defaultdict(list)
    for obj in lines:
        lid = obj.get("id", "?")
        keys = list(obj.keys())
        phase = obj.get("phase")
        if phase == "history" and keys != LINE_KEYS_H:
            err(lid, "line keys %s" % keys)
            continue
        if phase == "test" and keys != LINE_KEYS_T:
            err(lid, "line keys %s" % keys)
            continue
        if phase not in ("history", "test"):
            err(lid, "phase %r" % phase)
            continue
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        t = obj["tenant"]
        if t not in TENANTS:
            err(lid, "unknown tenant %r" % t)
            continue
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(lid, "tenant %s not grouped" % t)
            seen_tenants.append(t)
        per_tenant[t].append(obj)
        if obj["kind"] not in ("payment", "order"):
            err(lid, "kind %r" % obj["kind"])
        if obj["label"] not in ("legit", "scam"):
            err(lid, "label %r" % obj["label"])
        if obj["expect"] not in ("allow", "flag", "block"):
            err(lid, "expect %r" % obj["expect"])
        if obj["label"] == "legit":
            if obj["scam_type"] is not None or obj["expect"] != "allow":
                err(lid, "legit lines need scam_type null and expect allow")
        else:
            if obj["scam_type"] not in SCAM_TYPES:
                err(lid, "scam_type %r" % obj["scam_type"])
            if obj["expect"] not in ("flag", "block"):
                err(lid, "scam line with expect %r" % obj["expect"])
        if phase == "history":
            if obj["outcome"] != "executed" or obj["label"] != "legit":
                err(lid, "history lines are legit and executed")
            if obj["signals"]:
                err(lid, "history lines carry no signals")
        if not isinstance(obj["signals"], list) or any(s not in SIGNALS for s in obj["signals"]):
            err(lid, "signals outside the vocabulary: %s" % [s for s in obj["signals"] if s not in SIGNALS])
        if len(set(obj["signals"])) != len(obj["signals"]):
            err(lid, "signal repeated")
        note = obj["note"]
        if not isinstance(note, str) or not note.endswith("."):
            err(lid, "note must be one sentence ending with a full stop")
        if phase == "test" and obj["label"] == "legit":
            if note.startswith("Routine: "):
                if obj["signals"]:
                    err(lid, "routine line with signals")
            elif note.startswith("Hard negative: "):
                if not obj["signals"]:
                    err(lid, "hard negative without signals")
            else:
                err(lid, "legit test note must start with Routine: or Hard negative:")
        if obj["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
            err(lid, "scam note with a legit prefix")
        if phase == "history" and (note.startswith("Routine:") or note.startswith("Hard negative:")
                                   or note.startswith("Structural only:")):
            err(lid, "history note with a test prefix")
        m = re.match(r"^([a-z]+)-([ht])(\d{3})$", lid)
        if not m or m.group(1) != t or m.group(2) != phase[0]:
            err(lid, "id format")
        r = obj["request"]
        if obj["kind"] == "payment":
            check_payment(lid, r)
            rid = r.get("request_id")
        else:
            check_order(lid, r, obj["signals"])
            rid = r.get("record_id")
        if rid in rids[(t, obj["kind"])]:
            err(lid, "request id %s reused" % rid)
        rids[(t, obj["kind"])].add(rid)
        for s in all_strings(r):
            for mm in MOBILE_IN_TEXT.findall(s):
                if not MOBILE_RE.match(mm):
                    err(lid, "mobile %s in text outside the allowed ranges" % mm)
            for mm in LANDLINE_IN_TEXT.findall(s):
                if not LANDLINE_RE.match(mm):
                    err(lid, "landline %s in text outside the allowed pattern" % mm)

    if seen_tenants != TENANTS:
        err("file", "tenants in order %s, expected %s" % (seen_tenants, TENANTS))
    if ERRORS:
        return report()

    # per tenant: ordering, windows, history context, signals, block
    stats = {}
    type_stats = defaultdict(Counter)
    evasion_lines = Counter()
    evasion_total = 0
    for t in TENANTS:
        ctx = Ctx()
        for obj in per_tenant[t]:
            if obj["kind"] == "order":
                ctx.orders[obj["request"]["record_id"]] = obj["request"]
        prev = None
        seen_test = False
        st = Counter()
        for obj in per_tenant[t]:
            lid, r, kind, phase = obj["id"], obj["request"], obj["kind"], obj["phase"]
            stamp = r["submitted_at"] if kind == "payment" else r["received_at"]
            dt = parse_ts(stamp)
            day = stamp[:10]
            if prev and dt < prev:
                err(lid, "not chronological within tenant")
            prev = dt
            if phase == "history":
                if seen_test:
                    err(lid, "history after test")
                if not (HIST_FROM <= day <= HIST_TO):
                    err(lid, "history date %s outside %s..%s" % (day, HIST_FROM, HIST_TO))
            else:
                seen_test = True
                if not (TEST_FROM <= day <= TEST_TO):
                    err(lid, "test date %s outside %s..%s" % (day, TEST_FROM, TEST_TO))
            if kind == "payment":
                ch = r["payee_account_changed_at"]
                if ch and parse_ts(ch) > dt:
                    err(lid, "account change recorded after the request")
                vid = r["payee"]["vendor_id"]
                if phase == "test" and vid in ctx.vendor_accounts and \
                        ctx.vendor_accounts[vid] != r["payee"]["account_no"] and not ch:
                    err(lid, "vendor %s has a new account but no payee_account_changed_at" % vid)
            else:
                cid = r["customer"]["customer_id"]
                if phase == "test" and cid is not None and cid not in ctx.customers:
                    err(lid, "customer_id %s has no history" % cid)
                if cid is not None and cid in ctx.customers and ctx.customers[cid] != r["customer"]["name"]:
                    err(lid, "customer_id %s with a different name" % cid)
            reasons = block_reasons(t, kind, r, ctx)
            if any(x.startswith("_") for x in reasons):
                err(lid, "undecidable block data: %s" % reasons)
            if phase == "history":
                if reasons:
                    err(lid, "history line meets a block condition: %s" % reasons)
                ctx.add_history(kind, r)
                st["history_" + kind] += 1
                continue
            comp = computed_signals(t, kind, r, ctx)
            if "_changed_in_future" in comp:
                err(lid, "account changed after the request")
            sig = set(obj["signals"])
            for s in CHECKED_SIGNALS:
                if (s in comp) != (s in sig):
                    err(lid, "signal %s: data says %s, line says %s" % (s, s in comp, s in sig))
            want_block = bool(reasons)
            if want_block != (obj["expect"] == "block"):
                err(lid, "expect %s but block_reasons() = %s" % (obj["expect"], reasons))
            if obj["label"] == "legit" and reasons:
                err(lid, "legitimate line meets a block condition")
            # evasion signals need visible evidence
            alltext = "\n".join(all_strings(r))
            ev = [s for s in sig if s.startswith("evasion_")]
            for s in ev:
                if not evasion_evidence(s, alltext):
                    err(lid, "%s without evidence in the text" % s)
            if ev and obj["label"] != "scam":
                err(lid, "evasion spelling on a legitimate line")
            if ev:
                evasion_total += 1
                for s in ev:
                    evasion_lines[s] += 1
            st["test"] += 1
            st["test_" + kind] += 1
            if obj["expect"] == "block":
                st["block"] += 1
            if obj["label"] == "scam":
                st["scam"] += 1
                ts_ = type_stats[obj["scam_type"]]
                ts_["lines"] += 1
                ts_[obj["expect"]] += 1
                if obj["note"].startswith("Structural only: "):
                    ts_["structural"] += 1
                    st["structural"] += 1
            else:
                st["legit"] += 1
                if obj["note"].startswith("Hard negative: "):
                    st["hard"] += 1
                else:
                    st["routine"] += 1
        stats[t] = st

    # corpus-level proportions
    tot = sum((stats[t] for t in TENANTS), Counter())
    hist = tot["history_payment"] + tot["history_order"]
    if not (40 <= hist <= 46):
        err("corpus", "history lines %d outside about 40-45" % hist)
    if not (100 <= tot["test"] <= 110):
        err("corpus", "test lines %d outside 100-110" % tot["test"])
    share = tot["scam"] / float(tot["test"])
    if not (0.36 <= share <= 0.45):
        err("corpus", "scam share %.2f not about 40%%" % share)
    if not (25 <= tot["block"] <= 30):
        err("corpus", "expect block %d outside 25-30" % tot["block"])
    if tot["hard"] * 3 < tot["legit"] * 2:
        err("corpus", "hard negatives %d are less than two thirds of %d legit lines" % (tot["hard"], tot["legit"]))
    for st_ in SCAM_TYPES:
        n = type_stats[st_]["lines"]
        if not (3 <= n <= 5):
            err("corpus", "scam type %s has %d lines (want 3-5)" % (st_, n))
    if not (8 <= evasion_total <= 10):
        err("corpus", "%d scam lines use evasion spellings (want 8-10)" % evasion_total)
    if tot["structural"] < 3:
        err("corpus", "too few Structural only scams")

    print_tables(stats, type_stats, evasion_lines, evasion_total)
    return report()


def print_tables(stats, type_stats, evasion_lines, evasion_total):
    print("| tenant | history payment/order | test | scams | legit | hard negatives | routine | expect block | test payments/orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = Counter()
    for t in TENANTS:
        s = stats[t]
        tot += s
        print("| %s | %d / %d | %d | %d | %d | %d | %d | %d | %d / %d |" % (
            t, s["history_payment"], s["history_order"], s["test"], s["scam"], s["legit"], s["hard"],
            s["routine"], s["block"], s["test_payment"], s["test_order"]))
    s = tot
    print("| **total** | %d / %d | %d | %d | %d | %d | %d | %d | %d / %d |" % (
        s["history_payment"], s["history_order"], s["test"], s["scam"], s["legit"], s["hard"],
        s["routine"], s["block"], s["test_payment"], s["test_order"]))
    print()
    print("| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    for st_ in SCAM_TYPES:
        c = type_stats[st_]
        print("| `%s` | %d | %d | %d | %d |" % (st_, c["lines"], c["block"], c["flag"], c["structural"]))
    print()
    print("evasion lines: %d; by spelling: %s" % (evasion_total, dict(sorted(evasion_lines.items()))))


def report():
    if ERRORS:
        for e in ERRORS:
            print("ERROR " + e)
        print("%d error(s)" % len(ERRORS))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
