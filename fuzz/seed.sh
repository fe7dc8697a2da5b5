#!/usr/bin/env bash
# Seeds fuzz/corpus/TARGET from what the project already has: the shipped rule files, their
# `when` conditions, the example requests and the park corpus. libFuzzer grows the corpus
# from there; it is not committed (fuzz/.gitignore), so run this after a fresh clone.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import hashlib, json, pathlib, tomllib

root = pathlib.Path("..")
corpus = pathlib.Path("corpus")

def put(target, data):
    d = corpus / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)

def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)

conditions, payments, orders = [], [], []
for path in sorted((root / "rules").glob("*.toml")):
    text = path.read_bytes()
    put("rules_loader", text)
    for rule in tomllib.loads(text.decode()).get("rule", []):
        if isinstance(rule.get("when"), str):
            conditions.append(rule["when"])
for path in sorted((root / "examples").glob("*.json")):
    body = json.loads(path.read_text())
    (orders if "order" in path.name else payments).append(body)
for line in (root / "tests/corpus/park.jsonl").read_text().splitlines()[:200]:
    record = json.loads(line)
    request = record.get("request", record)
    (orders if record.get("kind") == "order" or "order_no" in request else payments).append(request)

for c in conditions:
    put("expr_roundtrip", c.encode())
for p in payments:
    put("request_decode", json.dumps(p, ensure_ascii=False).encode())
    for text in strings(p):
        put("text_normalize", text.encode())
for o in orders:
    put("request_decode", b"o" + json.dumps(o, ensure_ascii=False).encode())
for i, c in enumerate(conditions):
    p = payments[i % len(payments)]
    put("compiled_vs_reference", c.encode() + b"\0" + json.dumps(p, ensure_ascii=False).encode())
for target in sorted(p.name for p in corpus.iterdir()):
    print(f"{target}: {len(list((corpus / target).iterdir()))} seeds")
PY
