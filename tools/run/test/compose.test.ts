// docker-compose.yml as `cp .env.example .env && docker compose up` resolves it: through `docker compose config`
// where the compose plugin exists, else through the YAML parser and compose's interpolation rules in
// compose-config.ts (no Docker engine is needed either way; this test never skips). Every URL a container gets
// names another container, the credentials resolve to the configured ones everywhere (the Neo4j healthcheck
// included), and the scale-out shape holds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { describe, expect, it } from 'vitest';
import {
  type ComposeConfig,
  composePluginAvailable,
  interpolate,
  parseEnvFile,
  resolveComposeDocker,
  resolveComposeYaml,
  type ResolveOptions,
} from './compose-config.js';

const ENV_EXAMPLE = join(REPO_ROOT, '.env.example');
const DOCKER = composePluginAvailable();
console.info(
  `compose.test.ts: resolving docker-compose.yml with ${DOCKER ? '`docker compose config`' : 'the yaml parser (no docker compose plugin here)'}`,
);

function resolve(o: ResolveOptions): ComposeConfig {
  const viaDocker = DOCKER ? resolveComposeDocker(o) : null;
  return viaDocker ?? resolveComposeYaml(o);
}

/** Env keys whose URLs are for a browser on the host, not for a container (allowed to name localhost). */
const BROWSER_FACING = new Set(['CORS_ORIGINS']);
const URL_IN_VALUE = /\b[a-z][a-z0-9+.-]*:\/\/[^\s,]+/gi;

/** Every URL in every container's environment, with the service and key it came from. */
function containerUrls(cfg: ComposeConfig): Array<{ service: string; key: string; url: URL }> {
  return Object.entries(cfg.services).flatMap(([service, s]) =>
    Object.entries(s.environment ?? {})
      .filter(([key]) => !BROWSER_FACING.has(key))
      .flatMap(([key, value]) =>
        [...value.matchAll(URL_IN_VALUE)].flatMap((m) => (m[0].startsWith('/') ? [] : [{ service, key, url: new URL(m[0]) }])),
      ),
  );
}

// Not the default and not .env.example's: a deployment that changed the password and whose .env still
// carries the host's `npm start` URLs (the documented `cp .env.example .env` plus one edit).
const CUSTOM_NEO4J_PASSWORD = 'compose-check-neo4j-pass';
const CUSTOM_JWT_SECRET = 'compose-check-jwt-secret-0123456789-abcdef';

const example = parseEnvFile(readFileSync(ENV_EXAMPLE, 'utf8'));
const scenarios: Array<[string, ResolveOptions, { user: string; password: string; jwt: string }]> = [
  [
    '.env copied from .env.example',
    { envFile: ENV_EXAMPLE },
    { user: example.NEO4J_USER ?? '', password: example.NEO4J_PASSWORD ?? '', jwt: example.JWT_SECRET ?? '' },
  ],
  [
    "no .env at all (the file's defaults)",
    { envFile: null },
    { user: 'neo4j', password: 'liftgraph-dev', jwt: 'liftgraph-dev-only-secret-change-me-0123456789' },
  ],
  [
    '.env.example with another password and secret',
    { envFile: ENV_EXAMPLE, env: { NEO4J_PASSWORD: CUSTOM_NEO4J_PASSWORD, JWT_SECRET: CUSTOM_JWT_SECRET } },
    { user: example.NEO4J_USER ?? '', password: CUSTOM_NEO4J_PASSWORD, jwt: CUSTOM_JWT_SECRET },
  ],
];

describe('.env.example as compose reads it', () => {
  it('should hold the host URLs the containers must not inherit (what the compose file has to ignore)', () => {
    expect(example.NEO4J_URL).toBe('bolt://127.0.0.1:7687');
    expect(example.PLANNER_URL).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(example.NEO4J_PASSWORD).toBe('liftgraph-dev');
    expect(example.LIFTGRAPH_NEO4J_CACHE).toBe('');
  });

  it('should interpolate like compose', () => {
    const vars = { SET: 'x', EMPTY: '' };
    expect(interpolate('${SET:-d} ${EMPTY:-d} ${EMPTY-d} ${UNSET-d} $SET $$SET ${UNSET:-${SET}}', vars)).toBe('x d  d x $SET x');
    expect(interpolate('${SET:+alt}${EMPTY:+alt}', vars)).toBe('alt');
    expect(() => interpolate('${UNSET:?set it}', vars)).toThrow(/UNSET/);
  });
});

describe.each(scenarios)('docker-compose.yml resolved with %s', (_name, options, expected) => {
  const cfg = resolve(options);
  const services = cfg.services;
  const names = new Set(Object.keys(services));

  it('should leave no variable unresolved', () => {
    expect(JSON.stringify(cfg)).not.toMatch(/\$\{/);
  });

  it('should point every container URL at another service by its container hostname, never at the host', () => {
    const urls = containerUrls(cfg);
    expect(urls.length).toBeGreaterThanOrEqual(8);
    for (const { service, key, url } of urls) {
      expect(names.has(url.hostname), `${service}.${key}=${url.href}: ${url.hostname} is not a service of the compose file`).toBe(true);
      expect(url.hostname, `${service}.${key}`).not.toBe(service);
    }
  });

  it('should give every Neo4j client bolt/neo4j on the neo4j container, the planner on its port, Redis and the API on theirs', () => {
    const clients = Object.entries(services).filter(([, s]) => s.environment?.NEO4J_URL !== undefined);
    expect(clients.map(([n]) => n).sort()).toEqual(['graphql', 'migrate', 'planner', 'trainer']);
    for (const [name, s] of clients) {
      const url = new URL(s.environment?.NEO4J_URL ?? '');
      expect(`${url.protocol}//${url.host}`, name).toMatch(/^(bolt|neo4j):\/\/neo4j:7687$/);
    }
    const planner = new URL(services.graphql?.environment?.PLANNER_URL ?? '');
    expect(planner.hostname).toBe('planner');
    expect(planner.port).toBe(services.planner?.environment?.PLANNER_PORT);
    expect(services.planner?.expose?.map(String)).toContain(planner.port);
    const api = new URL(services.portal?.environment?.GRAPHQL_URL ?? '');
    expect(api.hostname).toBe('graphql');
    expect(api.port).toBe(services.graphql?.environment?.GRAPHQL_PORT);
    expect(api.pathname).toBe('/graphql');
    for (const name of ['graphql', 'trainer']) expect(services[name]?.environment?.REDIS_URL, name).toBe('redis://redis:6379');
    // The services listen on every interface of their container, not on its loopback only.
    expect(services.planner?.environment?.PLANNER_HOST).toBe('0.0.0.0');
    expect(services.graphql?.environment?.GRAPHQL_HOST).toBe('0.0.0.0');
  });

  it('should give Neo4j, its healthcheck and every client the same configured credentials', () => {
    expect(services.neo4j?.environment?.NEO4J_AUTH).toBe(`${expected.user}/${expected.password}`);
    for (const [name, s] of Object.entries(services).filter(([, x]) => x.environment?.NEO4J_URL !== undefined)) {
      expect(s.environment?.NEO4J_USER, name).toBe(expected.user);
      expect(s.environment?.NEO4J_PASSWORD, name).toBe(expected.password);
    }
    // The healthcheck runs with the configured password, resolved now, not a shell fallback to the default.
    const test = services.neo4j?.healthcheck?.test ?? [];
    expect(test.slice(0, 2)).toEqual(['CMD', 'cypher-shell']);
    expect(test[test.indexOf('-u') + 1]).toBe(expected.user);
    expect(test[test.indexOf('-p') + 1]).toBe(expected.password);
    expect(test.join(' ')).not.toMatch(/\$/);
    // The neo4j image reads NEO4J_* variables as settings: no client variable may leak into it.
    expect(Object.keys(services.neo4j?.environment ?? {}).filter((k) => ['NEO4J_URL', 'NEO4J_USER', 'NEO4J_PASSWORD'].includes(k))).toEqual(
      [],
    );
  });

  it('should give every API replica the same JWT secret, the configured one', () => {
    expect(services.graphql?.environment?.JWT_SECRET).toBe(expected.jwt);
    expect(expected.jwt.length).toBeGreaterThanOrEqual(32);
  });
});

describe('docker-compose.yml scale-out', () => {
  const services = resolve({ envFile: ENV_EXAMPLE }).services;

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
    for (const name of ['graphql', 'planner', 'trainer', 'migrate'])
      expect(services[name]?.environment?.NEO4J_URL, name).toMatch(/^neo4j:\/\//);
    expect(services.planner?.environment?.PLANNER_MIGRATE).toBe('false');
  });

  it('should add a GPU trainer only with --profile gpu, reserving an NVIDIA GPU and installing tfjs-node-gpu', () => {
    expect(services['trainer-gpu']).toBeUndefined();
    const gpu = resolve({ envFile: ENV_EXAMPLE, profiles: ['gpu'] }).services['trainer-gpu'];
    expect(gpu?.profiles).toEqual(['gpu']);
    expect(gpu?.deploy?.resources?.reservations?.devices?.[0]).toMatchObject({ driver: 'nvidia', capabilities: ['gpu'] });
    const dockerfile = readFileSync(join(REPO_ROOT, gpu?.build?.dockerfile ?? 'missing'), 'utf8');
    expect(dockerfile).toMatch(/pnpm add .*@tensorflow\/tfjs-node-gpu/);
    expect(dockerfile).toMatch(/FROM nvidia\/cuda:/);
  });
});

describe.runIf(DOCKER)('the YAML resolver against docker compose config', () => {
  it('should resolve every environment and healthcheck as docker compose does', () => {
    const docker = resolveComposeDocker({ envFile: ENV_EXAMPLE });
    const yaml = resolveComposeYaml({ envFile: ENV_EXAMPLE });
    for (const [name, s] of Object.entries(docker?.services ?? {})) {
      expect(yaml.services[name]?.environment, name).toEqual(s.environment);
      expect(yaml.services[name]?.healthcheck?.test, name).toEqual(s.healthcheck?.test);
    }
  });
});
