import {
  buildLearningGraph,
  type Exercise,
  LIFTGRAPH_CATALOG,
  type LearningGraph,
  type LearningGraphOptions,
  timelineCutoff,
} from '@liftgraph/domain';
import neo4j from 'neo4j-driver';
import type { GraphDb } from '../graph-db.js';
import { toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import { storedIdResolver, toAthleteLogs } from './athlete-logs.mapper.js';
import { EXPORT_ATHLETE_IDS, EXPORT_SESSIONS } from './export-subgraph.cypher.js';
import type { ExportedGraphData } from './graph-data.js';
import { learningGraphFrom } from './learning-graph-window.js';

export interface ExportSubgraphOptions {
  athleteIds: readonly string[];
  /** Node dates (YYYY-MM-DD, inclusive) from here; earlier history still feeds features and edges are dropped. */
  from?: string;
  /** Only sessions dated on or before this (YYYY-MM-DD) are read: the graph as it was that day. */
  to?: string;
  /** Targets dated on/after this are test, before it train; default: the start of the last sixth of the timeline. */
  cutoffDate?: string;
  targetMode?: LearningGraphOptions['targetMode'];
  /** `persistence` skips the rule baseline (training-only exports); forced to `all` in `rule` target mode. */
  baselines?: LearningGraphOptions['baselines'];
  /** Exercises the stored ids resolve against (default: the catalog the graph is seeded from). */
  catalog?: readonly Exercise[];
}

/** The learning graph of the domain (the one feature pipeline), read from Neo4j. */
export interface SubgraphExport {
  graph: LearningGraph;
  /** The same arrays typed as the GNN's `GraphData`. */
  data: ExportedGraphData;
  /** Performance id (athlete/session key/order) of each node. */
  nodeIds: string[];
  cutoffDate: string;
}

/** Sessions per record of the export query (about 1,000 performances with their sets). */
const EXPORT_CHUNK = 200;

/** Athletes with at least one logged session, sorted (what "all athletes" means for an export). */
export async function exportableAthleteIds(db: GraphDb): Promise<string[]> {
  return readTx(db, 'export.athletes', async (tx) =>
    (await tx.run(EXPORT_ATHLETE_IDS)).records.map((r) => toStringValue(r.get('id'), 'id')),
  );
}

/**
 * Exports the learning graph of some athletes: their sessions, performances and sets are read from
 * Neo4j in columnar chunks, rebuilt into domain `AthleteLog`s (exercises resolved through the stored
 * (Performance)-[:OF]->(Exercise) ids) and handed to the domain's `buildLearningGraph`, so a CSV and
 * the graph give models identical features (LEARNING_FEATURES), edges (EDGE_TYPES), targets and masks.
 */
export async function exportSubgraph(db: GraphDb, opts: ExportSubgraphOptions): Promise<SubgraphExport> {
  const athleteIds = [...new Set(opts.athleteIds)].sort();
  const to = opts.to ?? null;
  // Mapped inside the read callback: no reference to the decoded records outlives it, so they are
  // garbage by the time the (allocation-heavy) graph build runs.
  const { logs, exerciseIds } = await readTx(db, 'export.subgraph', async (tx) =>
    toAthleteLogs((await tx.run(EXPORT_SESSIONS, { athleteIds, to, chunk: neo4j.int(EXPORT_CHUNK) })).records),
  );
  const dates = logs.flatMap((l) => l.sessions.map((s) => s.date));
  const cutoffDate = opts.cutoffDate ?? (dates.length > 0 ? timelineCutoff(dates) : '9999-12-31');
  const full = buildLearningGraph(logs, storedIdResolver(exerciseIds, opts.catalog ?? LIFTGRAPH_CATALOG), {
    cutoffDate,
    targetMode: opts.targetMode ?? 'observed',
    baselines: opts.targetMode === 'rule' ? 'all' : (opts.baselines ?? 'all'),
  });
  const graph = opts.from === undefined ? full : learningGraphFrom(full, opts.from);
  const nodeIds = graph.nodes.map((n) => `${n.athleteId}/${n.sessionKey}/${n.order}`);
  return { graph, data: graph, nodeIds, cutoffDate };
}
