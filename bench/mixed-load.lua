-- Mixed load for wrk (bench/mixed-load.sh). In every 10 requests of a connection's thread:
-- 4 incident list pages, 3 searches, 2 new incidents (caseworker) and 1 sign-off (a reviewer).
-- Sign-offs take prepared incidents under review from INCIDENTS_FILE ("incidentId sourceId" a
-- line): this wrk process takes every PARTS-th line from PART, each thread every THREADS-th of
-- those; reviewer1 signs an incident, then reviewer2 the same one, so no reviewer signs twice.
-- When a thread runs out of incidents it sends a list page instead. The script runs wrk with
-- one connection per thread, so each answer belongs to the thread's last request.
-- Arguments after --: PART PARTS
local env = os.getenv
local case_id = env("MIX_CASE")
local cw = "Bearer " .. env("MIX_CW")
local reviewers = { "Bearer " .. env("MIX_R1"), "Bearer " .. env("MIX_R2") }
local file = env("MIX_INCIDENTS")
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("tid", counter - 1)
  table.insert(threads, thread)
end

function init(args)
  part = tonumber(args[1] or "0")
  parts = tonumber(args[2] or "1")
  nthreads = tonumber(env("MIX_THREADS") or "1")
  mine = {}
  local i = 0
  for line in io.lines(file) do
    local inc, src = line:match("(%S+)%s+(%S+)")
    if inc and i % parts == part and math.floor(i / parts) % nthreads == tid then
      table.insert(mine, { inc, src })
    end
    i = i + 1
  end
  n = 0
  next_incident = 1
  signer = 1
  bad = {}
  badstr = ""
end

-- Answers other than 2xx, by request kind and status, e.g. "signoff:409=3"; read in done().
function response(status, headers, body)
  if status >= 300 then
    local key = last_kind .. ":" .. status
    bad[key] = (bad[key] or 0) + 1
    local parts = {}
    for k, v in pairs(bad) do table.insert(parts, k .. "=" .. v) end
    badstr = table.concat(parts, ",")
  end
end

local function list()
  return wrk.format("GET", "/evidentia/api/v1/incidents?caseId=" .. case_id .. "&size=25",
    { ["Authorization"] = cw })
end

function request()
  n = n + 1
  local k = n % 10
  if k < 4 then
    last_kind = "list"
    return list()
  elseif k < 7 then
    last_kind = "search"
    return wrk.format("GET", "/evidentia/api/v1/incidents?caseId=" .. case_id ..
      "&q=market&size=25", { ["Authorization"] = cw })
  elseif k < 9 then
    last_kind = "create"
    local body = '{"title":"Mixed load ' .. tid .. "-" .. n .. '","occurred":{"from":' ..
      '"2024-07-08T07:45:00Z","precision":"EXACT"},"location":{"placeName":"Central market",' ..
      '"country":"Ukraine","region":"Kharkiv Oblast","locality":"Kharkiv"},' ..
      '"incidentType":"SHELLING"}'
    return wrk.format("POST", "/evidentia/api/v1/cases/" .. case_id .. "/incidents",
      { ["Authorization"] = cw, ["Content-Type"] = "application/json" }, body)
  else
    local item = mine[next_incident]
    if item == nil then
      last_kind = "list"
      return list()
    end
    last_kind = "signoff"
    local auth = reviewers[signer]
    if signer == 2 then
      next_incident = next_incident + 1
      signer = 1
    else
      signer = 2
    end
    local body = '{"action":"SIGN_OFF","rationale":"checked under load: reasons given",' ..
      '"checklist":{"sourceAnalysis":{"result":"CONFIRMED","note":"interviewed twice"},' ..
      '"technicalAnalysis":{"result":"CONFIRMED","note":"geolocated"},' ..
      '"contentAnalysis":{"result":"CONFIRMED","note":"consistent"},' ..
      '"sourceGrades":{"' .. item[2] .. '":"B"},' ..
      '"keyFacts":[{"statement":"the market was struck","credibility":2}]}}'
    return wrk.format("POST", "/evidentia/api/v1/incidents/" .. item[1] .. "/review/actions",
      { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
  end
end

function done(summary, latency, requests)
  local seen = {}
  for _, t in ipairs(threads) do
    local b = t:get("badstr")
    if b and b ~= "" then table.insert(seen, b) end
  end
  io.write("BAD " .. table.concat(seen, ";") .. "\n")
  io.write(string.format("MIX requests=%d seconds=%.3f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read +
    summary.errors.write + summary.errors.timeout))
end
