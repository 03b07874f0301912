// The portal's production server: Next.js's request handler behind a plain node:http server that
// appends each request's socket peer to X-Forwarded-For before Next sees it. `next start` only fills
// the header when the browser did not send one, so the sign-in rate limit of the API could not tell a
// browser's address from one it made up. Usage: node dist/server/main.js [-p 3000] [-H 127.0.0.1]
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nextModule from 'next';
import { APPENDS_PEER, appendPeer } from './forwarded-for.js';

function option(flag: string, fallback: string): string {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] ?? fallback) : fallback;
}

const port = Number(option('-p', '3000'));
const hostname = option('-H', '127.0.0.1');
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`-p must be a port number 0-65535, got "${option('-p', '')}"`);
  process.exit(2);
}

// `next` is CommonJS (module.exports = createServer): NodeNext types the default import as its namespace,
// bundler resolution as the function. The part used here, typed once for both.
type CreateNext = (options: { dev: boolean; dir: string; hostname: string; port: number }) => {
  prepare: () => Promise<void>;
  getRequestHandler: () => (req: IncomingMessage, res: ServerResponse) => Promise<void>;
};
const next = ((nextModule as { default?: unknown }).default ?? nextModule) as CreateNext;
const app = next({ dev: false, dir: join(dirname(fileURLToPath(import.meta.url)), '..', '..'), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
(globalThis as Record<symbol, unknown>)[APPENDS_PEER] = true;

const server = createServer((req, res) => {
  req.headers['x-forwarded-for'] = appendPeer(req.headers['x-forwarded-for'], req.socket.remoteAddress);
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`portal listening on http://${hostname}:${port}`));
const stop = (): void => {
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
