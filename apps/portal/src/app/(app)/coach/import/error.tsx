'use client';

import { RouteError } from '~/components/route-error';

export default function ImportError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="The import hit an error" />;
}
