// Fresh sessions are written as trees: one parameter row per session carrying its performances, and
// each performance its sets as parallel lists. One statement then creates the session, its
// performances (INCLUDES, in order, chained by THEN) and their sets without a single index lookup per
// performance: the session is the node just created, and the exercise comes by position from a list
// matched once per statement (`$exerciseIds`, each row's `x` indexing it). Parameter fields are read
// inline and children created in FOREACH: a projection of the row, or an UNWIND of the sets, made the
// planner put Eager barriers in (it cannot tell a parameter map from a node). The same fragments
// serve the one-transaction path (final labels) and the staged path (StagedSession/StagedPerformance).

const sessionProps = (row: string): string => `{
  id: ${row}.id, athleteId: ${row}.props.athleteId, key: ${row}.props.key, startedAt: ${row}.props.startedAt, date: ${row}.props.date,
  title: ${row}.props.title, durationMin: ${row}.props.durationMin, sessionRpe: ${row}.props.sessionRpe, notes: ${row}.props.notes,
  loadAu: ${row}.props.loadAu, volumeLoadKg: ${row}.props.volumeLoadKg, sessionRpeSource: ${row}.props.sessionRpeSource
}`;

const performanceProps = (pr: string): string => `{
    id: ${pr}.id, athleteId: ${pr}.props.athleteId, sessionId: ${pr}.props.sessionId, exerciseId: ${pr}.props.exerciseId,
    exerciseName: ${pr}.props.exerciseName, date: ${pr}.props.date, startedAt: ${pr}.props.startedAt, order: ${pr}.props.order,
    sets: ${pr}.props.sets, totalSets: ${pr}.props.totalSets, reps: ${pr}.props.reps, weightKg: ${pr}.props.weightKg,
    restSec: ${pr}.props.restSec, rpe: ${pr}.props.rpe, rir: ${pr}.props.rir, volumeKg: ${pr}.props.volumeKg, e1rmKg: ${pr}.props.e1rmKg,
    supersetId: ${pr}.props.supersetId, notes: ${pr}.props.notes
  }`;

/** FOREACH creating the sets of performance `p` from parameter row `pr` (no id: performance + index, V007). */
export const createSets = (p: string, pr: string): string => `FOREACH (k IN range(0, size(${pr}.sets.index) - 1) |
    CREATE (${p})-[:HAS_SET]->(:Set {
      index: toInteger(${pr}.sets.index[k]), type: ${pr}.sets.type[k],
      reps: toInteger(${pr}.sets.reps[k]), weightKg: ${pr}.sets.weightKg[k], rpe: ${pr}.sets.rpe[k], rir: ${pr}.sets.rir[k],
      restSec: ${pr}.sets.restSec[k], distanceM: ${pr}.sets.distanceM[k], durationSec: ${pr}.sets.durationSec[k]
    })
  )`;

// The exercises of `$exerciseIds`, by position (null where one is missing: creating OF to it then fails).
const EXERCISES_BY_POSITION = `[xid IN $exerciseIds | head(COLLECT { MATCH (x:Exercise {id: xid}) RETURN x })] AS exs`;

// THEN chains a session's performances in order: they are created in row order into a list, then
// linked pairwise (FOREACH binds the two ends, since CREATE takes no expressions as nodes).
const chainThen = `FOREACH (k IN range(0, size(ps) - 2) |
  FOREACH (a IN [ps[k]] | FOREACH (b IN [ps[k + 1]] | CREATE (a)-[:THEN]->(b)))
)`;

/** Fresh sessions, whole, in the import's one transaction: Session, INCLUDES, Performance, OF, THEN, Set. */
export const CREATE_SESSION_TREES = `
MATCH (a:Athlete {id: $athleteId}), (i:Import {id: $importId})
WITH a, i, ${EXERCISES_BY_POSITION}
UNWIND $rows AS row
CREATE (a)-[:LOGGED]->(s:Session ${sessionProps('row')}), (i)-[:IMPORTED]->(s)
WITH s, row, exs
CALL (s, row, exs) {
  UNWIND row.performances AS pr
  CREATE (s)-[:INCLUDES]->(p:Performance ${performanceProps('pr')})
  FOREACH (e IN [exs[toInteger(pr.x)]] | CREATE (p)-[:OF]->(e))
  ${createSets('p', 'pr')}
  RETURN collect(p) AS ps
}
${chainThen}`;

/**
 * Staged sessions (one small transaction per batch): no Athlete, Import or Exercise edge, so nothing
 * that reads Session/Performance or walks from an athlete or an exercise reaches them. THEN and Set
 * hang only between staged nodes, so they are created here already.
 */
export const STAGE_SESSION_TREES = `
UNWIND $rows AS row
CREATE (s:StagedSession ${sessionProps('row')})
WITH s, row
CALL (s, row) {
  UNWIND row.performances AS pr
  CREATE (s)-[:INCLUDES]->(p:StagedPerformance ${performanceProps('pr')})
  ${createSets('p', 'pr')}
  RETURN collect(p) AS ps
}
${chainThen}`;

/**
 * Publishes staged sessions in the import's final transaction: labels, LOGGED/IMPORTED, and each
 * performance's OF edge (the exercise by position: `$exerciseIds[$exerciseIndex[p.exerciseId]]`).
 */
export const PUBLISH_SESSION_TREES = `
MATCH (a:Athlete {id: $athleteId}), (i:Import {id: $importId})
WITH a, i, ${EXERCISES_BY_POSITION}
UNWIND $ids AS id
MATCH (s:StagedSession {id: id})
REMOVE s:StagedSession
SET s:Session
CREATE (a)-[:LOGGED]->(s), (i)-[:IMPORTED]->(s)
WITH s, exs
CALL (s, exs) {
  MATCH (s)-[:INCLUDES]->(p)
  REMOVE p:StagedPerformance
  SET p:Performance
  WITH p, exs[toInteger($exerciseIndex[p.exerciseId])] AS e
  CREATE (p)-[:OF]->(e)
}`;
