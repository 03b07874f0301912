import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { AthleteAccountPanel } from '~/features/account/athlete-account-panel';
import { AthleteOverview } from '~/features/athletes/athlete-overview';
import { athleteDetailOptions } from '~/features/athletes/athletes.queries';
import { LogExportPanel } from '~/features/export/export-buttons';
import { serverGqlRequest } from '~/graphql/server-request';
import { getQueryClient } from '~/lib/query-client';

export const dynamic = 'force-dynamic';

/** Server component: prefetch the athlete with the session's token, hydrate the client cache. */
export default async function CoachAthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  const { athleteId } = await params;
  const queryClient = getQueryClient();
  // A failed prefetch is not fatal: the client query retries and shows its own error state.
  await queryClient.prefetchQuery(athleteDetailOptions(athleteId, serverGqlRequest));
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <AthleteOverview athleteId={athleteId} />
      <LogExportPanel athleteId={athleteId} />
      <AthleteAccountPanel athleteId={athleteId} />
    </HydrationBoundary>
  );
}
