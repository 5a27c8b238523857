/**
 * Benchmark of the format readers (not a test): documents per second for .docx, .doc and
 * text-layer PDF, seconds per page and peak memory for OCR, and what each real original yields.
 *
 *   node scripts/bench/formats.ts [--rounds 3] [--real-scans] [--no-ocr]
 */
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createOcrEngine, isFormatError, readOriginal, type OriginalText } from '../../src/import/formats/index.ts';
import { extractDocument } from '../../src/reading/extract.ts';
import { defaultReadThreads, ReadAhead } from '../../src/import/read-ahead.ts';

const USAGE = `Cách dùng: node scripts/bench/formats.ts [--rounds N] [--real-scans] [--no-ocr]
Đo tốc độ đọc .docx, .doc, PDF có lớp chữ (văn bản/giây) và OCR (giây/trang, bộ nhớ đỉnh).
  --rounds N      số lượt đọc mỗi tệp không OCR (mặc định 3)
  --real-scans    OCR cả ba bản quét thật b31, b33, b35 (38 trang, vài phút)
  --no-ocr        bỏ phần đo OCR`;

const BIN = 'tests/fixtures/bin';
const GENERATED = `${BIN}/generated`;

function fieldsLine(name: string, original: OriginalText, ms: number): string {
  const d = extractDocument(original.text);
  const ocr = original.ocr ? ` OCR trang ${original.ocr.pages.join(',')} (${original.ocr.meanConfidence}%)` : '';
  return `${name.padEnd(18)} ${original.format.padEnd(8)} ${String(Math.round(ms)).padStart(6)} ms  số=${d.number ?? '—'}  ngày=${d.date ?? '—'}  loại=${d.kind ?? '—'}  cơ quan=${d.issuer ?? '—'}${ocr}`;
}

async function timeFiles(files: string[], rounds: number): Promise<{ perSecond: number; count: number }> {
  const data = await Promise.all(files.map((f) => readFile(f)));
  // Once per import, not per document: the reader's start (PDFium's WebAssembly, mammoth's modules).
  await readOriginal(data[0]!, files[0]!);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const [i, bytes] of data.entries()) await readOriginal(bytes, files[i]!);
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: (files.length * rounds) / seconds, count: files.length };
}

/** Documents per second of the importer's read-ahead (read-ahead.ts) over the files, `rounds` times, threads started included. */
async function timeReadAhead(files: string[], rounds: number): Promise<{ perSecond: number; threads: number }> {
  const all = Array.from({ length: rounds }, () => files).flat();
  const threads = defaultReadThreads();
  const started = performance.now();
  const pool = new ReadAhead(all, threads);
  for (let i = 0; i < all.length; i++) if (!(await pool.get(i))) throw new Error(`${all[i]}: không đọc trước được`);
  await pool.close();
  return { perSecond: all.length / ((performance.now() - started) / 1000), threads };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string' },
      'real-scans': { type: 'boolean' },
      'no-ocr': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const rounds = Number(values.rounds ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`--rounds phải là số nguyên dương, nhận được "${values.rounds}"`);
  console.log(
    `Máy: ${os.cpus().length} lõi, tải trung bình ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  const bin = (await readdir(BIN)).filter((f) => /^b\d+\./.test(f)).sort();
  const generated = (await readdir(GENERATED)).filter((f) => /^seed\d+\.(docx|pdf)$/.test(f)).sort();
  const scanned = new Set(['b25.pdf', 'b31.pdf', 'b33.pdf', 'b35.pdf']);
  const byExt = (ext: string): string[] => [
    ...bin.filter((f) => f.endsWith(ext) && !scanned.has(f)).map((f) => `${BIN}/${f}`),
    ...generated.filter((f) => f.endsWith(ext)).map((f) => `${GENERATED}/${f}`),
  ];
  for (const [label, ext] of [
    ['.docx', '.docx'],
    ['.doc', '.doc'],
    ['PDF có lớp chữ', '.pdf'],
  ] as const) {
    const { perSecond, count } = await timeFiles(byExt(ext), rounds);
    const ahead = await timeReadAhead(byExt(ext), rounds);
    console.log(
      `${label}: ${perSecond.toFixed(1)} văn bản/giây trên một luồng (${count} tệp × ${rounds} lượt, sau khi bộ đọc đã khởi động); ` +
        `${ahead.perSecond.toFixed(1)} văn bản/giây khi nhập cả thư mục với ${ahead.threads} luồng đọc trước (gồm khởi động luồng)`,
    );
  }

  console.log('\nTừng bản gốc thật (không OCR):');
  for (const f of bin.filter((f) => !scanned.has(f) || f === 'b25.pdf')) {
    const started = performance.now();
    const original = await readOriginal(await readFile(`${BIN}/${f}`), f);
    console.log(fieldsLine(f, original, performance.now() - started));
  }

  if (values['no-ocr']) return;
  const scans = [
    `${GENERATED}/seed001-scan.pdf`,
    `${GENERATED}/seed004-scan.jpg`,
    ...(values['real-scans'] ? ['b31.pdf', 'b33.pdf', 'b35.pdf'].map((f) => `${BIN}/${f}`) : []),
  ];
  console.log('\nOCR (200 dpi):');
  const engineStart = performance.now();
  const ocr = await createOcrEngine();
  console.log(`khởi động bộ OCR: ${((performance.now() - engineStart) / 1000).toFixed(1)} s`);
  let pages = 0;
  const started = performance.now();
  for (const file of scans) {
    const t = performance.now();
    try {
      const original = await readOriginal(await readFile(file), file.split('/').pop()!, {
        ocr,
        onProgress: (p) => process.stderr.write(`\r${file} trang ${p.page}/${p.pages} ${p.method}   `),
      });
      process.stderr.write('\n');
      pages += original.ocr?.pages.length ?? 0;
      const ms = performance.now() - t;
      console.log(
        `${fieldsLine(file.split('/').pop()!, original, ms)}  — ${(ms / 1000 / Math.max(1, original.ocr?.pages.length ?? 1)).toFixed(1)} s/trang`,
      );
    } catch (error) {
      if (!isFormatError(error)) throw error;
      console.log(error.message);
    }
  }
  await ocr.terminate();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `OCR: ${pages} trang, ${(seconds / Math.max(1, pages)).toFixed(1)} s/trang, bộ nhớ đỉnh ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
}

await main();
