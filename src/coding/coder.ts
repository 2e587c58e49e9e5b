import type {
  ActorMention,
  CodedEvent,
  DateMention,
  EventActor,
  Mention,
  Modality,
  QuadClass,
  Sentence,
  Token,
} from '../core/types.js';
import type { Dictionaries } from '../dict/index.js';
import type { ReadResult } from '../nlp/read.js';
import {
  articleCountryVia,
  EMPTY_SALIENCE,
  eventActor,
  groupMeaning,
  hasCoded,
  isNotAnActor,
  officeOf,
  PERSON_FORMS,
  thingWithQualifiers,
  withOffices,
  type ActorIndex,
  type GroupRole,
  type Salience,
} from './actors.js';
import { uniqueCodes, withAddresses } from './addresses.js';
import { findDiscards } from './discard-scan.js';
import {
  anchorDay,
  continuesPrevious,
  datesForEvent,
  eventDate,
  eventLocation,
  type EventDate,
} from './event-time.js';
import { findOccasions, referencedOccasion, type OccasionAnchor } from './occasions.js';
import { crowdActedOn } from './crowd-targets.js';
import { victimsWhereHit } from './victims.js';
import { frameModality } from './modality.js';
import { combineCodes, contentOf, frameCode, frameOf, futureCode, refusalCode, rootOf } from './ontology.js';
import { contentOfGroup, framedCode, loadContentNouns, type ContentNouns } from './content-nouns.js';
import { phraseAim, purposeAim, reformOfGroup } from './protest-aims.js';
import { accusedAct, accusedCode } from './accusations.js';
import { attitudeTargets, isAttitude } from './attitude.js';
import { isJourneyPurpose } from './travel-purpose.js';
import { rejectedRequestCode } from './request-content.js';
import { parseSentence, type NounGroup, type VerbFrame } from './parse/structure.js';
import { clauseExtensions } from './parse/qualifying.js';
import { bestPattern, presentWords, type MatchContext, type PatternMatch, type Region } from './patterns.js';
import { findFrameVerb, type VerbHit } from './verb-lookup.js';
import { blockOf, patternsFor, type VerbDictionary } from './verbs/index.js';
import { isConditionalThreat } from './conditional-threat.js';
import { continuedSpeaker, sharedGovernance } from './conjuncts.js';
import { nominalProtest } from './nominal-protest.js';
import { domesticApproval, standsAlone } from './one-sided.js';
import { addresseeOnly } from './speech-target.js';
import { isGoingToFuture } from './going-to.js';
import { isClaimContent } from './claim-content.js';
import { isQuestion } from './question.js';
import { isNamingCall } from './naming.js';
import { agreesInPerson, isCollectivePronoun, isPersonPronoun } from './pronoun-person.js';
import { readinessCopula } from './readiness.js';
import { relocateActors } from './relocate.js';
import { objectOpensReport } from './reported-clause.js';
import { retagVerbs } from './retag.js';
import { copularHead, isCopula, loadCopular, type CopularTable } from './constructions.js';
import {
  afterLocative,
  announcedDecision,
  clauseOpener,
  conjunctCountry,
  conditionParty,
  DEMAND_NOS,
  dominantPair,
  forcedCode,
  framedModality,
  isMutual,
  isSelfPair,
  isTimePhrase,
  knownCode,
  obligedParty,
  onlyCountry,
  placeTarget,
  protestFor,
  PURPOSE_ROOTS,
  THREATS_OF_FORCE,
} from './clause-rules.js';

/**
 * The event coder: for every sentence of a reading, find the verbs of the verb dictionary,
 * match their patterns over a sparse parse (TABARI-style), and turn each coded verb into an
 * event with its source and target actor lists, CAMEO and PLOVER codes, modality, date,
 * location, evidence and the rule that fired. See ARCHITECTURE.md for the stages.
 */

export interface CoderOptions {
  /** Record why each verb was coded (for `dyad explain`); off by default, it costs time. */
  readonly trace?: boolean;
  /** Sentences with more tokens are skipped (reported), bounding time per sentence. */
  readonly maxTokens?: number;
  /** At most this many events per sentence (the rest are reported). */
  readonly maxEvents?: number;
}

/** Why the coder decided, per verb frame, for `dyad explain`. */
export interface FrameTrace {
  readonly verb: string;
  readonly relation: VerbFrame['relation'];
  readonly form: string | null;
  readonly block: string | null;
  readonly patternsTried: number;
  readonly pattern: { readonly id: string; readonly text: string; readonly score: number } | null;
  readonly code: string | null;
  readonly codeWhy: string;
  readonly subject: string;
  readonly object: string;
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly modality: Modality;
  readonly outcome: string;
}

export interface SentenceTrace {
  readonly sentence: number;
  readonly text: string;
  readonly chunks: string;
  readonly frames: readonly FrameTrace[];
  readonly skipped: string | null;
  /** How an event without a date of its own was dated, when not by the publication date. */
  readonly dating?: string;
}

export interface CodingResult {
  readonly events: readonly CodedEvent[];
  readonly traces: readonly SentenceTrace[];
  readonly skipped: readonly { readonly sentence: number; readonly reason: string }[];
}

export interface Coder {
  readonly verbs: VerbDictionary;
  code(reading: ReadResult, options?: CoderOptions): CodingResult;
}

const DEFAULT_MAX_TOKENS = 200;
const DEFAULT_MAX_EVENTS = 24;
/** Codes of verbs that frame another verb's meaning ("said", "urged", "pledged", "refused"). */
const FRAMING_ROOTS = new Set(['01', '02', '03', '10', '12', '13']);
/** Role nouns that belong to the place they act in: people and institutions, not "industry" or "media". */
const LOCAL_SECTORS = new Set([
  'GOV',
  'MIL',
  'COP',
  'OPP',
  'REB',
  'CVL',
  'JUD',
  'LEG',
  'REF',
  'LAB',
  'EDU',
  'ELI',
  'SPY',
  'UAF',
  'PPL',
  'CRM',
  'IGO',
  'NGO',
  'MOD',
  'RAD',
  'INS',
  'SEP',
]);
/** A visit made is a visit hosted, and the other way round. */
const MIRRORED: Readonly<Record<string, string>> = { '042': '043', '043': '042' };
/** Codes whose actors act together when they are listed as one subject. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);
/** Material cooperation (06–09): given, sent, yielded or investigated by someone. */
const COOPERATION_ROOTS = new Set(['06', '07', '08', '09']);
/** Material acts (cooperation 06–09, conflict 15–20): done by someone, never by a thing. */
const MATERIAL_ROOTS = new Set(['06', '07', '08', '09', '15', '16', '17', '18', '19', '20']);
/** Auxiliaries of a refusal when negated ("will not", "would not", "won't"). */
const WILL_AUX = new Set(['will', 'would', 'wo', "'ll", "'d"]);
/** A coded news medium (Phoenix: AFP, Reuters -> MED; a country's media -> xxxMED). */
function isNewsMedium(a: EventActor): boolean {
  return a.code !== null && (a.code.startsWith('MED') || a.sector === 'MED');
}
/** Verbs of accepting whose refusal ("would not meet demands to ...", "will not agree to ...") refuses the act they govern. */
const ACCEPTING = new Set(['meet', 'accept', 'agree', 'comply', 'heed', 'bow', 'yield', 'grant', 'satisfy']);

interface Candidate {
  readonly frame: VerbFrame;
  readonly hit: VerbHit;
  readonly code: string;
  readonly match: PatternMatch | null;
  readonly ruleId: string;
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly modality: Modality;
}

/** A country standing for people no one names (a protest's authorities, a crowd), at a span. */
function countryActor(country: string, text: string, start: number, end: number, via: string): EventActor {
  return { code: country, country, sector: null, name: null, text, start, end, via };
}

function quadOf(code: string): QuadClass {
  const root = Number(rootOf(code));
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

function describeGroup(text: string, tokens: readonly Token[], g: NounGroup | null): string {
  if (!g) return '-';
  return g.members.map((m) => text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end)).join(' | ');
}

/** A frame code that says nothing of its content yet (020, 030, 100, 120, or "material" 021...). */
function isGenericFrame(code: string): boolean {
  const frame = frameOf(code);
  return frame !== null && (code === frameCode(frame, 'coop') || code === frameCode(frame, 'material'));
}

/** The noun group of a frame (subject, object or a phrase's object) holding token `at`. */
function groupAt(frame: VerbFrame, extensions: readonly VerbFrame[], at: number): NounGroup | null {
  const groups = [
    frame.subject,
    frame.object,
    ...frame.prePhrases.map((p) => p.object),
    ...[frame, ...extensions].flatMap((f) => f.phrases.map((p) => p.object)),
  ];
  return groups.find((g) => g !== null && g.start <= at && at < g.end) ?? null;
}

/**
 * The noun group a pattern's `$` or `+` marks at token `at`. When `at` starts the object of a
 * phrase attached inside a coordinated group ("sanctions from the EU, the UK and Canada", parsed
 * as [sanctions from the EU], [the UK], [Canada]), the members after it continue that object:
 * the marked group is [the EU, the UK, Canada], not the sanctions' own modifiers.
 */
function markedGroupAt(frame: VerbFrame, extensions: readonly VerbFrame[], at: number): NounGroup | null {
  const group = groupAt(frame, extensions, at);
  if (!group) return null;
  const m = group.members.findIndex((member) => member.start <= at && at < member.end);
  const member = group.members[m];
  if (!member || member.start === at) return group;
  const attached = member.attachments.find((a) => a.object.start === at);
  if (!attached) return group;
  const members = [...attached.object.members, ...group.members.slice(m + 1)];
  return { members, start: at, end: members[members.length - 1]!.end };
}

/**
 * True when a clause's own subject is a noun phrase naming no actor at all ("excessive
 * internet use", "the talks"), not a pronoun, and the verb is active (a passive subject is
 * the one acted on).
 */
function thingDoes(
  tokens: readonly Token[],
  frame: VerbFrame,
  subjects: readonly EventActor[] | undefined,
): boolean {
  return (
    frame.subject !== null &&
    !frame.passive &&
    !startsWithPronoun(tokens, frame.subject) &&
    (subjects ?? []).length === 0
  );
}

/** "is about to", "on the verge of": the act is imminent rather than promised. */
function imminent(tokens: readonly Token[], frame: VerbFrame): boolean {
  return tokens[frame.group.start - 2]?.norm === 'about' && tokens[frame.group.start - 1]?.norm === 'to';
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'we', 'our']);

function startsWithPronoun(tokens: readonly Token[], group: NounGroup | null): boolean {
  const first = group ? tokens[group.start] : undefined;
  return first !== undefined && PRONOUNS.has(first.norm);
}

/**
 * How statements about the future are coded. The CAMEO manual codes a promised act as intent
 * (03x: "X will visit Y" -> 036) and an announced hostile act as a threat (13x); Dyad's own
 * verb dictionary relies on the coder for that (`futureAsIntent: true`). A PETRARCH verb
 * dictionary encodes future readings in its own patterns (e.g. `- WILL * [036]`), so with
 * a user's verb file the coder leaves future codes as the dictionary gives them.
 */
export interface CodingConventions {
  readonly futureAsIntent: boolean;
}

/** Creates a coder over loaded dictionaries and a verb dictionary. */
export function createCoder(
  dicts: Dictionaries,
  verbs: VerbDictionary,
  conventions: CodingConventions = { futureAsIntent: true },
  copular: CopularTable = loadCopular(),
  contentNouns: ContentNouns = loadContentNouns(),
): Coder {
  const codeSentence = (
    reading: ReadResult,
    tokens: readonly Token[],
    sentence: Sentence,
    salience: Salience,
    inherited: EventDate | null,
    anchor: string | null,
    occasion: OccasionAnchor | null,
    words: readonly string[],
    bySentence: readonly (readonly Mention[])[],
    home: string | null,
    options: Required<CoderOptions>,
  ): { events: CodedEvent[]; trace: SentenceTrace; salience: Salience; lastDate: EventDate | null } => {
    const tracing = options.trace;
    const from = sentence.tokenStart;
    const to = sentence.tokenEnd;
    const mentions = bySentence[sentence.index] ?? [];
    const dates = mentions.filter((m): m is DateMention => m.kind === 'date');
    const tokenAt = (offset: number): number => {
      let k = from;
      while (k < to - 1 && tokens[k]!.end <= offset) k++;
      return k;
    };
    // ("in Tarsk, Ruritania": an address names a place, not an actor; addresses.ts)
    const { actorMentions, places } = withAddresses(tokens, from, to, mentions, tokenAt);
    const ranges = new Map<ActorMention, readonly [number, number]>();
    const byToken = new Map<number, ActorMention>();
    for (const m of actorMentions) {
      const a = tokenAt(m.start);
      let b = a;
      while (b < to && tokens[b]!.start < m.end) b++;
      ranges.set(m, [a, b]);
      byToken.set(a, m);
    }
    const index: ActorIndex = { byToken, ranges };
    const units = [
      ...ranges.values(),
      ...places.map((p) => [tokenAt(p.start), tokenAt(p.end - 1) + 1] as const),
    ].map(([start, end]) => ({ start, end }));
    const structure = parseSentence(tokens, from, to, units);
    const text = reading.text;
    const chunks = !tracing
      ? ''
      : structure.chunks
          .map((c) => `${c.kind}[${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}]`)
          .join(' ');
    const matchCtx: MatchContext = {
      tokens,
      words,
      present: presentWords(words, from, to),
      chunks: structure.chunks,
      dict: verbs,
      dateStarts: new Set(dates.map((d) => tokenAt(d.start))),
    };
    const traces: FrameTrace[] = [];
    const candidates = new Map<number, Candidate>();
    /** "X was in <place abroad>" (a visit) or "X was one of the supporters of Y" (data/coding/copular.tsv). */
    const copularEvent = (
      frame: VerbFrame,
      subjectActors: EventActor[],
    ): { candidate: Candidate; why: string } | null => {
      if (!hasCoded(subjectActors)) return null;
      const hit: VerbHit = { refs: [], token: frame.head, start: frame.group.start, end: frame.group.end };
      const base = {
        frame,
        hit,
        match: null,
        sources: subjectActors,
        modality: frameModality(tokens, frame, null),
      };
      const own = new Set(subjectActors.map((a) => a.country));
      const person = subjectActors.some((a) => a.sector === 'GOV' || a.sector === 'MIL');
      for (const pp of frame.phrases) {
        if (!person || (pp.prep !== 'in' && pp.prep !== 'at')) continue;
        const reached = placeActors(pp.object).filter((a) => !own.has(a.country));
        if (reached.length > 0) {
          return {
            candidate: { ...base, code: '042', ruleId: 'construction:presence', targets: reached },
            why: 'construction: "X was in <a place abroad>" is a visit (042)',
          };
        }
      }
      const found = copularHead(tokens, frame, copular);
      if (!found) return null;
      const targets = meaning(groupAt(frame, [], found.partyAt)).filter((a) => !own.has(a.country));
      if (!hasCoded(targets)) return null;
      return {
        candidate: { ...base, code: found.head.code, ruleId: found.head.id, targets },
        why: `construction: "X is ... ${found.head.head} of Y" (${found.head.id})`,
      };
    };
    const resolvedSubjects = new Map<number, EventActor[]>();
    const modalities = new Map<number, Modality>();

    // a role noun without a country ("police", "the ministry") belongs to the place the
    // sentence is about, else to the article's main country (of its pair, or the only one it names)
    const governedPlace = places.find((p) => afterLocative(tokens, tokenAt(p.start)));
    const localCountry = governedPlace?.place.country ?? salience.pair?.[0] ?? home;
    // ("Fabius and a group of deputies": a role noun listed with actors of one country is theirs)
    const localize = (actors: EventActor[]): EventActor[] => {
      const with_ = conjunctCountry(actors);
      const country = with_ ?? localCountry;
      return actors.map((a) => {
        // "the president" after "President Donald Trump": the office's last holder named
        const office = a.code === null && a.sector && !with_ ? officeOf(a.text) : null;
        const holder = office ? salience.offices.get(office) : undefined;
        if (holder?.country && a.sector) {
          const { person, ...rest } = holder;
          return {
            ...a,
            code: `${holder.country}${a.sector}`,
            country: holder.country,
            ...(person && !/^an?\b/i.test(a.text) ? { person } : {}),
            via: `"${a.text}" -> the last ${office} named (${rest.text})`,
          };
        }
        return a.code === null && a.sector && LOCAL_SECTORS.has(a.sector) && country
          ? {
              ...a,
              code: `${country}${a.sector}`,
              country,
              via: with_
                ? `"${a.text}" listed with actors of ${with_}`
                : governedPlace
                  ? `"${a.text}" in ${governedPlace.text} -> ${country}`
                  : articleCountryVia(a.text, country),
            }
          : a;
      });
    };
    const meaning = (group: NounGroup | null, role: GroupRole = 'any'): EventActor[] =>
      localize(groupMeaning(tokens, index, group, salience, role));
    const placeActors = (group: NounGroup): EventActor[] =>
      uniqueCodes(
        places
          .filter(
            (p) =>
              p.place.country && p.start >= tokens[group.start]!.start && p.end <= tokens[group.end - 1]!.end,
          )
          .map((p) => ({
            code: p.place.country,
            country: p.place.country,
            sector: null,
            name: p.place.name,
            text: p.text,
            start: p.start,
            end: p.end,
            via: `place ${p.place.name} -> ${p.place.country}`,
          })),
      );

    // --- 1. each frame's verb, pattern, code and actors
    for (const frame of structure.frames) {
      const governor = frame.governor === null ? null : (structure.frames[frame.governor] ?? null);
      // (a reported clause's subject may be what the report is about: "warned that the war in
      // Congo could spread" is aimed at Congo)
      let subjectActors = meaning(frame.subject, frame.relation === 'complement' ? 'any' : 'subject');
      // "Switzerland said it had expelled...", "agreed that their countries should...":
      // a pronoun subject of a governed clause is the governing verb's subject
      // (of the same person: "they ..., we consider" is not "they"; pronoun-person.ts)
      // "Rubio said he hopes ...": "he" or "she" heading a reported clause is its speaker when the
      // speaker is a named person, even where another person is more salient in the article
      // ("Israel claims it was targeting ...": "it" is likewise a speaking country or organisation)
      const speakers = governor ? (resolvedSubjects.get(governor.index) ?? []) : [];
      const speakerFirst =
        governor !== null &&
        frame.relation === 'complement' &&
        ((isPersonPronoun(tokens, frame.subject) && speakers.some((a) => a.person !== undefined)) ||
          (isCollectivePronoun(tokens, frame.subject) &&
            speakers.length > 0 &&
            speakers.every((a) => a.code !== null && a.person === undefined)));
      if (
        (speakerFirst || !hasCoded(subjectActors)) &&
        governor &&
        startsWithPronoun(tokens, frame.subject) &&
        agreesInPerson(tokens, frame.subject, governor.subject)
      ) {
        const inherited = resolvedSubjects.get(governor.index) ?? [];
        if (hasCoded(inherited))
          subjectActors = inherited.map((a) => ({
            ...a,
            via: a.via ?? `subject of "${tokens[governor.head]!.text}"`,
          }));
      }
      // "Belarus was one of 53 countries that supported ...": the relative clause's subject is
      // the subject of the copula it qualifies
      if (!hasCoded(subjectActors) && frame.relation === 'relative' && frame.subject) {
        const subject = frame.subject;
        const copula = structure.frames.find(
          (f) =>
            f.index < frame.index &&
            isCopula(tokens, f) &&
            f.object !== null &&
            f.object.start <= subject.start &&
            subject.end <= f.object.end &&
            tokens[f.object.members[0]!.np.head]?.norm === 'one',
        );
        const owner = copula ? (resolvedSubjects.get(copula.index) ?? []) : [];
        if (hasCoded(owner))
          subjectActors = owner.map((a) => ({ ...a, via: a.via ?? 'one of the group it belongs to' }));
      }
      resolvedSubjects.set(frame.index, subjectActors);
      const objectActors = meaning(frame.object);
      // an infinitive carries on its governor's mode: "is willing to send troops to help defend
      // X" promises the defence too
      const own = frameModality(tokens, frame, governor);
      const above = governor ? modalities.get(governor.index) : undefined;
      // (and a verb coordinated with no auxiliary or subject of its own shares its conjunct's:
      // "will seize and destroy", "did not arrest or detain")
      const sharesMode =
        frame.relation === 'infinitive' ||
        (frame.relation === 'coordinated' && frame.auxiliaries.length === 0 && frame.subjectFrom !== 'local');
      const modality =
        own === 'asserted' && sharesMode && above !== undefined && above !== 'asserted' ? above : own;
      modalities.set(frame.index, modality);
      // what every trace of this frame says (described only when tracing)
      const base = () => ({
        verb: frame.verbs.map((v) => tokens[v]!.text).join(' '),
        relation: frame.relation,
        subject: describeGroup(text, tokens, frame.subject),
        object: describeGroup(text, tokens, frame.object),
        modality,
      });
      // "<people> riots against <target> continue": the protest noun is the event (nominal-protest.ts)
      const protest = nominalProtest(tokens, frame, meaning);
      if (protest) {
        const protestCode = protestFor(protest.code, reformOfGroup(tokens, protest.against, contentNouns));
        const nounHit: VerbHit = {
          refs: [],
          token: protest.noun,
          start: protest.noun,
          end: protest.noun + 1,
        };
        candidates.set(frame.index, {
          frame,
          hit: nounHit,
          code: protestCode,
          match: null,
          ruleId: 'construction:nominal-protest',
          sources: protest.sources,
          targets: protest.targets,
          modality,
        });
        if (tracing)
          traces.push({
            ...base(),
            form: tokens[protest.noun]!.text,
            block: null,
            patternsTried: 0,
            pattern: null,
            code: protestCode,
            codeWhy: 'construction: a protest noun with "against <actor>" as subject is the protest itself',
            sources: protest.sources,
            targets: protest.targets,
            outcome: 'candidate',
          });
        continue;
      }
      const hit = findFrameVerb(tokens, frame, verbs, to);
      if (!hit && isCopula(tokens, frame)) {
        const copular = copularEvent(frame, subjectActors);
        if (copular) {
          candidates.set(frame.index, copular.candidate);
          if (tracing)
            traces.push({
              ...base(),
              form: tokens[frame.head]!.text,
              block: null,
              patternsTried: 0,
              pattern: null,
              code: copular.candidate.code,
              codeWhy: copular.why,
              sources: copular.candidate.sources,
              targets: copular.candidate.targets,
              outcome: 'candidate',
            });
          continue;
        }
      }
      if (!hit) {
        if (tracing)
          traces.push({
            ...base(),
            form: null,
            block: null,
            patternsTried: 0,
            pattern: null,
            code: null,
            codeWhy: 'not in the verb dictionary',
            sources: subjectActors,
            targets: objectActors,
            outcome: 'no event',
          });
        continue;
      }
      // participle frames qualifying this frame's object extend its clause (parse/qualifying.ts)
      const extensions = clauseExtensions(
        tokens,
        structure.frames,
        frame,
        (f) => (findFrameVerb(tokens, f, verbs, to)?.refs[0]?.code.active ?? null) !== null,
      );
      const postEnd = Math.max(frame.postEnd, ...extensions.map((f) => f.postEnd));
      const pre: Region = { start: frame.preStart, end: hit.start };
      // the word opening a governed clause ("agreed to ...", "agreed that ...") is the verb's
      // own: patterns may name it ("- * TO")
      // ("agreed on Wednesday that ...": the words between come along)
      const post: Region = {
        start: hit.end,
        end: Math.max(postEnd, clauseOpener(tokens, structure.frames, frame) + 1),
      };
      let best: PatternMatch | null = null;
      let tried = 0;
      for (const ref of hit.refs) {
        const r = bestPattern(matchCtx, patternsFor(verbs, ref), pre, post);
        tried += r.tried;
        if (r.best && (!best || r.best.score > best.score)) best = r.best;
      }
      const ref = hit.refs[0]!;
      const block = blockOf(verbs, ref);
      const spec = best ? best.pattern.code : ref.code;
      // ("called Canada one of the worst partners": naming, no telephone call; naming.ts)
      const naming = !best && isNamingCall(tokens, frame, (t) => matchCtx.dateStarts?.has(t) === true);
      // ("they are going to stop the ships": the future of "stop", no journey; going-to.ts)
      // ("dismissed accusations it is getting weapons": what was claimed; claim-content.ts)
      const code =
        naming || isGoingToFuture(tokens, frame) || isClaimContent(tokens, frame)
          ? null
          : forcedCode(ref.code.active, frame.passive ? (spec.passive ?? spec.active) : spec.active);
      const why = !tracing
        ? ''
        : best
          ? `pattern ${best.pattern.id} (${best.pattern.key}) [${best.pattern.code.text}]`
          : `verb ${ref.entry.id} default [${ref.code.text}] in block ${block.name}`;

      // --- actors: passive voice swaps roles; a `+`/`(P ...)` match points at the target
      // ("the toll from the floods in Indonesia increases": a thing gives no material cooperation;
      // actors.ts. An event noun may do harm: "a series of Russian airstrikes killed ...")
      const thing =
        code !== null &&
        COOPERATION_ROOTS.has(rootOf(code)) &&
        thingWithQualifiers(tokens, index, frame.subject);
      let sources: EventActor[] = thing ? [] : subjectActors;
      // ("said Japan had violated the deal and urged Tokyo to stop": the speaker urged; conjuncts.ts)
      const speaker =
        code === null
          ? null
          : continuedSpeaker(structure.frames, frame, code, (i) => candidates.get(i)?.code ?? null);
      const spoken = speaker ? (resolvedSubjects.get(speaker.index) ?? []) : [];
      // (only in place of a subject of another country the parse did give: this corrects who
      // acted, it adds no events)
      const spokenCountries = new Set(spoken.map((a) => a.country));
      if (hasCoded(spoken) && hasCoded(sources) && sources.every((a) => !spokenCountries.has(a.country))) {
        sources = spoken;
        resolvedSubjects.set(frame.index, spoken);
      }
      let targets: EventActor[] = objectActors;
      const phraseActors = (prepWanted: (p: string) => boolean): EventActor[] => {
        for (const pp of [...frame.phrases, ...extensions.flatMap((f) => f.phrases)]) {
          if (!prepWanted(pp.prep)) continue;
          const actors = meaning(pp.object);
          if (hasCoded(actors)) return actors;
        }
        return [];
      };
      if (frame.passive) {
        const agent = phraseActors((p) => p === 'by' || p === 'from');
        sources = agent;
        targets = subjectActors;
        // "was arrested in Lebanon": coercion with no agent named is by the authorities where
        // it happened
        if (!hasCoded(agent) && code !== null && rootOf(code) === '17') {
          for (const pp of frame.phrases) {
            if (pp.prep !== 'in' && pp.prep !== 'at') continue;
            const named = meaning(pp.object).filter((a) => a.code !== null && a.sector === null);
            const where = named.length > 0 ? named : placeActors(pp.object);
            if (where.length > 0) {
              sources = where.map((a) => ({
                ...a,
                via: `${a.via ?? a.text}: the authorities where it happened`,
              }));
              break;
            }
          }
        }
      } else {
        // a `+` marks the target; a matched phrase's object ("defended X against criticism")
        // is the target only when the verb has no coded object of its own
        // (or when that object is the subject's own side: "mobilized its reservists against X")
        const subjectCountries = new Set(subjectActors.map((a) => a.country));
        const otherObject = objectActors.filter(
          (a) => a.code !== null && (a.country === null || !subjectCountries.has(a.country)),
        );
        if (best?.targetAt != null && (best.targetMarked || otherObject.length === 0)) {
          const marked = meaning(groupAt(frame, extensions, best.targetAt));
          if (hasCoded(marked)) targets = marked;
        }
        // TABARI markers: `$` names the source phrase ("came under sanctions (from $)"),
        // a `+` before the verb makes the subject the target
        if (best?.sourceAt != null) {
          const marked = meaning(markedGroupAt(frame, extensions, best.sourceAt));
          if (hasCoded(marked)) sources = marked;
        }
        if (best?.targetAt != null && best.targetAt < hit.start) {
          targets = subjectActors;
          if (best.sourceAt == null || best.sourceAt < hit.start) sources = [];
        }
        if (!hasCoded(targets)) {
          const viaPhrase = phraseActors((p) => p !== 'by');
          if (hasCoded(viaPhrase)) targets = viaPhrase;
        }
        if (!hasCoded(targets) && extensions.length > 0) {
          // "cordoned off the roads leading into Mordor": the qualifying phrase's actors
          const ext = phraseActors(() => true);
          if (hasCoded(ext)) targets = ext;
        }
        if (!hasCoded(targets)) {
          const reached = placeTarget(frame, code, subjectActors, placeActors);
          if (reached.length > 0) targets = reached;
        }
        // ("said Ruritania had delayed the payment": what was said, not whom; speech-target.ts)
        if (addresseeOnly(tokens, frame, code, best !== null)) targets = phraseActors((p) => p === 'to');
      }
      // ("officials say 30 people died": a statement addressing no one; reported-clause.ts)
      if (code !== null && rootOf(code) === '01' && objectOpensReport(tokens, structure, frame)) targets = [];
      const trace: Omit<FrameTrace, 'outcome'> | null = !tracing
        ? null
        : {
            ...base(),
            form: ref.form.text,
            block: block.name,
            patternsTried: tried,
            pattern: best ? { id: best.pattern.id, text: best.pattern.key, score: best.score } : null,
            code,
            codeWhy: why,
            sources,
            targets,
          };
      if (!code) {
        if (trace) traces.push({ ...trace, outcome: 'the dictionary says not to code this use' });
        continue;
      }
      candidates.set(frame.index, {
        frame,
        hit,
        code,
        match: best,
        ruleId: best ? best.pattern.id : ref.entry.id,
        sources,
        targets,
        modality,
      });
      if (trace) traces.push({ ...trace, outcome: 'candidate' });
    }

    // --- 2a. a framing verb without an object addresses the subject of the clause it
    // governs: "demanded that the DPRK forsake ..." -> the DPRK
    for (const frame of structure.frames) {
      if (frame.governor === null || (frame.relation !== 'complement' && frame.relation !== 'infinitive'))
        continue;
      const gov = candidates.get(frame.governor);
      if (!gov || hasCoded(gov.targets)) continue;
      // ("allowed that Mordor isn't ..." -> Mordor, when that clause codes nothing itself)
      const framing = FRAMING_ROOTS.has(rootOf(gov.code)) && rootOf(gov.code) !== '01';
      if (!framing && candidates.has(frame.index)) continue;
      const own = new Set(gov.sources.map((a) => a.code));
      // a statement ("said that ...") is about the relation it names, not about any subject
      let addressee =
        rootOf(gov.code) === '01'
          ? []
          : (resolvedSubjects.get(frame.index) ?? []).filter((a) => a.code !== null && !own.has(a.code));
      // "said that relations with China had reached ...": the phrase qualifying the subject
      if (addressee.length === 0) {
        for (const pp of frame.prePhrases) {
          if (pp.prep !== 'with' && pp.prep !== 'between') continue;
          const found = meaning(pp.object).filter((a) => a.code !== null && !own.has(a.code));
          if (found.length > 0) {
            addressee = found;
            break;
          }
        }
      }
      // "rejected a call for its forces to be deployed in East Timor": when the governed clause
      // codes nothing itself, a frame is about the party or place that clause names
      if (
        addressee.length === 0 &&
        framing &&
        frame.relation === 'infinitive' &&
        !candidates.has(frame.index)
      ) {
        for (const pp of frame.phrases) {
          const named = meaning(pp.object).filter((a) => a.code !== null && !own.has(a.code));
          const found = named.length > 0 ? named : placeActors(pp.object).filter((a) => !own.has(a.code));
          if (found.length > 0) {
            addressee = found;
            break;
          }
        }
      }
      if (addressee.length > 0) candidates.set(gov.frame.index, { ...gov, targets: addressee });
    }

    // --- 2a0. rejecting a request rejects its content: "rejected a proposal for a truce" -> 1246
    for (const c of [...candidates.values()]) {
      const r = rejectedRequestCode(tokens, structure, c.frame, c.code, contentNouns);
      if (r) candidates.set(c.frame.index, { ...c, code: r.code, ruleId: `${c.ruleId}+${r.id}` });
    }

    // --- 2a'. a framing verb whose governed clause codes nothing takes that clause's content
    // from its object noun: "promised to continue military aid to Mozambique" -> 0332
    for (const frame of structure.frames) {
      if (frame.governor === null || candidates.has(frame.index)) continue;
      if (frame.relation !== 'complement' && frame.relation !== 'infinitive') continue;
      const gov = candidates.get(frame.governor);
      if (!gov || !isGenericFrame(gov.code)) continue;
      const found = contentOfGroup(tokens, frame.object, contentNouns);
      const refined = framedCode(frameOf, gov.code, found);
      if (!refined) continue;
      let targets = gov.targets;
      if (!hasCoded(targets)) {
        for (const pp of frame.phrases) {
          const actors = meaning(pp.object).filter((a) => a.code !== null);
          if (actors.length > 0) {
            targets = actors;
            break;
          }
        }
      }
      candidates.set(gov.frame.index, {
        ...gov,
        code: refined,
        targets,
        ruleId: `${gov.ruleId}+${found!.id}`,
      });
    }

    // --- 2a''. a protest's purpose is part of it: "began a hunger strike to demand the return
    // of land" is the hunger strike (14x), not a second event; the party the demand names is
    // the one protested against, the reform it asks for the protest's sub-code
    for (const c of [...candidates.values()]) {
      const gov = c.frame.governor === null ? undefined : candidates.get(c.frame.governor);
      if (!gov || rootOf(gov.code) !== '14' || c.frame.relation !== 'infinitive') continue;
      if (!PURPOSE_ROOTS.has(rootOf(c.code))) continue;
      candidates.delete(c.frame.index);
      const aim = [
        contentOf(c.code),
        contentOfGroup(tokens, c.frame.object, contentNouns)?.content,
        purposeAim(tokens, structure.frames, c.frame, contentNouns),
      ];
      candidates.set(gov.frame.index, {
        ...gov,
        code: protestFor(gov.code, aim.find((a) => a?.startsWith('reform')) ?? null),
        targets: !hasCoded(gov.targets) && hasCoded(c.targets) ? c.targets : gov.targets,
      });
    }
    // ("organized a strike in protest of the arrest of activists": the phrase names the aim)
    for (const c of [...candidates.values()]) {
      if (rootOf(c.code) !== '14' || c.code.length > 3) continue;
      const refined = protestFor(c.code, phraseAim(tokens, structure.frames, c.frame, contentNouns));
      if (refined !== c.code) candidates.set(c.frame.index, { ...c, code: refined });
    }

    // --- 2a'''. an accusation takes its sub-code from the act it alleges ("accused Eritrea of
    // attacking border villages" -> 1123); the alleged act is no event of its own
    for (const c of [...candidates.values()]) {
      if (rootOf(c.code) !== '11') continue;
      const act = accusedAct(tokens, structure.frames, c.frame);
      if (!act) continue;
      const lower = act.frame ? candidates.get(act.frame.index) : undefined;
      const refined = accusedCode(act.stems, lower?.code ?? null);
      if (act.frame) candidates.delete(act.frame.index);
      if (refined) candidates.set(c.frame.index, { ...c, code: refined, ruleId: `${c.ruleId}~accused` });
    }

    // --- 2a''''. a journey made to mediate or investigate is that act ("will visit B and C to
    // mediate" -> 039 to B and C)
    for (const c of [...candidates.values()]) {
      const gov = c.frame.governor === null ? undefined : candidates.get(c.frame.governor);
      if (!gov || !isJourneyPurpose(tokens, gov.frame, gov.code, c.frame, c.code)) continue;
      candidates.delete(c.frame.index);
      candidates.set(gov.frame.index, { ...gov, code: c.code, ruleId: `${gov.ruleId}+${c.ruleId}~purpose` });
    }

    // --- 2a'''''. a hope, a doubt, a policy option or a denial is the event; the act its
    // clause names is not coded ("hopes that Moscow will send troops" -> 013; attitude.ts)
    for (const c of [...candidates.values()]) {
      const shared = sharedGovernance(tokens, structure.frames, c.frame);
      if (shared.governor === null || shared.relation !== 'complement') continue;
      const gov = candidates.get(shared.governor);
      // (a verb with an object of its own, "denies Iran's involvement, tells ...", is about that object)
      if (!gov || !isAttitude(gov.code) || gov.frame.object !== null) continue;
      candidates.delete(c.frame.index);
      if (!hasCoded(gov.targets))
        candidates.set(gov.frame.index, { ...gov, targets: attitudeTargets(gov.sources, c) });
    }

    // --- 2b. verbs that frame another verb combine with it ("urged B to help C" -> 023)
    const consumed = new Set<number>();
    const finals: Candidate[] = [];
    for (const c of candidates.values()) {
      // ("said the US must be ready to mediate": a readiness copula passes its infinitive up; readiness.ts)
      const ready =
        c.frame.governor !== null && !candidates.has(c.frame.governor)
          ? readinessCopula(tokens, structure.frames, c.frame)
          : null;
      // ("threatened to close or suspend X": a coordinated verb is framed as its first conjunct is)
      const shared = sharedGovernance(tokens, structure.frames, c.frame);
      const govIndex = ready ? ready.governor : shared.governor;
      const gov = govIndex === null ? undefined : candidates.get(govIndex);
      if (!gov || (shared.relation !== 'infinitive' && shared.relation !== 'complement')) {
        finals.push(c);
        continue;
      }
      const govRoot = rootOf(gov.code);
      if (!FRAMING_ROOTS.has(govRoot)) {
        finals.push(c);
        continue;
      }
      // "warned that excessive internet use is hurting children": a material act whose clause
      // names its own doer, a thing rather than an actor, is no act of the speaker's; the
      // framing verb stays an event of its own
      if (
        MATERIAL_ROOTS.has(rootOf(c.code)) &&
        thingDoes(tokens, c.frame, resolvedSubjects.get(c.frame.index))
      ) {
        continue;
      }
      consumed.add(gov.frame.index);
      // "Russia said that Sudan must return the helicopter": a statement that another party
      // is obliged to act demands it of that party (10x, the act as its content)
      const lower = ready ? { frame: ready } : c;
      const obliged =
        govRoot === '01' ? obligedParty(lower, resolvedSubjects.get(lower.frame.index), gov) : null;
      if (obliged) {
        finals.push({
          ...c,
          code: combineCodes(DEMAND_NOS, c.code),
          sources: gov.sources,
          targets: obliged,
          ruleId: `${gov.ruleId}+${c.ruleId}~obligation`,
          modality: gov.modality,
        });
        continue;
      }
      const combined = combineCodes(gov.code, c.code);
      const lowerSources = hasCoded(c.sources) ? c.sources : gov.sources;
      // an appeal or demand is addressed to the governing verb's object ("urged Bree to ...")
      const addressed = (govRoot === '02' || govRoot === '10') && hasCoded(gov.targets);
      finals.push({
        ...c,
        code: govRoot === '01' ? c.code : combined,
        sources: govRoot === '01' ? lowerSources : gov.sources,
        targets: addressed ? gov.targets : hasCoded(c.targets) ? c.targets : gov.targets,
        ruleId: govRoot === '01' ? c.ruleId : `${gov.ruleId}+${c.ruleId}`,
        modality: framedModality(govRoot, gov.modality, c),
      });
    }
    for (const g of candidates.values()) {
      if (consumed.has(g.frame.index)) {
        const i = finals.findIndex((f) => f === g);
        if (i >= 0) finals.splice(i, 1);
      }
    }

    // --- 2c. a threat is made to the party its condition names: "threatened to strike unless
    // Israel rescinded the annexation" -> Israel
    for (let k = 0; k < finals.length; k++) {
      const f = finals[k]!;
      if (rootOf(f.code) !== '13' || hasCoded(f.targets)) continue;
      const party = conditionParty(structure.frames, f.frame, f.sources, resolvedSubjects);
      if (party.length > 0) finals[k] = { ...f, targets: party };
    }

    // --- 3. events
    const events: CodedEvent[] = [];
    let lastDate: EventDate | null = null;
    // every relative clause (characters), for the dates each event may take
    const frameClauses = structure.frames
      .filter((f) => f.relation === 'relative')
      .map((f) => ({
        start: tokens[f.preStart]!.start,
        end: tokens[Math.max(f.postEnd, f.group.end) - 1]!.end,
      }));
    for (const c of finals) {
      let sources = c.sources.filter((a) => a.code !== null || a.text.length > 0);
      let targets = c.targets;
      // ("build ties with Indian Ocean countries": a name the dictionaries mark [---] is no party)
      if (targets.some(isNotAnActor) || sources.some(isNotAnActor)) {
        sources = sources.filter((a) => !isNotAnActor(a));
        targets = targets.filter((a) => !isNotAnActor(a));
        if (!hasCoded(targets) && !standsAlone(c.code)) continue;
      }
      let reciprocal = false;
      // "the two countries began to build the China-Belarusian park": when the only targets
      // named are the subjects themselves, they act together
      const sourceSet = new Set(sources.map((a) => a.code).filter((x) => x !== null));
      const onlySelf = hasCoded(targets) && targets.every((a) => a.code === null || sourceSet.has(a.code));
      if ((!hasCoded(targets) || onlySelf) && sourceSet.size >= 2 && MUTUAL_ROOTS.has(rootOf(c.code))) {
        // "Xi and Lukashenko signed": one event, its actors listed on both sides
        reciprocal = true;
        targets = sources.filter((a) => a.code !== null);
      }
      if (!hasCoded(sources)) continue;
      // protests with no one named are against the authorities where they happen
      if (!reciprocal && !hasCoded(targets) && rootOf(c.code) === '14' && localCountry) {
        const s0 = sources.find((a) => a.code !== null)!;
        targets = [
          countryActor(
            localCountry,
            s0.text,
            s0.start,
            s0.end,
            `protest in ${localCountry}: against its authorities`,
          ),
        ];
      }
      // repression of a protest or crowd no one names is done to the people of the country
      // where it happens (crowd-targets.ts): the country of a source named with its country
      // ("Belarusian police"), not of one only guessed from the article ("the regime")
      const crowd =
        !reciprocal && !hasCoded(targets) && rootOf(c.code) === '17' ? crowdActedOn(tokens, c.frame) : null;
      const named = sources.find((a) => a.code !== null)!;
      const crowdCountry = crowd && named.via === undefined ? named.country : null;
      if (crowd && crowdCountry) {
        const start = tokens[crowd.start]!.start;
        const end = tokens[crowd.end - 1]!.end;
        targets = [
          countryActor(
            crowdCountry,
            text.slice(start, end),
            start,
            end,
            `a crowd in ${crowdCountry}: its people`,
          ),
        ];
      }
      // victims of a force abroad are of the place struck, not of the attacker's country (victims.ts)
      if (!reciprocal) targets = victimsWhereHit(rootOf(c.code), sources, targets, actorMentions, places);
      // a specific yielding or force posture can have no other party ("declared a ceasefire"; one-sided.ts)
      const oneSided = standsAlone(c.code) && !hasCoded(targets);
      if (!reciprocal && !hasCoded(targets) && !oneSided) continue;
      // an actor acting on itself is no event
      const sourceCodes = new Set(sources.map((a) => a.code));
      if (!reciprocal) {
        // an actor is not its own target, nor is a source's bare country ("Lukashenko urged
        // that Belarus ..."), nor its own side of a pair ("Xi called on the two sides")
        // — unless the act is material conflict (or its threat) at home ("imposed a curfew in Turkey" is done
        // to Turkey's people, CAMEO's domestic events)
        const domestic = rootOf(c.code) >= '14' || THREATS_OF_FORCE.has(c.code);
        const sourceCountries = new Set(
          domestic ? [] : sources.map((a) => a.country).filter((c) => c !== null),
        );
        targets = targets.filter(
          (a) =>
            a.code === null ||
            (!sourceCodes.has(a.code) &&
              !(
                (a.sector === null || a.via?.includes('the two')) &&
                a.country &&
                sourceCountries.has(a.country)
              )),
        );
      }
      if (!reciprocal && !hasCoded(targets) && !oneSided) continue;
      if (reciprocal && isSelfPair(sources, targets)) continue;
      // ("the parliament approves a bill banning phones for children": no concession; one-sided.ts)
      if (!reciprocal && domesticApproval(c.code, sources, targets)) continue;
      // ("officials told AFP", "said in an interview with Reuters"): a statement to a news medium
      // is the report's attribution, not an exchange with the medium
      if (rootOf(c.code) === '01' && !reciprocal && targets.every(isNewsMedium)) continue;
      if (oneSided) targets = targets.filter((a) => a.code !== null);
      if (!reciprocal && isMutual(c.code, c.frame)) reciprocal = true;
      // "will not release the prisoners", "would not meet their demands": refusing to yield
      // (124x), an act in itself
      // ("would not meet demands to release prisoners": an infinitive shares its governor's refusal)
      const refusingFrame =
        c.frame.relation === 'infinitive' && c.frame.governor !== null
          ? structure.frames[c.frame.governor]
          : undefined;
      const refusal =
        c.modality === 'negated' &&
        conventions.futureAsIntent &&
        rootOf(c.code) === '08' &&
        hasCoded(targets) &&
        (c.frame.auxiliaries.some((a) => WILL_AUX.has(a)) ||
          (refusingFrame !== undefined &&
            refusingFrame.negated &&
            ACCEPTING.has(tokens[refusingFrame.head]!.lemma) &&
            refusingFrame.auxiliaries.some((a) => WILL_AUX.has(a))));
      // "may halt its mediation if ...": a conditional hostile act is a threat (conditional-threat.ts)
      const threat =
        !refusal &&
        c.modality === 'hypothetical' &&
        conventions.futureAsIntent &&
        isConditionalThreat(tokens, c.frame, c.code, c.hit.end, to);
      const modality = refusal || threat ? 'asserted' : c.modality;
      // the manual codes a stated future act as its promise (03x) or threat (13x); an imminent
      // act ("is about to restore ties") keeps its own code
      const stated = refusal
        ? refusalCode(c.code)
        : threat
          ? futureCode(c.code)
          : modality === 'future' &&
              conventions.futureAsIntent &&
              !imminent(tokens, c.frame) &&
              !announcedDecision(tokens, structure.frames, c.frame, c.code)
            ? futureCode(c.code)
            : c.code;
      const code = knownCode((x) => dicts.cameo.get(x) !== undefined, stated);
      if (code === null) continue;
      const info = dicts.cameo.get(code) ?? dicts.cameo.get(code.slice(0, 3))!;
      const verbStart = tokens[c.hit.start]!.start;
      const verbEnd = tokens[c.hit.end - 1]!.end;
      const clause = {
        start: tokens[c.frame.preStart]!.start,
        end: tokens[Math.max(c.frame.postEnd, c.hit.end) - 1]!.end,
      };
      // (a date in another verb's clause is that verb's; event-time.ts)
      const date = eventDate(
        datesForEvent(dates, clause, verbStart, frameClauses),
        clause,
        verbStart,
        continuesPrevious(sentence) ? inherited : null,
        reading.published,
        anchor,
        modality,
        occasion?.date ?? null,
      );
      const location = eventLocation(tokens, places, clause, tokenAt);
      const inSentence = (a: EventActor): boolean => a.start >= sentence.start && a.end <= sentence.end;
      const spanActors = [...sources, ...targets].filter(inSentence);
      const evidenceStart = Math.min(verbStart, ...spanActors.map((a) => a.start));
      const evidenceEnd = Math.max(verbEnd, ...spanActors.map((a) => a.end));
      sources = [...sources];
      events.push({
        code,
        root: rootOf(code),
        quad: quadOf(code),
        goldstein: info.goldstein,
        plover: { type: info.plover.type, mode: info.plover.mode },
        sources,
        targets,
        reciprocal,
        modality,
        date,
        location,
        evidence: { text: text.slice(evidenceStart, evidenceEnd), start: evidenceStart, end: evidenceEnd },
        verb: { text: text.slice(verbStart, verbEnd), start: verbStart, end: verbEnd },
        sentence: sentence.index,
        rule: { id: c.ruleId, dictionary: verbs.version },
      });
      // a visit is also hosted (CAMEO 042 <-> 043): the other side's act is recorded too. The
      // manual asks for it in so many words: its 042 example ("...visited Russia today") is coded
      // as "two events: 042 with the Taiwanese government as the source and Russia as the target,
      // and 043 with actors reversed", and its 043 example likewise adds the reverse 042
      // (cameo-codes.csv). PLOVER-style gold that keeps one record per visit scores the mirror as
      // a false positive; Dyad follows the CAMEO manual.
      const mirror = MIRRORED[code];
      const last = events[events.length - 1]!;
      if (mirror && !reciprocal && hasCoded(targets)) {
        const mirrorInfo = dicts.cameo.get(mirror);
        if (mirrorInfo) {
          events.push({
            ...last,
            code: mirror,
            goldstein: mirrorInfo.goldstein,
            plover: { type: mirrorInfo.plover.type, mode: mirrorInfo.plover.mode },
            sources: targets.filter((a) => a.code !== null),
            targets: sources.filter((a) => a.code !== null),
            rule: { id: `${c.ruleId}~${mirror}`, dictionary: verbs.version },
          });
        }
      }
      if (date && date.precision !== 'inferred') lastDate = date;
      if (events.length >= options.maxEvents) break;
    }
    const trace: SentenceTrace = {
      sentence: sentence.index,
      text: sentence.text,
      chunks,
      frames: traces,
      skipped: null,
      ...(occasion
        ? {
            dating: `undated events take ${occasion.date.value}, the date of the ${occasion.kind} sentence ${occasion.sentence} dates (occasions.ts)`,
          }
        : {}),
    };

    // --- 4. what pronouns may refer to next
    const persons = actorMentions.filter((m) => m.actor.code && PERSON_FORMS.has(m.form));
    const collectives = actorMentions.filter(
      (m) => m.actor.code && ['country', 'organisation', 'capital', 'demonym', 'agent'].includes(m.form),
    );
    const firstSubject =
      structure.frames.find((f) => f.subjectFrom === 'local' && f.subject)?.subject ?? null;
    const subjectActors = meaning(firstSubject).filter((a) => a.code !== null);
    const next: Salience = {
      pair: salience.pair,
      person: persons.length > 0 ? eventActor(persons[persons.length - 1]!) : salience.person,
      collective: collectives.length > 0 ? eventActor(collectives[0]!) : salience.collective,
      plural: subjectActors.length >= 2 ? subjectActors : salience.plural,
      offices: withOffices(salience.offices, actorMentions),
    };
    // the date the next sentence may continue ("Then ..."): this sentence's last stated date,
    // else the date its events took (inherited), else the inherited one
    const stated = [...dates].reverse().find((d) => d.date !== null)?.date ?? null;
    const carried: EventDate | null = stated
      ? { value: stated.value, precision: stated.precision, start: stated.start, end: stated.end }
      : (lastDate ?? (continuesPrevious(sentence) ? inherited : null));
    return { events, trace, salience: next, lastDate: carried };
  };

  return {
    verbs,
    code(reading: ReadResult, options: CoderOptions = {}): CodingResult {
      const opts: Required<CoderOptions> = {
        maxTokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
        maxEvents: options.maxEvents ?? DEFAULT_MAX_EVENTS,
        trace: options.trace ?? false,
      };
      const events: CodedEvent[] = [];
      const traces: SentenceTrace[] = [];
      const skipped: { sentence: number; reason: string }[] = [];
      const discards = findDiscards(dicts, reading.norms).filter((d) => !isTimePhrase(d.entry.phrase));
      const story = discards.find((d) => d.entry.scope === 'story');
      const tokens = retagVerbs(reading.tokens, reading.mentions, verbs);
      const words = tokens.map((t) => t.norm.toUpperCase());
      const bySentence: Mention[][] = reading.sentences.map(() => []);
      // article-level country corrections (shared city names, ethnic groups): relocate.ts
      const mentions = relocateActors(reading.text, reading.mentions, dicts);
      for (const m of mentions) bySentence[m.sentence]?.push(m);
      let salience: Salience = { ...EMPTY_SALIENCE, pair: dominantPair(mentions) };
      const home = onlyCountry(mentions);
      const dateMentions = reading.mentions.filter((m): m is DateMention => m.kind === 'date');
      const anchor = anchorDay(dateMentions, reading.sentences, reading.published);
      const occasions = findOccasions(tokens, reading.sentences, dateMentions);
      let inherited: EventDate | null = null;
      let paragraph = -1;
      for (const sentence of reading.sentences) {
        if (sentence.paragraph !== paragraph) {
          paragraph = sentence.paragraph;
          inherited = null;
        }
        const skip = (reason: string): void => {
          skipped.push({ sentence: sentence.index, reason });
          traces.push({
            sentence: sentence.index,
            text: sentence.text,
            chunks: '',
            frames: [],
            skipped: reason,
          });
        };
        if (story) {
          skip(`story discarded: "${story.entry.phrase}" (${story.entry.id})`);
          continue;
        }
        const discard = discards.find((d) => d.start >= sentence.tokenStart && d.start < sentence.tokenEnd);
        if (discard) {
          skip(`discarded: "${discard.entry.phrase}" (${discard.entry.id})`);
          continue;
        }
        if (isQuestion(sentence.text)) {
          skip('a question asserts no event (question.ts)');
          continue;
        }
        if (sentence.tokenEnd - sentence.tokenStart > opts.maxTokens) {
          skip(`too long: ${sentence.tokenEnd - sentence.tokenStart} tokens (limit ${opts.maxTokens})`);
          continue;
        }
        const out = codeSentence(
          reading,
          tokens,
          sentence,
          salience,
          inherited,
          anchor,
          referencedOccasion(tokens, sentence, occasions),
          words,
          bySentence,
          home,
          opts,
        );
        if (out.events.length >= opts.maxEvents)
          skipped.push({ sentence: sentence.index, reason: `event cap ${opts.maxEvents} reached` });
        events.push(...out.events);
        traces.push(out.trace);
        salience = out.salience;
        inherited = out.lastDate;
      }
      return { events, traces, skipped };
    },
  };
}
