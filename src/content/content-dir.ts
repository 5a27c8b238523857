import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The folder the archive is built from: CONTENT_DIR when set, else `content/`, as a file URL
 * (the glob loader takes an absolute URL so any folder on disk works).
 * @example contentDir({ CONTENT_DIR: '/srv/archive' }).href === 'file:///srv/archive/'
 */
export function contentDir(env: Record<string, string | undefined> = process.env): URL {
  const dir = path.resolve(env.CONTENT_DIR || 'content');
  return pathToFileURL(dir.endsWith(path.sep) ? dir : dir + path.sep);
}
