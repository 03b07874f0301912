import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import { hashSecretCode, newTypedCode } from '../../auth/secret-code.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { toUserType, UserType } from '../auth/auth.type.js';
import { teamLoaders } from './team-loaders.js';
import { OrganisationType, PasswordResetLinkType } from './team.type.js';

/** Reset links last a day. */
export const PASSWORD_RESET_TTL_MS = 24 * 3_600_000;

/** A coach's roster as accounts: removing an athlete, reset links for their login. */
@Resolver()
export class TeamResolver {
  @Authorized('COACH')
  @Mutation(() => Boolean, {
    description:
      'Stops coaching an athlete: you lose access; the athlete keeps their account and data. Their pending invites from you are revoked.',
  })
  async removeAthlete(@Ctx() ctx: Context, @Arg('athleteId', () => ID) athleteId: string): Promise<boolean> {
    const viewer = await ctx.access.assertCoachOf(athleteId);
    if (viewer.coachId === null || !(await ctx.repos.users.unlinkCoachAthlete(viewer.coachId, athleteId)))
      throw new ApiError('FORBIDDEN', `you do not coach athlete "${athleteId}"`);
    ctx.log.info({ coachId: viewer.coachId, athleteId }, 'athlete removed from roster');
    return true;
  }

  @Authorized(...ROLES.athleteManagers)
  @Mutation(() => PasswordResetLinkType, {
    description:
      'A single-use password reset link (24 h) for an account: a coach for the login of an athlete they coach (athleteId), an admin for anyone (userId or athleteId). Hand it to its owner.',
  })
  async issuePasswordReset(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('athleteId', () => ID, { nullable: true }) athleteId: string | null,
  ): Promise<PasswordResetLinkType> {
    if ((userId == null) === (athleteId == null))
      throw new ApiError('BAD_USER_INPUT', 'give exactly one of userId and athleteId. Fix: pass athleteId for an athlete you coach');
    const viewer = ctx.access.requireViewer();
    let target;
    if (athleteId != null) {
      await ctx.access.assertCoachOf(athleteId);
      target = await ctx.repos.users.forAthlete(athleteId);
      if (target === null)
        throw new ApiError(
          'BAD_USER_INPUT',
          `athleteId: athlete "${athleteId}" has no account yet. Fix: send them an invite (createInvite)`,
        );
    } else {
      if (viewer.role !== 'ADMIN') throw new ApiError('FORBIDDEN', 'only an admin may issue a reset by userId; a coach passes athleteId');
      target = await ctx.repos.users.byId(userId ?? '');
      if (target === null) throw new ApiError('NOT_FOUND', `user "${userId}" does not exist`);
    }
    const code = newTypedCode();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + PASSWORD_RESET_TTL_MS).toISOString();
    const created = await ctx.repos.passwordResets.create({
      id: `reset-${randomUUID()}`,
      codeHash: hashSecretCode(code),
      userId: target.id,
      issuedBy: viewer.userId,
      now: now.toISOString(),
      expiresAt,
    });
    if (!created) throw new ApiError('NOT_FOUND', 'the account vanished; nothing was issued');
    ctx.log.info({ resetFor: target.id, issuedBy: viewer.userId }, 'password reset issued');
    return { url: `${ctx.services.accounts.portalUrl}/reset/${code}`, code, expiresAt, userEmail: target.email };
  }
}

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => OrganisationType, { nullable: true, description: "A coach's organisation (null for other roles)." })
  async organisation(@Root() user: UserType, @Ctx() ctx: Context): Promise<OrganisationType | null> {
    return user.organisationId === null ? null : teamLoaders(ctx).organisationById.load(user.organisationId);
  }
}

@Resolver(() => OrganisationType)
export class OrganisationResolver {
  @FieldResolver(() => [UserType], { description: "The organisation's coaches (its members and admins only)." })
  async coaches(@Root() org: OrganisationType, @Ctx() ctx: Context): Promise<UserType[]> {
    if (!ctx.access.canSeeOrganisation(org.id)) throw new ApiError('FORBIDDEN', `you may not see the members of organisation "${org.id}"`);
    return (await teamLoaders(ctx).coachesByOrganisationId.load(org.id)).map(toUserType);
  }
}
