#!/usr/bin/env python3
"""Mechanical checks for holdout11.jsonl (python3 standard library only).

Exit status 0 and "OK" when every check passes; otherwise every problem is listed.
The structural signals and the expected answer are re-derived here, independently of
build.py, from the request bodies and the replayed history of each tenant.
"""
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(ROOT, "holdout11.jsonl")
SAMPLE = os.environ.get("HOLDOUT11_SAMPLE", "/work/shared/corpus/sample.jsonl")

ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


TOP_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_T = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
       "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPT = ["verification"]
PAYER = ["account_no", "account_name"]
PAYEE = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED = ["order_id", "contract_id", "invoice_no"]
VERIF = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORD = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
       "payment_terms", "third_party", "fees_requested", "notes"]
CUSTK = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM = ["product", "quantity", "unit", "unit_price"]
DELIV = ["address", "deadline"]
THIRD = ["name", "contact", "role", "amount"]
FEE = ["reason", "amount"]

TENANTS = ["jianye", "jinsha"]
SCAM_TYPES = {"fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
CURRENCIES = {"CNY", "USD"}
VOCAB = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo sales_order_linked
just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words fee_asked_of_seller
designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment account_change_words
personal_account_pretext account_lending_words safe_account_words authority_words subsidy_words payroll_change
payee_shared_by_employees payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols
""".split())
FREE_MAIL = {"163.com", "126.com", "qq.com", "gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "sina.com"}
# off-hours: weekends, the 2026 Mid-Autumn and National Day break, and outside 08:30-18:30 local time
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 9)}
H5_MIN_AMOUNT = Decimal("10000.00")   # "meaningful amount" for the account-change hard block

RE_AMT = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_MOBILE = re.compile(r"^1330000\d{4}$")
RE_LAND = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_ACCT = re.compile(r"^\d{16,19}$")
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC for c in code):
        return False
    s = sum(USCC.index(c) * pow(3, i, 31) for i, c in enumerate(code[:17]))
    c18 = (31 - s % 31) % 31
    return USCC[c18] == code[17]


def ts(s):
    return dt.datetime.fromisoformat(s)


def is_off(s):
    t = ts(s)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    m = t.hour * 60 + t.minute
    return m < 8 * 60 + 30 or m > 18 * 60 + 30


def keys_exact(lid, obj, want, where, optional=()):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return False
    ks = list(obj.keys())
    base = [k for k in ks if k not in optional]
    if base != want:
        err(lid, "%s keys %s, want %s" % (where, ks, want))
        return False
    extra = [k for k in ks if k in optional]
    if ks != want + extra or extra != [k for k in optional if k in obj]:
        err(lid, "%s optional keys out of order: %s" % (where, ks))
        return False
    return True


def phone_ok(p):
    return p is None or bool(RE_MOBILE.match(p) or RE_LAND.match(p))


def looks_phone(s):
    return isinstance(s, str) and bool(re.fullmatch(r"[0-9\-+ ]{7,}", s))


def amt(lid, v, where):
    if not isinstance(v, str) or not RE_AMT.match(v):
        err(lid, "%s amount %r is not a two-decimal string" % (where, v))
        return Decimal(0)
    return Decimal(v)


def texts_of(obj):
    out = []
    if isinstance(obj, dict):
        for v in obj.values():
            out += texts_of(v)
    elif isinstance(obj, list):
        for v in obj:
            out += texts_of(v)
    elif isinstance(obj, str):
        out.append(obj)
    return out


# ------------------------------------------------------------------ per-request structure
def check_payment(lid, r):
    if not keys_exact(lid, r, PAY, "payment request", PAY_OPT):
        return
    keys_exact(lid, r["payer"], PAYER, "payer")
    keys_exact(lid, r["payee"], PAYEE, "payee")
    keys_exact(lid, r["instruction"], INSTR, "instruction")
    keys_exact(lid, r["related"], RELATED, "related")
    if "verification" in r:
        keys_exact(lid, r["verification"], VERIF, "verification")
        v = r["verification"]
        if not RE_TS.match(v["verified_at"] or ""):
            err(lid, "verified_at not RFC 3339 +08:00")
        elif ts(v["verified_at"]) > ts(r["submitted_at"]):
            err(lid, "verification after submission")
        if not phone_ok(v["callback_number"]):
            err(lid, "callback number format %r" % v["callback_number"])
    for f in ("request_id", "submitted_at", "amount"):
        if not r.get(f):
            err(lid, "missing " + f)
    if not r["payee"].get("name") or not r["payee"].get("account_no"):
        err(lid, "missing payee name/account")
    if not RE_TS.match(r["submitted_at"]):
        err(lid, "submitted_at not RFC 3339 +08:00")
    amt(lid, r["amount"], "amount")
    if r["currency"] not in CURRENCIES:
        err(lid, "currency " + str(r["currency"]))
    if r["payee"]["account_type"] not in {"corporate", "personal", "unknown"}:
        err(lid, "account_type")
    for a in (r["payer"]["account_no"], r["payee"]["account_no"]):
        if not RE_ACCT.match(a):
            err(lid, "account number %s not 16-19 digits" % a)
    if not phone_ok(r["payee"]["phone"]):
        err(lid, "payee phone format")
    ins = r["instruction"]
    if ins["channel"] not in CHANNELS:
        err(lid, "instruction channel")
    if not isinstance(ins["urgent"], bool):
        err(lid, "urgent not bool")
    if looks_phone(ins["from_contact"]) and not phone_ok(ins["from_contact"]):
        err(lid, "from_contact phone format")
    if ins["channel"] == "erp" and (not r["requested_by"] or not r["approved_by"]):
        err(lid, "ERP payment without requester or approver")
    if r["requested_by"] in r["approved_by"]:
        err(lid, "requester approves own request")
    if r["payee_account_changed_at"] is not None:
        if not RE_TS.match(r["payee_account_changed_at"]):
            err(lid, "payee_account_changed_at format")
        elif ts(r["payee_account_changed_at"]) > ts(r["submitted_at"]):
            err(lid, "account change after submission")


def check_order(lid, r):
    if not keys_exact(lid, r, ORD, "order request"):
        return
    keys_exact(lid, r["customer"], CUSTK, "customer")
    keys_exact(lid, r["delivery"], DELIV, "delivery")
    for f in ("record_id", "received_at", "total_amount"):
        if not r.get(f):
            err(lid, "missing " + f)
    if not r["customer"].get("name"):
        err(lid, "missing customer name")
    if not RE_TS.match(r["received_at"]):
        err(lid, "received_at not RFC 3339 +08:00")
    if r["currency"] not in CURRENCIES:
        err(lid, "currency")
    if r["channel"] not in CHANNELS:
        err(lid, "order channel")
    if r["delivery"]["deadline"] is not None and not RE_DATE.match(r["delivery"]["deadline"]):
        err(lid, "deadline format")
    c = r["customer"]
    if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
        err(lid, "credit code %s fails GB 32100-2015 check" % c["credit_code"])
    if not phone_ok(c["phone"]):
        err(lid, "customer phone format")
    total = Decimal(0)
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items empty")
    for it in r["items"]:
        keys_exact(lid, it, ITEM, "item")
        if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
            err(lid, "quantity %r" % it["quantity"])
            continue
        total += Decimal(it["quantity"]) * amt(lid, it["unit_price"], "unit_price")
    if amt(lid, r["total_amount"], "total_amount") != total.quantize(Decimal("0.01")):
        err(lid, "total_amount %s != item sum %s" % (r["total_amount"], total))
    tp = r["third_party"]
    if tp is not None:
        keys_exact(lid, tp, THIRD, "third_party")
        if tp["role"] not in ROLES:
            err(lid, "third_party role")
        amt(lid, tp["amount"], "third_party amount")
        if looks_phone(tp["contact"]) and not phone_ok(tp["contact"]):
            err(lid, "third_party contact format")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested not a list")
    for f in r["fees_requested"]:
        keys_exact(lid, f, FEE, "fee")
        amt(lid, f["amount"], "fee amount")


# ------------------------------------------------------------------ signals and expect
STRUCT_PAY = {"first_time_payee", "personal_account", "no_approval", "im_instruction", "email_instruction",
              "phone_instruction", "letter_instruction", "account_changed_recent", "account_changed_long_ago",
              "duplicate_invoice", "sales_order_linked", "payee_name_mismatch", "payee_not_employee", "free_mail",
              "off_hours"}
STRUCT_ORD = {"new_customer", "contact_im_only", "designated_supplier", "refund_to_other_account",
              "fee_asked_of_seller", "free_mail", "off_hours"}
TEXT_NEEDED = {"balance_probe", "boss_role", "cannot_call", "secrecy_words", "bypass_process", "new_contact",
               "account_change_words", "personal_account_pretext"}


class History:
    def __init__(self):
        self.paid_accounts = set()
        self.invoices = set()
        self.vendor_name = {}
        self.vendor_phone = {}
        self.employees = set()
        self.customers = set()

    def add(self, e):
        r = e["request"]
        if e["kind"] == "payment":
            p = r["payee"]
            self.paid_accounts.add(p["account_no"])
            if r["related"]["invoice_no"]:
                self.invoices.add(r["related"]["invoice_no"])
            if p["vendor_id"]:
                self.vendor_name[p["vendor_id"]] = p["name"]
                if p["phone"]:
                    self.vendor_phone[p["vendor_id"]] = p["phone"]
            if r["purpose"] == "工资":
                self.employees.add(p["name"])
        else:
            if r["customer"]["customer_id"]:
                self.customers.add(r["customer"]["customer_id"])


def derive_payment(r, H):
    s = set()
    p = r["payee"]
    if p["account_no"] not in H.paid_accounts:
        s.add("first_time_payee")
    if p["account_type"] == "personal":
        s.add("personal_account")
    if len(r["approved_by"]) == 0:
        s.add("no_approval")
    s |= {"im": {"im_instruction"}, "email": {"email_instruction"}, "phone": {"phone_instruction"},
          "letter": {"letter_instruction"}}.get(r["instruction"]["channel"], set())
    ch = r["payee_account_changed_at"]
    if ch:
        s.add("account_changed_recent" if (ts(r["submitted_at"]) - ts(ch)) <= dt.timedelta(days=30)
              else "account_changed_long_ago")
    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in H.invoices:
        s.add("duplicate_invoice")
    if r["related"]["order_id"]:
        s.add("sales_order_linked")
    vid = p["vendor_id"]
    if vid and vid in H.vendor_name and H.vendor_name[vid] != p["name"]:
        s.add("payee_name_mismatch")
    if r["purpose"] == "工资":
        named = [n for n in H.employees if n in r["memo"]]
        if named and p["name"] not in named:
            s.add("payee_not_employee")
    fc = r["instruction"]["from_contact"] or ""
    if "@" in fc and fc.rsplit("@", 1)[1].lower() in FREE_MAIL:
        s.add("free_mail")
    if is_off(r["submitted_at"]):
        s.add("off_hours")
    return s


def derive_order(r, H):
    s = set()
    c = r["customer"]
    if c["customer_id"] is None:
        s.add("new_customer")
    if c["email"] is None and not (c["phone"] and RE_LAND.match(c["phone"])):
        s.add("contact_im_only")
    tp = r["third_party"]
    if tp and tp["role"] == "designated_supplier":
        s.add("designated_supplier")
    if tp and tp["role"] == "refund_recipient":
        s.add("refund_to_other_account")
    if r["fees_requested"]:
        s.add("fee_asked_of_seller")
    if c["email"] and c["email"].rsplit("@", 1)[1].lower() in FREE_MAIL:
        s.add("free_mail")
    if is_off(r["received_at"]):
        s.add("off_hours")
    return s


def verified_on_file(r, H):
    v = r.get("verification")
    if not v or not v.get("callback_done"):
        return False
    on_file = H.vendor_phone.get(r["payee"]["vendor_id"])
    return on_file is not None and v.get("callback_number") == on_file


def hard_blocks(e, H):
    """Return the README hard-block rules that the line meets."""
    s = set(e["signals"])
    r = e["request"]
    pay = e["kind"] == "payment"
    hits = []
    if "safe_account_words" in s:
        hits.append("H1 safe/supervised account or fund verification")
    if "account_lending_words" in s:
        hits.append("H2 lending the company account")
    if "refund_to_other_account" in s or ("refund_words" in s and "fake_payment_proof" in s):
        hits.append("H3 refund to another account or before money cleared")
    if "designated_supplier" in s and ("fake_payment_proof" in s or (pay and "sales_order_linked" in s)):
        hits.append("H4 customer-designated supplier paid before customer's money")
    if pay and "account_changed_recent" in s and "first_time_payee" in s \
            and Decimal(r["amount"]) >= H5_MIN_AMOUNT and not verified_on_file(r, H):
        hits.append("H5 first payment to an account changed within 30 days, no call-back on file")
    if pay and {"boss_role", "balance_probe", "no_approval", "first_time_payee"} <= s \
            and s & {"im_instruction", "email_instruction"}:
        hits.append("H6 boss instruction with balance probe")
    if pay and "personal_account" in s and s & {"task_rebate_words", "topup_words", "loan_fee_words"}:
        hits.append("H7 personal account with task/top-up/rebate/unfreezing/verification words")
    if "duplicate_invoice" in s:
        hits.append("H8 already-paid invoice number")
    if s & {"payee_not_employee", "payee_shared_by_employees"}:
        hits.append("H9 salary not to the employee")
    return hits


TRAD = set("證帳戶賬匯驗墊凍結錢轉稅閱謝請發開們闆個")


def wording_checks(lid, e):
    s = set(e["signals"])
    r = e["request"]
    if e["kind"] == "payment":
        txt = r["instruction"]["text"] or ""
        alltxt = txt + r["memo"]
        if s & TEXT_NEEDED and not txt:
            err(lid, "wording signal without instruction text")
        if "loan_fee_words" in s and "personal_account" in s and not re.search(r"验|解冻|驗|解凍", alltxt):
            err(lid, "personal loan-fee line lacks verification/unfreezing words (H7 scope)")
        if "refund_to_other_account" in s and "退" not in r["purpose"] + r["memo"]:
            err(lid, "refund_to_other_account on a non-refund payment")
        if "designated_supplier" in s and "sales_order_linked" not in s:
            err(lid, "designated_supplier payment not linked to a sales order")
        if "payee_shared_by_employees" in s and (r["memo"].count("、") < 1 or "工资" not in r["purpose"]):
            err(lid, "payee_shared_by_employees without several employees in a wage line")
        if "payroll_change" in s and "工资" not in r["purpose"]:
            err(lid, "payroll_change on a non-salary payment")
    else:
        alltxt = r["notes"] or ""
        tp = r["third_party"]
        if tp and tp["role"] == "pass_through_payee" and "account_lending_words" not in s:
            err(lid, "pass-through third party without account_lending_words")
    blob = "\n".join(texts_of(r))
    if "evasion_fullwidth" in s and not re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", blob):
        err(lid, "evasion_fullwidth without full-width letters or digits")
    if "evasion_traditional" in s and not (set(blob) & TRAD):
        err(lid, "evasion_traditional without traditional characters")
    if "evasion_spacing" in s and not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", blob):
        err(lid, "evasion_spacing without spaced CJK")
    if "evasion_pinyin" in s and not re.search(r"[\u4e00-\u9fff][a-z]+|[a-z]{3,}[\u4e00-\u9fff]|\b(aqzh|dgzh|bzj|yhk|zfb|yzm|sls)\b", blob):
        err(lid, "evasion_pinyin without pinyin in Chinese text")


def expect_checks(lid, e, H):
    hits = hard_blocks(e, H)
    if e["label"] == "legit":
        if e["expect"] != "allow":
            err(lid, "legit line must expect allow")
        if hits:
            err(lid, "legit line meets a hard-block rule: %s" % hits)
    else:
        want = "block" if hits else "flag"
        if e["expect"] != want:
            err(lid, "expect %s but signals give %s %s" % (e["expect"], want, hits))


# ------------------------------------------------------------------ sample reuse
ID_KEYS = {"account_no", "phone", "email", "im_id", "credit_code", "from_contact", "callback_number", "contact",
           "name", "contact_name", "from_name", "account_name", "record_id", "request_id", "vendor_id",
           "customer_id", "contract_id", "invoice_no", "order_id"}
TEXT_KEYS = {"text", "memo", "notes", "note", "address", "product", "purpose", "reason", "payment_terms"}
SPLIT = re.compile(r"[。！？!?；;\n]|(?<=[a-z])\.\s")


def collect(obj, idv, txt):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, str):
                if k in ID_KEYS:
                    idv.add(v)
                if k in TEXT_KEYS:
                    txt.append(v)
            else:
                collect(v, idv, txt)
    elif isinstance(obj, list):
        for v in obj:
            collect(v, idv, txt)


def sample_reuse(lines):
    if not os.path.exists(SAMPLE):
        print("warning: %s not found, sample-reuse check skipped" % SAMPLE)
        return
    s_ids, s_txt = set(), []
    with open(SAMPLE, encoding="utf-8") as f:
        for l in f:
            d = json.loads(l)
            collect(d, s_ids, s_txt)
            s_txt.append(d.get("note") or "")
    sentences = set()
    for t in s_txt:
        for prefix in ("Routine:", "Hard negative:", "Structural only:"):   # mandated by the README
            if t.startswith(prefix):
                t = t[len(prefix):]
        for piece in SPLIT.split(t):
            piece = piece.strip(" ，,。：:（）()\"'")
            if len(piece) >= 8:
                sentences.add(piece)
            for clause in re.split(r"[，,：:]", piece):   # long clauses too
                clause = clause.strip(" （）()\"'")
                if len(clause) >= 10 and re.search(r"[\u4e00-\u9fff]", clause):
                    sentences.add(clause)
    for e in lines:
        ids, txt = set(), []
        collect(e, ids, txt)
        for v in ids & s_ids:
            err(e["id"], "identifier reused from sample.jsonl: %r" % v)
        blob = "\n".join(txt + texts_of(e["request"]))
        for sent in sentences:
            if sent in blob:
                err(e["id"], "sentence reused from sample.jsonl: %r" % sent)


# ------------------------------------------------------------------ main
def main():
    with open(CORPUS, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        err("file", "no final newline")
    lines = []
    for n, l in enumerate(raw.splitlines(), 1):
        try:
            lines.append(json.loads(l))
        except ValueError as x:
            err("line %d" % n, "not JSON: %s" % x)
    seen_ids, seen_req = set(), set()
    order_by_id = {}
    tenant_seq = []
    for e in lines:
        if not tenant_seq or tenant_seq[-1] != e.get("tenant"):
            tenant_seq.append(e.get("tenant"))
        if e.get("kind") == "order":
            order_by_id[e["request"].get("record_id")] = e["request"]
    if len(tenant_seq) != len(set(tenant_seq)):
        err("file", "lines of a tenant are not grouped together: %s" % tenant_seq)
    payer = {}
    state = {}
    for e in lines:
        lid = e.get("id", "?")
        want = TOP_H if e.get("phase") == "history" else TOP_T
        if list(e.keys()) != want:
            err(lid, "top-level keys %s" % list(e.keys()))
            continue
        if lid in seen_ids:
            err(lid, "duplicate id")
        seen_ids.add(lid)
        t = e["tenant"]
        if t not in TENANTS:
            err(lid, "tenant")
            continue
        m = re.fullmatch(r"(\w+)-([ht])(\d{3})", lid)
        if not m or m.group(1) != t or m.group(2) != e["phase"][0]:
            err(lid, "id does not match tenant/phase")
        if e["phase"] not in ("history", "test") or e["kind"] not in ("payment", "order"):
            err(lid, "phase/kind")
            continue
        if e["label"] not in ("legit", "scam") or e["expect"] not in ("allow", "flag", "block"):
            err(lid, "label/expect")
        if e["label"] == "legit" and e["scam_type"] is not None:
            err(lid, "legit line with scam_type")
        if e["label"] == "scam" and e["scam_type"] not in SCAM_TYPES:
            err(lid, "scam_type %r" % e["scam_type"])
        if not isinstance(e["signals"], list) or len(set(e["signals"])) != len(e["signals"]):
            err(lid, "signals not a list of distinct names")
        for sg in e["signals"]:
            if sg not in VOCAB:
                err(lid, "signal %r not in vocabulary" % sg)
        r = e["request"]
        st = state.setdefault(t, {"H": History(), "last": None, "in_test": False})
        if e["kind"] == "payment":
            check_payment(lid, r)
            rid, when = r.get("request_id"), r.get("submitted_at")
            payer.setdefault(t, r["payer"])
            if r["payer"] != payer[t]:
                err(lid, "payer differs within tenant")
        else:
            check_order(lid, r)
            rid, when = r.get("record_id"), r.get("received_at")
        if (t, e["kind"], rid) in seen_req:
            err(lid, "duplicate request id %s" % rid)
        seen_req.add((t, e["kind"], rid))
        if not RE_TS.match(when or ""):
            continue
        w = ts(when)
        if st["last"] and w < st["last"]:
            err(lid, "not chronological within tenant")
        st["last"] = w
        months = (9, 10) if e["phase"] == "history" else (11, 12)
        if w.year != 2026 or w.month not in months:
            err(lid, "%s line dated %s outside its window" % (e["phase"], when))
        if e["phase"] == "history":
            if st["in_test"]:
                err(lid, "history line after a test line")
            if e["label"] != "legit" or e["expect"] != "allow" or e["outcome"] != "executed" or e["signals"]:
                err(lid, "history line must be legit/allow/executed with no signals")
            st["H"].add(e)
            continue
        st["in_test"] = True
        H = st["H"]
        s = set(e["signals"])
        if e["kind"] == "payment":
            d = derive_payment(r, H)
            struct = STRUCT_PAY
            if "refund_to_other_account" in s and r["related"]["order_id"] in order_by_id:
                if order_by_id[r["related"]["order_id"]]["customer"]["name"] == r["payee"]["name"]:
                    err(lid, "refund_to_other_account but payee is the ordering customer")
            if r["related"]["order_id"] and r["related"]["order_id"] not in order_by_id:
                err(lid, "related.order_id points to no order in the corpus")
        else:
            d = derive_order(r, H)
            struct = STRUCT_ORD
        for sg in struct:
            if e["kind"] == "payment" and sg in ("designated_supplier", "refund_to_other_account"):
                continue
            if (sg in d) != (sg in s):
                err(lid, "structural signal %s: derived %s, listed %s" % (sg, sg in d, sg in s))
        wording_checks(lid, e)
        expect_checks(lid, e, H)
        note = e["note"]
        if e["label"] == "legit":
            if not (note.startswith("Routine:") or note.startswith("Hard negative:")):
                err(lid, "legit test note must start with Routine: or Hard negative:")
            if note.startswith("Routine:") and e["signals"]:
                err(lid, "routine line carries signals")
            if note.startswith("Hard negative:") and not e["signals"]:
                err(lid, "hard negative without the signals it shares with scams")
        elif note.startswith("Routine:") or note.startswith("Hard negative:"):
            err(lid, "scam note with a legit prefix")
    sample_reuse(lines)
    if ERRORS:
        print("\n".join(ERRORS))
        print("FAILED: %d problem(s)" % len(ERRORS))
        sys.exit(1)
    n = len(lines)
    print("OK: %d lines, %d tenants" % (n, len(tenant_seq)))


if __name__ == "__main__":
    main()
