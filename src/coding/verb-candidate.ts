import { mapPacked } from '../core/packed.js';
import type { EventActor, Modality } from '../core/types.js';
import { hasCoded, thingWithQualifiers } from './actors.js';
import type { FrameState } from './candidate.js';
import { clauseOpener, forcedCode, placeTarget } from './clause-rules.js';
import { isClaimContent } from './claim-content.js';
import { continuedSpeaker } from './conjuncts.js';
import { reviseActor } from './event-actor.js';
import { traceBase } from './frame-trace.js';
import { isGoingToFuture } from './going-to.js';
import { groupAt, markedGroupAt } from './groups-at.js';
import { isNamingCall } from './naming.js';
import { rootOf } from './ontology.js';
import { clauseExtensions } from './parse/qualifying.js';
import type { VerbFrame } from './parse/structure.js';
import { bestPattern, type PatternMatch, type Region } from './patterns.js';
import { objectOpensReport } from './reported-clause.js';
import { meaning, placeActors, type CoderSetup, type SentenceScope } from './scope.js';
import { addresseeOnly } from './speech-target.js';
import type { VerbHit } from './verb-lookup.js';
import { blockOf, patternsFor } from './verbs/index.js';

/** Material cooperation (06–09): given, sent, yielded or investigated by someone. */
const COOPERATION_ROOTS = new Set(['06', '07', '08', '09']);

/**
 * A verb of the verb dictionary: its best pattern over the frame's words before and after it
 * (TABARI-style), the code that pattern (or the verb's default) gives, and the source and target
 * actors, recorded as the frame's candidate (or traced as not coded).
 */
export function verbCandidate(
  s: SentenceScope,
  setup: CoderSetup,
  state: FrameState,
  frame: VerbFrame,
  hit: VerbHit,
  subjectActors: EventActor[],
  objectActors: EventActor[],
  modality: Modality,
): void {
  const tokens = s.tokens;
  // participle frames qualifying this frame's object extend its clause (parse/qualifying.ts)
  const extensions = clauseExtensions(
    tokens,
    s.structure.frames,
    frame,
    (f) => (s.verbHits[f.index]?.refs[0]?.code.active ?? null) !== null,
  );
  const { best, tried } = matchVerb(s, setup, frame, hit, extensions);
  const ref = hit.refs[0]!;
  const block = blockOf(setup.verbs, ref);
  const spec = best ? best.pattern.code : ref.code;
  // ("called Canada one of the worst partners": naming, no telephone call; naming.ts)
  const naming = !best && isNamingCall(tokens, frame, (t) => s.matchCtx?.dateStarts?.has(t) === true);
  // ("they are going to stop the ships": the future of "stop", no journey; going-to.ts)
  // ("dismissed accusations it is getting weapons": what was claimed; claim-content.ts)
  const code =
    naming || isGoingToFuture(tokens, frame) || isClaimContent(tokens, frame)
      ? null
      : forcedCode(ref.code.active, frame.passive ? (spec.passive ?? spec.active) : spec.active);
  const why = !s.tracing
    ? ''
    : best
      ? `pattern ${best.pattern.id} (${best.pattern.key}) [${best.pattern.code.text}]`
      : `verb ${ref.entry.id} default [${ref.code.text}] in block ${block.name}`;
  const roles = verbRoles(s, state, frame, hit, extensions, best, code, subjectActors, objectActors);
  const sources = roles.sources;
  // ("officials say 30 people died": a statement addressing no one; reported-clause.ts)
  const targets =
    code !== null && rootOf(code) === '01' && objectOpensReport(tokens, s.structure, frame)
      ? []
      : roles.targets;
  const trace = !s.tracing
    ? null
    : {
        ...traceBase(s, frame, modality),
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
    if (trace) state.traces.push({ ...trace, outcome: 'the dictionary says not to code this use' });
    return;
  }
  state.candidates.set(frame.index, {
    frame,
    hit,
    code,
    match: best,
    ruleId: best ? best.pattern.id : ref.entry.id,
    sources,
    targets,
    modality,
  });
  if (trace) state.traces.push({ ...trace, outcome: 'candidate' });
}

/** The best pattern of any of the verb's entries over the words before and after it. */
function matchVerb(
  s: SentenceScope,
  setup: CoderSetup,
  frame: VerbFrame,
  hit: VerbHit,
  extensions: readonly VerbFrame[],
): { best: PatternMatch | null; tried: number } {
  const postEnd = Math.max(frame.postEnd, ...mapPacked(extensions, (f) => f.postEnd));
  const pre: Region = { start: frame.preStart, end: hit.start };
  // the word opening a governed clause ("agreed to ...", "agreed that ...") is the verb's
  // own: patterns may name it ("- * TO")
  // ("agreed on Wednesday that ...": the words between come along)
  const post: Region = {
    start: hit.end,
    end: Math.max(postEnd, clauseOpener(s.tokens, s.structure.frames, frame) + 1),
  };
  let best: PatternMatch | null = null;
  let tried = 0;
  // (a frame with a dictionary verb: its sentence has a match context)
  const ctx = s.matchCtx!;
  for (const ref of hit.refs) {
    const r = bestPattern(ctx, patternsFor(setup.verbs, ref), pre, post);
    tried += r.tried;
    if (r.best && (!best || r.best.score > best.score)) best = r.best;
  }
  return { best, tried };
}

/** The actors of the first phrase of the frame (and its extensions) whose preposition is wanted and that names one. */
function phraseActors(
  s: SentenceScope,
  frame: VerbFrame,
  extensions: readonly VerbFrame[],
  prepWanted: (p: string) => boolean,
): EventActor[] {
  for (const pp of [...frame.phrases, ...extensions.flatMap((f) => f.phrases)]) {
    if (!prepWanted(pp.prep)) continue;
    const actors = meaning(s, pp.object);
    if (hasCoded(actors)) return actors;
  }
  return [];
}

/**
 * Sources and targets of a coded verb: passive voice swaps roles; a `+`/`(P ...)` match points
 * at the target.
 */
function verbRoles(
  s: SentenceScope,
  state: FrameState,
  frame: VerbFrame,
  hit: VerbHit,
  extensions: readonly VerbFrame[],
  best: PatternMatch | null,
  code: string | null,
  subjectActors: EventActor[],
  objectActors: EventActor[],
): { sources: EventActor[]; targets: EventActor[] } {
  // ("the toll from the floods in Indonesia increases": a thing gives no material cooperation;
  // actors.ts. An event noun may do harm: "a series of Russian airstrikes killed ...")
  const thing =
    code !== null &&
    COOPERATION_ROOTS.has(rootOf(code)) &&
    thingWithQualifiers(s.tokens, s.index, frame.subject);
  let sources: EventActor[] = thing ? [] : subjectActors;
  // ("said Japan had violated the deal and urged Tokyo to stop": the speaker urged; conjuncts.ts)
  const speaker =
    code === null
      ? null
      : continuedSpeaker(s.structure.frames, frame, code, (i) => state.candidates.get(i)?.code ?? null);
  const spoken = speaker ? (state.resolvedSubjects.get(speaker.index) ?? []) : [];
  // (only in place of a subject of another country the parse did give: this corrects who
  // acted, it adds no events)
  if (
    hasCoded(spoken) &&
    hasCoded(sources) &&
    sources.every((a) => !spoken.some((b) => b.country === a.country))
  ) {
    sources = spoken;
    state.resolvedSubjects.set(frame.index, spoken);
  }
  if (frame.passive) return passiveRoles(s, frame, extensions, code, subjectActors);
  return activeRoles(s, frame, hit, extensions, best, code, sources, subjectActors, objectActors);
}

/**
 * Passive voice: the agent ("by", "from") is the source, the subject the target. Coercion with
 * no agent named is by the authorities where it happened ("was arrested in Lebanon").
 */
function passiveRoles(
  s: SentenceScope,
  frame: VerbFrame,
  extensions: readonly VerbFrame[],
  code: string | null,
  subjectActors: EventActor[],
): { sources: EventActor[]; targets: EventActor[] } {
  const agent = phraseActors(s, frame, extensions, (p) => p === 'by' || p === 'from');
  if (!hasCoded(agent) && code !== null && rootOf(code) === '17') {
    for (const pp of frame.phrases) {
      if (pp.prep !== 'in' && pp.prep !== 'at') continue;
      const named = meaning(s, pp.object).filter((a) => a.code !== null && a.sector === null);
      const where = named.length > 0 ? named : placeActors(s, pp.object);
      if (where.length > 0) {
        const sources = mapPacked(where, (a) =>
          reviseActor(a, { via: `${a.via ?? a.text}: the authorities where it happened` }),
        );
        return { sources, targets: subjectActors };
      }
    }
  }
  return { sources: agent, targets: subjectActors };
}

/** Active voice: the object is the target unless a pattern's marker, a phrase or a place says otherwise. */
function activeRoles(
  s: SentenceScope,
  frame: VerbFrame,
  hit: VerbHit,
  extensions: readonly VerbFrame[],
  best: PatternMatch | null,
  code: string | null,
  subjectSources: EventActor[],
  subjectActors: EventActor[],
  objectActors: EventActor[],
): { sources: EventActor[]; targets: EventActor[] } {
  let sources = subjectSources;
  let targets = objectActors;
  // a `+` marks the target; a matched phrase's object ("defended X against criticism")
  // is the target only when the verb has no coded object of its own
  // (or when that object is the subject's own side: "mobilized its reservists against X")
  const otherObject = objectActors.some(
    (a) => a.code !== null && (a.country === null || !subjectActors.some((b) => b.country === a.country)),
  );
  if (best?.targetAt != null && (best.targetMarked || !otherObject)) {
    const marked = meaning(s, groupAt(frame, extensions, best.targetAt));
    if (hasCoded(marked)) targets = marked;
  }
  // TABARI markers: `$` names the source phrase ("came under sanctions (from $)"),
  // a `+` before the verb makes the subject the target
  if (best?.sourceAt != null) {
    const marked = meaning(s, markedGroupAt(frame, extensions, best.sourceAt));
    if (hasCoded(marked)) sources = marked;
  }
  if (best?.targetAt != null && best.targetAt < hit.start) {
    targets = subjectActors;
    if (best.sourceAt == null || best.sourceAt < hit.start) sources = [];
  }
  if (!hasCoded(targets)) {
    const viaPhrase = phraseActors(s, frame, extensions, (p) => p !== 'by');
    if (hasCoded(viaPhrase)) targets = viaPhrase;
  }
  if (!hasCoded(targets) && extensions.length > 0) {
    // "cordoned off the roads leading into Mordor": the qualifying phrase's actors
    const ext = phraseActors(s, frame, extensions, () => true);
    if (hasCoded(ext)) targets = ext;
  }
  if (!hasCoded(targets)) {
    const reached = placeTarget(frame, code, subjectActors, (g) => placeActors(s, g));
    if (reached.length > 0) targets = reached;
  }
  // ("said Ruritania had delayed the payment": what was said, not whom; speech-target.ts)
  if (addresseeOnly(s.tokens, frame, code, best !== null))
    targets = phraseActors(s, frame, extensions, (p) => p === 'to');
  return { sources, targets };
}
