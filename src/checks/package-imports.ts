/**
 * Packages a source file imports that package.json does not declare. Such an import works
 * only while some other dependency happens to bring the package along (npm hoists it), and
 * breaks, or changes version, the day that dependency changes. Node only: it uses the
 * TypeScript compiler's pre-processor.
 */
import ts from 'typescript';

/** An import of a package the project does not declare. */
export interface UndeclaredImport {
  file: string;
  /** The import as written, e.g. "unist-util-visit" or "axe-core/axe.min.js". */
  specifier: string;
  /** The package it names, e.g. "axe-core". */
  packageName: string;
}

/**
 * The package a bare specifier names, or undefined for relative paths, absolute paths and
 * schemes (`node:fs`, `astro:content`, `virtual:…`).
 * @example packageOf('@astrojs/compiler/sync') // '@astrojs/compiler'
 * @example packageOf('./labels.ts') // undefined
 */
export function packageOf(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || /^[a-z][\w+.-]*:/i.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Every module specifier a source file imports (static, type-only, side-effect, re-exports,
 * dynamic `import()` and `require()`), read by TypeScript's own pre-processor, so the words
 * of comments and strings are not taken for imports. For an Astro component, its frontmatter
 * and its scripts.
 * @example importedSpecifiers("import { visit } from 'unist-util-visit';") // ['unist-util-visit']
 */
export function importedSpecifiers(source: string, fileName = 'file.ts'): string[] {
  const code = fileName.endsWith('.astro') ? astroCode(source) : source;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** The code of an Astro component: its frontmatter and the bodies of its scripts. */
function astroCode(source: string): string {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n;\n');
}

/**
 * The imports of `files` (path → source) naming packages that are neither declared, nor
 * typed by a declared `@types/…` package (type-only imports such as "mdast"), nor built in.
 * @example findUndeclaredImports(new Map([['a.ts', "import x from 'left-pad';"]]), new Set(['vitest']), new Set(['fs']))
 *   // [{ file: 'a.ts', specifier: 'left-pad', packageName: 'left-pad' }]
 */
export function findUndeclaredImports(
  files: Map<string, string>,
  declared: Set<string>,
  builtins: Set<string>,
): UndeclaredImport[] {
  const isDeclared = (name: string) =>
    declared.has(name) || declared.has(`@types/${name.replace(/^@/, '').replace('/', '__')}`) || builtins.has(name);
  const found: UndeclaredImport[] = [];
  for (const [file, source] of files) {
    for (const specifier of importedSpecifiers(source, file)) {
      const packageName = packageOf(specifier);
      if (packageName !== undefined && !isDeclared(packageName)) found.push({ file, specifier, packageName });
    }
  }
  return found;
}
