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

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Serialise a feed. The feed's `updated` is its newest entry's date, so the same content gives
 * the same bytes.
 * @example atomFeed({ id, title, subtitle, selfUrl, entries: [] }).startsWith('<?xml')
 */
export function atomFeed(feed: { id: string; title: string; subtitle: string; selfUrl: string; entries: FeedEntry[] }): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries
    .map(
      (e) => `  <entry>
    <id>${escapeXml(e.id)}</id>
    <title>${escapeXml(e.title)}</title>
    <link href="${escapeXml(e.url)}"/>
    <updated>${e.updated}T00:00:00Z</updated>
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
  <link href="${escapeXml(feed.id)}"/>
  <updated>${updated}T00:00:00Z</updated>
${entries}
</feed>
`;
}
