import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOOKMARK_HEADER } from './client-bookmark';
import { gqlRequest } from './client';
import type { TypedDocumentString } from './gql/graphql';

const DOC = { toString: () => '{ me { id } }' } as unknown as TypedDocumentString<unknown, Record<string, never>>;

/** Answers the fetcher's calls in order and records the bookmark header each call sent. */
function serve(answers: Array<{ status: number; bookmark?: string; body: unknown }>): Array<string | null> {
  const sent: Array<string | null> = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    sent.push(new Headers(init.headers).get(BOOKMARK_HEADER));
    const next = answers.shift();
    if (next === undefined) throw new Error('unexpected request');
    return new Response(JSON.stringify(next.body), {
      status: next.status,
      headers: next.bookmark === undefined ? {} : { [BOOKMARK_HEADER]: next.bookmark },
    });
  });
  return sent;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('portal fetcher: the tab keeps the latest write bookmark', () => {
  it('should send nothing before a write, then the latest bookmark a response brought, and forget it on BOOKMARK_TIMEOUT', async () => {
    const ok = { data: { me: { id: 'u' } } };
    const sent = serve([
      { status: 200, body: ok },
      { status: 200, bookmark: 'FB:one', body: ok },
      { status: 200, body: ok }, // a read: no new bookmark, the old one is kept
      { status: 200, bookmark: 'FB:two', body: ok },
      { status: 503, body: { errors: [{ message: 'not reached', extensions: { code: 'BOOKMARK_TIMEOUT' } }] } },
      { status: 200, body: ok },
    ]);
    for (let i = 0; i < 4; i++) await gqlRequest(DOC, {});
    await expect(gqlRequest(DOC, {})).rejects.toMatchObject({ code: 'BOOKMARK_TIMEOUT', status: 503 });
    await gqlRequest(DOC, {});
    expect(sent).toEqual([null, null, 'FB:one', 'FB:one', 'FB:two', null]);
  });
});
