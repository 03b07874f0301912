import { GnnError } from '../errors.js';
import { ACCUMULATE, buildKernelModule, RELU } from './kernel-module.js';
import { WASM } from './wasm-api.js';
import type { WasmMemory } from './wasm-api.js';

/** A row-major float32 matrix living in kernel memory; `ld` (floats per row) is a multiple of 4. */
export interface Mat {
  readonly ptr: number;
  readonly rows: number;
  readonly cols: number;
  readonly ld: number;
}

/** A CSR matrix copied into kernel memory (rows = aggregation targets). */
export interface KernelCsr {
  readonly numRows: number;
  readonly rowPtr: number;
  readonly colIdx: number;
  readonly val: number;
}

type Fn = (...args: number[]) => void;
const PAGE = 65536;

function roundUp4(n: number): number {
  return (n + 3) & ~3;
}

/**
 * WebAssembly SIMD kernels over one linear memory with a bump allocator. All buffers of a training
 * run are allocated up front, so the memory never grows and typed-array views never detach.
 */
export class WasmKernels {
  readonly memory: WasmMemory;
  private readonly fns: Record<string, Fn>;
  private top = 64;

  constructor(readonly capacityBytes: number) {
    const pages = Math.ceil((capacityBytes + 64) / PAGE);
    if (pages > 65536) throw new GnnError('TOO_LARGE', `kernel memory of ${capacityBytes} bytes exceeds 4 GiB`);
    this.memory = new WASM.Memory({ initial: pages, maximum: pages });
    const module = new WASM.Module(buildKernelModule(pages, false));
    const instance = new WASM.Instance(module, { env: { memory: this.memory } });
    this.fns = instance.exports as unknown as Record<string, Fn>;
  }

  /** Bytes needed for a matrix of `rows × cols` (columns padded to a multiple of 4). */
  static matBytes(rows: number, cols: number): number {
    return rows * roundUp4(cols) * 4 + 16;
  }

  private bump(bytes: number): number {
    const ptr = this.top;
    this.top = (this.top + bytes + 15) & ~15;
    if (this.top > this.capacityBytes + 64) {
      throw new GnnError('TOO_LARGE', `kernel memory exhausted: need ${this.top} of ${this.capacityBytes} bytes`);
    }
    return ptr;
  }

  alloc(rows: number, cols: number): Mat {
    const ld = roundUp4(cols);
    return { ptr: this.bump(rows * ld * 4), rows, cols, ld };
  }

  /** Column slice [start, start + count) of `m`; `start` must be a multiple of 4. */
  slice(m: Mat, start: number, count: number): Mat {
    return { ptr: m.ptr + start * 4, rows: m.rows, cols: count, ld: m.ld };
  }

  /** A Float32Array over the full padded storage of `m` (ld floats per row; not valid for slices). */
  view(m: Mat): Float32Array {
    return new Float32Array(this.memory.buffer, m.ptr, m.rows * m.ld);
  }

  /** Copies a dense row-major array of `cols` columns into `m` (padding columns set to 0). */
  write(m: Mat, data: Float32Array, cols = m.cols): void {
    const v = new Float32Array(this.memory.buffer, m.ptr, m.rows * m.ld);
    if (cols === m.ld) v.set(data.subarray(0, m.rows * cols));
    else for (let i = 0; i < m.rows; i++) v.set(data.subarray(i * cols, i * cols + cols), i * m.ld);
  }

  /** Reads `m` back as a dense row-major array of `m.cols` columns. */
  read(m: Mat): Float32Array {
    const v = new Float32Array(this.memory.buffer, m.ptr, m.rows * m.ld);
    const out = new Float32Array(m.rows * m.cols);
    for (let i = 0; i < m.rows; i++) out.set(v.subarray(i * m.ld, i * m.ld + m.cols), i * m.cols);
    return out;
  }

  csr(rowPtr: Int32Array, colIdx: Int32Array, val: Float32Array): KernelCsr {
    const p = this.bump(rowPtr.length * 4);
    const c = this.bump(Math.max(colIdx.length, 1) * 4);
    const v = this.bump(Math.max(val.length, 1) * 4);
    new Int32Array(this.memory.buffer, p, rowPtr.length).set(rowPtr);
    new Int32Array(this.memory.buffer, c, colIdx.length).set(colIdx);
    new Float32Array(this.memory.buffer, v, val.length).set(val);
    return { numRows: rowPtr.length - 1, rowPtr: p, colIdx: c, val: v };
  }

  private blocks(cols: number, run: (offset: number, w: number) => void): void {
    let done = 0;
    while (done < cols) {
      const left = (roundUp4(cols) - done) / 4;
      const w = left >= 8 ? 8 : left >= 4 ? 4 : left >= 2 ? 2 : 1;
      run(done, w);
      done += 4 * w;
    }
  }

  private fn(name: string): Fn {
    const f = this.fns[name];
    if (f === undefined) throw new GnnError('INTERNAL', `missing kernel ${name}`);
    return f;
  }

  /** C (+)= A·B (+ bias) with optional ReLU; rows [r0, r1) of A and C. */
  gemm(a: Mat, b: Mat, c: Mat, opts: { accumulate?: boolean; relu?: boolean; bias?: Mat } = {}, r0 = 0, r1 = a.rows): void {
    const flags = (opts.accumulate === true ? ACCUMULATE : 0) | (opts.relu === true ? RELU : 0);
    this.blocks(c.cols, (o, w) => {
      const bias = opts.bias === undefined ? 0 : opts.bias.ptr + o * 4;
      this.fn(`gemm${w}`)(a.ptr + r0 * a.ld * 4, a.ld, b.ptr + o * 4, b.ld, c.ptr + (r0 * c.ld + o) * 4, c.ld, r1 - r0, a.cols, bias, flags);
    });
  }

  /** C[k, m] (+)= A[n, k]ᵀ · B[n, m] over rows [r0, r1). */
  gemmTN(a: Mat, b: Mat, c: Mat, accumulate = false, r0 = 0, r1 = a.rows): void {
    this.blocks(c.cols, (o, w) => {
      this.fn(`gemmTN${w}`)(a.ptr + r0 * a.ld * 4, a.ld, b.ptr + (r0 * b.ld + o) * 4, b.ld, c.ptr + o * 4, c.ld, r1 - r0, a.cols, accumulate ? ACCUMULATE : 0);
    });
  }

  /** out (+)= S · x for CSR rows [r0, r1). */
  spmm(s: KernelCsr, x: Mat, out: Mat, accumulate = false, r0 = 0, r1 = s.numRows): void {
    this.blocks(out.cols, (o, w) => {
      this.fn(`spmm${w}`)(s.rowPtr, s.colIdx, s.val, x.ptr + o * 4, x.ld, out.ptr + o * 4, out.ld, r0, r1, accumulate ? ACCUMULATE : 0);
    });
  }

  /** out[1, m] (+)= column sums of a over rows [r0, r1). */
  colSum(a: Mat, out: Mat, accumulate = false, r0 = 0, r1 = a.rows): void {
    this.blocks(a.cols, (o, w) => {
      this.fn(`colSum${w}`)(a.ptr + (r0 * a.ld + o) * 4, a.ld, out.ptr + o * 4, r1 - r0, accumulate ? ACCUMULATE : 0);
    });
  }

  /** a ⊙= b elementwise over whole padded storage (same shape and ld). */
  mulInto(a: Mat, b: Mat, r0 = 0, r1 = a.rows): void {
    this.fn('mulInto')(a.ptr + r0 * a.ld * 4, b.ptr + r0 * b.ld * 4, (r1 - r0) * a.ld);
  }

  /**
   * Fills `mask` with an inverted-dropout mask: 0 with probability p (realised as round(p·65536)/65536),
   * else 1 / (1 − p). `statePtr` holds the xorshift32 state (non-zero), advanced in place.
   */
  dropoutMask(mask: Mat, p: number, statePtr: number, r0 = 0, r1 = mask.rows): void {
    const bits = new Uint32Array(new Float32Array([1 / (1 - p)]).buffer)[0] ?? 0;
    this.fn('dropoutMask')(mask.ptr + r0 * mask.ld * 4, (r1 - r0) * mask.ld, statePtr, Math.round(p * 65536), bits | 0);
  }

  /** Reserves `bytes` of kernel memory (16-byte aligned) and returns its byte offset. */
  reserve(bytes: number): number {
    return this.bump(bytes);
  }

  /** dy ← dy · [y > 0] (ReLU backward given the ReLU output y). */
  reluGrad(y: Mat, dy: Mat, r0 = 0, r1 = y.rows): void {
    this.fn('reluGrad')(y.ptr + r0 * y.ld * 4, dy.ptr + r0 * dy.ld * 4, (r1 - r0) * y.ld);
  }
}
