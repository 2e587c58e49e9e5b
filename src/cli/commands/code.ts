import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DyadError, describeError } from '../../core/errors.js';
import { createEngine, type Engine } from '../engine.js';
import { eventJson } from '../event-json.js';
import { parseDateOption } from '../options.js';

interface CodeOptions {
  date?: string;
  jsonl?: string;
  dictionaries?: string;
  lenient?: boolean;
}

/** Codes one text; offsets in the events are into `text`. */
export function codeText(engine: Engine, text: string, date: string | null): Record<string, unknown>[] {
  const reading = engine.reader.read({ text, published: date });
  return engine.coder.code(reading).events.map(eventJson);
}

async function codeJsonl(engine: Engine, path: string): Promise<boolean> {
  let ok = true;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const record = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
      id = record.id ?? null;
      if (typeof record.text !== 'string') throw new Error('no "text" string');
      const date =
        record.date === undefined || record.date === null
          ? null
          : parseDateOption('date', String(record.date));
      process.stdout.write(JSON.stringify({ id, events: codeText(engine, record.text, date) }) + '\n');
    } catch (error) {
      ok = false;
      process.stdout.write(JSON.stringify({ id, error: `${path}:${n}: ${describeError(error)}` }) + '\n');
    }
  }
  return ok;
}

/** `dyad code`: code a sentence or paragraph, or a JSONL file of them, and print the events. */
export function registerCode(program: Command): void {
  program
    .command('code')
    .description('code the political events in a text (or --jsonl FILE) and print them as JSON')
    .argument('[text]', 'a sentence or paragraph')
    .option(
      '--date <date>',
      'date the text is from (YYYY-MM-DD): resolves relative dates and dated actor codes',
    )
    .option('--jsonl <file>', 'code each line {"id","text","date"}; print {"id","events"} per line')
    .option(
      '--dictionaries <dir>',
      "a folder of actors/agents/verbs/discards files to use instead of Dyad's own",
    )
    .option('--lenient', 'skip (and report) bad lines in user dictionaries instead of failing')
    .action(async (text: string | undefined, opts: CodeOptions) => {
      if (!text && !opts.jsonl) throw new DyadError('code', 'give a text to code, or --jsonl FILE');
      if (text && opts.jsonl) throw new DyadError('code', 'give either a text or --jsonl FILE, not both');
      const engine = createEngine({
        ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
        lenient: opts.lenient === true,
      });
      for (const w of engine.warnings) process.stderr.write(`dyad: warning: ${w}\n`);
      if (opts.jsonl) {
        if (!(await codeJsonl(engine, opts.jsonl))) process.exitCode = 1;
        return;
      }
      const date = opts.date ? parseDateOption('--date', opts.date) : null;
      process.stdout.write(JSON.stringify(codeText(engine, text!, date), null, 2) + '\n');
    });
}
