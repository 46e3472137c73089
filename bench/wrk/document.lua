-- (c) Opening a finished document with its history: sessions of unit administrators (uNN.office) read random
-- documents of their own unit. The generator gives document id 1 + k + UNITS * m to unit k (0-based) for the
-- finished ones, m < FINISHED / UNITS.
package.path = package.path .. ";" .. (os.getenv("WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local sessions = common.sessions(os.getenv("SESSIONS"))
local units = tonumber(os.getenv("UNITS") or "50")
local finished = tonumber(os.getenv("FINISHED") or "9500")
local prefix = os.getenv("DOC_PATH") or "/documents/"
local i = 0

function setup(thread)
  i = i + 1
  thread:set("seed", i)
end

function init(args)
  math.randomseed(os.time() + (seed or 0))
end

request = function()
  local s = sessions[math.random(#sessions)]
  local k = tonumber(s.user:match("^u(%d+)%.")) - 1
  local id = 1 + k + units * math.random(0, math.floor(finished / units) - 1)
  return wrk.format("GET", prefix .. id, {Cookie = s.cookie})
end

done = common.done(os.getenv("NAME") or "document")
