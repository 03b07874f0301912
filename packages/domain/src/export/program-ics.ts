import { formatLoad } from '../program/format-load.js';
import type { Program, ProgramDay, ProgramPrescription } from '../program/program.js';
import type { PlateSet } from '../overload/round-load.js';

/** iCalendar lines end with CRLF (RFC 5545 §3.1). */
const CRLF = '\r\n';
/** A content line is at most 75 octets before its line break (RFC 5545 §3.1). */
const MAX_OCTETS = 75;
const utf8 = new TextEncoder();

/** A TEXT value escaped (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function icsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded at 75 octets (RFC 5545 §3.1): continuation lines start with one space, and
 * a UTF-8 character is never split across lines.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    // Continuation lines carry the leading space, so they hold one octet less.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const icsDate = (day: string): string => day.replaceAll('-', '');
const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const icsUtc = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** "Back Squat: 3 × 5 at 100 kg, RPE 8, rest 3 min" (a load as `formatLoad` words it, in the plate set's unit). */
export function prescriptionLine(rx: ProgramPrescription, plates: PlateSet): string {
  const load = formatLoad(rx, plates);
  const rest = rx.restSec >= 60 ? `${Number((rx.restSec / 60).toFixed(1))} min` : `${rx.restSec} s`;
  return `${rx.exerciseName}: ${rx.sets} × ${rx.reps}${load === null ? '' : ` at ${load}`}, RPE ${rx.targetRpe}, rest ${rest}`;
}

export interface ProgramIcsOptions {
  /** The athlete's IANA time zone: the days are dates in it (stated as X-WR-TIMEZONE). */
  timeZone: string;
  athleteName: string;
  /** The unit and plates loads are written in (the athlete's preference). */
  plates: PlateSet;
  /** ISO timestamp of the export, for DTSTAMP (passed in: the writer is pure). */
  now: string;
  /** Where the program is seen in the portal, added to each event when given. */
  url?: string;
}

/** The stable UID of a program day: the same day keeps it when moved, so a calendar updates the event. */
export const programDayUid = (programId: string, weekIndex: number, day: ProgramDay): string =>
  `${programId}-w${weekIndex + 1}-d${day.index + 1}@liftgraph`;

/**
 * A program as an iCalendar file (RFC 5545): one all-day VEVENT per dated session (DTSTART a DATE:
 * the day in the athlete's time zone), its prescriptions one per line in DESCRIPTION, UID stable per
 * program day, skipped days as STATUS:CANCELLED. Lines CRLF-terminated, text escaped, long lines folded
 * at 75 octets. Pure.
 */
export function writeProgramIcs(program: Program, options: ProgramIcsOptions): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Liftgraph//Program export//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(`Liftgraph program – ${options.athleteName}`)}`,
    `X-WR-TIMEZONE:${icsText(options.timeZone)}`,
  ];
  const weeks = program.weeks.length;
  for (const week of program.weeks) {
    for (const day of week.days) {
      const title = `${day.label} (week ${week.index + 1} of ${weeks}${week.deload ? ', deload' : ''})`;
      const description = day.prescriptions.map((rx) => prescriptionLine(rx, options.plates)).join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${programDayUid(program.programId, week.index, day)}`,
        `DTSTAMP:${icsUtc(options.now)}`,
        `DTSTART;VALUE=DATE:${icsDate(day.date)}`,
        `DTEND;VALUE=DATE:${icsDate(nextDay(day.date))}`,
        `SUMMARY:${icsText(title)}`,
        `DESCRIPTION:${icsText(description)}`,
        'TRANSP:TRANSPARENT',
        `STATUS:${day.status === 'skipped' ? 'CANCELLED' : 'CONFIRMED'}`,
      );
      if (options.url !== undefined) lines.push(`URL:${options.url}`);
      lines.push('END:VEVENT');
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
