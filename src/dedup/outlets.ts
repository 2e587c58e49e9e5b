/**
 * Counting outlets for an event's `sources` figure (GDELT's NumSources): the article's
 * source name, else the host of its URL (without "www."), else the article itself.
 */
export function outletOf(sourceName: string | null, url: string | null, articleId: string): string {
  const name = sourceName?.trim();
  if (name) return `name:${name.toLowerCase()}`;
  if (url) {
    try {
      const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
      if (host) return `host:${host}`;
    } catch {
      // not a URL: fall through to the article
    }
  }
  return `article:${articleId}`;
}

/** Distinct outlets among reports. */
export function countOutlets(
  reports: readonly { sourceName: string | null; url: string | null; articleId: string }[],
): number {
  return new Set(reports.map((r) => outletOf(r.sourceName, r.url, r.articleId))).size;
}
