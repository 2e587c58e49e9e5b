/** The bytes of a stream, or the count read so far when it passed the limit (reading stops there). */
export type StreamBytes =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly tooLarge: true; readonly read: number };

/** Reads a whole stream into memory, giving up as soon as it holds more than `maxBytes`. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<StreamBytes> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    length += bytes.length;
    if (length > maxBytes) return { ok: false, tooLarge: true, read: length };
    chunks.push(bytes);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
