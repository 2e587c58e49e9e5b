import type { Command } from 'commander';
import { evaluateGold, formatReport, readGoldFile } from '../../eval/index.js';
import { createEngine } from '../engine.js';

/** Modalities that count when scoring (negated and hypothetical events are kept but not scored). */
const SCORED = new Set(['asserted', 'future']);

/** `dyad eval --gold FILE`: precision, recall and F1 against a gold set. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the coder against a gold file (cameo-manual JSONL, PETRARCH suite records, seed gold JSON)',
    )
    .requiredOption('--gold <file>', 'the gold file')
    .option(
      '--dictionaries <dir>',
      "a folder of actors/agents/verbs/discards files to use instead of Dyad's own",
    )
    .option('--strict-dictionaries', 'fail on bad lines in user dictionaries (default: skip and report them)')
    .option('--rows <n>', 'rows of misses and false positives to list', '40')
    .option('--json', 'print the report as JSON')
    .action(
      async (opts: {
        gold: string;
        dictionaries?: string;
        strictDictionaries?: boolean;
        rows: string;
        json?: boolean;
      }) => {
        const engine = createEngine({
          ...(opts.dictionaries ? { dictionaries: opts.dictionaries } : {}),
          lenient: opts.strictDictionaries !== true,
        });
        for (const w of engine.warnings) process.stderr.write(`dyad: warning: ${w}\n`);
        const gold = readGoldFile(opts.gold);
        const report = await evaluateGold(gold, (item) => {
          const analysis = engine.analyzer.analyze({ text: item.text ?? '', published: item.date });
          return {
            events: analysis.events.filter((e) => SCORED.has(e.modality)),
            facts: analysis.facts,
            designations: analysis.designations,
            sentences: analysis.reading.sentences,
          };
        });
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else process.stdout.write(formatReport(report, { maxRows: Number(opts.rows) || 40 }) + '\n');
      },
    );
}
