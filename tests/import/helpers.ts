/**
 * Shared helpers of the importer tests: running the command, temporary folders, and the text a
 * reader sees in rendered HTML.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { DocumentSchema, type DocumentData } from '../../src/content/schema.ts';
import { decodeEntities } from '../../src/text/html-entities.ts';
import { ROOT } from '../helpers/build.ts';

/** Run `scripts/import.ts` with arguments; stdout and stderr together. */
export function runImport(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/import.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

export const tempDir = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

/** The text a reader sees in an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** A written document read back: its frontmatter validated by the site's schema (so typed, defaults filled) and its body. */
export function parseDocument(markdown: string): { data: DocumentData; content: string } {
  const { data, content } = matter(markdown);
  return { data: DocumentSchema.parse(data), content };
}
