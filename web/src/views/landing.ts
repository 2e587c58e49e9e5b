/** Shown before a dyad is chosen: what the database holds and its most active actors. */
import type { Actors, Stats } from '../api/types.js';
import { Latest, type Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { done, showError, showLoading } from './status.js';

export interface LandingView {
  readonly element: HTMLElement;
  load(): void;
}

export function createLanding(ctx: Ctx): LandingView {
  const body = h('div', { class: 'card-body' });
  const element = h(
    'section',
    { class: 'card landing', attrs: { id: 'landing', 'aria-labelledby': 'landing-title' } },
    h('h2', { attrs: { id: 'landing-title', tabindex: -1 } }, 'Choose a dyad'),
    h(
      'p',
      {},
      'Pick two actors above (a country code such as CHN, or a name), then Show. Or start from one of the most reported actors below.',
    ),
    body,
  );
  const latest = new Latest();
  const load = () => {
    const signal = latest.start();
    showLoading(body, 'the database summary');
    Promise.all([
      ctx.api.get<Stats>('/api/stats', { top: '10' }, signal),
      ctx.api.get<Actors>('/api/actors', { limit: '12' }, signal),
    ]).then(
      ([stats, actors]) => {
        done(body);
        const c = stats.counts;
        const top = actors.items.filter((i) => i.kind !== 'actor' && i.events > 0);
        const first = top[0];
        fill(
          body,
          h(
            'p',
            {},
            `The database holds ${c.articles} articles, ${c.events} events, ${c.facts} figures and ${c.designations} designations`,
            stats.articleDates
              ? `, published ${stats.articleDates.first} to ${stats.articleDates.last}.`
              : '.',
          ),
          top.length > 1 && first
            ? h(
                'div',
                {},
                h('h3', {}, 'Most reported actors'),
                h(
                  'ul',
                  { class: 'chips' },
                  ...top.slice(1).map((other) =>
                    h(
                      'li',
                      {},
                      h(
                        'button',
                        {
                          class: 'chip',
                          attrs: { type: 'button' },
                          on: { click: () => ctx.navigate({ dyad: `${first.code}-${other.code}` }) },
                        },
                        `${first.name ?? first.code} – ${other.name ?? other.code}`,
                      ),
                    ),
                  ),
                ),
              )
            : h('p', { class: 'state state-empty' }, 'No events yet: ingest articles with `dyad ingest`.'),
        );
      },
      (error: unknown) => showError(body, error, load),
    );
  };
  return { element, load };
}
