import { describe, expect, it } from 'vitest';
import { draftFromPrescription, type SessionDraft } from './log-form-model';
import { hasEntries, readDraft } from './saved-draft';

const draft = (): SessionDraft => ({
  date: '2026-12-07',
  start: '',
  end: '',
  notes: '',
  sessionRpe: '',
  effort: 'rir',
  unit: 'kg',
  exercises: draftFromPrescription([{ order: 0, exerciseId: 'x', exerciseName: 'X', sets: 2, bodyweight: false }]),
});

describe('hasEntries', () => {
  it('should keep a draft only once something was typed or ticked', () => {
    const d = draft();
    expect(hasEntries(d)).toBe(false);
    const first = d.exercises[0]?.sets[0];
    if (!first) throw new Error('fixture');
    first.reps = '5';
    expect(hasEntries(d)).toBe(true);
    expect(hasEntries({ ...draft(), notes: 'knee felt fine' })).toBe(true);
  });
});

describe('readDraft', () => {
  it('should have nothing to read outside a browser', () => {
    expect(readDraft('a1')).toBeNull();
  });
});
