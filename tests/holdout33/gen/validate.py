#!/usr/bin/env python3
"""Independent checks of ../holdout33.jsonl. Exit status 1 on any failure.

Checks: exact key order of the corpus README; tenants grouped; history before test and
chronological order per tenant; `outcome` only on history lines; unique ids; decimal strings
with two places; total_amount = sum of the items; unified social credit codes (check
character); account numbers of 16-19 digits; phone scheme; signal vocabulary; note prefixes;
structural signals recomputed from the data; evasion spellings present where labelled; and
block_reasons(line), which recomputes from the data why each `expect: block` line carries a
hard-block signal of the README's list (legitimate and `flag` lines must have none).
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
PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "holdout33.jsonl")

ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


# ---------------------------------------------------------------------------
# the corpus README's contract
# ---------------------------------------------------------------------------

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPT = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
            "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"]
MAIN_SIX = SCAM_TYPES[:6]
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

STRUCT_PAY = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "sales_order_linked"]
STRUCT_ORD = ["new_customer"]

# Beijing-time public holidays (national) and the Xinjiang regional festivals, as used for off-hours.
HOLIDAYS = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-03-20", "2026-03-20"), ("2026-05-26", "2026-05-28")]:
    d = dt.date.fromisoformat(a)
    while d <= dt.date.fromisoformat(b):
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)
# dates avoided altogether (eves of the regional festivals, possible make-up working days)
AVOID = {dt.date.fromisoformat(x) for x in ["2026-02-14", "2026-02-28", "2026-03-19", "2026-03-21", "2026-04-26",
                                           "2026-05-09", "2026-05-25", "2026-05-29"]}

# ---------------------------------------------------------------------------
# text normalisation (independent re-implementation of TYPOLOGIES §3)
# ---------------------------------------------------------------------------

_PAIRS = ("來来 後后 貴贵 醫医 結结 數数 據据 異异 換换 藥药 騙骗 現现 將将 個个 萬万 轉转 監监 帳账 戶户 進进 資资 "
          "無无 誤误 內内 則则 證证 賬账 匯汇 驗验 墊垫 凍冻 錢钱 單单 務务 還还 號号 過过 讓让 請请 為为 舊旧 銷销 "
          "劉刘 會会 計计 們们 鉀钾 貨货 開开 說说 邊边 費费 與与 對对 總总 長长 應应 當当 發发 審审 額额 處处 問问 "
          "題题 碼码 聯联 擊击 構构 範范 圍围 質质 權权 產产 業业 東东 車车 門门 見见 時时 間间 於于")
_TRAD = "".join(p[0] for p in _PAIRS.split())
_SIMP = "".join(p[1] for p in _PAIRS.split())
assert len(_TRAD) == len(_SIMP) and all(len(p) == 2 for p in _PAIRS.split())
T2S = str.maketrans(_TRAD, _SIMP)
TRAD_CHARS = set(_TRAD)
HOMOPHONES = {"返力": "返利", "反利": "返利", "唰单": "刷单", "威信": "微信", "薇信": "微信", "保正金": "保证金",
              "保症金": "保证金", "压金": "押金", "银航卡": "银行卡", "支附宝": "支付宝", "验正码": "验证码"}
PINYIN = {"bzj": "保证金", "yhk": "银行卡", "aqzh": "安全账户", "dgzh": "对公账户", "sls": "刷流水",
          "yzm": "验证码", "zfb": "支付宝", "gjf": "公检法"}
SYMBOLS = "·•.,，。、-_/\\|*~#@+"
ZERO_WIDTH = dict.fromkeys([0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF])


def normalise(text):
    s = unicodedata.normalize("NFKC", text or "").translate(ZERO_WIDTH).translate(T2S).lower()
    for k, v in HOMOPHONES.items():
        s = s.replace(k, v)
    for k, v in PINYIN.items():
        s = re.sub(r"(?<![a-z])%s(?![a-z])" % k, v, s)
    return s


def compact(text):
    s = normalise(text)
    return re.sub(r"[\s%s]" % re.escape(SYMBOLS), "", s)


KW_SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
KW_LEND = ["走账", "过账", "借用公户", "借用对公账户", "借用账户", "刷流水", "做流水", "过一下账", "走一下账", "出租账户"]
KW_TASK = ["任务", "刷单", "返利", "返现", "充值", "解冻", "验资"]
KW_BALANCE = ["余额", "可用资金", "账上还有", "还有多少钱", "资金情况", "账上有多少"]
KW_SHOT = ["截图", "回单", "处理中", "延迟到账", "对公延迟", "以实际到账为准"]
KW_REFUND = ["退款", "退回", "退还", "退费"]
KW_SALARY = ["工资", "薪", "提成", "绩效", "奖金"]
KW_EVASION_TARGETS = KW_SAFE + KW_LEND + KW_TASK + ["保证金", "银行卡", "微信", "对公账户", "账户", "转账"]
MEANINGFUL = Decimal("1000.00")


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(ts):
    t = parse_ts(ts)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    minutes = t.hour * 60 + t.minute
    return not (10 * 60 <= minutes < 20 * 60)


# ---------------------------------------------------------------------------
# context: what the replayed history has made known before a line
# ---------------------------------------------------------------------------


class Ctx:
    def __init__(self):
        self.paid_accounts = set()
        self.paid_invoices = set()
        self.customers = {}


def pay_text(r):
    return " ".join(x for x in [r.get("purpose"), r.get("memo"), (r.get("instruction") or {}).get("text")] if x)


def order_text(r):
    parts = [r.get("notes"), r.get("payment_terms")] + [f["reason"] for f in r.get("fees_requested") or []]
    return " ".join(x for x in parts if x)


def block_reasons(line, ctx, orders):
    """Why this line carries a hard-block signal of the corpus README's list (computed from data only)."""
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        c = compact(pay_text(r))
        cm = compact(" ".join(x for x in [r.get("purpose"), r.get("memo")] if x))
        payee = r["payee"]
        first = payee["account_no"] not in ctx.paid_accounts
        personal = payee["account_type"] == "personal"
        if any(k in c for k in KW_SAFE):
            reasons.append("H1 transfer to a safe/national/supervised account or for fund verification")
        if any(k in c for k in KW_LEND):
            reasons.append("H2 request to lend the company account / pass money through it")
        oid = r["related"]["order_id"]
        if oid and oid in orders:
            o = orders[oid]
            if any(k in cm for k in KW_REFUND) and payee["name"] != o["customer"]:
                reasons.append("H3 refund to someone other than the customer who paid (%s)" % o["customer"])
            tp = o["third_party"]
            if tp and tp["role"] == "designated_supplier" and tp["name"] == payee["name"] and o["phase"] != "history":
                reasons.append("H4 paying the customer-designated supplier before the customer's order is paid")
        changed = r.get("payee_account_changed_at")
        if changed and payee.get("vendor_id") and first and Decimal(r["amount"]) >= MEANINGFUL:
            days = (parse_ts(r["submitted_at"]) - parse_ts(changed)).total_seconds() / 86400
            if 0 <= days <= 30:
                reasons.append("H5 first payment of %s to a supplier account changed %.1f days ago" % (r["amount"], days))
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"]
                and any(k in c for k in KW_BALANCE) and first):
            reasons.append("H6 boss-style IM/e-mail instruction, no approval, balance probe, first-time payee")
        if personal and any(k in c for k in KW_TASK):
            reasons.append("H7 personal-account payee with task/top-up/rebate/unfreezing/capital-verification words")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.paid_invoices:
            reasons.append("H8 invoice %s already paid" % inv)
        if personal and any(k in cm for k in KW_SALARY):
            memo = r.get("memo") or ""
            mcount = re.search(r"（(\d+)人", memo)
            mname = re.search(r"员工[：:]([^）)]+)", memo)
            if mcount and int(mcount.group(1)) >= 2:
                reasons.append("H9 salary of %s employees paid to one personal account" % mcount.group(1))
            if mname and mname.group(1).strip() != payee["name"]:
                reasons.append("H9 salary of %s paid to an account held by %s" % (mname.group(1).strip(), payee["name"]))
    else:
        c = compact(order_text(r))
        if any(k in c for k in KW_SAFE):
            reasons.append("H1 safe/supervised account words")
        if any(k in c for k in KW_LEND):
            reasons.append("H2 request to pass money through our account")
        tp = r.get("third_party")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("H3 refund of an 'overpayment' to %s, not the customer" % tp["name"])
        if tp and tp["role"] == "designated_supplier" and any(k in c for k in KW_SHOT):
            reasons.append("H4 customer-designated supplier to be paid first, customer's payment only a screenshot/pending")
    return reasons


# ---------------------------------------------------------------------------
# field checks
# ---------------------------------------------------------------------------

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
ACCT = re.compile(r"^\d{16,19}$")
MOBILE = re.compile(r"^14[012]0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    weights = [pow(3, i, 31) for i in range(17)]
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], weights))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def keys_are(lid, obj, expected, where, optional=()):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return
    ks = list(obj.keys())
    if ks != expected and ks != expected + [k for k in optional if k in obj]:
        err(lid, "%s keys %s != %s" % (where, ks, expected))


def check_phone(lid, val, where, allow_null=True):
    if val is None:
        if not allow_null:
            err(lid, "%s missing" % where)
        return
    if not (MOBILE.match(val) or LANDLINE.match(val)):
        err(lid, "%s %r outside the phone scheme" % (where, val))


def check_money(lid, val, where):
    if not isinstance(val, str) or not MONEY.match(val):
        err(lid, "%s %r is not a decimal string with two places" % (where, val))


def looks_like_phone(s):
    return isinstance(s, str) and re.fullmatch(r"[0-9\-]{7,13}", s) is not None


def check_request(line):
    lid, r = line["id"], line["request"]
    if line["kind"] == "payment":
        keys_are(lid, r, PAY_KEYS, "payment", PAY_OPT)
        keys_are(lid, r["payer"], PAYER_KEYS, "payer")
        keys_are(lid, r["payee"], PAYEE_KEYS, "payee")
        keys_are(lid, r["instruction"], INSTR_KEYS, "instruction")
        keys_are(lid, r["related"], REL_KEYS, "related")
        if "verification" in r:
            keys_are(lid, r["verification"], VERIF_KEYS, "verification")
            check_phone(lid, r["verification"]["callback_number"], "verification.callback_number", False)
            if not TS.match(r["verification"]["verified_at"]):
                err(lid, "verification.verified_at not RFC 3339 +08:00")
        if not TS.match(r["submitted_at"]):
            err(lid, "submitted_at not RFC 3339 +08:00")
        for who in ("payer", "payee"):
            if not ACCT.match(r[who]["account_no"]):
                err(lid, "%s.account_no %r not 16-19 digits" % (who, r[who]["account_no"]))
        if r["payee"]["account_type"] not in ACCOUNT_TYPES:
            err(lid, "bad account_type")
        if r["instruction"]["channel"] not in CHANNELS:
            err(lid, "bad instruction.channel")
        check_phone(lid, r["payee"]["phone"], "payee.phone")
        if looks_like_phone(r["instruction"]["from_contact"]):
            check_phone(lid, r["instruction"]["from_contact"], "instruction.from_contact")
        check_money(lid, r["amount"], "amount")
        if r["currency"] != "CNY":
            err(lid, "currency")
        if r["requested_by"] in r["approved_by"]:
            err(lid, "requester approves own request")
        for e in [r["requested_by"]] + r["approved_by"]:
            if not re.fullmatch(r"E\d{4}", e):
                err(lid, "bad employee id %r" % e)
        if r["instruction"]["channel"] == "erp" and r["instruction"]["from_contact"] is not None:
            err(lid, "ERP instruction with a from_contact")
        chg = r["payee_account_changed_at"]
        if chg is not None and not TS.match(chg):
            err(lid, "payee_account_changed_at not RFC 3339")
    else:
        keys_are(lid, r, ORD_KEYS, "order")
        keys_are(lid, r["customer"], CUST_KEYS, "customer")
        keys_are(lid, r["delivery"], DELIV_KEYS, "delivery")
        if not TS.match(r["received_at"]):
            err(lid, "received_at not RFC 3339 +08:00")
        total = Decimal("0")
        for i, it in enumerate(r["items"]):
            keys_are(lid, it, ITEM_KEYS, "items[%d]" % i)
            if not QTY.match(it["quantity"]):
                err(lid, "quantity %r not a decimal string" % it["quantity"])
            check_money(lid, it["unit_price"], "unit_price")
            total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
        check_money(lid, r["total_amount"], "total_amount")
        if Decimal(r["total_amount"]) != total:
            err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
        if r["customer"]["credit_code"] is not None and not uscc_ok(r["customer"]["credit_code"]):
            err(lid, "invalid credit code %r" % r["customer"]["credit_code"])
        check_phone(lid, r["customer"]["phone"], "customer.phone")
        if r["channel"] not in CHANNELS:
            err(lid, "bad channel")
        if r["currency"] != "CNY":
            err(lid, "currency")
        tp = r["third_party"]
        if tp is not None:
            keys_are(lid, tp, TP_KEYS, "third_party")
            if tp["role"] not in TP_ROLES:
                err(lid, "bad third_party.role")
            check_money(lid, tp["amount"], "third_party.amount")
            if looks_like_phone(tp["contact"]):
                check_phone(lid, tp["contact"], "third_party.contact")
        if not isinstance(r["fees_requested"], list):
            err(lid, "fees_requested not a list")
        for f in r["fees_requested"]:
            keys_are(lid, f, FEE_KEYS, "fees_requested[]")
            check_money(lid, f["amount"], "fee amount")
    # any mobile or landline anywhere in the line must follow the scheme
    blob = json.dumps(r, ensure_ascii=False)
    for mob in re.findall(r"(?<!\d)1\d{10}(?!\d)", blob):
        if not MOBILE.match(mob):
            err(lid, "mobile-like number %s outside the 140/141/142 scheme" % mob)
    for land in re.findall(r"(?<![\d-])0\d{2,3}-\d{5,8}(?!\d)", blob):
        if not LANDLINE.match(land):
            err(lid, "landline-like number %s outside the area-0000xxx scheme" % land)


def line_text(line):
    r = line["request"]
    return pay_text(r) if line["kind"] == "payment" else order_text(r)


def evasion_found(line, fam):
    raw = line_text(line)
    if fam == "evasion_fullwidth":
        return any(0xFF01 <= ord(ch) <= 0xFF5E for ch in raw if ch not in "（），：；？！～｜")
    if fam == "evasion_traditional":
        return any(ch in TRAD_CHARS for ch in raw) and any(
            k in compact(raw) and k not in raw for k in KW_EVASION_TARGETS)
    if fam == "evasion_spacing":
        return re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", raw) is not None and any(
            k in re.sub(r"\s", "", raw) and k not in raw for k in KW_EVASION_TARGETS)
    if fam == "evasion_symbols":
        stripped = re.sub(r"(?<=[\u4e00-\u9fff])[%s](?=[\u4e00-\u9fff])" % re.escape(SYMBOLS), "", raw)
        return any(k in stripped and k not in raw for k in KW_EVASION_TARGETS)
    if fam == "evasion_pinyin":
        low = raw.lower()
        return any(re.search(r"(?<![a-z])%s(?![a-z])" % k, low) for k in PINYIN)
    if fam == "evasion_homophone":
        return any(k in raw for k in HOMOPHONES)
    return False


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main():
    with open(PATH, encoding="utf-8") as f:
        raw_lines = f.read().split("\n")
    if raw_lines[-1] != "":
        err("file", "no trailing newline")
    lines = []
    for n, s in enumerate(raw_lines[:-1], 1):
        try:
            lines.append(json.loads(s))
        except ValueError as e:
            err("line %d" % n, "not JSON: %s" % e)
    ids = Counter(l["id"] for l in lines)
    for k, v in ids.items():
        if v > 1:
            err(k, "duplicate id")
    rids = Counter((l["tenant"], l["kind"], l["request"].get("request_id") or l["request"].get("record_id"))
                   for l in lines)
    for k, v in rids.items():
        if v > 1:
            err(str(k), "duplicate request/record id")

    tenants = []
    for l in lines:
        if not tenants or tenants[-1] != l["tenant"]:
            if l["tenant"] in tenants:
                err(l["id"], "tenant lines not grouped")
            tenants.append(l["tenant"])

    orders = {}
    for l in lines:
        if l["kind"] == "order":
            r = l["request"]
            orders[r["record_id"]] = {"phase": l["phase"], "customer": r["customer"]["name"],
                                      "third_party": r["third_party"], "tenant": l["tenant"]}

    stats = defaultdict(Counter)
    per_type = defaultdict(Counter)
    reason_counts = Counter()
    evasion_lines = []
    block_report = []

    for tenant in tenants:
        tl = [l for l in lines if l["tenant"] == tenant]
        ctx = Ctx()
        seen_test = False
        last_ts = None
        hn = tn = 0
        for l in tl:
            lid = l["id"]
            keys_are(lid, l, LINE_KEYS_H if l["phase"] == "history" else LINE_KEYS_T, "line")
            if l["phase"] not in ("history", "test") or l["kind"] not in ("payment", "order"):
                err(lid, "bad phase/kind")
                continue
            r = l["request"]
            ts = r.get("submitted_at") or r.get("received_at")
            if last_ts is not None and parse_ts(ts) < parse_ts(last_ts):
                err(lid, "not in chronological order")
            last_ts = ts
            d = parse_ts(ts).date()
            if d in AVOID:
                err(lid, "falls on an avoided date %s" % d)
            if l["phase"] == "history":
                hn += 1
                if seen_test:
                    err(lid, "history line after a test line")
                if lid != "%s-h%03d" % (tenant, hn):
                    err(lid, "unexpected id (want %s-h%03d)" % (tenant, hn))
                if l.get("outcome") != "executed" or l["label"] != "legit" or l["expect"] != "allow" or l["signals"]:
                    err(lid, "history line must be legit/allow/executed with no signals")
                if not (d < dt.date(2026, 3, 1)):
                    err(lid, "history line not before the test period")
            else:
                seen_test = True
                tn += 1
                if lid != "%s-t%03d" % (tenant, tn):
                    err(lid, "unexpected id (want %s-t%03d)" % (tenant, tn))
                if "outcome" in l:
                    err(lid, "outcome on a test line")
                if not (dt.date(2026, 3, 1) <= d <= dt.date(2026, 5, 31)):
                    err(lid, "test line outside March-May 2026")
            check_request(l)

            # labels
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    err(lid, "legit line must have scam_type null and expect allow")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    err(lid, "scam line needs a known scam_type and expect flag/block")
            else:
                err(lid, "bad label")
            for s in l["signals"]:
                if s not in VOCAB:
                    err(lid, "signal %r not in the README vocabulary" % s)
            if len(set(l["signals"])) != len(l["signals"]):
                err(lid, "repeated signal")
            note = l["note"]
            if l["phase"] == "test":
                if l["label"] == "legit":
                    if not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                        err(lid, "legit test note must start with Routine: or Hard negative:")
                    if note.startswith("Routine: ") and l["signals"]:
                        err(lid, "routine line with signals %s" % l["signals"])
                    if note.startswith("Hard negative: ") and not l["signals"]:
                        err(lid, "hard negative names no shared surface")
                else:
                    if note.startswith("Routine") or note.startswith("Hard negative"):
                        err(lid, "scam note with a legit prefix")
            elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
                err(lid, "history note with a test prefix")

            # customers must be established by history when they carry an id
            if l["kind"] == "order":
                cid = r["customer"]["customer_id"]
                if l["phase"] == "history" and cid:
                    prev = ctx.customers.get(cid)
                    if prev and prev != r["customer"]["name"]:
                        err(lid, "customer_id reused for another name")
                    ctx.customers[cid] = r["customer"]["name"]
                if l["phase"] == "test" and cid and ctx.customers.get(cid) != r["customer"]["name"]:
                    err(lid, "established customer %s not seen in history" % cid)
            if l["kind"] == "payment" and r["related"]["order_id"]:
                o = orders.get(r["related"]["order_id"])
                if not o or o["tenant"] != tenant:
                    err(lid, "related.order_id %s not an order of this tenant" % r["related"]["order_id"])

            reasons = block_reasons(l, ctx, orders)

            if l["phase"] == "test":
                sig = set(l["signals"])
                # structural signals recomputed from the data
                comp = {}
                comp["off_hours"] = is_off_hours(ts)
                if l["kind"] == "payment":
                    p = r["payee"]
                    comp["first_time_payee"] = p["account_no"] not in ctx.paid_accounts
                    comp["personal_account"] = p["account_type"] == "personal"
                    comp["no_approval"] = len(r["approved_by"]) == 0
                    chg = r["payee_account_changed_at"]
                    age = None
                    if chg:
                        age = (parse_ts(ts) - parse_ts(chg)).total_seconds() / 86400
                    comp["account_changed_recent"] = age is not None and age <= 30
                    comp["account_changed_long_ago"] = age is not None and age > 30
                    comp["duplicate_invoice"] = bool(r["related"]["invoice_no"]) and \
                        r["related"]["invoice_no"] in ctx.paid_invoices
                    comp["sales_order_linked"] = bool(r["related"]["order_id"])
                    for s in STRUCT_ORD:
                        if s in sig:
                            err(lid, "order-only signal %s on a payment" % s)
                else:
                    comp["new_customer"] = r["customer"]["customer_id"] is None
                    for s in STRUCT_PAY:
                        if s in sig:
                            err(lid, "payment-only signal %s on an order" % s)
                for s, v in comp.items():
                    if v and s not in sig:
                        err(lid, "data shows %s but the label lacks it" % s)
                    if not v and s in sig:
                        err(lid, "label says %s but the data does not show it" % s)
                # evasion spellings
                ev = [s for s in l["signals"] if s.startswith("evasion_")]
                for s in ev:
                    if not evasion_found(l, s):
                        err(lid, "%s labelled but not found in the text" % s)
                if not ev:
                    raw = line_text(l)
                    if any(0xFF01 <= ord(ch) <= 0xFF5E for ch in raw if ch not in "（），：；？！～｜"):
                        err(lid, "full-width characters without evasion_fullwidth")
                    if any(ch in TRAD_CHARS for ch in raw):
                        err(lid, "traditional characters without evasion_traditional")
                if ev:
                    evasion_lines.append((lid, ev))
                # block reasons
                if l["expect"] == "block":
                    if not reasons:
                        err(lid, "expect block but no hard-block reason in the data")
                    for rr in reasons:
                        reason_counts[rr.split(" ")[0]] += 1
                    block_report.append((lid, reasons))
                elif reasons:
                    err(lid, "%s line has hard-block reasons %s" % (l["expect"], reasons))

                # counts
                st = stats[tenant]
                st["test"] += 1
                st["test_" + l["kind"]] += 1
                if l["label"] == "scam":
                    st["scam"] += 1
                    pt = per_type[l["scam_type"]]
                    pt["lines"] += 1
                    pt[l["expect"]] += 1
                    if note.startswith("Structural only:"):
                        pt["structural"] += 1
                        st["structural"] += 1
                else:
                    st["legit"] += 1
                    st["hard" if note.startswith("Hard negative:") else "routine"] += 1
                if l["expect"] == "block":
                    st["block"] += 1
            else:
                if reasons and l["label"] == "legit":
                    err(lid, "history line with hard-block reasons %s" % reasons)
                stats[tenant]["hist_" + l["kind"]] += 1

            # replay: only history enters the known world
            if l["phase"] == "history" and l["kind"] == "payment":
                ctx.paid_accounts.add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    if r["related"]["invoice_no"] in ctx.paid_invoices:
                        err(lid, "history pays the same invoice twice")
                    ctx.paid_invoices.add(r["related"]["invoice_no"])

    # ---------------- mix requirements ----------------
    tot = Counter()
    for st in stats.values():
        tot.update(st)
    hist = tot["hist_payment"] + tot["hist_order"]
    if len(tenants) != 3:
        err("mix", "want 3 tenants, have %d" % len(tenants))
    if not 40 <= hist <= 45:
        err("mix", "history lines %d not in 40-45" % hist)
    if not 100 <= tot["test"] <= 110:
        err("mix", "test lines %d not in 100-110" % tot["test"])
    if not 25 <= tot["block"] <= 30:
        err("mix", "expect block lines %d not in 25-30" % tot["block"])
    if not 8 <= len(evasion_lines) <= 10:
        err("mix", "evasion lines %d not in 8-10" % len(evasion_lines))
    share = tot["scam"] / tot["test"] if tot["test"] else 0
    if not 0.36 <= share <= 0.45:
        err("mix", "scam share %.2f not about 40%%" % share)
    hard_share = tot["hard"] / tot["legit"] if tot["legit"] else 0
    if not 0.6 <= hard_share <= 0.72:
        err("mix", "hard-negative share of legit lines %.2f not about two thirds" % hard_share)
    for s in SCAM_TYPES:
        need = 3 if s in MAIN_SIX else 2
        if per_type[s]["lines"] < need:
            err("mix", "scam type %s has %d lines (< %d)" % (s, per_type[s]["lines"], need))
    if tot["structural"] == 0:
        err("mix", "no structural-only scam")

    # ---------------- report ----------------
    print("| tenant | history payment | history order | test | scams | legit | hard negatives | routine | "
          "expect block | test payments | test orders |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for tenant in tenants + ["total"]:
        st = tot if tenant == "total" else stats[tenant]
        print("| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |" % (
            tenant, st["hist_payment"], st["hist_order"], st["test"], st["scam"], st["legit"], st["hard"],
            st["routine"], st["block"], st["test_payment"], st["test_order"]))
    print()
    print("| scam type | lines | block | flag | structural only |")
    print("|---|---|---|---|---|")
    tt = Counter()
    for s in SCAM_TYPES:
        pt = per_type[s]
        tt.update(pt)
        print("| `%s` | %d | %d | %d | %d |" % (s, pt["lines"], pt["block"], pt["flag"], pt["structural"]))
    print("| total | %d | %d | %d | %d |" % (tt["lines"], tt["block"], tt["flag"], tt["structural"]))
    print()
    print("block reasons (a line may have several):")
    for k in sorted(reason_counts):
        print("  %s: %d" % (k, reason_counts[k]))
    for lid, rs in block_report:
        print("  %s: %s" % (lid, "; ".join(rs)))
    print("evasion lines: %d" % len(evasion_lines))
    for lid, ev in evasion_lines:
        print("  %s: %s" % (lid, ", ".join(ev)))
    print("scam share of test lines: %.1f %%; hard negatives among legit: %.1f %%" % (100 * share, 100 * hard_share))

    if ERRORS:
        print("\n%d FAILURE(S):" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        return 1
    print("\nOK: %d lines, all checks passed" % len(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
