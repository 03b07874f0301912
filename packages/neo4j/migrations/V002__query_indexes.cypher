// Indexes behind the repositories' filters and the subgraph export's range scans.
CREATE INDEX exercise_equipment IF NOT EXISTS FOR (n:Exercise) ON (n.equipment);
CREATE INDEX exercise_source IF NOT EXISTS FOR (n:Exercise) ON (n.source);
CREATE INDEX session_athlete_started IF NOT EXISTS FOR (n:Session) ON (n.athleteId, n.startedAt);
CREATE INDEX performance_athlete_date IF NOT EXISTS FOR (n:Performance) ON (n.athleteId, n.date);
CREATE INDEX performance_athlete_exercise IF NOT EXISTS FOR (n:Performance) ON (n.athleteId, n.exerciseId);
CREATE INDEX import_athlete IF NOT EXISTS FOR (n:Import) ON (n.athleteId);
