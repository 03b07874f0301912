import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange, nonEmpty, numberInRange } from '../../errors/validate.js';
import { AthleteType } from '../athlete/athlete.type.js';
import { ExerciseType } from '../exercise/exercise.type.js';
import { GenerateProgramInput, PrescriptionPatchInput } from './program.input.js';
import { athletePrograms, loadStoredProgram, programView } from './program-access.js';
import { planRequest } from './program.request.js';
import { PrescriptionType, ProgramType } from './program.type.js';

async function loadAuthorized(ctx: Context, id: string): Promise<ProgramType> {
  return programView(ctx, await loadStoredProgram(ctx, id));
}

@Resolver(() => ProgramType)
export class ProgramResolver {
  @Authorized(...ROLES.athleteData)
  @Query(() => ProgramType, { nullable: true })
  program(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ProgramType> {
    return loadAuthorized(ctx, id);
  }

  @Authorized(...ROLES.athleteData)
  @Query(() => [ProgramType], { description: "An athlete's programs, newest first." })
  async programs(@Ctx() ctx: Context, @Arg('athleteId', () => ID) athleteId: string): Promise<ProgramType[]> {
    await ctx.access.assertAthlete(athleteId);
    return athletePrograms(ctx, athleteId);
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType, {
    description: 'Asks the planner for a block; the planner stores it (a draft for the athlete) and this returns it as stored.',
  })
  async generateProgram(@Ctx() ctx: Context, @Arg('input', () => GenerateProgramInput) input: GenerateProgramInput): Promise<ProgramType> {
    await ctx.access.assertAthlete(input.athleteId);
    const request = planRequest(input);
    await ctx.services.limits.consume(ctx.access.requireViewer().userId, 'generateProgram');
    const planned = await ctx.services.planner.generateProgram(request, ctx.requestId);
    const stored = await ctx.loaders.programById.load(planned.programId);
    if (stored === null)
      throw new ApiError('PLANNER_UNAVAILABLE', `the planner answered program "${planned.programId}" but did not store it; try again`);
    return programView(ctx, stored);
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType, {
    description:
      "Makes the program the athlete's one active program: older active programs of the athlete are archived in the same transaction.",
  })
  async assignProgram(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('athleteId', () => ID) athleteId: string,
  ): Promise<ProgramType> {
    await loadAuthorized(ctx, programId);
    await ctx.access.assertAthlete(athleteId);
    const assigned = await ctx.repos.programs.assign(programId, athleteId);
    if (assigned === null) throw new ApiError('NOT_FOUND', `program "${programId}" or athlete "${athleteId}" does not exist`);
    for (const id of [programId, ...assigned.archived]) ctx.loaders.programById.clear(id);
    ctx.loaders.programIdsByAthleteId.clear(athleteId);
    ctx.loaders.statusByAthleteId.clear(athleteId);
    return loadAuthorized(ctx, programId);
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType)
  async updatePrescription(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('week', () => Int, { description: '0-based week of the block' }) week: number,
    @Arg('day', () => Int, { description: '0-based session of the week' }) day: number,
    @Arg('order', () => Int, { description: "the prescription's place in the day" }) order: number,
    @Arg('patch', () => PrescriptionPatchInput) patch: PrescriptionPatchInput,
  ): Promise<ProgramType> {
    await loadAuthorized(ctx, programId);
    const clean = {
      sets: patch.sets == null ? undefined : intInRange('sets', patch.sets, 1, 20),
      reps: patch.reps == null ? undefined : intInRange('reps', patch.reps, 1, 50),
      loadKg: patch.loadKg == null ? undefined : numberInRange('loadKg', patch.loadKg, 0, 500),
      restSec: patch.restSec == null ? undefined : numberInRange('restSec', patch.restSec, 0, 900),
      targetRpe: patch.targetRpe == null ? undefined : numberInRange('targetRpe', patch.targetRpe, 1, 10),
      rationale: patch.rationale == null ? undefined : nonEmpty('rationale', patch.rationale, 300),
    };
    const key = {
      programId,
      week: intInRange('week', week, 0, 100),
      day: intInRange('day', day, 0, 6),
      order: intInRange('order', order, 0, 100),
    };
    if (!(await ctx.repos.programs.updatePrescription(key, clean))) {
      throw new ApiError('NOT_FOUND', `program "${programId}" has no prescription ${order} on day ${day} of week ${week}`);
    }
    ctx.loaders.programById.clear(programId);
    return loadAuthorized(ctx, programId);
  }

  @FieldResolver(() => AthleteType, { nullable: true })
  async athlete(@Root() p: ProgramType, @Ctx() ctx: Context): Promise<AthleteType | null> {
    if (!(await ctx.access.canAccessAthlete(p.athleteId))) return null;
    return ctx.loaders.athleteById.load(p.athleteId);
  }
}

@Resolver(() => PrescriptionType)
export class PrescriptionResolver {
  @FieldResolver(() => ExerciseType, { nullable: true })
  exercise(@Root() rx: PrescriptionType, @Ctx() ctx: Context): Promise<ExerciseType | null> {
    return ctx.loaders.exerciseById.load(rx.exerciseId);
  }
}
