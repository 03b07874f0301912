// The dashboard bench counts a 2xx whose body carries GraphQL `errors` as an error, in both arrival
// patterns (bench/steady-rate.mjs and bench/autocannon-rate.mjs), against a local server that answers
// every other request with HTTP 200 and an `errors` body, as the API does for resolver failures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocannonRate } from '../bench/autocannon-rate.mjs';
import { graphqlBodyHasErrors, steadyRate } from '../bench/steady-rate.mjs';

let server: Server;
let url: URL;
let answered = 0;
let failedOnPurpose = 0;
let failEvery = 2;

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      answered++;
      const fail = answered % failEvery === 0;
      if (fail) failedOnPurpose++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          fail
            ? { errors: [{ message: 'planner unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }], data: null }
            : { data: { athletes: [] } },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const load = () => ({
  url,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ athletes { id } }' }),
  rate: 100,
  durationSec: 1,
});

describe('dashboard bench: GraphQL errors are errors', () => {
  it('should read an answer as failed when its body has errors, is not JSON or has no data', () => {
    expect(graphqlBodyHasErrors('{"data":{"athletes":[]}}')).toBe(false);
    expect(graphqlBodyHasErrors(Buffer.from('{"data":null,"errors":[{"message":"x"}]}'))).toBe(true);
    expect(graphqlBodyHasErrors('{"errors":[{"message":"x"}]}')).toBe(true);
    expect(graphqlBodyHasErrors('<html>bad gateway</html>')).toBe(true);
    expect(graphqlBodyHasErrors('{}')).toBe(true);
    expect(graphqlBodyHasErrors('{"data":{"a":1},"errors":[]}')).toBe(false);
  });

  it('should count the 2xx answers with errors in steady arrival', async () => {
    answered = 0;
    failedOnPurpose = 0;
    const r = await steadyRate(load());
    expect(r.requests).toBe(100);
    expect(r.non2xx).toBe(0);
    expect(failedOnPurpose).toBe(50);
    expect(r.graphqlErrors).toBe(50);
    expect(r.errors).toBe(50);
  });

  it('should count every 2xx answer with errors under autocannon', async () => {
    answered = 0;
    failedOnPurpose = 0;
    failEvery = 1;
    try {
      const r = await autocannonRate({ ...load(), durationSec: 2 });
      expect(r.non2xx).toBe(0);
      expect(r.requests).toBeGreaterThan(0);
      // Every answer autocannon read carried errors; it may stop with a few more in flight.
      expect(r.graphqlErrors).toBe(r.requests);
      expect(r.errors).toBeGreaterThanOrEqual(r.requests);
      expect(failedOnPurpose).toBeGreaterThanOrEqual(r.requests);
    } finally {
      failEvery = 2;
    }
  });
});
