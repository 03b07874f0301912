import { AuthCard } from '~/features/account/auth-card';
import { SignUpForm } from '~/features/account/sign-up-form';

export const metadata = { title: 'Create a coach account · Liftgraph' };

export default function SignUpPage() {
  return (
    <AuthCard title="Create a coach account" intro="Set up your gym or team, then add your athletes and invite them.">
      <SignUpForm />
    </AuthCard>
  );
}
