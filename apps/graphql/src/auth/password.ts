import bcrypt from 'bcryptjs';

const COST = 10;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, COST);

export const verifyPassword = (password: string, hash: string): Promise<boolean> => bcrypt.compare(password, hash);

// Compared against when the e-mail is unknown, so a miss costs as much time as a wrong password.
export const DUMMY_HASH = bcrypt.hashSync('liftgraph-no-such-user', COST);
