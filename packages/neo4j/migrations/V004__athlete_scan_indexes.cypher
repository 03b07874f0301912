// Import reads an athlete's existing sessions and performances by athleteId alone; the composite
// indexes of V002 need a predicate on every property, so these single-property ones serve that scan.
CREATE INDEX session_athlete IF NOT EXISTS FOR (n:Session) ON (n.athleteId);
CREATE INDEX performance_athlete IF NOT EXISTS FOR (n:Performance) ON (n.athleteId);
