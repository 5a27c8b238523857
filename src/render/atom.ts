/**
 * A minimal Atom 1.0 feed writer (RFC 4287): enough for a list of new documents.
 */

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  author: string;
  /** ISO date yyyy-mm-dd. */
  updated: string;
}

/**
 * Characters XML 1.0 forbids anywhere in a document (§2.2, production [2] Char): C0 controls
 * other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. No
 * escape can carry them (`&#1;` is as ill-formed as the raw byte), so they are dropped.
 */
const NOT_XML_CHAR_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text made safe for an XML element or a double-quoted attribute: forbidden characters
 * dropped, markup characters escaped.
 * @example escapeXml('A & B\u0001 <c>') === 'A &amp; B &lt;c&gt;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR_RE, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Serialise a feed. The feed's `updated` is its newest entry's date, so the same content gives
 * the same bytes.
 * @example atomFeed({ id, title, subtitle, selfUrl, entries: [] }).startsWith('<?xml')
 */
export function atomFeed(feed: {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  /** The page the feed follows (its `rel="alternate"` link); the feed's id when absent. */
  pageUrl?: string;
  entries: FeedEntry[];
}): string {
  const updated =
    feed.entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? '1970-01-01';
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <updated>${escapeXml(e.updated)}T00:00:00Z</updated>
    <author><name>${escapeXml(e.author)}</name></author>
    <summary>${escapeXml(e.summary)}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <link rel="self" href="${escapeXml(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl ?? feed.id)}"/>
  <updated>${updated}T00:00:00Z</updated>
${entries}
</feed>
`;
}
