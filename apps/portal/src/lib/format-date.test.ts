import { describe, expect, it } from 'vitest';
import { dateTimeText, dayText, monthText, timeText } from './format-date';

describe("dates in the viewer's locale and time zone", () => {
  it('should word a training day in the locale without shifting it', () => {
    expect(dayText('2026-12-07', { locale: 'en-GB' })).toBe('Mon 7 Dec');
    expect(dayText('2026-12-07', { locale: 'en-US' })).toBe('Mon, Dec 7');
    expect(dayText('2026-12-07', { locale: 'fr-FR' })).toBe('lun. 7 déc.');
    expect(dayText('soon', { locale: 'en-GB' })).toBe('soon');
    expect(dayText('2026-12-07', { locale: 'not a locale!' })).toBe('Mon 7 Dec');
  });

  it('should word a month', () => {
    expect(monthText('2026-12-19', { locale: 'en-GB' })).toBe('December 2026');
    expect(monthText('2026-12-19', { locale: 'de-DE' })).toBe('Dezember 2026');
  });

  it("should show an instant in the viewer's time zone", () => {
    const at = '2026-12-07T23:30:00Z';
    expect(timeText(at, { locale: 'en-GB', timeZone: 'UTC' })).toBe('23:30');
    expect(timeText(at, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toBe('00:30');
    expect(dateTimeText(at, { locale: 'en-GB', timeZone: 'America/New_York' })).toBe('7 Dec 2026, 18:30');
    expect(dateTimeText(at, { locale: 'en-GB', timeZone: 'Europe/Paris' })).toBe('8 Dec 2026, 00:30');
    expect(timeText(at, { locale: 'en-GB', timeZone: 'Mars/Olympus' })).toBe('23:30'); // an unknown zone reads as UTC
  });
});
