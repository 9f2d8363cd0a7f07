#!/usr/bin/env bash
# Mixed load with wrk against one and two instances (docs/benchmarks.md).
#
#   bench/mixed-load.sh
#
# On a fresh PostgreSQL schema, with the demo accounts: the caseworker opens a case with
# reviewer1 and reviewer2 on its team and records BENCH_PREPARED incidents with a source each,
# submitted for review. Then, for each configuration (one instance; two instances on the same
# schema, no cluster, no balancer: two wrk processes, one per port, half the connections each) and
# each concurrency in BENCH_CONNECTIONS, alternating in the same minute:
#   floor  GET /health/live (MicroProfile Health, answered by Payara Micro without the database;
#          the cheapest endpoint of the same server);
#   mix    bench/mixed-load.lua: in every 10 requests 4 incident list pages, 3 searches, 2 new
#          incidents as the caseworker, 1 sign-off as reviewer1 or reviewer2 (each run gets its
#          own share of the prepared incidents; each is signed by both reviewers; a thread that
#          has used up its share lists instead).
# Each run lasts BENCH_DURATION; it prints requests per second and p50/p95/p99 latency (wrk's
# own histogram; for two instances the sum of requests and the worse of the two processes'
# percentiles).
#
# Settings: BENCH_CONNECTIONS ["1 4 16 64"], BENCH_DURATION [15s], BENCH_PREPARED [600],
#   BENCH_INSTANCES ["1 2"], BENCH_PG_* as in bench/audit-verify.sh.
# Output: bench/target/mixed-results.md; wrk output and logs under bench/target/mixed-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
OUT="$ROOT/bench/target"
CONNECTIONS=${BENCH_CONNECTIONS:-"1 4 16 64"}
DURATION=${BENCH_DURATION:-15s}
PREPARED=${BENCH_PREPARED:-600}
INSTANCES=${BENCH_INSTANCES:-"1 2"}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-test}
PG_USER=${BENCH_PG_USER:-postgres}
PG_PASSWORD=${BENCH_PG_PASSWORD:-}
PASSWORD=evidentia-demo
RUN="$OUT/mixed-$(date -u +%Y%m%dT%H%M%SZ)"
PIDS=()
PG_SCHEMA=

stop_all() {
  local pid i
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do
    for i in $(seq 1 60); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  PIDS=()
}
cleanup() {
  stop_all
  [ -z "$PG_SCHEMA" ] || psql_run -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" >/dev/null 2>&1 \
    || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM
psql_run() {
  PGPASSWORD=$PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -d "$PG_DB" "$@"
}
free_port() {
  local p
  for p in $(seq 18580 18680); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  die "no free port between 18580 and 18680"
}
# Starts one instance; sets STARTED_PORT. Not in a subshell: PIDS must keep its process group so
# that the instance is stopped at the end.
start_app() {
  local log=$1 port i code
  port=$(free_port)
  TMPDIR="$RUN/tmp" setsid "$ROOT/evidentia" run --port "$port" >"$log" 2>&1 &
  PIDS+=($!)
  for i in $(seq 1 300); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)
    if [ "$code" = 200 ]; then
      say "ready on port $port after $i s"
      STARTED_PORT=$port
      return
    fi
    sleep 1
  done
  die "not ready after 300 s; see $log"
}
call() { # METHOD PATH TOKEN [BODY]: prints the body, fails unless 2xx
  local out code
  out=$(curl -s -w '\n%{http_code}' -X "$1" -H "Authorization: Bearer $3" \
    -H 'Content-Type: application/json' ${4:+-d "$4"} "$BASE/api/v1/$2")
  code=${out##*$'\n'}
  [ "${code:0:1}" = 2 ] || die "$1 $2: HTTP $code ${out%$'\n'*}"
  echo "${out%$'\n'*}"
}
token_for() {
  curl -s -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/tokens" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
json_id() { sed -n 's/^{"id":"\([^"]*\)".*/\1/p;s/.*[{,]"id":"\([^"]*\)".*/\1/p' | head -1; }

command -v wrk >/dev/null || die "wrk is required (Debian: apt-get install wrk)"
command -v psql >/dev/null || die "psql is required"
mkdir -p "$RUN/tmp"
[ -f "$ROOT/webapp/target/evidentia.war" ] \
  || (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "build failed"
PG_SCHEMA="bench_mixed_$(date +%s)_$$"
psql_run -c "CREATE SCHEMA $PG_SCHEMA" >/dev/null
export EVIDENTIA_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$PG_SCHEMA"
export EVIDENTIA_DB_USER=$PG_USER EVIDENTIA_DB_PASSWORD=$PG_PASSWORD EVIDENTIA_DEMO=true
export EVIDENTIA_DATA_DIR="$RUN/data"

start_app "$RUN/app-1.log"
P1=$STARTED_PORT
BASE="http://127.0.0.1:$P1/evidentia"
export MIX_CW MIX_R1 MIX_R2 MIX_CASE MIX_INCIDENTS MIX_THREADS
MIX_CW=$(token_for caseworker)
MIX_R1=$(token_for reviewer1)
MIX_R2=$(token_for reviewer2)
[ -n "$MIX_CW" ] && [ -n "$MIX_R1" ] && [ -n "$MIX_R2" ] || die "no tokens for the demo accounts"
MIX_CASE=$(call POST cases "$MIX_CW" '{"title":"Mixed load","summary":"bench"}' | json_id)
for r in reviewer1 reviewer2; do call PUT "cases/$MIX_CASE/team/$r" "$MIX_CW" '{}' >/dev/null; done
say "preparing $PREPARED incidents under review"
: >"$RUN/incidents.txt"
for ((i = 0; i < PREPARED; i++)); do
  inc=$(call POST "cases/$MIX_CASE/incidents" "$MIX_CW" '{"title":"Shelling of a market '"$i"'",
    "occurred":{"from":"2024-07-08T07:45:00Z","precision":"EXACT"},"location":{"placeName":
    "Central market","country":"Ukraine","region":"Kharkiv Oblast","locality":"Kharkiv"},
    "incidentType":"SHELLING"}' | json_id)
  src=$(call POST "incidents/$inc/sources" "$MIX_CW" '{"kind":"WITNESS","name":"Stall keeper"}' \
    | json_id)
  call POST "incidents/$inc/review/actions" "$MIX_CW" '{"action":"SUBMIT"}' >/dev/null
  echo "$inc $src" >>"$RUN/incidents.txt"
done
NEXT_LINE=0
# The prepared incidents shared out among the mix runs.
CHUNK=$((PREPARED / ($(echo $INSTANCES | wc -w) * $(echo $CONNECTIONS | wc -w))))

# wrk_run NAME CONNECTIONS PORTS... : runs wrk, one process per port, prints "rps p50 p95 p99 err"
wrk_run() {
  local name=$1 conns=$2 script part=0 parts port per threads wrks=()
  shift 2
  parts=$#
  per=$(((conns + parts - 1) / parts))
  threads=$per # one connection per thread: mixed-load.lua pairs each answer with its request
  MIX_THREADS=$threads
  case $name in
    floor*) script="$ROOT/bench/floor.lua" ;;
    *)
      script="$ROOT/bench/mixed-load.lua"
      ;;
  esac
  for port in "$@"; do
    local url="http://127.0.0.1:$port/evidentia/"
    [ "${name%%-*}" = floor ] && url="http://127.0.0.1:$port/health/live"
    wrk -t "$threads" -c "$per" -d "$DURATION" --latency -s "$script" "$url" -- "$part" "$parts" \
      >"$RUN/$name-c$conns-p$part.txt" 2>&1 &
    wrks+=($!)
    part=$((part + 1))
  done
  wait "${wrks[@]}" # only wrk: the instances are children of this shell too
  sed -n 's/^BAD \(..*\)/bench: '"$name c$conns"' non-2xx: \1/p' "$RUN/$name-c$conns"-p*.txt >&2
  cat "$RUN/$name-c$conns"-p*.txt | sed -n 's/^MIX //p' | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      req += v["requests"]; if (v["seconds"] > s) s = v["seconds"]
      if (v["p50"] > p50) p50 = v["p50"]; if (v["p95"] > p95) p95 = v["p95"]
      if (v["p99"] > p99) p99 = v["p99"]; err += v["errors"] }
    END { printf "%.0f %.1f %.1f %.1f %d\n", req / s, p50, p95, p99, err }'
}

{
  echo "## Run $(basename "$RUN")"
  echo
  echo "$(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg); $DURATION per run;"
  echo "$PREPARED incidents prepared for sign-off."
  echo
  echo "| instances | connections | floor req/s | floor p50/p95/p99 ms | mix req/s | mix p50/p95/p99 ms | mix errors | mix / floor req/s |"
  echo "|---:|---:|---:|---|---:|---|---:|---:|"
} | tee "$RUN/results.md"
PORTS=("$P1")
for n in $INSTANCES; do
  if [ "$n" = 2 ] && [ "${#PORTS[@]}" = 1 ]; then
    start_app "$RUN/app-2.log"
    PORTS+=("$STARTED_PORT")
  fi
  ports=("${PORTS[@]:0:$n}")
  # One warm-up of each, untimed.
  wrk_run "floor-warm" 4 "${ports[@]}" >/dev/null
  for c in $CONNECTIONS; do
    read -r frps f50 f95 f99 ferr < <(wrk_run "floor-n$n" "$c" "${ports[@]}")
    # Each run signs its own incidents: one signed before is refused (409 or 403), not signed.
    MIX_INCIDENTS="$RUN/incidents-n$n-c$c.txt"
    tail -n "+$((NEXT_LINE + 1))" "$RUN/incidents.txt" | head -n "$CHUNK" >"$MIX_INCIDENTS"
    NEXT_LINE=$((NEXT_LINE + CHUNK))
    read -r mrps m50 m95 m99 merr < <(wrk_run "mix-n$n" "$c" "${ports[@]}")
    echo "| $n | $(((c + n - 1) / n * n)) | $frps | $f50 / $f95 / $f99 | $mrps | $m50 / $m95 / $m99 | $merr | $(awk -v a="$mrps" -v b="$frps" 'BEGIN { printf "%.3f", a / b }') |" \
      | tee -a "$RUN/results.md"
  done
done
signed=$(psql_run -At -c "SELECT count(*) FROM $PG_SCHEMA.audit_entry WHERE action LIKE '%SIGN%'" \
  2>/dev/null || echo "?")
echo "
Audit entries naming a sign-off afterwards: $signed. Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)." \
  | tee -a "$RUN/results.md"
cp "$RUN/results.md" "$OUT/mixed-results.md"
