import { randomUUID } from 'node:crypto';
import { sessionDate } from '@liftgraph/domain/program';
import type { StoredProgram } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { intInRange } from '../../errors/validate.js';
import { forgetProgram, loadStoredProgram, programView } from './program-access.js';
import { ProgramType } from './program.type.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const checkDate = (name: string, v: string): string => {
  if (!DATE.test(v)) throw new ApiError('BAD_USER_INPUT', `${name} must be YYYY-MM-DD, got "${v}"`);
  return v;
};

/**
 * A fresh copy of `source` for `athleteId` starting on `startDate`: a new id, every day re-dated from
 * the new start (sessionDate) and planned, prescriptions as they are without their change history.
 */
function copyOf(source: StoredProgram, athleteId: string, startDate: string): StoredProgram {
  return {
    ...structuredClone(source),
    programId: `prog-${randomUUID()}`,
    athleteId,
    startDate,
    sessionIds: {},
    weeks: source.weeks.map((w) => ({
      ...w,
      days: w.days.map((d) => ({
        ...d,
        date: sessionDate(startDate, w.index, d.dayOfWeek),
        status: 'planned' as const,
        prescriptions: d.prescriptions.map((rx) => ({ ...rx, adjustment: null })),
      })),
    })),
  };
}

async function store(ctx: Context, p: StoredProgram): Promise<void> {
  const { name, status, coachId, sessionIds: _none, createdAt: _was, ...contract } = p;
  await ctx.repos.programs.save(contract, { name, status, coachId });
  forgetProgram(ctx, p);
}

@Resolver()
export class ProgramLibraryResolver {
  @Authorized(...ROLES.programWriters)
  @Query(() => [ProgramType], { description: "The coach's templates (every template for an admin), newest first." })
  async programTemplates(@Ctx() ctx: Context): Promise<ProgramType[]> {
    const viewer = ctx.access.requireViewer();
    const ids = await ctx.repos.programs.templateIds(viewer.role === 'ADMIN' ? null : (viewer.coachId ?? ''));
    const programs = await Promise.all(ids.map((id) => ctx.loaders.programById.load(id)));
    return Promise.all(programs.flatMap((p) => (p === null ? [] : [programView(ctx, p)])));
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType, {
    description:
      'Copies a program: for another athlete (default the same) and start date (default the same), as a draft, or as a template (asTemplate).',
  })
  async copyProgram(
    @Ctx() ctx: Context,
    @Arg('programId', () => ID) programId: string,
    @Arg('athleteId', () => ID, { nullable: true }) athleteId: string | null,
    @Arg('startDate', () => String, { nullable: true }) startDate: string | null,
    @Arg('asTemplate', () => Boolean, { defaultValue: false }) asTemplate: boolean,
  ): Promise<ProgramType> {
    const source = await loadStoredProgram(ctx, programId);
    const target = athleteId ?? source.athleteId;
    await ctx.access.assertAthlete(target);
    const viewer = ctx.access.requireViewer();
    const copy = copyOf(source, target, startDate == null ? source.startDate : checkDate('startDate', startDate));
    copy.status = asTemplate ? 'template' : 'draft';
    copy.name = asTemplate ? `${source.name} (template)` : `${source.name} (copy)`;
    copy.coachId = viewer.coachId ?? source.coachId;
    await store(ctx, copy);
    return programView(ctx, await loadStoredProgram(ctx, copy.programId));
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => [ProgramType], {
    description:
      'Assigns a template to several athletes: each gets their own copy dated from startDate, made their active program (their older active program archived).',
  })
  async assignTemplate(
    @Ctx() ctx: Context,
    @Arg('templateId', () => ID) templateId: string,
    @Arg('athleteIds', () => [ID]) athleteIds: string[],
    @Arg('startDate', () => String) startDate: string,
  ): Promise<ProgramType[]> {
    const template = await loadStoredProgram(ctx, templateId);
    if (template.status !== 'template')
      throw new ApiError('BAD_USER_INPUT', `program "${templateId}" is not a template; save it as one first (copyProgram with asTemplate)`);
    intInRange('athleteIds.length', athleteIds.length, 1, 100);
    checkDate('startDate', startDate);
    // Every athlete is checked before anything is written.
    for (const id of athleteIds) await ctx.access.assertAthlete(id);
    const viewer = ctx.access.requireViewer();
    const assigned: ProgramType[] = [];
    for (const athleteId of [...new Set(athleteIds)]) {
      const copy = copyOf(template, athleteId, startDate);
      copy.status = 'draft';
      copy.name = template.name.replace(/ \(template\)$/, '');
      copy.coachId = viewer.coachId ?? template.coachId;
      await store(ctx, copy);
      if ((await ctx.repos.programs.assign(copy.programId, athleteId)) === null)
        throw new ApiError('NOT_FOUND', `athlete "${athleteId}" does not exist`);
      forgetProgram(ctx, copy);
      assigned.push(await programView(ctx, await loadStoredProgram(ctx, copy.programId)));
    }
    return assigned;
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => ProgramType, { description: 'Archives a program (kept, no longer followed).' })
  async archiveProgram(@Ctx() ctx: Context, @Arg('programId', () => ID) programId: string): Promise<ProgramType> {
    const program = await loadStoredProgram(ctx, programId);
    await ctx.repos.programs.setStatus(programId, 'archived');
    forgetProgram(ctx, program);
    return programView(ctx, await loadStoredProgram(ctx, programId));
  }

  @Authorized(...ROLES.programWriters)
  @Mutation(() => Boolean, {
    description:
      'Deletes a draft, archived or template program with its days; logged sessions stay. An active program must be archived first.',
  })
  async deleteProgram(@Ctx() ctx: Context, @Arg('programId', () => ID) programId: string): Promise<boolean> {
    const program = await loadStoredProgram(ctx, programId);
    if (program.status === 'active')
      throw new ApiError(
        'BAD_USER_INPUT',
        `program "${programId}" is the athlete's active program; archive it first (archiveProgram), then delete it`,
      );
    const deleted = await ctx.repos.programs.delete(programId);
    forgetProgram(ctx, program);
    return deleted;
  }
}
