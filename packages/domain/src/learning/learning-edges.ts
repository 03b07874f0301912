import type { LearningGraph } from './build-learning-graph.js';

/**
 * CSR adjacency built row by row (rows = targets, message receivers): the caller appends each row's
 * edges in the row's final order, then closes the row, so no COO buffer, counting sort or per-row
 * sort is needed. Edge arrays are typed and grow by doubling; `toCsr` trims them to size.
 */
export class LearningEdges {
  private colIdx: Int32Array;
  private weight: Float32Array;
  private type: Uint8Array;
  private readonly rowPtr: Int32Array;
  private rows = 0;
  size = 0;

  constructor(numNodes: number, capacity = 1024) {
    this.rowPtr = new Int32Array(numNodes + 1);
    this.colIdx = new Int32Array(capacity);
    this.weight = new Float32Array(capacity);
    this.type = new Uint8Array(capacity);
  }

  /** Appends an edge `from` → the current row, weight `w`, type index `t`. */
  add(from: number, w: number, t: number): void {
    if (this.size === this.colIdx.length) this.grow();
    const k = this.size++;
    this.colIdx[k] = from;
    this.weight[k] = w;
    this.type[k] = t;
  }

  /** Closes the current row; the next `add` starts the following one. */
  endRow(): void {
    this.rowPtr[++this.rows] = this.size;
  }

  private grow(): void {
    const cap = this.colIdx.length * 2;
    const colIdx = new Int32Array(cap);
    const weight = new Float32Array(cap);
    const type = new Uint8Array(cap);
    colIdx.set(this.colIdx);
    weight.set(this.weight);
    type.set(this.type);
    [this.colIdx, this.weight, this.type] = [colIdx, weight, type];
  }

  toCsr(): LearningGraph['adjacency'] {
    const n = this.rowPtr.length - 1;
    if (this.rows !== n) throw new Error(`LearningEdges: ${this.rows} of ${n} rows closed`);
    return {
      numNodes: n,
      rowPtr: this.rowPtr,
      colIdx: this.colIdx.slice(0, this.size),
      edgeWeight: this.weight.slice(0, this.size),
      edgeType: this.type.slice(0, this.size),
    };
  }
}
