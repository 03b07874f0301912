import { GnnError } from '../errors.js';
import type { Propagation } from '../graph/propagation.js';
import type { KernelCsr, Mat } from '../kernels/wasm-kernels.js';
import { WasmKernels } from '../kernels/wasm-kernels.js';
import { convKind, neighKernels } from '../models/conv-kind.js';
import type { ConvKind } from '../models/conv-kind.js';
import type { GnnConfig, GnnParams } from '../models/gnn-config.js';
import { paramSpecs } from '../models/gnn-config.js';
import { adamStep, DEFAULT_ADAM } from '../train/adam.js';
import type { AdamOptions } from '../train/adam.js';
import { maskedLoss, regressionLoss } from '../train/loss.js';
import type { LossSpec, RegressionLoss } from '../train/loss.js';
import { Rng } from '../train/rng.js';

// Stops an engine's worker thread once the engine is garbage-collected without `dispose()`.
const WORKERS = new FinalizationRegistry<WasmKernels>((k) => k.dispose());

// Node-row buffers [N, hidden]; the relation-stacked ones are [R·N, hidden] (see `Propagation`).
const NODE_BUFFERS = ['d1', 'mask1', 'h2', 'dH2', 'dH1'] as const;
const STACKED_BUFFERS = ['m2', 'tmp'] as const;
type BufferName = (typeof NODE_BUFFERS)[number] | (typeof STACKED_BUFFERS)[number];

/** Rows [r·n, (r+1)·n) of a relation-stacked matrix: relation r's block as an [n, cols] matrix. */
function block(m: Mat, r: number, n: number): Mat {
  return { ptr: m.ptr + r * n * m.ld * 4, rows: n, cols: m.cols, ld: m.ld };
}

/** Engine construction options. */
export interface EngineOptions {
  /** Seed of the dropout masks. Default 1. */
  readonly seed?: number;
  /** 2 = split every kernel's rows with a worker thread over shared memory. Default 1. */
  readonly threads?: 1 | 2;
  /** Kernel calls with fewer rows stay on one thread (the hand-off costs ~10 µs). Default 4096. */
  readonly minParallelRows?: number;
  /** False = a predict-only engine without gradient, optimizer and backward buffers. Default true. */
  readonly training?: boolean;
}

/**
 * The model: the study models' full forward + backward pass, fused and hand-differentiated over
 * WebAssembly SIMD kernels (see `kernel-module.ts`); no tensor library on the hot path. Serving
 * (`GnnModel.predict`) and training (`fit`) both run here; `reference-tfjs/` only cross-checks it.
 *
 * Forward (S_r = propagation operator of edge relation r < R, fixed per graph — R = 1 except for the
 * relational kind, whose S_r is the edge-weighted mean over relation-r in-edges; ⊙ = elementwise; the
 * root terms Wʳ exist for convolutions that have one, see `CONV_KINDS`: SAGE has, GCN has not):
 *   M₁,r = S_r·X (computed once: X never changes)      H₁ = ReLU(X·W₁ʳ + Σ_r M₁,r·W₁ⁿ,r + b₁)
 *   D₁ = H₁ ⊙ mask (inverted dropout)   M₂,r = S_r·D₁   H₂ = ReLU(D₁·W₂ʳ + Σ_r M₂,r·W₂ⁿ,r + b₂)
 *   Ŷ = H₂·Wₕ + bₕ,   L = mean over train nodes and observed (non-NaN) targets of ℓ(Ŷ − Y)
 * with ℓ the chosen loss (`setLoss`): 'mse' e² (default), 'l1' |e|, or 'huber' (quadratic within δ,
 * linear beyond; δ default 1 in standardised target units) — see `regressionLoss`.
 * Backward: ∂L/∂W = (input)ᵀ·δ, ∂L/∂b = Σ_rows δ, and through the propagations
 * ∂L/∂D = δ·Wʳᵀ + Σ_r S_rᵀ·(δ·Wⁿ_rᵀ), the sum over r being one pass of the precomputed transposed
 * (relation-stacked) CSR, so no E×F message tensor and no dense N×N matrix ever exists.
 *
 * An engine built with `training: false` serves predictions only: it holds no gradient, optimizer,
 * dropout or transposed-operator buffers (about half the memory of a training engine).
 */
export class FusedGnn {
  private readonly k: WasmKernels;
  private readonly s: KernelCsr;
  private readonly sT: KernelCsr | undefined;
  private readonly x: Mat;
  private readonly m1: Mat;
  private readonly buf: Partial<Record<BufferName, Mat>>;
  private readonly out: Mat;
  private readonly y: Mat | undefined;
  private readonly dOut: Mat | undefined;
  private readonly params = new Map<string, Mat>();
  private readonly grads = new Map<string, Mat>();
  private readonly paramView: Float32Array;
  private readonly gradView: Float32Array | undefined;
  private readonly adamM: Float32Array;
  private readonly adamV: Float32Array;
  private readonly transposed = new Map<string, Mat>();
  private readonly rngState: number;
  private readonly conv: ConvKind;
  private readonly neigh: readonly string[];
  private readonly relations: number;
  private loss: RegressionLoss = regressionLoss('mse');
  private step = 0;
  readonly threads: 1 | 2;
  /** False for a predict-only engine (`EngineOptions.training`). */
  readonly training: boolean;

  constructor(
    readonly config: GnnConfig,
    readonly numNodes: number,
    prop: Propagation,
    x: Float32Array,
    options: EngineOptions = {},
  ) {
    const { seed = 1, threads = 1, training = true } = options;
    this.threads = threads;
    this.training = training;
    this.conv = convKind(config.kind);
    const { inFeatures: f, hidden: h, outFeatures: t } = config;
    const n = numNodes;
    const r = config.numRelations;
    this.relations = r;
    this.neigh = neighKernels(this.conv, r);
    if (x.length !== n * f) throw new GnnError('BAD_FEATURES', `x has ${x.length} values, expected ${n}×${f}`);
    if (prop.s.numRows !== r * n || prop.s.numCols !== n) {
      throw new GnnError(
        'BAD_INPUT',
        `propagation is [${prop.s.numRows}, ${prop.s.numCols}], expected [${r}·${n}, ${n}] for ${r} relation(s)`,
      );
    }
    const specs = paramSpecs(config);
    const mb = WasmKernels.matBytes;
    const csrBytes = (rows: number, nnz: number): number => 4 * (rows + 1) + 8 * Math.max(nnz, 1) + 64;
    const nnz = prop.s.colIdx.length;
    const paramBytes = specs.reduce((a, sp) => a + mb(sp.shape[0] ?? 1, sp.shape[1] ?? sp.shape[0] ?? 1), 0);
    const nodeBuffers = training ? NODE_BUFFERS : (['d1', 'h2'] as const);
    const stackedBuffers = training ? STACKED_BUFFERS : (['m2'] as const);
    const bytes =
      mb(n, f) +
      mb(r * n, f) +
      nodeBuffers.length * mb(n, h) +
      stackedBuffers.length * mb(r * n, h) +
      (training ? 3 : 1) * mb(n, t) +
      csrBytes(r * n, nnz) +
      (training ? csrBytes(n, nnz) : 0) +
      (training ? 3 : 1) * paramBytes +
      4096;
    const widest = Math.max(f, h) * Math.max(h + 3, t + 3);
    this.k = new WasmKernels(bytes, threads, options.minParallelRows ?? 4096, widest);
    this.s = this.k.csr(prop.s.rowPtr, prop.s.colIdx, prop.s.val);
    this.sT = training ? this.k.csr(prop.sT.rowPtr, prop.sT.colIdx, prop.sT.val) : undefined;
    this.x = this.k.alloc(n, f);
    this.m1 = this.k.alloc(r * n, f);
    const buf: Partial<Record<BufferName, Mat>> = {};
    for (const name of nodeBuffers) buf[name] = this.k.alloc(n, h);
    for (const name of stackedBuffers) buf[name] = this.k.alloc(r * n, h);
    this.buf = buf;
    this.out = this.k.alloc(n, t);
    this.y = training ? this.k.alloc(n, t) : undefined;
    this.dOut = training ? this.k.alloc(n, t) : undefined;
    const shapeOf = (shape: readonly number[]): [number, number] =>
      shape.length === 2 ? [shape[0] ?? 1, shape[1] ?? 1] : [1, shape[0] ?? 1];
    for (const sp of specs) this.params.set(sp.name, this.k.alloc(...shapeOf(sp.shape)));
    this.paramView = this.span(this.params);
    if (training) {
      for (const sp of specs) this.grads.set(sp.name, this.k.alloc(...shapeOf(sp.shape)));
      for (const sp of specs) {
        const [rows, cols] = shapeOf(sp.shape);
        if (sp.shape.length === 2 && !sp.name.startsWith('conv1/')) this.transposed.set(sp.name, this.k.alloc(cols, rows));
      }
      this.gradView = this.span(this.grads);
    }
    this.adamM = new Float32Array(training ? this.paramView.length : 0);
    this.adamV = new Float32Array(training ? this.paramView.length : 0);
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

  private b(name: BufferName): Mat {
    const m = this.buf[name];
    if (m === undefined) throw new GnnError('INTERNAL', `buffer ${name} is not allocated`);
    return m;
  }

  /** Throws unless this engine was built for training; returns what training needs. */
  private trainingParts(): { sT: KernelCsr; y: Mat; dOut: Mat; gradView: Float32Array } {
    const { sT, y, dOut, gradView } = this;
    if (sT === undefined || y === undefined || dOut === undefined || gradView === undefined) {
      throw new GnnError('BAD_INPUT', 'this engine was built for inference only (training: false); it cannot compute gradients');
    }
    return { sT, y, dOut, gradView };
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
    this.k.write(this.trainingParts().y, y, this.config.outFeatures);
    this.lossMask = mask;
  }

  /** The training loss ℓ (default 'mse'; 'huber' with δ, default 1). Kept until changed. */
  setLoss(loss: LossSpec): void {
    this.loss = regressionLoss(loss);
  }

  private lossMask: Uint8Array | undefined;

  /**
   * out = ReLU(input·Wʳ + Σ_r agg_r·Wⁿ_r + b) of layer l (without a root term, Σ_r agg_r·Wⁿ_r + b):
   * the products are summed two per GEMM pass, the bias in the first pass and the ReLU in the last.
   */
  private layer(l: 1 | 2, input: Mat, agg: Mat, out: Mat): void {
    const { rootKernel } = this.conv;
    const terms: Array<[Mat, Mat]> = [];
    if (rootKernel !== null) terms.push([input, this.p(`conv${l}/${rootKernel}`)]);
    this.neigh.forEach((name, r) => terms.push([block(agg, r, this.numNodes), this.p(`conv${l}/${name}`)]));
    const bias = this.p(`conv${l}/bias`);
    for (let i = 0; i < terms.length; i += 2) {
      const [a, w] = terms[i] ?? [input, bias];
      const also = terms[i + 1];
      this.k.gemm(a, w, out, {
        ...(i === 0 ? { bias } : { accumulate: true }),
        relu: i + 2 >= terms.length,
        ...(also !== undefined && { also }),
      });
    }
  }

  private forward(training: boolean): void {
    const d1 = this.b('d1');
    const m2 = this.b('m2');
    const h2 = this.b('h2');
    this.layer(1, this.x, this.m1, d1);
    const p = this.config.dropout;
    if (training && p > 0) {
      const mask1 = this.b('mask1');
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

  /** The mean loss over the targets set by `setTargets` (0 when none is observed) and ∂L/∂Ŷ into dOut. */
  private lossAndGrad(): number {
    const { y, dOut } = this.trainingParts();
    const layout = { numNodes: this.numNodes, width: this.config.outFeatures, ld: this.out.ld, mask: this.lossMask };
    return maskedLoss(this.loss, this.k.view(this.out), this.k.view(y), layout, this.k.view(dOut), 0);
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
    const { sT, dOut } = this.trainingParts();
    const [d1, mask1, m2, h2] = [this.b('d1'), this.b('mask1'), this.b('m2'), this.b('h2')];
    const [dH2, dH1, tmp] = [this.b('dH2'), this.b('dH1'), this.b('tmp')];
    const n = this.numNodes;
    const g = (name: string): Mat => this.p(name, this.grads);
    this.forward(training);
    const loss = this.lossAndGrad();
    this.k.gemmTN(h2, dOut, g('head/kernel'));
    this.k.colSum(dOut, g('head/bias'));
    this.k.gemm(dOut, this.transpose('head/kernel'), dH2);
    this.k.reluGrad(h2, dH2);
    this.k.colSum(dH2, g('conv2/bias'));
    // Layer 2: ∂W₂ʳ = D₁ᵀ·δ₂, ∂W₂ⁿ,r = M₂,rᵀ·δ₂; ∂L/∂D₁ = δ₂·W₂ʳᵀ + Σ_r S_rᵀ·(δ₂·W₂ⁿ,rᵀ), the
    // per-relation products stacked in tmp and summed by one pass of the stacked Sᵀ.
    const root = this.conv.rootKernel;
    if (root !== null) this.k.gemmTN(d1, dH2, g(`conv2/${root}`));
    this.neigh.forEach((name, r) => this.k.gemmTN(block(m2, r, n), dH2, g(`conv2/${name}`)));
    if (root !== null) this.k.gemm(dH2, this.transpose(`conv2/${root}`), dH1);
    this.neigh.forEach((name, r) => this.k.gemm(dH2, this.transpose(`conv2/${name}`), block(tmp, r, n)));
    this.k.spmm(sT, tmp, dH1, root !== null);
    this.k.reluGrad(d1, dH1);
    if (training && this.config.dropout > 0) this.k.mulInto(dH1, mask1);
    this.k.colSum(dH1, g('conv1/bias'));
    // Layer 1: ∂W₁ʳ = Xᵀ·δ₁, ∂W₁ⁿ,r = M₁,rᵀ·δ₁ (X is an input: no gradient further down).
    if (root !== null) this.k.gemmTN(this.x, dH1, g(`conv1/${root}`));
    this.neigh.forEach((name, r) => this.k.gemmTN(block(this.m1, r, n), dH1, g(`conv1/${name}`)));
    return loss;
  }

  /** One full-batch training step: forward, backward, Adam. Returns the loss before the update. */
  trainStep(adam: AdamOptions = DEFAULT_ADAM): number {
    const { gradView } = this.trainingParts();
    const loss = this.computeGradients();
    this.step++;
    adamStep(this.paramView, gradView, this.adamM, this.adamV, this.step, adam);
    return loss;
  }
}
