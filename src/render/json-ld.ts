/**
 * schema.org Legislation metadata for a document page (https://schema.org/Legislation),
 * as legislation.gov.uk and EUR-Lex publish it.
 */
import type { GraphNode } from '../archive/graph.ts';

/**
 * The JSON-LD object for a node: identifier, date, issuer, and what it implements.
 * @example legislationJsonLd(node, (n) => `https://example.gov.vn/van-ban/${n.slug}/`)['@type'] === 'Legislation'
 */
export function legislationJsonLd(node: GraphNode, urlOf: (n: GraphNode) => string): Record<string, unknown> {
  const implemented = [...new Set(node.cites.filter((e) => e.type === 'implements').map((e) => e.to))];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': urlOf(node),
    url: urlOf(node),
    name: node.doc?.data.title ?? node.subjects[0] ?? node.number ?? undefined,
    legislationIdentifier: node.number ?? undefined,
    legislationType: node.kind,
    legislationDate: node.date,
    datePublished: node.date,
    inLanguage: 'vi',
    legislationPassedBy: node.issuer ? { '@type': 'Organization', name: node.issuer } : undefined,
    legislationApplies: implemented.map((to) => ({
      '@type': 'Legislation',
      '@id': urlOf(to),
      legislationIdentifier: to.number ?? undefined,
    })),
  };
}
