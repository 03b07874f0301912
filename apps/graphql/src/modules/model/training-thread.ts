// Entry of the trainer's worker thread (started by trainer.ts): one training job, then the thread ends.
import { parentPort, workerData } from 'node:worker_threads';
import { runTraining } from './run-training.js';
import type { TrainerMessage, TrainingRequest, TrainingSettings } from './trainer.js';

const { settings, request } = workerData as { settings: TrainingSettings; request: TrainingRequest };
const post = (m: TrainerMessage): void => parentPort?.postMessage(m);
const code = await runTraining(settings, request, (line) => post({ type: 'output', line }));
post({ type: 'done', code });
