import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREENSHOTS } from './portal-stack';

/** Laptop and phone widths every coach page is checked at. */
export const LAPTOP = { width: 1280, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

export interface ProgramSettings {
  days: 3 | 5 | 6;
  goal: 'strength' | 'hypertrophy' | 'general';
  /** Exactly the equipment ticked (everything else unticked). */
  equipment: readonly string[];
  /** YYYY-MM-DD. */
  startDate: string;
  weeks?: number;
}

/** The athlete's today as the API's clock reads it (LIFTGRAPH_TODAY, else the date in their time zone). */
export async function athleteToday(context: BrowserContext, athleteId: string): Promise<string> {
  const res = await context.request.post('/api/graphql', {
    data: { query: 'query($id: ID!) { athlete(id: $id) { today } }', variables: { id: athleteId } },
  });
  const body = (await res.json()) as { data?: { athlete: { today: string } | null }; errors?: unknown };
  const today = body.data?.athlete?.today;
  if (today === undefined) throw new Error(`athlete ${athleteId}: no today (${JSON.stringify(body.errors)})`);
  return today;
}

/** The builder's preview panel and its generation failure alert. */
export function builder(page: Page): { preview: Locator; failure: Locator } {
  return {
    preview: page.getByRole('region', { name: 'Preview' }),
    failure: page.getByRole('alert').filter({ hasText: 'Could not generate' }),
  };
}

/** The cards of one day of the week shown in the editor ("Day 1: …"), in order. */
export function dayCards(scope: Locator, week: number, day: number): Locator {
  return scope
    .getByLabel(`Week ${week} grid`)
    .getByRole('region', { name: new RegExp(`^Day ${day}:`) })
    .getByTestId('prescription');
}

/** The exercise name on a prescription card. */
export async function cardName(card: Locator): Promise<string> {
  return (await card.locator('.rx-name').innerText()).trim();
}

/** The dose line of a prescription card ("3 × 5 @ 24 kg per hand · RPE 8"). */
export async function cardDose(card: Locator): Promise<string> {
  return (await card.locator('.dose').innerText()).trim();
}

/** Opens week `week` (1-based) of the program shown in `scope`. */
export async function showWeek(scope: Locator, week: number): Promise<void> {
  const tab = scope.getByRole('tab', { name: new RegExp(`^Week ${week}\\b`) });
  await tab.click();
  await expect.poll(() => tab.getAttribute('aria-selected')).toBe('true');
}

/** Fills the builder form (the athlete is whatever the page preselected). */
export async function fillBuilder(page: Page, settings: ProgramSettings): Promise<void> {
  await page.getByRole('radio', { name: `${settings.days} days` }).check();
  await page.getByLabel('Goal').selectOption(settings.goal);
  await page.getByLabel('Start date').fill(settings.startDate);
  if (settings.weeks !== undefined) await page.getByLabel('Weeks', { exact: true }).fill(String(settings.weeks));
  const equipment = page.getByRole('group', { name: 'Equipment available' }).getByRole('checkbox');
  for (const box of await equipment.all()) {
    const value = (await box.getAttribute('value')) ?? '';
    await box.setChecked(settings.equipment.includes(value));
  }
}

/**
 * Presses Generate program until the form takes it (a press before the page is interactive is lost),
 * then waits for the first prescription of the preview or the failure alert.
 */
export async function generate(page: Page): Promise<void> {
  const { preview, failure } = builder(page);
  await page.waitForLoadState('networkidle');
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.getByRole('button', { name: 'Generate program' }).click();
    const taken = await Promise.any([
      page.getByRole('button', { name: 'Generating…' }).waitFor({ timeout: 5_000 }),
      preview.getByTestId('prescription').first().waitFor({ timeout: 5_000 }),
      failure.waitFor({ timeout: 5_000 }),
    ]).then(
      () => true,
      () => false,
    );
    if (taken) break;
  }
  await Promise.race([preview.getByTestId('prescription').first().waitFor({ timeout: 120_000 }), failure.waitFor({ timeout: 120_000 })]);
  if (await failure.isVisible()) throw new Error(`generateProgram failed: ${await failure.innerText()}`);
}

/** Swaps a card's exercise for the first graph-ranked substitute; returns the new name. */
export async function swapFirstOption(card: Locator): Promise<{ from: string; to: string; reason: string }> {
  const from = await cardName(card);
  await card.getByRole('button', { name: `Swap ${from}` }).click();
  const list = card.getByRole('list', { name: `Substitutes for ${from}` });
  await list.waitFor({ timeout: 30_000 });
  const option = list.getByRole('listitem').first();
  const to = (await option.locator('b').innerText()).trim();
  const reason = (await option.locator('.swap-reason').innerText()).trim();
  await option.getByRole('button', { name: `Swap to ${to}` }).click();
  await list.waitFor({ state: 'detached', timeout: 30_000 });
  return { from, to, reason };
}

/** Changes a card's sets (±1) with the given scope; returns the new number of sets. */
export async function editSets(card: Locator, scope: 'This week only' | 'This and following weeks'): Promise<number> {
  const name = await cardName(card);
  await card.getByRole('button', { name: `Edit ${name}` }).click();
  const form = card.getByRole('form', { name: `Edit ${name}` });
  const sets = Number(await form.getByLabel('Sets').inputValue());
  const newSets = sets >= 5 ? sets - 1 : sets + 1;
  await form.getByLabel('Sets').fill(String(newSets));
  await form.getByRole('radio', { name: scope }).check();
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached', timeout: 30_000 });
  return newSets;
}

/** Page width at `size`: nothing of the page scrolls sideways. Takes a full-page screenshot into the e2e output dir. */
export async function shotWithoutOverflow(page: Page, name: string, size: { width: number; height: number }): Promise<string> {
  await page.setViewportSize(size);
  await page.waitForTimeout(300);
  const widths = await page.evaluate(() => ({
    inner: window.innerWidth,
    scroll: document.scrollingElement?.scrollWidth ?? document.documentElement.scrollWidth,
  }));
  expect(widths.inner, `${name}: viewport`).toBe(size.width);
  expect(widths.scroll, `${name}: document.scrollingElement.scrollWidth at ${size.width} px`).toBeLessThanOrEqual(widths.inner);
  const path = join(SCREENSHOTS, `${name}-${size.width}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every visible button or link in `scope` is at least 44 px tall and wide (a finger's target). */
export async function expectTouchTargets(scope: Locator, what: string): Promise<number> {
  const boxes = await scope.locator('button:visible, a.btn:visible').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '', w: r.width, h: r.height };
    }),
  );
  expect(boxes.length, `${what}: buttons to check`).toBeGreaterThan(0);
  const small = boxes.filter((b) => b.w < 44 || b.h < 44);
  expect(small, `${what}: targets under 44 px`).toEqual([]);
  return boxes.length;
}
