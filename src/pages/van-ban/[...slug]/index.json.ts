/**
 * Every document as JSON (issue 17): `…/index.json` beside its page (src/render/exports.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { selectRoutes } from '../../../build/select-routes.ts';
import { getSite, nodeUrl } from '../../../content/site.ts';
import type { GraphNode } from '../../../archive/graph.ts';
import { documentJson } from '../../../render/exports.ts';
import { issuerInfoOf } from '../../../render/issuer-lookup.ts';

export const getStaticPaths = (async () => {
  const { graph } = await getSite();
  return selectRoutes(
    'van-ban-json',
    graph.nodes.map((node) => ({ params: { slug: node.slug }, props: { node } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { node } = props as { node: GraphNode };
  const urlOf = (n: GraphNode) => new URL(nodeUrl(n), site ?? 'http://localhost:4321').href;
  const json = JSON.stringify(documentJson(node, { urlOf, issuerOf: issuerInfoOf }), null, 2);
  return new Response(`${json}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
