import { resolve } from 'node:path';
import { backupNeo4j, restoreNeo4j } from './backup.js';
import { boltUrl, loadConfig } from './config.js';
import { fetchNeo4j } from './fetch.js';
import { isAlive, readPid, startNeo4j, stopNeo4j } from './server.js';
import { waitForNeo4j } from './wait.js';

const USAGE = 'usage: neo4j <fetch|start|stop|status|wait> | neo4j <backup|restore> <file>';

// pnpm runs scripts from the repository root; a relative file is meant from where the user typed it.
const userPath = (file: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), file);

async function main(command: string | undefined, file: string | undefined): Promise<number> {
  const cfg = loadConfig();
  switch (command) {
    case 'fetch':
      await fetchNeo4j(cfg);
      return 0;
    case 'start':
      await startNeo4j(cfg);
      return 0;
    case 'stop':
      await stopNeo4j(cfg);
      return 0;
    case 'wait':
      await waitForNeo4j(cfg, { timeoutMs: 120_000 });
      console.log(`Neo4j answers at ${boltUrl(cfg)}`);
      return 0;
    case 'backup':
    case 'restore':
      if (file === undefined) {
        console.error(`usage: pnpm neo4j:${command} <file>`);
        return 2;
      }
      if (command === 'backup') await backupNeo4j(cfg, userPath(file));
      else await restoreNeo4j(cfg, userPath(file));
      return 0;
    case 'status': {
      const pid = readPid(cfg);
      const running = pid !== null && isAlive(pid);
      console.log(JSON.stringify({ running, pid: running ? pid : null, version: cfg.version, url: boltUrl(cfg), home: cfg.homeDir }));
      return running ? 0 : 3;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`neo4j: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
