import type { ModelVersion } from '@liftgraph/neo4j';
import type { EvalResult } from './evaluate.js';
import { formatEvalTable } from './format-eval-table.js';
import type { SavedArtifact } from './train-and-save.js';

/** `saved gcn       → models/x-gcn  (reloaded: identical predictions)`. */
export function savedArtifactLine(a: SavedArtifact): string {
  const check = a.reloadMaxAbsDiff === 0 ? 'reloaded: identical predictions' : `reloaded: max |Δ| ${a.reloadMaxAbsDiff}`;
  return `saved ${a.model.padEnd(9)} → ${a.dir}  (${check})`;
}

/** `recorded ModelVersion <id> (<kind>, beats baselines: yes|no)`. */
export function recordedVersionLine(v: ModelVersion): string {
  return `recorded ModelVersion ${v.id} (${v.kind}, beats baselines: ${v.beatsBaselines ? 'yes' : 'no'})`;
}

/** What a training run prints when it is done: the evaluation table and one line per saved artifact. */
export function trainingSummary(source: string, result: EvalResult, artifacts: readonly SavedArtifact[], epochs: number): string[] {
  return [
    `Training on ${source}: ${result.testPairs} test pairs (last sixth of the timeline), ${epochs} epochs\n`,
    formatEvalTable(result),
    '',
    ...artifacts.map(savedArtifactLine),
  ];
}

/** `  gcn       epoch   50/400  loss 0.8123  ETA 3.2 s`: one progress line of `TrainOptions.onProgress`. */
export function trainingProgressLine(model: string, epoch: number, epochs: number, loss: number, etaMs: number): string {
  return `  ${model.padEnd(9)} epoch ${String(epoch).padStart(4)}/${epochs}  loss ${loss.toFixed(4)}  ETA ${(etaMs / 1000).toFixed(1)} s`;
}
