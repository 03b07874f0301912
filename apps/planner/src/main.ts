import { LIFTGRAPH_CATALOG, todayFor } from '@liftgraph/domain';
import { createGraphDb, migrate, ModelVersionRepository, neo4jConfig } from '@liftgraph/neo4j';
import { loadEnv } from './env.js';
import { type LoadedModel, ServedModel } from '@liftgraph/learning';
import { ServedDebutModel } from './predictions/served-debut-model.js';
import { warmUpPlanner } from './program/warm-up.js';
import { buildServer } from './server.js';
import { createPlanService, type PlannerModel, type PlanService } from './service/plan-service.js';
import { loadSolver } from './solver/highs-solver.js';

// Bootstrap only: env → one Neo4j driver → server (health answers at once) → migrate, solver warm-up,
// model → ready. The model follows the registry (ServedModel: re-read when a request finds the last
// check older than PLANNER_MODEL_REFRESH_MS), and so does the debut model (the newest servable
// debut-model.json in LIFTGRAPH_MODELS_DIR; PLANNER_MODEL=none turns it off too). SIGTERM/SIGINT close the server, then the driver.
const env = loadEnv();
const db = createGraphDb(neo4jConfig(env));
let plans: PlanService | null = null;
let served: ServedModel | null = null;
let debut: ServedDebutModel | null = null;
let startup = 'starting: migrations, solver warm-up, model';

const plannerModel = (m: LoadedModel): PlannerModel => ({
  predictor: m.predictor,
  explainer: m.explainer && { predictor: m.explainer.predictor, version: m.explainer.candidate.id, verdict: m.explainer.verdict },
});

const app = buildServer({
  logLevel: env.LOG_LEVEL,
  plans: () => plans,
  readiness: async () => {
    if (plans === null || served === null) return { ok: false, detail: startup };
    try {
      await db.driver.verifyConnectivity({ database: db.database });
      await Promise.all([served.fresh(), debut?.fresh()]);
      return { ok: true, detail: debut ? `${served.detail()}; ${debut.detail()}` : `${served.detail()}; debut: off (PLANNER_MODEL=none)` };
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
  const model = await ServedModel.start({
    registry: () => new ModelVersionRepository(db).list({ limit: 50 }),
    modelsDir: env.LIFTGRAPH_MODELS_DIR,
    pinned: env.PLANNER_MODEL,
    maxAgeMs: env.PLANNER_MODEL_REFRESH_MS,
    onChange: (detail) => app.log.info({ model: detail }, 'model changed'),
  });
  const debutModel =
    env.PLANNER_MODEL === 'none'
      ? null
      : await ServedDebutModel.start({
          modelsDir: env.LIFTGRAPH_MODELS_DIR,
          maxAgeMs: env.PLANNER_MODEL_REFRESH_MS,
          onChange: (detail) => app.log.info({ debut: detail }, 'debut model changed'),
        });
  app.log.info({ warmUpMs: warm.map((t) => Math.round(t)), model: model.detail(), debut: debutModel?.detail() ?? 'off' }, 'planner ready');
  served = model;
  debut = debutModel;
  plans = createPlanService({
    db,
    solver,
    catalog: LIFTGRAPH_CATALOG,
    model: async () => ({ ...plannerModel(await model.fresh()), debut: (await debutModel?.fresh()) ?? null }),
    onWarning: (message) => app.log.warn(message),
    today: (timeZone) => todayFor(timeZone, { override: env.LIFTGRAPH_TODAY }),
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
