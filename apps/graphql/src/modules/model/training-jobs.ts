import { randomUUID } from 'node:crypto';
import { appendTail, startTrainerProcess, type TrainerCommand, type TrainerProcess, type TrainingRun } from './trainer-process.js';

export type { TrainingRun, TrainingStatus } from './trainer-process.js';

/** Where `trainModel` runs: a child process of this API, or a job on the Redis queue (see training-queue.ts). */
export interface TrainingJobs {
  /** Starts a run, or returns the one already queued or running (one run at a time). */
  start(requestedBy: string, extraArgs: readonly string[]): Promise<TrainingRun>;
  get(id: string): Promise<TrainingRun | null>;
  list(): Promise<TrainingRun[]>;
  close(): Promise<void>;
}

/**
 * Without REDIS_URL: training runs as child processes of the `liftgraph` CLI started by this API
 * process. One run at a time per process (two cores are shared); progress is the output tail. The runs
 * live in this process's memory, so behind a load balancer use the queue instead.
 */
export class InProcessTrainingJobs implements TrainingJobs {
  private readonly runs = new Map<string, TrainingRun>();
  private readonly children = new Map<string, TrainerProcess>();

  constructor(private readonly cmd: TrainerCommand) {}

  start(requestedBy: string, extraArgs: readonly string[]): Promise<TrainingRun> {
    const running = [...this.runs.values()].find((r) => r.status === 'RUNNING');
    if (running !== undefined) return Promise.resolve(running);
    const run: TrainingRun = { id: randomUUID(), status: 'RUNNING', startedAt: new Date().toISOString(), finishedAt: null, exitCode: null, logTail: [], requestedBy };
    this.runs.set(run.id, run);
    const child = startTrainerProcess(this.cmd, extraArgs, (chunk) => {
      run.logTail = appendTail(run.logTail, chunk);
    });
    this.children.set(run.id, child);
    void child.done.then((code) => {
      run.status = code === 0 ? 'SUCCEEDED' : 'FAILED';
      run.exitCode = code;
      run.finishedAt = new Date().toISOString();
      this.children.delete(run.id);
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
    for (const child of this.children.values()) child.kill();
    return Promise.resolve();
  }
}
