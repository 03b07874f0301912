import { randomUUID } from 'node:crypto';
import { type Job, Queue } from 'bullmq';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import type { TrainingJobs } from './training-jobs.js';
import type { TrainingRequest, TrainingRun } from './trainer.js';

/** The BullMQ queue the API enqueues on and `worker.main.ts` consumes. */
export const TRAINING_QUEUE = 'liftgraph-training';

export interface TrainingJobData {
  /** What to train (the trainModel arguments). */
  request: TrainingRequest;
  requestedBy: string;
}

/** What the worker reports with `job.updateProgress`. */
export interface TrainingProgress {
  logTail: string[];
  exitCode: number | null;
}

export interface TrainingResult {
  exitCode: number;
}

const QUEUED_LINE = 'queued: waiting for a training worker (REDIS_URL queue)';

/** A connection for a BullMQ worker (`maxRetriesPerRequest: null`, as BullMQ requires for blocking commands). */
export function redisConnection(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/** How long an API call waits for Redis before answering SERVICE_UNAVAILABLE. */
const QUEUE_TIMEOUT_MS = 5_000;

function queueUnavailable(cause: unknown): GraphQLError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new GraphQLError(`The training queue (Redis at REDIS_URL) is unavailable: ${why}. Try again shortly.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'TRAINING_QUEUE_UNAVAILABLE' },
  });
}

/** Runs one queue operation; Redis down or slow → a typed SERVICE_UNAVAILABLE error instead of a hung request. */
async function withQueue<T>(op: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${QUEUE_TIMEOUT_MS / 1000} s`)), QUEUE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([op(), timeout]);
  } catch (cause) {
    throw queueUnavailable(cause);
  } finally {
    clearTimeout(timer);
  }
}

function isProgress(p: unknown): p is TrainingProgress {
  return typeof p === 'object' && p !== null && Array.isArray((p as TrainingProgress).logTail);
}

/** Maps a BullMQ job to the API's TrainingRun (a queued job reads as RUNNING with a "queued" line). */
export async function toTrainingRun(job: Job<TrainingJobData, TrainingResult>): Promise<TrainingRun> {
  const state = await job.getState();
  const progress = isProgress(job.progress) ? job.progress : { logTail: [], exitCode: null };
  const base = { id: job.id ?? '', startedAt: new Date(job.processedOn ?? job.timestamp).toISOString(), requestedBy: job.data.requestedBy };
  if (state === 'completed') {
    return {
      ...base,
      status: 'SUCCEEDED',
      finishedAt: new Date(job.finishedOn ?? Date.now()).toISOString(),
      exitCode: job.returnvalue?.exitCode ?? 0,
      logTail: progress.logTail,
    };
  }
  if (state === 'failed') {
    const logTail = [...progress.logTail, ...(job.failedReason ? [`failed: ${job.failedReason}`] : [])];
    return {
      ...base,
      status: 'FAILED',
      finishedAt: new Date(job.finishedOn ?? Date.now()).toISOString(),
      exitCode: progress.exitCode,
      logTail,
    };
  }
  const logTail = state === 'active' ? progress.logTail : [QUEUED_LINE];
  return { ...base, status: 'RUNNING', finishedAt: null, exitCode: null, logTail };
}

/**
 * With REDIS_URL: `trainModel` adds a job to the BullMQ queue and returns at once; separate worker
 * processes (worker.main.ts) run the trainer (a library call, in a thread of the worker). Runs and
 * their progress live in Redis, so every API replica answers `trainingRun` / `trainingRuns` the same.
 */
export class QueueTrainingJobs implements TrainingJobs {
  private readonly connection: Redis;
  private readonly queue: Queue<TrainingJobData, TrainingResult>;

  constructor(redisUrl: string, onError: (message: string) => void = () => undefined) {
    // The API only adds and reads jobs: fail a command after one reconnect attempt rather than queue it forever.
    this.connection = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    // Report a Redis outage once (until the connection is ready again), not on every reconnect attempt.
    let reported = false;
    const report = (e: Error): void => {
      if (!reported) onError(`training queue: ${e.message}`);
      reported = true;
    };
    this.connection.on('error', report);
    this.connection.on('ready', () => (reported = false));
    this.queue = new Queue<TrainingJobData, TrainingResult>(TRAINING_QUEUE, {
      connection: this.connection,
      defaultJobOptions: { attempts: 1, removeOnComplete: { count: 200 }, removeOnFail: { count: 200 } },
    });
    this.queue.on('error', report);
  }

  start(requestedBy: string, request: TrainingRequest): Promise<TrainingRun> {
    return withQueue(() => this.enqueue(requestedBy, request));
  }

  private async enqueue(requestedBy: string, request: TrainingRequest): Promise<TrainingRun> {
    // One run at a time, as in-process (two API replicas racing here may both enqueue; the worker's
    // concurrency of 1 still runs them one after the other).
    const [pending] = await this.queue.getJobs(['active', 'waiting', 'prioritized', 'delayed'], 0, 0);
    if (pending !== undefined) return toTrainingRun(pending);
    const job = await this.queue.add('train', { request: { ...request }, requestedBy }, { jobId: randomUUID() });
    return toTrainingRun(job);
  }

  get(id: string): Promise<TrainingRun | null> {
    return withQueue(async () => {
      const job = await this.queue.getJob(id);
      return job === undefined ? null : toTrainingRun(job);
    });
  }

  list(): Promise<TrainingRun[]> {
    return withQueue(async () => {
      const jobs = await this.queue.getJobs(['active', 'waiting', 'prioritized', 'delayed', 'completed', 'failed'], 0, 49);
      const runs = await Promise.all(jobs.map(toTrainingRun));
      return runs.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    });
  }

  async close(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}
