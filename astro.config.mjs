// @ts-check
import { defineConfig } from 'astro/config';
import tailwindcss from '@tailwindcss/vite';

/**
 * SITE_URL and BASE_PATH let one build serve any host and sub-path, e.g.
 * BASE_PATH=/luu-tru/ SITE_URL=https://example.gov.vn npm run build
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
});
