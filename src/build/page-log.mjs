// @ts-check
/**
 * Astro's log (its own Node destination), with its two lines per written file replaced by a
 * count. Astro writes "  ├─ /van-ban/2024/…/index.html" and then " (+12ms)" for every page,
 * feed and JSON file: about 170,000 files per render process at 100,000 documents, each line
 * formatted with a timestamp, then read and printed again by the build's parent
 * (scripts/build.ts prefixes them). Instead a line "… tệp đã ghi" every PROGRESS_EVERY files
 * shows the build moving; every other line (warnings, errors, timings) is written as before.
 * A line this module does not recognise is written as before too, so a change of Astro's
 * wording costs speed, not output.
 *
 * The entrypoint must be JavaScript (Astro loads it before any bundling): astro.config.mjs
 * names it with `logger.entrypoint`.
 */
import nodeDestination from 'astro/logger/node';

/** Files written between two progress lines. */
export const PROGRESS_EVERY = 5000;

// eslint-disable-next-line no-control-regex -- ANSI colour codes are what this removes.
const SGR = /\x1b\[[0-9;]*m/g;
/** The first line of a written file: its path after a tree branch, with no line end yet. */
const FILE_LINE = /^\s+[├└]─ \S/;
/** The second: the time it took, or that it came from Astro's cache. */
const TIME_LINE = /^ \((\+[\d.]+\s?m?s|cached|restored)\)/;

/**
 * @typedef {{ label: string | null; level: string; message: string; newLine: boolean }} LogEvent
 * @typedef {{ write(event: LogEvent): void }} Destination
 */

/**
 * Wrap a destination: per-file lines counted, not written; a progress line every `every` files.
 * @param {Destination} destination
 * @param {number} every
 * @returns {Destination & { files(): number }}
 */
export function countFileLines(destination, every = PROGRESS_EVERY) {
  let files = 0;
  /** @type {LogEvent | null} */
  let pending = null;
  const number = new Intl.NumberFormat('vi-VN');
  return {
    files: () => files,
    write(event) {
      const text = event.message.replace(SGR, '');
      if (event.label === null && !event.newLine && FILE_LINE.test(text)) {
        if (pending) destination.write(pending);
        pending = event;
        return;
      }
      if (pending && event.label === 'SKIP_FORMAT' && TIME_LINE.test(text)) {
        pending = null;
        files++;
        if (files % every === 0)
          destination.write({
            label: 'build',
            level: 'info',
            message: `${number.format(files)} tệp đã ghi`,
            newLine: true,
          });
        return;
      }
      // Anything else between the two lines (an error of that page): the path first.
      if (pending) destination.write(pending);
      pending = null;
      destination.write(event);
    },
  };
}

/**
 * The logger entrypoint: Astro's Node destination behind `countFileLines`.
 * @param {Record<string, unknown> | undefined} config
 */
export default function pageLog(config) {
  return countFileLines(nodeDestination(/** @type {never} */ (config ?? {})));
}
