/** The brief as Markdown (GitHub-flavoured: footnotes carry the evidence). */
import { sparkline } from './chart.js';
import { formatDate, percent, plural, signed } from './format.js';
import type { Brief, DesignationLine, Evidence, EventLine } from './types.js';

const ref = (e: Evidence) => `[^${e.n}]`;
const quote = (text: string, max = 220) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

export function eventText(l: EventLine): string {
  // an imported event has no words of its own: the line says what was coded, the footnote where
  const words = l.quote ? `: “${md(quote(l.quote, 160))}”` : '';
  const repeats = l.repeats > 1 ? ` (${l.repeats} rows of the dataset)` : '';
  return `**${md(l.dateText)}** — ${md(l.text)}${repeats}${words} ${ref(l.evidence)}`;
}

function designationText(d: DesignationLine): string {
  const change = d.change ? ` — ${d.change}` : '';
  const also = d.alsoIn > 0 ? ` (also in ${d.alsoIn} more)` : '';
  return `**${md(d.dateText)}** — ${md(d.text)}${change}${also} ${ref(d.evidence)}`;
}

function evidenceText(e: Evidence): string {
  const parts: string[] = [];
  if (e.article) {
    const title = e.article.title ? `*${md(e.article.title)}*` : `article ${e.article.id}`;
    parts.push(e.article.url ? `[${title}](${e.article.url})` : title);
    parts.push(e.article.published ?? 'undated');
    if (e.sentence !== null) parts.push(`sentence ${e.sentence + 1}`);
  }
  if (e.source) parts.push(md(e.source));
  if (e.note) parts.push(md(e.note));
  const text = e.sentenceText ?? e.quote;
  return text ? `${parts.join(', ')}: “${md(quote(text, 600))}”` : parts.join(', ');
}

export function title(brief: Brief): string {
  return `${brief.names[0]}–${brief.names[1]}: relationship brief`;
}

export function renderMarkdown(brief: Brief): string {
  const out: string[] = [];
  const h = brief.headline;
  const [an, bn] = brief.names;
  out.push(`# ${md(title(brief))}`, '');
  out.push(
    `*${brief.dyad[0]}–${brief.dyad[1]}, ${brief.from ? formatDate(brief.from) : '…'} to ${brief.to ? formatDate(brief.to) : '…'}` +
      `${brief.asOf ? `; latest article ${formatDate(brief.asOf)}` : ''}. Every claim is followed by its evidence (article, date, sentence), listed at the end. Negated and hypothetical events are left out.*`,
    '',
  );

  out.push('## Headline', '');
  if (h.events === 0) {
    out.push(`- No dated events between ${an} and ${bn} in this range.`);
  } else {
    out.push(
      `- **${h.events} events** between ${an} and ${bn} (${h.directed.ab} ${an} → ${bn}, ${h.directed.ba} ${bn} → ${an}; reciprocal events count in both)` +
        `${h.firstPeriod && h.lastPeriod ? `, from ${h.firstPeriod} to ${h.lastPeriod}` : ''}` +
        `${h.cooperativeShare !== null ? `; ${percent(h.cooperativeShare)} cooperative` : ''}` +
        `${h.meanGoldstein !== null ? `, mean Goldstein ${signed(h.meanGoldstein)}` : ''}.`,
    );
  }
  if (h.level) {
    out.push(
      `- **Partnership level**: “${md(h.level.label)}” (rank ${h.level.rank} on China's ladder, 1 = highest) since ${formatDate(h.level.since)} ${ref(h.level.evidence)}.`,
    );
  } else {
    out.push('- **Partnership level**: no ranked partnership found.');
  }
  if (h.index) {
    const before =
      h.index.before !== null
        ? `, against ${h.index.before.toFixed(1)} on average in earlier active periods`
        : '';
    out.push(
      `- **Relationship index** (−100..100): ${h.index.latest.index.toFixed(1)} in the latest active period (${h.index.periodText})${before}.`,
    );
  }
  out.push(
    `- ${h.figures} figures and ${h.designations} designations; ${plural(h.articles, 'article')} cited.`,
    '',
  );

  out.push('## Partnership, memberships and initiatives', '');
  if (brief.designations.length === 0) out.push('None found.');
  for (const d of brief.designations) out.push(`- ${designationText(d)}`);
  out.push('');

  out.push('## Key events', '');
  for (const s of brief.events) {
    out.push(`### ${s.title}`, '');
    if (s.lines.length === 0) out.push('None found.');
    for (const l of s.lines) out.push(`- ${eventText(l)}`);
    if (s.more > 0)
      out.push(
        `- …and ${s.moreAtLeast ? 'at least ' : ''}${s.more} more (see \`dyad events\` or the dashboard).`,
      );
    out.push('');
  }

  out.push('## Figures', '');
  if (brief.figures.length === 0) out.push('None found.', '');
  for (const f of brief.figures) {
    out.push(`### ${f.title}`, '');
    for (const l of f.lines) out.push(`- ${md(l.text)} — ${md(l.periodText)} ${ref(l.evidence)}`);
    out.push('');
  }

  out.push('## Relationship index', '');
  if (brief.index.length > 0) {
    out.push(
      `Per ${brief.interval}, ${brief.index[0]!.period} to ${brief.index.at(-1)!.period}: \`${sparkline(brief.index)}\``,
      '',
    );
    const active = brief.index.filter((p) => p.components.events > 0);
    const rows = active.length > 40 ? active.slice(-40) : active;
    out.push(
      '| period | index | events | tone | balance | level |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const p of rows) {
      const c = p.components;
      out.push(
        `| ${p.period} | ${p.index.toFixed(1)} | ${c.events} | ${c.tone === null ? '' : c.tone.toFixed(2)} | ${c.balance === null ? '' : c.balance.toFixed(2)} | ${c.level.entry ? md(c.level.entry.label) : ''} |`,
      );
    }
    if (rows.length < active.length) out.push('', `(the last 40 of ${active.length} active periods)`);
  } else {
    out.push('No dated events.');
  }
  out.push('', `*Index: ${md(brief.formula)}*`, '');

  out.push('## What changed', '');
  if (brief.changes.length === 0) out.push('No period departs from its recent baseline.');
  for (const c of brief.changes) {
    out.push(`- **${c.periodText}**: ${c.signals.map((s) => md(s.detail)).join('; ')}.`);
    for (const d of c.drivers) out.push(`  - ${eventText(d)}`);
  }
  out.push('', `*Method: ${md(brief.method)}*`, '');

  out.push('## Evidence', '');
  for (const e of brief.evidence) out.push(`[^${e.n}]: ${evidenceText(e)}`);
  out.push('');
  return out.join('\n');
}
