/**
 * The web app manifest, its URLs under this build's BASE_PATH.
 */
import type { APIRoute } from 'astro';
import { t } from '../render/i18n.ts';
import { webManifest } from '../render/site-files.ts';

export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(webManifest({ name: t('site.name'), description: t('site.description'), base: import.meta.env.BASE_URL }), null, 2)}\n`,
    { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } },
  );
