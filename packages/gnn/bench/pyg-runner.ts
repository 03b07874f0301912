import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** One PyG timing: medians in ms, as printed by the two PyG scripts. */
export interface PygTiming {
  epochMsMedian: number;
  inferMsMedian: number;
}

export interface PygOptions {
  python: string;
  /** Folder of the third-party reference (bench_pyg.py for sage/gcn). */
  referenceDir: string;
  /** Folder of our own PyG script for the heterogeneous model (bench_pyg_rsage.py). */
  ownDir: string;
  threads: string;
  epochs: string;
  numRelations: number;
}

/** The command that times `kind` on `graphDir` in PyG (argv, interpreter first). */
export function pygCommand(kind: string, graphDir: string, o: PygOptions): string[] {
  const common = ['--graph', graphDir, '--threads', o.threads, '--epochs', o.epochs];
  if (kind === 'rsage') return [o.python, join(o.ownDir, 'bench_pyg_rsage.py'), ...common, '--relations', String(o.numRelations)];
  return [o.python, join(o.referenceDir, 'bench_pyg.py'), '--model', kind, ...common];
}

/** Runs the PyG side; a failure is returned as its message (the run goes on without a ratio). */
export function runPyg(kind: string, graphDir: string, o: PygOptions): PygTiming | { error: string } {
  const [python = o.python, ...argv] = pygCommand(kind, graphDir, o);
  try {
    const out = execFileSync(python, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const line = out.split('\n').find((l) => l.startsWith('{'));
    if (line === undefined) return { error: `no JSON line from ${argv[0] ?? python}` };
    return JSON.parse(line) as PygTiming;
  } catch (e) {
    const stderr = (e as { stderr?: string }).stderr ?? '';
    return { error: stderr.trim().split('\n').slice(-1)[0] ?? String(e) };
  }
}
