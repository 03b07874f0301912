import { GnnError } from '../errors.js';
import { ACCUMULATE, buildKernelModule, GEMM_ROWS_PER_PASS, RELU } from './kernel-module.js';
import { KernelWorker } from './kernel-worker.js';
import { WASM } from './wasm-api.js';
import { MAX_PAGES } from './wasm-emitter.js';
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
  /** Row that splits the non-zeros (plus rows) in half, for two-thread runs. */
  readonly split: number;
  readonly rowPtr: number;
  readonly colIdx: number;
  readonly val: number;
}

type Fn = (...args: number[]) => void;

/** Widest GEMM column block (f32x4 vectors): the row-blocked GEMM is generated up to this width. */
const GEMM_MAX_WIDTH = Math.max(...Object.keys(GEMM_ROWS_PER_PASS).map(Number));
const PAGE = 65536;

const MODULES = new Map<boolean, object>();

/**
 * Most rows of one single-threaded call of a row-independent kernel. V8 first runs WebAssembly as
 * baseline (Liftoff) code and swaps in optimised code only between calls, so one call over 100k rows
 * would run entirely unoptimised the first time; in chunks, the optimised code takes over after the
 * first few (the first prediction on a new 100k-node graph is then ~2× faster). Costs ~nothing later.
 */
const CHUNK_ROWS = 8192;

/**
 * The kernel module compiled once per process (one for plain, one for shared memory): it accepts a
 * memory of any size, so every engine instantiates the same module — no code generation or compilation
 * per engine, and the optimised code V8 tiers up to while one engine runs serves the next ones too.
 */
function compiledKernels(shared: boolean): object {
  let m = MODULES.get(shared);
  if (m === undefined) {
    m = new WASM.Module(buildKernelModule(1, shared));
    MODULES.set(shared, m);
  }
  return m;
}

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
  private readonly worker: KernelWorker | undefined;
  private readonly scratch: Mat | undefined;
  private readonly limit: number;
  private top = 64;

  /**
   * @param capacityBytes all buffers the caller will allocate (the memory never grows)
   * @param threads 1, or 2 to run every kernel on two threads over a shared memory
   * @param minParallelRows calls with fewer rows stay on the calling thread (hand-off costs ~10 µs)
   * @param scratchFloats room for the worker's partial sums of the largest reduction (k × m floats)
   */
  constructor(
    readonly capacityBytes: number,
    readonly threads: 1 | 2 = 1,
    private readonly minParallelRows = 4096,
    private readonly scratchFloats = 64 * 64,
  ) {
    const total = capacityBytes + (threads > 1 ? scratchFloats * 4 + 64 : 0);
    this.limit = total;
    const pages = Math.ceil((total + 64) / PAGE);
    if (pages > MAX_PAGES) throw new GnnError('TOO_LARGE', `kernel memory of ${total} bytes exceeds 4 GiB`);
    const shared = threads > 1;
    this.memory = new WASM.Memory({ initial: pages, maximum: pages, ...(shared && { shared: true }) });
    const module = compiledKernels(shared);
    const instance = new WASM.Instance(module, { env: { memory: this.memory } });
    this.fns = instance.exports as unknown as Record<string, Fn>;
    if (shared) {
      this.worker = new KernelWorker(module, this.memory, Object.keys(this.fns));
      this.scratch = { ptr: this.bump(scratchFloats * 4), rows: 1, cols: scratchFloats, ld: scratchFloats };
    }
  }

  /** Stops the worker thread, if any. The kernels stay usable on one thread. */
  dispose(): void {
    this.worker?.terminate();
  }

  /** Bytes needed for a matrix of `rows × cols` (columns padded to a multiple of 4). */
  static matBytes(rows: number, cols: number): number {
    return rows * roundUp4(cols) * 4 + 16;
  }

  private bump(bytes: number): number {
    const ptr = this.top;
    this.top = (this.top + bytes + 15) & ~15;
    if (this.top > this.limit + 64) {
      throw new GnnError('TOO_LARGE', `kernel memory exhausted: need ${this.top} of ${this.limit} bytes`);
    }
    return ptr;
  }

  alloc(rows: number, cols: number): Mat {
    const ld = roundUp4(cols);
    return { ptr: this.bump(rows * ld * 4), rows, cols, ld };
  }

  /** A Float32Array over the full padded storage of `m` (ld floats per row). */
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
    if (m.cols === m.ld) return v.slice();
    const out = new Float32Array(m.rows * m.cols);
    // An element loop: for narrow rows (the 3 outputs of a prediction) a subarray per row costs ~15× more.
    for (let i = 0, o = 0; i < m.rows; i++) for (let j = i * m.ld, end = j + m.cols; j < end; j++) out[o++] = v[j] ?? 0;
    return out;
  }

  csr(rowPtr: Int32Array, colIdx: Int32Array, val: Float32Array): KernelCsr {
    const p = this.bump(rowPtr.length * 4);
    const c = this.bump(Math.max(colIdx.length, 1) * 4);
    const v = this.bump(Math.max(val.length, 1) * 4);
    new Int32Array(this.memory.buffer, p, rowPtr.length).set(rowPtr);
    new Int32Array(this.memory.buffer, c, colIdx.length).set(colIdx);
    new Float32Array(this.memory.buffer, v, val.length).set(val);
    const numRows = rowPtr.length - 1;
    const half = (colIdx.length + numRows) / 2;
    let split = 0;
    while (split < numRows && (rowPtr[split] ?? 0) + split < half) split++;
    return { numRows, split, rowPtr: p, colIdx: c, val: v };
  }

  /** Reserves `bytes` of kernel memory (16-byte aligned) and returns its byte offset. */
  reserve(bytes: number): number {
    return this.bump(bytes);
  }

  /** Splits `cols` into column blocks of w f32x4 vectors, w ≤ `maxWidth` (1, 2, 4 or 8). */
  private blocks(cols: number, run: (offset: number, w: number) => void, maxWidth = 8): void {
    let done = 0;
    while (done < cols) {
      const left = Math.min(maxWidth, (roundUp4(cols) - done) / 4);
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

  /**
   * Runs `name` over rows [r0, r1): split at `mid` between the worker (upper part) and this thread
   * when a worker exists and the range is large enough, else entirely here — for a kernel whose rows
   * are independent (`perRow`; not the reductions) in calls of at most `CHUNK_ROWS` rows.
   */
  private rows(
    name: string,
    r0: number,
    r1: number,
    args: (a: number, b: number, onWorker: boolean) => number[],
    mid = (r0 + r1) >> 1,
    scratchNeed = 0,
    perRow = false,
  ): boolean {
    if (this.worker === undefined || r1 - r0 < this.minParallelRows || scratchNeed > this.scratchFloats) {
      const f = this.fn(name);
      if (!perRow) f(...args(r0, r1, false));
      else for (let a = r0; a < r1; a += CHUNK_ROWS) f(...args(a, Math.min(a + CHUNK_ROWS, r1), false));
      return false;
    }
    this.worker.start(name, args(mid, r1, true));
    this.fn(name)(...args(r0, mid, false));
    this.worker.finish();
    return true;
  }

  /** Adds the worker's partial result in scratch into `c` (k × m block at column offset o). */
  private reduceScratch(c: Mat, o: number, k: number, width: number): void {
    if (this.scratch === undefined) return;
    const s = new Float32Array(this.memory.buffer, this.scratch.ptr, k * width);
    const v = new Float32Array(this.memory.buffer, c.ptr + o * 4, (k - 1) * c.ld + width);
    for (let i = 0; i < k; i++) for (let j = 0; j < width; j++) v[i * c.ld + j] = (v[i * c.ld + j] ?? 0) + (s[i * width + j] ?? 0);
  }

  /**
   * C (+)= A·B [+ A₂·B₂] (+ bias) with optional ReLU, rows [r0, r1) of A, A₂ and C; the optional second
   * product shares the output pass (SAGE: x·W_root + mean·W_neigh).
   */
  gemm(
    a: Mat,
    b: Mat,
    c: Mat,
    opts: { accumulate?: boolean; relu?: boolean; bias?: Mat; also?: [Mat, Mat] } = {},
    r0 = 0,
    r1 = a.rows,
  ): void {
    const flags = (opts.accumulate === true ? ACCUMULATE : 0) | (opts.relu === true ? RELU : 0);
    const [a2, b2] = opts.also ?? [a, b];
    const k2 = opts.also === undefined ? 0 : a2.cols;
    this.blocks(
      c.cols,
      (o, w) => {
        const bias = opts.bias === undefined ? 0 : opts.bias.ptr + o * 4;
        const args = (x: number, y: number): number[] => [
          a.ptr + x * a.ld * 4,
          a.ld,
          b.ptr + o * 4,
          b.ld,
          a2.ptr + x * a2.ld * 4,
          a2.ld,
          b2.ptr + o * 4,
          b2.ld,
          c.ptr + (x * c.ld + o) * 4,
          c.ld,
          y - x,
          a.cols,
          k2,
          bias,
          flags,
        ];
        this.rows(`gemm${w}x${GEMM_ROWS_PER_PASS[w] ?? 1}`, r0, r1, args, (r0 + r1) >> 1, 0, true);
      },
      GEMM_MAX_WIDTH,
    );
  }

  /** C[k, m] (+)= A[n, k]ᵀ · B[n, m] over rows [r0, r1). */
  gemmTN(a: Mat, b: Mat, c: Mat, accumulate = false, r0 = 0, r1 = a.rows): void {
    this.blocks(c.cols, (o, w) => {
      const scratch = this.scratch;
      const used = this.rows(
        `gemmTN${w}`,
        r0,
        r1,
        (x, y, onWorker) =>
          onWorker && scratch !== undefined
            ? [a.ptr + x * a.ld * 4, a.ld, b.ptr + (x * b.ld + o) * 4, b.ld, scratch.ptr, 4 * w, y - x, a.cols, 0]
            : [
                a.ptr + x * a.ld * 4,
                a.ld,
                b.ptr + (x * b.ld + o) * 4,
                b.ld,
                c.ptr + o * 4,
                c.ld,
                y - x,
                a.cols,
                accumulate ? ACCUMULATE : 0,
              ],
        (r0 + r1) >> 1,
        a.cols * 4 * w,
      );
      if (used) this.reduceScratch(c, o, a.cols, 4 * w);
    });
  }

  /** out (+)= S · x for CSR rows [r0, r1). */
  spmm(s: KernelCsr, x: Mat, out: Mat, accumulate = false, r0 = 0, r1 = s.numRows): void {
    const mid = r0 === 0 && r1 === s.numRows ? s.split : (r0 + r1) >> 1;
    this.blocks(out.cols, (o, w) => {
      this.rows(
        `spmm${w}`,
        r0,
        r1,
        (p, q) => [s.rowPtr, s.colIdx, s.val, x.ptr + o * 4, x.ld, out.ptr + o * 4, out.ld, p, q, accumulate ? ACCUMULATE : 0],
        mid,
        0,
        true,
      );
    });
  }

  /** out[1, m] (+)= column sums of a over rows [r0, r1). */
  colSum(a: Mat, out: Mat, accumulate = false, r0 = 0, r1 = a.rows): void {
    this.blocks(a.cols, (o, w) => {
      const scratch = this.scratch;
      const used = this.rows(
        `colSum${w}`,
        r0,
        r1,
        (x, y, onWorker) =>
          onWorker && scratch !== undefined
            ? [a.ptr + (x * a.ld + o) * 4, a.ld, scratch.ptr, y - x, 0]
            : [a.ptr + (x * a.ld + o) * 4, a.ld, out.ptr + o * 4, y - x, accumulate ? ACCUMULATE : 0],
        (r0 + r1) >> 1,
        4 * w,
      );
      if (used) this.reduceScratch(out, o, 1, 4 * w);
    });
  }

  /** a ⊙= b elementwise over whole padded storage (same shape and ld). */
  mulInto(a: Mat, b: Mat, r0 = 0, r1 = a.rows): void {
    this.rows('mulInto', r0, r1, (x, y) => [a.ptr + x * a.ld * 4, b.ptr + x * b.ld * 4, (y - x) * a.ld], (r0 + r1) >> 1, 0, true);
  }

  /**
   * Fills `mask` with an inverted-dropout mask: 0 with probability p (realised as round(p·65536)/65536),
   * else 1 / (1 − p). `statePtr` holds two xorshift32 states (one per thread, non-zero), advanced in place.
   */
  dropoutMask(mask: Mat, p: number, statePtr: number, r0 = 0, r1 = mask.rows): void {
    const bits = new Uint32Array(new Float32Array([1 / (1 - p)]).buffer)[0] ?? 0;
    const threshold = Math.round(p * 65536);
    this.rows('dropoutMask', r0, r1, (x, y, onWorker) => [
      mask.ptr + x * mask.ld * 4,
      (y - x) * mask.ld,
      statePtr + (onWorker ? 4 : 0),
      threshold,
      bits | 0,
    ]);
  }

  /** dy ← dy · [y > 0] (ReLU backward given the ReLU output y). */
  reluGrad(y: Mat, dy: Mat, r0 = 0, r1 = y.rows): void {
    this.rows('reluGrad', r0, r1, (x, z) => [y.ptr + x * y.ld * 4, dy.ptr + x * dy.ld * 4, (z - x) * y.ld], (r0 + r1) >> 1, 0, true);
  }
}
