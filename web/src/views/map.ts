/**
 * Where the events happened: an equirectangular SVG map, drawn offline over a coarse land
 * grid built from GeoNames places (see land.ts), with a graticule every 30°. One circle per
 * place (area ∝ events); circles are focusable buttons, and a table lists the same places.
 */
import land from 'virtual:dyad-land';
import type { EventJson } from '../api/types.js';
import { allPages, Latest, type Ctx } from '../context.js';
import { fill, h, svg } from '../dom.js';
import { landPath } from '../land.js';
import { fitView, places, round, type Place } from '../places.js';
import { dyadPair, eventsQuery, type ViewState } from '../state.js';
import { done, showEmpty, showError, showLoading } from './status.js';

export interface MapView {
  readonly element: HTMLElement;
  load(state: ViewState): void;
}

export function createMap(ctx: Ctx): MapView {
  const body = h('div', { class: 'card-body' });
  const element = h(
    'section',
    { class: 'card', attrs: { id: 'map', 'aria-labelledby': 'map-title' } },
    h('h2', { attrs: { id: 'map-title' } }, 'Where'),
    h(
      'p',
      { class: 'note' },
      'Event locations (the events table’s filters apply). Land is sketched from GeoNames towns of 15,000+ people (CC BY 4.0); it is not a coastline.',
    ),
    body,
  );
  const latest = new Latest();
  const land$ = landPath(land);

  const openPlace = (p: Place, opener: Element) =>
    ctx.openList(`Events in ${p.name}`, () => Promise.resolve(p.events), opener);

  const draw = (list: readonly Place[], located: number, total: number) => {
    const [x, y, w, hh] = fitView(list);
    /** User units per screen pixel, for a map about 1,200 pixels wide. */
    const px = w / 1200;
    const graticule: SVGElement[] = [];
    for (let lon = -150; lon <= 150; lon += 30) {
      graticule.push(svg('line', { x1: lon + 180, x2: lon + 180, y1: 0, y2: 180 }));
    }
    for (let lat = -60; lat <= 60; lat += 30) {
      graticule.push(svg('line', { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat }));
    }
    const max = Math.max(1, ...list.map((p) => p.events.length));
    const dots = list.map((p) => {
      const n = p.events.length;
      const label = `${p.name}${p.country ? `, ${p.country}` : ''}: ${n} event${n === 1 ? '' : 's'}`;
      const dot = svg(
        'circle',
        {
          class: 'place',
          cx: round(p.lon + 180),
          cy: round(90 - p.lat),
          r: round((5 + 13 * Math.sqrt(n / max)) * px),
          tabindex: 0,
          role: 'button',
          'aria-label': label,
          'data-place': p.name,
        },
        svg('title', {}, label),
      );
      dot.addEventListener('click', () => openPlace(p, dot));
      dot.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          openPlace(p, dot);
        }
      });
      return dot;
    });
    // Names of the largest places, skipping those too close to a name already shown.
    const named: Place[] = [];
    for (const p of list) {
      if (named.length >= 12) break;
      if (named.every((q) => Math.abs(q.lon - p.lon) > 160 * px || Math.abs(q.lat - p.lat) > 30 * px))
        named.push(p);
    }
    const names = named.map((p) =>
      svg(
        'text',
        {
          x: round(p.lon + 180),
          y: round(90 - p.lat - (10 + 13 * Math.sqrt(p.events.length / max)) * px),
          'font-size': round(14 * px),
          'aria-hidden': 'true',
        },
        p.name,
      ),
    );
    fill(
      body,
      svg(
        'svg',
        {
          class: 'worldmap',
          viewBox: `${x} ${y} ${w} ${hh}`,
          role: 'group',
          'aria-label': `Map of ${list.length} event locations`,
          preserveAspectRatio: 'xMidYMid meet',
        },
        svg('rect', { class: 'sea', x: 0, y: 0, width: 360, height: 180 }),
        svg('path', { class: 'land', d: land$ }),
        svg('g', { class: 'graticule', 'stroke-width': round(1 * px) }, ...graticule),
        svg('g', { class: 'places', 'stroke-width': round(1.5 * px) }, ...dots),
        svg('g', { class: 'place-names', 'stroke-width': round(3 * px) }, ...names),
      ),
      h(
        'p',
        { class: 'muted small' },
        `${located} of ${total} events have a location.`,
        total >= 5000 ? ' (Only the first 5,000 events are mapped.)' : '',
      ),
      h(
        'details',
        {},
        h('summary', {}, `Places (${list.length})`),
        h(
          'table',
          { class: 'data' },
          h('caption', { class: 'sr-only' }, 'Event locations'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...['Place', 'Country', 'Events', ''].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            ...list.map((p) =>
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'row' } }, p.name),
                h('td', {}, p.country ?? '—'),
                h('td', { class: 'num' }, p.events.length),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    {
                      class: 'link',
                      attrs: { type: 'button' },
                      on: { click: (e) => openPlace(p, e.currentTarget as Element) },
                    },
                    'Events',
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const load = (state: ViewState) => {
    if (!dyadPair(state)) return;
    const signal = latest.start();
    showLoading(body, 'the map');
    const { cursor: _c, limit: _l, ...query } = eventsQuery(state, 1000);
    allPages<EventJson>(ctx.api, '/api/events', query, signal).then(
      (events) => {
        const list = places(events);
        if (events.length === 0) return showEmpty(body, 'No events to map.');
        done(body);
        if (list.length === 0) {
          return showEmpty(body, `None of the ${events.length} events has a known location.`);
        }
        const located = list.reduce((n, p) => n + p.events.length, 0);
        draw(list, located, events.length);
      },
      (error: unknown) => showError(body, error, () => load(ctx.state())),
    );
  };
  return { element, load };
}
