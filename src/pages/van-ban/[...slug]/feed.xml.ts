/**
 * The Atom feed of a directive (issue 17): new documents implementing or mentioning it, the
 * whole chain below it. One for every document that something cites.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectRoutes } from '../../../build/select-routes.ts';
import { getSite, nodeUrl, url } from '../../../content/site.ts';
import type { GraphNode } from '../../../archive/graph.ts';
import { atomFeed } from '../../../render/atom.ts';
import { directiveFeedItems, feedEntry } from '../../../render/feeds.ts';
import { issuerInfoOf } from '../../../render/issuer-lookup.ts';
import { t } from '../../../render/i18n.ts';
import { documentLabel } from '../../../render/labels.ts';
import { paths } from '../../../render/urls.ts';

export const getStaticPaths = (async () => {
  const { graph } = await getSite();
  return selectRoutes(
    'van-ban-feed',
    graph.nodes.filter((n) => n.citedBy.length > 0).map((node) => ({ params: { slug: node.slug }, props: { node } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { node } = props as { node: GraphNode };
  const abs = (path: string) => new URL(path, site ?? 'http://localhost:4321').href;
  const urlOf = (n: GraphNode) => abs(nodeUrl(n));
  const xml = atomFeed({
    id: abs(url(paths.documentFeed(node.slug))),
    title: t('feed.directiveTitle', { label: documentLabel(node) }),
    subtitle: node.doc?.data.title ?? node.subjects[0] ?? t('site.name'),
    selfUrl: abs(url(paths.documentFeed(node.slug))),
    pageUrl: urlOf(node),
    entries: directiveFeedItems(node).map((item) => feedEntry(item, urlOf, issuerInfoOf)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
