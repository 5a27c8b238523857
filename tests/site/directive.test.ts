/**
 * Following a directive (issue 17), checked on the built sites: the implementation overview
 * agrees with the tree below it; the feeds are Atom and gain new documents; the CSV reads back
 * in Vietnamese; every document's JSON links resolve; the citation line and its copy button;
 * robots.txt and the manifest under a sub-path; dark mode and light mode pass axe at phone and
 * desktop widths; the print view fits A4 with the header block as on paper.
 */
import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { parseCsv } from '../render/read-csv.ts';

const sites = inject('sites');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: StaticServer;
let withNewPlan: BuildResult;

/** A commune plan that implements the district plan of the seeds: new at the bottom of 43-NQ/TW's chain. */
const NEW_PLAN = `---
number: 12/KH-CĐ
kind: Kế hoạch
title: Thực hiện Kế hoạch số 27/KH-LĐLĐ của Liên đoàn Lao động huyện Phú Riềng
issuer: CÔNG ĐOÀN XÃ PHÚ TRUNG
date: '2024-09-20'
implements:
  - number: 27/KH-LĐLĐ
    kind: Kế hoạch
    date: '2024-08-08'
    issuer: Liên đoàn Lao động huyện Phú Riềng
---

Thực hiện Kế hoạch số 27/KH-LĐLĐ ngày 08/8/2024 của Liên đoàn Lao động huyện Phú Riềng.
`;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(sites.seeds.dist, sites.seeds.base);
  const content = mkdtempSync(path.join(tmpdir(), 'luu-tru-new-plan-'));
  cpSync(path.join(ROOT, 'content'), content, { recursive: true });
  writeFileSync(path.join(content, '2024', '12-kh-cd.md'), NEW_PLAN);
  withNewPlan = buildSite(content);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const read = (dist: string, ...parts: string[]) => readFileSync(path.join(dist, ...parts), 'utf8');

/** Open a page of the seed archive in a browser page. */
async function open(path_: string, options: { width?: number; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    // axe is injected as an inline script, which the pages' Content-Security-Policy refuses.
    bypassCSP: true,
  });
  const response = await page.goto(server.url + path_);
  expect(response?.status()).toBe(200);
  return page;
}

/** The overview's figures and the tree's documents, read from the page. */
async function readOverview(page: Page) {
  return page.evaluate(() => {
    const count = (el: Element | null) => Number(el?.querySelector('[data-count]')?.textContent ?? el?.textContent);
    const overview = document.querySelector('[data-overview]')!;
    const rows = [...overview.querySelectorAll('[data-timeline-table] tbody tr')];
    return {
      total: Number(overview.querySelector('[data-overview-total]')?.textContent),
      levels: Object.fromEntries(
        [...overview.querySelectorAll('[data-overview-level]')].map((el): [string, number] => [
          el.getAttribute('data-overview-level') ?? '',
          count(el),
        ]),
      ),
      provinces: Object.fromEntries(
        [...overview.querySelectorAll('[data-overview-province]')].map((el): [string, number] => [
          el.getAttribute('data-overview-province') ?? '',
          count(el),
        ]),
      ),
      inTimeline: rows.reduce((sum, row) => sum + Number(row.lastElementChild?.textContent), 0),
      treeNodes: new Set(
        [...document.querySelectorAll('[data-implementation-tree] [data-node]')].map((el) =>
          el.getAttribute('data-node'),
        ),
      ).size,
      hasChart: overview.querySelector('svg[role="img"]') !== null,
    };
  });
}

describe('the implementation overview of a directive', () => {
  it('shows 43-NQ/TW in the seed archive as 2 levels, 1 province and a timeline', async () => {
    const page = await open('van-ban/2023/43-nq-tw/');
    const overview = await readOverview(page);
    await page.close();
    expect(overview).toEqual({
      total: 2,
      levels: { tinh: 1, huyen: 1 },
      provinces: { 'Bình Phước': 2 },
      inTimeline: 2,
      treeNodes: 2,
      hasChart: true,
    });
  });

  it('agrees with the tree below it on every directive page of the imported corpus, 57-NQ/TW included', async () => {
    const corpus = await serveStatic(sites.corpus.dist, sites.corpus.base);
    const directives = readdirSync(path.join(sites.corpus.dist, 'van-ban'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('thuc-hien.csv'))
      .map((f) => `van-ban/${path.dirname(f)}/`);
    expect(directives).toContain('van-ban/2024/57-nq-tw/');
    const page = await browser.newPage();
    for (const slug of directives) {
      await page.goto(corpus.url + slug);
      const o = await page.evaluate(() => document.querySelector('[data-overview]') !== null);
      expect(o, slug).toBe(true);
      const overview = await readOverview(page);
      const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
      expect([overview.treeNodes, sum(overview.levels)], slug).toEqual([overview.total, overview.total]);
      expect(sum(overview.provinces), slug).toBeLessThanOrEqual(overview.total);
      expect(overview.inTimeline, slug).toBeLessThanOrEqual(overview.total);
      const csvRows = parseCsv(read(sites.corpus.dist, slug, 'thuc-hien.csv').slice(1)).length - 1;
      expect(csvRows, slug).toEqual(overview.total);
    }
    await page.close();
    await corpus.close();
  });
});

/** Parse XML in the browser; the parser's error, or the Atom elements RFC 4287 requires that are missing. */
async function atomProblems(page: Page, xml: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    if (error) return [`XML: ${error.textContent}`];
    const ns = 'http://www.w3.org/2005/Atom';
    const feed = doc.documentElement;
    const problems: string[] = [];
    if (feed.namespaceURI !== ns || feed.localName !== 'feed') problems.push('root is not atom:feed');
    const child = (el: Element, name: string) =>
      [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
    for (const name of ['id', 'title', 'updated']) if (child(feed, name).length !== 1) problems.push(`feed/${name}`);
    if (!child(feed, 'link').some((l) => l.getAttribute('rel') === 'self')) problems.push('feed/link[rel=self]');
    const feedAuthor = child(feed, 'author').length > 0;
    for (const entry of child(feed, 'entry')) {
      for (const name of ['id', 'title', 'updated'])
        if (child(entry, name).length !== 1) problems.push(`entry/${name}`);
      if (!feedAuthor && child(entry, 'author').length === 0) problems.push('entry/author');
      for (const updated of child(entry, 'updated')) {
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(updated.textContent ?? ''))
          problems.push('entry/updated format');
      }
    }
    return problems;
  }, xml);
}

const feedFiles = (dist: string) =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('feed.xml'));

describe('the feeds to follow', () => {
  it('are valid Atom: the site feed, every directive’s and every issuer’s', async () => {
    const files = feedFiles(sites.seeds.dist);
    expect(files).toContain(path.join('van-ban', '2023', '43-nq-tw', 'feed.xml'));
    expect(files.some((f) => f.startsWith(path.join('duyet', 'co-quan')))).toBe(true);
    const page = await browser.newPage();
    for (const file of files) expect(await atomProblems(page, read(sites.seeds.dist, file)), file).toEqual([]);
    await page.close();
  });

  it('are announced by the page with rel=alternate and a visible Theo dõi link', () => {
    for (const [html, feed] of [
      [read(sites.seeds.dist, 'van-ban/2023/43-nq-tw/index.html'), '/van-ban/2023/43-nq-tw/feed.xml'],
      [
        read(sites.seeds.dist, 'duyet/co-quan/lien-doan-lao-dong-huyen-phu-rieng/index.html'),
        '/duyet/co-quan/lien-doan-lao-dong-huyen-phu-rieng/feed.xml',
      ],
    ]) {
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${feed}">`),
      );
      expect(html).toMatch(new RegExp(`<a [^>]*href="${feed}"[^>]*>Theo dõi</a>`));
    }
  });

  it('carry a new document at the bottom of the chain into the directive’s feed', () => {
    expect(withNewPlan.status, withNewPlan.output).toEqual(0);
    const before = read(sites.seeds.dist, 'van-ban/2023/43-nq-tw/feed.xml');
    const after = read(withNewPlan.outDir, 'van-ban/2023/43-nq-tw/feed.xml');
    expect(before).not.toContain('12/KH-CĐ');
    expect(after).toContain('<id>http://localhost:4321/van-ban/2024/12-kh-cd/</id>');
    expect(after).toContain('<updated>2024-09-20T00:00:00Z</updated>');
  });
});

describe('the data to take away', () => {
  it('gives 43-NQ/TW’s implementers as CSV that reads back with correct Vietnamese', () => {
    const bytes = readFileSync(path.join(sites.seeds.dist, 'van-ban/2023/43-nq-tw/thuc-hien.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header?.slice(0, 7)).toEqual([
      'Tầng',
      'Số, ký hiệu',
      'Loại văn bản',
      'Ngày ban hành',
      'Cơ quan ban hành',
      'Cấp ban hành',
      'Tỉnh, thành phố',
    ]);
    expect(rows.map((r) => r.slice(0, 7))).toEqual([
      ['1', '79/KH-LĐLĐ', 'Kế hoạch', '02/08/2024', 'Liên đoàn Lao động tỉnh Bình Phước', 'Tỉnh', 'Bình Phước'],
      ['2', '27/KH-LĐLĐ', 'Kế hoạch', '08/08/2024', 'Liên đoàn Lao động huyện Phú Riềng', 'Huyện', 'Bình Phước'],
    ]);
  });

  it('gives every browse list as CSV, one row per document', () => {
    const [, ...rows] = parseCsv(read(sites.seeds.dist, 'duyet/loai/ke-hoach/danh-sach.csv').slice(1));
    const html = read(sites.seeds.dist, 'duyet/loai/ke-hoach/index.html');
    expect(rows.length).toEqual(Number(/(\d+) văn bản/.exec(html)?.[1]));
  });

  it('gives every document as JSON whose links all resolve to pages of the site, under a sub-path too', () => {
    for (const site of [sites.seeds, sites.seedsSubPath]) {
      const files = readdirSync(path.join(site.dist, 'van-ban'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.json'),
      );
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) {
        const json = JSON.parse(read(site.dist, 'van-ban', file)) as Record<string, unknown>;
        expect(json['@type'], file).toEqual('Legislation');
        const links = [
          json.url,
          ...['legislationApplies', 'implementedBy', 'citation', 'citedBy'].flatMap((k) => json[k] as string[]),
        ];
        for (const link of links as string[]) {
          const prefix = new URL(site.base, site.origin).href;
          expect(link.startsWith(prefix), `${file}: ${link}`).toBe(true);
          expect(existsSync(path.join(site.dist, link.slice(prefix.length), 'index.html')), `${file}: ${link}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('gives the number printed and canonical and the issuer with level and province', () => {
    const json = JSON.parse(read(sites.seeds.dist, 'van-ban/2024/27-kh-ldld/index.json')) as Record<string, unknown>;
    expect(json).toMatchObject({
      legislationIdentifier: '27/KH-LĐLĐ',
      printedIdentifier: '27 /KH-LĐLD',
      legislationType: 'Kế hoạch',
      legislationDate: '2024-08-08',
      legislationPassedBy: { name: 'Liên đoàn Lao động huyện Phú Riềng', level: 'huyen', areaServed: 'Bình Phước' },
    });
  });
});

describe('the citation to copy', () => {
  it('shows the usual form as text, and the button copies it', async () => {
    const page = await open('van-ban/2024/27-kh-ldld/');
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    const text = await page.locator('[data-citation-text]').textContent();
    expect(text).toEqual('Kế hoạch số 27/KH-LĐLĐ ngày 08/8/2024 của Liên đoàn Lao động huyện Phú Riềng');
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toEqual('Đã sao chép.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toEqual(text);
    await page.close();
  });

  it('hides the button when scripts do not run, leaving the text to select', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url + 'van-ban/2024/27-kh-ldld/');
    expect(await page.getByRole('button', { name: 'Sao chép trích dẫn' }).count()).toEqual(0);
    expect(await page.locator('[data-citation-text]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the site’s small files', () => {
  it('point robots.txt at the sitemap and scope the manifest under the sub-path', () => {
    const site = sites.seedsSubPath;
    expect(read(site.dist, 'robots.txt')).toContain('Sitemap: https://example.gov.vn/luu-tru/sitemap-index.xml');
    expect(existsSync(path.join(site.dist, 'sitemap-index.xml'))).toBe(true);
    const manifest = JSON.parse(read(site.dist, 'manifest.webmanifest')) as {
      start_url: string;
      icons: Array<{ src: string }>;
    };
    expect([manifest.start_url, manifest.icons[0]?.src]).toEqual(['/luu-tru/', '/luu-tru/favicon.svg']);
    expect(existsSync(path.join(site.dist, 'favicon.svg'))).toBe(true);
    const html = read(site.dist, 'index.html');
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="/luu-tru/favicon.svg">');
    expect(html).toContain('<link rel="manifest" href="/luu-tru/manifest.webmanifest">');
  });
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe('dark mode and light mode', () => {
  it.each([
    ['the directive page', 'van-ban/2023/43-nq-tw/'],
    ['a document page', 'van-ban/2024/27-kh-ldld/'],
    ['a list page', 'duyet/co-quan/lien-doan-lao-dong-huyen-phu-rieng/'],
    ['the home page', ''],
  ])('leave no serious axe violation on %s at 360 and 1280 px', async (_name, path_) => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const page = await open(path_, { width, scheme });
        await page.addScriptTag({ content: axeSource });
        const violations: Violation[] = await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }
          ).axe;
          return (await axe.run(document, { resultTypes: ['violations'] })).violations;
        });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        await page.close();
        const serious = violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')})`,
          );
        expect(serious, `${path_} ${scheme} @${width}px`).toEqual([]);
        expect(overflow, `${path_} ${scheme} @${width}px: horizontal scroll`).toBeLessThanOrEqual(0);
      }
    }
  });

  it('follows the system setting: the page and its chart turn dark when the system is dark', async () => {
    const colours: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('van-ban/2023/43-nq-tw/', { scheme });
      colours.push(
        await page.evaluate(() => {
          const text = document.querySelector('[data-overview] svg text');
          return `${getComputedStyle(document.documentElement).backgroundColor} ${text ? getComputedStyle(text).fill : ''}`;
        }),
      );
      await page.close();
    }
    // The chart's text is drawn in the text colour (axe does not check SVG text).
    expect(colours).toEqual(['rgb(255, 253, 248) rgb(28, 25, 23)', 'rgb(28, 25, 23) rgb(245, 245, 244)']);
  });
});

describe('the print view of a document page', () => {
  it('fits the A4 text width with the header block as on paper, the screen furniture hidden', async () => {
    // A4 is 210 mm wide; the margins of Nghị định 30/2020/NĐ-CP leave 165 mm, 624 CSS px.
    const page = await open('van-ban/2024/27-kh-ldld/', { width: 624, scheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const view = await page.evaluate(() => {
      const header = document.querySelector<HTMLElement>('[data-print-header]')!;
      const visible = (selector: string) => {
        const el = document.querySelector(selector);
        return el !== null && getComputedStyle(el).display !== 'none';
      };
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        header: visible('[data-print-header]') ? header.innerText.replace(/\s+/g, ' ').trim() : null,
        screen: ['body > header', 'body > footer', 'aside', 'h1', '[data-citation]'].filter(visible),
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
    await page.close();
    expect(view).toEqual({
      overflow: 0,
      header:
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH PHƯỚC LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG Số: 27/KH-LĐLĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Phú Riềng, ngày 08 tháng 8 năm 2024 KẾ HOẠCH Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc',
      screen: [],
      background: 'rgb(255, 255, 255)',
    });
  });
});
