import { describe, expect, it } from 'vitest';
import { parseDuration } from './parse-duration.js';

describe('parseDuration', () => {
  it.each([
    ['1h 9m', 4140],
    ['45m', 2700],
    ['30s', 30],
    ['1h', 3600],
    ['1h 9m 30s', 4170],
    ['2 hours 5 min', 7500],
    ['1小时13分钟', 4380],
    ['49分钟', 2940],
    ['2小时', 7200],
    ['30秒', 30],
    ['1:05:00', 3900],
    ['12:30', 750],
    ['3600', 3600],
  ])('should read %s as %d s', (text, expected) => {
    expect(parseDuration(text)).toBe(expected);
  });

  it.each(['', '   '])('should return null when the text is empty (%j)', (text) => {
    expect(parseDuration(text)).toBeNull();
  });

  it.each(['soon', '1 fortnight', '1h then some', '5x'])('should return null when %j is not a duration', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});
