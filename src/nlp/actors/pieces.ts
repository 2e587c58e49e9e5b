import type { ActorEntry, AgentEntry, CountryForm } from '../../dict/index.js';
import type { ReadContext } from '../context.js';

/**
 * Actors, stage 1: dictionary pieces. At every token, the longest of
 *   - an actor-dictionary phrase (people, countries, organisations: "Xi Jinping", "Belarus"),
 *   - a country name, adjective, demonym, combining form or capital ("Belarusian", "Sino-"),
 *   - an agent noun ("minister", "companies", "troops"),
 * becomes a piece. Pieces do not overlap; later stages compose them into mentions.
 */
export type PieceKind = 'actor' | 'country' | 'agent';

export interface Piece {
  readonly kind: PieceKind;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Actor entry (kind 'actor'). */
  readonly entry?: ActorEntry;
  /** The phrase's `file:line` (actor), or the agent entry id. */
  readonly entryId: string;
  /** ISO alpha-3 (kind 'country') . */
  readonly iso3?: string;
  readonly countryForm?: CountryForm;
  /** Agent entry (kind 'agent'). */
  readonly agent?: AgentEntry;
}

const PRIORITY: Readonly<Record<PieceKind, number>> = { actor: 3, country: 2, agent: 1 };

function capitalised(text: string): boolean {
  const c = text.codePointAt(0);
  if (c === undefined) return false;
  const ch = String.fromCodePoint(c);
  return ch !== ch.toLowerCase() || /\d/.test(ch);
}

/**
 * Finds the pieces of one sentence (token range `[from, to)`). `aliases` maps a surname
 * (norm) to the person named earlier in the article ("Xi" after "Xi Jinping").
 */
export function findPieces(
  ctx: ReadContext,
  sentence: number,
  from: number,
  to: number,
  aliases: ReadonlyMap<string, ActorEntry> = new Map(),
): Piece[] {
  const { norms, texts, dicts } = ctx;
  const pieces: Piece[] = [];
  let i = from;
  while (i < to) {
    let best: Piece | null = null;
    const consider = (p: Piece): void => {
      if (p.end > to) return;
      const len = p.end - p.start;
      const bestLen = best ? best.end - best.start : 0;
      if (!best || len > bestLen || (len === bestLen && PRIORITY[p.kind] > PRIORITY[best.kind])) best = p;
    };
    // actor phrases start capitalised ("Xi Jinping"), or with "the" before a capital ("the EU")
    if (capitalised(texts[i] ?? '') || (norms[i] === 'the' && capitalised(texts[i + 1] ?? ''))) {
      for (const m of dicts.actors.matchAt(norms, i, texts)) {
        consider({
          kind: 'actor',
          start: i,
          end: i + m.length,
          sentence,
          entry: m.entry,
          entryId: m.phraseId,
        });
        break; // longest first
      }
    }
    for (const m of dicts.countries.matchAt(norms, i, texts)) {
      if (m.iso3 === null) {
        // a region ("Indo-Pacific") blocks a combining-form reading of its first word
        consider({ kind: 'agent', start: i, end: i + m.length, sentence, entryId: `countries:${m.phrase}` });
        break;
      }
      if (m.form !== 'combining' && !capitalised(texts[i] ?? '')) continue;
      consider({
        kind: 'country',
        start: i,
        end: i + m.length,
        sentence,
        entryId: `countries.tsv:${m.phrase}`,
        iso3: m.iso3,
        countryForm: m.form,
      });
      break;
    }
    for (const m of dicts.agents.matchAt(norms, i)) {
      consider({ kind: 'agent', start: i, end: i + m.length, sentence, entryId: m.entry.id, agent: m.entry });
      break;
    }
    const alias = aliases.get(norms[i] ?? '');
    if (alias && capitalised(texts[i] ?? '')) {
      consider({
        kind: 'actor',
        start: i,
        end: i + 1,
        sentence,
        entry: alias,
        entryId: `${alias.id} (surname)`,
      });
    }
    const chosen: Piece | null = best;
    if (chosen !== null) {
      const p: Piece = chosen;
      // a region match is only a blocker: it produces no piece
      if (!(p.kind === 'agent' && !p.agent)) pieces.push(p);
      i = p.end;
    } else {
      i++;
    }
  }
  return pieces;
}
