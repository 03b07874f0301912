import { Suspense } from 'react';
import { SignInForm } from '~/features/auth/sign-in-form';

export const metadata = { title: 'Sign in · Liftgraph' };

export default function SignInPage() {
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div>
          <div className="brand" style={{ color: 'var(--text)' }}>
            <span className="brand-dot" aria-hidden="true" /> Liftgraph
          </div>
          <p className="muted">Programs that show load, fatigue and why.</p>
        </div>
        <Suspense>
          <SignInForm />
        </Suspense>
        <p className="muted small">
          Demo: coach@liftgraph.demo, athlete1@liftgraph.demo or analyst@liftgraph.demo, password liftgraph-demo.
        </p>
      </div>
    </main>
  );
}
