#!/usr/bin/env python3
"""Independent re-check of ../holdout44.jsonl. Standard library only; does not import build.py or the data files.
Exits non-zero on any failure. `block_reasons(line)` recomputes, from the data alone, which `expect: block`
condition of the corpus README a line meets."""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout44.jsonl")

TOP_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
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

SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment account_change_words
personal_account_pretext account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control new_customer large_first_order
credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch lookalike_company
institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1(63|64|65)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
PHONEISH_RE = re.compile(r"^[\d-]{7,}$")
MOBILE_IN_TEXT = re.compile(r"(?<!\d)1\d{10}(?!\d)")
LANDLINE_IN_TEXT = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

# Business hours 10:00-20:00 Beijing time on working days; these 2026 public holidays are off-hours all day.
HOLIDAYS = {date(2026, 5, d) for d in range(1, 6)} | {date(2026, 6, 19), date(2026, 6, 20), date(2026, 6, 21)}
RECENT_DAYS = 30
MEANINGFUL = Decimal("5000.00")

# ---------------------------------------------------------------- text normalisation (for block reasons)
TRAD = dict(zip(
    "帳賬戶過證轉監資驗凍結國單務餘額錢總還請該貴現須將應湯問題畢許則貳萬閉於謝繳約為門時員費買賣貨匯對開發們個這會給關號碼銀紙體違規隊涉醫護協議處頭條聯絡讓離職補貼領",
    "账账户过证转监资验冻结国单务余额钱总还请该贵现须将应汤问题毕许则贰万闭于谢缴约为门时员费买卖货汇对开发们个这会给关号码银纸体违规队涉医护协议处头条联络让离职补贴领"))
TRAD["帐"] = "账"
PHRASES = [("唰单", "刷单"), ("s单", "刷单"), ("刷dan", "刷单"), ("返力", "返利"), ("反利", "返利"), ("冲值", "充值"),
           ("验zi", "验资"), ("解dong", "解冻"), ("保正金", "保证金"), ("保症金", "保证金"), ("压金", "押金"),
           ("bao证金", "保证金"), ("zou账", "走账"), ("guo账", "过账")]
INITIALS = {"aqzh": "安全账户", "dgzh": "对公账户", "bzj": "保证金", "sls": "刷流水", "yhk": "银行卡",
            "zfb": "支付宝", "yzm": "验证码", "gjf": "公检法"}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = "".join(TRAD.get(c, c) for c in s)
    for a, b in PHRASES:
        s = s.replace(a, b)
    for a, b in INITIALS.items():
        s = re.sub(rf"(?<![a-z0-9]){a}(?![a-z0-9])", b, s)
    return s


def compact(s):
    """Normalised text with whitespace, punctuation and symbols (emoji included) removed."""
    return "".join(c for c in norm(s) if not c.isspace() and unicodedata.category(c)[0] not in "PSZ")


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_WORDS = ["走账", "走一下账", "过账", "过一下账", "借用公户", "借用对公账户", "刷流水", "邮寄u盾", "出租账户"]
LENDING_RE = re.compile(r"借用.{0,4}(公户|对公账户|账户)")
NOT_CLEARED = ["截图", "处理中", "未到账", "未查到", "明天到", "延迟到账", "以实际到账为准", "24小时到账"]
DESIGNATED = ["指定", "代购", "代采", "垫付", "一起结", "一并结"]
PAY_FIRST = ["先付", "先垫", "垫付", "先打", "先转给"]
BALANCE = ["余额", "还有多少钱", "账上还有多少", "账上有多少", "可用资金", "资金情况"]
BOSS_RE = re.compile(r"[\u4e00-\u9fff]总|老板|董事长|总经理|领导")
TASK_WORDS = ["任务", "刷单", "返利", "返现", "充值", "解冻", "验资"]
ORIG_ACCT_RE = re.compile(r"原(?:付款|缴款)账户[:：]?\s*(\d{16,19})")
HEADCOUNT_RE = re.compile(r"[（(](\d+)人[）)]")
EMPLOYEE_RE = re.compile(r"员工[:：]([^）)]+)[）)]")


def parse_ts(s):
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


def is_off_hours(s):
    t = parse_ts(s)
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


class Ctx:
    """Per-tenant history facts, built from history lines only (test lines never enter the history)."""

    def __init__(self):
        self.paid_accounts = set()
        self.paid_invoices = set()


def pay_text(r):
    return " ".join(x or "" for x in (r.get("purpose"), r.get("memo"), (r.get("instruction") or {}).get("text")))


def first_time(r, ctx):
    return r["payee"]["account_no"] not in ctx.paid_accounts


def change_age_days(r):
    ch = r.get("payee_account_changed_at")
    if not ch:
        return None
    return (parse_ts(r["submitted_at"]) - parse_ts(ch)) / timedelta(days=1)


def block_reasons(line, ctx=None):
    """Which README `expect: block` conditions the data of `line` meets (list of short reason names)."""
    ctx = ctx or Ctx()
    r, reasons = line["request"], []
    if line["kind"] == "payment":
        text = pay_text(r)
        c = compact(text)
        payee = r["payee"]
        if any(w in c for w in SAFE_WORDS):
            reasons.append("safe_account_transfer")
        if any(w in c for w in LENDING_WORDS) or LENDING_RE.search(c):
            reasons.append("account_lending")
        if "退" in (r.get("purpose") or ""):
            origs = ORIG_ACCT_RE.findall(unicodedata.normalize("NFKC", text))
            if any(o != payee["account_no"] for o in origs) or any(w in c for w in NOT_CLEARED):
                reasons.append("refund_other_account_or_uncleared")
        if (r["related"]["order_id"] and first_time(r, ctx) and any(w in c for w in DESIGNATED)
                and any(w in c for w in NOT_CLEARED)):
            reasons.append("designated_supplier_before_funds")
        age = change_age_days(r)
        if (payee.get("vendor_id") and age is not None and 0 <= age <= RECENT_DAYS and first_time(r, ctx)
                and Decimal(r["amount"]) >= MEANINGFUL):
            reasons.append("first_payment_recently_changed_account")
        instr = r.get("instruction") or {}
        if (instr.get("channel") in ("im", "email") and not r.get("approved_by") and first_time(r, ctx)
                and any(w in c for w in BALANCE) and BOSS_RE.search(c)):
            reasons.append("boss_im_balance_probe_new_payee")
        if payee["account_type"] == "personal" and any(w in c for w in TASK_WORDS):
            reasons.append("personal_account_task_words")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.paid_invoices:
            reasons.append("invoice_already_paid")
        if "工资" in (r.get("purpose") or "") and payee["account_type"] == "personal":
            memo = unicodedata.normalize("NFKC", r.get("memo") or "")
            heads = [int(n) for n in HEADCOUNT_RE.findall(memo)]
            names = EMPLOYEE_RE.findall(memo)
            if any(n >= 2 for n in heads) or any(n.strip() != payee["name"] for n in names):
                reasons.append("salary_to_non_employee_or_shared")
    else:
        tp = r.get("third_party") or {}
        c = compact(" ".join(x or "" for x in (r.get("notes"), r.get("payment_terms"))))
        if tp.get("role") == "refund_recipient":
            reasons.append("refund_other_account_or_uncleared")
        elif "退" in c and any(w in c for w in ("多打", "多转", "多付")) and any(w in c for w in NOT_CLEARED):
            reasons.append("refund_other_account_or_uncleared")
        if tp.get("role") == "designated_supplier" and any(w in c for w in PAY_FIRST) and any(w in c for w in NOT_CLEARED):
            reasons.append("designated_supplier_before_funds")
        if any(w in c for w in SAFE_WORDS):
            reasons.append("safe_account_transfer")
        if any(w in c for w in LENDING_WORDS) or LENDING_RE.search(c):
            reasons.append("account_lending")
    return reasons


def structural_signals(line, ctx):
    r, out = line["request"], set()
    if line["kind"] == "payment":
        if first_time(r, ctx):
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r.get("approved_by"):
            out.add("no_approval")
        age = change_age_days(r)
        if age is not None:
            out.add("account_changed_recent" if age <= RECENT_DAYS else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.paid_invoices:
            out.add("duplicate_invoice")
        if is_off_hours(r["submitted_at"]):
            out.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
        if is_off_hours(r["received_at"]):
            out.add("off_hours")
    return out


# ---------------------------------------------------------------- format checks
def uscc_ok(code):
    if not re.fullmatch(r"[0-9A-HJ-NP-RTUW-Y]{18}", code or ""):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def phone_ok(p):
    return bool(MOBILE_RE.match(p) or LANDLINE_RE.match(p))


def main():
    errors = []

    def err(lid, msg):
        errors.append(f"{lid}: {msg}")

    raw = open(PATH, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: not UTF-8: {e}")
        return 1
    if not text.endswith("\n"):
        errors.append("file does not end with a newline")
    lines = []
    for n, s in enumerate(text.split("\n")[:-1], 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON: {e}")
    if errors:
        print("\n".join(errors))
        return 1

    ids, req_ids = Counter(l.get("id") for l in lines), Counter()
    for k, v in ids.items():
        if v > 1:
            err(k, "duplicate id")

    # tenant grouping
    order_tenants = []
    for l in lines:
        if not order_tenants or order_tenants[-1] != l["tenant"]:
            order_tenants.append(l["tenant"])
    if len(order_tenants) != len(set(order_tenants)):
        errors.append(f"tenants not contiguous: {order_tenants}")

    ctxs = defaultdict(Ctx)
    last_ts, seen_test, counters = {}, defaultdict(bool), defaultdict(int)
    comp = defaultdict(Counter)
    evasion_lines, reasons_by_line = [], {}

    for l in lines:
        lid, tenant = l.get("id"), l.get("tenant")
        keys = list(l.keys())
        phase = l.get("phase")
        if keys != (TOP_HIST if phase == "history" else TOP_TEST):
            err(lid, f"top-level key order {keys}")
            continue
        if not re.fullmatch(r"(chayun|beiwei|mianxiang|tianmai)", tenant or ""):
            err(lid, f"tenant {tenant}")
        counters[(tenant, phase)] += 1
        if lid != f"{tenant}-{phase[0]}{counters[(tenant, phase)]:03d}":
            err(lid, "id not sequential tenant-hNNN / tenant-tNNN")
        if phase == "history":
            if seen_test[tenant]:
                err(lid, "history line after a test line")
            if (l["label"], l["expect"], l["scam_type"], l["outcome"]) != ("legit", "allow", None, "executed"):
                err(lid, "history line must be legit/allow/null/executed")
            if l["signals"]:
                err(lid, "history lines carry no signals")
        elif phase == "test":
            seen_test[tenant] = True
        else:
            err(lid, f"phase {phase}")
        if l["kind"] not in ("payment", "order"):
            err(lid, f"kind {l['kind']}")
        if l["label"] == "legit":
            if l["expect"] != "allow" or l["scam_type"] is not None:
                err(lid, "legit line must be allow with scam_type null")
        elif l["label"] == "scam":
            if l["expect"] not in ("flag", "block") or l["scam_type"] not in SCAM_TYPES:
                err(lid, "scam line needs flag/block and a known scam_type")
        else:
            err(lid, f"label {l['label']}")
        sig = l["signals"]
        if not isinstance(sig, list) or len(sig) != len(set(sig)) or not set(sig) <= VOCAB:
            err(lid, f"signals not a duplicate-free list from the vocabulary: {sorted(set(sig) - VOCAB)}")
        note = l["note"]
        if not isinstance(note, str) or not note:
            err(lid, "note missing")
        if phase == "test" and l["label"] == "legit" and not (note.startswith("Routine: ") or note.startswith("Hard negative: ")):
            err(lid, "legit test note must start with 'Routine:' or 'Hard negative:'")
        if l["label"] == "scam" and (note.startswith("Routine") or note.startswith("Hard negative")):
            err(lid, "scam note with a legit prefix")

        r = l["request"]
        phones = []
        if l["kind"] == "payment":
            expect_keys = PAY_KEYS + (["verification"] if "verification" in r else [])
            if list(r.keys()) != expect_keys:
                err(lid, f"payment key order {list(r.keys())}")
                continue
            for sub, ks in (("payer", PAYER_KEYS), ("payee", PAYEE_KEYS), ("instruction", INSTR_KEYS), ("related", REL_KEYS)):
                if not isinstance(r[sub], dict) or list(r[sub].keys()) != ks:
                    err(lid, f"{sub} key order")
            if "verification" in r and list(r["verification"].keys()) != VERIF_KEYS:
                err(lid, "verification key order")
            rid, ts_ = r["request_id"], r["submitted_at"]
            for f in ("request_id", "submitted_at", "amount"):
                if not r.get(f):
                    err(lid, f"required {f} missing")
            if not r["payee"].get("name") or not r["payee"].get("account_no"):
                err(lid, "payee name/account required")
            if not MONEY_RE.match(r["amount"]) or Decimal(r["amount"]) <= 0:
                err(lid, f"amount {r['amount']}")
            if r["currency"] != "CNY":
                err(lid, "currency")
            for a in (r["payer"]["account_no"], r["payee"]["account_no"]):
                if not ACCT_RE.match(a or ""):
                    err(lid, f"account number {a}")
            if r["payee"]["account_type"] not in ACCOUNT_TYPES:
                err(lid, "account_type")
            if r["instruction"]["channel"] not in CHANNELS or not isinstance(r["instruction"]["urgent"], bool):
                err(lid, "instruction channel/urgent")
            if r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            for t in [r["payee_account_changed_at"]] + ([r["verification"]["verified_at"]] if "verification" in r else []):
                if t is not None and not TS_RE.match(t):
                    err(lid, f"timestamp {t}")
            if r["payee_account_changed_at"] and r["payee_account_changed_at"] > ts_:
                err(lid, "account change after submission")
            phones += [r["payee"]["phone"]]
            if "verification" in r:
                phones.append(r["verification"]["callback_number"])
            fc = r["instruction"]["from_contact"]
            if fc and PHONEISH_RE.match(fc):
                phones.append(fc)
            texts = [r["memo"], r["purpose"], r["instruction"]["text"]]
        else:
            if list(r.keys()) != ORD_KEYS:
                err(lid, f"order key order {list(r.keys())}")
                continue
            if list(r["customer"].keys()) != CUST_KEYS or list(r["delivery"].keys()) != DELIV_KEYS:
                err(lid, "customer/delivery key order")
            rid, ts_ = r["record_id"], r["received_at"]
            for f in ("record_id", "received_at", "total_amount"):
                if not r.get(f):
                    err(lid, f"required {f} missing")
            if not r["customer"].get("name"):
                err(lid, "customer name required")
            total = Decimal("0")
            for it in r["items"]:
                if list(it.keys()) != ITEM_KEYS:
                    err(lid, "item key order")
                if not QTY_RE.match(it["quantity"]) or not MONEY_RE.match(it["unit_price"]):
                    err(lid, f"item format {it}")
                total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if not MONEY_RE.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
                err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
            if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                err(lid, "currency/channel")
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fe in r["fees_requested"]:
                if list(fe.keys()) != FEE_KEYS or not MONEY_RE.match(fe["amount"]):
                    err(lid, "fee format")
            tp = r["third_party"]
            if tp is not None:
                if list(tp.keys()) != TP_KEYS or tp["role"] not in TP_ROLES or not MONEY_RE.match(tp["amount"]):
                    err(lid, f"third_party {tp}")
                if tp["contact"] and PHONEISH_RE.match(tp["contact"]):
                    phones.append(tp["contact"])
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_ok(cc):
                err(lid, f"invalid credit code {cc}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["delivery"]["deadline"] or "") or r["delivery"]["deadline"] < ts_[:10]:
                err(lid, "delivery deadline")
            phones.append(r["customer"]["phone"])
            texts = [r["notes"], r["payment_terms"]]
        for p in phones:
            if p is not None and not phone_ok(p):
                err(lid, f"phone {p}")
        for t in texts:
            t = unicodedata.normalize("NFKC", t or "")
            for m in MOBILE_IN_TEXT.findall(t):
                if not MOBILE_RE.match(m):
                    err(lid, f"mobile in text {m}")
            for m in LANDLINE_IN_TEXT.findall(t):
                if not LANDLINE_RE.match(m):
                    err(lid, f"landline in text {m}")
        req_ids[rid] += 1
        if not TS_RE.match(ts_ or ""):
            err(lid, f"timestamp {ts_}")
        elif tenant in last_ts and ts_ < last_ts[tenant]:
            err(lid, "not in chronological order")
        last_ts[tenant] = ts_

        ctx = ctxs[tenant]
        # structural signals, exact on test lines
        if phase == "test":
            want = structural_signals(l, ctx)
            have = set(sig) & set(STRUCTURAL)
            if want != have:
                err(lid, f"structural signals: data says {sorted(want)}, line has {sorted(have)}")
        reasons = block_reasons(l, ctx)
        reasons_by_line[lid] = reasons
        if l["expect"] == "block" and not reasons:
            err(lid, "expect block but meets no README block condition")
        if l["expect"] != "block" and reasons:
            err(lid, f"non-block line meets block condition(s) {reasons}")
        if phase == "history" and l["kind"] == "payment":
            ctx.paid_accounts.add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                ctx.paid_invoices.add(r["related"]["invoice_no"])
        # composition
        if phase == "test":
            if l["label"] == "scam":
                comp[l["scam_type"]][l["expect"]] += 1
            else:
                comp["_legit"]["hard" if note.startswith("Hard negative") else "routine"] += 1
            if any(s.startswith("evasion_") for s in sig):
                evasion_lines.append((lid, l["label"], [s for s in sig if s.startswith("evasion_")]))

    for k, v in req_ids.items():
        if v > 1:
            errors.append(f"duplicate request/record id {k}")

    # composition targets of the brief
    tenants = sorted(set(l["tenant"] for l in lines))
    hist = {t: counters[(t, "history")] for t in tenants}
    test = {t: counters[(t, "test")] for t in tenants}
    if len(tenants) != 3:
        errors.append(f"expected 3 tenants, got {tenants}")
    for t in tenants:
        if not 13 <= hist[t] <= 15:
            errors.append(f"{t}: {hist[t]} history lines (13-15)")
        if not 34 <= test[t] <= 37:
            errors.append(f"{t}: {test[t]} test lines (34-37)")
    n_hist, n_test = sum(hist.values()), sum(test.values())
    if not (40 <= n_hist <= 45 and 100 <= n_test <= 110):
        errors.append(f"totals history {n_hist}, test {n_test}")
    n_scam = sum(sum(c.values()) for k, c in comp.items() if k != "_legit")
    n_block = sum(c["block"] for k, c in comp.items() if k != "_legit")
    for st in SCAM_TYPES:
        if sum(comp[st].values()) < 2:
            errors.append(f"scam type {st} has fewer than 2 test lines")
    if not 0.35 <= n_scam / n_test <= 0.45:
        errors.append(f"scam share {n_scam}/{n_test}")
    if not 25 <= n_block <= 30:
        errors.append(f"{n_block} block lines (25-30)")
    legit = comp["_legit"]
    if not 0.6 <= legit["hard"] / (legit["hard"] + legit["routine"]) <= 0.72:
        errors.append(f"hard negatives {legit['hard']} of {legit['hard'] + legit['routine']} legit")
    if not 8 <= len(evasion_lines) <= 10 or sum(1 for e in evasion_lines if e[1] == "legit") < 2:
        errors.append(f"evasion lines {evasion_lines}")

    if errors:
        print("\n".join(errors))
        print(f"FAIL: {len(errors)} problem(s)")
        return 1
    print(f"OK: {len(lines)} lines; history {n_hist} {hist}; test {n_test} {test}")
    print(f"scams {n_scam} (block {n_block}, flag {n_scam - n_block}); legit routine {legit['routine']}, hard negatives {legit['hard']}")
    for st in sorted(SCAM_TYPES):
        print(f"  {st:25s} flag {comp[st]['flag']}  block {comp[st]['block']}")
    print("evasion lines:")
    for e in evasion_lines:
        print("  ", *e)
    print("block reasons:")
    for lid, rs in reasons_by_line.items():
        if rs:
            print("  ", lid, ",".join(rs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
