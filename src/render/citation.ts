/**
 * The reference to a document in the usual form (issue 17): "Kế hoạch số 27/KH-LĐLĐ ngày
 * 08/8/2024 của Liên đoàn Lao động huyện Phú Riềng", as documents cite each other.
 */
import type { GraphNode } from '../archive/graph.ts';
import { UNKNOWN_KIND } from './labels.ts';

/**
 * A date as a document writes it: a day under 10 and the months 1 and 2 with a leading zero,
 * other months without (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5: "ngày 08 tháng 8 năm
 * 2024", "ngày 05 tháng 02 năm 2024").
 * @example formatIssuedDate('2024-08-08') === '08/8/2024'
 * @example formatIssuedDate('2024-02-05') === '05/02/2024'
 */
export function formatIssuedDate(iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const m = Number(month);
  return `${day}/${m <= 2 ? month : String(m)}/${year}`;
}

/**
 * The citation of a node: kind, "số" and the canonical number, "ngày" and the date, "của" and
 * the canonical issuer; each part left out when unknown.
 * @example citationText(districtPlan, 'Liên đoàn Lao động huyện Phú Riềng')
 *   === 'Kế hoạch số 27/KH-LĐLĐ ngày 08/8/2024 của Liên đoàn Lao động huyện Phú Riềng'
 */
export function citationText(node: Pick<GraphNode, 'kind' | 'number' | 'date'>, issuer?: string | null): string {
  // The graph's number is already the displayed one (canonicalNumber).
  const number = node.number?.trim() || null;
  return [
    node.kind ?? UNKNOWN_KIND,
    number && `số ${number}`,
    node.date && `ngày ${formatIssuedDate(node.date)}`,
    issuer && `của ${issuer}`,
  ]
    .filter(Boolean)
    .join(' ');
}
