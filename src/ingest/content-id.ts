import { createHash } from 'node:crypto';

/** The article id: hex sha256 of the (already normalised) text, first 32 hex digits. */
export function contentId(normalisedText: string): string {
  return createHash('sha256').update(normalisedText, 'utf8').digest('hex').slice(0, 32);
}
