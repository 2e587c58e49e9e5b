import { DOMParser } from 'linkedom';
import { buildArticle } from './build-article.js';
import { domToText, htmlToText, localName } from './dom-text.js';
import { inputError } from './origin.js';
import { parsePublishedDate } from './published-date.js';
import type { InputResult, Origin, ParseOptions } from './types.js';

/**
 * An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item or entry, with the item's title,
 * link, date (RSS pubDate or dc:date; Atom published, else updated) and text (RSS content:encoded,
 * else description; Atom content, else summary) stripped of markup. The feed's own title is the
 * source. Each item's origin line is the line of its opening tag. An item without text is an error
 * for that item only.
 */
export function parseFeed(xml: string, origin: Origin, options: ParseOptions = {}): InputResult[] {
  let root: Element | null;
  try {
    root = (new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document).documentElement;
  } catch (error) {
    return [inputError(origin, `unreadable XML (${error instanceof Error ? error.message : String(error)})`)];
  }
  const rootName = root ? localName(root) : '';
  const shape = root ? feedShape(root, rootName) : null;
  if (!root || !shape)
    return [inputError(origin, `not an RSS or Atom feed (root element <${rootName || 'none'}>)`)];
  if (shape.items.length === 0) return [inputError(origin, 'feed has no items')];
  const channelTitle = shape.channel ? children(shape.channel, ['title'])[0] : undefined;
  const source = !channelTitle
    ? null
    : shape.itemName === 'entry'
      ? atomText(channelTitle)
      : plainText(channelTitle.textContent ?? '');
  const lines = itemLines(xml, shape.itemName, shape.items.length);
  return shape.items.map((item, index) => {
    const line = lines?.[index];
    const itemOrigin: Origin = line === undefined ? { path: origin.path } : { path: origin.path, line };
    const read = shape.itemName === 'entry' ? readAtomEntry(item) : readRssItem(item);
    if (read.text.trim() === '') {
      return inputError(
        itemOrigin,
        line === undefined ? `feed item ${index + 1} has no text` : 'feed item has no text',
      );
    }
    return buildArticle({ ...read, source }, itemOrigin, options);
  });
}

interface FeedShape {
  readonly channel: Element | null;
  readonly items: readonly Element[];
  readonly itemName: 'item' | 'entry';
}

function feedShape(root: Element, rootName: string): FeedShape | null {
  if (rootName === 'rss') {
    const channel = children(root, ['channel'])[0] ?? null;
    return { channel, items: channel ? children(channel, ['item']) : [], itemName: 'item' };
  }
  if (rootName === 'rdf') {
    const channel = children(root, ['channel'])[0] ?? null;
    return { channel, items: children(root, ['item']), itemName: 'item' };
  }
  if (rootName === 'feed') return { channel: root, items: children(root, ['entry']), itemName: 'entry' };
  return null;
}

interface ItemFields {
  readonly text: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly externalId: string | null;
}

function readRssItem(item: Element): ItemFields {
  const guid = children(item, ['guid'])[0];
  const guidText = guid?.textContent?.trim() ?? '';
  const guidLink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
  return {
    text: htmlToText(childText(item, ['encoded']) || childText(item, ['description'])),
    title: plainText(childText(item, ['title'])),
    url: rssLink(item) ?? (guidLink ? guidText : null),
    published: firstDate([
      childText(item, ['pubdate']),
      childText(item, ['date']),
      childText(item, ['updated']),
    ]),
    externalId: guidText || null,
  };
}

/** The item's `<link>` text, else an `<atom:link href>`. */
function rssLink(item: Element): string | null {
  const links = children(item, ['link']);
  const text = links.map((link) => link.textContent?.trim() ?? '').find((value) => value !== '');
  return (
    text ?? links.map((link) => link.getAttribute('href')?.trim() ?? '').find((value) => value !== '') ?? null
  );
}

function readAtomEntry(entry: Element): ItemFields {
  const content = children(entry, ['content'])[0] ?? children(entry, ['summary'])[0];
  const title = children(entry, ['title'])[0];
  return {
    text: content ? atomText(content) : '',
    title: title ? atomText(title) : null,
    url: atomLink(entry),
    published: firstDate([
      childText(entry, ['published']),
      childText(entry, ['issued']),
      childText(entry, ['updated']),
      childText(entry, ['modified']),
    ]),
    externalId: childText(entry, ['id']).trim() || null,
  };
}

/** An Atom text construct: `text` (default) as is, `html` unescaped and stripped, `xhtml` as markup. */
function atomText(el: Element): string {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') return domToText(el);
  if (type === 'html' || type === 'text/html') return htmlToText(el.textContent ?? '');
  return el.textContent ?? '';
}

function atomLink(entry: Element): string | null {
  const links = children(entry, ['link']);
  const alternate =
    links.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href')?.trim() || null;
}

/** The first date that parses, else the first one given (so the warning can quote it). */
function firstDate(candidates: readonly string[]): string | null {
  const given = candidates.map((value) => value.trim()).filter((value) => value !== '');
  return given.find((value) => parsePublishedDate(value) !== null) ?? given[0] ?? null;
}

/** Text that may still hold entities or stray tags (titles often do) as plain text. */
function plainText(value: string): string | null {
  const text = /[<&]/.test(value) ? htmlToText(value) : value;
  return text.trim() === '' ? null : text;
}

function children(parent: Element, names: readonly string[]): Element[] {
  return [...parent.children].filter((child) => names.includes(localName(child)));
}

function childText(parent: Element, names: readonly string[]): string {
  return children(parent, names)[0]?.textContent ?? '';
}

/**
 * The line of each item's opening tag in the source, or null when the tags cannot be matched one to
 * one with the parsed items (an item tag inside a CDATA section, say).
 */
function itemLines(xml: string, itemName: string, count: number): number[] | null {
  const pattern = new RegExp(`<(?:[\\w.-]+:)?${itemName}[\\s>/]`, 'g');
  const lines: number[] = [];
  let line = 1;
  let scanned = 0;
  for (const match of xml.matchAll(pattern)) {
    for (let i = scanned; i < match.index; i++) if (xml.charCodeAt(i) === 10) line++;
    scanned = match.index;
    lines.push(line);
  }
  return lines.length === count ? lines : null;
}
