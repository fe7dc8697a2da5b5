#!/usr/bin/env python3
"""Write ../holdout4.jsonl deterministically from the tenant modules.

Run from the holdout4 folder:  python3 gen/build.py
"""
from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import LINE_KEYS, Ref, parse_ts  # noqa: E402
import tenant_hengji  # noqa: E402
import tenant_kanghe  # noqa: E402

TENANTS = [tenant_hengji, tenant_kanghe]
OUT = os.path.join(os.path.dirname(HERE), "holdout4.jsonl")


def when(line):
    r = line["request"]
    return parse_ts(r["submitted_at"] if line["kind"] == "payment" else r["received_at"])


def build_tenant(mod):
    raw = mod.lines()
    hist = sorted((x for x in raw if x["phase"] == "history"), key=when)
    test = sorted((x for x in raw if x["phase"] == "test"), key=when)
    counters = {}
    keyed = {}
    out = []
    for phase_lines, tag in ((hist, "h"), (test, "t")):
        for n, line in enumerate(phase_lines, 1):
            line = dict(line)
            line["id"] = f"{mod.TENANT}-{tag}{n:03d}"
            line["tenant"] = mod.TENANT
            req = line["request"]
            day = when(line).strftime("%Y%m%d")
            prefix = mod.PAY_PREFIX if line["kind"] == "payment" else mod.ORDER_PREFIX
            counters[(prefix, day)] = counters.get((prefix, day), 0) + 1
            rid = f"{prefix}-{day}{counters[(prefix, day)]:03d}"
            if line["kind"] == "payment":
                req["request_id"] = rid
            else:
                req["record_id"] = rid
            if line.get("_key"):
                keyed[line["_key"]] = rid
            out.append(line)
    # resolve cross references
    for line in out:
        rel = line["request"].get("related")
        if rel and isinstance(rel.get("order_id"), Ref):
            rel["order_id"] = keyed[rel["order_id"].key]
    final = []
    for line in out:
        obj = {}
        for k in LINE_KEYS:
            if k == "outcome" and line["phase"] != "history":
                continue
            obj[k] = line[k]
        final.append(obj)
    return final


def main():
    lines = []
    for mod in TENANTS:
        lines.extend(build_tenant(mod))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
