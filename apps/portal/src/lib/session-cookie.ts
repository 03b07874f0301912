/** httpOnly cookie holding the API's JWT; scripts cannot read it, the `/api/graphql` proxy attaches it. */
export const SESSION_COOKIE = 'lg_session';

/** Paths that need a signed-in user (checked in middleware before anything renders). */
export const PROTECTED_PREFIXES = ['/coach', '/athlete', '/analyst', '/models'] as const;

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
