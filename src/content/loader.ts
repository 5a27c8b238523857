/**
 * The archive's content loader: every Markdown document under a folder (kept originals in
 * `sources/` folders excepted), its frontmatter validated against the collection schema, its
 * body left on disk. The glob loader keeps each body, and its rendering, in Astro's data store,
 * which cannot be serialised past about 20,000 documents ("Invalid string length", measured
 * with `npm run bench`); pages read the body from the file when they render it. Unchanged files
 * (same digest) are not parsed again between builds.
 *
 * Every bad file is reported with its name, then the build fails: one message lists them all.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentFile } from './frontmatter.ts';
import {
  assertContentFolder,
  ContentError,
  isDocumentPath,
  listDocuments,
  locateOriginal,
  relativePath,
} from './document-files.ts';

export { readFrontmatter } from './frontmatter.ts';

/** The environment variable that lets a build publish an archive with no document. */
export const ALLOW_EMPTY_ENV = 'ALLOW_EMPTY_ARCHIVE';

/** The Markdown body of a document file, without its frontmatter. */
export async function readDocumentBody(file: string): Promise<string> {
  return readDocumentFile(await readFile(file, 'utf8'), file).body;
}

/**
 * The message of anything thrown while loading one file, prefixed with its name once. Astro's
 * English schema heading ("**documents → id** data does not match collection schema.") is
 * replaced: it repeats the name, and the word "document" makes Astro add a hint about browser
 * APIs that does not apply.
 */
function describeFailure(rel: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/^\*\*[^*]*\*\* data does not match collection schema\.\s*/, 'phần đầu không hợp lệ:\n')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\n{2,}/g, '\n')
    .trimEnd();
  return message.includes(rel) ? message : `${rel}: ${message}`;
}

/** Whether a stored document's kept original is still where the store says. */
async function hasOriginal(baseDir: string, data: unknown): Promise<boolean> {
  const sourcePath = (data as { source?: { path?: string | null } | null }).source?.path;
  if (!sourcePath) return true;
  return Boolean((await stat(path.join(baseDir, sourcePath)).catch(() => null))?.isFile());
}

/** Rewrite a frontmatter's `source.path` relative to the content folder, checking it exists. */
async function withOriginalLocated(baseDir: string, rel: string, data: Record<string, unknown>) {
  const source = data.source as { path?: unknown } | null | undefined;
  if (!source || typeof source !== 'object' || typeof source.path !== 'string') return data;
  return { ...data, source: { ...source, path: await locateOriginal(baseDir, rel, source.path) } };
}

/**
 * The digest a stored document is kept under: of its path and its bytes. The path is part of
 * it: Astro's store ignores a `set` whose digest is unchanged, which kept another folder's
 * `filePath` when the same text was found elsewhere (defect 21). Taken of the bytes with
 * Node's hash, not of the decoded text with Astro's `generateDigest`: that encodes the text
 * again into WebAssembly memory, 8 s of a 100,000-document build.
 */
function fileDigest(absolute: string, bytes: Buffer): string {
  return createHash('sha256').update(absolute).update('\n').update(bytes).digest('hex').slice(0, 32);
}

/** A document file read, with its digest and whether the store already has it as it is. */
interface ReadDocument {
  rel: string;
  absolute: string;
  bytes: Buffer;
  digest: string;
  unchanged: boolean;
}

/** Read one file and compare it with the store's copy (the kept original still there). */
async function readDocument(context: LoaderContext, baseDir: string, rel: string): Promise<ReadDocument> {
  const absolute = path.join(baseDir, rel);
  const bytes = await readFile(absolute);
  const digest = fileDigest(absolute, bytes);
  const existing = context.store.get(rel.replace(/\.md$/, ''));
  const unchanged = existing?.digest === digest && (await hasOriginal(baseDir, existing.data));
  return { rel, absolute, bytes, digest, unchanged };
}

/** Parse a read file into the store, unless the store already has it. */
async function storeDocument(context: LoaderContext, baseDir: string, file: ReadDocument): Promise<void> {
  if (file.unchanged) return;
  const { store, config } = context;
  const { rel, absolute, digest } = file;
  const id = rel.replace(/\.md$/, '');
  const filePath = relativePath(fileURLToPath(config.root), absolute);
  const raw = await withOriginalLocated(baseDir, rel, readDocumentFile(file.bytes.toString('utf8'), rel).data);
  const data = await context.parseData({ id, data: raw, filePath: absolute });
  store.set({ id, data, filePath, digest });
}

/** Load one file into the store, unless the store already has it from the same path. */
async function syncDocument(context: LoaderContext, baseDir: string, rel: string): Promise<void> {
  await storeDocument(context, baseDir, await readDocument(context, baseDir, rel));
}

/**
 * Files read at once. Reading them one by one left the build idle 30 s of 49 at 100,000
 * documents, waiting on each read and stat in turn.
 */
const READ_AHEAD = 64;

/** Fail on an empty archive unless the build was asked to publish one (defect 10). */
function assertNotEmpty(baseDir: string, count: number, env: Record<string, string | undefined>): void {
  if (count > 0 || env[ALLOW_EMPTY_ENV] === '1') return;
  throw new ContentError(
    `Không có văn bản nào trong ${baseDir}: dừng để không xuất bản một kho rỗng. ` +
      `Hãy kiểm tra CONTENT_DIR, hoặc đặt ${ALLOW_EMPTY_ENV}=1 nếu thật sự muốn dựng kho rỗng.`,
  );
}

/** Load every document; every failure is collected, then reported together. */
async function loadAll(context: LoaderContext, baseDir: string, env: Record<string, string | undefined>) {
  await assertContentFolder(baseDir);
  const { files, skippedLinks } = await listDocuments(baseDir);
  for (const link of skippedLinks) {
    context.logger.warn(`Bỏ qua ${link.file}: là liên kết tượng trưng (tới ${link.target}), không được đọc; hãy chép tệp hoặc thư mục vào thư mục nội dung.`);
  }
  assertNotEmpty(baseDir, files.length, env);
  const failed = new Map<string, string>();
  const untouched = new Set(context.store.keys());
  for (const rel of files) untouched.delete(rel.replace(/\.md$/, ''));
  // Files are read READ_AHEAD at a time, the next batch while this one is parsed, and stored
  // in the order listed.
  const readBatch = (start: number) =>
    Promise.all(
      files.slice(start, start + READ_AHEAD).map((rel) =>
        readDocument(context, baseDir, rel).catch((error: unknown) => {
          failed.set(rel, describeFailure(rel, error));
          return null;
        }),
      ),
    );
  let next = readBatch(0);
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const batch = await next;
    next = readBatch(start + READ_AHEAD);
    for (const file of batch) {
      if (!file) continue;
      await storeDocument(context, baseDir, file).catch((error: unknown) =>
        failed.set(file.rel, describeFailure(file.rel, error)),
      );
    }
  }
  for (const id of untouched) context.store.delete(id);
  const failures = files.flatMap((rel) => failed.get(rel) ?? []);
  if (failures.length > 0) {
    throw new ContentError(
      `${failures.length} tệp văn bản không hợp lệ trong ${baseDir}:\n${failures.map((f) => `- ${f.replace(/\n/g, '\n    ')}`).join('\n')}`,
    );
  }
}

/** `astro dev`: follow edits, new files and deletions; a bad file is logged, not fatal. */
function watchDocuments(context: LoaderContext, baseDir: string): void {
  const { watcher, logger, store } = context;
  const relative = (file: string) => {
    const rel = relativePath(baseDir, file);
    return !rel.startsWith('..') && isDocumentPath(rel) ? rel : null;
  };
  const sync = (file: string) => {
    const rel = relative(file);
    if (rel) syncDocument(context, baseDir, rel).catch((error: unknown) => logger.error(describeFailure(rel, error)));
  };
  watcher?.add(baseDir);
  watcher?.on('change', sync);
  watcher?.on('add', sync);
  watcher?.on('unlink', (file) => {
    const rel = relative(file);
    if (rel) store.delete(rel.replace(/\.md$/, ''));
  });
}

/**
 * The loader of the `documents` collection over a content folder.
 * @example defineCollection({ loader: archiveLoader({ base: contentDir() }), schema: DocumentSchema })
 */
export function archiveLoader(options: { base: URL; env?: Record<string, string | undefined> }): Loader {
  const baseDir = fileURLToPath(options.base);
  return {
    name: 'archive-loader',
    load: async (context: LoaderContext) => {
      await loadAll(context, baseDir, options.env ?? process.env);
      watchDocuments(context, baseDir);
    },
  };
}
