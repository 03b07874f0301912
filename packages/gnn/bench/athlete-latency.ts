/**
 * `pnpm bench:gnn --latency [--log FILE | --simulated] [--calls 30] [--models sage,gcn,rsage]`
 *
 * Per-athlete prediction latency as the planner pays it (apps/planner gnnPredictionSource): build the
 * learning graph of the athlete's whole log (nextPerformanceGraph), encode it for the model, construct
 * a fused engine for that graph, forward, release. `--calls` times, after 10 warm-ups, alternately:
 * the product call itself (end to end), and the same steps timed one by one.
 */
import { join } from 'node:path';
import type { GnnKind } from '../src/index.js';
import { LIFTGRAPH_CATALOG } from '../../domain/src/index.js';
import { nextPerformanceGraph } from '../../../apps/planner/src/predictions/next-performance-graph.js';
import { gnnPredictionSource } from '../../../apps/planner/src/predictions/gnn-prediction-source.js';
import { realAthlete, simulatedAthlete } from './athlete-source.js';
import type { AthleteHistory } from './athlete-source.js';
import { benchPredictor } from './bench-predictor.js';
import { predictionSteps, STEP_NAMES } from './prediction-steps.js';
import type { StepName } from './prediction-steps.js';
import { cpuMs, quantile } from './stats.js';

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
const WARMUP = 10;
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
  console.log(`${o.calls} calls of each after ${WARMUP} warm-ups; target ≤ ${TARGET_MS} ms per athlete including engine construction`);
  for (const kind of o.models) {
    const predictor = await benchPredictor(kind, first.lg, o.numRelations);
    const productCall = (): void => {
      gnnPredictionSource(predictor, athlete.athleteId, athlete.sessions, catalog);
    };
    const steps = predictionSteps(predictor, athlete, catalog);
    for (let i = 0; i < WARMUP; i++) {
      productCall();
      steps();
    }
    // Interleaved, so both see the same JIT state and the same machine load.
    const total: Sample[] = [];
    const parts = new Map<StepName, Sample[]>(STEP_NAMES.map((s) => [s, []]));
    for (let i = 0; i < o.calls; i++) {
      const [w0, c0] = [performance.now(), cpuMs()];
      productCall();
      total.push({ wall: performance.now() - w0, cpu: cpuMs() - c0 });
      for (const [name, t] of Object.entries(steps()) as [StepName, Sample][]) parts.get(name)?.push(t);
    }
    report(kind, total, parts, o.json);
  }
}

interface Sample {
  wall: number;
  cpu: number;
}

const q = (xs: readonly Sample[], key: keyof Sample, p: number): number =>
  quantile(
    xs.map((x) => x[key]),
    p,
  );

function report(kind: string, total: Sample[], parts: Map<StepName, Sample[]>, json: boolean): void {
  if (json) {
    const stat = (xs: Sample[]): Record<string, number> => ({
      wallMedian: q(xs, 'wall', 0.5),
      wallP95: q(xs, 'wall', 0.95),
      cpuMedian: q(xs, 'cpu', 0.5),
      cpuP95: q(xs, 'cpu', 0.95),
    });
    const split = Object.fromEntries([...parts].map(([k, v]) => [k, stat(v)]));
    console.log(JSON.stringify({ mode: 'latency', model: kind, calls: total.length, total: stat(total), parts: split }));
    return;
  }
  const verdict = (med: number, p95: number): string =>
    p95 <= TARGET_MS ? 'within' : med <= TARGET_MS ? 'median within, p95 over' : 'OVER';
  const [wm, wp, cm, cp] = [q(total, 'wall', 0.5), q(total, 'wall', 0.95), q(total, 'cpu', 0.5), q(total, 'cpu', 0.95)];
  console.log(`\n${kind}: product call (gnnPredictionSource), target ${TARGET_MS} ms`);
  console.log(`  wall median ${ms(wm)} ms, p95 ${ms(wp)} ms — ${verdict(wm, wp)}`);
  console.log(`  CPU  median ${ms(cm)} ms, p95 ${ms(cp)} ms — ${verdict(cm, cp)}`);
  console.log(`  steps (CPU median, CPU p95, wall median):`);
  const sum = [...parts.values()].reduce((a, v) => a + q(v, 'cpu', 0.5), 0);
  for (const [name, v] of parts) {
    const m = q(v, 'cpu', 0.5);
    const share = ((100 * m) / sum).toFixed(0).padStart(3);
    console.log(`  ${name.padEnd(24)} ${ms(m)} ${ms(q(v, 'cpu', 0.95))} ${ms(q(v, 'wall', 0.5))} ms  ${share} %`);
  }
  console.log(`  ${'sum of CPU medians'.padEnd(24)} ${ms(sum)} ms`);
}
