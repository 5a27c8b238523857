/**
 * Import raw documents (text extracted from PDF or Word) into the archive as Markdown.
 *
 *   npm run import -- FILE_OR_FOLDER... [--out DIR] [--force] [--dry-run]
 *
 * Each file becomes DIR/<year>/<number>.md with its original kept in DIR/sources/. Re-importing
 * the same file writes the same bytes; a Markdown file edited by hand since it was generated is
 * never overwritten unless --force is given. Files are written whole (temporary file, then
 * rename), so an interrupted run leaves no half-written file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDocument, isUnedited, type ImportedDocument } from '../src/import/import-document.ts';
import { collectFiles, describeFsError, writeWhole } from '../src/import/files.ts';
import { placeDocument, type Claim, type Placement } from '../src/import/placement.ts';

interface Options {
  inputs: string[];
  out: string;
  force: boolean;
  dryRun: boolean;
}

const USAGE = `Cách dùng: npm run import -- TỆP_HOẶC_THƯ_MỤC... [--out THƯ_MỤC] [--force] [--dry-run]

Nhập văn bản thô (văn bản trích từ PDF hoặc Word) vào kho lưu trữ dưới dạng Markdown.

Tùy chọn:
  --out THƯ_MỤC  thư mục kho nội dung (mặc định: content)
  --force        ghi đè cả tệp đã được sửa tay sau khi nhập
  --dry-run      chạy thử: báo kết quả nhưng không ghi tệp nào
  -h, --help     in hướng dẫn này
  --             kết thúc tùy chọn: mọi đối số sau nó là tệp hoặc thư mục`;

/** parseArgs' error codes, said in Vietnamese. */
function describeArgumentError(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1] ?? '';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return `Không hiểu tùy chọn ${option} (tên tệp bắt đầu bằng "-" thì đặt sau "--").`;
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `Thiếu giá trị sau ${option} (nếu giá trị bắt đầu bằng "-", hãy viết ${option}=GIÁ_TRỊ).`;
  }
  return `Đối số không hợp lệ: ${error.message}`;
}

function readOptions(argv: string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail(`${describeArgumentError(error as Error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length === 0) fail(USAGE);
  return { inputs: positionals, out: values.out, force: values.force, dryRun: values['dry-run'] };
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed';

/** What happened to one file, and the line that says so. */
interface FileReport {
  outcome: Outcome;
  message: string;
  review?: ImportedDocument['review'];
}

const MAX_BYTES = 20 * 1024 * 1024;

/** State shared across the files of one run: documents already placed in it. */
interface Run {
  options: Options;
  claimed: Map<string, Claim>;
}

const reviewNote = (result: ImportedDocument) => (result.review.length ? `; ${result.review.length} điểm cần rà soát` : '');

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

/** The outcome of a placement that writes nothing. */
function refusal(file: string, placement: Exclude<Placement, { kind: 'new' | 'same' }>): FileReport {
  switch (placement.kind) {
    case 'duplicate':
      return placement.exact
        ? { outcome: 'skipped', message: `${file}: giống hệt ${placement.other} (cùng nội dung byte) đã nhập trong lần chạy này — bỏ qua bản sao.` }
        : { outcome: 'failed', message: `${file}: cùng một văn bản (số ký hiệu, năm, cơ quan ban hành) với ${placement.other} trong lần chạy này (đích ${placement.target}) nhưng nội dung khác — hãy so hai tệp và chỉ nhập bản đúng.` };
    case 'unreadable':
      return { outcome: 'failed', message: `${file}: tệp đích ${placement.target} đã có nhưng không đọc được phần đầu (${placement.error}) — giữ nguyên; hãy sửa hoặc xoá tệp đó rồi nhập lại.` };
    case 'no-room':
      return { outcome: 'failed', message: `${file}: mọi tên tệp cho văn bản này (${placement.target} và các biến thể) đã thuộc văn bản khác — hãy kiểm tra thư mục ${path.dirname(placement.target)}.` };
  }
}

/** Import one file: read, convert, place by identity, write. Throws only on a failed system call. */
function importFile(file: string, run: Run): FileReport {
  const { options, claimed } = run;
  const bytes = readFileSync(file);
  if (bytes.length > MAX_BYTES) {
    return { outcome: 'failed', message: `${file}: tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB > 20 MB) — hãy tách thành từng văn bản.` };
  }
  const first = importDocument(bytes, path.basename(file));
  if (!first.ok) return { outcome: 'failed', message: first.error };
  const placement = placeDocument(first, options.out, claimed, readOrNull);
  if (placement.kind !== 'new' && placement.kind !== 'same') return refusal(file, placement);

  // Re-import from sources/ keeps the original's name (defect 18); a taken name gets a suffix (defect 3).
  const sourceFile = placement.kind === 'same' ? placement.sourceFile : undefined;
  const result = placement.base === first.candidates[0] && sourceFile === undefined ? first : importDocument(bytes, path.basename(file), { base: placement.base, ...(sourceFile ? { sourceFile } : {}) });
  if (!result.ok) return { outcome: 'failed', message: result.error };
  const { target } = placement;
  claimed.set(target, { identity: result.identity, sha256: result.data.source!.sha256, file });
  if (placement.kind === 'same') {
    if (placement.existing === result.markdown) return { outcome: 'unchanged', message: `${file} → ${target}: không thay đổi.` };
    if (!isUnedited(placement.existing) && !options.force) {
      return { outcome: 'skipped', message: `${file} → ${target}: tệp đã được sửa tay sau khi nhập, giữ nguyên (dùng --force để ghi đè).` };
    }
  }
  const outcome: Outcome = placement.kind === 'same' ? 'updated' : 'imported';
  const taken = placement.base === result.candidates[0] ? '' : ` (tên ${result.candidates[0]}.md đã thuộc văn bản khác)`;
  if (options.dryRun) {
    return { outcome, review: result.review, message: `${file} → ${target}${taken} (chạy thử, không ghi)${reviewNote(result)}` };
  }
  writeWhole(path.join(options.out, result.sourcePath), bytes);
  writeWhole(target, result.markdown);
  return { outcome, review: result.review, message: `${file} → ${target}${taken}${reviewNote(result)}` };
}

/** Import one file; any failure is reported with the file's name and the run goes on (defect 9). */
function importFileSafely(file: string, run: Run): FileReport {
  try {
    return importFile(file, run);
  } catch (error) {
    return { outcome: 'failed', message: `${file}: không nhập được — ${describeFsError(error)}.` };
  }
}

function printSummary(counts: Record<Outcome, number>, flags: Map<string, number>, dryRun: boolean): void {
  console.log(
    `\nTổng kết${dryRun ? ' (chạy thử)' : ''}: ${counts.imported} nhập mới, ${counts.updated} cập nhật, ` +
      `${counts.unchanged} không đổi, ${counts.skipped} bỏ qua, ${counts.failed} lỗi.`,
  );
  if (flags.size > 0) {
    console.log('Điểm cần rà soát theo loại:');
    for (const [code, n] of [...flags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${code}: ${n}`);
  }
}

function main(): void {
  const options = readOptions(process.argv.slice(2));
  const found = collectFiles(options.inputs, { out: options.out });
  const counts: Record<Outcome, number> = { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const flags = new Map<string, number>();
  const run: Run = { options, claimed: new Map() };
  found.forEach((entry, i) => {
    const progress = found.length > 1 ? `[${i + 1}/${found.length}] ` : '';
    const report: FileReport = entry.ok
      ? importFileSafely(entry.file, run)
      : { outcome: entry.skipped ? 'skipped' : 'failed', message: entry.error };
    counts[report.outcome]++;
    for (const flag of report.review ?? []) flags.set(flag.code, (flags.get(flag.code) ?? 0) + 1);
    (report.outcome === 'failed' || report.outcome === 'skipped' ? console.error : console.log)(`${progress}${report.message}`);
  });
  printSummary(counts, flags, options.dryRun);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

main();
