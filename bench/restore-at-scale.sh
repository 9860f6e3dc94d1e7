#!/usr/bin/env bash
# Restore at shop scale, measured (issue 12, item 6). A benchmark: it reports figures and asserts nothing.
#
#   bench/restore-at-scale.sh                                   # 10,000 products, 100,000 orders, 2,000 images
#   PRODUCTS=500 ORDERS=2000 IMAGES=50 DAY_ORDERS=100 bench/restore-at-scale.sh   # a smoke run
#
# It starts a shop with the real launcher in its own data folder and ports, writes the bulk history with SQL
# (bench/restore-at-scale.sql), uploads the images through content-service's staff media API and places the
# day's orders through the real checkout (bench/RestoreAtScale.java), then times ./dozo backup, archive, down +
# restore + up, drill, export, verify, and import into a second, empty shop. Figures go to stdout and to
# bench/results/restore-at-scale.md (RESULTS=...); every command's output is kept in $BENCH_WORK/logs/.
# Both shops are stopped at the end, also when a step fails or the run is interrupted. A failing step is
# recorded with its message and the command that reproduces it, and the run goes on.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PRODUCTS=${PRODUCTS:-10000}
ORDERS=${ORDERS:-100000}
IMAGES=${IMAGES:-2000}
CUSTOMERS=${CUSTOMERS:-$(( ORDERS / 4 > 0 ? ORDERS / 4 : 1 ))}
REVIEWS=${REVIEWS:-$(( ORDERS / 20 ))}
ORDER_DAYS=${ORDER_DAYS:-300}          # the history's length; under 365 so the points-expiry job finds nothing
DAY_ORDERS=${DAY_ORDERS:-1000}         # the day after the full backup: orders through the real checkout ...
DAY_STATUS=${DAY_STATUS:-3000}         # ... orders moved along by staff (SQL, one transaction each) ...
DAY_PRODUCTS=${DAY_PRODUCTS:-500}      # ... and products repriced and restocked (SQL, one transaction each)
THREADS=${THREADS:-4}                  # checkout clients
IMAGE_THREADS=${IMAGE_THREADS:-3}      # upload clients
EXPORT_TIMEOUT=${EXPORT_TIMEOUT:-1800} # seconds; a step that takes longer is stopped and reported with its progress
IMPORT_TIMEOUT=${IMPORT_TIMEOUT:-900}
WORK=${BENCH_WORK:-$ROOT/target/bench/restore-at-scale}
RESULTS=${RESULTS:-$ROOT/bench/results/restore-at-scale.md}
A_HTTP=${A_HTTP_PORT_BASE:-28080} A_DB=${A_DB_PORT:-23307} A_S3=${A_S3_PORT:-29000} A_BACKUP=${A_BACKUP_S3_PORT:-29100}
B_HTTP=${B_HTTP_PORT_BASE:-38080} B_DB=${B_DB_PORT:-33307} B_S3=${B_S3_PORT:-39000} B_BACKUP=${B_BACKUP_S3_PORT:-39100}

A_HOME=$WORK/shop
B_HOME=$WORK/empty-shop
LOGS=$WORK/logs
EXPORT=$WORK/shop-export.zip
A_ENV="DOZO_HOME=$A_HOME DOZO_HTTP_PORT_BASE=$A_HTTP DOZO_DB_PORT=$A_DB DOZO_S3_PORT=$A_S3 DOZO_BACKUP_S3_PORT=$A_BACKUP"
B_ENV="DOZO_HOME=$B_HOME DOZO_HTTP_PORT_BASE=$B_HTTP DOZO_DB_PORT=$B_DB DOZO_S3_PORT=$B_S3 DOZO_BACKUP_S3_PORT=$B_BACKUP DOZO_SEED=false"

shop_a() { env $A_ENV ./dozo "$@"; }
# within SECONDS cmd...: runs cmd in its own process group and stops that group (only it) when it takes longer.
within() {
  local limit=$1 pid waited=0
  shift
  setsid "$@" &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge "$limit" ]; then
      echo "restore-at-scale: stopped after $limit s (the step's time limit; raise it with *_TIMEOUT=SECONDS)"
      kill -TERM -- "-$pid" 2>/dev/null
      sleep 5
      kill -KILL -- "-$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      return 124
    fi
    sleep 1
    waited=$((waited + 1))
  done
  wait "$pid"
}
shop_b() { env $B_ENV ./dozo "$@"; }

if command -v mariadb >/dev/null 2>&1; then
  MARIADB=mariadb
elif [ -x target/tools/mariadb-11.4.5/bin/mariadb ]; then
  MARIADB=target/tools/mariadb-11.4.5/bin/mariadb
else
  echo "restore-at-scale: needs a mariadb client (sudo apt-get install mariadb-client)" >&2
  exit 1
fi
# sql HOME PORT [mariadb args...] < statements: as root, in utf8mb4 (Debian's client defaults to utf8mb3).
sql() {
  local home=$1 port=$2
  shift 2
  "$MARIADB" --default-character-set=utf8mb4 -h127.0.0.1 -P"$port" -uroot \
    -p"$(sed -n 's/^db.root.password=//p' "$home/secrets.properties")" "$@"
}

bytes() { if [ -e "$1" ]; then du -sb "$1" | cut -f1; else echo 0; fi; }
human() {
  awk -v b="${1:-0}" 'BEGIN { split("B KB MB GB TB", u); i = 1; while (b >= 1000 && i < 5) { b /= 1000; i++ }
    printf (i == 1 ? "%d %s" : "%.1f %s"), b, u[i] }'
}
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
load1() { cut -d' ' -f1 /proc/loadavg; }

declare -A SECS OUTCOME LOAD_AT
ROWS=()       # "| step | time | data | result | load |" lines of the figures table
FAILURES=()   # Markdown paragraphs

# step KEY "what" "command for the report" cmd...: runs it, output in $LOGS/KEY.log, keeps time and outcome.
step() {
  local key=$1 label=$2 repro=$3
  shift 3
  local load t0 t1 rc
  load=$(load1)
  echo "== $label"
  t0=$(now)
  "$@" >"$LOGS/$key.log" 2>&1
  rc=$?
  t1=$(now)
  SECS[$key]=$(elapsed "$t0" "$t1")
  LOAD_AT[$key]=$load
  if [ "$rc" = 0 ]; then
    OUTCOME[$key]="ok"
  else
    local message
    # The launcher's own message ("dozo drill: ...") first, then the end of the output.
    message=$( { grep -m 3 '^dozo ' "$LOGS/$key.log"; grep -v '^[[:space:]]*$' "$LOGS/$key.log" | tail -n 4; } \
      | awk '!seen[$0]++' | cut -c1-400)
    OUTCOME[$key]="**FAILED** (exit $rc)"
    FAILURES+=("### $label failed (exit $rc after ${SECS[$key]} s)

Reproduce: \`$repro\` (log: \`${LOGS#"$ROOT"/}/$key.log\`)

\`\`\`
$message
\`\`\`")
  fi
  echo "   ${SECS[$key]} s, ${OUTCOME[$key]} (log: $LOGS/$key.log)"
  return $rc
}
row() { # row KEY "step" "data moved / size" ["note"]
  ROWS+=("| $2 | ${SECS[$1]:-–} s | $3 | ${OUTCOME[$1]:-not run}${4:+; $4} | ${LOAD_AT[$1]:-} |")
}

cleanup() {
  echo "== Stopping both shops"
  shop_a down >>"$LOGS/down-at-exit.log" 2>&1 || true
  shop_b down >>"$LOGS/down-at-exit.log" 2>&1 || true
}

# -------------------------------------------------------------------------------------------------- prepare
if [ ! -f launcher/target/classes/shop/dozo/launcher/Dozo.class ]; then
  echo "Build first: ./mvnw -B -o -q install -DskipTests" >&2
  exit 1
fi
mkdir -p "$WORK"
shop_a down >/dev/null 2>&1 || true   # a previous run that was killed before its own clean-up
shop_b down >/dev/null 2>&1 || true
rm -rf "$A_HOME" "$A_HOME-offsite" "$B_HOME" "$B_HOME-offsite" "$LOGS" "$EXPORT"
mkdir -p "$LOGS" "$(dirname "$RESULTS")"
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
OFF=$A_HOME-offsite/s3/blobs/dozo-backups
echo "Restore at scale: $PRODUCTS products, $ORDERS orders, $IMAGES images; work folder $WORK"

# ---------------------------------------------------------------------------------------------- the shop
step up "./dozo up (seeded demo shop)" "$A_ENV ./dozo up" shop_a up
row up "start the shop (\`./dozo up\`, first full backup included)" "–"
OWNER_PASSWORD=$(sed -n 's/^  Staff sign-in: *owner@dozo.local \/ \([^ ]*\) .*/\1/p' "$LOGS/up.log")
[ -n "$OWNER_PASSWORD" ] || OWNER_PASSWORD=$(sed -n 's/^owner.initial.password=//p' "$A_HOME/secrets.properties")
if [ "${OUTCOME[up]}" != ok ]; then
  echo "The shop did not start; nothing to measure." >&2
  exit 1
fi

generate() {
  { echo "SET @products = $PRODUCTS, @orders = $ORDERS, @customers = $CUSTOMERS, @reviews = $REVIEWS,"
    echo "    @order_days = $ORDER_DAYS;"
    cat bench/restore-at-scale.sql; } | sql "$A_HOME" "$A_DB" -t
}
step generate "bulk history with SQL" "see bench/restore-at-scale.sql" generate
row generate "generate the history with SQL ($ORDERS orders, $PRODUCTS products)" "–"

step images "upload $IMAGES images" "DOZO_OWNER_PASSWORD=... java bench/RestoreAtScale.java images http://127.0.0.1:$((A_HTTP + 3)) owner@dozo.local $IMAGES $IMAGE_THREADS" \
  env DOZO_OWNER_PASSWORD="$OWNER_PASSWORD" java bench/RestoreAtScale.java images "http://127.0.0.1:$((A_HTTP + 3))" \
  owner@dozo.local "$IMAGES" "$IMAGE_THREADS"
IMAGE_SUMMARY=$(grep '^images ' "$LOGS/images.log" || true)
IMAGE_RATE=$(sed -n 's/.* per_second=\([^ ]*\).*/\1/p' <<<"$IMAGE_SUMMARY")
IMAGE_FAILED=$(sed -n 's/.* failed=\([0-9]*\).*/\1/p' <<<"$IMAGE_SUMMARY")
row images "upload the images (staff media API, $IMAGE_THREADS threads)" \
  "$(human "$(sed -n 's/.* bytes=\([0-9]*\).*/\1/p' <<<"$IMAGE_SUMMARY")") sent" \
  "${IMAGE_RATE:-?} images/s, ${IMAGE_FAILED:-?} failed"

# The first images become the first products' pictures, as staff would link them.
link_images() {
  sql "$A_HOME" "$A_DB" -t -e "
    INSERT INTO dozo_catalog.product_image (product_id, position, media_id)
    SELECT p.id, 0, m.id
    FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY created_at, id) AS k FROM dozo_content.media) m
    JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS k FROM dozo_catalog.product WHERE sku LIKE 'BN-%') p ON p.k = m.k;
    SELECT ROW_COUNT() AS product_images;"
}
step link "link images to products" "SQL" link_images

counts() { # the shop's size, for the report
  sql "$1" "$2" -N -e "
    SELECT 'products', COUNT(*) FROM dozo_catalog.product UNION ALL SELECT 'customers', COUNT(*) FROM dozo_cart.customer
    UNION ALL SELECT 'orders', COUNT(*) FROM dozo_cart.customer_order
    UNION ALL SELECT 'order lines', COUNT(*) FROM dozo_cart.order_line
    UNION ALL SELECT 'order status changes', COUNT(*) FROM dozo_cart.order_status_change
    UNION ALL SELECT 'checkout attempts', COUNT(*) FROM dozo_cart.checkout_attempt
    UNION ALL SELECT 'points ledger lines', COUNT(*) FROM dozo_cart.points_ledger
    UNION ALL SELECT 'stock ledger lines', COUNT(*) FROM dozo_catalog.stock_ledger
    UNION ALL SELECT 'stock reservations', COUNT(*) FROM dozo_catalog.stock_reservation
    UNION ALL SELECT 'stock reservation lines', COUNT(*) FROM dozo_catalog.stock_reservation_line
    UNION ALL SELECT 'reviews', COUNT(*) FROM dozo_review.review
    UNION ALL SELECT 'moderation events', COUNT(*) FROM dozo_review.moderation_event
    UNION ALL SELECT 'media', COUNT(*) FROM dozo_content.media
    UNION ALL SELECT 'rows in all dozo_* tables (InnoDB estimate)', SUM(table_rows) FROM information_schema.tables
        WHERE table_schema LIKE 'dozo\_%';" 2>/dev/null
}
# The tables the history lives in: row count and checksum each, to compare a restored or imported shop.
TABLES="dozo_catalog.category dozo_catalog.product dozo_catalog.product_tag dozo_catalog.product_image
  dozo_catalog.stock_item dozo_catalog.stock_ledger dozo_catalog.stock_reservation dozo_catalog.stock_reservation_line
  dozo_cart.customer dozo_cart.customer_order dozo_cart.order_line dozo_cart.order_status_change dozo_cart.points_ledger
  dozo_cart.checkout_attempt dozo_cart.campaign dozo_review.review dozo_review.moderation_event dozo_content.media
  dozo_content.page dozo_content.page_revision dozo_content.news_post dozo_content.news_revision"
fingerprint() { # HOME PORT > file: "table rows checksum" per table
  local t
  for t in $TABLES; do
    printf '%s %s %s\n' "$t" "$(sql "$1" "$2" -N -e "SELECT COUNT(*) FROM $t" 2>&1)" \
      "$(sql "$1" "$2" -N -e "CHECKSUM TABLE $t" 2>&1 | awk '{print $2}')"
  done
}
compare() { # BEFORE AFTER: "N of M tables identical" and the differing ones
  local same total
  total=$(wc -l <"$1")
  same=$(comm -12 <(sort "$1") <(sort "$2") | wc -l)
  if [ "$same" = "$total" ]; then
    echo "all $total history tables identical (rows and CHECKSUM TABLE)"
  else
    echo "$same of $total history tables identical; differing: $(comm -23 <(sort "$1") <(sort "$2") | awk '{print $1}' | tr '\n' ' ')"
  fi
}
# columns_differing HOME1 PORT1 HOME2 PORT2 TABLE: the columns whose values differ (count and BIT_XOR of CRC32).
columns_differing() {
  local schema=${5%%.*} table=${5#*.} column out=""
  for column in $(sql "$1" "$2" -N -e "SELECT column_name FROM information_schema.columns
      WHERE table_schema = '$schema' AND table_name = '$table' ORDER BY ordinal_position"); do
    local q="SELECT COUNT(*), BIT_XOR(CRC32(COALESCE(CAST(\`$column\` AS CHAR), '<null>'))) FROM $5"
    [ "$(sql "$1" "$2" -N -e "$q" 2>&1)" = "$(sql "$3" "$4" -N -e "$q" 2>&1)" ] || out="$out $column"
  done
  echo "${out# }"
}

counts "$A_HOME" "$A_DB" >"$WORK/counts-generated.txt"
DB_DIR_BYTES=$(bytes "$A_HOME/mariadb")
MEDIA_BYTES=$(bytes "$A_HOME/s3/blobs/dozo-media")
MEDIA_OBJECTS=$(find "$A_HOME/s3/blobs/dozo-media" -type f 2>/dev/null | wc -l)

# --------------------------------------------------------------------------------------------- full backup
newest_full() { ls -1 "$OFF/db/full/"*.sql.gz 2>/dev/null | sort | tail -n 1; }
off_before=$(bytes "$OFF")
step backup "./dozo backup" "$A_ENV ./dozo backup" shop_a backup
FULL=$(newest_full)
FULL_BYTES=$(bytes "$FULL")
row backup "full backup (\`./dozo backup\`)" "$(human $(( $(bytes "$OFF") - off_before ))) to off-site (dump $(human "$FULL_BYTES") gzip)"
BINLOG_AFTER_BACKUP=$(bytes "$OFF/db/binlog")

# ------------------------------------------------------------------------------------- a day of binary logs
step day_orders "$DAY_ORDERS orders through the checkout API" \
  "java bench/RestoreAtScale.java orders http://127.0.0.1:$((A_HTTP + 2)) $DAY_ORDERS $THREADS $PRODUCTS day" \
  java bench/RestoreAtScale.java orders "http://127.0.0.1:$((A_HTTP + 2))" "$DAY_ORDERS" "$THREADS" "$PRODUCTS" day
ORDER_SUMMARY=$(grep '^orders ' "$LOGS/day_orders.log" || true)
row day_orders "the day: orders through the real checkout API ($THREADS threads)" "–" \
  "$(sed -n 's/.* placed=\([0-9]*\).*/\1/p' <<<"$ORDER_SUMMARY") placed, $(sed -n 's/.* per_second=\([^ ]*\).*/\1/p' <<<"$ORDER_SUMMARY") orders/s, $(sed -n 's/.* failed=\([0-9]*\) .*/\1/p' <<<"$ORDER_SUMMARY") failed, $(sed -n 's/.* cart_item_retries=\([0-9]*\).*/\1/p' <<<"$ORDER_SUMMARY") cart-item 500s retried"
day_sql() {
  { echo "SET @day_status = $DAY_STATUS, @day_products = $DAY_PRODUCTS;"; cat bench/restore-at-scale-day.sql; } \
    | sql "$A_HOME" "$A_DB" -t
}
step day_sql "the day: staff writes with SQL" "see bench/restore-at-scale-day.sql" day_sql
row day_sql "the day: $DAY_STATUS order status changes, $DAY_PRODUCTS price changes and deliveries (SQL, one transaction each)" "–"
off_before=$(bytes "$OFF")
step archive "./dozo archive" "$A_ENV ./dozo archive" shop_a archive
DAY_BINLOG_BYTES=$(( $(bytes "$OFF/db/binlog") - BINLOG_AFTER_BACKUP ))
row archive "ship the day's binary logs (\`./dozo archive\`)" \
  "$(human $(( $(bytes "$OFF") - off_before ))) in this pass; $(human "$DAY_BINLOG_BYTES") of binary logs since the full backup"
counts "$A_HOME" "$A_DB" >"$WORK/counts-before-restore.txt"
fingerprint "$A_HOME" "$A_DB" >"$WORK/fingerprint-before-restore.txt"
OFF_MEDIA_BYTES=$(bytes "$OFF/media")

# ------------------------------------------------------------------------------------------------ restore
step down "./dozo down" "$A_ENV ./dozo down" shop_a down
row down "stop the shop (\`./dozo down\`)" "–"
step restore "./dozo restore" "$A_ENV ./dozo down && $A_ENV ./dozo restore" shop_a restore
row restore "**restore** (\`./dozo restore\`: full backup + the day's binary logs + media)" \
  "reads $(human $(( FULL_BYTES + DAY_BINLOG_BYTES + OFF_MEDIA_BYTES ))) (dump $(human "$FULL_BYTES"), binlogs $(human "$DAY_BINLOG_BYTES"), media $(human "$OFF_MEDIA_BYTES"))" \
  "$(grep -m1 '^Restored to' "$LOGS/restore.log" | sed 's/|/\\|/g')"
step up_again "./dozo up after the restore" "$A_ENV ./dozo up" shop_a up
row up_again "start the restored shop (\`./dozo up\`; its first full backup goes on in the background)" "–"
# The archiver takes the restored folder's own first full backup while the shop serves; until it is off-site, a
# restore brings back the moment restored to (the backup and binlogs the restore came from).
first_backup_done() {
  local waited=0
  until grep -q 'first full backup of this data folder' "$A_HOME/logs/archiver.log" 2>/dev/null; do
    if [ "$waited" -ge 1800 ]; then
      echo "the archiver took no full backup in 1800 s; its log ends:"
      tail -n 5 "$A_HOME/logs/archiver.log"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  grep 'first full backup of this data folder' "$A_HOME/logs/archiver.log"
}
step first_backup "the restored folder's first full backup (archiver, in the background)" \
  "grep 'first full backup' $A_HOME/logs/archiver.log" first_backup_done
row first_backup "… its first full backup, taken by the archiver while the shop serves (time after \`up\` returned)" "–"
RESTORE_TOTAL=$(awk -v a="${SECS[restore]}" -v b="${SECS[up_again]}" 'BEGIN { printf "%.1f", a + b }')
if [ "${OUTCOME[up_again]}" = ok ]; then
  fingerprint "$A_HOME" "$A_DB" >"$WORK/fingerprint-after-restore.txt"
  RESTORE_CHECK=$(compare "$WORK/fingerprint-before-restore.txt" "$WORK/fingerprint-after-restore.txt")
else
  RESTORE_CHECK="not checked: the shop did not start"
fi
echo "   after the restore: $RESTORE_CHECK"

# -------------------------------------------------------------------------------------------------- drill
step drill "./dozo drill" "$A_ENV ./dozo drill" shop_a drill
row drill "drill (\`./dozo drill\`: record, remove, restore, compare, bring back)" \
  "reads ≈ $(human $(( $(bytes "$(newest_full)") + OFF_MEDIA_BYTES ))) + binlogs" \
  "$(grep -E 'restored from|compared|whole drill' "$LOGS/drill.log" | sed 's/^- //' | cut -c1-200 | tr '\n' ';' | sed 's/;$//; s/;/; /g; s/|/\\|/g')"
if sql "$A_HOME" "$A_DB" -e "SELECT 1" >/dev/null 2>&1; then
  fingerprint "$A_HOME" "$A_DB" >"$WORK/fingerprint-after-drill.txt"
  DRILL_CHECK=$(compare "$WORK/fingerprint-before-restore.txt" "$WORK/fingerprint-after-drill.txt")
else
  DRILL_CHECK="not checked: the shop's database is not running after the drill"
  cp "$WORK/fingerprint-before-restore.txt" "$WORK/fingerprint-after-drill.txt"
fi

# ------------------------------------------------------------------------------------------ export, import
step export "./dozo export" "$A_ENV ./dozo export --out $EXPORT" within "$EXPORT_TIMEOUT" env $A_ENV ./dozo export --out "$EXPORT"
EXPORT_BYTES=$(bytes "$EXPORT")
row export "export (\`./dozo export --out FILE\`)" "$(human "$EXPORT_BYTES") archive written"
step verify "./dozo verify" "$A_ENV ./dozo verify $EXPORT" shop_a verify "$EXPORT"
row verify "verify the archive (\`./dozo verify FILE\`)" "$(human "$EXPORT_BYTES") read"
step up_empty "DOZO_SEED=false ./dozo up (second, empty shop)" "$B_ENV ./dozo up" shop_b up
row up_empty "start an empty shop (\`DOZO_SEED=false ./dozo up\`, other home and ports)" "–"
step import "./dozo import" "$B_ENV ./dozo import $EXPORT" within "$IMPORT_TIMEOUT" env $B_ENV ./dozo import "$EXPORT"
IMPORTED_ROWS=$(awk '/ rows$/ { n += $(NF - 1) } END { print n + 0 }' "$LOGS/import.log")
row import "import into the empty shop (\`./dozo import FILE\`)" "$(human "$EXPORT_BYTES") read" \
  "$IMPORTED_ROWS rows in $(grep -c ' rows$' "$LOGS/import.log") tables imported, $(awk -v r="$IMPORTED_ROWS" -v s="${SECS[import]}" 'BEGIN { printf "%.0f", r / s }') rows/s"
if [ "${OUTCOME[import]}" = ok ]; then
  fingerprint "$B_HOME" "$B_DB" >"$WORK/fingerprint-imported.txt"
  IMPORT_CHECK=$(compare "$WORK/fingerprint-after-drill.txt" "$WORK/fingerprint-imported.txt")
  for t in $(comm -23 <(sort "$WORK/fingerprint-after-drill.txt") <(sort "$WORK/fingerprint-imported.txt") | awk '{print $1}'); do
    IMPORT_CHECK="$IMPORT_CHECK; $t differs in: $(columns_differing "$A_HOME" "$A_DB" "$B_HOME" "$B_DB" "$t")"
  done
else
  IMPORT_CHECK="not checked: the import failed"
fi
step down_both "./dozo down (both shops)" "./dozo down" sh -c "env $A_ENV ./dozo down && env $B_ENV ./dozo down"

# ------------------------------------------------------------------------------------------------- report
{
  echo "# Restore at shop scale"
  echo
  echo "Measured by \`bench/restore-at-scale.sh\` (issue 12, item 6) on $STARTED: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM,"
  echo "commit \`$(git rev-parse --short HEAD)\`, load average at the start $START_LOAD (the machine is shared; the"
  echo "last column is the 1-minute load when each step began). One run; a benchmark reports figures, it asserts nothing."
  echo
  echo "Scale: PRODUCTS=$PRODUCTS ORDERS=$ORDERS IMAGES=$IMAGES CUSTOMERS=$CUSTOMERS REVIEWS=$REVIEWS ORDER_DAYS=$ORDER_DAYS"
  echo "DAY_ORDERS=$DAY_ORDERS DAY_STATUS=$DAY_STATUS DAY_PRODUCTS=$DAY_PRODUCTS THREADS=$THREADS IMAGE_THREADS=$IMAGE_THREADS."
  echo
  echo "| step | time | data moved / size | result | load |"
  echo "|---|---:|---|---|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "**Whole restore** (\`./dozo restore\` + \`./dozo up\` until the shop serves again): **$RESTORE_TOTAL s**"
  echo "(target ≤ 300 s). Restored shop against the shop before \`./dozo down\`: $RESTORE_CHECK."
  echo "After the drill: $DRILL_CHECK. Imported shop against the exported one: $IMPORT_CHECK."
  echo
  echo "| size | |"
  echo "|---|---:|"
  echo "| MariaDB data folder after generating | $(human "$DB_DIR_BYTES") |"
  echo "| full backup dump (gzip) | $(human "$FULL_BYTES") |"
  echo "| binary logs of the day (archived after the full backup) | $(human "$DAY_BINLOG_BYTES") |"
  echo "| media bucket ($MEDIA_OBJECTS objects: originals and their list/detail variants) | $(human "$MEDIA_BYTES") |"
  echo "| media off-site | $(human "$OFF_MEDIA_BYTES") |"
  echo "| off-site store in all, at the end | $(human "$(bytes "$A_HOME-offsite")") |"
  echo "| export archive | $(human "$EXPORT_BYTES") |"
  echo
  echo "The shop before the restore:"
  echo
  echo "| rows | |"
  echo "|---|---:|"
  awk -F'\t' '{ printf "| %s | %s |\n", $1, $2 }' "$WORK/counts-before-restore.txt"
  if [ "${#FAILURES[@]}" -gt 0 ]; then
    echo
    echo "## Failures"
    echo
    printf '%s\n\n' "${FAILURES[@]}"
  fi
} >"$RESULTS"
echo
cat "$RESULTS"
