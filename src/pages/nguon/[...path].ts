/**
 * The kept original of every imported document, published beside its page so a reader can
 * check the text against the source: as an inert download only (src/render/sources.ts), so an
 * original that is HTML or SVG is served as text, never run on the site's origin.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { getSite } from '../../content/site.ts';
import { contentDir } from '../../content/content-dir.ts';
import { publishedSourcePath, sourceContentType } from '../../render/sources.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getSite();
  return documents
    .map((n) => n.doc!.data.source?.path)
    .filter((p): p is string => Boolean(p))
    .map((kept) => ({ params: { path: publishedSourcePath(kept) }, props: { kept } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const file = path.join(fileURLToPath(contentDir()), (props as { kept: string }).kept);
  const bytes = await readFile(file);
  return new Response(bytes, { headers: { 'Content-Type': sourceContentType(params.path!) } });
};
