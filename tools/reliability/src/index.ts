export { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.js';
export { graphCounts, type GraphCounts } from './graph-counts.js';
export { syntheticLog, setCount } from './synthetic-log.js';
export { postGraphql, startApi, startPlanner, type GqlResponse, type Neo4jEnv } from './api-process.js';
export { createUser, dropPrefix, throttleKeyOf, FIXTURE_PASSWORD } from './fixture-users.js';
