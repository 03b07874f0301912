export { buildServer, type PlannerServerOptions } from './server.js';
