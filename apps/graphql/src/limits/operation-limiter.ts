import { type GraphDb, toNumber, writeTx } from '@liftgraph/neo4j';
import { GraphQLError } from 'graphql';
import { ApiError } from '../errors/api-error.js';
import { CONSUME_OPERATION } from './operation-limiter.cypher.js';
import { describeRateLimit, type RateLimitPolicy } from './rate-limit-policy.js';

/** The operations that cost real CPU (planner search, SHAP, GNN training), limited per user. */
export const LIMITED_OPERATIONS = ['generateProgram', 'predictions', 'trainModel'] as const;
export type LimitedOperation = (typeof LIMITED_OPERATIONS)[number];

/** null: the operation is not limited. */
export type OperationLimits = Record<LimitedOperation, RateLimitPolicy | null>;

const PROPERTY: Record<LimitedOperation, string> = {
  generateProgram: 'rateLimitGenerateProgram',
  predictions: 'rateLimitPredictions',
  trainModel: 'rateLimitTrainModel',
};

/** The typed refusal: `extensions.code` RATE_LIMITED and `retryAfterSec` (the extensions the API passes on); the message names operation and limit. */
export function operationRateLimited(operation: LimitedOperation, policy: RateLimitPolicy, retryAfterSec: number): GraphQLError {
  return new GraphQLError(
    `too many ${operation} requests: at most ${describeRateLimit(policy)} per user; try again in ${retryAfterSec} s`,
    {
      extensions: { code: 'RATE_LIMITED', retryAfterSec },
    },
  );
}

/**
 * Per-user sliding-window limits on the expensive operations (OWASP API4/API6), with their state in
 * Neo4j so every replica counts the same uses. A call is counted before the work starts (a burst of
 * parallel calls cannot slip past), and counts whether or not the work then succeeds.
 */
export class OperationLimiter {
  constructor(
    private readonly db: GraphDb,
    private readonly limits: OperationLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one use of `operation` by `userId`; throws RATE_LIMITED (with the seconds to wait) when over the limit. */
  async consume(userId: string, operation: LimitedOperation): Promise<void> {
    const policy = this.limits[operation];
    if (policy === null) return;
    const now = this.now();
    const params = { userId, property: PROPERTY[operation], now, since: now - policy.windowMs, max: policy.max };
    const row = await writeTx(this.db, `limits.${operation}`, async (tx) => (await tx.run(CONSUME_OPERATION, params)).records[0]);
    if (row === undefined) throw new ApiError('UNAUTHENTICATED', 'this account no longer exists; sign in again');
    if (row.get('blocked') !== true) return;
    const freesAt = toNumber(row.get('freesAt'), 'freesAt');
    throw operationRateLimited(operation, policy, Math.max(1, Math.ceil((freesAt + policy.windowMs - now) / 1000)));
  }
}
