-- A mixed query load for wrk: each request takes the next path of the list.
local paths = {
  "/collections/redlining-1935/items?bbox=-80.87,35.20,-80.82,35.24",
  "/collections/resources/items?bbox=-80.87,35.20,-80.82,35.25&limit=1000",
  "/collections/resources/items/library-001",
  "/collections/zip-mobility/items/28208",
  "/collections/tract-mobility/items?suppressed=false&limit=50",
  "/collections/redlining-1935/items?grade=D",
  "/collections/zip-mobility/items",
  "/collections",
  "/ready",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-200 %d, socket errors %d/%d/%d/%d (connect/read/write/timeout)\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
