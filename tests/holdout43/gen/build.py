#!/usr/bin/env python3
"""Build ../holdout43.jsonl deterministically (standard library only).

Run:  cd gen && python3 build.py
Scenario data lives in data_<tenant>.py; helpers in common.py. Structural signals
(first_time_payee, personal_account, no_approval, account_changed_recent/long_ago,
duplicate_invoice, new_customer, off_hours) are derived here from the data and added to the
hand-written wording/provenance signals of each test line.
"""
import datetime as dt
import json
import os
from decimal import Decimal

import data_guangcai
import data_dianjing
import data_mingmei

TENANTS = [data_guangcai.T, data_dianjing.T, data_mingmei.T]
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
HOLIDAYS = {dt.date(2026, 5, d) for d in range(1, 6)} | {dt.date(2026, 6, d) for d in (19, 20, 21)}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout43.jsonl")


def when(req):
    return dt.datetime.fromisoformat(req.get("submitted_at") or req["received_at"])


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or not (10 <= t.hour < 20)


def structural(kind, req, hist_accts, hist_invoices):
    s, t = [], when(req)
    if kind == "payment":
        if req["payee"]["account_no"] not in hist_accts:
            s.append("first_time_payee")
        if req["payee"]["account_type"] == "personal":
            s.append("personal_account")
        if not req["approved_by"]:
            s.append("no_approval")
        ch = req["payee_account_changed_at"]
        if ch:
            age = t - dt.datetime.fromisoformat(ch)
            s.append("account_changed_recent" if age <= dt.timedelta(days=30) else "account_changed_long_ago")
        if req["related"]["invoice_no"] and req["related"]["invoice_no"] in hist_invoices:
            s.append("duplicate_invoice")
    else:
        if req["customer"]["customer_id"] is None:
            s.append("new_customer")
    if off_hours(t):
        s.append("off_hours")
    return s


def build():
    out = []
    for T in TENANTS:
        hist = sorted([l for l in T.lines if l["phase"] == "history"], key=lambda l: when(l["request"]))
        test = sorted([l for l in T.lines if l["phase"] == "test"], key=lambda l: when(l["request"]))
        assert when(hist[-1]["request"]) < when(test[0]["request"])
        hist_accts = {l["request"]["payee"]["account_no"] for l in hist if "payee" in l["request"]}
        hist_inv = {l["request"]["related"]["invoice_no"] for l in hist
                    if "related" in l["request"] and l["request"]["related"]["invoice_no"]}
        for phase, lines, tag in (("history", hist, "h"), ("test", test, "t")):
            for n, l in enumerate(lines, 1):
                req = l["request"]
                kind = "payment" if "request_id" in req else "order"
                manual = l["signals"]
                assert not set(manual) & set(STRUCTURAL), (T.tid, manual)
                signals = []
                if phase == "test":
                    signals = structural(kind, req, hist_accts, hist_inv)
                    signals += [x for x in manual if x not in signals]
                obj = {"id": f"{T.tid}-{tag}{n:03d}", "tenant": T.tid, "phase": phase, "kind": kind,
                       "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
                if phase == "history":
                    obj["outcome"] = "executed"
                obj["signals"] = signals
                obj["note"] = l["note"]
                obj["request"] = req
                out.append(obj)
    return out


def main():
    lines = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
