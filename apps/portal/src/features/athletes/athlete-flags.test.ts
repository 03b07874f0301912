import { describe, expect, it } from 'vitest';
import { acwrTone, flagBadges, formatRatio } from './athlete-flags';

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

  it('should not flag compliance when nothing was prescribed yet', () => {
    expect(flagBadges({ flags: [], compliance: { ratio: 0, prescribed: 0 } })[0]?.code).toBe('OK');
  });
});

describe('acwrTone', () => {
  it.each([
    [null, 'info'],
    [0.6, 'warn'],
    [1.0, 'ok'],
    [1.4, 'warn'],
    [1.6, 'bad'],
  ] as const)('should map ACWR %s to %s', (acwr, tone) => {
    expect(acwrTone(acwr)).toBe(tone);
  });
});

describe('formatRatio', () => {
  it('should show a percentage or a dash', () => {
    expect(formatRatio(0.756)).toBe('76 %');
    expect(formatRatio(null)).toBe('—');
  });
});
