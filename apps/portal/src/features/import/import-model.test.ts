import { describe, expect, it } from 'vitest';
import { importBlocker, mappingsOf, percent, suggestedUnit, unitStatement, unitToSend } from './import-model';

const stated = { unit: 'lbs', unitNeedsConfirmation: false };
const guessed = { unit: 'lbs', unitNeedsConfirmation: true };
/** The server's evidence for a file whose loads are clean numbers (packages/domain infer-weight-unit). */
const noTell =
  'kg assumed: the loads do not tell kg from lbs, of 3 loads: loads are pound-gym bar totals or kilograms converted at 2.2 (135)';
const assumed = { unit: 'kg', unitSource: 'assumed', unitConfidence: 0, unitEvidence: noTell };

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
    expect(unitStatement({ unit: 'lbs', unitSource: 'inferred', unitConfidence: 0.78, unitEvidence: '' })).toBe(
      'lbs, inferred from the loads (confidence 78 %)',
    );
    expect(unitStatement({ ...assumed, unitEvidence: `${noTell}; leaning lbs, too little to decide` })).toBe(
      'not stated by the file, and the loads do not tell kg from lbs (leaning lbs)',
    );
    expect(unitStatement(assumed)).toBe('not stated by the file, and the loads do not tell kg from lbs');
    expect(unitStatement({ unit: 'kg', unitSource: 'file', unitConfidence: 1, unitEvidence: '' })).toBe('kg, stated by the file');
  });

  it('should suggest the unit the evidence leans to, and none when it leans nowhere', () => {
    expect(suggestedUnit({ ...assumed, unitEvidence: `${noTell}; leaning lbs, too little to decide` })).toBe('lbs');
    expect(suggestedUnit({ ...assumed, unitConfidence: 0.12, unitEvidence: `${noTell}; leaning kg, too little to decide` })).toBe('kg');
    expect(suggestedUnit(assumed)).toBeNull();
    expect(suggestedUnit({ unit: 'lbs', unitSource: 'inferred', unitConfidence: 0.78, unitEvidence: 'lbs from conversion noise' })).toBe(
      'lbs',
    );
    expect(suggestedUnit({ unit: 'kg', unitSource: 'file', unitConfidence: 1, unitEvidence: 'stated by the file' })).toBeNull();
  });
});
