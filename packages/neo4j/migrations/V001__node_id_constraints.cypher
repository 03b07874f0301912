// Every node label of the graph has a unique id (ARCHITECTURE.md "The graph in Neo4j").
CREATE CONSTRAINT migration_version_unique IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT exercise_id_unique IF NOT EXISTS FOR (n:Exercise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT muscle_group_id_unique IF NOT EXISTS FOR (n:MuscleGroup) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT movement_pattern_id_unique IF NOT EXISTS FOR (n:MovementPattern) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT coach_id_unique IF NOT EXISTS FOR (n:Coach) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT athlete_id_unique IF NOT EXISTS FOR (n:Athlete) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT performance_id_unique IF NOT EXISTS FOR (n:Performance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT set_id_unique IF NOT EXISTS FOR (n:Set) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id_unique IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_day_id_unique IF NOT EXISTS FOR (n:ProgramDay) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT prescription_id_unique IF NOT EXISTS FOR (n:Prescription) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT model_version_id_unique IF NOT EXISTS FOR (n:ModelVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_id_unique IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
