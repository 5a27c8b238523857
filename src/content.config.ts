/**
 * The archive's one collection: Markdown documents under CONTENT_DIR (default `content/`).
 * Kept originals live in `sources/` beside them and are not documents. Bodies are rendered by
 * our own pipeline (src/lib/render-body.ts, fed by the reference graph). Rendering is not
 * deferred: deferred entries become one Vite module each, which at 1,000 documents cost 12 s and
 * 400 MB more than Astro's eager native render (measured with `npm run bench`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { DocumentSchema } from './schemas/document.ts';

const documents = defineCollection({
  loader: glob({ pattern: ['**/*.md', '!sources/**', '!**/README.md'], base: contentDir(), deferRender: false }),
  schema: DocumentSchema,
});

export const collections = { documents };
