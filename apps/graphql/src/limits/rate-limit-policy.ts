/** At most `max` uses per user within a sliding window of `windowMs`. */
export interface RateLimitPolicy {
  max: number;
  windowMs: number;
}

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;
const MAX_WINDOW_MS = 7 * 24 * UNIT_MS.h;

/**
 * Reads a limit written as `<max>/<window>` (`120/10m`, `600/600s`, `20/1h`) or `off` (no limit).
 * Throws an error stating the expected form (the caller names the variable), so a typo fails the start,
 * not a request.
 */
export function parseRateLimit(text: string): RateLimitPolicy | null {
  const value = text.trim();
  if (value.toLowerCase() === 'off') return null;
  const m = /^(\d{1,7})\s*\/\s*(\d{1,7})\s*([smh])$/.exec(value);
  const windowMs = m === null ? Number.NaN : Number(m[2]) * UNIT_MS[m[3] as keyof typeof UNIT_MS];
  const max = m === null ? Number.NaN : Number(m[1]);
  if (!(max >= 1) || !(windowMs >= 1_000) || windowMs > MAX_WINDOW_MS) {
    throw new Error(`expected <max>/<window> with max ≥ 1 and a window of 1s to 168h in s, m or h (e.g. 120/10m), or off; got "${text}"`);
  }
  return { max, windowMs };
}

/** `120 per 10 min` for messages. */
export function describeRateLimit(policy: RateLimitPolicy): string {
  const { max, windowMs } = policy;
  const window =
    windowMs % UNIT_MS.h === 0
      ? `${windowMs / UNIT_MS.h} h`
      : windowMs % UNIT_MS.m === 0
        ? `${windowMs / UNIT_MS.m} min`
        : `${windowMs / UNIT_MS.s} s`;
  return `${max} per ${window}`;
}
