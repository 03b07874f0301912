import { LIFTGRAPH_CATALOG, todayFor } from '@liftgraph/domain';
import { ModelVersionRepository } from '@liftgraph/neo4j';
import { loadModel } from '@liftgraph/learning';
import { EQUIPMENT_LIMIT_MAX, GOALS, type PlanRequest, parsePlanRequest } from '@liftgraph/domain/program';
import { AthleteNotFoundError, createPlanService, fixedModel, loadSolver, PlanRefusal } from '@liftgraph/planner';
import { choiceFlag, type ParsedArgs, parseArgs, stringFlag } from '../args.js';
import { type Command, UsageError } from '../command.js';
import { gnnEnv } from '../env.js';
import { formatProgramTable } from './plan-table.js';
import { withGraphDb } from './with-graph-db.js';

function intFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} must be an integer; got "${value}"`);
  return n;
}

/** A weight in kg: a plain positive decimal number (`24`, `1.25`), at most `max`. */
function kgFlag(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(n > 0) || n > max) throw new UsageError(`--${name} must be a number of kg above 0 and at most ${max}; got "${value}"`);
  return n;
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The flag a request field comes from, for error messages (`equipmentLimits.smallestPlateKg` → `--smallest-plate`). */
const FLAG_OF: Readonly<Record<string, string>> = {
  athleteId: '--athlete',
  daysPerWeek: '--days',
  weeks: '--weeks',
  goal: '--goal',
  sessionTimeCapMin: '--time-cap',
  equipment: '--equipment',
  excludedMuscles: '--exclude-muscles',
  excludedExerciseIds: '--exclude-exercises',
  startDate: '--start',
  'equipmentLimits.heaviestDumbbellKg': '--heaviest-dumbbell',
  'equipmentLimits.smallestPlateKg': '--smallest-plate',
};

function flagOf(field: string): string {
  const exact = FLAG_OF[field];
  if (exact !== undefined) return exact;
  const head = field.split('.')[0] ?? field;
  return FLAG_OF[head] === undefined ? field : `${FLAG_OF[head]} (${field})`;
}

/** The plan request `liftgraph plan` sends, from its flags (without --json); UsageError names the flag at fault. */
export function planRequestFromArgs(args: ParsedArgs): PlanRequest {
  const athleteId = stringFlag(args, 'athlete');
  if (athleteId === undefined) throw new UsageError('--athlete <id> is required');
  const heaviestDumbbellKg = kgFlag(stringFlag(args, 'heaviest-dumbbell'), 'heaviest-dumbbell', EQUIPMENT_LIMIT_MAX.heaviestDumbbellKg);
  const smallestPlateKg = kgFlag(stringFlag(args, 'smallest-plate'), 'smallest-plate', EQUIPMENT_LIMIT_MAX.smallestPlateKg);
  const request = parsePlanRequest({
    athleteId,
    daysPerWeek: intFlag(stringFlag(args, 'days'), 'days'),
    weeks: intFlag(stringFlag(args, 'weeks'), 'weeks'),
    goal: choiceFlag(args, 'goal', GOALS, 'general'),
    sessionTimeCapMin: intFlag(stringFlag(args, 'time-cap'), 'time-cap'),
    equipment: list(stringFlag(args, 'equipment')),
    excludedMuscles: list(stringFlag(args, 'exclude-muscles')),
    excludedExerciseIds: list(stringFlag(args, 'exclude-exercises')),
    startDate: stringFlag(args, 'start'),
    equipmentLimits: {
      ...(heaviestDumbbellKg !== undefined && { heaviestDumbbellKg }),
      ...(smallestPlateKg !== undefined && { smallestPlateKg }),
    },
  });
  if (!request.ok) throw new UsageError(request.errors.map((e) => `${flagOf(e.field)}: ${e.message}`).join('; '));
  return request.request;
}

/** `liftgraph plan`: the same path as the planner's POST /programs, run in-process against Neo4j. */
export const planCommand: Command = {
  path: ['plan'],
  summary: 'Generate a 3/5/6-day program for an athlete from their logged history, store it in Neo4j and print it.',
  usage:
    'plan --athlete <id> --days 3|5|6 [--weeks 6] [--goal strength|hypertrophy|general] [--time-cap <min>] [--equipment a,b] [--exclude-muscles a,b] [--exclude-exercises a,b] [--heaviest-dumbbell <kg>] [--smallest-plate <kg>] [--start YYYY-MM-DD] [--json]',
  async run(argv, io) {
    const args = parseArgs(argv, ['json']);
    const request = planRequestFromArgs(args);
    const athleteId = request.athleteId;
    const { modelsDir } = gnnEnv(io.env);
    return withGraphDb(io, async (db) => {
      const model = await loadModel({ registry: () => new ModelVersionRepository(db).list({ limit: 50 }), modelsDir });
      io.stderr(`predictions: ${model.detail}`);
      const service = createPlanService({
        db,
        solver: await loadSolver(),
        catalog: LIFTGRAPH_CATALOG,
        model: fixedModel({ predictor: model.predictor, explainer: null }),
        onWarning: io.stderr,
        today: (timeZone) => todayFor(timeZone, { override: io.env.LIFTGRAPH_TODAY }),
      });
      try {
        const outcome = await service.plan(request);
        if (args.flags.has('json')) io.stdout(JSON.stringify(outcome.program));
        else
          for (const line of formatProgramTable(
            outcome.program,
            `stored; ${outcome.predictions === 'rules' ? 'rules only' : outcome.predictions}`,
            outcome.plates,
          ))
            io.stdout(line);
        return 0;
      } catch (error) {
        if (error instanceof AthleteNotFoundError)
          throw new UsageError(`${error.message}; import a log first: liftgraph import --athlete ${athleteId} <file>`);
        // The planner's refusal (no basic patterns with this equipment, everything excluded, a cap too short): exit 2, the flag named.
        if (error instanceof PlanRefusal) throw new UsageError(`${flagOf(error.field)}: ${error.message}`);
        throw error;
      }
    });
  },
};
