import { parseHTML } from 'linkedom';

/**
 * The readable text of a DOM subtree: one paragraph per block element (joined by a blank line),
 * `<br>` as a line break, runs of whitespace collapsed, scripts and other non-text elements left out.
 */
export function domToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const paragraph = current
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (paragraph !== '') paragraphs.push(paragraph);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
      current += (node.nodeValue ?? '').replace(/[\s\u00a0]+/gu, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== FRAGMENT_NODE)
      return;
    const name = localName(node);
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let child = node.firstChild; child !== null; child = child.nextSibling) walk(child);
    if (block) flush();
    else if (CELLS.has(name)) current += ' ';
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** The text of an HTML fragment (a feed item's description, say), entities decoded. */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  const body = (document as unknown as Document).body;
  return body ? domToText(body) : '';
}

/** The lower-case element name without a namespace prefix. */
export function localName(node: Node): string {
  const name = node.nodeName.toLowerCase();
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'select',
  'button',
  'input',
  'textarea',
  'audio',
  'video',
  'picture',
  'img',
  'map',
]);

const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

const CELLS = new Set(['td', 'th']);
