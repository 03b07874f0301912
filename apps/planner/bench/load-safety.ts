/**
 * Load-safety audit of the planner on real logs (issue #14's checks, with the independent yardstick of
 * src/evaluation/load-safety-check.ts rather than the planner's own guard): for every log × 3/5/6 days ×
 * strength/hypertrophy × 6 weeks, generate the program with the rules alone and count prescriptions
 * implying more than 1.10× the best e1RM the athlete showed in their last 12 weeks, and deload slots
 * neither ≤ 0.9× load nor ≤ 0.6× sets. With --table a.csv,b.csv it prints, per named log, the top
 * prescribed set of each main lift (the week with the highest ratio), its implied e1RM and the ratio.
 *
 *   pnpm --filter @liftgraph/planner bench:load-safety [--logs dir] [--table hevy-smdesai27.csv,strong-dstanek.csv]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importWorkoutLog, LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { checkLoadSafety, shownLifts } from '../src/evaluation/load-safety-check.js';
import { MAIN_LIFT_PATTERNS } from '../src/problem/anchor-lifts.js';
import { defaultResolver } from '../src/problem/athlete-state.js';
import { generateProgramWith } from '../src/program/generate-program.js';
import { loadSolver } from '../src/solver/highs-solver.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(flag('logs') ?? join(ROOT, '../shared/data/real-logs'));
const tableLogs = new Set((flag('table') ?? '').split(',').filter(Boolean));
const byId = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));

const solver = await loadSolver();
const started = performance.now();
let checked = 0;
let deloadSlots = 0;
let programs = 0;
const findings: string[] = [];
let over = 0;
let deloadBad = 0;
const ratios: number[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.csv'))
  .sort()) {
  const log = await importWorkoutLog(readFileSync(join(dir, file)), { now: '2100-01-01' });
  const shown = shownLifts(log.sessions, defaultResolver(LIFTGRAPH_CATALOG));
  const rows = new Map<string, { ratio: number; line: string }>();
  for (const daysPerWeek of [3, 5, 6] as const) {
    for (const goal of ['strength', 'hypertrophy'] as const) {
      const { program, state } = generateProgramWith(
        solver,
        { athleteId: file, daysPerWeek, goal, weeks: 6 },
        { history: log.sessions, catalog: LIFTGRAPH_CATALOG },
      );
      programs += 1;
      const report = checkLoadSafety(program, shown, state.dumbbellRecording.recording === 'per-hand' ? 1 : 2);
      checked += report.checked;
      for (const r of report.ratios) ratios.push(r.ratio);
      deloadSlots += report.deloadSlots;
      for (const f of report.findings) {
        if (f.kind === 'over-shown') over += 1;
        else deloadBad += 1;
        if (findings.length < 20) findings.push(`${file} ${daysPerWeek}d ${goal} w${f.week}: ${f.detail}`);
      }
      if (!tableLogs.has(file)) continue;
      for (const r of report.ratios) {
        const e = byId.get(r.exerciseId);
        if (!e || !MAIN_LIFT_PATTERNS.has(e.pattern) || e.mechanic !== 'compound') continue;
        const key = `${daysPerWeek}d ${goal}|${r.exerciseName}`;
        if ((rows.get(key)?.ratio ?? 0) >= r.ratio) continue;
        rows.set(key, {
          ratio: r.ratio,
          line: `| ${daysPerWeek}d ${goal} | ${r.exerciseName} | ${r.text} (w${r.week}) | ${r.implied.toFixed(1)} | ${r.shown.e1RmKg.toFixed(1)} (${r.shown.best}) | ×${r.ratio.toFixed(2)} |`,
        });
      }
    }
  }
  if (rows.size > 0) {
    console.log(
      `\n${file}: top prescribed set per main lift (its worst week); implied e1RM = Epley(load, reps + 10 − RPE), per-hand loads in the log's convention`,
    );
    console.log(
      '| program | lift | top set | implied e1RM kg | shown e1RM kg (best set, last 12 weeks) | ratio |\n| --- | --- | --- | ---: | --- | ---: |',
    );
    for (const r of [...rows.keys()].sort()) console.log(rows.get(r)?.line);
  }
}
console.log(`\nprograms: ${programs} (${((performance.now() - started) / 1000).toFixed(1)} s with import)`);
console.log(
  `prescriptions checked against the shown e1RM: ${checked}; above 1.10×: ${over} (${((100 * over) / Math.max(1, checked)).toFixed(1)} %)`,
);
ratios.sort((a, b) => a - b);
const q = (p: number): string => (ratios[Math.min(ratios.length - 1, Math.floor(p * ratios.length))] ?? 0).toFixed(3);
console.log(`implied / shown e1RM over those prescriptions: median ${q(0.5)}, p95 ${q(0.95)}, max ${q(1)}`);
console.log(`deload slots checked: ${deloadSlots}; neither ≤ 0.9× load nor ≤ 0.6× sets: ${deloadBad}`);
if (findings.length > 0) console.log(`examples:\n  ${findings.join('\n  ')}`);
console.log(`\ncommand: pnpm --filter @liftgraph/planner bench:load-safety ${args.join(' ')}`.trimEnd());
