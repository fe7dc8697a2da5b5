"""Build /work/main/tests/corpus/park.jsonl from the tenant modules."""
import json
import re
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import Ids  # noqa: E402

TENANTS = ["tianhao", "hengtai", "jingyao", "tuoling"]


def main():
    ids = Ids()
    # never hand out a number, account or id that appears in the public sample
    sample = "/work/shared/corpus/sample.jsonl"
    if os.path.exists(sample):
        blob = open(sample, encoding="utf-8").read()
        ids.used |= set(re.findall(r"\d{3,4}-0000\d{3}|1380000\d{4}|\d{16,20}|wxid_[a-z0-9]+|9[0-9A-Z]{17}", blob))
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
