"""Validates ../holdout.jsonl against the corpus format (../../../../shared/corpus/README.md)
and the wire contract, and checks it shares no identifiers with the public sample.

Run: python3 validate_holdout.py [path/to/holdout.jsonl] [path/to/sample.jsonl]
Exit status 1 on any error; warnings are printed but do not fail.
"""
import collections
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
HOLDOUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "holdout.jsonl")
SAMPLE = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus/sample.jsonl"

errors = []
warnings = []


def err(lid, msg):
    errors.append(f"{lid}: {msg}")


def warn(lid, msg):
    warnings.append(f"{lid}: {msg}")


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
EVASIONS = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
            "evasion_homophone", "evasion_symbols"]

HIST_KEYS = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note",
             "request"]
TEST_KEYS = [k for k in HIST_KEYS if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAYEE_KEYS = {"name", "account_no", "bank", "account_type", "vendor_id", "phone"}
INSTR_KEYS = {"channel", "from_name", "from_contact", "text", "urgent"}
RELATED_KEYS = {"order_id", "contract_id", "invoice_no"}
VERIF_KEYS = {"callback_done", "callback_number", "verified_by", "verified_at"}
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUST_KEYS = {"name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"}
ITEM_KEYS = {"product", "quantity", "unit", "unit_price"}
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
MONEY = re.compile(r"^\d+\.\d{2}$")
QTY = re.compile(r"^\d+(\.\d+)?$")
TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
MOBILE = re.compile(r"^1380000\d{4}$")
LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
PHONE_IN_TEXT = re.compile(r"(?<!\d)(1\d{10}|0\d{2,3}-\d{7})(?!\d)")
ACCOUNT = re.compile(r"^\d{16,19}$")
CJK = re.compile(r"[\u4e00-\u9fff]")

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

LIMITS = {"jinsui": (Decimal("50000"), "E1102", "E1100"),
          "antai": (Decimal("100000"), "E2202", "E2200"),
          "duolang": (Decimal("200000"), "E3302", "E3300")}

# 2026 public holidays (mainland China) used for the off-hours check.
HOLIDAYS = {dt.date(2026, 1, 1), dt.date(2026, 1, 2), dt.date(2026, 1, 3)}
HOLIDAYS |= {dt.date(2026, 2, d) for d in range(15, 24)}
HOLIDAYS |= {dt.date(2026, 4, d) for d in range(4, 7)}
HOLIDAYS |= {dt.date(2026, 5, d) for d in range(1, 6)}
HOLIDAYS |= {dt.date(2026, 6, d) for d in range(19, 22)}


def uscc_ok(code):
    if not isinstance(code, str) or len(code) != 18 or any(c not in USCC_CHARSET for c in code):
        return False
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARSET[(31 - total % 31) % 31] == code[17]


def parse_ts(lid, s):
    if not isinstance(s, str) or not TS.match(s):
        err(lid, f"bad timestamp {s!r}")
        return None
    return dt.datetime.fromisoformat(s)


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or not (10 <= t.hour < 20)


def texts_of(line):
    r = line["request"]
    if line["kind"] == "payment":
        return [r["purpose"] or "", r["memo"] or "", r["instruction"]["text"] or ""]
    return [r["notes"] or "", r["payment_terms"] or ""] + [i["product"] for i in r["items"]]


def check_phone(lid, value, where):
    if value is None:
        return
    if not (MOBILE.match(value) or LANDLINE.match(value)):
        err(lid, f"{where}: phone {value!r} not 1380000xxxx or area-0000xxx")


def check_embedded_phones(lid, s, where):
    for m in PHONE_IN_TEXT.finditer(s or ""):
        check_phone(lid, m.group(1), where)


# ---------------------------------------------------------------------------------------- load
raw = open(HOLDOUT, encoding="utf-8").read().splitlines()
lines = []
for n, text in enumerate(raw, 1):
    try:
        lines.append(json.loads(text))
    except json.JSONDecodeError as e:
        err(f"line {n}", f"JSON: {e}")
if errors:
    print("\n".join(errors))
    sys.exit(1)

# sample identifiers
sample_ids, sample_names, sample_texts = set(), set(), []
for text in open(SAMPLE, encoding="utf-8"):
    d = json.loads(text)
    r = d["request"]
    if d["kind"] == "payment":
        sample_ids |= {r["request_id"], r["payer"]["account_no"], r["payee"]["account_no"]}
        sample_ids |= {x for x in [r["payee"]["phone"], r["payee"]["vendor_id"], r["instruction"]["from_contact"],
                                   r["related"]["invoice_no"], r["related"]["contract_id"], r["related"]["order_id"]] if x}
        sample_names |= {x for x in [r["payee"]["name"], r["payer"]["account_name"], r["instruction"]["from_name"]] if x}
        sample_texts.append(r["instruction"]["text"] or "")
        sample_texts.append(r["memo"] or "")
    else:
        c = r["customer"]
        sample_ids |= {r["record_id"]}
        sample_ids |= {x for x in [c["credit_code"], c["phone"], c["email"], c["im_id"], c["customer_id"]] if x}
        sample_names |= {x for x in [c["name"], c["contact_name"]] if x}
        if r["third_party"]:
            sample_names.add(r["third_party"]["name"])
            if r["third_party"]["contact"]:
                sample_ids.add(r["third_party"]["contact"])
        sample_texts.append(r["notes"] or "")
sample_ids.discard("")
for m in re.finditer(r"E\d{4}", open(SAMPLE, encoding="utf-8").read()):
    sample_ids.add(m.group(0))

# ---------------------------------------------------------------------------------------- per line
ids = set()
req_ids = collections.defaultdict(set)
invoices_all = collections.Counter()
by_tenant = collections.OrderedDict()
for line in lines:
    lid = line.get("id", "?")
    if lid in ids:
        err(lid, "duplicate id")
    ids.add(lid)
    phase = line.get("phase")
    want = HIST_KEYS if phase == "history" else TEST_KEYS
    if list(line.keys()) != want:
        err(lid, f"keys {list(line.keys())} != {want}")
        continue
    by_tenant.setdefault(line["tenant"], []).append(line)
    if not lid.startswith(line["tenant"] + ("-h" if phase == "history" else "-t")):
        err(lid, "id does not match tenant/phase")
    if phase not in ("history", "test"):
        err(lid, f"phase {phase}")
    if line["kind"] not in ("payment", "order"):
        err(lid, f"kind {line['kind']}")
    if line["label"] == "legit":
        if line["scam_type"] is not None or line["expect"] != "allow":
            err(lid, "legit line must have scam_type null and expect allow")
    elif line["label"] == "scam":
        if line["scam_type"] not in SCAM_TYPES or line["expect"] not in ("flag", "block"):
            err(lid, "scam line needs a scam_type and expect flag/block")
        if phase == "history":
            err(lid, "scam in history")
    else:
        err(lid, f"label {line['label']}")
    if phase == "history" and (line["label"] != "legit" or line["outcome"] != "executed"):
        err(lid, "history must be legit/executed")
    if not isinstance(line["signals"], list) or len(set(line["signals"])) != len(line["signals"]):
        err(lid, "signals must be a list without repeats")
    for s in line["signals"]:
        if s not in SIGNALS:
            err(lid, f"unknown signal {s}")
    note = line["note"]
    if CJK.search(note):
        err(lid, "note must be English")
    if not note.endswith("."):
        warn(lid, "note does not end with a full stop")
    if re.search(r"\.\s+[A-Z]", note):
        warn(lid, "note looks like more than one sentence")
    if phase == "history" and not note.startswith("Routine:"):
        err(lid, "history note should start with Routine:")
    if phase == "test" and line["label"] == "legit":
        if line["signals"] and not note.startswith("Hard negative:"):
            err(lid, "legit test line with signals should be a Hard negative:")
        if not line["signals"] and not note.startswith("Routine:"):
            err(lid, "legit test line without signals should be Routine:")
    if note.startswith("Structural only:"):
        if line["label"] != "scam":
            err(lid, "Structural only: on a legit line")
        if line["kind"] == "payment" and line["request"]["instruction"]["channel"] != "erp":
            err(lid, "Structural only: expected a bland ERP instruction")
        if any(s.startswith("evasion_") or (s.endswith("_words") and s != "deposit_words") for s in line["signals"]):
            err(lid, "Structural only: line carries wording signals")

    r = line["request"]
    if line["kind"] == "payment":
        keys = list(r.keys())
        if keys[:len(PAY_KEYS)] != PAY_KEYS or keys[len(PAY_KEYS):] not in ([], ["verification"]):
            err(lid, f"payment keys {keys}")
            continue
        rid = r["request_id"]
        if rid in req_ids[("payment", line["tenant"])]:
            err(lid, f"duplicate request_id {rid}")
        req_ids[("payment", line["tenant"])].add(rid)
        parse_ts(lid, r["submitted_at"])
        if set(r["payer"].keys()) != {"account_no", "account_name"}:
            err(lid, "payer keys")
        if not ACCOUNT.match(r["payer"]["account_no"]):
            err(lid, "payer account_no must be 16-19 digits")
        pe = r["payee"]
        if set(pe.keys()) != PAYEE_KEYS:
            err(lid, f"payee keys {set(pe.keys())}")
        if not ACCOUNT.match(pe["account_no"]):
            err(lid, f"payee account_no {pe['account_no']} must be 16-19 digits")
        if pe["account_type"] not in ("corporate", "personal", "unknown"):
            err(lid, "account_type")
        check_phone(lid, pe["phone"], "payee.phone")
        if not isinstance(r["amount"], str) or not MONEY.match(r["amount"]) or Decimal(r["amount"]) <= 0:
            err(lid, f"amount {r['amount']!r}")
        if r["currency"] != "CNY":
            err(lid, "currency")
        ins = r["instruction"]
        if set(ins.keys()) != INSTR_KEYS:
            err(lid, "instruction keys")
        if ins["channel"] not in CHANNELS:
            err(lid, f"instruction.channel {ins['channel']}")
        if not isinstance(ins["urgent"], bool):
            err(lid, "urgent must be bool")
        if ins["from_contact"] and re.fullmatch(r"[\d\-]+", ins["from_contact"]):
            check_phone(lid, ins["from_contact"], "from_contact")
        if not isinstance(r["approved_by"], list) or r["requested_by"] in r["approved_by"]:
            err(lid, "approved_by must be a list without the requester")
        if len(set(r["approved_by"])) != len(r["approved_by"]):
            err(lid, "repeated approver")
        if set(r["related"].keys()) != RELATED_KEYS:
            err(lid, "related keys")
        if r["related"]["invoice_no"]:
            invoices_all[(line["tenant"], r["related"]["invoice_no"])] += 1
        if r["payee_account_changed_at"] is not None:
            parse_ts(lid, r["payee_account_changed_at"])
        if "verification" in r:
            v = r["verification"]
            if set(v.keys()) != VERIF_KEYS or v["callback_done"] is not True:
                err(lid, "verification keys/callback_done")
            check_phone(lid, v["callback_number"], "callback_number")
            if v["callback_number"] != pe["phone"]:
                err(lid, "callback_number must equal payee.phone on file")
            if v["verified_by"] == r["requested_by"]:
                warn(lid, "verified by the requester")
            vt = parse_ts(lid, v["verified_at"])
            st = parse_ts(lid, r["submitted_at"])
            ct = r["payee_account_changed_at"] and parse_ts(lid, r["payee_account_changed_at"])
            if vt and st and vt > st:
                err(lid, "verified after submission")
            if vt and ct and vt < ct:
                err(lid, "verified before the change was keyed")
        for s in [r["memo"], ins["text"]]:
            check_embedded_phones(lid, s, "text")
    else:
        keys = list(r.keys())
        if keys != ORDER_KEYS:
            err(lid, f"order keys {keys}")
            continue
        rid = r["record_id"]
        if rid in req_ids[("order", line["tenant"])]:
            err(lid, f"duplicate record_id {rid}")
        req_ids[("order", line["tenant"])].add(rid)
        t = parse_ts(lid, r["received_at"])
        c = r["customer"]
        if set(c.keys()) != CUST_KEYS:
            err(lid, "customer keys")
        if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
            err(lid, f"invalid credit code {c['credit_code']}")
        check_phone(lid, c["phone"], "customer.phone")
        total = Decimal("0")
        for it in r["items"]:
            if set(it.keys()) != ITEM_KEYS:
                err(lid, "item keys")
            if not QTY.match(it["quantity"]) or not MONEY.match(it["unit_price"]):
                err(lid, "item quantity/unit_price format")
            total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
        if not MONEY.match(r["total_amount"]) or Decimal(r["total_amount"]) != total:
            err(lid, f"total_amount {r['total_amount']} != {total}")
        if r["currency"] != "CNY":
            err(lid, "currency")
        if r["channel"] not in CHANNELS:
            err(lid, f"order channel {r['channel']}")
        if set(r["delivery"].keys()) != {"address", "deadline"}:
            err(lid, "delivery keys")
        try:
            dl = dt.date.fromisoformat(r["delivery"]["deadline"])
            if t and dl < t.date():
                err(lid, "deadline before receipt")
        except (TypeError, ValueError):
            err(lid, "deadline must be YYYY-MM-DD")
        tp = r["third_party"]
        if tp is not None:
            if set(tp.keys()) != {"name", "contact", "role", "amount"} or tp["role"] not in ROLES:
                err(lid, "third_party keys/role")
            if not MONEY.match(tp["amount"]):
                err(lid, "third_party amount")
            check_embedded_phones(lid, tp["contact"], "third_party.contact")
        if not isinstance(r["fees_requested"], list):
            err(lid, "fees_requested must be a list")
        for f in r["fees_requested"]:
            if set(f.keys()) != {"reason", "amount"} or not MONEY.match(f["amount"]):
                err(lid, "fee shape")
        check_embedded_phones(lid, r["notes"], "notes")

    # evasion markers must be visible in the text, and vice versa
    blob = "\n".join(texts_of(line))
    has_fw = bool(re.search(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]", blob))
    has_zw_emoji = bool(re.search(r"[\u200b-\u200f\u2060\ufeff\U0001F000-\U0001FAFF\u2600-\u27BF]", blob))
    has_sep = bool(re.search(r"[\u4e00-\u9fff][/·\.\-][\u4e00-\u9fff][/·\.\-][\u4e00-\u9fff]", blob))
    has_space = bool(re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]", blob))
    trad = set("們這說帳戶轉賬證驗資凍結國監備購買許為會來時對發過貨還請與後從經變稅務開銀號碼頭審計舊補謝總貴擔礦闆辦處記錄稱認張虛為證兩")
    has_trad = sum(ch in trad for ch in blob) >= 5
    has_pinyin = bool(re.search(r"[\u4e00-\u9fff][a-z]{1,5}|[a-z]{1,5}[\u4e00-\u9fff]|(?<![a-z])(bzj|dgzh|sls|yhk|fxj|aqzh|yzm|zfb)(?![a-z])", blob))
    homophones = ["威信", "银航卡", "返力", "保正金", "带购", "扣扣", "多大了", "唰单", "压金", "薇信"]
    has_homo = any(h in blob for h in homophones)
    sig = set(line["signals"])
    for name, present in [("evasion_fullwidth", has_fw), ("evasion_traditional", has_trad),
                          ("evasion_spacing", has_space), ("evasion_homophone", has_homo)]:
        if name in sig and not present:
            err(lid, f"{name} marked but not found in the text")
        if present and name not in sig:
            err(lid, f"text shows {name} but the line does not mark it")
    if "evasion_symbols" in sig and not (has_zw_emoji or has_sep):
        err(lid, "evasion_symbols marked but no emoji/zero-width/separator found")
    if has_zw_emoji and "evasion_symbols" not in sig:
        err(lid, "emoji/zero-width in text but evasion_symbols not marked")
    if "evasion_pinyin" in sig and not has_pinyin:
        err(lid, "evasion_pinyin marked but no pinyin found")
    if has_pinyin and "evasion_pinyin" not in sig and line["label"] == "scam":
        warn(lid, "text mixes latin letters and Chinese but evasion_pinyin is not marked")

# ---------------------------------------------------------------------------------------- per tenant
for tenant, tl in by_tenant.items():
    seen_test = False
    last = None
    payer = None
    hist_vendor = {}          # vendor_id -> (account_no, phone, count, changed_at)
    hist_vendor_count = collections.Counter()
    hist_customers = {}
    hist_invoices = set()
    hist_payroll = 0
    changed_long_ago_paid = set()
    limit, fm, gm = LIMITS[tenant]
    nh = sum(1 for l in tl if l["phase"] == "history")
    if not 15 <= nh <= 25:
        err(tenant, f"{nh} history lines, want 15-25")
    for line in tl:
        lid = line["id"]
        r = line["request"]
        ts = parse_ts(lid, r.get("submitted_at") or r.get("received_at"))
        if line["phase"] == "test":
            seen_test = True
        elif seen_test:
            err(lid, "history after test")
        if last and ts and ts < last:
            err(lid, "not chronological")
        last = ts or last
        if ts:
            oh = off_hours(ts)
            if line["phase"] == "history" and oh:
                err(lid, "history line outside office hours")
            if line["phase"] == "test" and oh != ("off_hours" in line["signals"]):
                err(lid, f"off_hours signal mismatch (off-hours={oh})")
        if line["kind"] == "payment":
            if payer is None:
                payer = r["payer"]
            elif r["payer"] != payer:
                err(lid, "payer differs within tenant")
            pe = r["payee"]
            vid = pe["vendor_id"]
            amt = Decimal(r["amount"])
            inv_no = r["related"]["invoice_no"]
            if line["phase"] == "history":
                if amt >= limit and (fm not in r["approved_by"] or gm not in r["approved_by"]):
                    err(lid, "history payment above limit without FM+GM")
                if amt < limit and r["approved_by"] != [fm]:
                    err(lid, "history payment below limit should have only the finance manager")
                if vid:
                    prev = hist_vendor.get(vid)
                    if prev and prev[0] != pe["account_no"] and not r["payee_account_changed_at"]:
                        err(lid, "vendor account differs from history without payee_account_changed_at")
                    if prev and prev[1] != pe["phone"]:
                        err(lid, "vendor phone differs from history")
                    hist_vendor[vid] = (pe["account_no"], pe["phone"], r["payee_account_changed_at"])
                    hist_vendor_count[vid] += 1
                    if r["payee_account_changed_at"] and prev and prev[0] == pe["account_no"]:
                        changed_long_ago_paid.add(vid)
                if "代发" in pe["name"] or "工资" in pe["name"]:
                    hist_payroll += 1
                if inv_no:
                    if inv_no in hist_invoices:
                        err(lid, "duplicate invoice inside history")
                    hist_invoices.add(inv_no)
            else:
                if vid and vid in hist_vendor:
                    known_acc, known_phone, known_changed = hist_vendor[vid]
                    if pe["account_no"] != known_acc and not r["payee_account_changed_at"]:
                        err(lid, "vendor paid to a new account but payee_account_changed_at is null")
                    if pe["account_no"] == known_acc and r["payee_account_changed_at"] != known_changed:
                        err(lid, "changed_at differs from history for the same account")
                    if pe["phone"] != known_phone:
                        err(lid, "vendor phone differs from file")
                elif vid:
                    err(lid, f"vendor {vid} unknown in history")
                ca = r["payee_account_changed_at"]
                if ca and ts:
                    days = (ts - dt.datetime.fromisoformat(ca)).days
                    if "account_changed_recent" in line["signals"] and days > 30:
                        err(lid, "account_changed_recent but change older than 30 days")
                    if "account_changed_long_ago" in line["signals"] and days <= 30:
                        err(lid, "account_changed_long_ago but change within 30 days")
                if "duplicate_invoice" in line["signals"]:
                    if inv_no not in hist_invoices:
                        err(lid, "duplicate_invoice but the invoice was not paid in history")
                elif inv_no and inv_no in hist_invoices:
                    err(lid, "reuses a history invoice without duplicate_invoice")
        else:
            cust = r["customer"]
            if line["phase"] == "history":
                if not cust["customer_id"]:
                    err(lid, "history order without customer_id")
                hist_customers[cust["customer_id"]] = cust
            elif cust["customer_id"]:
                hc = hist_customers.get(cust["customer_id"])
                if not hc:
                    err(lid, "customer_id not established in history")
                elif hc["name"] != cust["name"] or hc["credit_code"] != cust["credit_code"]:
                    err(lid, "established customer name/credit code differs from history")
    regular = [v for v, n in hist_vendor_count.items() if n >= 3]
    if len(regular) < 2:
        err(tenant, "needs at least two vendors paid 3+ times in history")
    if hist_payroll < 3:
        err(tenant, "needs payroll in history")
    if not hist_customers:
        err(tenant, "needs established customers in history")
    if not changed_long_ago_paid:
        err(tenant, "needs a vendor whose account changed and was paid since")

for (tenant, no), n in invoices_all.items():
    if n > 1:
        lines_with = [l["id"] for l in by_tenant[tenant] if l["kind"] == "payment"
                      and l["request"]["related"]["invoice_no"] == no]
        if not any("duplicate_invoice" in next(x for x in lines if x["id"] == i)["signals"] for i in lines_with):
            err(tenant, f"invoice {no} used {n} times without a duplicate_invoice line")


# ---------------------------------------------------------------------------------------- expect vs block list
def block_reason(line):
    s = set(line["signals"])
    reasons = []
    if "safe_account_words" in s:
        reasons.append("safe/national/supervised account or fund verification")
    if "account_lending_words" in s:
        reasons.append("lending the company account")
    if "refund_to_other_account" in s:
        reasons.append("refund to another account")
    if "refund_words" in s and "fake_payment_proof" in s and "overpayment" in s:
        reasons.append("refund before the money cleared")
    if "designated_supplier" in s and "fake_payment_proof" in s:
        reasons.append("designated supplier before the customer's money arrived")
    if "account_changed_recent" in s and "first_time_payee" in s and "verification" not in line["request"]:
        reasons.append("first payment to an account changed within 30 days")
    if {"boss_role", "balance_probe", "first_time_payee", "no_approval"} <= s:
        reasons.append("boss instruction + balance probe + first-time payee")
    if "personal_account" in s and s & {"task_rebate_words", "topup_words"}:
        reasons.append("personal payee + task/top-up words")
    if "personal_account" in s and "loan_fee_words" in s:
        reasons.append("personal payee + unfreezing/capital-verification words")
    if "duplicate_invoice" in s:
        reasons.append("invoice already paid")
    if s & {"payee_not_employee", "payee_shared_by_employees"}:
        reasons.append("salary to a non-employee or shared account")
    return reasons


for line in lines:
    if line["phase"] != "test" or line["label"] != "scam":
        continue
    reasons = block_reason(line)
    if line["expect"] == "block" and not reasons:
        err(line["id"], "expect block but no block-list signal")
    if line["expect"] == "flag" and reasons:
        err(line["id"], f"expect flag but block-list signal present: {reasons}")

# ---------------------------------------------------------------------------------------- sample overlap
blob_all = open(HOLDOUT, encoding="utf-8").read()
for ident in sorted(sample_ids):
    if len(ident) >= 5 and ident in blob_all:
        err("sample", f"sample identifier reused: {ident}")
    if re.fullmatch(r"E\d{4}", ident) and re.search(rf"\"{ident}\"", blob_all):
        err("sample", f"sample employee id reused: {ident}")
for name in sorted(sample_names):
    if len(name) >= 3 and name in blob_all:
        err("sample", f"sample name reused: {name}")
hold_name_fields = set()
for line in lines:
    r = line["request"]
    if line["kind"] == "payment":
        hold_name_fields |= {r["payee"]["name"], r["instruction"]["from_name"] or ""}
    else:
        hold_name_fields |= {r["customer"]["name"], r["customer"]["contact_name"] or ""}
for name in sample_names & hold_name_fields:
    err("sample", f"sample name reused in a name field: {name}")
# shared wording: any 10-character CJK run found in both the sample texts and the holdout texts
sample_grams = set()
for s in sample_texts:
    for m in re.finditer(r"[\u4e00-\u9fff，。、；：“”（）]{10,}", s):
        run = m.group(0)
        for i in range(len(run) - 9):
            sample_grams.add(run[i:i + 10])
for line in lines:
    for s in texts_of(line):
        for i in range(max(0, len(s) - 9)):
            g = s[i:i + 10]
            if g in sample_grams:
                warn(line["id"], f"wording shared with the sample: {g}")
                break

# ---------------------------------------------------------------------------------------- counts
test = [l for l in lines if l["phase"] == "test"]
scams = [l for l in test if l["label"] == "scam"]
legit = [l for l in test if l["label"] == "legit"]
hard = [l for l in legit if l["note"].startswith("Hard negative:")]
per_type = collections.Counter(l["scam_type"] for l in scams)
per_expect = collections.Counter(l["expect"] for l in test)
ev = collections.Counter(s for l in scams for s in l["signals"] if s.startswith("evasion_"))
if len(test) < 90:
    err("counts", f"{len(test)} test lines < 90")
if len(scams) < 50:
    err("counts", f"{len(scams)} scam lines < 50")
if len(legit) < 35:
    err("counts", f"{len(legit)} legit lines < 35")
if len(hard) < 25:
    err("counts", f"{len(hard)} hard negatives < 25")
for t in SCAM_TYPES:
    if not 3 <= per_type[t] <= 6:
        err("counts", f"{t}: {per_type[t]} lines, want 3-6")
for e in EVASIONS:
    if ev[e] < 3:
        err("counts", f"{e}: only {ev[e]} scam lines")
structural = [l for l in scams if l["note"].startswith("Structural only:")]

print(f"lines {len(lines)}: history {len(lines) - len(test)}, test {len(test)}")
for tenant, tl in by_tenant.items():
    th = sum(l["phase"] == "history" for l in tl)
    tt = [l for l in tl if l["phase"] == "test"]
    print(f"  {tenant}: history {th}, test {len(tt)} (scam {sum(l['label'] == 'scam' for l in tt)}, "
          f"legit {sum(l['label'] == 'legit' for l in tt)})")
print(f"test by label: scam {len(scams)}, legit {len(legit)} (hard negatives {len(hard)}, routine {len(legit) - len(hard)})")
print(f"test by expect: {dict(sorted(per_expect.items()))}")
print("scams by type (flag/block):")
for t in SCAM_TYPES:
    f = sum(1 for l in scams if l["scam_type"] == t and l["expect"] == "flag")
    b = sum(1 for l in scams if l["scam_type"] == t and l["expect"] == "block")
    print(f"  {t:26s} {per_type[t]}  ({f} flag, {b} block)")
print(f"structural-only scams: {len(structural)}")
print(f"evasion families on scam lines: {dict(sorted(ev.items()))}")
print(f"kinds in test: {dict(collections.Counter(l['kind'] for l in test))}")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
