import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalStack, startPortalStack } from './support/portal-stack';

let stack: PortalStack;

beforeAll(async () => {
  stack = await startPortalStack();
});

afterAll(async () => {
  await stack?.stop();
});

describe('analyst', () => {
  it('should run an example query in the GraphQL console and expand a node in the graph explorer', async () => {
    const { context, page } = await stack.signIn('analyst@liftgraph.demo');
    await page.waitForURL('**/analyst/console');
    await page.getByRole('button', { name: 'Most similar to the back squat' }).click();
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    const execute = page.getByRole('button', { name: /Execute query/ });
    await execute.click();
    const response = page.locator('.result-window');
    // GraphiQL fills its editor asynchronously: an Execute pressed before the example query is in it runs
    // nothing and leaves the result empty. Press again (a read query) while the result is still empty.
    await expect
      .poll(
        async () => {
          const text = await response.innerText();
          if (!text.includes('"similarExercises"') && (await execute.isEnabled()))
            await execute.click({ timeout: 5_000 }).catch(() => undefined);
          return text;
        },
        { timeout: 60_000, intervals: [2_000] },
      )
      .toContain('"similarExercises"');
    expect(await response.innerText()).toContain('"score"');
    await stack.shot(page, 'analyst-console');

    await page.getByRole('link', { name: 'Exercise graph' }).click();
    const nodes = page.getByRole('list', { name: 'Graph nodes' });
    await expect.poll(async () => nodes.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    const before = await nodes.getByRole('listitem').count();
    const expandButton = nodes.getByRole('button', { name: /^Expand / }).first();
    const label = (await expandButton.getAttribute('aria-label')) ?? '';
    await expandButton.click();
    await expect.poll(async () => nodes.getByRole('listitem').count(), { timeout: 30_000 }).toBeGreaterThan(before);
    expect(await nodes.getByRole('button', { name: label }).count()).toBe(0);

    // The squat (expanded on load) lists its TRANSFERS_TO neighbours in both directions once selected.
    await page.getByRole('searchbox', { name: 'Search exercises' }).fill('back squat');
    await page.getByRole('list', { name: 'Search results' }).getByRole('button', { name: '+ Barbell Back Squat' }).click();
    const relations = page.getByRole('list', { name: 'Transfers and similar exercises of Barbell Back Squat' });
    await expect
      .poll(
        () =>
          relations
            .getByRole('listitem')
            .filter({ hasText: /^transfers to / })
            .count(),
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    expect(
      await relations
        .getByRole('listitem')
        .filter({ hasText: /^gets carry-over from / })
        .count(),
    ).toBeGreaterThan(0);

    await page.waitForTimeout(500); // cytoscape lays out synchronously; give the canvas a frame to paint
    await stack.shot(page, 'graph-explorer');
    await context.close();
  });
});
