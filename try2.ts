import { readFileSync } from 'node:fs';
import { parseVerbDictionaries } from './src/coding/verbs/parse.js';
const a = readFileSync('/work/shared/reference/petrarch-dictionaries/CAMEO.2.0.txt', 'utf8');
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = parseVerbDictionaries([{ text: a, file: 'CAMEO.2.0.txt' }]);
  console.log((performance.now() - t0).toFixed(1), 'ms', r.errors.map(e=>e.text), r.warnings.length);
}
