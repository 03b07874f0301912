const EXERCISE_FIELDS = `{.id, .name, .mechanic, .force, .equipment, .level, .category, .pattern, .source, .bodyweight}`;

export const EXERCISES_BY_IDS = `
UNWIND $ids AS id
MATCH (e:Exercise {id: id})
RETURN e ${EXERCISE_FIELDS} AS exercise`;

export const TARGETS_BY_EXERCISE_IDS = `
UNWIND $ids AS id
MATCH (:Exercise {id: id})-[t:TARGETS]->(m:MuscleGroup)
RETURN id AS exerciseId, m.id AS muscle, t.role AS role, t.share AS share
ORDER BY exerciseId, share DESC, muscle`;

export const EXERCISES_BY_MUSCLE_IDS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (e:Exercise)-[t:TARGETS {role: 'primary'}]->(:MuscleGroup {id: id})
  WHERE e.source <> 'custom'
  RETURN e.id AS exerciseId ORDER BY t.share DESC, e.id LIMIT $limit
}
RETURN id AS muscle, collect(exerciseId) AS exerciseIds`;

export const MUSCLE_GROUPS = `
MATCH (m:MuscleGroup)
RETURN m.id AS id, coalesce(m.name, m.id) AS name, m.region AS region
ORDER BY id`;

// All filters optional; text matches the name case-insensitively. Custom (athlete-named) exercises are excluded.
export const SEARCH_EXERCISES = `
MATCH (e:Exercise)
WHERE e.source <> 'custom'
  AND ($text IS NULL OR toLower(e.name) CONTAINS $text)
  AND ($equipment IS NULL OR e.equipment IN $equipment)
  AND ($mechanic IS NULL OR e.mechanic = $mechanic)
  AND ($pattern IS NULL OR e.pattern = $pattern)
  AND ($muscle IS NULL OR EXISTS { (e)-[t:TARGETS]->(:MuscleGroup {id: $muscle}) WHERE $role IS NULL OR t.role = $role })
RETURN e ${EXERCISE_FIELDS} AS exercise
ORDER BY exercise.name, exercise.id
SKIP $offset LIMIT $limit`;

// k-anonymous usage counts: an exercise shows only when at least $minAthletes different athletes did it.
export const EXERCISE_USAGE = `
MATCH (p:Performance)
WITH p.exerciseId AS exerciseId, count(DISTINCT p.athleteId) AS athletes, count(p) AS performances
WHERE athletes >= $minAthletes
MATCH (e:Exercise {id: exerciseId})
RETURN e.id AS exerciseId, e.name AS name, athletes, performances
ORDER BY performances DESC, exerciseId
LIMIT $limit`;

export const POPULATION_SUMMARY = `
CALL () { MATCH (a:Athlete) RETURN count(a) AS athletes }
CALL () { MATCH (s:Session) RETURN count(s) AS sessions, avg(s.loadAu) AS meanSessionLoadAu }
CALL () { MATCH (p:Performance) RETURN count(p) AS performances }
RETURN athletes, sessions, performances, meanSessionLoadAu`;
