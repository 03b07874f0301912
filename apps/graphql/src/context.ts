import { randomUUID } from 'node:crypto';
import { todayFor } from '@liftgraph/domain/science';
import { CausalChain, type UserRecord, withCausalChain } from '@liftgraph/neo4j';
import { AccessPolicy } from './auth/access-policy.js';
import type { AccountLimits } from './auth/account-limits.js';
import type { TokenService } from './auth/token.js';
import { type Viewer, viewerOf } from './auth/viewer.js';
import type { OperationLimiter } from './limits/operation-limiter.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Logger } from './logger.js';
import type { Mailer } from './mail/mailer.js';
import type { TrainingJobs } from './modules/model/training-jobs.js';
import type { PlannerClient } from './planner/planner-client.js';
import { countingRepositories, createRepositories, type Repositories } from './repositories.js';

/** Process-wide services, created once in main.ts. */
export interface Services {
  repos: Repositories;
  planner: PlannerClient;
  tokens: TokenService;
  /** Invite e-mails: the console by default, SMTP when SMTP_URL is set. */
  mailer: Mailer;
  accounts: AccountSettings;
  training: TrainingJobs;
  /** Per-user limits on generateProgram, predictions and trainModel (RATE_LIMITED). */
  limits: OperationLimiter;
  logger: Logger;
  /** The one server clock: today (`YYYY-MM-DD`) in an IANA time zone (LIFTGRAPH_TODAY overrides it; see serverClock). */
  today: (timeZone: string) => string;
  /** Count repository calls per request and report them in `extensions.queryCounts` (tests, never production). */
  countQueries: boolean;
  /** How long a request waits for Neo4j to reach the bookmarks of its `x-liftgraph-bookmark` header (NEO4J_BOOKMARK_WAIT_MS). */
  bookmarkWaitMs: number;
}

/** Account settings from the environment. */
export interface AccountSettings {
  /** Base of the links in invites and resets (PORTAL_URL, no trailing slash). */
  portalUrl: string;
  /** Lifetime of a refresh token (REFRESH_TOKEN_TTL_SEC). */
  refreshTtlSec: number;
  /** Limits on sign-up, invite codes, resets and invites (RATE_LIMIT_SIGN_UP, …; null = off). */
  limits: AccountLimits;
}

export interface Context {
  requestId: string;
  /** The caller's address as the socket sees it (sign-in rate limiting keys on it). */
  clientIp: string;
  viewer: Viewer | null;
  /** The viewer's user as read once for this request (null when anonymous). */
  viewerUser: UserRecord | null;
  access: AccessPolicy;
  loaders: Loaders;
  /** The repositories for this request, on its causal view of the database (wrapped by a call counter when `countQueries`). */
  repos: Repositories;
  /** The request's bookmarks: those its transactions wait for (request header) and those its writes produced (response header). */
  causal: CausalChain;
  /** Repository calls by `repository.method`, when counting. */
  queryCounts: Record<string, number> | null;
  services: Services;
  log: Logger;
}

/** The server's today in a time zone: `override` (LIFTGRAPH_TODAY) when set, else the real date there. */
export const serverClock =
  (override?: string) =>
  (timeZone: string): string =>
    todayFor(timeZone, { override });

/**
 * Reads the bearer token; an invalid or expired token leaves the request anonymous (auth then fails
 * clearly). A valid token stands for its user only while the user exists, is not disabled and still
 * has the token's version (sign-out everywhere, a new password or disabling bump it): one read of the
 * user per request, whose role and links (not the token's) then decide what the viewer may do.
 */
export async function createContext(
  services: Services,
  authorization: string | undefined,
  requestId: string = randomUUID(),
  clientIp = 'unknown',
): Promise<Context> {
  const match = authorization === undefined ? null : /^Bearer\s+(\S+)$/i.exec(authorization);
  const claims = match?.[1] === undefined ? null : await services.tokens.verify(match[1]);
  const viewerUser = claims === null ? null : await services.repos.users.byId(claims.userId);
  const viewer = claims === null ? null : viewerOf(viewerUser, claims.tokenVersion);
  const queryCounts = services.countQueries ? {} : null;
  const causal = new CausalChain(services.bookmarkWaitMs);
  const scoped = createRepositories(withCausalChain(services.repos.db, causal));
  const repos = queryCounts === null ? scoped : countingRepositories(scoped, queryCounts);
  return {
    requestId,
    clientIp,
    viewer,
    viewerUser: viewer === null ? null : viewerUser,
    access: new AccessPolicy(viewer, (coachId) => repos.users.athleteIdsForCoach(coachId)),
    loaders: createLoaders(repos, services.today),
    repos,
    causal,
    queryCounts,
    services,
    log: services.logger.child({ requestId, userId: viewer?.userId ?? null }),
  };
}
