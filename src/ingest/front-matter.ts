/**
 * A YAML-like front matter block at the very start of a text: a `---` line, `key: value` lines,
 * and a closing `---` (or `...`) line. Values may be bare, 'single-quoted' ('' is a quote) or
 * "double-quoted" (with \" \\ \n \t escapes); a bare value ends at ` #` (a comment). Keys are
 * lower-cased. Comment lines, blank lines and indented or `- ` list lines are ignored; any other
 * line means this is not front matter (a Markdown rule, say), and the result is null.
 */
export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  /** The text after the closing line. */
  readonly body: string;
}

/** Splits front matter off a text that already has \n line endings; null when there is none. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return null;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) return null;
  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, end.index).split('\n')) {
    if (/^\s*(?:#.*)?$/.test(line) || /^(?:\s|-\s|-$)/.test(line)) continue;
    const entry = /^([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*)|[ \t]*)$/.exec(line);
    if (!entry) return null;
    const key = (entry[1] ?? '').toLowerCase();
    const value = parseValue(entry[2] ?? '');
    if (value !== '' && !(key in fields)) fields[key] = value;
  }
  const afterClose = end.index + end[0].length;
  const body = rest.slice(rest[afterClose] === '\n' ? afterClose + 1 : afterClose);
  return { fields: Object.freeze(fields), body };
}

function parseValue(raw: string): string {
  const value = raw.trim();
  if (value.startsWith('"')) return doubleQuoted(value);
  if (value.startsWith("'")) return singleQuoted(value);
  return value.replace(/\s+#.*$/, '').trim();
}

function doubleQuoted(value: string): string {
  let out = '';
  for (let i = 1; i < value.length; i++) {
    const char = value[i];
    if (char === '"') return out;
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i] ?? '';
      out += ESCAPES[next] ?? next;
    } else {
      out += char;
    }
  }
  return out;
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '0': '\0' };

function singleQuoted(value: string): string {
  let out = '';
  for (let i = 1; i < value.length; i++) {
    const char = value[i];
    if (char === "'") {
      if (value[i + 1] !== "'") return out;
      i++;
    }
    out += char;
  }
  return out;
}
