import type { Mention } from '../core/types.js';

/** A mention as `dyad read` prints it: one flat JSON object per mention. */
export function mentionJson(m: Mention): Record<string, unknown> {
  const base = {
    kind: m.kind,
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    rule: m.rule,
    ...(m.entry ? { entry: m.entry } : {}),
    ...(m.reason ? { reason: m.reason } : {}),
  };
  switch (m.kind) {
    case 'actor':
      return { ...base, form: m.form, actor: m.actor };
    case 'date':
      return {
        ...base,
        date: m.date
          ? {
              value: m.date.value,
              precision: m.date.precision,
              start: m.date.start,
              end: m.date.end,
              stated: m.date.stated,
              implied: m.date.implied,
            }
          : null,
      };
    case 'place':
      return { ...base, place: m.place };
    case 'quantity':
      return { ...base, quantity: m.quantity };
  }
}
