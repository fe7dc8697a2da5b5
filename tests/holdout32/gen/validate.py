#!/usr/bin/env python3
"""Independent checker for ../holdout32.jsonl.

Does not import the generator. Re-derives everything from the file itself:
format and key order, grouping and chronology, ids, amounts, credit codes, account
numbers, phone numbers, the structural signals, the evasion-spelling signals, and
`block_reasons(line)`: why an `expect: block` line carries a hard-block signal of the
corpus README's list. Every block line must have at least one reason; flag and legit
lines must have none. Exits non-zero on any failure.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout32.jsonl")

ERRORS = []


def err(line_id, msg):
    ERRORS.append("%s: %s" % (line_id, msg))


# --------------------------------------------------------------------------
# Format constants (from corpus/README.md and PRODUCT.md)
# --------------------------------------------------------------------------

KEYS_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
KEYS_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_KEYS_V = PAY_KEYS + ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
              "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
              "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

VOCAB = set("""
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

# Test window public holidays (off-hours all day). Offices keep 10:00-20:00 Beijing time on weekdays.
HOLIDAYS = {"2026-09-25", "2026-09-26", "2026-09-27"} | {"2026-10-%02d" % d for d in range(1, 8)}
AVOID_DAYS = HOLIDAYS | {"2026-09-20", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-11"}

TS_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
MONEY_RE = re.compile(r"^\d+\.\d\d$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
MOBILE_RE = re.compile(r"^1(69|94|48)0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
INVOICE_RE = re.compile(r"^\d{20}$")
EMP_RE = re.compile(r"^E\d{4}$")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    c = (31 - s % 31) % 31
    if USCC_CHARS[c] != code[17]:
        return False
    body = code[8:16]
    s = sum((int(ch) if ch.isdigit() else ord(ch) - 55) * w for ch, w in zip(body, ORG_W))
    oc = 11 - s % 11
    oc = "X" if oc == 10 else ("0" if oc == 11 else str(oc))
    return oc == code[16]


def dt(s):
    return datetime.fromisoformat(s)


def off_hours(ts):
    d = dt(ts)
    if d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS:
        return True
    m = d.hour * 60 + d.minute
    return m < 600 or m >= 1200


def money(x):
    return Decimal(x)


# --------------------------------------------------------------------------
# Text normalisation (TYPOLOGIES.md section 3) for keyword checks
# --------------------------------------------------------------------------

T2S = {k: v for k, v in zip(
    "萬於納並無資監帳賬戶轉驗凍結費貸會計變為準號銀們請後補貼這個發錢過務與給對當時續專證農業區縣聯應該導員處長數額還沒見經辦將從裡來麼話電碼錄單實認記讓則開關問題網測點來貴領標價複報進財機傳審請統誤規繳風險內隨併撥鄉鎮紅說謝匯墊騙廣東陽劉趙張陳馬黃楊書類種養殖場畜際產務節雞們隊樣現歲愛條總爾蘭衛",
    "万于纳并无资监账账户转验冻结费贷会计变为准号银们请后补贴这个发钱过务与给对当时续专证农业区县联应该导员处长数额还没见经办将从里来么话电码录单实认记让则开关问题网测点来贵领标价复报进财机传审请统误规缴风险内随并拨乡镇红说谢汇垫骗广东阳刘赵张陈马黄杨书类种养殖场畜际产务节鸡们队样现岁爱条总尔兰卫") if k != v}
HOMOPHONES = {"唰单": "刷单", "刷dan": "刷单", "s单": "刷单", "返力": "返利", "反利": "返利", "保正金": "保证金",
              "保症金": "保证金", "压金": "押金", "威信": "微信", "薇信": "微信", "验正码": "验证码", "银航卡": "银行卡"}
PINYIN = {"bzj": "保证金", "yzm": "验证码", "yhk": "银行卡", "zfb": "支付宝", "aqzh": "安全账户", "gjf": "公检法",
          "dgzh": "对公账户", "sls": "刷流水"}
SEP_CHARS = set(" \u3000\t\n·•.,，。、-_/\\|*~#@+")
CJK = re.compile(r"[\u4e00-\u9fff]")


def normalise(text):
    t = unicodedata.normalize("NFKC", text or "")
    t = "".join(T2S.get(c, c) for c in t).lower()
    t = t.replace("帐", "账")
    for k, v in HOMOPHONES.items():
        t = t.replace(k, v)
    t = re.sub(r"(?<![a-z])(%s)(?![a-z])" % "|".join(sorted(PINYIN, key=len, reverse=True)),
               lambda m: PINYIN[m.group(1)], t)
    return t


def compact(text):
    t = normalise(text)
    return "".join(c for c in t if c not in SEP_CHARS and unicodedata.category(c) != "So")


def has_any(text, words):
    n, c = normalise(text), compact(text)
    return [w for w in words if w in n or w in c]


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查"]
LENDING_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公司账户",
                 "借个对公账户", "借你们对公账户", "刷流水", "做流水", "出租账户", "邮寄u盾", "把u盾寄过来", "资金过桥"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现", "连单", "卡单", "做单"]
BALANCE_WORDS = ["余额", "可用资金", "还有多少钱", "账上还有多少", "能用的钱", "资金情况", "截图发我", "截个图"]
BOSS_WORDS = ["理事长", "董事长", "总经理", "老板", "社长", "队长", "领导", "陈总", "总裁"]
DESIGNATED_WORDS = ["指定", "代购", "代采", "帮忙采购", "一起结", "一并结", "先垫付", "垫付", "先把"]
UNCLEARED_WORDS = ["截图", "处理中", "未到账", "没到账", "延迟", "在途", "明天到账", "明天一起到", "以实际到账为准",
                   "24小时"]
PAY_FIRST_WORDS = ["先付", "先把", "先垫", "垫付", "先打"]
SALARY_WORDS = ["工资", "工钱", "薪"]
MEANINGFUL = Decimal("10000.00")


def all_text(kind, r):
    if kind == "payment":
        return "\n".join([r.get("purpose") or "", r.get("memo") or "", (r.get("instruction") or {}).get("text") or ""])
    return "\n".join([r.get("payment_terms") or "", r.get("notes") or ""])


# --------------------------------------------------------------------------
# Hard-block reasons (corpus README, `expect: block` list)
# --------------------------------------------------------------------------

class Ctx:
    """Per-tenant history facts needed by the structural checks."""

    def __init__(self):
        self.known_accounts = set()
        self.paid_invoices = set()
        self.orders = {}  # record_id -> order request (history and test, in file order)


def block_reasons(line, ctx):
    kind, r = line["kind"], line["request"]
    text = all_text(kind, r)
    reasons = []
    # 1. safe / national / supervised account or fund verification
    w = has_any(text, SAFE_WORDS)
    if w:
        reasons.append("safe_account: " + "/".join(w))
    # 2. lend the company account / pass money through it
    w = has_any(text, LENDING_WORDS)
    if w:
        reasons.append("account_lending: " + "/".join(w))
    elif kind == "order" and r.get("third_party") and r["third_party"]["role"] == "pass_through_payee":
        reasons.append("account_lending: pass_through_payee")
    if kind == "order":
        tp = r.get("third_party")
        # 3. refund to an account other than the one that paid
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund_other_account: %s != %s" % (tp["name"], r["customer"]["name"]))
        # 4. customer-designated supplier to be paid first, backed only by a screenshot
        if tp and tp["role"] == "designated_supplier" and has_any(text, UNCLEARED_WORDS) and has_any(text, PAY_FIRST_WORDS):
            reasons.append("designated_supplier_before_cleared: " + "/".join(has_any(text, UNCLEARED_WORDS)))
        return reasons
    pe = r["payee"]
    first = pe["account_no"] not in ctx.known_accounts
    linked = ctx.orders.get(r["related"]["order_id"]) if r["related"]["order_id"] else None
    uncleared = has_any(text, UNCLEARED_WORDS)
    # 3. refund to another account or before the money cleared
    if "退" in (r.get("purpose") or "") + (r.get("memo") or ""):
        if linked is not None and linked["customer"]["name"] != pe["name"]:
            reasons.append("refund_other_account: %s != %s" % (pe["name"], linked["customer"]["name"]))
        elif uncleared:
            reasons.append("refund_before_cleared: " + "/".join(uncleared))
    # 4. paying a customer-designated supplier for the customer's order before its money arrived
    if linked is not None and first and uncleared:
        tp = linked.get("third_party")
        if has_any(text, DESIGNATED_WORDS) or (tp and tp["role"] == "designated_supplier" and tp["name"] == pe["name"]):
            reasons.append("designated_supplier_before_cleared: order %s, %s" % (r["related"]["order_id"], "/".join(uncleared)))
    # 5. first meaningful payment to a supplier account changed within 30 days
    ch = r.get("payee_account_changed_at")
    if ch and first and money(r["amount"]) >= MEANINGFUL:
        age = dt(r["submitted_at"]) - dt(ch)
        if timedelta(0) <= age <= timedelta(days=30):
            reasons.append("account_changed_recent_first_payment: %d days" % age.days)
    # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
    ins = r.get("instruction") or {}
    if ins.get("channel") in ("im", "email") and not r["approved_by"] and first:
        who = (ins.get("from_name") or "") + "\n" + (ins.get("text") or "")
        bal = has_any(ins.get("text") or "", BALANCE_WORDS)
        if bal and has_any(who, BOSS_WORDS):
            reasons.append("boss_balance_probe: " + "/".join(bal))
    # 7. personal payee + task/top-up/rebate/unfreezing/capital-verification words
    if pe["account_type"] == "personal":
        w = has_any(text, TASK_WORDS)
        if w:
            reasons.append("personal_task_words: " + "/".join(w))
    # 8. invoice number already paid
    inv = r["related"]["invoice_no"]
    if inv and inv in ctx.paid_invoices:
        reasons.append("duplicate_invoice: " + inv)
    # 9. salary to a non-employee account, or several employees to one account
    if pe["account_type"] == "personal" and any(s in (r.get("purpose") or "") + (r.get("memo") or "") for s in SALARY_WORDS):
        m = re.search(r"（([^，,）]+)", r.get("memo") or "")
        if m:
            who = m.group(1).strip()
            n = re.fullmatch(r"(\d+)人", who)
            if n and int(n.group(1)) >= 2:
                reasons.append("salary_several_employees_one_account: %s" % who)
            elif not n:
                who = re.sub(r"本人$", "", who)
                if who != pe["name"]:
                    reasons.append("salary_holder_not_employee: %s != %s" % (pe["name"], who))
    return reasons


def structural(line, ctx):
    kind, r = line["kind"], line["request"]
    s = set()
    if kind == "payment":
        if r["payee"]["account_no"] not in ctx.known_accounts:
            s.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            s.add("personal_account")
        if not r["approved_by"]:
            s.add("no_approval")
        ch = r["payee_account_changed_at"]
        if ch:
            s.add("account_changed_recent" if dt(r["submitted_at"]) - dt(ch) <= timedelta(days=30)
                  else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.paid_invoices:
            s.add("duplicate_invoice")
        if off_hours(r["submitted_at"]):
            s.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            s.add("new_customer")
        if off_hours(r["received_at"]):
            s.add("off_hours")
    return s


def evasion_found(line):
    """Which evasion families are actually present in the free text."""
    r = line["request"]
    if line["kind"] == "payment":
        raw = (r.get("instruction") or {}).get("text") or ""
    else:
        raw = r.get("notes") or ""
    found = set()
    if re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", raw):
        found.add("evasion_fullwidth")
    if any(c in T2S for c in raw):
        found.add("evasion_traditional")
    if re.search(r"(?<![A-Za-z])(%s)(?![A-Za-z])" % "|".join(PINYIN), unicodedata.normalize("NFKC", raw).lower()):
        found.add("evasion_pinyin")
    if any(k in raw for k in HOMOPHONES):
        found.add("evasion_homophone")
    if re.search(r"[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]", raw):
        found.add("evasion_spacing")
    if re.search(r"[\u4e00-\u9fff][.\-·*/][\u4e00-\u9fff][.\-·*/][\u4e00-\u9fff]", raw):
        found.add("evasion_symbols")
    return found


# --------------------------------------------------------------------------
# Field checks
# --------------------------------------------------------------------------

def check_keys(lid, obj, keys, where):
    if not isinstance(obj, dict) or list(obj.keys()) != keys:
        err(lid, "%s keys %s, expected %s" % (where, list(obj.keys()) if isinstance(obj, dict) else obj, keys))
        return False
    return True


def check_money(lid, v, where):
    if not isinstance(v, str) or not MONEY_RE.match(v):
        err(lid, "%s not a 2-place decimal string: %r" % (where, v))


def check_phone(lid, v, where, allow_none=True):
    if v is None:
        if not allow_none:
            err(lid, "%s missing" % where)
        return
    if not (MOBILE_RE.match(v) or LANDLINE_RE.match(v)):
        err(lid, "%s bad phone %r" % (where, v))


def check_text_numbers(lid, text):
    t = unicodedata.normalize("NFKC", text or "")
    for m in re.finditer(r"(?<!\d)1[3-9]\d{9}(?!\d)", t):
        if not MOBILE_RE.match(m.group(0)):
            err(lid, "mobile in text with a non-allowed prefix: %s" % m.group(0))
    for m in re.finditer(r"(?<!\d)\d{12,19}(?!\d)", t):
        if not ACCT_RE.match(m.group(0)):
            err(lid, "long number in text is not 16-19 digits: %s" % m.group(0))


def check_payment(lid, r):
    keys = PAY_KEYS_V if "verification" in r else PAY_KEYS
    if not check_keys(lid, r, keys, "payment request"):
        return
    check_keys(lid, r["payer"], PAYER_KEYS, "payer")
    check_keys(lid, r["payee"], PAYEE_KEYS, "payee")
    check_keys(lid, r["instruction"], INSTR_KEYS, "instruction")
    check_keys(lid, r["related"], RELATED_KEYS, "related")
    if not TS_RE.match(r["submitted_at"]):
        err(lid, "submitted_at format")
    for a in (r["payer"]["account_no"], r["payee"]["account_no"]):
        if not ACCT_RE.match(a):
            err(lid, "account number not 16-19 digits: %s" % a)
    check_money(lid, r["amount"], "amount")
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["payee"]["account_type"] not in ACCOUNT_TYPES:
        err(lid, "account_type")
    if r["instruction"]["channel"] not in CHANNELS:
        err(lid, "instruction.channel")
    if not isinstance(r["instruction"]["urgent"], bool):
        err(lid, "instruction.urgent not bool")
    check_phone(lid, r["payee"]["phone"], "payee.phone")
    fc = r["instruction"]["from_contact"]
    if fc and re.match(r"^[\d-]+$", fc):
        check_phone(lid, fc, "instruction.from_contact")
    check_text_numbers(lid, r["instruction"]["text"])
    if not EMP_RE.match(r["requested_by"]) or any(not EMP_RE.match(a) for a in r["approved_by"]):
        err(lid, "employee ids")
    if r["requested_by"] in r["approved_by"]:
        err(lid, "requester approves own request")
    if len(set(r["approved_by"])) != len(r["approved_by"]):
        err(lid, "duplicate approver")
    if r["instruction"]["channel"] == "erp" and not r["approved_by"]:
        err(lid, "ERP payment without approval")
    inv = r["related"]["invoice_no"]
    if inv is not None and not INVOICE_RE.match(inv):
        err(lid, "invoice number format %s" % inv)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not TS_RE.match(ch):
            err(lid, "payee_account_changed_at format")
        elif dt(ch) > dt(r["submitted_at"]):
            err(lid, "account change after submission")
        if not r["payee"]["vendor_id"]:
            err(lid, "account change recorded for a payee without vendor_id")
    if "verification" in r:
        v = r["verification"]
        if check_keys(lid, v, VERIF_KEYS, "verification"):
            check_phone(lid, v["callback_number"], "verification.callback_number", allow_none=False)
            if not TS_RE.match(v["verified_at"]) or dt(v["verified_at"]) > dt(r["submitted_at"]):
                err(lid, "verification.verified_at")


def check_order(lid, r):
    if not check_keys(lid, r, ORDER_KEYS, "order request"):
        return
    check_keys(lid, r["customer"], CUST_KEYS, "customer")
    check_keys(lid, r["delivery"], DELIV_KEYS, "delivery")
    if not TS_RE.match(r["received_at"]):
        err(lid, "received_at format")
    c = r["customer"]
    if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
        err(lid, "invalid unified social credit code %s" % c["credit_code"])
    check_phone(lid, c["phone"], "customer.phone")
    total = Decimal("0")
    if not r["items"]:
        err(lid, "no items")
    for it in r["items"]:
        if not check_keys(lid, it, ITEM_KEYS, "item"):
            continue
        check_money(lid, it["unit_price"], "unit_price")
        if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
            err(lid, "quantity not a decimal string")
            continue
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_money(lid, r["total_amount"], "total_amount")
    try:
        if Decimal(r["total_amount"]) != total:
            err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
    except InvalidOperation:
        pass
    if r["currency"] != "CNY":
        err(lid, "currency")
    if r["channel"] not in CHANNELS:
        err(lid, "order channel")
    tp = r["third_party"]
    if tp is not None:
        if check_keys(lid, tp, THIRD_KEYS, "third_party"):
            if tp["role"] not in ROLES:
                err(lid, "third_party.role")
            if tp["amount"] is not None:
                check_money(lid, tp["amount"], "third_party.amount")
            check_phone(lid, tp["contact"], "third_party.contact")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested not a list")
    else:
        for f in r["fees_requested"]:
            if check_keys(lid, f, FEE_KEYS, "fee"):
                check_money(lid, f["amount"], "fee amount")
    check_text_numbers(lid, r["notes"])


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def main():
    raw = open(PATH, encoding="utf-8").read()
    if not raw.endswith("\n"):
        err("file", "no final newline")
    lines = []
    for n, s in enumerate(raw.splitlines(), 1):
        try:
            lines.append(json.loads(s))
        except json.JSONDecodeError as e:
            err("line %d" % n, "bad JSON: %s" % e)
    ids, rids = set(), set()
    tenant_order = []
    per_tenant = defaultdict(list)
    for l in lines:
        lid = l.get("id", "?")
        keys = KEYS_HISTORY if l.get("phase") == "history" else KEYS_TEST
        if list(l.keys()) != keys:
            err(lid, "top-level keys %s" % list(l.keys()))
            continue
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        if not re.match(r"^%s-%s\d{3}$" % (re.escape(l["tenant"]), "h" if l["phase"] == "history" else "t"), lid):
            err(lid, "id does not match tenant/phase")
        if not tenant_order or tenant_order[-1] != l["tenant"]:
            if l["tenant"] in tenant_order:
                err(lid, "tenant lines not grouped")
            tenant_order.append(l["tenant"])
        per_tenant[l["tenant"]].append(l)
        r = l["request"]
        rid = r.get("request_id") if l["kind"] == "payment" else r.get("record_id")
        if rid in rids:
            err(lid, "duplicate request/record id %s" % rid)
        rids.add(rid)
        if l["kind"] == "payment":
            check_payment(lid, r)
        elif l["kind"] == "order":
            check_order(lid, r)
        else:
            err(lid, "kind")
        if l["phase"] == "history":
            if l["outcome"] != "executed" or l["label"] != "legit" or l["expect"] != "allow" or l["scam_type"] is not None:
                err(lid, "history line must be legit/allow/executed")
            if l["signals"]:
                err(lid, "history lines carry no signals in this corpus")
        elif l["phase"] == "test":
            if l["label"] == "legit":
                if l["expect"] != "allow" or l["scam_type"] is not None:
                    err(lid, "legit line must be allow with scam_type null")
                if not (l["note"].startswith("Routine: ") or l["note"].startswith("Hard negative: ")):
                    err(lid, "legit note must start with 'Routine: ' or 'Hard negative: '")
                if l["note"].startswith("Routine: ") and l["signals"]:
                    err(lid, "routine line carries signals %s" % l["signals"])
            elif l["label"] == "scam":
                if l["expect"] not in ("flag", "block") or l["scam_type"] not in SCAM_TYPES:
                    err(lid, "scam line expect/scam_type")
                if l["note"].startswith(("Routine", "Hard negative")):
                    err(lid, "scam note prefix")
            else:
                err(lid, "label")
        else:
            err(lid, "phase")
        for s in l["signals"]:
            if s not in VOCAB:
                err(lid, "signal %s not in the README vocabulary" % s)
        if len(set(l["signals"])) != len(l["signals"]):
            err(lid, "duplicate signal")

    # per-tenant order, history facts, structural signals, block reasons
    reason_counts = Counter()
    block_total = 0
    for tenant, tl in per_tenant.items():
        ctx = Ctx()
        seen_test = False
        last_ts = ""
        vendor_state = {}  # vendor_id -> (changed_at or "", account_no): the master may only move forward
        for l in tl:
            lid = l["id"]
            r = l["request"]
            if l["kind"] == "payment" and r["payee"]["vendor_id"]:
                vid = r["payee"]["vendor_id"]
                cur = (r["payee_account_changed_at"] or "", r["payee"]["account_no"])
                prev = vendor_state.get(vid)
                if prev is not None:
                    if cur[0] < prev[0]:
                        err(lid, "vendor %s: account change date goes back (%s after %s)" % (vid, cur[0] or "null", prev[0]))
                    elif cur[0] == prev[0] and cur[1] != prev[1]:
                        err(lid, "vendor %s: different account without a recorded change" % vid)
                vendor_state[vid] = cur
            ts = r.get("submitted_at") if l["kind"] == "payment" else r.get("received_at")
            if l["phase"] == "history" and seen_test:
                err(lid, "history line after a test line")
            if l["phase"] == "test":
                seen_test = True
                d = ts[:10]
                if not ("2026-09-01" <= d <= "2026-11-30"):
                    err(lid, "test line outside September-November 2026")
                if d in AVOID_DAYS:
                    err(lid, "test line on a holiday or uncertain make-up day")
            if ts < last_ts:
                err(lid, "not in chronological order")
            last_ts = ts
            if l["kind"] == "payment" and r["related"]["order_id"] and r["related"]["order_id"] not in ctx.orders:
                err(lid, "related.order_id %s not an earlier order of this tenant" % r["related"]["order_id"])
            if l["phase"] == "test":
                got = set(s for s in l["signals"] if s in STRUCTURAL)
                want = structural(l, ctx)
                if got != want:
                    err(lid, "structural signals %s, recomputed %s" % (sorted(got), sorted(want)))
                ev_got = set(s for s in l["signals"] if s.startswith("evasion_"))
                ev_found = evasion_found(l)
                if ev_got != ev_found:
                    err(lid, "evasion signals %s, found in text %s" % (sorted(ev_got), sorted(ev_found)))
                reasons = block_reasons(l, ctx)
                if l["expect"] == "block":
                    block_total += 1
                    if not reasons:
                        err(lid, "expect block but no hard-block reason recomputed")
                    for x in reasons:
                        reason_counts[x.split(":")[0]] += 1
                    print("  BLOCK %-14s %s" % (lid, "; ".join(reasons)))
                elif reasons:
                    err(lid, "%s line (expect %s) carries hard-block reasons: %s" % (l["label"], l["expect"], reasons))
            if l["kind"] == "order":
                ctx.orders[r["record_id"]] = r
            if l["phase"] == "history" and l["kind"] == "payment":
                ctx.known_accounts.add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    ctx.paid_invoices.add(r["related"]["invoice_no"])

    # summary
    test = [l for l in lines if l.get("phase") == "test"]
    hist = [l for l in lines if l.get("phase") == "history"]
    print("\nlines %d: history %d, test %d" % (len(lines), len(hist), len(test)))
    for t in tenant_order:
        tl = per_tenant[t]
        tt = [l for l in tl if l["phase"] == "test"]
        print("  %-8s history %2d (pay %2d, order %2d)  test %2d  scam %2d  legit %2d  hard-neg %2d  routine %2d  block %2d  "
              "test-pay %2d  test-order %2d" % (
                  t, sum(l["phase"] == "history" for l in tl),
                  sum(l["phase"] == "history" and l["kind"] == "payment" for l in tl),
                  sum(l["phase"] == "history" and l["kind"] == "order" for l in tl),
                  len(tt), sum(l["label"] == "scam" for l in tt), sum(l["label"] == "legit" for l in tt),
                  sum(l["note"].startswith("Hard negative") for l in tt), sum(l["note"].startswith("Routine") for l in tt),
                  sum(l["expect"] == "block" for l in tt), sum(l["kind"] == "payment" for l in tt),
                  sum(l["kind"] == "order" for l in tt)))
    scams = [l for l in test if l["label"] == "scam"]
    legit = [l for l in test if l["label"] == "legit"]
    hn = [l for l in legit if l["note"].startswith("Hard negative")]
    ev = [l for l in test if any(s.startswith("evasion_") for s in l["signals"])]
    print("scams %d (%.1f%%), legit %d (hard negatives %d, routine %d), expect block %d, evasion lines %d" % (
        len(scams), 100.0 * len(scams) / max(1, len(test)), len(legit), len(hn), len(legit) - len(hn), block_total, len(ev)))
    print("per scam type (lines / block / flag / structural only):")
    for st in SCAM_TYPES:
        sl = [l for l in scams if l["scam_type"] == st]
        print("  %-24s %2d %2d %2d %2d" % (st, len(sl), sum(l["expect"] == "block" for l in sl),
                                          sum(l["expect"] == "flag" for l in sl),
                                          sum(l["note"].startswith("Structural only") for l in sl)))
        if len(sl) < 2:
            err(st, "fewer than 2 lines of this scam type")
    print("block reasons (a line may carry several):")
    for k, v in sorted(reason_counts.items()):
        print("  %-40s %d" % (k, v))

    if ERRORS:
        print("\nFAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
