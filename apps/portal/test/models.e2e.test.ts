import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PortalStack, startPortalStack } from './support/portal-stack';

/** What the training run wrote into its artifact (predictor metadata in model.json). */
interface ArtifactRecord {
  lossHistory: number[];
  globalShap: { targets: Array<{ target: string; unit: string; ranking: Array<{ feature: string; meanAbs: number }> }> };
}

const modelsDir = mkdtempSync(join(tmpdir(), 'portal-e2e-models-page-'));
let stack: PortalStack;
let admin: { context: BrowserContext; page: Page };

beforeAll(async () => {
  // The API trains in a thread of its own process, on one demo athlete, into a models dir this test reads.
  stack = await startPortalStack({
    apiEnv: { LIFTGRAPH_MODELS_DIR: modelsDir, TRAIN_ATHLETES: 'demo-athlete-1', LIFTGRAPH_TF_BACKEND: 'wasm' },
  });
  admin = await stack.signIn('admin@liftgraph.demo');
});

afterAll(async () => {
  await admin?.context.close();
  await stack?.stop();
  rmSync(modelsDir, { recursive: true, force: true });
});

/** Three significant digits, as the page's loss table prints them. */
const loss3 = (v: number): string => String(Number(v.toPrecision(3)));

describe('Models page', () => {
  it('should show the loss curve and the global SHAP ranking a training run started on the page recorded', async () => {
    const { page } = admin;
    await page.goto('/models');
    const form = page.getByRole('form', { name: 'Start a training run' });
    await form.getByLabel('Model').selectOption('graphsage');
    await form.getByLabel('Epochs').fill('5');
    await form.getByRole('button', { name: 'Train' }).click();

    // The run's last log line names the ModelVersion it recorded.
    const log = page
      .getByRole('article', { name: /^Training run / })
      .first()
      .getByLabel('Latest trainer output');
    await expect
      .poll(
        async () =>
          (
            await page
              .getByRole('article', { name: /^Training run / })
              .first()
              .innerText()
          ).match(/SUCCEEDED|FAILED/)?.[0] ?? '',
        {
          timeout: 240_000,
          intervals: [2_000],
        },
      )
      .toBe('SUCCEEDED');
    const id = /recorded ModelVersion (\S+) \(graphsage/.exec(await log.innerText())?.[1];
    if (id === undefined) throw new Error(`no recorded version in the run's log:\n${await log.innerText()}\n${stack.logs()}`);
    const artifact = (JSON.parse(readFileSync(join(modelsDir, id, 'model.json'), 'utf8')) as { userDefinedMetadata: ArtifactRecord })
      .userDefinedMetadata;
    expect(artifact.lossHistory.length).toBeGreaterThan(0);

    // The loss chart: drawn with both axes labelled, and its numbers are the run's loss of every epoch.
    const label = `graphsage ${id}`;
    const figure = page.getByRole('figure', { name: `Loss per epoch of ${label}` });
    await figure.waitFor({ timeout: 30_000 });
    expect(await figure.locator('path.recharts-line-curve').count()).toBe(1);
    expect(await figure.locator('.recharts-label').allTextContents()).toEqual(expect.arrayContaining(['epoch', 'loss (MSE, log)']));
    await figure.getByText('Loss per epoch').click();
    const lossRows = figure.getByRole('table', { name: `Loss per epoch of ${label}` }).locator('tbody tr');
    expect(await lossRows.allInnerTexts()).toEqual(artifact.lossHistory.map((l, i) => `${i + 1}\t${loss3(l)}`));

    // The ranking: the run's top ten features for weight, in its order; then reps.
    const shapRegion = page.getByRole('region', { name: `Global SHAP of ${label}` });
    for (const target of ['weight', 'reps']) {
      const stored = artifact.globalShap.targets.find((t) => t.target === target);
      if (stored === undefined) throw new Error(`the run stored no ${target} ranking`);
      await shapRegion.getByRole('group', { name: 'Target' }).getByRole('button', { name: target }).click();
      const items = page.getByRole('list', { name: `Global SHAP ranking of ${label} for ${target}` }).getByRole('listitem');
      await expect.poll(() => items.count()).toBe(Math.min(10, stored.ranking.length));
      const shown = await items.locator('.rank-label').allTextContents();
      expect(shown).toEqual(stored.ranking.slice(0, 10).map((r) => r.feature));
    }
    await shapRegion.getByRole('button', { name: 'weight' }).click();

    // Laptop and phone width: nothing wider than the screen, then screenshots for review.
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await page.waitForTimeout(500);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
      await figure.scrollIntoViewIfNeeded();
      await stack.shot(page, `models-${width}`);
    }
  });
});
