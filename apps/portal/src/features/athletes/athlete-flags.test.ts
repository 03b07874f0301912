import { describe, expect, it } from 'vitest';
import { acwrTone, complianceText, flagBadges, formatRatio } from './athlete-flags';

describe('flagBadges', () => {
  it('should label the API flags and add low compliance when fewer than 80 % of sessions were done', () => {
    const badges = flagBadges({ flags: [{ code: 'ACWR_HIGH', message: 'ACWR 1.62' }], compliance: { ratio: 0.5, prescribed: 4 } });
    expect(badges.map((b) => [b.label, b.tone])).toEqual([
      ['ACWR > 1.5', 'bad'],
      ['Compliance 50 %', 'warn'],
    ]);
  });

  it('should say "On track" when there is nothing to flag', () => {
    expect(flagBadges({ flags: [], compliance: { ratio: 1, prescribed: 3 } })).toEqual([
      expect.objectContaining({ code: 'OK', label: 'On track' }),
    ]);
  });

  it('should say "No training logged yet", not "On track", for an athlete with no session at all', () => {
    expect(flagBadges({ flags: [], daysSinceLastSession: null, compliance: null })).toEqual([
      expect.objectContaining({ code: 'NO_DATA', label: 'No training logged yet', tone: 'info' }),
    ]);
    expect(flagBadges({ flags: [], daysSinceLastSession: 2, compliance: null })[0]?.code).toBe('OK');
  });

  it('should not flag compliance when nothing was prescribed yet', () => {
    expect(flagBadges({ flags: [], compliance: { ratio: 0, prescribed: 0 } })[0]?.code).toBe('OK');
  });
});

describe('acwrTone', () => {
  it('should colour the ACWR only when the API flags it', () => {
    expect(acwrTone({ flags: [{ code: 'ACWR_HIGH', message: 'ACWR 1.62' }] })).toBe('bad');
    expect(acwrTone({ flags: [{ code: 'ACWR_LOW', message: 'ACWR 0.55' }] })).toBe('warn');
    expect(acwrTone({ flags: [{ code: 'MISSED_SESSIONS', message: '2 missed' }] })).toBe('info');
    expect(acwrTone({ flags: [] })).toBe('info');
  });
});

describe('complianceText', () => {
  it('should read "2 of 3 sessions" with its percentage', () => {
    expect(complianceText({ completed: 2, prescribed: 3, ratio: 2 / 3 })).toEqual({ ratio: '67 %', sessions: '2 of 3 sessions' });
  });
  it('should never read "1 of 0": nothing due yet is a dash', () => {
    expect(complianceText({ completed: 1, prescribed: 0, ratio: null })).toEqual({ ratio: '—', sessions: 'no sessions due yet' });
  });
  it('should say when there is no active program', () => {
    expect(complianceText(null)).toEqual({ ratio: '—', sessions: 'no active program' });
  });
});

describe('formatRatio', () => {
  it('should show a percentage or a dash', () => {
    expect(formatRatio(0.756)).toBe('76 %');
    expect(formatRatio(null)).toBe('—');
  });
});
