import { z } from 'zod';

/**
 * The portal's only reader of process.env. Server-side only: the browser never calls the API
 * directly but goes through the same-origin `/api/graphql` route handler, so the API URL is read
 * when `next start` runs, not baked in at build time. GRAPHQL_URL wins over NEXT_PUBLIC_GRAPHQL_URL.
 */
const EnvSchema = z.object({
  GRAPHQL_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export function serverEnv(): z.infer<typeof EnvSchema> {
  return EnvSchema.parse({
    GRAPHQL_URL: process.env.GRAPHQL_URL ?? process.env.NEXT_PUBLIC_GRAPHQL_URL,
    NODE_ENV: process.env.NODE_ENV,
  });
}
