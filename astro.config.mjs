// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';
import sitemap from '@astrojs/sitemap';

/**
 * SITE_URL and BASE_PATH let one build serve any host and sub-path, e.g.
 * BASE_PATH=/luu-tru/ SITE_URL=https://example.gov.vn npm run build
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // Stylesheets always as files: the Content-Security-Policy (src/render/csp.ts) allows no
  // inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Separate caches let tests build several archives side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  // Astro's log with its two lines per written file replaced by a progress count (src/build/page-log.mjs).
  logger: { entrypoint: new URL('./src/build/page-log.mjs', import.meta.url) },
  integrations: [sitemap({ filter: (page) => !page.includes('/nguon/') })],
  // Scripts always as files too: Astro inlines small scripts under Vite's assetsInlineLimit, and
  // the policy allows no inline <script>.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
