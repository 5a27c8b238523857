/** "Kính gửi": the addressees of a letter, on its line or listed under it. */
import { clean } from './layout.ts';

export interface AddresseesReading {
  addressees: string[];
  /** The "Kính gửi" line and the line after its last item. */
  line: number;
  end: number;
}

const KINH_GUI_RE = /Kính\s+gửi/u;
const MAX_ITEM_LINES = 15;

/**
 * The first "Kính gửi" in lines [first, before) and its items.
 * @example readAddressees(['Kính gửi: - Bộ Tài chính;', '- Bộ Y tế.'], 0, 2)?.addressees // ['Bộ Tài chính', 'Bộ Y tế']
 */
export function readAddressees(lines: string[], first: number, before: number): AddresseesReading | null {
  const kg = lines.findIndex((l, i) => i >= first && i < before && KINH_GUI_RE.test(l));
  if (kg < 0) return null;
  const items: string[] = [];
  addItems(items, (lines[kg] ?? '').replace(/^.*?Kính\s+gửi\s*:?\s*\|?/u, ''));
  let end = kg + 1;
  for (let j = kg + 1; j < lines.length && j < kg + MAX_ITEM_LINES; j++) {
    const lj = lines[j] ?? '';
    if (!clean(lj)) {
      if (items.length && !isItemLine(lines.slice(j + 1).find((x) => clean(x)) ?? '')) break;
      continue;
    }
    if (/^\s*\|?-{3}/.test(lj)) {
      end = j + 1;
      continue;
    }
    if (!/^\s*[-|]/.test(lj) && !/^\s{8,}\S/.test(lj)) break;
    addItems(items, lj);
    end = j + 1;
  }
  return { addressees: items, line: kg, end };
}

/** A line that continues the list after a blank line. */
function isItemLine(next: string): boolean {
  return /^\s*[-|]/.test(next) || /^\s{8,}-/.test(next);
}

/** Items separated by "- ", ";", "," or table bars. */
function addItems(items: string[], s: string): void {
  for (const it of s.trim().split(/(?:^|[;,.]\s*|\|\s*)-\s+|\s*\|\s*/u)) {
    const c = clean(it)
      .replace(/[;,.]+$/, '')
      .trim();
    if (c) items.push(c);
  }
}
