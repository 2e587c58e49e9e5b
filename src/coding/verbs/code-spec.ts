/**
 * Reads the text inside a `[...]` code: `042`, `042:043`, `:173`, `---`, `050:---`.
 * A code is three or four digits; `---` or an empty active part means "no event".
 */
import type { VerbCode } from './types.js';

export type CodeParse =
  | { readonly ok: true; readonly code: VerbCode; readonly warning: string | null }
  | { readonly ok: false; readonly problem: string };

type PartParse =
  | { readonly ok: true; readonly code: string | null; readonly warning: string | null }
  | { readonly ok: false; readonly problem: string };

function parsePart(part: string, allowEmpty: boolean): PartParse {
  if (part === '') {
    return allowEmpty ? { ok: true, code: null, warning: null } : { ok: false, problem: 'empty code' };
  }
  if (part === '---') return { ok: true, code: null, warning: null };
  if (/^\d{3,4}$/.test(part)) return { ok: true, code: part, warning: null };
  const stray = /^(\d{3,4})([!?.*]+)$/.exec(part);
  if (stray?.[1] !== undefined) {
    return {
      ok: true,
      code: stray[1],
      warning: `stray '${stray[2] ?? ''}' after code ${stray[1]} ignored`,
    };
  }
  return { ok: false, problem: `'${part}' is not a CAMEO code (3 or 4 digits, or ---)` };
}

/** Parses the text between `[` and `]`. */
export function parseCodeSpec(inner: string): CodeParse {
  const text = inner.trim();
  if (text === '') return { ok: false, problem: 'empty code []' };
  const parts = text.split(':');
  if (parts.length > 2) return { ok: false, problem: `'${text}' has more than one ':'` };
  const active = parsePart((parts[0] ?? '').trim(), parts.length === 2);
  if (!active.ok) return active;
  if (parts.length === 1) {
    const shown = active.code ?? '---';
    return {
      ok: true,
      code: { active: active.code, passive: active.code, text: shown },
      warning: active.warning,
    };
  }
  const passive = parsePart((parts[1] ?? '').trim(), false);
  if (!passive.ok) return passive;
  if (active.code === null && passive.code === null) {
    return {
      ok: true,
      code: { active: null, passive: null, text: '---' },
      warning: active.warning ?? passive.warning,
    };
  }
  return {
    ok: true,
    code: {
      active: active.code,
      passive: passive.code,
      text: `${active.code ?? ''}:${passive.code ?? '---'}`,
    },
    warning: active.warning ?? passive.warning,
  };
}

/** The codes a `VerbCode` uses (active and passive, without nulls). */
export function codesOf(code: VerbCode): readonly string[] {
  const out: string[] = [];
  if (code.active !== null) out.push(code.active);
  if (code.passive !== null && code.passive !== code.active) out.push(code.passive);
  return out;
}
