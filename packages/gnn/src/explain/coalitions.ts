import { Rng } from '../train/rng.js';

/** A weighted coalition set for KernelSHAP: masks [count, M] (1 = feature taken from x) and weights. */
export interface Coalitions {
  readonly masks: Uint8Array;
  readonly weights: Float64Array;
  readonly count: number;
  /** True when every proper non-empty coalition is present with its exact kernel weight. */
  readonly exhaustive: boolean;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** All k-subsets of {0..m−1} as masks, in lexicographic order. */
function* subsetsOfSize(m: number, k: number): Generator<Uint8Array> {
  const idx = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    const mask = new Uint8Array(m);
    for (const i of idx) mask[i] = 1;
    yield mask;
    let p = k - 1;
    while (p >= 0 && (idx[p] ?? 0) === m - k + p) p--;
    if (p < 0) return;
    idx[p] = (idx[p] ?? 0) + 1;
    for (let q = p + 1; q < k; q++) idx[q] = (idx[q - 1] ?? 0) + 1;
  }
}

/**
 * Chooses coalitions and weights for KernelSHAP (Lundberg & Lee, NeurIPS 2017, Thm. 2; the budget
 * strategy of the `shap` library). The Shapley kernel gives a coalition of size s the weight
 *   π(s) = (M − 1) / (C(M, s) · s · (M − s)),  so size s carries total mass (M − 1) / (s (M − s)).
 * Sizes are taken in pairs (s, M − s) from the outside in; a pair is enumerated exactly while the
 * remaining budget covers it in proportion to its mass, and the rest of the budget is sampled:
 * size ∝ mass, a uniform subset of that size plus its complement (paired sampling), each sample
 * carrying an equal share of the remaining mass; repeated coalitions accumulate weight.
 */
export function shapleyCoalitions(m: number, budget: number, seed: number): Coalitions {
  const masks: Uint8Array[] = [];
  const weights: number[] = [];
  const mass = (s: number): number => (m - 1) / (s * (m - s));
  const half = Math.floor(m / 2);
  let remaining = Math.max(budget, 2);
  let sizes = Array.from({ length: m - 1 }, (_, i) => i + 1);
  let exhaustive = m >= 2;
  for (let s = 1; s <= half; s++) {
    const paired = s !== m - s;
    const count = binomial(m, s) * (paired ? 2 : 1);
    const left = sizes.reduce((a, k) => a + mass(k), 0);
    const share = (mass(s) * (paired ? 2 : 1)) / left;
    if (count > remaining || remaining * share < count) {
      exhaustive = false;
      break;
    }
    for (const mask of subsetsOfSize(m, s)) {
      const w = mass(s) / binomial(m, s);
      masks.push(mask);
      weights.push(w);
      if (paired) {
        masks.push(mask.map((b) => 1 - b));
        weights.push(w);
      }
    }
    remaining -= count;
    sizes = sizes.filter((k) => k !== s && k !== m - s);
  }
  if (sizes.length > 0 && remaining >= 2) {
    exhaustive = false;
    const rng = new Rng(seed);
    const total = sizes.reduce((a, k) => a + mass(k), 0);
    const draws = Math.floor(remaining / 2);
    const each = total / (2 * draws);
    const seen = new Map<string, number>();
    for (let d = 0; d < draws; d++) {
      let u = rng.next() * total;
      let s = sizes[sizes.length - 1] ?? 1;
      for (const k of sizes) {
        u -= mass(k);
        if (u < 0) {
          s = k;
          break;
        }
      }
      // Partial Fisher–Yates: the first s entries of a random permutation form the subset.
      const perm = Int32Array.from({ length: m }, (_, i) => i);
      for (let i = 0; i < s; i++) {
        const j = i + Math.floor(rng.next() * (m - i));
        const a = perm[i] ?? 0;
        perm[i] = perm[j] ?? 0;
        perm[j] = a;
      }
      const mask = new Uint8Array(m);
      for (let i = 0; i < s; i++) mask[perm[i] ?? 0] = 1;
      for (const z of [mask, mask.map((b) => 1 - b)]) {
        const key = z.join('');
        const at = seen.get(key);
        if (at === undefined) {
          seen.set(key, masks.length);
          masks.push(z);
          weights.push(each);
        } else weights[at] = (weights[at] ?? 0) + each;
      }
    }
  }
  const flat = new Uint8Array(masks.length * m);
  masks.forEach((z, i) => flat.set(z, i * m));
  return { masks: flat, weights: Float64Array.from(weights), count: masks.length, exhaustive: exhaustive && sizes.length === 0 };
}
