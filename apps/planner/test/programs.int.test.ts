import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAthlete, createProgressionPrescriber, runSimulation, SPLIT_TEMPLATES } from '@liftgraph/domain';
import { describeFieldErrors, parsePlanRequest, programSchema } from '@liftgraph/domain/program';
import { createGraphDb, importLog, migrate, ProgramRepository, seedCatalog } from '@liftgraph/neo4j';
import { testConnection } from '@liftgraph/tools-neo4j/testing';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const jsonBody = z.object({ content: z.object({ 'application/json': z.object({ schema: z.unknown() }) }) });
/** The parts of the OpenAPI document the test reads; parsing fails loudly when the structure is off. */
const OpenApiShape = z.object({
  openapi: z.string(),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.looseObject({
    '/programs': z.object({
      post: z.object({
        requestBody: z.object({
          content: z.object({
            'application/json': z.object({
              schema: z.object({ required: z.array(z.string()), properties: z.record(z.string(), z.unknown()) }),
            }),
          }),
        }),
        responses: z.object({ 201: jsonBody }),
      }),
    }),
  }),
});

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const ATHLETE = `test-planner-${RUN}`;
const conn = testConnection();
const db = createGraphDb(conn);

describe('planner service against Neo4j', () => {
  let planner: RunningService;
  let modelsDir: string;
  const post = (body: unknown): Promise<Response> =>
    fetch(`${planner.url}/programs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    await migrate(db);
    await seedCatalog(db);
    const sim = runSimulation({
      athlete: createAthlete({ sex: 'male', trainingAgeYears: 2, bodyMassKg: 82 }, 11),
      weeks: 10,
      schedule: SPLIT_TEMPLATES['full-body-3'],
      prescriber: createProgressionPrescriber('double'),
    });
    await importLog(db, {
      athleteId: ATHLETE,
      athleteName: 'Planner Test',
      log: sim.log,
      file: `${RUN}-${JSON.stringify(sim.log).length}`,
      fileName: 'simulated.json',
    });
    // A corrupt artifact (predictor metadata, no weights): the planner must fall back to rules.
    modelsDir = await mkdtemp(join(tmpdir(), 'planner-models-'));
    await mkdir(join(modelsDir, 'corrupt-graphsage'));
    await writeFile(
      join(modelsDir, 'corrupt-graphsage', 'model.json'),
      JSON.stringify({
        modelTopology: { broken: true },
        weightsManifest: [{ paths: ['weights.bin'], weights: [] }],
        userDefinedMetadata: { schema: 'liftgraph-predictor/1', modelName: 'graphsage', createdAt: '2099-01-01T00:00:00.000Z' },
      }),
    );
    const port = await freePort();
    planner = await startService({
      command: process.execPath,
      args: ['dist/main.js'],
      cwd: APP_DIR,
      port,
      healthPath: '/ready',
      timeoutMs: 150_000,
      env: {
        PLANNER_PORT: String(port),
        LOG_LEVEL: 'warn',
        NEO4J_URL: conn.url,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        LIFTGRAPH_MODELS_DIR: modelsDir,
      },
    });
  });

  afterAll(async () => {
    await planner?.stop();
    await db.driver.executeQuery(
      `MATCH (a:Athlete {id: $id}) OPTIONAL MATCH (p:Program)-[:FOR]->(a) OPTIONAL MATCH (p)-[:HAS_DAY]->(d)-[:PRESCRIBES]->(rx)
       OPTIONAL MATCH (a)-[:LOGGED]->(s:Session) OPTIONAL MATCH (s)-[:INCLUDES]->(pf) OPTIONAL MATCH (pf)-[:HAS_SET]->(st)
       DETACH DELETE rx, d, p, st, pf, s, a`,
      { id: ATHLETE },
      { database: 'neo4j' },
    );
    await db.close();
    if (modelsDir) await rm(modelsDir, { recursive: true, force: true });
  });

  it('should store the program it answers, which reads back from Neo4j equal to the contract shape', async () => {
    const res = await post({ athleteId: ATHLETE, daysPerWeek: 3, weeks: 4, goal: 'strength' });
    expect(res.status).toBe(201);
    const program = programSchema.parse(await res.json());
    expect(program).toMatchObject({ athleteId: ATHLETE, daysPerWeek: 3 });
    expect(program.weeks).toHaveLength(4);
    expect(program.weeks.map((w) => w.deload)).toEqual([false, false, false, true]);

    const stored = await new ProgramRepository(db).byId(program.programId);
    expect(stored).toMatchObject({ ...program, name: '3-day strength block (4 wk)', goal: 'strength', status: 'draft' });
    expect(stored?.sessionIds).toEqual({});
    const {
      name: _name,
      status: _status,
      createdAt: _createdAt,
      coachId: _coachId,
      sessionIds: _sessionIds,
      ...contract
    } = stored ?? ({} as NonNullable<typeof stored>);
    expect(contract).toEqual(program);
  });

  it('should add a new draft when the same request is generated again, never overwrite the first (which may be assigned)', async () => {
    const request = { athleteId: ATHLETE, daysPerWeek: 3, weeks: 2, goal: 'hypertrophy', startDate: '2031-03-03' };
    const first = programSchema.parse(await (await post(request)).json());
    const repository = new ProgramRepository(db);
    expect(await repository.assign(first.programId, ATHLETE)).not.toBeNull();
    const second = programSchema.parse(await (await post(request)).json());
    expect(second.programId).not.toBe(first.programId);
    expect(await repository.byId(first.programId)).toMatchObject({ programId: first.programId, status: 'active' });
    expect(await repository.byId(second.programId)).toMatchObject({ programId: second.programId, status: 'draft' });
  });

  it('should fall back to the rules when the model artifact is corrupt, and say so per prescription', async () => {
    const ready = (await (await fetch(`${planner.url}/ready`)).json()) as { detail: string };
    expect(ready.detail).toMatch(/^rules only/);
    const program = programSchema.parse(await (await post({ athleteId: ATHLETE, daysPerWeek: 5, weeks: 2 })).json());
    const sources = program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions.map((rx) => rx.source)));
    expect(sources).not.toContain('gnn');
    expect(sources).toContain('rules');
    for (const rx of program.weeks.flatMap((w) => w.days.flatMap((d) => d.prescriptions))) expect(rx.rationale.length).toBeGreaterThan(10);
  });

  it('should answer 400 naming the field on bad input, 404 for unknown athletes', async () => {
    const bad = await post({ athleteId: ATHLETE, daysPerWeek: 4 });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { message: string; fields: Array<{ field: string }> };
    expect(body.fields.map((f) => f.field)).toEqual(['daysPerWeek']);
    expect(body.message).toContain('daysPerWeek');
    const nested = (await (await post({ athleteId: ATHLETE, daysPerWeek: 3, excludedMuscles: ['wings'] })).json()) as {
      fields: Array<{ field: string }>;
    };
    expect(nested.fields.map((f) => f.field)).toEqual(['excludedMuscles.0']);
    const limits = (await (await post({ athleteId: ATHLETE, daysPerWeek: 3, equipmentLimits: { heaviestDumbbellKg: -1 } })).json()) as {
      fields: Array<{ field: string }>;
    };
    expect(limits.fields.map((f) => f.field)).toEqual(['equipmentLimits.heaviestDumbbellKg']);
    expect((await post({ athleteId: `nobody-${RUN}`, daysPerWeek: 3 })).status).toBe(404);
  });

  it('should answer 422 with the cause and a fix when the request cannot give a sensible program (docs/programming.md §Refusals)', async () => {
    const res = await post({ athleteId: ATHLETE, daysPerWeek: 3, equipment: ['bands'] });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; cause: string; message: string; fields: Array<{ field: string }> };
    expect(body.error).toBe('plan-refused');
    expect(body.cause).toBe('equipment');
    expect(body.fields.map((f) => f.field)).toEqual(['equipment']);
    expect(body.message).toMatch(/bands offers no lower body .*; add equipment/);
    const short = (await (await post({ athleteId: ATHLETE, daysPerWeek: 3, goal: 'strength', sessionTimeCapMin: 20 })).json()) as {
      cause: string;
      message: string;
    };
    expect(short.cause).toBe('time-cap');
    expect(short.message).toMatch(/20-minute session .*raise the time cap to at least \d+ minutes/);
  });

  it("should refuse a 16-week block with the domain contract's bound error, before generating anything", async () => {
    const request = { athleteId: ATHLETE, daysPerWeek: 3, weeks: 16 };
    const domain = parsePlanRequest(request);
    if (domain.ok) throw new Error('the domain accepted 16 weeks');
    const res = await post(request);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string; fields: Array<{ field: string; message: string }> };
    expect(body).toEqual({ error: 'invalid-request', message: 'weeks must be a whole number from 1 to 12, got 16', fields: domain.errors });
    expect(body.message).toBe(describeFieldErrors(domain.errors));
    expect((await post({ ...request, weeks: 12 })).status).toBe(201);
  });

  it('should serve an OpenAPI 3 document generated from the request and program schemas', async () => {
    const doc = OpenApiShape.parse(await (await fetch(`${planner.url}/openapi.json`)).json());
    expect(doc.openapi).toMatch(/^3\.0\./);
    const request = doc.paths['/programs'].post.requestBody.content['application/json'].schema;
    expect(request.required).toEqual(['athleteId', 'daysPerWeek']);
    expect(Object.keys(request.properties)).toEqual(
      expect.arrayContaining(['goal', 'weeks', 'sessionTimeCapMin', 'equipment', 'excludedMuscles', 'priorities', 'equipmentLimits']),
    );
    expect(JSON.stringify(request.properties.weeks)).toContain('"maximum":12');
    const program = JSON.stringify(doc.paths['/programs'].post.responses['201'].content['application/json'].schema);
    expect(program).toContain('"source"');
    expect(program).toContain('"dayOfWeek"');
    expect(Object.keys(doc.paths), 'stored programs are read through GraphQL, not the planner').not.toContain('/programs/{id}');
  });
});
