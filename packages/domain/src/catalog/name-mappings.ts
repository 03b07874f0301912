import type { ExerciseMatch, ExerciseMatcher } from './exercise-matcher.js';

/** A logged exercise name a person mapped to a catalog exercise (remembered per organisation). */
export interface NameMapping {
  name: string;
  exerciseId: string;
}

/**
 * The key a mapping is stored and looked up under: Unicode-normalised (NFKC), trimmed, runs of
 * spaces collapsed, lower-case. Only the writing differs between two names with one key
 * (`Overhead Press (Each Side, Dumbbells)` and `overhead press  (each side, dumbbells)`), never the words.
 */
export function nameMappingKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A matcher that answers names mapped by hand first (confidence 1, method `mapping`), by
 * `nameMappingKey`, and asks `matcher` for every other name. Later mappings of one key win.
 */
export function withNameMappings(matcher: ExerciseMatcher, mappings: Iterable<NameMapping>): ExerciseMatcher {
  const byKey = new Map<string, string>();
  for (const m of mappings) byKey.set(nameMappingKey(m.name), m.exerciseId);
  if (byKey.size === 0) return matcher;
  return {
    match(name: string): ExerciseMatch {
      const exerciseId = byKey.get(nameMappingKey(name));
      return exerciseId === undefined ? matcher.match(name) : { exerciseId, confidence: 1, method: 'mapping' };
    },
  };
}
