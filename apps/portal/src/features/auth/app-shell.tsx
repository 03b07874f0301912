'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { type ReactNode, useEffect } from 'react';
import { GraphQLRequestError } from '~/graphql/request-error';
import { navigationFor } from '~/lib/role-navigation';
import { mayVisit } from '~/lib/role-access';
import { homeFor, toRole } from '~/lib/role-home';
import { meOptions } from './auth.queries';
import { signOutHere } from './session-client';

export function AppShell({ children }: { children: ReactNode }) {
  const me = useQuery(meOptions());
  const pathname = usePathname();
  const router = useRouter();
  const queryClient = useQueryClient();
  const expired = me.error instanceof GraphQLRequestError && me.error.code === 'UNAUTHENTICATED';

  useEffect(() => {
    if (expired) router.replace(`/sign-in?next=${encodeURIComponent(pathname)}`);
  }, [expired, pathname, router]);

  // A page made for another role (an athlete on the coach's roster) sends the user to their own home.
  const role = me.data?.me ? toRole(me.data.me.role) : null;
  const misplaced = role !== null && !mayVisit(role, pathname);
  useEffect(() => {
    if (role !== null && misplaced) router.replace(homeFor(role));
  }, [misplaced, role, router]);

  async function signOut() {
    await signOutHere(queryClient);
    router.replace('/sign-in');
  }

  const user = me.data?.me;
  const items = user ? navigationFor(toRole(user.role)) : [];
  return (
    <div className="shell">
      <aside className="sidebar">
        <Link href="/" className="brand" aria-label="Liftgraph home">
          <span className="brand-dot" aria-hidden="true" /> Liftgraph
        </Link>
        <nav className="nav" aria-label="Main">
          {items.map((item) => (
            <Link key={item.href} href={item.href} aria-current={pathname === item.href ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        {me.error && !expired ? (
          <p role="alert" className="small" style={{ color: '#ffb4b4', margin: 0 }}>
            The API is not answering; navigation will return when it does.
          </p>
        ) : null}
        <div className="sidebar-foot">
          {user ? (
            <span>
              {user.name} <span className="role-badge">{user.role}</span>
              {user.organisation ? <span> · {user.organisation.name}</span> : null}
            </span>
          ) : null}
          <button
            type="button"
            className="btn btn-small btn-ghost"
            style={{ color: '#cfd6e4', borderColor: '#3a4660' }}
            onClick={() => void signOut()}
          >
            Sign out
          </button>
        </div>
      </aside>
      <main className="main">{misplaced ? null : children}</main>
    </div>
  );
}
