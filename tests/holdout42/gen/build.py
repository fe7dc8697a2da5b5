#!/usr/bin/env python3
"""Build ../holdout42.jsonl from the scenario data in data_<tenant>.py.

Deterministic, standard library only: identifiers come from SHA-256 of fixed keys
(see common.py), line order from the scenario timestamps. Structural signals
(first_time_payee, personal_account, no_approval, account_changed_recent/long_ago,
duplicate_invoice, new_customer, off_hours) are derived from the data; the wording
signals are written by hand in the data files.
"""
import datetime as dt
import json
import os
from decimal import Decimal

import data_chejia
import data_liyuan
import data_xinghui

TENANTS = [data_chejia, data_liyuan, data_xinghui]
YEAR = 2026
HOLIDAYS = {dt.date(2026, 4, d) for d in (4, 5, 6)} | {dt.date(2026, 5, d) for d in range(1, 6)} \
    | {dt.date(2026, 6, d) for d in (19, 20, 21)}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def parse_ts(s):
    md, hm = s.split(" ")
    m, d = md.split("-")
    hh, mm = hm.split(":")
    return dt.datetime(YEAR, int(m), int(d), int(hh), int(mm))


def rfc(t):
    return t.strftime("%Y-%m-%dT%H:%M:00+08:00")


def money(x):
    q = Decimal(str(x)).quantize(Decimal("0.01"))
    assert q == Decimal(str(x)), x
    return "%s" % q


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def payee_of(T, p):
    v = p["payee"]
    if isinstance(v, str):
        v = T.VENDORS[v]
    return {"name": v["name"], "account_no": v["account_no"], "bank": v["bank"],
            "account_type": v["account_type"], "vendor_id": v.get("vendor_id"), "phone": v.get("phone")}


def customer_of(T, o):
    c = o["cust"]
    if isinstance(c, str):
        c = T.CUSTOMERS[c]
    return {"name": c["name"], "credit_code": c.get("credit_code"), "contact_name": c.get("contact_name"),
            "phone": c.get("phone"), "email": c.get("email"), "im_id": c.get("im_id"),
            "customer_id": c.get("customer_id")}


def build_tenant(T):
    lines = T.LINES
    for i, L in enumerate(lines):
        L["_t"] = parse_ts(L["ts"])
        L["_i"] = i
    hist = sorted([L for L in lines if L["ph"] == "h"], key=lambda L: (L["_t"], L["_i"]))
    test = sorted([L for L in lines if L["ph"] == "t"], key=lambda L: (L["_t"], L["_i"]))
    assert hist[-1]["_t"] < test[0]["_t"]
    ordered = hist + test
    # identifiers
    per_day = {}
    refs = {}
    for L in ordered:
        kind = "FK" if L["kind"] == "p" else "XS"
        day = L["_t"].strftime("%Y%m%d")
        n = per_day.get((kind, day), 0) + 1
        per_day[(kind, day)] = n
        L["_rid"] = "%s-%s-%s%03d" % (T.PREFIX, kind, day, n)
        if "ref" in L:
            refs[L["ref"]] = L["_rid"]
    out = []
    paid_accounts = set()
    paid_invoices = set()
    hn = tn = 0
    for L in ordered:
        t = L["_t"]
        if L["ph"] == "h":
            hn += 1
            lid = "%s-h%03d" % (T.TENANT, hn)
        else:
            tn += 1
            lid = "%s-t%03d" % (T.TENANT, tn)
        struct = []
        if L["kind"] == "p":
            req = build_payment(T, L, refs)
            acc = req["payee"]["account_no"]
            if acc not in paid_accounts:
                struct.append("first_time_payee")
            if req["payee"]["account_type"] == "personal":
                struct.append("personal_account")
            if not req["approved_by"]:
                struct.append("no_approval")
            ch = req["payee_account_changed_at"]
            if ch is not None:
                days = (t - parse_ts(L["p"]["changed"])).total_seconds() / 86400.0
                struct.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
            inv = req["related"]["invoice_no"]
            if inv is not None and inv in paid_invoices:
                struct.append("duplicate_invoice")
            kind = "payment"
        else:
            req = build_order(T, L)
            if req["customer"]["customer_id"] is None:
                struct.append("new_customer")
            kind = "order"
        if off_hours(t):
            struct.append("off_hours")
        label = L.get("label", "legit")
        rec = {"id": lid, "tenant": T.TENANT, "phase": "history" if L["ph"] == "h" else "test",
               "kind": kind, "label": label, "scam_type": L.get("st"),
               "expect": L.get("ex", "allow")}
        if L["ph"] == "h":
            rec["outcome"] = "executed"
            rec["signals"] = []
            assert label == "legit" and rec["expect"] == "allow"
            if kind == "payment":
                paid_accounts.add(req["payee"]["account_no"])
                if req["related"]["invoice_no"]:
                    paid_invoices.add(req["related"]["invoice_no"])
        else:
            sig = [s for s in STRUCTURAL if s in struct]
            for s in L.get("sig", []):
                assert s not in STRUCTURAL, (lid, s)
                if s not in sig:
                    sig.append(s)
            rec["signals"] = sig
        rec["note"] = L["note"]
        rec["request"] = req
        out.append(rec)
    return out


def build_payment(T, L, refs):
    p = L["p"]
    amount = money(p["amount"])
    memo = p["memo"]
    text = p.get("text")
    if text is None:
        text = "%s：%s" % (T.ERP, memo)
        if p.get("contract"):
            text += "｜合同%s" % p["contract"]
        if p.get("inv"):
            text += "｜发票%s" % p["inv"]
    appr = p.get("appr")
    if appr is None:
        appr = T.APPR_BIG if Decimal(amount) >= T.BIG else T.APPR_SMALL
    req = {
        "request_id": L["_rid"],
        "submitted_at": rfc(L["_t"]),
        "payer": {"account_no": T.PAYER_ACCT, "account_name": T.COMPANY},
        "payee": payee_of(T, p),
        "amount": amount,
        "currency": "CNY",
        "purpose": p["purpose"],
        "memo": memo,
        "instruction": {"channel": p.get("ch", "erp"), "from_name": p.get("fn", T.ERP_FROM),
                        "from_contact": p.get("fc"), "text": text, "urgent": p.get("urg", False)},
        "requested_by": p.get("req", T.REQ),
        "approved_by": list(appr),
        "related": {"order_id": refs[p["order_ref"]] if p.get("order_ref") else None,
                    "contract_id": p.get("contract"), "invoice_no": p.get("inv")},
        "payee_account_changed_at": rfc(parse_ts(p["changed"])) if p.get("changed") else None,
    }
    if p.get("verif"):
        v = p["verif"]
        req["verification"] = {"callback_done": True, "callback_number": v["number"],
                               "verified_by": v["by"], "verified_at": rfc(parse_ts(v["at"]))}
    assert req["requested_by"] not in req["approved_by"]
    return req


def build_order(T, L):
    o = L["o"]
    items = []
    total = Decimal("0")
    for prod, qty, unit, price in o["items"]:
        items.append({"product": prod, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
        total += Decimal(str(qty)) * Decimal(str(price))
    tp = o.get("tp")
    if tp is not None:
        tp = {"name": tp["name"], "contact": tp.get("contact"), "role": tp["role"], "amount": money(tp["amount"])}
    return {
        "record_id": L["_rid"],
        "received_at": rfc(L["_t"]),
        "customer": customer_of(T, o),
        "items": items,
        "total_amount": money(total.quantize(Decimal("0.01"))),
        "currency": "CNY",
        "channel": o.get("ch", "erp"),
        "delivery": {"address": o["addr"], "deadline": "%d-%s" % (YEAR, o["deadline"])},
        "payment_terms": o["terms"],
        "third_party": tp,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in o.get("fees", [])],
        "notes": o["notes"],
    }


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "holdout42.jsonl")
    rows = []
    for T in TENANTS:
        rows.extend(build_tenant(T))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(rows), os.path.normpath(path)))


if __name__ == "__main__":
    main()
