/**
 * Read a Word 97–2003 .doc with word-extractor: body, then text boxes, footnotes and endnotes,
 * then page headers. Table cells come as tab-separated text with each row ending in a tab; the
 * first table (the two-column header) is laid out column by column like the other readers.
 */
import WordExtractor from 'word-extractor';
import { FormatError } from './types.ts';

/**
 * Split a two-column table at the start of the body from the rest: rows end with "\t\n", cells
 * are split by "\t". The header comes back as the left cells' lines, a blank line, the right
 * cells' lines; `header` is '' when the body does not start with such a table.
 * @example splitHeaderTable('A\nSố: 1/QĐ\tCỘNG HÒA\t\nBody').header // 'A\nSố: 1/QĐ\n\nCỘNG HÒA'
 */
export function splitHeaderTable(body: string): { header: string; rest: string } {
  const m = /^([\s\S]{0,3000}?\t\n)(?![^\n]*\t)/.exec(body);
  if (!m || m[1]!.split('\n').length > 40) return { header: '', rest: body };
  const rows = m[1]!
    .split('\t\n')
    .filter((r) => r.trim() !== '')
    .map((r) => r.split('\t'));
  if (rows.some((r) => r.length > 2)) return { header: '', rest: body };
  const column = (i: number): string[] =>
    rows
      .flatMap((r) => (r[i] ?? '').split('\n'))
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l !== '');
  return { header: `${column(0).join('\n')}\n\n${column(1).join('\n')}`, rest: body.slice(m[1]!.length) };
}

/** One paragraph per line as in the body, blank lines between, tabs of other tables as " | ". */
function toParagraphs(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/\t+$/, '').replace(/\t/g, ' | ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n\n');
}

/**
 * Read a .doc to text.
 * @example await readDoc(bytes, 'qd.doc') // 'HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\n…'
 */
export async function readDoc(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  let doc;
  try {
    doc = await new WordExtractor().extract(Buffer.from(bytes));
  } catch {
    throw new FormatError(
      'doc-damaged',
      fileName,
      'tệp Word .doc bị hỏng hoặc không phải văn bản Word',
      'hãy mở tệp bằng Word, lưu lại dạng .docx rồi nhập lại',
    );
  }
  const { header, rest } = splitHeaderTable(doc.getBody());
  const parts = [header, toParagraphs(rest)].filter((p) => p !== '');
  const extras = [
    doc.getTextboxes({ includeHeadersAndFooters: false, includeBody: true }),
    doc.getFootnotes(),
    doc.getEndnotes(),
  ];
  for (const extra of extras) if (extra.trim() !== '') parts.push(toParagraphs(extra));
  const headers = doc.getHeaders({ includeFooters: true });
  if (headers.trim() !== '') parts.push(toParagraphs(headers));
  const text = parts.join('\n\n').trim();
  return { text: `${text}\n`, warnings: [] };
}
