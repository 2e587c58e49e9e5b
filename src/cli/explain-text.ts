import type { SentenceTrace } from '../coding/coder.js';
import type { CodedEvent, EventActor, Mention } from '../core/types.js';

/** A person-readable account of how Dyad coded a text: the parse, the patterns, the actors. */
export function explainText(
  mentions: readonly Mention[],
  traces: readonly SentenceTrace[],
  events: readonly CodedEvent[],
): string {
  const out: string[] = [];
  const actorLine = (a: EventActor): string =>
    `${a.code ?? '(no code)'} "${a.text}"${a.via ? ` via ${a.via}` : ''}`;
  for (const t of traces) {
    out.push(`Sentence ${t.sentence}: ${t.text}`);
    if (t.skipped) {
      out.push(`  skipped: ${t.skipped}`, '');
      continue;
    }
    const here = mentions.filter((m) => m.sentence === t.sentence);
    if (here.length > 0) {
      out.push('  mentions:');
      for (const m of here) {
        const what =
          m.kind === 'actor'
            ? `${m.actor.code ?? '(no code)'} ${m.form}`
            : m.kind === 'date'
              ? `${m.date?.value ?? '(unresolved)'} ${m.date?.precision ?? ''}`
              : m.kind === 'place'
                ? `${m.place.name}, ${m.place.country ?? '?'}`
                : `${m.quantity.value} ${m.quantity.unit}`;
        out.push(
          `    ${m.kind.padEnd(8)} "${m.text}" -> ${what}  [${m.rule}${m.entry ? ` ${m.entry}` : ''}]`,
        );
        if (m.reason) out.push(`             ${m.reason}`);
      }
    }
    out.push(`  parse: ${t.chunks}`);
    if (t.dating) out.push(`  dating: ${t.dating}`);
    for (const f of t.frames) {
      out.push(`  verb "${f.verb}" (${f.relation}, ${f.modality})`);
      out.push(`    subject: ${f.subject}   object: ${f.object}`);
      if (f.form) {
        out.push(
          `    dictionary: form ${f.form} in block ${f.block ?? '-'}; ${f.patternsTried} pattern(s) tried`,
        );
        out.push(
          `    ${f.pattern ? `fired: ${f.pattern.id} ${f.pattern.text} (score ${f.pattern.score})` : 'no pattern fired'}`,
        );
      }
      out.push(`    code: ${f.code ?? 'none'} (${f.codeWhy})`);
      if (f.sources.length > 0) out.push(`    sources: ${f.sources.map(actorLine).join('; ')}`);
      if (f.targets.length > 0) out.push(`    targets: ${f.targets.map(actorLine).join('; ')}`);
      out.push(`    -> ${f.outcome}`);
    }
    for (const e of events.filter((x) => x.sentence === t.sentence)) {
      out.push(
        `  EVENT ${e.code} (${e.plover.type ?? '-'}${e.plover.mode ? `/${e.plover.mode}` : ''}, quad ${e.quad}, Goldstein ${e.goldstein})` +
          ` ${e.sources.map((a) => a.code).join('+')} -> ${e.targets.map((a) => a.code).join('+')}` +
          `${e.reciprocal ? ' (reciprocal)' : ''} ${e.modality}` +
          ` date ${e.date ? `${e.date.value} (${e.date.precision})` : 'none'}` +
          `${e.location ? ` at ${e.location.name}` : ''}`,
      );
      out.push(
        `    evidence: "${e.evidence.text}" [${e.evidence.start}, ${e.evidence.end})  rule ${e.rule.id}`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}
