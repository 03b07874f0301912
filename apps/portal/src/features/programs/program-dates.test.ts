import { describe, expect, it } from 'vitest';
import { defaultStartDate, localToday, nextMonday, shortDate } from './program-dates';

describe('nextMonday', () => {
  it('should give the Monday after today, a week on when today is a Monday', () => {
    expect(nextMonday('2026-12-07')).toBe('2026-12-14'); // a Monday
    expect(nextMonday('2026-12-09')).toBe('2026-12-14'); // a Wednesday
    expect(nextMonday('2026-12-13')).toBe('2026-12-14'); // a Sunday
  });
});

describe('defaultStartDate', () => {
  it('should start today when today is a Monday, else on the next Monday', () => {
    expect(defaultStartDate('2026-12-07')).toBe('2026-12-07'); // a Monday
    expect(defaultStartDate('2026-12-08')).toBe('2026-12-14'); // a Tuesday
    expect(defaultStartDate('2026-12-13')).toBe('2026-12-14'); // a Sunday
  });
});

describe('shortDate', () => {
  it('should name the weekday, day and month of a calendar day', () => {
    expect(shortDate('2026-12-14')).toBe('Mon 14 Dec');
    expect(shortDate('2027-01-02')).toBe('Sat 2 Jan');
  });
  it('should leave a malformed date as it is', () => {
    expect(shortDate('soon')).toBe('soon');
  });
});

describe('localToday', () => {
  it('should read the local calendar day of a moment', () => {
    expect(localToday(new Date(2026, 11, 7, 23, 30))).toBe('2026-12-07');
  });
});
