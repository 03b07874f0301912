'use client';

import { RouteError } from '~/components/route-error';

export default function AthleteHomeError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Your training view hit an error" />;
}
