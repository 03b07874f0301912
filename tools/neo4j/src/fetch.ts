import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Neo4jToolConfig } from './config.js';

interface LockedJar {
  path: string;
  sha1: string;
}

const LOCK_FILE = new URL('../neo4j-jars.lock', import.meta.url);
const COMPLETE_MARKER = '.complete';

export async function readLock(): Promise<LockedJar[]> {
  const text = await readFile(LOCK_FILE, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [path, sha1] = line.trim().split(/\s+/);
      if (!path || !sha1) throw new Error(`neo4j-jars.lock: malformed line "${line}"`);
      return { path, sha1 };
    });
}

export function libDir(cfg: Neo4jToolConfig): string {
  return join(cfg.cacheDir, 'lib');
}

export function isFetched(cfg: Neo4jToolConfig): boolean {
  return existsSync(join(cfg.cacheDir, COMPLETE_MARKER));
}

async function download(url: string, attempts = 3): Promise<Buffer> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(120_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
      return Buffer.from(await res.arrayBuffer());
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(
    `Could not download ${url}: ${String(lastError)}. Fix: check the network can reach Maven Central, ` +
      'or set LIFTGRAPH_MAVEN_REPO to a Maven Central mirror.',
  );
}

/**
 * Downloads Neo4j Community's jars (the versions pinned in neo4j-jars.lock) from Maven Central into the
 * cache, verifying each SHA-1. A complete cache is never downloaded again.
 */
export async function fetchNeo4j(cfg: Neo4jToolConfig, log: (msg: string) => void = console.log): Promise<'cached' | 'downloaded'> {
  if (isFetched(cfg)) return 'cached';
  const jars = await readLock();
  const target = libDir(cfg);
  await mkdir(target, { recursive: true });
  const started = Date.now();
  let done = 0;
  let bytes = 0;
  const queue = [...jars];
  const worker = async () => {
    for (let jar = queue.shift(); jar; jar = queue.shift()) {
      const file = join(target, jar.path.split('/').pop() ?? jar.path);
      if (existsSync(file) && sha1(await readFile(file)) === jar.sha1) {
        done++;
        continue;
      }
      const body = await download(`${cfg.mavenRepo}/${jar.path}`);
      const got = sha1(body);
      if (got !== jar.sha1) {
        throw new Error(
          `Checksum mismatch for ${jar.path}: expected ${jar.sha1}, got ${got}. Fix: retry; if it persists, the mirror serves a different file.`,
        );
      }
      await mkdir(dirname(file), { recursive: true });
      await writeFile(`${file}.part`, body);
      await rename(`${file}.part`, file);
      bytes += body.length;
      done++;
      if (done % 40 === 0) log(`  ${done}/${jars.length} jars`);
    }
  };
  log(`Fetching Neo4j Community ${cfg.version} (${jars.length} jars) from ${cfg.mavenRepo} ...`);
  await Promise.all(Array.from({ length: 8 }, worker));
  await writeFile(join(cfg.cacheDir, COMPLETE_MARKER), `${new Date().toISOString()}\n`);
  log(`Fetched ${(bytes / 1e6).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s into ${cfg.cacheDir}`);
  return 'downloaded';
}

function sha1(data: Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}
