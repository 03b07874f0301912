export { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.js';
export { graphCounts, type GraphCounts } from './graph-counts.js';
export { syntheticLog, setCount } from './synthetic-log.js';
