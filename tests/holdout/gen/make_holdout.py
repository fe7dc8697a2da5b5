"""Writes ../holdout.jsonl from the three hand-written tenant modules.

Run: python3 make_holdout.py   (from this folder; no third-party packages)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import tenant_antai  # noqa: E402
import tenant_duolang  # noqa: E402
import tenant_jinsui  # noqa: E402


def main():
    lines = tenant_jinsui.build() + tenant_antai.build() + tenant_duolang.build()
    out = os.path.join(HERE, "..", "holdout.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
