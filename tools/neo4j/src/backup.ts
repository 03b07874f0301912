import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Neo4jToolConfig } from './config.js';
import { libDir } from './fetch.js';
import { findJava } from './java.js';
import { isAlive, readPid, startNeo4j, stopNeo4j } from './server.js';

const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';
/** Community Edition has one user database; this is its name. */
export const DATABASE = 'neo4j';

export interface BackupResult {
  file: string;
  bytes: number;
  /** True when Neo4j was running: it was stopped for the dump (Community cannot dump a mounted database) and started again. */
  restarted: boolean;
}

function confDir(cfg: Neo4jToolConfig): string {
  return join(cfg.homeDir, 'conf');
}

function neo4jAdmin(cfg: Neo4jToolConfig, args: string[]): string {
  const java = findJava(cfg.javaHome);
  const res = spawnSync(java.executable, ['-cp', `${libDir(cfg)}/*`, ADMIN_TOOL, ...args], {
    env: { ...process.env, NEO4J_HOME: cfg.homeDir, NEO4J_CONF: confDir(cfg) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0)
    throw new Error(`neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${(res.stderr || res.stdout || String(res.error)).trim()}`);
  return `${res.stdout}${res.stderr}`;
}

const running = (cfg: Neo4jToolConfig): boolean => {
  const pid = readPid(cfg);
  return pid !== null && isAlive(pid);
};

/** Runs `work` with Neo4j stopped; restarts it afterwards (also when `work` fails) if it was running. */
async function whileStopped<T>(
  cfg: Neo4jToolConfig,
  why: string,
  log: (msg: string) => void,
  work: () => Promise<T>,
): Promise<{ value: T; restarted: boolean }> {
  const wasRunning = running(cfg);
  if (wasRunning) {
    log(`Stopping Neo4j: ${why}.`);
    await stopNeo4j(cfg, log);
  }
  try {
    return { value: await work(), restarted: wasRunning };
  } finally {
    if (wasRunning) {
      log('Starting Neo4j again.');
      await startNeo4j(cfg, log);
    }
  }
}

/**
 * `neo4j-admin database dump` of the `neo4j` database into `file` (an archive `restoreNeo4j` loads).
 * Neo4j Community cannot dump a mounted database, so a running server is stopped, dumped and started
 * again (it is unavailable meanwhile). The dump is written next to `file` first and renamed into
 * place, so a failed dump never leaves a truncated file under that name.
 */
export async function backupNeo4j(cfg: Neo4jToolConfig, file: string, log: (msg: string) => void = console.log): Promise<BackupResult> {
  const target = resolve(file);
  if (!existsSync(join(confDir(cfg), 'neo4j.conf')) || !existsSync(join(cfg.homeDir, 'data', 'databases', DATABASE))) {
    throw new Error(
      `No Neo4j database to back up in ${cfg.homeDir}. Fix: start Neo4j once (pnpm neo4j:start) or point LIFTGRAPH_NEO4J_HOME at the right folder.`,
    );
  }
  if (!existsSync(dirname(target)))
    throw new Error(`Folder ${dirname(target)} does not exist. Fix: create it, or give another path for the backup file.`);
  const work = mkdtempSync(join(dirname(target), '.neo4j-dump-'));
  try {
    const { restarted } = await whileStopped(cfg, 'Community Edition can only dump a stopped database', log, async () => {
      neo4jAdmin(cfg, ['database', 'dump', DATABASE, `--to-path=${work}`, '--overwrite-destination=true']);
    });
    await rename(join(work, `${DATABASE}.dump`), target);
    const bytes = statSync(target).size;
    log(
      `Backed up database "${DATABASE}" to ${target} (${bytes} bytes)${restarted ? '; Neo4j was stopped for the dump and is running again' : ''}.`,
    );
    return { file: target, bytes, restarted };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Replaces the `neo4j` database with the archive in `file` (`neo4j-admin database load
 * --overwrite-destination`). The archive is checked (`load --info`) before anything is stopped or
 * overwritten, so a missing or corrupt file leaves the current database untouched.
 */
export async function restoreNeo4j(
  cfg: Neo4jToolConfig,
  file: string,
  log: (msg: string) => void = console.log,
): Promise<{ restarted: boolean }> {
  const source = resolve(file);
  if (!existsSync(source) || !statSync(source).isFile())
    throw new Error(`Backup file ${source} not found. Fix: give the path of a file made by pnpm neo4j:backup.`);
  if (!existsSync(join(confDir(cfg), 'neo4j.conf'))) {
    log('This Neo4j home was never started: starting it once to create its configuration and system database.');
    await startNeo4j(cfg, log);
  }
  // load --from-path wants a folder holding <database>.dump.
  const work = mkdtempSync(join(tmpdir(), 'liftgraph-restore-'));
  try {
    await copyFile(source, join(work, `${DATABASE}.dump`));
    try {
      neo4jAdmin(cfg, ['database', 'load', DATABASE, `--from-path=${work}`, '--info']);
    } catch (error) {
      throw new Error(
        `${source} is not a readable Neo4j dump (${error instanceof Error ? error.message : String(error)}). Fix: use a file made by pnpm neo4j:backup.`,
      );
    }
    const { restarted } = await whileStopped(cfg, 'Community Edition can only load into a stopped database', log, async () => {
      neo4jAdmin(cfg, ['database', 'load', DATABASE, `--from-path=${work}`, '--overwrite-destination=true']);
    });
    log(
      `Restored database "${DATABASE}" from ${source}${restarted ? '; Neo4j was stopped for the load and is running again' : ' (Neo4j was not running; start it with pnpm neo4j:start)'}.`,
    );
    return { restarted };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
