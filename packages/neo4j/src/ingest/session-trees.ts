import type { IngestRows, PerformanceRow, SessionRow } from './ingest-rows.mapper.js';

/** A performance row with `x`, the position of its exercise in the statement's `$exerciseIds`. */
export interface PerformanceLeaf extends Pick<PerformanceRow, 'id' | 'props' | 'sets'> {
  x: number;
}

/** A session row with its performances (in order): the parameter row of the session-tree statements. */
export interface SessionTree extends SessionRow {
  performances: PerformanceLeaf[];
}

export interface SessionTrees {
  /** Exercise ids the trees point into by position (`x`). */
  exerciseIds: string[];
  /** exercise id → position in `exerciseIds` (the publishing statement looks OF up by a performance's exerciseId). */
  exerciseIndex: Record<string, number>;
  trees: SessionTree[];
}

/** Groups the performances of the sessions `keep` selects under their session, in the rows' order. */
export function sessionTrees(rows: IngestRows, keep: (sessionId: string) => boolean): SessionTrees {
  const exerciseIds = rows.exerciseIds;
  const exerciseIndex: Record<string, number> = {};
  exerciseIds.forEach((id, i) => {
    exerciseIndex[id] = i;
  });
  const bySession = new Map<string, PerformanceLeaf[]>();
  for (const p of rows.performances) {
    if (!keep(p.sessionId)) continue;
    const x = exerciseIndex[p.exerciseId];
    if (x === undefined) throw new Error(`performance ${p.id}: exercise ${p.exerciseId} is not among the rows' exerciseIds`);
    const leaf: PerformanceLeaf = { id: p.id, props: p.props, sets: p.sets, x };
    const list = bySession.get(p.sessionId);
    if (list === undefined) bySession.set(p.sessionId, [leaf]);
    else list.push(leaf);
  }
  const trees = rows.sessions.filter((s) => keep(s.id)).map((s) => ({ id: s.id, props: s.props, performances: bySession.get(s.id) ?? [] }));
  return { exerciseIds, exerciseIndex, trees };
}

/** Sets in a tree (a batch of trees is cut by this weight). */
export const treeSets = (t: SessionTree): number => t.performances.reduce((n, p) => n + p.sets.index.length, 0);
