import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

describe('clientAddress', () => {
  it('should use the socket peer when no proxy is trusted, whatever the header says', () => {
    expect(clientAddress('10.0.0.5', '1.2.3.4', 0)).toBe('10.0.0.5');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('should take the address the nearest trusted proxy saw', () => {
    // browser 203.0.113.7 → portal (adds it) → API: one trusted hop
    expect(clientAddress('127.0.0.1', '203.0.113.7', 1)).toBe('203.0.113.7');
    // browser → portal → nginx lb → API: two hops; the portal's address was appended by nginx
    expect(clientAddress('172.18.0.9', '203.0.113.7, 172.18.0.4', 2)).toBe('203.0.113.7');
  });

  it('should ignore addresses a client put in the header itself', () => {
    // the client sent "X-Forwarded-For: 6.6.6.6"; the portal appended the real address
    expect(clientAddress('127.0.0.1', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('should fall back to the leftmost recorded address when the chain is shorter than the hops', () => {
    expect(clientAddress('127.0.0.1', '203.0.113.7', 3)).toBe('203.0.113.7');
    expect(clientAddress('127.0.0.1', undefined, 2)).toBe('127.0.0.1');
  });
});
