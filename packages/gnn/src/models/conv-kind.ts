import { GnnError } from '../errors.js';
import type { CsrAdjacency } from '../graph/graph-data.js';
import { gcnPropagation, meanPropagation } from '../graph/propagation.js';
import type { Propagation } from '../graph/propagation.js';

/** Which convolution the two-layer study model uses. */
export type GnnKind = 'gcn' | 'sage';

/**
 * What makes one graph convolution differ from the other, in one place. Every convolution here is
 *   H' = S·H·W_neigh (+ H·W_root) + b
 * with a fixed propagation operator S per graph:
 * - GCN (Kipf & Welling, ICLR 2017): S = D̂^{-1/2}(A + I)D̂^{-1/2}, no root term, one kernel `kernel`.
 * - GraphSAGE-mean (Hamilton et al., NeurIPS 2017): S = mean over in-neighbours, plus a root term:
 *   `kernel_neigh` on the neighbour mean, `kernel_root` on the node itself.
 * The fused engine, the parameter layout, the receptive-field evaluation used by SHAP and the tfjs
 * reference layers all read this table instead of switching on the kind.
 */
export interface ConvKind {
  readonly kind: GnnKind;
  /** The propagation operator S of an adjacency. */
  readonly propagation: (adjacency: CsrAdjacency) => Propagation;
  /** Name (within a layer's `conv{l}/` scope) of the kernel applied to S·H. */
  readonly neighKernel: string;
  /** Name of the kernel applied to H itself, or null when the convolution has no root term. */
  readonly rootKernel: string | null;
}

export const CONV_KINDS: Readonly<Record<GnnKind, ConvKind>> = {
  gcn: { kind: 'gcn', propagation: gcnPropagation, neighKernel: 'kernel', rootKernel: null },
  sage: { kind: 'sage', propagation: meanPropagation, neighKernel: 'kernel_neigh', rootKernel: 'kernel_root' },
};

/** The table entry of `kind`; throws on anything else (configs come from JSON artifacts too). */
export function convKind(kind: GnnKind): ConvKind {
  const c = (CONV_KINDS as Record<string, ConvKind | undefined>)[kind];
  if (c === undefined) throw new GnnError('BAD_CONFIG', `kind must be 'gcn' or 'sage', got '${String(kind)}'`);
  return c;
}

/**
 * Kernel names of one layer in parameter order: root first (when there is one), then neighbour —
 * the order `paramSpecs` lists them and the tfjs reference layers create their weights.
 */
export function layerKernels(c: ConvKind): string[] {
  return c.rootKernel === null ? [c.neighKernel] : [c.rootKernel, c.neighKernel];
}

const PROPAGATIONS = new Map<GnnKind, WeakMap<CsrAdjacency, Propagation>>();

/** The propagation operator of `kind` for an adjacency, memoised per adjacency object. */
export function propagationFor(kind: GnnKind, adjacency: CsrAdjacency): Propagation {
  let cache = PROPAGATIONS.get(kind);
  if (cache === undefined) PROPAGATIONS.set(kind, (cache = new WeakMap()));
  let p = cache.get(adjacency);
  if (p === undefined) {
    p = convKind(kind).propagation(adjacency);
    cache.set(adjacency, p);
  }
  return p;
}
