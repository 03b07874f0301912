import { resolve } from 'node:path';
import type { LearningGraph } from '@liftgraph/domain';
import { exportableAthleteIds, exportSubgraph, type GraphDb, type ModelVersion, ModelVersionRepository } from '@liftgraph/neo4j';
import type { EvalResult, ModelMetrics } from '../evaluate.js';
import { trainingRunId } from '../run-id.js';
import { type SavedArtifact, trainAndSave, type TrainAndSaveOptions, type TrainAndSaveOutcome } from '../train-and-save.js';
import type { ModelName, TrainOptions } from '../train-models.js';

/** The Neo4j graph holds nothing to train on (no athlete with sessions, or no training pair before the cutoff). */
export class NothingToTrainError extends Error {
  override readonly name = 'NothingToTrainError';
}

export interface Neo4jLearningGraph {
  graph: LearningGraph;
  cutoffDate: string;
  athleteIds: string[];
  /** `neo4j:a,b` (up to three ids) or `neo4j:<n> athletes`: the source named in artifacts and reports. */
  label: string;
}

export interface Neo4jGraphOptions {
  /** Athletes to export; default every athlete with logged sessions. */
  athleteIds?: readonly string[];
  targetMode: 'observed' | 'rule';
  /** One line per step (the export's size and time). */
  log?: (line: string) => void;
}

/** Exports the athletes' sessions from Neo4j as the domain learning graph, split at the timeline's last sixth. */
export async function learningGraphFromNeo4j(db: GraphDb, o: Neo4jGraphOptions): Promise<Neo4jLearningGraph> {
  const athleteIds = o.athleteIds !== undefined ? [...o.athleteIds] : await exportableAthleteIds(db);
  if (athleteIds.length === 0) throw new NothingToTrainError('no athlete in Neo4j has logged sessions; run `liftgraph import` first');
  const t0 = performance.now();
  const exported = await exportSubgraph(db, { athleteIds, targetMode: o.targetMode });
  const g = exported.graph;
  o.log?.(
    `exported ${g.numNodes} performances, ${g.adjacency.colIdx.length} edges of ${athleteIds.length} athlete(s) from Neo4j in ${Math.round(performance.now() - t0)} ms`,
  );
  if (g.trainMask.every((v) => v === 0))
    throw new NothingToTrainError(
      `nothing to train on: the athletes ${athleteIds.join(', ')} have no training pairs before ${exported.cutoffDate}`,
    );
  const label = `neo4j:${athleteIds.length <= 3 ? athleteIds.join(',') : `${athleteIds.length} athletes`}`;
  return { graph: g, cutoffDate: exported.cutoffDate, athleteIds, label };
}

/**
 * A model beats the baselines when its test MAE is below both persistence and the rule baseline on
 * every target that all three report (weight and reps; rest only where the log records it).
 */
export function beatsBaselines(model: ModelMetrics, persistence: ModelMetrics, rules: ModelMetrics): boolean {
  const targets = (['weight', 'reps', 'rest'] as const).filter((t) => model[t] && persistence[t] && rules[t]);
  return (
    targets.length > 0 &&
    targets.every((t) => (model[t]?.mae ?? Infinity) < Math.min(persistence[t]?.mae ?? Infinity, rules[t]?.mae ?? Infinity))
  );
}

export interface RecordVersionsInput {
  result: EvalResult;
  /** The saved GNNs: each one's loss history goes into its metrics, its global SHAP ranking into `globalShap`. */
  artifacts: readonly Pick<SavedArtifact, 'model' | 'id' | 'dir' | 'lossHistory' | 'globalShap'>[];
  featureNames: readonly string[];
  createdAt: Date;
  /** Recorded in the version's metrics: the pool (athletes), the objective and the training settings. */
  context: {
    source: string;
    cutoffDate: string;
    athleteIds: readonly string[];
    epochs: number;
    seed: number;
    targetMode: string;
    objective?: { loss: string; conv: string };
  };
}

/** Records one `ModelVersion` per saved artifact in the registry (artifact paths stored absolute). */
export async function recordModelVersions(db: GraphDb, input: RecordVersionsInput): Promise<ModelVersion[]> {
  const { result } = input;
  const repo = new ModelVersionRepository(db);
  const recorded: ModelVersion[] = [];
  for (const a of input.artifacts) {
    const metrics = result.models[a.model as keyof EvalResult['models']];
    recorded.push(
      await repo.record({
        id: a.id,
        kind: a.model,
        features: [...input.featureNames],
        metrics: JSON.stringify({
          testPairs: result.testPairs,
          model: metrics,
          persistence: result.models.persistence,
          rules: result.models.rules,
          ...input.context,
          lossHistory: a.lossHistory,
        }),
        createdAt: input.createdAt.toISOString(),
        artifact: resolve(a.dir),
        beatsBaselines: metrics !== undefined && beatsBaselines(metrics, result.models.persistence, result.models.rules),
        globalShap: a.globalShap === null ? null : JSON.stringify(a.globalShap),
      }),
    );
  }
  return recorded;
}

export interface TrainFromNeo4jOptions {
  /** Athletes to train on (the population pool); default every athlete with logged sessions. */
  athleteIds?: readonly string[];
  /** The GNNs' loss and GraphSAGE's convolution (default 'mse', 'sage'), recorded with each ModelVersion. */
  objective?: { loss: 'mse' | 'l1' | 'huber'; conv: 'sage' | 'rsage' };
  models: readonly ModelName[];
  epochs: number;
  seed: number;
  targetMode: 'observed' | 'rule';
  modelsDir: string;
  createdAt?: Date;
  onProgress?: TrainOptions['onProgress'];
  log?: (line: string) => void;
  /** The global SHAP ranking stored with each version (see TrainAndSaveOptions.shap). */
  shap?: TrainAndSaveOptions['shap'];
}

export interface TrainFromNeo4jOutcome extends TrainAndSaveOutcome {
  source: Neo4jLearningGraph;
  runId: string;
  createdAt: Date;
  modelVersions: ModelVersion[];
}

/**
 * The training job: export the athletes from Neo4j, train and score the models, save each GNN as an
 * artifact under `modelsDir` (checked by reloading it) and record a `ModelVersion` per saved GNN.
 * What `liftgraph gnn train --from-neo4j` and the API's training runs (in-process or queue worker) call.
 */
export async function trainFromNeo4j(db: GraphDb, o: TrainFromNeo4jOptions): Promise<TrainFromNeo4jOutcome> {
  const source = await learningGraphFromNeo4j(db, {
    targetMode: o.targetMode,
    ...(o.athleteIds && { athleteIds: o.athleteIds }),
    ...(o.log && { log: o.log }),
  });
  const createdAt = o.createdAt ?? new Date();
  const runId = trainingRunId('neo4j', createdAt);
  const outcome: TrainAndSaveOutcome = await trainAndSave(source.graph, {
    source: source.label,
    cutoffDate: source.cutoffDate,
    targetMode: o.targetMode,
    ...(o.objective && { objective: o.objective }),
    models: o.models,
    epochs: o.epochs,
    seed: o.seed,
    modelsDir: o.modelsDir,
    runId,
    createdAt,
    ...(o.onProgress && { onProgress: o.onProgress }),
    ...(o.shap !== undefined && { shap: o.shap }),
  });
  const modelVersions = await recordModelVersions(db, {
    result: outcome.run.result,
    artifacts: outcome.artifacts,
    featureNames: source.graph.featureNames,
    createdAt,
    context: {
      source: source.label,
      cutoffDate: source.cutoffDate,
      athleteIds: source.athleteIds,
      epochs: o.epochs,
      seed: o.seed,
      targetMode: o.targetMode,
      objective: o.objective ?? { loss: 'mse', conv: 'sage' },
    },
  });
  return { ...outcome, source, runId, createdAt, modelVersions };
}

export type { SavedArtifact };
