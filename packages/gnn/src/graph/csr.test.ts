import { describe, expect, it } from 'vitest';
import { addSelfLoops } from './add-self-loops.js';
import { cooToCsr, transposeCsr } from './csr.js';

describe('cooToCsr', () => {
  it('should group edges by target and keep input order within a row', () => {
    const adj = cooToCsr(3, Int32Array.from([2, 0, 1, 2]), Int32Array.from([1, 1, 0, 2]), {
      edgeWeight: Float32Array.from([0.1, 0.2, 0.3, 0.4]),
      edgeType: Uint8Array.from([1, 2, 3, 4]),
    });
    expect(adj.rowPtr).toEqual(Int32Array.from([0, 1, 3, 4]));
    expect(adj.colIdx).toEqual(Int32Array.from([1, 2, 0, 2]));
    expect(adj.edgeWeight).toEqual(Float32Array.from([0.3, 0.1, 0.2, 0.4]));
    expect(adj.edgeType).toEqual(Uint8Array.from([3, 1, 2, 4]));
  });

  it('should reject out-of-range node ids and mismatched lengths', () => {
    expect(() => cooToCsr(2, Int32Array.from([0]), Int32Array.from([2]))).toThrowError(/edge 0 \(0 → 2\).*\[0, 2\)/);
    expect(() => cooToCsr(2, Int32Array.from([0, 1]), Int32Array.from([1]))).toThrowError(/src has 2 entries but tgt has 1/);
    expect(() => cooToCsr(2, Int32Array.from([0]), Int32Array.from([1]), { edgeWeight: new Float32Array(2) })).toThrowError(
      /edgeWeight has 2/,
    );
  });
});

describe('transposeCsr', () => {
  it('should swap rows and columns with their values', () => {
    const s = {
      numRows: 2,
      numCols: 3,
      rowPtr: Int32Array.from([0, 2, 3]),
      colIdx: Int32Array.from([0, 2, 2]),
      val: Float32Array.from([1, 2, 3]),
    };
    const t = transposeCsr(s);
    expect([t.numRows, t.numCols]).toEqual([3, 2]);
    expect(t.rowPtr).toEqual(Int32Array.from([0, 1, 1, 3]));
    expect(t.colIdx).toEqual(Int32Array.from([0, 0, 1]));
    expect(t.val).toEqual(Float32Array.from([1, 2, 3]));
  });
});

describe('addSelfLoops', () => {
  it('should add a loop only where a node has none', () => {
    const adj = addSelfLoops(cooToCsr(2, Int32Array.from([1, 1]), Int32Array.from([0, 1]), { edgeWeight: Float32Array.from([2, 5]) }));
    expect(adj.rowPtr).toEqual(Int32Array.from([0, 2, 3]));
    expect(adj.colIdx).toEqual(Int32Array.from([1, 0, 1]));
    expect(adj.edgeWeight).toEqual(Float32Array.from([2, 1, 5]));
  });
});
