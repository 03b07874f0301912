export { createSchema } from './schema.js';
