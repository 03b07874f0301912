/**
 * Small deterministic PRNG for the simulator: mulberry32 (a 32-bit multiply–xorshift generator in
 * the style Tommy Ettinger published; period 2^32) for uniforms, and the Marsaglia polar method for
 * standard normals (one spare kept). Written for the simulator, never for cryptography.
 * The whole state is two numbers, so `clone()` is cheap and a clone replays the same stream.
 */
export class SeededRng {
  private state: number;
  private spare: number | null = null;

  /** `seed` is any finite number; it is folded to 32 bits (same seed → same stream). */
  constructor(seed: number) {
    this.state = foldSeed(seed);
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Standard normal N(0, 1) (Marsaglia polar method). */
  normal(): number {
    if (this.spare !== null) {
      const z = this.spare;
      this.spare = null;
      return z;
    }
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * this.uniform() - 1;
      v = 2 * this.uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spare = v * f;
    return u * f;
  }

  /** Integer uniform in [lo, hi] inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.uniform() * (hi - lo + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** A uniformly chosen element; `undefined` only for an empty list. */
  pick<T>(items: readonly T[]): T | undefined {
    return items[Math.floor(this.uniform() * items.length)];
  }

  /** An independent child stream, derived from this one's next output and `salt`. */
  fork(salt: number): SeededRng {
    return new SeededRng(Math.floor(this.uniform() * 4294967296) ^ foldSeed(salt));
  }

  /** A copy that will produce exactly the same future values. */
  clone(): SeededRng {
    const copy = new SeededRng(0);
    copy.state = this.state;
    copy.spare = this.spare;
    return copy;
  }
}

/** Folds any finite number into a 32-bit seed (splitmix-style avalanche of its two halves). */
function foldSeed(seed: number): number {
  const lo = seed | 0;
  const hi = Math.floor(seed / 4294967296) | 0;
  let h = Math.imul(lo ^ 0x9e3779b9, 0x85ebca6b) ^ hi;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}
