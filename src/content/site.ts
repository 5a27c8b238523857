/**
 * Everything the pages share, computed once per build: the archive, the reference graph,
 * the browse facets and the directive ranking. Pages only read from it.
 */
import { getCollection } from 'astro:content';
import { buildArchive } from '../archive/identity.ts';
import { buildReferenceGraph, type GraphNode, type ReferenceGraph } from '../archive/graph.ts';
import { facetValues, rankDirectives, type FacetName, type FacetValue } from '../archive/browse.ts';
import { paths, withBase } from '../render/urls.ts';
import { slugify } from '../text/vietnamese.ts';

export interface Site {
  graph: ReferenceGraph;
  /** Archived documents, newest first. */
  documents: GraphNode[];
  facets: Record<FacetName, FacetValue[]>;
  directives: ReturnType<typeof rankDirectives>;
  /**
   * The browse label of an issuer, by the slug of its name (`slugify(node.issuer)`): the body's
   * canonical name however it was printed ("LIÊN ĐOÀN LAO ĐỘNG …" / "LĐLĐ …").
   */
  issuerLabels: Map<string, string>;
  /**
   * The browse label of an issuer by its body (`node.issuerKey`): also right when bodies of two
   * provinces share a name ("Ủy ban nhân dân huyện Châu Thành (Tiền Giang)").
   */
  issuerLabelsByKey: Map<string, string>;
}

let site: Promise<Site> | undefined;

/** Issuer labels by the slug of the body's name, leaving out a name two bodies share (their labels differ). */
function labelsByNameSlug(issuers: FacetValue[]): Map<string, string> {
  const labels = new Map<string, string | null>();
  for (const v of issuers) {
    const name = v.nodes[0]?.issuer;
    if (!name) continue;
    const slug = slugify(name);
    labels.set(slug, labels.has(slug) ? null : v.label);
  }
  return new Map([...labels].filter((e): e is [string, string] => e[1] !== null));
}

export function getSite(): Promise<Site> {
  site ??= getCollection('documents').then((entries) => {
    const { documents } = buildArchive(
      entries.map((e) => ({
        id: e.id,
        filePath: e.filePath ?? e.id,
        data: e.data,
        ...(e.digest === undefined ? {} : { digest: String(e.digest) }),
      })),
    );
    const graph = buildReferenceGraph(documents);
    const issuers = facetValues(graph, 'co-quan');
    return {
      graph,
      documents: graph.nodes.filter((n) => n.doc).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')),
      facets: { loai: facetValues(graph, 'loai'), 'co-quan': issuers, nam: facetValues(graph, 'nam') },
      issuerLabels: labelsByNameSlug(issuers),
      issuerLabelsByKey: new Map(issuers.flatMap((v) => (v.nodes[0]?.issuerKey ? [[v.nodes[0].issuerKey, v.label]] : []))),
      directives: rankDirectives(graph),
    };
  });
  return site;
}

/** The URL of a path inside the site, under this build's base. */
export const url = (path: string): string => withBase(import.meta.env.BASE_URL, path);

/** The URL of a node's page. */
export const nodeUrl = (node: GraphNode): string => url(paths.document(node.slug));
