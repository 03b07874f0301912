import type { Equipment, Exercise, MovementPatternId, MuscleGroupId } from '@liftgraph/domain';

/**
 * The six basic movement patterns a balanced week covers (docs/programming.md §Pattern coverage): a
 * knee-dominant lift (squat or lunge), a hip hinge, a horizontal and a vertical push, a horizontal and
 * a vertical pull. Each is a set of catalog patterns.
 */
export const COVERAGE_PATTERNS = {
  'knee-dominant': ['squat', 'lunge'],
  hinge: ['hinge'],
  'horizontal-push': ['horizontal-push'],
  'vertical-push': ['vertical-push'],
  'horizontal-pull': ['horizontal-pull'],
  'vertical-pull': ['vertical-pull'],
} as const satisfies Record<string, readonly MovementPatternId[]>;

export type CoveragePattern = keyof typeof COVERAGE_PATTERNS;
export const COVERAGE_PATTERN_IDS = Object.keys(COVERAGE_PATTERNS) as CoveragePattern[];

/** Plain words for a coverage pattern, for refusals and rationales. */
export const COVERAGE_PATTERN_NAMES: Readonly<Record<CoveragePattern, string>> = {
  'knee-dominant': 'squat or lunge',
  hinge: 'hip hinge',
  'horizontal-push': 'horizontal press',
  'vertical-push': 'overhead press',
  'horizontal-pull': 'row',
  'vertical-pull': 'vertical pull',
};

/** The coverage pattern an exercise counts for: multi-joint (compound) exercises of the pattern only. */
export function coveragePatternOf(e: Pick<Exercise, 'pattern' | 'mechanic'>): CoveragePattern | null {
  if (e.mechanic !== 'compound') return null;
  for (const id of COVERAGE_PATTERN_IDS) if ((COVERAGE_PATTERNS[id] as readonly string[]).includes(e.pattern)) return id;
  return null;
}

/** Push or pull side of an exercise for the weekly push:pull balance (upper-body patterns only; flies and face pulls count). */
export function upperBodySide(e: Pick<Exercise, 'pattern'>): 'push' | 'pull' | null {
  if (e.pattern === 'horizontal-push' || e.pattern === 'vertical-push' || e.pattern === 'chest-fly') return 'push';
  if (e.pattern === 'horizontal-pull' || e.pattern === 'vertical-pull') return 'pull';
  return null;
}

/** Weekly push:pull working-set ratio allowed (docs/programming.md §Push:pull balance): 2:3 to 3:2. */
export const PUSH_PULL_RATIO = { min: 2 / 3, max: 3 / 2 } as const;

/**
 * The standard main lifts per coverage pattern and equipment, in order of preference (data, editable;
 * docs/programming.md §Main lifts): the lifts strength standards, NSCA technique manuals and common
 * templates build sessions on. A day's main lift is one of these, or the athlete's own logged variant
 * of the pattern when it is not a niche variant. Equipment not listed has no standard main lift for
 * the pattern.
 */
export const STANDARD_MAIN_LIFTS: Readonly<Record<CoveragePattern, Readonly<Partial<Record<Equipment, readonly string[]>>>>> = {
  'knee-dominant': {
    barbell: ['barbell-back-squat', 'barbell-front-squat', 'low-bar-squat', 'safety-bar-squat', 'box-squat', 'pause-squat'],
    machine: ['machine-hack-squat', 'leg-press', 'belt-squat', 'pendulum-squat', 'smith-machine-squat'],
    dumbbell: ['goblet-squat', 'dumbbell-bulgarian-split-squat', 'dumbbell-squat', 'dumbbell-split-squat', 'dumbbell-reverse-lunge'],
    kettlebells: ['kettlebell-goblet-squat'],
    'body only': ['bodyweight-squat', 'bodyweight-lunge'],
  },
  hinge: {
    barbell: ['barbell-deadlift', 'sumo-deadlift', 'barbell-romanian-deadlift', 'stiff-leg-deadlift', 'barbell-hip-thrust'],
    other: ['trap-bar-deadlift'],
    machine: ['smith-machine-deadlift', 'machine-hip-thrust'],
    dumbbell: ['dumbbell-romanian-deadlift', 'dumbbell-deadlift', 'dumbbell-stiff-leg-deadlift', 'single-leg-romanian-deadlift'],
    kettlebells: ['kettlebell-deadlift', 'kettlebell-swing'],
    cable: ['cable-pull-through'],
    'body only': ['glute-bridge'],
  },
  'horizontal-push': {
    barbell: ['barbell-bench-press', 'paused-bench-press', 'close-grip-bench-press', 'incline-bench-press'],
    dumbbell: ['dumbbell-bench-press', 'incline-dumbbell-bench-press'],
    machine: ['machine-chest-press', 'smith-machine-bench-press', 'incline-machine-chest-press'],
    cable: ['cable-chest-press'],
    'body only': ['push-up', 'chest-dip'],
  },
  'vertical-push': {
    barbell: ['barbell-overhead-press', 'seated-barbell-overhead-press', 'push-press', 'landmine-press'],
    dumbbell: ['dumbbell-shoulder-press', 'seated-dumbbell-shoulder-press', 'arnold-press'],
    machine: ['machine-shoulder-press', 'smith-machine-overhead-press'],
    kettlebells: ['kettlebell-press'],
    'body only': ['pike-push-up'],
  },
  'horizontal-pull': {
    barbell: ['barbell-row', 'pendlay-row', 't-bar-row', 'seal-row', 'underhand-barbell-row'],
    dumbbell: ['one-arm-dumbbell-row', 'chest-supported-dumbbell-row', 'dumbbell-bent-over-row'],
    cable: ['seated-cable-row', 'single-arm-cable-row'],
    machine: ['machine-seated-row', 'iso-lateral-row', 'smith-machine-row'],
    kettlebells: ['kettlebell-row'],
    'body only': ['inverted-row'],
  },
  'vertical-pull': {
    cable: ['lat-pulldown', 'close-grip-lat-pulldown', 'reverse-grip-lat-pulldown'],
    'body only': ['pull-up', 'chin-up', 'neutral-grip-pull-up'],
    machine: ['machine-lat-pulldown', 'assisted-pull-up', 'assisted-chin-up'],
  },
};

const STANDARD_IDS: ReadonlySet<string> = new Set(
  Object.values(STANDARD_MAIN_LIFTS).flatMap((byEquipment) => Object.values(byEquipment).flatMap((ids) => [...(ids ?? [])])),
);

export function isStandardMainLift(exerciseId: string): boolean {
  return STANDARD_IDS.has(exerciseId);
}

/**
 * Words that mark a niche variant (docs/programming.md §Main lifts): fine as assistance for a reason,
 * never the lift a session is built on. Matched against the exercise id.
 */
export const NICHE_VARIANT_MARKERS = [
  'decline',
  'deficit',
  'nordic',
  'zercher',
  'jefferson',
  'sissy',
  'pin-',
  'board',
  'behind-the-neck',
  'overhead-squat',
  'thruster',
  'renegade',
  'pistol',
  'handstand',
  'muscle-up',
  'rope-climb',
  'snatch',
  'clean',
  'jerk',
  'rack-pull',
  'good-morning',
  'jump',
  'upright-row',
] as const;

export function isNicheVariant(e: Pick<Exercise, 'id'>): boolean {
  return NICHE_VARIANT_MARKERS.some((m) => e.id.includes(m));
}

/**
 * May this exercise be a day's main lift? A standard main lift, or the athlete's own logged
 * multi-joint variant of a coverage pattern that is not a niche variant.
 */
export function isAcceptableMainLift(e: Exercise, known: ReadonlySet<string>): boolean {
  if (isStandardMainLift(e.id)) return true;
  return known.has(e.id) && coveragePatternOf(e) !== null && !isNicheVariant(e);
}

/** Standard main lifts of a coverage pattern the allowed equipment offers, in preference order (equipment order of the table). */
export function standardLiftsFor(pattern: CoveragePattern, allowedIds: ReadonlySet<string>): string[] {
  return Object.values(STANDARD_MAIN_LIFTS[pattern])
    .flatMap((ids) => [...(ids ?? [])])
    .filter((id) => allowedIds.has(id));
}

/**
 * Muscles the main lifts already train enough (RP: MEV ≈ 0 for traps, forearms, lower back, adductors,
 * abductors; docs/science.md §Volume landmarks): isolation work for them alone — shrugs, wrist curls,
 * adductor machines — is filler unless the request names the muscle as a priority
 * (docs/programming.md §No filler).
 */
export const COMPOUND_COVERED_MUSCLES: ReadonlySet<MuscleGroupId> = new Set([
  'traps',
  'forearms',
  'lower back',
  'adductors',
  'abductors',
  'neck',
]);

/** An isolation exercise that trains only compound-covered muscles, none of them a priority. */
export function isFiller(e: Pick<Exercise, 'mechanic' | 'targets'>, priorityMuscles: ReadonlySet<string>): boolean {
  if (e.mechanic === 'compound') return false;
  const primary = e.targets.filter((t) => t.role === 'primary').map((t) => t.muscle);
  return primary.length > 0 && primary.every((m) => COMPOUND_COVERED_MUSCLES.has(m) && !priorityMuscles.has(m));
}
