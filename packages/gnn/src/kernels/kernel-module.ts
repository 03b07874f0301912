import { assembleModule, F32, FnBuilder, I32, OP, SIMD, V128 } from './wasm-emitter.js';
import type { FnDef } from './wasm-emitter.js';

/** Flag bits shared by the kernels. */
export const ACCUMULATE = 1;
export const RELU = 2;

/**
 * Generates the WebAssembly SIMD kernels of the fused GNN engine, each unrolled for a column block of
 * `w` f32x4 vectors (4·w float columns). All pointers are byte offsets into the shared memory; leading
 * dimensions (`lda`, …) are in floats and must be multiples of 4 so rows stay 16-byte aligned.
 *
 * - `gemm{w}(a, lda, b, ldb, a2, lda2, b2, ldb2, c, ldc, n, k, k2, bias, flags)`:
 *   C[n, 4w] (+)= A[n, k] · B[k, 4w] + A₂[n, k₂] · B₂[k₂, 4w] (+ bias[4w]), optional ReLU epilogue
 *   (k₂ = 0: a plain product). Row-at-a-time with the output row in registers: the skinny shapes here
 *   (k ≤ 64, 4w ≤ 32) keep B in L1, and SAGE's root + neighbour products share one output pass.
 * - `gemmTN{w}(a, lda, b, ldb, c, ldc, n, k, flags)`: C[k, 4w] (+)= A[n, k]ᵀ · B[n, 4w] (weight
 *   gradients), streaming A and B once.
 * - `spmm{w}(rowPtr, colIdx, val, x, ldx, out, ldo, r0, r1, flags)`: for CSR rows r0 ≤ i < r1,
 *   out[i, :4w] (+)= Σ_{j ∈ row i} val[j] · x[colIdx[j], :4w] (fused gather–scale–sum; no E×F message tensor).
 * - `colSum{w}(a, lda, out, n, flags)`: out[4w] (+)= Σ_i a[i, :4w] (bias gradients).
 * - `mulInto(a, b, len)`: a ⊙= b; `reluGrad(y, dy, len)`: dy ← dy · [y > 0]; len a multiple of 4.
 * - `dropoutMask(mask, len, statePtr, threshold, scaleBits)`: inverted-dropout mask, mask[i] = 0 with
 *   probability threshold / 65536 else scale (f32 bits); xorshift32 (Marsaglia, 2003) state at statePtr,
 *   two 16-bit uniforms per step; len even.
 */
function gemm(w: number): FnDef {
  const f = new FnBuilder(15);
  const [a, lda, b, ldb, a2, lda2, b2, ldb2, c, ldc, n, k, k2, bias, flags] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const i = f.local(I32);
  const kk = f.local(I32);
  const pa = f.local(I32);
  const pb = f.local(I32);
  const s = f.local(V128);
  const acc = Array.from({ length: w }, () => f.local(V128));
  // acc += A[row, :kMax] · B, with A's row pointer in `rowPtr` and B's leading dimension `ldB` (bytes).
  const product = (rowPtr: number, bBase: number, ldB: number, kMax: number): void => {
    f.get(rowPtr).set(pa).get(bBase).set(pb).i32(0).set(kk);
    f.whileLess(kk, kMax, 1, () => {
      f.get(pa).mem(OP.f32Load).simd(SIMD.f32x4Splat).set(s);
      acc.forEach((v, j) => {
        f.get(v)
          .get(s)
          .get(pb)
          .simdMem(SIMD.load, 16 * j)
          .simd(SIMD.f32x4Mul)
          .simd(SIMD.f32x4Add)
          .set(v);
      });
      f.addTo(pa, 4).addLocal(pb, ldB);
    });
  };
  for (const ld of [lda, ldb, lda2, ldb2, ldc]) f.get(ld).i32(2).op(OP.i32Shl).set(ld);
  f.i32(0).set(i);
  f.whileLess(i, n, 1, () => {
    acc.forEach((v) => f.zeroV128().set(v));
    f.ifBit(flags, ACCUMULATE, () =>
      acc.forEach((v, j) =>
        f
          .get(c)
          .simdMem(SIMD.load, 16 * j)
          .set(v),
      ),
    );
    f.get(bias).op(OP.if, 0x40);
    acc.forEach((v, j) =>
      f
        .get(v)
        .get(bias)
        .simdMem(SIMD.load, 16 * j)
        .simd(SIMD.f32x4Add)
        .set(v),
    );
    f.op(OP.end);
    product(a, b, ldb, k);
    product(a2, b2, ldb2, k2);
    f.ifBit(flags, RELU, () => acc.forEach((v) => f.get(v).zeroV128().simd(SIMD.f32x4Max).set(v)));
    acc.forEach((v, j) =>
      f
        .get(c)
        .get(v)
        .simdMem(SIMD.store, 16 * j),
    );
    f.addLocal(a, lda).addLocal(a2, lda2).addLocal(c, ldc);
  });
  return { name: `gemm${w}`, fn: f };
}

function gemmTN(w: number): FnDef {
  const f = new FnBuilder(9);
  const [a, lda, b, ldb, c, ldc, n, k, flags] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const i = f.local(I32);
  const kk = f.local(I32);
  const pa = f.local(I32);
  const pc = f.local(I32);
  const s = f.local(V128);
  const row = Array.from({ length: w }, () => f.local(V128));
  for (const ld of [lda, ldb, ldc]) f.get(ld).i32(2).op(OP.i32Shl).set(ld);
  f.get(flags).i32(ACCUMULATE).op(OP.i32And, OP.i32Eqz, OP.if, 0x40);
  f.get(c).set(pc).i32(0).set(kk);
  f.whileLess(kk, k, 1, () => {
    row.forEach((_, j) =>
      f
        .get(pc)
        .zeroV128()
        .simdMem(SIMD.store, 16 * j),
    );
    f.addLocal(pc, ldc);
  });
  f.op(OP.end);
  f.i32(0).set(i);
  f.whileLess(i, n, 1, () => {
    row.forEach((v, j) =>
      f
        .get(b)
        .simdMem(SIMD.load, 16 * j)
        .set(v),
    );
    f.get(a).set(pa).get(c).set(pc).i32(0).set(kk);
    f.whileLess(kk, k, 1, () => {
      f.get(pa).mem(OP.f32Load).simd(SIMD.f32x4Splat).set(s);
      row.forEach((v, j) => {
        f.get(pc)
          .get(pc)
          .simdMem(SIMD.load, 16 * j)
          .get(s)
          .get(v)
          .simd(SIMD.f32x4Mul)
          .simd(SIMD.f32x4Add);
        f.simdMem(SIMD.store, 16 * j);
      });
      f.addTo(pa, 4).addLocal(pc, ldc);
    });
    f.addLocal(a, lda).addLocal(b, ldb);
  });
  return { name: `gemmTN${w}`, fn: f };
}

function spmm(w: number): FnDef {
  const f = new FnBuilder(10);
  const [rowPtr, colIdx, val, x, ldx, out, ldo, r0, r1, flags] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const j = f.local(I32);
  const jEnd = f.local(I32);
  const po = f.local(I32);
  const px = f.local(I32);
  const s = f.local(V128);
  const acc = Array.from({ length: w }, () => f.local(V128));
  for (const ld of [ldx, ldo]) f.get(ld).i32(2).op(OP.i32Shl).set(ld);
  f.get(out).get(r0).get(ldo).op(OP.i32Mul, OP.i32Add).set(po);
  f.whileLess(r0, r1, 1, () => {
    acc.forEach((v) => f.zeroV128().set(v));
    f.ifBit(flags, ACCUMULATE, () =>
      acc.forEach((v, q) =>
        f
          .get(po)
          .simdMem(SIMD.load, 16 * q)
          .set(v),
      ),
    );
    f.get(rowPtr).get(r0).i32(2).op(OP.i32Shl, OP.i32Add).mem(OP.i32Load).set(j);
    f.get(rowPtr).get(r0).i32(2).op(OP.i32Shl, OP.i32Add).mem(OP.i32Load, 4).set(jEnd);
    f.whileLess(j, jEnd, 1, () => {
      f.get(val).get(j).i32(2).op(OP.i32Shl, OP.i32Add).mem(OP.f32Load).simd(SIMD.f32x4Splat).set(s);
      f.get(colIdx).get(j).i32(2).op(OP.i32Shl, OP.i32Add).mem(OP.i32Load);
      f.get(ldx).op(OP.i32Mul).get(x).op(OP.i32Add).set(px);
      acc.forEach((v, q) => {
        f.get(v)
          .get(s)
          .get(px)
          .simdMem(SIMD.load, 16 * q)
          .simd(SIMD.f32x4Mul)
          .simd(SIMD.f32x4Add)
          .set(v);
      });
    });
    acc.forEach((v, q) =>
      f
        .get(po)
        .get(v)
        .simdMem(SIMD.store, 16 * q),
    );
    f.addLocal(po, ldo);
  });
  return { name: `spmm${w}`, fn: f };
}

function colSum(w: number): FnDef {
  const f = new FnBuilder(5);
  const [a, lda, out, n, flags] = [0, 1, 2, 3, 4];
  const i = f.local(I32);
  const acc = Array.from({ length: w }, () => f.local(V128));
  f.get(lda).i32(2).op(OP.i32Shl).set(lda);
  acc.forEach((v) => f.zeroV128().set(v));
  f.ifBit(flags, ACCUMULATE, () =>
    acc.forEach((v, q) =>
      f
        .get(out)
        .simdMem(SIMD.load, 16 * q)
        .set(v),
    ),
  );
  f.i32(0).set(i);
  f.whileLess(i, n, 1, () => {
    acc.forEach((v, q) =>
      f
        .get(v)
        .get(a)
        .simdMem(SIMD.load, 16 * q)
        .simd(SIMD.f32x4Add)
        .set(v),
    );
    f.addLocal(a, lda);
  });
  acc.forEach((v, q) =>
    f
      .get(out)
      .get(v)
      .simdMem(SIMD.store, 16 * q),
  );
  return { name: `colSum${w}`, fn: f };
}

function elementwise(name: 'mulInto' | 'reluGrad'): FnDef {
  const f = new FnBuilder(3);
  const [a, b, len] = [0, 1, 2];
  const end = f.local(I32);
  f.get(a).get(len).i32(2).op(OP.i32Shl, OP.i32Add).set(end);
  f.whileLess(a, end, 16, () => {
    if (name === 'mulInto') {
      f.get(a).get(a).simdMem(SIMD.load).get(b).simdMem(SIMD.load).simd(SIMD.f32x4Mul).simdMem(SIMD.store);
    } else {
      // a = y, b = dy: dy & (y > 0) keeps dy bits where the lane mask is all ones.
      f.get(b).get(b).simdMem(SIMD.load).get(a).simdMem(SIMD.load).zeroV128().simd(SIMD.f32x4Gt);
      f.simd(SIMD.v128And).simdMem(SIMD.store);
    }
    f.addTo(b, 16);
  });
  return { name, fn: f };
}

function dropoutMask(): FnDef {
  const f = new FnBuilder(5);
  const [mask, len, statePtr, threshold, scaleBits] = [0, 1, 2, 3, 4];
  const end = f.local(I32);
  const s = f.local(I32);
  const scale = f.local(F32);
  f.get(mask).get(len).i32(2).op(OP.i32Shl, OP.i32Add).set(end);
  f.get(statePtr).mem(OP.i32Load).set(s);
  f.get(scaleBits).op(OP.f32ReinterpretI32).set(scale);
  f.whileLess(mask, end, 8, () => {
    for (const [shift, code] of [
      [13, OP.i32Shl],
      [17, OP.i32ShrU],
      [5, OP.i32Shl],
    ] as const) {
      f.get(s).get(s).i32(shift).op(code, OP.i32Xor).set(s);
    }
    f.get(mask).get(scale).f32Zero().get(s).i32(0xffff).op(OP.i32And).get(threshold).op(OP.i32GeU, OP.select).mem(OP.f32Store);
    f.get(mask).get(scale).f32Zero().get(s).i32(16).op(OP.i32ShrU).get(threshold).op(OP.i32GeU, OP.select).mem(OP.f32Store, 4);
  });
  f.get(statePtr).get(s).mem(OP.i32Store);
  return { name: 'dropoutMask', fn: f };
}

/** Column-block widths (in f32x4 vectors) generated for every module. */
export const WIDTHS = [1, 2, 4, 8] as const;
export type Width = (typeof WIDTHS)[number];

/** Builds the kernel module bytes for a memory of `pages` 64 KiB pages. */
export function buildKernelModule(pages: number, shared: boolean): Uint8Array {
  const fns: FnDef[] = [];
  for (const w of WIDTHS) fns.push(gemm(w), gemmTN(w), spmm(w), colSum(w));
  fns.push(elementwise('mulInto'), elementwise('reluGrad'), dropoutMask());
  return assembleModule(fns, pages, shared);
}
