import { describe, expect, it } from 'vitest';
import { csvRecords } from './csv-records.js';

describe('csvRecords', () => {
  it('should read quoted fields, doubled quotes, quoted newlines, CRLF and a leading byte-order mark', () => {
    expect(csvRecords('\uFEFF"Date",Name\r\n2024-01-01,"Row, ""Seated""\nCable"\r\n', ',')).toEqual([
      ['Date', 'Name'],
      ['2024-01-01', 'Row, "Seated"\nCable'],
    ]);
  });

  it('should split on the delimiter given and keep a last line without a newline', () => {
    expect(csvRecords('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(csvRecords('a\tb\n', '\t')).toEqual([['a', 'b']]);
  });
});
