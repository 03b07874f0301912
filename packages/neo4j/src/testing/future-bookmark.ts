/**
 * Test aid: a bookmark naming a transaction `ahead` commits after the one `real` names, so a
 * session carrying it waits. Bookmarks are opaque to the application; this leans on Neo4j 5's
 * encoding (`FB:` + base64 of PackStream: list marker, 16-byte database id, transaction id as an
 * integer, trailer) and returns null when a bookmark does not look like that, so callers can skip
 * loudly instead of guessing.
 */
export function futureBookmark(real: string, ahead = 1_000_000): string | null {
  if (!real.startsWith('FB:')) return null;
  const bytes = Buffer.from(real.slice(3), 'base64');
  const head = 3; // 0x91 (list of 1), 0xCC 0x10 (16 bytes follow)
  if (bytes[0] !== 0x91 || bytes[1] !== 0xcc || bytes[2] !== 0x10 || bytes.length < head + 16 + 2) return null;
  const at = head + 16;
  const marker = bytes[at];
  if (marker === undefined) return null;
  let txId: bigint;
  let size: number;
  if (marker < 0x80) [txId, size] = [BigInt(marker), 1];
  else if (marker === 0xc8) [txId, size] = [BigInt(bytes.readInt8(at + 1)), 2];
  else if (marker === 0xc9) [txId, size] = [BigInt(bytes.readInt16BE(at + 1)), 3];
  else if (marker === 0xca) [txId, size] = [BigInt(bytes.readInt32BE(at + 1)), 5];
  else if (marker === 0xcb) [txId, size] = [bytes.readBigInt64BE(at + 1), 9];
  else return null;
  const later = Buffer.alloc(9);
  later[0] = 0xcb;
  later.writeBigInt64BE(txId + BigInt(ahead), 1);
  return `FB:${Buffer.concat([bytes.subarray(0, at), later, bytes.subarray(at + size)]).toString('base64')}`;
}
