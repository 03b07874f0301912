import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import { loadEnv } from './env.js';
import { createHttpServer } from './http.js';
import { createSchema } from './schema.js';

// Bootstrap only: env → schema → server → shutdown hooks.
const env = loadEnv();
const apollo = new ApolloServer({ schema: await createSchema() });
await apollo.start();
const server = createHttpServer(apollo);

const shutdown = async () => {
  server.close();
  await apollo.stop();
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

server.listen(env.GRAPHQL_PORT, env.GRAPHQL_HOST, () => {
  console.log(JSON.stringify({ level: 'info', msg: `GraphQL API on http://${env.GRAPHQL_HOST}:${env.GRAPHQL_PORT}/graphql` }));
});
