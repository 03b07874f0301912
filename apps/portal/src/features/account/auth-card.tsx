import type { ReactNode } from 'react';

/** The signed-out pages' frame (sign-up, invite, reset): the brand, a title, a short line and the form. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div>
          <div className="brand" style={{ color: 'var(--text)' }}>
            <span className="brand-dot" aria-hidden="true" /> Liftgraph
          </div>
        </div>
        <div>
          <h1>{title}</h1>
          {intro ? (
            <p className="muted" style={{ margin: 0 }}>
              {intro}
            </p>
          ) : null}
        </div>
        {children}
      </div>
    </main>
  );
}
