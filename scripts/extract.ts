/**
 * Print what the extractor reads from each file: one JSON object per line.
 * Usage: npm run --silent extract -- FILE... [--full]
 */
import { readFileSync } from 'node:fs';
import { extractDocument } from '../src/reading/extract.ts';

const args = process.argv.slice(2);
const full = args.includes('--full');
const files = args.filter((a) => a !== '--full');
if (files.length === 0) {
  console.error('Cách dùng: npm run --silent extract -- TỆP... [--full]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: không đọc được tệp (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const doc = extractDocument(text, file);
  const { header, fullCitations, aliases, issues, ...summary } = doc;
  console.log(JSON.stringify(full ? { ...summary, issues, aliases, header, citations: fullCitations } : { ...summary, issues }));
}
process.exit(failed ? 1 : 0);
