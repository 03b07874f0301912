import type { Exercise } from '../exercise/exercise.js';
import { createExerciseMatcher } from './exercise-matcher.js';
import { normalizeExerciseName } from './normalize-exercise-name.js';

/** How one imported exercise was merged. */
export interface MergeDecision {
  importedId: string;
  importedName: string;
  /** Catalog id it now belongs to (an existing exercise, or its own new id). */
  exerciseId: string;
  outcome: 'matched-own' | 'duplicate-import' | 'added';
}

export interface MergeResult {
  catalog: Exercise[];
  decisions: MergeDecision[];
  /** Counts of each outcome, for reports. */
  counts: Record<MergeDecision['outcome'], number>;
}

function withAlias(e: Exercise, alias: string): Exercise {
  const aliases = e.aliases ?? [];
  if (alias === e.name || aliases.includes(alias)) return e;
  return { ...e, aliases: [...aliases, alias] };
}

/**
 * Merge imported exercises into the own catalog without duplicates. An imported exercise whose
 * name normalises to the key of an own name or alias (the matcher's key lookup, not fuzzy) is the
 * same exercise: the own entry wins and gains the imported name as an alias. Imported exercises that
 * share a key with an earlier import are folded into it the same way. The rest are added as they
 * are (an id clashing with an own id gets a `fedb-` prefix). Inputs are not mutated; order is own
 * entries first, then additions in import order.
 */
export function mergeCatalog(own: readonly Exercise[], imported: readonly Exercise[]): MergeResult {
  const matcher = createExerciseMatcher(own);
  const byId = new Map<string, Exercise>(own.map((e) => [e.id, e]));
  const addedByKey = new Map<string, string>();
  const decisions: MergeDecision[] = [];
  for (const imp of imported) {
    const m = matcher.match(imp.name);
    const key = normalizeExerciseName(imp.name).key;
    const ownId = m.method === 'exact' || m.method === 'alias' ? m.exerciseId : null;
    const earlierId = addedByKey.get(key);
    const targetId = ownId ?? earlierId;
    if (targetId !== null && targetId !== undefined) {
      const target = byId.get(targetId);
      if (target) byId.set(targetId, withAlias(target, imp.name));
      decisions.push({
        importedId: imp.id,
        importedName: imp.name,
        exerciseId: targetId,
        outcome: ownId ? 'matched-own' : 'duplicate-import',
      });
      continue;
    }
    const id = byId.has(imp.id) ? `fedb-${imp.id}` : imp.id;
    byId.set(id, { ...imp, id, aliases: [...(imp.aliases ?? [])] });
    addedByKey.set(key, id);
    decisions.push({ importedId: imp.id, importedName: imp.name, exerciseId: id, outcome: 'added' });
  }
  const counts = { 'matched-own': 0, 'duplicate-import': 0, added: 0 };
  for (const d of decisions) counts[d.outcome]++;
  return { catalog: [...byId.values()], decisions, counts };
}
