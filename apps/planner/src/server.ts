import { describeFieldErrors, parsePlanRequest } from '@liftgraph/domain/program';
import Fastify, { type FastifyInstance } from 'fastify';
import { predictionsQuerySchema } from './service/next-predictions.js';
import { openApiDocument } from './service/openapi.js';
import { AthleteNotFoundError, type PlanService } from './service/plan-service.js';
import { PlanRefusal } from './program/plan-refusal.js';

export interface PlannerServerOptions {
  logLevel: string;
  /** Reports whether the planner's dependencies (Neo4j) answer; used by /ready. */
  readiness: () => Promise<{ ok: boolean; detail: string }>;
  /** Program generation and storage; null while starting (the program routes answer 503 then). */
  plans?: () => PlanService | null;
  version?: string;
}

/** Builds the planner's HTTP app: POST /programs, GET /predictions, /openapi.json, /health, /ready (stored programs are read through GraphQL). */
export function buildServer(opts: PlannerServerOptions): FastifyInstance {
  const app = Fastify({ logger: { level: opts.logLevel }, genReqId: () => crypto.randomUUID() });
  const doc = openApiDocument(opts.version ?? '0.1.0');
  app.get('/health', async () => ({ status: 'ok', service: 'planner' }));
  app.get('/ready', async (_req, reply) => {
    const state = await opts.readiness();
    return reply.code(state.ok ? 200 : 503).send({ status: state.ok ? 'ready' : 'not-ready', detail: state.detail });
  });
  app.get('/openapi.json', async () => doc);

  const plansOf = opts.plans;
  if (plansOf) {
    const notReady = { error: 'not-ready', message: 'the planner is starting (Neo4j, solver warm-up, model); retry shortly' };
    app.post('/programs', async (req, reply) => {
      const parsed = parsePlanRequest(req.body ?? undefined);
      if (!parsed.ok) {
        return reply.code(400).send({ error: 'invalid-request', message: describeFieldErrors(parsed.errors), fields: parsed.errors });
      }
      const plans = plansOf();
      if (!plans) return reply.code(503).header('retry-after', '2').send(notReady);
      try {
        const outcome = await plans.plan(parsed.request);
        req.log.info({ programId: outcome.program.programId, predictions: outcome.predictions, ...outcome.timings }, 'program generated');
        return await reply.code(201).send(outcome.program);
      } catch (error) {
        if (error instanceof AthleteNotFoundError) {
          return reply
            .code(404)
            .send({ error: 'athlete-not-found', message: error.message, fields: [{ field: 'athleteId', message: error.message }] });
        }
        if (error instanceof PlanRefusal) {
          // A valid request the planner cannot turn into a sensible program: the cause and a fix, nothing stored.
          return reply.code(422).send({
            error: 'plan-refused',
            cause: error.kind,
            message: error.message,
            fields: [{ field: error.field, message: error.message }],
          });
        }
        throw error;
      }
    });
    app.get('/predictions', async (req, reply) => {
      const parsed = predictionsQuerySchema.safeParse(req.query ?? {});
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'query', message: i.message }));
        return reply
          .code(400)
          .send({ error: 'invalid-request', message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields });
      }
      const plans = plansOf();
      if (!plans) return reply.code(503).header('retry-after', '2').send(notReady);
      try {
        return await plans.predictions(parsed.data.athleteId);
      } catch (error) {
        if (error instanceof AthleteNotFoundError) {
          return reply
            .code(404)
            .send({ error: 'athlete-not-found', message: error.message, fields: [{ field: 'athleteId', message: error.message }] });
        }
        throw error;
      }
    });
  }
  return app;
}
