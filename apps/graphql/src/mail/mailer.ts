import type { Logger } from '../logger.js';

/** One plain-text e-mail. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Where the API's e-mails (invites) go: the console in development, SMTP when SMTP_URL is set. */
export interface Mailer {
  send(msg: MailMessage): Promise<void>;
}

/** The default: logs each message (recipient, subject, body), so invites work without any mail service. */
export class ConsoleMailer implements Mailer {
  constructor(private readonly logger: Logger) {}

  async send(msg: MailMessage): Promise<void> {
    this.logger.info({ mail: { to: msg.to, subject: msg.subject } }, `mail (console mailer, not sent)\n${msg.text}`);
  }
}
