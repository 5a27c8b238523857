/**
 * Regression tests of issue 12 ("Safe by construction"), the importer's defects, each named
 * after its number in the issue.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { importDocument, keptExtension } from '../../src/import/import-document.ts';
import { formatBody } from '../../src/import/markdown-body.ts';
import { decodeSource } from '../../src/import/decode.ts';
import { writeWhole, type WriteFs } from '../../src/import/files.ts';
import { renderBody } from '../../src/render/render-body.ts';
import { ROOT } from '../helpers/build.ts';
import { parseDocument, runImport, tempDir, visibleText } from './helpers.ts';

const fixture = (rel: string) => readFileSync(path.join(ROOT, 'tests/fixtures', rel));
const SEED_003 = 'seeds/003_d511720aff52e04e.txt';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A district union's plan 27/KH-LĐLĐ; two districts print the same number. */
const districtPlan = (district: string, day: string) =>
  `LĐLĐ TỈNH BÌNH PHƯỚC\nLIÊN ĐOÀN LAO ĐỘNG HUYỆN ${district}\nSố: 27/KH-LĐLĐ\n\n${district[0]}${district.slice(1).toLowerCase()}, ngày ${day} tháng 8 năm 2024\n\nKẾ HOẠCH\nTuyên truyền Nghị quyết số 43-NQ/TW\n\nNội dung kế hoạch của Liên đoàn Lao động huyện ${district}.\n`;

/** A letter without a number whose kind and title are only "Công văn" (issue 13). */
const unnumberedLetter = (body: string) => `CÔNG VĂN\n\n${body}\n`;

function mdFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) if (name.endsWith('.md')) out.push(name);
  return out.sort();
}

describe('defect 2: originals are kept only as inert downloads', () => {
  it.each([
    ['x.html', '.txt'],
    ['x.htm', '.txt'],
    ['x.svg', '.txt'],
    ['x.md', '.txt'],
    ['x.xhtml', '.txt'],
    ['khong-duoi', '.txt'],
    ['x.TXT', '.txt'],
    ['x.pdf', '.pdf'],
    ['x.docx', '.docx'],
    ['x.doc', '.doc'],
  ])('keeps %s as %s', (name, extension) => {
    expect(keptExtension(name)).toBe(extension);
  });

  it('publishes an HTML or SVG source under .txt, with its bytes unchanged', () => {
    const out = tempDir('import-');
    const dir = tempDir('in-');
    const svg = `${fixture(SEED_003).toString('utf8')}\n<svg onload="alert(1)"><script>alert(1)</script></svg>\n`;
    writeFileSync(path.join(dir, 'x.svg'), svg);
    expect(runImport([dir, '--out', out]).status).toBe(0);
    const kept = readdirSync(path.join(out, 'sources/2023'));
    expect(kept).toEqual(['3304-cv-tu.txt']);
    expect(readFileSync(path.join(out, 'sources/2023', kept[0]!), 'utf8')).toBe(svg);
  });
});

describe('defect 3: one document never replaces another', () => {
  it('keeps the same number from two issuers imported in one run, the second with an issuer suffix', () => {
    const dir = tempDir('in-');
    writeFileSync(path.join(dir, 'a.txt'), districtPlan('PHÚ RIỀNG', '08'));
    writeFileSync(path.join(dir, 'b.txt'), districtPlan('ĐỒNG PHÚ', '12'));
    const out = tempDir('import-');
    const r = runImport([dir, '--out', out]);
    expect(r.out).toMatch(/2 nhập mới, 0 cập nhật/);
    expect(r.status).toBe(0);
    expect(mdFiles(out)).toEqual(['2024/27-kh-ldld-lien-doan-lao-dong-huyen-dong-phu.md', '2024/27-kh-ldld.md']);
    const issuers = mdFiles(out).map((f) => parseDocument(readFileSync(path.join(out, f), 'utf8')).data.issuer);
    expect(issuers).toEqual(['LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐỒNG PHÚ', 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG']);
  });

  it('keeps the same number from two issuers imported in two runs, and says "cập nhật" only for the same document', () => {
    const out = tempDir('import-');
    const a = tempDir('in-');
    const b = tempDir('in-');
    writeFileSync(path.join(a, 'a.txt'), districtPlan('PHÚ RIỀNG', '08'));
    writeFileSync(path.join(b, 'b.txt'), districtPlan('ĐỒNG PHÚ', '12'));
    runImport([a, '--out', out]);
    const second = runImport([b, '--out', out]);
    expect(second.out).toMatch(/1 nhập mới, 0 cập nhật/);
    expect(second.out).toMatch(/đã thuộc văn bản khác/);
    expect(mdFiles(out)).toHaveLength(2);
    expect(readdirSync(path.join(out, 'sources/2024')).sort()).toEqual([
      '27-kh-ldld-lien-doan-lao-dong-huyen-dong-phu.txt',
      '27-kh-ldld.txt',
    ]);
    // The same district's plan, re-extracted (other bytes, same identity), updates its own file.
    writeFileSync(path.join(b, 'b.txt'), `${districtPlan('ĐỒNG PHÚ', '12')}\nThêm một dòng.\n`);
    const third = runImport([b, '--out', out]);
    expect(third.out).toMatch(/0 nhập mới, 1 cập nhật/);
    expect(third.out).toMatch(/27-kh-ldld-lien-doan-lao-dong-huyen-dong-phu\.md/);
  });

  it('keeps two unnumbered letters that share kind and title (issue 13), and knows the same file again', () => {
    const dir = tempDir('in-');
    writeFileSync(path.join(dir, 'thu-1.txt'), unnumberedLetter('Đề nghị các đơn vị báo cáo số liệu quý III.'));
    writeFileSync(path.join(dir, 'thu-2.txt'), unnumberedLetter('Mời dự hội nghị sơ kết công tác Đảng.'));
    const out = tempDir('import-');
    const first = runImport([dir, '--out', out]);
    expect(first.out).toMatch(/2 nhập mới/);
    expect(first.out).toMatch(/0 lỗi/);
    expect(mdFiles(out)).toHaveLength(2);
    const again = runImport([dir, '--out', out]);
    expect(again.out).toMatch(/0 nhập mới, 0 cập nhật, 2 không đổi/);
  });

  it('skips a byte-identical copy in the same run instead of refusing a different document', () => {
    const dir = tempDir('in-');
    writeFileSync(path.join(dir, 'a.txt'), fixture(SEED_003));
    writeFileSync(path.join(dir, 'b.txt'), fixture(SEED_003));
    const r = runImport([dir, '--out', tempDir('import-')]);
    expect(r.out).toMatch(/b\.txt: giống hệt .*a\.txt/);
    expect(r.out).toMatch(/1 nhập mới, 0 cập nhật, 0 không đổi, 1 bỏ qua, 0 lỗi/);
  });
});

describe('defect 5: the importer never changes body text silently', () => {
  const rendered = (line: string) =>
    renderBody(formatBody(`Đoạn mở đầu của văn bản.\n\n${line}\n\nĐoạn kết.\n`).markdown).html;

  it.each([
    'Tỷ lệ 2*3 = 6, và 4*5 = 20',
    'Tỷ lệ 2 * 3 = 6, và 4 * 5 = 20',
    'Hàm __init__ của lớp',
    'Họ tên: ______',
    'Địa chỉ: ____________ Điện thoại: ______',
    '===',
    '---',
    '***',
    '___',
    '\\',
    'Đường dẫn C:\\thu-muc\\*.txt',
    'a_b_c và *x',
    '<b>đậm</b> & &amp; [liên kết](http://x) `mã` ~gạch~',
    '> không phải trích dẫn',
    '1) không phải danh sách',
  ])('renders %j as written', (line) => {
    const html = rendered(line);
    expect(visibleText(html)).toBe(`Đoạn mở đầu của văn bản. ${line.replace(/\s+/g, ' ')} Đoạn kết.`);
    expect(html).not.toMatch(/<(em|strong|hr|h\d|blockquote|ol|ul|code|a|del)\b/);
  });

  it('keeps the source emphasis of a Word→Markdown conversion', () => {
    expect(formatBody('Nội dung **quan trọng** và *nghiêng* ở đây.\n').markdown).toBe(
      'Nội dung **quan trọng** và *nghiêng* ở đây.\n',
    );
  });

  it('records lines of empty emphasis ("** **") in removed instead of dropping them', () => {
    expect(formatBody('Đoạn một.\n\n** **\n\nĐoạn hai.\n').removed).toEqual([
      { line: 2, text: '** **', reason: 'empty-emphasis' },
    ]);
  });
});

describe('defect 8: importing the content folder onto itself changes nothing', () => {
  it('skips the archive Markdown, re-reads the kept originals as unchanged, and garbles nothing', () => {
    const out = tempDir('import-');
    runImport(['tests/fixtures/seeds', '--out', out]);
    const before = mdFiles(out).map((f) => readFileSync(path.join(out, f), 'utf8'));
    const r = runImport([out, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/là tệp của kho nội dung --out, không nhập lại/);
    expect(r.out).toMatch(/0 nhập mới, 0 cập nhật, 5 không đổi, 5 bỏ qua, 0 lỗi/);
    expect(mdFiles(out).map((f) => readFileSync(path.join(out, f), 'utf8'))).toEqual(before);
  });

  it('refuses an archive Markdown file given as a source elsewhere, naming it', () => {
    const made = importDocument(fixture(SEED_003), '003.txt');
    if (!made.ok) throw new Error(made.error);
    const again = importDocument(utf8(made.markdown), '3304-cv-tu.md');
    expect(again).toMatchObject({ ok: false, code: 'archive-file' });
    expect(again.ok ? '' : again.error).toMatch(/^3304-cv-tu\.md: đây là tệp Markdown của kho lưu trữ/);
  });
});

describe('defect 9: a failing file is reported by name and the batch goes on', () => {
  it('shortens an over-long title slug with a digest instead of failing with ENAMETOOLONG', () => {
    const dir = tempDir('in-');
    writeFileSync(path.join(dir, 'dai.txt'), `KẾ HOẠCH\n${'Rấtdài'.repeat(120)} về công tác\n\nNội dung.\n`);
    writeFileSync(path.join(dir, 'ngan.txt'), fixture(SEED_003));
    const out = tempDir('import-');
    const r = runImport([dir, '--out', out]);
    expect(r.out).toMatch(/2 nhập mới/);
    expect(r.status).toBe(0);
    for (const f of mdFiles(out)) expect(path.basename(f).length).toBeLessThanOrEqual(100);
  });

  it('reports a broken link and a link loop by name, imports the rest, and exits non-zero', () => {
    const dir = tempDir('in-');
    writeFileSync(path.join(dir, 'a.txt'), fixture(SEED_003));
    symlinkSync(path.join(dir, 'khong-co.txt'), path.join(dir, 'hong.txt'));
    symlinkSync(path.join(dir, 'vong-2.txt'), path.join(dir, 'vong-1.txt'));
    symlinkSync(path.join(dir, 'vong-1.txt'), path.join(dir, 'vong-2.txt'));
    const r = runImport([dir, '--out', tempDir('import-')]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/hong\.txt: .*ENOENT/);
    expect(r.out).toMatch(/vong-1\.txt: .*ELOOP/);
    expect(r.out).toMatch(/Tổng kết: 1 nhập mới, 0 cập nhật, 0 không đổi, 0 bỏ qua, 3 lỗi\./);
  });

  it('reports an --out it cannot write to, for each file, with a summary and no stack trace', () => {
    const blocker = path.join(tempDir('import-'), 'la-tep');
    writeFileSync(blocker, 'không phải thư mục');
    const r = runImport(['tests/fixtures/seeds', '--out', blocker]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/001_ba02c80196998ee5\.txt: không nhập được — .*\((ENOTDIR|EEXIST)\)/);
    expect(r.out).toMatch(/5 lỗi\./);
    expect(r.out).not.toMatch(/\n\s+at /);
  });

  it('leaves no .tmp file behind when the disk is full', () => {
    const dir = tempDir('write-');
    const file = path.join(dir, 'a.md');
    const fullDisk: WriteFs = {
      mkdirSync: (p, o) => mkdirSync(p, o),
      writeFileSync: (p, data) => {
        // The first three bytes reach the disk, then the disk is full.
        const bytes =
          typeof data === 'string' ? Buffer.from(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        writeFileSync(p, bytes.subarray(0, 3));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      renameSync: () => {
        throw new Error('không được gọi');
      },
      rmSync: (p, o) => rmSync(p, o),
    };
    expect(() => writeWhole(file, 'nội dung', fullDisk)).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('defect 11: links out of the input folder are not followed', () => {
  it('reports a link to a file outside and does not import it', () => {
    const outside = tempDir('ngoai-');
    writeFileSync(path.join(outside, 'bi-mat.txt'), fixture(SEED_003));
    const dir = tempDir('in-');
    symlinkSync(path.join(outside, 'bi-mat.txt'), path.join(dir, 'lien-ket.txt'));
    const out = tempDir('import-');
    const r = runImport([dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/lien-ket\.txt: là liên kết \(symlink\) trỏ ra ngoài thư mục nhập/);
    expect(existsSync(path.join(out, '2023'))).toBe(false);
  });
});

describe('defect 14: random bytes are not taken for TCVN3', () => {
  it('refuses random bytes in 0x80–0xFF as not text', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 20; k++) {
      const bytes = Uint8Array.from({ length: 1000 }, () => 0x80 + Math.floor(random() * 128));
      expect(decodeSource(bytes, `ngau-nhien-${k}.txt`)).toMatchObject({ ok: false, code: 'not-utf8' });
    }
  });

  it('still converts a real TCVN3 text', () => {
    const tcvn3 = Buffer.from(
      'KÕ ho¹ch thùc hiÖn NghÞ quyÕt sè 43-NQ/TW cña Ban ChÊp hµnh Trung ­¬ng §¶ng.\n',
      'latin1',
    );
    expect(decodeSource(tcvn3, 'tcvn3.txt')).toMatchObject({ ok: true, encoding: 'tcvn3' });
  });
});

describe('defect 15: zero-width characters are removed and flagged', () => {
  it('reads a kind heading with zero-width characters as its kind, and says it removed them', () => {
    const plan = 'ĐẢNG BỘ TỈNH\n\nK\u200bẾ H\u2060OẠCH\nVề công tác tuyên truyền\n\nNội dung\u200b kế hoạch.\n';
    const result = importDocument(utf8(plan), 'zw.txt');
    if (!result.ok) throw new Error(result.error);
    expect(result.data.kind).toBe('Kế hoạch');
    expect(result.markdown).not.toMatch(/[\u200b-\u200f\u2060]/);
    expect(result.review.map((r) => r.code)).toContain('invisible-removed');
    expect(result.review.find((r) => r.code === 'invisible-removed')?.message).toMatch(/Đã bỏ 3 ký tự vô hình/);
  });
});

describe('defect 18: re-importing from sources/ keeps the original file name', () => {
  it('keeps source.file as first imported, and changes nothing', () => {
    const out = tempDir('import-');
    runImport([`tests/fixtures/${SEED_003}`, '--out', out]);
    const md = path.join(out, '2023/3304-cv-tu.md');
    const before = readFileSync(md, 'utf8');
    const again = tempDir('import-');
    const r = runImport([path.join(out, 'sources'), '--out', out]);
    expect(r.out).toMatch(/1 không đổi/);
    expect(readFileSync(md, 'utf8')).toBe(before);
    expect(parseDocument(before).data.source?.file).toBe('003_d511720aff52e04e.txt');
    expect(readdirSync(again)).toEqual([]);
  });
});

describe('defect 1, importer side: a body is never read as frontmatter', () => {
  it('writes a body that begins with "---js" as text, without evaluating it', () => {
    const g = globalThis as { pwnedByImport?: number };
    const text = '---js\n{ a: (globalThis.pwnedByImport = 1) }\n---\nNội dung văn bản tiếp theo của kế hoạch.\n';
    const result = importDocument(utf8(text), 'js.txt');
    if (!result.ok) throw new Error(result.error);
    expect(g.pwnedByImport).toBeUndefined();
    expect(visibleText(renderBody(matter(result.markdown).content).html)).toContain('pwnedByImport = 1');
  });
});
