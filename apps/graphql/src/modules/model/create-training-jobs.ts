import type { TrainerCommand } from './trainer-process.js';
import { InProcessTrainingJobs, type TrainingJobs } from './training-jobs.js';
import { QueueTrainingJobs } from './training-queue.js';

/** REDIS_URL set → jobs on the BullMQ queue for separate workers; unset → child processes of this API. */
export function createTrainingJobs(opts: { redisUrl: string | undefined; cmd: TrainerCommand; onError?: (message: string) => void }): TrainingJobs {
  return opts.redisUrl === undefined ? new InProcessTrainingJobs(opts.cmd) : new QueueTrainingJobs(opts.redisUrl, opts.onError);
}
