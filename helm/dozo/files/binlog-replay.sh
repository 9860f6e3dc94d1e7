#!/bin/bash
# Dozo point-in-time replay: after the Galera cluster was bootstrapped from a physical backup, replays the
# archived binary logs of one node from the backup's GTID position up to STOP_DATETIME, through the primary.
#
# Environment: SOURCE (rclone remote:path of one node's archive), START_GTID, STOP_DATETIME ("YYYY-MM-DD
# hh:mm:ss", UTC), MARIADB_HOST, MARIADB_ROOT_PASSWORD, WORK (scratch directory), RCLONE.
set -euo pipefail
: "${SOURCE:?}" "${START_GTID:?}" "${STOP_DATETIME:?}" "${MARIADB_HOST:?}" "${MARIADB_ROOT_PASSWORD:?}"
WORK=${WORK:-/work}
RCLONE=${RCLONE:-/dozo-tools/rclone}

mkdir -p "$WORK/binlogs"
echo "downloading $SOURCE"
"$RCLONE" copy "$SOURCE" "$WORK/binlogs" --stats 0
mapfile -t files < <(ls -1 "$WORK/binlogs" | sort)
[ "${#files[@]}" -gt 0 ] || { echo "no binary logs found at $SOURCE" >&2; exit 1; }
echo "replaying ${#files[@]} log(s) from GTID $START_GTID up to $STOP_DATETIME UTC into $MARIADB_HOST"
cd "$WORK/binlogs"
TZ=UTC mariadb-binlog --start-position="$START_GTID" --stop-datetime="$STOP_DATETIME" "${files[@]}" \
  | MYSQL_PWD="$MARIADB_ROOT_PASSWORD" mariadb --host="$MARIADB_HOST" --user=root
echo "replay finished"
