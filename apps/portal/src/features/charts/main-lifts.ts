import { dayText } from '~/lib/format-date';
/** Catalog ids of the main barbell lifts whose e1RM trend a coach reads first. */
export const MAIN_LIFTS = [
  { id: 'barbell-back-squat', label: 'Back squat' },
  { id: 'barbell-bench-press', label: 'Bench press' },
  { id: 'barbell-deadlift', label: 'Deadlift' },
  { id: 'barbell-overhead-press', label: 'Overhead press' },
  { id: 'barbell-row', label: 'Barbell row' },
] as const;

export const CHART_COLORS = {
  brand: '#2f5bea',
  load: '#9db4ff',
  acwr: '#d1383d',
  monotony: '#c77700',
  strain: '#7a5af8',
  band: '#1f9d55',
} as const;

/** "2025-03-10" → "10 Mar" for compact axes, in the viewer's locale (en-GB by default). */
export function shortDate(iso: string, locale = 'en-GB'): string {
  return dayText(iso.slice(0, 10), { locale }, 'dayMonth');
}
