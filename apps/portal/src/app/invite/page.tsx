import { AuthCard } from '~/features/account/auth-card';
import { InviteCodeForm } from '~/features/account/invite-code-form';

export const metadata = { title: 'Enter your invite code · Liftgraph' };

export default function InviteCodePage() {
  return (
    <AuthCard title="Enter your invite code" intro="Your coach gave you a link or a code on paper. Type the code as it is written.">
      <InviteCodeForm />
    </AuthCard>
  );
}
