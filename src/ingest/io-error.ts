const MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'path too long',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A one-line reason for a failed file operation, without the path (the caller names it). */
export function describeIoError(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string') return MESSAGES[code] ?? `cannot read (${code})`;
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read (${message.split('\n')[0]})`;
}
