/**
 * The brief as one self-contained HTML page: inline CSS and SVG, no script, no network;
 * evidence as numbered notes linked from every claim; prints on A4 or Letter.
 */
import { indexChart } from './chart.js';
import { formatDate, percent, plural, signed } from './format.js';
import { title } from './markdown.js';
import type { Brief, DesignationLine, Evidence, EventLine } from './types.js';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (text: string, max: number) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};
const ref = (e: Evidence) => `<sup class="ref"><a href="#ev-${e.n}" id="r-${e.n}">[${e.n}]</a></sup>`;
const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? esc(url) : null);

function eventItem(l: EventLine): string {
  const words = l.quote ? `: <q>${esc(clip(l.quote, 160))}</q>` : '';
  const repeats = l.repeats > 1 ? ` <span class="muted">(${l.repeats} rows of the dataset)</span>` : '';
  return `<li><span class="date">${esc(l.dateText)}</span> ${esc(l.text)}${repeats}${words} ${ref(l.evidence)}</li>`;
}

function designationItem(d: DesignationLine): string {
  const change = d.change ? ` <span class="tag tag-${d.change}">${d.change}</span>` : '';
  const also = d.alsoIn > 0 ? ` <span class="muted">(also in ${d.alsoIn} more)</span>` : '';
  return `<li><span class="date">${esc(d.dateText)}</span> ${esc(d.text)}${change}${also} ${ref(d.evidence)}</li>`;
}

function evidenceItem(e: Evidence): string {
  const parts: string[] = [];
  if (e.article) {
    const t = esc(e.article.title ?? `article ${e.article.id}`);
    const url = e.article.url ? safeUrl(e.article.url) : null;
    parts.push(url ? `<a href="${url}"><cite>${t}</cite></a>` : `<cite>${t}</cite>`);
    parts.push(esc(e.article.published ?? 'undated'));
    if (e.sentence !== null) parts.push(`sentence ${e.sentence + 1}`);
  }
  if (e.source) {
    const url = safeUrl(e.source);
    parts.push(url ? `<a href="${url}">${esc(e.source)}</a>` : esc(e.source));
  }
  if (e.note) parts.push(esc(e.note));
  const text = e.sentenceText ?? e.quote;
  const words = text ? `: <q>${esc(clip(text, 600))}</q>` : '';
  return `<li id="ev-${e.n}">${parts.join(', ')}${words} <a class="back" href="#r-${e.n}" aria-label="back to the claim">↩</a></li>`;
}

const CSS = `
:root{color-scheme:light}
body{font:15px/1.5 Georgia,"Times New Roman",serif;color:#1a1a1a;max-width:52rem;margin:2rem auto;padding:0 1.2rem}
h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.25rem;border-bottom:1px solid #ccc;margin-top:2rem;padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.sub{color:#555;font-style:italic;margin:0 0 1rem}
ul{padding-left:1.2rem}li{margin:.25rem 0}
.date{font-weight:bold;font-family:system-ui,sans-serif;font-size:.9em;margin-right:.3em}
.muted{color:#666}.ref a{text-decoration:none;font-family:system-ui,sans-serif;font-size:.8em}
.tag{font:600 .72em system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;padding:.05em .35em;border:1px solid #999;border-radius:3px;color:#333}
.tag-upgrade{border-color:#1f6f3a;color:#1f6f3a}.tag-downgrade{border-color:#c0392b;color:#c0392b}
.headline{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.6rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:4px;padding:.5rem .7rem}
.card b{display:block;font:600 1.3rem system-ui,sans-serif}.card span{font-size:.85em;color:#555}
table{border-collapse:collapse;font:13px system-ui,sans-serif;margin:.5rem 0}td,th{border-bottom:1px solid #e2e2e2;padding:.15rem .5rem;text-align:right}
td:first-child,th:first-child,td:last-child,th:last-child{text-align:left}
.note{font-size:.85em;color:#555}
ol.evidence{font-size:.88em}ol.evidence li{margin:.35rem 0}.back{text-decoration:none}
q{quotes:"“" "”"}
@media print{body{margin:0;max-width:none;font-size:11pt}a{color:inherit}h2{break-after:avoid}li,tr,.card{break-inside:avoid}
.back{display:none}ol.evidence a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}}
`;

export function renderHtml(brief: Brief): string {
  const h = brief.headline;
  const [an, bn] = brief.names;
  const body: string[] = [];
  body.push(`<h1>${esc(title(brief))}</h1>`);
  body.push(
    `<p class="sub">${esc(brief.dyad.join('–'))}, ${brief.from ? esc(formatDate(brief.from)) : '…'} to ${brief.to ? esc(formatDate(brief.to)) : '…'}${brief.asOf ? `; latest article ${esc(formatDate(brief.asOf))}` : ''}. Every claim is followed by its evidence (article, date, sentence), listed at the end. Negated and hypothetical events are left out.</p>`,
  );

  body.push('<h2>Headline</h2>', '<div class="headline">');
  body.push(
    `<div class="card"><b>${h.events}</b><span>events (${h.directed.ab} ${esc(an)} → ${esc(bn)}, ${h.directed.ba} ${esc(bn)} → ${esc(an)})</span></div>`,
  );
  if (h.cooperativeShare !== null)
    body.push(`<div class="card"><b>${percent(h.cooperativeShare)}</b><span>cooperative events</span></div>`);
  if (h.meanGoldstein !== null)
    body.push(
      `<div class="card"><b>${signed(h.meanGoldstein)}</b><span>mean Goldstein (−10..10)</span></div>`,
    );
  if (h.index)
    body.push(
      `<div class="card"><b>${h.index.latest.index.toFixed(1)}</b><span>index, ${esc(h.index.periodText)}${h.index.before !== null ? ` (earlier mean ${h.index.before.toFixed(1)})` : ''}</span></div>`,
    );
  body.push('</div>', '<ul>');
  body.push(
    h.level
      ? `<li><b>Partnership level</b>: “${esc(h.level.label)}” (rank ${h.level.rank} on China's ladder, 1 = highest) since ${esc(formatDate(h.level.since))} ${ref(h.level.evidence)}</li>`
      : '<li><b>Partnership level</b>: no ranked partnership found.</li>',
  );
  if (h.firstPeriod && h.lastPeriod)
    body.push(`<li>Events from ${esc(h.firstPeriod)} to ${esc(h.lastPeriod)}.</li>`);
  body.push(
    `<li>${h.figures} figures and ${h.designations} designations; ${plural(h.articles, 'article')} cited.</li>`,
    '</ul>',
  );

  body.push('<h2>Partnership, memberships and initiatives</h2>');
  body.push(
    brief.designations.length === 0
      ? '<p>None found.</p>'
      : `<ul>${brief.designations.map(designationItem).join('\n')}</ul>`,
  );

  body.push('<h2>Key events</h2>');
  for (const s of brief.events) {
    body.push(`<h3>${esc(s.title)}</h3>`);
    if (s.lines.length === 0) {
      body.push('<p class="muted">None found.</p>');
      continue;
    }
    body.push(
      `<ul>${s.lines.map(eventItem).join('\n')}${s.more > 0 ? `<li class="muted">…and ${s.moreAtLeast ? 'at least ' : ''}${s.more} more.</li>` : ''}</ul>`,
    );
  }

  body.push('<h2>Figures</h2>');
  if (brief.figures.length === 0) body.push('<p>None found.</p>');
  for (const f of brief.figures) {
    body.push(
      `<h3>${esc(f.title)}</h3><ul>${f.lines.map((l) => `<li>${esc(l.text)} — <span class="muted">${esc(l.periodText)}</span> ${ref(l.evidence)}</li>`).join('\n')}</ul>`,
    );
  }

  body.push('<h2>Relationship index</h2>');
  body.push(
    indexChart(brief.index, {
      changes: brief.changes.map((c) => c.period),
      title: `Relationship index per ${brief.interval}`,
    }),
  );
  body.push(
    `<p class="note">Line: index per ${esc(brief.interval)} (−100..100); grey bars: events; red: periods that departed from their baseline. ${esc(brief.formula)}</p>`,
  );

  body.push('<h2>What changed</h2>');
  if (brief.changes.length === 0) body.push('<p>No period departs from its recent baseline.</p>');
  else {
    body.push('<ul>');
    for (const c of brief.changes) {
      body.push(
        `<li><b>${esc(c.periodText)}</b>: ${c.signals.map((s) => esc(s.detail)).join('; ')}.${c.drivers.length > 0 ? `<ul>${c.drivers.map(eventItem).join('\n')}</ul>` : ''}</li>`,
      );
    }
    body.push('</ul>');
  }
  body.push(`<p class="note">Method: ${esc(brief.method)}</p>`);

  body.push('<h2>Evidence</h2>', `<ol class="evidence">${brief.evidence.map(evidenceItem).join('\n')}</ol>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title(brief))}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
