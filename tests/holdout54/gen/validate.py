#!/usr/bin/env python3
"""Independent re-check of ../holdout54.jsonl. Standard library only; exits 1 on any failure.

It does not import build.py or the scenario files: every structural fact is recomputed from
the JSON itself.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, date, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "holdout54.jsonl")

TENANTS = ["zhongzi", "nongyao", "feiliao"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee",
              "task_rebate", "overpayment_refund", "account_lending"]
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
STRUCT_PAY = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "off_hours"]
STRUCT_ORD = ["new_customer", "off_hours"]

TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
            "note", "request"]
TOP_TEST = [k for k in TOP_HIST if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
REL_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
            "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

# Beijing public holidays in the window; weekends are off-hours as well. Make-up working days
# are never used by a line (checked below), so weekend = off-hours holds without exceptions.
HOLIDAYS = {date(2026, 2, d) for d in range(15, 24)} | {date(2026, 4, d) for d in (4, 5, 6)} | \
           {date(2026, 5, d) for d in range(1, 6)}
AVOID_DATES = {date(2026, 2, 14), date(2026, 2, 28), date(2026, 4, 26), date(2026, 5, 9)}

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
AMT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_OK = re.compile(r"^19[678]0000\d{4}$")
LAND_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

ERRORS = []


def err(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- text normalisation
T2S = str.maketrans({"驗": "验", "資": "资", "帳": "账", "賬": "账", "戶": "户", "轉": "转", "匯": "汇",
                     "監": "监", "管": "管", "過": "过", "凍": "冻", "結": "结", "還": "还", "單": "单",
                     "務": "务", "錢": "钱", "積": "积", "國": "国", "家": "家", "號": "号", "證": "证",
                     "墊": "垫", "餘": "余", "額": "额", "貸": "贷", "款": "款", "審": "审", "請": "请",
                     "帐": "账"})
PINYIN = [("dgzh", "对公账户"), ("aqzh", "安全账户"), ("sls", "刷流水"), ("yhk", "银行卡"),
          ("bzj", "保证金")]
HOMOPHONE = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("s单", "刷单"), ("刷dan", "刷单")]


def compact(text):
    """NFKC, traditional/variant fold, lower case, pinyin and homophone fold, then drop
    whitespace, punctuation, symbols and emoji (the 'compact view' of TYPOLOGIES §3)."""
    t = unicodedata.normalize("NFKC", text or "")
    t = t.translate(T2S).lower()
    t = "".join(ch for ch in t if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZC"))
    for a, b in PINYIN + HOMOPHONE:
        t = t.replace(a, b)
    return t


def line_text(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r.get("purpose"), r.get("memo"), (r.get("instruction") or {}).get("text")]
    else:
        parts = [r.get("payment_terms"), r.get("notes")]
    return compact(" ".join(p for p in parts if p))


# ---------------------------------------------------------------- helpers
def parse_ts(s):
    return datetime.fromisoformat(s)


def line_ts(line):
    r = line["request"]
    return parse_ts(r["submitted_at"] if line["kind"] == "payment" else r["received_at"])


def is_off_hours(dt):
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    return not (10 <= dt.hour < 20)


def uscc_valid(code):
    if not re.fullmatch(r"[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}", code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def keys_are(obj, keys, where, optional=()):
    if not isinstance(obj, dict):
        err("%s: not an object" % where)
        return False
    want = [k for k in keys] + [k for k in optional if k in obj]
    if list(obj.keys()) != want:
        err("%s: keys %s, expected %s" % (where, list(obj.keys()), want))
        return False
    return True


# ---------------------------------------------------------------- context built from the file
class Ctx:
    def __init__(self, lines):
        self.paid_accounts = defaultdict(set)   # tenant -> payee accounts paid in history
        self.paid_invoices = defaultdict(set)   # tenant -> invoice numbers paid in history
        self.orders = {}                        # (tenant, record_id) -> order request
        for ln in lines:
            r = ln["request"]
            if ln["kind"] == "order":
                self.orders[(ln["tenant"], r["record_id"])] = r
            if ln["phase"] == "history" and ln["kind"] == "payment":
                self.paid_accounts[ln["tenant"]].add(r["payee"]["account_no"])
                inv = r["related"]["invoice_no"]
                if inv:
                    self.paid_invoices[ln["tenant"]].add(inv)

    def first_time(self, ln):
        return ln["request"]["payee"]["account_no"] not in self.paid_accounts[ln["tenant"]]


def structural(ln, ctx):
    r = ln["request"]
    out = []
    if ln["kind"] == "payment":
        if ctx.first_time(ln):
            out.append("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not r["approved_by"]:
            out.append("no_approval")
        if r["payee_account_changed_at"]:
            d = parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])
            out.append("account_changed_recent" if d <= timedelta(days=30) else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx.paid_invoices[ln["tenant"]]:
            out.append("duplicate_invoice")
    else:
        if not r["customer"]["customer_id"]:
            out.append("new_customer")
    if is_off_hours(line_ts(ln)):
        out.append("off_hours")
    return out


# ---------------------------------------------------------------- block conditions
SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_RE = re.compile(r"(走|过)(一下|个|下)?账|借用.{0,4}(公户|对公账户|账户)|刷流水|做流水|u盾|出租账户")
TASK_WORDS = ["任务", "刷单", "做单", "充值", "解冻", "验资", "返现", "佣金", "连单", "卡单", "刷流水",
              "刷单返利", "任务返利", "充值返利"]
PROBE_WORDS = ["余额", "可用资金", "账上还有", "还有多少钱", "账上有多少", "资金情况"]
SCREENSHOT_WORDS = ["截图"]
ADVANCE_WORDS = ["先付", "先垫", "垫付", "先打", "垫款"]
MEANINGFUL = Decimal("5000.00")


def block_reasons(line, ctx=None):
    """Which `expect: block` condition of the corpus README this line meets, from its data.

    Conditions, each computed from the request alone (plus, for "first payment", "already paid"
    and linked orders, the history and orders of the same tenant in this file):
      safe_account      payment text names a safe/national/supervised account or fund verification
      account_lending   text asks to lend or pass money through the company account, or a
                        third party with role pass_through_payee
      refund_other      order with a refund_recipient who is not the customer; or a refund payment
                        (purpose contains 退) linked to an order whose customer is not the payee
      designated_advance payment to the designated supplier of the linked sales order; or an order
                        with a designated supplier whose text asks us to advance money, backed by a
                        screenshot
      changed_account   payee account changed 0-30 days before, first payment to it, amount >= 5000
      boss              IM or e-mail instruction, no approver, balance probe in the text, first-time payee
      personal_task     personal payee and task / top-up / rebate-task / unfreezing / capital-verification
                        words (dealer-contract 返利 on its own is not a task word)
      duplicate_invoice invoice number already paid in this tenant's history
      salary            salary payment to a personal account covering >= 2 people, or whose memo
                        names an employee (员工：X) other than the account holder
    """
    if ctx is None:
        ctx = CTX
    r = line["request"]
    text = line_text(line)
    reasons = []
    if line["kind"] == "payment":
        if any(w in text for w in SAFE_WORDS):
            reasons.append("safe_account")
    if LENDING_RE.search(text) or ((r.get("third_party") or {}).get("role") == "pass_through_payee"):
        reasons.append("account_lending")
    if line["kind"] == "order":
        tp = r["third_party"]
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other")
        if tp and tp["role"] == "designated_supplier" and any(w in text for w in SCREENSHOT_WORDS) \
                and any(w in text for w in ADVANCE_WORDS):
            reasons.append("designated_advance")
        return reasons
    payee = r["payee"]
    linked = ctx.orders.get((line["tenant"], r["related"]["order_id"])) if r["related"]["order_id"] else None
    if "退" in (r["purpose"] or "") and linked and linked["customer"]["name"] != payee["name"]:
        reasons.append("refund_other")
    if linked and linked["third_party"] and linked["third_party"]["role"] == "designated_supplier" \
            and linked["third_party"]["name"] == payee["name"]:
        reasons.append("designated_advance")
    first = ctx.first_time(line)
    if r["payee_account_changed_at"]:
        d = parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])
        if timedelta(0) <= d <= timedelta(days=30) and first and Decimal(r["amount"]) >= MEANINGFUL:
            reasons.append("changed_account")
    instr = r["instruction"]
    if instr["channel"] in ("im", "email") and not r["approved_by"] and first \
            and any(w in compact(instr["text"]) for w in PROBE_WORDS):
        reasons.append("boss")
    if payee["account_type"] == "personal" and any(w in text for w in TASK_WORDS):
        reasons.append("personal_task")
    inv = r["related"]["invoice_no"]
    if inv and inv in ctx.paid_invoices[line["tenant"]]:
        reasons.append("duplicate_invoice")
    if "工资" in (r["purpose"] or "") and payee["account_type"] == "personal":
        memo = r["memo"] or ""
        m = re.search(r"(\d+)人", memo)
        e = re.search(r"员工[:：]([^，,）)]+)", memo)
        if m and int(m.group(1)) >= 2:
            reasons.append("salary")
        elif e and e.group(1).strip() != payee["name"]:
            reasons.append("salary")
    return reasons


# ---------------------------------------------------------------- format checks
def phones_in(obj, out):
    if isinstance(obj, dict):
        for v in obj.values():
            phones_in(v, out)
    elif isinstance(obj, list):
        for v in obj:
            phones_in(v, out)
    elif isinstance(obj, str):
        out.extend(re.findall(r"(?<![\d\-])1\d{10}(?!\d)", unicodedata.normalize("NFKC", obj)))
        out.extend(re.findall(r"(?<![\dA-Za-z\-])0\d{2,3}-\d{5,8}(?![\d\-])", obj))


def check_money(v, where):
    if not isinstance(v, str) or not AMT_RE.match(v):
        err("%s: amount %r is not a 2-dp decimal string" % (where, v))


def check_ts(v, where):
    if not isinstance(v, str) or not TS_RE.match(v):
        err("%s: timestamp %r is not RFC 3339 +08:00" % (where, v))
        return None
    try:
        return parse_ts(v)
    except ValueError:
        err("%s: bad timestamp %r" % (where, v))
        return None


def check_payment(ln, where):
    r = ln["request"]
    if not keys_are(r, PAY_KEYS, where + ".request", optional=("verification",)):
        return
    keys_are(r["payer"], PAYER_KEYS, where + ".payer")
    keys_are(r["payee"], PAYEE_KEYS, where + ".payee")
    keys_are(r["instruction"], INSTR_KEYS, where + ".instruction")
    keys_are(r["related"], REL_KEYS, where + ".related")
    check_ts(r["submitted_at"], where + ".submitted_at")
    check_money(r["amount"], where + ".amount")
    if Decimal(r["amount"]) <= 0:
        err(where + ": non-positive amount")
    if r["currency"] != "CNY":
        err(where + ": currency")
    for k, a in (("payer", r["payer"]["account_no"]), ("payee", r["payee"]["account_no"])):
        if not isinstance(a, str) or not ACCT_RE.match(a):
            err("%s: %s account %r not 16-19 digits" % (where, k, a))
    if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
        err(where + ": account_type")
    if r["instruction"]["channel"] not in CHANNELS:
        err(where + ": channel")
    if not isinstance(r["instruction"]["urgent"], bool):
        err(where + ": urgent not bool")
    if r["requested_by"] in r["approved_by"]:
        err(where + ": requester approves own request")
    if len(set(r["approved_by"])) != len(r["approved_by"]):
        err(where + ": duplicate approver")
    if r["instruction"]["channel"] == "erp" and not r["approved_by"]:
        err(where + ": ERP slip without approver")
    if r["payee_account_changed_at"] is not None:
        c = check_ts(r["payee_account_changed_at"], where + ".payee_account_changed_at")
        if c and c > parse_ts(r["submitted_at"]):
            err(where + ": account change after submission")
        if not r["payee"]["vendor_id"]:
            err(where + ": account change on a payee without vendor_id")
    if "verification" in r:
        v = r["verification"]
        if keys_are(v, VERIF_KEYS, where + ".verification"):
            t = check_ts(v["verified_at"], where + ".verified_at")
            if t and t > parse_ts(r["submitted_at"]):
                err(where + ": verified after submission")


def check_order(ln, where):
    r = ln["request"]
    if not keys_are(r, ORD_KEYS, where + ".request"):
        return
    keys_are(r["customer"], CUST_KEYS, where + ".customer")
    keys_are(r["delivery"], DELIV_KEYS, where + ".delivery")
    recv = check_ts(r["received_at"], where + ".received_at")
    total = Decimal("0")
    if not r["items"]:
        err(where + ": no items")
    for i, it in enumerate(r["items"]):
        if not keys_are(it, ITEM_KEYS, "%s.items[%d]" % (where, i)):
            continue
        if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
            err("%s: quantity %r" % (where, it["quantity"]))
            continue
        check_money(it["unit_price"], where + ".unit_price")
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_money(r["total_amount"], where + ".total_amount")
    if AMT_RE.match(r["total_amount"]) and Decimal(r["total_amount"]) != total:
        err("%s: total_amount %s != sum of items %s" % (where, r["total_amount"], total))
    if r["currency"] != "CNY":
        err(where + ": currency")
    if r["channel"] not in CHANNELS:
        err(where + ": channel")
    try:
        dl = date.fromisoformat(r["delivery"]["deadline"])
        if recv and dl < recv.date():
            err(where + ": deadline before receipt")
    except (TypeError, ValueError):
        err(where + ": deadline %r" % r["delivery"]["deadline"])
    if r["third_party"] is not None:
        tp = r["third_party"]
        if keys_are(tp, THIRD_KEYS, where + ".third_party"):
            if tp["role"] not in ROLES:
                err(where + ": third_party.role")
            if tp["amount"] is not None:
                check_money(tp["amount"], where + ".third_party.amount")
    if not isinstance(r["fees_requested"], list):
        err(where + ": fees_requested not a list")
    else:
        for f in r["fees_requested"]:
            if keys_are(f, FEE_KEYS, where + ".fees_requested"):
                check_money(f["amount"], where + ".fee")
    code = r["customer"]["credit_code"]
    if code is not None:
        ok = uscc_valid(code)
        if ok == ("invalid_credit_code" in ln["signals"]):
            err("%s: credit code %s validity %s disagrees with invalid_credit_code signal" % (where, code, ok))
    elif "invalid_credit_code" in ln["signals"]:
        err(where + ": invalid_credit_code without a code")


def main():
    global CTX
    raw = open(PATH, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        print("FAIL: not UTF-8")
        return 1
    if not text.endswith("\n") or "\r" in text:
        err("file must use LF line ends and end with a newline")
    lines = []
    for i, s in enumerate(text.split("\n")[:-1], 1):
        try:
            obj = json.loads(s)
        except json.JSONDecodeError as e:
            err("line %d: invalid JSON (%s)" % (i, e))
            continue
        if json.dumps(obj, ensure_ascii=False) != s:
            err("line %d: not in canonical one-line form" % i)
        lines.append(obj)
    CTX = Ctx(lines)

    ids, rids = set(), set()
    per_tenant = defaultdict(list)
    seen_tenants = []
    for ln in lines:
        where = ln.get("id", "?")
        keys_are(ln, TOP_HIST if ln.get("phase") == "history" else TOP_TEST, where)
        if ln["tenant"] not in TENANTS:
            err(where + ": tenant")
        if not seen_tenants or seen_tenants[-1] != ln["tenant"]:
            if ln["tenant"] in seen_tenants:
                err(where + ": tenant lines not grouped")
            seen_tenants.append(ln["tenant"])
        per_tenant[ln["tenant"]].append(ln)
        if ln["id"] in ids:
            err(where + ": duplicate id")
        ids.add(ln["id"])
        rid = ln["request"].get("request_id") or ln["request"].get("record_id")
        if rid in rids:
            err(where + ": duplicate request/record id")
        rids.add(rid)
        if ln["kind"] not in ("payment", "order"):
            err(where + ": kind")
        if ln["kind"] == "payment" and "request_id" not in ln["request"]:
            err(where + ": payment without request_id")
        # labels
        if ln["label"] == "legit":
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                err(where + ": legit line must be scam_type null / allow")
            if ln["phase"] == "test" and not (ln["note"].startswith("Routine: ") or ln["note"].startswith("Hard negative: ")):
                err(where + ": legit test note prefix")
        elif ln["label"] == "scam":
            if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block") or ln["phase"] != "test":
                err(where + ": scam line fields")
            if ln["note"].startswith("Routine:") or ln["note"].startswith("Hard negative:"):
                err(where + ": scam note prefix")
        else:
            err(where + ": label")
        if ln["phase"] == "history":
            if ln["label"] != "legit" or ln["outcome"] != "executed" or ln["signals"] != []:
                err(where + ": history line fields")
        bad = [s for s in ln["signals"] if s not in VOCAB]
        if bad:
            err("%s: unknown signals %s" % (where, bad))
        if len(set(ln["signals"])) != len(ln["signals"]):
            err(where + ": repeated signal")
        if not ln["note"] or not ln["note"].endswith("."):
            err(where + ": note must be one sentence")
        # body
        if ln["kind"] == "payment":
            check_payment(ln, where)
        else:
            check_order(ln, where)
        # phones
        found = []
        phones_in(ln["request"], found)
        for p in found:
            if p.startswith("1") and not MOBILE_OK.match(p):
                err("%s: mobile %s outside 1(96|97|98)0000xxxx" % (where, p))
            if p.startswith("0") and not LAND_OK.match(p):
                err("%s: landline %s not area-0000xxx" % (where, p))

    # per tenant: id numbering, phases, chronology, vendor master, customers, invoices
    for t, tl in per_tenant.items():
        phases = [ln["phase"] for ln in tl]
        if "history" in phases[phases.index("test"):] if "test" in phases else False:
            err(t + ": history line after a test line")
        hn = [ln for ln in tl if ln["phase"] == "history"]
        tn = [ln for ln in tl if ln["phase"] == "test"]
        for pre, grp in (("h", hn), ("t", tn)):
            for i, ln in enumerate(grp, 1):
                if ln["id"] != "%s-%s%03d" % (t, pre, i):
                    err("%s: id out of sequence" % ln["id"])
        prev = None
        for ln in tl:
            dt = line_ts(ln)
            if prev and dt < prev:
                err("%s: not chronological" % ln["id"])
            prev = dt
            if dt.date() in AVOID_DATES:
                err("%s: placed on a make-up working day" % ln["id"])
        if not 13 <= len(hn) <= 15:
            err("%s: %d history lines" % (t, len(hn)))
        if not 34 <= len(tn) <= 37:
            err("%s: %d test lines" % (t, len(tn)))
        payers = {ln["request"]["payer"]["account_no"] for ln in tl if ln["kind"] == "payment"}
        if len(payers) != 1:
            err(t + ": more than one payer account")
        vend = {}
        for ln in tl:
            if ln["kind"] != "payment":
                continue
            r = ln["request"]
            vid = r["payee"]["vendor_id"]
            if not vid:
                continue
            acc, chg = r["payee"]["account_no"], r["payee_account_changed_at"]
            if vid in vend:
                pacc, pchg, pts = vend[vid]
                if acc == pacc and chg != pchg:
                    err("%s: vendor %s same account, different change date" % (ln["id"], vid))
                if acc != pacc:
                    if not chg or parse_ts(chg) <= pts:
                        err("%s: vendor %s account changed without a later change date" % (ln["id"], vid))
            vend[vid] = (acc, chg, parse_ts(r["submitted_at"]))
        custs = {}
        for ln in tl:
            if ln["kind"] == "order" and ln["request"]["customer"]["customer_id"]:
                c = ln["request"]["customer"]
                key = (c["name"], c["credit_code"])
                if custs.setdefault(c["customer_id"], key) != key:
                    err("%s: customer_id %s with different name/code" % (ln["id"], c["customer_id"]))
        seen_inv = set()
        for ln in tn:
            if ln["kind"] == "payment" and ln["request"]["related"]["invoice_no"]:
                inv = ln["request"]["related"]["invoice_no"]
                if inv in seen_inv:
                    err("%s: invoice repeated among test lines" % ln["id"])
                seen_inv.add(inv)
                if inv in CTX.paid_invoices[t] and not (ln["label"] == "scam" and ln["scam_type"] == "fake_invoice"):
                    err("%s: reuses a paid invoice but is not a fake_invoice scam" % ln["id"])
        hinv = [ln["request"]["related"]["invoice_no"] for ln in hn
                if ln["kind"] == "payment" and ln["request"]["related"]["invoice_no"]]
        if len(hinv) != len(set(hinv)):
            err(t + ": repeated invoice in history")
        for ln in tl:
            r = ln["request"]
            if ln["kind"] == "payment" and r["related"]["order_id"] and (t, r["related"]["order_id"]) not in CTX.orders:
                err("%s: related.order_id not an order of this tenant" % ln["id"])

    # structural signals and block reasons on test lines
    for ln in lines:
        if ln["phase"] != "test":
            continue
        want = set(structural(ln, CTX))
        pool = STRUCT_PAY if ln["kind"] == "payment" else STRUCT_ORD
        have = {s for s in ln["signals"] if s in pool}
        other = {s for s in ln["signals"] if s in set(STRUCT_PAY) - set(pool)}
        if have != want or other:
            err("%s: structural signals %s, data says %s" % (ln["id"], sorted(have | other), sorted(want)))
        reasons = block_reasons(ln, CTX)
        if ln["expect"] == "block" and not reasons:
            err("%s: expect block but no README block condition in the data" % ln["id"])
        if ln["expect"] != "block" and reasons:
            err("%s: expect %s but data meets block condition(s) %s" % (ln["id"], ln["expect"], reasons))
        if ln["note"].startswith("Routine: ") and ln["signals"]:
            err("%s: routine line carries signals" % ln["id"])
        if ln["note"].startswith("Hard negative: ") and not ln["signals"]:
            err("%s: hard negative names no shared surface" % ln["id"])

    # composition
    test = [ln for ln in lines if ln["phase"] == "test"]
    hist = [ln for ln in lines if ln["phase"] == "history"]
    scams = [ln for ln in test if ln["label"] == "scam"]
    legit = [ln for ln in test if ln["label"] == "legit"]
    blocks = [ln for ln in scams if ln["expect"] == "block"]
    hard = [ln for ln in legit if ln["note"].startswith("Hard negative: ")]
    evasion = [ln for ln in test if any(s.startswith("evasion_") for s in ln["signals"])]
    if not 40 <= len(hist) <= 45:
        err("history lines %d" % len(hist))
    if not 100 <= len(test) <= 110:
        err("test lines %d" % len(test))
    if not 0.37 <= len(scams) / len(test) <= 0.43:
        err("scam share %.2f" % (len(scams) / len(test)))
    if not 25 <= len(blocks) <= 30:
        err("block lines %d" % len(blocks))
    cnt = Counter(ln["scam_type"] for ln in scams)
    for st in SCAM_TYPES:
        if cnt[st] < 2:
            err("scam type %s has %d lines" % (st, cnt[st]))
    if not 0.60 <= len(hard) / len(legit) <= 0.72:
        err("hard-negative share %.2f" % (len(hard) / len(legit)))
    if not 8 <= len(evasion) <= 10 or sum(1 for ln in evasion if ln["label"] == "legit") < 2:
        err("evasion lines %d" % len(evasion))
    if not any(ln["note"].startswith("Structural only: ") for ln in scams):
        err("no structural-only scam")

    if ERRORS:
        for e in ERRORS:
            print("FAIL:", e)
        print("%d failure(s)" % len(ERRORS))
        return 1
    print("OK: %d lines (%d history, %d test); scams %d (flag %d, block %d); legit %d "
          "(routine %d, hard negatives %d); evasion lines %d"
          % (len(lines), len(hist), len(test), len(scams), len(scams) - len(blocks), len(blocks),
             len(legit), len(legit) - len(hard), len(hard), len(evasion)))
    for st in SCAM_TYPES:
        f = sum(1 for ln in scams if ln["scam_type"] == st and ln["expect"] == "flag")
        b = sum(1 for ln in scams if ln["scam_type"] == st and ln["expect"] == "block")
        print("  %-24s flag %d  block %d" % (st, f, b))
    return 0


CTX = None

if __name__ == "__main__":
    sys.exit(main())
