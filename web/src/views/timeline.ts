/** The designation timeline: partnership labels and upgrades, memberships, initiatives. */
import type { DesignationJson } from '../api/types.js';
import { allPages, Latest, type Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { dyadPair, recordsQuery, type ViewState } from '../state.js';
import { done, showEmpty, showError, showLoading } from './status.js';

const KIND_LABEL: Record<string, string> = {
  partnership: 'Partnership',
  membership: 'Membership',
  initiative: 'Initiative',
};

export interface TimelineView {
  readonly element: HTMLElement;
  load(state: ViewState, loaded: (list: readonly DesignationJson[]) => void): void;
}

export function createTimeline(ctx: Ctx): TimelineView {
  const body = h('div', { class: 'card-body' });
  const element = h(
    'section',
    { class: 'card', attrs: { id: 'timeline', 'aria-labelledby': 'timeline-title' } },
    h('h2', { attrs: { id: 'timeline-title' } }, 'Designations'),
    h(
      'p',
      { class: 'note' },
      'Partnership labels and upgrades, memberships and initiatives, as the articles state them.',
    ),
    body,
  );
  const latest = new Latest();

  const item = (d: DesignationJson) =>
    h(
      'li',
      { class: `tl-item tl-${d.kind}` },
      h(
        'div',
        { class: 'tl-date' },
        h(
          'time',
          { attrs: { datetime: d.day ?? '' } },
          d.date.precision === 'undated' ? (d.day ?? 'undated') : d.date.value,
        ),
        d.date.precision === 'undated' && d.day !== null
          ? h('span', { class: 'muted small' }, 'article date')
          : null,
      ),
      h(
        'div',
        { class: 'tl-body' },
        h('span', { class: `badge badge-${d.kind}` }, KIND_LABEL[d.kind] ?? d.kind),
        ' ',
        h('strong', {}, d.label),
        d.level && d.level !== d.label ? h('span', { class: 'muted' }, ` — ${d.level}`) : null,
        d.rank !== null ? h('span', { class: 'muted' }, ` (rank ${d.rank} on China’s ladder)`) : null,
        h(
          'div',
          { class: 'muted small' },
          `${d.parties.join(' · ')} — `,
          h('cite', {}, d.article.title ?? d.article.id),
        ),
        h(
          'button',
          {
            class: 'link no-print',
            attrs: { type: 'button' },
            on: {
              click: (e) =>
                ctx.navigate(
                  { designation: `${d.articleId}.${d.ordinal}`, event: '', fact: '' },
                  { opener: e.currentTarget as Element },
                ),
            },
          },
          'Evidence',
        ),
      ),
    );

  const load = (state: ViewState, loaded: (list: readonly DesignationJson[]) => void) => {
    if (!dyadPair(state)) return;
    const signal = latest.start();
    showLoading(body, 'designations');
    allPages<DesignationJson>(ctx.api, '/api/designations', recordsQuery(state), signal).then(
      (list) => {
        loaded(list);
        if (list.length === 0) return showEmpty(body, 'No designations for this dyad in this period.');
        done(body);
        fill(body, h('ol', { class: 'timeline' }, ...list.map(item)));
      },
      (error: unknown) => showError(body, error, () => load(ctx.state(), loaded)),
    );
  };
  return { element, load };
}
