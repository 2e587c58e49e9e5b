import type { Command } from 'commander';
import { registerCode } from './code.js';
import { registerEval } from './eval.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerRead } from './read.js';

/** A command module adds one sub-command to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every CLI command, in help order. */
export const commands: readonly RegisterCommand[] = [
  registerIngest,
  registerRead,
  registerCode,
  registerEval,
  registerImport,
  registerExport,
];
