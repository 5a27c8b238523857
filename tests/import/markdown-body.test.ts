import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { remark } from 'remark';
import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { formatBody } from '../../src/import/markdown-body.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const seed = (prefix: string) =>
  read(`seeds/${readdirSync(join(FIXTURES, 'seeds')).find((f) => f.startsWith(prefix))!}`);
const corpus = (n: string) => read(`corpus/raw/${n}.txt`);

/** Every fixture document: the five seeds and the thirty corpus files. */
const ALL_DOCUMENTS: Array<[string, string]> = [
  ...readdirSync(join(FIXTURES, 'seeds'))
    .sort()
    .map((f): [string, string] => [`seeds/${f}`, read(`seeds/${f}`)]),
  ...readdirSync(join(FIXTURES, 'corpus/raw'))
    .sort()
    .map((f): [string, string] => [`corpus/raw/${f}`, read(`corpus/raw/${f}`)]),
];

function parse(markdown: string): Root {
  return remark().parse(markdown);
}

function headings(markdown: string): Array<{ depth: number; text: string }> {
  const found: Array<{ depth: number; text: string }> = [];
  visit(parse(markdown), 'heading', (node: Heading) => {
    found.push({ depth: node.depth, text: node.children.map((c) => ('value' in c ? c.value : '')).join('') });
  });
  return found;
}

/** Words of a text, as a multiset; Markdown escapes and entities undone first. */
function words(text: string): Map<string, number> {
  const plain = text.normalize('NFC').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/\\(.)/g, '$1');
  const counts = new Map<string, number>();
  for (const w of plain.match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Shapes of the lines formatBody may remove; anything else removed would be lost content. */
const FURNITURE = [
  /^CÔNG BÁO\/Số \d+\/Ngày [\d-]+$/,
  /^\d{1,4}$/,
  /^\d{1,3}\/\d{1,3}$/,
  /^(Ký bởi|Cơ quan|Ngày ký):/,
  /^\*Source: https:\/\/\S+\*$/,
  /^# /,
  /^\[Bản trích chữ tự động bằng pdftotext/,
  /^[\p{Lu} ]{1,20}$/u,
  // Emphasis around nothing, left by a Word→Markdown conversion.
  /^\*+(?:\s+\*+)+$/,
  // The star under a Party issuer's name.
  /^\*$/,
];

describe('formatBody', () => {
  it('turns Roman-numeral sections into level-2 headings and never emits an h1', () => {
    const { markdown } = formatBody(seed('000'));
    expect(headings(markdown)).toEqual([
      { depth: 2, text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { depth: 2, text: 'II. NHIỆM VỤ, GIẢI PHÁP' },
      { depth: 2, text: 'III. TỔ CHỨC THỰC HIỆN' },
    ]);
  });

  it('keeps a long numbered paragraph as a paragraph and escapes its number so Markdown does not renumber it', () => {
    const { markdown } = formatBody(seed('000'));
    expect(markdown).toContain('\n1\\. Cụ thể hoá và triển khai thực hiện có hiệu quả');
    let orderedLists = 0;
    visit(parse(markdown), 'list', (node) => {
      if (node.ordered) orderedLists++;
    });
    expect(orderedLists).toBe(0);
  });

  it('makes short numbered titles headings one level below their Roman section, and decimals one further', () => {
    const found = headings(formatBody(seed('002')).markdown);
    expect(found).toContainEqual({
      depth: 3,
      text: '2. Hình thức, thời gian, thành phần, cơ cấu, số lượng đại biểu và nguồn kinh phí',
    });
    expect(found).toContainEqual({ depth: 4, text: '2.3. Đối với ngành BHXH Việt Nam' });
    expect(found).toContainEqual({ depth: 4, text: '3.1. Chương trình:' });
  });

  it('re-levels the arbitrary heading levels of a Word→Markdown conversion to the document outline', () => {
    // Seed 001 has "### I.", "## **II.", "## **2.", "#### **1." and "### **III.".
    const found = headings(formatBody(seed('001')).markdown);
    const byText = (prefix: string) => found.filter((h) => h.text.startsWith(prefix)).map((h) => h.depth);
    expect(byText('I. ')).toEqual([2]);
    expect(byText('II. ')).toEqual([2]);
    expect(byText('III. ')).toEqual([2]);
    expect(byText('2. ')).toEqual([3, 3]);
    expect(byText('1. ')).toEqual([3, 3]);
    expect(found.some((h) => h.text.includes('**'))).toBe(false);
  });

  it('makes "Điều" articles headings and splits an article number from its running text', () => {
    const found = headings(formatBody(corpus('009')).markdown);
    expect(found).toContainEqual({ depth: 2, text: 'Điều 3. Quyền hạn của Ban Chỉ đạo' });
    expect(found).toContainEqual({ depth: 2, text: 'Điều 4.' });
    expect(formatBody(corpus('009')).markdown).toContain(
      '## Điều 4.\n\nBan Chỉ đạo làm việc theo nguyên tắc tập trung dân chủ',
    );
  });

  it('nests articles under Roman parts and chapters ("I- QUY ĐỊNH CHUNG", "Chương I")', () => {
    const q383 = headings(formatBody(corpus('023')).markdown);
    expect(q383[0]).toEqual({ depth: 2, text: 'I- QUY ĐỊNH CHUNG' });
    expect(q383[1]).toEqual({ depth: 3, text: 'Điều 1. Phông lưu trữ Đảng Cộng sản Việt Nam' });
    const q384 = headings(formatBody(corpus('018')).markdown);
    expect(q384.slice(0, 2)).toEqual([
      { depth: 2, text: 'Chương I' },
      { depth: 3, text: 'Điều 1. Phạm vi điều chỉnh' },
    ]);
  });

  it('rejoins lines that PDF extraction broke, across the blank line after every line of seed 003', () => {
    const { markdown } = formatBody(seed('003'));
    expect(markdown).toContain(
      'Thực hiện Kết luận số 58-KL/TW, ngày 23/6/2023 của Ban Bí thư Trung ương Đảng về tổ chức và hoạt động của Hội người cao tuổi Việt Nam (gọi tắt là Kết luận số 58-KL/TW), Ban Thường vụ Tỉnh ủy yêu cầu',
    );
    expect(markdown).toContain('chính quyền các cấp đối với công tác người cao tuổi');
  });

  it('rejoins a word split by a page break ("đơn\\n\\nvị") and keeps real paragraph breaks', () => {
    const { markdown } = formatBody(seed('000'));
    expect(markdown).toContain('các chương trình, kế hoạch của địa phương, đơn vị bảo đảm thống nhất');
    expect(markdown).toContain('\n\nXây dựng, phát triển lực lượng hội viên nòng cốt');
  });

  it('rejoins hard-wrapped Markdown from HTML without gluing a sentence end to the next paragraph', () => {
    const { markdown } = formatBody(corpus('005'));
    expect(markdown).toContain('Thời gian qua, Ủy ban nhân dân thành phố Hà Nội đã có nhiều văn bản chỉ đạo');
    expect(markdown).toContain('## 1. Bảo hiểm xã hội thành phố Hà Nội');
  });

  it('keeps a title line of a PDF article apart from the article body', () => {
    const { markdown } = formatBody(corpus('001'));
    expect(markdown).toContain(
      '## Điều 2. Mức thuế suất thuế nhập khẩu ưu đãi của một số mặt hàng nguyên liệu sản xuất xăng, dầu\n\nMức thuế suất',
    );
  });

  it('turns "- " and "+ " bullets into a list with "+" nested under "-"', () => {
    const { markdown } = formatBody(seed('002'));
    expect(markdown).toContain(
      '- *Phần tổng kết PTTĐ yêu nước và công tác khen thưởng:*\n  - Đánh giá kết quả đạt được của các PTTĐ yêu nước 5 năm qua',
    );
    expect(markdown).toContain(
      '\n  - Những tồn tại chủ yếu, nguyên nhân và bài học kinh nghiệm.\n- *Phần phương hướng nhiệm vụ:*',
    );
    let nested = 0;
    visit(parse(markdown), 'list', (node, _index, parent) => {
      if (parent?.type === 'listItem') nested++;
    });
    expect(nested).toBeGreaterThanOrEqual(2);
  });

  it('removes seal fragments and page numbers near a signature, recording each with a reason', () => {
    const { markdown, removed } = formatBody(seed('001'));
    expect(removed).toEqual([
      { line: 60, text: 'BỘ', reason: 'stamp' },
      { line: 61, text: 'AN CHUYỂN', reason: 'stamp' },
      { line: 62, text: 'LIÊN', reason: 'stamp' },
      { line: 63, text: 'LAO', reason: 'stamp' },
      { line: 64, text: 'HỘ', reason: 'stamp' },
      { line: 65, text: 'PHỦ', reason: 'stamp' },
      { line: 66, text: '3/7', reason: 'page-number' },
    ]);
    expect(markdown).not.toMatch(/^3\/7$/m);
    expect(markdown).not.toMatch(/^AN CHUYỂN$/m);
  });

  it('removes Công báo running headers, their page numbers and digital-signature stamps', () => {
    const { markdown, removed } = formatBody(corpus('009'));
    const reasons = removed.map((r) => `${r.reason}:${r.text}`);
    expect(reasons).toContain('running-header:CÔNG BÁO/Số 281/Ngày 21-05-2026');
    expect(reasons).toContain('page-number:100');
    expect(reasons).toContain('digital-signature:Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(reasons).toContain('digital-signature:Cơ quan: VĂN PHÒNG CHÍNH PHỦ');
    expect(markdown).not.toContain('CÔNG BÁO');
    // The list interrupted by the page break continues as one list.
    expect(markdown).toContain('- Bộ trưởng Bộ Tư pháp;\n- Bộ trưởng Bộ Giáo dục và Đào tạo;');
  });

  it('removes the crawler source line and the crawled page title', () => {
    const { markdown, removed } = formatBody(corpus('004'));
    expect(removed.map((r) => r.reason)).toEqual(['crawler', 'crawler']);
    expect(markdown).not.toContain('thuvienphapluat');
    expect(markdown.startsWith('#')).toBe(false);
  });

  it('drops excluded ranges silently and never joins text across them', () => {
    const text =
      'KẾ HOẠCH\nthực hiện Kết luận\nsố 196-KL/TW\nI. MỤC ĐÍCH\nNâng cao nhận thức của\n\nđơn vị và\ncán bộ.';
    const { markdown, removed } = formatBody(text, {
      exclude: [
        [0, 3],
        [5, 6],
      ],
    });
    expect(removed).toEqual([]);
    expect(markdown).toBe('## I. MỤC ĐÍCH\n\nNâng cao nhận thức của\n\nđơn vị và cán bộ.\n');
  });

  it('renders raw HTML and script tags as text, never as markup', () => {
    const { markdown } = formatBody('Nội dung <script>alert("x")</script> và <b>đậm</b> &amp; &#60;.\n');
    expect(markdown).toBe('Nội dung &lt;script>alert("x")&lt;/script> và &lt;b>đậm&lt;/b> &amp;amp; &amp;#60;.\n');
    let html = 0;
    visit(parse(markdown), 'html', () => {
      html++;
    });
    expect(html).toBe(0);
  });

  it('escapes line starts that Markdown would read as structure, and demotes a source h1 to bold', () => {
    const text =
      '# Tiêu đề của bản nguồn\n\n> không phải trích dẫn\n\n| a | b |\n\n1) Một câu văn dài kết thúc bằng dấu chấm, không phải danh sách có đánh số tự động.\n\nGiá 1~2 triệu `mã` [1]\n';
    const { markdown } = formatBody(text);
    const tree = parse(markdown);
    const types = tree.children.map((c) => c.type);
    expect(types).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(markdown).toContain('**Tiêu đề của bản nguồn**\n\n\\> không phải trích dẫn\n\n\\| a \\| b \\|');
    expect(markdown).toContain('1\\) Một câu văn dài');
    expect(markdown).toContain('Giá 1\\~2 triệu \\`mã\\` \\[1\\]');
  });

  it('keeps bold balanced when lines are rejoined and repairs spaces inside the markers', () => {
    const { markdown } = formatBody(corpus('022'));
    expect(markdown).toContain('**3.1. Bằng khen của Thủ tướng Chính phủ:** Thực hiện theo quy định');
    expect(markdown).toContain('#### 3.2. Bằng khen của Chủ tịch UBND tỉnh');
    for (const [name, text] of ALL_DOCUMENTS) {
      for (const block of formatBody(text).markdown.split('\n\n')) {
        const doubles = block.replace(/\\\*/g, '').split('**').length - 1;
        expect(doubles % 2, `${name}: ${block.slice(0, 80)}`).toBe(0);
      }
    }
  });

  it('joins the cells of each row of an exploded HTML table into one list item', () => {
    const { markdown } = formatBody(corpus('018'));
    expect(markdown).toContain(
      '- 1 · Dữ liệu lĩnh vực tổ chức xây dựng Đảng · Dữ liệu tổ chức đảng · Ban Tổ chức Trung ương\n',
    );
    expect(markdown).not.toMatch(/^\|$/m);
  });

  it('keeps a Markdown table from the crawl as a table', () => {
    const { markdown } = formatBody(corpus('021'));
    expect(markdown).toContain('| Số: 142/2008/QĐ-TTg | Hà Nội, ngày 27 tháng 10 năm 2008 |');
  });

  it('produces normalised, deterministic output for every fixture', () => {
    for (const [name, text] of ALL_DOCUMENTS) {
      const first = formatBody(text);
      const second = formatBody(text);
      expect(second.markdown, name).toBe(first.markdown);
      expect(first.markdown, name).toBe(first.markdown.normalize('NFC'));
      expect(first.markdown.endsWith('\n') && !first.markdown.endsWith('\n\n'), name).toBe(true);
      expect(first.markdown, name).not.toMatch(/[ \t]$/m);
      expect(first.markdown, name).not.toMatch(/\n{3,}/);
      expect(
        headings(first.markdown).filter((h) => h.depth === 1),
        name,
      ).toEqual([]);
    }
  });

  it('removes only page furniture from the 35 fixture documents', () => {
    for (const [name, text] of ALL_DOCUMENTS) {
      for (const r of formatBody(text).removed) {
        expect(
          FURNITURE.some((re) => re.test(r.text)),
          `${name}:${r.line} ${r.reason} ${r.text}`,
        ).toBe(true);
      }
    }
  });

  it('loses no word of any of the 35 fixture documents: each is in the Markdown or in removed', () => {
    for (const [name, text] of ALL_DOCUMENTS) {
      const { markdown, removed } = formatBody(text, { exclude: [] });
      const output = words(`${markdown}\n${removed.map((r) => r.text).join('\n')}`);
      const missing: string[] = [];
      for (const [word, n] of words(text)) {
        if ((output.get(word) ?? 0) < n) missing.push(`${word}×${n - (output.get(word) ?? 0)}`);
      }
      expect(missing, name).toEqual([]);
    }
  });
});
