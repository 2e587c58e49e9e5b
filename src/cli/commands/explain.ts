import type { Command } from 'commander';
import { createEngine } from '../engine.js';
import { explainText } from '../explain-text.js';
import { parseDateOption } from '../options.js';

/** `dyad explain "<sentence>"`: how the text was read and coded, for a person to read. */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description(
      'show how a sentence is read and coded: mentions, parse, patterns tried and fired, actor choices',
    )
    .argument('<text>', 'a sentence or paragraph')
    .option('--date <date>', 'date the text is from (YYYY-MM-DD)')
    .option(
      '--dictionaries <dir>',
      "a folder of actors/agents/verbs/discards files to use instead of Dyad's own",
    )
    .option('--lenient', 'skip (and report) bad lines in user dictionaries instead of failing')
    .action((text: string, opts: { date?: string; dictionaries?: string; lenient?: boolean }) => {
      const engine = createEngine({
        ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
        lenient: opts.lenient === true,
      });
      for (const w of engine.warnings) process.stderr.write(`dyad: warning: ${w}\n`);
      const date = opts.date ? parseDateOption('--date', opts.date) : null;
      const reading = engine.reader.read({ text, published: date });
      const coding = engine.coder.code(reading, { trace: true });
      process.stdout.write(explainText(reading.mentions, coding.traces, coding.events) + '\n');
    });
}
