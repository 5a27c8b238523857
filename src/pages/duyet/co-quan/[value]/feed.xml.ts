/**
 * The Atom feed of an issuer (issue 17): its newest documents.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectRoutes } from '../../../../build/select-routes.ts';
import { getSite, nodeUrl, url } from '../../../../content/site.ts';
import type { FacetValue } from '../../../../archive/browse.ts';
import type { GraphNode } from '../../../../archive/graph.ts';
import { atomFeed } from '../../../../render/atom.ts';
import { FEED_LIMIT, feedEntry } from '../../../../render/feeds.ts';
import { issuerInfoOf } from '../../../../render/issuer-lookup.ts';
import { t } from '../../../../render/i18n.ts';
import { facetSegment, paths } from '../../../../render/urls.ts';

export const getStaticPaths = (async () => {
  const { facets } = await getSite();
  return selectRoutes(
    'co-quan-feed',
    facets['co-quan'].map((value) => ({ params: { value: facetSegment(value.slug) }, props: { value } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { value } = props as { value: FacetValue };
  const abs = (path: string) => new URL(path, site ?? 'http://localhost:4321').href;
  const urlOf = (n: GraphNode) => abs(nodeUrl(n));
  const xml = atomFeed({
    id: abs(url(paths.facetFeed('co-quan', value.slug))),
    title: t('feed.issuerTitle', { issuer: value.label }),
    subtitle: t('site.name'),
    selfUrl: abs(url(paths.facetFeed('co-quan', value.slug))),
    pageUrl: abs(url(paths.facet('co-quan', value.slug))),
    entries: value.nodes.slice(0, FEED_LIMIT).map((node) => feedEntry({ node }, urlOf, issuerInfoOf)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
