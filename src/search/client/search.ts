/**
 * The search page in the browser: reads the query from the URL, asks Pagefind (JS API) with
 * the spellings and number tokens of src/search/query.ts and search-text.ts, orders the
 * results with search-rank.ts, and renders them. Every string from a document goes into the
 * DOM as text; Pagefind's excerpt is rebuilt keeping only <mark>.
 */
import { parseQuery, type ParsedQuery } from '../query.ts';
import { parseBucket, queryBuckets, type NumberHit } from '../number-index.ts';
import { hasDiacritics, queryVariants, stripTokens, tonePlacements, wordVariants } from '../text.ts';
import {
  countValues, intersect, mergeScores, numberRole, NUMBER_TIER, orderCandidates, textTier,
  type Candidate, type NumberRole, type SortOrder,
} from '../rank.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** URL parameters, and the Pagefind filter each stands for. */
const FILTERS = [
  { param: 'loai', filter: 'loai', label: 'filterKind' },
  { param: 'co-quan', filter: 'co-quan', label: 'filterIssuer' },
  { param: 'nam', filter: 'nam', label: 'filterYear' },
] as const;
const SORT_PARAM = 'sap-xep';
const SORT_VALUES: Record<SortOrder, string> = { relevance: '', newest: 'moi-nhat', oldest: 'cu-nhat' };
const PAGE_SIZE = 10;
/**
 * A large archive's index is split into shards, newest years first (scripts/index-search.ts).
 * A search starts with the newest shards holding about this many pages and goes further back
 * when asked, so a query does not fetch the whole archive's index.
 */
const SHARD_BATCH_PAGES = 2500;
/**
 * Every shard is merged twice into one Pagefind instance: tolerant of diacritics, and exact
 * (for the exact-diacritics tier). A synthetic filter tells the two apart, since Pagefind's
 * options() reaches only the first index.
 */
const LOOSE = { v: 'l' };
const EXACT = { v: 'x' };

interface ShardManifest {
  /** Newest first; `oldest` is the oldest year a shard holds. */
  shards: Array<{ name: string; pages: number; oldest: string }>;
}
/** Number queries check the metadata of this many candidates at most. */
const NUMBER_CHECK_LIMIT = 60;

interface State {
  q: string;
  filters: Record<string, string>;
  sort: SortOrder;
}

type Strings = Record<string, string>;

function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function formatDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

function readState(location: Location): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const f of FILTERS) {
    const v = params.get(f.param);
    if (v) filters[f.filter] = v;
  }
  const sortParam = params.get(SORT_PARAM) ?? '';
  const sort = (Object.entries(SORT_VALUES).find(([, v]) => v && v === sortParam)?.[0] ?? 'relevance') as SortOrder;
  return { q: params.get('q') ?? '', filters, sort };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const f of FILTERS) if (state.filters[f.filter]) params.set(f.param, state.filters[f.filter]!);
  if (state.sort !== 'relevance') params.set(SORT_PARAM, SORT_VALUES[state.sort]);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

/** Rebuild Pagefind's excerpt as DOM nodes: text, and <mark> with text inside, nothing else. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const out: Node[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(stripTokens(child.textContent ?? '')));
      else if (child instanceof Element && child.tagName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = child.textContent ?? '';
        out.push(mark);
      } else walk(child);
    }
  };
  walk(doc.body);
  return out;
}

/** One ranked result list for a query, before filters. */
interface Ranked {
  parsed: ParsedQuery;
  candidates: Candidate[];
  roles: Map<string, NumberRole>;
  results: Map<string, PagefindResult>;
  /** Answered from the number index: filter values and date order of its hits. */
  numberIndex?: { filterIds: Map<string, Map<string, Set<string>>>; dateRank: Map<string, number> };
}

/**
 * A query that is only numbers with a type code ("43-NQ/TW", "nq 43") is answered from the
 * number index (src/search/number-index.ts), without Pagefind.
 */
function fromNumberIndex(parsed: ParsedQuery): boolean {
  return parsed.words.length === 0 && parsed.numbers.length > 0 && parsed.numbers.every((n) => n.kinds.length > 0);
}

export class SearchPage {
  private pagefindLoad: Promise<Pagefind> | undefined;
  private manifestLoad: Promise<ShardManifest> | undefined;
  private buckets = new Map<string, Promise<NumberHit[]>>();
  /** Shards merged so far (tolerant), and how many of them also have their exact twin. */
  private loadedShards = 0;
  private exactShards = 0;
  private base: string;
  private filterIds: Promise<Map<string, Map<string, Set<string>>>> | undefined;
  private dateRank: Promise<Map<string, number>> | undefined;
  private everyPage: Promise<Map<string, PagefindResult>> | undefined;
  private dataCache = new Map<string, Promise<PagefindData>>();
  private rankedCache = new Map<string, Promise<Ranked>>();
  private queue: Promise<unknown> = Promise.resolve();
  private generation = 0;
  private shown = PAGE_SIZE;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once the current run of typing has its own history entry. */
  private typingEntry = false;

  private root: HTMLElement;
  private strings: Strings;

  constructor(root: HTMLElement, strings: Strings, base: string) {
    this.root = root;
    this.strings = strings;
    this.base = base;
  }

  /** The shard list, fetched when first needed. */
  private get manifest(): Promise<ShardManifest> {
    this.manifestLoad ??= fetch(`${this.base}pagefind/shards.json`).then((r) => {
      if (!r.ok) throw new Error(`${r.status} shards.json`);
      return r.json() as Promise<ShardManifest>;
    });
    return this.manifestLoad;
  }

  /** Pagefind with the newest shards merged, loaded when a query first needs full text. */
  private get pagefind(): Promise<Pagefind> {
    this.pagefindLoad ??= this.manifest.then(async (manifest) => {
      const first = manifest.shards[0]!.name;
      const pf = (await import(/* @vite-ignore */ `${this.base}pagefind/${first}/pagefind.js`)) as Pagefind;
      await pf.options({ ...this.shardOptions(), mergeFilter: { ...LOOSE, s: first } });
      await pf.init();
      this.loadedShards = 1;
      await this.mergeShards(pf, manifest, this.batchEnd(manifest, 0));
      return pf;
    });
    return this.pagefindLoad;
  }

  /** Hits of one number-index file (none when the archive has no such number). */
  private bucket(name: string): Promise<NumberHit[]> {
    let cached = this.buckets.get(name);
    if (!cached) {
      cached = fetch(`${this.base}pagefind/so-hieu/${name}.json`).then(async (r) => {
        if (r.status === 404) return [];
        if (!r.ok) throw new Error(`${r.status} so-hieu/${name}.json`);
        return parseBucket(await r.json());
      });
      this.buckets.set(name, cached);
    }
    return cached;
  }

  /** Options of every merged index: result URLs under the site's base path. */
  private shardOptions(): Record<string, unknown> {
    return { baseUrl: this.base, excerptLength: 30, ranking: { termSimilarity: 5 } };
  }

  private shardPath(name: string, exact = false): string {
    // The exact twin of the first shard needs a path that differs from the first index's, or
    // Pagefind skips it; "./" keeps the same files (and the browser's cache of them).
    return `${this.base}pagefind/${name}/${exact ? './' : ''}`;
  }

  /** Index of the shard after the batch that starts at `from`. */
  private batchEnd(manifest: ShardManifest, from: number): number {
    let pages = 0;
    let end = from;
    while (end < manifest.shards.length && (end === from || pages + manifest.shards[end]!.pages <= SHARD_BATCH_PAGES)) pages += manifest.shards[end++]!.pages;
    return end;
  }

  /** Merge the tolerant shards up to `end` (and their exact twins once those are in use). */
  private async mergeShards(pf: Pagefind, manifest: ShardManifest, end: number): Promise<void> {
    const names = manifest.shards.slice(this.loadedShards, end).map((s) => s.name);
    this.loadedShards = Math.max(this.loadedShards, end);
    for (const name of names) await pf.mergeIndex(this.shardPath(name), { ...this.shardOptions(), mergeFilter: { ...LOOSE, s: name } });
    if (this.exactShards > 0) await this.mergeExact(pf, manifest);
  }

  private async mergeExact(pf: Pagefind, manifest: ShardManifest): Promise<void> {
    const names = manifest.shards.slice(this.exactShards, this.loadedShards).map((s) => s.name);
    this.exactShards = this.loadedShards;
    for (const name of names) await pf.mergeIndex(this.shardPath(name, true), { ...this.shardOptions(), exactDiacritics: true, mergeFilter: EXACT });
  }

  /** Pages searched so far and in the whole archive. */
  private async coverage(): Promise<{ searched: number; total: number; oldestYear: string }> {
    const manifest = await this.manifest;
    const loaded = manifest.shards.slice(0, this.loadedShards);
    const sum = (list: ShardManifest['shards']) => list.reduce((n, s) => n + s.pages, 0);
    return { searched: sum(loaded), total: sum(manifest.shards), oldestYear: loaded.at(-1)?.oldest ?? '' };
  }

  /** Search the next, older batch of shards too; everything cached so far is recomputed. */
  private async searchOlder(): Promise<void> {
    await this.loadShards((manifest) => this.batchEnd(manifest, this.loadedShards));
    await this.render(this.current(), false);
  }

  /** Merge shards up to the index `end` returns; cached results no longer cover them. */
  private async loadShards(end: (manifest: ShardManifest) => number): Promise<void> {
    const [pf, manifest] = await Promise.all([this.pagefind, this.manifest]);
    const target = end(manifest);
    if (target <= this.loadedShards) return;
    await this.mergeShards(pf, manifest, target);
    this.filterIds = undefined;
    this.dateRank = undefined;
    this.everyPage = undefined;
    this.rankedCache.clear();
  }

  private el<T extends HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  /** Wire the form, the filters and history; run the search in the URL. */
  start(): void {
    const form = this.el<HTMLFormElement>('form[role="search"]');
    const input = this.el<HTMLInputElement>('input[name="q"]');
    const state = readState(location);
    input.value = state.q;
    this.el('[data-search-filters]').hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.go({ ...this.current(), q: input.value }, this.typingEntry ? 'replace' : 'push');
      this.typingEntry = false;
    });
    input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      // Results as the user types. A new run of typing gets one history entry, which the
      // following keystrokes update: back returns to the previous search, not to each letter.
      this.typingTimer = setTimeout(() => {
        this.go({ ...this.current(), q: input.value }, this.typingEntry ? 'replace' : 'push');
        this.typingEntry = true;
      }, 120);
    });
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter], select[data-sort]')) {
      select.addEventListener('change', () => {
        this.typingEntry = false;
        this.go(this.current(), 'push');
      });
    }
    this.root.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target.closest('[data-clear-filters]')) {
        event.preventDefault();
        this.go({ ...this.current(), filters: {} }, 'push');
      } else if (target.closest('[data-more-shards]')) {
        void this.searchOlder();
      } else if (target.closest('[data-more]')) {
        this.shown += PAGE_SIZE;
        void this.render(this.current(), false);
      }
    });
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      const s = readState(location);
      input.value = s.q;
      this.shown = PAGE_SIZE;
      void this.render(s);
    });
    void this.render(state);
  }

  /** The state the controls show. */
  private current(): State {
    const filters: Record<string, string> = {};
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      if (select.value) filters[select.dataset.filter!] = select.value;
    }
    const sort = (this.el<HTMLSelectElement>('select[data-sort]').value || 'relevance') as SortOrder;
    return { q: this.el<HTMLInputElement>('input[name="q"]').value, filters, sort };
  }

  private go(state: State, mode: 'push' | 'replace'): void {
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.shown = PAGE_SIZE;
    void this.render(state);
  }

  private data(result: PagefindResult): Promise<PagefindData> {
    let cached = this.dataCache.get(result.id);
    if (!cached) this.dataCache.set(result.id, (cached = result.data()));
    return cached;
  }

  /** Page ids of every value of every filter, from searches with no terms (no fragment loads). */
  private allFilterIds(): Promise<Map<string, Map<string, Set<string>>>> {
    this.filterIds ??= this.pagefind.then(async (pf) => {
      const all = await pf.filters();
      const out = new Map<string, Map<string, Set<string>>>();
      for (const { filter } of FILTERS) {
        const values = new Map<string, Set<string>>();
        await Promise.all(Object.keys(all[filter] ?? {}).map(async (value) => {
          const res = await pf.search(null, { filters: { [filter]: value, ...LOOSE } });
          values.set(value, new Set(res?.results.map((r) => r.id) ?? []));
        }));
        out.set(filter, values);
      }
      return out;
    });
    return this.filterIds;
  }

  /**
   * Every dated page's place, newest first. Pagefind sorts each shard on its own and then
   * mixes them; shards cover spans of dates newest first, so one sorted list per shard (a
   * synthetic filter "s" names the shard) put end to end is the whole order.
   */
  private dates(): Promise<Map<string, number>> {
    this.dateRank ??= Promise.all([this.pagefind, this.manifest]).then(async ([pf, manifest]) => {
      const names = manifest.shards.slice(0, this.loadedShards).map((s) => s.name);
      const lists = await Promise.all(names.map((s) => pf.search(null, { sort: { date: 'desc' }, filters: { ...LOOSE, s } })));
      return new Map(lists.flatMap((res) => res?.results ?? []).map((r, i) => [r.id, i]));
    });
    return this.dateRank;
  }

  /** Every indexed page (for filters with no query). */
  private allPages(): Promise<Map<string, PagefindResult>> {
    this.everyPage ??= this.pagefind.then(async (pf) => new Map(((await pf.search(null, { filters: LOOSE }))?.results ?? []).map((r) => [r.id, r])));
    return this.everyPage;
  }

  /** Search Pagefind for one query and rank, before filters (cached per query text). */
  private rank(q: string): Promise<Ranked> {
    let cached = this.rankedCache.get(q);
    if (!cached) {
      // One query at a time: the exact-diacritics step switches a Pagefind option.
      cached = this.queue.then(() => this.computeRank(q));
      this.queue = cached.catch(() => undefined);
      this.rankedCache.set(q, cached);
      if (this.rankedCache.size > 30) this.rankedCache.delete(this.rankedCache.keys().next().value!);
    }
    return cached;
  }

  /** Rank a number query from the number index: the same roles and tiers as with Pagefind. */
  private async computeNumberRank(parsed: ParsedQuery): Promise<Ranked> {
    const names = [...new Set(parsed.numbers.flatMap(queryBuckets))];
    const hits = (await Promise.all(names.map((name) => this.bucket(name)))).flat();
    const results = new Map<string, PagefindResult>();
    const roles = new Map<string, NumberRole>();
    const candidates: Candidate[] = [];
    const filterIds = new Map<string, Map<string, Set<string>>>(FILTERS.map((f) => [f.filter, new Map()]));
    const dates: Array<[id: string, date: string]> = [];
    hits.forEach((hit, i) => {
      const role = numberRole(parsed.numbers, hit.meta);
      if (role === 'other' || results.has(hit.url)) return;
      const data: PagefindData = { url: `${this.base}${hit.url}`, excerpt: '', meta: hit.meta };
      // Within a tier, a page that implements (or mentions) fewer numbers is more about this
      // one; then newest first (hits come newest first).
      const field = role === 'implements' ? hit.meta['imp'] : role === 'mentions' ? hit.meta['men'] : '';
      const focus = (field ?? '').split(/\s+/).filter(Boolean).length;
      const score = -(focus * 1_000_000 + i);
      results.set(hit.url, { id: hit.url, score, data: async () => data });
      roles.set(hit.url, role);
      candidates.push({ id: hit.url, score, tier: NUMBER_TIER[role] * 10 });
      if (hit.meta['date']) dates.push([hit.url, hit.meta['date']]);
      for (const [filter, value] of Object.entries(hit.filters)) {
        const values = filterIds.get(filter);
        if (!values) continue;
        if (!values.has(value)) values.set(value, new Set());
        values.get(value)!.add(hit.url);
      }
    });
    const dateRank = new Map(dates.sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([id], i) => [id, i]));
    return { parsed, candidates, roles, results, numberIndex: { filterIds, dateRank } };
  }

  private async computeRank(q: string): Promise<Ranked> {
    const parsed = parseQuery(q);
    if (fromNumberIndex(parsed)) return this.computeNumberRank(parsed);
    const pf = await this.pagefind;
    const search = async (term: string, filters: Record<string, string> = LOOSE) => (await pf.search(term, { filters }))?.results ?? [];
    const ids = (list: PagefindResult[]) => new Set(list.map((r) => r.id));
    const results = new Map<string, PagefindResult>();

    // Whole-word matches of each spelling of each word; a đ spelling nobody wrote is dropped
    // (Pagefind would fall back to the prefix "đ" and match noise).
    const wordSets: Array<Set<string>> = [];
    const keep = new Map<string, string[]>();
    for (const word of parsed.words) {
      const variants = wordVariants(word);
      const kept: string[] = [];
      const union = new Set<string>();
      const found = await Promise.all(variants.map(async (v) => ids(await search(`"${v}"`))));
      for (const [i, v] of variants.entries()) {
        if (i === 0 || found[i]!.size > 0) kept.push(v);
        for (const id of found[i]!) union.add(id);
      }
      keep.set(word, kept);
      wordSets.push(union);
    }
    const wordCombos = queryVariants(parsed.words).filter((combo) => combo.every((v, i) => keep.get(parsed.words[i]!)!.includes(v)));
    const numberAlternatives = parsed.numbers.reduce<string[][]>(
      (acc, n) => acc.flatMap((a) => n.tokens.map((t) => [...a, t])),
      [[]],
    );
    const queries = numberAlternatives.flatMap((nums) => (wordCombos.length ? wordCombos : [[]]).map((words) => [...nums, ...words].join(' '))).filter(Boolean);

    // A query in quotes asks for the phrase only (Pagefind's exact search, tone-insensitive).
    const phraseOnly = /^\s*".+"\s*$/.test(q) && parsed.numbers.length === 0;
    const lists = await Promise.all(queries.slice(0, 8).map((query) => search(phraseOnly ? `"${query}"` : query)));
    for (const list of lists) for (const r of list) if (!results.has(r.id) || r.score > results.get(r.id)!.score) results.set(r.id, r);
    const scores = mergeScores(lists);
    // Pagefind falls back to prefixes for a word one index lacks; with the index in shards, a
    // shard without the word would add pages the whole archive would not. A word found whole
    // somewhere must be found whole.
    for (const id of [...scores.keys()]) if (wordSets.some((set) => set.size > 0 && !set.has(id))) scores.delete(id);

    let phrase = new Set<string>();
    let exactPhrase = new Set<string>();
    let allWords = new Set<string>();
    if (parsed.words.length > 0) {
      allWords = intersect(wordSets);
      if (parsed.words.length > 1) {
        for (const found of await Promise.all(wordCombos.map((combo) => search(`"${combo.join(' ')}"`)))) for (const id of ids(found)) phrase.add(id);
      } else phrase = allWords;
      if (hasDiacritics(parsed.words.join(' '))) {
        // A fully marked query: pages with exactly these diacritics first (either tone placement).
        const spellings = parsed.words.reduce<string[][]>((acc, w) => acc.flatMap((a) => tonePlacements(w).map((s) => [...a, s])), [[]]).slice(0, 4);
        if (this.exactShards < this.loadedShards) await this.mergeExact(pf, await this.manifest);
        for (const s of spellings) for (const id of ids(await search(`"${s.join(' ')}"`, EXACT))) exactPhrase.add(id);
      }
    }

    const roles = new Map<string, NumberRole>();
    let candidates: Candidate[] = [...scores].map(([id, score]) => ({ id, score, tier: textTier(id, { exactPhrase, phrase, allWords }) }));
    if (parsed.numbers.length > 0) {
      // The document itself, then its implementers, then those that mention it: from metadata.
      const top = [...candidates].sort((a, b) => b.score - a.score).slice(0, NUMBER_CHECK_LIMIT);
      await Promise.all(top.map(async (c) => roles.set(c.id, numberRole(parsed.numbers, (await this.data(results.get(c.id)!)).meta))));
      candidates = candidates
        .map((c) => ({ ...c, tier: NUMBER_TIER[roles.get(c.id) ?? 'other'] * 10 + c.tier }))
        // A number query with no words: only pages that really carry the number.
        .filter((c) => parsed.words.length > 0 || (roles.get(c.id) ?? 'other') !== 'other');
    }
    return { parsed, candidates, roles, results };
  }

  private async render(state: State, resetFocus = true): Promise<void> {
    const generation = ++this.generation;
    const status = this.el('[data-search-status]');
    const list = this.el<HTMLOListElement>('[data-search-results]');
    const none = this.el('[data-search-none]');
    const more = this.el<HTMLButtonElement>('[data-more]');
    const s = this.strings;
    const q = state.q.trim();
    this.syncControls(state);
    document.title = q ? `${q} — ${s['title']}` : s['title']!;
    if (!q && Object.keys(state.filters).length === 0) {
      list.replaceChildren();
      none.hidden = true;
      more.hidden = true;
      this.el('[data-more-shards]').hidden = true;
      status.textContent = '';
      this.el('[data-search-filters]').hidden = true;
      return;
    }
    this.root.setAttribute('aria-busy', 'true');
    status.textContent = s['search.loading']!;
    try {
      const parsedQuery = q ? parseQuery(q) : null;
      const numberMode = parsedQuery !== null && fromNumberIndex(parsedQuery);
      // A document number is looked up in the whole archive: an old directive must be found.
      if (parsedQuery && !numberMode && parsedQuery.numbers.length > 0) await this.loadShards((manifest) => manifest.shards.length);
      const pending = q ? this.rank(q) : null;
      const filtersChosen = Object.keys(state.filters).length > 0;
      const filterIdsLoad = numberMode ? pending!.then((r) => r.numberIndex!.filterIds) : this.allFilterIds();
      // The values of every filter (one Pagefind search per value) are needed before the
      // results only when a filter is chosen; otherwise the counts follow the first results.
      const [chosenFilterIds, dateRank] = await Promise.all([
        filtersChosen || numberMode ? filterIdsLoad : Promise.resolve(null),
        numberMode
          ? pending!.then((r) => r.numberIndex!.dateRank)
          : state.sort === 'relevance' ? Promise.resolve(new Map<string, number>()) : this.dates(),
      ]);
      let ranked: Ranked | null = null;
      let candidates: Candidate[];
      if (pending) {
        ranked = await pending;
        candidates = ranked.candidates;
      } else {
        // Filters with no query: every page they select.
        const [dr, every] = await Promise.all([this.dates(), this.allPages()]);
        ranked = { parsed: parseQuery(''), candidates: [], roles: new Map(), results: every };
        candidates = [...every.keys()].map((id) => ({ id, score: -(dr.get(id) ?? 1e9), tier: 0 }));
      }
      if (generation !== this.generation) return;

      // Filters: each narrows the list; counts of a filter's values ignore its own choice.
      const passes = (filterIds: Map<string, Map<string, Set<string>>> | null, id: string, except?: string) =>
        Object.entries(state.filters).every(([f, v]) => f === except || (filterIds?.get(f)?.get(v)?.has(id) ?? false));
      const filtered = candidates.filter((c) => passes(chosenFilterIds, c.id));
      const fillCounts = (filterIds: Map<string, Map<string, Set<string>>>) => {
        for (const { filter } of FILTERS) {
          const base = new Set(candidates.filter((c) => passes(filterIds, c.id, filter)).map((c) => c.id));
          this.fillFilter(filter, countValues(base, filterIds.get(filter) ?? new Map()), state.filters[filter]);
        }
        this.el('[data-search-filters]').hidden = candidates.length === 0 && !filtersChosen;
      };
      if (chosenFilterIds) fillCounts(chosenFilterIds);
      else {
        this.el('[data-search-filters]').hidden = candidates.length === 0;
        void filterIdsLoad.then((ids) => generation === this.generation && fillCounts(ids)).catch((error) => console.error(error));
      }

      const ordered = orderCandidates(filtered, q ? state.sort : state.sort === 'oldest' ? 'oldest' : 'newest', dateRank.size || numberMode ? dateRank : await this.dates());
      const page = ordered.slice(0, this.shown);
      const [items, coverage] = await Promise.all([
        Promise.all(page.map(async (c) => this.renderItem(c, ranked!))),
        numberMode ? { searched: 0, total: 0, oldestYear: '' } : this.coverage(),
      ]);
      if (generation !== this.generation) return;

      list.replaceChildren(...items);
      more.hidden = ordered.length <= this.shown;
      const numbers = ranked?.parsed.numbers.map((n) => n.label).join(', ');
      const filteredNote = Object.keys(state.filters).length > 0 && q;
      status.textContent = [
        ordered.length === 0
          ? format(s['search.none']!, { query: q })
          : !q
            ? format(s['search.countBrowse']!, { count: ordered.length })
            : format(s[filteredNote ? 'search.countFiltered' : 'search.count']!, { count: ordered.length, query: q, total: candidates.length }),
        numbers ? format(s['search.numberFound']!, { numbers }) : '',
        coverage.searched < coverage.total
          ? format(s['search.partial']!, { searched: coverage.searched.toLocaleString('vi'), total: coverage.total.toLocaleString('vi'), year: coverage.oldestYear })
          : '',
      ].filter(Boolean).join(' ');
      this.el('[data-more-shards]').hidden = coverage.searched >= coverage.total;
      none.hidden = ordered.length > 0;
      this.el('[data-clear-filters]').hidden = Object.keys(state.filters).length === 0;
      if (!resetFocus && items[this.shown - PAGE_SIZE]) items[this.shown - PAGE_SIZE]!.querySelector('a')?.focus();
    } catch (error) {
      console.error(error);
      if (generation === this.generation) status.textContent = s['search.error']!;
    } finally {
      if (generation === this.generation) this.root.removeAttribute('aria-busy');
    }
  }

  private syncControls(state: State): void {
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const value = state.filters[select.dataset.filter!] ?? '';
      if (![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    this.el<HTMLSelectElement>('select[data-sort]').value = state.sort;
  }

  private fillFilter(filter: string, counts: Map<string, number>, selected: string | undefined): void {
    const select = this.root.querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const values = [...counts].filter(([v, n]) => n > 0 || v === selected);
    values.sort((a, b) => (filter === 'nam' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'vi')));
    const options = [new Option(`${this.strings['search.all']} (${total})`, '')];
    for (const [value, n] of values) options.push(new Option(`${value} (${n})`, value));
    select.replaceChildren(...options);
    select.value = selected ?? '';
  }

  private async renderItem(c: Candidate, ranked: Ranked): Promise<HTMLLIElement> {
    const s = this.strings;
    const data = await this.data(ranked!.results.get(c.id)!);
    const meta = data.meta;
    const li = document.createElement('li');
    li.className = 'py-3';
    const role = ranked.roles.get(c.id);
    const number = ranked.parsed.numbers[0]?.label ?? '';
    if (role && role !== 'other') {
      const badge = document.createElement('p');
      badge.className = 'text-xs font-semibold uppercase tracking-wide text-brand';
      badge.textContent = format(s[role === 'self' ? 'search.roleSelf' : role === 'implements' ? 'search.roleImplements' : 'search.roleMentions']!, { number });
      li.append(badge);
    }
    const heading = document.createElement('h2');
    heading.className = 'text-lg font-semibold';
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'text-brand hover:underline';
    link.textContent = `${meta['kind'] || s['doc.unknownKind']} ${meta['number'] ?? ''}`.trim();
    heading.append(link);
    const details = document.createElement('p');
    details.className = 'text-sm text-muted';
    details.textContent = [formatDate(meta['date']), meta['issuer'], meta['cited'] ? s['doc.citedOnlyShort'] : ''].filter(Boolean).join(' · ');
    const title = document.createElement('p');
    title.className = 'font-medium';
    title.textContent = meta['title'] ?? '';
    const excerpt = document.createElement('p');
    excerpt.className = 'text-sm search-excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(heading);
    if (details.textContent) li.append(details);
    if (title.textContent && title.textContent !== link.textContent) li.append(title);
    if (excerpt.textContent?.trim()) li.append(excerpt);
    return li;
  }
}

/** Start the search page found in the document. */
export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  new SearchPage(root, strings, import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`).start();
}
