import type { InputResult, Origin } from './types.js';

/** `path` or `path:line`. */
export function describeOrigin(origin: Origin): string {
  return origin.line === undefined ? origin.path : `${origin.path}:${origin.line}`;
}

/** An error result for an input. */
export function inputError(origin: Origin | string, message: string): InputResult {
  const input = typeof origin === 'string' ? origin : describeOrigin(origin);
  return { kind: 'error', input, message };
}

/** A folder entry left out on purpose. */
export function inputSkipped(input: string, reason: string): InputResult {
  return { kind: 'skipped', input, reason };
}

/** One line describing a result, for logs: `file: message`, `file: skipped (reason)`, or the article id. */
export function describeResult(result: InputResult): string {
  switch (result.kind) {
    case 'error':
      return `${result.input}: ${result.message}`;
    case 'skipped':
      return `${result.input}: skipped (${result.reason})`;
    case 'article':
      return `${describeOrigin(result.article.origin)}: article ${result.article.id}`;
  }
}
