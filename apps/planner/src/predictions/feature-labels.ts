import { LEARNING_FEATURES } from '@liftgraph/domain';

/** Learning-graph feature → the words a coach reads next to a SHAP bar. */
const LABELS: Record<string, string> = {
  sets: 'working sets last time',
  reps: 'reps of last top set',
  weightKg: 'load of last top set',
  restSec: 'rest between sets',
  fatigue: 'effort (RPE) of last top set',
  intensity: 'last top set as % of best e1RM',
  daysSinceLast: 'days since last done',
  volumeKg: 'volume last time',
  trainingLoad: 'session load that day',
  trainingMonotony: 'training monotony (7 days)',
  strain: 'training strain (7 days)',
  rir: 'reps in reserve',
  e1rmKg: 'estimated 1RM last time',
  bestE1rmKg: 'best estimated 1RM so far',
  weeklyLoad: 'weekly training load',
  acwr: 'acute:chronic workload ratio',
  orderInSession: 'position in the session',
  bodyweight: 'bodyweight exercise',
  compound: 'compound exercise',
  'force:push': 'pushing movement',
  'force:pull': 'pulling movement',
  'force:static': 'static hold',
  hasRest: 'rest was logged',
  mapped: 'exercise known to the catalog',
};

const UNITS = new Map<string, string>(LEARNING_FEATURES.map((f) => [f.name, f.unit]));

/** Coach words for a learning feature; muscle shares read "share of work on <muscle>". */
export function featureLabel(feature: string): string {
  const label = LABELS[feature];
  if (label !== undefined) return label;
  if (feature.startsWith('muscle:')) return `share of work on ${feature.slice('muscle:'.length)}`;
  return feature;
}

/** The unit of a learning feature's value (`kg`, `days`, `flag`, …); empty when unknown. */
export function featureUnit(feature: string): string {
  return UNITS.get(feature) ?? '';
}
