import { Starts, type ActorEntry, type AgentEntry, type CountryForm } from '../../dict/index.js';
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

/**
 * A piece with every field present, in one order: pieces of all kinds then share one hidden
 * class, so `beats`, composing and surname tracking read them monomorphically.
 */
function piece(
  kind: PieceKind,
  start: number,
  end: number,
  sentence: number,
  entryId: string,
  entry: ActorEntry | undefined,
  iso3: string | undefined,
  countryForm: CountryForm | undefined,
  agent: AgentEntry | undefined,
): Piece {
  return { kind, start, end, sentence, entry, entryId, iso3, countryForm, agent };
}

const AGENT_STARTS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'VERB', 'X', 'NUM']);

/** The start bits of the dictionaries pieces come from. */
const PIECE_STARTS = Starts.ACTOR | Starts.COUNTRY | Starts.AGENT;

const PRIORITY: Readonly<Record<PieceKind, number>> = { actor: 3, country: 2, agent: 1 };

/** Whether a token starts with a capital letter or a digit. */
export function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 48 && c <= 57) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  const ch = String.fromCodePoint(text.codePointAt(0)!);
  return ch !== ch.toLowerCase();
}

/** Religion sectors whose one-word agents are also given names ("Christian", "Christiana"). */
const RELIGION_SECTORS: ReadonlySet<string> = new Set(['CHR', 'CTH', 'ORT', 'PRO', 'MOS', 'JEW']);

/**
 * A one-word religion agent written with a capital inside the sentence and followed by a
 * capitalised word that no dictionary knows is a first name, not an agent: "Minister
 * Christian Lindner" is a person, not a Christian (CHR). Titles ("President Mugabe") are
 * untouched: the coder reads a title before an unknown name as the person.
 */
function isFirstName(
  ctx: ReadContext,
  i: number,
  agent: { readonly length: number; readonly entry: { readonly code: string } },
  from: number,
  to: number,
): boolean {
  const { norms, texts, dicts } = ctx;
  const next = i + 1;
  if (agent.length !== 1 || !RELIGION_SECTORS.has(agent.entry.code) || i === from || next >= to) return false;
  if (!capitalised(texts[i] ?? '') || !capitalised(texts[next] ?? '')) return false;
  if (ctx.tokens[next]?.pos !== 'PROPN') return false;
  const starts = ctx.starts[next] ?? 0;
  return (
    ((starts & Starts.AGENT) === 0 || dicts.agents.firstAt(norms, next) === undefined) &&
    ((starts & Starts.ACTOR) === 0 || dicts.actors.firstAt(norms, next, texts) === undefined) &&
    ((starts & Starts.COUNTRY) === 0 || dicts.countries.firstAt(norms, next, texts) === undefined)
  );
}

/** One-word agents that also name a stance: "the opposition" is a group, "opposition to X" is not. */
const STANCE_AGENTS: ReadonlySet<string> = new Set(['opposition']);
/** Plural nouns wink may tag as verbs after a noun ("opposition rallies", "opposition protests"). */
const PLURAL_HEADS: ReadonlySet<string> = new Set([
  'rallies',
  'protests',
  'marches',
  'boycotts',
  'demands',
  'calls',
  'claims',
  'attacks',
  'strikes',
]);
/** Words after a stance noun that make it the stance ("opposition to the plan"). */
const STANCE_AFTER: ReadonlySet<string> = new Set(['to', 'from', 'against', 'toward', 'towards', 'over']);
/** Words before a stance noun that make it the stance ("its opposition", "despite strong opposition"). */
const STANCE_BEFORE: ReadonlySet<string> = new Set([
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  "'s",
  "'",
  'any',
  'no',
  'little',
  'much',
  'strong',
  'fierce',
  'stiff',
  'growing',
  'widespread',
  'firm',
  'vocal',
  'staunch',
  'despite',
  'public',
  'without',
]);

/**
 * A one-word agent used as the stance it also names, not as the group: "opposition to the
 * plan", "Beijing's opposition", "despite opposition". "The opposition", "the Belarusian
 * opposition" and "opposition parties" stay agents.
 */
function isStance(
  ctx: ReadContext,
  i: number,
  agent: { readonly length: number },
  from: number,
  to: number,
): boolean {
  const { norms } = ctx;
  if (agent.length !== 1 || !STANCE_AGENTS.has(norms[i] ?? '')) return false;
  const next = ctx.tokens[i + 1];
  // a modifier of another noun ("opposition rallies") is not the group either
  const modifier =
    i + 1 < to && (next?.pos === 'NOUN' || next?.pos === 'PROPN' || PLURAL_HEADS.has(next?.norm ?? ''));
  return (
    modifier ||
    (i + 1 < to && STANCE_AFTER.has(norms[i + 1] ?? '')) ||
    (i > from && STANCE_BEFORE.has(norms[i - 1] ?? ''))
  );
}

/**
 * Whether a piece of `kind` over tokens [start, end) would replace `best` (which starts at the
 * same token): it must end within the sentence (`to`), then be longer, or as long and of a
 * higher priority (actor > country > agent). Asked before a piece is built, so that the many
 * matches that lose (a country name the actor dictionary matched as well) build none.
 */
function beats(best: Piece | null, kind: PieceKind, start: number, end: number, to: number): boolean {
  if (end > to) return false;
  if (best === null) return true;
  const len = end - start;
  const bestLen = best.end - best.start;
  return len > bestLen || (len === bestLen && PRIORITY[kind] > PRIORITY[best.kind]);
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
  const hasAliases = aliases.size > 0;
  let i = from;
  while (i < to) {
    const starts = ctx.starts[i] ?? 0;
    // Most tokens begin no actor, country or agent phrase (their start mask says so): only a
    // known surname can make a piece there, so the rest of the loop (which reads the token's
    // text, tag and norm) is skipped for them.
    if ((starts & PIECE_STARTS) === 0 && (!hasAliases || !capitalised(texts[i] ?? ''))) {
      i++;
      continue;
    }
    let best: Piece | null = null;
    const upper = capitalised(texts[i] ?? '');
    // actor phrases start capitalised ("Xi Jinping"), or with "the" before a capital ("the EU")
    if ((starts & Starts.ACTOR) !== 0 && (upper || (norms[i] === 'the' && capitalised(texts[i + 1] ?? '')))) {
      const m = dicts.actors.firstAt(norms, i, texts);
      if (m && beats(best, 'actor', i, i + m.length, to))
        best = piece(
          'actor',
          i,
          i + m.length,
          sentence,
          m.phraseId,
          m.entry,
          undefined,
          undefined,
          undefined,
        );
    }
    let blocked = false;
    // country names, adjectives, capitals and combining forms ("Sino-") are all capitalised;
    // a country match only beats an actor match ("China" is both) by being longer
    const country =
      upper && (starts & Starts.COUNTRY) !== 0
        ? dicts.countries.firstAt(norms, i, texts, best === null ? 0 : best.end - i)
        : undefined;
    if (country !== undefined) {
      if (country.iso3 === null) {
        // a region ("Indo-Pacific") blocks a combining-form reading of its first word
        if (beats(best, 'agent', i, i + country.length, to)) {
          best = piece(
            'agent',
            i,
            i + country.length,
            sentence,
            `countries:${country.phrase}`,
            undefined,
            undefined,
            undefined,
            undefined,
          );
          blocked = true;
        }
      } else if (beats(best, 'country', i, i + country.length, to)) {
        best = piece(
          'country',
          i,
          i + country.length,
          sentence,
          `countries.tsv:${country.phrase}`,
          undefined,
          country.iso3,
          country.form,
          undefined,
        );
      }
    }
    // agent phrases start with a noun or an adjective ("foreign minister", "armed forces")
    const found =
      (starts & Starts.AGENT) !== 0 && AGENT_STARTS.has(ctx.tokens[i]?.pos ?? '')
        ? dicts.agents.firstAt(norms, i)
        : undefined;
    const agent =
      found && !isFirstName(ctx, i, found, from, to) && !isStance(ctx, i, found, from, to)
        ? found
        : undefined;
    if (agent && beats(best, 'agent', i, i + agent.length, to)) {
      best = piece(
        'agent',
        i,
        i + agent.length,
        sentence,
        agent.entry.id,
        undefined,
        undefined,
        undefined,
        agent.entry,
      );
      blocked = false;
    }
    // (a surname is capitalised: lower-case words are not looked up)
    const alias = upper && hasAliases ? aliases.get(norms[i] ?? '') : undefined;
    if (alias && beats(best, 'actor', i, i + 1, to)) {
      best = piece(
        'actor',
        i,
        i + 1,
        sentence,
        `${alias.id} (surname)`,
        alias,
        undefined,
        undefined,
        undefined,
      );
    }
    // "the West Bank": a phrase opened by "the" ("the West") gives way to a longer phrase
    // starting at its next word ("West Bank")
    if (best !== null && best.kind === 'actor' && norms[i] === 'the' && best.end - i >= 2) {
      const inner =
        ((ctx.starts[i + 1] ?? 0) & Starts.ACTOR) !== 0
          ? dicts.actors.firstAt(norms, i + 1, texts)
          : undefined;
      if (inner && i + 1 + inner.length > best.end && i + 1 + inner.length <= to) {
        i++;
        continue;
      }
    }
    if (best !== null) {
      // a region match is only a blocker: it produces no piece
      if (!(blocked && best.kind === 'agent' && !best.agent)) pieces.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return pieces;
}
