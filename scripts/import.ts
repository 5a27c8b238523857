/**
 * Import documents into the archive as Markdown: plain text (.txt, .md), Word (.docx, .doc),
 * Word web pages (.htm/.html, recognised by content), PDFs with a text layer or scanned, and
 * images (.png, .jpg, .tif), read by src/import/formats.
 *
 *   npm run import -- FILE_OR_FOLDER... [--out DIR] [--force] [--dry-run]
 *
 * Each file becomes DIR/<year>/<number>.md with its original kept, byte for byte, in DIR/sources/. Re-importing
 * the same file writes the same bytes; a Markdown file edited by hand since it was generated is
 * never overwritten unless --force is given. Files are written whole (temporary file, then
 * rename), so an interrupted run leaves no half-written file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isUnedited } from '../src/import/import-document.ts';
import { importOriginal, lazyOcrEngine, type ImportedOriginal } from '../src/import/import-original.ts';
import type { OcrEngine, ReadProgress } from '../src/import/formats/index.ts';
import { parseCommandLine, runCommand } from './cli.ts';
import { collectFiles, describeFsError, writeWhole } from '../src/import/files.ts';
import { placeDocument, type Claim, type Placement } from '../src/import/placement.ts';
import { defaultReadThreads, ReadAhead } from '../src/import/read-ahead.ts';

interface Options {
  inputs: string[];
  out: string;
  force: boolean;
  dryRun: boolean;
  threads: number;
}

/** From this many files on, originals are read ahead on every core (starting the threads costs about a second). */
const READ_AHEAD_FROM = 4;

const USAGE = `Cách dùng: npm run import -- TỆP_HOẶC_THƯ_MỤC... [--out THƯ_MỤC] [--force] [--dry-run] [--threads N]

Nhập văn bản vào kho lưu trữ dưới dạng Markdown. Định dạng nhận (theo nội dung tệp, không
theo tên): văn bản thô .txt, .md; Word .docx, .doc; trang web Word .htm/.html; PDF có lớp chữ
hoặc PDF quét; ảnh quét .png, .jpg, .tif (đọc bằng nhận dạng chữ OCR, có điểm cần rà soát).
Bản gốc được giữ nguyên từng byte trong THƯ_MỤC/sources/.

Tùy chọn:
  --out THƯ_MỤC  thư mục kho nội dung (mặc định: content)
  --force        ghi đè cả tệp đã được sửa tay sau khi nhập
  --dry-run      chạy thử: báo kết quả nhưng không ghi tệp nào
  --threads N    số luồng đọc trước tệp Word/PDF khi nhập từ ${READ_AHEAD_FROM} tệp trở lên
                 (mặc định: số lõi của máy, tối đa 4; 1 = đọc lần lượt)
  -h, --help     in hướng dẫn này
  --             kết thúc tùy chọn: mọi đối số sau nó là tệp hoặc thư mục`;

function readOptions(argv: string[]): Options | null {
  const { values, positionals } = parseCommandLine({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      threads: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  if (positionals.length === 0) fail(USAGE);
  const threads = values.threads === undefined ? defaultReadThreads() : Number(values.threads);
  if (!Number.isInteger(threads) || threads < 1)
    fail(`--threads phải là số nguyên dương, không phải "${values.threads}"\n\n${USAGE}`);
  return { inputs: positionals, out: values.out, force: values.force, dryRun: values['dry-run'], threads };
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
  review?: ImportedOriginal['review'];
  /** How the file was read, when it was. */
  format?: ImportedOriginal['format'];
  ocrPages?: number;
}

/** Largest original read: a scanned PDF of a few hundred pages fits; anything larger is not one document. */
const MAX_BYTES = 100 * 1024 * 1024;

/** State shared across the files of one run: documents already placed in it. */
interface Run {
  options: Options;
  claimed: Map<string, Claim>;
  /** One OCR engine for the run, started on the first scanned page. */
  ocr: OcrEngine;
  /** Prefix of this file's lines ("[3/12] "). */
  progress: string;
  /** The folder's originals being read on every core (read-ahead.ts), when there are several. */
  readAhead: ReadAhead | null;
}

const reviewNote = (result: ImportedOriginal) =>
  result.review.length ? `; ${result.review.length} điểm cần rà soát` : '';

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
        ? {
            outcome: 'skipped',
            message: `${file}: giống hệt ${placement.other} (cùng nội dung byte) đã nhập trong lần chạy này — bỏ qua bản sao.`,
          }
        : {
            outcome: 'failed',
            message: `${file}: cùng một văn bản (số ký hiệu, năm, cơ quan ban hành) với ${placement.other} trong lần chạy này (đích ${placement.target}) nhưng nội dung khác — hãy so hai tệp và chỉ nhập bản đúng.`,
          };
    case 'unreadable':
      return {
        outcome: 'failed',
        message: `${file}: tệp đích ${placement.target} đã có nhưng không đọc được phần đầu (${placement.error}) — giữ nguyên; hãy sửa hoặc xoá tệp đó rồi nhập lại.`,
      };
    case 'no-room':
      return {
        outcome: 'failed',
        message: `${file}: mọi tên tệp cho văn bản này (${placement.target} và các biến thể) đã thuộc văn bản khác — hãy kiểm tra thư mục ${path.dirname(placement.target)}.`,
      };
  }
}

/** A reader's message names the file by its base name; the report names it by its path, as given. */
const withPath = (message: string, file: string) =>
  message.startsWith(`${path.basename(file)}:`) ? `${file}${message.slice(path.basename(file).length)}` : message;

/** Page-by-page progress of a long read (OCR), on stderr so the report lines stay clean. */
function progressPrinter(file: string, run: Run): (p: ReadProgress) => void {
  return (p) => {
    if (p.method === 'ocr' || p.pages > 20)
      console.error(
        `${run.progress}${file}: trang ${p.page}/${p.pages}${p.method === 'ocr' ? ' (nhận dạng chữ OCR)' : ''}`,
      );
  };
}

/** Import one file: read, convert, place by identity, write. Throws only on a failed system call. */
async function importFile(file: string, run: Run, index: number): Promise<FileReport> {
  const { options, claimed } = run;
  const bytes = readFileSync(file);
  if (bytes.length > MAX_BYTES) {
    return {
      outcome: 'failed',
      message: `${file}: tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB > ${MAX_BYTES / 1048576} MB) — hãy tách thành từng văn bản.`,
    };
  }
  const read = { ocr: run.ocr, onProgress: progressPrinter(file, run) };
  const original = (await run.readAhead?.get(index)) ?? null;
  const first = await importOriginal(bytes, path.basename(file), { read, original });
  if (!first.ok) return { outcome: 'failed', message: withPath(first.error, file) };
  const placement = placeDocument(first, options.out, claimed, readOrNull);
  if (placement.kind !== 'new' && placement.kind !== 'same') return refusal(file, placement);

  // Re-import from sources/ keeps the original's name (defect 18); a taken name gets a suffix (defect 3).
  const sourceFile = placement.kind === 'same' ? placement.sourceFile : undefined;
  const again = placement.base !== first.candidates[0] || sourceFile !== undefined;
  const result = again ? first.rebuild({ base: placement.base, ...(sourceFile ? { sourceFile } : {}) }) : first;
  if (!result.ok) return { outcome: 'failed', message: withPath(result.error, file) };
  const { target } = placement;
  const facts = { review: result.review, format: result.format, ocrPages: result.ocrPages.length };
  claimed.set(target, { identity: result.identity, sha256: result.data.source!.sha256, file });
  if (placement.kind === 'same') {
    if (placement.existing === result.markdown)
      return { outcome: 'unchanged', ...facts, message: `${file} → ${target}: không thay đổi.` };
    if (!isUnedited(placement.existing) && !options.force) {
      return {
        outcome: 'skipped',
        ...facts,
        message: `${file} → ${target}: tệp đã được sửa tay sau khi nhập, giữ nguyên (dùng --force để ghi đè).`,
      };
    }
  }
  const outcome: Outcome = placement.kind === 'same' ? 'updated' : 'imported';
  const taken =
    placement.base === result.candidates[0] ? '' : ` (tên ${result.candidates[0]}.md đã thuộc văn bản khác)`;
  if (options.dryRun) {
    return { outcome, ...facts, message: `${file} → ${target}${taken} (chạy thử, không ghi)${reviewNote(result)}` };
  }
  writeWhole(path.join(options.out, result.sourcePath), bytes);
  writeWhole(target, result.markdown);
  return { outcome, ...facts, message: `${file} → ${target}${taken}${reviewNote(result)}` };
}

/** Import one file; any failure is reported with the file's name and the run goes on (defect 9). */
async function importFileSafely(file: string, run: Run, index: number): Promise<FileReport> {
  try {
    return await importFile(file, run, index);
  } catch (error) {
    return { outcome: 'failed', message: `${file}: không nhập được — ${describeFsError(error)}.` };
  }
}

/** Names of the formats in the summary. */
const FORMAT_LABELS: Record<ImportedOriginal['format'], string> = {
  txt: 'văn bản thô',
  md: 'Markdown',
  html: 'trang web Word',
  docx: 'Word .docx',
  doc: 'Word .doc',
  'pdf-text': 'PDF có lớp chữ',
  'pdf-scan': 'PDF quét',
  image: 'ảnh quét',
};

/** What the run counted: outcomes, review flags by code, files by format, pages OCR'd. */
interface Tally {
  counts: Record<Outcome, number>;
  flags: Map<string, number>;
  formats: Map<ImportedOriginal['format'], number>;
  ocrPages: number;
}

function count(tally: Tally, report: FileReport): void {
  tally.counts[report.outcome]++;
  for (const flag of report.review ?? []) tally.flags.set(flag.code, (tally.flags.get(flag.code) ?? 0) + 1);
  if (report.format) tally.formats.set(report.format, (tally.formats.get(report.format) ?? 0) + 1);
  tally.ocrPages += report.ocrPages ?? 0;
}

function printSummary({ counts, flags, formats, ocrPages }: Tally, dryRun: boolean): void {
  console.log(
    `\nTổng kết${dryRun ? ' (chạy thử)' : ''}: ${counts.imported} nhập mới, ${counts.updated} cập nhật, ` +
      `${counts.unchanged} không đổi, ${counts.skipped} bỏ qua, ${counts.failed} lỗi.`,
  );
  if (formats.size > 0) {
    const byFormat = [...formats].sort((a, b) => b[1] - a[1]).map(([format, n]) => `${FORMAT_LABELS[format]} ${n}`);
    console.log(`Theo định dạng: ${byFormat.join(', ')}; ${ocrPages} trang đọc bằng OCR.`);
  }
  if (flags.size > 0) {
    console.log('Điểm cần rà soát theo loại:');
    for (const [code, n] of [...flags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      console.log(`  ${code}: ${n}`);
  }
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const found = collectFiles(options.inputs, { out: options.out });
  const tally: Tally = {
    counts: { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 },
    flags: new Map(),
    formats: new Map(),
    ocrPages: 0,
  };
  const files = found.flatMap((entry) => (entry.ok ? [entry.file] : []));
  const readAhead =
    files.length >= READ_AHEAD_FROM && options.threads > 1 ? new ReadAhead(files, options.threads) : null;
  const run: Run = { options, claimed: new Map(), ocr: lazyOcrEngine(), progress: '', readAhead };
  let readable = 0;
  try {
    for (const [i, entry] of found.entries()) {
      run.progress = found.length > 1 ? `[${i + 1}/${found.length}] ` : '';
      const report: FileReport = entry.ok
        ? await importFileSafely(entry.file, run, readable++)
        : { outcome: entry.skipped ? 'skipped' : 'failed', message: entry.error };
      count(tally, report);
      (report.outcome === 'failed' || report.outcome === 'skipped' ? console.error : console.log)(
        `${run.progress}${report.message}`,
      );
    }
  } finally {
    await Promise.all([run.ocr.terminate(), readAhead?.close()]);
  }
  printSummary(tally, options.dryRun);
  return tally.counts.failed > 0 ? 1 : 0;
}

await runCommand(USAGE, main);
