/**
 * Measure the extractor on the development corpus (tests/fixtures/corpus): header number, date,
 * kind and issuer against MANIFEST.tsv, and cited numbers by folded key. Prints the figures and
 * every document it got wrong; exits non-zero when a target is missed.
 * Usage: npm run eval:extract [-- --quiet]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDocument } from '../src/reading/extract.ts';
import { numberKey } from '../src/reading/document-number.ts';
import { parseVietnameseDate } from '../src/text/dates.ts';
import { foldText } from '../src/text/vietnamese.ts';

const root = join(import.meta.dirname, '..', 'tests', 'fixtures', 'corpus');
const quiet = process.argv.includes('--quiet');
const rows = readFileSync(join(root, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));

type Field = 'number' | 'date' | 'kind' | 'issuer';
const tally = Object.fromEntries(
  (['number', 'date', 'kind', 'issuer'] as Field[]).map((f) => [f, { correct: 0, total: 0, outputs: 0, outputsCorrect: 0, expected: 0, expectedCorrect: 0 }]),
) as Record<Field, { correct: number; total: number; outputs: number; outputsCorrect: number; expected: number; expectedCorrect: number }>;
let citeTp = 0;
let citeFp = 0;
let citeFn = 0;
const wrong: string[] = [];

const issuerKey = (s: string): string => foldText(s).replace(/[\s/]+/g, '');

for (const [file = '', kind = '', number = '', date = '', issuer = '', cites = ''] of rows) {
  const doc = extractDocument(readFileSync(join(root, file), 'utf8'), file);
  const problems: string[] = [];
  const check = (field: Field, expected: string, got: string, shownExpected: string, shownGot: string | null): void => {
    const t = tally[field];
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
    if (!ok) problems.push(`${field}: cần "${shownExpected}", đọc được "${shownGot ?? ''}"`);
  };
  check('number', number ? numberKey(number) : '', doc.number ? numberKey(doc.number) : '', number, doc.number);
  check('date', date ? (parseVietnameseDate(date)?.iso ?? '?') : '', doc.date ?? '', date, doc.date);
  check('kind', kind, doc.kind ?? '', kind, doc.kind);
  check('issuer', issuer ? issuerKey(issuer) : '', doc.issuer ? issuerKey(doc.issuer) : '', issuer, doc.issuer);

  const expected = new Set(cites.split(';').filter(Boolean).map((c) => numberKey(c) || `?${c}`));
  const got = new Set(doc.citations.map((c) => numberKey(c.number)));
  const missed = [...expected].filter((k) => !got.has(k));
  const extra = [...got].filter((k) => !expected.has(k));
  citeTp += expected.size - missed.length;
  citeFn += missed.length;
  citeFp += extra.length;
  if (missed.length) problems.push(`trích dẫn bị sót: ${missed.join(', ')}`);
  if (extra.length) problems.push(`trích dẫn thừa: ${extra.join(', ')}`);
  if (problems.length) wrong.push(`${file}\n  ${problems.join('\n  ')}`);
}

const pct = (a: number, b: number): string => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
console.log(`Corpus: ${rows.length} documents (${root})`);
console.log('field    correct   precision  recall');
for (const f of ['number', 'date', 'kind', 'issuer'] as Field[]) {
  const t = tally[f];
  console.log(`${f.padEnd(8)} ${pct(t.correct, t.total)}    ${pct(t.outputsCorrect, t.outputs)}     ${pct(t.expectedCorrect, t.expected)}`);
}
const precision = citeTp / (citeTp + citeFp);
const recall = citeTp / (citeTp + citeFn);
console.log(`cited numbers: precision ${pct(citeTp, citeTp + citeFp)}, recall ${pct(citeTp, citeTp + citeFn)} (tp ${citeTp}, fp ${citeFp}, fn ${citeFn})`);
if (!quiet && wrong.length) console.log(`\nDocuments with errors (${wrong.length}):\n${wrong.join('\n')}`);

const targets = [
  ['number', tally.number.correct / tally.number.total, 0.95],
  ['date', tally.date.correct / tally.date.total, 0.95],
  ['kind', tally.kind.correct / tally.kind.total, 0.95],
  ['cites recall', recall, 0.95],
  ['cites precision', precision, 0.98],
] as const;
const missedTargets = targets.filter(([, v, t]) => v < t);
if (missedTargets.length) {
  console.log(`\nTargets missed: ${missedTargets.map(([n, v, t]) => `${n} ${(100 * v).toFixed(1)}% < ${100 * t}%`).join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll targets met.');
}
