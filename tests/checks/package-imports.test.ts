import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import {
  findUndeclaredImports,
  importedSpecifiers,
  packageOf,
  type UndeclaredImport,
} from '../../src/checks/package-imports.ts';
import { ROOT } from '../helpers/build.ts';

describe('packageOf', () => {
  it('names the package of a bare specifier, scoped or not, with or without a subpath', () => {
    expect(['vitest', 'axe-core/axe.min.js', '@astrojs/check', '@astrojs/compiler/sync'].map(packageOf)).toEqual([
      'vitest',
      'axe-core',
      '@astrojs/check',
      '@astrojs/compiler',
    ]);
  });

  it('names no package for relative and absolute paths and for schemes', () => {
    expect(['./a.ts', '../../src/x.ts', '/abs/x.js', 'node:fs', 'astro:content', 'virtual:pwa'].map(packageOf)).toEqual(
      [undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });
});

describe('importedSpecifiers', () => {
  it('finds static, type-only, side-effect, re-export, dynamic and require imports, not words in comments or strings', () => {
    const source = [
      "import { describe } from 'vitest';",
      "import type { Root } from 'mdast';",
      'import {',
      '  visit,',
      "} from 'unist-util-visit';",
      "import './styles.css';",
      "export { x } from './x.ts';",
      "const { serveStatic } = await import('../helpers/server.ts');",
      "const axe = require('axe-core');",
      "// import { nothing } from 'in-a-comment';",
      'const text = "import { visit } from \'in-a-string\';";',
    ].join('\n');
    expect(importedSpecifiers(source)).toEqual([
      'vitest',
      'mdast',
      'unist-util-visit',
      './styles.css',
      './x.ts',
      '../helpers/server.ts',
      'axe-core',
    ]);
  });

  it('reads the frontmatter and scripts of an Astro component', () => {
    const source =
      "---\nimport Base from '../layouts/Base.astro';\n---\n<script>\nimport { x } from 'pagefind';\n</script>";
    expect(importedSpecifiers(source, 'src/pages/index.astro')).toEqual(['../layouts/Base.astro', 'pagefind']);
  });
});

describe('findUndeclaredImports', () => {
  const files = new Map([
    ['a.ts', "import { visit } from 'unist-util-visit';\nimport type { Root } from 'mdast';\nimport fs from 'fs';"],
    ['b.ts', "import { x } from '@scope/pkg/sub';\nimport { parse } from '@babel/parser';"],
  ]);

  it('lists imports of packages that are not declared, with their file', () => {
    expect(findUndeclaredImports(files, new Set(['@types/mdast', '@babel/parser']), new Set(['fs']))).toEqual([
      { file: 'a.ts', specifier: 'unist-util-visit', packageName: 'unist-util-visit' },
      { file: 'b.ts', specifier: '@scope/pkg/sub', packageName: '@scope/pkg' },
    ]);
  });

  it('counts a package typed by a declared @types package, scoped ones included, as declared', () => {
    const declared = new Set(['unist-util-visit', '@types/mdast', '@types/scope__pkg', '@babel/parser']);
    expect(findUndeclaredImports(files, declared, new Set(['fs']))).toEqual([]);
  });
});

/** Source files of the project: everything but dependencies, build output and data. */
function listSources(dir: string): string[] {
  const skip = new Set(['node_modules', 'dist', '.astro', 'tmp', 'content', 'fixtures', '.git']);
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skip.has(e.name)) return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return listSources(full);
    return /\.(ts|mts|js|mjs|astro)$/.test(e.name) ? [full] : [];
  });
}

/**
 * Known before this check existed; the owner of the file is to declare the package or change
 * the import, and then this entry goes.
 */
const KNOWN: UndeclaredImport[] = [
  { file: 'tests/import/markdown-body.test.ts', specifier: 'unist-util-visit', packageName: 'unist-util-visit' },
];

describe('the project', () => {
  it('imports only packages that package.json declares', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = new Set([
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.devDependencies ?? {}),
    ]);
    const files = new Map(listSources(ROOT).map((f) => [path.relative(ROOT, f), readFileSync(f, 'utf8')]));
    const undeclared = findUndeclaredImports(files, declared, new Set(builtinModules));
    const isKnown = (u: UndeclaredImport) => KNOWN.some((k) => k.file === u.file && k.specifier === u.specifier);
    expect(undeclared.filter((u) => !isKnown(u))).toEqual([]);
  });
});
