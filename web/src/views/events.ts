/**
 * The event table: filters (root, quad class, modality, text; the dyad, direction and dates
 * come from the header), one page at a time with the API's cursor, and a row per event that
 * opens the evidence panel (click, or Enter on its button).
 */
import type { EventJson, EventsPage } from '../api/types.js';
import { actorsLabel } from '../actors.js';
import { nameOf } from '../cameo-table.js';
import { Latest, type Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { MODALITIES, QUAD_NAMES, signed } from '../format.js';
import { dyadPair, eventsQuery, type ViewState } from '../state.js';
import { done, showEmpty, showError, showLoading } from './status.js';

export const PAGE_SIZE = 25;

export interface EventsView {
  readonly element: HTMLElement;
  load(state: ViewState): void;
  /** Shows the state's filters in the form. */
  show(state: ViewState): void;
  /** Marks a refused filter; false when the parameter is not one of this form's. */
  invalid(parameter: string, message: string): boolean;
}

export function eventLabel(
  e: { readonly code: string | null },
  names: Readonly<Record<string, string>>,
): string {
  const name = nameOf(names, e.code);
  return `${e.code ?? '—'} ${name ?? ''}`.trim();
}

export function createEvents(ctx: Ctx): EventsView {
  const roots = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
  const root = h(
    'select',
    { attrs: { id: 'f-root', name: 'root' } },
    h('option', { attrs: { value: '' } }, 'All roots'),
    ...roots.map((r) => h('option', { attrs: { value: r } }, `${r} ${ctx.cameo[r] ?? ''}`)),
  );
  const quad = h(
    'select',
    { attrs: { id: 'f-quad', name: 'quad' } },
    h('option', { attrs: { value: '' } }, 'All quad classes'),
    ...[1, 2, 3, 4].map((q) => h('option', { attrs: { value: String(q) } }, `${q} ${QUAD_NAMES[q]}`)),
  );
  const boxes = MODALITIES.map((m) =>
    h('input', { attrs: { type: 'checkbox', id: `f-mod-${m}`, name: 'modality', value: m, checked: true } }),
  );
  const text = h('input', {
    attrs: { id: 'f-q', name: 'q', type: 'search', maxlength: 200, placeholder: 'words in the evidence' },
  });
  const formError = h('p', { class: 'field-error', attrs: { id: 'events-form-error', role: 'alert' } });
  const fields: Record<string, HTMLInputElement | HTMLSelectElement> = { root, quad, q: text };

  const read = () => {
    const checked = boxes.filter((b) => b.checked).map((b) => b.value);
    return {
      root: root.value,
      quad: quad.value,
      modality: checked.length === MODALITIES.length || checked.length === 0 ? '' : checked.join(','),
      q: text.value.trim(),
    };
  };
  const form = h(
    'form',
    {
      class: 'filters',
      attrs: { 'aria-label': 'Filter events' },
      on: {
        submit: (e) => {
          e.preventDefault();
          ctx.navigate(read());
        },
        reset: (e) => {
          e.preventDefault();
          ctx.navigate({ root: '', quad: '', modality: '', q: '' });
        },
      },
    },
    h('div', { class: 'field' }, h('label', { attrs: { for: 'f-root' } }, 'CAMEO root'), root),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'f-quad' } }, 'Quad class'), quad),
    h(
      'fieldset',
      { class: 'field modality' },
      h('legend', {}, 'Modality'),
      ...MODALITIES.map((m, i) =>
        h('label', { class: 'check', attrs: { for: `f-mod-${m}` } }, boxes[i] as HTMLInputElement, ` ${m}`),
      ),
    ),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'f-q' } }, 'Text'), text),
    h(
      'div',
      { class: 'field actions' },
      h('button', { attrs: { type: 'submit' } }, 'Apply filters'),
      h('button', { class: 'secondary', attrs: { type: 'reset' } }, 'Clear'),
    ),
    formError,
  );

  const body = h('div', { class: 'card-body', attrs: { id: 'events-body' } });
  const element = h(
    'section',
    { class: 'card', attrs: { id: 'events', 'aria-labelledby': 'events-title' } },
    h('h2', { attrs: { id: 'events-title' } }, 'Events'),
    form,
    body,
  );
  const latest = new Latest();
  /** cursor → the cursor of the page before it, learnt when the user pages forward. */
  const previous = new Map<string, string>();

  const open = (e: EventJson, opener: Element) =>
    ctx.navigate({ event: e.id, fact: '', designation: '' }, { opener });

  const row = (e: EventJson) => {
    const button = h(
      'button',
      { class: 'link', attrs: { type: 'button' }, on: { click: () => open(e, button) } },
      eventLabel(e, ctx.cameo),
    );
    return h(
      'tr',
      {
        class: `quad-${e.quad ?? 0}`,
        attrs: { 'data-event': e.id },
        on: {
          click: (ev) => {
            if (!(ev.target as Element).closest('button, a')) open(e, button);
          },
        },
      },
      h('td', { class: 'nowrap' }, e.date?.value ?? 'undated'),
      h('td', {}, actorsLabel(e.sources)),
      h('td', {}, button),
      h('td', {}, actorsLabel(e.targets)),
      h('td', { class: 'num' }, signed(e.goldstein)),
      h('td', {}, e.modality),
      h('td', { class: 'evidence-cell' }, e.evidence?.text ?? ''),
    );
  };

  const load = (state: ViewState) => {
    if (!dyadPair(state)) return;
    const signal = latest.start();
    showLoading(body, 'events');
    ctx.api.get<EventsPage>('/api/events', eventsQuery(state, PAGE_SIZE), signal).then(
      (page) => {
        if (page.items.length === 0) {
          const filtered = state.root || state.quad || state.modality || state.q;
          return showEmpty(
            body,
            filtered ? 'No events match these filters.' : 'No events for this dyad in this period.',
          );
        }
        done(body);
        const back = previous.get(state.cursor);
        const pager = h(
          'nav',
          { class: 'pager', attrs: { 'aria-label': 'Event pages' } },
          h(
            'button',
            {
              attrs: { type: 'button', disabled: state.cursor === '' },
              on: { click: () => ctx.navigate({ cursor: '' }) },
            },
            'First page',
          ),
          h(
            'button',
            {
              attrs: { type: 'button', disabled: back === undefined },
              on: { click: () => ctx.navigate({ cursor: back ?? '' }) },
            },
            'Previous',
          ),
          h(
            'button',
            {
              attrs: { type: 'button', disabled: page.nextCursor === null },
              on: {
                click: () => {
                  if (page.nextCursor === null) return;
                  previous.set(page.nextCursor, state.cursor);
                  ctx.navigate({ cursor: page.nextCursor });
                },
              },
            },
            'Next',
          ),
          h(
            'span',
            { class: 'muted', attrs: { role: 'status' } },
            `${page.items.length} events on this page`,
          ),
        );
        fill(
          body,
          h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              { class: 'data events-table' },
              h('caption', { class: 'sr-only' }, 'Events, newest first'),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ...['Date', 'Source', 'Event', 'Target', 'Goldstein', 'Modality', 'Evidence'].map((t) =>
                    h('th', { attrs: { scope: 'col' } }, t),
                  ),
                ),
              ),
              h('tbody', {}, ...page.items.map(row)),
            ),
          ),
          pager,
        );
      },
      (error: unknown) => showError(body, error, () => load(ctx.state())),
    );
  };

  return {
    element,
    load,
    show(state) {
      root.value = state.root;
      quad.value = state.quad;
      text.value = state.q;
      const mods =
        state.modality === '' || state.modality === 'all' ? [...MODALITIES] : state.modality.split(',');
      boxes.forEach((b) => (b.checked = mods.includes(b.value)));
      fill(formError);
      for (const f of [...Object.values(fields), ...boxes]) f.removeAttribute('aria-invalid');
      for (const f of Object.values(fields)) f.removeAttribute('aria-describedby');
    },
    invalid(parameter, message) {
      const field = parameter === 'modality' ? boxes[0] : fields[parameter];
      if (!field) return false;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'events-form-error');
      fill(formError, `${parameter}: ${message}`);
      return true;
    },
  };
}
