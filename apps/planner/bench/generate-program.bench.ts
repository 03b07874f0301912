import { loadavg } from 'node:os';
import { createAthlete, createProgressionPrescriber, LIFTGRAPH_CATALOG, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { generateProgramWith } from '../src/program/generate-program.js';
import { warmUpPlanner } from '../src/program/warm-up.js';
import { loadSolver } from '../src/solver/highs-solver.js';

// p50/p95 of generateProgram (6 days, 6 weeks) against history length (one simulated athlete, PPL×2
// with double progression). Wall time is what a caller sees; CPU time (process.cpuUsage, single JS
// thread + single-threaded HiGHS WASM) is what it would be on an idle host: on the shared 2-core
// machine the two differ by the run queue, so both are reported with the load average.
const RUNS = Number(process.argv[2] ?? 25);
const solver = await loadSolver();
const warm = warmUpPlanner(solver, LIFTGRAPH_CATALOG);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const rows: string[] = [
  'months | sessions | wall p50 ms | wall p95 ms | CPU p50 ms | CPU p95 ms | HiGHS p50 ms | MIPs',
  '--- | --- | --- | --- | --- | --- | --- | ---',
];
for (const months of [3, 6, 12, 24]) {
  const sim = runSimulation({
    athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 80 }, 5),
    weeks: Math.round((months * 52) / 12),
    schedule: SPLIT_TEMPLATES['ppl-6'],
    prescriber: createProgressionPrescriber('double'),
  });
  const wall: number[] = [];
  const cpu: number[] = [];
  const solves: number[] = [];
  let mips = 0;
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    const c = cpuMs();
    const g = generateProgramWith(
      solver,
      { athleteId: 'bench', daysPerWeek: 6, weeks: 6, goal: 'hypertrophy' },
      { history: sim.log, catalog: LIFTGRAPH_CATALOG },
    );
    if (i >= 2) {
      wall.push(performance.now() - t);
      cpu.push(cpuMs() - c);
      solves.push(g.selection.solveMs);
      mips = new Set(g.program.weeks[0]?.days.map((d) => d.label.replace(/ [AB]$/, ''))).size;
    }
  }
  const f = (x: number): string => x.toFixed(0);
  rows.push(
    `${months} | ${sim.log.sessions.length} | ${f(pct(wall, 0.5))} | ${f(pct(wall, 0.95))} | ${f(pct(cpu, 0.5))} | ${f(pct(cpu, 0.95))} | ${f(pct(solves, 0.5))} | ${mips}`,
  );
}
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
process.stdout.write(
  `generateProgram, 6 days × 6 weeks, ${RUNS} runs per row, warm-up rounds ${warm.map((t) => t.toFixed(0)).join('/')} ms, load average ${load} (2 cores)\n${rows.join('\n')}\n`,
);
