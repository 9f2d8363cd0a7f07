#!/usr/bin/env bash
# Incidents list benchmark (docs/benchmarks.md).
#
#   bench/incident-list.sh
#
# For H2 and then PostgreSQL: starts Evidentia on a free port (it migrates the schema), stops it,
# seeds 100,000 incidents with a source and a casualty claim each (bench/SeedIncidents.java),
# starts it again, and times the incidents list API and the case page with curl
# (%{time_total}, one request at a time). Prints median and p95 in milliseconds.
#
# Every measurement is bounded: at most BENCH_WARMUP untimed requests (and no more than
# BENCH_WARMUP_SECONDS of them), then at most BENCH_REQUESTS timed requests, stopping early once
# BENCH_SECONDS have passed and at least BENCH_MIN_REQUESTS were timed.
#
# Settings (environment), defaults in brackets:
#   BENCH_DATABASES       databases in order [h2 postgresql]:
#                         h2          the application's H2 file database, with QUERY_CACHE_SIZE=0
#                                     added to its URL: otherwise H2 answers a repeated identical
#                                     query from its previous result, and timing one request 200
#                                     times would time that shortcut. (OPTIMIZE_REUSE_RESULTS=FALSE,
#                                     used before, also stops H2 from keeping a subquery's result
#                                     while the query runs, so IN (SELECT ...) runs once per row.)
#                         postgresql  a fresh schema in the PostgreSQL below
#                         h2-reuse    H2 with the URL exactly as the application builds it
#                         h2-maxrows  h2 plus MAX_MEMORY_ROWS=200000 (a configuration experiment)
#   BENCH_REQUESTS [200]  BENCH_SECONDS [20]  BENCH_MIN_REQUESTS [5]
#   BENCH_WARMUP [50]     BENCH_WARMUP_SECONDS [10]
#   BENCH_INCIDENTS       incidents in the benchmark case [100000]
#   BENCH_PG_HOST [127.0.0.1], BENCH_PG_PORT [5432], BENCH_PG_DB [test], BENCH_PG_USER [postgres],
#   BENCH_PG_PASSWORD [empty]: the PostgreSQL to use; the script creates a schema
#                         bench_<time>_<pid> there and drops it when done.
# Output: the tables on standard output and in bench/target/results.md; raw timings (seconds,
# one request a line) and application logs under bench/target/run-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
OUT="$ROOT/bench/target"
DATABASES=${BENCH_DATABASES:-"h2 postgresql"}
REQUESTS=${BENCH_REQUESTS:-200}
SECONDS_PER_ROW=${BENCH_SECONDS:-20}
MIN_REQUESTS=${BENCH_MIN_REQUESTS:-5}
WARMUP=${BENCH_WARMUP:-50}
WARMUP_SECONDS=${BENCH_WARMUP_SECONDS:-10}
INCIDENTS=${BENCH_INCIDENTS:-100000}
PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
PG_PORT=${BENCH_PG_PORT:-5432}
PG_DB=${BENCH_PG_DB:-test}
PG_USER=${BENCH_PG_USER:-postgres}
PG_PASSWORD=${BENCH_PG_PASSWORD:-}

PAGE_SIZE=25
STATUS=REPORTED
TYPE=SHELLING
SEARCH=kupiansk
SORT=occurredFrom,desc
USERNAME=caseworker
PASSWORD=evidentia-demo
CASE_TITLE="Benchmark: incidents 2022-2025"
OTHER_INCIDENTS=20000 # the seeder's four other cases, 5,000 incidents each

RUN="$OUT/run-$(date -u +%Y%m%dT%H%M%SZ)"
APP_PID=
PG_SCHEMA=


cleanup() {
  stop_app
  drop_schema
}
trap cleanup EXIT
trap 'exit 130' INT TERM

psql_run() {
  PGPASSWORD=$PG_PASSWORD psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" \
    -U "$PG_USER" -d "$PG_DB" "$@"
}

drop_schema() {
  [ -n "$PG_SCHEMA" ] || return 0
  psql_run -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE" >/dev/null 2>&1 \
    || say "could not drop schema $PG_SCHEMA; drop it by hand"
  PG_SCHEMA=
}

# The JDBC drivers for the seeder, in the versions the application uses (from pom.xml), fetched
# into bench/target/lib by Maven when missing.
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
      say "fetching $group:$name:$version"
      (cd "$ROOT" && ./mvnw -q -B -N dependency:copy -Dartifact="$group:$name:$version" \
        -DoutputDirectory="$OUT/lib") >&2 || die "could not fetch $group:$name:$version"
    fi
    classpath="$classpath${classpath:+:}$jar"
  done
  echo "$classpath"
}

free_port() {
  local p
  for p in $(seq 18380 18480); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  die "no free port between 18380 and 18480"
}

# Starts the application in a process group of its own (so stopping it stops the launcher and
# Java together) and waits up to four minutes for /health/ready.
start_app() {
  local log=$1 i code
  PORT=$(free_port)
  mkdir -p "$RUN/tmp"
  TMPDIR="$RUN/tmp" setsid "$ROOT/evidentia" run --port "$PORT" >"$log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 240); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)
    if [ "$code" = 200 ]; then
      say "ready on port $PORT after $i s"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see $log"
    sleep 1
  done
  die "the application was not ready after 240 s; see $log"
}



# The field "total" of a list answer (empty if the request failed).
total_of() {
  curl -s -H "Authorization: Bearer $TOKEN" "$(api "$1")" | sed -n 's/.*"total":\([0-9]*\).*/\1/p'
}

# A browser session of the caseworker: the Faces login form, posted with its view state.
login_session() {
  local jar=$1 base="http://127.0.0.1:$PORT/evidentia" state code
  curl -s -c "$jar" -b "$jar" -o "$RUN/login.html" "$base/login.xhtml"
  state=$(sed -n 's/.*name="jakarta.faces.ViewState"[^>]*value="\([^"]*\)".*/\1/p;T;q' \
    "$RUN/login.html")
  [ -n "$state" ] || die "no view state on the login page"
  code=$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "$base/login.xhtml" \
    --data-urlencode "login=login" --data-urlencode "login:username=$USERNAME" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state")
  [ "$code" = 302 ] || die "form login answered HTTP $code, expected a redirect"
}

# One request; prints its time in seconds, fails on anything but 200.
request() {
  local url=$1 result
  shift
  result=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$@" "$url") || true
  [ "${result%% *}" = 200 ] || die "HTTP ${result%% *} for $url"
  echo "${result#* }"
}

# Warms up, then times one request: measure NAME URL [curl options]; timings go to $TIMES/NAME.
measure() {
  local name=$1 url=$2 i started
  shift 2
  started=$SECONDS
  for ((i = 0; i < WARMUP && SECONDS - started < WARMUP_SECONDS; i++)); do
    request "$url" "$@" >/dev/null
  done
  : >"$TIMES/$name"
  started=$SECONDS
  for ((i = 0; i < REQUESTS; i++)); do
    if [ "$i" -ge "$MIN_REQUESTS" ] && [ $((SECONDS - started)) -ge "$SECONDS_PER_ROW" ]; then
      break
    fi
    request "$url" "$@" >>"$TIMES/$name"
  done
  say "  $name: $i requests in $((SECONDS - started)) s"
}

# Count, median and p95 (nearest rank) in milliseconds of one timings file.
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 * 1000 }
    END {
      m = int((NR + 1) / 2); p = int(NR * 0.95); if (p < NR * 0.95) p++
      printf "%d %.1f %.1f\n", NR, v[m], v[p]
    }'
}

bench_database() {
  local db=$1 url user password label db_started=$SECONDS
  TIMES="$RUN/$db"
  mkdir -p "$TIMES"
  unset EVIDENTIA_DB_URL EVIDENTIA_DB_USER EVIDENTIA_DB_PASSWORD EVIDENTIA_DEMO
  export EVIDENTIA_DATA_DIR="$RUN/$db-data"
  case $db in
    h2 | h2-reuse | h2-maxrows)
      url="jdbc:h2:file:$EVIDENTIA_DATA_DIR/db/evidentia"
      user=evidentia
      password=evidentia
      case $db in
        h2)
          label="H2 (no statement cache, so no result reuse)"
          export EVIDENTIA_DB_URL="$url;QUERY_CACHE_SIZE=0"
          ;;
        h2-reuse) label="H2 (URL as the application builds it, result reuse on)" ;;
        h2-maxrows)
          label="H2 (no statement cache, MAX_MEMORY_ROWS=200000)"
          export EVIDENTIA_DB_URL="$url;QUERY_CACHE_SIZE=0;MAX_MEMORY_ROWS=200000"
          ;;
      esac
      ;;
    postgresql)
      label=PostgreSQL
      PG_SCHEMA="bench_$(date +%s)_$$"
      psql_run -c "CREATE SCHEMA $PG_SCHEMA" >/dev/null || die "cannot create schema $PG_SCHEMA"
      url="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$PG_SCHEMA"
      user=$PG_USER
      password=$PG_PASSWORD
      export EVIDENTIA_DB_URL=$url EVIDENTIA_DB_USER=$user EVIDENTIA_DB_PASSWORD=$password
      export EVIDENTIA_DEMO=true
      ;;
    *) die "unknown database '$db' (h2, postgresql, h2-reuse or h2-maxrows)" ;;
  esac

  # The H2 file cannot be opened while the application runs, so: start (migrate), stop, seed.
  say "$label: first start (migrations, demo accounts)"
  start_app "$RUN/$db-app-1.log"
  stop_app
  say "$label: seeding $INCIDENTS incidents"
  local started=$SECONDS case_id
  case_id=$(java -cp "$CLASSPATH" "$ROOT/bench/SeedIncidents.java" "$url" "$user" "$password" \
    "$INCIDENTS" | sed -n 's/^case-id=//p')
  [ -n "$case_id" ] || die "the seeder gave no case id"
  local seed_seconds=$((SECONDS - started))
  say "$label: seeded in $seed_seconds s; second start"
  start_app "$RUN/$db-app-2.log"

  TOKEN=$(curl -s -H 'Content-Type: application/json' \
    -d "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}" "$(api tokens)" \
    | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
  [ -n "$TOKEN" ] || die "no API token for $USERNAME"
  local auth=(-H "Authorization: Bearer $TOKEN")
  local jar="$RUN/$db-cookies.txt"
  login_session "$jar"

  local filtered="incidents?caseId=$case_id&status=$STATUS&type=$TYPE&sort=$SORT&size=$PAGE_SIZE"
  # The whole case in the default order (occurredFrom descending, then id), as the case page
  # shows it; see the probe below for the same order asked for with sort=.
  local whole="incidents?caseId=$case_id&size=$PAGE_SIZE"
  local search="incidents?caseId=$case_id&q=$SEARCH&sort=$SORT&size=$PAGE_SIZE"
  local page_url="http://127.0.0.1:$PORT/evidentia/intake/case.xhtml?id=$case_id"
  local filtered_total case_total search_total visible_total
  say "$label: checking the lists (the first requests on a cold application may take long)"
  filtered_total=$(total_of "$filtered")
  case_total=$(total_of "$whole")
  search_total=$(total_of "$search")
  visible_total=$(total_of "incidents?size=1")
  [ -n "$filtered_total" ] && [ "$filtered_total" -gt 0 ] || die "the filtered list is empty"
  [ "$case_total" = "$INCIDENTS" ] || die "the case lists '$case_total' incidents, not $INCIDENTS"
  [ -n "$search_total" ] && [ "$search_total" -gt 0 ] || die "the search found nothing"
  local filtered_last=$(((filtered_total - 1) / PAGE_SIZE))
  local case_last=$(((case_total - 1) / PAGE_SIZE))
  local filtered_middle=$((filtered_last / 2)) case_middle=$((case_last / 2))
  local probe
  probe=$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "$(api "$whole&sort=$SORT")")

  local load_before load_after
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  started=$SECONDS
  say "$label: measuring"
  measure baseline "http://127.0.0.1:$PORT/health/ready"
  measure filtered-first "$(api "$filtered&page=0")" "${auth[@]}"
  measure filtered-middle "$(api "$filtered&page=$filtered_middle")" "${auth[@]}"
  measure filtered-last "$(api "$filtered&page=$filtered_last")" "${auth[@]}"
  measure search "$(api "$search&page=0")" "${auth[@]}"
  measure case-first "$(api "$whole&page=0")" "${auth[@]}"
  measure case-middle "$(api "$whole&page=$case_middle")" "${auth[@]}"
  measure case-last "$(api "$whole&page=$case_last")" "${auth[@]}"
  # The first page view checks the page and counts as warm-up.
  local check_started=$SECONDS
  curl -s -b "$jar" -o "$RUN/$db-case-page.html" "$page_url"
  grep -q "$CASE_TITLE" "$RUN/$db-case-page.html" || die "the case page did not show the case"
  WARMUP=$((WARMUP - 1)) WARMUP_SECONDS=$((WARMUP_SECONDS - (SECONDS - check_started))) \
    measure page "$page_url" -b "$jar"
  measure baseline-end "http://127.0.0.1:$PORT/health/ready"
  local measured_seconds=$((SECONDS - started))
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  stop_app
  drop_schema

  local n base_median base_p95
  read -r n base_median base_p95 < <(stats "$TIMES/baseline")
  {
    echo
    echo "### $label"
    echo
    echo "- Data: $INCIDENTS incidents in the benchmark case, $OTHER_INCIDENTS more in four cases"
    echo "  $USERNAME is not on; $visible_total incidents visible to $USERNAME in all."
    echo "- Filter status=$STATUS, type=$TYPE: $filtered_total matches (last page $filtered_last)."
    echo "  Search q=$SEARCH: $search_total matches. Whole case: last page $case_last."
    echo "- Seeding: $seed_seconds s. Measuring: $measured_seconds s. All, with starts and stops:"
    echo "  $((SECONDS - db_started)) s."
    echo "  Load average before / after measuring: $load_before / $load_after."
    echo "- Probe: the whole case with sort=$SORT answered HTTP $probe."
    echo
    echo "| request | n | median ms | p95 ms | median / baseline | p95 < 100 ms |"
    echo "|---|---:|---:|---:|---:|---|"
    local name median p95 what
    for name in baseline filtered-first filtered-middle filtered-last search case-first \
      case-middle case-last page \
      baseline-end; do
      read -r n median p95 < <(stats "$TIMES/$name")
      case $name in
        baseline) what="baseline: GET /health/ready" ;;
        filtered-first) what="API filtered + sorted, first page" ;;
        filtered-middle) what="API filtered + sorted, page $filtered_middle (middle)" ;;
        filtered-last) what="API filtered + sorted, page $filtered_last (last)" ;;
        search) what="API search q=$SEARCH, first page" ;;
        case-first) what="API whole case, first page" ;;
        case-middle) what="API whole case, page $case_middle (middle)" ;;
        case-last) what="API whole case, page $case_last (last)" ;;
        page) what="case page (case.xhtml), first page of 20" ;;
        baseline-end) what="baseline again, after the rest" ;;
      esac
      echo "| $what | $n | $median | $p95 | $(awk -v a="$median" -v b="$base_median" \
        'BEGIN { printf "%.1f", a / b }') | $(awk -v p="$p95" \
        'BEGIN { print (p < 100 ? "yes" : "no") }') |"
    done
  } | tee -a "$RUN/results.md"
}

command -v curl >/dev/null || die "curl is required"
command -v setsid >/dev/null || die "setsid (util-linux) is required"
mkdir -p "$RUN"
CLASSPATH=$(drivers)
{
  echo "## Run $(basename "$RUN")"
  echo
  echo "$(nproc) cores ($(sed -n 's/^model name[^:]*: //p;T;q' /proc/cpuinfo)),"
  echo "$(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory."
  echo "Per request: at most $WARMUP warm-up requests (at most $WARMUP_SECONDS s), then at most"
  echo "$REQUESTS timed ones, stopping after $SECONDS_PER_ROW s once $MIN_REQUESTS were timed."
  echo "Page size $PAGE_SIZE; one request at a time; times from curl's time_total."
} | tee "$RUN/results.md"
for db in $DATABASES; do
  bench_database "$db"
done
cp "$RUN/results.md" "$OUT/results.md"
say "results in $OUT/results.md (raw timings in $RUN)"
