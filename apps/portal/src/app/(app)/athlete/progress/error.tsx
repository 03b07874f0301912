'use client';

import { RouteError } from '~/components/route-error';

export default function AthleteProgressError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Your progress view hit an error" />;
}
