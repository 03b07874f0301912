import type { Exercise } from '../exercise/exercise.js';
import { type EquipmentToken, equipmentTokenOf, nameKey, normalizeExerciseName } from './normalize-exercise-name.js';
import { headAgreement, weightedDice } from './token-weights.js';

/**
 * A name is "mapped with confidence" when `confidence >= CONFIDENT_MATCH`. Below it the best guess
 * is still returned (for review) but callers must not treat it as that exercise.
 */
export const CONFIDENT_MATCH = 0.8;
/** Below this fuzzy score no exercise is proposed at all (`method: 'none'`). */
export const MIN_FUZZY_SCORE = 0.5;
/** Two different exercises scoring within this margin make a fuzzy match ambiguous. */
export const AMBIGUITY_MARGIN = 0.04;
/** Confidence kept when a name matches only without a parenthesised qualifier of words the catalog never uses. */
export const QUALIFIER_DISCOUNT = 0.95;
/**
 * Implements and settings a qualifier may name that no catalog name uses: such a qualifier changes
 * the exercise, so it is never dropped as noise (`Triceps Extension (Suspension)`, `Running (Outdoor)`).
 */
const MEANINGFUL_QUALIFIERS: ReadonlySet<string> = new Set([
  'suspension',
  'trx',
  'ring',
  'landmine',
  'sled',
  'bosu',
  'sandbag',
  'chain',
  'rope',
  'bench',
  'box',
  'plate',
  'ball',
  'outdoor',
  'indoor',
  'track',
  'trail',
]);
/** Ceiling on the confidence of an ambiguous fuzzy match: always below `CONFIDENT_MATCH`. */
export const AMBIGUOUS_CONFIDENCE_CAP = 0.75;

/** `mapping`: a name a person mapped by hand (see `withNameMappings`). */
export type MatchMethod = 'alias' | 'exact' | 'fuzzy' | 'none' | 'mapping';

export interface MatchCandidate {
  exerciseId: string;
  name: string;
  score: number;
}

export interface ExerciseMatch {
  exerciseId: string | null;
  /** 0..1; see `CONFIDENT_MATCH`. */
  confidence: number;
  /** `exact`: the catalog name; `alias`: a curated logger name; `fuzzy`: token-set similarity; `mapping`: mapped by a person. */
  method: MatchMethod;
  /** Best fuzzy candidates, best first (fuzzy and none only). */
  candidates?: MatchCandidate[];
}

export interface ExerciseMatcher {
  match(name: string): ExerciseMatch;
}

interface NameVariant {
  exercise: Exercise;
  tokens: string[];
  equipment: EquipmentToken | null;
}

interface KeyHit {
  exerciseId: string;
  method: 'alias' | 'exact';
}

/**
 * Equipment agreement factor: 1 when the query names the candidate's equipment; 0.9 when the query
 * names none (bodyweight candidates are the natural reading of a bare name, so 1); 0.5 for a clash,
 * which keeps "Incline Bench Press (Dumbbell)" away from the barbell version.
 */
export function equipmentFactor(query: EquipmentToken | null, candidate: EquipmentToken | null): number {
  if (query === candidate) return 1;
  if (query === null) return candidate === 'bodyweight' ? 1 : 0.9;
  if (candidate === null) return 0.85;
  if (query === 'ezbar' && candidate === 'barbell') return 0.85;
  if (query === 'machine' && candidate === 'smith') return 0.6;
  return 0.5;
}

class KeyIndex {
  private readonly hits = new Map<string, KeyHit | 'ambiguous'>();

  add(key: string, hit: KeyHit): void {
    const prev = this.hits.get(key);
    if (prev === undefined) this.hits.set(key, hit);
    else if (prev !== 'ambiguous' && prev.exerciseId !== hit.exerciseId) this.hits.set(key, 'ambiguous');
    else if (prev !== 'ambiguous' && prev.method === 'alias' && hit.method === 'exact') this.hits.set(key, hit);
  }

  get(key: string): KeyHit | undefined {
    const hit = this.hits.get(key);
    return hit === 'ambiguous' ? undefined : hit;
  }
}

/**
 * Build a matcher from logger exercise names to catalog ids.
 *
 * 1. Key lookup: the normalised key of the name against every catalog name and alias, first as
 *    written, then with the exercise's own equipment filled in for names that omit it
 *    ("Face Pull" ≡ "Face Pull (Cable)"). Keys shared by two exercises are ambiguous and skipped.
 * 2. Fuzzy: weighted Dice of the token sets (see `token-weights.ts`) times `headAgreement`
 *    (the movement nouns must agree) times `equipmentFactor`,
 *    best over each exercise's names; a near tie between two exercises caps the confidence.
 */
export function createExerciseMatcher(catalog: readonly Exercise[]): ExerciseMatcher {
  const written = new KeyIndex();
  const implied = new KeyIndex();
  const variants: NameVariant[] = [];
  for (const exercise of catalog) {
    const own = normalizeExerciseName(exercise.name);
    const exerciseEquipment = own.equipment ?? equipmentTokenOf(exercise.equipment);
    const names: Array<[string, KeyHit['method']]> = [
      [exercise.name, 'exact'],
      ...(exercise.aliases ?? []).map((a): [string, KeyHit['method']] => [a, 'alias']),
    ];
    for (const [name, method] of names) {
      const n = normalizeExerciseName(name);
      const hit = { exerciseId: exercise.id, method };
      written.add(n.key, hit);
      if (n.equipment === null && exerciseEquipment !== null) implied.add(nameKey(n.tokens, exerciseEquipment), hit);
      variants.push({ exercise, tokens: n.tokens, equipment: n.equipment ?? exerciseEquipment });
    }
  }

  const cache = new Map<string, ExerciseMatch>();
  // Every word the catalog's names use: a parenthesised qualifier made only of other words is noise.
  const vocabulary = new Set(variants.flatMap((v) => v.tokens));

  function fuzzy(tokens: string[], equipment: EquipmentToken | null): ExerciseMatch {
    const best = new Map<string, MatchCandidate>();
    for (const v of variants) {
      const score = weightedDice(tokens, v.tokens) * headAgreement(tokens, v.tokens) * equipmentFactor(equipment, v.equipment);
      const prev = best.get(v.exercise.id);
      if (prev === undefined || score > prev.score) best.set(v.exercise.id, { exerciseId: v.exercise.id, name: v.exercise.name, score });
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.exerciseId.localeCompare(b.exerciseId));
    const candidates = ranked.slice(0, 3).map((c) => ({ ...c, score: round(c.score) }));
    const top = ranked[0];
    if (top === undefined || top.score < MIN_FUZZY_SCORE) {
      return { exerciseId: null, confidence: round(top?.score ?? 0), method: 'none', candidates };
    }
    const runnerUp = ranked[1]?.score ?? 0;
    const ambiguous = top.score - runnerUp < AMBIGUITY_MARGIN;
    const confidence = ambiguous ? Math.min(top.score, AMBIGUOUS_CONFIDENCE_CAP) : top.score;
    return { exerciseId: top.exerciseId, confidence: round(confidence), method: 'fuzzy', candidates };
  }

  function match(name: string): ExerciseMatch {
    const cached = cache.get(name);
    if (cached) return cached;
    const n = normalizeExerciseName(name);
    let result: ExerciseMatch;
    const hit = n.tokens.length === 0 ? undefined : (written.get(n.key) ?? implied.get(n.key));
    if (hit) result = { exerciseId: hit.exerciseId, confidence: 1, method: hit.method };
    else if (n.tokens.length === 0) result = { exerciseId: null, confidence: 0, method: 'none', candidates: [] };
    else result = fuzzy(n.tokens, n.equipment);
    if (result.confidence < CONFIDENT_MATCH) result = withoutNoiseQualifiers(name, result) ?? result;
    cache.set(name, result);
    return result;
  }

  /**
   * A name whose parenthesised qualifier names no equipment and uses no word of the catalog
   * (`Hip Thrust Machine (Booty Builder)`: a brand or a nickname) is matched without it, at
   * `QUALIFIER_DISCOUNT` of that match's confidence, when that match confirms the best guess made
   * with the qualifier (`withQualifier`); else null.
   */
  function withoutNoiseQualifiers(name: string, withQualifier: ExerciseMatch): ExerciseMatch | null {
    let reduced = name;
    for (const group of name.match(/\([^()]*\)/g) ?? []) {
      const q = normalizeExerciseName(group);
      const noise = q.tokens.every((t) => !vocabulary.has(t) && !MEANINGFUL_QUALIFIERS.has(t));
      if (q.equipment === null && q.tokens.length > 0 && noise) reduced = reduced.replace(group, ' ');
    }
    if (reduced === name || normalizeExerciseName(reduced).tokens.length === 0) return null;
    const m = match(reduced);
    if (m.exerciseId === null || m.confidence < CONFIDENT_MATCH || m.exerciseId !== withQualifier.candidates?.[0]?.exerciseId) return null;
    return { ...m, confidence: round(m.confidence * QUALIFIER_DISCOUNT) };
  }

  return { match };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
