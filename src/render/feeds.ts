/**
 * What the feeds to follow carry (issue 17): for a directive, every document below it — the
 * whole implementation tree and the documents that mention it — newest first; for an issuer,
 * its documents. Pure: the routes turn these into Atom with src/render/atom.ts.
 */
import { implementationTree, newestFirst, type GraphNode } from '../archive/graph.ts';
import type { FeedEntry } from './atom.ts';
import type { IssuerLookup } from '../archive/overview/issuer-info.ts';
import { documentLabel } from './labels.ts';
import { t } from './i18n.ts';

/** A feed holds the newest entries only; readers keep what they have already seen. */
export const FEED_LIMIT = 100;

/** A document of a directive's feed and how it relates to the directive. */
export interface FeedItem {
  node: GraphNode;
  /** The document it implements or mentions on the way to the directive (the directive itself at the first level). */
  via: GraphNode;
  relation: 'implements' | 'mentions';
}

/**
 * Everything below a directive: its implementation tree, then the documents that mention it
 * without implementing it, each once, newest first, at most FEED_LIMIT.
 * @example directiveFeedItems(nq43).map((i) => i.node.number) // ['27 /KH-LĐLD']
 */
export function directiveFeedItems(root: GraphNode): FeedItem[] {
  const items: FeedItem[] = [];
  const seen = new Set<GraphNode>([root]);
  for (const level of implementationTree(root)) {
    for (const node of level) {
      seen.add(node);
      const via = node.cites.find((e) => e.type === 'implements' && (e.to === root || seen.has(e.to)))?.to ?? root;
      items.push({ node, via, relation: 'implements' });
    }
  }
  for (const { from, type } of root.citedBy) {
    if (type !== 'mentions' || seen.has(from)) continue;
    seen.add(from);
    items.push({ node: from, via: root, relation: 'mentions' });
  }
  return items.sort((a, b) => newestFirst(a.node, b.node)).slice(0, FEED_LIMIT);
}

/**
 * One Atom entry for a document, its summary saying how it relates to the directive.
 * @example feedEntry({ node, via: nq43, relation: 'implements' }, urlOf).summary.startsWith('Thực hiện')
 */
export function feedEntry(
  item: Pick<FeedItem, 'node'> & Partial<FeedItem>,
  urlOf: (n: GraphNode) => string,
  /** The canonical issuer, when the authority knows it; the printed one otherwise. */
  issuerOf: IssuerLookup = () => null,
): FeedEntry {
  const { node, via, relation } = item;
  const what = node.doc?.data.title ?? node.subjects[0] ?? '';
  const how =
    via && relation
      ? t(relation === 'implements' ? 'feed.implements' : 'feed.mentions', { label: documentLabel(via) })
      : '';
  const known = node.doc ? '' : t('doc.citedOnlyShort');
  return {
    id: urlOf(node),
    url: urlOf(node),
    title: what ? `${documentLabel(node)}: ${what}` : documentLabel(node),
    summary: [how, what, known].filter(Boolean).join(' — '),
    author: issuerOf(node)?.name ?? node.issuer ?? t('doc.unknown'),
    updated: node.date ?? '1970-01-01',
  };
}
