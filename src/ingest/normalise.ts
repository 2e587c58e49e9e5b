/**
 * The text normalisation every article goes through: strip a byte-order mark, turn CRLF and CR into
 * \n, NFC-normalise, drop leading blank lines and trailing whitespace. Offsets downstream are into
 * the result. Idempotent.
 */
export function normaliseText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return noBom
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd();
}

/** A one-line metadata value (title, source): NFC, whitespace collapsed, trimmed; null when empty. */
export function normaliseLine(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const line = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return line === '' ? null : line;
}
