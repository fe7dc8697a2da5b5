#!/usr/bin/env python3
"""Build holdout3.jsonl from the tenant modules.

Run from the holdout3 folder:  python3 gen/build.py && python3 gen/validate.py
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import tenant_mianyuan  # noqa: E402
import tenant_tuoling  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "holdout3.jsonl")

TENANT_MODULES = [tenant_mianyuan, tenant_tuoling]


def main() -> int:
    lines = []
    for mod in TENANT_MODULES:
        lines.extend(common.finalize(mod.TENANT, mod.HISTORY, mod.TESTS))

    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for obj in lines:
            fh.write(json.dumps(obj, ensure_ascii=False, separators=(", ", ": ")) + "\n")

    # Summary
    tests = [o for o in lines if o["phase"] == "test"]
    hist = [o for o in lines if o["phase"] == "history"]
    print(f"wrote {OUT}")
    print(f"lines: {len(lines)}  history: {len(hist)}  test: {len(tests)}")
    for t in sorted({o['tenant'] for o in lines}):
        h = sum(1 for o in hist if o["tenant"] == t)
        n = sum(1 for o in tests if o["tenant"] == t)
        print(f"  {t}: history {h}, test {n}")
    print("test lines by expect:", dict(Counter(o["expect"] for o in tests)))
    by_type = Counter((o["scam_type"], o["expect"]) for o in tests if o["label"] == "scam")
    print("scam lines by type (flag/block):")
    for st in common.SCAM_TYPES:
        f, b = by_type.get((st, "flag"), 0), by_type.get((st, "block"), 0)
        print(f"  {st:25s} {f + b}  (flag {f}, block {b})")
    hn = [o for o in tests if o["note"].startswith("Hard negative:")]
    rt = [o for o in tests if o["note"].startswith("Routine:")]
    so = [o for o in tests if o["note"].startswith("Structural only:")]
    print(f"legit: {sum(1 for o in tests if o['label'] == 'legit')} (hard negatives {len(hn)}, routine {len(rt)});"
          f" structural-only scams: {len(so)}")
    ev = Counter(s for o in tests for s in o["signals"] if s.startswith("evasion_"))
    print("evasion signals:", dict(sorted(ev.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
