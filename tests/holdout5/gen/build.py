#!/usr/bin/env python3
"""Write ../holdout5.jsonl deterministically from the tenant modules.

Usage (from the holdout5 folder):  python3 gen/build.py [--summary]
"""
from __future__ import annotations

import collections
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tenant_xueqiao  # noqa: E402
import tenant_xueling  # noqa: E402

TENANT_MODULES = (tenant_xueqiao, tenant_xueling)
OUT = os.path.join(os.path.dirname(HERE), "holdout5.jsonl")


def all_lines() -> list[dict]:
    lines = []
    for mod in TENANT_MODULES:
        lines.extend(mod.build().lines())
    return lines


def write(lines) -> None:
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def summary(lines) -> str:
    test = [l for l in lines if l["phase"] == "test"]
    out = []
    c = collections.Counter((l["tenant"], l["phase"]) for l in lines)
    out.append("lines per tenant/phase: " + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(c.items())))
    out.append(f"test lines: {len(test)}")
    out.append("test by kind: " + str(dict(collections.Counter(l['kind'] for l in test))))
    out.append("test by label: " + str(dict(collections.Counter(l['label'] for l in test))))
    out.append("test by expect: " + str(dict(collections.Counter(l['expect'] for l in test))))
    out.append("test by kind x label: " + str(dict(collections.Counter((l['kind'], l['label']) for l in test))))
    st = collections.Counter(l["scam_type"] for l in test if l["label"] == "scam")
    out.append("scams by type: " + str(dict(sorted(st.items()))))
    ste = collections.Counter((l["scam_type"], l["expect"], l["kind"]) for l in test if l["label"] == "scam")
    out.append("scams by type/expect/kind: " + str(dict(sorted(ste.items()))))
    out.append("structural only: " + ", ".join(l["id"] for l in test if l["note"].startswith("Structural only:")))
    out.append("routine: " + ", ".join(l["id"] for l in test if l["note"].startswith("Routine:")))
    out.append("hard negatives:")
    for l in test:
        if l["note"].startswith("Hard negative:"):
            out.append(f"  {l['id']} [{l['kind']}] {', '.join(l['signals'])} :: {l['note'][len('Hard negative: '):]}")
    out.append("scams:")
    for l in test:
        if l["label"] == "scam":
            out.append(f"  {l['id']} [{l['kind']}] {l['scam_type']} {l['expect']} :: {l['note']}")
    return "\n".join(out)


def main() -> int:
    lines = all_lines()
    write(lines)
    print(f"wrote {len(lines)} lines to {os.path.relpath(OUT)}")
    if "--summary" in sys.argv:
        print(summary(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
