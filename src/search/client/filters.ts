/**
 * Filters with counts: which candidates a choice of filters keeps, and how many candidates
 * each value of a filter would keep (ignoring that filter's own choice, so a reader can switch
 * value). Pure: the browser gives sets of page ids per filter value.
 */
import { FILTER, FILTER_NAMES, type FilterName } from '../contract.ts';
import { countValues } from '../rank.ts';

/** For each filter, the page ids of each of its values. */
export type FilterIds = Map<string, Map<string, Set<string>>>;

/** Chosen filter values. */
export type FilterChoice = Partial<Record<FilterName, string>>;

/**
 * Does page `id` carry every chosen value (except the filter `except`)?
 * @example passesFilters(new Map([['loai', new Map([['Kế hoạch', new Set(['a'])]])]]), { loai: 'Kế hoạch' }, 'a') === true
 */
export function passesFilters(
  filterIds: FilterIds | null,
  chosen: FilterChoice,
  id: string,
  except?: FilterName,
): boolean {
  return Object.entries(chosen).every(([f, v]) => f === except || (filterIds?.get(f)?.get(v)?.has(id) ?? false));
}

/**
 * Counts of every value of every filter among the candidates the other filters keep.
 * @example filterCounts(['a', 'b'], ids, {}).get('loai') // Map { 'Kế hoạch' → 1, … }
 */
export function filterCounts(
  candidates: string[],
  filterIds: FilterIds,
  chosen: FilterChoice,
): Map<FilterName, Map<string, number>> {
  const out = new Map<FilterName, Map<string, number>>();
  for (const filter of FILTER_NAMES) {
    const kept = new Set(candidates.filter((id) => passesFilters(filterIds, chosen, id, filter)));
    out.set(filter, countValues(kept, filterIds.get(filter) ?? new Map<string, Set<string>>()));
  }
  return out;
}

/** One option of a filter's list. */
export interface FilterOption {
  value: string;
  count: number;
}

/**
 * The options a filter lists: values that keep some candidate (and the chosen one), years
 * newest first, other filters by count then by name; and the total.
 * @example filterOptions('nam', new Map([['2023', 2], ['2024', 1], ['2019', 0]])) // { total: 3, options: [{ value: '2024', count: 1 }, { value: '2023', count: 2 }] }
 */
export function filterOptions(
  filter: FilterName,
  counts: Map<string, number>,
  selected?: string,
): { total: number; options: FilterOption[] } {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const values = [...counts].filter(([v, n]) => n > 0 || v === selected);
  values.sort((a, b) =>
    filter === FILTER.year ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'vi'),
  );
  return { total, options: values.map(([value, count]) => ({ value, count })) };
}
