/**
 * The issuer authority (src/reading/issuers) as the pages see it: the canonical issuer of a
 * document of the graph, with its level and province, and the provinces in force on a date.
 * The one place where the overview, the JSON, the citation and the feeds meet the authority.
 */
import type { GraphNode } from '../archive/graph.ts';
import type { IssuerInfo } from '../archive/overview/issuer-info.ts';
import {
  inferIssuer,
  provincesInForce,
  resolveIssuer,
  resolveIssuerPrefix,
  type ResolvedIssuer,
} from '../reading/issuers/index.ts';
import { parseDocumentNumber } from '../reading/document-number.ts';

/** Each node is resolved once per build: a directive page asks for every node below it. */
const cache = new WeakMap<GraphNode, IssuerInfo | null>();

const toInfo = (r: ResolvedIssuer): IssuerInfo => ({
  name: r.name,
  level: r.level,
  ...(r.province ? { province: r.province } : {}),
});

/** What the authority makes of a node: the printed issuer block, the citation's issuer phrase, or inference from the number, place and signer. */
function resolveNode(node: GraphNode): ResolvedIssuer | null {
  const data = node.doc?.data;
  const context = { date: node.date, ...(data?.issuerParent ? { parent: data.issuerParent } : {}) };
  if (node.issuer) return data ? resolveIssuer(node.issuer, context) : resolveIssuerPrefix(node.issuer, context);
  if (!data) return null;
  return inferIssuer({
    issuerCode: data.number ? parseDocumentNumber(data.number)?.issuerCode : undefined,
    place: data.place ?? undefined,
    signer: data.signer
      ? { onBehalf: data.signer.onBehalf ?? undefined, title: data.signer.title ?? undefined }
      : undefined,
    recipients: data.recipients,
    date: node.date,
  }).issuer;
}

/**
 * The issuer of a node: its canonical name, level and province when the authority knows the
 * body; the printed name alone otherwise; null when nothing names an issuer.
 * @example issuerInfoOf(districtPlan) // { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', province: 'Bình Phước' }
 */
export function issuerInfoOf(node: GraphNode): IssuerInfo | null {
  if (cache.has(node)) return cache.get(node)!;
  const resolved = resolveNode(node);
  const info = resolved ? toInfo(resolved) : node.issuer ? { name: node.issuer } : null;
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
