"""Build ../holdout49.jsonl from the scenario data in data_<tenant>.py.

Deterministic, standard library only. Run: cd gen && python3 build.py
"""
import datetime
import json
import os
from decimal import Decimal

import data_yiyuan
import data_meiyan
import data_yanglao

MODULES = [data_yiyuan, data_meiyan, data_yanglao]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout49.jsonl")

# Chinese public holidays 2026 in the corpus window, and official make-up workdays.
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02",
            "2026-05-03", "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
MAKEUP_WORKDAYS = {"2026-05-09"}

STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def iso(ts):
    return ts.replace(" ", "T") + ":00+08:00"


def parse(ts):
    return datetime.datetime.strptime(ts, "%Y-%m-%d %H:%M")


def off_hours(ts):
    dt = parse(ts)
    day = dt.strftime("%Y-%m-%d")
    if day in HOLIDAYS:
        return True
    if dt.weekday() >= 5 and day not in MAKEUP_WORKDAYS:
        return True
    minutes = dt.hour * 60 + dt.minute
    return not (600 <= minutes < 1200)


def money(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def build_payment(s, T, rid):
    V = T["vendors"]
    if "v" in s:
        v = V[s["v"]]
        payee = {"name": v["name"], "account_no": v["acct"], "bank": v["bank"],
                 "account_type": v.get("type", "corporate"), "vendor_id": s["v"],
                 "phone": v.get("phone")}
        changed = v.get("changed")
    else:
        payee = {"name": None, "account_no": None, "bank": None, "account_type": "unknown",
                 "vendor_id": None, "phone": None}
        changed = None
    for k, v2 in s.get("payee", {}).items():
        payee[k] = v2
    if "changed" in s:
        changed = s["changed"]
    inst = {"channel": s.get("ch", "erp"), "from_name": s.get("frm"),
            "from_contact": s.get("contact"), "text": s["text"], "urgent": s.get("urgent", False)}
    req = {
        "request_id": rid,
        "submitted_at": iso(s["ts"]),
        "payer": {"account_no": T["payer_acct"], "account_name": T["payer_name"]},
        "payee": payee,
        "amount": money(s["amt"]),
        "currency": "CNY",
        "purpose": s["purpose"],
        "memo": s["memo"],
        "instruction": inst,
        "requested_by": s["req"],
        "approved_by": list(s.get("appr", [])),
        "related": {"order_id": s.get("order"), "contract_id": s.get("contract"),
                    "invoice_no": s.get("inv")},
        "payee_account_changed_at": iso(changed) if changed else None,
    }
    if s.get("verif"):
        num, by, at = s["verif"]
        req["verification"] = {"callback_done": True, "callback_number": num,
                               "verified_by": by, "verified_at": iso(at)}
    return req


def build_order(s, T, rid):
    if "c" in s:
        c = T["customers"][s["c"]]
        cust = {"name": c["name"], "credit_code": c.get("credit_code"),
                "contact_name": c.get("contact_name"), "phone": c.get("phone"),
                "email": c.get("email"), "im_id": c.get("im_id"), "customer_id": s["c"]}
    else:
        c = s["cust"]
        cust = {"name": c["name"], "credit_code": c.get("credit_code"),
                "contact_name": c.get("contact_name"), "phone": c.get("phone"),
                "email": c.get("email"), "im_id": c.get("im_id"), "customer_id": None}
    items = []
    total = Decimal("0")
    for prod, qty, unit, price in s["items"]:
        items.append({"product": prod, "quantity": str(qty), "unit": unit,
                      "unit_price": money(price)})
        total += Decimal(str(qty)) * Decimal(price)
    tp = s.get("tp")
    third = None
    if tp:
        third = {"name": tp[0], "contact": tp[1], "role": tp[2], "amount": money(tp[3])}
    return {
        "record_id": rid,
        "received_at": iso(s["ts"]),
        "customer": cust,
        "items": items,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": s.get("ch", "erp"),
        "delivery": {"address": s["addr"], "deadline": s["deadline"]},
        "payment_terms": s["terms"],
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in s.get("fees", [])],
        "notes": s["notes"],
    }


def structural(kind, req, ts, hist_accts, hist_inv):
    out = []
    if kind == "payment":
        if req["payee"]["account_no"] not in hist_accts:
            out.append("first_time_payee")
        if req["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not req["approved_by"]:
            out.append("no_approval")
        ch = req["payee_account_changed_at"]
        if ch:
            delta = parse(ts) - parse(ch[:16].replace("T", " "))
            out.append("account_changed_recent" if delta <= datetime.timedelta(days=30)
                       else "account_changed_long_ago")
        if req["related"]["invoice_no"] and req["related"]["invoice_no"] in hist_inv:
            out.append("duplicate_invoice")
    else:
        if req["customer"]["customer_id"] is None:
            out.append("new_customer")
    if off_hours(ts):
        out.append("off_hours")
    return out


def build_tenant(mod):
    T = mod.TENANT
    specs = sorted(mod.LINES, key=lambda s: (0 if s["ph"] == "h" else 1, s["ts"]))
    hist_accts, hist_inv = set(), set()
    counters = {}
    n = {"h": 0, "t": 0}
    out = []
    for s in specs:
        kind = s["kind"]
        day = s["ts"][:10].replace("-", "")
        ck = (kind, day)
        counters[ck] = counters.get(ck, 0) + 1
        rid = "%s-%s-%s%03d" % (T["code"], "FK" if kind == "payment" else "DD", day, counters[ck])
        req = build_payment(s, T, rid) if kind == "payment" else build_order(s, T, rid)
        n[s["ph"]] += 1
        line = {"id": "%s-%s%03d" % (T["id"], s["ph"], n[s["ph"]]),
                "tenant": T["id"],
                "phase": "history" if s["ph"] == "h" else "test",
                "kind": kind,
                "label": s.get("label", "legit"),
                "scam_type": s.get("st"),
                "expect": s.get("exp", "allow")}
        if s["ph"] == "h":
            line["outcome"] = "executed"
            line["signals"] = []
        else:
            manual = [x for x in s.get("sig", []) if x not in STRUCTURAL]
            line["signals"] = manual + structural(kind, req, s["ts"], hist_accts, hist_inv)
        line["note"] = s["note"]
        line["request"] = req
        if s["ph"] == "h" and kind == "payment":
            hist_accts.add(req["payee"]["account_no"])
            if req["related"]["invoice_no"]:
                hist_inv.add(req["related"]["invoice_no"])
        out.append(line)
    return out


def main():
    lines = []
    for mod in MODULES:
        lines.extend(build_tenant(mod))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
