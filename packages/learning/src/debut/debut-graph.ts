import type { Equipment, LoadingKind } from '@liftgraph/domain';
import type { GraphData } from '@liftgraph/gnn';
import { mostRelated, nameNearest, relatedness, sharedWords, nameWords } from './debut-baselines.js';
import type { DebutQuery } from './debut-queries.js';
import type { PopulationRatios } from './population-ratios.js';

/**
 * The debut learning graph: one small star per debut query. The query node (the never-done exercise on
 * the debut date) hears from up to `MAX_SOURCES` exercises the athlete had logged before — the ones most
 * related to it in the catalog graph — over edges typed by how they relate (`DEBUT_RELATIONS`) and
 * weighted by relatedness. Each source carries what it implies for the debut: its latest top-set load ×
 * the population strength ratio between the two exercises, relative to the reference (the most related
 * source's implied load, i.e. the `similarRatio` baseline). Targets: log(actual ÷ reference) on query
 * nodes, so a model that learns nothing predicts the reference.
 */

/**
 * Edge types: the most related source (the reference's own), sources sharing at least half the debut
 * name's words (what `nameNearest` reads, e.g. two cable curls an app names alike), and the others.
 */
export const DEBUT_RELATIONS = ['most-related', 'shares-name-words', 'related'] as const;
export const MAX_SOURCES = 16;

const LOADINGS: readonly LoadingKind[] = ['total', 'per-hand', 'single', 'bodyweight-plus'];
const EQUIPMENT_GROUPS: readonly (readonly Equipment[])[] = [
  ['barbell', 'e-z curl bar'],
  ['dumbbell'],
  ['machine'],
  ['cable', 'bands'],
  ['kettlebells'],
  ['body only'],
];

export const DEBUT_FEATURES = [
  'isQuery',
  ...LOADINGS.map((l) => `q:loading:${l}`),
  ...EQUIPMENT_GROUPS.map((g) => `q:equipment:${g[0]}`),
  'q:equipment:other',
  'q:compound',
  'q:mapped',
  'q:logSessionsBefore',
  'q:logHistory',
  'q:refRelatedness',
  'q:refPoolAthletes',
  'q:nameNearestLogRatio',
  'q:nameNearestSharedWords',
  'q:typicalReps',
  'q:refFromPriorOnly',
  's:impliedLogRatio',
  's:lastLoadLogRatio',
  's:relatedness',
  's:transfer',
  's:similarity',
  's:samePattern',
  's:sameEquipment',
  's:sameLoading',
  's:poolAthletes',
  's:recency',
  's:reps',
  's:sharedWords',
  's:sessions',
] as const;

const COL = new Map<string, number>(DEBUT_FEATURES.map((f, i) => [f, i]));
const col = (name: (typeof DEBUT_FEATURES)[number]): number => COL.get(name) as number;

export interface DebutGraph {
  graph: GraphData & { y: Float32Array };
  /** Node index of each query (same order as the queries given). */
  queryNode: Int32Array;
  /** The reference load (kg) of each query: the `similarRatio` prediction. */
  referenceKg: Float64Array;
}

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function equipmentGroup(e: Equipment): number {
  const g = EQUIPMENT_GROUPS.findIndex((group) => group.includes(e));
  return g < 0 ? EQUIPMENT_GROUPS.length : g;
}

/** Builds the star graph of the queries (each must have a non-empty history). */
export function buildDebutGraph(queries: readonly DebutQuery[], ratios: PopulationRatios): DebutGraph {
  const F = DEBUT_FEATURES.length;
  const rows: Float32Array[] = [];
  const y: number[] = [];
  const rowPtr: number[] = [0];
  const colIdx: number[] = [];
  const edgeWeight: number[] = [];
  const edgeType: number[] = [];
  const queryNode = new Int32Array(queries.length);
  const referenceKg = new Float64Array(queries.length);
  queries.forEach((q, qi) => {
    const ref = mostRelated(q);
    if (!ref) throw new Error(`debut ${q.name} on ${q.date} has no history to predict from`);
    const refRatio = ratios.ratio(ref.record.exercise, q.exercise);
    const logRef = Math.log(ref.record.lastTopKg) + refRatio.logRatio;
    referenceKg[qi] = Math.exp(logRef);
    const qWords = Math.max(1, nameWords(q.name).size);
    // Sources: the reference first, then by the stronger of catalog relatedness and shared name words.
    const sources = q.history
      .map((r) => {
        const rel = relatedness(r.exercise, q.exercise);
        const words = sharedWords(r.name, q.name) / qWords;
        return { r, rel, words, rank: r === ref.record ? 2 : Math.max(rel.score, words) };
      })
      .sort((a, b) => b.rank - a.rank || (a.r.lastDate < b.r.lastDate ? 1 : a.r.lastDate > b.r.lastDate ? -1 : 0))
      .slice(0, MAX_SOURCES);
    const first = rows.length;
    for (const { r, rel, words } of sources) {
      const x = new Float32Array(F);
      const ratio = ratios.ratio(r.exercise, q.exercise);
      x[col('s:impliedLogRatio')] = Math.log(r.lastTopKg) + ratio.logRatio - logRef;
      x[col('s:lastLoadLogRatio')] = Math.log(r.lastTopKg) - logRef;
      x[col('s:relatedness')] = rel.score;
      x[col('s:transfer')] = rel.transfer;
      x[col('s:similarity')] = rel.similar;
      x[col('s:samePattern')] = r.exercise.pattern === q.exercise.pattern ? 1 : 0;
      x[col('s:sameEquipment')] = r.exercise.equipment === q.exercise.equipment ? 1 : 0;
      x[col('s:sameLoading')] = r.exercise.loading === q.exercise.loading ? 1 : 0;
      x[col('s:poolAthletes')] = Math.log1p(ratio.athletes);
      x[col('s:recency')] = Math.min(3, (dayNumber(q.date) - dayNumber(r.lastDate)) / 100);
      x[col('s:reps')] = Math.min(30, r.lastTopReps) / 10;
      x[col('s:sharedWords')] = words;
      x[col('s:sessions')] = Math.log1p(r.sessions);
      rows.push(x);
      y.push(Number.NaN);
      rowPtr.push(colIdx.length);
    }
    const x = new Float32Array(F);
    x[col('isQuery')] = 1;
    x[col(`q:loading:${q.exercise.loading}` as (typeof DEBUT_FEATURES)[number])] = 1;
    const g = equipmentGroup(q.exercise.equipment);
    x[1 + LOADINGS.length + g] = 1;
    x[col('q:compound')] = q.exercise.mechanic === 'compound' ? 1 : 0;
    x[col('q:mapped')] = q.exercise.source === 'custom' ? 0 : 1;
    x[col('q:logSessionsBefore')] = Math.log1p(q.sessionsBefore);
    x[col('q:logHistory')] = Math.log1p(q.history.length);
    x[col('q:refRelatedness')] = ref.score;
    x[col('q:refPoolAthletes')] = Math.log1p(refRatio.athletes);
    const nn = nameNearest(q);
    x[col('q:nameNearestLogRatio')] = nn ? Math.log(nn.lastTopKg) - logRef : 0;
    x[col('q:nameNearestSharedWords')] = nn ? sharedWords(nn.name, q.name) / qWords : 0;
    x[col('q:typicalReps')] = Math.min(30, q.typicalReps) / 10;
    x[col('q:refFromPriorOnly')] = refRatio.athletes === 0 ? 1 : 0;
    queryNode[qi] = rows.length;
    rows.push(x);
    y.push(Math.log(q.actualKg) - logRef);
    sources.forEach(({ r, rel, words }, k) => {
      colIdx.push(first + k);
      edgeWeight.push(Math.max(0.05, rel.score, words));
      edgeType.push(r === ref.record ? 0 : words >= 0.5 ? 1 : 2);
    });
    rowPtr.push(colIdx.length);
  });
  const n = rows.length;
  const x = new Float32Array(n * F);
  rows.forEach((r, i) => x.set(r, i * F));
  return {
    graph: {
      numNodes: n,
      numFeatures: F,
      x,
      adjacency: {
        numNodes: n,
        rowPtr: Int32Array.from(rowPtr),
        colIdx: Int32Array.from(colIdx),
        edgeWeight: Float32Array.from(edgeWeight),
        edgeType: Uint8Array.from(edgeType),
      },
      numTargets: 1,
      y: Float32Array.from(y),
    },
    queryNode,
    referenceKg,
  };
}
