/**
 * What a document page tells the search index: its metadata, its filter values and its sort
 * date. One function, called by SearchMeta.astro (the <meta> tags Pagefind reads) and by the
 * page-records endpoint (src/pages/tim-kiem/ban-ghi.json.ts, the data the number index and the
 * shard planner read), so the two always agree.
 *
 * Runs at build time (Astro); no Node APIs.
 */
import type { GraphNode } from '../../archive/graph.ts';
import { documentLabel } from '../../render/labels.ts';
import { paths } from '../../render/urls.ts';
import { slugify } from '../../text/vietnamese.ts';
import { FILTER, META, META_KEYS, type PageMeta, type PageRecord } from '../contract.ts';
import { citedNumberKeys, tokensForNumber } from '../tokens.ts';

/** Words for values the archive does not know (vi.json `doc.unknownKind`, `doc.unknown`). */
export interface UnknownLabels {
  kind: string;
  value: string;
}

/**
 * The issuer's label: the browse facet's, one per issuer however it is printed ("UỶ BAN" /
 * "ỦY BAN"). A document whose issuing organ was not read shows its superior organ.
 * @example issuerLabel(node, new Map([['uy-ban-nhan-dan-tinh', 'ỦY BAN NHÂN DÂN TỈNH']]))
 */
export function issuerLabel(node: GraphNode, issuerLabels: Map<string, string>): string {
  const issuer = node.issuer ?? node.doc?.data.issuerParent ?? undefined;
  return issuer ? (issuerLabels.get(slugify(issuer)) ?? issuer.replace(/\s+/g, ' ').trim()) : '';
}

/** Distinct tokens of several number keys, space-separated. */
function tokensOf(keys: string[]): string {
  return [...new Set(keys.flatMap((k) => tokensForNumber(k)))].join(' ');
}

/**
 * The search record of a node's page; empty metadata values are left out, keys in META order.
 * @example pageRecord(node27, labels, unknown).meta // { title: 'Kế hoạch thực hiện…', kind: 'Kế hoạch', …, imp: '43-NQ/TW' }
 */
export function pageRecord(node: GraphNode, issuerLabels: Map<string, string>, unknown: UnknownLabels): PageRecord {
  const data = node.doc?.data;
  const issuer = issuerLabel(node, issuerLabels);
  const { implementsKeys, mentionsKeys } = citedNumberKeys(node);
  const values: Record<string, string> = {
    [META.title]:
      (data?.title ?? node.subjects[0] ?? '') ||
      documentLabel({ kind: node.kind ?? unknown.kind, number: node.number }),
    [META.kind]: node.kind ?? '',
    [META.number]: node.number ?? '',
    [META.date]: node.date ?? '',
    [META.issuer]: issuer,
    [META.citedOnly]: node.doc ? '' : '1',
    [META.key]: node.key,
    [META.implementsKeys]: implementsKeys.join(' '),
    [META.mentionsKeys]: mentionsKeys.join(' '),
    [META.ownTokens]: node.key ? tokensOf([node.key]) : '',
    [META.implementsTokens]: tokensOf(implementsKeys),
    [META.mentionsTokens]: tokensOf(mentionsKeys),
  };
  const meta: PageMeta = {};
  for (const key of META_KEYS) if (values[key]) meta[key] = values[key];
  return {
    url: paths.document(node.slug),
    date: node.date ?? '',
    meta,
    filters: {
      [FILTER.kind]: node.kind ?? unknown.kind,
      [FILTER.issuer]: issuer || unknown.value,
      [FILTER.year]: node.year ? String(node.year) : unknown.value,
    },
  };
}
