/**
 * One stored article: its title and text (always as text, never as HTML), the chosen sentence
 * marked and scrolled to, and the events coded in it.
 */
import type { ArticleDetail } from '../api/types.js';
import { Latest, type Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import type { ViewState } from '../state.js';
import { eventLabel } from './events.js';
import { safeHref } from './evidence.js';
import { showError, showLoading } from './status.js';

export interface ArticleView {
  readonly element: HTMLElement;
  load(state: ViewState): void;
}

export function createArticle(ctx: Ctx): ArticleView {
  const body = h('div', { class: 'card-body' });
  const back = h(
    'button',
    {
      class: 'secondary',
      attrs: { type: 'button' },
      on: { click: () => ctx.navigate({ article: '', sentence: '' }) },
    },
    '← Back to the dashboard',
  );
  const element = h(
    'section',
    { class: 'card article-view', attrs: { id: 'article', 'aria-label': 'Article' } },
    back,
    body,
  );
  const latest = new Latest();

  const render = (d: ArticleDetail, sentence: number | null) => {
    const a = d.article;
    const text = a.text;
    const parts: Node[] = [];
    let pos = 0;
    let target: HTMLElement | null = null;
    for (const s of d.sentences) {
      if (s.start < pos || s.end > text.length) continue;
      if (s.start > pos) parts.push(document.createTextNode(text.slice(pos, s.start)));
      const el = h(
        'span',
        { class: s.index === sentence ? 'sent sent-target' : 'sent', attrs: { 'data-sentence': s.index } },
        text.slice(s.start, s.end),
      );
      if (s.index === sentence) {
        el.setAttribute('tabindex', '-1');
        target = el;
      }
      parts.push(el);
      pos = s.end;
    }
    if (pos < text.length) parts.push(document.createTextNode(text.slice(pos)));
    const href = safeHref(a.url);
    const heading = h('h2', { attrs: { id: 'article-title', tabindex: -1 } }, a.title ?? 'Untitled article');
    fill(
      body,
      heading,
      h(
        'p',
        { class: 'muted' },
        [a.published ? `Published ${a.published}` : 'Undated', a.source ?? ''].filter(Boolean).join(' · '),
        href ? ' · ' : '',
        href ? h('a', { attrs: { href, rel: 'noopener noreferrer', target: '_blank' } }, 'Original ↗') : null,
      ),
      h('div', { class: 'article-text' }, ...parts),
      d.events.length > 0
        ? h(
            'section',
            { attrs: { 'aria-labelledby': 'article-events' } },
            h('h3', { attrs: { id: 'article-events' } }, `Events coded in this article (${d.events.length})`),
            h(
              'ul',
              { class: 'plain' },
              ...d.events.map((r) =>
                h(
                  'li',
                  {},
                  h(
                    'button',
                    {
                      class: 'link',
                      attrs: { type: 'button' },
                      on: {
                        click: (e) =>
                          ctx.navigate({ event: r.eventId }, { opener: e.currentTarget as Element }),
                      },
                    },
                    eventLabel(r.event, ctx.cameo),
                  ),
                  ` — ${r.event.evidence.text}`,
                ),
              ),
            ),
          )
        : null,
    );
    const focus = target ?? heading;
    focus.focus({ preventScroll: true });
    focus.scrollIntoView({ block: 'center' });
  };

  const load = (state: ViewState) => {
    const signal = latest.start();
    showLoading(body, 'the article');
    const sentence = /^\d+$/.test(state.sentence) ? Number(state.sentence) : null;
    ctx.api
      .get<ArticleDetail>(`/api/articles/${encodeURIComponent(state.article)}`, {}, signal)
      .then((d) => render(d, sentence))
      .catch((error: unknown) => showError(body, error, () => load(ctx.state())));
  };
  return { element, load };
}
