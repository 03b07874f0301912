import { describe, expect, it } from 'vitest';
import { tinyGraph } from '../testing/tiny-graphs.js';
import type { GraphData } from './graph-data.js';
import { validateGraph } from './validate-graph.js';

describe('validateGraph', () => {
  const good = tinyGraph();

  it('should accept a well-formed graph and an empty one', () => {
    expect(() => validateGraph(good)).not.toThrow();
    const empty: GraphData = {
      numNodes: 0,
      numFeatures: 2,
      x: new Float32Array(0),
      numTargets: 1,
      adjacency: { numNodes: 0, rowPtr: new Int32Array(1), colIdx: new Int32Array(0) },
    };
    expect(() => validateGraph(empty)).not.toThrow();
  });

  it.each<[string, Partial<GraphData>, RegExp]>([
    ['short x', { x: new Float32Array(3) }, /x has 3 values, expected 4×2/],
    ['NaN feature', { x: Float32Array.from([1, 1, 2, Number.NaN, 3, 1, 4, 1]) }, /x\[1, 1\] = NaN is not finite/],
    ['wrong y size', { y: new Float32Array(5) }, /y has 5 values, expected 4×1/],
    ['bad mask', { trainMask: Uint8Array.from([1, 0, 2, 1]) }, /trainMask\[2\] = 2/],
    ['short mask', { valMask: new Uint8Array(3) }, /valMask has 3 entries/],
  ])('should reject %s', (_, patch, message) => {
    expect(() => validateGraph({ ...good, ...patch })).toThrowError(message);
  });

  it.each<[string, Partial<GraphData['adjacency']>, RegExp]>([
    ['short rowPtr', { rowPtr: Int32Array.from([0, 2, 3, 4]) }, /rowPtr has 4 entries, expected numNodes \+ 1 = 5/],
    ['decreasing rowPtr', { rowPtr: Int32Array.from([0, 3, 2, 4, 4]) }, /non-decreasing/],
    ['node id out of range', { colIdx: Int32Array.from([1, 2, 9, 0]) }, /colIdx\[2\] = 9 is outside \[0, 4\)/],
    ['negative weight', { edgeWeight: Float32Array.from([1, -1, 1, 1]) }, /edgeWeight\[1\] = -1 must be finite and >= 0/],
    ['short edgeType', { edgeType: new Uint8Array(1) }, /edgeType has 1 entries/],
  ])('should reject adjacency with %s', (_, patch, message) => {
    expect(() => validateGraph({ ...good, adjacency: { ...good.adjacency, ...patch } })).toThrowError(message);
  });
});
