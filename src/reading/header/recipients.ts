/** "Nơi nhận": the recipient list at the bottom left (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
import { clean, columns, type LineRange } from './layout.ts';

export interface RecipientsReading {
  recipients: string[];
  lines: LineRange;
}

/** "Nơi nhận" with the OCR slips met: "Noi nhận", "Nơi nhân". */
const LABEL_RE = /N[ơo]i\s+nh[ậâa]n/iu;
const MAX_ITEM_LINES = 40;

/**
 * The last "Nơi nhận" at or after line `from`, and its items (one per line, or one table cell
 * with items separated by "; - ").
 * @example readRecipients(['Nơi nhận:', '- Như trên;', '- Lưu VT.'], 0)?.recipients // ['Như trên', 'Lưu VT']
 */
export function readRecipients(lines: string[], from: number): RecipientsReading | null {
  let label = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    if (LABEL_RE.test(lines[i] ?? '')) {
      label = i;
      break;
    }
  }
  if (label < 0) return null;
  const recipients: string[] = [];
  const onLabelLine = (lines[label] ?? '').replace(/^.*?N[ơo]i\s+nh[ậâa]n\s*:?\s*[_*]*\s*/iu, '');
  addItems(recipients, columns(onLabelLine)[0] ?? '');
  let end = label + 1;
  for (let j = label + 1; j < lines.length && j < label + MAX_ITEM_LINES; j++) {
    const lj = lines[j] ?? '';
    const item =
      lj
        .split(/\s{3,}/)
        .map((x) => x.trim())
        .filter(Boolean)[0] ?? '';
    if (!item) continue;
    if (!/^\s*-\s/.test(lj) && !/^\s{0,6}-/.test(lj)) break;
    addItems(recipients, item.replace(/^-\s*/, '- '));
    end = j + 1;
  }
  return { recipients, lines: [label, end] };
}

function addItems(recipients: string[], s: string): void {
  for (const it of s.split(/(?:^|[;,.]\s*)-\s+/u)) {
    const c = clean(it)
      .replace(/[;,.]+$/, '')
      .trim();
    if (c) recipients.push(c);
  }
}
