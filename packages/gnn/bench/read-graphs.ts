import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cooToCsr } from '../src/index.js';
import type { GraphData } from '../src/index.js';
import { edgeTypes, edgeWeights } from './relations.js';

/**
 * Reads one graph written by shared/bench/pyg-reference/gen_graphs.py (little-endian, row-major).
 * With `numRelations`, the edges also carry the types and weights of `relations.ts` (the rsage runs).
 */
export function readBenchGraph(dir: string, numRelations?: number): GraphData {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { N: number; E: number; F: number; T: number };
  const bytes = (name: string): Buffer => readFileSync(join(dir, name));
  const f32 = (name: string): Float32Array => {
    const b = bytes(name);
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  };
  const i32 = (name: string): Int32Array => {
    const b = bytes(name);
    return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  };
  return {
    numNodes: meta.N,
    numFeatures: meta.F,
    numTargets: meta.T,
    x: f32('x.f32'),
    y: f32('y.f32'),
    adjacency: cooToCsr(
      meta.N,
      i32('src.i32'),
      i32('tgt.i32'),
      numRelations === undefined ? {} : { edgeType: edgeTypes(meta.E, numRelations), edgeWeight: edgeWeights(meta.E) },
    ),
  };
}

function hasNumpy(python: string): boolean {
  try {
    execFileSync(python, ['-c', 'import numpy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure `graphsDir` holds the benchmark graphs; if absent, runs gen_graphs.py with `python`
 * (needs numpy) or explains how to produce them.
 */
export function ensureGraphs(graphsDir: string, genScript: string, python: string): void {
  if (existsSync(join(graphsDir, 'n1000', 'meta.json'))) return;
  if (!existsSync(genScript)) throw new Error(`no graphs in ${graphsDir} and no generator at ${genScript}; pass --graphs DIR`);
  if (!hasNumpy(python)) {
    throw new Error(
      `no graphs in ${graphsDir}, and ${python} has no numpy. Either:\n` +
        `  python3 -m venv /tmp/venv-np && /tmp/venv-np/bin/pip install numpy && /tmp/venv-np/bin/python ${genScript} ${graphsDir}\n` +
        `or rerun with --python /path/to/python-with-numpy`,
    );
  }
  console.error(`generating benchmark graphs into ${graphsDir} …`);
  execFileSync(python, [genScript, graphsDir], { stdio: ['ignore', 'ignore', 'inherit'] });
}
