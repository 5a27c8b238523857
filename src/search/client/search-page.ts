/**
 * The search page in the browser, gluing the parts: the URL state (url-state.ts), the engine
 * (engine.ts), the ranking (ranking.ts), filters with counts (filters.ts) and the DOM
 * (view.ts). It wires the form, the filter lists, the buttons and history, and renders the
 * state the URL names.
 */
import {
  DEFAULT_SORT,
  FILTER_NAMES,
  META,
  SORT,
  type FilterName,
  type ShardManifest,
  type SortOrder,
} from '../contract.ts';
import { parseQuery } from '../query.ts';
import { orderCandidates, type Candidate } from '../rank.ts';
import { orderWindow, pageMatchRank } from '../match.ts';
import { spellingCombos } from '../d-words.ts';
import { queryBuckets } from '../number-index.ts';
import { SearchEngine, type PagefindResult } from './engine.ts';
import { filterCounts, filterOptions, passesFilters, type FilterIds } from './filters.ts';
import { isNumberIndexQuery, queryTables, rankNumberHits, rankText, searchedPlaces, type Ranked } from './ranking.ts';
import { hasFilters, isFilterName, isSortOrder, readState, stateUrl, type SearchState } from './url-state.ts';
import { fillFilterSelect, filterSelect, resultItem, statusText, type Strings } from './view.ts';

/**
 * Results of the first answer. Each result shown costs its page's fragment (the page's text,
 * 5–9 KB gzip), and the first results are ordered by their text (exact diacritics, phrase)
 * among themselves: fewer would cost less, but at 5 a page holding the phrase at Pagefind's
 * 6th place stays below pages that do not ("thanh hoa", "thuc hien cong tac dan so" in the
 * query table). The reader asks for more.
 */
const FIRST_PAGE = 8;
/** Results added each time the reader asks for more. */
const PAGE_SIZE = 10;
/** Ranked lists kept for queries typed earlier. */
const RANKED_CACHE_SIZE = 30;
/**
 * Typing pause before a search runs. The index chunks of what is typed are fetched at each
 * keystroke (engine.ts preload), so the search itself takes milliseconds; the pause keeps a
 * run of fast typing from loading the results (and their fragments) of every prefix.
 */
const TYPING_DELAY_MS = 100;
/**
 * Letters the word being typed needs before its index chunks are fetched. A short start
 * names the chunk of a word it does not mean ("phồ" the chunk of "pho", not of "phồn"), so a
 * word is fetched once it is finished (a space follows) or long enough to be the word meant.
 */
const PRELOAD_MIN_LETTERS = 4;
/**
 * The pause when the last word typed is one letter: its search reads every index chunk of
 * words beginning with that letter, worth it only when the reader has stopped ("lưu ý").
 */
const ONE_LETTER_DELAY_MS = 400;
/**
 * The pause when the last word typed has two letters: its search reads the chunks of every
 * word they begin too (and the results' fragments), so it waits for a
 * reader who has stopped rather than for the next key of a typist slowed by a busy machine.
 */
const TWO_LETTER_DELAY_MS = 250;

/** What a render has once the ranking and the filters it needs are in. */
interface Prepared {
  ranked: Ranked;
  candidates: Candidate[];
  chosenFilterIds: FilterIds | null;
  /** The filter values of every page, loaded when first called (after the results when no filter is chosen). */
  loadFilterIds: () => Promise<FilterIds>;
  dateRank: Map<string, number>;
  numberMode: boolean;
}

export class SearchPage {
  private engine: SearchEngine;
  private rankedCache = new Map<string, Promise<Ranked>>();
  /** Text tiers of results already read (match.ts), per query. */
  private textTiers = new Map<string, Map<string, number>>();
  private generation = 0;
  private shown = FIRST_PAGE;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once the current run of typing has its own history entry. */
  private typingEntry = false;
  private root: HTMLElement;
  private strings: Strings;

  constructor(root: HTMLElement, strings: Strings, base: string, manifest: ShardManifest | null = null) {
    this.root = root;
    this.strings = strings;
    this.engine = new SearchEngine(base, manifest);
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
      this.shown = FIRST_PAGE;
      void this.render(s);
    });
    // Load early: the engine and the newest shard while the page loads. A page opened on a
    // number query is answered by the number index alone; its engine loads when the reader
    // turns to the box.
    if (state.q.trim() && isNumberIndexQuery(parseQuery(state.q))) {
      const warm = () => this.engine.warm();
      this.input().addEventListener('focus', warm, { once: true });
      this.input().addEventListener('input', warm, { once: true });
    } else this.engine.warm();
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
      const parsed = parseQuery(input.value);
      // Fetch the index chunks of what is typed: the words and spellings the search will ask for.
      if (!isNumberIndexQuery(parsed) && parsed.words.length > 0) {
        const last = parsed.words.length - 1;
        const finished = (i: number) =>
          i < last || /\s$/.test(input.value) || parsed.words[i]!.length >= PRELOAD_MIN_LETTERS;
        void queryTables(input.value, parsed, this.engine)
          .then(([table, common]) => {
            const words = searchedPlaces(input.value, parsed, common)
              .filter(finished)
              .map((i) => parsed.words[i]!);
            if (words.length === 0) return;
            return Promise.all(spellingCombos(words, table).map((combo) => this.engine.preload(combo.join(' '))));
          })
          .catch(() => undefined);
      }
      // A new run of typing gets one history entry, which the following keystrokes update:
      // back returns to the previous search, not to each letter.
      const lastLetters = isNumberIndexQuery(parsed) ? 0 : (parsed.words.at(-1)?.length ?? 0);
      this.typingTimer = setTimeout(
        () => {
          this.go({ ...this.current(), q: input.value }, this.typingEntry ? 'replace' : 'push');
          this.typingEntry = true;
        },
        lastLetters === 1 ? ONE_LETTER_DELAY_MS : lastLetters === 2 ? TWO_LETTER_DELAY_MS : TYPING_DELAY_MS,
      );
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
    // Busy from the click: merging the older shards comes before the render that says so.
    this.root.setAttribute('aria-busy', 'true');
    this.el('[data-more-shards]').hidden = true;
    try {
      if (await this.engine.loadOlderShards()) this.clearRanked();
    } catch (error) {
      console.error(error);
    }
    // The render says what was searched (or the error) and ends the busy state.
    await this.render(this.current(), false);
  }

  private clearRanked(): void {
    this.rankedCache.clear();
    this.textTiers.clear();
  }

  /**
   * The first `count` results in the order shown: for a text query in relevance order, each
   * page of results ordered by the text tiers of its pages (match.ts), read from the data the
   * page shows anyway; pages are ordered one at a time, so showing more only appends.
   */
  private async displayOrder(
    q: string,
    p: Prepared,
    ordered: Candidate[],
    order: SortOrder,
    count: number,
  ): Promise<Candidate[]> {
    const words = p.ranked.parsed.words;
    if (!q || p.numberMode || order !== DEFAULT_SORT || words.length === 0) return ordered.slice(0, count);
    let tiers = this.textTiers.get(q);
    if (!tiers) this.textTiers.set(q, (tiers = new Map<string, number>()));
    const out: Candidate[] = [];
    for (let from = 0; from < Math.min(count, ordered.length); from += from === 0 ? FIRST_PAGE : PAGE_SIZE) {
      const window = ordered.slice(from, from + (from === 0 ? FIRST_PAGE : PAGE_SIZE));
      await Promise.all(
        window
          .filter((c) => !tiers.has(c.id))
          .map(async (c) => {
            const data = await this.engine.data(p.ranked.results.get(c.id)! as PagefindResult);
            tiers.set(c.id, pageMatchRank(data.content ?? '', data.meta[META.title] ?? '', words));
          }),
      );
      const byTier = new Map(window.map((c) => [c, tiers.get(c.id)!]));
      out.push(...orderWindow(window, byTier));
    }
    return out.slice(0, count);
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
    this.shown = FIRST_PAGE;
    void this.render(state);
  }

  /** Search and rank one query, before filters (cached per query text). */
  private rank(q: string): Promise<Ranked> {
    let cached = this.rankedCache.get(q);
    if (!cached) {
      cached = this.computeRank(q);
      this.rankedCache.set(q, cached);
      this.textTiers.delete(q);
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
      search: (term) => engine.search(term),
      dWords: () => engine.dWords(),
      commonWords: () => engine.commonWords(),
      meta: async (result) => (await engine.data(result)).meta,
    });
  }

  /** The ranking, the filter values and the date order a render needs before showing results. */
  private async prepare(state: SearchState, q: string): Promise<Prepared> {
    const parsedQuery = q ? parseQuery(q) : null;
    const numberMode = parsedQuery !== null && isNumberIndexQuery(parsedQuery);
    // A document number is looked up in the whole archive: an old directive must be found.
    if (parsedQuery && !numberMode && parsedQuery.numbers.length > 0 && (await this.engine.loadAllShards()))
      this.clearRanked();
    const pending = q ? this.rank(q) : null;
    // Filter values of a text search come from one Pagefind search per value, on the page's
    // thread: run before the first results only when a filter is chosen.
    const loadFilterIds = numberMode
      ? () => pending!.then((r) => r.numberIndex!.filterIds)
      : () => this.engine.allFilterIds();
    // The values of every filter (one Pagefind search per value) are needed before the
    // results only when a filter is chosen; otherwise the counts follow the first results.
    const [chosenFilterIds, dateRank] = await Promise.all([
      hasFilters(state) || numberMode ? loadFilterIds() : Promise.resolve(null),
      numberMode
        ? pending!.then((r) => r.numberIndex!.dateRank)
        : state.sort === DEFAULT_SORT
          ? Promise.resolve(new Map<string, number>())
          : this.engine.dates(),
    ]);
    if (pending) {
      const ranked = await pending;
      return { ranked, candidates: ranked.candidates, chosenFilterIds, loadFilterIds, dateRank, numberMode };
    }
    // Filters with no query: every page they select.
    const [dr, every] = await Promise.all([this.engine.dates(), this.engine.allPages()]);
    const ranked: Ranked = { parsed: parseQuery(''), candidates: [], roles: new Map(), results: every };
    const candidates = [...every.keys()].map((id) => ({ id, score: -(dr.get(id) ?? 1e9), tier: 0 }));
    return { ranked, candidates, chosenFilterIds, loadFilterIds, dateRank, numberMode };
  }

  /** Fill every filter's list with counts among the candidates. */
  private fillCounts(state: SearchState, candidates: Candidate[], filterIds: FilterIds): void {
    const counts = filterCounts(
      candidates.map((c) => c.id),
      filterIds,
      state.filters,
    );
    for (const filter of FILTER_NAMES) {
      const selected = state.filters[filter];
      fillFilterSelect(
        filterSelect(this.root, filter),
        filterOptions(filter, counts.get(filter) ?? new Map<string, number>(), selected),
        selected,
        this.strings,
      );
    }
    this.el('[data-search-filters]').hidden = candidates.length === 0 && !hasFilters(state);
  }

  /** The page with no query and no filter: nothing shown. */
  private showEmpty(): void {
    this.el<HTMLOListElement>('[data-search-results]').replaceChildren();
    for (const selector of ['[data-search-none]', '[data-more]', '[data-more-shards]', '[data-search-filters]'])
      this.el(selector).hidden = true;
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
  private async show(
    state: SearchState,
    q: string,
    p: Prepared,
    generation: number,
    resetFocus: boolean,
  ): Promise<void> {
    // Filters: each narrows the list; counts of a filter's values ignore its own choice.
    const filtered = p.candidates.filter((c) => passesFilters(p.chosenFilterIds, state.filters, c.id));
    if (p.chosenFilterIds) this.fillCounts(state, p.candidates, p.chosenFilterIds);
    else this.el('[data-search-filters]').hidden = p.candidates.length === 0;
    // Filters with no query list pages by date, newest first unless asked otherwise.
    const order = q ? state.sort : state.sort === SORT.oldest ? SORT.oldest : SORT.newest;
    // Dates only for an order by date: relevance needs none (fetching them is a Pagefind search
    // over the sort and filter chunks, before the first results).
    const byDate = order !== DEFAULT_SORT && p.dateRank.size === 0 && !p.numberMode;
    const ordered = orderCandidates(filtered, order, byDate ? await this.engine.dates() : p.dateRank);
    const number = p.ranked.parsed.numbers[0]?.label ?? '';
    const shownOrder = await this.displayOrder(q, p, ordered, order, this.shown);
    const [items, coverage] = await Promise.all([
      Promise.all(
        shownOrder.map(async (c) => {
          const data = await this.engine.data(p.ranked.results.get(c.id)! as PagefindResult);
          return resultItem(
            { url: data.url, excerpt: data.excerpt, meta: data.meta, role: p.ranked.roles.get(c.id), number },
            this.strings,
          );
        }),
      ),
      p.numberMode ? { searched: 0, total: 0, oldestYear: '' } : this.engine.coverage(),
    ]);
    if (generation !== this.generation) return;

    const list = this.el<HTMLOListElement>('[data-search-results]');
    list.replaceChildren(...items);
    // The query these results answer (the benchmark and tests read it).
    list.dataset.searchQuery = q;
    this.el('[data-more]').hidden = ordered.length <= this.shown;
    this.el('[data-search-status]').textContent = statusText(
      {
        query: q,
        found: ordered.length,
        total: p.candidates.length,
        filtered: hasFilters(state),
        numbers: p.ranked.parsed.numbers.map((n) => n.label),
        coverage,
      },
      this.strings,
    );
    this.el('[data-more-shards]').hidden = coverage.searched >= coverage.total;
    this.el('[data-search-none]').hidden = ordered.length > 0;
    this.el('[data-clear-filters]').hidden = !hasFilters(state);
    if (!resetFocus && items[this.shown - PAGE_SIZE]) items[this.shown - PAGE_SIZE]!.querySelector('a')?.focus();
    // The counts follow the results on screen (see prepare); the page stays busy until then.
    if (!p.chosenFilterIds)
      await p
        .loadFilterIds()
        .then((ids) => generation === this.generation && this.fillCounts(state, p.candidates, ids))
        .catch((error) => console.error(error));
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
