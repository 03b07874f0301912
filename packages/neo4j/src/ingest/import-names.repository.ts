import { type NameMapping, nameMappingKey, nameReport, type NameReportRow, type WorkoutLog, withNameMappings } from '@liftgraph/domain';
import { catalogMatcher } from './ingest-rows.mapper.js';
import type { GraphDb } from '../graph-db.js';
import { toStringValue } from '../integer.mapper.js';
import { readTx } from '../tx.js';
import { EXISTING_EXERCISE_IDS, REMEMBERED_NAMES } from './import-names.cypher.js';

/** Who is importing for whom: the coach's organisation's mappings first, then those of the athlete's coaches. */
export interface NamesScope {
  coachId: string | null;
  athleteId: string | null;
}

/**
 * The exercise-name mappings remembered for the scope's organisations (keys by `nameMappingKey`);
 * the importing coach's organisation wins over the athlete's coaches'. Empty without an organisation.
 */
export async function rememberedNames(db: GraphDb, scope: NamesScope): Promise<NameMapping[]> {
  return readTx(db, 'import.names', async (tx) => {
    const res = await tx.run(REMEMBERED_NAMES, scope);
    // Rows come lowest precedence first, so a later row for the same name overrides.
    const byName = new Map<string, string>();
    for (const r of res.records) byName.set(toStringValue(r.get('name'), 'name'), toStringValue(r.get('exerciseId'), 'exerciseId'));
    return [...byName].map(([name, exerciseId]) => ({ name, exerciseId }));
  });
}

/** The ids among `ids` that are Exercise nodes in the graph. */
export async function existingExerciseIds(db: GraphDb, ids: readonly string[]): Promise<Set<string>> {
  return readTx(db, 'import.exercises', async (tx) => {
    const found = (await tx.run(EXISTING_EXERCISE_IDS, { ids: [...new Set(ids)] })).records[0]?.get('ids') as string[] | undefined;
    return new Set(found ?? []);
  });
}

/** Mappings as stored: keyed by `nameMappingKey`, one per key (the last given wins). */
export function storedMappings(mappings: readonly NameMapping[]): NameMapping[] {
  const byKey = new Map<string, string>();
  for (const m of mappings) byKey.set(nameMappingKey(m.name), m.exerciseId);
  return [...byKey].map(([name, exerciseId]) => ({ name, exerciseId }));
}

/**
 * What an import preview says about a log's names: every distinct name with its set count, mapped by
 * the scope's remembered mappings first (method `mapping`), else by the catalog matcher (with
 * suggestions for names it cannot map with confidence). Reads only.
 */
export async function previewNames(
  db: GraphDb,
  log: WorkoutLog,
  scope: NamesScope,
  extra: readonly NameMapping[] = [],
): Promise<NameReportRow[]> {
  const remembered = await rememberedNames(db, scope);
  return nameReport(log, withNameMappings(catalogMatcher(), [...remembered, ...extra]));
}
