/**
 * Everything the pages share, computed once per build: the archive, the reference graph,
 * the browse facets and the directive ranking. Pages only read from it.
 */
import { getCollection } from 'astro:content';
import { buildArchive } from '../archive/identity.ts';
import { buildReferenceGraph, type GraphNode, type ReferenceGraph } from '../archive/graph.ts';
import { facetValues, rankDirectives, type FacetName, type FacetValue } from '../archive/browse.ts';
import { paths, withBase } from '../render/urls.ts';

export interface Site {
  graph: ReferenceGraph;
  /** Archived documents, newest first. */
  documents: GraphNode[];
  facets: Record<FacetName, FacetValue[]>;
  directives: ReturnType<typeof rankDirectives>;
  /** The browse label of an issuer however it is printed ("UỶ BAN" / "ỦY BAN"), by slug. */
  issuerLabels: Map<string, string>;
}

let site: Promise<Site> | undefined;

export function getSite(): Promise<Site> {
  site ??= getCollection('documents').then((entries) => {
    const { documents } = buildArchive(
      entries.map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data })),
    );
    const graph = buildReferenceGraph(documents);
    const issuers = facetValues(graph, 'co-quan');
    return {
      graph,
      documents: graph.nodes.filter((n) => n.doc).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
      facets: { loai: facetValues(graph, 'loai'), 'co-quan': issuers, nam: facetValues(graph, 'nam') },
      issuerLabels: new Map(issuers.map((v) => [v.slug, v.label])),
      directives: rankDirectives(graph),
    };
  });
  return site;
}

/** The URL of a path inside the site, under this build's base. */
export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The URL of a node's page. */
export const nodeUrl = (node: GraphNode): string => url(paths.document(node.slug));
