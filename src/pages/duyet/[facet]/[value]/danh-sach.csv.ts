/**
 * A browse list as CSV (issue 17): every document of a kind, year or issuer, not one page.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectRoutes } from '../../../../build/select-routes.ts';
import { getSite, nodeUrl } from '../../../../content/site.ts';
import type { FacetValue } from '../../../../archive/browse.ts';
import type { GraphNode } from '../../../../archive/graph.ts';
import { toCsv } from '../../../../render/csv.ts';
import { DOCUMENT_COLUMNS, documentRow } from '../../../../render/exports.ts';
import { issuerInfoOf } from '../../../../render/issuer-lookup.ts';
import { facetSegment } from '../../../../render/urls.ts';

export const getStaticPaths = (async () => {
  const { facets } = await getSite();
  return selectRoutes(
    'danh-sach-csv',
    Object.values(facets).flatMap((values) =>
      values.map((value) => ({ params: { facet: value.facet, value: facetSegment(value.slug) }, props: { value } })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { value } = props as { value: FacetValue };
  const urlOf = (n: GraphNode) => new URL(nodeUrl(n), site ?? 'http://localhost:4321').href;
  const rows = value.nodes.map((n) => documentRow(n, issuerInfoOf, urlOf));
  return new Response(toCsv(DOCUMENT_COLUMNS(), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
