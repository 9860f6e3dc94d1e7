#!/bin/bash
# Dozo binlog archiver: runs beside every MariaDB node and ships its binary logs to the off-site bucket.
#
# Every INTERVAL seconds it closes the current binary log if anything was written since the last pass
# (FLUSH LOCAL BINARY LOGS: local, so Galera does not replicate the flush) and uploads every closed log that is
# not off-site yet. The off-site copy is therefore at most about INTERVAL seconds plus one upload behind.
# Uploads never overwrite (rclone --immutable) and never delete. After MAX_FAILURES failed passes in a row it
# exits, so the container restarts and monitoring sees it.
#
# Environment: TARGET (rclone remote:path, e.g. offsite:bucket/db/binlog/dozo-mariadb-0), ARCHIVER_USER,
# ARCHIVER_PASSWORD, INTERVAL, MAX_FAILURES, DATADIR, STATE_DIR, RCLONE, MARIADB, MARIADB_HOST, MARIADB_PORT.
set -uo pipefail

: "${TARGET:?TARGET (rclone remote:path) is required}"
: "${ARCHIVER_USER:?}" "${ARCHIVER_PASSWORD:?}"
INTERVAL=${INTERVAL:-30}
MAX_FAILURES=${MAX_FAILURES:-4}
DATADIR=${DATADIR:-/var/lib/mysql}
STATE_DIR=${STATE_DIR:-/dozo-tools/state}
RCLONE=${RCLONE:-/dozo-tools/rclone}
MARIADB=${MARIADB:-mariadb}

mkdir -p "$STATE_DIR"
shipped="$STATE_DIR/shipped"
todo="$STATE_DIR/todo"
last_written=""

log() { echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) binlog-archiver: $*"; }

sql() {
  MYSQL_PWD="$ARCHIVER_PASSWORD" "$MARIADB" --host="${MARIADB_HOST:-127.0.0.1}" --port="${MARIADB_PORT:-3306}" \
    --user="$ARCHIVER_USER" --batch --skip-column-names --connect-timeout=5 -e "$1"
}

# The GTIDs of the last transactions in the binary log: they change only when something is committed, not when
# MariaDB adds its checkpoint event to a freshly opened log (a file position would, and idle passes would then
# keep closing empty logs).
written() { sql "SELECT @@global.gtid_binlog_pos"; }

archive_pass() {
  local current closed
  current=$(written) || return 1
  if [ -n "$current" ] && [ "$current" != "$last_written" ]; then
    sql "FLUSH LOCAL BINARY LOGS" || return 1
    last_written=$current
  fi
  # Every log but the newest one is closed and complete.
  closed=$(sql "SHOW BINARY LOGS" | awk '{ print $1 }' | head -n -1) || return 1
  : > "$todo"
  while read -r name; do
    [ -n "$name" ] || continue
    grep -qxF "$name" "$shipped" || echo "$name" >> "$todo"
  done <<< "$closed"
  [ -s "$todo" ] || return 0
  "$RCLONE" copy "$DATADIR" "$TARGET" --files-from-raw "$todo" --immutable --no-traverse \
    --s3-no-check-bucket --retries 1 --low-level-retries 3 --stats 0 || return 1
  cat "$todo" >> "$shipped"
  log "shipped $(wc -l < "$todo") closed log(s): $(tr '\n' ' ' < "$todo")"
}

log "waiting for MariaDB"
until sql "SELECT 1" > /dev/null 2>&1; do sleep 5; done
# What is already off-site (after a restart): listed once, then tracked locally.
if "$RCLONE" lsf "$TARGET" --files-only > "$shipped.remote" 2> /dev/null; then
  mv "$shipped.remote" "$shipped"
else
  touch "$shipped"
fi
log "shipping to $TARGET every ${INTERVAL}s"

failures=0
while true; do
  started=$(date +%s)
  if archive_pass; then
    failures=0
  else
    failures=$((failures + 1))
    log "archive pass failed ($failures of $MAX_FAILURES allowed in a row)" >&2
    if [ "$failures" -ge "$MAX_FAILURES" ]; then
      log "giving up: binary logs are not reaching the off-site bucket" >&2
      exit 1
    fi
  fi
  [ -n "${ONCE:-}" ] && exit 0
  elapsed=$(( $(date +%s) - started ))
  sleep $(( INTERVAL > elapsed ? INTERVAL - elapsed : 1 ))
done
