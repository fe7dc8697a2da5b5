#!/usr/bin/env python3
"""Screen one payment with fraudscreen before it is sent, as a finance system should.

    FRAUDSCREEN_URL=http://127.0.0.1:8080 FRAUDSCREEN_KEY=fs_... python3 screen_payment.py payment.json

Prints the decision and what to do, and exits 0 (allow: pay), 10 (review: hold until verified),
20 (block: do not pay) or 1 (no answer: hold the payment and try again later with the same
request_id). Needs `requests`.
"""

import json
import os
import sys
import time

import requests

BASE = os.environ.get("FRAUDSCREEN_URL", "http://127.0.0.1:8080").rstrip("/")
KEY = os.environ["FRAUDSCREEN_KEY"]
# A screening answers in milliseconds; give it a short connect timeout and a few seconds to read.
TIMEOUT = (2, 5)
ATTEMPTS = 4


def screen(payment):
    """POST /v1/screen/payment, retried with the SAME request_id on timeouts and 5xx.

    The service stores one decision per request_id, so a retry never screens (or counts) the
    payment twice: it returns the decision already made.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            response = requests.post(
                f"{BASE}/v1/screen/payment",
                json=payment,
                headers={"Authorization": f"Bearer {KEY}"},
                timeout=TIMEOUT,
            )
        except requests.RequestException as error:  # timeout, refused connection, reset
            problem = f"no answer ({error.__class__.__name__})"
        else:
            if response.status_code == 200:
                return response.json()
            if response.status_code < 500:
                # 4xx: the request itself is wrong (the body names the field); retrying won't help.
                raise SystemExit(f"refused {response.status_code}: {response.text}")
            retry_after = float(response.headers.get("Retry-After", "1"))
            problem = f"HTTP {response.status_code}"
            time.sleep(retry_after)
        print(f"attempt {attempt}: {problem}; retrying with the same request_id", file=sys.stderr)
        time.sleep(min(2 ** attempt * 0.25, 4))
    return None


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        payment = json.load(f)
    decision = screen(payment)
    if decision is None:
        print("HOLD: fraudscreen did not answer; keep the payment on hold and retry later with the same request_id")
        return 1
    action = decision["decision"]
    print(f"{action.upper()} {decision['decision_id']} score {decision['score']}")
    for hit in decision.get("hits", [])[:3]:
        print(f"  {hit['rule_id']} {hit['title']}")
    for advice in decision.get("advice", []):
        print(f"  advice: {advice}")
    if action == "allow":
        return 0
    if action == "review":
        # Hold the payment. An officer or reviewer works the case; poll
        # GET /v1/decisions/{decision_id} (its case_status and case_resolution) or subscribe to
        # the case.closed webhook, and pay only after the case is closed as verified.
        return 10
    return 20


if __name__ == "__main__":
    sys.exit(main())
