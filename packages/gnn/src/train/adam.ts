/** Adam hyperparameters (PyTorch defaults except the learning rate used by the study). */
export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export const DEFAULT_ADAM: AdamOptions = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/**
 * One in-place Adam step (Kingma & Ba, ICLR 2015, Alg. 1, as `torch.optim.Adam`):
 *   m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − lr · (m / (1−β₁ᵗ)) / (√(v / (1−β₂ᵗ)) + ε).
 * `step` is t ≥ 1. All four arrays have the same length.
 */
export function adamStep(
  param: Float32Array,
  grad: Float32Array,
  m: Float32Array,
  v: Float32Array,
  step: number,
  o: AdamOptions = DEFAULT_ADAM,
): void {
  const c1 = 1 - Math.pow(o.beta1, step);
  const c2 = 1 - Math.pow(o.beta2, step);
  for (let i = 0; i < param.length; i++) {
    const g = grad[i] ?? 0;
    const mi = o.beta1 * (m[i] ?? 0) + (1 - o.beta1) * g;
    const vi = o.beta2 * (v[i] ?? 0) + (1 - o.beta2) * g * g;
    m[i] = mi;
    v[i] = vi;
    param[i] = (param[i] ?? 0) - (o.learningRate * (mi / c1)) / (Math.sqrt(vi / c2) + o.epsilon);
  }
}
