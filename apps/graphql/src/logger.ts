import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout; per-request children carry `requestId`. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'graphql' }, redact: ['req.headers.authorization', 'password', 'token'] });
}
