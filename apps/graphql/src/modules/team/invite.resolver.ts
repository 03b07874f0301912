import { randomUUID } from 'node:crypto';
import { type InviteRecord, inviteStatus } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import { checkCode, checkEmail, checkName, checkNewPassword } from '../../auth/account-input.js';
import { limitByAddress, limitInvitesOf } from '../../auth/account-limits.js';
import { hashPassword } from '../../auth/password.js';
import { canonicalTypedCode, hashSecretCode, looksLikeTypedCode, newTypedCode } from '../../auth/secret-code.js';
import { startSession } from '../../auth/session.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { AuthPayloadType } from '../auth/auth.type.js';
import { InvitePreviewType, InviteType } from './team.type.js';

/** Invites last a week. */
export const INVITE_TTL_MS = 7 * 24 * 3_600_000;

const toInviteType = (i: InviteRecord, reveal: { code: string; url: string } | null = null): InviteType => ({
  id: i.id,
  athleteId: i.athleteId,
  athleteName: i.athleteName,
  email: i.email,
  createdAt: i.createdAt,
  expiresAt: i.expiresAt,
  status: inviteStatus(i, new Date()),
  code: reveal?.code ?? null,
  url: reveal?.url ?? null,
});

export const inviteUrl = (ctx: Context, code: string): string => `${ctx.services.accounts.portalUrl}/invite/${code}`;

/** Invites: a coach lets an athlete profile get its own login (single use, expiring, stored hashed). */
@Resolver()
export class InviteResolver {
  @Authorized(...ROLES.athleteManagers)
  @Mutation(() => InviteType, {
    description:
      'An invite for an athlete you coach to create their login: the code and link are in this answer only. With email, it is also sent (a failed sending is logged; hand over the link). At most 20 per coach per hour.',
  })
  async createInvite(
    @Ctx() ctx: Context,
    @Arg('athleteId', () => ID) athleteId: string,
    @Arg('email', () => String, { nullable: true }) email: string | null,
  ): Promise<InviteType> {
    const viewer = await ctx.access.assertCoachOf(athleteId);
    const to = email == null || email.trim() === '' ? null : checkEmail('email', email);
    if ((await ctx.repos.users.forAthlete(athleteId)) !== null)
      throw new ApiError(
        'BAD_USER_INPUT',
        `athleteId: athlete "${athleteId}" has an account already. Fix: they sign in with it (a reset link helps if they forgot the password)`,
      );
    await limitInvitesOf(ctx, viewer.userId);
    const code = newTypedCode();
    const now = new Date();
    const invite = await ctx.repos.invites.create({
      id: `invite-${randomUUID()}`,
      codeHash: hashSecretCode(code),
      athleteId,
      coachId: viewer.role === 'COACH' ? viewer.coachId : null,
      email: to,
      now: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITE_TTL_MS).toISOString(),
    });
    if (invite === null) throw new ApiError('NOT_FOUND', `athlete "${athleteId}" does not exist`);
    const url = inviteUrl(ctx, code);
    if (to !== null) {
      const from = ctx.viewerUser?.name ?? 'Your coach';
      // The code is in this answer either way: a mail that cannot be sent is logged, not a lost invite.
      await ctx.services.mailer
        .send({
          to,
          subject: `${from} invites you to Liftgraph`,
          text: `${from} invites you to follow your training on Liftgraph as ${invite.athleteName}.\n\nSet your password here (the link works once, until ${invite.expiresAt}):\n${url}\n\nOr enter this code in the portal: ${code}\n`,
        })
        .catch((error: unknown) => ctx.log.warn({ err: error, inviteId: invite.id }, 'invite e-mail not sent; the coach has the link'));
    }
    return toInviteType(invite, { code, url });
  }

  @Authorized(...ROLES.athleteManagers)
  @Query(() => [InviteType], { description: 'Invites of an athlete you coach, newest first (codes are never shown again).' })
  async invites(@Ctx() ctx: Context, @Arg('athleteId', () => ID) athleteId: string): Promise<InviteType[]> {
    await ctx.access.assertCoachOf(athleteId);
    return (await ctx.repos.invites.forAthlete(athleteId)).map((i) => toInviteType(i));
  }

  @Authorized(...ROLES.athleteManagers)
  @Mutation(() => InviteType, { description: 'Revokes a pending invite of an athlete you coach (a used one stays used).' })
  async revokeInvite(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<InviteType> {
    const invite = await ctx.repos.invites.byId(id);
    if (invite === null) {
      if (ctx.viewer?.role === 'ADMIN') throw new ApiError('NOT_FOUND', `invite "${id}" does not exist`);
      throw new ApiError('FORBIDDEN', `you may not manage invite "${id}"`);
    }
    await ctx.access.assertCoachOf(invite.athleteId);
    const revoked = await ctx.repos.invites.revoke(id, new Date().toISOString());
    if (revoked === null) throw new ApiError('NOT_FOUND', `invite "${id}" does not exist`);
    return toInviteType(revoked);
  }

  @Query(() => InvitePreviewType, {
    nullable: true,
    description:
      'Who invites whom, for a code (public); null when the code is unknown, used, revoked or expired. Rate-limited per address.',
  })
  async invitePreview(@Ctx() ctx: Context, @Arg('code', () => String) code: string): Promise<InvitePreviewType | null> {
    const typed = canonicalTypedCode(checkCode('code', code));
    await limitByAddress(ctx, 'inviteCode');
    if (!looksLikeTypedCode(typed)) return null;
    const preview = await ctx.repos.invites.preview(hashSecretCode(typed), new Date().toISOString());
    if (preview === null) return null;
    return {
      athleteName: preview.athleteName,
      coachName: preview.coachName ?? 'Liftgraph',
      organisationName: preview.organisationName,
      expiresAt: preview.expiresAt,
    };
  }

  @Mutation(() => AuthPayloadType, {
    description:
      "Accepts an invite (public): creates the athlete's login linked to the invited athlete, marks the invite used, signs them in. Rate-limited per address.",
  })
  async acceptInvite(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
  ): Promise<AuthPayloadType> {
    const typed = canonicalTypedCode(checkCode('code', code));
    const address = checkEmail('email', email);
    checkNewPassword('password', password);
    const displayName = name == null || name.trim() === '' ? null : checkName('name', name);
    await limitByAddress(ctx, 'inviteCode');
    const invalid = new ApiError(
      'BAD_USER_INPUT',
      'code: this invite is unknown, used, revoked or expired. Fix: ask your coach for a new invite',
    );
    if (!looksLikeTypedCode(typed)) throw invalid;
    const codeHash = hashSecretCode(typed);
    const now = new Date().toISOString();
    // A cheap read first, so a wrong code costs no bcrypt; the transaction below decides.
    const preview = await ctx.repos.invites.preview(codeHash, now);
    if (preview === null) throw invalid;
    const userId = `user-${randomUUID()}`;
    const outcome = await ctx.repos.invites.accept(
      codeHash,
      { userId, email: address, name: displayName ?? preview.athleteName, passwordHash: await hashPassword(password) },
      now,
    );
    switch (outcome.kind) {
      case 'invalid':
        throw invalid;
      case 'athlete-has-account':
        throw new ApiError(
          'BAD_USER_INPUT',
          'code: this athlete has an account already. Fix: sign in instead (or ask your coach for a reset link)',
        );
      case 'email-taken':
        throw new ApiError(
          'BAD_USER_INPUT',
          `email: an account with ${address} exists already. Fix: sign in instead, or use another e-mail`,
        );
      case 'accepted': {
        const user = await ctx.repos.users.byId(outcome.userId);
        if (user === null) throw new ApiError('NOT_FOUND', 'the new account vanished after its creation; sign in');
        ctx.log.info({ inviteUserId: user.id, athleteId: outcome.athleteId }, 'invite accepted');
        return startSession(ctx, user);
      }
    }
  }
}
