"""Soak: a steady load on a running fraudscreen for a fixed time, with a rule reload every
10 seconds and a trickle of outcomes. Reports, per minute, requests, errors and latency
percentiles, and the server's resident memory at the start and the end. Exits 1 on any error.

Run through benches/soak/run.sh, which starts the server; by hand:

    python3 soak.py --base http://127.0.0.1:8080 --client-key K --officer-key O \
        --rules-dir DIR --pid PID [--seconds 600] [--rate 100]
"""

import argparse
import asyncio
import json
import pathlib
import random
import statistics
import sys
import time

import httpx


def rss_kib(pid):
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def payment(n, rng):
    flagged = n % 10 == 0
    body = {
        "request_id": f"SOAK-{n}",
        "submitted_at": "2026-07-14T10:32:00+08:00",
        "payee": {"name": f"新疆示例物资有限公司{n % 50}", "account_no": f"6222{rng.randrange(10**12):012d}"},
        "amount": "1200.00",
        "memo": "原材料货款",
    }
    if flagged:
        body["amount"] = "520000.00"
        body["instruction"] = {"channel": "im", "from_name": "马总", "urgent": True,
                               "text": "先付合作保证金52万，签批单我回来补，这事先别声张。"}
    return body


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--client-key", required=True)
    ap.add_argument("--officer-key", required=True)
    ap.add_argument("--rules-dir", required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--seconds", type=int, default=600)
    ap.add_argument("--rate", type=int, default=100, help="screenings per second")
    args = ap.parse_args()

    rng = random.Random(7)
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    client = httpx.AsyncClient(base_url=args.base, limits=limits, timeout=10)
    screen_headers = {"Authorization": f"Bearer {args.client_key}"}
    officer_headers = {"Authorization": f"Bearer {args.officer_key}"}
    start = time.monotonic()
    minutes = {}  # minute -> {"latencies": [...], "errors": n}
    errors = []
    allowed = []
    reloads = {"ok": 0, "failed": 0}
    outcomes = {"ok": 0, "failed": 0}
    rss_start = rss_kib(args.pid)
    rss_samples = [(0, rss_start)]

    def bucket():
        return minutes.setdefault(int((time.monotonic() - start) // 60),
                                  {"latencies": [], "errors": 0, "rss": 0})

    async def screen(n):
        t0 = time.monotonic()
        try:
            r = await client.post("/v1/screen/payment", json=payment(n, rng), headers=screen_headers)
            elapsed = (time.monotonic() - t0) * 1000
            b = bucket()
            if r.status_code != 200:
                b["errors"] += 1
                errors.append(f"screen {n}: {r.status_code} {r.text[:200]}")
                return
            b["latencies"].append(elapsed)
            d = r.json()
            if d.get("decision") == "allow":
                allowed.append(d["decision_id"])
        except Exception as e:  # a refused or cut connection is an error too
            bucket()["errors"] += 1
            errors.append(f"screen {n}: {e!r}")

    async def load():
        n = 0
        tasks = set()
        interval = 1.0 / args.rate
        next_at = time.monotonic()
        while time.monotonic() - start < args.seconds:
            n += 1
            t = asyncio.create_task(screen(n))
            tasks.add(t)
            t.add_done_callback(tasks.discard)
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
        await asyncio.gather(*tasks)
        return n

    async def reload_every_10s():
        common = pathlib.Path(args.rules_dir) / "common.toml"
        original = common.read_text()
        k = 0
        while time.monotonic() - start < args.seconds - 1:
            await asyncio.sleep(10)
            k += 1
            # A new comment is a new content version: each reload compiles and swaps for real.
            common.write_text(original + f"\n# soak reload {k}\n")
            try:
                r = await client.post("/v1/rules/reload", json={}, headers=officer_headers)
                reloads["ok" if r.status_code == 200 else "failed"] += 1
                if r.status_code != 200:
                    errors.append(f"reload {k}: {r.status_code} {r.text[:200]}")
            except Exception as e:
                reloads["failed"] += 1
                errors.append(f"reload {k}: {e!r}")

    async def outcomes_trickle():
        while time.monotonic() - start < args.seconds - 1:
            await asyncio.sleep(1)
            if not allowed:
                continue
            decision = allowed.pop()
            try:
                r = await client.post(f"/v1/decisions/{decision}/outcome", json={"outcome": "executed"},
                                      headers=screen_headers)
                outcomes["ok" if r.status_code == 200 else "failed"] += 1
                if r.status_code != 200:
                    errors.append(f"outcome {decision}: {r.status_code} {r.text[:200]}")
            except Exception as e:
                outcomes["failed"] += 1
                errors.append(f"outcome {decision}: {e!r}")

    async def sample_rss():
        while time.monotonic() - start < args.seconds:
            await asyncio.sleep(10)
            rss = rss_kib(args.pid)
            rss_samples.append((int(time.monotonic() - start), rss))
            bucket()["rss"] = rss  # the minute's last sample

    sent, *_ = await asyncio.gather(load(), reload_every_10s(), outcomes_trickle(), sample_rss())
    await client.aclose()
    rss_end = rss_kib(args.pid)

    print(f"soak: {args.seconds} s at {args.rate} screenings/s; {sent} screenings, "
          f"{reloads['ok']} reloads ({reloads['failed']} failed), {outcomes['ok']} outcomes ({outcomes['failed']} failed)")
    print()
    print("| minute | screenings | errors | p50 ms | p99 ms | max ms | server RSS MiB |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for m in sorted(minutes):
        lat = minutes[m]["latencies"]
        if not lat and not minutes[m]["errors"]:
            continue  # the last RSS sample, taken as the run ends: reported below
        print(f"| {m + 1} | {len(lat)} | {minutes[m]['errors']} | {percentile(lat, 0.5):.1f} | "
              f"{percentile(lat, 0.99):.1f} | {max(lat) if lat else 0:.1f} | {minutes[m]['rss'] / 1024:.1f} |")
    print()
    print(f"server RSS: {rss_start / 1024:.1f} MiB at the start, {rss_end / 1024:.1f} MiB at the end "
          f"(samples every 10 s: min {min(r for _, r in rss_samples) / 1024:.1f}, "
          f"max {max(r for _, r in rss_samples) / 1024:.1f} MiB)")
    if errors:
        print(f"\n{len(errors)} errors; the first ones:", file=sys.stderr)
        for e in errors[:10]:
            print("  " + e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
