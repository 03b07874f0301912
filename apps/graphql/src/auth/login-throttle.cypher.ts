// Failed sign-ins per (client address, e-mail) key, shared by every API replica through Neo4j.
// `SET t.locked = true` takes the node's write lock before the failures are read, so concurrent
// attempts on the same key (on any replica) are counted one after the other, never lost.
export const RESERVE_ATTEMPT = `
MERGE (t:LoginThrottle {key: $key})
SET t.locked = true
WITH t, [f IN coalesce(t.failures, []) WHERE f > $since] AS recent
WITH t, recent, size(recent) >= $max AS blocked
SET t.failures = CASE WHEN blocked THEN recent ELSE recent + $now END, t.updatedAt = $now
REMOVE t.locked
RETURN blocked, recent[0] AS oldest`;

export const CLEAR_ATTEMPTS = `
MATCH (t:LoginThrottle {key: $key})
DELETE t`;

export const PRUNE_EXPIRED = `
MATCH (t:LoginThrottle) WHERE t.updatedAt <= $since
WITH t LIMIT 10000
DELETE t`;
