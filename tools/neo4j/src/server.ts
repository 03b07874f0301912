import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { boltUrl, type Neo4jToolConfig } from './config.js';
import { fetchNeo4j, libDir } from './fetch.js';
import { findJava } from './java.js';
import { isAlive } from './process-state.js';
import { waitForNeo4j } from './wait.js';

export { isAlive };

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

const paths = (cfg: Neo4jToolConfig) => ({
  conf: join(cfg.homeDir, 'conf'),
  data: join(cfg.homeDir, 'data'),
  logs: join(cfg.homeDir, 'logs'),
  run: join(cfg.homeDir, 'run'),
  pidFile: join(cfg.homeDir, 'run', 'neo4j.pid'),
  console: join(cfg.homeDir, 'logs', 'console.log'),
});

function neo4jConf(cfg: Neo4jToolConfig): string {
  const p = paths(cfg);
  return [
    '# Written by tools/neo4j on every start; edit .env instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${cfg.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${cfg.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.directories.data=${p.data}`,
    `server.directories.logs=${p.logs}`,
    `server.directories.run=${p.run}`,
    `server.memory.heap.initial_size=${cfg.heap}`,
    `server.memory.heap.max_size=${cfg.heap}`,
    `server.memory.pagecache.size=${cfg.pageCache}`,
    `db.tx_state.memory_allocation=${cfg.txState}`,
    'db.tx_log.rotation.retention_policy=1 days',
    '',
  ].join('\n');
}

export function readPid(cfg: Neo4jToolConfig): number | null {
  const { pidFile } = paths(cfg);
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** Java processes running a Neo4j of this home directory (found through /proc, so even ones we lost the pid of). */
export function neo4jProcesses(cfg: Neo4jToolConfig): number[] {
  if (!existsSync('/proc')) return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.includes(ENTRY_POINT) && cmd.includes(`--home-dir=${cfg.homeDir}`)) found.push(Number(entry));
    } catch {
      // process ended while we looked
    }
  }
  return found;
}

function portBusy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function setInitialPassword(cfg: Neo4jToolConfig, java: string): void {
  const p = paths(cfg);
  if (existsSync(join(p.data, 'databases', 'system'))) return; // only before the first start
  const res = spawnSync(java, ['-cp', `${libDir(cfg)}/*`, ADMIN_TOOL, 'dbms', 'set-initial-password', cfg.password], {
    env: { ...process.env, NEO4J_HOME: cfg.homeDir, NEO4J_CONF: p.conf },
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    throw new Error(`neo4j-admin set-initial-password failed: ${res.stderr || res.stdout}`);
  }
}

export type StartResult = 'started' | 'already-running';

/** Fetches (once), configures and starts Neo4j in the background, then waits until `RETURN 1` succeeds. */
export async function startNeo4j(cfg: Neo4jToolConfig, log: (msg: string) => void = console.log): Promise<StartResult> {
  const p = paths(cfg);
  const pid = readPid(cfg);
  if (pid !== null && isAlive(pid)) {
    await waitForNeo4j(cfg, { timeoutMs: 90_000, pid });
    log(`Neo4j already running (pid ${pid}) at ${boltUrl(cfg)}`);
    return 'already-running';
  }
  const java = findJava(cfg.javaHome);
  if (await portBusy(cfg.boltPort)) {
    throw new Error(
      `Port ${cfg.boltPort} on 127.0.0.1 is already in use by another process. ` +
        'Fix: stop that process, or set NEO4J_BOLT_PORT (and NEO4J_URL) to a free port in .env.',
    );
  }
  await fetchNeo4j(cfg, log);
  for (const dir of [p.conf, p.data, p.logs, p.run]) await mkdir(dir, { recursive: true });
  await writeFile(join(p.conf, 'neo4j.conf'), neo4jConf(cfg));
  setInitialPassword(cfg, java.executable);
  const out = openSync(p.console, 'a');
  const child = spawn(
    java.executable,
    // The heap flags themselves: server.memory.heap.* in neo4j.conf is read only by Neo4j's launcher
    // script, which we bypass, so without them the JVM took its default (a quarter of RAM, growing).
    [
      `-Xms${cfg.heap}`,
      `-Xmx${cfg.heap}`,
      cfg.gc === 'g1' ? '-XX:+UseG1GC' : '-XX:+UseParallelGC',
      '-XX:-OmitStackTraceInFastThrow',
      '-cp',
      `${libDir(cfg)}/*`,
      ENTRY_POINT,
      `--home-dir=${cfg.homeDir}`,
      `--config-dir=${p.conf}`,
    ],
    { detached: true, stdio: ['ignore', out, out], env: { ...process.env, NEO4J_HOME: cfg.homeDir, NEO4J_CONF: p.conf } },
  );
  if (child.pid === undefined) throw new Error('Could not start Java for Neo4j.');
  child.unref();
  await writeFile(p.pidFile, `${child.pid}\n`);
  log(`Starting Neo4j ${cfg.version} (pid ${child.pid}, Java ${java.major}) on ${boltUrl(cfg)} ...`);
  await waitForNeo4j(cfg, { timeoutMs: 120_000, pid: child.pid, logFile: join(p.logs, 'neo4j.log') });
  log(`Neo4j is up at ${boltUrl(cfg)} (user ${cfg.user}; data in ${p.data})`);
  return 'started';
}

/** Stops Neo4j (SIGTERM, then SIGKILL after 60 s) and makes sure no Java process of this home is left. */
export async function stopNeo4j(cfg: Neo4jToolConfig, log: (msg: string) => void = console.log): Promise<'stopped' | 'not-running'> {
  const pids = new Set(neo4jProcesses(cfg));
  const pid = readPid(cfg);
  if (pid !== null && isAlive(pid)) pids.add(pid);
  if (pids.size === 0) {
    await rm(paths(cfg).pidFile, { force: true });
    log('Neo4j is not running.');
    return 'not-running';
  }
  for (const target of pids) process.kill(target, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while ([...pids].some(isAlive) && Date.now() < deadline) await sleep(200);
  for (const target of pids) if (isAlive(target)) process.kill(target, 'SIGKILL');
  while ([...pids].some(isAlive)) await sleep(100);
  await rm(paths(cfg).pidFile, { force: true });
  log(`Neo4j stopped (pid ${[...pids].join(', ')}).`);
  return 'stopped';
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
