/**
 * Measure the extractor against manifests of documents read by a person: header number, date,
 * kind and issuer, cited numbers and the implemented subset (by folded key). Scores the
 * development corpus (tests/fixtures/corpus) and the second corpus (tests/fixtures/corpus2) by
 * default, or the manifests given with --manifest; with --bin, the binary originals of
 * tests/fixtures/bin (Word, PDF; scans with --ocr) read through readOriginal, as the importer
 * reads them. Prints the figures and every document it got wrong; exits non-zero when a target
 * of issue 13 is missed.
 * Usage: npm run eval:extract -- [--quiet] [--bin [--ocr]] [--manifest PATH]...
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractDocument, type ExtractedDocument } from '../src/reading/extract.ts';
import { numberKey } from '../src/reading/document-number.ts';
import { parseVietnameseDate } from '../src/text/dates.ts';
import { foldText } from '../src/text/vietnamese.ts';
import { decodeSource } from '../src/import/decode.ts';
import { decodeEntities } from '../src/text/html-entities.ts';
import { createOcrEngine, readOriginal, type OcrEngine } from '../src/import/formats/index.ts';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');
const DEFAULT_MANIFESTS = [join(FIXTURES, 'corpus', 'MANIFEST.tsv'), join(FIXTURES, 'corpus2', 'MANIFEST.tsv')];
/** The binary originals of corpus 2 (tests/fixtures/bin) with the fields SOURCES.md gives. */
const BIN_MANIFEST = join(FIXTURES, 'corpus2', 'BIN-MANIFEST.tsv');

const USAGE = `Cách dùng: npm run eval:extract -- [--quiet] [--bin [--ocr]] [--manifest ĐƯỜNG_DẪN]...

Đo độ chính xác của bộ đọc trên các bộ văn bản đã được người đọc và ghi lại trong
MANIFEST.tsv (cột file, kind, number, date, issuer và, nếu có, cites, implements, scan;
đường dẫn tệp tính từ thư mục chứa manifest; giá trị "?" là không chấm). Mặc định đo hai
bộ tests/fixtures/corpus và tests/fixtures/corpus2.

Tùy chọn:
  --manifest ĐƯỜNG_DẪN  đo bộ văn bản của manifest này (có thể lặp lại)
  --bin                 đo các bản gốc Word/PDF trong tests/fixtures/bin (đọc như khi nhập)
  --ocr                 cùng --bin: đọc cả các bản quét bằng nhận dạng chữ (chậm)
  --quiet               không liệt kê các văn bản đọc sai
  -h, --help            in hướng dẫn này`;

interface Arguments {
  quiet: boolean;
  manifests: string[];
  /** Read each file through readOriginal (binary originals). */
  original: boolean;
  ocr: boolean;
}

/** Parse the command line; exits with the usage on --help or a bad option. */
function readArguments(): Arguments {
  try {
    const { values } = parseArgs({
      options: {
        quiet: { type: 'boolean', default: false },
        manifest: { type: 'string', multiple: true },
        bin: { type: 'boolean', default: false },
        ocr: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.ocr && !values.bin) throw new Error('--ocr chỉ dùng cùng --bin');
    const given = values.manifest?.length ? values.manifest : null;
    const manifests = values.bin ? (given ?? [BIN_MANIFEST]) : (given ?? DEFAULT_MANIFESTS);
    return { quiet: values.quiet, manifests, original: values.bin, ocr: values.ocr };
  } catch (error) {
    console.error(`Lỗi tham số: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

type Row = Record<string, string>;

/** The manifest's rows, keyed by its header line's column names. */
function readManifest(path: string): Row[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`${path}: không đọc được manifest (${(error as Error).message})`, { cause: error });
  }
  const [head = '', ...lines] = text.trim().split('\n');
  const columns = head.split('\t');
  for (const required of ['file', 'kind', 'number', 'date', 'issuer']) {
    if (!columns.includes(required)) throw new Error(`${path}: manifest thiếu cột "${required}"`);
  }
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i] ?? `#${i}`, v])));
}

/**
 * Word "Save as Web Page" exports kept as .txt: turned to text for scoring (the importer reads
 * HTML itself). Table cells become three-space columns, as pdftotext -layout prints them.
 */
function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(head|style|script)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/\s+/g, ' ')
      .replace(/<\/?(?:td|th)\b[^>]*>/gi, '   ')
      .replace(/<(?:br|\/p|\/div|\/tr|\/li|\/h[1-6]|\/table)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The text a manifest row names: HTML decoded with the charset its meta tag declares and turned
 * to text; anything else decoded as the importer decodes it.
 */
function readDocumentText(path: string): { text: string; html: boolean } {
  const bytes = new Uint8Array(readFileSync(path));
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  if (/<html\b|<body\b/i.test(ascii)) {
    const charset = /charset=["']?([\w-]+)/i.exec(ascii)?.[1] ?? 'utf-8';
    return { text: htmlToText(new TextDecoder(charset).decode(bytes)), html: true };
  }
  const decoded = decodeSource(bytes, path);
  if (!decoded.ok) throw new Error(decoded.error);
  return { text: decoded.text, html: false };
}

interface Tally {
  correct: number;
  total: number;
  outputs: number;
  outputsCorrect: number;
  expected: number;
  expectedCorrect: number;
}
interface SetTally {
  tp: number;
  fp: number;
  fn: number;
}
type Field = 'number' | 'date' | 'kind' | 'issuer';
const FIELDS: Field[] = ['number', 'date', 'kind', 'issuer'];

interface Score {
  fields: Record<Field, Tally>;
  cites: SetTally;
  implements: SetTally;
  /** Rows with an implements column. */
  implementsRows: number;
  wrong: string[];
  htmlFiles: string[];
  /** Rows with a cites column. */
  citesRows: number;
  /** Later spellings of a number the reader merged into the first (issue 'variant-number'). */
  variants: string[];
  /** Scans left out (no --ocr), and fields not scored ("?" in the manifest). */
  skippedFiles: string[];
  unscored: number;
}

const emptyTally = (): Tally => ({
  correct: 0,
  total: 0,
  outputs: 0,
  outputsCorrect: 0,
  expected: 0,
  expectedCorrect: 0,
});

/** Markdown transcriptions escape punctuation ("57\-NQ/TW"): the manifest keeps it as printed. */
const unescapeMarkdown = (s: string): string => s.replace(/\\([-_*.\\])/g, '$1');

/**
 * A header number's key; a draft's number with a blank serial ("-CV/ĐU", "/KH-MTTQ-BTT") is
 * keyed by its printed codes, blanks removed and folded, so a reader that reads the codes scores.
 */
function headerNumberKey(printed: string): string {
  const s = unescapeMarkdown(printed).trim();
  if (!s) return '';
  const key = manifestNumberKey(s);
  return key.startsWith('?') ? foldText(s).toUpperCase().replace(/\s+/g, '') : key;
}

/** A date's key: ISO, or yyyy-mm for a draft whose day is blank ("ngày   tháng 8 năm 2025"). */
function dateKey(printed: string): string {
  if (!printed) return '';
  const full = parseVietnameseDate(printed)?.iso;
  if (full) return full;
  const partial = /tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(printed);
  return partial ? `${partial[2]}-${(partial[1] ?? '').padStart(2, '0')}` : '?';
}

const issuerKey = (s: string): string => foldText(s).replace(/[\s/]+/g, '');
/** A manifest's number key ('?…' when it does not read as a number, so it never matches). */
function manifestNumberKey(printed: string): string {
  return numberKey(unescapeMarkdown(printed)) || `?${printed}`;
}
const citeKeys = (list: string): Set<string> => new Set(list.split(';').filter(Boolean).map(manifestNumberKey));

function checkField(
  score: Score,
  problems: string[],
  field: Field,
  expected: string,
  got: string,
  shown: [string, string | null],
): void {
  if (shown[0].trim() === '?') {
    score.unscored++;
    return;
  }
  const t = score.fields[field];
  const ok = expected === got;
  t.total++;
  if (ok) t.correct++;
  if (got) {
    t.outputs++;
    if (ok) t.outputsCorrect++;
  }
  if (expected) {
    t.expected++;
    if (ok) t.expectedCorrect++;
  }
  if (!ok) problems.push(`${field}: cần "${shown[0]}", đọc được "${shown[1] ?? ''}"`);
}

function checkSet(tally: SetTally, problems: string[], label: string, expected: Set<string>, got: Set<string>): void {
  const missed = [...expected].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !expected.has(k));
  tally.tp += expected.size - missed.length;
  tally.fn += missed.length;
  tally.fp += extra.length;
  if (missed.length) problems.push(`${label} bị sót: ${missed.join(', ')}`);
  if (extra.length) problems.push(`${label} thừa: ${extra.join(', ')}`);
}

/** The draft reading of a number or date when the full one is missing (see extract.ts). */
function gotNumber(doc: ExtractedDocument): string | null {
  return doc.number ?? doc.header.draftNumber?.printed ?? null;
}
function gotDate(doc: ExtractedDocument): string | null {
  return doc.date ?? doc.header.draftDate ?? null;
}

/** The text of a row's file: as the importer reads an original (--bin), or as text. */
async function loadText(
  path: string,
  options: Arguments,
  ocr: () => Promise<OcrEngine>,
): Promise<{ text: string; html: boolean }> {
  if (!options.original) return readDocumentText(path);
  const engine = options.ocr ? await ocr() : undefined;
  const original = await readOriginal(
    new Uint8Array(readFileSync(path)),
    basename(path),
    engine ? { ocr: engine } : {},
  );
  return { text: original.text, html: false };
}

async function scoreRow(
  score: Score,
  root: string,
  row: Row,
  options: Arguments,
  ocr: () => Promise<OcrEngine>,
): Promise<void> {
  const file = row.file ?? '';
  if (options.original && row.scan === 'yes' && !options.ocr) {
    score.skippedFiles.push(file);
    return;
  }
  const { text, html } = await loadText(join(root, file), options, ocr);
  if (html) score.htmlFiles.push(file);
  const doc = extractDocument(text, file);
  const problems: string[] = [];
  const number = gotNumber(doc);
  checkField(score, problems, 'number', headerNumberKey(row.number ?? ''), number ? headerNumberKey(number) : '', [
    row.number ?? '',
    number,
  ]);
  const date = gotDate(doc);
  checkField(score, problems, 'date', dateKey(row.date ?? ''), date ?? '', [row.date ?? '', date]);
  checkField(score, problems, 'kind', row.kind ?? '', doc.kind ?? '', [row.kind ?? '', doc.kind]);
  const issuer = row.issuer ?? '';
  checkField(score, problems, 'issuer', issuer ? issuerKey(issuer) : '', doc.issuer ? issuerKey(doc.issuer) : '', [
    issuer,
    doc.issuer,
  ]);
  // Citations are counted by the number the reader gives them: a later spelling it merged into
  // the first (same serial and issuer, the year or type code dropped) counts as that document,
  // as the manifests count it ("later misprinted/variant spellings … are not repeated").
  for (const issue of doc.issues)
    if (issue.code === 'variant-number') score.variants.push(`${file}: ${issue.numbers?.[1]} → ${issue.numbers?.[0]}`);
  if (row.cites !== undefined) {
    score.citesRows++;
    checkSet(
      score.cites,
      problems,
      'trích dẫn',
      citeKeys(row.cites),
      new Set(doc.citations.map((c) => numberKey(c.canonical))),
    );
  }
  if (row.implements !== undefined) {
    score.implementsRows++;
    const got = new Set(doc.citations.filter((c) => c.implements).map((c) => numberKey(c.canonical)));
    checkSet(score.implements, problems, 'văn bản thực hiện', citeKeys(row.implements), got);
  }
  if (problems.length) score.wrong.push(`${file}${row.note ? ` (${row.note})` : ''}\n  ${problems.join('\n  ')}`);
}

const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const setLine = (label: string, t: SetTally): string =>
  `${label}: precision ${pct(t.tp, t.tp + t.fp)}, recall ${pct(t.tp, t.tp + t.fn)} (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;

function printScore(path: string, rows: number, score: Score, quiet: boolean): void {
  console.log(`Corpus: ${rows} documents (${path})`);
  if (score.htmlFiles.length) console.log(`HTML read as text: ${score.htmlFiles.join(', ')}`);
  if (score.skippedFiles.length) console.log(`Scans left out (add --ocr): ${score.skippedFiles.join(', ')}`);
  if (score.unscored) console.log(`Fields not scored (no ground truth, "?" in the manifest): ${score.unscored}`);
  console.log('field    correct   precision  recall');
  for (const f of FIELDS) {
    const t = score.fields[f];
    console.log(
      `${f.padEnd(8)} ${pct(t.correct, t.total)}    ${pct(t.outputsCorrect, t.outputs)}     ${pct(t.expectedCorrect, t.expected)}   (${t.correct}/${t.total})`,
    );
  }
  if (score.citesRows) console.log(setLine('cited numbers', score.cites));
  if (score.implementsRows) console.log(setLine('implements', score.implements));
  if (score.variants.length) {
    console.log(
      `Counted as one document (a later spelling of a number cited earlier, flagged for review): ${score.variants.length}`,
    );
    if (!quiet) for (const v of score.variants) console.log(`  ${v}`);
  }
  if (!quiet && score.wrong.length)
    console.log(`\nDocuments with errors (${score.wrong.length}):\n${score.wrong.join('\n')}`);
}

/** Targets of issue 13 for documents the reader has not seen. */
function missedTargets(score: Score): string[] {
  const ratio = (t: Tally): number => (t.total ? t.correct / t.total : 1);
  const c = score.cites;
  const targets: Array<[string, number, number]> = [
    ['number', ratio(score.fields.number), 0.98],
    ['date', ratio(score.fields.date), 0.98],
    ['kind', ratio(score.fields.kind), 0.98],
  ];
  if (score.citesRows)
    targets.push(['cites recall', c.tp / (c.tp + c.fn), 0.99], ['cites precision', c.tp / (c.tp + c.fp), 0.995]);
  return targets.filter(([, v, t]) => v < t).map(([n, v, t]) => `${n} ${(100 * v).toFixed(1)}% < ${100 * t}%`);
}

const options = readArguments();
/** One OCR engine for every scan, started on the first one. */
const started: { engine?: Promise<OcrEngine> } = {};
const ocr = (): Promise<OcrEngine> => (started.engine ??= createOcrEngine());
let failed = false;
for (const [i, path] of options.manifests.entries()) {
  if (i > 0) console.log(`\n${'─'.repeat(60)}\n`);
  try {
    const rows = readManifest(path);
    const score: Score = {
      fields: { number: emptyTally(), date: emptyTally(), kind: emptyTally(), issuer: emptyTally() },
      cites: { tp: 0, fp: 0, fn: 0 },
      implements: { tp: 0, fp: 0, fn: 0 },
      implementsRows: 0,
      wrong: [],
      htmlFiles: [],
      citesRows: 0,
      variants: [],
      skippedFiles: [],
      unscored: 0,
    };
    for (const row of rows) await scoreRow(score, dirname(path), row, options, ocr);
    printScore(path, rows.length, score, options.quiet);
    const missed = missedTargets(score);
    if (missed.length) {
      console.log(`\nTargets missed: ${missed.join('; ')}`);
      failed = true;
    } else {
      console.log('\nAll targets met.');
    }
  } catch (error) {
    console.error(`Lỗi: ${(error as Error).message}`);
    failed = true;
  }
}
if (started.engine) await (await started.engine).terminate();
if (failed) process.exitCode = 1;
