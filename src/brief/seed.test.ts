/**
 * The brief of the seed article ingested alone covers the key items of the gold reading
 * (../shared/gold/seed), each with an evidence link. Skipped without ../shared.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActorDirectory } from '../api/actors.js';
import { createEngine } from '../cli/engine.js';
import { readerVersion } from '../cli/reader-version.js';
import { loadDictionaries } from '../dict/index.js';
import { readInputs } from '../ingest/index.js';
import { openStore } from '../store/index.js';
import { sharedFile, skipUnlessShared } from '../testing/shared.js';
import { buildBrief, renderHtml, renderMarkdown, type Brief, type Evidence } from './index.js';

const SEED = 'corpus/seed/belarus-china-relations.txt';
const GOLD = 'gold/seed/belarus-china-relations.gold.json';
const skip = skipUnlessShared(SEED) || skipUnlessShared(GOLD);

interface GoldItem {
  id: string;
  evidence: string;
  date?: string;
  period?: string;
  kind?: string;
  label?: string;
}

let brief: Brief;
let md: string;
let html: string;
let gold: Map<string, GoldItem>;
let dir: string;

/** Quotes and spaces vary between the gold fragments and the text; compare without them. */
const norm = (s: string) =>
  s
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const carries = (e: Evidence, item: GoldItem) =>
  e.sentenceText !== null && norm(e.sentenceText).includes(norm(item.evidence));

/** The claim is linked to its footnote in Markdown and HTML, and the footnote names article, date and sentence. */
function assertLinked(e: Evidence, what: string): void {
  const claim = md.split('\n').find((l) => !l.startsWith('[^') && l.includes(`[^${e.n}]`));
  assert.ok(claim, `${what}: a Markdown line cites [^${e.n}]`);
  const note = md.split('\n').find((l) => l.startsWith(`[^${e.n}]: `));
  assert.ok(note, `${what}: footnote ${e.n} exists`);
  assert.ok(
    e.article?.title && note.includes(e.article.title.replace(/([\\`*_[\]<>|])/g, '\\$1')),
    `${what}: names the article`,
  );
  assert.ok(note.includes('2023-12-07'), `${what}: gives the article's date`);
  assert.match(note, /sentence \d+/, `${what}: gives the sentence`);
  assert.ok(html.includes(`href="#ev-${e.n}"`) && html.includes(`id="ev-${e.n}"`), `${what}: linked in HTML`);
}

describe('brief of the seed article', { skip }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-brief-'));
    const store = await openStore({ path: join(dir, 'seed.duckdb') });
    const engine = createEngine();
    const version = readerVersion(engine);
    for await (const r of readInputs([sharedFile(SEED)!], {
      published: '2023-12-07',
      publishedPolicy: 'fallback',
    })) {
      if (r.kind !== 'article') continue;
      const a = engine.analyzer.analyze({ text: r.article.text, published: r.article.published });
      await store.putArticle({
        article: r.article,
        readerVersion: version,
        sentences: a.reading.sentences,
        mentions: a.reading.mentions,
        events: a.events,
        facts: a.facts,
        designations: a.designations,
      });
    }
    const dicts = loadDictionaries();
    const directory = createActorDirectory(dicts);
    brief = await buildBrief(store, {
      dyad: ['CHN', 'BLR'],
      partnerships: dicts.partnerships,
      nameOf: (k) => directory.get(k)?.name ?? null,
      codeName: (c) => dicts.cameo.get(c)?.name ?? null,
    });
    await store.close();
    md = renderMarkdown(brief);
    html = renderHtml(brief);
    const g = JSON.parse(readFileSync(sharedFile(GOLD)!, 'utf8')) as Record<string, GoldItem[]>;
    gold = new Map([...g.events!, ...g.facts!, ...g.designations!].map((x) => [x.id, x]));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the meeting of the two presidents (gold E01), on its day', () => {
    const item = gold.get('E01')!;
    const visits = brief.events.find((s) => s.id === 'visits')!;
    const line = visits.lines.find((l) => l.day === item.date && carries(l.evidence, item));
    assert.ok(line, `a visit/meeting on ${item.date} citing the sentence of "${item.evidence}"`);
    assertLinked(line.evidence, 'meeting');
  });

  test('the 2022 upgrade of the partnership (gold D02)', () => {
    const item = gold.get('D02')!;
    const line = brief.designations.find(
      (d) =>
        d.kind === 'partnership' && d.day?.startsWith(item.date!.slice(0, 4)) && carries(d.evidence, item),
    );
    assert.ok(line, 'a partnership designation in 2022');
    assert.equal(line.change, 'upgrade');
    assertLinked(line.evidence, 'upgrade');
  });

  test('trade figures with their periods (gold F01, F02, F03)', () => {
    for (const id of ['F01', 'F02', 'F03']) {
      const item = gold.get(id)!;
      const section = brief.figures.find((f) => f.kind === item.kind);
      assert.ok(section, `a ${item.kind} section`);
      const line = section.lines.find((l) => carries(l.evidence, item));
      assert.ok(line, `${id}: a ${item.kind} figure citing "${item.evidence}"`);
      assert.doesNotMatch(line.periodText, /no period/, `${id}: has a period`);
      for (const year of new Set(item.period!.match(/\d{4}/g)))
        assert.ok(line.periodText.includes(year), `${id}: period ${item.period}`);
      assertLinked(line.evidence, id);
    }
  });

  test('SCO observer status (gold D04)', () => {
    const item = gold.get('D04')!;
    const line = brief.designations.find(
      (d) =>
        d.kind === 'membership' &&
        d.text.includes('observer') &&
        d.text.includes('Shanghai') &&
        carries(d.evidence, item),
    );
    assert.ok(line, 'Belarus as an SCO observer');
    assert.equal(line.day?.slice(0, 7), item.date);
    assertLinked(line.evidence, 'SCO observer');
  });

  test('the Western sanctions on Belarus (gold E29)', () => {
    const item = gold.get('E29')!;
    const line = brief.events
      .flatMap((s) => s.lines)
      .find((l) => l.code?.startsWith('16') === true && carries(l.evidence, item));
    assert.ok(line, 'a sanctions event citing the sanctions sentence');
    assertLinked(line.evidence, 'sanctions');
  });

  test('every claim cites evidence that exists, and the HTML is self-contained', () => {
    const refs = new Set([...md.matchAll(/\[\^(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    const notes = new Set([...md.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1])));
    assert.deepEqual(
      [...refs].sort((a, b) => a - b),
      [...notes].sort((a, b) => a - b),
    );
    assert.equal(notes.size, brief.evidence.length);
    assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
    assert.match(html, /<svg[^>]*role="img"/);
  });
});
