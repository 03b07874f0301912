import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.js';

const Limit = z.object({ type: z.literal('number'), description: z.string(), maximum: z.number() });
const RequestBody = z.object({
  paths: z.object({
    '/programs': z.object({
      post: z.object({
        requestBody: z.object({
          content: z.object({
            'application/json': z.object({
              schema: z.object({
                required: z.array(z.string()),
                properties: z.object({
                  equipmentLimits: z.object({
                    description: z.string(),
                    default: z.unknown(),
                    properties: z.object({ heaviestDumbbellKg: Limit, smallestPlateKg: Limit }),
                  }),
                }),
              }),
            }),
          }),
        }),
      }),
    }),
  }),
});

describe('planner OpenAPI document', () => {
  it('should document equipmentLimits on POST /programs: optional, both limits in kg with their bounds', () => {
    const schema = RequestBody.parse(openApiDocument('test')).paths['/programs'].post.requestBody.content['application/json'].schema;
    expect(schema.required).not.toContain('equipmentLimits');
    const limits = schema.properties.equipmentLimits;
    expect(limits.default).toEqual({});
    expect(limits.properties.heaviestDumbbellKg.maximum).toBe(250);
    expect(limits.properties.heaviestDumbbellKg.description).toMatch(/heaviest dumbbell.*kg.*per-hand/);
    expect(limits.properties.smallestPlateKg.maximum).toBe(25);
    expect(limits.properties.smallestPlateKg.description).toMatch(/smallest plate.*steps of twice it/);
  });
});
