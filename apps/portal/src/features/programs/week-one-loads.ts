/** How many of week 1's loads came from each source, in a coach's words (most first). */
const PHRASES: Record<string, (n: number) => string> = {
  transfer: (n) => `${n} from a related lift you’ve logged`,
  default: (n) => `${n} first-time starting dose${n === 1 ? '' : 's'} to work up from`,
  coach: (n) => `${n} set by you`,
  gnn: (n) => `${n} from the athlete’s own trend`,
  rules: (n) => `${n} from the overload rules`,
};

/**
 * "Week 1 loads: 10 from a related lift you’ve logged, 6 first-time starting doses to work up from, 1 set by
 * you" from the sources of week 1's prescriptions; null when week 1 has none.
 */
export function weekOneLoads(sources: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s, (counts.get(s) ?? 0) + 1);
  if (counts.size === 0) return null;
  const parts = [...counts].sort(([, a], [, b]) => b - a).map(([source, n]) => PHRASES[source]?.(n) ?? `${n} from ${source}`);
  return `Week 1 loads: ${parts.join(', ')}`;
}
