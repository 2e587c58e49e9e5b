/** Loading, empty and error states, the same way in every part of the dashboard. */
import { ApiFailure, isAbort } from '../api/client.js';
import { fill, h } from '../dom.js';

export function showLoading(el: HTMLElement, what: string): void {
  el.setAttribute('aria-busy', 'true');
  fill(el, h('p', { class: 'state state-loading', attrs: { role: 'status' } }, `Loading ${what}…`));
}

export function showEmpty(el: HTMLElement, message: string): void {
  el.removeAttribute('aria-busy');
  fill(el, h('p', { class: 'state state-empty', attrs: { role: 'status' } }, message));
}

export function done(el: HTMLElement): void {
  el.removeAttribute('aria-busy');
}

/** What to tell the user about a failure. */
export function describeFailure(error: unknown): string {
  if (error instanceof ApiFailure) {
    if (error.status === 0) return error.message;
    if (error.status === 400 && error.parameter)
      return `The API refused “${error.parameter}”: ${error.message}`;
    return error.message;
  }
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

/** Shows the failure with a Retry button; aborted loads (superseded by a newer one) show nothing. */
export function showError(el: HTMLElement, error: unknown, retry: (() => void) | null): void {
  if (isAbort(error)) return;
  el.removeAttribute('aria-busy');
  // A refused parameter will be refused again: the fix is in the form, not in retrying.
  const refused = error instanceof ApiFailure && error.status === 400;
  fill(
    el,
    h(
      'div',
      { class: 'state state-error', attrs: { role: 'alert' } },
      h('p', {}, describeFailure(error)),
      refused && error.parameter
        ? h('p', { class: 'small' }, 'Correct it in the form, then show again.')
        : null,
      retry && !refused ? h('button', { attrs: { type: 'button' }, on: { click: retry } }, 'Retry') : null,
    ),
  );
}
