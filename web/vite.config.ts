/**
 * Builds the dashboard into web/dist (served by `dyad serve` at `/`):
 *   npx vite build --config web/vite.config.ts
 * Development against a running API (`dyad serve --port 8080`):
 *   npx vite --config web/vite.config.ts      (proxies /api to DYAD_API, default http://127.0.0.1:8080)
 *
 * Two modules are generated at build time from Dyad's own data/ files, so the bundle needs no
 * network and no extra package: CAMEO code names (data/cameo/codes.tsv) and a coarse land grid
 * for the map (data/gazetteer.tsv, GeoNames, CC BY 4.0).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { cameoNames } from './src/cameo-table.js';
import { buildLandGrid, gazetteerPoints } from './src/land.js';

const webDir = dirname(fileURLToPath(import.meta.url));
const dataDir = join(webDir, '..', 'data');

/** `virtual:dyad-cameo` (code → name) and `virtual:dyad-land` (the map's land grid). */
function dyadData(): Plugin {
  const modules: Record<string, () => unknown> = {
    'virtual:dyad-cameo': () => cameoNames(readFileSync(join(dataDir, 'cameo', 'codes.tsv'), 'utf8')),
    'virtual:dyad-land': () =>
      buildLandGrid(
        gazetteerPoints(
          readFileSync(join(dataDir, 'gazetteer.tsv'), 'utf8') +
            readFileSync(join(dataDir, 'places.additions.tsv'), 'utf8'),
        ),
        1,
      ),
  };
  return {
    name: 'dyad-data',
    resolveId: (id) => (id in modules ? `\0${id}` : null),
    load(id) {
      const make = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
      return make ? `export default ${JSON.stringify(make())};` : null;
    },
  };
}

export default defineConfig({
  root: webDir,
  base: '/',
  publicDir: false,
  plugins: [dyadData()],
  build: {
    outDir: join(webDir, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: { '/api': process.env.DYAD_API ?? 'http://127.0.0.1:8080' },
  },
});
