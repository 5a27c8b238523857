/**
 * Atom feed of the newest documents (RFC 4287).
 */
import type { APIRoute } from 'astro';
import { getSite, nodeUrl, url } from '../content/site.ts';
import { atomFeed } from '../render/atom.ts';
import { t } from '../render/i18n.ts';
import { documentLabel } from '../render/labels.ts';

export const GET: APIRoute = async ({ site }) => {
  const { documents } = await getSite();
  const origin = site ?? new URL('http://localhost:4321');
  const abs = (path: string) => new URL(path, origin).href;
  const xml = atomFeed({
    id: abs(url('')),
    title: t('site.name'),
    subtitle: t('site.tagline'),
    selfUrl: abs(url('feed.xml')),
    entries: documents.slice(0, 50).map((n) => ({
      id: abs(nodeUrl(n)),
      url: abs(nodeUrl(n)),
      title: `${documentLabel(n)}: ${n.doc!.data.title}`,
      summary: n.doc!.data.title,
      author: n.issuer ?? t('doc.unknown'),
      updated: n.date ?? '1970-01-01',
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
