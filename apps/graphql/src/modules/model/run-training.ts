import {
  NothingToTrainError,
  recordedVersionLine,
  selectBackend,
  trainFromNeo4j,
  trainingProgressLine,
  trainingSummary,
} from '@liftgraph/learning';
import { createGraphDb } from '@liftgraph/neo4j';
import type { TrainingRequest, TrainingSettings } from './trainer.js';

/**
 * One training job as a library call: export the athletes from Neo4j, train, save the artifacts and
 * record a ModelVersion per GNN (what `liftgraph gnn train --from-neo4j --model <m> --epochs <n>` does,
 * without its report). Returns the run's exit code (see TrainingRun.exitCode); every line goes to `out`.
 */
export async function runTraining(settings: TrainingSettings, request: TrainingRequest, out: (line: string) => void): Promise<number> {
  const athletes = settings.athleteIds === undefined ? 'every athlete with sessions' : settings.athleteIds.join(', ');
  out(`training ${request.model} for ${request.epochs} epochs on ${athletes}`);
  const db = createGraphDb({ ...settings.neo4j, maxConnectionPoolSize: 2 });
  try {
    await selectBackend({ ...(settings.backend && { prefer: settings.backend }), log: out });
    const outcome = await trainFromNeo4j(db, {
      models: request.model === 'all' ? ['graphsage', 'gcn', 'mlp', 'lstm'] : [request.model],
      epochs: request.epochs,
      seed: 1,
      targetMode: 'observed',
      modelsDir: settings.modelsDir,
      ...(settings.athleteIds && { athleteIds: settings.athleteIds }),
      log: out,
      onProgress: (model, epoch, epochs, loss, etaMs) => out(trainingProgressLine(model, epoch, epochs, loss, etaMs)),
    });
    for (const line of trainingSummary(outcome.source.label, outcome.run.result, outcome.artifacts, request.epochs)) out(line);
    for (const v of outcome.modelVersions) out(recordedVersionLine(v));
    return outcome.artifacts.every((a) => a.reloadMaxAbsDiff === 0) ? 0 : 1;
  } catch (error) {
    out(`training failed: ${error instanceof Error ? error.message : String(error)}`);
    return error instanceof NothingToTrainError ? 2 : 1;
  } finally {
    await db.close();
  }
}
