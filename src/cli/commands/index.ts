import type { Command } from 'commander';
import { registerBrief } from './brief.js';
import { registerCode } from './code.js';
import { registerDesignations, registerFacts } from './facts.js';
import { registerEval } from './eval.js';
import { registerEvents } from './events.js';
import { registerExplain } from './explain.js';
import { registerExplainEvent } from './explain-event.js';
import { registerExport } from './export.js';
import { registerImport } from './import.js';
import { registerIngest } from './ingest.js';
import { registerRead } from './read.js';
import { registerServe } from './serve.js';
import { registerStats } from './stats.js';

/** A command module adds one sub-command to the program. */
export type RegisterCommand = (program: Command) => void;

/** Every CLI command, in help order. */
export const commands: readonly RegisterCommand[] = [
  registerIngest,
  registerRead,
  registerCode,
  registerExplain,
  registerEval,
  registerServe,
  registerEvents,
  registerExplainEvent,
  registerFacts,
  registerDesignations,
  registerStats,
  registerBrief,
  registerImport,
  registerExport,
];
