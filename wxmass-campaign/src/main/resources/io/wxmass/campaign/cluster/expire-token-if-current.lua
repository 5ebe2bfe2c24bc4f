-- Compare-and-expire. KEYS[1] holds "<expiresAtMillis>:<token>"; it is deleted only while the
-- token part is still ARGV[1], so a caller with a stale token cannot throw away a fresh one.
local stored = redis.call('GET', KEYS[1])
if not stored then
  return 0
end
local colon = string.find(stored, ':', 1, true)
if colon and string.sub(stored, colon + 1) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
