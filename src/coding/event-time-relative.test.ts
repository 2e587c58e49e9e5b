import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createEngine } from '../cli/engine.js';
import { codeText } from '../cli/commands/code.js';

const engine = createEngine();

function dated(text: string, published: string): string[] {
  return codeText(engine, text, published).map((e) => {
    const date = e['date'] as { value: string } | null;
    return `${String(e['code'])} ${date?.value ?? '-'}`;
  });
}

test('a date in a relative clause dates that clause, not the event it qualifies', () => {
  assert.deepEqual(
    dated(
      'Israeli forces kill a Palestinian gunman that killed two soldiers during an attack in May 2023 and arrest three others in Jenin.',
      '2025-11-24',
    ),
    ['190 2025-11-24', '190 2023-05'],
  );
  assert.deepEqual(
    dated(
      'The Kenyan president says that Kenya will lift sanctions against Uganda that were imposed in 2019 over its purchase of Russian rifles.',
      '2025-11-24',
    ),
    ['0354 2025-11-24'],
  );
});

test('a date outside any relative clause still dates the event', () => {
  assert.deepEqual(
    dated(
      'On Monday, Chinese President Xi Jinping met Belarusian President Alexander Lukashenko.',
      '2025-11-26',
    ),
    ['040 2025-11-24'],
  );
  assert.deepEqual(
    dated(
      'Chinese President Xi Jinping met Belarusian President Alexander Lukashenko in March 2023.',
      '2025-11-26',
    ),
    ['040 2023-03'],
  );
});
