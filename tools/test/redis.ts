import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { freePort } from '@liftgraph/tools-neo4j/testing';

/** `REDIS_SERVER`, else `redis-server` on PATH or in Debian's /usr/bin, /usr/sbin; null when absent. */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates =
    env.REDIS_SERVER !== undefined && env.REDIS_SERVER !== ''
      ? [env.REDIS_SERVER]
      : [
          ...(env.PATH ?? '')
            .split(delimiter)
            .filter((d) => d !== '')
            .map((d) => join(d, 'redis-server')),
          '/usr/bin/redis-server',
          '/usr/sbin/redis-server',
        ];
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // next candidate
    }
  }
  return null;
}

/** One PING over RESP; resolves true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d: Buffer) => done(d.toString().startsWith('+PONG')));
  });
}

export interface RunningRedis {
  url: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * A private, throw-away Redis for one test file: its own free port on 127.0.0.1, a temp working dir, no
 * persistence. `stop()` ends it and removes the dir.
 */
export async function startRedis(opts: { binary?: string; timeoutMs?: number } = {}): Promise<RunningRedis> {
  const binary = opts.binary ?? findRedisServer();
  if (binary === null)
    throw new Error('redis-server not found: install it (Debian: apt-get install -y redis-server) or set REDIS_SERVER to its path.');
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'liftgraph-redis-'));
  const child = spawn(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`redis-server exited with ${child.exitCode}:\n${out}`);
    }
    if (await ping(port)) return { url: `redis://127.0.0.1:${port}`, port, process: child, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`redis-server did not answer PING on port ${port} in time:\n${out}`);
}
