/**
 * Generate a synthetic archive for benchmarks.
 *
 *   npm run gen -- --docs N --out DIR [--seed S]
 *   npm run gen -- --help
 *
 * Writes N Markdown documents in the archive's format (DIR/<year>/<n>.md); the same seed gives
 * the same files. Vocabulary comes from the real documents in tests/fixtures, recombined.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parseCommandLine, readWholeNumber, runCommand, UsageError } from '../cli.ts';
import { harvestClauses, planArchive, renderSyntheticDocument } from './synthetic.ts';

/**
 * Write `count` synthetic documents under `out` (emptied first), recombining the vocabulary of
 * the real documents in tests/fixtures.
 * @example generateArchive(150, 'tmp/bench/corpus-150-1', 1)
 */
export function generateArchive(count: number, out: string, seed = 1, log: (s: string) => void = () => {}): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const texts = ['tests/fixtures/seeds', 'tests/fixtures/corpus/raw'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).map((f) => readFileSync(path.join(root, dir, f), 'utf8')),
  );
  const clauses = harvestClauses(texts);
  const plan = planArchive(count, seed);
  rmSync(out, { recursive: true, force: true });
  for (const doc of plan) {
    const { data, body } = renderSyntheticDocument(doc, plan, clauses, seed);
    const file = path.join(out, String(data.date).slice(0, 4), `${String(doc.index).padStart(6, '0')}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, matter.stringify(body, data));
    if ((doc.index + 1) % 5000 === 0) log(`  đã tạo ${doc.index + 1}/${count} văn bản`);
  }
}

export const USAGE = `Cách dùng: npm run gen -- --docs N --out THƯ_MỤC [--seed S]

Tạo một kho văn bản tổng hợp để đo hiệu năng: N tệp Markdown đúng định dạng của kho
(THƯ_MỤC/<năm>/<số>.md); cùng hạt giống cho cùng các tệp. Thư mục ra bị xóa và tạo lại.

  --docs N          số văn bản (bắt buộc, từ 1 trở lên)
  --out THƯ_MỤC     thư mục ra (bắt buộc)
  --seed S          hạt giống (mặc định: 1)
  -h, --help        in hướng dẫn này`;

/** What the command line asks for. */
export interface GenOptions {
  help: boolean;
  docs: number;
  out: string;
  seed: number;
}

/**
 * Read the command line (strict: unknown options and stray arguments are UsageErrors).
 * @example readGenOptions(['--docs', '10', '--out', 'tmp/kho']) // { help: false, docs: 10, out: 'tmp/kho', seed: 1 }
 */
export function readGenOptions(argv: string[]): GenOptions {
  const { values } = parseCommandLine({
    args: argv,
    options: {
      docs: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true, docs: 0, out: '', seed: 1 };
  if (values.docs === undefined) throw new UsageError('Thiếu --docs N: số văn bản cần tạo.');
  if (!values.out) throw new UsageError('Thiếu --out THƯ_MỤC: nơi ghi các văn bản.');
  return {
    help: false,
    docs: readWholeNumber(values.docs, '--docs', 1),
    out: values.out,
    seed: readWholeNumber(values.seed, '--seed'),
  };
}

if (import.meta.main) {
  await runCommand(USAGE, () => {
    const { help, docs, out, seed } = readGenOptions(process.argv.slice(2));
    if (help) return console.log(USAGE);
    const start = performance.now();
    generateArchive(docs, out, seed, console.log);
    const seconds = ((performance.now() - start) / 1000).toFixed(1);
    console.log(`Đã tạo ${docs} văn bản trong ${out} (hạt giống ${seed}) sau ${seconds} giây.`);
  });
}
