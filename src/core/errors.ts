/**
 * The one error type Dyad raises for bad input. `input` names what was wrong
 * (a file, `file:line`, a parameter); the message is one line meant for a person.
 */
export class DyadError extends Error {
  override readonly name = 'DyadError';
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

/** Formats any thrown value as one line. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error);
}
