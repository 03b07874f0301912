import type {
  Equipment,
  Exercise,
  ExerciseCategory,
  Force,
  Level,
  LoadingKind,
  Mechanic,
  MovementPatternId,
  MuscleGroupId,
  MuscleTarget,
} from '../../exercise/exercise.js';
import { defaultLoading } from '../default-loading.js';

/** Muscle → share of the work; the shares of `primary` and `secondary` together sum to 1. */
export type ShareMap = Partial<Record<MuscleGroupId, number>>;

/**
 * Compact authoring form of a curated exercise. Omitted fields take defaults derived from the
 * pattern (mechanic, force) or the equipment (bodyweight), so data files stay short.
 */
export interface ExerciseSpec {
  id: string;
  name: string;
  pattern: MovementPatternId;
  equipment: Equipment;
  primary: ShareMap;
  secondary?: ShareMap;
  mechanic?: Mechanic;
  force?: Force | null;
  /** Default `'beginner'`. */
  level?: Level;
  /** Default `'strength'`. */
  category?: ExerciseCategory;
  /** Default: true for `'body only'` equipment. */
  bodyweight?: boolean;
  /** Default: `defaultLoading` of the name, equipment and body-weight flag; set it where the name does not tell. */
  loading?: LoadingKind;
  /** Names loggers use (Strong, Hevy, FitNotes spellings). */
  aliases?: string[];
}

const COMPOUND_PATTERNS: ReadonlySet<MovementPatternId> = new Set([
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
  'carry',
]);

const DEFAULT_FORCE: Record<MovementPatternId, Force | null> = {
  squat: 'push',
  hinge: 'pull',
  lunge: 'push',
  'horizontal-push': 'push',
  'vertical-push': 'push',
  'horizontal-pull': 'pull',
  'vertical-pull': 'pull',
  carry: 'static',
  'elbow-flexion': 'pull',
  'elbow-extension': 'push',
  'shoulder-raise': 'push',
  'chest-fly': 'push',
  'knee-flexion': 'pull',
  'knee-extension': 'push',
  'hip-abduction': 'push',
  'hip-adduction': 'pull',
  'calf-raise': 'push',
  shrug: 'pull',
  'core-flexion': 'pull',
  'core-stability': 'static',
  rotation: 'pull',
  wrist: 'pull',
  neck: null,
  conditioning: null,
  stretch: 'static',
  other: null,
};

/** Default mechanic of a pattern: the big multi-joint patterns are compound, the rest isolation. */
export function defaultMechanic(pattern: MovementPatternId): Mechanic {
  return COMPOUND_PATTERNS.has(pattern) ? 'compound' : 'isolation';
}

/** Default force direction of a pattern, as free-exercise-db would label it. */
export function defaultForce(pattern: MovementPatternId): Force | null {
  return DEFAULT_FORCE[pattern];
}

function toTargets(shares: ShareMap, role: MuscleTarget['role']): MuscleTarget[] {
  return Object.entries(shares).map(([muscle, share]) => ({ muscle: muscle as MuscleGroupId, role, share: share ?? 0 }));
}

/** Expand authoring specs into full `Exercise` records of the Liftgraph catalog. */
export function defineExercises(specs: readonly ExerciseSpec[]): Exercise[] {
  return specs.map((s) => {
    const bodyweight = s.bodyweight ?? s.equipment === 'body only';
    return {
      id: s.id,
      name: s.name,
      pattern: s.pattern,
      mechanic: s.mechanic ?? defaultMechanic(s.pattern),
      force: s.force === undefined ? defaultForce(s.pattern) : s.force,
      equipment: s.equipment,
      level: s.level ?? 'beginner',
      category: s.category ?? 'strength',
      targets: [...toTargets(s.primary, 'primary'), ...toTargets(s.secondary ?? {}, 'secondary')],
      bodyweight,
      loading: s.loading ?? defaultLoading({ name: s.name, equipment: s.equipment, bodyweight }),
      source: 'liftgraph',
      aliases: s.aliases ?? [],
    };
  });
}
