import { z } from 'zod';
import type { GlobalShapType, LossCurveType } from './model.type.js';

/**
 * What a training run stores with a ModelVersion besides its errors, read for the API: the loss of every
 * epoch (`metrics.lossHistory`, written by @liftgraph/learning's recordModelVersions) and the global SHAP
 * ranking (`globalShap`, its GlobalShap). Stored text that does not parse yields nothing rather than a
 * failed query: versions recorded before these existed have neither.
 */
const lossHistorySchema = z.object({ lossHistory: z.array(z.number()) });

const globalShapSchema = z.object({
  explainedNodes: z.number().int().nonnegative(),
  backgroundRows: z.number().int().nonnegative(),
  numSamples: z.number().int().nonnegative(),
  targets: z.array(
    z.object({
      target: z.string(),
      unit: z.string(),
      ranking: z.array(z.object({ feature: z.string(), meanAbs: z.number() })),
    }),
  ),
});

function parseJson(text: string | null): unknown {
  if (text === null || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The training loss per epoch (epoch 1 first), as one curve; empty when none was stored. */
export function lossCurves(metricsJson: string | null): LossCurveType[] {
  const parsed = lossHistorySchema.safeParse(parseJson(metricsJson));
  if (!parsed.success || parsed.data.lossHistory.length === 0) return [];
  return [{ split: 'train', points: parsed.data.lossHistory.map((loss, i) => ({ epoch: i + 1, loss })) }];
}

/** The stored global SHAP ranking, features by mean |SHAP| descending within each target; null when none. */
export function globalShap(json: string | null): GlobalShapType | null {
  const parsed = globalShapSchema.safeParse(parseJson(json));
  if (!parsed.success) return null;
  const { targets, ...rest } = parsed.data;
  return {
    ...rest,
    targets: targets.map((t) => ({ target: t.target, unit: t.unit, features: [...t.ranking].sort((a, b) => b.meanAbs - a.meanAbs) })),
  };
}
