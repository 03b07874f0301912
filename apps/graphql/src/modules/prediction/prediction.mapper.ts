import type { PlannerPrediction } from '../../planner/planner-client.js';
import type { PredictionExplanationType, PredictionType } from './prediction.type.js';

type RawReason = PlannerPrediction['reasons'][number] & { unit?: unknown; note?: unknown };
type Raw = Omit<PlannerPrediction, 'reasons'> & { source?: unknown; rationale?: unknown; explanation?: unknown; reasons: RawReason[] };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function isExplanation(v: unknown): v is PredictionExplanationType {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.status === 'string' && typeof e.note === 'string' && Array.isArray(e.targets);
}

/** The planner's prediction JSON as the GraphQL type; an older planner without explanations says so. */
export function toPredictionType(p: PlannerPrediction): PredictionType {
  const raw = p as Raw;
  const explanation: PredictionExplanationType = isExplanation(raw.explanation)
    ? raw.explanation
    : { status: 'unavailable', note: 'the planner sent no explanation', role: null, model: null, performanceDate: null, targets: [] };
  return {
    exerciseId: raw.exerciseId,
    nextWeightKg: raw.nextWeightKg,
    nextReps: raw.nextReps,
    nextRestSec: raw.nextRestSec,
    source: str(raw.source) ?? 'rules',
    rationale: str(raw.rationale) ?? '',
    reasons: raw.reasons.map((r) => ({ feature: r.feature, contribution: r.contribution, unit: str(r.unit), note: str(r.note) })),
    explanation,
  };
}
