import type { Exercise } from '@liftgraph/domain';
import type { PlanRequest } from '@liftgraph/domain/program';
import { GOAL_SCHEMES } from '../prescriptions/goal-scheme.js';
import { COVERAGE_PATTERN_NAMES, type CoveragePattern, coveragePatternOf } from '../problem/movement-patterns.js';
import type { SplitTemplate } from '../problem/split-templates.js';
import { exerciseSeconds, SESSION_TIMING } from '../rules/plan-metrics.js';
import { PlanRefusal } from './plan-refusal.js';

/** Fewest exercises a session may have (docs/programming.md §Session size). */
export const MIN_EXERCISES_PER_SESSION = 3;
/** Most exercises a session may have (docs/programming.md §Session size). */
export const MAX_EXERCISES_PER_SESSION = 8;

/** A week needs a lower-body lift, a push and a pull; each group is met by any of its coverage patterns. */
const BASIC_GROUPS: ReadonlyArray<{ name: string; patterns: readonly CoveragePattern[] }> = [
  { name: 'lower body', patterns: ['knee-dominant', 'hinge'] },
  { name: 'push', patterns: ['horizontal-push', 'vertical-push'] },
  { name: 'pull', patterns: ['horizontal-pull', 'vertical-pull'] },
];

function missingGroups(exercises: readonly Exercise[]): string[] {
  const covered = new Set(exercises.map((e) => coveragePatternOf(e)).filter((p) => p !== null));
  return BASIC_GROUPS.filter((g) => !g.patterns.some((p) => covered.has(p))).map(
    (g) => `${g.name} (${g.patterns.map((p) => COVERAGE_PATTERN_NAMES[p]).join(' or ')})`,
  );
}

/**
 * Minutes the smallest sensible session takes: the goal's main lift for 3 working sets plus two other
 * compounds for 2 sets each, with their warm-up ramps, setup and the general warm-up.
 */
export function minimumSessionMinutes(goal: PlanRequest['goal']): number {
  const scheme = GOAL_SCHEMES[goal];
  const mid = (r: readonly [number, number]): number => (r[0] + r[1]) / 2;
  const sec =
    SESSION_TIMING.generalWarmupMin * 60 +
    exerciseSeconds(3, mid(scheme.main.reps), scheme.main.restSec, true) +
    2 * exerciseSeconds(2, mid(scheme.assistance.reps), scheme.assistance.restSec, true);
  return sec / 60;
}

/**
 * Refuses, before anything is solved, a request that cannot give a program a coach would sign: the
 * equipment (or the exclusions) leave no lower-body lift, no push or no pull; a template day has fewer
 * than 3 exercises left to choose from; the time cap is shorter than the smallest sensible session.
 * Never a silent substitute. Throws PlanRefusal naming the cause and a fix.
 */
export function refuseUnplannable(
  request: PlanRequest,
  catalog: readonly Exercise[],
  allowed: readonly Exercise[],
  template: SplitTemplate,
): void {
  const equipment = new Set<string>(request.equipment);
  const byEquipment = catalog.filter((e) => equipment.has(e.equipment));
  const noEquipment = missingGroups(byEquipment);
  if (noEquipment.length > 0)
    throw new PlanRefusal(
      'equipment',
      `the equipment ${request.equipment.join(', ')} offers no ${noEquipment.join(', no ')} exercise`,
      'add equipment: "body only" alone covers every basic pattern at home, "dumbbell,body only" or a barbell gym more',
    );
  const afterExclusions = missingGroups(allowed);
  if (afterExclusions.length > 0)
    throw new PlanRefusal(
      'exclusions',
      `the excluded muscles (${request.excludedMuscles.join(', ') || 'none'}) and exercises leave no ${afterExclusions.join(', no ')} exercise`,
      'exclude fewer muscles (an injured muscle can often still be trained as a secondary mover: ask the coach) or exclude specific exercises instead',
    );
  for (const day of template.days) {
    const focus = new Set<string>(day.focus);
    const options = allowed.filter((e) => e.targets.some((t) => t.role === 'primary' && focus.has(t.muscle)));
    if (options.length < MIN_EXERCISES_PER_SESSION)
      throw new PlanRefusal(
        'exclusions',
        `the exclusions leave the ${day.label} day ${options.length} exercise${options.length === 1 ? '' : 's'} (a session needs at least ${MIN_EXERCISES_PER_SESSION})`,
        'exclude fewer muscles or exercises, or choose another split',
      );
  }
  const minimum = minimumSessionMinutes(request.goal);
  if (request.sessionTimeCapMin < minimum)
    throw new PlanRefusal(
      'time-cap',
      `a ${request.sessionTimeCapMin}-minute session cannot hold a ${request.goal} session (the main lift for 3 sets and two more exercises take about ${Math.ceil(minimum)} minutes with warm-up and rests)`,
      `raise the time cap to at least ${Math.ceil(minimum / 5) * 5} minutes, or train fewer days for longer`,
    );
}

/** After selection: a day with fewer than 3 exercises is refused rather than handed out (the cap is the usual culprit). */
export function refuseThinDays(request: PlanRequest, days: ReadonlyArray<{ label: string; exercises: number }>): void {
  const thin = days.find((d) => d.exercises < MIN_EXERCISES_PER_SESSION);
  if (!thin) return;
  throw new PlanRefusal(
    'time-cap',
    `the ${thin.label} day fits only ${thin.exercises} exercise${thin.exercises === 1 ? '' : 's'} in ${request.sessionTimeCapMin} minutes with the equipment and exclusions given`,
    `raise the time cap (try ${request.sessionTimeCapMin + 15} minutes) or allow more equipment`,
  );
}
