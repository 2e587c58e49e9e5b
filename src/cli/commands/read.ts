import type { Command } from 'commander';
import { DyadError } from '../../core/errors.js';
import { readInputs } from '../../ingest/index.js';
import { createReader } from '../../nlp/read.js';
import { loadCliDictionaries } from '../dictionaries.js';
import { mentionJson } from '../mention-json.js';
import { parseDateOption } from '../options.js';

/** `dyad read <file>`: print every mention of an article, one JSON object per line. */
export function registerRead(program: Command): void {
  program
    .command('read')
    .description('read one article and print its mentions (actors, dates, places, quantities) as JSON lines')
    .argument('<file>', 'a text, Markdown, HTML or feed file, or - for standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD (overrides the file)')
    .option('--format <format>', 'jsonl (one mention per line) or json (the whole reading)', 'jsonl')
    .option('--dump-stages', "print each reading stage's output before the mentions")
    .option('--dictionaries <dir>', "a folder of actors/agents/discards files to use instead of Dyad's own")
    .action(
      async (
        file: string,
        opts: { published?: string; format: string; dumpStages?: boolean; dictionaries?: string },
      ) => {
        if (opts.format !== 'jsonl' && opts.format !== 'json')
          throw new DyadError('--format', `unknown format "${opts.format}" (use jsonl or json)`);
        const published = opts.published ? parseDateOption('--published', opts.published) : undefined;
        const { dicts } = loadCliDictionaries(opts.dictionaries);
        const reader = createReader(dicts);
        let failed = false;
        for await (const result of readInputs(
          [file],
          published ? { published, publishedPolicy: 'fallback' } : {},
        )) {
          if (result.kind === 'error') {
            process.stderr.write(`dyad: ${result.input}: ${result.message}\n`);
            failed = true;
            continue;
          }
          if (result.kind === 'skipped') continue;
          for (const w of result.warnings) process.stderr.write(`dyad: warning: ${w}\n`);
          const { article } = result;
          const reading = reader.read(
            { text: article.text, published: article.published },
            { dumpStages: opts.dumpStages === true },
          );
          if (opts.format === 'json') {
            process.stdout.write(
              JSON.stringify(
                {
                  article: {
                    id: article.id,
                    title: article.title,
                    published: article.published,
                    source: article.source,
                  },
                  sentences: reading.sentences.map((s) => ({
                    index: s.index,
                    start: s.start,
                    end: s.end,
                    text: s.text,
                  })),
                  mentions: reading.mentions.map(mentionJson),
                  ...(reading.stages
                    ? {
                        stages: reading.stages.map((s) => ({
                          stage: s.stage,
                          mentions: s.mentions.map(mentionJson),
                        })),
                      }
                    : {}),
                },
                null,
                2,
              ) + '\n',
            );
            continue;
          }
          for (const stage of reading.stages ?? []) {
            process.stdout.write(
              JSON.stringify({ stage: stage.stage, mentions: stage.mentions.length }) + '\n',
            );
            for (const m of stage.mentions)
              process.stdout.write(JSON.stringify({ stage: stage.stage, ...mentionJson(m) }) + '\n');
          }
          for (const m of reading.mentions) process.stdout.write(JSON.stringify(mentionJson(m)) + '\n');
        }
        if (failed) process.exitCode = 1;
      },
    );
}
