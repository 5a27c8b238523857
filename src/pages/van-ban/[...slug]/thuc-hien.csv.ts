/**
 * A directive's implementers as CSV (issue 17): the whole tree below it, the rows the overview
 * counts (src/archive/overview/overview.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectRoutes } from '../../../build/select-routes.ts';
import { getSite, nodeUrl } from '../../../content/site.ts';
import type { GraphNode } from '../../../archive/graph.ts';
import { listImplementers } from '../../../archive/overview/overview.ts';
import { toCsv } from '../../../render/csv.ts';
import { IMPLEMENTER_COLUMNS, implementerRow } from '../../../render/exports.ts';
import { issuerInfoOf } from '../../../render/issuer-lookup.ts';

export const getStaticPaths = (async () => {
  const { graph } = await getSite();
  return selectRoutes(
    'thuc-hien-csv',
    graph.nodes
      .filter((n) => n.citedBy.some((c) => c.type === 'implements'))
      .map((node) => ({ params: { slug: node.slug }, props: { node } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { node } = props as { node: GraphNode };
  const urlOf = (n: GraphNode) => new URL(nodeUrl(n), site ?? 'http://localhost:4321').href;
  const rows = listImplementers(node, { issuerOf: issuerInfoOf }).map((i) => implementerRow(i, urlOf));
  return new Response(toCsv(IMPLEMENTER_COLUMNS(), rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
