#!/usr/bin/env bash
# Case bundle export benchmark (docs/benchmarks.md, issue 7).
#
#   bench/bundle-export.sh
#
# A case whose incident holds 1 GiB of evidence (photo-like and video-like files: JPEG and MP4
# signatures in front of random, incompressible bytes, as real media are) is exported as a bundle
# through the API, and compared in the same run, alternating, with the floor:
#   (a) export  POST /cases/{id}/bundles {"incidents":"ALL"} as the legal analyst, then GET the
#               status every 100 ms until DONE: from the request to DONE (the bag is then
#               written, closed, hashed and recorded). The bundle's SHA-256 is checked afterwards
#               (not timed) against sha256sum of the file.
#   (b) zip     zip -0 -r -q of a directory holding the same files (stored, no compression).
# `sync` (not timed) runs before each; the ZIP of each is deleted after it (not timed). The order
# alternates from round to round.
# Heap: jstat -gc samples the JVM every BENCH_HEAP_INTERVAL ms; the peak used heap during the
# exports is reported against the peak while idle before them (the JVM has -Xmx512m, half the
# size of the evidence exported, so a bundle held in memory could not fit).
#
# Needs: JDK 17 (java, jstat), curl, zip, coreutils, setsid, a built application
# (./mvnw -q -B -DskipTests package), and about 5 GiB free under bench/target.
# Settings: BENCH_ROUNDS [5], BENCH_SIZE_MIB [1024], BENCH_JAVA_OPTS ["-Xmx512m -XX:+UseSerialGC"],
#   BENCH_HEAP_INTERVAL [200], BENCH_LOCK [/tmp/bench.lock].
# Output: bench/target/bundle-results.md; raw timings and the log under bench/target/bundle-<time>/.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
OUT="$ROOT/bench/target"
ROUNDS=${BENCH_ROUNDS:-5}
SIZE_MIB=${BENCH_SIZE_MIB:-1024}
JAVA_OPTS=${BENCH_JAVA_OPTS:-"-Xmx512m -XX:+UseSerialGC"}
HEAP_INTERVAL=${BENCH_HEAP_INTERVAL:-200}
LOCK=${BENCH_LOCK-/tmp/bench.lock}
PASSWORD=evidentia-demo
WAR="$ROOT/webapp/target/evidentia.war"
MICRO="$ROOT/webapp/target/payara-micro.jar"
RUN="$OUT/bundle-$(date -u +%Y%m%dT%H%M%SZ)"
FILES="$RUN/files"
APP_PID=
JSTAT_PID=
LOCKED=


cleanup() {
  [ -n "$JSTAT_PID" ] && kill "$JSTAT_PID" 2>/dev/null || true
  if [ -n "$APP_PID" ]; then
    kill -TERM -- "-$APP_PID" 2>/dev/null || true
    sleep 3
    kill -KILL -- "-$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$RUN/runtime" "$RUN/data" "$FILES" "$RUN/zip.zip"
  [ "$LOCKED" = yes ] && rm -f "$LOCK"
  return 0
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "$LOCK" ]; then
  while ! (set -C && echo "$$ bench/bundle-export.sh" >"$LOCK") 2>/dev/null; do sleep 5; done
  LOCKED=yes
fi

for tool in java jstat curl zip setsid sha256sum; do
  command -v "$tool" >/dev/null || die "$tool is required"
done
[ -f "$WAR" ] && [ -f "$MICRO" ] || die "build first: ./mvnw -q -B -DskipTests package"
mkdir -p "$RUN/times" "$FILES"

# 1 GiB: 80 % in 4 "videos", 20 % in "photos" of 4 MiB.
say "generating $SIZE_MIB MiB of media-like files"
video_mib=$((SIZE_MIB * 8 / 10 / 4))
photo_count=$(((SIZE_MIB - video_mib * 4) / 4))
for i in 1 2 3 4; do
  { printf '\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom'
    head -c $((video_mib * 1024 * 1024 - 24)) /dev/urandom; } >"$FILES/video-$i.mp4"
done
for i in $(seq 1 "$photo_count"); do
  { printf '\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00'
    head -c $((4 * 1024 * 1024 - 20)) /dev/urandom; } >"$FILES/photo-$i.jpg"
done
BYTES=$(du -sb "$FILES" | cut -f1)

free_port() {
  local p
  for p in $(seq 18480 18580); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  die "no free port"
}
PORT=$(free_port)
mkdir -p "$RUN/runtime/docroot" "$RUN/data"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
EVIDENTIA_DATA_DIR="$RUN/data" setsid java $JAVA_OPTS -jar "$MICRO" --deploy "$WAR" \
  --port "$PORT" --rootdir "$RUN/runtime" --nohazelcast --disablephonehome >"$RUN/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ] && break
  kill -0 "$APP_PID" 2>/dev/null || die "the application stopped; see $RUN/app.log"
  sleep 1
done
token() {
  curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" \
    "$(api tokens)" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p'
}
CASEWORKER=$(token caseworker)
ANALYST=$(token analyst)
[ -n "$CASEWORKER" ] && [ -n "$ANALYST" ] || die "no API tokens"
post() { # TOKEN PATH JSON -> Location id
  curl -s -D - -o "$RUN/post.json" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
    -d "$3" "$(api "$2")" | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/||p'
}
CASE=$(post "$CASEWORKER" cases '{"title":"Bundle benchmark","summary":"bench/bundle-export.sh"}')
[ -n "$CASE" ] || die "could not open a case: $(cat "$RUN/post.json")"
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $CASEWORKER" -H 'Content-Type: application/json' \
  -d '{"mayViewProtectedIdentities":false}' "$(api "cases/$CASE/team/analyst")"
INCIDENT=$(post "$CASEWORKER" "cases/$CASE/incidents" \
  '{"title":"Bundle benchmark","occurred":{"from":"2024-07-08T07:45:00Z","precision":"EXACT"},"location":{"placeName":"Kyiv","country":"Ukraine","locality":"Kyiv","precision":"LOCALITY"},"incidentType":"ATTACK_ON_MEDICAL_FACILITY"}')
[ -n "$INCIDENT" ] || die "could not record an incident: $(cat "$RUN/post.json")"
say "uploading $(ls "$FILES" | wc -l) files to incident $INCIDENT"
for f in "$FILES"/*; do
  code=$(curl -s -o "$RUN/upload.json" -w '%{http_code}' -H "Authorization: Bearer $CASEWORKER" \
    -F "file=@$f" -F kind=OTHER -F collectedBy=caseworker "$(api "incidents/$INCIDENT/evidence")")
  [ "$code" = 201 ] || die "upload of $f answered $code: $(head -c 300 "$RUN/upload.json")"
done

jstat -gc "$APP_PID" "$HEAP_INTERVAL" >"$RUN/jstat.txt" 2>/dev/null &
JSTAT_PID=$!
sleep 3
heap_line() { wc -l <"$RUN/jstat.txt"; }
# Peak used heap (S0U+S1U+EU+OU) in MiB between two jstat lines.
heap_peak() {
  awk -v from="$1" -v to="$2" 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    NR >= from && NR <= to { u = $c["S0U"] + $c["S1U"] + $c["EU"] + $c["OU"]; if (u > m) m = u }
    END { printf "%.0f\n", m / 1024 }' "$RUN/jstat.txt"
}
IDLE_PEAK=$(heap_peak 2 "$(heap_line)")

export_once() { # prints seconds; checks the hash; deletes the ZIP
  local t0 t1 id status sha
  t0=$(date +%s%N)
  id=$(post "$ANALYST" "cases/$CASE/bundles" '{"incidents":"ALL"}')
  [ -n "$id" ] || die "export refused: $(cat "$RUN/post.json")"
  while :; do
    status=$(curl -s -H "Authorization: Bearer $ANALYST" "$(api "bundles/$id")")
    case $status in
      *'"status":"DONE"'*) break ;;
      *'"status":"FAILED"'*) die "export failed: $status" ;;
    esac
    sleep 0.1
  done
  t1=$(date +%s%N)
  sha=$(echo "$status" | sed -n 's/.*"sha256":"\([0-9a-f]*\)".*/\1/p')
  [ "$(sha256sum "$RUN/data/bundles/$id.zip" | cut -d' ' -f1)" = "$sha" ] \
    || die "bundle $id: the recorded SHA-256 is not the file's"
  rm -f "$RUN/data/bundles/$id.zip"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}

zip_once() {
  local t0 t1
  rm -f "$RUN/zip.zip"
  t0=$(date +%s%N)
  (cd "$FILES" && zip -0 -r -q "$RUN/zip.zip" .)
  t1=$(date +%s%N)
  rm -f "$RUN/zip.zip"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", (b - a) / 1e9 }'
}

say "warm-up"
export_once >/dev/null
zip_once >/dev/null
EXPORT_HEAP=0
for r in $(seq 1 "$ROUNDS"); do
  for kind in $( ((r % 2)) && echo "export zip" || echo "zip export"); do
    sync
    from=$(heap_line)
    if [ "$kind" = export ]; then s=$(export_once); else s=$(zip_once); fi
    sleep 0.5
    if [ "$kind" = export ]; then
      p=$(heap_peak "$from" "$(heap_line)")
      [ "$p" -gt "$EXPORT_HEAP" ] && EXPORT_HEAP=$p
    fi
    echo "$s" >>"$RUN/times/$kind"
    say "round $r $kind: $s s"
  done
done

median() { sort -g "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }
E=$(median "$RUN/times/export")
Z=$(median "$RUN/times/zip")
MIB=$((BYTES / 1024 / 1024))
{
  echo "# Bundle export benchmark, $(date -u +%FT%TZ)"
  echo
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), JVM: $JAVA_OPTS; $MIB MiB in $(ls "$FILES" | wc -l) files; $ROUNDS rounds, alternating."
  echo
  echo "| | median s | MiB/s | all runs (s) |"
  echo "|---|---|---|---|"
  echo "| export (POST to DONE) | $E | $(awk -v m="$MIB" -v t="$E" 'BEGIN { printf "%.0f", m / t }') | $(sort -g "$RUN/times/export" | paste -sd' ') |"
  echo "| zip -0 -r | $Z | $(awk -v m="$MIB" -v t="$Z" 'BEGIN { printf "%.0f", m / t }') | $(sort -g "$RUN/times/zip" | paste -sd' ') |"
  echo
  echo "Ratio export / zip -0 -r (medians): $(awk -v a="$E" -v b="$Z" 'BEGIN { printf "%.2f", a / b }')"
  echo
  echo "Peak used heap: idle before the exports $IDLE_PEAK MiB; during the exports $EXPORT_HEAP MiB (max -Xmx from: $JAVA_OPTS)."
} | tee "$OUT/bundle-results.md"
