/**
 * Measure the search page in headless Chromium on loopback, as a reader meets it (issue 14):
 *
 * - cold: a fresh browser context opens `/tim-kiem/?q=…`; milliseconds from navigation to
 *   the first results on screen, and the bytes the server sent until then (gzip for text, as
 *   static hosts send it: page, styles, scripts, Pagefind, index chunks, fragments);
 * - warm: the search page is open and idle; the query is typed key by key; milliseconds from
 *   the last keystroke to the results of the whole query on screen, and the bytes sent from
 *   the first keystroke;
 * - later: on the same page, another query typed after the first: its bytes;
 * - reorders: how often the results already on screen changed order or were replaced after
 *   the first paint of one query (appending below is not a reorder);
 * - rank: for a phrase query, the place of the document the phrase was taken from.
 *
 * Each figure is the median of several runs. Runs on its own too:
 *
 *   node scripts/bench/queries.ts THƯ_MỤC_TRANG --corpus THƯ_MỤC_KHO [--runs N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { foldText } from '../../src/text/vietnamese.ts';

/** What kind of query: a document number, a common phrase, a rare word, six words of one document. */
export type QueryKind = 'number' | 'common' | 'rare' | 'phrase';

export interface BenchQuery {
  kind: QueryKind;
  query: string;
  /** For a phrase: the URL path (under the site root) of the document it comes from. */
  expect?: string;
}

export interface QueryFigures {
  kind: QueryKind;
  query: string;
  results: number;
  cold: { ms: number; bytes: number };
  warm: { ms: number; bytes: number };
  /** Bytes of another query typed after this one on the loaded page. */
  laterBytes: number;
  reorders: number;
  /** Place (1-based) of the expected document among the results; 0 when not found. */
  rank?: number;
  runs: number;
}

/** Runs of each query: BENCH_QUERY_RUNS, or 3 (the test of the benchmark runs one). */
const defaultRuns = () => Number(process.env['BENCH_QUERY_RUNS'] ?? 3) || 3;
/** After the first results, how long to watch for reorders. */
const WATCH_MS = 2000;
/** Delay between keystrokes when typing a query (a fast typist, 12 keys a second). */
const KEY_DELAY_MS = 80;
const TIMEOUT_MS = 120_000;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/**
 * Watch the result list from the page itself: for each query the list answers (the list's
 * `data-search-query`), the time of its first paint and every change of the shown links.
 */
function installWatcher(): void {
  interface Paint {
    query: string;
    at: number;
    links: string[];
  }
  const w = window as unknown as { __paints: Paint[]; __lastKey: number; __firstKey: number };
  w.__paints = [];
  w.__lastKey = 0;
  w.__firstKey = 0;
  document.addEventListener(
    'keydown',
    () => {
      w.__lastKey = performance.now();
      w.__firstKey ||= w.__lastKey;
    },
    true,
  );
  const record = () => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    if (!list) return;
    const links = [...list.querySelectorAll('[data-result-link]')].map((a) => a.getAttribute('href') ?? '');
    const none = document.querySelector<HTMLElement>('[data-search-none]');
    if (links.length === 0 && (!none || none.hidden)) return;
    // The query the list answers; pages that do not say it: the one in the title.
    const query = list.dataset.searchQuery ?? document.title.split(' — ')[0]!.trim();
    const last = w.__paints.at(-1);
    if (last && last.query === query && last.links.join('\n') === links.join('\n')) return;
    w.__paints.push({ query, at: performance.now(), links });
    (window as unknown as { __firstResults?: (query: string) => void }).__firstResults?.(query);
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['hidden', 'data-search-query'],
  });
}

interface Paint {
  query: string;
  at: number;
  links: string[];
}

/**
 * Reorders among the paints of one query: a later list whose first links are not the links
 * shown before, in the same order.
 * @example countReorders([{ links: ['a', 'b'] }, { links: ['a', 'b', 'c'] }, { links: ['b', 'a'] }]) === 1
 */
export function countReorders(paints: Array<Pick<Paint, 'links'>>): number {
  let reorders = 0;
  for (let i = 1; i < paints.length; i++) {
    const before = paints[i - 1]!.links;
    const now = paints[i]!.links;
    if (before.some((link, j) => now[j] !== link)) reorders++;
  }
  return reorders;
}

interface Served {
  traffic: { bytes: number };
  url: string;
  resetTraffic(): void;
}

/** Paints of the query `q` on the page, once the first one is there and the watch is over. */
async function paintsOf(page: Page, q: string): Promise<Paint[]> {
  await page.waitForFunction(
    (query) => (window as unknown as { __paints: Paint[] }).__paints.some((p) => p.query === query),
    q,
    { timeout: TIMEOUT_MS },
  );
  await page.waitForTimeout(WATCH_MS);
  return (await page.evaluate(() => (window as unknown as { __paints: Paint[] }).__paints)).filter(
    (p) => p.query === q,
  );
}

/** Bytes the server had sent when the page reported its first results for `q`. */
async function bytesAtFirstPaint(page: Page, server: Served, q: string): Promise<() => number> {
  let at = -1;
  await page.exposeFunction('__firstResults', (query: string) => {
    if (at < 0 && query === q) at = server.traffic.bytes;
  });
  return () => at;
}

/** One cold run: a fresh context opens the search page with the query in the URL. */
async function coldRun(browser: Browser, server: Served, q: BenchQuery) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installWatcher);
  const query = q.query.trim();
  const bytes = await bytesAtFirstPaint(page, server, query);
  server.resetTraffic();
  await page.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(q.query)}`);
  const paints = await paintsOf(page, query);
  const first = paints[0]!;
  const rank = q.expect ? first.links.findIndex((l) => l.endsWith(q.expect!)) + 1 : undefined;
  const results = await page.locator('[data-search-results] > li').count();
  await context.close();
  return { ms: first.at, bytes: bytes(), reorders: countReorders(paints), rank, results };
}

/** Type a query into the loaded page's box, key by key; figures of its results. */
async function typeRun(page: Page, server: Served, text: string) {
  await page.evaluate(() => {
    const w = window as unknown as { __firstKey: number };
    w.__firstKey = 0;
  });
  await page.fill('input[name="q"]', '');
  const start = server.traffic.bytes;
  const bytes = await new Promise<number>((resolve) => {
    void (async () => {
      await page.type('input[name="q"]', text, { delay: KEY_DELAY_MS });
      const paints = await paintsOf(page, text.trim());
      resolve(server.traffic.bytes - start);
      void paints;
    })();
  });
  const { lastKey, paints } = await page.evaluate((query) => {
    const w = window as unknown as { __paints: Paint[]; __lastKey: number };
    return { lastKey: w.__lastKey, paints: w.__paints.filter((p) => p.query === query) };
  }, text.trim());
  return { ms: paints[0]!.at - lastKey, bytes, reorders: countReorders(paints) };
}

/** One warm run: the page is open and idle, the query is typed, then a second query after it. */
async function warmRun(browser: Browser, server: Served, q: BenchQuery, other: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(installWatcher);
  await page.goto(`${server.url}tim-kiem/`);
  await page.waitForLoadState('networkidle');
  const warm = await typeRun(page, server, q.query);
  // Another query typed next: what a later query costs.
  const later = await typeRun(page, server, other);
  await context.close();
  return { ...warm, laterBytes: later.bytes };
}

/**
 * Run each query `runs` times cold and warm in headless Chromium against the built site.
 * `other` is a query typed between two warm runs (a different, common query).
 */
export async function measureQueries(
  dist: string,
  queries: BenchQuery[],
  runs = defaultRuns(),
  log: (line: string) => void = () => {},
): Promise<QueryFigures[]> {
  const { serveStatic } = await import('../../tests/helpers/server.ts');
  const { launchBrowser } = await import('../../tests/helpers/browser.ts');
  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  const figures: QueryFigures[] = [];
  try {
    for (const q of queries) {
      const other = queries.find((o) => o.kind !== q.kind && o.kind !== 'number')?.query ?? 'kế hoạch';
      const cold = [];
      const warm = [];
      for (let i = 0; i < runs; i++) cold.push(await coldRun(browser, server, q));
      for (let i = 0; i < runs; i++) warm.push(await warmRun(browser, server, q, other));
      log(`  ${q.kind} "${q.query}": ${JSON.stringify({ cold, warm })}`);
      const ranks = cold.map((c) => c.rank).filter((r): r is number => r !== undefined);
      figures.push({
        kind: q.kind,
        query: q.query,
        results: median(cold.map((c) => c.results)),
        cold: { ms: Math.round(median(cold.map((c) => c.ms))), bytes: median(cold.map((c) => c.bytes)) },
        warm: { ms: Math.round(median(warm.map((w) => w.ms))), bytes: median(warm.map((w) => w.bytes)) },
        laterBytes: median(warm.map((w) => w.laterBytes)),
        reorders: Math.max(...cold.map((c) => c.reorders), ...warm.map((w) => w.reorders)),
        ...(ranks.length ? { rank: median(ranks) } : {}),
        runs,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** Markdown files of a corpus, sorted. */
function corpusFiles(corpus: string): string[] {
  return readdirSync(corpus, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md'))
    .sort();
}

/** A document's body: the Markdown after its front matter. */
const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

/**
 * Runs of six plain words (letters only) of a document's body, typed without diacritics.
 * @example phraseRuns('---\na: 1\n---\nTăng cường công tác tuyên truyền phổ biến') // ['tang cuong cong tac tuyen truyen', 'cuong cong tac tuyen truyen pho', 'cong tac tuyen truyen pho bien']
 */
export function phraseRuns(markdown: string, words = 6): string[] {
  const across: string[] = [];
  const within: string[] = [];
  for (const line of bodyOf(markdown).split('\n')) {
    const tokens = line.split(/\s+/).filter(Boolean);
    for (let i = 0; i + words <= tokens.length; i++) {
      const run = tokens.slice(i, i + words);
      // Lower-case words, a comma or full stop allowed after any but the last: a run across
      // two clauses is what makes one document's phrase its own.
      if (!run.every((t, j) => (j < words - 1 ? /^\p{Ll}+[,.;]?$/u : /^\p{Ll}+$/u).test(t))) continue;
      const text = run.join(' ');
      (/[,.;]/.test(text) ? across : within).push(foldText(text.replace(/[,.;]/g, '')));
    }
  }
  // Runs across two clauses first: the likeliest to be the document's own.
  return [...across, ...within];
}

/**
 * The phrase a reader remembers of one document: of its six-word runs, the first that no other
 * document of the archive holds (synthetic documents share many clauses), else the rarest.
 */
function rarestPhrase(markdown: string, others: string[]): string {
  const texts = others.map((m) => foldText(bodyOf(m)));
  let best = { run: 'ke hoach', n: Infinity };
  const runs = [...new Set(phraseRuns(markdown))];
  // From the middle of the body: its opening cites the plan it implements, as its siblings do.
  for (const run of runs.slice(Math.floor(runs.length / 3)).slice(0, 40)) {
    let n = 0;
    for (const t of texts) if (t.includes(run) && ++n >= best.n) break;
    if (n < best.n) best = { run, n };
    if (n === 0) break;
  }
  return best.run;
}

/**
 * The benchmark's queries for a synthetic corpus: the first central directive's number, a
 * common phrase, a rare word, and six words of the newest document typed without diacritics.
 */
export function benchQueries(corpus: string, pageUrl: (file: string, markdown: string) => string): BenchQuery[] {
  const files = corpusFiles(corpus);
  const first = readFileSync(path.join(corpus, files[0]!), 'utf8');
  const number = /^number: (.*)$/m.exec(first)?.[1] ?? '1-NQ/TW';
  const newest = files.at(-1)!;
  const markdown = readFileSync(path.join(corpus, newest), 'utf8');
  const others = files.slice(0, -1).map((f) => readFileSync(path.join(corpus, f), 'utf8'));
  return [
    { kind: 'number', query: number.replace(/^['"]|['"]$/g, '') },
    { kind: 'common', query: 'người lao động' },
    { kind: 'rare', query: 'phồn vinh' },
    { kind: 'phrase', query: rarestPhrase(markdown, others), expect: pageUrl(newest, markdown) },
  ];
}

async function main(): Promise<void> {
  const usage = 'Cách dùng: node scripts/bench/queries.ts THƯ_MỤC_TRANG --corpus THƯ_MỤC_KHO [--runs N]';
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { corpus: { type: 'string' }, runs: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(usage);
  const runs = Number(values.runs ?? defaultRuns());
  if (positionals.length !== 1 || !values.corpus || !Number.isInteger(runs) || runs < 1) {
    console.error(usage);
    process.exit(2);
  }
  const queries = benchQueries(values.corpus, urlFromSite(positionals[0]!));
  console.log(JSON.stringify(await measureQueries(positionals[0]!, queries, runs, (line) => console.error(line))));
}

/**
 * The page URL of a corpus document in a built site, from its number and date: the page whose
 * records name the same number and date (tim-kiem/ban-ghi.json).
 */
export function urlFromSite(dist: string): (file: string, markdown: string) => string {
  const records = JSON.parse(readFileSync(path.join(dist, 'tim-kiem/ban-ghi.json'), 'utf8')) as Array<{
    url: string;
    date: string;
    meta: Record<string, string>;
  }>;
  return (_file, markdown) => {
    const number = /^number: ['"]?(.*?)['"]?$/m.exec(markdown)?.[1] ?? '';
    const date = /^date: ['"]?(\d{4}-\d{2}-\d{2})/m.exec(markdown)?.[1] ?? '';
    return records.find((r) => r.meta['number'] === number && r.date === date)?.url ?? '';
  };
}

if (import.meta.main) await main();
