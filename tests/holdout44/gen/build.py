#!/usr/bin/env python3
"""Build ../holdout44.jsonl from the data_<tenant>.py scenario files.

Deterministic: no randomness, no clock; identifiers come from SHA-256 of fixed keys (common.py).
Within a tenant, history lines come first, then test lines, each group sorted by timestamp
(stable on ties); ids and request/record ids are assigned after sorting."""
import json
import os
from collections import defaultdict

import data_beiwei
import data_chayun
import data_mianxiang

TENANTS = [data_chayun, data_mianxiang, data_beiwei]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout44.jsonl")


def when(line):
    kind, body = line["body"]
    return body["submitted_at"] if kind == "payment" else body["received_at"]


def build_tenant(mod):
    hist = sorted([l for l in mod.LINES if l["phase"] == "history"], key=when)
    test = sorted([l for l in mod.LINES if l["phase"] == "test"], key=when)
    seq = defaultdict(int)
    keys, out = {}, []
    for phase, group in (("history", hist), ("test", test)):
        for n, line in enumerate(group, 1):
            kind, body = line["body"]
            body = json.loads(json.dumps(body))  # deep copy, keeps key order
            day = when(line)[:10].replace("-", "")
            code = "FK" if kind == "payment" else "DD"
            seq[(code, day)] += 1
            rid = f"{mod.PREFIX}-{code}-{day}{seq[(code, day)]:03d}"
            if kind == "payment":
                body["request_id"] = rid
                body["payer"] = dict(mod.PAYER)
            else:
                body["record_id"] = rid
            if line.get("key"):
                keys[line["key"]] = rid
            rec = {"id": f"{mod.TENANT}-{phase[0]}{n:03d}", "tenant": mod.TENANT, "phase": phase, "kind": kind,
                   "label": line["label"], "scam_type": line["scam_type"], "expect": line["expect"]}
            if phase == "history":
                rec["outcome"] = "executed"
            rec["signals"] = line["signals"]
            rec["note"] = line["note"]
            rec["request"] = body
            out.append(rec)
    for rec in out:  # resolve '@key' references to record ids
        if rec["kind"] == "payment":
            oid = rec["request"]["related"]["order_id"]
            if isinstance(oid, str) and oid.startswith("@"):
                rec["request"]["related"]["order_id"] = keys[oid[1:]]
    return out


def main():
    lines = []
    for mod in TENANTS:
        lines.extend(build_tenant(mod))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in lines:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
