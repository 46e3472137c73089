-- GET one path (wrk's URL path) with each request taking the next session: the to-do window (a).
--   SESSIONS=file NAME=label wrk ... -s get.lua http://host/todo
package.path = package.path .. ";" .. (os.getenv("WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local sessions = common.sessions(os.getenv("SESSIONS"))
local i = 0

function setup(thread)
  i = i + 1
  thread:set("offset", i * 7919)
end

function init(args)
  n = offset or 0
end

request = function()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  return wrk.format("GET", nil, {Cookie = s.cookie})
end

done = common.done(os.getenv("NAME") or "get")
