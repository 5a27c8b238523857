/**
 * The archive's one collection: Markdown documents under CONTENT_DIR (default `content/`).
 * Kept originals live in `sources/` beside them and are not documents. The loader keeps only
 * the validated frontmatter in Astro's store; bodies stay on disk and are rendered by our own
 * pipeline (src/lib/render-body.ts, fed by the reference graph) — see src/loaders/archive-loader.ts.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content-dir.ts';
import { archiveLoader } from './loaders/archive-loader.ts';
import { DocumentSchema } from './schemas/document.ts';

const documents = defineCollection({
  loader: archiveLoader({ base: contentDir() }),
  schema: DocumentSchema,
});

export const collections = { documents };
