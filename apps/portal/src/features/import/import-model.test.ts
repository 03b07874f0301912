import { describe, expect, it } from 'vitest';
import { importBlocker, mappingsOf, percent, unitStatement, unitToSend } from './import-model';

const stated = { unit: 'lbs', unitNeedsConfirmation: false };
const guessed = { unit: 'lbs', unitNeedsConfirmation: true };

describe('import rules', () => {
  it('should block the import until a file, a target and (for a file without a unit) a confirmed unit are there', () => {
    expect(importBlocker({ kind: 'roster', athleteId: 'a' }, null, null)).toBe('Choose a file first.');
    expect(importBlocker({ kind: 'none' }, stated, null)).toBe('Choose an athlete, or create a new one.');
    expect(importBlocker({ kind: 'new', name: '  ' }, stated, null)).toBe('Give the new athlete a name.');
    expect(importBlocker({ kind: 'roster', athleteId: 'a' }, guessed, null)).toBe('Confirm the weight unit (kg or lbs) first.');
    expect(importBlocker({ kind: 'roster', athleteId: 'a' }, guessed, 'kg')).toBeNull();
    expect(importBlocker({ kind: 'new', name: 'Dana' }, stated, null)).toBeNull();
  });

  it('should send the confirmed unit only for a file that does not state one', () => {
    expect(unitToSend(guessed, 'kg')).toBe('kg');
    expect(unitToSend(stated, 'kg')).toBeNull();
  });

  it('should turn the chosen mappings into the mutation argument, leaving out names kept as they are', () => {
    expect(mappingsOf({ 'Zorblax Press': 'dumbbell-shoulder-press', Kept: '', 'A, B': 'x' })).toEqual([
      { name: 'A, B', exerciseId: 'x' },
      { name: 'Zorblax Press', exerciseId: 'dumbbell-shoulder-press' },
    ]);
  });

  it('should state the unit and its confidence in words', () => {
    expect(percent(0.987)).toBe('99 %');
    expect(unitStatement({ unit: 'lbs', unitSource: 'inferred', unitConfidence: 0.78 })).toBe(
      'lbs, inferred from the loads (confidence 78 %)',
    );
    expect(unitStatement({ unit: 'kg', unitSource: 'assumed', unitConfidence: 0 })).toBe(
      'kg assumed: the loads do not tell (confidence 0 %)',
    );
    expect(unitStatement({ unit: 'kg', unitSource: 'file', unitConfidence: 1 })).toBe('kg, stated by the file');
  });
});
