import type { IngestRows } from './ingest-rows.mapper.js';

/** What the graph already holds for an athlete, read at the start of the import transaction. */
export interface ExistingPerformance {
  id: string;
  exerciseId: string;
  startedAt: string;
  sessionId: string;
  order: number;
  next: string[];
  then: string[];
}

export interface Link {
  from: string;
  to: string;
}

/** Relationship changes that bring NEXT and THEN in line with the athlete's whole history. */
export interface LinkPlan {
  createNext: Link[];
  deleteNext: Link[];
  createThen: Link[];
  deleteThen: Link[];
}

type Ordered = Pick<ExistingPerformance, 'id' | 'exerciseId' | 'startedAt' | 'sessionId' | 'order'>;

// Code-unit comparison, the same order Cypher's ORDER BY gives strings.
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byTime = (a: Ordered, b: Ordered): number => cmp(a.startedAt, b.startedAt) || cmp(a.sessionId, b.sessionId) || a.order - b.order;
/** A link as one string (for set membership). */
export const linkKey = (l: Link): string => `${l.from}\u0000${l.to}`;

/** NEXT = consecutive performances of the same exercise for the athlete, in time order. */
export function desiredNext(performances: readonly Ordered[]): Link[] {
  const byExercise = new Map<string, Ordered[]>();
  for (const p of performances) {
    const list = byExercise.get(p.exerciseId);
    if (list === undefined) byExercise.set(p.exerciseId, [p]);
    else list.push(p);
  }
  const links: Link[] = [];
  for (const exerciseId of [...byExercise.keys()].sort(cmp)) {
    const list = (byExercise.get(exerciseId) ?? []).sort(byTime);
    for (let i = 0; i + 1 < list.length; i += 1) {
      const a = list[i];
      const b = list[i + 1];
      if (a !== undefined && b !== undefined) links.push({ from: a.id, to: b.id });
    }
  }
  return links;
}

function diff(desired: readonly Link[], existing: readonly Link[]): { create: Link[]; remove: Link[] } {
  const want = new Set(desired.map(linkKey));
  const have = new Set(existing.map(linkKey));
  return { create: desired.filter((l) => !have.has(linkKey(l))), remove: existing.filter((l) => !want.has(linkKey(l))) };
}

/**
 * Diffs the desired NEXT/THEN edges against the stored ones, so a first import only creates, a
 * re-import changes nothing, and an older file imported later splices into the NEXT chains.
 */
export function planLinks(rows: IngestRows, existing: readonly ExistingPerformance[]): LinkPlan {
  const all = new Map<string, Ordered>(existing.map((p) => [p.id, p]));
  for (const p of rows.performances) {
    all.set(p.id, {
      id: p.id,
      exerciseId: p.exerciseId,
      startedAt: String(p.props.startedAt),
      sessionId: p.sessionId,
      order: Number(p.props.order),
    });
  }
  const next = diff(
    desiredNext([...all.values()]),
    existing.flatMap((p) => p.next.map((to) => ({ from: p.id, to }))),
  );
  const filePerformances = new Set(rows.performances.map((p) => p.id));
  const storedThen = existing.filter((p) => filePerformances.has(p.id)).flatMap((p) => p.then.map((to) => ({ from: p.id, to })));
  const then = diff(rows.then, storedThen);
  return { createNext: next.create, deleteNext: next.remove, createThen: then.create, deleteThen: then.remove };
}
