/**
 * CAMEO code names for the dashboard, read at build time from data/cameo/codes.tsv (the API's
 * events carry codes, not names). Root names there are upper case; they are shown in sentence case.
 */

/** code → name, from the TSV text (comment lines start with #; the first other line is the header). */
export function cameoNames(tsv: string): Record<string, string> {
  const lines = tsv.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  const codeAt = header.indexOf('code');
  const nameAt = header.indexOf('name');
  const out: Record<string, string> = {};
  if (codeAt < 0 || nameAt < 0) return out;
  for (const line of lines) {
    const cells = line.split('\t');
    const code = cells[codeAt]?.trim() ?? '';
    const name = cells[nameAt]?.trim() ?? '';
    if (/^\d{2,4}$/.test(code) && name !== '') out[code] = sentenceCase(name);
  }
  return out;
}

/** "MAKE PUBLIC STATEMENT" → "Make public statement"; mixed-case names are kept. */
export function sentenceCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The name of a code, else of its nearest parent (0431 → 043 → 04), else null. */
export function nameOf(names: Readonly<Record<string, string>>, code: string | null): string | null {
  for (let c = code ?? ''; c.length >= 2; c = c.slice(0, -1)) {
    const name = names[c];
    if (name !== undefined) return name;
  }
  return null;
}
