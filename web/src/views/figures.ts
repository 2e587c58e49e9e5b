/** The figures: trade, financing, aid, investment... with their periods and evidence. */
import type { FactJson } from '../api/types.js';
import { allPages, Latest, type Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { amount, humanKind, periodText } from '../format.js';
import { dyadPair, recordsQuery, type ViewState } from '../state.js';
import { done, showEmpty, showError, showLoading } from './status.js';

export interface FiguresView {
  readonly element: HTMLElement;
  load(state: ViewState): void;
}

export function createFigures(ctx: Ctx): FiguresView {
  const body = h('div', { class: 'card-body' });
  const element = h(
    'section',
    { class: 'card', attrs: { id: 'figures', 'aria-labelledby': 'figures-title' } },
    h('h2', { attrs: { id: 'figures-title' } }, 'Figures'),
    body,
  );
  const latest = new Latest();

  const row = (f: FactJson) =>
    h(
      'tr',
      {},
      h('th', { attrs: { scope: 'row' } }, humanKind(f.kind)),
      h(
        'td',
        { class: 'num' },
        `${f.qualifier ? `${f.qualifier} ` : ''}${amount(f.value, f.valueEnd, f.unit)}`,
      ),
      h('td', {}, periodText(f.period.value)),
      h('td', {}, f.direction ?? f.parties.join(' · ')),
      h('td', {}, h('cite', {}, f.article.title ?? f.article.id)),
      h(
        'td',
        {},
        h(
          'button',
          {
            class: 'link no-print',
            attrs: {
              type: 'button',
              'aria-label': `Evidence for ${humanKind(f.kind)} ${periodText(f.period.value)}`,
            },
            on: {
              click: (e) =>
                ctx.navigate(
                  { fact: `${f.articleId}.${f.ordinal}`, event: '', designation: '' },
                  { opener: e.currentTarget as Element },
                ),
            },
          },
          'Evidence',
        ),
      ),
    );

  const load = (state: ViewState) => {
    if (!dyadPair(state)) return;
    const signal = latest.start();
    showLoading(body, 'figures');
    allPages<FactJson>(ctx.api, '/api/facts', recordsQuery(state), signal).then(
      (list) => {
        if (list.length === 0) return showEmpty(body, 'No figures for this dyad in this period.');
        done(body);
        const sorted = [...list].sort(
          (x, y) =>
            x.kind.localeCompare(y.kind) || (x.period.start ?? '').localeCompare(y.period.start ?? ''),
        );
        fill(
          body,
          h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'data' },
              h('caption', { class: 'sr-only' }, 'Figures stated in the articles'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...['Figure', 'Amount', 'Period', 'Direction', 'Article', ''].map((t) =>
                    h('th', { attrs: { scope: 'col' } }, t),
                  ),
                ),
              ),
              h('tbody', {}, ...sorted.map(row)),
            ),
          ),
        );
      },
      (error: unknown) => showError(body, error, () => load(ctx.state())),
    );
  };
  return { element, load };
}
