import type { ActorMention, Token } from '../../core/types.js';
import { applyAgent } from '../../dict/index.js';
import type { ReadContext } from '../context.js';
import { actorRef } from './codes.js';
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

function between(tokens: readonly Token[], a: Piece, b: Piece): string[] {
  return tokens.slice(a.end, b.start).map((t) => t.norm);
}

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

/** Whether piece `b` continues the phrase ending with piece `a`. */
function joins(tokens: readonly Token[], phrase: readonly Piece[], a: Piece, b: Piece): boolean {
  const gap = between(tokens, a, b);
  if (isPerson(b) && phrase.some(isPerson)) return false;
  if (gap.length === 0) {
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
  if (gap.length === 1 && (gap[0] === "'s" || gap[0] === "'")) return isBase(a) && b.kind === 'agent';
  if (portfolioGap(tokens, a, b)) return !phrase.some(isPerson);
  if (a.kind === 'agent' && isBase(b) && !isPerson(b) && !phrase.some(isBase) && LINKING.has(gap[0]!)) {
    return gap.length === 1 || (gap.length === 2 && gap[1] === 'the');
  }
  if (isPerson(b) && (isBase(a) || a.kind === 'agent')) {
    return gap.every((w) => COUNTERPART.has(w) || w === "'s");
  }
  return false;
}

function groupPieces(tokens: readonly Token[], pieces: readonly Piece[]): Piece[][] {
  const phrases: Piece[][] = [];
  for (const p of pieces) {
    const current = phrases[phrases.length - 1];
    const last = current?.[current.length - 1];
    if (current && last && joins(tokens, current, last, p)) current.push(p);
    else phrases.push([p]);
  }
  return phrases;
}

function describe(p: Piece): string {
  if (p.kind === 'actor') return `${p.entry?.name ?? '?'} (${p.entryId})`;
  if (p.kind === 'country') return `${p.iso3} ${p.countryForm} (${p.entryId})`;
  return `agent ${p.agent?.code ?? '?'} (${p.entryId})`;
}

/** Composes one sentence's pieces into actor mentions; `date` selects dated codes. */
export function composeActors(
  ctx: ReadContext,
  pieces: readonly Piece[],
  sentence: number,
  date: string | null,
): ActorMention[] {
  const { tokens, text, dicts } = ctx;
  const mentions: ActorMention[] = [];
  for (const phrase of groupPieces(tokens, pieces)) {
    const first = phrase[0]!;
    const last = phrase[phrase.length - 1]!;
    const start = tokens[first.start]!.start;
    const end = tokens[last.end - 1]!.end;
    const person = phrase.find(isPerson);
    const bases = phrase.filter(isBase);
    const agents = phrase.filter((p) => p.kind === 'agent' && p.agent);
    let code: string | null = null;
    let name: string | null = null;
    let main: Piece;
    let form: ActorMention['form'];
    if (person?.entry) {
      main = person;
      code = dicts.actors.codeOn(person.entry, date);
      name = person.entry.name;
      form = phrase.length > 1 ? 'title' : 'name';
    } else if (bases.length > 0) {
      // "the French ambassador to Ivory Coast": the country after an agent ending in "to",
      // "for" or "at" is the post, not the agent's own (which is named before it)
      const posted = agents.find((a) => POSTED_TO.has(tokens[a.end - 1]!.norm));
      const own = posted ? bases.filter((b) => b.end <= posted.start) : [];
      const base = own.length > 0 ? own[own.length - 1]! : bases[bases.length - 1]!;
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
      else if (
        phrase.length === 1 &&
        dicts.countries.lookup(text.slice(start, end)).some((m) => m.form === 'capital')
      )
        form = 'capital';
    } else {
      main = agents[0] ?? first;
      form = 'agent';
    }
    const ref = actorRef(code, name, dicts.countries);
    const sector = code === null && main.agent ? main.agent.code.slice(0, 3) : ref.sector;
    mentions.push({
      kind: 'actor',
      text: text.slice(start, end),
      start,
      end,
      sentence,
      rule: phrase.length > 1 ? 'actors/compose' : 'actors/dictionary',
      entry: main.entryId,
      reason:
        phrase.map(describe).join(' + ') +
        (code === null && agents.length > 0 ? '; agent without a country' : '') +
        (date ? `; codes as of ${date}` : ''),
      actor: { ...ref, sector },
      form,
    });
  }
  return mentions;
}
