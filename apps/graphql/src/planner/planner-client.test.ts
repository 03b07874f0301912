import { BOOKMARK_HEADER, CausalChain, Neo4jStoreError } from '@liftgraph/neo4j';
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

  describe('bookmarks (read-your-writes through the planner)', () => {
    const program = { programId: 'p', athleteId: 'a', daysPerWeek: 3, weeks: [] };
    /** Answers like the planner and keeps the bookmark header of each request it was sent. */
    const recording = (status: number, body: unknown, answerBookmark?: string): { fetchImpl: typeof fetch; sent: Array<string | null> } => {
      const sent: Array<string | null> = [];
      const fetchImpl: typeof fetch = async (_url, init) => {
        sent.push(new Headers(init?.headers).get(BOOKMARK_HEADER));
        const headers: Record<string, string> = { 'content-type': 'application/json', ...(answerBookmark !== undefined && { [BOOKMARK_HEADER]: answerBookmark }) };
        return new Response(JSON.stringify(body), { status, headers });
      };
      return { fetchImpl, sent };
    };

    it("should forward the client's bookmarks and this request's writes, and record the planner's write", async () => {
      const { fetchImpl, sent } = recording(201, program, 'FB:planner-write');
      const causal = new CausalChain(1000);
      causal.waitFor(['FB:from-client']);
      causal.recordWrite(['FB:api-write']);
      const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl });
      await client.generateProgram(REQUEST, 'r', causal);
      expect(sent).toEqual(['FB:from-client, FB:api-write']);
      expect(causal.written()).toEqual(['FB:api-write', 'FB:planner-write']);
    });

    it('should send no bookmark header when the request has none, and none without a chain', async () => {
      const { fetchImpl, sent } = recording(200, { predictions: [] });
      const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl });
      await client.predictions('a', 'r', new CausalChain(1000));
      await client.predictions('a', 'r');
      expect(sent).toEqual([null, null]);
    });

    it("should turn the planner's 503 bookmark-timeout into the store's BOOKMARK_TIMEOUT", async () => {
      const { fetchImpl } = recording(503, { error: 'bookmark-timeout', message: 'not reached' });
      const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl });
      const error = await client.generateProgram(REQUEST, 'r', new CausalChain(1000)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Neo4jStoreError);
      expect((error as Neo4jStoreError).code).toBe('BOOKMARK_TIMEOUT');
    });

    it("should treat the planner refusing a forwarded bookmark as the API's own fault (internal), not the caller's input", async () => {
      const { fetchImpl } = recording(400, { error: 'invalid-bookmark', message: 'x-liftgraph-bookmark entry 1 of 1 is not a bookmark' });
      const client = createPlannerClient({ baseUrl: 'http://planner', timeoutMs: 1000, fetchImpl });
      const error = await client.generateProgram(REQUEST, 'r', new CausalChain(1000)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error).not.toBeInstanceOf(ApiError);
      expect((error as Error).message).toMatch(/refused the forwarded x-liftgraph-bookmark/);
    });
  });
});
