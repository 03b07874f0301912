import { GnnError } from '../errors.js';
import type { Propagation } from '../graph/propagation.js';
import type { KernelCsr, Mat } from '../kernels/wasm-kernels.js';
import { WasmKernels } from '../kernels/wasm-kernels.js';
import { convKind } from '../models/conv-kind.js';
import type { ConvKind } from '../models/conv-kind.js';
import type { GnnConfig, GnnParams } from '../models/gnn-config.js';
import { paramSpecs } from '../models/gnn-config.js';
import { adamStep, DEFAULT_ADAM } from '../train/adam.js';
import type { AdamOptions } from '../train/adam.js';
import { Rng } from '../train/rng.js';

// Stops an engine's worker thread once the engine is garbage-collected without `dispose()`.
const WORKERS = new FinalizationRegistry<WasmKernels>((k) => k.dispose());

const NODE_BUFFERS = ['d1', 'mask1', 'm2', 'h2', 'dH2', 'dH1', 'tmp'] as const;

/** Engine construction options. */
export interface EngineOptions {
  /** Seed of the dropout masks. Default 1. */
  readonly seed?: number;
  /** 2 = split every kernel's rows with a worker thread over shared memory. Default 1. */
  readonly threads?: 1 | 2;
  /** Kernel calls with fewer rows stay on one thread (the hand-off costs ~10 µs). Default 4096. */
  readonly minParallelRows?: number;
}

/**
 * The model: the study models' full forward + backward pass, fused and hand-differentiated over
 * WebAssembly SIMD kernels (see `kernel-module.ts`); no tensor library on the hot path. Serving
 * (`GnnModel.predict`) and training (`fit`) both run here; `reference-tfjs/` only cross-checks it.
 *
 * Forward (S = propagation operator, fixed per graph; ⊙ = elementwise; the root terms Wʳ exist for
 * convolutions that have one, see `CONV_KINDS`: SAGE has, GCN has not):
 *   M₁ = S·X (computed once: X never changes)          H₁ = ReLU(X·W₁ʳ + M₁·W₁ⁿ + b₁)
 *   D₁ = H₁ ⊙ mask (inverted dropout)   M₂ = S·D₁     H₂ = ReLU(D₁·W₂ʳ + M₂·W₂ⁿ + b₂)
 *   Ŷ = H₂·Wₕ + bₕ,   L = mean over train nodes and targets of (Ŷ − Y)²
 * Backward: ∂L/∂W = (input)ᵀ·δ, ∂L/∂b = Σ_rows δ, and through a propagation ∂L/∂D = Sᵀ·∂L/∂M, with
 * the transposed CSR precomputed, so no E×F message tensor and no dense N×N matrix ever exists.
 */
export class FusedGnn {
  private readonly k: WasmKernels;
  private readonly s: KernelCsr;
  private readonly sT: KernelCsr;
  private readonly x: Mat;
  private readonly m1: Mat;
  private readonly buf: Record<(typeof NODE_BUFFERS)[number], Mat>;
  private readonly out: Mat;
  private readonly y: Mat;
  private readonly dOut: Mat;
  private readonly params = new Map<string, Mat>();
  private readonly grads = new Map<string, Mat>();
  private readonly paramView: Float32Array;
  private readonly gradView: Float32Array;
  private readonly adamM: Float32Array;
  private readonly adamV: Float32Array;
  private readonly transposed = new Map<string, Mat>();
  private readonly rngState: number;
  private readonly conv: ConvKind;
  private step = 0;
  readonly threads: 1 | 2;

  constructor(
    readonly config: GnnConfig,
    readonly numNodes: number,
    prop: Propagation,
    x: Float32Array,
    options: EngineOptions = {},
  ) {
    const { seed = 1, threads = 1 } = options;
    this.threads = threads;
    this.conv = convKind(config.kind);
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    const n = numNodes;
    if (x.length !== n * f) throw new GnnError('BAD_FEATURES', `x has ${x.length} values, expected ${n}×${f}`);
    const specs = paramSpecs(config);
    const mb = WasmKernels.matBytes;
    const nnz = prop.s.colIdx.length;
    const bytes =
      2 * mb(n, f) +
      NODE_BUFFERS.length * mb(n, h) +
      3 * mb(n, t) +
      2 * (4 * (n + 1) + 8 * nnz + 64) +
      specs.reduce((a, sp) => a + 3 * mb(sp.shape[0] ?? 1, sp.shape[1] ?? sp.shape[0] ?? 1), 0) +
      4096;
    const widest = Math.max(f, h) * Math.max(h + 3, t + 3);
    this.k = new WasmKernels(bytes, threads, options.minParallelRows ?? 4096, widest);
    this.s = this.k.csr(prop.s.rowPtr, prop.s.colIdx, prop.s.val);
    this.sT = this.k.csr(prop.sT.rowPtr, prop.sT.colIdx, prop.sT.val);
    this.x = this.k.alloc(n, f);
    this.m1 = this.k.alloc(n, f);
    const buf: Partial<Record<(typeof NODE_BUFFERS)[number], Mat>> = {};
    for (const name of NODE_BUFFERS) buf[name] = this.k.alloc(n, h);
    this.buf = buf as Record<(typeof NODE_BUFFERS)[number], Mat>;
    this.out = this.k.alloc(n, t);
    this.y = this.k.alloc(n, t);
    this.dOut = this.k.alloc(n, t);
    const shapeOf = (shape: readonly number[]): [number, number] =>
      shape.length === 2 ? [shape[0] ?? 1, shape[1] ?? 1] : [1, shape[0] ?? 1];
    for (const sp of specs) this.params.set(sp.name, this.k.alloc(...shapeOf(sp.shape)));
    for (const sp of specs) this.grads.set(sp.name, this.k.alloc(...shapeOf(sp.shape)));
    for (const sp of specs) {
      const [r, c] = shapeOf(sp.shape);
      if (sp.shape.length === 2 && !sp.name.startsWith('conv1/')) this.transposed.set(sp.name, this.k.alloc(c, r));
    }
    this.paramView = this.span(this.params);
    this.gradView = this.span(this.grads);
    this.adamM = new Float32Array(this.paramView.length);
    this.adamV = new Float32Array(this.paramView.length);
    this.k.write(this.x, x, f);
    this.k.spmm(this.s, this.x, this.m1);
    if (threads > 1) WORKERS.register(this, this.k, this);
    this.rngState = this.k.reserve(16);
    const rng = new Rng(seed);
    const states = new Int32Array(this.k.memory.buffer, this.rngState, 2);
    for (let i = 0; i < 2; i++) states[i] = Math.floor(rng.next() * 0x7fffffff) | 1;
  }

  private span(mats: Map<string, Mat>): Float32Array {
    const all = [...mats.values()];
    const first = all[0];
    const last = all[all.length - 1];
    if (first === undefined || last === undefined) throw new GnnError('INTERNAL', 'model has no parameters');
    const end = last.ptr + last.rows * last.ld * 4;
    return new Float32Array(this.k.memory.buffer, first.ptr, (end - first.ptr) / 4);
  }

  private p(name: string, from = this.params): Mat {
    const m = from.get(name);
    if (m === undefined) throw new GnnError('INTERNAL', `unknown parameter ${name}`);
    return m;
  }

  /** Stops the engine's worker thread (if it was created with threads = 2). */
  dispose(): void {
    WORKERS.unregister(this);
    this.k.dispose();
  }

  /** Loads parameters (names and shapes of `paramSpecs`) and resets the optimizer state. */
  setParams(params: GnnParams): void {
    for (const [name, mat] of this.params) {
      const v = params[name];
      if (v === undefined || v.length !== mat.rows * mat.cols) {
        throw new GnnError('BAD_INPUT', `parameter ${name} must have ${mat.rows * mat.cols} values, got ${v?.length ?? 'none'}`);
      }
      this.k.write(mat, v);
    }
    this.adamM.fill(0);
    this.adamV.fill(0);
    this.step = 0;
  }

  getParams(): Record<string, Float32Array> {
    const out: Record<string, Float32Array> = {};
    for (const [name, mat] of this.params) out[name] = this.k.read(mat);
    return out;
  }

  /** Gradients of the last `trainStep`/`computeGradients`, by parameter name. */
  getGrads(): Record<string, Float32Array> {
    const out: Record<string, Float32Array> = {};
    for (const [name, mat] of this.grads) out[name] = this.k.read(mat);
    return out;
  }

  /** Sets the regression targets y [N, outFeatures] and the node mask of the loss (undefined = all). */
  setTargets(y: Float32Array, mask?: Uint8Array): void {
    const expected = this.numNodes * this.config.outFeatures;
    if (y.length !== expected || (mask !== undefined && mask.length !== this.numNodes)) {
      throw new GnnError(
        'BAD_INPUT',
        `targets need ${expected} values and a mask of ${this.numNodes}, got ${y.length} and ${mask?.length ?? 'none'}`,
      );
    }
    this.k.write(this.y, y, this.config.outFeatures);
    this.lossMask = mask;
  }

  private lossMask: Uint8Array | undefined;

  /** out = ReLU(input·Wʳ + agg·Wⁿ + b) of layer l (one fused gemm; without a root term, agg·Wⁿ + b). */
  private layer(l: 1 | 2, input: Mat, agg: Mat, out: Mat): void {
    const { rootKernel, neighKernel } = this.conv;
    const b = this.p(`conv${l}/bias`);
    const neigh = this.p(`conv${l}/${neighKernel}`);
    if (rootKernel === null) this.k.gemm(agg, neigh, out, { bias: b, relu: true });
    else this.k.gemm(input, this.p(`conv${l}/${rootKernel}`), out, { bias: b, relu: true, also: [agg, neigh] });
  }

  private forward(training: boolean): void {
    const { d1, mask1, m2, h2 } = this.buf;
    this.layer(1, this.x, this.m1, d1);
    const p = this.config.dropout;
    if (training && p > 0) {
      this.k.dropoutMask(mask1, p, this.rngState);
      this.k.mulInto(d1, mask1);
    }
    this.k.spmm(this.s, d1, m2);
    this.layer(2, d1, m2, h2);
    this.k.gemm(h2, this.p('head/kernel'), this.out, { bias: this.p('head/bias') });
  }

  /** Inference: Ŷ [N, outFeatures] with dropout off. */
  predict(): Float32Array {
    this.forward(false);
    return this.k.read(this.out);
  }

  /** The loss at the current parameters with dropout off (used for checks and validation). */
  evaluateLoss(): number {
    this.forward(false);
    return this.lossAndGrad();
  }

  private lossAndGrad(): number {
    const { outFeatures: t } = this.config;
    const out = this.k.view(this.out);
    const y = this.k.view(this.y);
    const d = this.k.view(this.dOut);
    const ld = this.out.ld;
    // MSE over observed targets only: NaN (unknown, e.g. rest not logged) is left out of loss and gradient.
    let count = 0;
    for (let i = 0; i < this.numNodes; i++) {
      if (this.lossMask !== undefined && this.lossMask[i] !== 1) continue;
      for (let j = i * ld; j < i * ld + t; j++) if (!Number.isNaN(y[j] ?? Number.NaN)) count++;
    }
    const scale = count > 0 ? 2 / count : 0;
    let sum = 0;
    d.fill(0);
    for (let i = 0; i < this.numNodes; i++) {
      if (this.lossMask !== undefined && this.lossMask[i] !== 1) continue;
      for (let j = i * ld; j < i * ld + t; j++) {
        const target = y[j] ?? Number.NaN;
        if (Number.isNaN(target)) continue;
        const e = (out[j] ?? 0) - target;
        sum += e * e;
        d[j] = scale * e;
      }
    }
    return count > 0 ? sum / count : 0;
  }

  private transpose(name: string): Mat {
    const src = this.p(name);
    const dst = this.p(name, this.transposed);
    const a = this.k.view(src);
    const b = this.k.view(dst);
    for (let i = 0; i < src.rows; i++) for (let j = 0; j < src.cols; j++) b[j * dst.ld + i] = a[i * src.ld + j] ?? 0;
    return dst;
  }

  /** Forward (training mode, dropout on) + backward; fills the gradients and returns the loss. */
  computeGradients(training = true): number {
    const { d1, mask1, m2, h2, dH2, dH1, tmp } = this.buf;
    const g = (name: string): Mat => this.p(name, this.grads);
    this.forward(training);
    const loss = this.lossAndGrad();
    this.k.gemmTN(h2, this.dOut, g('head/kernel'));
    this.k.colSum(this.dOut, g('head/bias'));
    this.k.gemm(this.dOut, this.transpose('head/kernel'), dH2);
    this.k.reluGrad(h2, dH2);
    this.k.colSum(dH2, g('conv2/bias'));
    // Layer 2: ∂W₂ʳ = D₁ᵀ·δ₂, ∂W₂ⁿ = M₂ᵀ·δ₂; ∂L/∂D₁ = δ₂·W₂ʳᵀ + Sᵀ·(δ₂·W₂ⁿᵀ).
    const { rootKernel: root, neighKernel: neigh } = this.conv;
    if (root !== null) this.k.gemmTN(d1, dH2, g(`conv2/${root}`));
    this.k.gemmTN(m2, dH2, g(`conv2/${neigh}`));
    if (root !== null) this.k.gemm(dH2, this.transpose(`conv2/${root}`), dH1);
    this.k.gemm(dH2, this.transpose(`conv2/${neigh}`), tmp);
    this.k.spmm(this.sT, tmp, dH1, root !== null);
    this.k.reluGrad(d1, dH1);
    if (training && this.config.dropout > 0) this.k.mulInto(dH1, mask1);
    this.k.colSum(dH1, g('conv1/bias'));
    // Layer 1: ∂W₁ʳ = Xᵀ·δ₁, ∂W₁ⁿ = M₁ᵀ·δ₁ (X is an input: no gradient further down).
    if (root !== null) this.k.gemmTN(this.x, dH1, g(`conv1/${root}`));
    this.k.gemmTN(this.m1, dH1, g(`conv1/${neigh}`));
    return loss;
  }

  /** One full-batch training step: forward, backward, Adam. Returns the loss before the update. */
  trainStep(adam: AdamOptions = DEFAULT_ADAM): number {
    const loss = this.computeGradients();
    this.step++;
    adamStep(this.paramView, this.gradView, this.adamM, this.adamV, this.step, adam);
    return loss;
  }
}
