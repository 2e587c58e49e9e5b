/**
 * A question asserts no event. "Does Trump see China as a threat?" or "Will Minsk send troops?"
 * reports no act; CAMEO codes events that are reported as having happened (or as announced:
 * promises, threats), and the manual's examples are all declarative. A sentence that ends in a
 * question mark (before any closing quotation mark or bracket) is not coded.
 */
const CLOSING = /["'”’»)\]\s]/u;

/** True when the sentence is a question (scanned from its end: no regex over the whole text). */
export function isQuestion(sentence: string): boolean {
  let k = sentence.length - 1;
  while (k >= 0 && CLOSING.test(sentence.charAt(k))) k--;
  return k >= 0 && sentence.charCodeAt(k) === 63; // '?'
}
