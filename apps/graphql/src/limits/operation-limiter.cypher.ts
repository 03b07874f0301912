// Uses of an expensive operation per user, kept on the User node (property named by code, never by
// input) so every API replica counts against the same list. `SET u.rateLimitLock = true` takes the
// node's write lock before the list is read: concurrent calls of one user on any replica are counted
// one after the other. A refused call stores nothing new. `freesAt` is the use whose leaving the
// window allows the next call.
export const CONSUME_OPERATION = `
MATCH (u:User {id: $userId})
SET u.rateLimitLock = true
WITH u, [t IN coalesce(u[$property], []) WHERE t > $since] AS recent
WITH u, recent, size(recent) >= $max AS blocked
SET u[$property] = CASE WHEN blocked THEN recent ELSE recent + $now END
REMOVE u.rateLimitLock
RETURN blocked, CASE WHEN blocked THEN recent[size(recent) - toInteger($max)] END AS freesAt`;
