#!/usr/bin/env bash
# API conformance: schemathesis (pip install schemathesis) against /openapi.json of a live
# server, once with a key of each role: no 5xx, and every response matches the document
# (status code, content type, schema).
#
#   scripts/api-conformance.sh [MAX_EXAMPLES_PER_OPERATION]     (default 50)
#
# The server runs on a fresh SQLite database in a temporary directory and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-50}"
command -v st >/dev/null || { echo "schemathesis is not installed: pip install schemathesis" >&2; exit 2; }
cargo build --quiet
bin="${CARGO_TARGET_DIR:-target}/debug/fraudscreen"
dir=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$dir"; }
trap cleanup EXIT
url="sqlite://$dir/conformance.db"
"$bin" migrate --database-url "$url" >/dev/null
declare -A key
for role in client analyst officer admin; do
  key[$role]=$("$bin" keys create --tenant acme --role "$role" --database-url "$url")
done
"$bin" serve --listen 127.0.0.1:0 --database-url "$url" --rules rules 2>"$dir/server.log" &
pid=$!
base=
for _ in $(seq 1 100); do
  base=$(grep -o 'listening on http://[0-9.:]*' "$dir/server.log" | head -n1 | sed 's/listening on //') || true
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "the server did not start:" >&2; cat "$dir/server.log" >&2; exit 1; }
echo "server at $base"
failed=0
for role in client analyst officer admin; do
  echo "== schemathesis as $role =="
  st run "$base/openapi.json" \
    --header "Authorization: Bearer ${key[$role]}" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance \
    --max-examples "$examples" --workers 2 --seed 1 --suppress-health-check all \
    --report-dir "$dir/report-$role" || failed=1
done
if grep -q 'panicked' "$dir/server.log"; then
  echo "the server panicked:" >&2
  grep -B2 -A8 panicked "$dir/server.log" >&2
  failed=1
fi
exit "$failed"
