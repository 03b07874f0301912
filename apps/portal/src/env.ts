import { z } from 'zod';

/** The portal's only reader of process.env. The browser talks to the GraphQL API at this URL. */
const EnvSchema = z.object({
  NEXT_PUBLIC_GRAPHQL_URL: z.string().url().default('http://127.0.0.1:4000/graphql'),
});

export const env = EnvSchema.parse({ NEXT_PUBLIC_GRAPHQL_URL: process.env.NEXT_PUBLIC_GRAPHQL_URL });
