import { generatePopulation } from '@liftgraph/domain';
import { buildProgram } from '@liftgraph/domain/program';
import { importLog, migrate, ProgramRepository, seedCatalog, UserRepository } from '@liftgraph/neo4j';
import type { RunningService } from '@liftgraph/tools-test';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, postGraphql, signIn, startApi, startPlanner } from '../src/api-process.js';
import { createUser, FIXTURE_PASSWORD } from '../src/fixture-users.js';
import { type GraphCounts, graphCounts } from '../src/graph-counts.js';
import { type Operation, operationsOf, withValueAt } from '../src/graphql-inputs.js';
import { type PrivateNeo4j, startPrivateNeo4j } from '../src/private-neo4j.js';

// OWASP API8/API10 and issue 9 item 2: injection payloads through EVERY String/ID input of the live
// schema (enumerated from apps/graphql/schema.graphql), then fast-check fuzz of every operation's variables, as the
// admin (who reaches furthest) against real API and planner processes on a private Neo4j, so global
// node/relationship counts mean something (no other test writes there).
const INJECTIONS = [
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  '\\u0027',
  "'",
  "x') MATCH (n) DETACH DELETE n //",
  '`) DETACH DELETE n RETURN 1 //',
  '$athleteId',
  '1 UNION MATCH (n) RETURN n',
  "{id: 'x'}) RETURN n //",
];
const FUZZ_RUNS = Number(process.env.GRAPHQL_FUZZ_RUNS ?? 500);
/** Words of Cypher and of the driver that must never reach a client (checked with the payload removed). */
const LEAK = /\b(MATCH|MERGE|DETACH|UNWIND|RETURN|WHERE|CREATE)\b|Neo\.|neo4j|cypher|SyntaxError|Invalid input|at \w+ \(/i;
// Labels a refused request may legitimately write: a failed sign-in is counted (rate limiting).
const EXCLUDED_LABELS = ['LoginThrottle'];

const ATHLETE = 'inj-athlete';
const PROGRAM = 'inj-program';
const CSV =
  'Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2024-03-04 18:00:00,Push,1h,Bench Press (Barbell),1,80,5,0,0,,,\n';

let neo: PrivateNeo4j;
let planner: RunningService;
let api: RunningService;
let token: string;
let operations: Operation[];
let adminEmail: string;
let coachUserId: string;
let organisationId: string;
/** A live invite (for an athlete without an account) and a live password reset, made through the API in beforeAll. */
let inviteCode: string;
let resetCode: string;
const INVITEE = 'inj-invitee';
// Operations that end the caller's own session (every later request of this token would be refused) are
// left out here; apps/graphql/test/accounts*.int.test.ts covers them.
const SESSION_ENDING = ['signOutEverywhere', 'changePassword'];

const known = (field: string, name: string): unknown => {
  switch (name) {
    case 'athleteId':
      // issuePasswordReset takes exactly one of userId/athleteId (the coach's login has no athlete).
      return field === 'issuePasswordReset' ? undefined : ATHLETE;
    case 'programId':
      // Deleting the fixture's active program is refused by design (archive first): the baseline deletes a missing one.
      return field === 'deleteProgram' ? 'inj-no-such-program' : PROGRAM;
    case 'kind':
      return 'lock';
    case 'locked':
      return true;
    case 'date':
      // A day inside the fixture block (it starts Monday 2026-01-05), free for moveSession, in the past for logWorkout.
      return '2026-01-06';
    case 'startDate':
      return '2026-02-02';
    case 'id':
      return field === 'athlete' ? ATHLETE : field === 'program' ? PROGRAM : field === 'trainingRun' ? 'no-such-run' : 'barbell-back-squat';
    case 'a':
    case 'from':
    case 'exerciseId':
      return 'barbell-back-squat';
    case 'b':
    case 'to':
      return 'barbell-deadlift';
    case 'ids':
      return ['barbell-back-squat'];
    case 'email':
      // Sign-in needs an account; sign-up, invites and new coaches need an e-mail nobody uses yet.
      return field === 'login' ? adminEmail : `new-${field.toLowerCase()}@reliability.test`;
    case 'format':
      // The importers' `format` defaults to auto-detection.
      return field === 'exportProgram' ? 'ics' : field === 'exportLog' ? 'strong-csv' : undefined;
    case 'organisationId':
      return organisationId;
    case 'code':
      return field === 'resetPassword' ? resetCode : inviteCode;
    case 'newPassword':
      return 'a-new-password-2026';
    case 'userId':
      return coachUserId;
    case 'password':
      return FIXTURE_PASSWORD;
    case 'csv':
      return CSV;
    case 'goal':
      return 'strength';
    case 'daysPerWeek':
      return 3;
    case 'weeks':
      return 1;
    case 'limit':
      return 5;
    case 'week':
    case 'day':
      // A logged workout fulfils no program day here (the baseline then moves day 0, which a done day would refuse).
      return field === 'logWorkout' || field === 'updateWorkout' ? undefined : 0;
    case 'order':
      return 0;
    case 'reps':
      return 5;
    case 'epochs':
      return 1;
    default:
      return undefined;
  }
};

function countsWithout(c: GraphCounts): GraphCounts {
  const nodes = Object.fromEntries(Object.entries(c.nodes).filter(([l]) => !EXCLUDED_LABELS.includes(l)));
  const excluded = EXCLUDED_LABELS.reduce((n, l) => n + (c.nodes[l] ?? 0), 0);
  return { ...c, nodes, totalNodes: c.totalNodes - excluded };
}

const decreased = (before: GraphCounts, after: GraphCounts): string[] => [
  ...Object.entries(before.nodes)
    .filter(([k, v]) => (after.nodes[k] ?? 0) < v)
    .map(([k]) => `:${k}`),
  ...Object.entries(before.relationships)
    .filter(([k, v]) => (after.relationships[k] ?? 0) < v)
    .map(([k]) => `[:${k}]`),
];

interface Probe {
  response: GqlResponse;
  before: GraphCounts;
  after: GraphCounts;
}

async function probe(op: Operation, variables: Record<string, unknown>): Promise<Probe> {
  const before = countsWithout(await graphCounts(neo.db()));
  const response = await postGraphql(api.url, { query: op.document, variables }, { token });
  const after = countsWithout(await graphCounts(neo.db()));
  return { response, before, after };
}

/** The contract for any input: no 500, no internal error, nothing deleted; a refused request wrote nothing; no message leaks Cypher. */
function checkProbe(p: Probe, what: string, payload?: string): void {
  const { response, before, after } = p;
  expect(response.status, `${what}: HTTP ${response.status} ${response.body.slice(0, 300)}`).not.toBe(500);
  expect([200, 400], `${what}: HTTP ${response.status}`).toContain(response.status);
  expect(response.body.length, `${what}: empty body`).toBeGreaterThan(0);
  for (const e of response.errors ?? []) {
    expect(e.extensions?.code, `${what}: ${e.message}`).not.toBe('INTERNAL_SERVER_ERROR');
    // The payload echoed back (as is, JSON-escaped, or lower-cased like the importer's header message) is the caller's own text.
    const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const message =
      payload === undefined
        ? e.message
        : e.message.replace(new RegExp(`${escape(payload)}|${escape(JSON.stringify(payload).slice(1, -1))}`, 'gi'), '');
    expect(message, `${what}: message leaks internals`).not.toMatch(LEAK);
  }
  expect(decreased(before, after), `${what}: deleted something`).toEqual([]);
  if (response.errors !== undefined && response.errors.length > 0) expect(after, `${what}: refused but wrote`).toEqual(before);
}

beforeAll(async () => {
  neo = await startPrivateNeo4j('liftgraph-inputs-');
  const db = neo.db();
  await migrate(db);
  await seedCatalog(db);
  const sim = generatePopulation({ n: 1, weeks: 4, seed: 3 })[0];
  if (sim === undefined) throw new Error('no simulated athlete');
  await importLog(db, { athleteId: ATHLETE, athleteName: 'Injection Target', log: sim.log, file: 'inj' });
  const coach = await createUser(db, 'inj', 'coach', 'COACH', { coachId: 'inj-coach' });
  await new UserRepository(db).linkCoachAthlete('inj-coach', ATHLETE);
  adminEmail = (await createUser(db, 'inj', 'admin', 'ADMIN')).email;
  await new ProgramRepository(db).save(
    buildProgram({
      programId: PROGRAM,
      athleteId: ATHLETE,
      goal: 'strength',
      daysPerWeek: 3,
      weeks: [
        {
          days: [
            {
              dayOfWeek: 1,
              label: 'Full body',
              prescriptions: [
                {
                  exerciseId: 'barbell-back-squat',
                  exerciseName: 'Barbell Back Squat',
                  primaryMuscles: ['quadriceps'],
                  rationale: 'fixture',
                },
              ],
            },
          ],
        },
      ],
    }),
    { name: 'Injection block', status: 'active', coachId: 'inj-coach' },
  );
  await new ProgramRepository(db).assign(PROGRAM, ATHLETE);
  const conn = { url: neo.url, user: neo.cfg.user, password: neo.cfg.password };
  planner = await startPlanner(conn);
  // trainModel runs for real (a library call): on an athlete that does not exist it ends at once and writes nothing.
  api = await startApi(conn, { plannerUrl: planner.url, env: { TRAIN_ATHLETES: 'inj-nobody', LOG_LEVEL: 'warn' } });
  token = await signIn(api.url, adminEmail, FIXTURE_PASSWORD);
  coachUserId = coach.id;
  const signUp = await postGraphql(api.url, {
    query:
      'mutation { signUp(input: {email: "inj-owner@reliability.test", password: "owner-password-2026", name: "Owner", organisationName: "Injection Gym"}) { user { organisation { id } } } }',
  });
  organisationId = String((signUp.data?.signUp as { user: { organisation: { id: string } } } | undefined)?.user.organisation.id);
  const made = async (query: string): Promise<Record<string, unknown>> => {
    const r = await postGraphql(api.url, { query }, { token });
    if (r.errors !== undefined || r.data == null) throw new Error(`fixture request failed: ${JSON.stringify(r.errors)}`);
    return Object.values(r.data)[0] as Record<string, unknown>;
  };
  await made(`mutation { createAthlete(input: {id: "${INVITEE}", name: "Invitee"}) { id } }`);
  inviteCode = String((await made(`mutation { createInvite(athleteId: "${INVITEE}") { code } }`)).code);
  resetCode = String((await made(`mutation { issuePasswordReset(userId: "${coach.id}") { code } }`)).code);
  expect(coach.email).toMatch(/@reliability\.test$/);
  // The schema the API emits from its code (apps/graphql/schema.graphql; introspection of the running API
  // is refused by its own depth limit, which these requests keep).
  const sdl = readFileSync(new URL('../../../apps/graphql/schema.graphql', import.meta.url), 'utf8');
  operations = operationsOf(buildSchema(sdl), known, SESSION_ENDING);
}, 600_000);

afterAll(async () => {
  await api?.stop();
  await planner?.stop();
  await neo?.dispose();
}, 300_000);

describe('GraphQL inputs against real API + planner processes (private Neo4j)', () => {
  it('should answer every operation with its valid variables without an internal error (the baseline the probes vary)', async () => {
    expect(operations.length).toBeGreaterThan(20);
    const failures: string[] = [];
    for (const op of operations) {
      const r = await postGraphql(api.url, { query: op.document, variables: op.variables }, { token });
      const code = r.errors?.[0]?.extensions?.code;
      if (r.status === 500 || code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT')
        failures.push(`${op.field}: ${r.status} ${r.errors?.[0]?.message}`);
    }
    console.info(`baseline: ${operations.length} operations (${operations.map((o) => o.field).join(', ')})`);
    expect(failures).toEqual([]);
  }, 600_000);

  it('should answer 400 BAD_USER_INPUT, not 500, for variables of the wrong type or missing (regression: the complexity plugin threw first)', async () => {
    for (const variables of [{ id: {} }, { id: [1, 2] }, {}]) {
      const r = await postGraphql(api.url, { query: 'query($id: ID!) { athlete(id: $id) { id } }', variables }, { token });
      expect([r.status, r.errors?.[0]?.extensions?.code], JSON.stringify(variables)).toEqual([400, 'BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toMatch(/Variable "\$id"/);
    }
  });

  it('should refuse an import for an athlete id too long to store (regression: the write failed inside Neo4j as an internal error)', async () => {
    const op = operations.find((o) => o.field === 'importWorkoutLog');
    if (op === undefined) throw new Error('importWorkoutLog not in the schema');
    const p = await probe(op, { ...op.variables, athleteId: 'y'.repeat(60_000) });
    checkProbe(p, 'importWorkoutLog(athleteId = 60k characters)');
    expect(p.response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should treat injection payloads in every String/ID input as plain data (counts unchanged, no Cypher in errors)', async () => {
    const sites = operations.flatMap((op) => op.stringSites.map((path) => ({ op, path })));
    let requests = 0;
    const outcomes = new Map<string, number>();
    for (const { op, path } of sites) {
      for (const payload of INJECTIONS) {
        const what = `${op.field}(${path.join('.')}) = ${JSON.stringify(payload)}`;
        const p = await probe(op, withValueAt(op.variables, path, payload));
        checkProbe(p, what, payload);
        requests += 1;
        const code = String(p.response.errors?.[0]?.extensions?.code ?? 'ok');
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      }
    }
    console.info(
      `injection: ${sites.length} string inputs × ${INJECTIONS.length} payloads = ${requests} requests; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}\n  inputs: ${sites.map(({ op, path }) => `${op.field}.${path.join('.')}`).join(', ')}`,
    );
    expect(sites.length).toBeGreaterThan(25);
  }, 900_000);

  it(`should survive ${FUZZ_RUNS} fuzzed requests: no 500, clear errors, nothing written when refused`, async () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 40, unit: 'binary' }),
      fc.string({ maxLength: 10 }),
      fc.integer({ min: 50_000, max: 400_000 }).map((n) => 'y'.repeat(n)),
      fc.integer(),
      fc.constantFrom(2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -1e308, 0.5),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
      fc.constantFrom('2999-01-01T00:00:00', '2024-02-30T10:00:00', 'NaN', '', ' ', '\u0000', ATHLETE, PROGRAM, 'barbell-back-squat'),
    );
    const leafPaths = (v: unknown, path: Array<string | number> = []): Array<Array<string | number>> =>
      v !== null && typeof v === 'object'
        ? Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => leafPaths(x, [...path, Array.isArray(v) ? Number(k) : k]))
        : [path];
    let tried = 0;
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), anyValue, fc.boolean(), async (opIndex, siteIndex, value, dropInstead) => {
        const op = operations[opIndex % operations.length];
        if (op === undefined) return;
        const paths = [...leafPaths(op.variables).filter((p) => p.length > 0), ...op.stringSites];
        const path = paths[siteIndex % Math.max(1, paths.length)];
        let variables = op.variables;
        if (path !== undefined)
          variables =
            dropInstead && path.length === 1
              ? Object.fromEntries(Object.entries(variables).filter(([k]) => k !== path[0]))
              : withValueAt(variables, path, value);
        const p = await probe(op, variables);
        tried += 1;
        checkProbe(p, `${op.field}(${path?.join('.') ?? ''}) = ${JSON.stringify(value)?.slice(0, 80)}`);
        const code = String(p.response.errors?.[0]?.extensions?.code ?? 'ok');
        outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
      }),
      { numRuns: FUZZ_RUNS, verbose: 0 },
    );
    console.info(
      `GraphQL fuzz: ${tried} requests; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}\n  (GRAPHQL_FUZZ_RUNS=${FUZZ_RUNS} pnpm exec vitest run --project integration tools/reliability/test/graphql-inputs.int.test.ts)`,
    );
    expect(tried).toBe(FUZZ_RUNS);
  }, 1_800_000);
});
