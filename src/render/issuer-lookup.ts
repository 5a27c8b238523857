/**
 * The issuer authority (src/reading/issuers) as the pages see it: the canonical issuer of a
 * document of the graph, with its level and province, and the provinces in force on a date.
 * The one place where the overview, the JSON, the citation and the feeds meet the authority.
 */
import type { GraphNode } from '../archive/graph.ts';
import type { IssuerInfo } from '../archive/overview/issuer-info.ts';
import { provincesInForce, resolveIssuer, resolveIssuerPrefix, type ResolvedIssuer } from '../reading/issuers/index.ts';

/** Each node is resolved once per build: a directive page asks for every node below it. */
const cache = new WeakMap<GraphNode, IssuerInfo | null>();

const toInfo = (r: ResolvedIssuer): IssuerInfo => ({
  name: r.name,
  level: r.level,
  ...(r.province ? { province: r.province } : {}),
});

/**
 * What the authority makes of a node: the printed issuer block of an archived document, the
 * issuer phrase of the citations of a cited-only one.
 */
function resolveNode(node: GraphNode): ResolvedIssuer | null {
  if (!node.issuer) return null;
  const data = node.doc?.data;
  const context = { date: node.date, ...(data?.issuerParent ? { parent: data.issuerParent } : {}) };
  return data ? resolveIssuer(node.issuer, context) : resolveIssuerPrefix(node.issuer, context);
}

/** The issuer the importer inferred when the header lost it (schema `issuerInferred`). */
function inferredOf(node: GraphNode): IssuerInfo | null {
  const inferred = node.doc?.data.issuerInferred;
  if (!inferred) return null;
  return {
    name: inferred.name,
    ...(inferred.level ? { level: inferred.level } : {}),
    ...(inferred.province ? { province: inferred.province } : {}),
  };
}

/**
 * The issuer of a node: its canonical name, level and province when the authority knows the
 * body; the printed name alone otherwise; the importer's inference when the header lost the
 * issuer; null when nothing names one.
 * @example issuerInfoOf(districtPlan) // { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', province: 'Bình Phước' }
 */
export function issuerInfoOf(node: GraphNode): IssuerInfo | null {
  if (cache.has(node)) return cache.get(node)!;
  const resolved = resolveNode(node);
  const info = resolved ? toInfo(resolved) : node.issuer ? { name: node.issuer } : inferredOf(node);
  cache.set(node, info);
  return info;
}

/**
 * Names of the provinces in force on an ISO date: 63 before 1 July 2025, 34 from then.
 * @example provincesInForceAt('2024-08-08').length === 63
 */
export function provincesInForceAt(isoDate: string): string[] {
  return provincesInForce(isoDate).map((p) => p.name);
}
