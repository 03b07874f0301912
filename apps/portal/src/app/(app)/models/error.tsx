'use client';

import { RouteError } from '~/components/route-error';

export default function ModelsError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="This view hit an error" />;
}
