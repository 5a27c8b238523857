/**
 * Finding the archive's document files on disk, and the checks on the folder that must pass
 * before a build may publish it. Node only (the build and the command-line tools).
 */
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * A build that must not go on; the message is a Vietnamese sentence saying what to fix and
 * names every file concerned, so Astro prints it without a stack trace of our own code.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}

/** What a walk of the content folder found. */
export interface DocumentListing {
  /** Relative paths ("2024/27-kh-ldld.md") of the documents, sorted. */
  files: string[];
  /** Symbolic links named like documents, skipped: relative path → link target. */
  skippedLinks: Array<{ file: string; target: string }>;
}

/**
 * Whether a relative path names a document: a Markdown file that is not a README, not hidden,
 * and not a kept original (the importer keeps originals under a `sources/` folder of its
 * output, which may itself sit anywhere inside the content folder: issue 12, defect 7).
 * @example isDocumentPath('2024/27-kh-ldld.md') === true
 * @example isDocumentPath('nhap/sources/2024/27-kh-ldld.md') === false
 */
export function isDocumentPath(rel: string): boolean {
  const parts = rel.split('/');
  const name = parts.at(-1) ?? '';
  if (!name.endsWith('.md') || name === 'README.md') return false;
  return !parts.some((part) => part.startsWith('.') || part === '..') && !parts.slice(0, -1).includes('sources');
}

/** The path of a file relative to a folder, with forward slashes. */
export const relativePath = (dir: string, file: string): string => path.relative(dir, file).split(path.sep).join('/');

/**
 * Refuse a content folder that does not exist or is not a folder: a mistyped CONTENT_DIR
 * would otherwise build an empty site, and a deploy with `rsync --delete` would wipe the live
 * archive (issue 12, defect 10).
 */
export async function assertContentFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info) {
    throw new ContentError(
      `Thư mục nội dung ${dir} không tồn tại. Hãy đặt CONTENT_DIR là thư mục chứa các văn bản (mặc định: content/).`,
    );
  }
  if (!info.isDirectory()) throw new ContentError(`CONTENT_DIR trỏ tới ${dir}, không phải một thư mục.`);
}

/** Whether a symbolic link leads to a folder (whose documents would be skipped with it). */
async function isFolderLink(file: string): Promise<boolean> {
  return Boolean((await stat(file).catch(() => null))?.isDirectory());
}

/**
 * The documents under a folder. Symbolic links are not followed, and each one named like a
 * document, or leading to a folder, is reported: one inside the folder would describe a
 * document twice, one outside would publish files that are not part of the archive that is
 * versioned and deployed (issue 12, defect 11).
 */
export async function listDocuments(dir: string): Promise<DocumentListing> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  const skippedLinks: DocumentListing['skippedLinks'] = [];
  for (const entry of entries) {
    const absolute = path.join(entry.parentPath, entry.name);
    const rel = relativePath(dir, absolute);
    if (entry.isFile()) {
      if (isDocumentPath(rel)) files.push(rel);
    } else if (entry.isSymbolicLink() && (isDocumentPath(rel) || (isDocumentPath(`${rel}/x.md`) && (await isFolderLink(absolute))))) {
      skippedLinks.push({ file: rel, target: await readlink(absolute).catch(() => '?') });
    }
  }
  return { files: files.sort(), skippedLinks: skippedLinks.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** Whether a path is inside a folder (or is it), after resolving symbolic links. */
async function isInside(dir: string, file: string): Promise<boolean> {
  const [realDir, realFile] = await Promise.all([realpath(dir), realpath(file)]);
  const rel = path.relative(realDir, realFile);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Where a document's kept original is, relative to the content folder. `source.path` is
 * written relative to the importer's output folder, which may be a sub-folder of the content
 * folder (`--out content/nhap`): the original is looked for from the document's own folder up
 * to the content folder, nearest first (issue 12, defect 7). An original that is missing, or
 * that resolves outside the content folder, is an error naming the document and the path.
 */
export async function locateOriginal(contentDir: string, documentRel: string, sourcePath: string): Promise<string> {
  const named = `${documentRel}: bản gốc source.path "${sourcePath}"`;
  const parts = sourcePath.split(/[\\/]/);
  if (path.isAbsolute(sourcePath) || parts.includes('..')) {
    throw new ContentError(`${named} phải là đường dẫn bên trong thư mục nội dung (không bắt đầu bằng "/", không có "..").`);
  }
  const folders = path.posix.dirname(documentRel).split('/').filter((p) => p !== '.');
  for (let depth = folders.length; depth >= 0; depth--) {
    const candidate = path.join(contentDir, ...folders.slice(0, depth), ...parts);
    const info = await stat(candidate).catch(() => null);
    if (!info?.isFile()) continue;
    if (!(await isInside(contentDir, candidate))) {
      throw new ContentError(`${named} trỏ ra ngoài thư mục nội dung (qua liên kết tượng trưng); hãy chép bản gốc vào.`);
    }
    return relativePath(contentDir, candidate);
  }
  throw new ContentError(
    `${documentRel}: không đọc được bản gốc "${sourcePath}" (source.path): tệp không có trên đĩa (đã tìm từ thư mục của văn bản lên tới ${contentDir}). Hãy chép lại bản gốc hoặc sửa source.path.`,
  );
}
