#!/usr/bin/env python3
"""Build ../holdout45.jsonl deterministically (standard library only)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import common  # noqa: E402
import data_shichang  # noqa: E402
import data_jianshe  # noqa: E402
import data_guoyuan  # noqa: E402

TENANTS = [data_shichang, data_jianshe, data_guoyuan]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = os.path.join(here, "..", "holdout45.jsonl")
    lines = []
    for mod in TENANTS:
        lines.extend(common.assemble(mod))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(out_path)}")


if __name__ == "__main__":
    main()
