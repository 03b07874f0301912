'use client';

import { userMessage } from '~/graphql/request-error';

/** Shared body of every segment's error.tsx. */
export function RouteError({ error, reset, title }: { error: Error; reset: () => void; title: string }) {
  return (
    <div className="state state-error page-error" role="alert">
      <h1>{title}</h1>
      <p>{userMessage(error)}</p>
      <button type="button" className="btn" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
