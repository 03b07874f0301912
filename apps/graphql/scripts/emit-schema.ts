// Writes apps/graphql/schema.graphql (committed; the portal's codegen input).
import { fileURLToPath } from 'node:url';
import { createSchema } from '../src/schema.js';

await createSchema(fileURLToPath(new URL('../schema.graphql', import.meta.url)));
