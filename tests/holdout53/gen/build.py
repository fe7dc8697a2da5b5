"""Build ../holdout53.jsonl from the scenario data in data_<tenant>.py.

Deterministic, standard library only: run `python3 build.py` from this folder.
Structural signals (first_time_payee, personal_account, no_approval, account_changed_recent,
account_changed_long_ago, duplicate_invoice, new_customer, off_hours) are computed here from the
data and merged with the authored signals; validate.py recomputes them independently.
"""
import datetime as dt
import json
import os
import sys
from decimal import Decimal

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_shuiwu  # noqa: E402
import data_gongre  # noqa: E402
import data_ranqi  # noqa: E402

TENANTS = [data_shuiwu, data_gongre, data_ranqi]
TZ = dt.timezone(dt.timedelta(hours=8))
HOLIDAYS = {dt.date(2026, 10, d) for d in range(1, 8)}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def parse_t(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def rfc(s):
    return parse_t(s).isoformat()


def off_hours(t):
    return (t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20)


def money(x):
    d = Decimal(x).quantize(Decimal("0.01"))
    return str(d)


def build_tenant(mod):
    tenant = mod.TENANT
    lines = list(mod.LINES)
    hist = [l for l in lines if l["phase"] == "history"]
    test = [l for l in lines if l["phase"] == "test"]
    hist.sort(key=lambda l: l["t"])  # stable
    test.sort(key=lambda l: l["t"])
    assert hist[-1]["t"] < test[0]["t"], tenant["id"]
    hist_accounts = set()
    hist_invoices = set()
    for l in hist:
        if l["kind"] == "payment":
            hist_accounts.add(l["payee"]["account_no"])
            if l["invoice_no"]:
                hist_invoices.add(l["invoice_no"])
    out = []
    seq = {}
    counters = {"history": 0, "test": 0}
    for l in hist + test:
        counters[l["phase"]] += 1
        lid = "%s-%s%03d" % (tenant["id"], "h" if l["phase"] == "history" else "t",
                             counters[l["phase"]])
        t = parse_t(l["t"])
        day = t.strftime("%Y%m%d")
        kcode = tenant["pay_code"] if l["kind"] == "payment" else tenant["order_code"]
        seq[(kcode, day)] = seq.get((kcode, day), 0) + 1
        rid = "%s-%s-%s%03d" % (tenant["prefix"], kcode, day, seq[(kcode, day)])
        if l["kind"] == "payment":
            changed = l["changed"]
            req = {
                "request_id": rid,
                "submitted_at": t.isoformat(),
                "payer": l["payer"] or {"account_no": tenant["account_no"],
                                        "account_name": tenant["name"]},
                "payee": l["payee"],
                "amount": money(l["amount"]),
                "currency": "CNY",
                "purpose": l["purpose"],
                "memo": l["memo"],
                "instruction": {"channel": l["channel"], "from_name": l["from_name"],
                                "from_contact": l["from_contact"], "text": l["text"],
                                "urgent": l["urgent"]},
                "requested_by": l["requested_by"],
                "approved_by": l["approved_by"],
                "related": {"order_id": l["order_id"], "contract_id": l["contract_id"],
                            "invoice_no": l["invoice_no"]},
                "payee_account_changed_at": rfc(changed) if changed else None,
            }
            if l["verification"]:
                v = dict(l["verification"])
                v["verified_at"] = rfc(v["verified_at"])
                req["verification"] = v
            comp = []
            if l["payee"]["account_no"] not in hist_accounts:
                comp.append("first_time_payee")
            if l["payee"]["account_type"] == "personal":
                comp.append("personal_account")
            if not l["approved_by"]:
                comp.append("no_approval")
            if changed:
                delta = t - parse_t(changed)
                comp.append("account_changed_recent" if delta <= dt.timedelta(days=30)
                            else "account_changed_long_ago")
            if l["invoice_no"] and l["invoice_no"] in hist_invoices:
                comp.append("duplicate_invoice")
        else:
            items = []
            total = Decimal("0")
            for prod, qty, unit, price in l["items"]:
                total += Decimal(qty) * Decimal(price)
                items.append({"product": prod, "quantity": qty, "unit": unit,
                              "unit_price": money(price)})
            tp = l["tp"]
            if tp is not None:
                tp = {"name": tp[0], "contact": tp[1], "role": tp[2], "amount": money(tp[3])}
            req = {
                "record_id": rid,
                "received_at": t.isoformat(),
                "customer": l["customer"],
                "items": items,
                "total_amount": money(total),
                "currency": "CNY",
                "channel": l["channel"],
                "delivery": {"address": l["address"], "deadline": l["deadline"]},
                "payment_terms": l["terms"],
                "third_party": tp,
                "fees_requested": [{"reason": r, "amount": money(a)} for r, a in l["fees"]],
                "notes": l["notes"],
            }
            comp = []
            if l["customer"]["customer_id"] is None:
                comp.append("new_customer")
        if off_hours(t):
            comp.append("off_hours")
        if l["phase"] == "test":
            authored = l["signals"]
            for s in authored:
                if s in STRUCTURAL and s not in comp:
                    raise SystemExit("%s: authored structural signal %s not in data" % (lid, s))
            signals = list(authored) + [s for s in comp if s not in authored]
        else:
            signals = list(l["signals"])
        rec = {"id": lid, "tenant": tenant["id"], "phase": l["phase"], "kind": l["kind"],
               "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
        if l["phase"] == "history":
            rec["outcome"] = "executed"
        rec["signals"] = signals
        rec["note"] = l["note"]
        rec["request"] = req
        out.append(rec)
    return out


def main():
    all_lines = []
    for mod in TENANTS:
        all_lines.extend(build_tenant(mod))
    path = os.path.join(HERE, "..", "holdout53.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in all_lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(all_lines), os.path.normpath(path)))


if __name__ == "__main__":
    main()
