/**
 * The dashboard: lays out the views, keeps the view state in the URL (pushState; back and
 * forward re-render from the URL) and reloads only the parts whose inputs changed.
 */
import { ApiFailure, type Api } from './api/client.js';
import type { Ctx, NavigateOptions } from './context.js';
import { fill, h } from './dom.js';
import { dyadPair, keys, parseState, toSearch, update, type ViewState } from './state.js';
import { createArticle } from './views/article.js';
import { createOverview } from './views/charts.js';
import { createEvents } from './views/events.js';
import { createPanel } from './views/evidence.js';
import { createFigures } from './views/figures.js';
import { createHeader } from './views/header.js';
import { createLanding } from './views/landing.js';
import { createMap } from './views/map.js';
import { createTimeline } from './views/timeline.js';

export interface AppOptions {
  readonly api: Api;
  readonly cameo: Readonly<Record<string, string>>;
}

export function startApp(root: HTMLElement, options: AppOptions): void {
  let state: ViewState = parseState(location.search);
  const loaded = { overview: '', records: '', events: '', map: '' };

  // Refused parameters are marked on their form fields as well as reported where they failed.
  const api: Api = {
    get: <T>(path: string, query?: Readonly<Record<string, string>>, signal?: AbortSignal) =>
      options.api.get<T>(path, query, signal).catch((error: unknown) => {
        if (error instanceof ApiFailure && error.status === 400 && error.parameter) {
          ctx.invalid(error.parameter, error.message);
        }
        throw error;
      }),
  };

  const ctx: Ctx = {
    api,
    cameo: options.cameo,
    state: () => state,
    navigate,
    openList: (title, load, opener) => panel.openList(title, load, opener),
    invalid: (parameter, message) => {
      if (!header.invalid(parameter, message)) events.invalid(parameter, message);
    },
  };

  const header = createHeader(ctx);
  const overview = createOverview(ctx);
  const timeline = createTimeline(ctx);
  const figures = createFigures(ctx);
  const events = createEvents(ctx);
  const map = createMap(ctx);
  const panel = createPanel(ctx);
  const article = createArticle(ctx);
  const landing = createLanding(ctx);

  const title = h('h1', { attrs: { id: 'dyad-title', tabindex: -1 } }, 'Dyad');
  const subtitle = h('p', { class: 'subtitle muted' });
  const sectionNav = h(
    'nav',
    { class: 'sections', attrs: { 'aria-label': 'Sections' } },
    h(
      'ul',
      {},
      ...[
        ['overview', 'Over time'],
        ['timeline', 'Designations'],
        ['figures', 'Figures'],
        ['events', 'Events'],
        ['map', 'Map'],
      ].map(([id, text]) => h('li', {}, h('a', { attrs: { href: `#${id}` } }, text ?? ''))),
    ),
  );
  const dashboard = h(
    'div',
    { class: 'dashboard', attrs: { id: 'dashboard' } },
    sectionNav,
    overview.element,
    h('div', { class: 'two' }, timeline.element, figures.element),
    events.element,
    map.element,
  );
  const main = h(
    'main',
    { attrs: { id: 'main', tabindex: -1 } },
    title,
    subtitle,
    landing.element,
    dashboard,
    article.element,
  );

  fill(
    root,
    h('a', { class: 'skip', attrs: { href: '#main' } }, 'Skip to the content'),
    header.element,
    main,
    panel.element,
    h(
      'footer',
      { class: 'foot muted small' },
      'Dyad — events coded with CAMEO/PLOVER from the articles stored in this database. Map land from GeoNames (CC BY 4.0). ',
      h('a', { attrs: { href: '/openapi.json' } }, 'API description'),
    ),
  );

  function setTitle(s: ViewState): void {
    const pair = dyadPair(s);
    if (!pair) {
      title.textContent = 'Dyad';
      document.title = 'Dyad';
      subtitle.textContent = '';
      return;
    }
    const [a, b] = pair.map((k) => header.nameOf(k) ?? k);
    const arrow = s.direction === 'ab' ? '→' : s.direction === 'ba' ? '←' : '–';
    title.textContent = `${a} ${arrow} ${b}`;
    document.title = `${pair[0]}–${pair[1]} · Dyad`;
    const range = s.from || s.to ? `${s.from || 'the start'} to ${s.to || 'today'}` : 'all dates';
    subtitle.textContent = `${pair[0]} and ${pair[1]}, ${range}, by ${s.interval}`;
  }

  function render(next: ViewState, opener: Element | null): void {
    const before = state;
    state = next;
    header.show(next);
    events.show(next);
    const pair = dyadPair(next);
    const showArticle = next.article !== '';
    const showDashboard = !showArticle && pair !== null;
    const wasDashboard = !dashboard.hidden;
    dashboard.hidden = !showDashboard;
    landing.element.hidden = showArticle || pair !== null;
    article.element.hidden = !showArticle;
    title.hidden = showArticle;
    subtitle.hidden = showArticle;
    setTitle(next);
    if (pair) header.names(pair, () => setTitle(state));
    if (next.dyad !== '' && !pair) {
      header.invalid('dyad', `must be two actor keys joined by "-", like CHN-BLR; got "${next.dyad}"`);
    }
    if (!landing.element.hidden && !landing.element.dataset.loaded) {
      landing.element.dataset.loaded = 'yes';
      landing.load();
    }
    if (
      showArticle &&
      (before.article !== next.article ||
        before.sentence !== next.sentence ||
        !article.element.dataset.loaded)
    ) {
      article.element.dataset.loaded = 'yes';
      article.load(next);
    }
    if (pair) {
      if (loaded.overview !== keys.overview(next)) {
        loaded.overview = keys.overview(next);
        overview.load(next);
      }
      if (loaded.records !== keys.records(next)) {
        loaded.records = keys.records(next);
        timeline.load(next, (list) => overview.setDesignations(list));
        figures.load(next);
      }
      if (loaded.events !== keys.events(next)) {
        loaded.events = keys.events(next);
        events.load(next);
      }
      if (loaded.map !== keys.map(next)) {
        loaded.map = keys.map(next);
        map.load(next);
      }
    }
    if (showDashboard && !wasDashboard) {
      overview.resize();
      if (before.article !== '' && !next.event) title.focus();
    }
    panel.show(next, opener);
  }

  function navigate(patch: Partial<ViewState>, opts: NavigateOptions = {}): void {
    const next = update(state, patch);
    const search = toSearch(next);
    if (search === toSearch(state)) return;
    const url = `${location.pathname}${search}`;
    if (opts.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    render(next, opts.opener ?? null);
  }

  window.addEventListener('popstate', () => {
    const next = parseState(location.search);
    if (toSearch(next) !== toSearch(state)) render(next, null);
  });
  window.addEventListener('resize', () => overview.resize());
  window.addEventListener('beforeprint', () => overview.resize());
  render(state, null);
}
