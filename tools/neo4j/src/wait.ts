import { existsSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { boltUrl, type Neo4jToolConfig } from './config.js';
import { isAlive as alive } from './process-state.js';

export interface WaitOptions {
  timeoutMs: number;
  /** When given, fail fast if this process exits while we wait. */
  pid?: number;
  /** Shown (its tail) when the server dies or never answers. */
  logFile?: string;
}

function tail(file: string | undefined, lines = 15): string {
  if (!file || !existsSync(file)) return '';
  return `\n--- last lines of ${file} ---\n${readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n')}`;
}

/** Waits until `RETURN 1` succeeds through neo4j-driver with the configured credentials. */
export async function waitForNeo4j(cfg: Neo4jToolConfig, opts: WaitOptions): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (opts.pid !== undefined && !alive(opts.pid)) {
      throw new Error(`Neo4j (pid ${opts.pid}) exited during start-up.${tail(opts.logFile)}`);
    }
    const driver = neo4j.driver(boltUrl(cfg), neo4j.auth.basic(cfg.user, cfg.password), { connectionTimeout: 2_000 });
    try {
      const res = await driver.executeQuery('RETURN 1 AS one');
      if (res.records[0]?.get('one').toNumber() === 1) return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('Neo.ClientError.Security')) {
        throw new Error(
          `Neo4j refused the credentials for user "${cfg.user}": ${String(error)}. Fix: NEO4J_PASSWORD must match ` +
            'the password the data folder was created with; or delete the data folder (.neo4j/data) to start afresh.',
        );
      }
    } finally {
      await driver.close();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `Neo4j did not answer RETURN 1 at ${boltUrl(cfg)} within ${opts.timeoutMs / 1000} s: ${String(lastError)}${tail(opts.logFile)}`,
  );
}
