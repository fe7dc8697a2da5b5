#!/usr/bin/env python3
"""Strict checks for tests/holdout27/holdout27.jsonl.

Standalone (standard library only; does not import build.py).  Checks:
  * the line format of /work/shared/corpus/README.md (keys and their order,
    phases, kinds, labels, scam types, expect values, outcome only on history
    lines, unique ids, tenants grouped, chronological within a tenant, history
    before test, date windows);
  * the wire contract of PRODUCT.md for the request bodies (field names and
    types, two-place decimal strings, total = sum of items, RFC 3339 +08:00
    timestamps, unified social credit code check characters, nobody approving
    their own request, account-number lengths, phone-number ranges);
  * that the structural signals on test lines agree with the data
    (first_time_payee, personal_account, no_approval, account_changed_recent /
    account_changed_long_ago at 30 days, duplicate_invoice, new_customer,
    off_hours) and that evasion signals are really present in the text;
  * that `expect: block` is set exactly when block_reasons() finds one of the
    README's block conditions.
Exits 1 on any violation.  Run from tests/holdout27: python3 gen/validate.py
"""
import json
import os
import re
import sys
import unicodedata
from datetime import datetime
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout27.jsonl")

ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


# ---------------------------------------------------------------------------
# corpus conventions
# ---------------------------------------------------------------------------

TENANTS = ["baiyu", "tiequan", "wanqiao"]
HOURS = {"baiyu": (8 * 60 + 30, 17 * 60 + 30),
         "tiequan": (8 * 60, 18 * 60),
         "wanqiao": (8 * 60, 17 * 60 + 30)}
HOLIDAYS = {"2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
            "2026-10-05", "2026-10-06", "2026-10-07"}
HIST_RANGE = ("2026-08-01", "2026-09-15")
TEST_RANGE = ("2026-09-16", "2026-11-30")
MEANINGFUL = Decimal("10000.00")   # "meaningful amount" for the changed-account rule
CHANGE_WINDOW_DAYS = 30

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified
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
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
           "evasion_homophone", "evasion_symbols"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPT = ["verification"]
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
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
THIRD_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

MONEY_RE = re.compile(r"^(0|[1-9][0-9]*)\.[0-9]{2}$")
QTY_RE = re.compile(r"^(0|[1-9][0-9]*)(\.[0-9]+)?$")
TS_RE = re.compile(r"^2026-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\+08:00$")
DATE_RE = re.compile(r"^2026-[0-9]{2}-[0-9]{2}$")
ACCT_RE = re.compile(r"^[0-9]{16,19}$")
MOBILE_OK = re.compile(r"^(1970000|1980000|1710000)[0-9]{4}$")
LANDLINE_OK = re.compile(r"^0[0-9]{2,3}-0000[0-9]{3}$")
MOBILE_SCAN = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
LANDLINE_SCAN = re.compile(r"(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])")
ID_RE = re.compile(r"^(baiyu|tiequan|wanqiao)-(h|t)([0-9]{3})$")
EMP_RE = re.compile(r"^E[0-9]{4}$")

# ---------------------------------------------------------------------------
# unified social credit code
# ---------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    t = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    if USCC_CHARS[(31 - t % 31) % 31] != code[17]:
        return False
    org = code[8:16]
    s = sum((int(c) if c.isdigit() else ord(c) - 55) * w for c, w in zip(org, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    return code[16] == c9


# ---------------------------------------------------------------------------
# text normalisation (for the block conditions and evasion checks)
# ---------------------------------------------------------------------------

TRAD = {
    "帳": "账", "賬": "账", "戶": "户", "監": "监", "管": "管", "證": "证", "轉": "转", "匯": "汇",
    "過": "过", "驗": "验", "資": "资", "凍": "冻", "結": "结", "還": "还", "務": "务", "單": "单",
    "餘": "余", "額": "额", "錢": "钱", "變": "变", "號": "号", "國": "国", "開": "开", "行": "行",
    "銀": "银", "陽": "阳", "鋼": "钢", "鐵": "铁", "財": "财", "貿": "贸", "團": "团", "據": "据",
    "請": "请", "經": "经", "辦": "办", "現": "现", "貨": "货", "款": "款", "於": "于", "將": "将",
    "停": "停", "用": "用", "勿": "勿", "再": "再", "入": "入", "蓋": "盖", "掃": "扫", "描": "描",
    "件": "件", "銷": "销", "處": "处", "統": "统", "級": "级", "響": "响", "稅": "税", "價": "价",
    "據": "据", "復": "复", "與": "与", "個": "个", "們": "们", "這": "这", "為": "为", "會": "会",
    "時": "时", "認": "认", "產": "产", "業": "业", "係": "系", "標": "标", "該": "该", "應": "应",
    "當": "当", "發": "发", "點": "点", "議": "议", "萬": "万", "億": "亿", "續": "续", "費": "费",
    "筆": "笔", "卻": "却", "裡": "里", "後": "后", "從": "从", "來": "来", "選": "选", "擇": "择",
}
TRAD_ONLY = {k for k, v in TRAD.items() if k != v}
HOMOPHONES = {"返力": "返利", "反利": "返利", "唰单": "刷单", "威信": "微信", "薇信": "微信",
              "压金": "押金", "保正金": "保证金", "验正码": "验证码", "银航卡": "银行卡", "冲值": "充值"}
PINYIN = {"bzj": "保证金", "aqzh": "安全账户", "yhk": "银行卡", "sls": "刷流水", "dgzh": "对公账户",
          "yzm": "验证码", "zfb": "支付宝", "gjf": "公检法"}
PINYIN_RE = re.compile(r"(?<![a-z])(%s)(?![a-z])" % "|".join(sorted(PINYIN, key=len, reverse=True)))
COMPACT_DROP = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+")


def normalise(text):
    t = unicodedata.normalize("NFKC", text)
    t = "".join(ch for ch in t if ch not in "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff")
    t = "".join(TRAD.get(ch, ch) for ch in t)
    t = t.replace("帐", "账")
    t = t.lower()
    t = PINYIN_RE.sub(lambda m: PINYIN[m.group(1)], t)
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    return t


def compact(text):
    out = []
    for ch in text:
        if ch in COMPACT_DROP:
            continue
        cat = unicodedata.category(ch)
        if cat in ("So", "Sk", "Cf", "Mn") and not ("\u4e00" <= ch <= "\u9fff"):
            continue
        out.append(ch)
    return "".join(out)


def views(*parts):
    raw = "\n".join(p for p in parts if p)
    n = normalise(raw)
    return n, compact(n)


def has_any(vs, words):
    return any(w in v for v in vs for w in words)


def has_re(vs, pattern):
    return any(re.search(pattern, v) for v in vs)


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_PATTERNS = [r"(走|过)(一下|个|下)?账", r"借用.{0,8}(公户|账户|账号|专户)", r"刷流水", r"出借.{0,4}账户",
                 r"借个对公账户"]
TASK_WORDS = ["任务", "刷单", "充值", "返利", "返现", "解冻", "验资", "连单", "卡单"]
BALANCE_PATTERNS = [r"余额", r"头寸", r"可用资金", r"可用余额", r"账上.{0,8}多少", r"还剩多少", r"能动用"]
BOSS_PATTERNS = [r"董事长", r"董事", r"总经理", r"总裁", r"老板", r"领导", r"财务总监", r"邓董", r"[\u4e00-\u9fff]总"]
OVERPAY_WORDS = ["多付", "多转", "多打", "转多", "打多", "多了", "重复支付", "重复付款", "重复提交", "重复款项",
                 "退差", "差额退", "退回差额", "多出来", "多余的"]
PENDING_WORDS = ["截图", "未到账", "还没到账", "没到账", "在途", "以实际到账为准", "延迟到账", "处理中", "未到期",
                 "没到期", "签收了就可以先退", "先退"]
SCREENSHOT_WORDS = ["截图", "转账凭证照片", "回单照片", "在途", "延迟到账", "以实际到账为准"]
CLEARED_RE = r"已(于[^，。；]{0,12})?(到账|入账|收妥)"


def block_reasons(line, ctx):
    """Return the README block conditions that hold for this line."""
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        ins = r.get("instruction") or {}
        vs = views(r["payee"]["name"], r.get("purpose"), r.get("memo"), ins.get("text"))
        raw_all = "\n".join(x for x in [r.get("purpose"), r.get("memo"), ins.get("text")] if x)
        first = r["payee"]["account_no"] not in ctx["hist_accts"]
        amount = Decimal(r["amount"])
        # 1 safe / national / supervised account, fund verification
        if has_any(vs, SAFE_WORDS):
            reasons.append("safe_account")
        # 2 lending the company account / pass-through
        if any(has_re(vs, p) for p in LEND_PATTERNS):
            reasons.append("account_lending")
        # 3 refund to another account, or before the money has cleared
        refund_like = ("退款" in (r.get("purpose") or "")) or has_any(vs, OVERPAY_WORDS)
        if refund_like:
            same_account = ("原路退回" in raw_all) and (r["payee"]["account_no"] in raw_all.replace(" ", ""))
            if not same_account or has_any(vs, PENDING_WORDS):
                reasons.append("refund_other_or_uncleared")
        # 4 customer-designated supplier paid before the customer's money arrived
        oid = (r.get("related") or {}).get("order_id")
        if oid and oid in ctx["sales_orders"] and first and not has_re(vs, CLEARED_RE):
            reasons.append("designated_supplier_advance")
        # 5 first meaningful payment to an account changed within 30 days
        ch = r.get("payee_account_changed_at")
        if ch:
            days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400
            if 0 <= days <= CHANGE_WINDOW_DAYS and first and amount >= MEANINGFUL:
                reasons.append("recently_changed_account")
        # 6 boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if ins.get("channel") in ("im", "email") and not r["approved_by"] and first:
            bvs = views(ins.get("text"), ins.get("from_name"))
            if any(has_re(bvs, p) for p in BALANCE_PATTERNS) and any(has_re(bvs, p) for p in BOSS_PATTERNS):
                reasons.append("boss_balance_probe")
        # 7 personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if r["payee"]["account_type"] == "personal" and has_any(vs, TASK_WORDS):
            reasons.append("personal_task_words")
        # 8 invoice already paid
        invno = (r.get("related") or {}).get("invoice_no")
        if invno and invno in ctx["hist_invoices"]:
            reasons.append("duplicate_invoice")
        # 9 salary to a non-employee or several employees to one account
        text_pm = (r.get("purpose") or "") + (r.get("memo") or "")
        if ("工资" in text_pm or "薪" in text_pm) and r["payee"]["account_type"] == "personal":
            memo = r.get("memo") or ""
            n = re.search(r"([0-9]+)\s*人", memo)
            who = re.search(r"(?:员工|工人|农民工)[:：]([\u4e00-\u9fff·]{2,6})", memo)
            if n and int(n.group(1)) >= 2:
                reasons.append("salary_shared_account")
            elif who:
                if who.group(1) != r["payee"]["name"]:
                    reasons.append("salary_not_employee")
            else:
                err(line["id"], "personal salary line whose memo names neither the employee nor a head count")
    else:
        third = r.get("third_party") or None
        vs = views(r.get("notes"), r.get("payment_terms"), third and third.get("name"))
        if has_any(vs, SAFE_WORDS):
            reasons.append("safe_account")
        if any(has_re(vs, p) for p in LEND_PATTERNS):
            reasons.append("account_lending")
        if third and third.get("role") == "refund_recipient" and third.get("name") != r["customer"]["name"]:
            reasons.append("refund_other_or_uncleared")
        if third and third.get("role") == "designated_supplier" and third.get("amount") \
                and has_any(vs, SCREENSHOT_WORDS):
            reasons.append("designated_supplier_screenshot")
    return reasons


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------

def parse_ts(ts):
    return datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")


def ts_ok(where, ts):
    if not isinstance(ts, str) or not TS_RE.match(ts):
        err(where, "timestamp not RFC 3339 +08:00: %r" % (ts,))
        return False
    try:
        parse_ts(ts)
    except ValueError:
        err(where, "timestamp not a real date: %r" % ts)
        return False
    return True


def off_hours(tenant, ts):
    d = parse_ts(ts)
    if d.weekday() >= 5 or d.strftime("%Y-%m-%d") in HOLIDAYS:
        return True
    m = d.hour * 60 + d.minute
    start, end = HOURS[tenant]
    return not (start <= m < end)


def keys_exact(where, obj, keys, optional=()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    got = list(obj.keys())
    want = [k for k in keys] + [k for k in optional if k in obj]
    if got != want:
        err(where, "keys %s, expected %s" % (got, want))
        return False
    return True


def is_str(where, v, nullable=False, nonempty=True):
    if v is None and nullable:
        return True
    if not isinstance(v, str) or (nonempty and not v.strip()):
        err(where, "expected %sstring, got %r" % ("nullable " if nullable else "", v))
        return False
    return True


def money_ok(where, v, nullable=False):
    if v is None and nullable:
        return True
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, "amount must be a decimal string with two places: %r" % (v,))
        return False
    return True


def phone_ok(where, v):
    if v is None:
        return
    if not (MOBILE_OK.match(v) or LANDLINE_OK.match(v)):
        err(where, "phone outside the allowed ranges: %r" % v)


def scan_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, list):
        for x in obj:
            yield from scan_strings(x)
    elif isinstance(obj, dict):
        for x in obj.values():
            yield from scan_strings(x)


# ---------------------------------------------------------------------------
# request bodies
# ---------------------------------------------------------------------------

def check_payment(where, r):
    if not keys_exact(where + ".request", r, PAY_KEYS, PAY_OPT):
        return
    is_str(where + ".request_id", r["request_id"])
    ts_ok(where + ".submitted_at", r["submitted_at"])
    if keys_exact(where + ".payer", r["payer"], PAYER_KEYS):
        if not (isinstance(r["payer"]["account_no"], str) and ACCT_RE.match(r["payer"]["account_no"])):
            err(where, "payer.account_no must be 16-19 digits")
        is_str(where + ".payer.account_name", r["payer"]["account_name"])
    p = r["payee"]
    if keys_exact(where + ".payee", p, PAYEE_KEYS):
        is_str(where + ".payee.name", p["name"])
        if not (isinstance(p["account_no"], str) and ACCT_RE.match(p["account_no"])):
            err(where, "payee.account_no must be 16-19 digits: %r" % p["account_no"])
        is_str(where + ".payee.bank", p["bank"], nullable=True)
        if p["account_type"] not in ACCOUNT_TYPES:
            err(where, "payee.account_type %r" % p["account_type"])
        is_str(where + ".payee.vendor_id", p["vendor_id"], nullable=True)
        is_str(where + ".payee.phone", p["phone"], nullable=True)
        phone_ok(where + ".payee.phone", p["phone"])
    money_ok(where + ".amount", r["amount"])
    if r["currency"] != "CNY":
        err(where, "currency must be CNY")
    is_str(where + ".purpose", r["purpose"], nullable=True)
    is_str(where + ".memo", r["memo"], nullable=True)
    ins = r["instruction"]
    if keys_exact(where + ".instruction", ins, INSTR_KEYS):
        if ins["channel"] not in CHANNELS:
            err(where, "instruction.channel %r" % ins["channel"])
        is_str(where + ".instruction.from_name", ins["from_name"], nullable=True)
        is_str(where + ".instruction.from_contact", ins["from_contact"], nullable=True)
        is_str(where + ".instruction.text", ins["text"], nullable=True)
        if not isinstance(ins["urgent"], bool):
            err(where, "instruction.urgent must be boolean")
    if not (isinstance(r["requested_by"], str) and EMP_RE.match(r["requested_by"])):
        err(where, "requested_by %r" % r["requested_by"])
    if not isinstance(r["approved_by"], list) or any(not (isinstance(a, str) and EMP_RE.match(a)) for a in r["approved_by"]):
        err(where, "approved_by must be a list of employee ids")
    else:
        if r["requested_by"] in r["approved_by"]:
            err(where, "requester approves their own request")
        if len(set(r["approved_by"])) != len(r["approved_by"]):
            err(where, "duplicate approver")
    if keys_exact(where + ".related", r["related"], REL_KEYS):
        for k in REL_KEYS:
            is_str(where + ".related." + k, r["related"][k], nullable=True)
        invno = r["related"]["invoice_no"]
        if invno is not None and not re.match(r"^[0-9]{20}$", invno):
            err(where, "invoice_no should be a 20-digit number: %r" % invno)
    ch = r["payee_account_changed_at"]
    if ch is not None and ts_ok(where + ".payee_account_changed_at", ch):
        if parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(where, "account change after the request")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(where + ".verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(where, "verification.callback_done must be boolean")
            phone_ok(where + ".verification.callback_number", v["callback_number"])
            if not (isinstance(v["verified_by"], str) and EMP_RE.match(v["verified_by"])):
                err(where, "verification.verified_by %r" % v["verified_by"])
            if ts_ok(where + ".verification.verified_at", v["verified_at"]):
                if parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
                    err(where, "verification after the request")


def check_order(where, r):
    if not keys_exact(where + ".request", r, ORD_KEYS):
        return
    is_str(where + ".record_id", r["record_id"])
    ts_ok(where + ".received_at", r["received_at"])
    c = r["customer"]
    if keys_exact(where + ".customer", c, CUST_KEYS):
        is_str(where + ".customer.name", c["name"])
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(where, "invalid unified social credit code %r" % c["credit_code"])
        for k in ["contact_name", "phone", "email", "im_id", "customer_id"]:
            is_str(where + ".customer." + k, c[k], nullable=True)
        phone_ok(where + ".customer.phone", c["phone"])
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(where, "items must be a non-empty list")
    else:
        for i, it in enumerate(r["items"]):
            w = "%s.items[%d]" % (where, i)
            if keys_exact(w, it, ITEM_KEYS):
                is_str(w + ".product", it["product"])
                is_str(w + ".unit", it["unit"])
                if not (isinstance(it["quantity"], str) and QTY_RE.match(it["quantity"])):
                    err(w, "quantity must be a decimal string")
                elif money_ok(w + ".unit_price", it["unit_price"]):
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if money_ok(where + ".total_amount", r["total_amount"]):
        if total.quantize(Decimal("0.01")) != Decimal(r["total_amount"]) or total != total.quantize(Decimal("0.01")):
            err(where, "total_amount %s != sum of items %s" % (r["total_amount"], total))
    if r["currency"] != "CNY":
        err(where, "currency must be CNY")
    if r["channel"] not in CHANNELS:
        err(where, "channel %r" % r["channel"])
    if keys_exact(where + ".delivery", r["delivery"], DELIV_KEYS):
        is_str(where + ".delivery.address", r["delivery"]["address"], nullable=True)
        dl = r["delivery"]["deadline"]
        if dl is not None and not (isinstance(dl, str) and DATE_RE.match(dl)):
            err(where, "delivery.deadline must be YYYY-MM-DD")
        elif dl is not None and dl < r["received_at"][:10]:
            err(where, "delivery deadline before the order")
    is_str(where + ".payment_terms", r["payment_terms"], nullable=True)
    t = r["third_party"]
    if t is not None and keys_exact(where + ".third_party", t, THIRD_KEYS):
        is_str(where + ".third_party.name", t["name"])
        is_str(where + ".third_party.contact", t["contact"], nullable=True)
        if t["role"] not in THIRD_ROLES:
            err(where, "third_party.role %r" % t["role"])
        money_ok(where + ".third_party.amount", t["amount"], nullable=True)
        if t["contact"] and re.match(r"^[0-9-]+$", t["contact"]):
            phone_ok(where + ".third_party.contact", t["contact"])
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(r["fees_requested"]):
            w = "%s.fees_requested[%d]" % (where, i)
            if keys_exact(w, f, FEE_KEYS):
                is_str(w + ".reason", f["reason"])
                money_ok(w + ".amount", f["amount"])
    is_str(where + ".notes", r["notes"], nullable=True)


# ---------------------------------------------------------------------------
# evasion presence
# ---------------------------------------------------------------------------

def evasion_present(kind, text):
    if kind == "evasion_fullwidth":
        return any("\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff5a" for ch in text)
    if kind == "evasion_traditional":
        return any(ch in TRAD_ONLY for ch in text)
    if kind == "evasion_spacing":
        return re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", text) is not None \
            or re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] ", text) is not None
    if kind == "evasion_pinyin":
        return PINYIN_RE.search(text.lower()) is not None
    if kind == "evasion_homophone":
        return any(k in text for k in HOMOPHONES)
    if kind == "evasion_symbols":
        return any(unicodedata.category(ch) == "So" for ch in text)
    return False


def free_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        ins = r["instruction"] or {}
        return "\n".join(x for x in [r.get("purpose"), r.get("memo"), ins.get("text")] if x)
    return "\n".join(x for x in [r.get("notes"), r.get("payment_terms")] if x)


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def main():
    if not os.path.exists(PATH):
        print("missing " + PATH)
        return 1
    lines = []
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err("file", "must end with a newline")
    for n, text in enumerate(raw.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(text))
        except ValueError as e:
            err("line %d" % n, "not JSON: %s" % e)
    if ERRORS:
        return report(lines)

    ids = set()
    rids = set()
    seen_tenants = []
    per_tenant = {}
    for ln in lines:
        where = ln.get("id", "?")
        keys = LINE_KEYS_H if ln.get("phase") == "history" else LINE_KEYS_T
        if list(ln.keys()) != keys:
            err(where, "line keys %s, expected %s" % (list(ln.keys()), keys))
            continue
        m = ID_RE.match(ln["id"])
        if not m or m.group(1) != ln["tenant"] or (m.group(2) == "h") != (ln["phase"] == "history"):
            err(where, "bad id")
        if ln["id"] in ids:
            err(where, "duplicate id")
        ids.add(ln["id"])
        if ln["tenant"] not in TENANTS:
            err(where, "unknown tenant")
        if not seen_tenants or seen_tenants[-1] != ln["tenant"]:
            if ln["tenant"] in seen_tenants:
                err(where, "tenant lines not grouped")
            seen_tenants.append(ln["tenant"])
        per_tenant.setdefault(ln["tenant"], []).append(ln)
        if ln["phase"] not in ("history", "test"):
            err(where, "phase")
        if ln["kind"] not in ("payment", "order"):
            err(where, "kind")
        if ln["label"] not in ("legit", "scam"):
            err(where, "label")
        if ln["label"] == "legit":
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                err(where, "legit lines need scam_type null and expect allow")
        else:
            if ln["scam_type"] not in SCAM_TYPES:
                err(where, "scam_type %r" % ln["scam_type"])
            if ln["expect"] not in ("flag", "block"):
                err(where, "scam expect must be flag or block")
        if ln["phase"] == "history":
            if ln["outcome"] != "executed" or ln["label"] != "legit":
                err(where, "history lines are legit and executed")
            if ln["signals"]:
                err(where, "history lines carry no signals")
        if not isinstance(ln["signals"], list) or len(set(ln["signals"])) != len(ln["signals"]):
            err(where, "signals must be a list without repeats")
        else:
            for s in ln["signals"]:
                if s not in VOCAB:
                    err(where, "signal outside the vocabulary: %s" % s)
        if not is_str(where + ".note", ln["note"]):
            pass
        elif ln["phase"] == "test":
            if ln["label"] == "legit" and not (ln["note"].startswith("Routine: ") or ln["note"].startswith("Hard negative: ")):
                err(where, "legit test notes start with 'Routine:' or 'Hard negative:'")
            if ln["label"] == "scam" and (ln["note"].startswith("Routine:") or ln["note"].startswith("Hard negative:")):
                err(where, "scam note with a legit prefix")
            if ln["note"].startswith("Routine: ") and ln["signals"]:
                err(where, "routine lines carry no signals")
        r = ln["request"]
        if ln["kind"] == "payment":
            check_payment(where, r)
            rid = ("payment", r.get("request_id"))
            ts = r.get("submitted_at")
        else:
            check_order(where, r)
            rid = ("order", r.get("record_id"))
            ts = r.get("received_at")
        if rid in rids:
            err(where, "duplicate request/record id")
        rids.add(rid)
        rng = HIST_RANGE if ln["phase"] == "history" else TEST_RANGE
        if isinstance(ts, str) and not (rng[0] <= ts[:10] <= rng[1]):
            err(where, "date %s outside the %s window" % (ts[:10], ln["phase"]))
        # phone numbers anywhere in the body
        for s in scan_strings(r):
            for cand in (s, unicodedata.normalize("NFKC", s)):
                for mm in MOBILE_SCAN.finditer(cand):
                    if not MOBILE_OK.match(mm.group(0)):
                        err(where, "mobile number outside the allowed ranges: %s" % mm.group(0))
                for mm in LANDLINE_SCAN.finditer(cand):
                    if not LANDLINE_OK.match(mm.group(0)):
                        err(where, "landline outside the allowed ranges: %s" % mm.group(0))
            for mm in re.finditer(r"信用代码[:：]?\s*([0-9A-Z]{18})", s):
                if not uscc_ok(mm.group(1)):
                    err(where, "invalid credit code in text: %s" % mm.group(1))

    if ERRORS:
        return report(lines)

    # per-tenant order, history facts, signals and block conditions
    for tenant, tl in per_tenant.items():
        last = None
        in_test = False
        for ln in tl:
            ts = ln["request"]["submitted_at"] if ln["kind"] == "payment" else ln["request"]["received_at"]
            if last and ts < last:
                err(ln["id"], "not chronological within tenant")
            last = ts
            if ln["phase"] == "test":
                in_test = True
            elif in_test:
                err(ln["id"], "history line after a test line")
        for i, ln in enumerate(tl, 1):
            pass
        hnum = [int(ID_RE.match(l["id"]).group(3)) for l in tl if l["phase"] == "history"]
        tnum = [int(ID_RE.match(l["id"]).group(3)) for l in tl if l["phase"] == "test"]
        if hnum != list(range(1, len(hnum) + 1)) or tnum != list(range(1, len(tnum) + 1)):
            err(tenant, "ids not numbered consecutively")

        hist = [l for l in tl if l["phase"] == "history"]
        ctx = {
            "hist_accts": {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"},
            "hist_invoices": {l["request"]["related"]["invoice_no"] for l in hist
                              if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]},
            "sales_orders": {l["request"]["record_id"] for l in tl if l["kind"] == "order"},
            "hist_customers": {l["request"]["customer"]["customer_id"]: l["request"]["customer"]["name"]
                               for l in hist if l["kind"] == "order"},
        }
        # a vendor_id keeps one account unless the change is recorded
        vend = {}
        for l in tl:
            if l["kind"] != "payment":
                continue
            p = l["request"]["payee"]
            if not p["vendor_id"]:
                continue
            prev = vend.get(p["vendor_id"])
            if prev and prev[0] != p["account_no"] and not l["request"]["payee_account_changed_at"]:
                err(l["id"], "vendor %s has a new account but no recorded change" % p["vendor_id"])
            if prev and prev[0] == p["account_no"] and prev[1] != l["request"]["payee_account_changed_at"]:
                err(l["id"], "vendor %s: same account but different change date" % p["vendor_id"])
            if l["phase"] == "history" or (prev is None):
                vend[p["vendor_id"]] = (p["account_no"], l["request"]["payee_account_changed_at"])
        seen_accts, seen_invoices = set(), set()
        for ln in tl:
            r = ln["request"]
            where = ln["id"]
            if ln["phase"] == "history":
                # judged against the history before it
                hctx = dict(ctx, hist_accts=set(seen_accts), hist_invoices=set(seen_invoices))
                reasons = block_reasons(ln, hctx)
                if reasons:
                    err(where, "history line meets a block condition: %s" % reasons)
                if ln["kind"] == "payment":
                    seen_accts.add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        seen_invoices.add(r["related"]["invoice_no"])
                continue
            reasons = block_reasons(ln, ctx)
            if ln["label"] == "legit" and reasons:
                err(where, "legit line meets a block condition: %s" % reasons)
            if ln["label"] == "scam":
                if ln["expect"] == "block" and not reasons:
                    err(where, "expect block but no block condition holds")
                if ln["expect"] == "flag" and reasons:
                    err(where, "expect flag but a block condition holds: %s" % reasons)
            # structural signals
            want = set()
            if ln["kind"] == "payment":
                ts = r["submitted_at"]
                if r["payee"]["account_no"] not in ctx["hist_accts"]:
                    want.add("first_time_payee")
                if r["payee"]["account_type"] == "personal":
                    want.add("personal_account")
                if not r["approved_by"]:
                    want.add("no_approval")
                if r["payee_account_changed_at"]:
                    days = (parse_ts(ts) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
                    want.add("account_changed_recent" if days <= CHANGE_WINDOW_DAYS else "account_changed_long_ago")
                if r["related"]["invoice_no"] in ctx["hist_invoices"]:
                    want.add("duplicate_invoice")
            else:
                ts = r["received_at"]
                cid = r["customer"]["customer_id"]
                if cid is None:
                    want.add("new_customer")
                elif ctx["hist_customers"].get(cid) != r["customer"]["name"]:
                    err(where, "customer_id %s not established in history under this name" % cid)
            if off_hours(tenant, ts):
                want.add("off_hours")
            have = {s for s in ln["signals"] if s in STRUCTURAL}
            for s in sorted(want - have):
                err(where, "signal %s holds in the data but is missing" % s)
            for s in sorted(have - want):
                err(where, "signal %s is listed but does not hold" % s)
            # evasion signals must be visible in the text
            txt = free_text(ln)
            for s in ln["signals"]:
                if s in EVASION and not evasion_present(s, txt):
                    err(where, "%s listed but not present in the text" % s)
            if ln["label"] == "legit" and any(s in EVASION for s in ln["signals"]):
                err(where, "evasion signal on a legitimate line")
    # corpus-level sanity
    test = [l for l in lines if l["phase"] == "test"]
    for st in SCAM_TYPES:
        n = sum(1 for l in test if l["scam_type"] == st)
        if not 3 <= n <= 5:
            err("corpus", "scam type %s has %d lines (want 3-5)" % (st, n))
    return report(lines)


def report(lines):
    if ERRORS:
        for e in ERRORS:
            print("ERROR " + e)
        print("%d error(s)" % len(ERRORS))
        return 1
    test = [l for l in lines if l["phase"] == "test"]
    print("OK: %d lines (%d history, %d test; %d scam, %d expect block)" % (
        len(lines), len(lines) - len(test), len(test),
        sum(1 for l in test if l["label"] == "scam"), sum(1 for l in test if l["expect"] == "block")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
