import { describe, expect, it } from 'vitest';
import { APPENDS_PEER, appendPeer, forwardedForHeaders } from './forwarded-for';

describe('appendPeer', () => {
  it('should name the peer alone when no proxy or client wrote the header', () => {
    expect(appendPeer(undefined, '203.0.113.7')).toBe('203.0.113.7');
  });

  it('should keep received entries (a proxy in front, or a client lying) left of the peer', () => {
    expect(appendPeer('198.51.100.1, 10.0.0.2', '10.0.0.3')).toBe('198.51.100.1, 10.0.0.2, 10.0.0.3');
    expect(appendPeer(['1.1.1.1', '2.2.2.2'], '127.0.0.1')).toBe('1.1.1.1, 2.2.2.2, 127.0.0.1');
  });

  it('should drop empty entries and mark a socket without address', () => {
    expect(appendPeer(' , ,', undefined)).toBe('unknown');
  });
});

describe('forwardedForHeaders', () => {
  const incoming = new Headers({ 'x-forwarded-for': '6.6.6.6, 127.0.0.2' });

  it('should pass nothing on under plain next start, where the browser alone wrote the header', () => {
    delete (globalThis as Record<symbol, unknown>)[APPENDS_PEER];
    expect(forwardedForHeaders(incoming)).toEqual({});
  });

  it('should pass the chain on once the portal server appends the peer', () => {
    (globalThis as Record<symbol, unknown>)[APPENDS_PEER] = true;
    try {
      expect(forwardedForHeaders(incoming)).toEqual({ 'x-forwarded-for': '6.6.6.6, 127.0.0.2' });
      expect(forwardedForHeaders(new Headers())).toEqual({});
    } finally {
      delete (globalThis as Record<symbol, unknown>)[APPENDS_PEER];
    }
  });
});
