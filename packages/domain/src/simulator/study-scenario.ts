import { STUDY_EXERCISE_IDS } from '../catalog/liftgraph-catalog.js';
import { DomainError } from '../errors.js';
import { createProgressionPrescriber } from './progression-prescriber.js';
import type { ExercisePlan, WeeklySchedule } from './prescription-types.js';
import { runSimulation, type SimulationResult } from './run-simulation.js';
import { type AthleteParams, createAthlete } from './sim-athlete.js';

/** Length of the study, in weeks. */
export const STUDY_WEEKS = 6;

function studyPlan(studyName: string): ExercisePlan {
  const exerciseId = STUDY_EXERCISE_IDS[studyName];
  if (exerciseId === undefined) throw new DomainError('UNKNOWN_EXERCISE', `"${studyName}" is not one of the study's twelve exercises`);
  return { exerciseId, sets: 3, repRange: { min: 10, max: 10 }, restSec: 90 };
}

const PULL = ['Pull-ups', 'Lat Pulldowns', 'Seated Rows', 'Barbell Curls', 'Hammer Curls', 'Seated Curls'].map(studyPlan);
const PUSH = ['Incline Bench Press', 'Shoulder Press', 'Machine Flies', 'Lateral Raises', 'Tricep Extensions', 'Tricep Pushdowns'].map(
  studyPlan,
);

/**
 * The study's push/pull split with its twelve exercises (catalog ids via STUDY_EXERCISE_IDS), four
 * days a week (Pull Mon/Thu, Push Tue/Fri, 2× per muscle as docs/science.md §Dose-response recommends), 3 × 10 at
 * 90 s rest to start. Compounds first within each day (docs/science.md §Exercise order). ASSUMPTION: the study names
 * the exercises and the split, not the weekdays, set counts or rest, which are chosen here.
 */
export const STUDY_SCHEDULE: WeeklySchedule = {
  name: 'Study push/pull',
  days: [
    { dayOfWeek: 0, template: { title: 'Pull', exercises: PULL } },
    { dayOfWeek: 1, template: { title: 'Push', exercises: PUSH } },
    { dayOfWeek: 3, template: { title: 'Pull', exercises: PULL } },
    { dayOfWeek: 4, template: { title: 'Push', exercises: PUSH } },
  ],
};

/** Default study participant: a recreationally trained man (ASSUMPTION; the study gives no profile). */
export const STUDY_ATHLETE: AthleteParams = { sex: 'male', trainingAgeYears: 2, bodyMassKg: 80, adherence: 0.95 };

export interface StudyScenarioOptions {
  seed: number;
  athlete?: AthleteParams;
  startDate?: string;
}

/**
 * The study's scenario: 6 weeks of STUDY_SCHEDULE with loads driven by the study's rule
 * (`fatigueStudyRule` on the last session's mean reported RPE, via `createProgressionPrescriber('study-rule')`).
 */
export function simulateStudyScenario(options: StudyScenarioOptions): SimulationResult {
  return runSimulation({
    athlete: createAthlete(options.athlete ?? STUDY_ATHLETE, options.seed),
    weeks: STUDY_WEEKS,
    schedule: STUDY_SCHEDULE,
    prescriber: createProgressionPrescriber('study-rule'),
    ...(options.startDate === undefined ? {} : { startDate: options.startDate }),
  });
}
