import type { ActorMention, Token } from '../../core/types.js';
import { applyAgent } from '../../dict/index.js';
import type { ReadContext } from '../context.js';
import { codeParts } from './codes.js';
import type { Piece } from './pieces.js';

/**
 * Actors, stage 2: compose adjacent pieces into one mention, the way a reader does:
 *   "Chinese President Xi Jinping"          country + agent + person  -> the person's code
 *   "Belarusian companies"                  country + agent           -> BLRBUS
 *   "Gondor's government"                   actor 's agent            -> GONGOV
 *   "the government of Gondor", "soldiers from Gondor", "officials in Minsk"
 *                                           agent of/from/in actor    -> GONGOV, GONMIL, BLRGOV
 *   "his Belarusian counterpart Alexander Lukashenko"   country counterpart person -> the person
 *   "the French ambassador to Ivory Coast"  country + agent "to" + country -> FRAGOV (the first)
 *   "the German economy minister", "Chinese trade officials"
 *                                           country + portfolio words + agent -> DEUGOV, CHNGOV
 * A lone agent ("the minister") keeps its sector with no country (code null).
 */

const LINKING = new Set(['of', 'from', 'in']);
const COUNTERPART = new Set(['counterpart', 'counterparts']);
/** Last words of agents posted somewhere: "ambassador to", "envoy for", "ambassador at". */
const POSTED_TO = new Set(['to', 'for', 'at']);

const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * "German economy minister": one or two nouns or adjectives between a country's name or
 * adjective and an agent name the agent's portfolio; the agent is still the country's.
 */
function portfolioGap(tokens: readonly Token[], a: Piece, b: Piece): boolean {
  const n = b.start - a.end;
  if (n < 1 || n > 2 || b.kind !== 'agent') return false;
  const country =
    a.kind === 'country'
      ? a.countryForm === 'name' || a.countryForm === 'adjective'
      : a.kind === 'actor' && a.entry?.kind === 'country';
  if (!country) return false;
  for (let t = a.end; t < b.start; t++) if (!MODIFIER_TAGS.has(tokens[t]!.pos)) return false;
  return true;
}

function isBase(p: Piece): boolean {
  return p.kind === 'country' || p.kind === 'actor';
}

function isPerson(p: Piece): boolean {
  return p.kind === 'actor' && p.entry?.kind === 'person';
}

function anyPerson(phrase: readonly Piece[]): boolean {
  for (const p of phrase) if (isPerson(p)) return true;
  return false;
}

function anyBase(phrase: readonly Piece[]): boolean {
  for (const p of phrase) if (isBase(p)) return true;
  return false;
}

/** Whether every word of the token range [from, to) is "counterpart(s)" or "'s". */
function onlyCounterparts(norms: readonly string[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) {
    const w = norms[t]!;
    if (!COUNTERPART.has(w) && w !== "'s") return false;
  }
  return true;
}

/**
 * Whether piece `b` continues the phrase ending with piece `a`. The words between them are
 * read from the token norms in place (`gap` of them, from `a.end`).
 */
function joins(
  tokens: readonly Token[],
  norms: readonly string[],
  phrase: readonly Piece[],
  a: Piece,
  b: Piece,
): boolean {
  const gap = b.start - a.end;
  if (isPerson(b) && anyPerson(phrase)) return false;
  if (gap === 0) {
    if (isBase(a) && isBase(b)) {
      // "Chinese Geely", "Belarusian Alexander Lukashenko": an adjective before a named actor
      return (
        a.kind === 'country' &&
        a.countryForm !== 'capital' &&
        a.countryForm !== 'combining' &&
        b.kind === 'actor' &&
        b.entry?.kind !== 'country'
      );
    }
    return true;
  }
  const first = norms[a.end]!;
  if (gap === 1 && (first === "'s" || first === "'")) return isBase(a) && b.kind === 'agent';
  if (portfolioGap(tokens, a, b)) return !anyPerson(phrase);
  if (a.kind === 'agent' && isBase(b) && !isPerson(b) && !anyBase(phrase) && LINKING.has(first)) {
    return gap === 1 || (gap === 2 && norms[a.end + 1] === 'the');
  }
  if (isPerson(b) && (isBase(a) || a.kind === 'agent')) return onlyCounterparts(norms, a.end, b.start);
  return false;
}

function groupPieces(
  tokens: readonly Token[],
  norms: readonly string[],
  pieces: readonly Piece[],
): Piece[][] {
  const phrases: Piece[][] = [];
  for (const p of pieces) {
    const current = phrases[phrases.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && joins(tokens, norms, current, last, p)) current.push(p);
    else phrases.push([p]);
  }
  return phrases;
}

function describe(p: Piece): string {
  if (p.kind === 'actor') return `${p.entry?.name ?? '?'} (${p.entryId})`;
  if (p.kind === 'country') return `${p.iso3} ${p.countryForm} (${p.entryId})`;
  return `agent ${p.agent?.code ?? '?'} (${p.entryId})`;
}

/** Why a mention was read so: its pieces joined by " + ", then what its code rests on. */
function reasonOf(phrase: readonly Piece[], agentWithoutCountry: boolean, date: string | null): string {
  let reason = describe(phrase[0]!);
  for (let k = 1; k < phrase.length; k++) reason += ' + ' + describe(phrase[k]!);
  if (agentWithoutCountry) reason += '; agent without a country';
  if (date) reason += `; codes as of ${date}`;
  return reason;
}

/** The pieces of `phrase` that are agents with an agent entry, in order. */
function agentsOf(phrase: readonly Piece[]): Piece[] {
  const agents: Piece[] = [];
  for (const p of phrase) if (p.kind === 'agent' && p.agent) agents.push(p);
  return agents;
}

/**
 * The base a phrase's code comes from: the last country or actor, except that in "the French
 * ambassador to Ivory Coast" the country after an agent ending in "to", "for" or "at" is the
 * post, not the agent's own (which is named before it).
 */
function ownBase(tokens: readonly Token[], phrase: readonly Piece[], agents: readonly Piece[]): Piece | null {
  let posted: Piece | null = null;
  for (const a of agents) {
    if (POSTED_TO.has(tokens[a.end - 1]!.norm)) {
      posted = a;
      break;
    }
  }
  let own: Piece | null = null;
  let last: Piece | null = null;
  for (const p of phrase) {
    if (!isBase(p)) continue;
    last = p;
    if (posted !== null && p.end <= posted.start) own = p;
  }
  return own ?? last;
}

/** Composes one sentence's pieces into actor mentions; `date` selects dated codes. */
export function composeActors(
  ctx: ReadContext,
  pieces: readonly Piece[],
  sentence: number,
  date: string | null,
): ActorMention[] {
  const { tokens, norms, text, dicts } = ctx;
  const mentions: ActorMention[] = [];
  for (const phrase of groupPieces(tokens, norms, pieces)) {
    const first = phrase[0]!;
    const last = phrase[phrase.length - 1]!;
    const start = tokens[first.start]!.start;
    const end = tokens[last.end - 1]!.end;
    const mentionText = text.slice(start, end);
    let person: Piece | undefined;
    for (const p of phrase) {
      if (isPerson(p)) {
        person = p;
        break;
      }
    }
    const agents = agentsOf(phrase);
    const base = person?.entry ? null : ownBase(tokens, phrase, agents);
    let code: string | null = null;
    let name: string | null = null;
    let main: Piece;
    let form: ActorMention['form'];
    if (person?.entry) {
      main = person;
      code = dicts.actors.codeOn(person.entry, date);
      name = person.entry.name;
      form = phrase.length > 1 ? 'title' : 'name';
    } else if (base !== null) {
      main = base;
      if (base.kind === 'actor' && base.entry) {
        code = dicts.actors.codeOn(base.entry, date);
        name = base.entry.name;
        form = base.entry.kind === 'country' ? 'country' : 'organisation';
      } else {
        code = base.iso3 ?? null;
        name = base.iso3 ? (dicts.countries.get(base.iso3)?.name ?? base.iso3) : null;
        form =
          base.countryForm === 'capital' ? 'capital' : base.countryForm === 'name' ? 'country' : 'demonym';
      }
      if (code !== null) for (const a of agents) code = applyAgent(code, a.agent!);
      if (agents.length > 0) form = 'agent';
      else if (phrase.length === 1 && dicts.countries.isCapital(mentionText)) form = 'capital';
    } else {
      main = agents[0] ?? first;
      form = 'agent';
    }
    // the code's parts as split once per code (no ActorRef is built only to be copied)
    const parts = code === null ? null : codeParts(code, dicts.countries);
    const sector = parts === null ? (main.agent ? main.agent.code.slice(0, 3) : null) : parts.sector;
    mentions.push({
      kind: 'actor',
      text: mentionText,
      start,
      end,
      sentence,
      rule: phrase.length > 1 ? 'actors/compose' : 'actors/dictionary',
      entry: main.entryId,
      reason: reasonOf(phrase, code === null && agents.length > 0, date),
      actor: {
        code: parts === null ? null : parts.code,
        country: parts === null ? null : parts.country,
        sector,
        name,
      },
      form,
    });
  }
  return mentions;
}
