// `npm start`: the main job. Local Neo4j, build, migrations + catalog, demo seed, a trained model,
// then GraphQL + planner + portal as processes; prints URLs and demo logins; Ctrl-C stops everything.
import { existsSync } from 'node:fs';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { boltUrl, loadConfig, REPO_ROOT, startNeo4j, stopNeo4j } from '@liftgraph/tools-neo4j';
import { PNPM, run } from './proc.js';

const cfg = loadConfig();
const ports = {
  graphql: Number(process.env.GRAPHQL_PORT ?? 4000),
  planner: Number(process.env.PLANNER_PORT ?? 4001),
  portal: Number(process.env.PORTAL_PORT ?? 3000),
};
const neo4jEnv = { NEO4J_URL: process.env.NEO4J_URL ?? boltUrl(cfg), NEO4J_USER: cfg.user, NEO4J_PASSWORD: cfg.password };

console.log('▶ Neo4j');
await startNeo4j(cfg);

console.log('\n▶ build');
if (run(PNPM, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']) !== 0) process.exit(1);

/** Runs `liftgraph <args>` against the dev Neo4j; returns its stdout (its stderr streams through). */
function liftgraph(args: string[]): string {
  const res = spawnSync(PNPM, ['-s', 'liftgraph', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...neo4jEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (res.status !== 0) {
    console.error(`liftgraph ${args.join(' ')} failed (exit ${res.status}):\n${res.stdout}`);
    process.exit(1);
  }
  return res.stdout;
}

console.log('\n▶ migrations and exercise catalog');
process.stdout.write(liftgraph(['db', 'migrate']));
console.log('\n▶ demo data (simulated athletes, idempotent)');
const seeded = JSON.parse(liftgraph(['seed', 'demo', '--json'])) as {
  logins: { email: string; role: string; password: string; name: string }[];
};
// The whole exercise catalog: free-exercise-db merged into the curated one, when the shared copy sits beside
// the repository (after the demo seed, which re-seeds the curated catalog alone).
const freeExerciseDb = join(REPO_ROOT, '../shared/data/exercises/free-exercise-db.json');
if (existsSync(freeExerciseDb)) {
  console.log(`\n▶ whole exercise catalog (free-exercise-db from ${freeExerciseDb}, merged into the curated one)`);
  process.stdout.write(liftgraph(['catalog', 'import', freeExerciseDb]));
} else {
  console.log(`\n▶ whole exercise catalog: skipped (no ${freeExerciseDb}); the explorer shows the curated catalog only`);
}
console.log('\n▶ model (GraphSAGE + GCN trained on the demo athletes, recorded as ModelVersion)');
// The seed names its athletes demo-athlete-1..n; train on those only (the dev database may hold more).
const demoAthletes = seeded.logins.filter((l) => l.role === 'ATHLETE').map((_, i) => `demo-athlete-${i + 1}`);
process.stdout.write(
  liftgraph(['gnn', 'train', '--from-neo4j', '--athletes', demoAthletes.join(','), '--epochs', '200', '--quiet', '--no-report'])
    .split('\n')
    .slice(-12)
    .join('\n'),
);

// The debut model (loads for exercises an athlete has never logged) learns from other people's logs:
// the shared pool of real exports when it sits beside the repository. The planner serves it only if its
// held-out evaluation beat the debut baselines (it says so on /ready either way).
const sharedLogs = join(REPO_ROOT, '../shared/data/real-logs');
if (existsSync(sharedLogs)) {
  console.log('\n▶ debut model (GCN on the shared real logs; served only if it beat the debut baselines)');
  process.stdout.write(liftgraph(['gnn', 'train', '--task', 'debut', '--pool', sharedLogs, '--conv', 'gcn', '--loss', 'mse']));
} else {
  console.log(`\n▶ debut model: skipped (no pool of real logs at ${sharedLogs}); first exposures use the planner's rules`);
}

const children: ChildProcess[] = [];
function service(name: string, cwd: string, args: string[], env: Record<string, string>): void {
  const child = spawn(args[0] ?? process.execPath, args.slice(1), {
    cwd: join(REPO_ROOT, cwd),
    env: { ...process.env, ...neo4jEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  child.stdout?.on('data', (d: Buffer) => process.stdout.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(d.toString().replace(/^(?=.)/gm, prefix)));
  child.on('exit', (code) => {
    if (!stopping) console.error(`${prefix}exited with ${code}`);
  });
  children.push(child);
}

async function healthy(url: string, timeoutMs = 60_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

console.log('\n▶ services');
service('planner', 'apps/planner', [process.execPath, 'dist/main.js'], { PLANNER_PORT: String(ports.planner) });
// TRUST_PROXY_HOPS 1: the portal's server is the proxy in front of the API (the sign-in limit keys on the browser's address).
service('graphql', 'apps/graphql', [process.execPath, 'dist/main.js'], {
  GRAPHQL_PORT: String(ports.graphql),
  PLANNER_URL: `http://127.0.0.1:${ports.planner}`,
  TRUST_PROXY_HOPS: '1',
});
service('portal', 'apps/portal', [process.execPath, 'dist/server/main.js', '-p', String(ports.portal), '-H', '127.0.0.1'], {
  NEXT_PUBLIC_GRAPHQL_URL: `http://127.0.0.1:${ports.graphql}/graphql`,
  // Read at request time by the portal's /api/graphql proxy (NEXT_PUBLIC_* is fixed at build time).
  GRAPHQL_URL: `http://127.0.0.1:${ports.graphql}/graphql`,
});

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping services and Neo4j ...');
  for (const child of children) child.kill('SIGTERM');
  await stopNeo4j(cfg);
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

const checks = await Promise.all([
  healthy(`http://127.0.0.1:${ports.planner}/health`),
  healthy(`http://127.0.0.1:${ports.graphql}/health`),
  healthy(`http://127.0.0.1:${ports.portal}/api/health`),
]);
if (checks.some((ok) => !ok)) {
  console.error('A service did not become healthy; see its output above.');
  await shutdown();
}
console.log(`
Liftgraph is up.
  Portal       http://127.0.0.1:${ports.portal}
  GraphQL API  http://127.0.0.1:${ports.graphql}/graphql
  Planner      http://127.0.0.1:${ports.planner}  (OpenAPI at /openapi.json)
  Neo4j        ${boltUrl(cfg)}  (user ${cfg.user}, password from NEO4J_PASSWORD)
Demo logins:
${seeded.logins.map((l) => `  ${l.role.padEnd(8)} ${l.email.padEnd(30)} password ${l.password}   (${l.name})`).join('\n')}
Press Ctrl-C to stop.`);
