import Fastify, { type FastifyInstance } from 'fastify';

export interface PlannerServerOptions {
  logLevel: string;
  /** Reports whether the planner's dependencies (Neo4j) answer; used by /ready. */
  readiness: () => Promise<{ ok: boolean; detail: string }>;
}

/** Builds the planner's HTTP app (routes are added here as the planner grows). */
export function buildServer(opts: PlannerServerOptions): FastifyInstance {
  const app = Fastify({ logger: { level: opts.logLevel }, genReqId: () => crypto.randomUUID() });
  app.get('/health', async () => ({ status: 'ok', service: 'planner' }));
  app.get('/ready', async (_req, reply) => {
    const state = await opts.readiness();
    return reply.code(state.ok ? 200 : 503).send({ status: state.ok ? 'ready' : 'not-ready', detail: state.detail });
  });
  return app;
}
