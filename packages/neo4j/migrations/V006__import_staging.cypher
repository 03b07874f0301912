// A big import is written in small transactions under staging labels (invisible to every query that
// reads Session/Performance) and published in one final transaction; these find staged nodes by id
// (publishing) and by athlete (discarding what a failed import left).
CREATE CONSTRAINT staged_session_id_unique IF NOT EXISTS FOR (n:StagedSession) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT staged_performance_id_unique IF NOT EXISTS FOR (n:StagedPerformance) REQUIRE n.id IS UNIQUE;
CREATE INDEX staged_session_athlete IF NOT EXISTS FOR (n:StagedSession) ON (n.athleteId);
