import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { attempt } from '../../core/attempt.js';
import { DyadError, describeError } from '../../core/errors.js';
import { readAndCodeGroup } from '../../pipeline/analyze.js';
import { createGrouper } from '../../pipeline/group.js';
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

/** A line of `--jsonl` input: its number, id, and the text to code or why it cannot be. */
interface JsonlLine {
  readonly n: number;
  readonly id: unknown;
  readonly input: { readonly text: string; readonly published: string | null } | null;
  readonly error: unknown;
}

function parseJsonlLine(line: string, n: number): JsonlLine {
  let id: unknown = null;
  try {
    const record = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown };
    id = record.id ?? null;
    if (typeof record.text !== 'string') throw new Error('no "text" string');
    const published =
      record.date === undefined || record.date === null ? null : parseDateOption('date', String(record.date));
    return { n, id, input: { text: record.text, published }, error: null };
  } catch (error) {
    return { n, id, input: null, error };
  }
}

/**
 * Codes a group of lines stage by stage (`readAndCodeGroup`: all read, then all coded, as the
 * ingest does) and prints one output line per input line, in order. Whether all were coded.
 */
function codeJsonlGroup(engine: Engine, path: string, lines: readonly JsonlLine[]): boolean {
  const coded = readAndCodeGroup(
    engine.reader,
    engine.coder,
    lines.flatMap((l) => (l.input ? [l.input] : [])),
  );
  let next = 0;
  let ok = true;
  for (const l of lines) {
    const rc = l.input ? coded[next++]! : null;
    const events = rc?.ok ? attempt(() => rc.value.coding.events.map(eventJson)) : rc;
    if (events?.ok) {
      process.stdout.write(JSON.stringify({ id: l.id, events: events.value }) + '\n');
      continue;
    }
    ok = false;
    const error: unknown = events ? events.error : l.error;
    process.stdout.write(
      JSON.stringify({ id: l.id, error: `${path}:${l.n}: ${describeError(error)}` }) + '\n',
    );
  }
  return ok;
}

async function codeJsonl(engine: Engine, path: string): Promise<boolean> {
  let ok = true;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  const grouper = createGrouper<JsonlLine>((l) => l.input?.text ?? '');
  const code = (group: readonly JsonlLine[] | null): void => {
    if (group && !codeJsonlGroup(engine, path, group)) ok = false;
  };
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    code(grouper.add(parseJsonlLine(line, n)));
  }
  code(grouper.rest());
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
