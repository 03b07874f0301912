import {
  type Exercise,
  LIFTGRAPH_CATALOG,
  MOVEMENT_PATTERNS,
  MUSCLE_GROUPS,
  TRANSFERS_TO,
  topSimilar,
  type TransferEdge,
} from '@liftgraph/domain';

/** Properties stored on an `Exercise` node (targets and pattern become relationships). */
export interface ExerciseProps {
  name: string;
  mechanic: string;
  force: string | null;
  equipment: string;
  level: string;
  category: string;
  bodyweight: boolean;
  source: string;
  pattern: string;
  aliases: string[];
}

export interface ExerciseRow {
  id: string;
  pattern: string;
  props: ExerciseProps;
}

export interface TargetRow {
  exerciseId: string;
  muscle: string;
  role: 'primary' | 'secondary';
  share: number;
}

export interface CatalogRows {
  muscles: Array<{ id: string; name: string; region: string }>;
  patterns: Array<{ id: string; name: string; family: string }>;
  exercises: ExerciseRow[];
  targets: TargetRow[];
  similar: Array<{ from: string; to: string; score: number; basis: string }>;
  transfers: TransferEdge[];
}

/** Default number of SIMILAR_TO edges kept per exercise. */
export const SIMILAR_TOP_K = 8;

export function exerciseRow(e: Exercise): ExerciseRow {
  return {
    id: e.id,
    pattern: e.pattern,
    props: {
      name: e.name,
      mechanic: e.mechanic,
      force: e.force,
      equipment: e.equipment,
      level: e.level,
      category: e.category,
      bodyweight: e.bodyweight,
      source: e.source,
      pattern: e.pattern,
      aliases: e.aliases ?? [],
    },
  };
}

export function targetRows(e: Exercise): TargetRow[] {
  return e.targets.map((t) => ({ exerciseId: e.id, muscle: t.muscle, role: t.role, share: t.share }));
}

/**
 * SIMILAR_TO edges, the top `k` of each exercise. The curated exercises keep their neighbours among the
 * curated catalog, whatever else is seeded beside them: swap options and the planner read those edges
 * and offer only curated exercises (they carry strength ratios and loading rules), so importing
 * free-exercise-db must not push them out. Imported exercises get their top `k` in the whole catalog, so
 * every imported exercise is connected to the curated ones or to other imports.
 */
export function similarRows(catalog: readonly Exercise[], k: number): CatalogRows['similar'] {
  const own = catalog.filter((e) => e.source !== 'free-exercise-db');
  if (own.length === catalog.length) return topSimilar(catalog, k);
  const imported = new Set(catalog.filter((e) => e.source === 'free-exercise-db').map((e) => e.id));
  return [...topSimilar(own, k), ...topSimilar(catalog, k).filter((edge) => imported.has(edge.from))];
}

/** Everything the seed writes, derived purely from the domain catalog (deterministic order). */
export function buildCatalogRows(catalog: readonly Exercise[] = LIFTGRAPH_CATALOG, similarK = SIMILAR_TOP_K): CatalogRows {
  const ids = new Set(catalog.map((e) => e.id));
  return {
    muscles: MUSCLE_GROUPS.map((m) => ({ id: m.id, name: m.name, region: m.region })),
    patterns: MOVEMENT_PATTERNS.map((p) => ({ id: p.id, name: p.name, family: p.family })),
    exercises: catalog.map(exerciseRow),
    targets: catalog.flatMap(targetRows),
    similar: similarRows(catalog, similarK),
    // Only edges whose both ends are in this catalog (a trimmed catalog must not dangle).
    transfers: TRANSFERS_TO.filter((t) => ids.has(t.from) && ids.has(t.to)),
  };
}
