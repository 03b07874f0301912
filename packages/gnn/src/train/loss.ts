import { GnnError } from '../errors.js';

/** The regression losses the engine trains with. */
export type LossKind = 'mse' | 'l1' | 'huber';

/** A loss by name, or with its parameter: Huber's `delta` (default 1, in standardised target units). */
export type LossSpec = LossKind | { readonly kind: LossKind; readonly delta?: number };

/**
 * One elementwise regression loss ℓ(e) of the residual e = ŷ − y and its derivative; the training
 * loss is the mean of ℓ over the observed targets of the masked nodes.
 * - 'mse':   ℓ = e²,                                   ℓ' = 2e
 * - 'l1':    ℓ = |e|,                                  ℓ' = sign(e) (0 at e = 0)
 * - 'huber': ℓ = e²/2 if |e| ≤ δ else δ·(|e| − δ/2),   ℓ' = clamp(e, −δ, δ)
 *   (Huber, 1964; the convention of `torch.nn.HuberLoss(delta)`: quadratic near 0, linear beyond δ).
 */
export interface RegressionLoss {
  readonly kind: LossKind;
  /** Huber's δ (1 for the other kinds, where it is unused). */
  readonly delta: number;
  value(e: number): number;
  grad(e: number): number;
}

/** The loss of a spec (default 'mse'); throws `GnnError('BAD_CONFIG')` on an unknown kind or δ ≤ 0. */
export function regressionLoss(spec: LossSpec = 'mse'): RegressionLoss {
  const { kind, delta = 1 } = typeof spec === 'string' ? { kind: spec } : spec;
  if (!(delta > 0 && Number.isFinite(delta))) throw new GnnError('BAD_CONFIG', `Huber delta must be finite and > 0, got ${delta}`);
  switch (kind) {
    case 'mse':
      return { kind, delta, value: (e) => e * e, grad: (e) => 2 * e };
    case 'l1':
      return { kind, delta, value: (e) => Math.abs(e), grad: (e) => Math.sign(e) };
    case 'huber':
      return {
        kind,
        delta,
        value: (e) => (Math.abs(e) <= delta ? 0.5 * e * e : delta * (Math.abs(e) - 0.5 * delta)),
        grad: (e) => Math.min(delta, Math.max(-delta, e)),
      };
    default:
      throw new GnnError('BAD_CONFIG', `loss must be 'mse', 'l1' or 'huber', got '${String(kind)}'`);
  }
}

/** Where `maskedLoss` reads: `numNodes` rows of `width` targets, `ld` (≥ width) floats apart. */
export interface TargetLayout {
  readonly numNodes: number;
  readonly width: number;
  /** Default `width`. */
  readonly ld?: number;
  /** Nodes with `mask[i] = 1` are scored; all when undefined. */
  readonly mask?: Uint8Array | undefined;
}

/**
 * The mean loss of predictions against targets over the masked nodes, skipping NaN (unknown)
 * targets; `whenEmpty` (default NaN) when nothing is observed. With `grad` (same layout as `pred`),
 * ∂(mean loss)/∂pred is written there, zero for unscored entries — the engine's loss backward.
 */
export function maskedLoss(
  loss: RegressionLoss,
  pred: Float32Array,
  y: Float32Array,
  layout: TargetLayout,
  grad?: Float32Array,
  whenEmpty = Number.NaN,
): number {
  const { numNodes, width: t, ld = t, mask } = layout;
  let count = 0;
  for (let i = 0; i < numNodes; i++) {
    if (mask !== undefined && mask[i] !== 1) continue;
    for (let j = i * ld; j < i * ld + t; j++) if (!Number.isNaN(y[j] ?? Number.NaN)) count++;
  }
  grad?.fill(0);
  if (count === 0) return whenEmpty;
  let sum = 0;
  for (let i = 0; i < numNodes; i++) {
    if (mask !== undefined && mask[i] !== 1) continue;
    for (let j = i * ld; j < i * ld + t; j++) {
      const target = y[j] ?? Number.NaN;
      if (Number.isNaN(target)) continue; // unknown targets are neither scored nor trained on
      const e = (pred[j] ?? 0) - target;
      sum += loss.value(e);
      if (grad !== undefined) grad[j] = loss.grad(e) / count;
    }
  }
  return sum / count;
}
