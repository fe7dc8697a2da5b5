#!/usr/bin/env python3
"""Independent checks for holdout37.jsonl (standard library only).

Re-derives everything from the file itself: format, ordering, ids, amounts, credit codes,
account numbers, the structural signals, and why each `expect: block` line is a hard block.
Exit status 1 on any failure. With --tables it also prints the README count tables.
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
PATH = os.path.join(os.path.dirname(HERE), "holdout37.jsonl")

LINE_KEYS_H = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
LINE_KEYS_T = [k for k in LINE_KEYS_H if k != "outcome"]
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

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation", "account_change",
              "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
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
EVASION = [s for s in VOCAB if s.startswith("evasion_")]

MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
MOBILE = re.compile(r"^13[012]0000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
TSRE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
HOLIDAYS = {"2026-09-25"} | {f"2026-10-0{i}" for i in range(1, 8)}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(s):
    d = parse_ts(s)
    return d.strftime("%Y-%m-%d") in HOLIDAYS or d.weekday() >= 5 or d.hour < 10 or d.hour >= 20


# ---------------------------------------------------------------- text normalisation (for block reasons)
T2S = str.maketrans("賬帳戶證匯驗資墊凍結轉過監管國號碼銀託關於補貼險", "账账户证汇验资垫冻结转过监管国号码银托关于补贴险")
HOMO = [("唰单", "刷单"), ("返力", "返利"), ("反利", "返利"), ("薇信", "微信"), ("威信", "微信"), ("保正金", "保证金")]
PINYIN = [("aqzh", "安全账户"), ("dgzh", "对公账户"), ("sls", "刷流水"), ("yhk", "银行卡"), ("bzj", "保证金")]
SEP = re.compile(r"[\s\u3000·•.,，。、\-_/\\|*~#@+]")


def norm(text):
    t = unicodedata.normalize("NFKC", text or "").translate(T2S).lower()
    for a, b in HOMO:
        t = t.replace(a, b)
    for a, b in PINYIN:
        t = re.sub(r"(?<![a-z])" + a + r"(?![a-z])", b, t)
    return SEP.sub("", t)


def texts(line):
    r = line["request"]
    if line["kind"] == "payment":
        parts = [r["purpose"], r["memo"], r["instruction"]["text"]]
    else:
        parts = [r["notes"], r["payment_terms"]] + [f["reason"] for f in r["fees_requested"]]
    return norm("\n".join(p or "" for p in parts))


SAFE = ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查"]
LEND = ["走账", "过账", "走一下账", "过一下账", "借用公户", "借用对公账户", "借用账户", "借你们公司账户", "刷流水", "u盾", "出租账户"]
NOT_CLEARED = ["截图", "处理中", "未到账", "延迟到账", "跨行延迟", "24小时到账"]
PROBE = ["余额", "可用资金", "能动用", "账上还有", "还有多少钱"]
TASK = ["任务", "返利", "刷单", "充值", "解冻", "验资", "返现"]


class Ctx:
    """Per-tenant history state, built from history lines only (test lines never enter it)."""

    def __init__(self):
        self.accts, self.invoices, self.orders = set(), set(), {}


def structural(line, ctx):
    r, s = line["request"], set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in ctx.accts:
            s.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            s.add("personal_account")
        if not r["approved_by"]:
            s.add("no_approval")
        if r["payee_account_changed_at"]:
            days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
            s.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in ctx.invoices:
            s.add("duplicate_invoice")
        if is_off_hours(r["submitted_at"]):
            s.add("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            s.add("new_customer")
        if is_off_hours(r["received_at"]):
            s.add("off_hours")
    return s


def block_reasons(line, ctx=None, all_orders=None):
    """Why a line carries a hard-block signal of the corpus README, recomputed from the data."""
    ctx = ctx or Ctx()
    all_orders = all_orders or {}
    r, t, why = line["request"], texts(line), []
    st = structural(line, ctx)
    if any(w in t for w in SAFE):
        why.append("safe_account")
    if any(w in t for w in LEND):
        why.append("account_lending")
    if line["kind"] == "order":
        tp = r["third_party"]
        if tp and tp["role"] == "refund_recipient" and tp["name"] != r["customer"]["name"]:
            why.append("refund_to_other_account")
        if tp and tp["role"] == "designated_supplier" and any(w in t for w in NOT_CLEARED):
            why.append("designated_supplier_before_cleared")
        if tp and tp["role"] == "pass_through_payee" and "account_lending" not in why:
            why.append("account_lending")
        return why
    # payments
    order = all_orders.get(r["related"]["order_id"])
    if "退" in (r["purpose"] or "") and order is not None:
        if order["customer"]["name"] != r["payee"]["name"] or any(w in t for w in NOT_CLEARED):
            why.append("refund_to_other_account_or_uncleared")
    if order is not None and order["third_party"] and order["third_party"]["role"] == "designated_supplier" \
            and order["third_party"]["name"] == r["payee"]["name"] and "first_time_payee" in st \
            and any(w in t or w in norm(order["notes"]) for w in NOT_CLEARED):
        why.append("designated_supplier_before_cleared")
    if "account_changed_recent" in st and "first_time_payee" in st and Decimal(r["amount"]) >= Decimal("10000"):
        why.append("recent_account_change_first_payment")
    if r["instruction"]["channel"] in ("im", "email") and not r["approved_by"] and "first_time_payee" in st \
            and any(w in t for w in PROBE):
        why.append("boss_im_no_approval_balance_probe_new_payee")
    if r["payee"]["account_type"] == "personal" and any(w in t for w in TASK):
        why.append("personal_account_task_topup_unfreeze_verification")
    if "duplicate_invoice" in st:
        why.append("duplicate_invoice")
    if "工资" in (r["purpose"] or "") and r["payee"]["account_type"] == "personal":
        m = re.search(r"（(\d+)人", r["memo"] or "")
        e = re.search(r"（员工：([^）]+)）", r["memo"] or "")
        if m and int(m.group(1)) >= 2:
            why.append("salary_several_employees_one_account")
        if e and e.group(1) != r["payee"]["name"]:
            why.append("salary_payee_not_employee")
    return why


def check_keys(obj, keys, where, optional=()):
    got = list(obj.keys())
    want = [k for k in keys] + [k for k in optional if k in obj]
    if got != want:
        err(f"{where}: keys {got} != {want}")


def main():
    tables = "--tables" in sys.argv
    raw = open(PATH, "rb").read()
    if not raw.endswith(b"\n"):
        err("file must end with a newline")
    lines = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
    ids, rids = set(), set()
    tenants = []
    by_tenant = collections.defaultdict(list)
    for l in lines:
        if not tenants or tenants[-1] != l["tenant"]:
            if l["tenant"] in tenants:
                err(f"tenant {l['tenant']} lines are not grouped")
            tenants.append(l["tenant"])
        by_tenant[l["tenant"]].append(l)
    all_orders = {}
    for l in lines:
        if l["kind"] == "order":
            all_orders[l["request"]["record_id"]] = l["request"]

    block_counter = collections.Counter()
    for tid in tenants:
        ctx = Ctx()
        seen_test, last = False, None
        hn = rt = 0
        for l in by_tenant[tid]:
            i = l.get("id")
            where = i
            check_keys(l, LINE_KEYS_H if l.get("phase") == "history" else LINE_KEYS_T, where)
            if i in ids:
                err(f"{i}: duplicate id")
            ids.add(i)
            if not re.fullmatch(rf"{tid}-[ht]\d{{3}}", i) or (i[len(tid) + 1] == "h") != (l["phase"] == "history"):
                err(f"{i}: id does not match tenant/phase")
            if l["phase"] == "history":
                if seen_test:
                    err(f"{i}: history after test")
                if l["label"] != "legit" or l["expect"] != "allow" or l["outcome"] != "executed" or l["scam_type"] is not None or l["signals"]:
                    err(f"{i}: history line must be legit/allow/executed with no signals")
            elif l["phase"] == "test":
                seen_test = True
            else:
                err(f"{i}: bad phase")
            if l["kind"] not in ("payment", "order"):
                err(f"{i}: bad kind")
            if l["label"] == "legit":
                if l["scam_type"] is not None or l["expect"] != "allow":
                    err(f"{i}: legit line must be scam_type null, expect allow")
            elif l["label"] == "scam":
                if l["scam_type"] not in SCAM_TYPES or l["expect"] not in ("flag", "block"):
                    err(f"{i}: bad scam labelling")
            else:
                err(f"{i}: bad label")
            for s in l["signals"]:
                if s not in VOCAB:
                    err(f"{i}: signal {s} not in vocabulary")
            if len(set(l["signals"])) != len(l["signals"]):
                err(f"{i}: repeated signal")
            if not isinstance(l["note"], str) or not l["note"].endswith("."):
                err(f"{i}: note must be one sentence")
            r = l["request"]
            if l["kind"] == "payment":
                check_keys(r, PAY_KEYS, i, optional=["verification"])
                check_keys(r["payer"], PAYER_KEYS, i + ".payer")
                check_keys(r["payee"], PAYEE_KEYS, i + ".payee")
                check_keys(r["instruction"], INSTR_KEYS, i + ".instruction")
                check_keys(r["related"], REL_KEYS, i + ".related")
                if "verification" in r:
                    check_keys(r["verification"], VERIF_KEYS, i + ".verification")
                    if parse_ts(r["verification"]["verified_at"]) > parse_ts(r["submitted_at"]):
                        err(f"{i}: verification after submission")
                rid, stamp = r["request_id"], r["submitted_at"]
                if not MONEY.match(r["amount"]) or Decimal(r["amount"]) <= 0:
                    err(f"{i}: amount {r['amount']}")
                for acct in (r["payer"]["account_no"], r["payee"]["account_no"]):
                    if not re.fullmatch(r"\d{16,19}", acct):
                        err(f"{i}: account number {acct}")
                if r["payee"]["account_type"] not in ("corporate", "personal", "unknown"):
                    err(f"{i}: account_type")
                if r["instruction"]["channel"] not in CHANNELS:
                    err(f"{i}: channel")
                if r["requested_by"] in r["approved_by"]:
                    err(f"{i}: requester approves own request")
                if r["payee_account_changed_at"] and not TSRE.match(r["payee_account_changed_at"]):
                    err(f"{i}: changed_at format")
                if r["payee"]["phone"] and not (MOBILE.match(r["payee"]["phone"]) or LANDLINE.match(r["payee"]["phone"])):
                    err(f"{i}: payee phone {r['payee']['phone']}")
                if r["related"]["order_id"] and r["related"]["order_id"] not in all_orders:
                    err(f"{i}: related order not in file")
            else:
                check_keys(r, ORD_KEYS, i)
                check_keys(r["customer"], CUST_KEYS, i + ".customer")
                check_keys(r["delivery"], DELIV_KEYS, i + ".delivery")
                rid, stamp = r["record_id"], r["received_at"]
                total = Decimal(0)
                for it in r["items"]:
                    check_keys(it, ITEM_KEYS, i + ".item")
                    if not QTY.match(it["quantity"]) or not MONEY.match(it["unit_price"]):
                        err(f"{i}: item number format")
                    total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
                if not MONEY.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
                    err(f"{i}: total_amount {r['total_amount']} != {total}")
                if r["third_party"] is not None:
                    check_keys(r["third_party"], TP_KEYS, i + ".third_party")
                    if r["third_party"]["role"] not in ROLES or not MONEY.match(r["third_party"]["amount"]):
                        err(f"{i}: third_party")
                if not isinstance(r["fees_requested"], list):
                    err(f"{i}: fees_requested must be a list")
                for f in r["fees_requested"]:
                    check_keys(f, FEE_KEYS, i + ".fee")
                    if not MONEY.match(f["amount"]):
                        err(f"{i}: fee amount")
                if r["channel"] not in CHANNELS:
                    err(f"{i}: channel")
                c = r["customer"]
                if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                    err(f"{i}: invalid credit code {c['credit_code']}")
                if c["phone"] and not (MOBILE.match(c["phone"]) or LANDLINE.match(c["phone"])):
                    err(f"{i}: customer phone {c['phone']}")
                if r["third_party"] and r["third_party"]["contact"] and not MOBILE.match(r["third_party"]["contact"]):
                    err(f"{i}: third-party contact {r['third_party']['contact']}")
            if r.get("currency") != "CNY":
                err(f"{i}: currency")
            if rid in rids:
                err(f"{i}: duplicate request/record id {rid}")
            rids.add(rid)
            if not TSRE.match(stamp):
                err(f"{i}: timestamp {stamp}")
            if last and parse_ts(stamp) < last:
                err(f"{i}: not chronological")
            last = parse_ts(stamp)
            # every mobile anywhere in the text must use 130/131/132
            for m in re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", json.dumps(r, ensure_ascii=False)):
                if not MOBILE.match(m):
                    err(f"{i}: mobile {m} outside the 130/131/132 scheme")
            # phase-specific
            if l["phase"] == "history":
                if is_off_hours(stamp):
                    err(f"{i}: history line off hours")
                if l["kind"] == "payment":
                    if not r["approved_by"]:
                        err(f"{i}: history payment without approval")
                    ctx.accts.add(r["payee"]["account_no"])
                    if r["related"]["invoice_no"]:
                        if r["related"]["invoice_no"] in ctx.invoices:
                            err(f"{i}: duplicate invoice in history")
                        ctx.invoices.add(r["related"]["invoice_no"])
                continue
            comp = structural(l, ctx)
            for s in STRUCTURAL:
                if (s in comp) != (s in l["signals"]):
                    err(f"{i}: structural signal {s}: data says {s in comp}, label says {s in l['signals']}")
            why = block_reasons(l, ctx, all_orders)
            if l["expect"] == "block":
                if not why:
                    err(f"{i}: expect block but no hard-block reason in the data")
                for w in why:
                    block_counter[w] += 1
            elif why:
                err(f"{i}: {l['expect']} line meets hard-block condition(s) {why}")
            note = l["note"]
            if l["label"] == "legit":
                if note.startswith("Routine: "):
                    rt += 1
                    if l["signals"]:
                        err(f"{i}: routine line carries signals {l['signals']}")
                elif note.startswith("Hard negative: "):
                    hn += 1
                    if not l["signals"]:
                        err(f"{i}: hard negative names no shared surface")
                else:
                    err(f"{i}: legit test note must start Routine:/Hard negative:")
            else:
                if note.startswith(("Routine:", "Hard negative:")):
                    err(f"{i}: scam note prefix")
    # invoice numbers must be unique except deliberate duplicates flagged as such
    inv_seen = {}
    for l in lines:
        if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]:
            k = (l["tenant"], l["request"]["related"]["invoice_no"])
            if k in inv_seen and "duplicate_invoice" not in l["signals"]:
                err(f"{l['id']}: invoice number reused without duplicate_invoice")
            inv_seen[k] = l["id"]

    test = [l for l in lines if l["phase"] == "test"]
    scams = [l for l in test if l["label"] == "scam"]
    blocks = [l for l in test if l["expect"] == "block"]
    ev = [l for l in test if any(s in EVASION for s in l["signals"])]
    per_type = collections.Counter(l["scam_type"] for l in scams)
    print(f"lines {len(lines)}  history {len(lines) - len(test)}  test {len(test)}  scams {len(scams)} "
          f"({100 * len(scams) / len(test):.1f} %)  block {len(blocks)}  evasion lines {len(ev)}")
    for st_ in SCAM_TYPES:
        if per_type[st_] < 2:
            err(f"scam type {st_} has fewer than 2 lines")
    print("block reasons (a line may have several):")
    for k, v in sorted(block_counter.items()):
        print(f"  {k}: {v}")
    if tables:
        print_tables(lines)
    if ERRORS:
        print(f"\n{len(ERRORS)} FAILURE(S):")
        for e in ERRORS:
            print("  " + e)
        sys.exit(1)
    print("OK")


def print_tables(lines):
    print("\n| tenant | history payment | history order | test | scams | legit | hard negatives | routine | expect block | test payments | test orders |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    tot = collections.Counter()
    for tid in dict.fromkeys(l["tenant"] for l in lines):
        L = [l for l in lines if l["tenant"] == tid]
        T = [l for l in L if l["phase"] == "test"]
        row = collections.Counter(
            hp=sum(1 for l in L if l["phase"] == "history" and l["kind"] == "payment"),
            ho=sum(1 for l in L if l["phase"] == "history" and l["kind"] == "order"),
            t=len(T), s=sum(l["label"] == "scam" for l in T), lg=sum(l["label"] == "legit" for l in T),
            hn=sum(l["note"].startswith("Hard negative") for l in T), rt=sum(l["note"].startswith("Routine") for l in T),
            b=sum(l["expect"] == "block" for l in T), tp=sum(l["kind"] == "payment" for l in T), to=sum(l["kind"] == "order" for l in T))
        tot.update(row)
        print(f"| {tid} | " + " | ".join(str(row[k]) for k in ["hp", "ho", "t", "s", "lg", "hn", "rt", "b", "tp", "to"]) + " |")
    print("| **total** | " + " | ".join(f"**{tot[k]}**" for k in ["hp", "ho", "t", "s", "lg", "hn", "rt", "b", "tp", "to"]) + " |")
    print("\n| scam type | lines | block | flag | structural only |")
    print("| --- | --- | --- | --- | --- |")
    S = [l for l in lines if l["phase"] == "test" and l["label"] == "scam"]
    for st_ in SCAM_TYPES:
        X = [l for l in S if l["scam_type"] == st_]
        print(f"| `{st_}` | {len(X)} | {sum(l['expect'] == 'block' for l in X)} | {sum(l['expect'] == 'flag' for l in X)} | "
              f"{sum(l['note'].startswith('Structural only') for l in X)} |")
    print(f"| **total** | **{len(S)}** | **{sum(l['expect'] == 'block' for l in S)}** | **{sum(l['expect'] == 'flag' for l in S)}** | "
          f"**{sum(l['note'].startswith('Structural only') for l in S)}** |")
    print("\nevasion lines:")
    for l in lines:
        e = [s for s in l["signals"] if s.startswith("evasion_")]
        if e:
            print(f"  {l['id']} {e} {l['scam_type']}")


if __name__ == "__main__":
    main()
