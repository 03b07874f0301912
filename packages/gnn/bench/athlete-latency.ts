/**
 * `pnpm bench:gnn --latency [--log FILE | --simulated] [--calls 30] [--models sage,gcn,rsage]`
 *
 * Per-athlete prediction latency as the planner pays it (apps/planner gnnPredictionSource): build the
 * learning graph of the athlete's whole log (nextPerformanceGraph), encode it for the model, construct
 * a fused engine for that graph, forward, release. Two loops of `--calls` calls each, after 3
 * warm-up calls: the product call itself (end to end), and the same steps timed one by one.
 */
import { join } from 'node:path';
import type { GnnKind } from '../src/index.js';
import { LIFTGRAPH_CATALOG } from '../../domain/src/index.js';
import { nextPerformanceGraph } from '../../../apps/planner/src/predictions/next-performance-graph.js';
import { gnnPredictionSource } from '../../../apps/planner/src/predictions/gnn-prediction-source.js';
import { realAthlete, simulatedAthlete } from './athlete-source.js';
import type { AthleteHistory } from './athlete-source.js';
import { benchPredictor } from './bench-predictor.js';
import { kernelModuleCost, predictionSteps, STEP_NAMES } from './prediction-steps.js';
import type { StepName } from './prediction-steps.js';
import { quantile } from './stats.js';

export interface LatencyOptions {
  repo: string;
  log?: string;
  simulated: boolean;
  calls: number;
  models: readonly GnnKind[];
  numRelations: number;
  json: boolean;
}

const TARGET_MS = 20;
const ms = (v: number): string => v.toFixed(2).padStart(7);

export async function runAthleteLatency(o: LatencyOptions): Promise<void> {
  const athlete: AthleteHistory = o.simulated
    ? simulatedAthlete()
    : await realAthlete(o.log ?? join(o.repo, '../shared/data/real-logs/hevy-ajccosta.csv'));
  const catalog = LIFTGRAPH_CATALOG;
  const first = nextPerformanceGraph(athlete.athleteId, athlete.sessions, catalog);
  if (first === null) throw new Error(`${athlete.describe}: empty log`);
  const edges = first.lg.adjacency.colIdx.length;
  console.log(`${athlete.describe}; learning graph ${first.lg.numNodes} nodes, ${edges} edges, ${first.lg.numFeatures} features`);
  console.log(`${o.calls} calls per loop after 3 warm-ups; target ≤ ${TARGET_MS} ms per athlete including engine construction`);
  for (const kind of o.models) {
    const predictor = await benchPredictor(kind, first.lg, o.numRelations);
    const productCall = (): void => {
      gnnPredictionSource(predictor, athlete.athleteId, athlete.sessions, catalog);
    };
    for (let i = 0; i < 3; i++) productCall();
    const total: number[] = [];
    for (let i = 0; i < o.calls; i++) {
      const t0 = performance.now();
      productCall();
      total.push(performance.now() - t0);
    }
    const steps = predictionSteps(predictor, athlete, catalog);
    for (let i = 0; i < 3; i++) steps();
    const parts = new Map<StepName, number[]>(STEP_NAMES.map((s) => [s, []]));
    for (let i = 0; i < o.calls; i++) {
      for (const [name, t] of Object.entries(steps()) as [StepName, number][]) parts.get(name)?.push(t);
    }
    report(kind, total, parts, o.json);
  }
  // What the engine constructor spends on its WASM module (generated and compiled per engine).
  const pages = 16;
  const k = kernelModuleCost(pages, o.calls);
  const line = `kernel module per engine: generate ${k.generateMs.toFixed(2)} ms + compile ${k.compileMs.toFixed(2)} ms (${pages} pages)`;
  console.log(o.json ? JSON.stringify({ mode: 'kernel-module', pages, ...k }) : `\n${line}`);
}

function report(kind: string, total: number[], parts: Map<StepName, number[]>, json: boolean): void {
  const med = quantile(total, 0.5);
  const p95 = quantile(total, 0.95);
  if (json) {
    const split = Object.fromEntries([...parts].map(([k, v]) => [k, { median: quantile(v, 0.5), p95: quantile(v, 0.95) }]));
    console.log(JSON.stringify({ mode: 'latency', model: kind, calls: total.length, totalMsMedian: med, totalMsP95: p95, parts: split }));
    return;
  }
  const verdict = p95 <= TARGET_MS ? 'within' : med <= TARGET_MS ? 'median within, p95 over' : 'OVER';
  console.log(
    `\n${kind}: product call (gnnPredictionSource) median ${ms(med)} ms, p95 ${ms(p95)} ms — ${verdict} the ${TARGET_MS} ms target`,
  );
  const sum = [...parts.values()].reduce((a, v) => a + quantile(v, 0.5), 0);
  for (const [name, v] of parts) {
    const m = quantile(v, 0.5);
    console.log(`  ${name.padEnd(24)} median ${ms(m)} ms  p95 ${ms(quantile(v, 0.95))} ms  ${((100 * m) / sum).toFixed(0).padStart(3)} %`);
  }
  console.log(`  ${'sum of step medians'.padEnd(24)} ${ms(sum)} ms`);
}
