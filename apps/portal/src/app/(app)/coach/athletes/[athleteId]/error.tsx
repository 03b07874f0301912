'use client';

import { RouteError } from '~/components/route-error';

export default function AthleteError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="This athlete could not be shown" />;
}
