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
import { importDocument, isUnedited } from '../src/import/import-document.ts';

interface Options {
  inputs: string[];
  out: string;
  force: boolean;
  dryRun: boolean;
}

const USAGE = 'Cách dùng: npm run import -- TỆP_HOẶC_THƯ_MỤC... [--out THƯ_MỤC] [--force] [--dry-run]';

function parseArgs(argv: string[]): Options {
  const options: Options = { inputs: [], out: 'content', force: false, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') options.out = argv[++i] ?? fail(`Thiếu thư mục sau --out. ${USAGE}`);
    else if (arg === '--force') options.force = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) fail(`Không hiểu tùy chọn ${arg}. ${USAGE}`);
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) fail(USAGE);
  return options;
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

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const files = collectFiles(options.inputs);
  const counts: Record<Outcome, number> = { imported: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const flags = new Map<string, number>();
  const showProgress = files.length > 1;
  const claimed = new Map<string, string>();

  files.forEach((file, i) => {
    const progress = showProgress ? `[${i + 1}/${files.length}] ` : '';
    const report = (outcome: Outcome, message: string) => {
      counts[outcome]++;
      (outcome === 'failed' || outcome === 'skipped' ? console.error : console.log)(`${progress}${message}`);
    };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      return report('failed', `${file}: không đọc được tệp (${(error as Error).message}).`);
    }
    if (bytes.length > 20 * 1024 * 1024) {
      return report('failed', `${file}: tệp quá lớn (${(bytes.length / 1048576).toFixed(1)} MB > 20 MB) — hãy tách thành từng văn bản.`);
    }
    const result = importDocument(bytes, path.basename(file));
    if (!result.ok) return report('failed', result.error);

    const target = path.join(options.out, result.path);
    const other = claimed.get(target);
    if (other) {
      return report('failed', `${file}: trùng số ký hiệu, năm với ${other} (cùng đích ${target}) — hãy kiểm tra hai văn bản, có thể là một văn bản nhập hai lần.`);
    }
    claimed.set(target, file);
    if (existsSync(target)) {
      const existing = readFileSync(target, 'utf8');
      if (existing === result.markdown) return report('unchanged', `${file} → ${target}: không thay đổi.`);
      if (!isUnedited(existing) && !options.force) {
        return report('skipped', `${file} → ${target}: tệp đã được sửa tay sau khi nhập, giữ nguyên (dùng --force để ghi đè).`);
      }
    }
    for (const flag of result.review) flags.set(flag.code, (flags.get(flag.code) ?? 0) + 1);
    const outcome: Outcome = existsSync(target) ? 'updated' : 'imported';
    if (options.dryRun) {
      return report(outcome, `${file} → ${target} (chạy thử, không ghi)${result.review.length ? `; ${result.review.length} điểm cần rà soát` : ''}`);
    }
    writeWhole(path.join(options.out, result.sourcePath), bytes);
    writeWhole(target, result.markdown);
    report(outcome, `${file} → ${target}${result.review.length ? `; ${result.review.length} điểm cần rà soát` : ''}`);
  });

  console.log(
    `\nTổng kết${options.dryRun ? ' (chạy thử)' : ''}: ${counts.imported} nhập mới, ${counts.updated} cập nhật, ` +
      `${counts.unchanged} không đổi, ${counts.skipped} bỏ qua, ${counts.failed} lỗi.`,
  );
  if (flags.size > 0) {
    console.log('Điểm cần rà soát theo loại:');
    for (const [code, n] of [...flags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${code}: ${n}`);
  }
  process.exitCode = counts.failed > 0 ? 1 : 0;
}

main();
