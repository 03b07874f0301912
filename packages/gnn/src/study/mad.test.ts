import { describe, expect, it } from 'vitest';
import { cooToCsr } from '../graph/csr.js';
import type { GraphData } from '../graph/graph-data.js';
import { sgcFeatures } from './sgc.js';
import { madByHops, meanAverageDistance } from './mad.js';

/** A path 0 – 1 – … – (n−1), edges both ways; x_i = [cos i, sin i, 1 − i/n]. */
function pathGraph(n: number): GraphData {
  const src: number[] = [];
  const tgt: number[] = [];
  for (let i = 0; i + 1 < n; i++) {
    src.push(i, i + 1);
    tgt.push(i + 1, i);
  }
  return {
    numNodes: n,
    numFeatures: 3,
    x: Float32Array.from(
      { length: 3 * n },
      (_, k) => [Math.cos(Math.floor(k / 3)), Math.sin(Math.floor(k / 3)), 1 - Math.floor(k / 3) / n][k % 3] ?? 0,
    ),
    adjacency: cooToCsr(n, Int32Array.from(src), Int32Array.from(tgt)),
    numTargets: 1,
  };
}

describe('meanAverageDistance', () => {
  it('should be 0 for identical embeddings', () => {
    expect(meanAverageDistance(Float32Array.from([1, 2, 1, 2, 1, 2]), 2)).toBe(0);
  });

  it('should average the non-zero cosine distances per node, then over nodes (Chen et al. eq. 3–4)', () => {
    // rows [1,0], [1,0], [0,1]: node 0 sees {0, 1} → 1; node 1 → 1; node 2 sees {1, 1} → 1
    expect(meanAverageDistance(Float32Array.from([1, 0, 1, 0, 0, 1]), 2)).toBeCloseTo(1, 12);
    // rows [1,0], [−1,0]: distance 2 both ways
    expect(meanAverageDistance(Float32Array.from([1, 0, -1, 0]), 2)).toBeCloseTo(2, 12);
  });

  it('should treat a zero vector as orthogonal to a non-zero one', () => {
    expect(meanAverageDistance(Float32Array.from([0, 0, 3, 4]), 2)).toBe(1);
  });

  it('should decrease with the number of parameter-free GCN propagations on a connected graph', () => {
    const g = pathGraph(12);
    const mads = [1, 2, 3, 4, 5, 6, 7, 8].map((k) => meanAverageDistance(sgcFeatures(g, k), 3));
    mads.slice(1).forEach((m, i) => expect(m).toBeLessThan(mads[i] ?? 0));
    expect(mads[7] ?? 1).toBeLessThan((mads[0] ?? 0) / 2);
  });

  it('should sample pairs deterministically on large inputs', () => {
    const emb = Float32Array.from({ length: 1500 * 2 }, (_, k) => Math.sin(k * 1.7));
    const a = meanAverageDistance(emb, 2, { seed: 3 });
    expect(a).toBe(meanAverageDistance(emb, 2, { seed: 3 }));
    expect(a).toBeCloseTo(meanAverageDistance(emb, 2, { maxSources: 1500, maxPairsPerSource: 1500 }), 1);
  });

  it('should reject embeddings that do not form rows', () => {
    expect(() => meanAverageDistance(new Float32Array(5), 2)).toThrowError(/do not form rows of 2/);
  });
});

describe('madByHops', () => {
  it('should report near, remote and their gap on a long path', () => {
    const g = pathGraph(30);
    const r = madByHops(g.x, 3, g.adjacency, { neighbourHops: 2, remoteHops: 10 });
    expect(r.madNeighbour).not.toBeNull();
    expect(r.madRemote ?? 0).toBeGreaterThan(r.madNeighbour ?? 1);
    expect(r.madGap).toBeCloseTo((r.madRemote ?? 0) - (r.madNeighbour ?? 0), 12);
  });

  it('should give a null gap when no pair is remote enough', () => {
    const g = pathGraph(5);
    expect(madByHops(g.x, 3, g.adjacency).madGap).toBeNull();
  });
});
