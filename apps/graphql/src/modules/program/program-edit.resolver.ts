import { KG_PLATES, LIFTGRAPH_CATALOG, OVERLOAD_DEFAULTS, plateIncrementKg, type Exercise, type PlateSet } from '@liftgraph/domain';
import {
  applyProgramEdit,
  buildPrescription,
  EDIT_KINDS,
  EDIT_SCOPES,
  ProgramEditError,
  type ProgramEdit,
  type ProgramPrescription,
} from '@liftgraph/domain/program';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange, nonEmpty, numberInRange, oneOf } from '../../errors/validate.js';
import { ExerciseType } from '../exercise/exercise.type.js';
import { athleteToday, loadStoredProgram, saveProgram } from './program-access.js';
import { ProgramEditInput } from './program.input.js';
import { ProgramType, SwapOptionType } from './program.type.js';
import { carriedLoadFor, swapOptionsFor } from './swap-options.js';

const catalogById = new Map(LIFTGRAPH_CATALOG.map((e) => [e.id, e]));
const exerciseOf = (id: string): Exercise | undefined => catalogById.get(id);

/** The plate step of a prescription's exercise (its equipment) on the athlete's plates (kg, or lb steps as kg). */
export const stepKgOf =
  (plates: PlateSet = KG_PLATES) =>
  (rx: ProgramPrescription): number =>
    plateIncrementKg(exerciseOf(rx.exerciseId)?.equipment, OVERLOAD_DEFAULTS, plates);

/** A prescription of `exerciseId` shaped like `like` (sets, reps, RPE, rest), its load `loadKg`. */
function prescriptionOf(
  exerciseId: string,
  like: ProgramPrescription | null,
  loadKg: number | null,
  rationale: string,
): ProgramPrescription {
  const e = exerciseOf(exerciseId);
  if (e === undefined)
    throw new ApiError('BAD_USER_INPUT', `exerciseId "${exerciseId}" is not in the catalog; pick one from the exercise list`);
  return buildPrescription({
    exerciseId,
    exerciseName: e.name,
    primaryMuscles: e.targets.filter((t) => t.role === 'primary').map((t) => t.muscle),
    secondaryMuscles: e.targets.filter((t) => t.role === 'secondary').map((t) => t.muscle),
    sets: like?.sets ?? 3,
    reps: like?.reps ?? 8,
    loadKg: e.bodyweight && loadKg === 0 ? null : loadKg,
    loadPerHand: e.loading === 'per-hand',
    bodyweight: e.bodyweight,
    restSec: like?.restSec ?? 120,
    targetRpe: like?.targetRpe ?? 8,
    rationale,
    source: 'coach',
  });
}

@Resolver(() => SwapOptionType)
export class ProgramEditResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => [SwapOptionType], {
    description:
      "Graph-ranked substitutes for one prescription (shared muscles, pattern, equipment the athlete's program uses), each with a plain reason and the load carried over.",
  })
  async swapOptions(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('week', () => Int) week: number,
    @Arg('day', () => Int) day: number,
    @Arg('order', () => Int) order: number,
    @Arg('limit', () => Int, { defaultValue: 8 }) limit: number,
  ): Promise<SwapOptionType[]> {
    const program = await loadStoredProgram(ctx, programId);
    const rx = program.weeks[week]?.days[day]?.prescriptions[order];
    if (rx === undefined)
      throw new ApiError('NOT_FOUND', `program "${programId}" has no prescription ${order} on day ${day} of week ${week}`);
    return swapOptionsFor(ctx, program, rx, intInRange('limit', limit, 1, 30));
  }

  @FieldResolver(() => ExerciseType, { nullable: true })
  exercise(@Root() o: SwapOptionType, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    return ctx.loaders.exerciseById.load(o.exerciseId);
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType, {
    description:
      'Edits a program day (update | swap | add | remove | reorder | lock) on this week or this and the following weeks; the same slot of later weeks follows (progression recomputed, locked prescriptions untouched). One transaction.',
  })
  async editProgram(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('edit', () => ProgramEditInput) input: ProgramEditInput,
  ): Promise<ProgramType> {
    const program = await loadStoredProgram(ctx, programId);
    const kind = oneOf('edit.kind', input.kind, EDIT_KINDS);
    const scope = oneOf('edit.scope', input.scope, EDIT_SCOPES);
    const at = { week: intInRange('edit.week', input.week, 0, 100), day: intInRange('edit.day', input.day, 0, 6), scope };
    const order = (): number => {
      if (input.order == null)
        throw new ApiError('BAD_USER_INPUT', `edit.order is required for ${kind}: the prescription's place in the day`);
      return intInRange('edit.order', input.order, 0, 100);
    };
    const current = (): ProgramPrescription | null => program.weeks[at.week]?.days[at.day]?.prescriptions[input.order ?? -1] ?? null;
    const exerciseId = (): string => {
      if (input.exerciseId == null)
        throw new ApiError('BAD_USER_INPUT', `edit.exerciseId is required for ${kind}: the exercise to ${kind}`);
      return input.exerciseId;
    };
    const load = input.loadKg == null ? undefined : numberInRange('edit.loadKg', input.loadKg, 0, 500);
    let edit: ProgramEdit;
    switch (kind) {
      case 'update': {
        const p = input.patch;
        if (p == null) throw new ApiError('BAD_USER_INPUT', 'edit.patch is required for update: the fields that change');
        edit = {
          ...at,
          kind,
          order: order(),
          changes: {
            ...(p.sets != null && { sets: intInRange('patch.sets', p.sets, 1, 20) }),
            ...(p.reps != null && { reps: intInRange('patch.reps', p.reps, 1, 50) }),
            ...(p.loadKg != null && { loadKg: numberInRange('patch.loadKg', p.loadKg, 0, 500) }),
            ...(p.restSec != null && { restSec: numberInRange('patch.restSec', p.restSec, 0, 900) }),
            ...(p.targetRpe != null && { targetRpe: numberInRange('patch.targetRpe', p.targetRpe, 1, 10) }),
            ...(p.rationale != null && { rationale: nonEmpty('patch.rationale', p.rationale, 300) }),
          },
        };
        break;
      }
      case 'swap': {
        const o = order();
        const before = current();
        if (before === null)
          throw new ApiError('NOT_FOUND', `program "${programId}" has no prescription ${o} on day ${at.day} of week ${at.week}`);
        const id = exerciseId();
        const carried = load === undefined ? await carriedLoadFor(ctx, program.athleteId, before, id) : null;
        const loadKg = load ?? carried?.loadKg ?? null;
        const rationale = carried === null ? `swapped for ${before.exerciseName}` : `swapped for ${before.exerciseName}: ${carried.reason}`;
        const replacement = prescriptionOf(id, before, loadKg, rationale);
        if (input.sets != null) replacement.sets = intInRange('edit.sets', input.sets, 1, 20);
        if (input.reps != null) replacement.reps = intInRange('edit.reps', input.reps, 1, 50);
        edit = { ...at, kind, order: o, replacement };
        break;
      }
      case 'add': {
        const added = prescriptionOf(exerciseId(), null, load ?? null, 'added by the coach');
        if (input.sets != null) added.sets = intInRange('edit.sets', input.sets, 1, 20);
        if (input.reps != null) added.reps = intInRange('edit.reps', input.reps, 1, 50);
        edit = { ...at, kind, prescription: added };
        break;
      }
      case 'remove':
        edit = { ...at, kind, order: order() };
        break;
      case 'reorder':
        if (input.toOrder == null) throw new ApiError('BAD_USER_INPUT', 'edit.toOrder is required for reorder: the new place in the day');
        edit = { ...at, kind, order: order(), toOrder: intInRange('edit.toOrder', input.toOrder, 0, 100) };
        break;
      case 'lock':
        if (input.locked == null) throw new ApiError('BAD_USER_INPUT', 'edit.locked is required for lock: true locks, false unlocks');
        edit = { ...at, kind, order: order(), locked: input.locked };
        break;
    }
    const { today } = await athleteToday(ctx, program.athleteId);
    try {
      const { sessionIds: _done, ...rest } = program;
      // Carried loads land on the athlete's plate step (lb steps for an lbs athlete).
      const unit = (await ctx.loaders.athleteById.load(program.athleteId))?.unit ?? 'kg';
      const edited = applyProgramEdit(rest, edit, {
        date: today,
        stepKg: stepKgOf({ unit, microplates: false }),
        plates: { unit, microplates: false },
      });
      return await saveProgram(ctx, program, { ...rest, ...edited });
    } catch (e) {
      if (e instanceof ProgramEditError) throw new ApiError('BAD_USER_INPUT', `edit.${e.field}: ${e.message}`);
      throw e;
    }
  }
}
