/**
 * The dashboard's files (web/dist, built by the web helper) at `/`, or a plain page
 * saying how to build it. Paths never leave the root.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  readonly body: Uint8Array;
  readonly type: string;
  /** Hashed build assets can be cached for long. */
  readonly immutable: boolean;
}

/**
 * The file for a URL path under `root`: the file itself, or index.html for paths without an
 * extension (the dashboard routes in the browser). Null when there is none.
 */
export function staticFile(root: string | null, urlPath: string): StaticFile | null {
  if (root === null || !existsSync(join(root, 'index.html'))) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return null;
  const read = (path: string): StaticFile | null => {
    try {
      if (!statSync(path).isFile()) return null;
      return {
        body: readFileSync(path),
        type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        immutable: path.includes(`${sep}assets${sep}`),
      };
    } catch {
      return null;
    }
  };
  return read(target) ?? (extname(decoded) === '' ? read(join(base, 'index.html')) : null);
}

export const FALLBACK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Dyad</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}code{background:#f3f3f3;padding:0 .2em}</style>
</head><body>
<h1>Dyad</h1>
<p>The API is running. The dashboard is not built: run <code>npm run build:web</code> (it writes <code>web/dist/</code>) and reload.</p>
<ul>
<li><a href="/openapi.json">/openapi.json</a> — the API description</li>
<li><a href="/api/stats">/api/stats</a> — what the database holds</li>
<li><a href="/api/events?limit=20">/api/events</a> — the latest events</li>
</ul>
</body></html>
`;
