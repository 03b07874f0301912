// Pure: a V8 heap snapshot summarised as live objects per constructor (what DevTools' "Summary" view groups by),
// and the growth between two summaries — a retained leak shows as a constructor whose count keeps rising.

export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

/** Constructor (or `(closure) name`, `(string)`, `(array)` …) → live object count and self size in bytes. */
export type HeapSummary = Map<string, { count: number; bytes: number }>;

export interface HeapGrowth {
  key: string;
  countFrom: number;
  countTo: number;
  bytesFrom: number;
  bytesTo: number;
}

function groupKey(type: string, name: string): string {
  if (type === 'object' || type === 'native') return name;
  if (type === 'closure') return `(closure) ${name === '' ? '(anonymous)' : name}`;
  if (type.endsWith('string')) return '(string)';
  return `(${type})`;
}

export function summarizeHeapSnapshot(s: HeapSnapshotJson): HeapSummary {
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  if (
    !Array.isArray(types) ||
    typeAt === undefined ||
    nameAt === undefined ||
    sizeAt === undefined ||
    typeAt < 0 ||
    nameAt < 0 ||
    sizeAt < 0
  ) {
    throw new Error(`not a V8 heap snapshot: meta.node_fields must hold type, name and self_size, got ${JSON.stringify(fields)}`);
  }
  const width = fields.length;
  if (s.nodes.length % width !== 0)
    throw new Error(`not a V8 heap snapshot: ${s.nodes.length} node values is not a multiple of ${width} fields`);
  const summary: HeapSummary = new Map();
  for (let i = 0; i < s.nodes.length; i += width) {
    const type = String(types[s.nodes[i + typeAt] ?? -1] ?? 'unknown');
    const key = groupKey(type, s.strings[s.nodes[i + nameAt] ?? -1] ?? '');
    const entry = summary.get(key) ?? { count: 0, bytes: 0 };
    entry.count += 1;
    entry.bytes += s.nodes[i + sizeAt] ?? 0;
    summary.set(key, entry);
  }
  return summary;
}

/** The `top` groups that grew most in bytes from `from` to `to` (only those that grew). */
export function heapGrowth(from: HeapSummary, to: HeapSummary, top: number): HeapGrowth[] {
  const keys = new Set([...from.keys(), ...to.keys()]);
  return [...keys]
    .map((key) => ({
      key,
      countFrom: from.get(key)?.count ?? 0,
      countTo: to.get(key)?.count ?? 0,
      bytesFrom: from.get(key)?.bytes ?? 0,
      bytesTo: to.get(key)?.bytes ?? 0,
    }))
    .filter((g) => g.bytesTo > g.bytesFrom)
    .sort((a, b) => b.bytesTo - b.bytesFrom - (a.bytesTo - a.bytesFrom))
    .slice(0, top);
}

export function totalHeap(summary: HeapSummary): { count: number; bytes: number } {
  let count = 0;
  let bytes = 0;
  for (const e of summary.values()) {
    count += e.count;
    bytes += e.bytes;
  }
  return { count, bytes };
}
