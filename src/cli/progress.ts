import cliProgress from 'cli-progress';

/** A progress line on a terminal (nothing when stderr is not a TTY). */
export interface Progress {
  tick(label?: string): void;
  stop(): void;
}

export function createProgress(what: string, total = 0): Progress {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: total > 0 ? `${what} [{bar}] {value}/{total} {label}` : `${what} {value} {label}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  let n = 0;
  return {
    tick(label = '') {
      n++;
      bar.update(n, { label: label.length > 40 ? `${label.slice(0, 37)}...` : label });
    },
    stop() {
      bar.stop();
    },
  };
}
