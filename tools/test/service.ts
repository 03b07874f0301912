import { type ChildProcess, spawn } from 'node:child_process';

export { freePort } from '@liftgraph/tools-neo4j/testing';

export interface RunningService {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a service as a real process and waits until `GET <healthPath>` answers 200. */
export async function startService(opts: {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  port: number;
  healthPath?: string;
  timeoutMs?: number;
}): Promise<RunningService> {
  const child = spawn(opts.command, opts.args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  };
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${opts.command} ${opts.args.join(' ')} exited with ${child.exitCode}:\n${out}`);
    try {
      const res = await fetch(`${url}${opts.healthPath ?? '/health'}`);
      if (res.ok) return { url, process: child, output: () => out, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`${opts.command} did not become healthy at ${url} in time:\n${out}`);
}
