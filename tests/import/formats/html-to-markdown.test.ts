import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/import/formats/html-to-markdown.ts';
import { decodeHtml } from '../../../src/import/formats/html.ts';

const HEADER = `<table><tr><td><p><strong>ỦY BAN NHÂN DÂN</strong><br/><strong>XÃ A</strong></p></td>
<td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p><p><strong>Độc lập - Tự do - Hạnh phúc</strong></p></td></tr>
<tr><td><p>Số: 12/KH-UBND</p></td><td><p><em>Xã A, ngày 02 tháng 3 năm 2025</em></p></td></tr></table>`;

describe('htmlToMarkdown', () => {
  it('reads the two-column header table as the left column lines, then the right column lines', () => {
    expect(htmlToMarkdown(`${HEADER}<p><strong>KẾ HOẠCH</strong></p>`)).toEqual(
      'ỦY BAN NHÂN DÂN\nXÃ A\nSố: 12/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nXã A, ngày 02 tháng 3 năm 2025\n\n**KẾ HOẠCH**\n',
    );
  });

  it('keeps bold, italics and headings, and joins words Word split across spans', () => {
    expect(
      htmlToMarkdown(
        '<h2>I. MỤC ĐÍCH</h2><p><span>Thực </span><span>hi</span><span>ện</span> <b>nghiêm</b> <i>túc</i></p>',
      ),
    ).toEqual('## I. MỤC ĐÍCH\n\nThực hiện **nghiêm** *túc*\n');
  });

  it('writes lists with their markers and numbering', () => {
    expect(htmlToMarkdown('<ol><li>Một</li><li>Hai<ul><li>a</li></ul></li></ol>')).toEqual('1. Một\n2. Hai\n  - a\n');
  });

  it('writes a data table as a pipe table', () => {
    expect(
      htmlToMarkdown(
        '<table><tr><td>STT</td><td>Nội dung</td><td>Thời gian</td></tr><tr><td>1</td><td>Họp</td><td>Tháng 3</td></tr></table>',
      ),
    ).toEqual('| STT | Nội dung | Thời gian |\n| --- | --- | --- |\n| 1 | Họp | Tháng 3 |\n');
  });

  it('keeps footnotes and drops their back-links', () => {
    const html =
      '<p>Căn cứ Luật<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>.</p><ol><li id="footnote-1"><p>Luật số 1/2025/QH15. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToMarkdown(html)).toEqual('Căn cứ Luật[1].\n\n1. Luật số 1/2025/QH15.\n');
  });

  it('skips styles, comments and hidden text of Word exports', () => {
    expect(
      htmlToMarkdown(
        '<html><head><style>p{}</style></head><body><!--[if gte mso 9]>x<![endif]--><p>A<span style="display:none">ẩn</span></p></body></html>',
      ),
    ).toEqual('A\n');
  });
});

describe('decodeHtml', () => {
  it('decodes by the declared windows-1258 charset and keeps the tones', () => {
    // "Kế hoạch" in windows-1258: e with circumflex (0xEA) + combining acute (0xEC), a + combining dot below (0xF2).
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1258"><p>K'),
      0xea,
      0xec,
      0x20,
      0x68,
      0x6f,
      0x61,
      0xf2,
      0x63,
      0x68,
    ]);
    expect(decodeHtml(bytes).text.normalize('NFC')).toContain('Kế hoạch');
  });

  it('reads UTF-8 without a declaration', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Quyết định</p>'))).toEqual({
      text: '<p>Quyết định</p>',
      charset: 'utf-8',
    });
  });
});
