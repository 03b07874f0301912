'use client';

import { RouteError } from '~/components/route-error';

export default function SignInError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Sign-in is unavailable" />;
}
