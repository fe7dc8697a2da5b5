#!/usr/bin/env python3
"""Build holdout47.jsonl from the scenario files data_<tenant>.py.

Deterministic, standard library only. Every identifier (account numbers, invoice
numbers, WeChat ids, unified social credit codes) is derived from SHA-256 of a fixed
key, so rebuilding gives a byte-identical file.
"""
import datetime as dt
import hashlib
import json
import os
import re
import sys
from decimal import Decimal

import data_qingzhen
import data_nangxiang
import data_lengku

TENANT_MODULES = [data_qingzhen, data_nangxiang, data_lengku]
YEAR = 2026
TZ = dt.timezone(dt.timedelta(hours=8))

# Signal vocabulary in the order of the corpus README; signals are emitted in this order.
VOCAB = """first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval no_po_contract
vague_memo sales_order_linked just_below_limit split_payment off_hours large_vs_usual in_out_match
duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words fee_words
fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account refund_words overpayment
account_change_words personal_account_pretext account_lending_words safe_account_words authority_words
subsidy_words payroll_change payee_shared_by_employees payee_not_employee task_rebate_words topup_words
loan_fee_words renewal_bill invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery contact_im_only
contact_mismatch lookalike_company institution_claim third_party_payer small_then_large hazardous_no_permit
off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone evasion_symbols""".split()
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

# Public holidays 2026 (State Council schedule) used for the off_hours convention.
HOLIDAYS = {"2026-01-01", "2026-01-02", "2026-01-03",
            "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19",
            "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
            "2026-04-04", "2026-04-05", "2026-04-06",
            "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21",
            "2026-09-25", "2026-09-26", "2026-09-27",
            "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05",
            "2026-10-06", "2026-10-07"}

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def h(key):
    return hashlib.sha256(("holdout47|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += str(int(h(key + "#" + str(i)), 16))
        i += 1
    return out[:n]


_acct_cache = {}


def account(key, length, prefix):
    v = prefix + digits("acct|" + key, int(length) - len(prefix))
    if key in _acct_cache and _acct_cache[key] != v:
        raise SystemExit("account key %s used with two shapes" % key)
    _acct_cache[key] = v
    return v


def uscc(prefix8, key):
    body = prefix8
    hx = h("uscc|" + key)
    i = 0
    while len(body) < 17:
        body += USCC_CHARS[int(hx[i:i + 2], 16) % 31]
        i += 2
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    c = 31 - s % 31
    return body + USCC_CHARS[0 if c == 31 else c]


def wxid(key):
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    hx = h("wx|" + key)
    return "wxid_" + "".join(alpha[int(hx[2 * i:2 * i + 2], 16) % 32] for i in range(14))


PH = re.compile(r"\{([AIWU]):([^{}]+)\}")


def resolve(s):
    def rep(m):
        kind, arg = m.group(1), m.group(2)
        if kind == "A":
            key, ln, pre = arg.split(":")
            return account(key, ln, pre)
        if kind == "I":
            return "2665" + digits("inv|" + arg, 16)
        if kind == "W":
            return wxid(arg)
        if kind == "U":
            pre, key = arg.split(":")
            return uscc(pre, key)
    return PH.sub(rep, s)


def deep(o):
    if isinstance(o, str):
        return resolve(o)
    if isinstance(o, list):
        return [deep(x) for x in o]
    if isinstance(o, tuple):
        return tuple(deep(x) for x in o)
    if isinstance(o, dict):
        return {k: deep(v) for k, v in o.items()}
    return o


def ts(s):
    """'MM-DD HH:MM' or 'YYYY-MM-DD HH:MM' -> RFC 3339 +08:00."""
    if len(s) == 11:
        s = "%d-%s" % (YEAR, s)
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00+08:00")


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def off_hours(s):
    d = parse_ts(s)
    return (d.hour < 10 or d.hour >= 20 or d.weekday() >= 5
            or d.strftime("%Y-%m-%d") in HOLIDAYS)


def money(x):
    q = Decimal(x)
    return "%.2f" % q


def payee_obj(p):
    name, acct, bank, atype, vid, phone = p
    return {"name": name, "account_no": acct, "bank": bank, "account_type": atype,
            "vendor_id": vid, "phone": phone}


def customer_obj(c):
    name, code, contact, phone, email, im, cid = c
    return {"name": name, "credit_code": code, "contact_name": contact, "phone": phone,
            "email": email, "im_id": im, "customer_id": cid}


def build_tenant(mod):
    tenant, prefix = mod.TENANT, mod.PREFIX
    payer = {"account_no": mod.PAYER[0], "account_name": mod.PAYER[1]}
    payees, customers = mod.PAYEES, mod.CUSTOMERS
    lines = []
    for e in mod.LINES:
        e = dict(e)
        phase = "history" if e["ph"] == "h" else "test"
        at = ts(e["at"])
        if e["k"] == "p":
            pe = payees[e["pe"]] if isinstance(e["pe"], str) else e["pe"]
            req = {"request_id": None, "submitted_at": at,
                   "payer": dict(payer), "payee": payee_obj(pe),
                   "amount": money(e["amt"]), "currency": "CNY",
                   "purpose": e["pur"], "memo": e["memo"],
                   "instruction": {"channel": e.get("ch", "erp"), "from_name": e["fn"],
                                   "from_contact": e.get("fc"), "text": e["tx"],
                                   "urgent": e.get("ur", False)},
                   "requested_by": e["rq"], "approved_by": list(e.get("ap", [])),
                   "related": {"order_id": e.get("oid"), "contract_id": e.get("cid"),
                               "invoice_no": e.get("inv")},
                   "payee_account_changed_at": ts(e["chg"]) if e.get("chg") else None}
            if e.get("ver"):
                num, who, when = e["ver"]
                req["verification"] = {"callback_done": True, "callback_number": num,
                                       "verified_by": who, "verified_at": ts(when)}
            kind = "payment"
        else:
            cu = customers[e["cu"]] if isinstance(e["cu"], str) else e["cu"]
            items = [{"product": p, "quantity": q, "unit": u, "unit_price": money(pr)}
                     for (p, q, u, pr) in e["items"]]
            total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items),
                        Decimal("0"))
            tp = e.get("tp")
            req = {"record_id": None, "received_at": at, "customer": customer_obj(cu),
                   "items": items, "total_amount": money(total), "currency": "CNY",
                   "channel": e.get("ch", "erp"),
                   "delivery": {"address": e["addr"],
                                "deadline": "%d-%s" % (YEAR, e["dl"]) if e.get("dl") else None},
                   "payment_terms": e["terms"],
                   "third_party": None if tp is None else
                   {"name": tp[0], "contact": tp[1], "role": tp[2],
                    "amount": money(tp[3]) if tp[3] is not None else None},
                   "fees_requested": [{"reason": r, "amount": money(a)} for r, a in e.get("fees", [])],
                   "notes": e["notes"]}
            kind = "order"
        line = {"id": None, "tenant": tenant, "phase": phase, "kind": kind,
                "label": e.get("lab", "legit"), "scam_type": e.get("st"),
                "expect": e.get("ex", "allow")}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(e.get("sig", []))
        line["note"] = e["note"]
        line["request"] = deep(req)
        lines.append(line)

    # order: history then test, each chronological (stable on file order)
    def key(l):
        r = l["request"]
        return (0 if l["phase"] == "history" else 1, r.get("submitted_at") or r.get("received_at"))
    lines.sort(key=key)
    # ids and request ids
    hn = tn = 0
    seq = {}
    for l in lines:
        r = l["request"]
        if l["phase"] == "history":
            hn += 1
            l["id"] = "%s-h%03d" % (tenant, hn)
        else:
            tn += 1
            l["id"] = "%s-t%03d" % (tenant, tn)
        when = r.get("submitted_at") or r.get("received_at")
        day = when[:10].replace("-", "")
        tag = "FK" if l["kind"] == "payment" else "DD"
        seq[(tag, day)] = seq.get((tag, day), 0) + 1
        rid = "%s-%s-%s%03d" % (prefix, tag, day, seq[(tag, day)])
        if l["kind"] == "payment":
            r["request_id"] = rid
        else:
            r["record_id"] = rid
    # structural signals (test lines)
    hist_accts = {l["request"]["payee"]["account_no"] for l in lines
                  if l["phase"] == "history" and l["kind"] == "payment"}
    hist_inv = {l["request"]["related"]["invoice_no"] for l in lines
                if l["phase"] == "history" and l["kind"] == "payment"} - {None}
    for l in lines:
        if l["phase"] != "test":
            if l["signals"]:
                raise SystemExit("history line with signals: " + l["id"])
            continue
        r = l["request"]
        s = set(l["signals"])
        comp = set()
        if l["kind"] == "payment":
            if r["payee"]["account_no"] not in hist_accts:
                comp.add("first_time_payee")
            if r["payee"]["account_type"] == "personal":
                comp.add("personal_account")
            if not r["approved_by"]:
                comp.add("no_approval")
            if r["payee_account_changed_at"]:
                days = (parse_ts(r["submitted_at"]) - parse_ts(r["payee_account_changed_at"])).total_seconds() / 86400
                comp.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
            if r["related"]["invoice_no"] in hist_inv:
                comp.add("duplicate_invoice")
            when = r["submitted_at"]
        else:
            if r["customer"]["customer_id"] is None:
                comp.add("new_customer")
            when = r["received_at"]
        if off_hours(when):
            comp.add("off_hours")
        wrong = (s & set(STRUCTURAL)) - comp
        if wrong:
            raise SystemExit("%s: structural signals not supported by data: %s" % (l["id"], wrong))
        s |= comp
        unknown = s - set(VOCAB)
        if unknown:
            raise SystemExit("%s: unknown signals %s" % (l["id"], unknown))
        l["signals"] = [v for v in VOCAB if v in s]
    return lines


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    for mod in TENANT_MODULES:
        out.extend(build_tenant(mod))
    path = os.path.join(here, "..", "holdout47.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for l in out:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(out), os.path.normpath(path)))


if __name__ == "__main__":
    main()
