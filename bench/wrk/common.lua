-- Shared by the scenarios: sessions from a file ("user SESSION=<cookie> <csrf>" per line), handed out round robin,
-- and a done() that prints one result line: RESULT <name> <requests/s> <p50 ms> <p95 ms> <p99 ms> <errors> <requests>
local M = {}

function M.read_lines(path)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then lines[#lines + 1] = line end
  end
  return lines
end

function M.sessions(path)
  local list = {}
  for _, line in ipairs(M.read_lines(path)) do
    local user, cookie, csrf = line:match("^(%S+) (%S+) (%S+)$")
    list[#list + 1] = {user = user, cookie = cookie, csrf = csrf}
  end
  return list
end

function M.done(name)
  return function(summary, latency, requests)
    local e = summary.errors
    local errors = e.connect + e.read + e.write + e.status + e.timeout
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT %s %.1f %.1f %.1f %.1f %d %d\n", name, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
      summary.requests))
  end
end

return M
