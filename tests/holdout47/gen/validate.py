#!/usr/bin/env python3
"""Independent re-check of ../holdout47.jsonl. Standard library only.

Exits non-zero on any failure. Does not import build.py or the data files: every rule is
re-derived here from the corpus README conventions and the README of this holdout.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "holdout47.jsonl")

TOP_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPT = ["verification"]
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
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
TENANTS = {"qingzhen", "nangxiang", "lengku", "huoyun"}

VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
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
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin
evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
EVASION = {"evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
           "evasion_homophone", "evasion_symbols"}

HOLIDAYS = {"2026-01-01", "2026-01-02", "2026-01-03", "2026-02-15", "2026-02-16", "2026-02-17",
            "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
            "2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21", "2026-09-25",
            "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
            "2026-10-05", "2026-10-06", "2026-10-07"}

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_AMT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE_OK = re.compile(r"^1(73|74|75)0000\d{4}$")
RE_LAND_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<![\d])1\d{10}(?![\d])")
RE_LAND_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{6,8}(?![\d])")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

errors = []


def err(lid, msg):
    errors.append("%s: %s" % (lid, msg))


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(s):
    d = parse_ts(s)
    return d.hour < 10 or d.hour >= 20 or d.weekday() >= 5 or d.strftime("%Y-%m-%d") in HOLIDAYS


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c] == code[17]


def keys_exact(lid, where, obj, keys, optional=()):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return
    got = list(obj.keys())
    base = [k for k in got if k not in optional]
    if base != keys:
        err(lid, "%s key order %s, expected %s" % (where, got, keys))
    extra_opt = [k for k in got if k in optional]
    if extra_opt and got[len(keys):] != extra_opt:
        err(lid, "%s optional keys must come last: %s" % (where, got))


# ---------------------------------------------------------------- text normalisation
T2S = str.maketrans({
    "監": "监", "帳": "账", "賬": "账", "戶": "户", "過": "过", "轉": "转", "證": "证", "凍": "冻",
    "驗": "验", "資": "资", "還": "还", "們": "们", "對": "对", "麻": "麻", "煩": "烦", "貨": "货",
    "給": "给", "續": "续", "費": "费", "國": "国", "務": "务", "單": "单", "價": "价", "實": "实",
    "戶": "户", "請": "请", "後": "后", "額": "额", "結": "结", "號": "号", "貿": "贸", "產": "产",
    "農": "农", "滿": "满", "倉": "仓", "總": "总", "勿": "勿", "經": "经", "釐": "厘", "準": "准",
    "稅": "税", "餘": "余", "匯": "汇", "墊": "垫", "錢": "钱", "洗": "洗", "查": "查", "核": "核",
})
HOMOPHONES = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("保正金", "保证金"), ("保症金", "保证金"),
              ("压金", "押金"), ("威信", "微信"), ("薇信", "微信"), ("验正", "验证")]
INITIALISMS = {"aqzh": "安全账户", "sls": "刷流水", "bzj": "保证金", "dgzh": "对公账户", "yhk": "银行卡",
               "yzm": "验证码", "zfb": "支付宝", "gjf": "公检法"}
SEPARATORS = set(" \t\r\n\u3000·•.,，。、-_/\\|*~#@+")


def normalise(text):
    """Normal view and compact view, after NFKC, zero-width removal, t2s, homophones, initialisms."""
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(c for c in t if not (0x200B <= ord(c) <= 0x200F or ord(c) in (0x2060, 0xFEFF)
                                     or 0xFE00 <= ord(c) <= 0xFE0F))
    t = t.translate(T2S).replace("帐", "账").lower()
    for a, b in HOMOPHONES:
        t = t.replace(a, b)
    for k, v in INITIALISMS.items():
        t = re.sub(r"(?<![a-z])%s(?![a-z])" % k, v, t)
    compact = "".join(c for c in t if c not in SEPARATORS and unicodedata.category(c) != "So")
    for a, b in HOMOPHONES:
        compact = compact.replace(a, b)
    return t, compact


def has_any(texts, words):
    for tx in texts:
        n, c = normalise(tx)
        for w in words:
            if w in n or w in c:
                return True
    return False


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查"]
LEND_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公户",
              "借你们公司账户", "借个对公账户", "刷流水", "邮寄u盾", "把u盾寄过来", "出租账户"]
NOT_CLEARED = ["未到账", "没到账", "尚未到账", "处理中", "截图", "以实际到账为准", "延迟到账", "延时到账",
               "对公延迟", "明天到账", "明天才到账", "明天肯定到账"]
DESIGNATED_WORDS = ["代购", "代采", "垫付", "先付", "先把", "一起结", "一并结", "指定"]
BALANCE_WORDS = ["余额", "可用资金", "可用余额", "账上还有", "还有多少钱", "资金情况"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现", "连单", "卡单", "刷流水"]
REFUND_MARK = ["退款", "退还", "退回", "原路退"]
MEANINGFUL = Decimal("5000.00")


def block_reasons(line, ctx=None):
    """Which `expect: block` condition of the corpus README the line meets, from its data alone.

    ctx: {"hist_accounts": set, "hist_invoices": set} for the line's tenant (history lines only).
    Returns a list of short reason names (empty when none applies).
    """
    ctx = ctx or {"hist_accounts": set(), "hist_invoices": set()}
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        texts = [r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or "",
                 r["payee"]["name"]]
        pm = [r.get("purpose") or "", r.get("memo") or ""]
        first = r["payee"]["account_no"] not in ctx["hist_accounts"]
        personal = r["payee"]["account_type"] == "personal"
        amount = Decimal(r["amount"])
        chan = (r.get("instruction") or {}).get("channel")
        if has_any(texts, SAFE_WORDS):
            reasons.append("safe_account")
        if has_any(texts, LEND_WORDS):
            reasons.append("account_lending")
        if has_any(pm, REFUND_MARK):
            src = re.findall(r"来款账户(\d{16,19})", "".join(pm) + (r["instruction"].get("text") or ""))
            if not src or any(s != r["payee"]["account_no"] for s in src):
                reasons.append("refund_other_account")
            elif has_any(texts, NOT_CLEARED):
                reasons.append("refund_not_cleared")
        if (r["related"].get("order_id") and first and has_any(texts, DESIGNATED_WORDS)
                and has_any(texts, NOT_CLEARED)):
            reasons.append("designated_supplier_unpaid")
        if r.get("payee_account_changed_at"):
            days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
            if 0 <= days <= 30 and first and amount >= MEANINGFUL:
                reasons.append("changed_account_first_payment")
        if chan in ("im", "email") and not r["approved_by"] and first and has_any(texts, BALANCE_WORDS):
            reasons.append("boss_balance_probe")
        if personal and has_any(texts, TASK_WORDS):
            reasons.append("personal_task_words")
        inv = r["related"].get("invoice_no")
        if inv and inv in ctx["hist_invoices"]:
            reasons.append("invoice_already_paid")
        if "工资" in "".join(pm) + (r.get("purpose") or "") and personal:
            memo_text = "".join(pm) + r["instruction"].get("text", "")
            counts = [int(n) for n in re.findall(r"(\d+)\s*人", memo_text)]
            names = re.findall(r"员工[：:]\s*([^，,）)\s]+)", memo_text)
            if any(n >= 2 for n in counts) or any(nm != r["payee"]["name"] for nm in names):
                reasons.append("salary_wrong_holder")
    else:
        texts = [r.get("notes") or "", r.get("payment_terms") or ""] + [i["product"] for i in r["items"]]
        tp = r.get("third_party")
        if has_any(texts, SAFE_WORDS):
            reasons.append("safe_account")
        if has_any(texts, LEND_WORDS) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_account")
        if tp and tp["role"] == "designated_supplier" and has_any(texts, NOT_CLEARED):
            reasons.append("designated_supplier_unpaid")
    return reasons


def check_phone(lid, where, v, allow_none=True):
    if v is None:
        if not allow_none:
            err(lid, "%s missing" % where)
        return
    if not (RE_MOBILE_OK.match(v) or RE_LAND_OK.match(v)):
        err(lid, "%s %r is neither 1XX0000xxxx (XX in 73/74/75) nor area-0000xxx" % (where, v))


def scan_numbers(lid, s):
    for m in RE_MOBILE_ANY.findall(s or ""):
        if not RE_MOBILE_OK.match(m):
            err(lid, "mobile-like number %s in text is outside the allowed pattern" % m)
    for m in RE_LAND_ANY.findall(s or ""):
        if not RE_LAND_OK.match(m):
            err(lid, "landline-like number %s in text is outside the allowed pattern" % m)


def all_strings(o):
    if isinstance(o, str):
        yield o
    elif isinstance(o, dict):
        for v in o.values():
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)


def check_amount(lid, where, v):
    if not isinstance(v, str) or not RE_AMT.match(v):
        err(lid, "%s %r is not a 2-dp decimal string" % (where, v))


def check_ts(lid, where, v):
    if not isinstance(v, str) or not RE_TS.match(v):
        err(lid, "%s %r is not RFC 3339 with +08:00" % (where, v))
        return False
    try:
        parse_ts(v)
    except ValueError:
        err(lid, "%s %r is not a valid time" % (where, v))
        return False
    return True


def main():
    raw = open(PATH, encoding="utf-8").read()
    if not raw.endswith("\n"):
        err("file", "does not end with a newline")
    lines = []
    for n, text in enumerate(raw.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(text))
        except json.JSONDecodeError as e:
            err("line %d" % n, "invalid JSON: %s" % e)
    if errors:
        return finish(lines)

    ids, rids = set(), set()
    order_ids = {}
    seen_tenants = []
    per = {}
    for l in lines:
        lid = l.get("id", "?")
        keys_exact(lid, "line", l, TOP_H if l.get("phase") == "history" else TOP_T)
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        t = l["tenant"]
        if t not in TENANTS:
            err(lid, "unknown tenant")
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                err(lid, "tenant lines are not grouped")
            seen_tenants.append(t)
        per.setdefault(t, []).append(l)

    summary = {}
    for t, tl in per.items():
        hist_accounts, hist_invoices = set(), set()
        last_ts, seen_test = None, False
        hn = tn = 0
        for l in tl:
            lid, r = l["id"], l["request"]
            phase, kind = l["phase"], l["kind"]
            if phase == "history":
                hn += 1
                if seen_test:
                    err(lid, "history line after a test line")
                if l["id"] != "%s-h%03d" % (t, hn):
                    err(lid, "id not sequential (expected %s-h%03d)" % (t, hn))
                if (l["label"], l["scam_type"], l["expect"], l.get("outcome"), l["signals"]) != ("legit", None, "allow", "executed", []):
                    err(lid, "history lines must be legit/null/allow/executed with no signals")
            elif phase == "test":
                tn += 1
                seen_test = True
                if l["id"] != "%s-t%03d" % (t, tn):
                    err(lid, "id not sequential (expected %s-t%03d)" % (t, tn))
                if l["label"] == "legit":
                    if l["scam_type"] is not None or l["expect"] != "allow":
                        err(lid, "legit test line must have scam_type null and expect allow")
                    if not (l["note"].startswith("Routine: ") or l["note"].startswith("Hard negative: ")):
                        err(lid, "legit test note must start with 'Routine:' or 'Hard negative:'")
                    if l["note"].startswith("Routine: ") and l["signals"]:
                        err(lid, "routine line carries signals")
                elif l["label"] == "scam":
                    if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                        err(lid, "scam line needs a known scam_type and expect flag/block")
                    if l["note"].startswith("Routine:") or l["note"].startswith("Hard negative:"):
                        err(lid, "scam note uses a legit prefix")
                else:
                    err(lid, "bad label")
            else:
                err(lid, "bad phase")
            if kind not in ("payment", "order"):
                err(lid, "bad kind")
                continue
            unknown = set(l["signals"]) - VOCAB
            if unknown:
                err(lid, "signals outside the vocabulary: %s" % sorted(unknown))
            if len(set(l["signals"])) != len(l["signals"]):
                err(lid, "duplicate signals")
            if not l["note"] or not l["note"].endswith("."):
                err(lid, "note must be one sentence ending with a full stop")

            # ---- request body
            if kind == "payment":
                keys_exact(lid, "request", r, PAY_KEYS, PAY_OPT)
                keys_exact(lid, "payer", r["payer"], PAYER_KEYS)
                keys_exact(lid, "payee", r["payee"], PAYEE_KEYS)
                keys_exact(lid, "instruction", r["instruction"], INSTR_KEYS)
                keys_exact(lid, "related", r["related"], REL_KEYS)
                rid, when = r["request_id"], r["submitted_at"]
                check_amount(lid, "amount", r["amount"])
                for who, acct in (("payer", r["payer"]["account_no"]), ("payee", r["payee"]["account_no"])):
                    if not RE_ACCT.match(acct or ""):
                        err(lid, "%s account_no %r is not 16-19 digits" % (who, acct))
                for m in re.findall(r"来款账户(\d+)", (r["memo"] or "") + (r["instruction"]["text"] or "")):
                    if not RE_ACCT.match(m):
                        err(lid, "来款账户 %s is not 16-19 digits" % m)
                if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                    err(lid, "bad account_type")
                if r["instruction"]["channel"] not in CHANNELS:
                    err(lid, "bad instruction.channel")
                if not isinstance(r["instruction"]["urgent"], bool):
                    err(lid, "instruction.urgent must be boolean")
                if r["currency"] != "CNY":
                    err(lid, "currency must be CNY")
                if r["requested_by"] in r["approved_by"]:
                    err(lid, "requester approves own request")
                if len(set(r["approved_by"])) != len(r["approved_by"]):
                    err(lid, "duplicate approver")
                check_phone(lid, "payee.phone", r["payee"]["phone"])
                if r["payee_account_changed_at"] is not None:
                    if check_ts(lid, "payee_account_changed_at", r["payee_account_changed_at"]) and \
                            parse_ts(r["payee_account_changed_at"]) >= parse_ts(when):
                        err(lid, "account change recorded after the payment")
                if "verification" in r:
                    v = r["verification"]
                    keys_exact(lid, "verification", v, VER_KEYS)
                    check_phone(lid, "verification.callback_number", v["callback_number"], False)
                    check_ts(lid, "verification.verified_at", v["verified_at"])
                oid = r["related"]["order_id"]
                if oid is not None and oid not in order_ids.get(t, {}):
                    err(lid, "related.order_id %s is not an earlier order of this tenant" % oid)
                fc = r["instruction"]["from_contact"]
                if fc and re.fullmatch(r"[\d-]+", fc):
                    check_phone(lid, "instruction.from_contact", fc)
            else:
                keys_exact(lid, "request", r, ORD_KEYS)
                keys_exact(lid, "customer", r["customer"], CUST_KEYS)
                keys_exact(lid, "delivery", r["delivery"], DELIV_KEYS)
                rid, when = r["record_id"], r["received_at"]
                total = Decimal("0")
                for i, it in enumerate(r["items"]):
                    keys_exact(lid, "items[%d]" % i, it, ITEM_KEYS)
                    if not RE_QTY.match(it["quantity"]):
                        err(lid, "quantity %r is not a decimal string" % it["quantity"])
                    check_amount(lid, "unit_price", it["unit_price"])
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                check_amount(lid, "total_amount", r["total_amount"])
                if Decimal(r["total_amount"]) != total:
                    err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
                if r["currency"] != "CNY":
                    err(lid, "currency must be CNY")
                if r["channel"] not in CHANNELS:
                    err(lid, "bad order channel")
                cc = r["customer"]["credit_code"]
                if cc is not None and not uscc_ok(cc):
                    err(lid, "credit_code %s has an invalid check character" % cc)
                check_phone(lid, "customer.phone", r["customer"]["phone"])
                if r["delivery"]["deadline"] is not None and not RE_DATE.match(r["delivery"]["deadline"]):
                    err(lid, "delivery.deadline not a date")
                tp = r["third_party"]
                if tp is not None:
                    keys_exact(lid, "third_party", tp, TP_KEYS)
                    if tp["role"] not in TP_ROLES:
                        err(lid, "third_party.role %r not allowed" % tp["role"])
                    if tp["amount"] is not None:
                        check_amount(lid, "third_party.amount", tp["amount"])
                    check_phone(lid, "third_party.contact", tp["contact"])
                if not isinstance(r["fees_requested"], list):
                    err(lid, "fees_requested must be a list")
                for f in r["fees_requested"]:
                    keys_exact(lid, "fees_requested[]", f, FEE_KEYS)
                    check_amount(lid, "fee amount", f["amount"])
                cid = r["customer"]["customer_id"]
                if cid is not None and phase == "test":
                    known = [x for x in tl if x["phase"] == "history" and x["kind"] == "order"
                             and x["request"]["customer"]["customer_id"] == cid]
                    if not known:
                        err(lid, "established customer_id %s has no history" % cid)
                    elif known[0]["request"]["customer"]["name"] != r["customer"]["name"]:
                        err(lid, "customer_id %s used with another name" % cid)
                order_ids.setdefault(t, {})[rid] = when
            if rid in rids:
                err(lid, "duplicate request/record id %s" % rid)
            rids.add(rid)
            if not check_ts(lid, "timestamp", when):
                continue
            if last_ts is not None and parse_ts(when) <= last_ts and phase == l["phase"]:
                err(lid, "not in chronological order")
            if last_ts is not None and parse_ts(when) < last_ts:
                err(lid, "not in chronological order")
            last_ts = parse_ts(when)
            for s in all_strings(r):
                scan_numbers(lid, s)

            # ---- structural signals exact (test lines)
            ctx = {"hist_accounts": set(hist_accounts), "hist_invoices": set(hist_invoices)}
            if phase == "test":
                comp = set()
                if kind == "payment":
                    if r["payee"]["account_no"] not in hist_accounts:
                        comp.add("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        comp.add("personal_account")
                    if not r["approved_by"]:
                        comp.add("no_approval")
                    if r["payee_account_changed_at"]:
                        days = (parse_ts(when) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
                        comp.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                    if r["related"]["invoice_no"] in hist_invoices:
                        comp.add("duplicate_invoice")
                elif r["customer"]["customer_id"] is None:
                    comp.add("new_customer")
                if is_off_hours(when):
                    comp.add("off_hours")
                have = set(l["signals"]) & set(STRUCTURAL)
                if have != comp:
                    err(lid, "structural signals %s, data says %s" % (sorted(have), sorted(comp)))

            reasons = block_reasons(l, ctx)
            if l["expect"] == "block" and not reasons:
                err(lid, "expect block but no README block condition is met by the data")
            if l["expect"] != "block" and reasons:
                err(lid, "expect %s but the data meets block condition(s) %s" % (l["expect"], reasons))
            l["_reasons"] = reasons

            if phase == "history" and kind == "payment":
                hist_accounts.add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    hist_invoices.add(r["related"]["invoice_no"])
        summary[t] = (hn, tn)
        if not 13 <= hn <= 15:
            err(t, "%d history lines (want 13-15)" % hn)
        if not 34 <= tn <= 37:
            err(t, "%d test lines (want 34-37)" % tn)
    return finish(lines, summary)


def finish(lines, summary=None):
    if summary is not None and not errors:
        test = [l for l in lines if l["phase"] == "test"]
        hist = [l for l in lines if l["phase"] == "history"]
        scams = [l for l in test if l["label"] == "scam"]
        legit = [l for l in test if l["label"] == "legit"]
        block = [l for l in scams if l["expect"] == "block"]
        hard = [l for l in legit if l["note"].startswith("Hard negative: ")]
        evasive = [l for l in test if EVASION & set(l["signals"])]
        by_type = {s: [0, 0] for s in SCAM_TYPES}
        for l in scams:
            by_type[l["scam_type"]][0 if l["expect"] == "flag" else 1] += 1
        checks = [
            (40 <= len(hist) <= 45, "history lines %d (want 40-45)" % len(hist)),
            (100 <= len(test) <= 110, "test lines %d (want 100-110)" % len(test)),
            (0.36 <= len(scams) / len(test) <= 0.44, "scam share %.2f (want about 0.40)" % (len(scams) / len(test))),
            (25 <= len(block) <= 30, "block lines %d (want 25-30)" % len(block)),
            (all(sum(v) >= 2 for v in by_type.values()), "every scam type at least twice"),
            (0.6 <= len(hard) / len(legit) <= 0.72, "hard-negative share %.2f (want about 2/3)" % (len(hard) / len(legit))),
            (8 <= len(evasive) <= 10, "evasion lines %d (want 8-10)" % len(evasive)),
            (any(l["label"] == "legit" for l in evasive), "some legit evasion lines"),
        ]
        for ok, msg in checks:
            if not ok:
                errors.append("composition: " + msg)
        if not errors:
            print("OK: %d lines; history %d, test %d" % (len(lines), len(hist), len(test)))
            for t, (h, n) in summary.items():
                print("  %-10s history %2d  test %2d" % (t, h, n))
            print("  scams %d (flag %d, block %d); legit %d (routine %d, hard negatives %d)" % (
                len(scams), len(scams) - len(block), len(block), len(legit), len(legit) - len(hard), len(hard)))
            for s, (f, b) in by_type.items():
                print("    %-24s flag %d  block %d" % (s, f, b))
            print("  evasion lines: " + ", ".join("%s(%s)" % (l["id"], l["label"]) for l in evasive))
            return 0
    for e in errors:
        print("FAIL " + e)
    print("%d error(s)" % len(errors))
    return 1


if __name__ == "__main__":
    sys.exit(main())
