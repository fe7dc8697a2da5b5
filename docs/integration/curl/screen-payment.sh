#!/usr/bin/env bash
# Screen one payment with fraudscreen before it is sent.
#
#   FRAUDSCREEN_URL=http://127.0.0.1:8080 FRAUDSCREEN_KEY=fs_... ./screen-payment.sh payment.json
#
# Prints the decision JSON. Exits 0 (allow), 10 (review), 20 (block), or 1 (no answer: hold the
# payment and retry later with the same request_id; the service returns the decision it already
# made, never a second one).
set -uo pipefail
url="${FRAUDSCREEN_URL:-http://127.0.0.1:8080}"
file="$1"
for attempt in 1 2 3 4; do
  # Short timeouts: a screening answers in milliseconds. --retry is not used: curl would not
  # retry a POST on every failure we care about.
  body=$(curl --silent --show-error --connect-timeout 2 --max-time 5 \
    --header "Authorization: Bearer ${FRAUDSCREEN_KEY}" \
    --header 'Content-Type: application/json' \
    --data-binary "@${file}" \
    --write-out '\n%{http_code}' \
    "${url}/v1/screen/payment")
  status=$?
  code=$(tail -n1 <<<"$body")
  json=$(sed '$d' <<<"$body")
  if [ "$status" -eq 0 ] && [ "$code" = 200 ]; then
    echo "$json"
    case "$json" in
      *'"decision":"allow"'*) exit 0 ;;
      *'"decision":"review"'*) exit 10 ;;
      *) exit 20 ;;
    esac
  fi
  if [ "$status" -eq 0 ] && [ "$code" -lt 500 ]; then
    echo "refused ($code): $json" >&2   # the body names the field that is wrong
    exit 2
  fi
  echo "attempt $attempt: no answer (curl $status, HTTP $code); retrying with the same request_id" >&2
  sleep "$attempt"
done
echo "HOLD: fraudscreen did not answer; keep the payment on hold" >&2
exit 1
