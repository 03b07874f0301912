import type { UserRecord } from '@liftgraph/neo4j';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LoginThrottle, throttleKey } from '../../auth/login-throttle.js';
import { DUMMY_HASH, verifyPassword } from '../../auth/password.js';
import type { Context } from '../../context.js';
import { ApiError } from '../../errors/api-error.js';
import { AuthPayloadType, UserType } from './auth.type.js';

const toUserType = (u: UserRecord): UserType => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  athleteId: u.athleteId,
  coachId: u.coachId,
});

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayloadType, { description: 'Exchanges e-mail and password for a signed, expiring token.' })
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
    await throttle.clear(key);
    void throttle.prune().catch((error: unknown) => ctx.log.warn({ err: error }, 'login throttle prune failed'));
    const { token, expiresAt } = await ctx.services.tokens.sign({
      userId: user.id,
      role: user.role,
      athleteId: user.athleteId,
      coachId: user.coachId,
    });
    ctx.log.info({ loginUserId: user.id, role: user.role }, 'login');
    return { token, expiresAt: expiresAt.toISOString(), user: toUserType(user) };
  }

  @Authorized()
  @Query(() => UserType, { description: 'The signed-in user.' })
  async me(@Ctx() ctx: Context): Promise<UserType> {
    const viewer = ctx.access.requireViewer();
    const user = await ctx.repos.users.byId(viewer.userId);
    if (user === null) throw new ApiError('UNAUTHENTICATED', 'this account no longer exists');
    return toUserType(user);
  }
}
