/** How actors are named in the dashboard. */
import type { ActorJson } from './api/types.js';

/** "Lukashenko (BLRGOV)": the words of the text, then the code. */
export function actorLabel(a: ActorJson): string {
  const words = a.text ?? a.name ?? '';
  const code = a.code ?? a.country ?? '?';
  return words === '' ? code : `${words} (${code})`;
}

export function actorsLabel(list: readonly ActorJson[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of list) {
    const label = actorLabel(a);
    if (!seen.has(label)) {
      seen.add(label);
      out.push(label);
    }
  }
  return out.length === 0 ? '—' : out.join(', ');
}

export function display(code: string, name: string | null): string {
  return name ? `${name} (${code})` : code;
}

/** The key in what was typed: a bare key or "Name (KEY)"; "" otherwise. */
export function typedKey(text: string): string {
  const t = text.trim();
  const bracket = /\(([A-Za-z][A-Za-z0-9]{2,15})\)$/.exec(t);
  if (bracket) return (bracket[1] as string).toUpperCase();
  if (/^[A-Za-z]{3}$/.test(t)) return t.toUpperCase();
  return /^[A-Z][A-Z0-9]{2,15}$/.test(t) ? t : '';
}
