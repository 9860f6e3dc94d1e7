#!/usr/bin/env bash
# Issue 18's benchmark: Dozo side by side with nginx (Debian) serving the very same bytes, in one run, on the
# local stack. A benchmark: it reports figures and asserts nothing.
#
#   bench/perf.sh            # ~10 minutes: 15 s per wrk step, 5 s per sweep step, 20 s of checkout
#   bench/perf.sh --quick    # a few seconds per step, to try it
#
# It builds if needed, starts a fresh shop in its own home and ports (DOZO_HOME, DOZO_HTTP_PORT_BASE, DOZO_DB_PORT,
# DOZO_S3_PORT, DOZO_BACKUP_S3_PORT; defaults /tmp/dz-bench, 8500, 3500, 9500, 9550) and nginx on 127.0.0.1
# (port base+90) with the pages fetched from the storefront, then measures: wrk -t2 -c32 on the product, category
# and home pages and catalog-service's product JSON; p50/p99 against a constant request rate for the product page
# and for checkout (bench/PerfLoad.java); two-word Japanese searches; checkout with 32 shoppers and its counts
# (placed, failed, oversold, lost); each service's resident memory after the load and its time to ready (first
# start and restart). Writes bench/results/perf.md and bench/results/perf-latency.svg (RESULTS_DIR=...).
# Both the shop and nginx are stopped at the end, also when a step fails or the run is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

QUICK=0
[ "${1:-}" = --quick ] && QUICK=1
if [ "$QUICK" = 1 ]; then
  WRK_SECONDS=3 SWEEP_SECONDS=2 CHECKOUT_SECONDS=5 STOCK=30 TRIES=50
  PRODUCT_RATES=250,1000,4000 CHECKOUT_RATES=10,40,160
else
  WRK_SECONDS=15 SWEEP_SECONDS=5 CHECKOUT_SECONDS=20 STOCK=100 TRIES=150
  PRODUCT_RATES=250,500,1000,2000,4000,8000 CHECKOUT_RATES=10,20,40,80,160,320
fi
SHOPPERS=${SHOPPERS:-32}
export DOZO_HOME=${DOZO_HOME:-/tmp/dz-bench}
export DOZO_HTTP_PORT_BASE=${DOZO_HTTP_PORT_BASE:-8500}
export DOZO_DB_PORT=${DOZO_DB_PORT:-3500}
export DOZO_S3_PORT=${DOZO_S3_PORT:-9500}
export DOZO_BACKUP_S3_PORT=${DOZO_BACKUP_S3_PORT:-9550}
BASE=$DOZO_HTTP_PORT_BASE
SHOP=http://127.0.0.1:$BASE
CATALOG=http://127.0.0.1:$((BASE + 1))
CART=http://127.0.0.1:$((BASE + 2))
CONTENT=http://127.0.0.1:$((BASE + 3))
NGINX_PORT=$((BASE + 90))
NGINX=http://127.0.0.1:$NGINX_PORT
RESULTS_DIR=${RESULTS_DIR:-$ROOT/bench/results}
WORK=$(mktemp -d /tmp/dozo-perf.XXXXXX)
chmod 755 "$WORK" # nginx's workers read the pages as nobody
LOGS=$WORK/logs
mkdir -p "$LOGS" "$RESULTS_DIR"
NGINX_PID=

shop_down() {
  ./dozo down || true
}
cleanup() {
  echo "== Stopping nginx and the shop (logs in $LOGS)"
  if [ -n "$NGINX_PID" ]; then kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; fi
  shop_down >>"$LOGS/down-at-exit.log" 2>&1
}
trap cleanup EXIT
trap 'echo "interrupted"; exit 130' INT TERM

# ------------------------------------------------------------------------------------------------ prepare
built=1
for m in catalog-service cart-service content-service review-service storefront backoffice; do
  [ -f "$m/target/quarkus-app/quarkus-run.jar" ] || built=0
done
[ -d launcher/target/lib ] || built=0
if [ "$built" = 0 ]; then
  echo "== Building (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
fi
command -v wrk >/dev/null || { echo "== Installing wrk"; apt-get install -y -q wrk >/dev/null; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "== Installing nginx"; apt-get install -y -q nginx-light >/dev/null || apt-get install -y -q nginx >/dev/null; }
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)

shop_down >/dev/null 2>&1 # a previous run killed before its own clean-up
rm -rf "$DOZO_HOME" "$DOZO_HOME-offsite"
STARTED=$(date -u +%Y-%m-%dT%H:%M:%SZ)
START_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== ./dozo up (fresh shop in $DOZO_HOME, ports from $BASE)"
./dozo up 2>&1 | tee "$LOGS/up.log" | grep -E 'ready in|Dozo is up' || true
grep -q 'Dozo is up' "$LOGS/up.log" || { echo "The shop did not start; see $LOGS/up.log" >&2; exit 1; }
OWNER_PASSWORD=$(sed -n 's/^owner.initial.password=//p' "$DOZO_HOME/secrets.properties")

# ------------------------------------------------------------------------------------- the same bytes for nginx
CATEGORY=$(curl -sf "$CATALOG/api/categories" | grep -o '"slug":"[^"]*"' | head -n 1 | cut -d'"' -f4)
SITE=$WORK/site
mkdir -p "$SITE/product" "$SITE/category" "$SITE/api/products" "$SITE/search"
curl -sf "$SHOP/product/CP-LINER-01" -o "$SITE/product/CP-LINER-01"
curl -sf "$SHOP/category/$CATEGORY" -o "$SITE/category/$CATEGORY"
curl -sf "$SHOP/" -o "$SITE/index.html"
curl -sf "$CATALOG/api/products/CP-LINER-01" -o "$SITE/api/products/CP-LINER-01"
QUERIES=("有機 みそ" "布 ナプキン" "有機 豆腐" "オーガニック コットン" "天然 醸造" "お試し セット")
SEARCH_PATHS=() NGINX_SEARCH_PATHS=()
for i in "${!QUERIES[@]}"; do
  encoded=$(jq -rn --arg q "${QUERIES[$i]}" '$q|@uri' 2>/dev/null || python3 -c 'import sys,urllib.parse;print(urllib.parse.quote(sys.argv[1]))' "${QUERIES[$i]}")
  SEARCH_PATHS+=("/api/search?q=$encoded")
  NGINX_SEARCH_PATHS+=("/search/$i.json")
  curl -sf "$CATALOG/api/search?q=$encoded" -o "$SITE/search/$i.json"
done
chmod -R a+rX "$SITE"
cat >"$WORK/nginx.conf" <<EOF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $LOGS/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $WORK/tmp-body;
  proxy_temp_path $WORK/tmp-proxy;
  fastcgi_temp_path $WORK/tmp-fastcgi;
  uwsgi_temp_path $WORK/tmp-uwsgi;
  scgi_temp_path $WORK/tmp-scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $SITE;
    default_type text/html;
    location /api/ { default_type application/json; }
    location /search/ { default_type application/json; }
  }
}
EOF
"$NGINX_BIN" -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 50); do curl -sf -o /dev/null "$NGINX/index.html" && break; sleep 0.1; done
cmp -s "$SITE/product/CP-LINER-01" <(curl -sf "$NGINX/product/CP-LINER-01") || { echo "nginx does not serve the page" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------------- wrk
declare -A RPS P50 P99 ERRS
# wrk_step KEY URL [lua script]: wrk -t2 -c32 for WRK_SECONDS; requests/s, p50, p99 (ms), non-2xx + socket errors.
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 }; printf "%.2f", v }'; }
wrk_step() {
  local key=$1 url=$2 script=${3:-} out=$LOGS/wrk-$1.log
  echo "== wrk $key ($url)"
  if [ -n "$script" ]; then
    wrk -t2 -c32 -d"${WRK_SECONDS}s" --latency -s "$script" "$url" >"$out" 2>&1 || true
  else
    wrk -t2 -c32 -d"${WRK_SECONDS}s" --latency "$url" >"$out" 2>&1 || true
  fi
  RPS[$key]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  P50[$key]=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
  P99[$key]=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
  ERRS[$key]=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
  echo "   ${RPS[$key]:-?} req/s, p50 ${P50[$key]:-?} ms, p99 ${P99[$key]:-?} ms, ${ERRS[$key]} errors"
}
# A lua script that rotates over PATHS (space-separated, URL-encoded).
cat >"$WORK/rotate.lua" <<'EOF'
local paths, i = {}, 0
for p in string.gmatch(os.getenv("PATHS"), "%S+") do paths[#paths + 1] = p end
request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end
EOF
for pair in "product:/product/CP-LINER-01" "category:/category/$CATEGORY" "home:/"; do
  key=${pair%%:*} path=${pair#*:}
  wrk_step "$key-dozo" "$SHOP$path"
  wrk_step "$key-nginx" "$NGINX$path"
done
wrk_step json-dozo "$CATALOG/api/products/CP-LINER-01"
wrk_step json-nginx "$NGINX/api/products/CP-LINER-01"
PATHS="${SEARCH_PATHS[*]}" wrk_step search-dozo "$CATALOG/" "$WORK/rotate.lua"
PATHS="${NGINX_SEARCH_PATHS[*]}" wrk_step search-nginx "$NGINX/" "$WORK/rotate.lua"

# ------------------------------------------------------------------------------------------ latency sweeps
POINTS=$WORK/points.tsv
: >"$POINTS"
sweep() { # SERIES ARGS...: the "point" lines go to POINTS
  echo "== sweep $2"
  java bench/PerfLoad.java "$@" 2>&1 | tee -a "$LOGS/sweeps.log" | grep -E '^(point|saturated|error)' | tee -a "$POINTS" \
    | awk -F'\t' '$1 == "point" { printf "   %s/s: %s answered/s, p50 %s ms, p99 %s ms, %s failed\n", $3, $4, $5, $6, $8 } $1 == "saturated" { print "   saturated at " $3 "/s" } $1 == "error" { print "   first failure: " $4 }' || true
}
SKUS=$(curl -sf "$CATALOG/api/products?size=50" | grep -o '"sku":"[^"]*"' | cut -d'"' -f4 | grep -v CP-LINER-01 | head -n 8 | paste -sd, -)
OVERSELL_SKU=${SKUS##*,}
SKUS=${SKUS%,*}
sweep sweep product-dozo "$SHOP/product/CP-LINER-01" "$PRODUCT_RATES" "$SWEEP_SECONDS"
sweep sweep product-nginx "$NGINX/product/CP-LINER-01" "$PRODUCT_RATES" "$SWEEP_SECONDS"

# ---------------------------------------------------------------------------------------------- checkout
echo "== checkout: $SHOPPERS shoppers for $CHECKOUT_SECONDS s, then $TRIES tries on $STOCK units of $OVERSELL_SKU"
DOZO_OWNER_PASSWORD=$OWNER_PASSWORD java bench/PerfLoad.java checkout "$CART" "$CATALOG" "$CONTENT" "$SHOPPERS" \
  "$CHECKOUT_SECONDS" "$SKUS" "$OVERSELL_SKU" "$STOCK" "$TRIES" >"$LOGS/checkout.log" 2>&1 || true
sed 's/^/   /' "$LOGS/checkout.log" | head -n 20
# The throughput run raised the stock of these SKUs; the sweep buys them too.
sweep checkout-sweep checkout-dozo "$CART" "$CHECKOUT_RATES" "$SWEEP_SECONDS" "$SKUS"
C_LINE=$(grep '^checkout' "$LOGS/checkout.log" || true)
O_LINE=$(grep '^oversell' "$LOGS/checkout.log" || true)
cv() { tr '\t' '\n' <<<"$1" | sed -n "s/^$2=//p"; }

# ---------------------------------------------------------------------------------------------- footprint
echo "== resident memory after the load"
declare -A RSS
SERVICES=(catalog-service cart-service content-service review-service storefront backoffice)
rss_of() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
TOTAL_RSS=0
for f in "$DOZO_HOME"/run/*.pid; do
  name=$(basename "$f" .pid) name=${name#*-}
  RSS[$name]=$(rss_of "$(cat "$f")")
  [ "${RSS[$name]}" = "?" ] || TOTAL_RSS=$((TOTAL_RSS + RSS[$name]))
  echo "   $name ${RSS[$name]} MB"
done
NGINX_RSS=$(( $(rss_of "$NGINX_PID") + $(pgrep -P "$NGINX_PID" | while read -r p; do rss_of "$p"; echo; done | awk '{ n += $1 } END { print n + 0 }') ))
declare -A READY_FIRST READY_AGAIN
while read -r name _ _ secs _; do READY_FIRST[$name]=$secs; done < <(grep ' ready in ' "$LOGS/up.log")
echo "== restart (./dozo down, ./dozo up) for the time to ready of migrated services"
shop_down >"$LOGS/down.log" 2>&1
./dozo up >"$LOGS/up-again.log" 2>&1 || true
while read -r name _ _ secs _; do READY_AGAIN[$name]=$secs; done < <(grep ' ready in ' "$LOGS/up-again.log")
grep ' ready in ' "$LOGS/up-again.log" || true

# -------------------------------------------------------------------------------------------------- report
ratio() { awk -v a="${1:-}" -v b="${2:-}" 'BEGIN { if (a == "" || b == "" || b == 0) print "–"; else printf "%.1f %%", 100 * a / b }'; }
fmt() { awk -v n="${1:-}" 'BEGIN { if (n == "") print "–"; else { s = sprintf("%d", n); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) }; print s r } }'; }
wrk_row() { # KEY "what" "goal"
  echo "| $2 | $(fmt "${RPS[$1-dozo]}") req/s, p50 ${P50[$1-dozo]:-–} ms, p99 ${P99[$1-dozo]:-–} ms | $(fmt "${RPS[$1-nginx]}") req/s, p99 ${P99[$1-nginx]:-–} ms | **$(ratio "${RPS[$1-dozo]}" "${RPS[$1-nginx]}")** | $3 |"
}
sat() { awk -F'\t' -v s="$1" '$1 == "saturated" && $2 == s { print $3 "/s" }' "$POINTS"; }
last_ok() { awk -F'\t' -v s="$1" '$1 == "point" && $2 == s && $6 < 1000 && $8 == 0 { r = $3 } END { print r }' "$POINTS"; }
at_rate() { awk -F'\t' -v s="$1" -v r="$2" '$1 == "point" && $2 == s && $3 == r { printf "p50 %s ms, p99 %s ms", $5, $6; f = 1 } END { if (!f) print "not reached (saturated before)" }' "$POINTS"; }
java bench/PerfLoad.java svg "$RESULTS_DIR/perf-latency.svg" "$POINTS"
{
  echo "# Performance: Dozo side by side with nginx"
  echo
  echo "Measured by \`bench/perf.sh$([ "$QUICK" = 1 ] && echo " --quick")\` on $STARTED: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GB RAM,"
  echo "$(sed -n 's/^PRETTY_NAME="\(.*\)"/\1/p' /etc/os-release), $(java -version 2>&1 | head -n 1), wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}'), $("$NGINX_BIN" -v 2>&1 | sed 's/.*: //'),"
  echo "commit \`$(git rev-parse --short HEAD)\`. Load average at the start: $START_LOAD (a shared machine makes every figure"
  echo "noisy; ratios in the same run are what to compare). One run; a benchmark reports figures, it asserts nothing."
  echo
  echo "nginx serves, from disk, the very bytes the storefront and catalog-service answered at the start of the run."
  echo "wrk: \`wrk -t2 -c32 -d${WRK_SECONDS}s\`, on the same machine as the servers."
  echo
  echo "| what | Dozo | nginx, same bytes | ratio | goal |"
  echo "|---|---|---|---:|---|"
  wrk_row product "product page \`/product/CP-LINER-01\`" "≥ 25 %"
  wrk_row category "category page \`/category/$CATEGORY\`" "≥ 25 %"
  wrk_row home "home page \`/\`" "≥ 25 %"
  wrk_row json "catalog-service \`GET /api/products/CP-LINER-01\`" "≥ 10,000 req/s"
  wrk_row search "search, ${#QUERIES[@]} two-word Japanese queries in turn (\`/api/search?q=有機 みそ\` …)" "≥ 2,000 queries/s"
  echo "| product page at 1,000 req/s (constant rate, from when due) | $(at_rate product-dozo 1000) | $(at_rate product-nginx 1000) | – | p99 ≤ 20 ms |"
  echo "| product page: highest rate swept without saturating (p99 < 1 s, no failure) | $(fmt "$(last_ok product-dozo)") req/s$([ -n "$(sat product-dozo)" ] && echo "; saturated at $(sat product-dozo)") | $(fmt "$(last_ok product-nginx)") req/s$([ -n "$(sat product-nginx)" ] && echo "; saturated at $(sat product-nginx)") | $(ratio "$(last_ok product-dozo)" "$(last_ok product-nginx)") | – |"
  echo "| **checkout**, whole flow (cart, add, checkout), $SHOPPERS shoppers for ${CHECKOUT_SECONDS} s | $(cv "$C_LINE" per_second) orders/s, p50 $(cv "$C_LINE" p50) ms, p99 $(cv "$C_LINE" p99) ms | – | – | ≥ 100 orders/s, p99 ≤ 300 ms |"
  echo "| checkout counts | placed $(cv "$C_LINE" placed), failed $(cv "$C_LINE" failed), lost $(cv "$C_LINE" lost) (201 without its order in the staff orders API) | – | – | 0 lost |"
  echo "| oversell: $(cv "$O_LINE" tries) tries on $(cv "$O_LINE" stock) units of \`$OVERSELL_SKU\`, $SHOPPERS at once | sold $(cv "$O_LINE" sold), refused (sold out) $(cv "$O_LINE" refused), failed $(cv "$O_LINE" failed), **oversold $(cv "$O_LINE" oversold)**, lost $(cv "$O_LINE" lost); available after $(cv "$O_LINE" available_after), ledger sum $(cv "$O_LINE" ledger_sum) (consistent: $(cv "$O_LINE" ledger_consistent)) | – | – | 0 oversold |"
  echo "| checkout: highest rate swept without saturating | $(fmt "$(last_ok checkout-dozo)") flows/s$([ -n "$(sat checkout-dozo)" ] && echo "; saturated at $(sat checkout-dozo)") | – | – | – |"
  echo
  echo "Footprint: resident memory (VmRSS) after the load, and time from process start to ready (\`./dozo up\`'s"
  echo "\"ready in\" lines): on the fresh home (Flyway migrations, first start) and on a restart of the same home."
  echo
  echo "| service | resident after the load | ready, first start | ready, restart | goal |"
  echo "|---|---:|---:|---:|---|"
  for s in "${SERVICES[@]}"; do
    echo "| $s | ${RSS[$s]:-–} MB | ${READY_FIRST[$s]:-–} s | ${READY_AGAIN[$s]:-–} s | ≤ 200 MB, ≤ 1.5 s |"
  done
  for s in mariadb s3 offsite-s3 mail archiver; do
    [ -n "${RSS[$s]:-}" ] && echo "| $s | ${RSS[$s]} MB | | | |"
  done
  echo "| **the whole local stack** | **$TOTAL_RSS MB** | | | |"
  echo "| nginx (master and workers), for scale | $NGINX_RSS MB | | | |"
  echo
  echo "Latency against request rate: [perf-latency.svg](perf-latency.svg) (p50 dashed, p99 solid; the sweep stops"
  echo "after the first rate that saturates)."
  echo
  echo "| series | rate | answered/s | p50 ms | p99 ms | failed |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'\t' '$1 == "point" { printf "| %s | %s | %s | %s | %s | %s |\n", $2, $3, $4, $5, ($6 >= 99999 ? "unanswered" : $6), $8 }' "$POINTS"
  if grep -q 'failure x' "$LOGS/checkout.log"; then
    echo
    echo "Checkout failures, by step, status and answer:"
    echo
    grep 'failure x' "$LOGS/checkout.log" | sed 's/^ *failure /- /' | head -n 10
  fi
} >"$RESULTS_DIR/perf.md"
echo
cat "$RESULTS_DIR/perf.md"
