import { type LoggedSession, median } from '@liftgraph/domain';
import { nameNearestKg, similarRatio } from './debut-baselines.js';
import { type DebutModelName, type DebutTrainOptions, trainDebutModels } from './debut-models.js';
import { debutQueries, type DebutQuery, findDebuts, firstThirdEnd, type NameResolver } from './debut-queries.js';
import { PopulationRatios, type PriorRatio } from './population-ratios.js';

export const DEBUT_BASELINE_NAMES = ['similarRatio', 'nameNearest', 'catalogDefault'] as const;
export type DebutMethod = DebutModelName | (typeof DEBUT_BASELINE_NAMES)[number];

export interface DebutRow {
  date: string;
  exercise: string;
  actualKg: number;
  predictionsKg: Partial<Record<DebutMethod, number | null>>;
}

export interface DebutScore {
  mae: number;
  /** Median absolute percentage error, as a fraction (0.27 = 27 %). */
  mdape: number;
}

export interface DebutEvaluation {
  task: 'debut';
  debuts: DebutRow[];
  /** Scored on the debuts every method predicts (`scoredDebuts`), so all rows compare like with like. */
  models: Partial<Record<DebutMethod, DebutScore>>;
  scoredDebuts: number;
  trainQueries: number;
  validationQueries: number;
  /** Pool athletes (other logs and simulated) the models and ratios drew on; 0 = per-log training. */
  poolAthletes: number;
  /** How the evaluated athlete's own history is used: `joint` = its first occurrences before the first-third mark are training queries. */
  ownHistory: 'joint' | 'none';
}

export interface EvaluateDebutsInput {
  target: { athleteId: string; sessions: readonly LoggedSession[] };
  pool: readonly { athleteId: string; sessions: readonly LoggedSession[] }[];
  resolve: NameResolver;
  prior: PriorRatio;
  /** What the planner does today for a never-done exercise (a first-exposure load), or null. */
  catalogDefault?: (q: DebutQuery) => number | null;
  train?: DebutTrainOptions;
  /** `joint` (default): the athlete's own first occurrences before the first-third mark are training queries; `none`: the pool's model alone. */
  ownHistory?: 'joint' | 'none';
}

const round = (x: number, step = 0.01): number => Math.round(x / step) * step;

export function scoreDebuts(
  rows: readonly DebutRow[],
  methods: readonly DebutMethod[],
): { scores: Partial<Record<DebutMethod, DebutScore>>; scored: number } {
  const complete = rows.filter((r) => methods.every((m) => typeof r.predictionsKg[m] === 'number'));
  const scores: Partial<Record<DebutMethod, DebutScore>> = {};
  if (complete.length === 0) return { scores, scored: 0 };
  for (const m of methods) {
    const abs = complete.map((r) => Math.abs((r.predictionsKg[m] as number) - r.actualKg));
    const mdape = median(complete.map((r) => Math.abs((r.predictionsKg[m] as number) - r.actualKg) / r.actualKg));
    scores[m] = { mae: round(abs.reduce((a, b) => a + b, 0) / abs.length, 0.001), mdape: round(mdape, 0.0001) };
  }
  return { scores, scored: complete.length };
}

/**
 * The debut task of `gnn eval`: the evaluated log's debuts (first occurrences after the first third of
 * its timeline), predicted from what was logged strictly before each, by the models (trained on the
 * pool's first occurrences and the athlete's own early ones) and the baselines, scored by MAE and MdAPE.
 */
export function evaluateDebuts(input: EvaluateDebutsInput): DebutEvaluation {
  const { target, pool, resolve, prior } = input;
  const ratios = pool.length > 0 ? PopulationRatios.fromLogs(pool, resolve, prior) : PopulationRatios.priorOnly(prior);
  const test = findDebuts(target.athleteId, target.sessions, resolve).filter((q) => q.history.length > 0);
  const end = firstThirdEnd(target.sessions) ?? '';
  const own = input.ownHistory === 'none' ? [] : debutQueries(target.athleteId, target.sessions, resolve, (d) => d <= end);
  const fromPool = pool.flatMap((l) => debutQueries(l.athleteId, l.sessions, resolve, () => true));
  const train = [...fromPool, ...own].filter((q) => q.history.length > 0);
  const run = trainDebutModels(train, test, ratios, input.train);
  const modelNames = Object.keys(run.predictionsKg).filter((m) =>
    (input.train?.models ?? ['graphsage', 'gcn', 'mlp']).includes(m as DebutModelName),
  ) as DebutModelName[];
  const debuts: DebutRow[] = test.map((q, i) => {
    const predictionsKg: Partial<Record<DebutMethod, number | null>> = {};
    for (const m of modelNames) predictionsKg[m] = round(run.predictionsKg[m][i] as number);
    predictionsKg.similarRatio = nullableRound(similarRatio(q, ratios));
    predictionsKg.nameNearest = nullableRound(nameNearestKg(q));
    predictionsKg.catalogDefault = input.catalogDefault ? nullableRound(input.catalogDefault(q)) : null;
    return { date: q.date, exercise: q.name, actualKg: round(q.actualKg), predictionsKg };
  });
  const methods: DebutMethod[] = [
    ...modelNames,
    'similarRatio',
    'nameNearest',
    ...(input.catalogDefault ? (['catalogDefault'] as const) : []),
  ];
  const { scores, scored } = scoreDebuts(debuts, methods);
  return {
    task: 'debut',
    debuts,
    models: scores,
    scoredDebuts: scored,
    trainQueries: run.trainQueries,
    validationQueries: run.validationQueries,
    poolAthletes: pool.length,
    ownHistory: input.ownHistory ?? 'joint',
  };
}

function nullableRound(x: number | null): number | null {
  return x === null || !Number.isFinite(x) ? null : round(x);
}
