#!/usr/bin/env bash
# Bounded soak test on loopback: starts the service (Release, in-memory store, real data), waits until it is ready
# (its data warmed), runs wrk with 64 connections for 60 s over a mix of OGC items, cards, searches, posted area
# summaries, vector tiles and map images (bench/soak.lua), and reports errors, latency, the statuses seen, the load
# average and the service's memory before and after. It stops by itself. A benchmark, not a test: run it when the
# machine is otherwise idle (see uptime) and record the figures with the load in docs/reliability.md.
# Usage: bench/soak.sh [DURATION] [CONNECTIONS] [extra service arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60s}"
connections="${2:-64}"
shift $(( $# > 2 ? 2 : $# ))
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
url="http://127.0.0.1:$port"

dotnet build src/OpportunityMap.Server -c Release -v quiet -nologo >/dev/null
dotnet src/OpportunityMap.Server/bin/Release/net10.0/OpportunityMap.Server.dll --urls "$url" --Web:RateLimitPermits=0 \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware=Warning "$@" &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
# /ready says ready once the data is loaded and warmed (simplified tiles, the analyser): up to a few minutes on a busy machine.
for _ in $(seq 600); do curl -sf "$url/ready" >/dev/null && break; sleep 0.5; done
curl -sf "$url/ready" >/dev/null || { echo "the service did not get ready" >&2; exit 1; }

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$pid/status"; }
# Warm up (JIT, caches), then measure memory before the soak.
wrk -t2 -c8 -d5s -s bench/soak.lua "$url" >/dev/null
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "memory before: $(rss)"
wrk -t2 -c"$connections" -d"$duration" --timeout 10s -s bench/soak.lua "$url" | grep -E "Requests/sec|requests|latency|status|Transfer"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "memory after:  $(rss)"
sleep 5
echo "memory 5 s later: $(rss)"
curl -s -o /dev/null -w "health after: %{http_code}\n" "$url/health"
