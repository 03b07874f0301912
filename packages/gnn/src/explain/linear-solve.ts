/**
 * Solves A·X = B in place for a dense symmetric positive semi-definite A [n, n] and B [n, k]
 * (Float64), by Gaussian elimination with partial pivoting; a ridge of 1e-10·mean(diag A) keeps
 * rank-deficient systems (too few distinct coalitions) finite. Returns X [n, k] row-major.
 */
export function solveNormalEquations(a: Float64Array, b: Float64Array, n: number, k: number): Float64Array {
  let trace = 0;
  for (let i = 0; i < n; i++) trace += a[i * n + i] ?? 0;
  const ridge = (1e-10 * trace) / Math.max(n, 1) + 1e-300;
  for (let i = 0; i < n; i++) a[i * n + i] = (a[i * n + i] ?? 0) + ridge;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r * n + col] ?? 0) > Math.abs(a[pivot * n + col] ?? 0)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) swap(a, col * n + c, pivot * n + c);
      for (let c = 0; c < k; c++) swap(b, col * k + c, pivot * k + c);
    }
    const d = a[col * n + col] ?? 0;
    if (d === 0) continue;
    for (let r = col + 1; r < n; r++) {
      const f = (a[r * n + col] ?? 0) / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c] = (a[r * n + c] ?? 0) - f * (a[col * n + c] ?? 0);
      for (let c = 0; c < k; c++) b[r * k + c] = (b[r * k + c] ?? 0) - f * (b[col * k + c] ?? 0);
    }
  }
  const x = new Float64Array(n * k);
  for (let r = n - 1; r >= 0; r--) {
    const d = a[r * n + r] ?? 0;
    for (let c = 0; c < k; c++) {
      let s = b[r * k + c] ?? 0;
      for (let j = r + 1; j < n; j++) s -= (a[r * n + j] ?? 0) * (x[j * k + c] ?? 0);
      x[r * k + c] = d === 0 ? 0 : s / d;
    }
  }
  return x;
}

function swap(v: Float64Array, i: number, j: number): void {
  const t = v[i] ?? 0;
  v[i] = v[j] ?? 0;
  v[j] = t;
}
