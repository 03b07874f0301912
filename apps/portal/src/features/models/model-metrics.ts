export interface Metric {
  name: string;
  value: number;
}

export interface ErrorRow {
  series: string;
  target: string;
  mae: number | null;
  rmse: number | null;
}

/**
 * Reads the API's flattened metric paths (e.g. `test.weight.mae`, `baselines.persistence.reps.rmse`)
 * into one row per series × target. The series is the path before the target; a bare path is "model".
 */
export function errorRows(metrics: readonly Metric[]): ErrorRow[] {
  const rows = new Map<string, ErrorRow>();
  for (const m of metrics) {
    const parts = m.name.split('.');
    const kind = parts.at(-1)?.toLowerCase();
    if ((kind !== 'mae' && kind !== 'rmse') || parts.length < 2) continue;
    const target = parts.at(-2) ?? '';
    const series = parts.slice(0, -2).join('.') || 'model';
    const key = `${series}|${target}`;
    const row = rows.get(key) ?? { series, target, mae: null, rmse: null };
    row[kind] = m.value;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.target.localeCompare(b.target) || a.series.localeCompare(b.series));
}

/** Loss curves stored as `<...>loss<...>.<epoch>` paths, one series per prefix, in epoch order. */
export function lossCurves(metrics: readonly Metric[]): Map<string, number[]> {
  const curves = new Map<string, Array<[number, number]>>();
  for (const m of metrics) {
    const parts = m.name.split('.');
    const last = parts.at(-1) ?? '';
    if (!/loss/i.test(m.name) || !/^\d+$/.test(last)) continue;
    const series = parts.slice(0, -1).join('.');
    const list = curves.get(series) ?? [];
    list.push([Number(last), m.value]);
    curves.set(series, list);
  }
  return new Map([...curves].map(([k, v]) => [k, v.sort((a, b) => a[0] - b[0]).map(([, y]) => y)]));
}

/** Global SHAP ranking from `<...>shap<...>.<feature>` paths: mean |contribution| per feature, largest first. */
export function shapRanking(metrics: readonly Metric[]): Array<{ feature: string; value: number }> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const m of metrics) {
    if (!/shap/i.test(m.name)) continue;
    const feature = m.name.split('.').at(-1) ?? m.name;
    if (/^\d+$/.test(feature)) continue;
    const s = sums.get(feature) ?? { total: 0, n: 0 };
    sums.set(feature, { total: s.total + Math.abs(m.value), n: s.n + 1 });
  }
  return [...sums].map(([feature, s]) => ({ feature, value: s.total / s.n })).sort((a, b) => b.value - a.value);
}

/** Live progress from the trainer's log lines ("epoch 12/60 … loss 0.123"). */
export function progressFromLog(lines: readonly string[]): { epoch: number; epochs: number; losses: number[] } | null {
  let epoch = 0;
  let epochs = 0;
  const losses: number[] = [];
  for (const line of lines) {
    const e = /epoch\s*(\d+)\s*\/\s*(\d+)/i.exec(line);
    if (e) {
      epoch = Number(e[1]);
      epochs = Number(e[2]);
      const l = /loss[\s=:]+([0-9.eE+-]+)/i.exec(line);
      if (l) losses.push(Number(l[1]));
    }
  }
  return epochs > 0 ? { epoch, epochs, losses } : null;
}
