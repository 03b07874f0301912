import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAthlete, createProgressionPrescriber, LIFTGRAPH_CATALOG, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { loadPredictor } from '@liftgraph/learning';
import { DEFAULT_SHAP_BUDGET } from '../src/predictions/explain-next.js';
import { saveTinyArtifact } from '../src/predictions/testing/tiny-artifact.js';
import { nextPredictions } from '../src/service/next-predictions.js';

// Cost of per-prediction SHAP in GET /predictions (what the planner computes after reading the log):
// p50/p95 wall and CPU time of nextPredictions without SHAP and with it at several coalition budgets,
// against history length. One simulated athlete (full body ×3, double progression), a small GraphSAGE
// (hidden 32) trained on that log. Reported with the load average: the 2-core machine is shared.
const RUNS = Number(process.argv[2] ?? 10);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? Number.NaN;
const rows = [
  'months | sessions | explained | coalitions × background | wall p50 ms | wall p95 ms | CPU p50 ms | SHAP p50 ms',
  '--- | --- | --- | --- | --- | --- | --- | ---',
];
const dir = mkdtempSync(join(tmpdir(), 'liftgraph-shap-bench-'));
try {
  for (const months of [3, 6, 12]) {
    const sessions = runSimulation({
      athlete: createAthlete({ sex: 'female', trainingAgeYears: 2, bodyMassKg: 66 }, 9),
      weeks: Math.round((months * 52) / 12),
      schedule: SPLIT_TEMPLATES['full-body-3'],
      prescriber: createProgressionPrescriber('double'),
    }).log.sessions;
    const artifact = join(dir, `m${months}`);
    await saveTinyArtifact(artifact, 'bench', sessions, LIFTGRAPH_CATALOG);
    const predictor = await loadPredictor(artifact);
    for (const numSamples of [0, 128, DEFAULT_SHAP_BUDGET.numSamples, 512]) {
      const budget = { ...DEFAULT_SHAP_BUDGET, numSamples };
      const explainer = numSamples === 0 ? null : { predictor, version: 'bench', verdict: 'pinned' as const };
      const wall: number[] = [];
      const cpu: number[] = [];
      const shap: number[] = [];
      let explained = 0;
      for (let i = 0; i < RUNS + 1; i++) {
        const [t, c] = [performance.now(), cpuMs()];
        const r = nextPredictions({ athleteId: 'bench', sessions, catalog: LIFTGRAPH_CATALOG, predictor, explainer, shapBudget: budget });
        if (i === 0) continue; // warm-up
        wall.push(performance.now() - t);
        cpu.push(cpuMs() - c);
        shap.push(r.explanation.computeMs);
        explained = r.predictions.filter((p) => p.explanation.status === 'shap').length;
      }
      const b = numSamples === 0 ? 'no SHAP' : `${numSamples} × ${budget.backgroundRows}`;
      rows.push(
        `${months} | ${sessions.length} | ${explained} | ${b} | ${pct(wall, 0.5).toFixed(0)} | ${pct(wall, 0.95).toFixed(0)} | ${pct(cpu, 0.5).toFixed(0)} | ${pct(shap, 0.5).toFixed(0)}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(
  `\nload average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; ${RUNS} runs each`,
);
console.log(`command: pnpm --filter @liftgraph/planner exec tsx --conditions=@liftgraph/source bench/predictions-shap.bench.ts ${RUNS}`);
