import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { errorMapping } from './errors/error-mapping.middleware.js';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver.js';
import { AthleteResolver } from './modules/athlete/athlete.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { ExerciseResolver, TransferPathResolver } from './modules/exercise/exercise.resolver.js';
import { ExportResolver } from './modules/export/export.resolver.js';
import { MuscleGroupResolver } from './modules/exercise/muscle-group.resolver.js';
import { HealthResolver } from './modules/health/health.resolver.js';
import { ModelResolver } from './modules/model/model.resolver.js';
import { PredictionResolver } from './modules/prediction/prediction.resolver.js';
import { ProgramCalendarResolver } from './modules/program/program-calendar.resolver.js';
import { ProgramEditResolver } from './modules/program/program-edit.resolver.js';
import { ProgramLibraryResolver } from './modules/program/program-library.resolver.js';
import { PrescriptionResolver, ProgramResolver } from './modules/program/program.resolver.js';
import { SessionResolver } from './modules/workout/session.resolver.js';
import { WorkoutResolver } from './modules/workout/workout.resolver.js';
import { AdminResolver } from './modules/team/admin.resolver.js';
import { InviteResolver } from './modules/team/invite.resolver.js';
import { OrganisationResolver, TeamResolver, UserResolver } from './modules/team/team.resolver.js';

export const RESOLVERS = [
  HealthResolver,
  AuthResolver,
  UserResolver,
  InviteResolver,
  TeamResolver,
  OrganisationResolver,
  AdminResolver,
  ExerciseResolver,
  TransferPathResolver,
  MuscleGroupResolver,
  AthleteResolver,
  ProgramResolver,
  PrescriptionResolver,
  ProgramEditResolver,
  ProgramCalendarResolver,
  ProgramLibraryResolver,
  WorkoutResolver,
  SessionResolver,
  PredictionResolver,
  ModelResolver,
  AnalyticsResolver,
  ExportResolver,
] as const;

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [errorMapping],
    emitSchemaFile: emitSchemaFile === undefined ? false : { path: emitSchemaFile, sortedSchema: true },
    validate: false,
  });
}
