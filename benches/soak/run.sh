#!/usr/bin/env bash
# Soak test: the release server on a fresh SQLite database (or FRAUDSCREEN_DATABASE_URL),
# a steady load for SECONDS (default 600) at RATE screenings per second (default 100), a rule
# reload every 10 seconds and an outcome every second. Prints latency per minute and the
# server's memory at the start and the end; exits 1 on any error. Needs python3 with httpx.
#
#   benches/soak/run.sh [SECONDS] [RATE]
#
# SOAK_CACHE_MIB=N sets SQLite's page cache per connection (the URL's cache_mib; default 64).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
rate="${2:-100}"
cargo build --release --quiet --bin fraudscreen
bin="${CARGO_TARGET_DIR:-target}/release/fraudscreen"
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
cache="${SOAK_CACHE_MIB:-}"
url="${FRAUDSCREEN_DATABASE_URL:-sqlite://$work/soak.db${cache:+?cache_mib=$cache}}"
cp -r rules "$work/rules"
"$bin" migrate --database-url "$url" >/dev/null
client=$("$bin" keys create --tenant soak --role client --name "soak client" --database-url "$url")
officer=$("$bin" keys create --tenant police --role officer --name "soak officer" --database-url "$url")
# The load is one client key at a steady rate; the per-key limit stays at its default.
"$bin" serve --listen 127.0.0.1:0 --database-url "$url" --rules "$work/rules" >"$work/server.out" 2>"$work/server.log" &
server=$!
base=
for _ in $(seq 1 100); do
  base=$(grep -o 'listening on http://[0-9.:]*' "$work/server.log" | head -n1 | sed 's/listening on //') || true
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { echo "the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }
status=0
python3 benches/soak/soak.py --base "$base" --client-key "$client" --officer-key "$officer" \
  --rules-dir "$work/rules" --pid "$server" --seconds "$seconds" --rate "$rate" || status=$?
warnings=$(cat "$work/server.out" "$work/server.log" | grep -cE 'WARN|ERROR' || true)
echo "server log: $warnings warnings or errors; the first ones:"
cat "$work/server.out" "$work/server.log" | grep -E 'WARN|ERROR' | sed 's/\x1b\[[0-9;]*m//g' | head -n 5 || true
exit "$status"
