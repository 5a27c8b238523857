/**
 * Random valid frontmatter for the build's property test: every field the schema allows,
 * filled from Vietnamese words, printed numbers and the characters that trouble YAML,
 * Markdown, HTML, URLs and XML. Seeded, so a failure can be replayed.
 */
import { dump } from 'js-yaml';
import { KIND_NAMES } from '../../src/reading/kinds.ts';
import type { DocumentInput } from '../../src/content/schema.ts';

/** The benchmark's seeded generator (mulberry32): one PRNG for every seeded test and tool. */
export { createRandom as seededRandom } from '../../scripts/bench/synthetic.ts';

const WORDS = [
  'Thực hiện',
  'Nghị quyết',
  'kế hoạch',
  'tổ chức',
  'Công đoàn',
  'đoàn viên',
  'người lao động',
  'Đảng',
  'tỉnh',
  'huyện',
  'Phú Riềng',
  'Lai Châu',
  'Ủy ban',
  'UỶ BAN',
  'năm 2024',
  'giai đoạn 2020 - 2025',
  'quý I/2025',
  'về việc',
  'V/v',
  'khóa XIII',
  'Bộ Chính trị',
  'BHXH Việt Nam',
];
const SPECIAL = [
  ':',
  '#',
  '-',
  '*',
  '_',
  '[',
  ']',
  '<script>',
  '&amp;',
  '"',
  "'",
  '`',
  '{',
  '}',
  '|',
  '%',
  '@',
  '!',
  '>',
  '\\',
  '/',
  '..',
  '?',
  '=',
  '---',
  '\u200b',
  '\u0007',
  '\t',
  'javascript:',
  '&',
  '<',
  '😀',
  'Ð',
];
const CODES = ['KH-LĐLĐ', 'NQ/TW', 'CV/TU', 'KH-BHXH', 'QĐ-TTg', 'NĐ-CP', 'KL/TW', 'HD/BTG', 'TTLT/BNN-TCTK', 'CT/TW'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, p: number) => random() < p;
const integer = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

/** A phrase of words, sometimes with a special character between them. */
export function phrase(random: Random, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) parts.push(chance(random, 0.2) ? pick(random, SPECIAL) : pick(random, WORDS));
  return parts.join(chance(random, 0.1) ? '' : ' ');
}

function date(random: Random): string {
  const year = integer(random, 1945, 2030);
  return `${year}-${String(integer(random, 1, 12)).padStart(2, '0')}-${String(integer(random, 1, 28)).padStart(2, '0')}`;
}

function documentNumber(random: Random): string {
  const serial = integer(random, 1, 99_999);
  const shapes = [
    () => `${serial}/${pick(random, CODES)}`,
    () => `${serial}-${pick(random, CODES)}`,
    () => `${serial}/${integer(random, 1990, 2030)}/${pick(random, CODES)}`,
    () => `${serial} /${pick(random, CODES)}`,
    () => `${serial}a/${pick(random, CODES)}`,
    () => phrase(random, integer(random, 1, 3)),
    () => phrase(random, integer(random, 30, 80)),
  ];
  return pick(random, shapes)();
}

function citation(random: Random, depth = 0): NonNullable<DocumentInput['implements']>[number] {
  const cited: NonNullable<DocumentInput['implements']>[number] = { number: documentNumber(random) };
  if (chance(random, 0.6)) cited.kind = pick(random, KIND_NAMES);
  if (chance(random, 0.6)) cited.date = date(random);
  if (chance(random, 0.5)) cited.issuer = phrase(random, integer(random, 1, 4));
  if (chance(random, 0.5)) {
    const inner = depth < 1 && chance(random, 0.5) ? citation(random, depth + 1) : null;
    cited.subject = inner
      ? `Thực hiện ${inner.kind ?? 'Nghị quyết'} số ${inner.number} ${phrase(random, 2)}`
      : phrase(random, 5);
  }
  return cited;
}

const list = <T>(random: Random, max: number, make: () => T): T[] =>
  Array.from({ length: integer(random, 0, max) }, make);
const maybe = <T>(random: Random, make: () => T): T | null => (chance(random, 0.7) ? make() : null);

/** One random document's frontmatter, valid for the schema. */
export function randomFrontmatter(random: Random): DocumentInput {
  return {
    number: maybe(random, () => documentNumber(random)),
    kind: pick(random, KIND_NAMES),
    title: chance(random, 0.9)
      ? `${pick(random, WORDS)} ${phrase(random, integer(random, 0, 30))}`
      : phrase(random, integer(random, 1, 200)),
    issuer: maybe(random, () =>
      chance(random, 0.8)
        ? `${pick(random, WORDS)} ${phrase(random, integer(random, 0, 8))}`
        : phrase(random, integer(random, 1, 60)),
    ),
    issuerParent: maybe(random, () => phrase(random, 4)),
    date: maybe(random, () => date(random)),
    place: maybe(random, () => phrase(random, 2)),
    signer: maybe(random, () => ({
      name: phrase(random, 3),
      title: phrase(random, 2),
      onBehalf: maybe(random, () => phrase(random, 3)),
    })),
    implements: list(random, 3, () => citation(random)),
    mentions: list(random, 5, () => citation(random)),
    recipients: list(random, 4, () => phrase(random, 3)),
    addressees: list(random, 2, () => phrase(random, 3)),
    review: list(random, 2, () => ({
      code: pick(random, ['missing-number', 'date-from-body']),
      message: phrase(random, 6),
    })),
    removed: list(random, 2, () => ({ line: integer(random, 1, 500), text: phrase(random, 3), reason: 'page-number' })),
  };
}

/** A document file: the frontmatter as YAML and a body citing some of its numbers. */
export function randomDocument(random: Random): string {
  const data = randomFrontmatter(random);
  const cited = [...(data.implements ?? []), ...(data.mentions ?? [])].map((c) => `số ${c.number}`);
  const body = [phrase(random, 20), ...cited, phrase(random, 10)].join('\n\n');
  return `---\n${dump(data)}---\n\n${body}\n`;
}
