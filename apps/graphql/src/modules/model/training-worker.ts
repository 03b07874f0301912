import { type Job, Worker } from 'bullmq';
import { appendTail, startTrainer, type TrainingSettings } from './trainer.js';
import { redisConnection, TRAINING_QUEUE, type TrainingJobData, type TrainingProgress, type TrainingResult } from './training-queue.js';

const PROGRESS_EVERY_MS = 500;

/** Runs one queued training job: the trainer (a library call in a thread), its output tail pushed as job progress. */
export async function runTrainingJob(settings: TrainingSettings, job: Job<TrainingJobData, TrainingResult>): Promise<TrainingResult> {
  const progress: TrainingProgress = { logTail: [], exitCode: null };
  let pending: NodeJS.Timeout | null = null;
  let writes = Promise.resolve();
  const flush = (): void => {
    pending = null;
    const snapshot = { ...progress };
    writes = writes.then(() => job.updateProgress(snapshot)).catch(() => undefined);
  };
  const trainer = startTrainer(settings, job.data.request, (line) => {
    progress.logTail = appendTail(progress.logTail, line);
    pending ??= setTimeout(flush, PROGRESS_EVERY_MS);
  });
  const code = await trainer.done;
  if (pending !== null) clearTimeout(pending);
  progress.exitCode = code;
  flush();
  await writes;
  if (code !== 0) throw new Error(`the trainer exited with ${code ?? 'a failure of its thread'}`);
  return { exitCode: code };
}

export interface TrainingWorker {
  worker: Worker<TrainingJobData, TrainingResult>;
  close: () => Promise<void>;
}

/** A BullMQ worker on the training queue (`concurrency` jobs at once, default 1). */
export function startTrainingWorker(opts: { redisUrl: string; settings: TrainingSettings; concurrency?: number }): TrainingWorker {
  const connection = redisConnection(opts.redisUrl);
  const worker = new Worker<TrainingJobData, TrainingResult>(TRAINING_QUEUE, (job) => runTrainingJob(opts.settings, job), {
    connection,
    concurrency: opts.concurrency ?? 1,
    // Training takes minutes; the lock is renewed while the trainer thread runs, a crashed worker's job is retried once.
    maxStalledCount: 1,
  });
  return {
    worker,
    close: async () => {
      await worker.close();
      connection.disconnect();
    },
  };
}
