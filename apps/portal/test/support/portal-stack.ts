import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, type RunningService, startService } from '@liftgraph/tools-test';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const PORTAL = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const REPO = join(PORTAL, '..', '..');
export const SCREENSHOTS = join(REPO, 'test-results', 'portal');
export const DEMO_PASSWORD = 'liftgraph-demo';

/** Neo4j, planner, GraphQL API and portal (its own server, `dist/server/main.js`) as real processes, on free ports, with the demo seed. */
export interface PortalStack {
  portalUrl: string;
  browser: Browser;
  signIn: (email: string) => Promise<{ context: BrowserContext; page: Page }>;
  shot: (page: Page, name: string) => Promise<string>;
  /** The last lines each service printed, for failure messages. */
  logs: () => string;
  /** SIGKILLs the planner (an outage, not a shutdown) and waits until the process is gone. */
  killPlanner: () => Promise<void>;
  /** Starts the planner again on its old port (the API's PLANNER_URL) and waits until `/ready` answers. */
  restartPlanner: () => Promise<void>;
  /**
   * Stops the GraphQL API and starts it again on its old port (the portal's GRAPHQL_URL) with `apiEnv` merged over the
   * first start's, e.g. a later LIFTGRAPH_TODAY: the server clock is read once at start. Sign-ins survive (the portal's cookie).
   */
  restartApi: (apiEnv: Record<string, string>) => Promise<void>;
  stop: () => Promise<void>;
}

function neo4jEnv(): Record<string, string> {
  const { NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (!NEO4J_URL || !NEO4J_USER || !NEO4J_PASSWORD)
    throw new Error('NEO4J_URL/USER/PASSWORD unset: run through the e2e vitest project (its global setup starts Neo4j)');
  return { NEO4J_URL, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE: 'neo4j' };
}

function must(cmd: string, args: string[], cwd: string, env: Record<string, string>): string {
  const r = spawnSync(cmd, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

export interface PortalStackOptions {
  /** Extra planner environment, e.g. PLANNER_MODEL to pin the model whose SHAP reasons the athlete page shows. */
  plannerEnv?: Record<string, string>;
  /** Extra GraphQL API environment, e.g. LIFTGRAPH_MODELS_DIR and TRAIN_ATHLETES for the Models page's training runs. */
  apiEnv?: Record<string, string>;
}

/**
 * Trains a small GraphSAGE on the simulated study scenario with the CLI (a few epochs, seconds) and
 * returns its artifact directory: a real model for the planner to explain with.
 */
export function trainTinyModel(modelsDir: string): string {
  const out = must(
    join(REPO, 'node_modules', '.bin', 'tsx'),
    [
      '--conditions=@liftgraph/source',
      'apps/cli/src/main.ts',
      'gnn',
      'train',
      'study',
      '--model',
      'graphsage',
      '--epochs',
      '5',
      '--no-report',
      '--json',
      '--quiet',
    ],
    REPO,
    { LIFTGRAPH_MODELS_DIR: modelsDir },
  );
  const json = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { artifacts?: { dir: string }[] };
  const dir = json.artifacts?.[0]?.dir;
  if (dir === undefined) throw new Error(`gnn train printed no artifact:\n${out.slice(-1000)}`);
  return dir;
}

// Under node_modules: git-ignored, and next build never touches it.
const BUILD_LOCK = join(PORTAL, 'node_modules', '.e2e-build.lock');

/** Whether the process that wrote a lock is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs the portal's build check under a lock shared by every e2e run on this checkout (a directory: mkdir is atomic),
 * so two runs started together never both see `.next/BUILD_ID` missing and build over each other — the second waits,
 * then finds the first one's build. A lock whose process is gone is taken over. (A `next build` run by hand while a
 * test serves `.next` is not covered.)
 */
async function withBuildLock(build: () => void): Promise<void> {
  const owner = join(BUILD_LOCK, 'pid');
  const deadline = Date.now() + 900_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(owner, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(existsSync(owner) ? readFileSync(owner, 'utf8') : NaN);
      if (Number.isInteger(pid) && !alive(pid)) rmSync(BUILD_LOCK, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`${BUILD_LOCK} held by pid ${pid} for 15 min: remove it if no build runs`);
      else await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  try {
    build();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export async function startPortalStack(options: PortalStackOptions = {}): Promise<PortalStack> {
  for (const app of ['planner', 'graphql']) {
    if (!existsSync(join(REPO, 'apps', app, 'dist', 'main.js')))
      throw new Error(`apps/${app}/dist/main.js is missing: run the build first (npm test does)`);
  }
  const env = neo4jEnv();
  // The API's demo seed (idempotent): a coach, simulated athletes with logs, an analyst.
  must(
    join(REPO, 'node_modules', '.bin', 'tsx'),
    ['--conditions=@liftgraph/source', 'apps/cli/src/main.ts', 'seed', 'demo', '--json'],
    REPO,
    env,
  );
  await withBuildLock(() => {
    if (!existsSync(join(PORTAL, '.next', 'BUILD_ID'))) must(join(PORTAL, 'node_modules', '.bin', 'next'), ['build'], PORTAL, {});
    if (!existsSync(join(PORTAL, 'dist', 'server', 'main.js')))
      must(join(PORTAL, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.server.json'], PORTAL, {});
  });

  const services: RunningService[] = [];
  const stopAll = async () => {
    for (const s of services.reverse()) await s.stop();
  };
  try {
    const plannerPort = await freePort();
    const startPlanner = () =>
      startService({
        command: process.execPath,
        args: ['dist/main.js'],
        cwd: join(REPO, 'apps', 'planner'),
        port: plannerPort,
        healthPath: '/ready',
        timeoutMs: 120_000,
        env: { ...env, PLANNER_PORT: String(plannerPort), ...options.plannerEnv },
      });
    let planner = await startPlanner();
    services.push(planner);
    const apiPort = await freePort();
    const startApi = (apiEnv: Record<string, string> | undefined) =>
      startService({
        command: process.execPath,
        args: ['dist/main.js'],
        cwd: join(REPO, 'apps', 'graphql'),
        port: apiPort,
        // The portal's server is the one proxy in front of the API: its X-Forwarded-For entry is the browser.
        env: {
          ...env,
          GRAPHQL_PORT: String(apiPort),
          PLANNER_URL: planner.url,
          LOG_LEVEL: 'warn',
          NODE_ENV: 'test',
          TRUST_PROXY_HOPS: '1',
          ...apiEnv,
        },
      });
    let api = await startApi(options.apiEnv);
    services.push(api);
    const portalPort = await freePort();
    const portal = await startService({
      command: process.execPath,
      args: ['dist/server/main.js', '-p', String(portalPort), '-H', '127.0.0.1'],
      cwd: PORTAL,
      port: portalPort,
      healthPath: '/api/health',
      timeoutMs: 90_000,
      env: { GRAPHQL_URL: `${api.url}/graphql`, NEXT_PUBLIC_GRAPHQL_URL: `${api.url}/graphql` },
    });
    services.push(portal);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    return {
      portalUrl: portal.url,
      browser,
      async signIn(email) {
        const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, baseURL: portal.url });
        const page = await context.newPage();
        await page.goto('/sign-in');
        await page.getByLabel('E-mail').fill(email);
        await page.getByLabel('Password').fill(DEMO_PASSWORD);
        await page.getByRole('button', { name: 'Sign in' }).click();
        try {
          // A loaded machine (several e2e stacks at once) has taken over 30 s for the first sign-in of a fresh API.
          await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 90_000 });
        } catch (error) {
          await page.screenshot({ path: join(SCREENSHOTS, `sign-in-failed-${email}.png`), fullPage: true });
          const alert = await page.getByRole('alert').allInnerTexts();
          throw new Error(
            `sign-in as ${email} did not leave /sign-in (alert: ${alert.join(' | ') || 'none'}); API log:\n${api.output().slice(-2000)}`,
            { cause: error },
          );
        }
        return { context, page };
      },
      async shot(page, name) {
        const path = join(SCREENSHOTS, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      logs: () => services.map((svc) => `--- ${svc.url}\n${svc.output().slice(-3000)}`).join('\n'),
      async killPlanner() {
        if (planner.process.exitCode !== null || planner.process.signalCode !== null) return;
        const exited = new Promise((resolve) => planner.process.once('exit', resolve));
        planner.process.kill('SIGKILL');
        await exited;
      },
      async restartPlanner() {
        const old = planner;
        planner = await startPlanner();
        services[services.indexOf(old)] = planner;
      },
      async restartApi(apiEnv) {
        const old = api;
        await old.stop();
        api = await startApi({ ...options.apiEnv, ...apiEnv });
        services[services.indexOf(old)] = api;
      },
      async stop() {
        await browser.close();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
