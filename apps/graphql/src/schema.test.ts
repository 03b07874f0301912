import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

describe('createSchema', () => {
  it('should resolve the health query', async () => {
    const result = await graphql({ schema: await createSchema(), source: '{ health { status } }' });
    expect(result).toEqual({ data: { health: { status: 'ok' } } });
  });
});
