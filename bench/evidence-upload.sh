#!/usr/bin/env bash
# Evidence upload benchmark (docs/benchmarks.md, issue 4).
#
#   bench/evidence-upload.sh
#
# Uploads a 1 GiB random file through the API on loopback and compares it, in the same run and
# alternating, with the floors:
#   (a) upload  curl -F file=@big -F kind=OTHER -F collectedBy=caseworker with a bearer token to
#               POST /evidentia/api/v1/incidents/{id}/evidence (expects 201, checks the SHA-256)
#   (b) sink    the same curl command to POST /sink/discard: a servlet that reads the body and
#               throws it away (bench/sink/SinkServlet.java), compiled by this script against the
#               Jakarta Servlet API and deployed as sink.war in the same Payara Micro JVM as
#               evidentia.war. It exists only here, never in the product WAR.
#   (c) sha256sum big && cp big copy, timed together; the fsync of the copy (coreutils
#       `sync FILE`) is timed right after and reported as (c) + fsync, since the store forces
#       its file to disk before it answers.
#   (b) + (c)   the times of (b) and (c) of the same round added: receiving, then hashing and
#               writing, one after the other, as a single thread doing both would.
# Each round stamps the first 64 bytes of the file with the round number and a timestamp
# (dd conv=notrunc, not timed), so every upload stores new bytes (no duplicate, which would skip
# the final store write) and all three measurements of a round read the same bytes, from the page
# cache. `sync` (not timed) runs before every measurement so that no write-back of the previous
# one overlaps it. The order rotates from round to round. After each round the copy and the
# round's stored original are deleted (not timed): on the virtual machine this was written on,
# filling page cache on memory not used recently cost 2-3 s per GiB against 0.2 s on memory just
# freed (dd of 1 GiB files, kept or deleted), so keeping every stored file made the later rounds'
# writes, of the upload and of cp alike, several times slower.
#
# The JVM runs with -Xmx512m; jstat -gc samples its heap every BENCH_HEAP_INTERVAL ms during the
# whole run, and the peaks are reported per measurement kind. At the end a 2 GiB random file is
# uploaded (same JVM, -Xmx512m): it must answer 201 with the SHA-256 of sha256sum.
#
# Payara Micro is started directly (not through ./evidentia, which deploys one WAR) with the
# launcher's options: --deploy evidentia.war --deploy sink.war --port P --rootdir <fresh dir>
# --nohazelcast --disablephonehome, EVIDENTIA_DATA_DIR set, -XX:+UseSerialGC as the launcher.
#
# Needs: JDK 17 (java, javac, jar, jstat), curl, coreutils, setsid, a built application
# (./mvnw -q -B -DskipTests package), and about 8 GiB free under bench/target.
#
# Settings (environment), defaults in brackets:
#   BENCH_ROUNDS [5]             timed rounds (each: one upload, one sink, one sha256sum + cp)
#   BENCH_WARMUP_ROUNDS [1]      untimed rounds first
#   BENCH_SIZE_MIB [1024]        the file of the rounds
#   BENCH_HEAP_CHECK_MIB [2048]  the file of the heap check; 0 skips it
#   BENCH_JAVA_OPTS ["-Xmx512m -XX:+UseSerialGC"]
#   BENCH_HEAP_INTERVAL [250]    jstat interval in ms
#   BENCH_LOCK [/tmp/bench.lock] waited for, then held while this script runs (empty: no lock)
#   BENCH_SERVLET_JAR            the Jakarta Servlet 6.0 API jar [from ~/.m2, else fetched]
#   BENCH_WAR                    the application to measure [webapp/target/evidentia.war], e.g.
#                                a copy of an earlier build to compare two builds on one day
#   BENCH_KEEP_FILES [no]        yes keeps the random files and the evidence store
# Output: bench/target/upload-results.md; raw timings, jstat samples, answers and the
# application log under bench/target/upload-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
OUT="$ROOT/bench/target"
ROUNDS=${BENCH_ROUNDS:-5}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-1}
SIZE_MIB=${BENCH_SIZE_MIB:-1024}
HEAP_CHECK_MIB=${BENCH_HEAP_CHECK_MIB:-2048}
JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx512m -XX:+UseSerialGC"}
HEAP_INTERVAL=${BENCH_HEAP_INTERVAL:-250}
LOCK=${BENCH_LOCK-/tmp/bench.lock}
KEEP_FILES=${BENCH_KEEP_FILES:-no}
SERVLET_VERSION=6.0.0

USERNAME=caseworker
PASSWORD=evidentia-demo
WAR=${BENCH_WAR:-"$ROOT/webapp/target/evidentia.war"}
MICRO="$ROOT/webapp/target/payara-micro.jar"

RUN="$OUT/upload-$(date -u +%Y%m%dT%H%M%SZ)"
BIG="$OUT/upload-big.bin"
HUGE="$OUT/upload-huge.bin"
COPY="$OUT/upload-copy.bin"
APP_PID=
JSTAT_PID=
LOCKED=


cleanup() {
  stop_sampling
  stop_app
  rm -rf "$RUN/runtime" "$RUN/war" "$RUN/sink-war"
  if [ "$KEEP_FILES" != yes ]; then
    rm -f "$BIG" "$HUGE" "$COPY"
    rm -rf "$RUN/data"
  fi
  release_lock
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits while someone else holds the lock, then takes it (noclobber makes taking it atomic).
acquire_lock() {
  [ -n "$LOCK" ] || return 0
  local waited=0
  while ! (set -C && echo "$$ bench/evidence-upload.sh $(date -u +%FT%TZ)" >"$LOCK") 2>/dev/null
  do
    if [ $((waited % 60)) = 0 ]; then
      say "waiting for $LOCK ($(cat "$LOCK" 2>/dev/null || true))"
    fi
    sleep 5
    waited=$((waited + 5))
  done
  LOCKED=yes
}

release_lock() {
  [ "$LOCKED" = yes ] || return 0
  rm -f "$LOCK"
  LOCKED=
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

# The Jakarta Servlet API jar to compile the sink against.
servlet_jar() {
  local jar=${BENCH_SERVLET_JAR:-}
  if [ -z "$jar" ]; then
    jar="$HOME/.m2/repository/jakarta/servlet/jakarta.servlet-api/$SERVLET_VERSION/jakarta.servlet-api-$SERVLET_VERSION.jar"
  fi
  if [ ! -f "$jar" ]; then
    jar="$OUT/lib/jakarta.servlet-api-$SERVLET_VERSION.jar"
    if [ ! -f "$jar" ]; then
      say "fetching jakarta.servlet:jakarta.servlet-api:$SERVLET_VERSION"
      (cd "$ROOT" && ./mvnw -q -B -N dependency:copy \
        -Dartifact="jakarta.servlet:jakarta.servlet-api:$SERVLET_VERSION" \
        -DoutputDirectory="$OUT/lib") >&2 || die "could not fetch the Servlet API"
    fi
  fi
  echo "$jar"
}

# bench/sink/SinkServlet.java compiled and packed as $RUN/sink.war (context root /sink).
build_sink() {
  local dir="$RUN/sink-war"
  mkdir -p "$dir/WEB-INF/classes"
  javac --release 17 -nowarn -cp "$(servlet_jar)" -d "$dir/WEB-INF/classes" \
    "$ROOT/bench/sink/SinkServlet.java"
  jar --create --file "$RUN/sink.war" -C "$dir" .
}

# Payara Micro with both WARs, in a process group of its own; waits for both to answer.
start_app() {
  local log="$RUN/app.log" runtime="$RUN/runtime" i code sink
  PORT=$(free_port)
  mkdir -p "$runtime/docroot" "$RUN/data" "$RUN/war"
  # The context root comes from the file name: the application is deployed as evidentia.war.
  cp "$WAR" "$RUN/war/evidentia.war"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  EVIDENTIA_DATA_DIR="$RUN/data" setsid java $JAVA_OPTS -jar "$MICRO" \
    --deploy "$RUN/war/evidentia.war" --deploy "$RUN/sink.war" --port "$PORT" --rootdir "$runtime" \
    --nohazelcast --disablephonehome >"$log" 2>&1 &
  APP_PID=$!
  for i in $(seq 1 240); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready" || true)
    sink=$(curl -s "http://127.0.0.1:$PORT/sink/discard" || true)
    if [ "$code" = 200 ] && [ "$sink" = sink ]; then
      say "ready on port $PORT after $i s (pid $APP_PID)"
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see $log"
    sleep 1
  done
  die "the application was not ready after 240 s; see $log"
}


# jstat -gc of the application, one line per interval, for the whole run. Measurements note the
# line numbers they start and end at (heap_mark), so peaks can be taken per measurement.
start_sampling() {
  jstat -gc "$APP_PID" "$HEAP_INTERVAL" >"$RUN/jstat.txt" 2>"$RUN/jstat.err" &
  JSTAT_PID=$!
  local i
  for i in $(seq 1 40); do
    [ "$(wc -l <"$RUN/jstat.txt")" -ge 2 ] && return
    sleep 0.25
  done
  die "jstat gave no samples; see $RUN/jstat.err"
}

stop_sampling() {
  [ -n "$JSTAT_PID" ] || return 0
  kill "$JSTAT_PID" 2>/dev/null || true
  wait "$JSTAT_PID" 2>/dev/null || true
  JSTAT_PID=
}

heap_line() { wc -l <"$RUN/jstat.txt"; }

# heap_mark KIND FROM: the jstat lines FROM..now belong to a measurement of KIND. One sample
# before and one after are included, so a short measurement still has samples.
heap_mark() {
  sleep "$(awk -v ms="$HEAP_INTERVAL" 'BEGIN { print 1.5 * ms / 1000 }')"
  echo "$1 $(($2 > 2 ? $2 : 2)) $(heap_line)" >>"$RUN/heap-marks.txt"
}

# Peak heap of one kind: used (S0U+S1U+EU+OU) in MiB, old generation used in MiB, committed
# (S0C+S1C+EC+OC) in MiB, and the collections (young + full) during those measurements.
heap_peak() {
  awk -v kind="$1" '
    FNR == NR { if ($1 == kind) { from[++n] = $2; to[n] = $3 } next }
    FNR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    {
      for (k = 1; k <= n; k++) {
        if (FNR < from[k] || FNR > to[k]) continue
        used = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]
        committed = $c["S0C"] + $c["S1C"] + $c["EC"] + $c["OC"]
        if (used > u) u = used
        if ($c["OU"] > o) o = $c["OU"]
        if (committed > m) m = committed
        gcs = $c["YGC"] + $c["FGC"]
        if (!(k in first)) first[k] = gcs
        last[k] = gcs
      }
    }
    END {
      for (k = 1; k <= n; k++) g += last[k] - first[k]
      printf "%.0f %.0f %.0f %d\n", u / 1024, o / 1024, m / 1024, g
    }' "$RUN/heap-marks.txt" "$RUN/jstat.txt"
}


# POSTs JSON with the token and prints the id at the end of the Location header (expects 201).
create() {
  local path=$1 json=$2 headers
  headers=$(curl -s -o "$RUN/create.json" -D - -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$json" "$(api "$path")")
  echo "$headers" | grep -q '^HTTP/[0-9.]* 201' \
    || die "POST $path did not answer 201: $(head -c 300 "$RUN/create.json")"
  echo "$headers" | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/||p'
}

stamp() {
  printf '%-64.64s' "evidentia upload benchmark, $1, $(date +%s%N) $RANDOM$RANDOM" \
    | dd of="$BIG" bs=64 count=1 conv=notrunc status=none
}

multipart() {
  local file=$1 name=$2
  printf '%s\n' -F "file=@$file;filename=$name;type=application/octet-stream" \
    -F kind=OTHER -F "collectedBy=$USERNAME" -F "description=upload benchmark $name"
}

# upload FILE NAME ANSWER: prints seconds; the answer must be 201, new bytes, the expected hash.
upload() {
  local file=$1 name=$2 answer=$3 result
  local -a form
  mapfile -t form < <(multipart "$file" "$name")
  result=$(curl -s -o "$answer" -w '%{http_code} %{time_total} %{size_upload}' \
    -H "Authorization: Bearer $TOKEN" "${form[@]}" "$(api "incidents/$INCIDENT/evidence")") \
    || true
  [ "${result%% *}" = 201 ] || die "upload $name answered ${result%% *}: $(head -c 300 "$answer")"
  grep -q '"duplicateOf":null' "$answer" || die "upload $name was stored as a duplicate"
  echo "$result" | cut -d' ' -f2
}

sink() {
  local file=$1 name=$2 answer=$3 result sent
  local -a form
  mapfile -t form < <(multipart "$file" "$name")
  result=$(curl -s -o "$answer" -w '%{http_code} %{time_total} %{size_upload}' "${form[@]}" \
    "http://127.0.0.1:$PORT/sink/discard") || true
  [ "${result%% *}" = 200 ] || die "sink $name answered ${result%% *}"
  sent=$(echo "$result" | cut -d' ' -f3)
  [ "$(cat "$answer")" = "${sent%.*}" ] || die "the sink read $(cat "$answer") of $sent bytes"
  echo "$result" | cut -d' ' -f2
}

# floor FILE: "seconds-of-sha256sum+cp seconds-of-fsync seconds-of-sha256sum-alone sha256"
floor() {
  local file=$1 t0 t1 t2 t3 sum
  rm -f "$COPY"
  t0=$(date +%s%N)
  sum=$(sha256sum "$file" | cut -d' ' -f1)
  t1=$(date +%s%N)
  cp "$file" "$COPY"
  t2=$(date +%s%N)
  sync "$COPY"
  t3=$(date +%s%N)
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v s="$sum" \
    'BEGIN { printf "%.6f %.6f %.6f %s\n", (c - a) / 1e9, (d - c) / 1e9, (b - a) / 1e9, s }'
}

# One round: the three measurements in the order given, each after a sync.
round() {
  local label=$1 order=$2 kind from seconds sum= answer floor_result
  stamp "$label"
  # The expected hash of this round's bytes (not timed).
  sum=$(sha256sum "$BIG" | cut -d' ' -f1)
  for kind in $order; do
    sync
    from=$(heap_line)
    answer="$RUN/answers/$label-$kind.txt"
    case $kind in
      upload)
        seconds=$(upload "$BIG" "$label.bin" "$answer")
        grep -q "\"sha256\":\"$sum\"" "$answer" || die "upload $label: SHA-256 differs"
        [ -f "$RUN/data/evidence/originals/${sum:0:2}/${sum:2:2}/$sum" ] \
          || die "upload $label: no stored original under data/evidence/originals"
        ;;
      sink) seconds=$(sink "$BIG" "$label.bin" "$answer") ;;
      floor)
        floor_result=$(floor "$BIG")
        [ "${floor_result##* }" = "$sum" ] || die "sha256sum changed during round $label"
        seconds=${floor_result%% *}
        ;;
    esac
    heap_mark "$kind" "$from"
    if [ "$label" != "${label#round}" ]; then
      echo "$seconds" >>"$RUN/times/$kind"
      if [ "$kind" = floor ]; then
        echo "$floor_result" | awk '{ printf "%.6f\n", $1 + $2 }' >>"$RUN/times/floor-fsync"
        echo "$floor_result" | awk '{ printf "%.6f\n", $3 }' >>"$RUN/times/sha256sum"
        echo "$floor_result" | awk '{ printf "%.6f\n", $1 - $3 }' >>"$RUN/times/cp"
      fi
    fi
    say "  $label $kind: $seconds s"
  done
  # The copy and the stored original go, so every round writes into page cache freed just before
  # (see the header).
  rm -f "$COPY" "$RUN/data/evidence/originals/${sum:0:2}/${sum:2:2}/$sum"
}

# Median (lower middle), minimum and maximum of a timings file, as throughput in MiB/s.
throughput() {
  sort -g "$1" | awk -v mib="$2" '{ t[NR] = $1 }
    END {
      m = int((NR + 1) / 2)
      printf "%d %.3f %.0f %.0f %.0f\n", NR, t[m], mib / t[m], mib / t[NR], mib / t[1]
    }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

command -v curl >/dev/null || die "curl is required"
command -v setsid >/dev/null || die "setsid (util-linux) is required"
for tool in java javac jar jstat; do
  command -v "$tool" >/dev/null || die "$tool (JDK 17) is required"
done
[ -f "$WAR" ] && [ -f "$MICRO" ] \
  || die "build first: ./mvnw -q -B -DskipTests package (needs $WAR and $MICRO)"
if [ -z "${BENCH_WAR:-}" ] \
  && [ -n "$(find "$ROOT/modules" "$ROOT/webapp/src" -newer "$WAR" -type f -print -quit)" ]; then
  say "warning: sources are newer than $WAR; the run measures the WAR as built"
fi

mkdir -p "$RUN/times" "$RUN/answers"
# The file, its copy and one stored original at a time; then the large file and its original.
needed_mib=$((SIZE_MIB * 3 + HEAP_CHECK_MIB * 2 + 1024))
avail_mib=$(($(df -Pk "$OUT" | awk 'NR == 2 { print $4 }') / 1024))
df -h "$OUT" >&2
[ "$avail_mib" -ge "$needed_mib" ] \
  || die "$needed_mib MiB needed under $OUT, $avail_mib MiB free"

acquire_lock
say "building the sink"
build_sink
say "generating a $SIZE_MIB MiB random file"
head -c "$((SIZE_MIB * 1024 * 1024))" /dev/urandom >"$BIG"
BYTES=$(stat -c %s "$BIG")

start_app
RSS_BEFORE=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
TOKEN=$(curl -s -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USERNAME\",\"password\":\"$PASSWORD\"}" "$(api tokens)" \
  | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "no API token for $USERNAME"
CASE=$(create cases '{"title":"Upload benchmark","summary":"bench/evidence-upload.sh"}')
INCIDENT=$(create "cases/$CASE/incidents" \
  '{"title":"Upload benchmark","occurred":{"from":"2024-07-08T07:45:00Z","precision":"EXACT"},"location":{"placeName":"Ohmatdyt","country":"Ukraine","locality":"Kyiv","latitude":50.4647,"longitude":30.4796,"precision":"EXACT"},"incidentType":"ATTACK_ON_MEDICAL_FACILITY","weapon":"CRUISE_MISSILE","target":"HOSPITAL"}')
say "case $CASE, incident $INCIDENT"

start_sampling
sleep 2
heap_mark idle 2

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED=$SECONDS
orders=("upload sink floor" "sink floor upload" "floor upload sink")
for ((r = 1; r <= WARMUP_ROUNDS; r++)); do
  say "warm-up round $r"
  round "warmup$r" "${orders[0]}"
done
for ((r = 1; r <= ROUNDS; r++)); do
  say "round $r"
  round "round$r" "${orders[$(((r - 1) % 3))]}"
done
MEASURED=$((SECONDS - STARTED))
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$BIG"

HUGE_LINE="heap check skipped (BENCH_HEAP_CHECK_MIB=0)"
if [ "$HEAP_CHECK_MIB" -gt 0 ]; then
  say "heap check: generating a $HEAP_CHECK_MIB MiB random file"
  head -c "$((HEAP_CHECK_MIB * 1024 * 1024))" /dev/urandom >"$HUGE"
  HUGE_SUM=$(sha256sum "$HUGE" | cut -d' ' -f1)
  sync
  from=$(heap_line)
  huge_seconds=$(upload "$HUGE" heap-check.bin "$RUN/answers/heap-check.txt")
  heap_mark huge "$from"
  grep -q "\"sha256\":\"$HUGE_SUM\"" "$RUN/answers/heap-check.txt" \
    || die "the $HEAP_CHECK_MIB MiB upload: SHA-256 differs from sha256sum's"
  huge_size=$(sed -n 's/.*"size":\([0-9]*\).*/\1/p' "$RUN/answers/heap-check.txt")
  [ "$huge_size" = "$(stat -c %s "$HUGE")" ] || die "the $HEAP_CHECK_MIB MiB upload: size $huge_size"
  HUGE_LINE="201 after $huge_seconds s ($(awk -v s="$huge_seconds" -v m="$HEAP_CHECK_MIB" \
    'BEGIN { printf "%.0f", m / s }') MiB/s), SHA-256 equal to sha256sum's ($HUGE_SUM)"
  say "heap check: $HUGE_LINE"
  rm -f "$HUGE"
fi
sleep 1
stop_sampling
RSS_AFTER=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$APP_PID/status")
LEFT_OVER=$(find "$RUN/data/evidence/incoming" -type f 2>/dev/null | wc -l)
STORED=$(find "$RUN/data/evidence/originals" -type f 2>/dev/null | wc -l)
stop_app

MIB=$(awk -v b="$BYTES" 'BEGIN { print b / 1048576 }')
read -r n_up t_up mib_up min_up max_up < <(throughput "$RUN/times/upload" "$MIB")
read -r n_sink t_sink mib_sink min_sink max_sink < <(throughput "$RUN/times/sink" "$MIB")
read -r n_floor t_floor mib_floor min_floor max_floor < <(throughput "$RUN/times/floor" "$MIB")
read -r n_fs t_fs mib_fs min_fs max_fs < <(throughput "$RUN/times/floor-fsync" "$MIB")
read -r _ t_sha mib_sha _ _ < <(throughput "$RUN/times/sha256sum" "$MIB")
read -r _ t_cp mib_cp _ _ < <(throughput "$RUN/times/cp" "$MIB")
# (b) then (c) in the same round, one after the other: receiving, then hashing and writing.
paste "$RUN/times/sink" "$RUN/times/floor" | awk '{ printf "%.6f\n", $1 + $2 }' \
  >"$RUN/times/sink-then-floor"
read -r n_bc t_bc mib_bc min_bc max_bc < <(throughput "$RUN/times/sink-then-floor" "$MIB")
r_sink=$(ratio "$mib_up" "$mib_sink")
r_floor=$(ratio "$mib_up" "$mib_floor")
r_fs=$(ratio "$mib_up" "$mib_fs")
r_bc=$(ratio "$mib_up" "$mib_bc")
goal() { awk -v r="$1" 'BEGIN { print (r >= 0.7 ? "met" : "not met") }'; }

{
  echo "## Evidence upload run $(basename "$RUN")"
  echo
  echo "- Machine: $(nproc) cores ($(sed -n 's/^model name[^:]*: //p;T;q' /proc/cpuinfo)),"
  echo "  $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) memory,"
  echo "  $(df -PT "$OUT" | awk 'NR == 2 { print $2 }') on $(df -P "$OUT" | awk 'NR == 2 { print $1 }'),"
  echo "  kernel $(uname -r), $(java -version 2>&1 | head -1), $(curl --version | head -1 | cut -d' ' -f1-2)."
  if [ -n "${BENCH_WAR:-}" ]; then
    echo "- Application: $WAR ($(date -u -r "$WAR" +%FT%TZ)), script at commit $(git -C "$ROOT" rev-parse --short HEAD);"
  else
    echo "- Commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- modules webapp || echo ' (with uncommitted changes)');"
  fi
  echo "  JVM options: $JAVA_OPTS."
  echo "- File: $BYTES bytes of random data; $WARMUP_ROUNDS warm-up round(s), then $ROUNDS rounds;"
  echo "  each upload new bytes (first 64 bytes stamped per round). Measuring took $MEASURED s;"
  echo "  load average before / after: $LOAD_BEFORE / $LOAD_AFTER."
  echo
  echo "| path | n | median s | median MiB/s | slowest | fastest | upload / this |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  echo "| (a) upload: POST /incidents/{id}/evidence | $n_up | $t_up | $mib_up | $min_up | $max_up | 1.00 |"
  echo "| (b) sink: same curl, body discarded | $n_sink | $t_sink | $mib_sink | $min_sink | $max_sink | $r_sink |"
  echo "| (c) sha256sum + cp | $n_floor | $t_floor | $mib_floor | $min_floor | $max_floor | $r_floor |"
  echo "| (c) + fsync of the copy | $n_fs | $t_fs | $mib_fs | $min_fs | $max_fs | $r_fs |"
  echo "| (b) + (c) of the same round, added | $n_bc | $t_bc | $mib_bc | $min_bc | $max_bc | $r_bc |"
  echo
  echo "Within (c), medians: sha256sum $t_sha s ($mib_sha MiB/s), cp $t_cp s ($mib_cp MiB/s)."
  echo
  echo "Goal (upload at least 0.7x the floor): against the sink $(goal "$r_sink") ($r_sink),"
  echo "against sha256sum + cp $(goal "$r_floor") ($r_floor), against sha256sum + cp + fsync"
  echo "$(goal "$r_fs") ($r_fs), against sink + sha256sum + cp added $(goal "$r_bc") ($r_bc)."
  echo
  echo "Heap (jstat -gc every $HEAP_INTERVAL ms; used = survivors + eden + old):"
  echo
  echo "| while | peak used MiB | peak old gen MiB | peak committed MiB | collections |"
  echo "|---|---:|---:|---:|---:|"
  for kind in idle upload sink floor huge; do
    grep -q "^$kind " "$RUN/heap-marks.txt" || continue
    case $kind in
      idle) what="idle, after start-up" ;;
      upload) what="$SIZE_MIB MiB uploads (all rounds)" ;;
      sink) what="$SIZE_MIB MiB to the sink" ;;
      floor) what="sha256sum + cp (server idle)" ;;
      huge) what="the $HEAP_CHECK_MIB MiB upload" ;;
    esac
    echo "| $what | $(heap_peak "$kind" | awk '{ printf "%s | %s | %s | %s", $1, $2, $3, $4 }') |"
  done
  echo
  echo "- Heap check: $HUGE_LINE."
  echo "- Resident memory high-water mark of the JVM: $RSS_BEFORE MiB after start-up,"
  echo "  $RSS_AFTER MiB at the end. Stored originals left at the end (each round's is deleted"
  echo "  after the round): $STORED; files left in incoming/: $LEFT_OVER."
} | tee "$RUN/results.md"
cp "$RUN/results.md" "$OUT/upload-results.md"
say "results in $OUT/upload-results.md (raw timings in $RUN)"
