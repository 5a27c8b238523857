/**
 * The reference graph: documents in the archive plus every document they cite, joined by
 * *implements* and *mentions* edges resolved by identity (DESIGN.md: number, year, issuer).
 * Built once per build in time linear in the number of citations.
 */
import { numberSlug, type ArchivedDocument } from './identity.ts';
import type { KindName } from '../reading/kinds.ts';
import { numberKey } from '../reading/document-number.ts';
import { canonicalNumber } from '../reading/canonical-number.ts';
import { findCitations } from '../reading/citations.ts';
import type { IssuerLevel } from '../reading/issuers/index.ts';
import { citedIssuer, documentIssuer, distinctLabels, isSameIssuer, type IssuerBody } from './issuer.ts';
import { provinceEra } from '../reading/issuers/provinces.ts';

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
  /**
   * The number as pages show it: the printed number with typing slips mended by
   * `canonicalNumber` ("27 /KH-LĐLD" → "27/KH-LĐLĐ"; letter case kept).
   */
  number: string | null;
  /** The number as printed (the archived file's, else the first citation's), for the metadata panel. */
  numberPrinted: string | null;
  kind?: KindName;
  date?: string;
  year: number | null;
  /**
   * The issuing body's name as pages show it: canonical, in normal case, from the issuer
   * authority ("Liên đoàn Lao động huyện Phú Riềng"); the inferred issuer's when the header lost
   * it; the printed text when the authority does not know the body. For a document known only
   * from citations, what most of them say, resolved the same way.
   */
  issuer?: string;
  /** The issuer as printed on the document (or in the citations); absent when inferred. */
  issuerPrinted?: string;
  /** The body's level (trung ương, tỉnh, huyện, xã), when known. */
  issuerLevel?: IssuerLevel;
  /** The body's canonical province, when something states it; never for central bodies. */
  issuerProvince?: string;
  /** The importer's visible note when it inferred the issuer ("Suy ra từ nội dung: …"). */
  issuerInferred?: string;
  /** What groups printings of one body (folded canonical name and province): browse facets and groups use it. */
  issuerKey?: string;
  /** Subjects ("về …") that citations give, distinct, in order of first appearance. */
  subjects: string[];
  /** The archived document, when its text is in the archive. */
  doc?: ArchivedDocument;
  /** Every citation of this node, with the citing node. */
  citedBy: Array<{ from: GraphNode; type: EdgeType; citation: CitationRecord }>;
  /**
   * Resolved outgoing edges: an archived document's citations; for a document known only from
   * citations, what a citation's subject says it implements ("Thực hiện …").
   */
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

/** The issuer fields of a node from a body. */
function issuerFields(body: IssuerBody | null): Partial<GraphNode> {
  if (!body) return {};
  return {
    issuer: body.name,
    issuerKey: body.key,
    ...(body.printed && { issuerPrinted: body.printed }),
    ...(body.level && { issuerLevel: body.level }),
    ...(body.province && { issuerProvince: body.province }),
    ...(body.inferred && { issuerInferred: body.inferred }),
  };
}

/** A node's issuer as a body, when it has one. */
function bodyOf(node: GraphNode): IssuerBody | null {
  if (!node.issuer || !node.issuerKey) return null;
  return {
    name: node.issuer,
    printed: node.issuerPrinted ?? null,
    level: node.issuerLevel ?? null,
    province: node.issuerProvince ?? null,
    inferred: node.issuerInferred ?? null,
    key: node.issuerKey,
  };
}

/** Narrow candidates by the body the citation's issuer names, when it tells them apart. */
function byIssuer(candidates: GraphNode[], wanted: IssuerBody | null): GraphNode[] {
  if (!wanted || candidates.length < 2) return candidates;
  const hits = candidates.filter((n) => {
    const have = bodyOf(n);
    return have !== null && isSameIssuer(have, wanted);
  });
  return hits.length > 0 ? hits : candidates;
}

/**
 * The body a citation's issuer phrase names, read once per phrase, date and province: in the
 * context of the citing document's province, for a provincial body cited without its place.
 */
function issuerReader(): (from: GraphNode, citation: CitationRecord) => IssuerBody | null {
  const cache = new Map<string, IssuerBody>();
  return (from, citation) => {
    if (!citation.issuer) return null;
    const date = citation.date ?? from.date;
    const province = from.doc ? from.issuerProvince : undefined;
    // The date counts only as far as which provinces are in force (resolveIssuer).
    const id = `${citation.issuer}|${provinceEra(date)}|${province ?? ''}`;
    let body = cache.get(id);
    if (!body) cache.set(id, (body = citedIssuer(citation.issuer, date, province)));
    return body;
  };
}

/** A citation waiting to be resolved: who cites, how, and the number key and year cited. */
interface Pending {
  from: GraphNode;
  type: EdgeType;
  citation: CitationRecord;
  key: string;
  year: number | null;
}

/** The graph while it is built: nodes so far and where to find them. */
interface GraphState {
  nodes: GraphNode[];
  byKey: Map<string, GraphNode[]>;
  /** Cited-only nodes by "key|year". */
  external: Map<string, GraphNode>;
  ambiguous: AmbiguousCitation[];
  unreadable: ReferenceGraph['unreadable'];
  /** The body a citation's issuer names. */
  citedBody: ReturnType<typeof issuerReader>;
}

/** The node of an archived document. */
function archivedNode(doc: ArchivedDocument): GraphNode {
  return {
    id: doc.identity,
    key: doc.data.number ? numberKey(doc.data.number) : '',
    slug: doc.slug,
    number: doc.data.number ? canonicalNumber(doc.data.number) : null,
    numberPrinted: doc.data.number,
    kind: doc.data.kind,
    date: doc.data.date ?? undefined,
    year: doc.year,
    ...issuerFields(documentIssuer(doc.data)),
    subjects: [],
    doc,
    citedBy: [],
    cites: [],
  };
}

/** A citation as pending, or null (recorded as unreadable) when its number cannot be read. */
function toPending(state: GraphState, from: GraphNode, type: EdgeType, citation: CitationRecord): Pending | null {
  const key = numberKey(citation.number);
  if (!key) {
    state.unreadable.push({ from, citation });
    return null;
  }
  const year = yearOf(citation.date);
  if (key === from.key && (year === null || year === from.year)) return null; // its own number
  return { from, type, citation, key, year };
}

/** Every citation of the archived documents, in document order, implements before mentions. */
function archivedCitations(state: GraphState, archived: GraphNode[]): Pending[] {
  const pending: Pending[] = [];
  for (const from of archived) {
    const data = from.doc!.data;
    const cited: Array<[EdgeType, CitationRecord]> = [
      ...data.implements.map((c): [EdgeType, CitationRecord] => ['implements', c]),
      ...data.mentions.map((c): [EdgeType, CitationRecord] => ['mentions', c]),
    ];
    for (const [type, citation] of cited) {
      const p = toPending(state, from, type, citation);
      if (p) pending.push(p);
    }
  }
  return pending;
}

function link(p: Pending, to: GraphNode): void {
  p.from.cites.push({ to, type: p.type, citation: p.citation });
  to.citedBy.push({ from: p.from, type: p.type, citation: p.citation });
}

/** The node of a document known only from citations, created on first use. */
function externalNode(state: GraphState, key: string, year: number | null, citation: CitationRecord): GraphNode {
  const id = `${key}|${year ?? '?'}`;
  let node = state.external.get(id);
  if (!node) {
    node = {
      id,
      key,
      slug: numberSlug(key, year),
      number: canonicalNumber(citation.number),
      numberPrinted: citation.number,
      year,
      subjects: [],
      citedBy: [],
      cites: [],
    };
    state.external.set(id, node);
    state.nodes.push(node);
    push(state.byKey, key, node);
  }
  return node;
}

/**
 * Resolve one citation: a dated one to the archived document of the same key and year, an
 * undated one to the only document (archived or cited) of that key; narrowed by issuer; a
 * citation that fits several is kept as ambiguous; one that fits none gets a cited-only node.
 * Returns the node linked to, if any.
 */
function resolve(state: GraphState, p: Pending): GraphNode | undefined {
  const sameKey = state.byKey.get(p.key) ?? [];
  const candidates = byIssuer(
    p.year === null ? sameKey : sameKey.filter((n) => n.doc && n.year === p.year),
    state.citedBody(p.from, p.citation),
  );
  if (candidates.length > 1) {
    state.ambiguous.push({ from: p.from, type: p.type, citation: p.citation, candidates });
    return undefined;
  }
  const to = candidates[0] ?? externalNode(state, p.key, p.year, p.citation);
  link(p, to);
  return to;
}

/** Resolve citations, dated first: they create the cited-only nodes undated ones may resolve to. */
function resolveAll(state: GraphState, pending: Pending[]): void {
  for (const p of pending) if (p.year !== null) resolve(state, p);
  for (const p of pending) if (p.year === null) resolve(state, p);
}

/** The citations a subject says its document implements ("Thực hiện Nghị quyết số 43-NQ/TW …"). */
function implementedBySubject(subject: string): CitationRecord[] {
  return findCitations(subject)
    .citations.filter((c) => c.implements)
    .map((c) => ({
      number: c.number.canonical,
      ...(c.kind && { kind: c.kind }),
      ...(c.date && { date: c.date }),
      ...(c.issuer && { issuer: c.issuer }),
      ...(c.subject && { subject: c.subject }),
    }));
}

/**
 * Chains through cited documents (issue 13): when a citation's subject says the cited
 * document is "Thực hiện / Triển khai …" another (the openings of src/reading/openings.ts, read
 * by findCitations), the cited document implements that one. Only documents known from
 * citations get such edges: an archived document's own frontmatter says what it implements.
 * Subjects are taken in node order, then in order of appearance, so the edges are the same
 * from build to build; a derived citation's subject is read in turn (a shorter text each time).
 */
function deriveChains(state: GraphState): void {
  const queue: Array<[GraphNode, string]> = [];
  const seen = new Map<GraphNode, Set<string>>();
  const enqueue = (node: GraphNode, subject?: string) => {
    if (node.doc || !subject) return;
    const subjects = seen.get(node) ?? new Set<string>();
    seen.set(node, subjects);
    if (subjects.has(subject)) return;
    subjects.add(subject);
    queue.push([node, subject]);
  };
  for (const node of state.nodes) for (const { citation } of node.citedBy) enqueue(node, citation.subject);
  for (let i = 0; i < queue.length; i++) {
    const [from, subject] = queue[i]!;
    for (const citation of implementedBySubject(subject)) {
      const p = toPending(state, from, 'implements', citation);
      if (!p || from.cites.some((e) => e.type === 'implements' && e.to.key === p.key)) continue;
      const to = resolve(state, p);
      if (to) enqueue(to, citation.subject);
    }
  }
}

/** The body most citations name (the first named on a tie), printed as most of those print it. */
function citedBodyOf(state: GraphState, node: GraphNode): IssuerBody | null {
  const bodies = node.citedBy
    .map((c) => state.citedBody(c.from, c.citation))
    .filter((b): b is IssuerBody => b !== null);
  const key = mostCommon(bodies.map((b) => b.key));
  const same = bodies.filter((b) => b.key === key);
  if (same.length === 0) return null;
  return { ...same[0]!, printed: mostCommon(same.map((b) => b.printed ?? undefined)) ?? null };
}

/** Hand an edge's end over from one node to another, dropping it where it would repeat or loop. */
function moveEdges(from: GraphNode, to: GraphNode): void {
  for (const edge of from.citedBy) {
    const back = edge.from.cites.find((e) => e.to === from && e.citation === edge.citation)!;
    if (edge.from === to) {
      to.cites.splice(to.cites.indexOf(back), 1);
      continue;
    }
    back.to = to;
    to.citedBy.push(edge);
  }
  for (const edge of from.cites) {
    const back = edge.to.citedBy.find((c) => c.from === from && c.citation === edge.citation)!;
    // An archived document's own frontmatter says what it implements (deriveChains).
    if (to.doc || edge.to === to || to.cites.some((e) => e.type === edge.type && e.to === edge.to)) {
      edge.to.citedBy.splice(edge.to.citedBy.indexOf(back), 1);
      continue;
    }
    back.from = to;
    to.cites.push(edge);
  }
}

/**
 * An undated citation resolves to the only document of its number (resolve), but a dated
 * citation read later from a subject (deriveChains) may give that number its dated document
 * after the undated one made a node of its own: "Nghị quyết số 43-NQ/TW" in one plan and
 * "Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023" in another's citation are one document.
 * Such a node is merged into the only other document of its number, unless their citations
 * name different issuing bodies (numbering restarts each term: DESIGN.md "Numbers are not unique").
 */
function mergeUndated(state: GraphState): void {
  const merged = new Map<GraphNode, GraphNode>();
  for (const node of state.external.values()) {
    if (node.year !== null) continue;
    const others = (state.byKey.get(node.key) ?? []).filter((n) => n !== node && !merged.has(n));
    if (others.length !== 1) continue;
    const target = others[0]!;
    const said = citedBodyOf(state, node);
    const have = target.doc ? bodyOf(target) : citedBodyOf(state, target);
    if (said && have && !isSameIssuer(have, said)) continue;
    moveEdges(node, target);
    merged.set(node, target);
  }
  if (merged.size === 0) return;
  state.nodes = state.nodes.filter((n) => !merged.has(n));
  for (const [node] of merged) {
    state.external.delete(node.id);
    state.byKey.set(
      node.key,
      state.byKey.get(node.key)!.filter((n) => n !== node),
    );
  }
  for (const a of state.ambiguous) a.candidates = [...new Set(a.candidates.map((n) => merged.get(n) ?? n))];
}

/** What the citations say about documents known only from them, and the subjects of every node. */
function describeFromCitations(state: GraphState): void {
  for (const node of state.nodes) {
    const said = node.citedBy.map((c) => c.citation);
    if (!node.doc) {
      node.kind = mostCommon(said.map((c) => c.kind));
      node.date = mostCommon(said.map((c) => c.date));
      Object.assign(node, issuerFields(citedBodyOf(state, node)));
    }
    node.subjects = [...new Set(said.map((c) => c.subject).filter((s): s is string => Boolean(s)))];
  }
}

/** Nodes whose citations (or own date) give more than one date. */
function findDateConflicts(nodes: GraphNode[]): CitationConflict[] {
  const conflicts: CitationConflict[] = [];
  for (const node of nodes) {
    const dates = new Map<string, GraphNode>();
    if (node.doc && node.date) dates.set(node.date, node);
    for (const { citation, from } of node.citedBy)
      if (citation.date && !dates.has(citation.date)) dates.set(citation.date, from);
    if (dates.size > 1)
      conflicts.push({ node, field: 'date', values: [...dates].map(([value, from]) => ({ value, from })) });
  }
  return conflicts;
}

/** Slugs of cited-only documents that collide with an archived one get a suffix. */
function assignSlugs(nodes: GraphNode[]): Map<string, GraphNode> {
  const bySlug = new Map<string, GraphNode>();
  for (const node of nodes) {
    let slug = node.slug;
    for (let n = 2; bySlug.has(slug); n++) slug = `${node.slug}-${n}`;
    node.slug = slug;
    bySlug.set(slug, node);
  }
  return bySlug;
}

/**
 * Build the graph from the archive. Citations come from each document's `implements` and
 * `mentions`; a citation resolves to the archived or cited document with the same number key
 * and year (the year of the citation's date), narrowed by issuer when that tells them apart.
 * A citation without a date resolves only when its number names a single document. A cited
 * document whose citation subject says it implements another is linked to that one too.
 * @example buildReferenceGraph(documents).bySlug.get('2023/43-nq-tw')?.citedBy.length
 */
export function buildReferenceGraph(documents: ArchivedDocument[]): ReferenceGraph {
  const state: GraphState = {
    nodes: [],
    byKey: new Map(),
    external: new Map(),
    ambiguous: [],
    unreadable: [],
    citedBody: issuerReader(),
  };
  for (const doc of documents) {
    const node = archivedNode(doc);
    state.nodes.push(node);
    if (node.key) push(state.byKey, node.key, node);
  }
  resolveAll(state, archivedCitations(state, [...state.nodes]));
  deriveChains(state);
  mergeUndated(state);
  describeFromCitations(state);
  const conflicts = findDateConflicts(state.nodes);
  const bySlug = assignSlugs(state.nodes);
  const { nodes, byKey, ambiguous, unreadable } = state;
  return { nodes, bySlug, byKey, ambiguous, conflicts, unreadable };
}

/** The documents that implement a node directly, in citation order, each once. */
function implementersOf(node: GraphNode): GraphNode[] {
  return [...new Set(node.citedBy.filter((c) => c.type === 'implements').map((c) => c.from))];
}

/**
 * The documents below a root in reverse post-order of a depth-first walk down implements
 * edges: a topological order of them with the cycles cut (an edge back to a document still on
 * the walk's path is left out, as it goes against this order).
 */
function topologicalBelow(root: GraphNode): GraphNode[] {
  const order: GraphNode[] = [];
  const stack: Array<{ node: GraphNode; next: GraphNode[]; i: number }> = [
    { node: root, next: implementersOf(root), i: 0 },
  ];
  const visited = new Set<GraphNode>([root]);
  while (stack.length > 0) {
    const top = stack.at(-1)!;
    const child = top.next[top.i++];
    if (child === undefined) {
      stack.pop();
      order.push(top.node);
    } else if (!visited.has(child)) {
      visited.add(child);
      stack.push({ node: child, next: implementersOf(child), i: 0 });
    }
  }
  return order.reverse();
}

/**
 * The documents that implement a node, level by level (direct implementers first, then theirs).
 * Each document appears once, at the level of its longest chain up to the root: a district
 * plan that implements both the resolution and the provincial plan sits under the provincial
 * plan, as its breadcrumb shows (implementationChain). Newest first within a level; cycles cut.
 * @example implementationTree(graph.bySlug.get('2023/43-nq-tw')!)[0] // direct implementers
 */
export function implementationTree(root: GraphNode): GraphNode[][] {
  const order = topologicalBelow(root);
  const position = new Map(order.map((node, i) => [node, i]));
  const level = new Map<GraphNode, number>([[root, 0]]);
  for (const node of order) {
    const depth = level.get(node)!;
    for (const below of implementersOf(node)) {
      // Only edges along the order: the others close a cycle.
      if (position.get(below)! > position.get(node)!) level.set(below, Math.max(level.get(below) ?? 0, depth + 1));
    }
  }
  const levels: GraphNode[][] = [];
  for (const node of order) {
    const depth = level.get(node)!;
    if (depth > 0) (levels[depth - 1] ??= []).push(node);
  }
  return levels.filter((l) => l !== undefined).map((l) => l.sort(newestFirst));
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
    for (const e of n.cites)
      if (e.type === 'implements' && !path.has(e.to)) best = Math.max(best, 1 + measure(e.to, path));
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
 * Group nodes by issuing body (however each printed it), each group newest first, groups by
 * size then name. A group is labelled with the body's canonical name, and its province when
 * bodies of several provinces share the name; '' for the nodes without an issuer.
 * @example groupByIssuer(level)[0] // { issuer: 'Liên đoàn Lao động tỉnh Bình Phước', nodes: [...] }
 */
export function groupByIssuer(nodes: GraphNode[]): Array<{ issuer: string; nodes: GraphNode[] }> {
  const groups = new Map<string, GraphNode[]>();
  for (const node of nodes) push(groups, node.issuerKey ?? '', node);
  const labels = distinctLabels(
    [...groups.values()].map((list) => bodyOf(list[0]!)).filter((b): b is IssuerBody => b !== null),
  );
  return [...groups]
    .map(([key, list]) => ({ issuer: labels.get(key) ?? '', nodes: [...list].sort(newestFirst) }))
    .sort((a, b) => b.nodes.length - a.nodes.length || a.issuer.localeCompare(b.issuer, 'vi'));
}

/** Order nodes newest first; undated last. */
export function newestFirst(a: GraphNode, b: GraphNode): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || (a.number ?? '').localeCompare(b.number ?? '');
}
