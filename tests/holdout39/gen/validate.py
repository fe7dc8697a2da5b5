#!/usr/bin/env python3
"""Independent re-check of ../holdout39.jsonl. Exits non-zero on any failure.

It does not import build.py or the data files: every rule is recomputed from the
JSON lines themselves. `block_reasons(line)` recomputes which `expect: block`
condition of the corpus README a line meets (history taken from the same file).
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "holdout39.jsonl")

TENANTS = {"zhengyi", "mingjian", "hecheng"}
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
HOLIDAYS = {"2026-09-25", "2026-09-26", "2026-09-27"} | {"2026-10-0%d" % d for d in range(1, 8)}
MEANINGFUL = Decimal("10000.00")

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VER_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

STRUCT = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
          "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
VOCAB = set(STRUCT) | set("""payee_name_mismatch unusual_bank_region third_party_payment_endpoint crypto
no_po_contract vague_memo sales_order_linked just_below_limit split_payment large_vs_usual in_out_match
shell_company guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction
new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe
boss_role deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof
refund_to_other_account refund_words overpayment account_change_words personal_account_pretext
account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control large_first_order credit_terms_requested
far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company institution_claim
third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols""".split())

AMOUNT_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
TS_RE = re.compile(r"^2026-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_OK = re.compile(r"^1(36|37|38)0000\d{4}$")
LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
MOBILE_ANY = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


# ----------------------------------------------------------------- normalisation
# Traditional -> simplified for the characters this corpus uses (checked: every
# traditional-script line contains at least one of them).
T2S = str.maketrans({
    "資": "资", "金": "金", "核": "核", "國": "国", "賬": "账", "帳": "账", "戶": "户", "過": "过", "監": "监",
    "驗": "验", "證": "证", "凍": "冻", "結": "结", "轉": "转", "匯": "汇", "餘": "余", "額": "额", "務": "务",
    "費": "费", "預": "预", "將": "将", "請": "请", "還": "还", "們": "们", "個": "个", "為": "为", "來": "来",
    "電": "电", "話": "话", "單": "单", "時": "时", "會": "会", "計": "计", "師": "师", "處": "处", "開": "开",
    "發": "发", "稅": "税", "點": "点", "後": "后", "專": "专", "託": "托", "委": "委", "鑒": "鉴", "農": "农",
    "業": "业", "涉": "涉", "嫌": "嫌", "虛": "虚", "請": "请", "於": "于", "無": "无", "誤": "误", "額": "额",
    "麻": "麻", "煩": "烦", "錢": "钱", "經": "经", "給": "给", "勞": "劳", "遠": "远", "孫": "孙", "貿": "贸",
    "經": "经", "謝": "谢", "財": "财", "附": "附", "註": "注", "蓋": "盖", "剩": "剩", "餘": "余", "貴": "贵",
    "筆": "笔", "萬": "万", "聯": "联", "與": "与", "這": "这", "對": "对", "應": "应", "該": "该", "簽": "签",
    "縣": "县", "機": "机", "關": "关", "辦": "办", "條": "条", "號": "号", "問": "问", "題": "题", "準": "准",
    "條": "条", "總": "总", "書": "书", "査": "查", "檢": "检", "舊": "旧", "戶": "户",
})
TRAD_CHARS = set(k for k, v in ((chr(k), v) for k, v in T2S.items()) if k != v)
HOMOPHONE = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("刷dan", "刷单"), ("保正金", "保证金"),
             ("压金", "押金"), ("冲值", "充值")]
PINYIN = {"aqzh": "安全账户", "sls": "刷流水", "bzj": "保证金", "yhk": "银行卡", "dgzh": "对公账户",
          "gjf": "公检法", "yzm": "验证码", "zfb": "支付宝"}
PINYIN_RE = re.compile(r"(?<![a-z])(%s)(?![a-z])" % "|".join(sorted(PINYIN, key=len, reverse=True)))
VARIANT = str.maketrans({"帐": "账"})


def normal_view(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub("[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]", "", t)
    t = t.translate(T2S).translate(VARIANT).lower()
    for a, b in HOMOPHONE:
        t = t.replace(a, b)
    t = PINYIN_RE.sub(lambda m: PINYIN[m.group(1)], t)
    return t


def compact_view(text):
    t = normal_view(text)
    # keep only CJK ideographs, latin letters and digits (drops spaces, punctuation, symbols, emoji)
    t = "".join(c for c in t if c.isalnum() and (ord(c) < 0x3000 or "\u4e00" <= c <= "\u9fff"))
    for a, b in HOMOPHONE:
        t = t.replace(a, b)
    return t


def has_any(text, words):
    n, c = normal_view(text), compact_view(text)
    return [w for w in words if w in n or w in c]


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "走一下账", "过一下账", "过账", "借用公户", "借用对公账户", "借用账户", "借你们公司账户",
                 "借你们所的对公账户", "借个对公账户", "刷流水", "做流水", "资金过桥", "邮寄u盾", "把u盾寄过来", "出租账户"]
# bookkeeping sense of 过账 (posting vouchers to the ledger) is not account lending
BOOKKEEPING_POSTING = ["凭证过账", "、过账、", "过账、结账", "过账结账", "录入过账"]
NOT_CLEARED = ["截图", "未到账", "尚未到账", "没到账", "还没到账", "未入账", "处理中", "延迟到账", "延时到账"]
BALANCE_WORDS = ["余额", "可用资金", "账上还有", "还有多少钱", "资金情况", "能动用", "截图发我", "截个图"]
TASK_WORDS = ["任务", "充值", "返利", "刷单", "解冻", "验资", "返佣", "做单", "连单", "卡单"]
REFUND_SRC_RE = re.compile(r"来款账户[：:\s]*(\d{16,19})")
HEADCOUNT_RE = re.compile(r"（(\d+)人")
EMPLOYEE_RE = re.compile(r"员工：([^）)]+)[）)]")


def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return [r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""]
    tp = r.get("third_party") or {}
    return [r.get("notes") or "", r.get("payment_terms") or "", tp.get("name") or ""] + \
        [f["reason"] for f in r.get("fees_requested") or []]


def lending_text(s):
    n = normal_view(s)
    for b in BOOKKEEPING_POSTING:
        n = n.replace(b, "")
    c = compact_view(n)
    return [w for w in LENDING_WORDS if w in n or w in c]


# ----------------------------------------------------------------- history index

_INDEX = {}


def build_index(lines):
    _INDEX.clear()
    for ln in lines:
        if ln["phase"] != "history" or ln["kind"] != "payment":
            continue
        idx = _INDEX.setdefault(ln["tenant"], {"accounts": set(), "invoices": set()})
        idx["accounts"].add(ln["request"]["payee"]["account_no"])
        inv = ln["request"]["related"]["invoice_no"]
        if inv:
            idx["invoices"].add(inv)


def _hist(tenant):
    return _INDEX.get(tenant, {"accounts": set(), "invoices": set()})


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def off_hours(s):
    t = parse_ts(s)
    return t.hour < 10 or t.hour >= 20 or t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS


def structural(line):
    r = line["request"]
    hist = _hist(line["tenant"])
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in hist["accounts"]:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch is not None:
            days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400.0
            out.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in hist["invoices"]:
            out.add("duplicate_invoice")
        if off_hours(r["submitted_at"]):
            out.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        if off_hours(r["received_at"]):
            out.add("off_hours")
    return out


def block_reasons(line):
    """Which `expect: block` condition of the corpus README the line's data meets."""
    r = line["request"]
    reasons = []
    allt = "\n".join(texts(line))
    # 1 safe / national / supervised account, fund verification
    if has_any(allt, SAFE_WORDS):
        reasons.append("safe_account_or_fund_verification")
    # 2 lending the company account / passing money through it
    if lending_text(allt) or (line["kind"] == "order" and (r.get("third_party") or {}).get("role") == "pass_through_payee"):
        reasons.append("account_lending")
    if line["kind"] == "payment":
        hist = _hist(line["tenant"])
        first = r["payee"]["account_no"] not in hist["accounts"]
        personal = r["payee"]["account_type"] == "personal"
        # 3 refund to another account, or before the money cleared
        if "退" in (r["purpose"] or "") + (r["memo"] or ""):
            src = REFUND_SRC_RE.findall(normal_view(allt))
            if any(s != r["payee"]["account_no"] for s in src) or has_any(allt, NOT_CLEARED):
                reasons.append("refund_other_account_or_uncleared")
        # 4 customer-designated supplier paid before the customer's money arrived
        if r["related"]["order_id"] and first and has_any(allt, NOT_CLEARED):
            reasons.append("designated_supplier_before_customer_funds")
        # 5 first payment of a meaningful amount to an account changed within 30 days
        ch = r["payee_account_changed_at"]
        if ch is not None and first and Decimal(r["amount"]) >= MEANINGFUL:
            days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400.0
            if 0 <= days <= 30:
                reasons.append("first_payment_to_recently_changed_account")
        # 6 boss instruction by IM / e-mail, no approval, balance probe, first-time payee
        if (r["instruction"] or {}).get("channel") in ("im", "email") and not r["approved_by"] and first \
                and has_any(allt, BALANCE_WORDS):
            reasons.append("boss_im_no_approval_balance_probe_new_payee")
        # 7 personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if personal and has_any(allt, TASK_WORDS):
            reasons.append("personal_payee_task_words")
        # 8 invoice number already paid
        inv = r["related"]["invoice_no"]
        if inv and inv in hist["invoices"]:
            reasons.append("invoice_already_paid")
        # 9 salary to a non-employee, or several employees to one account
        if ("工资" in r["purpose"] or "薪" in r["purpose"]) and personal:
            m = HEADCOUNT_RE.search(r["memo"])
            e = EMPLOYEE_RE.search(r["memo"])
            if (m and int(m.group(1)) >= 2) or (e and e.group(1).strip() != r["payee"]["name"]):
                reasons.append("salary_to_non_employee_or_shared_account")
    else:
        tp = r.get("third_party") or {}
        # 3 (order form) refund to a third party
        if tp.get("role") == "refund_recipient" and tp.get("name") != r["customer"]["name"]:
            reasons.append("refund_other_account_or_uncleared")
        # 4 (order form) designated supplier to be paid, backed only by a screenshot
        if tp.get("role") in ("designated_supplier", "notary_service") and has_any(allt, ["截图"]):
            reasons.append("designated_supplier_before_customer_funds")
    return reasons


# ----------------------------------------------------------------- checks

class Fail(Exception):
    pass


ERRORS = []


def err(msg):
    ERRORS.append(msg)


def keys_exact(obj, keys, where):
    if not isinstance(obj, dict) or list(obj.keys()) != keys:
        err("%s: keys %s, expected %s" % (where, list(obj.keys()) if isinstance(obj, dict) else obj, keys))
        return False
    return True


def check_amount(v, where):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        err("%s: amount %r not a 2-dp string" % (where, v))


def check_ts(v, where):
    if not isinstance(v, str) or not TS_RE.match(v):
        err("%s: timestamp %r not RFC 3339 +08:00" % (where, v))
        return
    try:
        parse_ts(v)
    except ValueError:
        err("%s: timestamp %r invalid" % (where, v))


def check_acct(v, where):
    if not isinstance(v, str) or not ACCT_RE.match(v):
        err("%s: account %r not 16-19 digits" % (where, v))


def check_phone(v, where):
    if v is None:
        return
    if not (MOBILE_OK.match(v) or LANDLINE_OK.match(v)):
        err("%s: phone %r outside the fictitious patterns" % (where, v))


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_payment(r, where):
    if not keys_exact(r, PAY_KEYS + (["verification"] if "verification" in r else []), where):
        return
    check_ts(r["submitted_at"], where + ".submitted_at")
    if keys_exact(r["payer"], PAYER_KEYS, where + ".payer"):
        check_acct(r["payer"]["account_no"], where + ".payer")
    if keys_exact(r["payee"], PAYEE_KEYS, where + ".payee"):
        check_acct(r["payee"]["account_no"], where + ".payee")
        if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
            err(where + ": bad account_type")
        check_phone(r["payee"]["phone"], where + ".payee.phone")
    check_amount(r["amount"], where + ".amount")
    if r["currency"] != "CNY":
        err(where + ": currency")
    if keys_exact(r["instruction"], INSTR_KEYS, where + ".instruction"):
        if r["instruction"]["channel"] not in CHANNELS:
            err(where + ": bad channel")
        if not isinstance(r["instruction"]["urgent"], bool):
            err(where + ": urgent not bool")
        if r["instruction"]["channel"] == "erp" and not r["requested_by"]:
            err(where + ": erp payment without requested_by")
    if not isinstance(r["approved_by"], list) or r["requested_by"] in r["approved_by"]:
        err(where + ": approver list invalid or self-approval")
    keys_exact(r["related"], REL_KEYS, where + ".related")
    if r["payee_account_changed_at"] is not None:
        check_ts(r["payee_account_changed_at"], where + ".payee_account_changed_at")
        if parse_ts(r["payee_account_changed_at"]) > parse_ts(r["submitted_at"]):
            err(where + ": account changed after submission")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(v, VER_KEYS, where + ".verification"):
            check_ts(v["verified_at"], where + ".verification.verified_at")
            check_phone(v["callback_number"], where + ".verification.callback_number")
    # corpus conventions
    if ("工资" in r["purpose"] or "薪" in r["purpose"]) and r["payee"]["account_type"] == "personal":
        if not (HEADCOUNT_RE.search(r["memo"]) or EMPLOYEE_RE.search(r["memo"])):
            err(where + ": personal salary payment must name the employee(s) or headcount in memo")
    if "退" in r["purpose"] and not REFUND_SRC_RE.search(normal_view(r["instruction"]["text"])):
        err(where + ": refund payment must state the originating account (来款账户) in instruction.text")


def check_order(r, where):
    if not keys_exact(r, ORD_KEYS, where):
        return
    check_ts(r["received_at"], where + ".received_at")
    c = r["customer"]
    if keys_exact(c, CUST_KEYS, where + ".customer"):
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(where + ": invalid credit code %s" % c["credit_code"])
        check_phone(c["phone"], where + ".customer.phone")
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(where + ": items")
    for i, it in enumerate(r["items"]):
        if keys_exact(it, ITEM_KEYS, "%s.items[%d]" % (where, i)):
            check_amount(it["unit_price"], where + ".unit_price")
            if not QTY_RE.match(it["quantity"]):
                err(where + ": quantity %r" % it["quantity"])
            else:
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_amount(r["total_amount"], where + ".total_amount")
    if AMOUNT_RE.match(r["total_amount"]) and Decimal(r["total_amount"]) != total.quantize(Decimal("0.01")):
        err(where + ": total_amount %s != sum of items %s" % (r["total_amount"], total))
    if r["currency"] != "CNY":
        err(where + ": currency")
    if r["channel"] not in CHANNELS:
        err(where + ": channel")
    if keys_exact(r["delivery"], DELIV_KEYS, where + ".delivery"):
        if not DATE_RE.match(r["delivery"]["deadline"]):
            err(where + ": deadline")
    tp = r["third_party"]
    if tp is not None and keys_exact(tp, THIRD_KEYS, where + ".third_party"):
        if tp["role"] not in ROLES:
            err(where + ": third_party.role")
        check_amount(tp["amount"], where + ".third_party.amount")
        check_phone(tp["contact"], where + ".third_party.contact")
    if not isinstance(r["fees_requested"], list):
        err(where + ": fees_requested not a list")
    for f in r["fees_requested"]:
        if keys_exact(f, FEE_KEYS, where + ".fees_requested"):
            check_amount(f["amount"], where + ".fee.amount")


EVASION_CHECK = {
    "evasion_spacing": lambda t: re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", t),
    "evasion_fullwidth": lambda t: re.search(r"[\uff10-\uff5a]", t),
    "evasion_traditional": lambda t: any(c in TRAD_CHARS for c in t),
    "evasion_pinyin": lambda t: PINYIN_RE.search(t.lower()),
    "evasion_homophone": lambda t: any(a in t for a, _ in HOMOPHONE),
    "evasion_symbols": lambda t: re.search(r"[\u4e00-\u9fff][^\w\s，。：；、！？“”（）\u4e00-\u9fff]+[\u4e00-\u9fff]", t),
}


def main():
    raw = open(PATH, "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n") or "\r" in text:
        err("file must be LF-terminated lines")
    lines = []
    for n, s in enumerate(text.splitlines(), 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON: %s" % (n, e))
    build_index(lines)

    ids = set()
    rids = set()
    seen_tenants = []
    last = {}
    phase_seen_test = {}
    vendor_acct = {}
    per = {t: {"history": 0, "test": 0} for t in TENANTS}
    scam_counts = {s: 0 for s in SCAM_TYPES}
    blocks = flags = routine = hard = legit = scams = 0
    evasion_lines = []
    for ln in lines:
        lid = ln.get("id", "?")
        where = lid
        keys = LINE_KEYS_H if ln.get("phase") == "history" else LINE_KEYS_T
        if not keys_exact(ln, keys, where):
            continue
        t = ln["tenant"]
        if t not in TENANTS:
            err(where + ": unknown tenant")
            continue
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(where + ": tenant lines not grouped")
            seen_tenants.append(t)
        if lid in ids:
            err(where + ": duplicate id")
        ids.add(lid)
        exp_prefix = "%s-%s" % (t, "h" if ln["phase"] == "history" else "t")
        if not re.match(r"^%s\d{3}$" % re.escape(exp_prefix), lid):
            err(where + ": id format")
        per[t][ln["phase"]] += 1
        # phase order
        if ln["phase"] == "test":
            phase_seen_test[t] = True
        elif phase_seen_test.get(t):
            err(where + ": history line after a test line")
        r = ln["request"]
        if ln["kind"] == "payment":
            check_payment(r, where + ".request")
            when, rid = r["submitted_at"], r["request_id"]
        elif ln["kind"] == "order":
            check_order(r, where + ".request")
            when, rid = r["received_at"], r["record_id"]
        else:
            err(where + ": kind")
            continue
        if (t, ln["kind"], rid) in rids:
            err(where + ": duplicate request id")
        rids.add((t, ln["kind"], rid))
        if t in last and parse_ts(when) < last[t]:
            err(where + ": not chronological")
        last[t] = parse_ts(when)
        # phones anywhere in the line
        for s in walk_strings(ln):
            for m in MOBILE_ANY.findall(s):
                if not MOBILE_OK.match(m):
                    err(where + ": mobile %s outside 1XX0000xxxx" % m)
            for m in LANDLINE_ANY.findall(s):
                if not LANDLINE_OK.match(m):
                    err(where + ": landline %s outside area-0000xxx" % m)
        # vendor master consistency
        if ln["kind"] == "payment" and r["payee"]["vendor_id"]:
            key = (t, r["payee"]["vendor_id"])
            if key in vendor_acct and vendor_acct[key] != r["payee"]["account_no"] and r["payee_account_changed_at"] is None:
                err(where + ": vendor account differs without payee_account_changed_at")
            if ln["phase"] == "history" or key not in vendor_acct:
                vendor_acct[key] = r["payee"]["account_no"]
        # labels
        sig = ln["signals"]
        if not isinstance(sig, list) or len(set(sig)) != len(sig) or any(s not in VOCAB for s in sig):
            err(where + ": signals invalid %s" % sig)
        if ln["phase"] == "history":
            if (ln["label"], ln["scam_type"], ln["expect"], ln["outcome"]) != ("legit", None, "allow", "executed"):
                err(where + ": history label/outcome")
            if sig:
                err(where + ": history lines carry no signals")
            continue
        if ln["label"] == "legit":
            legit += 1
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                err(where + ": legit line must be scam_type null, expect allow")
            if ln["note"].startswith("Routine: "):
                routine += 1
                if sig:
                    err(where + ": routine line carries signals %s" % sig)
            elif ln["note"].startswith("Hard negative: "):
                hard += 1
                if not sig:
                    err(where + ": hard negative without surface signals")
            else:
                err(where + ": legit note must start with Routine: or Hard negative:")
        elif ln["label"] == "scam":
            scams += 1
            if ln["scam_type"] not in SCAM_TYPES:
                err(where + ": scam_type")
            else:
                scam_counts[ln["scam_type"]] += 1
            if ln["expect"] == "block":
                blocks += 1
            elif ln["expect"] == "flag":
                flags += 1
            else:
                err(where + ": scam expect")
            if ln["note"].startswith("Routine") or ln["note"].startswith("Hard negative"):
                err(where + ": scam note prefix")
        else:
            err(where + ": label")
        # structural signals exact
        want = structural(ln)
        have = set(s for s in sig if s in STRUCT)
        if want != have:
            err(where + ": structural signals %s, data says %s" % (sorted(have), sorted(want)))
        # block reasons
        br = block_reasons(ln)
        if ln["expect"] == "block" and not br:
            err(where + ": expect block but no README block condition in the data")
        if ln["expect"] != "block" and br:
            err(where + ": expect %s but data meets block condition(s) %s" % (ln["expect"], br))
        # evasion spellings present where claimed
        ev = [s for s in sig if s.startswith("evasion_")]
        if ev:
            evasion_lines.append(lid)
            blob = "\n".join(texts(ln))
            for s in ev:
                if not EVASION_CHECK[s](blob):
                    err(where + ": %s claimed but not found in text" % s)

    # composition
    hist_total = sum(p["history"] for p in per.values())
    test_total = sum(p["test"] for p in per.values())
    for t, p in per.items():
        if not 13 <= p["history"] <= 15:
            err("%s: %d history lines (13-15)" % (t, p["history"]))
        if not 34 <= p["test"] <= 37:
            err("%s: %d test lines (34-37)" % (t, p["test"]))
    if not 40 <= hist_total <= 45:
        err("history total %d" % hist_total)
    if not 100 <= test_total <= 110:
        err("test total %d" % test_total)
    for s, c in scam_counts.items():
        if c < 2:
            err("scam type %s has %d lines" % (s, c))
    if not 25 <= blocks <= 30:
        err("expect:block lines %d (25-30)" % blocks)
    if not 0.35 <= scams / float(test_total) <= 0.45:
        err("scam share %.2f" % (scams / float(test_total)))
    if not 0.60 <= hard / float(legit) <= 0.72:
        err("hard-negative share of legit %.2f" % (hard / float(legit)))
    if not 8 <= len(evasion_lines) <= 10:
        err("evasion lines %d (8-10)" % len(evasion_lines))

    print("history %d, test %d (scam %d: block %d, flag %d; legit %d: routine %d, hard negative %d); evasion %d"
          % (hist_total, test_total, scams, blocks, flags, legit, routine, hard, len(evasion_lines)))
    print("per type: " + ", ".join("%s %d" % (s, c) for s, c in scam_counts.items()))
    if ERRORS:
        for e in ERRORS:
            print("FAIL " + e)
        print("%d failure(s)" % len(ERRORS))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
