/**
 * The plan folder through which scripts/build.ts and the route selector
 * (select-routes.ts, inside Astro) talk: its name travels in an environment variable.
 *
 * Pure (names only).
 */

/** The environment variable naming the plan folder. */
export const PLAN_ENV = 'BUILD_PLAN_DIR';
/** In the plan folder: the previous build's manifest (absent for a full build). */
export const PREVIOUS_FILE = 'previous.json';
/** In the plan folder: one file per filtered route, `<route>.json`, its RouteEntry by output file. */
export const ROUTES_DIR = 'routes';
