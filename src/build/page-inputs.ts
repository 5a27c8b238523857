/**
 * What each generated page shows, reduced to plain data, and its digest: two builds give a
 * page the same digest exactly when they give it the same inputs, so an incremental build
 * re-renders only the pages whose digest changed (scripts/build.ts). Every input a page reads
 * must be here; an input too many only costs a needless re-render, an input missing makes a
 * stale page, so when unsure a field is included.
 *
 * Pure: no Astro, no files (the document's file text is passed in).
 */
import { createHash } from 'node:crypto';
import type { FacetValue } from '../archive/browse.ts';
import { implementationChain, implementationTree, type GraphNode } from '../archive/graph.ts';

/** Plain data: what a digest is taken of. */
export type Inputs = null | boolean | number | string | Inputs[] | { [key: string]: Inputs | undefined };

/**
 * SHA-256 of plain data's JSON text, 32 hex digits. The text keeps the order in which the
 * inputs below build their keys (the same on every build), so equal digests mean equal
 * inputs; data that differ only in key order would differ in digest too, which costs a
 * needless re-render and never a stale page. (A sorted-key text cost 25 s of a 100,000-document
 * build.)
 * @example digestInputs({ a: 1 }) === digestInputs({ a: 1 }) // true
 */
export function digestInputs(value: Inputs): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

/**
 * How a node appears on another page (NodeList, the breadcrumb, the tree, JSON-LD, body
 * links): its address, label fields, date, issuer, title or subjects, and whether it is
 * archived. Its own edges are not included: a neighbour gaining an implementer does not
 * change how it is shown elsewhere.
 * @example nodeSummary(node).slug === '2023/43-nq-tw'
 */
export function nodeSummary(node: GraphNode): Inputs {
  return {
    slug: node.slug,
    key: node.key,
    kind: node.kind,
    number: node.number,
    numberPrinted: node.numberPrinted,
    date: node.date,
    year: node.year,
    issuer: node.issuer,
    issuerLevel: node.issuerLevel,
    issuerProvince: node.issuerProvince,
    title: node.doc?.data.title,
    subjects: node.subjects,
    archived: node.doc !== undefined,
  };
}

const summaries = new WeakMap<GraphNode, string>();

/**
 * The digest of a node's summary, taken once per node: a node appears on many pages (every
 * list it is on, its neighbours' pages), and a 100,000-document build digests millions of
 * such appearances. A digest stands for its summary as well as the summary itself would.
 */
export function summaryDigest(node: GraphNode): string {
  let digest = summaries.get(node);
  if (digest === undefined) summaries.set(node, (digest = digestInputs(nodeSummary(node))));
  return digest;
}

/**
 * Validated frontmatter (dates, nested objects) as digest input: its JSON text is the same as
 * its plain copy's (dates written by their toJSON), so no copy is made.
 */
const plain = (value: unknown): Inputs => (value ?? null) as Inputs;

/**
 * The inputs of a document page (src/pages/van-ban/[...slug].astro): the document itself (its
 * file: frontmatter and body), the issuer label the search metadata uses, the chain above it,
 * every edge out and in with the node at its other end, and the implementation tree below it.
 * @example documentPageInputs(node, 'ỦY BAN NHÂN DÂN TỈNH', fileText)
 */
export function documentPageInputs(node: GraphNode, issuerLabel: string, fileText: string | null): Inputs {
  const edge = (type: string, other: GraphNode, citation: unknown): Inputs => ({
    type,
    node: summaryDigest(other),
    citation: plain(citation),
  });
  return {
    self: summaryDigest(node),
    data: plain(node.doc?.data),
    file: fileText,
    issuerLabel,
    chain: implementationChain(node).map(summaryDigest),
    cites: node.cites.map((e) => edge(e.type, e.to, e.citation)),
    citedBy: node.citedBy.map((c) => edge(c.type, c.from, c.citation)),
    tree: implementationTree(node).map((level) => level.map(summaryDigest)),
  };
}

/**
 * The inputs of one page of a browse list (src/pages/duyet/[facet]/[value]/[...page].astro).
 * @example facetPageInputs(value, 1, 3, items)
 */
export function facetPageInputs(value: FacetValue, page: number, pages: number, items: GraphNode[]): Inputs {
  return {
    facet: value.facet,
    slug: value.slug,
    label: value.label,
    count: value.nodes.length,
    page,
    pages,
    items: items.map(summaryDigest),
  };
}

/** One line of the directive ranking (src/archive/browse.ts rankDirectives). */
export interface RankedDirective {
  node: GraphNode;
  implementedBy: number;
  citedBy: number;
}

/**
 * The inputs of one page of the directive ranking (src/pages/van-ban-chi-dao/[...page].astro).
 * @example directivePageInputs(1, 2, 0, items)
 */
export function directivePageInputs(page: number, pages: number, offset: number, items: RankedDirective[]): Inputs {
  return {
    page,
    pages,
    offset,
    items: items.map((i) => ({ node: summaryDigest(i.node), implementedBy: i.implementedBy, citedBy: i.citedBy })),
  };
}

/**
 * The inputs of a published original (src/pages/nguon/[...path].ts): where it is kept and the
 * digest of its bytes.
 * @example sourceInputs('sources/2024/a.txt', 'ab12…')
 */
export function sourceInputs(kept: string, bytesDigest: string): Inputs {
  return { kept, bytes: bytesDigest };
}

/** The edges of a node of one type, out or in, as the summaries of the nodes at their other end. */
function edgeSummaries(node: GraphNode, type: string): { out: Inputs[]; in: Inputs[] } {
  return {
    out: node.cites.filter((e) => e.type === type).map((e) => summaryDigest(e.to)),
    in: node.citedBy.filter((c) => c.type === type).map((c) => summaryDigest(c.from)),
  };
}

/**
 * The inputs of a document's JSON (src/pages/van-ban/[...slug]/index.json.ts): the document
 * and the documents it implements and mentions, and that implement and mention it.
 * @example documentJsonInputs(node)
 */
export function documentJsonInputs(node: GraphNode): Inputs {
  return {
    self: summaryDigest(node),
    implements: edgeSummaries(node, 'implements'),
    mentions: edgeSummaries(node, 'mentions'),
  };
}

/**
 * The inputs of a directive's feed (src/pages/van-ban/[...slug]/feed.xml.ts): the directive
 * and each entry of its feed (render/feeds.ts directiveFeedItems, passed in) with what it
 * implements or mentions.
 * @example documentFeedInputs(nq43, directiveFeedItems(nq43))
 */
export function documentFeedInputs(
  root: GraphNode,
  items: ReadonlyArray<{ node: GraphNode; via: GraphNode; relation: string }>,
): Inputs {
  return {
    self: summaryDigest(root),
    items: items.map((i) => ({ node: summaryDigest(i.node), via: summaryDigest(i.via), relation: i.relation })),
  };
}

/**
 * The inputs of a directive's implementers as CSV (src/pages/van-ban/[...slug]/thuc-hien.csv.ts):
 * its implementation tree, each implementer with what it implements.
 * @example implementersCsvInputs(nq43)
 */
export function implementersCsvInputs(root: GraphNode): Inputs {
  return {
    self: summaryDigest(root),
    tree: implementationTree(root).map((level) =>
      level.map((n) => ({ node: summaryDigest(n), implements: edgeSummaries(n, 'implements').out })),
    ),
  };
}

/**
 * The inputs of a whole browse list as one file: its CSV (src/pages/duyet/[facet]/[value]/danh-sach.csv.ts)
 * or an issuer's feed (src/pages/duyet/co-quan/[value]/feed.xml.ts), which shows its first `limit` documents.
 * @example facetListInputs(value, value.nodes.length)
 */
export function facetListInputs(value: FacetValue, limit: number): Inputs {
  return {
    facet: value.facet,
    slug: value.slug,
    label: value.label,
    items: value.nodes.slice(0, limit).map(summaryDigest),
  };
}
