// The soak driver's side of soak-heap-probe.cjs: node arguments that load the probe, and requests over the
// service's IPC channel (forced GC then memory figures; heap snapshots). Soak only.
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '@liftgraph/tools-neo4j';

export const HEAP_PROBE_NODE_ARGS = ['--expose-gc', '--require', join(REPO_ROOT, 'tools/run/soak-heap-probe.cjs')];

export interface HeapAfterGc {
  /** Seconds since the load started. */
  tSec: number;
  heapUsedMiB: number;
  heapTotalMiB: number;
  externalMiB: number;
  rssMiB: number;
  /** How long the forced full GC took, ms (the service is paused for it). */
  gcMs: number;
}

interface ProbeReply {
  soakProbeReply: number;
  error?: string;
  gcMs?: number;
  memory?: NodeJS.MemoryUsage;
  file?: string;
}

const MiB = 1024 * 1024;
let nextId = 1;

function ask(child: ChildProcess, request: Record<string, unknown>, timeoutMs: number): Promise<ProbeReply> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    if (child.send === undefined || !child.connected)
      return reject(new Error('the service has no IPC channel: start it with ipc: true and HEAP_PROBE_NODE_ARGS'));
    const onMessage = (m: unknown): void => {
      if (typeof m !== 'object' || m === null || (m as ProbeReply).soakProbeReply !== id) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      const reply = m as ProbeReply;
      if (reply.error !== undefined) reject(new Error(`heap probe: ${reply.error}`));
      else resolve(reply);
    };
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`heap probe did not answer ${String(request.soakProbe)} within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.send({ ...request, id });
  });
}

/** Forces a full GC in the service and returns its memory right after. */
export async function heapAfterGc(child: ChildProcess, tSec: number): Promise<HeapAfterGc> {
  const r = await ask(child, { soakProbe: 'gc' }, 30_000);
  if (r.memory === undefined || r.gcMs === undefined) throw new Error('heap probe: gc reply without memory figures');
  return {
    tSec,
    heapUsedMiB: r.memory.heapUsed / MiB,
    heapTotalMiB: r.memory.heapTotal / MiB,
    externalMiB: r.memory.external / MiB,
    rssMiB: r.memory.rss / MiB,
    gcMs: r.gcMs,
  };
}

/** Writes a V8 heap snapshot of the service to `path` (the service is paused while it is written). */
export async function heapSnapshot(child: ChildProcess, path: string): Promise<string> {
  const r = await ask(child, { soakProbe: 'snapshot', path }, 120_000);
  if (r.file === undefined) throw new Error('heap probe: snapshot reply without a file');
  return r.file;
}
