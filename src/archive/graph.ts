/**
 * The reference graph: documents in the archive plus every document they cite, joined by
 * *implements* and *mentions* edges resolved by identity (DESIGN.md: number, year, issuer).
 * Built once per build in time linear in the number of citations.
 */
import { numberSlug, type ArchivedDocument } from './identity.ts';
import type { KindName } from '../reading/kinds.ts';
import { numberKey } from '../reading/document-number.ts';
import { foldText } from '../text/vietnamese.ts';

export type EdgeType = 'implements' | 'mentions';

/** What one citation in one document says about the cited document. */
export interface CitationRecord {
  number: string;
  kind?: KindName;
  date?: string;
  issuer?: string;
  subject?: string;
}

/** A document of the graph: in the archive (`doc` set) or known only from citations. */
export interface GraphNode {
  /** Unique within the graph: the archive identity, or "key|year" for a cited-only document. */
  id: string;
  /** Folded number key ("43-NQ/TW"); '' for an archived document without a number. */
  key: string;
  /** Path under /van-ban/, e.g. "2023/43-nq-tw". */
  slug: string;
  /** The number as printed (the archived file's, else the first citation's). */
  number: string | null;
  kind?: KindName;
  date?: string;
  year: number | null;
  issuer?: string;
  /** Subjects ("về …") that citations give, distinct, in order of first appearance. */
  subjects: string[];
  /** The archived document, when its text is in the archive. */
  doc?: ArchivedDocument;
  /** Every citation of this node, with the citing node. */
  citedBy: Array<{ from: GraphNode; type: EdgeType; citation: CitationRecord }>;
  /** Resolved outgoing edges (archived documents only). */
  cites: Array<{ to: GraphNode; type: EdgeType; citation: CitationRecord }>;
}

/** A citation the graph could not resolve to one document, kept for the maintainer. */
export interface AmbiguousCitation {
  from: GraphNode;
  type: EdgeType;
  citation: CitationRecord;
  candidates: GraphNode[];
}

/** Citations of one document that disagree (two dates for one number, say). */
export interface CitationConflict {
  node: GraphNode;
  field: 'date';
  values: Array<{ value: string; from: GraphNode }>;
}

export interface ReferenceGraph {
  nodes: GraphNode[];
  bySlug: Map<string, GraphNode>;
  /** Archived and cited documents by folded number key. */
  byKey: Map<string, GraphNode[]>;
  ambiguous: AmbiguousCitation[];
  conflicts: CitationConflict[];
  /** Citations whose number could not be read at all. */
  unreadable: Array<{ from: GraphNode; citation: CitationRecord }>;
}

const yearOf = (date?: string | null): number | null => (date ? Number(date.slice(0, 4)) : null);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mostCommon<T>(values: Array<T | undefined>): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    if (v === undefined) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) [best, bestCount] = [v, c];
  }
  return best;
}

/** Narrow candidates by the citation's issuer phrase when it tells them apart. */
function byIssuer(candidates: GraphNode[], issuer?: string): GraphNode[] {
  if (!issuer || candidates.length < 2) return candidates;
  const wanted = foldText(issuer);
  const hits = candidates.filter((n) => {
    const have = n.issuer ? foldText(n.issuer) : '';
    return have !== '' && (have.includes(wanted) || wanted.includes(have));
  });
  return hits.length > 0 ? hits : candidates;
}

/**
 * Build the graph from the archive. Citations come from each document's `implements` and
 * `mentions`; a citation resolves to the archived or cited document with the same number key
 * and year (the year of the citation's date), narrowed by issuer when that tells them apart.
 * A citation without a date resolves only when its number names a single document.
 * @example buildReferenceGraph(documents).bySlug.get('2023/43-nq-tw')?.citedBy.length
 */
export function buildReferenceGraph(documents: ArchivedDocument[]): ReferenceGraph {
  const nodes: GraphNode[] = [];
  const byKey = new Map<string, GraphNode[]>();
  const external = new Map<string, GraphNode>();
  const ambiguous: AmbiguousCitation[] = [];
  const unreadable: ReferenceGraph['unreadable'] = [];

  for (const doc of documents) {
    const key = doc.data.number ? numberKey(doc.data.number) : '';
    const node: GraphNode = {
      id: doc.identity,
      key,
      slug: doc.slug,
      number: doc.data.number,
      kind: doc.data.kind,
      date: doc.data.date ?? undefined,
      year: doc.year,
      issuer: doc.data.issuer ?? undefined,
      subjects: [],
      doc,
      citedBy: [],
      cites: [],
    };
    nodes.push(node);
    if (key) push(byKey, key, node);
  }
  const archived = [...nodes];

  type Pending = { from: GraphNode; type: EdgeType; citation: CitationRecord; key: string; year: number | null };
  const dated: Pending[] = [];
  const undated: Pending[] = [];
  for (const from of archived) {
    const data = from.doc!.data;
    const cited: Array<[EdgeType, CitationRecord]> = [
      ...data.implements.map((c) => ['implements', c] as [EdgeType, CitationRecord]),
      ...data.mentions.map((c) => ['mentions', c] as [EdgeType, CitationRecord]),
    ];
    for (const [type, citation] of cited) {
      const key = numberKey(citation.number);
      if (!key) {
        unreadable.push({ from, citation });
        continue;
      }
      const year = yearOf(citation.date);
      if (key === from.key && (year === null || year === from.year)) continue; // its own number
      (year === null ? undated : dated).push({ from, type, citation, key, year });
    }
  }

  const link = (p: Pending, to: GraphNode) => {
    p.from.cites.push({ to, type: p.type, citation: p.citation });
    to.citedBy.push({ from: p.from, type: p.type, citation: p.citation });
  };
  const externalNode = (key: string, year: number | null, citation: CitationRecord): GraphNode => {
    const id = `${key}|${year ?? '?'}`;
    let node = external.get(id);
    if (!node) {
      node = {
        id,
        key,
        slug: numberSlug(key, year),
        number: citation.number,
        year,
        subjects: [],
        citedBy: [],
        cites: [],
      };
      external.set(id, node);
      nodes.push(node);
      push(byKey, key, node);
    }
    return node;
  };

  // Dated citations first: they create the cited-only nodes that undated ones may resolve to.
  for (const p of dated) {
    const sameYear = (byKey.get(p.key) ?? []).filter((n) => n.doc && n.year === p.year);
    const matches = byIssuer(sameYear, p.citation.issuer);
    if (matches.length === 1) link(p, matches[0]!);
    else if (matches.length > 1) ambiguous.push({ from: p.from, type: p.type, citation: p.citation, candidates: matches });
    else link(p, externalNode(p.key, p.year, p.citation));
  }
  for (const p of undated) {
    const candidates = byIssuer(byKey.get(p.key) ?? [], p.citation.issuer);
    if (candidates.length === 1) link(p, candidates[0]!);
    else if (candidates.length > 1) ambiguous.push({ from: p.from, type: p.type, citation: p.citation, candidates });
    else link(p, externalNode(p.key, null, p.citation));
  }

  // What the citations say about documents known only from them.
  for (const node of nodes) {
    if (node.doc) continue;
    const said = node.citedBy.map((c) => c.citation);
    node.kind = mostCommon(said.map((c) => c.kind));
    node.date = mostCommon(said.map((c) => c.date));
    node.issuer = mostCommon(said.map((c) => c.issuer));
  }
  const conflicts: CitationConflict[] = [];
  for (const node of nodes) {
    const seenSubjects = new Set<string>();
    for (const { citation } of node.citedBy) {
      if (citation.subject && !seenSubjects.has(citation.subject)) {
        seenSubjects.add(citation.subject);
        node.subjects.push(citation.subject);
      }
    }
    const dates = new Map<string, GraphNode>();
    if (node.doc && node.date) dates.set(node.date, node);
    for (const { citation, from } of node.citedBy) if (citation.date && !dates.has(citation.date)) dates.set(citation.date, from);
    if (dates.size > 1) {
      conflicts.push({ node, field: 'date', values: [...dates].map(([value, from]) => ({ value, from })) });
    }
  }

  // Slugs of cited-only documents that collide with an archived one get a suffix.
  const bySlug = new Map<string, GraphNode>();
  for (const node of nodes) {
    let slug = node.slug;
    for (let n = 2; bySlug.has(slug); n++) slug = `${node.slug}-${n}`;
    node.slug = slug;
    bySlug.set(slug, node);
  }
  return { nodes, bySlug, byKey, ambiguous, conflicts, unreadable };
}

/**
 * The documents that implement a node, level by level (direct implementers first, then theirs),
 * each document once at the highest level it reaches, newest first within a level, cycles cut.
 * @example implementationTree(graph.bySlug.get('2023/43-nq-tw')!)[0] // direct implementers
 */
export function implementationTree(root: GraphNode): GraphNode[][] {
  const levels: GraphNode[][] = [];
  const seen = new Set<GraphNode>([root]);
  let frontier = [root];
  while (frontier.length > 0) {
    const next: GraphNode[] = [];
    for (const node of frontier) {
      for (const { from, type } of node.citedBy) {
        if (type !== 'implements' || seen.has(from)) continue;
        seen.add(from);
        next.push(from);
      }
    }
    if (next.length === 0) break;
    levels.push(next.sort(newestFirst));
    frontier = next;
  }
  return levels;
}

/**
 * The chain of implemented documents above a node, nearest first, up to one that implements
 * nothing (the central directive). Where a document implements several, the chain goes through
 * the one with the longest chain above it (the provincial plan rather than the resolution it
 * also names), so the breadcrumb shows every level; cycles cut.
 * @example implementationChain(districtPlan).map((n) => n.number) // ['79/KH-LĐLD', '43-NQ/TW']
 */
export function implementationChain(node: GraphNode): GraphNode[] {
  const depth = new Map<GraphNode, number>();
  const measure = (n: GraphNode, path: Set<GraphNode>): number => {
    const known = depth.get(n);
    if (known !== undefined) return known;
    path.add(n);
    let best = 0;
    for (const e of n.cites) if (e.type === 'implements' && !path.has(e.to)) best = Math.max(best, 1 + measure(e.to, path));
    path.delete(n);
    depth.set(n, best);
    return best;
  };
  const chain: GraphNode[] = [];
  const seen = new Set<GraphNode>([node]);
  let current: GraphNode | undefined = node;
  while (current) {
    let up: GraphNode | undefined;
    for (const e of current.cites) {
      if (e.type !== 'implements' || seen.has(e.to)) continue;
      if (!up || measure(e.to, new Set(seen)) > measure(up, new Set(seen))) up = e.to;
    }
    if (!up) break;
    chain.push(up);
    seen.add(up);
    current = up;
  }
  return chain;
}

/**
 * Group nodes by issuer, each group newest first, groups by size then name.
 * @example groupByIssuer(level)[0] // { issuer: 'LIÊN ĐOÀN LAO ĐỘNG TỈNH …', nodes: [...] }
 */
export function groupByIssuer(nodes: GraphNode[]): Array<{ issuer: string; nodes: GraphNode[] }> {
  const groups = new Map<string, GraphNode[]>();
  for (const node of nodes) push(groups, node.issuer ?? '', node);
  return [...groups]
    .map(([issuer, list]) => ({ issuer, nodes: [...list].sort(newestFirst) }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.issuer.localeCompare(b.issuer, 'vi'));
}

/** Order nodes newest first; undated last. */
export function newestFirst(a: GraphNode, b: GraphNode): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || (a.number ?? '').localeCompare(b.number ?? '');
}
