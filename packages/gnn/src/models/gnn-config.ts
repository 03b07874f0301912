import { GnnError } from '../errors.js';
import { relationCount } from '../graph/graph-data.js';
import type { CsrAdjacency } from '../graph/graph-data.js';
import { Rng } from '../train/rng.js';
import { convKind, layerKernels } from './conv-kind.js';
import type { GnnKind } from './conv-kind.js';

export type { GnnKind } from './conv-kind.js';

/**
 * Hyperparameters of the study models (identical for GCN, GraphSAGE and relational GraphSAGE):
 * Input → Conv(hidden) → ReLU → Dropout(p) → Conv(hidden) → ReLU → Linear(outFeatures).
 */
export interface GnnConfig {
  readonly kind: GnnKind;
  readonly inFeatures: number;
  /** Hidden width of both convolutions. Default 32. */
  readonly hidden: number;
  /** Output width (targets). Default 3. */
  readonly outFeatures: number;
  /** Dropout probability after the first convolution, in [0, 1). Default 0.3. */
  readonly dropout: number;
  /**
   * Edge relations (edge types 0..numRelations−1), each with its own neighbour kernel. Always 1 for
   * the kinds that are not `relational` (they ignore edge types); for 'rsage' given, or counted from
   * a graph (`relationCount`: max edge type + 1).
   */
  readonly numRelations: number;
}

/** A named parameter tensor in row-major [in, out] layout (tfjs `Dense` / PyG `Linear.weight.T`). */
export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
}

/** Model parameters by name (see `paramSpecs`). */
export type GnnParams = Readonly<Record<string, Float32Array>>;

function positiveInt(name: string, v: number): void {
  if (!Number.isInteger(v) || v <= 0) throw new GnnError('BAD_CONFIG', `${name} must be a positive integer, got ${v}`);
}

/** Most relations a relational convolution takes (edge types are bytes). */
export const MAX_RELATIONS = 256;

/**
 * Fills defaults and validates; throws `GnnError('BAD_CONFIG')` with the offending value. A relational
 * kind without `numRelations` counts them from `adjacency` (and needs one).
 */
export function resolveConfig(c: Partial<GnnConfig> & Pick<GnnConfig, 'kind' | 'inFeatures'>, adjacency?: CsrAdjacency): GnnConfig {
  const relational = convKind(c.kind).relational;
  let numRelations = c.numRelations;
  if (numRelations === undefined) {
    if (relational && adjacency === undefined) {
      throw new GnnError('BAD_CONFIG', `kind '${c.kind}' needs numRelations (or a graph to count its edge types from)`);
    }
    numRelations = relational && adjacency !== undefined ? relationCount(adjacency) : 1;
  }
  const config: GnnConfig = { hidden: 32, outFeatures: 3, dropout: 0.3, ...c, numRelations };
  positiveInt('inFeatures', config.inFeatures);
  positiveInt('hidden', config.hidden);
  positiveInt('outFeatures', config.outFeatures);
  if (!(config.dropout >= 0 && config.dropout < 1)) {
    throw new GnnError('BAD_CONFIG', `dropout must be in [0, 1), got ${config.dropout}`);
  }
  positiveInt('numRelations', config.numRelations);
  if (!relational && config.numRelations !== 1) {
    throw new GnnError('BAD_CONFIG', `kind '${config.kind}' ignores edge types: numRelations must be 1, got ${config.numRelations}`);
  }
  if (config.numRelations > MAX_RELATIONS) {
    throw new GnnError('BAD_CONFIG', `numRelations must be at most ${MAX_RELATIONS}, got ${config.numRelations}`);
  }
  return config;
}

/**
 * Parameter names and shapes. GCN layer l: `conv{l}/kernel` [in, hidden], `conv{l}/bias` [hidden].
 * SAGE layer l: `conv{l}/kernel_root` (W₁, applied to x_i), `conv{l}/kernel_neigh` (W₂, applied to the
 * neighbour mean) and `conv{l}/bias`; relational SAGE has `conv{l}/kernel_neigh_r{r}` for r < numRelations
 * instead of `kernel_neigh` (names from `CONV_KINDS`). Head: `head/kernel` [hidden, out], `head/bias` [out].
 */
export function paramSpecs(c: GnnConfig): ParamSpec[] {
  const specs: ParamSpec[] = [];
  const kernels = layerKernels(convKind(c.kind), c.numRelations);
  [c.inFeatures, c.hidden].forEach((fin, l) => {
    const p = `conv${l + 1}/`;
    for (const k of kernels) specs.push({ name: `${p}${k}`, shape: [fin, c.hidden] });
    specs.push({ name: `${p}bias`, shape: [c.hidden] });
  });
  specs.push({ name: 'head/kernel', shape: [c.hidden, c.outFeatures] }, { name: 'head/bias', shape: [c.outFeatures] });
  return specs;
}

/** Glorot-uniform kernels (Glorot & Bengio, 2010: U(±√(6 / (fan_in + fan_out)))) and zero biases. */
export function initParams(c: GnnConfig, seed: number): Record<string, Float32Array> {
  const rng = new Rng(seed);
  const out: Record<string, Float32Array> = {};
  for (const { name, shape } of paramSpecs(c)) {
    const size = shape.reduce((a, b) => a * b, 1);
    const p = new Float32Array(size);
    const [fin, fout] = shape;
    if (shape.length === 2 && fin !== undefined && fout !== undefined) {
      const limit = Math.sqrt(6 / (fin + fout));
      for (let i = 0; i < size; i++) p[i] = (2 * rng.next() - 1) * limit;
    }
    out[name] = p;
  }
  return out;
}
