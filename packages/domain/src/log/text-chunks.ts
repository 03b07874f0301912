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

/**
 * Decodes `input` as UTF-8 text, chunk by chunk, and normalises it for the CSV parser:
 * a leading byte-order mark is dropped and `\r\n` / lone `\r` become `\n`, so that line numbers
 * are exact (csv-parse counts the two halves of a quoted `\r\n` as two lines) and notes read the
 * same whatever platform exported them. A `\r` at the end of a chunk is held back until the next
 * chunk shows whether a `\n` follows.
 */
export async function* toTextChunks(input: LogInput): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
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
  for await (const chunk of rawChunks(input)) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    const out = normalise(text);
    if (out.length > 0) yield out;
  }
  const tail = normalise(decoder.decode()) + (pendingCr ? '\n' : '');
  if (tail.length > 0) yield tail;
}
