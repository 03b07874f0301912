'use client';

import { RouteError } from '~/components/route-error';

export default function RootError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="Liftgraph hit an error" />;
}
