import { describe, expect, it } from 'vitest';
import {
  BookmarkHeaderError,
  formatBookmarkHeader,
  MAX_BOOKMARK_HEADER_CHARS,
  MAX_BOOKMARKS,
  parseBookmarkHeader,
} from './server-bookmarks.js';

const REAL = 'FB:kcwQxpOugI9xRhO+/FkTYaBlc8kLOZA=';

describe('x-liftgraph-bookmark header', () => {
  it('should read no bookmarks from an absent or blank header', () => {
    expect(parseBookmarkHeader(undefined)).toEqual([]);
    expect(parseBookmarkHeader('  ')).toEqual([]);
  });

  it('should read one or several comma-separated bookmarks, trimmed and deduplicated', () => {
    expect(parseBookmarkHeader(REAL)).toEqual([REAL]);
    expect(parseBookmarkHeader(`${REAL}, FB:kcwQAAAAAAAAAAAAAAAAAAAAASmQ ,${REAL}`)).toEqual([REAL, 'FB:kcwQAAAAAAAAAAAAAAAAAAAAASmQ']);
  });

  it.each([
    ['a space inside', 'FB:abc def', /entry 1 of 1 is not a bookmark/],
    ['an empty entry', `${REAL},,${REAL}`, /entry 2 of 3 is not a bookmark/],
    ['quotes and angle brackets', '"<script>"', /entry 1 of 1 is not a bookmark/],
    ['a non-ASCII character', 'FB:é', /entry 1 of 1 is not a bookmark/],
    ['an entry over 256 characters', `FB:${'A'.repeat(300)}`, /entry 1 of 1 is not a bookmark/],
    [
      'too many entries',
      Array.from({ length: MAX_BOOKMARKS + 1 }, () => REAL).join(','),
      new RegExp(`holds ${MAX_BOOKMARKS + 1} bookmarks; at most ${MAX_BOOKMARKS}`),
    ],
    [
      'a value over the size cap',
      'A'.repeat(MAX_BOOKMARK_HEADER_CHARS + 1),
      new RegExp(`is ${MAX_BOOKMARK_HEADER_CHARS + 1} characters long`),
    ],
  ])('should refuse %s, naming the header and the fix', (_what, value, problem) => {
    let thrown: unknown;
    try {
      parseBookmarkHeader(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BookmarkHeaderError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^x-liftgraph-bookmark /);
    expect(message).toMatch(problem);
    expect(message).toMatch(
      /Send back the value of the latest x-liftgraph-bookmark response header unchanged, or send no x-liftgraph-bookmark header/,
    );
  });

  it('should write nothing for no writes and the newest bookmarks comma-separated otherwise', () => {
    expect(formatBookmarkHeader([])).toBeUndefined();
    expect(formatBookmarkHeader(['a', 'b'])).toBe('a, b');
    const many = Array.from({ length: MAX_BOOKMARKS + 2 }, (_, i) => `FB:${i}`);
    expect(parseBookmarkHeader(formatBookmarkHeader(many))).toEqual(many.slice(2));
  });
});
