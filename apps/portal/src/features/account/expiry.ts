/**
 * Locale and time zone of this browser, for the signed-out pages (an invitation, a reset link) where no user
 * preference exists yet; signed-in pages use the viewer's preferences.
 */
export function browserDateSettings(): { locale: string; timeZone: string } {
  try {
    const o = Intl.DateTimeFormat().resolvedOptions();
    return { locale: o.locale || 'en-GB', timeZone: o.timeZone || 'UTC' };
  } catch {
    return { locale: 'en-GB', timeZone: 'UTC' };
  }
}

/** How long until `iso` in words: "in 7 days", "in 23 hours", "in 12 minutes"; "expired" once past. */
export function timeLeftText(iso: string, now: Date = new Date()): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(ms)) return '';
  if (ms <= 0) return 'expired';
  const minutes = Math.floor(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const days = Math.floor(hours / 24);
  const plural = (n: number, unit: string) => `in ${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days >= 1) return plural(days, 'day');
  if (hours >= 1) return plural(hours, 'hour');
  return plural(Math.max(1, minutes), 'minute');
}
