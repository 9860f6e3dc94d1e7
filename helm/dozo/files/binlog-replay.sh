#!/bin/bash
# Dozo point-in-time replay: after the Galera cluster was bootstrapped from a physical backup, replays the
# archived binary logs of one node from the backup's GTID position up to STOP_DATETIME, through the node that
# takes the writes (MARIADB_HOST: the operator's primary Service with Galera, the MariaDB's own Service without).
#
# Environment: SOURCE (rclone remote:path of one node's archive), START_GTID, STOP_DATETIME ("YYYY-MM-DD
# hh:mm:ss", UTC), MARIADB_HOST, MARIADB_PORT, MARIADB_ROOT_PASSWORD, WORK (scratch directory), RCLONE,
# MARIADB_BINLOG, MARIADB, REPLAY_OPTIONS (extra mariadb-binlog options, split on spaces and never through a
# shell, so without quotes: e.g. --database=dozo_catalog to replay one service's schema only, or
# --rewrite-db=dozo_catalog->dozo_catalog_restored to replay beside the live one).
set -euo pipefail
: "${SOURCE:?}" "${START_GTID:?}" "${STOP_DATETIME:?}" "${MARIADB_HOST:?}" "${MARIADB_ROOT_PASSWORD:?}"
# A quote would reach mariadb-binlog as part of a name ("--rewrite-db='a->b'" rewrites the database "'a", i.e.
# nothing, and the replay would write into the live schema), so refuse it before anything is replayed.
case "${REPLAY_OPTIONS:-}" in
  *\'*|*\"*) echo "REPLAY_OPTIONS must not contain quotes (it is split on spaces, not read by a shell): $REPLAY_OPTIONS" >&2; exit 2 ;;
esac
WORK=${WORK:-/work}
RCLONE=${RCLONE:-/dozo-tools/rclone}
MARIADB_BINLOG=${MARIADB_BINLOG:-mariadb-binlog}
MARIADB=${MARIADB:-mariadb}

mkdir -p "$WORK/binlogs"
echo "downloading $SOURCE"
"$RCLONE" copy "$SOURCE" "$WORK/binlogs" --stats 0
mapfile -t files < <(find "$WORK/binlogs" -maxdepth 1 -type f -printf '%f\n' | sort)
[ "${#files[@]}" -gt 0 ] || { echo "no binary logs found at $SOURCE" >&2; exit 1; }
echo "replaying ${#files[@]} log(s) from GTID $START_GTID up to $STOP_DATETIME UTC into $MARIADB_HOST"
cd "$WORK/binlogs"
read -r -a options <<< "${REPLAY_OPTIONS:-}"
TZ=UTC "$MARIADB_BINLOG" --start-position="$START_GTID" --stop-datetime="$STOP_DATETIME" "${options[@]}" "${files[@]}" \
  | MYSQL_PWD="$MARIADB_ROOT_PASSWORD" "$MARIADB" --host="$MARIADB_HOST" --port="${MARIADB_PORT:-3306}" --user=root
echo "replay finished"
