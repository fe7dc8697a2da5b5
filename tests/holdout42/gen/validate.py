#!/usr/bin/env python3
"""Independent re-check of ../holdout42.jsonl. Exits non-zero on any failure.

Checks: JSON validity and key order; corpus-format rules of the corpus README
(2-dp money strings, total = sum of items, 16-19 digit accounts, unified social
credit code check characters, RFC 3339 +08:00 timestamps, history before test per
tenant, chronological order, unique ids, phone patterns); structural signals exact
on test lines; and block_reasons(line), which recomputes from the data which
`expect: block` condition of the corpus README a line meets.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "holdout42.jsonl")

TOP_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
            "payment_terms", "third_party", "fees_requested", "notes"]
SUB_KEYS = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
    "item": ["product", "quantity", "unit", "unit_price"],
    "fee": ["reason", "amount"],
}
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"]
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment account_change_words
personal_account_pretext account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company
institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04",
            "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
MEANINGFUL = Decimal("5000.00")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1(57|58|59)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")

# ------------------------------------------------------------------ text normalisation
T2S = str.maketrans({
    "證": "证", "戶": "户", "帳": "账", "賬": "账", "轉": "转", "匯": "汇", "驗": "验", "資": "资", "墊": "垫",
    "凍": "冻", "結": "结", "錢": "钱", "號": "号", "過": "过", "監": "监", "國": "国", "賬": "账", "餘": "余",
    "額": "额", "還": "还", "會": "会", "計": "计", "們": "们", "這": "这", "請": "请", "貸": "贷", "款": "款",
    "銷": "销", "舊": "旧", "為": "为", "準": "准", "發": "发", "開": "开", "輪": "轮", "農": "农", "經": "经",
    "換": "换", "總": "总", "謝": "谢", "險": "险", "單": "单", "損": "损", "費": "费", "風": "风", "險": "险",
    "後": "后", "併": "并", "辦": "办", "審": "审", "務": "务", "專": "专", "員": "员", "貴": "贵", "請": "请",
    "庫": "库", "剛": "刚", "準": "准", "刷": "刷", "門": "门",
})
HOMOPHONES = [("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("刷dan", "刷单"), ("保正金", "保证金"),
              ("保症金", "保证金"), ("帐", "账"), ("威信", "微信"), ("薇信", "微信")]
PINYIN = {"sls": "刷流水", "aqzh": "安全账户", "dgzh": "对公账户", "bzj": "保证金", "yhk": "银行卡", "yzm": "验证码"}
PINYIN_RE = re.compile(r"(?<![a-z])(%s)(?![a-z])" % "|".join(PINYIN))


def normalise(text):
    """NFKC, traditional->simplified fold, lower case, pinyin initialisms, compact view, homophones."""
    t = unicodedata.normalize("NFKC", text or "").translate(T2S).lower()
    t = PINYIN_RE.sub(lambda m: PINYIN[m.group(1)], t)
    compact = "".join(ch for ch in t if unicodedata.category(ch)[0] in "LN")
    for a, b in HOMOPHONES:
        compact = compact.replace(a, b)
    # "通过" (passed) followed by 账户 would otherwise read as 过账 in the compact view
    compact = compact.replace("通过", "通")
    return compact


KW_SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
KW_LEND = ["走账", "走一下账", "过账", "过一下账", "借用公户", "借用对公", "借用账户", "借用你们公户", "借你们公户",
           "借公司账户", "刷流水", "做流水"]
KW_TASK = ["任务", "刷单", "做单", "充值", "返利", "返现", "解冻", "验资"]
KW_PROBE = ["余额", "可用资金", "可用余额", "还有多少钱", "能动的钱", "账上还有多少"]
KW_SCREENSHOT = ["截图", "处理中", "延时到账", "延迟到账", "对公延迟"]
CLEARED = "银行流水号"


def has_any(norm, words):
    return [w for w in words if normalise(w) in norm]


class Ctx:
    """Per-tenant facts from history lines (and order lookup for links)."""

    def __init__(self):
        self.paid_accounts = set()
        self.paid_invoices = set()
        self.orders = {}


def pay_text(req):
    ins = req.get("instruction") or {}
    return "\n".join([req.get("purpose") or "", req.get("memo") or "", ins.get("text") or ""])


def first_time(req, ctx):
    return req["payee"]["account_no"] not in ctx.paid_accounts


def block_reasons(line, ctx):
    """Which README `expect: block` conditions the line's data meets (list of short names)."""
    req = line["request"]
    reasons = []
    if line["kind"] == "payment":
        raw = pay_text(req)
        norm = normalise(raw)
        nfkc = unicodedata.normalize("NFKC", raw)
        payee = req["payee"]
        personal = payee["account_type"] == "personal"
        # 1 safe / national / supervised account, fund verification
        if has_any(norm, KW_SAFE):
            reasons.append("safe_account")
        # 2 lending the company account
        if has_any(norm, KW_LEND):
            reasons.append("account_lending")
        # 3 refund to another account or before the money cleared
        if (req.get("purpose") or "").startswith("退"):
            m = re.search(r"原付款账户[：:]\s*(\d{16,19})", nfkc)
            if not m or m.group(1) != payee["account_no"] or CLEARED not in nfkc:
                reasons.append("refund_other_or_uncleared")
        # 4 customer-designated supplier paid before the customer's money arrived
        oid = req["related"]["order_id"]
        if oid and oid in ctx.orders:
            tp = ctx.orders[oid]["request"]["third_party"]
            if tp and tp["role"] == "designated_supplier" and tp["name"] == payee["name"] and CLEARED not in nfkc:
                reasons.append("designated_supplier_prepay")
        # 5 first meaningful payment to a supplier account changed within 30 days
        ch = req.get("payee_account_changed_at")
        if ch:
            days = (parse_ts(req["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400.0
            if days <= 30 and first_time(req, ctx) and Decimal(req["amount"]) >= MEANINGFUL:
                reasons.append("recent_account_change_first_payment")
        # 6 boss by IM/e-mail, no approval, balance probe, first-time payee
        if req["instruction"]["channel"] in ("im", "email") and not req["approved_by"] \
                and has_any(norm, KW_PROBE) and first_time(req, ctx):
            reasons.append("boss_probe_no_approval")
        # 7 personal payee with task/top-up/rebate/unfreezing/capital-verification words
        if personal and has_any(norm, KW_TASK):
            reasons.append("personal_task_words")
        # 8 invoice already paid
        inv = req["related"]["invoice_no"]
        if inv and inv in ctx.paid_invoices:
            reasons.append("duplicate_invoice")
        # 9 salary to a non-employee or several employees to one account
        if "工资" in (req.get("purpose") or "") and personal:
            memo = unicodedata.normalize("NFKC", req.get("memo") or "")
            n = re.search(r"[（(](\d+)人", memo)
            e = re.search(r"员工[：:]([^）)，,]+)", memo)
            if n and int(n.group(1)) >= 2:
                reasons.append("salary_shared_account")
            elif e and e.group(1).strip() != payee["name"]:
                reasons.append("salary_not_employee")
            elif not n and not e:
                raise ValueError("salary line without employee or head-count in memo: %s" % line["id"])
    else:
        raw = "\n".join([req.get("notes") or "", req.get("payment_terms") or ""])
        norm = normalise(raw)
        nfkc = unicodedata.normalize("NFKC", raw)
        tp = req.get("third_party")
        if has_any(norm, KW_SAFE):
            reasons.append("safe_account")
        if has_any(norm, KW_LEND) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and has_any(norm, KW_SCREENSHOT) and CLEARED not in nfkc:
            reasons.append("designated_supplier_screenshot")
    return reasons


# ------------------------------------------------------------------ helpers
def parse_ts(s):
    if not TS_RE.match(s or ""):
        raise ValueError("bad timestamp %r" % s)
    return dt.datetime.fromisoformat(s)


def off_hours(t):
    return t.weekday() >= 5 or t.strftime("%Y-%m-%d") in HOLIDAYS or t.hour < 10 or t.hour >= 20


def uscc_ok(c):
    if not re.match(r"^[0-9A-HJ-NPQRTUWXY]{18}$", c):
        return False
    s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(c[:17], USCC_W)) % 31
    v = 31 - s
    return USCC_CHARS[0 if v == 31 else v] == c[17]


def main():
    errors = []

    def err(lid, msg):
        errors.append("%s: %s" % (lid, msg))

    raw_lines = open(PATH, encoding="utf-8").read().split("\n")
    if raw_lines[-1] != "":
        err("file", "missing final newline")
    rows = []
    for n, s in enumerate(raw_lines[:-1], 1):
        try:
            rows.append(json.loads(s))
        except ValueError as e:
            err("line %d" % n, "invalid JSON: %s" % e)
    ids, rids = set(), set()
    tenant_order, seen_tenants = [], set()
    ctxs = defaultdict(Ctx)
    last = {}
    phase_seen = defaultdict(set)
    counters = defaultdict(lambda: {"history": 0, "test": 0})
    stats = Counter()
    type_count = Counter()
    evasion_lines = []
    all_phones = []
    for r in rows:
        lid = r.get("id", "?")
        ten = r.get("tenant")
        if ten not in seen_tenants:
            if tenant_order and tenant_order[-1] != ten and ten in seen_tenants:
                err(lid, "tenant lines not contiguous")
            seen_tenants.add(ten)
            tenant_order.append(ten)
        elif tenant_order[-1] != ten:
            err(lid, "tenant lines not contiguous")
        ctx = ctxs[ten]
        if r.get("kind") == "order":
            ctx.orders[r["request"].get("record_id")] = r
    for r in rows:
        lid = r.get("id", "?")
        ten, ph, kind = r.get("tenant"), r.get("phase"), r.get("kind")
        ctx = ctxs[ten]
        # ---- top-level keys
        exp_keys = TOP_KEYS_H if ph == "history" else TOP_KEYS_T
        if list(r.keys()) != exp_keys:
            err(lid, "top-level key order %s" % list(r.keys()))
            continue
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        counters[ten][ph] += 1
        want = "%s-%s%03d" % (ten, "h" if ph == "history" else "t", counters[ten][ph])
        if lid != want:
            err(lid, "id should be %s" % want)
        if not re.match(r"^[a-z]+$", ten or ""):
            err(lid, "tenant id")
        if ph == "history" and "test" in phase_seen[ten]:
            err(lid, "history line after a test line")
        phase_seen[ten].add(ph)
        if kind not in ("payment", "order"):
            err(lid, "kind")
        label, st, ex = r["label"], r["scam_type"], r["expect"]
        if label == "legit":
            if st is not None or ex != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        elif label == "scam":
            if st not in SCAM_TYPES or ex not in ("flag", "block") or ph != "test":
                err(lid, "bad scam labelling")
        else:
            err(lid, "label")
        if ph == "history":
            if r["outcome"] != "executed" or label != "legit" or r["signals"] != []:
                err(lid, "history line must be legit/allow/executed with no signals")
        note = r["note"]
        if ph == "test":
            if label == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                err(lid, "legit test note prefix")
            if label == "scam" and (note.startswith("Routine") or note.startswith("Hard negative")):
                err(lid, "scam note prefix")
        bad_sig = [s for s in r["signals"] if s not in VOCAB]
        if bad_sig:
            err(lid, "signals outside the vocabulary: %s" % bad_sig)
        if len(set(r["signals"])) != len(r["signals"]):
            err(lid, "repeated signal")
        req = r["request"]
        struct = set()
        try:
            if kind == "payment":
                keys = list(req.keys())
                if keys != PAY_KEYS and keys != PAY_KEYS_V:
                    err(lid, "payment key order %s" % keys)
                for k in ("payer", "payee", "instruction", "related"):
                    if list(req[k].keys()) != SUB_KEYS[k]:
                        err(lid, "%s key order" % k)
                if "verification" in req and list(req["verification"].keys()) != SUB_KEYS["verification"]:
                    err(lid, "verification key order")
                rid = req["request_id"]
                t = parse_ts(req["submitted_at"])
                for a in (req["payer"]["account_no"], req["payee"]["account_no"]):
                    if not ACCT_RE.match(a):
                        err(lid, "account number %r" % a)
                if not MONEY_RE.match(req["amount"]) or Decimal(req["amount"]) <= 0:
                    err(lid, "amount %r" % req["amount"])
                if req["currency"] != "CNY":
                    err(lid, "currency")
                if req["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                    err(lid, "account_type")
                if req["instruction"]["channel"] not in CHANNELS:
                    err(lid, "instruction channel")
                if not isinstance(req["instruction"]["urgent"], bool):
                    err(lid, "urgent must be bool")
                if req["requested_by"] in req["approved_by"]:
                    err(lid, "requester approves own request")
                if len(set(req["approved_by"])) != len(req["approved_by"]):
                    err(lid, "repeated approver")
                all_phones.append((lid, req["payee"]["phone"]))
                ins = req["instruction"]
                if ins["from_contact"] and re.match(r"^[0-9-]+$", ins["from_contact"]):
                    all_phones.append((lid, ins["from_contact"]))
                ch = req["payee_account_changed_at"]
                if ch is not None:
                    tc = parse_ts(ch)
                    if tc > t:
                        err(lid, "account change after the payment")
                    days = (t - tc).total_seconds() / 86400.0
                    struct.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                    if not req["payee"]["vendor_id"]:
                        err(lid, "account change recorded without vendor_id")
                if "verification" in req:
                    v = req["verification"]
                    parse_ts(v["verified_at"])
                    all_phones.append((lid, v["callback_number"]))
                if first_time(req, ctx):
                    struct.add("first_time_payee")
                if req["payee"]["account_type"] == "personal":
                    struct.add("personal_account")
                if not req["approved_by"]:
                    struct.add("no_approval")
                inv = req["related"]["invoice_no"]
                if inv and inv in ctx.paid_invoices:
                    struct.add("duplicate_invoice")
                text_fields = [req["purpose"], req["memo"], ins["text"]]
            else:
                keys = list(req.keys())
                if keys != ORD_KEYS:
                    err(lid, "order key order %s" % keys)
                for k in ("customer", "delivery"):
                    if list(req[k].keys()) != SUB_KEYS[k]:
                        err(lid, "%s key order" % k)
                rid = req["record_id"]
                t = parse_ts(req["received_at"])
                total = Decimal("0")
                if not req["items"]:
                    err(lid, "order without items")
                for it in req["items"]:
                    if list(it.keys()) != SUB_KEYS["item"]:
                        err(lid, "item key order")
                    if not QTY_RE.match(it["quantity"]) or not MONEY_RE.match(it["unit_price"]):
                        err(lid, "item quantity/price format")
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                if not MONEY_RE.match(req["total_amount"]) or Decimal(req["total_amount"]) != total:
                    err(lid, "total_amount %s != sum of items %s" % (req["total_amount"], total))
                if req["currency"] != "CNY":
                    err(lid, "currency")
                if req["channel"] not in CHANNELS:
                    err(lid, "order channel")
                cc = req["customer"]["credit_code"]
                if cc is not None and not uscc_ok(cc):
                    err(lid, "invalid credit code %s" % cc)
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", req["delivery"]["deadline"] or ""):
                    err(lid, "deadline")
                all_phones.append((lid, req["customer"]["phone"]))
                tp = req["third_party"]
                if tp is not None:
                    if list(tp.keys()) != SUB_KEYS["third_party"] or tp["role"] not in ROLES \
                            or not MONEY_RE.match(tp["amount"]):
                        err(lid, "third_party")
                    if tp["contact"] and re.match(r"^[0-9-]+$", tp["contact"]):
                        all_phones.append((lid, tp["contact"]))
                if not isinstance(req["fees_requested"], list):
                    err(lid, "fees_requested must be a list")
                for f in req["fees_requested"]:
                    if list(f.keys()) != SUB_KEYS["fee"] or not MONEY_RE.match(f["amount"]):
                        err(lid, "fee entry")
                if req["customer"]["customer_id"] is None:
                    struct.add("new_customer")
                text_fields = [req["notes"], req["payment_terms"]]
        except (KeyError, TypeError, ValueError) as e:
            err(lid, "malformed request: %r" % (e,))
            continue
        if rid in rids:
            err(lid, "duplicate request/record id %s" % rid)
        rids.add(rid)
        if ten in last and t < last[ten]:
            err(lid, "not in chronological order")
        last[ten] = t
        if off_hours(t):
            struct.add("off_hours")
        # phone numbers inside free text
        for s in text_fields:
            s = unicodedata.normalize("NFKC", s or "")
            for m in re.finditer(r"(?<![\d-])(1\d{10})(?!\d)", s):
                all_phones.append((lid, m.group(1)))
            for m in re.finditer(r"(?<!\d)(0\d{2,3}-\d{7,8})(?!\d)", s):
                all_phones.append((lid, m.group(1)))
            for m in re.finditer(r"(?<!\d)(\d{12,})(?!\d)", s):
                if len(m.group(1)) not in (16, 17, 18, 19, 20):
                    err(lid, "digit run %s is neither an account (16-19) nor an invoice number (20)" % m.group(1))
        # structural signals exact (test lines)
        if ph == "test":
            have = set(s for s in r["signals"] if s in STRUCTURAL)
            if have != struct:
                err(lid, "structural signals %s, data says %s" % (sorted(have), sorted(struct)))
        # block reasons
        try:
            reasons = block_reasons(r, ctx)
        except ValueError as e:
            err(lid, str(e))
            reasons = []
        if ex == "block" and not reasons:
            err(lid, "expect block but no README block condition in the data")
        if ex != "block" and reasons:
            err(lid, "expect %s but data meets block condition(s) %s" % (ex, reasons))
        # history facts for later lines
        if ph == "history" and kind == "payment":
            ctx.paid_accounts.add(req["payee"]["account_no"])
            if req["related"]["invoice_no"]:
                ctx.paid_invoices.add(req["related"]["invoice_no"])
        # stats
        stats[(ph, label, ex)] += 1
        if ph == "test":
            if label == "scam":
                type_count[st] += 1
            elif note.startswith("Hard negative"):
                stats["hard_negative"] += 1
            else:
                stats["routine"] += 1
            if any(s.startswith("evasion_") for s in r["signals"]):
                evasion_lines.append(lid)
    for lid, ph_ in all_phones:
        if ph_ is None:
            continue
        if not (MOBILE_RE.match(ph_) or LANDLINE_RE.match(ph_)):
            err(lid, "phone number %r outside the fictitious patterns" % ph_)
    # composition
    for ten in tenant_order:
        c = counters[ten]
        if not (13 <= c["history"] <= 15 and 34 <= c["test"] <= 37):
            err(ten, "history/test counts %s" % dict(c))
    for stype in SCAM_TYPES:
        if type_count[stype] < 2:
            err("composition", "scam type %s has %d lines" % (stype, type_count[stype]))
    n_block = stats[("test", "scam", "block")]
    if not 25 <= n_block <= 30:
        err("composition", "%d expect:block lines" % n_block)
    if not 8 <= len(evasion_lines) <= 10:
        err("composition", "%d evasion lines" % len(evasion_lines))
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d failure(s)" % len(errors))
        sys.exit(1)
    n_test = sum(counters[t]["test"] for t in tenant_order)
    n_hist = sum(counters[t]["history"] for t in tenant_order)
    print("OK: %d lines (%d history, %d test) for tenants %s" % (len(rows), n_hist, n_test, ", ".join(tenant_order)))
    print("scams: %d flag, %d block; legit: %d routine, %d hard negatives" % (
        stats[("test", "scam", "flag")], n_block, stats["routine"], stats["hard_negative"]))
    print("per type: " + ", ".join("%s %d" % (s, type_count[s]) for s in SCAM_TYPES))
    print("evasion lines (%d): %s" % (len(evasion_lines), ", ".join(evasion_lines)))


if __name__ == "__main__":
    main()
