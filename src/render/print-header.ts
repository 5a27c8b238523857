/**
 * The header block of a document as printed on paper (Nghị định 30/2020/NĐ-CP, Phụ lục I for
 * State and union documents; Hướng dẫn 36-HD/VPTW for Party documents): issuer and number on
 * the left, the national motto or the Party's name and the place-and-date line on the right,
 * then the kind and title centred. Shown by the print stylesheet only.
 */
import type { GraphNode } from '../archive/graph.ts';
import { parseDocumentNumber } from '../reading/document-number.ts';
import { t } from './i18n.ts';

export interface PrintHeader {
  /** The superior organ line, as printed. */
  parent: string | null;
  issuer: string | null;
  /** "Số: 27/KH-LĐLD" (State), "Số 43-NQ/TW" (Party). */
  numberLine: string | null;
  /** The motto lines on the right: the national motto, or the Party's name. */
  motto: string[];
  /** "Phú Riềng, ngày 08 tháng 8 năm 2024". */
  dateLine: string | null;
  kind: string;
  title: string;
}

/**
 * The place-and-date line: a day under 10 and the months 1 and 2 with a leading zero
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.5).
 * @example formatDateLine('Phú Riềng', '2024-08-08') === 'Phú Riềng, ngày 08 tháng 8 năm 2024'
 */
export function formatDateLine(place: string | null | undefined, iso: string | null | undefined): string | null {
  if (!iso) return place ?? null;
  const [year, month, day] = iso.split('-') as [string, string, string];
  const m = Number(month);
  const date = `ngày ${day} tháng ${m <= 2 ? month : m} năm ${year}`;
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/**
 * The header block of an archived document, null for a document known only from citations.
 * The motto follows the numbering system: a Party number ("43-NQ/TW") heads the page with the
 * Party's name, a State number with the national motto; without a number, no motto is guessed.
 * @example buildPrintHeader(districtPlan)?.numberLine === 'Số: 27/KH-LĐLĐ'
 */
export function buildPrintHeader(node: GraphNode): PrintHeader | null {
  const data = node.doc?.data;
  if (!data) return null;
  const number = data.number ? parseDocumentNumber(data.number) : null;
  // Shown as everywhere else: the graph's canonical number; parsed only for its numbering system.
  const shown = node.number;
  const motto = !number ? [] : number.system === 'party' ? [t('print.party')] : [t('print.nation'), t('print.motto')];
  return {
    parent: data.issuerParent,
    issuer: data.issuer,
    numberLine: shown ? (number?.system === 'party' ? `Số ${shown}` : `Số: ${shown}`) : null,
    motto,
    dateLine: formatDateLine(data.place, data.date),
    kind: data.kind,
    title: data.title,
  };
}
