-- (b) Completing document steps through the API: each line of TASKS is "user SESSION=<cookie> <csrf> <doc> <task>";
-- every task is sent on once, then the thread stops. Steps per second = successful requests / duration.
package.path = package.path .. ";" .. (os.getenv("WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local lines = common.read_lines(os.getenv("TASKS"))
local threads = tonumber(os.getenv("THREADS") or "2")
local i = 0

function setup(thread)
  thread:set("index", i)
  i = i + 1
end

function init(args)
  n = index
  failed = 0
end

request = function()
  if n >= #lines then
    wrk.thread:stop()
    return wrk.format("GET", "/actuator/health")
  end
  local user, cookie, csrf, doc, task = lines[n + 1]:match("^(%S+) (%S+) (%S+) (%S+) (%S+)$")
  n = n + threads
  return wrk.format("POST", "/api/v1/documents/" .. doc .. "/tasks/" .. task .. "/send",
    {Cookie = cookie, ["X-CSRF-TOKEN"] = csrf, ["Content-Type"] = "application/json"}, '{"opinion":"同意"}')
end

done = common.done(os.getenv("NAME") or "steps")
