"""Independent checks of ../holdout53.jsonl. Exits non-zero on any failure.

Standard library only. Does not import build.py or the data files: everything is recomputed
from the JSON lines themselves.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "holdout53.jsonl")

TENANTS = ["shuiwu", "gongre", "ranqi"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary",
              "boss_impersonation", "account_change", "authority_impersonation", "fake_invoice",
              "advance_fee", "task_rebate", "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
           "evasion_homophone", "evasion_symbols"]
VOCAB = set(STRUCTURAL + EVASION + """
payee_name_mismatch unusual_bank_region third_party_payment_endpoint crypto no_po_contract
vague_memo sales_order_linked just_below_limit split_payment large_vs_usual in_out_match
shell_company guarantee_unverified im_instruction email_instruction phone_instruction
letter_instruction new_contact lookalike_domain free_mail urgency secrecy_words bypass_process
cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment
account_change_words personal_account_pretext account_lending_words safe_account_words
authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee
task_rebate_words topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words
middleman_fee remote_control large_first_order credit_terms_requested far_delivery
residential_delivery contact_im_only contact_mismatch lookalike_company institution_claim
third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
""".split())

TOP_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
              "signals", "note", "request"]
TOP_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals",
              "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose",
            "memo", "instruction", "requested_by", "approved_by", "related",
            "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency",
              "channel", "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_OK = re.compile(r"^19[235]0000\d{4}$")
LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
MOBILE_SCAN = re.compile(r"(?<![\d])1\d{10}(?![\d])")
LANDLINE_SCAN = re.compile(r"(?<![\dA-Za-z\-])0\d{2,3}-\d{5,8}(?![\d\-])")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
HOLIDAYS = {dt.date(2026, 10, d) for d in range(1, 8)}

# --------------------------------------------------------------------------- normalisation
T2S = dict(zip(
    "這個採暖費氣兩張卡銷戶麻煩號碼繳額證資帳賬請處們給實應則過驗墊凍結轉匯樓單價貨發錢現當與"
    "會經從來時間後開關認體區書務將頭總員長還沒讓聯繫爲為幫設變換給級園屬",
    "这个采暖费气两张卡销户麻烦号码缴额证资帐账请处们给实应则过验垫冻结转汇楼单价货发钱现当与"
    "会经从来时间后开关认体区书务将头总员长还没让联系为为帮设变换给级园属"))
HOMOPHONES = [("唰单", "刷单"), ("s单", "刷单"), ("刷dan", "刷单"), ("返力", "返利"),
              ("反利", "返利"), ("保正金", "保证金"), ("保症金", "保证金"), ("压金", "押金"),
              ("威信", "微信"), ("薇信", "微信"), ("先冲", "先充值"), ("yan资", "验资"),
              ("验zi", "验资"), ("bao证金", "保证金"), ("保zj", "保证金"), ("zhuan账", "转账")]
INITIALISMS = {"bzj": "保证金", "yhk": "银行卡", "aqzh": "安全账户", "dgzh": "对公账户",
               "sls": "刷流水", "gjf": "公检法", "zfb": "支付宝", "yzm": "验证码"}
SEP_CHARS = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+")


def normalise(text):
    """Return (normal view, compact view) of a text, following TYPOLOGIES §3."""
    t = unicodedata.normalize("NFKC", text or "")
    t = re.sub("[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]", "", t)
    t = "".join(T2S.get(c, c) for c in t)
    t = t.replace("帐", "账").lower()
    for a, b in HOMOPHONES:
        t = t.replace(a, b)
    t = re.sub(r"(?<![a-z])(%s)(?![a-z])" % "|".join(INITIALISMS),
               lambda m: INITIALISMS[m.group(1)], t)
    compact = "".join(c for c in t if c not in SEP_CHARS)
    for a, b in HOMOPHONES:
        compact = compact.replace(a, b)
    return t, compact


def has_any(text, words):
    n, c = normalise(text)
    return any(w in n or w in c for w in words)


def has_re(text, pattern):
    n, c = normalise(text)
    return bool(re.search(pattern, n) or re.search(pattern, c))


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_RE = r"走(一下|一趟|个)?账|过(一下|个)?账|借用.{0,4}(公户|对公账户|账户)|借公户|刷流水|(寄|邮寄).{0,4}u盾"
TASK_WORDS = ["任务", "充值", "返利", "刷单", "解冻", "验资", "佣金", "连单", "卡单", "做单"]
BALANCE_WORDS = ["余额", "可用资金", "账上还有多少", "账上有多少", "资金情况"]
PENDING_WORDS = ["未到账", "尚未到账", "暂未到账", "还没到账", "没到账", "处理中", "以实际到账为准",
                 "延迟到账", "未查到", "查无"]
DESIG_WORDS = ["代购", "代采", "垫付", "指定", "帮忙采购", "一起结", "一并结"]


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def off_hours(ts):
    t = parse_ts(ts)
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def payment_text(r):
    return "\n".join([r.get("purpose") or "", r.get("memo") or "", r["instruction"]["text"] or ""])


def order_text(r):
    parts = [r.get("notes") or "", r.get("payment_terms") or ""]
    if r.get("third_party"):
        parts.append(r["third_party"]["name"])
    parts += [f["reason"] for f in r["fees_requested"]]
    return "\n".join(parts)


def salary_employees(memo):
    """Workers named in a wage memo: ('names', [..]) or ('count', n) or None."""
    m = re.search(r"员工[:：]([^）)]+)", memo)
    if m:
        return "names", [x.strip() for x in re.split("[、,，]", m.group(1)) if x.strip()]
    m = re.search(r"(\d+)人", memo)
    if m:
        return "count", int(m.group(1))
    return None


def history_context(lines, tenant):
    accounts, invoices = set(), set()
    for l in lines:
        if l["tenant"] == tenant and l["phase"] == "history" and l["kind"] == "payment":
            accounts.add(l["request"]["payee"]["account_no"])
            if l["request"]["related"]["invoice_no"]:
                invoices.add(l["request"]["related"]["invoice_no"])
    return {"accounts": accounts, "invoices": invoices}


_CTX = {}


def block_reasons(line, ctx=None):
    """Which `expect: block` conditions of the corpus README the line's data meets."""
    if ctx is None:
        ctx = _CTX[line["tenant"]]
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        text = payment_text(r)
        payee = r["payee"]
        personal = payee["account_type"] == "personal"
        first = payee["account_no"] not in ctx["accounts"]
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has_re(text, LEND_RE):
            reasons.append("account_lending")
        refundish = "退" in (r["purpose"] or "") + (r["memo"] or "")
        if refundish:
            n, _ = normalise(r["instruction"]["text"])
            m = re.search(r"原缴费账户[:：]?\s*(\d{16,19})", n)
            if (m and m.group(1) != payee["account_no"]) or has_any(text, PENDING_WORDS):
                reasons.append("refund_other_or_uncleared")
        if r["related"]["order_id"] and has_any(text, DESIG_WORDS) and (
                has_any(text, PENDING_WORDS) or has_any(text, ["截图"])):
            reasons.append("designated_supplier_unpaid")
        ch = r["payee_account_changed_at"]
        if payee["vendor_id"] and ch and first and Decimal(r["amount"]) >= Decimal("1000.00"):
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if dt.timedelta(0) <= delta <= dt.timedelta(days=30):
                reasons.append("changed_account_first_payment")
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"]
                and has_any(r["instruction"]["text"], BALANCE_WORDS) and first):
            reasons.append("boss_balance_probe_new_payee")
        if personal and has_any(text, TASK_WORDS):
            reasons.append("personal_task_words")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx["invoices"]:
            reasons.append("invoice_already_paid")
        wage = "工资" in (r["purpose"] or "") or any(w in (r["memo"] or "")
                                                    for w in ("工资", "劳务费", "工钱"))
        if personal and wage:
            emp = salary_employees(r["memo"] or "")
            if emp and emp[0] == "names" and (payee["name"] not in emp[1] or len(emp[1]) > 1):
                reasons.append("salary_not_employee_or_shared")
            if emp and emp[0] == "count" and emp[1] > 1:
                reasons.append("salary_not_employee_or_shared")
    else:
        text = order_text(r)
        tp = r["third_party"]
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        if (tp and tp["role"] == "pass_through_payee") or has_re(text, LEND_RE):
            reasons.append("account_lending")
        if (tp and tp["role"] == "refund_recipient") or (
                has_any(text, ["退"]) and has_any(text, PENDING_WORDS)):
            reasons.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and (
                has_any(text, ["截图"]) or has_any(text, PENDING_WORDS)):
            reasons.append("designated_supplier_unpaid")
    return reasons


# --------------------------------------------------------------------------- checks
ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


def keys(lid, obj, expected, where):
    if not isinstance(obj, dict) or list(obj.keys()) != expected:
        err(lid, "%s keys %s != %s" % (where, list(obj.keys()) if isinstance(obj, dict) else obj,
                                       expected))
        return False
    return True


def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NPQRTUWXY]{18}", code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def check_phone_value(lid, v, where):
    if v is None:
        return
    if re.fullmatch(r"1\d{10}", v):
        if not MOBILE_OK.match(v):
            err(lid, "%s mobile %s not of form 1XX0000xxxx (XX in 92/93/95)" % (where, v))
    elif re.fullmatch(r"0\d{2,3}-\d+", v):
        if not LANDLINE_OK.match(v):
            err(lid, "%s landline %s not of form area-0000xxx" % (where, v))
    elif where.endswith(".phone") or where.endswith("callback_number"):
        err(lid, "%s %s is not a phone number" % (where, v))


def scan_strings(lid, obj):
    if isinstance(obj, dict):
        for v in obj.values():
            scan_strings(lid, v)
    elif isinstance(obj, list):
        for v in obj:
            scan_strings(lid, v)
    elif isinstance(obj, str):
        t = unicodedata.normalize("NFKC", obj)
        for m in MOBILE_SCAN.findall(t):
            if not MOBILE_OK.match(m):
                err(lid, "mobile-like %s in text is not of the reserved form" % m)
        for m in LANDLINE_SCAN.finditer(t):
            if not LANDLINE_OK.match(m.group(0)):
                err(lid, "landline-like %s in text is not of the form area-0000xxx" % m.group(0))


def check_ts(lid, v, where):
    if not isinstance(v, str) or not TS_RE.match(v):
        err(lid, "%s %r is not RFC 3339 with +08:00" % (where, v))
        return
    try:
        parse_ts(v)
    except ValueError:
        err(lid, "%s %r does not parse" % (where, v))


def check_money(lid, v, where):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(lid, "%s %r is not a 2-dp decimal string" % (where, v))


def check_payment(lid, r):
    if not keys(lid, r, PAY_KEYS + (["verification"] if "verification" in r else []), "request"):
        return
    check_ts(lid, r["submitted_at"], "submitted_at")
    keys(lid, r["payer"], PAYER_KEYS, "payer")
    keys(lid, r["payee"], PAYEE_KEYS, "payee")
    keys(lid, r["instruction"], INSTR_KEYS, "instruction")
    keys(lid, r["related"], REL_KEYS, "related")
    for who in ("payer", "payee"):
        if not ACCT_RE.match(r[who]["account_no"] or ""):
            err(lid, "%s.account_no %r not 16-19 digits" % (who, r[who]["account_no"]))
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        err(lid, "bad account_type")
    check_money(lid, r["amount"], "amount")
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["instruction"]["channel"] not in CHANNELS:
        err(lid, "bad instruction.channel")
    if not isinstance(r["instruction"]["urgent"], bool):
        err(lid, "urgent must be bool")
    if not isinstance(r["approved_by"], list):
        err(lid, "approved_by must be a list")
    elif r["requested_by"] in r["approved_by"]:
        err(lid, "requester approves own request")
    if r["payee_account_changed_at"] is not None:
        check_ts(lid, r["payee_account_changed_at"], "payee_account_changed_at")
        if not r["payee"]["vendor_id"]:
            err(lid, "account change recorded for a payee without vendor_id")
    check_phone_value(lid, r["payee"]["phone"], "payee.phone")
    check_phone_value(lid, r["instruction"]["from_contact"], "instruction.from_contact")
    if "verification" in r:
        v = r["verification"]
        if keys(lid, v, VERIF_KEYS, "verification"):
            check_ts(lid, v["verified_at"], "verification.verified_at")
            check_phone_value(lid, v["callback_number"], "verification.callback_number")
    if r["payee"]["account_type"] == "personal":
        wage = "工资" in (r["purpose"] or "") or any(w in (r["memo"] or "")
                                                    for w in ("工资", "劳务费", "工钱"))
        if wage and salary_employees(r["memo"] or "") is None:
            err(lid, "personal wage payment memo names no worker (员工：… or N人)")


def check_order(lid, r):
    if not keys(lid, r, ORDER_KEYS, "request"):
        return
    check_ts(lid, r["received_at"], "received_at")
    c = r["customer"]
    if keys(lid, c, CUST_KEYS, "customer"):
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(lid, "credit_code %s has an invalid check character" % c["credit_code"])
        check_phone_value(lid, c["phone"], "customer.phone")
    total = Decimal("0")
    for it in r["items"]:
        if keys(lid, it, ITEM_KEYS, "item"):
            if not QTY_RE.match(it["quantity"]):
                err(lid, "quantity %r" % it["quantity"])
            check_money(lid, it["unit_price"], "unit_price")
            total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_money(lid, r["total_amount"], "total_amount")
    if MONEY_RE.match(r["total_amount"]) and Decimal(r["total_amount"]) != total:
        err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["channel"] not in CHANNELS:
        err(lid, "bad order channel")
    if keys(lid, r["delivery"], DELIV_KEYS, "delivery") and r["delivery"]["deadline"]:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["delivery"]["deadline"]):
            err(lid, "deadline format")
    tp = r["third_party"]
    if tp is not None and keys(lid, tp, TP_KEYS, "third_party"):
        if tp["role"] not in ROLES:
            err(lid, "third_party.role %r" % tp["role"])
        check_money(lid, tp["amount"], "third_party.amount")
        check_phone_value(lid, tp["contact"], "third_party.contact")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested must be a list")
    else:
        for f in r["fees_requested"]:
            if keys(lid, f, FEE_KEYS, "fee"):
                check_money(lid, f["amount"], "fee.amount")


def structural(line, ctx):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in ctx["accounts"]:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            out.add("account_changed_recent" if delta <= dt.timedelta(days=30)
                    else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx["invoices"]:
            out.add("duplicate_invoice")
        ts = r["submitted_at"]
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        ts = r["received_at"]
    if off_hours(ts):
        out.add("off_hours")
    return out


def main():
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n"):
        err("file", "does not end with a newline")
    lines = []
    for i, b in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            lines.append(json.loads(b))
        except json.JSONDecodeError as e:
            err("line %d" % i, "invalid JSON: %s" % e)
    if ERRORS:
        return finish(lines)
    ids, rids = set(), set()
    seen_tenants = []
    for t in TENANTS:
        _CTX[t] = history_context(lines, t)
    prev = {}
    running = {}
    for l in lines:
        lid = l.get("id", "?")
        top = TOP_KEYS_H if l.get("phase") == "history" else TOP_KEYS_T
        if not keys(lid, l, top, "line"):
            continue
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        if l["tenant"] not in TENANTS:
            err(lid, "unknown tenant")
            continue
        if not seen_tenants or seen_tenants[-1] != l["tenant"]:
            if l["tenant"] in seen_tenants:
                err(lid, "tenant lines not grouped")
            seen_tenants.append(l["tenant"])
        if not re.fullmatch(r"%s-[ht]\d{3}" % l["tenant"], lid) or \
                (lid.split("-")[1][0] == "h") != (l["phase"] == "history"):
            err(lid, "id does not match tenant/phase")
        if l["kind"] not in ("payment", "order"):
            err(lid, "bad kind")
            continue
        r = l["request"]
        (check_payment if l["kind"] == "payment" else check_order)(lid, r)
        scan_strings(lid, r)
        rid = r.get("request_id") or r.get("record_id")
        if rid in rids:
            err(lid, "duplicate request/record id %s" % rid)
        rids.add(rid)
        ts = r.get("submitted_at") or r.get("received_at")
        p = prev.get(l["tenant"])
        if p:
            if p[0] == "test" and l["phase"] == "history":
                err(lid, "history line after a test line")
            if parse_ts(ts) < parse_ts(p[1]):
                err(lid, "not in chronological order")
        prev[l["tenant"]] = (l["phase"], ts)
        # labels
        if l["label"] == "legit":
            if l["expect"] != "allow" or l["scam_type"] is not None:
                err(lid, "legit line must be allow with scam_type null")
        elif l["label"] == "scam":
            if l["expect"] not in ("flag", "block") or l["scam_type"] not in SCAM_TYPES:
                err(lid, "scam line needs flag/block and a known scam_type")
        else:
            err(lid, "bad label")
        if l["phase"] == "history":
            if l["label"] != "legit" or l["outcome"] != "executed":
                err(lid, "history lines are legit and executed")
        elif l["phase"] != "test":
            err(lid, "bad phase")
        for s in l["signals"]:
            if s not in VOCAB:
                err(lid, "signal %s not in the README vocabulary" % s)
        if len(set(l["signals"])) != len(l["signals"]):
            err(lid, "repeated signal")
        if l["phase"] == "test":
            note = l["note"]
            if l["label"] == "legit" and not (note.startswith("Routine: ") or
                                              note.startswith("Hard negative: ")):
                err(lid, "legit test note must start with Routine: or Hard negative:")
            if note.startswith("Routine: ") and l["signals"]:
                err(lid, "routine line carries signals")
            want = structural(l, _CTX[l["tenant"]])
            have = set(l["signals"]) & set(STRUCTURAL)
            if want != have:
                err(lid, "structural signals %s != data %s" % (sorted(have), sorted(want)))
        # history known before this line (test lines never enter the history)
        run = running.setdefault(l["tenant"], {"accounts": set(), "invoices": set()})
        reasons = block_reasons(l, run)
        if l["phase"] == "history" and l["kind"] == "payment":
            run["accounts"].add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                run["invoices"].add(r["related"]["invoice_no"])
        if l["expect"] == "block" and not reasons:
            err(lid, "expect block but the data meets no README block condition")
        if l["expect"] != "block" and reasons:
            err(lid, "expect %s but the data meets block condition(s) %s" % (l["expect"], reasons))
    if seen_tenants != TENANTS:
        err("file", "tenants %s" % seen_tenants)
    return finish(lines)


def finish(lines):
    if ERRORS:
        for e in ERRORS:
            print("FAIL", e)
        print("%d failure(s)" % len(ERRORS))
        return 1
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    print("OK: %d lines, %d history, %d test" % (len(lines), len(hist), len(test)))
    for t in TENANTS:
        print("  %-7s history %2d  test %2d  scams %2d" % (
            t, sum(1 for l in hist if l["tenant"] == t), sum(1 for l in test if l["tenant"] == t),
            sum(1 for l in scams if l["tenant"] == t)))
    print("scams %d (block %d, flag %d); legit %d (routine %d, hard negatives %d)" % (
        len(scams), sum(l["expect"] == "block" for l in scams),
        sum(l["expect"] == "flag" for l in scams), len(legit),
        sum(l["note"].startswith("Routine:") for l in legit),
        sum(l["note"].startswith("Hard negative:") for l in legit)))
    for st in SCAM_TYPES:
        ls = [l for l in scams if l["scam_type"] == st]
        print("  %-24s %d (block %d, flag %d)" % (st, len(ls), sum(l["expect"] == "block" for l in ls),
                                                  sum(l["expect"] == "flag" for l in ls)))
    ev = [l for l in test if set(l["signals"]) & set(EVASION)]
    print("evasion lines %d: %s" % (len(ev), ", ".join(
        "%s(%s,%s)" % (l["id"], l["label"], "+".join(sorted(set(l["signals"]) & set(EVASION))))
        for l in ev)))
    so = [l["id"] for l in scams if l["note"].startswith("Structural only:")]
    print("structural-only scams: %s" % ", ".join(so))
    return 0


if __name__ == "__main__":
    sys.exit(main())
