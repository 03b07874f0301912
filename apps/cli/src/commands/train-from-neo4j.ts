import { resolve } from 'node:path';
import type { LearningGraph } from '@liftgraph/domain';
import { exportableAthleteIds, exportSubgraph, type ModelVersion, ModelVersionRepository } from '@liftgraph/neo4j';
import type { EvalResult, ModelMetrics } from '@liftgraph/planner';
import { type ParsedArgs, stringFlag } from '../args.js';
import { type CommandIo, UsageError } from '../command.js';
import { withGraphDb } from './with-graph-db.js';

export interface Neo4jLearningGraph {
  graph: LearningGraph;
  cutoffDate: string;
  athleteIds: string[];
  label: string;
}

/** `--athletes a,b` (default: every athlete with logged sessions), exported as the domain learning graph. */
export async function learningGraphFromNeo4j(args: ParsedArgs, io: CommandIo, targetMode: 'observed' | 'rule'): Promise<Neo4jLearningGraph> {
  if (args.positionals.length > 0) throw new UsageError('--from-neo4j reads the graph; do not also give a file');
  const listed = stringFlag(args, 'athletes')?.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (listed !== undefined && listed.length === 0) throw new UsageError('--athletes takes a comma-separated list of athlete ids');
  return withGraphDb(io, async (db) => {
    const athleteIds = listed ?? (await exportableAthleteIds(db));
    if (athleteIds.length === 0) throw new UsageError('no athlete in Neo4j has logged sessions; run `liftgraph import` first');
    const t0 = performance.now();
    const exported = await exportSubgraph(db, { athleteIds, targetMode });
    const g = exported.graph;
    io.stderr(`exported ${g.numNodes} performances, ${g.adjacency.colIdx.length} edges of ${athleteIds.length} athlete(s) from Neo4j in ${Math.round(performance.now() - t0)} ms`);
    if (g.trainMask.every((v) => v === 0)) throw new UsageError(`nothing to train on: the athletes ${athleteIds.join(', ')} have no training pairs before ${exported.cutoffDate}`);
    const label = `neo4j:${athleteIds.length <= 3 ? athleteIds.join(',') : `${athleteIds.length} athletes`}`;
    return { graph: g, cutoffDate: exported.cutoffDate, athleteIds, label };
  });
}

/**
 * A model beats the baselines when its test MAE is below both persistence and the rule baseline on
 * every target that all three report (weight and reps; rest only where the log records it).
 */
export function beatsBaselines(model: ModelMetrics, persistence: ModelMetrics, rules: ModelMetrics): boolean {
  const targets = (['weight', 'reps', 'rest'] as const).filter((t) => model[t] && persistence[t] && rules[t]);
  return targets.length > 0 && targets.every((t) => (model[t]?.mae ?? Infinity) < Math.min(persistence[t]?.mae ?? Infinity, rules[t]?.mae ?? Infinity));
}

export interface RecordVersionsInput {
  result: EvalResult;
  artifacts: readonly { model: string; id: string; dir: string }[];
  featureNames: readonly string[];
  createdAt: Date;
  context: { source: string; cutoffDate: string; athleteIds: readonly string[]; epochs: number; seed: number; targetMode: string };
}

/** Records one `ModelVersion` per saved artifact (the CLI writes the registry; @liftgraph/gnn stays free of Neo4j). */
export async function recordModelVersions(io: CommandIo, input: RecordVersionsInput): Promise<ModelVersion[]> {
  const { result } = input;
  return withGraphDb(io, async (db) => {
    const repo = new ModelVersionRepository(db);
    const recorded: ModelVersion[] = [];
    for (const a of input.artifacts) {
      const metrics = result.models[a.model as keyof EvalResult['models']];
      recorded.push(
        await repo.record({
          id: a.id,
          kind: a.model,
          features: [...input.featureNames],
          metrics: JSON.stringify({ testPairs: result.testPairs, model: metrics, persistence: result.models.persistence, rules: result.models.rules, ...input.context }),
          createdAt: input.createdAt.toISOString(),
          artifact: resolve(a.dir),
          beatsBaselines: metrics !== undefined && beatsBaselines(metrics, result.models.persistence, result.models.rules),
        }),
      );
    }
    return recorded;
  });
}
