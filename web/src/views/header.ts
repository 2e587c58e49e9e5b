/**
 * The header form: the dyad (two actor searches and a swap button), the direction, the
 * chart interval and the date range. Submitting it changes the view (and the URL).
 */
import type { Actors } from '../api/types.js';
import type { Ctx } from '../context.js';
import { fill, h } from '../dom.js';
import { dyadPair, type ViewState } from '../state.js';
import { createCombobox } from './combobox.js';

export interface HeaderView {
  readonly element: HTMLElement;
  show(state: ViewState): void;
  invalid(parameter: string, message: string): boolean;
  /** Display names of actor keys, as far as known. */
  nameOf(code: string): string | null;
  /** Resolves the names of a dyad's keys (for titles), then calls back. */
  names(pair: readonly [string, string], then: () => void): void;
}

export function createHeader(ctx: Ctx): HeaderView {
  const a = createCombobox(ctx.api, 'actor-a', 'Actor A (source)');
  const b = createCombobox(ctx.api, 'actor-b', 'Actor B (target)');
  const select = (id: string, options: [string, string][]) =>
    h('select', { attrs: { id } }, ...options.map(([v, t]) => h('option', { attrs: { value: v } }, t)));
  const direction = select('direction', [
    ['both', 'Both directions'],
    ['ab', 'A → B only'],
    ['ba', 'B → A only'],
  ]);
  const interval = select('interval', [
    ['day', 'Day'],
    ['week', 'Week'],
    ['month', 'Month'],
    ['quarter', 'Quarter'],
    ['year', 'Year'],
  ]);
  const day = (id: string) =>
    h('input', {
      attrs: {
        id,
        type: 'text',
        inputmode: 'numeric',
        placeholder: 'YYYY-MM-DD',
        size: 11,
        pattern: '\\d{4}-\\d{2}-\\d{2}',
      },
    });
  const from = day('from');
  const to = day('to');
  const error = h('p', { class: 'field-error', attrs: { id: 'header-error', role: 'alert' } });
  const fields: Record<string, HTMLInputElement | HTMLSelectElement> = {
    dyad: a.input,
    direction,
    interval,
    from,
    to,
  };
  const names = new Map<string, string | null>();

  const swap = h(
    'button',
    {
      class: 'secondary swap',
      attrs: { type: 'button', 'aria-label': 'Swap actor A and actor B' },
      on: {
        click: () => {
          const [ka, kb] = [a.value(), b.value()];
          a.set(kb, names.get(kb) ?? null);
          b.set(ka, names.get(ka) ?? null);
        },
      },
    },
    '⇄',
  );

  const form = h(
    'form',
    {
      class: 'dyad-form',
      attrs: { 'aria-label': 'Dyad and period', novalidate: true },
      on: {
        submit: (e) => {
          e.preventDefault();
          const [ka, kb] = [a.value(), b.value()];
          fill(error);
          if (ka === '' || kb === '') {
            const missing = ka === '' ? a.input : b.input;
            missing.setAttribute('aria-invalid', 'true');
            fill(error, 'Choose two actors from the suggestions (or type their codes, like CHN and BLR).');
            missing.focus();
            return;
          }
          if (ka === kb) {
            b.input.setAttribute('aria-invalid', 'true');
            fill(error, 'Choose two different actors.');
            b.input.focus();
            return;
          }
          ctx.navigate({
            dyad: `${ka}-${kb}`,
            direction: direction.value,
            interval: interval.value,
            from: from.value.trim(),
            to: to.value.trim(),
          });
        },
      },
    },
    h('div', { class: 'pair' }, a.element, swap, b.element),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'direction' } }, 'Direction'), direction),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'interval' } }, 'Interval'), interval),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'from' } }, 'From'), from),
    h('div', { class: 'field' }, h('label', { attrs: { for: 'to' } }, 'To'), to),
    h('div', { class: 'field actions' }, h('button', { attrs: { type: 'submit' } }, 'Show')),
    error,
  );

  const element = h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'brand' },
      h('p', { class: 'logo' }, 'Dyad'),
      h('p', { class: 'tagline' }, 'How a relationship between two countries is evolving, with evidence'),
    ),
    form,
  );

  const lookup = (code: string): Promise<void> =>
    names.has(code)
      ? Promise.resolve()
      : ctx.api.get<Actors>('/api/actors', { q: code, limit: '5' }).then(
          (r) => {
            names.set(code, r.items.find((i) => i.code === code)?.name ?? null);
          },
          () => undefined,
        );

  return {
    element,
    show(state) {
      const pair = dyadPair(state);
      a.set(pair?.[0] ?? '', pair ? (names.get(pair[0]) ?? null) : null);
      b.set(pair?.[1] ?? '', pair ? (names.get(pair[1]) ?? null) : null);
      direction.value = state.direction;
      interval.value = state.interval;
      from.value = state.from;
      to.value = state.to;
      fill(error);
      for (const f of Object.values(fields)) {
        f.removeAttribute('aria-invalid');
        f.removeAttribute('aria-describedby');
      }
      b.input.removeAttribute('aria-invalid');
    },
    invalid(parameter, message) {
      const field = fields[parameter === 'a' || parameter === 'b' ? 'dyad' : parameter];
      if (!field) return false;
      field.setAttribute('aria-invalid', 'true');
      field.setAttribute('aria-describedby', 'header-error');
      fill(error, `${parameter}: ${message}`);
      return true;
    },
    nameOf: (code) => names.get(code) ?? null,
    names(pair, then) {
      void Promise.all(pair.map(lookup)).then(() => {
        if (a.value() === pair[0]) a.set(pair[0], names.get(pair[0]) ?? null);
        if (b.value() === pair[1]) b.set(pair[1], names.get(pair[1]) ?? null);
        then();
      });
    },
  };
}
