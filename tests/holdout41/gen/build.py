#!/usr/bin/env python3
"""Build holdout41.jsonl from the scenario files data_<tenant>.py.

Deterministic, standard library only: run `cd gen && python3 build.py`.
Line ids and request/record ids are assigned here after sorting each tenant's lines
chronologically (history first); structural signals written in the scenario files are
cross-checked against the data before anything is written.
"""
import datetime as dt
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_jinmian  # noqa: E402
import data_xuehua  # noqa: E402
import data_baimian  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout41.jsonl")

STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
HOLIDAYS = {dt.date(2026, 9, 25), dt.date(2026, 9, 26), dt.date(2026, 9, 27)} | {
    dt.date(2026, 10, d) for d in range(1, 8)}


def parse(ts):
    return dt.datetime.fromisoformat(ts)


def off_hours(ts):
    t = parse(ts)
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def structural(line, hist_accounts, hist_invoices):
    r = line["request"]
    out = set()
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in hist_accounts:
            out.add("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.add("personal_account")
        if not r["approved_by"]:
            out.add("no_approval")
        if r["payee_account_changed_at"]:
            age = parse(r["submitted_at"]) - parse(r["payee_account_changed_at"])
            out.add("account_changed_recent" if age <= dt.timedelta(days=30)
                    else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv and inv in hist_invoices:
            out.add("duplicate_invoice")
    else:
        if r["customer"]["customer_id"] is None:
            out.add("new_customer")
    if off_hours(when(line)):
        out.add("off_hours")
    return out


def finish(t):
    lines = sorted(t.lines, key=lambda l: (l["phase"] != "history", when(l)))
    seq = {}
    refs = {}
    counters = {"history": 0, "test": 0}
    for l in lines:
        counters[l["phase"]] += 1
        l["id"] = "%s-%s%03d" % (t.tenant, "h" if l["phase"] == "history" else "t",
                                  counters[l["phase"]])
        r = l["request"]
        day = when(l)[:10].replace("-", "")
        code = "FK" if l["kind"] == "payment" else "XS"
        seq[(code, day)] = seq.get((code, day), 0) + 1
        rid = "%s-%s-%s%03d" % (t.pfx, code, day, seq[(code, day)])
        if l["kind"] == "payment":
            r["request_id"] = rid
        else:
            r["record_id"] = rid
        if l["ref"]:
            assert l["ref"] not in refs, l["ref"]
            refs[l["ref"]] = rid
    for l in lines:
        r = l["request"]
        if l["kind"] == "payment" and (r["related"]["order_id"] or "").startswith("@"):
            r["related"]["order_id"] = refs[r["related"]["order_id"][1:]]

    hist = [l for l in lines if l["phase"] == "history" and l["kind"] == "payment"]
    hist_accounts = {l["request"]["payee"]["account_no"] for l in hist}
    hist_invoices = {l["request"]["related"]["invoice_no"] for l in hist
                     if l["request"]["related"]["invoice_no"]}
    out = []
    for l in lines:
        if l["phase"] == "test":
            want = structural(l, hist_accounts, hist_invoices)
            have = {s for s in l["signals"] if s in STRUCTURAL}
            if want != have:
                raise SystemExit("%s: structural signals %s, data says %s (%s)"
                                 % (l["id"], sorted(have), sorted(want), l["note"]))
        rec = {"id": l["id"], "tenant": t.tenant, "phase": l["phase"], "kind": l["kind"],
               "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
        if l["phase"] == "history":
            rec["outcome"] = "executed"
        rec["signals"] = l["signals"]
        rec["note"] = l["note"]
        rec["request"] = l["request"]
        out.append(rec)
    return out


def main():
    records = []
    for mod in (data_jinmian, data_xuehua, data_baimian):
        records.extend(finish(mod.build()))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(records), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
