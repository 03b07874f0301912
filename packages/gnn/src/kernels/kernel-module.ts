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
 * - `gemm{w}x{rb}(a, lda, b, ldb, a2, lda2, b2, ldb2, c, ldc, n, k, k2, bias, flags)`:
 *   C[n, 4w] (+)= A[n, k] · B[k, 4w] + A₂[n, k₂] · B₂[k₂, 4w] (+ bias[4w]), optional ReLU epilogue
 *   (k₂ = 0: a plain product). rb rows at a time with their output rows in registers: the skinny shapes
 *   here (k ≤ 64, 4w ≤ 16) keep B in L1, and SAGE's root + neighbour products share one output pass.
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
/**
 * `gemm{w}x{rb}`: the GEMM of the module doc, `rb` rows per pass so that every B vector loaded feeds rb
 * rows' accumulators (see `GEMM_ROWS_PER_PASS`); rows beyond the last full pass run one at a time.
 */
function gemm(w: number, rb: number): FnDef {
  const f = new FnBuilder(15);
  const [a, lda, b, ldb, a2, lda2, b2, ldb2, c, ldc, n, k, k2, bias, flags] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
  const i = f.local(I32);
  const nMain = f.local(I32);
  const kk = f.local(I32);
  const pa = f.local(I32);
  const pb = f.local(I32);
  const bv = f.local(V128);
  const splat = Array.from({ length: rb }, () => f.local(V128));
  const acc = Array.from({ length: rb }, () => Array.from({ length: w }, () => f.local(V128)));
  // times[ld][r] = r · ld in bytes, for the row offsets within a block.
  const times = new Map<number, number[]>();
  for (const ld of [lda, ldb, lda2, ldb2, ldc]) f.get(ld).i32(2).op(OP.i32Shl).set(ld);
  for (const ld of [lda, lda2, ldc]) {
    const multiples = [0];
    for (let r = 1; r < rb; r++) {
      const m = f.local(I32);
      f.get(ld).i32(r).op(OP.i32Mul).set(m);
      multiples.push(m);
    }
    times.set(ld, multiples);
  }
  // Pushes the byte address of row r of the block at `base` (stride `ld`).
  const rowAddr = (base: number, ld: number, r: number): void => {
    f.get(base);
    if (r > 0) f.get(times.get(ld)?.[r] ?? 0).op(OP.i32Add);
  };
  // acc[r] += A[row r, :kMax] · B for rows r < rows.
  const product = (rowPtr: number, ldA: number, bBase: number, ldB: number, kMax: number, rows: number): void => {
    f.get(rowPtr).set(pa).get(bBase).set(pb).i32(0).set(kk);
    f.whileLess(kk, kMax, 1, () => {
      for (let r = 0; r < rows; r++) {
        rowAddr(pa, ldA, r);
        f.simdMem(SIMD.load32Splat).set(splat[r] ?? 0);
      }
      for (let j = 0; j < w; j++) {
        if (rows === 1) {
          const v = acc[0]?.[j] ?? 0;
          f.get(v)
            .get(splat[0] ?? 0)
            .get(pb)
            .simdMem(SIMD.load, 16 * j)
            .simd(SIMD.f32x4Mul)
            .simd(SIMD.f32x4Add)
            .set(v);
          continue;
        }
        f.get(pb)
          .simdMem(SIMD.load, 16 * j)
          .set(bv);
        for (let r = 0; r < rows; r++) {
          const v = acc[r]?.[j] ?? 0;
          f.get(v)
            .get(splat[r] ?? 0)
            .get(bv)
            .simd(SIMD.f32x4Mul)
            .simd(SIMD.f32x4Add)
            .set(v);
        }
      }
      f.addTo(pa, 4).addLocal(pb, ldB);
    });
  };
  const rowsPass = (rows: number): void => {
    for (let r = 0; r < rows; r++) for (const v of acc[r] ?? []) f.zeroV128().set(v);
    f.ifBit(flags, ACCUMULATE, () => {
      for (let r = 0; r < rows; r++)
        (acc[r] ?? []).forEach((v, j) => {
          rowAddr(c, ldc, r);
          f.simdMem(SIMD.load, 16 * j).set(v);
        });
    });
    f.get(bias).op(OP.if, 0x40);
    for (let j = 0; j < w; j++) {
      f.get(bias)
        .simdMem(SIMD.load, 16 * j)
        .set(bv);
      for (let r = 0; r < rows; r++) {
        const v = acc[r]?.[j] ?? 0;
        f.get(v).get(bv).simd(SIMD.f32x4Add).set(v);
      }
    }
    f.op(OP.end);
    product(a, lda, b, ldb, k, rows);
    product(a2, lda2, b2, ldb2, k2, rows);
    f.ifBit(flags, RELU, () => {
      for (let r = 0; r < rows; r++) for (const v of acc[r] ?? []) f.get(v).zeroV128().simd(SIMD.f32x4Max).set(v);
    });
    for (let r = 0; r < rows; r++)
      (acc[r] ?? []).forEach((v, j) => {
        rowAddr(c, ldc, r);
        f.get(v).simdMem(SIMD.store, 16 * j);
      });
    for (let r = 0; r < rows; r++) f.addLocal(a, lda).addLocal(a2, lda2).addLocal(c, ldc);
  };
  f.get(n)
    .i32(rb - 1)
    .op(OP.i32Sub)
    .set(nMain);
  f.i32(0).set(i);
  f.whileLess(i, nMain, rb, () => rowsPass(rb));
  if (rb > 1) f.whileLess(i, n, 1, () => rowsPass(1));
  return { name: `gemm${w}x${rb}`, fn: f };
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
      f.get(pa).simdMem(SIMD.load32Splat).set(s);
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
      f.get(val).get(j).i32(2).op(OP.i32Shl, OP.i32Add).simdMem(SIMD.load32Splat).set(s);
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

/**
 * Rows per pass of the GEMM for each column-block width w it is generated for (`gemm{w}x{rb}`): rb·w
 * accumulators + rb splats fit the 16 SIMD registers of x64, every B vector loaded feeds rb rows, and
 * rb·w independent add chains hide the add latency. Measured at 100k rows: 32 output columns as two
 * 4-vector blocks × 2 rows run ~15 % faster than one 8-vector block × 1 row, and 3 output columns
 * (the head) 5× faster with 4 rows per pass than with 1 (a single add chain).
 */
export const GEMM_ROWS_PER_PASS: Readonly<Record<number, number>> = { 1: 4, 2: 4, 4: 2 };

/** Column-block widths (in f32x4 vectors) generated for every module. */
export const WIDTHS = [1, 2, 4, 8] as const;
export type Width = (typeof WIDTHS)[number];

/** Builds the kernel module bytes for a memory of at least `pages` 64 KiB pages (see `assembleModule`). */
export function buildKernelModule(pages: number, shared: boolean): Uint8Array {
  const fns: FnDef[] = [];
  for (const w of WIDTHS) fns.push(gemmTN(w), spmm(w), colSum(w));
  for (const [w, rb] of Object.entries(GEMM_ROWS_PER_PASS)) fns.push(gemm(Number(w), rb));
  fns.push(elementwise('mulInto'), elementwise('reluGrad'), dropoutMask());
  return assembleModule(fns, pages, shared);
}
