#!/usr/bin/env bash
# The load bench: drives POST /v1/screen/payment on the real service (SQLite, WAL,
# synchronous=FULL, group commit) and on a bare axum server that only parses the same JSON
# (the ceiling), with the same load and the same core pinning, and prints both.
#
#   benches/load/run.sh [SECONDS=20] [CONNECTIONS=64]
#   PG_URL=postgres://postgres@127.0.0.1:5432/test benches/load/run.sh   # also on PostgreSQL
#
# KEEP_LOG=DIR keeps the service's logs (slow commits are logged there).
# Needs wrk (apt-get install wrk) and taskset (util-linux). The server runs on core 0 and wrk
# on core 1, so the two do not compete; everything listens on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-20}
connections=${2:-64}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 2; }
command -v taskset >/dev/null || { echo "taskset not found (util-linux)" >&2; exit 2; }

cargo build --release --quiet --bin fraudscreen --example load_ceiling
target=${CARGO_TARGET_DIR:-target}
bin="$target/release/fraudscreen"
ceiling="$target/release/examples/load_ceiling"

work=$(mktemp -d)
server=""
pg_created=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "${KEEP_LOG:-}" ]; then cp "$work"/serve-*.log "$KEEP_LOG" 2>/dev/null || true; fi
  if [ -n "$pg_created" ]; then psql -q "$PG_URL" -c "DROP DATABASE IF EXISTS $pg_created WITH (FORCE)" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_ready() {
  for _ in $(seq 1 100); do
    curl -sf "http://$1$2" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "the server on $1 did not come up" >&2
  exit 1
}

# A deterministic pool of 300 payees; the first 240 are imported as the tenant's vendor master,
# so most payments go to known vendors at their accounts on file and the rest to new payees.
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
cities = ["上海", "苏州", "杭州", "宁波", "无锡", "南京", "合肥", "成都", "重庆", "武汉", "长沙", "郑州", "西安", "青岛", "厦门"]
trades = ["精密机械", "电子科技", "物流", "包装材料", "化工", "建材", "信息技术", "环保设备", "纺织", "汽车配件"]
banks = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "招商银行", "交通银行"]
pool, vendors = [], []
for i in range(300):
    brand = ["恒通", "瑞达", "德泰", "华盛", "信昌", "联合", "天成", "博远", "金鼎", "宏图",
             "嘉禾", "永安", "明德", "万里", "同创", "正大", "海川", "东方", "新源", "中联"][i // len(cities)]
    name = f"{cities[i % len(cities)]}{brand}{trades[i % len(trades)]}有限公司"
    account = f"6222{i:012d}"
    bank = f"{banks[i % len(banks)]}{cities[i % len(cities)]}分行"
    pool.append(f"{name}\t{account}\t{bank}")
    if i < 240:
        vendors.append({"kind": "vendor", "id": f"V{i:04d}", "name": name, "account_no": account, "bank": bank,
                        "phone": f"0512-6{i:07d}", "since": "2024-01-01T00:00:00+08:00"})
open(f"{work}/payees.tsv", "w").write("\n".join(pool) + "\n")
json.dump(vendors, open(f"{work}/vendors.json", "w"), ensure_ascii=False)
PY

# Runs wrk against $1 (host:port) and prints its RESULT line.
drive() {
  PAYEES_FILE="$work/payees.tsv" FRAUDSCREEN_KEY="$2" RUN_ID="$3" \
    taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --timeout 5s -s benches/load/payment.lua "http://$1" \
    | grep '^RESULT'
}

# Runs the service on database URL $1 (labelled $2), drives it, and leaves its RESULT line in
# $result, the decision counts in $decisions and the batch-size histogram in $batches.
run_service() {
  local url=$1 label=$2 port key metrics
  key=$(FRAUDSCREEN_DATABASE_URL="$url" "$bin" keys create --tenant loadbench --role client --name "load bench")
  port=$(free_port)
  # The bench measures capacity, so the per-key rate limit is off.
  FRAUDSCREEN_DATABASE_URL="$url" FRAUDSCREEN_RATE_LIMIT_PER_SECOND=0 taskset -c 0 "$bin" serve --listen "127.0.0.1:$port" --log-format json \
    >"$work/serve-$label.log" 2>&1 &
  server=$!
  wait_ready "127.0.0.1:$port" /readyz
  curl -sf -X POST "http://127.0.0.1:$port/v1/counterparties/import" -H "Authorization: Bearer $key" \
    -H 'content-type: application/json' --data-binary "@$work/vendors.json" >/dev/null
  echo "service on $label: $connections connections for ${seconds}s ..."
  result=$(drive "127.0.0.1:$port" "$key" "$label-$$")
  metrics=$(curl -sf "http://127.0.0.1:$port/metrics")
  batches=$(grep '^fraudscreen_store_batch_size_\(sum\|count\)' <<<"$metrics" | tr '\n' ' ')
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
}

# The service on SQLite, with a fresh file.
run_service "sqlite://$work/load.db" sqlite
sqlite_result=$result sqlite_batches=$batches
sqlite_decisions=$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(", ".join(f"{d} {n}" for d,n in c.execute("select decision,count(*) from decisions group by 1 order by 1")))' "$work/load.db")

# The service on PostgreSQL, in a fresh database on the server of $PG_URL (when set).
# PostgreSQL itself is not pinned: it runs as the machine's service, on both cores.
pg_result=""
if [ -n "${PG_URL:-}" ]; then
  pg_db="fraudscreen_load_$$"
  psql -q "$PG_URL" -c "CREATE DATABASE $pg_db"
  pg_created=$pg_db
  run_service "${PG_URL%/*}/$pg_db" postgres
  pg_result=$result pg_batches=$batches
fi

# The ceiling.
port=$(free_port)
taskset -c 0 "$ceiling" "127.0.0.1:$port" >"$work/ceiling.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done
echo "ceiling: $connections connections for ${seconds}s ..."
ceiling_result=$(drive "127.0.0.1:$port" "no-key-needed" "ceil-$$")

field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }
row() {
  printf "%-24s %11s %8s %8s %9s %9s %7.0f %%\n" "$1" "$(field "$2" rps)" "$(field "$2" p50_ms)" "$(field "$2" p99_ms)" \
    "$(field "$2" p999_ms)" "$(field "$2" non2xx)" "$(python3 -c "print(100 * $(field "$2" rps) / $(field "$ceiling_result" rps))")"
}
echo
echo "                           requests/s   p50 ms   p99 ms  p99.9 ms   non-2xx  of ceiling"
row "service, SQLite (FULL)" "$sqlite_result"
[ -n "$pg_result" ] && row "service, PostgreSQL" "$pg_result"
row "ceiling (parse only)" "$ceiling_result"
echo "decisions stored on SQLite: $sqlite_decisions"
echo "committed batches, SQLite: $sqlite_batches"
[ -n "$pg_result" ] && echo "committed batches, PostgreSQL: $pg_batches"
exit 0
