#!/usr/bin/env python3
"""Independent re-check of ../holdout45.jsonl.  Exits non-zero on any failure.

Does not import the generator: every rule is recomputed from the file itself.
"""
import datetime
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "holdout45.jsonl")

errors = []


def err(line_id, msg):
    errors.append(f"{line_id}: {msg}")


# ------------------------------------------------------------------ vocabulary
SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
VOCAB = set("""first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified im_instruction email_instruction phone_instruction letter_instruction
new_contact lookalike_domain free_mail urgency secrecy_words bypass_process cannot_call balance_probe boss_role
deposit_words fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account
refund_words overpayment account_change_words personal_account_pretext account_lending_words safe_account_words
authority_words subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words
topup_words loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin
evasion_homophone evasion_symbols""".split())
STRUCT_PAY = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "off_hours"]
STRUCT_ORD = ["new_customer", "off_hours"]

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
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
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
TENANTS = {"shichang", "guoyuan", "jianshe", "hongmen"}

AMOUNT_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE_RE = re.compile(r"^1(66|67|68)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
WXID_RE = re.compile(r"^wxid_[a-z0-9]{14}$")
HOLIDAYS = set()  # no PRC public holiday or make-up working day falls inside 2026-07-01 .. 2026-09-11

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


def parse_ts(s):
    return datetime.datetime.fromisoformat(s)


def off_hours(s):
    d = parse_ts(s)
    return d.weekday() >= 5 or d.hour < 10 or d.hour >= 20 or d.date().isoformat() in HOLIDAYS


# ------------------------------------------------------------------ text normalisation (TYPOLOGIES §3)
TRAD = dict(zip("賬帳戶轉證餘額還資凍結錢匯這個們請驗墊過馬總開會議發張靜陳號電話續費審貸誤寫錯煩對務單訂銀後補圖經營萬繳統內時",
                "账账户转证余额还资冻结钱汇这个们请验垫过马总开会议发张静陈号电话续费审贷误写错烦对务单订银后补图经营万缴统内时"))
TRAD["帐"] = "账"
HOMOPHONES = {"返力": "返利", "反利": "返利", "唰单": "刷单", "刷dan": "刷单", "威信": "微信", "薇信": "微信",
              "压金": "押金", "保正金": "保证金", "保症金": "保证金", "扣扣": "qq", "绿泡泡": "微信"}
INITIALISMS = {"bzj": "保证金", "yzm": "验证码", "yhk": "银行卡", "zfb": "支付宝", "aqzh": "安全账户",
               "gjf": "公检法", "dgzh": "对公账户", "sls": "刷流水"}


def compact(text):
    """NFKC, lower-case, traditional fold, initialisms, homophones, then drop separators/symbols."""
    t = unicodedata.normalize("NFKC", text or "").lower()
    t = "".join(TRAD.get(c, c) for c in t)
    for k, v in INITIALISMS.items():
        t = re.sub(rf"(?<![a-z]){k}(?![a-z])", v, t)
    t = "".join(c for c in t if not unicodedata.category(c)[0] in "ZPSC")
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    return t


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LENDING_RE = re.compile(r"走账|走一下账|走个账|走下账|过账|过一下账|借用.{0,4}公户|借用.{0,4}账户|借.{0,4}对公账户|"
                        r"刷流水|做流水|寄u盾|u盾寄|出租账户")
TASK_WORDS = ["任务", "返利", "返现", "刷单", "充值", "解冻", "验资", "佣金", "做单", "连单", "卡单"]
BALANCE_WORDS = ["余额", "可用资金", "还有多少钱", "账上还有多少", "账上有多少", "有多少钱", "资金情况", "能动用"]
PROOF_WORDS = ["截图", "回单", "处理中", "延迟", "明天到账", "明早到账", "小时到账", "以实际到账为准", "已经转了",
               "已对公转", "已经对公转", "汇款凭证", "转账凭证"]
MEANINGFUL = Decimal("5000.00")


def pay_text(r):
    return compact((r.get("purpose") or "") + "\n" + (r.get("memo") or "") + "\n" + (r["instruction"].get("text") or ""))


def ord_text(r):
    parts = [r.get("notes") or "", r.get("payment_terms") or ""] + [f["reason"] for f in r.get("fees_requested", [])]
    return compact("\n".join(parts))


def block_reasons(line, ctx):
    """Which README `expect: block` conditions the line meets, recomputed from the data.

    ctx holds what earlier lines of the same tenant establish: hist_payees (payee accounts paid in
    earlier history lines), hist_invoices (invoice numbers paid in earlier history lines), orders
    (record_id -> order request of every earlier line).
    """
    r = line["request"]
    reasons = []
    if line["kind"] == "payment":
        txt = pay_text(r)
        first = r["payee"]["account_no"] not in ctx["hist_payees"]
        if any(w in txt for w in SAFE_WORDS):
            reasons.append("safe_account")
        if LENDING_RE.search(txt):
            reasons.append("account_lending")
        if r["purpose"] == "退款":
            o = ctx["orders"].get(r["related"]["order_id"])
            if not (o and o["customer"]["name"] == r["payee"]["name"] and "原路退回" in txt):
                reasons.append("refund_other_or_uncleared")
        o = ctx["orders"].get(r["related"]["order_id"])
        if o and o["third_party"] and o["third_party"]["role"] == "designated_supplier" \
                and o["third_party"]["name"] == r["payee"]["name"]:
            reasons.append("designated_supplier_prepay")
        ch = r["payee_account_changed_at"]
        if ch is not None and first and Decimal(r["amount"]) >= MEANINGFUL:
            delta = parse_ts(r["submitted_at"]) - parse_ts(ch)
            if datetime.timedelta(0) <= delta <= datetime.timedelta(days=30):
                reasons.append("recent_account_change_first_payment")
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first \
                and any(w in compact(r["instruction"]["text"]) for w in BALANCE_WORDS):
            reasons.append("boss_balance_probe_first_payee")
        if r["payee"]["account_type"] == "personal" and any(w in txt for w in TASK_WORDS):
            reasons.append("personal_task_words")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["hist_invoices"]:
            reasons.append("invoice_already_paid")
        if r["purpose"] == "工资" and r["payee"]["account_type"] == "personal":
            names = salary_names(r["memo"])
            if names is None or len(names) >= 2 or names[0] != r["payee"]["name"]:
                reasons.append("salary_not_employee_or_shared")
    else:
        txt = ord_text(r)
        tp = r["third_party"]
        if any(w in txt for w in SAFE_WORDS):
            reasons.append("safe_account")
        if LENDING_RE.search(txt) or (tp and tp["role"] == "pass_through_payee"):
            reasons.append("account_lending")
        if tp and tp["role"] == "refund_recipient":
            reasons.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and any(w in txt for w in PROOF_WORDS):
            reasons.append("designated_supplier_prepay")
    return reasons


def salary_names(memo):
    m = re.search(r"工资（([^）]+)）", memo or "")
    if not m:
        return None
    return [n.strip() for n in m.group(1).split("、") if n.strip()]


# ------------------------------------------------------------------ evasion forms
CJK = r"[\u4e00-\u9fff]"
EVASION_CHECKS = {
    "evasion_spacing": lambda t: re.search(CJK + r"[ \u3000]+" + CJK, t),
    "evasion_fullwidth": lambda t: re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", t),
    "evasion_traditional": lambda t: any(c in TRAD and c != "帐" for c in t),
    "evasion_pinyin": lambda t: re.search(r"(?<![a-z])(bzj|yzm|yhk|zfb|aqzh|gjf|dgzh|sls)(?![a-z])",
                                          unicodedata.normalize("NFKC", t).lower()),
    "evasion_homophone": lambda t: any(k in t for k in HOMOPHONES),
    "evasion_symbols": lambda t: re.search(CJK + r"[.·•*~#@+\-_/\\|\U0001F300-\U0001FAFF\u2600-\u27BF]+" + CJK, t),
}


def all_text(r, kind):
    if kind == "payment":
        return "\n".join([r.get("purpose") or "", r.get("memo") or "", r["instruction"].get("text") or ""])
    return "\n".join([r.get("notes") or "", r.get("payment_terms") or ""] + [f["reason"] for f in r["fees_requested"]])


def all_strings(o):
    if isinstance(o, dict):
        for v in o.values():
            yield from all_strings(v)
    elif isinstance(o, list):
        for v in o:
            yield from all_strings(v)
    elif isinstance(o, str):
        yield o


def check_keys(lid, obj, keys, what):
    if list(obj.keys()) != keys:
        err(lid, f"{what} key order {list(obj.keys())} != {keys}")
        return False
    return True


def amount_ok(lid, v, what):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        err(lid, f"{what} not a 2-dp decimal string: {v!r}")


def acct_ok(lid, v, what):
    if not isinstance(v, str) or not re.fullmatch(r"\d{16,19}", v):
        err(lid, f"{what} not 16-19 digits: {v!r}")


def phone_ok(lid, v, what):
    if v is None:
        return
    if not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        err(lid, f"{what} not an allowed fictitious number: {v!r}")


def main():
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n"):
        err("file", "does not end with newline")
    lines = []
    for n, b in enumerate(raw.decode("utf-8").split("\n")[:-1], 1):
        try:
            lines.append(json.loads(b))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"invalid JSON: {e}")
    ids = Counter(l.get("id") for l in lines)
    for i, c in ids.items():
        if c > 1:
            err(i, "duplicate line id")
    rids = Counter((l["request"].get("request_id") or l["request"].get("record_id")) for l in lines)
    for i, c in rids.items():
        if c > 1:
            err(i, "duplicate request/record id")

    # grouping by tenant
    seen_tenants = []
    for l in lines:
        if not seen_tenants or seen_tenants[-1] != l["tenant"]:
            if l["tenant"] in seen_tenants:
                err(l["id"], "tenant lines not grouped")
            seen_tenants.append(l["tenant"])
    if len(seen_tenants) != 3 or not set(seen_tenants) <= TENANTS:
        err("file", f"tenants {seen_tenants}")

    stats = defaultdict(Counter)
    per_type = defaultdict(Counter)
    evasion_lines = []
    by_tenant = defaultdict(list)
    for l in lines:
        by_tenant[l["tenant"]].append(l)

    for tenant, tl in by_tenant.items():
        ctx = {"hist_payees": set(), "hist_invoices": set(), "orders": {}}
        phase_seen_test = False
        last_ts = {"history": None, "test": None}
        max_hist = None
        hcount = tcount = 0
        payer = None
        for l in tl:
            lid = l.get("id")
            ph = l["phase"]
            keys = LINE_KEYS_H if ph == "history" else LINE_KEYS_T
            check_keys(lid, l, keys, "line")
            if ph == "history":
                if phase_seen_test:
                    err(lid, "history line after a test line")
                hcount += 1
                if lid != f"{tenant}-h{hcount:03d}":
                    err(lid, "history id not sequential")
                if l["label"] != "legit" or l["expect"] != "allow" or l["scam_type"] is not None \
                        or l.get("outcome") != "executed" or l["signals"] != []:
                    err(lid, "history line must be legit/allow/executed with no signals")
            elif ph == "test":
                phase_seen_test = True
                tcount += 1
                if lid != f"{tenant}-t{tcount:03d}":
                    err(lid, "test id not sequential")
            else:
                err(lid, f"bad phase {ph}")
            if l["kind"] not in ("payment", "order"):
                err(lid, "bad kind")
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    err(lid, "legit line must have scam_type null and expect allow")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    err(lid, "scam line needs a scam_type and expect flag/block")
            else:
                err(lid, "bad label")
            sigs = l["signals"]
            if len(set(sigs)) != len(sigs) or any(s not in VOCAB for s in sigs):
                err(lid, f"signals not unique/in vocabulary: {sigs}")
            note = l["note"]
            if ph == "test" and l["label"] == "legit":
                if note.startswith("Routine: "):
                    if sigs:
                        err(lid, "routine line carries signals")
                elif note.startswith("Hard negative: "):
                    if not sigs:
                        err(lid, "hard negative names no scam-like surface")
                else:
                    err(lid, "legit test note must start with Routine: or Hard negative:")
            if ph == "test" and l["label"] == "scam" and (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "scam note prefix")

            r = l["request"]
            # ---------------- request body format
            if l["kind"] == "payment":
                t = r["submitted_at"]
                check_keys(lid, r, PAY_KEYS_V if "verification" in r else PAY_KEYS, "payment")
                check_keys(lid, r["payer"], PAYER_KEYS, "payer")
                check_keys(lid, r["payee"], PAYEE_KEYS, "payee")
                check_keys(lid, r["instruction"], INSTR_KEYS, "instruction")
                check_keys(lid, r["related"], REL_KEYS, "related")
                acct_ok(lid, r["payer"]["account_no"], "payer.account_no")
                acct_ok(lid, r["payee"]["account_no"], "payee.account_no")
                if payer is None:
                    payer = r["payer"]
                elif r["payer"] != payer:
                    err(lid, "payer differs within tenant")
                if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                    err(lid, "bad account_type")
                phone_ok(lid, r["payee"]["phone"], "payee.phone")
                amount_ok(lid, r["amount"], "amount")
                if r["currency"] != "CNY":
                    err(lid, "currency")
                ins = r["instruction"]
                if ins["channel"] not in CHANNELS:
                    err(lid, "bad channel")
                if not isinstance(ins["urgent"], bool):
                    err(lid, "urgent not bool")
                if ins["channel"] == "erp" and (ins["from_contact"] is not None or not r["approved_by"]):
                    err(lid, "erp payment needs approvers and no from_contact")
                if ins["channel"] == "phone":
                    phone_ok(lid, ins["from_contact"], "from_contact")
                if r["requested_by"] in r["approved_by"]:
                    err(lid, "requester approves own request")
                if len(set(r["approved_by"])) != len(r["approved_by"]):
                    err(lid, "duplicate approver")
                ch = r["payee_account_changed_at"]
                if ch is not None:
                    if not TS_RE.match(ch):
                        err(lid, "changed_at not RFC 3339 +08:00")
                    elif parse_ts(ch) > parse_ts(t):
                        err(lid, "account change after the payment")
                    if not r["payee"]["vendor_id"]:
                        err(lid, "account change recorded for a non-vendor payee")
                if "verification" in r:
                    v = r["verification"]
                    check_keys(lid, v, VERIF_KEYS, "verification")
                    phone_ok(lid, v["callback_number"], "callback_number")
                    if not TS_RE.match(v["verified_at"]) or parse_ts(v["verified_at"]) > parse_ts(t):
                        err(lid, "verified_at")
                if r["purpose"] == "工资" and r["payee"]["account_type"] == "personal" and salary_names(r["memo"]) is None:
                    err(lid, "personal salary memo must name the employee(s) as 工资（name、name）")
                oid = r["related"]["order_id"]
                if oid is not None and oid not in ctx["orders"]:
                    err(lid, "related.order_id does not refer to an earlier order of the tenant")
            else:
                t = r["received_at"]
                check_keys(lid, r, ORD_KEYS, "order")
                check_keys(lid, r["customer"], CUST_KEYS, "customer")
                check_keys(lid, r["delivery"], DELIV_KEYS, "delivery")
                c = r["customer"]
                if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                    err(lid, f"invalid credit code {c['credit_code']}")
                phone_ok(lid, c["phone"], "customer.phone")
                if c["im_id"] is not None and not WXID_RE.match(c["im_id"]):
                    err(lid, "im_id format")
                total = Decimal("0")
                for it in r["items"]:
                    check_keys(lid, it, ITEM_KEYS, "item")
                    if not QTY_RE.match(it["quantity"]):
                        err(lid, "quantity not a decimal string")
                    amount_ok(lid, it["unit_price"], "unit_price")
                    try:
                        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                    except InvalidOperation:
                        err(lid, "item not numeric")
                amount_ok(lid, r["total_amount"], "total_amount")
                if Decimal(r["total_amount"]) != total:
                    err(lid, f"total_amount {r['total_amount']} != sum of items {total}")
                if r["currency"] != "CNY" or r["channel"] not in CHANNELS:
                    err(lid, "currency/channel")
                if r["delivery"]["deadline"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["delivery"]["deadline"]):
                    err(lid, "deadline")
                tp = r["third_party"]
                if tp is not None:
                    check_keys(lid, tp, THIRD_KEYS, "third_party")
                    if tp["role"] not in ROLES:
                        err(lid, "third_party.role")
                    amount_ok(lid, tp["amount"], "third_party.amount")
                    phone_ok(lid, tp["contact"], "third_party.contact")
                if not isinstance(r["fees_requested"], list):
                    err(lid, "fees_requested not a list")
                for f in r["fees_requested"]:
                    check_keys(lid, f, FEE_KEYS, "fee")
                    amount_ok(lid, f["amount"], "fee amount")
            if not TS_RE.match(t):
                err(lid, f"timestamp not RFC 3339 +08:00: {t}")
                continue
            # ---------------- ordering
            if last_ts[ph] is not None and parse_ts(t) < last_ts[ph]:
                err(lid, "not chronological")
            last_ts[ph] = parse_ts(t)
            if ph == "history":
                max_hist = parse_ts(t)
            elif max_hist is not None and parse_ts(t) < max_hist:
                err(lid, "test line earlier than a history line")
            # ---------------- phone numbers anywhere in text
            for s in all_strings(r):
                for m in re.finditer(r"(?<!\d)1\d{10}(?!\d)", s):
                    if not MOBILE_RE.match(m.group(0)):
                        err(lid, f"mobile outside the allowed pattern: {m.group(0)}")
                for m in re.finditer(r"(?<![\d-])0\d{2,3}-\d{5,8}(?!\d)", s):
                    if not LANDLINE_RE.match(m.group(0)):
                        err(lid, f"landline outside the allowed pattern: {m.group(0)}")
            # ---------------- structural signals
            if ph == "test":
                if l["kind"] == "payment":
                    exp = set()
                    if r["payee"]["account_no"] not in ctx["hist_payees"]:
                        exp.add("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        exp.add("personal_account")
                    if not r["approved_by"]:
                        exp.add("no_approval")
                    ch = r["payee_account_changed_at"]
                    if ch is not None:
                        if parse_ts(t) - parse_ts(ch) <= datetime.timedelta(days=30):
                            exp.add("account_changed_recent")
                        else:
                            exp.add("account_changed_long_ago")
                    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx["hist_invoices"]:
                        exp.add("duplicate_invoice")
                    if off_hours(t):
                        exp.add("off_hours")
                    got = set(sigs) & set(STRUCT_PAY)
                    if "new_customer" in sigs:
                        err(lid, "new_customer on a payment")
                else:
                    exp = set()
                    if r["customer"]["customer_id"] is None:
                        exp.add("new_customer")
                    if off_hours(t):
                        exp.add("off_hours")
                    got = set(sigs) & (set(STRUCT_PAY) | set(STRUCT_ORD))
                if got != exp:
                    err(lid, f"structural signals {sorted(got)} != data {sorted(exp)}")
                # evasion forms present where claimed, and not hidden where not claimed
                text = all_text(r, l["kind"])
                for ev, fn in EVASION_CHECKS.items():
                    if ev in sigs and not fn(text):
                        err(lid, f"{ev} claimed but no such form in the text")
                for ev in ("evasion_fullwidth", "evasion_traditional", "evasion_homophone", "evasion_pinyin"):
                    if ev not in sigs and EVASION_CHECKS[ev](text):
                        err(lid, f"text has an {ev} form but the signal is missing")
                if any(s.startswith("evasion_") for s in sigs):
                    evasion_lines.append(l)
            # ---------------- block reasons (all lines)
            reasons = block_reasons(l, ctx)
            if l["expect"] == "block" and not reasons:
                err(lid, "expect block but no README block condition in the data")
            if l["expect"] != "block" and reasons:
                err(lid, f"expect {l['expect']} but data meets block condition(s) {reasons}")
            # ---------------- stats
            if ph == "test":
                stats[tenant]["test"] += 1
                if l["label"] == "scam":
                    stats["all"][l["expect"]] += 1
                    per_type[l["scam_type"]][l["expect"]] += 1
                elif note.startswith("Hard negative:"):
                    stats["all"]["hard"] += 1
                else:
                    stats["all"]["routine"] += 1
            else:
                stats[tenant]["history"] += 1
            # ---------------- context update
            if l["kind"] == "order":
                ctx["orders"][r["record_id"]] = r
            if ph == "history" and l["kind"] == "payment":
                ctx["hist_payees"].add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    ctx["hist_invoices"].add(r["related"]["invoice_no"])

    # ------------------------------------------------------------------ size and mix
    for tenant in by_tenant:
        h, t = stats[tenant]["history"], stats[tenant]["test"]
        if not 13 <= h <= 15:
            err(tenant, f"{h} history lines")
        if not 34 <= t <= 37:
            err(tenant, f"{t} test lines")
    tot_h = sum(stats[t]["history"] for t in by_tenant)
    tot_t = sum(stats[t]["test"] for t in by_tenant)
    if not 40 <= tot_h <= 45 or not 100 <= tot_t <= 110:
        err("file", f"history {tot_h} / test {tot_t}")
    scams = stats["all"]["flag"] + stats["all"]["block"]
    if not 0.37 <= scams / tot_t <= 0.43:
        err("file", f"scam share {scams}/{tot_t}")
    if not 25 <= stats["all"]["block"] <= 30:
        err("file", f"{stats['all']['block']} block lines")
    for st in SCAM_TYPES:
        if sum(per_type[st].values()) < 2:
            err(st, "fewer than two lines")
    legit = stats["all"]["hard"] + stats["all"]["routine"]
    if not 0.60 <= stats["all"]["hard"] / legit <= 0.72:
        err("file", f"hard negatives {stats['all']['hard']}/{legit}")
    if not 8 <= len(evasion_lines) <= 10 or sum(1 for l in evasion_lines if l["label"] == "legit") < 2:
        err("file", f"{len(evasion_lines)} evasion lines")

    if errors:
        for e in errors:
            print("FAIL", e)
        print(f"{len(errors)} failure(s)")
        sys.exit(1)
    print(f"OK: {len(lines)} lines; history {tot_h}, test {tot_t}; scams {scams} "
          f"(flag {stats['all']['flag']}, block {stats['all']['block']}); legit {legit} "
          f"(routine {stats['all']['routine']}, hard negatives {stats['all']['hard']}); evasion lines {len(evasion_lines)}")
    for st in SCAM_TYPES:
        print(f"  {st:25s} flag {per_type[st]['flag']}  block {per_type[st]['block']}")
    for l in evasion_lines:
        print("  evasion", l["id"], l["label"], l["scam_type"], [s for s in l["signals"] if s.startswith("evasion_")])


if __name__ == "__main__":
    main()
