'use client';

import { RouteError } from '~/components/route-error';

export default function CoachError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="The coach view hit an error" />;
}
