import type { GraphqlEnv } from '../../env.js';
import type { TrainingSettings } from './trainer.js';
import { InProcessTrainingJobs, type TrainingJobs } from './training-jobs.js';
import { QueueTrainingJobs } from './training-queue.js';

/** REDIS_URL set → jobs on the BullMQ queue for separate workers; unset → runs in a thread of this API. */
export function createTrainingJobs(opts: {
  redisUrl: string | undefined;
  settings: TrainingSettings;
  onError?: (message: string) => void;
}): TrainingJobs {
  return opts.redisUrl === undefined ? new InProcessTrainingJobs(opts.settings) : new QueueTrainingJobs(opts.redisUrl, opts.onError);
}

/** The trainer's settings from the app's environment (the API's and the queue worker's alike). */
export function trainingSettings(env: GraphqlEnv): TrainingSettings {
  return {
    neo4j: { url: env.NEO4J_URL, user: env.NEO4J_USER, password: env.NEO4J_PASSWORD, database: env.NEO4J_DATABASE },
    modelsDir: env.LIFTGRAPH_MODELS_DIR,
    ...(env.LIFTGRAPH_TF_BACKEND && { backend: env.LIFTGRAPH_TF_BACKEND }),
    ...(env.TRAIN_ATHLETES && { athleteIds: env.TRAIN_ATHLETES }),
  };
}
