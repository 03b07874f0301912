import { AcceptInvite } from '~/features/account/accept-invite';
import { AuthCard } from '~/features/account/auth-card';
import { normaliseCode } from '~/features/account/invite-text';

export const metadata = { title: 'Your invitation · Liftgraph' };

export default async function InvitePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <AuthCard title="You are invited">
      <AcceptInvite code={normaliseCode(decodeURIComponent(code))} />
    </AuthCard>
  );
}
