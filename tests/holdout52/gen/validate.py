#!/usr/bin/env python3
"""Independent re-check of ../holdout52.jsonl (standard library only).

Exits non-zero on any failure. It does not import build.py: every rule is
re-derived from the corpus README conventions and from the data itself.
`block_reasons(line)` recomputes which `expect: block` condition of the corpus
README a line meets, using only that line and its tenant's earlier lines.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout52.jsonl")

TOP_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
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

TENANTS_ALLOWED = {"kuajing", "silu", "dianshang", "kouan"}
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified im_instruction email_instruction phone_instruction
letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words bypass_process
cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller designated_supplier
fake_payment_proof refund_to_other_account refund_words overpayment account_change_words
personal_account_pretext account_lending_words safe_account_words authority_words subsidy_words
payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery
contact_im_only contact_mismatch lookalike_company institution_claim third_party_payer
small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code evasion_spacing
evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
HOLIDAYS = {"2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21"}
USD_CNY = Decimal("7")           # conversion used only for the "meaningful amount" test
MEANINGFUL_CNY = Decimal("5000")

RE_AMT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MOBILE = re.compile(r"^1(89|90|91)0000\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
RE_LANDLINE_IN_TEXT = re.compile(r"(?<![\d-])\d{3,4}-\d{7}(?!\d)")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors = []


def fail(msg):
    errors.append(msg)


# --------------------------------------------------------------------- text normalisation
T2S = str.maketrans({"帳": "账", "賬": "账", "戶": "户", "監": "监", "資": "资", "國": "国", "轉": "转",
                     "過": "过", "證": "证", "驗": "验", "凍": "冻", "結": "结", "單": "单", "務": "务",
                     "額": "额", "餘": "余", "會": "会", "計": "计", "貴": "贵", "還": "还", "號": "号",
                     "關": "关", "緝": "缉", "勿": "勿", "爾": "尔", "霍": "霍", "與": "与", "銷": "销",
                     "記": "记", "請": "请", "將": "将", "錢": "钱", "託": "托", "業": "业", "價": "价"})
HOMOPHONES = [("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("刷dan", "刷单"), ("s单", "刷单"),
              ("保正金", "保证金"), ("保症金", "保证金"), ("压金", "押金"), ("验正", "验证")]
INITIALISMS = [("aqzh", "安全账户"), ("dgzh", "对公账户"), ("sls", "刷流水"), ("bzj", "保证金"),
               ("yhk", "银行卡"), ("yzm", "验证码"), ("gjf", "公检法")]
SEPARATORS = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]")


def norm(text):
    """Return (normal view, compact view) of a text, per TYPOLOGIES §3."""
    if not text:
        return "", ""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub("[\u200b-\u200f\u2060\ufeff]", "", t)
    t = t.translate(T2S).replace("帐", "账").lower()
    for a, b in HOMOPHONES:
        t = t.replace(a, b)
    for a, b in INITIALISMS:
        t = re.sub(r"(?<![a-z])" + a + r"(?![a-z])", b, t)
    return t, SEPARATORS.sub("", t)


def has_any(text, words):
    a, b = norm(text)
    return any(w in a or w in b for w in words)


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查", "safe account"]
LEND_WORDS = ["走账", "走一下账", "过一下账", "过账", "借用公户", "借用对公账户", "借用账户", "借用贵司",
              "借你们公司账户", "借个公户", "刷流水", "做流水", "出租账户", "邮寄u盾",
              "через ваш счёт", "через ваш счет", "pass-through", "use your company account"]
LEND_EXCLUDE = ["凭证已过账", "已过账"]           # accounting "posting", not lending
H7_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资"]
BALANCE_WORDS = ["余额", "可用资金", "还有多少", "账上有多少", "资金情况", "balance", "остаток"]
BOSS_RE = re.compile(r"[\u4e00-\u9fff]总[，,：:\s]|老板|董事长|总经理|领导|\bceo\b|\bgm\b")
NOT_CLEARED = ["未到账", "尚未到账", "还没到", "还没看到", "没到账", "处理中", "截图", "截屏", "延迟",
               "скрин", "в обработке", "обрабатывает", "pending", "screenshot"]
CLEARED_MARK = "已入账"


def ptext(r):
    ins = r.get("instruction") or {}
    return "\n".join(x for x in [r.get("purpose"), r.get("memo"), ins.get("text")] if x)


def otext(r):
    return "\n".join(x for x in [r.get("payment_terms"), r.get("notes")] if x)


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def amount_cny(r):
    a = Decimal(r["amount"])
    return a * USD_CNY if r.get("currency") == "USD" else a


class Ctx:
    """Per-tenant knowledge from earlier lines (history executes; orders are referable)."""

    def __init__(self):
        self.hist_accts = set()
        self.hist_invoices = set()
        self.orders = {}


CTX = {}          # line id -> Ctx snapshot built from the corpus file, used by block_reasons(line)


def structural(line, ctx):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        d = parse_ts(r["submitted_at"])
        if r["payee"]["account_no"] not in ctx.hist_accts:
            out.add("first_time_payee")
        if r["payee"].get("account_type") == "personal":
            out.add("personal_account")
        if not r.get("approved_by"):
            out.add("no_approval")
        ch = r.get("payee_account_changed_at")
        if ch:
            age = d - parse_ts(ch)
            out.add("account_changed_recent" if age <= dt.timedelta(days=30) else "account_changed_long_ago")
        inv = (r.get("related") or {}).get("invoice_no")
        if inv and inv in ctx.hist_invoices:
            out.add("duplicate_invoice")
    else:
        d = parse_ts(r["received_at"])
        if not r["customer"].get("customer_id"):
            out.add("new_customer")
    if d.hour < 10 or d.hour >= 20 or d.weekday() >= 5 or d.strftime("%Y-%m-%d") in HOLIDAYS:
        out.add("off_hours")
    return out


def block_reasons(line, ctx=None):
    """Which README `expect: block` conditions the data of this line meets (list of strings)."""
    if ctx is None:
        ctx = CTX[line["id"]]
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        text = ptext(r)
        first = r["payee"]["account_no"] not in ctx.hist_accts
        personal = r["payee"].get("account_type") == "personal"
        ins = r.get("instruction") or {}
        # 1 safe / national / supervised account, fund verification
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        # 2 lending the account / passing money through
        t2 = text
        for x in LEND_EXCLUDE:
            t2 = t2.replace(x, "")
        if has_any(t2, LEND_WORDS):
            reasons.append("account_lending")
        # 3 refund to another account, or before the money cleared
        if "退款" in (r.get("purpose") or "") or "退还" in (r.get("memo") or ""):
            m = re.search(r"原付款账户尾号(\d{4})", text)
            if m and not r["payee"]["account_no"].endswith(m.group(1)):
                reasons.append("refund_other_account")
            if has_any(text, NOT_CLEARED):
                reasons.append("refund_before_cleared")
        # 4 paying a customer-designated supplier before the customer's money arrived
        oid = (r.get("related") or {}).get("order_id")
        o = ctx.orders.get(oid)
        if o and o.get("third_party") and o["third_party"]["role"] == "designated_supplier" \
                and o["third_party"]["name"] == r["payee"]["name"] and CLEARED_MARK not in text:
            reasons.append("designated_supplier_unpaid")
        # 5 first meaningful payment to an account changed in the last 30 days
        ch = r.get("payee_account_changed_at")
        if ch and first:
            age = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if dt.timedelta(0) <= age <= dt.timedelta(days=30) and amount_cny(r) >= MEANINGFUL_CNY:
                reasons.append("changed_account_first_payment")
        # 6 boss by IM/e-mail, no approval, balance probe, first-time payee
        if ins.get("channel") in ("im", "email") and not r.get("approved_by") and first \
                and has_any(ins.get("text") or "", BALANCE_WORDS) \
                and BOSS_RE.search(((ins.get("from_name") or "") + "\n" + (ins.get("text") or "")).lower()):
            reasons.append("boss_balance_probe")
        # 7 personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if personal and has_any(text, H7_WORDS):
            reasons.append("personal_task_words")
        # 8 invoice already paid
        inv = (r.get("related") or {}).get("invoice_no")
        if inv and inv in ctx.hist_invoices:
            reasons.append("invoice_already_paid")
        # 9 salary to a non-employee holder, or several employees to one account
        m = re.search(r"员工：([^）)]+)", r.get("memo") or "")
        if m:
            names = [n.strip() for n in m.group(1).split("、") if n.strip()]
            if len(names) > 1 and personal:
                reasons.append("employees_share_account")
            elif len(names) == 1 and names[0] != r["payee"]["name"]:
                reasons.append("salary_not_employee")
    else:
        text = otext(r)
        tp = r.get("third_party")
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        t2 = text
        for x in LEND_EXCLUDE:
            t2 = t2.replace(x, "")
        if has_any(t2, LEND_WORDS) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_account")
        if tp and tp["role"] == "designated_supplier" and has_any(text, NOT_CLEARED):
            reasons.append("designated_supplier_screenshot")
    return reasons


# --------------------------------------------------------------------- format checks
def uscc_ok(c):
    if not isinstance(c, str) or len(c) != 18 or any(ch not in USCC_CHARS for ch in c):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(c[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == c[17]


def keys(obj, expected, where, optional=()):
    got = list(obj.keys())
    exp2 = expected + [k for k in optional if k in obj]
    if got != exp2:
        fail("%s: keys %s != %s" % (where, got, exp2))


def check_phone(v, where):
    if v is None:
        return
    if not (RE_MOBILE.match(v) or RE_LANDLINE.match(v)):
        fail("%s: bad phone %r" % (where, v))


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_amount(v, where):
    if not isinstance(v, str) or not RE_AMT.match(v):
        fail("%s: amount %r not a 2-dp string" % (where, v))


def check_ts(v, where, nullable=False):
    if v is None and nullable:
        return
    if not isinstance(v, str) or not RE_TS.match(v):
        fail("%s: timestamp %r not RFC 3339 +08:00" % (where, v))
        return
    try:
        parse_ts(v)
    except ValueError:
        fail("%s: timestamp %r invalid" % (where, v))


def check_payment(r, w):
    keys(r, PAY_KEYS, w, optional=["verification"])
    keys(r["payer"], PAYER_KEYS, w + ".payer")
    keys(r["payee"], PAYEE_KEYS, w + ".payee")
    keys(r["instruction"], INSTR_KEYS, w + ".instruction")
    keys(r["related"], REL_KEYS, w + ".related")
    for k in ("request_id", "submitted_at"):
        if not r.get(k):
            fail(w + ": missing " + k)
    if not r["payee"].get("name") or not r["payee"].get("account_no"):
        fail(w + ": payee name/account required")
    check_ts(r["submitted_at"], w + ".submitted_at")
    check_ts(r["payee_account_changed_at"], w + ".payee_account_changed_at", nullable=True)
    check_amount(r["amount"], w + ".amount")
    for acc, ww in ((r["payer"]["account_no"], "payer"), (r["payee"]["account_no"], "payee")):
        if not RE_ACCT.match(acc or ""):
            fail("%s.%s: account %r not 16-19 digits" % (w, ww, acc))
    if r["currency"] not in ("CNY", "USD"):
        fail(w + ": currency")
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        fail(w + ": account_type")
    if r["instruction"]["channel"] not in CHANNELS:
        fail(w + ": instruction.channel")
    if not isinstance(r["instruction"]["urgent"], bool):
        fail(w + ": urgent must be bool")
    if not isinstance(r["approved_by"], list) or r["requested_by"] in r["approved_by"]:
        fail(w + ": approver list invalid or self-approval")
    check_phone(r["payee"]["phone"], w + ".payee.phone")
    if "verification" in r:
        v = r["verification"]
        keys(v, VERIF_KEYS, w + ".verification")
        check_phone(v["callback_number"], w + ".verification.callback_number")
        check_ts(v["verified_at"], w + ".verification.verified_at")


def check_order(r, w):
    keys(r, ORD_KEYS, w)
    keys(r["customer"], CUST_KEYS, w + ".customer")
    keys(r["delivery"], DELIV_KEYS, w + ".delivery")
    if not r.get("record_id") or not r["customer"].get("name"):
        fail(w + ": record_id/customer.name required")
    check_ts(r["received_at"], w + ".received_at")
    check_amount(r["total_amount"], w + ".total_amount")
    total = Decimal("0")
    for i, it in enumerate(r["items"]):
        keys(it, ITEM_KEYS, "%s.items[%d]" % (w, i))
        check_amount(it["unit_price"], "%s.items[%d].unit_price" % (w, i))
        if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
            fail("%s.items[%d]: quantity %r" % (w, i, it["quantity"]))
            continue
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if "%.2f" % total.quantize(Decimal("0.01")) != r["total_amount"]:
        fail("%s: total_amount %s != sum of items %s" % (w, r["total_amount"], total))
    if r["currency"] not in ("CNY", "USD"):
        fail(w + ": currency")
    if r["channel"] not in CHANNELS:
        fail(w + ": channel")
    cc = r["customer"]["credit_code"]
    if cc is not None and not uscc_ok(cc):
        fail("%s: invalid credit code %r" % (w, cc))
    check_phone(r["customer"]["phone"], w + ".customer.phone")
    if r["delivery"]["deadline"] is not None and not RE_DATE.match(r["delivery"]["deadline"]):
        fail(w + ": deadline")
    tp = r["third_party"]
    if tp is not None:
        keys(tp, TP_KEYS, w + ".third_party")
        if tp["role"] not in ROLES:
            fail(w + ": third_party.role")
        check_amount(tp["amount"], w + ".third_party.amount")
        if tp["contact"] and re.match(r"^[\d-]+$", tp["contact"]):
            check_phone(tp["contact"], w + ".third_party.contact")
    if not isinstance(r["fees_requested"], list):
        fail(w + ": fees_requested must be a list")
    for i, f in enumerate(r["fees_requested"]):
        keys(f, FEE_KEYS, "%s.fees_requested[%d]" % (w, i))
        check_amount(f["amount"], "%s.fees_requested[%d].amount" % (w, i))


def main():
    raw = open(PATH, encoding="utf-8").read()
    if not raw.endswith("\n"):
        fail("file must end with a newline")
    lines = []
    for n, s in enumerate(raw.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            fail("line %d: invalid JSON: %s" % (n, e))
    if errors:
        return report(lines)

    ids, rids = set(), set()
    tenants_seen = []
    ctx = {}
    last_ts = {}
    phase_state = {}
    for line in lines:
        lid = line.get("id")
        w = str(lid)
        t = line.get("tenant")
        if t not in TENANTS_ALLOWED:
            fail(w + ": tenant not allowed")
        if not tenants_seen or tenants_seen[-1] != t:
            if t in tenants_seen:
                fail(w + ": tenant lines not grouped")
            tenants_seen.append(t)
        ph = line.get("phase")
        keys(line, TOP_KEYS_H if ph == "history" else TOP_KEYS_T, w)
        if lid in ids:
            fail(w + ": duplicate id")
        ids.add(lid)
        if not re.match(r"^%s-%s\d{3}$" % (re.escape(t), "h" if ph == "history" else "t"), lid or ""):
            fail(w + ": id format")
        if ph == "history":
            if phase_state.get(t) == "test":
                fail(w + ": history after test")
            if (line["label"], line["expect"], line.get("outcome")) != ("legit", "allow", "executed") \
                    or line["signals"] != [] or line["scam_type"] is not None:
                fail(w + ": history line fields")
        elif ph == "test":
            if line["label"] == "legit":
                if line["expect"] != "allow" or line["scam_type"] is not None:
                    fail(w + ": legit must be allow with null scam_type")
                if not (line["note"].startswith("Routine:") or line["note"].startswith("Hard negative:")):
                    fail(w + ": legit note prefix")
            elif line["label"] == "scam":
                if line["expect"] not in ("flag", "block") or line["scam_type"] not in SCAM_TYPES:
                    fail(w + ": scam expect/scam_type")
                if line["note"].startswith(("Routine:", "Hard negative:")):
                    fail(w + ": scam note prefix")
            else:
                fail(w + ": label")
        else:
            fail(w + ": phase")
        phase_state[t] = ph
        for s in line["signals"]:
            if s not in VOCAB:
                fail("%s: unknown signal %s" % (w, s))
        if len(set(line["signals"])) != len(line["signals"]):
            fail(w + ": duplicate signals")
        r = line["request"]
        if line["kind"] == "payment":
            check_payment(r, w)
            rid, tsv = r["request_id"], r["submitted_at"]
        elif line["kind"] == "order":
            check_order(r, w)
            rid, tsv = r["record_id"], r["received_at"]
        else:
            fail(w + ": kind")
            continue
        if rid in rids:
            fail(w + ": duplicate request/record id " + rid)
        rids.add(rid)
        d = parse_ts(tsv)
        if t in last_ts and d < last_ts[t]:
            fail(w + ": not chronological")
        last_ts[t] = d
        for s in walk_strings(r):
            for m in RE_MOBILE_IN_TEXT.findall(s):
                if not RE_MOBILE.match(m):
                    fail("%s: mobile-looking number %s outside 1XX0000xxxx (XX in 89/90/91)" % (w, m))
            for m in RE_LANDLINE_IN_TEXT.findall(s):
                if not RE_LANDLINE.match(m):
                    fail("%s: landline-looking number %s outside area-0000xxx" % (w, m))

        c = ctx.setdefault(t, Ctx())
        snap = Ctx()
        snap.hist_accts, snap.hist_invoices, snap.orders = set(c.hist_accts), set(c.hist_invoices), dict(c.orders)
        CTX[lid] = snap
        if ph == "test":
            want = structural(line, snap)
            got = set(s for s in line["signals"] if s in STRUCTURAL)
            if want != got:
                fail("%s: structural signals %s, data says %s" % (w, sorted(got), sorted(want)))
        if line["kind"] == "order":
            c.orders[r["record_id"]] = r
        elif ph == "history":
            c.hist_accts.add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                c.hist_invoices.add(r["related"]["invoice_no"])
        br = block_reasons(line)
        if line["expect"] == "block" and not br:
            fail(w + ": expect block but no README block condition met")
        if line["expect"] != "block" and br:
            fail("%s: expect %s but meets block condition(s) %s" % (w, line["expect"], br))

    # composition
    test = [x for x in lines if x["phase"] == "test"]
    if len(tenants_seen) != 3:
        fail("need exactly 3 tenants")
    for t in tenants_seen:
        hn = sum(1 for x in lines if x["tenant"] == t and x["phase"] == "history")
        tn = sum(1 for x in test if x["tenant"] == t)
        if not 13 <= hn <= 15:
            fail("%s: %d history lines" % (t, hn))
        if not 34 <= tn <= 37:
            fail("%s: %d test lines" % (t, tn))
    scams = [x for x in test if x["label"] == "scam"]
    for st in SCAM_TYPES:
        if sum(1 for x in scams if x["scam_type"] == st) < 2:
            fail("scam type %s has fewer than 2 lines" % st)
    nb = sum(1 for x in scams if x["expect"] == "block")
    if not 25 <= nb <= 30:
        fail("%d block lines" % nb)
    ev = [x for x in test if any(s.startswith("evasion_") for s in x["signals"])]
    if not 8 <= len(ev) <= 10 or sum(1 for x in ev if x["label"] == "legit") < 2:
        fail("evasion lines: %d (legit %d)" % (len(ev), sum(1 for x in ev if x["label"] == "legit")))
    legit = [x for x in test if x["label"] == "legit"]
    hard = sum(1 for x in legit if x["note"].startswith("Hard negative:"))
    if not 0.6 <= hard / len(legit) <= 0.72:
        fail("hard negatives %d of %d legit" % (hard, len(legit)))
    if not 0.37 <= len(scams) / len(test) <= 0.43:
        fail("scam share %d/%d" % (len(scams), len(test)))
    return report(lines)


def report(lines):
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d failure(s)" % len(errors))
        return 1
    test = [x for x in lines if x["phase"] == "test"]
    print("OK: %d lines (%d history, %d test); %d scam (%d block), %d legit" % (
        len(lines), len(lines) - len(test), len(test),
        sum(1 for x in test if x["label"] == "scam"),
        sum(1 for x in test if x["expect"] == "block"),
        sum(1 for x in test if x["label"] == "legit")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
