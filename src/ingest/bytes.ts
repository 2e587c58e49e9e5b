/** The text of a file's bytes, or why it is not text Dyad can read. */
export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly binary: boolean };

/**
 * Decodes bytes as text: UTF-16 when a byte-order mark says so, the named charset when one is
 * given (Content-Type, or `<meta charset>` in HTML), else strict UTF-8. Refuses empty and
 * whitespace-only input, binary data (a known file signature, a NUL byte, or more than 10% control
 * characters), and invalid UTF-8 (naming the byte offset).
 */
export function decodeBytes(bytes: Uint8Array, charset: string | null = null): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'empty file', binary: false };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 === null) {
    const kind = binaryKind(bytes);
    if (kind !== null) return { ok: false, message: `binary file (${kind}), not text`, binary: true };
  }
  const label = utf16 ?? usableCharset(charset) ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    const at = label === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    return {
      ok: false,
      message: at >= 0 ? `invalid UTF-8 (at byte ${at})` : `invalid ${label} text`,
      binary: false,
    };
  }
  if (text.trim() === '') return { ok: false, message: 'empty file (whitespace only)', binary: false };
  return { ok: true, text };
}

/** A charset TextDecoder knows, other than UTF-8 (which is the default anyway), or null. */
function usableCharset(charset: string | null): string | null {
  if (charset === null) return null;
  try {
    const encoding = new TextDecoder(charset.trim().toLowerCase()).encoding;
    return encoding === 'utf-8' ? null : encoding;
  } catch {
    return null;
  }
}

/** The charset an HTML page declares in its first 1024 bytes, or null. */
export function htmlMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1] ?? null;
}

const SIGNATURES: readonly (readonly [string, readonly number[]])[] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];

const SAMPLE = 65536;

/** What kind of binary data this is, or null when it looks like text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  if (bytes.includes(0)) return 'contains NUL bytes';
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f)
      control++;
  }
  return control * 10 > sample.length ? 'mostly control characters' : null;
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** `50.0 MB` for a size; `20 MB` for a whole-number limit. */
export function formatBytes(bytes: number, trimWhole = false): string {
  const units: readonly (readonly [number, string])[] = [
    [1024 * 1024 * 1024, 'GB'],
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = bytes / size;
      return `${trimWhole && Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
    }
  }
  return `${bytes} bytes`;
}

/** The one message for an input over the size limit. */
export function tooLargeMessage(size: number | null, limit: number): string {
  return size === null
    ? `too large (over the ${formatBytes(limit, true)} limit)`
    : `too large (${formatBytes(size)} > ${formatBytes(limit, true)} limit)`;
}
