-- (d) Full-text search in Chinese through the API, sessions of unit administrators, words from the generator's topics.
-- SEARCH_PATH: /api/v1/search (综合检索 over every kind, the default) or /api/v1/documents/search (公文 only).
package.path = package.path .. ";" .. (os.getenv("WRK_DIR") or "bench/wrk") .. "/?.lua"
local common = require("common")
local sessions = common.sessions(os.getenv("SESSIONS"))
local words = {"预算调整", "供水管网", "防汛物资", "安全生产", "政府采购", "老旧小区改造", "公路养护", "学位保障",
  "养老服务", "营商环境", "绩效评价", "国有资产", "数字政府", "森林防火", "食品安全", "就业创业", "耕地保护",
  "信访积案", "公务用车", "垃圾分类", "历史文化街区", "招商引资", "节能降耗", "档案数字化"}
local path = os.getenv("SEARCH_PATH") or "/api/v1/search"
local i = 0

function setup(thread)
  i = i + 1
  thread:set("seed", i)
end

function init(args)
  math.randomseed(os.time() + (seed or 0))
end

local function encode(s)
  return (s:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

request = function()
  local s = sessions[math.random(#sessions)]
  return wrk.format("GET", path .. "?q=" .. encode(words[math.random(#words)]), {Cookie = s.cookie})
end

done = common.done(os.getenv("NAME") or "search")
