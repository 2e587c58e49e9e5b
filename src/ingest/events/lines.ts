/**
 * Streaming line reader for dataset files: plain text, gzip (`.gz`, also concatenated
 * members) and zip archives (every file member in order). Compression is recognised by
 * the file's magic bytes, not its name. Lines are decoded as UTF-8 (a BOM is dropped),
 * split on \n with a trailing \r removed, and numbered from 1 within each file or member.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { Unzip, UnzipInflate } from 'fflate';

export interface SourceLine {
  /** The file, or `archive.zip!member` for a zip member. */
  readonly file: string;
  /** 1-based line number within the file or member. */
  readonly line: number;
  readonly text: string;
}

export type Compression = 'gzip' | 'zip' | 'none';

/** A line longer than this (in bytes) is cut and handed on, so binary input cannot exhaust memory. */
export const MAX_LINE_LENGTH = 16 * 1024 * 1024;

/** Recognises gzip (1f 8b) and zip (PK\x03\x04, or PK\x05\x06 for an empty archive) by their first bytes. */
export function compressionOf(head: Uint8Array): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5))
    return 'zip';
  return 'none';
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

const NEWLINE = 0x0a;
const CR = 0x0d;
const EMPTY = Buffer.alloc(0);

/**
 * Splits a stream of bytes into lines; one splitter per file or member. Lines are found in
 * the bytes (a newline byte never occurs inside a multi-byte UTF-8 character) and each is
 * decoded on its own, so an ASCII line becomes a compact one-byte string even when other
 * lines of the chunk are not ASCII: splitting such lines into fields is about twice as fast
 * as splitting slices of one decoded chunk. Invalid bytes decode to U+FFFD, as TextDecoder's.
 */
export function lineSplitter(): { push(chunk: Uint8Array): string[]; end(): string[] } {
  let rest: Buffer = EMPTY;
  let first = true;
  const decode = (bytes: Buffer, from: number, to: number): string => {
    let end = to;
    if (end > from && bytes[end - 1] === CR) end--;
    let start = from;
    if (first) {
      first = false;
      if (end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf)
        start += 3;
    }
    return bytes.toString('utf8', start, end);
  };
  // Lines of `bytes` after `from`; what follows the last newline becomes `rest`.
  const split = (bytes: Buffer, from: number, lines: string[], final: boolean): string[] => {
    for (let at = bytes.indexOf(NEWLINE, from); at >= 0; at = bytes.indexOf(NEWLINE, from)) {
      lines.push(decode(bytes, from, at));
      from = at + 1;
    }
    if (final) {
      if (from < bytes.length) lines.push(decode(bytes, from, bytes.length));
      rest = EMPTY;
    } else if (bytes.length - from > MAX_LINE_LENGTH) {
      lines.push(decode(bytes, from, bytes.length));
      rest = EMPTY;
    } else {
      // Copied, so a small remainder does not keep the whole chunk alive.
      rest = from === bytes.length ? EMPTY : Buffer.from(bytes.subarray(from));
    }
    return lines;
  };
  // The line begun in the previous chunk is joined with its own end only: joining the rest
  // with the whole chunk copied every byte read a second time.
  const push = (chunk: Uint8Array): string[] => {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (rest.length === 0) return split(bytes, 0, [], false);
    const at = bytes.indexOf(NEWLINE);
    if (at < 0) return split(Buffer.concat([rest, bytes]), 0, [], false);
    const joined = Buffer.concat([rest, bytes.subarray(0, at)]);
    return split(bytes, at + 1, [decode(joined, 0, joined.length)], false);
  };
  return {
    push,
    end: () => split(rest, 0, [], true),
  };
}

async function* batchesOfStream(
  file: string,
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<SourceLine[]> {
  const splitter = lineSplitter();
  let line = 0;
  const number = (texts: string[]): SourceLine[] => texts.map((text) => ({ file, line: ++line, text }));
  for await (const chunk of chunks) yield number(splitter.push(chunk));
  yield number(splitter.end());
}

async function* batchesOfZip(path: string): AsyncGenerator<SourceLine[]> {
  type Piece = { member: string; data: Uint8Array; final: boolean } | { error: Error };
  const pieces: Piece[] = [];
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (entry) => {
    if (entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/')) return;
    entry.ondata = (error, data, final) => {
      pieces.push(error ? { error } : { member: entry.name, data, final });
    };
    entry.start();
  };
  const splitters = new Map<string, { split: ReturnType<typeof lineSplitter>; line: number }>();
  function drain(): SourceLine[] {
    const out: SourceLine[] = [];
    while (pieces.length > 0) {
      const piece = pieces.shift() as Piece;
      if ('error' in piece) throw piece.error;
      let state = splitters.get(piece.member);
      if (!state) {
        state = { split: lineSplitter(), line: 0 };
        splitters.set(piece.member, state);
      }
      const file = `${path}!${piece.member}`;
      for (const text of state.split.push(piece.data)) out.push({ file, line: ++state.line, text });
      if (piece.final) {
        for (const text of state.split.end()) out.push({ file, line: ++state.line, text });
        splitters.delete(piece.member);
      }
    }
    return out;
  }
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    unzip.push(chunk);
    yield drain();
  }
  unzip.push(new Uint8Array(0), true);
  yield drain();
}

/**
 * Reads a file's lines in batches (one per decoded chunk, possibly empty), transparently
 * gunzipping and reading zip members. Batches keep per-line overhead low on large files.
 */
export async function* readSourceLineBatches(path: string): AsyncGenerator<SourceLine[]> {
  const compression = compressionOf(await readHead(path));
  if (compression === 'zip') {
    yield* batchesOfZip(path);
    return;
  }
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  const chunks = compression === 'gzip' ? stream.pipe(createGunzip()) : stream;
  yield* batchesOfStream(path, chunks as AsyncIterable<Uint8Array>);
}

/** Reads a file's lines one by one (see readSourceLineBatches). */
export async function* readSourceLines(path: string): AsyncGenerator<SourceLine> {
  for await (const batch of readSourceLineBatches(path)) yield* batch;
}
