/**
 * The timeline of an implementation: how many implementing documents were issued in each
 * month (or year, over a long span), by level. Buckets are continuous from the first to the
 * last dated document, so a month with none shows as a gap, not as nothing.
 */
import { LEVEL_ORDER, type LevelKey } from './issuer-info.ts';

/** One bar of the timeline. */
export interface TimelineBucket {
  /** "2024-08" for a month, "2024" for a year. */
  key: string;
  /** Documents per level, every level present (0 when none). */
  counts: Record<LevelKey, number>;
  total: number;
}

export interface Timeline {
  unit: 'month' | 'year';
  buckets: TimelineBucket[];
  /** Documents without a date, left out of the buckets. */
  undated: number;
}

/**
 * Past this many months the timeline is drawn by year: 48 bars still fit a phone screen at a
 * readable width, 49 and more do not.
 */
export const MAX_MONTHS = 48;

const emptyCounts = (): Record<LevelKey, number> =>
  Object.fromEntries(LEVEL_ORDER.map((level) => [level, 0])) as Record<LevelKey, number>;

/** Every month key from `first` to `last` inclusive ("2024-11", "2024-12", "2025-01"). */
function monthsBetween(first: string, last: string): string[] {
  const keys: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return keys;
}

/**
 * Bucket dated documents by month (by year past MAX_MONTHS months), counted by level.
 * @example buildTimeline([{ date: '2024-08-02', level: 'tinh' }, { date: '2024-10-08', level: 'huyen' }])
 *   .buckets.map((b) => [b.key, b.total]) // [['2024-08', 1], ['2024-09', 0], ['2024-10', 1]]
 */
export function buildTimeline(items: Array<{ date?: string | null; level: LevelKey }>): Timeline {
  const dated = items.filter((i): i is { date: string; level: LevelKey } => Boolean(i.date));
  const undated = items.length - dated.length;
  if (dated.length === 0) return { unit: 'month', buckets: [], undated };
  const months = dated.map((i) => i.date.slice(0, 7)).sort();
  let keys = monthsBetween(months[0]!, months.at(-1)!);
  const unit = keys.length > MAX_MONTHS ? 'year' : 'month';
  if (unit === 'year') {
    const [first, last] = [Number(months[0]!.slice(0, 4)), Number(months.at(-1)!.slice(0, 4))];
    keys = Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  }
  const buckets = new Map(keys.map((key) => [key, { key, counts: emptyCounts(), total: 0 }]));
  for (const item of dated) {
    const bucket = buckets.get(item.date.slice(0, unit === 'month' ? 7 : 4))!;
    bucket.counts[item.level]++;
    bucket.total++;
  }
  return { unit, buckets: [...buckets.values()], undated };
}
