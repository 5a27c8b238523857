/**
 * Check a built site: every internal link and asset resolves under the base path, and the
 * HTML is valid. Prints every problem and exits non-zero when there is one.
 *
 *   node scripts/check-site.ts [DIST] [--base /luu-tru/] [--origin https://example.gov.vn]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type Report } from 'html-validate';
import { checkLinks, type BrokenLink } from '../src/checks/link-check.ts';

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

function walk(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

export interface SiteProblems {
  pages: number;
  broken: BrokenLink[];
  invalid: Array<{ page: string; line: number; rule: string; message: string }>;
}

/** Check the site in `dist` built for `base` and `origin`. */
export async function checkBuiltSite(dist: string, base = '/', origin = 'http://localhost:4321'): Promise<SiteProblems> {
  const files = new Set(walk(dist));
  const pages = new Map<string, string>();
  for (const f of files) if (f.endsWith('.html') && !f.startsWith('pagefind/')) pages.set(f, readFileSync(path.join(dist, f), 'utf8'));
  const broken = checkLinks({ files, pages, base, origin });
  const invalid: SiteProblems['invalid'] = [];
  for (const [page, html] of pages) {
    const report: Report = await validator.validateString(html, page);
    for (const result of report.results) {
      for (const m of result.messages) invalid.push({ page, line: m.line, rule: m.ruleId, message: m.message });
    }
  }
  return { pages: pages.size, broken, invalid };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const flag = (name: string, fallback: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] ?? fallback : fallback;
  };
  const base = flag('--base', process.env.BASE_PATH || '/');
  const origin = flag('--origin', process.env.SITE_URL || 'http://localhost:4321');
  const dist = args[0] ?? 'dist';
  const result = await checkBuiltSite(dist, base, origin);
  for (const b of result.broken) console.log(`liên kết hỏng: ${b.page}: ${b.href} — ${b.problem}`);
  for (const v of result.invalid) console.log(`HTML không hợp lệ: ${v.page}:${v.line}: ${v.message} [${v.rule}]`);
  console.log(`${result.pages} trang; ${result.broken.length} liên kết hỏng; ${result.invalid.length} lỗi HTML.`);
  process.exit(result.broken.length + result.invalid.length > 0 ? 1 : 0);
}
