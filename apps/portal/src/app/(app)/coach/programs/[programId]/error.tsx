'use client';

import { RouteError } from '~/components/route-error';

export default function ProgramError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Could not open this program" />;
}
