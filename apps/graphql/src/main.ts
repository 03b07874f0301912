import 'reflect-metadata';
import { createGraphDb, neo4jConfig } from '@liftgraph/neo4j';
import { createTokenService } from './auth/token.js';
import { createContext, serverClock, type Services } from './context.js';
import { loadEnv } from './env.js';
import { createHttpServer } from './http.js';
import { OperationLimiter } from './limits/operation-limiter.js';
import { createLogger } from './logger.js';
import { createMailer } from './mail/create-mailer.js';
import { createTrainingJobs, trainingSettings } from './modules/model/create-training-jobs.js';
import { createPlannerClient } from './planner/planner-client.js';
import { createRepositories } from './repositories.js';
import { createSchema } from './schema.js';
import { createApolloServer } from './server.js';

// Bootstrap only: env → driver → schema → server → shutdown hooks.
const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
const db = createGraphDb(neo4jConfig(env));
const services: Services = {
  repos: createRepositories(db),
  planner: createPlannerClient({ baseUrl: env.PLANNER_URL, timeoutMs: env.PLANNER_TIMEOUT_MS }),
  tokens: createTokenService({ secret: env.JWT_SECRET, ttlSec: env.ACCESS_TOKEN_TTL_SEC }),
  mailer: createMailer({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM }, logger),
  accounts: {
    portalUrl: env.PORTAL_URL,
    refreshTtlSec: env.REFRESH_TOKEN_TTL_SEC,
    limits: {
      signUp: env.RATE_LIMIT_SIGN_UP,
      inviteCode: env.RATE_LIMIT_INVITE_CODE,
      resetPassword: env.RATE_LIMIT_RESET_PASSWORD,
      createInvite: env.RATE_LIMIT_CREATE_INVITE,
    },
  },
  training: createTrainingJobs({ redisUrl: env.REDIS_URL, settings: trainingSettings(env), onError: (message) => logger.warn(message) }),
  limits: new OperationLimiter(db, {
    generateProgram: env.RATE_LIMIT_GENERATE_PROGRAM,
    predictions: env.RATE_LIMIT_PREDICTIONS,
    trainModel: env.RATE_LIMIT_TRAIN_MODEL,
  }),
  logger,
  today: serverClock(env.LIFTGRAPH_TODAY),
  countQueries: env.COUNT_QUERIES,
  bookmarkWaitMs: env.NEO4J_BOOKMARK_WAIT_MS,
};
const schema = await createSchema();
const apollo = createApolloServer(
  schema,
  { maxDepth: env.MAX_QUERY_DEPTH, maxComplexity: env.MAX_QUERY_COMPLEXITY, introspection: env.NODE_ENV !== 'production' },
  logger,
);
await apollo.start();
const server = createHttpServer(apollo, {
  corsOrigins: env.CORS_ORIGINS,
  trustProxyHops: env.TRUST_PROXY_HOPS,
  logger,
  context: (auth, requestId, clientIp) => createContext(services, auth, requestId, clientIp),
});

const shutdown = async (): Promise<void> => {
  server.close();
  await services.training.close();
  await apollo.stop();
  await db.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());

server.listen(env.GRAPHQL_PORT, env.GRAPHQL_HOST, () => {
  logger.info({ url: `http://${env.GRAPHQL_HOST}:${env.GRAPHQL_PORT}/graphql`, planner: env.PLANNER_URL }, 'GraphQL API listening');
});
