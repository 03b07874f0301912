import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// type-graphql loads graphql's CommonJS build; tests must use the same copy (graphql's realm check).
const resolve = {
  conditions: ['@liftgraph/source'],
  alias: [
    { find: /^graphql$/, replacement: 'graphql/index.js' },
    // The portal's `~/` path alias (apps/portal/tsconfig.json), for its unit tests.
    { find: /^~\//, replacement: fileURLToPath(new URL('./apps/portal/src/', import.meta.url)) },
  ],
};
const ssr = { resolve: { conditions: ['@liftgraph/source'], externalConditions: ['@liftgraph/source'] } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: 'unit',
          include: ['{packages,apps,tools,tooling}/*/{src,test}/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', '**/node_modules/**', '**/dist/**'],
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        ssr,
        test: {
          name: 'integration',
          include: ['{packages,apps,tools}/*/{src,test}/**/*.int.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['tools/test/neo4j-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        ssr,
        test: {
          // The portal in Debian's Chromium (playwright-core) against the real stack as processes.
          name: 'e2e',
          include: ['apps/portal/test/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**'],
          globalSetup: ['tools/test/neo4j-global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
