/**
 * The issuer of a graph node as the overview, the JSON, the citation and the feeds see it. The
 * graph resolves every issuer once, through the issuer authority (src/archive/issuer.ts): this
 * module only reads its fields, and gives the provinces in force on a date.
 */
import type { GraphNode } from '../archive/graph.ts';
import type { IssuerInfo } from '../archive/overview/issuer-info.ts';
import { provincesInForce } from '../reading/issuers/index.ts';

/**
 * The issuer of a node: its canonical name, level and province when the authority knows the
 * body (or the importer inferred it); the printed name alone otherwise; null when nothing
 * names one.
 * @example issuerInfoOf(districtPlan) // { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', province: 'Bình Phước' }
 */
export function issuerInfoOf(node: GraphNode): IssuerInfo | null {
  if (!node.issuer) return null;
  return {
    name: node.issuer,
    ...(node.issuerLevel ? { level: node.issuerLevel } : {}),
    ...(node.issuerProvince ? { province: node.issuerProvince } : {}),
  };
}

/**
 * Names of the provinces in force on an ISO date: 63 before 1 July 2025, 34 from then.
 * @example provincesInForceAt('2024-08-08').length === 63
 */
export function provincesInForceAt(isoDate: string): string[] {
  return provincesInForce(isoDate).map((p) => p.name);
}
