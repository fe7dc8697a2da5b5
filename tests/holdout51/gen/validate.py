#!/usr/bin/env python3
"""Independent re-check of ../holdout51.jsonl. Exits non-zero on any failure. Stdlib only.

Does not import the generator: every rule is re-derived from the file itself.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout51.jsonl")

TENANTS_ALLOWED = {"huaxue", "huagong", "yanjian", "weixian"}
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
            "payment_terms", "third_party", "fees_requested", "notes"]
SUB_KEYS = {
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
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
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
evasion_symbols""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
AMT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
ACCT_RE = re.compile(r"^\d{16,19}$")
MOBILE_RE = re.compile(r"^1(86|87|88)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")

# ---------------------------------------------------------------- text normalisation for block_reasons
TRAD = str.maketrans({"驗": "验", "資": "资", "賬": "账", "帳": "账", "戶": "户", "轉": "转", "過": "过",
                      "監": "监", "國": "国", "凍": "冻", "結": "结", "還": "还", "錢": "钱", "號": "号",
                      "變": "变", "將": "将", "請": "请", "匯": "汇", "務": "务", "單": "单", "價": "价",
                      "貸": "贷", "後": "后", "個": "个", "萬": "万", "費": "费", "審": "审", "動": "动",
                      "證": "证", "備": "备", "書": "书", "話": "话", "銀": "银", "開": "开", "餘": "余",
                      "額": "额", "條": "条", "刷": "刷", "帶": "带", "閱": "阅"})
INITIALS = {"aqzh": "安全账户", "dgzh": "对公账户", "sls": "刷流水", "bzj": "保证金", "yhk": "银行卡", "zfb": "支付宝"}
HOMOPHONES = {"返力": "返利", "反利": "返利", "唰单": "刷单", "冲值": "充值", "驗資": "验资", "保正金": "保证金",
              "转帐": "转账", "走帐": "走账", "过帐": "过账"}
SEP_RE = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+💰]+")


def normalise(text):
    """NFKC, traditional->simplified (small table), lower case, initialisms, homophones, then compact view."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).translate(TRAD).lower()
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    t = re.sub(r"(?<![a-z])(" + "|".join(INITIALS) + r")(?![a-z])", lambda m: INITIALS[m.group(1)], t)
    return SEP_RE.sub("", t)


SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND_WORDS = ["走账", "过账", "走一下账", "过一下账", "刷流水", "做流水", "代收代付", "出租账户", "借用公户", "借用对公账户",
              "借用账户", "u盾寄", "寄u盾", "邮寄u盾"]
LEND_RE = re.compile(r"借(用)?.{0,4}(公户|对公账户|账户)")
TASK = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现"]
BALANCE = ["余额", "可用资金", "账上还有", "账上有多少", "还有多少钱", "资金情况"]
PROXY_BUY = ["代购", "代采", "垫付"]
MEANINGFUL = Decimal("5000.00")


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def line_time(line):
    r = line["request"]
    return parse_ts(r["submitted_at"] if line["kind"] == "payment" else r["received_at"])


class Context:
    """Per-tenant facts that block conditions and structural signals need: built from history lines only,
    except the order index, which covers every order line of the tenant."""

    def __init__(self, lines):
        self.known_accounts = defaultdict(set)
        self.paid_invoices = defaultdict(set)
        self.before = {}  # history line id -> (accounts, invoices) paid by earlier history lines
        self.orders = {}
        for l in lines:
            r = l["request"]
            if l["kind"] == "order":
                self.orders[(l["tenant"], r["record_id"])] = l
            if l["phase"] == "history":
                self.before[l["id"]] = (set(self.known_accounts[l["tenant"]]), set(self.paid_invoices[l["tenant"]]))
                if l["kind"] == "payment":
                    self.known_accounts[l["tenant"]].add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        self.paid_invoices[l["tenant"]].add(r["related"]["invoice_no"])

    def accounts(self, line):
        return self.before[line["id"]][0] if line["phase"] == "history" else self.known_accounts[line["tenant"]]

    def invoices(self, line):
        return self.before[line["id"]][1] if line["phase"] == "history" else self.paid_invoices[line["tenant"]]


CTX = None


def _ctx():
    global CTX
    if CTX is None:
        with open(PATH, encoding="utf-8") as f:
            CTX = Context([json.loads(x) for x in f if x.strip()])
    return CTX


def first_time(line, ctx):
    return line["request"]["payee"]["account_no"] not in ctx.accounts(line)


def block_reasons(line, ctx=None):
    """Which `expect: block` conditions of the corpus README the line meets, recomputed from its data."""
    ctx = ctx or _ctx()
    r, reasons = line["request"], []
    if line["kind"] == "payment":
        text = normalise(" ".join([r["purpose"] or "", r["memo"] or "", r["instruction"]["text"] or ""]))
        purpose_memo = normalise((r["purpose"] or "") + " " + (r["memo"] or ""))
    else:
        text = normalise(" ".join([r["notes"] or "", r["payment_terms"] or ""] +
                                  [f["reason"] for f in r["fees_requested"]]))
    if any(w in text for w in SAFE):
        reasons.append("safe_account")
    if any(w in text for w in LEND_WORDS) or LEND_RE.search(text):
        reasons.append("account_lending")
    if line["kind"] == "order":
        tp = r["third_party"]
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_to_other_account")
        if tp and tp["role"] == "designated_supplier" and tp["amount"] and "截图" in text:
            reasons.append("designated_supplier_before_funds")
        return reasons
    ft = first_time(line, ctx)
    amount = Decimal(r["amount"])
    if r["purpose"] == "退款":
        linked = ctx.orders.get((line["tenant"], r["related"]["order_id"]))
        if linked is None or linked["request"]["customer"]["name"] != r["payee"]["name"]:
            reasons.append("refund_to_other_account")
    if r["related"]["order_id"] and ft and any(w in purpose_memo for w in PROXY_BUY):
        reasons.append("designated_supplier_before_funds")
    if r["payee_account_changed_at"]:
        days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
        if 0 <= days <= 30 and ft and amount >= MEANINGFUL:
            reasons.append("changed_account_first_payment")
    ins = r["instruction"]
    if ins["channel"] in ("im", "email") and not r["approved_by"] and ft and \
            any(w in normalise(ins["text"]) for w in BALANCE):
        reasons.append("boss_balance_probe_new_payee")
    if r["payee"]["account_type"] == "personal" and any(w in text for w in TASK):
        reasons.append("personal_task_words")
    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.invoices(line):
        reasons.append("invoice_already_paid")
    if r["purpose"] == "工资" and r["payee"]["account_type"] == "personal":
        memo = r["memo"] or ""
        m = re.search(r"（(\d+)人）", memo)
        n = re.search(r"工资（([^）\d][^）]*)）", memo)
        if m and int(m.group(1)) >= 2:
            reasons.append("salary_several_employees_one_account")
        elif n and n.group(1) != r["payee"]["name"]:
            reasons.append("salary_payee_not_employee")
        elif not m and not n:
            reasons.append("salary_employee_unidentified")
    return reasons


def structural(line, ctx):
    r, out = line["request"], set()
    if line["kind"] == "payment":
        if first_time(line, ctx):
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        if r["payee_account_changed_at"]:
            days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
            out.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if r["related"]["invoice_no"] in ctx.invoices(line):
            out.add("duplicate_invoice")
    elif r["customer"]["customer_id"] is None:
        out.add("new_customer")
    t = line_time(line)
    if t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS or t.hour < 10 or t.hour >= 20:
        out.add("off_hours")
    return out


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return code[17] == USCC_CHARS[(31 - s % 31) % 31]


# ---------------------------------------------------------------- checks
def main():
    errors = []

    def err(lid, msg):
        errors.append(f"{lid}: {msg}")

    raw = open(PATH, encoding="utf-8").read()
    if not raw.endswith("\n") or "\r" in raw:
        errors.append("file must be LF-terminated lines")
    lines, pairs = [], []
    for i, text in enumerate(raw.split("\n")[:-1], 1):
        try:
            ordered = json.loads(text, object_pairs_hook=lambda p: p)
            lines.append(json.loads(text))
            pairs.append(ordered)
        except Exception as e:  # noqa: BLE001
            errors.append(f"line {i}: invalid JSON: {e}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    ctx = Context(lines)

    def keys(p):
        return [k for k, _ in p]

    def sub(p, name):
        return dict(p)[name]

    ids, req_ids = set(), set()
    tenant_order, phase_seen = [], {}
    last_time, last_phase = {}, {}
    counters = defaultdict(lambda: {"h": 0, "t": 0})
    for l, p in zip(lines, pairs):
        lid = l.get("id", "?")
        exp_keys = LINE_KEYS_H if l.get("phase") == "history" else LINE_KEYS_T
        if keys(p) != exp_keys:
            err(lid, f"line key order {keys(p)}")
            continue
        ten, ph, kind = l["tenant"], l["phase"], l["kind"]
        if ten not in TENANTS_ALLOWED:
            err(lid, "tenant not allowed")
        if not tenant_order or tenant_order[-1] != ten:
            if ten in tenant_order:
                err(lid, "tenant lines not grouped")
            tenant_order.append(ten)
        # ids
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        c = "h" if ph == "history" else "t"
        counters[ten][c] += 1
        if lid != f"{ten}-{c}{counters[ten][c]:03d}":
            err(lid, "id not sequential / wrong pattern")
        # phase order and chronology
        if last_phase.get(ten) == "test" and ph == "history":
            err(lid, "history line after a test line")
        last_phase[ten] = ph
        t = line_time(l)
        if ten in last_time and t < last_time[ten]:
            err(lid, "not in chronological order")
        last_time[ten] = t
        # labels
        if ph == "history":
            if (l["label"], l["scam_type"], l["expect"], l["outcome"], l["signals"]) != ("legit", None, "allow", "executed", []):
                err(lid, "history line must be legit/allow/executed with no signals")
        elif ph == "test":
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    err(lid, "legit line must have scam_type null and expect allow")
                if not (l["note"].startswith("Routine: ") or l["note"].startswith("Hard negative: ")):
                    err(lid, "legit note must start with Routine: or Hard negative:")
                if l["note"].startswith("Routine: ") and l["signals"]:
                    err(lid, "routine line carries signals")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    err(lid, "bad scam_type/expect")
                if l["note"].startswith("Routine:") or l["note"].startswith("Hard negative:"):
                    err(lid, "scam note with a legit prefix")
            else:
                err(lid, "bad label")
        else:
            err(lid, "bad phase")
        if kind not in ("payment", "order"):
            err(lid, "bad kind")
        if not isinstance(l["signals"], list) or len(set(l["signals"])) != len(l["signals"]):
            err(lid, "signals must be a list without repeats")
        for s in l["signals"]:
            if s not in VOCAB:
                err(lid, f"signal {s} not in vocabulary")
        # request structure
        rp = sub(p, "request")
        r = l["request"]
        phones, stamps, amounts = [], [], []
        if kind == "payment":
            if keys(rp) not in (PAY_KEYS, PAY_KEYS_V):
                err(lid, f"payment key order {keys(rp)}")
                continue
            for name in ("payer", "payee", "instruction", "related") + (("verification",) if "verification" in r else ()):
                if keys(sub(rp, name)) != SUB_KEYS[name]:
                    err(lid, f"{name} key order {keys(sub(rp, name))}")
            rid = r["request_id"]
            stamps += [r["submitted_at"]] + ([r["payee_account_changed_at"]] if r["payee_account_changed_at"] else [])
            amounts.append(r["amount"])
            for acc in (r["payer"]["account_no"], r["payee"]["account_no"]):
                if not isinstance(acc, str) or not ACCT_RE.match(acc):
                    err(lid, f"account number {acc!r} not 16-19 digits")
            if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                err(lid, "bad account_type")
            if r["instruction"]["channel"] not in ("erp", "email", "phone", "sms", "im", "in_person", "letter", "other"):
                err(lid, "bad channel")
            if not isinstance(r["instruction"]["urgent"], bool):
                err(lid, "urgent must be bool")
            if r["requested_by"] in r["approved_by"]:
                err(lid, "requester approves own request")
            if r["instruction"]["channel"] == "erp" and (not r["requested_by"] or not r["approved_by"]):
                err(lid, "ERP payment without requester or approvers")
            phones.append(r["payee"]["phone"])
            fc = r["instruction"]["from_contact"]
            if fc and re.fullmatch(r"[\d\-]+", fc):
                phones.append(fc)
            if "verification" in r:
                v = r["verification"]
                phones.append(v["callback_number"])
                stamps.append(v["verified_at"])
                if v["callback_done"] is not True:
                    err(lid, "verification.callback_done must be true")
            texts = [r["purpose"], r["memo"], r["instruction"]["text"], r["instruction"]["from_name"]]
            if not r["payee"]["name"] or not r["payee"]["account_no"]:
                err(lid, "missing required payee fields")
        else:
            if keys(rp) != ORD_KEYS:
                err(lid, f"order key order {keys(rp)}")
                continue
            for name in ("customer", "delivery"):
                if keys(sub(rp, name)) != SUB_KEYS[name]:
                    err(lid, f"{name} key order")
            for ip in sub(rp, "items"):
                if keys(ip) != SUB_KEYS["item"]:
                    err(lid, "item key order")
            if r["third_party"] is not None:
                if keys(sub(rp, "third_party")) != SUB_KEYS["third_party"]:
                    err(lid, "third_party key order")
                if r["third_party"]["role"] not in ("designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"):
                    err(lid, "bad third_party role")
                if r["third_party"]["amount"] is not None:
                    amounts.append(r["third_party"]["amount"])
                phones.append(r["third_party"]["contact"])
            if not isinstance(r["fees_requested"], list):
                err(lid, "fees_requested must be a list")
            for fp in sub(rp, "fees_requested"):
                if keys(fp) != SUB_KEYS["fee"]:
                    err(lid, "fee key order")
            amounts += [f["amount"] for f in r["fees_requested"]]
            rid = r["record_id"]
            stamps.append(r["received_at"])
            amounts.append(r["total_amount"])
            total = Decimal("0")
            for it in r["items"]:
                amounts.append(it["unit_price"])
                if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
                    err(lid, f"quantity {it['quantity']!r} not a decimal string")
                else:
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
            if AMT_RE.match(r["total_amount"]) and total.quantize(Decimal("0.01")) != Decimal(r["total_amount"]):
                err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_ok(cc):
                err(lid, f"invalid credit code {cc}")
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["delivery"]["deadline"] or ""):
                err(lid, "deadline must be a date")
            phones.append(r["customer"]["phone"])
            texts = [r["notes"], r["payment_terms"], r["delivery"]["address"]]
            if not r["customer"]["name"]:
                err(lid, "missing customer name")
        if r["currency"] != "CNY":
            err(lid, "currency must be CNY")
        if rid in req_ids:
            err(lid, f"duplicate request/record id {rid}")
        req_ids.add(rid)
        for a in amounts:
            if not isinstance(a, str) or not AMT_RE.match(a):
                err(lid, f"amount {a!r} is not a 2-dp decimal string")
        for s in stamps:
            if not isinstance(s, str) or not TS_RE.match(s):
                err(lid, f"timestamp {s!r} not RFC 3339 +08:00")
            else:
                try:
                    parse_ts(s)
                except ValueError:
                    err(lid, f"timestamp {s!r} invalid")
        for ph_ in phones:
            if ph_ is None:
                continue
            if not (MOBILE_RE.match(ph_) or LANDLINE_RE.match(ph_)):
                err(lid, f"phone {ph_!r} outside the fictitious patterns")
        for tx in texts:
            for m in re.finditer(r"(?<!\d)1\d{10}(?!\d)", tx or ""):
                if not MOBILE_RE.match(m.group(0)):
                    err(lid, f"mobile-like number {m.group(0)} in text")
            for m in re.finditer(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)", tx or ""):
                if not LANDLINE_RE.match(m.group(0)):
                    err(lid, f"landline-like number {m.group(0)} in text")
        # structural signals and block reasons (test lines)
        if ph == "test":
            want = structural(l, ctx)
            have = {s for s in l["signals"] if s in STRUCTURAL}
            if want != have:
                err(lid, f"structural signals differ: data says {sorted(want)}, line has {sorted(have)}")
        reasons = block_reasons(l, ctx)
        if ph == "test":
            if l["expect"] == "block" and not reasons:
                err(lid, "expect block but no README block condition is met")
        if l["expect"] != "block" and reasons:
            err(lid, f"expect {l['expect']} but block condition(s) met: {reasons}")

    # ------------------------------------------------------------ corpus-level mix
    test = [l for l in lines if l["phase"] == "test"]
    hist = [l for l in lines if l["phase"] == "history"]
    if len(tenant_order) != 3:
        errors.append(f"expected 3 tenants, got {tenant_order}")
    for ten in tenant_order:
        h = sum(1 for l in hist if l["tenant"] == ten)
        t = sum(1 for l in test if l["tenant"] == ten)
        if not 13 <= h <= 15:
            errors.append(f"{ten}: {h} history lines (want 13-15)")
        if not 34 <= t <= 37:
            errors.append(f"{ten}: {t} test lines (want 34-37)")
    if not 40 <= len(hist) <= 45 or not 100 <= len(test) <= 110:
        errors.append(f"history {len(hist)} / test {len(test)} outside 40-45 / 100-110")
    scams = [l for l in test if l["label"] == "scam"]
    per_type = Counter(l["scam_type"] for l in scams)
    for st in SCAM_TYPES:
        if per_type[st] < 2:
            errors.append(f"scam type {st} has {per_type[st]} lines (want >= 2)")
    blocks = sum(1 for l in scams if l["expect"] == "block")
    if not 25 <= blocks <= 30:
        errors.append(f"{blocks} block lines (want 25-30)")
    if not 0.35 <= len(scams) / len(test) <= 0.45:
        errors.append(f"scam share {len(scams)}/{len(test)} not about 40%")
    legit = [l for l in test if l["label"] == "legit"]
    hard = sum(1 for l in legit if l["note"].startswith("Hard negative:"))
    if not 0.6 <= hard / len(legit) <= 0.72:
        errors.append(f"hard negatives {hard}/{len(legit)} not about two thirds")
    evasion = [l for l in test if any(s.startswith("evasion_") for s in l["signals"])]
    if not 8 <= len(evasion) <= 10:
        errors.append(f"{len(evasion)} evasion lines (want 8-10)")
    if not any(l["label"] == "legit" for l in evasion):
        errors.append("no legitimate evasion line")

    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(lines)} lines ({len(hist)} history, {len(test)} test); scams {len(scams)} "
          f"(block {blocks}, flag {len(scams) - blocks}); legit {len(legit)} (hard negatives {hard}, "
          f"routine {len(legit) - hard}); evasion lines {len(evasion)}")


if __name__ == "__main__":
    main()
