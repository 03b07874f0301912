import { randomUUID } from 'node:crypto';
import { DEFAULT_PREFERENCES, type UserRecord, WEIGHT_UNITS } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { checkCode, checkEmail, checkLocale, checkName, checkNewPassword, checkTimeZone } from '../../auth/account-input.js';
import { limitByAddress } from '../../auth/account-limits.js';
import { LoginThrottle, throttleKey } from '../../auth/login-throttle.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../auth/password.js';
import { canonicalTypedCode, hashSecretCode, looksLikeSecretCode, looksLikeTypedCode } from '../../auth/secret-code.js';
import { nextRefreshToken, sessionPayload, startSession } from '../../auth/session.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { oneOf } from '../../errors/validate.js';
import { AuthPayloadType, PreferencesInput, SignUpInput, toUserType, UserType } from './auth.type.js';

/** The viewer's own user as read for this request (context.ts), or UNAUTHENTICATED. */
function viewerUser(ctx: Context): UserRecord {
  ctx.access.requireViewer();
  if (ctx.viewerUser === null) throw new ApiError('UNAUTHENTICATED', 'this account no longer exists; sign in again');
  return ctx.viewerUser;
}

async function reloadUser(ctx: Context, id: string): Promise<UserRecord> {
  const user = await ctx.repos.users.byId(id);
  if (user === null) throw new ApiError('UNAUTHENTICATED', 'this account no longer exists; sign in again');
  return user;
}

/** Sign-in, sessions and the viewer's own account. */
@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType, {
    description:
      'Exchanges e-mail and password for a short-lived access token and a refresh token (5 attempts per 15 min per address and e-mail).',
  })
  async login(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<AuthPayloadType> {
    if (email.length > 320 || password.length > 200) throw new ApiError('BAD_USER_INPUT', 'e-mail or password is too long');
    // At most 5 attempts per (address, e-mail) in 15 minutes, counted in Neo4j across replicas (RATE_LIMITED).
    const throttle = new LoginThrottle(ctx.repos.db);
    const key = throttleKey(ctx.clientIp, email);
    await throttle.reserve(key);
    const user = await ctx.repos.users.byEmail(email.trim());
    // Always run bcrypt, so an unknown e-mail and a wrong password take the same time.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (user === null || !ok) throw new ApiError('UNAUTHENTICATED', 'wrong e-mail or password');
    if (user.disabled) throw new ApiError('UNAUTHENTICATED', 'this account is disabled; ask your organisation or an admin to enable it');
    await throttle.clear(key);
    void throttle.prune().catch((error: unknown) => ctx.log.warn({ err: error }, 'login throttle prune failed'));
    ctx.log.info({ loginUserId: user.id, role: user.role }, 'login');
    return startSession(ctx, user);
  }

  @Mutation(() => AuthPayloadType, {
    description: 'Coach sign-up: creates an organisation and its first coach (OWNER) and signs them in. Rate-limited per address.',
  })
  async signUp(@Ctx() ctx: Context, @Arg('input', () => SignUpInput) input: SignUpInput): Promise<AuthPayloadType> {
    const email = checkEmail('email', input.email);
    const password = checkNewPassword('password', input.password);
    const name = checkName('name', input.name);
    const organisationName = checkName('organisationName', input.organisationName);
    await limitByAddress(ctx, 'signUp');
    const userId = `user-${randomUUID()}`;
    const organisationId = `org-${randomUUID()}`;
    const outcome = await ctx.repos.organisations.createWithOwner(
      { id: organisationId, name: organisationName },
      { userId, coachId: `coach-${randomUUID()}`, email, name, passwordHash: await hashPassword(password) },
    );
    if (outcome === 'email-taken')
      throw new ApiError('BAD_USER_INPUT', `email: an account with ${email} exists already. Fix: sign in instead (or reset your password)`);
    ctx.log.info({ signUpUserId: userId, organisationId }, 'sign-up');
    return startSession(ctx, await reloadUser(ctx, userId));
  }

  @Mutation(() => AuthPayloadType, {
    description:
      'Exchanges a refresh token (single use) for new tokens. A refresh token used twice ends every session of its user (it was copied).',
  })
  async refreshSession(@Ctx() ctx: Context, @Arg('refreshToken', () => String) refreshToken: string): Promise<AuthPayloadType> {
    const refused = new ApiError('UNAUTHENTICATED', 'this session has ended; sign in again');
    const code = refreshToken.trim();
    if (!looksLikeSecretCode(code)) throw refused;
    const next = nextRefreshToken(ctx);
    const outcome = await ctx.repos.refreshTokens.rotate(
      hashSecretCode(code),
      { hash: next.hash, expiresAt: next.expiresAt.toISOString() },
      new Date().toISOString(),
    );
    if (outcome.kind === 'reused') {
      ctx.log.warn({ userId: outcome.userId }, 'refresh token reused: every session of the user ended');
      throw new ApiError('UNAUTHENTICATED', 'this refresh token was used before, so every session of the account was ended; sign in again');
    }
    if (outcome.kind === 'invalid') throw refused;
    const user = await ctx.repos.users.byId(outcome.userId);
    if (user === null || user.disabled || user.tokenVersion !== outcome.tokenVersion) throw refused;
    return sessionPayload(ctx, user, next);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: "Ends every session of the viewer's account (all devices): old access and refresh tokens stop working.",
  })
  async signOutEverywhere(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = ctx.access.requireViewer();
    return (await ctx.repos.users.bumpTokenVersion(viewer.userId)) !== null;
  }

  @Authorized()
  @Mutation(() => AuthPayloadType, {
    description: 'Changes the password after checking the current one; every other session ends; answers fresh tokens for this one.',
  })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<AuthPayloadType> {
    const user = viewerUser(ctx);
    checkNewPassword('newPassword', newPassword);
    if (currentPassword.length > 200 || !(await verifyPassword(currentPassword, user.passwordHash)))
      throw new ApiError('BAD_USER_INPUT', 'currentPassword is wrong. Fix: type the password you signed in with');
    if (newPassword === currentPassword) throw new ApiError('BAD_USER_INPUT', 'newPassword is the current password. Fix: choose a new one');
    if ((await ctx.repos.users.setPassword(user.id, await hashPassword(newPassword))) === null)
      throw new ApiError('UNAUTHENTICATED', 'this account no longer exists');
    return startSession(ctx, await reloadUser(ctx, user.id));
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with a reset code (single use, 24 h); every session of the account ends. Rate-limited per address.',
  })
  async resetPassword(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('newPassword', () => String) newPassword: string,
  ): Promise<boolean> {
    const typed = canonicalTypedCode(checkCode('code', code));
    checkNewPassword('newPassword', newPassword);
    await limitByAddress(ctx, 'resetPassword');
    const refused = new ApiError(
      'BAD_USER_INPUT',
      'code: this reset link is unknown, used or expired. Fix: ask your coach or an admin for a new one',
    );
    const codeHash = hashSecretCode(typed);
    const now = new Date().toISOString();
    // A cheap read first, so a wrong code costs no bcrypt; the transaction below decides.
    if (!looksLikeTypedCode(typed) || !(await ctx.repos.passwordResets.isUsable(codeHash, now))) throw refused;
    const userId = await ctx.repos.passwordResets.consume(codeHash, await hashPassword(newPassword), now);
    if (userId === null) throw refused;
    ctx.log.info({ resetUserId: userId }, 'password reset');
    return true;
  }

  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user.' })
  me(@Ctx() ctx: Context): UserType {
    return toUserType(viewerUser(ctx));
  }

  @Authorized()
  @Mutation(() => UserType, {
    description: "The viewer's unit, locale, time zone and microplates; an athlete's unit and time zone are their Athlete's too.",
  })
  async updatePreferences(@Ctx() ctx: Context, @Arg('input', () => PreferencesInput) input: PreferencesInput): Promise<UserType> {
    const user = viewerUser(ctx);
    const prefs = {
      unit: input.unit == null ? user.unit : oneOf('unit', input.unit, WEIGHT_UNITS),
      locale: input.locale == null ? user.locale : checkLocale('locale', input.locale),
      timeZone: input.timeZone == null ? user.timeZone : checkTimeZone('timeZone', input.timeZone),
      microplates: input.microplates ?? user.microplates ?? DEFAULT_PREFERENCES.microplates,
    };
    if (!(await ctx.repos.users.updatePreferences(user.id, prefs))) throw new ApiError('UNAUTHENTICATED', 'this account no longer exists');
    if (user.athleteId !== null) {
      ctx.loaders.athleteById.clear(user.athleteId);
      ctx.loaders.statusByAthleteId.clear(user.athleteId);
    }
    return toUserType(await reloadUser(ctx, user.id));
  }

  @Authorized('ATHLETE')
  @Mutation(() => Boolean, {
    description:
      "An athlete deletes their account and all their data (sessions, sets, imports, programs, invites) after confirming their password; coaches' rosters and aggregates no longer include them.",
  })
  async deleteMyAccount(@Ctx() ctx: Context, @Arg('password', () => String) password: string): Promise<boolean> {
    const user = viewerUser(ctx);
    if (password.length > 200 || !(await verifyPassword(password, user.passwordHash)))
      throw new ApiError('BAD_USER_INPUT', 'password is wrong. Fix: type your current password to confirm the deletion');
    const athleteId = await ctx.repos.users.deleteAthleteAccount(user.id);
    if (athleteId === null)
      throw new ApiError('BAD_USER_INPUT', 'this account is not an athlete account; only athletes can delete themselves here');
    ctx.log.info({ deletedUserId: user.id, athleteId }, 'account deleted');
    return true;
  }
}
