"""Independent re-check of ../holdout49.jsonl. Exits non-zero on any failure.

Standard library only. Does not import build.py or the data files: every rule is
re-derived from the JSON lines themselves.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout49.jsonl")

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
               "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INST_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VER_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee",
              "task_rebate", "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
TENANTS = {"kangyuan", "meiyan", "yanglao", "yiyuan"}

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

HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02",
            "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
MAKEUP_WORKDAYS = {"2026-05-09"}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

RE_MONEY = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE = re.compile(r"^18[012]0000\d{4}$")
RE_LAND = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_ANY_MOBILE = re.compile(r"(?<!\d)1\d{10}(?!\d)")

errors = []


def err(lid, msg):
    errors.append("%s: %s" % (lid, msg))


# ---------------- normalisation (TYPOLOGIES §3, reduced) ----------------
T2S = {"賬": "账", "帳": "账", "戶": "户", "過": "过", "對": "对", "凍": "冻", "驗": "验", "資": "资",
       "轉": "转", "錢": "钱", "單": "单", "號": "号", "務": "务", "監": "监", "國": "国", "墊": "垫",
       "還": "还", "個": "个", "現": "现", "結": "结", "貸": "贷", "款": "款", "會": "会", "費": "费",
       "給": "给", "麼": "么", "請": "请", "謝": "谢", "額": "额", "處": "处", "貴": "贵", "鑫": "鑫"}
HOMOPHONE = {"唰单": "刷单", "返力": "返利", "反利": "返利", "冲值": "充值", "保正金": "保证金",
             "解洞": "解冻", "验正码": "验证码"}
INITIALS = {"aqzh": "安全账户", "sls": "刷流水", "dgzh": "对公账户", "bzj": "保证金", "yhk": "银行卡",
            "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}
SEPARATORS = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+")


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(T2S.get(c, c) for c in t).lower()
    t = re.sub(r"(?<![a-z])(%s)(?![a-z])" % "|".join(INITIALS), lambda m: INITIALS[m.group(1)], t)
    compact = "".join(c for c in t if c not in SEPARATORS)
    for k, v in HOMOPHONE.items():
        compact = compact.replace(k, v)
    return compact


def has_any(text, words):
    return any(w in text for w in words)


# ---------------- helpers ----------------
def parse_ts(s):
    return datetime.datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def off_hours(s):
    dt = parse_ts(s)
    day = dt.strftime("%Y-%m-%d")
    if day in HOLIDAYS:
        return True
    if dt.weekday() >= 5 and day not in MAKEUP_WORKDAYS:
        return True
    m = dt.hour * 60 + dt.minute
    return not (600 <= m < 1200)


def uscc_ok(code):
    if not re.match(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$", code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def keys(lid, obj, expected, where):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return
    if list(obj.keys()) != expected:
        err(lid, "%s key order %s != %s" % (where, list(obj.keys()), expected))


def text_of(req, kind):
    if kind == "payment":
        return " ".join([req.get("purpose") or "", req.get("memo") or "",
                         (req.get("instruction") or {}).get("text") or ""])
    return " ".join([req.get("notes") or "", req.get("payment_terms") or ""])


# ---------------- block reasons (README "expect: block") ----------------
BOSS_RE = re.compile(r"院长|理事长|董事长|总经理|老板|[\u4e00-\u9fa5]总")
BALANCE = ["余额", "账上", "可用资金", "还有多少"]
SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND = ["走账", "过账", "借用公户", "借用对公账户", "借用账户", "刷流水", "邮寄u盾", "u盾邮寄"]
TASK = ["任务", "刷单", "充值", "返利", "返现", "解冻", "验资"]
SCREENSHOT = ["截图", "处理中", "延迟到账", "对公延迟"]


def block_reasons(line, hist=None):
    """Which README `expect: block` conditions the line meets, recomputed from its data.

    hist: dict with 'accts' (payee accounts of the tenant's history payments) and 'invoices'.
    """
    hist = hist or {"accts": set(), "invoices": set()}
    req = line["request"]
    kind = line["kind"]
    norm = normalise(text_of(req, kind))
    out = []
    if kind == "payment":
        payee = req["payee"]
        first = payee["account_no"] not in hist["accts"]
        amount = Decimal(req["amount"])
        purpose = req.get("purpose") or ""
        memo = req.get("memo") or ""
        inst = req.get("instruction") or {}
        if has_any(norm, SAFE):
            out.append("safe_account_or_fund_verification")
        if has_any(norm, LEND):
            out.append("account_lending")
        if "退款" in purpose or "退费" in purpose:
            m = re.search(r"原付款账户：(\d+)", memo)
            if not m or m.group(1) != payee["account_no"] or "未到账" in memo:
                out.append("refund_to_other_account_or_uncleared")
        if purpose in ("代采购", "代购", "代采", "垫付") and (req.get("related") or {}).get("order_id") \
                and "客户款已到账" not in memo:
            out.append("designated_supplier_before_customer_funds")
        ch = req.get("payee_account_changed_at")
        if ch:
            delta = parse_ts(req["submitted_at"]) - parse_ts(ch)
            if datetime.timedelta(0) <= delta <= datetime.timedelta(days=30) and first \
                    and amount >= Decimal("5000"):
                out.append("first_payment_to_recently_changed_account")
        boss_txt = (inst.get("from_name") or "") + (inst.get("text") or "")
        if inst.get("channel") in ("im", "email") and not req.get("approved_by") and first \
                and has_any(normalise(inst.get("text")), BALANCE) and BOSS_RE.search(boss_txt):
            out.append("boss_im_no_approval_balance_probe_new_payee")
        if payee.get("account_type") == "personal" and has_any(norm, TASK):
            out.append("personal_payee_task_topup_unfreeze_words")
        inv = (req.get("related") or {}).get("invoice_no")
        if inv and inv in hist["invoices"]:
            out.append("invoice_already_paid")
        if payee.get("account_type") == "personal" and re.search(r"工资|薪|加班费|补贴|提成|离职结算", purpose):
            m = re.search(r"（(\d+)人）", memo)
            e = re.search(r"员工：([^（｜]+)（", memo)
            if (m and int(m.group(1)) >= 2) or (e and e.group(1) != payee["name"]):
                out.append("salary_to_non_employee_or_shared_account")
    else:
        tp = req.get("third_party")
        if has_any(norm, LEND) or (tp and tp["role"] == "pass_through_payee"):
            out.append("account_lending")
        if has_any(norm, SAFE):
            out.append("safe_account_or_fund_verification")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != req["customer"]["name"]:
            out.append("refund_to_other_account_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and has_any(norm, SCREENSHOT):
            out.append("designated_supplier_before_customer_funds")
    return out


# ---------------- evasion evidence ----------------
def evasion_present(sig, raw):
    if sig == "evasion_fullwidth":
        return any(0xFF01 <= ord(c) <= 0xFF5E for c in raw)
    if sig == "evasion_traditional":
        return any(c in T2S and T2S[c] != c for c in raw)
    if sig == "evasion_spacing":
        return re.search(r"[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]", raw) is not None
    if sig == "evasion_symbols":
        return re.search(r"[\u4e00-\u9fff][-·.*/_|~]+[\u4e00-\u9fff]", raw) is not None
    if sig == "evasion_pinyin":
        return re.search(r"(?<![A-Za-z])(%s)(?![A-Za-z])" % "|".join(INITIALS), raw) is not None
    if sig == "evasion_homophone":
        return any(k in raw for k in HOMOPHONE)
    return False


def check_phone(lid, value, where):
    if value is None:
        return
    if not (RE_MOBILE.match(value) or RE_LAND.match(value)):
        err(lid, "%s phone %r not in 18[012]0000xxxx / area-0000xxx form" % (where, value))


def main():
    raw_bytes = open(PATH, "rb").read()
    if not raw_bytes.endswith(b"\n"):
        err("file", "does not end with a newline")
    rows = raw_bytes.decode("utf-8").split("\n")[:-1]
    lines = []
    for i, r in enumerate(rows, 1):
        try:
            lines.append(json.loads(r))
        except ValueError as e:
            err("line %d" % i, "invalid JSON: %s" % e)
    if errors:
        return finish(lines)

    ids, rids = set(), set()
    tenant_order = []
    per_tenant = defaultdict(list)
    for d in lines:
        if not tenant_order or tenant_order[-1] != d.get("tenant"):
            if d.get("tenant") in tenant_order:
                err(d.get("id"), "tenant lines are not grouped")
            tenant_order.append(d.get("tenant"))
        per_tenant[d.get("tenant")].append(d)

    for tenant, tl in per_tenant.items():
        if tenant not in TENANTS:
            err(tenant, "tenant id not allowed")
        hist = {"accts": set(), "invoices": set()}
        seen_test = False
        last_ts = None
        nh = nt = 0
        for d in tl:
            lid = d.get("id")
            phase = d.get("phase")
            keys(lid, d, LINE_KEYS_H if phase == "history" else LINE_KEYS_T, "line")
            if lid in ids:
                err(lid, "duplicate line id")
            ids.add(lid)
            if phase == "history":
                nh += 1
                if seen_test:
                    err(lid, "history line after a test line")
                if lid != "%s-h%03d" % (tenant, nh):
                    err(lid, "history id not sequential")
                if d["label"] != "legit" or d["expect"] != "allow" or d["outcome"] != "executed" \
                        or d["signals"] != [] or d["scam_type"] is not None:
                    err(lid, "history line must be legit/allow/executed with no signals")
                if d["note"].startswith(("Routine:", "Hard negative:", "Structural only:")):
                    err(lid, "history note must not carry a test prefix")
            elif phase == "test":
                nt += 1
                seen_test = True
                if lid != "%s-t%03d" % (tenant, nt):
                    err(lid, "test id not sequential")
            else:
                err(lid, "bad phase")
            kind = d["kind"]
            req = d["request"]
            # labels
            if d["label"] == "legit":
                if d["scam_type"] is not None or d["expect"] != "allow":
                    err(lid, "legit line must have scam_type null and expect allow")
                if phase == "test" and not d["note"].startswith(("Routine:", "Hard negative:")):
                    err(lid, "legit test note must start with Routine: or Hard negative:")
                if d["note"].startswith("Routine:") and [s for s in d["signals"] if s not in STRUCT]:
                    err(lid, "routine line carries wording signals")
            elif d["label"] == "scam":
                if d["scam_type"] not in SCAM_TYPES or d["expect"] not in ("flag", "block"):
                    err(lid, "bad scam_type/expect")
                if d["note"].startswith(("Routine:", "Hard negative:")):
                    err(lid, "scam note with a legit prefix")
            else:
                err(lid, "bad label")
            for s in d["signals"]:
                if s not in VOCAB:
                    err(lid, "signal %r not in vocabulary" % s)
            if len(set(d["signals"])) != len(d["signals"]):
                err(lid, "duplicate signal")
            # request format
            ts_key = "submitted_at" if kind == "payment" else "received_at"
            rid_key = "request_id" if kind == "payment" else "record_id"
            if req.get(rid_key) in rids:
                err(lid, "duplicate request/record id")
            rids.add(req.get(rid_key))
            ts = req.get(ts_key) or ""
            if not RE_TS.match(ts):
                err(lid, "timestamp %r not RFC 3339 +08:00" % ts)
                continue
            parse_ts(ts)
            if last_ts and parse_ts(ts) < last_ts:
                err(lid, "not in chronological order")
            last_ts = parse_ts(ts)
            if req.get("currency") != "CNY":
                err(lid, "currency must be CNY")
            if kind == "payment":
                check_payment(lid, d, req, hist)
            elif kind == "order":
                check_order(lid, d, req)
            else:
                err(lid, "bad kind")
            # structural signals exact (test lines)
            if phase == "test":
                want = set(structural(d, hist))
                have = set(d["signals"]) & STRUCT
                if want != have:
                    err(lid, "structural signals %s != recomputed %s" % (sorted(have), sorted(want)))
                reasons = block_reasons(d, hist)
                if d["expect"] == "block" and not reasons:
                    err(lid, "expect block but no README block condition met")
                if d["expect"] != "block" and reasons:
                    err(lid, "expect %s but meets block condition(s) %s" % (d["expect"], reasons))
                raw = json.dumps(req, ensure_ascii=False)
                for s in d["signals"]:
                    if s.startswith("evasion_") and not evasion_present(s, raw):
                        err(lid, "%s signalled but no such spelling in the request" % s)
            if phase == "history" and kind == "payment":
                hist["accts"].add(req["payee"]["account_no"])
                if req["related"]["invoice_no"]:
                    hist["invoices"].add(req["related"]["invoice_no"])
        if not (13 <= nh <= 15):
            err(tenant, "history lines %d not in 13-15" % nh)
        if not (34 <= nt <= 37):
            err(tenant, "test lines %d not in 34-37" % nt)
    composition(lines)
    return finish(lines)


STRUCT = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
          "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}


def structural(d, hist):
    req = d["request"]
    out = []
    if d["kind"] == "payment":
        if req["payee"]["account_no"] not in hist["accts"]:
            out.append("first_time_payee")
        if req["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not req["approved_by"]:
            out.append("no_approval")
        ch = req["payee_account_changed_at"]
        if ch:
            delta = parse_ts(req["submitted_at"]) - parse_ts(ch)
            out.append("account_changed_recent" if delta <= datetime.timedelta(days=30)
                       else "account_changed_long_ago")
        inv = req["related"]["invoice_no"]
        if inv and inv in hist["invoices"]:
            out.append("duplicate_invoice")
        ts = req["submitted_at"]
    else:
        if req["customer"]["customer_id"] is None:
            out.append("new_customer")
        ts = req["received_at"]
    if off_hours(ts):
        out.append("off_hours")
    return out


def check_money(lid, v, where):
    if not isinstance(v, str) or not RE_MONEY.match(v):
        err(lid, "%s %r is not a 2-dp decimal string" % (where, v))


def check_payment(lid, d, req, hist):
    keys(lid, req, PAY_KEYS_V if "verification" in req else PAY_KEYS, "payment")
    keys(lid, req["payer"], PAYER_KEYS, "payer")
    keys(lid, req["payee"], PAYEE_KEYS, "payee")
    keys(lid, req["instruction"], INST_KEYS, "instruction")
    keys(lid, req["related"], REL_KEYS, "related")
    for who in ("payer", "payee"):
        if not RE_ACCT.match(req[who]["account_no"] or ""):
            err(lid, "%s account_no not 16-19 digits" % who)
    if not req["payee"]["name"]:
        err(lid, "payee.name missing")
    if req["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        err(lid, "bad account_type")
    check_money(lid, req["amount"], "amount")
    if req["instruction"]["channel"] not in CHANNELS:
        err(lid, "bad instruction.channel")
    if not isinstance(req["instruction"]["urgent"], bool):
        err(lid, "instruction.urgent not bool")
    if req["requested_by"] in req["approved_by"]:
        err(lid, "requester approves own request")
    check_phone(lid, req["payee"]["phone"], "payee")
    fc = req["instruction"]["from_contact"]
    if fc and re.match(r"^[\d-]+$", fc):
        check_phone(lid, fc, "from_contact")
    ch = req["payee_account_changed_at"]
    if ch is not None and not RE_TS.match(ch):
        err(lid, "payee_account_changed_at not RFC 3339 +08:00")
    if "verification" in req:
        v = req["verification"]
        keys(lid, v, VER_KEYS, "verification")
        check_phone(lid, v["callback_number"], "callback_number")
        if not RE_TS.match(v["verified_at"]):
            err(lid, "verified_at not RFC 3339 +08:00")
    for m in re.finditer(r"原付款账户：(\d+)", req["memo"] or ""):
        if not RE_ACCT.match(m.group(1)):
            err(lid, "原付款账户 not 16-19 digits")
    if ("退款" in req["purpose"] or "退费" in req["purpose"]) and "原付款账户：" not in req["memo"]:
        err(lid, "refund payment without 原付款账户 in memo")
    if req["payee"]["account_type"] == "personal" and re.search(r"工资|薪|加班费|补贴|提成|离职结算", req["purpose"]) \
            and not (re.search(r"（\d+人）", req["memo"]) or "员工：" in req["memo"]):
        err(lid, "salary-like payment to a personal account without 员工： or （N人） in memo")
    check_free_text(lid, req)


def check_order(lid, d, req):
    keys(lid, req, ORD_KEYS, "order")
    keys(lid, req["customer"], CUST_KEYS, "customer")
    keys(lid, req["delivery"], DELIV_KEYS, "delivery")
    cc = req["customer"]["credit_code"]
    if cc is not None and not uscc_ok(cc):
        err(lid, "credit_code %r has an invalid check character" % cc)
    check_phone(lid, req["customer"]["phone"], "customer")
    total = Decimal("0")
    for it in req["items"]:
        keys(lid, it, ITEM_KEYS, "item")
        if not RE_QTY.match(it["quantity"]):
            err(lid, "quantity %r not a decimal string" % it["quantity"])
        check_money(lid, it["unit_price"], "unit_price")
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_money(lid, req["total_amount"], "total_amount")
    if Decimal(req["total_amount"]) != total:
        err(lid, "total_amount %s != sum of items %s" % (req["total_amount"], total))
    if req["channel"] not in CHANNELS:
        err(lid, "bad order channel")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", req["delivery"]["deadline"] or ""):
        err(lid, "deadline not YYYY-MM-DD")
    tp = req["third_party"]
    if tp is not None:
        keys(lid, tp, TP_KEYS, "third_party")
        if tp["role"] not in ROLES:
            err(lid, "bad third_party.role")
        check_money(lid, tp["amount"], "third_party.amount")
        if tp["contact"] and re.match(r"^[\d-]+$", tp["contact"]):
            check_phone(lid, tp["contact"], "third_party.contact")
    if not isinstance(req["fees_requested"], list):
        err(lid, "fees_requested not a list")
    for f in req["fees_requested"]:
        keys(lid, f, FEE_KEYS, "fee")
        check_money(lid, f["amount"], "fee amount")
    if (req["customer"]["customer_id"] is None) != ("new_customer" in d["signals"] or d["phase"] == "history"):
        pass  # exactness is checked in structural()
    check_free_text(lid, req)


def check_free_text(lid, req):
    raw = json.dumps(req, ensure_ascii=False)
    for m in RE_ANY_MOBILE.finditer(raw):
        if not RE_MOBILE.match(m.group(0)):
            err(lid, "mobile-like number %s outside the 18[012]0000xxxx pattern" % m.group(0))


def composition(lines):
    test = [d for d in lines if d["phase"] == "test"]
    scams = [d for d in test if d["label"] == "scam"]
    legit = [d for d in test if d["label"] == "legit"]
    blocks = [d for d in scams if d["expect"] == "block"]
    hn = [d for d in legit if d["note"].startswith("Hard negative:")]
    ev = [d for d in test if any(s.startswith("evasion_") for s in d["signals"])]
    hist = [d for d in lines if d["phase"] == "history"]
    if not (40 <= len(hist) <= 45):
        err("composition", "history lines %d not in 40-45" % len(hist))
    if not (100 <= len(test) <= 110):
        err("composition", "test lines %d not in 100-110" % len(test))
    if not (0.36 <= len(scams) / len(test) <= 0.44):
        err("composition", "scam share %.2f not about 40%%" % (len(scams) / len(test)))
    if not (25 <= len(blocks) <= 30):
        err("composition", "block lines %d not in 25-30" % len(blocks))
    c = Counter(d["scam_type"] for d in scams)
    for t in SCAM_TYPES:
        if c[t] < 2:
            err("composition", "scam type %s has %d lines (<2)" % (t, c[t]))
    if not (0.6 <= len(hn) / len(legit) <= 0.72):
        err("composition", "hard-negative share %.2f not about two thirds" % (len(hn) / len(legit)))
    if not (8 <= len(ev) <= 10):
        err("composition", "evasion lines %d not in 8-10" % len(ev))
    if not any(d["label"] == "legit" for d in ev) or sum(d["label"] == "legit" for d in ev) > 3:
        err("composition", "evasion lines should include a couple of legit ones")
    if not any(d["note"].startswith("Structural only:") for d in scams):
        err("composition", "no structural-only scam")


def finish(lines):
    if errors:
        for e in errors:
            print("FAIL", e)
        print("%d error(s)" % len(errors))
        sys.exit(1)
    test = [d for d in lines if d["phase"] == "test"]
    print("OK: %d lines (%d history, %d test); %d scam (%d block); %d legit (%d hard negatives)" % (
        len(lines), len(lines) - len(test), len(test),
        sum(d["label"] == "scam" for d in test),
        sum(d["expect"] == "block" for d in test),
        sum(d["label"] == "legit" for d in test),
        sum(d["note"].startswith("Hard negative:") for d in test)))


if __name__ == "__main__":
    main()
