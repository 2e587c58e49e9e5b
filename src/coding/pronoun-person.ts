/**
 * Grammatical person of a pronoun subject. A pronoun subject of a governed clause takes the
 * governing verb's subject ("Switzerland said it had expelled ..."), but only a pronoun of the
 * same person can stand for a pronoun: in "when they are put to use, we consider that ..." the
 * speakers ("we") are not the things or people "they" name, and in "we said they would come"
 * "they" is not "we". A named subject ("Lukashenko said we will ...") may stand for either.
 */
import type { Token } from '../core/types.js';
import type { NounGroup } from './parse/structure.js';

const FIRST = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const SECOND = new Set(['you', 'your']);
const THIRD = new Set(['he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their']);

/** 1, 2 or 3 when the group starts with a personal pronoun, else null. */
export function personOf(tokens: readonly Token[], group: NounGroup | null): 1 | 2 | 3 | null {
  const word = group ? tokens[group.start]?.norm : undefined;
  if (word === undefined) return null;
  if (FIRST.has(word)) return 1;
  if (SECOND.has(word)) return 2;
  if (THIRD.has(word)) return 3;
  return null;
}

/** True when a pronoun subject may stand for the governing verb's subject. */
export function agreesInPerson(
  tokens: readonly Token[],
  pronoun: NounGroup | null,
  antecedent: NounGroup | null,
): boolean {
  const of = personOf(tokens, antecedent);
  return of === null || of === personOf(tokens, pronoun);
}

/** "he" or "she" alone: a pronoun that stands for one person. */
export function isPersonPronoun(tokens: readonly Token[], group: NounGroup | null): boolean {
  if (!group || group.end - group.start !== 1) return false;
  const word = tokens[group.start]?.norm;
  return word === 'he' || word === 'she';
}

/** "it" alone: a pronoun that stands for one country, organisation or thing. */
export function isCollectivePronoun(tokens: readonly Token[], group: NounGroup | null): boolean {
  return group !== null && group.end - group.start === 1 && tokens[group.start]?.norm === 'it';
}
