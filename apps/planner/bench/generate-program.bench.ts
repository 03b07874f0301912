import { createAthlete, createProgressionPrescriber, LIFTGRAPH_CATALOG, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { generateProgramWith } from '../src/program/generate-program.js';
import { loadSolver } from '../src/solver/highs-solver.js';

// p50/p95 wall time of generateProgram (6 days, 6 weeks) against history length (one simulated athlete, PPL×2 with double progression).
const solver = await loadSolver();
const RUNS = 15;
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const rows: string[] = ['months | sessions | p50 ms | p95 ms | solve p50 ms', '--- | --- | --- | --- | ---'];
for (const months of [3, 6, 12, 24]) {
  const sim = runSimulation({
    athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 80 }, 5), weeks: Math.round((months * 52) / 12),
    schedule: SPLIT_TEMPLATES['ppl-6'], prescriber: createProgressionPrescriber('double'),
  });
  const times: number[] = [];
  const solves: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t = performance.now();
    const g = generateProgramWith(solver, { athleteId: 'bench', daysPerWeek: 6, weeks: 6, goal: 'hypertrophy' }, { history: sim.log, catalog: LIFTGRAPH_CATALOG });
    if (i >= 2) {
      times.push(performance.now() - t);
      solves.push(g.selection.solveMs);
    }
  }
  rows.push(`${months} | ${sim.log.sessions.length} | ${pct(times, 0.5).toFixed(0)} | ${pct(times, 0.95).toFixed(0)} | ${pct(solves, 0.5).toFixed(0)}`);
}
process.stdout.write(`generateProgram, 6 days × 6 weeks, ${RUNS} runs per row\n${rows.join('\n')}\n`);
