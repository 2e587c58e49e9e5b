import type { Command } from 'commander';
import { createApp } from '../../api/app.js';
import { DEFAULT_WEB_ROOT, LOOPBACK, startServer } from '../../api/serve.js';
import { DyadError } from '../../core/errors.js';
import { loadDictionaries } from '../../dict/index.js';
import { openStore } from '../../store/index.js';
import { createEngine } from '../engine.js';
import { readerVersion } from '../reader-version.js';

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  readOnly?: boolean;
  web?: string;
  cache: boolean;
}

/** `dyad serve`: the HTTP API, the OpenAPI document and the dashboard. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/...), its OpenAPI document (/openapi.json) and the dashboard (/)')
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option('--port <n>', 'port (0: any free port)', '8080')
    .option(
      '--host <address>',
      'address to listen on (loopback by default; the API has no authentication)',
      '127.0.0.1',
    )
    .option('--read-only', 'open the database read-only (POST /api/ingest is refused)')
    .option('--web <dir>', "the dashboard's built files", DEFAULT_WEB_ROOT)
    .option('--no-cache', 'answer every request from the database (no response cache)')
    .action(async (opts: ServeOptions) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new DyadError('--port', `must be a port number 0..65535, got "${opts.port}"`);
      }
      if (!LOOPBACK.has(opts.host)) {
        process.stderr.write(
          `dyad: warning: listening on ${opts.host}: anyone who can reach it can read and ingest\n`,
        );
      }
      const store = await openStore({ path: opts.db, readOnly: opts.readOnly === true });
      const app = createApp({
        store,
        dictionaries: () => loadDictionaries(),
        engine: () => {
          const engine = createEngine();
          return { analyzer: engine.analyzer, readerVersion: readerVersion(engine) };
        },
        webRoot: opts.web ?? DEFAULT_WEB_ROOT,
        cache: opts.cache,
      });
      let server;
      try {
        server = await startServer(app, { port, host: opts.host });
      } catch (error) {
        await store.close();
        throw error;
      }
      process.stderr.write(`dyad: serving ${store.location} at ${server.url} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await store.close();
    });
}
