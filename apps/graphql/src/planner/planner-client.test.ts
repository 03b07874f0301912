import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { createPlannerClient, type PlanRequest } from './planner-client.js';

const REQUEST: PlanRequest = { athleteId: 'a', daysPerWeek: 3, goal: 'strength', weeks: 4, sessionTimeCapMin: 60, excludedExerciseIds: [], excludedMuscles: [], priorities: { muscles: [], exercises: [] } };
const reply = (status: number, body: unknown): typeof fetch => async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createPlannerClient', () => {
  it('should return the planned program on 200', async () => {
    const program = { programId: 'p', athleteId: 'a', daysPerWeek: 3, weeks: [] };
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl: reply(200, program) });
    await expect(client.generateProgram(REQUEST, 'r')).resolves.toEqual(program);
  });

  it.each([
    [404, { message: 'Route POST:/programs not found', error: 'Not Found' }, 'NOT_IMPLEMENTED'],
    [400, { message: 'body/daysPerWeek must be 3, 5 or 6' }, 'BAD_USER_INPUT'],
    [404, { message: 'athlete x not found' }, 'NOT_FOUND'],
    [503, {}, 'PLANNER_UNAVAILABLE'],
  ])('should map status %d to %s', async (status, body, code) => {
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl: reply(status, body) });
    await expect(client.generateProgram(REQUEST, 'r')).rejects.toMatchObject({ code });
  });

  it('should time out with PLANNER_UNAVAILABLE', async () => {
    const hang: typeof fetch = (_url, init) => new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 50, fetchImpl: hang });
    const error = await client.predictions('a', 'r').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/timed out after 50 ms/);
  });
});
