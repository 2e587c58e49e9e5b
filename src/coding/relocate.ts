/**
 * Article-level corrections of an actor's country, applied to the reader's mentions before coding.
 *
 * 1. **A city name shared by two countries.** Dictionaries tie a name such as "Tripoli" to one
 *    country (Libya's capital), but the gazetteer knows another city of that name (Tripoli,
 *    Lebanon). When the article names the other city's country and never the dictionary's, the
 *    mention is read as the other city: "militias in Tripoli ... the north Lebanese port" → LBN.
 * 2. **An ethnic group lives where the text places it.** CAMEO codes an ethnic group by the country
 *    it lives in, with the ethnic code after the country: "ethnic Albanians in Serbia" are SRB
 *    (SRBALB), not Albania. A demonym preceded by "ethnic" takes the country of an "in <country>"
 *    phrase that follows it in the clause.
 *
 * 3. **Settlers belong to the people that settles**: "Jewish settlers in the West Bank" are ISR.
 *
 * The rules only change the country part of a code and say so in the mention's `reason`.
 */
import { reviseActorMention } from '../core/actor-mention.js';
import { mapPacked } from '../core/packed.js';
import type { ActorMention, Mention } from '../core/types.js';
import type { Dictionaries } from '../dict/load.js';

const CLAUSE_END = /[;:.!?]|\b(?:where|which|who|while|but|after|before|because|when)\b/i;

function recode(m: ActorMention, country: string, tag: string, why: string): ActorMention {
  const code = m.actor.code;
  const old = m.actor.country;
  if (!code || !old) return m;
  const rest = code.startsWith(old) ? code.slice(old.length) : code.slice(3);
  return reviseActorMention(m, m.rule, `${m.reason ? `${m.reason}; ` : ''}${why}`, {
    code: `${country}${tag}${rest}`,
    country,
    sector: m.actor.sector,
    name: m.actor.name,
  });
}

/**
 * How many actor mentions of the article name each country (countries, demonyms, agents,
 * people...), counted once per article: rule 1 asks, for each capital or agent mention, which
 * countries the other mentions name.
 */
function countryCounts(mentions: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'actor' || !m.actor.country) continue;
    counts.set(m.actor.country, (counts.get(m.actor.country) ?? 0) + 1);
  }
  return counts;
}

/** Whether a mention other than `m` names `country`. */
function namedByOthers(counts: ReadonlyMap<string, number>, m: ActorMention, country: string): boolean {
  return (counts.get(country) ?? 0) > (m.actor.country === country ? 1 : 0);
}

/** Rule 1: the longest gazetteer name inside the mention that is also a city of a country the article names. */
function sharedCity(m: ActorMention, counts: ReadonlyMap<string, number>, dicts: Dictionaries): ActorMention {
  const own = m.actor.country;
  if (!own || !m.actor.code) return m;
  if (namedByOthers(counts, m, own)) return m;
  const words = mapPacked(
    m.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)),
    (w) => w.replace(/[^\p{L}'-]/gu, ''),
  );
  for (const name of words) {
    // a country word elsewhere in the mention ("Syrian forces in Homs") fixes its country
    if (words.some((w) => w !== name && dicts.countries.lookup(w).length > 0)) return m;
    if (name.length < 3) continue;
    const places = dicts.gazetteer.lookup(name);
    if (!places.some((p) => p.country === own)) continue;
    const elsewhere = places.filter((p) => p.country !== own && namedByOthers(counts, m, p.country));
    const countries = new Set(mapPacked(elsewhere, (p) => p.country));
    if (countries.size !== 1) continue;
    const [country] = [...countries] as [string];
    return recode(
      m,
      country,
      '',
      `"${name}" is also a city of ${country}, which the article names (and not ${own})`,
    );
  }
  return m;
}

/** Rule 2: "ethnic <demonym>" followed in its clause by "in <country>". */
function ethnicResidence(m: ActorMention, text: string, mentions: readonly Mention[]): ActorMention {
  const own = m.actor.country;
  if (!own || !m.actor.code || !/\bethnic\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))) return m;
  const after = text.slice(m.end);
  const cut = after.search(CLAUSE_END);
  const clauseEnd = m.end + (cut < 0 ? after.length : cut);
  for (const other of mentions) {
    if (other.kind !== 'actor' || other.start < m.end || other.end > clauseEnd) continue;
    if (other.form !== 'country' || !other.actor.country || other.actor.country === own) continue;
    const before = text.slice(m.end, other.start);
    if (
      !/\bin\s+(?:(?:the\s+)?(?:north|south|east|west|central|northern|southern|eastern|western)\w*\s+)?$/i.test(
        before,
      )
    )
      continue;
    const country = other.actor.country;
    return recode(
      m,
      country,
      own,
      `an ethnic group is coded by the country it lives in ("in ${other.text}")`,
    );
  }
  return m;
}

/** The people settlers come from, when it is named by a religion rather than a demonym. */
const SETTLER_PEOPLES: Readonly<Record<string, string>> = {
  // "Jewish settlers" in the news are Israeli settlers in the territories Israel occupies
  jewish: 'ISR',
};

/**
 * Rule 3: settlers belong to the people that settles, not to the land they settle: "Jewish
 * settlers in the West Bank" are ISR, "Moroccan settlers in Western Sahara" MAR.
 */
function settlers(m: ActorMention, dicts: Dictionaries): ActorMention {
  const own = m.actor.country;
  // most mentions name no settlers: a plain search spares them the Unicode pattern
  if (!m.text.includes('ettler')) return m;
  const named = /\b(\p{Lu}[\p{L}-]+)\s+settlers?\b/u.exec(m.text);
  if (!own || !m.actor.code || !named) return m;
  const word = named[1]!;
  const country =
    SETTLER_PEOPLES[word.toLowerCase()] ??
    (() => {
      const found = new Set(dicts.countries.lookup(word).flatMap((c) => (c.iso3 ? [c.iso3] : [])));
      return found.size === 1 ? [...found][0]! : null;
    })();
  if (!country || country === own) return m;
  return recode(m, country, '', `settlers are coded by the people that settles ("${word}")`);
}

/** Returns the mentions with the country of some actor mentions corrected (same order, same spans). */
export function relocateActors(text: string, mentions: readonly Mention[], dicts: Dictionaries): Mention[] {
  let counts: Map<string, number> | null = null;
  return mapPacked(mentions, (m): Mention => {
    if (m.kind !== 'actor') return m;
    let out = settlers(m, dicts);
    if (out === m) out = ethnicResidence(m, text, mentions);
    if (out === m && (m.form === 'capital' || m.form === 'agent'))
      out = sharedCity(m, (counts ??= countryCounts(mentions)), dicts);
    return out;
  });
}
