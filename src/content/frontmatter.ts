/**
 * The one reader of a document file's frontmatter: YAML only, never code.
 *
 * gray-matter picks a parser from the opening fence (`---js`, `---javascript`, `---coffee`)
 * and evaluates JavaScript frontmatter with `eval` unless every engine is overridden, so a
 * content file could run code during the build (issue 12, defect 1). This module splits the
 * fence itself, refuses any language but YAML, and parses with the `yaml` package:
 * - the YAML 1.2 core schema has no executable or custom types, and no timestamp type, so
 *   an unquoted `date: 2024-02-30` stays the text written, not a Date rolled over to March
 *   (defect 17);
 * - `maxAliasCount` bounds alias expansion, so a small file cannot expand to a gigabyte
 *   ("billion laughs", defect 6).
 * Node-free: runs wherever the importer or the build runs.
 */
import { parseDocument } from 'yaml';

/** A frontmatter that could not be read; the message names the file and says what to fix. */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
}

/** The parts of a document file: its frontmatter data and its Markdown body. */
export interface DocumentFile {
  data: Record<string, unknown>;
  body: string;
}

/**
 * Aliases a frontmatter may use. Ours uses none; a few are allowed for hand-written files.
 * The `yaml` package also refuses an alias whose expansion is excessive for the document.
 */
const MAX_ALIASES = 50;

/** `---` opens the frontmatter; anything after it on the line names a language. */
const OPENING = /^---([^\n]*)\r?\n/;
/** The closing fence: a line of `---`, as gray-matter reads it. */
const CLOSING = /^---[ \t]*$/m;

/** The text between the fences and the body after them; null when the file has no frontmatter. */
function splitFences(source: string, file: string): { yaml: string; body: string } | null {
  const opening = OPENING.exec(source);
  if (!opening) return null;
  const language = opening[1]!.trim();
  if (language !== '' && language.toLowerCase() !== 'yaml') {
    throw new FrontmatterError(
      `${file}: phần đầu khai báo ngôn ngữ "${language}" — chỉ chấp nhận YAML (dòng đầu phải là "---"); tệp nội dung không được chứa mã chạy được`,
    );
  }
  const rest = source.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) throw new FrontmatterError(`${file}: phần đầu mở bằng "---" nhưng không có dòng "---" đóng lại`);
  const afterClose = rest.slice(closing.index + closing[0].length);
  return { yaml: rest.slice(0, closing.index), body: afterClose.replace(/^\r?\n/, '') };
}

/** Parse YAML text as a mapping, with the core schema and bounded aliases. */
function parseYamlMapping(yaml: string, file: string): Record<string, unknown> {
  const prefix = `${file}: phần đầu (frontmatter YAML) không đọc được — `;
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw new FrontmatterError(prefix + doc.errors[0]!.message);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = (error as Error).message;
    throw new FrontmatterError(
      /alias/i.test(message)
        ? `${prefix}dùng quá nhiều bí danh YAML (alias *…), có thể nở ra hàng gigabyte; hãy viết các giá trị ra thẳng`
        : prefix + message,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError(`${prefix}phần đầu phải là các dòng "khóa: giá trị"`);
  }
  return data as Record<string, unknown>;
}

/**
 * Split a document file into frontmatter data and Markdown body. Refuses any frontmatter
 * language but YAML and excessive aliases, with a Vietnamese message naming the file.
 * A file without frontmatter has empty data and is all body.
 * @example readDocumentFile('---\nkind: Kế hoạch\n---\nNội dung.\n', 'a.md')
 *   // { data: { kind: 'Kế hoạch' }, body: 'Nội dung.\n' }
 */
export function readDocumentFile(source: string, file: string): DocumentFile {
  const text = source.replace(/^\uFEFF/, '');
  const parts = splitFences(text, file);
  if (!parts) return { data: {}, body: text };
  return { data: parseYamlMapping(parts.yaml, file), body: parts.body };
}

/**
 * The frontmatter of a document file (see readDocumentFile).
 * @example readFrontmatter("---\ndate: '2024-08-08'\n---\n", 'a.md') // { date: '2024-08-08' }
 */
export function readFrontmatter(source: string, file: string): Record<string, unknown> {
  return readDocumentFile(source, file).data;
}
