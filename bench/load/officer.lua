-- GET the officer's queue page with the session cookie of motcua.ninhkieu, keeping the session cookie up to date as
-- a browser does: every MotCua:Security:RevalidateSeconds the server re-reads the account and sends a renewed
-- motcua.auth cookie; a client that kept sending the old one would make every later request re-read the account
-- (and get a new cookie), which no browser does.
local cookies = {}
for name, value in string.gmatch(os.getenv("OFFICER_COOKIE"), "([^=;%s]+)=([^;]*)") do
  cookies[name] = value
end

local function header()
  local parts = {}
  for name, value in pairs(cookies) do
    parts[#parts + 1] = name .. "=" .. value
  end
  return table.concat(parts, "; ")
end

local current = header()

request = function()
  return wrk.format("GET", nil, { ["Cookie"] = current })
end

response = function(status, headers, body)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  if set then
    local name, value = string.match(set, "^([^=]+)=([^;]*)")
    if name and value ~= "" then
      cookies[name] = value
      current = header()
    end
  end
end
