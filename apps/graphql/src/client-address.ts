/**
 * The address a request came from, for per-client limits (login throttle). Behind proxies the socket
 * peer is the last proxy; each trusted proxy appends the address it saw to X-Forwarded-For. With
 * `trustedHops` proxies in front (the portal's server-side proxy counts as one, a load balancer as
 * another), the client is the entry that many steps left of the socket peer. Entries further left
 * are client-supplied and never trusted; a chain shorter than expected falls back to its leftmost
 * entry (the first address a trusted hop recorded).
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const peer = socketAddress ?? 'unknown';
  if (trustedHops <= 0 || forwardedFor === undefined) return peer;
  const chain = [
    ...forwardedFor
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    peer,
  ];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}
