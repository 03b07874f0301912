import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImportErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries (tooling/eslint/boundaries.js)', () => {
  it.each([
    ['packages/gnn/src/probe.ts', "import { createDriver } from '@liftgraph/neo4j';", /packages\/gnn may not import @liftgraph\/neo4j/],
    ['packages/gnn/src/probe.ts', "import neo4j from 'neo4j-driver';", /may not import neo4j-driver/],
    ['packages/domain/src/probe.ts', "import { x } from '@liftgraph/gnn';", /packages\/domain may not import @liftgraph\/gnn/],
    ['packages/domain/src/probe.ts', "import { readFileSync } from 'node:fs';", /may not import node:fs/],
    ['apps/graphql/src/probe.ts', "import { plan } from '@liftgraph/planner';", /apps\/graphql may not import @liftgraph\/planner/],
    ['apps/portal/src/probe.ts', "import { createDriver } from '@liftgraph/neo4j';", /apps\/portal may not import @liftgraph\/neo4j/],
    ['apps/planner/src/probe.ts', "import { x } from '@liftgraph/domain/src/units';", /Deep imports/],
    // The learning layer: below the apps, above gnn and neo4j; the API reaches the models only through it.
    [
      'packages/learning/src/probe.ts',
      "import { generateProgram } from '@liftgraph/planner';",
      /packages\/learning may not import @liftgraph\/planner/,
    ],
    ['packages/learning/src/probe.ts', "import { Queue } from 'bullmq';", /packages\/learning may not import bullmq/],
    [
      'packages/gnn/src/probe.ts',
      "import { trainModels } from '@liftgraph/learning';",
      /packages\/gnn may not import @liftgraph\/learning/,
    ],
    ['apps/graphql/src/probe.ts', "import { GnnModel } from '@liftgraph/gnn';", /apps\/graphql may not import @liftgraph\/gnn/],
    ['apps/portal/src/probe.ts', "import { loadModel } from '@liftgraph/learning';", /apps\/portal may not import @liftgraph\/learning/],
  ])('should reject a forbidden import in %s: %s', async (file, code, message) => {
    const errors = await restrictedImportErrors(file, `${code}\nexport const probe = 1;\n`);
    expect(errors.some((e) => message.test(e))).toBe(true);
  });

  it.each([
    ['packages/neo4j/src/probe.ts', "import { kg } from '@liftgraph/domain';"],
    ['apps/planner/src/probe.ts', "import { fit } from '@liftgraph/gnn';"],
    ['apps/graphql/src/probe.ts', "import { createDriver } from '@liftgraph/neo4j';"],
    ['apps/graphql/src/probe.ts', "import { trainFromNeo4j } from '@liftgraph/learning';"],
    ['apps/planner/src/probe.ts', "import { loadModel } from '@liftgraph/learning';"],
    ['packages/learning/src/probe.ts', "import { GnnModel } from '@liftgraph/gnn';\nimport { exportSubgraph } from '@liftgraph/neo4j';"],
  ])('should allow an import along the architecture arrows in %s', async (file, code) => {
    expect(await restrictedImportErrors(file, `${code}\nexport const probe = 1;\n`)).toEqual([]);
  });
});

describe('import boundaries for tests', () => {
  it('should let a domain test read a fixture from disk but still forbid crossing packages', async () => {
    expect(
      await restrictedImportErrors(
        'packages/domain/src/probe.test.ts',
        "import { readFileSync } from 'node:fs';\nexport const p = readFileSync;",
      ),
    ).toEqual([]);
    const errors = await restrictedImportErrors(
      'packages/domain/src/probe.test.ts',
      "import { x } from '@liftgraph/neo4j';\nexport const p = x;",
    );
    expect(errors.some((e) => /may not import @liftgraph\/neo4j/.test(e))).toBe(true);
  });
});
