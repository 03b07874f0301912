import { graphql, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('createSchema', () => {
  it('should resolve the health query', async () => {
    const result = await graphql({ schema: await createSchema(), source: '{ health { status } }' });
    expect(result).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('should carry the load flags on both prescription types: a nullable load and two non-null booleans', async () => {
    const schema = await createSchema();
    for (const [typeName, load] of [['Prescription', 'weightKg'], ['PlannedPrescription', 'loadKg']] as const) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const fields = type.getFields();
      expect(String(fields[load]?.type)).toBe('Float');
      expect(String(fields.loadPerHand?.type)).toBe('Boolean!');
      expect(String(fields.bodyweight?.type)).toBe('Boolean!');
      expect(fields.loadPerHand?.description).toMatch(/each hand/);
    }
  });
});
