import { addDays, mondayOnOrAfter } from '@liftgraph/domain/science';
import type { APIRequestContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { dayLabel } from '../../src/features/calendar/calendar-model';

/*
 * The athlete's steps of the one-week e2e (issue 17), as functions the coach part can be joined with:
 * a block starting on a Monday, the server's clock on that Wednesday (LIFTGRAPH_TODAY), Monday logged
 * back-dated with two reps missed at RIR 0, Wednesday's changed prescription, Wednesday logged, Friday
 * moved to Saturday, and the page checked at laptop and phone width.
 */

/** The dates of the test week: the next Monday after the real date and the server's today on its Wednesday. */
export function testWeek(realToday: string = new Date().toISOString().slice(0, 10)) {
  const monday = mondayOnOrAfter(addDays(realToday, 1));
  return {
    monday,
    wednesday: addDays(monday, 2),
    friday: addDays(monday, 4),
    saturday: addDays(monday, 5),
    /** LIFTGRAPH_TODAY for the API: the athlete is on the Wednesday of the block's first week. */
    today: addDays(monday, 2),
  };
}

export interface TestPrescription {
  order: number;
  exerciseId: string;
  exerciseName: string;
  sets: number;
  reps: number;
  loadKg: number | null;
  bodyweight: boolean;
  adjustment: { reason: string } | null;
}
export interface TestDay {
  index: number;
  date: string;
  state: string;
  label: string;
  prescriptions: TestPrescription[];
}
export interface TestProgram {
  id: string;
  startDate: string;
  weeks: Array<{ index: number; days: TestDay[] }>;
}

/** A GraphQL call through the portal's own proxy with the signed-in context's session cookie. */
export async function gql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await request.post('/api/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.data === undefined || body.errors !== undefined)
    throw new Error(`GraphQL failed (${res.status()}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  return body.data;
}

/**
 * The coach's side, reduced to its API calls (the lead's joined test does it in the builder instead):
 * a 3-day dumbbell + body-weight strength block starting on `monday`, assigned. Returns the program id.
 */
export async function assignDumbbellStrengthBlock(coach: APIRequestContext, athleteId: string, monday: string): Promise<string> {
  const generated = await gql<{ generateProgram: { id: string } }>(
    coach,
    `mutation($input: GenerateProgramInput!) { generateProgram(input: $input) { id } }`,
    { input: { athleteId, daysPerWeek: 3, goal: 'strength', equipment: ['dumbbell', 'body only'], startDate: monday, weeks: 4 } },
  );
  const id = generated.generateProgram.id;
  await gql(coach, `mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }`, { p: id, a: athleteId });
  return id;
}

/**
 * Deletes the athlete's sessions dated in [from, to] (earlier runs of the test on the same database), with
 * the athlete's own deleteWorkout, so the week starts empty.
 */
export async function clearSessions(request: APIRequestContext, athleteId: string, from: string, to: string): Promise<number> {
  const d = await gql<{ athlete: { sessions: { sessions: Array<{ id: string; date: string }> } } | null }>(
    request,
    `query($id: ID!) { athlete(id: $id) { sessions(first: 100) { sessions { id date } } } }`,
    { id: athleteId },
  );
  const stale = (d.athlete?.sessions.sessions ?? []).filter((s) => s.date >= from && s.date <= to);
  for (const s of stale) await gql(request, `mutation($s: ID!) { deleteWorkout(sessionId: $s) }`, { s: s.id });
  return stale.length;
}

/** The program with its dates, states and prescriptions' adjustments, as the API has it now. */
export async function readProgram(request: APIRequestContext, programId: string): Promise<TestProgram> {
  const d = await gql<{ program: TestProgram | null }>(
    request,
    `query($id: ID!) { program(id: $id) { id startDate weeks { index days { index date state label
       prescriptions { order exerciseId exerciseName sets reps loadKg bodyweight adjustment { reason } } } } } }`,
    { id: programId },
  );
  if (d.program === null) throw new Error(`program ${programId} not found`);
  return d.program;
}

export const dayOn = (program: TestProgram, date: string): { week: number; day: TestDay } => {
  for (const w of program.weeks) for (const day of w.days) if (day.date === date) return { week: w.index, day };
  throw new Error(`no session on ${date}: ${program.weeks.flatMap((w) => w.days.map((d) => d.date)).join(', ')}`);
};

/**
 * A loaded exercise of Monday and the next session that has it again: Wednesday when the plan repeats one
 * there (the case), else the first later session with one — where its missed reps must show.
 */
export function exerciseToMiss(program: TestProgram, monday: string): { rx: TestPrescription; nextDate: string } {
  const sessions = program.weeks.flatMap((w) => w.days).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = sessions.find((d) => d.date === monday);
  if (!first) throw new Error(`no session on ${monday}`);
  const candidates = first.prescriptions
    .filter((p) => p.loadKg !== null && p.loadKg > 0)
    .map((rx) => ({ rx, next: sessions.find((d) => d.date > monday && d.prescriptions.some((p) => p.exerciseId === rx.exerciseId)) }))
    .flatMap(({ rx, next }) => (next ? [{ rx, nextDate: next.date }] : []))
    .sort((a, b) => (a.nextDate < b.nextDate ? -1 : a.nextDate > b.nextDate ? 1 : 0));
  const pick = candidates[0];
  if (!pick)
    throw new Error(
      `no loaded exercise of ${monday} (${first.prescriptions.map((p) => p.exerciseName).join(', ')}) comes again in the block`,
    );
  return pick;
}

export interface SetEntry {
  reps: number;
  weight: number | null;
  rir: number;
}

/**
 * Logs a program session in the portal's form: picks the session (week, day), sets the date and times, enters every
 * set (`entry` decides its numbers; by default the prescription at RIR 2), ticks it done, rates the session
 * and saves. Returns the adjustments the server reported.
 */
export async function logSessionInPortal(
  page: Page,
  options: {
    week: number;
    day: TestDay;
    date: string;
    /** When the session ran (HH:MM), for its session-RPE load. */
    times: { start: string; end: string };
    entry?: (rx: TestPrescription, set: number) => SetEntry;
  },
): Promise<string[]> {
  const entry = options.entry ?? ((rx: TestPrescription): SetEntry => ({ reps: rx.reps, weight: rx.loadKg, rir: 2 }));
  const form = page.getByRole('form', { name: 'Log a session' });
  await form.waitFor();
  await form.getByLabel('Program session').selectOption(`${options.week}-${options.day.index}`);
  await form.getByLabel('Date trained').fill(options.date);
  await form.getByLabel('Start time').fill(options.times.start);
  await form.getByLabel('End time').fill(options.times.end);
  for (const rx of options.day.prescriptions) {
    for (let j = 0; j < rx.sets; j += 1) {
      const e = entry(rx, j);
      const set = `${rx.exerciseName} set ${j + 1}`;
      const row = form.getByRole('group', { name: set, exact: true });
      if (e.weight !== null) await row.getByLabel(/ weight \(/).fill(String(e.weight));
      await row.getByLabel(`${set} reps`, { exact: true }).fill(String(e.reps));
      await row.getByLabel(`${set} RIR`, { exact: true }).fill(String(e.rir));
      await row.getByLabel(`${set} done`, { exact: true }).check();
    }
  }
  await form.getByLabel('Session RPE').fill('8');
  await form.getByRole('button', { name: 'Log session' }).click();
  const saved = page.getByRole('status', { name: 'Session saved' });
  const refused = form.getByRole('alert');
  await Promise.race([saved.waitFor({ timeout: 60_000 }), refused.waitFor({ timeout: 60_000 })]).catch(() => undefined);
  if (!(await saved.isVisible()))
    throw new Error(`logging ${options.date} failed: ${(await refused.allInnerTexts()).join(' | ') || 'no answer'}`);
  return saved.getByTestId('adjustment').allInnerTexts();
}

/** The "Changed: …" line of an exercise in the next session on `date` (the Coming up panel). */
export async function changeShownFor(page: Page, date: string, exerciseName: string): Promise<string> {
  const session = page.getByRole('region', { name: 'Coming up' }).getByRole('listitem', { name: new RegExp(` on ${dayLabel(date)}$`) });
  await session.waitFor();
  const change = session.getByRole('listitem', { name: exerciseName, exact: true }).getByTestId('prescription-change');
  await change.waitFor({ timeout: 30_000 });
  return change.innerText();
}

/** Moves the session on `from` to `to` in the calendar's week view and waits until the calendar shows it there. */
export async function moveSessionInPortal(page: Page, from: string, to: string): Promise<void> {
  const calendar = page.getByRole('region', { name: 'Calendar' });
  await calendar.locator(`[data-testid="calendar-session"][data-date="${from}"]`).click();
  const move = calendar.getByRole('form', { name: 'Move session' });
  await move.getByLabel('New date').fill(to);
  await move.getByRole('button', { name: 'Move' }).click();
  await calendar.locator(`[data-testid="calendar-session"][data-date="${to}"]`).waitFor({ timeout: 30_000 });
  expect(await calendar.locator(`[data-testid="calendar-session"][data-date="${from}"]`).count()).toBe(0);
}

/** At each width: a full-page screenshot and no sideways scrolling of the page. */
export async function checkWidths(page: Page, shot: (page: Page, name: string) => Promise<string>, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.waitForTimeout(300);
    await shot(page, `${name}-${width}`);
    const w = await page.evaluate(() => ({ scroll: document.scrollingElement?.scrollWidth ?? -1, inner: window.innerWidth }));
    expect(w.inner).toBe(width);
    expect(w.scroll, `${name} at ${width} px: document.scrollingElement.scrollWidth`).toBeGreaterThan(0);
    expect(w.scroll, `${name} at ${width} px: no sideways scrolling`).toBeLessThanOrEqual(w.inner);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
