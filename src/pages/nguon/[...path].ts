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
import { selectRoutes } from '../../build/select-routes.ts';

type Props = {
  /** The kept original, relative to the content folder (source.path). */
  kept: string;
  /** The document file that names it, for error messages. */
  document: string;
};

export const getStaticPaths = (async () => {
  const { documents } = await getSite();
  return selectRoutes(
    'nguon',
    documents.flatMap((n) => {
      const kept = n.doc!.data.source?.path;
      if (!kept) return [];
      const props: Props = { kept, document: n.doc!.filePath };
      return [{ params: { path: publishedSourcePath(kept) }, props }];
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { kept, document } = props as Props;
  const file = path.join(fileURLToPath(contentDir()), kept);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `${document}: không đọc được bản gốc "${kept}" (source.path) tại ${file} (${error.code ?? error.message}). ` +
        'Hãy đặt lại tệp gốc vào thư mục nội dung, hoặc xóa source.path nếu không còn bản gốc.',
    );
  });
  return new Response(bytes, { headers: { 'Content-Type': sourceContentType(params.path!) } });
};
