// A Set has no id in the graph model (ARCHITECTURE.md: `Set {index, reps, weightKg, rpe?, type}` hanging
// off its Performance): it is identified by (its Performance, index) and only ever reached through
// (:Performance)-[:HAS_SET]->(:Set). The unique id of V001 cost an index entry and a uniqueness lock per
// set, the bulk of an import's nodes, so Set is by design the one node label without an id constraint.
DROP CONSTRAINT set_id_unique IF EXISTS;
// Sets written before this migration lose their id (small transactions: any log size fits the heap).
MATCH (st:Set) WHERE st.id IS NOT NULL
CALL (st) { REMOVE st.id } IN TRANSACTIONS OF 10000 ROWS;
