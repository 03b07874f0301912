import { describe, expect, it } from 'vitest';
import { choiceFlag, parseArgs } from './args.js';

describe('parseArgs', () => {
  it('should split positionals from --flag value, --flag=value and boolean flags', () => {
    const args = parseArgs(['inspect', 'a.csv', '--unit', 'kg', '--format=hevy', '--json'], ['json']);
    expect(args.positionals).toEqual(['inspect', 'a.csv']);
    expect(Object.fromEntries(args.flags)).toEqual({ unit: 'kg', format: 'hevy', json: true });
  });

  it('should reject a flag without its value', () => {
    expect(() => parseArgs(['--unit'])).toThrowError(/--unit needs a value/);
  });

  it('should reject a value outside the choices, naming them', () => {
    expect(() => choiceFlag(parseArgs(['--unit', 'stone']), 'unit', ['kg', 'lbs'] as const, 'kg')).toThrowError(/kg, lbs; got "stone"/);
  });
});
