#!/usr/bin/env python3
"""Strict checker for holdout25.jsonl. Standard library only.

Checks the line format of the shared corpus README, the wire contract of
PRODUCT.md for the request bodies, that the signals on test lines agree with
the data, and that `expect: block` is set exactly when one of the README's
block conditions holds (block_reasons()). Prints a summary; exits 1 on any
violation.

Run from tests/holdout25:  python3 gen/validate.py
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout25.jsonl")

# ------------------------------------------------------------- tenant facts
# Finance-office hours (Beijing time, Monday-Friday) and the owner whose name
# a "boss" instruction would carry.
TENANTS = {
    "lingdian": {"open": (10, 0), "close": (19, 30), "owner": "韩立峰", "code": "LD",
                 "pay": "FK", "order": "XS"},
    "guoxiang": {"open": (11, 0), "close": (21, 0), "owner": "苏文博", "code": "GX",
                 "pay": "FK", "order": "XS"},
    "liangtu": {"open": (10, 0), "close": (20, 0), "owner": "王振东", "code": "LT",
                "pay": "FK", "order": "DD"},
}
TENANT_ORDER = ["lingdian", "guoxiang", "liangtu"]
FORBIDDEN_TENANTS = set("""antai banjin bijifang changqi chengbi chenlu chunlin cuiyan danhong duolang
fenyuan gangxin guhang haiyue hengji hengtai hexiang hongchun huaichuan huaimu huashuo jianye
jiaoxiang jinghong jingshi jingyao jinsha jinsui kanghe kezi kongque lanwan lianshi lubai lvzhou
mangjing maodu meigang mianyuan mingde minli nenwan qingfu qingshan qingxi qinwei qiusuo ruihe
saihan shaguang shicheng shudeng tangxin tianhao tongqu tuoling xueling xueqiao yamali yanhu yiwu
yuanfeng yunqi zhongfeng zhuying""".split())

# Public holidays 2026 inside the date ranges (Mid-Autumn 25-27 Sep, National
# Day 1-7 Oct) and the adjusted working days (Sun 20 Sep, Sat 10 Oct).
HOLIDAYS = {dt.date(2026, 9, 25), dt.date(2026, 9, 26), dt.date(2026, 9, 27)} | \
    {dt.date(2026, 10, d) for d in range(1, 8)}
MAKEUP_WORKDAYS = {dt.date(2026, 9, 20), dt.date(2026, 10, 10)}

HIST_RANGE = (dt.date(2026, 9, 15), dt.date(2026, 10, 15))
TEST_RANGE = (dt.date(2026, 10, 16), dt.date(2026, 11, 30))

MEANINGFUL = Decimal("1000.00")   # "meaningful amount" for the account-change block rule

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]

SIGNALS = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified im_instruction email_instruction phone_instruction
letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call
balance_probe boss_role deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof
refund_to_other_account refund_words overpayment account_change_words personal_account_pretext
account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company
institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols""".split())
PAYMENT_ONLY = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
                "account_changed_long_ago", "duplicate_invoice"}
ORDER_ONLY = {"new_customer"}
EVASION = ["evasion_traditional", "evasion_homophone", "evasion_spacing", "evasion_fullwidth",
           "evasion_pinyin", "evasion_symbols"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
               "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_MONEY = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_EMP = re.compile(r"^E\d{4}$")
RE_MOBILE_OK = re.compile(r"^(1390000|1800000|1950000)\d{4}$")
RE_LAND_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<!\d)1\d{10}(?!\d)")
RE_LAND_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{6,8}(?!\d)")

USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# ------------------------------------------------------------- normalisation
T2S = {"賬": "账", "帳": "账", "戶": "户", "監": "监", "資": "资", "轉": "转", "凍": "冻",
       "結": "结", "證": "证", "驗": "验", "過": "过", "務": "务", "號": "号", "變": "变",
       "為": "为", "銀": "银", "貨": "货", "舊": "旧", "設": "设", "開": "开", "們": "们",
       "禮": "礼", "盒": "盒", "請": "请", "謝": "谢", "麗": "丽", "烏": "乌", "魯": "鲁",
       "齊": "齐", "彩": "彩", "印": "印", "務": "务", "裝": "装", "東": "东", "莞": "莞",
       "門": "门", "審": "审", "時": "时", "收": "收", "這": "这", "個": "个", "對": "对",
       "統": "统", "測": "测", "異": "异", "將": "将", "於": "于", "誤": "误", "後": "后",
       "內": "内", "則": "则", "並": "并", "營": "营", "錄": "录", "詢": "询", "長": "长",
       "貴": "贵", "檢": "检", "單": "单", "戶": "户", "稅": "税", "匯": "汇", "墊": "垫"}
TRAD_CHARS = {k for k, v in T2S.items() if k != v}
HOMO = {"唰单": "刷单", "返力": "返利", "反利": "返利", "威信": "微信", "薇信": "微信",
        "保正金": "保证金", "压金": "押金"}
PINYIN = {"aqzh": "安全账户", "bzj": "保证金", "dgzh": "对公账户", "sls": "刷流水",
          "yhk": "银行卡", "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}
RE_PINYIN = re.compile(r"(?<![a-z])(" + "|".join(PINYIN) + r")(?![a-z])")
COMPACT_DROP = set("·•.,，。、-_/\\|*~#@+＋ 　\t\n\r")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(T2S.get(c, c) for c in s).lower()
    for k, v in HOMO.items():
        s = s.replace(k, v)
    s = RE_PINYIN.sub(lambda m: PINYIN[m.group(1)], s)
    return s


def compact(s):
    out = []
    for c in s:
        if c in COMPACT_DROP:
            continue
        cat = unicodedata.category(c)
        if cat in ("So", "Sk", "Cf", "Zs", "Mn"):
            continue
        out.append(c)
    return "".join(out)


def view(*parts):
    n = norm(" ".join(p for p in parts if p))
    return n + "\n" + compact(n)


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查"]
LEND_WORDS = ["走账", "走一下账", "过一下账", "借用公户", "借用对公", "借用账户", "借你们公户",
              "借你们的公户", "刷流水", "做流水", "u盾"]
TASK_WORDS = ["任务", "充值", "返利", "返现", "刷单", "解冻", "验资"]
BALANCE_WORDS = ["余额", "账上还有", "账上现在", "账上加起来", "能动的钱", "可用资金", "还有多少钱"]
BOSS_WORDS = ["总", "老板", "董事长"]
PENDING_WORDS = ["截图", "截屏", "处理中", "未到账", "还没到账", "未见", "以实际到账为准", "延时到账",
                 "延迟到账"]
SCREENSHOT_WORDS = ["截图", "截屏"]


# ------------------------------------------------------------- helpers
ERRORS = []


def err(where, msg):
    ERRORS.append("%s: %s" % (where, msg))


def parse_ts(s):
    return dt.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def off_hours(tenant, when):
    d = when.date()
    if d in HOLIDAYS:
        return True
    if when.weekday() >= 5 and d not in MAKEUP_WORKDAYS:
        return True
    o, c = TENANTS[tenant]["open"], TENANTS[tenant]["close"]
    hm = (when.hour, when.minute)
    return hm < o or hm >= c


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(ch not in USCC_CH for ch in code):
        return False
    s = sum(USCC_CH.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CH[(31 - s % 31) % 31] == code[17]


def check_keys(where, obj, keys):
    if not isinstance(obj, dict):
        err(where, "not an object")
        return False
    if list(obj.keys()) != keys:
        err(where, "keys %s, expected %s" % (list(obj.keys()), keys))
        return False
    return True


def is_str(x, nullable=False):
    return isinstance(x, str) and x != "" or (nullable and x is None)


def money(where, x):
    if not isinstance(x, str) or not RE_MONEY.match(x):
        err(where, "amount %r is not a decimal string with two places" % (x,))
        return None
    return Decimal(x)


def phone_ok(where, p, nullable=True):
    if p is None and nullable:
        return
    if not isinstance(p, str) or not (RE_MOBILE_OK.match(p) or RE_LAND_OK.match(p)):
        err(where, "phone %r outside the allowed ranges" % (p,))


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)


# ------------------------------------------------------------- contract checks
def check_payment(where, r):
    keys = PAY_KEYS_V if "verification" in r else PAY_KEYS
    if not check_keys(where, r, keys):
        return
    if not is_str(r["request_id"]):
        err(where, "request_id missing")
    if not isinstance(r["submitted_at"], str) or not RE_TS.match(r["submitted_at"]):
        err(where, "submitted_at not RFC 3339 +08:00")
    else:
        try:
            parse_ts(r["submitted_at"])
        except ValueError:
            err(where, "submitted_at not a real time")
    if check_keys(where + ".payer", r["payer"], PAYER_KEYS):
        if not isinstance(r["payer"]["account_no"], str) or not RE_ACCT.match(r["payer"]["account_no"]):
            err(where, "payer.account_no not 16-19 digits")
        if not is_str(r["payer"]["account_name"]):
            err(where, "payer.account_name missing")
    if check_keys(where + ".payee", r["payee"], PAYEE_KEYS):
        p = r["payee"]
        if not is_str(p["name"]):
            err(where, "payee.name missing")
        if not isinstance(p["account_no"], str) or not RE_ACCT.match(p["account_no"]):
            err(where, "payee.account_no not 16-19 digits")
        if not is_str(p["bank"], True):
            err(where, "payee.bank")
        if p["account_type"] not in ACCOUNT_TYPES:
            err(where, "payee.account_type %r" % p["account_type"])
        if not is_str(p["vendor_id"], True):
            err(where, "payee.vendor_id")
        phone_ok(where + ".payee.phone", p["phone"])
    money(where + ".amount", r["amount"])
    if r["currency"] != "CNY":
        err(where, "currency")
    for k in ("purpose", "memo"):
        if not is_str(r[k], True):
            err(where, "%s not a string" % k)
    if check_keys(where + ".instruction", r["instruction"], INSTR_KEYS):
        ins = r["instruction"]
        if ins["channel"] not in CHANNELS:
            err(where, "instruction.channel %r" % ins["channel"])
        for k in ("from_name", "from_contact", "text"):
            if not is_str(ins[k], True):
                err(where, "instruction.%s" % k)
        if not isinstance(ins["urgent"], bool):
            err(where, "instruction.urgent not a boolean")
    if not isinstance(r["requested_by"], str) or not RE_EMP.match(r["requested_by"]):
        err(where, "requested_by")
    if not isinstance(r["approved_by"], list) or any(
            not isinstance(a, str) or not RE_EMP.match(a) for a in r["approved_by"]):
        err(where, "approved_by")
    else:
        if r["requested_by"] in r["approved_by"]:
            err(where, "requester approves own request")
        if len(set(r["approved_by"])) != len(r["approved_by"]):
            err(where, "duplicate approver")
    if check_keys(where + ".related", r["related"], REL_KEYS):
        for k in REL_KEYS:
            if not is_str(r["related"][k], True):
                err(where, "related.%s" % k)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not isinstance(ch, str) or not RE_TS.match(ch):
            err(where, "payee_account_changed_at format")
        elif parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(where, "account change after submission")
    if "verification" in r and check_keys(where + ".verification", r["verification"], VERIF_KEYS):
        v = r["verification"]
        if not isinstance(v["callback_done"], bool):
            err(where, "verification.callback_done")
        phone_ok(where + ".verification.callback_number", v["callback_number"], nullable=False)
        if not isinstance(v["verified_by"], str) or not RE_EMP.match(v["verified_by"]):
            err(where, "verification.verified_by")
        if not isinstance(v["verified_at"], str) or not RE_TS.match(v["verified_at"]):
            err(where, "verification.verified_at")
        elif parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
            err(where, "verification after submission")


def check_order(where, r):
    if not check_keys(where, r, ORDER_KEYS):
        return
    if not is_str(r["record_id"]):
        err(where, "record_id missing")
    if not isinstance(r["received_at"], str) or not RE_TS.match(r["received_at"]):
        err(where, "received_at not RFC 3339 +08:00")
    if check_keys(where + ".customer", r["customer"], CUST_KEYS):
        c = r["customer"]
        if not is_str(c["name"]):
            err(where, "customer.name missing")
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(where, "credit_code %r has a bad check character" % c["credit_code"])
        for k in ("contact_name", "email", "im_id", "customer_id"):
            if not is_str(c[k], True):
                err(where, "customer.%s" % k)
        phone_ok(where + ".customer.phone", c["phone"])
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(where, "items must be a non-empty list")
    else:
        for i, it in enumerate(r["items"]):
            w = "%s.items[%d]" % (where, i)
            if not check_keys(w, it, ITEM_KEYS):
                continue
            if not is_str(it["product"]) or not is_str(it["unit"]):
                err(w, "product/unit")
            if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
                err(w, "quantity not a decimal string")
                continue
            p = money(w + ".unit_price", it["unit_price"])
            if p is not None:
                total += Decimal(it["quantity"]) * p
    t = money(where + ".total_amount", r["total_amount"])
    if t is not None and t != total.quantize(Decimal("0.01")):
        err(where, "total_amount %s != sum of items %s" % (t, total))
    if r["currency"] != "CNY":
        err(where, "currency")
    if r["channel"] not in CHANNELS:
        err(where, "channel %r" % r["channel"])
    if check_keys(where + ".delivery", r["delivery"], DELIV_KEYS):
        dl = r["delivery"]["deadline"]
        try:
            dt.date.fromisoformat(dl)
        except (TypeError, ValueError):
            err(where, "delivery.deadline %r" % (dl,))
    if not is_str(r["payment_terms"], True) or not is_str(r["notes"], True):
        err(where, "payment_terms/notes")
    tp = r["third_party"]
    if tp is not None and check_keys(where + ".third_party", tp, TP_KEYS):
        if tp["role"] not in TP_ROLES:
            err(where, "third_party.role %r" % tp["role"])
        phone_ok(where + ".third_party.contact", tp["contact"])
        money(where + ".third_party.amount", tp["amount"])
    if not isinstance(r["fees_requested"], list):
        err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(r["fees_requested"]):
            if check_keys("%s.fees_requested[%d]" % (where, i), f, FEE_KEYS):
                money(where + ".fee", f["amount"])


# ------------------------------------------------------------- block conditions
def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return view(r["purpose"], r["memo"], r["instruction"]["text"])
    return view(r["payment_terms"], r["notes"])


def block_reasons(line, ctx):
    """Which of the corpus README's block conditions the data of this line meets."""
    r = line["request"]
    v = texts(line)
    reasons = []
    if any(w in v for w in SAFE_WORDS):
        reasons.append("safe_account")
    tp = r.get("third_party") if line["kind"] == "order" else None
    if any(w in v for w in LEND_WORDS) or (tp and tp["role"] == "pass_through_payee"):
        reasons.append("account_lending")
    if line["kind"] == "order":
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_account")
        if tp and tp["role"] == "designated_supplier" and "已到账" not in (r["payment_terms"] or "") \
                and any(w in v for w in SCREENSHOT_WORDS):
            reasons.append("designated_supplier_screenshot")
        return reasons
    p = r["payee"]
    amount = Decimal(r["amount"])
    first = p["account_no"] not in ctx["hist_accounts"]
    when = parse_ts(r["submitted_at"])
    # refund to another account, or before the money cleared
    if r["purpose"] == "退款":
        oid = r["related"]["order_id"]
        order = ctx["orders"].get(oid)
        if order is not None and order["request"]["customer"]["name"] != p["name"]:
            reasons.append("refund_other_account")
        elif any(w in v for w in PENDING_WORDS):
            reasons.append("refund_not_cleared")
    # paying a customer-designated supplier before the customer's money arrived
    oid = r["related"]["order_id"]
    order = ctx["orders"].get(oid)
    if order is not None:
        otp = order["request"]["third_party"]
        if otp and otp["role"] == "designated_supplier" and otp["name"] == p["name"] \
                and "已到账" not in (order["request"]["payment_terms"] or ""):
            reasons.append("designated_supplier_unpaid")
    # first meaningful payment to an account changed in the last 30 days
    ch = r["payee_account_changed_at"]
    if ch and first and amount >= MEANINGFUL and when - parse_ts(ch) <= dt.timedelta(days=30):
        reasons.append("recent_account_change")
    # boss instruction by IM/e-mail, no approval, balance probe, first-time payee
    ins = r["instruction"]
    boss = TENANTS[line["tenant"]]["owner"] in (ins["from_name"] or "") or \
        any(w in norm(ins["from_name"] or "") + norm(ins["text"] or "") for w in BOSS_WORDS)
    if ins["channel"] in ("im", "email") and not r["approved_by"] and first and boss \
            and any(w in v for w in BALANCE_WORDS):
        reasons.append("boss_balance_probe")
    # personal payee with task / top-up / rebate / unfreezing / capital-verification words
    if p["account_type"] == "personal" and any(w in v for w in TASK_WORDS):
        reasons.append("personal_task_words")
    # invoice already paid
    inv = r["related"]["invoice_no"]
    if inv and inv in ctx["hist_invoices"]:
        reasons.append("duplicate_invoice")
    # salary to someone other than the employee, or several employees to one account
    if r["purpose"] == "工资" and p["account_type"] == "personal":
        memo = r["memo"] or ""
        groups = re.findall(r"（([^）]*)）", memo)
        if re.search(r"\d+人", memo):
            reasons.append("salary_shared_account")
        elif groups and not any(p["name"] in g for g in groups):
            reasons.append("salary_not_employee")
    return reasons


# ------------------------------------------------------------- main
def main():
    raw = open(PATH, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        print("not UTF-8")
        return 1
    if not text.endswith("\n") or "\n\n" in text or "\r" in text:
        err("file", "must be LF lines with a final newline and no blank lines")
    lines = []
    for i, s in enumerate(text.split("\n")[:-1], 1):
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as e:
            err("line %d" % i, "bad JSON: %s" % e)
            continue
        lines.append(obj)

    ids = set()
    seen_tenants = []
    for ln in lines:
        where = ln.get("id", "?")
        keys = LINE_KEYS_H if ln.get("phase") == "history" else LINE_KEYS_T
        if not check_keys(where, ln, keys):
            continue
        if ln["id"] in ids:
            err(where, "duplicate id")
        ids.add(ln["id"])
        tn = ln["tenant"]
        if tn not in TENANTS or tn in FORBIDDEN_TENANTS:
            err(where, "tenant %r" % tn)
            continue
        if not seen_tenants or seen_tenants[-1] != tn:
            if tn in seen_tenants:
                err(where, "tenant lines not grouped")
            seen_tenants.append(tn)
        m = re.match(r"^(\w+)-([ht])(\d{3})$", ln["id"])
        if not m or m.group(1) != tn or m.group(2) != ln["phase"][0]:
            err(where, "id does not match tenant/phase")
        if ln["phase"] not in ("history", "test"):
            err(where, "phase")
        if ln["kind"] not in ("payment", "order"):
            err(where, "kind")
        if ln["label"] == "legit":
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                err(where, "legit lines need scam_type null and expect allow")
        elif ln["label"] == "scam":
            if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block"):
                err(where, "scam lines need a scam type and expect flag/block")
        else:
            err(where, "label")
        if ln["phase"] == "history":
            if ln["label"] != "legit" or ln["outcome"] != "executed" or ln["signals"]:
                err(where, "history lines are legit, executed, without signals")
        if not isinstance(ln["signals"], list) or len(set(ln["signals"])) != len(ln["signals"]):
            err(where, "signals must be a list without repeats")
        for s in ln["signals"]:
            if s not in SIGNALS:
                err(where, "unknown signal %r" % s)
        note = ln["note"]
        if not is_str(note):
            err(where, "note missing")
            continue
        prefixes = [p for p in ("Routine:", "Hard negative:", "Structural only:") if note.startswith(p)]
        if ln["phase"] == "history" and prefixes:
            err(where, "history notes carry no prefix")
        if ln["phase"] == "test":
            if ln["label"] == "legit":
                if prefixes not in (["Routine:"], ["Hard negative:"]):
                    err(where, "legit test notes start with Routine: or Hard negative:")
                elif prefixes == ["Routine:"] and ln["signals"]:
                    err(where, "routine lines carry no signals")
                elif prefixes == ["Hard negative:"] and not ln["signals"]:
                    err(where, "hard negatives name the surface they share")
            else:
                if prefixes and prefixes != ["Structural only:"]:
                    err(where, "scam notes may only start with Structural only:")
                if not ln["signals"]:
                    err(where, "scam lines need signals")
        if ln["kind"] == "payment":
            check_payment(where, ln["request"])
        else:
            check_order(where, ln["request"])
        # phone numbers anywhere in the request
        for s in walk_strings(ln["request"]):
            n = unicodedata.normalize("NFKC", s)
            for mm in RE_MOBILE_ANY.findall(n):
                if not RE_MOBILE_OK.match(mm):
                    err(where, "mobile %s outside the allowed ranges" % mm)
            for mm in RE_LAND_ANY.findall(n):
                if not RE_LAND_OK.match(mm):
                    err(where, "landline %s not area-0000xxx" % mm)
    if seen_tenants != TENANT_ORDER:
        err("file", "tenant order %s" % seen_tenants)
    if ERRORS:
        return report()

    # ---- per tenant: ordering, ranges, history state, signals, block rule
    summary = {}
    for tn in TENANT_ORDER:
        tl = [x for x in lines if x["tenant"] == tn]
        cfg = TENANTS[tn]
        phases = [x["phase"] for x in tl]
        if phases != sorted(phases, key=lambda p: 0 if p == "history" else 1):
            err(tn, "history must come before test")
        counters = {"history": 0, "test": 0}
        prev = None
        payer = None
        hist_accounts, hist_invoices = set(), set()
        vendor_hist = {}
        cust_ids = set()
        orders = {}
        req_ids = set()
        for ln in tl:
            where = ln["id"]
            r = ln["request"]
            counters[ln["phase"]] += 1
            if int(ln["id"][-3:]) != counters[ln["phase"]]:
                err(where, "id numbering not consecutive")
            stamp = r["submitted_at"] if ln["kind"] == "payment" else r["received_at"]
            when = parse_ts(stamp)
            if prev and when < prev:
                err(where, "not chronological")
            prev = when
            rng = HIST_RANGE if ln["phase"] == "history" else TEST_RANGE
            if not rng[0] <= when.date() <= rng[1]:
                err(where, "date %s outside the %s range" % (when.date(), ln["phase"]))
            rid = r["request_id"] if ln["kind"] == "payment" else r["record_id"]
            kc = cfg["pay"] if ln["kind"] == "payment" else cfg["order"]
            if not re.match(r"^%s-%s-%s\d{2}$" % (cfg["code"], kc, when.strftime("%Y%m%d")), rid):
                err(where, "request/record id %s" % rid)
            if rid in req_ids:
                err(where, "request/record id reused")
            req_ids.add(rid)
            sig = set(ln["signals"])
            if ln["phase"] == "history" and off_hours(tn, when):
                err(where, "history lines are ordinary business inside office hours")
            if ln["kind"] == "payment":
                if payer is None:
                    payer = r["payer"]
                elif r["payer"] != payer:
                    err(where, "payer differs within tenant")
                if r["payer"]["account_name"] == r["payee"]["name"] and "存管" not in r["payee"]["name"]:
                    err(where, "payer pays itself")
                p = r["payee"]
                vid = p["vendor_id"]
                oid = r["related"]["order_id"]
                if oid is not None and oid.startswith(cfg["code"] + "-") and oid not in orders:
                    err(where, "related order %s not earlier in this tenant" % oid)
                if vid and vid in vendor_hist:
                    h = vendor_hist[vid]
                    if p["account_no"] != h["account_no"]:
                        ch = r["payee_account_changed_at"]
                        if not ch or parse_ts(ch) < h["when"]:
                            err(where, "vendor %s has a new account without a change date after its last history payment" % vid)
                    elif r["payee_account_changed_at"] != h["changed"]:
                        err(where, "vendor %s account unchanged but change date differs" % vid)
                    if p["name"] != h["name"] and ln["phase"] == "test" and "payee_name_mismatch" not in sig:
                        err(where, "vendor name changed but payee_name_mismatch missing")
            else:
                cid = r["customer"]["customer_id"]
                if ln["phase"] == "test" and cid is not None and cid not in cust_ids:
                    err(where, "established customer %s has no history" % cid)
                orders[r["record_id"]] = ln

            if ln["phase"] == "history":
                if ln["kind"] == "payment":
                    hist_accounts.add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        if r["related"]["invoice_no"] in hist_invoices:
                            err(where, "history pays an invoice twice")
                        hist_invoices.add(r["related"]["invoice_no"])
                    if r["payee"]["vendor_id"]:
                        vendor_hist[r["payee"]["vendor_id"]] = {
                            "account_no": r["payee"]["account_no"], "name": r["payee"]["name"],
                            "changed": r["payee_account_changed_at"], "when": when}
                else:
                    if r["customer"]["customer_id"]:
                        cust_ids.add(r["customer"]["customer_id"])
                continue

            # ---- test line: signals against the data
            def must(name, cond):
                if cond and name not in sig:
                    err(where, "signal %s missing" % name)
                if not cond and name in sig:
                    err(where, "signal %s not supported by the data" % name)

            must("off_hours", off_hours(tn, when))
            if ln["kind"] == "payment":
                for s in ORDER_ONLY & sig:
                    err(where, "order signal %s on a payment" % s)
                p = r["payee"]
                must("first_time_payee", p["account_no"] not in hist_accounts)
                must("personal_account", p["account_type"] == "personal")
                must("no_approval", not r["approved_by"])
                ch = r["payee_account_changed_at"]
                delta = when - parse_ts(ch) if ch else None
                must("account_changed_recent", delta is not None and delta <= dt.timedelta(days=30))
                must("account_changed_long_ago", delta is not None and delta > dt.timedelta(days=30))
                must("duplicate_invoice", r["related"]["invoice_no"] in hist_invoices)
            else:
                for s in PAYMENT_ONLY & sig:
                    err(where, "payment signal %s on an order" % s)
                must("new_customer", r["customer"]["customer_id"] is None)
            # evasion spellings really present
            raw_txt = (r["instruction"]["text"] + (r["memo"] or "")) if ln["kind"] == "payment" \
                else ((r["notes"] or "") + (r["payment_terms"] or ""))
            checks = {
                "evasion_fullwidth": any("\uff01" <= c <= "\uff5e" and c not in "（），：；！？～＋" for c in raw_txt),
                "evasion_traditional": any(c in TRAD_CHARS for c in raw_txt),
                "evasion_spacing": re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", raw_txt) is not None,
                "evasion_symbols": any(unicodedata.category(c) == "So" for c in raw_txt),
                "evasion_pinyin": RE_PINYIN.search(raw_txt.lower()) is not None,
                "evasion_homophone": any(k in raw_txt for k in HOMO),
            }
            for name, present in checks.items():
                if name in sig and not present:
                    err(where, "%s claimed but no such spelling in the text" % name)
            if ln["label"] == "legit" and any(e in sig for e in EVASION):
                err(where, "evasion spellings are for scam lines")
            # the block rule
            reasons = block_reasons(ln, {"hist_accounts": hist_accounts, "hist_invoices": hist_invoices,
                                         "orders": orders})
            ln["_reasons"] = reasons
            if reasons and ln["expect"] != "block":
                err(where, "block condition %s holds but expect is %s" % (reasons, ln["expect"]))
            if not reasons and ln["expect"] == "block":
                err(where, "expect block but no block condition holds")
        summary[tn] = tl
    if ERRORS:
        return report()
    return report_summary(lines, summary)


def report():
    for e in ERRORS:
        print("ERROR", e)
    print("%d error(s)" % len(ERRORS))
    return 1


def report_summary(lines, per_tenant):
    test = [x for x in lines if x["phase"] == "test"]
    scams = [x for x in test if x["label"] == "scam"]
    legit = [x for x in test if x["label"] == "legit"]
    hard = [x for x in legit if x["note"].startswith("Hard negative:")]
    blocks = [x for x in test if x["expect"] == "block"]
    evasive = [x for x in scams if any(s in x["signals"] for s in EVASION)]
    hist = [x for x in lines if x["phase"] == "history"]
    # size and mix as the brief sets them
    rules = [
        (30 <= len(hist) <= 40, "30-40 history lines (%d)" % len(hist)),
        (100 <= len(test) <= 110, "100-110 test lines (%d)" % len(test)),
        (0.37 <= len(scams) / len(test) <= 0.45, "about 40%% scams (%d)" % len(scams)),
        (25 <= len(blocks) <= 30, "25-30 expect block (%d)" % len(blocks)),
        (3 * len(hard) >= 2 * len(legit), "two thirds of legit lines hard negatives (%d/%d)" % (len(hard), len(legit))),
        (8 <= len(evasive) <= 10, "8-10 scam lines with evasion spellings (%d)" % len(evasive)),
        (all(any(x["kind"] == "order" for x in tl) and any(x["kind"] == "payment" for x in tl)
             for tl in per_tenant.values()), "payments and orders in every tenant"),
    ]
    for st in SCAM_TYPES:
        n = sum(1 for x in scams if x["scam_type"] == st)
        rules.append((3 <= n <= 5, "3-5 lines of %s (%d)" % (st, n)))
    for ok, what in rules:
        if not ok:
            err("mix", what)
    if ERRORS:
        return report()

    print("OK: %d lines (%d history, %d test)" % (len(lines), len(hist), len(test)))
    print()
    print("| tenant | history payment/order | test | scams | legit | hard negatives | routine | expect block | test payments/orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = [0] * 10
    for tn, tl in per_tenant.items():
        h = [x for x in tl if x["phase"] == "history"]
        t = [x for x in tl if x["phase"] == "test"]
        row = [sum(1 for x in h if x["kind"] == "payment"), sum(1 for x in h if x["kind"] == "order"),
               len(t), sum(1 for x in t if x["label"] == "scam"), sum(1 for x in t if x["label"] == "legit"),
               sum(1 for x in t if x["note"].startswith("Hard negative:")),
               sum(1 for x in t if x["note"].startswith("Routine:")),
               sum(1 for x in t if x["expect"] == "block"),
               sum(1 for x in t if x["kind"] == "payment"), sum(1 for x in t if x["kind"] == "order")]
        tot = [a + b for a, b in zip(tot, row)]
        print("| %s | %d/%d | %d | %d | %d | %d | %d | %d | %d/%d |" % ((tn,) + tuple(row)))
    print("| **total** | %d/%d | %d | %d | %d | %d | %d | %d | %d/%d |" % tuple(tot))
    print()
    print("| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    for st in SCAM_TYPES:
        xs = [x for x in scams if x["scam_type"] == st]
        print("| `%s` | %d | %d | %d | %d |" % (
            st, len(xs), sum(1 for x in xs if x["expect"] == "block"),
            sum(1 for x in xs if x["expect"] == "flag"),
            sum(1 for x in xs if x["note"].startswith("Structural only:"))))
    print("| **total** | %d | %d | %d | %d |" % (
        len(scams), len(blocks), len(scams) - len(blocks),
        sum(1 for x in scams if x["note"].startswith("Structural only:"))))
    print()
    print("| evasion spelling | scam lines | ids |")
    print("| --- | --- | --- |")
    for e in EVASION:
        xs = [x for x in scams if e in x["signals"]]
        print("| `%s` | %d | %s |" % (e, len(xs), ", ".join(x["id"] for x in xs)))
    print()
    print("block reasons:")
    for x in blocks:
        print("  %s %s %s" % (x["id"], x["scam_type"], ",".join(x["_reasons"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
