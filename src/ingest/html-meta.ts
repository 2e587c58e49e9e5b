/** What an HTML page says about itself in its head: candidates in order of trust. */
export interface HtmlMetadata {
  readonly titles: readonly string[];
  readonly dates: readonly string[];
  readonly urls: readonly string[];
  readonly sources: readonly string[];
}

/**
 * Reads title, publication date, canonical URL and site name from meta tags, JSON-LD and `<time>`.
 * Dates, in order: article:published_time, og:published_time, meta date/pubdate/dc.date and kin,
 * itemprop=datePublished, JSON-LD datePublished, `<time pubdate>`, then the first `<time datetime>`.
 */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaValues(document);
  const jsonLd = readJsonLd(document);
  const get = (keys: readonly string[]): string[] => keys.flatMap((key) => meta.get(key) ?? []);
  const itemprop = [...document.querySelectorAll('[itemprop="datePublished" i]')].map(
    (el) => el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '',
  );
  const times = [...document.querySelectorAll('time[datetime]')];
  const pubdateTimes = times.filter((el) => el.hasAttribute('pubdate'));
  const titleElement = document.querySelector('title')?.textContent ?? '';
  const h1 = document.querySelector('h1')?.textContent ?? '';
  return {
    titles: nonEmpty([...get(TITLE_KEYS), ...jsonLd.headlines, titleElement, h1]),
    dates: nonEmpty([
      ...get(DATE_KEYS),
      ...itemprop,
      ...jsonLd.dates,
      ...[...pubdateTimes, ...times].map((el) => el.getAttribute('datetime') ?? ''),
    ]),
    urls: nonEmpty([
      ...[...document.querySelectorAll('link[rel~="canonical" i][href]')].map(
        (el) => el.getAttribute('href') ?? '',
      ),
      ...get(['og:url']),
    ]),
    sources: nonEmpty([...get(SOURCE_KEYS), ...jsonLd.publishers]),
  };
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'title'];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'sailthru.date',
];
const SOURCE_KEYS = ['og:site_name', 'application-name', 'dc.publisher', 'publisher'];

/** meta tags by lower-case property/name/itemprop, values in document order. */
function metaValues(document: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta[content]')) {
    const content = el.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = values.get(key) ?? [];
      list.push(content);
      values.set(key, list);
    }
  }
  return values;
}

interface JsonLdFacts {
  readonly dates: string[];
  readonly headlines: string[];
  readonly publishers: string[];
}

/** datePublished, headline and publisher.name from every JSON-LD block (arrays and @graph included). */
function readJsonLd(document: Document): JsonLdFacts {
  const facts: JsonLdFacts = { dates: [], headlines: [], publishers: [] };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collectJsonLd(data, facts, 0);
  }
  return facts;
}

function collectJsonLd(node: unknown, facts: JsonLdFacts, depth: number): void {
  if (depth > 8 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLd(item, facts, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') facts.dates.push(record.datePublished);
  if (typeof record.headline === 'string') facts.headlines.push(record.headline);
  const publisher = record.publisher;
  if (publisher && typeof publisher === 'object' && !Array.isArray(publisher)) {
    const name = (publisher as Record<string, unknown>).name;
    if (typeof name === 'string') facts.publishers.push(name);
  }
  if (record['@graph'] !== undefined) collectJsonLd(record['@graph'], facts, depth + 1);
  if (record.mainEntity !== undefined) collectJsonLd(record.mainEntity, facts, depth + 1);
}

function nonEmpty(values: readonly string[]): string[] {
  return values.map((value) => value.trim()).filter((value) => value !== '');
}
