#!/usr/bin/env bash
# Audit chain verification, start-up and memory with 100,000 incidents and 1,000,000 audit
# entries (docs/benchmarks.md).
#
#   bench/audit-verify.sh
#
# On a fresh PostgreSQL schema: starts Evidentia (it migrates the schema), stops it, seeds
# BENCH_INCIDENTS incidents (bench/SeedIncidents.java) and BENCH_AUDIT audit entries continuing
# the chain (bench/SeedAudit.java), then starts it again and measures:
#   - start-up: from launching `./evidentia run` to the first 200 from /health/ready (polled every
#     100 ms), and the JVM's resident memory (VmRSS) and heap in use (jcmd GC.heap_info) then;
#   - BENCH_ROUNDS rounds, alternating in each round:
#       verify    GET /api/v1/audit/verification as admin (curl time_total), which must answer
#                 valid with at least BENCH_AUDIT entries;
#       baseline  psql COPY of the same rows in sequence order piped through sha256sum: the
#                 database reading and sending every row once, and one SHA-256 over all its bytes;
#   - list and search pages with the data in place (BENCH_REQUESTS timed requests each, after
#     BENCH_WARMUP warm-up requests): /health/ready, the case's filtered first page, a search, and
#     the whole case's last page; median and p95 in ms;
#   - memory again after all of that.
# The application runs with its defaults (the launcher's heap settings). Nothing here is timed by
# a test; the figures go to docs/benchmarks.md by hand.
#
# Settings (environment), defaults in brackets:
#   BENCH_INCIDENTS [100000] (0: none)  BENCH_AUDIT [1000000]  BENCH_ROUNDS [5]
#   BENCH_REQUESTS [100]  BENCH_WARMUP [20]
#   BENCH_PG_HOST [127.0.0.1], BENCH_PG_PORT [5432], BENCH_PG_DB [test], BENCH_PG_USER [postgres],
#   BENCH_PG_PASSWORD [empty]: the script creates a schema bench_audit_<time>_<pid> and drops it.
#   BENCH_BEFORE_WAR: another build of the application (e.g. an earlier commit's WAR); it runs
#                  beside the current one on the same schema and its verification is timed in
#                  the same rounds, between the current one's and the baseline.
#   BENCH_KEEP_SCHEMA=1 keeps it (and prints its name) to rerun without seeding: then set
#   BENCH_REUSE_SCHEMA=<name>.
# Output: bench/target/audit-results.md; raw timings and logs under bench/target/audit-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
OUT="$ROOT/bench/target"
INCIDENTS=${BENCH_INCIDENTS:-100000}
AUDIT=${BENCH_AUDIT:-1000000}
ROUNDS=${BENCH_ROUNDS:-5}
REQUESTS=${BENCH_REQUESTS:-100}
WARMUP=${BENCH_WARMUP:-20}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-test}
PG_USER=${BENCH_PG_USER:-postgres}
PG_PASSWORD=${BENCH_PG_PASSWORD:-}
PASSWORD=evidentia-demo

RUN="$OUT/audit-$(date -u +%Y%m%dT%H%M%SZ)"
APP_PID=
PG_SCHEMA=

cleanup() {
  stop_app
  if [ -n "${MAIN_PID:-}" ]; then
    APP_PID=$MAIN_PID
    stop_app
  fi
  if [ -n "${BEFORE_PID:-}" ]; then
    APP_PID=$BEFORE_PID
    stop_app
  fi
  if [ -n "$PG_SCHEMA" ] && [ -z "${BENCH_KEEP_SCHEMA:-}" ] && [ -z "${BENCH_REUSE_SCHEMA:-}" ]; then
    psql_run -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" >/dev/null 2>&1 \
      || say "could not drop schema $PG_SCHEMA; drop it by hand"
  elif [ -n "$PG_SCHEMA" ]; then
    say "schema kept: $PG_SCHEMA"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_run() {
  PGPASSWORD=$PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -d "$PG_DB" "$@"
}

drivers() {
  local name group version jar classpath=
  for name in h2 postgresql; do
    version=$(sed -n "s:.*<$name.version>\(.*\)</$name.version>.*:\1:p" "$ROOT/pom.xml")
    [ -n "$version" ] || die "no <$name.version> in pom.xml"
    case $name in
      h2) group=com.h2database ;;
      postgresql) group=org.postgresql ;;
    esac
    jar="$OUT/lib/$name-$version.jar"
    if [ ! -f "$jar" ]; then
      (cd "$ROOT" && ./mvnw -q -B -N dependency:copy -Dartifact="$group:$name:$version" \
        -DoutputDirectory="$OUT/lib") >&2 || die "could not fetch $group:$name:$version"
    fi
    classpath="$classpath${classpath:+:}$jar"
  done
  echo "$classpath"
}

free_port() {
  local p
  for p in $(seq 18480 18580); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  die "no free port between 18480 and 18580"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Starts the application in a process group of its own; sets PORT, APP_PID, STARTUP_MS. With a
# second argument, that WAR in Payara Micro as the launcher runs it (BENCH_BEFORE_WAR).
start_app() {
  local log=$1 war=${2:-} started i code runtime
  PORT=$(free_port)
  mkdir -p "$RUN/tmp"
  started=$(now_ms)
  if [ -z "$war" ]; then
    TMPDIR="$RUN/tmp" setsid "$ROOT/evidentia" run --port "$PORT" >"$log" 2>&1 &
  else
    runtime=$(mktemp -d "$RUN/tmp/runtime.XXXXXX")
    mkdir -p "$runtime/docroot"
    local opts=${EVIDENTIA_JAVA_OPTS:-"-Xmx1g -XX:+UseSerialGC"}
    # shellcheck disable=SC2086 # a list of options, as in the launcher
    setsid java $opts \
      -jar "$ROOT/webapp/target/payara-micro.jar" --deploy "$war" --port "$PORT" \
      --rootdir "$runtime" --nohazelcast --disablephonehome \
      --prebootcommandfile "$ROOT/webapp/src/main/payara/pre-boot-commands.txt" >"$log" 2>&1 &
  fi
  APP_PID=$!
  for i in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)
    if [ "$code" = 200 ]; then
      STARTUP_MS=$(($(now_ms) - started))
      say "ready on port $PORT after $STARTUP_MS ms"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see $log"
    sleep 0.1
  done
  die "the application was not ready after 300 s; see $log"
}


# The JVM of the application: the java process in its process group.
java_pid() { ps -o pid=,comm= -g "$APP_PID" | awk '$2 == "java" { print $1; exit }'; }

# "RSS MiB, heap used MiB" of the application's JVM.
memory() {
  local pid rss heap
  pid=$(java_pid)
  rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
  heap=$(jcmd "$pid" GC.heap_info 2>/dev/null | sed -n 's/.* used \([0-9]*\)K.*/\1/p;T;q')
  echo "$rss MiB RSS, $((${heap:-0} / 1024)) MiB heap used"
}


token_for() {
  curl -s -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" "$(api tokens)" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}

request() {
  local url=$1 result
  shift
  result=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$@" "$url") || true
  [ "${result%% *}" = 200 ] || die "HTTP ${result%% *} for $url"
  echo "${result#* }"
}

measure() {
  local name=$1 url=$2 i
  shift 2
  for ((i = 0; i < WARMUP; i++)); do request "$url" "$@" >/dev/null; done
  : >"$RUN/$name"
  for ((i = 0; i < REQUESTS; i++)); do request "$url" "$@" >>"$RUN/$name"; done
}

# n, median and p95 (nearest rank) in ms of a file of seconds.
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 * 1000 }
    END { m = int((NR + 1) / 2); p = int(NR * 0.95); if (p < NR * 0.95) p++
          printf "%d %.1f %.1f\n", NR, v[m], v[p] }'
}

command -v curl >/dev/null || die "curl is required"
command -v psql >/dev/null || die "psql is required"
command -v jcmd >/dev/null || die "jcmd (JDK) is required"
mkdir -p "$RUN"
CLASSPATH=$(drivers)
[ -f "$ROOT/webapp/target/evidentia.war" ] \
  || (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "build failed"

if [ -n "${BENCH_REUSE_SCHEMA:-}" ]; then
  PG_SCHEMA=$BENCH_REUSE_SCHEMA
else
  PG_SCHEMA="bench_audit_$(date +%s)_$$"
  psql_run -c "CREATE SCHEMA $PG_SCHEMA" >/dev/null || die "cannot create schema $PG_SCHEMA"
fi
url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$PG_SCHEMA"
export EVIDENTIA_DB_URL=$url EVIDENTIA_DB_USER=$PG_USER EVIDENTIA_DB_PASSWORD=$PG_PASSWORD
export EVIDENTIA_DEMO=true EVIDENTIA_DATA_DIR="$RUN/data"
FIRST_START=
SEED_INCIDENTS=0
SEED_AUDIT=0
case_id=
if [ -z "${BENCH_REUSE_SCHEMA:-}" ]; then
  say "first start (migrations, demo accounts)"
  start_app "$RUN/app-1.log"
  FIRST_START=$STARTUP_MS
  stop_app
  if [ "$INCIDENTS" -gt 0 ]; then
    s=$SECONDS
    case_id=$(java -cp "$CLASSPATH" "$ROOT/bench/SeedIncidents.java" "$url" "$PG_USER" \
      "$PG_PASSWORD" "$INCIDENTS" | sed -n 's/^case-id=//p')
    SEED_INCIDENTS=$((SECONDS - s))
    say "seeded $INCIDENTS incidents in $SEED_INCIDENTS s"
  fi
  s=$SECONDS
  java -cp "$CLASSPATH" "$ROOT/bench/SeedAudit.java" "$url" "$PG_USER" "$PG_PASSWORD" "$AUDIT" \
    >/dev/null
  SEED_AUDIT=$((SECONDS - s))
  say "seeded $AUDIT audit entries in $SEED_AUDIT s"
else
  case_id=$(psql_run -At -c "SELECT id FROM $PG_SCHEMA.intake_case WHERE title LIKE 'Benchmark:%'" \
    2>/dev/null || true)
fi
entries=$(psql_run -At -c "SELECT count(*) FROM $PG_SCHEMA.audit_entry")
incidents=$(psql_run -At -c "SELECT count(*) FROM $PG_SCHEMA.intake_incident")

say "second start"
start_app "$RUN/app-2.log"
SECOND_START=$STARTUP_MS
MEM_START=$(memory)
ADMIN=$(token_for admin)
[ -n "$ADMIN" ] || die "no API token for admin"
MAIN_PID=$APP_PID # stopped by cleanup too, should starting the other build fail
MAIN_PORT=$PORT
BEFORE_PID=
if [ -n "${BENCH_BEFORE_WAR:-}" ]; then
  say "starting $BENCH_BEFORE_WAR beside it"
  # Named evidentia.war so that it answers under the same context root.
  mkdir -p "$RUN/before"
  cp "$BENCH_BEFORE_WAR" "$RUN/before/evidentia.war"
  start_app "$RUN/app-before.log" "$RUN/before/evidentia.war"
  BEFORE_PID=$APP_PID
  BEFORE_PORT=$PORT
  APP_PID=$MAIN_PID
  PORT=$MAIN_PORT
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

: >"$RUN/verify"
: >"$RUN/verify-before"
: >"$RUN/baseline"
# One untimed verification first: the first request of a fresh JVM compiles the code path.
first=$(curl -s -w ' %{time_total}' -H "Authorization: Bearer $ADMIN" "$(api audit/verification)")
say "first verification: $first"
echo "$first" | grep -q '"valid":true' || die "the chain did not verify: $first"
if [ -n "$BEFORE_PID" ]; then
  PORT=$BEFORE_PORT
  BEFORE_ADMIN=$(token_for admin)
  PORT=$MAIN_PORT
  [ -n "$BEFORE_ADMIN" ] || die "no API token for admin (before)"
  first=$(curl -s -w ' %{time_total}' -H "Authorization: Bearer $BEFORE_ADMIN" \
    "http://127.0.0.1:$BEFORE_PORT/evidentia/api/v1/audit/verification")
  say "first verification (before): $first"
fi
for ((r = 1; r <= ROUNDS; r++)); do
  result=$(curl -s -w ' %{time_total}' -H "Authorization: Bearer $ADMIN" \
    "$(api audit/verification)")
  echo "$result" | grep -q '"valid":true' || die "the chain did not verify: $result"
  echo "${result##* }" >>"$RUN/verify"
  say "round $r: verify ${result##* } s"
  if [ -n "$BEFORE_PID" ]; then
    result=$(curl -s -w ' %{time_total}' -H "Authorization: Bearer $BEFORE_ADMIN" \
      "http://127.0.0.1:$BEFORE_PORT/evidentia/api/v1/audit/verification")
    echo "$result" | grep -q '"valid":true' || die "the chain did not verify (before): $result"
    echo "${result##* }" >>"$RUN/verify-before"
    say "round $r: before ${result##* } s"
  fi
  s=$(now_ms)
  psql_run -c "COPY (SELECT * FROM $PG_SCHEMA.audit_entry ORDER BY sequence_no) TO STDOUT" \
    | sha256sum >/dev/null
  awk -v ms=$(($(now_ms) - s)) 'BEGIN { printf "%.3f\n", ms / 1000 }' >>"$RUN/baseline"
  say "round $r: baseline $(tail -1 "$RUN/baseline") s"
done
MEM_VERIFY=$(memory)
if [ -n "$BEFORE_PID" ]; then
  APP_PID=$BEFORE_PID
  stop_app
  BEFORE_PID=
  APP_PID=$MAIN_PID
fi

lists=
if [ -n "$case_id" ]; then
  CW=$(token_for caseworker)
  auth=(-H "Authorization: Bearer $CW")
  total=$(curl -s "${auth[@]}" "$(api "incidents?caseId=$case_id&size=25")" \
    | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
  last=$(((${total:-1} - 1) / 25))
  say "measuring list and search pages ($total incidents in the case)"
  measure l-baseline "http://127.0.0.1:$PORT/health/ready"
  measure l-filtered "$(api "incidents?caseId=$case_id&status=REPORTED&type=SHELLING&sort=occurredFrom,desc&size=25")" "${auth[@]}"
  measure l-search "$(api "incidents?caseId=$case_id&q=kupiansk&sort=occurredFrom,desc&size=25")" "${auth[@]}"
  measure l-last "$(api "incidents?caseId=$case_id&size=25&page=$last")" "${auth[@]}"
  measure l-audit "$(api "audit?size=25")" -H "Authorization: Bearer $ADMIN"
  lists=yes
fi
MEM_END=$(memory)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
vm=$(median "$RUN/verify")
bm=$(median "$RUN/baseline")
{
  echo "## Run $(basename "$RUN")"
  echo
  echo "$(nproc) cores ($(sed -n 's/^model name[^:]*: //p;T;q' /proc/cpuinfo)), PostgreSQL"
  echo "$(psql_run -At -c 'SHOW server_version')."
  echo "Data: $incidents incidents, $entries audit entries. Seeding: incidents $SEED_INCIDENTS s,"
  echo "audit $SEED_AUDIT s. Load average before / after: $load_before / $load_after."
  echo
  echo "| | median s | all rounds (s) | / baseline |"
  echo "|---|---:|---|---:|"
  echo "| GET /audit/verification | $vm | $(tr '\n' ' ' <"$RUN/verify")| $(awk -v a="$vm" -v b="$bm" 'BEGIN { printf "%.2f", a / b }') |"
  if [ -s "$RUN/verify-before" ]; then
    b4=$(median "$RUN/verify-before")
    echo "| the same, $(basename "$BENCH_BEFORE_WAR") | $b4 | $(tr '\n' ' ' <"$RUN/verify-before")| $(awk -v a="$b4" -v b="$bm" 'BEGIN { printf "%.2f", a / b }') |"
  fi
  echo "| baseline: psql COPY in order \\| sha256sum | $bm | $(tr '\n' ' ' <"$RUN/baseline")| 1 |"
  echo
  echo "Start-up to /health/ready: ${FIRST_START:-?} ms on the empty schema (migrations),"
  echo "$SECOND_START ms with the data."
  echo "Memory after start-up: $MEM_START; after the verifications: $MEM_VERIFY;"
  echo "at the end: $MEM_END."
  if [ -n "$lists" ]; then
    echo
    echo "| request | n | median ms | p95 ms | median / baseline |"
    echo "|---|---:|---:|---:|---:|"
    read -r n bmed bp95 < <(stats "$RUN/l-baseline")
    for name in l-baseline l-filtered l-search l-last l-audit; do
      read -r n med p95 < <(stats "$RUN/$name")
      case $name in
        l-baseline) what="baseline: GET /health/ready" ;;
        l-filtered) what="incidents, filtered + sorted, first page" ;;
        l-search) what="incidents, search q=kupiansk, first page" ;;
        l-last) what="incidents, whole case, last page ($last)" ;;
        l-audit) what="audit log, first page (admin)" ;;
      esac
      echo "| $what | $n | $med | $p95 | $(awk -v a="$med" -v b="$bmed" 'BEGIN { printf "%.1f", a / b }') |"
    done
  fi
} | tee "$RUN/results.md"
cp "$RUN/results.md" "$OUT/audit-results.md"
