"""Independent re-check of ../holdout48.jsonl (standard library only).

Exits non-zero on any failure. Does not import the generator: every rule is re-implemented
here from the corpus README (format, structural signals, expect: block conditions).

Usage: cd gen && python3 validate.py [path]
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "holdout48.jsonl")

TENANTS = ["jianzhu", "shijian", "gongcheng"]
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
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
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction
new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe
boss_role deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof
refund_to_other_account refund_words overpayment account_change_words personal_account_pretext
account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch
lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional
evasion_pinyin evasion_homophone evasion_symbols
""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

# Public holidays (off-hours) in the corpus period: Qingming, Labour Day, Dragon Boat 2026.
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}

CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MONEY = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE_OK = re.compile(r"^1(76|77|78)0000\d{4}$")
RE_LAND_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<![\d-])1\d{10}(?!\d)")
RE_LAND_ANY = re.compile(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)")

# ---------------------------------------------------------------- text normalisation
T2S = {"賬": "账", "帳": "账", "還": "还", "錢": "钱", "餘": "余", "額": "额", "戶": "户", "過": "过",
       "驗": "验", "資": "资", "凍": "冻", "轉": "转", "證": "证", "發": "发", "開": "开", "會": "会",
       "單": "单", "筆": "笔", "馬": "马", "給": "给", "補": "补", "邊": "边", "寶": "宝", "燈": "灯",
       "飾": "饰", "層": "层", "於": "于", "簽": "签", "業": "业", "務": "务", "裝": "装", "楊": "杨",
       "計": "计", "貨": "货", "趙": "赵", "國": "国", "棟": "栋", "麗": "丽", "結": "结", "續": "续",
       "們": "们", "萬": "万", "請": "请", "依": "依", "經": "经", "護": "护", "話": "话", "電": "电",
       "圖": "图", "麼": "么", "這": "这", "專": "专", "聯": "联", "約": "约", "據": "据", "頭": "头",
       "總": "总", "議": "议", "爲": "为", "為": "为", "費": "费", "員": "员", "恆": "恒", "頁": "页"}
T2S_TABLE = str.maketrans(T2S)
TRAD_CHARS = set(k for k, v in T2S.items() if k != v)
HOMOPHONE = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("威信", "微信"), ("薇信", "微信"),
             ("保正金", "保证金"), ("压金", "押金")]
PINYIN = [("aqzh", "安全账户"), ("dgzh", "对公账户"), ("sls", "刷流水"), ("bzj", "保证金"),
          ("yhk", "银行卡"), ("yzm", "验证码"), ("zfb", "支付宝"), ("gjf", "公检法")]
MIXED = [("垫fu", "垫付"), ("bao证金", "保证金"), ("保zj", "保证金"), ("zhuan账", "转账")]
SEPARATORS = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]")
ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]")


def views(text):
    """Normal and compact views of a text (NFKC, zero-width removal, t2s, lower-case, maps)."""
    s = unicodedata.normalize("NFKC", text or "")
    s = ZERO_WIDTH.sub("", s).translate(T2S_TABLE).lower()
    compact = SEPARATORS.sub("", s)
    out = []
    for v in (s, compact):
        for a, b in HOMOPHONE + MIXED:
            v = v.replace(a, b)
        for a, b in PINYIN:
            v = re.sub(r"(?<![a-z])" + a + r"(?![a-z])", b, v)
        out.append(v)
    return out


def has_any(text, words):
    vs = views(text)
    return any(w in v for v in vs for w in words)


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "过账", "借用公户", "借用对公账户", "借用账户", "借你们公户", "借你们公司账户",
              "借个对公账户", "刷流水", "走流水", "做流水", "过一下账", "走一下账", "邮寄u盾", "u盾寄"]
BALANCE_WORDS = ["余额", "可用资金", "账上还有", "还有多少钱", "资金情况", "能动用"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现", "连单", "卡单", "佣金"]
PENDING_WORDS = ["未到账", "未查到", "尚未到账", "截图", "处理中", "延迟"]
CLEARED_MARK = "银行回单确认到账"


# ---------------------------------------------------------------- helpers
def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def is_off_hours(ts):
    t = parse_ts(ts)
    return t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def uscc_ok(code):
    if len(code) != 18 or any(c not in CS for c in code):
        return False
    s = sum(CS.index(c) * w for c, w in zip(code[:17], WEIGHTS))
    c = 31 - s % 31
    return CS[0 if c == 31 else c] == code[17]


def pay_text(r):
    return "\n".join([r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""])


def order_text(r):
    return "\n".join([r.get("notes") or "", r.get("payment_terms") or ""])


class Ctx:
    """Per-tenant history built from the file itself (history lines only, file order)."""

    def __init__(self, lines):
        self.hist_accounts = {}
        self.hist_invoices = {}
        self.orders = {}
        for ln in lines:
            t = ln["tenant"]
            self.hist_accounts.setdefault(t, set())
            self.hist_invoices.setdefault(t, set())
            self.orders.setdefault(t, {})
            r = ln["request"]
            if ln["kind"] == "order":
                self.orders[t][r["record_id"]] = r
            if ln["phase"] == "history" and ln["kind"] == "payment":
                self.hist_accounts[t].add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    self.hist_invoices[t].add(r["related"]["invoice_no"])


CTX = None


def expected_structural(line, ctx):
    r = line["request"]
    t = line["tenant"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in ctx.hist_accounts[t]:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        if r["payee_account_changed_at"]:
            days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
            out.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.hist_invoices[t]:
            out.add("duplicate_invoice")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
    if is_off_hours(when(line)):
        out.add("off_hours")
    return out


def block_reasons(line, ctx=None):
    """Which `expect: block` conditions of the corpus README the line's data meets."""
    ctx = ctx or CTX
    r = line["request"]
    t = line["tenant"]
    reasons = []
    if line["kind"] == "payment":
        text = pay_text(r)
        first_time = r["payee"]["account_no"] not in ctx.hist_accounts[t]
        personal = r["payee"]["account_type"] == "personal"
        # 1. safe / national / supervised account, fund verification
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        # 2. lending the company account / passing money through it
        if has_any(text, LEND_WORDS):
            reasons.append("account_lending")
        # 3. refund to another account or before the money cleared
        if "退" in (r["purpose"] or ""):
            m = re.search(r"来款账户[:：]\s*(\d{16,19})", r["instruction"]["text"] or "")
            same = bool(m) and m.group(1) == r["payee"]["account_no"] and "已到账" in text
            if not same or has_any(text, PENDING_WORDS):
                reasons.append("refund_other_or_uncleared")
        # 4. paying a customer-designated supplier before the customer's money cleared
        oid = r["related"]["order_id"]
        if oid and oid in ctx.orders[t]:
            o = ctx.orders[t][oid]
            tp = o["third_party"]
            if tp and tp["role"] == "designated_supplier" and tp["name"] == r["payee"]["name"] \
                    and CLEARED_MARK not in (o["notes"] or ""):
                reasons.append("designated_supplier_before_funds")
        # 5. first meaningful payment to a supplier account changed within 30 days
        if r["payee"]["vendor_id"] and r["payee_account_changed_at"] and first_time \
                and Decimal(r["amount"]) >= Decimal("1000.00"):
            days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
            if 0 <= days <= 30:
                reasons.append("recent_account_change_first_payment")
        # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first_time \
                and has_any(r["instruction"]["text"], BALANCE_WORDS):
            reasons.append("boss_im_balance_probe")
        # 7. personal payee + task/top-up/rebate/unfreezing/capital-verification words
        if personal and has_any(text, TASK_WORDS):
            reasons.append("personal_task_words")
        # 8. invoice already paid
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.hist_invoices[t]:
            reasons.append("invoice_already_paid")
        # 9. salary to a non-employee account or several employees to one account
        if "工资" in (r["purpose"] or "") and personal:
            m = re.search(r"（(\d+)人", r["memo"] or "")
            e = re.search(r"员工[:：]([^）)，,]+)", r["memo"] or "")
            if m and int(m.group(1)) >= 2:
                reasons.append("salary_shared_account")
            elif e and e.group(1).strip() != r["payee"]["name"]:
                reasons.append("salary_not_employee")
    else:
        text = order_text(r)
        tp = r["third_party"]
        if has_any(text, SAFE_WORDS):
            reasons.append("safe_account")
        if has_any(text, LEND_WORDS) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and has_any(r["notes"], ["截图"]):
            reasons.append("designated_supplier_screenshot")
    return reasons


# ---------------------------------------------------------------- checks
class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def keys(self, where, d, expected, optional=()):
        ks = list(d.keys())
        base = [k for k in ks if k not in optional]
        if base != expected:
            self.err(where, f"key order {ks} != {expected}")
        for k in ks:
            if k not in expected and k not in optional:
                self.err(where, f"unknown key {k}")

    def money(self, where, v):
        if not isinstance(v, str) or not RE_MONEY.match(v):
            self.err(where, f"amount not a 2-dp string: {v!r}")

    def ts(self, where, v):
        if not isinstance(v, str) or not RE_TS.match(v):
            self.err(where, f"timestamp not RFC 3339 +08:00: {v!r}")
            return
        try:
            parse_ts(v)
        except ValueError:
            self.err(where, f"bad timestamp {v!r}")

    def acct(self, where, v):
        if not isinstance(v, str) or not RE_ACCT.match(v):
            self.err(where, f"account number not 16-19 digits: {v!r}")

    def phone(self, where, v):
        if v is None:
            return
        if not (RE_MOBILE_OK.match(v) or RE_LAND_OK.match(v)):
            self.err(where, f"phone not in the fictitious patterns: {v!r}")


def main():
    global CTX
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    ck = Checker()
    raw = open(path, encoding="utf-8").read()
    if not raw.endswith("\n"):
        ck.err("file", "no trailing newline")
    lines = []
    for i, s in enumerate(raw.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            ck.err(f"line {i}", f"invalid JSON: {e}")
    if ck.errors:
        report(ck)
    CTX = Ctx(lines)

    ids, rids = set(), set()
    seen_tenants = []
    state = {}
    vendor_acct = {}
    known_customers = {}
    counts = {}
    for ln in lines:
        lid = ln.get("id", "?")
        phase = ln.get("phase")
        ck.keys(lid, ln, LINE_KEYS_H if phase == "history" else LINE_KEYS_T)
        t = ln["tenant"]
        if t not in TENANTS:
            ck.err(lid, f"unknown tenant {t}")
        if not seen_tenants or seen_tenants[-1] != t:
            if t in seen_tenants:
                ck.err(lid, "tenant lines not grouped")
            seen_tenants.append(t)
            state[t] = {"phase": "history", "last": None, "h": 0, "t": 0}
        st = state[t]
        # ids
        if lid in ids:
            ck.err(lid, "duplicate id")
        ids.add(lid)
        if phase == "history":
            if st["phase"] == "test":
                ck.err(lid, "history line after a test line")
            st["h"] += 1
            if lid != f"{t}-h{st['h']:03d}":
                ck.err(lid, "id not sequential")
        elif phase == "test":
            st["phase"] = "test"
            st["t"] += 1
            if lid != f"{t}-t{st['t']:03d}":
                ck.err(lid, "id not sequential")
        else:
            ck.err(lid, f"bad phase {phase}")
        # labels
        if ln["label"] == "legit":
            if ln["scam_type"] is not None or ln["expect"] != "allow":
                ck.err(lid, "legit line must have scam_type null and expect allow")
        elif ln["label"] == "scam":
            if ln["scam_type"] not in SCAM_TYPES or ln["expect"] not in ("flag", "block"):
                ck.err(lid, "scam line needs a valid scam_type and expect flag/block")
            if phase != "test":
                ck.err(lid, "scam in history")
        else:
            ck.err(lid, "bad label")
        if phase == "history":
            if ln["outcome"] != "executed":
                ck.err(lid, "history outcome must be executed")
            if ln["signals"]:
                ck.err(lid, "history lines carry no signals")
        note = ln["note"]
        if not isinstance(note, str) or not note.strip():
            ck.err(lid, "empty note")
        if phase == "test" and ln["label"] == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
            ck.err(lid, "legit test note must start with Routine: or Hard negative:")
        if ln["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
            ck.err(lid, "scam note with a legit prefix")
        for s in ln["signals"]:
            if s not in VOCAB:
                ck.err(lid, f"signal {s} not in README vocabulary")
        if len(set(ln["signals"])) != len(ln["signals"]):
            ck.err(lid, "duplicate signal")
        # request
        r = ln["request"]
        kind = ln["kind"]
        if kind == "payment":
            ck.keys(lid + ".request", r, PAY_KEYS, optional=("verification",))
            if "verification" in r and list(r.keys())[-1] != "verification":
                ck.err(lid, "verification must be the last key")
            rid = r["request_id"]
            ck.ts(lid + ".submitted_at", r["submitted_at"])
            ck.keys(lid + ".payer", r["payer"], PAYER_KEYS)
            ck.acct(lid + ".payer.account_no", r["payer"]["account_no"])
            ck.keys(lid + ".payee", r["payee"], PAYEE_KEYS)
            ck.acct(lid + ".payee.account_no", r["payee"]["account_no"])
            if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                ck.err(lid, "bad account_type")
            ck.phone(lid + ".payee.phone", r["payee"]["phone"])
            ck.money(lid + ".amount", r["amount"])
            if r["currency"] != "CNY":
                ck.err(lid, "currency")
            ck.keys(lid + ".instruction", r["instruction"], INSTR_KEYS)
            if r["instruction"]["channel"] not in CHANNELS:
                ck.err(lid, "bad channel")
            if not isinstance(r["instruction"]["urgent"], bool):
                ck.err(lid, "urgent must be bool")
            if not isinstance(r["approved_by"], list):
                ck.err(lid, "approved_by must be a list")
            if r["requested_by"] in r["approved_by"]:
                ck.err(lid, "requester approves own request")
            ck.keys(lid + ".related", r["related"], REL_KEYS)
            if r["payee_account_changed_at"] is not None:
                ck.ts(lid + ".payee_account_changed_at", r["payee_account_changed_at"])
                if parse_ts(r["payee_account_changed_at"]) >= parse_ts(r["submitted_at"]):
                    ck.err(lid, "account change after submission")
            if "verification" in r:
                v = r["verification"]
                ck.keys(lid + ".verification", v, VERIF_KEYS)
                ck.ts(lid + ".verification.verified_at", v["verified_at"])
                ck.phone(lid + ".verification.callback_number", v["callback_number"])
            m = re.search(r"来款账户[:：]\s*(\d+)", r["instruction"]["text"] or "")
            if m:
                ck.acct(lid + ".来款账户", m.group(1))
            # vendor-master consistency
            vid = r["payee"]["vendor_id"]
            if vid:
                key = (t, vid)
                prev = vendor_acct.get(key)
                if prev and prev != r["payee"]["account_no"] and not r["payee_account_changed_at"]:
                    ck.err(lid, f"vendor {vid} account differs from history without payee_account_changed_at")
                if phase == "history":
                    vendor_acct[key] = r["payee"]["account_no"]
            # salary memo convention for personal payees
            if "工资" in (r["purpose"] or "") and r["payee"]["account_type"] == "personal":
                if not (re.search(r"（\d+人", r["memo"]) or re.search(r"员工[:：]", r["memo"])):
                    ck.err(lid, "personal salary memo must name the employee (员工：X) or the head count (N人)")
            if "退" in (r["purpose"] or "") and "来款账户" not in (r["instruction"]["text"] or ""):
                ck.err(lid, "refund payment must state the 来款账户")
        elif kind == "order":
            ck.keys(lid + ".request", r, ORD_KEYS)
            rid = r["record_id"]
            ck.ts(lid + ".received_at", r["received_at"])
            c = r["customer"]
            ck.keys(lid + ".customer", c, CUST_KEYS)
            if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                ck.err(lid, f"invalid credit code {c['credit_code']}")
            ck.phone(lid + ".customer.phone", c["phone"])
            if c["customer_id"] is not None:
                if phase == "history":
                    known_customers[(t, c["customer_id"])] = c["name"]
                elif known_customers.get((t, c["customer_id"])) != c["name"]:
                    ck.err(lid, "established customer_id not seen in history with this name")
            total = Decimal("0")
            for j, it in enumerate(r["items"]):
                ck.keys(f"{lid}.items[{j}]", it, ITEM_KEYS)
                if not RE_QTY.match(it["quantity"]):
                    ck.err(lid, f"quantity not a decimal string {it['quantity']!r}")
                ck.money(f"{lid}.items[{j}].unit_price", it["unit_price"])
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            ck.money(lid + ".total_amount", r["total_amount"])
            if Decimal(r["total_amount"]) != total:
                ck.err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
            if r["currency"] != "CNY":
                ck.err(lid, "currency")
            ck.keys(lid + ".delivery", r["delivery"], DELIV_KEYS)
            if not RE_DATE.match(r["delivery"]["deadline"]):
                ck.err(lid, "deadline not YYYY-MM-DD")
            if r["third_party"] is not None:
                ck.keys(lid + ".third_party", r["third_party"], TP_KEYS)
                if r["third_party"]["role"] not in TP_ROLES:
                    ck.err(lid, "bad third_party role")
                ck.money(lid + ".third_party.amount", r["third_party"]["amount"])
                ck.phone(lid + ".third_party.contact", r["third_party"]["contact"])
            if not isinstance(r["fees_requested"], list):
                ck.err(lid, "fees_requested must be a list")
            for j, f in enumerate(r["fees_requested"]):
                ck.keys(f"{lid}.fees_requested[{j}]", f, FEE_KEYS)
                ck.money(f"{lid}.fees_requested[{j}].amount", f["amount"])
        else:
            ck.err(lid, f"bad kind {kind}")
            continue
        if rid in rids:
            ck.err(lid, f"duplicate request id {rid}")
        rids.add(rid)
        # phone numbers anywhere in the request
        blob = json.dumps(r, ensure_ascii=False)
        for mnum in RE_MOBILE_ANY.findall(blob):
            if not RE_MOBILE_OK.match(mnum):
                ck.err(lid, f"mobile {mnum} not 1XX0000xxxx with XX in 76/77/78")
        for lnum in RE_LAND_ANY.findall(blob):
            if not RE_LAND_OK.match(lnum):
                ck.err(lid, f"landline {lnum} not area-0000xxx")
        # chronology
        w = parse_ts(when(ln))
        if st["last"] and w < st["last"]:
            ck.err(lid, "not in chronological order")
        st["last"] = w
        # structural signals (test lines) exact
        if phase == "test":
            exp = expected_structural(ln, CTX)
            got = set(s for s in ln["signals"] if s in STRUCTURAL)
            if exp != got:
                ck.err(lid, f"structural signals {sorted(got)} != data {sorted(exp)}")
            # evasion signals must be visible in the text
            txt = pay_text(r) if kind == "payment" else order_text(r) + "\n" + (r["customer"]["name"] or "")
            fw = bool(re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", txt))
            if fw != ("evasion_fullwidth" in ln["signals"]):
                ck.err(lid, "full-width letters/digits present iff evasion_fullwidth")
            tr = any(ch in TRAD_CHARS for ch in txt)
            if tr != ("evasion_traditional" in ln["signals"]):
                ck.err(lid, "traditional characters present iff evasion_traditional")
            if "evasion_spacing" in ln["signals"] and not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", txt):
                ck.err(lid, "evasion_spacing without spaced characters")
            if "evasion_symbols" in ln["signals"] and not re.search(r"[\u4e00-\u9fff][/\-.·*~|][\u4e00-\u9fff]", txt):
                ck.err(lid, "evasion_symbols without a symbol between characters")
            if "evasion_pinyin" in ln["signals"] and not re.search(r"(?<![a-z])[a-z]{3,4}(?![a-z])", txt):
                ck.err(lid, "evasion_pinyin without an initialism")
            if "evasion_homophone" in ln["signals"] and not any(a in txt for a, _ in HOMOPHONE + MIXED):
                ck.err(lid, "evasion_homophone without a known homophone")
            # block reasons
            reasons = block_reasons(ln, CTX)
            if ln["expect"] == "block" and not reasons:
                ck.err(lid, "expect block but no README block condition met in the data")
            if ln["expect"] != "block" and reasons:
                ck.err(lid, f"expect {ln['expect']} but data meets block condition(s) {reasons}")
        # counts
        c = counts.setdefault(t, {"history": 0, "test": 0})
        c[phase] += 1

    # ------------------------------------------------ composition
    if seen_tenants != TENANTS:
        ck.err("file", f"tenants {seen_tenants} != {TENANTS}")
    for t, c in counts.items():
        if not 13 <= c["history"] <= 15:
            ck.err(t, f"{c['history']} history lines (13-15)")
        if not 34 <= c["test"] <= 37:
            ck.err(t, f"{c['test']} test lines (34-37)")
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    blocks = [l for l in scams if l["expect"] == "block"]
    hard = [l for l in legit if l["note"].startswith("Hard negative:")]
    evasion = [l for l in test if any(s.startswith("evasion_") for s in l["signals"])]
    if not 40 <= len(hist) <= 45:
        ck.err("file", f"{len(hist)} history lines (40-45)")
    if not 100 <= len(test) <= 110:
        ck.err("file", f"{len(test)} test lines (100-110)")
    share = len(scams) / len(test)
    if not 0.35 <= share <= 0.45:
        ck.err("file", f"scam share {share:.2f} not about 40%")
    for st_ in SCAM_TYPES:
        n = sum(1 for l in scams if l["scam_type"] == st_)
        if n < 2:
            ck.err("file", f"scam type {st_} has {n} lines (< 2)")
    if not 25 <= len(blocks) <= 30:
        ck.err("file", f"{len(blocks)} expect:block lines (25-30)")
    if not 0.6 <= len(hard) / len(legit) <= 0.72:
        ck.err("file", f"hard negatives {len(hard)}/{len(legit)} not about two thirds")
    if not 8 <= len(evasion) <= 10:
        ck.err("file", f"{len(evasion)} evasion lines (8-10)")
    if sum(1 for l in evasion if l["label"] == "legit") < 2:
        ck.err("file", "fewer than two legitimate evasion lines")
    if not any(l["note"].startswith("Structural only:") for l in scams):
        ck.err("file", "no Structural only scam")

    report(ck, summary=(len(hist), len(test), len(scams), len(blocks), len(legit), len(hard), len(evasion)))


def report(ck, summary=None):
    if ck.errors:
        for e in ck.errors:
            print("FAIL", e)
        print(f"{len(ck.errors)} failure(s)")
        sys.exit(1)
    h, t, s, b, l, hn, ev = summary
    print(f"OK: {h} history, {t} test; scams {s} (flag {s - b}, block {b}); "
          f"legit {l} (routine {l - hn}, hard negatives {hn}); evasion lines {ev}")


if __name__ == "__main__":
    main()
