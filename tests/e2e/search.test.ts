/**
 * The search page in headless Chromium against the built sites (seeds at the root and under a
 * sub-path, and the imported corpus), served on loopback: a table of queries with the expected
 * first result or result set, then behaviour (typing, click and back, filters, sort), then
 * measurements of bytes and time.
 */
import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { statSync, readdirSync } from 'node:fs';
import { createServer, request } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

const sites = inject('sites');
type SiteName = 'seeds' | 'seedsSubPath' | 'corpus';

let browser: Browser;
const servers = {} as Record<SiteName, StaticServer>;

beforeAll(async () => {
  browser = await launchBrowser();
  for (const name of ['seeds', 'seedsSubPath', 'corpus'] as const)
    servers[name] = await serveStatic(sites[name].dist, sites[name].base);
});
afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** Wait until the search page has rendered the results of its current query. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('[data-search-page]');
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return root && !root.hasAttribute('aria-busy') && status !== '' && !status.startsWith('Đang tìm');
    },
    null,
    { timeout: 20_000 },
  );
}

interface Hit {
  /** Path under the site's base, e.g. "van-ban/2023/43-nq-tw/". */
  path: string;
  role: string;
  heading: string;
}

async function hits(page: Page, base: string): Promise<Hit[]> {
  const list = await page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      href: li.querySelector('[data-result-link]')?.getAttribute('href') ?? '',
      role: li.querySelector('[data-result-role]')?.textContent ?? '',
      heading: li.querySelector('[data-result-heading]')?.textContent ?? '',
    })),
  );
  return list.map((h) => ({
    path: h.href.startsWith(base) ? h.href.slice(base.length) : h.href,
    role: h.role,
    heading: h.heading,
  }));
}

async function search(
  site: SiteName,
  query: string,
  page?: Page,
): Promise<{ hits: Hit[]; status: string; page: Page }> {
  const p = page ?? (await browser.newPage());
  await p.goto(`${servers[site].url}tim-kiem/?q=${encodeURIComponent(query)}`);
  await settled(p);
  // Load every result so result sets can be compared whole.
  while (await p.isVisible('[data-more]')) {
    await p.click('[data-more]');
    await settled(p);
  }
  const status = (await p.textContent('[data-search-status]')) ?? '';
  return { hits: await hits(p, sites[site].base), status, page: p };
}

const doc = (slug: string) => `van-ban/${slug}/`;

type Expect =
  | { first: string; then?: string[]; groups?: string[][] }
  | { top: string[] }
  | { sameAs: string; nonEmpty?: true }
  | { none: true }
  | { before: [string, string] }
  | { within: [string, number] };

/** Query table: site, query, expectation. `then` lists the next results in order. */
const TABLE: Array<[SiteName, string, Expect]> = [
  // Numbers, every way staff type them (seeds: 43-NQ/TW is known from citations only).
  ['seeds', '43-NQ/TW', { first: '2023/43-nq-tw', then: ['2024/79-kh-ldld', '2024/27-kh-ldld'] }],
  ['seeds', '43/NQ-TW', { first: '2023/43-nq-tw' }],
  ['seeds', '43 NQ TW', { first: '2023/43-nq-tw' }],
  ['seeds', 'NQ 43', { first: '2023/43-nq-tw' }],
  ['seeds', 'nq43', { first: '2023/43-nq-tw' }],
  ['seeds', '43nqtw', { first: '2023/43-nq-tw' }],
  ['seeds', 'nghị quyết 43', { first: '2023/43-nq-tw' }],
  ['seeds', 'nghi quyet 43', { first: '2023/43-nq-tw' }],
  ['seeds', 'NGHỊ QUYẾT SỐ 43', { first: '2023/43-nq-tw' }],
  ['seeds', 'nghị quyết 43'.normalize('NFD'), { first: '2023/43-nq-tw' }],
  ['seeds', '09 -NQ/TW', { first: '2002/9-nq-tw' }],
  ['seeds', '9-NQ/TW', { first: '2002/9-nq-tw' }],
  ['seeds', '9-nq/tw', { first: '2002/9-nq-tw' }],
  ['seeds', '1268/QD-TTg', { first: '2022/1268-qd-ttg', then: ['2024/27-kh-ldld'] }],
  ['seeds', '1268/qđ-ttg', { first: '2022/1268-qd-ttg', then: ['2024/27-kh-ldld'] }],
  // The directive, then what implements it, then what mentions it.
  // 276/KH-LĐLĐ is known from a citation whose subject reads "thực hiện … 02-NQ/TW".
  [
    'seeds',
    '02-NQ/TW',
    { first: '2021/2-nq-tw', groups: [['2021/276-kh-ldld', '2022/314-kh-ldld'], ['2024/27-kh-ldld']] },
  ],
  ['seeds', '27/KH-LĐLĐ', { first: '2024/27-kh-ldld' }],
  ['seeds', 'kế hoạch 27', { first: '2024/27-kh-ldld' }],
  ['seedsSubPath', '43-NQ/TW', { first: '2023/43-nq-tw', then: ['2024/79-kh-ldld', '2024/27-kh-ldld'] }],
  ['corpus', '30/2020/ND-CP', { none: true }],
  [
    'corpus',
    '181/2024/NĐ-CP',
    { first: '2024/181-2024-nd-cp', then: ['2026/2507-gp-ubnd', '2026/1050-qd-sct', '2026/1894-tb-sct'] },
  ],
  ['corpus', '181/2024/nd-cp', { first: '2024/181-2024-nd-cp' }],
  ['corpus', 'NĐ 181', { first: '2024/181-2024-nd-cp' }],
  ['corpus', 'nghị định 181', { first: '2024/181-2024-nd-cp' }],
  ['corpus', '26/2023/nđ-cp', { first: '2023/26-2023-nd-cp' }],
  ['corpus', '57-NQ/TW', { first: '2024/57-nq-tw', then: ['2025/384-qd-tw'] }],
  ['corpus', 'nghi quyet 57', { first: '2024/57-nq-tw', then: ['2025/384-qd-tw'] }],
  ['corpus', 'quyết định 1268', { first: '2026/1268-qd-sct' }],
  ['corpus', '2449 CV ĐU', { first: '2026/2449-cv-du', then: ['2026/9387-ubnd-kt'] }],
  ['corpus', '2449-cv/đu', { first: '2026/2449-cv-du' }],
  ['corpus', 'QĐ 1050', { first: '2026/1050-qd-sct' }],
  ['corpus', '0125/KH-UBND', { first: '2025/125-kh-ubnd' }],
  ['corpus', '3210/QĐ-UBND', { first: '2014/3210-qd-ubnd' }],
  // One number, several documents (a Party and a State directive 05): both offered first.
  ['corpus', 'chỉ thị 05', { top: ['2022/5-ct-ttg', 'khong-ro-nam/5-ct-tw'] }],
  // Vietnamese text: with and without diacritics, tone placement, NFD, case, đ.
  ['seeds', 'doan vien', { sameAs: 'đoàn viên', nonEmpty: true }],
  ['seeds', 'dang uy', { sameAs: 'đảng ủy', nonEmpty: true }],
  ['seeds', 'cuu chien binh', { first: 'khong-ro-nam/ke-hoach-thuc-hien-ket-luan-so-196-kl-tw' }],
  ['seeds', 'cựu chiến binh', { first: 'khong-ro-nam/ke-hoach-thuc-hien-ket-luan-so-196-kl-tw' }],
  ['corpus', 'van hoa', { sameAs: 'văn hóa', nonEmpty: true }],
  ['corpus', 'văn hoá', { sameAs: 'văn hóa' }],
  ['corpus', 'văn hóa'.normalize('NFD'), { sameAs: 'văn hóa' }],
  ['corpus', 'VĂN HÓA', { sameAs: 'văn hóa' }],
  ['corpus', 'dang uy', { sameAs: 'đảng ủy', nonEmpty: true }],
  ['corpus', 'Đảng uỷ', { sameAs: 'đảng ủy' }],
  ['corpus', 'bien doi khi hau', { sameAs: 'biến đổi khí hậu', nonEmpty: true }],
  ['corpus', 'thanh hoa', { first: '2025/634-tb-vpcp' }],
  ['corpus', 'làng văn hóa', { first: '2026/126-nq-cp' }],
  // Prefix noise: "hoa" must not put "hoạch" pages above "hóa" pages.
  ['corpus', 'van hoa', { before: ['2018/773-qd-ttg', '2025/987-kh-ubnd'] }],
  ['corpus', 'văn hóa', { first: '2026/126-nq-cp' }],
  // A fully marked query ranks exact diacritics first: "Hòa Bình" before pages with "hóa".
  ['corpus', 'hòa bình', { first: '2018/5115-ldtbxh-khtc' }],
  // Exact diacritics first: "đường" before a page full of "tương đương" (the same word folded).
  ['corpus', 'đường', { before: ['2025/634-tb-vpcp', '2025/45-hd-btctw'] }],
  ['corpus', 'đương', { first: '2025/45-hd-btctw' }],
  // d/đ: a word typed without đ finds the archive's đ spelling, and only it when it has no d one.
  ['corpus', 'doan the', { sameAs: 'đoàn thể', nonEmpty: true }],
  ['corpus', 'thuc hien cong tac dan so', { within: ['2025/165-kh-ubnd', 3] }],
  // Tone placement: old and new spellings give the same first result.
  ['corpus', 'hoà bình', { first: '2018/5115-ldtbxh-khtc' }],
  ['corpus', 'thủy', { sameAs: 'thuỷ' }],
  // Phrases: six words of one document, typed without diacritics, all common in the archive.
  ['corpus', 'thong bao ket qua kiem tra', { within: ['2026/1894-tb-sct', 3] }],
  ['corpus', 'thuc hien che do quan nhan', { within: ['2008/142-2008-qd-ttg', 3] }],
  ['corpus', 'to dan pho va bo tri', { within: ['2026/21-ct-ttg', 3] }],
  ['corpus', 'van ban van hoa xa hoi', { within: ['2018/773-qd-ttg', 3] }],
  // No results.
  ['seeds', 'xyzzyqw', { none: true }],
  ['seeds', '999-NQ/TW', { none: true }],
];

describe('search: query table', () => {
  const pages = new Map<string, Page>();
  const run = async (site: SiteName, query: string) => {
    let page = pages.get(site);
    if (!page) pages.set(site, (page = await browser.newPage()));
    return search(site, query, page);
  };
  afterAll(async () => {
    for (const p of pages.values()) await p.close();
  });

  it.each(TABLE)('on %s, "%s" gives the expected results in order', async (site, query, expected) => {
    const { hits: found, status } = await run(site, query);
    const paths = found.map((h) => h.path);
    if ('none' in expected) {
      expect(paths, status).toEqual([]);
      expect(status).toContain('Không tìm thấy');
    } else if ('first' in expected) {
      expect(paths.slice(0, 1 + (expected.then?.length ?? 0)), status).toEqual(
        [expected.first, ...(expected.then ?? [])].map(doc),
      );
      let at = 1;
      for (const group of expected.groups ?? []) {
        expect(new Set(paths.slice(at, at + group.length)), paths.join('\n')).toEqual(new Set(group.map(doc)));
        at += group.length;
      }
    } else if ('within' in expected) {
      const [slug, n] = expected.within;
      expect(paths.slice(0, n), status).toContain(doc(slug));
    } else if ('top' in expected) {
      expect(new Set(paths.slice(0, expected.top.length)), status).toEqual(new Set(expected.top.map(doc)));
    } else if ('before' in expected) {
      const [a, b] = expected.before.map(doc);
      expect(paths).toContain(a);
      expect(paths.indexOf(a!), paths.join('\n')).toBeLessThan(paths.includes(b!) ? paths.indexOf(b!) : Infinity);
    } else {
      const other = (await run(site, expected.sameAs)).hits.map((h) => h.path);
      if (expected.nonEmpty) expect(paths.length).toBeGreaterThan(0);
      expect(new Set(paths)).toEqual(new Set(other));
    }
  });
});

describe('search: behaviour', () => {
  it('labels a number search: the document itself, then implementers, then mentions', async () => {
    const { hits: found, page } = await search('seeds', '02-NQ/TW');
    expect(found.map((h) => h.role)).toEqual([
      'Văn bản mang số 02-NQ/TW',
      'Thực hiện 02-NQ/TW',
      'Thực hiện 02-NQ/TW',
      'Nhắc đến 02-NQ/TW',
    ]);
    await page.close();
  });

  it('shows results as the user types and keeps the query in the URL', async () => {
    const page = await browser.newPage();
    await page.goto(`${servers.seeds.url}tim-kiem/`);
    await page.fill('input[name="q"]', 'nq 43');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length > 0);
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('nq 43');
    expect((await hits(page, '/'))[0]!.path).toBe(doc('2023/43-nq-tw'));
    await page.close();
  });

  it('opens a result on click and comes back to the same results with the back button', async () => {
    const { page } = await search('seedsSubPath', '43-NQ/TW');
    await page.click('[data-search-results] > li:first-child [data-result-link]');
    await page.waitForURL(/\/luu-tru\/van-ban\/2023\/43-nq-tw\/$/);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('43-NQ/TW');
    expect(await page.inputValue('input[name="q"]')).toBe('43-NQ/TW');
    expect((await hits(page, '/luu-tru/'))[0]!.path).toBe(doc('2023/43-nq-tw'));
    await page.close();
  });

  it('goes back to the previous search after a new one is submitted', async () => {
    const { page } = await search('seeds', '43-NQ/TW');
    await page.fill('input[name="q"]', '02-NQ/TW');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/q=02-NQ%2FTW/);
    await settled(page);
    await page.goBack();
    await page.waitForURL(/q=43-NQ%2FTW/);
    await settled(page);
    expect((await hits(page, '/'))[0]!.path).toBe(doc('2023/43-nq-tw'));
    await page.close();
  });

  it('narrows results with filters that show counts, sorts by date, and keeps both in the URL', async () => {
    const { hits: all, page } = await search('corpus', 'ủy ban');
    const options = await page.$$eval('select[data-filter="loai"] option', (os) => os.map((o) => o.textContent ?? ''));
    const planOption = options.find((o) => o.startsWith('Kế hoạch ('))!;
    const planCount = Number(/\((\d+)\)/.exec(planOption)![1]);
    expect(planCount).toBeGreaterThan(0);
    expect(planCount).toBeLessThan(all.length);
    await page.selectOption('select[data-filter="loai"]', 'Kế hoạch');
    await settled(page);
    while (await page.isVisible('[data-more]')) {
      await page.click('[data-more]');
      await settled(page);
    }
    const plans = await hits(page, '/');
    expect(plans.length).toBe(planCount);
    expect(plans.every((h) => h.heading.startsWith('Kế hoạch'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Kế hoạch');
    // Year filter and sort by date.
    await page.selectOption('select[data-sort]', 'newest');
    await settled(page);
    const dates = await page.$$eval('[data-search-results] [data-result-details]', (ps) =>
      ps
        .map((p) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(p.textContent ?? ''))
        .filter(Boolean)
        .map((m) => `${m![3]}-${m![2]}-${m![1]}`),
    );
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new URL(page.url()).searchParams.get('sap-xep')).toBe('moi-nhat');
    // A year with plans: the list holds exactly its count, all of that year.
    const years = await page.$$eval('select[data-filter="nam"] option', (os) =>
      os
        .map((o) => ({
          value: (o as HTMLOptionElement).value,
          count: Number(/\((\d+)\)$/.exec(o.textContent ?? '')?.[1] ?? 0),
        }))
        .filter((o) => o.value),
    );
    const year = years.find((y) => /^\d{4}$/.test(y.value) && y.count > 0)!;
    expect(year, JSON.stringify(years)).toBeDefined();
    await page.selectOption('select[data-filter="nam"]', year.value);
    await settled(page);
    while (await page.isVisible('[data-more]')) {
      await page.click('[data-more]');
      await settled(page);
    }
    const inYear = await page.$$eval('[data-search-results] [data-result-details]', (ps) =>
      ps.map((p) => /\d{2}\/\d{2}\/(\d{4})/.exec(p.textContent ?? '')?.[1] ?? ''),
    );
    expect(inYear).toEqual(Array.from({ length: year.count }, () => year.value));
    expect(await page.textContent('[data-search-status]')).toContain(`Tìm thấy ${year.count} văn bản`);
    await page.goBack();
    await settled(page);
    expect(new URL(page.url()).searchParams.get('nam')).toBeNull();
    await page.close();
  });

  it('answers a shared link holding one number a hundred times as the number itself', async () => {
    const {
      hits: found,
      status,
      page,
    } = await search('seeds', Array.from({ length: 100 }, () => '43-NQ/TW').join(' '));
    expect(found[0]?.path).toBe(doc('2023/43-nq-tw'));
    expect(status).toContain('Số ký hiệu được nhận ra: 43-NQ/TW.');
    await page.close();
  });

  it('shows a clear no-results state with suggestions', async () => {
    const { page } = await search('seeds', 'xyzzyqw');
    expect(await page.isVisible('[data-search-none]')).toBe(true);
    expect(await page.textContent('[data-search-none]')).toContain('Gợi ý');
    await page.close();
  });

  it('submits the home page search box to the search page', async () => {
    const page = await browser.newPage();
    await page.goto(servers.seedsSubPath.url);
    await page.fill('input[name="q"]', 'nghi quyet 43');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForURL(/\/luu-tru\/tim-kiem\/\?q=/);
    await settled(page);
    expect((await hits(page, '/luu-tru/'))[0]!.path).toBe(doc('2023/43-nq-tw'));
    await page.close();
  });

  it('puts only text and <mark> into excerpts', async () => {
    const { page } = await search('corpus', 'văn hóa');
    const tags = await page.$$eval('[data-result-excerpt] *', (els) => [...new Set(els.map((e) => e.tagName))]);
    expect(tags).toEqual(['MARK']);
    await page.close();
  });
});

describe('search: index contents', () => {
  it.each([
    ['the skip link and navigation', '"bỏ qua đến nội dung chính"'],
    ['the footer', '"luật sở hữu trí tuệ điều 15"'],
    ['the recipients of 27/KH-LĐLD', '"ban dân vận huyện ủy"'],
    ['the related-documents aside', '"văn bản thực hiện văn bản này"'],
  ])('leaves %s out of the index', async (_what, query) => {
    const { hits: found, page } = await search('seeds', query);
    expect(found).toEqual([]);
    await page.close();
  });
});

describe('search: a split index searched newest first', () => {
  it('searches the newest shard first and goes further back when asked', async () => {
    // The corpus is built in shards of at most 12 pages. Claim each holds 2,000 in the manifest
    // written into the search page, so the first search covers only the newest shard, as it
    // would in a large archive.
    const page = await browser.newPage();
    const slot = /(data-search-manifest=")([^"]*)(")/;
    await page.route('**/tim-kiem/?q=*', async (route) => {
      const html = await (await route.fetch()).text();
      const json = (slot.exec(html)?.[2] ?? 'null').replace(/&quot;/g, '"');
      const manifest = JSON.parse(json) as { shards: Array<{ pages: number }> } | null;
      expect(manifest?.shards.length).toBeGreaterThan(2);
      const claimed = { ...manifest, shards: manifest!.shards.map((s) => ({ ...s, pages: 2000 })) };
      await route.fulfill({
        body: html.replace(slot, (_all, open: string, _json, close: string) =>
          [open, JSON.stringify(claimed).replace(/"/g, '&quot;'), close].join(''),
        ),
        contentType: 'text/html; charset=utf-8',
      });
    });
    await page.goto(`${servers.corpus.url}tim-kiem/?q=${encodeURIComponent('doan vien')}`);
    await settled(page);
    const firstStatus = (await page.textContent('[data-search-status]')) ?? '';
    expect(firstStatus).toMatch(/Đã tìm trong 2\.000 văn bản mới nhất \(từ năm \d{4}\)/);
    const count = async () =>
      Number(/Tìm thấy (\d+)/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1] ?? 0);
    const before = await count();
    while (await page.isVisible('[data-more-shards]')) {
      await page.click('[data-more-shards]');
      await settled(page);
    }
    // Every shard searched: more results, and no note about a partial search.
    expect(await count()).toBeGreaterThan(before);
    expect(await page.textContent('[data-search-status]')).not.toContain('Đã tìm trong');
    // The whole archive gives what the unsplit search gives.
    const whole = await search('corpus', 'doan vien');
    expect(await count()).toBe(whole.hits.length);
    await whole.page.close();
    await page.close();
  });

  it('carries the first batch in the page and fetches the whole shard list only to go further back', async () => {
    // A large archive's page lists its first batch and the archive's size, not every shard.
    // Write such a head (the newest shard alone) into the page, as the index step does when
    // the shards fill more than one batch.
    const page = await browser.newPage();
    const slot = /(data-search-manifest=")([^"]*)(")/;
    let head: { shards: Array<{ pages: number }>; whole: { pages: number; shards: number } } | null = null;
    await page.route('**/tim-kiem/?q=*', async (route) => {
      const html = await (await route.fetch()).text();
      const manifest = JSON.parse((slot.exec(html)?.[2] ?? 'null').replace(/&quot;/g, '"')) as {
        version: 1;
        shards: Array<{ pages: number }>;
      };
      expect(manifest.shards.length).toBeGreaterThan(2);
      const pages = manifest.shards.reduce((n, s) => n + s.pages, 0);
      head = { ...manifest, shards: manifest.shards.slice(0, 1), whole: { pages, shards: manifest.shards.length } };
      await route.fulfill({
        body: html.replace(slot, (_all, open: string, _json, close: string) =>
          [open, JSON.stringify(head).replace(/"/g, '&quot;'), close].join(''),
        ),
        contentType: 'text/html; charset=utf-8',
      });
    });
    const listFetches: number[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/pagefind/shards.json')) listFetches.push(Date.now());
    });
    await page.goto(`${servers.corpus.url}tim-kiem/?q=${encodeURIComponent('doan vien')}`);
    await settled(page);
    const first = head!.shards[0]!.pages;
    const total = head!.whole.pages.toLocaleString('vi-VN');
    expect(await page.textContent('[data-search-status]')).toMatch(
      new RegExp(
        `Đã tìm trong ${first} văn bản mới nhất \\(từ năm \\d{4}\\) trên tổng số ${total.replace('.', '\\.')}`,
      ),
    );
    expect(listFetches).toEqual([]);
    await page.click('[data-more-shards]');
    await settled(page);
    expect(listFetches).toHaveLength(1);
    expect(await page.textContent('[data-search-status]')).not.toContain('Đã tìm trong');
    const whole = await search('corpus', 'doan vien');
    expect(Number(/Tìm thấy (\d+)/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1])).toBe(
      whole.hits.length,
    );
    await whole.page.close();
    await page.close();
  });
});

/**
 * A loopback proxy in front of a static server that counts the bytes of every response body,
 * including the fetches of Pagefind's web worker (which a page's network events do not see).
 */
async function countingProxy(target: string): Promise<{
  url: string;
  total: () => { all: number; pagefind: number; paths: string[] };
  reset: () => void;
  close: () => Promise<void>;
}> {
  const to = new URL(target);
  let all = 0;
  let pagefind = 0;
  let paths: string[] = [];
  const server = createServer((req, res) => {
    paths.push(req.url ?? '');
    const upstream = request(
      { host: to.hostname, port: to.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.on('data', (chunk: Buffer) => {
          all += chunk.length;
          if (req.url?.includes('/pagefind/')) pagefind += chunk.length;
        });
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${to.pathname}`,
    total: () => ({ all, pagefind, paths }),
    reset: () => {
      all = 0;
      pagefind = 0;
      paths = [];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Bytes and time measured in the browser, printed for the closing note. */
describe('search: measurements', () => {
  const dirSize = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, e) => n + (e.isDirectory() ? dirSize(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
      0,
    );

  it.each(['seeds', 'corpus'] as const)(
    'on %s, answers a number query from the number index alone (bytes and times logged)',
    async (site) => {
      const proxy = await countingProxy(servers[site].url);
      const numberQuery = site === 'seeds' ? '43-NQ/TW' : '181/2024/NĐ-CP';
      const quiet = () => new Promise((r) => setTimeout(r, 500));

      // First search: a cold page (empty cache) opened with a text query in its URL.
      const page = await browser.newPage();
      let t0 = Date.now();
      await page.goto(`${proxy.url}tim-kiem/?q=${encodeURIComponent('doan vien')}`);
      await page.waitForSelector('[data-search-results] > li');
      const firstMs = Date.now() - t0;
      await settled(page);
      await quiet();
      const first = proxy.total();

      // A number search typed next on the same page.
      proxy.reset();
      t0 = Date.now();
      await page.fill('input[name="q"]', numberQuery);
      await page.waitForFunction(() => document.querySelector('[data-search-results] [data-result-role]') !== null);
      const numberMs = Date.now() - t0;
      await settled(page);
      await quiet();
      const number = proxy.total();
      await page.close();

      // A number search on a cold page.
      proxy.reset();
      const cold = await browser.newPage();
      t0 = Date.now();
      await cold.goto(`${proxy.url}tim-kiem/?q=${encodeURIComponent(numberQuery)}`);
      await cold.waitForSelector('[data-search-results] > li');
      const coldMs = Date.now() - t0;
      await settled(cold);
      await quiet();
      const coldNumber = proxy.total();
      await cold.close();
      await proxy.close();

      const metrics = {
        site,
        indexBytes: dirSize(path.join(sites[site].dist, 'pagefind')),
        firstTextSearch: {
          query: 'doan vien',
          bytes: first.all,
          pagefindBytes: first.pagefind,
          msToFirstResults: firstMs,
        },
        numberSearchAfterIt: {
          query: numberQuery,
          bytes: number.all,
          pagefindBytes: number.pagefind,
          msToFirstResults: numberMs,
        },
        coldNumberSearch: {
          query: numberQuery,
          bytes: coldNumber.all,
          pagefindBytes: coldNumber.pagefind,
          msToFirstResults: coldMs,
        },
      };
      console.log(`SEARCH METRICS ${JSON.stringify(metrics)}`);
      // A text search reads the full-text index; a number search only number-index files.
      expect(
        first.paths.some((p) => /\/pagefind\/[^/]+\/pagefind\.js$/.test(p)),
        first.paths.join('\n'),
      ).toBe(true);
      const searchFiles = coldNumber.paths.filter((p) => p.includes('/pagefind/'));
      expect(searchFiles.length).toBeGreaterThan(0);
      // The number index, and the preload script (which preloads nothing for a number query).
      for (const p of searchFiles) expect(p).toMatch(/\/pagefind\/(so-hieu\/\w+\.json|preload\.js)$/);
    },
  );
});
