"""Build ../holdout48.jsonl deterministically from data_<tenant>.py (standard library only).

Usage: cd gen && python3 build.py
"""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import data_jianzhu
import data_shijian
import data_gongcheng

MODULES = [data_jianzhu, data_shijian, data_gongcheng]

HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06",
            "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21"}

STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def parse(ts):
    return dt.datetime.fromisoformat(ts)


def off_hours(ts):
    t = parse(ts)
    return (t.weekday() >= 5 or t.date().isoformat() in HOLIDAYS
            or t.hour < 10 or t.hour >= 20)


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def structural(line, hist_accounts, hist_invoices):
    r = line["request"]
    out = []
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in hist_accounts:
            out.append("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not r["approved_by"]:
            out.append("no_approval")
        if r["payee_account_changed_at"]:
            days = (parse(r["submitted_at"]) - parse(r["payee_account_changed_at"])).total_seconds() / 86400
            out.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        if r["related"]["invoice_no"] and r["related"]["invoice_no"] in hist_invoices:
            out.append("duplicate_invoice")
    else:
        if r["customer"]["customer_id"] is None:
            out.append("new_customer")
    if off_hours(when(line)):
        out.append("off_hours")
    return out


def build_tenant(mod):
    raw = mod.lines()
    seq = {}
    keys = {}
    for ln in raw:
        r = ln["request"]
        prefix = mod.PREFIX[ln["kind"]]
        day = when(ln)[:10].replace("-", "")
        n = seq.get((prefix, day), 0) + 1
        seq[(prefix, day)] = n
        rid = f"{prefix}-{day}{n:03d}"
        if ln["kind"] == "payment":
            r["request_id"] = rid
        else:
            r["record_id"] = rid
        if ln.get("key"):
            keys["@" + ln["key"]] = rid
    hist_accounts, hist_invoices = set(), set()
    for ln in raw:
        if ln["phase"] == "history" and ln["kind"] == "payment":
            hist_accounts.add(ln["request"]["payee"]["account_no"])
            if ln["request"]["related"]["invoice_no"]:
                hist_invoices.add(ln["request"]["related"]["invoice_no"])
    out = []
    hn = tn = 0
    for ln in raw:
        r = ln["request"]
        if ln["kind"] == "payment" and (r["related"]["order_id"] or "").startswith("@"):
            r["related"]["order_id"] = keys[r["related"]["order_id"]]
        if ln["phase"] == "history":
            hn += 1
            lid = f"{mod.TENANT}-h{hn:03d}"
            signals = []
        else:
            tn += 1
            lid = f"{mod.TENANT}-t{tn:03d}"
            for s in ln["signals"]:
                assert s not in STRUCTURAL, (lid, s)
            signals = structural(ln, hist_accounts, hist_invoices) + ln["signals"]
        obj = {"id": lid, "tenant": mod.TENANT, "phase": ln["phase"], "kind": ln["kind"],
               "label": ln["label"], "scam_type": ln["scam_type"], "expect": ln["expect"]}
        if ln["phase"] == "history":
            obj["outcome"] = "executed"
        obj["signals"] = signals
        obj["note"] = ln["note"]
        obj["request"] = r
        out.append(obj)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    lines = []
    for mod in MODULES:
        lines.extend(build_tenant(mod))
    path = os.path.join(here, "..", "holdout48.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
