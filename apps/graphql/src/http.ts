import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { clientAddress } from './client-address.js';
import type { Context } from './context.js';
import type { Logger } from './logger.js';

const MAX_BODY_BYTES = 6_000_000;

export interface HttpOptions {
  corsOrigins: readonly string[];
  /** Proxies in front whose X-Forwarded-For entry is trusted (see clientAddress); 0 = the socket peer. */
  trustProxyHops?: number;
  logger: Logger;
  context: (authorization: string | undefined, requestId: string, clientIp: string) => Promise<Context>;
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function cors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): void {
  const origin = req.headers.origin;
  if (origin === undefined || !origins.includes(origin)) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'origin');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader(
    'access-control-allow-headers',
    'content-type, authorization, apollo-require-preflight, x-request-id, x-liftgraph-bookmark',
  );
  res.setHeader('access-control-expose-headers', 'x-request-id, x-liftgraph-bookmark');
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-max-age', '600');
}

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
};

/** node:http integration for Apollo Server: /graphql (GET, POST, CORS preflight) and /health, one log line per request. */
export function createHttpServer(apollo: ApolloServer<Context>, opts: HttpOptions): Server {
  return createServer((req, res) => {
    const started = process.hrtime.bigint();
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      opts.logger.info({ requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      cors(req, res, opts.corsOrigins);
      if (url.pathname === '/health') return json(res, 200, { status: 'ok', service: 'graphql' });
      if (url.pathname !== '/graphql') return json(res, 404, { error: 'not found' });
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const raw = req.method === 'POST' ? await readBody(req) : '';
      const body: unknown = raw && headers.get('content-type')?.includes('application/json') ? JSON.parse(raw) : raw;
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () =>
          opts.context(
            headers.get('authorization'),
            requestId,
            clientAddress(req.socket.remoteAddress, headers.get('x-forwarded-for'), opts.trustProxyHops ?? 0),
          ),
      });
      const outHeaders: Record<string, string> = {};
      for (const [key, value] of result.headers) outHeaders[key] = value;
      res.writeHead(result.status ?? 200, outHeaders);
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    })().catch((error: unknown) => {
      if (res.headersSent) return void res.end();
      if (error instanceof BodyTooLarge) return json(res, 413, { errors: [{ message: `request body over ${MAX_BODY_BYTES} bytes` }] });
      if (error instanceof SyntaxError) return json(res, 400, { errors: [{ message: 'Bad request body: expected JSON.' }] });
      opts.logger.error({ requestId, err: error }, 'http handler failed');
      return json(res, 500, { errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    });
  });
}
