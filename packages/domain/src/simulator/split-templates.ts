import type { ExercisePlan, SessionTemplate, WeeklySchedule } from './prescription-types.js';

export type SplitId = 'full-body-3' | 'upper-lower-4' | 'upper-lower-ppl-5' | 'ppl-6';

const plan = (exerciseId: string, sets: number, min: number, max: number, restSec: number): ExercisePlan => ({
  exerciseId,
  sets,
  repRange: { min, max },
  restSec,
});

// Compound lifts first, isolation after (ACSM 2009 ordering, docs/science.md §Exercise order); 2–3 min rest for
// compounds (Schoenfeld et al. 2016, docs/science.md §Rest intervals), 90 s for isolation.
const FULL_BODY_A: SessionTemplate = {
  title: 'Full Body A',
  exercises: [
    plan('barbell-back-squat', 3, 5, 8, 180),
    plan('barbell-bench-press', 3, 5, 8, 180),
    plan('barbell-row', 3, 6, 10, 150),
    plan('dumbbell-lateral-raise', 2, 10, 15, 90),
    plan('barbell-curl', 2, 8, 12, 90),
  ],
};
const FULL_BODY_B: SessionTemplate = {
  title: 'Full Body B',
  exercises: [
    plan('barbell-deadlift', 2, 4, 6, 180),
    plan('barbell-overhead-press', 3, 5, 8, 150),
    plan('lat-pulldown', 3, 8, 12, 120),
    plan('lying-leg-curl', 2, 8, 12, 90),
    plan('triceps-pushdown', 2, 10, 15, 90),
  ],
};
const UPPER: SessionTemplate = {
  title: 'Upper',
  exercises: [
    plan('barbell-bench-press', 3, 5, 8, 180),
    plan('barbell-row', 3, 6, 10, 150),
    plan('barbell-overhead-press', 2, 6, 10, 150),
    plan('lat-pulldown', 3, 8, 12, 120),
    plan('barbell-curl', 2, 8, 12, 90),
    plan('triceps-pushdown', 2, 10, 15, 90),
  ],
};
const LOWER: SessionTemplate = {
  title: 'Lower',
  exercises: [
    plan('barbell-back-squat', 3, 5, 8, 180),
    plan('barbell-romanian-deadlift', 3, 6, 10, 150),
    plan('leg-press', 2, 8, 12, 120),
    plan('lying-leg-curl', 3, 8, 12, 90),
    plan('standing-calf-raise', 3, 10, 15, 60),
  ],
};
const PUSH: SessionTemplate = {
  title: 'Push',
  exercises: [
    plan('barbell-bench-press', 3, 5, 8, 180),
    plan('barbell-overhead-press', 3, 6, 10, 150),
    plan('incline-dumbbell-bench-press', 2, 8, 12, 120),
    plan('dumbbell-lateral-raise', 3, 10, 15, 90),
    plan('triceps-pushdown', 3, 10, 15, 90),
  ],
};
const PULL: SessionTemplate = {
  title: 'Pull',
  exercises: [
    plan('barbell-deadlift', 2, 4, 6, 180),
    plan('lat-pulldown', 3, 8, 12, 120),
    plan('seated-cable-row', 3, 8, 12, 120),
    plan('barbell-curl', 2, 8, 12, 90),
    plan('hammer-curl', 2, 10, 15, 90),
  ],
};
const LEGS: SessionTemplate = {
  title: 'Legs',
  exercises: [
    plan('barbell-back-squat', 3, 5, 8, 180),
    plan('barbell-romanian-deadlift', 3, 6, 10, 150),
    plan('leg-extension', 3, 10, 15, 90),
    plan('lying-leg-curl', 3, 8, 12, 90),
    plan('standing-calf-raise', 3, 10, 15, 60),
  ],
};

/**
 * The standard split templates of docs/science.md §Split templates (coaching conventions, frequency per muscle derived):
 * full body 3× (FB-A/FB-B/FB-A, 3×/week per muscle), upper/lower 4-day (U/L/–/U/L, 2×),
 * upper/lower + PPL 5-day (U/L/–/P/P/L, 2×), PPL × 2 6-day (P/P/L/P/P/L, 2×). Day 0 = Monday.
 * Every exercise id is a LIFTGRAPH catalog id, so logged names are catalog names.
 */
export const SPLIT_TEMPLATES: Readonly<Record<SplitId, WeeklySchedule>> = {
  'full-body-3': {
    name: 'Full body 3×',
    days: [
      { dayOfWeek: 0, template: FULL_BODY_A },
      { dayOfWeek: 2, template: FULL_BODY_B },
      { dayOfWeek: 4, template: FULL_BODY_A },
    ],
  },
  'upper-lower-4': {
    name: 'Upper/Lower 4-day',
    days: [
      { dayOfWeek: 0, template: UPPER },
      { dayOfWeek: 1, template: LOWER },
      { dayOfWeek: 3, template: UPPER },
      { dayOfWeek: 4, template: LOWER },
    ],
  },
  'upper-lower-ppl-5': {
    name: 'Upper/Lower + PPL 5-day',
    days: [
      { dayOfWeek: 0, template: UPPER },
      { dayOfWeek: 1, template: LOWER },
      { dayOfWeek: 3, template: PUSH },
      { dayOfWeek: 4, template: PULL },
      { dayOfWeek: 5, template: LEGS },
    ],
  },
  'ppl-6': {
    name: 'PPL × 2',
    days: [
      { dayOfWeek: 0, template: PUSH },
      { dayOfWeek: 1, template: PULL },
      { dayOfWeek: 2, template: LEGS },
      { dayOfWeek: 3, template: PUSH },
      { dayOfWeek: 4, template: PULL },
      { dayOfWeek: 5, template: LEGS },
    ],
  },
};

/** The split used for a number of training days per week (3 → full body, 4 → U/L, 5 → U/L+PPL, 6 → PPL×2). */
export const SPLIT_FOR_DAYS: Readonly<Record<3 | 4 | 5 | 6, SplitId>> = {
  3: 'full-body-3',
  4: 'upper-lower-4',
  5: 'upper-lower-ppl-5',
  6: 'ppl-6',
};
