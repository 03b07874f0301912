import { KG_PER_LB } from '@liftgraph/domain/program';
import { addDays } from '@liftgraph/domain/science';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultStartDate, nextMonday, shortDate } from '../src/features/programs/program-dates';
import { gql, readProgram } from './support/athlete-steps';
import { type PortalStack, startPortalStack } from './support/portal-stack';
import {
  athleteToday,
  builder,
  cardDose,
  cardName,
  dayCards,
  editSets,
  expectTouchTargets,
  fillBuilder,
  generate,
  LAPTOP,
  PHONE,
  showWeek,
  shotWithoutOverflow,
  swapFirstOption,
} from './support/program-builder-steps';

// The demo seed's third athlete (apps/cli seed demo): Chloé Ström, demo-athlete-3.
const ATHLETE_ID = 'demo-athlete-3';
const ATHLETE_NAME = 'Chloé Ström';
/** The next Monday after her today (the API's clock): the builder's default start date. */
let START = '';

let stack: PortalStack;
let coach: { context: BrowserContext; page: Page };
let programId = '';

beforeAll(async () => {
  stack = await startPortalStack();
  coach = await stack.signIn('coach@liftgraph.demo');
  await coach.page.setViewportSize(LAPTOP);
  START = defaultStartDate(await athleteToday(coach.context, ATHLETE_ID));
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    await stack.shot(coach.page, `failed-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    console.error(stack.logs());
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('coach: a program for Chloé, built, edited and assigned', () => {
  it('should open the builder from her page with her selected', async () => {
    const { page } = coach;
    await page.goto('/coach');
    const roster = page.getByRole('table', { name: 'Roster' });
    await roster.getByRole('link', { name: ATHLETE_NAME }).click();
    await page.getByRole('heading', { level: 1, name: ATHLETE_NAME }).waitFor();
    await page.getByRole('link', { name: 'New program' }).click();
    await page.waitForURL(`**/coach/programs/new?athleteId=${ATHLETE_ID}`);
    const athlete = page.getByLabel('Athlete');
    // The roster arrives after the first render: her name must still be the one selected once it has.
    await expect.poll(() => athlete.locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(2);
    expect(await athlete.inputValue()).toBe(ATHLETE_ID);
    expect(await athlete.locator('option:checked').innerText()).toBe(ATHLETE_NAME);
    // The default start is her today when it is a Monday, else the next Monday.
    expect(await page.getByLabel('Start date').inputValue()).toBe(START);
  });

  it('should generate a 3-day dumbbell + body-weight strength block dated from its start', async () => {
    const { page } = coach;
    await fillBuilder(page, { days: 3, goal: 'strength', equipment: ['dumbbell', 'body only'], startDate: START, weeks: 6 });
    await generate(page);
    const { preview } = builder(page);
    const days = preview.getByLabel('Week 1 grid').getByRole('region', { name: /^Day \d/ });
    await days.nth(2).waitFor({ timeout: 30_000 });
    expect(await days.count()).toBe(3);
    // Every session of week 1 falls in the seven days from the start date.
    const week1 = new Set(Array.from({ length: 7 }, (_, i) => shortDate(addDays(START, i))));
    const dates = await preview.getByTestId('day-date').allInnerTexts();
    expect(dates).toHaveLength(3);
    for (const d of dates) expect(week1, `session date ${d}`).toContain(d.trim());
    // Loads in a coach's words: never "@ 0 kg"; dumbbell loads per hand.
    const doses = await preview.locator('.dose').allInnerTexts();
    expect(doses.length).toBeGreaterThan(0);
    expect(doses.filter((d) => /@ 0 kg/.test(d))).toEqual([]);
    expect(
      doses.some((d) => /per hand|body weight/.test(d)),
      `doses: ${doses.join(' | ')}`,
    ).toBe(true);
    expect(await preview.getByText(/SIMILAR_TO|clamped/).count()).toBe(0);
    await shotWithoutOverflow(page, 'coach-program-generated', LAPTOP);
  });

  it('should swap one exercise for a graph-ranked substitute with its reason', async () => {
    const { page } = coach;
    const { preview } = builder(page);
    const card = dayCards(preview, 1, 1).first();
    const swap = await swapFirstOption(card);
    expect(swap.to).not.toBe(swap.from);
    expect(swap.reason.length).toBeGreaterThan(0);
    await expect.poll(() => cardName(dayCards(preview, 1, 1).first()), { timeout: 30_000 }).toBe(swap.to);
  });

  it('should apply an edit to this and the following weeks', async () => {
    const { page } = coach;
    const { preview } = builder(page);
    const card = dayCards(preview, 1, 1).nth(1);
    const name = await cardName(card);
    await showWeek(preview, 2);
    const week2Card = preview.getByRole('article', { name: `${name}, week 2 day 1` });
    const week2Before = await cardDose(week2Card);
    await showWeek(preview, 1);
    const newSets = await editSets(preview.getByRole('article', { name: `${name}, week 1 day 1` }), 'This and following weeks');
    const week1Card = preview.getByRole('article', { name: `${name}, week 1 day 1` });
    await expect.poll(() => cardDose(week1Card), { timeout: 30_000 }).toMatch(new RegExp(`^${newSets} × `));
    // The change is shown with its reason (by the coach, before → after).
    expect(await week1Card.getByTestId('adjustment').innerText()).toContain('by the coach');
    await showWeek(preview, 2);
    const week2After = await cardDose(week2Card);
    expect(week2After, `week 2 was "${week2Before}"`).not.toBe(week2Before);
    expect(week2After).toMatch(new RegExp(`^${newSets} × `));
    await showWeek(preview, 1);
    await shotWithoutOverflow(page, 'coach-program-edited', LAPTOP);
    await shotWithoutOverflow(page, 'coach-program-edited', PHONE);
    await expectTouchTargets(preview.getByRole('group', { name: `Change ${name}` }), 'prescription toolbar at 390 px');
    await page.setViewportSize(LAPTOP);
  });

  it('should assign it: active on her page, compliance never "of 0"', async () => {
    const { page } = coach;
    await page.getByRole('button', { name: 'Assign to athlete' }).click();
    await page.getByRole('button', { name: 'Assigned ✓' }).waitFor({ timeout: 30_000 });
    const open = page.getByRole('link', { name: 'Open the program' });
    programId = decodeURIComponent((await open.getAttribute('href'))?.split('/').at(-1) ?? '');
    expect(programId).not.toBe('');
    await page.goto(`/coach/athletes/${ATHLETE_ID}`);
    const programs = page.getByRole('list', { name: 'Programs' });
    await programs.waitFor();
    const item = programs.getByTestId('program-item').filter({ has: page.locator(`a[href="/coach/programs/${programId}"]`) });
    expect(await item.getByTestId('program-status').innerText()).toBe('active');
    const compliance = await page.getByTestId('athlete-compliance').innerText();
    expect(compliance).not.toMatch(/of 0/);
    await shotWithoutOverflow(page, 'coach-athlete-programs', LAPTOP);
    await shotWithoutOverflow(page, 'coach-athlete-programs', PHONE);
    await page.goto('/coach');
    await page.getByRole('table', { name: 'Roster' }).waitFor();
    expect(await page.getByTestId(`compliance-${ATHLETE_ID}`).innerText()).not.toMatch(/of 0/);
    // One ACWR: the roster shows what the athlete page shows.
    const rosterAcwr = (await page.getByTestId(`acwr-${ATHLETE_ID}`).innerText()).trim();
    await shotWithoutOverflow(page, 'coach-roster', PHONE);
    await page.setViewportSize(LAPTOP);
    await shotWithoutOverflow(page, 'coach-roster', LAPTOP);
    await page.goto(`/coach/athletes/${ATHLETE_ID}`);
    expect((await page.getByTestId('athlete-acwr').innerText()).trim()).toBe(rosterAcwr);
  });

  it('should open the assigned program from her page, edited weeks intact', async () => {
    const { page } = coach;
    await page.goto(`/coach/programs/${encodeURIComponent(programId)}`);
    await page.getByTestId('program-status').waitFor();
    expect(await page.getByTestId('program-status').innerText()).toBe('active');
    const grid = page.getByRole('region', { name: 'Program' });
    expect(await dayCards(grid, 1, 1).count()).toBeGreaterThan(0);
  });

  it('should save her program as a template and assign it to two other athletes from a start date', async () => {
    const { page } = coach;
    await page.goto(`/coach/athletes/${ATHLETE_ID}`);
    const item = page
      .getByRole('list', { name: 'Programs' })
      .getByTestId('program-item')
      .filter({ has: page.locator(`a[href="/coach/programs/${programId}"]`) });
    const name = (await item.locator('b').first().innerText()).trim();
    await item.getByRole('button', { name: `Save ${name} as a template` }).click();
    await item.getByRole('status').filter({ hasText: 'Saved as a template.' }).waitFor({ timeout: 30_000 });
    const template = page.getByRole('list', { name: 'Templates' }).getByRole('listitem').first();
    await template.waitFor({ timeout: 30_000 });
    await template.getByRole('button', { name: /^Assign .* to athletes$/ }).click();
    const form = template.getByRole('form');
    // Her own program stays as it is: the template goes to Ben and Dev.
    await form.getByRole('checkbox', { name: ATHLETE_NAME }).uncheck();
    await form.getByRole('checkbox', { name: 'Ben Okafor' }).check();
    await form.getByRole('checkbox', { name: 'Dev Patel' }).check();
    const later = nextMonday(START);
    await form.getByLabel('Start date').fill(later);
    await form.getByRole('button', { name: 'Assign to 2 athletes' }).click();
    await form.getByRole('status').waitFor({ timeout: 30_000 });
    expect(await form.getByRole('status').innerText()).toBe(`Assigned to 2 athletes, starting ${later}.`);
    for (const other of ['demo-athlete-2', 'demo-athlete-4']) {
      await page.goto(`/coach/athletes/${other}`);
      const active = page.getByRole('list', { name: 'Programs' }).getByTestId('program-item').filter({ hasText: 'active' });
      await active.first().waitFor({ timeout: 30_000 });
      expect(await active.first().innerText()).toContain(`from ${shortDate(later)}`);
    }
    await page.goto(`/coach/athletes/${ATHLETE_ID}`);
    const mine = page
      .getByRole('list', { name: 'Programs' })
      .getByTestId('program-item')
      .filter({ has: page.locator(`a[href="/coach/programs/${programId}"]`) });
    expect(await mine.getByTestId('program-status').innerText()).toBe('active');
  });

  it('should add an athlete from the roster, with no history', async () => {
    const { page } = coach;
    const name = `New Athlete ${Date.now().toString(36)}`;
    await page.goto('/coach');
    await page.getByRole('button', { name: 'Add athlete' }).click();
    const form = page.getByRole('form', { name: 'Add athlete' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('Body weight (kg)').fill('68');
    await form.getByRole('button', { name: 'Add athlete' }).click();
    await form.getByRole('status').waitFor({ timeout: 30_000 });
    const row = page.getByRole('table', { name: 'Roster' }).getByRole('row').filter({ hasText: name });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.innerText()).toContain('no active program');
    await shotWithoutOverflow(page, 'coach-roster-added', PHONE);
    await page.setViewportSize(LAPTOP);
  });

  it('should refuse, with the cause and a fix, a request that cannot make a sensible program', async () => {
    const { page } = coach;
    await page.goto(`/coach/programs/new?athleteId=${ATHLETE_ID}`);
    await fillBuilder(page, { days: 3, goal: 'strength', equipment: ['dumbbell', 'body only'], startDate: START });
    // The muscle list arrives after the form: wait for it, or the loop below checks nothing.
    const muscles = page.getByRole('group', { name: 'Exclude muscles (injury, preference)' }).getByRole('checkbox');
    await expect.poll(() => muscles.count(), { timeout: 30_000 }).toBeGreaterThan(10);
    for (const box of await muscles.all()) await box.check();
    const { preview, failure } = builder(page);
    await page.getByRole('button', { name: 'Generate program' }).click();
    await failure.waitFor({ timeout: 120_000 });
    expect(await failure.innerText()).toMatch(/^Could not generate: .*cannot plan a sensible program: .+; .+/);
    expect(await preview.count()).toBe(0);
    await shotWithoutOverflow(page, 'coach-program-refused', PHONE);
    await page.setViewportSize(LAPTOP);
  });
});

describe('units: an lbs athlete sees and logs their program in pounds', () => {
  // Dev Patel (demo-athlete-4) switches to pounds in Settings; the coach plans him a barbell block.
  const LBS_ATHLETE = 'demo-athlete-4';
  /** A load on a whole 5 lb step (the default lb plates), to a millionth of a pound. */
  const on5lb = (lb: number): boolean => Math.abs(lb / 5 - Math.round(lb / 5)) < 1e-6;

  it('should plan on 5 lb steps (stored as the exact kg), show lb everywhere and store a set logged in lb in kg', async () => {
    const athlete = await stack.signIn('athlete4@liftgraph.demo');
    const { page } = athlete;
    const request = athlete.context.request;
    let sessionId: string | null = null;
    try {
      await page.setViewportSize(LAPTOP);
      await page.goto('/settings');
      const prefs = page.getByRole('form', { name: 'Units and dates' });
      await prefs.getByLabel('Pounds (lb)').check();
      await prefs.getByLabel('Language and date format').selectOption('en-US');
      expect(await page.getByTestId('preferences-preview').innerText()).toContain('135 lb');
      await prefs.getByRole('button', { name: 'Save preferences' }).click();
      await prefs.getByRole('status').filter({ hasText: 'Saved: loads in lb' }).waitFor({ timeout: 30_000 });
      await shotWithoutOverflow(page, 'lbs-settings', PHONE);
      await page.setViewportSize(LAPTOP);

      // The planner reads his unit: every load is a whole number of 5 lb steps, stored as its exact kg.
      const start = defaultStartDate(await athleteToday(coach.context, LBS_ATHLETE));
      const made = await gql<{ generateProgram: { id: string } }>(
        coach.context.request,
        `mutation($input: GenerateProgramInput!) { generateProgram(input: $input) { id } }`,
        {
          input: {
            athleteId: LBS_ATHLETE,
            daysPerWeek: 3,
            goal: 'strength',
            equipment: ['barbell', 'dumbbell', 'body only'],
            startDate: start,
            weeks: 4,
          },
        },
      );
      const id = made.generateProgram.id;
      await gql(coach.context.request, `mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }`, {
        p: id,
        a: LBS_ATHLETE,
      });
      const program = await readProgram(request, id);
      const loaded = program.weeks
        .flatMap((w) => w.days.flatMap((d) => d.prescriptions))
        .filter((rx) => rx.loadKg !== null && rx.loadKg > 0);
      expect(loaded.length).toBeGreaterThan(5);
      expect(loaded.filter((rx) => !on5lb((rx.loadKg ?? 0) / KG_PER_LB)).map((rx) => `${rx.exerciseName} ${rx.loadKg} kg`)).toEqual([]);

      // His week: the log form's prescriptions in lb on those steps, warm-ups in lb plates, the weight column in lb.
      await page.goto('/athlete');
      const form = page.getByRole('form', { name: 'Log a session' });
      await form.waitFor({ timeout: 30_000 });
      const day = program.weeks[0]?.days[0];
      if (!day) throw new Error('the program has no first session');
      await form.getByLabel('Program session').selectOption(`0-${day.index}`);
      const rx = day.prescriptions.find((p) => p.loadKg !== null && p.loadKg > 0 && !p.bodyweight);
      if (!rx) throw new Error(`no loaded exercise on ${day.label}: ${day.prescriptions.map((p) => p.exerciseName).join(', ')}`);
      const exercise = form.getByRole('region', { name: rx.exerciseName, exact: true });
      const prescribed = await exercise.getByText(/^Prescribed: /).innerText();
      const lb = Number(/@ ([\d.,]+) lb/.exec(prescribed)?.[1]?.replace(',', ''));
      expect(prescribed, 'the prescription in lb').toMatch(/@ [\d.,]+ lb/);
      expect(on5lb(lb), `${prescribed} on a 5 lb step`).toBe(true);
      expect(lb).toBeCloseTo((rx.loadKg ?? 0) / KG_PER_LB, 6);
      const doses = await page.getByText(/^Prescribed: /).allInnerTexts();
      expect(doses.filter((d) => / kg\b/.test(d))).toEqual([]);
      expect(await page.getByRole('region', { name: 'Coming up' }).innerText()).not.toMatch(/\d kg\b/);
      await shotWithoutOverflow(page, 'lbs-program', LAPTOP);
      await shotWithoutOverflow(page, 'lbs-program', PHONE);
      await page.setViewportSize(LAPTOP);

      // One set logged in lb: the API stores the exact kg of it, and his history reads it back in lb.
      const set = `${rx.exerciseName} set 1`;
      const row = form.getByRole('group', { name: set, exact: true });
      const weight = row.getByLabel(/ weight \(/);
      expect(await weight.getAttribute('aria-label')).toContain('(lb)');
      await weight.fill(String(lb));
      await row.getByLabel(`${set} reps`, { exact: true }).fill(String(rx.reps));
      await row.getByLabel(`${set} RIR`, { exact: true }).fill('2');
      await row.getByLabel(`${set} done`, { exact: true }).check();
      // A session under a minute is refused: give it its (earlier) times.
      await form.getByLabel('Start time').fill('06:00');
      await form.getByLabel('End time').fill('06:45');
      await form.getByLabel('Session RPE').fill('7');
      await form.getByRole('button', { name: 'Log session' }).click();
      const saved = page.getByRole('status', { name: 'Session saved' });
      await Promise.race([saved.waitFor({ timeout: 60_000 }), form.getByRole('alert').waitFor({ timeout: 60_000 })]).catch(() => undefined);
      if (!(await saved.isVisible())) {
        await stack.shot(page, 'failed-lbs-log');
        throw new Error(`logging in lb failed: ${(await form.getByRole('alert').allInnerTexts()).join(' | ') || 'no answer'}`);
      }
      const stored = await gql<{
        athlete: {
          sessions: {
            sessions: Array<{
              id: string;
              programId: string | null;
              exercises: Array<{ exerciseId: string; sets: Array<{ weightKg: number | null; done: boolean }> }>;
            }>;
          };
        };
      }>(
        request,
        `query($id: ID!) { athlete(id: $id) { sessions(first: 20) { sessions { id programId exercises { exerciseId sets { weightKg done } } } } } }`,
        { id: LBS_ATHLETE },
      );
      const logged = stored.athlete.sessions.sessions.find((s) => s.programId === id);
      if (!logged) throw new Error('the logged session is not stored');
      sessionId = logged.id;
      const doneSets = logged.exercises.filter((e) => e.exerciseId === rx.exerciseId).flatMap((e) => e.sets.filter((x) => x.done));
      expect(doneSets).toHaveLength(1);
      expect(doneSets[0]?.weightKg).toBeCloseTo(lb * KG_PER_LB, 6);
      const history = page.getByRole('list', { name: 'Logged sessions' });
      // The sets are inside a closed "What you did" disclosure: read its text, not what is painted.
      await expect.poll(() => history.textContent(), { timeout: 30_000 }).toContain(`${lb} lb × ${rx.reps}`);
    } finally {
      // Dev goes back to kg and his test session is removed: other files read the demo athletes in kg.
      if (sessionId !== null) await gql(request, `mutation($s: ID!) { deleteWorkout(sessionId: $s) }`, { s: sessionId });
      await gql(
        request,
        `mutation { updatePreferences(input: { unit: "kg", locale: "en-GB", timeZone: "UTC", microplates: false }) { id } }`,
        {},
      );
      await athlete.context.close();
    }
  });
});
