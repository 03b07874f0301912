export { loadConfig, boltUrl, REPO_ROOT, type Neo4jToolConfig } from './config.js';
export { fetchNeo4j, isFetched } from './fetch.js';
export { startNeo4j, stopNeo4j, neo4jProcesses, readPid, isAlive } from './server.js';
export { waitForNeo4j } from './wait.js';
export { NEO4J_VERSION } from './version.js';
export { backupNeo4j, restoreNeo4j, type BackupResult } from './backup.js';
