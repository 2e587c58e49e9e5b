/**
 * Article titles and text must reach the page as text only. The browser test checks a hostile
 * article; this checks that no source of the dashboard has a way to parse a string as HTML.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const FORBIDDEN =
  /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|srcdoc/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

test('no dashboard source parses strings as HTML', () => {
  const files = sources(here);
  assert.ok(files.length > 10, 'the sources were found');
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => assert.doesNotMatch(line, FORBIDDEN, `${file}:${i + 1}`));
  }
});

test('the pattern catches what it is meant to catch', () => {
  for (const bad of [
    'el.innerHTML = x',
    'el.outerHTML=x',
    "el.insertAdjacentHTML('beforeend', x)",
    'new DOMParser()',
  ]) {
    assert.match(bad, FORBIDDEN);
  }
  assert.doesNotMatch('el.textContent = x', FORBIDDEN);
});
