#!/usr/bin/env bash
# Backs up Evidentia's database and evidence store into a new directory DEST, so that the two agree.
#   ops/backup.sh DEST        (also ./evidentia backup DEST)
# Order: PostgreSQL is dumped FIRST, the evidence store copied AFTER. Stored evidence files are
# content-addressed and immutable (written once under their SHA-256, never changed or deleted), so
# every file the dump refers to already exists when the copy starts and is still the same; files
# uploaded after the dump are harmless extras nothing refers to (ADR 0024).
# The embedded H2 database cannot be copied while the server holds it: stop the server first.
# Configuration as for the server: EVIDENTIA_DATA_DIR, EVIDENTIA_DB_URL, EVIDENTIA_DB_USER,
# EVIDENTIA_DB_PASSWORD. Exit 0 on success, 1 on any failure (DEST is then incomplete).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
die() { echo "backup: $*" >&2; exit 1; }

DEST=${1:-}
[ -n "$DEST" ] && [ $# -eq 1 ] || die "usage: ./evidentia backup DEST (a new or empty directory)"
if [ -e "$DEST" ] && [ -n "$(ls -A "$DEST" 2>/dev/null)" ]; then
  die "$DEST exists and is not empty: each backup goes into a directory of its own"
fi
DATA=${EVIDENTIA_DATA_DIR:-"$ROOT/data"}
[ -d "$DATA" ] || die "no data directory at $DATA (set EVIDENTIA_DATA_DIR)"
DATA=$(cd "$DATA" && pwd)
DB_URL=${EVIDENTIA_DB_URL:-}
mkdir -p "$DEST"
DEST=$(cd "$DEST" && pwd)

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# jdbc:postgresql://host[:port]/database[?...currentSchema=s...] into PG_HOST PG_PORT PG_DB PG_SCHEMA.
parse_pg_url() {
  local rest=${1#jdbc:postgresql://} hostport params=""
  hostport=${rest%%/*}
  rest=${rest#*/}
  PG_DB=${rest%%\?*}
  [ "$rest" != "$PG_DB" ] && params=${rest#*\?}
  PG_HOST=${hostport%%:*}
  PG_PORT=5432
  [ "$hostport" != "$PG_HOST" ] && PG_PORT=${hostport#*:}
  PG_SCHEMA=$(printf '%s' "$params" | tr '&' '\n' | sed -n 's/^currentSchema=//p' | head -1)
  [ -n "$PG_HOST" ] && [ -n "$PG_DB" ] || die "cannot read host and database from $1"
}

case "$DB_URL" in
  jdbc:postgresql:*)
    command -v pg_dump >/dev/null || die "pg_dump is missing (Debian: apt-get install postgresql-client)"
    parse_pg_url "$DB_URL"
    schema_option=()
    [ -n "$PG_SCHEMA" ] && schema_option=(--schema "$PG_SCHEMA")
    echo "backup: dumping PostgreSQL $PG_HOST:$PG_PORT/$PG_DB${PG_SCHEMA:+ (schema $PG_SCHEMA)}..."
    # One transaction-consistent snapshot, custom format (compressed, restorable with pg_restore).
    PGPASSWORD=${EVIDENTIA_DB_PASSWORD:-evidentia} pg_dump --format=custom --no-owner --no-acl \
      -h "$PG_HOST" -p "$PG_PORT" -U "${EVIDENTIA_DB_USER:-evidentia}" "${schema_option[@]}" \
      -f "$DEST/database.dump" "$PG_DB" || die "pg_dump failed"
    db_kind=postgresql
    ;;
  "" | jdbc:h2:*)
    [ -z "$DB_URL" ] || [[ "$DB_URL" == *"$DATA/db/"* ]] \
      || die "an H2 database outside <data>/db is not supported by this script: copy it yourself with the server stopped"
    [ -d "$DATA/db" ] || die "no H2 database in $DATA/db"
    # H2 (MVStore) holds an OS lock on its .mv.db file while open: /proc/locks lists it by inode.
    for f in "$DATA"/db/*.mv.db; do
      [ -f "$f" ] || continue
      if grep -q ":$(stat -c %i "$f") " /proc/locks 2>/dev/null || compgen -G "$DATA/db/*.lock.db" >/dev/null; then
        die "the H2 database $f is in use: stop Evidentia first (H2 files cannot be copied while open)"
      fi
    done
    echo "backup: copying the H2 database (server stopped)..."
    cp -a "$DATA/db" "$DEST/db"
    db_kind=h2
    ;;
  *) die "unsupported EVIDENTIA_DB_URL: $DB_URL" ;;
esac
dumped=$(date -u +%Y-%m-%dT%H:%M:%SZ)

# Only the originals matter: incoming/ holds partial uploads, working/ derived thumbnails.
echo "backup: copying the evidence store..."
mkdir -p "$DEST/evidence"
if [ -d "$DATA/evidence/originals" ]; then
  cp -a "$DATA/evidence/originals" "$DEST/evidence/originals"
else
  mkdir -p "$DEST/evidence/originals"
fi
if [ -d "$DATA/keys" ]; then
  cp -a "$DATA/keys" "$DEST/keys"
fi

(cd "$DEST/evidence" && find originals -type f -printf '%s %p\n' | LC_ALL=C sort -k2) >"$DEST/evidence-files.txt"
files=$(wc -l <"$DEST/evidence-files.txt")
bytes=$(awk '{s += $1} END {print s + 0}' "$DEST/evidence-files.txt")
{
  echo "evidentia-backup: 1"
  echo "evidentia-version: $version"
  echo "started-at: $started"
  echo "database-done-at: $dumped"
  echo "finished-at: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database: $db_kind"
  if [ "$db_kind" = postgresql ]; then
    echo "database-url: $DB_URL"
    echo "database-dump-sha256: $(sha256sum "$DEST/database.dump" | cut -d' ' -f1)"
  fi
  echo "evidence-files: $files"
  echo "evidence-bytes: $bytes"
  echo "evidence-file-list-sha256: $(sha256sum "$DEST/evidence-files.txt" | cut -d' ' -f1)"
  echo "keys-included: $([ -d "$DEST/keys" ] && echo yes || echo no)"
} >"$DEST/MANIFEST"

echo "backup: done in $DEST ($db_kind, $files evidence files, $bytes bytes)"
if [ -d "$DEST/keys" ]; then
  echo "backup: WARNING: $DEST/keys holds the keys of protected identities and second factors." >&2
  echo "backup: move it to storage apart from the backup (a thief of both reads everything)." >&2
fi
if [ -z "${EVIDENTIA_EVIDENCE_KEY:-}${EVIDENTIA_EVIDENCE_KEY_FILE:-}" ]; then :; else
  echo "backup: the evidence key (EVIDENTIA_EVIDENCE_KEY*) is not in the backup: keep it apart, without it sealed evidence is lost." >&2
fi
