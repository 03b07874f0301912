// Processes for the soak: start a service and wait for its health URL; read RSS and CPU time from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

export interface Service {
  name: string;
  child: ChildProcess;
  stop: () => Promise<void>;
}

/** Spawns `args` with its output appended to `logFile` (and an IPC channel when `ipc`); resolves once `healthUrl` answers 200. */
export async function startService(
  name: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; healthUrl: string; logFile: string; timeoutMs?: number; ipc?: boolean },
): Promise<Service> {
  const log = createWriteStream(opts.logFile, { flags: 'a' });
  const [cmd = process.execPath, ...rest] = args;
  const child = spawn(cmd, rest, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: opts.ipc === true ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} before it was healthy; see ${opts.logFile}`);
    try {
      if ((await fetch(opts.healthUrl)).ok) return { name, child, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stop();
  throw new Error(`${name} did not answer ${opts.healthUrl} in time; see ${opts.logFile}`);
}

/** VmRSS of a process in MiB, or null when it is gone. */
export function rssMiB(pid: number | undefined | null): number | null {
  if (pid === undefined || pid === null) return null;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? null : Number(m[1]) / 1024;
  } catch {
    return null;
  }
}

/** User + system CPU seconds a process has used (all its threads), or null when it is gone. */
export function cpuSeconds(pid: number | undefined | null): number | null {
  if (pid === undefined || pid === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // after the command: state(0) ... utime(11) stime(12), in clock ticks (100 per second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

export { freePort } from '@liftgraph/tools-neo4j/testing';
