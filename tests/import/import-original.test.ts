import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, copyFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import {
  importDocument,
  InvalidDocumentError,
  validateDocument,
  type ImportedDocument,
} from '../../src/import/import-document.ts';
import { importOriginal } from '../../src/import/import-original.ts';
import { readFrontmatter } from '../../src/content/frontmatter.ts';
import { ROOT } from '../helpers/build.ts';
import { runImport, tempDir } from './helpers.ts';

const BIN = path.join(ROOT, 'tests/fixtures/bin');
const bin = (rel: string) => readFileSync(path.join(BIN, rel));

/** The fields every format must agree on with the plain text of the same document. */
const fieldsOf = (r: ImportedDocument) => ({
  number: r.data.number,
  kind: r.data.kind,
  date: r.data.date,
  issuerInferred: r.data.issuerInferred?.name ?? null,
});

describe('importOriginal', () => {
  it('reads a .docx to the same number, kind, date and inferred issuer as its plain text, and keeps it as .docx', async () => {
    const docx = await importOriginal(bin('generated/seed002.docx'), 'seed002.docx');
    const text = importDocument(bin('generated/seed002.txt'), 'seed002.txt');
    if (!docx.ok || !text.ok) throw new Error('not imported');
    expect({ format: docx.format, ...fieldsOf(docx), sourcePath: docx.sourcePath }).toEqual({
      format: 'docx',
      ...fieldsOf(text),
      sourcePath: `sources/${docx.path.replace(/\.md$/, '')}.docx`,
    });
  });

  it('keeps an original under the extension of its content, not its name (a PDF named .doc stays .pdf)', async () => {
    const result = await importOriginal(bin('generated/seed004.pdf'), 'kh-314.doc');
    if (!result.ok) throw new Error(result.error);
    expect({
      format: result.format,
      extension: path.extname(result.sourcePath),
      file: result.data.source?.file,
    }).toEqual({ format: 'pdf-text', extension: '.pdf', file: 'kh-314.doc' });
  });

  it('reads a Word web page saved as .txt as HTML and keeps it as inert text', async () => {
    const result = await importOriginal(bin('raw009-htm.txt'), 'raw009-htm.txt');
    if (!result.ok) throw new Error(result.error);
    expect({ format: result.format, extension: path.extname(result.sourcePath) }).toEqual({
      format: 'html',
      extension: '.txt',
    });
    expect(result.markdown.includes('<html')).toBe(false);
  });

  it('refuses a damaged .docx in one Vietnamese line naming the file', async () => {
    const result = await importOriginal(Buffer.from('PK\x03\x04broken'), 'hong.docx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect({
      code: result.code,
      lines: result.error.split('\n').length,
      named: result.error.startsWith('hong.docx: '),
    }).toEqual({ code: 'format-docx-not-zip', lines: 1, named: true });
  });

  it('builds the document again under another file base without reading the original again', async () => {
    const result = await importOriginal(bin('generated/seed003.docx'), 'seed003.docx');
    if (!result.ok) throw new Error(result.error);
    const again = result.rebuild({ base: result.candidates[1]! });
    if (!again.ok) throw new Error(again.error);
    expect({ path: again.path, number: again.data.number, format: again.format }).toEqual({
      path: `${result.candidates[1]}.md`,
      number: result.data.number,
      format: 'docx',
    });
  });
});

describe('npm run import on a folder of every format', () => {
  it('imports .txt, .md, .htm, .docx, .doc, a text PDF and a scanned PDF in one command; a damaged file gets one line', () => {
    const folder = tempDir('import-formats-');
    const files: Record<string, string> = {
      'a.txt': 'generated/seed000.txt',
      'b.md': '../seeds/003_d511720aff52e04e.txt',
      'c.htm': 'raw009-htm.txt',
      'd.docx': 'generated/seed002.docx',
      'e.doc': 'b03.doc',
      'f.pdf': 'generated/seed004.pdf',
      'g.pdf': 'generated/seed001-scan.pdf',
    };
    for (const [name, rel] of Object.entries(files)) copyFileSync(path.join(BIN, rel), path.join(folder, name));
    writeFileSync(path.join(folder, 'h.docx'), 'PK\x03\x04broken');
    const out = tempDir('import-formats-out-');
    // Word and PDF files read ahead in two threads (read-ahead.ts), whatever the machine's cores.
    const r = runImport([folder, '--out', out, '--threads', '2']);

    expect(r.out).toMatch(/Tổng kết: 7 nhập mới, 0 cập nhật, 0 không đổi, 0 bỏ qua, 1 lỗi\./);
    expect(r.out).toMatch(/Theo định dạng: .*PDF quét 1.*; 1 trang đọc bằng OCR\./);
    expect(r.out).toMatch(/g\.pdf: trang 1\/1 \(nhận dạng chữ OCR\)/);
    expect(r.out.split('\n').filter((line) => line.includes('h.docx'))).toEqual([
      `[8/8] ${path.join(folder, 'h.docx')}: tệp bắt đầu như tệp nén ZIP (.docx) nhưng bị cắt cụt hoặc hỏng — hãy tải hoặc chép lại bản gốc rồi nhập lại.`,
    ]);
    expect(r.status).toBe(1);

    // Every kept original: its bytes, under an inert extension matching its content.
    const kept = new Map<string, string>();
    for (const md of readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
      const data = readFrontmatter(readFileSync(path.join(out, md), 'utf8'), md) as {
        source: { file: string; path: string };
        review: Array<{ code: string }>;
      };
      kept.set(data.source.file, path.extname(data.source.path));
      expect(
        readFileSync(path.join(out, data.source.path)).equals(readFileSync(path.join(folder, data.source.file))),
        md,
      ).toBe(true);
      if (data.source.file === 'g.pdf') expect(data.review.map((f) => f.code)).toContain('ocr');
    }
    expect(Object.fromEntries([...kept].sort())).toEqual({
      'a.txt': '.txt',
      'b.md': '.txt',
      'c.htm': '.txt',
      'd.docx': '.docx',
      'e.doc': '.doc',
      'f.pdf': '.pdf',
      'g.pdf': '.pdf',
    });
    expect(existsSync(path.join(out, 'sources'))).toBe(true);

    // Read one by one (no read-ahead threads), the folder gives the same files and the same report.
    const alone = tempDir('import-formats-alone-');
    const one = runImport([folder, '--out', alone, '--threads', '1']);
    expect(one.out.replaceAll(alone, out)).toBe(r.out);
    const written = (dir: string) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => existsSync(path.join(dir, f)) && f.includes('.'))
        .sort()
        .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
    expect(written(alone)).toEqual(written(out));
  }, 240_000);
});

describe('validateDocument', () => {
  it('refuses what the build refuses, naming the file and the field', () => {
    const result = importDocument(bin('generated/seed003.txt'), 'seed003.txt');
    if (!result.ok) throw new Error(result.error);
    let error: unknown;
    try {
      validateDocument({ ...result.data, date: '2024-02-30' }, '2023/3304-cv-tu.md');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidDocumentError);
    expect((error as Error).message).toMatch(/^2023\/3304-cv-tu\.md: .*date: /);
  });
});
