/**
 * robots.txt, pointing at the sitemap under this build's SITE_URL and BASE_PATH.
 */
import type { APIRoute } from 'astro';
import { url } from '../content/site.ts';
import { robotsTxt } from '../render/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(new URL(url('sitemap-index.xml'), site ?? 'http://localhost:4321').href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
