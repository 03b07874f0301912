import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { latestServableDebutModel } from '@liftgraph/learning';
import { debutOutcomes, formatDebutTable, summarizeDebuts, trainSimulatedDebutModel } from '../src/evaluation/debut-accuracy.js';
import { LOAD_GUARD } from '../src/prescriptions/load-guard.js';
import { priorRatio } from '../src/prescriptions/strength-ratios.js';

// `pnpm --filter @liftgraph/planner bench:debut [n] [--seed=N] [--model=DIR]`: RIR of the first set of a
// never-done exercise, debut model vs the first-exposure rules, on n simulated athletes (default 150,
// seed 42) who trained 8 weeks without about a third of their split's loaded exercises. The model is
// the newest servable one in DIR, else one trained here on another simulated population (seed 7).
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 150);
const seed = Number(args.find((a) => a.startsWith('--seed='))?.slice(7) ?? 42);
const modelArg = args.find((a) => a.startsWith('--model='))?.slice(8);
const catalog = LIFTGRAPH_CATALOG;
const started = Date.now();

let predictor;
let about: string;
if (modelArg) {
  const found = await latestServableDebutModel(modelArg, priorRatio);
  if (found.predictor === null) throw new Error(`no servable debut model in ${modelArg}: ${found.reason}`);
  predictor = found.predictor;
  about = `debut model ${found.saved.id} from ${modelArg}`;
} else {
  const dir = await mkdtemp(join(tmpdir(), 'bench-debut-'));
  try {
    const trained = await trainSimulatedDebutModel({ catalog, n: 150, seed: 7, weeks: 10, modelsDir: dir });
    const { graphsage, similarRatio, nameNearest } = trained.evaluation.scores;
    const fmt = (x: number | undefined): string => (x === undefined ? '-' : `${(100 * x).toFixed(1)} %`);
    about =
      `debut model trained on 150 simulated athletes (seed 7, 10 weeks, withheld exercises added after 2–6 weeks); held-out MdAPE ` +
      `${fmt(graphsage?.mdape)} vs similarRatio ${fmt(similarRatio?.mdape)}, nameNearest ${fmt(nameNearest?.mdape)} on ${trained.evaluation.debuts} debuts; ` +
      `beats the baselines (servable): ${trained.evaluation.beatsBaselines}`;
    predictor = (await latestServableDebutModel(dir, priorRatio)).predictor;
    if (!predictor) {
      process.stdout.write(`${about}\nthe planner would not serve it; measuring it anyway.\n`);
      const { DebutPredictor } = await import('@liftgraph/learning');
      predictor = DebutPredictor.fromJSON(trained, priorRatio);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
process.stderr.write(`model ready after ${Math.round((Date.now() - started) / 1000)} s\n`);

const targetRir = 10 - LOAD_GUARD.firstExposureRpe;
const rows = debutOutcomes({ catalog, predictor, n, seed, weeks: 8, reps: 8 });
const model = rows.filter((r) => r.arm === 'model');
const answered = new Set(model.map((r) => `${r.athleteId}|${r.exerciseId}`));
const rules = rows.filter((r) => r.arm === 'rules');
const paired = rules.filter((r) => answered.has(`${r.athleteId}|${r.exerciseId}`));
const bySource = (xs: typeof rows): string =>
  [...new Set(xs.map((r) => r.source))].map((s) => `${s} ${xs.filter((r) => r.source === s).length}`).join(', ');
process.stdout.write(
  `debut RIR bench: ${n} simulated athletes (seed ${seed}), 8 weeks without about a third of their split's loaded exercises, then each of those once: ` +
    `first set of 8 reps planned at RPE ${LOAD_GUARD.firstExposureRpe} (target RIR ${targetRir}); RIR = the simulator's rested true reps in reserve.\n${about}\n\n` +
    `${formatDebutTable(
      [
        summarizeDebuts(model, 'debut model', targetRir),
        summarizeDebuts(paired, 'rules, same debuts', targetRir),
        summarizeDebuts(rules, 'rules, all debuts', targetRir),
      ],
      targetRir,
    )}\n\nrules' sources: ${bySource(rules)}; the model answered ${model.length} of ${rules.length} debuts (${Math.round((Date.now() - started) / 1000)} s)\n`,
);
