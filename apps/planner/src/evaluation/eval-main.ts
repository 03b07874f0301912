import { LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { loadSolver } from '../solver/highs-solver.js';
import { formatAcwrTable, formatDeliveredTable, formatEvalTable, runClosedLoopEval } from './closed-loop-eval.js';

// `pnpm eval:planner [n] [--no-priorities] [--seed=N]`: 200 simulated athletes × 12 weeks, population seed 42 by default.
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const seedArg = args.find((a) => a.startsWith('--seed='));
const seed = seedArg === undefined ? 42 : Number(seedArg.slice('--seed='.length));
if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got "${seedArg}"`);
const prioritizeMainLifts = !args.includes('--no-priorities');
const started = Date.now();
const rows = runClosedLoopEval({
  solver: await loadSolver(),
  catalog: LIFTGRAPH_CATALOG,
  n,
  weeks: 12,
  seed,
  blockWeeks: 6,
  goal: 'general',
  prioritizeMainLifts,
  onAthlete: (i) => {
    if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1}/${n} athletes, ${Math.round((Date.now() - started) / 1000)} s\n`);
  },
});
process.stdout.write(
  `closed-loop eval: ${n} athletes (seed ${seed}) × 12 weeks, blocks of 6 weeks, goal general, main lifts prioritised: ${prioritizeMainLifts}\n\n${formatEvalTable(rows)}\n\nDelivered per athlete-week (hard sets = reported RIR ≤ 4; muscles weighted by TARGETS share / top share):\n\n${formatDeliveredTable(rows)}\n\nMean ACWR at the end of each week (overreach events that week):\n\n${formatAcwrTable(rows)}\n`,
);
