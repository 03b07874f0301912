import { describe, expect, it } from 'vitest';
import { importNotices } from './import-notices';

describe('importNotices', () => {
  it('should say where the unit came from, and how to correct it when it was a guess', () => {
    expect(importNotices({ unit: 'lbs', unitSource: 'inferred' })).toEqual([
      { tone: 'warn', text: 'Weight unit: lbs (inferred from the loads) — wrong? re-import with the unit set' },
    ]);
    expect(importNotices({ unit: 'kg', unitSource: 'assumed' })[0]).toEqual({
      tone: 'warn',
      text: 'Weight unit: kg (assumed: the file does not say and its loads do not tell) — wrong? re-import with the unit set',
    });
    expect(importNotices({ unit: 'kg', unitSource: 'file' })[0]).toEqual({ tone: 'info', text: 'Weight unit: kg (stated by the file)' });
    expect(importNotices({ unit: 'lbs', unitSource: 'caller' })[0]).toEqual({ tone: 'info', text: 'Weight unit: lbs (as you chose)' });
    expect(importNotices({ unit: 'kg', unitSource: null })[0]).toEqual({ tone: 'info', text: 'Weight unit: kg' });
    expect(importNotices({ unit: 'lbs', unitSource: 'inferred', unitConfidence: 0.78 })[0]?.text).toBe(
      'Weight unit: lbs (inferred from the loads, confidence 78 %) — wrong? re-import with the unit set',
    );
  });

  it('should say how dumbbell loads were read, and warn when it could not tell', () => {
    const reason = 'median dumbbell/barbell e1RM ratio 0.9 over 4 pair(s) ≥ 0.65: the numbers are both dumbbells together';
    expect(importNotices({ unit: 'kg', unitSource: 'file', dumbbellRecording: { recording: 'total', reason, pairs: 4 } })[1]).toEqual({
      tone: 'info',
      text: `Dumbbell loads read as both dumbbells together (${reason})`,
    });
    expect(importNotices({ unit: 'kg', dumbbellRecording: { recording: 'per-hand', reason: 'r', pairs: 1 } })[1]?.text).toBe(
      'Dumbbell loads read as one dumbbell per hand (r)',
    );
    expect(
      importNotices({
        unit: 'kg',
        dumbbellRecording: { recording: null, reason: 'no dumbbell exercise paired with its barbell lift', pairs: 0 },
      })[1],
    ).toEqual({
      tone: 'warn',
      text: 'Could not tell whether dumbbell loads are per hand or both together (no dumbbell exercise paired with its barbell lift); programs read them as both together, the safe side',
    });
  });

  it('should say nothing about dumbbells for a file without dumbbell lifts', () => {
    expect(importNotices({ unit: 'kg', unitSource: 'file', dumbbellRecording: null })).toHaveLength(1);
  });
});
