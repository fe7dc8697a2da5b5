#!/usr/bin/env python3
"""Independent checks of ../holdout29.jsonl.

Recomputes everything it can from the data itself (never from the generator):
format and key order, per-tenant grouping and chronology, ids, amounts, totals,
credit codes, account and phone formats, the structural signals, and - through
block_reasons(line) - why each `expect: block` line carries a hard-block
signal of the corpus README. Exits non-zero on any failure.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout29.jsonl")

ERRORS = []


def err(line_id, msg):
    ERRORS.append(f"{line_id}: {msg}")


# ---------------------------------------------------------------------------
# reference data from the corpus README / PRODUCT.md
# ---------------------------------------------------------------------------
LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_SUB = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
}
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
ORDER_SUB = {
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
}
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
MAIN_SIX = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

VOCAB = set("""
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
EVASION = {s for s in VOCAB if s.startswith("evasion_")}
STRUCT_PAY = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "off_hours"]
STRUCT_ORDER = ["new_customer", "off_hours"]

TAKEN_TENANTS = set("""
antai baiyu banjin bijifang boyuan changqi chengbi chenlu chunlin cuiyan danhong duolang fengshou fenyuan gangxin
guhang guomen guoxiang haiyue hanhai hengji hengtai hexiang hongchun hongguo huaichuan huaimu huamiao huashuo huoyan
jianye jiaoxiang jinghong jingshi jingyao jinniu jinsha jinsui kanghe kezi kongque lanwan liangtu lianshi lingdian
lubai lvzhou mangjing maodu meigang mianyuan mingde minli nenwan qingfu qingshan qingxi qinwei qiusuo ruihe saihan
shaguang shicheng shudeng tangxin tianhao tiequan tongqu tuoling wanqiao xueling xueqiao yamali yanhu yinmian yiwu
yuanfeng yunqi zhongfeng zhuying
""".split())

# Public holidays (mainland + Xinjiang Corban) used for off-hours; see README "Dates".
HOLIDAYS = set()
for d in ["2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04",
          "2026-05-05", "2026-05-27", "2026-06-19", "2026-06-20", "2026-06-21"]:
    HOLIDAYS.add(dt.date.fromisoformat(d))

AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^20\d{2}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE_RE = re.compile(r"^1(46|65|74)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCT_RE = re.compile(r"^\d{16,19}$")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(s):
    t = parse_ts(s)
    if t.date() in HOLIDAYS or t.weekday() >= 5:
        return True
    minutes = t.hour * 60 + t.minute
    return minutes < 10 * 60 or minutes >= 20 * 60


# ---------------------------------------------------------------------------
# text normalisation (TYPOLOGIES §3, reduced to what block keywords need)
# ---------------------------------------------------------------------------
T2S = str.maketrans({
    "帳": "账", "賬": "账", "帐": "账", "戶": "户", "監": "监", "過": "过", "轉": "转", "驗": "验", "資": "资",
    "證": "证", "號": "号", "變": "变", "銀": "银", "舊": "旧", "為": "为", "準": "准", "這": "这", "發": "发",
    "開": "开", "們": "们", "會": "会", "計": "计", "請": "请", "貨": "货", "凍": "冻", "結": "结", "錢": "钱",
    "匯": "汇", "國": "国", "務": "务", "業": "业", "員": "员", "廠": "厂", "週": "周", "換": "换", "銷": "销",
    "單": "单", "補": "补", "貼": "贴", "帶": "带", "餘": "余", "額": "额", "覈": "核", "盤": "盘", "東": "东",
    "補": "补", "墊": "垫", "盾": "盾", "借": "借", "統": "统", "辦": "办", "續": "续", "費": "费", "險": "险",
    "標": "标", "託": "托", "稅": "税", "報": "报", "頭": "头", "專": "专", "價": "价", "關": "关", "讓": "让",
})
PINYIN = [("aqzh", "安全账户"), ("dgzh", "对公账户"), ("sls", "刷流水"), ("bzj", "保证金"), ("yhk", "银行卡"),
          ("zfb", "支付宝"), ("gjf", "公检法"), ("yzm", "验证码")]
HOMOPHONE = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("保正金", "保证金"), ("压金", "押金"),
             ("威信", "微信"), ("薇信", "微信")]
ZERO_WIDTH = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF])


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "").translate(ZERO_WIDTH).translate(T2S).lower()
    for a, b in PINYIN:
        t = re.sub(r"(?<![a-z])" + a + r"(?![a-z])", b, t)
    for a, b in HOMOPHONE:
        t = t.replace(a, b)
    return t


def compact(text):
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch.isspace() or cat[0] in ("P", "S", "Z", "C") or cat == "Mn":
            continue
        out.append(ch)
    return "".join(out)


def views(*texts):
    n = normalise("\n".join(t for t in texts if t))
    c = compact(n)
    # a second pass catches pinyin/homophones that only appear once separators are gone
    return n, normalise(c)


def has_any(vs, words):
    return [w for w in words if any(w in v for v in vs)]


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "过账", "借用公户", "借用对公账户", "借用账户", "借用你们公司的对公账户", "借用你们学校的对公账户",
              "借用你们公户", "走一下账", "过一下账", "刷流水", "做流水", "u盾", "出租账户"]
PENDING_WORDS = ["截图", "处理中", "以实际到账为准", "延迟到账", "延时到账", "系统延迟", "小时到账", "还没到", "未到账",
                 "才能下来", "走财政"]
BALANCE_WORDS = ["余额", "可用资金", "可用余额", "还有多少", "账上还有", "资金情况", "能动用", "能用的有多少", "可用"]
TASK_WORDS = ["任务", "返利", "返现", "刷单", "充值", "解冻", "验资", "佣金"]
MEANINGFUL = Decimal("5000.00")


def text_of(line):
    r = line["request"]
    if line["kind"] == "payment":
        ins = r.get("instruction") or {}
        return [r.get("purpose") or "", r.get("memo") or "", ins.get("text") or ""]
    fees = " ".join(f.get("reason", "") for f in r.get("fees_requested") or [])
    return [r.get("notes") or "", r.get("payment_terms") or "", fees]


# ---------------------------------------------------------------------------
# context built from the whole file
# ---------------------------------------------------------------------------
class Context:
    def __init__(self, lines):
        self.hist_accounts = collections.defaultdict(set)
        self.hist_invoices = collections.defaultdict(set)
        self.orders = {}
        for ln in lines:
            r = ln["request"]
            if ln["kind"] == "order":
                self.orders[(ln["tenant"], r["record_id"])] = ln
            if ln["phase"] == "history" and ln["kind"] == "payment":
                self.hist_accounts[ln["tenant"]].add(r["payee"]["account_no"])
                inv = (r.get("related") or {}).get("invoice_no")
                if inv:
                    self.hist_invoices[ln["tenant"]].add(inv)

    def first_time(self, ln):
        return ln["request"]["payee"]["account_no"] not in self.hist_accounts[ln["tenant"]]

    def order_of(self, ln):
        oid = (ln["request"].get("related") or {}).get("order_id")
        return self.orders.get((ln["tenant"], oid)) if oid else None


def days_since_change(r):
    ch = r.get("payee_account_changed_at")
    if not ch:
        return None
    return (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400.0


def block_reasons(line, ctx):
    """Why this line carries a hard-block signal of the corpus README (empty list: none)."""
    r = line["request"]
    vs = views(*text_of(line))
    reasons = []
    if line["kind"] == "payment":
        payee = r["payee"]
        personal = payee["account_type"] == "personal"
        first = ctx.first_time(line)
        ins = r.get("instruction") or {}
        amount = Decimal(r["amount"])
        # 1. safe / national / supervised account, fund verification
        w = has_any(vs, SAFE_WORDS)
        if w:
            reasons.append("safe_account:" + w[0])
        # 2. lending the company account / pass-through
        w = has_any(vs, LEND_WORDS)
        if w:
            reasons.append("account_lending:" + w[0])
        # 3. refund to another account, or before the money has cleared
        if "退" in (r.get("purpose") or ""):
            pend = has_any(vs, PENDING_WORDS)
            order = ctx.order_of(line)
            if pend:
                reasons.append("refund_before_cleared:" + pend[0])
            elif order is not None and order["request"]["customer"]["name"] != payee["name"]:
                reasons.append("refund_to_other_account")
        # 4. customer-designated supplier paid before the customer's money arrived
        order = ctx.order_of(line)
        if order is not None:
            tp = order["request"].get("third_party") or {}
            if tp.get("role") == "designated_supplier" and tp.get("name") == payee["name"]:
                cleared = "已到账" in (order["request"].get("payment_terms") or "")
                if not cleared:
                    reasons.append("designated_supplier_unpaid_order")
        # 5. first meaningful payment to an account changed within 30 days
        d = days_since_change(r)
        verified = bool((r.get("verification") or {}).get("callback_done"))
        if d is not None and 0 <= d <= 30 and first and amount >= MEANINGFUL and not verified:
            reasons.append(f"account_changed_recent_first_payment:{d:.0f}d")
        # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if ins.get("channel") in ("im", "email") and not r.get("approved_by") and first:
            w = has_any(vs, BALANCE_WORDS)
            if w:
                reasons.append("boss_im_no_approval_balance_probe:" + w[0])
        # 7. personal payee + task / top-up / rebate / unfreezing / capital-verification words
        if personal:
            w = has_any(vs, TASK_WORDS)
            if w:
                reasons.append("personal_task_words:" + w[0])
        # 8. invoice number already paid
        inv = (r.get("related") or {}).get("invoice_no")
        if inv and inv in ctx.hist_invoices[line["tenant"]]:
            reasons.append("duplicate_invoice")
        # 9. salary to a non-employee, or several employees to one account
        if "工资" in (r.get("purpose") or "") or "工资" in (r.get("memo") or ""):
            memo = r.get("memo") or ""
            m = re.search(r"（(\d+)人）", memo)
            if personal and m and int(m.group(1)) >= 2:
                reasons.append(f"salary_several_employees_one_account:{m.group(1)}")
            m = re.search(r"员工：([^）]+)）", memo)
            if m and m.group(1) != payee["name"]:
                reasons.append("salary_payee_not_employee")
    else:
        tp = r.get("third_party") or {}
        w = has_any(vs, SAFE_WORDS)
        if w:
            reasons.append("safe_account:" + w[0])
        if tp.get("role") == "pass_through_payee" or has_any(vs, LEND_WORDS):
            reasons.append("account_lending")
        if tp.get("role") == "refund_recipient" and tp.get("name") != r["customer"]["name"]:
            reasons.append("refund_to_other_account")
        if tp.get("role") == "designated_supplier":
            cleared = "已到账" in (r.get("payment_terms") or "")
            pend = has_any(vs, PENDING_WORDS)
            if pend and not cleared:
                reasons.append("designated_supplier_screenshot_only:" + pend[0])
    return reasons


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def check_keys(lid, obj, keys, where, optional=()):
    got = list(obj.keys())
    exp = [k for k in keys]
    extra_ok = [k for k in optional if k in obj]
    if got != exp + extra_ok:
        err(lid, f"{where} keys {got} != {exp + extra_ok}")


def check_amount(lid, v, where):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        err(lid, f"{where} amount not a two-place decimal string: {v!r}")


def check_phone(lid, v, where, allow_null=True):
    if v is None:
        if not allow_null:
            err(lid, f"{where} phone missing")
        return
    if not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        err(lid, f"{where} phone {v!r} not in the 146/165/174 mobile or area-0000xxx landline scheme")


def walk_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from walk_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from walk_strings(v)


def check_line_format(ln):
    lid = ln.get("id", "?")
    if ln.get("phase") == "history":
        if list(ln.keys()) != LINE_KEYS_H:
            err(lid, f"line keys {list(ln.keys())}")
        if ln.get("outcome") != "executed":
            err(lid, "history outcome must be executed")
        if ln["label"] != "legit" or ln["expect"] != "allow" or ln["scam_type"] is not None:
            err(lid, "history lines must be legit/allow")
        if ln["signals"]:
            err(lid, "history lines carry no signals")
    elif ln.get("phase") == "test":
        if list(ln.keys()) != LINE_KEYS_T:
            err(lid, f"line keys {list(ln.keys())} (outcome only on history)")
    else:
        err(lid, "bad phase")
    if not re.match(r"^[a-z]+-[ht]\d{3}$", lid) or not lid.startswith(ln["tenant"] + "-") or \
            lid.split("-")[1][0] != ln["phase"][0]:
        err(lid, "id format")
    if ln["kind"] not in ("payment", "order"):
        err(lid, "kind")
    if ln["label"] == "legit":
        if ln["scam_type"] is not None or ln["expect"] != "allow":
            err(lid, "legit lines: scam_type null and expect allow")
    elif ln["label"] == "scam":
        if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block"):
            err(lid, "scam lines: known scam_type, expect flag/block")
    else:
        err(lid, "label")
    for s in ln["signals"]:
        if s not in VOCAB:
            err(lid, f"signal {s!r} not in README vocabulary")
    if len(set(ln["signals"])) != len(ln["signals"]):
        err(lid, "duplicate signal")
    note = ln["note"]
    if ln["phase"] == "test":
        if ln["label"] == "legit":
            if note.startswith("Routine:"):
                if ln["signals"]:
                    err(lid, "routine lines carry no signals")
            elif note.startswith("Hard negative:"):
                if not ln["signals"]:
                    err(lid, "hard negatives name the scam-like surface they share")
            else:
                err(lid, "legit test note must start with Routine: or Hard negative:")
        elif note.startswith("Routine:") or note.startswith("Hard negative:"):
            err(lid, "scam note with a legit prefix")
    elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
        err(lid, "history notes carry no test prefix")

    r = ln["request"]
    if ln["kind"] == "payment":
        check_keys(lid, r, PAY_KEYS, "request", optional=("verification",))
        for k, sub in PAY_SUB.items():
            if k in r and r[k] is not None:
                check_keys(lid, r[k], sub, k)
        if not TS_RE.match(r["submitted_at"]):
            err(lid, "submitted_at not RFC 3339 +08:00")
        check_amount(lid, r["amount"], "amount")
        if r["currency"] != "CNY":
            err(lid, "currency")
        for who in ("payer", "payee"):
            if not ACCT_RE.match(r[who]["account_no"]):
                err(lid, f"{who} account_no must have 16-19 digits")
        if r["payee"]["account_type"] not in ACCOUNT_TYPES:
            err(lid, "account_type")
        check_phone(lid, r["payee"]["phone"], "payee")
        ins = r["instruction"]
        if ins["channel"] not in CHANNELS:
            err(lid, "instruction.channel")
        if not isinstance(ins["urgent"], bool):
            err(lid, "urgent must be boolean")
        if ins["channel"] == "phone":
            check_phone(lid, ins["from_contact"], "instruction.from_contact", allow_null=False)
        if r["requested_by"] in r["approved_by"]:
            err(lid, "requester approves own request")
        ch = r["payee_account_changed_at"]
        if ch is not None and not TS_RE.match(ch):
            err(lid, "payee_account_changed_at format")
        if "verification" in r:
            v = r["verification"]
            check_phone(lid, v["callback_number"], "verification.callback_number", allow_null=False)
            if not TS_RE.match(v["verified_at"]) or parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
                err(lid, "verified_at must precede submitted_at")
    else:
        check_keys(lid, r, ORDER_KEYS, "request")
        for k, sub in ORDER_SUB.items():
            if r.get(k) is not None:
                check_keys(lid, r[k], sub, k)
        if not TS_RE.match(r["received_at"]):
            err(lid, "received_at not RFC 3339 +08:00")
        total = Decimal("0")
        for it in r["items"]:
            check_keys(lid, it, ITEM_KEYS, "item")
            check_amount(lid, it["unit_price"], "unit_price")
            if not QTY_RE.match(it["quantity"]):
                err(lid, "quantity must be a decimal string")
            total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
        check_amount(lid, r["total_amount"], "total_amount")
        if Decimal(r["total_amount"]) != total.quantize(Decimal("0.01")):
            err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
        if r["currency"] != "CNY":
            err(lid, "currency")
        c = r["customer"]
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(lid, f"invalid unified social credit code {c['credit_code']}")
        check_phone(lid, c["phone"], "customer")
        tp = r["third_party"]
        if tp is not None:
            check_amount(lid, tp["amount"], "third_party.amount")
            if tp["role"] not in TP_ROLES:
                err(lid, "third_party.role")
            check_phone(lid, tp["contact"], "third_party.contact")
        if not isinstance(r["fees_requested"], list):
            err(lid, "fees_requested must be a list")
        for f in r["fees_requested"]:
            check_keys(lid, f, FEE_KEYS, "fee")
            check_amount(lid, f["amount"], "fee")
    # any phone-looking number anywhere must be in the scheme
    for s in walk_strings(r):
        for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", s):
            if not MOBILE_RE.match(m.group(0)):
                err(lid, f"mobile-like number {m.group(0)} outside the scheme")


def structural_signals(ln, ctx):
    r = ln["request"]
    out = set()
    if ln["kind"] == "payment":
        if ctx.first_time(ln):
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        d = days_since_change(r)
        if d is not None:
            out.add("account_changed_recent" if d <= 30 else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.hist_invoices[ln["tenant"]]:
            out.add("duplicate_invoice")
        if is_off_hours(r["submitted_at"]):
            out.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        if is_off_hours(r["received_at"]):
            out.add("off_hours")
    return out


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err("file", "must end with a newline")
    lines = []
    for i, s in enumerate(raw.splitlines(), 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            err(f"line {i}", f"bad JSON: {e}")
    ctx = Context(lines)

    # ids unique, request ids unique per tenant
    seen, seen_rid = set(), set()
    for ln in lines:
        if ln["id"] in seen:
            err(ln["id"], "duplicate id")
        seen.add(ln["id"])
        rid = ln["request"].get("request_id") or ln["request"].get("record_id")
        if (ln["tenant"], rid) in seen_rid:
            err(ln["id"], f"duplicate request/record id {rid}")
        seen_rid.add((ln["tenant"], rid))

    # grouping, history before test, chronology, numbering
    order_tenants = []
    last = {}
    for ln in lines:
        t = ln["tenant"]
        if t in TAKEN_TENANTS:
            err(ln["id"], f"tenant id {t} is taken")
        if not re.match(r"^[a-z]+$", t):
            err(ln["id"], "tenant id must be a lowercase pinyin word")
        if not order_tenants or order_tenants[-1] != t:
            if t in order_tenants:
                err(ln["id"], "tenant lines not contiguous")
            order_tenants.append(t)
        r = ln["request"]
        when = parse_ts(r.get("submitted_at") or r.get("received_at"))
        if t in last:
            pphase, pwhen = last[t]
            if pphase == "test" and ln["phase"] == "history":
                err(ln["id"], "history line after a test line")
            if when < pwhen:
                err(ln["id"], "not in chronological order")
        last[t] = (ln["phase"], when)
    for t in order_tenants:
        for ph, c in (("history", "h"), ("test", "t")):
            ids = [ln["id"] for ln in lines if ln["tenant"] == t and ln["phase"] == ph]
            if ids != [f"{t}-{c}{i:03d}" for i in range(1, len(ids) + 1)]:
                err(t, f"{ph} ids not numbered consecutively")

    for ln in lines:
        check_line_format(ln)

    # structural signals (test lines; history lines carry none)
    for ln in lines:
        if ln["phase"] != "test":
            continue
        comp = structural_signals(ln, ctx)
        names = STRUCT_PAY if ln["kind"] == "payment" else STRUCT_ORDER
        other = set(STRUCT_PAY + STRUCT_ORDER) - set(names)
        sig = set(ln["signals"])
        for s in names:
            if (s in comp) != (s in sig):
                err(ln["id"], f"structural signal {s}: data says {s in comp}, label says {s in sig}")
        for s in other - {"off_hours"}:
            if s in sig:
                err(ln["id"], f"signal {s} does not apply to a {ln['kind']}")

    # block reasons <-> expect: block
    reason_count = collections.Counter()
    block_lines = 0
    for ln in lines:
        if ln["phase"] != "test":
            continue
        rs = block_reasons(ln, ctx)
        if ln["expect"] == "block":
            block_lines += 1
            if not rs:
                err(ln["id"], "expect block but no hard-block reason found in the data")
            for x in rs:
                reason_count[x.split(":")[0]] += 1
        elif rs:
            err(ln["id"], f"{ln['label']}/{ln['expect']} line carries hard-block reasons {rs}")

    # refunds on legit lines must go back to the paying customer after clearing
    for ln in lines:
        if ln["kind"] == "payment" and ln["label"] == "legit" and "退" in ln["request"]["purpose"]:
            order = ctx.order_of(ln)
            if order is None or order["request"]["customer"]["name"] != ln["request"]["payee"]["name"]:
                err(ln["id"], "legit refund must reference the payer's order and go to the same party")
    # designated-supplier payments must reference a known order
    for ln in lines:
        if ln["kind"] == "payment" and "designated_supplier" in ln["signals"] and ctx.order_of(ln) is None:
            err(ln["id"], "designated-supplier payment without a resolvable order")

    # ---------------- counts ----------------
    test = [ln for ln in lines if ln["phase"] == "test"]
    hist = [ln for ln in lines if ln["phase"] == "history"]
    scams = [ln for ln in test if ln["label"] == "scam"]
    legit = [ln for ln in test if ln["label"] == "legit"]
    hn = [ln for ln in legit if ln["note"].startswith("Hard negative:")]
    routine = [ln for ln in legit if ln["note"].startswith("Routine:")]
    blocks = [ln for ln in test if ln["expect"] == "block"]
    evasion = [ln for ln in test if EVASION & set(ln["signals"])]
    structural = [ln for ln in scams if ln["note"].startswith("Structural only:")]

    print(f"file: {PATH}")
    print(f"lines {len(lines)}: history {len(hist)}, test {len(test)}")
    print(f"test: scams {len(scams)} ({100.0 * len(scams) / len(test):.1f} %), legit {len(legit)} "
          f"(hard negatives {len(hn)}, routine {len(routine)}), expect block {len(blocks)}, "
          f"evasion lines {len(evasion)}, structural-only scams {len(structural)}")
    print()
    hdr = ["tenant", "hist pay", "hist order", "test", "scams", "legit", "hard neg", "routine", "block",
           "test pay", "test order"]
    print(" | ".join(hdr))
    for t in order_tenants:
        tl = [ln for ln in test if ln["tenant"] == t]
        hl = [ln for ln in hist if ln["tenant"] == t]
        row = [t, sum(ln["kind"] == "payment" for ln in hl), sum(ln["kind"] == "order" for ln in hl), len(tl),
               sum(ln["label"] == "scam" for ln in tl), sum(ln["label"] == "legit" for ln in tl),
               sum(ln["note"].startswith("Hard negative:") for ln in tl),
               sum(ln["note"].startswith("Routine:") for ln in tl), sum(ln["expect"] == "block" for ln in tl),
               sum(ln["kind"] == "payment" for ln in tl), sum(ln["kind"] == "order" for ln in tl)]
        print(" | ".join(str(x) for x in row))
    print()
    print("scam type | lines | block | flag | structural only")
    by_type = collections.defaultdict(list)
    for ln in scams:
        by_type[ln["scam_type"]].append(ln)
    for st in sorted(SCAM_TYPES):
        ls = by_type.get(st, [])
        print(f"{st} | {len(ls)} | {sum(l['expect'] == 'block' for l in ls)} | "
              f"{sum(l['expect'] == 'flag' for l in ls)} | "
              f"{sum(l['note'].startswith('Structural only:') for l in ls)}")
    print()
    print(f"block reasons on {block_lines} expect-block lines:")
    for k, v in sorted(reason_count.items()):
        print(f"  {k}: {v}")
    print("evasion signals:", dict(collections.Counter(s for ln in evasion for s in ln["signals"]
                                                        if s in EVASION)))

    # ---------------- corpus-level requirements ----------------
    if len(order_tenants) != 3:
        err("corpus", "expected 3 tenants")
    if not 40 <= len(hist) <= 45:
        err("corpus", f"history lines {len(hist)} not in 40-45")
    if not 100 <= len(test) <= 110:
        err("corpus", f"test lines {len(test)} not in 100-110")
    if not 0.37 <= len(scams) / len(test) <= 0.43:
        err("corpus", "scam share not about 40 %")
    if not 25 <= len(blocks) <= 30:
        err("corpus", f"expect block lines {len(blocks)} not in 25-30")
    if not 8 <= len(evasion) <= 10:
        err("corpus", f"evasion lines {len(evasion)} not in 8-10")
    if not 0.6 <= len(hn) / len(legit) <= 0.72:
        err("corpus", "hard negatives not about two thirds of legit lines")
    for st in SCAM_TYPES:
        n = len(by_type.get(st, []))
        if n < 2 or (st in MAIN_SIX and n < 3):
            err("corpus", f"too few lines of {st}: {n}")
    if not structural:
        err("corpus", "no structural-only scam")

    if ERRORS:
        print()
        print(f"FAILED: {len(ERRORS)} problem(s)")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print()
    print("OK")


if __name__ == "__main__":
    main()
