import { describe, expect, it } from 'vitest';
import { tinyGraph } from '../testing/tiny-graphs.js';
import { cooToCsr } from './csr.js';
import { relationCount } from './graph-data.js';
import { gcnPropagation, meanPropagation, relationMeanPropagation } from './propagation.js';

const entries = (s: { numRows: number; rowPtr: Int32Array; colIdx: Int32Array; val: Float32Array }): Array<[number, number, number]> => {
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < s.numRows; i++)
    for (let k = s.rowPtr[i] ?? 0; k < (s.rowPtr[i + 1] ?? 0); k++) out.push([i, s.colIdx[k] ?? 0, s.val[k] ?? 0]);
  return out;
};

describe('gcnPropagation', () => {
  it('should add self-loops and normalise symmetrically by in-degree when weights are 1', () => {
    // in-degrees with self-loops: d̂ = [3, 2, 2, 1]
    const { s } = gcnPropagation(tinyGraph().adjacency);
    const expected: Array<[number, number, number]> = [
      [0, 1, 1 / Math.sqrt(6)],
      [0, 2, 1 / Math.sqrt(6)],
      [0, 0, 1 / 3],
      [1, 3, 1 / Math.sqrt(2)],
      [1, 1, 1 / 2],
      [2, 0, 1 / Math.sqrt(6)],
      [2, 2, 1 / 2],
      [3, 3, 1],
    ];
    entries(s).forEach(([r, c, v], i) => {
      const [er, ec, ev] = expected[i] ?? [-1, -1, 0];
      expect([r, c]).toEqual([er, ec]);
      expect(v).toBeCloseTo(ev, 6);
    });
  });

  it('should use edge weights in degrees and values and keep an existing self-loop weight', () => {
    // edges 1→0 (w 2), 0→0 (w 3): d̂₀ = 5, d̂₁ = 1 (added loop)
    const adj = cooToCsr(2, Int32Array.from([1, 0]), Int32Array.from([0, 0]), { edgeWeight: Float32Array.from([2, 3]) });
    const got = entries(gcnPropagation(adj).s);
    expect(got.map(([r, c]) => [r, c])).toEqual([
      [0, 1],
      [0, 0],
      [1, 1],
    ]);
    expect(got[0]?.[2]).toBeCloseTo(2 / Math.sqrt(5), 6);
    expect(got[1]?.[2]).toBeCloseTo(3 / 5, 6);
    expect(got[2]?.[2]).toBeCloseTo(1, 6);
  });

  it('should produce its exact transpose for the backward pass', () => {
    const { s, sT } = gcnPropagation(tinyGraph().adjacency);
    const t = entries(sT)
      .map(([r, c, v]) => [c, r, v])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    const o = entries(s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(t).toEqual(o);
  });
});

describe('meanPropagation', () => {
  it('should weight each in-neighbour by 1/in-degree and leave isolated nodes at zero rows', () => {
    const got = entries(meanPropagation(tinyGraph().adjacency).s);
    expect(got).toEqual([
      [0, 1, 0.5],
      [0, 2, 0.5],
      [1, 3, 1],
      [2, 0, 1],
    ]);
  });

  it('should build the transpose once, on first access', () => {
    const p = meanPropagation(tinyGraph().adjacency);
    expect(p.sT).toBe(p.sT);
    expect(entries(p.sT)).toEqual([
      [0, 2, 1],
      [1, 0, 0.5],
      [2, 0, 0.5],
      [3, 1, 1],
    ]);
  });

  it('should handle a graph without edges', () => {
    const adj = cooToCsr(3, new Int32Array(0), new Int32Array(0));
    const { s, sT } = meanPropagation(adj);
    expect(s.colIdx.length).toBe(0);
    expect(sT.rowPtr).toEqual(new Int32Array(4));
  });
});

describe('relationMeanPropagation', () => {
  // Edges (source → target, type, weight): 1→0 (0, 1), 2→0 (0, 3), 3→0 (1, 2), 0→1 (1, 0.5), 3→2 (0, 0), 0→2 (0, 0).
  const adj = cooToCsr(4, Int32Array.from([1, 2, 3, 0, 3, 0]), Int32Array.from([0, 0, 0, 1, 2, 2]), {
    edgeWeight: Float32Array.from([1, 3, 2, 0.5, 0, 0]),
    edgeType: Uint8Array.from([0, 0, 1, 1, 0, 0]),
  });

  it('should stack one edge-weighted mean per relation, zero rows where a node has no such edges', () => {
    const { s } = relationMeanPropagation(adj, 2);
    expect([s.numRows, s.numCols]).toEqual([8, 4]);
    expect(entries(s)).toEqual([
      [0, 1, 0.25], // relation 0, node 0: weights 1 and 3
      [0, 2, 0.75],
      [2, 3, 0], // node 2's relation-0 edges weigh 0 in total: zero mean
      [2, 0, 0],
      [4, 3, 1], // relation 1 (rows 4..7), node 0: one edge
      [5, 0, 1], // node 1: one edge of weight 0.5 → mean = that neighbour
    ]);
  });

  it('should give an all-zero block to a relation no edge has', () => {
    const { s, sT } = relationMeanPropagation(adj, 3);
    expect(s.numRows).toBe(12);
    expect(entries(s).filter(([r]) => r >= 8)).toEqual([]);
    expect([sT.numRows, sT.numCols]).toEqual([4, 12]);
  });

  it('should produce its exact transpose for the backward pass', () => {
    const { s, sT } = relationMeanPropagation(adj, 2);
    const t = entries(sT)
      .map(([r, c, v]) => [c, r, v])
      .sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    expect(t).toEqual(entries(s).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('should reject an edge type outside the relations and count relations from the types', () => {
    expect(() => relationMeanPropagation(adj, 1)).toThrowError(/edge 2 has type 1 but the model has 1 relation\(s\)/);
    expect(relationCount(adj)).toBe(2);
    expect(relationCount(tinyGraph().adjacency)).toBe(1);
  });
});
