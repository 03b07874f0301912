'use client';

import { RouteError } from '~/components/route-error';

export default function SignedInError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="This page hit an error" />;
}
