"""Build ../holdout50.jsonl from the data_<tenant>.py scenario files.

Deterministic, standard library only: no randomness, no wall clock. Run: cd gen && python3 build.py
Structural signals (first_time_payee, personal_account, no_approval, account_changed_recent,
account_changed_long_ago, duplicate_invoice, new_customer, off_hours) are computed here from the
data and appended to the hand-written wording signals, so they are exact by construction;
validate.py recomputes them independently.
"""
import datetime as dt
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from lib import Ref  # noqa: E402
import data_xuedu  # noqa: E402
import data_kanasi  # noqa: E402
import data_youlan  # noqa: E402

MODULES = [data_xuedu, data_kanasi, data_youlan]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout50.jsonl")

TZ = dt.timezone(dt.timedelta(hours=8))
# Official public holidays (off-hours all day) and make-up working days (never used, to avoid ambiguity).
HOLIDAY_RANGES = [("2025-10-01", "2025-10-08"), ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
                  ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"),
                  ("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07")]
MAKEUP_DAYS = {"2025-09-28", "2025-10-11", "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
               "2026-09-20", "2026-10-10"}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def holidays():
    out = set()
    for a, b in HOLIDAY_RANGES:
        d = dt.date.fromisoformat(a)
        while d <= dt.date.fromisoformat(b):
            out.add(d.isoformat())
            d += dt.timedelta(days=1)
    return out


HOLIDAYS = holidays()


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso(s):
    return ts(s).isoformat()


def off_hours(t):
    d = ts(t)
    assert d.date().isoformat() not in MAKEUP_DAYS, t
    minutes = d.hour * 60 + d.minute
    assert not (595 <= minutes <= 605 or 1195 <= minutes <= 1205), f"too close to office-hour boundary: {t}"
    return d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS or minutes < 600 or minutes >= 1200


def money_sum(items):
    total = 0
    for _, q, _, p in items:
        cents = int(p.replace(".", ""))
        qn = int(q)
        total += cents * qn
    return f"{total // 100}.{total % 100:02d}"


def build_tenant(mod):
    hist = sorted(mod.H, key=lambda s: s["t"])
    test = sorted(mod.T, key=lambda s: s["t"])
    assert hist[-1]["t"] < test[0]["t"], mod.TENANT
    assert len({s["t"] for s in hist + test}) == len(hist + test), "duplicate timestamps in " + mod.TENANT
    # ids
    ids = {}
    seq = {}
    for s in hist + test:
        prefix = mod.PAY_PREFIX if s["kind"] == "payment" else mod.ORDER_PREFIX
        day = s["t"][:10].replace("-", "")
        n = seq.get((prefix, day), 0) + 1
        seq[(prefix, day)] = n
        assert s["key"] not in ids, s["key"]
        ids[s["key"]] = f"{prefix}{day}{n:03d}"
    hist_accounts = {s["payee"]["account_no"] for s in hist if s["kind"] == "payment"}
    hist_invoices = {s["inv"] for s in hist if s["kind"] == "payment" and s["inv"]}
    lines = []
    for phase, specs in (("history", hist), ("test", test)):
        for i, s in enumerate(specs, 1):
            lid = f"{mod.TENANT}-{'h' if phase == 'history' else 't'}{i:03d}"
            if s["kind"] == "payment":
                req = payment_body(mod, s, ids)
            else:
                req = order_body(s, ids)
            sig = list(s["sig"])
            if phase == "history":
                assert not sig, s["key"]
                assert s["label"] == "legit" and s["expect"] == "allow"
            else:
                computed = structural(s, hist_accounts, hist_invoices)
                for x in sig:
                    assert x not in STRUCTURAL or x in computed, (s["key"], x)
                sig += [x for x in computed if x not in sig]
            line = {"id": lid, "tenant": mod.TENANT, "phase": phase, "kind": s["kind"], "label": s["label"],
                    "scam_type": s["scam"], "expect": s["expect"]}
            if phase == "history":
                line["outcome"] = "executed"
            line["signals"] = sig
            line["note"] = s["note"]
            line["request"] = req
            lines.append(line)
    return lines


def structural(s, hist_accounts, hist_invoices):
    out = []
    if s["kind"] == "payment":
        if s["payee"]["account_no"] not in hist_accounts:
            out.append("first_time_payee")
        if s["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not s["appr"]:
            out.append("no_approval")
        if s["changed"]:
            delta = ts(s["t"]) - ts(s["changed"])
            assert delta.total_seconds() >= 0
            out.append("account_changed_recent" if delta <= dt.timedelta(days=30) else "account_changed_long_ago")
        if s["inv"] and s["inv"] in hist_invoices:
            out.append("duplicate_invoice")
    else:
        if s["cust"]["customer_id"] is None:
            out.append("new_customer")
    if off_hours(s["t"]):
        out.append("off_hours")
    return out


def payment_body(mod, s, ids):
    p = s["payee"]
    text = s["text"]
    if text is None:
        assert s["ch"] == "erp"
        parts = [mod.ERP + s["memo"], p["_short"]]
        if s["contract"]:
            parts.append("合同" + s["contract"])
        if s["inv"]:
            parts.append("发票" + s["inv"])
        text = "｜".join(parts)
    frm = s["frm"] if s["frm"] is not None else mod.STAFF[s["req"]]
    assert s["req"] in mod.STAFF and all(a in mod.STAFF for a in s["appr"])
    assert s["req"] not in s["appr"]
    order_id = s["order"]
    if isinstance(order_id, Ref):
        order_id = ids[order_id.key]
    body = {
        "request_id": ids[s["key"]],
        "submitted_at": iso(s["t"]),
        "payer": dict(mod.PAYER),
        "payee": {k: p[k] for k in ("name", "account_no", "bank", "account_type", "vendor_id", "phone")},
        "amount": s["amount"],
        "currency": "CNY",
        "purpose": s["purpose"],
        "memo": s["memo"],
        "instruction": {"channel": s["ch"], "from_name": frm, "from_contact": s["contact"], "text": text,
                        "urgent": s["urgent"]},
        "requested_by": s["req"],
        "approved_by": s["appr"],
        "related": {"order_id": order_id, "contract_id": s["contract"], "invoice_no": s["inv"]},
        "payee_account_changed_at": iso(s["changed"]) if s["changed"] else None,
    }
    if s["verif"]:
        v = dict(s["verif"])
        v["verified_at"] = iso(v["verified_at"])
        body["verification"] = v
    return body


def order_body(s, ids):
    items = [{"product": a, "quantity": q, "unit": u, "unit_price": pr} for a, q, u, pr in s["items"]]
    return {
        "record_id": ids[s["key"]],
        "received_at": iso(s["t"]),
        "customer": dict(s["cust"]),
        "items": items,
        "total_amount": money_sum(s["items"]),
        "currency": "CNY",
        "channel": s["ch"],
        "delivery": {"address": s["addr"], "deadline": s["deadline"]},
        "payment_terms": s["terms"],
        "third_party": dict(s["third"]) if s["third"] else None,
        "fees_requested": [{"reason": r, "amount": a} for r, a in s["fees"]],
        "notes": s["notes"],
    }


def main():
    lines = []
    for mod in MODULES:
        lines += build_tenant(mod)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
