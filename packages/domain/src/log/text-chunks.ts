/** What an importer accepts: the whole file, its bytes, or a stream of chunks (strings or bytes). */
export type LogInput = string | Uint8Array | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

const BOM = '\uFEFF';

function isChunkIterable(input: LogInput): input is AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> {
  return typeof input !== 'string' && !(input instanceof Uint8Array);
}

async function* rawChunks(input: LogInput): AsyncGenerator<string | Uint8Array> {
  if (isChunkIterable(input)) {
    yield* input;
  } else {
    yield input;
  }
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How many leading bytes decide the encoding (a file shorter than this is judged whole). */
const SNIFF_BYTES = 64 * 1024;

/** True when `bytes` is UTF-8, allowing a multi-byte sequence cut at the end. */
function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding of a byte stream, from its first bytes: a UTF-16 byte-order mark, or (without one) the
 * NUL bytes UTF-16 puts in every other position of ASCII text, which UTF-8 text never has. Spreadsheet
 * programs save "Unicode text" as UTF-16 and "CSV" on Windows as Windows-1252 (Latin-1): bytes that are
 * not valid UTF-8 are read as Windows-1252; anything else as UTF-8.
 */
function sniffEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.floor(Math.min(head.length, 512) / 2);
  if (pairs < 2) return 'utf-8';
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (head[i] === 0) evenNul += 1;
    if (head[i + 1] === 0) oddNul += 1;
  }
  // A few code units have a zero low byte too (U+0100, U+0400, surrogates of emoji and other astral
  // characters), so the other position may hold a few NULs; ASCII-heavy UTF-16 keeps it well under 10 %.
  if (oddNul >= pairs * 0.6 && evenNul <= oddNul * 0.1) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= evenNul * 0.1) return 'utf-16be';
  return isUtf8(head) ? 'utf-8' : 'windows-1252';
}

const concat = (a: Uint8Array, b: Uint8Array): Uint8Array => {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
};

/**
 * Decodes `input` as text, chunk by chunk, and normalises it for the CSV parser: bytes are UTF-8
 * unless their first 64 KiB say UTF-16 or Windows-1252 (see `sniffEncoding`); a leading byte-order mark is dropped and
 * `\r\n` / lone `\r` become `\n`, so that line numbers are exact (csv-parse counts the two halves of a
 * quoted `\r\n` as two lines) and notes read the same whatever platform exported them. A `\r` at the
 * end of a chunk is held back until the next chunk shows whether a `\n` follows.
 */
export async function* toTextChunks(input: LogInput): AsyncGenerator<string> {
  let decode: ((bytes: Uint8Array, stream: boolean) => string) | null = null;
  let head: Uint8Array = new Uint8Array(0);
  let atStart = true;
  let pendingCr = false;
  const normalise = (text: string): string => {
    let out = pendingCr ? `\r${text}` : text;
    pendingCr = out.endsWith('\r');
    if (pendingCr) out = out.slice(0, -1);
    if (atStart && out.length > 0) {
      atStart = false;
      if (out.startsWith(BOM)) out = out.slice(1);
    }
    return out.replace(/\r\n?/g, '\n');
  };
  const decodeBytes = (bytes: Uint8Array, final: boolean): string => {
    if (decode === null) {
      // Wait for enough bytes to recognise the encoding (or the end of the input).
      head = concat(head, bytes);
      if (head.length < SNIFF_BYTES && !final) return '';
      const decoder = new TextDecoder(sniffEncoding(head), { ignoreBOM: true });
      decode = (b, stream) => decoder.decode(b, { stream });
      return decode(head, !final);
    }
    return decode(bytes, !final);
  };
  for await (const chunk of rawChunks(input)) {
    const text = typeof chunk === 'string' ? chunk : decodeBytes(chunk, false);
    const out = normalise(text);
    if (out.length > 0) yield out;
  }
  const tail = normalise(decodeBytes(new Uint8Array(0), true)) + (pendingCr ? '\n' : '');
  if (tail.length > 0) yield tail;
}
