import { WasmKernels } from '../src/kernels/wasm-kernels.js';

/**
 * `--profile`: wraps the fused engine's WASM kernel entry points to sum ms per (kernel, operand widths).
 * Installed once for the process; `report` prints and clears the shares.
 */
export class KernelProfile {
  private readonly totals = new Map<string, number>();

  install(): void {
    const proto = WasmKernels.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const totals = this.totals;
    for (const name of ['gemm', 'gemmTN', 'spmm', 'colSum', 'mulInto', 'reluGrad']) {
      const orig = proto[name];
      if (orig === undefined) continue;
      proto[name] = function (this: unknown, ...a: unknown[]) {
        const t0 = performance.now();
        const r = orig.apply(this, a);
        const shape = (m: unknown): string => String((m as { cols?: number }).cols ?? 'S');
        const key = `${name}(${a.slice(0, 3).map(shape).join(',')})`;
        totals.set(key, (totals.get(key) ?? 0) + performance.now() - t0);
        return r;
      };
    }
  }

  clear(): void {
    this.totals.clear();
  }

  /** Share of kernel time per kernel, and kernels' share of `wallMs`. */
  report(label: string, wallMs: number): string {
    const total = [...this.totals.values()].reduce((a, b) => a + b, 0);
    const lines = [...this.totals.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `    ${k.padEnd(28)} ${((100 * v) / total).toFixed(1).padStart(5)} %`);
    this.clear();
    return `  profile ${label} (share of kernel time; kernels = ${((total / wallMs) * 100).toFixed(0)} % of wall):\n${lines.join('\n')}`;
  }
}
