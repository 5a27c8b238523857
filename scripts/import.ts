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
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importDocument, isUnedited, type ImportedDocument } from '../src/import/import-document.ts';

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

/** Every file under the inputs, in a stable order; hidden files skipped. */
function collectFiles(inputs: string[]): string[] {
  const files: string[] = [];
  const walk = (p: string) => {
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(path.join(p, name));
    } else files.push(p);
  };
  for (const input of inputs) {
    if (!existsSync(input)) fail(`Không tìm thấy tệp hoặc thư mục: ${input}`);
    walk(input);
  }
  return files;
}

/** Write a file whole: to a temporary name first, then rename over the target. */
function writeWhole(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

type Outcome = 'imported' | 'updated' | 'unchanged' | 'skipped' | 'failed';

/** What happened to one file, and the line that says so. */
interface FileReport {
  outcome: Outcome;
  message: string;
  review?: ImportedDocument['review'];
}

const MAX_BYTES = 20 * 1024 * 1024;

/** State shared across the files of one run: targets already claimed in it. */
interface Run {
  options: Options;
  claimed: Map<string, string>;
}

const reviewNote = (result: ImportedDocument) => (result.review.length ? `; ${result.review.length} điểm cần rà soát` : '');

/** Import one file: read, convert, decide, write. */
function importFile(file: string, run: Run): FileReport {
  const { options, claimed } = run;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { outcome: 'failed', message: `${file}: không đọc được tệp (${(error as Error).message}).` };
  }
  if (bytes.length > MAX_BYTES) {
    return { outcome: 'failed', message: `${file}: tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB > 20 MB) — hãy tách thành từng văn bản.` };
  }
  const result = importDocument(bytes, path.basename(file));
  if (!result.ok) return { outcome: 'failed', message: result.error };

  const target = path.join(options.out, result.path);
  const other = claimed.get(target);
  if (other) {
    return { outcome: 'failed', message: `${file}: trùng số ký hiệu, năm với ${other} (cùng đích ${target}) — hãy kiểm tra hai văn bản, có thể là một văn bản nhập hai lần.` };
  }
  claimed.set(target, file);
  if (existsSync(target)) {
    const existing = readFileSync(target, 'utf8');
    if (existing === result.markdown) return { outcome: 'unchanged', message: `${file} → ${target}: không thay đổi.` };
    if (!isUnedited(existing) && !options.force) {
      return { outcome: 'skipped', message: `${file} → ${target}: tệp đã được sửa tay sau khi nhập, giữ nguyên (dùng --force để ghi đè).` };
    }
  }
  const outcome: Outcome = existsSync(target) ? 'updated' : 'imported';
  if (options.dryRun) {
    return { outcome, review: result.review, message: `${file} → ${target} (chạy thử, không ghi)${reviewNote(result)}` };
  }
  writeWhole(path.join(options.out, result.sourcePath), bytes);
  writeWhole(target, result.markdown);
  return { outcome, review: result.review, message: `${file} → ${target}${reviewNote(result)}` };
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
  const files = collectFiles(options.inputs);
  const counts: Record<Outcome, number> = { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const flags = new Map<string, number>();
  const run: Run = { options, claimed: new Map() };
  files.forEach((file, i) => {
    const progress = files.length > 1 ? `[${i + 1}/${files.length}] ` : '';
    const report = importFile(file, run);
    counts[report.outcome]++;
    for (const flag of report.review ?? []) flags.set(flag.code, (flags.get(flag.code) ?? 0) + 1);
    (report.outcome === 'failed' || report.outcome === 'skipped' ? console.error : console.log)(`${progress}${report.message}`);
  });
  printSummary(counts, flags, options.dryRun);
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

main();
