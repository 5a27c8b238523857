import { describe, it, expect } from 'vitest';
import { atomFeed, escapeXml, type FeedEntry } from '../../src/render/atom.ts';

const entry = (over: Partial<FeedEntry> = {}): FeedEntry => ({
  id: 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
  url: 'https://example.gov.vn/van-ban/2024/27-kh-ldld/',
  title: 'Kế hoạch 27 /KH-LĐLD: Thực hiện Nghị quyết số 43-NQ/TW',
  summary: 'Thực hiện Nghị quyết số 43-NQ/TW',
  author: 'LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG',
  updated: '2024-08-08',
  ...over,
});
const feed = (entries: FeedEntry[]) =>
  atomFeed({
    id: 'https://example.gov.vn/',
    title: 'Lưu trữ Kế hoạch',
    subtitle: 'Kế hoạch & công văn',
    selfUrl: 'https://example.gov.vn/feed.xml',
    entries,
  });

/** XML 1.0 §2.2 production [2] Char: what a well-formed document may contain at all. */
const XML_CHARS_ONLY = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml('A & B <c> "d"')).toEqual('A &amp; B &lt;c&gt; &quot;d&quot;');
  });

  it('drops the control characters XML 1.0 forbids and keeps tab and line breaks', () => {
    expect(escapeXml('a\u0001b\u0008c\u000Bd\u001Fe\tf\ng\rh')).toEqual('abcde\tf\ng\rh');
  });

  it('drops lone surrogates, U+FFFE and U+FFFF but keeps characters outside the BMP', () => {
    expect(escapeXml('a\uD800b\uDFFFc\uFFFEd\uFFFFe😀')).toEqual('abcde😀');
  });

  it('keeps Vietnamese text as it is', () => {
    expect(escapeXml('Liên đoàn Lao động tỉnh Bình Phước')).toEqual('Liên đoàn Lao động tỉnh Bình Phước');
  });
});

describe('atomFeed', () => {
  it('writes an Atom 1.0 feed with one entry per document', () => {
    const xml = feed([entry()]);
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(
      true,
    );
    expect(xml).toContain('<title>Kế hoạch 27 /KH-LĐLD: Thực hiện Nghị quyết số 43-NQ/TW</title>');
    expect(xml).toContain('<updated>2024-08-08T00:00:00Z</updated>');
    expect(xml).toContain('<subtitle>Kế hoạch &amp; công văn</subtitle>');
  });

  it('dates the feed by its newest entry, so the same content gives the same bytes', () => {
    const xml = feed([
      entry({ updated: '2022-01-02' }),
      entry({ updated: '2024-08-08' }),
      entry({ updated: '2023-05-06' }),
    ]);
    expect(xml).toMatch(
      /<link rel="alternate" type="text\/html" href="https:\/\/example\.gov\.vn\/"\/>\n {2}<updated>2024-08-08T00:00:00Z<\/updated>/,
    );
    expect(feed([entry()])).toEqual(feed([entry()]));
  });

  it('links the page it follows, the feed’s id when none is given', () => {
    const own = atomFeed({
      id: 'https://e.vn/a/feed.xml',
      title: 'T',
      subtitle: 'S',
      selfUrl: 'https://e.vn/a/feed.xml',
      pageUrl: 'https://e.vn/a/',
      entries: [],
    });
    expect(own).toContain('<link rel="alternate" type="text/html" href="https://e.vn/a/"/>');
  });

  it('dates an empty feed 1970-01-01', () => {
    expect(feed([])).toContain('<updated>1970-01-01T00:00:00Z</updated>');
  });

  it('stays well-formed XML when a field holds control characters or markup', () => {
    const hostile = 'Kế hoạch\u0001\u0007 <script>alert(1)</script> & "x"\uFFFE';
    const xml = feed([
      entry({ title: hostile, summary: hostile, author: hostile, id: `x${hostile}`, url: `y${hostile}` }),
    ]);
    expect(xml).toMatch(XML_CHARS_ONLY);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<title>Kế hoạch &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</title>');
  });
});
