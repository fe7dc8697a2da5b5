#!/usr/bin/env python3
"""Strict checker for tests/holdout22/holdout22.jsonl (standard library only).

    python3 gen/validate.py            # check; exit 1 on any violation
    python3 gen/validate.py --stats    # check and print the count tables for README.md
    python3 gen/validate.py FILE       # check another file (used to test the checker itself)

It checks
  * the line format of /work/shared/corpus/README.md: keys and their order, phases, kinds,
    labels, scam types, expect values, outcome only on history lines, unique ids, tenants
    grouped, chronological order within a tenant, history before test, note prefixes;
  * the wire contract of PRODUCT.md for the request bodies: field names, order and types,
    two-place decimal strings, total_amount = sum of the items, RFC 3339 +08:00 timestamps,
    16-19 digit accounts, unified social credit code check characters, nobody approving
    their own request, the corpus's phone ranges;
  * that the signals on test lines agree with the data: first_time_payee against the
    history, personal_account, no_approval, account_changed_recent / _long_ago (30 days),
    duplicate_invoice, new_customer, sales_order_linked, the instruction channel, off_hours
    per the tenants' office hours, invalid_credit_code, the evasion spellings (both ways),
    and that a word signal has its words in the text;
  * that expect == "block" exactly when block_reasons() finds a README block condition.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, OrderedDict
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout22.jsonl")

TENANT_ORDER = ["jingshi", "yanhu", "meigang"]
# finance-office hours, Beijing time: (workdays Mon=0, start, end); end is exclusive
HOURS = {
    "jingshi": ({0, 1, 2, 3, 4}, dt.time(10, 0), dt.time(19, 30)),
    "yanhu": ({0, 1, 2, 3, 4}, dt.time(10, 0), dt.time(20, 0)),
    "meigang": ({0, 1, 2, 3, 4, 5}, dt.time(9, 30), dt.time(19, 30)),
}
HISTORY_WINDOW = (dt.date(2026, 9, 1), dt.date(2026, 10, 9))
TEST_WINDOW = (dt.date(2026, 10, 12), dt.date(2026, 11, 30))
# public holidays in the two windows: Mid-Autumn (25 Sep, with the weekend after it) and
# National Day (1-7 Oct). None fall in the test window.
HOLIDAYS = {dt.date(2026, 9, 25), dt.date(2026, 9, 26), dt.date(2026, 9, 27)} | {
    dt.date(2026, 10, d) for d in range(1, 8)}
MEANINGFUL = Decimal("10000.00")  # "meaningful amount" for the account-change block condition
RECENT_DAYS = 30

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]

SIGNALS = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch personal_account
unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract vague_memo
sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match duplicate_invoice
shell_company guarantee_unverified
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

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
               "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIV_KEYS = ["address", "deadline"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}

RE_MONEY = re.compile(r"^\d+\.\d{2}$")
RE_QTY = re.compile(r"^\d+(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_EMP = re.compile(r"^E\d{4}$")
RE_MOBILE_OK = re.compile(r"^1(350000|500000|850000)\d{4}$")
RE_LANDLINE_OK = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_MOBILE_ANY = re.compile(r"(?<!\d)1\d{10}(?!\d)")
RE_LANDLINE_ANY = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")
RE_ID = re.compile(r"^([a-z]+)-([ht])(\d{3})$")

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_valid(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31] == code[17]


# --------------------------------------------------------------------------
# text normalisation (my own, for evidence checks only)
# --------------------------------------------------------------------------
TRAD = dict(zip("帳賬戶資監餘額轉錢凍結證會長協談電話續後對這個還發圖萬嗎現邊辦開議獨約孫麗爾們時說間則書違鐵聯處託團夥為進來張線號碼區貨運費應禁匯驗墊補",
                "账账户资监余额转钱冻结证会长协谈电话续后对这个还发图万吗现边办开议独约孙丽尔们时说间则书违铁联处托团伙为进来张线号码区货运费应禁汇验垫补"))
TRAD_CHARS = set(TRAD)
HOMOPHONES = {"威信": "微信", "薇信": "微信", "冲值": "充值", "返力": "返利", "唰单": "刷单", "保正金": "保证金",
              "保症金": "保证金", "压金": "押金", "扣扣": "QQ"}
PINYIN = {"bzj": "保证金", "dgzh": "对公账户", "sls": "刷流水", "yhk": "银行卡", "aqzh": "安全账户", "zfb": "支付宝",
          "yzm": "验证码", "gjf": "公检法"}
RE_PINYIN = re.compile(r"(?<![a-z0-9_@.\-])(" + "|".join(PINYIN) + r")(?![a-z0-9_@.\-])")
RE_SPACING = re.compile(r"(?:[\u4e00-\u9fff][ \u3000]){2,}[\u4e00-\u9fff]")


def is_emoji(ch):
    o = ord(ch)
    return 0x1F300 <= o <= 0x1FAFF or 0x2600 <= o <= 0x27BF or 0x1F000 <= o <= 0x1F2FF


def has_fullwidth_alnum(s):
    return any(0xFF10 <= ord(c) <= 0xFF19 or 0xFF21 <= ord(c) <= 0xFF3A or 0xFF41 <= ord(c) <= 0xFF5A for c in s)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(TRAD.get(c, c) for c in s).lower()
    s = RE_PINYIN.sub(lambda m: PINYIN[m.group(1)], s)
    for a, b in HOMOPHONES.items():
        s = s.replace(a.lower(), b.lower())
    # compact view: drop whitespace, punctuation, symbols and emoji
    return "".join(c for c in s if not (c.isspace() or unicodedata.category(c)[0] in "PS"))


EVIDENCE = {
    "safe_account_words": ["安全账户", "国家账户", "监管账户", "资金核查", "核查专户", "资金清查"],
    "account_lending_words": ["过账", "走账", "借用", "借你们", "u盾", "刷流水", "对公账户借"],
    "balance_probe": ["余额", "可用资金", "还有多少", "能动", "截图", "截个图"],
    "task_rebate_words": ["任务", "返利", "返现", "佣金", "刷单", "抢单", "派单", "联单", "连单", "点赞"],
    "topup_words": ["充值"],
    "secrecy_words": ["保密", "不得告知", "别对外", "小范围", "请勿外传", "不要告诉", "声张", "不对外"],
    "fake_payment_proof": ["截图", "回单", "处理中"],
    "refund_words": ["退"],
    "overpayment": ["多付", "多打", "重复", "错打", "多出来", "多的", "两次支付"],
    "deposit_words": ["保证金", "押金", "诚意金", "定金"],
    "authority_words": ["公安", "警", "税务", "法院", "应急管理", "人社", "派出所", "执行", "处罚", "稽查", "公检法"],
    "urgency": ["今天", "今日", "马上", "尽快", "加急", "立即", "抓紧", "截止", "急", "逾期", "超时", "必须", "30分钟"],
    "subsidy_words": ["补贴"],
    "loan_fee_words": ["贷款", "放款", "评估费", "验资", "解冻", "融资", "授信", "过桥"],
    "fee_words": ["费"],
    "invoice_trade_words": ["代开", "票点", "税点"],
    "bigproject_words": ["项目", "框采", "指标", "长协", "保供"],
    "middleman_fee": ["居间", "咨询服务费", "包入围"],
    "renewal_bill": ["续费", "域名", "通用网址", "到期"],
    "remote_control": ["屏幕共享", "远程", "app", "会议", "向日葵"],
    "account_change_words": ["变更", "新账户", "转让", "以本函", "卡上", "换到"],
    "payroll_change": ["工资卡", "新卡"],
    "personal_account_pretext": ["个人账户", "公户", "私户", "对公"],
    "cannot_call": ["不方便接", "别打电话", "电话不方便", "邮件联系", "信号不好"],
    "bypass_process": ["补"],
    "boss_role": ["总", "董事长", "经理", "部长"],
    "in_out_match": ["来款", "汇入", "到账", "打到你们", "收到后"],
    "third_party_payer": ["代付", "统一支付"],
    "institution_claim": ["央企", "中央企业", "国企", "学院", "大学", "项目部", "集团", "部队", "政府", "医院", "采购中心"],
    "hazardous_no_permit": ["许可证"],
    "small_then_large": ["上次", "首单", "上月"],
    "credit_terms_requested": ["天", "账期", "月结", "承兑"],
    "designated_supplier": ["指定", "只认", "不认", "只有", "先帮忙"],
}
WORD_SIGNALS = ["safe_account_words", "account_lending_words", "balance_probe", "task_rebate_words", "topup_words",
                "secrecy_words", "fake_payment_proof", "refund_words", "deposit_words", "authority_words", "urgency",
                "subsidy_words", "loan_fee_words", "invoice_trade_words", "bigproject_words", "middleman_fee",
                "renewal_bill", "remote_control", "account_change_words", "payroll_change", "personal_account_pretext",
                "cannot_call", "bypass_process", "fee_words"]
# condition 7 words, read in the normalised text as well as from the signals
R7_WORDS = ["刷单", "返利", "返现", "任务", "佣金", "抢单", "充值", "解冻", "验资"]
FREE_MAIL = re.compile(r"@(163|126|qq|sina|yeah|hotmail|gmail|outlook)\.(com|cn)$")

errors = []


def err(lid, msg):
    errors.append("%s: %s" % (lid, msg))


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def check_keys(lid, obj, keys, where, optional=()):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return False
    got = list(obj.keys())
    want = list(keys) + [k for k in optional if k in obj]
    if got != want:
        err(lid, "%s keys %s, expected %s" % (where, got, want))
        return False
    return True


def check_phone(lid, value, where, allow_null=True):
    if value is None:
        if not allow_null:
            err(lid, "%s is null" % where)
        return
    if not isinstance(value, str) or not (RE_MOBILE_OK.match(value) or RE_LANDLINE_OK.match(value)):
        err(lid, "%s %r is not a corpus phone number" % (where, value))


def check_text_phones(lid, text, where):
    for m in RE_MOBILE_ANY.finditer(text):
        if not RE_MOBILE_OK.match(m.group(0)):
            err(lid, "%s mentions mobile %s outside the corpus ranges" % (where, m.group(0)))
    for m in RE_LANDLINE_ANY.finditer(text):
        if not RE_LANDLINE_OK.match(m.group(0)):
            err(lid, "%s mentions landline %s outside area-0000xxx" % (where, m.group(0)))


def is_money(x):
    return isinstance(x, str) and bool(RE_MONEY.match(x))


def off_hours(tenant, when):
    days, start, end = HOURS[tenant]
    if when.date() in HOLIDAYS:
        return True
    if when.weekday() not in days:
        return True
    t = when.time()
    return not (start <= t < end)


# --------------------------------------------------------------------------
# request bodies
# --------------------------------------------------------------------------


def check_payment(lid, r):
    if not check_keys(lid, r, PAY_KEYS, "payment request", optional=["verification"]):
        return
    for k in ("request_id", "purpose", "memo", "currency", "requested_by"):
        if not isinstance(r[k], str) or not r[k]:
            err(lid, "%s must be a non-empty string" % k)
    if r["currency"] != "CNY":
        err(lid, "currency must be CNY")
    if not RE_TS.match(r["submitted_at"] or ""):
        err(lid, "submitted_at not RFC 3339 +08:00")
    else:
        parse_ts(r["submitted_at"])
    if check_keys(lid, r["payer"], PAYER_KEYS, "payer"):
        if not RE_ACCT.match(r["payer"]["account_no"]):
            err(lid, "payer.account_no not 16-19 digits")
    pe = r["payee"]
    if check_keys(lid, pe, PAYEE_KEYS, "payee"):
        if not isinstance(pe["name"], str) or not pe["name"]:
            err(lid, "payee.name missing")
        if not isinstance(pe["account_no"], str) or not RE_ACCT.match(pe["account_no"]):
            err(lid, "payee.account_no not 16-19 digits")
        if not isinstance(pe["bank"], str) or not pe["bank"]:
            err(lid, "payee.bank missing")
        if pe["account_type"] not in ACCOUNT_TYPES:
            err(lid, "payee.account_type %r" % pe["account_type"])
        if pe["vendor_id"] is not None and not isinstance(pe["vendor_id"], str):
            err(lid, "payee.vendor_id type")
        check_phone(lid, pe["phone"], "payee.phone")
    if not is_money(r["amount"]) or Decimal(r["amount"]) <= 0:
        err(lid, "amount %r not a positive two-place decimal string" % r["amount"])
    ins = r["instruction"]
    if check_keys(lid, ins, INSTR_KEYS, "instruction"):
        if ins["channel"] not in CHANNELS:
            err(lid, "instruction.channel %r" % ins["channel"])
        if not isinstance(ins["text"], str) or not ins["text"]:
            err(lid, "instruction.text missing")
        else:
            check_text_phones(lid, ins["text"], "instruction.text")
        if not isinstance(ins["urgent"], bool):
            err(lid, "instruction.urgent not boolean")
        for k in ("from_name", "from_contact"):
            if ins[k] is not None and not isinstance(ins[k], str):
                err(lid, "instruction.%s type" % k)
        fc = ins["from_contact"]
        if isinstance(fc, str) and (re.fullmatch(r"[\d\-]+", fc)):
            check_phone(lid, fc, "instruction.from_contact")
        if ins["channel"] == "erp" and fc is not None:
            err(lid, "erp instruction with a from_contact")
    if not RE_EMP.match(r["requested_by"] or ""):
        err(lid, "requested_by %r" % r["requested_by"])
    ap = r["approved_by"]
    if not isinstance(ap, list) or any(not isinstance(a, str) or not RE_EMP.match(a) for a in ap):
        err(lid, "approved_by must be a list of employee ids")
    else:
        if r["requested_by"] in ap:
            err(lid, "requester approves own request")
        if len(set(ap)) != len(ap):
            err(lid, "approver listed twice")
    if check_keys(lid, r["related"], RELATED_KEYS, "related"):
        for k in RELATED_KEYS:
            if r["related"][k] is not None and not isinstance(r["related"][k], str):
                err(lid, "related.%s type" % k)
        invn = r["related"]["invoice_no"]
        if invn is not None and not re.fullmatch(r"\d{20}", invn):
            err(lid, "invoice_no %r is not a 20-digit e-invoice number" % invn)
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not RE_TS.match(ch):
            err(lid, "payee_account_changed_at not RFC 3339 +08:00")
        elif RE_TS.match(r["submitted_at"]) and parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(lid, "account change after the request")
        if pe.get("vendor_id") is None:
            err(lid, "account change recorded on a payee without vendor_id")
    if "verification" in r:
        v = r["verification"]
        if check_keys(lid, v, VERIF_KEYS, "verification"):
            if not isinstance(v["callback_done"], bool):
                err(lid, "verification.callback_done not boolean")
            check_phone(lid, v["callback_number"], "verification.callback_number")
            if not RE_EMP.match(v["verified_by"] or ""):
                err(lid, "verification.verified_by")
            if not RE_TS.match(v["verified_at"] or ""):
                err(lid, "verification.verified_at not RFC 3339 +08:00")
            elif parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
                err(lid, "verification after the request")
    for k in ("memo", "purpose"):
        check_text_phones(lid, r[k], k)


def check_order(lid, r):
    if not check_keys(lid, r, ORDER_KEYS, "order request"):
        return
    if not isinstance(r["record_id"], str) or not r["record_id"]:
        err(lid, "record_id missing")
    if not RE_TS.match(r["received_at"] or ""):
        err(lid, "received_at not RFC 3339 +08:00")
    c = r["customer"]
    if check_keys(lid, c, CUST_KEYS, "customer"):
        if not isinstance(c["name"], str) or not c["name"]:
            err(lid, "customer.name missing")
        check_phone(lid, c["phone"], "customer.phone")
        for k in ("contact_name", "email", "im_id", "customer_id", "credit_code"):
            if c[k] is not None and not isinstance(c[k], str):
                err(lid, "customer.%s type" % k)
    if r["currency"] != "CNY":
        err(lid, "currency must be CNY")
    if r["channel"] not in CHANNELS:
        err(lid, "order channel %r" % r["channel"])
    total = Decimal("0")
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items must be a non-empty list")
    else:
        for it in r["items"]:
            if not check_keys(lid, it, ITEM_KEYS, "item"):
                continue
            if not isinstance(it["quantity"], str) or not RE_QTY.match(it["quantity"]):
                err(lid, "item quantity %r not a decimal string" % it["quantity"])
                continue
            if not is_money(it["unit_price"]):
                err(lid, "item unit_price %r not a two-place decimal string" % it["unit_price"])
                continue
            total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if not is_money(r["total_amount"]):
        err(lid, "total_amount %r not a two-place decimal string" % r["total_amount"])
    elif Decimal(r["total_amount"]) != total:
        err(lid, "total_amount %s != sum of items %s" % (r["total_amount"], total))
    if check_keys(lid, r["delivery"], DELIV_KEYS, "delivery"):
        d = r["delivery"]["deadline"]
        if not isinstance(d, str) or not RE_DATE.match(d):
            err(lid, "delivery.deadline %r" % d)
        elif RE_TS.match(r["received_at"]) and dt.date.fromisoformat(d) < parse_ts(r["received_at"]).date():
            err(lid, "delivery deadline before the order")
    if not isinstance(r["payment_terms"], str):
        err(lid, "payment_terms type")
    tp = r["third_party"]
    if tp is not None and check_keys(lid, tp, TP_KEYS, "third_party"):
        if tp["role"] not in TP_ROLES:
            err(lid, "third_party.role %r" % tp["role"])
        if not is_money(tp["amount"]):
            err(lid, "third_party.amount %r" % tp["amount"])
        check_phone(lid, tp["contact"], "third_party.contact")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested must be a list")
    else:
        for f in r["fees_requested"]:
            if check_keys(lid, f, FEE_KEYS, "fee") and not is_money(f["amount"]):
                err(lid, "fee amount %r" % f["amount"])
    if not isinstance(r["notes"], str):
        err(lid, "notes type")
    else:
        check_text_phones(lid, r["notes"], "notes")


# --------------------------------------------------------------------------
# history context and derived facts
# --------------------------------------------------------------------------


class Ctx:
    def __init__(self):
        self.paid_accounts = {}      # tenant -> set of payee accounts paid in history
        self.paid_invoices = {}      # tenant -> set of invoice numbers paid in history
        self.vendor_names = {}       # tenant -> vendor_id -> set of names in history
        self.orders = {}             # tenant -> record_id -> line

    def add_history(self, ln):
        t = ln["tenant"]
        r = ln["request"]
        if ln["kind"] == "payment":
            self.paid_accounts.setdefault(t, set()).add(r["payee"]["account_no"])
            if r["related"]["invoice_no"]:
                self.paid_invoices.setdefault(t, set()).add(r["related"]["invoice_no"])
            if r["payee"]["vendor_id"]:
                self.vendor_names.setdefault(t, {}).setdefault(r["payee"]["vendor_id"], set()).add(r["payee"]["name"])


def first_time(ctx, ln):
    return ln["request"]["payee"]["account_no"] not in ctx.paid_accounts.get(ln["tenant"], set())


def when_of(ln):
    r = ln["request"]
    return parse_ts(r["submitted_at"] if ln["kind"] == "payment" else r["received_at"])


def change_age_days(ln):
    r = ln["request"]
    ch = r.get("payee_account_changed_at")
    if ch is None:
        return None
    return (parse_ts(r["submitted_at"]) - parse_ts(ch)).total_seconds() / 86400.0


def text_of(ln):
    r = ln["request"]
    if ln["kind"] == "payment":
        ins = r["instruction"]
        parts = [r["purpose"], r["memo"], ins["text"], ins["from_name"] or ""]
    else:
        parts = [r["customer"]["name"], r["notes"], r["payment_terms"]] + [f["reason"] for f in r["fees_requested"]]
        if r["third_party"]:
            parts.append(r["third_party"]["name"])
    return "\n".join(parts)


def cleared(ctx, ln):
    """Has the customer's money for the linked sales order arrived?"""
    oid = ln["request"]["related"]["order_id"]
    o = ctx.orders.get(ln["tenant"], {}).get(oid)
    if o is None:
        return False
    r = o["request"]
    return ("已到账" in r["payment_terms"] + r["notes"]) and "fake_payment_proof" not in o["signals"]


def block_reasons(ctx, ln):
    """README block conditions, as encoded for this corpus (see README 'Conventions')."""
    s = set(ln["signals"])
    r = ln["request"]
    out = []
    if ln["kind"] == "payment":
        pe = r["payee"]
        ftp = first_time(ctx, ln)
        n = norm(text_of(ln))
        # 1. transfer to a safe / national / supervised account, or for fund verification
        if "safe_account_words" in s:
            out.append("safe_account")
        # 2. request to lend the company account / pass money through it
        if "account_lending_words" in s and ftp:
            out.append("account_lending")
        # 3. refund to an account other than the payer, or before the money cleared
        if "refund_to_other_account" in s or ("refund_words" in s and "fake_payment_proof" in s):
            out.append("refund_other_or_uncleared")
        # 4. paying a customer-designated supplier before the customer's money arrived
        if "designated_supplier" in s and r["related"]["order_id"] and not cleared(ctx, ln):
            out.append("designated_supplier_unpaid")
        # 5. first payment of a meaningful amount to an account changed within 30 days
        age = change_age_days(ln)
        if age is not None and age <= RECENT_DAYS and ftp and Decimal(r["amount"]) >= MEANINGFUL:
            out.append("recent_account_change")
        # 6. boss instruction by IM/e-mail, no approval, balance probe, first-time payee
        if (r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and "balance_probe" in s
                and "boss_role" in s and ftp):
            out.append("boss_balance_probe")
        # 7. personal payee with task / top-up / rebate / unfreezing / capital-verification words
        if pe["account_type"] == "personal" and (
                "task_rebate_words" in s or "topup_words" in s or any(w in n for w in R7_WORDS)):
            out.append("personal_task_or_verification")
        # 8. invoice already paid
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.paid_invoices.get(ln["tenant"], set()):
            out.append("duplicate_invoice")
        # 9. salary to a non-employee, or several employees to one account
        if ("工资" in r["purpose"] or "薪" in r["purpose"]) and (
                "payee_not_employee" in s or "payee_shared_by_employees" in s):
            out.append("salary_diversion")
    else:
        tp = r["third_party"]
        if "safe_account_words" in s:
            out.append("safe_account")
        if "account_lending_words" in s:
            out.append("account_lending")
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            out.append("refund_other_or_uncleared")
        elif "refund_words" in s and "fake_payment_proof" in s:
            out.append("refund_other_or_uncleared")
        if tp and tp["role"] == "designated_supplier" and "fake_payment_proof" in s:
            out.append("designated_supplier_unpaid")
    return out


# --------------------------------------------------------------------------
# signal agreement
# --------------------------------------------------------------------------


def evasion_found(text):
    found = set()
    if has_fullwidth_alnum(text):
        found.add("evasion_fullwidth")
    if any(c in TRAD_CHARS for c in text):
        found.add("evasion_traditional")
    if RE_SPACING.search(text):
        found.add("evasion_spacing")
    if any(is_emoji(c) for c in text):
        found.add("evasion_symbols")
    low = unicodedata.normalize("NFKC", text).lower()
    if RE_PINYIN.search(low):
        found.add("evasion_pinyin")
    if any(h in text for h in HOMOPHONES):
        found.add("evasion_homophone")
    return found


def check_signals(ctx, ln):
    lid = ln["id"]
    s = set(ln["signals"])
    r = ln["request"]
    when = when_of(ln)
    raw = text_of(ln)
    n = norm(raw)

    def iff(name, cond):
        if cond and name not in s:
            err(lid, "signal %s missing (data says it holds)" % name)
        if not cond and name in s:
            err(lid, "signal %s present but the data does not show it" % name)

    iff("off_hours", off_hours(ln["tenant"], when))
    if ln["kind"] == "payment":
        pe = r["payee"]
        iff("first_time_payee", first_time(ctx, ln))
        iff("personal_account", pe["account_type"] == "personal")
        iff("no_approval", not r["approved_by"])
        age = change_age_days(ln)
        iff("account_changed_recent", age is not None and age <= RECENT_DAYS)
        iff("account_changed_long_ago", age is not None and age > RECENT_DAYS)
        iff("duplicate_invoice", bool(r["related"]["invoice_no"]) and
            r["related"]["invoice_no"] in ctx.paid_invoices.get(ln["tenant"], set()))
        iff("sales_order_linked", bool(r["related"]["order_id"]))
        ch = r["instruction"]["channel"]
        iff("im_instruction", ch == "im")
        iff("email_instruction", ch == "email")
        iff("phone_instruction", ch == "phone")
        iff("letter_instruction", ch == "letter")
        vid = pe["vendor_id"]
        names = ctx.vendor_names.get(ln["tenant"], {}).get(vid)
        if names and pe["name"] not in names and "payee_name_mismatch" not in s:
            err(lid, "payee name differs from the vendor's name in history but payee_name_mismatch is missing")
        if "free_mail" in s and not FREE_MAIL.search(r["instruction"]["from_contact"] or ""):
            err(lid, "free_mail without a free-mail sender")
        if ("payee_not_employee" in s or "payee_shared_by_employees" in s) and pe["account_type"] != "personal":
            err(lid, "payroll signals on a non-personal payee")
        if "third_party_payment_endpoint" in s and not ("支付" in pe["bank"] or pe["account_type"] == "unknown"):
            err(lid, "third_party_payment_endpoint without a payment-institution payee")
        for o in ("new_customer", "contact_im_only", "invalid_credit_code", "fee_asked_of_seller"):
            if o in s:
                err(lid, "order-only signal %s on a payment" % o)
    else:
        c = r["customer"]
        iff("new_customer", c["customer_id"] is None)
        cc = c["credit_code"]
        iff("invalid_credit_code", cc is not None and not uscc_valid(cc))
        if "contact_im_only" in s and (c["email"] is not None or RE_LANDLINE_OK.match(c["phone"] or "")):
            err(lid, "contact_im_only but the customer has an e-mail or a landline")
        if "fee_asked_of_seller" in s and not r["fees_requested"]:
            err(lid, "fee_asked_of_seller without fees_requested")
        if "designated_supplier" in s and not (r["third_party"] and r["third_party"]["role"] == "designated_supplier"):
            err(lid, "designated_supplier on an order without a designated third party")
        if r["third_party"] and r["third_party"]["role"] == "designated_supplier" and "designated_supplier" not in s:
            err(lid, "designated third party but no designated_supplier signal")
        if "free_mail" in s and not FREE_MAIL.search(c["email"] or ""):
            err(lid, "free_mail without a free-mail address")
        for p in ("first_time_payee", "personal_account", "no_approval", "account_changed_recent",
                  "account_changed_long_ago", "duplicate_invoice", "sales_order_linked"):
            if p in s:
                err(lid, "payment-only signal %s on an order" % p)
    # words: a word signal must have its words in the text
    for sig, words in EVIDENCE.items():
        if sig in s and words:
            if sig == "urgency" and ln["kind"] == "payment" and r["instruction"]["urgent"]:
                continue
            if sig == "designated_supplier" and ln["kind"] == "order":
                continue  # checked structurally above
            if not any(w in n for w in words):
                err(lid, "signal %s but none of its words is in the text" % sig)
    # evasion spellings, both ways
    found = evasion_found(raw)
    for e in ("evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
              "evasion_homophone", "evasion_symbols"):
        iff(e, e in found)
    if ln["label"] == "legit" and found:
        err(lid, "legitimate line carries evasion spellings %s" % sorted(found))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------


def main():
    stats = "--stats" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else PATH
    raw_lines = open(path, encoding="utf-8").read().split("\n")
    if raw_lines[-1] != "":
        err("file", "does not end with a newline")
    raw_lines = raw_lines[:-1]
    lines = []
    for i, raw in enumerate(raw_lines, 1):
        try:
            lines.append(json.loads(raw, object_pairs_hook=OrderedDict))
        except ValueError as e:
            err("line %d" % i, "invalid JSON: %s" % e)
    if errors:
        return report(lines, False)

    ids = set()
    rids = set()
    tenants_seen = []
    ctx = Ctx()
    last = {}
    phase_seen = {}
    for ln in lines:
        lid = ln.get("id", "?")
        phase = ln.get("phase")
        keys = LINE_KEYS_H if phase == "history" else LINE_KEYS_T
        if list(ln.keys()) != keys:
            err(lid, "line keys %s, expected %s" % (list(ln.keys()), keys))
            continue
        m = RE_ID.match(lid)
        if not m or m.group(1) != ln["tenant"] or m.group(2) != ("h" if phase == "history" else "t"):
            err(lid, "id does not match tenant/phase")
        if lid in ids:
            err(lid, "duplicate id")
        ids.add(lid)
        t = ln["tenant"]
        if t not in HOURS:
            err(lid, "unknown tenant %r" % t)
            continue
        if not tenants_seen or tenants_seen[-1] != t:
            if t in tenants_seen:
                err(lid, "tenant %s is not grouped" % t)
            tenants_seen.append(t)
        if phase not in ("history", "test"):
            err(lid, "phase %r" % phase)
            continue
        if ln["kind"] not in ("payment", "order"):
            err(lid, "kind %r" % ln["kind"])
            continue
        if ln["label"] not in ("legit", "scam"):
            err(lid, "label %r" % ln["label"])
        if ln["label"] == "legit":
            if ln["scam_type"] is not None:
                err(lid, "legit line with scam_type")
            if ln["expect"] != "allow":
                err(lid, "legit line must expect allow")
        else:
            if ln["scam_type"] not in SCAM_TYPES:
                err(lid, "scam_type %r" % ln["scam_type"])
            if ln["expect"] not in ("flag", "block"):
                err(lid, "scam line must expect flag or block")
        if not isinstance(ln["signals"], list) or any(x not in SIGNALS for x in ln["signals"]):
            err(lid, "signals outside the vocabulary: %s" % [x for x in ln["signals"] if x not in SIGNALS])
        if len(set(ln["signals"])) != len(ln["signals"]):
            err(lid, "repeated signal")
        if not isinstance(ln["note"], str) or not ln["note"].strip():
            err(lid, "note missing")
        # numbering within tenant and phase
        seq = int(m.group(3)) if m else 0
        key = (t, phase)
        phase_seen[key] = phase_seen.get(key, 0) + 1
        if seq != phase_seen[key]:
            err(lid, "id out of sequence (expected %03d)" % phase_seen[key])
        if phase == "history":
            if ln["label"] != "legit" or ln["expect"] != "allow" or ln["outcome"] != "executed":
                err(lid, "history lines are legit / allow / executed")
            if ln["signals"]:
                err(lid, "history lines carry no signals")
            if ln["note"].startswith(("Routine:", "Hard negative:", "Structural only:")):
                err(lid, "history notes carry no test prefix")
            if (t, "test") in phase_seen:
                err(lid, "history line after a test line")
        # request body
        r = ln["request"]
        if ln["kind"] == "payment":
            check_payment(lid, r)
            rid = r.get("request_id")
        else:
            check_order(lid, r)
            rid = r.get("record_id")
        if errors and errors[-1].startswith(lid + ": ") and "keys" in errors[-1]:
            continue
        if (t, ln["kind"], rid) in rids:
            err(lid, "duplicate request/record id %s" % rid)
        rids.add((t, ln["kind"], rid))
        when = when_of(ln)
        lo, hi = HISTORY_WINDOW if phase == "history" else TEST_WINDOW
        if not (lo <= when.date() <= hi):
            err(lid, "date %s outside the %s window" % (when.date(), phase))
        if phase == "history" and when.date() in HOLIDAYS:
            err(lid, "history line on a public holiday")
        if t in last and when < last[t]:
            err(lid, "not chronological within tenant")
        last[t] = when
        if ln["kind"] == "payment" and r["payer"]["account_name"] != {
                "jingshi": "石河子晶石硅业有限公司", "yanhu": "奎屯盐湖氯碱化工有限公司",
                "meigang": "新疆准东煤港物流有限公司"}[t]:
            err(lid, "payer is not the tenant")
        # credit codes: valid unless the line says invalid_credit_code
        if ln["kind"] == "order":
            cc = r["customer"]["credit_code"]
            if cc is not None and not uscc_valid(cc) and "invalid_credit_code" not in ln["signals"]:
                err(lid, "credit code %s fails its check character" % cc)
            ctx.orders.setdefault(t, {})[rid] = ln
        if phase == "history":
            ctx.add_history(ln)
            continue
        # test lines
        note = ln["note"]
        if ln["label"] == "legit":
            if note.startswith("Routine:"):
                if ln["signals"]:
                    err(lid, "routine line with signals")
            elif note.startswith("Hard negative:"):
                if not ln["signals"]:
                    err(lid, "hard negative without the signals it shares")
            else:
                err(lid, "legit test note must start with Routine: or Hard negative:")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(lid, "scam note with a legit prefix")
            if not ln["signals"]:
                err(lid, "scam without signals")
        check_signals(ctx, ln)
        reasons = block_reasons(ctx, ln)
        if ln["label"] == "legit" and reasons:
            err(lid, "legitimate line meets block conditions %s" % reasons)
        if ln["label"] == "scam":
            if ln["expect"] == "block" and not reasons:
                err(lid, "expect block but no block condition holds")
            if ln["expect"] == "flag" and reasons:
                err(lid, "expect flag but block conditions hold: %s" % reasons)
        ln["_reasons"] = reasons
    if tenants_seen != TENANT_ORDER:
        err("file", "tenants %s, expected %s" % (tenants_seen, TENANT_ORDER))
    for t in TENANT_ORDER:
        if (t, "history") not in phase_seen or (t, "test") not in phase_seen:
            err("file", "tenant %s lacks history or test lines" % t)
    # structural-only scams must have innocent texts: no word signals at all
    word_sigs = set(WORD_SIGNALS)
    for ln in lines:
        if ln.get("phase") == "test" and ln["label"] == "scam" and ln["note"].startswith("Structural only:"):
            bad = word_sigs & set(ln["signals"])
            if bad:
                err(ln["id"], "structural-only scam with word signals %s" % sorted(bad))
            if evasion_found(text_of(ln)):
                err(ln["id"], "structural-only scam with evasion spellings")
    return report(lines, stats)


def report(lines, stats):
    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d violation(s)" % len(errors))
        return 1
    if stats:
        print_stats(lines)
    print("OK: %d lines (%d history, %d test) pass" % (
        len(lines), sum(1 for x in lines if x["phase"] == "history"), sum(1 for x in lines if x["phase"] == "test")))
    return 0


def print_stats(lines):
    print("| tenant | history payment/order | test | scams | legit | hard negatives | routine | expect block | test payments/orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = Counter()
    for t in TENANT_ORDER:
        L = [x for x in lines if x["tenant"] == t]
        h = [x for x in L if x["phase"] == "history"]
        te = [x for x in L if x["phase"] == "test"]
        c = Counter()
        c["hp"] = sum(1 for x in h if x["kind"] == "payment")
        c["ho"] = sum(1 for x in h if x["kind"] == "order")
        c["test"] = len(te)
        c["scam"] = sum(1 for x in te if x["label"] == "scam")
        c["legit"] = sum(1 for x in te if x["label"] == "legit")
        c["hn"] = sum(1 for x in te if x["note"].startswith("Hard negative:"))
        c["rt"] = sum(1 for x in te if x["note"].startswith("Routine:"))
        c["block"] = sum(1 for x in te if x["expect"] == "block")
        c["tp"] = sum(1 for x in te if x["kind"] == "payment")
        c["to"] = sum(1 for x in te if x["kind"] == "order")
        tot.update(c)
        print("| %s | %d / %d | %d | %d | %d | %d | %d | %d | %d / %d |" % (
            t, c["hp"], c["ho"], c["test"], c["scam"], c["legit"], c["hn"], c["rt"], c["block"], c["tp"], c["to"]))
    print("| **total** | %d / %d | %d | %d | %d | %d | %d | %d | %d / %d |" % (
        tot["hp"], tot["ho"], tot["test"], tot["scam"], tot["legit"], tot["hn"], tot["rt"], tot["block"],
        tot["tp"], tot["to"]))
    print()
    print("| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    tt = Counter()
    for st in SCAM_TYPES:
        S = [x for x in lines if x["phase"] == "test" and x["scam_type"] == st]
        c = (len(S), sum(1 for x in S if x["expect"] == "block"), sum(1 for x in S if x["expect"] == "flag"),
             sum(1 for x in S if x["note"].startswith("Structural only:")))
        tt.update({"n": c[0], "b": c[1], "f": c[2], "s": c[3]})
        print("| `%s` | %d | %d | %d | %d |" % ((st,) + c))
    print("| **total** | %d | %d | %d | %d |" % (tt["n"], tt["b"], tt["f"], tt["s"]))
    print()
    ev = Counter()
    evl = {}
    for x in lines:
        if x["phase"] == "test" and x["label"] == "scam":
            es = [s for s in x["signals"] if s.startswith("evasion_")]
            for e in es:
                ev[e] += 1
                evl.setdefault(e, []).append("%s (%s)" % (x["id"], x["scam_type"]))
    print("evasion lines:", sum(1 for x in lines if x["phase"] == "test" and any(
        s.startswith("evasion_") for s in x["signals"])))
    for e, k in sorted(ev.items()):
        print("  %s: %d  %s" % (e, k, ", ".join(evl[e])))
    print()
    rs = Counter()
    for x in lines:
        for r in x.get("_reasons", []):
            if x["expect"] == "block":
                rs[r] += 1
    print("block reasons on expect-block lines:", dict(rs))


if __name__ == "__main__":
    sys.exit(main())
