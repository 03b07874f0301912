import { defineConfig } from 'vitest/config';

// type-graphql loads graphql's CommonJS build; tests must use the same copy (graphql's realm check).
const resolve = {
  conditions: ['@liftgraph/source'],
  alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
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
    ],
  },
});
