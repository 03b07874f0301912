import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAP_PROBE_NODE_ARGS, heapAfterGc, heapSnapshot } from '../soak-heap.js';
import { type HeapSnapshotJson, heapGrowth, summarizeHeapSnapshot } from '../soak-heap-snapshot.js';

// A stand-in service: on {retain: n} it keeps n more SoakLeakMarker objects; on {garbage: n} it allocates n and drops them.
const SERVICE = `
class SoakLeakMarker { constructor(i) { this.i = i; this.pad = new Array(16).fill(i); } }
const kept = [];
process.on('message', (m) => {
  if (m.retain) { for (let i = 0; i < m.retain; i++) kept.push(new SoakLeakMarker(i)); process.send({ done: true }); }
  if (m.garbage) { let x = []; for (let i = 0; i < m.garbage; i++) x.push(new SoakLeakMarker(i)); x = null; process.send({ done: true }); }
});
setInterval(() => {}, 1000);
`;

const children: ChildProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), 'soak-heap-test-'));
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function service(nodeArgs: string[]): ChildProcess {
  const child = spawn(process.execPath, [...nodeArgs, '-e', SERVICE], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  children.push(child);
  return child;
}

function tell(child: ChildProcess, m: Record<string, number>): Promise<void> {
  return new Promise((resolve) => {
    const on = (r: unknown): void => {
      if ((r as { done?: boolean }).done === true) {
        child.off('message', on);
        resolve();
      }
    };
    child.on('message', on);
    child.send(m);
  });
}

describe('heapAfterGc', () => {
  it('should count retained objects and not collected garbage, because it forces a full GC first', async () => {
    const child = service(HEAP_PROBE_NODE_ARGS);
    const before = await heapAfterGc(child, 0);
    await tell(child, { garbage: 200_000 });
    const afterGarbage = await heapAfterGc(child, 1);
    await tell(child, { retain: 200_000 });
    const afterRetain = await heapAfterGc(child, 2);
    // 200k markers with a 16-element array each are well over 20 MiB while reachable
    expect(afterRetain.heapUsedMiB - afterGarbage.heapUsedMiB).toBeGreaterThan(20);
    expect(afterGarbage.heapUsedMiB - before.heapUsedMiB).toBeLessThan(2);
    expect(afterRetain.tSec).toBe(2);
  });

  it('should say how to fix it when the service was started without --expose-gc', async () => {
    const child = service(HEAP_PROBE_NODE_ARGS.filter((a) => a !== '--expose-gc'));
    await expect(heapAfterGc(child, 0)).rejects.toThrowError(/--expose-gc/);
  });
});

describe('heapSnapshot + summarizeHeapSnapshot + heapGrowth', () => {
  it('should find the retained constructor and its count growth between two snapshots', async () => {
    const child = service(HEAP_PROBE_NODE_ARGS);
    await tell(child, { retain: 1000 });
    const first = summarizeHeapSnapshot(
      JSON.parse(readFileSync(await heapSnapshot(child, join(dir, 'a.heapsnapshot')), 'utf8')) as HeapSnapshotJson,
    );
    await tell(child, { retain: 5000 });
    const second = summarizeHeapSnapshot(
      JSON.parse(readFileSync(await heapSnapshot(child, join(dir, 'b.heapsnapshot')), 'utf8')) as HeapSnapshotJson,
    );
    expect(first.get('SoakLeakMarker')?.count).toBe(1000);
    expect(second.get('SoakLeakMarker')?.count).toBe(6000);
    const growth = heapGrowth(first, second, 5);
    expect(growth.map((g) => g.key)).toContain('SoakLeakMarker');
    expect(growth.find((g) => g.key === 'SoakLeakMarker')).toMatchObject({ countFrom: 1000, countTo: 6000 });
  });
});

describe('summarizeHeapSnapshot', () => {
  const meta = {
    node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
    node_types: [
      ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native', 'synthetic', 'concatenated string'],
    ],
  };

  it('should group objects by constructor, closures by name and all string kinds together', () => {
    const strings = ['Foo', 'handler', 'abc', '', 'xy'];
    // type, name, id, self_size, edge_count
    const nodes = [3, 0, 1, 24, 0, 3, 0, 3, 32, 0, 5, 1, 5, 40, 0, 2, 2, 7, 16, 0, 10, 4, 9, 20, 0, 5, 3, 11, 8, 0];
    const s = summarizeHeapSnapshot({ snapshot: { meta }, nodes, strings });
    expect(Object.fromEntries(s)).toEqual({
      Foo: { count: 2, bytes: 56 },
      '(closure) handler': { count: 1, bytes: 40 },
      '(string)': { count: 2, bytes: 36 },
      '(closure) (anonymous)': { count: 1, bytes: 8 },
    });
  });

  it('should reject something that is not a heap snapshot, naming the field', () => {
    expect(() =>
      summarizeHeapSnapshot({ snapshot: { meta: { node_fields: ['id'], node_types: [[]] } }, nodes: [], strings: [] }),
    ).toThrowError(/node_fields must hold type, name and self_size/);
    expect(() => summarizeHeapSnapshot({ snapshot: { meta }, nodes: [1, 2, 3], strings: [] })).toThrowError(/not a multiple of 5 fields/);
  });
});

describe('heapGrowth', () => {
  it('should list only groups that grew, largest byte growth first, at most top', () => {
    const from = new Map([
      ['A', { count: 1, bytes: 100 }],
      ['B', { count: 5, bytes: 500 }],
      ['C', { count: 2, bytes: 200 }],
    ]);
    const to = new Map([
      ['A', { count: 3, bytes: 300 }],
      ['B', { count: 4, bytes: 400 }],
      ['C', { count: 9, bytes: 900 }],
      ['D', { count: 1, bytes: 50 }],
    ]);
    expect(heapGrowth(from, to, 2).map((g) => g.key)).toEqual(['C', 'A']);
    expect(heapGrowth(from, to, 10).map((g) => g.key)).toEqual(['C', 'A', 'D']);
  });
});
