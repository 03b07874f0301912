import { navigationFor, type Role } from './role-navigation';

const ROLES: readonly Role[] = ['COACH', 'ATHLETE', 'ANALYST', 'ADMIN'];

/** The API sends roles as strings; anything unknown is treated as the least-privileged view. */
export function toRole(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : 'ATHLETE';
}

/** Where a user lands after sign-in: their role's first navigation item. */
export function homeFor(role: Role): string {
  return navigationFor(role)[0]?.href ?? '/';
}
