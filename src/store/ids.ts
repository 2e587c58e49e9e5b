import { createHash } from 'node:crypto';

/**
 * Id of the event a Dyad-coded mention creates: stable for the same article,
 * reader version and position, so rebuilding a database gives the same ids.
 * `salt` > 0 picks another id when the stable one is still held by an event
 * that mentions from other articles keep alive (after deduplication merged them).
 */
export function dyadEventId(articleId: string, readerVersion: string, ordinal: number, salt = 0): string {
  const hash = createHash('sha256').update(`${articleId}\u0000${readerVersion}\u0000${ordinal}\u0000${salt}`);
  return `e${hash.digest('hex').slice(0, 23)}`;
}

/** Id of an imported event: its dataset and the dataset's own key. */
export function importedEventId(dataset: string, externalId: string): string {
  return `${dataset}:${externalId}`;
}

/** Id of an event mention coded from an article: the article and the event's position in it. */
export function articleMentionId(articleId: string, ordinal: number): string {
  return `${articleId}:${ordinal}`;
}

/**
 * Id of a report of an imported event from a dataset's mentions table: a hash of the
 * event's key and the mention's own key, so importing the same mention twice finds it.
 */
export function importedMentionId(dataset: string, externalId: string, key: string): string {
  const hash = createHash('sha256').update(`${dataset}\u0000${externalId}\u0000${key}`);
  return `${dataset}:${externalId}:m${hash.digest('hex').slice(0, 16)}`;
}
