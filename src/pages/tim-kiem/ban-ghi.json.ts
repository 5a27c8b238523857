/**
 * The page records: for every document page, what SearchMeta.astro tells Pagefind in its
 * <head> (src/search/build/page-record.ts), as one JSON array. The index builder
 * (src/search/build/) reads it to plan shards and build the number index, instead of reading
 * the built HTML back. Its path is the contract's RECORDS_FILE.
 */
import type { APIRoute } from 'astro';
import { getSite } from '../../content/site.ts';
import { t } from '../../render/i18n.ts';
import { pageRecord } from '../../search/build/page-record.ts';

export const GET: APIRoute = async () => {
  const { graph, issuerLabels } = await getSite();
  const unknown = { kind: t('doc.unknownKind'), value: t('doc.unknown') };
  const records = graph.nodes.map((node) => pageRecord(node, issuerLabels, unknown));
  return new Response(`${JSON.stringify(records)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
