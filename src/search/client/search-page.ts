/**
 * The search page in the browser, gluing the parts: the URL state (url-state.ts), the engine
 * (engine.ts), the ranking (ranking.ts), filters with counts (filters.ts) and the DOM
 * (view.ts). It wires the form, the filter lists, the buttons and history, and renders the
 * state the URL names.
 */
import { DEFAULT_SORT, FILTER_NAMES, SORT, type FilterName, type SortOrder } from '../contract.ts';
import { parseQuery } from '../query.ts';
import { orderCandidates, type Candidate } from '../rank.ts';
import { queryBuckets } from '../number-index.ts';
import { SearchEngine, type PagefindResult } from './engine.ts';
import { filterCounts, filterOptions, passesFilters, type FilterIds } from './filters.ts';
import { isNumberIndexQuery, rankNumberHits, rankText, type Ranked } from './ranking.ts';
import { hasFilters, isFilterName, isSortOrder, readState, stateUrl, type SearchState } from './url-state.ts';
import { fillFilterSelect, filterSelect, resultItem, statusText, type Strings } from './view.ts';

const PAGE_SIZE = 10;
/** Ranked lists kept for queries typed earlier. */
const RANKED_CACHE_SIZE = 30;
/** Typing pause before a search runs. */
const TYPING_DELAY_MS = 120;

/** What a render has once the ranking and the filters it needs are in. */
interface Prepared {
  ranked: Ranked;
  candidates: Candidate[];
  chosenFilterIds: FilterIds | null;
  filterIdsLoad: Promise<FilterIds>;
  dateRank: Map<string, number>;
  numberMode: boolean;
}

export class SearchPage {
  private engine: SearchEngine;
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
    this.engine = new SearchEngine(base);
  }

  private el<T extends HTMLElement>(selector: string): T {
    return this.root.querySelector<T>(selector)!;
  }

  private input(): HTMLInputElement {
    return this.el<HTMLInputElement>('input[name="q"]');
  }

  /** Wire the form, the filters and history; run the search in the URL. */
  start(): void {
    const state = readState(location.search);
    this.input().value = state.q;
    this.el('[data-search-filters]').hidden = false;
    this.wireQuery();
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter], select[data-sort]')) {
      select.addEventListener('change', () => {
        this.typingEntry = false;
        this.go(this.current(), 'push');
      });
    }
    this.root.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => {
      this.typingEntry = false;
      const s = readState(location.search);
      this.input().value = s.q;
      this.shown = PAGE_SIZE;
      void this.render(s);
    });
    void this.render(state);
  }

  /** The form and the box: results as the user types, one history entry per run of typing. */
  private wireQuery(): void {
    const input = this.input();
    this.el<HTMLFormElement>('form[role="search"]').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.typingTimer);
      this.go({ ...this.current(), q: input.value }, this.typingEntry ? 'replace' : 'push');
      this.typingEntry = false;
    });
    input.addEventListener('input', () => {
      clearTimeout(this.typingTimer);
      // A new run of typing gets one history entry, which the following keystrokes update:
      // back returns to the previous search, not to each letter.
      this.typingTimer = setTimeout(() => {
        this.go({ ...this.current(), q: input.value }, this.typingEntry ? 'replace' : 'push');
        this.typingEntry = true;
      }, TYPING_DELAY_MS);
    });
  }

  private onClick(event: MouseEvent): void {
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
  }

  /** Search the next, older batch of shards too; everything cached so far is recomputed. */
  private async searchOlder(): Promise<void> {
    if (await this.engine.loadOlderShards()) this.rankedCache.clear();
    await this.render(this.current(), false);
  }

  /** The state the controls show. */
  private current(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const name = select.dataset.filter ?? '';
      if (select.value && isFilterName(name)) filters[name] = select.value;
    }
    const sortValue = this.el<HTMLSelectElement>('select[data-sort]').value;
    const sort: SortOrder = isSortOrder(sortValue) ? sortValue : DEFAULT_SORT;
    return { q: this.input().value, filters, sort };
  }

  private go(state: SearchState, mode: 'push' | 'replace'): void {
    const url = stateUrl(state, location.pathname);
    if (url !== `${location.pathname}${location.search}`) {
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.shown = PAGE_SIZE;
    void this.render(state);
  }

  /** Search and rank one query, before filters (cached per query text). */
  private rank(q: string): Promise<Ranked> {
    let cached = this.rankedCache.get(q);
    if (!cached) {
      // One query at a time: the exact-diacritics step merges more indexes.
      cached = this.queue.then(() => this.computeRank(q));
      this.queue = cached.catch(() => undefined);
      this.rankedCache.set(q, cached);
      if (this.rankedCache.size > RANKED_CACHE_SIZE) this.rankedCache.delete(this.rankedCache.keys().next().value!);
    }
    return cached;
  }

  private async computeRank(q: string): Promise<Ranked> {
    const parsed = parseQuery(q);
    if (isNumberIndexQuery(parsed)) {
      const names = [...new Set(parsed.numbers.flatMap(queryBuckets))];
      const hits = (await Promise.all(names.map((name) => this.engine.bucket(name)))).flat();
      return rankNumberHits(parsed, hits, this.engine.base);
    }
    const engine = this.engine;
    return rankText<PagefindResult>(q, parsed, {
      search: (term, exact) => engine.search(term, exact),
      prepareExact: () => engine.prepareExact(),
      meta: async (result) => (await engine.data(result)).meta,
    });
  }

  /** The ranking, the filter values and the date order a render needs before showing results. */
  private async prepare(state: SearchState, q: string): Promise<Prepared> {
    const parsedQuery = q ? parseQuery(q) : null;
    const numberMode = parsedQuery !== null && isNumberIndexQuery(parsedQuery);
    // A document number is looked up in the whole archive: an old directive must be found.
    if (parsedQuery && !numberMode && parsedQuery.numbers.length > 0 && (await this.engine.loadAllShards())) this.rankedCache.clear();
    const pending = q ? this.rank(q) : null;
    const filterIdsLoad = numberMode ? pending!.then((r) => r.numberIndex!.filterIds) : this.engine.allFilterIds();
    // The values of every filter (one Pagefind search per value) are needed before the
    // results only when a filter is chosen; otherwise the counts follow the first results.
    const [chosenFilterIds, dateRank] = await Promise.all([
      hasFilters(state) || numberMode ? filterIdsLoad : Promise.resolve(null),
      numberMode
        ? pending!.then((r) => r.numberIndex!.dateRank)
        : state.sort === DEFAULT_SORT ? Promise.resolve(new Map<string, number>()) : this.engine.dates(),
    ]);
    if (pending) {
      const ranked = await pending;
      return { ranked, candidates: ranked.candidates, chosenFilterIds, filterIdsLoad, dateRank, numberMode };
    }
    // Filters with no query: every page they select.
    const [dr, every] = await Promise.all([this.engine.dates(), this.engine.allPages()]);
    const ranked: Ranked = { parsed: parseQuery(''), candidates: [], roles: new Map(), results: every };
    const candidates = [...every.keys()].map((id) => ({ id, score: -(dr.get(id) ?? 1e9), tier: 0 }));
    return { ranked, candidates, chosenFilterIds, filterIdsLoad, dateRank, numberMode };
  }

  /** Fill every filter's list with counts among the candidates. */
  private fillCounts(state: SearchState, candidates: Candidate[], filterIds: FilterIds): void {
    const counts = filterCounts(candidates.map((c) => c.id), filterIds, state.filters);
    for (const filter of FILTER_NAMES) {
      const selected = state.filters[filter];
      fillFilterSelect(filterSelect(this.root, filter), filterOptions(filter, counts.get(filter) ?? new Map(), selected), selected, this.strings);
    }
    this.el('[data-search-filters]').hidden = candidates.length === 0 && !hasFilters(state);
  }

  /** The page with no query and no filter: nothing shown. */
  private showEmpty(): void {
    this.el<HTMLOListElement>('[data-search-results]').replaceChildren();
    for (const selector of ['[data-search-none]', '[data-more]', '[data-more-shards]', '[data-search-filters]']) this.el(selector).hidden = true;
    this.el('[data-search-status]').textContent = '';
  }

  private async render(state: SearchState, resetFocus = true): Promise<void> {
    const generation = ++this.generation;
    const q = state.q.trim();
    const title = this.strings['title']!;
    this.syncControls(state);
    document.title = q ? `${q} — ${title}` : title;
    if (!q && !hasFilters(state)) return this.showEmpty();
    this.root.setAttribute('aria-busy', 'true');
    this.el('[data-search-status]').textContent = this.strings['search.loading']!;
    try {
      const prepared = await this.prepare(state, q);
      if (generation !== this.generation) return;
      await this.show(state, q, prepared, generation, resetFocus);
    } catch (error) {
      console.error(error);
      if (generation === this.generation) this.el('[data-search-status]').textContent = this.strings['search.error']!;
    } finally {
      if (generation === this.generation) this.root.removeAttribute('aria-busy');
    }
  }

  /** Filter, order and show the results of a prepared query. */
  private async show(state: SearchState, q: string, p: Prepared, generation: number, resetFocus: boolean): Promise<void> {
    // Filters: each narrows the list; counts of a filter's values ignore its own choice.
    const filtered = p.candidates.filter((c) => passesFilters(p.chosenFilterIds, state.filters, c.id));
    if (p.chosenFilterIds) this.fillCounts(state, p.candidates, p.chosenFilterIds);
    else {
      this.el('[data-search-filters]').hidden = p.candidates.length === 0;
      void p.filterIdsLoad.then((ids) => generation === this.generation && this.fillCounts(state, p.candidates, ids)).catch((error) => console.error(error));
    }
    // Filters with no query list pages by date, newest first unless asked otherwise.
    const order = q ? state.sort : state.sort === SORT.oldest ? SORT.oldest : SORT.newest;
    const ordered = orderCandidates(filtered, order, p.dateRank.size || p.numberMode ? p.dateRank : await this.engine.dates());
    const number = p.ranked.parsed.numbers[0]?.label ?? '';
    const [items, coverage] = await Promise.all([
      Promise.all(ordered.slice(0, this.shown).map(async (c) => {
        const data = await this.engine.data(p.ranked.results.get(c.id)! as PagefindResult);
        return resultItem({ url: data.url, excerpt: data.excerpt, meta: data.meta, role: p.ranked.roles.get(c.id), number }, this.strings);
      })),
      p.numberMode ? { searched: 0, total: 0, oldestYear: '' } : this.engine.coverage(),
    ]);
    if (generation !== this.generation) return;

    this.el<HTMLOListElement>('[data-search-results]').replaceChildren(...items);
    this.el('[data-more]').hidden = ordered.length <= this.shown;
    this.el('[data-search-status]').textContent = statusText({
      query: q, found: ordered.length, total: p.candidates.length, filtered: hasFilters(state),
      numbers: p.ranked.parsed.numbers.map((n) => n.label), coverage,
    }, this.strings);
    this.el('[data-more-shards]').hidden = coverage.searched >= coverage.total;
    this.el('[data-search-none]').hidden = ordered.length > 0;
    this.el('[data-clear-filters]').hidden = !hasFilters(state);
    if (!resetFocus && items[this.shown - PAGE_SIZE]) items[this.shown - PAGE_SIZE]!.querySelector('a')?.focus();
  }

  private syncControls(state: SearchState): void {
    for (const select of this.root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const value = state.filters[select.dataset.filter as FilterName] ?? '';
      if (![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    this.el<HTMLSelectElement>('select[data-sort]').value = state.sort;
  }
}
