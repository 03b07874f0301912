import type { UserRole } from '@liftgraph/neo4j';
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { ApiError } from '../errors/api-error.js';

/** Role gate for `@Authorized(...roles)`; no roles listed = any signed-in user. */
export const authChecker: AuthChecker<Context, UserRole> = ({ context }, roles) => {
  const viewer = context.access.requireViewer();
  if (roles.length === 0 || roles.includes(viewer.role)) return true;
  throw new ApiError('FORBIDDEN', `this operation needs one of the roles ${roles.join(', ')}; you are ${viewer.role}`);
};
