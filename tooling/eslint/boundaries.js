// Import boundaries of ARCHITECTURE.md (plus the learning layer the README's Layout describes), enforced
// with no-restricted-imports. Arrows point at what may be imported; everything else of ours is forbidden.
const OURS = ['domain', 'neo4j', 'gnn', 'learning', 'graphql', 'planner', 'portal', 'cli'];

/** Who may import which @liftgraph/* package (apps/cli is the command line: it may use every library). */
export const ALLOWED = {
  'packages/domain': [],
  'packages/gnn': [],
  'packages/neo4j': ['domain'],
  // Datasets, training, evaluation, artifacts and the model registry: a library over gnn + neo4j that
  // the apps call (the API trains through it and never touches gnn itself).
  'packages/learning': ['domain', 'gnn', 'neo4j'],
  'apps/planner': ['domain', 'gnn', 'neo4j', 'learning'],
  'apps/graphql': ['domain', 'neo4j', 'learning'],
  'apps/portal': ['domain'],
  'apps/cli': ['domain', 'neo4j', 'gnn', 'learning', 'planner'],
};

/** Third-party modules a package may never import, whatever the arrows say. */
const FORBIDDEN_MODULES = {
  'packages/domain': ['neo4j-driver', 'node:fs', 'fs', 'node:net', 'node:http', '@tensorflow/*'],
  'packages/gnn': ['neo4j-driver'],
  // A library, not a service: no server, queue or HTTP of its own (the apps host the jobs).
  'packages/learning': ['fastify', '@apollo/server', 'bullmq', 'ioredis', 'node:http', 'http'],
  'apps/portal': ['neo4j-driver'],
};

function restrictionsFor(dir, { tests }) {
  const allowed = new Set(ALLOWED[dir]);
  const patterns = OURS.filter((name) => !allowed.has(name)).map((name) => ({
    group: [`@liftgraph/${name}`, `@liftgraph/${name}/*`],
    message: `${dir} may not import @liftgraph/${name} (see ARCHITECTURE.md: who may import whom).`,
  }));
  patterns.push({
    group: ['@liftgraph/*/src', '@liftgraph/*/src/*'],
    message: 'Deep imports into another package are banned: import its public entry point.',
  });
  // Tests may read fixtures from disk; the package's own code may not.
  for (const mod of tests ? [] : (FORBIDDEN_MODULES[dir] ?? [])) {
    patterns.push({ group: [mod], message: `${dir} may not import ${mod} (see ARCHITECTURE.md).` });
  }
  return patterns;
}

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', '**/test/**', '**/bench/**'];

export const boundaries = Object.keys(ALLOWED).flatMap((dir) => [
  {
    files: [`${dir}/**/*.{ts,tsx,mts,js,mjs}`],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictionsFor(dir, { tests: false }) }] },
  },
  {
    files: TEST_FILES.map((glob) => `${dir}/${glob}`),
    rules: { 'no-restricted-imports': ['error', { patterns: restrictionsFor(dir, { tests: true }) }] },
  },
]);
