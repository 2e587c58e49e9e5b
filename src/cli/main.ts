import { Command, CommanderError } from 'commander';
import { describeError } from '../core/errors.js';
import { commands } from './commands/index.js';

/** Builds the `dyad` program. Each command lives in its own file under ./commands. */
export function buildProgram(): Command {
  const program = new Command('dyad')
    .description('Read news and follow, with evidence, how the relationship between two actors evolves.')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  for (const register of commands) register(program);
  return program;
}

/** Runs the CLI and returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`dyad: ${describeError(error)}\n`);
    return 1;
  }
}
