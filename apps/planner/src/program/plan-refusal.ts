/** Why a request cannot produce a program a coach would sign (docs/programming.md §Refusals). */
export type RefusalCause = 'equipment' | 'exclusions' | 'time-cap';

/** The request field a refusal is about, for HTTP `fields`, GraphQL and CLI flag messages. */
const FIELD_OF: Readonly<Record<RefusalCause, string>> = {
  equipment: 'equipment',
  exclusions: 'excludedMuscles',
  'time-cap': 'sessionTimeCapMin',
};

/**
 * A refused plan request: thrown by the generator instead of a silent substitute (a barbell program
 * for no equipment, rest days for everything excluded, one exercise a day for a short cap). The
 * message names the cause and a fix; the planner answers it with HTTP 422, GraphQL with
 * BAD_USER_INPUT, the CLI with exit code 2.
 */
export class PlanRefusal extends Error {
  override readonly name = 'PlanRefusal';
  readonly field: string;
  constructor(
    readonly kind: RefusalCause,
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`cannot plan a sensible program: ${reason}; ${fix}`);
    this.field = FIELD_OF[kind];
  }
}
