import { z } from 'zod';
import { planRequestSchema } from '../problem/plan-request.schema.js';
import { predictionsResponseSchema } from './next-predictions.js';

const muscles = z.array(z.string()).describe('free-exercise-db muscle-group names');

/** The response shape of POST /programs and GET /programs/:id (what `liftgraph plan --json` prints). */
export const programSchema = z.object({
  programId: z.string(),
  athleteId: z.string(),
  daysPerWeek: z.number().int(),
  weeks: z.array(z.object({
    index: z.number().int().describe('0-based week of the block'),
    deload: z.boolean(),
    days: z.array(z.object({
      index: z.number().int().describe('0-based session of the week'),
      dayOfWeek: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
      label: z.string(),
      prescriptions: z.array(z.object({
        exerciseId: z.string(),
        exerciseName: z.string(),
        primaryMuscles: muscles,
        secondaryMuscles: muscles,
        sets: z.number().int(),
        reps: z.number().int(),
        loadKg: z.number().nullable().describe(
          'external load in kg: each implement when loadPerHand; the added load when bodyweight (null = body weight alone)',
        ),
        loadPerHand: z.boolean().describe('true: a dumbbell or kettlebell in each hand and loadKg is each one (24 = 2 × 24 kg)'),
        bodyweight: z.boolean().describe('true: the body is the load (pull-up, dip, push-up); loadKg is the added load, null for none'),
        restSec: z.number(),
        targetRpe: z.number(),
        rationale: z.string(),
        source: z.enum(['gnn', 'rules', 'transfer', 'default']),
      })),
    })),
  })),
});

const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

const json = (schema: z.ZodType, io: 'input' | 'output' = 'output'): { content: { 'application/json': { schema: unknown } } } => ({
  content: { 'application/json': { schema: z.toJSONSchema(schema, { io, target: 'openapi-3.0' }) } },
});

/** OpenAPI 3.0 document generated from the zod schemas the routes validate with. */
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
          },
        },
      },
      '/programs/{id}': {
        get: {
          summary: 'A stored program',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { 200: { description: 'The program', ...json(programSchema) }, 404: { description: 'Unknown program', ...json(errorSchema) } },
        },
      },
      '/predictions': {
        get: {
          summary: "Next weight/reps/rest of the athlete's main exercises (top 8 of the last 8 weeks): model when one beat the baselines, else overload rules; each with the model's KernelSHAP reasons (served, or the model's view beside the rules) or why there are none",
          parameters: [{ name: 'athleteId', in: 'query', required: true, schema: { type: 'string', minLength: 1 } }],
          responses: {
            200: { description: 'Predictions with their reasons and explanations', ...json(predictionsResponseSchema) },
            400: { description: 'Missing or empty athleteId', ...json(errorSchema) },
            404: { description: 'Unknown athlete', ...json(errorSchema) },
          },
        },
      },
      '/health': { get: { summary: 'Liveness', responses: { 200: { description: 'The process answers' } } } },
      '/ready': { get: { summary: 'Readiness: Neo4j answers and the solver is warm', responses: { 200: { description: 'Ready' }, 503: { description: 'Not ready' } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.0 document' } } } },
    },
  };
}
