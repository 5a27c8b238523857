/**
 * Property test of the importer (issue 12): random documents built from Vietnamese words,
 * numbers, Markdown-special characters, control and zero-width characters and HTML are
 * imported and their body rendered as the site renders it. Every source word must reach the
 * reader (the page, or the frontmatter the page shows, or the `removed` record), and nothing
 * may execute. Bounded: a fixed seed, 200 documents.
 */
import { describe, it, expect } from 'vitest';
import matter from 'gray-matter';
import { importDocument } from '../../src/import/import-document.ts';
import { renderBody } from '../../src/render/render-body.ts';
import { visibleText } from './helpers.ts';
import { createRandom } from '../../scripts/bench/synthetic.ts';

const WORDS =
  'Kế hoạch thực hiện Nghị quyết Đảng ủy người lao động công đoàn tuyên truyền huyện tỉnh năm tháng ngày việc phát triển được những Thường vụ Ban Chấp hành hội viên'.split(
    ' ',
  );
const NUMBERS = ['43-NQ/TW', '27/KH-LĐLĐ', '2024', '1.5', '12', '3/7', '30/2020/NĐ-CP', '100%'];
const MARKDOWN = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '______',
  '#',
  '##',
  '>',
  '-',
  '+',
  '=',
  '===',
  '---',
  '`',
  '```',
  '[',
  ']',
  '(',
  ')',
  '![',
  '|',
  '~',
  '~~',
  '\\',
  '&',
  '&amp;',
  '&#60;',
  '<',
  '1.',
  '1)',
  '2*3',
  '__init__',
];
const CONTROL = ['\u0001', '\u0007', '\u007f', '\t', '\r'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\u202e'];
const HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">bấm</a>',
  '[bấm](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x]: javascript:alert(1)',
  '<svg onload=alert(1)>',
  '<iframe src="//evil.example"></iframe>',
  '&lt;script&gt;',
  '<style>body{display:none}</style>',
];

/** One random token: mostly words, sometimes numbers, markup, HTML, control or invisible characters. */
function token(random: () => number): string {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const r = random();
  if (r < 0.55) return pick(WORDS);
  if (r < 0.67) return pick(NUMBERS);
  if (r < 0.87) return pick(MARKDOWN);
  if (r < 0.94) return pick(HTML);
  if (r < 0.97) return `${pick(WORDS)}${pick(INVISIBLE)}${pick(WORDS)}`;
  return pick(CONTROL);
}

/** A random document: a kind heading, then lines of tokens, some glued without spaces. */
function randomDocument(random: () => number): string {
  const lines = [
    random() < 0.5 ? 'KẾ HOẠCH' : 'CÔNG VĂN',
    `Về ${token(random)} ${WORDS[Math.floor(random() * WORDS.length)]}`,
    '',
  ];
  const count = 5 + Math.floor(random() * 25);
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(random() * 12);
    let line = '';
    for (let k = 0; k < n; k++) line += (k > 0 && random() < 0.85 ? ' ' : '') + token(random);
    lines.push(line);
    if (random() < 0.3) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The words of a text as the importer must keep them: invisible and control characters are removed on purpose (flagged). */
function sourceWords(text: string): string[] {
  const cleaned = text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- the control characters the importer removes, removed here too
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064]/g, '')
    .normalize('NFC');
  return cleaned.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const wordsOf = (text: string) => new Set(text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);

const EXECUTES: Array<[string, RegExp]> = [
  ['a <script> element', /<script/i],
  ['an element that loads or embeds', /<(iframe|img|svg|object|embed|style|link|meta)\b/i],
  ['an on* attribute', /<[a-z][^>]*\son\w+\s*=/i],
  ['a javascript: URL', /<[a-z][^>]*\s(href|src)\s*=\s*["']?\s*javascript:/i],
];

describe('importDocument on random documents (property)', () => {
  it("keeps every source word within the reader's reach and renders nothing that executes, for 200 seeded documents", () => {
    const random = createRandom(20261201);
    const failures: string[] = [];
    for (let n = 0; n < 200; n++) {
      const text = randomDocument(random);
      const result = importDocument(new TextEncoder().encode(text), `ngau-nhien-${n}.txt`);
      if (!result.ok) {
        failures.push(`#${n}: không nhập được: ${result.error}`);
        continue;
      }
      const { data, content } = matter(result.markdown);
      const html = renderBody(content).html;
      for (const [what, re] of EXECUTES) if (re.test(html)) failures.push(`#${n}: ${what} in ${html.match(re)![0]}`);
      const { removed, review: _review, generated: _generated, source: _source, ...shown } = data;
      const reachable = new Set([
        ...wordsOf(visibleText(html)),
        ...wordsOf(
          Object.values(shown)
            .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
            .join(' '),
        ),
        ...wordsOf((removed as Array<{ text: string }>).map((r) => r.text).join(' ')),
      ]);
      const missing = [...new Set(sourceWords(text))].filter((w) => !reachable.has(w));
      if (missing.length > 0) failures.push(`#${n}: thiếu ${missing.join(', ')}\n${JSON.stringify(text)}`);
    }
    expect(failures).toEqual([]);
  });
});
