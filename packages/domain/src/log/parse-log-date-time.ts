/** A wall-clock timestamp as exported (no time zone: apps export the logger's local time). */
export interface LogDateTime {
  /** `YYYY-MM-DDTHH:mm:ss`, or `YYYY-MM-DD` when the source has no time of day. */
  iso: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The wall clock read as if it were UTC, in ms; only for differences (durations) and ordering. */
  epochMs: number;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['jan', 1],
      ['ene', 1],
      ['janv', 1],
      ['feb', 2],
      ['fev', 2],
      ['fév', 2],
      ['févr', 2],
      ['mar', 3],
      ['mär', 3],
      ['mrz', 3],
      ['apr', 4],
      ['abr', 4],
      ['avr', 4],
      ['may', 5],
      ['mai', 5],
      ['mayo', 5],
      ['jun', 6],
      ['juin', 6],
      ['jul', 7],
      ['juil', 7],
      ['aug', 8],
      ['ago', 8],
      ['août', 8],
      ['sep', 9],
      ['sept', 9],
      ['set', 9],
      ['oct', 10],
      ['okt', 10],
      ['out', 10],
      ['nov', 11],
      ['dec', 12],
      ['dez', 12],
      ['dic', 12],
      ['déc', 12],
    ] as const
  ).map(([name, month]) => [name, month]),
);

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap]\.?m\.?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]+${TIME})?\s*(?:z|[+-]\d{2}:?\d{2})?$`);
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}),?(?:\s+${TIME})?$`, 'u');
const MONTH_DAY = new RegExp(String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4}),?(?:\s+${TIME})?$`, 'u');

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS.get(lower) ?? (lower.length > 3 ? MONTHS.get(lower.slice(0, 3)) : undefined);
}

const pad = (n: number): string => String(n).padStart(2, '0');

function build(year: number, month: number | undefined, day: number, time: readonly (string | undefined)[] | null): LogDateTime | null {
  if (month === undefined || month < 1 || month > 12 || day < 1) return null;
  const [h, m, s, meridiem] = time ?? [];
  let hour = h === undefined ? 0 : Number(h);
  const minute = m === undefined ? 0 : Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(epochMs).getUTCDate() !== day) return null; // 31 April and friends
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const iso = h === undefined ? date : `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  return { iso, date, epochMs };
}

/**
 * Parses the timestamp forms that workout apps export, keeping the wall-clock time as written
 * (a trailing `Z` or offset is ignored: the logger's local time is what matters for training days).
 *
 * Accepted: `2020-09-29 07:10:22`, `2026-04-08T16:50:00Z`, `2023-05-01 7:12:03 PM` (any space,
 * including U+202F), `2020-09-13`, `2020/09/13`, `8 Apr 2026, 16:50`, `8. Apr. 2026 16:50`,
 * `Apr 8, 2026, 4:50 PM`, `April 8, 2026`. Returns null for anything else (including impossible
 * dates such as 2021-02-30), so callers can report the line.
 */
export function parseLogDateTime(text: string): LogDateTime | null {
  const t = text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
  const iso = ISO.exec(t);
  if (iso !== null) {
    const [, y = '', mo = '', d = '', ...time] = iso;
    return build(Number(y), Number(mo), Number(d), time[0] === undefined ? null : time);
  }
  const dm = DAY_MONTH.exec(t);
  if (dm !== null) {
    const [, d = '', name = '', y = '', ...time] = dm;
    return build(Number(y), monthNumber(name), Number(d), time[0] === undefined ? null : time);
  }
  const md = MONTH_DAY.exec(t);
  if (md !== null) {
    const [, name = '', d = '', y = '', ...time] = md;
    return build(Number(y), monthNumber(name), Number(d), time[0] === undefined ? null : time);
  }
  return null;
}
