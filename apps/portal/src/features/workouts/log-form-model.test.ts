import { describe, expect, it } from 'vitest';
import {
  buildLogInput,
  clock,
  DEFAULT_SESSION_MIN,
  draftFromPrescription,
  draftFromSession,
  type SessionDraft,
  typicalSessionMinutes,
  withDefaultTimes,
} from './log-form-model';
import type { LoggedSession } from './workouts.api';

const context = { athleteId: 'a1', programId: 'p1', week: 0, day: 0, title: 'Day 1' };

function draft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    date: '2026-12-07',
    start: '18:00',
    end: '19:05',
    notes: '',
    sessionRpe: '8',
    effort: 'rir',
    unit: 'kg',
    exercises: draftFromPrescription([
      { order: 0, exerciseId: 'bench', exerciseName: 'Bench Press', sets: 2, bodyweight: false },
      { order: 1, exerciseId: 'pullup', exerciseName: 'Pull-up', sets: 1, bodyweight: true },
    ]),
    ...overrides,
  };
}

describe('draftFromPrescription', () => {
  it('should leave every number empty (no prefilled reps, load or RIR)', () => {
    const sets = draftFromPrescription([{ order: 0, exerciseId: 'x', exerciseName: 'X', sets: 3, bodyweight: false }])[0]?.sets ?? [];
    expect(sets).toHaveLength(3);
    expect(sets.map((s) => [s.reps, s.weight, s.effort, s.done])).toEqual([
      ['', '', '', false],
      ['', '', '', false],
      ['', '', '', false],
    ]);
  });
});

describe('buildLogInput', () => {
  it('should send ticked sets with their numbers and blank unticked sets as not done', () => {
    const d = draft();
    const bench = d.exercises[0];
    if (!bench) throw new Error('fixture');
    bench.sets[0] = { reps: '6', weight: '60', effort: '0', done: true, restSec: null };
    const r = buildLogInput(d, context);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.performances[0]?.sets).toEqual([
      { reps: 6, weightKg: 60, rir: 0, rpe: null, restSec: null, done: true, warmup: false },
      { reps: null, weightKg: null, rir: null, rpe: null, restSec: null, done: false, warmup: false },
    ]);
    expect(r.input.performances[1]?.sets[0]?.done).toBe(false);
    expect(r.input.startedAt).toBe('2026-12-07T18:00:00');
    expect(r.input.endedAt).toBe('2026-12-07T19:05:00');
    expect(r.input.sessionRpe).toBe(8);
  });

  it('should refuse a ticked set without reps, and numbers on an unticked set, naming the set', () => {
    const d = draft();
    const [bench, pullup] = d.exercises;
    if (!bench || !pullup) throw new Error('fixture');
    bench.sets[0] = { reps: '', weight: '60', effort: '', done: true, restSec: null };
    bench.sets[1] = { reps: '5', weight: '', effort: '', done: false, restSec: null };
    pullup.sets[0] = { reps: '8', weight: '', effort: '', done: true, restSec: 90 };
    const r = buildLogInput(d, context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      'Bench Press, set 1: ticked done but the reps are empty — enter them or untick the set.',
      'Bench Press, set 2: has numbers but is not ticked done — tick it, or clear it to save it as not done.',
    ]);
  });

  it('should take times with seconds and refuse a start without an end', () => {
    const d = draft({ start: '18:00:05', end: '18:40:50' });
    const bench = d.exercises[0];
    if (!bench) throw new Error('fixture');
    bench.sets[0] = { reps: '5', weight: '60', effort: '', done: true, restSec: null };
    const r = buildLogInput(d, context);
    expect(r.ok && [r.input.startedAt, r.input.endedAt]).toEqual(['2026-12-07T18:00:05', '2026-12-07T18:40:50']);
    const short = buildLogInput({ ...d, start: '18:00:00', end: '18:00:20' }, context);
    expect(short.ok ? [] : short.errors).toEqual([
      'Started / Ended: 18:00:00–18:00:20 is 0 min; a session lasts 1 min to 10 h — correct the times.',
    ]);
    const half = buildLogInput({ ...d, end: '' }, context);
    expect(half.ok ? [] : half.errors).toEqual([
      'Started / Ended: give both times (the session-RPE load uses the duration between them), or leave both empty.',
    ]);
  });

  it('should refuse a session with no set done, and a session RPE outside the API range 1–10', () => {
    const r = buildLogInput(draft({ sessionRpe: '0' }), context);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(2);
    expect(r.errors[0]).toMatch(/at least one set/);
    expect(r.errors[1]).toMatch(/^Session RPE: rate the whole session from 1/);
  });

  it('should send a session without a session RPE as null (optional in the API)', () => {
    const d = draft({ sessionRpe: '' });
    const bench = d.exercises[0];
    if (!bench) throw new Error('fixture');
    bench.sets[0] = { reps: '5', weight: '60', effort: '', done: true, restSec: null };
    const r = buildLogInput(d, context);
    expect(r.ok && r.input.sessionRpe).toBeNull();
  });

  it('should convert pounds to kg, read RPE on the RPE scale and put an end past midnight on the next day', () => {
    const d = draft({ unit: 'lbs', effort: 'rpe', start: '23:30', end: '00:40' });
    const bench = d.exercises[0];
    if (!bench) throw new Error('fixture');
    bench.sets[0] = { reps: '5', weight: '135', effort: '9.5', done: true, restSec: 150 };
    const r = buildLogInput(d, context);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.performances[0]?.sets[0]).toEqual({
      reps: 5,
      weightKg: 61.23496995, // 135 × 0.45359237 exactly: it reads back as 135 lb, not 134.99
      rir: null,
      rpe: 9.5,
      restSec: 150,
      done: true,
      warmup: false,
    });
    expect(r.input.endedAt).toBe('2026-12-08T00:40:00');
  });
});

describe('clock', () => {
  it('should show minutes and seconds', () => {
    expect(clock(125)).toBe('2:05');
    expect(clock(0)).toBe('0:00');
  });
});

describe('draftFromSession', () => {
  const logged = (sessionRpe: number | null): LoggedSession => ({
    id: 's1',
    date: '2026-12-07',
    title: 'Day 1',
    sets: 1,
    performances: 1,
    startedAt: '2026-12-07T18:00:00',
    endedAt: '2026-12-07T19:05:00',
    durationMin: 65,
    sessionRpe,
    programId: 'p1',
    week: 0,
    day: 0,
    notes: null,
    exercises: [
      {
        exerciseId: 'bench',
        exerciseName: 'Bench Press',
        sets: [{ reps: 6, weightKg: 60, rir: 1, rpe: null, restSec: null, done: true, warmup: false }],
      },
    ],
  });

  it("should prefill the logged session's RPE so editing does not ask for it again, and send it back unchanged", () => {
    const d = draftFromSession(logged(7.5), new Set());
    expect(d.sessionRpe).toBe('7.5');
    const built = buildLogInput(d, context);
    if (!built.ok) throw new Error(built.errors.join('; '));
    expect(built.input.sessionRpe).toBe(7.5);
  });

  it('should leave the session RPE empty when none was given', () => {
    expect(draftFromSession(logged(null), new Set()).sessionRpe).toBe('');
  });

  it("should reopen an lbs athlete's session in lb and send the same kg back", () => {
    const session = logged(7);
    const set = session.exercises[0]?.sets[0];
    if (!set) throw new Error('fixture');
    set.weightKg = 61.23496995;
    const d = draftFromSession(session, new Set(), 'lbs');
    expect(d.unit).toBe('lbs');
    expect(d.exercises[0]?.sets[0]?.weight).toBe('135');
    const built = buildLogInput(d, context);
    if (!built.ok) throw new Error(built.errors.join('; '));
    expect(built.input.performances[0]?.sets[0]?.weightKg).toBe(61.23496995);
  });
});

describe('withDefaultTimes', () => {
  const now = new Date(2026, 11, 7, 8, 8, 3); // 08:08:03 in the test's local time, like timeOfDay reads it
  const ticked = (d: SessionDraft): SessionDraft => {
    const bench = d.exercises[0];
    if (!bench) throw new Error('fixture');
    bench.sets[0] = { reps: '5', weight: '60', effort: '', done: true, restSec: null };
    return d;
  };

  it('should save a session logged today with untouched times as ending now and lasting the typical session', () => {
    const d = withDefaultTimes(ticked(draft({ start: '', end: '', sessionRpe: '' })), '2026-12-07', now, 60);
    expect([d.start, d.end]).toEqual(['07:08:03', '08:08:03']);
    const r = buildLogInput(d, context);
    expect(r.ok ? [r.input.startedAt, r.input.endedAt, r.input.sessionRpe] : r.errors).toEqual([
      '2026-12-07T07:08:03',
      '2026-12-07T08:08:03',
      null,
    ]);
  });

  it('should keep typed times, end a typed start now, and not start before midnight', () => {
    const typed = draft({ start: '06:30', end: '07:15' });
    expect(withDefaultTimes(typed, '2026-12-07', now, 60)).toBe(typed);
    expect(withDefaultTimes(draft({ start: '07:00', end: '' }), '2026-12-07', now, 60)).toMatchObject({ start: '07:00', end: '08:08:03' });
    expect(withDefaultTimes(draft({ start: '', end: '' }), '2026-12-07', now, 600)).toMatchObject({ start: '00:00:00', end: '08:08:03' });
  });

  it('should leave a past session without times alone, and start a typed end the typical minutes before it', () => {
    const past = draft({ date: '2026-12-05', start: '', end: '' });
    expect(withDefaultTimes(past, '2026-12-07', now, 60)).toBe(past);
    expect(withDefaultTimes({ ...past, end: '19:30' }, '2026-12-07', now, 45)).toMatchObject({ start: '18:45:00', end: '19:30' });
  });
});

describe('typicalSessionMinutes', () => {
  it('should take the median logged duration, else the default', () => {
    expect(typicalSessionMinutes([])).toBe(DEFAULT_SESSION_MIN);
    expect(typicalSessionMinutes([{ durationMin: null }])).toBe(DEFAULT_SESSION_MIN);
    expect(typicalSessionMinutes([{ durationMin: 50 }, { durationMin: null }, { durationMin: 90 }, { durationMin: 45 }])).toBe(50);
    expect(typicalSessionMinutes([{ durationMin: 40 }, { durationMin: 55 }])).toBe(48);
  });
});
