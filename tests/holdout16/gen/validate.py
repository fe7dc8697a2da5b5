#!/usr/bin/env python3
"""Validate holdout16.jsonl against the corpus format of /work/shared/corpus/README.md.

Python 3.11 standard library only. Exits 1 and lists every violation found; exits 0 when clean.

Checks:
  * JSON Lines, UTF-8; top-level keys and their order; request keys and nested key order as in the
    wire contract (PRODUCT.md), with `verification` optional and last;
  * ids unique and numbered per tenant and phase; request/record ids unique;
  * tenants contiguous; within a tenant every history line before every test line, timestamps in
    chronological order;
  * label / scam_type / expect / outcome consistency; history lines legit, allow, executed, no signals;
  * signals from the README vocabulary, no duplicates; notes: one English sentence, prefixes
    Routine: / Hard negative: / Structural only: used where the README says;
  * amounts as 2-place decimal strings, quantities as decimal strings, total_amount = sum of items;
  * RFC 3339 +08:00 timestamps, YYYY-MM-DD deadlines;
  * unified social credit codes (18th check character and embedded organisation-code check);
  * account numbers 16-19 digits; mobiles 1930000xxxx / 1550000xxxx / 1890000xxxx; landlines area-0000xxx;
    no other 11-digit mobile-like number anywhere in a request;
  * structural signals agree with the data on test lines (personal account, first-time payee,
    account change age, missing approval, instruction channel, sales-order link, duplicate invoice,
    new customer, third-party role, off-hours, evasion spellings, key wording);
  * expect: block exactly on the scam lines the README's block list applies to, and the block-list
    conditions never hold (unmitigated) on a legitimate line.

Run from the corpus folder:  python3 gen/validate.py [path/to/holdout16.jsonl]
"""
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout16.jsonl")

TENANTS = {"maodu", "banjin", "tangxin"}
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
SIGNALS = set("""
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

TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_AMOUNT = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_MOBILE_OK = re.compile(r"^1(930000|550000|890000)\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
RE_EMP = re.compile(r"^E\d{4}$")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Per-tenant office window (Beijing time) for the off_hours signal; the restaurants open at weekends.
OFFICE = {"maodu": (9, 22, False), "banjin": (8, 19, True), "tangxin": (10, 20, True)}
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04",
            "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}

# Wording that the README's block list names (checked on instruction text, memo, purpose, notes, terms).
SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "安全帳戶", "國家賬戶", "監管賬戶", "資金核查"]
LENDING_WORDS = ["走账", "走帐", "走一下帐", "走一下账", "过账", "过帐", "过一哈", "过一下", "借用", "借你们", "借你",
                 "刷流水", "做流水", "做一下流水", "U盾", "dgzh", "公户过", "出租账户"]
H7_WORDS = ["任务", "刷单", "唰单", "返利", "返力", "返点", "充值", "再充", "解冻", "验资", "驗資", "连单", "卡单",
            "佣金", "提现"]
BALANCE_WORDS = ["余额", "还有好多钱", "还有多少", "能动的钱", "可用", "截图", "截个图"]
HOMOPHONES = ["威信", "薇信", "唰单", "返力", "反利", "保正金", "压金", "扣扣", "银航卡", "支附宝", "验正码"]
TRAD_CHARS = set("們賬費資驗貸統來電稅滯繳經辦為書與個發會這說時開號鄉興專過證")
PINYIN = re.compile(r"(?<![A-Za-z])(bzj|yzm|yhk|zfb|aqzh|gjf|dgzh|sls|vx|wx)(?![A-Za-z])")
EMOJI_BETWEEN_CJK = re.compile(r"[\u4e00-\u9fff][\U0001F300-\U0001FAFF\u2600-\u27BF][\u4e00-\u9fff]")
SPACED_CJK = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def keys_exact(where, obj, expected, optional_last=None):
    if not isinstance(obj, dict):
        err(where, f"expected an object, got {type(obj).__name__}")
        return False
    got = list(obj.keys())
    exp = list(expected)
    if optional_last and optional_last in obj:
        exp = exp + [optional_last]
    if got != exp:
        err(where, f"keys {got} != expected {exp}")
        return False
    return True


def parse_ts(where, s):
    if not isinstance(s, str) or not RE_TS.match(s):
        err(where, f"timestamp {s!r} is not RFC 3339 with +08:00")
        return None
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        err(where, f"timestamp {s!r} does not parse")
        return None


def amount(where, s, positive=True):
    if not isinstance(s, str) or not RE_AMOUNT.match(s):
        err(where, f"amount {s!r} is not a 2-place decimal string")
        return None
    d = Decimal(s)
    if positive and d <= 0:
        err(where, f"amount {s} must be positive")
    return d


def account_no(where, s):
    if not isinstance(s, str) or not s.isdigit() or not 16 <= len(s) <= 19:
        err(where, f"account number {s!r} must be 16-19 digits")


def phone(where, s, allow_null=True):
    if s is None:
        if not allow_null:
            err(where, "phone missing")
        return
    if not isinstance(s, str) or not (RE_MOBILE_OK.match(s) or RE_LANDLINE.match(s)):
        err(where, f"phone {s!r} is neither 1930000xxxx/1550000xxxx/1890000xxxx nor area-0000xxx")


def org_check(body8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(w[i] * (int(c) if c.isdigit() else ord(c) - 55) for i, c in enumerate(body8))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def credit_code(where, s):
    if s is None:
        return
    if not isinstance(s, str) or len(s) != 18 or any(c not in USCC_CHARS for c in s):
        err(where, f"credit code {s!r} is not 18 characters of the USCC set")
        return
    total = sum(USCC_CHARS.index(c) * USCC_W[i] for i, c in enumerate(s[:17]))
    if USCC_CHARS[(31 - total % 31) % 31] != s[17]:
        err(where, f"credit code {s} has a wrong check character")
    if org_check(s[8:16]) != s[16]:
        err(where, f"credit code {s} has a wrong organisation-code check character")


def walk_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from walk_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_strings(v)


def texts_of(kind, req):
    if kind == "payment":
        ins = req.get("instruction") or {}
        return "\n".join(x for x in (ins.get("text"), req.get("memo"), req.get("purpose")) if x)
    return "\n".join(x for x in (req.get("notes"), req.get("payment_terms")) if x)


def compact(s):
    return re.sub(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]", "", s)


def has_any(text, words):
    c = compact(text)
    return any(w in text or w in c for w in words)


def check_payment(where, req):
    if not keys_exact(where + ".request", req, PAY_KEYS, optional_last="verification"):
        return False
    if not isinstance(req["request_id"], str) or not req["request_id"]:
        err(where, "request_id missing")
    parse_ts(where + ".submitted_at", req["submitted_at"])
    if keys_exact(where + ".payer", req["payer"], PAYER_KEYS):
        account_no(where + ".payer.account_no", req["payer"]["account_no"])
    if keys_exact(where + ".payee", req["payee"], PAYEE_KEYS):
        p = req["payee"]
        if not p["name"]:
            err(where, "payee.name missing")
        account_no(where + ".payee.account_no", p["account_no"])
        if p["account_type"] not in ACCOUNT_TYPES:
            err(where, f"payee.account_type {p['account_type']!r}")
        phone(where + ".payee.phone", p["phone"])
    amount(where + ".amount", req["amount"])
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    if keys_exact(where + ".instruction", req["instruction"], INSTR_KEYS):
        ins = req["instruction"]
        if ins["channel"] not in CHANNELS:
            err(where, f"instruction.channel {ins['channel']!r}")
        if not isinstance(ins["urgent"], bool):
            err(where, "instruction.urgent must be boolean")
        fc = ins["from_contact"]
        if isinstance(fc, str) and re.fullmatch(r"[\d-]+", fc):
            phone(where + ".instruction.from_contact", fc)
        if ins["channel"] == "erp" and fc is not None:
            err(where, "erp instruction should have no from_contact")
    if not RE_EMP.match(str(req["requested_by"])):
        err(where, f"requested_by {req['requested_by']!r}")
    if not isinstance(req["approved_by"], list) or any(not RE_EMP.match(str(a)) for a in req["approved_by"]):
        err(where, "approved_by must be a list of employee ids")
    elif req["requested_by"] in req["approved_by"]:
        err(where, "requester approves own request")
    keys_exact(where + ".related", req["related"], RELATED_KEYS)
    if req["payee_account_changed_at"] is not None:
        parse_ts(where + ".payee_account_changed_at", req["payee_account_changed_at"])
    if "verification" in req:
        v = req["verification"]
        if keys_exact(where + ".verification", v, VERIF_KEYS):
            if not isinstance(v["callback_done"], bool):
                err(where, "verification.callback_done must be boolean")
            phone(where + ".verification.callback_number", v["callback_number"])
            parse_ts(where + ".verification.verified_at", v["verified_at"])
    return True


def check_order(where, req):
    if not keys_exact(where + ".request", req, ORDER_KEYS):
        return False
    if not isinstance(req["record_id"], str) or not req["record_id"]:
        err(where, "record_id missing")
    parse_ts(where + ".received_at", req["received_at"])
    if keys_exact(where + ".customer", req["customer"], CUSTOMER_KEYS):
        c = req["customer"]
        if not c["name"]:
            err(where, "customer.name missing")
        credit_code(where + ".customer.credit_code", c["credit_code"])
        phone(where + ".customer.phone", c["phone"])
    total = Decimal("0")
    if not isinstance(req["items"], list) or not req["items"]:
        err(where, "items must be a non-empty list")
    else:
        for i, item in enumerate(req["items"]):
            w = f"{where}.items[{i}]"
            if keys_exact(w, item, ITEM_KEYS):
                q = item["quantity"]
                if not isinstance(q, str) or not RE_QTY.match(q) or Decimal(q) <= 0:
                    err(w, f"quantity {q!r} is not a positive decimal string")
                    continue
                p = amount(w + ".unit_price", item["unit_price"])
                if p is not None:
                    total += Decimal(q) * p
    t = amount(where + ".total_amount", req["total_amount"])
    if t is not None and t != total:
        err(where, f"total_amount {t} != sum of items {total}")
    if req["currency"] != "CNY":
        err(where, "currency must be CNY")
    if req["channel"] not in CHANNELS:
        err(where, f"channel {req['channel']!r}")
    if keys_exact(where + ".delivery", req["delivery"], DELIVERY_KEYS):
        dl = req["delivery"]["deadline"]
        if dl is not None and (not isinstance(dl, str) or not RE_DATE.match(dl)):
            err(where, f"delivery.deadline {dl!r}")
    tp = req["third_party"]
    if tp is not None and keys_exact(where + ".third_party", tp, THIRD_KEYS):
        if tp["role"] not in ROLES:
            err(where, f"third_party.role {tp['role']!r}")
        amount(where + ".third_party.amount", tp["amount"])
        if isinstance(tp["contact"], str) and re.fullmatch(r"[\d-]+", tp["contact"]):
            phone(where + ".third_party.contact", tp["contact"])
    if not isinstance(req["fees_requested"], list):
        err(where, "fees_requested must be a list")
    else:
        for i, f in enumerate(req["fees_requested"]):
            if keys_exact(f"{where}.fees_requested[{i}]", f, FEE_KEYS):
                amount(f"{where}.fees_requested[{i}].amount", f["amount"])
    return True


def check_note(where, rec):
    note = rec["note"]
    if not isinstance(note, str) or not note:
        err(where, "note missing")
        return
    if any(ord(ch) > 126 or ord(ch) < 32 for ch in note):
        err(where, "note must be plain English (printable ASCII)")
    if not note.endswith("."):
        err(where, "note must end with a full stop")
    if len(re.findall(r"[.!?](?:\s|$)", note)) != 1:
        err(where, "note must be one sentence")
    prefixes = ("Routine:", "Hard negative:", "Structural only:")
    p = next((x for x in prefixes if note.startswith(x)), None)
    if p and not note.startswith(p + " "):
        err(where, f"prefix {p} must be followed by a space")
    if rec["phase"] == "history":
        if p in ("Hard negative:", "Structural only:"):
            err(where, f"history note must not start with {p}")
    elif rec["label"] == "legit":
        if p not in ("Routine:", "Hard negative:"):
            err(where, "legitimate test line note must start with Routine: or Hard negative:")
        if p == "Routine:" and rec["signals"]:
            err(where, "a Routine: line shares no scam-like surface, so its signals must be empty")
        if p == "Hard negative:" and not rec["signals"]:
            err(where, "a Hard negative: line must name the scam-like surface in signals")
    else:
        if p in ("Routine:", "Hard negative:"):
            err(where, f"scam note must not start with {p}")


def block_conditions(rec, ctx):
    """README block list, evaluated on data plus signals. Returns the names of the conditions that hold."""
    s = set(rec["signals"])
    req = rec["request"]
    kind = rec["kind"]
    text = texts_of(kind, req)
    hits = []
    if "safe_account_words" in s or has_any(text, SAFE_WORDS):
        hits.append("safe_account")
    if "account_lending_words" in s:
        hits.append("account_lending")
    if "refund_to_other_account" in s or ("fake_payment_proof" in s and s & {"refund_words", "overpayment"}):
        hits.append("refund_other_or_uncleared")
    if "designated_supplier" in s and ((kind == "payment" and "sales_order_linked" in s)
                                       or (kind == "order" and "fake_payment_proof" in s)):
        hits.append("designated_supplier_before_funds")
    if kind == "payment":
        ch = req["payee_account_changed_at"]
        verified = isinstance(req.get("verification"), dict) and req["verification"].get("callback_done") is True
        if ch and not verified:
            days = (dt.datetime.fromisoformat(req["submitted_at"]) - dt.datetime.fromisoformat(ch)).total_seconds() / 86400
            first = req["payee"]["account_no"] not in ctx["hist_accounts"]
            if 0 <= days <= 30 and first and Decimal(req["amount"]) >= 1000:
                hits.append("recently_changed_account_first_payment")
        if ({"boss_role", "balance_probe", "first_time_payee"} <= s and s & {"im_instruction", "email_instruction"}
                and not req["approved_by"]):
            hits.append("boss_im_no_approval_balance_probe_new_payee")
        if req["payee"]["account_type"] == "personal" and has_any(text, H7_WORDS):
            hits.append("personal_payee_task_topup_rebate_unfreeze_verification")
        inv = req["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"]:
            hits.append("invoice_already_paid")
    if s & {"payee_not_employee", "payee_shared_by_employees"}:
        hits.append("salary_to_non_employee_or_shared_account")
    return hits


def check_signals_vs_data(where, rec, ctx):
    s = set(rec["signals"])
    req = rec["request"]
    kind = rec["kind"]
    text = texts_of(kind, req)
    tenant = rec["tenant"]

    def iff(sig, cond):
        if (sig in s) != bool(cond):
            err(where, f"signal {sig} {'present' if sig in s else 'absent'} but the data says {bool(cond)}")

    if kind == "payment":
        p = req["payee"]
        iff("personal_account", p["account_type"] == "personal")
        iff("first_time_payee", p["account_no"] not in ctx["hist_accounts"])
        ch = req["payee_account_changed_at"]
        days = None
        if ch:
            days = (dt.datetime.fromisoformat(req["submitted_at"]) - dt.datetime.fromisoformat(ch)).total_seconds() / 86400
            if days < 0:
                err(where, "payee_account_changed_at is after submitted_at")
        iff("account_changed_recent", days is not None and days <= 30)
        iff("account_changed_long_ago", days is not None and days > 30)
        iff("no_approval", not req["approved_by"])
        chan = req["instruction"]["channel"]
        iff("im_instruction", chan == "im")
        iff("email_instruction", chan == "email")
        iff("phone_instruction", chan == "phone")
        iff("letter_instruction", chan == "letter")
        iff("sales_order_linked", req["related"]["order_id"] is not None)
        iff("duplicate_invoice", req["related"]["invoice_no"] in ctx["hist_invoices"])
        if "payee_name_mismatch" in s and p["vendor_id"] is None and "contract" not in text and "合同" not in text:
            err(where, "payee_name_mismatch needs a vendor or contract party to mismatch")
        if "third_party_payment_endpoint" in s and p["account_type"] != "corporate":
            err(where, "third_party_payment_endpoint expects a merchant (corporate) endpoint")
    else:
        c = req["customer"]
        iff("new_customer", c["customer_id"] is None)
        role = (req["third_party"] or {}).get("role")
        iff("designated_supplier", role == "designated_supplier")
        iff("refund_to_other_account", role == "refund_recipient")
        if role == "pass_through_payee" and not s & {"account_lending_words", "in_out_match"}:
            err(where, "a pass_through_payee needs account_lending_words or in_out_match")
        if "large_first_order" in s and c["customer_id"] is not None:
            err(where, "large_first_order on an established customer")
        if "contact_im_only" in s and not (req["channel"] == "im" or c["im_id"]):
            err(where, "contact_im_only without an IM channel or id")
        if "small_then_large" in s and c["customer_id"] not in ctx["hist_customers"]:
            err(where, "small_then_large needs an earlier order from the same customer in history")
    if "off_hours" in s:
        t = dt.datetime.fromisoformat(req.get("submitted_at") or req.get("received_at"))
        start, end, weekend_off = OFFICE[tenant]
        off = (t.hour < start or t.hour >= end or t.date().isoformat() in HOLIDAYS
               or (weekend_off and t.weekday() >= 5))
        if not off:
            err(where, f"off_hours at {t.isoformat()} is inside {tenant}'s office hours")
    if "unusual_bank_region" in s and kind == "payment":
        home = {"maodu": ["重庆"], "banjin": ["兰州", "甘肃"], "tangxin": ["阿克苏", "新疆"]}[tenant]
        if any(h in req["payee"]["bank"] for h in home):
            err(where, "unusual_bank_region but the bank is in the tenant's home region")
    # wording and evasion signals must be visible in the text
    iff("safe_account_words", has_any(text, SAFE_WORDS))
    if "account_lending_words" in s and not has_any(text, LENDING_WORDS):
        err(where, "account_lending_words but no lending wording in the text")
    if "balance_probe" in s and not has_any(text, BALANCE_WORDS):
        err(where, "balance_probe but no balance question in the text")
    if "evasion_fullwidth" in s and not re.search(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]", text):
        err(where, "evasion_fullwidth but no full-width letters or digits")
    if "evasion_traditional" in s and not (set(text) & TRAD_CHARS):
        err(where, "evasion_traditional but no traditional characters")
    if "evasion_spacing" in s and not SPACED_CJK.search(text):
        err(where, "evasion_spacing but no spaced-out characters")
    if "evasion_pinyin" in s and not PINYIN.search(text):
        err(where, "evasion_pinyin but no pinyin initialism")
    if "evasion_symbols" in s and not EMOJI_BETWEEN_CJK.search(text):
        err(where, "evasion_symbols but no symbol inside a word")
    if "evasion_homophone" in s and not any(h in text for h in HOMOPHONES):
        err(where, "evasion_homophone but no homophone spelling")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        print(f"cannot read {path}: {e}")
        return 1
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError:
        print("file is not UTF-8")
        return 1
    if content.startswith("\ufeff"):
        err("file", "BOM not allowed")
    if not content.endswith("\n"):
        err("file", "last line must end with a newline")
    recs = []
    for n, line in enumerate(content.split("\n")[:-1], 1):
        if not line.strip():
            err(f"line {n}", "blank line")
            continue
        try:
            recs.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")

    seen_ids, seen_req_ids = set(), set()
    tenant_order, finished = [], set()
    ctx_by_tenant = {}
    counters = {}
    last_time = {}
    last_phase = {}

    for n, rec in recs:
        where = f"line {n} ({rec.get('id', '?')})"
        if not isinstance(rec, dict):
            err(where, "not an object")
            continue
        phase = rec.get("phase")
        if phase not in ("history", "test"):
            err(where, f"phase {phase!r}")
            continue
        if not keys_exact(where, rec, TOP_HISTORY if phase == "history" else TOP_TEST):
            continue
        tenant = rec["tenant"]
        if tenant not in TENANTS:
            err(where, f"unknown tenant {tenant!r}")
            continue
        # grouping and order
        if not tenant_order or tenant_order[-1] != tenant:
            if tenant in finished or tenant in tenant_order:
                err(where, f"tenant {tenant} lines are not contiguous")
            if tenant_order:
                finished.add(tenant_order[-1])
            tenant_order.append(tenant)
        ctx = ctx_by_tenant.setdefault(tenant, {"hist_accounts": set(), "hist_invoices": set(),
                                                 "hist_customers": set()})
        if last_phase.get(tenant) == "test" and phase == "history":
            err(where, "history line after a test line of the same tenant")
        last_phase[tenant] = phase
        # ids
        rid = rec["id"]
        letter = "h" if phase == "history" else "t"
        m = re.fullmatch(rf"{tenant}-{letter}(\d{{3}})", str(rid))
        if not m:
            err(where, f"id {rid!r} should look like {tenant}-{letter}001")
        else:
            expected = counters.get((tenant, phase), 0) + 1
            if int(m.group(1)) != expected:
                err(where, f"id number {m.group(1)} should be {expected:03d}")
            counters[(tenant, phase)] = int(m.group(1))
        if rid in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(rid)
        # labels
        kind, label, st, expect = rec["kind"], rec["label"], rec["scam_type"], rec["expect"]
        if kind not in ("payment", "order"):
            err(where, f"kind {kind!r}")
            continue
        if label == "legit":
            if st is not None:
                err(where, "legit line must have scam_type null")
            if expect != "allow":
                err(where, "legit line must expect allow")
        elif label == "scam":
            if st not in SCAM_TYPES:
                err(where, f"scam_type {st!r}")
            if expect not in ("flag", "block"):
                err(where, "scam line must expect flag or block")
            if phase == "history":
                err(where, "history lines are always legit")
        else:
            err(where, f"label {label!r}")
        if phase == "history":
            if rec["outcome"] != "executed" or label != "legit" or expect != "allow":
                err(where, "history line must be legit / allow / executed")
        sigs = rec["signals"]
        if not isinstance(sigs, list) or len(set(sigs)) != len(sigs):
            err(where, "signals must be a list without duplicates")
            sigs = []
        for sg in sigs:
            if sg not in SIGNALS:
                err(where, f"signal {sg!r} is not in the README vocabulary")
        if phase == "history" and sigs:
            err(where, "history lines carry no signals")
        if label == "scam" and not sigs:
            err(where, "a scam line must name its red flags")
        check_note(where, rec)
        # request
        req = rec["request"]
        ok = check_payment(where, req) if kind == "payment" else check_order(where, req)
        if not ok:
            continue
        rid_req = req["request_id"] if kind == "payment" else req["record_id"]
        if (tenant, kind, rid_req) in seen_req_ids:
            err(where, f"duplicate {kind} id {rid_req}")
        seen_req_ids.add((tenant, kind, rid_req))
        for s in walk_strings(req):
            for mob in RE_MOBILE_ANY.findall(s):
                if not RE_MOBILE_OK.match(mob):
                    err(where, f"mobile-like number {mob} outside the fictitious ranges")
        t = dt.datetime.fromisoformat(req["submitted_at"] if kind == "payment" else req["received_at"])
        if tenant in last_time and t < last_time[tenant]:
            err(where, "not in chronological order within the tenant")
        last_time[tenant] = t
        if kind == "payment" and req["payer"]["account_no"] != ctx.setdefault("payer", req["payer"]["account_no"]):
            err(where, "payer account differs from the tenant's other lines")
        # test-line semantics
        if phase == "test":
            check_signals_vs_data(where, rec, ctx)
            hits = block_conditions(rec, ctx)
            if label == "scam":
                if hits and expect != "block":
                    err(where, f"block-list condition(s) {hits} hold, so expect must be block")
                if not hits and expect == "block":
                    err(where, "expect block but no README block-list condition holds")
            elif hits:
                err(where, f"legitimate line meets block-list condition(s) {hits} without mitigation")
        else:
            if kind == "payment":
                ctx["hist_accounts"].add(req["payee"]["account_no"])
                if req["related"]["invoice_no"]:
                    ctx["hist_invoices"].add(req["related"]["invoice_no"])
            elif req["customer"]["customer_id"]:
                ctx["hist_customers"].add(req["customer"]["customer_id"])

    for tenant in TENANTS:
        if tenant not in tenant_order:
            err("file", f"tenant {tenant} has no lines")
        if not counters.get((tenant, "history")) or not counters.get((tenant, "test")):
            err("file", f"tenant {tenant} needs both history and test lines")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} violation(s) in {path}")
        return 1
    print(f"OK {path}: {len(recs)} lines, no violations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
