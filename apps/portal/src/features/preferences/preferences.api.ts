import { queryOptions } from '@tanstack/react-query';
import type { WeightUnit } from '@liftgraph/domain/program';
import { type GqlRequest, gqlRequest } from '~/graphql/client';
import { graphql } from '~/graphql/gql';
import { DEFAULT_VIEWER_PREFERENCES, type ViewerPreferences } from '~/lib/format-units';

export const ViewerPreferencesDocument = graphql(`
  query ViewerPreferences {
    me {
      id
      unit
      locale
      timeZone
      microplates
    }
  }
`);

export const UpdatePreferencesDocument = graphql(`
  mutation UpdatePreferences($unit: String!, $locale: String!, $timeZone: String!, $microplates: Boolean!) {
    updatePreferences(input: { unit: $unit, locale: $locale, timeZone: $timeZone, microplates: $microplates }) {
      id
      unit
      locale
      timeZone
      microplates
    }
  }
`);

/** Under `me` so that signing out (queryClient.clear) and `me` invalidations drop it too. */
export const preferencesKeys = { all: ['me', 'preferences'] as const };

type Stored = { unit: string; locale: string; timeZone: string; microplates: boolean };

/** The API's answer as preferences; an unknown unit is kg (the stored default). */
export function toViewerPreferences(me: Stored | null | undefined): ViewerPreferences {
  if (!me) return DEFAULT_VIEWER_PREFERENCES;
  const unit: WeightUnit = me.unit === 'lbs' ? 'lbs' : 'kg';
  return {
    unit,
    locale: me.locale || DEFAULT_VIEWER_PREFERENCES.locale,
    timeZone: me.timeZone || DEFAULT_VIEWER_PREFERENCES.timeZone,
    microplates: me.microplates,
  };
}

export const viewerPreferencesOptions = (request: GqlRequest = gqlRequest) =>
  queryOptions({
    queryKey: preferencesKeys.all,
    queryFn: async () => toViewerPreferences((await request(ViewerPreferencesDocument, {})).me),
    staleTime: 5 * 60_000,
  });
