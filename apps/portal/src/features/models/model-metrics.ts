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
 * Reads the API's flattened metric paths into one row per series × target. Training records the model's
 * test errors and both baselines' (`model.weight.mae`, `persistence.reps.rmse`, `rules.rest.mae`, …): the
 * series is the path before the target.
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

/** One number the trainer records with a version (`epochs`, `testPairs`, `seed`), if it did. */
export function metricValue(metrics: readonly Metric[], name: string): number | null {
  return metrics.find((m) => m.name === name)?.value ?? null;
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
