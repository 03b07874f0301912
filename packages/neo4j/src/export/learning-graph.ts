/** Edge types of the learning graph (`adjacency.edgeType` values). */
export const EDGE_TYPES = ['same-session', 'temporal-next', 'cross-session-muscle'] as const;
export type EdgeTypeName = (typeof EDGE_TYPES)[number];

/** Growable COO edge list: source → target, weight, type. */
export class EdgeList {
  src: number[] = [];
  dst: number[] = [];
  weight: number[] = [];
  type: number[] = [];

  add(src: number, dst: number, weight: number, type: number): void {
    this.src.push(src);
    this.dst.push(dst);
    this.weight.push(weight);
    this.type.push(type);
  }

  get size(): number {
    return this.src.length;
  }
}

export interface Csr {
  numNodes: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  edgeWeight: Float32Array;
  edgeType: Uint8Array;
}

/**
 * COO → CSR with rows = message targets (the in-edges of node i are colIdx[rowPtr[i]..rowPtr[i+1])),
 * each row sorted by (source, type): a deterministic layout whatever order edges were added in.
 */
export function toCsr(numNodes: number, edges: EdgeList): Csr {
  const e = edges.size;
  const rowPtr = new Int32Array(numNodes + 1);
  for (const d of edges.dst) rowPtr[d + 1] = (rowPtr[d + 1] ?? 0) + 1;
  for (let i = 0; i < numNodes; i += 1) rowPtr[i + 1] = (rowPtr[i + 1] ?? 0) + (rowPtr[i] ?? 0);
  const fill = rowPtr.slice(0, numNodes);
  const order = new Int32Array(e);
  for (let k = 0; k < e; k += 1) {
    const d = edges.dst[k] ?? 0;
    order[fill[d] ?? 0] = k;
    fill[d] = (fill[d] ?? 0) + 1;
  }
  for (let i = 0; i < numNodes; i += 1) {
    const start = rowPtr[i] ?? 0;
    const end = rowPtr[i + 1] ?? 0;
    if (end - start > 1) {
      const seg = Array.from(order.subarray(start, end));
      seg.sort((a, b) => (edges.src[a] ?? 0) - (edges.src[b] ?? 0) || (edges.type[a] ?? 0) - (edges.type[b] ?? 0));
      order.set(seg, start);
    }
  }
  const colIdx = new Int32Array(e);
  const edgeWeight = new Float32Array(e);
  const edgeType = new Uint8Array(e);
  for (let k = 0; k < e; k += 1) {
    const src = order[k] ?? 0;
    colIdx[k] = edges.src[src] ?? 0;
    edgeWeight[k] = edges.weight[src] ?? 0;
    edgeType[k] = edges.type[src] ?? 0;
  }
  return { numNodes, rowPtr, colIdx, edgeWeight, edgeType };
}

/** Σ over muscles of min(shareA, shareB): 1 for identical muscle profiles, 0 for disjoint ones. */
export function muscleOverlap(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += Math.min(a[i] ?? 0, b[i] ?? 0);
  return s;
}
