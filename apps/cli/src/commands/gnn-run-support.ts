import { join } from 'node:path';
import { type TrainOptions, trainingProgressLine } from '@liftgraph/learning';
import { type ParsedArgs, stringFlag } from '../args.js';
import { type CommandIo, UsageError } from '../command.js';

/** Prints training progress (model, epoch, loss, ETA) to stderr, never to stdout. */
export function trainingProgress(io: CommandIo, quiet: boolean): TrainOptions['onProgress'] {
  if (quiet) return undefined;
  return (model, epoch, epochs, loss, etaMs) => io.stderr(trainingProgressLine(model, epoch, epochs, loss, etaMs));
}

/** Prints `label k/n … ETA` to stderr for step-wise work (SHAP nodes, study settings). */
export function stepProgress(
  io: CommandIo,
  quiet: boolean,
  label: string,
): ((done: number, total: number, etaMs: number, detail?: string) => void) | undefined {
  if (quiet) return undefined;
  return (done, total, etaMs, detail) =>
    io.stderr(`  ${label} ${done}/${total}${detail ? `  ${detail}` : ''}  ETA ${(etaMs / 1000).toFixed(1)} s`);
}

export { compactStamp, sourceSlug } from '@liftgraph/learning';

/** `--out DIR`, or `<modelsDir>/reports/<runId>` when absent. */
export function reportDir(args: ParsedArgs, modelsDir: string, runId: string): string {
  return stringFlag(args, 'out') ?? join(modelsDir, 'reports', runId);
}

/** A comma-separated list flag whose items must be among `choices`. */
export function listFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: readonly T[]): T[] {
  const raw = stringFlag(args, name);
  if (raw === undefined) return [...fallback];
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const bad = items.filter((s) => !(choices as readonly string[]).includes(s));
  if (items.length === 0 || bad.length > 0)
    throw new UsageError(`--${name} takes a comma-separated list of ${choices.join(', ')}; got "${raw}"`);
  return items as T[];
}

/** A comma-separated list of integers ≥ `min`. */
export function intListFlag(args: ParsedArgs, name: string, fallback: readonly number[], min = 1): number[] {
  const raw = stringFlag(args, name);
  if (raw === undefined) return [...fallback];
  const items = raw.split(',').map((s) => Number(s.trim()));
  if (items.length === 0 || items.some((v) => !Number.isInteger(v) || v < min))
    throw new UsageError(`--${name} takes comma-separated integers ≥ ${min}; got "${raw}"`);
  return items;
}
