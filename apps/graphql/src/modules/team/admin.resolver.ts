import { randomUUID } from 'node:crypto';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ROLES } from '../../auth/access-policy.js';
import { checkEmail, checkName, checkNewPassword } from '../../auth/account-input.js';
import { hashPassword } from '../../auth/password.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { toUserType, UserType } from '../auth/auth.type.js';
import { CreateCoachInput, OrganisationType } from './team.type.js';

/** The admin page: organisations and users. */
@Resolver()
export class AdminResolver {
  @Authorized(...ROLES.admins)
  @Query(() => [OrganisationType], { description: 'Every organisation (admin).' })
  organisations(@Ctx() ctx: Context): Promise<OrganisationType[]> {
    return ctx.repos.organisations.list();
  }

  @Authorized(...ROLES.admins)
  @Query(() => [UserType], {
    description: "Every user, or an organisation's: its coaches and the athletes they coach (admin).",
  })
  async users(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
  ): Promise<UserType[]> {
    return (await ctx.repos.users.list(organisationId ?? null)).map(toUserType);
  }

  @Authorized(...ROLES.admins)
  @Mutation(() => UserType, { description: 'Adds a coach login to an organisation (admin).' })
  async createCoach(@Ctx() ctx: Context, @Arg('input', () => CreateCoachInput) input: CreateCoachInput): Promise<UserType> {
    const email = checkEmail('email', input.email);
    const name = checkName('name', input.name);
    const password = checkNewPassword('password', input.password);
    const userId = `user-${randomUUID()}`;
    const outcome = await ctx.repos.organisations.addCoach(input.organisationId, {
      userId,
      coachId: `coach-${randomUUID()}`,
      email,
      name,
      passwordHash: await hashPassword(password),
    });
    if (outcome === 'email-taken')
      throw new ApiError('BAD_USER_INPUT', `email: an account with ${email} exists already. Fix: use another e-mail`);
    if (outcome === 'no-organisation')
      throw new ApiError(
        'BAD_USER_INPUT',
        `organisationId: organisation "${input.organisationId}" does not exist. Fix: pick one from organisations`,
      );
    const user = await ctx.repos.users.byId(userId);
    if (user === null) throw new ApiError('NOT_FOUND', 'the new coach vanished after its creation');
    return toUserType(user);
  }

  @Authorized(...ROLES.admins)
  @Mutation(() => UserType, {
    description: 'Disables (ending every session) or re-enables a user (admin). An admin cannot disable themself.',
  })
  async setUserDisabled(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('disabled', () => Boolean) disabled: boolean,
  ): Promise<UserType> {
    if (disabled && userId === ctx.access.requireViewer().userId)
      throw new ApiError('BAD_USER_INPUT', 'userId: you cannot disable your own account. Fix: ask another admin');
    if (!(await ctx.repos.users.setDisabled(userId, disabled))) throw new ApiError('NOT_FOUND', `user "${userId}" does not exist`);
    const user = await ctx.repos.users.byId(userId);
    if (user === null) throw new ApiError('NOT_FOUND', `user "${userId}" does not exist`);
    return toUserType(user);
  }
}
