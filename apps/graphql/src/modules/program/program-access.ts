import type { StoredProgram } from '@liftgraph/neo4j';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { toProgramType } from './program.mapper.js';
import type { ProgramType } from './program.type.js';

/** The athlete's today (the server clock in their time zone) and that zone. */
export async function athleteToday(ctx: Context, athleteId: string): Promise<{ today: string; timeZone: string }> {
  const timeZone = (await ctx.loaders.athleteById.load(athleteId))?.timeZone ?? 'UTC';
  return { today: ctx.services.today(timeZone), timeZone };
}

/** The stored program, when the viewer may access it; NOT_FOUND or FORBIDDEN otherwise. */
export async function loadStoredProgram(ctx: Context, id: string): Promise<StoredProgram> {
  const program = await ctx.loaders.programById.load(id);
  if (program === null && ctx.viewer?.role === 'ADMIN') throw new ApiError('NOT_FOUND', `program "${id}" does not exist`);
  await ctx.access.assertProgram(id, program);
  if (program === null) throw new ApiError('NOT_FOUND', `program "${id}" does not exist`);
  return program;
}

/** The API's Program as of its athlete's today. */
export async function programView(ctx: Context, program: StoredProgram): Promise<ProgramType> {
  return toProgramType(program, (await athleteToday(ctx, program.athleteId)).today);
}

/** Forgets what this request cached about a program (after a write), and the status of its athlete. */
export function forgetProgram(ctx: Context, program: { programId: string; athleteId: string }): void {
  ctx.loaders.programById.clear(program.programId);
  ctx.loaders.programIdsByAthleteId.clear(program.athleteId);
  ctx.loaders.statusByAthleteId.clear(program.athleteId);
}

/** Saves a changed program as it was (name, status, author, creation) and answers it as stored. */
export async function saveProgram(ctx: Context, before: StoredProgram, after: Omit<StoredProgram, 'sessionIds'>): Promise<ProgramType> {
  const { name, status, coachId, createdAt, ...contract } = after;
  await ctx.repos.programs.save(contract, { name, status, coachId, createdAt });
  forgetProgram(ctx, before);
  forgetProgram(ctx, after);
  return programView(ctx, await loadStoredProgram(ctx, after.programId));
}

/** An athlete's programs (templates aside), newest first, as of their today. */
export async function athletePrograms(ctx: Context, athleteId: string): Promise<ProgramType[]> {
  const ids = await ctx.loaders.programIdsByAthleteId.load(athleteId);
  const { today } = await athleteToday(ctx, athleteId);
  const programs = await Promise.all(ids.map((id) => ctx.loaders.programById.load(id)));
  return programs.flatMap((p) => (p === null || p.status === 'template' ? [] : [toProgramType(p, today)]));
}
