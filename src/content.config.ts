/**
 * The archive's one collection: Markdown documents under CONTENT_DIR (default `content/`).
 * Kept originals live in `sources/` beside them and are not documents. The loader keeps only
 * the validated frontmatter in Astro's store; bodies stay on disk and are rendered by our own
 * pipeline (src/render/render-body.ts, fed by the reference graph) — see src/content/loader.ts.
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './content/content-dir.ts';
import { archiveLoader } from './content/loader.ts';
import { DocumentSchema } from './content/schema.ts';

const documents = defineCollection({
  loader: archiveLoader({ base: contentDir() }),
  schema: DocumentSchema,
});

export const collections = { documents };
