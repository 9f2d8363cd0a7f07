#!/usr/bin/env bash
# Restore drill: restores a backup made by ops/backup.sh into a fresh temporary directory and a
# fresh database, starts Evidentia on it and proves that the backup is whole:
#   1. the dump's SHA-256 matches the manifest;
#   2. every stored content the database knows is in the restored store, and each plain file
#      hashes to its SHA-256 (sha256sum, no application code; sealed files are left to step 3);
#      for H2, every plain stored file hashes to its name;
#   3. the server's fixity check re-hashes every content (sealed ones too) and none fails;
#   4. GET /api/v1/audit/verification says the audit chain is valid.
# Then everything it made is removed (database, directory, process).
#   ops/restore-drill.sh BACKUP     (also ./evidentia restore-drill BACKUP)
# PostgreSQL: the drill database is created on the server the backup came from (manifest), or on
# EVIDENTIA_DRILL_PG_HOST/_PORT, as EVIDENTIA_DB_USER (password EVIDENTIA_DB_PASSWORD); the user
# needs CREATEDB. Sealed evidence needs EVIDENTIA_EVIDENCE_KEY (and *_OLD_KEYS) as for the server;
# keys kept apart from the backup are taken from EVIDENTIA_DRILL_KEYS_DIR.
# The drill signs in as a throw-away administrator it creates in the drill database.
# Output ends with "RESTORE DRILL: PASS" (exit 0) or "RESTORE DRILL: FAIL" (exit 1); 2 = unusable.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WAR=${EVIDENTIA_WAR:-"$ROOT/webapp/target/evidentia.war"}
MICRO=${EVIDENTIA_PAYARA_MICRO:-"$ROOT/webapp/target/payara-micro.jar"}
BOOT=${EVIDENTIA_PREBOOT_COMMANDS:-"$ROOT/webapp/src/main/payara/pre-boot-commands.txt"}
READY_WITHIN=${EVIDENTIA_DRILL_READY_SECONDS:-300}

die() { echo "restore-drill: $*" >&2; echo "RESTORE DRILL: FAIL (could not run)"; exit 2; }
say() { echo "restore-drill: $*"; }

BACKUP=${1:-}
[ -n "$BACKUP" ] && [ $# -eq 1 ] || die "usage: ./evidentia restore-drill BACKUP"
[ -f "$BACKUP/MANIFEST" ] || die "$BACKUP is not a backup (no MANIFEST)"
BACKUP=$(cd "$BACKUP" && pwd)
for f in "$WAR" "$MICRO" "$BOOT"; do [ -f "$f" ] || die "missing $f (build first: ./evidentia build)"; done
manifest() { sed -n "s/^$1: //p" "$BACKUP/MANIFEST" | head -1; }

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/evidentia-drill.XXXXXX")
DRILL_DB=""
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ -n "$DRILL_DB" ]; then
    psql_admin -q -c "DROP DATABASE IF EXISTS $DRILL_DB" >/dev/null 2>&1 \
      || echo "restore-drill: could not drop database $DRILL_DB: drop it by hand" >&2
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

DATA="$WORK/data"
mkdir -p "$DATA/evidence"
say "restoring $BACKUP into $WORK"
cp -a "$BACKUP/evidence/originals" "$DATA/evidence/originals"
keys=${EVIDENTIA_DRILL_KEYS_DIR:-"$BACKUP/keys"}
[ -d "$keys" ] && cp -a "$keys" "$DATA/keys"

kind=$(manifest database)
export PGPASSWORD=${EVIDENTIA_DB_PASSWORD:-evidentia}
PG_USER=${EVIDENTIA_DB_USER:-evidentia}
declare -A SERVER_ENV=()
case "$kind" in
  postgresql)
    for tool in psql pg_restore; do
      command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install postgresql-client)"
    done
    expected=$(manifest database-dump-sha256)
    actual=$(sha256sum "$BACKUP/database.dump" | cut -d' ' -f1)
    if [ "$expected" != "$actual" ]; then
      fail "database.dump: SHA-256 $actual, the manifest says $expected"
      echo "RESTORE DRILL: FAIL ($failures problems)"
      exit 1
    fi
    url=$(manifest database-url)
    rest=${url#jdbc:postgresql://}
    hostport=${rest%%/*}
    rest=${rest#*/}
    ORIGINAL_DB=${rest%%\?*}
    params=""
    [ "$rest" != "$ORIGINAL_DB" ] && params=${rest#*\?}
    PG_HOST=${EVIDENTIA_DRILL_PG_HOST:-${hostport%%:*}}
    PG_PORT=5432
    [ "$hostport" != "${hostport%%:*}" ] && PG_PORT=${hostport#*:}
    PG_PORT=${EVIDENTIA_DRILL_PG_PORT:-$PG_PORT}
    SCHEMA=$(printf '%s' "$params" | tr '&' '\n' | sed -n 's/^currentSchema=//p' | head -1)
    psql_admin() { psql -X -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$ORIGINAL_DB" "$@"; }
    DRILL_DB="evidentia_drill_$(date -u +%Y%m%d%H%M%S)_$$"
    psql_admin -q -c "CREATE DATABASE $DRILL_DB" || { DRILL_DB=""; die "cannot create a database as $PG_USER on $PG_HOST:$PG_PORT"; }
    say "restoring the dump into database $DRILL_DB"
    pg_restore --no-owner --no-acl --exit-on-error -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" \
      -d "$DRILL_DB" "$BACKUP/database.dump" || die "pg_restore failed"
    psql_drill() { psql -X -v ON_ERROR_STOP=1 -At -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$DRILL_DB" "$@"; }
    table_prefix=${SCHEMA:+$SCHEMA.}
    drill_url="jdbc:postgresql://$PG_HOST:$PG_PORT/$DRILL_DB${SCHEMA:+?currentSchema=$SCHEMA}"
    SERVER_ENV=([EVIDENTIA_DB_URL]="$drill_url" [EVIDENTIA_DB_USER]="$PG_USER" [EVIDENTIA_DB_PASSWORD]="$PGPASSWORD")
    ;;
  h2)
    cp -a "$BACKUP/db" "$DATA/db"
    ;;
  *) die "unknown database kind in the manifest: $kind" ;;
esac

# Every file of the manifest's list is there with its size.
listed=$(manifest evidence-files)
actual_list=$(cd "$DATA/evidence" && find originals -type f -printf '%s %p\n' | LC_ALL=C sort -k2)
if [ "$(printf '%s\n' "$actual_list" | grep -c . || true)" -lt "$listed" ]; then
  fail "the backup holds fewer evidence files than its manifest lists ($listed)"
fi

# Step 2 (PostgreSQL): offline, every content the database knows against its file.
contents=0 hashed=0 sealed=0
if [ "$kind" = postgresql ]; then
  magic=$(printf '\211EVSEAL\r\n' | od -An -tx1 | tr -d ' \n')
  while read -r sha size; do
    [ -n "$sha" ] || continue
    contents=$((contents + 1))
    file="$DATA/evidence/originals/${sha:0:2}/${sha:2:2}/$sha"
    if [ ! -f "$file" ]; then
      fail "evidence content $sha: file missing (originals/${sha:0:2}/${sha:2:2}/$sha)"
      continue
    fi
    if [ "$(head -c 9 "$file" | od -An -tx1 | tr -d ' \n')" = "$magic" ]; then
      sealed=$((sealed + 1))
      continue
    fi
    got=$(sha256sum "$file" | cut -d' ' -f1)
    if [ "$got" != "$sha" ]; then
      fail "evidence content $sha: file originals/${sha:0:2}/${sha:2:2}/$sha hashes to $got"
    elif [ "$(stat -c %s "$file")" != "$size" ]; then
      fail "evidence content $sha: $(stat -c %s "$file") bytes, the database says $size"
    else
      hashed=$((hashed + 1))
    fi
  done < <(psql_drill -F ' ' -c "SELECT sha256, size_bytes FROM ${table_prefix}evidence_content ORDER BY sha256")
  say "offline: $contents contents in the database, $hashed plain files hash right, $sealed sealed (checked by the server)"
else
  # H2 cannot be queried without the server: check each stored file against its name, which is its
  # SHA-256; that the database names only stored files is left to the server's check below.
  magic=$(printf '\211EVSEAL\r\n' | od -An -tx1 | tr -d ' \n')
  while IFS= read -r -d '' file; do
    sha=${file##*/}
    contents=$((contents + 1))
    if [ "$(head -c 9 "$file" | od -An -tx1 | tr -d ' \n')" = "$magic" ]; then
      sealed=$((sealed + 1))
      continue
    fi
    got=$(sha256sum "$file" | cut -d' ' -f1)
    if [ "$got" != "$sha" ]; then
      fail "evidence content $sha: file originals/${sha:0:2}/${sha:2:2}/$sha hashes to $got"
    else
      hashed=$((hashed + 1))
    fi
  done < <(find "$DATA/evidence/originals" -type f -regextype posix-extended -regex '.*/[0-9a-f]{64}' -print0)
  say "offline: $contents stored files, $hashed plain files hash to their names, $sealed sealed (checked by the server)"
fi

# Steps 3 and 4: the application on the restored data.
port=""
for p in $(seq 18200 18400); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || die "no free port between 18200 and 18400"
runtime="$WORK/runtime"
mkdir -p "$runtime"
log="$WORK/server.log"
admin="drill-$(date -u +%H%M%S)-$$"
password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
say "starting Evidentia on the restored data (port $port)"
(
  for v in "${!SERVER_ENV[@]}"; do export "$v=${SERVER_ENV[$v]}"; done
  [ "$kind" = h2 ] && unset EVIDENTIA_DB_URL EVIDENTIA_DB_USER EVIDENTIA_DB_PASSWORD
  export EVIDENTIA_DATA_DIR="$DATA" EVIDENTIA_DEMO=false EVIDENTIA_TWO_FACTOR_REQUIRED_ROLES=none \
    EVIDENTIA_ADMIN_USERNAME="$admin" EVIDENTIA_ADMIN_PASSWORD="$password" \
    EVIDENTIA_EVIDENCE_FIXITY_INTERVAL=PT10S EVIDENTIA_ROTATE_KEYS=false
  java_opts=${EVIDENTIA_JAVA_OPTS:-"-Xmx512m -XX:+UseSerialGC"}
  # shellcheck disable=SC2086 # a list of options
  exec java $java_opts -jar "$MICRO" --deploy "$WAR" \
    --port "$port" --rootdir "$runtime" --nohazelcast --disablephonehome --prebootcommandfile "$BOOT"
) >"$log" 2>&1 &
SERVER_PID=$!
ready=""
for _ in $(seq 1 "$READY_WITHIN"); do
  kill -0 "$SERVER_PID" 2>/dev/null || break
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready" || true)" = 200 ]; then
    ready=yes; break
  fi
  sleep 1
done
if [ -z "$ready" ]; then
  tail -40 "$log" >&2
  die "Evidentia did not start on the restored data"
fi
api="http://127.0.0.1:$port/evidentia/api/v1"

# Step 3: with the interval at 10 s (set above) the scheduled fixity check starts 10 s after
# start-up whatever the restored claim row says; wait for its first summary line.
say "waiting for the server's fixity check"
summary=""
for _ in $(seq 1 600); do
  summary=$(grep -o 'Evidence fixity check: [0-9]* contents re-hashed, [0-9]* failed, [0-9]* could not be recorded' "$log" | head -1 || true)
  [ -n "$summary" ] && break
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 1
done
if [ -z "$summary" ]; then
  fail "the server's fixity check did not finish"
else
  read -r rehashed failed unrecorded < <(printf '%s\n' "$summary" | sed 's/[^0-9]\+/ /g')
  say "server: $rehashed contents re-hashed, $failed failed, $unrecorded could not be recorded"
  if [ "$failed" != 0 ] || [ "$unrecorded" != 0 ]; then
    fail "the server's fixity check: $failed failed, $unrecorded not recorded"
    if [ "$kind" = postgresql ]; then
      while read -r sha name; do
        [ -n "$sha" ] && echo "FAIL: fixity: content $sha ($name)"
      done < <(psql_drill -F ' ' -c "SELECT DISTINCT sha256, original_file_name FROM ${table_prefix}evidence_item WHERE integrity = 'FAILED' ORDER BY sha256")
    else
      # H2 cannot be read beside the server: the server's alarm lines name the contents.
      grep -o 'EVIDENCE INTEGRITY FAILURE: item [^ ]* of incident [^ ]*, content [0-9a-f]*' "$log" \
        | sed 's/.*item \([^ ]*\) of incident [^ ]*, content \([0-9a-f]*\)/FAIL: fixity: content \2 (item \1)/' \
        | sort -u || true
    fi
  fi
  if [ "$kind" = postgresql ] && [ "$rehashed" != "$contents" ]; then
    fail "the server re-hashed $rehashed contents, the database holds $contents"
  fi
  contents=$rehashed
fi

# Step 4: the audit chain.
token=$(curl -s -X POST -H 'Content-Type: application/json' \
  -d "{\"username\":\"$admin\",\"password\":\"$password\"}" "$api/tokens" \
  | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
if [ -z "$token" ]; then
  fail "could not sign in as the drill administrator"
else
  verification=$(curl -s -H "Authorization: Bearer $token" "$api/audit/verification")
  entries=$(printf '%s' "$verification" | sed -n 's/.*"entries" *: *\([0-9]*\).*/\1/p')
  if printf '%s' "$verification" | grep -q '"valid" *: *true'; then
    say "audit chain: valid, $entries entries"
  else
    fail "audit chain: $verification"
  fi
fi

if [ "$failures" -eq 0 ]; then
  echo "RESTORE DRILL: PASS ($contents evidence contents verified, audit chain of ${entries:-?} entries valid)"
  exit 0
fi
echo "RESTORE DRILL: FAIL ($failures problems)"
exit 1
