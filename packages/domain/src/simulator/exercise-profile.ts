import { LIFTGRAPH_CATALOG } from '../catalog/liftgraph-catalog.js';
import { similarity } from '../catalog/similarity.js';
import { TRANSFERS_TO } from '../catalog/transfers-to.js';
import { DomainError } from '../errors.js';
import { type Exercise, MUSCLE_GROUP_IDS, type MovementPatternId, type MuscleGroupId } from '../exercise/exercise.js';
import { plateIncrementKg } from '../overload/round-load.js';
import { SIMULATOR_DEFAULTS } from './simulator-defaults.js';

/** Number of muscle groups; per-muscle state arrays have this length (MUSCLE_GROUP_IDS order). */
export const MUSCLE_COUNT = MUSCLE_GROUP_IDS.length;

/** What the simulator needs to know about one exercise, precomputed once per process. */
export interface ExerciseProfile {
  exercise: Exercise;
  /** TARGETS shares in MUSCLE_GROUP_IDS order (sum 1): weights of per-muscle capacity in strength. */
  shares: Float64Array;
  /** Shares divided by the largest share: the per-set stimulus each muscle gets (prime mover = 1 set). */
  setWeights: Float64Array;
  /** 1RM / bodyweight of an untrained man at capacity 0.5 and skill 1 (system load for bodyweight moves). */
  baseRatio: number;
  /** Share of bodyweight the movement moves (0 for external-load exercises). */
  bodyFraction: number;
  region: 'upper' | 'lower';
  incrementKg: number;
  /** Skill carry-over: TRANSFERS_TO edges, plus SIMILAR_TO-derived edges for close variants. */
  transfers: ReadonlyArray<{ to: string; weight: number }>;
}

// ASSUMPTION: typical untrained-male 1RM/bodyweight by pattern for a barbell-style lift (strength-standard tables' "untrained" rows).
const PATTERN_RATIO: Record<MovementPatternId, number> = {
  squat: 1.0,
  hinge: 1.2,
  lunge: 0.5,
  'horizontal-push': 0.75,
  'vertical-push': 0.5,
  'horizontal-pull': 0.7,
  'vertical-pull': 0.75,
  carry: 0.8,
  'elbow-flexion': 0.35,
  'elbow-extension': 0.3,
  'shoulder-raise': 0.28,
  'chest-fly': 0.35,
  'knee-flexion': 0.35,
  'knee-extension': 0.6,
  'hip-abduction': 0.6,
  'hip-adduction': 0.6,
  'calf-raise': 1.0,
  shrug: 1.0,
  'core-flexion': 0.3,
  'core-stability': 0.3,
  rotation: 0.2,
  wrist: 0.25,
  neck: 0.1,
  conditioning: 0.3,
  stretch: 0.1,
  other: 0.4,
};
// Dumbbells and kettlebells are logged per hand.
const EQUIPMENT_FACTOR: Partial<Record<Exercise['equipment'], number>> = { dumbbell: 0.42, kettlebells: 0.42, cable: 0.9, machine: 1.15 };
const RATIO_OVERRIDES: Readonly<Record<string, number>> = {
  'leg-press': 2.0,
  'barbell-hip-thrust': 1.3,
  'barbell-romanian-deadlift': 0.95,
  'trap-bar-deadlift': 1.3,
  'barbell-front-squat': 0.8,
  'pull-up': 1.15,
  'chin-up': 1.2,
  'chest-dip': 1.2,
  'push-up': 1.2,
  'inverted-row': 1.0,
};
const BODY_FRACTION: Partial<Record<MovementPatternId, number>> = {
  'vertical-pull': 1,
  'horizontal-push': 0.65,
  'horizontal-pull': 0.6,
  'vertical-push': 0.7,
  squat: 0.8,
  lunge: 0.8,
};
const LOWER_MUSCLES: ReadonlySet<MuscleGroupId> = new Set([
  'quadriceps',
  'hamstrings',
  'glutes',
  'calves',
  'adductors',
  'abductors',
  'lower back',
]);
const MUSCLE_INDEX = new Map<MuscleGroupId, number>(MUSCLE_GROUP_IDS.map((m, i) => [m, i]));

const BY_ID = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
const CACHE = new Map<string, ExerciseProfile>();

function transfersOf(exercise: Exercise): Array<{ to: string; weight: number }> {
  const s = SIMULATOR_DEFAULTS.skill;
  const out = TRANSFERS_TO.filter((t) => t.from === exercise.id).map((t) => ({ to: t.to, weight: t.weight }));
  const covered = new Set(out.map((t) => t.to));
  for (const other of LIFTGRAPH_CATALOG) {
    if (other.id === exercise.id || covered.has(other.id) || other.pattern !== exercise.pattern) continue;
    const score = similarity(exercise, other).score;
    if (score >= s.similarityMin) out.push({ to: other.id, weight: s.similarityScale * score });
  }
  return out;
}

function build(exercise: Exercise): ExerciseProfile {
  const shares = new Float64Array(MUSCLE_COUNT);
  let top: MuscleGroupId | null = null;
  let topShare = 0;
  for (const t of exercise.targets) {
    const i = MUSCLE_INDEX.get(t.muscle);
    if (i === undefined) continue;
    shares[i] = (shares[i] ?? 0) + t.share;
    if (t.share > topShare) [top, topShare] = [t.muscle, t.share];
  }
  const setWeights = shares.map((x) => (topShare > 0 ? x / topShare : 0));
  const override = RATIO_OVERRIDES[exercise.id];
  const baseRatio = override ?? PATTERN_RATIO[exercise.pattern] * (exercise.bodyweight ? 1 : (EQUIPMENT_FACTOR[exercise.equipment] ?? 1));
  return {
    exercise,
    shares,
    setWeights,
    baseRatio,
    bodyFraction: exercise.bodyweight ? (BODY_FRACTION[exercise.pattern] ?? 0.5) : 0,
    region: top !== null && LOWER_MUSCLES.has(top) ? 'lower' : 'upper',
    incrementKg: plateIncrementKg(exercise.equipment),
    transfers: transfersOf(exercise),
  };
}

/** The simulator's profile of a LIFTGRAPH catalog exercise; throws UNKNOWN_EXERCISE for other ids. */
export function exerciseProfile(exerciseId: string): ExerciseProfile {
  const cached = CACHE.get(exerciseId);
  if (cached) return cached;
  const exercise = BY_ID.get(exerciseId);
  if (!exercise) {
    throw new DomainError('UNKNOWN_EXERCISE', `simulator: "${exerciseId}" is not a LIFTGRAPH catalog id; use an id from LIFTGRAPH_CATALOG`);
  }
  const profile = build(exercise);
  CACHE.set(exerciseId, profile);
  return profile;
}
