import { readFileSync } from 'node:fs';
import { readVerbFile } from './src/coding/verbs/read-file.js';
import { assembleDictionary } from './src/coding/verbs/assemble.js';
const a = readFileSync('/work/shared/reference/petrarch-dictionaries/CAMEO.2.0.txt', 'utf8');
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (let i = 0; i < 8; i++) {
  const t1 = cpu(); const w1 = performance.now();
  const d = readVerbFile(a, 'CAMEO.2.0.txt', 'x', 9187);
  const t2 = cpu();
  assembleDictionary([d]);
  const t3 = cpu(); const w3 = performance.now();
  console.log('cpu read', (t2 - t1).toFixed(0), 'assemble', (t3 - t2).toFixed(0), 'wall total', (w3-w1).toFixed(0));
}
