import { once } from 'node:events';
import { type AddressInfo, createServer, type Server } from 'node:net';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createMailer } from './create-mailer.js';
import { ConsoleMailer } from './mailer.js';
import { SmtpMailer } from './smtp-mailer.js';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A minimal SMTP listener on a real socket (RFC 5321 happy path, no TLS, no auth) that records each message. */
async function smtpListener(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    const reply = (line: string): void => void socket.write(`${line}\r\n`);
    reply('220 test.local ESMTP ready');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          reply('250 2.0.0 queued');
          continue;
        }
        const nl = buffer.indexOf('\r\n');
        if (nl < 0) return;
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 test.local');
        else if (verb === 'MAIL') {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, port: (server.address() as AddressInfo).port, received };
}

describe('SmtpMailer (nodemailer against an SMTP listener on a real socket)', () => {
  let close: (() => void) | undefined;
  afterEach(() => close?.());

  it('should deliver a plain-text message with its envelope, headers and body', async () => {
    const { server, port, received } = await smtpListener();
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${port}`, 'Liftgraph <no-reply@liftgraph.test>');
    close = () => {
      mailer.close();
      server.close();
    };
    const link = 'http://localhost:3000/invite/AbCdEfGhIjKlMnOpQrStUvWxYz0';
    await mailer.send({ to: 'ines@example.com', subject: 'Casey invites you to Liftgraph', text: `Set your password here:\n${link}\n` });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail?.from).toBe('no-reply@liftgraph.test');
    expect(mail?.to).toEqual(['ines@example.com']);
    expect(mail?.data).toMatch(/^From: Liftgraph <no-reply@liftgraph\.test>$/m);
    expect(mail?.data).toMatch(/^To: ines@example\.com$/m);
    expect(mail?.data).toMatch(/^Subject: Casey invites you to Liftgraph$/m);
    expect(mail?.data).toMatch(/^Content-Type: text\/plain/m);
    expect(mail?.data).toContain(link);
  });

  it('should reject when the server refuses the recipient', async () => {
    const server = createServer((socket) => {
      socket.write('220 ready\r\n');
      socket.on('data', (chunk: Buffer) => {
        for (const line of chunk
          .toString('utf8')
          .split('\r\n')
          .filter((l) => l !== '')) {
          const verb = line.slice(0, 4).toUpperCase();
          socket.write(verb === 'RCPT' ? '550 5.1.1 no such user\r\n' : verb === 'QUIT' ? '221 bye\r\n' : '250 ok\r\n');
        }
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const mailer = new SmtpMailer(`smtp://127.0.0.1:${(server.address() as AddressInfo).port}`, 'no-reply@liftgraph.test');
    close = () => {
      mailer.close();
      server.close();
    };
    await expect(mailer.send({ to: 'nobody@example.com', subject: 's', text: 't' })).rejects.toThrow(/no such user/);
  });

  it('should pick the console mailer without SMTP_URL and SMTP with it', () => {
    const logger = pino({ level: 'silent' });
    expect(createMailer({ from: 'a@b.c' }, logger)).toBeInstanceOf(ConsoleMailer);
    const smtp = createMailer({ smtpUrl: 'smtp://127.0.0.1:2525', from: 'a@b.c' }, logger);
    expect(smtp).toBeInstanceOf(SmtpMailer);
    (smtp as SmtpMailer).close();
  });
});
