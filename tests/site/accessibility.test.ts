import { describe, it, expect, inject, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const sites = inject('sites');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(sites.seeds.dist, sites.seeds.base);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

describe('an accessibility audit with axe-core', () => {
  it.each([
    ['the home page', ''],
    ['a document page', 'van-ban/2024/27-kh-ldld/'],
    ['a directive page', 'van-ban/2023/43-nq-tw/'],
    ['a list page', 'duyet/loai/ke-hoach/'],
    ['the directives ranking', 'van-ban-chi-dao/'],
  ])('finds no serious violation on %s, at phone and desktop width', async (_name, path) => {
    for (const viewport of [
      { width: 360, height: 740 },
      { width: 1280, height: 900 },
    ]) {
      const page = await browser.newPage({ viewport });
      const response = await page.goto(server.url + path);
      expect(response?.status()).toBe(200);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Violation[] }> } }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations;
      });
      await page.close();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
      expect(serious, `${path} @${viewport.width}px`).toEqual([]);
    }
  });
});
