#!/usr/bin/env python3
"""Independent checks for holdout34.jsonl (standard library only).

Recomputes from the data: key order, phase order, chronology, ids, money formats, item totals,
credit-code check characters, account-number lengths, phone formats, the structural signals, and
for every `expect: block` line the hard-block reasons of ../../../../shared corpus README's list.
Exits non-zero on any failure.
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
PATH = os.path.join(os.path.dirname(HERE), "holdout34.jsonl")

ERRORS = []


def fail(where, msg):
    ERRORS.append(f"{where}: {msg}")


# ------------------------------------------------------------------ contract shapes
TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
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

VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company
guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction new_contact
lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words
fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account refund_words
overpayment account_change_words personal_account_pretext account_lending_words safe_account_words authority_words
subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control new_customer
large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch
lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols
""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours", "invalid_credit_code"]

MONEY_RE = re.compile(r"^-?\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE_RE = re.compile(r"^1(43|44|60)0000\d{4}$")
LAND_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")

# ------------------------------------------------------------------ unified social credit code
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_valid(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = 31 - s % 31
    return code[17] == USCC_CHARS[0 if c == 31 else c]


# ------------------------------------------------------------------ off hours (corpus README)
# Offices keep roughly 10:00-20:00 Beijing time on working days; weekends and public holidays are off.
HOLIDAYS_2026 = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21")]:
    d = dt.date.fromisoformat(a)
    while d <= dt.date.fromisoformat(b):
        HOLIDAYS_2026.add(d)
        d += dt.timedelta(days=1)
# Dates whose status is uncertain (possible make-up working days, Xinjiang Corban festival around
# 26-28 May 2026): no test line may fall on them, so off_hours is never ambiguous.
AMBIGUOUS = {dt.date(2026, 2, 14), dt.date(2026, 2, 28), dt.date(2026, 5, 9), dt.date(2026, 3, 20),
             dt.date(2026, 3, 21), dt.date(2026, 3, 22)} | {dt.date(2026, 5, d) for d in range(25, 30)}


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(t):
    d = t.date()
    if d.weekday() >= 5 or d in HOLIDAYS_2026:
        return True
    minutes = t.hour * 60 + t.minute
    return minutes < 10 * 60 or minutes >= 20 * 60


# ------------------------------------------------------------------ text normalisation (TYPOLOGIES §3)
T2S = dict(zip("過賬帳戶轉匯證資驗凍結這們銀額務審計變舊請為準開農寧關麗灣業於場續電費煩將謝經貨貿與後給種號題圖單對辦據處應時齊達邊還進",
               "过账账户转汇证资验冻结这们银额务审计变旧请为准开农宁关丽湾业于场续电费烦将谢经货贸与后给种号题图单对办据处应时齐达边还进"))
TRAD_ONLY = set(T2S)
HOMOPHONES = {"威信": "微信", "薇信": "微信", "返力": "返利", "反利": "返利", "唰单": "刷单", "保正金": "保证金",
              "压金": "押金", "扣扣": "QQ"}
PINYIN = {"aqzh": "安全账户", "yhk": "银行卡", "dgzh": "对公账户", "bzj": "保证金", "sls": "刷流水", "yzm": "验证码",
          "zfb": "支付宝", "gjf": "公检法"}
SEP_CHARS = " \u3000\t·•.,，、-_/\\|*~#@+"


def normalize(text):
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text)
    t = re.sub(r"[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]", "", t)
    t = "".join(T2S.get(c, c) for c in t)
    t = t.replace("帐", "账")
    t = t.lower()
    # compact view: drop separators/symbols/emoji between CJK characters
    t = re.sub(r"(?<=[\u4e00-\u9fff])[" + re.escape(SEP_CHARS) + r"\U0001F300-\U0001FAFF]+(?=[\u4e00-\u9fff])", "", t)
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    for k, v in PINYIN.items():
        t = re.sub(r"(?<![a-z])" + k + r"(?![a-z])", v, t)
    return t


def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return normalize(" ".join(x or "" for x in [r["purpose"], r["memo"], r["instruction"]["text"]]))
    return normalize(" ".join(x or "" for x in [r["payment_terms"], r["notes"]]))


# ------------------------------------------------------------------ hard-block reasons (corpus README list)
SAFE_RE = re.compile(r"(转入|转到|转至|转给|打入|打到|汇入|汇至|存入|划入|划转至)[^\n]{0,24}?(安全账户|国家账户|监管账户)")
CHECK_RE = re.compile(r"资金核查|资金清查")
LEND_RE = re.compile(r"走账|过账|走一下账|过一下账|借用公户|借用账户|借用对公账户|借[你您]们(公司)?(的)?(公户|对公账户|账户)|刷流水|资金过桥|出借账户")
PROOF_RE = re.compile(r"截图|处理中|系统延迟|延迟到账|明天到账|明天才到账|还没到账|未到账|以实际到账为准")
PREPAY_RE = re.compile(r"先付|先垫|垫付|先把")
PROBE_RE = re.compile(r"余额|还有多少|有多少钱|可用资金|账上|截图发群里|截图发我|资金情况|流动资金")
TASK_RE = re.compile(r"任务|返利|刷单|充值|解冻|验资")
SALARY_RE = re.compile(r"工资|薪|奖金|提成|加班费")
HEADCOUNT_RE = re.compile(r"(\d+)人")
NAMED_EMP_RE = re.compile(r"(?:员工|置业顾问)[:：]([^，,）)\s]+)")
ORIG_PAYER_RE = re.compile(r"原付款方[:：]([^，,）)\s]+)")


def block_reasons(line, ctx):
    """Why the data itself carries a hard-block signal (corpus README `expect: block` list)."""
    reasons = []
    r = line["request"]
    txt = texts(line)
    if SAFE_RE.search(txt) or CHECK_RE.search(txt):
        reasons.append("safe_or_supervised_account_or_fund_check")
    if LEND_RE.search(txt):
        reasons.append("account_lending")
    if line["kind"] == "payment":
        payee = r["payee"]
        # refund to an account other than the one that paid, or before the money cleared
        if "退" in (r["purpose"] or "") + (r["memo"] or ""):
            m = ORIG_PAYER_RE.search(r["memo"] or "")
            if m and m.group(1) != payee["name"]:
                reasons.append("refund_to_other_account")
            elif PROOF_RE.search(txt):
                reasons.append("refund_before_cleared")
        # customer-designated supplier paid before the customer's money arrived
        oid = r["related"]["order_id"]
        if oid and oid in ctx["orders"]:
            o = ctx["orders"][oid]["request"]
            tp = o.get("third_party")
            if tp and tp["role"] == "designated_supplier" and tp["name"] == payee["name"]:
                if PROOF_RE.search(txt) or PROOF_RE.search(normalize((o["notes"] or "") + (o["payment_terms"] or ""))):
                    reasons.append("designated_supplier_prepaid_before_funds")
        # first meaningful payment to a supplier account changed in the last 30 days
        ch = r["payee_account_changed_at"]
        if payee["vendor_id"] and ch:
            days = (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400
            if 0 <= days <= 30 and payee["account_no"] not in ctx["hist_accounts"] and Decimal(r["amount"]) >= 10000:
                reasons.append("first_payment_to_recently_changed_account")
        # boss by IM/e-mail, no approval, balance probe, first-time payee
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"]
                and PROBE_RE.search(normalize(r["instruction"]["text"]))
                and payee["account_no"] not in ctx["hist_accounts"]):
            reasons.append("boss_im_no_approval_balance_probe_new_payee")
        # personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if payee["account_type"] == "personal" and TASK_RE.search(txt):
            reasons.append("personal_payee_task_topup_words")
        # invoice already paid
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"]:
            reasons.append("invoice_already_paid")
        # salary to someone who is not the employee, or several employees to one account
        if payee["account_type"] == "personal" and SALARY_RE.search((r["purpose"] or "") + (r["memo"] or "")):
            hc = HEADCOUNT_RE.search(r["memo"] or "")
            em = NAMED_EMP_RE.search(r["memo"] or "")
            if hc and int(hc.group(1)) >= 2:
                reasons.append("several_employees_one_account")
            elif em and em.group(1) != payee["name"]:
                reasons.append("salary_holder_not_employee")
    else:
        tp = r.get("third_party")
        if tp and tp["role"] == "refund_recipient":
            nm = re.sub(r"（个人）|\(个人\)", "", tp["name"])
            if nm != r["customer"]["name"]:
                reasons.append("refund_to_other_account")
        if tp and tp["role"] == "designated_supplier":
            notes = normalize((r["notes"] or "") + " " + (r["payment_terms"] or ""))
            if re.search(r"截图", notes) and PREPAY_RE.search(notes):
                reasons.append("designated_supplier_prepay_backed_by_screenshot")
    return reasons


# ------------------------------------------------------------------ evasion presence
EVASION_CHECK = {
    "evasion_fullwidth": lambda s: re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e]", s),
    "evasion_spacing": lambda s: re.search(r"[\u4e00-\u9fff]( [\u4e00-\u9fff]){2,}", s),
    "evasion_symbols": lambda s: re.search(r"[\u4e00-\u9fff][*\-.·•/|~#+\U0001F300-\U0001FAFF][\u4e00-\u9fff]", s),
    "evasion_traditional": lambda s: any(c in TRAD_ONLY for c in s),
    "evasion_pinyin": lambda s: re.search(r"(?<![a-z])(" + "|".join(PINYIN) + r")(?![a-z])", s),
    "evasion_homophone": lambda s: any(k in s for k in HOMOPHONES),
}


def raw_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        return " ".join(x or "" for x in [r["purpose"], r["memo"], r["instruction"]["text"]])
    return " ".join(x or "" for x in [r["payment_terms"], r["notes"]])


# ------------------------------------------------------------------ main
def check_keys(where, obj, keys):
    if not isinstance(obj, dict) or list(obj.keys()) != keys:
        fail(where, f"key order {list(obj.keys()) if isinstance(obj, dict) else type(obj)} != {keys}")
        return False
    return True


def money_ok(where, v):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        fail(where, f"amount {v!r} is not a decimal string with two places")


def phone_ok(where, v, allow_none=True):
    if v is None:
        if not allow_none:
            fail(where, "phone missing")
        return
    if not (MOBILE_RE.match(v) or LAND_RE.match(v)):
        fail(where, f"phone {v!r} outside the mobile 143/144/160-0000xxxx or landline area-0000xxx scheme")


def main():
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n") or b"\r" in raw:
        fail("file", "must be LF-terminated JSON lines")
    lines = [json.loads(x) for x in raw.decode("utf-8").splitlines()]
    ids = set()
    rids = set()
    tenants_seen = []
    by_tenant = collections.OrderedDict()
    for l in lines:
        if l["tenant"] not in by_tenant:
            by_tenant[l["tenant"]] = []
            tenants_seen.append(l["tenant"])
        elif tenants_seen[-1] != l["tenant"]:
            fail(l["id"], "lines of a tenant are not grouped")
        by_tenant[l["tenant"]].append(l)

    all_accounts = collections.defaultdict(set)
    block_counts = collections.Counter()
    legit_surface = []
    evasion_lines = 0
    for tenant, tl in by_tenant.items():
        if not re.match(r"^[a-z]+$", tenant):
            fail(tenant, "tenant id must be a lowercase pinyin word")
        ctx = {"hist_accounts": set(), "hist_invoices": set(), "orders": {}}
        seen_test = False
        last = None
        hn_n = t_n = 0
        for l in tl:
            where = l.get("id", "?")
            ph = l["phase"]
            check_keys(where, l, TOP_HIST if ph == "history" else TOP_TEST)
            if l["id"] in ids:
                fail(where, "duplicate id")
            ids.add(l["id"])
            if ph == "history":
                hn_n += 1
                if seen_test:
                    fail(where, "history line after a test line")
                if l["id"] != f"{tenant}-h{hn_n:03d}":
                    fail(where, "history id not sequential")
                if not (l["label"] == "legit" and l["expect"] == "allow" and l["outcome"] == "executed"
                        and l["scam_type"] is None):
                    fail(where, "history lines must be legit/allow/executed")
                if l["signals"]:
                    fail(where, "history lines carry no signals in this corpus")
            elif ph == "test":
                seen_test = True
                t_n += 1
                if l["id"] != f"{tenant}-t{t_n:03d}":
                    fail(where, "test id not sequential")
                if "outcome" in l:
                    fail(where, "outcome on a test line")
            else:
                fail(where, "bad phase")
            # label / expect / scam_type consistency
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    fail(where, "legit lines have scam_type null and expect allow")
                if ph == "test" and not (l["note"].startswith("Routine: ") or l["note"].startswith("Hard negative: ")):
                    fail(where, "legit test note must start with 'Routine:' or 'Hard negative:'")
                if l["note"].startswith("Routine: ") and l["signals"]:
                    fail(where, "routine lines share no scam surface, signals must be empty")
                if l["note"].startswith("Hard negative: ") and not l["signals"]:
                    fail(where, "hard negatives must name the scam surface they share")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    fail(where, "bad scam_type/expect")
                if l["note"].startswith("Routine:") or l["note"].startswith("Hard negative:"):
                    fail(where, "scam note with a legit prefix")
            else:
                fail(where, "bad label")
            for s in l["signals"]:
                if s not in VOCAB:
                    fail(where, f"signal {s!r} not in the README vocabulary")
            if len(set(l["signals"])) != len(l["signals"]):
                fail(where, "duplicate signal")

            r = l["request"]
            if l["kind"] == "payment":
                check_keys(where, r, PAY_KEYS_V if "verification" in r else PAY_KEYS)
                check_keys(where + ".payer", r["payer"], PAYER_KEYS)
                check_keys(where + ".payee", r["payee"], PAYEE_KEYS)
                check_keys(where + ".instruction", r["instruction"], INSTR_KEYS)
                check_keys(where + ".related", r["related"], REL_KEYS)
                if "verification" in r:
                    check_keys(where + ".verification", r["verification"], VER_KEYS)
                    phone_ok(where + ".verification", r["verification"]["callback_number"])
                stamp = r["submitted_at"]
                key = ("payment", r["request_id"])
                money_ok(where, r["amount"])
                if Decimal(r["amount"]) <= 0:
                    fail(where, "amount must be positive")
                for acc_where, acc in [("payer", r["payer"]["account_no"]), ("payee", r["payee"]["account_no"])]:
                    if not ACCOUNT_RE.match(acc or ""):
                        fail(where, f"{acc_where} account {acc!r} not 16-19 digits")
                all_accounts[r["payee"]["account_no"]].add((tenant, r["payee"]["name"]))
                if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                    fail(where, "bad account_type")
                if r["instruction"]["channel"] not in CHANNELS:
                    fail(where, "bad channel")
                phone_ok(where + ".payee", r["payee"]["phone"])
                fc = r["instruction"]["from_contact"]
                if fc and re.match(r"^[\d-]+$", fc):
                    phone_ok(where + ".from_contact", fc)
                if r["requested_by"] in r["approved_by"]:
                    fail(where, "requester approves own request")
                if r["instruction"]["channel"] == "erp" and not r["approved_by"] and l["label"] == "legit":
                    fail(where, "legit ERP payment without approver")
                if r["currency"] != "CNY":
                    fail(where, "currency")
                for tsf in [r["submitted_at"], r["payee_account_changed_at"]] + (
                        [r["verification"]["verified_at"]] if "verification" in r else []):
                    if tsf is not None and not TS_RE.match(tsf):
                        fail(where, f"timestamp {tsf!r} not RFC 3339 +08:00")
                if r["payee_account_changed_at"] and parse_ts(r["payee_account_changed_at"]) > parse_ts(stamp):
                    fail(where, "account changed after the payment")
            else:
                check_keys(where, r, ORD_KEYS)
                check_keys(where + ".customer", r["customer"], CUST_KEYS)
                check_keys(where + ".delivery", r["delivery"], DELIV_KEYS)
                stamp = r["received_at"]
                key = ("order", r["record_id"])
                if not TS_RE.match(stamp):
                    fail(where, "timestamp format")
                total = Decimal(0)
                for i, it in enumerate(r["items"]):
                    check_keys(f"{where}.items[{i}]", it, ITEM_KEYS)
                    if not QTY_RE.match(it["quantity"]):
                        fail(where, f"quantity {it['quantity']!r}")
                    money_ok(where, it["unit_price"])
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                money_ok(where, r["total_amount"])
                if Decimal(r["total_amount"]) != total:
                    fail(where, f"total_amount {r['total_amount']} != sum of items {total}")
                tp = r["third_party"]
                if tp is not None:
                    check_keys(where + ".third_party", tp, TP_KEYS)
                    money_ok(where, tp["amount"])
                    if tp["role"] not in TP_ROLES:
                        fail(where, "bad third_party role")
                    if tp["contact"] and re.match(r"^[\d-]+$", tp["contact"]):
                        phone_ok(where + ".third_party", tp["contact"])
                if not isinstance(r["fees_requested"], list):
                    fail(where, "fees_requested must be a list")
                for f in r["fees_requested"]:
                    check_keys(where + ".fees", f, FEE_KEYS)
                    money_ok(where, f["amount"])
                phone_ok(where + ".customer", r["customer"]["phone"])
                cc = r["customer"]["credit_code"]
                if cc is not None:
                    valid = uscc_valid(cc)
                    if "invalid_credit_code" in l["signals"]:
                        if valid:
                            fail(where, "labelled invalid_credit_code but the check character is valid")
                    elif not valid:
                        fail(where, f"credit code {cc} has a wrong check character")
                elif "invalid_credit_code" in l["signals"]:
                    fail(where, "invalid_credit_code without a code")
                if r["currency"] != "CNY":
                    fail(where, "currency")
            if key in rids:
                fail(where, f"duplicate {key}")
            rids.add(key)
            t = parse_ts(stamp)
            if last and t < last:
                fail(where, "not chronological within tenant")
            last = t
            if ph == "test" and t.date() in AMBIGUOUS:
                fail(where, "test line on a date whose working-day status is ambiguous")

            # ---- structural signals recomputed from the data (test lines)
            if ph == "test":
                comp = set()
                if l["kind"] == "payment":
                    if r["payee"]["account_no"] not in ctx["hist_accounts"]:
                        comp.add("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        comp.add("personal_account")
                    if not r["approved_by"]:
                        comp.add("no_approval")
                    ch = r["payee_account_changed_at"]
                    if ch:
                        days = (t - parse_ts(ch)).total_seconds() / 86400
                        comp.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx["hist_invoices"]:
                        comp.add("duplicate_invoice")
                else:
                    if r["customer"]["customer_id"] is None:
                        comp.add("new_customer")
                    cc = r["customer"]["credit_code"]
                    if cc is not None and not uscc_valid(cc):
                        comp.add("invalid_credit_code")
                if is_off_hours(t):
                    comp.add("off_hours")
                labelled = set(l["signals"]) & set(STRUCTURAL)
                if comp != labelled:
                    fail(where, f"structural signals: computed {sorted(comp)} labelled {sorted(labelled)}")
                # ---- block reasons
                reasons = block_reasons(l, ctx)
                if l["expect"] == "block":
                    if not reasons:
                        fail(where, "expect block but no hard-block reason recomputed from the data")
                    for x in reasons:
                        block_counts[x] += 1
                elif l["expect"] == "flag" and reasons:
                    fail(where, f"flag scam meets a hard-block condition {reasons}; should be block")
                elif l["label"] == "legit" and reasons:
                    legit_surface.append((where, reasons))
                # ---- evasion
                ev = [s for s in l["signals"] if s.startswith("evasion_")]
                if ev:
                    evasion_lines += 1
                for s in ev:
                    if not EVASION_CHECK[s](raw_text(l)):
                        fail(where, f"{s} labelled but not present in the text")
                if not ev and any(c in TRAD_ONLY for c in raw_text(l)):
                    fail(where, "traditional characters present but no evasion_traditional label")
                if l["note"].startswith("Structural only:") and l["label"] != "scam":
                    fail(where, "Structural only is a scam note")

            # history feeds the context (test lines never do)
            if ph == "history":
                if l["kind"] == "payment":
                    ctx["hist_accounts"].add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        if r["related"]["invoice_no"] in ctx["hist_invoices"]:
                            fail(where, "history invoice paid twice")
                        ctx["hist_invoices"].add(r["related"]["invoice_no"])
            if l["kind"] == "order":
                ctx["orders"][r["record_id"]] = l
            # payment links to orders must resolve
            if l["kind"] == "payment" and r["related"]["order_id"] and r["related"]["order_id"] not in ctx["orders"]:
                fail(where, "related.order_id does not point to an earlier order of the tenant")

        # test invoices must not collide among themselves either (only the deliberate duplicate)
        test_invs = [x["request"]["related"]["invoice_no"] for x in tl
                     if x["phase"] == "test" and x["kind"] == "payment" and x["request"]["related"]["invoice_no"]]
        dup = [k for k, v in collections.Counter(test_invs).items() if v > 1]
        if dup:
            fail(tenant, f"test invoice numbers repeated: {dup}")

    for acc, owners in all_accounts.items():
        if len({o[0] for o in owners}) > 1:
            fail("accounts", f"account {acc} used by several tenants")
        if len({o[1] for o in owners}) > 1:
            fail("accounts", f"account {acc} carries several holder names {owners}")

    # ------------------------------------------------------------------ summary
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    hn = [l for l in legit if l["note"].startswith("Hard negative:")]
    blocks = [l for l in test if l["expect"] == "block"]
    print(f"lines {len(lines)}: history {len(hist)}, test {len(test)}")
    print(f"test: scams {len(scams)} ({100 * len(scams) / len(test):.0f} %), legit {len(legit)} "
          f"(hard negatives {len(hn)} = {100 * len(hn) / len(legit):.0f} %, routine {len(legit) - len(hn)}), "
          f"expect block {len(blocks)}, evasion lines {evasion_lines}")
    print("\nper tenant: hist_pay hist_ord test scams legit hardneg routine block test_pay test_ord")
    for tenant, tl in by_tenant.items():
        h = [l for l in tl if l["phase"] == "history"]
        te = [l for l in tl if l["phase"] == "test"]
        print(f"  {tenant:8s} {sum(l['kind'] == 'payment' for l in h):8d} {sum(l['kind'] == 'order' for l in h):8d} "
              f"{len(te):4d} {sum(l['label'] == 'scam' for l in te):5d} {sum(l['label'] == 'legit' for l in te):5d} "
              f"{sum(l['note'].startswith('Hard negative:') for l in te):7d} {sum(l['note'].startswith('Routine:') for l in te):7d} "
              f"{sum(l['expect'] == 'block' for l in te):5d} {sum(l['kind'] == 'payment' for l in te):8d} "
              f"{sum(l['kind'] == 'order' for l in te):8d}")
    print("\nper scam type: lines block flag structural_only")
    for st in SCAM_TYPES:
        sl = [l for l in scams if l["scam_type"] == st]
        print(f"  {st:24s} {len(sl):3d} {sum(l['expect'] == 'block' for l in sl):5d} "
              f"{sum(l['expect'] == 'flag' for l in sl):4d} {sum(l['note'].startswith('Structural only:') for l in sl):5d}")
        if len(sl) < 2:
            fail(st, "fewer than 2 lines")
    print("\nblock reasons recomputed from the data (a line may carry several):")
    for k, v in sorted(block_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:48s} {v}")
    print(f"\nlegit lines whose data carries a hard-block surface (hard negatives by design): {len(legit_surface)}")
    for w, rs in legit_surface:
        print(f"  {w}: {rs}")

    # corpus-level targets of the brief
    if not (40 <= len(hist) <= 45):
        fail("size", "history lines outside 40-45")
    if not (100 <= len(test) <= 110):
        fail("size", "test lines outside 100-110")
    if not (25 <= len(blocks) <= 30):
        fail("size", "expect-block lines outside 25-30")
    if not (8 <= evasion_lines <= 10):
        fail("size", "evasion lines outside 8-10")

    if ERRORS:
        print(f"\n{len(ERRORS)} FAILURE(S):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
