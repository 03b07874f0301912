/**
 * Set on globalThis by the portal's own server (src/server/main.ts) once it appends every request's
 * socket peer to X-Forwarded-For. Route handlers forward the header to the API only when it is set:
 * under plain `next start` the header is whatever the browser sent, so it is not passed on.
 */
export const APPENDS_PEER = Symbol.for('liftgraph.portal.appendsPeerToForwardedFor');

/**
 * What a proxy does with X-Forwarded-For: keep the entries it received and add the address it saw.
 * Entries a client wrote itself stay on the left, where the API's hop count never looks.
 */
export function appendPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string {
  const received = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return [...received, peer ?? 'unknown'].join(', ');
}

/**
 * The X-Forwarded-For header to send on to the API from a route handler: the chain this portal's server
 * built (the browser's address last), or nothing when the portal runs without that server.
 */
export function forwardedForHeaders(incoming: Headers): Record<string, string> {
  const chain = incoming.get('x-forwarded-for');
  return (globalThis as Record<symbol, unknown>)[APPENDS_PEER] === true && chain !== null ? { 'x-forwarded-for': chain } : {};
}
