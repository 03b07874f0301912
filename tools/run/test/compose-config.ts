// docker-compose.yml as `docker compose up` would see it: through `docker compose config` where the compose
// plugin exists, else parsed here (the `yaml` library with YAML merge keys, then compose's variable
// interpolation from an env file and the environment, then profiles). No Docker engine is needed either way.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';
import { parse } from 'yaml';

export interface ComposeService {
  image?: string;
  profiles?: string[];
  build?: { context?: string; dockerfile?: string; args?: Record<string, string> };
  command?: string[];
  environment?: Record<string, string>;
  ports?: unknown[];
  expose?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: unknown;
  deploy?: { replicas?: number; resources?: { reservations?: { devices?: Array<{ driver?: string; capabilities?: string[] }> } } };
}

export interface ComposeConfig {
  services: Record<string, ComposeService>;
}

export interface ResolveOptions {
  /** The env file compose reads for interpolation (`.env` next to the file; here e.g. `.env.example`); null = none. */
  envFile: string | null;
  /** Shell environment variables (they win over the env file, as in compose). */
  env?: Record<string, string>;
  profiles?: string[];
}

/**
 * Parses an env file the way compose does (compose-go's dotenv): `KEY=VALUE` lines, `#` comment lines, an
 * optional `export `; an unquoted value ends at the first `#`, is trimmed and has earlier variables expanded;
 * single quotes are literal; double quotes take \n and \r escapes and expand variables.
 */
export function parseEnvFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z0-9_.]+)\s*[=:]\s*(.*)$/.exec(line);
    if (m === null) throw new Error(`env file: cannot read line ${JSON.stringify(raw)}`);
    const [, key = '', rest = ''] = m;
    let value: string;
    if (rest.startsWith("'")) {
      const end = rest.indexOf("'", 1);
      if (end < 0) throw new Error(`env file: unterminated quoted value in ${JSON.stringify(raw)}`);
      value = rest.slice(1, end);
    } else if (rest.startsWith('"')) {
      const close = /^"((?:[^"\\]|\\.)*)"/.exec(rest);
      if (close === null) throw new Error(`env file: unterminated quoted value in ${JSON.stringify(raw)}`);
      const unescaped = (close[1] ?? '').replace(/\\(.)/g, (all, c: string) => (c === 'n' ? '\n' : c === 'r' ? '\r' : c === '$' ? all : c));
      value = interpolate(unescaped, out);
    } else {
      value = interpolate((rest.split('#')[0] ?? '').trimEnd(), out);
    }
    out[key] = value;
  }
  return out;
}

/**
 * Compose's interpolation of one string: `$$` is a literal `$`; `${VAR}`, `$VAR`, `${VAR:-default}` (unset
 * or empty), `${VAR-default}` (unset), `${VAR:?message}` / `${VAR?message}` (error), `${VAR:+alt}` / `${VAR+alt}`.
 * Defaults are interpolated in turn.
 */
export function interpolate(text: string, vars: Readonly<Record<string, string>>): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length && depth > 0; j++) {
        if (text[j] === '{') depth++;
        else if (text[j] === '}') depth--;
      }
      if (depth !== 0) throw new Error(`unterminated \${ in ${JSON.stringify(text)}`);
      out += expand(text.slice(i + 2, j - 1), vars);
      i = j - 1;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
      if (m === null) {
        out += '$';
        continue;
      }
      out += vars[m[0]] ?? '';
      i += m[0].length;
    }
  }
  return out;
}

function expand(inner: string, vars: Readonly<Record<string, string>>): string {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([\s\S]*))?$/.exec(inner);
  if (m === null) throw new Error(`invalid interpolation \${${inner}}`);
  const [, name = '', colon, op, arg = ''] = m;
  const value = vars[name];
  const missing = colon === ':' ? value === undefined || value === '' : value === undefined;
  if (op === undefined) return value ?? '';
  if (op === '-') return missing ? interpolate(arg, vars) : (value ?? '');
  if (op === '?') {
    if (missing) throw new Error(`required variable ${name} is missing a value: ${arg}`);
    return value ?? '';
  }
  return missing ? '' : interpolate(arg, vars);
}

function interpolateTree(v: unknown, vars: Readonly<Record<string, string>>): unknown {
  if (typeof v === 'string') return interpolate(v, vars);
  if (Array.isArray(v)) return v.map((x) => interpolateTree(x, vars));
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, interpolateTree(x, vars)]));
  return v;
}

/** The compose file parsed and resolved without Docker: merge keys, interpolation, profiles, string environments. */
export function resolveComposeYaml(o: ResolveOptions, file = join(REPO_ROOT, 'docker-compose.yml')): ComposeConfig {
  const vars = { ...(o.envFile === null ? {} : parseEnvFile(readFileSync(o.envFile, 'utf8'))), ...(o.env ?? {}) };
  const doc = parse(readFileSync(file, 'utf8'), { merge: true }) as { services: Record<string, Record<string, unknown>> };
  const resolved = interpolateTree(doc, vars) as { services: Record<string, Record<string, unknown>> };
  const active = new Set(o.profiles ?? []);
  const services: Record<string, ComposeService> = {};
  for (const [name, raw] of Object.entries(resolved.services)) {
    const profiles = raw.profiles as string[] | undefined;
    if (profiles !== undefined && !profiles.some((p) => active.has(p))) continue;
    const service = { ...raw } as ComposeService & Record<string, unknown>;
    const env = raw.environment;
    if (Array.isArray(env)) {
      service.environment = Object.fromEntries((env as string[]).map((e) => [e.split('=')[0] ?? e, e.slice(e.indexOf('=') + 1)]));
    } else if (env !== undefined && env !== null) {
      // Compose passes every value as a string (YAML numbers and booleans included).
      service.environment = Object.fromEntries(Object.entries(env as Record<string, unknown>).map(([k, x]) => [k, String(x)]));
    }
    const deploy = raw.deploy as { replicas?: unknown } | undefined;
    if (deploy?.replicas !== undefined) service.deploy = { ...(raw.deploy as object), replicas: Number(deploy.replicas) };
    services[name] = service;
  }
  return { services };
}

/** Only what docker needs, never this process's NEO4J_URL & co (the test command exports its own). */
function dockerEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'DOCKER_CONFIG', 'DOCKER_HOST'];
  return { ...Object.fromEntries(keep.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]]]))), ...extra };
}

/** `docker compose config --format json`, or null where the compose plugin (or docker) is missing. */
export function resolveComposeDocker(o: ResolveOptions): ComposeConfig | null {
  const args = [
    'compose',
    ...(o.envFile === null ? ['--env-file', '/dev/null'] : ['--env-file', o.envFile]),
    ...(o.profiles ?? []).flatMap((p) => ['--profile', p]),
    'config',
    '--format',
    'json',
  ];
  const res = spawnSync('docker', args, { cwd: REPO_ROOT, encoding: 'utf8', env: dockerEnv(o.env ?? {}) });
  if (
    res.error !== undefined ||
    (res.status !== 0 &&
      /not a docker command|unknown (shorthand )?flag|unknown command|command not found/i.test(`${res.stderr}${res.stdout}`))
  )
    return null;
  if (res.status !== 0) throw new Error(`docker compose config failed:\n${res.stderr}`);
  return JSON.parse(res.stdout) as ComposeConfig;
}

/** Whether `docker compose` can resolve the file here. */
export function composePluginAvailable(): boolean {
  return resolveComposeDocker({ envFile: null }) !== null;
}
