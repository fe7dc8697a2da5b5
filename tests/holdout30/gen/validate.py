#!/usr/bin/env python3
"""Independent checks for holdout30.jsonl (standard library only).

Checks the corpus README format (exact key order, labels, history before test, chronological
order, outcome only on history lines, unique ids, money and quantity formats, totals, credit-code
check characters, account-number lengths, phone scheme), recomputes the structural signals from
the data and compares them with the labels, checks the evasion signals against the text, and
recomputes with block_reasons(line) why every `expect: block` line carries a hard-block signal
(and that no other line does). Prints counts. Exits non-zero on any failure.

Usage: python3 validate.py [path/to/holdout30.jsonl]
"""
import collections
import datetime
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(os.path.dirname(HERE), "holdout30.jsonl")

TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
TOP_TEST = [k for k in TOP_HISTORY if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
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
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"}
MAIN_SIX = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change"]
SIGNALS = set("""
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
evasion_homophone evasion_symbols
""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin", "evasion_homophone",
           "evasion_symbols"]
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
# Beijing-time office window of the corpus README: 10:00-20:00 on working days.
HOLIDAYS = {datetime.date(2027, 1, 1)} | {datetime.date(2027, 2, d) for d in range(5, 13)}
HIST_FROM, HIST_TO = datetime.date(2026, 11, 1), datetime.date(2026, 11, 30)
TEST_FROM, TEST_TO = datetime.date(2026, 12, 1), datetime.date(2027, 2, 15)

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE = re.compile(r"^1(54|68|79)0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCOUNT = re.compile(r"^\d{16,19}$")
MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


# --------------------------------------------------------------------------------------
# text normalisation (for block reasons and evasion checks)
# --------------------------------------------------------------------------------------
T2S = dict(zip(
    "帳賬戶資金監關護轉匯餘額還證補貼發錢審單簽開會電話這個裡裏為視棄領據貴請於農鄉勞務續費經辦並掃描號碼凍結驗墊過讓給們總經烏魯齊紅備節邊時間處理"
    "當實際從對與幫員業務條規應預購價錯誤現認處繳納稅務稽查額額",
    "账账户资金监关护转汇余额还证补贴发钱审单签开会电话这个里里为视弃领据贵请于农乡劳务续费经办并扫描号码冻结验垫过让给们总经乌鲁齐红备节边时间处理"
    "当实际从对与帮员业务条规应预购价错误现认处缴纳税务稽查额额"))
HOMOPHONE = [("威信", "微信"), ("薇信", "微信"), ("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("保正金", "保证金"),
             ("压金", "押金")]
PINYIN = [("dgzh", "对公账户"), ("yhk", "银行卡"), ("bzj", "保证金"), ("aqzh", "安全账户"), ("zfb", "支付宝"),
          ("yzm", "验证码"), ("垫fu", "垫付"), ("sls", "刷流水")]
TRAD_CHARS = set("帳賬戶資監轉匯餘額還證補貼發錢審單簽開會電話這個裡為視棄領貴請於農鄉勞務續費經辦並掃號碼凍結驗墊過們總烏魯齊紅備節邊當實際從對與幫員條規應購價誤認繳納稅")


def views(text):
    """Normal and compact views: NFKC, traditional->simplified, lower case, homophone and pinyin folds;
    the compact view also drops whitespace, punctuation, symbols and emoji."""
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(T2S.get(c, c) for c in t).lower()
    for a, b in HOMOPHONE + PINYIN:
        t = t.replace(a, b)
    compact = "".join(c for c in t if unicodedata.category(c)[0] in "LN")
    return t, compact


def has_any(text, words):
    normal, compact = views(text)
    return [w for w in words if w in normal or w in compact]


def lending_hits(text):
    normal, compact = views(text)
    out = []
    for rx in LENDING_RES:
        m = rx.search(normal) or rx.search(compact)
        if m:
            out.append(m.group(0))
    return out


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查"]
# 走账/过账 but not 过+账户/账号 ("确认过账户" = "have confirmed the account" is not a lending request)
LENDING_RES = [re.compile(p) for p in (r"走(一下)?账(?![户号])", r"过(一下)?账(?![户号])", r"借用(对)?公户",
                                       r"借用(对公)?账户", r"借你们(的)?(对)?公户")]
PENDING_WORDS = ["截图", "处理中", "延迟", "未到账", "还没到账", "以实际到账为准", "明天到账", "明天肯定到", "小时到账"]
PAY_FIRST_WORDS = ["先垫", "垫付", "先付", "先打", "代购", "代采", "帮忙采购"]
OTHER_ACCOUNT_REFUND = ["不用原路", "不要原路", "原路退不了", "退到这个账户", "退到我个人", "个人卡", "转给供应商",
                        "帮我们转给", "代付", "代转"]
REFUND_WORDS = ["退款", "退还", "退回"]
BALANCE_RE = re.compile(r"余额|可用资金|可用余额|账上.{0,6}还有多少|还有多少钱|资金情况")
BOSS_RE = re.compile(r"老板|老总|董事长|总经理|总裁|领导|副总|[\u4e00-\u9fff]总(?!部|公司|包|监)")
TASK_WORDS = ["任务", "刷单", "返利", "返现", "充值", "解冻", "验资"]
SALARY_PURPOSES = {"工资", "奖金", "薪资", "年终奖", "薪酬"}
MEANINGFUL = Decimal("5000.00")


def payment_text(req):
    ins = req.get("instruction") or {}
    return "\n".join(x for x in [req.get("purpose"), req.get("memo"), ins.get("text")] if x)


def order_text(req):
    return "\n".join(x for x in [req.get("payment_terms"), req.get("notes")] if x)


class Ctx:
    """Per-tenant facts from the data: payee accounts and invoices already executed, orders by record id.

    A test line sees the whole history of its tenant (test lines never enter the history); a history
    line sees only the history lines before it, as in a replay."""

    def __init__(self, lines):
        self.known_acc = collections.defaultdict(set)
        self.known_inv = collections.defaultdict(set)
        self.before = {}
        self.orders = {}
        for ln in lines:
            req, t = ln["request"], ln["tenant"]
            if ln["phase"] == "history":
                self.before[ln["id"]] = (set(self.known_acc[t]), set(self.known_inv[t]))
            if ln["kind"] == "order":
                self.orders[(t, req["record_id"])] = req
            elif ln["phase"] == "history":
                self.known_acc[t].add(req["payee"]["account_no"])
                if req["related"]["invoice_no"]:
                    self.known_inv[t].add(req["related"]["invoice_no"])

    def known(self, line):
        if line["phase"] == "history":
            return self.before[line["id"]]
        return self.known_acc[line["tenant"]], self.known_inv[line["tenant"]]


CTX = None


def block_reasons(line, ctx=None):
    """Why a line carries a hard-block signal of the corpus README's list, recomputed from the data."""
    ctx = ctx or CTX
    req, t = line["request"], line["tenant"]
    reasons = []
    if line["kind"] == "payment":
        text = payment_text(req)
        ins = req["instruction"] or {}
        known_acc, known_inv = ctx.known(line)
        first = req["payee"]["account_no"] not in known_acc
        personal = req["payee"]["account_type"] == "personal"
        sub = datetime.datetime.fromisoformat(req["submitted_at"])
        # 1. safe / national / supervised account, fund verification
        w = has_any(text, SAFE_WORDS)
        if w:
            reasons.append("safe_account:" + "/".join(w))
        # 2. lending the company account
        w = lending_hits(text)
        if w:
            reasons.append("account_lending:" + "/".join(w))
        # 3. refund to another account or before the money cleared
        if has_any((req["purpose"] or "") + (req["memo"] or ""), REFUND_WORDS):
            why = []
            oid = req["related"]["order_id"]
            if oid and (t, oid) in ctx.orders and ctx.orders[(t, oid)]["customer"]["name"] != req["payee"]["name"]:
                why.append("payee_is_not_the_customer")
            w = has_any(text, OTHER_ACCOUNT_REFUND)
            if w:
                why.append("other_account:" + "/".join(w))
            w = has_any(text, PENDING_WORDS)
            if w:
                why.append("not_cleared:" + "/".join(w))
            if why:
                reasons.append("refund_other_or_uncleared:" + ",".join(why))
        # 4. paying the customer's designated supplier before the customer's money arrived
        oid = req["related"]["order_id"]
        if oid and (t, oid) in ctx.orders:
            o = ctx.orders[(t, oid)]
            tp = o.get("third_party")
            if tp and tp["role"] == "designated_supplier" and tp["name"] == req["payee"]["name"]:
                w = has_any(text, PENDING_WORDS) or has_any(order_text(o), PENDING_WORDS)
                if w:
                    reasons.append("designated_supplier_before_funds:" + "/".join(w))
        # 5. first meaningful payment to a supplier account changed within 30 days
        ch = req["payee_account_changed_at"]
        if ch and req["payee"]["vendor_id"] and first and Decimal(req["amount"]) >= MEANINGFUL:
            age = sub - datetime.datetime.fromisoformat(ch)
            if datetime.timedelta(0) <= age <= datetime.timedelta(days=30):
                reasons.append("recent_account_change_first_payment:%dd" % age.days)
        # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if ins.get("channel") in ("im", "email") and not req["approved_by"] and first:
            normal, compact = views(ins.get("text") or "")
            if BALANCE_RE.search(normal) or BALANCE_RE.search(compact):
                who = views((ins.get("from_name") or "") + "\n" + (ins.get("text") or ""))[0]
                if BOSS_RE.search(who):
                    reasons.append("boss_im_no_approval_balance_probe_first_payee")
        # 7. personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if personal:
            w = has_any(text, TASK_WORDS)
            if w:
                reasons.append("personal_payee_task_words:" + "/".join(w))
        # 8. invoice number already paid
        inv = req["related"]["invoice_no"]
        if inv and inv in known_inv:
            reasons.append("invoice_already_paid")
        # 9. salary to a non-employee account or several employees to one account
        if personal and (req["purpose"] or "") in SALARY_PURPOSES:
            memo = req["memo"] or ""
            m = re.search(r"(\d+)人", memo)
            names = []
            e = re.search(r"员工[：:]([^，,）)]+)", memo)
            if e:
                names = [x for x in re.split(r"[、,，]", e.group(1)) if x]
            if m and int(m.group(1)) >= 2:
                reasons.append("salary_several_employees_one_account:%s人" % m.group(1))
            elif len(names) >= 2:
                reasons.append("salary_several_employees_one_account:" + "、".join(names))
            elif len(names) == 1 and names[0] != req["payee"]["name"]:
                reasons.append("salary_to_non_employee:" + names[0])
            elif not m and not names:
                reasons.append("salary_to_personal_account_without_named_employee")
    else:
        text = order_text(req)
        tp = req.get("third_party")
        w = has_any(text, SAFE_WORDS)
        if w:
            reasons.append("safe_account:" + "/".join(w))
        w = lending_hits(text)
        if w:
            reasons.append("account_lending:" + "/".join(w))
        if tp and tp["role"] == "refund_recipient" and tp["name"] != req["customer"]["name"]:
            reasons.append("refund_to_other_account")
        if tp and tp["role"] == "designated_supplier":
            w1, w2 = has_any(text, PENDING_WORDS), has_any(text, PAY_FIRST_WORDS)
            if w1 and w2:
                reasons.append("designated_supplier_pay_first_screenshot_only:" + "/".join(w1 + w2))
    return reasons


def structural(line, ctx):
    req, t = line["request"], line["tenant"]
    dt = datetime.datetime.fromisoformat(req.get("submitted_at") or req.get("received_at"))
    out = set()
    if dt.hour < 10 or dt.hour >= 20 or dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        out.add("off_hours")
    if line["kind"] == "order":
        if req["customer"]["customer_id"] is None:
            out.add("new_customer")
        return out
    known_acc, known_inv = ctx.known(line)
    if req["payee"]["account_no"] not in known_acc:
        out.add("first_time_payee")
    if req["payee"]["account_type"] == "personal":
        out.add("personal_account")
    if len(req["approved_by"]) == 0:
        out.add("no_approval")
    ch = req["payee_account_changed_at"]
    if ch is not None:
        days = (dt - datetime.datetime.fromisoformat(ch)).total_seconds() / 86400.0
        out.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
    if req["related"]["invoice_no"] in known_inv:
        out.add("duplicate_invoice")
    return out


def evasion_present(line):
    """Which evasion families actually occur in the free text of the line."""
    req = line["request"]
    if line["kind"] == "payment":
        raw = (req["instruction"] or {}).get("text") or ""
        raw += "\n" + (req["memo"] or "")
    else:
        raw = (req["notes"] or "") + "\n" + (req["payment_terms"] or "")
    found = set()
    if any("\uff01" <= c <= "\uff5e" and c not in "（）：；，！？｜" for c in raw):
        found.add("evasion_fullwidth")
    if any(c in TRAD_CHARS for c in raw):
        found.add("evasion_traditional")
    if re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", raw):
        found.add("evasion_spacing")
    if re.search(r"[\u4e00-\u9fff][.*\-_/|~#@+💰➕][\u4e00-\u9fff]", raw) or any(
            unicodedata.category(c) == "So" for c in raw):
        found.add("evasion_symbols")
    low = raw.lower()
    if re.search(r"(?<![a-z])(dgzh|yhk|bzj|aqzh|zfb|yzm|sls)(?![a-z])", low) or "垫fu" in low:
        found.add("evasion_pinyin")
    if any(a in raw for a, _ in HOMOPHONE):
        found.add("evasion_homophone")
    return found


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def main(path):
    global CTX
    errors = []

    def err(lid, msg):
        errors.append("%s: %s" % (lid, msg))

    raw = open(path, "rb").read()
    if not raw.endswith(b"\n"):
        errors.append("file: must end with a newline")
    lines = []
    for n, text in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            lines.append(json.loads(text))
        except ValueError as e:
            errors.append("line %d: invalid JSON (%s)" % (n, e))
    if errors:
        print("\n".join(errors))
        return 1
    CTX = ctx = Ctx(lines)

    ids, rids = set(), set()
    tenant_order, last_phase, last_ts = [], {}, {}
    for ln in lines:
        lid = ln.get("id", "?")
        # ---- top-level keys and labels ----
        want = TOP_HISTORY if ln.get("phase") == "history" else TOP_TEST
        if list(ln.keys()) != want:
            err(lid, "top-level keys %s, expected %s" % (list(ln.keys()), want))
            continue
        t = ln["tenant"]
        if not re.fullmatch(r"[a-z]+", t):
            err(lid, "tenant id must be lowercase pinyin")
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        if not re.fullmatch(r"%s-%s\d{3}" % (t, "h" if ln["phase"] == "history" else "t"), lid):
            err(lid, "id does not match tenant/phase")
        if ln["phase"] not in ("history", "test"):
            err(lid, "bad phase")
        if ln["kind"] not in ("payment", "order"):
            err(lid, "bad kind")
        if ln["label"] == "legit":
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                err(lid, "legit line must have scam_type null and expect allow")
        elif ln["label"] == "scam":
            if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block"):
                err(lid, "scam line needs a known scam_type and expect flag/block")
            if ln["phase"] != "test":
                err(lid, "scam line in history")
        else:
            err(lid, "bad label")
        if ln["phase"] == "history":
            if ln.get("outcome") != "executed" or ln["label"] != "legit":
                err(lid, "history line must be legit with outcome executed")
            if ln["signals"]:
                err(lid, "history lines carry no signals")
        elif "outcome" in ln:
            err(lid, "outcome on a test line")
        if not isinstance(ln["signals"], list) or len(set(ln["signals"])) != len(ln["signals"]):
            err(lid, "signals must be a list without duplicates")
        for s in ln["signals"]:
            if s not in SIGNALS:
                err(lid, "unknown signal " + s)
        note = ln["note"]
        if ln["phase"] == "test":
            if ln["label"] == "legit":
                if not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
                    err(lid, "legit test note must start with Routine:/Hard negative:")
                if note.startswith("Routine: ") and ln["signals"]:
                    err(lid, "routine line with signals")
                if note.startswith("Hard negative: ") and not ln["signals"]:
                    err(lid, "hard negative without the shared surface in signals")
            else:
                if note.startswith("Routine") or note.startswith("Hard negative"):
                    err(lid, "scam note with a legit prefix")
        elif note.startswith(("Routine:", "Hard negative:", "Structural only:")):
            err(lid, "history note with a test prefix")
        # ---- grouping and chronology ----
        if t not in tenant_order:
            tenant_order.append(t)
        elif tenant_order[-1] != t:
            err(lid, "tenant lines are not contiguous")
        if ln["phase"] == "history" and last_phase.get(t) == "test":
            err(lid, "history after test")
        last_phase[t] = ln["phase"]
        req = ln["request"]
        tskey = "submitted_at" if ln["kind"] == "payment" else "received_at"
        if not TS.match(str(req.get(tskey))):
            err(lid, "timestamp not RFC 3339 +08:00")
            continue
        dt = datetime.datetime.fromisoformat(req[tskey])
        if t in last_ts and dt < last_ts[t]:
            err(lid, "not in chronological order")
        last_ts[t] = dt
        lo, hi = (HIST_FROM, HIST_TO) if ln["phase"] == "history" else (TEST_FROM, TEST_TO)
        if not lo <= dt.date() <= hi:
            err(lid, "date %s outside the %s window" % (dt.date(), ln["phase"]))
        if ln["phase"] == "history" and "off_hours" in structural(ln, ctx):
            err(lid, "history line outside office hours")
        # ---- request body ----
        if ln["kind"] == "payment":
            keys = list(req.keys())
            if keys != PAY_KEYS and keys != PAY_KEYS + PAY_OPTIONAL_TAIL:
                err(lid, "payment keys %s" % keys)
                continue
            rid = (t, "payment", req["request_id"])
            for k in ("payer", "payee", "instruction", "related"):
                if list(req[k].keys()) != NESTED[k]:
                    err(lid, "%s keys %s" % (k, list(req[k].keys())))
            if "verification" in req:
                v = req["verification"]
                if list(v.keys()) != NESTED["verification"]:
                    err(lid, "verification keys")
                elif datetime.datetime.fromisoformat(v["verified_at"]) > dt:
                    err(lid, "verification after submission")
                elif not LANDLINE.match(v["callback_number"] or "") and not MOBILE.match(v["callback_number"] or ""):
                    err(lid, "callback number outside the phone scheme")
            if not MONEY.match(req["amount"]) or Decimal(req["amount"]) <= 0:
                err(lid, "amount must be a positive decimal string with two places")
            if req["currency"] != "CNY":
                err(lid, "currency")
            for acc in (req["payer"]["account_no"], req["payee"]["account_no"]):
                if not ACCOUNT.match(acc):
                    err(lid, "account number %s not 16-19 digits" % acc)
            if req["payee"]["account_type"] not in ACCOUNT_TYPES:
                err(lid, "account_type")
            if req["instruction"]["channel"] not in CHANNELS:
                err(lid, "instruction channel")
            if req["requested_by"] in req["approved_by"]:
                err(lid, "requester approves own request")
            if req["payee_account_changed_at"] is not None:
                if not TS.match(req["payee_account_changed_at"]):
                    err(lid, "payee_account_changed_at format")
                elif datetime.datetime.fromisoformat(req["payee_account_changed_at"]) > dt:
                    err(lid, "account change after the payment")
                if not req["payee"]["vendor_id"]:
                    err(lid, "account change without vendor_id")
            phones = [req["payee"]["phone"]]
            fc = req["instruction"]["from_contact"]
            if fc and re.fullmatch(r"[\d-]+", fc):
                phones.append(fc)
            texts = [req["instruction"]["text"], req["memo"]]
        else:
            keys = list(req.keys())
            if keys != ORDER_KEYS:
                err(lid, "order keys %s" % keys)
                continue
            rid = (t, "order", req["record_id"])
            if list(req["customer"].keys()) != NESTED["customer"]:
                err(lid, "customer keys")
            if list(req["delivery"].keys()) != NESTED["delivery"]:
                err(lid, "delivery keys")
            total = Decimal("0")
            for it in req["items"]:
                if list(it.keys()) != NESTED["item"]:
                    err(lid, "item keys")
                    continue
                if not QTY.match(it["quantity"]) or not MONEY.match(it["unit_price"]):
                    err(lid, "quantity/unit_price format")
                    continue
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not MONEY.match(req["total_amount"]):
                err(lid, "total_amount format")
            elif Decimal(req["total_amount"]) != total:
                err(lid, "total_amount %s != sum of items %s" % (req["total_amount"], total))
            if req["currency"] != "CNY":
                err(lid, "currency")
            cc = req["customer"]["credit_code"]
            if cc is not None and not uscc_ok(cc):
                err(lid, "invalid credit code " + cc)
            cid = req["customer"]["customer_id"]
            if cid is not None:
                hist_names = {o["customer"]["name"] for (tt, _), o in ctx.orders.items()
                              if tt == t and o["customer"]["customer_id"] == cid}
                established = any(l2["tenant"] == t and l2["phase"] == "history" and l2["kind"] == "order"
                                  and l2["request"]["customer"]["customer_id"] == cid for l2 in lines)
                if not established or hist_names != {req["customer"]["name"]}:
                    err(lid, "customer_id %s not an established customer with the same name" % cid)
            tp = req["third_party"]
            if tp is not None:
                if list(tp.keys()) != NESTED["third_party"] or tp["role"] not in TP_ROLES:
                    err(lid, "third_party keys/role")
                elif not MONEY.match(tp["amount"]):
                    err(lid, "third_party amount format")
            if not isinstance(req["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fee in req["fees_requested"]:
                if list(fee.keys()) != NESTED["fee"] or not MONEY.match(fee["amount"]):
                    err(lid, "fee format")
            phones = [req["customer"]["phone"]] + ([tp["contact"]] if tp else [])
            texts = [req["notes"], req["payment_terms"]]
        if rid in rids:
            err(lid, "duplicate request/record id")
        rids.add(rid)
        for ph in phones:
            if ph is not None and not (MOBILE.match(ph) or LANDLINE.match(ph)):
                err(lid, "phone %s outside the scheme" % ph)
        for tx in texts:
            for m in MOBILE_IN_TEXT.findall(unicodedata.normalize("NFKC", tx or "")):
                if not MOBILE.match(m):
                    err(lid, "mobile %s in text outside the scheme" % m)
        # ---- structural signals ----
        if ln["phase"] == "test":
            calc = structural(ln, ctx)
            given = {s for s in ln["signals"] if s in STRUCTURAL}
            if calc != given:
                err(lid, "structural signals: labelled %s, recomputed %s" % (sorted(given), sorted(calc)))
            ev_given = {s for s in ln["signals"] if s in EVASION}
            ev_found = evasion_present(ln)
            if ev_given != ev_found:
                err(lid, "evasion signals: labelled %s, found in text %s" % (sorted(ev_given), sorted(ev_found)))
        # ---- block reasons ----
        if ln["phase"] == "test":
            br = block_reasons(ln, ctx)
            if ln["expect"] == "block" and not br:
                err(lid, "expect block but no hard-block reason recomputed from the data")
            if ln["expect"] != "block" and br:
                err(lid, "expect %s but the data carries a hard-block signal: %s" % (ln["expect"], br))
        elif block_reasons(ln, ctx):
            err(lid, "history line carries a hard-block signal: %s" % block_reasons(ln, ctx))

    # ---- related order ids must exist ----
    for ln in lines:
        if ln["kind"] == "payment":
            oid = ln["request"]["related"]["order_id"]
            if oid and (ln["tenant"], oid) not in ctx.orders:
                err(ln["id"], "related.order_id %s is not an order of the tenant" % oid)

    # ---- counts ----
    test = [ln for ln in lines if ln["phase"] == "test"]
    hist = [ln for ln in lines if ln["phase"] == "history"]
    scams = [ln for ln in test if ln["label"] == "scam"]
    legit = [ln for ln in test if ln["label"] == "legit"]
    hn = [ln for ln in legit if ln["note"].startswith("Hard negative: ")]
    blocks = [ln for ln in test if ln["expect"] == "block"]
    evasion_lines = [ln for ln in test if any(s in EVASION for s in ln["signals"])]
    by_type = collections.Counter(ln["scam_type"] for ln in scams)

    print("# Counts per tenant\n")
    print("| tenant | history payment/order | test | scams | legit | hard negatives | routine | expect block |"
          " test payments | test orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    rows = []
    for t in tenant_order + ["total"]:
        sel = (lambda ln: True) if t == "total" else (lambda ln, t=t: ln["tenant"] == t)
        h = [ln for ln in hist if sel(ln)]
        te = [ln for ln in test if sel(ln)]
        rows.append((t, "%d/%d" % (sum(ln["kind"] == "payment" for ln in h), sum(ln["kind"] == "order" for ln in h)),
                     len(te), sum(ln["label"] == "scam" for ln in te), sum(ln["label"] == "legit" for ln in te),
                     sum(ln["note"].startswith("Hard negative: ") for ln in te),
                     sum(ln["note"].startswith("Routine: ") for ln in te),
                     sum(ln["expect"] == "block" for ln in te), sum(ln["kind"] == "payment" for ln in te),
                     sum(ln["kind"] == "order" for ln in te)))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    print("\n# Counts per scam type\n")
    print("| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    order = MAIN_SIX + [s for s in sorted(SCAM_TYPES) if s not in MAIN_SIX]
    for st in order + ["total"]:
        sel = scams if st == "total" else [ln for ln in scams if ln["scam_type"] == st]
        print("| %s | %d | %d | %d | %d |" % (st, len(sel), sum(ln["expect"] == "block" for ln in sel),
                                              sum(ln["expect"] == "flag" for ln in sel),
                                              sum(ln["note"].startswith("Structural only: ") for ln in sel)))

    reason_count = collections.Counter()
    for ln in blocks:
        for r in block_reasons(ln, ctx):
            reason_count[r.split(":")[0]] += 1
    print("\n# Block reasons (recomputed from the data; a line may have several)\n")
    for r, c in sorted(reason_count.items()):
        print("- %s: %d" % (r, c))
    print("- block lines with at least one reason: %d of %d" % (sum(1 for ln in blocks if block_reasons(ln, ctx)),
                                                                len(blocks)))
    print("\n# Evasion lines: %d (%s)" % (len(evasion_lines), ", ".join(ln["id"] for ln in evasion_lines)))

    # ---- mix targets of the brief ----
    if len(tenant_order) != 3:
        errors.append("mix: expected 3 tenants")
    if not 40 <= len(hist) <= 45:
        errors.append("mix: %d history lines (40-45)" % len(hist))
    if not 100 <= len(test) <= 110:
        errors.append("mix: %d test lines (100-110)" % len(test))
    if not 0.37 <= len(scams) / len(test) <= 0.44:
        errors.append("mix: scam share %.2f not about 40%%" % (len(scams) / len(test)))
    if set(by_type) != SCAM_TYPES or min(by_type.values()) < 2:
        errors.append("mix: every scam type needs at least 2 lines")
    small = max(by_type[s] for s in SCAM_TYPES if s not in MAIN_SIX)
    if any(by_type[s] <= small for s in MAIN_SIX):
        errors.append("mix: main six types need more lines than the others")
    if not 25 <= len(blocks) <= 30:
        errors.append("mix: %d expect-block lines (25-30)" % len(blocks))
    if not 0.6 <= len(hn) / len(legit) <= 0.72:
        errors.append("mix: hard negatives %.2f of legit (about two thirds)" % (len(hn) / len(legit)))
    if not 8 <= len(evasion_lines) <= 10:
        errors.append("mix: %d evasion lines (8-10)" % len(evasion_lines))
    if not any(ln["note"].startswith("Structural only: ") for ln in scams):
        errors.append("mix: no structural-only scams")

    if errors:
        print("\nFAILED: %d problem(s)" % len(errors))
        print("\n".join(errors))
        return 1
    print("\nOK: %d lines (%d history, %d test) pass every check" % (len(lines), len(hist), len(test)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
