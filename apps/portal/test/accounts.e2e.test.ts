import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gql, testWeek } from './support/athlete-steps';
import { type PortalStack, startPortalStack } from './support/portal-stack';
import { LAPTOP, PHONE, shotWithoutOverflow } from './support/program-builder-steps';

/*
 * Issue 18's team, from nothing: a coach signs up with a new organisation, adds an athlete, invites them; the athlete
 * sets a password from the link and sees the program the coach assigned; a coach of another organisation sees none
 * of it; a reset link works once; removing the athlete ends the coach's access. Access tokens live 30 s here (the API's
 * minimum), within the portal's 30 s refresh margin: every page and every proxied request refreshes the session
 * first, so the whole run goes through refresh and rotation, parallel requests included (one refresh per token).
 */

const RUN = Date.now().toString(36);
/**
 * This run's browsers come from their own address: the API trusts two proxy hops here (a load balancer that
 * wrote X-Forwarded-For, then the portal's server), so its per-address limits (10 sign-ups an hour) count this
 * run alone and the file can run again and again on one database.
 */
const byte = () => 1 + Math.floor(Math.random() * 254);
const CLIENT_ADDRESS = `10.${byte()}.${byte()}.${byte()}`;
const PASSWORD = 'correct horse battery';
const ATHLETE_PASSWORD = 'barbell-on-the-back-7';
const NEW_PASSWORD = 'squat-depth-below-parallel';
const COACH = { name: 'Mara Lindqvist', email: `mara.${RUN}@example.com`, organisation: `North Barbell Club ${RUN}` };
const OTHER = { name: 'Theo Brandt', email: `theo.${RUN}@example.com`, organisation: `Harbour Strength ${RUN}` };
const ATHLETE = { name: `Ines Carvalho ${RUN}`, email: `ines.${RUN}@example.com` };

let stack: PortalStack;
let coach: { context: BrowserContext; page: Page };
let athleteId = '';
let invitePath = '';
/** The coach's session cookies right after sign-up. */
let signedUp: { access?: string; refresh?: string } = {};
const pages: Page[] = [];

/** The coach's first block for a new athlete with a full gym, generated and assigned through the API (the builder has its own e2e). */
async function assignFirstBlock(context: BrowserContext, athleteId: string): Promise<void> {
  const generated = await gql<{ generateProgram: { id: string } }>(
    context.request,
    `mutation($input: GenerateProgramInput!) { generateProgram(input: $input) { id } }`,
    {
      input: {
        athleteId,
        daysPerWeek: 3,
        goal: 'strength',
        equipment: ['barbell', 'dumbbell', 'body only', 'cable', 'machine'],
        startDate: testWeek().monday,
        weeks: 4,
      },
    },
  );
  await gql(context.request, `mutation($p: ID!, $a: ID!) { assignProgram(programId: $p, athleteId: $a) { id } }`, {
    p: generated.generateProgram.id,
    a: athleteId,
  });
}

async function newVisitor(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: LAPTOP, baseURL, extraHTTPHeaders: { 'x-forwarded-for': CLIENT_ADDRESS } });
  const page = await context.newPage();
  pages.push(page);
  return { context, page };
}

async function cookie(context: BrowserContext, name: string): Promise<string | undefined> {
  return (await context.cookies()).find((c) => c.name === name)?.value;
}

/** A coach signs up on /sign-up and lands on their (empty) roster. */
async function signUp(page: Page, who: typeof COACH, shot?: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Create an account for your gym or team' }).click();
  await page.waitForURL('**/sign-up');
  const form = page.getByRole('form', { name: 'Create a coach account' });
  await form.getByLabel('Your name').fill(who.name);
  await form.getByLabel('Gym or team name').fill(who.organisation);
  await form.getByLabel('E-mail').fill(who.email);
  await form.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await form.getByLabel('Repeat password').fill(PASSWORD);
  if (shot) {
    await shotWithoutOverflow(page, shot, PHONE);
    await shotWithoutOverflow(page, shot, LAPTOP);
  }
  await expect.poll(() => form.getAttribute('data-hydrated')).toBe('true');
  await form.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL((u) => u.pathname === '/coach', { timeout: 60_000 });
}

/** Signs in on /sign-in with e-mail and password; resolves with the path it landed on. */
async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect.poll(() => form.getAttribute('data-hydrated')).toBe('true');
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

beforeAll(async () => {
  stack = await startPortalStack({ apiEnv: { ACCESS_TOKEN_TTL_SEC: '30', TRUST_PROXY_HOPS: '2' } });
  coach = await newVisitor(stack.browser, stack.portalUrl);
});

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(async () => {
    for (const [i, page] of pages.entries())
      if (!page.isClosed()) await stack.shot(page, `failed-accounts-${i}-${task.name.slice(0, 30).replace(/\W+/g, '-')}`);
    console.error(stack.logs());
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe('accounts: a coach, an organisation, an invited athlete', () => {
  it('should sign a coach up with a new organisation and show an empty roster', async () => {
    const { page, context } = coach;
    await signUp(page, COACH, 'account-sign-up');
    await page.getByText('No athletes yet').waitFor({ timeout: 30_000 });
    expect(await page.locator('.sidebar-foot').innerText()).toContain(COACH.organisation);
    signedUp = { access: await cookie(context, 'lg_session'), refresh: await cookie(context, 'lg_refresh') };
    expect(signedUp.access).toBeTruthy();
    expect(signedUp.refresh).toBeTruthy();
    // Neither token is readable by the page's scripts.
    expect(await page.evaluate(() => document.cookie)).not.toMatch(/lg_(session|refresh)/);
  });

  it('should add an athlete, assign a block and create an invite shown once with a printable card', async () => {
    const { page, context } = coach;
    await page.getByRole('button', { name: 'Add athlete' }).click();
    const add = page.getByRole('form', { name: 'Add athlete' });
    await add.getByLabel('Name').fill(ATHLETE.name);
    await add.getByRole('button', { name: 'Add athlete' }).click();
    const link = add.getByRole('status').getByRole('link', { name: ATHLETE.name });
    await link.waitFor({ timeout: 30_000 });
    athleteId = decodeURIComponent((await link.getAttribute('href'))?.split('/').at(-1) ?? '');
    expect(athleteId).not.toBe('');
    await assignFirstBlock(context, athleteId);

    await page.goto(`/coach/athletes/${encodeURIComponent(athleteId)}`);
    await page.getByRole('heading', { level: 1, name: ATHLETE.name }).waitFor({ timeout: 30_000 });
    const invite = page.getByRole('form', { name: `Invite ${ATHLETE.name}` });
    await invite.getByRole('button', { name: 'Create invite' }).click();
    const card = page.getByRole('region', { name: 'New invitation' });
    await card.waitFor({ timeout: 30_000 });
    const code = (await card.getByTestId('invite-code').innerText()).replace(/\s+/g, '');
    const url = (await card.getByTestId('invite-url').innerText()).trim();
    expect(code.length).toBeGreaterThanOrEqual(16);
    expect(url.endsWith(`/invite/${code}`), `${url} ends with the code ${code}`).toBe(true);
    invitePath = new URL(url).pathname;
    const listed = page.getByRole('list', { name: 'Invitations sent' }).getByTestId('invite-item');
    await expect.poll(() => listed.count(), { timeout: 30_000 }).toBe(1);
    expect(await listed.first().getByTestId('invite-status').innerText()).toBe('waiting');

    // The printed page: only the card, with the athlete's name, the code, the link and the expiry.
    await page.emulateMedia({ media: 'print' });
    expect(await card.innerText()).toContain(`Liftgraph invitation for ${ATHLETE.name}`);
    expect(await card.innerText()).toMatch(/go to \S+\/invite and type the code/);
    expect(
      await page
        .locator('h1')
        .first()
        .evaluate((h) => getComputedStyle(h).visibility),
    ).toBe('hidden');
    await card.scrollIntoViewIfNeeded();
    for (const size of [LAPTOP, PHONE]) {
      await shotWithoutOverflow(page, 'account-invite-print', size);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);
    await card.scrollIntoViewIfNeeded();
    await shotWithoutOverflow(page, 'account-invite', PHONE);
    await page.setViewportSize(LAPTOP);
    await shotWithoutOverflow(page, 'account-invite', LAPTOP);
  });

  it('should let the athlete open the link, set a password and land on their program', async () => {
    const { page } = await newVisitor(stack.browser, stack.portalUrl);
    await page.goto(invitePath);
    const preview = page.getByLabel('Invitation');
    await preview.waitFor({ timeout: 30_000 });
    const text = await preview.innerText();
    for (const part of [COACH.name, COACH.organisation, ATHLETE.name]) expect(text).toContain(part);
    const form = page.getByRole('form', { name: 'Set up your account' });
    await form.getByLabel('E-mail').fill(ATHLETE.email);
    await form.getByLabel('Password', { exact: true }).fill(ATHLETE_PASSWORD);
    await form.getByLabel('Repeat password').fill('not the same password');
    await expect.poll(() => form.getAttribute('data-hydrated')).toBe('true');
    await form.getByRole('button', { name: 'Create my account' }).click();
    expect(await form.getByRole('alert').innerText()).toContain('The two passwords differ');
    await form.getByLabel('Repeat password').fill(ATHLETE_PASSWORD);
    await shotWithoutOverflow(page, 'account-invite-accept', PHONE);
    await form.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL((u) => u.pathname === '/athlete', { timeout: 60_000 });
    const summary = page.getByTestId('athlete-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.innerText()).toContain('strength · 3 days/week');
    await page.getByRole('region', { name: 'Calendar' }).waitFor({ timeout: 30_000 });
    await shotWithoutOverflow(page, 'account-athlete-first-sign-in', LAPTOP);
    await shotWithoutOverflow(page, 'account-athlete-first-sign-in', PHONE);

    // The link is spent.
    await page.goto(invitePath);
    await page.getByRole('alert').filter({ hasText: 'This invitation does not work any more' }).waitFor({ timeout: 30_000 });
  });

  it('should sign the athlete in with the new password, and show the coach the invite as accepted', async () => {
    const { page } = await newVisitor(stack.browser, stack.portalUrl);
    await signIn(page, ATHLETE.email, ATHLETE_PASSWORD);
    await page.waitForURL((u) => u.pathname === '/athlete', { timeout: 60_000 });
    expect(await page.getByTestId('athlete-summary').innerText()).toContain('3 days/week');

    await coach.page.reload();
    const listed = coach.page.getByRole('list', { name: 'Invitations sent' }).getByTestId('invite-item');
    await expect.poll(() => listed.first().getByTestId('invite-status').innerText(), { timeout: 30_000 }).toBe('accepted');
  });

  it('should show a coach of another organisation none of it', async () => {
    const other = await newVisitor(stack.browser, stack.portalUrl);
    await signUp(other.page, OTHER);
    await other.page.getByText('No athletes yet').waitFor({ timeout: 30_000 });
    await other.page.goto(`/coach/athletes/${encodeURIComponent(athleteId)}`);
    await other.page
      .getByText(/Athlete not found|You do not have access to this/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await other.page.getByRole('heading', { level: 1, name: ATHLETE.name }).count()).toBe(0);
    const res = await other.context.request.post('/api/graphql', {
      data: { query: 'query($id: ID!) { athlete(id: $id) { id name } invites(athleteId: $id) { id } }', variables: { id: athleteId } },
    });
    const body = (await res.json()) as {
      data?: { athlete: unknown; invites?: unknown } | null;
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    expect(body.data?.athlete ?? null).toBeNull();
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    await other.context.close();
  });

  it('should issue a reset link for the athlete that works once', async () => {
    const { page, context } = coach;
    await page.goto(`/coach/athletes/${encodeURIComponent(athleteId)}`);
    await page.getByRole('heading', { level: 1, name: ATHLETE.name }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Reset link' }).click();
    const url = (await page.getByTestId('reset-url').innerText({ timeout: 30_000 })).trim();
    expect(url).toMatch(/\/reset\/\S+$/);
    const resetPath = new URL(url).pathname;

    const { page: athletePage } = await newVisitor(stack.browser, stack.portalUrl);
    await athletePage.goto(resetPath);
    const form = athletePage.getByRole('form', { name: 'Set a new password' });
    await expect.poll(() => form.getAttribute('data-hydrated')).toBe('true');
    await form.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await form.getByLabel('Repeat new password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Set new password' }).click();
    await athletePage.waitForURL('**/sign-in?notice=password-reset', { timeout: 30_000 });
    expect(await athletePage.getByRole('status').innerText()).toContain('Your new password is set');
    await signIn(athletePage, ATHLETE.email, ATHLETE_PASSWORD);
    await athletePage.getByRole('alert').filter({ hasText: 'Wrong e-mail or password' }).waitFor({ timeout: 30_000 });
    await signIn(athletePage, ATHLETE.email, NEW_PASSWORD);
    await athletePage.waitForURL((u) => u.pathname === '/athlete', { timeout: 60_000 });

    // Second use of the same link: refused, and the password stays the one just set.
    await athletePage.goto(resetPath);
    const again = athletePage.getByRole('form', { name: 'Set a new password' });
    await expect.poll(() => again.getAttribute('data-hydrated')).toBe('true');
    await again.getByLabel('New password', { exact: true }).fill('another-password-123');
    await again.getByLabel('Repeat new password').fill('another-password-123');
    await again.getByRole('button', { name: 'Set new password' }).click();
    await again.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await again.getByRole('alert').innerText()).toContain('works once');
    expect(athletePage.url()).toContain(resetPath);

    // Every request since sign-up has renewed the coach's session (see the top): both cookies are new ones, and
    // every page since has worked.
    const now = { access: await cookie(context, 'lg_session'), refresh: await cookie(context, 'lg_refresh') };
    expect(now.access).toBeTruthy();
    expect(now.access).not.toBe(signedUp.access);
    expect(now.refresh, 'the refresh token was rotated during the run').not.toBe(signedUp.refresh);
  });

  it('should remove the athlete: back on an empty roster, the athlete page refused, the athlete keeps their program', async () => {
    const { page } = coach;
    await page.goto(`/coach/athletes/${encodeURIComponent(athleteId)}`);
    await page.getByRole('heading', { level: 1, name: ATHLETE.name }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Remove from my roster' }).click();
    await page
      .getByRole('group', { name: `Remove ${ATHLETE.name}` })
      .getByRole('button', { name: `Remove ${ATHLETE.name}` })
      .click();
    await page.waitForURL((u) => u.pathname === '/coach', { timeout: 30_000 });
    await page.getByText('No athletes yet').waitFor({ timeout: 30_000 });
    await page.goto(`/coach/athletes/${encodeURIComponent(athleteId)}`);
    await page
      .getByText(/Athlete not found|You do not have access to this/)
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.getByRole('heading', { level: 1, name: ATHLETE.name }).count()).toBe(0);

    const { page: athletePage } = await newVisitor(stack.browser, stack.portalUrl);
    await signIn(athletePage, ATHLETE.email, NEW_PASSWORD);
    await athletePage.waitForURL((u) => u.pathname === '/athlete', { timeout: 60_000 });
    expect(await athletePage.getByTestId('athlete-summary').innerText({ timeout: 30_000 })).toContain('3 days/week');
  });

  it('should sign the coach out everywhere: another browser of theirs is sent to sign-in', async () => {
    const second = await newVisitor(stack.browser, stack.portalUrl);
    await signIn(second.page, COACH.email, PASSWORD);
    await second.page.waitForURL((u) => u.pathname === '/coach', { timeout: 60_000 });
    const { page } = coach;
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL('**/sign-in?notice=signed-out-everywhere', { timeout: 30_000 });
    // The other browser's tokens are dead: its next page sends it to sign-in.
    await second.page.goto('/coach');
    await second.page.waitForURL((u) => u.pathname === '/sign-in', { timeout: 30_000 });
    const res = await second.context.request.post('/api/graphql', { data: { query: '{ me { id } }' } });
    const body = (await res.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
