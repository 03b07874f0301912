/** The 17 muscle groups of free-exercise-db; finer regions live in `MuscleGroup.region`. */
export const MUSCLE_GROUP_IDS = [
  'abdominals',
  'abductors',
  'adductors',
  'biceps',
  'calves',
  'chest',
  'forearms',
  'glutes',
  'hamstrings',
  'lats',
  'lower back',
  'middle back',
  'neck',
  'quadriceps',
  'shoulders',
  'traps',
  'triceps',
] as const;
export type MuscleGroupId = (typeof MUSCLE_GROUP_IDS)[number];

export type BodyRegion = 'upper-push' | 'upper-pull' | 'arms' | 'core' | 'lower';

export interface MuscleGroup {
  id: MuscleGroupId;
  name: string;
  region: BodyRegion;
}

export const MOVEMENT_PATTERN_IDS = [
  'squat',
  'hinge',
  'lunge',
  'horizontal-push',
  'vertical-push',
  'horizontal-pull',
  'vertical-pull',
  'carry',
  'elbow-flexion',
  'elbow-extension',
  'shoulder-raise',
  'chest-fly',
  'knee-flexion',
  'knee-extension',
  'hip-abduction',
  'hip-adduction',
  'calf-raise',
  'shrug',
  'core-flexion',
  'core-stability',
  'rotation',
  'wrist',
  'neck',
  'conditioning',
  'stretch',
  'other',
] as const;
export type MovementPatternId = (typeof MOVEMENT_PATTERN_IDS)[number];

export type Mechanic = 'compound' | 'isolation';
export type Force = 'push' | 'pull' | 'static';
export type Level = 'beginner' | 'intermediate' | 'expert';
/** The equipment an exercise needs (free-exercise-db's list): one list, the type derived from it. */
export const EQUIPMENT_IDS = [
  'barbell',
  'dumbbell',
  'cable',
  'machine',
  'body only',
  'kettlebells',
  'bands',
  'e-z curl bar',
  'medicine ball',
  'exercise ball',
  'foam roll',
  'other',
] as const;
export type Equipment = (typeof EQUIPMENT_IDS)[number];
export type ExerciseCategory =
  'strength' | 'powerlifting' | 'olympic weightlifting' | 'strongman' | 'plyometrics' | 'cardio' | 'stretching';

/** How the number logged or prescribed for an exercise is counted: `total` (bar, machine, cable stack, band: one number for the whole load), `per-hand` (a dumbbell or kettlebell in each hand: the number is one implement), `single` (one dumbbell, kettlebell or plate held in one or both hands: goblet squat, one-arm row, Turkish get-up, side bend), `bodyweight-plus` (the body moves: the number is added load, none = body weight alone). */
export type LoadingKind = 'total' | 'per-hand' | 'single' | 'bodyweight-plus';

/** A muscle an exercise trains, with its share of the work (shares of one exercise sum to 1). */
export interface MuscleTarget {
  muscle: MuscleGroupId;
  role: 'primary' | 'secondary';
  share: number;
}

export interface Exercise {
  /** kebab-case, stable: `barbell-back-squat`. */
  id: string;
  name: string;
  pattern: MovementPatternId;
  mechanic: Mechanic;
  force: Force | null;
  equipment: Equipment;
  level: Level;
  category: ExerciseCategory;
  targets: MuscleTarget[];
  /** True when the exercise moves the body (pull-up, dip): load is bodyweight plus what is logged. */
  bodyweight: boolean;
  /** How the logged or prescribed number counts the load (see `LoadingKind`). */
  loading: LoadingKind;
  /** Where the entry came from: the product's own catalog, a free-exercise-db import, or an athlete's custom name. */
  source: 'liftgraph' | 'free-exercise-db' | 'custom';
  aliases?: string[];
}
