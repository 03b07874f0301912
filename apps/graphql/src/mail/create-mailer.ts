import type { Logger } from '../logger.js';
import { ConsoleMailer, type Mailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

/** SMTP when SMTP_URL is set, else the console. */
export function createMailer(opts: { smtpUrl?: string | undefined; from: string }, logger: Logger): Mailer {
  return opts.smtpUrl === undefined ? new ConsoleMailer(logger) : new SmtpMailer(opts.smtpUrl, opts.from);
}
