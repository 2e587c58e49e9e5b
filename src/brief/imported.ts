/**
 * How a brief cites an event imported from a dataset (GDELT, ICEWS, PLOVER): the store holds
 * no article for it, so the footnote names the dataset row, the document it came from (GDELT's
 * SOURCEURL, ICEWS's story and publisher) and, for GDELT events with a mention, where in that
 * document the actors and the action are (character offsets).
 */
import { importNotesOf } from '../ingest/events/store-record.js';
import type { StoredEvent } from '../store/types.js';

const present = (value: string | undefined): string | null =>
  value !== undefined && value.trim() !== '' ? value.trim() : null;

const LABELS: Readonly<Record<string, string>> = { gdelt: 'GDELT', icews: 'ICEWS', plover: 'PLOVER' };

/** The dataset's display name ("ICEWS"); an unknown dataset by its own key. */
export function datasetLabel(dataset: string): string {
  return LABELS[dataset] ?? dataset;
}

/** The footnote of an imported event: `source` (a URL when there is one) and a note of the row and places in it. */
export function importedCitation(e: StoredEvent): { readonly source: string; readonly note: string | null } {
  const row = `${datasetLabel(e.dataset)} event ${e.externalId ?? e.id}`;
  const url = e.evidence?.url ?? e.sourceUrl;
  const notes: string[] = url ? [row] : [];
  const evidence = importNotesOf(e)?.evidence;
  const document = present(evidence?.document);
  const publisher = present(evidence?.source);
  const sentence = e.evidence?.sentence ?? null;
  if (document) notes.push(`story ${document}${sentence !== null ? `, sentence ${sentence}` : ''}`);
  if (publisher) notes.push(publisher);
  const offsets = e.evidence?.offsets;
  if (offsets) {
    const at = [
      offsets.actor1 !== null ? `actor 1 at ${offsets.actor1}` : null,
      offsets.actor2 !== null ? `actor 2 at ${offsets.actor2}` : null,
      offsets.action !== null ? `action at ${offsets.action}` : null,
    ].filter((s): s is string => s !== null);
    if (at.length > 0) notes.push(`characters: ${at.join(', ')}`);
  }
  return { source: url ?? row, note: notes.length > 0 ? notes.join('; ') : null };
}

/**
 * Rows of one dataset that state the same thing (same day, code and actors): ICEWS codes one
 * happening once per story, so a brief shows them as one line with their number. Null for
 * events read from articles (Dyad's own dedup has already grouped those).
 */
export function importedClaimKey(e: StoredEvent): string | null {
  if (e.dataset === 'dyad') return null;
  const codes = (actors: StoredEvent['sources']) => actors.map((a) => a.code ?? a.country ?? '?').join('+');
  return [e.dataset, e.date?.value ?? '', e.code ?? '', codes(e.sources), codes(e.targets), e.modality].join(
    '|',
  );
}
