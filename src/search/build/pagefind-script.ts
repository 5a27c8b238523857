/**
 * One change to the script Pagefind writes into each shard: how often a search asked for
 * during Pagefind's start-up looks again whether the start-up is over.
 *
 * Run on the page's own thread (engine.ts), Pagefind starts loading its index when it is
 * created and gives no promise for that start: a search called before it is over waits in
 * steps of 50 ms (`getPtr`), so the first search of an opened page started 0–50 ms after
 * Pagefind was ready, 25 ms on average, on the way to the first results. The step becomes
 * 4 ms. A script without the expected text (another Pagefind version) is left as it is, and
 * the test of this module names the text it looks for.
 *
 * Pure: text in, text out.
 */

/** Pagefind 1.6's wait in `getPtr` for its WebAssembly and metadata to be loaded. */
export const START_WAIT = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';

/** The same wait, looking every few milliseconds. */
const QUICK_START_WAIT = START_WAIT.replace('asyncSleep(50)', 'asyncSleep(4)');

/**
 * Pagefind's script with the quicker start-up wait; unchanged when it has no such wait.
 * @example quickerStartWait('…while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}…') // '…asyncSleep(4)…'
 */
export function quickerStartWait(script: string): string {
  return script.includes(START_WAIT) ? script.replace(START_WAIT, QUICK_START_WAIT) : script;
}
