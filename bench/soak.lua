-- A mixed load for wrk, as a public site gets it on publication day: OGC items, the resident's card and search,
-- area summaries posted by planners (never cached), vector tiles across the map's zooms and map images (social
-- cards). Each request takes the next entry of a shuffled schedule; the weights below set the mix.
local items = {
  "/collections/redlining-1935/items?bbox=-80.87,35.20,-80.82,35.24",
  "/collections/resources/items?bbox=-80.87,35.20,-80.82,35.25&limit=1000",
  "/collections/resources/items/library-001",
  "/collections/zip-mobility/items/28208",
  "/collections/tract-mobility/items?suppressed=false&limit=50",
  "/collections/redlining-1935/items?grade=D",
  "/collections/zip-mobility/items",
  "/collections/zip-mobility/items?filter=household_income_p25%20BETWEEN%2025000%20AND%2030000&sortby=-household_income_p25",
  "/collections",
  "/ready",
}
local searches = { "28208", "Charlotte", "Dilworth", "Matthews", "library", "Biddleville", "Myers Park", "Huntersville" }
local layers = { "redlining-1935", "zip-mobility", "tract-mobility", "neighborhoods", "municipalities", "resources" }
local views = {
  "/map.png",
  "/map.png?layers=redlining-1935&c=35.22,-80.84&z=12",
  "/map.png?layers=zip-mobility&c=35.25,-80.80&z=10",
  "/map.png?layers=tract-mobility,resources&c=35.20,-80.85&z=13&lang=es",
  "/map.png?layers=neighborhoods&width=600&height=400",
  "/map.png?layers=redlining-1935,zip-mobility&opacity=0.4&pt=35.227,-80.843&title=Uptown",
}
-- Small areas, as people draw them: a few blocks to a neighbourhood.
local areas = {
  '{"type":"Polygon","coordinates":[[[-80.85,35.22],[-80.83,35.22],[-80.83,35.23],[-80.85,35.23],[-80.85,35.22]]]}',
  '{"type":"Polygon","coordinates":[[[-80.87,35.20],[-80.86,35.20],[-80.86,35.215],[-80.87,35.215],[-80.87,35.20]]]}',
  '{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[-80.80,35.25],[-80.78,35.25],[-80.79,35.27],[-80.80,35.25]]]}}',
}

-- Web Mercator tile of a point.
local function tile(z, lon, lat)
  local n = 2 ^ z
  local x = math.floor((lon + 180) / 360 * n)
  local r = math.rad(lat)
  local y = math.floor((1 - math.log(math.tan(r) + 1 / math.cos(r)) / math.pi) / 2 * n)
  return x, y
end

local schedule = {}
local function add(weight, make)
  for _ = 1, weight do schedule[#schedule + 1] = make end
end

local k = 0
local function nextOf(list) k = k + 1; return list[(k % #list) + 1] end

add(6, function() return wrk.format("GET", nextOf(items)) end)
add(3, function()
  -- A grid of points over the county: each point is its own card.
  local i = math.random(0, 399)
  return wrk.format("GET", string.format("/api/card?lat=%.4f&lon=%.4f", 35.05 + (i % 20) * 0.02, -81.00 + math.floor(i / 20) * 0.022))
end)
add(2, function() return wrk.format("GET", "/api/search?q=" .. nextOf(searches):gsub(" ", "%%20")) end)
add(1, function() return wrk.format("POST", "/api/summary", { ["Content-Type"] = "application/geo+json" }, nextOf(areas)) end)
add(6, function()
  -- Tiles around uptown at the map's zooms, a 5x5 block per zoom, each layer.
  local z = math.random(9, 14)
  local x, y = tile(z, -80.843, 35.227)
  return wrk.format("GET", string.format("/collections/%s/tiles/%d/%d/%d", nextOf(layers), z, x + math.random(-2, 2), y + math.random(-2, 2)))
end)
add(1, function() return wrk.format("GET", nextOf(views)) end)

local threads = {}
setup = function(thread)
  threads[#threads + 1] = thread
end

init = function(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  -- Shuffle, so the connections do not march in step.
  for i = #schedule, 2, -1 do
    local j = math.random(i)
    schedule[i], schedule[j] = schedule[j], schedule[i]
  end
end

local n = 0
request = function()
  n = n + 1
  return schedule[(n % #schedule) + 1]()
end

-- Counted in globals named by status (a thread's globals can be read in done(), its tables cannot).
response = function(status, headers, body)
  if status >= 300 then
    local name = "status_" .. status
    _G[name] = (_G[name] or 0) + 1
  end
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d/%d/%d/%d (connect/read/write/timeout)\n",
    summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  local line = "non-2xx by status:"
  for _, status in ipairs({ 304, 400, 404, 405, 408, 413, 414, 415, 429, 431, 500, 502, 503, 504 }) do
    local count = 0
    for _, thread in ipairs(threads) do count = count + (thread:get("status_" .. status) or 0) end
    if count > 0 then line = line .. string.format(" %d x%d", status, count) end
  end
  io.write(line .. "\n")
end
