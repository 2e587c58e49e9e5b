/**
 * An actor search box (ARIA 1.2 combobox with a list box): type a code or part of a name,
 * pick with the arrow keys and Enter (or the mouse); Escape closes the list.
 */
import type { Api } from '../api/client.js';
import { isAbort } from '../api/client.js';
import type { ActorItem, Actors } from '../api/types.js';
import { fill, h } from '../dom.js';
import { Latest } from '../context.js';
import { display, typedKey } from '../actors.js';

export interface Combobox {
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  /** The chosen actor key: the picked one, or a key typed as such ("chn", "IGOEUREEC", "Belarus (BLR)"). */
  value(): string;
  set(code: string, name: string | null): void;
}

export function createCombobox(api: Api, id: string, label: string): Combobox {
  const listId = `${id}-list`;
  const input = h('input', {
    attrs: {
      id,
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'code or name',
    },
  });
  const listbox = h('ul', { class: 'listbox', attrs: { id: listId, role: 'listbox', 'aria-label': label } });
  listbox.hidden = true;
  const element = h(
    'div',
    { class: 'field combo' },
    h('label', { attrs: { for: id } }, label),
    input,
    listbox,
  );
  let items: ActorItem[] = [];
  let active = -1;
  let picked: { code: string; text: string } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const latest = new Latest();

  const setOpen = (open: boolean) => {
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) {
      active = -1;
      input.removeAttribute('aria-activedescendant');
    }
  };
  const highlight = (i: number) => {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = listbox.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  };
  const pick = (item: ActorItem) => {
    const text = display(item.code, item.name);
    picked = { code: item.code, text };
    input.value = text;
    setOpen(false);
  };
  const render = () => {
    fill(
      listbox,
      ...items.map((item, i) =>
        h(
          'li',
          {
            attrs: { id: `${id}-opt-${i}`, role: 'option', 'aria-selected': 'false', 'data-code': item.code },
            on: {
              mousedown: (e) => {
                e.preventDefault();
                pick(item);
              },
            },
          },
          h('span', {}, display(item.code, item.name)),
          h('span', { class: 'muted small' }, ` ${item.events} event${item.events === 1 ? '' : 's'}`),
        ),
      ),
      items.length === 0
        ? h('li', { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true' } }, 'No actor found')
        : null,
    );
    setOpen(true);
  };
  const search = () => {
    const q = input.value.trim();
    if (q === '') {
      setOpen(false);
      return;
    }
    const signal = latest.start();
    api.get<Actors>('/api/actors', { q, limit: '8' }, signal).then(
      (result) => {
        items = result.items;
        render();
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        items = [];
        fill(
          listbox,
          h(
            'li',
            { class: 'muted', attrs: { role: 'option', 'aria-disabled': 'true' } },
            'Search failed: the API did not answer',
          ),
        );
        setOpen(true);
      },
    );
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && items.length > 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) return search();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) highlight(Math.max(0, active - 1));
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      const item = items[active];
      if (item) pick(item);
    } else if (e.key === 'Escape' && !listbox.hidden) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  });
  input.addEventListener('blur', () => setTimeout(() => setOpen(false), 100));

  return {
    element,
    input,
    value() {
      if (picked && picked.text === input.value) return picked.code;
      return typedKey(input.value);
    },
    set(code, name) {
      const text = code === '' ? '' : display(code, name);
      picked = code === '' ? null : { code, text };
      input.value = text;
      setOpen(false);
    },
  };
}
