/** The API's one error type and the JSON body every error response has. */
import type { z } from 'zod';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 403 | 404 | 413 | 415 | 500,
    readonly parameter: string | null,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(status: number, parameter: string | null, message: string) {
  return { error: { status, parameter, message } };
}

/** The first problem zod found, as a 400 naming the parameter. */
export function fromZod(error: z.ZodError, where: string): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError(400, null, `invalid ${where}`);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return new ApiError(400, key, `unknown ${where} parameter "${key}"`);
  }
  const parameter = issue.path.map(String).join('.') || null;
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return new ApiError(400, parameter, 'is required');
  }
  return new ApiError(400, parameter, issue.message);
}
