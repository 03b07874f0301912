import type { Exercise, LoggedSession } from '@liftgraph/domain';
import type { PredictorMetadata } from '@liftgraph/learning';
import { saveTinyArtifact as saveWithResolver } from '@liftgraph/learning/testing';
import { defaultResolver } from '../../problem/athlete-state.js';

/** `@liftgraph/learning/testing`'s tiny GraphSAGE artifact, on the planner's own exercise resolver. */
export function saveTinyArtifact(
  dir: string,
  athleteId: string,
  sessions: readonly LoggedSession[],
  catalog: readonly Exercise[],
  epochs = 8,
): Promise<PredictorMetadata> {
  const resolve = defaultResolver(catalog);
  return saveWithResolver(dir, athleteId, sessions, (name) => resolve(name), epochs);
}
