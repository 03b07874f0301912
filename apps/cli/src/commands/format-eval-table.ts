import type { EvalResult, summarizeRuns } from '@liftgraph/planner';

const fmt = (v: number | undefined | null, digits = 2): string => (v === undefined || v === null ? '—' : v.toFixed(digits));

/** A plain-text table: one row per model, MAE / RMSE per target in kg, reps and seconds. */
export function formatEvalTable(result: EvalResult, spread?: ReturnType<typeof summarizeRuns>): string {
  const header = `${'model'.padEnd(12)} ${'weight MAE kg'.padStart(14)} ${'RMSE'.padStart(8)} ${'reps MAE'.padStart(10)} ${'RMSE'.padStart(8)} ${'rest MAE s'.padStart(11)} ${'RMSE'.padStart(8)}`;
  const rows = Object.entries(result.models).map(([name, m]) => {
    const sd = (key: string) => {
      const s = spread?.[name]?.[key];
      return s && s.sd > 0 ? `±${s.sd.toFixed(2)}` : '';
    };
    return [
      name.padEnd(12),
      `${fmt(m.weight?.mae)}${sd('weight.mae')}`.padStart(14),
      fmt(m.weight?.rmse).padStart(8),
      `${fmt(m.reps?.mae)}${sd('reps.mae')}`.padStart(10),
      fmt(m.reps?.rmse).padStart(8),
      fmt(m.rest?.mae, 1).padStart(11),
      fmt(m.rest?.rmse, 1).padStart(8),
    ].join(' ');
  });
  return [header, ...rows].join('\n');
}
