import type { Role } from './role-navigation';

/** The page areas each role works in; a page outside them sends the user to their own home instead. */
const AREAS: Record<Role, readonly string[]> = {
  COACH: ['/coach', '/models', '/settings'],
  ATHLETE: ['/athlete', '/settings'],
  ANALYST: ['/analyst', '/models', '/settings'],
  ADMIN: ['/admin', '/coach', '/athlete', '/analyst', '/models', '/settings'],
};

/**
 * Whether a role's pages include `pathname`. The API refuses every read and write outside a role's rights anyway;
 * this keeps people off pages made for someone else (an athlete on the coach's roster or program builder).
 */
export function mayVisit(role: Role, pathname: string): boolean {
  return AREAS[role].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}
