import { createHash } from 'node:crypto';
import { type GraphDb, UserRepository, type UserRole } from '@liftgraph/neo4j';
import bcrypt from 'bcryptjs';

export const FIXTURE_PASSWORD = 'reliability-password';

/** A user with a unique id/e-mail under `prefix` (bcrypt cost 4: fast, and the API verifies any cost). */
export async function createUser(
  db: GraphDb,
  prefix: string,
  name: string,
  role: UserRole,
  link: { athleteId?: string; coachId?: string } = {},
): Promise<{ id: string; email: string }> {
  const id = `${prefix}-user-${name}`;
  const email = `${prefix}-${name}@reliability.test`;
  await new UserRepository(db).upsert({ id, email, name, role, passwordHash: await bcrypt.hash(FIXTURE_PASSWORD, 4), ...link });
  return { id, email };
}

/** The LoginThrottle key the API stores for (address, e-mail): same recipe as apps/graphql's throttleKey. */
export const throttleKeyOf = (ip: string, email: string): string =>
  createHash('sha256').update(`${ip}\u0000${email.trim().toLowerCase()}`).digest('hex');

export async function dropPrefix(db: GraphDb, prefix: string): Promise<void> {
  await db.driver.executeQuery('MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }, { database: db.database });
}
