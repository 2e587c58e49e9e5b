/**
 * The evidence panel (a modal <dialog>): the sentence an event, a figure or a designation was
 * read from, with the actor, event-word, date and place spans highlighted, the rule that fired,
 * the dictionary version, and links to the article. Escape or the Close button closes it and
 * focus returns to what opened it. Opened from a chart period or a place, it also lists that
 * period's (place's) events.
 */
import { ApiFailure, isAbort } from '../api/client.js';
import type { ArticleDetail, ArticleRef, EventDetail, EventJson, EventReport } from '../api/types.js';
import { actorLabel } from '../actors.js';
import { Latest, type Ctx } from '../context.js';
import { fill, h, type Child } from '../dom.js';
import { QUAD_NAMES, amount, humanKind, periodText, ruleText, shortHash, signed } from '../format.js';
import { recordRef, toSearch, update, type ViewState } from '../state.js';
import { eventLabel } from './events.js';
import { legend, sentenceElement } from './sentence.js';
import { showEmpty, showError, showLoading } from './status.js';

export interface PanelView {
  readonly element: HTMLDialogElement;
  /** Opens, updates or closes the panel to match the state. */
  show(state: ViewState, opener: Element | null): void;
  openList(title: string, load: (signal: AbortSignal) => Promise<EventJson[]>, opener: Element | null): void;
}

/** A link only for web addresses (never javascript: or data: URLs from an article). */
export function safeHref(url: string | null): string | null {
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}

function meta(rows: readonly (readonly [string, Child])[]): HTMLElement {
  return h('dl', { class: 'meta' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));
}

export function createPanel(ctx: Ctx): PanelView {
  const title = h('h2', { attrs: { id: 'panel-title', tabindex: -1 } }, 'Evidence');
  const closeButton = h(
    'button',
    { class: 'close', attrs: { type: 'button', 'aria-label': 'Close the evidence panel' } },
    'Close ✕',
  );
  const list = h('nav', { class: 'panel-list', attrs: { 'aria-label': 'Events' } });
  const body = h('div', { class: 'panel-body' });
  const element = h(
    'dialog',
    { class: 'panel', attrs: { id: 'evidence-panel', 'aria-labelledby': 'panel-title' } },
    h('header', { class: 'panel-head' }, title, closeButton),
    list,
    body,
  );
  const latest = new Latest();
  const listLoad = new Latest();
  let opener: Element | null = null;
  let listed: EventJson[] | null = null;
  let closing = false;
  let shown = '';

  const articleLinks = (article: ArticleRef | null, sentence: number | null): HTMLElement | null => {
    if (!article) return null;
    const target = update(ctx.state(), {
      article: article.id,
      sentence: sentence === null ? '' : String(sentence),
      event: '',
      fact: '',
      designation: '',
    });
    const href = safeHref(article.url);
    return h(
      'p',
      { class: 'links' },
      h(
        'a',
        {
          attrs: { href: toSearch(target) || '?' },
          on: {
            click: (e) => {
              e.preventDefault();
              ctx.navigate({
                article: target.article,
                sentence: target.sentence,
                event: '',
                fact: '',
                designation: '',
              });
            },
          },
        },
        'Read it in the article',
      ),
      href ? ' · ' : null,
      href
        ? h('a', { attrs: { href, rel: 'noopener noreferrer', target: '_blank' } }, 'Original source ↗')
        : null,
    );
  };

  const source = (article: ArticleRef | null) =>
    article
      ? h(
          'p',
          { class: 'source' },
          h('cite', {}, article.title ?? 'Untitled article'),
          article.published ? ` — ${article.published}` : '',
        )
      : null;

  const report = (r: EventReport): HTMLElement => {
    const sentence = r.sentence
      ? sentenceElement(r.sentence.text, r.sentence.start, r.highlights)
      : h('blockquote', { class: 'sentence' }, r.event.evidence.text);
    return h(
      'figure',
      { class: 'report' },
      sentence,
      h(
        'figcaption',
        {},
        source(r.article),
        h(
          'p',
          { class: 'rule' },
          'Rule ',
          h('code', {}, ruleText(r.event.rule.id)),
          ' · dictionary version ',
          h('code', { attrs: { title: r.event.rule.dictionary } }, shortHash(r.event.rule.dictionary)),
        ),
        articleLinks(r.article, r.sentence?.index ?? null),
      ),
    );
  };

  const showEvent = (detail: EventDetail) => {
    const e = detail.event;
    const kinds = detail.mentions.flatMap((m) => m.highlights.map((x) => x.kind));
    fill(
      body,
      h('h3', { class: 'event-title' }, eventLabel(e, ctx.cameo)),
      meta([
        ['Date', e.date ? `${e.date.value} (${e.date.precision})` : 'undated'],
        ['Source', e.sources.map(actorLabel).join(', ') || '—'],
        ['Target', e.targets.map(actorLabel).join(', ') || '—'],
        ['Quad class', e.quad ? `${e.quad} ${QUAD_NAMES[e.quad]}` : '—'],
        ['Goldstein', signed(e.goldstein)],
        ['PLOVER', [e.plover.type, e.plover.mode].filter(Boolean).join(' / ') || '—'],
        ['Modality', e.modality],
        [
          'Place',
          e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '—',
        ],
        [
          'Reports',
          `${e.counts.mentions} in ${e.counts.articles} article${e.counts.articles === 1 ? '' : 's'}`,
        ],
      ]),
      detail.mentions.length > 0 ? legend(kinds) : null,
      ...detail.mentions.map(report),
      detail.mentions.length === 0
        ? h(
            'figure',
            { class: 'report' },
            h('blockquote', { class: 'sentence' }, e.evidence?.text ?? 'No text stored for this event.'),
            h(
              'figcaption',
              {},
              `Imported from ${e.dataset}${e.externalId ? ` (${e.externalId})` : ''}`,
              safeHref(e.sourceUrl)
                ? h(
                    'p',
                    {},
                    h(
                      'a',
                      {
                        attrs: {
                          href: safeHref(e.sourceUrl) as string,
                          rel: 'noopener noreferrer',
                          target: '_blank',
                        },
                      },
                      'Original source ↗',
                    ),
                  )
                : null,
            ),
          )
        : null,
    );
  };

  const showRecord = (kind: 'fact' | 'designation', detail: ArticleDetail, ordinal: number) => {
    const record =
      kind === 'fact'
        ? detail.facts.find((f) => f.ordinal === ordinal)
        : detail.designations.find((d) => d.ordinal === ordinal);
    if (!record) throw new ApiFailure(404, kind, `no ${kind} ${ordinal} in this article`);
    const sentence = detail.sentences.find((s) => s.index === record.sentence);
    const spans = [{ kind: 'evidence', start: record.evidence.start, end: record.evidence.end }];
    const ref: ArticleRef = {
      id: detail.article.id,
      title: detail.article.title,
      url: detail.article.url,
      published: detail.article.published,
    };
    const rows: [string, Child][] =
      'value' in record
        ? [
            [
              'Amount',
              `${record.qualifier ? `${record.qualifier} ` : ''}${amount(record.value, record.valueEnd, record.unit)}`,
            ],
            ['Period', periodText(record.period.value)],
            ['Parties', record.parties.join(' · ')],
            ['Direction', record.direction ?? '—'],
            ['Rule', h('code', {}, record.rule.id)],
            ['Parties from', record.rule.partiesFrom],
          ]
        : [
            ['Kind', humanKind(record.kind)],
            ['Level', record.level ?? '—'],
            ['Rank', record.rank === null ? '—' : String(record.rank)],
            ['Date', `${record.date.value} (${record.date.precision})`],
            ['Parties', record.parties.join(' · ')],
            ['Rule', h('code', {}, record.rule.id)],
          ];
    fill(
      body,
      h(
        'h3',
        { class: 'event-title' },
        'value' in record ? `${humanKind(record.kind)}` : `${humanKind(record.kind)}: ${record.label}`,
      ),
      meta(rows),
      legend(['evidence']),
      h(
        'figure',
        { class: 'report' },
        sentence
          ? sentenceElement(sentence.text, sentence.start, spans)
          : h('blockquote', { class: 'sentence' }, record.evidence.text),
        h('figcaption', {}, source(ref), articleLinks(ref, record.sentence)),
      ),
    );
  };

  const drawList = (title_: string, events: EventJson[], current: string) => {
    fill(
      list,
      h('h3', {}, title_),
      h(
        'ul',
        {},
        ...events.map((e) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                class: 'link',
                attrs: {
                  type: 'button',
                  'aria-current': e.id === current ? 'true' : null,
                  'data-event': e.id,
                },
                on: {
                  click: (ev) =>
                    ctx.navigate({ event: e.id }, { replace: true, opener: ev.currentTarget as Element }),
                },
              },
              `${e.date?.value ?? 'undated'} · ${eventLabel(e, ctx.cameo)}`,
            ),
          ),
        ),
      ),
    );
  };
  let listTitle = '';

  /** Set while the panel is open, until `settle` has tidied up after it. */
  let unsettled = false;

  const open = (from: Element | null) => {
    if (element.open) return;
    opener = from ?? document.activeElement;
    unsettled = true;
    element.showModal();
    title.focus();
  };

  /**
   * What follows a close: the list and loads are dropped, the URL loses the record (unless the
   * state closed the panel), and focus goes back. Run at once by a close the reader asked for, so
   * the URL and focus change with the panel, and again by the `close` event (a task later), which
   * then finds nothing left to do.
   */
  const settle = () => {
    if (!unsettled) return;
    unsettled = false;
    listed = null;
    fill(list);
    shown = '';
    latest.start();
    listLoad.start();
    const back = opener;
    opener = null;
    if (!closing) {
      const s = ctx.state();
      if (s.event || s.fact || s.designation) ctx.navigate({ event: '', fact: '', designation: '' });
    }
    // Back to what opened the panel; when that is gone (or it was opened by a link), the page title.
    const target =
      (back instanceof HTMLElement || back instanceof SVGElement) &&
      back.isConnected &&
      back !== document.body
        ? back
        : document.querySelector<HTMLElement>('main h1:not([hidden]), main h2[tabindex]');
    target?.focus();
  };

  /** Escape, the Close button or a click on the backdrop. */
  const dismiss = () => {
    if (!element.open) return;
    element.close();
    settle();
  };

  /** A close the state asks for: the URL already has no record. */
  const close = () => {
    closing = true;
    dismiss();
    closing = false;
  };

  // A close the panel did not see coming (a form, the browser); stale after a quick reopen.
  element.addEventListener('close', () => {
    if (!element.open) settle();
  });
  element.addEventListener('cancel', (e) => {
    e.preventDefault();
    dismiss();
  });
  closeButton.addEventListener('click', dismiss);
  // Tab and Shift+Tab cycle inside the panel (the page behind it is inert).
  element.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const focusable = [
      ...element.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, summary'),
    ].filter((el) => el.getClientRects().length > 0);
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || active === title)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });
  // A click on the backdrop (outside the panel's box) closes it too.
  element.addEventListener('click', (e) => {
    if (e.target !== element) return;
    const r = element.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dismiss();
  });

  const show = (state: ViewState, from: Element | null) => {
    const key = JSON.stringify([state.event, state.fact, state.designation]);
    if (!state.event && !state.fact && !state.designation) {
      if (listed === null) close();
      return;
    }
    if (key === shown && element.open) return;
    shown = key;
    open(from);
    if (listed && !listed.some((e) => e.id === state.event)) {
      listed = null;
      fill(list);
    }
    if (listed) drawList(listTitle, listed, state.event);
    const signal = latest.start();
    showLoading(body, 'the evidence');
    const fail = (error: unknown) => {
      if (!isAbort(error))
        showError(body, error, () => {
          shown = '';
          show(ctx.state(), null);
        });
    };
    if (state.event) {
      title.textContent = 'Evidence';
      ctx.api
        .get<EventDetail>(`/api/events/${encodeURIComponent(state.event)}`, {}, signal)
        .then(showEvent, fail);
      return;
    }
    const kind = state.fact ? 'fact' : 'designation';
    title.textContent = kind === 'fact' ? 'Evidence for a figure' : 'Evidence for a designation';
    const ref = recordRef(state.fact || state.designation);
    if (!ref) {
      fail(new ApiFailure(400, kind, 'must be an article id and an ordinal, like 0123…abcd.2'));
      return;
    }
    ctx.api
      .get<ArticleDetail>(`/api/articles/${ref.articleId}`, {}, signal)
      .then((detail) => showRecord(kind, detail, ref.ordinal))
      .catch(fail);
  };

  const openList = (
    title_: string,
    load: (signal: AbortSignal) => Promise<EventJson[]>,
    from: Element | null,
  ) => {
    const signal = listLoad.start();
    listed = [];
    listTitle = title_;
    open(from);
    title.textContent = 'Evidence';
    fill(list, h('h3', {}, title_));
    showLoading(body, 'the events');
    load(signal).then(
      (events) => {
        if (signal.aborted) return;
        listed = events;
        const first = events[0];
        if (!first) {
          showEmpty(body, 'No events here.');
          return;
        }
        drawList(title_, events, first.id);
        shown = '';
        ctx.navigate({ event: first.id, fact: '', designation: '' }, { opener: from });
      },
      (error: unknown) => {
        if (!isAbort(error)) showError(body, error, null);
      },
    );
  };

  return { element, show, openList };
}
