import { describe, expect, it } from 'vitest';
import type { LoggedWorkoutSession, LoggedWorkoutSet } from './logged-workout.js';
import { detectPersonalRecords } from './personal-records.js';

type SetSpec = [weightKg: number | null, reps: number | null, extra?: Partial<LoggedWorkoutSet>];
const session = (sessionId: string, date: string, exercises: Record<string, SetSpec[]>): LoggedWorkoutSession => ({
  sessionId,
  date,
  exercises: Object.entries(exercises).map(([exerciseId, sets]) => ({
    exerciseId,
    exerciseName: exerciseId.replace(/-/g, ' '),
    sets: sets.map(([weightKg, reps, extra]) => ({ weightKg, reps, ...extra })),
  })),
});

const history = [
  session('s1', '2026-11-23', {
    'barbell-bench-press': [
      [80, 5],
      [80, 5],
      [80, 5],
    ],
  }),
  session('s2', '2026-11-30', {
    'barbell-bench-press': [
      [82.5, 5, { rir: 1 }],
      [85, 3],
    ],
  }),
];

describe('detectPersonalRecords', () => {
  it('finds an e1RM record with the previous best it beat', () => {
    // 87.5 × 5 at 1 counted RIR: 87.5 × (1 + 6/30) = 105; earlier best 82.5 × 5 @ RIR 1 = 99.
    const records = detectPersonalRecords(history, session('s3', '2026-12-07', { 'barbell-bench-press': [[87.5, 5, { rir: 1 }]] }));
    expect(records.find((r) => r.kind === 'e1rm')).toEqual({
      exerciseId: 'barbell-bench-press',
      exerciseName: 'barbell bench press',
      kind: 'e1rm',
      date: '2026-12-07',
      sessionId: 's3',
      weightKg: 87.5,
      reps: 5,
      e1rmKg: 105,
      previousBest: 99,
      previous: { date: '2026-11-30', sessionId: 's2', weightKg: 82.5, reps: 5, e1rmKg: 99 },
    });
  });

  it('finds a rep record: more reps than ever at that load or heavier', () => {
    // 82.5 × 7: earlier sets at ≥ 82.5 kg did at most 5 reps (82.5 × 5), so 7 is a rep record.
    const records = detectPersonalRecords(
      history,
      session('s3', '2026-12-07', {
        'barbell-bench-press': [
          [82.5, 7],
          [60, 12],
        ],
      }),
    );
    expect(records.find((r) => r.kind === 'reps')).toMatchObject({
      weightKg: 82.5,
      reps: 7,
      previousBest: 5,
      previous: { weightKg: 82.5, reps: 5 },
    });
  });

  it('picks the heaviest of several rep-record sets', () => {
    // 80 × 6 beats 5 at ≥ 80; 82.5 × 6 beats 5 at ≥ 82.5: the heavier is reported.
    const records = detectPersonalRecords(
      history,
      session('s3', '2026-12-07', {
        'barbell-bench-press': [
          [80, 6],
          [82.5, 6],
        ],
      }),
    );
    expect(records.filter((r) => r.kind === 'reps')).toEqual([expect.objectContaining({ weightKg: 82.5, reps: 6, previousBest: 5 })]);
  });

  it('is no rep record when a heavier earlier set did as many reps', () => {
    // 80 × 5: 82.5 × 5 was done before; and the e1RM (96) is below 99.
    expect(detectPersonalRecords(history, session('s3', '2026-12-07', { 'barbell-bench-press': [[80, 5]] }))).toEqual([]);
  });

  it('sets no record on the first performance of an exercise', () => {
    expect(detectPersonalRecords(history, session('s3', '2026-12-07', { 'barbell-back-squat': [[140, 5]] }))).toEqual([]);
    expect(detectPersonalRecords([], session('s1', '2026-11-23', { 'barbell-bench-press': [[80, 5]] }))).toEqual([]);
  });

  it('ignores warm-ups and sets not done, in the session and in the history', () => {
    const withWarmupBest = [
      ...history,
      session('s2b', '2026-12-01', {
        'barbell-bench-press': [
          [120, 3, { warmup: true }],
          [130, null, { done: false }],
        ],
      }),
    ];
    const records = detectPersonalRecords(
      withWarmupBest,
      session('s3', '2026-12-07', {
        'barbell-bench-press': [
          [140, 5, { warmup: true }],
          [150, null, { done: false }],
          [85, 5],
        ],
      }),
    );
    // Only 85 × 5 counts: e1RM 85 × 1.2 = 102 > 99 (the warm-up 120 × 3 is not an earlier best); 5 reps at 85 beats 3.
    expect(records.map((r) => [r.kind, r.weightKg, r.reps, r.previousBest])).toEqual([
      ['e1rm', 85, 5, 99],
      ['reps', 85, 5, 3],
    ]);
  });

  it('leaves out the session itself and sessions dated after it (back-dated logs)', () => {
    const later = session('s9', '2026-12-20', { 'barbell-bench-press': [[100, 5]] });
    const self = session('s3', '2026-12-07', { 'barbell-bench-press': [[87.5, 5, { rir: 1 }]] });
    const records = detectPersonalRecords([...history, later, self], self);
    expect(records.find((r) => r.kind === 'e1rm')?.previousBest).toBe(99);
  });

  it('counts body-weight reps as rep records (load null = body weight alone) with no e1RM', () => {
    const past = [
      session('p1', '2026-11-30', {
        'pull-up': [
          [null, 8],
          [null, 7],
        ],
      }),
    ];
    const records = detectPersonalRecords(
      past,
      session('p2', '2026-12-07', {
        'pull-up': [
          [null, 10],
          [null, 8],
        ],
      }),
    );
    expect(records).toEqual([expect.objectContaining({ kind: 'reps', weightKg: 0, reps: 10, e1rmKg: null, previousBest: 8 })]);
  });

  it('refuses a session date that is not YYYY-MM-DD', () => {
    expect(() => detectPersonalRecords([], { date: '7 Dec', exercises: [] })).toThrowError(/session\.date must be YYYY-MM-DD, got 7 Dec/);
  });
});
