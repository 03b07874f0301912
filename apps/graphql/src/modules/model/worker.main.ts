// The training worker process (`node dist/modules/model/worker.main.js`): consumes the REDIS_URL queue
// that trainModel fills and runs each job as a library call (@liftgraph/learning) in a thread of this
// process. Start as many as there are cores/GPUs.
import { loadEnv } from '../../env.js';
import { createLogger } from '../../logger.js';
import { trainingSettings } from './create-training-jobs.js';
import { startTrainingWorker } from './training-worker.js';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
if (env.REDIS_URL === undefined) {
  logger.fatal('REDIS_URL is not set: the training worker needs the Redis queue (without it, the API trains in-process).');
  process.exit(2);
}
const { worker, close } = startTrainingWorker({
  redisUrl: env.REDIS_URL,
  settings: trainingSettings(env),
  concurrency: env.TRAIN_WORKER_CONCURRENCY,
});
worker.on('active', (job) => logger.info({ jobId: job.id, request: job.data.request }, 'training job started'));
worker.on('completed', (job) => logger.info({ jobId: job.id }, 'training job succeeded'));
worker.on('failed', (job, err) => logger.warn({ jobId: job?.id, err: err.message }, 'training job failed'));
worker.on('error', (err) => logger.error({ err: err.message }, 'training worker error'));
await worker.waitUntilReady();
logger.info({ queue: worker.name, concurrency: env.TRAIN_WORKER_CONCURRENCY }, 'training worker ready');

const shutdown = async (): Promise<void> => {
  await close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
