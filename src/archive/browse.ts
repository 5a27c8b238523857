/**
 * Browse lists: facets (kind, issuer, year) with counts, directives ranked by how many
 * documents implement them, and pagination. Computed once per build, in linear time.
 */
import type { GraphNode, ReferenceGraph } from './graph.ts';
import { newestFirst } from './graph.ts';
import { slugify } from '../text/vietnamese.ts';
import { shortDigest } from '../text/slug-cap.ts';
import { distinctLabels } from './issuer.ts';

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

const UNKNOWN = { key: 'khong-ro', label: 'Không rõ' };

/** The value of a facet a node has: what groups it, and its label. */
function facetOf(node: GraphNode, facet: FacetName): { key: string; label: string; province?: string } {
  const doc = node.doc!.data;
  if (facet === 'loai') return { key: slugify(doc.kind), label: doc.kind };
  if (facet === 'nam') return node.year ? { key: String(node.year), label: String(node.year) } : UNKNOWN;
  if (!node.issuer || !node.issuerKey) return UNKNOWN;
  return { key: node.issuerKey, label: node.issuer, ...(node.issuerProvince && { province: node.issuerProvince }) };
}

interface Group {
  key: string;
  label: string;
  province?: string;
  nodes: GraphNode[];
}

/**
 * Issuer values: labels told apart by province where bodies share a name (distinctLabels), and
 * URL segments from the name alone — the address an issuer has always had — unless two bodies'
 * names give one segment, which then each end in their province (and a digest if that ties).
 */
function issuerValues(groups: Group[]): FacetValue[] {
  const bodies = groups.map((g) => ({
    name: g.label,
    printed: null,
    level: null,
    province: g.province ?? null,
    inferred: null,
    key: g.key,
  }));
  const labels = distinctLabels(bodies);
  const slugOf = (g: Group) => (g.key === UNKNOWN.key ? g.key : slugify(g.label));
  const taken = new Map<string, number>();
  for (const g of groups) taken.set(slugOf(g), (taken.get(slugOf(g)) ?? 0) + 1);
  const withProvince = (g: Group) => `${slugOf(g)}-${slugify(g.province ?? 'chua ro tinh')}`;
  const again = new Map<string, number>();
  for (const g of groups)
    if (taken.get(slugOf(g))! > 1) again.set(withProvince(g), (again.get(withProvince(g)) ?? 0) + 1);
  return groups.map((g) => {
    let slug = slugOf(g);
    if (taken.get(slug)! > 1)
      slug = again.get(withProvince(g))! > 1 ? `${withProvince(g)}-${shortDigest(g.key)}` : withProvince(g);
    return { facet: 'co-quan', slug, label: labels.get(g.key) ?? g.label, nodes: g.nodes };
  });
}

/**
 * Every value of a facet over the archived documents, with counts. An issuer is a body
 * (GraphNode.issuerKey): its printings ("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG", "Liên đoàn Lao
 * động huyện Phú Riềng") are one value, labelled with its canonical name; an issuer the
 * authority does not know is labelled as most often printed ("UỶ BAN" / "ỦY BAN" fold alike).
 * @example facetValues(graph, 'loai').map((v) => [v.label, v.nodes.length]) // [['Kế hoạch', 4], …]
 */
export function facetValues(graph: ReferenceGraph, facet: FacetName): FacetValue[] {
  const byKey = new Map<string, { labels: Map<string, number>; province?: string; nodes: GraphNode[] }>();
  for (const node of graph.nodes) {
    if (!node.doc) continue;
    const { key, label, province } = facetOf(node, facet);
    let value = byKey.get(key);
    if (!value) byKey.set(key, (value = { labels: new Map(), ...(province && { province }), nodes: [] }));
    value.labels.set(label, (value.labels.get(label) ?? 0) + 1);
    value.nodes.push(node);
  }
  const groups: Group[] = [...byKey].map(([key, v]) => ({
    key,
    label: [...v.labels].sort((a, b) => b[1] - a[1])[0]![0],
    ...(v.province && { province: v.province }),
    nodes: v.nodes.sort(newestFirst),
  }));
  const values =
    facet === 'co-quan'
      ? issuerValues(groups)
      : groups.map((g) => ({ facet, slug: g.key, label: g.label, nodes: g.nodes }));
  return facet === 'nam'
    ? values.sort((a, b) => b.slug.localeCompare(a.slug))
    : values.sort((a, b) => b.nodes.length - a.nodes.length || a.label.localeCompare(b.label, 'vi'));
}

/**
 * Documents that others implement, most implemented first (direct implementers counted),
 * then by how often they are cited at all.
 * @example rankDirectives(graph)[0].node.number === '43-NQ/TW'
 */
export function rankDirectives(
  graph: ReferenceGraph,
): Array<{ node: GraphNode; implementedBy: number; citedBy: number }> {
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
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    items: items.slice(i * size, (i + 1) * size),
  }));
}
