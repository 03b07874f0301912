import { GnnError } from '../errors.js';
import type { CsrAdjacency } from '../graph/graph-data.js';
import { Rng } from '../train/rng.js';

/** Pair-sampling limits; below the limits every pair is used (the exact MAD). */
export interface MadOptions {
  /** Source nodes used; default all when N ≤ 1000, else 512 sampled. */
  readonly maxSources?: number;
  /** Target nodes per source; default all when N ≤ 1000, else 256 sampled. */
  readonly maxPairsPerSource?: number;
  /** Seed of the deterministic sampling. Default 1. */
  readonly seed?: number;
}

/**
 * Cosine distance 1 − ⟨h_i, h_j⟩ / (‖h_i‖‖h_j‖), with 0 for two zero vectors and 1 for one zero vector
 * (a dead embedding is as far from a live one as an orthogonal one); values below 1e-12 are rounding
 * and count as 0.
 */
export function cosineDistance(emb: Float32Array, dim: number, i: number, j: number, norms: Float64Array): number {
  const ni = norms[i] ?? 0;
  const nj = norms[j] ?? 0;
  if (ni === 0 || nj === 0) return ni === nj ? 0 : 1;
  let dot = 0;
  for (let k = 0; k < dim; k++) dot += (emb[i * dim + k] ?? 0) * (emb[j * dim + k] ?? 0);
  const d = 1 - dot / (ni * nj);
  // Rounding leaves ~1e-16 for parallel vectors; MAD skips zeros, so snap them to exactly 0.
  return d < 1e-12 ? 0 : d;
}

function rowNorms(emb: Float32Array, dim: number): Float64Array {
  const n = emb.length / dim;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < dim; k++) s += (emb[i * dim + k] ?? 0) ** 2;
    out[i] = Math.sqrt(s);
  }
  return out;
}

function pick(candidates: number[], max: number, rng: Rng): number[] {
  if (candidates.length <= max) return candidates;
  const c = candidates.slice();
  for (let i = 0; i < max; i++) {
    const j = i + Math.floor(rng.next() * (c.length - i));
    const a = c[i] ?? 0;
    c[i] = c[j] ?? 0;
    c[j] = a;
  }
  return c.slice(0, max);
}

/**
 * MAD over the pairs proposed by `targetsOf(i)` (Chen et al., "Measuring and Relieving the
 * Over-smoothing Problem for Graph Neural Networks from the Topological View", AAAI 2020, eqs. 1–4):
 *   D̄_i = Σ_j D_ij M_ij / Σ_j 1(D_ij M_ij > 0),   MAD = Σ_i D̄_i / Σ_i 1(D̄_i > 0),
 * zero distances being left out of both averages as in the paper. Null when no pair exists.
 */
function madOver(emb: Float32Array, dim: number, sources: number[], targetsOf: (i: number) => number[]): number | null {
  const norms = rowNorms(emb, dim);
  let total = 0;
  let nonZero = 0;
  let anyPair = false;
  for (const i of sources) {
    let sum = 0;
    let count = 0;
    for (const j of targetsOf(i)) {
      anyPair = true;
      const d = cosineDistance(emb, dim, i, j, norms);
      if (d > 0) {
        sum += d;
        count++;
      }
    }
    if (count > 0) {
      total += sum / count;
      nonZero++;
    }
  }
  if (!anyPair) return null;
  return nonZero > 0 ? total / nonZero : 0;
}

function sampling(n: number, o: MadOptions): { sources: number[]; perSource: number; rng: Rng } {
  const rng = new Rng(o.seed ?? 1);
  const all = Array.from({ length: n }, (_, i) => i);
  const sources = pick(all, o.maxSources ?? (n <= 1000 ? n : 512), rng).sort((a, b) => a - b);
  return { sources, perSource: o.maxPairsPerSource ?? (n <= 1000 ? n : 256), rng };
}

/**
 * Global MAD of embeddings [N, dim] over all node pairs i ≠ j (sampled deterministically for large
 * N, see `MadOptions`). 0 for identical embeddings; near 0 means over-smoothed. Range [0, 2].
 */
export function meanAverageDistance(emb: Float32Array, dim: number, options: MadOptions = {}): number {
  if (!Number.isInteger(dim) || dim <= 0 || emb.length % dim !== 0)
    throw new GnnError('BAD_INPUT', `embeddings of ${emb.length} values do not form rows of ${dim}`);
  const n = emb.length / dim;
  const { sources, perSource, rng } = sampling(n, options);
  const others = (i: number): number[] => {
    if (perSource >= n - 1) return Array.from({ length: n - 1 }, (_, k) => (k < i ? k : k + 1));
    return Array.from({ length: perSource }, () => {
      const j = Math.floor(rng.next() * (n - 1));
      return j < i ? j : j + 1;
    });
  };
  return madOver(emb, dim, sources, others) ?? 0;
}

/** Hop distances from `source` up to `maxHops` over the undirected view of the graph (−1 = farther). */
function hopsFrom(source: number, out: Int32Array[], inn: CsrAdjacency, maxHops: number): Int32Array {
  const dist = new Int32Array(inn.numNodes).fill(-1);
  dist[source] = 0;
  let frontier = [source];
  for (let h = 1; h <= maxHops && frontier.length > 0; h++) {
    const next: number[] = [];
    for (const u of frontier) {
      const a = inn.rowPtr[u] ?? 0;
      const b = inn.rowPtr[u + 1] ?? 0;
      const visit = (w: number): void => {
        if (dist[w] === -1) {
          dist[w] = h;
          next.push(w);
        }
      };
      for (let k = a; k < b; k++) visit(inn.colIdx[k] ?? 0);
      for (const w of out[u] ?? []) visit(w);
    }
    frontier = next;
  }
  return dist;
}

/** MAD restricted to near and remote pairs, and their gap. */
export interface MadByHops {
  /** Pairs within `neighbourHops` (undirected hops ≥ 1). */
  readonly madNeighbour: number | null;
  /** Pairs at ≥ `remoteHops` hops or unreachable. */
  readonly madRemote: number | null;
  /** MADGap = MAD_remote − MAD_neighbour (Chen et al. 2020, eq. 5); null if either side has no pair. */
  readonly madGap: number | null;
}

/**
 * Neighbour / remote MAD and MADGap (Chen et al. 2020): pairs within `neighbourHops` (default 3) versus
 * pairs at least `remoteHops` (default 8) apart on the undirected graph. A small or negative gap means
 * remote nodes look as alike as neighbours: information from far away has washed the signal out.
 * Cost: one BFS of depth remoteHops − 1 per source (sources sampled as in `MadOptions`).
 */
export function madByHops(
  emb: Float32Array,
  dim: number,
  adjacency: CsrAdjacency,
  options: MadOptions & { readonly neighbourHops?: number; readonly remoteHops?: number } = {},
): MadByHops {
  const n = adjacency.numNodes;
  if (emb.length !== n * dim) throw new GnnError('BAD_INPUT', `embeddings have ${emb.length} values, expected ${n}×${dim}`);
  const near = options.neighbourHops ?? 3;
  const far = options.remoteHops ?? 8;
  if (!(near >= 1 && far > near)) throw new GnnError('BAD_CONFIG', `need 1 ≤ neighbourHops < remoteHops, got ${near} and ${far}`);
  const out: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < n; t++) {
    for (let k = adjacency.rowPtr[t] ?? 0; k < (adjacency.rowPtr[t + 1] ?? 0); k++) out[adjacency.colIdx[k] ?? 0]?.push(t);
  }
  const outArr = out.map((o) => Int32Array.from(o));
  const { sources, perSource, rng } = sampling(n, options);
  const dists = new Map<number, Int32Array>();
  const distOf = (i: number): Int32Array => {
    let d = dists.get(i);
    if (d === undefined) {
      d = hopsFrom(i, outArr, adjacency, far - 1);
      dists.set(i, d);
    }
    return d;
  };
  const select =
    (keep: (h: number) => boolean) =>
    (i: number): number[] => {
      const d = distOf(i);
      const c: number[] = [];
      d.forEach((h, j) => {
        if (j !== i && keep(h)) c.push(j);
      });
      return pick(c, perSource, rng);
    };
  const madNeighbour = madOver(
    emb,
    dim,
    sources,
    select((h) => h >= 1 && h <= near),
  );
  const madRemote = madOver(
    emb,
    dim,
    sources,
    select((h) => h === -1),
  );
  return { madNeighbour, madRemote, madGap: madNeighbour === null || madRemote === null ? null : madRemote - madNeighbour };
}
