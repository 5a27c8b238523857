/**
 * The search page's state in its URL: the query, the chosen filters and the sort order
 * (`/tim-kiem/?q=nq+43&loai=Kế+hoạch&sap-xep=moi-nhat`), read and written with the names of
 * the search contract. Pure: runs in the browser and in unit tests.
 */
import {
  DEFAULT_SORT,
  FILTER_NAMES,
  SORT_ORDERS,
  SORT_URL_VALUE,
  URL_PARAM,
  type FilterName,
  type SortOrder,
} from '../contract.ts';

/** What the page shows: a query, filter choices, an order. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string>>;
  sort: SortOrder;
}

/**
 * Is this string one of the sort orders?
 * @example isSortOrder('newest') === true
 */
export function isSortOrder(value: string): value is SortOrder {
  return (SORT_ORDERS as readonly string[]).includes(value);
}

/**
 * Is this string one of the filter names?
 * @example isFilterName('loai') === true
 */
export function isFilterName(value: string): value is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(value);
}

/**
 * The state in a URL's query string; unknown parameters and sort values are ignored.
 * @example readState('?q=nq+43&sap-xep=moi-nhat') // { q: 'nq 43', filters: {}, sort: 'newest' }
 */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sortParam = params.get(URL_PARAM.sort) ?? '';
  const sort =
    SORT_ORDERS.find((order) => SORT_URL_VALUE[order] !== '' && SORT_URL_VALUE[order] === sortParam) ?? DEFAULT_SORT;
  return { q: params.get(URL_PARAM.query) ?? '', filters, sort };
}

/**
 * The URL of a state on the page at `pathname`: empty parts left out, the query trimmed.
 * @example stateUrl({ q: ' nq 43 ', filters: { nam: '2024' }, sort: 'relevance' }, '/tim-kiem/') === '/tim-kiem/?q=nq+43&nam=2024'
 */
export function stateUrl(state: SearchState, pathname: string): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set(URL_PARAM.query, state.q.trim());
  for (const name of FILTER_NAMES) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (state.sort !== DEFAULT_SORT) params.set(URL_PARAM.sort, SORT_URL_VALUE[state.sort]);
  const search = params.toString();
  return `${pathname}${search ? `?${search}` : ''}`;
}

/**
 * Does the state choose any filter?
 * @example hasFilters({ q: '', filters: { loai: 'Kế hoạch' }, sort: 'relevance' }) === true
 */
export function hasFilters(state: SearchState): boolean {
  return Object.keys(state.filters).length > 0;
}
