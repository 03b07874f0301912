import { describe, expect, it } from 'vitest';
import { changeHead, guardNotes, oneLine, ruleReason } from './rationale.js';

const last = {
  date: '2024-03-01',
  targetReps: 8,
  sets: [
    { weightKg: 55, reps: 8 },
    { weightKg: 55, reps: 8 },
    { weightKg: 55, reps: 7, rpe: 8.5 },
  ],
};

describe('changeHead', () => {
  it.each([
    [57.5, 8, '+2.5 kg'],
    [55, 8, 'same load'],
    [52.5, 8, '−2.5 kg'],
  ])('should state %s kg × %s against 55 kg × 8 as %s', (load, reps, text) => {
    expect(changeHead(load, reps, 55, 8, 8)).toBe(text);
  });

  it('should compare a rep change at equal effort (RTS): 5 reps at 81.1 % vs 8 at 73.9 % of the same e1RM', () => {
    // 62.5 kg × 5 is worth 62.5 × 0.739 / 0.811 = 56.95 kg × 8 at the same RPE 8: +3.5 % on 55 kg → "+4 %".
    expect(changeHead(62.5, 5, 55, 8, 8)).toBe('+4 % at equal effort (8 → 5 reps)');
  });
});

describe('ruleReason', () => {
  it('should not call an increase swallowed by the weekly cap a miss', () => {
    // applyOverload turns a capped +2.5 kg into action "hold"; the rule's own reason still says why.
    expect(
      ruleReason({ ruleId: 'linear-progression', action: 'hold', reason: '+2.5 kg: every set reached its target reps' }, last, 8),
    ).toBe('all reps done (3 sets, top 55 kg × 8), but +2.5 kg would pass +10 %/week');
  });

  it('should cite the RPE for autoregulation and the completed session for linear progression', () => {
    expect(
      ruleReason(
        { ruleId: 'rpe-target-autoregulation', action: 'decrease-load', reason: '−3 % load: RPE 8.5 above target 8 (RTS chart, 7 reps)' },
        last,
        8,
      ),
    ).toBe('last set RPE 8.5 above target 8 (3 sets, top 55 kg × 8)');
    expect(
      ruleReason({ ruleId: 'linear-progression', action: 'increase-load', reason: '+2.5 kg: every set reached its target reps' }, last, 8),
    ).toBe('all reps done last time (3 sets, top 55 kg × 8)');
    expect(
      ruleReason(
        { ruleId: 'linear-progression', action: 'hold', reason: 'repeat 55 kg: missed target reps (1 of 3 before a reset)' },
        last,
        8,
      ),
    ).toBe('missed reps last time, repeat (3 sets, top 55 kg × 8)');
    expect(
      ruleReason(
        { ruleId: 'linear-progression', action: 'decrease-load', reason: 'reset −10 % (49.5 kg): 3 missed sessions in a row' },
        last,
        8,
      ),
    ).toBe('3 missed sessions in a row: reset −10 % (3 sets, top 55 kg × 8)');
  });
});

describe('guardNotes and oneLine', () => {
  it('should fold guardrail and rounding steps into short qualifiers on one line', () => {
    const notes = guardNotes(['clamped to 19.25 kg: at most +10 % per week from 17.5 kg', 'rounded 19.25 kg to 17.5 kg (2.5 kg steps)']);
    expect(notes).toEqual(['capped at +10 %/week']);
    const line = oneLine('same load', 'all reps done last time (2×10 @ 17.5 kg)', [...notes, '', 'ACWR 1.03']);
    expect(line).toBe('same load: all reps done last time (2×10 @ 17.5 kg), capped at +10 %/week, ACWR 1.03');
    expect(line).not.toContain('\n');
  });
});
