/**
 * Site-level checks of rendering safety (issue 12): a hostile archive builds, and its pages,
 * feed and published originals are inert; every page of the bundled archive carries the
 * Content-Security-Policy and nothing inline that the policy would block; the search page
 * works under that policy; no styling changes a number's letter case.
 */
import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildSite, writeContent, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/render/csp.ts';

const sites = inject('sites');

const markdownFile = (fields: string, body = 'Nội dung.') => `---
kind: Kế hoạch
date: '2024-08-08'
${fields}
---

${body}
`;
/** Under the schema's 250 characters, but far over the 80 a URL segment may take. */
const LONG_ISSUER = `LIÊN ĐOÀN LAO ĐỘNG ${'HUYỆN PHÚ RIỀNG TỈNH BÌNH PHƯỚC '.repeat(6).trim()}`;
const HOSTILE_BODY = `Thực hiện Nghị quyết số 43-NQ/TW.

[nội tuyến](javascript:alert(1)) [chữ hoa](JaVaScRiPt:alert(2)) [vbs](vbscript:msgbox(3)) [dữ liệu](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==) [thực thể](&#106;avascript:alert(5)) [tab](java&#9;script:alert(6)) <javascript:alert(7)> [tham chiếu][xau]

![ảnh ngoài](https://tracker.example.com/pixel.gif) ![ảnh tham chiếu][anh]

[xau]: javascript:alert(8)
[anh]: //tracker.example.com/ref.gif
`;

/** An archive written to break the build and the pages: issue 12, defects 2, 4, 6, 13, 19. */
const HOSTILE = {
  '2024/doc-hai.md': markdownFile(
    `number: 1/KH-LĐLĐ
title: "Kế hoạch có ký tự điều khiển \\x01\\x07\\x1F ở giữa"
issuer: LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG
source:
  file: trang.html
  path: sources/2024/trang.html
  sha256: ${'a'.repeat(64)}`,
    HOSTILE_BODY,
  ),
  'sources/2024/trang.html': '<!doctype html><script>alert(document.domain)</script>',
  '2024/dai.md': markdownFile(`number: 3/KH-LĐLĐ\ntitle: Cơ quan có tên rất dài\nissuer: ${LONG_ISSUER}`),
  '2024/qd.md': markdownFile(`number: 394/QĐ-TTg\nkind: Quyết định\ntitle: Quyết định của Thủ tướng`).replace(
    'kind: Kế hoạch\n',
    '',
  ),
};

let hostile: BuildResult;
const read = (...parts: string[]) => readFileSync(path.join(hostile.outDir, ...parts), 'utf8');
const pageOf = (slug: string) => read('van-ban', slug, 'index.html');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The body of a document page, between its body container and the end of the article. */
const bodyOf = (html: string) => html.slice(html.indexOf('class="doc-body"'), html.indexOf('</article>'));

beforeAll(() => {
  hostile = buildSite(writeContent(HOSTILE));
}, 600_000);

describe('a build of an archive written to break it', () => {
  // An issuer of punctuation only or over 250 characters is now refused by the schema
  // (src/content/schema.ts); facetSegment still caps what gets through (tests/render/urls.test.ts).
  it('succeeds (issue 12, defect 6: an issuer far longer than a URL segment)', () => {
    expect(hostile.output).not.toMatch(/Missing parameter|ENAMETOOLONG/);
    expect(hostile.status).toEqual(0);
  });

  it('gives a very long issuer a browse page with a short path', () => {
    const issuers = readdirSync(path.join(hostile.outDir, 'duyet', 'co-quan'));
    for (const name of issuers) expect(name.length, name).toBeLessThanOrEqual(80);
    expect(
      issuers.filter((name) => /^lien-doan-lao-dong-huyen-phu-rieng-tinh-binh-phuoc-.*-[0-9a-f]{8}$/.test(name)),
    ).toHaveLength(1);
  });
});

describe('links and images in a body (issue 12, defects 4 and 19)', () => {
  it('never become live script links, in any spelling', () => {
    const body = bodyOf(pageOf('2024/1-kh-ldld'));
    expect(body).toContain('nội tuyến');
    const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).toMatch(/^(?:https?:|\/)/);
    expect(body).not.toMatch(/href="[^"]*(?:script|data):/i);
  });

  it('show a remote image as a link and load nothing from another site', () => {
    const body = bodyOf(pageOf('2024/1-kh-ldld'));
    expect(body).not.toMatch(/<img/);
    expect(body).toContain('<a href="https://tracker.example.com/pixel.gif">ảnh ngoài</a>');
    expect(body).toContain('<a href="//tracker.example.com/ref.gif">ảnh tham chiếu</a>');
  });
});

describe('the Atom feed (issue 12, defect 13)', () => {
  it('holds only characters XML 1.0 allows, though a title has control characters', () => {
    const xml = read('feed.xml');
    expect(xml).toContain('Kế hoạch có ký tự điều khiển  ở giữa');
    expect(xml).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
  });
});

describe('published originals (issue 12, defect 2)', () => {
  it('publish an HTML original as text, never under its own name', () => {
    expect(existsSync(path.join(hostile.outDir, 'nguon/sources/2024/trang.html'))).toBe(false);
    expect(read('nguon/sources/2024/trang.html.txt')).toEqual(HOSTILE['sources/2024/trang.html']);
  });

  it('link the original as a download', () => {
    expect(pageOf('2024/1-kh-ldld')).toContain(
      '<a class="underline" href="/nguon/sources/2024/trang.html.txt" download="trang.html.txt">',
    );
  });

  it('keep a text original of the bundled archive under its own name', () => {
    expect(readFileSync(path.join(sites.seeds.dist, 'van-ban/2024/27-kh-ldld/index.html'), 'utf8')).toContain(
      'href="/nguon/sources/2024/27-kh-ldld.txt" download="27-kh-ldld.txt"',
    );
  });
});

describe('a kept original that is missing (issue 12, defect 6)', () => {
  it('fails the build with a message naming the document and the missing file', () => {
    const result = buildSite(
      writeContent({
        '2024/mat-goc.md': markdownFile(
          `number: 5/KH-LĐLĐ\ntitle: Bản gốc đã mất\nissuer: LĐLĐ huyện\nsource:\n  file: a.txt\n  path: sources/2024/khong-co.txt\n  sha256: ${'b'.repeat(64)}`,
        ),
      }),
    );
    expect(result.status).not.toEqual(0);
    expect(result.output).toMatch(
      /mat-goc\.md: không đọc được bản gốc "sources\/2024\/khong-co\.txt" \(source\.path\): tệp không có trên đĩa/,
    );
  });
});

describe('a number shown on a page (issue 13, canonical number display)', () => {
  it('keeps its letter case: no element holding it is styled in capitals', () => {
    const html = pageOf('2024/394-qd-ttg');
    expect(html).toContain('394/QĐ-TTg');
    const holders = [...html.matchAll(/<(\w+)\b([^>]*)>[^<]*394\/QĐ-TTg/g)].map((m) => m[2]!);
    expect(holders.length).toBeGreaterThan(0);
    for (const attributes of holders) expect(attributes).not.toMatch(/\buppercase\b/);
  });

  it('is never put in capitals by the site stylesheet except where no number is', () => {
    const css = readdirSync(path.join(sites.seeds.dist, '_astro')).filter((f) => f.endsWith('.css'));
    const rules = css.map((f) => readFileSync(path.join(sites.seeds.dist, '_astro', f), 'utf8')).join('\n');
    const uppercased = [...rules.matchAll(/([^{}]+)\{[^}]*text-transform:\s*uppercase/g)].map((m) => m[1]!.trim());
    const pages = htmlFiles(sites.seeds.dist).map((f) => readFileSync(f, 'utf8'));
    for (const selector of uppercased) {
      const className = /^\.([\w-]+)$/.exec(selector)?.[1];
      if (!className) continue;
      for (const html of pages) {
        const holders = [
          ...html.matchAll(new RegExp(`<\\w+[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>([^<]*)`, 'g')),
        ];
        for (const m of holders) expect(m[1], selector).not.toMatch(/\d+\s*[-/]/);
      }
    }
  });
});

describe.each([
  ['the bundled archive', () => sites.seeds.dist],
  ['the hostile archive', () => hostile.outDir],
])('every page of %s', (_name, dist) => {
  it('carries the Content-Security-Policy first in its head', () => {
    const files = htmlFiles(dist());
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const head = readFileSync(file, 'utf8').slice(0, 400);
      expect(head, file).toMatch(
        /^<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]*)">/,
      );
      expect(/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(head)?.[1], file).toEqual(
        CONTENT_SECURITY_POLICY,
      );
    }
  });

  it('has no inline script, style element, style attribute or event handler', () => {
    for (const file of htmlFiles(dist())) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
      for (const attributes of scripts) expect(attributes, file).toMatch(/\bsrc="\/|type="application\/ld\+json"/);
      expect(html, file).not.toMatch(/<style\b/);
      expect(html, file).not.toMatch(/<[^>]+\sstyle=/);
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });
});

describe('the policy in a browser', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(sites.seeds.dist, sites.seeds.base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the search page find a document, with no policy violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent('43-NQ/TW')}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0, null, {
      timeout: 20_000,
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
