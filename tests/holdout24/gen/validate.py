#!/usr/bin/env python3
"""Strict checks for holdout24.jsonl. Standard library only; exits non-zero on any violation.

Checks: the line format of the shared corpus README, the wire contract of PRODUCT.md for
the request bodies, phone-number and credit-code conventions, the agreement of the
data-derived signals with the data, the presence of the evasion spellings a line claims,
and that `expect: block` is set exactly when a block condition of the README holds
(see block_reasons()). Run from tests/holdout24 as `python3 gen/validate.py [file]`.
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout24.jsonl")

# ---------------------------------------------------------------- conventions of this corpus

TENANT_HOURS = {"guomen": ("10:00", "20:00"), "hongguo": ("10:00", "19:30"), "hanhai": ("10:00", "19:30")}
TENANT_STAFF_PREFIX = {"guomen": "E21", "hongguo": "E22", "hanhai": "E23"}
TENANT_GM = {"guomen": "王建新", "hongguo": "周红梅", "hanhai": "韩志远"}
HOLIDAYS = {datetime.date(2026, 9, 25)} | {datetime.date(2026, 10, d) for d in range(1, 8)}
HISTORY_RANGE = (datetime.date(2026, 8, 1), datetime.date(2026, 9, 15))
TEST_RANGE = (datetime.date(2026, 9, 16), datetime.date(2026, 11, 20))
MEANINGFUL = {"CNY": Decimal("10000.00"), "USD": Decimal("1500.00")}
RECENT = datetime.timedelta(days=30)

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
DERIVED = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
           "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours", "sales_order_linked"}
PAYMENT_ONLY = DERIVED - {"new_customer", "off_hours"}
EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
           "evasion_homophone", "evasion_symbols"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
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
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
CURRENCIES = {"CNY", "USD"}

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MONEY = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_EMP = re.compile(r"^E\d{4}$")
RE_MOBILE = re.compile(r"^1(300000|310000|560000)\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_FOREIGN = re.compile(r"^\+(7 700 000\d{4}|998 90 000\d{4})$")

USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Small normalisation maps used only to confirm that a wording signal has evidence in the text.
TRAD = dict(zip("帳賬戶轉凍結驗資證監過匯變審計稅請為舊關於財務貨鄉乾紅週噸綠銀給賬號碼", "账账户转冻结验资证监过汇变审计税请为旧关于财务货乡干红周吨绿银给账号码"))
HOMOPHONE = {"威信": "微信", "薇信": "微信", "返力": "返利", "唰单": "刷单", "联单": "连单", "保正金": "保证金",
             "压金": "押金", "扣扣": "QQ"}
PINYIN = {"aqzh": "安全账户", "yhk": "银行卡", "bzj": "保证金", "yzm": "验证码", "zfb": "支付宝",
          "dgzh": "对公账户", "sls": "刷流水"}
TRAD_ONLY = set("帳賬戶轉凍結驗資證監過匯變審計稅請為舊關於財務貨鄉乾紅週噸綠銀給")

EVIDENCE = {
    "safe_account_words": ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查", "核查专户"],
    "account_lending_words": ["走账", "过账", "过一下账", "借用公户", "借用账户", "借贵司账户",
                              "черезвашсчёт", "пропуститьденьги"],
    "balance_probe": ["余额", "还有多少", "各有多少"],
    "task_rebate_words": ["刷单", "返利", "返佣", "返现", "任务", "连单", "卡单"],
    "topup_words": ["充值"],
    "loan_fee_words": ["验资", "解冻", "评估费", "评估服务费", "贷"],
}
# Words whose presence turns a wording block condition on; legitimate lines must not carry them.
LEGIT_FORBIDDEN = EVIDENCE["safe_account_words"] + EVIDENCE["account_lending_words"]
LEGIT_PERSONAL_FORBIDDEN = EVIDENCE["task_rebate_words"] + EVIDENCE["topup_words"] + ["验资", "解冻"]

ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


def parse_ts(s):
    return datetime.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def check_ts(where, field, value, nullable=False):
    if value is None:
        if not nullable:
            err(where, "%s is null" % field)
        return False
    if not isinstance(value, str) or not RE_TS.match(value):
        err(where, "%s is not RFC 3339 with +08:00: %r" % (field, value))
        return False
    try:
        parse_ts(value)
    except ValueError:
        err(where, "%s is not a valid date-time: %r" % (field, value))
        return False
    return True


def check_keys(where, obj, keys, optional=()):
    if not isinstance(obj, dict):
        err(where, "expected an object, got %r" % type(obj).__name__)
        return False
    got = list(obj.keys())
    want = list(keys) + [k for k in optional if k in obj]
    if got != want:
        err(where, "keys %r, expected %r" % (got, want))
        return False
    return True


def check_str(where, field, value, nullable=False, nonempty=True):
    if value is None:
        if not nullable:
            err(where, "%s is null" % field)
        return
    if not isinstance(value, str):
        err(where, "%s is not a string" % field)
    elif nonempty and not value.strip():
        err(where, "%s is empty" % field)


def check_money(where, field, value):
    if not isinstance(value, str) or not RE_MONEY.match(value):
        err(where, "%s is not a decimal string with two places: %r" % (field, value))
        return None
    d = Decimal(value)
    if d <= 0:
        err(where, "%s is not positive" % field)
    return d


def valid_phone(p):
    return bool(RE_MOBILE.match(p) or RE_LANDLINE.match(p) or RE_FOREIGN.match(p))


def check_phone_field(where, field, value, nullable=True):
    if value is None:
        if not nullable:
            err(where, "%s is null" % field)
        return
    if not isinstance(value, str) or not valid_phone(value):
        err(where, "%s is not an allowed phone number: %r" % (field, value))


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CS for c in code):
        return False
    s = sum(USCC_CS.index(c) * w for c, w in zip(code[:17], USCC_W))
    if USCC_CS[(31 - s % 31) % 31] != code[17]:
        return False
    org = code[8:17]

    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    s = sum(val(c) * w for c, w in zip(org[:8], [3, 7, 9, 10, 5, 8, 4, 2]))
    r = 11 - s % 11
    return org[8] == ("X" if r == 10 else ("0" if r == 11 else str(r)))


def scan_text_phones(where, text):
    t = unicodedata.normalize("NFKC", text)
    for m in re.finditer(r"(?<![\d+])1\d{10}(?!\d)", t):
        if not RE_MOBILE.match(m.group(0)):
            err(where, "mobile number outside the allowed ranges in text: %s" % m.group(0))
    for m in re.finditer(r"\+\d{1,3}(?: \d+)+", t):
        if not RE_FOREIGN.match(m.group(0)):
            err(where, "foreign number outside the allowed ranges in text: %s" % m.group(0))
    for m in re.finditer(r"(?<!\d)0\d{2,3}-\d{7}(?!\d)", t):
        if not RE_LANDLINE.match(m.group(0)):
            err(where, "landline outside the allowed range in text: %s" % m.group(0))


def texts_of(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r["purpose"], r["memo"], r["instruction"]["text"]]
    else:
        parts = [r["payment_terms"], r["notes"]]
    return "\n".join(p for p in parts if p)


def compact(text):
    t = unicodedata.normalize("NFKC", text).lower()
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat.startswith("P") or cat in ("So", "Sk", "Cf", "Mn"):
            continue
        out.append(TRAD.get(ch, ch))
    t = "".join(out)
    for a, b in HOMOPHONE.items():
        t = t.replace(a, b)
    for a, b in PINYIN.items():
        t = re.sub(r"(?<![a-z])%s(?![a-z])" % a, b, t)
    return t


def is_off_hours(tenant, stamp):
    dt = parse_ts(stamp)
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    start, end = TENANT_HOURS[tenant]
    return not (start <= dt.strftime("%H:%M") < end)


# ---------------------------------------------------------------- block conditions


def derived_signals(line, ctx):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in ctx["hist_accounts"]:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        if r["payee_account_changed_at"]:
            gap = parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])
            out.add("account_changed_recent" if gap <= RECENT else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"]:
            out.add("duplicate_invoice")
        if r["related"]["order_id"]:
            out.add("sales_order_linked")
        stamp = r["submitted_at"]
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        stamp = r["received_at"]
    if is_off_hours(line["tenant"], stamp):
        out.add("off_hours")
    return out


def order_cleared(order_id, ctx):
    """Has the customer's money for this sales order arrived? Only an order line of the same
    tenant whose payment terms say the money arrived (已到账), and that carries no sign of a
    screenshot-only or pending payment, counts as cleared."""
    o = ctx["orders"].get(order_id)
    if o is None:
        return False
    terms = o["request"]["payment_terms"] or ""
    if "已到账" not in terms or "未到账" in terms or "未入账" in terms:
        return False
    return "fake_payment_proof" not in o["signals"]


def block_reasons(line, ctx):
    """The README's hard-block conditions, evaluated on the data. Structural conditions are
    computed from the request and the tenant's history; wording conditions use the line's
    wording signals (whose evidence in the text is checked separately)."""
    sig = set(line["signals"])
    r = line["request"]
    reasons = []
    d = derived_signals(line, ctx)
    if "safe_account_words" in sig:
        reasons.append("transfer to a safe/national/supervised account or for fund verification")
    if "account_lending_words" in sig:
        reasons.append("request to lend the company account or pass money through it")
    if "refund_to_other_account" in sig or (
            line["kind"] == "order" and r["third_party"] and r["third_party"]["role"] == "refund_recipient"):
        reasons.append("refund to an account other than the one that paid")
    if "refund_words" in sig and "fake_payment_proof" in sig:
        reasons.append("refund before the money has cleared")
    if line["kind"] == "payment":
        if "designated_supplier" in sig and r["related"]["order_id"] and not order_cleared(r["related"]["order_id"], ctx):
            reasons.append("paying a customer-designated supplier before the customer's money arrived")
        if (r["payee"]["vendor_id"] and r["payee_account_changed_at"] and "account_changed_recent" in d
                and "first_time_payee" in d and Decimal(r["amount"]) >= MEANINGFUL[r["currency"]]):
            reasons.append("first meaningful payment to a supplier account changed within 30 days")
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and "balance_probe" in sig
                and "boss_role" in sig and "first_time_payee" in d):
            reasons.append("boss instruction by IM/e-mail, no approval, balance probe, first-time payee")
        if r["payee"]["account_type"] == "personal" and sig & {"task_rebate_words", "topup_words", "loan_fee_words"}:
            reasons.append("personal payee with task/top-up/rebate/unfreezing/capital-verification words")
        if "duplicate_invoice" in d:
            reasons.append("invoice number already paid")
        if sig & {"payee_not_employee", "payee_shared_by_employees"}:
            reasons.append("salary to a non-employee or several employees to one account")
    else:
        if r["third_party"] and r["third_party"]["role"] == "designated_supplier" and "fake_payment_proof" in sig:
            reasons.append("order asking us to pay its designated supplier, backed only by a screenshot")
    return reasons


# ---------------------------------------------------------------- checks


def check_payment(where, line, tenant):
    r = line["request"]
    if not check_keys(where, r, PAY_KEYS, optional=["verification"]):
        return
    check_str(where, "request_id", r["request_id"])
    check_ts(where, "submitted_at", r["submitted_at"])
    if check_keys(where + ".payer", r["payer"], PAYER_KEYS):
        if not (isinstance(r["payer"]["account_no"], str) and RE_ACCT.match(r["payer"]["account_no"])):
            err(where, "payer.account_no is not 16-19 digits")
        check_str(where, "payer.account_name", r["payer"]["account_name"])
    p = r["payee"]
    if check_keys(where + ".payee", p, PAYEE_KEYS):
        check_str(where, "payee.name", p["name"])
        if not (isinstance(p["account_no"], str) and RE_ACCT.match(p["account_no"])):
            err(where, "payee.account_no is not 16-19 digits: %r" % p["account_no"])
        check_str(where, "payee.bank", p["bank"], nullable=True)
        if p["account_type"] not in ACCOUNT_TYPES:
            err(where, "payee.account_type %r" % p["account_type"])
        check_str(where, "payee.vendor_id", p["vendor_id"], nullable=True)
        check_phone_field(where, "payee.phone", p["phone"])
    check_money(where, "amount", r["amount"])
    if r["currency"] not in CURRENCIES:
        err(where, "currency %r" % r["currency"])
    check_str(where, "purpose", r["purpose"], nullable=True)
    check_str(where, "memo", r["memo"], nullable=True)
    ins = r["instruction"]
    if check_keys(where + ".instruction", ins, INSTR_KEYS):
        if ins["channel"] not in CHANNELS:
            err(where, "instruction.channel %r" % ins["channel"])
        check_str(where, "instruction.from_name", ins["from_name"], nullable=True)
        check_str(where, "instruction.from_contact", ins["from_contact"], nullable=True)
        check_str(where, "instruction.text", ins["text"], nullable=True)
        if not isinstance(ins["urgent"], bool):
            err(where, "instruction.urgent is not a boolean")
        fc = ins["from_contact"]
        if isinstance(fc, str) and re.match(r"^[+\d][\d -]+$", fc) and not valid_phone(fc):
            err(where, "instruction.from_contact phone not allowed: %r" % fc)
        if ins["channel"] == "erp" and fc is not None:
            err(where, "ERP instruction with a from_contact")
    prefix = TENANT_STAFF_PREFIX[tenant]
    if not (isinstance(r["requested_by"], str) and RE_EMP.match(r["requested_by"])
            and r["requested_by"].startswith(prefix)):
        err(where, "requested_by %r" % r["requested_by"])
    if not isinstance(r["approved_by"], list):
        err(where, "approved_by is not a list")
    else:
        for a in r["approved_by"]:
            if not (isinstance(a, str) and RE_EMP.match(a) and a.startswith(prefix)):
                err(where, "approved_by entry %r" % a)
        if len(set(r["approved_by"])) != len(r["approved_by"]):
            err(where, "approved_by has duplicates")
        if r["requested_by"] in r["approved_by"]:
            err(where, "requester approves their own request")
    if check_keys(where + ".related", r["related"], RELATED_KEYS):
        for k in RELATED_KEYS:
            check_str(where, "related." + k, r["related"][k], nullable=True)
    if r["payee_account_changed_at"] is not None:
        if check_ts(where, "payee_account_changed_at", r["payee_account_changed_at"]):
            if parse_ts(r["payee_account_changed_at"]) > parse_ts(r["submitted_at"]):
                err(where, "payee_account_changed_at after submitted_at")
        if not p.get("vendor_id"):
            err(where, "account change recorded for a payee without vendor_id")
    if "verification" in r:
        v = r["verification"]
        if check_keys(where + ".verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(where, "verification.callback_done is not a boolean")
            check_phone_field(where, "verification.callback_number", v["callback_number"], nullable=False)
            if not (isinstance(v["verified_by"], str) and RE_EMP.match(v["verified_by"])
                    and v["verified_by"].startswith(prefix)):
                err(where, "verification.verified_by %r" % v["verified_by"])
            if check_ts(where, "verification.verified_at", v["verified_at"]):
                if parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
                    err(where, "verification after submission")
    for t in (r["memo"], r["purpose"], ins.get("text") if isinstance(ins, dict) else None):
        if t:
            scan_text_phones(where, t)


def check_order(where, line):
    r = line["request"]
    if not check_keys(where, r, ORDER_KEYS):
        return
    check_str(where, "record_id", r["record_id"])
    check_ts(where, "received_at", r["received_at"])
    c = r["customer"]
    if check_keys(where + ".customer", c, CUSTOMER_KEYS):
        check_str(where, "customer.name", c["name"])
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(where, "customer.credit_code has an invalid check character: %r" % c["credit_code"])
        check_str(where, "customer.contact_name", c["contact_name"], nullable=True)
        check_phone_field(where, "customer.phone", c["phone"])
        check_str(where, "customer.email", c["email"], nullable=True)
        check_str(where, "customer.im_id", c["im_id"], nullable=True)
        if isinstance(c["im_id"], str):
            m = re.search(r"\+[\d ]+\d", c["im_id"])
            if m and not RE_FOREIGN.match(m.group(0)):
                err(where, "customer.im_id number not allowed: %r" % c["im_id"])
        check_str(where, "customer.customer_id", c["customer_id"], nullable=True)
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(where, "items is not a non-empty list")
    else:
        for i, it in enumerate(r["items"]):
            w = "%s.items[%d]" % (where, i)
            if not check_keys(w, it, ITEM_KEYS):
                continue
            check_str(w, "product", it["product"])
            check_str(w, "unit", it["unit"], nullable=True)
            if not (isinstance(it["quantity"], str) and RE_QTY.match(it["quantity"])):
                err(w, "quantity is not a decimal string: %r" % it["quantity"])
                continue
            price = check_money(w, "unit_price", it["unit_price"])
            if price is None:
                continue
            total += Decimal(it["quantity"]) * price
    tot = check_money(where, "total_amount", r["total_amount"])
    if tot is not None and tot != total:
        err(where, "total_amount %s != sum of items %s" % (tot, total))
    if r["currency"] not in CURRENCIES:
        err(where, "currency %r" % r["currency"])
    if r["channel"] not in CHANNELS:
        err(where, "channel %r" % r["channel"])
    if check_keys(where + ".delivery", r["delivery"], DELIVERY_KEYS):
        check_str(where, "delivery.address", r["delivery"]["address"], nullable=True)
        dl = r["delivery"]["deadline"]
        if dl is not None:
            if not (isinstance(dl, str) and RE_DATE.match(dl)):
                err(where, "delivery.deadline is not a date: %r" % dl)
            elif datetime.date.fromisoformat(dl) < parse_ts(r["received_at"]).date():
                err(where, "delivery.deadline before the order")
    check_str(where, "payment_terms", r["payment_terms"], nullable=True)
    tp = r["third_party"]
    if tp is not None and check_keys(where + ".third_party", tp, THIRD_KEYS):
        check_str(where, "third_party.name", tp["name"])
        if tp["role"] not in ROLES:
            err(where, "third_party.role %r" % tp["role"])
        check_money(where, "third_party.amount", tp["amount"])
        if isinstance(tp["contact"], str) and re.match(r"^[+\d][\d -]+$", tp["contact"]) and not valid_phone(tp["contact"]):
            err(where, "third_party.contact phone not allowed: %r" % tp["contact"])
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested is not a list")
    else:
        for i, f in enumerate(r["fees_requested"]):
            if check_keys("%s.fees_requested[%d]" % (where, i), f, FEE_KEYS):
                check_str(where, "fee reason", f["reason"])
                check_money(where, "fee amount", f["amount"])
    check_str(where, "notes", r["notes"], nullable=True)
    for t in (r["notes"], r["payment_terms"]):
        if t:
            scan_text_phones(where, t)


def check_evasion(where, line):
    raw = texts_of(line)
    nf = unicodedata.normalize("NFKC", raw).lower()
    sig = set(line["signals"])
    tests = {
        "evasion_fullwidth": any(0xFF01 <= ord(ch) <= 0xFF5E for ch in raw),
        "evasion_traditional": any(ch in TRAD_ONLY for ch in raw),
        "evasion_spacing": bool(re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", raw)),
        "evasion_symbols": any(ord(ch) >= 0x1F300 or ch in "➕✈" for ch in raw),
        "evasion_pinyin": bool(re.search(r"(?<![a-z])(%s)(?![a-z])" % "|".join(PINYIN), nf)),
        "evasion_homophone": any(h in raw for h in HOMOPHONE),
    }
    for s in EVASION:
        if s in sig and not tests[s]:
            err(where, "%s listed but the text shows no such spelling" % s)


def check_wording_evidence(where, line, tenant):
    text = compact(texts_of(line))
    sig = set(line["signals"])
    for s, stems in EVIDENCE.items():
        if s in sig and not any(compact(x) in text for x in stems):
            err(where, "%s listed but no matching words in the text" % s)
    if "refund_to_other_account" in sig and not ("退" in text or "верн" in text):
        err(where, "refund_to_other_account without any refund wording")
    if "boss_role" in sig:
        r = line["request"]
        who = (r["instruction"]["from_name"] or "") if line["kind"] == "payment" else ""
        if TENANT_GM[tenant] not in who + texts_of(line) and "总" not in texts_of(line):
            err(where, "boss_role listed but no boss appears")
    if line["label"] == "legit":
        for w in LEGIT_FORBIDDEN:
            if compact(w) in text:
                err(where, "legitimate line carries block wording %r" % w)
        if line["kind"] == "payment" and line["request"]["payee"]["account_type"] == "personal":
            for w in LEGIT_PERSONAL_FORBIDDEN:
                if compact(w) in text:
                    err(where, "legitimate personal-account payment carries %r" % w)


def main(path):
    try:
        raw_lines = open(path, encoding="utf-8").read().split("\n")
    except OSError as e:
        print("cannot read %s: %s" % (path, e))
        return 2
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    lines = []
    for i, raw in enumerate(raw_lines, 1):
        try:
            lines.append(json.loads(raw))
        except ValueError as e:
            err("line %d" % i, "not JSON: %s" % e)
    if ERRORS:
        return report()

    ids = set()
    request_ids = collections.defaultdict(set)
    seen_tenants = []
    by_tenant = collections.OrderedDict()
    for i, line in enumerate(lines, 1):
        where = "line %d (%s)" % (i, line.get("id"))
        if not isinstance(line, dict):
            err(where, "not an object")
            continue
        phase = line.get("phase")
        if phase not in ("history", "test"):
            err(where, "phase %r" % phase)
            continue
        check_keys(where, line, LINE_KEYS_H if phase == "history" else LINE_KEYS_T)
        if set(line.keys()) != set(LINE_KEYS_H if phase == "history" else LINE_KEYS_T):
            continue
        t = line["tenant"]
        if t not in TENANT_HOURS:
            err(where, "unknown tenant %r" % t)
            continue
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(where, "tenant %s is not grouped" % t)
            seen_tenants.append(t)
        by_tenant.setdefault(t, []).append(line)
        if line["id"] in ids:
            err(where, "duplicate id")
        ids.add(line["id"])
        if not re.match(r"^%s-%s\d{3}$" % (re.escape(t), "h" if phase == "history" else "t"), line["id"]):
            err(where, "id does not match tenant and phase")
        if line["kind"] not in ("payment", "order"):
            err(where, "kind %r" % line["kind"])
            continue
        if line["label"] not in ("legit", "scam"):
            err(where, "label %r" % line["label"])
        if line["label"] == "legit":
            if line["scam_type"] is not None:
                err(where, "legit line with a scam_type")
            if line["expect"] != "allow":
                err(where, "legit line with expect %r" % line["expect"])
        else:
            if line["scam_type"] not in SCAM_TYPES:
                err(where, "scam_type %r" % line["scam_type"])
            if line["expect"] not in ("flag", "block"):
                err(where, "scam line with expect %r" % line["expect"])
        if phase == "history":
            if line["label"] != "legit" or line["expect"] != "allow" or line["outcome"] != "executed":
                err(where, "history line must be legit/allow/executed")
            if line["signals"] != []:
                err(where, "history line carries signals")
        if not isinstance(line["signals"], list) or len(set(line["signals"])) != len(line["signals"]):
            err(where, "signals must be a list without duplicates")
        else:
            for s in line["signals"]:
                if s not in VOCAB:
                    err(where, "signal %r is not in the vocabulary" % s)
        note = line["note"]
        if not isinstance(note, str) or not note.strip() or not note.endswith("."):
            err(where, "note must be one sentence ending with a full stop")
        else:
            if re.search(r"[.!?]\s+[A-Z]", note):
                err(where, "note has more than one sentence")
            if phase == "test":
                if line["label"] == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                    err(where, "legit test note must start with Routine: or Hard negative:")
                if line["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                    err(where, "scam note with a legit prefix")
                if note.startswith("Routine: ") and line["signals"]:
                    err(where, "routine line carries signals")
                if note.startswith("Hard negative: ") and not line["signals"]:
                    err(where, "hard negative without the signals it shares with a scam")
                if note.startswith("Structural only: ") and line["label"] != "scam":
                    err(where, "Structural only: used on a legit line")
        if line["kind"] == "payment":
            check_payment(where, line, t)
            rid = line["request"].get("request_id")
            stamp = line["request"].get("submitted_at")
        else:
            check_order(where, line)
            rid = line["request"].get("record_id")
            stamp = line["request"].get("received_at")
        if rid in request_ids[(t, line["kind"])]:
            err(where, "request id %s reused" % rid)
        request_ids[(t, line["kind"])].add(rid)
        if isinstance(stamp, str) and RE_TS.match(stamp):
            day = parse_ts(stamp).date()
            lo, hi = HISTORY_RANGE if phase == "history" else TEST_RANGE
            if not (lo <= day <= hi):
                err(where, "%s date %s outside %s..%s" % (phase, day, lo, hi))
        if line["kind"] == "order" and line["label"] == "legit":
            pass
        if phase == "test":
            check_evasion(where, line)
            check_wording_evidence(where, line, t)
    if ERRORS:
        return report()

    # per-tenant order, history, derived signals and block conditions
    stats = collections.OrderedDict()
    for t, tl in by_tenant.items():
        prev = None
        seen_test = False
        for line in tl:
            where = "%s" % line["id"]
            stamp = parse_ts(line["request"]["submitted_at" if line["kind"] == "payment" else "received_at"])
            if line["phase"] == "test":
                seen_test = True
            elif seen_test:
                err(where, "history line after a test line")
            if prev and stamp < prev:
                err(where, "not in chronological order")
            prev = stamp
        hist = [l for l in tl if l["phase"] == "history"]
        # History builds up line by line: a history line is judged against the history before it,
        # a test line against the whole history (test lines never enter it).
        ctx = {
            "hist_accounts": set(),
            "hist_invoices": set(),
            "orders": {l["request"]["record_id"]: l for l in tl if l["kind"] == "order"},
        }
        hist_customers = {l["request"]["customer"]["customer_id"]: l["request"]["customer"]["name"]
                          for l in hist if l["kind"] == "order" and l["request"]["customer"]["customer_id"]}
        payer = {}
        vendors = {}
        for line in tl:
            where = line["id"]
            r = line["request"]
            if line["kind"] == "payment":
                key = r["currency"]
                acct_pair = (r["payer"]["account_no"], r["payer"]["account_name"])
                if payer.setdefault(key, acct_pair) != acct_pair:
                    err(where, "payer account differs from the tenant's other %s payments" % key)
                vid = r["payee"]["vendor_id"]
                if vid:
                    cur = (r["payee"]["account_no"], r["payee_account_changed_at"], r["submitted_at"])
                    if vid in vendors:
                        acc0, ch0, at0 = vendors[vid]
                        if cur[0] != acc0:
                            if not cur[1] or parse_ts(cur[1]) <= parse_ts(at0):
                                err(where, "vendor %s has a new account but no change recorded after its last use" % vid)
                        elif cur[1] != ch0:
                            err(where, "vendor %s change date differs although the account did not change" % vid)
                    vendors[vid] = cur
                oid = r["related"]["order_id"]
                if oid and oid not in ctx["orders"] and "sales_order_linked" not in line["signals"]:
                    err(where, "order_id without sales_order_linked")
            else:
                cid = r["customer"]["customer_id"]
                if cid is not None and line["phase"] == "test":
                    if hist_customers.get(cid) != r["customer"]["name"]:
                        err(where, "established customer %s has no matching history order" % cid)
                tp = r["third_party"]
                if tp and line["phase"] == "test":
                    need = {"designated_supplier": "designated_supplier",
                            "refund_recipient": "refund_to_other_account"}.get(tp["role"])
                    if need and need not in line["signals"]:
                        err(where, "third_party role %s without signal %s" % (tp["role"], need))
                    if tp["role"] == "pass_through_payee" and not (
                            {"account_lending_words", "third_party_payer", "in_out_match"} & set(line["signals"])):
                        err(where, "pass-through third party without a matching signal")
            if line["phase"] == "test":
                got = derived_signals(line, ctx)
                listed = {s for s in line["signals"] if s in DERIVED}
                if got != listed:
                    err(where, "data-derived signals %s but listed %s" % (sorted(got), sorted(listed)))
                if line["kind"] == "order" and set(line["signals"]) & PAYMENT_ONLY:
                    err(where, "payment-only signal on an order")
            reasons = block_reasons(line, ctx)
            if line["label"] == "legit" and reasons:
                err(where, "legitimate line meets a block condition: %s" % "; ".join(reasons))
            if line["label"] == "scam":
                if line["expect"] == "block" and not reasons:
                    err(where, "expect block but no block condition holds")
                if line["expect"] == "flag" and reasons:
                    err(where, "expect flag but a block condition holds: %s" % "; ".join(reasons))
            if line["phase"] == "history" and line["kind"] == "payment":
                ctx["hist_accounts"].add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    ctx["hist_invoices"].add(r["related"]["invoice_no"])
        stats[t] = tl
    if ERRORS:
        return report()
    summarise(stats)
    return 0


def summarise(stats):
    by_type = collections.OrderedDict((s, [0, 0, 0, 0]) for s in SCAM_TYPES)
    evasion = collections.Counter()
    total_scams = 0
    print("%-8s %5s %5s %5s %5s %5s %5s %5s %5s %6s" % ("tenant", "h.pay", "h.ord", "test", "scam", "legit",
                                                      "hardn", "rout", "block", "t.p/o"))
    for t, tl in stats.items():
        h = [l for l in tl if l["phase"] == "history"]
        te = [l for l in tl if l["phase"] == "test"]
        scams = [l for l in te if l["label"] == "scam"]
        legit = [l for l in te if l["label"] == "legit"]
        hn = [l for l in legit if l["note"].startswith("Hard negative")]
        print("%-8s %5d %5d %5d %5d %5d %5d %5d %5d %3d/%-3d" % (
            t, sum(l["kind"] == "payment" for l in h), sum(l["kind"] == "order" for l in h), len(te), len(scams),
            len(legit), len(hn), len(legit) - len(hn), sum(l["expect"] == "block" for l in te),
            sum(l["kind"] == "payment" for l in te), sum(l["kind"] == "order" for l in te)))
        for l in scams:
            total_scams += 1
            row = by_type[l["scam_type"]]
            row[0] += 1
            row[1 if l["expect"] == "block" else 2] += 1
            if l["note"].startswith("Structural only"):
                row[3] += 1
            for s in EVASION:
                if s in l["signals"]:
                    evasion[s] += 1
    print()
    print("%-24s %5s %5s %5s %5s" % ("scam type", "lines", "block", "flag", "struct"))
    bad = False
    for s, row in by_type.items():
        print("%-24s %5d %5d %5d %5d" % (s, row[0], row[1], row[2], row[3]))
        if not 3 <= row[0] <= 5:
            bad = True
    print()
    ev_lines = sum(1 for t, tl in stats.items() for l in tl
                   if l["label"] == "scam" and any(s in l["signals"] for s in EVASION))
    print("scam lines with evasion spellings: %d (%s)" % (ev_lines, ", ".join(
        "%s %d" % (k, v) for k, v in sorted(evasion.items()))))
    if bad:
        print("FAIL: every scam type needs 3-5 lines")
        sys.exit(1)
    print("OK")


def report():
    for e in ERRORS:
        print("ERROR", e)
    print("%d error(s)" % len(ERRORS))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
