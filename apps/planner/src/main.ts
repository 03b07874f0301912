import { LIFTGRAPH_CATALOG } from '@liftgraph/domain';
import { createGraphDb, migrate, ModelVersionRepository, neo4jConfig } from '@liftgraph/neo4j';
import { loadEnv } from './env.js';
import { loadModel } from '@liftgraph/learning';
import { warmUpPlanner } from './program/warm-up.js';
import { buildServer } from './server.js';
import { createPlanService, type PlanService } from './service/plan-service.js';
import { loadSolver } from './solver/highs-solver.js';

// Bootstrap only: env → one Neo4j driver → server (health answers at once) → migrate, solver warm-up,
// model → ready. SIGTERM/SIGINT close the server, then the driver.
const env = loadEnv();
const db = createGraphDb(neo4jConfig(env));
let plans: PlanService | null = null;
let startup = 'starting: migrations, solver warm-up, model';

const app = buildServer({
  logLevel: env.LOG_LEVEL,
  plans: () => plans,
  readiness: async () => {
    if (plans === null) return { ok: false, detail: startup };
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      return { ok: true, detail: startup };
    } catch (error) {
      return { ok: false, detail: `neo4j: ${(error as Error).message}` };
    }
  },
});

const shutdown = async (): Promise<void> => {
  await app.close();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

await app.listen({ host: env.PLANNER_HOST, port: env.PLANNER_PORT });

async function start(): Promise<void> {
  if (env.PLANNER_MIGRATE) {
    const m = await migrate(db);
    app.log.info({ applied: m.applied.length, skipped: m.skipped }, 'migrations');
  }
  const solver = await loadSolver();
  const warm = warmUpPlanner(solver, LIFTGRAPH_CATALOG);
  const model = await loadModel({
    registry: () => new ModelVersionRepository(db).list({ limit: 50 }),
    modelsDir: env.LIFTGRAPH_MODELS_DIR,
    pinned: env.PLANNER_MODEL,
  });
  app.log.info({ warmUpMs: warm.map((t) => Math.round(t)), model: model.detail }, 'planner ready');
  startup = model.detail;
  const explainer = model.explainer && {
    predictor: model.explainer.predictor,
    version: model.explainer.candidate.id,
    verdict: model.explainer.verdict,
  };
  plans = createPlanService({
    db,
    solver,
    catalog: LIFTGRAPH_CATALOG,
    predictor: model.predictor,
    explainer,
    onWarning: (message) => app.log.warn(message),
  });
}

// Retries until Neo4j answers (it may start after the planner); health stays green meanwhile.
for (let attempt = 1; plans === null; attempt++) {
  try {
    await start();
  } catch (error) {
    startup = `not ready (attempt ${attempt}): ${(error as Error).message}`;
    app.log.warn(startup);
    await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 500 * attempt)));
  }
}
