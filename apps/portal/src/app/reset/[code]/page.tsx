import { AuthCard } from '~/features/account/auth-card';
import { ResetPasswordForm } from '~/features/account/reset-password-form';

export const metadata = { title: 'Set a new password · Liftgraph' };

export default async function ResetPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return (
    <AuthCard title="Set a new password" intro="Choose the password you will sign in with from now on.">
      <ResetPasswordForm code={decodeURIComponent(code)} />
    </AuthCard>
  );
}
