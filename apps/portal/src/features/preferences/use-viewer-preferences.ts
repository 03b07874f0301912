'use client';

import { useQuery } from '@tanstack/react-query';
import { DEFAULT_VIEWER_PREFERENCES, type ViewerPreferences } from '~/lib/format-units';
import { viewerPreferencesOptions } from './preferences.api';

/**
 * The signed-in user's unit, plates, locale and time zone (one cached `me` read shared by every
 * component); the defaults (kg, en-GB, UTC) until it arrives or when it cannot be read.
 */
export function useViewerPreferences(): ViewerPreferences & { ready: boolean } {
  const q = useQuery(viewerPreferencesOptions());
  return { ...(q.data ?? DEFAULT_VIEWER_PREFERENCES), ready: q.data !== undefined };
}
