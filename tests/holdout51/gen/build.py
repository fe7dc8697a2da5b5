#!/usr/bin/env python3
"""Build ../holdout51.jsonl from the data_<tenant>.py scenario files. Deterministic, stdlib only."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_weixian
import data_yanjian
import data_huagong
from common import Ref

MODULES = [data_weixian, data_yanjian, data_huagong]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout51.jsonl")

STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
# Official rest days of 2026 that fall in or near the corpus period (weekends are added separately).
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}


def parse(ts):
    return dt.datetime.fromisoformat(ts)


def when(line):
    r = line["request"]
    return parse(r["submitted_at"] if line["kind"] == "payment" else r["received_at"])


def off_hours(t):
    return t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS or t.hour < 10 or t.hour >= 20


def structural(line, known_accounts, paid_invoices):
    r, out = line["request"], []
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in known_accounts:
            out.append("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not r["approved_by"]:
            out.append("no_approval")
        if r["payee_account_changed_at"]:
            days = (parse(r["submitted_at"]) - parse(r["payee_account_changed_at"])).total_seconds() / 86400
            out.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in paid_invoices:
            out.append("duplicate_invoice")
    else:
        if r["customer"]["customer_id"] is None:
            out.append("new_customer")
    if off_hours(when(line)):
        out.append("off_hours")
    return out


def build():
    out_lines, seen_req = [], set()
    for mod in MODULES:
        tenant = mod.TENANT
        lines = [dict(l) for l in mod.LINES]
        hist = [l for l in lines if l["phase"] == "history"]
        test = [l for l in lines if l["phase"] == "test"]
        assert lines == hist + test, f"{tenant}: history lines must come first"
        for group in (hist, test):
            for a, b in zip(group, group[1:]):
                assert when(a) <= when(b), f"{tenant}: out of order at {b['note']}"
        # request / record ids
        seq, by_key = {}, {}
        for l in lines:
            r = l["request"]
            prefix = mod.PAY_PREFIX if l["kind"] == "payment" else mod.ORD_PREFIX
            day = when(l).strftime("%Y%m%d")
            seq[(prefix, day)] = seq.get((prefix, day), 0) + 1
            rid = f"{prefix}-{day}{seq[(prefix, day)]:03d}"
            assert rid not in seen_req
            seen_req.add(rid)
            r["request_id" if l["kind"] == "payment" else "record_id"] = rid
            if l["key"]:
                by_key[l["key"]] = rid
        for l in lines:
            r = l["request"]
            if l["kind"] == "payment" and r["instruction"]["channel"] == "erp" and r["instruction"]["from_name"] is None:
                r["instruction"]["from_name"] = mod.EMPLOYEES[r["requested_by"]]
            if l["kind"] == "payment" and isinstance(r["related"]["order_id"], Ref):
                r["related"]["order_id"] = by_key[r["related"]["order_id"].key]
        known = {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
        paid = {l["request"]["related"]["invoice_no"] for l in hist
                if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]}
        hn = tn = 0
        for l in lines:
            if l["phase"] == "history":
                hn += 1
                lid = f"{tenant}-h{hn:03d}"
                signals = []
            else:
                tn += 1
                lid = f"{tenant}-t{tn:03d}"
                manual = list(l["signals"])
                bad = [s for s in manual if s in STRUCTURAL]
                assert not bad, f"{lid}: structural signals are computed, not written: {bad}"
                signals = manual + structural(l, known, paid)
                assert len(set(signals)) == len(signals), lid
                if l["note"].startswith("Routine:"):
                    assert not signals, f"{lid}: routine line with signals {signals}"
            obj = {"id": lid, "tenant": tenant, "phase": l["phase"], "kind": l["kind"], "label": l["label"],
                   "scam_type": l["scam_type"], "expect": l["expect"]}
            if l["phase"] == "history":
                obj["outcome"] = "executed"
            obj["signals"] = signals
            obj["note"] = l["note"]
            obj["request"] = l["request"]
            out_lines.append(obj)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o in out_lines:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"wrote {len(out_lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    build()
