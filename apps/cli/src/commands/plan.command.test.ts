import { describe, expect, it } from 'vitest';
import { parseArgs } from '../args.js';
import { runCli } from '../main.js';
import { planCommand, planRequestFromArgs } from './plan.command.js';

const request = (argv: string[]) => planRequestFromArgs(parseArgs(argv, ['json']));

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), env: {} });
  return { code, out, err };
}

describe('liftgraph plan flags', () => {
  it('should pass --heaviest-dumbbell and --smallest-plate into the request as equipmentLimits', () => {
    const r = request(['--athlete', 'a1', '--days', '3', '--heaviest-dumbbell', '22.5', '--smallest-plate=1.25']);
    expect(r.equipmentLimits).toEqual({ heaviestDumbbellKg: 22.5, smallestPlateKg: 1.25 });
    expect(request(['--athlete', 'a1', '--days', '3', '--smallest-plate', '.5']).equipmentLimits).toEqual({ smallestPlateKg: 0.5 });
  });

  it('should leave equipmentLimits empty without the flags', () => {
    expect(request(['--athlete', 'a1', '--days', '5']).equipmentLimits).toEqual({});
  });

  it.each([
    [['--heaviest-dumbbell', 'heavy'], /--heaviest-dumbbell must be a number of kg above 0 and at most 250; got "heavy"/],
    [['--heaviest-dumbbell', '0'], /--heaviest-dumbbell must be a number of kg above 0/],
    [['--heaviest-dumbbell', '-5'], /--heaviest-dumbbell must be a number of kg above 0/],
    [['--heaviest-dumbbell', '300'], /at most 250; got "300"/],
    [['--smallest-plate', '1,25'], /--smallest-plate must be a number of kg above 0 and at most 25; got "1,25"/],
    [['--smallest-plate', '30'], /--smallest-plate .*at most 25; got "30"/],
    [['--smallest-plate', 'Infinity'], /--smallest-plate must be a number of kg/],
  ])('should reject %j with a message naming the flag', (flags, message) => {
    expect(() => request(['--athlete', 'a1', '--days', '3', ...flags])).toThrowError(message);
  });

  it('should name the flag, not the request field, when the planner schema refuses a value', () => {
    expect(() => request(['--athlete', 'a1', '--days', '4'])).toThrowError(/^--days: /);
    expect(() => request(['--athlete', 'a1', '--days', '3', '--time-cap', '5'])).toThrowError(/^--time-cap: /);
    expect(() => request(['--athlete', 'a1', '--days', '3', '--exclude-muscles', 'wings'])).toThrowError(
      /^--exclude-muscles \(excludedMuscles\.0\): /,
    );
  });

  it('should list the two flags in the usage string', () => {
    expect(planCommand.usage).toContain('[--heaviest-dumbbell <kg>] [--smallest-plate <kg>]');
  });

  it('should exit 2 with the message and the usage on stderr, before connecting to Neo4j', async () => {
    const { code, out, err } = await cli(['plan', '--athlete', 'a1', '--days', '3', '--heaviest-dumbbell', 'twenty']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/liftgraph plan: --heaviest-dumbbell must be a number of kg above 0 and at most 250; got "twenty"/);
    expect(err).toMatch(/usage: liftgraph plan .*--heaviest-dumbbell <kg>/);
  });
});
