import { BOOKMARK_HEADER, type CausalChain, formatBookmarkHeader } from '@liftgraph/neo4j';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { bookmarkFailure, requestChain } from './request-bookmarks.js';
import { parsePlanRequest } from './problem/plan-request.schema.js';
import { predictionsQuerySchema } from './service/next-predictions.js';
import { openApiDocument } from './service/openapi.js';
import { AthleteNotFoundError, type PlanService } from './service/plan-service.js';

export interface PlannerServerOptions {
  logLevel: string;
  /** Reports whether the planner's dependencies (Neo4j) answer; used by /ready. */
  readiness: () => Promise<{ ok: boolean; detail: string }>;
  /** Program generation and storage; null while starting (the program routes answer 503 then). */
  plans?: () => PlanService | null;
  version?: string;
  /** How long a request's reads wait for the bookmarks of its x-liftgraph-bookmark header (NEO4J_BOOKMARK_WAIT_MS); default 5000. */
  bookmarkWaitMs?: number;
}

/**
 * Builds the planner's HTTP app: POST /programs, GET /programs/:id, GET /predictions, /openapi.json, /health, /ready.
 * The program and prediction routes honour x-liftgraph-bookmark (request-bookmarks.ts): an invalid header is 400,
 * bookmarks the database does not reach within bookmarkWaitMs are 503 bookmark-timeout (Retry-After: 1), and a
 * response whose request wrote (POST /programs: the draft) carries the bookmarks of that write.
 */
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
  const waitMs = opts.bookmarkWaitMs ?? 5_000;
  /**
   * Runs `work` on the request's causal chain (request-bookmarks.ts): an invalid header and the store's
   * bookmark failures are answered here; the bookmarks of the chain's writes go into the response header.
   */
  const causally = async (req: FastifyRequest, reply: FastifyReply, work: (causal: CausalChain) => Promise<unknown>): Promise<unknown> => {
    const chain = requestChain(req.headers[BOOKMARK_HEADER], waitMs);
    if (!chain.ok) return reply.code(chain.status).send(chain.body);
    let answer: unknown;
    try {
      answer = await work(chain.causal);
    } catch (error) {
      const failure = bookmarkFailure(error);
      if (failure === null) throw error;
      if (failure.status === 503) void reply.header('retry-after', '1');
      return reply.code(failure.status).send(failure.body);
    }
    if (answer === reply) return reply; // answered by `work` itself (a 404)
    const written = formatBookmarkHeader(chain.causal.written());
    if (written !== undefined) void reply.header(BOOKMARK_HEADER, written);
    return reply.send(answer);
  };
  const athleteNotFound = (reply: FastifyReply, error: AthleteNotFoundError): FastifyReply =>
    reply.code(404).send({ error: 'athlete-not-found', message: error.message, fields: [{ field: 'athleteId', message: error.message }] });

  if (plansOf) {
    const notReady = { error: 'not-ready', message: 'the planner is starting (Neo4j, solver warm-up, model); retry shortly' };
    app.post('/programs', async (req, reply) => {
      const parsed = parsePlanRequest(req.body ?? undefined);
      if (!parsed.ok) {
        const message = parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
        return reply.code(400).send({ error: 'invalid-request', message, fields: parsed.errors });
      }
      const plans = plansOf();
      if (!plans) return reply.code(503).header('retry-after', '2').send(notReady);
      return causally(req, reply, async (causal) => {
        try {
          const outcome = await plans.plan(parsed.request, causal);
          req.log.info({ programId: outcome.program.programId, predictions: outcome.predictions, ...outcome.timings }, 'program generated');
          void reply.code(201).header('location', `/programs/${encodeURIComponent(outcome.program.programId)}`);
          return outcome.program;
        } catch (error) {
          if (error instanceof AthleteNotFoundError) return athleteNotFound(reply, error);
          throw error;
        }
      });
    });
    app.get<{ Params: { id: string } }>('/programs/:id', async (req, reply) => {
      const plans = plansOf();
      if (!plans) return reply.code(503).header('retry-after', '2').send(notReady);
      return causally(req, reply, async (causal) => {
        const program = await plans.get(req.params.id, causal);
        if (!program) return reply.code(404).send({ error: 'program-not-found', message: `program ${req.params.id} does not exist` });
        return program;
      });
    });
    app.get('/predictions', async (req, reply) => {
      const parsed = predictionsQuerySchema.safeParse(req.query ?? {});
      if (!parsed.success) {
        const fields = parsed.error.issues.map((i) => ({ field: i.path.join('.') || 'query', message: i.message }));
        return reply.code(400).send({ error: 'invalid-request', message: fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields });
      }
      const plans = plansOf();
      if (!plans) return reply.code(503).header('retry-after', '2').send(notReady);
      return causally(req, reply, async (causal) => {
        try {
          return await plans.predictions(parsed.data.athleteId, causal);
        } catch (error) {
          if (error instanceof AthleteNotFoundError) return athleteNotFound(reply, error);
          throw error;
        }
      });
    });
  }
  return app;
}
