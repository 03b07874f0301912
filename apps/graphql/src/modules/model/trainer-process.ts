import { spawn } from 'node:child_process';

export type TrainingStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A training run as the API reports it, whichever path (in-process child or queue worker) ran it. */
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

export interface TrainerCommand {
  /** Command line split on whitespace, e.g. `pnpm liftgraph gnn train --from-neo4j`. */
  command: string;
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

export const TAIL_LINES = 40;

/** Appends the non-empty lines of `chunk` to `tail`, keeping the last TAIL_LINES. */
export function appendTail(tail: readonly string[], chunk: string): string[] {
  const lines = chunk.split(/\r?\n|\r/).filter((l) => l.trim() !== '');
  return [...tail, ...lines].slice(-TAIL_LINES);
}

export interface TrainerProcess {
  /** Resolves with the exit code (null when the trainer could not start or was killed by a signal). */
  done: Promise<number | null>;
  kill: () => void;
}

/**
 * Starts the trainer (`liftgraph gnn train ...`) as a child process, so neither the API nor the queue
 * worker loads TensorFlow or the GNN code; every output line goes to `onOutput`.
 */
export function startTrainerProcess(cmd: TrainerCommand, extraArgs: readonly string[], onOutput: (chunk: string) => void): TrainerProcess {
  const [bin = 'pnpm', ...args] = cmd.command.split(/\s+/).filter((s) => s !== '');
  const child = spawn(bin, [...args, ...extraArgs], { cwd: cmd.cwd, ...(cmd.env !== undefined && { env: cmd.env }), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => onOutput(d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => onOutput(d.toString('utf8')));
  const done = new Promise<number | null>((resolve) => {
    child.once('error', (e) => {
      onOutput(`could not start the trainer: ${e.message}`);
      resolve(null);
    });
    child.once('exit', (code) => resolve(code));
  });
  return { done, kill: () => child.kill('SIGTERM') };
}
