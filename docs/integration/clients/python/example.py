#!/usr/bin/env python3
"""Screens one payment through the generated, typed Python client (fraudscreen_client).

    pip install httpx attrs python-dateutil
    FRAUDSCREEN_URL=http://127.0.0.1:8080 FRAUDSCREEN_KEY=fs_... python3 example.py payment.json

Exits 0 (allow), 10 (review), 20 (block) or 1 (no answer: hold and retry with the same request_id).
"""

import json
import os
import sys
import time

import httpx

from fraudscreen_client import AuthenticatedClient
from fraudscreen_client.api.default import post_v1_screen_payment
from fraudscreen_client.models import Decision, PaymentRequest

client = AuthenticatedClient(
    base_url=os.environ.get("FRAUDSCREEN_URL", "http://127.0.0.1:8080"),
    token=os.environ["FRAUDSCREEN_KEY"],
    timeout=httpx.Timeout(5.0, connect=2.0),
)

with open(sys.argv[1], encoding="utf-8") as f:
    payment = PaymentRequest.from_dict(json.load(f))

decision = None
for attempt in range(1, 5):
    try:
        response = post_v1_screen_payment.sync_detailed(client=client, body=payment)
    except httpx.HTTPError as error:
        print(f"attempt {attempt}: no answer ({error.__class__.__name__}); retrying", file=sys.stderr)
    else:
        if isinstance(response.parsed, Decision):
            decision = response.parsed
            break
        if response.status_code < 500:
            sys.exit(f"refused {response.status_code}: {response.content.decode()}")
        print(f"attempt {attempt}: HTTP {response.status_code}; retrying with the same request_id", file=sys.stderr)
    time.sleep(0.25 * 2**attempt)

if decision is None:
    print("HOLD: fraudscreen did not answer; keep the payment on hold")
    sys.exit(1)
action = decision.decision.value
print(f"{action.upper()} {decision.decision_id} score {decision.score}")
for hit in decision.hits[:3]:
    print(f"  {hit.rule_id} {hit.title}")
sys.exit({"allow": 0, "review": 10}.get(action, 20))
