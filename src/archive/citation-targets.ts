import type { GraphNode } from './graph.ts';

/**
 * Where each number cited by a document leads: its resolved edges, by folded number key.
 * Numbers the graph could not resolve (ambiguous, unreadable) are absent and stay plain text.
 * @example citationTargets(node).get('43-NQ/TW')?.slug === '2023/43-nq-tw'
 */
export function citationTargets(node: GraphNode): Map<string, GraphNode> {
  const targets = new Map<string, GraphNode>();
  for (const edge of node.cites) if (!targets.has(edge.to.key)) targets.set(edge.to.key, edge.to);
  return targets;
}
