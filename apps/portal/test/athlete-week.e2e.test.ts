import { addDays } from '@liftgraph/domain/science';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dayLabel } from '../src/features/calendar/calendar-model';
import {
  assignDumbbellStrengthBlock,
  changeShownFor,
  clearSessions,
  checkWidths,
  dayOn,
  exerciseToMiss,
  logSessionInPortal,
  moveSessionInPortal,
  readProgram,
  type TestPrescription,
  testWeek,
} from './support/athlete-steps';
import { type PortalStack, startPortalStack } from './support/portal-stack';

const ATHLETE_ID = 'demo-athlete-3'; // Chloé Ström
const week = testWeek();

let stack: PortalStack;
let coach: { context: BrowserContext; page: Page };
let athlete: { context: BrowserContext; page: Page };
let programId = '';
let missed: TestPrescription;
/** The session where the missed exercise comes next: Wednesday when the plan repeats it there. */
let nextDate = '';

beforeAll(async () => {
  // The server's clock on the Wednesday of the block's first week.
  stack = await startPortalStack({ apiEnv: { LIFTGRAPH_TODAY: week.today } });
  coach = await stack.signIn('coach@liftgraph.demo');
  athlete = await stack.signIn('athlete3@liftgraph.demo');
  await clearSessions(athlete.context.request, ATHLETE_ID, week.monday, addDays(week.monday, 27));
  programId = await assignDumbbellStrengthBlock(coach.context.request, ATHLETE_ID, week.monday);
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    await stack.shot(athlete.page, `failed-athlete-${task.name.slice(0, 40).replace(/\W+/g, '-')}`);
    console.error(stack.logs());
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('athlete: one week on the calendar', () => {
  it("should show the block on dates with the server's today", async () => {
    const { page } = athlete;
    await page.goto('/athlete');
    await page.getByRole('heading', { level: 1, name: 'Your training' }).waitFor();
    expect(await page.getByTestId('athlete-summary').innerText()).toContain(`Today is ${dayLabel(week.today)}`);
    const calendar = page.getByRole('region', { name: 'Calendar' });
    const chip = (date: string) => calendar.locator(`[data-testid="calendar-session"][data-date="${date}"]`);
    await chip(week.monday).waitFor();
    expect(await chip(week.monday).getAttribute('data-state')).toBe('missed');
    expect(await chip(week.wednesday).getAttribute('data-state')).toBe('today');
    expect(await chip(week.friday).getAttribute('data-state')).toBe('upcoming');
  });

  it('should log Monday back-dated with two reps missed at RIR 0 and show the change to the next session with its reason', async () => {
    const { page, context } = athlete;
    const program = await readProgram(context.request, programId);
    const monday = dayOn(program, week.monday);
    ({ rx: missed, nextDate } = exerciseToMiss(program, week.monday));
    if (nextDate !== week.wednesday)
      console.warn(`${missed.exerciseName} is not on Wednesday in this plan: its change shows on ${nextDate}`);
    const before = dayOn(program, nextDate).day.prescriptions.find((p) => p.exerciseId === missed.exerciseId);
    expect(before?.adjustment ?? null).toBeNull();
    const adjustments = await logSessionInPortal(page, {
      week: monday.week,
      day: monday.day,
      date: week.monday,
      times: { start: '18:00', end: '19:10' },
      // Every set as prescribed at RIR 2, except the last set of one exercise: two reps short at RIR 0.
      entry: (rx, set) =>
        rx.exerciseId === missed.exerciseId && set === rx.sets - 1
          ? { reps: rx.reps - 2, weight: rx.loadKg, rir: 0 }
          : { reps: rx.reps, weight: rx.loadKg, rir: 2 },
    });
    const shownAfterLog = adjustments.find((a) => a.startsWith(`${dayLabel(nextDate)}: ${missed.exerciseName} — `));
    expect(shownAfterLog, `adjustments shown: ${adjustments.join(' | ')}`).toBeDefined();

    // The API changed that prescription and says why; the page shows the same reason where it comes next.
    const after = dayOn(await readProgram(context.request, programId), nextDate).day.prescriptions.find(
      (p) => p.exerciseId === missed.exerciseId,
    );
    const reason = after?.adjustment?.reason ?? '';
    expect(reason).toMatch(/RIR 0/);
    expect(shownAfterLog).toContain(reason);
    expect(await changeShownFor(page, nextDate, missed.exerciseName)).toContain(reason);
    const chip = page.getByRole('region', { name: 'Calendar' }).locator(`[data-testid="calendar-session"][data-date="${week.monday}"]`);
    await expect.poll(() => chip.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    await checkWidths(page, stack.shot, 'athlete-logged-monday');
  });

  it("should log Wednesday (today, the form's default) against its prescription as changed", async () => {
    const { page, context } = athlete;
    await page.getByRole('button', { name: 'Log another session' }).click();
    const form = page.getByRole('form', { name: 'Log a session' });
    await form.waitFor();
    const wednesday = dayOn(await readProgram(context.request, programId), week.wednesday);
    expect(await form.getByLabel('Program session').inputValue()).toBe(`${wednesday.week}-${wednesday.day.index}`);
    expect(await form.getByLabel('Date trained').inputValue()).toBe(week.today);
    if (nextDate === week.wednesday) {
      const changed = form.getByRole('region', { name: missed.exerciseName, exact: true }).getByTestId('prescription-change');
      expect(await changed.innerText()).toMatch(/^Changed: was .*RIR 0/);
    }
    // Friday cannot be logged yet: the server refuses a date after the athlete's today, and the form shows its words.
    const friday = dayOn(await readProgram(context.request, programId), week.friday);
    await expect(
      logSessionInPortal(page, { week: friday.week, day: friday.day, date: week.friday, times: { start: '07:00', end: '08:00' } }),
    ).rejects.toThrow(`date ${week.friday} is in the future (today is ${week.today}`);
    await logSessionInPortal(page, {
      week: wednesday.week,
      day: wednesday.day,
      date: week.wednesday,
      times: { start: '07:00', end: '08:05' },
    });
    const chip = page.getByRole('region', { name: 'Calendar' }).locator(`[data-testid="calendar-session"][data-date="${week.wednesday}"]`);
    await expect.poll(() => chip.getAttribute('data-state'), { timeout: 30_000 }).toBe('done');
    await expect.poll(() => page.getByTestId('athlete-summary').innerText(), { timeout: 30_000 }).toContain('2 of 2 sessions done so far');
  });

  it("should move Friday's session to Saturday and read well at laptop and phone width", async () => {
    const { page, context } = athlete;
    await moveSessionInPortal(page, week.friday, week.saturday);
    const program = await readProgram(context.request, programId);
    expect(dayOn(program, week.saturday).day.state).toBe('upcoming');
    expect(program.weeks[0]?.days.some((d) => d.date === week.friday)).toBe(false);
    await checkWidths(page, stack.shot, 'athlete-week');
    await page.goto('/athlete/progress');
    await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
    await page.getByRole('button', { name: '1 year' }).click();
    await checkWidths(page, stack.shot, 'athlete-progress');
  });
});
