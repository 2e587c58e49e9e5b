import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Article } from '../core/types.js';
import type { InputResult } from './types.js';

/** Path of a fixture file in this folder. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}

/** The article of a result, failing the test with the result when it is not one. */
export function articleOf(result: InputResult | null | undefined): Article {
  assert.ok(result, 'expected a result');
  assert.equal(result.kind, 'article', JSON.stringify(result));
  return result.article;
}

/** The warnings of an article result. */
export function warningsOf(result: InputResult | null | undefined): readonly string[] {
  assert.ok(result && result.kind === 'article', JSON.stringify(result));
  return result.warnings;
}

/** Everything an async iterable yields. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
