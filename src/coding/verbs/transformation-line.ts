/**
 * Transformation lines, which rewrite a verb–verb construction as one event:
 *
 *   ~ a (b . ATTACK) SAY = a b 112     "A said B attacked" -> A accuses B (112)
 *   ~ a (a b Q) SAY = a b Q            "A said A will do Q to B" -> A does Q to B
 *
 * Left of `=`: `source target VERB`, where the target may be a parenthesised event.
 * Slots are variables (lower-case names), `.` (no actor) or `_` (any actor); a verb is a
 * verb of the dictionary (`WILL_ATTACK` joins words) or `Q`, any code. Right of `=`:
 * `source target code`, the code being a CAMEO code or `Q`, the embedded event's code.
 */
import type { Parse } from './pattern-line.js';
import type { TransformEvent, TransformSlot, Transformation } from './types.js';

function slot(token: string | undefined): Parse<TransformSlot> {
  if (token === '.') return { ok: true, value: { kind: 'none' } };
  if (token === '_') return { ok: true, value: { kind: 'any' } };
  if (token !== undefined && /^[a-z][a-z0-9]*$/.test(token))
    return { ok: true, value: { kind: 'var', name: token } };
  return {
    ok: false,
    problem: `expected an actor slot (a variable, '.' or '_'), found '${token ?? 'end of line'}'`,
  };
}

function verb(token: string | undefined): Parse<readonly string[] | null> {
  if (token === 'Q') return { ok: true, value: null };
  if (token !== undefined && /^[A-Z][A-Z0-9'-]*(_[A-Z][A-Z0-9'-]*)*$/.test(token)) {
    return { ok: true, value: token.split('_') };
  }
  return { ok: false, problem: `expected a verb (upper-case) or Q, found '${token ?? 'end of line'}'` };
}

class Tokens {
  index = 0;
  constructor(readonly list: readonly string[]) {}
  next(): string | undefined {
    const token = this.list[this.index];
    this.index += 1;
    return token;
  }
  peek(): string | undefined {
    return this.list[this.index];
  }
}

function event(tokens: Tokens): Parse<TransformEvent> {
  const source = slot(tokens.next());
  if (!source.ok) return source;
  let target: TransformSlot | TransformEvent;
  if (tokens.peek() === '(') {
    tokens.next();
    const inner = event(tokens);
    if (!inner.ok) return inner;
    if (tokens.next() !== ')') return { ok: false, problem: "'(' is not closed" };
    target = inner.value;
  } else {
    const t = slot(tokens.next());
    if (!t.ok) return t;
    target = t.value;
  }
  const v = verb(tokens.next());
  if (!v.ok) return v;
  return { ok: true, value: { source: source.value, target, verb: v.value } };
}

function variables(e: TransformEvent | TransformSlot, into: Set<string>): void {
  if ('verb' in e) {
    variables(e.source, into);
    variables(e.target, into);
  } else if (e.kind === 'var') into.add(e.name);
}

/** Parses a transformation line's content (starting with `~`), giving it the id `id`. */
export function parseTransformationLine(content: string, id: string): Parse<Transformation> {
  const body = content.replace(/^~/, '').trim();
  const sides = body.split('=');
  if (sides.length !== 2) return { ok: false, problem: "a transformation needs exactly one '='" };
  const split = (s: string): string[] =>
    s
      .replace(/([()])/g, ' $1 ')
      .trim()
      .split(/\s+/)
      .filter((x) => x !== '');
  const left = new Tokens(split(sides[0] ?? ''));
  const pattern = event(left);
  if (!pattern.ok) return pattern;
  if (left.peek() !== undefined)
    return { ok: false, problem: `unexpected '${left.peek() ?? ''}' before '='` };

  const right = split(sides[1] ?? '');
  if (right.length !== 3) return { ok: false, problem: "right of '=' must be: source target code" };
  const source = slot(right[0]);
  if (!source.ok) return source;
  const target = slot(right[1]);
  if (!target.ok) return target;
  const codeText = right[2] ?? '';
  if (codeText !== 'Q' && !/^\d{3,4}$/.test(codeText)) {
    return { ok: false, problem: `'${codeText}' is not a CAMEO code or Q` };
  }
  const known = new Set<string>();
  variables(pattern.value, known);
  for (const s of [source.value, target.value]) {
    if (s.kind === 'var' && !known.has(s.name)) {
      return { ok: false, problem: `variable '${s.name}' right of '=' does not appear left of it` };
    }
  }
  return {
    ok: true,
    value: {
      id,
      pattern: pattern.value,
      result: { source: source.value, target: target.value, code: codeText === 'Q' ? null : codeText },
      text: body.replace(/\s+/g, ' '),
    },
  };
}
