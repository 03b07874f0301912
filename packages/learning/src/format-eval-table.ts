import type { EvalResult, summarizeRuns } from './evaluate.js';

const fmt = (v: number | undefined | null, digits = 2): string => (v === undefined || v === null ? '—' : v.toFixed(digits));

/**
 * A plain-text table: one row per model, MAE / RMSE per target in kg, reps and seconds. With `spread`
 * (several seeds) every cell is the mean over seeds, and MAE cells carry ± the sample SD.
 */
export function formatEvalTable(result: EvalResult, spread?: ReturnType<typeof summarizeRuns>): string {
  const header = `${'model'.padEnd(12)} ${'weight MAE kg'.padStart(14)} ${'RMSE'.padStart(8)} ${'reps MAE'.padStart(10)} ${'RMSE'.padStart(8)} ${'rest MAE s'.padStart(11)} ${'RMSE'.padStart(8)}`;
  const rows = Object.entries(result.models).map(([name, m]) => {
    const cell = (target: 'weight' | 'reps' | 'rest', stat: 'mae' | 'rmse', digits = 2): string => {
      const s = spread?.[name]?.[`${target}.${stat}`];
      if (s) return `${fmt(s.mean, digits)}${stat === 'mae' && s.sd > 0.005 ? `±${s.sd.toFixed(2)}` : ''}`;
      return fmt(m[target]?.[stat], digits);
    };
    return [
      name.padEnd(12),
      cell('weight', 'mae').padStart(14),
      cell('weight', 'rmse').padStart(8),
      cell('reps', 'mae').padStart(10),
      cell('reps', 'rmse').padStart(8),
      cell('rest', 'mae', 1).padStart(11),
      cell('rest', 'rmse', 1).padStart(8),
    ].join(' ');
  });
  return [header, ...rows].join('\n');
}
