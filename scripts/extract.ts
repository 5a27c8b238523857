/**
 * Print what the extractor reads from each file: one JSON object per line.
 * Usage: npm run --silent extract -- [--full] FILE...
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/reading/extract.ts';

const USAGE = `Cách dùng: npm run --silent extract -- [--full] TỆP...

In ra những gì bộ đọc rút ra từ mỗi tệp văn bản: mỗi tệp một dòng JSON
(loại, số, ngày, cơ quan ban hành, trích yếu, người ký, các trích dẫn).

Tùy chọn:
  --full     in thêm phần đầu văn bản, các tên gọi tắt và trích dẫn đầy đủ
  -h, --help in hướng dẫn này`;

/** Parse the command line; exits with the usage on --help or a bad option. */
function readArguments(): { full: boolean; files: string[] } {
  try {
    const { values, positionals } = parseArgs({
      options: { full: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length === 0) throw new Error('chưa có tệp nào');
    return { full: values.full, files: positionals };
  } catch (error) {
    console.error(`Lỗi tham số: ${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const { full, files } = readArguments();
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
  console.log(
    JSON.stringify(full ? { ...summary, issues, aliases, header, citations: fullCitations } : { ...summary, issues }),
  );
}
process.exit(failed ? 1 : 0);
