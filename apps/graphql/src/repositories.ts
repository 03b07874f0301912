import {
  AthleteHistoryRepository,
  AthleteRepository,
  ExerciseBatchRepository,
  ExerciseRepository,
  type GraphDb,
  InviteRepository,
  ModelVersionRepository,
  OrganisationRepository,
  PasswordResetRepository,
  ProgramRepository,
  RefreshTokenRepository,
  RosterRepository,
  UserRepository,
} from '@liftgraph/neo4j';

/** The repositories of one process (one driver); loaders and resolvers reach Neo4j only through these. */
export interface Repositories {
  db: GraphDb;
  users: UserRepository;
  roster: RosterRepository;
  exercises: ExerciseRepository;
  exerciseBatch: ExerciseBatchRepository;
  athletes: AthleteRepository;
  /** An athlete's log in the domain's shape (personal records read it). */
  history: AthleteHistoryRepository;
  programs: ProgramRepository;
  models: ModelVersionRepository;
  organisations: OrganisationRepository;
  invites: InviteRepository;
  passwordResets: PasswordResetRepository;
  refreshTokens: RefreshTokenRepository;
}

export function createRepositories(db: GraphDb): Repositories {
  return {
    db,
    users: new UserRepository(db),
    roster: new RosterRepository(db),
    exercises: new ExerciseRepository(db),
    exerciseBatch: new ExerciseBatchRepository(db),
    athletes: new AthleteRepository(db),
    history: new AthleteHistoryRepository(db),
    programs: new ProgramRepository(db),
    models: new ModelVersionRepository(db),
    organisations: new OrganisationRepository(db),
    invites: new InviteRepository(db),
    passwordResets: new PasswordResetRepository(db),
    refreshTokens: new RefreshTokenRepository(db),
  };
}

/** Wraps every repository method so each call increments `counts["repo.method"]` (the N+1 guard in tests). */
export function countingRepositories(repos: Repositories, counts: Record<string, number>): Repositories {
  const wrap = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(obj, prop, receiver) {
        const value: unknown = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        return (...args: unknown[]) => {
          const key = `${name}.${prop}`;
          counts[key] = (counts[key] ?? 0) + 1;
          return (value as (...a: unknown[]) => unknown).apply(obj, args);
        };
      },
    });
  // Every repository the object holds (all but the driver handle), so a new one is counted without a line here.
  return Object.fromEntries(
    Object.entries(repos).map(([name, repo]: [string, object]) => [name, name === 'db' ? repo : wrap(name, repo)]),
  ) as unknown as Repositories;
}
