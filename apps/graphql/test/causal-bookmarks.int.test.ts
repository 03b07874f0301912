import { futureBookmark } from '@liftgraph/neo4j/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKMARK_HEADER, parseBookmarkHeader } from '../src/server-bookmarks.js';
import { createFixture, dropFixture, type Fixture, PASSWORD } from './support/fixtures.js';
import { type Stack, startStack } from './support/stack.js';

interface Answer {
  status: number;
  bookmark: string | null;
  retryAfter: string | null;
  data: Record<string, unknown> | null;
  errors: Array<{ message: string; extensions?: { code?: string } }> | undefined;
}

/** One POST to an API process, with or without the bookmark header, reading the response's bookmark header. */
async function post(apiUrl: string, token: string, query: string, variables: Record<string, unknown>, bookmark?: string): Promise<Answer> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      ...(bookmark === undefined ? {} : { [BOOKMARK_HEADER]: bookmark }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Pick<Answer, 'data' | 'errors'>;
  return {
    status: res.status,
    bookmark: res.headers.get(BOOKMARK_HEADER),
    retryAfter: res.headers.get('retry-after'),
    data: body.data ?? null,
    errors: body.errors,
  };
}

const LOG = `mutation($a: ID!) { logWorkout(input: {athleteId: $a, sessionRpe: 7, durationMin: 45,
  performances: [{exerciseId: "barbell-back-squat", sets: [{reps: 5, weightKg: 90}]}]}) { sessionId } }`;
const SESSIONS = 'query($a: ID!) { athlete(id: $a) { id sessions(first: 5) { sessions { id } } } }';
const sessionIds = (a: Answer): string[] =>
  ((a.data?.athlete as { sessions?: { sessions: Array<{ id: string }> } } | undefined)?.sessions?.sessions ?? []).map((x) => x.id);

describe('read-your-writes across API replicas (x-liftgraph-bookmark)', () => {
  let s: Stack;
  let f: Fixture;
  let token: string;
  let replicaB: string;
  let replicaShortWait: string;

  beforeAll(async () => {
    s = await startStack();
    f = await createFixture(s.db);
    token = await s.login(f.emails.athleteA1, PASSWORD);
    replicaB = (await s.replica()).api.url;
    replicaShortWait = (await s.replica({ NEO4J_BOOKMARK_WAIT_MS: '300' })).api.url;
  });
  afterAll(async () => {
    if (f !== undefined) await dropFixture(s.db, f);
    await s?.stop();
  });

  const sessionCount = async (): Promise<number> => {
    const { records } = await s.db.driver.executeQuery(
      'MATCH (:Athlete {id: $a})--(x:Session) RETURN count(DISTINCT x) AS n',
      { a: f.athleteA1 },
      { database: s.db.database },
    );
    return records[0]?.get('n').toNumber() as number;
  };
  const logThroughA = async (): Promise<{ sessionId: string; bookmark: string }> => {
    const logged = await post(s.api.url, token, LOG, { a: f.athleteA1 });
    expect(logged.errors).toBeUndefined();
    const sessionId = (logged.data?.logWorkout as { sessionId: string }).sessionId;
    if (logged.bookmark === null) throw new Error(`logWorkout answered without ${BOOKMARK_HEADER}`);
    return { sessionId, bookmark: logged.bookmark };
  };

  it("should give a mutation's response the bookmark of its write, and a read-only response none", async () => {
    const read = await post(s.api.url, token, SESSIONS, { a: f.athleteA1 });
    expect(read.errors).toBeUndefined();
    expect(read.bookmark).toBeNull();
    const { bookmark } = await logThroughA();
    expect(parseBookmarkHeader(bookmark).length).toBeGreaterThan(0);
  });

  it("should show replica B the session written through replica A when B is sent A's bookmark", async () => {
    const { sessionId, bookmark } = await logThroughA();
    const read = await post(replicaB, token, SESSIONS, { a: f.athleteA1 }, bookmark);
    expect(read.status).toBe(200);
    expect(read.errors).toBeUndefined();
    expect(sessionIds(read)).toContain(sessionId);
    // B wrote nothing: it hands out no bookmark, the client keeps A's.
    expect(read.bookmark).toBeNull();
  });

  it('should make a request carrying a bookmark of a transaction not committed yet wait, then fail with BOOKMARK_TIMEOUT, writing nothing', async (ctx) => {
    const [real] = parseBookmarkHeader((await logThroughA()).bookmark);
    const ahead = real === undefined ? null : futureBookmark(real);
    if (ahead === null) {
      console.warn(`SKIPPED: cannot craft a future bookmark from ${real} (Neo4j's bookmark encoding changed)`);
      return ctx.skip();
    }
    const before = await sessionCount();
    for (const [query, variables] of [
      [SESSIONS, { a: f.athleteA1 }],
      [LOG, { a: f.athleteA1 }],
    ] as const) {
      const r = await post(replicaShortWait, token, query, variables, ahead);
      expect(r.status).toBe(503);
      expect(r.retryAfter).toBe('1');
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions?.code).toBe('BOOKMARK_TIMEOUT');
      expect(r.errors?.[0]?.message).toMatch(/has not yet reached the writes named in the x-liftgraph-bookmark request header/);
    }
    expect(await sessionCount()).toBe(before);
  });

  it.each([
    ['text that is no bookmark', 'not a bookmark!', /^x-liftgraph-bookmark entry 1 of 1 is not a bookmark/],
    ['an oversized value', `FB:${'A'.repeat(5_000)}`, /^x-liftgraph-bookmark is 5003 characters long/],
    [
      'a bookmark Neo4j cannot parse',
      'FB:bm90LWEtYm9va21hcms=',
      /does not recognise a bookmark in the x-liftgraph-bookmark request header/,
    ],
  ])('should answer %s in the header with 400 BAD_USER_INPUT naming the header, writing nothing', async (_what, header, message) => {
    const before = await sessionCount();
    for (const url of [s.api.url, replicaB]) {
      const r = await post(url, token, LOG, { a: f.athleteA1 }, header);
      expect(r.status).toBe(400);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
      expect(r.errors?.[0]?.message).toMatch(
        /Send back the value of the latest x-liftgraph-bookmark response header unchanged, or send no x-liftgraph-bookmark header/,
      );
      expect(r.bookmark).toBeNull();
    }
    expect(await sessionCount()).toBe(before);
  });
});
