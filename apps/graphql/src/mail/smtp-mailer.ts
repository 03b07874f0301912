import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, MailMessage } from './mailer.js';

/** The nodemailer message of one of our e-mails: plain text, from MAIL_FROM. */
export function composeMail(from: string, msg: MailMessage): nodemailer.SendMailOptions {
  return { from, to: msg.to, subject: msg.subject, text: msg.text };
}

/** Sends through an SMTP server given as a URL (smtp://user:pass@host:587, smtps://… for implicit TLS). */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(msg: MailMessage): Promise<void> {
    await this.transport.sendMail(composeMail(this.from, msg));
  }

  close(): void {
    this.transport.close();
  }
}
