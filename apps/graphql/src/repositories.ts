import {
  AthleteRepository, ExerciseBatchRepository, ExerciseRepository, type GraphDb, ProgramRepository, RosterRepository, UserRepository,
} from '@liftgraph/neo4j';

/** The repositories of one process (one driver); loaders and resolvers reach Neo4j only through these. */
export interface Repositories {
  db: GraphDb;
  users: UserRepository;
  roster: RosterRepository;
  exercises: ExerciseRepository;
  exerciseBatch: ExerciseBatchRepository;
  athletes: AthleteRepository;
  programs: ProgramRepository;
}

export function createRepositories(db: GraphDb): Repositories {
  return {
    db,
    users: new UserRepository(db),
    roster: new RosterRepository(db),
    exercises: new ExerciseRepository(db),
    exerciseBatch: new ExerciseBatchRepository(db),
    athletes: new AthleteRepository(db),
    programs: new ProgramRepository(db),
  };
}
