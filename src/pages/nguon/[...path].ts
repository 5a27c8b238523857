/**
 * The kept original of every imported document, published beside its page so a reader can
 * check the text against the source.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { getSite } from '../../content/site.ts';
import { contentDir } from '../../content/content-dir.ts';

export const getStaticPaths = (async () => {
  const { documents } = await getSite();
  return documents
    .map((n) => n.doc!.data.source?.path)
    .filter((p): p is string => Boolean(p))
    .map((p) => ({ params: { path: p } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = path.join(fileURLToPath(contentDir()), params.path!);
  const bytes = await readFile(file);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
