/**
 * Weekly hard-set landmarks per muscle (Renaissance Periodization's published MEV / MAV / MRV,
 * back split between lats and middle back). Display-only: the API does not expose the planner's
 * landmark table yet, so the heat map carries its own copy of the published numbers.
 */
export interface Landmark {
  mev: number;
  mavHigh: number;
  mrv: number;
}

export const VOLUME_LANDMARKS: Readonly<Record<string, Landmark>> = {
  chest: { mev: 10, mavHigh: 20, mrv: 22 },
  lats: { mev: 6, mavHigh: 13, mrv: 15 },
  'middle back': { mev: 4, mavHigh: 9, mrv: 12 },
  quadriceps: { mev: 8, mavHigh: 18, mrv: 20 },
  hamstrings: { mev: 6, mavHigh: 16, mrv: 20 },
  glutes: { mev: 0, mavHigh: 12, mrv: 16 },
  shoulders: { mev: 8, mavHigh: 22, mrv: 26 },
  biceps: { mev: 8, mavHigh: 20, mrv: 26 },
  triceps: { mev: 6, mavHigh: 14, mrv: 18 },
  calves: { mev: 8, mavHigh: 16, mrv: 20 },
  abdominals: { mev: 0, mavHigh: 20, mrv: 25 },
  traps: { mev: 0, mavHigh: 20, mrv: 26 },
  forearms: { mev: 2, mavHigh: 20, mrv: 25 },
  'lower back': { mev: 0, mavHigh: 8, mrv: 12 },
};

export type VolumeZone = 'none' | 'below-mev' | 'productive' | 'high' | 'above-mrv';

/** Where a week's hard sets fall against the muscle's landmarks. */
export function volumeZone(muscle: string, sets: number): VolumeZone {
  if (sets <= 0) return 'none';
  const lm = VOLUME_LANDMARKS[muscle];
  if (!lm) return 'productive';
  if (sets > lm.mrv) return 'above-mrv';
  if (sets > lm.mavHigh) return 'high';
  if (sets < lm.mev) return 'below-mev';
  return 'productive';
}

export const ZONE_STYLE: Record<VolumeZone, { bg: string; fg: string; label: string }> = {
  none: { bg: '#f2f4f7', fg: '#98a2b3', label: 'No sets' },
  'below-mev': { bg: '#dbe6ff', fg: '#2f5bea', label: 'Below MEV' },
  productive: { bg: '#c9efd8', fg: '#146c3c', label: 'MEV–MAV' },
  high: { bg: '#ffe3b0', fg: '#8a5300', label: 'MAV–MRV' },
  'above-mrv': { bg: '#ffc9c9', fg: '#a1161b', label: 'Above MRV' },
};
