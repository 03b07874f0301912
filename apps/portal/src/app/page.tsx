import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { MeDocument } from '~/features/auth/auth.queries';
import { serverGqlRequest } from '~/graphql/server-request';
import { homeFor, toRole } from '~/lib/role-home';
import { SESSION_COOKIE } from '~/lib/session-cookie';

export const dynamic = 'force-dynamic';

/** Sends a visitor to sign-in, or a signed-in user to their role's home. */
export default async function HomePage() {
  if (!(await cookies()).has(SESSION_COOKIE)) redirect('/sign-in');
  let target = '/sign-in';
  try {
    const { me } = await serverGqlRequest(MeDocument, {});
    target = homeFor(toRole(me.role));
  } catch {
    // expired or revoked token: sign in again
  }
  redirect(target);
}
