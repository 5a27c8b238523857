/**
 * The one reader of a document file's frontmatter: YAML only, never code.
 *
 * gray-matter picks a parser from the opening fence (`---js`, `---javascript`, `---coffee`)
 * and evaluates JavaScript frontmatter with `eval` unless every engine is overridden, so a
 * content file could run code during the build (issue 12, defect 1). This module splits the
 * fence itself, refuses any language but YAML, and parses with js-yaml 4 (the parser
 * gray-matter and Astro use; about five times faster than the `yaml` package, measured on
 * the seed documents, which matters at 20,000 files):
 * - the core schema (YAML 1.2) has no executable types and no timestamp type, so an unquoted
 *   `date: 2024-02-30` stays the text written, not a Date rolled over to March (defect 17);
 * - js-yaml shares the value of an alias rather than copying it, so a file of aliases is small
 *   in memory, but anything that walks or serialises it (the schema, Astro's store) expands
 *   it: a 220 KB file became a gigabyte ("billion laughs", defect 6). The value is walked
 *   once here with a budget of nodes, and refused past it.
 * Node-free: runs wherever the importer or the build runs.
 */
import { load, CORE_SCHEMA } from 'js-yaml';

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
 * Values a frontmatter may expand to, aliases followed. A real one has a few thousand (the
 * longest `removed` lists); the alias file of defect 6 has about a billion.
 */
const MAX_EXPANDED_VALUES = 1_000_000;

/** Whether a value, with shared (aliased) parts counted each time, stays within a budget. */
function isWithinBudget(value: unknown, budget: number): boolean {
  const stack: unknown[] = [value];
  let count = 0;
  while (stack.length > 0) {
    const next = stack.pop();
    if (++count > budget) return false;
    if (next !== null && typeof next === 'object') for (const child of Object.values(next)) stack.push(child);
  }
  return true;
}

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

/** Parse YAML text as a mapping, with the core schema and bounded expansion. */
function parseYamlMapping(yaml: string, file: string): Record<string, unknown> {
  const prefix = `${file}: phần đầu (frontmatter YAML) không đọc được — `;
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA, filename: file });
  } catch (error) {
    throw new FrontmatterError(prefix + (error as Error).message.split('\n')[0]);
  }
  if (!isWithinBudget(data, MAX_EXPANDED_VALUES)) {
    throw new FrontmatterError(
      `${prefix}các bí danh YAML (alias *…) nở ra quá ${MAX_EXPANDED_VALUES.toLocaleString('vi')} giá trị; hãy viết các giá trị ra thẳng`,
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
