import type { Dataset } from './dataset.js';

/**
 * Rolling origin inside the training part: training nodes whose target falls in the last sixth of the
 * training targets' timeline validate; the earlier ones train. Returns null when either side would be
 * too small to be useful (fewer than 8 nodes), in which case callers train for the full budget.
 */
export function innerValidationSplit(ds: Dataset, fraction = 5 / 6): { innerTrain: Uint8Array; validation: Uint8Array } | null {
  const { nodes } = ds.source;
  const dates = nodes
    .filter((_, i) => ds.graph.trainMask[i] === 1)
    .map((n) => n.targetDate ?? '')
    .filter((d) => d !== '')
    .sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return null;
  const t0 = Date.parse(`${first}T00:00:00Z`);
  const cut = new Date(t0 + fraction * (Date.parse(`${last}T00:00:00Z`) - t0)).toISOString().slice(0, 10);
  const innerTrain = new Uint8Array(nodes.length);
  const validation = new Uint8Array(nodes.length);
  nodes.forEach((n, i) => {
    if (ds.graph.trainMask[i] !== 1 || n.targetDate === null) return;
    if (n.targetDate < cut) innerTrain[i] = 1;
    else validation[i] = 1;
  });
  const count = (m: Uint8Array) => m.reduce((a, b) => a + b, 0);
  return count(innerTrain) >= 8 && count(validation) >= 8 ? { innerTrain, validation } : null;
}
