/**
 * A question asserts no event. "Does Trump see China as a threat?" or "Will Minsk send troops?"
 * reports no act; CAMEO codes events that are reported as having happened (or as announced:
 * promises, threats), and the manual's examples are all declarative. A sentence that ends in a
 * question mark (before any closing quotation mark or bracket) is not coded.
 */
const CLOSING = /["'”’»)\]\s]+$/u;

/** True when the sentence is a question. */
export function isQuestion(sentence: string): boolean {
  return sentence.replace(CLOSING, '').endsWith('?');
}
