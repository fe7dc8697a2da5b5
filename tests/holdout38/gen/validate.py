#!/usr/bin/env python3
"""Independent checker for holdout38.jsonl (standard library only).

It re-derives everything it can from the data itself and does not import the generator.
Exit status is non-zero on any failure.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(os.path.dirname(HERE), "holdout38.jsonl")

LINE_KEYS_HIST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_TEST = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "signals", "note", "request"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
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
overpayment account_change_words personal_account_pretext account_lending_words safe_account_words authority_words
subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control new_customer
large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only contact_mismatch
lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit off_catalogue_item
invalid_credit_code evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols
""".split())
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

# Xinjiang offices: about 10:00-20:00 Beijing time on working days.  2026 public holidays in the test
# window: Mid-Autumn (25 Sep) and National Day (1-7 Oct); 20 Sep and 10 Oct are treated as make-up
# working days (the corpus places no line on them).
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MAKEUP = {dt.date(2026, 9, 20), dt.date(2026, 10, 10)}

AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
QTY_RE = re.compile(r"^\d+(\.\d+)?$")
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE_RE = re.compile(r"^13[345]0000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCT_RE = re.compile(r"^\d{16,19}$")
USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

ERRORS = []


def fail(lid, msg):
    ERRORS.append(f"{lid}: {msg}")


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CH for c in code):
        return False
    s = sum(USCC_CH.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CH[(31 - s % 31) % 31] == code[17]


def ts(s):
    return dt.datetime.fromisoformat(s)


def off_hours(s):
    t = ts(s)
    if t.date() in HOLIDAYS:
        return True
    if t.weekday() >= 5 and t.date() not in MAKEUP:
        return True
    m = t.hour * 60 + t.minute
    return not (600 <= m < 1200)


# ---------------------------------------------------------------------------
# text normalisation for the block-reason check
# ---------------------------------------------------------------------------
T2S = str.maketrans({
    "賬": "账", "帳": "账", "戶": "户", "轉": "转", "證": "证", "驗": "验", "資": "资", "凍": "冻", "結": "结",
    "餘": "余", "額": "额", "會": "会", "號": "号", "匯": "汇", "錢": "钱", "國": "国", "監": "监", "務": "务",
    "費": "费", "總": "总", "開": "开", "銷": "销", "為": "为", "準": "准", "舊": "旧", "請": "请", "業": "业",
    "經": "经", "農": "农", "庫": "库", "爾": "尔", "廣": "广", "覽": "览", "單": "单", "貨": "货", "檢": "检",
    "繳": "缴", "納": "纳", "評": "评", "辦": "办", "學": "学", "許": "许", "貴": "贵", "務": "务", "現": "现",
    "劃": "划", "處": "处", "裡": "里", "過": "过", "借": "借", "儲": "储", "託": "托", "稅": "税",
})
HOMOPHONES = [("返力", "返利"), ("反利", "返利"), ("唰单", "刷单"), ("保正金", "保证金"), ("保症金", "保证金"),
              ("压金", "押金"), ("走帐", "走账"), ("过帐", "过账")]
STRIP_RE = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]")


def norm(text):
    if not text:
        return ""
    t = unicodedata.normalize("NFKC", text).translate(T2S).replace("帐", "账").lower()
    t = STRIP_RE.sub("", t)
    for a, b in HOMOPHONES:
        t = t.replace(a, b)
    return t


def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        return norm(" ".join(x or "" for x in (r["purpose"], r["memo"], r["instruction"]["text"])))
    return norm(" ".join(x or "" for x in (r["notes"], r["payment_terms"])))


SAFE_WORDS = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查", "aqzh"]
LEND_WORDS = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "刷流水", "出租账户",
              "借你们公司账户", "借个对公账户"]
UNCLEARED = ["截图", "处理中", "延迟", "未到账", "还没到账", "明天才到", "两天到账", "以实际到账为准"]
DESIGNATED = ["代购", "代采", "垫付", "先付", "先把", "一起结", "一并结算", "只认", "只要", "指定"]
BALANCE = ["余额", "可用资金", "还有多少", "各有多少"]
TASK_WORDS = ["任务", "返利", "刷单", "充值", "解冻", "验资"]


def salary_names(memo):
    m = re.findall(r"（([^（）]*)）", memo or "")
    if not m:
        return []
    inner = m[-1]
    if "：" in inner:
        inner = inner.split("：", 1)[1]
    names = [n.strip() for n in inner.split("、") if n.strip()]
    return [n for n in names if not re.search(r"\d", n)]


def block_reasons(line, ctx):
    """Why this line carries a hard-block signal of the corpus README's list, recomputed from the data.

    ctx holds the tenant's history: payee accounts and paid invoice numbers."""
    reasons = []
    r = line["request"]
    text = texts(line)
    if any(w in text for w in SAFE_WORDS):
        reasons.append("safe_account: transfer to a safe/national/supervised account or for fund verification")
    if any(w in text for w in LEND_WORDS):
        reasons.append("account_lending: request to lend the account or pass money through it")
    if line["kind"] == "payment":
        pe = r["payee"]
        first = pe["account_no"] not in ctx["payees"]
        memo_purpose = (r["purpose"] or "") + (r["memo"] or "")
        raw = r["instruction"]["text"] or ""
        if "退" in memo_purpose:
            m = re.search(r"来款账户[:：]\s*(\d{16,19})", raw)
            if m and m.group(1) != pe["account_no"]:
                reasons.append("refund: to an account other than the one that paid")
            if re.search(r"来款账户[:：]\s*无", raw) or any(w in text for w in UNCLEARED):
                reasons.append("refund: before the money has cleared")
        if r["related"]["order_id"] and first and any(w in text for w in DESIGNATED) \
                and any(w in text for w in UNCLEARED):
            reasons.append("designated_supplier: paying the customer's named supplier before its money arrived")
        ch = r["payee_account_changed_at"]
        if ch and first and Decimal(r["amount"]) >= Decimal("5000"):
            age = ts(r["submitted_at"]) - ts(ch)
            if dt.timedelta(0) <= age <= dt.timedelta(days=30):
                reasons.append("account_change: first payment to an account changed within 30 days")
        if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and first \
                and any(w in text for w in BALANCE):
            reasons.append("boss: IM/e-mail instruction, no approval, balance probe, first-time payee")
        if pe["account_type"] == "personal" and any(w in text for w in TASK_WORDS):
            reasons.append("personal_task: personal payee with task/top-up/rebate/unfreeze/verification words")
        inv = r["related"]["invoice_no"]
        if inv and inv in ctx["invoices"]:
            reasons.append("duplicate_invoice: invoice number already paid")
        if "工资" in (r["purpose"] or ""):
            names = salary_names(r["memo"])
            if len(names) == 1 and pe["name"] != names[0]:
                reasons.append("salary: account holder is not the employee")
            if len(names) >= 2 and pe["account_type"] == "personal":
                reasons.append("salary: several employees paid to one account")
    else:
        tp = r["third_party"]
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            reasons.append("refund: order asks a refund to a third party's account")
        if tp and tp["role"] == "designated_supplier" and "截图" in text and any(w in text for w in ("先把", "先付")):
            reasons.append("designated_supplier: order asks us to pay its named supplier first, backed by a screenshot")
    return reasons


# ---------------------------------------------------------------------------
# structure checks
# ---------------------------------------------------------------------------

def keys_are(lid, obj, keys, where, optional_tail=()):
    if not isinstance(obj, dict):
        fail(lid, f"{where} is not an object")
        return
    got = list(obj.keys())
    if got != keys and got != keys + [k for k in optional_tail if k in obj]:
        fail(lid, f"{where} keys {got} != {keys}")


def check_amount(lid, v, where):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        fail(lid, f"{where} {v!r} is not a decimal string with two places")


def check_phone(lid, v, where, allow_other=False):
    if v is None:
        return
    if MOBILE_RE.match(v) or LANDLINE_RE.match(v):
        return
    if allow_other and not re.fullmatch(r"[\d\-+ ]+", v):
        return
    fail(lid, f"{where} {v!r} breaks the phone scheme")


def check_payment(lid, r):
    keys_are(lid, r, PAY_KEYS, "payment request", PAY_OPTIONAL_TAIL)
    keys_are(lid, r["payer"], PAYER_KEYS, "payer")
    keys_are(lid, r["payee"], PAYEE_KEYS, "payee")
    keys_are(lid, r["instruction"], INSTR_KEYS, "instruction")
    keys_are(lid, r["related"], RELATED_KEYS, "related")
    if "verification" in r:
        keys_are(lid, r["verification"], VERIF_KEYS, "verification")
        check_phone(lid, r["verification"]["callback_number"], "callback_number")
        if not TS_RE.match(r["verification"]["verified_at"]):
            fail(lid, "verified_at format")
    for a in (r["payer"]["account_no"], r["payee"]["account_no"]):
        if not ACCT_RE.match(a):
            fail(lid, f"account {a} not 16-19 digits")
    check_amount(lid, r["amount"], "amount")
    if r["currency"] != "CNY":
        fail(lid, "currency")
    if not TS_RE.match(r["submitted_at"]):
        fail(lid, "submitted_at format")
    if r["payee_account_changed_at"] and not TS_RE.match(r["payee_account_changed_at"]):
        fail(lid, "payee_account_changed_at format")
    if r["payee"]["account_type"] not in ACCOUNT_TYPES:
        fail(lid, "account_type")
    if r["instruction"]["channel"] not in CHANNELS:
        fail(lid, "instruction.channel")
    if r["requested_by"] in r["approved_by"]:
        fail(lid, "requester approves own request")
    check_phone(lid, r["payee"]["phone"], "payee.phone")
    check_phone(lid, r["instruction"]["from_contact"], "from_contact", allow_other=True)
    for m in re.finditer(r"\d+", r["instruction"]["text"] or ""):
        d = m.group(0)
        if 16 <= len(d) <= 19:
            continue
        if len(d) == 11 and d.startswith("1") and not MOBILE_RE.match(d):
            fail(lid, f"mobile {d} in text breaks the scheme")


def check_order(lid, r):
    keys_are(lid, r, ORDER_KEYS, "order request")
    keys_are(lid, r["customer"], CUST_KEYS, "customer")
    keys_are(lid, r["delivery"], DELIV_KEYS, "delivery")
    total = Decimal("0")
    for it in r["items"]:
        keys_are(lid, it, ITEM_KEYS, "item")
        check_amount(lid, it["unit_price"], "unit_price")
        if not QTY_RE.match(it["quantity"]):
            fail(lid, "quantity not a decimal string")
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    check_amount(lid, r["total_amount"], "total_amount")
    if Decimal(r["total_amount"]) != total:
        fail(lid, f"total_amount {r['total_amount']} != sum of items {total}")
    if r["currency"] != "CNY":
        fail(lid, "currency")
    if not TS_RE.match(r["received_at"]):
        fail(lid, "received_at format")
    if r["channel"] not in CHANNELS:
        fail(lid, "order channel")
    cc = r["customer"]["credit_code"]
    if cc is not None and not uscc_ok(cc):
        fail(lid, f"credit code {cc} has a bad check character")
    check_phone(lid, r["customer"]["phone"], "customer.phone")
    if r["third_party"] is not None:
        keys_are(lid, r["third_party"], THIRD_KEYS, "third_party")
        check_amount(lid, r["third_party"]["amount"], "third_party.amount")
        if r["third_party"]["role"] not in ROLES:
            fail(lid, "third_party.role")
        check_phone(lid, r["third_party"]["contact"], "third_party.contact", allow_other=True)
    if not isinstance(r["fees_requested"], list):
        fail(lid, "fees_requested not a list")
    for fe in r["fees_requested"]:
        keys_are(lid, fe, FEE_KEYS, "fee")
        check_amount(lid, fe["amount"], "fee amount")
    for m in re.finditer(r"\d+", r["notes"] or ""):
        d = m.group(0)
        if len(d) == 11 and d.startswith("1") and not MOBILE_RE.match(d):
            fail(lid, f"mobile {d} in notes breaks the scheme")


def main():
    with open(PATH, encoding="utf-8") as f:
        raw = f.read()
    lines = [json.loads(x) for x in raw.splitlines() if x.strip()]
    ids = set()
    rids = set()
    seen_tenants = []
    by_tenant = collections.OrderedDict()
    for l in lines:
        lid = l.get("id", "?")
        if l.get("phase") == "history":
            if list(l.keys()) != LINE_KEYS_HIST:
                fail(lid, f"line keys {list(l.keys())}")
            if l.get("outcome") != "executed" or l["label"] != "legit" or l["expect"] != "allow" or l["signals"]:
                fail(lid, "history line must be legit/allow/executed with no signals")
        elif l.get("phase") == "test":
            if list(l.keys()) != LINE_KEYS_TEST:
                fail(lid, f"line keys {list(l.keys())} (outcome only on history lines)")
        else:
            fail(lid, "phase")
        if lid in ids:
            fail(lid, "duplicate id")
        ids.add(lid)
        tn = l["tenant"]
        if not re.fullmatch(rf"{tn}-[ht]\d{{3}}", lid) or lid[len(tn) + 1] != l["phase"][0]:
            fail(lid, "id format")
        if not seen_tenants or seen_tenants[-1] != tn:
            if tn in seen_tenants:
                fail(lid, "tenant lines not grouped")
            seen_tenants.append(tn)
        by_tenant.setdefault(tn, []).append(l)
        r = l["request"]
        rid = r.get("request_id") if l["kind"] == "payment" else r.get("record_id")
        if (tn, l["kind"], rid) in rids:
            fail(lid, f"duplicate request id {rid}")
        rids.add((tn, l["kind"], rid))
        if l["kind"] == "payment":
            check_payment(lid, r)
        elif l["kind"] == "order":
            check_order(lid, r)
        else:
            fail(lid, "kind")
        if l["label"] == "legit":
            if l["scam_type"] is not None or l["expect"] != "allow":
                fail(lid, "legit line must have scam_type null and expect allow")
        elif l["label"] == "scam":
            if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block") or l["phase"] != "test":
                fail(lid, "scam line fields")
        else:
            fail(lid, "label")
        for s in l["signals"]:
            if s not in VOCAB:
                fail(lid, f"signal {s} not in the vocabulary")
        if len(set(l["signals"])) != len(l["signals"]):
            fail(lid, "repeated signal")

    stats = collections.OrderedDict()
    type_stats = {t: collections.Counter() for t in SCAM_TYPES}
    reason_counts = collections.Counter()
    evasion_lines = []
    for tn, rows in by_tenant.items():
        st = collections.Counter()
        phase_seen_test = False
        prev = None
        ctx = {"payees": set(), "invoices": set()}
        for l in rows:
            lid = l["id"]
            r = l["request"]
            t = r["submitted_at"] if l["kind"] == "payment" else r["received_at"]
            if prev and ts(t) < ts(prev):
                fail(lid, "not in chronological order")
            prev = t
            if l["phase"] == "history":
                if phase_seen_test:
                    fail(lid, "history line after a test line")
                st[f"history_{l['kind']}"] += 1
                if l["kind"] == "payment":
                    ctx["payees"].add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        ctx["invoices"].add(r["related"]["invoice_no"])
                continue
            phase_seen_test = True
            st["test"] += 1
            st[f"test_{l['kind']}"] += 1
            # structural signals recomputed
            want = set()
            if l["kind"] == "payment":
                if r["payee"]["account_no"] not in ctx["payees"]:
                    want.add("first_time_payee")
                if r["payee"]["account_type"] == "personal":
                    want.add("personal_account")
                if not r["approved_by"]:
                    want.add("no_approval")
                ch = r["payee_account_changed_at"]
                if ch:
                    want.add("account_changed_recent" if ts(t) - ts(ch) <= dt.timedelta(days=30)
                             else "account_changed_long_ago")
                if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx["invoices"]:
                    want.add("duplicate_invoice")
            elif r["customer"]["customer_id"] is None:
                want.add("new_customer")
            if off_hours(t):
                want.add("off_hours")
            have = {s for s in l["signals"] if s in STRUCTURAL}
            if have != want:
                fail(lid, f"structural signals {sorted(have)} != recomputed {sorted(want)}")
            # notes and label classes
            note = l["note"]
            if l["label"] == "legit":
                st["legit"] += 1
                if note.startswith("Routine:"):
                    st["routine"] += 1
                    if l["signals"]:
                        fail(lid, "routine line carries signals")
                elif note.startswith("Hard negative:"):
                    st["hard_negative"] += 1
                    if not l["signals"]:
                        fail(lid, "hard negative names no shared surface")
                else:
                    fail(lid, "legit test note must start with Routine: or Hard negative:")
            else:
                st["scam"] += 1
                ts_ = type_stats[l["scam_type"]]
                ts_["lines"] += 1
                ts_[l["expect"]] += 1
                if note.startswith("Structural only:"):
                    ts_["structural"] += 1
                    st["structural_only"] += 1
                elif note.startswith(("Routine:", "Hard negative:")):
                    fail(lid, "scam note prefix")
            if any(s.startswith("evasion_") for s in l["signals"]):
                evasion_lines.append(lid)
            reasons = block_reasons(l, ctx)
            if l["expect"] == "block":
                st["block"] += 1
                if not reasons:
                    fail(lid, "expect block but no hard-block reason recomputed from the data")
                for cat in sorted({x.split(":")[0] for x in reasons}):
                    reason_counts[cat] += 1
            elif reasons:
                fail(lid, f"not expect block but data carries hard-block reasons: {reasons}")
        stats[tn] = st

    # report
    cols = ["history_payment", "history_order", "test", "scam", "legit", "hard_negative", "routine", "block",
            "test_payment", "test_order"]
    print("tenant      " + " ".join(f"{c:>15}" for c in cols))
    tot = collections.Counter()
    for tn, st in stats.items():
        tot.update(st)
        print(f"{tn:<11} " + " ".join(f"{st[c]:>15}" for c in cols))
    print(f"{'total':<11} " + " ".join(f"{tot[c]:>15}" for c in cols))
    print()
    print(f"{'scam type':<25}{'lines':>7}{'block':>7}{'flag':>7}{'structural':>12}")
    for t in SCAM_TYPES:
        s = type_stats[t]
        print(f"{t:<25}{s['lines']:>7}{s['block']:>7}{s['flag']:>7}{s['structural']:>12}")
    print()
    print("block reasons (lines per reason category; a line may carry more than one category):")
    for k, v in sorted(reason_counts.items()):
        print(f"  {k:<20}{v:>4}")
    print(f"evasion lines: {len(evasion_lines)} ({', '.join(evasion_lines)})")
    share = tot["scam"] / tot["test"] if tot["test"] else 0
    print(f"scam share of test lines: {share:.1%}; hard negatives among legit: "
          f"{tot['hard_negative'] / max(tot['legit'], 1):.1%}")

    # corpus-level expectations of the brief
    for t in SCAM_TYPES:
        if type_stats[t]["lines"] < 2:
            fail("corpus", f"scam type {t} has fewer than 2 lines")
    if not 25 <= tot["block"] <= 30:
        fail("corpus", f"{tot['block']} expect-block lines, want 25-30")
    if not 8 <= len(evasion_lines) <= 10:
        fail("corpus", f"{len(evasion_lines)} evasion lines, want 8-10")

    if ERRORS:
        print(f"\nFAILED: {len(ERRORS)} problem(s)")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
