/**
 * The importer's file-system side: which files an import run reads (never through a link out
 * of the input folder, never the archive's own Markdown), how it writes (whole files, no
 * `.tmp` left behind), and what a failed system call means, said in Vietnamese. Node only.
 */
import * as nodeFs from 'node:fs';
import path from 'node:path';

/** A file to import, or an entry that cannot be (named, with the reason). */
export type FoundFile = { ok: true; file: string } | { ok: false; file: string; error: string; skipped?: boolean };

/** What collectFiles needs to know besides the inputs. */
export interface CollectOptions {
  /** The content folder written to: its Markdown is never read back as a source (issue 12, defect 8). */
  out: string;
}

const isInside = (folder: string, file: string) => {
  const rel = path.relative(folder, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The real path of the content folder, or its absolute path when it does not exist yet. */
function realOrAbsolute(p: string): string {
  try {
    return nodeFs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Walks one input folder; `root` is its real path, which links may not leave. */
class Walker {
  readonly found: FoundFile[] = [];
  private readonly visited = new Set<string>();
  private readonly root: string;
  private readonly out: string;
  constructor(root: string, out: string) {
    this.root = root;
    this.out = out;
  }

  walk(p: string): void {
    let real: string;
    let stat: nodeFs.Stats;
    try {
      real = nodeFs.realpathSync(p);
      stat = nodeFs.statSync(real);
    } catch (error) {
      this.found.push({ ok: false, file: p, error: `${p}: ${describeFsError(error)}` });
      return;
    }
    if (!isInside(this.root, real)) {
      this.found.push({
        ok: false,
        file: p,
        error: `${p}: là liên kết (symlink) trỏ ra ngoài thư mục nhập (tới ${real}) — không đi theo; hãy chép tệp vào thư mục nhập nếu cần nhập.`,
      });
      return;
    }
    if (stat.isDirectory()) return this.walkFolder(p, real);
    if (isInside(this.out, real) && !isInside(path.join(this.out, 'sources'), real)) {
      this.found.push({
        ok: false,
        skipped: true,
        file: p,
        error: `${p}: là tệp của kho nội dung --out, không nhập lại (chỉ bản gốc trong sources/ mới nhập lại được).`,
      });
      return;
    }
    this.found.push({ ok: true, file: p });
  }

  private walkFolder(p: string, real: string): void {
    if (this.visited.has(real)) return;
    this.visited.add(real);
    let names: string[];
    try {
      names = nodeFs.readdirSync(p).sort();
    } catch (error) {
      this.found.push({ ok: false, file: p, error: `${p}: ${describeFsError(error)}` });
      return;
    }
    for (const name of names) if (!name.startsWith('.')) this.walk(path.join(p, name));
  }
}

/**
 * Every file under the inputs, in a stable order, hidden files skipped. Links are followed only
 * inside their input folder (issue 12, defect 11); a loop, a broken link or a link out is
 * reported, named, and the walk goes on; files of the content folder outside its sources/ are
 * skipped, so importing the content folder onto itself changes nothing.
 * @example collectFiles(['tests/fixtures/seeds'], { out: 'content' })[0] // { ok: true, file: 'tests/fixtures/seeds/000_….txt' }
 */
export function collectFiles(inputs: string[], options: CollectOptions): FoundFile[] {
  const out = realOrAbsolute(options.out);
  const found: FoundFile[] = [];
  for (const input of inputs) {
    if (!nodeFs.existsSync(input)) {
      found.push({
        ok: false,
        file: input,
        error: `${input}: không tìm thấy tệp hoặc thư mục (hoặc là liên kết hỏng).`,
      });
      continue;
    }
    // An input named on the command line is the user's choice: its own real folder is the root.
    const real = realOrAbsolute(input);
    const root = nodeFs.statSync(real).isDirectory() ? real : path.dirname(real);
    const walker = new Walker(root, out);
    walker.walk(input);
    found.push(...walker.found);
  }
  return found;
}

/** What a failed file-system call means for the maintainer, by its error code. */
const FS_ERRORS: Record<string, string> = {
  ENAMETOOLONG: 'tên hoặc đường dẫn quá dài',
  ELOOP: 'vòng lặp liên kết (symlink trỏ vòng về chính nó)',
  ENOENT: 'không tồn tại (liên kết hỏng, hoặc tệp đã bị xoá)',
  EACCES: 'không có quyền đọc/ghi',
  EPERM: 'không được phép đọc/ghi',
  EROFS: 'thư mục chỉ đọc (read-only)',
  ENOSPC: 'ổ đĩa đầy',
  EDQUOT: 'hết hạn mức dung lượng',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EISDIR: 'là thư mục, không phải tệp',
  EEXIST: 'đã có tệp trùng tên chặn đường',
};

/**
 * One Vietnamese phrase for a failed system call, with its code for searching.
 * @example describeFsError(Object.assign(new Error('x'), { code: 'ENOSPC' })) === 'ổ đĩa đầy (ENOSPC)'
 */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const meaning = code ? FS_ERRORS[code] : undefined;
  if (meaning) return `${meaning} (${code})`;
  return `lỗi hệ thống: ${(error as Error).message ?? String(error)}`;
}

/** The file-system calls writeWhole makes, replaceable in tests (a full disk cannot be made on demand). */
export type WriteFs = Pick<typeof nodeFs, 'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync'>;

/**
 * Write a file whole: to a temporary name first, then rename over the target. On any failure
 * (full disk, read-only folder) the temporary file is removed and the error rethrown, so an
 * import never leaves a half-written or `.tmp` file behind.
 * @example writeWhole('content/2024/27-kh-ldld.md', markdown)
 */
export function writeWhole(file: string, data: string | Uint8Array, fs: WriteFs = nodeFs): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
