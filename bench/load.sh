#!/usr/bin/env bash
# Load test of one OpportunityMap instance with wrk (loopback only), the same query mix for either store.
#   bench/load.sh URL [DURATION] [CONNECTIONS]      e.g. bench/load.sh http://127.0.0.1:5000 20s 16
# Prints requests/s and latency per query. Start the service with --Web:RateLimitPermits=0 (a benchmark is one
# client) and -c Release. Results are recorded by hand in docs/benchmarks.md and docs/scaling.md.
set -euo pipefail
url="${1:?usage: bench/load.sh URL [DURATION] [CONNECTIONS]}"
duration="${2:-20s}"
connections="${3:-16}"
case "$url" in http://127.*|http://localhost*|http://\[::1\]*) ;; *) echo "refusing: only loopback targets" >&2; exit 2 ;; esac

declare -A queries=(
  [holc_all]="/collections/redlining-1935/items?limit=1000"
  [holc_uptown]="/collections/redlining-1935/items?bbox=-80.87,35.20,-80.82,35.24"
  [zips_all]="/collections/zip-mobility/items"
  [resources_viewport]="/collections/resources/items?bbox=-80.87,35.20,-80.82,35.25&limit=1000"
  [resource_by_id]="/collections/resources/items/library-001"
  [tract_filter]="/collections/tract-mobility/items?suppressed=false&limit=50"
)
printf "%-20s %10s %10s %10s %12s\n" query "req/s" "p50" "p99" "bytes/resp"
for name in holc_all holc_uptown zips_all resources_viewport resource_by_id tract_filter; do
  path="${queries[$name]}"
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url$path")
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$url$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out")
  printf "%-20s %10s %10s %10s %12s %s\n" "$name" "$rps" "$p50" "$p99" "$bytes" "$errors"
done
