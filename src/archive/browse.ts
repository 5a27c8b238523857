/**
 * Browse lists: facets (kind, issuer, year) with counts, directives ranked by how many
 * documents implement them, and pagination. Computed once per build, in linear time.
 */
import type { GraphNode, ReferenceGraph } from './graph.ts';
import { newestFirst } from './graph.ts';
import { slugify } from '../text/vietnamese.ts';

export type FacetName = 'loai' | 'co-quan' | 'nam';

/** One value of a facet, with the archived documents that have it, newest first. */
export interface FacetValue {
  facet: FacetName;
  /** URL segment, free of diacritics. */
  slug: string;
  /** As shown to readers. */
  label: string;
  nodes: GraphNode[];
}

const UNKNOWN = { slug: 'khong-ro', label: 'Không rõ' };

function facetOf(node: GraphNode, facet: FacetName): { slug: string; label: string } {
  const doc = node.doc!.data;
  if (facet === 'loai') return { slug: slugify(doc.kind), label: doc.kind };
  if (facet === 'nam') return node.year ? { slug: String(node.year), label: String(node.year) } : UNKNOWN;
  return doc.issuer ? { slug: slugify(doc.issuer), label: doc.issuer } : UNKNOWN;
}

/**
 * Every value of a facet over the archived documents, with counts. Issuers that fold to the
 * same slug ("UỶ BAN" / "ỦY BAN") are one value, labelled as most often printed.
 * @example facetValues(graph, 'loai').map((v) => [v.label, v.nodes.length]) // [['Kế hoạch', 4], …]
 */
export function facetValues(graph: ReferenceGraph, facet: FacetName): FacetValue[] {
  const bySlug = new Map<string, { labels: Map<string, number>; nodes: GraphNode[] }>();
  for (const node of graph.nodes) {
    if (!node.doc) continue;
    const { slug, label } = facetOf(node, facet);
    let value = bySlug.get(slug);
    if (!value) bySlug.set(slug, (value = { labels: new Map(), nodes: [] }));
    value.labels.set(label, (value.labels.get(label) ?? 0) + 1);
    value.nodes.push(node);
  }
  const values = [...bySlug].map(([slug, v]) => ({
    facet,
    slug,
    label: [...v.labels].sort((a, b) => b[1] - a[1])[0]![0],
    nodes: v.nodes.sort(newestFirst),
  }));
  return facet === 'nam'
    ? values.sort((a, b) => b.slug.localeCompare(a.slug))
    : values.sort((a, b) => b.nodes.length - a.nodes.length || a.label.localeCompare(b.label, 'vi'));
}

/**
 * Documents that others implement, most implemented first (direct implementers counted),
 * then by how often they are cited at all.
 * @example rankDirectives(graph)[0].node.number === '43-NQ/TW'
 */
export function rankDirectives(graph: ReferenceGraph): Array<{ node: GraphNode; implementedBy: number; citedBy: number }> {
  return graph.nodes
    .map((node) => ({
      node,
      implementedBy: new Set(node.citedBy.filter((c) => c.type === 'implements').map((c) => c.from)).size,
      citedBy: new Set(node.citedBy.map((c) => c.from)).size,
    }))
    .filter((r) => r.citedBy > 0)
    .sort((a, b) => b.implementedBy - a.implementedBy || b.citedBy - a.citedBy || newestFirst(a.node, b.node));
}

/**
 * Split a list into pages; page 1 has no number in its URL.
 * @example paginate([1, 2, 3], 2).map((p) => p.items) // [[1, 2], [3]]
 */
export function paginate<T>(items: T[], size: number): Array<{ page: number; pages: number; items: T[] }> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ page: i + 1, pages, items: items.slice(i * size, (i + 1) * size) }));
}
