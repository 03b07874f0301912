import { GnnError } from '../errors.js';
import { relationCount } from '../graph/graph-data.js';
import type { CsrAdjacency } from '../graph/graph-data.js';
import { gcnPropagation, meanPropagation, relationMeanPropagation } from '../graph/propagation.js';
import type { Propagation } from '../graph/propagation.js';

/** Which convolution the two-layer study model uses. */
export type GnnKind = 'gcn' | 'sage' | 'rsage';

/**
 * What makes one graph convolution differ from the other, in one place. Every convolution here is
 *   H' = Σ_r S_r·H·W_neigh,r (+ H·W_root) + b
 * with fixed propagation operators S_r per graph, one per edge relation r < R (stacked in one
 * `Propagation`; R = 1 unless the convolution is `relational`):
 * - GCN (Kipf & Welling, ICLR 2017): S = D̂^{-1/2}(A + I)D̂^{-1/2}, no root term, one kernel `kernel`.
 * - GraphSAGE-mean (Hamilton et al., NeurIPS 2017): S = mean over in-neighbours, plus a root term:
 *   `kernel_neigh` on the neighbour mean, `kernel_root` on the node itself.
 * - Relational GraphSAGE ('rsage'): S_r = edge-weighted mean over the in-neighbours along edges of
 *   relation r (`relationMeanPropagation`), one kernel `kernel_neigh_r{r}` per relation, plus
 *   `kernel_root` — SAGE with R-GCN's per-relation weights (Schlichtkrull et al., ESWC 2018).
 * The fused engine, the parameter layout, the receptive-field evaluation used by SHAP and the tfjs
 * reference layers all read this table instead of switching on the kind.
 */
export interface ConvKind {
  readonly kind: GnnKind;
  /** The (stacked) propagation operator of an adjacency for `numRelations` relations (see `Propagation`). */
  readonly propagation: (adjacency: CsrAdjacency, numRelations?: number) => Propagation;
  /** One neighbour kernel per edge relation (edge types), or one for all edges (R = 1). */
  readonly relational: boolean;
  /** Name (within a layer's `conv{l}/` scope) of the kernel applied to S·H; `_r{r}` appended per relation when `relational`. */
  readonly neighKernel: string;
  /** Name of the kernel applied to H itself, or null when the convolution has no root term. */
  readonly rootKernel: string | null;
}

export const CONV_KINDS: Readonly<Record<GnnKind, ConvKind>> = {
  gcn: { kind: 'gcn', propagation: gcnPropagation, relational: false, neighKernel: 'kernel', rootKernel: null },
  sage: { kind: 'sage', propagation: meanPropagation, relational: false, neighKernel: 'kernel_neigh', rootKernel: 'kernel_root' },
  rsage: {
    kind: 'rsage',
    propagation: (adjacency, numRelations = relationCount(adjacency)) => relationMeanPropagation(adjacency, numRelations),
    relational: true,
    neighKernel: 'kernel_neigh',
    rootKernel: 'kernel_root',
  },
};

/** The table entry of `kind`; throws on anything else (configs come from JSON artifacts too). */
export function convKind(kind: GnnKind): ConvKind {
  const c = (CONV_KINDS as Record<string, ConvKind | undefined>)[kind];
  if (c === undefined) {
    throw new GnnError('BAD_CONFIG', `kind must be one of ${Object.keys(CONV_KINDS).join(', ')}, got '${String(kind)}'`);
  }
  return c;
}

/** Names of the neighbour kernels of one layer, relation 0 first (one name unless `relational`). */
export function neighKernels(c: ConvKind, numRelations = 1): string[] {
  return c.relational ? Array.from({ length: numRelations }, (_, r) => `${c.neighKernel}_r${r}`) : [c.neighKernel];
}

/**
 * Kernel names of one layer in parameter order: root first (when there is one), then the neighbour
 * kernel(s) — the order `paramSpecs` lists them and the tfjs reference layers create their weights.
 */
export function layerKernels(c: ConvKind, numRelations = 1): string[] {
  const neigh = neighKernels(c, numRelations);
  return c.rootKernel === null ? neigh : [c.rootKernel, ...neigh];
}

const PROPAGATIONS = new Map<string, WeakMap<CsrAdjacency, Propagation>>();

/**
 * The propagation operator of `kind` for an adjacency (with `numRelations` relation blocks for a
 * relational kind; ignored otherwise), memoised per adjacency object.
 */
export function propagationFor(kind: GnnKind, adjacency: CsrAdjacency, numRelations = 1): Propagation {
  const c = convKind(kind);
  const key = c.relational ? `${kind}/${numRelations}` : kind;
  let cache = PROPAGATIONS.get(key);
  if (cache === undefined) PROPAGATIONS.set(key, (cache = new WeakMap()));
  let p = cache.get(adjacency);
  if (p === undefined) {
    p = c.propagation(adjacency, numRelations);
    cache.set(adjacency, p);
  }
  return p;
}
