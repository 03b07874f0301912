import type { LearningGraph } from './build-learning-graph.js';

/** Growable COO edge list (source → target, weight, type index) over typed arrays. */
export class LearningEdges {
  private src: Int32Array;
  private dst: Int32Array;
  private weight: Float64Array;
  private type: Uint8Array;
  size = 0;

  constructor(capacity = 1024) {
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
    this.type = new Uint8Array(capacity);
  }

  add(from: number, to: number, w: number, t: number): void {
    if (this.size === this.src.length) this.grow();
    const k = this.size++;
    this.src[k] = from;
    this.dst[k] = to;
    this.weight[k] = w;
    this.type[k] = t;
  }

  private grow(): void {
    const cap = this.src.length * 2;
    const src = new Int32Array(cap);
    const dst = new Int32Array(cap);
    const weight = new Float64Array(cap);
    const type = new Uint8Array(cap);
    src.set(this.src);
    dst.set(this.dst);
    weight.set(this.weight);
    type.set(this.type);
    [this.src, this.dst, this.weight, this.type] = [src, dst, weight, type];
  }

  /**
   * COO → CSR with rows = targets (message receivers), each row sorted by (source, type): a counting
   * sort on the target, then an insertion sort per row on a packed (source, type, edge) key.
   */
  toCsr(n: number): LearningGraph['adjacency'] {
    const e = this.size;
    const rowPtr = new Int32Array(n + 1);
    for (let k = 0; k < e; k++) rowPtr[(this.dst[k] ?? 0) + 1] = (rowPtr[(this.dst[k] ?? 0) + 1] ?? 0) + 1;
    for (let i = 0; i < n; i++) rowPtr[i + 1] = (rowPtr[i + 1] ?? 0) + (rowPtr[i] ?? 0);
    const fill = rowPtr.slice(0, n);
    // key = ((src · 4 + type) · E + edge): unique, exact below 2^53, and its order is (src, type).
    const keys = new Float64Array(e);
    for (let k = 0; k < e; k++) {
      const d = this.dst[k] ?? 0;
      const at = fill[d] ?? 0;
      keys[at] = ((this.src[k] ?? 0) * 4 + (this.type[k] ?? 0)) * e + k;
      fill[d] = at + 1;
    }
    // Insertion sort per row: rows are short and arrive nearly sorted when edges are added in
    // ascending source order per target (as buildLearningGraph does), so this is about linear.
    for (let i = 0; i < n; i++) {
      const start = rowPtr[i] ?? 0;
      const end = rowPtr[i + 1] ?? 0;
      for (let a = start + 1; a < end; a++) {
        const key = keys[a] ?? 0;
        let b = a - 1;
        while (b >= start && (keys[b] ?? 0) > key) {
          keys[b + 1] = keys[b] ?? 0;
          b--;
        }
        keys[b + 1] = key;
      }
    }
    const colIdx = new Int32Array(e);
    const edgeWeight = new Float32Array(e);
    const edgeType = new Uint8Array(e);
    for (let k = 0; k < e; k++) {
      const edge = (keys[k] ?? 0) % e;
      colIdx[k] = this.src[edge] ?? 0;
      edgeWeight[k] = this.weight[edge] ?? 0;
      edgeType[k] = this.type[edge] ?? 0;
    }
    return { numNodes: n, rowPtr, colIdx, edgeWeight, edgeType };
  }
}
