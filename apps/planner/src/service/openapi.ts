import { z } from 'zod';
import { planRequestSchema, programSchema } from '@liftgraph/domain/program';
import { predictionsResponseSchema } from './next-predictions.js';

const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output'): { content: { 'application/json': { schema: unknown } } } => ({
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io, target: 'openapi-3.0' }) } },
});

/** OpenAPI 3.0 document generated from the zod schemas the routes validate with (the program and its request: the domain's contract). */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.0.3',
    info: { title: 'Liftgraph planner', version, description: '3/5/6-day programs from GNN predictions and overload rules.' },
    paths: {
      '/programs': {
        post: {
          summary: 'Generate, store and return a program for an athlete from their logged history',
          requestBody: { required: true, ...json(planRequestSchema, 'input') },
          responses: {
            201: { description: 'The stored program', ...json(programSchema) },
            400: { description: 'Invalid request; `fields` names each offending field', ...json(errorSchema) },
            404: { description: 'Unknown athlete', ...json(errorSchema) },
            422: {
              description:
                'Valid request that cannot give a sensible program (equipment without the basic patterns, everything excluded, a time cap too short): the message names the cause and a fix; nothing is stored',
              ...json(errorSchema),
            },
          },
        },
      },
      '/predictions': {
        get: {
          summary:
            "Next weight/reps/rest of the athlete's main exercises (top 8 of the last 8 weeks): model when one beat the baselines, else overload rules; each with the model's KernelSHAP reasons (served, or the model's view beside the rules) or why there are none",
          parameters: [{ name: 'athleteId', in: 'query', required: true, schema: { type: 'string', minLength: 1 } }],
          responses: {
            200: { description: 'Predictions with their reasons and explanations', ...json(predictionsResponseSchema) },
            400: { description: 'Missing or empty athleteId', ...json(errorSchema) },
            404: { description: 'Unknown athlete', ...json(errorSchema) },
          },
        },
      },
      '/health': { get: { summary: 'Liveness', responses: { 200: { description: 'The process answers' } } } },
      '/ready': {
        get: {
          summary: 'Readiness: Neo4j answers and the solver is warm',
          responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.0 document' } } } },
    },
  };
}
