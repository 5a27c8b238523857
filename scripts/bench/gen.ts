/**
 * Generate a synthetic archive for benchmarks.
 *
 *   npm run gen -- --docs N --out DIR [--seed S]
 *
 * Writes N Markdown documents in the archive's format (DIR/<year>/<n>.md); the same seed gives
 * the same files. Vocabulary comes from the real documents in tests/fixtures, recombined.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { harvestClauses, planArchive, renderSyntheticDocument } from './synthetic.ts';

export function generateArchive(count: number, out: string, seed = 1, log: (s: string) => void = () => {}): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const texts = ['tests/fixtures/seeds', 'tests/fixtures/corpus/raw'].flatMap((dir) =>
    readdirSync(path.join(root, dir)).map((f) => readFileSync(path.join(root, dir, f), 'utf8')),
  );
  const clauses = harvestClauses(texts);
  const plan = planArchive(count, seed);
  rmSync(out, { recursive: true, force: true });
  for (const doc of plan) {
    const { data, body } = renderSyntheticDocument(doc, plan, clauses, seed);
    const file = path.join(out, String(data.date).slice(0, 4), `${String(doc.index).padStart(6, '0')}.md`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, matter.stringify(body, data));
    if ((doc.index + 1) % 5000 === 0) log(`  đã tạo ${doc.index + 1}/${count} văn bản`);
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const docs = Number(value('--docs'));
  const out = value('--out');
  const seed = Number(value('--seed') ?? 1);
  if (!Number.isInteger(docs) || docs < 1 || !out) {
    console.error('Cách dùng: npm run gen -- --docs N --out THƯ_MỤC [--seed S]');
    process.exit(2);
  }
  const start = performance.now();
  generateArchive(docs, out, seed, console.log);
  console.log(`Đã tạo ${docs} văn bản trong ${out} (hạt giống ${seed}) sau ${((performance.now() - start) / 1000).toFixed(1)} giây.`);
}
