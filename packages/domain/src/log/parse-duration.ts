import { seconds } from '../units.js';
import type { Seconds } from '../units.js';

/** Seconds per unit word, across the spellings that workout apps export (English, Chinese, Japanese, Korean, German). */
const UNIT_SECONDS: ReadonlyMap<string, number> = new Map([
  ...['h', 'hr', 'hrs', 'hour', 'hours', 'std', '小时', '小時', '時間', '时', '時', '시간'].map((u) => [u, 3600] as const),
  ...['m', 'min', 'mins', 'minute', 'minutes', 'minuten', '分钟', '分鐘', '分', '분'].map((u) => [u, 60] as const),
  ...['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sekunden', '秒', '초'].map((u) => [u, 1] as const),
]);

const TOKEN = /(\d+(?:[.,]\d+)?)\s*([^\d\s.,:]+)/gu;
const CLOCK = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/;

/**
 * Parses an exported duration into seconds, or returns null when the text is not understood.
 *
 * Accepted: unit tokens in any order of magnitude (`1h 9m`, `45m`, `30s`, `1h 9m 30s`, `1小时13分钟`,
 * `49分钟`, `2 hours 5 min`), clock form (`1:05:00`, `12:30` = 12 min 30 s) and a bare number
 * (taken as seconds, as in Strong's `Duration (sec)` column). Empty text is null.
 */
export function parseDuration(text: string): Seconds | null {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return seconds(Number(trimmed));
  const clock = CLOCK.exec(trimmed);
  if (clock !== null) {
    const [, h = '0', m = '0', s = '0'] = clock;
    return seconds(Number(h) * 3600 + Number(m) * 60 + Number(s));
  }
  let total = 0;
  let consumed = '';
  for (const match of trimmed.matchAll(TOKEN)) {
    const [whole, amount = '', unit = ''] = match;
    const factor = UNIT_SECONDS.get(unit);
    if (factor === undefined) return null;
    total += Number(amount.replace(',', '.')) * factor;
    consumed += whole;
  }
  // Every non-space character must belong to a recognised token.
  if (consumed.replace(/\s/g, '') !== trimmed.replace(/\s/g, '')) return null;
  return seconds(Math.round(total));
}
