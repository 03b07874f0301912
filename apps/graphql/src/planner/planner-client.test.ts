import { buildProgram, planRequest } from '@liftgraph/domain/program';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/api-error.js';
import { createPlannerClient } from './planner-client.js';

const REQUEST = planRequest({ athleteId: 'a', daysPerWeek: 3, goal: 'strength', weeks: 4, sessionTimeCapMin: 60 });
const reply =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createPlannerClient', () => {
  it('should return the planned program on 200', async () => {
    const program = buildProgram({ programId: 'p', athleteId: 'a', daysPerWeek: 3, weeks: [] });
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl: reply(200, program) });
    await expect(client.generateProgram(REQUEST, 'r')).resolves.toEqual(program);
  });

  it('should pass the load flags through and read a prescription without them as whole load, not body weight', async () => {
    const rx = {
      exerciseId: 'x',
      exerciseName: 'X',
      primaryMuscles: [],
      secondaryMuscles: [],
      sets: 3,
      reps: 8,
      restSec: 90,
      targetRpe: 8,
      rationale: 'r',
      source: 'rules',
    };
    const days = [
      {
        index: 0,
        dayOfWeek: 1,
        date: '2026-01-05',
        label: 'A',
        prescriptions: [
          { ...rx, exerciseId: 'dumbbell-curl', loadKg: 12, loadPerHand: true, bodyweight: false },
          { ...rx, exerciseId: 'pull-up', loadKg: null, loadPerHand: false, bodyweight: true },
          { ...rx, exerciseId: 'barbell-back-squat', loadKg: 100 },
        ],
      },
    ];
    const client = createPlannerClient({
      baseUrl: 'http://planner',
      timeoutMs: 1000,
      fetchImpl: reply(201, {
        programId: 'p',
        athleteId: 'a',
        daysPerWeek: 3,
        startDate: '2026-01-05',
        weeks: [{ index: 0, deload: false, days }],
      }),
    });
    const program = await client.generateProgram(REQUEST, 'r');
    expect(program.weeks[0]?.days[0]?.prescriptions.map((p) => [p.exerciseId, p.loadKg, p.loadPerHand, p.bodyweight])).toEqual([
      ['dumbbell-curl', 12, true, false],
      ['pull-up', null, false, true],
      ['barbell-back-squat', 100, false, false],
    ]);
  });

  it('should send the equipment limits in the POST /programs body', async () => {
    let sent: unknown = null;
    const capture: typeof fetch = async (_url, init) => {
      sent = JSON.parse(String(init?.body));
      return new Response(JSON.stringify(buildProgram({ programId: 'p', athleteId: 'a', weeks: [] })), { status: 201 });
    };
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl: capture });
    await client.generateProgram({ ...REQUEST, equipmentLimits: { heaviestDumbbellKg: 20, smallestPlateKg: 1.25 } }, 'r');
    expect(sent).toMatchObject({ athleteId: 'a', equipmentLimits: { heaviestDumbbellKg: 20, smallestPlateKg: 1.25 } });
  });

  it('should refuse a program whose weeks are not lists of days with prescriptions', async () => {
    const client = createPlannerClient({
      baseUrl: 'http://planner',
      timeoutMs: 1000,
      fetchImpl: reply(201, { programId: 'p', athleteId: 'a', daysPerWeek: 3, weeks: [{ index: 0, days: [{ index: 0 }] }] }),
    });
    await expect(client.generateProgram(REQUEST, 'r')).rejects.toMatchObject({ code: 'PLANNER_UNAVAILABLE' });
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
    const hang: typeof fetch = (_url, init) =>
      new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
    const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 50, fetchImpl: hang });
    const error = await client.predictions('a', 'r').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/timed out after 50 ms/);
  });
});
