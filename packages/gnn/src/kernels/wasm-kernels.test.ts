import { afterAll, describe, expect, it } from 'vitest';
import { WasmKernels } from './wasm-kernels.js';

function rand(n: number, seed: number): Float32Array {
  let s = seed;
  return Float32Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296 - 0.5;
  });
}

function matmul(a: Float32Array, b: Float32Array, n: number, k: number, m: number): Float64Array {
  const c = new Float64Array(n * m);
  for (let i = 0; i < n; i++)
    for (let p = 0; p < k; p++) for (let j = 0; j < m; j++) c[i * m + j] = (c[i * m + j] ?? 0) + (a[i * k + p] ?? 0) * (b[p * m + j] ?? 0);
  return c;
}

function expectClose(actual: Float32Array, expected: ArrayLike<number>, tol = 1e-5): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs((actual[i] ?? 0) - (expected[i] ?? 0)));
  expect(worst).toBeLessThan(tol);
}

describe.each([1, 2] as const)('WasmKernels (threads=%d)', (threads) => {
  // minParallelRows = 1 so that even these small cases are split across both threads.
  const kr = new WasmKernels(1 << 22, threads, 1);
  afterAll(() => kr.dispose());

  it.each([
    [7, 5, 3],
    [9, 16, 32],
    [5, 33, 40],
    [3, 2, 12],
    [37, 16, 32],
    [41, 32, 3],
  ])('should compute gemm with bias and relu when n=%d k=%d m=%d', (n, k, m) => {
    const [a, b, bias] = [rand(n * k, 1), rand(k * m, 2), rand(m, 3)];
    const [A, B, Bias, C] = [kr.alloc(n, k), kr.alloc(k, m), kr.alloc(1, m), kr.alloc(n, m)];
    kr.write(A, a);
    kr.write(B, b);
    kr.write(Bias, bias);
    kr.gemm(A, B, C, { bias: Bias, relu: true });
    const ref = matmul(a, b, n, k, m).map((v, idx) => Math.max(0, v + (bias[idx % m] ?? 0)));
    expectClose(kr.read(C), ref);
    kr.gemm(A, B, C, { accumulate: true });
    expectClose(
      kr.read(C),
      ref.map((v, idx) => v + (matmul(a, b, n, k, m)[idx] ?? 0)),
    );
  });

  it('should add a second product in the same output pass when also is given', () => {
    const [n, k, k2, m] = [6, 3, 5, 8];
    const [a, b, a2, b2] = [rand(n * k, 7), rand(k * m, 8), rand(n * k2, 9), rand(k2 * m, 10)];
    const [A, B, A2, B2, C] = [kr.alloc(n, k), kr.alloc(k, m), kr.alloc(n, k2), kr.alloc(k2, m), kr.alloc(n, m)];
    kr.write(A, a);
    kr.write(B, b);
    kr.write(A2, a2);
    kr.write(B2, b2);
    kr.gemm(A, B, C, { also: [A2, B2] });
    const [p1, p2] = [matmul(a, b, n, k, m), matmul(a2, b2, n, k2, m)];
    expectClose(
      kr.read(C),
      p1.map((v, i) => v + (p2[i] ?? 0)),
    );
  });

  it.each([
    [11, 5, 3],
    [6, 32, 32],
    [4, 7, 20],
  ])('should compute gemmTN (Aᵀ·B) when n=%d k=%d m=%d', (n, k, m) => {
    const [a, b] = [rand(n * k, 4), rand(n * m, 5)];
    const [A, B, C] = [kr.alloc(n, k), kr.alloc(n, m), kr.alloc(k, m)];
    kr.write(A, a);
    kr.write(B, b);
    kr.gemmTN(A, B, C);
    const at = new Float32Array(k * n);
    for (let i = 0; i < n; i++) for (let p = 0; p < k; p++) at[p * n + i] = a[i * k + p] ?? 0;
    expectClose(kr.read(C), matmul(at, b, k, n, m));
  });

  it.each([3, 16, 36])('should compute CSR spmm and column sums when width=%d', (m) => {
    // rows: 0 ← {1 (0.5), 2 (2)}, 1 ← {}, 2 ← {0 (1), 0 (1)} (duplicate edge counts twice)
    const s = kr.csr(Int32Array.from([0, 2, 2, 4]), Int32Array.from([1, 2, 0, 0]), Float32Array.from([0.5, 2, 1, 1]));
    const x = rand(3 * m, 6);
    const [X, Out, Sum] = [kr.alloc(3, m), kr.alloc(3, m), kr.alloc(1, m)];
    kr.write(X, x);
    kr.spmm(s, X, Out);
    const row = (r: number): Float32Array => x.subarray(r * m, r * m + m);
    const expected = [
      ...row(1).map((v, j) => 0.5 * v + 2 * (row(2)[j] ?? 0)),
      ...new Array<number>(m).fill(0),
      ...row(0).map((v) => 2 * v),
    ];
    expectClose(kr.read(Out), expected);
    kr.colSum(X, Sum);
    expectClose(
      kr.read(Sum),
      row(0).map((v, j) => v + (row(1)[j] ?? 0) + (row(2)[j] ?? 0)),
    );
  });

  it('should mask gradients by the ReLU output and multiply elementwise', () => {
    const [Y, D, M] = [kr.alloc(1, 8), kr.alloc(1, 8), kr.alloc(1, 8)];
    kr.write(Y, Float32Array.from([1, 0, -2, 3, 0.5, -0, 2, -1]));
    kr.write(D, Float32Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    kr.write(M, Float32Array.from([2, 2, 2, 2, 0, 0, 1, 1]));
    kr.reluGrad(Y, D);
    expectClose(kr.read(D), [1, 0, 0, 4, 5, 0, 7, 0]);
    kr.mulInto(D, M);
    expectClose(kr.read(D), [2, 0, 0, 8, 0, 0, 7, 0]);
  });

  it('should draw an inverted-dropout mask with the requested rate and scale', () => {
    const mask = kr.alloc(1000, 32);
    const state = kr.reserve(16);
    new Int32Array(kr.memory.buffer, state, 2).set([12345, 678]);
    kr.dropoutMask(mask, 0.3, state);
    const v = kr.read(mask);
    const zeros = v.filter((x) => x === 0).length / v.length;
    expect(zeros).toBeGreaterThan(0.29);
    expect(zeros).toBeLessThan(0.31);
    expect(new Set(v.filter((x) => x !== 0))).toEqual(new Set([Math.fround(1 / 0.7)]));
    kr.dropoutMask(mask, 0.3, state);
    expect(kr.read(mask)).not.toEqual(v);
  });
});
