/**
 * The dashboard's view as plain data, and its round trip through the URL's query string,
 * so that any view can be shared and back/forward walks through the views. Values are kept
 * as the strings the user (or a link) gave: the API validates them and the dashboard shows
 * its refusal next to the field, rather than silently dropping a bad value.
 */

export interface ViewState {
  /** Two actor keys joined by "-", source first ("CHN-BLR"); "" when none is chosen. */
  readonly dyad: string;
  /** both | ab | ba. */
  readonly direction: string;
  readonly interval: string;
  readonly from: string;
  readonly to: string;
  /** Event filters. */
  readonly root: string;
  readonly quad: string;
  /** A comma list of modalities; "" means all. */
  readonly modality: string;
  readonly q: string;
  /** Events page: the cursor of the page shown ("" = first page). */
  readonly cursor: string;
  /** The evidence panel: an event id, or a fact/designation as "articleId.ordinal". */
  readonly event: string;
  readonly fact: string;
  readonly designation: string;
  /** The article view (replaces the dashboard while set), scrolled to a sentence. */
  readonly article: string;
  readonly sentence: string;
}

export const DEFAULTS: ViewState = Object.freeze({
  dyad: '',
  direction: 'both',
  interval: 'quarter',
  from: '',
  to: '',
  root: '',
  quad: '',
  modality: '',
  q: '',
  cursor: '',
  event: '',
  fact: '',
  designation: '',
  article: '',
  sentence: '',
});

/** URL parameter order (stable links). */
const KEYS = Object.keys(DEFAULTS) as (keyof ViewState)[];

export function parseState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const out: Record<string, string> = { ...DEFAULTS };
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null && value.trim() !== '') out[key] = value.trim();
  }
  return Object.freeze(out) as unknown as ViewState;
}

/** The query string for a state ("" for the default view); defaults are left out. */
export function toSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    if (state[key] !== DEFAULTS[key]) params.set(key, state[key]);
  }
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** Keys whose change restarts the events listing at its first page. */
const LISTING_KEYS: readonly (keyof ViewState)[] = [
  'dyad',
  'direction',
  'from',
  'to',
  'root',
  'quad',
  'modality',
  'q',
];

/**
 * A new state with `patch` applied: changing the dyad or a filter drops the page cursor;
 * changing the dyad also closes the evidence panel and the article.
 */
export function update(state: ViewState, patch: Partial<ViewState>): ViewState {
  const next: ViewState = { ...state, ...patch };
  const changed = (k: keyof ViewState) => next[k] !== state[k];
  const reset: Partial<Record<keyof ViewState, string>> = {};
  if (LISTING_KEYS.some(changed) && !('cursor' in patch)) reset.cursor = '';
  if (changed('dyad')) {
    for (const k of ['event', 'fact', 'designation', 'article', 'sentence'] as const) {
      if (!(k in patch)) reset[k] = '';
    }
  }
  return Object.freeze({ ...next, ...reset });
}

/** The two actor keys of the dyad, or null when it is not two keys like CHN-BLR. */
export function dyadPair(state: ViewState): [string, string] | null {
  const m = /^([A-Z][A-Z0-9]{2,15})-([A-Z][A-Z0-9]{2,15})$/.exec(state.dyad);
  return m ? [m[1] as string, m[2] as string] : null;
}

/** Only the parameters that are set (the API refuses empty ones). */
function compact(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v !== '') out[k] = v;
  return out;
}

const direction = (s: ViewState) => (s.direction === 'both' ? '' : s.direction);

/** Query of the dyad's series and index. */
export function seriesQuery(s: ViewState): Record<string, string> {
  return compact({ interval: s.interval, from: s.from, to: s.to, direction: direction(s) });
}

/** Query of the dyad's facts and designations (period overlaps the range). */
export function recordsQuery(s: ViewState): Record<string, string> {
  return compact({ dyad: s.dyad, from: s.from, to: s.to });
}

/** Query of the events listing (one page). */
export function eventsQuery(s: ViewState, limit: number): Record<string, string> {
  return compact({
    dyad: s.dyad,
    direction: direction(s),
    from: s.from,
    to: s.to,
    root: s.root,
    quad: s.quad,
    modality: s.modality,
    q: s.q,
    cursor: s.cursor,
    limit: String(limit),
  });
}

/** Identity of what each part of the dashboard shows: reload a part only when its key changes. */
export const keys = {
  overview: (s: ViewState) => JSON.stringify([s.dyad, s.direction, s.interval, s.from, s.to]),
  records: (s: ViewState) => JSON.stringify([s.dyad, s.from, s.to]),
  events: (s: ViewState) => JSON.stringify(LISTING_KEYS.map((k) => s[k]).concat(s.cursor)),
  map: (s: ViewState) => JSON.stringify(LISTING_KEYS.map((k) => s[k])),
  panel: (s: ViewState) => JSON.stringify([s.event, s.fact, s.designation]),
};

/** "articleId.ordinal" → its parts, or null. */
export function recordRef(value: string): { articleId: string; ordinal: number } | null {
  const m = /^([0-9a-f]{32})\.(\d{1,6})$/.exec(value);
  return m ? { articleId: m[1] as string, ordinal: Number(m[2]) } : null;
}
