// Which article a page is: its identity is one URL, the same whoever links to it and however.
// The page's own canonical URL (link rel=canonical, else og:url) when it names the same site,
// else the page's origin and path. Query strings and fragments are dropped: they carry tracking
// parameters and session tokens, and never name another article on a news site.

/** Second-level labels under which a registrable domain has three labels (bbc.co.uk, abc.net.au). */
const SHARED_SECOND_LEVELS = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gob', 'nic']);

/** The registrable part of a host, approximately (no public-suffix list): "news.bbc.co.uk" → "bbc.co.uk". */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return host;
  const labels = host.split('.');
  const keep = labels.length >= 3 && labels.at(-1)!.length === 2 && SHARED_SECOND_LEVELS.has(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Origin and path of an http(s) URL, without query or fragment; null for anything else. */
export function withoutQuery(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.origin}${parsed.pathname}`;
}

/**
 * The article's identity for a page at `pageUrl` that declares `declared` canonical URLs (in
 * order of trust: rel=canonical, og:url; relative ones resolved against the page). The first
 * declared URL on the page's own site wins; a canonical pointing at another site is ignored
 * (a page may not file itself under someone else's article).
 */
export function articleIdentity(pageUrl: string, declared: ReadonlyArray<string | null | undefined> = []): string | null {
  const own = withoutQuery(pageUrl);
  if (own === null) return null;
  const site = siteOf(new URL(own).hostname);
  for (const candidate of declared) {
    if (!candidate) continue;
    let resolved: string | null;
    try {
      resolved = withoutQuery(new URL(candidate, pageUrl).href);
    } catch {
      resolved = null;
    }
    if (resolved !== null && siteOf(new URL(resolved).hostname) === site) return resolved;
  }
  return own;
}

/** The canonical URLs a document declares: rel=canonical, then og:url. */
export function declaredCanonicals(document: Document): string[] {
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = document.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  return [canonical, og].filter((url): url is string => typeof url === 'string' && url.trim() !== '').map((url) => url.trim());
}
