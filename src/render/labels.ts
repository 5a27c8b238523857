/**
 * The "kind + number" label of a document ("Kế hoạch 27/KH-LĐLĐ"): one builder for pages,
 * components, the feed and the search page. Browser-safe (no Astro, no Node APIs).
 *
 * The number is shown exactly as given: its letter case is part of it ("394/QĐ-TTg", not
 * "394/QĐ-TTG"), so no element holding a label may be styled in capitals.
 */

/** What a label is built from: any document, archived or known only from citations. */
export interface LabelSource {
  kind?: string | null;
  number?: string | null;
  /** Shown instead of the number when there is none (an unnumbered document's title). */
  title?: string | null;
}

/**
 * The word shown for a document whose kind is unknown: vi.json's `doc.unknownKind`, written
 * here so the browser's bundle need not carry every UI string (tests/render/labels.test.ts
 * checks that the two agree).
 */
export const UNKNOWN_KIND = 'Văn bản';

/**
 * "Kind number", falling back to the title when there is no number, and to "Văn bản" when
 * the kind is unknown.
 * @example documentLabel({ kind: 'Kế hoạch', number: '27/KH-LĐLĐ' }) === 'Kế hoạch 27/KH-LĐLĐ'
 * @example documentLabel({ kind: null, number: '43-NQ/TW' }) === 'Văn bản 43-NQ/TW'
 */
export function documentLabel(doc: LabelSource): string {
  const kind = doc.kind || UNKNOWN_KIND;
  const rest = doc.number || doc.title || '';
  return `${kind} ${rest}`.trim();
}
