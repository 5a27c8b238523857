import { describe, it, expect } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { renderBody, remarkCitationLinks } from '../../src/render/render-body.ts';
import type { DocumentNumber } from '../../src/reading/document-number.ts';

const toPage = (n: DocumentNumber) => `/van-ban/${n.key.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/`;

describe('renderBody', () => {
  it('renders Markdown to HTML', () => {
    expect(renderBody('Đoạn **một**.\n\n- a\n- b').html).toEqual(
      '<p>Đoạn <strong>một</strong>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
    );
  });

  it('links no number when no buildUrl is given', () => {
    expect(renderBody('Thực hiện Nghị quyết số 43-NQ/TW.').html).toEqual('<p>Thực hiện Nghị quyết số 43-NQ/TW.</p>');
  });

  it('links every number buildUrl gives a URL for, with the text as printed', () => {
    const { html } = renderBody('Kế hoạch số 27 /KH-LĐLD và Nghị quyết 09 -NQ/TW.', { buildUrl: toPage });
    expect(html).toEqual(
      '<p>Kế hoạch số <a href="/van-ban/27-kh-ldld/" class="cite">27 /KH-LĐLD</a> và Nghị quyết <a href="/van-ban/9-nq-tw/" class="cite">09 -NQ/TW</a>.</p>',
    );
  });

  it('passes each number to buildUrl once, read by the number grammar', () => {
    const seen: string[] = [];
    renderBody('Nghị quyết 43-NQ/TW, Quyết định 1268/QĐ-TTg, giai đoạn 2020 - 2025.', {
      buildUrl: (n) => (seen.push(`${n.canonical}|${n.key}`), false),
    });
    expect(seen).toEqual(['43-NQ/TW|43-NQ/TW', '1268/QĐ-TTg|1268/QD-TTG']);
  });

  it('after a refused number links the next one, never a shorter number inside the refused one', () => {
    const { html } = renderBody('Số 143-NQ/TW và 43-NQ/TW.', {
      buildUrl: (n) => (n.key === '43-NQ/TW' ? '/a/' : false),
    });
    expect(html).toEqual('<p>Số 143-NQ/TW và <a href="/a/" class="cite">43-NQ/TW</a>.</p>');
  });

  it('shows raw HTML as text', () => {
    expect(renderBody('<script>alert(1)</script>').html).toEqual('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
  });

  it('gives top-level headings ids that start with a letter, numbered when repeated', () => {
    const { html, headings } = renderBody('# 1. Mục đích\n\n## Nội dung\n\n## Nội dung');
    expect(headings).toEqual([
      { depth: 1, id: 'muc-1-muc-dich', text: '1. Mục đích' },
      { depth: 2, id: 'muc-noi-dung', text: 'Nội dung' },
      { depth: 2, id: 'muc-noi-dung-2', text: 'Nội dung' },
    ]);
    expect(html).toContain('<h2><span id="muc-noi-dung-2" data-pagefind-ignore=""></span>Nội dung</h2>');
  });

  it('keeps a heading id from its text when the heading holds a linked number', () => {
    const { headings, html } = renderBody('## Thực hiện 43-NQ/TW', { buildUrl: toPage });
    expect(headings[0]?.id).toEqual('muc-thuc-hien-43-nq-tw');
    expect(html).toContain('<a href="/van-ban/43-nq-tw/" class="cite">43-NQ/TW</a>');
  });

  it('turns a javascript: link into its text (issue 12, defect 4)', () => {
    for (const markdown of [
      '[x](javascript:alert(1))',
      '<javascript:alert(1)>',
      '[x][r]\n\n[r]: JavaScript:alert(1)',
      '[x](&#106;avascript:alert(1))',
    ]) {
      expect(renderBody(markdown).html, markdown).not.toMatch(/href|<a /);
    }
  });

  it('shows a remote image as a link to it, so nothing loads from a third party (issue 12, defect 19)', () => {
    expect(renderBody('![Sơ đồ](https://tracker.example.com/a.png)').html).toEqual(
      '<p><a href="https://tracker.example.com/a.png">Sơ đồ</a></p>',
    );
  });
});

describe('remarkCitationLinks', () => {
  const run = (markdown: string, buildUrl: (n: DocumentNumber) => string | false) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkCitationLinks, { buildUrl })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(markdown),
    );

  it('is a plugin of its own, usable in any unified pipeline', () => {
    expect(run('Xem 43-NQ/TW.', () => '/x/')).toEqual('<p>Xem <a href="/x/" class="cite">43-NQ/TW</a>.</p>');
  });

  it('leaves text inside links and link references alone', () => {
    const html = run('[Nghị quyết 43-NQ/TW](https://a.vn/) và [43-NQ/TW][r]\n\n[r]: https://b.vn/', () => '/x/');
    expect(html).toEqual(
      '<p><a href="https://a.vn/">Nghị quyết 43-NQ/TW</a> và <a href="https://b.vn/">43-NQ/TW</a></p>',
    );
  });

  it('leaves inline code and code blocks alone', () => {
    expect(run('`43-NQ/TW`', () => '/x/')).toEqual('<p><code>43-NQ/TW</code></p>');
  });

  it('keeps no state between documents: each run asks its own buildUrl', () => {
    expect(run('43-NQ/TW', () => '/mot/')).toContain('/mot/');
    expect(run('43-NQ/TW', () => '/hai/')).toContain('/hai/');
  });
});
