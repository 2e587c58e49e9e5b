import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from './shared.js';

const BIN = join(projectRoot, 'bin', 'dyad.js');

/**
 * Runs `dyad ...args` as a child process, as a user runs it (the test runner owns this
 * process's standard output), and returns its exit code and output. A process that could
 * not be started at all rejects.
 */
export function runDyad(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}
