#!/usr/bin/env python3
"""Independent checks for holdout31.jsonl (standard library only).

Checks the file format of the corpus README, recomputes the structural signals
from the data and compares them with the labels, and recomputes for every
`expect: block` line why it carries a hard-block signal (block_reasons).
Prints counts; exits non-zero on any failure.

Usage: python3 validate.py [path/to/holdout31.jsonl]
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout31.jsonl")

TOP_KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_KEYS_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
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

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
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
evasion_symbols
""".split())

# Structural signals recomputed from the data and required to agree with the labels (both ways).
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours",
              "im_instruction", "email_instruction", "phone_instruction", "letter_instruction", "sales_order_linked"]

# Office hours 10:00-20:00 Beijing time on working days. Public holidays that fall in or next to the
# corpus period (Dragon Boat 2026-06-19, Mid-Autumn 2026-09-25..27, National Day 2026-10-01..07).
HOLIDAYS = {date(2026, 6, 19), date(2026, 9, 25), date(2026, 9, 26), date(2026, 9, 27)} | \
           {date(2026, 10, d) for d in range(1, 8)}
MEANINGFUL_AMOUNT = Decimal("10000.00")

RE_AMOUNT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE = re.compile(r"^1(61|63|64)0000\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_valid(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


# ---------------------------------------------------------------- text normalisation
TRAD = {"帳": "账", "賬": "账", "戶": "户", "轉": "转", "匯": "汇", "證": "证", "資": "资", "驗": "验", "結": "结",
        "凍": "冻", "審": "审", "計": "计", "變": "变", "為": "为", "舊": "旧", "銷": "销", "貨": "货", "請": "请",
        "號": "号", "額": "额", "預": "预", "訂": "订", "團": "团", "間": "间", "費": "费", "務": "务", "業": "业",
        "經": "经", "單": "单", "錢": "钱", "確": "确", "認": "认", "總": "总", "處": "处", "與": "与", "時": "时",
        "隊": "队", "這": "这", "們": "们", "個": "个", "會": "会", "將": "将", "條": "条", "電": "电", "還": "还",
        "營": "营", "當": "当", "銀": "银", "行": "行", "臺": "台", "灣": "湾", "絲": "丝", "啟": "启", "組": "组",
        "疆": "疆", "於": "于", "覆": "复", "黃": "黄", "郵": "邮", "價": "价", "標": "标", "準": "准", "額": "额",
        "儲": "储", "帶": "带", "齊": "齐", "讓": "让", "聯": "联", "繫": "系"}
TRAD_ONLY = {k for k, v in TRAD.items() if k != v}
HOMOPHONES = {"返力": "返利", "反利": "返利", "唰单": "刷单", "威信": "微信", "薇信": "微信", "徽信": "微信",
              "保正金": "保证金", "保症金": "保证金", "压金": "押金", "扣扣": "QQ", "绿泡泡": "微信"}
INITIALISMS = {"aqzh": "安全账户", "dgzh": "对公账户", "yhk": "银行卡", "sls": "刷流水", "bzj": "保证金",
               "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}
RE_INITIALISM = re.compile(r"(?<![a-z])(%s)(?![a-z])" % "|".join(INITIALISMS))
SEPARATORS = set(" \u3000\t\n·•.,，。、-_/\\|*~#@+")


def normalize(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(TRAD.get(c, c) for c in s)
    s = s.lower()
    for k, v in HOMOPHONES.items():
        s = s.replace(k.lower(), v)
    s = RE_INITIALISM.sub(lambda m: INITIALISMS[m.group(1)], s)
    return s


def compact(s):
    return "".join(c for c in s if c not in SEPARATORS)


def text_of(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r.get("purpose"), r.get("memo"), r["instruction"].get("text")]
    else:
        parts = [r.get("payment_terms"), r.get("notes")]
    return "\n".join(p for p in parts if p)


def views(line):
    n = normalize(text_of(line))
    return n, compact(n)


def has_any(line, words):
    n, c = views(line)
    return [w for w in words if w in n or w in c]


# ---------------------------------------------------------------- keyword sets used by block_reasons
SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "过账", "借用公户", "借用对公账户", "借用账户", "刷流水", "做流水", "邮寄u盾", "出租账户"]
RE_LEND = re.compile(r"(走|过)一下账")
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资"]
BALANCE_WORDS = ["余额", "可用资金", "账上还有", "资金情况", "还有多少钱"]
REFUND_WORDS = ["退款", "退还", "退回", "退到", "退给", "退一下"]
RE_PENDING = re.compile(r"截图|处理中|延迟到账|以实际到账为准|还没到账|未[^，。；\n]{0,8}到账")
RE_PAYFIRST = re.compile(r"先垫|垫付|垫上|先付|先把|先帮|先交|先转|帮忙垫")
RE_ORIG_ACCT = re.compile(r"原付款账户[：:]\s*(\d{16,19})")
SALARY_WORDS = ["工资", "薪", "劳务费", "日薪"]
RE_EMPLOYEE = re.compile(r"员工[：:]\s*([^，,）)\s]+)")
RE_HEADCOUNT = re.compile(r"(\d+)人")


def parse_ts(s):
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def is_off_hours(s):
    t = parse_ts(s)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    return not (10 <= t.hour < 20)


class Context:
    """Per-tenant history, built from history lines only (test lines never enter history)."""

    def __init__(self):
        self.paid_accounts = defaultdict(set)
        self.paid_invoices = defaultdict(set)
        self.orders = defaultdict(dict)   # tenant -> record_id -> line (history and test, seen so far)

    def add(self, line):
        t = line["tenant"]
        r = line["request"]
        if line["kind"] == "order":
            self.orders[t][r["record_id"]] = line
        if line["phase"] != "history":
            return
        if line["kind"] == "payment":
            self.paid_accounts[t].add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                self.paid_invoices[t].add(r["related"]["invoice_no"])


def structural(line, ctx):
    """The structural signals, recomputed from the data."""
    r = line["request"]
    t = line["tenant"]
    out = set()
    if line["kind"] == "payment":
        pe = r["payee"]
        if pe["account_no"] not in ctx.paid_accounts[t]:
            out.add("first_time_payee")
        if pe["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if timedelta(0) <= delta <= timedelta(days=30):
                out.add("account_changed_recent")
            elif delta > timedelta(days=90):
                out.add("account_changed_long_ago")
            else:
                out.add("?account_change_ambiguous")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.paid_invoices[t]:
            out.add("duplicate_invoice")
        if r["related"]["order_id"]:
            out.add("sales_order_linked")
        chmap = {"im": "im_instruction", "email": "email_instruction", "phone": "phone_instruction",
                 "letter": "letter_instruction"}
        if r["instruction"]["channel"] in chmap:
            out.add(chmap[r["instruction"]["channel"]])
        if is_off_hours(r["submitted_at"]):
            out.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        if is_off_hours(r["received_at"]):
            out.add("off_hours")
    return out


def block_reasons(line, ctx=None):
    """Why this line carries a hard-block signal of the corpus README's list, recomputed from the data.
    Returns a list of (code, explanation). `ctx` holds the tenant's history (built in file order)."""
    ctx = ctx or CTX
    r = line["request"]
    t = line["tenant"]
    out = []
    n, c = views(line)
    if line["kind"] == "payment":
        pe = r["payee"]
        first = pe["account_no"] not in ctx.paid_accounts[t]
        amount = Decimal(r["amount"])
        # H1 safe / national / supervised account, fund verification
        w = has_any(line, SAFE_WORDS)
        if w:
            out.append(("H1_safe_account", "transfer for %s" % "/".join(w)))
        # H2 lend the company account / pass money through it
        w = has_any(line, LEND_WORDS)
        if w or RE_LEND.search(n) or RE_LEND.search(c):
            out.append(("H2_account_lending", "account-lending words %s" % ("/".join(w) or RE_LEND.pattern)))
        # H3 refund to another account than the one that paid, or before the money has cleared
        pm = normalize((r.get("purpose") or "") + (r.get("memo") or ""))
        if any(x in pm for x in REFUND_WORDS):
            m = RE_ORIG_ACCT.search(n)
            if m and m.group(1) != pe["account_no"]:
                out.append(("H3_refund_other_account", "refund to %s, original payer %s" % (pe["account_no"], m.group(1))))
            if RE_PENDING.search(n):
                out.append(("H3_refund_before_cleared", "refund while the incoming money is unconfirmed"))
        # H4 pay a customer-designated supplier for the customer's own order before its money arrived
        oid = r["related"]["order_id"]
        o = ctx.orders[t].get(oid) if oid else None
        if o is not None:
            otp = o["request"]["third_party"]
            if (otp and otp["role"] == "designated_supplier" and otp["name"] == pe["name"]
                    and o["request"]["customer"]["customer_id"] is None and RE_PENDING.search(n)):
                out.append(("H4_designated_supplier_prepay",
                            "pays %s named by new customer of %s; customer money only pending/screenshot" % (pe["name"], oid)))
        # H5 first meaningful payment to a supplier account changed within 30 days
        ch = r["payee_account_changed_at"]
        if ch and first and amount >= MEANINGFUL_AMOUNT:
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if timedelta(0) <= delta <= timedelta(days=30):
                out.append(("H5_recent_account_change", "first payment %s, account changed %d days before" % (r["amount"], delta.days)))
        # H6 boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first:
            w = has_any(line, BALANCE_WORDS)
            if w:
                out.append(("H6_boss_balance_probe", "IM/e-mail instruction, no approval, balance probe %s, first-time payee" % "/".join(w)))
        # H7 personal payee with task/top-up/rebate/unfreezing/capital-verification words
        if pe["account_type"] == "personal":
            w = has_any(line, TASK_WORDS)
            if w:
                out.append(("H7_personal_task_words", "personal payee with %s" % "/".join(w)))
        # H8 invoice already paid
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.paid_invoices[t]:
            out.append(("H8_duplicate_invoice", "invoice %s already paid" % inv))
        # H9 salary to a non-employee account or several employees to one account
        memo = r.get("memo") or ""
        if pe["account_type"] == "personal" and any(x in (r.get("purpose") or "") + memo for x in SALARY_WORDS):
            m = RE_EMPLOYEE.search(memo)
            if m and m.group(1) != pe["name"]:
                out.append(("H9_salary_not_employee", "salary of %s paid to %s" % (m.group(1), pe["name"])))
            m = RE_HEADCOUNT.search(memo)
            if m and int(m.group(1)) >= 2:
                out.append(("H9_salary_shared_account", "%s employees paid to one personal account" % m.group(1)))
    else:
        tpd = r["third_party"]
        # H2 for orders
        w = has_any(line, LEND_WORDS)
        if w or RE_LEND.search(n) or RE_LEND.search(c):
            out.append(("H2_account_lending", "order asks to pass money through the account"))
        # H3 for orders: refund recipient other than the customer
        if tpd and tpd["role"] == "refund_recipient" and tpd["name"] != r["customer"]["name"]:
            out.append(("H3_refund_other_account", "refund of %s asked to %s, not the customer" % (tpd["amount"], tpd["name"])))
        # H4 for orders: designated supplier, pay first, backed only by a screenshot / pending transfer
        if tpd and tpd["role"] == "designated_supplier" and RE_PENDING.search(n) and RE_PAYFIRST.search(n):
            out.append(("H4_designated_supplier_prepay", "asks us to pay %s first, customer money only a screenshot" % tpd["name"]))
    return out


CTX = Context()


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []

    def err(self, lid, msg):
        self.errors.append("%s: %s" % (lid, msg))

    def keys(self, lid, obj, expected, what, optional_tail=()):
        ks = list(obj.keys())
        if ks != expected and ks != expected + [k for k in optional_tail if k in obj]:
            self.err(lid, "%s key order %s != %s" % (what, ks, expected))


def check_phone(ck, lid, v, what, allow_none=True):
    if v is None:
        if not allow_none:
            ck.err(lid, "%s missing" % what)
        return
    if not (RE_MOBILE.match(v) or RE_LANDLINE.match(v)):
        ck.err(lid, "%s %r is not a 16x0000xxxx mobile or area-0000xxx landline" % (what, v))


def evasion_present(line):
    raw = text_of(line)
    if line["kind"] == "order":
        raw += "\n" + line["request"]["customer"]["name"] + "\n" + "\n".join(i["product"] for i in line["request"]["items"])
    found = set()
    if any(0xFF10 <= ord(ch) <= 0xFF19 or 0xFF21 <= ord(ch) <= 0xFF3A or 0xFF41 <= ord(ch) <= 0xFF5A for ch in raw):
        found.add("evasion_fullwidth")
    if any(ch in TRAD_ONLY for ch in raw):
        found.add("evasion_traditional")
    if any(k in raw for k in HOMOPHONES):
        found.add("evasion_homophone")
    if RE_INITIALISM.search(raw.lower()) and re.search(r"(?<![A-Za-z])(%s)(?![A-Za-z])" % "|".join(INITIALISMS), raw, re.I):
        found.add("evasion_pinyin")
    if re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", raw):
        found.add("evasion_spacing")
    if re.search(r"[\u4e00-\u9fff][/\-\*·•~][\u4e00-\u9fff]", raw):
        found.add("evasion_symbols")
    return found


def main(path):
    ck = Checker()
    raw = open(path, "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        ck.err("file", "does not end with a newline")
    lines = [json.loads(l, object_pairs_hook=OrderedDict) for l in text.splitlines()]

    ids, rids = set(), set()
    tenant_order = []
    last_ts = {}
    phase_seen_test = set()
    stats = defaultdict(Counter)
    type_stats = defaultdict(Counter)
    reason_counts = Counter()
    evasion_lines = []
    block_lines = []

    for line in lines:
        lid = line.get("id", "?")
        t = line.get("tenant")
        phase = line.get("phase")
        # ---- top level
        ck.keys(lid, line, TOP_KEYS_HISTORY if phase == "history" else TOP_KEYS_TEST, "top-level")
        if lid in ids:
            ck.err(lid, "duplicate id")
        ids.add(lid)
        if not re.match(r"^%s-%s\d{3}$" % (re.escape(t), "h" if phase == "history" else "t"), lid):
            ck.err(lid, "id does not match tenant/phase")
        if not tenant_order or tenant_order[-1] != t:
            if t in tenant_order:
                ck.err(lid, "tenant lines not grouped")
            tenant_order.append(t)
        if phase not in ("history", "test"):
            ck.err(lid, "bad phase")
        if phase == "history" and t in phase_seen_test:
            ck.err(lid, "history line after a test line of the same tenant")
        if phase == "test":
            phase_seen_test.add(t)
        kind = line["kind"]
        if kind not in ("payment", "order"):
            ck.err(lid, "bad kind")
        label, st, expect = line["label"], line["scam_type"], line["expect"]
        if label == "legit":
            if st is not None or expect != "allow":
                ck.err(lid, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if st not in SCAM_TYPES or expect not in ("flag", "block"):
                ck.err(lid, "scam line needs a scam_type and expect flag/block")
            if phase != "test":
                ck.err(lid, "scam in history")
        else:
            ck.err(lid, "bad label")
        if phase == "history":
            if line.get("outcome") != "executed" or label != "legit" or expect != "allow":
                ck.err(lid, "history must be legit/allow/executed")
            if line["signals"]:
                ck.err(lid, "history lines carry no signals")
        elif "outcome" in line:
            ck.err(lid, "outcome on a test line")
        for s in line["signals"]:
            if s not in VOCAB:
                ck.err(lid, "signal %r not in the README vocabulary" % s)
        if len(set(line["signals"])) != len(line["signals"]):
            ck.err(lid, "duplicate signals")
        note = line["note"]
        if not note or not note.strip():
            ck.err(lid, "empty note")

        r = line["request"]
        # ---- request body
        if kind == "payment":
            ck.keys(lid, r, PAY_KEYS, "payment", PAY_OPTIONAL_TAIL)
            ck.keys(lid, r["payer"], PAYER_KEYS, "payer")
            ck.keys(lid, r["payee"], PAYEE_KEYS, "payee")
            ck.keys(lid, r["instruction"], INSTR_KEYS, "instruction")
            ck.keys(lid, r["related"], RELATED_KEYS, "related")
            rid, ts = r["request_id"], r["submitted_at"]
            for who in ("payer", "payee"):
                if not RE_ACCT.match(r[who]["account_no"]):
                    ck.err(lid, "%s account %r not 16-19 digits" % (who, r[who]["account_no"]))
            if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                ck.err(lid, "bad account_type")
            if not RE_AMOUNT.match(r["amount"]):
                ck.err(lid, "amount %r" % r["amount"])
            if r["currency"] != "CNY":
                ck.err(lid, "currency")
            if r["instruction"]["channel"] not in CHANNELS:
                ck.err(lid, "bad channel")
            if not isinstance(r["instruction"]["urgent"], bool):
                ck.err(lid, "urgent not bool")
            if r["requested_by"] in r["approved_by"]:
                ck.err(lid, "requester approves own request")
            if len(set(r["approved_by"])) != len(r["approved_by"]):
                ck.err(lid, "duplicate approver")
            if r["payee_account_changed_at"] is not None and not RE_TS.match(r["payee_account_changed_at"]):
                ck.err(lid, "bad payee_account_changed_at")
            check_phone(ck, lid, r["payee"]["phone"], "payee.phone")
            fc = r["instruction"]["from_contact"]
            if fc and re.match(r"^[\d-]+$", fc):
                check_phone(ck, lid, fc, "instruction.from_contact")
            if "verification" in r:
                v = r["verification"]
                ck.keys(lid, v, VERIF_KEYS, "verification")
                check_phone(ck, lid, v["callback_number"], "verification.callback_number")
                if not RE_TS.match(v["verified_at"]):
                    ck.err(lid, "bad verified_at")
            body_text = " ".join([r["memo"] or "", r["instruction"]["text"] or ""])
        else:
            ck.keys(lid, r, ORDER_KEYS, "order")
            ck.keys(lid, r["customer"], CUST_KEYS, "customer")
            ck.keys(lid, r["delivery"], DELIV_KEYS, "delivery")
            rid, ts = r["record_id"], r["received_at"]
            total = Decimal("0")
            for it in r["items"]:
                ck.keys(lid, it, ITEM_KEYS, "item")
                if not RE_QTY.match(it["quantity"]) or not RE_AMOUNT.match(it["unit_price"]):
                    ck.err(lid, "item quantity/unit_price format")
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not RE_AMOUNT.match(r["total_amount"]):
                ck.err(lid, "total_amount format")
            elif Decimal(r["total_amount"]) != total:
                ck.err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
            if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                ck.err(lid, "currency/channel")
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_valid(cc):
                ck.err(lid, "invalid credit code %s" % cc)
            check_phone(ck, lid, r["customer"]["phone"], "customer.phone")
            if r["third_party"] is not None:
                ck.keys(lid, r["third_party"], TP_KEYS, "third_party")
                if r["third_party"]["role"] not in TP_ROLES:
                    ck.err(lid, "third_party.role")
                if not RE_AMOUNT.match(r["third_party"]["amount"]):
                    ck.err(lid, "third_party.amount")
                check_phone(ck, lid, r["third_party"]["contact"], "third_party.contact")
            if not isinstance(r["fees_requested"], list):
                ck.err(lid, "fees_requested not a list")
            for f in r["fees_requested"]:
                ck.keys(lid, f, FEE_KEYS, "fee")
                if not RE_AMOUNT.match(f["amount"]):
                    ck.err(lid, "fee amount")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", r["delivery"]["deadline"] or ""):
                ck.err(lid, "delivery.deadline")
            body_text = " ".join([r["notes"] or "", r["payment_terms"] or ""])
        for m in RE_MOBILE_IN_TEXT.findall(body_text):
            pass
        for m in re.finditer(r"(?<!\d)(1\d{10})(?!\d)", body_text):
            if not RE_MOBILE.match(m.group(1)):
                ck.err(lid, "mobile %s in text outside the 161/163/164 scheme" % m.group(1))
        if rid in rids:
            ck.err(lid, "duplicate request/record id %s" % rid)
        rids.add(rid)
        if not RE_TS.match(ts):
            ck.err(lid, "timestamp %r not RFC 3339 +08:00" % ts)
        if t in last_ts and ts < last_ts[t]:
            ck.err(lid, "not chronological (%s < %s)" % (ts, last_ts[t]))
        last_ts[t] = ts

        # ---- signals and block reasons (test lines)
        if phase == "test":
            comp = structural(line, CTX)
            if "?account_change_ambiguous" in comp:
                ck.err(lid, "account change 30-90 days before the payment (ambiguous by design; avoid)")
            sig = set(line["signals"])
            for s in STRUCTURAL:
                if (s in comp) != (s in sig):
                    ck.err(lid, "structural signal %s: computed %s, labelled %s" % (s, s in comp, s in sig))
            ev = evasion_present(line)
            for s in sorted(sig):
                if s.startswith("evasion_") and s not in ev:
                    ck.err(lid, "%s labelled but not found in the text" % s)
            for s in ("evasion_fullwidth", "evasion_traditional", "evasion_homophone", "evasion_pinyin"):
                if s in ev and s not in sig:
                    ck.err(lid, "%s present in the text but not labelled" % s)
            if any(s.startswith("evasion_") for s in sig):
                evasion_lines.append((lid, sorted(s for s in sig if s.startswith("evasion_"))))
            reasons = block_reasons(line, CTX)
            if expect == "block":
                if not reasons:
                    ck.err(lid, "expect block but no hard-block reason recomputed from the data")
                block_lines.append((lid, reasons))
                for code, _ in reasons:
                    reason_counts[code] += 1
            elif reasons:
                ck.err(lid, "expect %s but the data meets a hard-block condition: %s" % (expect, reasons))
            # note prefixes
            if label == "legit":
                if not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                    ck.err(lid, "legit test note must start with Routine: or Hard negative:")
                if note.startswith("Routine:") and line["signals"]:
                    ck.err(lid, "routine line with signals")
                if note.startswith("Hard negative:") and not line["signals"]:
                    ck.err(lid, "hard negative without the shared surface in signals")
            else:
                if note.startswith("Routine:") or note.startswith("Hard negative:"):
                    ck.err(lid, "scam note with a legit prefix")
        else:
            if block_reasons(line, CTX):
                ck.err(lid, "history line meets a hard-block condition")
        CTX.add(line)

        # ---- stats
        s = stats[t]
        if phase == "history":
            s["history_" + kind] += 1
        else:
            s["test"] += 1
            s["test_" + kind] += 1
            if label == "scam":
                s["scam"] += 1
                ts_ = type_stats[st]
                ts_["lines"] += 1
                ts_[expect] += 1
                if note.startswith("Structural only:"):
                    ts_["structural"] += 1
                    s["structural"] += 1
                if expect == "block":
                    s["block"] += 1
            else:
                s["legit"] += 1
                s["hard_negative" if note.startswith("Hard negative:") else "routine"] += 1

    # ---- corpus-level expectations of the brief
    tot = Counter()
    for t in stats:
        tot.update(stats[t])
    missing = [x for x in SCAM_TYPES if type_stats[x]["lines"] < 2]
    if missing:
        ck.err("corpus", "scam types with fewer than 2 lines: %s" % missing)

    # ---- report
    print("file: %s (%d lines, %d bytes)" % (path, len(lines), len(raw)))
    print("\nper tenant:")
    hdr = ["tenant", "hist pay", "hist ord", "test", "scam", "legit", "hard neg", "routine", "block",
           "test pay", "test ord"]
    print("| " + " | ".join(hdr) + " |")
    for t in tenant_order + ["total"]:
        s = tot if t == "total" else stats[t]
        print("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            t, s["history_payment"], s["history_order"], s["test"], s["scam"], s["legit"], s["hard_negative"],
            s["routine"], s["block"], s["test_payment"], s["test_order"]))
    print("\nper scam type:")
    print("| scam type | lines | block | flag | structural only |")
    for x in SCAM_TYPES:
        s = type_stats[x]
        print("| %s | %d | %d | %d | %d |" % (x, s["lines"], s["block"], s["flag"], s["structural"]))
    print("| total | %d | %d | %d | %d |" % (sum(type_stats[x]["lines"] for x in SCAM_TYPES),
                                            sum(type_stats[x]["block"] for x in SCAM_TYPES),
                                            sum(type_stats[x]["flag"] for x in SCAM_TYPES),
                                            sum(type_stats[x]["structural"] for x in SCAM_TYPES)))
    print("\nblock reasons (%d expect:block lines):" % len(block_lines))
    for code, k in sorted(reason_counts.items()):
        print("  %-32s %d" % (code, k))
    for lid, rs in block_lines:
        print("  %s: %s" % (lid, "; ".join("%s (%s)" % x for x in rs)))
    print("\nevasion lines (%d):" % len(evasion_lines))
    for lid, ev in evasion_lines:
        print("  %s: %s" % (lid, ", ".join(ev)))
    hist = tot["history_payment"] + tot["history_order"]
    print("\nhistory %d, test %d, scams %d (%.1f %%), legit %d (hard negatives %d, routine %d), block %d" % (
        hist, tot["test"], tot["scam"], 100.0 * tot["scam"] / max(tot["test"], 1), tot["legit"],
        tot["hard_negative"], tot["routine"], tot["block"]))

    if ck.errors:
        print("\nFAILED: %d problem(s)" % len(ck.errors))
        for e in ck.errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
