import { Worker } from 'node:worker_threads';
import type { BackendChoice } from '@liftgraph/learning';
import type { Neo4jConfig } from '@liftgraph/neo4j';

export type TrainingStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A training run as the API reports it, whichever path (a thread of this API or a queue worker) ran it. */
export interface TrainingRun {
  id: string;
  status: TrainingStatus;
  startedAt: string;
  finishedAt: string | null;
  /** 0 = trained, saved and recorded; 1 = failed (or a saved model did not reload identically); 2 = nothing to train on. */
  exitCode: number | null;
  /** Last lines the trainer logged (export, progress, the evaluation table, saved models). */
  logTail: string[];
  requestedBy: string;
}

/** What `trainModel` asks for (validated by the resolver). */
export interface TrainingRequest {
  model: 'graphsage' | 'gcn' | 'all';
  epochs: number;
}

/** Where and on what the trainer runs: from the app's environment, the same for every run. */
export interface TrainingSettings {
  neo4j: Neo4jConfig;
  /** Artifacts are saved under `<modelsDir>/<runId>-<model>/` (the planner loads them from there). */
  modelsDir: string;
  /** tfjs backend of the MLP/LSTM baselines; undefined = auto. The GNN engine runs its own WASM kernels. */
  backend?: BackendChoice;
  /** Athletes to train on; undefined = every athlete with logged sessions. */
  athleteIds?: string[];
}

export const TAIL_LINES = 40;

/** Appends the non-empty lines of `chunk` to `tail`, keeping the last TAIL_LINES. */
export function appendTail(tail: readonly string[], chunk: string): string[] {
  const lines = chunk.split(/\r?\n|\r/).filter((l) => l.trim() !== '');
  return [...tail, ...lines].slice(-TAIL_LINES);
}

export interface TrainerThread {
  /** Resolves with the run's exit code (null when the thread died or was stopped). */
  done: Promise<number | null>;
  kill: () => void;
}

/** Messages of training-thread.ts to its parent. */
export type TrainerMessage = { type: 'output'; line: string } | { type: 'done'; code: number };

// tsx runs the sources (.ts); node runs dist (.js): the thread entry sits next to this file either way.
const THREAD_ENTRY = new URL(import.meta.url.endsWith('.ts') ? './training-thread.ts' : './training-thread.js', import.meta.url);

/**
 * Runs one training job (`@liftgraph/learning`'s trainFromNeo4j, see run-training.ts) in a worker
 * thread of this process: the library call is synchronous CPU work for minutes, and the thread keeps
 * this process's event loop serving (GraphQL requests, queue lock renewals) meanwhile. TensorFlow.js
 * and the GNN code load in the thread only. Every logged line goes to `onOutput`.
 */
export function startTrainer(settings: TrainingSettings, request: TrainingRequest, onOutput: (line: string) => void): TrainerThread {
  const worker = new Worker(THREAD_ENTRY, { workerData: { settings, request } });
  let finish: (code: number | null) => void = () => undefined;
  const done = new Promise<number | null>((resolve) => (finish = resolve));
  worker.on('message', (m: TrainerMessage) => {
    if (m.type === 'output') onOutput(m.line);
    else {
      finish(m.code);
      void worker.terminate(); // the job is over: whatever a library left open must not keep the thread
    }
  });
  worker.once('error', (e) => onOutput(`the trainer thread failed: ${e.message}`));
  worker.once('exit', () => finish(null)); // no effect after 'done'
  return { done, kill: () => void worker.terminate() };
}
