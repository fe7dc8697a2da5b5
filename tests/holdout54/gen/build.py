#!/usr/bin/env python3
"""Build holdout54.jsonl from the scenario files. Deterministic, standard library only.

Usage: cd gen && python3 build.py   (writes ../holdout54.jsonl)
"""
import json
import os
import sys
from datetime import datetime, date, timedelta
from decimal import Decimal

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import money, invoice  # noqa: E402
import data_zhongzi  # noqa: E402
import data_nongyao  # noqa: E402
import data_feiliao  # noqa: E402

TENANTS = [data_zhongzi, data_nongyao, data_feiliao]

# Public holidays (Beijing) falling in the corpus window; weekends are off-hours too.
HOLIDAYS = {date(2026, 2, d) for d in range(15, 24)} | \
           {date(2026, 4, d) for d in (4, 5, 6)} | \
           {date(2026, 5, d) for d in range(1, 6)}

STRUCTURAL_PAYMENT = ["first_time_payee", "personal_account", "no_approval",
                      "account_changed_recent", "account_changed_long_ago",
                      "duplicate_invoice", "off_hours"]
STRUCTURAL_ORDER = ["new_customer", "off_hours"]
STRUCTURAL = set(STRUCTURAL_PAYMENT) | set(STRUCTURAL_ORDER)


def ts(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00+08:00")


def parse(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


def off_hours(s):
    d = parse(s)
    if d.weekday() >= 5 or d.date() in HOLIDAYS:
        return True
    return not (10 <= d.hour < 20)


def build_tenant(mod):
    lines = []
    hist = sorted(mod.HISTORY, key=lambda x: x["t"])
    test = sorted(mod.TEST, key=lambda x: x["t"])
    seq = {}
    refs = {}
    specs = [("history", i + 1, s) for i, s in enumerate(hist)] + \
            [("test", i + 1, s) for i, s in enumerate(test)]
    # pass 1: request ids and order refs
    for phase, n, s in specs:
        day = s["t"][:10].replace("-", "")
        pfx = mod.PAY_PREFIX if s["kind"] == "payment" else mod.ORD_PREFIX
        seq[(pfx, day)] = seq.get((pfx, day), 0) + 1
        s["_rid"] = "%s-%s%03d" % (pfx, day, seq[(pfx, day)])
        if s["kind"] == "order" and s.get("ref"):
            assert s["ref"] not in refs, s["ref"]
            refs[s["ref"]] = s["_rid"]
    paid_accounts = set()
    paid_invoices = set()
    for s in hist:
        if s["kind"] == "payment":
            paid_accounts.add(payee_of(mod, s["payee"])["acct"])
            if s["inv"]:
                paid_invoices.add(invoice(s["inv"]))
    for phase, n, s in specs:
        if s["kind"] == "payment":
            req, struct = payment_body(mod, s, refs, paid_accounts, paid_invoices)
        else:
            req, struct = order_body(mod, s)
        line = {
            "id": "%s-%s%03d" % (mod.TENANT, "h" if phase == "history" else "t", n),
            "tenant": mod.TENANT,
            "phase": phase,
            "kind": s["kind"],
            "label": s["label"],
            "scam_type": s["st"],
            "expect": s["exp"],
        }
        if phase == "history":
            assert s["label"] == "legit" and s["exp"] == "allow"
            line["outcome"] = "executed"
            line["signals"] = []
        else:
            manual = [x for x in s["sig"] if x not in STRUCTURAL]
            line["signals"] = manual + [x for x in struct if x not in manual]
        line["note"] = s["note"]
        line["request"] = req
        lines.append(line)
    return lines


def payee_of(mod, p):
    return mod.VENDORS[p] if isinstance(p, str) else p


def payment_body(mod, s, refs, paid_accounts, paid_invoices):
    v = payee_of(mod, s["payee"])
    inv_no = invoice(s["inv"]) if s["inv"] else None
    changed = s["changed"] if s["changed"] is not None else v.get("changed")
    req = {
        "request_id": s["_rid"],
        "submitted_at": ts(s["t"]),
        "payer": dict(mod.PAYER),
        "payee": {"name": v["name"], "account_no": v["acct"], "bank": v["bank"],
                  "account_type": v["type"], "vendor_id": v.get("vid"),
                  "phone": v.get("phone")},
        "amount": money(s["amount"]),
        "currency": "CNY",
        "purpose": s["purpose"],
        "memo": s["memo"],
        "instruction": {"channel": s["ch"], "from_name": s["frm"], "from_contact": s["fc"],
                        "text": s["text"], "urgent": bool(s["urgent"])},
        "requested_by": s["req"],
        "approved_by": s["appr"],
        "related": {"order_id": refs[s["order"]] if s["order"] else None,
                    "contract_id": s["contract"], "invoice_no": inv_no},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if s["verif"]:
        vf = s["verif"]
        req["verification"] = {"callback_done": vf["done"], "callback_number": vf["number"],
                               "verified_by": vf["by"], "verified_at": ts(vf["at"])}
    struct = []
    if v["acct"] not in paid_accounts:
        struct.append("first_time_payee")
    if v["type"] == "personal":
        struct.append("personal_account")
    if not s["appr"]:
        struct.append("no_approval")
    if changed:
        days = parse(s["t"]) - parse(changed)
        struct.append("account_changed_recent" if days <= timedelta(days=30)
                      else "account_changed_long_ago")
    if inv_no and inv_no in paid_invoices:
        struct.append("duplicate_invoice")
    if off_hours(s["t"]):
        struct.append("off_hours")
    return req, struct


def order_body(mod, s):
    c = mod.CUSTOMERS[s["cust"]] if isinstance(s["cust"], str) else s["cust"]
    items = []
    total = Decimal("0")
    for product, qty, unit, price in s["items"]:
        items.append({"product": product, "quantity": str(qty), "unit": unit,
                      "unit_price": money(price)})
        total += Decimal(str(qty)) * Decimal(money(price))
    third = None
    if s["third"]:
        tp = s["third"]
        third = {"name": tp["name"], "contact": tp["contact"], "role": tp["role"],
                 "amount": money(tp["amount"]) if tp.get("amount") is not None else None}
    req = {
        "record_id": s["_rid"],
        "received_at": ts(s["t"]),
        "customer": {"name": c["name"], "credit_code": c.get("code"),
                     "contact_name": c.get("contact"), "phone": c.get("phone"),
                     "email": c.get("email"), "im_id": c.get("im"),
                     "customer_id": c.get("cid")},
        "items": items,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": s["ch"],
        "delivery": {"address": s["addr"], "deadline": s["deadline"]},
        "payment_terms": s["terms"],
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in s["fees"]],
        "notes": s["notes"],
    }
    struct = []
    if not c.get("cid"):
        struct.append("new_customer")
    if off_hours(s["t"]):
        struct.append("off_hours")
    return req, struct


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", "holdout54.jsonl")
    all_lines = []
    for mod in TENANTS:
        all_lines.extend(build_tenant(mod))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for line in all_lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(all_lines), os.path.normpath(out)))


if __name__ == "__main__":
    main()
