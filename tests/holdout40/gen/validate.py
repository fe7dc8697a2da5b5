#!/usr/bin/env python3
"""Independent re-check of ../holdout40.jsonl. Exits non-zero on any failure.

Deliberately imports nothing from build.py, common.py or the data files: every rule is
re-implemented here from the corpus README conventions (documented in ../README.md).
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout40.jsonl")

TENANTS = ["anbao", "renhe", "lianzhong"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
TOP_TEST = [k for k in TOP_HISTORY if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
NESTED = {
    "payer": ["account_no", "account_name"],
    "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
    "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
    "related": ["order_id", "contract_id", "invoice_no"],
    "verification": ["callback_done", "callback_number", "verified_by", "verified_at"],
    "customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
    "item": ["product", "quantity", "unit", "unit_price"],
    "delivery": ["address", "deadline"],
    "third_party": ["name", "contact", "role", "amount"],
    "fee": ["reason", "amount"],
}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction new_contact
lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words
fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account refund_words
overpayment account_change_words personal_account_pretext account_lending_words safe_account_words
authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words
topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin
evasion_homophone evasion_symbols""".split())
STRUCTURAL = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}
HOLIDAYS = {"2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21"}

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^15[012]0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
EMP_RE = re.compile(r"^E\d{4}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# ------------------------------------------------------------------ text normalisation
TRAD = str.maketrans({"賬": "账", "帳": "账", "戶": "户", "過": "过", "驗": "验", "資": "资", "證": "证",
                      "墊": "垫", "凍": "冻", "結": "结", "轉": "转", "匯": "汇", "餘": "余", "額": "额",
                      "貴": "贵", "對": "对", "會": "会", "計": "计", "給": "给", "個": "个", "點": "点",
                      "單": "单", "號": "号", "錢": "钱", "國": "国", "監": "监", "們": "们", "這": "这",
                      "還": "还", "總": "总", "務": "务", "費": "费", "發": "发", "剩": "剩", "資": "资"})
HOMOPHONES = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("保正金", "保证金"), ("压金", "押金"),
              ("垫fu", "垫付"), ("s单", "刷单")]
INITIALISMS = {"aqzh": "安全账户", "bzj": "保证金", "yhk": "银行卡", "dgzh": "对公账户", "sls": "刷流水",
               "yzm": "验证码", "zfb": "支付宝", "gjf": "公检法"}
SEPARATORS = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+“”\"'‘’「」]")


def norm(text):
    s = unicodedata.normalize("NFKC", text or "")
    s = s.translate(TRAD).lower()
    for a, b in HOMOPHONES:
        s = s.replace(a, b)
    s = re.sub(r"(?<![a-z])(%s)(?![a-z])" % "|".join(INITIALISMS), lambda m: INITIALISMS[m.group(1)], s)
    return s + "\n" + SEPARATORS.sub("", s)


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "走一下账", "过账", "过一下账", "借用公户", "借用对公账户", "借你们对公账户", "借用账户",
              "刷流水", "u盾寄", "寄u盾", "邮寄u盾", "出租账户"]
TASK_WORDS = ["任务", "充值", "返利", "返现", "刷单", "解冻", "验资"]
BALANCE_WORDS = ["余额", "可用资金", "还有多少钱", "账上还有多少", "账上有多少", "资金情况"]
DESIG_WORDS = ["代采", "代购", "垫付", "指定"]
CLEARED = "银行回单确认到账"
REFUND_PENDING = ["未到账", "以实际到账为准", "处理中", "截图"]
SALARY_PURPOSES = {"工资", "劳务费", "工资预支", "离职结算", "加班费"}
MEANINGFUL = Decimal("10000.00")


def has(text, words):
    n = norm(text)
    return any(w in n for w in words)


def employees(memo):
    m = re.search(r"员工：([^；;）)]+)", memo or "")
    if not m:
        return [], 0
    raw = m.group(1)
    k = re.search(r"等(\d+)人$", raw)
    names = [x for x in re.split(r"[、,，]", re.sub(r"等\d+人$", "", raw)) if x]
    return names, int(k.group(1)) if k else len(names)


def authorised(memo):
    return re.search(r"委托代领授权书WT-[A-Z0-9-]+已存档", memo or "") is not None


def parse(ts):
    return dt.datetime.fromisoformat(ts)


def is_off_hours(ts):
    t = parse(ts)
    m = t.hour * 60 + t.minute
    return m < 600 or m >= 1200 or t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS


class Ctx:
    """Per-tenant history: payee accounts and invoice numbers already paid."""

    def __init__(self):
        self.accounts = set()
        self.invoices = set()


def structural_signals(line, ctx):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        ts = r["submitted_at"]
        if r["payee"]["account_no"] not in ctx.accounts:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r.get("approved_by"):
            out.add("no_approval")
        ch = r.get("payee_account_changed_at")
        if ch:
            age = parse(ts) - parse(ch)
            out.add("account_changed_recent" if age <= dt.timedelta(days=30) else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.invoices:
            out.add("duplicate_invoice")
    else:
        ts = r["received_at"]
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
    if is_off_hours(ts):
        out.add("off_hours")
    return out


def block_reasons(line, ctx=None):
    """Which `expect: block` conditions of the corpus README the line's data meets.

    `ctx` carries the tenant's history (payee accounts, paid invoice numbers); without it the
    history-dependent conditions treat every payee as first-time and no invoice as paid.
    """
    ctx = ctx or Ctx()
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        text = "\n".join([r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""])
        pe = r["payee"]
        first = pe["account_no"] not in ctx.accounts
        personal = pe["account_type"] == "personal"
        ins = r.get("instruction") or {}
        if has(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has(text, LEND_WORDS):
            reasons.append("account_lending")
        if "退款" in (r.get("purpose") or ""):
            m = re.search(r"原付款账户：(\d+)", ins.get("text") or "")
            if not m or m.group(1) != pe["account_no"] or has(text, REFUND_PENDING):
                reasons.append("refund_other_account_or_uncleared")
        if first and r["related"]["order_id"] and has(text, DESIG_WORDS) and CLEARED not in text:
            reasons.append("designated_supplier_before_customer_funds")
        ch = r.get("payee_account_changed_at")
        if (ch and first and pe.get("vendor_id") and Decimal(r["amount"]) >= MEANINGFUL
                and parse(r["submitted_at"]) - parse(ch) <= dt.timedelta(days=30)):
            reasons.append("first_payment_to_recently_changed_account")
        if (ins.get("channel") in ("im", "email") and not r.get("approved_by") and has(text, BALANCE_WORDS)
                and first):
            reasons.append("boss_im_no_approval_balance_probe_new_payee")
        if personal and has(text, TASK_WORDS):
            reasons.append("personal_payee_task_words")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.invoices:
            reasons.append("invoice_already_paid")
        if (r.get("purpose") or "") in SALARY_PURPOSES:
            names, count = employees(r.get("memo"))
            if count >= 2 and personal:
                reasons.append("several_employees_one_account")
            if names and pe["name"] not in names and not (count == 1 and authorised(r.get("memo"))):
                reasons.append("salary_holder_not_employee")
    else:
        text = "\n".join([r.get("notes") or "", r.get("payment_terms") or ""] +
                         [f["reason"] for f in r.get("fees_requested") or []])
        if has(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has(text, LEND_WORDS):
            reasons.append("account_lending")
        tpd = r.get("third_party")
        if tpd and tpd["role"] == "refund_recipient":
            reasons.append("refund_other_account_or_uncleared")
        if tpd and tpd["role"] == "designated_supplier" and CLEARED not in text:
            reasons.append("designated_supplier_before_customer_funds")
    return reasons


def uscc_ok(code):
    if not re.match(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def phone_ok(p):
    return bool(MOBILE_RE.match(p) or LANDLINE_RE.match(p))


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)


def main():
    errors = []

    def err(lid, msg):
        errors.append("%s: %s" % (lid, msg))

    raw = open(PATH, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("not UTF-8: %s" % e)
        return 1
    if not text.endswith("\n"):
        errors.append("file does not end with a newline")
    lines = []
    for n, s in enumerate(text.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            errors.append("line %d: invalid JSON: %s" % (n, e))
    if errors:
        print("\n".join(errors))
        return 1

    ids, req_ids = set(), set()
    seen_tenants = []
    ctxs = {t: Ctx() for t in TENANTS}
    phase_of = {}
    last_ts = {}
    payer_of = {}
    evasion_lines = []
    for d in lines:
        lid = d.get("id", "?")
        keys = list(d.keys())
        phase = d.get("phase")
        if keys != (TOP_HISTORY if phase == "history" else TOP_TEST):
            err(lid, "top-level key order %s" % keys)
            continue
        t = d["tenant"]
        if t not in TENANTS:
            err(lid, "unknown tenant")
            continue
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(lid, "tenant lines not grouped")
            seen_tenants.append(t)
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        if not re.match(r"^%s-%s\d{3}$" % (t, "h" if phase == "history" else "t"), lid):
            err(lid, "id does not match tenant/phase")
        if phase not in ("history", "test"):
            err(lid, "bad phase")
        if phase == "history" and phase_of.get(t) == "test":
            err(lid, "history line after a test line")
        phase_of[t] = phase
        kind = d["kind"]
        if kind not in ("payment", "order"):
            err(lid, "bad kind")
            continue
        # labels
        if d["label"] == "legit":
            if d["scam_type"] is not None or d["expect"] != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        elif d["label"] == "scam":
            if d["scam_type"] not in SCAM_TYPES or d["expect"] not in ("flag", "block"):
                err(lid, "scam line needs a scam_type and expect flag/block")
            if phase == "history":
                err(lid, "scam in history")
        else:
            err(lid, "bad label")
        if phase == "history" and (d["label"] != "legit" or d.get("outcome") != "executed"):
            err(lid, "history line must be legit/executed")
        note = d["note"]
        if phase == "test":
            if d["label"] == "legit" and not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "legit test note must start with Routine: or Hard negative:")
            if d["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "scam note has a legit prefix")
        if note.startswith("Structural only:") and d["label"] != "scam":
            err(lid, "Structural only: on a legit line")
        if not isinstance(d["signals"], list) or any(s not in VOCAB for s in d["signals"]):
            err(lid, "signal outside the vocabulary: %s" % [s for s in d["signals"] if s not in VOCAB])
        if len(set(d["signals"])) != len(d["signals"]):
            err(lid, "repeated signal")
        if phase == "history" and d["signals"]:
            err(lid, "history lines carry no signals")

        r = d["request"]
        # ---------------- request shape
        if kind == "payment":
            rk = list(r.keys())
            if rk != PAY_KEYS and rk != PAY_KEYS + ["verification"]:
                err(lid, "payment key order %s" % rk)
                continue
            for k in ("payer", "payee", "instruction", "related") + (("verification",) if "verification" in r else ()):
                if list(r[k].keys()) != NESTED[k]:
                    err(lid, "%s key order %s" % (k, list(r[k].keys())))
            ts = r["submitted_at"]
            rid = r["request_id"]
            if not AMOUNT_RE.match(r["amount"]) or Decimal(r["amount"]) <= 0:
                err(lid, "amount not a positive 2-dp string")
            for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
                if not ACCT_RE.match(acc):
                    err(lid, "account number not 16-19 digits: %s" % acc)
            if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                err(lid, "bad account_type")
            if r["instruction"]["channel"] not in CHANNELS:
                err(lid, "bad channel")
            if not isinstance(r["instruction"]["urgent"], bool):
                err(lid, "urgent must be boolean")
            if r["payee"]["phone"] and not phone_ok(r["payee"]["phone"]):
                err(lid, "payee phone %s" % r["payee"]["phone"])
            fc = r["instruction"]["from_contact"]
            if fc and re.match(r"^[\d-]+$", fc) and not phone_ok(fc):
                err(lid, "from_contact phone %s" % fc)
            if not EMP_RE.match(r["requested_by"]) or any(not EMP_RE.match(a) for a in r["approved_by"]):
                err(lid, "bad employee id")
            if r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            if len(set(r["approved_by"])) != len(r["approved_by"]):
                err(lid, "repeated approver")
            ch = r["payee_account_changed_at"]
            if ch is not None:
                if not TS_RE.match(ch):
                    err(lid, "payee_account_changed_at format")
                elif parse(ch) > parse(ts):
                    err(lid, "account change after the payment")
            if "verification" in r:
                v = r["verification"]
                if not phone_ok(v["callback_number"]) or not TS_RE.match(v["verified_at"]):
                    err(lid, "verification format")
                elif parse(v["verified_at"]) > parse(ts):
                    err(lid, "verification after submission")
            if r["currency"] != "CNY":
                err(lid, "currency")
            pk = (r["payer"]["account_no"], r["payer"]["account_name"])
            if payer_of.setdefault(t, pk) != pk:
                err(lid, "payer differs within tenant")
        else:
            rk = list(r.keys())
            if rk != ORDER_KEYS:
                err(lid, "order key order %s" % rk)
                continue
            if list(r["customer"].keys()) != NESTED["customer"] or list(r["delivery"].keys()) != NESTED["delivery"]:
                err(lid, "customer/delivery key order")
            ts = r["received_at"]
            rid = r["record_id"]
            total = Decimal("0")
            for it in r["items"]:
                if list(it.keys()) != NESTED["item"]:
                    err(lid, "item key order")
                if not QTY_RE.match(it["quantity"]) or not AMOUNT_RE.match(it["unit_price"]):
                    err(lid, "item quantity/unit_price format")
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not AMOUNT_RE.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
                err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_ok(cc):
                err(lid, "invalid credit code %s" % cc)
            if r["customer"]["phone"] and not phone_ok(r["customer"]["phone"]):
                err(lid, "customer phone %s" % r["customer"]["phone"])
            if r["channel"] not in CHANNELS:
                err(lid, "bad channel")
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", r["delivery"]["deadline"]):
                err(lid, "deadline format")
            tpd = r["third_party"]
            if tpd is not None:
                if list(tpd.keys()) != NESTED["third_party"] or tpd["role"] not in TP_ROLES:
                    err(lid, "third_party shape/role")
                if not AMOUNT_RE.match(tpd["amount"]):
                    err(lid, "third_party amount format")
                if re.match(r"^[\d-]+$", tpd["contact"]) and not phone_ok(tpd["contact"]):
                    err(lid, "third_party contact phone")
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for f in r["fees_requested"]:
                if list(f.keys()) != NESTED["fee"] or not AMOUNT_RE.match(f["amount"]):
                    err(lid, "fee shape/amount")
            if r["currency"] != "CNY":
                err(lid, "currency")
        if not TS_RE.match(ts):
            err(lid, "timestamp not RFC 3339 +08:00: %s" % ts)
            continue
        if rid in req_ids:
            err(lid, "duplicate request/record id %s" % rid)
        req_ids.add(rid)
        key = (t, phase)
        if t in last_ts and parse(ts) < last_ts[t]:
            err(lid, "not in chronological order")
        last_ts[t] = parse(ts)
        # phones anywhere in free text must be of the fictitious pattern
        for s in walk_strings(r):
            for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", s):
                if not MOBILE_RE.match(m.group(0)):
                    err(lid, "mobile outside 1XX0000xxxx pattern: %s" % m.group(0))
            for m in re.finditer(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)", s):
                if not LANDLINE_RE.match(m.group(0)):
                    err(lid, "landline outside area-0000xxx pattern: %s" % m.group(0))

        ctx = ctxs[t]
        if phase == "test":
            want = structural_signals(d, ctx)
            have = set(d["signals"]) & STRUCTURAL
            if want != have:
                err(lid, "structural signals: data says %s, line says %s" % (sorted(want), sorted(have)))
        reasons = block_reasons(d, ctx)
        if d["expect"] == "block" and not reasons:
            err(lid, "expect block but meets no README block condition")
        if d["expect"] != "block" and reasons:
            err(lid, "not expect block but meets %s" % reasons)
        ev = [s for s in d["signals"] if s.startswith("evasion_")]
        if ev:
            evasion_lines.append((lid, d["label"]))
            blob = "\n".join(walk_strings(r))
            if "evasion_fullwidth" in ev and not re.search(r"[\uff01-\uff5e]", blob):
                err(lid, "evasion_fullwidth without full-width characters")
            if "evasion_spacing" in ev and not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", blob):
                err(lid, "evasion_spacing without spaced characters")
            if "evasion_traditional" in ev and not re.search(r"[賬帳戶過驗資證墊凍轉匯貴對會計]", blob):
                err(lid, "evasion_traditional without traditional characters")
            if "evasion_pinyin" in ev and not re.search(r"[a-zA-Zａ-ｚ]{2,}", blob):
                err(lid, "evasion_pinyin without Latin letters")
        if phase == "history" and kind == "payment":
            ctx.accounts.add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                ctx.invoices.add(r["related"]["invoice_no"])

    # ---------------- composition
    test = [d for d in lines if d["phase"] == "test"]
    for t in TENANTS:
        nh = sum(1 for d in lines if d["tenant"] == t and d["phase"] == "history")
        nt = sum(1 for d in test if d["tenant"] == t)
        if not 13 <= nh <= 15:
            errors.append("%s: %d history lines (want 13-15)" % (t, nh))
        if not 34 <= nt <= 37:
            errors.append("%s: %d test lines (want 34-37)" % (t, nt))
    types = Counter(d["scam_type"] for d in test if d["label"] == "scam")
    for st in SCAM_TYPES:
        if types[st] < 2:
            errors.append("scam type %s has %d lines (want >= 2)" % (st, types[st]))
    nblock = sum(1 for d in test if d["expect"] == "block")
    if not 25 <= nblock <= 30:
        errors.append("%d expect:block lines (want 25-30)" % nblock)
    if not 8 <= len(evasion_lines) <= 10:
        errors.append("%d evasion lines (want 8-10)" % len(evasion_lines))

    legit = [d for d in test if d["label"] == "legit"]
    hard = sum(1 for d in legit if d["note"].startswith("Hard negative:"))
    print("lines %d (history %d, test %d); scams %d (flag %d, block %d); legit %d (routine %d, hard %d); "
          "evasion %d" % (len(lines), len(lines) - len(test), len(test), len(test) - len(legit),
                          len(test) - len(legit) - nblock, nblock, len(legit), len(legit) - hard, hard,
                          len(evasion_lines)))
    if errors:
        print("FAILED (%d):" % len(errors))
        print("\n".join(errors))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
