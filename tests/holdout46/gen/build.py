#!/usr/bin/env python3
"""Build ../holdout46.jsonl from data_<tenant>.py. Deterministic, standard library only."""
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

sys.dont_write_bytecode = True
import data_fengneng  # noqa: E402
import data_guangfu  # noqa: E402
import data_lanfeng  # noqa: E402

TENANT_MODULES = [data_fengneng, data_guangfu, data_lanfeng]
HOLIDAYS = {dt.date(2026, 6, 19), dt.date(2026, 6, 20), dt.date(2026, 6, 21)}
STRUCT = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
          "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def ts(s):
    return dt.datetime.fromisoformat(s)


def off_hours(s):
    t = ts(s)
    if t.weekday() >= 5 or t.date() in HOLIDAYS:
        return True
    return not (10 <= t.hour < 20)


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
        ch = r["payee_account_changed_at"]
        if ch is not None:
            days = (ts(r["submitted_at"]) - ts(ch)).total_seconds() / 86400
            assert days >= 0, r["request_id"]
            out.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv is not None and inv in hist_invoices:
            out.append("duplicate_invoice")
        if off_hours(r["submitted_at"]):
            out.append("off_hours")
    else:
        if r["customer"]["customer_id"] is None:
            out.append("new_customer")
        if off_hours(r["received_at"]):
            out.append("off_hours")
    return out


def build_tenant(mod):
    t = mod.build()
    lines = t.lines
    hist = sorted([l for l in lines if l["phase"] == "history"], key=lambda l: l["_ts"])
    test = sorted([l for l in lines if l["phase"] == "test"], key=lambda l: l["_ts"])
    assert hist[-1]["_ts"] < test[0]["_ts"], t.tid
    ordered = hist + test
    # ids and request ids
    seq = {}
    keys = {}
    hn = tn = 0
    for l in ordered:
        if l["phase"] == "history":
            hn += 1
            l["id"] = f"{t.tid}-h{hn:03d}"
        else:
            tn += 1
            l["id"] = f"{t.tid}-t{tn:03d}"
        r = l["request"]
        day = l["_ts"][:10].replace("-", "")
        kind = "FK" if l["kind"] == "payment" else "DD"
        seq[(kind, day)] = seq.get((kind, day), 0) + 1
        rid = f"{t.pfx}-{kind}-{day}{seq[(kind, day)]:03d}"
        if l["kind"] == "payment":
            r["request_id"] = rid
        else:
            r["record_id"] = rid
        if l["_key"]:
            keys[l["_key"]] = rid
    for l in ordered:
        r = l["request"]
        if l["kind"] == "payment" and (r["related"]["order_id"] or "").startswith("@"):
            r["related"]["order_id"] = keys[r["related"]["order_id"][1:]]
    hist_accounts = {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
    hist_invoices = {l["request"]["related"]["invoice_no"] for l in hist
                     if l["kind"] == "payment" and l["request"]["related"]["invoice_no"]}
    out = []
    for l in ordered:
        manual = l["signals"]
        for s in manual:
            assert s not in STRUCT, (l["id"], s)
        if l["phase"] == "history":
            assert not manual, l["id"]
            sig = []
        else:
            st = structural(l, hist_accounts, hist_invoices)
            sig = manual + st
        rec = {"id": l["id"], "tenant": t.tid, "phase": l["phase"], "kind": l["kind"],
               "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
        if l["phase"] == "history":
            rec["outcome"] = "executed"
        rec["signals"] = sig
        rec["note"] = l["note"]
        rec["request"] = l["request"]
        out.append(rec)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "holdout46.jsonl")
    rows = []
    for mod in TENANT_MODULES:
        rows.extend(build_tenant(mod))
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {os.path.normpath(target)}")


if __name__ == "__main__":
    main()
