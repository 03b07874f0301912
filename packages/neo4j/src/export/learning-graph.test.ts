import { describe, expect, it } from 'vitest';
import { EdgeList, muscleOverlap, toCsr } from './learning-graph.js';

describe('toCsr', () => {
  it('should group in-edges by target and sort each row by source, whatever the insertion order', () => {
    const edges = new EdgeList();
    edges.add(2, 0, 0.5, 1);
    edges.add(1, 0, 1, 0);
    edges.add(0, 2, 0.25, 2);
    edges.add(3, 1, 0.75, 0);
    const csr = toCsr(4, edges);
    expect(Array.from(csr.rowPtr)).toEqual([0, 2, 3, 4, 4]);
    expect(Array.from(csr.colIdx)).toEqual([1, 2, 3, 0]);
    expect(Array.from(csr.edgeWeight)).toEqual([1, 0.5, 0.75, 0.25]);
    expect(Array.from(csr.edgeType)).toEqual([0, 1, 0, 2]);
  });

  it('should handle a graph without edges', () => {
    const csr = toCsr(3, new EdgeList());
    expect(Array.from(csr.rowPtr)).toEqual([0, 0, 0, 0]);
    expect(csr.colIdx).toHaveLength(0);
  });
});

describe('muscleOverlap', () => {
  it('should be Σ min(share) (1 for identical profiles, 0 for disjoint)', () => {
    const a = new Float32Array([0.5, 0.5, 0]);
    expect(muscleOverlap(a, a)).toBeCloseTo(1);
    expect(muscleOverlap(a, new Float32Array([0, 0.25, 0.75]))).toBeCloseTo(0.25);
    expect(muscleOverlap(a, new Float32Array([0, 0, 1]))).toBe(0);
  });
});
