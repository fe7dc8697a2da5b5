#!/usr/bin/env python3
"""Build ../holdout40.jsonl from the scenario data in data_<tenant>.py.

Deterministic and standard-library only: identifiers come from SHA-256 of fixed keys (common.py),
lines are sorted by timestamp within each tenant and phase, ids and request ids are assigned in
file order, and the structural signals of test lines are computed from the data.
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_anbao  # noqa: E402
import data_renhe  # noqa: E402
import data_lianzhong  # noqa: E402

TENANTS = [data_anbao, data_renhe, data_lianzhong]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout40.jsonl")

# Beijing-time public holidays in the corpus window (Labour Day, Dragon Boat Festival 2026).
HOLIDAYS = {"2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21"}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def parse(ts):
    return dt.datetime.fromisoformat(ts)


def off_hours(ts):
    t = parse(ts)
    minutes = t.hour * 60 + t.minute
    return minutes < 600 or minutes >= 1200 or t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS


def structural(kind, req, hist_accounts, hist_invoices):
    out = []
    ts = req["submitted_at"] if kind == "payment" else req["received_at"]
    if kind == "payment":
        pe = req["payee"]
        if pe["account_no"] not in hist_accounts:
            out.append("first_time_payee")
        if pe["account_type"] == "personal":
            out.append("personal_account")
        if not req["approved_by"]:
            out.append("no_approval")
        ch = req["payee_account_changed_at"]
        if ch is not None:
            days = (parse(ts) - parse(ch)).total_seconds() / 86400
            out.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if req["related"]["invoice_no"] and req["related"]["invoice_no"] in hist_invoices:
            out.append("duplicate_invoice")
    else:
        if req["customer"]["customer_id"] is None:
            out.append("new_customer")
    if off_hours(ts):
        out.append("off_hours")
    return out


def build_tenant(mod):
    lines = []
    entries = mod.entries()
    hist = sorted([e for e in entries if e["phase"] == "history"], key=lambda e: parse(e["ts"]))
    test = sorted([e for e in entries if e["phase"] == "test"], key=lambda e: parse(e["ts"]))
    hist_accounts, hist_invoices = set(), set()
    for e in hist:
        if e["kind"] == "payment":
            hist_accounts.add(e["request"]["payee"]["account_no"])
            if e["request"]["related"]["invoice_no"]:
                hist_invoices.add(e["request"]["related"]["invoice_no"])
    day_seq = {}
    for phase, group in (("history", hist), ("test", test)):
        for n, e in enumerate(group, 1):
            req = e["request"]
            day = e["ts"][:10].replace("-", "")
            code = "FK" if e["kind"] == "payment" else "DD"
            day_seq[(code, day)] = day_seq.get((code, day), 0) + 1
            rid = "%s-%s-%s%03d" % (mod.PREFIX, code, day, day_seq[(code, day)])
            if e["kind"] == "payment":
                req["request_id"] = rid
            else:
                req["record_id"] = rid
            if phase == "test":
                st = structural(e["kind"], req, hist_accounts, hist_invoices)
                signals = st + [s for s in e["signals"] if s not in STRUCTURAL]
            else:
                signals = []
            line = {"id": "%s-%s%03d" % (mod.TENANT, "h" if phase == "history" else "t", n),
                    "tenant": mod.TENANT, "phase": phase, "kind": e["kind"], "label": e["label"],
                    "scam_type": e["scam_type"], "expect": e["expect"]}
            if phase == "history":
                line["outcome"] = "executed"
            line["signals"] = signals
            line["note"] = e["note"]
            line["request"] = req
            lines.append(line)
    return lines


def main():
    out = []
    for mod in TENANTS:
        out.extend(build_tenant(mod))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(out), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
