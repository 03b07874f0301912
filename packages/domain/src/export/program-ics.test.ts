import { describe, expect, it } from 'vitest';
import type { Program, ProgramPrescription } from '../program/program.js';
import { foldLine, icsText, writeProgramIcs } from './program-ics.js';

const rx = (over: Partial<ProgramPrescription> = {}): ProgramPrescription => ({
  exerciseId: 'barbell-back-squat',
  exerciseName: 'Barbell Back Squat',
  primaryMuscles: ['quadriceps'],
  secondaryMuscles: [],
  sets: 3,
  reps: 5,
  loadKg: 100,
  loadPerHand: false,
  bodyweight: false,
  restSec: 180,
  targetRpe: 8,
  rationale: '',
  details: '',
  locked: false,
  adjustment: null,
  source: 'rules',
  ...over,
});

const PROGRAM: Program = {
  programId: 'prog-1',
  athleteId: 'a1',
  daysPerWeek: 2,
  goal: 'strength',
  startDate: '2026-12-07',
  weeks: [
    {
      index: 0,
      deload: false,
      days: [
        { index: 0, dayOfWeek: 1, date: '2026-12-07', status: 'planned', label: 'Lower, squat; heavy', prescriptions: [rx()] },
        {
          index: 1,
          dayOfWeek: 4,
          date: '2026-12-31',
          status: 'skipped',
          label: 'Upper',
          prescriptions: [
            rx({ exerciseName: 'Dumbbell Bench Press', loadKg: 24, loadPerHand: true, restSec: 90 }),
            rx({ exerciseName: 'Pull-up', loadKg: null, bodyweight: true, reps: 8, restSec: 45 }),
          ],
        },
      ],
    },
  ],
};

const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');

describe('writeProgramIcs', () => {
  const ics = writeProgramIcs(PROGRAM, {
    timeZone: 'Europe/Paris',
    athleteName: 'Chloé Ström',
    plates: { unit: 'kg', microplates: false },
    now: '2026-12-07T08:00:00.000Z',
  });
  const lines = unfold(ics);

  it('should be a VCALENDAR with CRLF lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('should write one all-day event per session with a stable UID, the date as DTSTART and the prescriptions', () => {
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('UID:prog-1-w1-d1@liftgraph');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261207');
    expect(lines).toContain('DTEND;VALUE=DATE:20261208');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('SUMMARY:Lower\\, squat\\; heavy (week 1 of 1)');
    expect(lines).toContain('DESCRIPTION:Barbell Back Squat: 3 × 5 at 100 kg\\, RPE 8\\, rest 3 min');
    expect(lines).toContain(
      'DESCRIPTION:Dumbbell Bench Press: 3 × 5 at 24 kg per hand\\, RPE 8\\, rest 1.5 min\\nPull-up: 3 × 8 at body weight\\, RPE 8\\, rest 45 s',
    );
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('X-WR-TIMEZONE:Europe/Paris');
    expect(lines).toContain('DTSTAMP:20261207T080000Z');
  });

  it('should keep the UID of a day that is moved', () => {
    const moved = structuredClone(PROGRAM);
    const day = moved.weeks[0]?.days[0];
    if (day) day.date = '2026-12-08';
    const again = unfold(
      writeProgramIcs(moved, {
        timeZone: 'UTC',
        athleteName: 'X',
        plates: { unit: 'kg', microplates: false },
        now: '2026-12-07T08:00:00Z',
      }),
    );
    expect(again).toContain('UID:prog-1-w1-d1@liftgraph');
    expect(again).toContain('DTSTART;VALUE=DATE:20261208');
  });

  it('should write loads in the athlete unit', () => {
    const lbs = unfold(
      writeProgramIcs(PROGRAM, {
        timeZone: 'UTC',
        athleteName: 'X',
        plates: { unit: 'lbs', microplates: false },
        now: '2026-12-07T08:00:00Z',
      }),
    );
    expect(lbs.some((l) => l.includes('3 × 5 at 220 lb'))).toBe(true);
  });
});

describe('icsText and foldLine', () => {
  it('should escape backslash, semicolon, comma and line breaks', () => {
    expect(icsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('should fold at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => new TextEncoder().encode(p).length <= 75)).toBe(true);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
