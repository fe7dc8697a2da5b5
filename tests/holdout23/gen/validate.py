#!/usr/bin/env python3
"""Strict checker for tests/holdout23/holdout23.jsonl.  Standard library only.

Run from tests/holdout23:   python3 gen/validate.py
Exits non-zero and lists every violation found; on success prints the count tables.

It checks
  * the line format of /work/shared/corpus/README.md (keys and their order, phases, kinds,
    labels, scam types, expect values, outcome only on history lines, unique ids, tenants
    grouped, chronological within a tenant, history before test, note prefixes);
  * the wire contract of PRODUCT.md for request bodies (field names, order and types, decimal
    strings with two places, total_amount = sum of items, RFC 3339 +08:00 timestamps, unified
    social credit code check characters, nobody approving their own request, enums);
  * that the data-derivable signals on test lines agree with the data, both ways;
  * that `expect: block` is set exactly when block_reasons() finds a README block condition.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout23.jsonl")

ERRORS = []


def err(where, msg):
    ERRORS.append(f"{where}: {msg}")


# ---------------------------------------------------------------------------
# vocabulary from the shared corpus README
# ---------------------------------------------------------------------------
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
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]

# ---------------------------------------------------------------------------
# this corpus' tenants and calendar
# ---------------------------------------------------------------------------
TENANT_ORDER = ["qingxi", "qiusuo", "huaichuan"]
TENANTS = {
    # finance-office working window on working days, local = Beijing time
    "qingxi": {"hours": (dt.time(8, 0), dt.time(18, 0)), "leaders": ["谭立军", "向国平", "刘建新"]},
    "qiusuo": {"hours": (dt.time(8, 30), dt.time(18, 0)), "leaders": ["陈明远", "周建华"]},
    "huaichuan": {"hours": (dt.time(8, 0), dt.time(18, 0)), "leaders": ["马振东", "孙立伟", "赵学军"]},
}
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MAKEUP_WORKDAYS = {dt.date(2026, 9, 20), dt.date(2026, 10, 10)}  # avoided: no line may fall on them
HIST_RANGE = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))
TEST_RANGE = (dt.date(2026, 10, 8), dt.date(2026, 11, 30))
MEANINGFUL = Decimal("5000.00")  # "meaningful amount" for the account-change block condition

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_OK = re.compile(r"^1(370000|520000|860000)\d{4}$")
LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
MOBILE_ANY = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_ANY = re.compile(r"(?<!\d)0\d{2,3}-\d{6,8}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    chk = 31 - total % 31
    chk = 0 if chk == 31 else chk
    return code[17] == USCC_CHARS[chk]


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


# ---------------------------------------------------------------------------
# text normalisation used by block_reasons() and the evasion checks
# ---------------------------------------------------------------------------
TRAD = "帳戶餘額頭圖發裏馬東陳靜農銀會開簽補償徵遷區協議號國醫療務貴於複撥請週辦將滯納諮詢審計暫進壽賠費賬轉錢資過匯證驗凍結說們個這時關從處應財險報數項縣曉賬撥級訊兩"
T2S = str.maketrans(dict(zip(
    "帳戶餘額頭圖發裏馬東陳靜農銀會開簽補償徵遷區協議號國醫療務貴於複撥請週辦將滯納諮詢審計暫進壽賠費賬轉錢資過匯證驗凍結說們個這時關從處應財險報數項縣曉訊兩",
    "账户余额头图发里马东陈静农银会开签补偿征迁区协议号国医疗务贵于复拨请周办将滞纳咨询审计暂进寿赔费账转钱资过汇证验冻结说们个这时关从处应财险报数项县晓讯两")))
HOMOPHONES = {"唰单": "刷单", "返力": "返利", "反利": "返利", "联单": "连单", "威信": "微信", "薇信": "微信",
              "保正金": "保证金", "压金": "押金", "银航卡": "银行卡"}
PINYIN_RE = re.compile(r"(?<![a-z])(bzj|yhk|dgzh|zfb|yzm|aqzh|sls)(?![a-z])")
PINYIN_MAP = {"bzj": "保证金", "yhk": "银行卡", "dgzh": "对公账户", "zfb": "支付宝", "yzm": "验证码",
              "aqzh": "安全账户", "sls": "刷流水"}
MIXED = {"zhuan账": "转账", "bao证金": "保证金"}
FULLWIDTH_RE = re.compile(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
SPACING_RE = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")


def compact(s):
    """NFKC, traditional->simplified for the characters used here, drop spaces/symbols/format
    characters, lower-case, undo homophones and pinyin initialisms."""
    s = unicodedata.normalize("NFKC", s or "").translate(T2S).lower()
    s = "".join(ch for ch in s if not (ch.isspace() or unicodedata.category(ch) in ("So", "Sk", "Cf", "Mn")))
    for k, v in MIXED.items():
        s = s.replace(k, v)
    s = PINYIN_RE.sub(lambda m: PINYIN_MAP[m.group(1)], s)
    for k, v in HOMOPHONES.items():
        s = s.replace(k, v)
    return s


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "走一下账", "过一下账", "借用公户", "刷流水", "做流水", "代收代付", "出租账户", "公对公过账"]
LENDING_RES = [re.compile(r"借用?.{0,6}(账户|公户|对公户)"), re.compile(r"(?<!已)(?<!凭证)过账"),
               re.compile(r"(寄|邮寄).{0,4}u盾")]
TASK_WORDS = ["刷单", "返利", "返现", "做任务", "任务单", "派单", "抢单", "连单", "卡单", "充值", "解冻", "验资",
              "提现", "佣金"]
BALANCE_WORDS = ["余额", "可用资金", "可用额度", "账上还有", "账上有多少", "还有多少钱", "资金情况", "头寸"]
BOSS_ROLE_WORDS = ["院长", "书记", "董事长", "总经理", "老板", "领导"]
NOT_CLEARED = ["未到账", "没到账", "尚未到账", "还没到", "在途", "处理中", "截图", "延迟到账", "系统延迟"]
REFUND_PURPOSES = {"预交金退费", "退款", "退费", "保证金退还", "押金退还", "多付款退回"}
SALARY_PURPOSES = {"工资", "绩效工资", "劳务费", "专家劳务费", "专家咨询费", "助研津贴", "评标专家劳务费", "值班费"}
ORIG_ACCT_RE = re.compile(r"原付款账户(\d{16,19})")
LAST_PAREN_RE = re.compile(r"（([^（）]+)）$")
HEADCOUNT_RE = re.compile(r"^(\d+)人")


def pay_text(r):
    return " ".join([r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""])


def order_text(r):
    parts = [r.get("notes") or "", r.get("payment_terms") or ""]
    parts += [f.get("reason") or "" for f in r.get("fees_requested") or []]
    if r.get("third_party"):
        parts.append(r["third_party"].get("name") or "")
    return " ".join(parts)


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


# ---------------------------------------------------------------------------
# derived facts
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, tenant):
        self.tenant = tenant
        self.hist_accounts = set()
        self.hist_invoices = set()
        self.hist_customers = {}
        self.orders = {}  # record_id -> request (any phase, earlier in file)
        self.vendor_accounts = collections.defaultdict(set)


def first_time(r, ctx):
    return r["payee"]["account_no"] not in ctx.hist_accounts


def changed_age(r):
    ch = r.get("payee_account_changed_at")
    if not ch:
        return None
    return parse_ts(r["submitted_at"]) - parse_ts(ch)


def off_hours(when, tenant):
    d = when.date()
    start, end = TENANTS[tenant]["hours"]
    if d in HOLIDAYS:
        return True
    if d.weekday() >= 5 and d not in MAKEUP_WORKDAYS:
        return True
    return not (start <= when.time() < end)


def derived_signals(line, ctx):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if first_time(r, ctx):
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        age = changed_age(r)
        if age is not None:
            out.add("account_changed_recent" if age <= dt.timedelta(days=30) else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.hist_invoices:
            out.add("duplicate_invoice")
        if off_hours(parse_ts(r["submitted_at"]), ctx.tenant):
            out.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        if off_hours(parse_ts(r["received_at"]), ctx.tenant):
            out.add("off_hours")
    return out


DERIVED = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
           "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}


def block_reasons(line, ctx):
    """The README's block conditions, evaluated on the data of one line (plus the tenant's history
    and the orders seen so far).  Returns a list of reason names; empty means no hard block."""
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        text = compact(pay_text(r))
        who = compact((r["instruction"].get("from_name") or ""))
        payee_ = r["payee"]
        amount = Decimal(r["amount"])
        ft = first_time(r, ctx)
        # 1. safe / national / supervised account, fund verification
        if any(w in text for w in SAFE_WORDS):
            reasons.append("safe_account")
        # 2. lending the company account / passing money through it
        if any(w in text for w in LENDING_WORDS) or any(p.search(text) for p in LENDING_RES):
            reasons.append("account_lending")
        # 3. refund to another account than the one that paid, or before the money cleared
        if r["purpose"] in REFUND_PURPOSES:
            m = ORIG_ACCT_RE.search(r["memo"] or "")
            if m and (m.group(1) != payee_["account_no"] or any(w in text for w in NOT_CLEARED)):
                reasons.append("refund_other_account_or_uncleared")
        # 4. paying the customer's designated supplier before the customer's money has arrived
        oid = r["related"]["order_id"]
        if oid and oid in ctx.orders:
            o = ctx.orders[oid]
            tp = o.get("third_party")
            if tp and tp["role"] == "designated_supplier" and tp["name"] == payee_["name"]:
                cleared = "已到账" in text and not any(w in text for w in NOT_CLEARED)
                if not cleared:
                    reasons.append("designated_supplier_before_funds")
        # 5. first payment of a meaningful amount to an account changed within 30 days
        age = changed_age(r)
        if age is not None and dt.timedelta(0) <= age <= dt.timedelta(days=30) and ft and amount >= MEANINGFUL:
            reasons.append("recent_account_change_first_payment")
        # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        leaders = [compact(n) for n in TENANTS[ctx.tenant]["leaders"]]
        boss = any(n in who or n in text for n in leaders) or any(w in text for w in BOSS_ROLE_WORDS)
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and boss
                and any(w in text for w in BALANCE_WORDS) and ft):
            reasons.append("boss_balance_probe_new_payee")
        # 7. personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if payee_["account_type"] == "personal" and any(w in text for w in TASK_WORDS):
            reasons.append("personal_task_words")
        # 8. invoice already paid
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.hist_invoices:
            reasons.append("invoice_already_paid")
        # 9. salary to an account not the employee's, or several people to one account
        if r["purpose"] in SALARY_PURPOSES and payee_["account_type"] == "personal":
            m = LAST_PAREN_RE.search(r["memo"] or "")
            if m:
                inner = m.group(1)
                hc = HEADCOUNT_RE.match(inner)
                if (hc and int(hc.group(1)) >= 2) or (not hc and inner != payee_["name"]):
                    reasons.append("salary_not_employee_or_pooled")
    else:
        text = compact(order_text(r))
        tp = r.get("third_party")
        if any(w in text for w in SAFE_WORDS):
            reasons.append("safe_account")
        if (tp and tp["role"] == "pass_through_payee") or any(w in text for w in LENDING_WORDS) \
                or any(p.search(text) for p in LENDING_RES):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_account_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and "截图" in text:
            reasons.append("designated_supplier_screenshot")
    return reasons


# ---------------------------------------------------------------------------
# structural checks
# ---------------------------------------------------------------------------
def keys_exact(where, obj, keys, optional_tail=()):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    got = list(obj.keys())
    if got == keys or got == keys + [k for k in optional_tail if k in obj]:
        return True
    err(where, f"keys {got} != expected {keys} (+ optional {list(optional_tail)})")
    return False


def check_money(where, v, positive=True):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(where, f"money {v!r} is not a decimal string with two places")
        return None
    d = Decimal(v)
    if positive and d <= 0:
        err(where, f"money {v} must be positive")
    return d


def check_ts(where, v):
    if not isinstance(v, str) or not TS_RE.match(v):
        err(where, f"timestamp {v!r} is not RFC 3339 with +08:00")
        return None
    try:
        return parse_ts(v)
    except ValueError:
        err(where, f"timestamp {v!r} does not parse")
        return None


def check_phone(where, v):
    if v is None:
        return
    if not isinstance(v, str) or not (MOBILE_OK.match(v) or LANDLINE_OK.match(v)):
        err(where, f"phone {v!r} outside the allowed fictitious ranges")


def check_str(where, v, nullable=False, nonempty=True):
    if v is None and nullable:
        return
    if not isinstance(v, str) or (nonempty and not v.strip()):
        err(where, f"expected {'a non-empty ' if nonempty else 'a '}string{' or null' if nullable else ''}, got {v!r}")


def check_payment(w, r):
    if not keys_exact(w, r, PAY_KEYS, ("verification",)):
        return
    check_str(w + ".request_id", r["request_id"])
    sub = check_ts(w + ".submitted_at", r["submitted_at"])
    if keys_exact(w + ".payer", r["payer"], ["account_no", "account_name"]):
        if not isinstance(r["payer"]["account_no"], str) or not ACCT_RE.match(r["payer"]["account_no"]):
            err(w, "payer.account_no must have 16-19 digits")
        check_str(w + ".payer.account_name", r["payer"]["account_name"])
    p = r["payee"]
    if keys_exact(w + ".payee", p, PAYEE_KEYS):
        check_str(w + ".payee.name", p["name"])
        if not isinstance(p["account_no"], str) or not ACCT_RE.match(p["account_no"]):
            err(w, f"payee.account_no {p['account_no']!r} must have 16-19 digits")
        check_str(w + ".payee.bank", p["bank"], nullable=True)
        if p["account_type"] not in ACCOUNT_TYPES:
            err(w, f"payee.account_type {p['account_type']!r}")
        check_str(w + ".payee.vendor_id", p["vendor_id"], nullable=True)
        check_phone(w + ".payee.phone", p["phone"])
    check_money(w + ".amount", r["amount"])
    if r["currency"] != "CNY":
        err(w, "currency must be CNY")
    check_str(w + ".purpose", r["purpose"])
    check_str(w + ".memo", r["memo"])
    ins = r["instruction"]
    if keys_exact(w + ".instruction", ins, INSTR_KEYS):
        if ins["channel"] not in CHANNELS:
            err(w, f"instruction.channel {ins['channel']!r}")
        check_str(w + ".instruction.from_name", ins["from_name"], nullable=True)
        check_str(w + ".instruction.from_contact", ins["from_contact"], nullable=True)
        check_str(w + ".instruction.text", ins["text"])
        if not isinstance(ins["urgent"], bool):
            err(w, "instruction.urgent must be a boolean")
    check_str(w + ".requested_by", r["requested_by"])
    ab = r["approved_by"]
    if not isinstance(ab, list) or not all(isinstance(a, str) and a for a in ab):
        err(w, "approved_by must be a list of ids")
    else:
        if len(set(ab)) != len(ab):
            err(w, "approved_by repeats an approver")
        if r["requested_by"] in ab:
            err(w, "the requester approves their own request")
    if keys_exact(w + ".related", r["related"], RELATED_KEYS):
        for k in RELATED_KEYS:
            check_str(f"{w}.related.{k}", r["related"][k], nullable=True)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        cht = check_ts(w + ".payee_account_changed_at", ch)
        if cht and sub and cht > sub:
            err(w, "payee_account_changed_at is after submitted_at")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(w + ".verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(w, "verification.callback_done must be a boolean")
            check_phone(w + ".verification.callback_number", v["callback_number"])
            check_str(w + ".verification.verified_by", v["verified_by"])
            vt = check_ts(w + ".verification.verified_at", v["verified_at"])
            if vt and sub and vt > sub:
                err(w, "verification.verified_at is after submitted_at")


def check_order(w, r):
    if not keys_exact(w, r, ORDER_KEYS):
        return
    check_str(w + ".record_id", r["record_id"])
    check_ts(w + ".received_at", r["received_at"])
    c = r["customer"]
    if keys_exact(w + ".customer", c, CUST_KEYS):
        check_str(w + ".customer.name", c["name"])
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(w, f"credit_code {c['credit_code']!r} has an invalid check character")
        check_str(w + ".customer.contact_name", c["contact_name"], nullable=True)
        check_phone(w + ".customer.phone", c["phone"])
        for k in ("email", "im_id", "customer_id"):
            check_str(f"{w}.customer.{k}", c[k], nullable=True)
    items = r["items"]
    total = Decimal("0")
    if not isinstance(items, list) or not items:
        err(w, "items must be a non-empty list")
    else:
        for i, it in enumerate(items):
            iw = f"{w}.items[{i}]"
            if keys_exact(iw, it, ITEM_KEYS):
                check_str(iw + ".product", it["product"])
                check_str(iw + ".unit", it["unit"])
                if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                    err(iw, f"quantity {it['quantity']!r} is not a decimal string")
                    continue
                up = check_money(iw + ".unit_price", it["unit_price"])
                if up is not None:
                    total += Decimal(it["quantity"]) * up
    ta = check_money(w + ".total_amount", r["total_amount"])
    if ta is not None and ta != total:
        err(w, f"total_amount {ta} != sum of items {total}")
    if r["currency"] != "CNY":
        err(w, "currency must be CNY")
    if r["channel"] not in CHANNELS:
        err(w, f"channel {r['channel']!r}")
    if keys_exact(w + ".delivery", r["delivery"], ["address", "deadline"]):
        check_str(w + ".delivery.address", r["delivery"]["address"], nullable=True)
        dl = r["delivery"]["deadline"]
        if dl is not None:
            try:
                dt.date.fromisoformat(dl)
            except (TypeError, ValueError):
                err(w, f"delivery.deadline {dl!r} is not a date")
    check_str(w + ".payment_terms", r["payment_terms"], nullable=True)
    tp = r["third_party"]
    if tp is not None and keys_exact(w + ".third_party", tp, ["name", "contact", "role", "amount"]):
        check_str(w + ".third_party.name", tp["name"])
        check_str(w + ".third_party.contact", tp["contact"], nullable=True)
        if tp["role"] not in ROLES:
            err(w, f"third_party.role {tp['role']!r}")
        check_money(w + ".third_party.amount", tp["amount"])
    fr = r["fees_requested"]
    if not isinstance(fr, list):
        err(w, "fees_requested must be a list")
    else:
        for i, f in enumerate(fr):
            if keys_exact(f"{w}.fees_requested[{i}]", f, ["reason", "amount"]):
                check_str(f"{w}.fees_requested[{i}].reason", f["reason"])
                check_money(f"{w}.fees_requested[{i}].amount", f["amount"])
    check_str(w + ".notes", r["notes"], nullable=True, nonempty=False)


def check_numbers_in_text(w, r):
    for s in all_strings(r):
        s2 = unicodedata.normalize("NFKC", s)
        for m in MOBILE_ANY.finditer(s2):
            if not MOBILE_OK.match(m.group(0)):
                err(w, f"mobile-like number {m.group(0)} outside 1370000xxxx/1520000xxxx/1860000xxxx")
        for m in LANDLINE_ANY.finditer(s2):
            if not LANDLINE_OK.match(m.group(0)):
                err(w, f"landline-like number {m.group(0)} outside area-0000xxx")


def evasion_checks(w, line):
    r = line["request"]
    sig = set(line["signals"])
    strings = list(all_strings(r))
    joined = "\n".join(strings)
    has_fw = bool(FULLWIDTH_RE.search(joined))
    has_trad = any(c in TRAD for c in joined)
    has_sym = any(unicodedata.category(c) == "So" for c in joined)
    if has_fw != ("evasion_fullwidth" in sig):
        err(w, f"full-width letters/digits present={has_fw} but evasion_fullwidth signal={not has_fw}")
    if has_trad != ("evasion_traditional" in sig):
        err(w, f"traditional characters present={has_trad} but evasion_traditional signal={not has_trad}")
    if has_sym != ("evasion_symbols" in sig):
        err(w, f"emoji/symbols present={has_sym} but evasion_symbols signal={not has_sym}")
    if "evasion_spacing" in sig and not SPACING_RE.search(joined):
        err(w, "evasion_spacing without spaced-out characters")
    low = joined.lower()
    if "evasion_pinyin" in sig and not (PINYIN_RE.search(low) or any(k in low for k in MIXED)):
        err(w, "evasion_pinyin without a pinyin initialism")
    if "evasion_homophone" in sig and not any(k in joined for k in HOMOPHONES):
        err(w, "evasion_homophone without a listed homophone")


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def main():
    if not os.path.exists(PATH):
        print(f"missing {PATH}")
        return 2
    lines = []
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err("file", "does not end with a newline")
    for n, text in enumerate(raw.splitlines(), 1):
        try:
            obj = json.loads(text, parse_float=lambda s: (_ for _ in ()).throw(ValueError("float")))
        except ValueError as e:
            err(f"line {n}", f"not valid JSON ({e})")
            continue
        lines.append((n, obj))

    ids = set()
    req_ids = set()
    tenant_seq = []
    ctxs = {t: Ctx(t) for t in TENANTS}
    last_time = {}
    seen_test = set()
    test_invoices = collections.Counter()
    payer_of = {}
    vendor_hist = {}
    stats = collections.defaultdict(collections.Counter)
    type_stats = collections.defaultdict(collections.Counter)
    evasion_stats = collections.Counter()
    expect_block = collections.Counter()

    for n, line in lines:
        w = f"line {n}"
        if not isinstance(line, dict):
            err(w, "not an object")
            continue
        phase = line.get("phase")
        if phase == "history":
            keys_exact(w, line, LINE_KEYS_H)
        elif phase == "test":
            keys_exact(w, line, LINE_KEYS_T)
        else:
            err(w, f"phase {phase!r}")
            continue
        try:
            lid, tenant, kind, label = line["id"], line["tenant"], line["kind"], line["label"]
            scam, expect, signals, note, r = (line["scam_type"], line["expect"], line["signals"], line["note"],
                                               line["request"])
        except KeyError:
            continue
        w = f"line {n} ({lid})"
        if tenant not in TENANTS:
            err(w, f"unknown tenant {tenant!r}")
            continue
        if not tenant_seq or tenant_seq[-1] != tenant:
            if tenant in tenant_seq:
                err(w, "tenant lines are not grouped")
            tenant_seq.append(tenant)
        if lid in ids:
            err(w, "duplicate id")
        ids.add(lid)
        m = re.match(r"^([a-z]+)-([ht])(\d{3})$", lid or "")
        if not m or m.group(1) != tenant or m.group(2) != phase[0]:
            err(w, "id does not match tenant/phase pattern")
        if kind not in ("payment", "order"):
            err(w, f"kind {kind!r}")
            continue
        if label not in ("legit", "scam"):
            err(w, f"label {label!r}")
        if label == "legit" and scam is not None:
            err(w, "legit line with a scam_type")
        if label == "scam" and scam not in SCAM_TYPES:
            err(w, f"scam_type {scam!r}")
        if expect not in ("allow", "flag", "block"):
            err(w, f"expect {expect!r}")
        if label == "legit" and expect != "allow":
            err(w, "legit line must expect allow")
        if label == "scam" and expect not in ("flag", "block"):
            err(w, "scam line must expect flag or block")
        if phase == "history":
            if label != "legit" or expect != "allow" or line.get("outcome") != "executed":
                err(w, "history lines are legit / allow / executed")
            if signals != []:
                err(w, "history lines carry no signals")
        if phase == "test":
            seen_test.add(tenant)
        elif tenant in seen_test:
            err(w, "history line after a test line")
        if not isinstance(signals, list) or len(set(signals)) != len(signals):
            err(w, "signals must be a list without repeats")
            signals = []
        for s in signals:
            if s not in SIGNALS:
                err(w, f"unknown signal {s!r}")
        if not isinstance(note, str) or not note.strip():
            err(w, "note must be a non-empty sentence")
            note = ""
        if phase == "test":
            if label == "legit":
                if note.startswith("Routine:"):
                    if signals:
                        err(w, "a Routine line should carry no signals (make it a hard negative)")
                elif note.startswith("Hard negative:"):
                    if not signals:
                        err(w, "a hard negative must name the scam-like surface it shares")
                else:
                    err(w, "legit test note must start with 'Routine:' or 'Hard negative:'")
            else:
                if note.startswith(("Routine:", "Hard negative:")):
                    err(w, "scam note with a legit prefix")
        elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
            err(w, "history note with a test-line prefix")

        # request body
        if kind == "payment":
            check_payment(w, r)
            when_s = r.get("submitted_at")
            rid = r.get("request_id")
        else:
            check_order(w, r)
            when_s = r.get("received_at")
            rid = r.get("record_id")
        if ERRORS and ERRORS[-1].startswith(w) and "keys" in ERRORS[-1]:
            continue
        if (tenant, kind, rid) in req_ids:
            err(w, f"duplicate request id {rid}")
        req_ids.add((tenant, kind, rid))
        check_numbers_in_text(w, r)
        try:
            when = parse_ts(when_s)
        except (TypeError, ValueError):
            continue
        lo, hi = HIST_RANGE if phase == "history" else TEST_RANGE
        if not (lo <= when.date() <= hi):
            err(w, f"date {when.date()} outside the {phase} range")
        if when.date() in MAKEUP_WORKDAYS:
            err(w, "falls on a make-up working day (avoided on purpose)")
        if tenant in last_time and when < last_time[tenant]:
            err(w, "not chronological within the tenant")
        last_time[tenant] = when

        ctx = ctxs[tenant]
        if kind == "payment":
            payer = json.dumps(r["payer"], ensure_ascii=False, sort_keys=True)
            if payer_of.setdefault(tenant, payer) != payer:
                err(w, "payer differs from the tenant's other lines")
            vid = r["payee"]["vendor_id"]
            if vid:
                if phase == "history":
                    vendor_hist.setdefault((tenant, vid), set()).add(r["payee"]["account_no"])
                known = vendor_hist.get((tenant, vid), set())
                if known and r["payee"]["account_no"] not in known and not r["payee_account_changed_at"]:
                    err(w, f"vendor {vid} with a new account but no payee_account_changed_at")
            oid = r["related"]["order_id"]
            if oid and oid not in ctx.orders:
                err(w, f"related.order_id {oid} is not an earlier order of this tenant")
            if r["purpose"] in REFUND_PURPOSES and not ORIG_ACCT_RE.search(r["memo"]):
                err(w, "refund payment without 原付款账户<number> in memo (corpus convention)")
            if r["purpose"] in SALARY_PURPOSES and r["payee"]["account_type"] == "personal" \
                    and not LAST_PAREN_RE.search(r["memo"]):
                err(w, "personal salary-type payment without the beneficiary marker （name|N人） at the end of memo")
            if phase == "test" and r["related"]["invoice_no"]:
                test_invoices[r["related"]["invoice_no"]] += 1
        else:
            cid = r["customer"]["customer_id"]
            if cid is not None:
                if phase == "history":
                    prev = ctx.hist_customers.setdefault(cid, (r["customer"]["name"], r["customer"]["credit_code"]))
                    if prev != (r["customer"]["name"], r["customer"]["credit_code"]):
                        err(w, f"customer {cid} changes name or credit code")
                elif cid not in ctx.hist_customers:
                    err(w, f"customer_id {cid} has no history")
                elif ctx.hist_customers[cid] != (r["customer"]["name"], r["customer"]["credit_code"]):
                    err(w, f"customer {cid} differs from its history")

        if phase == "test":
            derived = derived_signals(line, ctx)
            listed = set(signals) & DERIVED
            for s in sorted(derived - listed):
                err(w, f"signal {s} holds in the data but is not listed")
            for s in sorted(listed - derived):
                err(w, f"signal {s} is listed but does not hold in the data")
            evasion_checks(w, line)
            reasons = block_reasons(line, ctx)
            if label == "legit" and reasons:
                err(w, f"legitimate line meets block condition(s) {reasons}")
            if label == "scam" and bool(reasons) != (expect == "block"):
                err(w, f"expect {expect} but block_reasons() = {reasons}")
            if note.startswith("Structural only:") and label != "scam":
                err(w, "'Structural only:' is for scam lines")
            # stats
            st = stats[tenant]
            st["test"] += 1
            st["test_" + kind] += 1
            if label == "scam":
                st["scam"] += 1
                ts_ = type_stats[scam]
                ts_["lines"] += 1
                ts_[expect] += 1
                if note.startswith("Structural only:"):
                    ts_["structural"] += 1
                ev = [s for s in signals if s.startswith("evasion_")]
                for s in ev:
                    evasion_stats[s] += 1
                if ev:
                    evasion_stats["_lines"] += 1
            else:
                st["legit"] += 1
                st["hard" if note.startswith("Hard negative:") else "routine"] += 1
            if expect == "block":
                st["block"] += 1
                expect_block[tenant] += 1
        else:
            stats[tenant]["hist_" + kind] += 1

        # update context after judging the line
        if kind == "order":
            ctx.orders[r["record_id"]] = r
        if phase == "history" and kind == "payment":
            ctx.hist_accounts.add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                if r["related"]["invoice_no"] in ctx.hist_invoices:
                    err(w, "history pays the same invoice twice")
                ctx.hist_invoices.add(r["related"]["invoice_no"])

    for inv_no, c in test_invoices.items():
        if c > 1:
            err("file", f"invoice {inv_no} appears on {c} test lines")
    if tenant_seq != TENANT_ORDER:
        err("file", f"tenant order {tenant_seq} != {TENANT_ORDER}")
    for t in SCAM_TYPES:
        if not 3 <= type_stats[t]["lines"] <= 5:
            err("file", f"scam type {t} has {type_stats[t]['lines']} lines (want 3-5)")

    if ERRORS:
        for e in ERRORS:
            print(e)
        print(f"\n{len(ERRORS)} violation(s)")
        return 1

    # ---- summary -------------------------------------------------------------
    total = collections.Counter()
    print("| tenant | history payment/order | test | scams | legit | hard negatives | routine | expect block | test payments/orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for t in TENANT_ORDER:
        s = stats[t]
        total.update(s)
        print(f"| {t} | {s['hist_payment']}/{s['hist_order']} | {s['test']} | {s['scam']} | {s['legit']} | "
              f"{s['hard']} | {s['routine']} | {s['block']} | {s['test_payment']}/{s['test_order']} |")
    s = total
    print(f"| **total** | {s['hist_payment']}/{s['hist_order']} | {s['test']} | {s['scam']} | {s['legit']} | "
          f"{s['hard']} | {s['routine']} | {s['block']} | {s['test_payment']}/{s['test_order']} |")
    print()
    print("| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    for t in SCAM_TYPES:
        x = type_stats[t]
        print(f"| `{t}` | {x['lines']} | {x['block']} | {x['flag']} | {x['structural']} |")
    tt = collections.Counter()
    for x in type_stats.values():
        tt.update(x)
    print(f"| **total** | {tt['lines']} | {tt['block']} | {tt['flag']} | {tt['structural']} |")
    print()
    print("evasion (scam lines):", dict(sorted((k, v) for k, v in evasion_stats.items())))
    print(f"\nOK: {len(lines)} lines, no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
