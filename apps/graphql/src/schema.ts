import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { HealthResolver } from './modules/health/health.resolver.js';

export function createSchema(emitSchemaFile?: string): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [HealthResolver], emitSchemaFile: emitSchemaFile ?? false, validate: false });
}
