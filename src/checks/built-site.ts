/**
 * Check a built site as a whole: every internal link and asset resolves under the base path
 * (link-check.ts), and every page is valid HTML (html-validate's recommended rules, less the
 * ones that only restate Astro's output style). Node only: it reads the output folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { checkLinks, type BrokenLink } from './link-check.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes `<!doctype html>` in lower case and self-closes void elements.
    'doctype-style': 'off',
    'void-style': 'off',
    // Long Vietnamese titles are fine; Tailwind classes are not inline styles.
    'long-title': 'off',
    'no-inline-style': 'off',
    // Astro's scoped islands and our JSON-LD use <script> without a type attribute check.
    'script-type': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-redundant-role': 'off',
  },
});

/** An HTML validation error on one page. */
export interface InvalidHtml {
  page: string;
  line: number;
  rule: string;
  message: string;
}

/** What the check found on a built site. */
export interface SiteProblems {
  /** How many pages were checked. */
  pages: number;
  broken: BrokenLink[];
  invalid: InvalidHtml[];
}

/**
 * Every file under `dir`, as paths relative to it with "/" separators, as link-check expects.
 * @example listFiles('dist') // ['404.html', 'index.html', 'van-ban/2024/27-kh-ldld/index.html', …]
 */
export function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/**
 * Check the site in `dist` built for `base` and `origin`: its pages (Pagefind's own files
 * aside) for broken links and invalid HTML.
 * @example await checkBuiltSite('dist', '/luu-tru/', 'https://example.gov.vn') // { pages: 120, broken: [], invalid: [] }
 */
export async function checkBuiltSite(
  dist: string,
  base = '/',
  origin = 'http://localhost:4321',
): Promise<SiteProblems> {
  const files = new Set(listFiles(dist));
  const pages = new Map<string, string>();
  for (const f of files) {
    if (f.endsWith('.html') && !f.startsWith('pagefind/')) pages.set(f, readFileSync(path.join(dist, f), 'utf8'));
  }
  const broken = checkLinks({ files, pages, base, origin });
  const invalid: InvalidHtml[] = [];
  for (const [page, html] of pages) {
    const report = await validator.validateString(html, page);
    for (const result of report.results) {
      for (const m of result.messages) invalid.push({ page, line: m.line, rule: m.ruleId, message: m.message });
    }
  }
  return { pages: pages.size, broken, invalid };
}
