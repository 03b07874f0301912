import { graphql, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('createSchema', () => {
  it('should resolve the health query', async () => {
    const result = await graphql({ schema: await createSchema(), source: '{ health { status } }' });
    expect(result).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('should carry the load flags on the one prescription type: a nullable load and two non-null booleans', async () => {
    const schema = await createSchema();
    const type = schema.getType('Prescription');
    if (!isObjectType(type)) throw new Error('Prescription is not an object type');
    const fields = type.getFields();
    expect(String(fields.loadKg?.type)).toBe('Float');
    expect(String(fields.loadPerHand?.type)).toBe('Boolean!');
    expect(String(fields.bodyweight?.type)).toBe('Boolean!');
    expect(fields.loadPerHand?.description).toMatch(/each hand/);
  });

  it('should have one nested Program: weeks → days with their weekday → prescriptions with their source, and no second program type', async () => {
    const schema = await createSchema();
    const fieldsOf = (name: string): Record<string, string> => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      return Object.fromEntries(Object.entries(type.getFields()).map(([k, f]) => [k, String(f.type)]));
    };
    expect(fieldsOf('Program')).toMatchObject({ id: 'ID!', daysPerWeek: 'Int!', weeks: '[ProgramWeek!]!' });
    expect(fieldsOf('ProgramWeek')).toMatchObject({ index: 'Int!', deload: 'Boolean!', days: '[ProgramDay!]!' });
    expect(fieldsOf('ProgramDay')).toMatchObject({ index: 'Int!', dayOfWeek: 'Int!', label: 'String!', prescriptions: '[Prescription!]!' });
    expect(fieldsOf('Prescription')).toMatchObject({
      exerciseName: 'String!',
      source: 'String!',
      rationale: 'String!',
      restSec: 'Float!',
      targetRpe: 'Float!',
    });
    expect(String(schema.getMutationType()?.getFields().generateProgram?.type)).toBe('Program!');
    for (const gone of ['GeneratedProgram', 'PlannedWeek', 'PlannedDay', 'PlannedPrescription'])
      expect(schema.getType(gone), gone).toBeUndefined();
  });
});
