'use client';

import { RouteError } from '~/components/route-error';

export default function ProgramBuilderError({ error, reset }: { error: Error; reset: () => void }) {
  return <RouteError error={error} reset={reset} title="The program builder hit an error" />;
}
