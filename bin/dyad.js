#!/usr/bin/env node
// Loads the TypeScript sources through tsx and runs the CLI.
import { register } from 'tsx/esm/api';

// A closed pipe (`dyad read x | head`) ends the program quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

register();
// before any article is read: V8's heap setting for Dyad's work (see heap-tuning.ts)
const { tuneHeap } = await import('../src/core/heap-tuning.ts');
tuneHeap();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
