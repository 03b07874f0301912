import type { CsrAdjacency } from './graph-data.js';

/**
 * Adds a self-loop i → i with weight `fillWeight` to every node that has none; existing self-loops keep
 * their weight (PyG `add_remaining_self_loops`). Edge types of new loops are 0. O(N + E).
 */
export function addSelfLoops(adj: CsrAdjacency, fillWeight = 1): CsrAdjacency {
  const n = adj.numNodes;
  const has = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const end = adj.rowPtr[i + 1] ?? 0;
    for (let k = adj.rowPtr[i] ?? 0; k < end; k++) if (adj.colIdx[k] === i) has[i] = 1;
  }
  let missing = 0;
  for (let i = 0; i < n; i++) missing += 1 - (has[i] ?? 0);
  const e = adj.colIdx.length + missing;
  const rowPtr = new Int32Array(n + 1);
  const colIdx = new Int32Array(e);
  const edgeWeight = new Float32Array(e);
  const edgeType = adj.edgeType === undefined ? undefined : new Uint8Array(e);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    rowPtr[i] = pos;
    const end = adj.rowPtr[i + 1] ?? 0;
    for (let k = adj.rowPtr[i] ?? 0; k < end; k++) {
      colIdx[pos] = adj.colIdx[k] ?? 0;
      edgeWeight[pos] = adj.edgeWeight?.[k] ?? 1;
      if (edgeType !== undefined) edgeType[pos] = adj.edgeType?.[k] ?? 0;
      pos++;
    }
    if (has[i] === 0) {
      colIdx[pos] = i;
      edgeWeight[pos] = fillWeight;
      pos++;
    }
  }
  rowPtr[n] = pos;
  return { numNodes: n, rowPtr, colIdx, edgeWeight, ...(edgeType && { edgeType }) };
}
