// docker-compose.yml's scale-out shape, read through `docker compose config` (the CLI validates the file;
// no Docker engine is needed). Skips loudly where the compose plugin is missing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { describe, expect, it } from 'vitest';

interface ComposeService {
  image?: string;
  profiles?: string[];
  build?: { dockerfile?: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: unknown[];
  deploy?: { replicas?: number; resources?: { reservations?: { devices?: Array<{ driver?: string; capabilities?: string[] }> } } };
}

// Only what docker needs: the file interpolates NEO4J_URL, REDIS_URL, … from the environment, and the
// test command exports its own (bolt://127.0.0.1:7688), which must not leak into the checked defaults.
function composeEnv(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'DOCKER_CONFIG', 'DOCKER_HOST'];
  return { ...Object.fromEntries(keep.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]]]))), JWT_SECRET: 'x'.repeat(40) };
}

function composeConfig(args: string[]): { services: Record<string, ComposeService> } | null {
  const res = spawnSync('docker', ['compose', ...args, 'config', '--format', 'json'], { cwd: REPO_ROOT, encoding: 'utf8', env: composeEnv() });
  if (res.error !== undefined || (res.status !== 0 && /not a docker command|unknown (shorthand )?flag|command not found/i.test(res.stderr))) return null;
  if (res.status !== 0) throw new Error(`docker compose config failed:\n${res.stderr}`);
  return JSON.parse(res.stdout) as { services: Record<string, ComposeService> };
}

const base = composeConfig([]);
if (base === null) console.warn('SKIPPED compose.test.ts: the docker compose plugin is not installed (docker compose config could not run)');

describe.skipIf(base === null)('docker-compose.yml scale-out', () => {
  const services = base?.services ?? {};

  it('should run GraphQL and the planner as replicas without host ports, behind the lb service', () => {
    for (const name of ['graphql', 'planner']) {
      expect(services[name]?.deploy?.replicas, name).toBeGreaterThanOrEqual(2);
      expect(services[name]?.ports ?? [], `${name} must not publish a host port (replicas would collide)`).toEqual([]);
    }
    expect(services.lb?.ports?.length).toBe(1);
    expect(readFileSync(join(REPO_ROOT, 'docker/lb.nginx.conf'), 'utf8')).toMatch(/proxy_pass \$graphql/);
  });

  it('should queue training on Redis for separate trainer workers, with neo4j:// routing everywhere', () => {
    expect(services.graphql?.environment?.REDIS_URL).toMatch(/^redis:\/\//);
    expect(services.trainer?.environment?.REDIS_URL).toBe(services.graphql?.environment?.REDIS_URL);
    expect(services.trainer?.command).toEqual(['node', 'dist/modules/model/worker.main.js']);
    for (const name of ['graphql', 'planner', 'trainer', 'migrate']) expect(services[name]?.environment?.NEO4J_URL, name).toMatch(/^neo4j:\/\//);
    expect(services.planner?.environment?.PLANNER_MIGRATE).toBe('false');
  });

  it('should add a GPU trainer only with --profile gpu, reserving an NVIDIA GPU and installing tfjs-node-gpu', () => {
    expect(services['trainer-gpu']).toBeUndefined();
    const gpu = composeConfig(['--profile', 'gpu'])?.services['trainer-gpu'];
    expect(gpu?.profiles).toEqual(['gpu']);
    expect(gpu?.deploy?.resources?.reservations?.devices?.[0]).toMatchObject({ driver: 'nvidia', capabilities: ['gpu'] });
    const dockerfile = readFileSync(join(REPO_ROOT, gpu?.build?.dockerfile ?? 'missing'), 'utf8');
    expect(dockerfile).toMatch(/pnpm add .*@tensorflow\/tfjs-node-gpu/);
    expect(dockerfile).toMatch(/FROM nvidia\/cuda:/);
  });
});
