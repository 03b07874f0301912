import { randomUUID } from 'node:crypto';
import { appendTail, startTrainer, type TrainerThread, type TrainingRequest, type TrainingRun, type TrainingSettings } from './trainer.js';

export type { TrainingRequest, TrainingRun, TrainingStatus } from './trainer.js';

/** Where `trainModel` runs: a thread of this API, or a job on the Redis queue (see training-queue.ts). */
export interface TrainingJobs {
  /** Starts a run, or returns the one already queued or running (one run at a time). */
  start(requestedBy: string, request: TrainingRequest): Promise<TrainingRun>;
  get(id: string): Promise<TrainingRun | null>;
  list(): Promise<TrainingRun[]>;
  close(): Promise<void>;
}

/**
 * Without REDIS_URL: each run is a library call (`@liftgraph/learning`) in a worker thread of this API
 * process. One run at a time per process (two cores are shared); progress is the logged tail. The runs
 * live in this process's memory, so behind a load balancer use the queue instead.
 */
export class InProcessTrainingJobs implements TrainingJobs {
  private readonly runs = new Map<string, TrainingRun>();
  private readonly trainers = new Map<string, TrainerThread>();

  constructor(private readonly settings: TrainingSettings) {}

  start(requestedBy: string, request: TrainingRequest): Promise<TrainingRun> {
    const running = [...this.runs.values()].find((r) => r.status === 'RUNNING');
    if (running !== undefined) return Promise.resolve(running);
    const run: TrainingRun = {
      id: randomUUID(),
      status: 'RUNNING',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      exitCode: null,
      logTail: [],
      requestedBy,
    };
    this.runs.set(run.id, run);
    const trainer = startTrainer(this.settings, request, (line) => {
      run.logTail = appendTail(run.logTail, line);
    });
    this.trainers.set(run.id, trainer);
    void trainer.done.then((code) => {
      run.status = code === 0 ? 'SUCCEEDED' : 'FAILED';
      run.exitCode = code;
      run.finishedAt = new Date().toISOString();
      this.trainers.delete(run.id);
    });
    return Promise.resolve(run);
  }

  get(id: string): Promise<TrainingRun | null> {
    return Promise.resolve(this.runs.get(id) ?? null);
  }

  list(): Promise<TrainingRun[]> {
    return Promise.resolve([...this.runs.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));
  }

  close(): Promise<void> {
    for (const trainer of this.trainers.values()) trainer.kill();
    return Promise.resolve();
  }
}
