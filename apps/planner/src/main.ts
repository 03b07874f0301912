import { buildServer } from './server.js';
import { loadEnv } from './env.js';

// Bootstrap only: env → server → shutdown hooks.
const env = loadEnv();
const app = buildServer({ logLevel: env.LOG_LEVEL, readiness: async () => ({ ok: true, detail: 'no dependencies yet' }) });

const shutdown = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ host: env.PLANNER_HOST, port: env.PLANNER_PORT });
