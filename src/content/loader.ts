/**
 * The archive's content loader: every Markdown document under a folder (kept originals in
 * `sources/` excepted), its frontmatter validated against the collection schema, its body left
 * on disk. The glob loader keeps each body, and its rendering, in Astro's data store, which
 * cannot be serialised past about 20,000 documents ("Invalid string length", measured with
 * `npm run bench`); pages read the body from the file when they render it. Unchanged files
 * (same digest) are not parsed again between builds.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';

/** Relative paths ("2024/27-kh-ldld.md") of the documents under a folder, sorted. */
async function listDocuments(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.md') && e.name !== 'README.md')
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.startsWith('sources/') && !rel.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The frontmatter of a Markdown file; a YAML error names the file. */
export function readFrontmatter(contents: string, file: string): Record<string, unknown> {
  try {
    // An options object turns off gray-matter's cache, which would keep every file in memory.
    return matter(contents, {}).data;
  } catch (error) {
    throw new Error(`${file}: phần đầu (frontmatter YAML) không đọc được — ${(error as Error).message}`);
  }
}

/** The Markdown body of a document file, without its frontmatter. */
export async function readDocumentBody(file: string): Promise<string> {
  return matter(await readFile(file, 'utf8'), {}).content;
}

export function archiveLoader(options: { base: URL }): Loader {
  const baseDir = fileURLToPath(options.base);
  return {
    name: 'archive-loader',
    load: async (context: LoaderContext) => {
      const { store, parseData, generateDigest, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const idOf = (rel: string) => rel.replace(/\.md$/, '');

      async function sync(rel: string): Promise<void> {
        const absolute = path.join(baseDir, rel);
        const contents = await readFile(absolute, 'utf8');
        const id = idOf(rel);
        const digest = generateDigest(contents);
        const filePath = path.relative(root, absolute).split(path.sep).join('/');
        const existing = store.get(id);
        if (existing && existing.digest === digest && existing.filePath === filePath) return;
        const data = await parseData({ id, data: readFrontmatter(contents, filePath), filePath: absolute });
        store.set({ id, data, filePath, digest });
      }

      const files = await listDocuments(baseDir);
      if (files.length === 0) logger.warn(`Không có văn bản nào trong ${baseDir}`);
      const untouched = new Set(store.keys());
      for (const rel of files) {
        untouched.delete(idOf(rel));
        await sync(rel);
      }
      for (const id of untouched) store.delete(id);

      // `astro dev`: follow edits, new files and deletions.
      const relative = (file: string) => {
        const rel = path.relative(baseDir, file).split(path.sep).join('/');
        return rel.endsWith('.md') && !rel.startsWith('..') && !rel.startsWith('sources/') ? rel : null;
      };
      watcher?.add(baseDir);
      watcher?.on('change', (file) => void (relative(file) && sync(relative(file)!)));
      watcher?.on('add', (file) => void (relative(file) && sync(relative(file)!)));
      watcher?.on('unlink', (file) => void (relative(file) && store.delete(idOf(relative(file)!))));
    },
  };
}
