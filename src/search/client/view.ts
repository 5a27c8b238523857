/**
 * The search page's DOM: result items, filter lists and the status line. Every string from a
 * document goes into the DOM as text; Pagefind's excerpt is rebuilt keeping only <mark>. The
 * `data-result-*` attributes are the hooks tests and styles use.
 *
 * The text of each part is built by pure functions (tested without a browser); the DOM
 * functions need a document.
 */
import { META, type FilterName, type PageMeta } from '../contract.ts';
import type { NumberRole } from '../rank.ts';
import { stripTokens } from '../text.ts';
import { documentLabel } from '../../render/labels.ts';
import { formatVietnameseDate } from '../../text/dates.ts';
import { fillTemplate } from '../../text/template.ts';
import type { Coverage } from '../shard-batches.ts';
import type { FilterOption } from './filters.ts';

/** UI strings, by vi.json key (the page passes them as data). */
export type Strings = Record<string, string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The vi.json key of each role's badge. */
const ROLE_KEYS: Record<Exclude<NumberRole, 'other'>, string> = {
  self: 'search.roleSelf',
  implements: 'search.roleImplements',
  mentions: 'search.roleMentions',
};

/**
 * The badge over a result of a number query ("Thực hiện 02-NQ/TW"); '' for a text match.
 * @example roleBadge('implements', '02-NQ/TW', strings) === 'Thực hiện 02-NQ/TW'
 */
export function roleBadge(role: NumberRole | undefined, number: string, strings: Strings): string {
  return role && role !== 'other' ? fillTemplate(strings[ROLE_KEYS[role]]!, { number }) : '';
}

/**
 * The result's heading: kind and number, as every page labels a document.
 * @example resultHeading({ kind: 'Kế hoạch', number: '27/KH-LĐLĐ' }) === 'Kế hoạch 27/KH-LĐLĐ'
 */
export function resultHeading(meta: PageMeta): string {
  return documentLabel({ kind: meta[META.kind], number: meta[META.number] });
}

/**
 * The line under the heading: date, issuer, and a note for a document known from citations.
 * @example resultDetails({ date: '2024-03-05', issuer: 'LĐLĐ' }, strings) === '05/03/2024 · LĐLĐ'
 */
export function resultDetails(meta: PageMeta, strings: Strings): string {
  const date = meta[META.date] ?? '';
  return [
    ISO_DATE.test(date) ? formatVietnameseDate(date) : '',
    meta[META.issuer],
    meta[META.citedOnly] ? strings['doc.citedOnlyShort'] : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the status line reports. */
export interface StatusFacts {
  query: string;
  found: number;
  /** Candidates before filters. */
  total: number;
  filtered: boolean;
  /** Labels of the numbers recognised in the query. */
  numbers: string[];
  coverage: Coverage;
}

/**
 * The status line: how many found, which numbers were read, how much of the archive was searched.
 * @example statusText({ query: 'nq 43', found: 3, total: 3, filtered: false, numbers: ['NQ 43'], coverage }, strings)
 */
export function statusText(facts: StatusFacts, strings: Strings): string {
  const { query, found, total, coverage } = facts;
  const filteredNote = facts.filtered && query;
  return [
    found === 0
      ? fillTemplate(strings['search.none']!, { query })
      : !query
        ? fillTemplate(strings['search.countBrowse']!, { count: found })
        : fillTemplate(strings[filteredNote ? 'search.countFiltered' : 'search.count']!, {
            count: found,
            query,
            total,
          }),
    facts.numbers.length > 0 ? fillTemplate(strings['search.numberFound']!, { numbers: facts.numbers.join(', ') }) : '',
    coverage.searched < coverage.total
      ? fillTemplate(strings['search.partial']!, {
          searched: coverage.searched.toLocaleString('vi'),
          total: coverage.total.toLocaleString('vi'),
          year: coverage.oldestYear,
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Rebuild Pagefind's excerpt as DOM nodes: text, and <mark> with text inside, nothing else. */
export function excerptNodes(html: string): Node[] {
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

/** An element with a class, a data hook and text. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  hook: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.setAttribute(hook, '');
  el.textContent = text;
  return el;
}

/** What one result item shows. */
export interface ResultView {
  url: string;
  excerpt: string;
  meta: PageMeta;
  role?: NumberRole;
  /** The label of the query's first number, for the role badge. */
  number: string;
}

/** One result: role badge, heading link, details, title, excerpt. */
export function resultItem(view: ResultView, strings: Strings): HTMLLIElement {
  const li = element('li', 'py-3', 'data-result');
  const badge = roleBadge(view.role, view.number, strings);
  if (badge) {
    const p = element('p', 'text-xs font-semibold tracking-wide text-brand', 'data-result-role', badge);
    p.dataset.resultRole = view.role;
    li.append(p);
  }
  const heading = element('h2', 'text-lg font-semibold', 'data-result-heading');
  const link = element('a', 'text-brand hover:underline', 'data-result-link', resultHeading(view.meta));
  link.href = view.url;
  heading.append(link);
  li.append(heading);
  const details = resultDetails(view.meta, strings);
  if (details) li.append(element('p', 'text-sm text-muted', 'data-result-details', details));
  const title = view.meta[META.title] ?? '';
  if (title && title !== link.textContent) li.append(element('p', 'font-medium', 'data-result-title', title));
  const excerpt = element('p', 'text-sm search-excerpt', 'data-result-excerpt');
  excerpt.append(...excerptNodes(view.excerpt));
  if (excerpt.textContent?.trim()) li.append(excerpt);
  return li;
}

/** Fill a filter's list: "Tất cả (total)", then each value with its count; keep the choice. */
export function fillFilterSelect(
  select: HTMLSelectElement,
  list: { total: number; options: FilterOption[] },
  selected: string | undefined,
  strings: Strings,
): void {
  const options = [new Option(`${strings['search.all']} (${list.total})`, '')];
  for (const { value, count } of list.options) options.push(new Option(`${value} (${count})`, value));
  select.replaceChildren(...options);
  select.value = selected ?? '';
}

/** The filter list of a filter name inside the page. */
export function filterSelect(root: HTMLElement, filter: FilterName): HTMLSelectElement {
  return root.querySelector<HTMLSelectElement>(`select[data-filter="${filter}"]`)!;
}
