import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';

export type TrainingStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface TrainingRun {
  id: string;
  status: TrainingStatus;
  startedAt: string;
  finishedAt: string | null;
  exitCode: number | null;
  /** Last lines the trainer printed (its progress goes to stderr). */
  logTail: string[];
  requestedBy: string;
}

const TAIL_LINES = 40;

/**
 * Training runs as child processes of the `liftgraph` CLI, so the API never loads TensorFlow or the
 * GNN code. One run at a time per process (two cores are shared); progress is the output tail.
 */
export class TrainingJobs {
  private readonly runs = new Map<string, TrainingRun>();
  private readonly children = new Map<string, ChildProcess>();

  constructor(private readonly opts: { command: string; cwd: string; env?: NodeJS.ProcessEnv }) {}

  start(requestedBy: string, extraArgs: readonly string[]): TrainingRun {
    const running = [...this.runs.values()].find((r) => r.status === 'RUNNING');
    if (running !== undefined) return running;
    const [bin = 'pnpm', ...args] = this.opts.command.split(/\s+/).filter((s) => s !== '');
    const run: TrainingRun = { id: randomUUID(), status: 'RUNNING', startedAt: new Date().toISOString(), finishedAt: null, exitCode: null, logTail: [], requestedBy };
    this.runs.set(run.id, run);
    const child = spawn(bin, [...args, ...extraArgs], { cwd: this.opts.cwd, ...(this.opts.env !== undefined && { env: this.opts.env }), stdio: ['ignore', 'pipe', 'pipe'] });
    this.children.set(run.id, child);
    const collect = (chunk: Buffer): void => {
      const lines = chunk.toString('utf8').split(/\r?\n|\r/).filter((l) => l.trim() !== '');
      run.logTail = [...run.logTail, ...lines].slice(-TAIL_LINES);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const finish = (code: number | null): void => {
      if (run.status !== 'RUNNING') return;
      run.status = code === 0 ? 'SUCCEEDED' : 'FAILED';
      run.exitCode = code;
      run.finishedAt = new Date().toISOString();
      this.children.delete(run.id);
    };
    child.on('error', (e) => {
      run.logTail = [...run.logTail, `could not start the trainer: ${e.message}`].slice(-TAIL_LINES);
      finish(null);
    });
    child.on('exit', (code) => finish(code));
    return run;
  }

  get(id: string): TrainingRun | null {
    return this.runs.get(id) ?? null;
  }

  list(): TrainingRun[] {
    return [...this.runs.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  stopAll(): void {
    for (const child of this.children.values()) child.kill('SIGTERM');
  }
}
