import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoggedSession } from '@liftgraph/domain';
import type { LossSpec } from '@liftgraph/gnn';
import { nameNearestKg, similarRatio } from './debut-baselines.js';
import { debutValidationSplit } from './debut-models.js';
import { DebutPredictor, type DebutModelJson } from './debut-predictor.js';
import { debutQueries, type DebutQuery, findDebuts, type NameResolver } from './debut-queries.js';
import { type DebutMethod, type DebutRow, type DebutScore, scoreDebuts } from './evaluate-debuts.js';
import { PopulationRatios, type PriorRatio } from './population-ratios.js';

export const DEBUT_MODEL_FILE = 'debut-model.json';

/** The evaluation a debut model is saved with; the planner serves it only when `beatsBaselines`. */
export interface DebutModelEvaluation {
  /** Athletes held out of training (every fifth real log by sorted id) whose debuts were predicted. */
  heldOutAthletes: string[];
  debuts: number;
  scores: Partial<Record<DebutMethod, DebutScore>>;
  /** MdAPE below every baseline (similarRatio, nameNearest and, when given, catalogDefault) on the same debuts. */
  beatsBaselines: boolean;
}

export interface SavedDebutModel extends DebutModelJson {
  id: string;
  createdAt: string;
  pool: { logs: string[]; simulated: number };
  evaluation: DebutModelEvaluation;
}

export interface TrainDebutModelInput {
  /** Real logs (by file) and simulated athletes; the held-out fifth is drawn from the real ones. */
  logs: readonly { athleteId: string; sessions: readonly LoggedSession[]; file?: string }[];
  resolve: NameResolver;
  prior: PriorRatio;
  catalogDefault?: (q: DebutQuery) => number | null;
  epochs?: number;
  seed?: number;
  loss?: LossSpec;
  kind?: 'sage' | 'rsage' | 'gcn';
  modelsDir: string;
  runId: string;
  createdAt: Date;
}

/**
 * Trains the debut model the planner can serve: population ratios and the GNN from every log but a
 * held-out fifth of the real ones, scored on the held-out athletes' debuts (after the first third of
 * each timeline) against the baselines, and saved with that evaluation as `<modelsDir>/<runId>/debut-model.json`.
 * What was evaluated is what is saved (no retraining on the held-out athletes).
 */
export async function trainDebutModel(input: TrainDebutModelInput): Promise<{ dir: string; model: SavedDebutModel }> {
  const real = input.logs.filter((l) => l.file !== undefined).map((l) => l.athleteId);
  const held = new Set([...real].sort().filter((_, i) => i % 5 === 2));
  if (held.size === 0) throw new Error('a debut model needs at least three real logs (one is held out to evaluate it)');
  const trainLogs = input.logs.filter((l) => !held.has(l.athleteId));
  const ratios = PopulationRatios.fromLogs(trainLogs, input.resolve, input.prior);
  const queries = trainLogs
    .flatMap((l) => debutQueries(l.athleteId, l.sessions, input.resolve, () => true))
    .filter((q) => q.history.length > 0);
  const predictor = DebutPredictor.train(queries, ratios, {
    kind: input.kind ?? 'sage',
    epochs: input.epochs ?? 400,
    seed: input.seed ?? 1,
    validation: debutValidationSplit(queries),
    ...(input.loss ? { loss: input.loss } : {}),
  });
  const test = input.logs
    .filter((l) => held.has(l.athleteId))
    .flatMap((l) => findDebuts(l.athleteId, l.sessions, input.resolve))
    .filter((q) => q.history.length > 0);
  const predicted = predictor.predict(test);
  const method: DebutMethod = input.kind === 'gcn' ? 'gcn' : 'graphsage';
  const rows: DebutRow[] = test.map((q, i) => ({
    date: q.date,
    exercise: q.name,
    actualKg: q.actualKg,
    predictionsKg: {
      [method]: predicted[i]?.kg ?? null,
      similarRatio: similarRatio(q, ratios),
      nameNearest: nameNearestKg(q),
      ...(input.catalogDefault ? { catalogDefault: input.catalogDefault(q) } : {}),
    },
  }));
  const baselines: DebutMethod[] = ['similarRatio', 'nameNearest', ...(input.catalogDefault ? (['catalogDefault'] as const) : [])];
  const { scores, scored } = scoreDebuts(rows, [method, ...baselines]);
  const mine = scores[method]?.mdape ?? Number.POSITIVE_INFINITY;
  const evaluation: DebutModelEvaluation = {
    heldOutAthletes: [...held],
    debuts: scored,
    scores,
    beatsBaselines: scored > 0 && baselines.every((b) => mine < (scores[b]?.mdape ?? Number.NEGATIVE_INFINITY)),
  };
  const dir = join(input.modelsDir, input.runId);
  const model: SavedDebutModel = {
    ...predictor.toJSON(),
    id: input.runId,
    createdAt: input.createdAt.toISOString(),
    pool: { logs: input.logs.flatMap((l) => (l.file ? [l.file] : [])), simulated: input.logs.filter((l) => !l.file).length },
    evaluation,
  };
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, DEBUT_MODEL_FILE), JSON.stringify(model));
  return { dir, model };
}

/**
 * The debut model to serve from a models directory: the newest (by `createdAt`) whose recorded
 * evaluation beat the debut baselines, or null with the reason. Unreadable files are skipped and named.
 */
export async function latestServableDebutModel(
  modelsDir: string,
  prior: PriorRatio,
): Promise<{ predictor: DebutPredictor; saved: SavedDebutModel } | { predictor: null; reason: string }> {
  let entries: string[];
  try {
    entries = await readdir(modelsDir);
  } catch {
    return { predictor: null, reason: `no models directory at ${modelsDir}` };
  }
  const found: SavedDebutModel[] = [];
  const problems: string[] = [];
  for (const e of entries) {
    const file = join(modelsDir, e, DEBUT_MODEL_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    try {
      found.push(JSON.parse(text) as SavedDebutModel);
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const servable = found.filter((m) => m.evaluation?.beatsBaselines).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const best = servable[0];
  if (!best) {
    const why =
      found.length === 0
        ? 'no debut model trained (liftgraph gnn train --task debut --pool DIR)'
        : `none of ${found.length} debut models beat the debut baselines`;
    return { predictor: null, reason: [why, ...problems].join('; ') };
  }
  return { predictor: DebutPredictor.fromJSON(best, prior), saved: best };
}
