'use client';

import type { QueryClient } from '@tanstack/react-query';
import { homeFor, toRole } from '~/lib/role-home';
import { meKeys } from './auth.queries';

/** The signed-in user as the session routes answer (the tokens stay in httpOnly cookies). */
export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: string;
  athleteId: string | null;
  coachId: string | null;
  organisation?: { id: string; name: string } | null;
}

/**
 * Posts to one of the portal's session routes (/api/session, /api/session/sign-up, /api/session/invite, …) and
 * returns the signed-in user, or throws an Error whose message the form can show as it is.
 */
export async function postSession(path: string, body: unknown): Promise<SessionUser> {
  let res: Response;
  try {
    res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new Error('The portal is not reachable. Check your connection and try again.');
  }
  const answer = (await res.json().catch(() => ({}))) as { user?: SessionUser; error?: string };
  if (!res.ok || !answer.user) throw new Error(answer.error ?? `The request failed (HTTP ${res.status}).`);
  return answer.user;
}

/** After any sign-in: forget the previous user's cache, keep the new user, and pick where to go. */
export function startSignedIn(queryClient: QueryClient, user: SessionUser, next?: string | null): string {
  queryClient.clear();
  queryClient.setQueryData(meKeys.all, { me: { ...user, organisation: user.organisation ?? null } });
  // Only same-site paths are honoured for ?next=, never an absolute URL.
  const safeNext = next?.startsWith('/') && !next.startsWith('//') ? next : null;
  return safeNext ?? homeFor(toRole(user.role));
}

/** Signs this browser out (both cookies dropped) and forgets the cached user. */
export async function signOutHere(queryClient: QueryClient): Promise<void> {
  await fetch('/api/session', { method: 'DELETE' });
  queryClient.clear();
}
