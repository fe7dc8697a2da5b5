#!/usr/bin/env python3
"""Prints the README's head-to-head table from criterion's results (target/criterion, or
$CARGO_TARGET_DIR/criterion when the bench was run with CARGO_TARGET_DIR set).

Run after `cargo bench --manifest-path benches/compare/Cargo.toml`; medians are per screening
(criterion's median per iteration divided by the requests in the iteration).
"""
import json
import os
import pathlib

TARGET = os.environ.get("CARGO_TARGET_DIR") or pathlib.Path(__file__).resolve().parent / "target"
ROOT = pathlib.Path(TARGET).resolve() / "criterion"
ROWS = [
    ("fraudscreen", "fraudscreen"),
    ("cel", "CEL (`cel` 0.15)"),
    ("zen", "Zen (`zen-expression` 2.1)"),
    ("shared_facts_only", "*facts alone, shared by all three*"),
    ("shared_facts_and_texts", "*facts and all texts normalised: CEL's and Zen's host work*"),
]


def per_screening_us(group, function):
    bench = ROOT / group / function / "new"
    median = json.loads((bench / "estimates.json").read_text())["median"]["point_estimate"]
    elements = json.loads((bench / "benchmark.json").read_text())["throughput"]["Elements"]
    return median / elements / 1000.0, elements


def main():
    for group, title in [("screen_payment", "payments"), ("screen_order", "orders")]:
        ours, n = per_screening_us(group, "fraudscreen")
        print(f"\n{title} ({n} corpus requests per iteration)\n")
        print("| engine | median per screening | vs fraudscreen |")
        print("| --- | ---: | ---: |")
        for function, name in ROWS:
            us, _ = per_screening_us(group, function)
            print(f"| {name} | {us:.2f} µs | {us / ours:.1f}x |")


if __name__ == "__main__":
    main()
