"""Build /work/main/tests/corpus/park.jsonl from the tenant modules."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Ids  # noqa: E402

TENANTS = ["tianhao", "hengtai", "jingyao", "tuoling"]


def main():
    ids = Ids()
    out = []
    for name in TENANTS:
        try:
            mod = __import__(name)
        except ModuleNotFoundError:
            print("skipping", name)
            continue
        out.extend(mod.build(ids))
    path = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "park.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote", len(out), "lines to", path)


if __name__ == "__main__":
    main()
