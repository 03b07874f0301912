import { describe, expect, it } from 'vitest';
import { applyProgramEdit, ProgramEditError } from './edit-program.js';
import { buildPrescription, buildProgram } from './program-builder.js';
import type { Program } from './program.js';

const press = (loadKg: number, sets = 3) => ({
  exerciseId: 'db-press',
  exerciseName: 'Dumbbell Press',
  loadKg,
  loadPerHand: true,
  sets,
  reps: 8,
  rationale: `${sets} × 8 at ${loadKg} kg per hand (generated)`,
});
const row = (loadKg: number) => ({
  exerciseId: 'db-row',
  exerciseName: 'Dumbbell Row',
  loadKg,
  loadPerHand: true,
  reps: 10,
  rationale: `3 × 10 at ${loadKg} kg per hand (generated)`,
});

/** Four weeks, Monday: press then row; week 3 (index 3) a deload; week 2's row locked. */
const block = (): Program =>
  buildProgram({
    programId: 'p',
    athleteId: 'a',
    startDate: '2026-12-07',
    weeks: [
      { days: [{ dayOfWeek: 1, prescriptions: [press(20), row(24)] }] },
      { days: [{ dayOfWeek: 1, prescriptions: [press(22), row(26)] }] },
      { days: [{ dayOfWeek: 1, prescriptions: [press(24), { ...row(28), locked: true }] }] },
      { deload: true, days: [{ dayOfWeek: 1, prescriptions: [press(18, 2), row(20)] }] },
    ],
  });
const opts = { date: '2026-12-07' };
const at = (p: Program, w: number, o: number) => p.weeks[w]?.days[0]?.prescriptions[o];

describe('applyProgramEdit', () => {
  it('should update this week only, as a coach change with the previous numbers and a reason', () => {
    const before = block();
    const p = applyProgramEdit(
      before,
      { kind: 'update', week: 0, day: 0, order: 0, scope: 'this-week', changes: { loadKg: 22, sets: 4 } },
      opts,
    );
    expect(at(p, 0, 0)).toMatchObject({ loadKg: 22, sets: 4, source: 'coach' });
    expect(at(p, 0, 0)?.adjustment).toEqual({
      reason: 'coach edit: 3×8 @ 20 kg → 4×8 @ 22 kg',
      date: '2026-12-07',
      by: 'coach',
      previous: { sets: 3, reps: 8, loadKg: 20, targetRpe: 8 },
    });
    expect(at(p, 1, 0)).toEqual(at(before, 1, 0));
    expect(at(before, 0, 0)?.loadKg).toBe(20);
  });

  it('should word a coach edit in pounds for an athlete who trains in lb', () => {
    const lb = 0.45359237;
    const p = applyProgramEdit(
      block(),
      { kind: 'update', week: 0, day: 0, order: 0, scope: 'this-week', changes: { loadKg: 50 * lb } },
      { ...opts, plates: { unit: 'lbs', microplates: false } },
    );
    // 20 kg per hand = 44.1 lb (the reason's exact figure; the coach's line shows it on the 5 lb step, 45 lb); the coach sets 50 lb.
    expect(at(p, 0, 0)?.adjustment?.reason).toBe('coach edit: 3×8 @ 44.1 lb → 3×8 @ 50 lb');
    expect(at(p, 0, 0)?.rationale).toMatch(/^3 × 8 at 50 lb per hand, RPE 8: set by the coach \(was 3 × 8 at 45 lb per hand\)$/);
  });

  it('should carry an update into the following weeks by the load ratio, rounded to the step, keeping the deload cut and its sets', () => {
    const p = applyProgramEdit(
      block(),
      { kind: 'update', week: 0, day: 0, order: 0, scope: 'following-weeks', changes: { loadKg: 25, sets: 4 } },
      opts,
    );
    // 25/20 = 1.25: 22 → 27.5 → 28 (1 kg step per hand), 24 → 30, deload 18 → 22.5 → 23 with its 2 sets.
    expect([1, 2, 3].map((w) => [at(p, w, 0)?.loadKg, at(p, w, 0)?.sets])).toEqual([
      [28, 4],
      [30, 4],
      [23, 2],
    ]);
    expect(at(p, 1, 0)?.adjustment?.by).toBe('coach');
  });

  it('should leave locked prescriptions of later weeks untouched', () => {
    const p = applyProgramEdit(
      block(),
      { kind: 'update', week: 0, day: 0, order: 1, scope: 'following-weeks', changes: { loadKg: 30 } },
      opts,
    );
    // 30/24 = 1.25: week 2 26 → 32.5 → 33; week 3 locked at 28 kg; the deload 20 → 25.
    expect([1, 2, 3].map((w) => [at(p, w, 1)?.loadKg, at(p, w, 1)?.locked, at(p, w, 1)?.adjustment?.by ?? null])).toEqual([
      [33, false, 'coach'],
      [28, true, null],
      [25, false, 'coach'],
    ]);
  });

  it('should swap the slot in the following weeks, each keeping its place in the progression', () => {
    const replacement = buildPrescription({
      exerciseId: 'push-up',
      exerciseName: 'Push-Up',
      loadKg: null,
      bodyweight: true,
      reps: 12,
      sets: 3,
    });
    const p = applyProgramEdit(block(), { kind: 'swap', week: 0, day: 0, order: 0, scope: 'following-weeks', replacement }, opts);
    expect([0, 1, 2, 3].map((w) => [at(p, w, 0)?.exerciseId, at(p, w, 0)?.loadKg, at(p, w, 0)?.sets])).toEqual([
      ['push-up', null, 3],
      ['push-up', null, 3],
      ['push-up', null, 3],
      ['push-up', null, 2],
    ]);
    expect(at(p, 1, 0)?.adjustment?.reason).toBe('coach swap: Dumbbell Press → Push-Up');
  });

  it('should add to this and later weeks (half the sets in a deload), remove and reorder the same slot, but not a locked one', () => {
    const curl = buildPrescription({ exerciseId: 'db-curl', exerciseName: 'Curl', loadKg: 10, sets: 4 });
    const added = applyProgramEdit(block(), { kind: 'add', week: 1, day: 0, scope: 'following-weeks', prescription: curl }, opts);
    expect(added.weeks.map((w) => w.days[0]?.prescriptions.find((x) => x.exerciseId === 'db-curl')?.sets)).toEqual([undefined, 4, 4, 2]);

    const removed = applyProgramEdit(block(), { kind: 'remove', week: 0, day: 0, order: 1, scope: 'following-weeks' }, opts);
    expect(removed.weeks.map((w) => w.days[0]?.prescriptions.map((x) => x.exerciseId))).toEqual([
      ['db-press'],
      ['db-press'],
      ['db-press', 'db-row'],
      ['db-press'],
    ]);

    const reordered = applyProgramEdit(block(), { kind: 'reorder', week: 0, day: 0, order: 1, toOrder: 0, scope: 'this-week' }, opts);
    expect(reordered.weeks.map((w) => w.days[0]?.prescriptions[0]?.exerciseId)).toEqual(['db-row', 'db-press', 'db-press', 'db-press']);
  });

  it('should lock a prescription in this and the following weeks, and refuse a place that does not exist, naming the field', () => {
    const p = applyProgramEdit(block(), { kind: 'lock', week: 0, day: 0, order: 0, scope: 'following-weeks', locked: true }, opts);
    expect(p.weeks.map((w) => w.days[0]?.prescriptions[0]?.locked)).toEqual([true, true, true, true]);
    expect(() => applyProgramEdit(block(), { kind: 'remove', week: 9, day: 0, order: 0, scope: 'this-week' }, opts)).toThrow(
      ProgramEditError,
    );
    expect(() => applyProgramEdit(block(), { kind: 'remove', week: 0, day: 0, order: 5, scope: 'this-week' }, opts)).toThrow(
      /no prescription 5/,
    );
  });

  describe('rationale of the prescriptions an edit changes', () => {
    const pushUp = buildPrescription({
      exerciseId: 'push-up',
      exerciseName: 'Push-Up',
      loadKg: null,
      bodyweight: true,
      reps: 12,
      sets: 3,
      rationale: 'first-time starting dose',
    });
    const edits = {
      update: { kind: 'update', week: 0, day: 0, order: 0, changes: { reps: 5, loadKg: 18 } },
      swap: { kind: 'swap', week: 0, day: 0, order: 0, replacement: pushUp },
    } as const;
    const numbers = (rx: Program['weeks'][number]['days'][number]['prescriptions'][number]) => [rx.sets, rx.reps, rx.loadKg];

    it.each([
      ['update', 'this-week'],
      ['update', 'following-weeks'],
      ['swap', 'this-week'],
      ['swap', 'following-weeks'],
    ] as const)(
      '%s with scope %s: every changed prescription states its own sets × reps and load; unchanged ones keep theirs',
      (kind, scope) => {
        const before = block();
        const after = applyProgramEdit(before, { ...edits[kind], scope }, opts);
        const pairs = before.weeks.flatMap((w, wi) =>
          (w.days[0]?.prescriptions ?? []).flatMap((rx, o) => {
            const now = at(after, wi, o);
            return now === undefined ? [] : [{ rx, now }];
          }),
        );
        expect(pairs).toHaveLength(8);
        const changed = pairs.filter(({ rx, now }) => now.exerciseId !== rx.exerciseId || numbers(now).join() !== numbers(rx).join());
        const unchanged = pairs.filter((p) => !changed.includes(p));
        // this-week changes one prescription; following-weeks also the three later press slots.
        expect(changed).toHaveLength(scope === 'this-week' ? 1 : 4);
        expect(unchanged.length).toBeGreaterThan(0);
        for (const { rx, now } of changed) {
          const load = now.loadKg === null ? 'body weight' : `${now.loadKg} kg per hand`;
          expect(now.rationale).toMatch(new RegExp(`^${now.sets} × ${now.reps} at ${load}, RPE ${now.targetRpe}: `));
          expect(now.rationale).toContain(`(was ${rx.sets} × ${rx.reps} at ${rx.loadKg} kg per hand)`);
          expect(now.rationale).not.toContain('(generated)');
          expect(now.details).toContain(kind === 'update' ? rx.rationale : 'first-time starting dose');
        }
        for (const { rx, now } of unchanged) expect(now.rationale).toBe(rx.rationale);
      },
    );

    it('words the edited one as set by the coach, the later ones as carried from its week, and a second edit keeps the first details', () => {
      const once = applyProgramEdit(block(), { ...edits.update, scope: 'following-weeks' }, opts);
      expect(at(once, 0, 0)?.rationale).toBe('3 × 5 at 18 kg per hand, RPE 8: set by the coach (was 3 × 8 at 20 kg per hand)');
      expect(at(once, 0, 0)?.details).toBe('Generated: 3 × 8 at 20 kg per hand (generated)');
      // 18/20 = 0.9: week 2 22 → 19.8 → 20.
      expect(at(once, 1, 0)?.rationale).toBe('3 × 5 at 20 kg per hand, RPE 8: set by the coach from week 1 (was 3 × 8 at 22 kg per hand)');
      const twice = applyProgramEdit(once, { kind: 'update', week: 0, day: 0, order: 0, scope: 'this-week', changes: { sets: 4 } }, opts);
      expect(at(twice, 0, 0)?.rationale).toBe('4 × 5 at 18 kg per hand, RPE 8: set by the coach (was 3 × 5 at 18 kg per hand)');
      expect(at(twice, 0, 0)?.details).toBe('Generated: 3 × 8 at 20 kg per hand (generated)');
    });
  });
});
