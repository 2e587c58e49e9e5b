/**
 * The dashboard in a real browser (Debian chromium through playwright-core): builds it with
 * Vite into a temporary folder, serves it with the API on a random port over a temporary
 * database holding Dyad's example articles (plus one hostile article), and drives it the way
 * an analyst would. Screenshots of each main view go to test-results/ (git-ignored).
 * Skipped, saying so, when /usr/bin/chromium is absent (CI installs it: apt-get install chromium).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { z } from 'zod';
import { createApp } from '../../src/api/app.js';
import type * as S from '../../src/api/schemas.js';
import { startServer, type RunningServer } from '../../src/api/serve.js';
import { createEngine } from '../../src/cli/engine.js';
import { readerVersion } from '../../src/cli/reader-version.js';
import { loadDictionaries } from '../../src/dict/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { projectRoot } from '../../src/testing/shared.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is absent: install Debian's chromium (apt-get install chromium) to run the browser tests`;
const RESULTS = join(projectRoot, 'test-results');
/** Markup that must show as text wherever an article's title or text appears. */
const HOSTILE_TITLE = '<img src=x onerror="__xss=1"> Hostile <b>title</b>';
const HOSTILE_TEXT =
  'Belarusian President Alexander Lukashenko praised China <img src=x onerror="__xss=2"> on Monday in Minsk.\n\n' +
  'China <script>__xss=3</script> thanked Belarus for its support on Tuesday.';

type EventsPage = z.output<typeof S.EventsPage>;
type EventDetail = z.output<typeof S.EventDetail>;
type Series = z.output<typeof S.Series>;
type DesignationsPage = z.output<typeof S.DesignationsPage>;
type FactsPage = z.output<typeof S.FactsPage>;

describe('dashboard in a browser', { skip }, () => {
  let dir = '';
  let store: Store | null = null;
  let server: RunningServer | null = null;
  let context: BrowserContext | null = null;
  let page: Page;
  let base = '';

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(base + path);
    assert.equal(res.status, 200, `${path} answers 200`);
    return (await res.json()) as T;
  };
  /** A screenshot in test-results/ (the whole page, or only the viewport, e.g. with the panel open). */
  const shot = (name: string, fullPage = true) =>
    page.screenshot({ path: join(RESULTS, `dashboard-${name}.png`), fullPage });
  const query = () => new URL(page.url()).searchParams;
  const dialog = () => page.locator('dialog#evidence-panel');

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'));
    mkdirSync(RESULTS, { recursive: true });
    const dist = join(dir, 'dist');
    const { build } = await import('vite');
    await build({
      configFile: join(projectRoot, 'web', 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: dist, emptyOutDir: true },
    });
    const dicts = loadDictionaries();
    store = await openStore({ path: join(dir, 'web.duckdb') });
    const engine = createEngine();
    const app = createApp({
      store,
      dictionaries: () => dicts,
      engine: () => ({ analyzer: engine.analyzer, readerVersion: readerVersion(engine) }),
      webRoot: dist,
      log: () => {},
    });
    server = await startServer(app, { port: 0, host: '127.0.0.1' });
    base = server.url;
    const examples = readdirSync(join(projectRoot, 'examples')).filter((f) => /^\d{4}-.*\.md$/.test(f));
    assert.ok(examples.length > 5, 'the example articles are there');
    for (const file of examples) {
      const res = await fetch(`${base}/api/ingest?format=markdown`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/markdown' },
        body: readFileSync(join(projectRoot, 'examples', file), 'utf8'),
      });
      assert.equal(res.status, 200, `${file} ingested: ${await res.clone().text()}`);
    }
    const hostile = await fetch(
      `${base}/api/ingest?format=text&published=2024-03-05&title=${encodeURIComponent(HOSTILE_TITLE)}`,
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: HOSTILE_TEXT },
    );
    assert.equal(hostile.status, 200);
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1360, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    // Nothing may leave the machine: every request goes to the test server.
    await page.route(
      (url) => !url.href.startsWith(base),
      (route) => route.abort(),
    );
  });

  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('picks CHN–BLR with the actor search and draws the charts from the series', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Choose a dyad' }).waitFor();
    await page.getByText(/The database holds \d+ articles/).waitFor();
    await shot('landing');

    await page.locator('#actor-a').fill('China');
    await page.locator('#actor-a-list [data-code="CHN"]').click();
    assert.equal(await page.locator('#actor-a').inputValue(), 'China (CHN)');
    // Keyboard only for the second actor: type, arrow down to the first suggestion, Enter.
    await page.locator('#actor-b').fill('Belarus');
    await page.locator('#actor-b-list [data-code="BLR"]').waitFor();
    await page.locator('#actor-b').press('ArrowDown');
    assert.equal(await page.locator('#actor-b').getAttribute('aria-expanded'), 'true');
    await page.locator('#actor-b').press('Enter');
    assert.equal(await page.locator('#actor-b').inputValue(), 'Belarus (BLR)');
    await page.getByRole('button', { name: 'Show', exact: true }).click();

    await page.locator('h1', { hasText: 'China – Belarus' }).waitFor();
    assert.equal(query().get('dyad'), 'CHN-BLR');
    const series = await api<Series>('/api/dyads/CHN/BLR/series?interval=quarter');
    const total = series.points.reduce((n, p) => n + p.events, 0);
    assert.ok(total > 10, 'the examples give CHN–BLR events');
    await page.locator('[data-chart="quads"] svg path[fill="#0072B2"]').first().waitFor();
    // One bar per period for each quad class, and bars of every class that has events.
    for (const [q, color] of ['#0072B2', '#56B4E9', '#E69F00', '#D55E00'].entries()) {
      const count = series.points.reduce((n, p) => n + (p.quads[q] ?? 0), 0);
      const bars = page.locator(`[data-chart="quads"] svg path[fill="${color}"]`);
      if (count > 0) assert.ok((await bars.count()) >= 1, `bars of quad class ${q + 1}`);
    }
    const line = page.locator('[data-chart="index"] svg path[stroke="#1b4f72"]').first();
    assert.match((await line.getAttribute('d')) ?? '', /^M[\d.\s,-]+L/, 'the index line is drawn');
    // The data table lists exactly the periods with events, with their counts.
    await page.getByText(/Data table \(\d+ periods with events\)/).click();
    const rows = page.locator('.chart-table tbody tr');
    const withEvents = series.points.filter((p) => p.events > 0);
    assert.equal(await rows.count(), withEvents.length);
    const counts = await rows.locator('td:nth-child(3)').allTextContents();
    assert.deepEqual(
      counts.map(Number),
      withEvents.map((p) => p.events),
    );
    await page.locator('#timeline .tl-item').first().waitFor();
    await page.locator('#figures tbody tr').first().waitFor();
    await page.locator('#events tbody tr').first().waitFor();
    await shot('overview');
  });

  test('filters the events, shows the empty state and pages with the cursor', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR`);
    await page.locator('#events tbody tr').first().waitFor();
    await page.locator('#f-quad').selectOption('1');
    await page.locator('#f-q').fill('visit');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/quad=1/);
    assert.equal(query().get('q'), 'visit');
    const expected = await api<EventsPage>('/api/events?dyad=CHN-BLR&quad=1&q=visit&limit=25');
    assert.ok(expected.items.length > 0, 'some visits are verbal cooperation');
    await page.locator('#events tbody tr').first().waitFor();
    const rows = page.locator('#events tbody tr');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#events tbody tr').length === n,
      expected.items.length,
    );
    assert.deepEqual(
      await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-event'))),
      expected.items.map((e) => e.id),
    );
    for (const cls of await rows.evaluateAll((trs) => trs.map((tr) => tr.className)))
      assert.equal(cls, 'quad-1');
    for (const text of await rows.locator('.evidence-cell').allTextContents()) assert.match(text, /visit/i);
    await page.locator('#events').screenshot({ path: join(RESULTS, 'dashboard-events.png') });

    await page.locator('#f-q').fill('zzzz-no-such-words');
    await page.locator('#f-q').press('Enter');
    await page.getByText('No events match these filters.').waitFor();

    await page.getByRole('button', { name: 'Clear' }).click();
    await page.waitForFunction(() => !location.search.includes('quad='));
    await page.waitForFunction(() => document.querySelectorAll('#events tbody tr').length === 25);
    const first = await rows.first().getAttribute('data-event');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/cursor=/);
    await page.waitForFunction(
      (id) => document.querySelector('#events tbody tr')?.getAttribute('data-event') !== id,
      first,
    );
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.waitForFunction(() => !location.search.includes('cursor='));
    await page.waitForFunction(
      (id) => document.querySelector('#events tbody tr')?.getAttribute('data-event') === id,
      first,
    );
    await page.goBack();
    await page.waitForURL(/cursor=/);
    await page.waitForFunction(
      (id) => document.querySelector('#events tbody tr')?.getAttribute('data-event') !== id,
      first,
    );
  });

  test('opens the evidence panel with Enter: the highlighted spans are the actor and event texts', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR`);
    const button = page.locator('#events tbody tr button').first();
    await button.focus();
    await page.keyboard.press('Enter');
    await dialog().waitFor({ state: 'visible' });
    const id = query().get('event');
    assert.ok(id, 'the URL names the event');
    const detail = await api<EventDetail>(`/api/events/${id}`);
    const report = detail.mentions[0];
    assert.ok(report?.sentence, 'the event has a report with its sentence');
    await dialog().locator('blockquote.sentence').first().waitFor();
    const sentence = dialog().locator('blockquote.sentence').first();
    assert.equal(await sentence.textContent(), report.sentence.text, 'the whole sentence is shown');
    const inSentence = (a: { start: number | null; end: number | null }) =>
      a.start !== null &&
      a.end !== null &&
      a.start >= report.sentence!.start &&
      a.end <= report.sentence!.end;
    const texts = async (kind: string) =>
      new Set(await sentence.locator(`mark[data-kind="${kind}"]`).allTextContents());
    assert.deepEqual(
      await texts('source'),
      new Set(report.event.sources.filter(inSentence).map((a) => a.text)),
      'source marks',
    );
    assert.deepEqual(
      await texts('target'),
      new Set(report.event.targets.filter(inSentence).map((a) => a.text)),
      'target marks',
    );
    assert.deepEqual(await texts('evidence'), new Set([report.event.evidence.text]), 'the event words');
    assert.ok(report.event.verb, 'the report has its verb span');
    assert.deepEqual(await texts('verb'), new Set([report.event.verb.text]), 'the verb mark');
    for (const h of report.highlights) {
      assert.ok((await texts(h.kind)).has(h.text), `${h.kind} "${h.text}" is marked`);
    }
    const panelText = (await dialog().textContent()) ?? '';
    assert.ok(panelText.includes(report.event.rule.id.replace(/:(\d+)$/, ', line $1')), 'the rule is shown');
    assert.ok(
      panelText.includes(report.event.rule.dictionary.slice(0, 12)),
      'the dictionary version is shown',
    );
    assert.ok(await dialog().getByRole('link', { name: 'Read it in the article' }).isVisible());
    await shot('evidence', false);

    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
    assert.equal(query().get('event'), null);
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-event')),
      id,
    );
    // Back reopens the panel; forward closes it again.
    await page.goBack();
    await dialog().waitFor({ state: 'visible' });
    await page.goForward();
    await dialog().waitFor({ state: 'hidden' });
  });

  test('a shared URL restores the view: dyad, interval, filters and the selected event', async () => {
    const events = await api<EventsPage>('/api/events?dyad=CHN-BLR&quad=1&limit=1');
    const id = events.items[0]?.id ?? '';
    await page.goto(`${base}/?dyad=CHN-BLR&direction=ab&interval=year&quad=1&q=China&event=${id}`);
    await dialog().waitFor({ state: 'visible' });
    await dialog().locator('blockquote.sentence').first().waitFor();
    assert.equal(await page.locator('#interval').inputValue(), 'year');
    assert.equal(await page.locator('#direction').inputValue(), 'ab');
    assert.equal(await page.locator('#f-quad').inputValue(), '1');
    assert.equal(await page.locator('#f-q').inputValue(), 'China');
    await page.locator('dialog .close').click();
    await dialog().waitFor({ state: 'hidden' });
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      'dyad-title',
      'focus goes to the title',
    );
    await page.locator('h1', { hasText: 'China → Belarus' }).waitFor();
    await page.locator('#events tbody tr').first().waitFor();
    const expected = await api<EventsPage>('/api/events?dyad=CHN-BLR&direction=ab&quad=1&q=China&limit=25');
    assert.equal(await page.locator('#events tbody tr').count(), expected.items.length);
  });

  test('chart points, designations, figures and places open the evidence panel', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR`);
    await page.locator('[data-chart="quads"] svg path[fill="#0072B2"]').first().waitFor();
    const bar = await page.evaluate(() => {
      const bars = [
        ...document.querySelectorAll<SVGGraphicsElement>('[data-chart="quads"] svg path[fill="#0072B2"]'),
      ];
      const tallest = bars.sort((a, b) => b.getBBox().height - a.getBBox().height)[0];
      const r = tallest?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
    });
    assert.ok(bar, 'a bar to click');
    await page.mouse.click(bar.x, bar.y);
    await dialog().waitFor({ state: 'visible' });
    await dialog().locator('.panel-list', { hasText: 'Verbal cooperation events' }).waitFor();
    await page.waitForURL(/event=/);
    const listed = await dialog().locator('.panel-list button').count();
    assert.ok(listed >= 1, 'the period lists its events');
    await dialog().locator('blockquote.sentence').first().waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    const designations = await api<DesignationsPage>('/api/designations?dyad=CHN-BLR');
    const first = designations.items[0];
    assert.ok(first, 'the examples state designations');
    await page.locator('#timeline .tl-item button').first().click();
    await dialog().locator('mark[data-kind="evidence"]').waitFor();
    assert.equal(await dialog().locator('mark[data-kind="evidence"]').textContent(), first.evidence.text);
    assert.equal(query().get('designation'), `${first.articleId}.${first.ordinal}`);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    await page.locator('#figures tbody tr button').first().click();
    await dialog().locator('mark[data-kind="evidence"]').waitFor();
    const [articleId, ordinal] = (query().get('fact') ?? '').split('.');
    const facts = await api<FactsPage>(`/api/facts?article=${articleId}`);
    const fact = facts.items.find((f) => f.ordinal === Number(ordinal));
    assert.ok(fact, 'the URL names a stored fact');
    assert.equal(await dialog().locator('mark[data-kind="evidence"]').textContent(), fact.evidence.text);
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });

    const located = await api<EventsPage>('/api/events?dyad=CHN-BLR&limit=1000');
    const places = new Set(
      located.items
        .filter((e) => e.location?.lat != null)
        .map((e) => `${e.location?.name}|${e.location?.lat}`),
    );
    assert.ok(places.size > 0, 'some events have a place');
    await page.locator('#map circle.place').first().waitFor();
    assert.equal(await page.locator('#map circle.place').count(), places.size);
    await page.locator('#map').screenshot({ path: join(RESULTS, 'dashboard-map.png') });
    await page.locator('#map circle.place').first().focus();
    await page.keyboard.press('Enter');
    await dialog().locator('.panel-list', { hasText: 'Events in' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  test('article titles and text are shown as text, never as HTML', async () => {
    await page.goto(`${base}/?dyad=BLR-CHN&q=praised`);
    const row = page.locator('#events tbody tr', { hasText: 'Lukashenko praised China' });
    await row.first().click();
    await dialog().locator('blockquote.sentence').first().waitFor();
    const text = (await dialog().textContent()) ?? '';
    assert.ok(text.includes(HOSTILE_TITLE), 'the hostile title is shown literally');
    assert.ok(text.includes('<img src=x onerror="__xss=2">'), 'the hostile sentence is shown literally');
    await shot('hostile-evidence', false);
    await dialog().getByRole('link', { name: 'Read it in the article' }).click();
    await page.locator('#article-title').waitFor();
    assert.equal(await page.locator('#article-title').textContent(), HOSTILE_TITLE);
    assert.ok(
      ((await page.locator('.article-text').textContent()) ?? '').includes('<script>__xss=3</script>'),
    );
    assert.equal(await page.locator('.sent-target').count(), 1, 'the sentence is marked in the article');
    assert.equal(await page.locator('img').count(), 0, 'no image element was created');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script was created');
    assert.equal(await page.evaluate(() => (window as { __xss?: unknown }).__xss), undefined);
    await shot('article');
    await page.getByRole('button', { name: '← Back to the dashboard' }).click();
    await page.locator('#dashboard').waitFor({ state: 'visible' });
  });

  test('bad parameters and an unreachable API are reported, not swallowed', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR&from=2024-13-01`);
    await page.locator('#from[aria-invalid="true"]').waitFor();
    const alert = page.locator('.state-error', { hasText: 'from' }).first();
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /refused “from”/);
    await shot('bad-parameter');

    await page.goto(`${base}/?dyad=CHN-XXQ`);
    await page.locator('.state-error').first().waitFor();
    assert.match((await page.locator('.state-error').first().textContent()) ?? '', /XXQ/);

    await page.route(`${base}/api/**`, (route) => route.abort());
    try {
      await page.goto(`${base}/?dyad=CHN-BLR`);
      await page.locator('.state-error', { hasText: 'Cannot reach the Dyad API' }).first().waitFor();
      assert.ok(
        (await page.getByRole('button', { name: 'Retry' }).count()) >= 1,
        'each failed part offers Retry',
      );
      await shot('api-down');
    } finally {
      await page.unroute(`${base}/api/**`);
    }
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await page.locator('[data-chart="index"] svg').waitFor();
  });

  test('keyboard: the skip link, the section links and the panel keep focus where it belongs', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR`);
    await page.locator('#events tbody tr').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to the content');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'actor-a');
    // Inside the open panel, Tab stays in the panel (modal dialog).
    await page.locator('#events tbody tr button').first().click();
    await dialog().locator('blockquote.sentence').first().waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      assert.ok(
        await page.evaluate(() => document.activeElement?.closest('dialog') !== null),
        'focus stays in the panel',
      );
    }
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'hidden' });
  });

  test('prints the dashboard without its controls, and fits a phone screen', async () => {
    await page.goto(`${base}/?dyad=CHN-BLR`);
    await page.locator('#events tbody tr').first().waitFor();
    await page.locator('[data-chart="index"] svg').waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      assert.equal(await page.locator('.dyad-form').isVisible(), false, 'the form is not printed');
      assert.equal(await page.locator('.filters').isVisible(), false, 'the filters are not printed');
      assert.ok(await page.locator('#events tbody tr').first().isVisible(), 'the events are printed');
      const code = await page.locator('#events tbody tr td:nth-child(3)').first().innerText();
      assert.match(code, /^\d{2,4} \S/, 'with their codes and names');
      await shot('print');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.reload();
      await page.locator('#events tbody tr').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling of the page (${overflow}px too wide)`);
      await shot('phone', false);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
